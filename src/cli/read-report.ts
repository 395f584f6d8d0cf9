/**
 * Reading one report and saying why it failed, shared by `import <report>` and the workers of
 * `import <folder>`, so that a file gives the same document and the same error either way.
 */
import { ImportError } from '../core/import/index.js';
import type { Bilingual } from '../core/validate/index.js';
import { extractPdfText, PdfReadError, type PdfBudget } from './pdf-budget.js';
import { decodeReportText, TextEncodingError, type TextEncodingName } from './text-input.js';

export interface ReportText {
  text: string;
  /** The encoding of a text file (a PDF has none). */
  encoding?: TextEncodingName;
  /** Characters of a text file that could not be decoded. */
  replaced?: number;
}

/** The text of a report's bytes: a PDF through pdfjs-dist within `budget`, anything else as text. */
export async function readReport(bytes: Uint8Array, progress: (message: string) => void, budget: PdfBudget): Promise<ReportText> {
  // A copy of its own: a Buffer may be a view of a shared pool, which the PDF worker must not be given.
  if (isPdf(bytes)) return { text: await extractPdfText(new Uint8Array(bytes), progress, budget) };
  return decodeReportText(bytes);
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(5, bytes.byteLength)).toString('latin1') === '%PDF-';
}

/** Why a report's bytes could not be read (readReport rejected, or the file could not be opened). */
export function readFailure(error: unknown): Bilingual {
  if (error instanceof PdfReadError || error instanceof TextEncodingError) return { zh: error.messageZh, en: error.message };
  const detail = (error as Error).message;
  return { zh: `无法读取 (${detail})`, en: `cannot read (${detail})` };
}

/** Why a report's text could not be imported (importReportText threw). */
export function importFailure(error: unknown): Bilingual {
  const zh = error instanceof ImportError ? error.messageZh : (error as Error).message;
  const en = error instanceof ImportError ? error.message : (error as Error).message;
  return { zh: `无法导入: ${zh}`, en: `cannot import: ${en}` };
}
