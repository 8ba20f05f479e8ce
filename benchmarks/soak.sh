#!/usr/bin/env bash
# Soak test of the packaged web app: mixed load for --minutes (default 10) with the database pool
# replacing its connections every 30 s, from an empty data directory; then every case's evidence
# package is exported and verified. Exit 0 when there was no error. See soak/Soak.java.
#
#   benchmarks/soak.sh [--minutes N] [--threads N] [--max-lifetime-ms MS] [-- app arguments]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rm -f app/target/leakaid-app.jar benchmarks/target/benchmarks.jar
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl app,benchmarks -am package
exec java -cp benchmarks/target/benchmarks.jar org.leakaid.benchmarks.soak.Soak "$@"
