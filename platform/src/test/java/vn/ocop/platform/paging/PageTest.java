package vn.ocop.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

  @ParameterizedTest(name = "page {0} size {1} → page {2} size {3}")
  @CsvSource({"1,20,1,20", "0,20,1,20", "-5,20,1,20", "3,0,3,1", "2,500,2,200", "4,200,4,200"})
  void pageAndPageSizeAreClampedNotRejected(
      int page, int size, int expectedPage, int expectedSize) {
    PageQuery query = new PageQuery(page, size);
    assertThat(query.page()).isEqualTo(expectedPage);
    assertThat(query.pageSize()).isEqualTo(expectedSize);
    assertThat(query.offset()).isEqualTo((expectedPage - 1) * expectedSize);
  }

  @ParameterizedTest(name = "total {0}, page {1} of size 10 → {2} pages, prev {3}, next {4}")
  @CsvSource({"0,1,0,,", "5,1,1,,", "10,1,1,,", "11,1,2,,2", "25,2,3,1,3", "25,3,3,2,"})
  void thePagerTellsWhereTheNeighboursAre(
      long total, int page, long pageCount, Integer prev, Integer next) {
    Page<String> result = Page.of(List.of("a"), total, new PageQuery(page, 10));
    assertThat(result.pager().total()).isEqualTo(total);
    assertThat(result.pager().pageCount()).isEqualTo(pageCount);
    assertThat(result.pager().prevPage()).isEqualTo(prev);
    assertThat(result.pager().nextPage()).isEqualTo(next);
  }

  @ParameterizedTest
  @CsvSource({"7"})
  void mappingKeepsThePager(int total) {
    Page<Integer> page = Page.of(List.of(1, 2), total, new PageQuery(1, 2)).map(i -> i * 10);
    assertThat(page.items()).containsExactly(10, 20);
    assertThat(page.pager().pageCount()).isEqualTo(4);
  }
}
