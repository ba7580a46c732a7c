import { strict as assert } from 'node:assert';
import { serializeLesson, type LessonDraft } from '../../src/core/import/serialize';
import { parseLesson } from '../../src/core/lesson/parser';

const draft: LessonDraft = {
  meta: { title: 'Wang Yi rencontre | Lavrov', source: 'Xinhua', date: '2022-02-04', level: 'B2', series: 'Pékin 2022', order: 2, tags: ['imported', 'Chine'] },
  paragraphs: [
    "Le Conseiller d'État a rencontré jeudi Sergueï Lavrov.",
    '- Nous sommes prêts, a-t-il dit.',
    '1. Premier point : la paix.',
    '# Pas un titre, et <script>alert(1)</script> reste du texte.',
  ],
  glossary: [
    { headword: "Conseiller d'État", pos: 'NOUN', gender: 'm', gloss: 'State Councilor', note: 'a rank | title' },
    { headword: 'rencontrer', pos: 'VERB', gloss: 'to meet' },
  ],
  notes: [{ kind: 'repair', title: 'Sergue? → Sergueï', body: 'The source lost the *ï*.' }],
};

describe('import: lesson serializer', () => {
  it('writes a lesson the parser reads back to the same content', () => {
    const lesson = parseLesson(serializeLesson(draft), '/tmp/pekin/02-test.md');
    assert.deepEqual(lesson.meta, { ...draft.meta, title: 'Wang Yi rencontre | Lavrov' });
    assert.deepEqual(lesson.paragraphs.map((p) => p.text), draft.paragraphs);
    assert.deepEqual(lesson.glossary.map((g) => [g.headword, g.pos, g.gender, g.gloss, g.note]), [
      ["Conseiller d'État", 'NOUN', 'm', 'State Councilor', 'a rank | title'],
      ['rencontrer', 'VERB', undefined, 'to meet', undefined],
    ]);
    assert.deepEqual(lesson.notes.map((n) => [n.kind, n.title, n.repair]), [['repair', 'Sergue? → Sergueï', { from: 'Sergue?', to: 'Sergueï' }]]);
  });

  it('escapes every line Markdown would read as another block, and the parser reads the exact text back', () => {
    const lines = [
      '<!-- pas un commentaire', '<script>alert(1)</script>', '<pre>', '<div>', '```', '~~~', '---', '***', '___', '- - -',
      '+', '-', '*', '#', '######', '1.', '2)', '123456789. x', '> citation', '[ref]: http://example.org', '[x]: <a>',
      '## Glossary', '{{a|b}}', 'a {{b|c}} {{{d', '\\', 'C:\\Users\\', 'fin\\', '\\#', '\\{{', '= titre', '| a | b |',
      '«\u00a0citation\u00a0»', 'l’amitié', 'Quoi\u202f?',
    ];
    const markdown = serializeLesson({ ...draft, paragraphs: ['Le ministre a parlé.', ...lines, 'La réunion a eu lieu.'], notes: [] });
    const lesson = parseLesson(markdown, '/tmp/pekin/02-test.md');
    assert.deepEqual(lesson.paragraphs.map((p) => p.text), ['Le ministre a parlé.', ...lines, 'La réunion a eu lieu.']);
    assert.deepEqual(lesson.paragraphs.map((p) => p.overrides.length), lesson.paragraphs.map(() => 0), 'no inline gloss was made up');
    assert.equal(lesson.glossary.length, 2);
  });

  it('writes front matter values the parser reads back: quotes kept, one line', () => {
    for (const title of ['"Oui", dit-il, "non"', "'citation'", '"a\'', 'Titre : sous-titre', 'key: value', '---']) {
      const lesson = parseLesson(serializeLesson({ ...draft, meta: { ...draft.meta, title, series: title, source: title } }), '/tmp/x/01.md');
      assert.deepEqual([lesson.meta.title, lesson.meta.series, lesson.meta.source], [title, title, title]);
    }
    const lesson = parseLesson(serializeLesson({ ...draft, meta: { ...draft.meta, title: 'a\nb\u2028c\u2029d\re' } }), '/tmp/x/01.md');
    assert.equal(lesson.meta.title, 'a b c d e');
  });
});
