package vn.ocop.registry.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import vn.ocop.platform.problem.ProblemException;

/**
 * Answers verification codes: from {@link VerificationCache} when it holds the code (no blocking,
 * fit for the event loop), else from {@link VerificationQuery} (blocking: a worker thread), storing
 * the answer for the next scan. Counts a scan for every answer about an existing certificate.
 */
@ApplicationScoped
class Verifications {
  private final VerificationCache cache;
  private final VerificationQuery query;
  private final ScanCounter scans;
  private final ObjectMapper json;
  private final Clock clock;
  private final VerificationConfig.Cache config;

  Verifications(
      VerificationCache cache,
      VerificationQuery query,
      ScanCounter scans,
      ObjectMapper json,
      Clock clock,
      VerificationConfig config) {
    this.cache = cache;
    this.query = query;
    this.scans = scans;
    this.json = json;
    this.clock = clock;
    this.config = config.cache();
  }

  /**
   * The JSON answer if it is in memory, else null (then call {@link #load}). Never blocks.
   *
   * @param code a well-formed code (see {@link PublicCode})
   * @throws ProblemException 404 for a code that recently matched nothing
   */
  byte[] cached(String code) {
    byte[] json = hit(code);
    if (json == null && cache.knownUnknown(code)) {
      throw notFound(code);
    }
    return json;
  }

  /** The JSON answer if it is in memory, counting the scan; else null. Never blocks or throws. */
  byte[] hit(String code) {
    VerificationCache.Entry entry = cache.fresh(code);
    if (entry == null) {
      return null;
    }
    scans.count(entry.certificateId());
    return entry.json();
  }

  /**
   * The JSON answer read from the database, kept for the next scans. Blocks.
   *
   * @throws ProblemException 404 for a code that matches no certificate
   */
  byte[] load(String code) {
    VerificationCache.Entry entry = loadEntry(code);
    scans.count(entry.certificateId());
    return entry.json();
  }

  /**
   * Fails unless a certificate has the code; counts no scan (a QR image is not a verification).
   * Blocks when the code is not in memory.
   */
  void requireExists(String code) {
    if (cache.fresh(code) == null) {
      if (cache.knownUnknown(code)) {
        throw notFound(code);
      }
      loadEntry(code);
    }
  }

  private VerificationCache.Entry loadEntry(String code) {
    long generation = cache.generation();
    VerifiedCertificate certificate = query.byCode(code).orElse(null);
    if (certificate == null) {
      cache.putUnknown(code, generation);
      throw notFound(code);
    }
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    byte[] answer;
    try {
      answer = json.writeValueAsBytes(VerificationResponse.of(certificate, today));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("verification answer cannot be written", e);
    }
    // The verdict depends on the day: an answer never outlives the day it was made for.
    Duration untilMidnight = Duration.between(now, today.plusDays(1).atStartOfDay(now.getZone()));
    Duration lifetime =
        untilMidnight.compareTo(config.maxAge()) < 0 ? untilMidnight : config.maxAge();
    VerificationCache.Entry entry =
        new VerificationCache.Entry(
            certificate.certificateId(),
            certificate.productId(),
            certificate.subjectId(),
            answer,
            System.nanoTime() + lifetime.toNanos());
    cache.put(code, entry, generation);
    return entry;
  }

  private static ProblemException notFound(String code) {
    return new ProblemException(
        404, "NOT_FOUND", "Not found", "No OCOP certificate has the verification code " + code);
  }
}
