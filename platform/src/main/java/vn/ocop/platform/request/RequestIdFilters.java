package vn.ocop.platform.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Reads or creates the request id, puts it in the logging context and echoes it back. */
public class RequestIdFilters {
  private static final String PROPERTY = "ocop.requestId";

  @ServerRequestFilter(preMatching = true)
  public void accept(ContainerRequestContext request) {
    String id = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
    request.setProperty(PROPERTY, id);
    RequestIds.set(id);
  }

  @ServerResponseFilter
  public void echo(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(PROPERTY);
    if (id != null) {
      response.getHeaders().putSingle(RequestIds.HEADER, id.toString());
    }
  }
}
