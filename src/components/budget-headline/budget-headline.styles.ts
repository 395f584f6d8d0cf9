import { css } from 'lit';

export const headlineStyles = css`
  .title {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: 0.75em;
    margin: 0;
  }
  .figure {
    padding: 0.75em 1em;
    border: 1px solid var(--_budget-color-border);
    border-radius: 6px;
  }
  dt {
    font-size: 0.875em;
    color: var(--_budget-color-muted);
  }
  dd {
    margin: 0.25em 0 0;
    font-size: 1.375em;
    font-variant-numeric: tabular-nums;
  }
  .note {
    display: block;
    margin-top: 0.25em;
    font-size: max(12px, 0.75rem);
    color: var(--_budget-color-muted);
  }
  @media print {
    .figure {
      break-inside: avoid;
    }
  }
`;
