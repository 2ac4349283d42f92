package vn.ocop.plan.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Draws target against actual per province as an SVG bar chart, by hand: one group per province
 * holding a target bar and an actual bar (a zero-width target bar where none is set), so the chart
 * needs no plotting library. Every text is XML-escaped.
 */
final class ProgressChart {
  private static final int WIDTH = 960;
  private static final int LABEL_WIDTH = 190;
  private static final int ROW_HEIGHT = 30;
  private static final int BAR_HEIGHT = 11;
  private static final int TOP = 70;
  private static final int BAR_SPACE = WIDTH - LABEL_WIDTH - 90;

  private ProgressChart() {}

  /** One province's pair of bars. */
  record Bar(String provinceCode, String provinceName, BigDecimal target, BigDecimal actual) {}

  static String svg(String title, String subtitle, List<Bar> bars) {
    BigDecimal max = BigDecimal.ONE;
    for (Bar bar : bars) {
      max = max.max(orZero(bar.target())).max(orZero(bar.actual()));
    }
    int height = TOP + bars.size() * ROW_HEIGHT + 30;
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">")
        .append(escape(title))
        .append("</text>\n")
        .append("<text x=\"10\" y=\"42\">")
        .append(escape(subtitle))
        .append("</text>\n")
        .append("<g class=\"legend\">")
        .append("<rect x=\"")
        .append(LABEL_WIDTH)
        .append("\" y=\"50\" width=\"12\" height=\"10\" fill=\"#9aa5b1\"/>")
        .append("<text x=\"")
        .append(LABEL_WIDTH + 16)
        .append("\" y=\"59\">Mục tiêu</text>")
        .append("<rect x=\"")
        .append(LABEL_WIDTH + 90)
        .append("\" y=\"50\" width=\"12\" height=\"10\" fill=\"#2e7d32\"/>")
        .append("<text x=\"")
        .append(LABEL_WIDTH + 106)
        .append("\" y=\"59\">Thực hiện</text></g>\n");
    int y = TOP;
    for (Bar bar : bars) {
      svg.append("<g class=\"province\" data-province=\"")
          .append(escape(bar.provinceCode()))
          .append("\">")
          .append("<text class=\"label\" x=\"")
          .append(LABEL_WIDTH - 8)
          .append("\" y=\"")
          .append(y + BAR_HEIGHT + 4)
          .append("\" text-anchor=\"end\">")
          .append(escape(bar.provinceName()))
          .append("</text>");
      rect(svg, "target", "#9aa5b1", y, bar.target(), max, "Mục tiêu");
      rect(svg, "actual", "#2e7d32", y + BAR_HEIGHT + 2, bar.actual(), max, "Thực hiện");
      svg.append("</g>\n");
      y += ROW_HEIGHT;
    }
    return svg.append("</svg>\n").toString();
  }

  private static void rect(
      StringBuilder svg,
      String kind,
      String colour,
      int y,
      BigDecimal value,
      BigDecimal max,
      String label) {
    BigDecimal width =
        orZero(value).multiply(BigDecimal.valueOf(BAR_SPACE)).divide(max, 1, RoundingMode.HALF_UP);
    String shown = value == null ? "—" : value.stripTrailingZeros().toPlainString();
    svg.append("<rect class=\"")
        .append(kind)
        .append("\" x=\"")
        .append(LABEL_WIDTH)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(String.format(Locale.ROOT, "%.1f", width))
        .append("\" height=\"")
        .append(BAR_HEIGHT)
        .append("\" fill=\"")
        .append(colour)
        .append("\" data-value=\"")
        .append(value == null ? "" : escape(shown))
        .append("\"><title>")
        .append(escape(label + ": " + shown))
        .append("</title></rect>")
        .append("<text class=\"value\" x=\"")
        .append(String.format(Locale.ROOT, "%.1f", width.add(BigDecimal.valueOf(LABEL_WIDTH + 4))))
        .append("\" y=\"")
        .append(y + BAR_HEIGHT - 1)
        .append("\" font-size=\"10\">")
        .append(escape(shown))
        .append("</text>");
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          // Control characters are not allowed in XML 1.0; drop them rather than break the file.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
