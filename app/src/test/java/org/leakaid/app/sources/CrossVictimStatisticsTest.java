package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CrossVictimStatisticsTest {

  @Test
  void theTailIsTheOneSidedFisherExactTest() {
    // 2x2 table [[3,1],[1,3]]: P(X >= 3) = (16 + 1) / 70, as Fisher's exact test gives it.
    assertThat(CrossVictimStatistics.upperTail(8, 4, 4, 3)).isCloseTo(17.0 / 70, within(1e-12));
    // All 5 drawn from 5 marked of 8: 1 / C(8,5).
    assertThat(CrossVictimStatistics.upperTail(8, 5, 5, 5)).isCloseTo(1.0 / 56, within(1e-12));
    assertThat(CrossVictimStatistics.upperTail(100, 40, 10, 0)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void fourVictimsShowNothingFiveShowThePlatform() {
    Map<UUID, Set<String>> ledgers = new HashMap<>();
    Set<UUID> linked = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      ledgers.put(UUID.randomUUID(), Set.of("other"));
    }
    for (int i = 0; i < 4; i++) {
      UUID v = UUID.randomUUID();
      ledgers.put(v, Set.of("jd"));
      linked.add(v);
    }
    assertThat(CrossVictimStatistics.sharedPlatforms(ledgers, linked)).isEmpty();
    UUID fifth = UUID.randomUUID();
    ledgers.put(fifth, Set.of("jd"));
    linked.add(fifth);
    List<CrossVictimStatistics.Shared> shared =
        CrossVictimStatistics.sharedPlatforms(ledgers, linked);
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).platformKey()).isEqualTo("jd");
    assertThat(shared.get(0).linkedWith()).isEqualTo(5);
    assertThat(shared.get(0).ratio()).isCloseTo(5.0, within(1e-9));
  }

  @Test
  void aPlatformSomeLinkedVictimsShareBelowFiveIsLeftOutEvenWhenOthersShow() {
    Map<UUID, Set<String>> ledgers = new HashMap<>();
    Set<UUID> linked = new HashSet<>();
    for (int i = 0; i < 8; i++) {
      UUID v = UUID.randomUUID();
      ledgers.put(v, i < 4 ? Set.of("jd", "rare") : Set.of("jd"));
      linked.add(v);
    }
    assertThat(CrossVictimStatistics.sharedPlatforms(ledgers, linked))
        .extracting(CrossVictimStatistics.Shared::platformKey)
        .containsExactly("jd");
  }

  /**
   * A synthetic population where the leaking platform is known: 50 victims of the leak, harassed
   * from a pool of the leakers' numbers, among 200 others with ordinary ledgers. 10% noise: one
   * leak victim in ten forgot the platform in their ledger and was also called from a random
   * number, and as many bystanders (5) were called from one of the leakers' numbers too.
   */
  @Test
  void inASyntheticPopulationTheLeakingPlatformComesFirst() {
    Random random = new Random(20261204L);
    List<String> platforms =
        List.of(
            "jd", "taobao", "pdd", "meituan", "sf", "zto", "ctrip", "didi", "dy", "xhs", "leaky");
    List<String> leakerNumbers =
        List.of("17000000001", "17000000002", "17000000003", "17000000004");
    Map<UUID, Set<String>> ledgers = new HashMap<>();
    Map<UUID, Set<String>> numbers = new HashMap<>();
    List<UUID> leakVictims = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      UUID v = UUID.randomUUID();
      boolean leakVictim = i < 50;
      // 10% noise: 5 of the 50 leak victims, and 5 bystanders (as many again) falsely linked.
      boolean noise = leakVictim ? i % 10 == 0 : i < 55;
      Set<String> ledger = new HashSet<>();
      // Everyone uses a few common platforms; "leaky" is used by 15% of people at large.
      for (String p : platforms) {
        double share = p.equals("leaky") ? 0.15 : 0.35;
        if (random.nextDouble() < share) {
          ledger.add(p);
        }
      }
      Set<String> called = new HashSet<>();
      if (leakVictim) {
        if (!noise) {
          ledger.add("leaky");
        } else {
          ledger.remove("leaky");
          called.add("139" + (10_000_000 + random.nextInt(89_999_999)));
        }
        called.add(leakerNumbers.get(random.nextInt(leakerNumbers.size())));
        leakVictims.add(v);
      } else {
        called.add("138" + (10_000_000 + random.nextInt(89_999_999)));
        if (noise) {
          called.add(leakerNumbers.get(random.nextInt(leakerNumbers.size())));
        }
      }
      ledgers.put(v, ledger);
      numbers.put(v, called);
    }
    int first = 0;
    for (UUID asker : leakVictims) {
      Set<UUID> linked = new HashSet<>();
      linked.add(asker);
      numbers.forEach(
          (v, called) -> {
            if (called.stream().anyMatch(numbers.get(asker)::contains)) {
              linked.add(v);
            }
          });
      List<CrossVictimStatistics.Shared> shared =
          CrossVictimStatistics.sharedPlatforms(ledgers, linked);
      if (!shared.isEmpty() && shared.get(0).platformKey().equals("leaky")) {
        first++;
        assertThat(shared.get(0).pValue()).isLessThan(0.01);
        assertThat(shared.get(0).ratio()).isGreaterThan(1.5);
      }
      assertThat(shared).allMatch(s -> s.linkedWith() >= CrossVictimStatistics.MIN_VICTIMS);
    }
    // Linked groups share a leaker's number; each has about 12 leak victims and a few bystanders.
    assertThat(first).as("victims for whom the leaking platform ranks first").isEqualTo(50);
  }
}
