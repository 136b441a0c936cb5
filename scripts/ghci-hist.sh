#!/usr/bin/env bash
# Regenerates tests/trace/*.hist: GHCi 9.0.2's `:hist` after
#   :set -fbreak-on-error
#   :trace main
# for each program (bold escapes removed). tests/check_trace.sh compares
# them with `lazuli run --trace`'s history. Needs ghci (apt-get install -y ghc).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
for f in "${@:-$root/tests/trace/*.hs}"; do
  for g in $f; do
    (cd "$(dirname "$g")" &&
     printf ':set -fbreak-on-error\n:trace main\n:hist\n' |
       ghci -v0 "$(basename "$g")" 2>/dev/null |
       sed 's/\x1b\[[0-9;]*m//g' | sed -n '/^-1 /,/^<end of history>$/p') > "${g%.hs}.hist"
    echo "${g%.hs}.hist: $(grep -c '^-' "${g%.hs}.hist") entries"
  done
done
