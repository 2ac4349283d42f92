package vn.ocop.registry.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

  @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Cà phê | ca phe",
        "CÀ PHÊ BỘT | ca phe bot",
        "Đắk Lắk | dak lak",
        "đặc sản ĐỒNG THÁP | dac san dong thap",
        "Rượu Bàu Đá | ruou bau da",
        "Nước mắm Phú Quốc | nuoc mam phu quoc",
        "Mật ong hoa cà phê | mat ong hoa ca phe",
        "Trà Shan tuyết cổ thụ | tra shan tuyet co thu",
        "Thủy sản | thuy san",
        "Thuỷ sản | thuy san",
        "'  HTX   Nông-sản, Ea Tu. ' | htx nong san ea tu",
        "Mắm tôm Hậu Lộc 100% | mam tom hau loc 100",
        "Ưu đãi Ơn Ởn | uu dai on on",
        "Ỹ ỳ ý ỷ ỵ | y y y y y",
        "'!!! ...' | ''",
      })
  void foldsVietnameseToPlainLowerCaseWords(String text, String folded) {
    assertThat(SearchText.of(text)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource({"Cà phê Buôn Ma Thuột", "Đắk Lắk", "Bánh tráng phơi sương Trảng Bàng"})
  void precomposedAndCombiningFormsFoldAlike(String text) {
    String combining = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(combining).isNotEqualTo(text);
    assertThat(SearchText.of(combining)).isEqualTo(SearchText.of(text));
  }

  @org.junit.jupiter.api.Test
  void nullStaysNull() {
    assertThat(SearchText.of(null)).isNull();
  }
}
