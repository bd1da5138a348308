/** npm run build: the npm modules, the drop-in (with its size check), type declarations, custom-elements.json, the layout stylesheet and the framework types and editor data generated from it. */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bin, root, run } from './lib.mjs';

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('rollup'), ['-c', 'rollup.config.mjs']);
// The stylesheet that reserves the elements' size before they are defined (no build step: plain CSS).
copyFileSync(join(root, 'src', 'news-elements.css'), join(root, 'dist', 'news-elements.css'));
run(bin('tsc'), ['-p', 'tsconfig.json', '--emitDeclarationOnly']);
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run(process.execPath, [join(root, 'scripts', 'generate-types.mjs')]);
