export { importReportText, ImportError, type ImportOptions, type ImportResult } from './document.js';
export type { ImportWarning } from './context.js';
export { normaliseText, type SourceLine } from './lines.js';
export { parseAmountToken, isAmountToken } from './numbers.js';
