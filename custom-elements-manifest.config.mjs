/** custom-elements.json, from the JSDoc on each element class. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json by hand; Storybook's copy in .cache/ must not rewrite it.
  packagejson: false,
};
