import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DataTableSpec } from '../core/data-table.js';
import type { Lang } from '../core/format.js';
import type { BudgetDocument } from '../core/schema/budget-types.generated.js';

/** What a view can be exported as: an image, a vector image, its main table, all its tables. */
export const EXPORT_FORMATS = ['png', 'svg', 'csv', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `detail` of `budget-export`: what was downloaded, under which name. */
export interface BudgetExportDetail {
  format: ExportFormat;
  fileName: string;
}

/**
 * What exported files say about the view, as facts: the export code, loaded on first use, words
 * them (the image's title and source line, the file names).
 */
export interface ExportSubject {
  department: string;
  year: number;
  kind: BudgetDocument['meta']['kind'];
  /** The report's title as published: "汾阳市信访局2024年部门预算公开报告". */
  report: string;
  /** The view's name: "支出功能分类". */
  view: string;
  /** The part of the document in view after a zoom or a choice: "201 一般公共服务支出". */
  focus?: string;
  /** The unit of the amounts as the view states it: "单位：万元". */
  unitNote: string;
  /** Ids of the tables the figures come from: ["表3"]. */
  tables: string[];
  lang: Lang;
  /** The element's surface and text colours now, for the frame of a chart built apart from the page. */
  colours: { background: string; ink: string };
}

/** What the export controller asks of its element. */
export interface ExportSource {
  /** Settles when the view is drawn and its tables are ready to be read. */
  settled(): Promise<unknown>;
  /** True when the view has something to export: the menu button shows. */
  available(): boolean;
  /** The menu's items, in order: asked when the menu opens, since a view may build its tables to know. */
  formats(): readonly ExportFormat[];
  /** The chart as an SVG to frame, or undefined for a view without one. */
  chart(): Promise<SVGSVGElement | undefined>;
  /** The view's data tables, the main one first. */
  tables(): DataTableSpec[];
  subject(): ExportSubject;
  /** Announces a download (`budget-export`). */
  exported(detail: BudgetExportDetail): void;
  /** Tells the reader that an export chosen from the menu failed: a menu item must not do nothing. */
  failed(format: ExportFormat): void;
}

export interface ExportLabels {
  button: string;
  formats: Record<ExportFormat, string>;
}

type ViewFiles = typeof import('../export/view-files.js');

/** The export code, fetched the first time a view is exported; a failed fetch is tried again next time. */
let viewFiles: Promise<ViewFiles> | undefined;
function loadViewFiles(): Promise<ViewFiles> {
  viewFiles ??= import('../export/view-files.js').catch((error: unknown) => {
    viewFiles = undefined;
    throw error;
  });
  return viewFiles;
}

/**
 * Export of a view as PNG, SVG and CSV, by method (`toSVG()`…) and from a menu button that follows
 * the ARIA menu button pattern (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/). The code
 * that writes the files loads on first use, so a page that never exports never downloads it.
 */
export class ExportController implements ReactiveController {
  /** True while the menu is open. */
  private open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  async svg(): Promise<string> {
    const [files, chart] = await Promise.all([loadViewFiles(), this.chart()]);
    return files.svgFile(chart, this.source.subject()).text;
  }

  async png(scale = 2): Promise<Blob> {
    const [files, chart] = await Promise.all([loadViewFiles(), this.chart()]);
    return files.pngFile(chart, this.source.subject(), scale);
  }

  async csv(): Promise<string> {
    const [files] = await Promise.all([loadViewFiles(), this.source.settled()]);
    return files.csvText(this.mainTable(), this.source.subject().lang);
  }

  async archive(): Promise<Blob> {
    const [files] = await Promise.all([loadViewFiles(), this.source.settled()]);
    const tables = this.source.tables();
    if (tables.length === 0) throw new Error(`<${this.host.localName}> has no data table to export`);
    return files.csvArchive(tables, this.source.subject());
  }

  /** Writes the view in `format` and downloads it, then announces it. */
  async download(format: ExportFormat): Promise<void> {
    const [files, blob] = await Promise.all([loadViewFiles(), this.blobOf(format)]);
    // Each format's name is its file's extension.
    const fileName = files.fileNameOf(this.source.subject(), format);
    files.download(blob, fileName);
    this.source.exported({ format, fileName });
  }

  private async blobOf(format: ExportFormat): Promise<Blob> {
    switch (format) {
      case 'png':
        return this.png();
      case 'svg':
        return new Blob([await this.svg()], { type: 'image/svg+xml;charset=utf-8' });
      case 'csv':
        return new Blob([await this.csv()], { type: 'text/csv;charset=utf-8' });
      case 'zip':
        return this.archive();
    }
  }

  private async chart(): Promise<SVGSVGElement> {
    await this.source.settled();
    const chart = await this.source.chart();
    if (!chart) throw new Error(`<${this.host.localName}> has no chart to export as an image; toCSV() exports its data`);
    return chart;
  }

  private mainTable(): DataTableSpec {
    const table = this.source.tables()[0];
    if (!table) throw new Error(`<${this.host.localName}> has no data table to export`);
    return table;
  }

  /** The menu button and its menu, or nothing when the view has nothing to export. Items are drawn while the menu is open. */
  render(labels: ExportLabels): TemplateResult | typeof nothing {
    if (!this.source.available()) return nothing;
    const formats = this.open ? this.source.formats() : [];
    return html`<div class="export">
      <button
        id="export-button"
        part="export-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="export-menu"
        @click=${this.handleButtonClick}
        @keydown=${this.handleButtonKeyDown}
      >
        ${labels.button}
      </button>
      <div id="export-menu" part="export-menu" class="export-menu" role="menu" aria-labelledby="export-button" ?hidden=${!this.open} @keydown=${this.handleMenuKeyDown}>
        ${formats.map(
          (format) => html`<button role="menuitem" tabindex="-1" data-format=${format} @click=${() => this.choose(format)}>${labels.formats[format]}</button>`,
        )}
      </div>
    </div>`;
  }

  private get button(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#export-button');
  }

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('#export-menu [role="menuitem"]')];
  }

  /** Opens the menu and moves focus to its first (or last) item. */
  private async openAt(which: 'first' | 'last'): Promise<void> {
    if (!this.open) {
      this.open = true;
      document.addEventListener('pointerdown', this.handleOutsidePointer, true);
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    const items = this.items();
    items[which === 'first' ? 0 : items.length - 1]?.focus();
  }

  /** Closes the menu; `refocus` returns focus to the button (Escape, a choice), a click elsewhere keeps it where it went. */
  private close(refocus: boolean): void {
    if (this.open) {
      this.open = false;
      document.removeEventListener('pointerdown', this.handleOutsidePointer, true);
      this.host.requestUpdate();
    }
    if (refocus) this.button?.focus();
  }

  private choose(format: ExportFormat): void {
    this.close(true);
    this.download(format).catch((error: unknown) => {
      console.error(`budget-viz: the ${format} export of <${this.host.localName}> failed`, error);
      this.source.failed(format);
    });
  }

  /** Click (and Enter or Space, which click a button) toggles the menu; opening focuses the first item. */
  private readonly handleButtonClick = (): void => {
    if (this.open) this.close(false);
    else void this.openAt('first');
  };

  /** Down Arrow opens the menu on its first item, Up Arrow on its last. */
  private readonly handleButtonKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void this.openAt(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  /**
   * In the menu: Down and Up Arrow move to the next and previous item, wrapping; Home and End to
   * the first and last; Escape closes it and returns focus to the button; Tab and Shift+Tab close
   * it and move on to the control after or before the button.
   */
  private readonly handleMenuKeyDown = (event: KeyboardEvent): void => {
    const items = this.items();
    const at = items.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      items[moves[event.key]]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    } else if (event.key === 'Tab') {
      // Focus goes back to the button first, so that Tab's own move, which follows, goes on from
      // there to the next control (Shift+Tab to the previous) rather than from an item the
      // closing menu removes.
      this.close(true);
    }
  };

  /** A press outside the button and menu closes the menu (capture phase: before the press acts). */
  private readonly handleOutsidePointer = (event: PointerEvent): void => {
    const wrapper = this.host.renderRoot.querySelector('.export');
    if (wrapper && !event.composedPath().includes(wrapper)) this.close(false);
  };
}
