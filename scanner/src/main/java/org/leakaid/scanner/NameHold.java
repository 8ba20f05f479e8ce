package org.leakaid.scanner;

import java.util.Arrays;

/**
 * Passes findings on, except names, which it holds to the end of the line (the prose step adds its
 * names after the rules have run, and a sink gets the findings of one type in order); keeps the
 * spans of all findings, which the prose step leaves alone. One per {@link ScanSession} that has a
 * segmenter.
 */
final class NameHold implements FindingSink {
  private FindingSink out;
  int[] spans = new int[32];
  int count;
  private int[] names = new int[24];
  private float[] confidences = new float[8];
  private int held;

  void start(FindingSink out) {
    this.out = out;
    count = 0;
    held = 0;
  }

  @Override
  public void found(PiiType type, int start, int end, float confidence) {
    if (2 * count + 2 > spans.length) {
      spans = Arrays.copyOf(spans, spans.length * 2);
    }
    spans[2 * count] = start;
    spans[2 * count + 1] = end;
    count++;
    if (type == PiiType.PERSON_NAME) {
      hold(start, end, confidence);
    } else {
      out.found(type, start, end, confidence);
    }
  }

  @Override
  public void rejected(PiiType type, int start, int end) {
    out.rejected(type, start, end);
  }

  private void hold(int start, int end, float confidence) {
    if (held == confidences.length) {
      confidences = Arrays.copyOf(confidences, held * 2);
      names = Arrays.copyOf(names, held * 4);
    }
    // Insertion in order of start: a line holds a handful of names.
    int k = held;
    while (k > 0 && names[2 * (k - 1)] > start) {
      names[2 * k] = names[2 * (k - 1)];
      names[2 * k + 1] = names[2 * (k - 1) + 1];
      confidences[k] = confidences[k - 1];
      k--;
    }
    names[2 * k] = start;
    names[2 * k + 1] = end;
    confidences[k] = confidence;
    held++;
  }

  /** Where the prose step reports: held with the rules' names, not recorded as rule spans. */
  private final FindingSink proseSink;

  NameHold(float minConfidence) {
    this.proseSink =
        (type, start, end, confidence) -> {
          if (confidence >= minConfidence) {
            hold(start, end, confidence);
          }
        };
  }

  FindingSink names() {
    return proseSink;
  }

  /** The rules' names on this line so far, as start and end pairs ({@link #held} of them). */
  int[] heldSpans() {
    return names;
  }

  int held() {
    return held;
  }

  void finish() {
    for (int k = 0; k < held; k++) {
      out.found(PiiType.PERSON_NAME, names[2 * k], names[2 * k + 1], confidences[k]);
    }
    held = 0;
    out = null;
  }
}
