// French typography in the reader, in headless Chromium: punctuation sits right after its word
// in interlinear mode too (measured), the header keeps its non-breaking spaces, and unit notes
// show their emphasis.
import assert from 'node:assert/strict';
import type { ReaderDocument } from '../../src/core/lesson/model';
import { READER_SURFACE, useWebviewHarness, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';

const WANG_YI = 7;
const RUSSE = 12;
const BEIJING = 19;
const CHEFS = 28;
const PAYS = 31;

/** The fixture with the punctuation cases the dispatch series has: `Wang Yi,` under a wide gloss, `russe :`, `« Beijing ».` */
function punctuated(doc: ReaderDocument): ReaderDocument {
  const copy = structuredClone(doc);
  const wang = copy.units.find((u) => u.id === WANG_YI);
  if (wang) wang.gloss = "Wang Yi, China's foreign minister";
  const first = copy.paragraphs[0]?.sentences[0];
  if (!first) throw new Error('fixture without a first sentence');
  const after = (unit: number): number => first.segments.findIndex((s) => 'unit' in s && s.unit === unit) + 1;
  first.segments[after(RUSSE)] = { text: ' : ' }; // a plain space, as a careless source has it
  first.segments[after(BEIJING) - 2] = { text: ' «\u00a0' };
  first.segments[after(BEIJING)] = { text: '\u00a0».' };
  return copy;
}

describe('reader webview: French typography', function () {
  const webview = useWebviewHarness();
  const doc = readerFixture('first-paragraph');

  async function openReader(lesson: ReaderDocument, mode: 'hover' | 'interlinear'): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE });
    await view.post(lessonMessage(lesson, { ...HOVER_PREFS, mode }));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  /** The unit's word, the punctuation after it and the whole column, as boxes on the page. */
  function measure(view: WebviewPage, id: number) {
    return view.page.locator(`.unit[data-unit="${id}"]`).evaluate((unit) => {
      // (No named helpers in here: tsx would wrap them in a helper the page lacks.)
      const wordRange = document.createRange();
      wordRange.selectNodeContents(unit.firstChild as Node);
      const word = wordRange.getBoundingClientRect();
      const tailNode = unit.closest('.unit-cell')?.querySelector('.unit-tail') ?? unit.nextSibling;
      if (!tailNode) throw new Error('no punctuation after the unit');
      const tailText = tailNode.textContent ?? '';
      // The first visible sign of the punctuation (after a non-breaking space, if any).
      const range = document.createRange();
      const textNode = tailNode.nodeType === Node.TEXT_NODE ? tailNode : (tailNode.firstChild as Node);
      const sign = /[^\u00a0\u202f ]/.exec(tailText)?.index ?? 0;
      range.setStart(textNode, sign);
      range.setEnd(textNode, sign + 1);
      const mark = range.getBoundingClientRect();
      const column = (unit.closest('.unit-cell') ?? unit).getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle(unit).fontSize);
      return { wordRight: word.right, wordWidth: word.width, markLeft: mark.left, markTop: mark.top, wordTop: word.top, columnWidth: column.width, fontSize, tailText };
    });
  }

  it('interlinear: `pays.` and `Wang Yi,` keep their punctuation right after the word, not after the gloss', async () => {
    const lesson = punctuated(doc);
    const interlinear = await openReader(lesson, 'interlinear');
    const inFlow = await openReader(lesson, 'hover');
    for (const id of [PAYS, WANG_YI]) {
      const m = await measure(interlinear, id);
      // The gloss is wider than the word: laid out after the column, the sign would stand apart.
      assert.ok(m.columnWidth > m.wordWidth + m.fontSize, `unit ${id}: the gloss is wider than the word`);
      const gap = m.markLeft - m.wordRight;
      const flowing = await measure(inFlow, id);
      assert.ok(Math.abs(gap - (flowing.markLeft - flowing.wordRight)) < 1, `unit ${id}: gap ${gap}px, as in running text`);
      assert.ok(Math.abs(gap) < 1.5, `unit ${id}: no gap (${gap}px)`);
      assert.ok(Math.abs(m.markTop - m.wordTop) < 2, `unit ${id}: on the word's line`);
    }
    assert.deepEqual(interlinear.errors, []);
  });

  it('interlinear: a non-breaking space before `:` and inside « », a plain space there made non-breaking', async () => {
    const lesson = punctuated(doc);
    const view = await openReader(lesson, 'interlinear');
    const colon = await measure(view, RUSSE);
    assert.equal(colon.tailText, '\u00a0:');
    const closing = await measure(view, BEIJING);
    assert.equal(closing.tailText, '\u00a0».');
    for (const m of [colon, closing]) {
      const gap = m.markLeft - m.wordRight;
      assert.ok(gap > 0.15 * m.fontSize && gap < 0.5 * m.fontSize, `one space wide (${gap}px at ${m.fontSize}px)`);
      assert.ok(Math.abs(m.markTop - m.wordTop) < 2);
    }
    const sentence = await view.page.locator('.sentence-text').first().textContent();
    assert.ok(sentence?.includes('russe\u00a0: des'), sentence ?? '');
    assert.ok(sentence?.includes('à «\u00a0Beijing\u00a0».'), sentence ?? '');
  });

  it('the header and note titles: French spacing, the French source marked lang="fr"', async () => {
    const lesson: ReaderDocument = {
      ...doc,
      meta: { ...doc.meta, title: 'Chine-Russie : une amitié « sans limites » ?', source: 'Xinhua (service en français) : dépêche' },
    };
    const view = await openReader(lesson, 'hover');
    assert.equal(await view.page.locator('h1').textContent(), 'Chine-Russie\u00a0: une amitié «\u00a0sans limites\u00a0»\u00a0?');
    const source = view.page.locator('.lesson-meta .lesson-source');
    assert.equal(await source.getAttribute('lang'), 'fr');
    assert.equal(await source.textContent(), 'Xinhua (service en français)\u00a0: dépêche');
    assert.equal(await view.page.locator('.lesson-meta').textContent(), 'Xinhua (service en français)\u00a0: dépêche · 4 February 2022 · B2');
    assert.equal(await view.page.locator('.lesson-meta').getAttribute('lang'), 'en');
    // Note titles quote French too.
    assert.ok((await view.page.locator('.note-title').allTextContents()).includes('Beijing ou Pékin\u00a0?'));
  });

  it('a unit note shows its emphasis in italics', async () => {
    const view = await openReader(doc, 'hover');
    await view.page.locator(`.unit[data-unit="${CHEFS}"]`).click();
    const note = view.page.locator('.gloss-card .card-note');
    assert.equal(await note.textContent(), "Plural chefs d'État: only chef takes the -s.");
    assert.deepEqual(await note.locator('em').allTextContents(), ["chefs d'État", 'chef']);
    assert.equal(await note.locator('em').first().evaluate((e) => getComputedStyle(e).fontStyle), 'italic');
    assert.equal(await note.locator('em').first().getAttribute('lang'), null);
  });
});
