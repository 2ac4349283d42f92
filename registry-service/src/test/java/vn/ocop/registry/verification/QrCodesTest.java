package vn.ocop.registry.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {
  static final String URL = "https://ocop.example.vn/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh";
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

  @Test
  void pngOfTheRequestedSizeDecodesToTheUrl() throws Exception {
    byte[] png = QrCodes.png(URL, 300);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(300);
    assertThat(image.getHeight()).isEqualTo(300);
    assertThat(decode(image)).isEqualTo(URL);
  }

  @Test
  void pngKeepsAQuietZoneOfFourModules() throws Exception {
    BitMatrix modules = QrCodes.matrix(URL, 0);
    int moduleCount = modules.getWidth() - 2 * QrCodes.QUIET_ZONE;
    for (int i = 0; i < QrCodes.QUIET_ZONE; i++) {
      for (int j = 0; j < modules.getWidth(); j++) {
        assertThat(modules.get(i, j)).isFalse();
        assertThat(modules.get(j, i)).isFalse();
      }
    }
    // The finder pattern's corner sits right after the quiet zone.
    assertThat(modules.get(QrCodes.QUIET_ZONE, QrCodes.QUIET_ZONE)).isTrue();
    assertThat(moduleCount % 4).as("21 + 4k modules a side").isEqualTo(1);
  }

  @Test
  void svgIsOnePathOfModuleRunsThatDecodesToTheUrl() throws Exception {
    String svg = QrCodes.svg(URL, 512);
    BitMatrix modules = QrCodes.matrix(URL, 0);
    int side = modules.getWidth();

    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(svg)
        .contains(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"512\""
                + " height=\"512\" viewBox=\"0 0 "
                + side
                + " "
                + side
                + "\"");
    assertThat(svg).contains("<title>" + URL + "</title>");
    assertThat(count(svg, "<path ")).isEqualTo(1);
    assertThat(count(svg, "<rect ")).isEqualTo(1);
    assertThat(svg).endsWith("</svg>\n");

    // Redraw the path's runs on a grid: it must be exactly the code's modules.
    String d = svg.substring(svg.indexOf(" d=\"") + 4, svg.indexOf("\"/></svg>"));
    assertThat(d.replaceAll(RUN.pattern(), "")).as("nothing but runs").isEmpty();
    BitMatrix drawn = new BitMatrix(side);
    Matcher run = RUN.matcher(d);
    while (run.find()) {
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int length = Integer.parseInt(run.group(3));
      assertThat(run.group(4)).isEqualTo(run.group(3));
      drawn.setRegion(x, y, length, 1);
    }
    assertThat(drawn).isEqualTo(modules);
    assertThat(decode(image(drawn, 8))).isEqualTo(URL);
  }

  @Test
  void sizesAreClampedToWhatAPrinterOrScreenNeeds() {
    assertThat(QrCodes.clamp(1)).isEqualTo(QrCodes.MIN_SIZE);
    assertThat(QrCodes.clamp(100_000)).isEqualTo(QrCodes.MAX_SIZE);
    assertThat(QrCodes.clamp(300)).isEqualTo(300);
  }

  static String decode(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE))
        .getText();
  }

  private static BufferedImage image(BitMatrix modules, int scale) {
    int side = modules.getWidth() * scale;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        image.setRGB(x, y, modules.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
      }
    }
    return image;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
