// Reads the JSDoc of the components (@summary, @fires, @csspart, @cssprop) into
// custom-elements.json, which Storybook uses for its argument tables and controls.
//
// The manifest documents the public API only: what a page may set, call, listen to or style.
// Private and protected members, `_`/`#` names, members tagged @internal (and their overrides in
// subclasses, which inherit the tag's meaning even when the override forgets to repeat it) and
// the helper functions that live beside the components are left out, so Storybook shows no
// control for `activeId`, `handleKeyDown` or `zoomGeneration`.

/** `Class.member` names tagged @internal or @ignore in the source, filled by the analyze phase. */
const internalMembers = new Map();

const isHiddenName = (name) => typeof name === 'string' && (name.startsWith('_') || name.startsWith('#'));

function hiddenTag(ts, node) {
  return ts.getJSDocTags(node).some((tag) => ["internal", "ignore"].includes(tag.tagName.text));
}

const publicApi = {
  name: 'public-api-only',
  analyzePhase({ ts, node }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const names = new Set();
    for (const member of node.members) {
      if (member.name && hiddenTag(ts, member)) names.add(member.name.text ?? member.name.getText());
    }
    if (names.size > 0) internalMembers.set(node.name.text, names);
  },
  packageLinkPhase({ customElementsManifest }) {
    const classes = new Map();
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) if (declaration.kind === 'class') classes.set(declaration.name, declaration);
    }
    // A class is public API when it is an element or an element's ancestor (BudgetElement).
    const ancestors = (declaration) => {
      const chain = [];
      for (let name = declaration.superclass?.name; name && classes.has(name) && !chain.includes(name); name = classes.get(name).superclass?.name) chain.push(name);
      return chain;
    };
    const publicClasses = new Set();
    for (const declaration of classes.values()) {
      if (declaration.tagName || declaration.customElement) [declaration.name, ...ancestors(declaration)].forEach((name) => publicClasses.add(name));
    }
    const isInternal = (declaration, member) =>
      [declaration.name, ...ancestors(declaration)].some((name) => internalMembers.get(name)?.has(member.name));
    const isPublic = (declaration, member) =>
      !member.privacy || member.privacy === 'public' ? !isHiddenName(member.name) && !isInternal(declaration, member) : false;

    for (const mod of customElementsManifest.modules) {
      mod.declarations = (mod.declarations ?? []).filter((declaration) => publicClasses.has(declaration.name));
      for (const declaration of mod.declarations) {
        if (declaration.members) {
          const removed = new Set(declaration.members.filter((member) => !isPublic(declaration, member)).map((member) => member.name));
          declaration.members = declaration.members.filter((member) => !removed.has(member.name));
          // An attribute backed by a hidden field is not API either.
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !isHiddenName(attribute.name) && !(attribute.fieldName && removed.has(attribute.fieldName)),
            );
          }
        }
      }
      const kept = new Set(mod.declarations.map((declaration) => declaration.name));
      mod.exports = (mod.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition' || kept.has(entry.declaration?.name));
    }
    customElementsManifest.modules = customElementsManifest.modules.filter((mod) => mod.declarations.length > 0 || mod.exports.length > 0);
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite it on every run.
  packagejson: false,
  plugins: [
    publicApi,
    {
      // The analyzer lists modules in file-system order, which differs between machines.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
