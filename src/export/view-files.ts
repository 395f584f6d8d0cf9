/**
 * The files a view exports, loaded only when a reader or a script asks for one (dynamic
 * `import()` from the export controller): image framing, PNG encoding, CSV, ZIP and the download
 * itself stay out of every element's bundle.
 */
import { toCsv } from '../core/export/csv.js';
import { exportFileName, uniqueFileNames } from '../core/export/file-name.js';
import { dataTableCsv } from '../core/export/table-csv.js';
import { zip } from '../core/export/zip.js';
import type { ExportSubject } from '../controllers/export-controller.js';
import type { DataTableSpec } from '../core/data-table.js';
import type { Lang } from '../core/format.js';
import { EXPORT_MESSAGES } from '../i18n/export-messages.js';
import { framedSvg, svgToPng, type ExportedSvg, type ImageFrame } from './image.js';

/** The title, subtitle and source line around an exported chart. */
function imageFrame(subject: ExportSubject): ImageFrame {
  const t = EXPORT_MESSAGES[subject.lang];
  return {
    title: t.title(subject.department, subject.year, subject.kind, subject.view),
    subtitle: [subject.focus, subject.unitNote].filter(Boolean).join(' · '),
    source: t.source(subject.report, subject.tables),
    lang: subject.lang,
    colours: subject.colours,
  };
}

const fileParts = (subject: ExportSubject) => [subject.department, String(subject.year), subject.view, subject.focus ?? ''];

/** "汾阳市信访局-2024-支出功能分类.png": department, year, view and zoom. */
export function fileNameOf(subject: ExportSubject, extension: string): string {
  return exportFileName(fileParts(subject), extension);
}

export function svgFile(chart: SVGSVGElement, subject: ExportSubject): ExportedSvg {
  return framedSvg(chart, imageFrame(subject));
}

export function pngFile(chart: SVGSVGElement, subject: ExportSubject, scale: number): Promise<Blob> {
  return svgToPng(framedSvg(chart, imageFrame(subject)), scale);
}

export function csvText(table: DataTableSpec, lang: Lang): string {
  return toCsv(dataTableCsv(table, lang));
}

/** Every table as its own CSV file, named after the view and the table's caption, in one ZIP. */
export function csvArchive(tables: readonly DataTableSpec[], subject: ExportSubject): Blob {
  const encoder = new TextEncoder();
  const names = uniqueFileNames(tables.map((table) => exportFileName([...fileParts(subject), table.caption], 'csv')));
  const archive = zip(tables.map((table, i) => ({ name: names[i], data: encoder.encode(csvText(table, subject.lang)) })));
  return new Blob([archive], { type: 'application/zip' });
}

/**
 * Saves `blob` as `fileName` through a temporary `<a download>`: the one way that works in every
 * browser without a dialog of our own. The anchor is never attached to the page, and the object
 * URL is revoked once the browser has started the download.
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
