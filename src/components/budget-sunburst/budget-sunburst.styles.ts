import { css } from 'lit';

export const sunburstStyles = css`
  .hint {
    margin: 0.25em 0;
    font-size: max(12px, 0.8125em);
  }
  .breadcrumb {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: 0.25em;
    color: var(--_budget-color-muted);
  }
  .breadcrumb button {
    min-height: 2.25em;
    border-color: transparent;
    text-decoration: underline;
  }
  .breadcrumb button[aria-current='location'] {
    font-weight: 600;
    text-decoration: none;
  }
  .chart-wrap {
    display: flex;
    justify-content: center;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  svg:focus-visible,
  .arc:focus-visible,
  circle:focus-visible {
    outline: none;
  }
  .arc {
    stroke-width: 1;
    cursor: pointer;
  }
  /* An outlined arc's stroke is its computed outline, a presentation attribute CSS must not override. */
  .arc:not(.outlined) {
    stroke: var(--budget-class-stroke, var(--_budget-color-surface));
  }
  .arc:hover {
    filter: brightness(0.92);
  }
  .label {
    text-anchor: middle;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_budget-color-focus);
    stroke-width: 3;
    pointer-events: none;
  }
  .centre circle[role='treeitem'] {
    fill: var(--_budget-color-surface);
    cursor: pointer;
  }
  .centre.root circle[role='treeitem'] {
    cursor: default;
  }
  .centre text {
    text-anchor: middle;
    fill: var(--_budget-color-text);
    pointer-events: none;
  }
  .centre-name {
    font-size: 14px;
    font-weight: 600;
  }
  .centre-amount {
    font-size: 14px;
  }
  .centre-unit {
    font-size: 12px;
  }
  .centre-share {
    font-size: 12px;
    fill: var(--_budget-color-muted) !important;
  }
  svg.zoom-0 {
    animation: budget-zoom-a 450ms ease-out;
  }
  svg.zoom-1 {
    animation: budget-zoom-b 450ms ease-out;
  }
  /* Two identical keyframes: switching the name restarts the animation on every zoom. */
  @keyframes budget-zoom-a {
    from {
      opacity: 0.4;
      transform: scale(0.9);
    }
  }
  @keyframes budget-zoom-b {
    from {
      opacity: 0.4;
      transform: scale(0.9);
    }
  }
  @media (forced-colors: active) {
    .arc,
    .arc:not(.outlined) {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .label,
    .centre text {
      fill: CanvasText;
    }
  }
  @media print {
    /* A 640 px drawing is 17 cm on paper: 12 cm leaves room for its table on the same page. */
    svg[part~='chart'] {
      width: 12cm;
      height: 12cm;
      margin-inline: auto;
    }
    .chart-wrap {
      break-inside: avoid;
    }
  }
`;
