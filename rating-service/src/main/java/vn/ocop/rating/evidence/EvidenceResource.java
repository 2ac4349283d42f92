package vn.ocop.rating.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** A dossier's evidence files (hồ sơ minh chứng), sent as raw bodies. */
@Path("/api/rating/v1/dossiers/{id}/evidence")
@Tag(name = "Evidence", description = "Evidence files of a dossier (hồ sơ minh chứng)")
public class EvidenceResource {
  private final EvidenceIndex evidence;
  private final Caller caller;

  EvidenceResource(EvidenceIndex evidence, Caller caller) {
    this.evidence = evidence;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.SUBJECT_MEMBER})
  @Operation(
      operationId = "uploadEvidence",
      summary = "Upload an evidence file",
      description =
          "Attaches a file (tài liệu minh chứng) to criteria of the evaluation sheet of a DRAFT or"
              + " RETURNED dossier. The body is the file itself, with its Content-Type; the name"
              + " comes in X-File-Name (percent-encoded UTF-8 for Vietnamese names). The bytes are"
              + " stored once per SHA-256, which the answer gives as the checksum.")
  @APIResponse(
      responseCode = "201",
      description = "The file is in the evidence index",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A blank title, an unknown kind (rule EvidenceKind), no criterion or a malformed code"
              + " (rule CriterionCode), no file name, an empty body (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not upload evidence (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to prepare (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier is no longer DRAFT or RETURNED (DOSSIER_NOT_EDITABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "The file is larger than the configured limit (EVIDENCE_TOO_LARGE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<EvidenceResponse> upload(
      @PathParam("id") UUID id,
      @QueryParam("title")
          @Parameter(
              required = true,
              description = "What the file is",
              example = "Phiếu kết quả kiểm nghiệm số 125/KN-2025")
          String title,
      @QueryParam("kind")
          @Parameter(
              required = true,
              description = "TEST_REPORT, CERTIFICATE, PHOTO, CONTRACT, LABEL or OTHER",
              example = "TEST_REPORT")
          String kind,
      @QueryParam("criterion")
          @Parameter(
              required = true,
              description = "A criterion code of the sheet the file supports; repeat for several",
              example = "[\"A1a\"]")
          List<String> criteria,
      @HeaderParam("X-File-Name")
          @Parameter(
              required = true,
              description = "The file's name, percent-encoded UTF-8",
              example = "kiem-nghiem-2025.pdf")
          String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
      @RequestBody(
              required = true,
              description = "The file's bytes",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_OCTET_STREAM,
                      schema = @Schema(type = SchemaType.STRING, format = "binary"),
                      examples =
                          @ExampleObject(
                              name = "A test report",
                              summary = "The bytes of a PDF",
                              value = "%PDF-1.7 ...")))
          byte[] content,
      UriInfo uri) {
    Evidence saved =
        evidence.upload(
            id,
            new EvidenceIndex.Upload(
                title, kind, criteria, EvidenceIndex.decodeFileName(fileName), mediaType),
            content,
            caller);
    return RestResponse.ResponseBuilder.<EvidenceResponse>created(
            uri.getAbsolutePathBuilder().path(saved.id().toString()).replaceQuery(null).build())
        .entity(EvidenceResponse.from(saved))
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getEvidenceIndex",
      summary = "Get a dossier's evidence index",
      description =
          "The evidence index (danh mục hồ sơ minh chứng) of a dossier the caller may see, per"
              + " criterion of the sheet, with each file's checksum and size.")
  @APIResponse(
      responseCode = "200",
      description = "The index",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceIndexResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A council member who has not yet declared (no) conflict of interest on the dossier"
              + " (CONFLICT_DECLARATION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public EvidenceIndexResponse index(@PathParam("id") UUID id) {
    return EvidenceIndexResponse.of(id, evidence.list(id, caller));
  }

  @GET
  @Path("/{evidenceId}/content")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "downloadEvidence",
      summary = "Download an evidence file",
      description =
          "The file's bytes as uploaded, with its media type; ETag is the SHA-256 (hex) and"
              + " Digest the same as sha-256=<base64>, so the reader can check what it got.")
  @APIResponse(
      responseCode = "200",
      description =
          "The file, with the media type it was uploaded with (application/pdf, image/jpeg…;"
              + " application/octet-stream when none was given)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = MediaType.WILDCARD,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A council member who has not yet declared (no) conflict of interest on the dossier"
              + " (CONFLICT_DECLARATION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier or file, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
    EvidenceIndex.File file = evidence.download(id, evidenceId, caller);
    Evidence entry = file.evidence();
    String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(entry.checksum()));
    byte[] content = file.content();
    // Streamed as-is: no entity writer (JSON included) may re-encode the stored bytes.
    StreamingOutput bytes = output -> output.write(content);
    return Response.ok(bytes, entry.mediaType())
        .header(HttpHeaders.CONTENT_LENGTH, content.length)
        .header(HttpHeaders.ETAG, "\"" + entry.checksum() + "\"")
        .header("Digest", "sha-256=" + digest)
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(entry.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }

  @DELETE
  @Path("/{evidenceId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.SUBJECT_MEMBER})
  @Operation(
      operationId = "removeEvidence",
      summary = "Remove an evidence file",
      description =
          "Takes a file out of the evidence index of a DRAFT or RETURNED dossier. The stored bytes"
              + " stay, since copies of the dossier may share them.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(
      responseCode = "403",
      description = "The role may not change evidence (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier or file, or not the caller's to prepare (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier is no longer DRAFT or RETURNED (DOSSIER_NOT_EDITABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RestResponse<Void> remove(
      @PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
    evidence.remove(id, evidenceId, caller);
    return RestResponse.noContent();
  }
}
