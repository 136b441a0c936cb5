#!/usr/bin/env bash
# Usage: check_type_error.sh LAZULI FILE.hs
# `lazuli check` (run in FILE's folder) must exit with code 2, report its first
# error at GHC's position (FILE's .pos) and word it as GHC does: our message
# must be the start of GHC's first message line (FILE's .msg, without GHC's
# leading bullet), since GHC sometimes adds what only type checking knows
# ("Variable not in scope: f :: Int -> Int").
set -u
lazuli=$(realpath "$1")
cd "$(dirname "$2")" || exit 1
name=$(basename "$2")
pos=$(head -n 1 "${name%.*}.pos")
ghc_msg=$(head -n 1 "${name%.*}.msg" | sed 's/^• //')
err=$(timeout 20 "$lazuli" check "$name" 2>&1 >/dev/null)
code=$?
[ $code -eq 2 ] || { echo "expected exit code 2, got $code"; printf '%s\n' "$err"; exit 1; }
first=$(printf '%s\n' "$err" | head -n 1)
# "none": GHC gives no position (an import cycle); then any file and position
# of ours will do, and only the message is compared.
if [ "$pos" = none ]; then
  first=$(printf '%s\n' "$first" | sed 's/^[^:]*:[0-9]*:[0-9]*: error:/X:none: error:/')
  name=X
fi
case "$first" in
  "$name:$pos: error:"*) ;;
  *) echo "expected position $pos (GHC's); got:"; printf '%s\n' "$err" | head -n 12; exit 1 ;;
esac
ours=${first#"$name:$pos: error:"}
ours=${ours# }
[ -n "$ours" ] || ours=$(printf '%s\n' "$err" | sed -n 2p | sed 's/^ *//')
case "$ghc_msg" in
  "$ours"*) exit 0 ;;
esac
echo "message differs from GHC's:"
echo "  ours: $ours"
echo "  GHC:  $ghc_msg"
exit 1
