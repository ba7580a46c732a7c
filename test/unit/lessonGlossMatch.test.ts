import { strict as assert } from 'node:assert';
import { compileGlossary, findGlossMatches, sameLetters } from '../../src/core/lesson/glossMatch';
import type { GlossEntry } from '../../src/core/lesson/model';
import type { Upos } from '../../src/core/text/types';
import { weakAnalyzer } from './lessonTestAnalyzer';

function entry(headword: string, pos: Upos = 'NOUN'): GlossEntry {
  return { headword, pos, gloss: `gloss of ${headword}`, line: 1 };
}

/** The text each entry matched, best match first, with the weak analyzer and optional lemmas. */
function matches(text: string, headwords: string[], lemmas: Record<string, string> = {}): Array<[string, string]> {
  const analyzer = weakAnalyzer(lemmas);
  const { tokens } = analyzer.analyze(text);
  return findGlossMatches(compileGlossary(headwords.map((h) => entry(h)), analyzer), tokens).map((m) => [
    m.entry.headword,
    text.slice(tokens[m.first]?.start, tokens[m.last]?.end),
  ]);
}

describe('glossary matching', () => {
  it("finds chef d'État in chefs d'Etat: plural, elision, missing accent on a capital", () => {
    assert.deepEqual(matches("la réunion des chefs d'Etat des deux pays", ["chef d'État"]), [["chef d'État", "chefs d'Etat"]]);
  });

  it('finds être disposé à in était disposée à: the lemma for the verb, the surface for the feminine', () => {
    assert.deepEqual(matches('la Russie était disposée à travailler', ['être disposé à'], { était: 'être' }), [
      ['être disposé à', 'était disposée à'],
    ]);
  });

  it('finds an expression when the lemmatizer knows nothing but the words agree on the surface', () => {
    assert.deepEqual(matches('Guidée par les consensus', ['guidé par', 'le consensus']), [
      ['guidé par', 'Guidée par'],
      ['le consensus', 'les consensus'],
    ]);
  });

  it('does not find a verb expression in another tense without a lemma for it', () => {
    assert.deepEqual(matches('Ils ont fait des préparatifs', ['faire des préparatifs']), []);
    assert.deepEqual(matches('Ils ont fait des préparatifs', ['faire des préparatifs'], { fait: 'faire' }), [
      ['faire des préparatifs', 'fait des préparatifs'],
    ]);
  });

  it('ignores case and treats the two apostrophes alike', () => {
    assert.deepEqual(matches('L’AMITIÉ honorée par le temps', ["l'amitié"]), [["l'amitié", 'L’AMITIÉ']]);
  });

  it('matches -aux plurals to -al and feminine plurals to the base form', () => {
    assert.deepEqual(matches('des préparatifs politiques finaux', ['final']), [['final', 'finaux']]);
    assert.deepEqual(matches('des mesures globales', ['global']), [['global', 'globales']]);
  });

  it('keeps lower-case accents: tache (stain) is not tâche (task)', () => {
    assert.deepEqual(matches('la tache primaire', ['tâche']), []);
    assert.deepEqual(matches('la tâche primaire', ['tâche']), [['tâche', 'tâche']]);
  });

  it('lets the longest match win, then the earliest', () => {
    const found = matches("Le Conseiller d'Etat et ministre des Affaires étrangères", [
      'ministre',
      'ministre des Affaires étrangères',
      "Conseiller d'État",
      'État',
    ]);
    assert.deepEqual(found[0], ['ministre des Affaires étrangères', 'ministre des Affaires étrangères']);
    assert.deepEqual(found[1], ["Conseiller d'État", "Conseiller d'Etat"]);
  });

  it('treats guillemets and straight double quotes as the same mark', () => {
    const text = "l'Initiative « la Ceinture et la Route »";
    assert.deepEqual(matches(text, ['l\'Initiative "la Ceinture et la Route"']), [
      ['l\'Initiative "la Ceinture et la Route"', text],
    ]);
  });

  it('never skips a word inside an expression', () => {
    assert.deepEqual(matches('a appelé les deux parties à former', ['appeler à'], { appelé: 'appeler' }), []);
  });

  it('compares letters with the capital-accent rule', () => {
    assert.ok(sameLetters('Etat', 'État'));
    assert.ok(sameLetters('ETAT', 'état'));
    assert.ok(sameLetters('A', 'à'));
    assert.ok(!sameLetters('tache', 'tâche'));
    assert.ok(!sameLetters('a', 'à'));
    assert.ok(sameLetters('e\u0301tat', 'état'), 'decomposed accents compare as composed');
  });
});
