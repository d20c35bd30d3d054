#!/usr/bin/env sh
# Stand-in for pycc to test the perf runner without the compiler:
#   PYCC_PERF_COMPILER=perf/tools/fake-pycc.sh PYCC_PERF_RUNNER=sh ./build.sh bench
# "Compiles" SOURCE by writing OUT as a shell script that runs python3 on it.
# Extra flags: --fake-mismatch makes the program print one more line; --fake-error fails the compile.
set -eu
[ $# -ge 3 ] && [ "$2" = "-o" ] || { echo "usage: fake-pycc.sh SOURCE -o OUT [FLAGS]" >&2; exit 64; }
source=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$3
shift 3
extra=""
for flag in "$@"; do
  case "$flag" in
    --fake-mismatch) extra='echo mismatch' ;;
    --fake-error) echo "$source:1: error: fake compile error" >&2; exit 1 ;;
  esac
done
# The interpreter itself, not a launcher such as a pyenv shim, as the runner does for CPython.
python=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$(dirname "$out")"
printf '#!/usr/bin/env sh\n"%s" "%s" "$@" || exit $?\n%s\n' "$python" "$source" "$extra" > "$out"
chmod +x "$out"
