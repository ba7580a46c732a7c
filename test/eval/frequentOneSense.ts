// Lists the content lemmas of the saved 2016 Wikinews tuning articles by frequency (the analyzer's
// own counts: lemma and part of speech of every NOUN, VERB, ADJ and ADV token), and those in a rank
// range whose gloss has one sense, each with two of its sentences, so that each can be read against
// its uses and against what news commonly means by it (test/eval/vocab-senses-2016.md, sessions 11
// and 12). The 2017 articles (review pools) are never read here.
// Usage: npx tsx test/eval/frequentOneSense.ts [FROM-TO, default 301-900] > listing.tsv
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitSenses } from '../../src/core/quiz/source';
import { WIKINEWS_DIR } from '../unit/quizDispatches';
import { testAnalyzer } from '../unit/quizInputs';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

interface Count {
  lemma: string;
  upos: string;
  count: number;
  /** Glosses met, by how often (a lemma's tokens may carry the participle's adjective-first gloss). */
  glosses: Map<string, number>;
  sentences: string[];
}

function main(arg = '301-900'): void {
  const [from = 301, to = 900] = arg.split('-').map(Number);
  const analyzer = testAnalyzer();
  const counts = new Map<string, Count>();
  for (const month of fs.readdirSync(WIKINEWS_DIR).sort()) {
    const dir = path.join(WIKINEWS_DIR, month);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const analysis = analyzer.analyze(text);
      for (const s of analysis.sentences) {
        for (const t of analysis.tokens) {
          if (t.start < s.start || t.end > s.end || !CONTENT.has(t.upos)) continue;
          const key = `${t.lemma}\t${t.upos}`;
          const c: Count = counts.get(key) ?? { lemma: t.lemma, upos: t.upos, count: 0, glosses: new Map(), sentences: [] };
          counts.set(key, c);
          c.count++;
          if (t.gloss) c.glosses.set(t.gloss, (c.glosses.get(t.gloss) ?? 0) + 1);
          if (c.sentences.length < 2) c.sentences.push(text.slice(s.start, s.end).replace(/\s+/gu, ' ').trim().slice(0, 220));
        }
      }
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma, 'fr'));
  const out = ['rank\tlemma\tupos\tcount\tgloss\tsentences'];
  ranked.forEach((c, i) => {
    const rank = i + 1;
    if (rank < from || rank > to) return;
    const gloss = [...c.glosses.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (gloss === undefined || splitSenses(gloss).length !== 1) return;
    out.push([rank, c.lemma, c.upos, c.count, gloss, c.sentences.join(' || ')].join('\t'));
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv[2]);
