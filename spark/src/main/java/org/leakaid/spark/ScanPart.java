package org.leakaid.spark;

import java.io.Serializable;

/**
 * What a scan partition hands on, keyed by bucket: its {@link Tally} (totals, counts, watch hits),
 * its keys as {@link KeyBlock}s (one per bucket, for the shuffle that counts them exactly) and,
 * with {@code --findings-out} only, its findings as {@link FindingBatch}es.
 */
sealed interface ScanPart extends Serializable permits Tally, KeyBlock, FindingBatch {}
