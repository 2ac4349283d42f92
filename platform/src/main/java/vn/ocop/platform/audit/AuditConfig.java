package vn.ocop.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Settings of the audit trail ({@code ocop.audit.*}, e.g. env OCOP_AUDIT_ENABLED). */
@ConfigMapping(prefix = "ocop.audit")
public interface AuditConfig {

  /** Off only where a process must not write its trail (never in production). */
  @WithDefault("true")
  boolean enabled();

  /** The service named in every entry. */
  @WithDefault("${quarkus.application.name:service}")
  String service();

  /**
   * Entity names (simple class names) not audited: technical, high-volume records such as read
   * models and facts rebuilt from events.
   */
  @WithName("excluded-record-types")
  Optional<Set<String>> excludedRecordTypes();

  /**
   * Entity names (and explicit record types) whose entries join the service's hash chain: score
   * sheets, results and decisions.
   */
  @WithName("chained-record-types")
  Optional<Set<String>> chainedRecordTypes();

  /**
   * How often the sealer looks for chained entries still pending without being woken (normally each
   * commit that wrote one wakes it): after a crash between commit and sealing, for another
   * replica's entries, after a failed pass.
   */
  @WithName("seal-sweep")
  @WithDefault("5s")
  Duration sealSweep();

  /**
   * A property whose name contains one of these (case-insensitive) is stored as "[redacted]":
   * secrets must not be copied into an append-only table.
   */
  @WithName("redacted-properties")
  @WithDefault("password,secret,private,token,hash")
  List<String> redactedProperties();

  /** Properties that hold the province code of a record, for the entry's province_code. */
  @WithName("province-properties")
  @WithDefault("provinceCode")
  List<String> provinceProperties();
}
