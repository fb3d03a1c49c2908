import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // The msw service worker (public/mockServiceWorker.js, committed) for the live stories.
  staticDirs: ['../public'],
  // No "What's new" notifications and no onboarding checklist or guide: the preview opens on the library.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Relative asset URLs so the static build works from any folder.
  viteFinal: async (viteConfig) => ({ ...viteConfig, base: './' }),
};
export default config;
