#!/usr/bin/env bash
# Installs what is missing, then builds everything into build/ (the tool is
# build/lazuli).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2
