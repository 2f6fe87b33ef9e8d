'use strict';
// Sends a query N times, one after the other, and prints {"callsPerQuery": ...}: the stub's upstream call counter
// read before and after, divided by N. Fails when an answer is not HTTP 200, carries GraphQL errors, or does not
// contain the expected text the expected number of times (so that a benchmark never measures a broken answer).
//
//   node probe.js <graphql-url> <body-file> <n> <stub-url> <expected-text> <expected-count>

const fs = require('fs');

async function main() {
    const [url, bodyFile, n, stubUrl, expected, expectedCount] = process.argv.slice(2);
    const body = fs.readFileSync(bodyFile, 'utf8');
    const calls = async () => (await (await fetch(`${stubUrl}/__calls`)).json()).total;
    const before = await calls();
    let sample = '';
    for (let i = 0; i < Number(n); i++) {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await res.text();
        sample = text;
        const found = text.split(expected).length - 1;
        if (res.status !== 200 || text.includes('"errors"') || found !== Number(expectedCount)) {
            process.stderr.write(`unexpected answer (HTTP ${res.status}, "${expected}" ${found} times, `
                + `wanted ${expectedCount}): ${text.substring(0, 600)}\n`);
            process.exit(1);
        }
    }
    const after = await calls();
    process.stdout.write(JSON.stringify({ callsPerQuery: (after - before) / Number(n), bytes: sample.length }) + '\n');
}

main().catch((e) => {
    process.stderr.write(`${e.stack}\n`);
    process.exit(1);
});
