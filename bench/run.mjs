#!/usr/bin/env node
// npm run bench: 1000 StatusBadges vs 1000 plain spans vs 1000 spans with a Radix tooltip each,
// in one headless Chromium page, production build, round-robin, medians of 9 rounds.
// Not a test: it prints numbers and never fails on them.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/results/site');
const N = Number(process.env.BENCH_N ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

await build({
  root: join(root, 'bench'),
  base: './',
  logLevel: 'warn',
  configFile: false,
  plugins: [react()],
  mode: 'production',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: out, emptyOutDir: true, minify: true },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  try {
    const path = join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/$/, '/index.html'));
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/index.html${process.env.BENCH_HASH ?? ''}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
await page.waitForFunction(() => document.title === 'ready');

const kinds = (process.env.BENCH_KINDS ?? 'span,badge,radix').split(',');
const samples = Object.fromEntries(kinds.map((k) => [k, { mount: [], update: [], unmount: [], heap: [] }]));
const panel = [];
const gc = () => page.evaluate(() => { window.gc(); window.gc(); });

// Warm-up round, not recorded.
for (const kind of kinds) {
  await page.evaluate(([k, n]) => { window.bench.mount(k, n); window.bench.update(k, n); window.bench.unmount(); }, [kind, N]);
}
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order each round so no kind always runs first.
  const order = kinds.map((_, i) => kinds[(i + round) % kinds.length]);
  for (const kind of order) {
    await gc();
    const before = await page.evaluate(() => window.bench.heap());
    const mount = await page.evaluate(([k, n]) => window.bench.mount(k, n), [kind, N]);
    await gc();
    const mounted = await page.evaluate(() => window.bench.heap());
    const update = await page.evaluate(([k, n]) => window.bench.update(k, n), [kind, N]);
    const unmount = await page.evaluate(() => window.bench.unmount());
    const s = samples[kind];
    s.mount.push(mount); s.update.push(update); s.unmount.push(unmount); s.heap.push(mounted - before);
  }
  panel.push(await page.evaluate(() => window.bench.panel()));
}
await browser.close();
server.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const m = (k, f) => median(samples[k][f]);
const label = { span: 'plain <span>', badge: 'StatusBadge', radix: 'span + Radix tooltip each', lite: 'badge markup, no hooks' };
const rows = kinds.map((k) => [
  label[k],
  `${m(k, 'mount').toFixed(1)} ms (${(m(k, 'mount') / m('span', 'mount')).toFixed(2)}x)`,
  `${m(k, 'update').toFixed(1)} ms (${(m(k, 'update') / m('span', 'update')).toFixed(2)}x)`,
  `${m(k, 'unmount').toFixed(1)} ms (${(m(k, 'unmount') / m('span', 'unmount')).toFixed(2)}x)`,
  `${(m(k, 'heap') / 1024 / 1024).toFixed(2)} MB`,
]);
const head = [`${N} items, median of ${ROUNDS}`, 'mount', 'update', 'unmount', 'heap (after GC)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
console.log(`\nErrorPanel mount: ${median(panel).toFixed(2)} ms (median of ${ROUNDS})`);
console.log(`Chromium ${browser.version()}, Node ${process.version}`);
