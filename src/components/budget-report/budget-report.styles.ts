import { css } from 'lit';

export const reportStyles = css`
  /*
   * The embedded elements take the report's theme: its colours (from its theme attribute or the
   * page's --budget-* properties) are passed down from each section, and its color-scheme.
   */
  .section {
    --budget-color-text: var(--_budget-color-text);
    --budget-color-muted: var(--_budget-color-muted);
    --budget-color-surface: var(--_budget-color-surface);
    --budget-color-border: var(--_budget-color-border);
    --budget-color-border-strong: var(--_budget-color-border-strong);
    --budget-color-hover: var(--_budget-color-hover);
    --budget-color-focus: var(--_budget-color-focus);
    --budget-color-danger: var(--_budget-color-danger);
    --budget-color-error: var(--_budget-color-error);
    --budget-color-rounding: var(--_budget-color-rounding);
    --budget-color-note: var(--_budget-color-note);
    --budget-color-link: var(--_budget-color-link);
    --budget-color-increase: var(--_budget-color-increase);
    --budget-color-decrease: var(--_budget-color-decrease);
    --budget-tooltip-color: var(--_budget-tooltip-color);
    --budget-tooltip-background: var(--_budget-tooltip-background);
  }
  .section > :is(budget-headline, budget-sunburst, budget-split, budget-yoy, budget-project-cards, budget-audit) {
    color-scheme: inherit;
  }
  .report-title {
    margin: 0;
    font-size: 1.5em;
  }
  .report-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0.5em 0;
  }
  .report-controls label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .contents ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    counter-reset: section;
  }
  .contents li {
    counter-increment: section;
  }
  .contents li::before {
    content: counter(section) '. ';
    color: var(--_budget-color-muted);
  }
  .contents a {
    color: var(--_budget-color-link);
    display: inline-block;
    min-height: 24px;
  }
  .section {
    margin-top: 2em;
    padding-top: 1em;
    border-top: 2px solid var(--_budget-color-border);
  }
  .section > h3 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
  }
  .term {
    min-height: 0;
    min-width: 0;
    padding: 0;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-bottom: 2px dotted currentColor;
    border-radius: 0;
    cursor: help;
  }
  .definition {
    max-width: min(32em, calc(100vw - 2em));
    padding: 1em;
    font-size: 1rem;
    font-weight: normal;
    line-height: 1.6;
    color: var(--_budget-color-text);
    background: var(--_budget-color-surface);
    border: 1px solid var(--_budget-color-border-strong);
    border-radius: 8px;
    box-shadow: 0 8px 24px rgb(0 0 0 / 20%);
  }
  .summary dt,
  .glossary dt {
    margin-top: 0.75em;
    font-weight: 600;
  }
  .summary dd,
  .glossary dd {
    margin: 0.125em 0 0;
  }
  @media print {
    :host {
      color: #000000;
      background: #ffffff;
    }
    .report-controls,
    .contents {
      display: none;
    }
    /* Sections flow from page to page: one that started on a fresh page would leave the last one mostly empty. */
    .section {
      margin-top: 1.25em;
      padding-top: 0.5em;
      border-top-color: #000000;
    }
    .section > h3 {
      margin-bottom: 0.5em;
      break-after: avoid;
    }
    .term {
      border-bottom: 0;
    }
    .glossary {
      column-count: 2;
      column-gap: 1.5em;
    }
    .glossary dt:first-child {
      margin-top: 0;
    }
    .summary dt,
    .glossary dt {
      break-after: avoid;
    }
    .summary dd,
    .glossary dd {
      break-inside: avoid;
    }
    /* Wide enough to read its labels, small enough to leave the top of its table on the same page. */
    budget-sunburst::part(chart) {
      width: 12cm;
      height: 12cm;
      margin-inline: auto;
    }
  }
`;
