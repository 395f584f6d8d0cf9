import { html, nothing } from 'lit';
import type { Dec } from '../../core/decimal.js';
import { formatAmount, formatPercent, type Lang } from '../../core/format.js';
import type { IndicatorGroup, ProjectView } from '../../core/projects.js';
import type { IndicatorValue, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import type { ViewAmount } from '../base/budget-element.js';
import type { ProjectCardMessages } from './project-cards.messages.js';

/** What a card needs from the element that shows it. */
export interface CardContext {
  t: ProjectCardMessages;
  lang: Lang;
  money: (amount: Dec, from: MoneyUnit) => string;
  /** A figure with its unit that a line never breaks. */
  unbroken: (text: string) => unknown;
  /** The text with these figures kept on one line. */
  unbrokenIn: (text: string, figures: readonly string[]) => unknown;
  open: boolean;
  /**
   * The page is printed: the details are drawn for paper, where the print styles show them even
   * when the card is closed on screen.
   */
  printing: boolean;
  toggle: () => void;
  inBrackets: (text: string) => string;
}

const TEXT_FIELDS = ['overview', 'basis', 'necessity', 'measures', 'plan'] as const;

/** The amounts a card shows, for the precision of the view that holds it. */
export function* cardAmounts(view: ProjectView): Iterable<ViewAmount> {
  yield { amount: view.amount, unit: view.unit };
  for (const source of view.fundingBySource) yield { amount: source.amount, unit: view.unit };
}

/** One project: a header that is always shown and details that open and close. */
export function renderProjectCard(view: ProjectView, ctx: CardContext) {
  const { t } = ctx;
  const detailsId = `details-${view.id}`;
  const perf = view.performance;
  const meta = [
    view.share ? t.shareOfProjects(formatPercent(view.share, ctx.lang)) : '',
    view.category ? t.category[view.category] : '',
    perf?.attribute ? t.labelled(t.attribute, perf.attribute) : '',
    perf?.period ? t.labelled(t.period, perf.period) : '',
    view.subjectCode ? `${t.subject(view.subjectCode)}${view.subjectBasis === 'inferred' ? ctx.inBrackets(t.inferred) : ''}` : '',
  ].filter(Boolean);
  return html`<article class="card" part="card" aria-labelledby="title-${view.id}">
    <header>
      <h3 class="card-title" id="title-${view.id}">${view.name}</h3>
      <p class="card-amount">
        ${ctx.unbroken(ctx.money(view.amount, view.unit))}
        ${view.exactYuan ? html`<span class="exact">${exactYuan(view.exactYuan, ctx)}</span>` : nothing}
      </p>
      <p class="card-meta">${meta.join(' · ')}</p>
    </header>
    ${perf
      ? html`<button class="toggle" part="card-toggle" aria-expanded=${ctx.open ? 'true' : 'false'} aria-controls=${detailsId} @click=${ctx.toggle}>
          ${ctx.open ? t.collapse : t.expand}
        </button>`
      : nothing}
    <div class="details" id=${detailsId} ?hidden=${!ctx.open}>${detailsShown(ctx) ? renderDetails(view, ctx) : nothing}</div>
  </article>`;
}

/**
 * Whether a card's details are drawn. A closed card's details are not drawn, only their (empty,
 * hidden) container that the toggle's aria-controls names: a report's cards hold a thousand
 * elements of 绩效目标表 that nobody sees until a card is opened.
 */
export function detailsShown(ctx: CardContext): boolean {
  return ctx.open || ctx.printing;
}

/** A card's funding, texts, goals and indicators. */
function renderDetails(view: ProjectView, ctx: CardContext) {
  const { t } = ctx;
  const perf = view.performance;
  return html`${renderFunding(view, ctx)}
    ${perf
      ? html`<dl class="texts">
            ${TEXT_FIELDS.filter((field) => perf[field]).map(
              (field) => html`<dt>${t.texts[field]}</dt>
                <dd>
                  ${perf[field]}${view.truncated.includes(field)
                    ? html`<span class="truncated" role="note">…${ctx.inBrackets(t.truncated)}</span>`
                    : nothing}
                </dd>`,
            )}
          </dl>
          <h4>${t.goals}</h4>
          <dl class="texts">
            <dt>${t.implementationGoal}</dt>
            <dd>${perf.goals.implementationPeriod}</dd>
            <dt>${t.annualGoal}</dt>
            <dd>${perf.goals.annual}</dd>
          </dl>
          ${renderIndicators(view.indicators, ctx, true)}`
      : nothing}`;
}

/** The 绩效目标表's own figure, in 元 and exact whatever the view's unit: it is there to be checked. */
function exactYuan(amount: Dec, ctx: CardContext) {
  const shown = formatAmount(amount, ctx.lang, { from: '元' });
  return ctx.unbrokenIn(ctx.t.exactYuan(shown), [shown]);
}

function renderFunding(view: ProjectView, ctx: CardContext) {
  return html`<h4>${ctx.t.funding}</h4>
    <dl class="funding">
      ${view.fundingBySource.map((source) => html`<div><dt>${source.label}</dt><dd>${ctx.unbroken(ctx.money(source.amount, view.unit))}</dd></div>`)}
    </dl>`;
}

/** Indicators 一级 → 二级 → 三级 as a table; the annual value gets its own column when asked. */
export function renderIndicators(groups: IndicatorGroup[], ctx: CardContext, twoSides: boolean) {
  const { t } = ctx;
  if (groups.length === 0) return nothing;
  return html`<h4>${t.indicators}</h4>
    ${groups.map(
      (group) => html`<table class="indicators">
        <caption>${group.level1}</caption>
        <thead>
          <tr>
            <th scope="col">${t.level3}</th>
            <th scope="col">${twoSides ? t.implementationValue : t.annualValue}</th>
            ${twoSides ? html`<th scope="col">${t.annualValue}</th>` : nothing}
          </tr>
        </thead>
        ${group.level2s.map(
          (level2) => html`<tbody>
            <tr class="level2"><th scope="rowgroup" colspan=${twoSides ? 3 : 2}>${level2.level2}</th></tr>
            ${level2.rows.map(
              (row) => html`<tr class=${row.differs ? 'differs' : ''}>
                <th scope="row">${row.level3}${row.annualLevel3 && row.annualLevel3 !== row.level3 ? html`<span class="alias">${ctx.inBrackets(row.annualLevel3)}</span>` : nothing}</th>
                <td>${renderValue(row.implementation ?? row.annual, ctx)}</td>
                ${twoSides ? html`<td>${renderValue(row.annual, ctx)}</td>` : nothing}
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>`,
    )}`;
}

/** A quantitative target as a badge with its comparator spelled out for screen readers; text as text. */
export function renderValue(value: IndicatorValue | undefined, ctx: CardContext) {
  if (!value) return '—';
  if (value.kind === 'qualitative') return html`<span class="qualitative">${value.text}</span>`;
  const shown = `${value.comparator === '=' ? '' : value.comparator}${value.number}${value.unit}`;
  return html`<span class="badge" data-comparator=${value.comparator}>
    <span aria-hidden="true">${shown}</span><span class="sr-only">${ctx.t.comparator[value.comparator]} ${value.number}${value.unit}</span>
  </span>`;
}
