package vn.ocop.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs an {@link Idempotent} method with the client's {@code Idempotency-Key}: the key is claimed
 * in the transaction this opens (or joins), the method's writes and outbox events join it, and the
 * response is stored in it before it commits. The claim and the creation are therefore committed
 * together or not at all. A retry with the same key finds the stored response and answers it again
 * without running the method; a concurrent one waits for the first to commit (then replays) or roll
 * back (then runs itself).
 *
 * <p>It runs before {@code @Transactional} (priority PLATFORM_BEFORE + 200), so a method's own
 * required transaction is the one opened here. Keys are scoped to the token's subject; a request
 * without one (none of the creating operations is public) is run without a key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {
  /** Set on a replayed response. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private final Map<Method, String> operations = new ConcurrentHashMap<>();

  private final Instance<HttpHeaders> headers;
  private final Instance<UriInfo> uriInfo;
  private final Instance<JsonWebToken> token;
  private final IdempotencyKeys keys;
  private final RequestFingerprint fingerprint;
  private final ResponseCodec codec;
  private final Config config;

  IdempotencyInterceptor(
      Instance<HttpHeaders> headers,
      Instance<UriInfo> uriInfo,
      Instance<JsonWebToken> token,
      IdempotencyKeys keys,
      RequestFingerprint fingerprint,
      ResponseCodec codec,
      Config config) {
    this.headers = headers;
    this.uriInfo = uriInfo;
    this.token = token;
    this.keys = keys;
    this.fingerprint = fingerprint;
    this.codec = codec;
    this.config = config;
  }

  @AroundInvoke
  Object around(InvocationContext context) throws Exception {
    String key = headers.get().getHeaderString(IdempotencyProblems.HEADER);
    if (key == null) {
      return context.proceed();
    }
    IdempotencyProblems.requireValid(key);
    String caller = caller();
    if (caller == null) {
      return context.proceed();
    }
    Method method = context.getMethod();
    String operation = operations.computeIfAbsent(method, IdempotencyInterceptor::operationOf);
    Object[] parameters = context.getParameters();
    UriInfo uri = uriInfo.get();
    String hash =
        fingerprint.of(
            operation,
            uri.getPathParameters(),
            uri.getQueryParameters(),
            method.getParameterAnnotations(),
            parameters);
    context.setParameters(parameters);
    IdempotencyScope scope = new IdempotencyScope(caller, operation, key);
    return transaction(method).call(() -> run(context, scope, hash));
  }

  private Object run(InvocationContext context, IdempotencyScope scope, String hash)
      throws Exception {
    IdempotencyKeys.Existing existing = keys.claim(scope, hash, codec);
    if (existing != null) {
      if (!existing.requestHash().equals(hash)) {
        throw IdempotencyProblems.reused(scope.key());
      }
      if (existing.response() == null) {
        throw IdempotencyProblems.inProgress(scope.key());
      }
      return codec.replay(existing.response(), context.getMethod().getReturnType());
    }
    Object result = context.proceed();
    StoredResponse response = codec.capture(result);
    if (response != null && response.successful()) {
      keys.complete(scope, response, codec);
    } else {
      keys.release(scope);
    }
    return result;
  }

  private TransactionRunnerOptions transaction(Method method) {
    TransactionRunnerOptions options = QuarkusTransaction.joiningExisting();
    Idempotent idempotent = method.getAnnotation(Idempotent.class);
    if (idempotent != null && !idempotent.transactionTimeoutProperty().isEmpty()) {
      options =
          options.timeout(config.getValue(idempotent.transactionTimeoutProperty(), Integer.class));
    }
    return options;
  }

  private String caller() {
    if (!token.isResolvable()) {
      return null;
    }
    JsonWebToken jwt = token.get();
    String subject = jwt.getSubject();
    return subject != null ? subject : jwt.getName();
  }

  /**
   * The HTTP method and route template, e.g. {@code POST /api/rating/v1/dossiers/{id}/evidence}.
   */
  static String operationOf(Method method) {
    Path type = method.getDeclaringClass().getAnnotation(Path.class);
    Path own = method.getAnnotation(Path.class);
    String path = (type == null ? "" : type.value()) + (own == null ? "" : "/" + own.value());
    return httpMethod(method) + " " + path.replaceAll("/+", "/");
  }

  private static String httpMethod(Method method) {
    for (var annotation : method.getAnnotations()) {
      jakarta.ws.rs.HttpMethod http =
          annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return "POST";
  }
}
