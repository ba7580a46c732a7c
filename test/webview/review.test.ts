// The review webview in Chromium, driven by a real ProgressService acting as the host.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ProgressService, ProgressStore, type ReviewCardView,
} from '../../src/core/progress';
import type { HostToReview } from '../../src/protocol';
import { FixedClock, seededRng, tempDir } from '../unit/progress-helpers';
import { WebviewHarness, type Surface, type WebviewPage } from './harness';

const REVIEW_SURFACE: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/review.css'] };
const LESSON = 'actualite/wang-yi-lavrov';
const SENTENCE = 'Wang Yi a souligné « l’amitié sans limites » entre la Chine et la Russie.';

describe('review webview', function () {
  this.timeout(60_000);
  let harness: WebviewHarness;
  let view: WebviewPage;
  let service: ProgressService;
  let clock: FixedClock;
  let done: number;
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
    view = await harness.open({ surface: REVIEW_SURFACE, theme: 'dark' });
  });
  afterEach(async () => {
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

  it('undoes the last grade with U and shows the item again', async () => {
    await view.waitForPosted('ready');
    await postNext();
    assert.equal(await view.page.isDisabled('.review-undo'), true);
    await view.page.keyboard.press('1');
    const [graded] = await view.waitForPosted('grade');
    assert.equal(graded!.grade, 'again');
    service.grade(graded!.key as string, 'again');
    done++;
    await postNext();
    assert.equal(await view.page.isDisabled('.review-undo'), false);
    await view.page.keyboard.press('u');
    await view.waitForPosted('undo');
    assert.equal(service.undo(), 'amitié|NOUN');
    done--;
    const again = await postNext();
    assert.equal(again!.key, 'amitié|NOUN');
    assert.equal(service.record('amitié|NOUN')!.card, undefined);
    assert.equal(await view.page.isDisabled('.review-undo'), true);
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
