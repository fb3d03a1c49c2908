// Finds the Chromium that the browser tests, the Storybook story tests, the benchmarks and
// npm run icons launch through Playwright. In this order:
//   1. CHROMIUM_PATH, when set (an error if nothing is there: a path given on purpose is never ignored);
//   2. Debian's /usr/bin/chromium;
//   3. Playwright's own Chromium, when `npx playwright install chromium` has put one on disk;
//   4. the headless Chromium inside the @sparticuz/chromium devDependency (Linux only), unpacked to the
//      temp folder on first use (a few seconds; later runs reuse it).
// ELB_NO_SYSTEM_CHROMIUM=1 skips 2 and 3, to check on a machine that has them that a bare one works.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for any of the browsers: no sandbox (CI runs as root), no GPU, no background traffic. */
export const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Vitest evaluates its config once per project, each time with its own copy of this module: the
// unpacking is shared through a global, so that it runs once per process, never twice at a time.
const CACHE = Symbol.for('elb-status-ui/find-chromium');
const once = (key, make) => {
  const cache = (globalThis[CACHE] ??= new Map());
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
};

const isOn = (value) => typeof value === 'string' && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function packagedChromium(env) {
  if (process.platform !== 'linux') {
    throw new Error(
      'No Chromium found: set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium` ' +
        '(the Chromium inside @sparticuz/chromium runs on Linux only).',
    );
  }
  let sparticuz;
  try {
    ({ default: sparticuz } = await import('@sparticuz/chromium'));
  } catch (error) {
    throw new Error(`No Chromium found and @sparticuz/chromium is not installed (run npm ci): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // No WebGL is needed: this skips unpacking the software GL libraries.
  sparticuz.setGraphicsMode = false;
  const executablePath = await once('@sparticuz/chromium', () => sparticuz.executablePath());
  // Its flags for a headless shell, less two: Playwright passes its own headless flag, and the pages
  // under test keep the same-origin rules and mixed-content blocking a user's browser has.
  const dropped = ['--headless', '--disable-web-security', '--allow-running-insecure-content'];
  const args = [...new Set([...BASE_ARGS, ...sparticuz.args.filter((a) => !dropped.some((d) => a.startsWith(d)))])];
  // A machine without any fontconfig set-up gets the fonts the package ships (no CJK glyphs among them).
  const launchEnv = existsSync('/etc/fonts/fonts.conf') ? undefined : { ...env, FONTCONFIG_PATH: join(tmpdir(), 'fonts') };
  return { executablePath, args, ...(launchEnv ? { env: launchEnv } : {}) };
}

/**
 * Resolves the browser to launch. `source` says which rule found it; `launchOptions` goes to
 * Playwright's `chromium.launch()` (or to vitest's playwright provider), with headless left to the caller.
 */
export async function findChromium({ env = process.env } = {}) {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH is ${JSON.stringify(explicit)}, and no file is there. Unset it to let the tests find a browser.`);
    return { source: 'CHROMIUM_PATH', launchOptions: { executablePath: explicit, args: BASE_ARGS } };
  }
  if (!isOn(env.ELB_NO_SYSTEM_CHROMIUM)) {
    if (existsSync(DEBIAN_CHROMIUM)) return { source: DEBIAN_CHROMIUM, launchOptions: { executablePath: DEBIAN_CHROMIUM, args: BASE_ARGS } };
    const playwright = await playwrightChromium();
    if (playwright) return { source: 'playwright', launchOptions: { executablePath: playwright, args: BASE_ARGS } };
  }
  return { source: '@sparticuz/chromium', launchOptions: await packagedChromium(env) };
}
