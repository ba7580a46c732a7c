// True/false statements in other words (issue 12): a date, a length or a share said another way
// (« deux semaines » = « quinze jours », « en août » = « au mois d'août », « la moitié » = « 50 % »),
// and the same event told in the other voice (« Le Conseil a adopté la résolution » = « La
// résolution a été adoptée par le Conseil »), only where it is safe. The validity check holds the
// passive's agreement and French elision.
import * as assert from 'node:assert/strict';
import { sameMeaning } from '../../src/core/quiz/paraphrase';
import { teacherProblems } from '../../src/core/quiz/quality';
import { otherVoice } from '../../src/core/quiz/voice';
import type { ComprehensionItem } from '../../src/core/quiz/types';
import { findEntities } from '../../src/core/quiz/entities';
import { trueFalseQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { buildQuizSource } from '../../src/core/quiz/source';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { lessonText } from '../../src/core/quiz/lessonText';
import { testAnalyzer } from './quizInputs';

const rewrites = (s: string): string[] => sameMeaning(s).map((r) => r.statement);
const genders: Record<string, 'm' | 'f'> = { résolution: 'f', texte: 'm', accord: 'm', sanctions: 'f', troupes: 'f', attaque: 'f', réforme: 'f' };
const genderOf = (w: string): 'm' | 'f' | undefined => genders[w];

describe('quiz: statements in other words', () => {
  it('says a date, a length or a share another way, exactly', () => {
    assert.ok(rewrites('Les soldats devront partir d’ici au 31 décembre.').includes("Les soldats devront partir d’ici au dernier jour de l'année."));
    assert.ok(rewrites("Une trêve d'une semaine a été conclue.").includes('Une trêve de sept jours a été conclue.'));
    assert.ok(rewrites('Les négociations ont duré deux semaines.').includes('Les négociations ont duré quinze jours.'));
    assert.ok(rewrites("Les pourparlers sont au point mort depuis plus d'un an.").includes('Les pourparlers sont au point mort depuis plus de douze mois.'));
    assert.ok(rewrites('Le texte a été adopté en août.').includes("Le texte a été adopté au mois d'août."));
    assert.ok(rewrites('Le texte a été adopté en septembre.').includes('Le texte a été adopté au mois de septembre.'));
    assert.ok(rewrites("Près de la moitié de la population dépend de l'aide.").includes("Près de 50\u00a0% de la population dépend de l'aide."));
    assert.ok(rewrites('Le fonds recevra 1,5 milliard de dollars.').includes('Le fonds recevra un milliard et demi de dollars.'));
    // Never « douze mois et demi », never inside a quotation.
    assert.deepEqual(rewrites('Un an et demi plus tard, rien.'), []);
    assert.deepEqual(rewrites('Il a parlé d’« une semaine décisive ».'), []);
  });

  it('tells the event in the other voice, with the participle agreeing', () => {
    assert.equal(otherVoice('Le Conseil de sécurité a adopté lundi la résolution.', genderOf), 'La résolution a été adoptée lundi par le Conseil de sécurité.');
    assert.equal(otherVoice('La résolution a été adoptée lundi par le Conseil de sécurité.', genderOf), 'Le Conseil de sécurité a adopté lundi la résolution.');
    assert.equal(otherVoice('Les sanctions ont été levées par les États-Unis.', genderOf), 'Les États-Unis ont levé les sanctions.');
    assert.equal(otherVoice('Moscou a retiré ses troupes.', genderOf), 'Ses troupes ont été retirées par Moscou.');
    assert.equal(otherVoice("L'Union africaine a condamné une attaque, la troisième en un mois.", genderOf), "Une attaque a été condamnée par l'Union africaine, la troisième en un mois.");
  });

  it('offers the other voice as a true statement, and a false one in the other voice too', function () {
    this.timeout(60000);
    const lesson = parseLesson('---\ntitle: ONU\nlevel: B1\nseries: ONU\norder: 1\n---\n\n## Text\n\nLe Conseil de sécurité des Nations unies a adopté lundi la résolution. La Russie et la Chine ont critiqué le texte, jugé trop vague.\n\n## Glossary\n\n| French | POS | Gender | English | Note |\n|---|---|---|---|---|\n| résolution | NOUN | f | resolution |  |\n', 'onu.md');
    const analyzer = testAnalyzer();
    const source = buildQuizSource(lesson, buildReaderDocument(lesson, analyzer), analyzer.analyze(lessonText(lesson)));
    const prompts = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) for (const d of trueFalseQuestions(source, findEntities(source), createRng(seed))) prompts.add(`${d.answer === 0 ? 'T' : 'F'} ${d.prompt}`);
    assert.ok(prompts.has('T Vrai ou faux\u202f? «\u00a0La résolution a été adoptée lundi par le Conseil de sécurité des Nations unies.\u00a0»'), [...prompts].join('\n'));
  });

  it('leaves alone what it cannot turn safely', () => {
    assert.equal(otherVoice('Il a signé le texte.', genderOf), undefined); // a pronoun subject
    assert.equal(otherVoice('La mission a été autorisée par treize voix pour.', genderOf), undefined); // not an agent
    assert.equal(otherVoice('Les ministres ont adopté le texte qui prévoit des sanctions.', genderOf), undefined); // a clause
    assert.equal(otherVoice('Le ministre a quitté la salle.', genderOf), undefined); // a verb that reads badly in the passive
    assert.equal(otherVoice("Le Conseil a adopté l'amendement.", genderOf), undefined); // « l' » and a noun of unknown gender
  });

  it('the validity check objects to a passive that does not agree and to a missing elision', () => {
    const tf = (statement: string): ComprehensionItem => ({
      id: 'x', kind: 'comprehension', focus: 'truefalse', format: 'truefalse', prompt: `Vrai ou faux ?\u00a0«\u00a0${statement}\u00a0»`,
      choices: ['Vrai', 'Faux'], answer: 0, evidence: { start: 0, end: 1 }, explanation: 'x', keys: [],
    });
    const none = { people: [], organisations: [], places: [], times: [] };
    assert.ok(teacherProblems(tf('La résolution a été adopté par le Conseil.'), 'x', none).some((p) => p.includes('does not agree')));
    assert.ok(teacherProblems(tf('Les sanctions a été levées par Washington.'), 'x', none).some((p) => p.includes('does not agree')));
    assert.ok(teacherProblems(tf('Le texte a été adopté au mois de août.'), 'x', none).some((p) => p.includes('elision')));
    assert.deepEqual(teacherProblems(tf('Les sanctions ont été levées par Washington.'), 'x', none), []);
    assert.deepEqual(teacherProblems(tf('Les eurodéputés espèrent une adoption qui a été promise.'), 'x', none), []);
  });
});
