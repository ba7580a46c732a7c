// The card templates of the exported note type, rendered in Chromium as Anki renders them, light
// and dark: the recognition card highlights the item in its sentence and answers with its English;
// the production card blanks the item to "[…]" and answers with the French; French is lang="fr";
// the text is readable on its background in both modes. Screenshots: test/webview/ankiScreenshots.ts.
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { exportedDeck, launchChromium, showCard, type ExportedDeck } from './ankiCards';

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function colours(page: Page, selector: string): Promise<{ color: string; background: string }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    return { color: getComputedStyle(el).color, background: getComputedStyle(document.body).backgroundColor };
  }, selector);
}

describe('Anki cards from the exported note type', function () {
  this.timeout(120_000);
  let deck: ExportedDeck;
  let browser: Browser;

  before(async () => {
    deck = await exportedDeck();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const dark of [false, true]) {
    const mode = dark ? 'dark' : 'light';

    it(`recognition (${mode}): the sentence with the item highlighted, then its English and the details`, async () => {
      const front = await showCard(browser, deck, deck.expression, 0, 'front', dark);
      try {
        const item = front.locator('.dp-sentence .dp-item');
        assert.equal(await item.textContent(), 'Initiative de «\u00a0la Ceinture et la Route\u00a0»');
        assert.equal(await front.locator('.dp-sentence').getAttribute('lang'), 'fr');
        const mark = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
        const page = await colours(front, '.dp-sentence');
        assert.notEqual(mark, page.background, 'the item stands out');
        assert.ok(contrast(page.color, page.background) >= 7, `sentence text ${page.color} on ${page.background}`);
        assert.equal(await front.locator('.dp-english').count(), 0, 'no answer on the front');
      } finally {
        await front.close();
      }
      const back = await showCard(browser, deck, deck.expression, 0, 'back', dark);
      try {
        assert.equal(await back.locator('.dp-english').textContent(), 'Belt and Road Initiative');
        assert.match((await back.locator('.dp-translation').textContent())!, /Belt and Road Initiative/);
        assert.match((await back.locator('.dp-source').textContent())!, /Xinhua/);
        const english = await colours(back, '.dp-english');
        assert.ok(contrast(english.color, english.background) >= 4.5, `English ${english.color} on ${english.background}`);
        const muted = await colours(back, '.dp-source');
        assert.ok(contrast(muted.color, muted.background) >= 4.5, `source ${muted.color} on ${muted.background}`);
        const body = await back.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(dark, contrast(body, 'rgb(0, 0, 0)') < 3, `a ${mode} background: ${body}`);
      } finally {
        await back.close();
      }
    });

    it(`production (${mode}): the item blanked to […] with its English, then the French`, async () => {
      const front = await showCard(browser, deck, deck.word, 1, 'front', dark);
      try {
        const item = front.locator('.dp-sentence .dp-item');
        assert.equal(await item.textContent(), 'indiqué', 'the form is in the page…');
        const shown = await item.evaluate((el) => ({
          size: getComputedStyle(el).fontSize,
          before: getComputedStyle(el, '::before').content,
          width: el.getBoundingClientRect().width,
        }));
        assert.equal(shown.size, '0px', '…but not shown');
        assert.equal(shown.before, '"[…]"');
        // « […] » in bold 22 px is 35–45 px wide, by font; the hidden « indiqué » about 70.
        assert.ok(shown.width > 10 && shown.width < 55, `the blank is as wide as […]: ${shown.width}`);
        assert.equal(await front.locator('.dp-english').textContent(), 'to state; to say; to indicate');
        assert.equal(await front.locator('.dp-word').count(), 0, 'the answer is not on the front');
      } finally {
        await front.close();
      }
      const back = await showCard(browser, deck, deck.word, 1, 'back', dark);
      try {
        assert.equal(await back.locator('.dp-word').textContent(), 'indiquer');
        assert.equal(await back.locator('.dp-word').getAttribute('lang'), 'fr');
        assert.equal(await back.locator('.dp-item').evaluate((el) => getComputedStyle(el).fontSize), '22px', 'the form shown in the answer');
        assert.match((await back.locator('.dp-grammar').textContent())!, /^verb; here: indiqué$/);
      } finally {
        await back.close();
      }
    });
  }
});
