import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { defineElements } from '../src/define.js';

// Argument tables and controls come from the manifest, which holds the public API only
// (custom-elements-manifest.config.mjs); stories/story-helpers.ts refines them.
setCustomElementsManifest(manifest);
defineElements();

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    // Fail the a11y panel's checks as errors in the UI, as the story test does.
    a11y: { test: 'error' },
  },
  decorators: [
    // A story with theme="dark" is shown on a dark page, as a portal in dark mode would show it.
    (story, { args }) => {
      const dark = args.theme === 'dark';
      document.body.style.background = dark ? '#0d1117' : '';
      document.documentElement.style.colorScheme = dark ? 'dark' : '';
      return html`${story()}`;
    },
  ],
};

export default preview;
