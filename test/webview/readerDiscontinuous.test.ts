// A discontinuous expression in the reader (issue 11): « tirait alors « la sonnette d'alarme » »
// analysed by the real engine is one unit shown in two parts that light up together, while the
// words of the gap (alors) stay units of their own, glossed separately.
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { ReaderDocument } from '../../src/core/lesson/model';
import { READER_SURFACE, useWebviewHarness, type WebviewPage } from './harness';
import { discontinuousDoc, HOVER_PREFS, lessonMessage } from './readerFixtures';

describe('reader webview: discontinuous expressions', function () {
  this.timeout(120_000);
  const webview = useWebviewHarness();
  let doc: ReaderDocument;
  let alarm: number;
  let alors: number;

  before(() => {
    doc = discontinuousDoc();
    alarm = doc.units.find((u) => u.lemma === "tirer la sonnette d'alarme")!.id;
    alors = doc.units.find((u) => u.text === 'alors')!.id;
  });

  async function openReader(): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage(doc, HOVER_PREFS, 0));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  const parts = (v: WebviewPage, id: number): Locator => v.page.locator(`.unit[data-unit="${id}"]`);
  const classesOf = (l: Locator): Promise<string[][]> => l.evaluateAll((es) => es.map((e) => [...e.classList]));

  it('shows the expression as one unit in two parts, the gap words between them as their own units', async () => {
    const v = await openReader();
    assert.deepEqual(await parts(v, alarm).allTextContents(), ['tirait', "la sonnette d'alarme"]);
    // The sentence reads as written (spaces inside « » made non-breaking): the gap and the quote marks stay where they were.
    const sentence = (await v.page.locator('.sentence-text').first().textContent())?.replace(/\u00a0/g, ' ');
    assert.equal(sentence, "Le médecin tirait alors « la sonnette d'alarme » sur la situation. ");
    assert.equal(await parts(v, alors).count(), 1);
    const order = await v.page.locator('.unit').evaluateAll((es) => es.map((e) => e.textContent));
    assert.deepEqual(order.slice(2, 5), ['tirait', 'alors', "la sonnette d'alarme"]);
    assert.deepEqual(v.errors, []);
  });

  it('lights up every part while the mouse is on one, and shows the expression’s gloss', async () => {
    const v = await openReader();
    await parts(v, alarm).nth(1).hover();
    for (const classes of await classesOf(parts(v, alarm))) assert.ok(classes.includes('unit-linked'), classes.join(' '));
    assert.ok(!(await classesOf(parts(v, alors)))[0]!.includes('unit-linked'), 'the gap word is not lit');
    await v.page.locator('.gloss-tooltip').getByText('to sound the alarm').waitFor();
    await v.page.mouse.move(2, 600);
    for (const classes of await classesOf(parts(v, alarm))) assert.ok(!classes.includes('unit-linked'));
  });

  it('outlines every part when the keyboard reaches the unit, then moves on to the gap word', async () => {
    const v = await openReader();
    await v.page.locator('#lesson-text').focus();
    await v.page.keyboard.press('ArrowRight');
    await v.page.keyboard.press('ArrowRight');
    for (const classes of await classesOf(parts(v, alarm))) assert.ok(classes.includes('unit-active'), classes.join(' '));
    assert.equal(await v.page.locator('#lesson-text').getAttribute('aria-activedescendant'), `unit-${alarm}`);
    await v.page.keyboard.press('ArrowRight');
    assert.equal(await v.page.locator('#lesson-text').getAttribute('aria-activedescendant'), `unit-${alors}`);
    for (const classes of await classesOf(parts(v, alarm))) assert.ok(!classes.includes('unit-active'));
  });

  it('pins the whole expression from its second part, and the gap word to its own card', async () => {
    const v = await openReader();
    await parts(v, alarm).nth(1).click();
    const card = v.page.locator('.gloss-card');
    await card.waitFor();
    assert.equal(await card.locator('.card-lemma').textContent(), "tirer la sonnette d'alarme");
    for (const classes of await classesOf(parts(v, alarm))) assert.ok(classes.includes('unit-pinned'));
    await parts(v, alors).click();
    await card.locator('.card-lemma').getByText('alors', { exact: true }).waitFor();
    for (const classes of await classesOf(parts(v, alarm))) assert.ok(!classes.includes('unit-pinned'));
  });
});
