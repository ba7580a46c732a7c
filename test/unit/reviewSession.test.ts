// Review Due Vocabulary's host side, as the panel runs it: a ReviewController over a real
// ProgressService on a real file, fed the webview's messages, checked on what it posts back.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ProgressService, ProgressStore } from '../../src/core/progress';
import { ReviewSession } from '../../src/core/progress/reviewSession';
import type { HostToReview } from '../../src/protocol';
import { ReviewController } from '../../src/vscode/reviewPanel';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const LESSON = 'actualite/wang-yi-lavrov';
const AMITIE = 'amitié|NOUN';
const SOULIGNER = 'souligner|VERB';
const SOMMET = 'sommet|NOUN';

describe('review session', () => {
  let cleanup: () => void;
  let clock: FixedClock;
  let service: ProgressService;
  let controller: ReviewController;
  let posted: HostToReview[];
  const last = (): HostToReview => posted[posted.length - 1]!;
  const post = (message: HostToReview): void => void posted.push(message);
  const receive = (message: Parameters<ReviewController['onMessage']>[0]) => controller.onMessage(message, post);

  beforeEach(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
    service = new ProgressService(new ProgressStore(join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(3), {
      scheduler: { enableFuzz: false },
    });
    await service.load();
    service.noteSightings([AMITIE, SOULIGNER, SOMMET].map((key) => ({ key, lesson: LESSON, gloss: key })));
    service.setStatus(AMITIE, 'learning-1');
    service.setStatus(SOULIGNER, 'learning-1');
    // The window's one service, as the progress hub hands it out.
    const hub = { ready: async () => service, loaded: service, onDidChange: (listener: () => void) => service.onDidChange(listener) };
    controller = new ReviewController(hub);
    posted = [];
  });
  afterEach(() => {
    controller.dispose();
    cleanup();
  });

  it('offers no undo at the start, though a quiz answer of this window could be undone', async () => {
    service.quizAnswer(SOMMET, false);
    await controller.onReady(post);
    assert.equal(last().progress.canUndo, false);
    await receive({ type: 'undo' });
    assert.equal(service.record(SOMMET)!.history!.filter((e) => e.undone).length, 0, 'the quiz answer stands');
    assert.ok(service.record(SOMMET)!.card);
  });

  it('undo brings the undone card back first, with its earlier memory state, to be graded again', async () => {
    await controller.onReady(post);
    assert.equal(last().card!.key, AMITIE);
    await receive({ type: 'grade', key: AMITIE, grade: 'again' }); // due again in a minute
    assert.equal(last().card!.key, SOULIGNER);
    assert.equal(last().progress.canUndo, true);
    clock.advance(2); // the learner thinks: amitié is due again meanwhile
    const before = service.record(SOULIGNER)!;
    assert.equal(before.card, undefined);
    await receive({ type: 'grade', key: SOULIGNER, grade: 'good' });
    assert.equal(last().card!.key, AMITIE);
    assert.equal(last().progress.done, 2);

    await receive({ type: 'undo' });
    assert.equal(last().card!.key, SOULIGNER, 'the undone card is shown again');
    assert.equal(last().card!.kind, 'new');
    assert.equal(last().progress.done, 1);
    assert.equal(service.record(SOULIGNER)!.card, undefined, 'its earlier (empty) memory state is back');
    assert.equal(service.record(SOULIGNER)!.status, 'learning-1');

    await receive({ type: 'grade', key: SOULIGNER, grade: 'easy' });
    assert.deepEqual(service.record(SOULIGNER)!.history!.map((e) => [e.grade, Boolean(e.undone)]), [['good', true], ['easy', false]]);
    assert.equal(last().card!.key, AMITIE);

    // Undo twice: souligner, then amitié, which comes back as the new item it was.
    await receive({ type: 'undo' });
    assert.equal(last().card!.key, SOULIGNER);
    await receive({ type: 'undo' });
    assert.equal(last().card!.key, AMITIE);
    assert.equal(last().card!.kind, 'new');
    assert.equal(service.record(AMITIE)!.card, undefined);
    assert.equal(last().progress.canUndo, false);
  });

  it('ignores a grade for an item neither on screen nor waiting, and a second grade of one just graded', async () => {
    await controller.onReady(post);
    await receive({ type: 'grade', key: SOMMET, grade: 'good' }); // met, never wanted for learning
    assert.equal(service.record(SOMMET)!.card, undefined);
    await receive({ type: 'grade', key: AMITIE, grade: 'good' });
    const card = service.record(AMITIE)!.card;
    await receive({ type: 'grade', key: AMITIE, grade: 'again' }); // a double key press
    assert.deepEqual(service.record(AMITIE)!.card, card);
    assert.equal(last().progress.done, 1);
  });

  it('does not undo a grade that a quiz answer has overtaken since', async () => {
    const session = new ReviewSession(service);
    assert.equal(session.view().card!.key, AMITIE);
    assert.ok(session.grade(AMITIE, 'good'));
    clock.advance(1);
    service.quizAnswer(AMITIE, true);
    const card = service.record(AMITIE)!.card;
    assert.equal(session.undo(), null);
    assert.deepEqual(service.record(AMITIE)!.card, card);
    assert.equal(session.canUndo, false);
  });
});
