import { css } from 'lit';

export const reportStyles = css`
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
    color: var(--budget-color-muted, #57606a);
  }
  .contents a {
    color: var(--budget-color-link, #0b57d0);
    display: inline-block;
    min-height: 24px;
  }
  .section {
    margin-top: 2em;
    padding-top: 1em;
    border-top: 2px solid var(--budget-color-border, #d0d7de);
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
    color: var(--budget-color-text, #1f2328);
    background: var(--budget-color-surface, #ffffff);
    border: 1px solid var(--budget-color-border-strong, #6e7781);
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
      font-size: 11pt;
      color: #000000;
      background: #ffffff;
    }
    .report-controls,
    .contents {
      display: none;
    }
    .section {
      break-inside: avoid-page;
      border-top-color: #000000;
    }
    .term {
      border-bottom: 0;
    }
  }
`;
