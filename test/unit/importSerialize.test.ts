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
    assert.equal(lesson.paragraphs.length, 4);
    assert.equal(lesson.paragraphs[0]!.text, draft.paragraphs[0]);
    assert.equal(lesson.paragraphs[1]!.text, '– Nous sommes prêts, a-t-il dit.');
    assert.equal(lesson.paragraphs[2]!.text, '1.\u200b Premier point : la paix.');
    assert.match(lesson.paragraphs[3]!.text, /<script>alert\(1\)<\/script> reste du texte/);
    assert.deepEqual(lesson.glossary.map((g) => [g.headword, g.pos, g.gender, g.gloss, g.note]), [
      ["Conseiller d'État", 'NOUN', 'm', 'State Councilor', 'a rank | title'],
      ['rencontrer', 'VERB', undefined, 'to meet', undefined],
    ]);
    assert.deepEqual(lesson.notes.map((n) => [n.kind, n.title, n.repair]), [['repair', 'Sergue? → Sergueï', { from: 'Sergue?', to: 'Sergueï' }]]);
  });
});
