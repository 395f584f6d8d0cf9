import { css } from 'lit';

/** The bars' colours, `.stack`, `.swatch` and `.legend` come from `<budget-split>`'s styles, so both draw the split alike. */
export const explorerStyles = css`
  .title {
    margin: 0;
    font-weight: 600;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  h3 {
    margin-top: 1em;
    font-size: 1em;
  }
  .controls,
  .selection {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin-top: 0.75em;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .selection {
    align-items: center;
  }
  .count {
    flex: 1 1 12em;
    margin: 0;
  }
  button:disabled {
    cursor: not-allowed;
    color: var(--_budget-color-muted);
  }
  .list {
    width: 100%;
    margin-top: 0.5em;
  }
  .list td,
  .list th {
    vertical-align: middle;
  }
  .list th[scope='row'] {
    min-width: 8em;
    font-weight: normal;
    text-align: start;
  }
  button.sort,
  button.open {
    min-height: 2.75em;
    padding: 0.25em 0.375em;
    border: 0;
    background: transparent;
    font-weight: inherit;
    text-align: start;
  }
  button.open {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .sort-mark {
    display: inline-block;
    min-width: 1em;
  }
  input[type='checkbox'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0.625em;
  }
  tr[aria-selected='true'] {
    background: var(--_budget-color-hover);
  }
  /* The bars take what the figures leave: English units ("(10,000 yuan)") are long. */
  .bar-cell {
    min-width: 5em;
    width: 30%;
  }
  .stack {
    display: flex;
    height: 1em;
    min-width: 0;
  }
  .stack i {
    display: block;
    height: 100%;
  }
  .show-more {
    margin-top: 0.5em;
  }
  .detail {
    margin-top: 1.5em;
    padding-top: 1em;
    border-top: 2px solid var(--_budget-color-border);
  }
  .detail > * + * {
    margin-top: 1em;
  }
  .compare-bars {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .compare-row {
    display: grid;
    grid-template-columns: minmax(8em, 16em) 1fr auto;
    gap: 0.25em 0.75em;
    align-items: center;
    padding: 0.375em 0;
  }
  .compare-row .legend {
    grid-column: 2 / -1;
    margin: 0;
  }
  .compare-value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* Long names head the columns: each column and the row names keep a readable width, the region scrolls. */
  .comparison-table th {
    min-width: 9em;
  }
  .budget-final {
    margin-top: 1em;
  }
  /*
   * A phone keeps the name, the total and the bar: 基本支出 and 项目支出 are in the bar's spoken
   * text and tooltip, and the year in the filter when one year is listed.
   */
  @container (max-width: 560px) {
    .basic-amount,
    .project-amount,
    th[aria-sort]:has([data-sort='basic']),
    th[aria-sort]:has([data-sort='project']),
    .one-year .year,
    .one-year th[aria-sort]:has([data-sort='year']) {
      display: none;
    }
    .list th[scope='row'] {
      min-width: 6em;
    }
    .bar-cell {
      min-width: 4em;
    }
    .compare-row {
      grid-template-columns: 1fr auto;
    }
    .compare-row .stack,
    .compare-row .legend {
      grid-column: 1 / -1;
    }
  }
`;
