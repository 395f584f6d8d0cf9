import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { defineElements } from '../../src/define.js';
import { screenshot } from './screenshot.js';

defineElements();

/**
 * In lang="en" no interface string may be Chinese. Only text that comes from the document (科目,
 * project and department names, quotes) may contain CJK; so may a Chinese unit in brackets right
 * after its English name ("10,000 yuan (万元)").
 */

const DOCUMENTS = ['/data/fenyang-xinfang-2024.json', '/data/sh-putuo-wanli-2025.json'];
const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit', 'budget-report'];

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** A Chinese term in brackets right after its English name: "10,000 yuan (万元)", "Glossary (名词解释)". */
const TERM_IN_BRACKETS = /([A-Za-z]) \([\u3400-\u9fff“”/]+\)/g;
/** A Chinese term glossed in English right after it, as the audit names levels: "款 (sections)". */
const GLOSSED_TERM = /[\u3400-\u9fff]+ (\([A-Za-z][A-Za-z ,-]*\))/g;
/** The level markers the 说明 writes after subject names: "卫生健康支出（类）". */
const LEVEL_MARKERS = /（[类款项]）/g;
/** The language switch names each language in itself. */
const LANGUAGE_NAMES = new Set(['中文']);

/** Every string value of the document, longest first, with the CJK ones only. */
function dataStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (CJK.test(value)) {
      out.add(value.trim());
      // Glossary terms are found in the text without their quotes: “三公”经费 → 三公经费.
      out.add(value.replace(/[“”「」『』"]/g, '').trim());
    }
  } else if (Array.isArray(value)) value.forEach((v) => dataStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => dataStrings(v, out));
  return out;
}

/** The Chinese left in a text once every data string and bracketed unit is taken out; '' when none. */
function interfaceChinese(text: string, data: string[]): string {
  if (LANGUAGE_NAMES.has(text)) return '';
  let rest = text.replace(TERM_IN_BRACKETS, '$1').replace(GLOSSED_TERM, '$1');
  if (!CJK.test(rest)) return '';
  // A data name cut to fit its arc: the start of a data string, then "…".
  if (rest.endsWith('…') && data.some((s) => s.startsWith(rest.slice(0, -1)))) return '';
  for (const s of data) {
    if (s && rest.includes(s)) rest = rest.split(s).join(' ');
    if (!CJK.test(rest)) return '';
  }
  rest = rest.replace(LEVEL_MARKERS, ' ');
  return CJK.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'aria-description', 'aria-roledescription', 'alt'];

/** Every text node and attribute in the shadow roots under `root`, recursively. */
function collectStrings(root: ShadowRoot | Element, out: { where: string; text: string }[] = []) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && (parent.tagName === 'STYLE' || parent.tagName === 'SCRIPT')) continue;
      const text = node.textContent!.trim();
      if (text) out.push({ where: `${parent?.tagName.toLowerCase()}`, text });
      continue;
    }
    const el = node as Element;
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) out.push({ where: `${el.tagName.toLowerCase()}[${name}]`, text: value });
    }
    if (el.shadowRoot) collectStrings(el.shadowRoot, out);
  }
  return out;
}

async function settle(el: Element) {
  for (let i = 0; i < 4; i++) {
    const all = [el, ...deepElements(el)];
    for (const e of all) await (e as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    await aTimeout(0);
  }
}

function deepElements(el: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const child of root.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

for (const url of DOCUMENTS) {
  describe(`lang="en" on ${url}`, () => {
    for (const tag of TAGS) {
      it(`<${tag}> shows no Chinese interface text`, async () => {
        const doc = await fetch(url).then((r) => r.json());
        const data = [...dataStrings(doc)].sort((a, b) => b.length - a.length);
        const t = unsafeStatic(tag);
        const el = await fixture(staticHtml`<${t} lang="en" show-table .data=${doc}></${t}>`);
        await waitUntil(() => el.shadowRoot && el.shadowRoot.childElementCount > 0, `${tag} renders`);
        await settle(el);
        for (const details of deepElements(el).filter((e): e is HTMLDetailsElement => e instanceof HTMLDetailsElement)) details.open = true;
        await settle(el);
        const chinese = collectStrings(el.shadowRoot!)
          .map(({ where, text }) => ({ where, text, left: interfaceChinese(text, data) }))
          .filter((s) => s.left);
        await screenshot(`english-${url.replace(/\W+/g, '-')}-${tag}`);
        expect(chinese.map((s) => `${s.where}: ${s.text}  [${s.left}]`)).to.deep.equal([]);
      });
    }
  });
}
