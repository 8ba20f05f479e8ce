#!/usr/bin/env bash
# Number intelligence, measured in one run on this machine:
#   1. in-process lookups in the offline database (1 million numbers) against a plain
#      HashMap<Long, Label> of the same numbers (JMH, one thread), and memory per number of both;
#   2. the HTTP lookup endpoint under load: ./leakaid serve on loopback (a fresh H2 data directory),
#      wrk (Debian's package) with 2 threads and 32 connections, after a warm-up, against
#      GET /api/numbers/13800138000 with a bearer token, then the peer GET /api/cases (the same
#      token check and one query) in the same server, each measured --runs times. The load average
#      is printed before every run: wrk and the server share the machine's cores with whatever
#      else runs on it, and the latency tail shows it.
#
#   benchmarks/compare-numbers.sh [--duration SECONDS] [--warmup SECONDS] [--connections N]
#                                 [--runs N] [--port P] [--http-only]
#
# The load test sends traffic to 127.0.0.1 only, stops by itself, and stops the server it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=30
warmup=60
connections=32
runs=1
port=18480
http_only=
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --http-only) http_only=1; shift ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "compare-numbers.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bench_jar="$root/benchmarks/target/benchmarks.jar"
if ! command -v wrk >/dev/null 2>&1; then
  echo "compare-numbers.sh: installing wrk" >&2
  apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi
(cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl benchmarks,app -am package)

if [ -z "$http_only" ]; then
  echo "== in-process: offline database vs HashMap<Long, Label> ($(nproc) cores, $(date -u +%FT%TZ))"
  java -Xmx2g -cp "$bench_jar" org.leakaid.benchmarks.NumberDbFootprint
  java -jar "$bench_jar" NumberLookupBenchmark -rf text -rff /tmp/leakaid-numbers-jmh.txt >/dev/null
  cat /tmp/leakaid-numbers-jmh.txt
  # A row is "NAME thrpt CNT SCORE ± ERROR UNITS" ("NAME thrpt SCORE UNITS" for one iteration);
  # the ratio used to divide the "±" column (read as 0), which printed -nan.
  awk '{ score = ""; if ($2 ~ /^(thrpt|avgt)$/) score = NF >= 6 ? $4 : $3; gsub(",", "", score) }
    /NumberLookupBenchmark.offlineDb/ { db = score } /NumberLookupBenchmark.hashMap/ { map = score }
    END { if (db != "" && map + 0 > 0) printf "offline database / HashMap lookups per second: %.2f\n", db / map
          else { print "compare-numbers.sh: no JMH scores in /tmp/leakaid-numbers-jmh.txt" > "/dev/stderr"; exit 1 } }' \
    /tmp/leakaid-numbers-jmh.txt
fi

echo "== HTTP: GET /api/numbers/{number} and the peer GET /api/cases, wrk -t2 -c$connections -d${duration}s after ${warmup}s"
data="$(mktemp -d)"
# The launcher as users start it (its heap and GC settings); LEAKAID_NO_BUILD: the jar was built above.
LEAKAID_DATA="$data" LEAKAID_NO_BUILD=1 "$root/leakaid" serve --port "$port" >"$data/serve.log" 2>&1 &
server=$!
# Stopping the server is part of the run, not its outcome: the script's status stays that of the
# measurements (a killed server's wait status, 143, used to become the script's).
stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap stop_server EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 1
done
user="bench$(date +%s)"
curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"wrk measures loopback 48 lookups\"}" "http://127.0.0.1:$port/api/auth/register"
token=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"wrk measures loopback 48 lookups\"}" "http://127.0.0.1:$port/api/auth/token" |
  sed -E 's/.*"token":"([^"]+)".*/\1/')
url="http://127.0.0.1:$port/api/numbers/13800138000"
peer="http://127.0.0.1:$port/api/cases"
curl -fs -H "Authorization: Bearer $token" "$url"; echo
# Warm-up: on two cores the JIT compiler competes with the requests for a minute or more.
wrk -t2 -c"$connections" -d"${warmup}s" -H "Authorization: Bearer $token" "$url" >/dev/null
wrk -t2 -c"$connections" -d10s -H "Authorization: Bearer $token" "$peer" >/dev/null
for run in $(seq 1 "$runs"); do
  for target in "$url" "$peer"; do
    echo "-- run $run, $target, $(date -u +%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" "$target"
  done
done
