// The built analysis data for tests: dist/data, built here when missing or stale so that
// `npx mocha --config test/.mocharc.unit.json` works without a prior `node esbuild.js`.
import { join } from 'node:path';
import { buildData, dataIsStale } from '../../../src/core/text/build/buildData';

export const DATA_DIR = join(__dirname, '..', '..', '..', 'dist', 'data');

export function analysisDataDir(): string {
  if (dataIsStale(DATA_DIR)) buildData(DATA_DIR);
  return DATA_DIR;
}
