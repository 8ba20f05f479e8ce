package org.leakaid.protect.watermark;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.leakaid.protect.RefusedInput;
import org.leakaid.protect.image.ImageKind;
import org.leakaid.protect.image.Photo;
import org.leakaid.protect.image.PhotoWriter;

/**
 * Puts a tiled watermark on a photo, a scan or a PDF and strips all metadata. Works in memory: the
 * caller decides whether the result is kept.
 *
 * <p>A PDF is rendered page by page to pictures ({@value #PDF_DPI} dpi) and rebuilt from them with
 * the watermark drawn into the pixels. A watermark added as a layer on top of the original pages
 * could be deleted with any PDF editor, and the original's images could carry their own EXIF data;
 * the rebuilt file has neither, and no document information or XMP of the original.
 */
public final class Watermarker {

  /** Enough for print and for reading an ID card's small type; an A4 page is 2.2 MP. */
  static final float PDF_DPI = 150f;

  /** More pages than an ID card or a contract has; each page costs a render. */
  public static final int MAX_PDF_PAGES = 30;

  /** What came out. */
  public record Result(ImageKind kind, byte[] bytes, int pages, int subsampling) {}

  private final long maxPixels;

  public Watermarker() {
    this(Photo.DEFAULT_MAX_PIXELS);
  }

  /** {@code maxPixels}: larger pictures are decoded subsampled to at most this many pixels. */
  public Watermarker(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  /**
   * The watermarked file, of the same kind as the input.
   *
   * @throws RefusedInput for a file that is not a JPEG, PNG or PDF, cannot be decoded, is too
   *     large, or a text that cannot be drawn
   */
  public Result apply(byte[] input, String text) {
    ImageKind kind = ImageKind.of(input);
    String checked = WatermarkText.checked(text);
    WatermarkFont.styled(checked, 12f); // refuses undrawable text before any decoding
    if (kind == ImageKind.PDF) {
      return pdf(input, checked);
    }
    Photo photo = Photo.read(input, maxPixels);
    BufferedImage image = photo.image();
    TiledText.draw(image, checked);
    return new Result(kind, PhotoWriter.write(image, kind), 1, photo.subsampling());
  }

  private Result pdf(byte[] input, String text) {
    try (PDDocument original = open(input);
        PDDocument rebuilt = new PDDocument()) {
      int pages = original.getNumberOfPages();
      if (pages > MAX_PDF_PAGES) {
        throw new RefusedInput(
            RefusedInput.Reason.TOO_LARGE,
            "the PDF has " + pages + " pages; at most " + MAX_PDF_PAGES + " are watermarked");
      }
      if (pages == 0) {
        throw new RefusedInput(RefusedInput.Reason.CORRUPT, "the PDF has no pages");
      }
      PDFRenderer renderer = new PDFRenderer(original);
      renderer.setSubsamplingAllowed(true);
      List<PDRectangle> sizes = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        PDPage page = original.getPage(i);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float wPt = turned ? box.getHeight() : box.getWidth();
        float hPt = turned ? box.getWidth() : box.getHeight();
        float dpi = dpiFor(wPt, hPt);
        BufferedImage picture = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
        TiledText.draw(picture, text);
        PDImageXObject image = JPEGFactory.createFromImage(rebuilt, picture, 0.85f);
        PDRectangle size = new PDRectangle(wPt, hPt);
        PDPage out = new PDPage(size);
        rebuilt.addPage(out);
        try (PDPageContentStream content = new PDPageContentStream(rebuilt, out)) {
          content.drawImage(image, 0, 0, wPt, hPt);
        }
        sizes.add(size);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      rebuilt.save(bytes);
      return new Result(ImageKind.PDF, bytes.toByteArray(), sizes.size(), 1);
    } catch (IOException e) {
      throw new RefusedInput(
          RefusedInput.Reason.CORRUPT, "the PDF cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** {@value #PDF_DPI} dpi, less for a page so large that it would pass the pixel bound. */
  float dpiFor(float widthPt, float heightPt) {
    double pixelsAtDpi = (widthPt / 72.0 * PDF_DPI) * (heightPt / 72.0 * PDF_DPI);
    if (pixelsAtDpi <= maxPixels) {
      return PDF_DPI;
    }
    return (float) (PDF_DPI * Math.sqrt(maxPixels / pixelsAtDpi));
  }

  private static PDDocument open(byte[] input) throws IOException {
    try {
      return Loader.loadPDF(input);
    } catch (InvalidPasswordException e) {
      throw new RefusedInput(
          RefusedInput.Reason.ENCRYPTED,
          "the PDF needs a password: open it, print it to a new PDF without one, and try again",
          e);
    } catch (IOException | RuntimeException e) {
      throw new RefusedInput(
          RefusedInput.Reason.CORRUPT, "the PDF cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
