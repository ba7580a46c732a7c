// `node --import tsx src/core/text/build/main.ts [OUT_DIR] [--force]`: builds dist/data when it is
// missing or older than its sources. Run by esbuild.js before bundling.
import { join } from 'node:path';
import { buildData, dataIsStale } from './buildData';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? join(__dirname, '..', '..', '..', '..', 'dist', 'data');
if (args.includes('--force') || dataIsStale(outDir)) {
  const started = Date.now();
  buildData(outDir);
  console.log(`[data] built ${outDir} in ${Date.now() - started} ms`);
}
