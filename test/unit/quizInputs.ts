// Loads a lesson file into the three inputs of generateQuiz: the lesson, its reader document and
// the analysis of its full text.
//
// Interim, until buildReaderDocument (branch lesson) and createAnalyzer (branch engine) are merged:
// the analysis is the real tokenizer and sentence splitter with each token its own lemma, and the
// reader document glosses the glossary entries found verbatim (case and accents aside) in the text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lesson, ReaderDocument, ReaderSegment, ReaderUnit } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { lessonText } from '../../src/core/quiz/lessonText';
import { splitSentences, tokenize } from '../../src/core/text/tokenizer';
import type { Analysis } from '../../src/core/text/types';

export interface QuizInputs {
  lesson: Lesson;
  doc: ReaderDocument;
  analysis: Analysis;
}

/** Lower case, and capitals without their accents (« Etat » finds « État »), keeping the length. */
function foldChars(s: string): string {
  return [...s].map((c) => {
    const d = c === c.toUpperCase() ? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : c;
    return d.length === 1 ? d.toLowerCase() : c.toLowerCase();
  }).join('').replace(/’/g, "'");
}

function analyse(text: string): Analysis {
  const tokens = tokenize(text).map((t) => ({ ...t, lemma: t.form.toLowerCase(), upos: 'X' as const }));
  return { text, tokens, expressions: [], sentences: splitSentences(text) };
}

function readerDocument(lesson: Lesson): ReaderDocument {
  const units: ReaderUnit[] = [];
  const entries = [...lesson.glossary].sort((a, b) => b.headword.length - a.headword.length);
  const paragraphs = lesson.paragraphs.map((p) => {
    const folded = foldChars(p.text);
    const taken: { start: number; end: number; unit: number }[] = [];
    for (const e of entries) {
      const re = new RegExp(`(?<![\\p{L}])${foldChars(e.headword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of folded.matchAll(re)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        const id = units.length;
        const key = e.headword.includes(' ') ? `${e.headword}|EXPR` : `${e.headword}|${e.pos}`;
        units.push({
          id, text: p.text.slice(span.start, span.end), lemma: e.headword, pos: e.pos, gender: e.gender, gloss: e.gloss,
          note: e.note, origin: 'lesson', multiword: /[\s']/.test(e.headword), key, occurrences: [],
        });
        taken.push({ ...span, unit: id });
      }
    }
    taken.sort((a, b) => a.start - b.start);
    const sentences = splitSentences(p.text).map((s, i) => {
      const segments: ReaderSegment[] = [];
      let at = i === 0 ? 0 : s.start;
      for (const t of taken.filter((x) => x.start >= s.start && x.end <= s.end)) {
        if (t.start > at) segments.push({ text: p.text.slice(at, t.start) });
        segments.push({ unit: t.unit });
        at = t.end;
      }
      if (at < s.end) segments.push({ text: p.text.slice(at, s.end) });
      return { id: i, segments };
    });
    return { sentences };
  });
  for (const u of units) u.occurrences = units.filter((o) => o.key === u.key && o.id !== u.id).map((o) => o.id);
  return { lessonId: lesson.id, meta: lesson.meta, paragraphs, units, notes: [] };
}

export function loadQuizInputs(file: string): QuizInputs {
  const lesson = parseLesson(fs.readFileSync(file, 'utf8'), file);
  return { lesson, doc: readerDocument(lesson), analysis: analyse(lessonText(lesson)) };
}

const ROOT = path.join(__dirname, '..', '..');

/** Every shipped lesson and every quiz fixture lesson, as absolute paths. */
export function allLessonFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(p);
    }
  };
  walk(path.join(ROOT, 'lessons'));
  walk(path.join(ROOT, 'test', 'fixtures', 'quiz'));
  return out.sort();
}

export const SEED_FULL_TEXT = path.join(ROOT, 'lessons', 'wang-yi-lavrov', '04-texte-integral.md');
export const FIXTURE_SOMMET = path.join(ROOT, 'test', 'fixtures', 'quiz', 'sommet-paris.md');
export const FIXTURE_COURT = path.join(ROOT, 'test', 'fixtures', 'quiz', 'communique-court.md');
