import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const browserLaunch = {
  executablePath: chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

// Stories run as tests once per colour scheme (the toolbar's theme global).
const storybookProject = (theme: 'light' | 'dark') => ({
  extends: true as const,
  plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme } })],
  test: {
    name: `storybook-${theme}`,
    setupFiles: ['test/storybook-setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: browserLaunch }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
});

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
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
        extends: true,
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
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: browserLaunch }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      storybookProject('light'),
      storybookProject('dark'),
    ],
  },
});
