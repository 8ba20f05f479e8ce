#!/usr/bin/env bash
# Times ./leakaid scan against ripgrep and Hyperscan on the same ~1 GB dump-like corpus, in the same run.
#
#   benchmarks/compare.sh [--bytes N] [--seed S] [--runs R]
#
# With --runs R (default 3) the three commands run R times, interleaved, and the table shows each
# one's median wall time: on a shared 2-core machine single runs vary by 10-40%, ripgrep's too.
#
# The corpus (benchmarks/corpus/, git-ignored) is generated once by GenerateCorpus from the seeded,
# labelled CorpusGenerator and reused afterwards. Every tool reads it from the page cache (it is
# read once before timing). ripgrep runs the usual PII regexes (18-digit ID numbers, mainland
# mobiles, 13-19 digit card numbers, e-mails) with --count-matches: it matches, it does not validate.
# Hyperscan (benchmarks/hyperscan/hscount.c, built here against Debian's libhyperscan-dev) counts
# the same patterns on every core.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bytes=$((1 << 30))
seed=42
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --bytes) bytes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

corpus_dir="$root/benchmarks/corpus"
corpus="$corpus_dir/dump-$bytes-seed$seed.txt"
bench_jar="$root/benchmarks/target/benchmarks.jar"
mkdir -p "$corpus_dir"

if ! command -v rg >/dev/null 2>&1; then
  echo "compare.sh: installing ripgrep" >&2
  apt-get install -y -q ripgrep >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q ripgrep >/dev/null; }
fi
if [ ! -f /usr/include/hs/hs.h ]; then
  echo "compare.sh: installing libhyperscan-dev" >&2
  apt-get install -y -q libhyperscan-dev >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q libhyperscan-dev >/dev/null; }
fi
hscount="$root/benchmarks/target/hscount"
if [ ! -x "$hscount" ] || [ "$root/benchmarks/hyperscan/hscount.c" -nt "$hscount" ]; then
  mkdir -p "$root/benchmarks/target"
  cc -O2 -o "$hscount" "$root/benchmarks/hyperscan/hscount.c" -lhs -lpthread
fi
if [ ! -f "$bench_jar" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl benchmarks -am package)
fi
"$root/leakaid" --version >/dev/null # builds the CLI if its sources changed, outside the timing
# The launcher itself (its JVM options count), minus its source-staleness check.
leakaid=(env LEAKAID_NO_BUILD=1 "$root/leakaid")
if [ ! -f "$corpus" ]; then
  echo "compare.sh: generating $corpus ($bytes bytes, seed $seed)..." >&2
  java -cp "$bench_jar" org.leakaid.benchmarks.GenerateCorpus "$corpus" --bytes "$bytes" --seed "$seed"
fi
size=$(stat -L -c %s "$corpus") # -L: the corpus may be a symlink to a shared copy
cat "$corpus" >/dev/null # into the page cache, so that no tool pays for the disk

structured=CN_RESIDENT_ID,CN_MOBILE,CN_LANDLINE,BANK_CARD,EMAIL,CN_PASSPORT,CN_LICENSE_PLATE,CN_USCC,IP_ADDRESS,GEO_COORDINATE
now() { date +%s.%N; }
timed() { # timed OUTFILE CMD... : prints the wall seconds
  local out="$1"; shift
  local t0 t1
  t0=$(now); "$@" >"$out"; t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

rg_out="$corpus_dir/rg.out"
run_rg() {
  timed "$rg_out" rg --count-matches --no-filename \
    -e '[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]' \
    -e '1[3-9][0-9]{9}' \
    -e '[0-9]{13,19}' \
    -e '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}' \
    "$corpus"
}
hs_out="$corpus_dir/hscount.out"
runs_rg=() runs_hs=() runs_all=() runs_str=()
for ((r = 1; r <= runs; r++)); do
  runs_rg+=("$(run_rg)")
  runs_hs+=("$(timed "$hs_out" "$hscount" "$corpus")")
  runs_all+=("$(timed "$corpus_dir/leakaid-all.json" "${leakaid[@]}" scan --format summary "$corpus")")
  runs_str+=("$(timed "$corpus_dir/leakaid-structured.json" "${leakaid[@]}" scan --format summary --types "$structured" "$corpus")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { printf '%s\n' "$@" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }'; }
t_rg=$(median "${runs_rg[@]}")
t_hs=$(median "${runs_hs[@]}")
t_all=$(median "${runs_all[@]}")
t_str=$(median "${runs_str[@]}")

gbps() { awk -v s="$size" -v t="$1" 'BEGIN { printf "%.3f", s / t / 1e9 }'; }
ratio() { awk -v r="$t_rg" -v t="$1" 'BEGIN { printf "%.2f", r / t }'; }
echo "corpus: $corpus ($size bytes), $(nproc) cores, $(date -u +%FT%TZ), median of $runs runs"
printf '%-44s %9s %7s %14s\n' "run" "seconds" "GB/s" "vs ripgrep"
printf '%-44s %9.2f %7.3f %14s\n' "rg --count-matches (ID|mobile|card|e-mail)" "$t_rg" "$(gbps "$t_rg")" "1.00x"
printf '%-44s %9.2f %7.3f %13.2fx\n' "hscount, Hyperscan, $(nproc) threads (same)" "$t_hs" "$(gbps "$t_hs")" "$(ratio "$t_hs")"
printf '%-44s %9.2f %7.3f %13.2fx\n' "leakaid scan --format summary (all types)" "$t_all" "$(gbps "$t_all")" "$(ratio "$t_all")"
printf '%-44s %9.2f %7.3f %13.2fx\n' "leakaid scan --format summary (structured)" "$t_str" "$(gbps "$t_str")" "$(ratio "$t_str")"
echo "(vs ripgrep = ripgrep's median wall time / this one's; above 1 is faster than ripgrep)"
echo "all runs, seconds: ripgrep $(spread "${runs_rg[@]}"), Hyperscan $(spread "${runs_hs[@]}"), all types $(spread "${runs_all[@]}")," \
  "structured $(spread "${runs_str[@]}")"
inner() { grep -o '"seconds":[0-9.]*' "$1" | cut -d: -f2; }
echo "leakaid's own timing of the last run, JVM start-up excluded: all types $(inner "$corpus_dir/leakaid-all.json") s," \
  "structured $(inner "$corpus_dir/leakaid-structured.json") s"
echo "ripgrep matches: $(cat "$rg_out"), Hyperscan matches: $(cat "$hs_out")"
echo "leakaid counts (all types): $(grep -o '"counts":{[^}]*}' "$corpus_dir/leakaid-all.json")"
