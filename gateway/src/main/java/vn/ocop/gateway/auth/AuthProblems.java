package vn.ocop.gateway.auth;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.request.RequestIds;

/** The one authentication answer that needs a header besides the problem: the lockout's delay. */
public class AuthProblems {

  @ServerExceptionMapper
  public Response locked(LoginLockedException e, UriInfo uri) {
    Problem body =
        new Problem(
            Problem.typeOf(e.code()),
            e.title(),
            e.status(),
            e.getMessage(),
            uri.getPath(),
            e.code(),
            RequestIds.current(),
            e.errors().isEmpty() ? null : List.copyOf(e.errors()));
    return Response.status(e.status())
        .type(Problem.MEDIA_TYPE)
        .header("Retry-After", e.retryAfterSeconds())
        .entity(body)
        .build();
  }
}
