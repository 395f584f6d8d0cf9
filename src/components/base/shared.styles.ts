import { css, type CSSResult } from 'lit';

/** The dark defaults, used under prefers-color-scheme: dark (unless theme="light") and with theme="dark". */
const darkTheme = css`
  color-scheme: dark;
  --_budget-color-text: var(--budget-color-text, #e6edf3);
  --_budget-color-muted: var(--budget-color-muted, #9198a1);
  --_budget-color-surface: var(--budget-color-surface, #0d1117);
  --_budget-color-border: var(--budget-color-border, #3d444d);
  --_budget-color-border-strong: var(--budget-color-border-strong, #8b949e);
  --_budget-color-hover: var(--budget-color-hover, #21262d);
  --_budget-color-focus: var(--budget-color-focus, #4493f8);
  --_budget-color-danger: var(--budget-color-danger, #f85149);
  --_budget-color-error: var(--budget-color-error, #f85149);
  --_budget-color-rounding: var(--budget-color-rounding, #d29922);
  --_budget-color-note: var(--budget-color-note, #9198a1);
  --_budget-color-link: var(--budget-color-link, #4493f8);
  --_budget-color-increase: var(--budget-color-increase, #f0883e);
  --_budget-color-decrease: var(--budget-color-decrease, #3fb950);
  --_budget-tooltip-color: var(--budget-tooltip-color, #1f2328);
  --_budget-tooltip-background: var(--budget-tooltip-background, #e6edf3);
`;

/**
 * `declarations` applied where the element is dark: under prefers-color-scheme: dark unless
 * theme="light", and everywhere with theme="dark"; on screen only, since paper keeps the light
 * palette whatever the theme. Every element's dark defaults go through it, so the rule is one.
 */
export function inDarkTheme(declarations: CSSResult): CSSResult {
  return css`
    @media screen and (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${declarations}
      }
    }
    @media screen {
      :host([theme='dark']) {
        ${declarations}
      }
    }
  `;
}

/**
 * Styles every budget-viz element shares: design tokens (`--budget-*`), states, the data table,
 * the tooltip, buttons, focus, reduced motion and forced colours.
 */
export const sharedStyles = css`
  /*
   * Theme. Every colour is read through a private --_budget-* variable: the page's --budget-*
   * property when set, else the light or dark default. Dark follows prefers-color-scheme unless
   * theme="light"; theme="dark" is dark everywhere.
   */
  :host {
    color-scheme: light;
    --_budget-color-text: var(--budget-color-text, #1f2328);
    --_budget-color-muted: var(--budget-color-muted, #57606a);
    --_budget-color-surface: var(--budget-color-surface, #ffffff);
    --_budget-color-border: var(--budget-color-border, #d0d7de);
    --_budget-color-border-strong: var(--budget-color-border-strong, #6e7781);
    --_budget-color-hover: var(--budget-color-hover, #f3f4f6);
    --_budget-color-focus: var(--budget-color-focus, #0b57d0);
    --_budget-color-danger: var(--budget-color-danger, #b42318);
    --_budget-color-error: var(--budget-color-error, #b42318);
    --_budget-color-rounding: var(--budget-color-rounding, #7a5c00);
    --_budget-color-note: var(--budget-color-note, #57606a);
    --_budget-color-link: var(--budget-color-link, #0b57d0);
    --_budget-color-increase: var(--budget-color-increase, #a3480b);
    --_budget-color-decrease: var(--budget-color-decrease, #1a7f37);
    --_budget-tooltip-color: var(--budget-tooltip-color, #ffffff);
    --_budget-tooltip-background: var(--budget-tooltip-background, #1f2328);
  }
  ${inDarkTheme(darkTheme)}
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--budget-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif);
    font-size: max(12px, var(--budget-font-size, 16px));
    line-height: 1.5;
    color: var(--_budget-color-text);
    background: var(--_budget-color-surface);
    /*
     * Inherited text properties reset, so a host page's CMS template (TRS-style
     * '.TRS_Editor p { text-indent: 2em; text-align: justify; letter-spacing: 2px }' around the
     * element) does not leak into the shadow DOM. Custom properties (--budget-*) still inherit.
     */
    text-indent: 0;
    text-align: start;
    text-align-last: auto;
    text-justify: auto;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    line-break: auto;
    hyphens: manual;
    tab-size: 8;
    text-transform: none;
    text-shadow: none;
    text-emphasis: none;
    text-underline-position: auto;
    text-underline-offset: auto;
    text-decoration-thickness: auto;
    text-rendering: auto;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-size-adjust: none;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-optical-sizing: auto;
    direction: ltr;
    writing-mode: horizontal-tb;
    text-orientation: mixed;
    quotes: auto;
    list-style: disc outside none;
    caret-color: auto;
    -webkit-text-stroke: 0;
    -webkit-text-fill-color: currentColor;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_budget-color-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.25em 0.75em;
    color: var(--_budget-color-text);
    background: var(--_budget-color-surface);
    border: 1px solid var(--_budget-color-border-strong);
    border-radius: 6px;
    cursor: pointer;
  }
  select,
  input[type='search'] {
    font: inherit;
    min-height: 2.75em;
    padding: 0 0.5em;
    color: var(--_budget-color-text);
    background: var(--_budget-color-surface);
    border: 1px solid var(--_budget-color-border-strong);
    border-radius: 6px;
  }
  button:hover {
    background: var(--_budget-color-hover);
  }
  .state {
    margin: 0;
    padding: 0.75em 1em;
    border-radius: 6px;
    border: 1px solid var(--_budget-color-border);
  }
  .state[role='alert'] {
    border: 2px solid var(--_budget-color-danger);
  }
  .state ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
  }
  .view-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* The menu opens under its button, aligned to the button's end: the button ends the toolbar. */
  .export {
    position: relative;
  }
  .export-menu {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    display: flex;
    flex-direction: column;
    min-width: max-content;
    padding: 4px;
    background: var(--_budget-color-surface);
    border: 1px solid var(--_budget-color-border-strong);
    border-radius: 6px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .export-menu[hidden] {
    display: none;
  }
  .export-menu button {
    text-align: start;
    border-color: transparent;
  }
  .export-menu button:focus-visible {
    outline-offset: -3px;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin-top: 0.75em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.5em;
  }
  .unit-note {
    font-weight: normal;
    color: var(--_budget-color-muted);
    margin-inline-start: 0.5em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_budget-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
  }
  .numeric {
    text-align: end;
    white-space: nowrap;
  }
  tbody th,
  tfoot th {
    font-weight: normal;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  tr[aria-current='true'] th {
    font-weight: 700;
  }
  .tooltip {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: min(24em, calc(100vw - 16px));
    padding: 0.5em 0.75em;
    font-size: max(12px, 0.875em);
    color: var(--_budget-tooltip-color);
    background: var(--_budget-tooltip-background);
    border: 1px solid transparent;
    border-radius: 6px;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .unbroken {
    white-space: nowrap;
  }
  .muted {
    color: var(--_budget-color-muted);
  }
  @container (max-width: 420px) {
    th,
    td {
      padding: 0.375em 0.25em;
    }
  }
  @media print {
    /*
     * A page's own colours may be meant for a dark screen (light text on a dark surface); paper
     * is white and backgrounds are not printed, so the light defaults are used (important: a
     * page's rule on the element itself would otherwise win over :host).
     */
    :host {
      color-scheme: light;
      font-size: 10.5pt;
      /* Bars and swatches are backgrounds: without them a chart prints as empty boxes. */
      print-color-adjust: exact;
      --budget-color-text: initial !important;
      --budget-color-muted: initial !important;
      --budget-color-surface: initial !important;
      --budget-color-border: initial !important;
      --budget-color-border-strong: initial !important;
      --budget-color-hover: initial !important;
      --budget-color-focus: initial !important;
      --budget-color-danger: initial !important;
      --budget-color-error: initial !important;
      --budget-color-rounding: initial !important;
      --budget-color-note: initial !important;
      --budget-color-link: initial !important;
      --budget-color-increase: initial !important;
      --budget-color-decrease: initial !important;
    }
    /*
     * Controls and their labels cannot be used on paper. Buttons that carry content (bar
     * segments, rows, glossary terms, breadcrumb) still print; so do the words of a disclosure's
     * summary and a pager's status, which tells the paper reader which rows the table holds.
     */
    button:not(.term, .segment, .subject-row, .crumb),
    select,
    input,
    label:has(select, input),
    fieldset:has(input),
    .controls,
    .export,
    .hint,
    .tooltip,
    .sr-only {
      display: none !important;
    }
    summary {
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    /* A table wider than the paper wraps rather than being cut at the scroll box's edge. */
    .table-scroll {
      overflow: visible;
    }
    table {
      break-inside: auto;
    }
    /* Headers repeat on each page, and never end a page without a row of their own. */
    thead {
      display: table-header-group;
      break-after: avoid;
    }
    tbody > tr:first-child {
      break-before: avoid;
    }
    th,
    td {
      padding: 0.2em 0.4em;
    }
    tr,
    caption,
    figure,
    dl > div {
      break-inside: avoid;
    }
    caption,
    h1,
    h2,
    h3,
    h4,
    .title {
      break-after: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
