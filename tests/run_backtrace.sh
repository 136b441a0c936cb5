#!/usr/bin/env bash
# Usage: run_backtrace.sh LAZULI FILE.hs [--no-ccs]
# The cost-centre backtrace oracle (tests/backtraces/README.md). Runs
# `lazuli run FILE.hs` in FILE's folder and compares with GHC 9.0.2's run of
# the same program built with `ghc -prof -fprof-auto -O0`, stored beside it:
#   - standard output equals FILE.stdout byte for byte, exit code 1;
#   - standard error up to GHC's "CallStack (from -prof):" line (the message
#     and the HasCallStack block) equals FILE.ghc.stderr's;
#   - the lines after lazuli's "CallStack (from cost-centre stack):" equal,
#     line for line, the lines after GHC's "CallStack (from -prof):".
# With --no-ccs, the program runs without cost centres and its stderr must be
# GHC's without the -prof block.
# Exceptions other than `error` have no -prof block in GHC; for them
# FILE.ghc-xc.stderr holds the stderr of the -prof binary run with `+RTS -xc`,
# and the centres of lazuli's backtrace must be, in order, those of the first
# stack GHC reports (after the library's own CAF, when the exception is a
# library CAF, up to the next "evaluated by"); the exit code must be GHC's.
# FILE.flags, when present, holds extra options for `lazuli run`.
set -u
lazuli=$(realpath "$1")
cd "$(dirname "$2")" || exit 1
name=$(basename "$2")
base=${name%.*}
flags=()
[ -f "$base.flags" ] && read -r -a flags < "$base.flags"
nocss=0
[ "${3:-}" = "--no-ccs" ] && { flags+=(--no-ccs); nocss=1; }
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
timeout 300 "$lazuli" run "${flags[@]}" "$name" < /dev/null > "$out" 2> "$err"
code=$?
status=0
if ! cmp -s "$out" "$base.stdout"; then
  echo "stdout differs from $base.stdout:"; diff "$base.stdout" "$out" | head -20; status=1
fi
if [ -f "$base.ghc-xc.stderr" ]; then
  want=$(awk '
    /^\*\*\* Exception/ { blocks++; next }
    blocks != 1 || !/^  / { next }
    {
      line = $0; sub(/^  /, "", line)
      marker = (line ~ /^--> evaluated by: /)
      sub(/^--> evaluated by: /, "", line); sub(/^called from /, "", line); sub(/,$/, "", line)
      if (marker && n > 0) { blocks++; next }
      if (n == 0 && line ~ /\.CAF$/ && line !~ /^Main\./) next
      print line; n++
    }' "$base.ghc-xc.stderr")
  want_code=$(sed -n 's/.*Expected exit code: \([0-9]*\).*/\1/p' "$name" | head -1)
  [ "$code" = "${want_code:-1}" ] || { echo "exit code $code, expected ${want_code:-1}"; status=1; }
  got=$(sed '1,/^CallStack (from cost-centre stack):$/d' "$err" | sed 's/^  //; s/ (.*)$//')
  if [ $nocss = 1 ]; then
    grep -q "cost-centre stack" "$err" && { echo "--no-ccs printed a cost-centre stack"; status=1; }
  elif [ "$got" != "$want" ]; then
    echo "cost centres differ from GHC's +RTS -xc stack (< GHC, > lazuli):"
    diff <(echo "$want") <(echo "$got") | head -30; status=1
  fi
  exit $status
fi
[ "$code" = 1 ] || { echo "exit code $code, expected 1"; status=1; }
ghc_head=$(sed '/^CallStack (from -prof):$/,$d' "$base.ghc.stderr")
ghc_ccs=$(sed '1,/^CallStack (from -prof):$/d' "$base.ghc.stderr")
our_head=$(sed '/^CallStack (from cost-centre stack):$/,$d' "$err")
our_ccs=$(sed '1,/^CallStack (from cost-centre stack):$/d' "$err")
if [ "$our_head" != "$ghc_head" ]; then
  echo "message differs from GHC's:"; diff <(echo "$ghc_head") <(echo "$our_head") | head -20; status=1
fi
if [ $nocss = 0 ]; then
  if [ "$our_ccs" != "$ghc_ccs" ]; then
    echo "cost-centre stack differs from GHC's -prof stack (< GHC, > lazuli):"
    diff <(echo "$ghc_ccs") <(echo "$our_ccs") | head -30; status=1
  fi
elif grep -q "cost-centre stack" "$err"; then
  echo "--no-ccs printed a cost-centre stack"; status=1
fi
exit $status
