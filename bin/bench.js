#!/usr/bin/env node
// `npm run bench`: the benchmarks are built into out/main/bench.js.
await import(new URL('../out/main/bench.js', import.meta.url).href);
