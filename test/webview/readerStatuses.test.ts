// Vocabulary statuses in the reader, in headless Chromium: tinting by status (and not), setting a
// status from the pinned card by click, by the card's keys and by its radio group, and
// "mark the remaining new words as known".
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { ReaderDocument } from '../../src/core/lesson/model';
import type { HostToReader, VocabStatus } from '../../src/protocol';
import { READER_SURFACE, useWebviewHarness, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture, repeatedLesson } from './readerFixtures';
import type { ThemeKind } from './themes';

const MINISTRE = 11; // ministre|NOUN, a content word
const DE = 4; // de|ADP, a function word
const CHINE = 6; // a name
const EN_VISITE = 17; // en visite|EXPR, an expression headed by a preposition
const REUNION = 25; // réunion|NOUN
const PAYS = 31; // pays|NOUN

function statuses(map: Record<string, VocabStatus>, tint = true): HostToReader {
  return { type: 'statuses', statuses: map, tint };
}

/** An rgb()/rgba()/color(srgb …) computed value as 0-255 channels and alpha. */
function parseColor(css: string): { r: number; g: number; b: number; a: number } {
  const numbers = (css.match(/[\d.]+/g) ?? []).map(Number);
  if (css.startsWith('color(srgb')) {
    const [r = 0, g = 0, b = 0, a = 1] = numbers;
    return { r: r * 255, g: g * 255, b: b * 255, a };
  }
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return { r, g, b, a: /^rgba?\(/.test(css) ? a : 0 };
}

function over(top: ReturnType<typeof parseColor>, base: ReturnType<typeof parseColor>): ReturnType<typeof parseColor> {
  const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, base.r), g: mix(top.g, base.g), b: mix(top.b, base.b), a: 1 };
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(x: ReturnType<typeof parseColor>, y: ReturnType<typeof parseColor>): number {
  const luminance = (c: ReturnType<typeof parseColor>): number => {
    const [r, g, b] = [c.r, c.g, c.b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('reader webview: vocabulary statuses', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  async function openReader(theme: ThemeKind = 'light', lesson: ReaderDocument = doc): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE, theme });
    await view.post(lessonMessage(lesson, HOVER_PREFS));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  const unit = (view: WebviewPage, id: number): Locator => view.page.locator(`.unit[data-unit="${id}"]`);
  const look = (view: WebviewPage, id: number) =>
    unit(view, id).evaluate((e) => {
      const style = getComputedStyle(e);
      return {
        status: e.getAttribute('data-status'),
        background: style.backgroundColor,
        shadow: style.boxShadow,
        decoration: style.textDecorationLine,
        decorationColor: style.textDecorationColor,
        decorationStyle: style.textDecorationStyle,
        color: style.color,
      };
    });
  const pageBackground = (view: WebviewPage): Promise<string> => view.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const statusesOf = (view: WebviewPage, key: string): Promise<(string | null)[]> =>
    view.page.locator(`.unit[data-key="${key}"]`).evaluateAll((all) => all.map((e) => e.getAttribute('data-status')));

  describe('tinting', () => {
    it('tints nothing and offers no finish bar until the host sends statuses', async () => {
      const view = await openReader();
      assert.equal((await look(view, MINISTRE)).background, 'rgba(0, 0, 0, 0)');
      assert.equal(await view.page.evaluate(() => document.body.classList.contains('tint-statuses')), false);
      // Nor does it offer to mark words known before it knows what the learner knows.
      assert.equal(await view.page.locator('.finish-bar').isVisible(), false);
      await view.post(statuses({}, false));
      await view.page.locator('.finish-bar').waitFor();
      assert.equal((await look(view, MINISTRE)).background, 'rgba(0, 0, 0, 0)');
    });

    it('tints new content words and expressions, underlines learning words fading 1 to 4, leaves known, ignored, function words and names alone', async () => {
      const view = await openReader();
      await view.post(
        statuses({
          'réunion|NOUN': 'learning-1',
          'russe|ADJ': 'learning-2',
          'jeudi|NOUN': 'learning-3',
          'prochain|ADJ': 'learning-4',
          'pays|NOUN': 'known',
          "chef d'État|EXPR": 'ignored',
          'not in this lesson|NOUN': 'known',
        }),
      );
      await view.page.waitForFunction(() => document.body.classList.contains('tint-statuses'));
      const base = await pageBackground(view);

      const ministre = await look(view, MINISTRE);
      assert.equal(ministre.status, 'new');
      assert.equal(ministre.background, 'rgba(173, 214, 255, 0.5)', 'new: the editor selection-highlight background');
      assert.equal((await look(view, EN_VISITE)).background, ministre.background, 'an expression is tinted whatever its head');
      // Function words and names carry their status but show no tint.
      for (const id of [DE, CHINE]) {
        const quiet = await look(view, id);
        assert.equal(quiet.status, 'new');
        assert.equal(quiet.background, 'rgba(0, 0, 0, 0)');
      }
      // Known and ignored: plain text (an expression keeps only hover mode's dotted grey marker).
      const known = await look(view, PAYS);
      assert.equal(known.background, 'rgba(0, 0, 0, 0)');
      assert.equal(known.decoration, 'none');
      const ignored = await look(view, 28);
      assert.equal(ignored.background, 'rgba(0, 0, 0, 0)');
      assert.deepEqual([ignored.decorationStyle, ignored.decorationColor], ['dotted', 'rgb(113, 113, 113)']);
      // Learning: an underline in the warning colour, fading level by level.
      const alphas: number[] = [];
      for (const id of [REUNION, 12, 9, 26]) {
        const learning = await look(view, id);
        assert.equal(learning.decoration, 'underline', `unit ${id} is underlined`);
        assert.equal(learning.background, 'rgba(0, 0, 0, 0)');
        alphas.push(parseColor(learning.decorationColor).a);
      }
      assert.equal(alphas[0], 1);
      for (let i = 1; i < alphas.length; i++) assert.ok((alphas[i] ?? 1) < (alphas[i - 1] ?? 0), `learning ${i + 1} fainter than ${i} (${alphas.join(', ')})`);
      // Readable: the text over the new tint keeps a contrast of at least 7:1 (WCAG AAA).
      const ratio = contrast(parseColor(ministre.color), over(parseColor(ministre.background), parseColor(base)));
      assert.ok(ratio >= 7, `contrast ${ratio.toFixed(2)}`);

      // The setting off: no tint at all, statuses kept.
      await view.post(statuses({ 'réunion|NOUN': 'learning-1' }, false));
      await view.page.waitForFunction(() => !document.body.classList.contains('tint-statuses'));
      assert.equal((await look(view, MINISTRE)).background, 'rgba(0, 0, 0, 0)');
      const untinted = await look(view, REUNION);
      assert.equal(untinted.status, 'learning-1');
      assert.equal(untinted.decoration, 'none');
      assert.deepEqual(view.errors, []);
    });

    for (const theme of ['dark', 'high-contrast'] as const) {
      it(`shows new words distinctly and readably in the ${theme} theme`, async () => {
        const view = await openReader(theme);
        await view.post(statuses({ 'réunion|NOUN': 'learning-1' }));
        await view.page.waitForFunction(() => document.body.classList.contains('tint-statuses'));
        const base = parseColor(await pageBackground(view));
        const fresh = await look(view, MINISTRE);
        if (theme === 'dark') {
          assert.notEqual(fresh.background, 'rgba(0, 0, 0, 0)');
          const ratio = contrast(parseColor(fresh.color), over(parseColor(fresh.background), base));
          assert.ok(ratio >= 7, `contrast ${ratio.toFixed(2)}`);
        } else {
          // High contrast defines no highlight backgrounds: a contrast-border bar under the word.
          assert.equal(fresh.background, 'rgba(0, 0, 0, 0)');
          assert.match(fresh.shadow, /^rgb\(111, 195, 223\) 0px -2px 0px 0px inset$/);
        }
        assert.equal((await look(view, REUNION)).decoration, 'underline');
        assert.equal((await look(view, DE)).shadow, 'none');
      });
    }
  });

  describe('setting a status from the card', () => {
    // Every key twice, so each status change must reach more than one unit.
    const twice = repeatedLesson(doc, 2);
    const otherReunion = REUNION + doc.units.length;

    it('by click: the radio group, every occurrence at once, one setStatus', async () => {
      const view = await openReader('light', twice);
      await view.post(statuses({}));
      await unit(view, REUNION).click();
      const group = view.page.locator('.gloss-card [role="radiogroup"]');
      assert.equal(await group.getAttribute('aria-label'), 'Status');
      const radios = group.getByRole('radio');
      assert.deepEqual(await radios.allTextContents(), ['New', '1', '2', '3', '4', 'Known', 'Ignore']);
      assert.equal(await group.locator('[aria-checked="true"]').textContent(), 'New');
      assert.match((await view.page.locator('.gloss-card .card-status').getAttribute('title')) ?? '', /1–4 set a learning level, K known, X ignore/);

      await group.getByRole('radio', { name: /Learning 2/ }).click();
      assert.deepEqual(await statusesOf(view, 'réunion|NOUN'), ['learning-2', 'learning-2']);
      assert.equal((await look(view, otherReunion)).decoration, 'underline');
      assert.equal(await group.locator('[aria-checked="true"]').textContent(), '2');
      assert.deepEqual(await view.postedOfType('setStatus'), [{ type: 'setStatus', key: 'réunion|NOUN', status: 'learning-2' }]);
      // Choosing the status it already has changes nothing and posts nothing.
      await group.getByRole('radio', { name: /Learning 2/ }).click();
      assert.equal((await view.postedOfType('setStatus')).length, 1);
      // The card stays open on its word.
      assert.equal(await view.page.locator('.gloss-card').isVisible(), true);
    });

    it('by key while the card is pinned: 1–4, K, X; nothing once it is closed', async () => {
      const view = await openReader('light', twice);
      await view.post(statuses({}));
      await unit(view, MINISTRE).click();
      await view.page.locator('.gloss-card:not([hidden])').waitFor();
      const checked = view.page.locator('.gloss-card [aria-checked="true"]');
      const expected: [string, VocabStatus, string][] = [
        ['3', 'learning-3', '3'],
        ['1', 'learning-1', '1'],
        ['4', 'learning-4', '4'],
        ['k', 'known', 'Known'],
        ['X', 'ignored', 'Ignore'],
        ['2', 'learning-2', '2'],
      ];
      for (const [key, status, label] of expected) {
        await view.page.keyboard.press(key);
        assert.deepEqual(await statusesOf(view, 'ministre|NOUN'), [status, status], `key ${key}`);
        assert.equal(await checked.textContent(), label);
      }
      assert.deepEqual(
        (await view.postedOfType('setStatus')).map((m) => m.status),
        expected.map(([, status]) => status),
      );
      assert.ok((await view.postedOfType('setStatus')).every((m) => m.key === 'ministre|NOUN'));
      // Focus stayed on the word: the keys did not move it or scroll the card away.
      assert.equal(await view.page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant')), `unit-${MINISTRE}`);

      await view.page.keyboard.press('Escape');
      await view.page.keyboard.press('1');
      assert.equal((await view.postedOfType('setStatus')).length, expected.length);
      assert.deepEqual(await statusesOf(view, 'ministre|NOUN'), ['learning-2', 'learning-2']);
    });

    it('by the radio group from the keyboard: arrows move and choose', async () => {
      const view = await openReader();
      await view.post(statuses({ 'ministre|NOUN': 'learning-4' }));
      await unit(view, MINISTRE).click();
      const group = view.page.locator('.gloss-card [role="radiogroup"]');
      // One Tab stop: the checked radio.
      assert.deepEqual(await group.getByRole('radio').evaluateAll((all) => all.map((e) => (e as HTMLElement).tabIndex)), [-1, -1, -1, -1, 0, -1, -1]);
      await group.locator('[aria-checked="true"]').focus();
      await view.page.keyboard.press('ArrowRight');
      assert.equal(await view.page.evaluate(() => document.activeElement?.textContent), 'Known');
      await view.page.keyboard.press('ArrowLeft');
      await view.page.keyboard.press('ArrowLeft');
      assert.deepEqual((await view.postedOfType('setStatus')).map((m) => m.status), ['known', 'learning-4', 'learning-3']);
      assert.equal(await group.locator('[aria-checked="true"]').textContent(), '3');
      assert.equal(await view.page.locator('.gloss-card').isVisible(), true, 'arrows inside the card do not move through the text');
    });
  });

  describe('finished reading', () => {
    it('marks exactly the keys still new (names and numbers left out) as known, then says so', async () => {
      const view = await openReader();
      await view.post(statuses({ 'ministre|NOUN': 'learning-1', 'pays|NOUN': 'known', 'le|DET': 'ignored' }));
      const button = view.page.getByRole('button', { name: /Mark the remaining new words as known/ });
      await view.page.waitForFunction(() => document.querySelector('.finish-button')?.textContent?.endsWith('(17)'));
      assert.equal(await view.page.locator('.finish-title').textContent(), 'Finished reading?');

      // A status set on the way lowers the count.
      await unit(view, REUNION).click();
      await view.page.keyboard.press('2');
      await view.page.keyboard.press('Escape');
      assert.equal(await button.textContent(), 'Mark the remaining new words as known (16)');

      await button.click();
      const [marked] = await view.waitForPosted('markRestKnown');
      assert.deepEqual(marked, {
        type: 'markRestKnown',
        keys: [
          "Conseiller d'État|EXPR",
          'et|CCONJ',
          'ministre des Affaires étrangères|EXPR',
          'de|ADP',
          'rencontrer|VERB',
          'jeudi|NOUN',
          'russe|ADJ',
          'affaires étrangères|EXPR',
          'en visite|EXPR',
          'à|ADP',
          'il|PRON',
          'faire des préparatifs|EXPR',
          'politique|ADJ',
          'pour|ADP',
          'prochain|ADJ',
          "chef d'État|EXPR",
        ],
      });
      assert.equal(await view.page.getByRole('status').textContent(), '16 words marked as known.');
      assert.equal(await button.textContent(), 'Mark the remaining new words as known (0)');
      assert.equal(await button.isDisabled(), true);
      // The marked words lose their tint; names keep their own status, untouched.
      assert.equal((await look(view, EN_VISITE)).status, 'known');
      assert.equal((await look(view, EN_VISITE)).background, 'rgba(0, 0, 0, 0)');
      assert.equal((await look(view, CHINE)).status, 'new');
      assert.equal((await look(view, REUNION)).status, 'learning-2');
      assert.equal((await view.postedOfType('markRestKnown')).length, 1);
    });

    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`offers to undo the marking in one step, and puts the words back to new (${theme})`, async () => {
        const view = await openReader(theme);
        await view.post(statuses({ 'ministre|NOUN': 'learning-1', 'pays|NOUN': 'known', 'le|DET': 'ignored' }));
        const mark = view.page.getByRole('button', { name: /Mark the remaining new words as known/ });
        const undo = view.page.getByRole('button', { name: 'Undo' });
        await view.page.waitForFunction(() => document.querySelector('.finish-button')?.textContent?.endsWith('(17)'));
        assert.equal(await undo.count(), 0, 'nothing to undo before marking');
        await mark.click();
        assert.equal(await view.page.getByRole('status').textContent(), '17 words marked as known.');
        assert.equal(await undo.isVisible(), true);
        // The Undo button reads clearly against the bar in every theme.
        const paint = await undo.evaluate((e) => {
          const s = getComputedStyle(e);
          const bar = getComputedStyle(e.closest('.finish-bar')!);
          return { color: s.color, background: s.backgroundColor, bar: bar.backgroundColor, body: getComputedStyle(document.body).backgroundColor };
        });
        const behind = over(parseColor(paint.bar), parseColor(paint.body));
        assert.ok(contrast(parseColor(paint.color), over(parseColor(paint.background), behind)) >= 4.5, JSON.stringify(paint));

        await undo.focus();
        await view.page.keyboard.press('Enter');
        const [undone] = await view.waitForPosted('undoMarkRestKnown');
        assert.deepEqual(undone, { type: 'undoMarkRestKnown' });
        assert.equal(await view.page.getByRole('status').textContent(), 'Undone: 17 words are new again.');
        assert.equal(await undo.count(), 0, 'the Undo is gone once used');
        // The words are new again at once, and the mark button has the focus back, ready to mark again.
        assert.equal((await look(view, EN_VISITE)).status, 'new');
        assert.equal((await look(view, REUNION)).status, 'new');
        assert.equal((await look(view, PAYS)).status, 'known', 'a word known before stays known');
        assert.equal(await mark.textContent(), 'Mark the remaining new words as known (17)');
        assert.equal(await view.page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'mark-rest-known');
        // The host's statuses (the store restored) agree; another lesson clears the bar.
        await view.post(statuses({ 'ministre|NOUN': 'learning-1', 'pays|NOUN': 'known', 'le|DET': 'ignored' }));
        assert.equal(await mark.textContent(), 'Mark the remaining new words as known (17)');
        await mark.click();
        assert.equal(await undo.isVisible(), true);
        await view.post(lessonMessage({ ...repeatedLesson(doc, 2), lessonId: 'autre/leçon' }, HOVER_PREFS));
        await view.page.waitForFunction(() => document.querySelector('.finish-status')?.textContent === '');
        assert.equal(await undo.count(), 0, 'no Undo offered for another lesson');
      });
    }
  });
});
