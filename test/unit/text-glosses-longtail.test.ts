// The long tail of news vocabulary (issue 11): lemmas reached from the 40,000 most frequent forms
// that had no authored gloss (listed by test/eval/glossGaps.ts), and the classes found reading
// French Wikinews articles of 2016/06–08 (test/fixtures/wikinews) as unseen news: a plural the
// Lefff lists as a lemma of its own (murs beside mur) read with an automatic gloss, and Roman
// ordinals the lexicon has no row for (XXXIe); then, from the held-out articles after they were
// measured, an automatic participle that dropped the doubled consonant (piégée was "traped").
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { englishOrdinal } from '../../src/core/text/glosses';
import type { AnalyzedToken, Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

describe('glosses: the long tail of news vocabulary', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  function token(text: string, form: string): AnalyzedToken {
    const t = analyzer.analyze(text).tokens.find((x) => x.form === form);
    assert.ok(t, `${form} in ${text}`);
    return t;
  }

  // Each word in a news sentence, with its lemma, part of speech and the first sense it must show.
  const cases: Array<[string, string, string, string]> = [
    ['Le rectorat va programmer une nouvelle épreuve incessamment.', 'incessamment', 'incessamment/ADV', 'very shortly'],
    ['Une vache foudroyée a bouché un ruisseau.', 'foudroyée', 'foudroyer/VERB', 'struck (by lightning)'],
    ['Les élèves de terminale repasseront l\'épreuve orale.', 'terminale', 'terminale/NOUN', 'final year of secondary school'],
    ['Le président déchu a quitté le pays dans la nuit.', 'déchu', 'déchoir/VERB', 'fallen'],
    ['Il a écopé de deux ans de prison ferme.', 'écopé', 'écoper/VERB', 'to get'],
    ['Les tractations se poursuivent entre les partis.', 'tractations', 'tractation/NOUN', '(pl.) dealings'],
    ['Le gouvernement fantoche a été renversé.', 'fantoche', 'fantoche/ADJ', 'puppet (gouvernement fantoche = puppet government)'],
    ['Des tireurs embusqués ont ouvert le feu.', 'embusqués', 'embusquer/VERB', 'lying in ambush'],
    ['La sécheresse a fait baisser les nappes phréatiques.', 'phréatiques', 'phréatique/ADJ', 'groundwater (nappe phréatique = water table)'],
    ['La sabreuse française a perdu en demi-finale.', 'sabreuse', 'sabreuse/NOUN', 'sabre fencer (woman)'],
    ['Le bilan fait état de nombreux ossements.', 'ossements', 'ossement/NOUN', '(pl.) bones'],
    ['Les manifestants ont été accueillis avec une grande stupéfaction.', 'stupéfaction', 'stupéfaction/NOUN', 'astonishment'],
  ];

  for (const [text, form, reading, sense] of cases) {
    it(`${form}: "${sense}", authored`, () => {
      const t = token(text, form);
      assert.equal(`${t.lemma}/${t.upos}`, reading);
      assert.equal(t.glossSource, 'core', `${form}: ${t.gloss ?? 'no gloss'} (${t.glossSource ?? 'none'})`);
      const first = (t.gloss ?? '').split('; ')[0]!;
      assert.ok(first.startsWith(sense), `${form}: first sense "${first}"`);
    });
  }

  it('a false friend among them says so in its note (incessamment is not "incessantly")', () => {
    const t = token('Il arrivera incessamment.', 'incessamment');
    assert.match(t.gloss ?? '', /very shortly/);
    assert.doesNotMatch(t.gloss ?? '', /incessantly/);
  });

  it('a plural listed as a lemma of its own gives way to the glossed singular (murs, voisins)', () => {
    const murs = token('Un tag a été inscrit sur les murs de la maison.', 'murs');
    assert.equal(murs.lemma, 'mur');
    assert.equal(murs.glossSource, 'core');
    const voisins = token('Les pays voisins ont fermé leurs frontières.', 'voisins');
    assert.notEqual(voisins.lemma, 'voisins');
  });

  it('a Roman ordinal without a row is glossed as its number (XXXIe = 31st), a malformed one is not', () => {
    assert.equal(englishOrdinal('XXXIe'), '31st (Roman ordinal)');
    assert.equal(englishOrdinal('IIIe'), '3rd (Roman ordinal)');
    assert.equal(englishOrdinal('IIIIe'), undefined);
    assert.equal(englishOrdinal('VXe'), undefined);
    const t = token('Ouverture officielle des XXXIe journées mondiales de la jeunesse.', 'XXXIe');
    assert.equal(t.gloss, '31st (Roman ordinal)');
  });

  it('an automatic past participle doubles the final consonant of a one-syllable verb (hachée = chopped)', () => {
    // The participle reads as its verb (hacher), its English participle first (session 25).
    const hachee = token('Il a acheté de la viande hachée.', 'hachée');
    assert.equal(hachee.lemma, 'hacher');
    assert.equal(hachee.gloss?.split('; ')[0], 'chopped');
    assert.equal(token('Un sujet repéré.', 'repéré').gloss?.split('; ')[0], 'spotted');
    // Longer verbs keep a single consonant: visité is "visited", not "visitted".
    assert.doesNotMatch(token('Un musée visité par des milliers de touristes.', 'visité').gloss ?? '', /visitted/);
  });

  it('voiture piégée reads "booby-trapped" (car bomb) first', () => {
    const t = token('Une voiture piégée a explosé près d\'un poste de police.', 'piégée');
    assert.match((t.gloss ?? '').split('; ')[0]!, /^booby-trapped/);
  });
});
