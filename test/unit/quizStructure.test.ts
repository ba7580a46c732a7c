// Questions on the dispatch's structure (issue 12): the main event against the background. The
// lead (the first sentence after the headline) gives the news; sentences in the past perfect, or
// with « depuis… », « la veille », « rappelle-t-on », go back in time to explain it.
import * as assert from 'node:assert/strict';
import { draftItems } from '../../src/core/quiz/generate';
import { backgroundCue, leadSentence, MAIN_EVENT_PROMPT, ROLE_BACKGROUND, ROLE_NEWS, structureQuestions } from '../../src/core/quiz/generators/structure';
import { frenchPunctuation } from '../../src/core/quiz/french';
import { teacherProblems } from '../../src/core/quiz/quality';
import { createRng } from '../../src/core/quiz/rng';
import { buildQuizSource, type QuizSource } from '../../src/core/quiz/source';
import type { ComprehensionItem } from '../../src/core/quiz/types';
import { importedLessons, quizDispatchFiles } from './quizDispatches';

async function sourceOf(name: string, lesson = 0): Promise<QuizSource> {
  const file = quizDispatchFiles().find((f) => f.includes(name)) as string;
  const l = (await importedLessons(file))[lesson]!;
  return buildQuizSource(l.lesson, l.doc, l.analysis);
}

describe('quiz: main event vs background', function () {
  this.timeout(60000);

  it('finds what sends a sentence back in time, and not what only looks like it', () => {
    assert.equal(backgroundCue("Son président, Bola Tinubu, avait menacé en août d'une intervention militaire."), 'the past perfect');
    assert.equal(backgroundCue("Haïti n'a plus de président depuis l'assassinat de Jovenel Moïse en juillet 2021."), '« depuis »');
    assert.equal(backgroundCue('Le différend empoisonnait les relations depuis quatre ans.'), '« depuis »');
    assert.equal(backgroundCue('La précédente trêve, rappelle-t-on, avait duré deux jours.'), 'the past perfect');
    // Reported speech's past perfect, today's news with its day or what is due: not background.
    assert.equal(backgroundCue("Elle a souligné que l'accord avait été adopté à la majorité qualifiée."), undefined);
    assert.equal(backgroundCue("Le cessez-le-feu doit entrer en vigueur jeudi et permettre l'aide aux quartiers privés d'eau depuis le début du mois."), undefined);
    assert.equal(backgroundCue('Les ministres ont adopté jeudi le texte, après des mois de négociations.'), undefined);
  });

  it('asks which is the main news: the lead, against background sentences', async () => {
    const source = await sourceOf('quiz-04');
    const lead = leadSentence(source);
    assert.match(lead?.text ?? '', /^Le chef de la junte au pouvoir au Niger/u);
    const drafts = structureQuestions(source, createRng(3));
    const main = drafts.find((d) => d.prompt === frenchPunctuation(MAIN_EVENT_PROMPT));
    assert.ok(main, drafts.map((d) => d.prompt).join('\n'));
    assert.match(main.choices[main.answer] as string, /^Le chef de la junte/u);
    assert.ok(main.choices.some((c) => c.startsWith('Son président en exercice')));
    assert.deepEqual(main.evidence, lead?.span);
    const tinubu = drafts.find((d) => d.prompt.includes('Son président en exercice') && d.prompt !== main.prompt);
    assert.equal(tinubu?.choices[tinubu.answer], ROLE_BACKGROUND);
    const news = drafts.find((d) => d.prompt.includes('Le chef de la junte') && d.prompt !== main.prompt);
    assert.equal(news?.choices[news.answer], ROLE_NEWS);
    for (const d of drafts) assert.deepEqual(teacherProblems({ ...d, id: 'x' }, source.text, { people: [], organisations: [], places: [], times: [] }), [], d.prompt);
  });

  it('is among the generated comprehension questions, and only in the lesson that holds the lead', async () => {
    const first = draftItems(await sourceOf('quiz-04'), { seed: 1, kinds: ['comprehension'] }).get('comprehension') ?? [];
    assert.ok(first.some((i) => i.kind === 'comprehension' && i.focus === 'main-event'));
    const second = await sourceOf('quiz-02', 1);
    assert.equal(leadSentence(second), undefined);
    assert.deepEqual(structureQuestions(second, createRng(1)), []);
  });

  it('the validity check objects to a main news that is not the lead, and to news offered as background', async () => {
    const source = await sourceOf('quiz-04');
    const main = structureQuestions(source, createRng(3)).find((d) => d.prompt === frenchPunctuation(MAIN_EVENT_PROMPT)) as Omit<ComprehensionItem, 'id'>;
    const none = { people: [], organisations: [], places: [], times: [] };
    const background = main.choices.find((_, i) => i !== main.answer) as string;
    const swapped = { ...main, id: 'x', answer: main.choices.indexOf(background) };
    assert.ok(teacherProblems(swapped, source.text, none).includes('the main news offered is not the lead'));
    const tinubu = structureQuestions(source, createRng(3)).find((d) => d.prompt.includes('Son président en exercice') && d.prompt !== main.prompt) as Omit<ComprehensionItem, 'id'>;
    const asNews = { ...tinubu, id: 'y', answer: tinubu.choices.indexOf(ROLE_NEWS) };
    assert.ok(teacherProblems(asNews, source.text, none).includes('a sentence other than the lead given as the news'));
    const leadAsBackground = { ...tinubu, id: 'z', evidence: main.evidence };
    assert.ok(teacherProblems(leadAsBackground, source.text, none).some((p) => p.includes('nothing that sends it back in time')));
  });
});
