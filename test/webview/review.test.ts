// The review webview in Chromium, with the panel's real host side (ReviewController over a real
// ProgressService on a real file) answering what the page posts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ProgressService, ProgressStore, type ReviewCardView,
} from '../../src/core/progress';
import type { HostToReview, ReviewToHost } from '../../src/protocol';
import { ReviewController } from '../../src/vscode/reviewPanel';
import { FixedClock, seededRng, tempDir } from '../unit/progress-helpers';
import { WebviewHarness, type Surface, type WebviewPage } from './harness';

const REVIEW_SURFACE: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/common.css', 'media/review.css'] };
const LESSON = 'actualite/wang-yi-lavrov';
const SENTENCE = 'Wang Yi a souligné « l’amitié sans limites » entre la Chine et la Russie.';

describe('review webview', function () {
  this.timeout(60_000);
  let harness: WebviewHarness;
  let view: WebviewPage;
  let service: ProgressService;
  let clock: FixedClock;
  let done: number;
  let controller: ReviewController;
  let cleanup: () => void;

  before(async () => {
    harness = await WebviewHarness.start();
  });
  after(async () => {
    await harness.close();
  });

  beforeEach(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
    service = new ProgressService(new ProgressStore(join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(9), {
      scheduler: { enableFuzz: false },
    });
    await service.load();
    service.noteSightings([
      { key: 'souligner|VERB', lesson: LESSON, sentence: SENTENCE, form: 'a souligné', gloss: 'to stress' },
      { key: 'amitié|NOUN', lesson: LESSON, sentence: SENTENCE, form: 'amitié', gloss: 'friendship <img src=x onerror="window.__pwned=1">' },
    ]);
    service.setStatus('souligner|VERB', 'learning-1');
    service.setStatus('amitié|NOUN', 'learning-1');
    done = 0;
    // The window's one service, as the progress hub hands it out.
    controller = new ReviewController({ ready: async () => service, loaded: service, onDidChange: (l) => service.onDidChange(l) });
    view = await harness.open({ surface: REVIEW_SURFACE, theme: 'dark' });
  });
  afterEach(async () => {
    controller.dispose();
    try {
      // Chromium asks the test server for /favicon.ico, which it does not have: not the page's error.
      assert.deepEqual(view.errors.filter((e) => !e.includes('status of 404')), []);
      assert.deepEqual(await view.cspViolations(), []);
    } finally {
      await view.close();
      cleanup();
    }
  });

  /** What the extension does on `ready` and after each grade or undo: post the head of the queue. */
  async function postNext(): Promise<ReviewCardView | null> {
    const queue = service.queue();
    const item = queue.items[0];
    const card = item ? service.reviewCard(item) : null;
    const message: HostToReview = {
      type: 'review',
      card,
      progress: { done, due: queue.dueCount, fresh: queue.newCount, canUndo: service.canUndo },
    };
    await view.post(message);
    if (card) await view.page.waitForSelector(`article[data-key="${card.key}"]`);
    return card;
  }

  /** What the panel does with a message the page posted: the controller handles it and posts back. */
  async function hostReceives(message: ReviewToHost): Promise<HostToReview> {
    const replies: HostToReview[] = [];
    if (message.type === 'ready') await controller.onReady((m) => void replies.push(m));
    else await controller.onMessage(message, (m) => void replies.push(m));
    for (const reply of replies) await view.post(reply);
    const reply = replies[replies.length - 1]!;
    if (reply.card) await view.page.waitForSelector(`article[data-key="${reply.card.key}"]`);
    return reply;
  }

  /** The n-th message of a type the page posted, once it has. */
  async function nthPosted(type: string, n: number): Promise<ReviewToHost> {
    const all = await view.waitForPosted(type, n);
    return all[n - 1] as unknown as ReviewToHost;
  }

  it('offers no undo before anything is graded', async () => {
    await view.waitForPosted('ready');
    // Before the host has answered, and after its first card.
    assert.equal(await view.page.isDisabled('.review-undo'), true);
    service.quizAnswer('souligner|VERB', true); // on the window's undo stack, but not this sitting's
    await hostReceives({ type: 'ready' });
    assert.equal(await view.page.isDisabled('.review-undo'), true);
    await view.page.keyboard.press('u');
    await view.page.click('.review-undo', { force: true });
    assert.deepEqual(await view.postedOfType('undo'), []);
  });

  it('ignores keys 1-4 until the answer is shown', async () => {
    await view.waitForPosted('ready');
    await hostReceives({ type: 'ready' });
    for (const key of ['1', '2', '3', '4']) await view.page.keyboard.press(key);
    assert.equal(await view.page.isVisible('.review-answer'), false);
    assert.equal(await view.page.isVisible('.review-grades'), false);
    assert.deepEqual(await view.postedOfType('grade'), []);
  });

  it('shows the answer with the button or Enter, then grades with a button or a key', async () => {
    await view.waitForPosted('ready');
    const first = await hostReceives({ type: 'ready' });
    assert.equal(first.card!.key, 'amitié|NOUN');
    await view.page.click('.review-show');
    assert.equal(await view.page.isVisible('.review-answer'), true);
    assert.equal(await view.page.isVisible('.review-show'), false);
    await view.page.click('.grade-hard');
    const graded = await nthPosted('grade', 1);
    assert.deepEqual(graded, { type: 'grade', key: 'amitié|NOUN', grade: 'hard' });
    const second = await hostReceives(graded);
    assert.equal(second.card!.key, 'souligner|VERB');
    assert.equal(await view.page.isVisible('.review-answer'), false, 'the next card starts with its answer hidden');
    await view.page.keyboard.press('Enter');
    assert.equal(await view.page.isVisible('.review-answer'), true);
    await view.page.keyboard.press('4');
    assert.deepEqual(await nthPosted('grade', 2), { type: 'grade', key: 'souligner|VERB', grade: 'easy' });
  });

  it('undo brings the undone card back, answer hidden, to be graded again', async () => {
    await view.waitForPosted('ready');
    await hostReceives({ type: 'ready' });
    await view.page.keyboard.press('Space');
    await view.page.keyboard.press('1'); // amitié: again, due in a minute
    await hostReceives(await nthPosted('grade', 1));
    clock.advance(2); // meanwhile amitié has come due again
    await view.page.keyboard.press('Space');
    await view.page.keyboard.press('3');
    const graded = await nthPosted('grade', 2);
    assert.equal(graded.type === 'grade' && graded.key, 'souligner|VERB');
    await hostReceives(graded);
    assert.equal(await view.page.isDisabled('.review-undo'), false);
    assert.equal(await view.page.textContent('.review-counts'), '2 reviewed · 1 due · 0 new');

    await view.page.keyboard.press('u');
    const back = await hostReceives(await nthPosted('undo', 1));
    assert.equal(back.card!.key, 'souligner|VERB', 'the undone card is shown again');
    assert.equal(await view.page.textContent('.review-item'), 'a souligné');
    assert.equal(await view.page.isVisible('.review-answer'), false);
    assert.equal(service.record('souligner|VERB')!.card, undefined, 'its earlier memory state is back');
    assert.equal(await view.page.textContent('.review-counts'), '1 reviewed · 1 due · 1 new');
    assert.equal(await view.page.isDisabled('.review-undo'), false, 'amitié can still be taken back');

    await view.page.keyboard.press('Space');
    await view.page.keyboard.press('4');
    const again = await nthPosted('grade', 3);
    assert.deepEqual(again, { type: 'grade', key: 'souligner|VERB', grade: 'easy' });
    const next = await hostReceives(again);
    assert.equal(next.card!.key, 'amitié|NOUN');
    assert.deepEqual(service.record('souligner|VERB')!.history!.map((e) => [e.grade, Boolean(e.undone)]), [['good', true], ['easy', false]]);
  });

  it('shows a due item in its own sentence, hides the answer until Space, grades with 1-4', async () => {
    await view.waitForPosted('ready');
    const first = await postNext();
    assert.equal(first!.key, 'amitié|NOUN');
    const page = view.page;
    assert.equal(await page.textContent('.review-item'), 'amitié');
    assert.equal(await page.getAttribute('.review-sentence', 'lang'), 'fr');
    assert.equal(await page.textContent('.review-sentence'), SENTENCE);
    assert.equal(await page.textContent('.review-counts'), '0 reviewed · 0 due · 2 new');
    assert.equal(await page.isVisible('.review-answer'), false);
    assert.equal(await page.textContent('.review-prompt'), 'What does «\u00a0amitié\u00a0» mean here?');

    await page.keyboard.press('Space');
    assert.equal(await page.isVisible('.review-answer'), true);
    // Hostile text in a gloss is shown as text, never parsed.
    assert.equal(await page.textContent('.review-gloss'), 'friendship <img src=x onerror="window.__pwned=1">');
    assert.equal(await page.$('.review-gloss img'), null);
    assert.deepEqual(await page.$$eval('.grade-interval', (n) => n.map((e) => e.textContent)), ['1 min', '6 min', '10 min', first!.intervals.easy]);

    await page.keyboard.press('3');
    const [graded] = await view.waitForPosted('grade');
    assert.deepEqual(graded, { type: 'grade', key: 'amitié|NOUN', grade: 'good' });
    // A second key press before the next card arrives is ignored.
    await page.keyboard.press('4');
    service.grade(graded!.key as string, 'good');
    done++;
    const second = await postNext();
    assert.equal(second!.key, 'souligner|VERB');
    assert.equal(await page.textContent('.review-item'), 'a souligné');
    assert.equal((await view.postedOfType('grade')).length, 1);
    assert.equal(await page.textContent('.review-counts'), '1 reviewed · 0 due · 1 new');
  });

  it('says when nothing is left, with the session count', async () => {
    await view.waitForPosted('ready');
    service.setStatus('souligner|VERB', 'known');
    service.setStatus('amitié|NOUN', 'ignored');
    done = 3;
    assert.equal(await postNext(), null);
    await view.page.waitForSelector('.review-done');
    assert.equal(await view.page.textContent('.review-done h1'), 'Nothing left to review');
    assert.equal(await view.page.textContent('.review-done p'), '3 items reviewed in this session.');
  });

  it('takes its colours from the theme variables', async () => {
    await view.waitForPosted('ready');
    await postNext();
    const colours = async () => view.page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    const dark = await colours();
    await view.setTheme('light');
    const light = await colours();
    assert.notDeepEqual(dark, light);
    assert.equal(light.background, 'rgb(255, 255, 255)');
  });
});
