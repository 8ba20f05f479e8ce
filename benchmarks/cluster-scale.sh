#!/usr/bin/env bash
# Times ./leakaid cluster-scan on one large dump with local[1] against local[2]: how the Spark job
# scales with cores when one file is scanned in splits (docs/cluster-scan.md).
#
#   benchmarks/cluster-scale.sh [--bytes N] [--seed S] [--split-size SIZE] [--runs R] [--pin]
#
# Defaults: a 4 GiB dump (--bytes 4294967296), split size 128m, one run each. With --runs R each
# master runs R times, interleaved, and the table shows the median. The dump is generated once by
# GenerateCorpus (the seeded corpus of benchmarks/compare.sh, in benchmarks/corpus/, git-ignored)
# and read into the page cache before timing. Both runs must print the same summary (all but
# "seconds"); the script stops if they do not. Heap: $LEAKAID_JAVA_OPTS (default here -Xmx3g).
# Wall times include starting Spark (about 11 s on this machine). A task scans on its own thread,
# but the JVM's JIT compiler, garbage collector and Spark's threads run beside it, so local[1]
# alone keeps more than one core busy; --pin runs local[N] on N CPUs (taskset -c 0..N-1), which
# compares one core with two.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bytes=$((4 << 30))
seed=42
split=128m
runs=1
pin=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bytes) bytes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --split-size) split="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --pin) pin=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "cluster-scale.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

corpus_dir="$root/benchmarks/corpus"
corpus="$corpus_dir/dump-$bytes-seed$seed.txt"
bench_jar="$root/benchmarks/target/benchmarks.jar"
mkdir -p "$corpus_dir"
if [ ! -f "$bench_jar" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl benchmarks -am package)
fi
"$root/leakaid" cluster-scan --help >/dev/null # builds the Spark job if its sources changed
if [ ! -f "$corpus" ]; then
  echo "cluster-scale.sh: generating $corpus ($bytes bytes, seed $seed)..." >&2
  java -cp "$bench_jar" org.leakaid.benchmarks.GenerateCorpus "$corpus" --bytes "$bytes" --seed "$seed"
fi
size=$(stat -L -c %s "$corpus")
cat "$corpus" >/dev/null

export LEAKAID_JAVA_OPTS="${LEAKAID_JAVA_OPTS:--Xmx3g}"
now() { date +%s.%N; }
declare -A times
for ((r = 1; r <= runs; r++)); do
  for cores in 1 2; do
    out="$corpus_dir/cluster-local$cores.json"
    t0=$(now)
    cpus=()
    [ "$pin" = 0 ] || cpus=(taskset -c "0-$((cores - 1))")
    LEAKAID_NO_BUILD=1 ${cpus[@]+"${cpus[@]}"} "$root/leakaid" cluster-scan --master "local[$cores]" --split-size "$split" \
      "$corpus" >"$out"
    t1=$(now)
    times[$cores]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }') "
  done
done
strip() { grep -v '"seconds"' "$1"; }
if ! diff <(strip "$corpus_dir/cluster-local1.json") <(strip "$corpus_dir/cluster-local2.json") >/dev/null; then
  echo "cluster-scale.sh: local[1] and local[2] printed different summaries" >&2
  exit 1
fi
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
t1=$(median "${times[1]}")
t2=$(median "${times[2]}")
printf 'dump: %s bytes (%s), split size %s, %s run(s), median wall seconds%s\n' "$size" "$corpus" \
  "$split" "$runs" "$([ "$pin" = 0 ] || echo ', local[N] on N CPUs (--pin)')"
printf '%-9s %9s %9s\n' master seconds 'MB/s'
for c in 1 2; do
  t=$(median "${times[$c]}")
  printf '%-9s %9s %9.1f\n' "local[$c]" "$t" "$(awk -v s="$size" -v t="$t" 'BEGIN { print s / t / 1e6 }')"
done
awk -v a="$t1" -v b="$t2" 'BEGIN { printf "speed-up local[2] over local[1]: %.2fx (target >= 1.8x)\n", a / b }'
