package vn.ocop.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sign-in and account administration calls of the gateway tests. */
public final class Calls {
  /** A password that keeps every rule, for accounts the tests create. */
  public static final String GOOD_PASSWORD = "Thác Dray Nur mùa nước lớn";

  private Calls() {}

  public static Response signIn(String username, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/auth/token");
  }

  public static String accessToken(String username, String password) {
    return signIn(username, password).then().statusCode(200).extract().path("access_token");
  }

  public static Response refresh(String refreshToken) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("refresh_token", refreshToken))
        .post("/auth/refresh");
  }

  /** Creates an account as the given caller; the answer as is. */
  public static Response create(
      String token,
      String username,
      List<String> roles,
      String provinceCode,
      String communeCode,
      String subjectId,
      String password) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    body.put("roles", roles);
    if (provinceCode != null) {
      body.put("provinceCode", provinceCode);
    }
    if (communeCode != null) {
      body.put("communeCode", communeCode);
    }
    if (subjectId != null) {
      body.put("subjectId", subjectId);
    }
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/gateway/v1/accounts");
  }

  /** Creates an account as admin with the good password, if it does not exist yet. */
  public static void ensure(String adminToken, String username, String role, String provinceCode) {
    Response response =
        create(adminToken, username, List.of(role), provinceCode, null, null, GOOD_PASSWORD);
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new AssertionError("account " + username + ": " + response.body().asString());
    }
  }
}
