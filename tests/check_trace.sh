#!/usr/bin/env bash
# Usage: check_trace.sh LAZULI FILE.hs
# `lazuli run --trace FILE.hs` ends with an uncaught exception and prints
# the trace history GHCi's `:trace main` then `:hist` prints for the same
# program (FILE.hist, made by scripts/ghci-hist.sh): the same sites, in the
# same order, with the same declarations and spans.
set -u
lazuli=$(realpath "$1")
cd "$(dirname "$2")" || exit 1
name=$(basename "$2")
err=$(mktemp)
trap 'rm -f "$err"' EXIT
timeout 300 "$lazuli" run --trace "$name" < /dev/null > /dev/null 2> "$err"
rc=$?
[ $rc -eq 1 ] || { echo "exit code $rc, expected 1"; cat "$err"; exit 1; }
if ! diff "${name%.hs}.hist" <(sed -n '/^Trace history (newest first):$/,$p' "$err" | tail -n +2); then
  echo "(< GHCi's :hist, > lazuli's)"; exit 1
fi
