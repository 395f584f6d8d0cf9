import { css } from 'lit';
import { inDarkTheme } from '../base/shared.styles.js';

/**
 * Dark fills are lighter than the light theme's, so that each keeps 3:1 against the dark surface
 * (WCAG 1.4.11), with dark text on them at 4.5:1 or more.
 */
const darkFills = css`
  --_budget-color-basic: var(--budget-color-basic, #4493f8);
  --_budget-color-project: var(--budget-color-project, #db6d28);
  --_budget-color-personnel: var(--budget-color-personnel, #57ab5a);
  --_budget-color-public-use: var(--budget-color-public-use, #ab7df8);
  --_budget-color-on-segment: var(--budget-color-on-segment, #0d1117);
`;

export const splitStyles = css`
  :host {
    --_budget-color-basic: var(--budget-color-basic, #1d5fa8);
    --_budget-color-project: var(--budget-color-project, #a3480b);
    --_budget-color-personnel: var(--budget-color-personnel, #3f6f2a);
    --_budget-color-public-use: var(--budget-color-public-use, #7a3e8f);
    --_budget-color-on-segment: var(--budget-color-on-segment, #ffffff);
  }
  ${inDarkTheme(darkFills)}
  .title,
  .items-title {
    margin: 0;
    font-weight: 600;
  }
  .bar {
    display: flex;
    gap: 2px;
    min-height: 2.75em;
    margin-top: 0.75em;
  }
  .segment {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: 0;
    min-height: 2.75em;
    padding: 0 0.5em;
    overflow: hidden;
    color: var(--_budget-color-on-segment);
    border: 0;
    border-radius: 4px;
  }
  button.segment {
    cursor: pointer;
  }
  button.segment[aria-expanded='true'] {
    box-shadow: inset 0 -4px 0 rgb(0 0 0 / 45%);
  }
  /* Never cut: the element shows in a segment only what fits whole (see segmentFit). */
  .segment-text {
    white-space: nowrap;
  }
  .basic {
    background: var(--_budget-color-basic);
  }
  .project {
    background: var(--_budget-color-project);
  }
  .personnel {
    background: var(--_budget-color-personnel);
  }
  .public-use {
    background: var(--_budget-color-public-use);
  }
  /* The shared button:hover background would replace the fill; the fill stays, a little lighter. */
  button.basic:hover,
  button.personnel:hover,
  button.public-use:hover {
    filter: brightness(1.12);
  }
  button.basic:hover {
    background: var(--_budget-color-basic);
  }
  button.personnel:hover {
    background: var(--_budget-color-personnel);
  }
  button.public-use:hover {
    background: var(--_budget-color-public-use);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
  }
  .swatch {
    display: inline-block;
    width: 0.875em;
    height: 0.875em;
    margin-inline-end: 0.375em;
    vertical-align: -0.1em;
    border-radius: 2px;
  }
  .economic {
    margin-top: 1em;
    padding: 0.75em;
    border: 1px solid var(--_budget-color-border);
    border-radius: 6px;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 600;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
  }
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .note {
    margin: 0.5em 0 0;
    font-size: max(12px, 0.875em);
    color: var(--_budget-color-muted);
  }
  .items,
  .subject-list {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .items li,
  .subject-row {
    display: grid;
    grid-template-columns: minmax(6em, 14em) 1fr auto;
    gap: 0.5em;
    align-items: center;
    padding: 0.25em 0;
  }
  .item-bar,
  .stack {
    display: flex;
    height: 1em;
    min-width: 0;
  }
  .item-bar i,
  .stack i {
    display: block;
    height: 100%;
  }
  .item-value,
  .subject-value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    text-align: end;
  }
  .subjects {
    margin-top: 1.25em;
  }
  .subject-row {
    width: 100%;
    text-align: start;
    border: 0;
    border-radius: 4px;
    background: transparent;
  }
  .subject-row[aria-pressed='true'] {
    outline: 2px solid var(--_budget-color-text);
    outline-offset: -2px;
    font-weight: 600;
  }
  @container (max-width: 480px) {
    .items li,
    .subject-row {
      grid-template-columns: 1fr auto;
    }
    .item-bar,
    .stack {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
  @media (forced-colors: active) {
    .segment,
    .item-bar i,
    .stack i,
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .bar,
    .legend,
    .items li,
    .subject-list li {
      break-inside: avoid;
    }
  }
`;
