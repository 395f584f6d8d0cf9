import { css } from 'lit';

export const projectCardStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 26em), 1fr));
    gap: 1em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 1em;
    border: 1px solid var(--_budget-color-border);
    border-radius: 8px;
    break-inside: avoid;
  }
  .card.department {
    border-width: 2px;
  }
  .card-title {
    margin: 0;
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  .card-amount {
    margin: 0.25em 0 0;
    font-size: 1.375em;
    font-variant-numeric: tabular-nums;
  }
  .exact {
    display: block;
    font-size: max(12px, 0.6em);
    color: var(--_budget-color-muted);
  }
  .card-meta {
    margin: 0.25em 0 0;
    font-size: max(12px, 0.875em);
    color: var(--_budget-color-muted);
  }
  .toggle {
    margin-top: 0.75em;
  }
  .details[hidden] {
    display: none;
  }
  h4 {
    margin: 1em 0 0.25em;
    font-size: 1em;
  }
  dl {
    margin: 0;
  }
  .texts dt {
    margin-top: 0.5em;
    font-weight: 600;
  }
  .texts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .funding {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    gap: 0.25em 1em;
  }
  .funding dt {
    font-size: max(12px, 0.875em);
    color: var(--_budget-color-muted);
  }
  .funding dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .truncated {
    margin-inline-start: 0.25em;
    padding: 0 0.375em;
    font-size: max(12px, 0.8125em);
    border: 1px dashed var(--_budget-color-danger);
    border-radius: 4px;
    color: var(--_budget-color-danger);
    white-space: nowrap;
  }
  .indicators {
    margin-top: 0.5em;
  }
  .indicators caption {
    font-weight: 600;
  }
  .indicators .level2 th {
    font-weight: 600;
    color: var(--_budget-color-muted);
    background: var(--_budget-color-hover);
  }
  .alias {
    color: var(--_budget-color-muted);
  }
  tr.differs td {
    font-style: italic;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--budget-color-basic, #1d5fa8);
    border-radius: 999px;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /*
   * On a phone two long targets side by side (53.643888万元 in both columns) are wider than the
   * card: they break where they must rather than push the card sideways.
   */
  @container (max-width: 420px) {
    .badge {
      white-space: normal;
      overflow-wrap: anywhere;
    }
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin-top: 0.5em;
  }
  .filters label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.125em;
    font-size: max(12px, 0.875em);
  }
  .summary-line {
    margin: 0.5em 0 0;
  }
  @media print {
    .filters,
    .toggle {
      display: none;
    }
    .details[hidden] {
      display: block;
    }
    /*
     * A card with its 绩效目标表 can be longer than a page: kept whole it would leave the page
     * before it mostly empty. Its header, each figure and each indicator row stay whole instead.
     */
    .cards {
      display: block;
      column-count: 2;
      column-gap: 1.5em;
    }
    .cards > li + li {
      margin-top: 0.75em;
    }
    .card {
      padding: 0.5em 0.75em;
      break-inside: auto;
    }
    h4 {
      margin: 0.625em 0 0.125em;
    }
    .texts dt {
      margin-top: 0.25em;
    }
    .card > header,
    .funding,
    .texts dd {
      break-inside: avoid;
    }
    .card > header,
    .card-amount,
    h4,
    .texts dt {
      break-after: avoid;
    }
  }
`;
