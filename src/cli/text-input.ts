/**
 * The characters of a report's text file, whatever it was saved as: UTF-8 (with or without a
 * BOM), UTF-16 (with a BOM, or without one when its zero bytes give it away) and GBK/GB18030,
 * which Chinese Windows tools still write. Invalid UTF-8 that has the byte pattern of GB18030 is
 * decoded as GB18030 when Node.js has full ICU, and named in the error when it has not.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Characters that could not be decoded and became U+FFFD. */
  replaced: number;
}

/** A text file whose encoding cannot be read, in both languages. */
export class TextEncodingError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'TextEncodingError';
  }
}

/** Decodes the bytes of a text report. */
export function decodeReportText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes.subarray(3), 'UTF-8');
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new TextEncodingError('the text is UTF-32, which is not supported; save it as UTF-8', '文本为 UTF-32 编码，不支持；请另存为 UTF-8');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes.subarray(2), 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes.subarray(2), 'UTF-16BE');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decode(bytes, utf16);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', replaced: 0 };
  } catch {
    // Not valid UTF-8: UTF-8 with a few damaged bytes, GB18030 (and GBK, its subset) when the
    // bytes fit it, else UTF-8 with replacements. UTF-8 comes first: its CJK bytes also pair up
    // as GB18030 characters, while GBK text seldom makes valid UTF-8 sequences.
  }
  if (!mostlyUtf8(bytes) && looksLikeGb18030(bytes)) {
    if (!supports('gb18030')) {
      throw new TextEncodingError(
        'the text is not UTF-8 but looks like GBK/GB18030, which this Node.js cannot decode (it is built without full ICU); convert it first: iconv -f GB18030 -t UTF-8',
        '文本不是 UTF-8 编码，似为 GBK/GB18030 编码，而当前 Node.js 无法解码（未带完整 ICU）；请先转换：iconv -f GB18030 -t UTF-8',
      );
    }
    return decode(bytes, 'GB18030');
  }
  return decode(bytes, 'UTF-8');
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  let text: string;
  if (encoding === 'UTF-16BE') {
    // Swapped to little-endian: a Node.js without full ICU decodes only that one.
    const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      swapped[i] = bytes[i + 1]!;
      swapped[i + 1] = bytes[i]!;
    }
    text = new TextDecoder('utf-16le').decode(swapped);
  } else text = new TextDecoder(encoding.toLowerCase()).decode(bytes);
  // A text of U+FFFD before decoding keeps them: only count what decoding replaced.
  return { text, encoding, replaced: count(text, '\uFFFD') - countUtf8Replacement(bytes, encoding) };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function supports(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a byte-order mark: UTF-8 and GB18030 text never contains a zero byte, while in
 * UTF-16 every ASCII character (digits, spaces, line ends) has one, on the same side of its pair.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (even + odd < n / 20) return null;
  if (odd >= 0.9 * (even + odd)) return 'UTF-16LE';
  if (even >= 0.9 * (even + odd)) return 'UTF-16BE';
  return null;
}

/**
 * True when every non-ASCII sequence is a GB18030 one (two bytes: 81–FE then 40–7E or 80–FE; four
 * bytes: 81–FE 30–39 81–FE 30–39), a cut-off last character aside, and there is at least one.
 */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  let multi = 0;
  let bad = 0;
  const inRange = (b: number | undefined, lo: number, hi: number) => b !== undefined && b >= lo && b <= hi;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    if (inRange(b, 0x81, 0xfe)) {
      const c = bytes[i + 1];
      if (inRange(c, 0x40, 0x7e) || inRange(c, 0x80, 0xfe)) {
        multi += 1;
        i += 2;
        continue;
      }
      if (inRange(c, 0x30, 0x39) && inRange(bytes[i + 2], 0x81, 0xfe) && inRange(bytes[i + 3], 0x30, 0x39)) {
        multi += 1;
        i += 4;
        continue;
      }
      if (i + 4 > bytes.length) break; // a character cut off at the end
    }
    bad += 1;
    i += 1;
  }
  return multi > 0 && bad <= multi / 1000;
}

/** True when the valid UTF-8 sequences outnumber the invalid bytes a hundred to one. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid += 1;
      i += 1;
    } else {
      if (length > 1) valid += 1;
      i += length;
    }
  }
  return valid > 0 && invalid * 100 <= valid;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** U+FFFD written in the file itself (as UTF-8 EF BF BD), not produced by decoding. */
function countUtf8Replacement(bytes: Uint8Array, encoding: TextEncodingName): number {
  if (encoding !== 'UTF-8') return 0;
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}
