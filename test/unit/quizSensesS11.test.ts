// Vocabulary taught in a sense the text does not use, found by listing every vocabulary item the
// quizzes draw on the 2016 Wikinews tuning articles (test/eval/vocabSenses.ts, judged in
// test/eval/vocab-senses-2016.tsv): each class fixed generally and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { expressionProbe } from './helpers/expressionMatches';
import { quizSourceOfText } from './quizDispatches';

/** The vocabulary entries of a text that a quiz may translate (settled) and teach from at least one instance. */
async function taught(text: string): Promise<{ lemma: string; settled: boolean; gloss: string; instances: string[] }[]> {
  const source = await quizSourceOfText(text);
  return source.vocab.map((v) => ({ lemma: v.lemma, settled: v.settled, gloss: v.gloss, instances: v.occurrences.map((o) => o.surface) }));
}

describe('quiz: vocabulary senses (session 11, the 2016 listing)', function () {
  this.timeout(120000);

  it('does not settle a word or phrase on one sense where news often uses another (dossard, espoir, logique, marine, quadrilatère, votation, juge de paix, poids lourds, porter atteinte, se porter, grand écart, au départ, fonction publique, à moins de, à la limite, réputer)', async () => {
    const vocab = await taught(
      [
        "C'était l'occasion pour de nombreux triathlètes de remporter les derniers dossards olympiques.",
        "Emilio Martin n'a pas vu venir le triomphe du jeune duathlète espoir Jorik Van Egdom.",
        'M. Ping et les siens sont dans une logique de déstabilisation et de prise de pouvoir.',
        'Il pourrait louper le début du championnat des marines et blancs face à Saint-Étienne.',
        'Les chauffeurs ont paralysé un immense quadrilatère dans le quartier des affaires.',
        'Cette mesure sera portée au Sénat, qui réalisera la votation au mois de mai.',
        "C'est la course à pied qui a servi de « juge de paix » pour déterminer le vainqueur.",
        'Dean Ambrose devient champion du monde poids lourds de la WWE.',
        'Un individu l\'a attaquée, en lui volant ses bijoux, puis en lui portant atteinte au visage.',
        'Au début de la seconde course à pied, le champion de France se porte au devant.',
        'Le Français sort de la natation sans grands écarts avec les hommes de tête.',
        'Les coureurs du Tour (198 au départ et à l\'arrivée) sont arrivés au bout de cette étape.',
        "Dilma Rousseff conserve ses droits civiques, ce qui lui permettra d'assurer d'autres fonctions publiques.",
        "Il arrive plusieurs fois à le remonter à moins de trente secondes.",
        'Un passage très commode pour rejoindre la piste cyclable, à la limite entre Charvensod et Gressan.',
        "Le journaliste note qu'elle était réputée pour sa compassion.",
      ].join('\n\n'),
    );
    const lemmas = vocab.map((v) => v.lemma);
    const expected = ['dossard', 'espoir', 'logique', 'marine', 'quadrilatère', 'votation', 'juge de paix', 'poids lourds', 'porter atteinte à', 'se porter', 'grand écart', 'au départ', 'fonction publique', 'à moins de', 'à la limite', 'réputer'];
    for (const l of expected) assert.ok(lemmas.includes(l), `${l} in ${lemmas.join(', ')}`);
    const settled = vocab.filter((v) => expected.includes(v.lemma) && v.settled);
    assert.deepEqual(settled.map((v) => `${v.lemma} = ${v.gloss}`), []);
  });

  it('reads a phrase as a whole where its words taught alone take another sense (visite médicale, spin doctor, à quelques minutes d\'intervalle)', () => {
    const { lemmas } = expressionProbe();
    assert.ok(lemmas('Le transfert a été officialisé lundi après la traditionnelle visite médicale.').includes('visite médicale'));
    assert.ok(lemmas("C'est la présence de Willy Nyamitwe, spin doctor du président, qui a déclenché une vive réaction.").includes('spin doctor'));
    const apart = lemmas("Au cours de deux attaques, menées à quelques minutes d'intervalle l'une de l'autre, l'hôpital a été touché.");
    assert.ok(apart.includes("à quelques minutes d'intervalle") && !apart.includes('à quelques minutes de'), apart.join(', '));
  });

  it('does not teach an adverbial phrase ending in a noun where a « de » complement makes it part of a longer phrase (« dans l\'ensemble du pays », « pour la plupart des êtres vivants », « au quotidien du soir », « à l\'essai réussi d\'un missile »)', async () => {
    const vocab = await taught(
      [
        "Le scrutin s'est déroulé en l'absence de télécommunications dans l'ensemble du pays.",
        'Ces doses de rayons ultraviolets sont mortelles pour la plupart des êtres vivants.',
        'Emmanuel Macron a la réponse, a assuré un proche de Macron au quotidien du soir.',
        "Pyongyang a annoncé qu'il avait procédé à l'essai réussi d'un missile tiré depuis un sous-marin.",
      ].join('\n\n'),
    );
    const wrong = vocab.filter((v) => ["dans l'ensemble", 'pour la plupart', 'au quotidien', "à l'essai"].includes(v.lemma) && v.instances.length > 0);
    assert.deepEqual(wrong.map((v) => `${v.lemma}: ${v.instances.join(', ')}`), []);
    // On their own, the phrases are taught.
    const kept = await taught('Dans l\'ensemble, le bilan est bon.\n\nLes habitants, pour la plupart, sont restés chez eux.');
    for (const l of ["dans l'ensemble", 'pour la plupart']) assert.ok(kept.some((v) => v.lemma === l && v.instances.length > 0), `${l} kept`);
  });

  it('does not teach « avoir à » (to have to) where a quantity stands before the « à » (« avoir peu à gagner », to have little to gain)', async () => {
    const vocab = await taught("L'Ukraine semble avoir peu à gagner des accords de Minsk mais beaucoup à concéder.");
    assert.deepEqual(vocab.filter((v) => v.lemma === 'avoir à').map((v) => v.instances.join(', ')), []);
    const kept = await taught("Les élèves ont écrit au rectorat afin de ne pas avoir à repasser cette épreuve.");
    assert.ok(kept.some((v) => v.lemma === 'avoir à'), kept.map((v) => v.lemma).join(', '));
  });

  it('does not read a rank as « prendre la place de » (« en prenant la 6e place », « prend la troisième place »)', () => {
    const { lemmas } = expressionProbe();
    assert.ok(!lemmas('Emmie Charayron signe un bon retour en prenant la 6e place en 1:57:17.').includes('prendre la place de'));
    assert.ok(!lemmas('Yohan Le Berre remporte son premier podium en prenant la troisième place.').includes('prendre la place de'));
    assert.ok(!lemmas('Cette victoire permet à Flora Duffy de prendre la première place provisoire du championnat du monde.').includes('prendre la place de'));
    assert.ok(lemmas('Il a pris la place de son frère dans l\'équipe.').includes('prendre la place de'));
  });

  it('does not teach a word the analysis gave another part of speech: a gerund after « en » (« en perdant », not the noun « perdant »), a demonym after a noun (« la compagnie aérienne française », not « Frenchwoman »), an adjective before its noun (« le quintuple champion », not « five times as much »)', async () => {
    const vocab = await taught(
      [
        "L'équipe nationale a une nouvelle fois défailli sur ses propres terres en perdant sur un score de 6 buts à 1.",
        'Les avions de la compagnie aérienne française ont aussitôt été cloués au sol.',
        'Le quintuple champion du monde a annoncé son forfait pour la compétition.',
      ].join('\n\n'),
    );
    const wrong = vocab.filter((v) => ['perdant', 'française', 'quintuple'].includes(v.lemma) && v.instances.length > 0 && !(v.lemma === 'quintuple' && /five-time/u.test(v.gloss)));
    assert.deepEqual(wrong.map((v) => `${v.lemma} = ${v.gloss}: ${v.instances.join(', ')}`), []);
  });

  it('does not teach a word of a web address as the common word (« la plateforme change.org », not change = exchange)', async () => {
    const vocab = await taught('Initiée par un collectif sur la plateforme change.org, la pétition a atteint le million de signatures.');
    assert.deepEqual(vocab.filter((v) => v.lemma === 'change' && v.instances.length > 0).map((v) => v.gloss), []);
    // A word before a sentence's full stop stays.
    const kept = await taught('Le collectif a lancé une pétition. Elle a réuni un million de signatures.');
    assert.ok(kept.some((v) => v.lemma === 'pétition' && v.instances.length > 0), kept.map((v) => v.lemma).join(', '));
  });

  it('gives the frequent news lemmas their common second sense (the 300 most frequent content lemmas of the 2016 articles: vélo = cycling, journée = matchday, venir de = to have just)', async () => {
    const vocab = await taught("L'épreuve s'est déroulée sur 1,5 km de natation, 40 km de vélo et 10 km de course à pied.");
    assert.ok(vocab.some((v) => v.lemma === 'vélo'), vocab.map((v) => v.lemma).join(', '));
    assert.deepEqual(vocab.filter((v) => v.lemma === 'vélo' && v.settled).map((v) => v.gloss), []);
    // Too common to be quizzed, but the reader's card shows the sense the context calls for first.
    const { analyze } = expressionProbe();
    const senseOf = (text: string, form: string): string => analyze(text).tokens.find((t) => t.form === form)?.senses?.[0] ?? '';
    assert.match(senseOf('Le club vient de terminer premier de sa poule.', 'vient'), /have just/u);
    assert.match(senseOf('Il vient de Lyon.', 'vient'), /to come/u);
    assert.match(analyze('Cette quatrième journée a vu deux matchs nuls.').tokens.find((t) => t.form === 'journée')?.gloss ?? '', /matchday/u);
  });
});
