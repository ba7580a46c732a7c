// Build step run before bundling (`npm run build`): writes the run-time data files into dist/data.
import * as path from 'node:path';
import { writeFrequencyData } from './frequencyData';

const outDir = path.resolve(__dirname, '../../dist/data');
const started = Date.now();
const words = writeFrequencyData(outDir);
console.log(`[data] ${words} frequency ranks -> ${path.relative(process.cwd(), outDir)} (${Date.now() - started} ms)`);
