// The learner's own gloss and note in the reader, in headless Chromium: edited inline on the pinned
// card from the keyboard (E, N, Enter, Shift+Enter, Escape), undone (U and the card's Undo), shown
// first in the card, the tooltip and the interlinear line, marked "yours"; screenshots in light,
// dark and high contrast (DEPECHE_SHOTS, by default /work/notes/shots/owngloss).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProgressService, ProgressStore, buildQueue } from '../../src/core/progress';
import type { DashboardToHost, HostToReader, HostToReview } from '../../src/protocol';
import { FixedClock, seededRng, tempDir } from '../unit/progress-helpers';
import { READER_SURFACE, useWebviewHarness, type Surface, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';
import type { ThemeKind } from './themes';

const MINISTRE = 11; // ministre|NOUN
const KEY = 'ministre|NOUN';
const SHOTS = process.env.DEPECHE_SHOTS ?? '/work/notes/shots/owngloss';
const REVIEW_SURFACE: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/common.css', 'media/review.css'] };
const DASHBOARD_SURFACE: Surface = { name: 'dashboard', script: 'dist/webview/dashboard.js', styles: ['media/common.css', 'media/dashboard.css'] };

function statuses(own: Record<string, { gloss: string; note: string }> = {}): HostToReader {
  return { type: 'statuses', statuses: { [KEY]: 'learning-2' }, tint: true, own };
}

describe('reader webview: your own gloss and note', function () {
  this.timeout(60_000); // several Chromium pages per test on a shared, loaded machine
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  async function openReader(theme: ThemeKind = 'light', own?: Record<string, { gloss: string; note: string }>): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE, theme, viewport: { width: 820, height: 560 } });
    await view.post(lessonMessage(doc, HOVER_PREFS));
    await view.page.locator('.unit').first().waitFor();
    await view.post(statuses(own));
    await view.page.waitForFunction(() => document.body.classList.contains('tint-statuses'));
    return view;
  }

  /** Pins the unit's card from the keyboard: into the text, arrows to the unit, Enter. */
  async function pinByKeyboard(view: WebviewPage, id: number): Promise<void> {
    const { page } = view;
    await page.locator('.toolbar [data-action="next"]').focus();
    await page.keyboard.press('Tab');
    while ((await page.evaluate(() => document.querySelector('.unit-active')?.getAttribute('data-unit'))) !== String(id)) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    await page.locator('.gloss-card:not([hidden]) .card-own').waitFor();
  }

  const ownPosts = async (view: WebviewPage) => (await view.postedOfType('setOwnGloss')).map(({ type: _t, ...rest }) => rest);

  it('edits the gloss and the note from the keyboard, shows them first, and undoes the last edit', async () => {
    const view = await openReader();
    const { page } = view;
    await pinByKeyboard(view, MINISTRE);
    const card = page.locator('.gloss-card');
    assert.equal(await card.locator('.own-gloss').count(), 0);

    // E: the gloss field, focused; typed keys are text (no status set by "1" or "k"), Enter saves.
    await page.keyboard.press('e');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'own-gloss-input');
    await page.keyboard.type('minister 1 (a k title)');
    await page.keyboard.press('Enter');
    assert.deepEqual(await ownPosts(view), [{ key: KEY, gloss: 'minister 1 (a k title)', note: '' }]);
    assert.deepEqual(await view.postedOfType('setStatus'), [], 'typing 1 or k set no status');
    assert.match(await card.locator('.own-gloss').innerText(), /^yours\s*minister 1 \(a k title\)$/);
    assert.equal(await card.evaluate((c) => c.classList.contains('has-own-gloss')), true);
    // Shown before the lesson's gloss, which stays, second.
    const order = await card.evaluate((c) => [...c.querySelectorAll('.own-gloss, .card-gloss')].map((e) => e.className));
    assert.deepEqual(order, ['own-gloss', 'card-gloss']);
    // Every occurrence's interlinear line carries it, marked as the learner's.
    const lines = await page.locator(`.unit[data-key="${KEY}"]`).evaluateAll((units) =>
      units.map((u) => {
        const line = u.closest('.unit-cell')?.querySelector('.unit-gloss');
        return [line?.getAttribute('data-gloss'), line?.classList.contains('unit-gloss-own')];
      }));
    assert.ok(lines.length >= 1);
    for (const line of lines) assert.deepEqual(line, ['minister 1 (a k title)', true]);
    // Focus is on the card's Undo after a save, so that Enter or U takes it back.
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('own-undo')), true);

    // N: the note; Shift+Enter starts a new line, Enter saves.
    await page.keyboard.press('n');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'own-note-input');
    await page.keyboard.type('Le « ministre » d’État');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    assert.deepEqual((await ownPosts(view))[1], { key: KEY, gloss: 'minister 1 (a k title)', note: 'Le « ministre » d’État\nsecond line' });
    assert.match(await card.locator('.own-note').innerText(), /Le « ministre » d’État\nsecond line/);

    // Escape in the editor cancels: nothing posted, the card stays open with what was saved.
    await page.keyboard.press('e');
    await page.keyboard.type(' changed');
    await page.keyboard.press('Escape');
    assert.equal((await ownPosts(view)).length, 2);
    assert.equal(await card.isVisible(), true, 'Escape in the editor does not close the card');
    assert.match(await card.locator('.own-gloss').innerText(), /minister 1 \(a k title\)$/);

    // U undoes the last edit (the note), posting what was there before.
    await page.keyboard.press('u');
    assert.deepEqual((await ownPosts(view))[2], { key: KEY, gloss: 'minister 1 (a k title)', note: '' });
    assert.equal(await card.locator('.own-note').count(), 0);
    assert.equal(await card.locator('.own-undo').count(), 0, 'one step of undo');
  });

  it('clears the gloss with an empty field, and the card\'s Undo button brings it back', async () => {
    const view = await openReader('light', { [KEY]: { gloss: 'minister', note: '' } });
    const { page } = view;
    await pinByKeyboard(view, MINISTRE);
    const card = page.locator('.gloss-card');
    assert.match(await card.locator('.own-gloss').innerText(), /minister$/);
    await page.keyboard.press('e');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    assert.deepEqual(await ownPosts(view), [{ key: KEY, gloss: '', note: '' }]);
    assert.equal(await card.locator('.own-gloss').count(), 0);
    assert.equal(await card.evaluate((c) => c.classList.contains('has-own-gloss')), false);
    await card.locator('.own-undo').click();
    assert.deepEqual((await ownPosts(view))[1], { key: KEY, gloss: 'minister', note: '' });
    assert.match(await card.locator('.own-gloss').innerText(), /minister$/);
  });

  it('shows the host\'s own gloss first in the hover tooltip, marked yours', async () => {
    const view = await openReader('light', { [KEY]: { gloss: 'cabinet minister', note: 'n' } });
    const { page } = view;
    await page.locator(`.unit[data-unit="${MINISTRE}"]`).hover();
    const tooltip = page.locator('.gloss-tooltip:not([hidden])');
    await tooltip.waitFor();
    assert.deepEqual(await tooltip.evaluate((t) => [...t.children].map((c) => c.className)), ['tooltip-own', 'tooltip-gloss']);
    assert.match(await tooltip.locator('.tooltip-own').innerText(), /yours\s*cabinet minister/);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as ThemeKind[]) {
    it(`takes screenshots of the card with a personal gloss and note, editing it, and the interlinear line (${theme})`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const view = await openReader(theme, { [KEY]: { gloss: 'minister (a member of the government)', note: 'Ministre d’État: a senior rank, not "state minister".' } });
      await pinByKeyboard(view, MINISTRE);
      await view.page.screenshot({ path: join(SHOTS, `card-${theme}.png`) });
      await view.page.keyboard.press('n');
      await view.page.screenshot({ path: join(SHOTS, `card-editing-${theme}.png`) });
      await view.page.keyboard.press('Escape');
      await view.post({ type: 'prefs', prefs: { ...HOVER_PREFS, mode: 'interlinear' } });
      await view.page.keyboard.press('Escape');
      await view.page.screenshot({ path: join(SHOTS, `interlinear-${theme}.png`) });
    });
  }

  describe('with a real ProgressService', () => {
    let service: ProgressService;
    let cleanup: () => void;
    let clock: FixedClock;
    beforeEach(async () => {
      const tmp = tempDir();
      cleanup = tmp.cleanup;
      clock = new FixedClock('2026-01-10T09:00:00.000Z');
      service = new ProgressService(new ProgressStore(join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(4), { scheduler: { enableFuzz: false } });
      await service.load();
      service.noteSightings([
        { key: 'souligner|VERB', lesson: 'l/1', sentence: 'Il a souligné l’importance du dialogue.', form: 'a souligné', gloss: 'to stress' },
        { key: 'sommet|NOUN', lesson: 'l/1', gloss: 'summit' },
      ]);
      service.setStatus('souligner|VERB', 'learning-1');
    });
    afterEach(() => cleanup());

    it('shows the own gloss and note first on the review card, marked yours', async () => {
      service.setOwnGloss('souligner|VERB', { gloss: 'to underline', note: 'formal' });
      const item = buildQueue(service.document, { now: clock.now(), dayStart: clock.now(), newPerDay: 20 }).items.find((i) => i.key === 'souligner|VERB')!;
      const view = await webview.open({ surface: REVIEW_SURFACE, theme: 'dark', viewport: { width: 760, height: 560 } });
      const message: HostToReview = { type: 'review', card: service.reviewCard(item), progress: { done: 0, due: 0, fresh: 1, canUndo: false } };
      await view.post(message);
      await view.page.locator('article[data-key="souligner|VERB"]').waitFor();
      await view.page.keyboard.press('Space');
      await view.page.locator('.review-answer:not([hidden])').waitFor();
      const shown = await view.page.locator('.review-answer p').evaluateAll((ps) => ps.map((p) => [p.className, (p as HTMLElement).innerText.replace(/\s+/g, ' ')]));
      assert.deepEqual(shown.slice(1), [
        ['review-gloss review-own-gloss', 'yours to underline'],
        ['review-own-note', 'your note formal'],
        ['review-gloss review-lesson-gloss', 'to stress'],
      ]);
      mkdirSync(SHOTS, { recursive: true });
      await view.page.screenshot({ path: join(SHOTS, 'review-dark.png') });
    });

    it('edits them in the dashboard\'s vocabulary table (Enter saves, Escape cancels, Undo), and the store keeps them', async () => {
      const view = await webview.open({ surface: DASHBOARD_SURFACE, theme: 'light', viewport: { width: 1000, height: 700 } });
      const send = async () => view.post({ type: 'dashboard', view: service.dashboard([]) });
      await send();
      const row = view.page.locator('tr[data-key="souligner|VERB"]');
      await row.waitFor();
      /** What the dashboard panel does with the page's message (dashboardPanel.ts), then the redraw. */
      const deliver = async (count: number) => {
        const posted = (await view.waitForPosted('setOwnGloss', count)) as DashboardToHost[];
        const m = posted[count - 1] as Extract<DashboardToHost, { type: 'setOwnGloss' }>;
        service.setOwnGloss(m.key, { gloss: m.gloss, note: m.note });
        return m;
      };
      await row.locator('.own-edit').focus();
      await view.page.keyboard.press('Enter');
      assert.equal(await view.page.evaluate(() => document.activeElement?.className), 'own-gloss-input');
      await view.page.keyboard.type('to underline');
      await view.page.keyboard.press('Tab');
      await view.page.keyboard.type('with que');
      await view.page.keyboard.press('Enter');
      assert.deepEqual(await deliver(1), { type: 'setOwnGloss', key: 'souligner|VERB', gloss: 'to underline', note: 'with que' });
      assert.equal(service.record('souligner|VERB')!.userGloss, 'to underline');
      assert.match(await row.locator('.english').innerText(), /^yours\s*to underline\s*your note\s*with que\s*to stress/);
      mkdirSync(SHOTS, { recursive: true });
      await view.page.locator('.vocab-table').screenshot({ path: join(SHOTS, 'dashboard-light.png') });
      // Escape cancels.
      await row.locator('.own-edit').click();
      await view.page.keyboard.type(' more');
      await view.page.keyboard.press('Escape');
      assert.equal((await view.postedOfType('setOwnGloss')).length, 1);
      // Undo puts back what was there (nothing).
      await row.locator('.own-undo').click();
      assert.deepEqual(await deliver(2), { type: 'setOwnGloss', key: 'souligner|VERB', gloss: '', note: '' });
      assert.equal(service.record('souligner|VERB')!.userGloss, undefined);
      // A redraw from the store shows what it holds; the search finds a word by its own gloss.
      service.setOwnGloss('sommet|NOUN', { gloss: 'summit meeting' });
      await send();
      await view.page.locator('.filters input[type="search"]').fill('meeting');
      assert.deepEqual(await view.page.locator('.vocab-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key'))), ['sommet|NOUN']);
    });
  });
});
