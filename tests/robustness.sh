#!/usr/bin/env bash
# Usage: robustness.sh LAZULI
# Hostile inputs through the real tool: each must end within the timeout
# with exit code 0 or 2 and, for malformed ones, a file:line:col message.
set -u
lazuli=$1
# The inputs test the front end, not the library: an empty Prelude serves.
export LAZULI_LIB="$(cd "$(dirname "$0")" && pwd)/robustness-lib"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
check() {  # check NAME EXPECTED-CODE
  local out code
  out=$(timeout 60 "$lazuli" check "$dir/$1" 2>&1 >/dev/null)
  code=$?
  if [ "$code" -ne "$2" ]; then
    echo "FAIL $1: exit $code, expected $2"; printf '%s\n' "$out" | head -c 600; echo; fail=1
  elif [ "$2" -eq 2 ] && ! printf '%s' "$out" | head -n 1 | grep -q "^$dir/$1:[0-9]*:[0-9]*: error:"; then
    echo "FAIL $1: no file:line:col message"; printf '%s\n' "$out" | head -c 600; echo; fail=1
  else
    echo "ok   $1 (exit $code)"
  fi
}
# Binary data (deterministic bytes 0..255, repeated).
for i in $(seq 0 255); do printf "\\$(printf %03o "$i")"; done > "$dir/one.bin"
for i in $(seq 1 400); do cat "$dir/one.bin"; done > "$dir/binary.hs"
check binary.hs 2
# 100,000 nested parentheses, open and balanced.
{ printf 'x = '; head -c 100000 /dev/zero | tr '\0' '('; } > "$dir/parens-open.hs"
check parens-open.hs 2
{ printf 'x = '; head -c 100000 /dev/zero | tr '\0' '('; printf '1'; head -c 100000 /dev/zero | tr '\0' ')'; echo; } > "$dir/parens.hs"
check parens.hs 2
# 100,000 nested brackets and lets.
{ printf 'x = '; head -c 100000 /dev/zero | tr '\0' '['; } > "$dir/brackets.hs"
check brackets.hs 2
{ printf 'x = '; yes 'let y = 1 in ' | head -n 20000 | tr -d '\n'; echo 'y'; } > "$dir/lets.hs"
check lets.hs 2
# A 10 MB line: one long operator chain (too deep once resolved) ...
{ printf 'x = 1'; yes ' + 1' | head -n 2500000 | tr -d '\n'; echo; } > "$dir/long-chain.hs"
check long-chain.hs 2
# ... a long but shallow application, and a 10 MB string literal (both fine).
# The valid programs define what they use (they are renamed too).
defs='module M where\nimport Prelude ()\nf = f\na = a\n'
{ printf "$defs"; printf 'x = f'; yes ' a' | head -n 5000000 | tr -d '\n'; echo; } > "$dir/long-app.hs"
check long-app.hs 0
{ printf "$defs"; printf 'x = "'; head -c 10000000 /dev/zero | tr '\0' 'a'; echo '"'; } > "$dir/long-string.hs"
check long-string.hs 0
# A 10 MB comment-free line of identifiers in a list.
{ printf "$defs"; printf 'x = [a'; yes ',a' | head -n 5000000 | tr -d '\n'; echo ']'; } > "$dir/long-list.hs"
check long-list.hs 0
# The same with every name unknown: the first 100 errors are shown, then a count.
{ printf 'module M where\nimport Prelude ()\n'; printf 'x = [b'; yes ',b' | head -n 500000 | tr -d '\n'; echo ']'; } > "$dir/many-errors.hs"
check many-errors.hs 2
# An error at the end of a 10 MB line (the message shows a window of it), and
# a 10 MB line of dashes (a comment).
{ printf 'x = f'; yes ' a' | head -n 5000000 | tr -d '\n'; echo ')'; } > "$dir/late-error.hs"
check late-error.hs 2
{ printf 'module M where\nimport Prelude ()\nx = x '; head -c 10000000 /dev/zero | tr '\0' '-'; echo; } > "$dir/dashes.hs"
check dashes.hs 0
# Empty file, only comments, unterminated comment at EOF.
: > "$dir/empty.hs"; check empty.hs 2  # no main in module Main
printf -- 'module M where\n-- nothing\n{- still nothing -}\n' > "$dir/comments.hs"; check comments.hs 0
printf '{- {- -}' > "$dir/open-comment.hs"; check open-comment.hs 2
exit $fail
