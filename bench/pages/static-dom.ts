// The browser's own floor: a chart's DOM as another page drew it, given as static HTML (shadow
// roots declarative, their styles inlined) and shown with no library script at all. What is left
// between a library's time and this one is the library's script.
import { register } from './api.js';

register({
  async render(html, container) {
    container.setHTMLUnsafe(html as string);
  },
  async zoom() {},
  async zoomOut() {},
  async setAnimation() {},
});
