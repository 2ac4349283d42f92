package vn.ocop.sdk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.ocop.sdk.gateway.ApiException;
import vn.ocop.sdk.gateway.api.AuthenticationApi;
import vn.ocop.sdk.gateway.model.TokenRequest;

/**
 * The whole OCOP suite through its gateway: one base URL for the four generated clients (registry,
 * rating, plan and the gateway's own operations), and the caller's bearer token on every request. A
 * client is immutable; {@link #signIn} and {@link #withToken} answer a new one, so an application
 * can hold one client per signed-in user.
 *
 * <pre>{@code
 * OcopClient officer = OcopClient.to("https://ocop.example.vn").signIn("daklak.officer", pw);
 * Subject subject = officer.registry(SubjectsApi::new).registerSubject(request);
 * Verification verdict = OcopClient.to(url).registry(PublicVerificationApi::new)
 *     .verifyCertificate(publicCode);
 * }</pre>
 */
public final class OcopClient {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final URI gateway;
  private final Duration timeout;
  private final String token;
  // One connection pool for the four clients: the generated ApiClient would build an HttpClient
  // (and its selector thread) for every API object.
  private final HttpClient http;

  private OcopClient(URI gateway, Duration timeout, String token, HttpClient http) {
    this.gateway = gateway;
    this.timeout = timeout;
    this.token = token;
    this.http = http;
  }

  /** An anonymous client of the gateway at {@code gatewayUrl} (e.g. https://ocop.example.vn). */
  public static OcopClient to(String gatewayUrl) {
    return to(gatewayUrl, DEFAULT_TIMEOUT);
  }

  /** As {@link #to(String)}, with the time allowed for connecting and for each answer. */
  public static OcopClient to(String gatewayUrl, Duration timeout) {
    URI uri = URI.create(stripTrailingSlash(Objects.requireNonNull(gatewayUrl, "gatewayUrl")));
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + gatewayUrl);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    return new OcopClient(uri, timeout, null, http);
  }

  /**
   * Signs in with a local account (tài khoản) at the gateway's token operation and answers a client
   * that sends the access token it got.
   *
   * @throws ApiException with the problem+json of the refusal (INVALID_CREDENTIALS, LOGIN_LOCKED);
   *     read it with {@link ApiProblem#of(Throwable)}
   */
  public OcopClient signIn(String username, String password) throws ApiException {
    String accessToken =
        gateway(AuthenticationApi::new)
            .issueToken(new TokenRequest().username(username).password(password))
            .getAccessToken();
    if (accessToken == null || accessToken.isBlank()) {
      throw new ApiException(200, "the gateway answered no access_token");
    }
    return withToken(accessToken);
  }

  /** A client sending this bearer token (e.g. one a machine client got by client credentials). */
  public OcopClient withToken(String accessToken) {
    return new OcopClient(gateway, timeout, accessToken, http);
  }

  /** A client sending no token, for the public operations (verification, search). */
  public OcopClient anonymous() {
    return new OcopClient(gateway, timeout, null, http);
  }

  /** The bearer token this client sends, or null when anonymous. */
  public String token() {
    return token;
  }

  public URI gatewayUrl() {
    return gateway;
  }

  /** An API of the registry service, e.g. {@code registry(SubjectsApi::new)}. */
  public <T> T registry(Function<vn.ocop.sdk.registry.ApiClient, T> api) {
    return api.apply(configure(new RegistryClient(http)));
  }

  /** An API of the rating service, e.g. {@code rating(DossiersApi::new)}. */
  public <T> T rating(Function<vn.ocop.sdk.rating.ApiClient, T> api) {
    return api.apply(configure(new RatingClient(http)));
  }

  /** An API of the plan service, e.g. {@code plan(ActualsApi::new)}. */
  public <T> T plan(Function<vn.ocop.sdk.plan.ApiClient, T> api) {
    return api.apply(configure(new PlanClient(http)));
  }

  /** An API of the gateway itself (sign-in, accounts, machine clients, signing keys). */
  public <T> T gateway(Function<vn.ocop.sdk.gateway.ApiClient, T> api) {
    return api.apply(configure(new GatewayClient(http)));
  }

  private vn.ocop.sdk.registry.ApiClient configure(vn.ocop.sdk.registry.ApiClient client) {
    client.updateBaseUri(gateway.toString());
    client.setReadTimeout(timeout);
    client.setRequestInterceptor(bearer());
    return client;
  }

  private vn.ocop.sdk.rating.ApiClient configure(vn.ocop.sdk.rating.ApiClient client) {
    client.updateBaseUri(gateway.toString());
    client.setReadTimeout(timeout);
    client.setRequestInterceptor(bearer());
    return client;
  }

  private vn.ocop.sdk.plan.ApiClient configure(vn.ocop.sdk.plan.ApiClient client) {
    client.updateBaseUri(gateway.toString());
    client.setReadTimeout(timeout);
    client.setRequestInterceptor(bearer());
    return client;
  }

  private vn.ocop.sdk.gateway.ApiClient configure(vn.ocop.sdk.gateway.ApiClient client) {
    client.updateBaseUri(gateway.toString());
    client.setReadTimeout(timeout);
    client.setRequestInterceptor(bearer());
    return client;
  }

  private Consumer<HttpRequest.Builder> bearer() {
    String current = token;
    return request -> {
      if (current != null) {
        request.setHeader("Authorization", "Bearer " + current);
      }
    };
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  // The generated clients differ only by package; each shares this client's HttpClient.

  private static final class RegistryClient extends vn.ocop.sdk.registry.ApiClient {
    private final HttpClient http;

    RegistryClient(HttpClient http) {
      this.http = http;
    }

    @Override
    public HttpClient getHttpClient() {
      return http;
    }
  }

  private static final class RatingClient extends vn.ocop.sdk.rating.ApiClient {
    private final HttpClient http;

    RatingClient(HttpClient http) {
      this.http = http;
    }

    @Override
    public HttpClient getHttpClient() {
      return http;
    }
  }

  private static final class PlanClient extends vn.ocop.sdk.plan.ApiClient {
    private final HttpClient http;

    PlanClient(HttpClient http) {
      this.http = http;
    }

    @Override
    public HttpClient getHttpClient() {
      return http;
    }
  }

  private static final class GatewayClient extends vn.ocop.sdk.gateway.ApiClient {
    private final HttpClient http;

    GatewayClient(HttpClient http) {
      this.http = http;
    }

    @Override
    public HttpClient getHttpClient() {
      return http;
    }
  }
}
