// Glosses for any French text: detection of French documents and the hover's word lookup and content.
import { strict as assert } from 'node:assert';
import { isMostlyFrench } from '../../src/core/editor/frenchDetection';
import { hoverMarkdown, TextAnalysis } from '../../src/core/editor/textHover';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

const DISPATCH =
  "PARIS, 3 mars 2022 (AFP) - Le ministre français des Affaires étrangères a rencontré jeudi son homologue allemand.\n\n" +
  "Les deux ministres ont souligné l'importance de la coopération entre les deux pays, pour sa part très attachée au dialogue.";

describe('editor: French detection', () => {
  it('takes French prose for French, and English prose, code and short notes for not', () => {
    assert.equal(isMostlyFrench(DISPATCH), true);
    assert.equal(isMostlyFrench('The foreign minister met his German counterpart on Thursday in Paris to prepare the summit of the two countries.'), false);
    assert.equal(isMostlyFrench('const result = items.filter((item) => item.enabled).map(format);\nexport function format(value) { return value.toString(); }'), false);
    assert.equal(isMostlyFrench('Le chat.'), false, 'too short to tell');
  });
});

describe('editor: glosses on hover in French text', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120_000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  it('finds the word under an offset, in any paragraph, with its lemma, tag and gloss', () => {
    const text = new TextAnalysis(DISPATCH, analyzer);
    const at = DISPATCH.indexOf('rencontré') + 3;
    const hit = text.wordAt(at);
    assert.ok(hit);
    assert.equal(hit.token.lemma, 'rencontrer');
    assert.equal(hit.token.upos, 'VERB');
    assert.equal(DISPATCH.slice(hit.start, hit.end), 'rencontré');
    assert.equal(hit.key, 'rencontrer|VERB');
    assert.match(hit.sentence, /^PARIS, 3 mars 2022/);
    const second = text.wordAt(DISPATCH.indexOf('coopération'));
    assert.equal(second?.token.lemma, 'coopération');
    assert.equal(text.wordAt(DISPATCH.indexOf(',')), undefined, 'punctuation has no hover');
    assert.equal(text.wordAt(DISPATCH.indexOf('\n\n') + 1), undefined, 'nor the blank line');
  });

  it('gives a word in an expression the whole expression', () => {
    const text = new TextAnalysis(DISPATCH, analyzer);
    const hit = text.wordAt(DISPATCH.indexOf('sa part'));
    assert.ok(hit?.expression, 'pour sa part is an expression');
    assert.equal(hit.text, 'pour sa part');
    assert.equal(hit.key, 'pour sa part|EXPR');
  });

  it('says lemma, part of speech, gender, gloss, expression, status and links, with Markdown escaped', () => {
    const text = new TextAnalysis(DISPATCH, analyzer);
    const hit = text.wordAt(DISPATCH.indexOf('ministre'))!;
    const markdown = hoverMarkdown(hit, 'learning-2', ['[Add to review](command:x)']);
    assert.match(markdown, /^\*\*ministre\*\* — ministre · \*noun\*, (masculine|masculine or feminine)/);
    assert.match(markdown, /minister/);
    assert.match(markdown, /Status: learning \(2\)/);
    assert.match(markdown, /\[Add to review\]\(command:x\)$/);
    const hostile = new TextAnalysis('Le *ministre* [a](javascript:x) rencontré les deux pays de la région pour la paix.', analyzer);
    const link = hostile.wordAt(hostile.text.indexOf('javascript'));
    assert.ok(!hoverMarkdown(link!, undefined, []).includes('](javascript'), 'text is never read as a link');
  });
});
