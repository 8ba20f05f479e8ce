package org.leakaid.protect.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Pictures for the tests, made here: a plain or patterned image, and JPEGs carrying the metadata a
 * phone writes (EXIF with camera and GPS position, XMP), spliced in as real files have them.
 */
public final class TestPictures {

  public static final String CAMERA_MAKE = "LeakAidTestCam";
  public static final String CAMERA_MODEL = "Model-GPS-9000";
  public static final String XMP_MARKER = "xmp-secret-location";

  private TestPictures() {}

  /** A light-grey picture with a darker frame, like a scanned card. */
  public static BufferedImage plain(int w, int h, Color color) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }

  /**
   * {@code jpeg} with an APP1 Exif segment (Make, Model, Orientation, a GPS IFD with latitude and
   * longitude) and an APP1 XMP segment right after SOI.
   */
  public static byte[] withPhoneMetadata(byte[] jpeg, int orientation) {
    byte[] exif = exifSegment(orientation);
    byte[] xmp = xmpSegment();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.writeBytes(exif);
    out.writeBytes(xmp);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A PNG with an eXIf chunk (orientation, camera) and a tEXt chunk before the image data. */
  public static byte[] pngWithMetadata(byte[] png, int orientation) {
    byte[] tiff = tiff(orientation);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int ihdrEnd = 8 + 4 + 4 + 13 + 4;
    out.write(png, 0, ihdrEnd);
    out.writeBytes(chunk("eXIf", tiff));
    out.writeBytes(chunk("tEXt", ("Comment\0" + XMP_MARKER).getBytes(StandardCharsets.ISO_8859_1)));
    out.write(png, ihdrEnd, png.length - ihdrEnd);
    return out.toByteArray();
  }

  private static byte[] chunk(String type, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(12 + data.length).order(ByteOrder.BIG_ENDIAN);
    b.putInt(data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    b.put(t);
    b.put(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(t);
    crc.update(data);
    b.putInt((int) crc.getValue());
    return b.array();
  }

  private static byte[] exifSegment(int orientation) {
    byte[] tiff = tiff(orientation);
    ByteBuffer b = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
    b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
    b.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
    b.put(tiff);
    return b.array();
  }

  private static byte[] xmpSegment() {
    byte[] ns = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    byte[] xml =
        ("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description exif:GPSLatitude='39,54.5N' xmlns:exif='http://ns.adobe.com/exif/1.0/'>"
                + XMP_MARKER
                + "</rdf:Description></rdf:RDF></x:xmpmeta>")
            .getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(4 + ns.length + xml.length);
    b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + ns.length + xml.length));
    b.put(ns).put(xml);
    return b.array();
  }

  /** Little-endian TIFF: IFD0 with Make, Model, Orientation, GPS pointer; a GPS IFD. */
  static byte[] tiff(int orientation) {
    byte[] make = (CAMERA_MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
    byte[] model = (CAMERA_MODEL + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    int ifd0Entries = 4;
    int ifd0Size = 2 + 12 * ifd0Entries + 4;
    int makeAt = 8 + ifd0Size;
    int modelAt = makeAt + make.length;
    int gpsAt = modelAt + model.length;
    // IFD0
    b.putShort((short) ifd0Entries);
    entry(b, 0x010F, 2, make.length, makeAt);
    entry(b, 0x0110, 2, model.length, modelAt);
    b.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    entry(b, 0x8825, 4, 1, gpsAt);
    b.putInt(0);
    b.put(make).put(model);
    // GPS IFD: latitude ref N, latitude 39/1 54/1 30/1
    int gpsEntries = 2;
    int ratAt = gpsAt + 2 + 12 * gpsEntries + 4;
    b.putShort((short) gpsEntries);
    b.putShort((short) 0x0001)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    entry(b, 0x0002, 5, 3, ratAt);
    b.putInt(0);
    b.putInt(39).putInt(1).putInt(54).putInt(1).putInt(30).putInt(1);
    byte[] out = new byte[b.position()];
    b.flip();
    b.get(out);
    return out;
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
  }

  /** Whether {@code haystack} contains {@code needle} as bytes. */
  public static boolean contains(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i + n.length <= haystack.length; i++) {
      for (int k = 0; k < n.length; k++) {
        if (haystack[i + k] != n[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
