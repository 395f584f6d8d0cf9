import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The machines this project runs on have no network beyond package registries.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
