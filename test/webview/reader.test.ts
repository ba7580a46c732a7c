// The reader webview in headless Chromium: the real bundle and CSS in the real HTML shell,
// driven as the extension host would drive it.
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { ReaderDocument } from '../../src/core/lesson/model';
import type { ReaderPrefs, ReaderViewState } from '../../src/protocol';
import { READER_SURFACE, useWebviewHarness, type OpenOptions, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage, paragraphAligned, readerFixture, repeatedLesson } from './readerFixtures';
import { THEMES, type ThemeKind } from './themes';

const CHEFS = 28; // `chefs d'État` in first-paragraph.json
const SERGUEI = 15;
const POLITIQUES = 22; // glossed automatically

describe('reader webview', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  async function openReader(
    options: Partial<OpenOptions> & { doc?: ReaderDocument; prefs?: ReaderPrefs; scrollTop?: number } = {},
  ): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE, ...options });
    await view.post(lessonMessage(options.doc ?? doc, options.prefs ?? HOVER_PREFS, options.scrollTop ?? 0));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  const unit = (page: WebviewPage, id: number): Locator => page.page.locator(`.unit[data-unit="${id}"]`);
  const card = (page: WebviewPage): Locator => page.page.locator('.gloss-card');
  /** A unit's cell (the word, the punctuation closing on it, its interlinear gloss) and its gloss line. */
  const cellOf = (page: WebviewPage, id: number): Locator => page.page.locator(`.unit-cell:has(> .unit-line > .unit[data-unit="${id}"])`);
  const glossOf = (page: WebviewPage, id: number): Locator => cellOf(page, id).locator('> .unit-gloss');
  const isPinned = (page: WebviewPage, id: number): Promise<boolean> => unit(page, id).evaluate((e) => e.classList.contains('unit-pinned'));
  const tooltip = (page: WebviewPage): Locator => page.page.locator('.gloss-tooltip');
  /** The unit focus is on: the text container holds focus, its active descendant is the unit. */
  const focusedUnitId = (page: WebviewPage): Promise<string | null> =>
    page.page.evaluate(() => {
      const active = document.activeElement;
      if (active?.id !== 'lesson-text') return null;
      const id = active.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.dataset.unit ?? null) : null;
    });

  describe('start-up and rendering', () => {
    it('posts `ready` first and renders the lesson the host sends, without a CSP violation or error', async () => {
      const view = await webview.open({ surface: READER_SURFACE });
      assert.deepEqual(await view.posted(), [{ type: 'ready' }]);
      assert.equal(await view.page.locator('.unit').count(), 0);
      await view.post(lessonMessage(doc));
      await view.page.locator('.unit').first().waitFor();
      assert.equal((await view.posted())[0]?.type, 'ready');
      assert.deepEqual(await view.cspViolations(), []);
      assert.deepEqual(view.errors, []);
    });

    it('shows the title, the meta line and the French text with lang="fr", each unit once', async () => {
      const v = await openReader();
      const { page } = v;
      assert.equal(await page.locator('h1').textContent(), doc.meta.title);
      assert.equal(await page.locator('.lesson-meta').textContent(), 'Xinhua (service en français) · 4 February 2022 · B2');
      assert.equal(await page.locator('article.reader-text').getAttribute('lang'), 'fr');
      assert.equal(await page.locator('.unit').count(), doc.units.length);
      const first = await page.locator('.sentence-text').first().textContent();
      assert.ok(first?.startsWith("Le Conseiller d'État et ministre des Affaires étrangères de la Chine, Wang Yi, a rencontré jeudi"));
      // The multi-word expression is one unit: text, not a control (the text container is the control).
      const chefs = unit(v, CHEFS);
      assert.equal(await chefs.textContent(), "chefs d'État");
      assert.equal(await chefs.getAttribute('role'), null);
      assert.equal(await chefs.getAttribute('tabindex'), null);
      assert.equal(await page.locator('.unit', { hasText: 'chefs' }).count(), 1);
      assert.equal(await page.title(), doc.meta.title);
    });

    it('marks repaired text and links it to its repair note', async () => {
      const v = await openReader();
      const serguei = unit(v, SERGUEI);
      assert.match((await serguei.getAttribute('class')) ?? '', /unit-repaired/);
      assert.equal(await serguei.getAttribute('title'), 'Repaired: the source has “Sergue?”. See the note “Sergue? → Sergueï”.');
      const decoration = await serguei.evaluate((e) => getComputedStyle(e).textDecorationLine);
      assert.equal(decoration, 'underline');
      await serguei.click();
      await card(v).getByRole('button', { name: 'Read the note' }).click();
      const focusedNote = await v.page.evaluate(() => document.activeElement?.querySelector('.note-title')?.textContent);
      assert.equal(focusedNote, 'Sergue? → Sergueï');
    });

    it('groups the notes and keeps their safe HTML (emphasis, http links)', async () => {
      const { page } = await openReader();
      const groups = await page.locator('.note-group-title').allTextContents();
      assert.deepEqual(groups, ['People', 'Institutions and places', 'Usage and grammar', 'Repairs to the source']);
      assert.equal(await page.locator('.note-body em').first().textContent(), 'Sergueï');
      assert.equal(await page.locator('.note-body a').getAttribute('href'), 'https://en.wikipedia.org/wiki/Wang_Yi');
    });
  });

  describe('glosses', () => {
    it('shows the gloss while hovering a word, and hides it after', async () => {
      const v = await openReader();
      await unit(v, CHEFS).hover();
      await tooltip(v).getByText('heads of state').waitFor();
      assert.equal(await tooltip(v).getAttribute('role'), 'tooltip');
      await v.page.mouse.move(2, 600);
      await tooltip(v).waitFor({ state: 'hidden' });
    });

    it('shows no hover gloss in plain mode', async () => {
      const v = await openReader({ prefs: { ...HOVER_PREFS, mode: 'plain' } });
      await unit(v, 9).hover();
      await unit(v, CHEFS).hover();
      // Give the hover delay ample time to pass, then check nothing appeared.
      await v.page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
      assert.equal(await tooltip(v).isVisible(), false);
    });

    it('pins a gloss card on click, tells the host, and closes it with Escape', async () => {
      const v = await openReader();
      await unit(v, CHEFS).click();
      await card(v).waitFor();
      assert.equal(await card(v).locator('.card-lemma').textContent(), "chef d'État");
      assert.equal(await card(v).locator('.card-grammar').textContent(), 'expression (noun), masculine');
      assert.equal(await card(v).locator('.card-gloss').textContent(), 'heads of state');
      assert.match((await card(v).locator('.card-note').textContent()) ?? '', /only chef takes the -s/);
      assert.equal(await card(v).getAttribute('role'), 'dialog');
      assert.equal(await card(v).getAttribute('aria-label'), "Gloss: chef d'État");
      assert.equal(await isPinned(v, CHEFS), true);
      assert.deepEqual(await v.postedOfType('lookup'), [{ type: 'lookup', key: "chef d'État|EXPR", unit: CHEFS }]);

      await v.page.keyboard.press('Escape');
      await card(v).waitFor({ state: 'hidden' });
      assert.equal(await isPinned(v, CHEFS), false);
      assert.equal(await focusedUnitId(v), String(CHEFS));
    });

    it('marks an automatic gloss as automatic', async () => {
      const v = await openReader();
      await unit(v, POLITIQUES).click();
      await card(v).waitFor();
      assert.equal(await card(v).locator('.origin-auto').textContent(), 'automatic');
      await unit(v, CHEFS).click();
      await card(v).locator('.card-lemma', { hasText: "chef d'État" }).waitFor();
      assert.equal(await card(v).locator('.origin-auto').count(), 0);
    });

    it('shows the chosen sense first and apart, the others after it, and "no gloss" rather than a blank', async () => {
      // The analyzer puts the sense its context calls for first (assurer que = to assert).
      const senses = structuredClone(doc);
      const assured = senses.units.find((u) => u.id === SERGUEI)!;
      assured.gloss = 'to assert, to maintain (assurer que); to ensure; to assure';
      const unglossed = senses.units.find((u) => u.id === POLITIQUES)!;
      unglossed.gloss = '';
      const v = await openReader({ doc: senses });
      await unit(v, SERGUEI).click();
      await card(v).waitFor();
      assert.equal(await card(v).locator('.card-gloss .card-sense').textContent(), 'to assert, to maintain (assurer que)');
      assert.equal(await card(v).locator('.card-gloss .card-other-senses').textContent(), '; to ensure; to assure');
      assert.equal(await card(v).locator('.card-gloss').textContent(), assured.gloss);
      await unit(v, POLITIQUES).click();
      await card(v).locator('.card-gloss.no-gloss').waitFor();
      assert.equal(await card(v).locator('.card-gloss').textContent(), 'no gloss');
      // Nothing was glossed, automatically or not: no "automatic" badge on an empty gloss.
      assert.equal(await card(v).locator('.origin-auto').count(), 0);
    });

    it('says a name without a gloss is a name, not "no gloss"', async () => {
      const named = structuredClone(doc);
      const name = named.units.find((u) => u.id === POLITIQUES)!;
      name.gloss = '';
      name.pos = 'PROPN';
      const v = await openReader({ doc: named });
      await unit(v, POLITIQUES).click();
      await card(v).locator('.card-gloss.no-gloss').waitFor();
      assert.equal(await card(v).locator('.card-gloss').textContent(), 'a name (no translation needed)');
    });

    it('lists the other places a word occurs and jumps there', async () => {
      const v = await openReader();
      await unit(v, 5).click(); // `la` (le|DET), also units 0, 10 and 24
      const occurrences = card(v).locator('.occurrence');
      assert.deepEqual(await occurrences.evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.unit)), ['0', '10', '24']);
      assert.equal(await occurrences.nth(2).textContent(), '… des préparatifs politiques pour la réunion prochaine des chefs …');
      assert.equal(await unit(v, 24).evaluate((e) => e.classList.contains('unit-same')), true);
      await occurrences.nth(2).click();
      await card(v).locator('.card-form', { hasText: 'la' }).waitFor();
      assert.equal(await focusedUnitId(v), '24');
      assert.equal(await isPinned(v, 24), true);
      assert.equal(await isPinned(v, 5), false);
      assert.deepEqual(
        (await v.postedOfType('lookup')).map((m) => m.unit),
        [5, 24],
      );
    });

    it('lists only the first places of a frequent word, and counts the rest', async () => {
      const v = await openReader({ doc: repeatedLesson(doc, 5) });
      await unit(v, 5).click(); // `la`: 4 places a copy, 20 in all
      await card(v).locator('.occurrence').first().waitFor();
      assert.equal(await card(v).locator('.occurrence').count(), 8);
      assert.equal(await card(v).locator('.card-section-title').textContent(), 'Also in this lesson (19)');
      assert.equal(await card(v).locator('.card-more').textContent(), 'and 11 more');
    });
  });

  describe('keyboard', () => {
    it('is one Tab stop; arrows move between units and sentences; Enter pins, Escape closes', async () => {
      const v = await openReader();
      const { page } = v;
      const tabStops = (): Promise<number> => page.locator('article [tabindex="0"]').count();
      await page.locator('.toolbar [data-action="next"]').focus();
      await page.keyboard.press('Tab');
      assert.equal(await focusedUnitId(v), '0');
      assert.equal(await tabStops(), 1);

      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focusedUnitId(v), '2');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await focusedUnitId(v), '1');
      // Hover mode: focus shows the gloss as the mouse would.
      await tooltip(v).getByText('State Councilor').waitFor();

      await page.keyboard.press('ArrowDown');
      assert.equal(await focusedUnitId(v), '20'); // `Ils`, first unit of the second sentence
      await page.keyboard.press('ArrowDown');
      assert.equal(await focusedUnitId(v), '20'); // no third sentence
      await page.keyboard.press('ArrowUp');
      assert.equal(await focusedUnitId(v), '0');
      await page.keyboard.press('End');
      assert.equal(await focusedUnitId(v), String(doc.units.length - 1));
      await page.keyboard.press('ArrowUp');
      assert.equal(await focusedUnitId(v), '20');
      for (let i = 0; i < CHEFS - 20; i++) await page.keyboard.press('ArrowRight');
      assert.equal(await focusedUnitId(v), String(CHEFS));
      assert.equal(await tabStops(), 1);

      await page.keyboard.press('Enter');
      await card(v).getByText('heads of state').waitFor();
      assert.equal((await v.postedOfType('lookup')).length, 1);
      // Tab reaches the card's controls, Escape brings focus back to the word.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.gloss-card') !== null), true);
      await page.keyboard.press('Escape');
      await card(v).waitFor({ state: 'hidden' });
      assert.equal(await focusedUnitId(v), String(CHEFS));

      await page.keyboard.press(' ');
      await card(v).waitFor();
      await page.keyboard.press('ArrowRight'); // moving on puts the card away
      await card(v).waitFor({ state: 'hidden' });
      await page.keyboard.press('Home');
      assert.equal(await focusedUnitId(v), '0');
      assert.equal(await tabStops(), 1);
    });

    it('the toolbar is one Tab stop too, with arrow keys between its buttons', async () => {
      const v = await openReader();
      const { page } = v;
      const focused = (): Promise<string | null> =>
        page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          return e?.dataset.mode ?? e?.dataset.action ?? null;
        });
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'plain');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(), 'hover');
      await page.keyboard.press('End');
      assert.equal(await focused(), 'next');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(), 'plain', 'wraps around');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await focused(), 'quiz');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await focused(), 'legend');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await focused(), 'larger');
      assert.equal(await page.locator('.toolbar button[tabindex="0"]').count(), 1);
      await page.keyboard.press('Enter');
      assert.deepEqual((await v.postedOfType('prefsChanged')).at(-1), { type: 'prefsChanged', prefs: { ...HOVER_PREFS, fontSize: 19 } });
      await page.keyboard.press('Tab');
      assert.equal(await focusedUnitId(v), '0', 'Tab leaves the toolbar for the text');
    });
  });

  describe('display modes and prefs', () => {
    it('interlinear mode puts the gloss in small type under each glossed unit', async () => {
      const v = await openReader();
      const { page } = v;
      const chefs = unit(v, CHEFS);
      const cell = cellOf(v, CHEFS);
      const heightBefore = (await cell.boundingBox())?.height ?? 0;
      assert.equal(await glossOf(v, CHEFS).evaluate((e) => getComputedStyle(e).display), 'none');

      await page.locator('.toolbar [data-mode="interlinear"]').click();
      assert.equal(await page.locator('.toolbar [data-mode="interlinear"]').getAttribute('aria-pressed'), 'true');
      const after = await glossOf(v, CHEFS).evaluate((e) => {
        const style = getComputedStyle(e, '::before');
        return { content: style.content, size: parseFloat(getComputedStyle(e).fontSize), base: parseFloat(getComputedStyle(e.parentElement as Element).fontSize) };
      });
      assert.equal(after.content, '"heads of state"');
      assert.ok(after.size < after.base * 0.75, `gloss in small type (${after.size}px under ${after.base}px)`);
      assert.ok(((await cell.boundingBox())?.height ?? 0) > heightBefore * 1.3, 'the gloss sits under the word');
      // A name whose gloss only repeats it gets no line; the first sense only is shown.
      assert.equal(await glossOf(v, 19).evaluate((e) => getComputedStyle(e, '::before').content), '""');
      assert.equal(await glossOf(v, 3).evaluate((e) => getComputedStyle(e, '::before').content), '"Minister of Foreign Affairs"');
      // No hover tooltip: the gloss is already on the page.
      await unit(v, 9).hover();
      await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
      assert.equal(await tooltip(v).isVisible(), false);
      assert.deepEqual(await v.postedOfType('prefsChanged'), [{ type: 'prefsChanged', prefs: { ...HOVER_PREFS, mode: 'interlinear' } }]);
    });

    it('toggles the translation under each sentence', async () => {
      const v = await openReader();
      const translations = v.page.locator('.sentence-translation');
      assert.equal(await translations.count(), 2);
      assert.equal(await translations.first().isVisible(), false);
      await v.page.locator('.toolbar [data-action="translation"]').click();
      await translations.first().waitFor();
      assert.equal(await translations.nth(1).textContent(), doc.paragraphs[0]?.sentences[1]?.translation);
      // Under its sentence: below the sentence's French text.
      const french = await v.page.locator('.sentence-text').nth(1).boundingBox();
      const english = await translations.nth(1).boundingBox();
      assert.ok(french && english && english.y >= french.y + french.height - 1);
      assert.equal(await translations.first().getAttribute('lang'), 'en');
      assert.deepEqual((await v.postedOfType('prefsChanged')).at(-1), { type: 'prefsChanged', prefs: { ...HOVER_PREFS, showTranslation: true } });
      await v.page.locator('.toolbar [data-action="translation"]').click();
      await translations.first().waitFor({ state: 'hidden' });
    });

    it('shows a paragraph-aligned translation under its paragraph', async () => {
      const aligned = paragraphAligned(doc);
      const v = await openReader({ doc: aligned, prefs: { ...HOVER_PREFS, showTranslation: true } });
      const translation = v.page.locator('.paragraph-translation');
      await translation.waitFor();
      assert.equal(await v.page.locator('.sentence-translation').count(), 0);
      const paragraph = await v.page.locator('.paragraph-text').boundingBox();
      const english = await translation.boundingBox();
      assert.ok(paragraph && english && english.y >= paragraph.y + paragraph.height - 1);
      // Sentences stay inline in their paragraph.
      assert.equal(await v.page.locator('.sentence').first().evaluate((e) => getComputedStyle(e).display), 'inline');
    });

    it('greys out the translation toggle for a lesson without translation', async () => {
      const bare: ReaderDocument = { ...doc, paragraphs: paragraphAligned(doc).paragraphs.map(({ sentences }) => ({ sentences })) };
      const v = await openReader({ doc: bare });
      assert.equal(await v.page.locator('.toolbar [data-action="translation"]').isDisabled(), true);
    });

    it('takes the font size from prefs and changes it from the toolbar', async () => {
      const v = await openReader({ prefs: { ...HOVER_PREFS, fontSize: 24 } });
      const size = (): Promise<string> => v.page.locator('.reader-text').evaluate((e) => getComputedStyle(e).fontSize);
      assert.equal(await size(), '24px');
      await v.page.locator('.toolbar [data-action="larger"]').click();
      assert.equal(await size(), '25px');
      assert.deepEqual((await v.postedOfType('prefsChanged')).at(-1), { type: 'prefsChanged', prefs: { ...HOVER_PREFS, fontSize: 25 } });
      await v.post({ type: 'prefs', prefs: { ...HOVER_PREFS, fontSize: 15 } });
      assert.equal(await size(), '15px');
      assert.equal((await v.postedOfType('prefsChanged')).length, 1, 'a change from the host is not echoed back');
    });

    it('keeps {lessonId, scrollTop, prefs} in the webview state and reports scrolling', async () => {
      const prefs: ReaderPrefs = { mode: 'interlinear', showTranslation: true, fontSize: 22 };
      const v = await openReader({ prefs, viewport: { width: 700, height: 320 } });
      assert.deepEqual(await v.state(), { lessonId: doc.lessonId, scrollTop: 0, prefs });
      await v.page.evaluate(() => window.scrollTo(0, 400));
      const scrolled = await v.waitForPosted('scrolled');
      assert.deepEqual(scrolled.at(-1), { type: 'scrolled', scrollTop: 400 });
      await v.page.waitForFunction(() => (window.__host.state as { scrollTop: number }).scrollTop === 400);
      await v.page.locator('.toolbar [data-mode="plain"]').click();
      // The text reflowed; the page kept the line being read in place, so the position moved up (400 px
      // down, that line lies well past the header, whatever the fonts: plain text is shorter above it).
      await v.page.waitForFunction(() => {
        const state = window.__host.state as ReaderViewState;
        return state.prefs?.mode === 'plain' && state.scrollTop === Math.round(document.scrollingElement?.scrollTop ?? -1);
      });
      const saved = (await v.state()) as ReaderViewState;
      assert.deepEqual(saved.prefs, { ...prefs, mode: 'plain' });
      assert.equal(saved.lessonId, doc.lessonId);
      assert.ok(saved.scrollTop > 0 && saved.scrollTop < 400, `scrollTop ${saved.scrollTop}`);
    });

    it('reports fast scrolling at a throttled rate, ending on the last position', async () => {
      const v = await openReader({ viewport: { width: 700, height: 320 }, prefs: { ...HOVER_PREFS, showTranslation: true, fontSize: 24 } });
      await v.page.evaluate(async () => {
        for (let top = 1; top <= 60; top++) {
          window.scrollTo(0, top * 5);
          await new Promise((done) => requestAnimationFrame(done));
        }
      });
      await v.page.waitForFunction(() => window.__host.posted.filter((m) => m.type === 'scrolled').at(-1)?.scrollTop === 300);
      const reports = await v.postedOfType('scrolled');
      assert.ok(reports.length < 30, `${reports.length} reports for 60 scroll steps`);
    });

    it('reopens a restored panel with its saved prefs and scroll position', async () => {
      const prefs: ReaderPrefs = { mode: 'interlinear', showTranslation: true, fontSize: 22 };
      const state: ReaderViewState = { lessonId: doc.lessonId, scrollTop: 180, prefs };
      const view = await webview.open({ surface: READER_SURFACE, state, viewport: { width: 700, height: 320 } });
      const { page } = view;
      // Before the host answers, the saved prefs already shape the page.
      assert.equal(await page.locator('.toolbar [data-mode="interlinear"]').getAttribute('aria-pressed'), 'true');
      assert.equal(await page.evaluate(() => document.body.classList.contains('mode-interlinear')), true);
      await view.post(lessonMessage(doc, prefs, 0));
      await page.waitForFunction(() => document.scrollingElement?.scrollTop === 180);
      assert.deepEqual(await view.state(), state);
    });

    it('starts a different lesson at the top and at the host\'s position when given', async () => {
      const state: ReaderViewState = { lessonId: 'another/lesson', scrollTop: 180, prefs: HOVER_PREFS };
      const view = await webview.open({ surface: READER_SURFACE, state, viewport: { width: 700, height: 320 } });
      await view.post(lessonMessage(doc, { ...HOVER_PREFS, showTranslation: true, fontSize: 24 }, 0));
      await view.page.locator('.unit').first().waitFor();
      assert.equal(await view.page.evaluate(() => document.scrollingElement?.scrollTop), 0);
      await view.post(lessonMessage(doc, { ...HOVER_PREFS, showTranslation: true, fontSize: 24 }, 90));
      await view.page.waitForFunction(() => document.scrollingElement?.scrollTop === 90);
    });

    it('asks the host for the next lesson', async () => {
      const v = await openReader();
      await v.page.locator('.toolbar [data-action="next"]').click();
      assert.deepEqual(await v.postedOfType('nextLesson'), [{ type: 'nextLesson' }]);
    });
  });

  describe('themes', () => {
    for (const kind of ['light', 'dark', 'high-contrast'] as ThemeKind[]) {
      it(`takes its colours from the ${kind} theme variables`, async () => {
        const v = await openReader({ theme: kind });
        const vars = THEMES[kind].vars;
        // (No named helpers inside evaluate: tsx would wrap them in a function the page lacks.)
        const colours = await v.page.evaluate(() => ({
          body: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.querySelector('.reader-text') as Element).color,
          toolbar: getComputedStyle(document.querySelector('.toolbar') as Element).backgroundColor,
        }));
        const toRgb = (hex: string | undefined): Promise<string> =>
          v.page.evaluate((h) => {
            const probe = document.createElement('div');
            probe.style.color = h;
            document.body.append(probe);
            const value = getComputedStyle(probe).color;
            probe.remove();
            return value;
          }, hex ?? '');
        assert.equal(colours.body, await toRgb(vars['--vscode-editor-background']));
        assert.equal(colours.text, await toRgb(vars['--vscode-editor-foreground']));
        assert.equal(colours.toolbar, colours.body);

        await unit(v, CHEFS).click();
        await card(v).waitFor();
        const cardStyle = await card(v).evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, border: getComputedStyle(e).borderTopColor }));
        assert.equal(cardStyle.bg, await toRgb(vars['--vscode-editorHoverWidget-background']));
        assert.equal(cardStyle.border, await toRgb(vars['--vscode-editorHoverWidget-border']));
        if (kind === 'high-contrast') {
          // High contrast draws outlines where other themes use fills.
          const pinned = await unit(v, CHEFS).evaluate((e) => getComputedStyle(e).outlineColor);
          assert.equal(pinned, await toRgb(vars['--vscode-editor-wordHighlightStrongBorder']));
          await unit(v, 9).hover();
          const hovered = await unit(v, 9).evaluate((e) => getComputedStyle(e).outlineColor);
          assert.equal(hovered, await toRgb(vars['--vscode-contrastActiveBorder']));
        }
        assert.deepEqual(await v.cspViolations(), []);
      });
    }

    it('follows a theme change without reloading', async () => {
      const v = await openReader({ theme: 'light' });
      const before = await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await v.setTheme('dark');
      const after = await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(after, before);
      assert.equal(after, 'rgb(31, 31, 31)');
    });
  });
});
