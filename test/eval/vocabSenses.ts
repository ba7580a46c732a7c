// Lists the vocabulary the quizzes teach on the saved 2016 Wikinews tuning articles, one TSV row per
// distinct (lemma or expression, gloss taught), with the kinds that taught it and the text's sentence(s),
// so that each pair can be judged in its sentence: does the taught English fit the sense the text uses?
// The 2017 articles (review pools) are never read here.
// Usage: npx tsx test/eval/vocabSenses.ts [SEEDS, default 1-3] > listing.tsv
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateQuiz } from '../../src/core/quiz/generate';
import { buildQuizSource, type VocabEntry } from '../../src/core/quiz/source';
import type { QuizItem, Span } from '../../src/core/quiz/types';
import { importedLessons, WIKINEWS_DIR } from '../unit/quizDispatches';
import { testRank, testReadings } from '../unit/quizInputs';

/** Every saved 2016 article, sorted. */
function articles2016(): string[] {
  const out: string[] = [];
  for (const month of fs.readdirSync(WIKINEWS_DIR).sort()) {
    const dir = path.join(WIKINEWS_DIR, month);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(path.join(dir, f));
  }
  return out;
}

/** The text spans an item shows its vocabulary at, per key (a match item: one per left entry). */
function evidenceOf(item: QuizItem): Span[] {
  return item.kind === 'match' ? item.pairEvidence : item.keys.map(() => item.evidence);
}

/** What the item teaches the entry to mean: the first sense (the one a translation item keys), or the whole gloss for a collocation. */
function taught(item: QuizItem, e: VocabEntry): string {
  return item.kind === 'collocation' ? e.gloss : (e.senses[0] ?? '');
}

interface Row {
  lemma: string;
  pos: string;
  gloss: string;
  kinds: Set<string>;
  forms: Set<string>;
  sentences: Set<string>;
  lessons: Set<string>;
}

async function main(arg = '1-3'): Promise<void> {
  const [from = 1, to = from] = arg.split('-').map(Number);
  const rows = new Map<string, Row>();
  for (const file of articles2016()) {
    for (const l of await importedLessons(file)) {
      const source = buildQuizSource(l.lesson, l.doc, l.analysis, testRank(), testReadings());
      const byKey = new Map(source.vocab.map((e) => [e.key, e]));
      for (let seed = from; seed <= to; seed++) {
        const quiz = generateQuiz(l.lesson, l.doc, l.analysis, { seed, rank: testRank(), readings: testReadings() });
        for (const item of quiz.items) {
          if (item.kind === 'comprehension' || item.kind === 'title-person' || item.kind === 'reporting-verb') continue;
          const spans = evidenceOf(item);
          item.keys.forEach((key, i) => {
            const e = byKey.get(key);
            if (!e) return;
            const gloss = taught(item, e);
            const id = `${e.lemma}\t${gloss}`;
            const row = rows.get(id) ?? { lemma: e.lemma, pos: e.pos, gloss, kinds: new Set(), forms: new Set(), sentences: new Set(), lessons: new Set() };
            rows.set(id, row);
            row.kinds.add(item.kind);
            row.lessons.add(l.name);
            const span = spans[i] ?? item.evidence;
            const occurrence = e.occurrences.find((o) => o.span.start >= span.start && o.span.end <= span.end) ?? e.occurrences[0];
            if (!occurrence) return;
            row.forms.add(occurrence.surface);
            row.sentences.add(source.text.slice(occurrence.sentence.start, occurrence.sentence.end).replace(/\s+/gu, ' ').trim());
          });
        }
      }
    }
  }
  const clean = (s: string): string => s.replace(/[\t\n]+/gu, ' ');
  const out = ['lemma\tpos\tform\tgloss taught\tkinds\tlessons\tsentence'];
  for (const r of [...rows.values()].sort((a, b) => a.lemma.localeCompare(b.lemma, 'fr') || a.gloss.localeCompare(b.gloss))) {
    out.push([r.lemma, r.pos, [...r.forms].join(' | '), r.gloss, [...r.kinds].sort().join(','), [...r.lessons].join(' '), [...r.sentences].slice(0, 2).join(' || ')].map(clean).join('\t'));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

void main(process.argv[2]);
