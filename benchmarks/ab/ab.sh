#!/usr/bin/env bash
# Interleaved A/B of the scanner's hot path for builds of benchmarks.jar, by thread CPU time.
#
#   benchmarks/ab/ab.sh TYPES ROUNDS a.jar b.jar [c.jar ...]     (TYPES: STRUCTURED or ALL)
#
# Build each version with ./mvnw -B -q -pl benchmarks -am package -DskipTests and copy
# benchmarks/target/benchmarks.jar away before building the next. Each round scans DenseDump's 8 MiB
# three times per jar, jars in turn; the first third of the rounds is warm-up. Prints the median and
# best GB/s per jar, and the load average before and after (compare only jars of the same run).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
java -Xmx2g "$here/CpuTimeAB.java" "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
