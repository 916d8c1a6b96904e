#!/usr/bin/env bash
# `npm test` on a two-core machine: the build the browser tests serve, then two lanes side by side,
# one per core: the browser tests (one at a time, as a person would click) and, beside them, the
# unit and API tests followed by the type check and lint. Vitest would run its two projects one
# after the other (a project limited to one file at a time is a group of its own), which made
# the suite ~80 s longer. Fails if anything fails; the second lane's output follows the first.
set -uo pipefail
npm run --silent build || exit 1
log=$(mktemp)
(
  npx vitest run --project unit+api --maxWorkers=1 &&
    npm run --silent typecheck &&
    npm run --silent lint
) > "$log" 2>&1 &
other=$!
failed=0
npx vitest run --project e2e || failed=1
wait "$other" || failed=1
cat "$log"
rm -f "$log"
[ "$failed" -eq 0 ] && echo "All tests, the type check and lint passed." || echo "Something failed: see above."
exit "$failed"
