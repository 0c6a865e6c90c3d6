// Builds the site into dist/: index.html, app.js, app.css (with Leaflet's css and images) and the basemap.
// `npm run build` once, or `npm run watch` to rebuild on every change.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const dist = new URL('./dist/', import.meta.url).pathname;

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await copyFile('index.html', dist + 'index.html');
await copyFile('src/favicon.svg', dist + 'favicon.svg');
await copyFile(require.resolve('world-atlas/countries-50m.json'), dist + 'countries-50m.json');

const options = {
  entryPoints: { app: 'src/main.js', style: 'src/style.css' },
  bundle: true,
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  format: 'esm',
  target: ['es2020'],
  outdir: dist,
  entryNames: '[name]',
  assetNames: 'images/[name]',
  loader: { '.png': 'file', '.svg': 'file' },
  legalComments: 'none',
  logLevel: 'info',
};
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
