import { css } from 'lit';

export const headlineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--budget-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif);
    font-size: var(--budget-font-size, 16px);
    color: var(--budget-color-text, #1f2328);
    background: var(--budget-color-surface, #ffffff);
  }
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
    border: 1px solid var(--budget-color-border, #d0d7de);
    border-radius: 6px;
  }
  dt {
    font-size: 0.875em;
    color: var(--budget-color-muted, #57606a);
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
    color: var(--budget-color-muted, #57606a);
  }
  [role='alert'] {
    padding: 0.75em 1em;
    border: 2px solid var(--budget-color-danger, #b42318);
    border-radius: 6px;
  }
  [role='alert'] ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
`;
