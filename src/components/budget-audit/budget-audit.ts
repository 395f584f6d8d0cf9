import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Finding, FigureRef, Severity } from '../../core/check/index.js';
import type { Bilingual } from '../../core/validate/issue.js';
import { withUnit } from '../../core/format.js';
import { figureLabelEn, sourceIn, tableIdsEn } from '../../core/table-name.js';
import type { BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { inLang } from '../../i18n/shared-messages.js';
import { tokensOf } from '../base/attribute-rules.js';
import { BudgetElement } from '../base/budget-element.js';
import { unexpectedFailure } from '../../controllers/budget-data-controller.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import type { BudgetSelectDetail } from '../budget-sunburst/budget-sunburst.js';
import { DeferredChecks } from './budget-audit.checks.js';
import { AUDIT_MESSAGES } from './budget-audit.messages.js';
import { countBySeverity, groupByRule, PAGE_SIZE, pageRange, parseSeverities, SEVERITIES, shareOut, type FindingGroup } from './budget-audit.model.js';
import { auditStyles } from './budget-audit.styles.js';

const SYMBOL: Record<Severity, string> = { error: '✖', rounding: '≈', note: 'ℹ' };

type CheckRules = typeof import('../../core/check/index.js');

/** What the rules found in one document. */
interface Checked {
  document: BudgetDocument;
  findings: Finding[];
  counts: Record<Severity, number>;
}

/**
 * The check rules are the largest part of budget-viz and only this element runs them, so they
 * are fetched the first time one is needed, not with every page that shows a chart. A failed
 * fetch is forgotten, so the next document tries again.
 */
let checkRules: Promise<CheckRules> | undefined;
const titlesOfRules = new WeakMap<CheckRules, ReadonlyMap<string, Bilingual>>();

/** The title of each rule by its id, made once per loaded module. */
function ruleTitles(rules: CheckRules): ReadonlyMap<string, Bilingual> {
  let titles = titlesOfRules.get(rules);
  if (!titles) titlesOfRules.set(rules, (titles = new Map(rules.RULES.map((rule) => [rule.id, rule.title]))));
  return titles;
}
function loadCheckRules(): Promise<CheckRules> {
  checkRules ??= import('../../core/check/index.js').catch((error: unknown) => {
    checkRules = undefined;
    throw error;
  });
  return checkRules;
}

/**
 * @tag budget-audit
 * @summary Where a report contradicts itself: named reconciliation rules across its tables and
 * against its 说明 (totals, subtrees, 基本 + 项目, projects, 三公, stated shares and changes), each
 * finding with its severity (error; within rounding; note), the figures involved and where each
 * comes from. A finding about a 科目 links to it.
 *
 * The rules run once the page has painted, a few at a time, so that the views around it paint
 * first and the page answers input meanwhile; until they are done the element says it is
 * checking (a live region, with the findings' place `aria-busy`). On paper they run at once.
 *
 * Findings are grouped by rule, each group with its count. A report that does not add up can have
 * thousands, so 50 are drawn at first, shared among the rules (a rule with few findings shows them
 * all), and each group has a button that draws 50 more and moves focus to the first of them. The
 * data table shows 50 rows a page, with buttons to page through it.
 *
 * @fires budget-select - "Show subject" was chosen on a finding. `detail: { code, name, amount, unit }`.
 *
 * @csspart group - The findings of one rule, with its title and count.
 * @csspart finding - One finding.
 * @csspart severity - The severity badge of a finding (symbol and word, never colour alone).
 * @csspart show-more - The button that draws more findings of a rule.
 * @csspart pager - The buttons and status line that page through the data table.
 *
 * @cssprop [--budget-color-error=#b42318] - Errors.
 * @cssprop [--budget-color-rounding=#7a5c00] - Rounding differences.
 * @cssprop [--budget-color-note=#57606a] - Notes.
 */
export class BudgetAudit extends BudgetElement {
  static override styles = [...BudgetElement.styles, auditStyles];
  /** @internal */
  /** @internal */
  static override urlState = [...BudgetElement.urlState, 'severities'];
  static override attributeRules = { ...BudgetElement.attributeRules, severities: tokensOf('severities', SEVERITIES, SEVERITIES.join(' ')) };

  /** Severities shown, space-separated (`error`, `rounding`, `note`); all by default, none when empty. */
  @property({ reflect: true }) severities = 'error rounding note';

  /** How many findings each group draws, by group index; reset when the document or the filter changes. */
  @state() private shownPerGroup: number[] = [];

  /** The data table's page, 0-based. */
  @state() private tablePage = 0;

  /** The check rules once loaded; until then a ready document shows the loading state. */
  @state() private rules?: CheckRules;
  private rulesLoading?: Promise<void>;

  /** The rules running on the document shown, until they are done. */
  private checks?: DeferredChecks;

  /** Computed once per document, when its checks are done… */
  @state() private checked?: Checked;
  // …and once per severity filter.
  private groupedFrom?: Checked;
  private groups: FindingGroup[] = [];
  private visible: Finding[] = [];

  private get findings(): readonly Finding[] {
    return this.checked?.findings ?? [];
  }

  /** True while the rules run on the document shown. */
  private get checking(): boolean {
    return this.checks !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status !== 'ready') return;
    const rules = this.rules;
    if (!rules) {
      this.rulesLoading ??= loadCheckRules().then(
        (loaded) => {
          this.rules = loaded;
        },
        (error: unknown) => {
          this.rulesLoading = undefined;
          this.source.fail({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
        },
      );
      return;
    }
    if (this.checked?.document !== state.document && this.checks?.document !== state.document) this.check(rules, state.document);
    // Paper cannot wait.
    if (this.printing && this.checks) this.finished(this.checks, this.checks.finishNow());
    if (this.groupedFrom !== this.checked || changed.has('severities')) {
      this.groups = groupByRule(this.findings, parseSeverities(this.severities), ruleTitles(rules));
      this.visible = this.groups.flatMap((group) => group.findings);
      this.shownPerGroup = shareOut(this.groups.map((group) => group.findings.length));
      this.tablePage = 0;
      this.groupedFrom = this.checked;
    }
  }

  /** Starts the rules on `document`, after the next paint; the findings of the document before it are dropped. */
  private check(rules: CheckRules, document: BudgetDocument): void {
    this.checks?.cancel();
    const checks = new DeferredChecks(rules, document);
    this.checks = checks;
    this.checked = undefined;
    checks.done.then(
      (findings) => findings && this.finished(checks, findings),
      (error: unknown) => {
        if (this.checks !== checks) return;
        this.checks = undefined;
        this.source.fail(unexpectedFailure(error));
      },
    );
  }

  private finished(checks: DeferredChecks, findings: Finding[]): void {
    if (this.checks !== checks) return;
    this.checks = undefined;
    this.checked = { document: checks.document, findings, counts: countBySeverity(findings) };
  }

  protected override render() {
    if (this.source.state.status === 'ready' && !this.rules) return html`<p class="state" part="state" role="status">${this.shared.loading}</p>`;
    return super.render();
  }

  /** Loading the check rules, then running them, each ends in another update: `updateComplete` settles on the findings drawn. */
  protected override pendingWork(): Promise<unknown> | undefined {
    if (this.source.state.status !== 'ready') return super.pendingWork();
    return this.rules ? this.checks?.done : this.rulesLoading;
  }

  protected override renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.messages(AUDIT_MESSAGES);
    const counts = this.checked?.counts;
    // The counts line is a live region: a screen reader hears "checking", then what was found.
    return html`
      <div class="toolbar">
        <p class="title"><strong>${t.title(doc.meta.department.name)}</strong></p>
        ${this.renderViewActions()}
      </div>
      <p class="counts ${counts ? '' : 'checking'}" role="status">${!counts ? t.checking : this.findings.length === 0 ? t.none : t.counts(counts.error, counts.rounding, counts.note)}</p>
      <div class="results" aria-busy=${this.checking ? 'true' : 'false'}>${counts ? this.renderResults(counts) : nothing}</div>
    `;
  }

  private renderResults(counts: Record<Severity, number>) {
    const t = this.messages(AUDIT_MESSAGES);
    const shown = parseSeverities(this.severities);
    return html`${this.findings.length > 0
        ? html`<fieldset class="severities">
            <legend>${t.show}</legend>
            ${SEVERITIES.map(
              (severity) => html`<label>
                <input type="checkbox" .checked=${shown.has(severity)} @change=${(e: Event) => this.toggleSeverity(severity, (e.target as HTMLInputElement).checked)} />
                ${t.filterLabel(t.severity[severity], counts[severity])}
              </label>`,
            )}
          </fieldset>`
        : nothing}
      ${this.findings.length > 0 && this.groups.length === 0 ? html`<p class="none-shown">${t.noneShown}</p>` : nothing}
      ${this.groups.map((group, index) => this.renderGroup(group, index))} ${this.tableShown ? this.renderTable() : nothing}`;
  }

  private renderGroup(group: FindingGroup, index: number) {
    const t = this.messages(AUDIT_MESSAGES);
    const limit = this.shownPerGroup[index] ?? 0;
    const remaining = group.findings.length - limit;
    const headingId = `group-${index}`;
    // A div, not a named section: one landmark per rule would crowd the page's landmarks; the headings navigate.
    return html`<div part="group" class="group" data-group=${index}>
      <h4 class="group-title" id=${headingId}>
        ${inLang(group.title, this.effectiveLang)} <span class="rule">${group.rule}</span>
        <span class="group-count">${t.groupCount(group.findings.length)}</span>
      </h4>
      <ol class="findings">
        ${repeat(group.findings.slice(0, limit), (finding) => finding, (finding) => this.renderFinding(finding))}
      </ol>
      ${remaining > 0
        ? html`<button part="show-more" class="show-more" aria-describedby=${headingId} @click=${() => this.showMore(index)}>
            ${t.showMore(Math.min(PAGE_SIZE, remaining), remaining)}
          </button>`
        : nothing}
    </div>`;
  }

  private renderFinding(finding: Finding) {
    const t = this.messages(AUDIT_MESSAGES);
    // tabindex -1: "show more" moves focus to the first finding it draws.
    return html`<li part="finding" class="finding ${finding.severity}" tabindex="-1">
      <p class="finding-head">
        <span part="severity" class="severity" title=${t.severityHelp[finding.severity]}>
          <span aria-hidden="true">${SYMBOL[finding.severity]}</span> ${t.severity[finding.severity]}
        </span>
        <span class="rule">${finding.rule}</span>
      </p>
      <p class="message">${this.messageOf(finding)}</p>
      ${finding.difference ? html`<p class="difference">${t.difference(finding.difference, finding.tolerance)}</p>` : nothing}
      <details ?open=${this.printing}>
        <summary>${t.figures}</summary>
        <ul class="figures">
          ${finding.figures.map(
            (figure) => html`<li>
              ${this.effectiveLang === 'en' ? `${figure.labelEn ?? figureLabelEn(figure.label)}: ` : `${figure.label}：`}<strong>${this.figureValue(figure)}</strong>
              <span class="muted">${sourceIn(figure.source, this.effectiveLang)} · <code>${figure.path}</code>${figure.line !== undefined ? html` · <span class="where">${this.effectiveLang === 'en' ? tableIdsEn(this.rules!.whereOf(figure, true)) : this.rules!.whereOf(figure, false)}</span>` : nothing}</span>
            </li>`,
          )}
        </ul>
      </details>
      ${finding.subject ? html`<button @click=${() => this.showSubject(finding)}>${t.showSubject(finding.subject)}</button>` : nothing}
    </li>`;
  }

  /** A finding's message in the reader's language; in English, table ids are table names ("Table 3"). */
  private messageOf(finding: Finding): string {
    return this.effectiveLang === 'en' ? tableIdsEn(finding.message.en) : finding.message.zh;
  }

  /** A figure with its unit, as the language writes it: "15.43万元", "15.43 (10,000 yuan)". */
  private figureValue(figure: FigureRef): string {
    if (figure.unit === '%') return `${figure.amount}%`;
    if (figure.unit === '个') return this.effectiveLang === 'en' ? figure.amount : `${figure.amount}个`;
    return withUnit(figure.amount, figure.unit, this.effectiveLang);
  }

  private renderTable() {
    const t = this.messages(AUDIT_MESSAGES);
    const total = this.visible.length;
    const range = pageRange(this.tablePage, total);
    const rows = this.visible.slice(Math.max(0, range.first - 1), range.last);
    // The pager comes first: after "next page" the new rows start right below it. A table of one
    // page needs none.
    return html`${range.pages > 1
        ? html`<div part="pager" class="pager">
            <div role="group" class="pager-buttons" aria-label=${t.tablePages}>
              ${this.renderPageButton(t.firstPage, 0, range.page === 0)} ${this.renderPageButton(t.previousPage, range.page - 1, range.page === 0)}
              ${this.renderPageButton(t.nextPage, range.page + 1, range.page === range.pages - 1)}
              ${this.renderPageButton(t.lastPage, range.pages - 1, range.page === range.pages - 1)}
            </div>
            <p class="page-status" role="status">${t.pageStatus(range.first, range.last, total)}</p>
          </div>`
        : nothing}
      ${renderDataTable(this.tableOf(rows))}`;
  }

  private tableOf(findings: readonly Finding[]): DataTableSpec {
    const t = this.messages(AUDIT_MESSAGES);
    return {
      caption: t.tableCaption,
      unitNote: '',
      headerLabel: t.rule,
      columns: [{ label: t.severityColumn }, { label: t.message }],
      rows: findings.map((f) => ({ header: f.rule, cells: [t.severity[f.severity], this.messageOf(f)] })),
    };
  }

  /**
   * Every finding the severity filter shows, not only the table's current page.
   * @internal
   */
  override exportTables(): DataTableSpec[] {
    return this.checked && this.source.state.status === 'ready' ? [this.tableOf(this.visible)] : [];
  }

  /**
   * A page button at the first or last page is aria-disabled rather than disabled: a disabled
   * button drops the focus of whoever just pressed it to reach that page.
   */
  private renderPageButton(label: string, page: number, unavailable: boolean) {
    return html`<button aria-disabled=${unavailable ? 'true' : 'false'} @click=${() => !unavailable && (this.tablePage = page)}>${label}</button>`;
  }

  /** Draws the next findings of a group and moves focus to the first of them. */
  private async showMore(index: number): Promise<void> {
    const group = this.groups[index];
    const first = this.shownPerGroup[index];
    if (!group || first === undefined) return;
    this.shownPerGroup = this.shownPerGroup.map((shown, i) => (i === index ? Math.min(group.findings.length, shown + PAGE_SIZE) : shown));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-group="${index}"] > .findings > :nth-child(${first + 1})`)?.focus();
  }

  private toggleSeverity(severity: Severity, on: boolean): void {
    const shown = parseSeverities(this.severities);
    if (on) shown.add(severity);
    else shown.delete(severity);
    this.severities = SEVERITIES.filter((s) => shown.has(s)).join(' ');
  }

  private showSubject(finding: Finding): void {
    const figure = finding.figures[0];
    this.emit<BudgetSelectDetail>('budget-select', { code: finding.subject!, name: figure?.label ?? '', amount: figure?.amount ?? '', unit: figure?.unit ?? '' });
  }
}
