#!/usr/bin/env bash
# Usage: check_no_crash.sh LAZULI FILE
# `lazuli check FILE` must finish within 20 s with exit code 0 or 2 (never a
# signal, never an internal error).
set -u
out=$(timeout 20 "$1" check "$2" 2>&1 >/dev/null)
code=$?
if [ $code -ne 0 ] && [ $code -ne 2 ]; then
  echo "exit code $code on $2"; printf '%s\n' "$out" | head -n 20; exit 1
fi
if printf '%s' "$out" | grep -q "internal error"; then
  printf '%s\n' "$out" | head -n 20; exit 1
fi
exit 0
