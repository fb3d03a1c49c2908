#!/usr/bin/env node
// npm run bench:trace: where the time of an update goes, from Chromium's own trace. For each kind, in
// the rows layout, TRACE_CYCLES times: mount 1000 items (not traced), then trace six updates (each item
// changes status, then back), then unmount. Prints, per kind, the medians per update frame of React's time
// (the page's clock) and of the trace's style recalculation, layout, pre-paint and paint, and the time to
// the painted frame. Tracing adds overhead of its own: compare kinds with each other, not with npm run bench.
// A diagnostic, not a test.
import { launchChromium, median, openBenchPage, serveBenchSite } from './site.mjs';

const kinds = (process.env.BENCH_KINDS ?? 'span,lite,shell,badge').split(',');
if (kinds[0] !== 'span') throw new Error('BENCH_KINDS must start with span: the ratio column is to the span');
const CYCLES = Number(process.env.TRACE_CYCLES ?? 6);
// TRACE_OP=unmount traces the unmount of the 1000 items instead (one frame per cycle).
const OP = process.env.TRACE_OP ?? 'update';
const N = 1000;
const UPDATES = 6;
const EVENTS = { UpdateLayoutTree: 'style recalc', Layout: 'layout', PrePaint: 'pre-paint', Paint: 'paint' };

const site = await serveBenchSite();
const browser = await launchChromium();
const page = await openBenchPage(browser, site, 'rows');
const samples = Object.fromEntries(kinds.map((k) => [k, { react: [], frame: [], all: {}, ...Object.fromEntries(Object.keys(EVENTS).map((e) => [e, []])) }]));

for (let cycle = -1; cycle < CYCLES; cycle++) {
  for (const kind of kinds) {
    await page.evaluate(([k, n]) => (window.gc(), window.bench.mount(k, n)), [kind, N]);
    if (cycle >= 0) await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const times = await page.evaluate(async ([k, n, updates, op]) => {
      const out = [];
      if (op === 'unmount') {
        window.gc();
        out.push(await window.bench.unmount());
        return out;
      }
      for (let i = 0; i < updates; i++) out.push(await window.bench[i % 2 ? 'again' : 'update'](k, n));
      return out;
    }, [kind, N, UPDATES, OP]);
    const trace = cycle >= 0 ? await browser.stopTracing() : null;
    if (OP !== 'unmount') await page.evaluate(() => window.bench.unmount());
    if (!trace) continue; // warm-up
    const { traceEvents } = JSON.parse(trace.toString());
    const s = samples[kind];
    // Every kind of event on the page's main thread, summed per frame: where the rest of the time goes.
    const main = traceEvents.find((e) => e.name === 'UpdateLayoutTree' || e.name === 'FunctionCall')?.tid;
    const totals = {};
    for (const e of traceEvents) if (e.ph === 'X' && e.tid === main && e.dur) totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000 / times.length;
    for (const [name, ms] of Object.entries(totals)) (s.all[name] ??= []).push(ms);
    for (const name of Object.keys(EVENTS)) {
      // One event per update frame; none when a frame needs no such work (a text-only change needs no recalc).
      // Paint nests (one event inside another for the same frame): count the outermost only.
      const all = traceEvents.filter((e) => e.name === name && e.ph === 'X');
      const outer = all.filter((e) => !all.some((o) => o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
      const frames = outer.map((e) => e.dur / 1000);
      if (frames.length > times.length && OP !== 'unmount') throw new Error(`${kind}: ${frames.length} ${name} events for ${times.length} frames`);
      if (OP === 'unmount') frames.splice(0, frames.length, frames.reduce((a, b) => a + b, 0));
      s[name].push(...frames, ...Array(Math.max(0, times.length - frames.length)).fill(0));
    }
    s.react.push(...times.map((t) => t.js));
    s.frame.push(...times.map((t) => t.frame));
  }
}
const version = browser.version();
await browser.close();
site.close();

const head = ['kind', 'React', ...Object.values(EVENTS), 'to the painted frame', 'ratio to the span'];
console.log(`\n${N} items, rows layout, ${CYCLES} cycles of ${OP === 'unmount' ? 'one traced unmount' : `${UPDATES} traced updates`}; medians per frame in ms\n`);
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
const span = median(samples[kinds[0]].frame);
for (const [kind, s] of Object.entries(samples)) {
  const cells = [s.react, ...Object.keys(EVENTS).map((e) => s[e]), s.frame].map((xs) => median(xs).toFixed(2));
  console.log(`| ${kind} | ${cells.join(' | ')} | ${(median(s.frame) / span).toFixed(2)}x |`);
}
console.log('\nEvery trace event on the main thread (nested events count in their parents too), medians per frame in ms, the largest:\n');
const names = [...new Set(Object.values(samples).flatMap((s) => Object.keys(s.all)))];
const cell = (s, name) => (s.all[name] ? median(s.all[name]) : 0);
const top = names.sort((a, b) => cell(samples[kinds.at(-1)], b) - cell(samples[kinds.at(-1)], a)).slice(0, 14);
console.log(`| event | ${kinds.join(' | ')} |\n|---|${kinds.map(() => '---').join('|')}|`);
for (const name of top) console.log(`| ${name} | ${kinds.map((k) => cell(samples[k], name).toFixed(2)).join(' | ')} |`);
console.log(`\nChromium ${version}, ${new Date().toISOString().slice(0, 10)}`);
