// The reader as assistive technology and the eye meet it, in headless Chromium with the first seed
// lesson built by the real core: Chromium's accessibility tree (one focusable text, no word
// buttons, the current word's status and gloss in its description, the interlinear gloss kept
// out of the French), the repair mark told apart from the learning underline by shape in every
// theme, the legend, and the interlinear gloss line (one repair mark, at most two lines).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { ReaderDocument } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { HostToReader, ReaderPrefs, VocabStatus } from '../../src/protocol';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { READER_SURFACE, REPO_ROOT, useWebviewHarness, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage } from './readerFixtures';
import { THEMES, type ThemeKind } from './themes';

const FIRST_LESSON = 'lessons/wang-yi-lavrov/01-rencontre.md';
const INTERLINEAR: ReaderPrefs = { ...HOVER_PREFS, mode: 'interlinear' };

// Units of the first lesson (checked in `before`).
const CONSEILLER = 1; // Conseiller d'État, repaired from "Conseiller d'Etat", a noun expression
const JEUDI = 10;
const RUSSE = 13;
const AFFAIRES = 15; // Affaires étrangères
const SERGUEI = 16; // Sergueï Lavrov, repaired from "Sergue?", a name

interface AXValue {
  value?: unknown;
  relatedNodes?: { idref?: string; backendDOMNodeId: number }[];
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

function statuses(map: Record<string, VocabStatus>, tint = true): HostToReader {
  return { type: 'statuses', statuses: map, tint };
}

async function withCdp<T>(view: WebviewPage, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await view.context.newCDPSession(view.page);
  try {
    return await use(cdp);
  } finally {
    await cdp.detach();
  }
}

/** Chromium's accessibility tree of the page, as a screen reader gets it. */
async function axTree(view: WebviewPage): Promise<AXNode[]> {
  return withCdp(view, async (cdp) => ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }).nodes);
}

/** The accessibility node of the element with this DOM id. */
async function axNodeOf(view: WebviewPage, id: string): Promise<AXNode> {
  return withCdp(view, async (cdp) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.getElementById(${JSON.stringify(id)})` });
    assert.ok(result.objectId, `#${id} exists`);
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false })) as {
      nodes: AXNode[];
    };
    const own = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    assert.ok(own, `#${id} has an accessibility node`);
    return own;
  });
}

/** The unignored nodes under `root` (itself included). */
function subtree(nodes: AXNode[], root: AXNode): AXNode[] {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const found: AXNode[] = [];
  const walk = (node: AXNode): void => {
    if (!node.ignored) found.push(node);
    for (const child of node.childIds ?? []) {
      const next = byId.get(child);
      if (next) walk(next);
    }
  };
  walk(root);
  return found;
}

const roleOf = (node: AXNode): string => String(node.role?.value ?? '');
const property = (node: AXNode, name: string): AXValue | undefined => node.properties?.find((p) => p.name === name)?.value;

describe('reader webview: accessibility, repair mark, legend', function () {
  const webview = useWebviewHarness();
  let lesson: ReaderDocument;

  before(() => {
    const file = join(REPO_ROOT, FIRST_LESSON);
    lesson = buildReaderDocument(parseLesson(readFileSync(file, 'utf8'), FIRST_LESSON), createAnalyzer({ dataDir: analysisDataDir() }));
    const text = (id: number): string | undefined => lesson.units.find((u) => u.id === id)?.text;
    assert.deepEqual([CONSEILLER, JEUDI, RUSSE, AFFAIRES, SERGUEI].map(text), [
      "Conseiller d'État",
      'jeudi',
      'russe',
      'Affaires étrangères',
      'Sergueï Lavrov',
    ]);
  });

  async function openReader(options: { theme?: ThemeKind; prefs?: ReaderPrefs; doc?: ReaderDocument } = {}): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER_SURFACE, theme: options.theme });
    await view.post(lessonMessage(options.doc ?? lesson, options.prefs ?? HOVER_PREFS));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  /** Tab into the text from the toolbar, then right-arrow to the unit. */
  async function moveTo(view: WebviewPage, unitId: number): Promise<void> {
    await view.page.locator('.toolbar [data-action="next"]').focus();
    await view.page.keyboard.press('Tab');
    const order = lesson.units.map((u) => u.id);
    for (let i = 0; i < order.indexOf(unitId); i++) await view.page.keyboard.press('ArrowRight');
    assert.equal(await view.page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant')), `unit-${unitId}`);
  }

  describe('the accessibility tree', () => {
    it('reads the first lesson as text: one focusable group, no word exposed as a button', async () => {
      const view = await openReader();
      const nodes = await axTree(view);
      const buttons = nodes.filter((n) => !n.ignored && roleOf(n) === 'button');
      assert.ok(buttons.length < 15, `${buttons.length} buttons on the page (the toolbar's), not one per word`);
      const groups = nodes.filter((n) => !n.ignored && roleOf(n) === 'group' && n.name?.value === 'Lesson text');
      assert.equal(groups.length, 1);
      const text = subtree(nodes, groups[0] as AXNode);
      assert.deepEqual(text.filter((n) => roleOf(n) === 'button' || roleOf(n) === 'link'), []);
      // The group is the one focusable node; its words are not tab stops of their own.
      assert.deepEqual(text.filter((n) => property(n, 'focusable')?.value === true), [groups[0]]);
      const words = text
        .filter((n) => roleOf(n) === 'StaticText')
        .map((n) => String(n.name?.value ?? ''))
        .join('');
      assert.ok(words.startsWith("Le Conseiller d'État et ministre des Affaires étrangères de la Chine, Wang Yi, a rencontré jeudi"), words.slice(0, 120));
      assert.equal(await view.page.locator('#lesson-text').getAttribute('lang'), null, 'inherits lang="fr" from the article');
      assert.equal(await view.page.locator('#lesson-text').evaluate((e) => e.closest('[lang]')?.getAttribute('lang')), 'fr');
    });

    it('points the text at the current word and describes it: gloss, status, repair', async () => {
      const view = await openReader();
      await view.post(statuses({ 'russe|ADJ': 'learning-2', 'Affaires étrangères|EXPR': 'known' }));
      await moveTo(view, RUSSE);
      const group = await axNodeOf(view, 'lesson-text');
      assert.equal(property(group, 'focused')?.value, true);
      assert.equal(property(group, 'activedescendant')?.relatedNodes?.[0]?.idref, `unit-${RUSSE}`);
      const russe = await axNodeOf(view, `unit-${RUSSE}`);
      assert.equal(russe.description?.value, 'Russian, learning 2');

      await view.page.keyboard.press('ArrowRight');
      await view.page.keyboard.press('ArrowRight');
      assert.equal((await axNodeOf(view, `unit-${AFFAIRES}`)).description?.value, 'foreign affairs, known');
      // Only the current word carries a description.
      assert.equal((await axNodeOf(view, `unit-${RUSSE}`)).description?.value ?? '', '');
      await view.page.keyboard.press('ArrowRight');
      assert.equal((await axNodeOf(view, `unit-${SERGUEI}`)).description?.value, 'Sergei Lavrov, new, repaired from Sergue?');

      // A status set from the card is described at once; plain mode leaves the gloss out.
      await view.page.keyboard.press('Enter');
      await view.page.locator('.gloss-card:not([hidden])').waitFor();
      await view.page.keyboard.press('3');
      assert.equal((await axNodeOf(view, `unit-${SERGUEI}`)).description?.value, 'Sergei Lavrov, learning 3, repaired from Sergue?');
      await view.post({ type: 'prefs', prefs: { ...HOVER_PREFS, mode: 'plain' } });
      assert.equal((await axNodeOf(view, `unit-${SERGUEI}`)).description?.value, 'learning 3, repaired from Sergue?');
    });

    it('keeps the interlinear gloss out of the French: hidden, tagged English, in the description instead', async () => {
      const view = await openReader({ prefs: INTERLINEAR });
      const nodes = await axTree(view);
      const group = nodes.find((n) => roleOf(n) === 'group' && n.name?.value === 'Lesson text') as AXNode;
      // (Chromium leaves out the spaces between the columns: the words are compared one by one.)
      const read = subtree(nodes, group)
        .filter((n) => roleOf(n) === 'StaticText')
        .map((n) => String(n.name?.value ?? '').trim())
        .filter(Boolean);
      assert.deepEqual(read.slice(0, 8), ['Le', "Conseiller d'État", 'et', 'ministre des Affaires étrangères', 'de', 'la', 'Chine', ',']);
      assert.ok(!read.includes('State Councilor') && !read.includes('the'), 'no gloss read inside the French text');
      const glosses = await view.page.locator('.unit-gloss').evaluateAll((all) =>
        all.map((e) => ({ lang: e.getAttribute('lang'), hidden: e.getAttribute('aria-hidden'), inFrench: e.closest('.unit') !== null })),
      );
      assert.equal(glosses.length, lesson.units.length);
      assert.ok(glosses.every((g) => g.lang === 'en' && g.hidden === 'true' && !g.inFrench));
      // The word's own name is the French alone.
      assert.equal(await view.page.locator(`#unit-${CONSEILLER}`).evaluate((e) => e.textContent), "Conseiller d'État");

      await moveTo(view, CONSEILLER);
      assert.equal((await axNodeOf(view, `unit-${CONSEILLER}`)).description?.value, "State Councilor, new, repaired from Conseiller d'Etat");
      assert.equal(await view.page.locator('#word-description [lang="en"]').textContent(), 'State Councilor,');
    });

    it('Enter pins the card, Tab goes into it, its close button brings focus back to the word', async () => {
      const view = await openReader();
      await moveTo(view, JEUDI);
      await view.page.keyboard.press('Enter');
      await view.page.locator('.gloss-card:not([hidden])').waitFor();
      await view.page.keyboard.press('Tab');
      assert.equal(await view.page.evaluate(() => document.activeElement?.className), 'card-close');
      await view.page.keyboard.press('Enter');
      await view.page.locator('.gloss-card').waitFor({ state: 'hidden' });
      assert.equal(await view.page.evaluate(() => document.activeElement?.id), 'lesson-text');
      assert.equal(await view.page.locator('#lesson-text').getAttribute('aria-activedescendant'), `unit-${JEUDI}`);
      // The current word shows the focus ring while the text has keyboard focus.
      const ring = await view.page.locator(`#unit-${JEUDI}`).evaluate((e) => getComputedStyle(e).outlineStyle);
      assert.equal(ring, 'solid');
    });
  });

  describe('the repair mark', () => {
    for (const kind of Object.keys(THEMES) as ThemeKind[]) {
      it(`differs from the learning underline by shape, not colour alone (${kind})`, async () => {
        const view = await openReader({ theme: kind });
        await view.post(statuses({ 'russe|ADJ': 'learning-2', "Conseiller d'État|EXPR": 'learning-1', 'Affaires étrangères|EXPR': 'learning-1' }));
        await view.page.waitForFunction(() => document.body.classList.contains('tint-statuses'));
        const marks = await view.page.evaluate((ids) => {
          return ids.map((id) => {
            const e = document.getElementById(`unit-${id}`) as Element;
            const style = getComputedStyle(e);
            return {
              line: style.textDecorationLine,
              style: style.textDecorationStyle,
              colour: style.textDecorationColor,
              mark: e.nextElementSibling?.matches('.repair-mark') ? getComputedStyle(e.nextElementSibling, '::before').content : 'none',
            };
          });
        }, [RUSSE, SERGUEI, CONSEILLER, AFFAIRES]);
        const [learning, repaired, both, expression] = marks as [(typeof marks)[0], (typeof marks)[0], (typeof marks)[0], (typeof marks)[0]];
        assert.equal(learning.line, 'underline');
        assert.equal(learning.style, 'solid');
        assert.equal(learning.mark, 'none');
        assert.equal(repaired.line, 'underline');
        assert.equal(repaired.style, 'double');
        assert.match(repaired.mark, /✎/);
        // A repaired word being learnt keeps the repair's shape and takes the learning colour.
        assert.equal(both.style, 'double');
        assert.match(both.mark, /✎/);
        assert.notEqual(both.colour, repaired.colour);
        // An expression being learnt shows its level, not the expression's dotted grey line.
        assert.equal(expression.style, 'solid');
        assert.equal(expression.colour, both.colour);
      });
    }
  });

  describe('the legend', () => {
    it('opens from the toolbar and explains the status tints and the repair mark with the text’s own marks', async () => {
      const view = await openReader();
      await view.post(statuses({}));
      const button = view.page.locator('.toolbar [data-action="legend"]');
      const legend = view.page.locator('#reader-legend');
      assert.equal(await legend.isVisible(), false);
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await button.getAttribute('aria-controls'), 'reader-legend');
      await button.click();
      await legend.waitFor();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      const text = await legend.innerText();
      for (const words of ['New', 'Learning 1–4', 'Known, ignored', 'Expression', 'Repaired']) assert.ok(text.includes(words), `legend names ${words}: ${text}`);
      const samples = await view.page.evaluate(() => ({
        learning: getComputedStyle(document.querySelector('.legend-sample[data-status="learning-1"]') as Element).textDecorationStyle,
        repaired: getComputedStyle(document.querySelector('.legend-repaired') as Element).textDecorationStyle,
        repairGlyph: getComputedStyle(document.querySelector('.legend-repaired + .repair-mark') as Element, '::before').content,
        text: getComputedStyle(document.querySelector('.unit-repaired') as Element).textDecorationStyle,
      }));
      assert.deepEqual(samples, { learning: 'solid', repaired: 'double', repairGlyph: '"✎" / ""', text: 'double' });
      // With the tint off, the legend says so instead of explaining tints the text does not show.
      await view.post(statuses({}, false));
      await view.page.locator('.legend-tint-off').waitFor();
      assert.equal(await view.page.locator('.legend-status').first().isVisible(), false);
      await button.click();
      await legend.waitFor({ state: 'hidden' });
    });
  });

  describe('interlinear mode', () => {
    const LONG = 'on Thursday, the nearest one to the day of the dispatch, since a weekday named without its article means this week';

    it('draws one repair mark per repaired word, and no gloss line over two lines', async () => {
      const doc: ReaderDocument = { ...lesson, units: lesson.units.map((u) => (u.id === JEUDI ? { ...u, gloss: LONG } : u)) };
      const view = await openReader({ doc, prefs: INTERLINEAR });
      const repaired = await view.page.evaluate(() =>
        Array.from(document.querySelectorAll('.unit-repaired')).map((unit) => {
          const cell = unit.closest('.unit-cell') as Element;
          const decorated = [cell, ...Array.from(cell.querySelectorAll('*'))].filter((e) => getComputedStyle(e).textDecorationLine !== 'none');
          const glyphs = [cell, ...Array.from(cell.querySelectorAll('*'))].filter(
            (e) => getComputedStyle(e, '::before').content.includes('✎') || getComputedStyle(e, '::after').content.includes('✎'),
          );
          const gloss = cell.querySelector('.unit-gloss') as Element;
          return { decorated: decorated.length, glyphs: glyphs.length, glossUnderWord: unit.contains(gloss) };
        }),
      );
      assert.ok(repaired.length >= 3, `${repaired.length} repaired words`);
      assert.deepEqual(new Set(repaired.map((r) => JSON.stringify(r))), new Set([JSON.stringify({ decorated: 1, glyphs: 1, glossUnderWord: false })]));

      const heights = await view.page.locator('.unit-gloss').evaluateAll((all) =>
        all.map((e) => ({ height: e.getBoundingClientRect().height, line: parseFloat(getComputedStyle(e).lineHeight), text: e.getAttribute('data-gloss') })),
      );
      const tallest = heights.reduce((a, b) => (b.height / b.line > a.height / a.line ? b : a));
      assert.ok(tallest.height <= 2 * tallest.line + 0.5, `"${tallest.text}": ${tallest.height}px for ${tallest.line}px lines`);

      // The long gloss is cut (two lines, an ellipsis), and hovering its word shows it whole.
      const jeudi = view.page.locator(`.unit-cell:has(#unit-${JEUDI}) > .unit-gloss`);
      const cut = await jeudi.evaluate((e) => ({ lines: e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight), clamp: getComputedStyle(e).webkitLineClamp }));
      assert.equal(Math.round(cut.lines), 2);
      assert.equal(cut.clamp, '2');
      await view.page.locator(`#unit-${JEUDI}`).hover();
      await view.page.locator('.gloss-tooltip', { hasText: LONG }).waitFor();
      // A gloss shown whole needs no tooltip.
      await view.page.locator(`#unit-${RUSSE}`).hover();
      await view.page.locator('.gloss-tooltip').waitFor({ state: 'hidden' });
      await view.page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
      assert.equal(await view.page.locator('.gloss-tooltip').isVisible(), false);
    });
  });
});
