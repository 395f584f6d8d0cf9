/**
 * The rounding arithmetic of the reconciliation rules: rounding differences are never errors,
 * and errors larger than rounding never pass as rounding. Checked on hand-picked cases and on
 * many generated ones (a fixed-seed generator, so failures reproduce).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { D, type Dec } from '../../src/core/decimal.js';
import { seededRandom } from '../../src/core/sunburst/synthetic.js';
import {
  amountRounding,
  decimalsOf,
  halfUnit,
  judge,
  judgeAmount,
  judgePercent,
  judgeSum,
  operand,
  percentInterval,
} from '../../src/core/check/tolerance.js';

/** Deterministic pseudo-random integers (mulberry32), so generated cases are the same on every run. */
function generator(seed: number): (max: number) => number {
  let a = seed >>> 0;
  return (max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % max;
  };
}

/** A value printed as a report would: rounded half-up to `decimals`, trailing zeros kept. */
const print = (value: Dec, decimals = 2): string => value.toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed(decimals);

describe('precision of printed figures', () => {
  test('decimals as printed, half a unit of the last one', () => {
    assert.deepEqual(['15.43', '15', '0.5', '536438.88', '0'].map(decimalsOf), [2, 0, 1, 2, 0]);
    assert.equal(halfUnit(2).toString(), '0.005');
    assert.equal(halfUnit(0).toString(), '0.5');
  });

  test('万元 figures carry half a unit; 元 figures and blank "0" cells are exact; "0.00" is a rounding', () => {
    assert.equal(amountRounding('15.43', '万元').toString(), '0.005');
    assert.equal(amountRounding('15', '万元', 2).toString(), '0.005', 'a figure that dropped its trailing zeros has the table’s precision');
    assert.equal(amountRounding('94995790', '元').toString(), '0');
    assert.equal(amountRounding('536438.88', '元').toString(), '0');
    assert.equal(amountRounding('0', '万元').toString(), '0');
    assert.equal(amountRounding('0.00', '万元').toString(), '0.005');
  });

  test('judge: 0 → none, within tolerance (inclusive) → rounding, beyond → error', () => {
    assert.equal(judge(new D(0), new D('0.015')), null);
    assert.equal(judge(new D('0.015'), new D('0.015')), 'rounding');
    assert.equal(judge(new D('-0.016'), new D('0.015')), 'error');
  });
});

describe('judgeSum: a stated total against its stated parts', () => {
  test('sums that agree, found on the digits, judge exactly as decimal arithmetic does (seeded property test)', () => {
    const random = seededRandom(7);
    const figure = () => {
      const decimals = Math.floor(random() * 4);
      const text = (Math.floor(random() * 10 ** (2 + Math.floor(random() * 8))) / 10 ** decimals).toFixed(decimals);
      return text;
    };
    for (let i = 0; i < 500; i++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, figure);
      const exactSum = parts.reduce((sum, p) => sum.plus(p), new D(0));
      // Half the totals are the exact sum (printed with 0–2 extra zeros), half are off by a little.
      const total = i % 2 === 0 ? exactSum.toFixed(exactSum.decimalPlaces() + (i % 3)) : exactSum.plus(new D(1).div(10 ** (i % 4))).toFixed();
      for (const unit of ['万元', '元'] as const) {
        const j = judgeSum(total, parts, unit);
        const difference = new D(total).minus(exactSum);
        assert.equal(j.difference.toString(), difference.toString(), `${total} vs ${parts.join('+')}`);
        assert.equal(j.sum.eq(exactSum), true);
        assert.equal(j.severity, difference.isZero() ? null : difference.abs().lte(j.tolerance) ? 'rounding' : 'error');
      }
    }
  });

  test('equal → no finding', () => {
    const j = judgeSum('484.55', ['438.89', '23.88', '7.34', '14.44'], '万元');
    assert.equal(j.severity, null);
    assert.equal(j.difference.toString(), '0');
  });

  test('tolerance is (n + 1) × 0.5×10^-d', () => {
    assert.equal(judgeSum('1.00', ['0.50', '0.50'], '万元').tolerance.toString(), '0.015');
    const twelve = judgeSum('15.43', ['1.46', '0.02', '0.10', '0.70', '3.16', '0.47', '0.94', '0.75', '1.64', '1.31', '4.50', '0.37'], '万元');
    assert.equal(twelve.tolerance.toString(), '0.065');
    assert.equal(twelve.sum.toString(), '15.42');
    assert.equal(twelve.severity, 'rounding', 'the reference report’s 商品和服务支出');
  });

  test('a 0.01 difference over 2 parts at 2 decimals is rounding; 0.02 is an error', () => {
    const one = judgeSum('1.01', ['0.50', '0.50'], '万元');
    assert.deepEqual([one.severity, one.difference.toString()], ['rounding', '0.01']);
    const two = judgeSum('1.02', ['0.50', '0.50'], '万元');
    assert.deepEqual([two.severity, two.difference.toString()], ['error', '0.02']);
    assert.equal(judgeSum('0.98', ['0.50', '0.50'], '万元').severity, 'error', 'in both directions');
  });

  test('blank parts add no tolerance; a part printed "0.00" does', () => {
    assert.equal(judgeSum('1.00', ['1.00', '0', '0', '0'], '万元').tolerance.toString(), '0.01');
    assert.equal(judgeSum('1.00', ['1.00', '0.00'], '万元').tolerance.toString(), '0.015');
  });

  test('the table’s precision applies to a figure printed without its trailing zeros', () => {
    // 表9 of the 2025 Wanli report prints 购置费 as "15" beside "21.56".
    assert.equal(judgeSum('36.56', ['15', '21.56'], '万元').tolerance.toString(), '0.015');
  });

  test('in 元 a one-yuan difference is an error (2025 Wanli 212 01)', () => {
    const j = judgeSum('94995790', ['77381546', '17614243'], '元');
    assert.deepEqual([j.severity, j.difference.toString(), j.tolerance.toString()], ['error', '1', '0']);
  });

  test('generated: totals of correctly rounded parts are never errors', () => {
    const next = generator(1);
    let rounding = 0;
    for (let n = 0; n < 2000; n++) {
      const count = 1 + next(30);
      // True amounts in 元 with 分, printed in 万元 with 2 decimals, as a report prints them.
      const truths = Array.from({ length: count }, () => new D(next(100_000_000)).div(100).div(10_000));
      const total = truths.reduce((a, b) => a.plus(b), new D(0));
      const j = judgeSum(print(total), truths.map((t) => print(t)), '万元');
      assert.notEqual(j.severity, 'error', `${print(total)} vs ${truths.map((t) => print(t)).join(' + ')}`);
      if (j.severity === 'rounding') rounding++;
    }
    assert.ok(rounding > 100, `rounding differences do occur (${rounding})`);
  });

  test('generated: an error larger than the tolerance is never passed as rounding', () => {
    const next = generator(2);
    for (let n = 0; n < 2000; n++) {
      const count = 1 + next(30);
      const parts = Array.from({ length: count }, () => print(new D(next(10_000_000)).div(100)));
      const sum = parts.reduce((a, b) => a.plus(b), new D(0));
      const tolerance = new D(count + 1).times('0.005');
      // Off by one more cent than the tolerance, either way.
      const off = tolerance.toDecimalPlaces(2, D.ROUND_FLOOR).plus('0.01').times(next(2) === 0 ? 1 : -1);
      const total = sum.plus(off);
      if (total.isNeg()) continue;
      const j = judgeSum(total.toFixed(2), parts, '万元');
      assert.equal(j.severity, 'error', `${total.toFixed(2)} vs Σ ${sum.toFixed(2)} (${count} parts)`);
    }
  });
});

describe('judgeAmount: one amount printed in two units', () => {
  test('a 万元 figure equal to the exact half-up rounding of the 元 amount → no finding', () => {
    assert.equal(judgeAmount('220.63', '万元', '2206272', '元').severity, null);
    assert.equal(judgeAmount('53.64', '万元', '536438.88', '元').severity, null);
    assert.equal(judgeAmount('0.42', '万元', '4160', '元').severity, null);
  });

  test('truncated instead of rounded → rounding; off by more → error', () => {
    const truncated = judgeAmount('220.62', '万元', '2206272', '元');
    assert.deepEqual([truncated.severity, truncated.expected.toString(), truncated.exact.toString()], ['rounding', '220.63', '220.6272']);
    assert.equal(judgeAmount('220.64', '万元', '2206272', '元').severity, 'error');
    assert.equal(judgeAmount('441.25', '万元', '2206272', '元').severity, 'error', '2023 Wanli statement 16');
  });

  test('less precise statements are compared at their own precision', () => {
    assert.equal(judgeAmount('60', '万元', '600000', '元').severity, null);
    assert.equal(judgeAmount('15', '万元', '15.00', '万元').severity, null);
  });

  test('an exact 元 statement of a 万元 figure may differ by the figure’s rounding only', () => {
    assert.equal(judgeAmount('600040', '元', '60.00', '万元').severity, 'rounding');
    assert.equal(judgeAmount('600050', '元', '60.00', '万元').severity, 'rounding');
    assert.equal(judgeAmount('600051', '元', '60.00', '万元').severity, 'error');
  });

  test('generated: half-up and truncated conversions are never errors; 0.02万元 off always is', () => {
    const next = generator(3);
    for (let n = 0; n < 3000; n++) {
      const yuan = new D(next(2_000_000_000)).div(next(2) === 0 ? 1 : 100);
      const wan = yuan.div(10_000);
      const text = yuan.toString();
      assert.equal(judgeAmount(print(wan), '万元', text, '元').severity, null, text);
      assert.notEqual(judgeAmount(wan.toDecimalPlaces(2, D.ROUND_DOWN).toFixed(2), '万元', text, '元').severity, 'error', text);
      const wrong = wan.toDecimalPlaces(2, D.ROUND_HALF_UP).plus(next(2) === 0 ? '0.02' : '-0.02');
      if (!wrong.isNeg()) assert.equal(judgeAmount(wrong.toFixed(2), '万元', text, '元').severity, 'error', `${wrong.toFixed(2)} for ${text}`);
    }
  });
});

describe('judgePercent: a stated percentage against the figures it is computed from', () => {
  test('机关运行经费 of the reference report: 0.56 / 14.87 is 3.7659…%, so 3.77; the printed 3.76 is within rounding', () => {
    const j = judgePercent('3.76', operand('0.56', '万元'), operand('14.87', '万元'))!;
    assert.equal(j.severity, 'rounding');
    assert.equal(j.expected.toString(), '3.77');
    assert.equal(percentInterval(j, 2), '[3.73, 3.81]');
    assert.equal(judgePercent('3.77', operand('0.56', '万元'), operand('14.87', '万元'))!.severity, null);
    assert.equal(judgePercent('3.90', operand('0.56', '万元'), operand('14.87', '万元'))!.severity, 'error');
  });

  test('2023 Wanli: 45.41 on 11.67 is +289.12%, the stated 314.82% is an error', () => {
    const numerator = { value: new D('33.74'), rounding: new D('0.01') };
    const j = judgePercent('314.82', numerator, operand('11.67', '万元'))!;
    assert.equal(j.severity, 'error');
    assert.equal(j.expected.toString(), '289.12');
    assert.equal(judgePercent('289.12', numerator, operand('11.67', '万元'))!.severity, null);
  });

  test('stated with fewer decimals, judged at its own', () => {
    assert.equal(judgePercent('15.5', operand('65.01', '万元'), operand('419.54', '万元'))!.severity, null);
    assert.equal(judgePercent('100', operand('320.18', '万元'), operand('320.18', '万元'))!.severity, null);
    assert.equal(judgePercent('0', operand('0', '万元'), operand('484.55', '万元'))!.severity, null);
  });

  test('exact operands: truncation is rounding, anything else an error', () => {
    const exact = (text: string) => operand(text, '元');
    assert.equal(judgePercent('33.33', exact('1'), exact('3'))!.severity, null);
    assert.equal(judgePercent('66.66', exact('2'), exact('3'))!.severity, 'rounding');
    assert.equal(judgePercent('66.65', exact('2'), exact('3'))!.severity, 'error');
  });

  test('no percentage of nothing', () => {
    assert.equal(judgePercent('100.00', operand('60.13', '万元'), operand('0', '万元')), null);
  });

  test('generated: percentages of true amounts are never errors against the printed amounts', () => {
    const next = generator(4);
    let rounding = 0;
    for (let n = 0; n < 3000; n++) {
      const whole = new D(1 + next(100_000_000)).div(100);
      const part = new D(next(100_000_000)).div(100).times(whole).div(1_000_000).toDecimalPlaces(2);
      const truePercent = part.div(whole).times(100);
      for (const stated of [print(truePercent), truePercent.toDecimalPlaces(2, D.ROUND_DOWN).toFixed(2)]) {
        const j = judgePercent(stated, operand(print(part.div(10_000), 4), '万元'), operand(print(whole.div(10_000), 4), '万元'));
        if (j === null) continue;
        assert.notEqual(j.severity, 'error', `${stated}% of ${whole}`);
        if (j.severity === 'rounding') rounding++;
      }
    }
    assert.ok(rounding > 0);
  });

  test('generated: a percentage one point off is an error when the whole is at least 10', () => {
    const next = generator(5);
    for (let n = 0; n < 3000; n++) {
      const whole = new D(1000 + next(10_000_000)).div(100);
      const part = new D(next(1 + Number(whole.times(100).toFixed(0)))).div(100);
      const expected = part.div(whole).times(100).toDecimalPlaces(2, D.ROUND_HALF_UP);
      const stated = expected.plus(next(2) === 0 ? 1 : -1);
      if (stated.isNeg()) continue;
      const j = judgePercent(stated.toFixed(2), operand(part.toFixed(2), '万元'), operand(whole.toFixed(2), '万元'))!;
      assert.equal(j.severity, 'error', `${stated.toFixed(2)}% for ${part.toFixed(2)} / ${whole.toFixed(2)}`);
    }
  });
});
