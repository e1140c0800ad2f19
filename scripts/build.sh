#!/usr/bin/env bash
# The release build: the learner app (index.html), the trainer app (trainer.html) and the home
# page's small module (home.html) are built by trunk separately, so learners never download the
# trainer's code and a first visit to the home page downloads only the small module, then merged
# into dist/ and finished by scripts/post-build.mjs (bootstrap scripts, headers, service worker).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

trunk build --release --dist target/dist-learner index.html
trunk build --release --dist target/dist-trainer trainer.html
trunk build --release --dist target/dist-home home.html
rm -rf dist
cp -r target/dist-learner dist
# Trunk names its page index.html whatever the source: the trainer's becomes trainer.html. The
# stylesheet, icons and content are the same in both builds; only the trainer's own files are added.
cp target/dist-trainer/index.html dist/trainer.html
cp -n target/dist-trainer/tipsom-trainer-* dist/
# The home page's small module (home.html only exists to build it); index.html's boot script loads it.
cp target/dist-home/tipsom-home-* dist/
node scripts/post-build.mjs dist
