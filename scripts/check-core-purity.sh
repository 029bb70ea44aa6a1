#!/usr/bin/env bash
# The core crate (core/) must not depend on the browser, directly or through
# another crate: its dependency tree may hold no yew, web-sys, js-sys, gloo
# or wasm-bindgen. Exits non-zero, naming the crate, if it does.
set -euo pipefail
cd "$(dirname "$0")/.."
found=$(cargo tree -p hamish-core --edges normal,build --prefix none --format '{p}' \
    | awk '{print $1}' | grep -Ex 'yew|web-sys|js-sys|gloo.*|wasm-bindgen.*' | sort -u || true)
if [ -n "$found" ]; then
    echo "hamish-core depends on browser crates: $found" >&2
    exit 1
fi
echo "hamish-core: no browser crates in its dependency tree"
