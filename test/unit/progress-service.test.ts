import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ProgressFileCorruptError, ProgressService, ProgressStore, plainDocument } from '../../src/core/progress';
import { writeFileSync } from 'node:fs';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const LESSON = 'actualite/wang-yi-lavrov';

describe('progress service', () => {
  let dir: string;
  let cleanup: () => void;
  let clock: FixedClock;
  const open = async () => {
    const service = new ProgressService(new ProgressStore(join(dir, 'progress.json'), clock.now), clock.now, seededRng(1), {
      scheduler: { enableFuzz: false }, newPerDay: 5, utcOffsetMinutes: () => 60,
    });
    return { service, report: await service.load() };
  };
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
  });
  afterEach(() => cleanup());

  it('keeps a quiz answer and a review across a reload', async () => {
    const { service } = await open();
    service.noteSightings([{ key: 'prôner|VERB', lesson: LESSON, sentence: 'Pékin prône le dialogue.', form: 'prône', gloss: 'to advocate' }]);
    service.quizAnswer('prôner|VERB', false);
    clock.advance(10);
    assert.deepEqual(service.queue().items, [{ key: 'prôner|VERB', kind: 'due' }]);
    const card = service.reviewCard(service.queue().items[0]!);
    assert.deepEqual(card.sentence, { lesson: LESSON, before: 'Pékin ', form: 'prône', after: ' le dialogue.' });
    service.grade('prôner|VERB', 'good');
    await service.save();
    assert.equal(service.hasUnsavedChanges, false);

    const { service: again, report } = await open();
    assert.equal(report.problem, undefined);
    const record = again.record('prôner|VERB')!;
    assert.deepEqual(record.history!.map((e) => [e.source, e.grade]), [['quiz', 'again'], ['review', 'good']]);
    assert.equal(record.status, 'learning-1');
    assert.ok(again.retrievability('prôner|VERB')! > 0.9);
  });

  it('picks up what another window saved, without writing', async () => {
    const { service: a } = await open();
    const { service: b } = await open();
    assert.equal(await b.refresh(), false);
    a.grade('sommet|NOUN', 'good');
    await a.save();
    b.setStatus('le|DET', 'known');
    assert.equal(await b.refresh(), true);
    assert.ok(b.record('sommet|NOUN')!.card);
    assert.equal(await b.refresh(), false);
    await b.save();
    const { service: c } = await open();
    assert.deepEqual([...c.document.records.keys()].sort(), ['le|DET', 'sommet|NOUN']);
  });

  it('undoes grades in reverse order, quiz answers included', async () => {
    const { service } = await open();
    service.quizAnswer('a|NOUN', true);
    service.grade('b|NOUN', 'easy');
    assert.equal(service.undo(), 'b|NOUN');
    assert.equal(service.undo(), 'a|NOUN');
    assert.equal(service.undo(), null);
    assert.equal(service.record('a|NOUN')!.card, undefined);
    assert.equal(service.canUndo, false);
  });

  it('reports a damaged file in one sentence and starts empty, keeping the damaged copy', async () => {
    writeFileSync(join(dir, 'progress.json'), '{"schema":"depeche-progress","version":2,"records":{');
    const { service, report } = await open();
    assert.ok(report.problem instanceof ProgressFileCorruptError);
    assert.match(report.problem.sentence, /^Your vocabulary progress file progress\.json was damaged/);
    assert.equal(service.document.records.size, 0);
    service.setStatus('le|DET', 'known');
    await service.save();
    const { service: again } = await open();
    assert.equal(again.record('le|DET')!.status, 'known');
  });

  it('notifies listeners on every change, and exports what it holds', async () => {
    const { service } = await open();
    let changes = 0;
    const subscription = service.onDidChange(() => changes++);
    service.noteSightings([{ key: 'sommet|NOUN', lesson: LESSON, sentence: 'Le sommet a eu lieu.', form: 'sommet', gloss: 'summit' }]);
    service.setStatus('sommet|NOUN', 'learning-2');
    assert.deepEqual(service.markRestKnown(['sommet|NOUN', 'le|DET']).previous, [{ key: 'le|DET', status: 'new' }]);
    subscription.dispose();
    service.setStatus('le|DET', 'ignored');
    assert.equal(changes, 3);
    assert.deepEqual(service.statuses(['sommet|NOUN', 'le|DET', 'jamais|ADV']), {
      'sommet|NOUN': 'learning-2', 'le|DET': 'ignored', 'jamais|ADV': 'new',
    });
    assert.match(service.exportAnki(), /\nsommet\tsummit\tLe {{c1::sommet}} a eu lieu\.\tdepeche::actualite::wang-yi-lavrov\t\n/);
    assert.match(service.exportCsv(), /^key,lemma,pos,status,gloss/);
    const { service: other } = await open();
    other.importJson(service.exportJson());
    assert.deepEqual(plainDocument(other.document).records, plainDocument(service.document).records);
  });
});
