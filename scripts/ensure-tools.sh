#!/usr/bin/env bash
# Installs what the build (and, with `test`, the tests) need, checking versions first, so a second
# run installs nothing. Usage: scripts/ensure-tools.sh build|test
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-build}
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
say() { printf 'tools: %s\n' "$*"; }
die() { printf 'tools: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup (https://rustup.rs), then run this again."
command -v rustup >/dev/null || die "rustup is missing: the wasm32 target is added with rustup."
command -v node >/dev/null && command -v npm >/dev/null || die "Node.js and npm are missing: install Node 20 (Debian: apt-get install nodejs npm)."
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen's CLI must equal the crate version locked in Cargo.lock, to the letter.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 2 minutes)"
  # Not --locked: its lock file names a webpki-roots the registry does not serve.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# npm folders are installed from their lock file, and again only when the lock file changes.
npm_ready() {
  local dir=$1 stamp="$1/node_modules/.tipsom-lock-sha256"
  local sum
  sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    say "installing the npm packages of $dir/"
    npm ci --prefix "$dir" --no-audit --no-fund
    echo "$sum" > "$stamp"
  fi
}

npm_ready tools
tools/node_modules/.bin/wasm-opt --version | grep -q "version $BINARYEN_VERSION" || die "tools/ does not give binaryen $BINARYEN_VERSION"

if [ "$want" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Debian's chromium and chromium-driver"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      die "Chromium is missing: install Debian's 'chromium' and 'chromium-driver' (sudo apt-get install chromium chromium-driver), which give /usr/bin/chromium and /usr/bin/chromedriver."
    fi
  fi
  npm_ready e2e
fi
