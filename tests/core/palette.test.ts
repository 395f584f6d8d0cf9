import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BudgetInputError } from '../../src/core/errors.js';
import {
  classColor,
  contrastRatio,
  levelColor,
  levelTint,
  MIN_GRAPHIC_CONTRAST,
  outlineColor,
  readableTextColor,
  STANDARD_CLASS_CODES,
} from '../../src/core/palette.js';

const LEVELS = ['class', 'section', 'item', 'other'] as const;
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * CIE76 colour difference (Euclidean distance in CIELAB, D65). Crude, but enough to say "clearly
 * different": about 2.3 is just noticeable; we require 15 between any two 类, 30 between codes
 * next to each other and 50 between the four 类 most reports share.
 */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = rgb(hex).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * bl, (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883];
    const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
    return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe('contrastRatio and readableTextColor', () => {
  test('follow WCAG 2.x', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#fff', '#FFFFFF'), 1);
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrastRatio('#ffffff', '#767676'), contrastRatio('#767676', '#ffffff'));
    assert.equal(readableTextColor('#1f5fae'), '#ffffff');
    assert.equal(readableTextColor('#f0f0a0'), '#000000');
    assert.throws(() => contrastRatio('red', '#fff'), BudgetInputError);
    assert.throws(() => contrastRatio('#12345', '#fff'), BudgetInputError);
  });
});

describe('classColor', () => {
  test('covers the 30 standard 类 with distinct colours, each at least 3:1 on white', () => {
    assert.equal(STANDARD_CLASS_CODES.length, 30);
    assert.deepEqual(STANDARD_CLASS_CODES.filter((c) => ['218', '225', '226', '228'].includes(c)), []);
    const colors = STANDARD_CLASS_CODES.map(classColor);
    assert.equal(new Set(colors).size, 30);
    for (const [i, color] of colors.entries()) {
      assert.match(color, /^#[0-9a-f]{6}$/);
      assert.ok(contrastRatio(color, '#ffffff') >= 3, `${STANDARD_CLASS_CODES[i]} ${color}`);
      for (const other of colors.slice(i + 1)) assert.ok(deltaE(color, other) >= 15, `${color} ~ ${other}`);
      if (i > 0) assert.ok(deltaE(color, colors[i - 1]) >= 30, `${STANDARD_CLASS_CODES[i]} too close to the code before`);
    }
  });

  test('keeps 201, 208, 210 and 221 far apart', () => {
    const key = ['201', '208', '210', '221'].map(classColor);
    for (const [i, a] of key.entries()) for (const b of key.slice(i + 1)) assert.ok(deltaE(a, b) >= 50, `${a} ~ ${b}: ${deltaE(a, b)}`);
  });

  test('reads a 款 or 项 code by its 类', () => {
    assert.equal(classColor('20103'), classColor('201'));
    assert.equal(classColor('2210201'), classColor('221'));
  });

  test('gives unknown codes a deterministic table colour, different for consecutive codes', () => {
    const income = ['101', '102', '103', '104', '105', '106'].map(classColor);
    assert.deepEqual(income, ['101', '102', '103', '104', '105', '106'].map(classColor));
    assert.equal(new Set(income).size, income.length);
    for (const code of ['101', '218', '999', 'abc']) assert.ok(contrastRatio(classColor(code), '#ffffff') >= 3, code);
    assert.match(classColor(''), /^#[0-9a-f]{6}$/);
  });
});

describe('levelColor', () => {
  const luminanceOrder = (code: string) => LEVELS.slice(0, 3).map((level) => contrastRatio(levelColor(code, level), '#000000'));

  test('makes 款 and 项 progressively lighter tints of the 类 colour', () => {
    for (const code of STANDARD_CLASS_CODES) {
      assert.equal(levelColor(code, 'class'), classColor(code));
      const [c, s, i] = luminanceOrder(code);
      assert.ok(c < s && s < i, code);
    }
  });

  test('greys out "other" groups', () => {
    const chroma = (hex: string) => Math.max(...rgb(hex)) - Math.min(...rgb(hex));
    for (const code of STANDARD_CLASS_CODES) {
      assert.ok(chroma(levelColor(code, 'other')) < chroma(classColor(code)) / 2, code);
      assert.notEqual(levelColor(code, 'other'), levelColor(code, 'section'));
    }
  });

  test('every fill has black or white text of at least 4.5:1', () => {
    for (const code of [...STANDARD_CLASS_CODES, '101', '']) {
      for (const level of LEVELS) {
        const fill = levelColor(code, level);
        assert.ok(contrastRatio(fill, readableTextColor(fill)) >= 4.5, `${code} ${level} ${fill}`);
      }
    }
  });
});

describe('readableTextColor on any colour', () => {
  const hex = (r: number, g: number, b: number) => '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');

  test('gives at least 4.5:1 on every colour of a 52³ lattice of sRGB', () => {
    let worst = 21;
    for (let r = 0; r < 256; r += 5) for (let g = 0; g < 256; g += 5) for (let b = 0; b < 256; b += 5) {
      const fill = hex(r, g, b);
      worst = Math.min(worst, contrastRatio(fill, readableTextColor(fill)));
    }
    assert.ok(worst >= 4.5, `${worst}`);
  });

  test('gives at least 4.58:1 where black and white do equally well, the least any colour gets', () => {
    // Luminance √0.0525 − 0.05 ≈ 0.179, a mid grey: every grey from #000 to #fff, one of them the worst case.
    const greys = Array.from({ length: 256 }, (_, v) => hex(v, v, v));
    const worst = Math.min(...greys.map((grey) => contrastRatio(grey, readableTextColor(grey))));
    assert.ok(worst >= 4.58 && worst < 4.65, `${worst}`);
  });
});

const SURFACES = { light: '#ffffff', dark: '#0d1117' } as const;

describe('outlineColor', () => {
  test('is null for a fill that already stands out from the surface', () => {
    assert.equal(outlineColor('#1f5fae', SURFACES.light), null);
    assert.equal(outlineColor('#ffeb3b', SURFACES.dark), null);
  });

  test('gives a fill close to the surface an outline of its own hue with 3:1', () => {
    const outline = outlineColor('#ffeb3b', SURFACES.light)!;
    assert.ok(contrastRatio(outline, SURFACES.light) >= MIN_GRAPHIC_CONTRAST, outline);
    const [r, g, b] = rgb(outline);
    assert.ok(r > b && g > b, `${outline} stays yellow`);
    for (const surface of ['#ffffff', '#0d1117', '#777777', '#3a3a3a', '#ffeb3b']) {
      for (const fill of ['#ffffff', '#000000', surface, '#767676', '#17683f']) {
        const stroke = outlineColor(fill, surface) ?? fill;
        assert.ok(contrastRatio(stroke, surface) >= MIN_GRAPHIC_CONTRAST, `${fill} on ${surface}: ${stroke}`);
      }
    }
  });
});

describe('the standard palette in both themes', () => {
  for (const [theme, surface] of Object.entries(SURFACES)) {
    test(`every 类, 款, 项 and "other" fill stands out on the ${theme} surface, itself or by its outline, and carries 4.5:1 text`, () => {
      let outlined = 0;
      for (const code of [...STANDARD_CLASS_CODES, '101']) {
        for (const level of LEVELS) {
          const fill = levelColor(code, level);
          assert.ok(contrastRatio(fill, readableTextColor(fill)) >= 4.5, `${code} ${level} text`);
          const outline = outlineColor(fill, surface);
          if (outline) outlined++;
          assert.ok(contrastRatio(outline ?? fill, surface) >= MIN_GRAPHIC_CONTRAST, `${code} ${level} ${fill} on ${surface}`);
        }
      }
      // Not an assumption the code makes, a fact of this palette worth knowing when it changes.
      assert.ok(outlined > 0, `${theme}: some fills need an outline`);
    });
  }

  test("levelTint tints a page's own colour as the standard palette does", () => {
    for (const code of STANDARD_CLASS_CODES) for (const level of LEVELS) assert.equal(levelTint(classColor(code), level), levelColor(code, level));
    assert.equal(levelTint('#ffeb3b', 'class'), '#ffeb3b');
    assert.ok(contrastRatio(levelTint('#ffeb3b', 'item'), '#000000') > contrastRatio('#ffeb3b', '#000000'));
  });
});
