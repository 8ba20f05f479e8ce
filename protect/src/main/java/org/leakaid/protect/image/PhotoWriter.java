package org.leakaid.protect.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes pixels as JPEG or PNG with no metadata at all: the writer is handed no metadata object,
 * so a JPEG carries only the JFIF header and a PNG only its image chunks. No EXIF, GPS position,
 * camera model, XMP or thumbnail of the original can survive, because none of it was read.
 */
public final class PhotoWriter {

  /** JPEG quality: text and ID-card print stay sharp; a 12 MP photo comes to a few MB. */
  static final float JPEG_QUALITY = 0.88f;

  private PhotoWriter() {}

  public static byte[] write(BufferedImage image, ImageKind kind) {
    return switch (kind) {
      case JPEG -> jpeg(image);
      case PNG -> png(image);
      case PDF -> throw new IllegalArgumentException("pages are written by the PDF writer");
    };
  }

  static byte[] jpeg(BufferedImage image) {
    BufferedImage rgb = image;
    if (image.getColorModel().hasAlpha()) {
      // JPEG has no alpha: put transparent parts on white, as a printer would.
      rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = rgb.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  static byte[] png(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
