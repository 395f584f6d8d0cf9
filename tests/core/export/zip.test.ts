import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32, zip } from '../../../src/core/export/zip.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Reads a stored-only archive back through its central directory, as an unzip tool does. */
function readZip(archive: Uint8Array) {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  assert.equal(view.getUint32(end, true), 0x06054b50, 'end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.equal(view.getUint32(at, true), 0x02014b50, 'central directory header');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength));
    assert.equal(view.getUint32(offset, true), 0x04034b50, 'local header');
    const localNameLength = view.getUint16(offset + 26, true);
    const dataStart = offset + 30 + localNameLength + view.getUint16(offset + 28, true);
    const data = archive.subarray(dataStart, dataStart + size);
    entries.push({ name, flags, method, crc, data, date: view.getUint16(at + 14, true), time: view.getUint16(at + 12, true) });
    at += 46 + nameLength;
  }
  return entries;
}

describe('crc32', () => {
  test('gives the standard check values', () => {
    assert.equal(crc32(encoder.encode('123456789')), 0xcbf43926);
    assert.equal(crc32(new Uint8Array()), 0);
    assert.equal(crc32(encoder.encode('The quick brown fox jumps over the lazy dog')), 0x414fa339);
  });
});

describe('zip', () => {
  test('stores each file as is, with its CRC, under its UTF-8 name', () => {
    const files = [
      { name: '汾阳市信访局-2024-支出功能分类.csv', data: encoder.encode('\uFEFF科目,金额（万元）\r\n一般公共服务支出,438.89\r\n') },
      { name: 'b.csv', data: encoder.encode('x') },
    ];
    const entries = readZip(zip(files, new Date(2024, 4, 17, 13, 45, 30)));
    assert.deepEqual(
      entries.map((e) => e.name),
      files.map((f) => f.name),
    );
    for (const [i, entry] of entries.entries()) {
      assert.equal(entry.method, 0, 'stored');
      assert.equal(entry.flags & 0x0800, 0x0800, 'UTF-8 names flag');
      assert.deepEqual(entry.data, files[i].data);
      assert.equal(entry.crc, crc32(files[i].data));
    }
    assert.equal(entries[0].date, ((2024 - 1980) << 9) | (5 << 5) | 17);
    assert.equal(entries[0].time, (13 << 11) | (45 << 5) | 15);
  });

  test('writes an empty archive as the end record alone', () => {
    const archive = zip([]);
    assert.equal(archive.length, 22);
    assert.deepEqual(readZip(archive), []);
  });

  test('refuses more entries than the format counts', () => {
    const many = Array.from({ length: 0x10000 }, (_, i) => ({ name: `${i}`, data: new Uint8Array() }));
    assert.throws(() => zip(many), RangeError);
  });
});
