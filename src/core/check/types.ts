import type { BudgetDocument, MoneyUnit } from '../schema/budget-types.generated.js';
import type { Bilingual } from '../validate/issue.js';

/**
 * How bad a finding is: 'error' — the figures contradict each other by more than their printed
 * precision can explain; 'rounding' — they differ, but by no more than rounding of the printed
 * figures can explain; 'note' — worth a look, but not a contradiction (e.g. figures that differ
 * because they legitimately cover different things).
 */
export type Severity = 'error' | 'rounding' | 'note';

/** One figure a finding is about: published in the document, or computed from published ones. */
export interface FigureRef {
  /** What the figure is, as a reader would name it ("表6 商品和服务支出 合计", "Σ 明细"). */
  label: string;
  /**
   * The label in English, when the label is more than published names ("Σ its 12 items 合计",
   * "statement: increase percentage"); without it, the label is published names and table ids.
   */
  labelEn?: string;
  /** A decimal string: as published for a published figure, exact for a computed one. */
  amount: string;
  /** A money unit; '%' for a percentage; '个' for a count (of projects, units). */
  unit: MoneyUnit | '%' | '个';
  /**
   * JSON path of the figure in the document (`$.expenditureBySubject.rows[3].amounts.total`); for
   * a computed figure, the path of what it is computed from (the list that was summed).
   */
  path: string;
  /** Where the reader finds it: a table id ('表3'), or the claim's section and quote. */
  source: string;
  /** The table it stands in ('表3'), when it is a table's figure (or a note about a table). */
  table?: string;
  /** Its row as the table names it ('2080506 机关事业单位职业年金缴费支出', '合计'), or the subject a statement names. */
  row?: string;
  /** Its column as the table prints it ('合计', '基本支出'). */
  column?: string;
  /** 1-based line of the imported text where it is printed (the row's line, or the statement's). */
  line?: number;
  /** 1-based page of the report. */
  page?: number;
  /**
   * True when the importer chose its column from the report's own sums because the layout did not
   * show it: a finding about it may be an import problem rather than the report's.
   */
  inferred?: boolean;
}

/** One place where a report contradicts itself, or might. */
export interface Finding {
  /** Id of the {@link Rule} that found it. */
  rule: string;
  severity: Severity;
  /** Names the figures and says what does not agree. */
  message: Bilingual;
  /** The figures compared: the stated one first, then those it is compared with. */
  figures: FigureRef[];
  /** The 功能分类科目 code the finding concerns, when there is one, so a view can highlight it. */
  subject?: string;
  /** Stated minus expected (or computed), as a signed decimal string in the figures' unit. */
  difference?: string;
  /**
   * How large a difference rounding of the printed figures can explain: a decimal string for
   * amounts; for a percentage, the interval "[low, high]" of percentages the figures allow.
   */
  tolerance?: string;
}

/** A named reconciliation rule. Its id is stable (kebab-case) so findings can be filtered and tested. */
export interface Rule {
  id: string;
  title: Bilingual;
  /** Findings in document order; [] when the document agrees with itself or lacks the figures. */
  run(doc: BudgetDocument): Finding[];
}
