// The safety net's French check (src/core/quiz/frenchCheck.ts), on the real items of the blind
// reviews: each faulty item a reviewer rejected for a class the check covers must be rejected, and
// the items the reviewers passed must pass (test/eval/quiz-review-*.tsv; review 7's rows are copied
// here as they stood). `npx tsx test/eval/quizNetOnReviews.ts FILES --list` prints the whole tally.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Entities } from '../../src/core/quiz/entities';
import { elidesBefore } from '../../src/core/quiz/french';
import { elisionProblems, frenchProblems, hUsage, negationProblems } from '../../src/core/quiz/frenchCheck';
import { teacherProblems } from '../../src/core/quiz/quality';
import type { QuizItem } from '../../src/core/quiz/types';
import { entitiesOf, itemOf, readReview, type ReviewRow } from '../eval/quizNetOnReviews';

/** review, n, kind, prompt, choices as the TSV shows them ([right]). */
type Row = [string, string, string, string, string];

const rowOf = ([review, n, kind, prompt, shown]: Row): ReviewRow => ({ file: review, n, kind, prompt, shown, judgement: '', reason: '' });
const problemsOf = (row: Row): string[] => {
  const r = rowOf(row);
  return frenchProblems(itemOf(r), '', entitiesOf(r));
};

const FAULTY: Row[] = [
  ["4", "13", "comprehension/truefalse", "Vrai ou faux ? « Deuxièmement, ces recensements font apparaitre les nouveaux rapports de force entre les différentes communautés ethnolinguistiques, et ne peuvent pas montrer d'émergences et des déclins d'influence. »", "Vrai | [Faux]"],
  ["4", "84", "en-fr", "Quel mot du texte veut dire « here » ?", "[ci] | pression | rêve | travailleur"],
  ["5", "25", "comprehension/who", "D'après le texte, qui complète la phrase ? « Notamment, la fin du plan de l'ancien président _____ visant à former 500 000 chômeurs d'ici avril 2017. »", "Emmanuel Macron | [François Hollande] | Muriel Pénicaud"],
  ["5", "26", "cloze", "Complétez avec le mot du texte (not, p…) : « Autre _____ pénalisant : la démographie française. »", "(typed) [point]"],
  ["5", "62", "comprehension/who", "D'après le texte, qui complète la phrase ? « _____ réussit son pari mais sort fragilisée des dernières élections. »", "Gerhard Schröder | [Angela Merkel] | Die Linke"],
  ["6", "50", "comprehension/truefalse", "Vrai ou faux ? « deux cent cinquante mille foyers sont ainsi privés d’électricité en Gironde et dans les deux Charentes, selon Enedis (anciennement ERDF). »", "[Vrai] | Faux"],
  ["6", "59", "match", "Associez chaque mot du texte à sa traduction :", "nuit = night | école = school | il en être de même = the same goes for, it is the same | après-midi = afternoon | vent = wind"],
  ["6", "185", "match", "Associez chaque mot du texte à sa traduction :", "école = school | avocate = lawyer | assistant parlementaire = parliamentary assistant | comment = how | prendre la défense de = to defend, to stand up for"],
  ["6", "192", "collocation", "Complétez : « …force de répulsion semble équivalente, si _____ n'est supérieure, à celle de… »", "cette | cet | ces | [ce]"],
  ["wikinews-tuning", "125", "match", "Associez chaque mot du texte à sa traduction :", "même = even | séparatiste = separatist | réticent = reluctant | amnistie = amnesty | très = very"],
  ["wikinews-tuning", "133", "comprehension/truefalse", "Vrai ou faux ? « Au moins cinq hôpitaux de l'organisation n'ont pas été touchés depuis le début de l'année. »", "Vrai | [Faux]"],
  ["wikinews-tuning-2", "97", "comprehension/truefalse", "Vrai ou faux ? « La structure n'a pas écrasé de piétons, des voitures et d'autres véhicules sous un amas de poutrelles métalliques et de dalles de béton. »", "Vrai | [Faux]"],
  ["wikinews-tuning-2", "155", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « Le 27 et _____, nous participerons au Gravity Tour Italie, pour promouvoir la station à tous les… »", "21 août | 27 août | [28 août]"],
  ["wikinews-tuning-2", "158", "comprehension/truefalse", "Vrai ou faux ? « Toutes ces activités ne peuvent pas intéresser les familles, et c'est cette même typologie de touristes que Pila veut attirer. »", "Vrai | [Faux]"],
  ["wikinews-tuning-2", "9", "comprehension/who", "D'après le texte, qui complète la phrase ? « “…résume à la mort certaine dans des conditions effroyables”, écrivent les parents de _____, jeune homme de 23 ans tué en Syrie, dans cette lettre qu’ils ont… »", "[Quentin Roy] | Véronique Roy | Stéphane Gatignon"],
  ["wikinews-tuning-3", "182", "comprehension/truefalse", "Vrai ou faux ? « Le président de l'Association des collaborateurs parlementaires, Nicolas Thibault, assistant parlementaire de François Fillon, députée (LR) du Loiret, a cependant, lui, pris la défense des Fillon. »", "Vrai | [Faux]"],
  ["7", "23", "fr-en", "Dans « …de TDE dans une galaxie proche de la nôtre, F01004-2237. », que veut dire « nôtre » ?", "researcher | appearance | [ours] | light"],
  ["7", "31", "comprehension/truefalse", "Vrai ou faux ? « Il a été mis en examen avec sa compagne Lydie Troadec, la sœur cadette de Hubert Caouissin, et écroué. »", "Vrai | [Faux]"],
  ["7", "43", "comprehension/who", "D'après le texte, qui complète la phrase ? « Sa mère a confié au Parisien qu'_____, inconnu des services de justice, avait été “victime d’un gros burn-out, il…” »", "Pascal Troadec | [Hubert Caouissin] | Lydie Troadec"],
  ["7", "45", "comprehension/who", "D'après le texte, qui complète la phrase ? « Il aurait eu un enfant, aujourd'hui âgé d’une dizaine d’années, avec _____, secrétaire médicale en congé invalidité du fait d'un handicap à un bras. »", "[Lydie Troadec] | Pascal Troadec | Hubert Caouissin"],
  ["7", "52", "comprehension/attribution", "Comment la dépêche présente-t-elle l’information suivante : « Depuis, de fortes tensions et altercations régulières existaient entre eux, qu'il n'avait pas cachées… » ?", "comme les propos de Hubert Caouissin | [comme un fait, sans l’attribuer à personne] | comme les propos de Pascal Troadec"],
  ["7", "54", "comprehension/truefalse", "Vrai ou faux ? « Brigitte Troadec éprouvait une vive rancœur à l'égard de son beau-frère car il pensait que ce dernier détenait des lingots et pièces d’or issues de l'héritage de son père décédé il y a six ans, estimant que les prétendues pièces d'or auraient dû être partagées. »", "Vrai | [Faux]"],
  ["7", "59", "comprehension/who", "D'après le texte, qui complète la phrase ? « _____ éprouvait une vive rancœur à l'égard de son beau-frère car il pensait que… »", "Brigitte Troadec | Pascal Troadec | [Hubert Caouissin]"],
  ["7", "139", "match", "Associez chaque mot du texte à sa traduction :", "amende = fine | il … suffi de = it is enough to, all it takes is | injure = insult | conflit d'intérêts = conflict of interest | automatique = automatic"],
  ["7", "150", "comprehension/truefalse", "Vrai ou faux ? « Les enquêteurs n'ont pas retrouvé dans la ferme appartenant au suspect des “fragments de corps humains et des bijoux appartenant à la famille”. »", "Vrai | [Faux]"],
  ["4", "119", "comprehension/truefalse", "Vrai ou faux ? « Le 5 septembre, l'armée syrienne et ses alliés (milices et Hezbollah notamment) dirigées par le général Souheil al-Hassan ont brisé le siège de Deir ez-Zor en ralliant la brigade cent trente-sept puis la ville sous contrôle gouvernemental. »", "[Vrai] | Faux"],
  ["4", "177", "comprehension/truefalse", "Vrai ou faux ? « Ces dernières ont en effet vu leur capacité en puissance croitre de soixante-cinq GW en 2016, contre seulement neuf GW pour le nucléaire. »", "Vrai | [Faux]"],
  ["6", "10", "comprehension/truefalse", "Vrai ou faux ? « L'homme, arrivé par le grand escalier, côté Tuileries, a agressé les quatre militaires présents dans l'enceinte du Carrousel du Louvre aux environs de 9 h vingt-cinq. »", "Vrai | [Faux]"],
  ["6", "43", "comprehension/truefalse", "Vrai ou faux ? « Dans ces départements, le vent pourra souffler entre cinquante et 120 km/h en plaine, et jusqu’à 130 km/h sur le Massif central. »", "Vrai | [Faux]"],
  ["6", "60", "comprehension/truefalse", "Vrai ou faux ? « En milieu d'après-midi, à 15 h cinquante, toutes les alertes sont levées. »", "Vrai | [Faux]"],
  ["6", "78", "comprehension/truefalse", "Vrai ou faux ? « L'enquête a encore révélé un élément troublant : les huit téléphones portables de la famille se sont éteints successivement entre le 16 février au matin et le dix-sept au soir, le dernier à s'éteindre ayant été celui du fils. »", "Vrai | [Faux]"],
  ["wikinews-tuning-2", "51", "comprehension/truefalse", "Vrai ou faux ? « Les premières explosions se sont produites à l'aéroport de Bruxelles juste avant 8 h et une troisième au niveau de la station de métro de Maelbeek, rue de la Loi, à 9 h vingt-deux (heure locale, 8 h onze GMT). »", "Vrai | [Faux]"],
  ["wikinews-tuning", "111", "comprehension/truefalse", "Vrai ou faux ? « Cette dernière a refusé au motif que cela constituerait un renversement de l'ordre des points prévus par les accords de Minsk quatre. »", "Vrai | [Faux]"],
  ["wikinews-tuning", "41", "comprehension/truefalse", "Vrai ou faux ? « Hassan Rohani a annoncé se rendre en Italie et en Iran du vingt-cinq au 27 janvier. »", "Vrai | [Faux]"],
  ["wikinews-tuning", "57", "comprehension/truefalse", "Vrai ou faux ? « Des commandes de Boeing mille quatre cent soixante-quatorze et sept cent soixante-dix-sept seraient à l'étude par le gouvernement iranien. »", "Vrai | [Faux]"],
  ["wikinews-tuning", "61", "comprehension/truefalse", "Vrai ou faux ? « Le 30 décembre 2015, les accords de Minsk deux visant à mettre fin au conflit meurtrier du Donbass avaient été prolongés pour 2016. »", "[Vrai] | Faux"],
];

const VALID_REVIEW_7: Row[] = [
  ["7", "2", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « Le nouveau texte, qui entrera en vigueur le _____, interdit l'entrée pendant 90 jours aux ressortissants de six pays, soient l’Iran, la… »", "23 mars | [16 mars] | 15 mars | 17 mars"],
  ["7", "3", "comprehension/truefalse", "Vrai ou faux ? « Selon un document accompagnant le décret, cent cinquante réfugiés vivant aux États-Unis sont actuellement sous enquête et soupçonnés d'activité terroriste. »", "Vrai | [Faux]"],
  ["7", "4", "comprehension/where", "D'après le texte, quel lieu complète la phrase ? « _____ : signature d'un nouveau décret sur l'immigration »", "[États-Unis] | Irak | Somalie | Syrie"],
  ["7", "8", "comprehension/truefalse", "Vrai ou faux ? « Le texte suspend également l'accueil des réfugiés de tous les pays sans exceptions pour une durée de cent vingt jours. »", "[Vrai] | Faux"],
  ["7", "12", "comprehension/main-event", "Dans la dépêche, que donne cette phrase ? « Alors que l'on croyait que cela était un évènement rare, une étude publiée par la revue Nature Astronomy a avancé… »", "[la nouvelle elle-même, l’événement principal] | un rappel du contexte, ce qui s’était passé avant"],
  ["7", "27", "comprehension/truefalse", "Vrai ou faux ? « Les scientifiques n'ont pas nommé ce phénomène tidal disruption event (TDE). »", "Vrai | [Faux]"],
  ["7", "30", "comprehension/truefalse", "Vrai ou faux ? « En effet, il avait été déduit que les TDE ne se produisaient qu'au bout de dix mille ans. »", "[Vrai] | Faux"],
  ["7", "36", "comprehension/who", "D'après le texte, qui complète la phrase ? « _____, 46 ans, ingénieur à l’arsenal de Brest, ex-beau-frère du père de famille, a… »", "Pascal Troadec | [Hubert Caouissin] | Lydie Troadec"],
  ["7", "38", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « …ans, ingénieur à l’arsenal de Brest, ex-beau-frère du père de famille, a avoué ce _____ 6 mars avoir tué les quatre membres de la famille (les parents, Pascal… »", "[lundi] | jeudi | samedi | dimanche"],
  ["7", "40", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « …famille Troadec survenue à Orvault, près de Nantes, en Loire-Atlantique (France) et signalée le _____, avance. »", "[23 février] | 24 février | 22 février | 16 février"],
  ["7", "42", "comprehension/who", "D'après le texte, qui complète la phrase ? « …tuer les quatre membres de la famille avec un pied-de-biche qu'il avait arraché à _____, qui l'avait pris pour se défendre après être descendu avec son épouse, ayant… »", "Lydie Troadec | Hubert Caouissin | [Pascal Troadec]"],
  ["7", "58", "comprehension/who", "D'après le texte, qui complète la phrase ? « _____ aurait, d'après Le Parisien, découvert cet or dans un immeuble de Brest, quartier… »", "Hubert Caouissin | [Pascal Troadec] | Brigitte Troadec"],
  ["7", "61", "comprehension/truefalse", "Vrai ou faux ? « Il n'a pas fini par craquer devant ses contradictions. »", "Vrai | [Faux]"],
  ["7", "64", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « …domicile des Troadec et dans la voiture du fils finalement retrouvée à Saint-Nazaire le _____. »", "[2 mars] | 9 mars | 1er mars | 3 mars"],
  ["7", "73", "comprehension/attribution", "Comment la dépêche présente-t-elle l’information suivante : « Une élection présidentielle est prévue pour le 5 mai » ?", "comme les propos de Lee Jung-mi | comme les propos de Park Geun-hye | [comme un fait, sans l’attribuer à personne]"],
  ["7", "76", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « Une élection présidentielle est prévue pour le _____. »", "4 mai | [5 mai] | 12 mai | 6 mai"],
  ["7", "79", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « …ont confirmé, dans un verdict unanime, la destitution de la présidente Park Geun-hye, ce _____. »", "mardi | [vendredi] | mercredi | dimanche"],
  ["7", "80", "comprehension/truefalse", "Vrai ou faux ? « Une élection présidentielle n'est pas prévue pour le 5 mai. »", "Vrai | [Faux]"],
  ["7", "88", "comprehension/truefalse", "Vrai ou faux ? « “Je suis prêt à verser mon sang pour protéger la démocratie libre” a déclaré Bae Soo-rok, un soldat retraité de cinquante-huit ans. »", "[Vrai] | Faux"],
  ["7", "91", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « La tempête Zeus a frappé la France de _____ à mercredi. »", "[dimanche] | mardi | jeudi | samedi"],
  ["7", "94", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « La tempête Zeus a frappé la France de dimanche à _____. »", "[mercredi] | samedi | vendredi | jeudi"],
  ["7", "96", "comprehension/main-event", "Dans la dépêche, que donne cette phrase ? « La tempête Zeus a frappé la France de dimanche à mercredi »", "un rappel du contexte, ce qui s’était passé avant | [la nouvelle elle-même, l’événement principal]"],
  ["7", "98", "comprehension/truefalse", "Vrai ou faux ? « La tempête Zeus n'a pas frappé la France de dimanche à mercredi. »", "Vrai | [Faux]"],
  ["7", "102", "comprehension/when", "D'après le texte, quel moment complète la phrase ? « 25 000 foyers n'avaient toujours pas d'électricité _____ en fin de journée, la majeure partie (18 000) en Bretagne. »", "mardi | [mercredi] | jeudi | dimanche"],
  ["7", "104", "comprehension/truefalse", "Vrai ou faux ? « Douze mille cinq cents foyers n'avaient toujours pas d'électricité mercredi en fin de journée, la majeure partie (dix-huit mille) en Bretagne. »", "Vrai | [Faux]"],
  ["7", "105", "comprehension/truefalse", "Vrai ou faux ? « C'est la première fois que cela se produit depuis décembre 1999 (qui avait cependant privé d'électricité dix fois plus de foyers). »", "Vrai | [Faux]"],
  ["7", "106", "comprehension/truefalse", "Vrai ou faux ? « Mardi à midi, soixante-deux mille foyers étaient toujours touchés. »", "[Vrai] | Faux"],
  ["7", "110", "comprehension/truefalse", "Vrai ou faux ? « En Auvergne-Rhône-Alpes, trois mille foyers étaient toujours impactés à ce moment. »", "[Vrai] | Faux"],
  ["7", "111", "comprehension/who", "D'après le texte, qui complète la phrase ? « France : questions autour d'une mise en examen de _____ »", "François Fillon | Jérôme Rivière | [Benoît Hamon]"],
  ["7", "112", "comprehension/truefalse", "Vrai ou faux ? « En décembre dernier, le candidat du PS à la présidentielle, Benoît Hamon, n'a pas fait l'objet d'une mise en examen pour “injure publique”. »", "Vrai | [Faux]"],
  ["7", "114", "comprehension/who", "D'après le texte, qui complète la phrase ? « En décembre dernier, le candidat du PS à la présidentielle, _____, a fait l'objet d'une mise en examen pour “injure publique”. »", "Jérôme Rivière | [Benoît Hamon] | François Fillon"],
  ["7", "115", "comprehension/who", "D'après le texte, qui complète la phrase ? « Ainsi, pour _____, membre du comité stratégique de la campagne de Marine Le Pen : “…” »", "[Jérôme Rivière] | Benoît Hamon | François Fillon"],
  ["7", "119", "comprehension/who", "D'après le texte, qui complète la phrase ? « Le parallèle avec les affaires concernant _____ ou le Front national ne serait cependant pas si évident. »", "[François Fillon] | Benoît Hamon | Jérôme Rivière"],
  ["7", "124", "comprehension/truefalse", "Vrai ou faux ? « Miguet, président du Rassemblement du contribuable français et homme d'affaires controversé, avait alors porté plainte contre Nicolas Miguet pour “injure publique”. »", "Vrai | [Faux]"],
  ["7", "126", "comprehension/who", "D'après le texte, qui complète la phrase ? « …justice va moins vite que dans les dossiers qui concernent Marine Le Pen et _____. »", "[François Fillon] | Valérie Pécresse | Nicolas Miguet | Benoît Hamon"],
  ["7", "128", "comprehension/who", "D'après le texte, qui complète la phrase ? « …du Rassemblement du contribuable français et homme d'affaires controversé, avait alors porté plainte contre _____ pour “injure publique”. »", "Nicolas Miguet | [Benoît Hamon] | François Fillon | Valérie Pécresse"],
  ["7", "129", "comprehension/who", "D'après le texte, qui complète la phrase ? « …des régionales, en novembre 2015, Hamon avait dénoncé le soutien de Nicolas Miguet à _____ en Île-de-France en tweetant : “L'escroc Miguet roule pour Pécresse.” »", "[Valérie Pécresse] | Benoît Hamon | François Fillon"],
  ["7", "133", "comprehension/truefalse", "Vrai ou faux ? « Mais Nicolas Miguet avait été, en 2014, condamné à six cent mille euros d'amende par l'Autorité des marchés financiers, pour cause de conflits d'intérêts. »", "[Vrai] | Faux"],
  ["7", "136", "comprehension/truefalse", "Vrai ou faux ? « Il a suffi de confirmer que Nicolas Miguet est bien l'auteur des propos litigieux, ce qui a été très simple, le tweet étant encore en ligne. »", "Vrai | [Faux]"],
  ["7", "160", "comprehension/truefalse", "Vrai ou faux ? « Cet or était “volé peut-être”, “à la Banque de France”, “lors de la seconde guerre mondiale”, d'après elle. »", "[Vrai] | Faux"],
];

/** The class each faulty row is caught for. */
const CLASS: Record<string, RegExp> = {
  '7:31': /missing elision: « de Hubert »/u,
  '7:43': /elision before a consonant: « qu'Pascal »/u,
  '7:52': /missing elision: « de Hubert »/u,
  '5:25': /Muriel Pénicaud does not fit the frame's masculine/u,
  '5:62': /Gerhard Schröder does not fit the frame's feminine/u,
  'wikinews-tuning-2:9': /Véronique Roy does not fit the frame's masculine/u,
  'wikinews-tuning-3:182': /François Fillon does not agree/u,
  '7:45': /Pascal Troadec does not fit the frame's feminine/u,
  '7:54': /Brigitte Troadec does not agree/u,
  '7:59': /Brigitte Troadec does not fit the frame's masculine/u,
  '4:13': /every object of a negation takes « de »/u,
  'wikinews-tuning:133': /negation under a quantified subject/u,
  'wikinews-tuning-2:97': /every object of a negation takes « de »/u,
  'wikinews-tuning-2:158': /negation under a quantified subject/u,
  '7:150': /after a negation the article is « de »/u,
  '4:84': /grammatical word: « ci »/u,
  '5:26': /« point » as « not »/u,
  '6:185': /grammatical word: « comment »/u,
  'wikinews-tuning:125': /grammatical word: « très »/u,
  '7:23': /grammatical word: « nôtre »/u,
  '6:59': /subject before an infinitive: « il en être de même »/u,
  '7:139': /gap where its verb was: « il … suffi de »/u,
  '6:192': /determiner choices before a verb/u,
  'wikinews-tuning-2:155': /« 27 et 27 août » repeats its coordinate/u,
  '6:50': /does not start with a capital/u,
  '4:119': /in words/u,
  '4:177': /in words/u,
  '6:10': /in words/u,
  '6:43': /in words/u,
  '6:60': /in words/u,
  '6:78': /in words/u,
  'wikinews-tuning-2:51': /in words/u,
  'wikinews-tuning:111': /in words/u,
  'wikinews-tuning:41': /in words/u,
  'wikinews-tuning:57': /in words/u,
  'wikinews-tuning:61': /in words/u,
};

function expectCaught(prefix: RegExp): void {
  const rows = FAULTY.filter(([review, n]) => prefix.test(CLASS[`${review}:${n}`]?.source ?? ''));
  assert.ok(rows.length > 0);
  for (const row of rows) {
    const problems = problemsOf(row);
    assert.ok(problems.some((p) => CLASS[`${row[0]}:${row[1]}`]?.test(p)), `review ${row[0]} item ${row[1]}: ${problems.join('; ') || 'passed'}`);
  }
}

describe('quiz safety net: the French of an item as the learner reads it', () => {
  it('rejects a missing elision and an elided form before a consonant, a choice in its frame included', () => {
    expectCaught(/elision/u);
    assert.deepEqual(elisionProblems("le hôpital, que Anne, l'hôpital, d'Hubert", new Map(), false), ['a missing elision: « le hôpital »', 'a missing elision: « que Anne »']);
    // Aspirated h and consonant sounds stay unelided: « le Hamas », « de Yoon », « la hausse », « le onze ».
    assert.deepEqual(elisionProblems('le Hamas, de Yoon, la hausse, le onze, à la une, de 8 ans', new Map(), false), []);
    // A doubtful h-name in a frame goes either way; the text's own usage settles it.
    assert.equal(elisionProblems('de Hassan Rohani', new Map(), true).length, 1);
    assert.equal(elisionProblems("d'Hassan Rohani", new Map(), true).length, 1);
    assert.deepEqual(elisionProblems("d'Hassan Rohani", hUsage("le président d'Hassan Rohani"), true), []);
    assert.equal(elisionProblems('de Hassan Rohani', hUsage("le président d'Hassan Rohani"), false).length, 1);
  });

  it('agrees with the generators on names with a mute h: what elidesBefore elides, the net accepts elided and rejects unelided', () => {
    for (const name of ['Hubert Caouissin', 'Henri Guaino', 'Hillary Clinton', 'Helsinki', 'Haïti', 'Hugues Martin']) {
      assert.ok(elidesBefore(name), name);
      assert.deepEqual(elisionProblems(`la visite d'${name}`, new Map(), true), [], name);
      assert.equal(elisionProblems(`la visite de ${name}`, new Map(), true).length, 1, name);
    }
    // A capital H the lists do not know is a foreign name: the generator writes « de Huang », which the net
    // lets be in a statement (only a frame with choices, strict, wants the text's own usage).
    assert.equal(elidesBefore('Huang Xi'), false);
    assert.deepEqual(elisionProblems('la visite de Huang Xi', new Map(), false), []);
  });

  it('rejects a choice of the gender the frame rules out, and a statement whose words no longer agree', () => {
    expectCaught(/fit the frame|agree/u);
  });

  it('rejects « ne … pas des » made by negating, and a negation under a quantified subject', () => {
    expectCaught(/negation/u);
    assert.deepEqual(negationProblems("Les enquêteurs n'ont pas retrouvé des armes."), ["« n'ont pas retrouvé des »: after a negation the article is « de »"]);
    // After a copula, in a contrast, after a preposition, with a verb whose « de » is a preposition: no fault.
    for (const ok of [
      "Ce n'est pas un hasard.",
      "Il n'a pas signé un accord mais une déclaration.",
      "L'ancien maire n'a pas succombé à une crise cardiaque.",
      "Le ministre n'a pas parlé des victimes.",
      "Il ne fait pas partie des suspects.",
      "Les enquêteurs n'ont pas retrouvé de fragments.",
    ]) assert.deepEqual(negationProblems(ok), [], ok);
  });

  it('rejects a grammatical word taught as vocabulary, by its French or by an English sense only grammar words have', () => {
    expectCaught(/grammatical|point/u);
  });

  it('rejects a headword no teacher writes, but keeps a split expression « accuser … de »', () => {
    expectCaught(/infinitive|verb was/u);
    const match = (left: string[]): QuizItem => ({ id: 'm', kind: 'match', prompt: 'Associez chaque mot du texte à sa traduction :', evidence: { start: 0, end: 0 }, explanation: '', keys: [], left, right: left.map(() => 'x'), answer: left.map((_, i) => i), pairEvidence: [] });
    assert.deepEqual(frenchProblems(match(['accuser … de', 'donner un … souffle à', 'il faut', 'il y a lieu de']), ''), []);
  });

  it('rejects a frame that rules a choice out by itself: a determiner before a verb, a repeated coordinate, a statement without its capital', () => {
    expectCaught(/determiner|coordinate|capital/u);
  });

  it('rejects a number a paraphrase spelt out where French keeps figures: a time, a unit, a range, a date, a name', () => {
    expectCaught(/in words/u);
  });

  it('finds a person swapped in for one of the other gender where the text agreed with the first', () => {
    const text = "Brigitte Troadec est morte. Hubert Caouissin, inconnu des services de justice, a avoué.";
    const entities: Entities = {
      people: [
        { name: 'Hubert Caouissin', short: 'M. Caouissin', feminine: false, mentions: [] },
        { name: 'Brigitte Troadec', short: 'Mme Troadec', feminine: true, mentions: [] },
      ],
      organisations: [],
      places: [],
      times: [],
    };
    const start = text.indexOf('Hubert');
    const item: QuizItem = {
      id: 't', kind: 'comprehension', focus: 'truefalse', format: 'truefalse', choices: ['Vrai', 'Faux'], answer: 1, keys: [], explanation: '',
      prompt: 'Vrai ou faux ?\u202f«\u00a0Brigitte Troadec, connue des services de justice, a avoué.\u00a0»',
      evidence: { start, end: text.length },
    };
    assert.ok(frenchProblems(item, text, entities).some((p) => /swapped in for Hubert Caouissin/u.test(p)));
    // The net (teacherProblems) drops it too.
    assert.ok(teacherProblems(item, text, entities).some((p) => /swapped/u.test(p)));
  });

  it('passes the items the reviewers judged valid (reviews 4 to 6, the three tunings, and review 7)', () => {
    const files = ['quiz-review-4.tsv', 'quiz-review-5.tsv', 'quiz-review-6.tsv', 'quiz-review-wikinews-tuning.tsv', 'quiz-review-wikinews-tuning-2.tsv', 'quiz-review-wikinews-tuning-3.tsv'];
    const rows = files.flatMap((f) => readReview(path.join(__dirname, '..', 'eval', f))).filter((r) => r.judgement === 'valid');
    assert.ok(rows.length > 1900);
    for (const r of rows) assert.deepEqual(frenchProblems(itemOf(r), '', entitiesOf(r)), [], `${r.file} ${r.n}: ${r.prompt}`);
    for (const row of VALID_REVIEW_7) assert.deepEqual(problemsOf(row), [], `review 7 item ${row[1]}`);
  });
});
