# Hamish: build, serve and test. Every target installs what it needs first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: help tools build-tools e2e-tools build serve single bench size prerender screenshots test lint test-native test-browser test-e2e score

help:
	@echo "make serve   build the release app and serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    format check, clippy, native tests, browser tests, end-to-end tests"
	@echo "make build   release build into dist/"
	@echo "make single  one self-contained HTML file: dist-single/hamish.html"
	@echo "             (make single EXERCISE=file.json bakes an exercise in)"
	@echo "make score   score sentence segmentation on the UD Arabic-PUD corpus"
	@echo "make bench   browser benchmark: sizes, start-up, keypress latency, export, memory, storage"
	@echo "make size    what the app's code is made of, by crate, and its largest functions"
	@echo "make prerender  rewrite the first view the build puts into the page (after a change to it)"
	@echo "make screenshots  every view, both languages, light and dark, desktop and tablet"

# Everything the tests need (and the build).
tools:
	@scripts/install-tools.sh

# Only what building and serving need.
build-tools:
	@scripts/install-tools.sh build

# What the journeys, the benchmark and the screenshots need.
e2e-tools:
	@scripts/install-tools.sh e2e

build: build-tools
	trunk build --release

serve: build
	node scripts/serve.mjs dist $(PORT)

single: build
	node scripts/single.mjs dist dist-single $(EXERCISE)

lint:
	@scripts/install-tools.sh lint
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
	scripts/check-core-purity.sh
	scripts/check-layers.sh

test-native:
	@scripts/install-tools.sh native
	cargo test -p hamish-core

test-browser:
	@scripts/install-tools.sh browser
	cargo test --target wasm32-unknown-unknown --test browser --test browser_highlights

test-e2e: e2e-tools single
	node --test --test-concurrency=1 --test-timeout=600000 tests/e2e/

test: lint test-native test-browser test-e2e

bench: e2e-tools build
	node scripts/bench.mjs

size: build
	node scripts/wasm-profile.mjs

prerender: e2e-tools build
	node scripts/prerender.mjs
	trunk build --release

screenshots: e2e-tools build
	node scripts/screenshots.mjs

score:
	cargo run -p hamish-core --release --example score_segmentation -- corpora/ud-arabic-pud/sentences.txt
