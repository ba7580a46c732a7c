// The shipped lessons: every file in lessons/ parses, and the first series (the Wang Yi – Lavrov
// dispatch) has the shape the curriculum promises: short lessons then the full text, questions,
// the required expressions glossed, the damage repaired and flagged, the dispatch kept verbatim.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadLessonFolders } from '../../src/core/lesson/library';
import type { Lesson, ReaderDocument } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { weakAnalyzer } from './lessonTestAnalyzer';

const LESSONS = join(__dirname, '..', '..', 'lessons');
const SERIES_DIR = join(LESSONS, 'wang-yi-lavrov');
const DISPATCH = '/work/shared/seed/dispatch-wang-yi-lavrov.txt';
const NBSP = '\u00a0';

/** The expressions the series must teach, in the form a glossary headword takes. */
const REQUIRED = [
  "Conseiller d'État", 'ministre des Affaires étrangères', "chef d'État", 'faire des préparatifs',
  'tâche primaire', 'en personne', 'guidé par', 'consensus', 'amitié honorée par le temps',
  'coordination stratégique globale', 'équité', 'endiguer', 'propagation transfrontalière',
  'pour sa part', 'être disposé à', 'Union économique eurasiatique',
  'Initiative « la Ceinture et la Route »', 'politisation', "s'opposer à", 'confrontation entre blocs',
];

/** The damage in the source and its repair: each repaired form in a lesson needs its repair note. */
const REPAIRS = [
  { from: 'Sergue?', to: 'Sergueï' },
  { from: 'tache', to: 'tâche' },
  { from: "d'Etat", to: "d'État" },
  { from: '"', to: '«' },
];

/** Words that need no gloss of their own: articles, pronouns, prepositions, conjunctions, auxiliaries. */
const FUNCTION_WORDS = new Set(
  ("le la les l' un une des du de d' au aux à a ont est était avait auront et ou que qu' qui " +
    'il ils elle elles sa son ses leur leurs ce cette ces pour par avec sur dans en contre se s\'').split(' '),
);

/** How the required expressions stand in the text: glossary headword -> the words it must cover. */
const IN_TEXT: Array<[string, string]> = [
  ["Conseiller d'État", "Conseiller d'État"],
  ['ministre des Affaires étrangères', 'ministre des Affaires étrangères'],
  ["chef d'État", "chefs d'État"],
  ['faire des préparatifs', 'fait des préparatifs'],
  ['tâche primaire', 'tâche primaire'],
  ['en personne', 'en personne'],
  ['guidé par', 'Guidée par'],
  ['consensus parvenu', 'consensus parvenus'],
  ['amitié honorée par le temps', 'amitié honorée par le temps'],
  ['coordination stratégique globale', 'coordination stratégique globale'],
  ['équité', 'équité'],
  ['endiguer', 'endiguer'],
  ['propagation transfrontalière', 'propagation transfrontalière'],
  ['pour sa part', 'pour sa part'],
  ['être disposé à', 'était disposée à'],
  ['Union économique eurasiatique', 'Union économique eurasiatique'],
  [`Initiative de «${NBSP}la Ceinture et la Route${NBSP}»`, `Initiative de «${NBSP}la Ceinture et la Route${NBSP}»`],
  ['politisation', 'politisation'],
  ["s'opposer à", "s'opposer à"],
  ['confrontation entre blocs', 'confrontation entre blocs'],
];

/**
 * The engine's tokenizer with the lemmas of the series' inflected verbs: a stand-in for the
 * lemmatizer, so the test checks the glossaries rather than the engine.
 */
const analyzer = weakAnalyzer({
  rencontré: 'rencontrer', fait: 'faire', notant: 'noter', auront: 'avoir', indiqué: 'indiquer',
  était: 'être', est: 'être', déclaré: 'déclarer', appelé: 'appeler', avait: 'avoir',
  apprécié: 'apprécier', convenu: 'convenir', exprimé: 'exprimer', mutuelles: 'mutuel',
});

function lessonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return lessonFiles(full);
    return name.endsWith('.md') && name !== 'README.md' ? [full] : [];
  });
}

function parse(file: string): Lesson {
  return parseLesson(readFileSync(file, 'utf8'), file);
}

function plainText(lesson: Lesson): string {
  return lesson.paragraphs.map((p) => p.text).join('\n\n');
}

/** Words as a reader counts them: runs between spaces that hold at least one letter. */
function wordCount(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/u).filter((w) => /\p{L}/u.test(w)).length;
}

/** A headword's form as the series requires it: case, apostrophe and space style ignored. */
function headKey(headword: string): string {
  return headword.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/[\s\u00a0\u202f]+/gu, ' ');
}

describe('shipped lessons', () => {
  const files = lessonFiles(LESSONS);

  it('are found in lessons/', () => {
    assert.ok(files.length > 0);
  });

  for (const file of files) {
    it(`parses ${file.slice(LESSONS.length + 1)}`, () => {
      parse(file);
    });
  }

  it('load as a library with no problems', async () => {
    const library = await loadLessonFolders([LESSONS]);
    assert.deepEqual(library.problems, []);
    assert.equal(library.lessons.length, files.length);
  });
});

describe('series: Wang Yi – Lavrov', () => {
  // Parsed in a hook, so a broken lesson fails these tests instead of the whole run.
  let lessons: Lesson[] = [];
  let fullText: Lesson | undefined;
  let short: Lesson[] = [];
  const documents = new Map<Lesson, ReaderDocument>();
  /** The reader document of a lesson, built once: matching the glossary is the slow part. */
  const readerDocument = (lesson: Lesson): ReaderDocument => {
    const doc = documents.get(lesson) ?? buildReaderDocument(lesson, analyzer);
    documents.set(lesson, doc);
    return doc;
  };
  before(() => {
    lessons = lessonFiles(SERIES_DIR)
      .map(parse)
      .sort((a, b) => a.meta.order - b.meta.order);
    fullText = lessons[lessons.length - 1];
    short = lessons.slice(0, -1);
  });

  it('has 3 or 4 short lessons and the full text, in one series, ordered 1..n', () => {
    assert.ok(lessons.length >= 4 && lessons.length <= 5, `${lessons.length} lessons`);
    assert.equal(new Set(lessons.map((l) => l.meta.series)).size, 1);
    assert.deepEqual(
      lessons.map((l) => l.meta.order),
      lessons.map((_, i) => i + 1),
    );
  });

  it('keeps the dispatch verbatim in the full text, with only the flagged repairs', () => {
    const source = readFileSync(DISPATCH, 'utf8').split('\n');
    assert.match(source[0] ?? '', /^Dernière mise à jour/u, 'the dispatch starts with its dateline');
    const repaired = source
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) =>
        line
          .replace('Sergue?', 'Sergueï')
          .replace(/d'Etat/g, "d'État")
          .replace('la tache', 'la tâche')
          .replace(/"([^"]*)"/g, `«${NBSP}$1${NBSP}»`),
      );
    assert.deepEqual(
      fullText?.paragraphs.map((p) => p.text),
      repaired,
    );
  });

  it('splits the dispatch at paragraph boundaries: the short lessons put together are the full text', () => {
    assert.deepEqual(
      short.flatMap((l) => l.paragraphs.map((p) => p.text)),
      fullText?.paragraphs.map((p) => p.text),
    );
  });

  it('keeps each short lesson between 100 and 150 words', () => {
    for (const lesson of short) {
      const n = wordCount(plainText(lesson));
      assert.ok(n >= 100 && n <= 150, `${lesson.id}: ${n} words`);
    }
  });

  it('leaves the dateline out of the text and gives source and date in the front matter', () => {
    for (const lesson of lessons) {
      assert.ok(!plainText(lesson).includes('mise à jour'), lesson.id);
      assert.ok(lesson.meta.source, `${lesson.id}: source`);
      assert.equal(lesson.meta.date, '2022-02-04', `${lesson.id}: date`);
    }
  });

  it('asks at least 5 questions per lesson, with both kinds across the series', () => {
    for (const lesson of lessons) {
      assert.ok(lesson.questions.length >= 5, `${lesson.id}: ${lesson.questions.length} questions`);
      for (const q of lesson.questions) {
        assert.ok(q.choices.length >= 2 && q.choices.length <= 4, `${lesson.id}:${q.line}: ${q.choices.length} choices`);
        assert.ok(q.explanation.trim().length > 0, `${lesson.id}:${q.line}: explanation`);
      }
    }
    const kinds = new Set(lessons.flatMap((l) => l.questions.map((q) => q.kind)));
    assert.deepEqual([...kinds].sort(), ['choice', 'truefalse']);
  });

  it('translates every lesson sentence by sentence', () => {
    for (const lesson of lessons) {
      assert.equal(lesson.translation?.mode, 'sentence', lesson.id);
    }
  });

  it('glosses every required expression somewhere in the series', () => {
    const heads = new Set(lessons.flatMap((l) => l.glossary.map((g) => headKey(g.headword))));
    for (const expression of REQUIRED) assert.ok(heads.has(headKey(expression)), expression);
  });

  it('gives the full text the union of the lessons’ glossaries', () => {
    const full = new Set(fullText?.glossary.map((g) => `${g.headword}|${g.pos}`));
    for (const lesson of short) {
      for (const g of lesson.glossary) assert.ok(full.has(`${g.headword}|${g.pos}`), `${lesson.id}: ${g.headword}`);
    }
  });

  it('glosses every content word of each lesson from its own glossary or an inline gloss', () => {
    for (const lesson of lessons) {
      const doc = readerDocument(lesson);
      const unglossed = doc.units
        .filter((u) => u.origin !== 'lesson' && u.origin !== 'inline')
        .map((u) => u.text.toLowerCase().replace(/’/g, "'"))
        .filter((w) => !FUNCTION_WORDS.has(w));
      assert.deepEqual([...new Set(unglossed)], [], lesson.id);
    }
  });

  it('teaches the required expressions as one unit each where the text has them', () => {
    const doc = readerDocument(fullText as Lesson);
    const found = new Set(doc.units.filter((u) => u.origin === 'lesson').map((u) => `${u.lemma} = ${u.text}`));
    for (const [headword, text] of IN_TEXT) assert.ok(found.has(`${headword} = ${text}`), `${headword} = ${text}`);
  });

  it('flags every repair with a repair note', () => {
    for (const lesson of lessons) {
      const text = plainText(lesson);
      const repairs = lesson.notes.flatMap((n) => (n.repair ? [n.repair] : []));
      for (const { from, to } of REPAIRS) {
        if (!text.includes(to)) continue;
        assert.ok(
          repairs.some((r) => r.from.includes(from) && r.to.includes(to)),
          `${lesson.id}: no repair note for ${from} → ${to}`,
        );
      }
    }
  });

  it('uses French typography in the text and the questions', () => {
    for (const lesson of lessons) {
      const french = [plainText(lesson), ...lesson.questions.map((q) => q.prompt)].join('\n');
      assert.ok(!french.includes('"'), `${lesson.id}: straight double quote`);
      assert.ok(!/« |\s»/u.test(french.replace(/\u00a0/g, '')), `${lesson.id}: guillemet without a non-breaking space`);
      assert.ok(!/«(?!\u00a0)|(?<!\u00a0)»/u.test(french), `${lesson.id}: guillemet without a non-breaking space`);
      assert.ok(!/ [?!:;]/u.test(french), `${lesson.id}: ordinary space before ? ! : ;`);
      assert.ok(!/\w[?!:;]/u.test(french), `${lesson.id}: no space before ? ! : ;`);
      assert.ok(!/\bEtat\b/u.test(french), `${lesson.id}: Etat without its accent`);
    }
  });
});
