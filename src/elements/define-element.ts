/** Registers one element unless its tag is taken. Kept apart from define.ts, which imports every element. */
export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, element);
}
