package vn.ocop.platform.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code pageSize} query parameters of every list. Out-of-range values are
 * clamped rather than rejected: page 0 is page 1, a page size over the cap is the cap.
 */
public class PageQuery {
  public static final int MAX_PAGE_SIZE = 200;
  public static final int DEFAULT_PAGE_SIZE = 20;

  @QueryParam("page")
  @DefaultValue("1")
  @Parameter(description = "Page number, from 1", example = "1")
  int page = 1;

  @QueryParam("pageSize")
  @DefaultValue("20")
  @Parameter(description = "Items per page, 1 to 200", example = "20")
  int pageSize = DEFAULT_PAGE_SIZE;

  public PageQuery() {}

  public PageQuery(int page, int pageSize) {
    this.page = page;
    this.pageSize = pageSize;
  }

  /** 1-based page number. */
  public int page() {
    return Math.max(1, page);
  }

  public int pageSize() {
    return Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize));
  }

  /** 0-based index for Panache's {@code page(index, size)}. */
  public int index() {
    return page() - 1;
  }

  public int offset() {
    return index() * pageSize();
  }
}
