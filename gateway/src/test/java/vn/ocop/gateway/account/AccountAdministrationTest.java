package vn.ocop.gateway.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.gateway.Calls.GOOD_PASSWORD;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.Calls;
import vn.ocop.gateway.FakeServices;
import vn.ocop.gateway.Sql;

/** Account administration: who may manage whom, scope rules, password rules, versions. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class AccountAdministrationTest {
  private static final String ACCOUNTS = "/api/gateway/v1/accounts";

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @Inject AgroalDataSource dataSource;

  Sql sql;
  String admin;

  @BeforeEach
  void signIn() {
    sql = new Sql(dataSource);
    admin = Calls.accessToken("admin", demoPassword);
  }

  @Test
  void adminCreatesACommuneOfficerWhoCanSignInAndTheHashNeverLeaves() {
    Response created =
        Calls.create(
            admin, "a.commune1", List.of("commune-officer"), "66", "24133", null, GOOD_PASSWORD);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(ACCOUNTS + "/a.commune1");
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(created.jsonPath().getString("username")).isEqualTo("a.commune1");
    assertThat(created.jsonPath().getList("roles")).containsExactly("commune-officer");
    assertThat(created.jsonPath().getString("provinceCode")).isEqualTo("66");
    assertThat(created.jsonPath().getString("communeCode")).isEqualTo("24133");
    assertThat(created.jsonPath().getBoolean("enabled")).isTrue();
    assertThat(created.body().asString()).doesNotContain("$2", "password\"", GOOD_PASSWORD);

    String hash = sql.one("select password_hash from account where username = 'a.commune1'");
    assertThat(BcryptUtil.matches(GOOD_PASSWORD, hash)).isTrue();
    Calls.signIn("a.commune1", GOOD_PASSWORD).then().statusCode(200);

    Response again =
        Calls.create(admin, "a.commune1", List.of("advisor"), "66", null, null, GOOD_PASSWORD);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.jsonPath().getString("code")).isEqualTo("ACCOUNT_USERNAME_TAKEN");
  }

  @Test
  void eachRoleNeedsItsScopeAndNoOther() {
    String subject = UUID.randomUUID().toString();
    // roles | province | commune | subject -> field/rule named (null: accepted)
    Object[][] cases = {
      {List.of("admin"), null, null, null, null},
      {List.of("national-officer"), "66", null, null, "provinceCode/none"},
      {List.of("province-officer"), null, null, null, "provinceCode/required"},
      {List.of("province-officer"), "66", null, null, null},
      {List.of("commune-officer"), "66", null, null, "communeCode/required"},
      {List.of("commune-officer"), "66", "24133", null, null},
      {List.of("council-member"), "66", "24133", null, "communeCode/none"},
      {List.of("council-member"), "66", null, null, null},
      {List.of("advisor"), null, null, null, "provinceCode/required"},
      {List.of("subject-member"), "66", null, null, "subjectId/required"},
      {List.of("subject-member"), "66", null, subject, null},
      {List.of("advisor"), "66", null, subject, "subjectId/none"},
      {List.of("admin", "advisor"), "66", null, null, "roles/mixed"},
      {List.of("superuser"), null, null, null, "roles/known"},
      {List.of(), null, null, null, "roles/NotEmpty"},
      {List.of("advisor"), "6", null, null, "provinceCode/Pattern"},
    };
    int n = 0;
    for (Object[] row : cases) {
      n++;
      @SuppressWarnings("unchecked")
      List<String> roles = (List<String>) row[0];
      String username = "a.scope" + n;
      Response response =
          Calls.create(
              admin,
              username,
              roles,
              (String) row[1],
              (String) row[2],
              (String) row[3],
              GOOD_PASSWORD);
      String expected = (String) row[4];
      if (expected == null) {
        assertThat(response.statusCode()).as("%s %s", roles, Arrays.toString(row)).isEqualTo(201);
      } else {
        assertThat(response.statusCode()).as("%s", Arrays.toString(row)).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> named =
            response.jsonPath().getList("errors.field", String.class).stream().toList();
        List<String> rules = response.jsonPath().getList("errors.rule", String.class);
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
          pairs.add(named.get(i) + "/" + rules.get(i));
        }
        assertThat(pairs).as(Arrays.toString(row)).contains(expected);
        assertThat(sql.column("select username from account where username = ?", username))
            .isEmpty();
      }
    }
  }

  @Test
  void passwordsKeepTheRulesAndTheAnswerNamesTheBrokenOne() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("short one", "length");
    cases.put("x".repeat(129), "length");
    cases.put("my name is a.pwrules, hi", "containsUsername");
    cases.put("ZZZZZZZZZZZZZZZ", "repeated");
    cases.put("Password1234", "common");
    cases.put("matkhau123456", "common");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Response response =
          Calls.create(admin, "a.pwrules", List.of("advisor"), "66", null, null, c.getKey());
      assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
      assertThat(response.jsonPath().getString("code")).isEqualTo("VALIDATION_FAILED");
      assertThat(response.jsonPath().getList("errors.field")).containsExactly("password");
      assertThat(response.jsonPath().getList("errors.rule"))
          .as(c.getKey())
          .containsExactly(c.getValue());
      assertThat(response.body().asString()).doesNotContain(c.getKey());
    }
    assertThat(sql.column("select username from account where username = 'a.pwrules'")).isEmpty();
    Calls.create(admin, "a.pwrules", List.of("advisor"), "66", null, null, "ngựa ô Buôn Đôn 2025")
        .then()
        .statusCode(201);
  }

  @Test
  void aProvinceOfficerManagesTheLowerRolesOfTheirOwnProvinceOnly() {
    String officer = Calls.accessToken("daklak.officer", demoPassword);
    Calls.ensure(admin, "a.lamdong.member", "council-member", "68");

    // Their own province by default, and the roles they may give.
    Response created =
        Calls.create(
            officer, "a.daklak.advisor", List.of("advisor"), null, null, null, GOOD_PASSWORD);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.jsonPath().getString("provinceCode")).isEqualTo("66");

    Response higherRole =
        Calls.create(
            officer, "a.daklak.po", List.of("province-officer"), "66", null, null, GOOD_PASSWORD);
    assertThat(higherRole.statusCode()).isEqualTo(403);
    assertThat(higherRole.jsonPath().getString("code")).isEqualTo("ACCOUNT_ROLE_NOT_ASSIGNABLE");

    Response otherProvince =
        Calls.create(
            officer, "a.lamdong.advisor", List.of("advisor"), "68", null, null, GOOD_PASSWORD);
    assertThat(otherProvince.statusCode()).isEqualTo(404);
    assertThat(
            sql.column(
                "select username from account where username in ('a.daklak.po', 'a.lamdong.advisor')"))
        .isEmpty();

    // Another province's account and a national one do not exist for them; a peer is not theirs.
    for (String foreign :
        List.of("a.lamdong.member", "lamdong.officer", "admin", "no.such.account")) {
      Response response = as(officer).get(ACCOUNTS + "/" + foreign);
      assertThat(response.statusCode()).as(foreign).isEqualTo(404);
      assertThat(response.jsonPath().getString("code")).isEqualTo("NOT_FOUND");
    }
    Response peer = as(officer).get(ACCOUNTS + "/daklak.officer");
    assertThat(peer.statusCode()).isEqualTo(403);
    assertThat(peer.jsonPath().getString("code")).isEqualTo("ACCOUNT_NOT_MANAGEABLE");
    as(officer).post(ACCOUNTS + "/lamdong.officer/unlock").then().statusCode(404);
    as(officer)
        .contentType(ContentType.JSON)
        .body(Map.of("password", "mưa rừng Tây Nguyên tháng bảy"))
        .post(ACCOUNTS + "/a.lamdong.member/password")
        .then()
        .statusCode(404);

    // The list holds their manageable accounts only.
    List<Map<String, Object>> listed =
        as(officer)
            .queryParam("pageSize", 200)
            .get(ACCOUNTS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(listed).isNotEmpty();
    assertThat(listed).allSatisfy(a -> assertThat(a.get("provinceCode")).isEqualTo("66"));
    assertThat(listed)
        .extracting(a -> a.get("username"))
        .contains("a.daklak.advisor", "daklak.commune")
        .doesNotContain("daklak.officer", "a.lamdong.member", "admin");
  }

  @Test
  void rolesOtherThanAdminAndProvinceOfficerMayNotManageAndNoTokenIsUnauthenticated() {
    String council = Calls.accessToken("daklak.chair", demoPassword);
    Response forbidden = as(council).get(ACCOUNTS);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.jsonPath().getString("code")).isEqualTo("FORBIDDEN");

    Response anonymous = given().get(ACCOUNTS);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void updatesNeedTheVersionReadAndAChangeOfScopeRevokesRefreshTokens() {
    Calls.ensure(admin, "a.update", "council-member", "66");
    String refresh = Calls.signIn("a.update", GOOD_PASSWORD).jsonPath().getString("refresh_token");
    Response read = as(admin).get(ACCOUNTS + "/a.update");
    String etag = read.header("ETag");
    long version = read.jsonPath().getLong("version");
    assertThat(etag).isEqualTo("\"" + version + "\"");

    Map<String, Object> change = new LinkedHashMap<>();
    change.put("roles", List.of("advisor"));
    change.put("provinceCode", "66");
    change.put("enabled", true);

    Response noVersion =
        as(admin).contentType(ContentType.JSON).body(change).put(ACCOUNTS + "/a.update");
    assertThat(noVersion.statusCode()).isEqualTo(428);
    assertThat(noVersion.jsonPath().getString("code")).isEqualTo("ACCOUNT_VERSION_REQUIRED");

    Response stale =
        as(admin)
            .header("If-Match", "\"" + (version + 7) + "\"")
            .contentType(ContentType.JSON)
            .body(change)
            .put(ACCOUNTS + "/a.update");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.jsonPath().getString("code")).isEqualTo("ACCOUNT_VERSION_CONFLICT");
    assertThat(
            sql.one("select array_to_string(roles, ',') from account where username = 'a.update'"))
        .isEqualTo("council-member");

    Response updated =
        as(admin)
            .header("If-Match", etag)
            .contentType(ContentType.JSON)
            .body(change)
            .put(ACCOUNTS + "/a.update");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(updated.jsonPath().getList("roles")).containsExactly("advisor");
    assertThat(updated.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
    assertThat(
            sql.one("select array_to_string(roles, ',') from account where username = 'a.update'"))
        .isEqualTo("advisor");
    assertThat(sql.column("select revoke_reason from refresh_token where username = 'a.update'"))
        .containsOnly("scope changed");
    Calls.refresh(refresh).then().statusCode(401);

    // Disabling by the body's version: sign-in then fails like a wrong password.
    change.put("enabled", false);
    change.put("version", version + 1);
    as(admin)
        .contentType(ContentType.JSON)
        .body(change)
        .put(ACCOUNTS + "/a.update")
        .then()
        .statusCode(200);
    Response disabled = Calls.signIn("a.update", GOOD_PASSWORD);
    assertThat(disabled.statusCode()).isEqualTo(401);
    assertThat(disabled.jsonPath().getString("code")).isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void anAdminCannotLockThemselvesOut() {
    Calls.ensure(admin, "a.admin2", "admin", null);
    String admin2 = Calls.accessToken("a.admin2", GOOD_PASSWORD);
    Response self = as(admin2).get(ACCOUNTS + "/a.admin2");
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("roles", List.of("admin"));
    change.put("enabled", false);
    change.put("version", self.jsonPath().getLong("version"));
    Response response =
        as(admin2).contentType(ContentType.JSON).body(change).put(ACCOUNTS + "/a.admin2");
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.jsonPath().getString("code")).isEqualTo("ACCOUNT_SELF_DEMOTION");
  }

  @Test
  void adminResetsAPasswordEndingEverySignInAndTheHolderChangesTheirOwn() {
    Calls.ensure(admin, "a.passwords", "advisor", "66");
    String refresh =
        Calls.signIn("a.passwords", GOOD_PASSWORD).jsonPath().getString("refresh_token");

    Response weak =
        as(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("password", "aaaaaaaaaaaaaaaa"))
            .post(ACCOUNTS + "/a.passwords/password");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.jsonPath().getList("errors.rule")).containsExactly("repeated");

    String reset = "mưa rừng Tây Nguyên tháng bảy";
    as(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("password", reset))
        .post(ACCOUNTS + "/a.passwords/password")
        .then()
        .statusCode(204);
    Calls.signIn("a.passwords", GOOD_PASSWORD).then().statusCode(401);
    Calls.refresh(refresh).then().statusCode(401);
    String holder = Calls.accessToken("a.passwords", reset);

    Response wrongCurrent =
        as(holder)
            .contentType(ContentType.JSON)
            .body(
                Map.of("currentPassword", "not it at all", "password", "sông Sêrêpốk chảy về tây"))
            .put("/api/gateway/v1/me/password");
    assertThat(wrongCurrent.statusCode()).isEqualTo(400);
    assertThat(wrongCurrent.jsonPath().getList("errors.field")).containsExactly("currentPassword");
    assertThat(wrongCurrent.jsonPath().getList("errors.rule")).containsExactly("matches");
    assertThat(sql.one("select failures from login_attempt where username_key = 'a.passwords'"))
        .isEqualTo("1");

    Response same =
        as(holder)
            .contentType(ContentType.JSON)
            .body(Map.of("currentPassword", reset, "password", reset))
            .put("/api/gateway/v1/me/password");
    assertThat(same.jsonPath().getList("errors.rule")).containsExactly("unchanged");

    String mine = "sông Sêrêpốk chảy về tây";
    as(holder)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", reset, "password", mine))
        .put("/api/gateway/v1/me/password")
        .then()
        .statusCode(204);
    Calls.signIn("a.passwords", reset).then().statusCode(401);
    Calls.signIn("a.passwords", mine).then().statusCode(200);
  }

  @Test
  void theListFiltersAndPages() {
    Calls.ensure(admin, "a.list.one", "council-member", "68");
    Calls.ensure(admin, "a.list.two", "council-member", "68");
    Calls.ensure(admin, "a.list.three", "advisor", "68");

    Response page =
        as(admin)
            .queryParam("role", "council-member")
            .queryParam("provinceCode", "68")
            .queryParam("q", "a.list")
            .queryParam("pageSize", 1)
            .get(ACCOUNTS);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.jsonPath().getList("items.username")).containsExactly("a.list.one");
    assertThat(page.jsonPath().getLong("pager.total")).isEqualTo(2);
    assertThat(page.jsonPath().getInt("pager.nextPage")).isEqualTo(2);
    assertThat(page.body().asString()).doesNotContain("$2", "passwordHash");
  }

  private static io.restassured.specification.RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
