import { css } from 'lit';

export const auditStyles = css`
  .title,
  .counts {
    margin: 0;
  }
  .counts {
    margin-top: 0.25em;
  }
  .counts.checking {
    color: var(--_budget-color-muted);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    border: 0;
  }
  legend {
    float: left;
    margin-inline-end: 0.5em;
    padding: 0.5em 0;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .group {
    margin-top: 1.25em;
  }
  .group-title {
    margin: 0;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .group-count {
    font-weight: normal;
    color: var(--_budget-color-muted);
    margin-inline-start: 0.5em;
    white-space: nowrap;
  }
  .group-title .rule {
    font-weight: normal;
    white-space: nowrap;
    margin-inline-start: 0.5em;
  }
  .findings {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .finding {
    margin-top: 0.75em;
    padding: 0.75em 1em;
    border: 1px solid var(--_budget-color-border);
    border-inline-start-width: 6px;
    border-radius: 6px;
  }
  .finding.error {
    border-inline-start-color: var(--_budget-color-error);
  }
  .finding.rounding {
    border-inline-start-color: var(--_budget-color-rounding);
  }
  .finding.note {
    border-inline-start-color: var(--_budget-color-note);
  }
  .finding-head,
  .message,
  .difference {
    margin: 0;
  }
  .severity {
    font-weight: 600;
    margin-inline-end: 0.75em;
  }
  .error .severity {
    color: var(--_budget-color-error);
  }
  .rounding .severity {
    color: var(--_budget-color-rounding);
  }
  .rule {
    font-family: ui-monospace, monospace;
    font-size: max(12px, 0.875em);
    color: var(--_budget-color-muted);
  }
  .message {
    margin-top: 0.25em;
    overflow-wrap: anywhere;
  }
  details {
    margin-top: 0.5em;
  }
  summary {
    min-height: 24px;
    cursor: pointer;
  }
  .figures {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .finding button,
  .show-more {
    margin-top: 0.5em;
  }
  /* Rule ids and severities stay whole; the finding's message wraps. */
  table th,
  table td:first-of-type {
    white-space: nowrap;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-top: 0.75em;
  }
  .pager-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .pager button[aria-disabled='true'] {
    color: var(--_budget-color-muted);
    border-style: dashed;
    cursor: not-allowed;
  }
  .pager button[aria-disabled='true']:hover {
    background: var(--_budget-color-surface);
  }
  .none-shown {
    margin: 0.75em 0 0;
  }
  .page-status {
    margin: 0;
  }
  @media print {
    /*
     * A finding with its figures can fill a third of a page: kept whole, it would move to the next
     * page and leave its rule's heading alone at the bottom of this one. Its lines stay whole.
     */
    .finding-head,
    .message,
    .difference,
    .figures > li {
      break-inside: avoid;
    }
    .finding-head,
    summary {
      break-after: avoid;
    }
    summary {
      font-weight: 600;
    }
    .finding {
      margin-top: 0.5em;
      padding: 0.5em 0.75em;
    }
    .group {
      margin-top: 1em;
    }
  }
`;
