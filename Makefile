# Brim: `make run` starts the app, `make test` runs every test.
# Both install what a fresh Debian 12 machine is missing first (as root, or with sudo).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# System packages the app, its end-to-end tests and the server tests need.
# (sqlite3 runs the README's backup command in the server's erasure tests.)
# (xdotool and x11-utils' xmessage move X focus away from the app in the auto-lock test;
# xdotool also answers the portfolio PDF's real save window in its e2e test.)
# Read aloud: the tts crate builds against libspeechd (bindgen, so libclang);
# speech-dispatcher and espeak-ng speak in `make run` and in the Listen test.
# (poppler-utils' pdftotext, pdffonts and pdfinfo read the portfolio PDF back in its test.)
APT_PACKAGES := build-essential pkg-config curl file libssl-dev \
	libwebkit2gtk-4.1-dev libxdo-dev libayatana-appindicator3-dev librsvg2-dev \
	webkit2gtk-driver xvfb xdotool x11-utils chromium imagemagick postgresql sqlite3 openssl python3-venv \
	libspeechd-dev libclang-dev speech-dispatcher speech-dispatcher-espeak-ng espeak-ng poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help run test deps system-deps ui-deps ui-build tauri-driver bindings bench fmt \
	schemathesis cargo-fuzz hostile-api bench-hostile bench-abuse bench-peer bench-load atuin-server fuzz

help:
	@echo "make run       build Brim and start it on a local journal"
	@echo "make test      install what is missing, then run every test"
	@echo "make bench     run the benchmarks (figures go into BENCHMARKS.md)"
	@echo "make bench-hostile  schemathesis against the release server (profile server), 5 minutes per engine at most"
	@echo "make bench-abuse   real devices sync while made-up tokens and slow clients attack (release server)"
	@echo "make bench-peer    brim-server side by side with atuin-server, same workload, SQLite then PostgreSQL"
	@echo "make bench-load    2,000 devices every 60 s, then the breaking point (release server), SQLite then PostgreSQL"
	@echo "make fuzz      run the fuzz targets for longer (FUZZ_SECONDS each, default 300)"
	@echo "make bindings  regenerate the TypeScript bindings and the files made from the command table"

# Installs only the packages that are missing, so a warm machine skips apt entirely.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# npm ci runs again only when the lock file changes.
UI_STAMP := ui/node_modules/.brim-installed
ui-deps: $(UI_STAMP)
$(UI_STAMP): ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	touch $@

ui-build: ui-deps
	cd ui && npm run build

# WebDriver server for the end-to-end tests of the real app.
tauri-driver:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'

deps: system-deps ui-deps

# ---- Hostile input: schemathesis against the real server, cargo fuzz on what is read from outside.
# The tools live beside the build, so a CI cache that keeps the target dir keeps them too.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
HOSTILE_VENV := $(TARGET_DIR)/hostile/venv
SCHEMATHESIS_VERSION := 4.32.5
SCHEMATHESIS_STAMP := $(HOSTILE_VENV)/.schemathesis-$(SCHEMATHESIS_VERSION)
export SCHEMATHESIS := $(abspath $(HOSTILE_VENV))/bin/schemathesis
# One fixed seed in `make test`, so a failure there reproduces; the longer runs vary.
HOSTILE_TEST_ARGS := --max-examples 30 --seed 20261125 --workers 1
HOSTILE_BENCH_ARGS := --max-examples 2000 --max-time 300 --workers 1
FUZZ_SECONDS ?= 300

schemathesis: $(SCHEMATHESIS_STAMP)
$(SCHEMATHESIS_STAMP):
	python3 -m venv $(HOSTILE_VENV)
	$(HOSTILE_VENV)/bin/pip install --quiet --disable-pip-version-check 'schemathesis==$(SCHEMATHESIS_VERSION)'
	touch $@

cargo-fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version '^0.13'

# On its own: build the debug server and run the bounded schemathesis pass.
# (`make test` runs the same script on the binary its cargo test run built.)
hostile-api: schemathesis
	cargo build -p brim-server --bin brim-server
	scripts/hostile-api.sh $(TARGET_DIR)/debug/brim-server $(HOSTILE_TEST_ARGS)

bench-hostile: system-deps schemathesis
	cargo build --profile server -p brim-server --bin brim-server
	scripts/hostile-api.sh $(TARGET_DIR)/server/brim-server $(HOSTILE_BENCH_ARGS)
	scripts/with-postgres.sh scripts/hostile-api.sh $(TARGET_DIR)/server/brim-server $(HOSTILE_BENCH_ARGS)

# A bounded abuse run on loopback against the release server: 200 devices
# syncing every 60 s while 150,000 made-up-token requests and 500 slow
# connections arrive over 60 s; prints the real devices' p99 and the server's
# resident memory: idle and after the joins (VmRSS, as it is then) and its
# peak since it started (VmHWM, the kernel's high-water mark).
ABUSE_ARGS ?= --devices 200 --period 60 --duration 60 --attack 150000 --slow 500
bench-abuse:
	cargo build --profile server -p brim-server --bin brim-server --bin brim-abuse
	ulimit -n 65536 2>/dev/null || true; \
	  $(TARGET_DIR)/server/brim-abuse --server $(TARGET_DIR)/server/brim-server $(ABUSE_ARGS)

# Side by side with a peer: atuin's sync server (a real Rust sync server with
# SQLite and PostgreSQL back ends), installed from crates.io at one pinned
# version beside the build, so a kept target dir keeps it. It builds in a temp
# dir of cargo's own: only the binary stays. One load generator (brim-peer)
# drives both servers over the same workload; each server gets a database of
# its own; PostgreSQL keeps fsync on, as SQLite keeps synchronous=FULL.
ATUIN_SERVER_VERSION := 18.24.4
ATUIN_SERVER := $(TARGET_DIR)/peer/bin/atuin-server
ATUIN_SERVER_STAMP := $(TARGET_DIR)/peer/.atuin-server-$(ATUIN_SERVER_VERSION)
PEER_ARGS ?= --devices 100 --group-size 1 --records 500 --batch 100 --payload 256 --concurrency 32
atuin-server: $(ATUIN_SERVER_STAMP)
$(ATUIN_SERVER_STAMP):
	env -u CARGO_TARGET_DIR cargo install --locked --root $(TARGET_DIR)/peer atuin-server --version '=$(ATUIN_SERVER_VERSION)'
	touch $@

bench-peer: system-deps atuin-server
	cargo build --profile server -p brim-server --bin brim-server --bin brim-peer
	$(TARGET_DIR)/server/brim-peer --brim $(TARGET_DIR)/server/brim-server --atuin $(ATUIN_SERVER) $(PEER_ARGS)
	BRIM_PG_FSYNC=on BRIM_PG_TLS=off scripts/with-postgres.sh bash -c '$(TARGET_DIR)/server/brim-peer \
	  --brim $(TARGET_DIR)/server/brim-server --atuin $(ATUIN_SERVER) $(PEER_ARGS) --postgres "$$BRIM_TEST_POSTGRES_URL"'

# The release server's load figures: 2,000 devices syncing every 60 s, then
# the rate raised step by step until p99 passes 250 ms (the breaking point).
LOAD_ARGS ?= --devices 2000 --period 60 --duration 60 --ramp --step 10 --break-ms 250
bench-load: system-deps
	cargo build --profile server -p brim-server --bin brim-load
	ulimit -n 65536 2>/dev/null || true; $(TARGET_DIR)/server/brim-load $(LOAD_ARGS)
	ulimit -n 65536 2>/dev/null || true; BRIM_PG_FSYNC=on BRIM_PG_TLS=off scripts/with-postgres.sh bash -c \
	  '$(TARGET_DIR)/server/brim-load $(LOAD_ARGS) --database "$$BRIM_TEST_POSTGRES_URL"'

# What a long run learns is kept in the target dir, never in fuzz/corpus/.
fuzz: cargo-fuzz
	scripts/fuzz.sh $(FUZZ_SECONDS) $(TARGET_DIR)/fuzz-corpus

run: deps ui-build
	cargo run -p brim-tauri --bin brim

# Every test, against real parts: SQLite files, a throwaway PostgreSQL, headless
# Chromium for the UI, and the built app in its WebView under Xvfb.
test: deps ui-build tauri-driver schemathesis cargo-fuzz
	cargo fmt --all -- --check
	cargo fmt --manifest-path fuzz/Cargo.toml -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	@# The UI tests run against the real core through brim-dev (crates/brim-dev):
	@# build every binary once, with the features the cargo test run below uses.
	cargo build --workspace --bins
	cd ui && npm run check && npm test && npm run test:screens
	@# One cargo run for every Rust test, the end-to-end ones included: a second run
	@# with another package selection would rebuild Tauri with other features.
	@# (src-tauri has an integration test, so this also builds the app binary.)
	BRIM_REQUIRE_POSTGRES=1 timeout 2400 xvfb-run -a -s "-screen 0 1024x768x24" \
	  scripts/with-postgres.sh cargo test --workspace -- --include-ignored
	@# Hostile input, bounded: schemathesis on the server binary the run above built,
	@# on SQLite and on PostgreSQL, then each fuzz target replays its corpus and runs
	@# for 20 seconds.
	timeout 300 scripts/hostile-api.sh $(TARGET_DIR)/debug/brim-server $(HOSTILE_TEST_ARGS)
	timeout 300 scripts/with-postgres.sh scripts/hostile-api.sh $(TARGET_DIR)/debug/brim-server $(HOSTILE_TEST_ARGS)
	timeout 1800 scripts/fuzz.sh 20

# The ts-rs bindings of brim-core's types, then what the command table makes
# (the shell's command list and capability, the UI's typed wrappers in ui/src/lib/ipc).
# Without the BRIM_WRITE_ variables the same tests fail when a committed file is stale.
bindings:
	BRIM_WRITE_BINDINGS=1 cargo test -p brim-core --lib bindings
	BRIM_WRITE_COMMANDS=1 cargo test -p brim-app --lib generated

bench: deps
	cargo bench -p brim-core --bench journal
	cargo bench -p brim-tests --bench sharing
	@# 500 randomized runs over the fault-injecting proxy (make test runs 200).
	BRIM_FAULT_RUNS=500 cargo test -p brim-tests --test sharing randomized

fmt:
	cargo fmt --all
