// A lesson is data, never code: a document full of injection attempts (in the text, the units,
// the glosses, the notes, the title) must run nothing and show its text literally. Checked under
// the real CSP, and again under a CSP that would let inline script run, so the page's own DOM
// building is tested and not only the CSP behind it.
import assert from 'node:assert/strict';
import { READER_SURFACE, useWebviewHarness } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';

describe('reader webview: a hostile lesson', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('hostile');

  for (const permissiveCsp of [false, true]) {
    const csp = permissiveCsp ? 'a CSP that would allow inline script' : 'the real CSP';
    it(`runs nothing and shows the text literally, under ${csp}`, async () => {
      const view = await webview.open({ surface: READER_SURFACE, permissiveCsp });
      const { page } = view;
      await view.post(lessonMessage(doc, { ...HOVER_PREFS, showTranslation: true, mode: 'interlinear' }));
      await page.locator('.unit').first().waitFor();

      // Nothing executable or loadable was built: the only script is the bundle.
      const built = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        foreign: document.querySelectorAll('img, iframe, svg, math, form, style, object, embed, link:not([rel="stylesheet"])').length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        styled: document.querySelectorAll('main [style]').length,
        hrefs: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')),
      }));
      assert.deepEqual(built, { scripts: 1, foreign: 0, handlers: [], styled: 0, hrefs: ['https://example.org/safe'] });

      // The text, the title and the meta line read exactly as written.
      assert.equal(await page.locator('h1').textContent(), doc.meta.title);
      assert.equal(await page.locator('.lesson-meta').textContent(), `<img src=x onerror="window.__pwned = 'source'"> · 4 February 2022 · B2`);
      assert.equal(
        await page.locator('.sentence-text').textContent(),
        `<script>window.__pwned = 'text'</script> Le <img src=x onerror="window.__pwned = 'unit'"> ministre a rencontré le javascript:alert(1).`,
      );
      assert.equal(await page.locator('.sentence-translation').textContent(), `<img src=x onerror="window.__pwned = 'translation'">They met.`);
      assert.equal(
        await page.locator('.unit[data-unit="2"]').evaluate((e) => getComputedStyle(e.closest('.unit-cell')?.querySelector('.unit-gloss') ?? e, '::before').content),
        `"<script>window.__pwned = 'gloss'</script>minister"`,
      );

      // Hover and pin every unit: glosses, lemmas and notes show as text in the popovers.
      await page.locator('.toolbar [data-mode="hover"]').click();
      for (const unit of doc.units) {
        await page.locator(`.unit[data-unit="${unit.id}"]`).hover();
        await page.locator('.gloss-tooltip .tooltip-gloss', { hasText: unit.gloss }).waitFor();
        await page.locator(`.unit[data-unit="${unit.id}"]`).click();
        await page.locator('.gloss-card .card-lemma', { hasText: unit.lemma }).waitFor();
        assert.equal(await page.locator('.gloss-card .card-gloss').textContent(), unit.gloss);
        if (unit.noteHtml) {
          // Through the allow-list: emphasis kept, the rest gone or defused (a link with no href).
          const note = page.locator('.gloss-card .card-note');
          assert.equal(await note.textContent(), unit.note);
          assert.equal(await note.locator('em').textContent(), 'rencontrer');
          assert.deepEqual(await note.locator('*').evaluateAll((all) => all.map((e) => [e.localName, e.getAttributeNames().join()])), [['em', ''], ['a', '']]);
          await note.locator('a').click();
        } else if (unit.note) {
          assert.equal(await page.locator('.gloss-card .card-note').textContent(), unit.note);
        }
        assert.equal(await page.locator('.gloss-card img, .gloss-card script, .gloss-card style, .gloss-card svg, .gloss-card a[href]').count(), 0);
        await page.keyboard.press('Escape');
      }
      const repaired = page.locator('.unit-repaired');
      assert.equal(await repaired.getAttribute('title'), `Repaired: the source has “"><img src=x onerror="window.__pwned = 'repair'">”. See the note “"><img src=x onerror="window.__pwned = 'repair'"> → javascript:alert(1)”.`);
      await repaired.click();
      await page.locator('.gloss-card .card-repair q', { hasText: `"><img src=x onerror="window.__pwned = 'repair'">` }).waitFor();
      await page.keyboard.press('Escape');

      // Notes: dangerous elements gone, their text (where they had some) kept, links defused.
      const notes = page.locator('.notes');
      assert.equal(await notes.locator('.note-title').first().textContent(), `<img src=x onerror="window.__pwned = 'note-title'">Wang Yi`);
      const noteText = (await notes.locator('.note-body').first().textContent()) ?? '';
      for (const kept of ['Script: after script.', 'Image: after image.', 'javascript link', 'mixed-case link', 'data link', 'safe link', 'hover me']) {
        assert.ok(noteText.includes(kept), `note keeps “${kept}”`);
      }
      assert.ok(!noteText.includes('__pwned'), 'no script text leaks into the note');
      for (const name of ['javascript link', 'mixed-case link', 'data link', 'hover me']) {
        await notes.getByText(name).hover();
        await notes.getByText(name).click();
      }
      await notes.getByText('safe link').click();
      assert.deepEqual(await view.postedOfType('openLink'), [{ type: 'openLink', href: 'https://example.org/safe' }]);
      assert.equal(page.url().endsWith('/page/' + page.url().split('/page/')[1]), true);

      // Give any deferred handler (image error, timers) its chance, then check nothing ran.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      // Chromium checks the CSP as soon as the notes' HTML is parsed, even in an inert <template>:
      // it refuses to compile the on* and style attributes there (before the page strips them).
      // Those refusals are the only complaints allowed: no page error, nothing loaded or run.
      const violations = await view.cspViolations();
      for (const violation of violations) assert.match(violation, /^(script-src-attr|style-src-attr) inline$/);
      const complaints = view.errors.filter((e) => !/^console: (Executing inline event handler|Applying inline style) violates/.test(e));
      assert.deepEqual(complaints, []);
      if (permissiveCsp) assert.ok(violations.every((v) => v.startsWith('style-src-attr')), 'handlers were allowed, and still none ran');
    });
  }

  it('the permissive page really would run inline script (so the test above can fail)', async () => {
    const view = await webview.open({ surface: READER_SURFACE, permissiveCsp: true });
    await view.page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', "window.__pwned = 'control'");
      img.src = 'data:,not-an-image';
      document.body.append(img);
    });
    await view.page.waitForFunction(() => (window as unknown as { __pwned?: unknown }).__pwned === 'control');
  });
});
