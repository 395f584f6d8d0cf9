import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BudgetInputError } from '../../src/core/errors.js';
import { classColor, contrastRatio, levelColor, readableTextColor, STANDARD_CLASS_CODES } from '../../src/core/palette.js';

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
