#!/usr/bin/env bash
# Every check and test layer, in order, stopping at the first failure. The last line is the plain
# summary over all layers: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_COLOR=never

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

summary() { echo "$passed passed, $failed failed"; }
fail() {
  echo "FAILED: $1" >&2
  failed=$((failed + ${2:-1}))
  summary
  exit 1
}

# Adds the counts of cargo's "test result:" lines (native and wasm-bindgen-test-runner alike).
count_cargo() {
  local p f
  p=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1/' | awk '{ s += $1 } END { print s + 0 }')
  f=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\2/' | awk '{ s += $1 } END { print s + 0 }')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

step() { printf '\n== %s\n' "$1"; }

step "format"
cargo fmt --check || fail "cargo fmt --check: run 'cargo fmt'"

step "clippy (host)"
cargo clippy --all-targets --quiet -- -D warnings || fail "clippy on the host"

step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings || fail "clippy for wasm32"

step "native tests"
cargo test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count_cargo
[ "$status" = 0 ] || fail "native tests" 0

step "browser unit tests (headless Chromium)"
cargo test --target wasm32-unknown-unknown 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count_cargo
[ "$status" = 0 ] || fail "browser unit tests" 0

step "release build"
scripts/build.sh || fail "the release build (scripts/build.sh)"
node scripts/check-size.mjs || fail "the size budget"
passed=$((passed + 1))

step "end-to-end journeys (Playwright, headless Chromium, over dist/)"
# A journey that fails before closing its server would keep the runner alive: it exits once the
# files have run (--test-force-exit), and no single journey may take more than 4 minutes.
(cd e2e && node --test --test-concurrency=1 --test-force-exit --test-timeout=240000 --test-reporter=spec journeys/) 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
p=$(grep -E '^ℹ pass [0-9]+' "$log" | awk '{print $3}')
f=$(grep -E '^ℹ fail [0-9]+' "$log" | awk '{print $3}')
passed=$((passed + ${p:-0}))
failed=$((failed + ${f:-0}))
[ "$status" = 0 ] || fail "end-to-end journeys" 0

echo
summary
