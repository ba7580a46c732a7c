// Questions, senses and sentence explanations through VS Code's Language Model API, in a real
// extension host: the scripted model of test/integration/lm-provider answers as its script says
// (good, malformed, with an invalid item, out of range, a refusal, an error, a slow stream);
// Dépêche keeps only what passes its checks, writes nothing otherwise, and asks nothing while the
// setting is `off`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DepecheApi } from '../../../src/extension';
import { parseLesson } from '../../../src/core/lesson/parser';
import { Commands } from '../../../src/vscode/ids';
import { modelOffered } from '../../../src/vscode/lm/explainSentence';
import type { QuestionsOutcome } from '../../../src/vscode/lm/lessonQuestions';
import type { SensesOutcome } from '../../../src/vscode/lm/lessonSenses';
import { eventually } from './eventually';

const MODEL_ID = 'depeche-test-scripted';

interface TestModels {
  log: { requests: { script: string; prompt: string; task: string }[]; tokenCounts: number };
  reset(): void;
}

const LESSON = `---
title: Rencontre à Paris
level: B1
series: Modèle LM
order: 1
---

## Text

Le ministre a reçu son homologue à Paris. Les deux chefs d'État se rencontreront vendredi. M. Dupont a déclaré : « Nous sommes prêts ! » La réunion durera deux jours.

Les délégations ont évoqué la sécurité énergétique. Elles ont aussi parlé de l'Ukraine. Un accord pourrait être signé la semaine prochaine.

## Glossary

| French | POS | Gender | English | Note |
|---|---|---|---|---|
| homologue | NOUN | m/f | counterpart | |
| sécurité | NOUN | f | security; safety | |
`;

const config = (section: string) => vscode.workspace.getConfiguration(section);

describe('Questions, senses and explanations with a language model', function () {
  this.timeout(120_000);
  let api: DepecheApi;
  let models: TestModels;
  let folder: string;
  let n = 0;

  function newLesson(): string {
    const file = path.join(folder, `rencontre-${++n}.md`);
    fs.writeFileSync(file, LESSON);
    return file;
  }

  const questions = (file: string) => vscode.commands.executeCommand<QuestionsOutcome>(Commands.writeLessonQuestions, { file });
  const senses = (file: string) => vscode.commands.executeCommand<SensesOutcome>(Commands.chooseLessonSenses, { file });

  async function script(name: string): Promise<void> {
    await config('depecheTestModel').update('script', name, vscode.ConfigurationTarget.Global);
    models.reset();
  }

  /** Opens the lesson in the reader and returns the panel and the id of the unit « reçu ». */
  async function openInReader(file: string) {
    const lesson = await eventually(async () => {
      const found = (await api.catalog.load()).lessons.find((l) => l.file === file);
      assert.ok(found, 'the catalog has the lesson');
      return found;
    });
    await vscode.commands.executeCommand(Commands.openLesson, lesson.id);
    const panel = await eventually(() => {
      const p = api.readerPanel();
      assert.ok(p?.readerDocument?.lessonId === lesson.id, 'the reader shows the lesson');
      return p!;
    });
    const unit = panel.readerDocument!.units.find((u) => u.text === 'reçu' || u.text === 'a reçu');
    assert.ok(unit, 'the reader has the unit « reçu »');
    return { panel, unit: unit.id };
  }

  before(async () => {
    api = await vscode.extensions.getExtension<DepecheApi>('depeche.depeche')!.activate();
    const provider = vscode.extensions.getExtension<TestModels>('depeche-test.depeche-test-models');
    assert.ok(provider, 'the scripted model extension is installed');
    models = await provider.activate();
    folder = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, 'lessons', 'modele-lm');
    fs.mkdirSync(folder, { recursive: true });
    await config('chat').update('disableAIFeatures', false, vscode.ConfigurationTarget.Global);
    await config('depeche').update('languageModel', MODEL_ID, vscode.ConfigurationTarget.Global);
    await eventually(async () => assert.equal((await vscode.lm.selectChatModels({ id: MODEL_ID })).length, 1), 30_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config('depeche').update('languageModel', 'off', vscode.ConfigurationTarget.Global);
    await config('chat').update('disableAIFeatures', true, vscode.ConfigurationTarget.Global);
    await config('depecheTestModel').update('script', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes the model\'s questions that pass the checks, fills the rest offline, and names the model\'s', async () => {
    await script('good');
    const file = newLesson();
    const outcome = await questions(file);
    assert.equal(outcome.outcome, 'written', JSON.stringify(outcome));
    assert.ok(outcome.outcome === 'written' && outcome.byModel === 2 && outcome.refused.length === 0, JSON.stringify(outcome));
    assert.equal(models.log.requests.filter((r) => r.task === 'questions').length, 1);
    assert.ok(models.log.requests[0]!.prompt.includes('Un accord pourrait être signé la semaine prochaine.'), 'the lesson text was sent');
    const markdown = fs.readFileSync(file, 'utf8');
    assert.match(markdown, /## Questions\n\n<!-- questions by language model \(Scripted Model\): 1, 2 -->\n\n1\. Que dit la première phrase\u202f\?\n {3}- \[x\] à Paris/);
    const lesson = parseLesson(markdown, file);
    assert.deepEqual(lesson.questions.slice(0, 2).map((q) => q.machine), ['Scripted Model', 'Scripted Model']);
    assert.ok(lesson.questions.slice(2).every((q) => q.machine === undefined), 'the others are the offline generator\'s');
  });

  it('drops a proposed question whose evidence is not in the text, and keeps the others', async () => {
    await script('questions-invalid');
    const file = newLesson();
    const outcome = await questions(file);
    assert.ok(outcome.outcome === 'written', JSON.stringify(outcome));
    assert.equal(outcome.byModel, 2);
    assert.equal(outcome.refused.length, 1);
    assert.match(outcome.refused[0]!, /^3: its evidence is not in the text/);
    assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /Que dit la dernière phrase/);
  });

  for (const [name, outcome, message] of [
    ['questions-malformed', 'rejected', /not the JSON asked for/],
    ['refusal', 'rejected', /declined to write questions/],
    ['error', 'failed', /refused the request \(blocked/],
  ] as const) {
    it(`writes no questions when the model answers ${name === 'error' ? 'with an error' : name === 'refusal' ? 'with a refusal' : 'with malformed JSON'}`, async () => {
      await script(name);
      const file = newLesson();
      const result = await questions(file);
      assert.equal(result.outcome, outcome, JSON.stringify(result));
      assert.match('message' in result ? result.message : '', message);
      assert.equal(models.log.requests.length, 1, 'the model was asked once');
      assert.equal(fs.readFileSync(file, 'utf8'), LESSON, 'the lesson file is unchanged');
    });
  }

  it('lets the model choose a sense by its number, only where the offline rules are unsure, and says so in the row', async () => {
    await script('good');
    const file = newLesson();
    const outcome = await senses(file);
    assert.ok(outcome.outcome === 'written', JSON.stringify(outcome));
    assert.deepEqual(outcome.chosen, [{ headword: 'sécurité', sense: 'safety' }]);
    const prompt = models.log.requests[0]!.prompt;
    assert.match(prompt, /1\. sécurité \(NOUN\) in: Les délégations ont évoqué la sécurité énergétique\.\n {3}1\) security\n {3}2\) safety/);
    assert.doesNotMatch(prompt, /homologue \(NOUN\)/, 'a one-sense row is not asked about');
    const markdown = fs.readFileSync(file, 'utf8');
    assert.match(markdown, /\| sécurité \| NOUN \| f \| safety; security \| sense chosen by a language model \(Scripted Model\) \|/);
    assert.equal(markdown.replace(/\| sécurité .*\n/, ''), LESSON.replace(/\| sécurité .*\n/, ''), 'nothing else changed');
  });

  it('refuses a sense number out of range, and writes nothing', async () => {
    await script('senses-range');
    const file = newLesson();
    const outcome = await senses(file);
    assert.equal(outcome.outcome, 'rejected', JSON.stringify(outcome));
    assert.match('message' in outcome ? outcome.message : '', /sécurité: sense 3 is not one of its 2 senses/);
    assert.equal(fs.readFileSync(file, 'utf8'), LESSON);
  });

  it('writes no sense when the model fails with an error', async () => {
    await script('error');
    const file = newLesson();
    const outcome = await senses(file);
    assert.equal(outcome.outcome, 'failed', JSON.stringify(outcome));
    assert.equal(fs.readFileSync(file, 'utf8'), LESSON);
  });

  it('explains the sentence of the word on the gloss card, sending that sentence only', async () => {
    await script('good');
    assert.equal(await modelOffered(), true, 'the card offers the explanation');
    const { panel, unit } = await openInReader(newLesson());
    const outcome = await panel.explainSentence(unit);
    assert.ok(outcome?.outcome === 'explained', JSON.stringify(outcome));
    assert.equal(outcome.model, 'Scripted Model');
    assert.match(outcome.text, /^It means that the minister welcomed his counterpart in Paris\.\n\nThe verb « a reçu »/);
    assert.equal(outcome.sentence, 'Le ministre a reçu son homologue à Paris.');
    const [request] = models.log.requests;
    assert.equal(request?.task, 'explain');
    assert.ok(request.prompt.endsWith('\n\nLe ministre a reçu son homologue à Paris.'), request.prompt);
    assert.doesNotMatch(request.prompt, /délégations/, 'nothing else of the lesson is sent');
  });

  it('shows why there is no explanation on a refusal, and stops a slow one when cancelled', async () => {
    const { panel, unit } = await openInReader(newLesson());
    await script('refusal');
    const refused = await panel.explainSentence(unit);
    assert.equal(refused?.outcome, 'rejected', JSON.stringify(refused));
    await script('slow');
    const cancel = new vscode.CancellationTokenSource();
    const pending = panel.explainSentence(unit, cancel.token);
    await eventually(() => assert.ok(models.log.requests.length >= 1, 'the request started'));
    await new Promise((r) => setTimeout(r, 500));
    cancel.cancel();
    assert.equal((await pending)?.outcome, 'cancelled');
  });

  it('makes no request for questions, senses or explanations with the setting off, and offers no explanation', async () => {
    await script('good');
    const file = newLesson();
    const { panel, unit } = await openInReader(file);
    await config('depeche').update('languageModel', 'off', vscode.ConfigurationTarget.Global);
    try {
      assert.equal(await modelOffered(), false);
      assert.equal((await questions(file)).outcome, 'unavailable');
      assert.equal((await senses(file)).outcome, 'unavailable');
      assert.equal((await panel.explainSentence(unit))?.outcome, 'unavailable');
    } finally {
      await config('depeche').update('languageModel', MODEL_ID, vscode.ConfigurationTarget.Global);
    }
    assert.deepEqual(models.log.requests, []);
    assert.equal(fs.readFileSync(file, 'utf8'), LESSON);
  });
});
