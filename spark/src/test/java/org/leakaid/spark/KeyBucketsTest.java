package org.leakaid.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.dump.FileKeys;
import scala.Tuple2;

/**
 * The counting path without Spark: partitions keep their keys once, cut them into buckets, each
 * bucket is counted on its own ({@link BucketCount}), and the sums are the exact counts over all
 * partitions, whatever the number of buckets; keys 0 and a table that grows included.
 */
class KeyBucketsTest {
  private static final int MOBILE = PiiType.CN_MOBILE.ordinal();
  private static final int EMAIL = PiiType.EMAIL.ordinal();

  @Test
  void bucketCountsAddUpToTheExactCountsOverAllPartitions() {
    Random random = new Random(7);
    boolean[] reported = new boolean[PiiType.values().length];
    reported[MOBILE] = true;
    reported[EMAIL] = true;
    // Three partitions whose keys overlap: small key ranges make repeats within and across them.
    List<FileKeys> partitions = new ArrayList<>();
    Set<Long> mobiles = new HashSet<>();
    Set<Long> emails = new HashSet<>();
    Set<Long> persons = new HashSet<>();
    Map<Long, Integer> minTier = new HashMap<>();
    Map<Long, Integer> occurrences = new HashMap<>();
    for (int p = 0; p < 3; p++) {
      FileKeys k = FileKeys.unreadable();
      k.unreadable = 0;
      k.findingTypes = new byte[20_000];
      k.findingKeys = new long[20_000];
      for (int i = 0; i < 20_000; i++) {
        boolean mobile = random.nextBoolean();
        long key = random.nextInt(9_000) - 100; // negative keys and 0 among them
        k.findingTypes[i] = (byte) (mobile ? MOBILE : EMAIL);
        k.findingKeys[i] = key;
        (mobile ? mobiles : emails).add(key);
      }
      k.findingCount = 20_000;
      k.recordKeys = new long[5_000];
      k.recordTiers = new byte[5_000];
      k.personKeys = new long[5_000];
      for (int i = 0; i < 5_000; i++) {
        long key = random.nextInt(6_000) * 0x9E3779B97F4A7C15L;
        int tier = 1 + random.nextInt(3);
        k.recordKeys[i] = key;
        k.recordTiers[i] = (byte) tier;
        k.personKeys[i] = random.nextInt(4_000);
        minTier.merge(key, tier, Math::min);
        occurrences.merge(key, 1, Integer::sum);
        persons.add(k.personKeys[i]);
      }
      k.recordCount = 5_000;
      partitions.add(k);
    }
    long[] tierDistinct = new long[4];
    long[] tierRecords = new long[4];
    minTier.forEach(
        (key, tier) -> {
          tierDistinct[tier]++;
          tierRecords[tier] += occurrences.get(key);
        });

    for (int buckets : new int[] {1, 2, 7, 64}) {
      List<List<Tuple2<Integer, ScanPart>>> shuffled = new ArrayList<>();
      for (int b = 0; b < buckets; b++) {
        shuffled.add(new ArrayList<>());
      }
      for (FileKeys k : partitions) {
        PartitionKeys keys = new PartitionKeys(reported);
        keys.add(k);
        for (Tuple2<Integer, ScanPart> block : keys.blocks(buckets)) {
          shuffled.get(block._1()).add(block);
        }
      }
      Tally total = new Tally(0);
      for (List<Tuple2<Integer, ScanPart>> bucket : shuffled) {
        Iterator<Tally> out = new BucketCount(0).call(bucket.iterator());
        total.merge(out.next());
      }
      assertThat(total.distinct[MOBILE]).as("buckets %d", buckets).isEqualTo(mobiles.size());
      assertThat(total.distinct[EMAIL]).isEqualTo(emails.size());
      assertThat(total.tierDistinct).containsExactly(tierDistinct);
      assertThat(total.tierRecords).containsExactly(tierRecords);
      assertThat(total.persons).isEqualTo(persons.size());
    }
  }
}
