# tipsom: two commands. `make serve` builds and serves the app; `make test` runs every test.
# Each installs what it needs first (scripts/ensure-tools.sh checks versions; a second run installs nothing).

SHELL := /bin/bash
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080

.PHONY: serve dev build test tools test-tools content-check fmt clean bench room

## Build the release and serve dist/ on http://127.0.0.1:$(PORT), as a static host would.
serve: build
	node e2e/lib/server.mjs dist $(PORT)

## A room without internet: the built app served from this laptop to the phones on its Wi-Fi or
## hotspot (all addresses, not only loopback), with the deployment headers. See the README.
room: build
	cargo run --quiet --release --bin tipsom-room -- --lan --port $(PORT)

## Rebuild on every change (debug build, trunk's own server).
dev: tools
	trunk serve --address 127.0.0.1 --port $(PORT)

## The release build of both apps (learner: index.html, trainer: trainer.html) into dist/.
build: tools
	scripts/build.sh

## Every layer: fmt, clippy (host and wasm32), native tests, browser tests, release build, size, end-to-end.
test: test-tools
	scripts/test-all.sh

## Check the case files and print every problem by file, case and field.
content-check:
	cargo run --quiet --bin tipsom-pack -- check

tools:
	scripts/ensure-tools.sh build

test-tools:
	scripts/ensure-tools.sh test

fmt:
	cargo fmt

clean:
	rm -rf dist target

## The benchmark: sizes, Lighthouse (mobile), answer-to-feedback and offline timings against the budgets.
bench: test-tools build
	@sha=$$(sha256sum bench/package-lock.json | cut -d' ' -f1); \
	if [ "$$(cat bench/node_modules/.tipsom-lock-sha256 2>/dev/null)" != "$$sha" ]; then \
	  npm ci --prefix bench --no-audit --no-fund && echo "$$sha" > bench/node_modules/.tipsom-lock-sha256; fi
	node bench/bench.mjs
