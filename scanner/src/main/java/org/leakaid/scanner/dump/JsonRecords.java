package org.leakaid.scanner.dump;

import java.util.Arrays;
import org.leakaid.scanner.TextEncoding;

/**
 * The records of JSON text: the objects that are items of a list. A JSON line is one object, but
 * exports also come as one array on a single line ({@code [{...},{...}]}), as API responses that
 * wrap the array ({@code {"code":0,"data":[{...},{...}]}}) and pretty-printed over many lines. Read
 * line by line, the first two would be one record holding thousands of people and the last a record
 * per field; counted against the thresholds of 法释〔2017〕10号 both are wrong.
 *
 * <p>An object is an <em>item</em> when it opens at the start of the text or right after {@code [},
 * {@code ,} or another object's {@code }} (concatenated objects, as {@code jq .} prints them):
 * inside an object, a comma is followed by a key, never by an object. So items are found without
 * knowing what encloses the text, which matters because a pretty-printed file is read in chunks
 * that start anywhere. Each item is a record of the findings inside it, except those inside items
 * nested in it (an order list inside a customer is records of its own); objects that are not items
 * ({@code "contact": {...}}) belong to their item.
 *
 * <p>GB18030 is stepped a character at a time: its trail bytes include '[', '\', ']', '{' and '}'.
 */
final class JsonRecords {
  /** Nesting deeper than this is read as flat: no real export nests so deep. */
  private static final int MAX_DEPTH = 256;

  /** Item objects found, in order of their opening brace: [starts[i], ends[i]) and the parent. */
  int[] starts = new int[16];

  int[] ends = new int[16];
  int[] parents = new int[16];
  int count;

  // Open containers: for each depth, the item index of an object that is an item, or -1.
  private final int[] open = new int[MAX_DEPTH];

  private final int[] stack = new int[MAX_DEPTH + 1]; // of #owners

  /**
   * Whether line {@code b[from, to)} is JSON: it starts with '{' or '[' and ends with '}' or ']'
   * (white space and a trailing comma aside). A CSV row whose first column holds a JSON object is
   * not: it stays one record.
   */
  static boolean looksLikeJson(byte[] b, int from, int to) {
    int i = from;
    while (i < to && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    int j = to - 1;
    while (j > i && (b[j] == ' ' || b[j] == '\t' || b[j] == ',')) {
      j--;
    }
    return j > i && (b[i] == '{' || b[i] == '[') && (b[j] == '}' || b[j] == ']');
  }

  /** Whether text {@code b[from, to)} starts like JSON: with '{' or '[' after blanks. */
  static boolean startsLikeJson(byte[] b, int from, int to) {
    int i = from;
    while (i < to && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i < to && (b[i] == '{' || b[i] == '[');
  }

  /**
   * Whether an input whose first bytes are {@code b[0, n)} is JSON spread over lines
   * (pretty-printed, or one line longer than the sample): it starts with '{' or '[' and its first
   * line leaves a container open. Such an input is split into records by chunk, not by line.
   */
  static boolean spansLines(byte[] b, int n, TextEncoding enc) {
    int i = TextSniffer.hasUtf8Bom(b, n) ? 3 : 0;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    if (i >= n || (b[i] != '{' && b[i] != '[')) {
      return false;
    }
    boolean gb = enc == TextEncoding.GB18030;
    boolean inString = false;
    int depth = 0;
    for (; i < n && b[i] != '\n'; i++) {
      int c = b[i] & 0xFF;
      if (c >= 0x80) {
        i += gb ? IdentifierKeys.width(b, i, n, enc) - 1 : 0;
      } else if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return depth > 0;
  }

  /**
   * Where a chunk of pretty-printed JSON {@code b[0, to)} (whole lines) best ends: after the last
   * line that closes an object ("}" or "}," alone) at the smallest indentation of such lines in the
   * chunk, which is where list items close (nested objects close deeper); -1 if there is none.
   * Formatters (JSON.stringify, json.dumps, jq) indent every item of a list alike.
   */
  static int afterLastItem(byte[] b, int to) {
    int best = -1;
    int bestIndent = Integer.MAX_VALUE;
    int lineStart = 0;
    while (lineStart < to) {
      int nl = Lines.indexOfNewline(b, lineStart, to);
      int lineEnd = nl < 0 ? to : nl;
      int i = lineStart;
      while (i < lineEnd && (b[i] == ' ' || b[i] == '\t')) {
        i++;
      }
      int indent = i - lineStart;
      if (i < lineEnd && b[i] == '}' && indent <= bestIndent && closesAlone(b, i + 1, lineEnd)) {
        bestIndent = indent;
        best = nl < 0 ? to : nl + 1;
      }
      lineStart = lineEnd + 1;
    }
    return best;
  }

  private static boolean closesAlone(byte[] b, int i, int lineEnd) {
    if (i < lineEnd && b[i] == ',') {
      i++;
    }
    while (i < lineEnd && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
    return i == lineEnd;
  }

  /** Finds the items of {@code b[from, to)}; an item still open at {@code to} ends there. */
  void find(byte[] b, int from, int to, TextEncoding enc) {
    boolean gb = enc == TextEncoding.GB18030;
    count = 0;
    int depth = 0;
    int innermostItem = -1;
    boolean itemMayOpen = true; // at the start, or after '[', ',' or '}'
    boolean inString = false;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c >= 0x80) {
        if (gb) {
          i += IdentifierKeys.width(b, i, to, enc) - 1;
        }
        itemMayOpen = false;
        continue;
      }
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          inString = true;
          itemMayOpen = false;
        }
        case '{', '[' -> {
          int item = -1;
          if (c == '{' && itemMayOpen) {
            item = add(i, innermostItem);
            innermostItem = item;
          }
          if (depth < MAX_DEPTH) {
            open[depth] = item;
          }
          depth++;
          itemMayOpen = c == '[';
        }
        case '}', ']' -> {
          if (depth > 0) {
            depth--;
            int item = depth < MAX_DEPTH ? open[depth] : -1;
            if (item >= 0) {
              ends[item] = i + 1;
              innermostItem = parents[item];
            }
          }
          // An unmatched closer: the text started inside containers opened before it.
          itemMayOpen = c == '}';
        }
        case ',' -> itemMayOpen = true;
        case ' ', '\t', '\r', '\n' -> {}
        default -> itemMayOpen = false;
      }
    }
  }

  private int add(int start, int parent) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      parents = Arrays.copyOf(parents, count * 2);
    }
    starts[count] = start;
    ends[count] = Integer.MAX_VALUE; // until it closes
    parents[count] = parent;
    return count++;
  }

  /**
   * For offsets in ascending order, the innermost item holding each ({@code owners[i]}), or -1: one
   * sweep over the items, which nest and are in order of their start.
   */
  void owners(int[] offsets, int n, int[] owners) {
    int[] stack = this.stack;
    int top = 0;
    int next = 0;
    for (int i = 0; i < n; i++) {
      int p = offsets[i];
      while (next < count && starts[next] <= p) {
        while (top > 0 && ends[stack[top - 1]] <= starts[next]) {
          top--;
        }
        if (top < stack.length) {
          stack[top++] = next;
        }
        next++;
      }
      while (top > 0 && ends[stack[top - 1]] <= p) {
        top--;
      }
      owners[i] = top > 0 ? stack[top - 1] : -1;
    }
  }
}
