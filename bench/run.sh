#!/usr/bin/env bash
# Switchboard against GraphQL Mesh, in one run, on this machine (see bench/README.md).
#
#   bash bench/run.sh
#
# Installs wrk/hey (apt) when missing, packages Switchboard, installs GraphQL Mesh from package-lock.json, starts
# the upstream stub, then each server in turn, and measures the same scenarios on both after a warm-up. Every
# process listens on 127.0.0.1 only and is stopped at the end; every load is a bounded wrk run. Prints the table
# and writes it, with the raw results, to bench/out/<time>/.
#
# Knobs (environment): BENCH_DURATION (s per measurement, 10), BENCH_WARMUP (s per warm-up slice, 5),
# BENCH_WARMUP_MAX (s of warm-up per query at most, 45), BENCH_MIX_WARMUP (s of all queries in turn first, 30),
# BENCH_JIT_SLICE (s, 15) and BENCH_JIT_WARMUP_MAX (s, 480): Switchboard's first warm-up, until its JIT settles,
# BENCH_CONNECTIONS (32), BENCH_PORT_BASE (18700: ports +1..+3), BENCH_SKIP_BUILD=1 (reuse target/ and
# node_modules), BENCH_JAVA_OPTS (-Xmx384m), BENCH_LOAD_CPUS / BENCH_SERVER_CPUS (0 / 1).
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-5}
WARMUP_MAX=${BENCH_WARMUP_MAX:-45}
MIX_WARMUP=${BENCH_MIX_WARMUP:-30}
JIT_SLICE=${BENCH_JIT_SLICE:-15}
JIT_WARMUP_MAX=${BENCH_JIT_WARMUP_MAX:-480}
CONNECTIONS=${BENCH_CONNECTIONS:-32}

OUT=$BENCH_DIR/out/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT/bodies"
RESULTS=$OUT/results.jsonl
: > "$RESULTS"
trap stop_all EXIT
trap 'exit 130' INT TERM

SB_URL=http://127.0.0.1:$SB_PORT/graphql
MESH_URL=http://127.0.0.1:$MESH_PORT/graphql

# ------------------------------------------------------------------ helpers

# The JSON body of a query file: {"query": "<file content>"}.
body() {
    local stack=$1 name=$2 file=$OUT/bodies/$1-$2.json
    [ -f "$file" ] || node -e 'const fs = require("fs");
        fs.writeFileSync(process.argv[2], JSON.stringify({ query: fs.readFileSync(process.argv[1], "utf8") }))' \
        "$BENCH_DIR/queries/$stack/$name.graphql" "$file"
    echo "$file"
}

# Unmeasured load of several queries in turn (the code they share gets compiled first): BENCH_MIX_WARMUP seconds
# for Mesh; for Switchboard, slices of BENCH_JIT_SLICE seconds until two slices in a row left the JVM's JIT
# compiling for less than 5% of their time (jstat), at most BENCH_JIT_WARMUP_MAX seconds. On one core, C2 keeps
# compiling for about four minutes of such load, and the CPU per query halves meanwhile (bench/README.md); a
# JVM measured before that is measured compiling. How long it took goes into the results (scenario "warmup").
warm_mix() {
    local stack=$1 url=$2 pid=$3 bodies start=
    shift 3
    bodies=$(IFS=:; echo "$*")
    [ "$stack" != switchboard ] || start=$(jit_seconds "$pid")
    if [ "$stack" != switchboard ] || [ -z "$start" ]; then
        [ "$stack" != switchboard ] || log "    (jstat cannot read the JVM's JIT time: a fixed $MIX_WARMUP s instead)"
        run_wrk "$MIX_WARMUP" "$CONNECTIONS" "$url" WRK_BODIES="$bodies" > /dev/null
        return
    fi
    local spent=0 quiet=0 before after
    before=$start
    while [ "$quiet" -lt 2 ] && [ "$spent" -lt "$JIT_WARMUP_MAX" ]; do
        run_wrk "$JIT_SLICE" "$CONNECTIONS" "$url" WRK_BODIES="$bodies" > /dev/null
        spent=$((spent + JIT_SLICE))
        after=$(jit_seconds "$pid")
        if node -e 'const [b, a, s] = process.argv.slice(1).map(Number); process.exit(a - b < 0.05 * s ? 0 : 1)' \
                "$before" "$after" "$JIT_SLICE"; then
            quiet=$((quiet + 1))
        else
            quiet=0
        fi
        before=$after
    done
    log "    warm-up of all queries: $spent s, the JIT compiler threads busy for $(node -e 'console.log((process.argv[2] - process.argv[1]).toFixed(0))' "$start" "$after") s (summed over threads)"
    echo "{\"stack\":\"$stack\",\"scenario\":\"warmup\",\"queries\":$#,\"seconds\":$spent,\"settled\":$([ "$quiet" -ge 2 ] && echo true || echo false)}" \
        >> "$RESULTS"
}

# Seconds the JVM's JIT compilers have spent compiling so far; nothing when jstat is missing or cannot attach.
jit_seconds() {
    if command -v jstat > /dev/null; then
        jstat -compiler "$1" 2> /dev/null | awk 'NR == 2 && $4 ~ /^[0-9.]+$/ { print $4 }' || true
    fi
}

# Unmeasured load, so that the JIT and the connection pools are warm before a measurement: slices of
# BENCH_WARMUP seconds until the server's CPU time per query changes by less than 5% from one slice to the next
# (at least two slices, at most BENCH_WARMUP_MAX seconds). A JVM compiling on one shared core needs far longer
# than Node does; a fixed warm-up would measure the JIT instead of the server.
warm() {
    local url=$1 file=$2 pid=$3 spent=0 previous=0 cpu0 cpu1 result per_query
    while [ "$spent" -lt "$WARMUP_MAX" ]; do
        cpu0=$(cpu_ms "$pid")
        result=$(run_wrk "$WARMUP" "$CONNECTIONS" "$url" WRK_BODY="$file")
        cpu1=$(cpu_ms "$pid")
        spent=$((spent + WARMUP))
        [ -n "$result" ] || result='{"requests":0}'
        per_query=$(node -e 'const r = JSON.parse(process.argv[1]);
            console.log(r.requests ? ((process.argv[2] - process.argv[3]) / r.requests).toFixed(3) : 0)' \
            "$result" "$cpu1" "$cpu0")
        if [ "$spent" -gt "$WARMUP" ] && node -e 'const [a, b] = process.argv.slice(1).map(Number);
                process.exit(a > 0 && Math.abs(a - b) / a < 0.05 ? 0 : 1)' "$previous" "$per_query"; then
            break
        fi
        previous=$per_query
    done
    quiesce
    log "    warm after ${spent} s: $(basename "$file" .json), ${per_query} ms CPU/query"
}

# measure <stack> <scenario> <url> <query> <expected text> <expected count> <server pid>
measure() {
    local stack=$1 scenario=$2 url=$3 query=$4 expected=$5 count=$6 pid=$7
    local file probe calls_before calls_after result
    file=$(body "$stack" "$query")
    quiesce
    probe=$(node "$BENCH_DIR/lib/probe.js" "$url" "$file" 5 "$STUB_URL" "$expected" "$count") \
        || die "$stack $scenario: wrong answer, nothing measured"
    calls_before=$(stub_calls)
    cpu_before=$(cpu_ms "$pid")
    result=$(run_wrk "$DURATION" "$CONNECTIONS" "$url" WRK_BODY="$file")
    [ -n "$result" ] || die "$stack $scenario: wrk produced no result"
    cpu_after=$(cpu_ms "$pid")
    calls_after=$(stub_calls)
    node -e 'const [r, p, stack, scenario, calls, cpu, rss, cpus, latency] = process.argv.slice(1);
        const result = JSON.parse(r);
        console.log(JSON.stringify({ stack, scenario, ...result, callsPerQuery: JSON.parse(p).callsPerQuery,
            callsPerQueryUnderLoad: result.requests ? Number(calls) / result.requests : null,
            cpuMsPerQuery: result.requests ? Number(cpu) / result.requests : null,
            cpuShare: Number(cpu) / (result.duration_us / 1000),
            rssMiB: Number(rss), serverCpus: cpus, upstreamLatencyMs: Number(latency) }))' \
        "$result" "$probe" "$stack" "$scenario" "$((calls_after - calls_before))" "$((cpu_after - cpu_before))" \
        "$(rss_mib "$pid")" "$SERVER_CPUS" "${LATENCY_MS:-0}" | tee -a "$RESULTS" | node -e '
        let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => { const r = JSON.parse(s);
        log = (m) => console.error(`${new Date().toTimeString().substring(0, 8)}  ${m}`);
        log(`  ${r.stack} ${r.scenario}: ${r.rps.toFixed(0)} req/s, p50 ${(r.p50_us / 1000).toFixed(1)} ms, `
            + `p99 ${(r.p99_us / 1000).toFixed(1)} ms, ${r.callsPerQuery} calls/query, `
            + `${r.cpuMsPerQuery.toFixed(2)} ms CPU/query (${(100 * r.cpuShare).toFixed(0)}% of a core), `
            + `bad ${r.bad[0]}, RSS ${r.rssMiB} MiB`); });'
}

startup() {
    local stack=$1 instance=$2 ms=$3
    echo "{\"stack\":\"$stack\",\"scenario\":\"startup\",\"instance\":\"$instance\",\"startupMs\":$ms}" >> "$RESULTS"
    log "  $stack ($instance) answered its first query $ms ms after launch"
}

latency() {
    LATENCY_MS=$1
    curl -sf -X POST "$STUB_URL/__latency?ms=$1" > /dev/null || die "stub latency control failed"
}

# Both servers answer the same scenarios; the query files differ only in the field names each schema has.
cold_scenarios() {
    local stack=$1 url=$2 pid=$3 agents_expect agents_count conv_expect='"assignee":{'
    if [ "$stack" = switchboard ]; then
        agents_expect='"vendor"' agents_count=32
    else
        agents_expect='"id"' agents_count=38
    fi
    log "  warm-up: all four queries in turn, then each until it settles"
    warm_mix "$stack" "$url" "$pid" "$(body "$stack" typename)" "$(body "$stack" agent)" \
        "$(body "$stack" conversations50)" "$(body "$stack" agents)"
    for query in typename agent conversations50 agents; do
        warm "$url" "$(body "$stack" "$query")" "$pid"
    done
    measure "$stack" typename "$url" typename '"__typename"' 1 "$pid"
    measure "$stack" agent "$url" agent '"name"' 1 "$pid"
    measure "$stack" conversations50-cold-0ms "$url" conversations50 "$conv_expect" 50 "$pid"
    measure "$stack" agents-cold-0ms "$url" agents "$agents_expect" "$agents_count" "$pid"
    latency 20
    run_wrk 3 "$CONNECTIONS" "$url" WRK_BODY="$(body "$stack" conversations50)" > /dev/null
    measure "$stack" conversations50-cold-20ms "$url" conversations50 "$conv_expect" 50 "$pid"
    latency 0
}

warm_scenarios() {
    local stack=$1 url=$2 pid=$3
    # the first query fills the cache; the warm-up runs on cache hits
    node "$BENCH_DIR/lib/probe.js" "$url" "$(body "$stack" conversations50)" 1 "$STUB_URL" '"assignee":{' 50 \
        > /dev/null || die "$stack: wrong answer"
    log "  warm-up: both queries in turn, then each until it settles"
    warm_mix "$stack" "$url" "$pid" "$(body "$stack" typename)" "$(body "$stack" conversations50)"
    warm "$url" "$(body "$stack" typename)" "$pid"
    warm "$url" "$(body "$stack" conversations50)" "$pid"
    measure "$stack" typename-warm "$url" typename '"__typename"' 1 "$pid"
    measure "$stack" conversations50-warm "$url" conversations50 '"assignee":{' 50 "$pid"
}

# ------------------------------------------------------------------ the run

log "Output: $OUT"
ensure_tools
node -e 'const os = require("os"); const fs = require("fs");
    const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/) || [])[1] || "unknown";
    console.log(JSON.stringify({ nproc: os.cpus().length, cpuModel: cpu.trim(), memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
      loadBefore: os.loadavg(), node: process.version, loadCpus: process.argv[1], serverCpus: process.argv[2],
      connections: +process.argv[3], durationS: +process.argv[4], warmupS: +process.argv[5], warmupMaxS: +process.argv[7], mixWarmupS: +process.argv[8],
      jitSliceS: +process.argv[9], jitWarmupMaxS: +process.argv[10],
      javaOpts: process.argv[6],
      date: new Date().toISOString() }))' \
    "$LOAD_CPUS" "$SERVER_CPUS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$JAVA_OPTS" "$WARMUP_MAX" "$MIX_WARMUP" \
    "$JIT_SLICE" "$JIT_WARMUP_MAX" > "$OUT/machine.json"
build_switchboard
install_mesh
# the versions, now that Mesh is installed
node -e 'const fs = require("fs"); const m = JSON.parse(fs.readFileSync(process.argv[1]));
    const v = (p) => JSON.parse(fs.readFileSync(process.argv[2] + "/" + p + "/package.json")).version;
    m.mesh = { cli: v("@graphql-mesh/cli"), openapi: v("@graphql-mesh/openapi"),
        responseCache: v("@graphql-mesh/plugin-response-cache"), graphql: v("graphql") };
    m.java = process.argv[3]; fs.writeFileSync(process.argv[1], JSON.stringify(m));' \
    "$OUT/machine.json" "$BENCH_DIR/mesh/node_modules" "$(java -version 2>&1 | head -1)"

log "Starting the stub on 127.0.0.1:$STUB_PORT (cores: $LOAD_CPUS, with wrk; servers on $SERVER_CPUS)"
start_stub

# Gladly's documented limit is 10 requests/s per method, and Switchboard holds itself to it by default; the stub has
# no limit and Mesh keeps none, so the benchmark lifts Switchboard's (SWITCHBOARD_GLADLY_RATE_LIMIT=0).
log "Switchboard, cache off (switchboard.cache.ttl=PT0S)"
start_switchboard cold SWITCHBOARD_CACHE_TTL=PT0S SWITCHBOARD_GLADLY_RATE_LIMIT=0
startup switchboard cold "$STARTUP_MS"
cold_scenarios switchboard "$SB_URL" "$SB_PID"
stop_pid "$SB_PID"

log "Switchboard, store cache on (default ttl PT5M)"
start_switchboard warm SWITCHBOARD_GLADLY_RATE_LIMIT=0
startup switchboard warm "$STARTUP_MS"
warm_scenarios switchboard "$SB_URL" "$SB_PID"
stop_pid "$SB_PID"

log "GraphQL Mesh, no cache"
start_mesh plain
startup mesh plain "$STARTUP_MS"
cold_scenarios mesh "$MESH_URL" "$MESH_PID"
stop_pid "$MESH_PID"

log "GraphQL Mesh with the response cache plugin"
start_mesh cached
startup mesh cached "$STARTUP_MS"
warm_scenarios mesh "$MESH_URL" "$MESH_PID"
stop_pid "$MESH_PID"

log "The stub served directly (get-conversations, the one call both servers start from)"
[ "$SERVER_CPUS" = all ] || taskset -pc "$SERVER_CPUS" "$STUB_PID" > /dev/null
printf 'token=bench-gbtalk-token&function=get-conversations' > "$OUT/bodies/stub-get-conversations.form"
run_wrk "$DURATION" "$CONNECTIONS" "$STUB_URL/gbtalk/script/include/api.php" \
    WRK_BODY="$OUT/bodies/stub-get-conversations.form" WRK_CONTENT_TYPE=application/x-www-form-urlencoded \
    | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.stringify({
        stack: "stub", scenario: "get-conversations", ...JSON.parse(s), rssMiB: Number(process.argv[1]) })))' \
        "$(rss_mib "$STUB_PID")" >> "$RESULTS"

node -e 'const fs = require("fs"); const m = JSON.parse(fs.readFileSync(process.argv[1]));
    m.loadAfter = require("os").loadavg(); fs.writeFileSync(process.argv[1], JSON.stringify(m));' "$OUT/machine.json"
stop_all
node "$BENCH_DIR/lib/report.js" "$OUT" | tee "$OUT/results.md"
log "Raw results: $OUT/results.jsonl"
