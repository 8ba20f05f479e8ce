package org.leakaid.evidence.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the evidence locker accepts, recognised by their first bytes, never by their
 * name alone: a renamed executable is refused, a PNG named {@code .jpg} is stored as a PNG.
 *
 * <p>Text has no magic number, so text files (plain text, {@code .eml}, CSV) are accepted only when
 * the first 8 KiB hold no binary control bytes and the name ends in {@code .txt}, {@code .eml} or
 * {@code .csv} (or the text starts like an e-mail header). Text in GBK/GB18030 passes as well as
 * UTF-8: exported SMS and chat logs from Chinese phones are often GBK.
 */
public enum FileType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  PDF("application/pdf", "pdf"),
  MP3("audio/mpeg", "mp3"),
  M4A("audio/mp4", "m4a"),
  AMR("audio/amr", "amr"),
  WAV("audio/wav", "wav"),
  MP4("video/mp4", "mp4"),
  EML("message/rfc822", "eml"),
  TEXT("text/plain", "txt"),
  CSV("text/csv", "csv");

  /** How many leading bytes {@link #sniff} looks at. */
  public static final int SNIFF_BYTES = 8192;

  private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ", "M4P ");
  private static final String[] MAIL_HEADERS = {
    "received:",
    "return-path:",
    "from:",
    "delivered-to:",
    "mime-version:",
    "date:",
    "subject:",
    "to:",
    "message-id:",
    "x-",
    "dkim-signature:",
    "reply-to:",
    "content-type:"
  };

  private final String mimeType;
  private final String extension;

  FileType(String mimeType, String extension) {
    this.mimeType = mimeType;
    this.extension = extension;
  }

  public String mimeType() {
    return mimeType;
  }

  /** The usual file name extension, without a dot. */
  public String extension() {
    return extension;
  }

  public static Optional<FileType> fromMimeType(String mimeType) {
    return Arrays.stream(values()).filter(t -> t.mimeType.equals(mimeType)).findFirst();
  }

  /**
   * Recognises a file from its first bytes (up to {@link #SNIFF_BYTES}) and its name.
   *
   * @return empty when the file is not of an accepted kind
   */
  public static Optional<FileType> sniff(byte[] head, int length, String name) {
    String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
    if (startsWith(head, length, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, length, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (ascii(head, length, 0, "GIF87a") || ascii(head, length, 0, "GIF89a")) {
      return Optional.of(GIF);
    }
    if (ascii(head, length, 0, "RIFF") && ascii(head, length, 8, "WEBP")) {
      return Optional.of(WEBP);
    }
    if (ascii(head, length, 0, "RIFF") && ascii(head, length, 8, "WAVE")) {
      return Optional.of(WAV);
    }
    if (ascii(head, length, 0, "%PDF-")) {
      return Optional.of(PDF);
    }
    if (ascii(head, length, 0, "#!AMR")) {
      return Optional.of(AMR);
    }
    if (ascii(head, length, 4, "ftyp") && length >= 12) {
      String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
      return Optional.of(AUDIO_BRANDS.contains(brand) ? M4A : MP4);
    }
    if (ascii(head, length, 0, "ID3") || isMpegAudioFrame(head, length)) {
      return Optional.of(MP3);
    }
    if (!looksLikeText(head, length)) {
      return Optional.empty();
    }
    if (lowerName.endsWith(".eml") || startsLikeMail(head, length)) {
      return Optional.of(EML);
    }
    if (lowerName.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lowerName.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }

  // MPEG-1/2 layer III frame header: 11 sync bits, then a version and layer that are not reserved.
  private static boolean isMpegAudioFrame(byte[] head, int length) {
    if (length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
      return false;
    }
    int version = (head[1] >> 3) & 0x03;
    int layer = (head[1] >> 1) & 0x03;
    int bitrate = (head[2] >> 4) & 0x0F;
    return version != 1 && layer == 1 && bitrate != 0x0F;
  }

  private static boolean looksLikeText(byte[] head, int length) {
    int start = startsWith(head, length, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < length; i++) {
      int b = head[i] & 0xFF;
      boolean allowedControl = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x1B;
      if ((b < 0x20 && !allowedControl) || b == 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsLikeMail(byte[] head, int length) {
    String start =
        new String(head, 0, Math.min(length, 40), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    for (String header : MAIL_HEADERS) {
      if (start.startsWith(header)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ascii(byte[] head, int length, int offset, String expected) {
    if (length < offset + expected.length()) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      if (head[offset + i] != (byte) expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] head, int length, int offset, int... expected) {
    if (length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
