// Reads the authored gloss lexicon (src/core/text/data/glosses/*.tsv) for the data test and the
// coverage script. The engine has its own loader; this one stays deliberately literal so the test
// checks the files as written.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GLOSS_DIR = path.resolve(__dirname, '../../src/core/text/data/glosses');
export const GLOSS_HEADER = 'lemma\tupos\tgender\tgloss\tnote';

export interface GlossRow {
  file: string;
  line: number;
  /** The tab-separated cells as written (a well-formed row has exactly five). */
  cells: string[];
}

export interface GlossFile {
  file: string;
  comments: string[];
  header: string | undefined;
  rows: GlossRow[];
}

export function glossFileNames(dir = GLOSS_DIR): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
}

export function readGlossFile(file: string, dir = GLOSS_DIR): GlossFile {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const comments: string[] = [];
  const rows: GlossRow[] = [];
  let header: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '') return;
    if (line.startsWith('#')) {
      comments.push(line);
    } else if (header === undefined) {
      header = line;
    } else {
      rows.push({ file, line: i + 1, cells: line.split('\t') });
    }
  });
  return { file, comments, header, rows };
}

/** Every row of every file, keyed `lemma\tupos` (first occurrence wins). */
export function glossKeys(dir = GLOSS_DIR): Set<string> {
  const keys = new Set<string>();
  for (const f of glossFileNames(dir)) {
    for (const r of readGlossFile(f, dir).rows) keys.add(`${r.cells[0]}\t${r.cells[1]}`);
  }
  return keys;
}
