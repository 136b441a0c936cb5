# Sourced by the check_*.sh scripts called as `check_X.sh LAZULI FILE.hs ...`:
# sets lazuli and src (absolute), name (FILE's base name) and work (a
# temporary folder, removed on exit), and changes to FILE's folder.
lazuli=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$src")" || exit 1
name=$(basename "$src")
