// Reads the JSDoc of the components (@summary, @fires, @csspart, @cssprop) into
// custom-elements.json, which Storybook uses for its argument tables.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite it on every run.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in file-system order, which differs between machines.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
