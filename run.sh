#!/usr/bin/env bash
# Builds lazuli (installing missing packages) and runs a program with it
# (`lazuli run`), by default the bundled example; extra arguments go to the
# program.
set -euo pipefail
cd "$(dirname "$0")"
scripts/build.sh > build.log 2>&1 || { tail -n 40 build.log; exit 1; }
if [ $# -eq 0 ]; then set -- examples/Lazy.hs; fi
exec build/lazuli run "$@"
