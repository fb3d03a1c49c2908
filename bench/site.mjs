// The benchmark page, built by Vite in production mode and served on 127.0.0.1, and the Chromium that
// loads it: shared by npm run bench (run.mjs) and npm run bench:trace (trace.mjs); bench:restyle
// (restyle.mjs) uses the same Chromium and median.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The middle element (the upper one of an even count); leaves `xs` as it was. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds bench/page.tsx into bench/results/site and serves it; resolves to the page's base URL and a close(). */
export async function serveBenchSite() {
  const out = join(root, 'bench/results/site');
  await build({
    root: join(root, 'bench'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: out, emptyOutDir: true, minify: process.env.BENCH_MINIFY !== '0' },
  });
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
  return { url: `http://127.0.0.1:${server.address().port}/index.html`, close: () => server.close() };
}

/** The Chromium of scripts/find-chromium.mjs, with forced GC and precise heap figures. */
export async function launchChromium() {
  const { source, launchOptions } = await findChromium();
  console.log(`Chromium: ${source}`);
  return chromium.launch({ ...launchOptions, headless: true, args: [...launchOptions.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'] });
}

/** Opens the page in one layout and waits until its bench API is there. */
export async function openBenchPage(browser, site, layout) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.url}#${layout}`);
  await page.waitForFunction(() => document.title === 'ready');
  return page;
}
