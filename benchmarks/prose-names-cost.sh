#!/usr/bin/env bash
# What names in running text cost: ./leakaid scan timed with the segmenter (prose-names, on the
# launcher's class path) and without it (-Dleakaid.proseNames=off), on prose and on a dump, in the
# same run.
#
#   benchmarks/prose-names-cost.sh [--prose-mib N] [--dump-bytes N] [--runs R]
#
# Prose: the three statutes of the scanner's RealProseTest (official text, no personal data),
# repeated to N MiB (default 32). Dump: the seeded dump-like corpus of compare.sh (GenerateCorpus),
# default 256 MiB. Each command runs R times (default 3), interleaved; the table shows the median
# wall time and the throughput. Whole process: start-up and the segmenter's model loading count.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prose_mib=32
dump_bytes=$((256 << 20))
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --prose-mib) prose_mib="$2"; shift 2 ;;
    --dump-bytes) dump_bytes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "prose-names-cost.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
dir="$root/benchmarks/corpus"
mkdir -p "$dir"
bench_jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$bench_jar" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl benchmarks -am package)
fi
"$root/leakaid" --version >/dev/null # builds the CLI if its sources changed, outside the timing
cli_jar="$root/cli/target/leakaid-cli.jar"
prose="$dir/statutes-${prose_mib}MiB.txt"
if [ ! -f "$prose" ]; then
  statutes="$root/scanner/src/test/resources/org/leakaid/scanner/prose"
  : >"$prose"
  while [ "$(stat -c %s "$prose")" -lt $((prose_mib << 20)) ]; do
    cat "$statutes"/*.md >>"$prose"
  done
fi
dump="$dir/dump-$dump_bytes-seed42.txt"
if [ ! -f "$dump" ]; then
  java -cp "$bench_jar" org.leakaid.benchmarks.GenerateCorpus "$dump" --bytes "$dump_bytes" --seed 42
fi
cat "$prose" "$dump" >/dev/null # into the page cache
now() { date +%s.%N; }
scan() { # scan on|off FILE : wall seconds of a summary scan with all types
  local t0 t1 opt=()
  [ "$1" = off ] && opt=(-Dleakaid.proseNames=off)
  t0=$(now)
  java ${opt[@]+"${opt[@]}"} -XX:FreqInlineSize=200 -jar "$cli_jar" scan --format summary "$2" >/dev/null
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
printf '%-6s %-14s %10s %10s\n' input segmenter seconds MB/s
for input in "$prose" "$dump"; do
  size=$(stat -c %s "$input")
  off_times=()
  on_times=()
  for ((r = 0; r < runs; r++)); do
    off_times+=("$(scan off "$input")")
    on_times+=("$(scan on "$input")")
  done
  name=$([ "$input" = "$prose" ] && echo prose || echo dump)
  for mode in off on; do
    if [ $mode = off ]; then t=$(printf '%s\n' "${off_times[@]}" | median); else t=$(printf '%s\n' "${on_times[@]}" | median); fi
    printf '%-6s %-14s %10s %10.1f\n' "$name" "$mode" "$t" "$(awk -v s="$size" -v t="$t" 'BEGIN { print s / t / 1e6 }')"
  done
done
