package org.leakaid.protect.watermark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.leakaid.protect.RefusedInput;
import org.leakaid.protect.image.ImageKind;
import org.leakaid.protect.image.TestPictures;

class WatermarkerTest {

  static final String TEXT = WatermarkText.forUse("某某银行", "办理开户", LocalDate.of(2026, 11, 30));

  final Watermarker watermarker = new Watermarker();

  static byte[] jpeg(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static BufferedImage decode(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  @Test
  void textSaysWhoGetsTheCopyAndForWhat() {
    assertThat(TEXT).isEqualTo("仅供某某银行办理开户使用，他用无效 2026年11月30日");
  }

  /** Every cell of a 10 x 10 grid has pixels the watermark changed: no crop keeps a clean copy. */
  @Test
  void coversEveryCellOfAGrid() throws IOException {
    for (int[] size : new int[][] {{1600, 1000}, {640, 1136}, {400, 260}}) {
      BufferedImage white = TestPictures.plain(size[0], size[1], Color.WHITE);
      byte[] out = watermarker.apply(png(white), TEXT).bytes();
      BufferedImage marked = decode(out);
      assertThat(marked.getWidth()).isEqualTo(size[0]);
      int cells = 10;
      for (int cy = 0; cy < cells; cy++) {
        for (int cx = 0; cx < cells; cx++) {
          assertThat(changedPixels(marked, cx, cy, cells))
              .as("cell %d,%d of %dx%d", cx, cy, size[0], size[1])
              .isGreaterThan(0);
        }
      }
    }
  }

  private static int changedPixels(BufferedImage image, int cx, int cy, int cells) {
    int x0 = cx * image.getWidth() / cells;
    int x1 = (cx + 1) * image.getWidth() / cells;
    int y0 = cy * image.getHeight() / cells;
    int y1 = (cy + 1) * image.getHeight() / cells;
    int changed = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          changed++;
        }
      }
    }
    return changed;
  }

  @Test
  void theDocumentStaysReadableUnderTheWatermark() throws IOException {
    BufferedImage black = TestPictures.plain(800, 500, Color.BLACK);
    BufferedImage marked = decode(watermarker.apply(png(black), TEXT).bytes());
    long dark = 0;
    for (int y = 0; y < 500; y += 2) {
      for (int x = 0; x < 800; x += 2) {
        if ((marked.getRGB(x, y) & 0xFF) < 40) {
          dark++;
        }
      }
    }
    // Semi-transparent and spaced out: most of the picture is as it was.
    assertThat(dark).isGreaterThan(800 * 500 / 4 / 2);
  }

  @Test
  void jpegMetadataIsGoneAndOrientationApplied() throws IOException {
    // Stored 300 x 200 with a red block top-left; EXIF says "rotate 90 degrees clockwise to view".
    BufferedImage stored = TestPictures.plain(300, 200, Color.WHITE);
    java.awt.Graphics2D g = stored.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 60, 60);
    g.dispose();
    byte[] phone = TestPictures.withPhoneMetadata(jpeg(stored), 6);
    assertThat(TestPictures.contains(phone, TestPictures.CAMERA_MAKE)).isTrue();
    assertThat(TestPictures.contains(phone, TestPictures.XMP_MARKER)).isTrue();

    Watermarker.Result result = watermarker.apply(phone, TEXT);

    assertThat(result.kind()).isEqualTo(ImageKind.JPEG);
    byte[] out = result.bytes();
    for (String trace :
        new String[] {
          "Exif",
          TestPictures.CAMERA_MAKE,
          TestPictures.CAMERA_MODEL,
          TestPictures.XMP_MARKER,
          "http://ns.adobe.com/xap",
          "GPS"
        }) {
      assertThat(TestPictures.contains(out, trace)).as(trace).isFalse();
    }
    BufferedImage upright = decode(out);
    assertThat(upright.getWidth()).isEqualTo(200);
    assertThat(upright.getHeight()).isEqualTo(300);
    // Turned clockwise, the top-left block is now top-right.
    Color topRight = new Color(upright.getRGB(200 - 20, 20));
    assertThat(topRight.getRed()).isGreaterThan(150);
    assertThat(topRight.getGreen()).isLessThan(120);
  }

  @Test
  void pngMetadataIsGone() throws IOException {
    byte[] png = TestPictures.pngWithMetadata(png(TestPictures.plain(240, 120, Color.WHITE)), 8);
    byte[] out = watermarker.apply(png, TEXT).bytes();
    assertThat(ImageKind.of(out)).isEqualTo(ImageKind.PNG);
    for (String chunk : new String[] {"eXIf", "tEXt", "iTXt", "zTXt", "tIME"}) {
      assertThat(TestPictures.contains(out, chunk)).as(chunk).isFalse();
    }
    assertThat(TestPictures.contains(out, TestPictures.CAMERA_MAKE)).isFalse();
    BufferedImage upright = decode(out);
    assertThat(upright.getWidth()).isEqualTo(120); // orientation 8 applied
  }

  @Test
  void pdfIsRebuiltFromWatermarkedPagesWithoutItsMetadata() throws IOException {
    byte[] original;
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 2; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.setNonStrokingColor(Color.WHITE);
          content.addRect(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
          content.fill();
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setAuthor("张伟");
      info.setCreator("ScannerApp 13812345678");
      PDMetadata xmp = new PDMetadata(doc);
      xmp.importXMPMetadata(
          ("<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + TestPictures.XMP_MARKER + "</x:xmpmeta>")
              .getBytes(StandardCharsets.UTF_8));
      doc.getDocumentCatalog().setMetadata(xmp);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      original = out.toByteArray();
    }

    Watermarker.Result result = watermarker.apply(original, TEXT);

    assertThat(result.kind()).isEqualTo(ImageKind.PDF);
    assertThat(result.pages()).isEqualTo(2);
    try (PDDocument marked = Loader.loadPDF(result.bytes())) {
      assertThat(marked.getNumberOfPages()).isEqualTo(2);
      assertThat(marked.getDocumentInformation().getAuthor()).isNull();
      assertThat(marked.getDocumentInformation().getCreator()).isNull();
      assertThat(marked.getDocumentCatalog().getMetadata()).isNull();
      assertThat(marked.getPage(0).getMediaBox().getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
      BufferedImage page = new PDFRenderer(marked).renderImageWithDPI(1, 72);
      for (int cy = 0; cy < 8; cy++) {
        for (int cx = 0; cx < 8; cx++) {
          assertThat(changedPixels(page, cx, cy, 8)).as("page 2 cell %d,%d", cx, cy).isPositive();
        }
      }
    }
    assertThat(TestPictures.contains(result.bytes(), TestPictures.XMP_MARKER)).isFalse();
    assertThat(TestPictures.contains(result.bytes(), "ScannerApp")).isFalse();
  }

  @Test
  void badInputIsRefusedWithAReason() throws IOException {
    assertThatThrownBy(() -> watermarker.apply("plain text".getBytes(StandardCharsets.UTF_8), TEXT))
        .isInstanceOfSatisfying(
            RefusedInput.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedInput.Reason.UNSUPPORTED_TYPE));
    byte[] truncated = java.util.Arrays.copyOf(jpeg(TestPictures.plain(50, 50, Color.GRAY)), 40);
    assertThatThrownBy(() -> watermarker.apply(truncated, TEXT))
        .isInstanceOfSatisfying(
            RefusedInput.class, e -> assertThat(e.reason()).isEqualTo(RefusedInput.Reason.CORRUPT));
    byte[] heic = new byte[64];
    System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
    assertThatThrownBy(() -> watermarker.apply(heic, TEXT))
        .isInstanceOfSatisfying(
            RefusedInput.class, e -> assertThat(e.reason()).isEqualTo(RefusedInput.Reason.HEIC));
    byte[] picture = png(TestPictures.plain(50, 50, Color.GRAY));
    assertThatThrownBy(() -> watermarker.apply(picture, "仅供\u0378使用"))
        .isInstanceOfSatisfying(
            RefusedInput.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedInput.Reason.TEXT_NOT_DRAWABLE));
    assertThatThrownBy(() -> watermarker.apply(picture, "  "))
        .isInstanceOfSatisfying(
            RefusedInput.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedInput.Reason.TEXT_MISSING));
    assertThatThrownBy(() -> watermarker.apply(picture, "长".repeat(61)))
        .isInstanceOfSatisfying(
            RefusedInput.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedInput.Reason.TEXT_TOO_LONG));
  }

  @Test
  void aPdfWithAPasswordIsRefusedAsEncrypted() throws IOException {
    byte[] locked;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      locked = out.toByteArray();
    }
    assertThatThrownBy(() -> watermarker.apply(locked, TEXT))
        .isInstanceOfSatisfying(
            RefusedInput.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedInput.Reason.ENCRYPTED));
  }
}
