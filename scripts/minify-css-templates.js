/**
 * Minifies the CSS of lit's css`…` templates at build time. A bundler's minifier leaves template
 * text as written, so every comment and indentation of the styles shipped: about a fifth of an
 * element's page. Only what CSS ignores is removed: comments, runs of white space, and the
 * white space next to `{ } ; , >` (`>` only as a combinator: not inside parentheses, where a
 * media query compares) and after `:`. Quoted strings and the `${…}` expressions are copied unchanged; a
 * template this scanner does not fully understand is left as it is.
 */

const STYLE_TEMPLATE = /\bcss`/g;

/** Tells whether `id` is a styles module (`<name>.styles.ts`), the only place css`…` templates are written. */
export function isStylesModule(id) {
  return /\.styles\.ts$/.test(id.split('?')[0]);
}
const BEFORE_OR_AFTER = new Set(['{', '}', ';', ',']);

/** `source` (TypeScript or JavaScript) with the text of every css`…` template minified. */
export function minifyCssTemplates(source) {
  let out = '';
  let copied = 0;
  for (const match of source.matchAll(STYLE_TEMPLATE)) {
    const start = match.index + match[0].length;
    if (start < copied) continue;
    const template = readTemplate(source, start);
    if (!template) continue;
    out += source.slice(copied, start);
    template.quasis.forEach((text, i) => {
      out += minifyCss(text, i === 0, i === template.quasis.length - 1);
      if (i < template.expressions.length) out += `\${${template.expressions[i]}}`;
    });
    out += '`';
    copied = template.end;
  }
  return copied === 0 ? source : out + source.slice(copied);
}

/** The texts and expressions of the template whose text starts at `start`, up to its closing backtick. */
function readTemplate(source, start) {
  const quasis = [];
  const expressions = [];
  let text = '';
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') return null; // escapes would need decoding: leave such a template alone
    if (c === '`') {
      quasis.push(text);
      return { quasis, expressions, end: i + 1 };
    }
    if (c === '$' && source[i + 1] === '{') {
      const close = expressionEnd(source, i + 2);
      if (close < 0) return null;
      quasis.push(text);
      text = '';
      expressions.push(source.slice(i + 2, close));
      i = close;
      continue;
    }
    text += c;
  }
  return null;
}

/** Index of the `}` closing an expression that starts at `from`; -1 for one with strings or templates in it. */
function expressionEnd(source, from) {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '`' || c === '"' || c === "'") return -1;
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** One text part of a template: `first` and `last` say whether it begins or ends the template. */
function minifyCss(css, first, last) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) return css;
      i = end + 1;
      out = withSpace(out);
      continue;
    }
    if (c === '"' || c === "'") {
      const end = css.indexOf(c, i + 1);
      if (end < 0) return css;
      out += css.slice(i, end + 1);
      i = end;
      continue;
    }
    if (/\s/.test(c)) {
      out = withSpace(out);
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (BEFORE_OR_AFTER.has(c) || (c === '>' && depth === 0)) out = out.endsWith(' ') ? out.slice(0, -1) : out;
    out += c;
    if (BEFORE_OR_AFTER.has(c) || c === ':' || (c === '>' && depth === 0)) out += '\u0000';
  }
  out = out.replace(/\u0000 ?/g, '');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** `out` ending in one space, unless it is empty or already ends in space or after a separator. */
function withSpace(out) {
  return out === '' || out.endsWith(' ') || out.endsWith('\u0000') ? out : `${out} `;
}
