#!/usr/bin/env node
// Banner reporting cost, in Node (no browser): the time per `BannerStore.report` and the memory the
// store keeps, for N identical and N distinct failures, one report per tick (each tick delivers to a
// subscriber, as React would be) and all in one tick. Reporting should be O(1) amortised: the time per
// report flat as N grows, and the memory bounded by maxGroups x maxMembers whatever N is.
// `npm run bench:banners` runs it alone; `npm run bench` runs it after the browser figures.
// Not a test: it prints numbers and never fails on them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_BANNER_N ?? '1000,10000,100000').split(',').map(Number);
const TARGET_US = 20;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const collect = () => {
  for (let i = 0; i < 3; i++) gc();
};

/** The core entry, built as the package builds it (production, ES module). */
async function loadCore() {
  const out = await mkdtemp(join(tmpdir(), 'elb-banner-bench-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: { lib: { entry: join(root, 'src/core/index.ts'), formats: ['es'], fileName: 'core' }, outDir: out, emptyOutDir: true, minify: true },
  });
  const core = await import(pathToFileURL(join(out, 'core.js')).href);
  await rm(out, { recursive: true, force: true });
  return core;
}

const inputs = {
  identical: (i) => [{ status: 503, body: { error_code: 'ELB.8906', error_msg: 'Service unavailable.' } }, { context: { method: 'GET', url: `/v3/p/elb/members/${i}` } }],
  distinct: (i) => [{ status: 500, body: { error_code: `ELB.${10_000 + i}`, error_msg: `Failure ${i}.` } }, { context: { method: 'GET', url: `/v3/p/elb/pools/${i}` } }],
};
/** Failures to report: raw server answers (normalised by `report`, end to end), or ElbErrors made beforehand (the store alone). */
let failures = inputs;

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Reports n failures of one kind to a new store with a subscriber, as <ErrorBanners> has one. */
async function fill(BannerStore, kind, n, perTick) {
  const store = new BannerStore();
  let delivered = 0;
  store.subscribe(() => {
    // What <ErrorBanners> reads on each delivery.
    delivered += store.getGroups().length;
    store.takeAnnouncements();
  });
  const make = failures[kind];
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    store.report(...make(i));
    if (perTick) await null; // the store's tick runs before this continuation
  }
  await null;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { store, delivered, cpuMs: (used.user + used.system) / 1000, ms };
}

/**
 * Time and memory come from two runs. The time is taken without collecting first: right after forced
 * full collections the heap is swept and regrown while the reports run, which a page never does before a
 * burst of failures, and which made every report of a 1,000-report run cost twice what it costs in a
 * 100,000-report run. The memory is taken around a second run, between forced collections.
 */
async function measure(BannerStore, kind, n, perTick) {
  // The previous run's forced collections leave work to the collector's background threads: their CPU
  // time would land in this run's figure.
  await settle();
  const timed = await fill(BannerStore, kind, n, perTick);
  timed.store.dismissAll();
  collect();
  await settle();
  const before = process.memoryUsage().heapUsed;
  const { store, delivered } = await fill(BannerStore, kind, n, perTick);
  collect();
  const retained = process.memoryUsage().heapUsed - before;
  const groups = store.getGroups();
  const kept = groups.reduce((sum, g) => sum + g.members.length, 0);
  const counted = groups.reduce((sum, g) => sum + g.count, 0);
  store.dismissAll();
  return { us: (timed.cpuMs * 1000) / n, wallUs: (timed.ms * 1000) / n, retained, groups: groups.length, kept, counted, delivered };
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

export async function runBannerBench() {
  const { BannerStore, toElbError } = await loadCore();
  // The store alone: 1,000 ElbErrors made beforehand, reported in turn (their normalisation is not timed).
  const made = Object.fromEntries(
    Object.entries(inputs).map(([kind, make]) => [kind, Array.from({ length: 1000 }, (_, i) => toElbError(make(i)[0], make(i)[1].context))]),
  );
  const storeOnly = {
    'identical, made beforehand': (i) => [made.identical[i % 1000], { id: `r${i}` }],
    'distinct, made beforehand': (i) => [made.distinct[i % 1000], { id: `r${i}` }],
  };
  const normalise = (kind, n) => {
    const make = inputs[kind];
    const cpu = process.cpuUsage();
    for (let i = 0; i < n; i++) toElbError(make(i)[0], make(i)[1].context);
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / n;
  };
  const rows = [];
  const perReport = {};
  const plan = [
    ...Object.keys(inputs).flatMap((kind) => [[inputs, kind, true], [inputs, kind, false]]),
    ...Object.keys(storeOnly).map((kind) => [storeOnly, kind, true]),
  ];
  for (const [set, kind, perTick] of plan) {
    failures = set;
    {
      // Warm-up, not recorded: each way of reporting gets the JIT's code for its own inputs first, so
      // that the smallest N does not pay for the compiler's work on behalf of the larger ones.
      (await fill(BannerStore, kind, 5000, perTick)).store.dismissAll();
      for (const n of SIZES) {
        // Small N is repeated (the median run is kept), so one pause of a shared machine does not make the row.
        const runs = [];
        for (let k = 0; k < Math.max(1, Math.min(15, Math.round(15_000 / n))); k++) runs.push(await measure(BannerStore, kind, n, perTick));
        runs.sort((a, b) => a.us - b.us);
        const r = runs[Math.floor((runs.length - 1) / 2)];
        (perReport[`${kind}/${perTick}`] ??= []).push(r.us);
        rows.push([
          kind,
          perTick ? 'one per tick' : 'all in one tick',
          n.toLocaleString('en'),
          `${r.us.toFixed(2)} µs (${r.wallUs.toFixed(2)} µs)`,
          `${(r.retained / 1024).toFixed(0)} KB`,
          `${r.groups} groups, ${r.kept} listed, ${r.counted.toLocaleString('en')} counted`,
        ]);
      }
    }
  }
  console.log('\n## Banner reporting (Node, no browser)\n');
  console.log(`BannerStore.report with the default bounds (50 groups, 20 listed requests each); a subscriber reads the groups on every delivery. Target: under ${TARGET_US} µs per report, flat as N grows. Time is the process's CPU time (user + system), which a busy shared machine inflates far less than the wall clock printed beside it. Small N: the median of repeated runs. "Made beforehand": the store alone, without the normalisation.\n`);
  console.log(table(['failures', 'reported', 'N', 'CPU time per report (wall clock)', 'retained after GC', 'held'], rows));
  // The target is read at 10,000 reports (or the middle size asked for); "flat" is the time per report at the
  // largest N against the smallest (at most about 1: reporting does not slow down as the store has seen more).
  // The smallest N carries each run's fixed costs (a new store, its first deliveries) over fewer reports.
  const at = SIZES.includes(10_000) ? 10_000 : SIZES[Math.min(1, SIZES.length - 1)];
  const verdicts = Object.entries(perReport).map(([key, us]) => {
    const target = us[SIZES.indexOf(at)];
    const growth = us[us.length - 1] / us[0];
    return `${key.replace('/true', ', one per tick').replace('/false', ', one tick')}: ${target.toFixed(2)} µs per report at ${at.toLocaleString('en')} ${target < TARGET_US ? '<' : '>= (not met)'} ${TARGET_US} µs; ${SIZES[SIZES.length - 1].toLocaleString('en')} vs ${SIZES[0].toLocaleString('en')}: ${growth.toFixed(2)}x${growth <= 1.2 ? '' : ' (grows)'}`;
  });
  console.log(`\n${verdicts.join('\n')}`);
  const n = SIZES[Math.min(1, SIZES.length - 1)];
  console.log(`\nOf which toElbError alone (the normalisation every report makes), ${n.toLocaleString('en')} times: identical ${normalise('identical', n).toFixed(2)} µs, distinct ${normalise('distinct', n).toFixed(2)} µs per failure.`);
  console.log(`\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBannerBench();
