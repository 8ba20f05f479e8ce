package org.leakaid.app.protect;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Pictures for the app's protect tests: a white photo with an Exif camera and GPS tag. */
final class TestImages {

  static final String CAMERA = "SecretPhoneCam";

  private TestImages() {}

  static BufferedImage white(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }

  static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JPEG with an Exif segment naming the camera and a GPS latitude reference. */
  static byte[] photoWithExif(int w, int h) {
    byte[] plain = encode(white(w, h), "jpeg");
    byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 24 + 4 + make.length + 2 + 12 + 4);
    tiff.order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    int makeAt = 8 + 2 + 24 + 4;
    int gpsAt = makeAt + make.length;
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(makeAt);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
    tiff.putInt(0).put(make);
    tiff.putShort((short) 1);
    tiff.putShort((short) 1)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    tiff.putInt(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    int length = 2 + 6 + tiff.capacity();
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, 0, 4);
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(tiff.array());
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }
}
