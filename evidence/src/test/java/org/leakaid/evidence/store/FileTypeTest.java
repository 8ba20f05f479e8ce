package org.leakaid.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTypeTest {

  static Optional<FileType> sniff(byte[] head, String name) {
    return FileType.sniff(head, head.length, name);
  }

  static byte[] hex(String hex) {
    return java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  @ParameterizedTest
  @CsvSource({
    "ffd8ffe000104a464946, photo.jpg, JPEG",
    "89504e470d0a1a0a0000000d49484452, 截图.png, PNG",
    "474946383961, a.gif, GIF",
    "52494646 24000000 57454250 5650384c, a.webp, WEBP",
    "52494646 24000000 57415645 666d7420, rec.wav, WAV",
    "255044462d312e370a, letter.pdf, PDF",
    "2321414d520a3c, call.amr, AMR",
    "00000020 66747970 4d344120 00000000, call.m4a, M4A",
    "00000018 66747970 69736f6d 00000200, clip.mp4, MP4",
    "494433040000, song.mp3, MP3",
    "fffb9064, frame.mp3, MP3",
    // The content decides, not the name: a PNG called .jpg is a PNG.
    "89504e470d0a1a0a0000000d49484452, renamed.jpg, PNG",
  })
  void recognisesAcceptedTypesByMagicBytes(String hex, String name, FileType expected) {
    assertThat(sniff(hex(hex), name)).contains(expected);
  }

  @Test
  void refusesExecutablesArchivesAndUnknownBinaryWhateverTheirName() {
    assertThat(sniff(hex("4d5a90000300000004000000ffff0000"), "invoice.pdf")).isEmpty();
    assertThat(sniff(hex("7f454c46020101000000"), "photo.jpg")).isEmpty();
    assertThat(sniff(hex("504b0304140000000800"), "chat.txt")).isEmpty();
    assertThat(sniff(hex("0001020304"), "x.csv")).isEmpty();
  }

  @Test
  void acceptsTextOnlyUnderATextNameOrWithMailHeaders() {
    byte[] gbk = "短信内容：您的快递已到，验证码 1234\r\n".getBytes(Charset.forName("GBK"));
    assertThat(sniff(gbk, "短信导出.TXT")).contains(FileType.TEXT);
    assertThat(
            sniff(
                "number,time\n13800138000,2026-11-20\n".getBytes(StandardCharsets.UTF_8),
                "calls.csv"))
        .contains(FileType.CSV);
    byte[] mail =
        "Received: from mx.example\r\nFrom: a@b.c\r\n\r\nhi".getBytes(StandardCharsets.US_ASCII);
    assertThat(sniff(mail, "message")).contains(FileType.EML);
    assertThat(sniff(mail, "x.eml")).contains(FileType.EML);
    assertThat(sniff("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "page.html"))
        .isEmpty();
    assertThat(sniff("plain".getBytes(StandardCharsets.UTF_8), "notes")).isEmpty();
  }
}
