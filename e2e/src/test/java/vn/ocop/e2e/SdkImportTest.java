package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.ocop.sdk.OcopClient;
import vn.ocop.sdk.registry.api.ImportAndExportApi;
import vn.ocop.sdk.registry.model.ImportReport;
import vn.ocop.sdk.registry.model.ImportTotals;
import vn.ocop.sdk.registry.model.Outcome;

/**
 * A province's bulk import (nhập dữ liệu) through the generated Java SDK: the file's bytes go up as
 * the body, a dry run writes nothing, the import creates what the file holds.
 */
class SdkImportTest {
  private static final String HEADER =
      "map_version,subject_type,subject_identifier,subject_name,province_code,district_code,"
          + "commune_code,address,representative,phone,email,woman_led,ethnic_minority_led,"
          + "product_name,product_set,product_description,certificate_decision_number,"
          + "certificate_decision_date,certificate_issuing_body,certificate_issuing_level,"
          + "star_class,score,valid_from,valid_to,certificate_status,certificate_status_reason";

  @Test
  void aCsvFileGoesUpAsItsBytesDryRunFirstThenForReal() throws Exception {
    OcopClient officer =
        OcopClient.to(Suite.get().gatewayUrl()).signIn(Ocop.OFFICER, Suite.DEMO_PASSWORD);
    String taxCode =
        String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    String name = "HTX Mật ong Cư M'gar " + taxCode;
    String csv =
        HEADER
            + "\n2025-07,COOPERATIVE,"
            + taxCode
            + ","
            + name
            + ",66,,"
            + Ocop.COMMUNE
            + ",\"Buôn Ea Kmar\",Y Khoa Niê,0912345678,,không,có,"
            + "Mật ong hoa cà phê Cư M'gar,11,Mật ong nguyên chất,"
            + "901/QĐ-UBND,2024-09-15,Ủy ban nhân dân tỉnh Đắk Lắk,PROVINCE,3,65.5,"
            + "2024-09-15,,,\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    Path file = Files.createTempFile("ocop-import-", ".csv");
    try {
      Files.write(file, bytes);
      ImportAndExportApi imports = officer.registry(ImportAndExportApi::new);

      ImportReport dryRun = imports.importRegistryFile(file.toFile(), true, null, null);
      assertThat(dryRun.getOutcome()).isEqualTo(Outcome.DRY_RUN);
      assertThat(dryRun.getSha256()).as("the service read the file's bytes").isEqualTo(sha256);
      assertThat(totals(dryRun))
          .as("rows, valid, rejected, and what would be created")
          .containsExactly(1, 1, 0, 1, 1, 1);

      // Created, not "existing": the dry run wrote nothing.
      ImportReport imported = imports.importRegistryFile(file.toFile(), false, null, null);
      assertThat(imported.getOutcome()).isEqualTo(Outcome.CREATED);
      assertThat(imported.getSha256()).isEqualTo(sha256);
      assertThat(totals(imported)).containsExactly(1, 1, 0, 1, 1, 1);
      assertThat(imports.getImport(imported.getId()).getTotals().getCertificatesCreated())
          .isEqualTo(1);

      // The same file again creates nothing: every record is matched.
      ImportReport repeated = imports.importRegistryFile(file.toFile(), false, null, null);
      assertThat(repeated.getOutcome()).isEqualTo(Outcome.UNCHANGED);
      assertThat(repeated.getPreviousImportId()).isEqualTo(imported.getId());
      ImportTotals again = repeated.getTotals();
      assertThat(List.of(again.getSubjectsCreated(), again.getProductsCreated()))
          .containsExactly(0, 0);
      assertThat(List.of(again.getSubjectsExisting(), again.getProductsExisting()))
          .containsExactly(1, 1);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<Integer> totals(ImportReport report) {
    ImportTotals totals = report.getTotals();
    return List.of(
        totals.getRows(),
        totals.getValidRows(),
        totals.getRejectedRows(),
        totals.getSubjectsCreated(),
        totals.getProductsCreated(),
        totals.getCertificatesCreated());
  }
}
