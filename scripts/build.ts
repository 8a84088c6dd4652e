// `npm run build`: the three Vite builds from electron.config.ts. `--renderer` builds the renderer
// only (the browser harness and end-to-end tests need nothing else).
import { build } from 'vite';
import { mainConfig, preloadConfig, rendererConfig } from '../electron.config';

const rendererOnly = process.argv.includes('--renderer');
const started = performance.now();
const targets = rendererOnly
  ? { renderer: rendererConfig }
  : { main: mainConfig, preload: preloadConfig, renderer: rendererConfig };

for (const [name, config] of Object.entries(targets)) {
  await build(config);
  console.log(`built ${name}`);
}
console.log(`build done in ${Math.round(performance.now() - started)} ms`);
