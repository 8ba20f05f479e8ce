package org.leakaid.scanner.dump;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.leakaid.scanner.Masker;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ResidentIds;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.UnicodeEscapes;

/**
 * A person's own identifiers, to be looked for in a dump ({@code --watch FILE}: one per line, blank
 * lines and lines starting with # ignored).
 *
 * <p>Phones, ID numbers, bank cards, landlines and e-mails are compared by their canonical key
 * ({@link IdentifierKeys}) against every finding, so {@code +86 138 1234 5678}, {@code
 * 138-1234-5678}, full-width digits, a lower-case x or an upper-case e-mail all match. Anything
 * else (a name) is looked for as a plain substring, in the input's encoding and as JSON escapes
 * ({@code \\u5f20\\u4f1f}, as Python writes it).
 */
public final class WatchList {

  /** One identifier: its type as classified, its canonical text, its key. */
  public record Entry(PiiType type, String canonical, long key) {
    public String masked() {
      return Masker.mask(type, canonical);
    }
  }

  private final List<Entry> entries;
  private final long[] sortedKeys; // keys of non-name entries, sorted
  private final int[] keyEntry; // entry index of each sorted key
  private final int[] nameEntries;
  private final byte[][] namesUtf8;
  private final byte[][] namesGb18030;

  private WatchList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    List<Integer> keyed = new ArrayList<>();
    List<Integer> names = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      (entries.get(i).type() == PiiType.PERSON_NAME ? names : keyed).add(i);
    }
    keyed.sort((a, b) -> Long.compare(entries.get(a).key(), entries.get(b).key()));
    sortedKeys = keyed.stream().mapToLong(i -> entries.get(i).key()).toArray();
    keyEntry = keyed.stream().mapToInt(Integer::intValue).toArray();
    // Each name twice: as written, and escaped (the same bytes in either encoding).
    nameEntries = names.stream().flatMapToInt(i -> IntStream.of(i, i)).toArray();
    namesUtf8 = new byte[nameEntries.length][];
    namesGb18030 = new byte[nameEntries.length][];
    for (int k = 0; k < nameEntries.length; k += 2) {
      String name = entries.get(nameEntries[k]).canonical();
      namesUtf8[k] = name.getBytes(StandardCharsets.UTF_8);
      namesGb18030[k] = name.getBytes(Charset.forName("GB18030"));
      namesUtf8[k + 1] = UnicodeEscapes.escape(name).getBytes(StandardCharsets.US_ASCII);
      namesGb18030[k + 1] = namesUtf8[k + 1];
    }
  }

  public static WatchList of(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        Entry e = classify(s);
        if (entries.stream().noneMatch(x -> x.key() == e.key() && x.type() == e.type())) {
          entries.add(e);
        }
      }
    }
    return new WatchList(entries);
  }

  /** Reads a watch file in UTF-8 or GB18030 (detected). */
  public static WatchList read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    TextEncoding enc = TextSniffer.detect(bytes, 0, bytes.length);
    String text =
        new String(bytes, Charset.forName(enc == TextEncoding.UTF_8 ? "UTF-8" : "GB18030"));
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return of(text.lines().toList());
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  boolean hasKeyed() {
    return sortedKeys.length > 0;
  }

  /** The entry index whose key is {@code key}, or -1. */
  int indexOfKey(long key) {
    int i = Arrays.binarySearch(sortedKeys, key);
    return i < 0 ? -1 : keyEntry[i];
  }

  int nameCount() {
    return nameEntries.length;
  }

  int nameEntry(int k) {
    return nameEntries[k];
  }

  byte[] nameBytes(int k, TextEncoding enc) {
    return enc == TextEncoding.UTF_8 ? namesUtf8[k] : namesGb18030[k];
  }

  static Entry classify(String s) {
    if (s.indexOf('@') > 0 || s.indexOf('＠') > 0) {
      String email = fold(s).replace(" ", "").toLowerCase(Locale.ROOT);
      return entry(PiiType.EMAIL, email);
    }
    String compact = fold(s).replaceAll("[\\s\\-()+.]", "");
    if (compact.matches("\\d{17}[\\dXx]|\\d{15}")) {
      String id = compact.toUpperCase(Locale.ROOT);
      if (ResidentIds.isValid(id) || compact.length() == 18 && !compact.matches("\\d{18}")) {
        return entry(PiiType.CN_RESIDENT_ID, id);
      }
    }
    String national = compact.replaceFirst("^(0086|86)(?=1\\d{10}$)", "");
    if (national.matches("1\\d{10}")) {
      return entry(PiiType.CN_MOBILE, national);
    }
    if (compact.matches("\\d{13,19}")) {
      return entry(PiiType.BANK_CARD, compact);
    }
    if (compact.matches("0\\d{9,11}")) {
      return entry(PiiType.CN_LANDLINE, compact);
    }
    return entry(PiiType.PERSON_NAME, s);
  }

  private static Entry entry(PiiType type, String canonical) {
    return new Entry(type, canonical, IdentifierKeys.valueKey(type, canonical));
  }

  /** Folds full-width ASCII forms and the ideographic space to ASCII. */
  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
    }
    return b.toString();
  }
}
