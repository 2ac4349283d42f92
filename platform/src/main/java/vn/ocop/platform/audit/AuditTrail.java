package vn.ocop.platform.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.ocop.platform.audit.ChainVerificationResponse.BrokenLink;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;

/**
 * Reads the audit trail: a record's history, newest first, for the callers allowed to see the
 * record; and the verification of the hash chain.
 */
@ApplicationScoped
public class AuditTrail {
  private static final Pattern RECORD_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,99}");
  private static final int MAX_RECORD_ID = 300;
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final AuditRows auditRows;
  private final AuditConfig config;
  private final AuditSealer sealer;

  AuditTrail(
      AgroalDataSource dataSource, ObjectMapper mapper, AuditConfig config, AuditSealer sealer) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.auditRows = new AuditRows(mapper);
    this.config = config;
    this.sealer = sealer;
  }

  /**
   * The history of one record, newest first. National accounts see every record; a province officer
   * the records of their province (as {@code scopes} or, failing it, the entries say); anything
   * else answers 404.
   */
  public Page<AuditEntryResponse> history(
      Caller caller, RecordScopes scopes, String recordType, String recordId, PageQuery page) {
    if (recordType == null || !RECORD_TYPE.matcher(recordType).matches()) {
      throw ProblemException.invalidField(
          "recordType", "Pattern", "an entity name such as ScoreSheet: letters and digits");
    }
    if (recordId == null || recordId.isBlank() || recordId.length() > MAX_RECORD_ID) {
      throw ProblemException.invalidField(
          "recordId", "Size", "1 to " + MAX_RECORD_ID + " characters");
    }
    if (recordId.chars().anyMatch(Character::isISOControl)) {
      // PostgreSQL cannot even compare a text holding NUL: it fails the query (found by fuzzing).
      throw ProblemException.invalidField(
          "recordId", "Pattern", "no control characters (NUL, line breaks...)");
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!caller.isNational()) {
        String province =
            scopes
                .provinceOf(recordType, recordId)
                .orElseGet(() -> storedProvince(connection, recordType, recordId));
        if (province == null || !caller.canSeeProvince(province)) {
          throw ProblemException.notFound(recordType, recordId);
        }
      }
      long total;
      try (PreparedStatement count =
          connection.prepareStatement(
              "select count(*) from audit_entry where record_type = ? and record_id = ?")) {
        count.setString(1, recordType);
        count.setString(2, recordId);
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          total = rows.getLong(1);
        }
      }
      List<AuditEntryResponse> items = new ArrayList<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "select "
                  + AuditRows.COLUMNS
                  + " from audit_entry where record_type = ? and record_id = ?"
                  + " order by seq desc limit ? offset ?")) {
        select.setString(1, recordType);
        select.setString(2, recordId);
        select.setInt(3, page.pageSize());
        select.setInt(4, page.offset());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            items.add(response(auditRows.entry(rows)));
          }
        }
      }
      return Page.of(items, total, page);
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail cannot be read", e);
    }
  }

  /**
   * Seals the entries still pending, then walks the chain from its first entry and reports the
   * first entry whose position, link to its predecessor or own hash does not hold: the walk covers
   * every chained entry committed before it started.
   */
  public ChainVerificationResponse verifyChain() {
    sealer.sealPending();
    try (Connection connection = dataSource.getConnection()) {
      // A cursor, not the whole chain in memory.
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement select =
          connection.prepareStatement(
              "select "
                  + AuditRows.COLUMNS
                  + " from audit_entry where chain_seq is not null"
                  + " order by chain_seq")) {
        select.setFetchSize(500);
        long checked = 0;
        long expectedSeq = 1;
        String expectedPrevious = null;
        Long lastSeq = null;
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            AuditEntry entry = auditRows.entry(rows);
            checked++;
            BrokenLink broken = check(entry, expectedSeq, expectedPrevious);
            if (broken != null) {
              return new ChainVerificationResponse(
                  config.service(),
                  false,
                  checked,
                  entry.chainSeq(),
                  entry.hash(),
                  broken,
                  Instant.now());
            }
            expectedSeq = entry.chainSeq() + 1;
            expectedPrevious = entry.hash();
            lastSeq = entry.chainSeq();
          }
        } finally {
          connection.rollback();
          connection.setAutoCommit(autoCommit);
        }
        return new ChainVerificationResponse(
            config.service(), true, checked, lastSeq, expectedPrevious, null, Instant.now());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the audit chain cannot be read", e);
    }
  }

  private static BrokenLink check(AuditEntry entry, long expectedSeq, String expectedPrevious) {
    if (entry.chainSeq() != expectedSeq) {
      return link(
          entry,
          "MISSING_ENTRY",
          expectedPrevious,
          entry.prevHash(),
          "chain positions "
              + expectedSeq
              + (entry.chainSeq() - 1 > expectedSeq ? " to " + (entry.chainSeq() - 1) : "")
              + " are missing before this entry");
    }
    if (!Objects.equals(entry.prevHash(), expectedPrevious)) {
      return link(
          entry,
          "PREV_HASH_MISMATCH",
          expectedPrevious,
          entry.prevHash(),
          "the entry does not link to the hash of the entry before it");
    }
    String recomputed = AuditHashes.hash(entry);
    if (!recomputed.equals(entry.hash())) {
      return link(
          entry,
          "HASH_MISMATCH",
          recomputed,
          entry.hash(),
          "the entry's content differs from what was hashed when it was written");
    }
    return null;
  }

  private static BrokenLink link(
      AuditEntry entry, String problem, String expected, String stored, String detail) {
    return new BrokenLink(
        entry.id(),
        entry.chainSeq(),
        entry.recordType(),
        entry.recordId(),
        problem,
        expected,
        stored,
        detail);
  }

  private static String storedProvince(Connection connection, String recordType, String recordId) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select province_code from audit_entry where record_type = ? and record_id = ?"
                + " and province_code is not null order by seq desc limit 1")) {
      select.setString(1, recordType);
      select.setString(2, recordId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail cannot be read", e);
    }
  }

  private AuditEntryResponse response(AuditEntry entry) {
    return new AuditEntryResponse(
        entry.id(),
        entry.occurredAt(),
        entry.service(),
        entry.actor(),
        entry.actorRoles(),
        entry.requestId(),
        entry.operation(),
        entry.recordType(),
        entry.recordId(),
        entry.action(),
        map(entry.before()),
        map(entry.after()),
        entry.provinceCode(),
        entry.chainSeq(),
        entry.hash());
  }

  private Map<String, Object> map(JsonNode node) {
    return node == null ? null : mapper.convertValue(node, MAP);
  }
}
