/**
 * Where each row of an imported table stands in the report: the line and page its label was
 * read from, and whether its columns were chosen from the report's own sums rather than seen in
 * the layout. Rules name these places in their findings, so a reader can open the report there.
 */
import type { Provenance, SourceRef } from '../schema/budget-types.generated.js';
import type { SourceLine } from './lines.js';

export class ProvenanceRecorder {
  private readonly entries: Provenance = {};

  /** Records the line of one row, by its path inside the table ("total", "rows/3"). */
  add(path: string, line: SourceLine | undefined, inferred = false): void {
    if (!line) return;
    const ref: SourceRef = { line: line.no, page: line.page };
    if (inferred) ref.inferred = true;
    this.entries[path] = ref;
  }

  /** Records every row of a list ("rows", "income") whose line is known. */
  addList<T>(key: string, rows: readonly T[], lineOf: (row: T) => SourceLine | undefined, inferred: (row: T) => boolean = () => false): void {
    rows.forEach((row, index) => this.add(`${key}/${index}`, lineOf(row), inferred(row)));
  }

  /** The map for the table, or undefined when nothing was recorded. */
  result(): Provenance | undefined {
    return Object.keys(this.entries).length > 0 ? this.entries : undefined;
  }
}
