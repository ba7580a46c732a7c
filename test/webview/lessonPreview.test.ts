// The reader page as the lesson preview drives it: the list of what the lesson's errors keep off the
// page, and following the editor's cursor to a paragraph.
import assert from 'node:assert/strict';
import { READER_SURFACE, useWebviewHarness } from './harness';
import { lessonMessage, readerFixture, repeatedLesson } from './readerFixtures';
import { THEMES, type ThemeKind } from './themes';

describe('reader webview as the lesson preview', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  it('lists what cannot be shown, escaped, and hides the list once there is nothing to list', async function () {
    this.timeout(120_000); // three pages, one per theme
    for (const theme of Object.keys(THEMES) as ThemeKind[]) {
      const view = await webview.open({ surface: READER_SURFACE, theme });
      await view.post(lessonMessage(doc));
      await view.page.locator('.unit').first().waitFor();
      const list = view.page.locator('.preview-problems');
      assert.equal(await list.isVisible(), false, 'the reader shows no list');
      await view.post({ type: 'previewProblems', problems: ["Line 22: Unknown part of speech 'NUON' for 'chef d'État'.", 'Line 31: <img src=x onerror=alert(1)>'] });
      await list.waitFor({ state: 'visible' });
      assert.deepEqual(await list.locator('li').allTextContents(), ["Line 22: Unknown part of speech 'NUON' for 'chef d'État'.", 'Line 31: <img src=x onerror=alert(1)>']);
      assert.equal(await view.page.locator('.preview-problems img').count(), 0, 'text, never HTML');
      // Readable in every theme: the text colour differs from the background.
      const colours = await list.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
      assert.notEqual(colours[0], colours[1], theme);
      await view.post({ type: 'previewProblems', problems: [] });
      await list.waitFor({ state: 'hidden' });
      assert.deepEqual(view.errors, []);
      await view.close();
    }
  });

  it('brings the paragraph of the cursor into view, and leaves the page alone when it is in view', async () => {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage(repeatedLesson(doc, 12)));
    await view.page.locator('.unit').first().waitFor();
    const scrollY = () => view.page.evaluate(() => window.scrollY);
    assert.equal(await scrollY(), 0);
    await view.post({ type: 'revealParagraph', paragraph: 10 });
    await view.page.waitForFunction(() => {
      const box = document.querySelector('.paragraph[data-paragraph="10"]')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    const at = await scrollY();
    assert.ok(at > 0);
    await view.post({ type: 'revealParagraph', paragraph: 10 });
    await view.page.waitForTimeout(200);
    assert.equal(await scrollY(), at, 'a paragraph in view does not move');
  });
});

describe('reader webview toolbar in the lesson preview', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  it('hides Next lesson once the page is a preview, keeps Quiz and the display buttons, and a hidden button is never the Tab stop', async () => {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage(doc));
    await view.page.locator('.unit').first().waitFor();
    const next = view.page.locator('.toolbar [data-action="next"]');
    assert.equal(await next.isVisible(), true, 'the reader has Next lesson');
    await view.post({ type: 'previewProblems', problems: [] });
    await next.waitFor({ state: 'hidden' });
    assert.equal(await view.page.locator('.toolbar [data-action="quiz"]').isVisible(), true);
    assert.equal(await view.page.locator('.toolbar button[tabindex="0"]:not([hidden])').count(), 1);
    await view.page.locator('.toolbar [data-action="quiz"]').click();
    assert.equal((await view.waitForPosted('quizRequest')).length, 1, 'Quiz asks the host for the quiz');
    // The preview's toolbar keeps its roving focus on shown buttons only.
    await view.page.locator('.toolbar [data-action="quiz"]').focus();
    await view.page.keyboard.press('End');
    const focused = await view.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? '');
    assert.notEqual(focused, 'next');
    assert.deepEqual(view.errors, []);
    await view.close();
  });
});
