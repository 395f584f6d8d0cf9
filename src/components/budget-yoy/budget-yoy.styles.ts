import { css } from 'lit';
import { inDarkTheme } from '../base/shared.styles.js';

/** The light default #1d5fa8 has 2.9:1 against the dark surface; bars need 3:1 (WCAG 1.4.11). */
const darkBars = css`
  --_budget-color-year-current: var(--budget-color-year-current, #4493f8);
`;

export const yoyStyles = css`
  :host {
    --_budget-color-year-current: var(--budget-color-year-current, #1d5fa8);
    --_budget-color-year-previous: var(--budget-color-year-previous, #8c959f);
  }
  ${inDarkTheme(darkBars)}
  .title,
  .series-label {
    margin: 0;
    font-weight: 600;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: 0.5em 0;
  }
  .controls label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .series-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .series {
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_budget-color-border);
  }
  .year {
    white-space: nowrap;
  }
  .year-row {
    display: grid;
    grid-template-columns: 4.5em 1fr minmax(8em, auto);
    gap: 0.5em;
    align-items: center;
    margin-top: 0.25em;
  }
  .track {
    height: 1.25em;
    min-width: 0;
  }
  .track i {
    display: block;
    height: 100%;
    min-width: 2px;
    border-radius: 2px;
  }
  .current {
    background: var(--_budget-color-year-current);
  }
  .previous {
    background: var(--_budget-color-year-previous);
  }
  .derived,
  .swatch.derived {
    background-image: repeating-linear-gradient(
      -45deg,
      transparent 0 4px,
      var(--_budget-color-surface) 4px 7px
    );
    outline: 1px dashed var(--_budget-color-text);
    outline-offset: -1px;
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0.875em;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
    background-color: var(--_budget-color-year-previous);
  }
  .value {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  /* Breaks only at punctuation and spaces, never between a figure and its unit ("65.01万元"). */
  .change {
    margin: 0.375em 0 0;
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  .change.increase {
    color: var(--_budget-color-increase);
  }
  .change.decrease {
    color: var(--_budget-color-decrease);
  }
  .note {
    margin: 0.5em 0 0;
    font-size: max(12px, 0.875em);
    color: var(--_budget-color-muted);
  }
  @container (max-width: 480px) {
    .year-row {
      grid-template-columns: auto 1fr;
      column-gap: 0.5em;
      row-gap: 0;
    }
    .value {
      grid-column: 2;
      text-align: start;
    }
  }
  @media (forced-colors: active) {
    .track i,
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .series {
      break-inside: avoid;
    }
  }
`;
