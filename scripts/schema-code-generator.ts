import { checkKeywords, onlyAnnotations, resolveRef, withoutAnnotations, type Node } from './schema-nodes.js';

/**
 * What the generators of the schema's checks share: one function per definition and one per
 * distinct inline node (equal nodes share one), written as the root's checks reach them, and
 * constants written once. A subclass says how a node is checked and what a check function is.
 */
export abstract class SchemaCodeGenerator {
  protected readonly definitions: Readonly<Record<string, Node>>;
  /** Constants by their text: each written once, as `<prefix><n>`. */
  protected readonly constants = new Map<string, string>();
  /** Check functions' texts by name, in the order they were reached. */
  protected readonly functions = new Map<string, string>();
  /** Check functions of nodes written inline, by what they check. */
  private readonly shared = new Map<string, string>();
  private readonly pending: string[] = [];
  private counter = 0;

  constructor(private readonly root: Node) {
    this.definitions = (root.$defs ?? {}) as Record<string, Node>;
  }

  /** Statements checking `value` (an identifier) against `node`, in the definition named `definition`. */
  protected abstract node(node: Node, definition: string | undefined, value: string, indent: string, isRoot?: boolean): string[];

  /** The text of the check function `name` whose value is `v`, with these statements. */
  protected abstract functionText(name: string, body: string[]): string;

  /** The name of the function checking a definition. */
  protected abstract functionName(definition: string): string;

  /** The root's statements, checking `value`; every function they reach is written by then. */
  protected rootStatements(): string[] {
    const body = this.node(this.root, undefined, 'value', '  ', true);
    while (this.pending.length > 0) this.defineFunction(this.pending.shift()!);
    return body;
  }

  private defineFunction(name: string): void {
    this.counter = 0;
    this.functions.set(name, this.functionText(this.functionName(name), this.node(this.definitions[name]!, name, 'v', '  ')));
  }

  /** The name of the function checking a value against `node`. */
  protected check(node: Node): string {
    checkKeywords(node, false);
    if ('$ref' in node) return this.definitionFunction(node, false);
    const key = JSON.stringify(withoutAnnotations(node));
    const known = this.shared.get(key);
    if (known) return known;
    const name = `check${this.shared.size}`;
    this.shared.set(key, name);
    const counter = this.counter;
    this.counter = 0;
    const body = this.node(node, undefined, 'v', '  ');
    this.counter = counter;
    this.functions.set(name, this.functionText(name, body));
    return name;
  }

  protected definitionFunction(node: Node, isRoot: boolean): string {
    onlyAnnotations(node, '$ref', isRoot);
    const name = this.resolve(node.$ref).name;
    if (!this.functions.has(name) && !this.pending.includes(name)) this.pending.push(name);
    return this.functionName(name);
  }

  protected resolve(ref: unknown): { name: string; target: Node } {
    return resolveRef(this.definitions, ref);
  }

  protected constant(prefix: string, text: string): string {
    const known = this.constants.get(text);
    if (known) return known;
    const name = `${prefix}${this.constants.size}`;
    this.constants.set(text, name);
    return name;
  }

  /** A local name not yet used in the function being written. */
  protected fresh(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }
}
