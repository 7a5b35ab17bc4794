#!/usr/bin/env bash
# Configures (once) and builds Usher in build/. Extra arguments go to the CMake configure step.
# Usage: scripts/lib/build.sh [cmake options...]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build="${USHER_BUILD_DIR:-$top/build}"

generator=()
if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
cmake -S "$top" -B "$build" "${generator[@]}" "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
