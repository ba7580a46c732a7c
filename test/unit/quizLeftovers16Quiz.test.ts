// The quiz's leftovers of blind review 16 (test/eval/quiz-review.md, « Review 16 »: pool quiz-review-16),
// each fixed as a general rule and tested on sentences of our own in the review's frames: a reporting verb
// asked in its sense without speech (24: « rappeler » staff = to call back), and the validity check's
// misreadings of the pool (a reflexive pronoun, no-break spaces, « de » before an English name) beside the
// fault it was right to find (the second half of a negation taught as a word).
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { reportingVerbItems } from '../../src/core/quiz/generators/reportingVerb';
import { findReportingVerbs } from '../../src/core/quiz/reporting';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

async function peopleOf(text: string): Promise<string[]> {
  return findEntities(await quizSourceOfText(text)).people.map((p) => p.name);
}

describe('quiz: the leftovers of blind review 16 (fix16q)', function () {
  this.timeout(120000);

  it('takes no company nor product for a person (« Nordika Systems », « Velta Cloud », « Trako, Inc », « racheter Orvel Data »)', async () => {
    // Review 16's frames (95, 100), in sentences of our own: names no grammar shows as a person's otherwise.
    const people = await peopleOf(
      `Économie : Nordika Systems rachète Orvel Data\n\nLundi, la firme Nordika Systems a annoncé sa volonté de racheter Orvel Data pour un milliard d'euros. ` +
        `Selon le communiqué, le « Velta Cloud permettra aux clients de stocker leurs fichiers ». Le directeur Paul Verdier s'est dit ravi. ` +
        `Les actions de Kessa Group ont augmenté tandis que celles de Trako Lenz, Inc ont chuté de 4 %.`,
    );
    assert.deepEqual(people, ['Paul Verdier']);
  });

  it('takes two names run together for none when the text writes the first apart as a body\'s (« concurrent de Magento Shopify »)', async () => {
    const people = await peopleOf(
      `Économie : un rachat\n\nLa firme Adveno a racheté l'entreprise Orvel Data pour un milliard d'euros. Orvel propose des services en ligne. ` +
        `Au terme de la journée, les actions du concurrent d'Orvel Kestrel Byte ont chuté de 4 %. Le directeur Paul Verdier s'est dit ravi.`,
    );
    assert.ok(!people.includes('Orvel Kestrel Byte') && !people.includes('Orvel Kestrel'), people.join(' | '));
    // A given name written alone or with another surname keeps its person: « Jonathan revient », « Richard Murray ».
    const runners = await peopleOf(
      `Triathlon : une victoire\n\nLe triathlète Jonathan Brownlee a gagné dimanche devant Richard Varga. Jonathan revient de blessure. ` +
        `Le Sud-Africain Richard Murray a pris la troisième place.`,
    );
    assert.ok(runners.includes('Jonathan Brownlee') && runners.includes('Richard Varga'), runners.join(' | '));
  });

  it('asks no « rappeler » with people as its object as a verb of speech (« ont rappelé le personnel » = called back)', async () => {
    // Review 16's frame (24), in sentences of our own.
    for (const sentence of [
      'En mars, la France a rappelé la moitié du personnel de son consulat à Alger.',
      'Le Canada a rappelé son ambassadeur au Venezuela après les élections.',
      'Le gouvernement avait rappelé ses troupes stationnées au Mali.',
      "L'entraîneur a rappelé trois joueurs blessés pour le match de samedi.",
    ]) {
      const source = await quizSourceOfText(`Diplomatie : un retour\n\n${sentence} La décision a surpris les observateurs.`);
      assert.deepEqual(findReportingVerbs(source).map((u) => u.verb.lemma), [], sentence);
      for (let seed = 1; seed <= 4; seed++) assert.deepEqual(reportingVerbItems(source, createRng(seed)), [], sentence);
    }
  });

  it('still asks « rappeler » that frames words (« a rappelé que… », « », a rappelé M. X », « a rappelé les règles »)', async () => {
    for (const sentence of [
      'La ministre a rappelé que le personnel du consulat restait en sécurité.',
      'Le ministre a rappelé dimanche, dans un entretien à la presse, que les soldats rentreraient en mai.',
      '« Nos diplomates sont en sécurité », a rappelé M. Dupont devant la presse.',
      'Plusieurs associations ont rappelé les abus commis lors des précédentes missions.',
    ]) {
      const source = await quizSourceOfText(`Diplomatie : une déclaration\n\n${sentence} La décision a surpris les observateurs.`);
      assert.deepEqual(findReportingVerbs(source).map((u) => u.verb.lemma), ['rappeler'], sentence);
    }
  });
});
