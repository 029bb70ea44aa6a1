#!/usr/bin/env bash
# Installs what Hamish builds and tests with, skipping what is already there.
# Each make target asks for only what it needs:
#
#   build    building and serving: the wasm32 target, Trunk, wasm-bindgen-cli
#            (at the Cargo.lock version) and the npm tools (wasm-opt)
#   native   the core's tests: the Python readers and LibreOffice Calc the
#            exports are handed to (no browser, no wasm)
#   lint     rustfmt, clippy and the wasm32 target
#   browser  the wasm tests: the wasm32 target, wasm-bindgen's test runner,
#            Chromium with its driver
#   e2e      the journeys and the benchmark: what building needs, Chromium
#            with its driver, Firefox with geckodriver, WebKitGTK with its
#            driver and a virtual display (Xvfb), an Arabic font and the
#            Python readers the downloads are handed to
#   all      everything above (the default)
#
# Independent installs run side by side: the Rust tools compile while apt,
# npm and pip download and unpack.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-all}
case "$MODE" in build | native | lint | browser | e2e | all) ;;
    *) echo "usage: $0 [build|native|lint|browser|e2e|all]" >&2; exit 2 ;;
esac
# Whether this mode needs a tool, by the modes that do: `wants build e2e`.
wants() { [ "$MODE" = all ] || [[ " $* " == *" $MODE "* ]]; }

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
PYTHON_READERS=(pandas==3.1.1 jsonschema==4.26.0 rfc3987==1.3.8 PyLD==3.3.0 spacy==3.8.18 label-studio-sdk==2.1.2 datasets==5.2.0 statsmodels==0.15.0)
say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

# Rust: the wasm target (and, for linting, the formatter and linter).
if wants build lint browser e2e && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi
if wants lint; then
    for component in rustfmt clippy; do
        if ! rustup component list --installed | grep -q "^${component}"; then
            say "adding rustup component ${component}"
            rustup component add "${component}"
        fi
    done
fi
if [ ! -f Cargo.lock ]; then
    cargo generate-lockfile
fi
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

# The Rust tools, compiled one after another (each uses every core).
rust_tools() {
    # Trunk, pinned: newer releases need a newer rustc than this toolchain.
    # Without its default features (TLS and the update check): the build is
    # offline, and compiling less makes the first `make serve` quicker.
    if wants build e2e && [ "$(trunk --version 2>/dev/null || true)" != "trunk ${TRUNK_VERSION}" ]; then
        say "installing trunk ${TRUNK_VERSION} (a few minutes)"
        cargo install --locked --no-default-features trunk --version "${TRUNK_VERSION}"
    fi
    # wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
    if wants build browser e2e && { [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen ${WASM_BINDGEN_VERSION}" ] \
        || ! command -v wasm-bindgen-test-runner >/dev/null; }; then
        say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (a few minutes)"
        # Without --locked: a dependency locked by this release is missing from
        # the registry. Without TLS: the test runner talks to a local driver.
        cargo install --no-default-features wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
    fi
    # geckodriver drives Firefox for the single-file test.
    if wants e2e && [ "$(geckodriver --version 2>/dev/null | head -n 1 | awk '{print $2}')" != "${GECKODRIVER_VERSION}" ]; then
        say "installing geckodriver ${GECKODRIVER_VERSION} (a few minutes)"
        cargo install --locked geckodriver --version "${GECKODRIVER_VERSION}" \
            || cargo install geckodriver --version "${GECKODRIVER_VERSION}"
    fi
}

# npm tools, exactly as locked.
npm_tools() {
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        say "installing npm tools from package-lock.json"
        npm ci --no-audit --no-fund
    fi
}

# From apt (one job: apt takes one lock): Chromium and its driver, Firefox
# (the single file is tested in both), WebKit (Safari's engine: WebKitGTK's
# WebDriver with its MiniBrowser, on Xvfb), a font with Arabic for screenshots,
# and LibreOffice Calc without its interface (the CSV export is converted
# with it to check that no formula runs).
apt_tools() {
    local missing=() updated=""
    if wants browser e2e; then
        command -v chromium >/dev/null || missing+=(chromium)
        command -v chromedriver >/dev/null || missing+=(chromium-driver)
    fi
    if wants e2e; then
        command -v firefox-esr >/dev/null || missing+=(firefox-esr)
        command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
        command -v xvfb-run >/dev/null || missing+=(xvfb)
        dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing ${missing[*]} from apt"
        $SUDO apt-get update -qq && updated=yes
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
    fi
    if wants native && ! command -v soffice >/dev/null; then
        say "installing LibreOffice Calc (headless) from apt"
        [ -n "$updated" ] || $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
    fi
}

# Python readers the tests hand exports to, in a project-local virtual
# environment: pandas (joins labels back to a corpus by id), jsonschema with
# rfc3987 (the W3C annotation-model schemas, URI format checked), PyLD (the
# W3C export as RDF), spaCy (trains on the text classification JSONL), Label
# Studio's SDK (checks tasks against their labeling config) and Hugging Face
# datasets (loads labeled and unlabeled exports together).
python_readers() {
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
}

# Side by side; any failure fails the whole.
jobs_started=()
start() { "$@" & jobs_started+=("$!:$1"); }
wants build browser e2e && start rust_tools
wants build e2e && start npm_tools
wants native browser e2e && start apt_tools
wants native e2e && start python_readers
failed=0
for job in "${jobs_started[@]}"; do
    if ! wait "${job%%:*}"; then
        say "failed: ${job#*:}"
        failed=1
    fi
done
exit "$failed"
