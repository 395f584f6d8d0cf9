import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figureLabelEn, sourceIn, tableIdsEn, tableNameEn } from '../../src/core/table-name.js';

test('table ids read as English table names', () => {
  assert.equal(tableNameEn('表1'), 'Table 1');
  assert.equal(tableNameEn('表3-1'), 'Table 3-1');
  assert.equal(tableNameEn('表十'), 'Table 10');
  assert.equal(tableNameEn('表十二'), 'Table 12');
  assert.equal(tableNameEn('表二十一'), 'Table 21');
  assert.equal(tableNameEn('表三-二'), 'Table 3-2');
  assert.equal(tableNameEn(' 表 12 '), 'Table 12');
});

test('anything else stays as published', () => {
  assert.equal(tableNameEn('2024年部门预算公开表'), '2024年部门预算公开表');
  assert.equal(tableNameEn('表'), '表');
  assert.equal(tableNameEn('表格1'), '表格1');
  assert.equal(tableNameEn(''), '');
});

test('table ids inside a text', () => {
  assert.equal(tableIdsEn('表12 合计'), 'Table 12 合计');
  assert.equal(tableIdsEn('2100717 in 表3 is'), '2100717 in Table 3 is');
});

test('a figure source in one language', () => {
  assert.equal(sourceIn('由说明推算 / derived from operating-expenses', 'en'), 'derived from operating-expenses');
  assert.equal(sourceIn('由说明推算 / derived from operating-expenses', 'zh-CN'), '由说明推算');
  assert.equal(sourceIn('表3、表5', 'en'), 'Table 3、Table 5');
  assert.equal(sourceIn('表3', 'zh-CN'), '表3');
});

test('a figure label in English', () => {
  assert.equal(figureLabelEn('说明：特定目标类项目'), 'statement (说明): 特定目标类项目');
  assert.equal(figureLabelEn('表6 商品和服务支出 合计'), 'Table 6 商品和服务支出 合计');
});
