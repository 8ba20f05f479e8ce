package org.leakaid.protect.image;

import java.awt.geom.AffineTransform;

/**
 * The EXIF orientation of a photo (tag 0x0112): how the camera held the sensor, which viewers apply
 * when they show it. Stripping the metadata without applying it would turn a phone's portrait photo
 * on its side, so it is read here first and applied to the pixels. Read from a JPEG's APP1 Exif
 * segment or a PNG's eXIf chunk; 1 (as stored) when absent or unreadable.
 */
public final class ExifOrientation {

  private ExifOrientation() {}

  /** The orientation, 1 to 8. */
  public static int of(byte[] file, ImageKind kind) {
    try {
      return switch (kind) {
        case JPEG -> fromJpeg(file);
        case PNG -> fromPng(file);
        case PDF -> 1;
      };
    } catch (RuntimeException malformed) {
      return 1; // metadata that cannot be read cannot say to turn the picture
    }
  }

  /** Orientations 5 to 8 swap width and height. */
  public static boolean swapsSides(int orientation) {
    return orientation >= 5 && orientation <= 8;
  }

  /**
   * The transform from stored pixels to displayed pixels for an image stored {@code w} x {@code h}.
   */
  public static AffineTransform transform(int orientation, int w, int h) {
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> { // mirrored horizontally
        t.translate(w, 0);
        t.scale(-1, 1);
      }
      case 3 -> { // rotated 180
        t.translate(w, h);
        t.rotate(Math.PI);
      }
      case 4 -> { // mirrored vertically
        t.translate(0, h);
        t.scale(1, -1);
      }
      case 5 -> { // mirrored along the top-left diagonal
        t.rotate(Math.PI / 2);
        t.scale(1, -1);
      }
      case 6 -> { // rotate 90 clockwise to view
        t.translate(h, 0);
        t.rotate(Math.PI / 2);
      }
      case 7 -> { // mirrored along the top-right diagonal
        t.scale(-1, 1);
        t.translate(-h, 0);
        t.translate(0, w);
        t.rotate(3 * Math.PI / 2);
      }
      case 8 -> { // rotate 90 counter-clockwise to view
        t.translate(0, w);
        t.rotate(3 * Math.PI / 2);
      }
      default -> {}
    }
    return t;
  }

  private static int fromJpeg(byte[] b) {
    int i = 2;
    while (i + 4 <= b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return 1;
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) {
        return 1; // image data starts: no Exif before it
      }
      int length = u16(b, i + 2, false);
      int data = i + 4;
      if (marker == 0xE1
          && length >= 8
          && data + 6 <= b.length
          && b[data] == 'E'
          && b[data + 1] == 'x'
          && b[data + 2] == 'i'
          && b[data + 3] == 'f'
          && b[data + 4] == 0
          && b[data + 5] == 0) {
        return fromTiff(b, data + 6, Math.min(b.length, i + 2 + length));
      }
      i += 2 + length;
    }
    return 1;
  }

  private static int fromPng(byte[] b) {
    int i = 8;
    while (i + 8 <= b.length) {
      int length = (int) u32(b, i, false);
      if (length < 0 || i + 12L + length > b.length) {
        return 1;
      }
      String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if (type.equals("eXIf")) {
        return fromTiff(b, i + 8, i + 8 + length);
      }
      if (type.equals("IDAT") || type.equals("IEND")) {
        return 1; // eXIf must come before the image data to count
      }
      i += 12 + length;
    }
    return 1;
  }

  private static int fromTiff(byte[] b, int start, int end) {
    boolean little;
    if (b[start] == 'I' && b[start + 1] == 'I') {
      little = true;
    } else if (b[start] == 'M' && b[start + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    long ifd = u32(b, start + 4, little);
    int at = (int) (start + ifd);
    if (ifd < 8 || at + 2 > end) {
      return 1;
    }
    int entries = u16(b, at, little);
    for (int e = 0; e < entries; e++) {
      int entry = at + 2 + 12 * e;
      if (entry + 12 > end) {
        return 1;
      }
      if (u16(b, entry, little) == 0x0112) {
        int value = u16(b, entry + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int i, boolean little) {
    int a = b[i] & 0xFF;
    int c = b[i + 1] & 0xFF;
    return little ? a | c << 8 : a << 8 | c;
  }

  private static long u32(byte[] b, int i, boolean little) {
    long v = 0;
    for (int k = 0; k < 4; k++) {
      int shift = little ? 8 * k : 8 * (3 - k);
      v |= (long) (b[i + k] & 0xFF) << shift;
    }
    return v;
  }
}
