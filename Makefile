# Brim: `make run` starts the app, `make test` runs every test.
# Both install what a fresh Debian 12 machine is missing first (as root, or with sudo).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# System packages the app, its end-to-end tests and the server tests need.
APT_PACKAGES := build-essential pkg-config curl file libssl-dev \
	libwebkit2gtk-4.1-dev libxdo-dev libayatana-appindicator3-dev librsvg2-dev \
	webkit2gtk-driver xvfb chromium imagemagick postgresql
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help run test deps system-deps bindings bench fmt lint

help:
	@echo "make run    build Brim and start it on a local journal"
	@echo "make test   install what is missing, then run every test"
	@echo "make bench  run the benchmarks (figures go into BENCHMARKS.md by hand)"
	@echo "make bindings  regenerate the TypeScript bindings of brim-core's types"

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

deps: system-deps

run: deps
	cargo build --workspace

test: deps
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo test --workspace

bindings:
	BRIM_WRITE_BINDINGS=1 cargo test -p brim-core --lib bindings

bench: deps
	cargo bench -p brim-core --bench journal

fmt:
	cargo fmt --all
