// The engine leftovers of blind review 14 (test/eval/quiz-review.md, « Review 14 »: pool
// quiz-review-14), each fixed as a general rule and tested on sentences of its kind: « au-delà »
// without a determiner is the adverb « beyond », not the noun « the hereafter »; « seconde » counted
// (par seconde, une seconde, quelques secondes) is the unit of time, not the ordinal adjective; and an
// adjective of relation with a quality sense (« énergétique ») knows both, the quality one after a
// degree adverb (« beaucoup plus énergétique »).
import * as assert from 'node:assert/strict';
import type { QuizSource, VocabEntry } from '../../src/core/quiz/source';
import { tokenReader } from './helpers/tokenReadings';
import { quizSourceOfText } from './quizDispatches';

function entry(source: QuizSource, lemma: string): VocabEntry | undefined {
  return source.vocab.find((e) => e.lemma === lemma);
}

describe('text and quiz: the engine leftovers of blind review 14', function () {
  this.timeout(120000);
  const reader = tokenReader();

  it('reads « au-delà » with no determiner as the adverb « beyond » (« à l\'infini et au-delà »)', () => {
    for (const text of [
      "Le club a salué son ancien entraîneur d'un dernier « à l'infini et au-delà ».",
      'Les prix de l\'immobilier ont grimpé bien au-delà.',
      'Les négociateurs veulent aller au-delà des promesses de la dernière conférence.',
      'Le chantier devrait durer jusqu\'en 2030 et au-delà, selon la mairie.',
    ]) {
      assert.equal(reader.reading(text, 'au-delà'), 'au-delà/ADV', text);
      assert.match(reader.token(text, 'au-delà').gloss ?? '', /^beyond/u, text);
    }
    // The noun takes its determiner.
    for (const text of ["Le philosophe s'interroge sur l'au-delà dans son dernier essai.", 'Cet au-delà promis par la secte a séduit des centaines de fidèles.']) {
      assert.equal(reader.reading(text, 'au-delà'), 'au-delà/NOUN', text);
    }
  });

  it('reads a counted « seconde » as the unit of time, not the ordinal (« des kilomètres par seconde »)', () => {
    for (const [text, form] of [
      ['Les particules sont projetées à des vitesses de plusieurs milliers de kilomètres par seconde.', 'seconde'],
      ['Le Norvégien a devancé son rival d\'une seconde au terme de la descente.', 'seconde'],
      ['Une seconde plus tard, la façade du bâtiment s\'est effondrée.', 'seconde'],
      ['Pour les secouristes, chaque seconde compte après une avalanche.', 'seconde'],
      ['Le sprinteur a terminé à quelques secondes du vainqueur.', 'secondes'],
      ['Le record a été battu de 3 secondes dimanche à Berlin.', 'secondes'],
    ] as const) {
      assert.equal(reader.reading(text, form), 'seconde/NOUN', text);
    }
    // The ordinal keeps its reading before its noun.
    for (const text of ['Une seconde vague de froid est attendue la semaine prochaine.', 'La Française a obtenu une seconde place méritée.', 'Le pays entre dans la seconde phase du déconfinement.']) {
      assert.equal(reader.reading(text, 'seconde'), 'second/ADJ', text);
    }
    // The other units of time were already nouns there.
    assert.equal(reader.reading('Le train roulait à 300 kilomètres par heure.', 'heure'), 'heure/NOUN');
    assert.equal(reader.reading('Chaque minute compte pour les secours.', 'minute'), 'minute/NOUN');
  });

  it('gives « énergétique » its quality sense « energetic », first after a degree adverb, so it is not settled where the text does not choose', async () => {
    const quality = reader.token('Cette explosion stellaire est beaucoup plus énergétique que les précédentes.', 'énergétique');
    assert.match(quality.senses?.[0] ?? '', /energetic/u, quality.gloss);
    const relation = reader.token('Le secteur énergétique emploie des milliers de salariés dans la région.', 'énergétique');
    assert.equal(relation.senses?.[0], 'energy', relation.gloss);
    const source = await quizSourceOfText(
      [
        'Le gouvernement a présenté mardi son plan énergétique pour les dix prochaines années.',
        "Il prévoit la fermeture de deux centrales à charbon et l'ouverture de parcs éoliens en mer.",
      ].join('\n\n'),
    );
    const energy = entry(source, 'énergétique');
    assert.ok(energy, source.vocab.map((v) => v.lemma).join(', '));
    assert.ok(energy.senses.some((s) => /energetic/u.test(s)), energy.senses.join('; '));
    assert.equal(energy.settled, false);
  });

  it('gives « touristique » its quality sense « touristy » after a degree adverb', () => {
    const quality = reader.token('Le village est devenu très touristique depuis la sortie du film.', 'touristique');
    assert.equal(quality.senses?.[0], 'touristy', quality.gloss);
    const relation = reader.token('La saison touristique a commencé plus tôt cette année.', 'touristique');
    assert.equal(relation.senses?.[0], 'tourist', relation.gloss);
  });
});
