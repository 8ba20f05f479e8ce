package org.leakaid.scanner.dump;

import java.util.Arrays;
import org.leakaid.scanner.PiiType;

/**
 * The findings of one line, in parallel arrays so that the hot path allocates nothing once they
 * have grown to the densest line seen. The detector reports findings by detection pass (numbers
 * first, names and addresses after); {@link #sortByStart} puts them in the order they appear.
 */
final class LineFindings {
  int[] starts = new int[16];
  int[] ends = new int[16];
  float[] confidences = new float[16];
  PiiType[] types = new PiiType[16];
  int n;

  // Scratch for sortByStart, grown with the arrays above.
  private long[] keys = new long[0];
  private int[] sortedStarts = new int[0];
  private int[] sortedEnds = new int[0];
  private float[] sortedConfidences = new float[0];
  private PiiType[] sortedTypes = new PiiType[0];

  void clear() {
    n = 0;
  }

  void add(PiiType type, int start, int end, float confidence) {
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
      confidences = Arrays.copyOf(confidences, n * 2);
      types = Arrays.copyOf(types, n * 2);
    }
    starts[n] = start;
    ends[n] = end;
    confidences[n] = confidence;
    types[n++] = type;
  }

  /**
   * By start offset, the longer first where two start together, else in the order they came. A line
   * usually holds a handful of findings already in order, which one pass confirms; a long line (a
   * JSON array or an INSERT on one line) may hold hundreds of thousands in several sorted runs, so
   * the rest is sorted in O(n log n): by start and arrival, then the rare findings that start
   * together by length.
   */
  void sortByStart() {
    if (inOrder()) {
      return;
    }
    if (keys.length < n) {
      keys = new long[starts.length];
      sortedStarts = new int[starts.length];
      sortedEnds = new int[starts.length];
      sortedConfidences = new float[starts.length];
      sortedTypes = new PiiType[starts.length];
    }
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) starts[i] << 32) | i; // starts are offsets, never negative
    }
    Arrays.sort(keys, 0, n);
    for (int i = 0; i < n; i++) {
      int from = (int) keys[i];
      sortedStarts[i] = starts[from];
      sortedEnds[i] = ends[from];
      sortedConfidences[i] = confidences[from];
      sortedTypes[i] = types[from];
    }
    System.arraycopy(sortedStarts, 0, starts, 0, n);
    System.arraycopy(sortedEnds, 0, ends, 0, n);
    System.arraycopy(sortedConfidences, 0, confidences, 0, n);
    System.arraycopy(sortedTypes, 0, types, 0, n);
    for (int i = 1; i < n; i++) {
      if (starts[i] == starts[i - 1] && ends[i] > ends[i - 1]) {
        longerFirst(i);
      }
    }
  }

  private boolean inOrder() {
    for (int i = 1; i < n; i++) {
      if (starts[i] < starts[i - 1] || (starts[i] == starts[i - 1] && ends[i] > ends[i - 1])) {
        return false;
      }
    }
    return true;
  }

  /** Moves finding {@code i} before the shorter ones that start where it does. */
  private void longerFirst(int i) {
    int s = starts[i];
    int e = ends[i];
    float c = confidences[i];
    PiiType t = types[i];
    int j = i - 1;
    while (j >= 0 && starts[j] == s && ends[j] < e) {
      starts[j + 1] = starts[j];
      ends[j + 1] = ends[j];
      confidences[j + 1] = confidences[j];
      types[j + 1] = types[j];
      j--;
    }
    starts[j + 1] = s;
    ends[j + 1] = e;
    confidences[j + 1] = c;
    types[j + 1] = t;
  }
}
