#!/usr/bin/env bash
# Installs everything Hamish builds and tests with, skipping what is already
# there: the wasm32 target, Trunk, wasm-bindgen-cli (at the Cargo.lock
# version), Chromium with its driver, Firefox with geckodriver, an Arabic
# font, the npm tools (wasm-opt from binaryen, playwright-core) from
# package-lock.json, the Python readers and LibreOffice Calc.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

# Rust: wasm target, formatter and linter.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^${component}"; then
        say "adding rustup component ${component}"
        rustup component add "${component}"
    fi
done

# Trunk, pinned: newer releases need a newer rustc than this toolchain.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk ${TRUNK_VERSION}" ]; then
    say "installing trunk ${TRUNK_VERSION} (a few minutes)"
    cargo install --locked trunk --version "${TRUNK_VERSION}"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
if [ ! -f Cargo.lock ]; then
    cargo generate-lockfile
fi
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen ${WASM_BINDGEN_VERSION}" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (a few minutes)"
    # Without --locked: a dependency locked by this release is missing from the registry.
    cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi

# Chromium and its driver, Firefox (the single file is tested in both), and a
# font with Arabic for screenshots.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from apt"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# geckodriver drives Firefox for the single-file test.
GECKODRIVER_VERSION=0.37.1
if [ "$(geckodriver --version 2>/dev/null | head -n 1 | awk '{print $2}')" != "${GECKODRIVER_VERSION}" ]; then
    say "installing geckodriver ${GECKODRIVER_VERSION} (a few minutes)"
    cargo install --locked geckodriver --version "${GECKODRIVER_VERSION}" || cargo install geckodriver --version "${GECKODRIVER_VERSION}"
fi

# npm tools, exactly as locked.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm tools from package-lock.json"
    npm ci --no-audit --no-fund
fi

# Python readers the tests hand exports to, in a project-local virtual
# environment: pandas (joins labels back to a corpus by id), jsonschema with
# rfc3987 (the W3C annotation-model schemas, URI format checked), PyLD (the
# W3C export as RDF), spaCy (trains on the text classification JSONL), Label
# Studio's SDK (checks tasks against their labeling config) and Hugging Face
# datasets (loads labeled and unlabeled exports together).
PYTHON_READERS=(pandas==3.1.1 jsonschema==4.26.0 rfc3987==1.3.8 PyLD==3.3.0 spacy==3.8.18 label-studio-sdk==2.1.2 datasets==5.2.0)
if ! .venv/bin/python -c "
import sys
from importlib.metadata import version
wanted = dict(item.split('==') for item in sys.argv[1:])
sys.exit(any(version(name) != number for name, number in wanted.items()))
" "${PYTHON_READERS[@]}" 2>/dev/null; then
    say "installing the Python readers into .venv (a few minutes)"
    python3 -m venv .venv
    .venv/bin/pip install -q "${PYTHON_READERS[@]}"
fi

# LibreOffice Calc without its interface: the CSV export is converted with it
# to check that no formula runs.
if ! command -v soffice >/dev/null; then
    say "installing LibreOffice Calc (headless) from apt"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
fi
