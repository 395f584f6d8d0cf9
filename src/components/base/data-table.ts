import { html, nothing } from 'lit';
import { cellText, type DataTableColumn, type DataTableRow, type DataTableSpec } from '../../core/data-table.js';

export type { DataTableCell, DataTableColumn, DataTableRow, DataTableSpec, ExactCell } from '../../core/data-table.js';

/** The data-table view every chart has: caption with unit, column and row headers. */
export function renderDataTable(spec: DataTableSpec) {
  return html`<div class="table-scroll" part="table-container" tabindex="0" role="region" aria-label=${spec.caption}>
    <table part="table">
      <caption>
        ${spec.caption} <span class="unit-note">${spec.unitNote}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${spec.headerLabel}</th>
          ${spec.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'numeric' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${spec.rows.map((row) => renderRow(row, spec.columns))}
      </tbody>
      ${spec.footer ? html`<tfoot>${renderRow(spec.footer, spec.columns)}</tfoot>` : nothing}
    </table>
  </div>`;
}

function renderRow(row: DataTableRow, columns: DataTableColumn[]) {
  return html`<tr aria-current=${row.current ? 'true' : nothing}>
    <th scope="row">${row.header}</th>
    ${row.cells.map((cell, i) => html`<td class=${columns[i]?.numeric ? 'numeric' : ''}>${cellText(cell)}</td>`)}
  </tr>`;
}
