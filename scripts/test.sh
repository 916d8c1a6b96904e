#!/usr/bin/env bash
# `npm test`: the build the browser tests serve, then the type check and lint side by side with
# the tests. The browser tests run one at a time and leave a core mostly idle, so the checks cost
# ~10 s of the run instead of ~30 s before it. Fails if any of them fails.
set -uo pipefail
npm run --silent build || exit 1
logs=$(mktemp -d)
npm run --silent typecheck > "$logs/typecheck.log" 2>&1 &
typecheck=$!
npm run --silent lint > "$logs/lint.log" 2>&1 &
lint=$!
failed=0
npx vitest run || failed=1
wait "$typecheck" || { cat "$logs/typecheck.log"; echo "Type check failed."; failed=1; }
wait "$lint" || { cat "$logs/lint.log"; echo "Lint failed."; failed=1; }
rm -rf "$logs"
exit "$failed"
