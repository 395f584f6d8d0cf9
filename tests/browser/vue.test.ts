// The Vue 3 recipe of docs/frameworks.md, run as written: the code between the region marks is
// the doc's, word for word (tests/docs/frameworks-doc.test.ts checks that they stay equal).
// vue.esm-browser.js is the build with the template compiler that runs without a bundler; an app
// built with Vite aliases `vue` to vue.esm-bundler.js, the same compiler.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp } from 'vue/dist/vue.esm-browser.js';
import { defineElements } from '../../src/define.js';
import type { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';

defineElements();

describe('the Vue 3 recipe', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    host.id = 'app';
    host.style.width = '800px';
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('passes the document as a property and hears budget-select', async () => {
    // #region vue-app
    const app = createApp({
      data: () => ({ budget: null, chosen: null }),
      async mounted() {
        this.budget = await fetch('/data/fenyang-xinfang-2024.json').then((response) => response.json());
      },
      template: `
        <budget-sunburst :data.prop="budget" lang="en" @budget-select="chosen = $event.detail"></budget-sunburst>
        <p v-if="chosen">{{ chosen.name }}: {{ chosen.amount }} {{ chosen.unit }}</p>
      `,
    });
    // Vue is told that budget-* tags are custom elements, not Vue components it should resolve.
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('budget-');
    app.mount('#app');
    // #endregion

    try {
      const sunburst = () => host.querySelector<BudgetSunburst>('budget-sunburst')!;
      const arc = (id: string) => sunburst().shadowRoot!.querySelector<SVGPathElement>(`path[data-id="${id}"]`);
      await waitUntil(() => arc('201'), 'the sunburst draws', { timeout: 5000 });
      // The object itself reached the element, as a property.
      const budget = sunburst().data as { meta: { department: { name: string } } };
      expect(budget.meta.department.name).to.equal('汾阳市信访局');
      expect(sunburst().hasAttribute('data')).to.equal(false);
      expect(sunburst().lang).to.equal('en');

      arc('201')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => host.querySelector('p'), 'the app shows the choice', { timeout: 5000 });
      expect(host.querySelector('p')!.textContent).to.equal('一般公共服务支出: 438.89 万元');
    } finally {
      app.unmount();
    }
  });

  it('warns of no unknown component for a budget-* tag', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const app = createApp({ template: '<budget-headline lang="en"></budget-headline>' });
      app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('budget-');
      app.mount('#app');
      expect(host.querySelector('budget-headline')).to.be.an.instanceof(customElements.get('budget-headline')!);
      app.unmount();
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('Failed to resolve component'))).to.deep.equal([]);
  });
});
