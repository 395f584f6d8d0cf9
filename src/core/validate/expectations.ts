import type { Bilingual } from './issue.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../decimal.js';

/** What a value of each named schema definition must look like, said for a person. */
export const DEFINITION_EXPECTATIONS: Readonly<Record<string, Bilingual>> = {
  Money: {
    zh: '非负金额的十进制字符串，如 "484.55"（不接受数字类型、负数、科学计数法、千分位或其他字符）',
    en: 'a non-negative amount as a decimal string such as "484.55" (no JSON number, sign, exponent, thousands separator or other characters)',
  },
  Percent: {
    zh: '百分比的十进制字符串，如 "15.50"',
    en: 'a percentage as a decimal string such as "15.50"',
  },
  SubjectCode: {
    zh: '3 位（类）、5 位（款）或 7 位（项）数字的功能分类科目编码，如 "2010301"',
    en: 'a functional-classification subject code of 3 (类), 5 (款) or 7 (项) digits, such as "2010301"',
  },
  EconomicCode: {
    zh: '3 位（类）或 5 位（款）数字的支出经济分类科目编码，部门预算经济分类以 3 开头、政府预算经济分类以 5 开头，如 "30101"',
    en: 'an economic classification code of 3 (类) or 5 (款) digits, starting with 3 (部门预算经济分类) or 5 (政府预算经济分类), such as "30101"',
  },
  MoneyUnit: { zh: '金额单位 "元"、"万元" 或 "亿元"', en: 'a money unit: "元", "万元" or "亿元"' },
};

const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  string: { zh: '字符串', en: 'a string' },
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值', en: 'a boolean' },
};

export function typeExpectation(type: string, definition?: string): Bilingual {
  return (definition ? DEFINITION_EXPECTATIONS[definition] : undefined) ?? TYPE_NAMES[type] ?? { zh: type, en: type };
}

export function oneOfExpectation(values: readonly unknown[]): Bilingual {
  const list = values.map((v) => JSON.stringify(v));
  return { zh: `以下之一：${list.join('、')}`, en: `one of ${list.join(', ')}` };
}

export const DECIMAL_DIGITS: Bilingual = {
  zh: `整数部分不超过 ${MAX_INTEGER_DIGITS} 位、小数部分不超过 ${MAX_FRACTION_DIGITS} 位的十进制数`,
  en: `a decimal of at most ${MAX_INTEGER_DIGITS} digits before the point and ${MAX_FRACTION_DIGITS} after`,
};

export const NEGATIVE_AMOUNT: Bilingual = {
  zh: '非负金额（此处不能为负数）',
  en: 'a non-negative amount (this amount cannot be negative)',
};

export const AMOUNT_AS_STRING: Bilingual = {
  zh: '以十进制字符串表示的金额，如 "484.55"（JSON 数字无法精确表示金额）',
  en: 'the amount as a decimal string such as "484.55" (a JSON number cannot hold an amount exactly)',
};
