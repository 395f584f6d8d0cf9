/**
 * decimal.js as budget-viz's browser bundles ship it. decimal.js defines every method on one
 * prototype, so no bundler can leave out the ones budget-viz never calls: its trigonometric,
 * logarithmic and power functions and the thousand-digit constants they need are about half
 * the library. This removes exactly those from the source at build time; the arithmetic,
 * rounding, comparison and formatting that money needs stay decimal.js's own code, unchanged.
 * Every removal must find its text, so a changed decimal.js fails the build rather than ship
 * half a method; a call to a removed method fails loudly (not a function), never silently.
 */

/** Prototype methods budget-viz never calls, by their long names (the alias goes with them). */
export const REMOVED_METHODS = [
  'cosine', 'cubeRoot', 'hyperbolicCosine', 'hyperbolicSine', 'hyperbolicTangent', 'inverseCosine',
  'inverseHyperbolicCosine', 'inverseHyperbolicSine', 'inverseHyperbolicTangent', 'inverseSine',
  'inverseTangent', 'logarithm', 'naturalExponential', 'naturalLogarithm', 'sine', 'squareRoot',
  'tangent', 'toBinary', 'toFraction', 'toHexadecimal', 'toOctal', 'toPower',
];

/** Static functions of the constructor that only wrap the removed methods (or `crypto`). */
export const REMOVED_STATICS = [
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'cos', 'cosh', 'exp', 'hypot',
  'ln', 'log', 'log10', 'log2', 'pow', 'random', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
];

/** The constants only the removed methods read: 1,025 digits each of ln 10 and π. */
const CONSTANT_TEXTS = [
  /^ {2}LN10 = '[\d.]+',\n/m,
  /^ {2}PI = '[\d.]+',\n/m,
  /^ {2}LN10_PRECISION = LN10\.length - 1,\n/m,
  /^ {2}PI_PRECISION = PI\.length - 1,\n/m,
  /^LN10 = new Decimal\(LN10\);\n/m,
  /^PI = new Decimal\(PI\);\n/m,
];

/** Tells whether `id` is decimal.js's ES module, the file {@link leanDecimal} applies to. */
export function isDecimalModule(id) {
  return /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id.split('?')[0]);
}

function removeOnce(source, pattern, what) {
  const match = pattern.exec(source);
  if (!match) throw new Error(`lean-decimal: ${what} not found in decimal.js; its source has changed, update scripts/lean-decimal.js`);
  return source.slice(0, match.index) + source.slice(match.index + match[0].length);
}

/** decimal.js's `decimal.mjs` source without {@link REMOVED_METHODS}, {@link REMOVED_STATICS} and their constants. */
export function leanDecimal(source) {
  let lean = source.replace(/\r\n/g, '\n');
  for (const name of REMOVED_METHODS) {
    lean = removeOnce(lean, new RegExp(`^P\\.${name} = (?:P\\.\\w+ = )?function [\\s\\S]*?^};\\n`, 'm'), `method ${name}`);
  }
  for (const name of REMOVED_STATICS) {
    lean = removeOnce(lean, new RegExp(`^ {2}Decimal\\.${name} = ${name};.*\\n`, 'm'), `static ${name}`);
  }
  for (const pattern of CONSTANT_TEXTS) lean = removeOnce(lean, pattern, `constant ${pattern.source}`);
  return lean;
}
