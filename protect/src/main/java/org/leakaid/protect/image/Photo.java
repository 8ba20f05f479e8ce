package org.leakaid.protect.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.leakaid.protect.RefusedInput;

/**
 * A photo or scan decoded for drawing on: upright (EXIF orientation applied), in an RGB or ARGB
 * raster, with nothing of the file's metadata kept (it is read with metadata ignored, and only
 * pixels go on to the writer).
 *
 * <p>Memory is bounded: a picture of more than {@code maxPixels} is decoded with subsampling (every
 * 2nd or 3rd ... pixel of every 2nd or 3rd row, which the JPEG and PNG readers do while decoding,
 * row by row), so a 50 MP phone photo becomes a 12.5 MP raster (about 38 MB) without ever being
 * held at full size. Pictures whose header claims more than {@link #MAX_SOURCE_PIXELS} are refused
 * before decoding: decoding them would take minutes even subsampled.
 *
 * @param image the upright pixels
 * @param sourceWidth width of the picture as stored in the file
 * @param sourceHeight height as stored
 * @param subsampling 1 when decoded at full size, else the step between pixels kept
 * @param orientation the EXIF orientation that was applied (1 = none)
 */
public record Photo(
    BufferedImage image,
    ImageKind kind,
    int sourceWidth,
    int sourceHeight,
    int subsampling,
    int orientation) {

  /** 16.7 MP: more than any ID card or waybill needs, and two rasters of it fit 256 MB. */
  public static final long DEFAULT_MAX_PIXELS = 1L << 24;

  /** 200 MP: the largest picture decoded at all (today's phones take 50 MP, some 200 MP). */
  public static final long MAX_SOURCE_PIXELS = 200_000_000L;

  /** Decodes a JPEG or PNG file. */
  public static Photo read(byte[] file, long maxPixels) {
    ImageKind kind = ImageKind.of(file);
    if (kind == ImageKind.PDF) {
      throw new IllegalArgumentException("a PDF is not a photo; render its pages first");
    }
    int orientation = ExifOrientation.of(file, kind);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw corrupt(kind, null);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || (long) w * h > MAX_SOURCE_PIXELS) {
          throw new RefusedInput(
              RefusedInput.Reason.TOO_LARGE,
              "the picture has "
                  + w
                  + " x "
                  + h
                  + " pixels; at most "
                  + MAX_SOURCE_PIXELS / 1_000_000
                  + " million are read");
        }
        int step = subsamplingFor(w, h, maxPixels);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage decoded = reader.read(0, param);
        return new Photo(upright(decoded, orientation), kind, w, h, step, orientation);
      } finally {
        reader.dispose();
      }
    } catch (IIOException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw corrupt(kind, e);
    } catch (IOException e) {
      throw corrupt(kind, e);
    }
  }

  /** The smallest step that brings {@code w x h} within {@code maxPixels}. */
  static int subsamplingFor(int w, int h, long maxPixels) {
    int step = 1;
    while ((long) ceilDiv(w, step) * ceilDiv(h, step) > maxPixels) {
      step++;
    }
    return step;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private static RefusedInput corrupt(ImageKind kind, Exception cause) {
    String detail = cause == null ? "no decoder" : String.valueOf(cause.getMessage());
    return new RefusedInput(
        RefusedInput.Reason.CORRUPT,
        "the " + kind.name() + " file cannot be decoded (" + detail + ")",
        cause);
  }

  /**
   * The picture turned as the orientation says, in a raster that can be drawn on with colour and
   * alpha (grey and palette images become RGB). Returns {@code decoded} itself when it already is
   * upright and drawable, so a large photo is not copied for nothing.
   */
  static BufferedImage upright(BufferedImage decoded, int orientation) {
    int type = decoded.getType();
    boolean drawable =
        type == BufferedImage.TYPE_3BYTE_BGR
            || type == BufferedImage.TYPE_INT_RGB
            || type == BufferedImage.TYPE_INT_ARGB
            || type == BufferedImage.TYPE_4BYTE_ABGR;
    if (orientation == 1 && drawable) {
      return decoded;
    }
    boolean alpha = decoded.getColorModel().hasAlpha();
    int w = decoded.getWidth();
    int h = decoded.getHeight();
    boolean swap = ExifOrientation.swapsSides(orientation);
    BufferedImage out =
        new BufferedImage(
            swap ? h : w,
            swap ? w : h,
            alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      AffineTransform t = ExifOrientation.transform(orientation, w, h);
      g.drawImage(decoded, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
