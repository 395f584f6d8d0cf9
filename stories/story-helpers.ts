/**
 * What every story file shares: argument types, controls, the render function and the actions of
 * an element, all read from custom-elements.json (`npm run manifest`), so Storybook shows the
 * public API of each element and nothing else, and every control reaches the element.
 *
 * - Attributes are the controls, named as written in HTML (`max-arcs`, `show-table`); their
 *   choices come from the element's own attribute rules, so a control never offers a value the
 *   element would refuse. A property that mirrors an attribute is not listed twice.
 * - Properties without an attribute (`data`) are set as properties.
 * - `--budget-*` custom properties (@cssprop) are colour pickers (text for fonts and sizes), set
 *   as style on the element; left empty, the element's default applies.
 * - Every `budget-*` event (@fires) is logged in the Actions panel.
 */
import type { Decorator, Meta } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import manifest from '../custom-elements.json';
import { syntheticCityTable } from '../src/core/sunburst/synthetic.js';
import { ELEMENTS } from '../src/define.js';
import reference from '../data/fenyang-xinfang-2024.json';

export type Tag = keyof typeof ELEMENTS;
export type Args = Record<string, unknown>;

interface ManifestType {
  text?: string;
}
interface ManifestMember {
  kind: string;
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  parameters?: { name: string; type?: ManifestType }[];
  return?: { type?: ManifestType };
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: ManifestType;
  default?: string;
}
interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
}
export interface ElementApi {
  tagName: string;
  description?: string;
  members: ManifestMember[];
  attributes: ManifestAttribute[];
  events: ManifestItem[];
  cssProperties: ManifestItem[];
  cssParts: ManifestItem[];
  slots: ManifestItem[];
}

const declarations = (manifest as { modules: { declarations?: unknown[] }[] }).modules.flatMap((m) => m.declarations ?? []) as (Partial<ElementApi> & { tagName?: string })[];

/** The element's entry of custom-elements.json. */
export function elementApi(tag: Tag): ElementApi {
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json: run npm run manifest`);
  return { members: [], attributes: [], events: [], cssProperties: [], cssParts: [], slots: [], ...found } as ElementApi;
}

/** `budget-select` → `onBudgetSelect`, the argument Storybook's manifest reader names the action. */
export const eventArg = (event: string) => `on${event.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase())}`;

/** Custom properties that are colours (not fonts, sizes or a pattern standing for many). */
const isColourProperty = (name: string) => !/font|2xx/.test(name);
/** A @cssprop row that names a family of properties (`--budget-class-2xx`) rather than one. */
const isPattern = (name: string) => /xx\b/.test(name);

interface AttributeRuleLike {
  attribute: string;
  allowed: string;
}

/** The values an attribute accepts, from the element's attribute rules: `a | b | c`, or `a b c` for tokens. */
function choices(tag: Tag, attribute: ManifestAttribute): string[] | undefined {
  // Pages write zh, zh-CN, en-GB…; the two languages shown are enough for a control.
  if (attribute.name === 'lang') return ['zh-CN', 'en'];
  const rules = (ELEMENTS[tag] as unknown as { attributeRules?: Record<string, AttributeRuleLike> }).attributeRules ?? {};
  const rule = Object.values(rules).find((r) => r.attribute === attribute.name);
  const literal = attribute.type?.text?.match(/^'[^']*'(?:\s*\|\s*'[^']*')+$/) ? attribute.type.text.split('|').map((s) => s.trim().slice(1, -1)) : undefined;
  if (rule?.allowed.includes(' | ')) return rule.allowed.split(' | ').filter((v) => !v.includes('…'));
  return literal;
}

/** A manifest default (`'total'`, `15_000`, `false`) as a value, or undefined when there is none. */
function defaultValue(text: string | undefined): unknown {
  if (text === undefined || text === 'undefined') return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?[\d_]+(\.\d+)?$/.test(text)) return Number(text.replace(/_/g, ''));
  const quoted = text.match(/^(['"`])(.*)\1$/);
  return quoted ? quoted[2] : undefined;
}

const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  methods: 'methods',
  events: 'events',
  css: 'css custom properties',
  parts: 'css shadow parts',
  slots: 'slots',
};

/**
 * Argument types for `tag`: controls for the attributes, the property-only fields and the custom
 * properties; documentation rows without controls for methods, events, parts and slots.
 */
export function argTypesFor(tag: Tag): Meta['argTypes'] {
  const api = elementApi(tag);
  const argTypes: NonNullable<Meta['argTypes']> = {};
  const attributeFields = new Set(api.attributes.map((a) => a.fieldName));
  for (const attribute of api.attributes) {
    const type = attribute.type?.text ?? '';
    const options = choices(tag, attribute);
    const control = /^boolean$/.test(type)
      ? { type: 'boolean' as const }
      : /^number$/.test(type)
        ? { type: 'number' as const }
        : options
          ? { type: options.length > 4 ? ('select' as const) : ('inline-radio' as const), labels: { '': '(default)' } }
          : { type: 'text' as const };
    argTypes[attribute.name] = {
      name: attribute.name,
      description: `${attribute.description ?? ''}${attribute.fieldName && attribute.fieldName !== attribute.name ? `\n\nProperty: \`${attribute.fieldName}\`.` : ''}`,
      control,
      // An empty value means the element's default (the report's unit, every category, …).
      ...(options ? { options: options.includes('') || defaultValue(attribute.default) || attribute.name === 'lang' ? options : ['', ...options] } : {}),
      table: { category: CATEGORY.attributes, type: { summary: type }, defaultValue: { summary: attribute.default } },
    };
  }
  for (const member of api.members) {
    if (attributeFields.has(member.name)) {
      // Documented by its attribute's row, where its control is.
      argTypes[member.name] = { table: { disable: true }, control: false };
    } else if (member.kind === 'field') {
      argTypes[member.name] = {
        name: member.name,
        description: member.description,
        control: member.readonly || member.name === 'data' ? false : { type: 'object' },
        table: { category: CATEGORY.properties, type: { summary: `${member.type?.text ?? ''}${member.readonly ? ' (read-only)' : ''}` } },
      };
    } else if (member.kind === 'method') {
      const parameters = (member.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
      argTypes[`${member.name}()`] = {
        name: `${member.name}()`,
        description: member.description,
        control: false,
        table: { category: CATEGORY.methods, type: { summary: `(${parameters}) => ${member.return?.type?.text ?? 'void'}` } },
      };
    }
  }
  for (const event of api.events) {
    argTypes[event.name] = { description: event.description, control: false, table: { category: CATEGORY.events } };
    argTypes[eventArg(event.name)] = { action: event.name, table: { disable: true } };
  }
  for (const property of api.cssProperties) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      control: isPattern(property.name) ? false : isColourProperty(property.name) ? { type: 'color' } : { type: 'text' },
      table: { category: CATEGORY.css, defaultValue: { summary: property.default } },
    };
  }
  for (const part of api.cssParts) argTypes[part.name] = { description: part.description, control: false, table: { category: CATEGORY.parts } };
  for (const slot of api.slots) argTypes[slot.name || 'default slot'] = { description: slot.description, control: false, table: { category: CATEGORY.slots } };
  return argTypes;
}

/** Every attribute's default from the manifest (`lang` as Chinese), so each control starts where the element does. */
export function defaultArgs(tag: Tag): Args {
  const args: Args = {};
  for (const attribute of elementApi(tag).attributes) {
    const value = defaultValue(attribute.default);
    if (value !== undefined && value !== '') args[attribute.name] = value;
  }
  args.lang = 'zh-CN';
  return args;
}

/** Latest args per element, so the event listeners, added once, always call the current action. */
const currentArgs = new WeakMap<Element, Args>();

/** Sets every arg on the element: attributes, property-only fields, custom properties, event listeners. */
export function applyArgs(element: HTMLElement, tag: Tag, args: Args): void {
  const api = elementApi(tag);
  const listening = currentArgs.has(element);
  currentArgs.set(element, args);
  // Properties first: `data`, when given, wins over `src`.
  for (const member of api.members) {
    if (member.kind !== 'field' || member.readonly || api.attributes.some((a) => a.fieldName === member.name)) continue;
    if (member.name in args || member.name === 'data') (element as unknown as Args)[member.name] = args[member.name];
  }
  for (const attribute of api.attributes) {
    const value = args[attribute.name];
    if (attribute.type?.text === 'boolean') element.toggleAttribute(attribute.name, value === true);
    else if (value === undefined || value === null || value === '') element.removeAttribute(attribute.name);
    else element.setAttribute(attribute.name, String(value));
  }
  for (const property of api.cssProperties) {
    const value = args[property.name];
    if (typeof value === 'string' && value.trim() !== '') element.style.setProperty(property.name, value);
    else element.style.removeProperty(property.name);
  }
  if (!listening) {
    for (const event of api.events) {
      element.addEventListener(event.name, (e) => {
        const handler = currentArgs.get(element)?.[eventArg(event.name)];
        if (typeof handler === 'function') handler((e as CustomEvent).detail, e);
      });
    }
  }
}

class ArgsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('args() belongs on an element');
  }
  render(_tag: Tag, _args: Args) {
    return nothing;
  }
  override update(part: ElementPart, [tag, args]: [Tag, Args]) {
    applyArgs(part.element as HTMLElement, tag, args);
    return nothing;
  }
}
/** `<budget-x ${argsOf(tag, args)}>`: the element keeps its state while controls change. */
export const argsOf = directive(ArgsDirective);

/** The element with every arg set; the same element is updated when a control changes. */
export function renderElement(tag: Tag, args: Args): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} ${argsOf(tag, args)}></${name}>`;
}

/** The part of a story's meta that comes from the manifest: arg types, defaults, render, docs text. */
export function fromManifest(tag: Tag, args: Args = {}): Pick<Meta, 'argTypes' | 'args' | 'render' | 'parameters'> {
  return {
    argTypes: argTypesFor(tag),
    args: { ...defaultArgs(tag), ...args },
    render: (storyArgs, { loaded }) => renderElement(tag, loaded?.data === undefined ? storyArgs : { ...storyArgs, data: loaded.data }),
    parameters: { docs: { description: { component: elementApi(tag).description ?? '' } } },
  };
}

/**
 * A large document handed to the story by a loader rather than as an arg: Storybook copies args,
 * sends them to its manager and shows them in the Controls panel, which a document of thousands of
 * rows makes take minutes. It is made only when its story is opened.
 */
export const loadedData = (make: () => unknown): Pick<Meta, 'loaders'> => ({ loaders: [async () => ({ data: make() })] });

/** A narrow column, as a phone shows the element. */
export const width =
  (px: number): Decorator =>
  (story) =>
    html`<div style="width: ${px}px">${story()}</div>`;

/**
 * URLs that fail on purpose are under this path, so the story test tells them from real failures:
 * `${DELIBERATELY_MISSING}/budget.json` answers 404; `neverAnswers()` never answers at all.
 */
export const DELIBERATELY_MISSING = '/__deliberately-missing__';

/** A URL that answers 404, for the load-error state. */
export const missing = (name: string) => `${DELIBERATELY_MISSING}/${name}`;

/**
 * A URL whose request never completes, to show the loading state: fetch is wrapped once so that
 * requests under {@link DELIBERATELY_MISSING} ending in `?never` wait for ever; every other
 * request goes through.
 */
export function neverAnswers(name = 'budget.json'): string {
  const marker = `${DELIBERATELY_MISSING}/${name}?never`;
  const original = window.fetch.bind(window);
  if (!(window.fetch as { wrapped?: boolean }).wrapped) {
    const wrapped = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).includes(`${DELIBERATELY_MISSING}/`) &&
      String(input instanceof Request ? input.url : input).endsWith('?never')
        ? new Promise<Response>(() => {})
        : original(input, init);
    window.fetch = Object.assign(wrapped, { wrapped: true });
  }
  return marker;
}

/** The reference report, 汾阳市信访局 2024年部门预算. */
export const REFERENCE = reference;
/** The reference report as a portal serves it (Storybook serves data/ at /data). */
export const REFERENCE_URL = 'data/fenyang-xinfang-2024.json';
/** 上海市普陀区万里街道 2023 and 2025, a collection of two years. */
export const WANLI_URL = 'data/sh-putuo-wanli.collection.json';

/** A document that fails validation: the element names the field, what it expected and what it found. */
export const INVALID_DOCUMENT = { ...reference, summary: { ...reference.summary, incomeGrandTotal: '12abc' } };

/** 10,000 项: the reference report with its 表3 replaced by a synthetic city (as bench/data.ts makes them). */
let large: unknown;
export function largeDocument(): unknown {
  large ??= {
    ...reference,
    meta: { ...reference.meta, department: { name: '某市本级（合成数据，10,000项）' } },
    expenditureBySubject: { ...syntheticCityTable({ classes: 25, sectionsPerClass: 20, itemsPerSection: 20, seed: 12 }), table: '表3' },
  };
  return large;
}
