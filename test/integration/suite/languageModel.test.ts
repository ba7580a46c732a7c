// Machine translation through VS Code's Language Model API, in a real extension host: the scripted
// model of test/integration/lm-provider (installed as a .vsix by runTests.ts) answers each request
// as its script says; Dépêche must write the translation only when all of it is valid, and make no
// request at all when the setting is `off` or VS Code's AI features are disabled.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DepecheApi } from '../../../src/extension';
import { Commands } from '../../../src/vscode/ids';
import type { TranslationOutcome } from '../../../src/vscode/lm/translateLesson';
import { eventually } from './eventually';

const MODEL_ID = 'depeche-test-scripted';

interface TestModels {
  log: { requests: { script: string; prompt: string; task: string }[]; tokenCounts: number };
  reset(): void;
}

/** Twelve sentences: more than the scripted model's 400-token limit takes in one request. */
const TEXT = [
  "Le ministre a reçu son homologue à Paris. Les deux chefs d'État se rencontreront vendredi. M. Dupont a déclaré : « Nous sommes prêts ! » La réunion durera deux jours.",
  "Les délégations ont évoqué la sécurité énergétique. Elles ont aussi parlé de l'Ukraine. Un accord pourrait être signé la semaine prochaine. Les journalistes attendaient devant le ministère.",
  'Le porte-parole a refusé de commenter. La presse étrangère a suivi la rencontre. Un communiqué commun est attendu. Il sera publié lundi.',
].join('\n\n');

const LESSON = `---
title: Rencontre à Paris
level: B1
series: Modèle
order: 1
---

## Text

${TEXT}

## Glossary

| French | POS | Gender | English | Note |
|---|---|---|---|---|
| homologue | NOUN | m/f | counterpart | |
`;

const config = (section: string) => vscode.workspace.getConfiguration(section);

describe('Translation with a language model', function () {
  this.timeout(120_000);
  let api: DepecheApi;
  let models: TestModels;
  let folder: string;
  let n = 0;

  /** A fresh untranslated lesson file in the workspace's lesson folder. */
  function newLesson(): string {
    const file = path.join(folder, `rencontre-${++n}.md`);
    fs.writeFileSync(file, LESSON);
    return file;
  }

  const translate = (file: string, cancellation?: vscode.CancellationToken) =>
    vscode.commands.executeCommand<TranslationOutcome>(Commands.translateLesson, { file, ...(cancellation && { cancellation }) });

  async function script(name: string): Promise<void> {
    await config('depecheTestModel').update('script', name, vscode.ConfigurationTarget.Global);
    models.reset();
  }

  before(async () => {
    api = await vscode.extensions.getExtension<DepecheApi>('depeche.depeche')!.activate();
    const provider = vscode.extensions.getExtension<TestModels>('depeche-test.depeche-test-models');
    assert.ok(provider, 'the scripted model extension is installed');
    models = await provider.activate();
    folder = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, 'lessons', 'modele');
    fs.mkdirSync(folder, { recursive: true });
    await config('chat').update('disableAIFeatures', false, vscode.ConfigurationTarget.Global);
    await config('depeche').update('languageModel', MODEL_ID, vscode.ConfigurationTarget.Global);
    await eventually(async () => assert.equal((await vscode.lm.selectChatModels({ id: MODEL_ID })).length, 1), 30_000);
  });

  after(async () => {
    await config('depeche').update('languageModel', 'off', vscode.ConfigurationTarget.Global);
    await config('chat').update('disableAIFeatures', true, vscode.ConfigurationTarget.Global);
    await config('depecheTestModel').update('script', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes a good translation sentence by sentence, in chunks, marked as machine translation', async () => {
    await script('good');
    const file = newLesson();
    const outcome = await translate(file);
    assert.deepEqual(outcome, { outcome: 'written', file, sentences: 12, model: 'Scripted Model' });
    assert.ok(models.log.requests.length >= 2, `the lesson went in more than one request (${models.log.requests.length})`);
    assert.ok(models.log.tokenCounts > 0, 'the chunks were measured with the model');
    const markdown = fs.readFileSync(file, 'utf8');
    assert.match(markdown, /## Translation\n\n<!-- machine translation: Scripted Model -->\n\n1\. EN: Le ministre a reçu son homologue à Paris\.\n/);
    assert.match(markdown, /\n12\. EN: Il sera publié lundi\.\n$/);
    assert.match(markdown, /3\. EN: M\. Dupont a déclaré : « Nous sommes prêts ! »/, 'French typography survives the round trip');
    const lesson = await eventually(async () => {
      const found = (await api.catalog.load()).lessons.find((l) => l.file === file);
      assert.ok(found?.translation, 'the catalog reloads the translated lesson');
      return found;
    });
    assert.equal(lesson.translation?.machine, 'Scripted Model');
  });

  for (const [name, outcome, message] of [
    ['count', 'rejected', /returned 3 sentences for 4|returned \d+ sentences for \d+/],
    ['malformed', 'rejected', /not the JSON list of sentences/],
    ['refusal', 'rejected', /declined to translate/],
    ['error', 'failed', /refused the request|rate limited/],
  ] as const) {
    it(`writes nothing when the model answers with ${name === 'error' ? 'an error' : `a ${name} answer`}`, async () => {
      await script(name);
      const file = newLesson();
      const result = await translate(file);
      assert.equal(result.outcome, outcome, JSON.stringify(result));
      assert.match('message' in result ? result.message : '', message);
      assert.ok(models.log.requests.length >= 1, 'the model was asked');
      assert.equal(fs.readFileSync(file, 'utf8'), LESSON, 'the lesson file is unchanged');
    });
  }

  it('with the interface in French and VS Code in English, the failure a notification shows is French throughout', async () => {
    await script('count');
    await config('depeche').update('interfaceLanguage', 'fr', vscode.ConfigurationTarget.Global);
    try {
      const file = newLesson();
      const result = await translate(file);
      assert.equal(result.outcome, 'rejected', JSON.stringify(result));
      const message = 'message' in result ? result.message : '';
      // The core's sentence and the host's frame around it, both in French.
      assert.match(message, /^Le modèle a rendu \d+ phrases pour \d+\. Rien n’a été écrit dans rencontre-\d+\.md\.$/);
      assert.equal(fs.readFileSync(file, 'utf8'), LESSON);
    } finally {
      await config('depeche').update('interfaceLanguage', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('asks a busy model again after a pause and writes its translation (HTTP 429 once)', async () => {
    await script('busy-once');
    const file = newLesson();
    const outcome = await translate(file);
    assert.deepEqual(outcome, { outcome: 'written', file, sentences: 12, model: 'Scripted Model' });
    assert.ok(models.log.requests.length >= 3, `the refused request, its retry and the next chunk (${models.log.requests.length})`);
  });

  it('gives up on a model busy through every retry with one clear message, and a cancel stops the wait', async () => {
    await script('busy');
    const file = newLesson();
    const outcome = await translate(file);
    assert.equal(outcome.outcome, 'failed', JSON.stringify(outcome));
    assert.match('message' in outcome ? outcome.message : '', /^Scripted Model is busy \(a rate limit or a passing outage\) and did not answer after 4 tries; try again in a minute; nothing was written to rencontre-\d+\.md\.$/);
    assert.equal(models.log.requests.length, 4, 'the first request and three retries');
    assert.equal(fs.readFileSync(file, 'utf8'), LESSON);

    models.reset();
    const cancel = new vscode.CancellationTokenSource();
    const pending = translate(newLesson(), cancel.token);
    await eventually(() => assert.equal(models.log.requests.length, 1, 'the first request was refused'));
    cancel.cancel();
    const cancelled = await pending;
    assert.equal(cancelled.outcome, 'cancelled', JSON.stringify(cancelled));
    assert.equal(models.log.requests.length, 1, 'the pause ended with the cancel: no retry was made');
  });

  it('stops a slow stream when cancelled, and writes nothing', async () => {
    await script('slow');
    const file = newLesson();
    const cancel = new vscode.CancellationTokenSource();
    const pending = translate(file, cancel.token);
    await eventually(() => assert.ok(models.log.requests.length >= 1, 'the request started'));
    await new Promise((r) => setTimeout(r, 500));
    cancel.cancel();
    const result = await pending;
    assert.equal(result.outcome, 'cancelled', JSON.stringify(result));
    assert.equal(fs.readFileSync(file, 'utf8'), LESSON);
  });

  it('translates the lessons of an import when a model is chosen, then chooses open senses and writes questions', async () => {
    await script('good');
    const dispatch = [
      'PARIS, 3 mars 2022 (AFP) - Le ministre français des Affaires étrangères a rencontré jeudi son homologue allemand à Paris.',
      "Les deux ministres ont souligné l'importance de la coopération entre les deux pays. Ils se reverront à Berlin.",
    ].join('\n');
    const files = await vscode.commands.executeCommand<string[]>(Commands.importDispatch, { text: dispatch, title: 'Import traduit', level: 'B1' });
    assert.ok(files && files.length >= 1);
    try {
      for (const file of files) {
        await eventually(() => assert.match(fs.readFileSync(file, 'utf8'), /<!-- machine translation: Scripted Model -->\n\n1\. EN: /), 60_000);
      }
      // Then the senses the offline rules leave open, and the model's questions, lesson after lesson.
      for (const file of files) {
        await eventually(() => assert.match(fs.readFileSync(file, 'utf8'), /<!-- questions by language model \(Scripted Model\): 1, 2 -->/), 60_000);
      }
      assert.ok(models.log.requests.some((r) => r.task === 'senses'), 'senses were asked about');
      assert.ok(models.log.requests.length >= files.length);
    } finally {
      fs.rmSync(path.dirname(files[0]!), { recursive: true, force: true });
    }
  });

  it('makes no request with the setting off, nor while VS Code AI features are disabled', async () => {
    await script('good');
    const file = newLesson();
    await config('depeche').update('languageModel', 'off', vscode.ConfigurationTarget.Global);
    try {
      assert.equal((await translate(file)).outcome, 'unavailable');
      await config('depeche').update('languageModel', MODEL_ID, vscode.ConfigurationTarget.Global);
      await config('chat').update('disableAIFeatures', true, vscode.ConfigurationTarget.Global);
      assert.equal((await translate(file)).outcome, 'unavailable');
    } finally {
      await config('depeche').update('languageModel', MODEL_ID, vscode.ConfigurationTarget.Global);
      await config('chat').update('disableAIFeatures', false, vscode.ConfigurationTarget.Global);
    }
    assert.deepEqual(models.log.requests, []);
    assert.equal(models.log.tokenCounts, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), LESSON);
  });
});
