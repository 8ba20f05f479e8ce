package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatermarkCommandTest {

  @TempDir Path dir;

  /** A white JPEG with an Exif segment naming a camera, as a phone writes it. */
  static byte[] photoWithExif() throws IOException {
    BufferedImage image = new BufferedImage(400, 250, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 250);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", jpeg);
    byte[] plain = jpeg.toByteArray();
    byte[] make = "SecretPhoneCam\0".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + make.length);
    tiff.order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    tiff.putShort((short) 1);
    tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(8 + 2 + 12 + 4);
    tiff.putInt(0).put(make);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    int length = 2 + 6 + tiff.capacity();
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(tiff.array());
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  @Test
  void writesAWatermarkedCopyWithoutMetadata() throws IOException {
    Path in = dir.resolve("身份证正面.jpg");
    Files.write(in, photoWithExif());
    Path out = dir.resolve("marked.jpg");

    CommandRun run =
        CommandRun.run(
            "watermark",
            in.toString(),
            "--to",
            out.toString(),
            "--for",
            "某某银行",
            "--purpose",
            "办理开户",
            "--date",
            "2026-11-30");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("wrote " + out)
        .contains("JPEG")
        .contains("metadata stripped")
        .contains("仅供某某银行办理开户使用，他用无效 2026年11月30日");
    byte[] written = Files.readAllBytes(out);
    String latin1 = new String(written, StandardCharsets.ISO_8859_1);
    assertThat(latin1).doesNotContain("Exif").doesNotContain("SecretPhoneCam");
    BufferedImage marked = ImageIO.read(out.toFile());
    assertThat(marked.getWidth()).isEqualTo(400);
    int changed = 0;
    for (int y = 0; y < 250; y += 5) {
      for (int x = 0; x < 400; x += 5) {
        if ((marked.getRGB(x, y) & 0xFF) < 200) {
          changed++;
        }
      }
    }
    assertThat(changed).isPositive();
  }

  @Test
  void badUsageAndUnreadableInputHaveTheirExitCodes() throws IOException {
    Path photo = dir.resolve("a.jpg");
    Files.write(photo, photoWithExif());
    Path heic = dir.resolve("b.heic");
    byte[] heicBytes = new byte[64];
    System.arraycopy(
        "\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heicBytes, 0, 12);
    Files.write(heic, heicBytes);

    CommandRun noText = CommandRun.run("watermark", photo.toString(), "--to", "x.jpg");
    assertThat(noText.exit()).isEqualTo(2);
    assertThat(noText.err()).contains("--text");

    CommandRun wrongKind =
        CommandRun.run(
            "watermark", photo.toString(), "--to", dir.resolve("x.png").toString(), "--text", "仅供");
    assertThat(wrongKind.exit()).isEqualTo(2);
    assertThat(wrongKind.err()).contains("name it .jpg");

    CommandRun tooLong =
        CommandRun.run("watermark", photo.toString(), "--to", "x.jpg", "--text", "长".repeat(80));
    assertThat(tooLong.exit()).isEqualTo(2);

    CommandRun fromPhone =
        CommandRun.run(
            "watermark", heic.toString(), "--to", dir.resolve("x.jpg").toString(), "--text", "仅供");
    assertThat(fromPhone.exit()).isEqualTo(3);
    assertThat(fromPhone.err()).contains("HEIC").contains("JPEG");

    CommandRun missing =
        CommandRun.run(
            "watermark", dir.resolve("nope.jpg").toString(), "--to", "x.jpg", "--text", "仅供");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("no such file");
    assertThat(Files.exists(dir.resolve("x.jpg"))).isFalse();
  }

  @Test
  void helpShowsAnExample() {
    CommandRun help = CommandRun.run("watermark", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Examples:").contains("--to").contains("--text");
  }
}
