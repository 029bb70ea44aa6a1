#!/usr/bin/env bash
# Times a first `make build` (what `make serve` runs before serving) as on a
# fresh machine: a clone of COMMIT (default HEAD) with an empty home, so an
# empty cargo home, npm cache and pip cache. Only the Rust toolchain (rustup)
# and the system packages are shared with this machine. Prints the seconds.
#
#   scripts/cold-serve.sh [COMMIT]     e.g. compare HEAD with an older commit
set -euo pipefail
cd "$(dirname "$0")/.."
COMMIT=${1:-HEAD}
WORK=$(mktemp -d /tmp/hamish-cold-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
git clone -q . "$WORK/repo"
git -C "$WORK/repo" checkout -q "$(git rev-parse "$COMMIT")"
# rustup's proxies only: never the tools this machine has already installed.
mkdir -p "$WORK/bin" "$WORK/home"
for tool in cargo rustc rustup rustdoc rustfmt cargo-fmt cargo-clippy clippy-driver; do
    ln -s "$(command -v rustup)" "$WORK/bin/$tool"
done
export RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup}
export HOME=$WORK/home CARGO_HOME=$WORK/home/.cargo XDG_CACHE_HOME=$WORK/cache npm_config_cache=$WORK/npm PIP_NO_CACHE_DIR=1
export PATH=$WORK/bin:$CARGO_HOME/bin:/usr/local/bin:/usr/bin:/bin
start=$(date +%s)
make -C "$WORK/repo" build > "$WORK/log" 2>&1 || { tail -n 30 "$WORK/log"; exit 1; }
echo "cold make build of $(git rev-parse --short "$COMMIT"): $(( $(date +%s) - start )) s"
