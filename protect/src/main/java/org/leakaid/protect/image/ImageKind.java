package org.leakaid.protect.image;

import java.util.Locale;
import org.leakaid.protect.RefusedInput;

/** The kinds of file the image tools read and write, recognised by their first bytes. */
public enum ImageKind {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  ImageKind(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /**
   * The kind of {@code bytes}, from their signature (a file's name or declared type can lie).
   *
   * @throws RefusedInput HEIC for an iPhone photo, UNSUPPORTED_TYPE for anything else unknown
   */
  public static ImageKind of(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
      return PDF;
    }
    if (bytes.length >= 12
        && bytes[4] == 'f'
        && bytes[5] == 't'
        && bytes[6] == 'y'
        && bytes[7] == 'p') {
      String brand = new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if (brand.toLowerCase(Locale.ROOT).matches("hei.|hev.|mif1|msf1|avif")) {
        throw new RefusedInput(
            RefusedInput.Reason.HEIC,
            "a HEIC/HEIF photo: save it as JPEG first (iPhone: Settings > Camera > Formats > Most"
                + " Compatible, or share it as JPEG)");
      }
    }
    throw new RefusedInput(RefusedInput.Reason.UNSUPPORTED_TYPE, "not a JPEG, PNG or PDF file");
  }

  /** The kind named on a command line or in a form: jpg, jpeg, png, pdf. */
  public static ImageKind named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "jpg", "jpeg" -> JPEG;
      case "png" -> PNG;
      case "pdf" -> PDF;
      default ->
          throw new RefusedInput(
              RefusedInput.Reason.UNSUPPORTED_TYPE, "output must be jpg, png or pdf: " + name);
    };
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
