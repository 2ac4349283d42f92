package vn.ocop.platform.problem;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path parameter, or a query parameter the operation reads, holding the NUL character:
 * PostgreSQL cannot store or even compare a text with it, so it would fail the query with a 500
 * (found by fuzzing).
 */
public class NulParameterFilter {

  @ServerRequestFilter
  public void refuseNul(UriInfo uri, ResourceInfo resource) {
    check(uri.getPathParameters(), null);
    // Only the parameters the operation reads: an unknown one is ignored, whatever it holds.
    check(uri.getQueryParameters(), UnreadableParameters.declaredQueryNames(resource));
  }

  private static void check(MultivaluedMap<String, String> parameters, Set<String> read) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (read != null && !read.contains(parameter.getKey())) {
        continue;
      }
      for (String value : parameter.getValue()) {
        if (value != null && value.indexOf('\u0000') >= 0) {
          throw ProblemException.invalidField(
              parameter.getKey(), "NoNul", "must not contain the NUL character");
        }
      }
    }
  }
}
