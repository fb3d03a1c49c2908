import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { findChromium, type ChromiumLaunchOptions } from './scripts/find-chromium.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** CHROMIUM_PATH, Debian's, Playwright's or the one in @sparticuz/chromium (scripts/find-chromium.mjs). */
async function browserLaunch(): Promise<Partial<ChromiumLaunchOptions>> {
  try {
    const { source, launchOptions } = await findChromium();
    // The npm package's Chromium is the fallback of a machine without a browser: say that it is in use.
    const announced = Symbol.for('elb-status-ui/chromium-announced');
    const flags = globalThis as unknown as Record<symbol, boolean | undefined>;
    if (source === '@sparticuz/chromium' && !flags[announced]) {
      flags[announced] = true;
      console.info(`[vitest.config] Chromium: ${source} (${launchOptions.executablePath})`);
    }
    return launchOptions;
  } catch (error) {
    // The unit project needs no browser: say why the browser projects will fail, and let Playwright try its own.
    console.warn(`[vitest.config] ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}

export default defineConfig(async () => {
  const launchOptions = await browserLaunch();
  const browser = () => ({
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions }),
    instances: [{ browser: 'chromium' as const }],
    // Six story projects start their browsers together: on a busy 2-core machine the default 30 s was seen to run out.
    connectTimeout: 180_000,
  });

  // Stories run as tests once per colour scheme and locale (the toolbar's theme and locale globals).
  const storybookProject = (theme: 'light' | 'dark', locale: 'en' | 'de' | 'zh-CN') => ({
    extends: true as const,
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme, locale } })],
    test: {
      name: `storybook-${theme}-${locale}`,
      setupFiles: ['test/storybook-setup.ts'],
      // Several stories wait on real retry delays (Retry-After, lock delays); on a shared two-core
      // machine running six of these projects, 15 s is too tight a bound for a story that takes 5.
      testTimeout: 30_000,
      // After the unit and browser projects, so that six browsers of stories do not starve their timed tests.
      sequence: { groupOrder: 1 },
      browser: browser(),
    },
  });

  return {
    plugins: [react()],
    // Tests import the public entry points by their published names.
    resolve: {
      alias: [
        { find: /^elb-status-ui\/core$/, replacement: src('core/index.ts') },
        { find: /^elb-status-ui\/error-codes$/, replacement: src('catalogue/index.ts') },
        { find: /^elb-status-ui\/locales\/(de|zh-CN)$/, replacement: src('locales/$1.ts') },
        { find: /^elb-status-ui$/, replacement: src('index.ts') },
      ],
    },
    test: {
      projects: [
        {
          extends: true as const,
          test: {
            name: 'unit',
            environment: 'jsdom',
            globals: true,
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: ['test/**/*.browser.test.{ts,tsx}'],
            setupFiles: ['test/setup.ts'],
          },
        },
        {
          extends: true as const,
          test: {
            name: 'browser',
            globals: true,
            include: ['test/**/*.browser.test.{ts,tsx}'],
            setupFiles: ['test/setup.ts'],
            browser: browser(),
          },
        },
        ...(['light', 'dark'] as const).flatMap((theme) => (['en', 'de', 'zh-CN'] as const).map((locale) => storybookProject(theme, locale))),
      ],
    },
  };
});
