package vn.ocop.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list: {@code {items, pager}}. */
public record Page<T>(List<T> items, Pager pager) {

  /**
   * @param total number of items over all pages
   * @param prevPage null on the first page
   * @param nextPage null on the last page
   */
  public record Pager(
      int page,
      int pageSize,
      long total,
      long pageCount,
      @Schema(nullable = true) Integer prevPage,
      @Schema(nullable = true) Integer nextPage) {}

  public static <T> Page<T> of(List<T> items, long total, PageQuery query) {
    long pageCount = total == 0 ? 0 : (total + query.pageSize() - 1) / query.pageSize();
    Integer prev = query.page() > 1 ? query.page() - 1 : null;
    Integer next = query.page() < pageCount ? query.page() + 1 : null;
    return new Page<>(
        List.copyOf(items),
        new Pager(query.page(), query.pageSize(), total, pageCount, prev, next));
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), pager);
  }
}
