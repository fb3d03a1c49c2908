#!/usr/bin/env node
// Browser check of the built Next.js example (examples/next-app, served by `next start` on the
// given origin): the Server Component page's HTML holds the badge texts and the panel's ELB code,
// and after hydration they are on screen in Chromium; the route handler answers with the
// ElbError's plain-data form made by toElbError from the root entry. Exits non-zero otherwise.
import { chromium } from 'playwright';
import { findChromium } from './find-chromium.mjs';

const origin = process.argv[2] ?? 'http://127.0.0.1:3123';
const failures = [];
const expect = (ok, what) => {
  if (!ok) failures.push(what);
};

// 1. The server's HTML, before any script runs.
const html = await (await fetch(`${origin}/`)).text();
// The rendered markup only: the React Server Components payload in <script> elements repeats the props.
const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
for (const text of ['201 Created', '400 Bad Request', 'ELB.1003', 'req-next-1003', 'Die Anfrage wurde nicht angenommen']) {
  expect(markup.includes(text), `the server-rendered HTML lacks "${text}"`);
}
expect(!markup.includes('Etwas ist schiefgelaufen'), 'the panel says "something went wrong": the ElbError did not survive the trip to the client');

// 2. The route handler: toElbError from the root entry works on the server.
const api = await fetch(`${origin}/api/elb-error`);
const body = await api.json().catch(() => null);
expect(api.status === 503, `the route handler answered ${api.status}, not 503`);
expect(body?.$type === 'elb-status-ui/ElbError@1' && body?.code === 'ELB.8906' && body?.retryAfterMs === 30000, `the route handler sent ${JSON.stringify(body)?.slice(0, 200)}`);

// 3. On screen, after hydration, without errors in the console.
const browser = await chromium.launch({ ...(await findChromium()).launchOptions, headless: true });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  for (const text of ['201 Created', '400 Bad Request']) {
    expect(await page.locator('.elb-badge', { hasText: text }).first().isVisible(), `badge "${text}" is not on screen`);
  }
  const panel = page.getByRole('region', { name: /Die Anfrage wurde nicht angenommen/ });
  expect(await panel.isVisible(), 'the error panel is not on screen');
  expect(await panel.locator('code', { hasText: 'ELB.1003' }).first().isVisible(), 'the panel does not show ELB.1003');
  // The provider's catalogue (a client-side lookup) decides the hint: ELB.1003 means "not found".
  expect((await panel.textContent())?.includes('Aktualisieren Sie die Liste'), 'the panel hint is not the catalogue one');
  // Hydrated: focusing a badge opens its tooltip (loaded on first use), in German.
  await page.locator('.elb-badge', { hasText: '400 Bad Request' }).first().focus();
  const tooltip = page.getByRole('tooltip');
  await tooltip.waitFor({ timeout: 10_000 }).catch(() => undefined);
  expect((await tooltip.textContent().catch(() => ''))?.includes('Ungültiger Anfrage-URI.'), 'the badge tooltip did not open with the German description');
  expect(errors.length === 0, `console errors: ${errors.join(' | ').slice(0, 500)}`);
} finally {
  await browser.close();
}

if (failures.length) {
  console.error(`Next.js example check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Next.js example ok: badges and the panel (ELB.1003) in the HTML and on screen, the route handler answers 503 with the ElbError data');
