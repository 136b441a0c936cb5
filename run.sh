#!/usr/bin/env bash
# Builds lazuli (installing missing packages) and starts it on a file,
# by default the bundled example.
set -euo pipefail
cd "$(dirname "$0")"
scripts/build.sh > build.log 2>&1 || { tail -n 40 build.log; exit 1; }
exec build/lazuli "${@:-examples/Lazy.hs}"
