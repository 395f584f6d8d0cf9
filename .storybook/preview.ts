import type { Preview } from '@storybook/web-components-vite';
import { defineElements } from '../src/define.js';

defineElements();

const preview: Preview = {
  parameters: { layout: 'padded' },
};

export default preview;
