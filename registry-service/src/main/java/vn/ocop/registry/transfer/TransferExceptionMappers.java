package vn.ocop.registry.transfer;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.request.RequestIds;

/** Answers a rejected import with problem+json that carries its row report. */
public class TransferExceptionMappers {

  @ServerExceptionMapper
  public Response rejected(ImportRejectedException e, UriInfo uri) {
    ImportProblem body =
        new ImportProblem(
            Problem.typeOf(e.code()),
            e.title(),
            e.status(),
            e.getMessage(),
            uri == null ? null : uri.getPath(),
            e.code(),
            RequestIds.current(),
            e.errors().isEmpty() ? null : e.errors(),
            e.report());
    return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
  }
}
