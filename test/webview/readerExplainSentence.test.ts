// "Explain this sentence" on the gloss card (real Chromium): offered only when the host says a
// model may be used, asks the host on click, and shows the answer as text labelled as the model's.
import assert from 'node:assert/strict';
import { READER_SURFACE, useWebviewHarness, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';

describe('reader webview: explain this sentence', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  async function pinFirstUnit(offered: boolean | undefined): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage(doc, HOVER_PREFS));
    if (offered !== undefined) await view.post({ type: 'languageModel', offered });
    await view.page.locator('.unit').first().click();
    await view.page.locator('.gloss-card').waitFor();
    return view;
  }

  it('is not offered without a model, nor before the host says', async () => {
    for (const offered of [false, undefined]) {
      const v = await pinFirstUnit(offered);
      assert.equal(await v.page.locator('.gloss-card .explain-button').isVisible(), false);
    }
  });

  it('asks the host for the unit on the card and shows the answer as the model\'s, as text', async () => {
    const v = await pinFirstUnit(true);
    const button = v.page.locator('.gloss-card .explain-button');
    assert.equal(await button.textContent(), 'Explain this sentence');
    await button.click();
    const [asked] = await v.waitForPosted('explainSentence');
    const unit = asked!.unit as number;
    assert.equal(typeof unit, 'number');
    await v.page.locator('.gloss-card .explain-pending').waitFor();
    await v.post({ type: 'sentenceExplanation', unit, text: 'It means <b>this</b>.\n\nThe verb is in the past.', model: 'Scripted Model' });
    await v.page.locator('.gloss-card .explain-text').first().waitFor();
    assert.equal(await v.page.locator('.gloss-card .explain-label').textContent(), 'Explained by Scripted Model (language model; it may be wrong)');
    assert.deepEqual(await v.page.locator('.gloss-card .explain-text').allTextContents(), ['It means <b>this</b>.', 'The verb is in the past.']);
    assert.equal(await v.page.locator('.gloss-card .explain-text b').count(), 0, 'the answer is text, not HTML');
  });

  it('says why there is no explanation and offers the button again', async () => {
    const v = await pinFirstUnit(true);
    await v.page.locator('.gloss-card .explain-button').click();
    const [asked] = await v.waitForPosted('explainSentence');
    await v.post({ type: 'sentenceExplanation', unit: asked!.unit, error: 'The model declined to explain the sentence: “Sorry”' });
    await v.page.locator('.gloss-card .explain-error').waitFor();
    assert.equal(await v.page.locator('.gloss-card .explain-button').isVisible(), true);
  });
});
