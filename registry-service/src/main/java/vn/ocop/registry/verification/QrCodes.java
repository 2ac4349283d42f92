package vn.ocop.registry.verification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes (mã QR) of verification URLs, as printed on labels and certificates: error correction M
 * (a label may be scuffed), a quiet zone of 4 modules as the standard asks. PNG through ImageIO (no
 * display needed: a raster, no fonts or windows), SVG drawn from the module matrix as one path.
 */
final class QrCodes {
  static final int QUIET_ZONE = 4;
  static final int MIN_SIZE = 64;
  static final int MAX_SIZE = 2048;
  static final int DEFAULT_SIZE = 256;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN,
          QUIET_ZONE,
          EncodeHintType.CHARACTER_SET,
          StandardCharsets.UTF_8.name());

  private QrCodes() {}

  /** A size in pixels within the range a printer or a screen needs. */
  static int clamp(int size) {
    return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
  }

  /**
   * The modules of the code, quiet zone included, scaled to at most {@code size} pixels a side (0
   * for one pixel per module).
   */
  static BitMatrix matrix(String text, int size) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    }
  }

  /** A black-on-white PNG of {@code size} pixels a side. */
  static byte[] png(String text, int size) {
    BitMatrix matrix = matrix(text, size);
    BufferedImage image =
        new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * An SVG of {@code size} pixels a side whose user units are modules: a white background and one
   * path of the dark modules, each row's runs as rectangles, so that it scales without blur.
   */
  static String svg(String text, int size) {
    BitMatrix matrix = matrix(text, 0);
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      int x = 0;
      while (x < width) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < width && matrix.get(x, y)) {
          x++;
        }
        int run = x - start;
        path.append('M')
            .append(start)
            .append(' ')
            .append(y)
            .append('h')
            .append(run)
            .append("v1h-")
            .append(run)
            .append('z');
      }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
        + size
        + "\" height=\""
        + size
        + "\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\" shape-rendering=\"crispEdges\">"
        + "<title>"
        + escape(text)
        + "</title>"
        + "<rect width=\""
        + width
        + "\" height=\""
        + height
        + "\" fill=\"#ffffff\"/>"
        + "<path fill=\"#000000\" d=\""
        + path
        + "\"/></svg>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
