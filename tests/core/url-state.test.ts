import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readUrlState, writeUrlState } from '../../src/core/url-state.js';

const KEYS = ['selected', 'unit', 'lang'];

test('reads the keys of one element, percent-decoded, and nothing else', () => {
  assert.deepEqual(readUrlState('#selected=20103&unit=%E5%85%83&other=1', '', KEYS), { selected: '20103', unit: '元' });
  assert.deepEqual(readUrlState('#where.selected=201&selected=208', 'where', KEYS), { selected: '201' });
  assert.deepEqual(readUrlState('', '', KEYS), {});
  assert.deepEqual(readUrlState('#', '', KEYS), {});
});

test('a key given twice takes its last value; broken encoding and anchors are ignored', () => {
  assert.deepEqual(readUrlState('#selected=201&selected=208', '', KEYS), { selected: '208' });
  assert.deepEqual(readUrlState('#contents&selected=%E0%A4%A&unit=万元', '', KEYS), { unit: '万元' });
  assert.deepEqual(readUrlState('#=201&selected', '', KEYS), {});
});

test('writes its own pairs, keeps anchors and other elements\' pairs in place, removes empty values', () => {
  assert.equal(writeUrlState('', '', KEYS, { selected: '20103', unit: '元' }), '#selected=20103&unit=%E5%85%83');
  assert.equal(writeUrlState('#contents&split.level=item&selected=201', '', KEYS, { selected: '208' }), '#contents&split.level=item&selected=208');
  assert.equal(writeUrlState('#selected=201&unit=元', '', KEYS, { selected: '', unit: undefined }), '');
  assert.equal(writeUrlState('#selected=201', 'where', KEYS, { selected: '208' }), '#selected=201&where.selected=208');
});

test('what is written reads back the same, whatever the text', () => {
  const values = ['<img src=x onerror=alert(1)>', 'a&b=c#d', '100%', ' 空格 ', '+plus+'];
  for (const selected of values) {
    const hash = writeUrlState('#x=1', 'p', KEYS, { selected });
    assert.doesNotMatch(hash.slice(1), /[#<> ]/, hash);
    assert.deepEqual(readUrlState(hash, 'p', KEYS), { selected });
  }
});

test('a pair already there is replaced where it stands, so a link keeps its order', () => {
  assert.equal(writeUrlState('#unit=元&where.selected=1&selected=201', '', KEYS, { selected: '208', unit: '元' }), '#unit=%E5%85%83&where.selected=1&selected=208');
  assert.equal(writeUrlState('#selected=201&selected=202', '', KEYS, { selected: '208' }), '#selected=208');
});
