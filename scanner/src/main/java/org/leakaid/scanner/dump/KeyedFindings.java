package org.leakaid.scanner.dump;

import java.util.Arrays;
import org.leakaid.scanner.PiiType;

/**
 * A chunk's findings as the Spark job's keys need them ({@link FileKeys}): type, span in the chunk,
 * confidence and value key, in the order the detector reported them. Writing them as JSON lines and
 * parsing those back took about a third of the job's CPU (masking the text the job mostly does not
 * keep, then reading the numbers back).
 */
final class KeyedFindings {
  byte[] types = new byte[64];
  int[] starts = new int[64];
  int[] ends = new int[64];
  float[] confidences = new float[64];
  long[] keys = new long[64];
  int count;

  void add(PiiType type, int start, int end, float confidence, long key) {
    if (count == keys.length) {
      int size = count * 2;
      types = Arrays.copyOf(types, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      confidences = Arrays.copyOf(confidences, size);
      keys = Arrays.copyOf(keys, size);
    }
    types[count] = (byte) type.ordinal();
    starts[count] = start;
    ends[count] = end;
    confidences[count] = confidence;
    keys[count++] = key;
  }
}
