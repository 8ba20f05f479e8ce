package org.leakaid.scanner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point of the detection core. Built once (tables, dictionaries, region codes), immutable and
 * safe to share between threads; each thread or stream gets its own cheap {@link ScanSession}.
 */
public final class Scanner {

  private final ScanOptions options;
  private final Dictionaries dictionaries;

  /** Names in running text, when a segmenter is on the class path and names are wanted; or null. */
  private final ProseNameStep proseNames;

  /**
   * The wanted types as bits by ordinal. A session asks for each type when it is made (one per file
   * of a dump): a new session took 73 ns with twelve {@code Set.contains}, 54 ns with this (best of
   * 30 rounds of 100k, thread CPU time, structured types; 292 -> 245 ns with all types).
   */
  private final long wanted;

  /** {@link #wants} by ordinal, for sessions to share: never written after construction. */
  private final boolean[] reports;

  private Scanner(ScanOptions options) {
    this.options = options;
    this.dictionaries = Dictionaries.load();
    long bits = 0;
    for (PiiType type : options.types()) {
      bits |= 1L << type.ordinal();
    }
    this.wanted = bits;
    this.proseNames = wants(PiiType.PERSON_NAME) ? proseNames(dictionaries) : null;
    this.reports = new boolean[PiiType.values().length];
    for (PiiType type : PiiType.values()) {
      reports[type.ordinal()] = wants(type);
    }
  }

  boolean[] reports() {
    return reports;
  }

  /**
   * The first {@link ProseNames} on the class path, unless the system property {@code
   * leakaid.proseNames} is {@code off} (to measure its cost, or to scan faster without it).
   */
  private static ProseNameStep proseNames(Dictionaries dictionaries) {
    if ("off".equals(System.getProperty("leakaid.proseNames"))) {
      return null;
    }
    return java.util.ServiceLoader.load(ProseNames.class, Scanner.class.getClassLoader())
        .findFirst()
        .map(segmenter -> new ProseNameStep(segmenter, dictionaries))
        .orElse(null);
  }

  /** Whether names in running text are looked for (a {@link ProseNames} was found). */
  public boolean findsNamesInProse() {
    return proseNames != null;
  }

  ProseNameStep proseNameStep() {
    return proseNames;
  }

  public static Scanner create(ScanOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    return new Scanner(options);
  }

  public ScanOptions options() {
    return options;
  }

  boolean wants(PiiType type) {
    return (wanted & (1L << type.ordinal())) != 0;
  }

  Dictionaries dictionaries() {
    return dictionaries;
  }

  /** A new session: not thread-safe, one per thread or stream. */
  public ScanSession newSession() {
    return new ScanSession(this);
  }

  /**
   * Findings in {@code text} with char offsets, in order of position. Each line is scanned on its
   * own; the first line is not taken as a CSV header (use a session for that).
   */
  public List<Finding> scan(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int[] charAt = byteToCharOffsets(text, bytes.length);
    List<Finding> out = new ArrayList<>();
    ScanSession session = newSession();
    FindingSink sink =
        (type, start, end, confidence) -> {
          int s = charAt[start];
          int e = charAt[end];
          out.add(new Finding(type, s, e, text.substring(s, e), confidence));
        };
    int lineStart = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
        if (i > lineStart) {
          session.scanLine(bytes, lineStart, i, TextEncoding.UTF_8, sink);
        }
        lineStart = i + 1;
      }
    }
    out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end()));
    return out;
  }

  /** {@code text} with every finding replaced by its {@link Masker} form. */
  public String mask(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int done = 0;
    for (Finding f : scan(text)) {
      if (f.start() < done) {
        continue; // overlaps a span already masked
      }
      out.append(text, done, f.start()).append(Masker.mask(f.type(), f.text()));
      done = f.end();
    }
    return out.append(text, done, text.length()).toString();
  }

  /** Maps each UTF-8 byte offset of {@code text} (0..byteLength) to its char offset. */
  private static int[] byteToCharOffsets(String text, int byteLength) {
    int[] map = new int[byteLength + 1];
    int b = 0;
    for (int c = 0; c < text.length(); ) {
      int cp = text.codePointAt(c);
      // A lone surrogate is encoded as a single '?' by String.getBytes.
      int len =
          Character.isSurrogate((char) cp)
              ? 1
              : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (int k = 0; k < len && b < byteLength; k++) {
        map[b++] = c;
      }
      c += Character.charCount(cp);
    }
    map[byteLength] = text.length();
    return map;
  }
}
