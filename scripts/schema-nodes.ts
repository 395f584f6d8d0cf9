/**
 * What the two generated checkers of the schema (scripts/generate-validator.ts: the issues of a
 * value, and whether it has none) share: the keywords the walker knows, refusing any other, and
 * how a schema node is read and written as TypeScript.
 */
export type Node = Readonly<Record<string, unknown>>;

/** What the walker checks; anything else but an annotation is refused. */
const KEYWORDS = new Set([
  '$ref',
  'oneOf',
  'const',
  'enum',
  'type',
  'minLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'items',
  'required',
  'minProperties',
  'propertyNames',
  'properties',
  'additionalProperties',
]);
const ANNOTATIONS = new Set(['description', 'title', '$comment']);
const ROOT_ONLY = new Set(['$schema', '$id', '$defs']);
export const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Up to this many values an enum is tested by `===`, beyond by a Set: for the literals allowed both agree with `includes`. */
export const ENUM_CHAIN = 4;

/** The definition `ref` (`#/$defs/Name`) points to, refusing one that is missing or not an identifier. */
export function resolveRef(definitions: Readonly<Record<string, Node>>, ref: unknown): { name: string; target: Node } {
  const match = typeof ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(ref) : null;
  const target = match ? definitions[match[1]!] : undefined;
  if (!match || !target || !Object.hasOwn(definitions, match[1]!)) throw new Error(`schema has no definition for $ref ${String(ref)}`);
  if (!IDENTIFIER.test(match[1]!)) throw new Error(`definition name ${match[1]} is not an identifier`);
  return { name: match[1]!, target };
}

/** Whether an object node looks at the value's keys one by one. */
export function walksKeys(node: Node): boolean {
  const additional = node.additionalProperties;
  return 'propertyNames' in node || Object.keys(node.properties ?? {}).length > 0 || additional === false || typeof additional === 'object';
}

/** A node without its annotations, at every depth, but with fields named like one ("title") kept. */
export function withoutAnnotations(node: unknown): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Node).map(([name, child]) => [name, withoutAnnotations(child)]));
    else if (key === 'oneOf' && Array.isArray(value)) out[key] = value.map(withoutAnnotations);
    else out[key] = key === 'items' || key === 'propertyNames' || key === 'additionalProperties' ? withoutAnnotations(value) : value;
  }
  return out;
}

export function hasType(type: string, value: string): string {
  switch (type) {
    case 'object':
      return `${value} !== null && typeof ${value} === 'object' && !Array.isArray(${value})`;
    case 'array':
      return `Array.isArray(${value})`;
    case 'integer':
      return `Number.isInteger(${value})`;
    case 'number':
      return `typeof ${value} === 'number' && Number.isFinite(${value})`;
    default:
      return `typeof ${value} === '${type}'`;
  }
}

export function checkKeywords(node: Node, isRoot: boolean): void {
  for (const key of Object.keys(node)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key) && !(isRoot && ROOT_ONLY.has(key))) {
      throw new Error(`unsupported schema keyword ${JSON.stringify(key)}: teach the walker and this generator`);
    }
  }
}

/** The walker ignores what stands beside `$ref` and `oneOf`; a check written there would be lost, so it is refused. */
export function onlyAnnotations(node: Node, keyword: string, isRoot: boolean): void {
  const others = Object.keys(node).filter((key) => key !== keyword && KEYWORDS.has(key));
  if (others.length > 0) throw new Error(`${others.join(', ')} beside ${keyword} would be ignored by the walker`);
  if (!isRoot && Object.keys(node).some((key) => ROOT_ONLY.has(key))) throw new Error(`$defs, $id and $schema only at the root`);
}

export function schemaNode(value: unknown): Node {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`a schema must be an object, not ${JSON.stringify(value)}`);
  return value as Node;
}

/** A primitive as a TypeScript literal; the walker compares by identity, which an object literal would never satisfy. */
export function literal(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return Object.is(value, -0) ? '-0' : String(value);
  throw new Error(`unsupported const or enum value ${String(value)}`);
}

export function integer(value: unknown): number {
  if (!Number.isInteger(value)) throw new Error(`expected an integer limit, found ${String(value)}`);
  return value as number;
}

export function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`expected a finite limit, found ${String(value)}`);
  return value;
}
