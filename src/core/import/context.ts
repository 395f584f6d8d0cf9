import type { SourceLine } from './lines.js';

/** Something the importer could not place, with the line of the input it comes from. */
export interface ImportWarning {
  line: number;
  text: string;
  message: { zh: string; en: string };
}

/** Collects warnings and counts the figures read. */
export class ImportContext {
  readonly warnings: ImportWarning[] = [];
  figures = 0;

  warn(line: SourceLine | number | undefined, zh: string, en: string, text?: string): void {
    const no = typeof line === 'number' ? line : line?.no ?? 0;
    const shown = text ?? (typeof line === 'object' && line ? line.text.trim() : '');
    this.warnings.push({ line: no, text: shown.slice(0, 160), message: { zh, en } });
  }
}
