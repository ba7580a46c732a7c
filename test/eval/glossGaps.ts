// `npx tsx test/eval/glossGaps.ts [TOP] [LIMIT]`: the content lemmas (NOUN, VERB, ADJ, ADV) that
// the TOP most frequent word forms of dist/data/frequency.tsv reach through the lexicon and that
// have no authored gloss for that part of speech, most frequent first: the work list for growing
// the authored lexicon (src/core/text/data/glosses/*.tsv) toward the long tail of news.
// Columns: best rank, lemma, UPOS, the forms that reach it (up to three), and a flag:
// `shadowed` when every such form also has a content reading the lexicon glosses (a text mostly
// gets that reading, so the gap matters less), `other-pos` when the lemma is glossed under another
// part of speech. Needs dist/data (`node esbuild.js`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon } from '../../src/core/text/lexicon';
import { glossKeys } from './glossTsv';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const DATA = join(__dirname, '..', '..', 'dist', 'data');

interface Gap {
  lemma: string;
  upos: string;
  rank: number;
  forms: string[];
  /** At least one form that reaches it has no glossed content reading. */
  exposed: boolean;
}

/** The forms of frequency.tsv ranked TOP or better, most frequent first. */
function topForms(top: number): Array<[string, number]> {
  const rows: Array<[string, number]> = [];
  for (const line of readFileSync(join(DATA, 'frequency.tsv'), 'utf8').split('\n')) {
    const [form = '', r = ''] = line.split('\t');
    const rank = Number(r);
    if (form !== '' && rank > 0 && rank <= top) rows.push([form, rank]);
  }
  return rows.sort((a, b) => a[1] - b[1]);
}

function main(argv: string[]): void {
  const top = Number(argv[0] ?? 40000);
  const limit = Number(argv[1] ?? Infinity);
  const keys = glossKeys();
  const glossedLemmas = new Set([...keys].map((k) => k.split('\t')[0]));
  const lexicon = new Lexicon(DATA);
  const gaps = new Map<string, Gap>();
  for (const [form, rank] of topForms(top)) {
    const content = lexicon.lookup(form).filter((e) => CONTENT.has(e.upos));
    const glossed = content.some((e) => keys.has(`${e.lemma}\t${e.upos}`));
    for (const e of content) {
      const key = `${e.lemma}\t${e.upos}`;
      if (keys.has(key)) continue;
      let gap = gaps.get(key);
      if (!gap) {
        gap = { lemma: e.lemma, upos: e.upos, rank, forms: [], exposed: false };
        gaps.set(key, gap);
      }
      if (!gap.forms.includes(form)) gap.forms.push(form);
      if (!glossed) gap.exposed = true;
    }
  }
  const list = [...gaps.values()].sort((a, b) => a.rank - b.rank);
  let shown = 0;
  for (const g of list) {
    if (shown++ >= limit) break;
    const flag = !g.exposed ? 'shadowed' : glossedLemmas.has(g.lemma) ? 'other-pos' : '';
    console.log([g.rank, g.lemma, g.upos, g.forms.slice(0, 3).join(','), flag].join('\t'));
  }
  const exposed = list.filter((g) => g.exposed && !glossedLemmas.has(g.lemma)).length;
  console.error(`${list.length} lemma+UPOS gaps from the top ${top} forms; ${exposed} exposed (no glossed reading, lemma unglossed)`);
}

main(process.argv.slice(2));
