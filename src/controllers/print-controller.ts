import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PRINT_PATH = 'data-budget-print-path';
const PRINT_TARGET = 'data-budget-print-target';

/** Hides everything of the page but the printed element and its ancestors, in print media only. */
const PRINT_ONLY_CSS = `@media print {
  [${PRINT_PATH}] > :not([${PRINT_PATH}], [${PRINT_TARGET}]) { display: none !important; }
  [${PRINT_PATH}] { margin: 0 !important; padding: 0 !important; border: 0 !important; }
}`;

/**
 * Whether the page is being printed (the browser's print command, Ctrl+P or `print()`), so that an
 * element can show on paper what it hides on screen, such as its data table; and printing one
 * element alone.
 */
export class PrintController implements ReactiveController {
  private static readonly connected = new Set<PrintController>();
  printing = false;
  private readonly media = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    PrintController.connected.add(this);
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
    this.media?.addEventListener('change', this.onMediaChange);
    if (this.media?.matches) this.onBefore();
  }

  hostDisconnected(): void {
    PrintController.connected.delete(this);
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
    this.media?.removeEventListener('change', this.onMediaChange);
  }

  /**
   * Prints this element without the rest of the page. An element inside another budget-viz
   * element's shadow root prints the outermost one, the part of the page a style can reach.
   */
  async printAlone(): Promise<void> {
    let target: Element = this.host;
    while (target.getRootNode() instanceof ShadowRoot) target = (target.getRootNode() as ShadowRoot).host;
    const marked: Element[] = [];
    for (let node = target.parentElement; node; node = node.parentElement) {
      node.setAttribute(PRINT_PATH, '');
      marked.push(node);
    }
    target.setAttribute(PRINT_TARGET, '');
    // A constructed sheet, not a <style>: a strict CSP allows it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_ONLY_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const restore = () => {
      window.removeEventListener('afterprint', restore);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      target.removeAttribute(PRINT_TARGET);
      for (const node of marked) node.removeAttribute(PRINT_PATH);
    };
    window.addEventListener('afterprint', restore);
    // window.print() blocks script, so the print content must be drawn before it is called.
    for (const controller of PrintController.connected) controller.onBefore();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.print();
  }

  private readonly onMediaChange = (event: MediaQueryListEvent) => (event.matches ? this.onBefore() : this.onAfter());

  private readonly onBefore = () => {
    if (this.printing) return;
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly onAfter = () => {
    if (!this.printing) return;
    this.printing = false;
    this.host.requestUpdate();
  };
}
