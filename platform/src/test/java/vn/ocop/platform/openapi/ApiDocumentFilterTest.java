package vn.ocop.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponses;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createOpenAPI;
import static org.eclipse.microprofile.openapi.OASFactory.createOperation;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createPathItem;
import static org.eclipse.microprofile.openapi.OASFactory.createPaths;
import static org.eclipse.microprofile.openapi.OASFactory.createRequestBody;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityRequirement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {
  private static final String SUBJECTS = "/api/test/v1/subjects";
  private static final String SUBJECT = "/api/test/v1/subjects/{id}";
  private static final String PING = "/public/v1/ping";
  private static final String UUID_EXAMPLE = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  @Test
  void aSecuredCreationGetsValidationAuthAndMediaTypeAnswersButNo404() {
    OpenAPI doc = document();
    ApiDocumentFilter.complete(doc);

    Operation create = doc.getPaths().getPathItem(SUBJECTS).getPOST();
    assertThat(create.getResponses().getAPIResponses().keySet())
        .containsExactly("201", "400", "401", "403", "409", "415");
    assertThat(create.getResponses().getAPIResponse("400").getDescription())
        .isEqualTo(ProblemResponses.BAD_REQUEST_WITH_BODY);
    assertThat(example(create, "400"))
        .isEqualTo(
            Map.of(
                "type",
                "urn:ocop:problem:validation-failed",
                "title",
                "Invalid request",
                "status",
                400,
                "detail",
                "The request breaks 1 rule",
                "instance",
                SUBJECTS,
                "code",
                "VALIDATION_FAILED",
                "requestId",
                ProblemExamples.REQUEST_ID,
                "errors",
                List.of(
                    Map.of("field", "name", "rule", "NotBlank", "message", "must not be blank"))));
    assertThat(example(create, "401"))
        .containsEntry("code", "UNAUTHENTICATED")
        .containsEntry("status", 401)
        .containsEntry("detail", "A valid bearer token is required")
        .doesNotContainKey("errors");
    assertThat(example(create, "403")).containsEntry("code", "FORBIDDEN");
    assertThat(example(create, "415"))
        .containsEntry("code", "UNSUPPORTED_MEDIA_TYPE")
        .containsEntry("type", "urn:ocop:problem:unsupported-media-type");
  }

  @Test
  void aDeclaredAnswerKeepsItsDescriptionAndGetsAnExampleWithTheCodeItNames() {
    OpenAPI doc = document();
    ApiDocumentFilter.complete(doc);

    Operation create = doc.getPaths().getPathItem(SUBJECTS).getPOST();
    APIResponse conflict = create.getResponses().getAPIResponse("409");
    assertThat(conflict.getDescription())
        .isEqualTo("The identifier is taken (SUBJECT_IDENTIFIER_TAKEN)");
    assertThat(example(create, "409"))
        .containsEntry("code", "SUBJECT_IDENTIFIER_TAKEN")
        .containsEntry("type", "urn:ocop:problem:subject-identifier-taken")
        .containsEntry("title", "Conflict")
        .containsEntry("detail", "The identifier is taken");

    Operation read = doc.getPaths().getPathItem(SUBJECT).getGET();
    assertThat(read.getResponses().getAPIResponses().keySet())
        .containsExactly("200", "400", "401", "403", "404");
    assertThat(read.getResponses().getAPIResponse("403").getDescription())
        .isEqualTo("Not a subject member (FORBIDDEN)");
    assertThat(read.getResponses().getAPIResponse("404").getDescription())
        .isEqualTo("No such subject, or not the caller's to see");
    assertThat(example(read, "404"))
        .containsEntry("instance", SUBJECTS + "/" + UUID_EXAMPLE)
        .containsEntry(
            "detail", "Subject " + UUID_EXAMPLE + " does not exist or is not yours to see")
        .containsEntry("code", "NOT_FOUND");
    assertThat(example(read, "400").get("errors"))
        .isEqualTo(
            List.of(
                Map.of(
                    "field", "id", "rule", "Pattern", "message", "must match \"[0-9a-f-]{36}\"")));
  }

  @Test
  void anOpenOperationWithoutParametersGetsNoErrorAnswers() {
    OpenAPI doc = document();
    ApiDocumentFilter.complete(doc);

    Operation ping = doc.getPaths().getPathItem(PING).getGET();
    assertThat(ping.getResponses().getAPIResponses().keySet()).containsExactly("200");
    assertThat(
            ping.getResponses()
                .getAPIResponse("200")
                .getContent()
                .getMediaType("text/plain")
                .getExample())
        .isEqualTo("pong");
  }

  @Test
  void documentLevelSecurityCountsUnlessTheOperationOptsOut() {
    OpenAPI doc = document();
    doc.addSecurityRequirement(createSecurityRequirement().addScheme("bearer"));
    doc.getPaths().getPathItem(PING).getGET().setSecurity(null);
    doc.getPaths()
        .getPathItem(PING)
        .setPOST(createOperation().security(List.of()).responses(createAPIResponses()));
    ApiDocumentFilter.complete(doc);

    assertThat(doc.getPaths().getPathItem(PING).getGET().getResponses().getAPIResponses().keySet())
        .containsExactly("200", "401", "403");
    assertThat(doc.getPaths().getPathItem(PING).getPOST().getResponses().getAPIResponses())
        .isEmpty();
  }

  @Test
  void quarkusPlaceholderAnswersGetTheStandardDescriptionAndProblemContent() {
    OpenAPI doc = document();
    doc.getPaths()
        .getPathItem(SUBJECTS)
        .getPOST()
        .getResponses()
        .addAPIResponse("401", createAPIResponse().description("Not Authorized"));
    ApiDocumentFilter.complete(doc);

    APIResponse unauthenticated =
        doc.getPaths().getPathItem(SUBJECTS).getPOST().getResponses().getAPIResponse("401");
    assertThat(unauthenticated.getDescription()).isEqualTo(ProblemResponses.UNAUTHENTICATED);
    assertThat(
            unauthenticated
                .getContent()
                .getMediaType("application/problem+json")
                .getSchema()
                .getRef())
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void
      bodiesGetExamplesFromTheirSchemasWordsForTheirNamesFollowingReferencesAndStoppingAtRecursion() {
    OpenAPI doc = document();
    ApiDocumentFilter.complete(doc);

    Operation create = doc.getPaths().getPathItem(SUBJECTS).getPOST();
    assertThat(create.getRequestBody().getContent().getMediaType("application/json").getExample())
        .isEqualTo(
            Map.of(
                "name", "HTX Ea H'leo",
                "identifier", "11",
                "provinceCode", "66",
                "returnReason", "Thiếu phiếu kết quả kiểm nghiệm sản phẩm",
                "approvedBy", "daklak",
                "stars", BigInteger.valueOf(3)));
    Object created =
        create
            .getResponses()
            .getAPIResponse("201")
            .getContent()
            .getMediaType("application/json")
            .getExample();
    assertThat(created)
        .isEqualTo(
            Map.of(
                "id", UUID_EXAMPLE,
                "name", "HTX Ea H'leo",
                "status", "DRAFT",
                "registeredOn", "2025-03-14",
                "updatedAt", "2025-03-14T09:30:00+07:00",
                "email", "hoptacxa.eahleo@example.vn",
                "score", new BigDecimal("1.5"),
                "tags", List.of("string"),
                "children", List.of()));
  }

  @Test
  void theOutputIsTheSameOnEveryRun() {
    OpenAPI first = document();
    OpenAPI second = document();
    ApiDocumentFilter.complete(first);
    ApiDocumentFilter.complete(second);
    Operation a = first.getPaths().getPathItem(SUBJECT).getGET();
    Operation b = second.getPaths().getPathItem(SUBJECT).getGET();
    assertThat(a.getResponses().getAPIResponses().keySet())
        .containsExactlyElementsOf(b.getResponses().getAPIResponses().keySet());
    for (String code : List.of("400", "401", "403", "404")) {
      assertThat(example(a, code)).isEqualTo(example(b, code));
    }
  }

  @Test
  void regexSamplesMatchTheSchemasPatterns() {
    for (String pattern :
        List.of(
            "\\d{2}",
            "[a-z0-9][a-z0-9._-]{2,99}",
            "^[ABC][0-9]{1,2}[a-zđ]?$",
            "^\\+?[0-9 .-]{6,30}$",
            "https?://\\S+",
            "2025-07|2025-03",
            "[A-Z][A-Z0-9_]{1,49}")) {
      String sample = RegexSample.of(pattern);
      assertThat(sample)
          .as(pattern)
          .isNotNull()
          .matches(java.util.regex.Pattern.compile(pattern).asPredicate());
    }
    assertThat(RegexSample.of("\\d{5}")).isEqualTo("11111");
    assertThat(RegexSample.of("[^a]")).isNull();
  }

  @Test
  void singularNamesTheRecordOfASegment() {
    assertThat(ProblemResponses.singular("subjects")).isEqualTo("Subject");
    assertThat(ProblemResponses.singular("score-sheets")).isEqualTo("Score sheet");
    assertThat(ProblemResponses.singular("categories")).isEqualTo("Category");
    assertThat(ProblemResponses.singular("addresses")).isEqualTo("Address");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> example(Operation operation, String code) {
    return (Map<String, Object>)
        operation
            .getResponses()
            .getAPIResponse(code)
            .getContent()
            .getMediaType("application/problem+json")
            .getExample();
  }

  private static Schema string() {
    return createSchema().type(List.of(SchemaType.STRING));
  }

  private static OpenAPI document() {
    Schema subject =
        createSchema()
            .type(List.of(SchemaType.OBJECT))
            .addProperty("id", createSchema().ref("#/components/schemas/UUID").readOnly(true))
            // As the annotation scanner leaves @Schema(example = ...): in the 3.1 list.
            .addProperty("name", string().examples(List.of("HTX Ea H'leo")))
            .addProperty("identifier", string().pattern("\\d{2}").writeOnly(true))
            .addProperty("status", string().enumeration(List.of("DRAFT", "ACTIVE")))
            .addProperty("registeredOn", string().format("date"))
            .addProperty(
                "updatedAt",
                createSchema()
                    .allOf(List.of(createSchema().ref("#/components/schemas/OffsetDateTime"))))
            .addProperty("email", string().format("email"))
            .addProperty("score", createSchema().type(List.of(SchemaType.NUMBER)))
            .addProperty("tags", createSchema().type(List.of(SchemaType.ARRAY)).items(string()))
            .addProperty(
                "children",
                createSchema()
                    .type(List.of(SchemaType.ARRAY))
                    .items(createSchema().ref("#/components/schemas/Subject")));
    Schema create =
        createSchema()
            .type(List.of(SchemaType.OBJECT))
            .required(List.of("name"))
            .addProperty("name", string().example("HTX Ea H'leo"))
            .addProperty("identifier", string().pattern("\\d{2}"))
            .addProperty("provinceCode", string())
            .addProperty("returnReason", string())
            .addProperty("approvedBy", string().maxLength(6))
            .addProperty(
                "stars",
                createSchema()
                    .type(List.of(SchemaType.INTEGER))
                    .minimum(new BigDecimal(3))
                    .maximum(new BigDecimal(5)));
    OpenAPI doc =
        createOpenAPI()
            .components(
                createComponents()
                    .addSchema("Subject", subject)
                    .addSchema("CreateSubject", create)
                    .addSchema("UUID", string().format("uuid"))
                    .addSchema("OffsetDateTime", string().format("date-time")));
    Operation post =
        createOperation()
            .operationId("createSubject")
            .addSecurityRequirement(createSecurityRequirement().addScheme("bearer"))
            .requestBody(
                createRequestBody()
                    .content(
                        createContent()
                            .addMediaType(
                                "application/json",
                                createMediaType()
                                    .schema(
                                        createSchema().ref("#/components/schemas/CreateSubject")))))
            .responses(
                createAPIResponses()
                    .addAPIResponse(
                        "409",
                        createAPIResponse()
                            .description("The identifier is taken (SUBJECT_IDENTIFIER_TAKEN)")
                            .content(
                                createContent()
                                    .addMediaType(
                                        "application/problem+json",
                                        createMediaType()
                                            .schema(
                                                createSchema()
                                                    .ref("#/components/schemas/Problem")))))
                    .addAPIResponse(
                        "201",
                        createAPIResponse()
                            .description("Created")
                            .content(
                                createContent()
                                    .addMediaType(
                                        "application/json",
                                        createMediaType()
                                            .schema(
                                                createSchema()
                                                    .ref("#/components/schemas/Subject"))))));
    Operation get =
        createOperation()
            .operationId("getSubject")
            .addSecurityRequirement(createSecurityRequirement().addScheme("bearer"))
            .addParameter(
                createParameter()
                    .name("id")
                    .in(Parameter.In.PATH)
                    .required(true)
                    .schema(string().format("uuid").pattern("[0-9a-f-]{36}")))
            .responses(
                createAPIResponses()
                    .addAPIResponse(
                        "200",
                        createAPIResponse()
                            .description("The subject")
                            .content(
                                createContent()
                                    .addMediaType(
                                        "application/json",
                                        createMediaType()
                                            .schema(
                                                createSchema()
                                                    .ref("#/components/schemas/Subject")))))
                    .addAPIResponse(
                        "403", createAPIResponse().description("Not a subject member (FORBIDDEN)"))
                    .addAPIResponse(
                        "404",
                        createAPIResponse()
                            .description("No such subject, or not the caller's to see")));
    Operation ping =
        createOperation()
            .operationId("ping")
            .responses(
                createAPIResponses()
                    .addAPIResponse(
                        "200",
                        createAPIResponse()
                            .description("Alive")
                            .content(
                                createContent()
                                    .addMediaType(
                                        "text/plain",
                                        createMediaType().schema(string().example("pong"))))));
    doc.paths(
        createPaths()
            .addPathItem(SUBJECTS, createPathItem().POST(post))
            .addPathItem(SUBJECT, createPathItem().GET(get))
            .addPathItem(PING, createPathItem().GET(ping)));
    return doc;
  }
}
