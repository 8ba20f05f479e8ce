#!/usr/bin/env bash
# Number intelligence, measured in one run on this machine:
#   1. in-process lookups in the offline database (1 million numbers) against a plain
#      HashMap<Long, Label> of the same numbers (JMH, one thread), and memory per number of both;
#   2. the HTTP lookup endpoint under load: ./leakaid serve on loopback (a fresh H2 data directory),
#      wrk (Debian's package) with 2 threads and 16 connections for 20 s against
#      GET /api/numbers/13800138000 with a bearer token.
#
#   benchmarks/compare-numbers.sh [--duration SECONDS] [--connections N] [--port P]
#
# The load test sends traffic to 127.0.0.1 only, stops by itself, and stops the server it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=20
connections=16
port=18480
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "compare-numbers.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bench_jar="$root/benchmarks/target/benchmarks.jar"
if ! command -v wrk >/dev/null 2>&1; then
  echo "compare-numbers.sh: installing wrk" >&2
  apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi
(cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl benchmarks,app -am package)

echo "== in-process: offline database vs HashMap<Long, Label> ($(nproc) cores, $(date -u +%FT%TZ))"
java -Xmx2g -cp "$bench_jar" org.leakaid.benchmarks.NumberDbFootprint
java -jar "$bench_jar" NumberLookupBenchmark -rf text -rff /tmp/leakaid-numbers-jmh.txt >/dev/null
cat /tmp/leakaid-numbers-jmh.txt
awk '/NumberLookupBenchmark.offlineDb/ { db = $(NF-2) } /NumberLookupBenchmark.hashMap/ { map = $(NF-2) }
  END { gsub(",", "", db); gsub(",", "", map); if (map > 0) printf "offline database / HashMap lookups per second: %.2f\n", db / map }' \
  /tmp/leakaid-numbers-jmh.txt

echo "== HTTP: GET /api/numbers/{number} under wrk -t2 -c$connections -d${duration}s"
data="$(mktemp -d)"
LEAKAID_DATA="$data" LEAKAID_NO_BUILD=1 java -jar "$root/app/target/leakaid-app.jar" \
  --server.port="$port" >"$data/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
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
curl -fs -H "Authorization: Bearer $token" "$url"; echo
# Warm-up (JIT), then the measured run.
wrk -t2 -c"$connections" -d10s -H "Authorization: Bearer $token" "$url" >/dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" "$url"
