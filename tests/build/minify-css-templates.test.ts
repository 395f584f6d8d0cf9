import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { isStylesModule, minifyCssTemplates } from '../../scripts/minify-css-templates.js';

/** The texts of the css`…` templates in `source`, each `${…}` standing as a comment. */
function templates(source: string): string[] {
  return [...source.matchAll(/\bcss`([^`]*)`/g)].map((m) => m[1].replace(/\$\{[^}]*\}/g, '/*expression*/'));
}

/**
 * A template's CSS as lightningcss reads it: any two texts that mean the same give the same. It
 * keeps the tokens of a var() fallback as written, where the space after a comma means nothing
 * either, so that space is taken out of both.
 */
function meaning(text: string): string {
  // A template of declarations alone (a theme's colours) is read inside a rule.
  const code = Buffer.from(text.includes('{') ? text : `:host{${text}}`);
  const css = transform({ filename: 'styles.css', code, minify: true }).code.toString();
  return css.replace(/,\s+/g, ',');
}

const stylesModules = readdirSync('src/components', { recursive: true, encoding: 'utf8' })
  .map((path) => join('src/components', path))
  .filter(isStylesModule);

test('every element style means the same minified: lightningcss reads both texts alike', () => {
  assert.ok(stylesModules.length >= 9, `styles modules found: ${stylesModules.join(', ')}`);
  for (const file of stylesModules) {
    const source = readFileSync(file, 'utf8');
    const [before, after] = [templates(source), templates(minifyCssTemplates(source))];
    assert.equal(after.length, before.length, file);
    before.forEach((text, i) => assert.equal(meaning(after[i]), meaning(text), `${file}, template ${i + 1}`));
    assert.ok(minifyCssTemplates(source).length < source.length, `${file} is smaller`);
  }
});

test('comments and white space go; strings, expressions, combinators and media comparisons stay', () => {
  const source = "const s = css`\n  /* why */\n  .a > .b ,  .c {\n    content: '  ›  ';\n    color: ${colour};\n  }\n  @media (width > 30em) { .d { margin: 0 auto } }\n`;";
  assert.equal(
    minifyCssTemplates(source),
    "const s = css`.a>.b,.c{content:'  ›  ';color:${colour};}@media (width > 30em){.d{margin:0 auto}}`;",
  );
});

test('a template the scanner does not fully read is left as written', () => {
  for (const source of ['css`.a::before { content: "\\\\2022"; }`', 'css`.a { width: ${`${n}px`}; }`', 'css`.a { color: red;']) {
    assert.equal(minifyCssTemplates(source), source);
  }
  assert.equal(minifyCssTemplates('html`<p>  a  </p>`'), 'html`<p>  a  </p>`');
});
