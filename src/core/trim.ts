/**
 * Trimming by character class in linear time. `text.replace(/[…]+$/, '')` is quadratic: the
 * engine tries the class from every position of a run of those characters and, when the run
 * does not end the text, fails only after reading to the run's end, for each position. A label of
 * 200,000 spaces followed by a word takes minutes that way; these loops read each character once.
 *
 * `edge` tests one character (a UTF-16 unit): a class of BMP characters without the `g` or `y`
 * flag, such as /[\s“”"]/.
 */

/** `text` without the characters `edge` matches at its start. */
export function trimStartWhile(text: string, edge: RegExp): string {
  let start = 0;
  while (start < text.length && edge.test(text[start]!)) start++;
  return text.slice(start);
}

/** `text` without the characters `edge` matches at its end. */
export function trimEndWhile(text: string, edge: RegExp): string {
  let end = text.length;
  while (end > 0 && edge.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without the characters `edge` matches at either end. */
export function trimWhile(text: string, edge: RegExp): string {
  return trimEndWhile(trimStartWhile(text, edge), edge);
}
