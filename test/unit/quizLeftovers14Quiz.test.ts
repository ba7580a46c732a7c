// The quiz's leftovers of blind review 14 (test/eval/quiz-review.md, « Review 14 »: pool quiz-review-14),
// each fixed as a general rule and tested on sentences of its kind: a film, a studio, an award or a party
// offered as a person in a who-item (101, 114, 117, 119, 159, 160), a sentence of background and news
// asked as one or the other (155), and a preposition the verb also takes offered as wrong (147).
import * as assert from 'node:assert/strict';
import { findEntities, nameVariants } from '../../src/core/quiz/entities';
import { collocationItems } from '../../src/core/quiz/generators/collocation';
import { whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { backgroundSentences } from '../../src/core/quiz/generators/structure';
import { createRng } from '../../src/core/quiz/rng';
import { governedPrepositions } from '../../src/core/text/governedPrepositions';
import { quizSourceOfText } from './quizDispatches';
import { testGoverned } from './quizInputs';

// Review 14's frames (an obituary naming works at every line, a party in apposition), in sentences of our own.
const OBITUARY_AND_ELECTION = `Cinéma : l'animateur Paul Verdier meurt à 81 ans

Paul Verdier, concepteur de Lune Rouge, est mort samedi. Il avait dessiné Capitaine Brume pour le premier long métrage de Studio Azur Animation, Lunes Rouges, sorti en 1999. En 2003, Paul Verdier a été sélectionné pour un Golden Globe Award pour Minuit, un court métrage qu'il a réalisé. « C'était un maître », a déclaré Clara Benoît, productrice de Lune Rouge 2. Sur la page officielle du studio, on pouvait lire : « Merci, Paul Verdier. » Le compositeur Marc Olivier a écrit la musique de Lune Rouge avec Tim Rowley.

En Italie, la coalition de droite est composée de Avanti Popolo, le parti de Marco Ferri, et de la Ligue. Le Parti démocrate, dirigé par Luca Bruni, obtient moins de 20 % des voix. Marco Ferri s'était présenté comme seul rempart contre le populisme.`;

describe('quiz: the leftovers of blind review 14 (quiz)', function () {
  this.timeout(120000);

  it('takes for a person only a name the text shows as one: no film, studio, award or party (« Toy Story », « Forza Italia »)', async () => {
    const source = await quizSourceOfText(OBITUARY_AND_ELECTION);
    const people = findEntities(source).people.map((p) => p.name);
    for (const thing of ['Lune Rouge', 'Lunes Rouges', 'Capitaine Brume', 'Studio Azur Animation', 'Golden Globe Award', 'Avanti Popolo', 'Tim Rowley']) {
      assert.ok(!people.includes(thing), `${thing} in ${people.join(', ')}`);
    }
    // Each shown as a person: a role before (« l'animateur », « Le compositeur »), an apposition of a role
    // after (« , productrice de »), « le parti de », « dirigé par ».
    for (const person of ['Paul Verdier', 'Clara Benoît', 'Marc Olivier', 'Marco Ferri', 'Luca Bruni']) assert.ok(people.includes(person), `${person} missing: ${people.join(', ')}`);
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of whoQuestions(source, findEntities(source), createRng(seed))) {
        for (const choice of item.choices) assert.ok(people.includes(choice) || /^(?:M\.|Mme) /u.test(choice), `${choice} offered in « ${item.prompt} »`);
      }
    }
  });

  it('shows a person by a verb of speech before or after, an age, a nationality or « M. » with the surname alone', async () => {
    const source = await quizSourceOfText(
      `Astronomie : une étoile explose\n\n« Nous avons eu beaucoup de chance », raconte Tomas Ribeiro. Sandro Vell, 54 ans, a photographié l'explosion depuis Rosario. L'Argentine Dalia Oruz a confirmé la découverte. Le télescope Nova Prime a pris le relais. Selon M. Ribeiro, la découverte est rare.`,
    );
    const people = findEntities(source).people.map((p) => p.name);
    for (const person of ['Tomas Ribeiro', 'Sandro Vell', 'Dalia Oruz']) assert.ok(people.includes(person), `${person} missing: ${people.join(', ')}`);
    assert.ok(!people.includes('Nova Prime'), people.join(', '));
  });

  it('never offers one name in two spellings (« Toys Story » / « Toy Story »)', () => {
    assert.ok(nameVariants('Toys Story', 'Toy Story'));
    assert.ok(nameVariants('Sebastian Kienle', 'Sebastien Kienle'));
    assert.ok(!nameVariants('Paul Verdier', 'Paul Vernet'));
    assert.ok(!nameVariants('Li Wei', 'Wu Wei'));
  });
});

describe('quiz: the leftovers of blind review 14 (sentence roles)', function () {
  this.timeout(120000);

  it('asks no role of a sentence joining a past perfect clause to a clause of news (« avait été fondé …, et semble remporter »)', async () => {
    const source = await quizSourceOfText(
      `Élections : le Mouvement bleu arrive en tête\n\nLe Mouvement bleu a remporté dimanche les élections législatives du pays avec 31 % des voix. ` +
        `Ce mouvement avait été créé par un chanteur populaire en 2011, et semble gagner la majorité des sièges après une campagne contre la corruption. ` +
        `Le chanteur avait quitté la scène en 2010 pour se consacrer à la politique locale. ` +
        `Le mouvement avait été fondé dans une petite ville du nord et dirigé par trois amis d'enfance.`,
    );
    const asked = backgroundSentences(source).map((b) => b.text);
    assert.ok(!asked.some((t) => t.startsWith('Ce mouvement avait été créé')), asked.join(' | '));
    // A past perfect alone, or with a participle coordinated to it, is still background.
    assert.ok(asked.some((t) => t.startsWith('Le chanteur avait quitté')), asked.join(' | '));
    assert.ok(asked.some((t) => t.startsWith('Le mouvement avait été fondé')), asked.join(' | '));
  });
});

describe('quiz: the leftovers of blind review 14 (collocations)', function () {
  this.timeout(120000);

  it('reads from the expression data every preposition a head takes (« œuvrer à », « œuvrer pour »)', () => {
    const takes = governedPrepositions('expression\tupos\tgloss\nœuvrer à\tVERB\tto work towards\nœuvrer pour\tVERB\tto work for\nen vue de\tADP\twith a view to\nchef d\'État\tNOUN\thead of state\n');
    assert.deepEqual([...takes('œuvrer')].sort(), ['pour', 'à']);
    assert.deepEqual(takes('en vue'), ['de']);
    assert.deepEqual(takes('chef'), []);
  });

  it('offers no preposition the verb also takes with that complement (« œuvre _____ la mise en place »: « à » as well as « pour »)', async () => {
    // Review 14's frame, in a sentence of our own.
    const source = await quizSourceOfText(
      `Politique : un nouveau mouvement\n\nLe mouvement se présente comme indépendant et œuvre pour la mise en place d'un revenu minimum pour tous les citoyens du pays.`,
    );
    const asked = (governed?: (head: string) => readonly string[]) =>
      Array.from({ length: 12 }, (_, i) => collocationItems(source, createRng(i + 1), governed)).flat().filter((item) => item.collocation === 'œuvrer pour');
    const withData = asked(testGoverned());
    assert.ok(withData.length > 0, 'the item is still made');
    for (const item of withData) assert.ok(!item.choices.includes('à'), item.choices.join(' | '));
    // A head the data does not know is not asked: the data cannot tell what else it takes.
    assert.deepEqual(asked(() => []), []);
  });
});
