#!/usr/bin/env bash
# `npm test` on a two-core machine: the build the browser tests serve, then two lanes side by side,
# one per core: the browser tests (one at a time, as a person would click) and, beside them, the
# unit and API tests followed by the type check and lint. Vitest would run its two projects one
# after the other (a project limited to one file at a time is a group of its own), which made
# the suite ~80 s longer. Fails if anything fails; the second lane's output follows the first,
# and what failed is named again at the very end (a CI log is often read from its tail).
set -uo pipefail
npm run --silent build || exit 1
log=$(mktemp)
browser_log=$(mktemp)
(
  npx vitest run --project unit+api --maxWorkers=1 &&
    npm run --silent typecheck &&
    npm run --silent lint
) > "$log" 2>&1 &
other=$!
failed=0
npx vitest run --project e2e 2>&1 | tee "$browser_log"
[ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
wait "$other" || failed=1
cat "$log"
if [ "$failed" -eq 0 ]; then
  echo "All tests, the type check and lint passed."
else
  echo "Something failed. The failing tests, errors and checks named in the output above:"
  sed 's/\x1b\[[0-9;]*m//g' "$browser_log" "$log" | grep -E '(×|FAIL|Error:|error TS|✖| error )' | head -40
fi
rm -f "$log" "$browser_log"
exit "$failed"
