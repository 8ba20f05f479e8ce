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
   * By start offset, the longer first where two start together. Insertion sort: a line holds a
   * handful of findings, mostly in order already.
   */
  void sortByStart() {
    for (int i = 1; i < n; i++) {
      int s = starts[i];
      int e = ends[i];
      float c = confidences[i];
      PiiType t = types[i];
      int j = i - 1;
      while (j >= 0 && (starts[j] > s || (starts[j] == s && ends[j] < e))) {
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
}
