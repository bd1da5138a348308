/** npm start: installs what is missing, builds, and serves the demo page, client-rendered and server-rendered, compressed as a CDN would. */
import { ensureBuilt, ensureDependencies, root } from './lib.mjs';
import { compressResponses } from './compress.mjs';
import { SERVER_PAGE, serverRenderedDemo } from './demo-server-page.mjs';

ensureDependencies();
ensureBuilt();

const { startDevServer } = await import('@web/dev-server');
const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: root, port, hostname: '127.0.0.1', nodeResolve: false, middleware: [compressResponses, serverRenderedDemo(root)] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
console.log(
  `\nnews-elements demo: http://127.0.0.1:${address.port}/demo/\nserver-rendered:    http://127.0.0.1:${address.port}${SERVER_PAGE}\n(Ctrl+C to stop)`,
);
