// A node --import hook that writes "<pid> <url>" to $MODULE_LOG for every module the process
// loads: ES modules through a module.register() load hook (it runs before tsx's), CommonJS ones
// from require's cache when the process exits. Given in NODE_OPTIONS, it follows the process into
// every node process it starts (the PDF parsers too).
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.MODULE_LOG;
if (file) {
  const hook = `
    import { appendFileSync } from 'node:fs';
    let file;
    export function initialize(data) { file = data.file; }
    export async function load(url, context, nextLoad) {
      appendFileSync(file, process.pid + ' ' + url + '\\n');
      return nextLoad(url, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, { parentURL: import.meta.url, data: { file } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const lines = Object.keys(require.cache).map((path) => `${process.pid} file://${path}\n`);
    appendFileSync(file, lines.join(''));
  });
}
