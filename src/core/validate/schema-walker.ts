import { makeIssue, type PathSegment, type ValidationIssue } from './issue.js';
import { DECIMAL_PATTERN } from '../decimal.js';
import {
  AMOUNT_AS_STRING,
  DEFINITION_EXPECTATIONS,
  DECIMAL_DIGITS,
  NEGATIVE_AMOUNT,
  oneOfExpectation,
  typeExpectation,
} from './expectations.js';

/** The subset of JSON Schema 2020-12 that the budget schema uses. */
export interface SchemaNode {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  minProperties?: number;
  items?: SchemaNode;
  minItems?: number;
  oneOf?: readonly SchemaNode[];
  $defs?: Readonly<Record<string, SchemaNode>>;
}

/**
 * Checks a value against the schema by interpreting it. An interpreter rather than a compiled
 * validator (Ajv) because compiled validators need `new Function`, which a strict CSP forbids,
 * and because each failure here gets a message a person can act on, in Chinese and English.
 * Pages run validator.generated.ts instead (`npm run validator`); this stays as its reference,
 * which tests/core/validator-generated.test.ts holds it to, issue for issue.
 */
export function validateAgainstSchema(value: unknown, root: SchemaNode): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const definitions = root.$defs ?? {};

  const walk = (node: SchemaNode, current: unknown, path: PathSegment[], definition?: string): void => {
    if (node.$ref) {
      const name = node.$ref.replace('#/$defs/', '');
      const target = definitions[name];
      if (!target) throw new Error(`schema has no definition ${name}`);
      walk(target, current, path, name);
      return;
    }
    if (node.oneOf) {
      walkOneOf(node.oneOf, current, path);
      return;
    }
    if ('const' in node && current !== node.const) {
      issues.push(makeIssue(path, 'const', oneOfExpectation([node.const]), current));
      return;
    }
    if (node.enum && !node.enum.includes(current)) {
      const named = definition ? DEFINITION_EXPECTATIONS[definition] : undefined;
      issues.push(makeIssue(path, 'enum', named ?? oneOfExpectation(node.enum), current));
      return;
    }
    if (node.type && !hasType(current, node.type)) {
      const rule = definition === 'Money' && typeof current === 'number' ? 'money.number' : 'type';
      issues.push(makeIssue(path, rule, rule === 'money.number' ? AMOUNT_AS_STRING : typeExpectation(node.type, definition), current));
      return;
    }
    if (typeof current === 'string') walkString(node, current, path, definition);
    else if (typeof current === 'number') walkNumber(node, current, path);
    else if (Array.isArray(current)) walkArray(node, current, path);
    else if (current !== null && typeof current === 'object') walkObject(node, current as Record<string, unknown>, path);
  };

  const walkString = (node: SchemaNode, text: string, path: PathSegment[], definition?: string) => {
    if (node.minLength !== undefined && text.length < node.minLength) {
      issues.push(makeIssue(path, 'minLength', { zh: '非空字符串', en: 'a non-empty string' }, text));
    } else if (node.pattern && !compiled(node.pattern).test(text)) {
      const negative = definition === 'Money' && /^-\d/.test(text);
      // A plain decimal refused by the bounded pattern has too many digits: say so, not "a decimal".
      const tooLong = (definition === 'Money' || definition === 'Percent') && DECIMAL_PATTERN.test(text);
      issues.push(
        makeIssue(
          path,
          negative ? 'money.negative' : tooLong ? 'decimal.digits' : `pattern${definition ? `.${definition}` : ''}`,
          negative ? NEGATIVE_AMOUNT : tooLong ? DECIMAL_DIGITS : typeExpectation('string', definition),
          text,
        ),
      );
    }
  };

  const walkNumber = (node: SchemaNode, number: number, path: PathSegment[]) => {
    if (node.minimum !== undefined && number < node.minimum) {
      issues.push(makeIssue(path, 'minimum', { zh: `不小于 ${node.minimum} 的数`, en: `a number of at least ${node.minimum}` }, number));
    } else if (node.maximum !== undefined && number > node.maximum) {
      issues.push(makeIssue(path, 'maximum', { zh: `不大于 ${node.maximum} 的数`, en: `a number of at most ${node.maximum}` }, number));
    }
  };

  const walkArray = (node: SchemaNode, list: unknown[], path: PathSegment[]) => {
    if (node.minItems !== undefined && list.length < node.minItems) {
      issues.push(makeIssue(path, 'minItems', { zh: `至少 ${node.minItems} 项`, en: `at least ${node.minItems} item(s)` }, list));
    }
    // An index loop, not forEach: a sparse array set as `.data` has holes, and a hole is a missing item.
    if (node.items) for (let index = 0; index < list.length; index++) walk(node.items, list[index], [...path, index]);
  };

  const walkObject = (node: SchemaNode, object: Record<string, unknown>, path: PathSegment[]) => {
    const properties = node.properties ?? {};
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(object, key)) issues.push(makeIssue([...path, key], 'required', requiredExpectation(key), undefined));
    }
    const keys = Object.keys(object);
    if (node.minProperties !== undefined && keys.length < node.minProperties) {
      issues.push(makeIssue(path, 'minProperties', { zh: `至少 ${node.minProperties} 个字段`, en: `at least ${node.minProperties} field(s)` }, object));
    }
    for (const key of keys) {
      const child = object[key];
      if (node.propertyNames) {
        const before = issues.length;
        walk(node.propertyNames, key, [...path, key]);
        if (issues.length > before) continue;
      }
      // Own properties only: "constructor" or "__proto__" in a document are not defined fields.
      if (Object.hasOwn(properties, key)) walk(properties[key]!, child, [...path, key]);
      else if (node.additionalProperties === false) {
        const allowed = Object.keys(properties).join(', ');
        issues.push(
          makeIssue([...path, key], 'additionalProperties', { zh: `已定义的字段之一（${allowed}）`, en: `one of the defined fields (${allowed})` }, child),
        );
      } else if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, child, [...path, key]);
    }
  };

  // A oneOf in this schema is always told apart by a `const` property (`type`, `kind`): check
  // that property first so the message speaks of the branch the author meant.
  const walkOneOf = (branches: readonly SchemaNode[], current: unknown, path: PathSegment[]) => {
    const resolved = branches.map((branch) => (branch.$ref ? definitions[branch.$ref.replace('#/$defs/', '')] : branch));
    const discriminator = Object.entries(resolved[0].properties ?? {}).find(([, p]) => 'const' in p)?.[0];
    if (!discriminator || current === null || typeof current !== 'object' || Array.isArray(current)) {
      issues.push(makeIssue(path, 'type', typeExpectation('object'), current));
      return;
    }
    const tag = (current as Record<string, unknown>)[discriminator];
    const index = resolved.findIndex((branch) => branch.properties?.[discriminator]?.const === tag);
    if (index < 0) {
      const tags = resolved.map((branch) => branch.properties?.[discriminator]?.const);
      issues.push(makeIssue([...path, discriminator], 'oneOf', oneOfExpectation(tags), tag));
      return;
    }
    walk(branches[index], current, path);
  };

  walk(root, value, []);
  return issues;
}

/** The schema's patterns, each compiled once rather than once per string of the document. */
const PATTERNS = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  return PATTERNS.get(pattern) ?? PATTERNS.set(pattern, new RegExp(pattern)).get(pattern)!;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function requiredExpectation(key: string) {
  return { zh: `必填字段 "${key}"`, en: `the required field "${key}"` };
}

