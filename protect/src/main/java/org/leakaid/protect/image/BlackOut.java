package org.leakaid.protect.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.leakaid.protect.RefusedInput;

/**
 * Paints areas of a photo solid black (a parcel label's name, phone and address before the box is
 * thrown away or the photo is posted) and writes it without metadata. Solid, not blurred: a blur or
 * mosaic of printed digits can often be read back.
 */
public final class BlackOut {

  /** At most this many areas per picture. */
  public static final int MAX_AREAS = 50;

  /**
   * An area as fractions of the upright picture's width and height (0..1), so it does not depend on
   * the size at which the picture was shown or decoded.
   */
  public record Area(double x, double y, double width, double height) {
    public Area {
      if (!(x >= 0 && y >= 0 && width > 0 && height > 0)
          || x + width > 1.0001
          || y + height > 1.0001) {
        throw new RefusedInput(
            RefusedInput.Reason.BAD_AREAS,
            "an area must lie inside the picture: x, y, width and height as fractions 0..1");
      }
    }
  }

  /** What came out. */
  public record Result(ImageKind kind, byte[] bytes, int width, int height, int subsampling) {}

  private BlackOut() {}

  /**
   * The picture with every area black. An empty list still strips the metadata.
   *
   * @throws RefusedInput for what is not a JPEG or PNG, a corrupt or too large picture, or too many
   *     areas
   */
  public static Result apply(byte[] input, List<Area> areas, long maxPixels) {
    if (areas.size() > MAX_AREAS) {
      throw new RefusedInput(
          RefusedInput.Reason.BAD_AREAS, "at most " + MAX_AREAS + " areas per picture");
    }
    ImageKind kind = ImageKind.of(input);
    if (kind == ImageKind.PDF) {
      throw new RefusedInput(
          RefusedInput.Reason.UNSUPPORTED_TYPE,
          "a waybill must be a photo (JPEG or PNG), not a PDF");
    }
    Photo photo = Photo.read(input, maxPixels);
    BufferedImage image = photo.image();
    int w = image.getWidth();
    int h = image.getHeight();
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.BLACK);
      for (Area a : areas) {
        int x0 = (int) Math.floor(a.x() * w);
        int y0 = (int) Math.floor(a.y() * h);
        int x1 = (int) Math.ceil((a.x() + a.width()) * w);
        int y1 = (int) Math.ceil((a.y() + a.height()) * h);
        g.fillRect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
      }
    } finally {
      g.dispose();
    }
    return new Result(kind, PhotoWriter.write(image, kind), w, h, photo.subsampling());
  }
}
