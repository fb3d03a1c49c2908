import type { Decorator, Preview } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { useEffect } from 'react';
import { ElbUiProvider } from '../src/index.js';
import { STORY_LOCALES } from '../stories/texts.js';
import '../src/styles.css';
import './preview.css';

// findBy… and waitFor in play functions wait for a request or an effect: on a busy machine (six story
// projects at once in npm test) 1 s, Testing Library's default, is not always enough for a mocked fetch.
configure({ asyncUtilTimeout: 5000 });

function Frame({ theme, locale, tooltipDelay, children }: { theme: string; locale: string; tooltipDelay: number; children: ReactNode }) {
  // Tooltips render in a portal on <body>: the theme goes on <html> as well.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <ElbUiProvider locale={locale} messages={STORY_LOCALES} tooltipDelay={tooltipDelay}>
      <div className="sb-frame" data-theme={theme} lang={locale}>
        {children}
      </div>
    </ElbUiProvider>
  );
}

const withThemeAndLocale: Decorator = (Story, context) => (
  <Frame
    theme={(context.globals.theme as string) || 'light'}
    locale={(context.globals.locale as string) || 'en'}
    tooltipDelay={(context.parameters.tooltipDelay as number | undefined) ?? 150}
  >
    <Story />
  </Frame>
);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLocale],
  loaders: [
    mswLoader(async () => {
      const { setupWorker } = await import('msw/browser');
      const worker = setupWorker();
      // Relative URL: the static build works from any folder.
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
      return worker;
    }),
  ],
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'contrast', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
    locale: {
      description: 'Locale of the UI text',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'padded',
    options: {
      // The Overview page first: Storybook opens on it.
      storySort: { order: ['Overview', 'Console demo', 'Components', 'Hooks', 'Live', 'Guides', '*'] },
    },
    controls: { expanded: true },
    a11y: {
      // Axe violations fail the story tests.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};
export default preview;
