import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findTerms, glossaryTerms, type TermMatch } from '../../src/core/glossary.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';

const text = readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8');
const reference = (): BudgetDocument => JSON.parse(text);
const terms = glossaryTerms(reference());

/** Each match as "term@matched text", so a failure shows what was found where. */
function shown(sentence: string, found: TermMatch[]): string[] {
  return found.map((m) => `${m.term}@${sentence.slice(m.start, m.end)}`);
}

test('the 12 terms in glossary order, quotes stripped into aliases', () => {
  assert.equal(terms.length, 12);
  assert.equal(terms[0].term, '基本支出');
  assert.deepEqual(terms[0].aliases, []);
  const threePublic = terms.find((t) => t.term === '“三公”经费');
  assert.ok(threePublic);
  assert.deepEqual(threePublic.aliases, ['三公经费', '"三公"经费']);
  assert.match(threePublic.definition, /^指省直部门用财政拨款安排/);
  assert.deepEqual(glossaryTerms({ ...reference(), glossary: undefined }), []);
});

test('terms are found in text order with their positions', () => {
  const sentence = '基本支出164.37万元，项目支出320.18万元，本部门无“三公”经费预算，机关运行经费15.43万元';
  const found = findTerms(sentence, terms);
  assert.deepEqual(shown(sentence, found), ['基本支出@基本支出', '项目支出@项目支出', '“三公”经费@“三公”经费', '机关运行经费@机关运行经费']);
  assert.deepEqual(found[0], { term: '基本支出', start: 0, end: 4 });
  assert.equal(found[2].start, sentence.indexOf('“三公”'));
});

test('a quote-free or straight-quoted spelling maps to the glossary term', () => {
  const sentence = '三公经费为0，"三公"经费预算为0';
  assert.deepEqual(shown(sentence, findTerms(sentence, terms)), ['“三公”经费@三公经费', '“三公”经费@"三公"经费']);
});

test('a term inside a longer term is not matched there, but is elsewhere', () => {
  const doc = reference();
  doc.glossary!.push({ term: '财政拨款收入', definition: '示例' });
  const withLonger = glossaryTerms(doc);
  const sentence = '财政拨款收入484.55万元，财政拨款484.55万元';
  assert.deepEqual(shown(sentence, findTerms(sentence, withLonger)), ['财政拨款收入@财政拨款收入', '财政拨款@财政拨款']);
  // Without the longer term the shorter one is found in both places.
  assert.deepEqual(shown(sentence, findTerms(sentence, terms)), ['财政拨款@财政拨款', '财政拨款@财政拨款']);
});

test('longest first applies across the whole text, not only from the left', () => {
  const list = [
    { term: '一般公共预算', aliases: [] },
    { term: '预算拨款收入', aliases: [] },
  ];
  const sentence = '一般公共预算拨款收入';
  // Equal lengths go by list order; the later-listed overlapping term is not matched.
  assert.deepEqual(shown(sentence, findTerms(sentence, list)), ['一般公共预算@一般公共预算']);
  const longer = [{ term: '一般公共预算', aliases: [] }, { term: '公共预算拨款收入', aliases: [] }];
  assert.deepEqual(shown(sentence, findTerms(sentence, longer)), ['公共预算拨款收入@公共预算拨款收入']);
});

test('repeated and adjacent occurrences are all returned; nothing found gives []', () => {
  const sentence = '单位资金单位资金，上年结转';
  assert.deepEqual(
    findTerms(sentence, terms).map((m) => [m.term, m.start, m.end]),
    [
      ['单位资金', 0, 4],
      ['单位资金', 4, 8],
      ['上年结转', 9, 13],
    ],
  );
  assert.deepEqual(findTerms('没有术语', terms), []);
  assert.deepEqual(findTerms('', terms), []);
  assert.deepEqual(findTerms('基本支出', [{ term: '', aliases: [''] }]), []);
});
