/**
 * What each attribute of an element accepts. A CMS template writes whatever its author typed
 * (`unit="万元 "`, `timeout="abc"`, `metric="Total"`), so every value is parsed before use: an
 * accepted value is used (trimmed), anything else is replaced by the attribute's default and
 * named in one console warning, in Chinese and English, with the values allowed.
 */
export interface AttributeRule {
  /** The attribute as written in HTML. */
  readonly attribute: string;
  /** The allowed values, as the warning states them. */
  readonly allowed: string;
  /** The value used instead of one that is not allowed. */
  readonly fallback: unknown;
  /** The value to use, or `undefined` when `value` is not allowed. */
  parse(value: unknown): { value: unknown } | undefined;
}

/** A property name of the element and the rule for its attribute. */
export type AttributeRules = Readonly<Record<string, AttributeRule>>;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/**
 * One of `values`. An empty value, as templates write for "not set", means the default; case and
 * surrounding spaces are forgiven (`Total ` is `total`), nothing else is.
 */
export function oneOf<T extends string>(attribute: string, values: readonly T[], fallback: T | undefined): AttributeRule {
  return {
    attribute,
    allowed: values.join(' | '),
    fallback,
    parse(value) {
      const text = trimmed(value);
      if (text === undefined || text === null || text === '') return { value: fallback };
      if (typeof text !== 'string') return undefined;
      const match = values.find((v) => v === text) ?? values.find((v) => v.toLowerCase() === text.toLowerCase());
      return match === undefined ? undefined : { value: match };
    },
  };
}

/** A whole number from `min` to `max`; an attribute that is not one (`abc`, `-1`, `1e20`) is refused. */
export function integerIn(attribute: string, min: number, max: number, fallback: number): AttributeRule {
  return {
    attribute,
    allowed: `${min}–${max}`,
    fallback,
    parse: (value) => (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? { value } : undefined),
  };
}

/**
 * Space-separated tokens, each one of `values`, in any order; empty is none of them. Unknown
 * tokens make the whole value refused, so a typo never hides data silently.
 */
export function tokensOf(attribute: string, values: readonly string[], fallback: string): AttributeRule {
  return {
    attribute,
    allowed: values.join(' '),
    fallback,
    parse(value) {
      if (value === null || value === undefined) return { value: fallback };
      if (typeof value !== 'string') return undefined;
      const tokens = value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      return tokens.every((t) => values.includes(t)) ? { value: [...new Set(tokens)].join(' ') } : undefined;
    },
  };
}

/** The warning for a refused value: both languages, the element, what was found and what is used. */
export function refusedValueWarning(tag: string, rule: AttributeRule, found: unknown): string {
  const shown = JSON.stringify(typeof found === 'string' && found.length > 80 ? `${found.slice(0, 79)}…` : found) ?? String(found);
  const used = rule.fallback === undefined ? '默认值 / the default' : JSON.stringify(rule.fallback);
  return (
    `<${tag}> ${rule.attribute}=${shown}：不是可用的值（可用：${rule.allowed}），改用 ${used}。` +
    ` / ${rule.attribute}=${shown} is not allowed (allowed: ${rule.allowed}); using ${used}.`
  );
}

/** Any text; a removed attribute (null) is the default, so code never meets null where it reads text. */
export function anyText(attribute: string, fallback: string | undefined): AttributeRule {
  return {
    attribute,
    allowed: 'text',
    fallback,
    parse: (value) => (typeof value === 'string' ? { value } : value === null || value === undefined ? { value: fallback } : undefined),
  };
}
