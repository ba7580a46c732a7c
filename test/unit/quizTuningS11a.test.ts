// The faults of tuning round s11a (test/eval/quiz-review-tuning-s11a.tsv, five 2016/06 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { quizSourceOfText } from './quizDispatches';
import { tokenReader } from './helpers/tokenReadings';

describe('quiz: the faults of tuning round s11a', function () {
  this.timeout(120000);

  describe('a multiplicative before a noun is the adjective (items 21, 116: « quintuple = five times as much » for « le quintuple champion »)', () => {
    const { reading } = tokenReader();
    const rows: [string, string, string][] = [
      ["Marcel Zamora Pérez, également quintuple vainqueur de l'épreuve internationale.", 'quintuple', 'quintuple/ADJ'],
      ['La course voyait le quintuple champion du monde en titre faire sa rentrée.', 'quintuple', 'quintuple/ADJ'],
      ['Il était le premier triple champion du monde poids lourds.', 'triple', 'triple/ADJ'],
      ['Le quadruple vainqueur du Tour a renoncé.', 'quadruple', 'quadruple/ADJ'],
      // With no noun after it, it stays the noun (five times as much).
      ['Les bénéfices ont atteint le quintuple de la somme prévue.', 'quintuple', 'quintuple/NOUN'],
    ];
    for (const [text, form, want] of rows) it(`« ${text} »: ${form} is ${want}`, () => assert.equal(reading(text, form), want));

    it('glosses the adjective in the sense a title uses (four-time, five-time)', () => {
      const { token } = tokenReader();
      assert.match(token('Le quadruple vainqueur du Tour a renoncé.', 'quadruple').gloss ?? '', /^four-time/u);
      assert.match(token('Le quintuple champion du monde a gagné.', 'quintuple').gloss ?? '', /^five-time/u);
    });
  });

  describe('a sense of the plural only is not given to a singular form (item 85: « européenne = (pl.) European elections » for « la troisième européenne »)', () => {
    const { token } = tokenReader();
    it('« la troisième européenne »: a European woman, no elections', () => {
      const t = token("Elle affrontait l'Italienne Giorga Priarone ainsi que la troisième européenne la Danoise Susanne Svendsen.", 'européenne');
      assert.ok(t.gloss && !/election/u.test(t.gloss) && /European/u.test(t.gloss), `${t.lemma}/${t.upos} = ${t.gloss}`);
    });
    it('« les européennes » keep the elections', () => {
      assert.match(token('Les européennes auront lieu en mai.', 'européennes').gloss ?? '', /European elections/u);
    });
    it('« une lunette » is a telescope, « des lunettes » glasses', () => {
      assert.doesNotMatch(token("Il observe la Lune avec une lunette astronomique.", 'lunette').gloss ?? '', /glasses/u);
      assert.match(token('Il porte des lunettes.', 'lunettes').gloss ?? '', /glasses/u);
    });
  });

  it('does not settle « espoir » on « hope » where the text may mean the young hopefuls (item 78: « les espoirs et les amateurs »), nor in the singular, which names a young athlete too (« le jeune duathlète espoir »; item 37 is lost)', async () => {
    const hopefuls = await quizSourceOfText(
      'Les meilleurs mondiaux de la spécialité, ainsi que les espoirs et les amateurs se sont donnés rendez vous pour s\'affronter.',
    );
    const e = hopefuls.vocab.find((v) => v.lemma === 'espoir');
    assert.ok(e, hopefuls.vocab.map((v) => v.lemma).join(', '));
    assert.equal(e.settled, false, `${e.lemma} = ${e.gloss}`);
    const hope = await quizSourceOfText("Sa maitrise de l'épreuve n'a pas laissé beaucoup d'espoir à ses concurrentes, tant elle a dominé la course.");
    const h = hope.vocab.find((v) => v.lemma === 'espoir');
    assert.ok(h && !h.settled && h.gloss.startsWith('hope; '), h ? `${h.lemma} = ${h.gloss}` : 'no espoir');
  });
});
