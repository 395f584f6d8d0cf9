import { expect } from '@open-wc/testing';
import { measuredFont } from '../../src/components/budget-sunburst/label-font.js';

const FAMILIES = ["system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif", 'serif', 'monospace'];

/** What the canvas gives for `text` in `family`, in ems. */
function canvasEms(text: string, family: string, weight = 'normal'): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${weight} 100px ${family}`;
  return context.measureText(text).width / 100;
}

describe('label fonts', () => {
  it('gives every CJK ideograph the width the browser draws it at, though only one of GBK’s is measured, and rarer ones on their own', () => {
    for (const family of FAMILIES) {
      for (const weight of ['normal', 'bold']) {
        const font = measuredFont(family, weight);
        for (const char of ['国', '鑫', '龘', '嬲', '一', '龥', '㐀', '䶵', '鿿', '𠀀']) {
          expect(font.charEms(char), `${char} in ${weight} ${family}`).to.be.closeTo(canvasEms(char, family, weight), 0.005);
        }
      }
    }
  });

  it('still measures every other character on its own: Latin, digits, punctuation, kana', () => {
    const family = FAMILIES[0]!;
    const font = measuredFont(family);
    for (const char of ['i', 'W', '1', '…', '（', 'あ', 'A']) expect(font.charEms(char), char).to.be.closeTo(canvasEms(char, family), 0.005);
    expect(font.charEms('i')).to.be.below(font.charEms('W'));
  });
});
