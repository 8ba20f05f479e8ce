#!/usr/bin/env bash
# Shows exact art. 11 duplicate counting past one machine's record table: the same synthetic dump
# counted by ./leakaid scan (RecordTally, capped by the heap) and by ./leakaid cluster-scan (Spark,
# a shuffle on the record keys).
#
#   benchmarks/beyond-cap.sh [--records N] [--duplicates D]
#
# The dump holds N distinct records (name, mobile, ID number, bank card, address; every identifier
# valid) followed by D exact repeats of the last D of them. The CLI runs with -Xmx200m, where its
# record table holds 1,048,576 records (its floor): the records after that are counted but not
# deduplicated, so the repeats of the last records go uncounted as duplicates and basis says so.
# The Spark job gets the heap Spark needs for itself (-Xmx1g; local mode) and counts all of them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
records=1200000
duplicates=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    --duplicates) duplicates="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "beyond-cap.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
dir="$root/benchmarks/corpus"
dump="$dir/beyond-cap-$records-$duplicates.csv"
mkdir -p "$dir"
if [ ! -f "$dump" ]; then
  echo "beyond-cap.sh: writing $dump" >&2
  python3 - "$dump" "$records" "$duplicates" <<'EOF'
import datetime, sys
path, n, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def resident_id(i):
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=i // 900)
    body = "110105" + born.strftime("%Y%m%d") + "%03d" % (i % 900 + 100)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]
def luhn(body):
    total = 0
    for k, c in enumerate(reversed(body)):
        v = int(c) * (2 if k % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)
names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞"]
def row(i):
    return "%s,139%08d,%s,%s,北京市朝阳区建国路%d号\n" % (
        names[i % 10], i, resident_id(i), luhn("622202%012d" % i), i % 300 + 1)
with open(path, "w", encoding="utf-8") as out:
    out.write("姓名,手机,身份证号,银行卡号,地址\n")
    for i in range(n):
        out.write(row(i))
    for i in range(n - d, n):
        out.write(row(i))
EOF
fi
echo "dump: $dump ($(stat -c %s "$dump") bytes), $records distinct records + $duplicates repeats"
records_of() { python3 -c 'import json,sys; s=json.load(sys.stdin); r=s["records"]; print("records.total", r["total"], "duplicates_excluded", r["duplicates_excluded"]); print("basis:", s["severity"]["basis"][-160:])'; }
echo "--- ./leakaid scan --format summary --records (LEAKAID_JAVA_OPTS=-Xmx200m)"
LEAKAID_JAVA_OPTS=-Xmx200m "$root/leakaid" scan --format summary --records "$dump" | records_of
echo "--- ./leakaid cluster-scan (LEAKAID_JAVA_OPTS=-Xmx1g)"
LEAKAID_JAVA_OPTS=-Xmx1g "$root/leakaid" cluster-scan "$dump" | records_of
