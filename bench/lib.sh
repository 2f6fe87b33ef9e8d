# Shared by bench/run.sh and bench/load.sh (sourced, not run): tools, processes, ports, measurements.
# Everything listens on 127.0.0.1; every process started here is stopped by stop_all (an EXIT trap).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

PORT_BASE=${BENCH_PORT_BASE:-18700}
STUB_PORT=$((PORT_BASE + 1))
SB_PORT=$((PORT_BASE + 2))
MESH_PORT=$((PORT_BASE + 3))
STUB_URL=http://127.0.0.1:$STUB_PORT
# The heap of a k8s/base pod (half its 768 MiB limit), rather than a quarter of this machine's memory.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx384m}

STARTED_PIDS=()
TMP_DIRS=()

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ------------------------------------------------------------------ cores
# The load generator and the stub share one core, the server under test gets the other, so that neither steals
# the other's CPU. On a single core nothing is pinned.
if [ "$(nproc)" -ge 2 ] && command -v taskset > /dev/null; then
    LOAD_CPUS=${BENCH_LOAD_CPUS:-0}
    SERVER_CPUS=${BENCH_SERVER_CPUS:-1}
    PIN_LOAD=(taskset -c "$LOAD_CPUS")
    PIN_SERVER=(taskset -c "$SERVER_CPUS")
else
    LOAD_CPUS=all
    SERVER_CPUS=all
    PIN_LOAD=()
    PIN_SERVER=()
fi

# ------------------------------------------------------------------ tools and builds

ensure_tools() {
    local missing=()
    command -v wrk > /dev/null || missing+=(wrk)
    command -v hey > /dev/null || missing+=(hey)
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing ${missing[*]} from the Debian archive"
        if [ "$(id -u)" = 0 ]; then
            apt-get install -y "${missing[@]}" > /dev/null 2>&1 \
                || { apt-get update > /dev/null 2>&1 && apt-get install -y "${missing[@]}" > /dev/null 2>&1; } \
                || die "apt-get install ${missing[*]} failed"
        else
            sudo apt-get install -y "${missing[@]}" > /dev/null || die "install ${missing[*]} (apt-get) first"
        fi
    fi
    for tool in java node npm curl; do
        command -v "$tool" > /dev/null || die "$tool is needed"
    done
}

build_switchboard() {
    if [ -n "${BENCH_SKIP_BUILD:-}" ] && [ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]; then
        log "Using the existing target/quarkus-app (BENCH_SKIP_BUILD)"
        return
    fi
    log "Packaging Switchboard (./mvnw package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || die "./mvnw package failed"
}

install_mesh() {
    local dir=$BENCH_DIR/mesh
    if [ -n "${BENCH_SKIP_BUILD:-}" ] && [ -d "$dir/node_modules/@graphql-mesh/cli" ]; then
        log "Using the installed GraphQL Mesh (BENCH_SKIP_BUILD)"
    else
        log "Installing GraphQL Mesh (npm ci)"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error > /dev/null) || die "npm ci failed"
    fi
    for config in plain cached; do
        (cd "$dir/$config" && STUB_URL=$STUB_URL ../node_modules/.bin/mesh build > "$OUT/mesh-build-$config.log" 2>&1) \
            || die "mesh build ($config) failed, see $OUT/mesh-build-$config.log"
    done
}

# ------------------------------------------------------------------ processes

port_free() {
    ! (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

stop_pid() {
    local pid=$1
    if kill -0 "$pid" 2> /dev/null; then
        kill "$pid" 2> /dev/null
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2> /dev/null || return 0
            sleep 0.1
        done
        kill -9 "$pid" 2> /dev/null
    fi
    return 0
}

stop_all() {
    local pid
    for pid in "${STARTED_PIDS[@]}"; do
        stop_pid "$pid"
    done
    STARTED_PIDS=()
    for dir in "${TMP_DIRS[@]}"; do
        rm -rf "$dir"
    done
    TMP_DIRS=()
}

start_stub() {
    port_free "$STUB_PORT" || die "port $STUB_PORT is taken (set BENCH_PORT_BASE)"
    "${PIN_LOAD[@]}" node "$BENCH_DIR/stub/stub.js" "$STUB_PORT" > "$OUT/stub.log" 2>&1 &
    STUB_PID=$!
    STARTED_PIDS+=("$STUB_PID")
    wait_for "$STUB_URL/__health" 10 > /dev/null || die "the stub did not start, see $OUT/stub.log"
}

# Milliseconds from now until the URL answers 200 (GET), or failure after the given seconds.
wait_for() {
    local url=$1 seconds=$2 start now
    start=$(date +%s%N)
    while true; do
        if curl -sf -o /dev/null "$url"; then
            now=$(date +%s%N)
            echo $(((now - start) / 1000000))
            return 0
        fi
        now=$(date +%s%N)
        [ $(((now - start) / 1000000000)) -ge "$seconds" ] && return 1
        sleep 0.02
    done
}

# Milliseconds from a start time (ns) until POST {__typename} answers with data, or failure after 120 s.
wait_for_graphql() {
    local url=$1 start=$2 now
    while true; do
        if curl -s -m 2 "$url" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' 2> /dev/null \
                | grep -q '"__typename"'; then
            now=$(date +%s%N)
            echo $(((now - start) / 1000000))
            return 0
        fi
        now=$(date +%s%N)
        [ $(((now - start) / 1000000000)) -ge 120 ] && return 1
        sleep 0.025
    done
}

# start_switchboard <name> [KEY=VALUE...]: the packaged jar against the stub, a fresh H2 store in a temp dir.
# Sets SB_PID and STARTUP_MS (launch to first answered query).
start_switchboard() {
    local name=$1
    shift
    port_free "$SB_PORT" || die "port $SB_PORT is taken (set BENCH_PORT_BASE)"
    local store
    store=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-bench.XXXXXX")
    TMP_DIRS+=("$store")
    local start
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    env QUARKUS_PROFILE=prod \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$SB_PORT" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$store/sb;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        SWITCHBOARD_AUTH_ENABLED=false \
        SWITCHBOARD_GLADLY_URL="$STUB_URL/gladly/api/v1" \
        SWITCHBOARD_GLADLY_USERNAME=bench@switchboard.test SWITCHBOARD_GLADLY_TOKEN=bench-gladly-token \
        SWITCHBOARD_GLADLY_ORG_ID=bench-org \
        SWITCHBOARD_GBTALK_URL="$STUB_URL/gbtalk/script/include/api.php" SWITCHBOARD_GBTALK_TOKEN=bench-gbtalk-token \
        SWITCHBOARD_BLINGER_URL="$STUB_URL/blinger/api/external/v1" SWITCHBOARD_BLINGER_TOKEN=bench-blinger-token \
        "$@" \
        "${PIN_SERVER[@]}" java $JAVA_OPTS -jar "$ROOT/target/quarkus-app/quarkus-run.jar" \
        > "$OUT/switchboard-$name.log" 2>&1 &
    SB_PID=$!
    STARTED_PIDS+=("$SB_PID")
    STARTUP_MS=$(wait_for_graphql "http://127.0.0.1:$SB_PORT/graphql" "$start") \
        || die "Switchboard ($name) did not answer, see $OUT/switchboard-$name.log"
}

# start_mesh <plain|cached>: `mesh start` of the built config, one process (no fork). Sets MESH_PID, STARTUP_MS.
start_mesh() {
    local config=$1
    port_free "$MESH_PORT" || die "port $MESH_PORT is taken (set BENCH_PORT_BASE)"
    local start
    start=$(date +%s%N)
    (cd "$BENCH_DIR/mesh/$config" && exec env STUB_URL="$STUB_URL" NODE_ENV=production \
        "${PIN_SERVER[@]}" node ../node_modules/@graphql-mesh/cli/cjs/bin.js start --port "$MESH_PORT") \
        > "$OUT/mesh-$config.log" 2>&1 &
    MESH_PID=$!
    STARTED_PIDS+=("$MESH_PID")
    STARTUP_MS=$(wait_for_graphql "http://127.0.0.1:$MESH_PORT/graphql" "$start") \
        || die "Mesh ($config) did not answer, see $OUT/mesh-$config.log"
}

# Resident set of a process and its children, MiB.
rss_mib() {
    local pid=$1 total=0 kb child
    for child in $pid $(pgrep -P "$pid" 2> /dev/null); do
        kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$child/status" 2> /dev/null || echo 0)
        total=$((total + ${kb:-0}))
    done
    echo $((total / 1024))
}

# ------------------------------------------------------------------ stub control

stub() { curl -sf -X POST "$STUB_URL/__$1" > /dev/null || die "stub control $1 failed"; }

# Waits until the stub has seen no upstream call for half a second (at most 30 s): a server may still be working
# off requests a finished wrk run left queued, and those must not count against the next scenario.
quiesce() {
    local last now
    last=$(stub_calls)
    for _ in $(seq 1 60); do
        sleep 0.5
        now=$(stub_calls)
        [ "$now" = "$last" ] && return 0
        last=$now
    done
    log "  (the stub was still being called after 30 s)"
}

# CPU time (user + system) a process and its threads have used, in milliseconds.
cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}
stub_calls() { curl -sf "$STUB_URL/__calls" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).total))'; }

# ------------------------------------------------------------------ load

# run_wrk <seconds> <connections> <url> [ENV=VALUE...]: one bounded wrk run on the load cores; prints its RESULT JSON.
# WRK_TIMEOUT (10 s) is also the top of wrk's latency histogram: slower answers are left out of the percentiles,
# and every 2 s wrk counts the connections waiting longer than it as "timeouts".
run_wrk() {
    local seconds=$1 connections=$2 url=$3
    shift 3
    env "$@" "${PIN_LOAD[@]}" wrk -t1 -c"$connections" -d"${seconds}s" --timeout "${WRK_TIMEOUT:-10}s" \
        -s "$BENCH_DIR/wrk/post.lua" "$url" 2> /dev/null | sed -n 's/^RESULT //p'
}
