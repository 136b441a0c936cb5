#!/usr/bin/env bash
# Usage: check_parse_error.sh LAZULI FILE
# FILE must be rejected with exit code 2 and a first line
# "FILE:LINE:COL: error: ..." whose LINE:COL is the one in FILE's .pos
# (GHC's position; see tests/parse-errors/README.md).
set -u
lazuli=$1 file=$2
pos_file="${file%.*}.pos"
expected=$(head -n 1 "$pos_file")
# A documented deviation: a line "lazuli: LINE:COL reason" says where we
# report instead (see tests/parse-errors/README.md).
ours=$(sed -n 's/^lazuli: \([0-9]*:[0-9]*\).*/\1/p' "$pos_file")
[ -n "$ours" ] && expected=$ours
err=$(timeout 20 "$lazuli" check "$file" 2>&1 >/dev/null)
code=$?
if [ $code -ne 2 ]; then
  echo "expected exit code 2, got $code"; echo "$err"; exit 1
fi
first=$(printf '%s\n' "$err" | head -n 1)
case "$first" in
  "$file:$expected: error:"*) exit 0 ;;
esac
echo "expected position $expected (GHC's), got:"
printf '%s\n' "$err"
exit 1
