/**
 * custom-elements.json, from the JSDoc on each element class, shaped to describe what the package
 * ships (see scripts/cem-plugins.mjs). The framework types and editor data are generated from it
 * by scripts/generate-types.mjs.
 */
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { newsElementsManifest } from './scripts/cem-plugins.mjs';

const globs = ['src/**/*.ts'];

// The type parser warns about every object type it cannot fully expand (the recursive article
// body model, for one); those expansions are discarded anyway (scripts/cem-plugins.mjs keeps only
// unions of literals), so only its other warnings are worth printing.
const warn = console.warn;
console.warn = (...args) => {
  if (args.some(arg => typeof arg === 'string' && arg.startsWith('[type-parser] - Skipped parsing type'))) return;
  warn(...args);
};

export default {
  globs,
  // Styles are no API; the drop-in's entry and ambient declarations are no module of the npm build.
  exclude: ['src/**/*.styles.ts', 'src/drop-in*.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json by hand; Storybook's copy in .cache/ must not rewrite it.
  packagejson: false,
  // The type parser needs the type checker to expand aliases such as RelatedLayout.
  overrideModuleCreation({ ts }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    const excluded = /\.styles\.ts$|\/src\/drop-in[\w-]*\.ts$|\.d\.ts$/;
    return program.getSourceFiles().filter(file => file.fileName.includes('/src/') && !file.fileName.includes('/node_modules/') && !excluded.test(file.fileName));
  },
  plugins: [typeParserPlugin({ propertyName: 'expandedType', parseObjectTypes: 'none' }), ...newsElementsManifest()],
};
