#!/usr/bin/env bash
# Load test (issue 4): 200 concurrent clients for 60 s against the packaged jar and the upstream stub, with one
# vendor made to fail half-way through.
#
#   bash bench/load.sh                       # Blinger black-holes (accepts, never answers) after 30 s
#   LOAD_FAIL_MODE=500 bash bench/load.sh    # Blinger answers HTTP 500 after 30 s
#   LOAD_FAIL_MODE=none bash bench/load.sh   # no failure: the baseline of the same load
#
# The clients take turns with three queries: the agents of Gladly, GB Talk and Blinger (partly served by the
# failing vendor), the GB Talk inbox of 50 conversations with customers, assignees and last messages (not served
# by it), and one Blinger agent by id (wholly served by it). Switchboard runs with read-through caching off
# (switchboard.cache.ttl=PT0S), so that every request goes to the vendors and the failure is felt; the copies it
# stores while the vendor is healthy are what it may serve, flagged stale, once the vendor fails.
# Loopback only; bounded in time; every process started here is stopped at the end.
#
# Knobs: LOAD_CLIENTS (200), LOAD_DURATION (s, 60), LOAD_FAIL_VENDOR (blinger), LOAD_FAIL_MODE (blackhole | 500 | none),
# BENCH_SKIP_BUILD=1, BENCH_PORT_BASE, BENCH_JAVA_OPTS (see run.sh).
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CLIENTS=${LOAD_CLIENTS:-200}
DURATION=${LOAD_DURATION:-60}
FAIL_VENDOR=${LOAD_FAIL_VENDOR:-blinger}
FAIL_MODE=${LOAD_FAIL_MODE:-blackhole}
HALF=$((DURATION / 2))

OUT=$BENCH_DIR/out/load-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT/bodies"
trap stop_all EXIT
trap 'exit 130' INT TERM

SB_URL=http://127.0.0.1:$SB_PORT/graphql

bodies=()
for query in agents conversations50 agent; do
    node -e 'const fs = require("fs");
        fs.writeFileSync(process.argv[2], JSON.stringify({ query: fs.readFileSync(process.argv[1], "utf8") }))' \
        "$BENCH_DIR/queries/switchboard/$query.graphql" "$OUT/bodies/$query.json"
    bodies+=("$OUT/bodies/$query.json")
done
BODIES=$(IFS=:; echo "${bodies[*]}")

log "Output: $OUT"
ensure_tools
build_switchboard
start_stub
log "Switchboard, cache off (ttl PT0S), Gladly's self-throttle lifted (the stub has no limit)"
start_switchboard load SWITCHBOARD_CACHE_TTL=PT0S SWITCHBOARD_GLADLY_RATE_LIMIT=0
log "  first answer ${STARTUP_MS} ms after launch"

log "Warm-up: 30 s of the same mix with 32 clients (not measured)"
run_wrk 30 32 "$SB_URL" WRK_BODIES="$BODIES" > /dev/null
quiesce
stub reset

log "Load: $CLIENTS clients for $DURATION s; $FAIL_VENDOR starts failing ($FAIL_MODE) after $HALF s"
if [ "$FAIL_MODE" != none ]; then
    (
        sleep "$HALF"
        curl -sf -X POST "$STUB_URL/__fail?vendor=$FAIL_VENDOR&mode=$FAIL_MODE" > /dev/null
        echo "$(date +%H:%M:%S)  $FAIL_VENDOR failing ($FAIL_MODE)" >&2
    ) &
    STARTED_PIDS+=("$!")
fi
# the server's resident set, once a second, while the load runs
(
    while kill -0 "$SB_PID" 2> /dev/null; do
        rss_mib "$SB_PID"
        sleep 1
    done
) > "$OUT/rss.txt" &
SAMPLER=$!
STARTED_PIDS+=("$SAMPLER")
cpu_before=$(cpu_ms "$SB_PID")
# a 30 s wrk timeout keeps slow answers in the latency histogram (Switchboard's own budget is 5 s per request,
# but under this load requests also wait for a worker thread before that budget starts)
result=$(WRK_TIMEOUT=30 run_wrk "$DURATION" "$CLIENTS" "$SB_URL" WRK_BODIES="$BODIES" WRK_SPLIT_AT="$HALF")
cpu_after=$(cpu_ms "$SB_PID")
[ -n "$result" ] || die "wrk produced no result"
rss_end=$(rss_mib "$SB_PID")
stop_pid "$SAMPLER"
calls=$(curl -sf "$STUB_URL/__calls")
vendors=$(curl -s -m 10 "$SB_URL" -H 'Content-Type: application/json' \
    -d '{"query":"{ vendors { vendor circuit lastError } }"}')

echo "$result" > "$OUT/wrk.json"
node -e '
    const [result, calls, vendors, rssFile, rssEnd, cpu, clients, duration, half, vendor, mode] = process.argv.slice(1);
    const r = JSON.parse(result);
    const rss = require("fs").readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number);
    const total = r.requests;
    const bad = r.bad[0] + r.bad[1];
    const failed = bad + r.timeouts + r.connect_errors + r.read_errors + r.write_errors;
    const pct = (a, b) => (b ? (100 * a / b).toFixed(2) : "0.00") + "%";
    const lines = [
        `| Load (issue 4) | ${clients} clients, ${duration} s, ${mode === "none" ? "no vendor failing (baseline)" : `${vendor} failing (${mode}) from ${half} s`} |`,
        "|---|---|",
        `| requests served | ${total} (${(total / (r.duration_us / 1e6)).toFixed(0)} req/s): ${r.ok[0] + r.bad[0]} before the failure, ${r.ok[1] + r.bad[1]} after |`,
        `| answers with errors (GraphQL errors[] or not HTTP 200) | ${bad} = ${pct(bad, total)}; before the failure ${r.bad[0]} (${pct(r.bad[0], r.ok[0] + r.bad[0])}), after ${r.bad[1]} (${pct(r.bad[1], r.ok[1] + r.bad[1])}) |`,
        `| requests still unanswered after 30 s (wrk timeouts), socket errors | ${r.timeouts}, ${r.connect_errors + r.read_errors + r.write_errors} |`,
        `| answers flagged stale (extensions.stale) | before ${r.stale[0]}, after ${r.stale[1]} |`,
        `| latency p50 / p90 / p99 / max | ${(r.p50_us / 1000).toFixed(1)} / ${(r.p90_us / 1000).toFixed(1)} / ${(r.p99_us / 1000).toFixed(1)} / ${(r.max_us / 1000).toFixed(1)} ms |`,
        `| server RSS during the run (max, at the end) | ${Math.max(...rss, Number(rssEnd))} MiB, ${rssEnd} MiB |`,
        `| server CPU | ${(Number(cpu) / (r.duration_us / 1000) * 100).toFixed(0)}% of a core, ${(Number(cpu) / total).toFixed(2)} ms per request |`,
        `| upstream calls by vendor | ${JSON.stringify(JSON.parse(calls).byVendor)} |`,
        `| vendors after the run | ${JSON.stringify((JSON.parse(vendors).data || {}).vendors || vendors)} |`,
        "",
        `Failed requests in all (errors, timeouts, socket errors): ${failed} of ${total} (${pct(failed, total)}).`,
    ];
    console.log(lines.join("\n"));' \
    "$result" "$calls" "$vendors" "$OUT/rss.txt" "$rss_end" "$((cpu_after - cpu_before))" "$CLIENTS" "$DURATION" \
    "$HALF" "$FAIL_VENDOR" "$FAIL_MODE" | tee "$OUT/results.md"
stop_all
