/**
 * npm run conformance: measures the built drop-in on real-world documents (feeds and JSON-LD
 * articles from public test suites) beside an established parser, when that corpus and its
 * measuring tool sit beside the project (`../shared/realworld`, `../shared/tools/realworld`).
 * Options are passed on to the tool: `npm run conformance -- --only 'guardian|npr'`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBuilt, ensureDependencies, root, run } from './lib.mjs';

const shared = resolve(root, '..', 'shared');
const corpus = join(shared, 'realworld');
const tool = join(shared, 'tools', 'realworld', 'run.mjs');

if (!existsSync(corpus) || !existsSync(tool)) {
  console.log(`No real-world corpus here: ${existsSync(corpus) ? tool : corpus} does not exist, so nothing was measured.`);
  console.log('The conformance run needs ../shared/realworld (the documents) and ../shared/tools/realworld (the tool) beside the project.');
  process.exit(0);
}

ensureDependencies();
ensureBuilt();
process.exit(run(process.execPath, [tool, '--corpus', corpus, ...process.argv.slice(2)], { allowFailure: true }));
