package org.leakaid.protect.watermark;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.protect.image.ImageKind;

/**
 * A 50 MP photo, as today's phones take (8160 x 6120), watermarked in a 256 MB heap (surefire runs
 * this class alone with -Xmx256m; the app runs with 512 MB). At full size its pixels alone would
 * take 150 MB, so this passes only because the photo is decoded subsampled.
 *
 * <p>The photo is made here without holding it in memory either: its pixels are computed when the
 * JPEG writer asks for them, row by row.
 */
class LargePhotoSmallHeapTest {

  static final int WIDTH = 8160;
  static final int HEIGHT = 6120;

  @Test
  void a50MegapixelJpegIsWatermarkedWithinTheHeap(@TempDir Path dir) throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThan(300L << 20);
    Path photo = dir.resolve("photo.jpg");
    try (OutputStream out = Files.newOutputStream(photo)) {
      ImageIO.write(computedPhoto(), "jpeg", out);
    }
    byte[] bytes = Files.readAllBytes(photo);
    assertThat(size(bytes)).containsExactly(WIDTH, HEIGHT);

    Watermarker.Result result = new Watermarker().apply(bytes, "仅供某某公司办理入职使用，他用无效 2026年11月30日");

    assertThat(result.kind()).isEqualTo(ImageKind.JPEG);
    assertThat(result.subsampling()).isEqualTo(2);
    assertThat(size(result.bytes())).containsExactly(WIDTH / 2, HEIGHT / 2);
  }

  /** Width and height from the file's header, without decoding it. */
  static int[] size(byte[] jpeg) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    }
  }

  /** An RGB image whose samples are computed on demand: a gradient with stripes. */
  static BufferedImage computedPhoto() {
    DataBuffer pixels =
        new DataBuffer(DataBuffer.TYPE_BYTE, WIDTH * HEIGHT * 3) {
          @Override
          public int getElem(int bank, int i) {
            int pixel = i / 3;
            int x = pixel % WIDTH;
            int y = pixel / WIDTH;
            return switch (i % 3) {
              case 0 -> (x * 255 / WIDTH) & 0xFF;
              case 1 -> (y * 255 / HEIGHT) & 0xFF;
              default -> ((x / 64 + y / 64) % 2 == 0) ? 200 : 90;
            };
          }

          @Override
          public void setElem(int bank, int i, int val) {
            throw new UnsupportedOperationException("computed pixels");
          }
        };
    PixelInterleavedSampleModel model =
        new PixelInterleavedSampleModel(
            DataBuffer.TYPE_BYTE, WIDTH, HEIGHT, 3, WIDTH * 3, new int[] {0, 1, 2});
    WritableRaster raster = new ComputedRaster(model, pixels);
    ComponentColorModel colors =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false,
            false,
            Transparency.OPAQUE,
            DataBuffer.TYPE_BYTE);
    return new BufferedImage(colors, raster, false, new Hashtable<>());
  }

  /** WritableRaster's constructor is protected; this is the generic raster over any buffer. */
  static final class ComputedRaster extends WritableRaster {
    ComputedRaster(PixelInterleavedSampleModel model, DataBuffer buffer) {
      super(model, buffer, new Point(0, 0));
    }
  }
}
