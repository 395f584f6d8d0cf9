import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { classColor, levelTint, outlineColor, type ArcLevel } from '../../core/palette.js';
import type { SunburstArc } from '../../core/sunburst/model.js';

/** The custom property a page sets to recolour a 类: `--budget-class-201`. */
const classColorProperty = (classCode: string) => `--budget-class-${classCode}`;

/**
 * Reads CSS colours as #rrggbb, as the palette's contrast arithmetic needs: whatever a page
 * writes (`gold`, `hsl(…)`, `oklch(…)`, `#ffeb3b80`) is painted by a 1×1 canvas over `backdrop`,
 * so a translucent colour becomes the colour it shows on the chart's surface.
 */
class ColorReader {
  private readonly context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  private readonly cache = new Map<string, string | null>();

  /** `value` as #rrggbb over `backdrop` (itself #rrggbb), or null when it is no CSS colour. */
  toHex(value: string, backdrop = '#ffffff'): string | null {
    const key = `${value}\n${backdrop}`;
    if (!this.cache.has(key)) this.cache.set(key, this.paint(value.trim(), backdrop));
    return this.cache.get(key)!;
  }

  private paint(value: string, backdrop: string): string | null {
    const context = this.context;
    if (!context || !value || !CSS.supports('color', value)) return null;
    context.globalCompositeOperation = 'copy';
    context.fillStyle = backdrop;
    context.fillRect(0, 0, 1, 1);
    context.globalCompositeOperation = 'source-over';
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
  }
}

/**
 * The colour of each 类 in `classCodes`: the page's `--budget-class-<code>` where it sets a
 * colour, else the standard palette's. Read from the host's computed style, so a property set on
 * any ancestor (or in a stylesheet) counts.
 */
function readClassColors(style: CSSStyleDeclaration, classCodes: Iterable<string>, reader: ColorReader, surface: string): Map<string, string> {
  const colors = new Map<string, string>();
  for (const code of classCodes) {
    if (colors.has(code)) continue;
    colors.set(code, reader.toHex(style.getPropertyValue(classColorProperty(code)), surface) ?? classColor(code));
  }
  return colors;
}

/** How an arc is painted: its fill, and the outline it needs to stand out from the surface. */
export interface ArcPaint {
  fill: string;
  outline: string | null;
}

/**
 * The sunburst's colours as the page and theme make them: each arc's fill from the page's
 * `--budget-class-*` properties or the standard palette, and its outline where the fill is too
 * close to the surface behind the chart. Renders again when the reader's colour scheme changes,
 * since the surface follows it.
 */
export class ClassPaletteController implements ReactiveController {
  private readonly reader = new ColorReader();
  private readonly darkScheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly schemeChanged = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.darkScheme.addEventListener('change', this.schemeChanged);
  }

  hostDisconnected(): void {
    this.darkScheme.removeEventListener('change', this.schemeChanged);
  }

  /** The paint of each of `arcs`, read now: the theme or the page's properties may have changed since the last render. */
  paint(arcs: readonly SunburstArc[]): (arc: SunburstArc) => ArcPaint {
    const style = getComputedStyle(this.host);
    const surface = this.reader.toHex(style.getPropertyValue('--_budget-color-surface')) ?? '#ffffff';
    const bases = readClassColors(style, arcs.map((a) => a.code.slice(0, 3)), this.reader, surface);
    return (arc) => {
      const fill = levelTint(bases.get(arc.code.slice(0, 3))!, arc.kind === 'other' ? 'other' : (arc.level as ArcLevel));
      return { fill, outline: outlineColor(fill, surface) };
    };
  }
}
