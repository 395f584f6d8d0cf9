import { css } from 'lit';

/**
 * Styles every budget-viz element shares: design tokens (`--budget-*`), states, the data table,
 * the tooltip, buttons, focus, reduced motion and forced colours.
 */
export const sharedStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--budget-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif);
    font-size: max(12px, var(--budget-font-size, 16px));
    line-height: 1.5;
    color: var(--budget-color-text, #1f2328);
    background: var(--budget-color-surface, #ffffff);
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
    outline: 3px solid var(--budget-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.25em 0.75em;
    color: var(--budget-color-text, #1f2328);
    background: var(--budget-color-surface, #ffffff);
    border: 1px solid var(--budget-color-border-strong, #6e7781);
    border-radius: 6px;
    cursor: pointer;
  }
  select,
  input[type='search'] {
    font: inherit;
    min-height: 2.75em;
    padding: 0 0.5em;
    color: var(--budget-color-text, #1f2328);
    background: var(--budget-color-surface, #ffffff);
    border: 1px solid var(--budget-color-border-strong, #6e7781);
    border-radius: 6px;
  }
  button:hover {
    background: var(--budget-color-hover, #f3f4f6);
  }
  .state {
    margin: 0;
    padding: 0.75em 1em;
    border-radius: 6px;
    border: 1px solid var(--budget-color-border, #d0d7de);
  }
  .state[role='alert'] {
    border: 2px solid var(--budget-color-danger, #b42318);
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
    color: var(--budget-color-muted, #57606a);
    margin-inline-start: 0.5em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--budget-color-border, #d0d7de);
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
    color: var(--budget-tooltip-color, #ffffff);
    background: var(--budget-tooltip-background, #1f2328);
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
  .muted {
    color: var(--budget-color-muted, #57606a);
  }
  @container (max-width: 420px) {
    th,
    td {
      padding: 0.375em 0.25em;
    }
  }
  @media print {
    /* Controls only; buttons that carry content (bar segments, rows, glossary terms) still print. */
    button:not(.term, .segment, .subject-row),
    select,
    input,
    .hint {
      display: none !important;
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
