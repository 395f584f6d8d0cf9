import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { defineElements } from '../src/define.js';

setCustomElementsManifest(manifest);
defineElements();

const preview: Preview = {
  parameters: { layout: 'padded' },
};

export default preview;
