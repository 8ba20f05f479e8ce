package org.leakaid.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.dump.FileKeys;

/**
 * One task's findings of the reported types, for {@code --findings-out}: their file, type, byte
 * offset and length, text (masked unless asked otherwise) and confidence. Made only when findings
 * are written out; turned into Parquet rows ({@link #SCHEMA}) one task at a time.
 */
record FindingBatch(
    String path, byte[] types, long[] offsets, int[] lengths, String[] values, float[] confidences)
    implements ScanPart {

  /** The Parquet's columns; it is partitioned by {@code type}. */
  static final StructType SCHEMA =
      new StructType()
          .add("type", DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("offset", DataTypes.LongType, false)
          .add("length", DataTypes.LongType, false)
          .add("value", DataTypes.StringType, true)
          .add("confidence", DataTypes.DoubleType, true);

  private static final PiiType[] TYPES = PiiType.values();

  /** The findings of {@code k} whose type is reported, or null if it has none. */
  static FindingBatch of(String path, FileKeys k, boolean[] reported) {
    int n = 0;
    for (int i = 0; i < k.findingCount; i++) {
      n += reported[k.findingTypes[i]] ? 1 : 0;
    }
    if (n == 0 || k.findingValues == null) {
      return null;
    }
    FindingBatch b =
        new FindingBatch(path, new byte[n], new long[n], new int[n], new String[n], new float[n]);
    int j = 0;
    for (int i = 0; i < k.findingCount; i++) {
      if (reported[k.findingTypes[i]]) {
        b.types[j] = k.findingTypes[i];
        b.offsets[j] = k.findingOffsets[i];
        b.lengths[j] = k.findingLengths[i];
        b.values[j] = k.findingValues[i];
        b.confidences[j++] = k.findingConfidences[i];
      }
    }
    return b;
  }

  Iterator<Row> rows() {
    List<Row> rows = new ArrayList<>(types.length);
    for (int i = 0; i < types.length; i++) {
      rows.add(
          RowFactory.create(
              TYPES[types[i]].name(),
              path,
              offsets[i],
              (long) lengths[i],
              values[i],
              (double) confidences[i]));
    }
    return rows.iterator();
  }
}
