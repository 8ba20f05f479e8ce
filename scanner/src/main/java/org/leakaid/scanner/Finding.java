package org.leakaid.scanner;

/**
 * A finding in a String: {@code start}/{@code end} are char offsets (end exclusive), {@code text}
 * is the matched text as written.
 */
public record Finding(PiiType type, int start, int end, String text, float confidence) {}
