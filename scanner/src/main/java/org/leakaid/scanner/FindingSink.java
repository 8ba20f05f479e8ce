package org.leakaid.scanner;

/**
 * Receives what {@link ScanSession#scanLine} finds. Offsets are byte offsets into the buffer given
 * to {@code scanLine} (absolute, not relative to {@code from}); {@code end} is exclusive.
 */
public interface FindingSink {

  /** A validated finding at or above the session's minimum confidence. */
  void found(PiiType type, int start, int end, float confidence);

  /**
   * A candidate that looked like the type but failed validation (bad check character, impossible
   * date, Luhn failure without a card keyword...). Record counting uses these to exclude invalid
   * records; everyone else can ignore them.
   */
  default void rejected(PiiType type, int start, int end) {}
}
