// The quiz's leftovers of blind review 19 (test/eval/quiz-review.md, « Review 19 »: pool quiz-review-19),
// each fixed as a general rule and tested on sentences of our own in the review's frames.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { leadSentence, structureQuestions } from '../../src/core/quiz/generators/structure';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

const HEAD = 'Littérature : le salon ouvre ses portes\n\n9 novembre 2018. –\n';
const NEXT = ' Trois cents auteurs et une centaine d\'éditeurs y sont attendus par les organisateurs.';
const DATED = '\n\nLe prix du salon a été remis ce vendredi soir à une romancière belge pour son premier roman :\n\n' +
  'Le jury a salué un livre d\'une grande force, qui raconte l\'exil d\'une famille pendant la guerre.';

async function peopleOf(text: string): Promise<string[]> {
  return findEntities(await quizSourceOfText(text)).people.map((p) => p.name);
}

describe('quiz: the leftovers of blind review 19 (fix19q)', function () {
  this.timeout(120000);

  it('offers no company of the media and culture trades as a person (16, 19, 20: « Domino Films »)', async () => {
    const companies = [
      'Cobalt Films', 'Lumen Productions', 'Orque Pictures', 'Nova Studio', 'Brightside Entertainment', 'Vinyl Records',
      'Éditions Varenne', 'Azur Médias', 'Azur Télévision', 'Marée Distribution', 'Fjord Animation',
    ];
    for (const company of companies) {
      const people = await peopleOf(
        `Cinéma : un court métrage primé\n\nLe prix du court métrage a été remis dimanche à Paul Verdier et Marc Delorme. ` +
          `Les producteurs Anne Roussel et Hugo Lemaire de ${company} ont salué le jury. ${company} prépare un nouveau film.`,
      );
      assert.ok(!people.some((p) => p.includes(company.split(' ')[0]!) || p.includes(company.split(' ')[1]!)), `${company}: ${people.join(' | ')}`);
      assert.ok(people.includes('Anne Roussel') && people.includes('Paul Verdier'), `${company}: ${people.join(' | ')}`);
    }
  });

  it('gives no title before coordinated names to the first name alone (130: « le ministre et le secrétaire d\'État à l\'Intérieur, X et Y »)', async () => {
    const head = 'Culture : le budget présenté\n\n';
    const coordinated = 'Le ministre et la secrétaire d\'État à la Culture, Jean Moreau et Claire Bastide, ont présenté lundi le budget. ';
    const titles = async (text: string) =>
      new Map(findEntities(await quizSourceOfText(text)).people.map((p) => [p.name, p.title?.text]));
    // Only the coordinated mention: the pairing is respective, so neither name takes the title nearest them.
    const alone = await titles(`${head}${coordinated}Le budget a été salué par les syndicats.`);
    assert.equal(alone.get('Jean Moreau'), undefined, [...alone].join(' | '));
    // A later mention that titles each name gives each its own.
    const later = await titles(
      `${head}${coordinated}Le ministre de la Culture Jean Moreau a défendu les crédits des musées, ` +
        `et la secrétaire d\'État Claire Bastide a défendu ceux des théâtres.`,
    );
    assert.equal(later.get('Jean Moreau'), 'ministre de la Culture', [...later].join(' | '));
    assert.equal(later.get('Claire Bastide'), 'secrétaire d\'État', [...later].join(' | '));
    // One title, one name: unchanged.
    const single = await titles(`${head}Le ministre de la Culture, Jean Moreau, et les syndicats ont présenté lundi le budget.`);
    assert.equal(single.get('Jean Moreau'), 'ministre de la Culture', [...single].join(' | '));
  });

  it('takes a possessive\'s nearer title, not a narrative phrase from a farther one (seen in the 2 December log: « le président en tête-à-tête avec son Premier ministre »)', async () => {
    const head = 'Politique : une réunion à l\'Élysée\n\n';
    const titles = async (text: string) =>
      new Map(findEntities(await quizSourceOfText(text)).people.map((p) => [p.name, p.title?.text]));
    for (const [middle, title] of [
      ['Le président a reçu en tête-à-tête avec son Premier ministre', 'Premier ministre'],
      ['La présidente a déjeuné lundi avec sa porte-parole', 'porte-parole'],
      ['Le ministre a longuement discuté avec leur ambassadrice', 'ambassadrice'],
    ] as const) {
      const found = await titles(`${head}${middle} Paul Verdier, a indiqué l\'Élysée. Paul Verdier a quitté le palais dans la soirée.`);
      assert.equal(found.get('Paul Verdier'), title, `${middle}: ${[...found].join(' | ')}`);
    }
    // A title phrase with no possessive before a second head keeps its head.
    const whole = await titles(`${head}Le ministre de l\'Intérieur Paul Verdier a présenté lundi son plan. Paul Verdier a été applaudi.`);
    assert.equal(whole.get('Paul Verdier'), 'ministre de l\'Intérieur', [...whole].join(' | '));
  });

  it('takes no habitual opening with a bare month for the news when a later sentence dates it (8: « chaque année … du mois d\'août »)', async () => {
    for (const opening of [
      'Le salon du livre de Brive se tient chaque année durant les premiers jours du mois de novembre.',
      'Le salon du livre de Brive accueille traditionnellement ses lecteurs au début du mois de novembre.',
      'Le marché aux livres de la ville se tient chaque samedi sur la place de la mairie.',
    ]) {
      const source = await quizSourceOfText(`${HEAD}${opening}${NEXT}${DATED}`);
      assert.equal(leadSentence(source)?.text, undefined, opening);
      for (let seed = 1; seed <= 6; seed++) assert.deepEqual(structureQuestions(source, createRng(seed)), [], opening);
    }
    // What recurs is never the news, even where no later sentence names the day (the review's article
    // dates its news three paragraphs on): the event told next (« a accueilli cette année ») is.
    const habitual = 'Le salon du livre de Brive se tient chaque année durant les premiers jours du mois de novembre.';
    const undated = await quizSourceOfText(
      `${HEAD}${habitual} Créé en 1981 par des libraires, il a accueilli cette année trois cents auteurs venus de toute l'Europe.\n\n` +
        'Les lecteurs se pressent devant les stands des éditeurs pendant trois jours, dans une halle du centre-ville.',
    );
    assert.equal(leadSentence(undated)?.text, undefined);
  });

  it('still takes for the news an opening whose month, day or year is its own', async () => {
    for (const opening of [
      // A month with no habitual frame: the sentence's own time.
      'Le salon du livre de Brive ouvre ses portes en novembre avec des auteurs venus de toute l\'Europe.',
      // A year or a day in a habitual sentence: still its own.
      'Le salon du livre de Brive, qui se tient chaque année, accueille en 2018 des auteurs de toute l\'Europe.',
      'Le salon du livre de Brive, organisé chaque année, ouvre ses portes le 9 novembre avec des auteurs européens.',
    ]) {
      const source = await quizSourceOfText(`${HEAD}${opening}${NEXT}${DATED}`);
      assert.equal(leadSentence(source)?.text, opening);
    }
  });
});
