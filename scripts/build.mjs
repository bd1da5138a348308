/** npm run build: the npm modules, the drop-in (with its size check), type declarations, custom-elements.json and the framework types and editor data generated from it. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bin, root, run } from './lib.mjs';

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('rollup'), ['-c', 'rollup.config.mjs']);
run(bin('tsc'), ['-p', 'tsconfig.json', '--emitDeclarationOnly']);
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run(process.execPath, [join(root, 'scripts', 'generate-types.mjs')]);
