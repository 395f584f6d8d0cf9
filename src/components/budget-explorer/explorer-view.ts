import type { TemplateResult } from 'lit';
import type { ExactCell } from '../../core/data-table.js';
import type { Dec } from '../../core/decimal.js';
import type { ExplorerEntry } from '../../core/explorer/explorer-index.js';
import type { ExplorerMessages } from './budget-explorer.messages.js';

/**
 * What the explorer's templates need of the element: its words and its formats, with every
 * amount in `MODEL_UNIT` (the index's unit) shown in the unit the reader chose. The element
 * implements it; the templates stay plain functions that the element's state is passed to.
 */
export interface ExplorerView {
  readonly t: ExplorerMessages;
  /** “单位：万元”, for captions. */
  readonly unitNote: string;
  /** The unit of exact values, for an amount column's `unit`. */
  readonly amountUnit: string;
  /** An amount with its unit, at the view's precision. */
  money(amount: Dec): string;
  /** An amount with its unit, exact: for the tooltip. */
  exactMoney(amount: Dec): string;
  /** An amount of a data table, exact, with its plain value for exports. */
  figure(amount: Dec): ExactCell;
  /** A figure with its unit that a line never breaks. */
  unbroken(text: string): TemplateResult;
  /** A share as a percentage, or — when there is none. */
  percent(share: Dec | null): string;
  inBrackets(text: string): string;
  showTip(event: Event, entry: ExplorerEntry): void;
  hideTip(): void;
}
