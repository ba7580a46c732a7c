// The reader says when its translation was written by a language model: a note above the text and
// a title on every translated sentence, both shown only with the translation.
import assert from 'node:assert/strict';
import { READER_SURFACE, useWebviewHarness, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';

describe('reader webview: machine translation', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  async function openReader(translationBy?: string): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage({ ...doc, ...(translationBy !== undefined && { translationBy }) }, HOVER_PREFS));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  it('marks a machine translation as the model’s, with the translation shown', async () => {
    const v = await openReader('Scripted <b>Model</b>');
    const note = v.page.locator('.machine-translation-note');
    assert.equal(await note.isVisible(), false, 'hidden while the translation is hidden');
    await v.page.locator('.toolbar [data-action="translation"]').click();
    await note.waitFor();
    assert.equal(await note.textContent(), 'Machine translation by Scripted <b>Model</b>; it may contain errors.');
    const first = v.page.locator('.sentence-translation').first();
    assert.equal(await first.getAttribute('title'), 'Machine translation by Scripted <b>Model</b>');
    assert.equal(await first.getAttribute('data-machine'), 'true');
    assert.equal(await v.page.locator('.machine-translation-note b').count(), 0, 'the name is text, not HTML');
  });

  it('shows no such mark on a translation written by hand', async () => {
    const v = await openReader();
    await v.page.locator('.toolbar [data-action="translation"]').click();
    await v.page.locator('.sentence-translation').first().waitFor();
    assert.equal(await v.page.locator('.machine-translation-note').count(), 0);
    assert.equal(await v.page.locator('.sentence-translation[data-machine]').count(), 0);
  });
});
