import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { checkDocument, whereOf, type Finding, type Severity } from '../../core/check/index.js';
import type { BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { inLang } from '../../i18n/shared-messages.js';
import { BudgetElement } from '../base/budget-element.js';
import { renderDataTable } from '../base/data-table.js';
import type { BudgetSelectDetail } from '../budget-sunburst/budget-sunburst.js';
import { AUDIT_MESSAGES } from './budget-audit.messages.js';
import { auditStyles } from './budget-audit.styles.js';

const SEVERITIES: readonly Severity[] = ['error', 'rounding', 'note'];
const SYMBOL: Record<Severity, string> = { error: '✖', rounding: '≈', note: 'ℹ' };

/**
 * @tag budget-audit
 * @summary Where a report contradicts itself: named reconciliation rules across its tables and
 * against its 说明 (totals, subtrees, 基本 + 项目, projects, 三公, stated shares and changes), each
 * finding with its severity (error; within rounding; note), the figures involved and where each
 * comes from. A finding about a 科目 links to it.
 *
 * @fires budget-select - "Show subject" was chosen on a finding. `detail: { code, name, amount, unit }`.
 *
 * @csspart finding - One finding.
 * @csspart severity - The severity badge of a finding (symbol and word, never colour alone).
 *
 * @cssprop [--budget-color-error=#b42318] - Errors.
 * @cssprop [--budget-color-rounding=#7a5c00] - Rounding differences.
 * @cssprop [--budget-color-note=#57606a] - Notes.
 */
export class BudgetAudit extends BudgetElement {
  static override styles = [...BudgetElement.styles, auditStyles];

  /** Severities shown, space-separated; all by default. */
  @property({ reflect: true }) severities = 'error rounding note';

  private findings: Finding[] = [];
  private checkedDocument?: BudgetDocument;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status === 'ready' && state.document !== this.checkedDocument) {
      this.findings = checkDocument(state.document);
      this.checkedDocument = state.document;
    }
  }

  protected override renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.messages(AUDIT_MESSAGES);
    const shown = new Set(this.severities.split(/\s+/));
    const count = (severity: Severity) => this.findings.filter((f) => f.severity === severity).length;
    const visible = this.findings.filter((f) => shown.has(f.severity));
    return html`
      <div class="toolbar">
        <p class="title"><strong>${t.title(doc.meta.department.name)}</strong></p>
        ${this.renderTableToggle()}
      </div>
      <p class="counts">${this.findings.length === 0 ? t.none : t.counts(count('error'), count('rounding'), count('note'))}</p>
      ${this.findings.length > 0
        ? html`<fieldset class="severities">
            <legend>${t.show}</legend>
            ${SEVERITIES.map(
              (severity) => html`<label>
                <input type="checkbox" .checked=${shown.has(severity)} @change=${(e: Event) => this.toggleSeverity(severity, (e.target as HTMLInputElement).checked)} />
                ${t.severity[severity]} (${count(severity)})
              </label>`,
            )}
          </fieldset>`
        : nothing}
      <ol class="findings">
        ${visible.map((finding) => this.renderFinding(finding))}
      </ol>
      ${this.showTable ? this.renderTable(visible) : nothing}
    `;
  }

  private renderFinding(finding: Finding) {
    const t = this.messages(AUDIT_MESSAGES);
    return html`<li part="finding" class="finding ${finding.severity}">
      <p class="finding-head">
        <span part="severity" class="severity" title=${t.severityHelp[finding.severity]}>
          <span aria-hidden="true">${SYMBOL[finding.severity]}</span> ${t.severity[finding.severity]}
        </span>
        <span class="rule">${finding.rule}</span>
      </p>
      <p class="message">${inLang(finding.message, this.effectiveLang)}</p>
      ${finding.difference ? html`<p class="difference">${t.difference(finding.difference, finding.tolerance)}</p>` : nothing}
      <details>
        <summary>${t.figures}</summary>
        <ul class="figures">
          ${finding.figures.map(
            (figure) => html`<li>
              ${figure.label}：<strong>${figure.amount}${figure.unit}</strong>
              <span class="muted">${figure.source} · <code>${figure.path}</code>${figure.line !== undefined ? html` · <span class="where">${whereOf(figure, this.effectiveLang === 'en')}</span>` : nothing}</span>
            </li>`,
          )}
        </ul>
      </details>
      ${finding.subject ? html`<button @click=${() => this.showSubject(finding)}>${t.showSubject(finding.subject)}</button>` : nothing}
    </li>`;
  }

  private renderTable(findings: Finding[]) {
    const t = this.messages(AUDIT_MESSAGES);
    return renderDataTable({
      caption: t.tableCaption,
      unitNote: '',
      headerLabel: t.rule,
      columns: [{ label: t.severityColumn }, { label: t.message }],
      rows: findings.map((f) => ({ header: f.rule, cells: [t.severity[f.severity], inLang(f.message, this.effectiveLang)] })),
    });
  }

  private toggleSeverity(severity: Severity, on: boolean): void {
    const shown = new Set(this.severities.split(/\s+/).filter(Boolean));
    if (on) shown.add(severity);
    else shown.delete(severity);
    this.severities = SEVERITIES.filter((s) => shown.has(s)).join(' ');
  }

  private showSubject(finding: Finding): void {
    const figure = finding.figures[0];
    this.emit<BudgetSelectDetail>('budget-select', { code: finding.subject!, name: figure?.label ?? '', amount: figure?.amount ?? '', unit: figure?.unit ?? '' });
  }
}
