package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.scanner.TextEncoding;

/**
 * Leaked files arrive damaged or crafted: the tar and JSON readers must fail with an IOException
 * naming the problem, or read on, but never throw anything else or loop. Seeded, so a failure
 * repeats.
 */
class HostileArchiveTest {
  private final Random random = new Random(20261129);

  @Test
  void aTarWithRandomlyDamagedBytesIsReadOrRefusedWithAnIoException() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (int i = 0; i < 3; i++) {
        byte[] data = ("第" + i + "个 13812345678\n").repeat(50).getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry("目录/" + "长".repeat(60) + i + ".txt");
        e.setSize(data.length);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
      }
    }
    byte[] good = bytes.toByteArray();
    int refused = 0;
    for (int round = 0; round < 2000; round++) {
      byte[] damaged = good.clone();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        damaged[random.nextInt(random.nextBoolean() ? 1536 : damaged.length)] =
            (byte) random.nextInt(256);
      }
      byte[] cut = java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length + 1));
      TarArchive tar = new TarArchive(new ByteArrayInputStream(cut));
      try {
        for (int files = 0; tar.nextFile() != null; files++) {
          assertThat(files).isLessThan(10); // no loop on a damaged header
          tar.data().readAllBytes();
        }
      } catch (IOException expected) {
        assertThat(expected.getMessage()).startsWith("not a readable tar archive");
        refused++;
      }
    }
    assertThat(refused).isPositive();
  }

  @Test
  void aWorkbookWithDamagedXmlIsReadOrRefusedWithAnIoException(@TempDir Path dir)
      throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Row row = book.createSheet("名单").createRow(0);
      row.createCell(0).setCellValue("张三");
      row.createCell(1).setCellValue(13812345678d);
      row.createCell(2).setCellValue("11010519491231002X");
      book.write(xlsx);
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    Path file = dir.resolve("damaged.xlsx");
    int refused = 0;
    for (int round = 0; round < 300; round++) {
      try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
          byte[] xml = part.getValue().clone();
          if (part.getKey().startsWith("xl/") && random.nextInt(3) == 0) {
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
              xml[random.nextInt(xml.length)] = (byte) "<>\"/=&;#x0 ".charAt(random.nextInt(11));
            }
          }
          z.putNextEntry(new ZipEntry(part.getKey()));
          z.write(xml);
        }
      }
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Workbook book = Workbook.open(zip);
        for (Workbook.Sheet sheet : book.sheets()) {
          try (InputStream text = book.text(sheet)) {
            text.readAllBytes();
          }
        }
      } catch (IOException expected) {
        assertThat(expected.getMessage()).startsWith("not a readable workbook");
        refused++;
      }
    }
    assertThat(refused).isPositive();
  }

  @Test
  void jsonItemsOfRandomBytesAreFoundWithoutFailureAndNestProperly() {
    JsonRecords json = new JsonRecords();
    byte[] alphabet = "{}[],:\"\\ ab1\n\u00e4".getBytes(StandardCharsets.ISO_8859_1);
    for (int round = 0; round < 5000; round++) {
      byte[] b = new byte[random.nextInt(400)];
      for (int i = 0; i < b.length; i++) {
        b[i] = alphabet[random.nextInt(alphabet.length)];
      }
      TextEncoding enc = random.nextBoolean() ? TextEncoding.UTF_8 : TextEncoding.GB18030;
      json.find(b, 0, b.length, enc);
      int[] offsets = new int[b.length];
      for (int i = 0; i < b.length; i++) {
        offsets[i] = i;
      }
      int[] owners = new int[b.length];
      json.owners(offsets, b.length, owners);
      for (int i = 0; i < b.length; i++) {
        int item = owners[i];
        if (item >= 0) {
          assertThat(i).isBetween(json.starts[item], json.ends[item] - 1);
        }
      }
      for (int k = 0; k < json.count; k++) {
        int parent = json.parents[k];
        if (parent >= 0) {
          assertThat(json.starts[k]).isGreaterThan(json.starts[parent]);
          assertThat(json.ends[k]).isLessThanOrEqualTo(json.ends[parent]);
        }
      }
      assertThatCode(() -> JsonRecords.afterLastItem(b, b.length)).doesNotThrowAnyException();
    }
  }
}
