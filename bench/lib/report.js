'use strict';
// Prints the benchmark table (Markdown) from bench/out/<time>/results.jsonl and machine.json, with the issue's
// targets and whether this run met them.
//
//   node report.js <out-dir>

const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const machine = JSON.parse(fs.readFileSync(path.join(dir, 'machine.json'), 'utf8'));
const results = fs.readFileSync(path.join(dir, 'results.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);

const find = (stack, scenario) => results.find((r) => r.stack === stack && r.scenario === scenario);
const ms = (us) => (us / 1000).toFixed(us < 10000 ? 2 : 1);
const rps = (r) => (r ? r.rps.toFixed(0) : '–');
const ratio = (a, b) => (a && b && b > 0 ? (a / b).toFixed(2) : '–');
const cpu = (r) => (r && r.cpuMsPerQuery != null ? r.cpuMsPerQuery.toFixed(r.cpuMsPerQuery < 1 ? 3 : 1) : '–');
const calls = (r) => (r && r.callsPerQuery != null ? String(+r.callsPerQuery.toFixed(2)) : '–');

const ROWS = [
    ['typename', '`{ __typename }` (cache off)'],
    ['agent', 'one agent by id (Blinger `GET /agents/{id}`)'],
    ['conversations50-cold-0ms', '50 conversations + customer + assignee + last message, no cache, upstream 0 ms'],
    ['conversations50-cold-20ms', 'the same, upstream 20 ms'],
    ['agents-cold-0ms', 'agents of Gladly, GB Talk and Blinger, no cache'],
    ['typename-warm', '`{ __typename }` (cache on)'],
    ['conversations50-warm', '50 conversations, warm: Switchboard response cache (over its store) vs Mesh response cache'],
];

const lines = [];
const out = (s = '') => lines.push(s);

out(`Machine: ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB; load generator and stub on `
    + `core ${machine.loadCpus}, server under test on core ${machine.serverCpus}; load average before `
    + `${machine.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${(machine.loadAfter || []).map((l) => l.toFixed(2)).join(' ')}.`);
out(`Each measurement: wrk, 1 thread, ${machine.connections} connections, ${machine.durationS} s, after a warm-up `
    + `per query in ${machine.warmupS} s slices until the server's CPU per query settles (at most ${machine.warmupMaxS} s), after all its queries in turn (Mesh ${machine.mixWarmupS} s, Switchboard until its JIT settled, at most ${machine.jitWarmupMaxS} s). ${machine.java}; Switchboard ${machine.javaOpts}. `
    + `${machine.node}, GraphQL Mesh CLI ${machine.mesh && machine.mesh.cli} (openapi ${machine.mesh && machine.mesh.openapi}, `
    + `response cache ${machine.mesh && machine.mesh.responseCache}, graphql ${machine.mesh && machine.mesh.graphql}). ${machine.date}.`);
out();
out('| Scenario | Switchboard req/s | p50 ms | p99 ms | calls/query | CPU ms/query | RSS MiB | Mesh req/s | p50 ms | p99 ms | calls/query | CPU ms/query | RSS MiB | req/s SB/Mesh | p99 SB/Mesh |');
out('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
const bad = [];
for (const [scenario, label] of ROWS) {
    const s = find('switchboard', scenario);
    const m = find('mesh', scenario);
    for (const r of [s, m]) {
        if (r && (r.bad[0] + r.bad[1] > 0 || r.timeouts > 0 || r.connect_errors + r.read_errors + r.write_errors > 0)) {
            bad.push(`${r.stack} ${scenario}: ${r.bad[0] + r.bad[1]} answers with errors or not HTTP 200, `
                + `${r.timeouts} timeouts, ${r.connect_errors + r.read_errors + r.write_errors} socket errors `
                + `of ${r.requests}`);
        }
    }
    out(`| ${label} | ${rps(s)} | ${s ? ms(s.p50_us) : '–'} | ${s ? ms(s.p99_us) : '–'} | ${calls(s)} | ${cpu(s)} | ${s ? s.rssMiB : '–'} `
        + `| ${rps(m)} | ${m ? ms(m.p50_us) : '–'} | ${m ? ms(m.p99_us) : '–'} | ${calls(m)} | ${cpu(m)} | ${m ? m.rssMiB : '–'} `
        + `| ${ratio(s && s.rps, m && m.rps)} | ${ratio(s && s.p99_us, m && m.p99_us)} |`);
}
const stub = find('stub', 'get-conversations');
if (stub) {
    out(`| the stub served directly (\`get-conversations\`, 50 rows; on the server core) | ${rps(stub)} | ${ms(stub.p50_us)} `
        + `| ${ms(stub.p99_us)} | 1 | | ${stub.rssMiB} | | | | | | | | |`);
}
out();
const warmups = results.filter((r) => r.scenario === 'warmup');
if (warmups.length) {
    out('All queries in turn until the JIT settled: '
        + warmups.map((r) => `${r.stack} (${r.queries} queries) ${r.seconds} s${r.settled ? '' : ' (not settled: the limit)'}`).join(', ')
        + '.');
}
const starts = results.filter((r) => r.scenario === 'startup');
out('Start to first answered query: '
    + starts.map((r) => `${r.stack} (${r.instance}) ${(r.startupMs / 1000).toFixed(2)} s`).join(', ') + '.');
out('CPU ms/query: CPU time (user + system, all threads: JIT and GC included) the server process used during the '
    + 'measurement, divided by the queries it answered; unlike req/s it does not depend on how much of its core the '
    + 'other processes of a shared machine left it.');
out(bad.length ? `Errors under load: ${bad.join('; ')}.` : 'No answer under load carried an error or a non-200 status.');
out();

// ------------------------------------------------------------------ targets
out('| Target (issue 5) | This run | Met |');
out('|---|---|---|');
const yes = (ok) => (ok ? 'yes' : '**no**');
for (const scenario of ['conversations50-cold-0ms', 'conversations50-cold-20ms']) {
    const s = find('switchboard', scenario);
    if (s) {
        out(`| upstream calls for 50 conversations <= 5 per query (${scenario.endsWith('20ms') ? '20 ms' : '0 ms'}) `
            + `| ${calls(s)} (Mesh ${calls(find('mesh', scenario))}) | ${yes(s.callsPerQuery <= 5)} |`);
    }
}
// The cold scenarios: the 50-conversation query, cold and with 20 ms upstream latency.
for (const scenario of ['conversations50-cold-0ms', 'conversations50-cold-20ms']) {
    const s = find('switchboard', scenario);
    const m = find('mesh', scenario);
    if (s && m) {
        out(`| ${scenario}: throughput >= 3x Mesh, lower p99 | ${ratio(s.rps, m.rps)}x, p99 ${ms(s.p99_us)} vs `
            + `${ms(m.p99_us)} ms | ${yes(s.rps >= 3 * m.rps && s.p99_us < m.p99_us)} |`);
    }
}
const sw = find('switchboard', 'conversations50-warm');
const mw = find('mesh', 'conversations50-warm');
if (sw && mw) {
    out(`| warm 50 conversations: throughput >= 1.5x Mesh with response cache, lower p99 | ${ratio(sw.rps, mw.rps)}x, `
        + `p99 ${ms(sw.p99_us)} vs ${ms(mw.p99_us)} ms | ${yes(sw.rps >= 1.5 * mw.rps && sw.p99_us < mw.p99_us)} |`);
}
const st = find('switchboard', 'typename-warm');
if (sw && st) {
    out(`| cache-hit throughput >= 50% of Switchboard's own \`{ __typename }\` | ${(100 * sw.rps / st.rps).toFixed(0)}% `
        + `(${rps(sw)} of ${rps(st)} req/s) | ${yes(sw.rps >= 0.5 * st.rps)} |`);
}
const beside = ['agent', 'agents-cold-0ms'].map((scenario) => [scenario, find('switchboard', scenario), find('mesh', scenario)])
    .filter(([, s, m]) => s && m)
    .map(([scenario, s, m]) => `${scenario} ${ratio(s.rps, m.rps)}x (p99 ${ms(s.p99_us)} vs ${ms(m.p99_us)} ms)`);
if (beside.length) {
    out();
    out(`Beside the targets, the single-call scenarios, Switchboard/Mesh: ${beside.join(', ')}.`);
}
process.stdout.write(lines.join('\n') + '\n');
