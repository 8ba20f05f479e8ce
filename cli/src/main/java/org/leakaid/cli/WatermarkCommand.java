package org.leakaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leakaid.protect.RefusedInput;
import org.leakaid.protect.image.ImageKind;
import org.leakaid.protect.watermark.WatermarkText;
import org.leakaid.protect.watermark.Watermarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./leakaid watermark IN --to OUT --text TEXT}: a copy of an ID card (or any document) with
 * what it is for tiled across it, and no metadata, offline.
 */
@Command(
    name = "watermark",
    mixinStandardHelpOptions = true,
    description = {
      "Tiles a text diagonally across a photo or scan (JPEG, PNG) or every page of a PDF,"
          + " semi-transparent, in a Chinese font, so that no crop keeps a clean copy; strips all"
          + " metadata (EXIF, GPS position, camera, XMP, thumbnails, PDF document information) and"
          + " applies the photo's orientation. The output is of the same kind as the input. A"
          + " PDF is rebuilt from its pages drawn at 150 dpi, with the text in the pixels. Photos"
          + " over 16.7 megapixels are reduced (every 2nd or 3rd pixel) to bound memory.",
      "在照片、扫描件或 PDF 的每一页上斜向平铺半透明文字（如“仅供某某银行办理开户使用，他用无效”和日期），" + "并去掉全部元数据（拍摄位置、相机型号等）。"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:bad usage (no text, text too long, output of another kind)",
      "3:the input cannot be read or is not a JPEG, PNG or PDF (HEIC: save it as JPEG first)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./leakaid watermark 身份证正面.jpg --to 身份证正面-水印.jpg --for 某某银行 --purpose 办理开户",
      "  ./leakaid watermark id-card.png --to marked.png --text '仅供某某公司办理入职使用，他用无效'",
      "  ./leakaid watermark contract.pdf --to contract-marked.pdf --text '仅供租房使用' --no-date"
    })
final class WatermarkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "a JPEG, PNG or PDF file")
  Path input;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "OUT",
      description = "where to write the watermarked copy (same kind as IN)")
  Path output;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "the text to tile, whole (at most " + WatermarkText.MAX_LENGTH + " characters)")
  String text;

  @Option(
      names = "--for",
      paramLabel = "RECIPIENT",
      description = "who gets the copy: makes the text 仅供RECIPIENTPURPOSE使用，他用无效")
  String recipient;

  @Option(names = "--purpose", paramLabel = "PURPOSE", description = "what the copy is for")
  String purpose;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "the date written after the text (default: today)")
  String date;

  @Option(names = "--no-date", description = "do not add the date to --text")
  boolean noDate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String words = words();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(input);
    } catch (NoSuchFileException e) {
      err.println("leakaid watermark: no such file: " + input);
      return 3;
    } catch (IOException e) {
      err.println("leakaid watermark: cannot read " + input + ": " + e.getMessage());
      return 3;
    }
    Watermarker.Result result;
    try {
      ImageKind kind = ImageKind.of(bytes);
      checkOutputName(kind);
      result = new Watermarker().apply(bytes, words);
    } catch (RefusedInput refused) {
      err.println("leakaid watermark: " + input + ": " + refused.getMessage());
      return switch (refused.reason()) {
        case TEXT_MISSING, TEXT_TOO_LONG, TEXT_NOT_DRAWABLE -> 2;
        default -> 3;
      };
    }
    try {
      Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
      Files.write(tmp, result.bytes());
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      err.println("leakaid watermark: cannot write " + output + ": " + e.getMessage());
      return 1;
    }
    out.println(
        "wrote "
            + output
            + " ("
            + result.kind()
            + (result.kind() == ImageKind.PDF ? ", " + result.pages() + " pages" : "")
            + (result.subsampling() > 1 ? ", reduced 1:" + result.subsampling() : "")
            + ", metadata stripped): "
            + words);
    return 0;
  }

  private String words() {
    boolean parts = recipient != null || purpose != null;
    if (parts == (text != null)) {
      throw new ParameterException(
          spec.commandLine(), "give either --text, or --for and --purpose");
    }
    LocalDate day = LocalDate.now();
    if (date != null) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD: " + date);
      }
    }
    try {
      if (parts) {
        return WatermarkText.forUse(recipient, purpose, day);
      }
      String t = WatermarkText.checked(text);
      return noDate
          ? t
          : WatermarkText.checked(
              t
                  + " "
                  + day.getYear()
                  + "年"
                  + day.getMonthValue()
                  + "月"
                  + day.getDayOfMonth()
                  + "日");
    } catch (RefusedInput refused) {
      throw new ParameterException(spec.commandLine(), refused.getMessage());
    }
  }

  /** OUT named .png for a JPEG would mislead whoever opens it: say so instead. */
  private void checkOutputName(ImageKind kind) {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return;
    }
    String ext = name.substring(dot + 1);
    if (!ext.equals("jpg") && !ext.equals("jpeg") && !ext.equals("png") && !ext.equals("pdf")) {
      return;
    }
    if (ImageKind.named(ext) != kind) {
      throw new ParameterException(
          spec.commandLine(),
          "IN is a " + kind + " file and OUT must be one too: name it ." + kind.extension());
    }
  }
}
