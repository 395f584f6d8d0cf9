import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs) and the accessibility panel (axe); controls and actions are built into Storybook 10.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Stories that load by URL (src) find the bundled documents here, as a portal would serve them.
  staticDirs: [{ from: '../data', to: '/data' }],
  // The machines this project runs on have no network beyond package registries.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
