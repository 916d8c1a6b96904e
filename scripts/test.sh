#!/usr/bin/env bash
# `npm test` on a two-core machine: the build the browser tests serve, then three lanes side by
# side: the browser tests (one at a time, as a person would click); the unit and API tests, then
# the three lightest browser files; and the type check and lint. Vitest would run its two projects
# one after the other (a project limited to one file at a time is a group of its own), which made
# the suite ~80 s longer; the lanes wait on the map and the network often enough that a whole run
# keeps the two cores about half busy. Fails if anything fails; the other lanes' output follows.
set -uo pipefail
npm run --silent build || exit 1
second_log=$(mktemp)
checks_log=$(mktemp)
second_lane_e2e=(tests/e2e/firstRun.test.ts tests/e2e/publicMap.test.ts tests/e2e/ownerPortal.test.ts)
(
  npx vitest run --project unit+api --maxWorkers=1 &&
    npx vitest run --project e2e "${second_lane_e2e[@]}"
) > "$second_log" 2>&1 &
second=$!
(npm run --silent typecheck && npm run --silent lint) > "$checks_log" 2>&1 &
checks=$!
failed=0
npx vitest run --project e2e $(printf -- '--exclude %s ' "${second_lane_e2e[@]}") || failed=1
wait "$second" || failed=1
wait "$checks" || failed=1
cat "$second_log" "$checks_log"
rm -f "$second_log" "$checks_log"
[ "$failed" -eq 0 ] && echo "All tests, the type check and lint passed." || echo "Something failed: see above."
exit "$failed"
