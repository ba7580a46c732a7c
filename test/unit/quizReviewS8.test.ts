// The quiz-side faults left open by blind reviews 6–8 (test/eval/quiz-review-6.tsv, -7, -8) and the
// tuning round of session 8 (quiz-review-tuning-s8.tsv), each fixed at its cause and tested on
// sentences of its kind, not only the judged one.
import * as assert from 'node:assert/strict';
import { generateQuiz } from '../../src/core/quiz/generate';
import { findEntities } from '../../src/core/quiz/entities';
import { negate, trueFalseQuestions, whenQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { sameMeaning } from '../../src/core/quiz/paraphrase';
import { importedLessons, quizReviewFiles, quizSourceOfText } from './quizDispatches';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildQuizSource } from '../../src/core/quiz/source';
import { loadQuizInputs, testRank } from './quizInputs';

describe('quiz: the faults left by blind reviews 6–8 and the session 8 tuning round', function () {
  this.timeout(120000);

  it('turns only the indefinite « des » into « de » under a negation, never « de » + « les » (review 8, item 46)', () => {
    // After « être » nothing is a direct object: « des », « du », « de la » are « de » + the article.
    assert.equal(
      negate("Dans un premier temps, Daech est expulsé des derniers points qu'il contrôlait sur la frontière."),
      "Dans un premier temps, Daech n'est pas expulsé des derniers points qu'il contrôlait sur la frontière.",
    );
    assert.equal(negate('Le président est sorti du bâtiment vers midi.'), "Le président n'est pas sorti du bâtiment vers midi.");
    // After a verb that takes « de », and before an ordinal or « autres », it is « de » + « les » too.
    assert.equal(negate('Le ministre a parlé des accords de Minsk avec son homologue.'), "Le ministre n'a pas parlé des accords de Minsk avec son homologue.");
    assert.equal(negate('Le groupe a bénéficié de la crise financière mondiale.'), "Le groupe n'a pas bénéficié de la crise financière mondiale.");
    assert.equal(negate('Les rebelles ont repris des derniers villages de la vallée.'), "Les rebelles n'ont pas repris des derniers villages de la vallée.");
    // The indefinite still becomes « de »; a reflexive verb with « être » can have an object.
    assert.equal(negate("L'armée a tiré des missiles sur la ville pendant la nuit."), "L'armée n'a pas tiré de missiles sur la ville pendant la nuit.");
    assert.equal(negate('Les rebelles se sont échangé des tirs avec la police.'), 'Les rebelles ne se sont pas échangé de tirs avec la police.');
  });

  it('says « une semaine » as « sept jours » only where nothing agrees with it (review 8, item 77)', () => {
    const rewritten = (s: string): string[] => sameMeaning(s).map((r) => r.statement);
    for (const s of [
      'Cette tuerie a conclu une semaine particulièrement sanglante dans les prisons brésiliennes.',
      'Il a plu pendant sept jours consécutifs dans la région.',
      'La ville a vécu une semaine difficile après la tempête.',
      "Elle a passé toute une semaine à Genève avant le vote.",
      "Le pays a connu deux semaines agitées avant l'élection.",
      "Le ministre a dit qu'une semaine s'était écoulée depuis le drame.",
    ]) {
      for (const r of rewritten(s)) assert.ok(!/jours (?:particulièrement sanglante|difficile|agitées)|semaine consécutifs|sept jours s'était|toute sept jours/u.test(r), r);
    }
    // Where nothing agrees, the length is still said another way.
    assert.ok(rewritten('Le sommet aura lieu dans une semaine à Paris.').includes('Le sommet aura lieu dans sept jours à Paris.'));
    assert.ok(rewritten('Les combats ont duré deux semaines.').includes('Les combats ont duré quinze jours.'));
  });

  it("teaches no word in a reading its neighbours contradict (review 8: « l'offensive » as the adjective offensif; review 7: « X, officier au… » as a verb)", async () => {
    const source = await quizSourceOfText(
      [
        "L'offensive lancée contre Daech par les forces démocratiques syriennes progresse vers Raqqa, selon les milices kurdes.",
        "Une offensive surprise des djihadistes a frappé la ville, où les renforts militaires sont arrivés dans la nuit.",
        "Damien Saillier, officier au centre d'appel des pompiers, a précisé que les routes étaient coupées.",
        "La situation reste très difficile dans les quartiers ouest de la ville, où les combats continuent.",
      ].join('\n\n'),
    );
    const taught = (lemma: string): string[] => source.vocab.filter((e) => e.lemma === lemma).flatMap((e) => e.occurrences.map((o) => source.text.slice(o.sentence.start, o.span.end)));
    assert.deepEqual(taught('offensif'), [], 'offensif');
    assert.deepEqual(
      source.vocab.filter((e) => e.lemma === 'officier' && e.pos === 'VERB').map((e) => e.key),
      [],
      'officier (verb)',
    );
    // Readings the context confirms are still taught: an adjective after its noun, a verb after its subject.
    assert.ok(source.vocab.some((e) => e.lemma === 'syrien'), source.vocab.map((e) => e.lemma).join(', '));
    assert.ok(source.vocab.some((e) => e.lemma === 'préciser'), source.vocab.map((e) => e.lemma).join(', '));
  });

  it('teaches each word in one vocabulary item of a quiz at most, so that a wrong sense costs one item (review 8: offensif in two matching items of one quiz)', async () => {
    for (const file of quizReviewFiles('quiz-review-8').slice(2, 4)) {
      for (const inputs of await importedLessons(file)) {
        for (let seed = 1; seed <= 12; seed++) {
          const quiz = generateQuiz(inputs.lesson, inputs.doc, inputs.analysis, { seed, rank: testRank() });
          const seen = new Map<string, string>();
          for (const item of quiz.items) {
            for (const key of item.keys) {
              assert.ok(!seen.has(key), `${inputs.name} seed ${seed}: « ${key} » in ${seen.get(key)} and ${item.id}`);
              seen.set(key, item.id);
            }
          }
        }
      }
    }
  });

  it('asks no day the frame gives away: the second day of « la nuit du 16 au _____ », a range end before its start (tuning s8, item 29)', async () => {
    const source = await quizSourceOfText(
      [
        'La famille a disparu dans la nuit du 16 au 17 février dernier, selon les enquêteurs de la police judiciaire.',
        'Le festival se tiendra du 12 au 19 mars dans la capitale, a annoncé le maire de la ville.',
        'Le suspect a été arrêté le 6 mars à Brest, puis placé en garde à vue le 7 mars.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const items = Array.from({ length: 10 }, (_, i) => whenQuestions(source, entities, createRng(i + 1))).flat();
    assert.ok(items.length > 0, 'some when-questions');
    for (const d of items) {
      assert.doesNotMatch(d.prompt, /nuit du 16 au _____/u, d.prompt);
      if (/du 12 au _____/u.test(d.prompt)) for (const c of d.choices) assert.ok(Number(c.split(' ')[0]) > 12, `${c} before the range's start: ${d.prompt}`);
    }
  });

  it('takes no case or event named after someone for a person (« Affaire Troadec : … »; tuning s8, item 144)', async () => {
    const source = await quizSourceOfText(
      [
        'Affaire Troadec : des restes humains retrouvés chez le suspect',
        "La mère de Pascal Troadec a confirmé qu'un trésor d'or était la cause du drame, selon Hubert Caouissin.",
        "Lydie Troadec, la sœur de Pascal Troadec, a été mise en examen pour recel de cadavres.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    assert.deepEqual(entities.people.filter((p) => /Affaire/u.test(p.name)).map((p) => p.name), []);
    const statements = Array.from({ length: 20 }, (_, i) => trueFalseQuestions(source, entities, createRng(i + 1))).flat().map((d) => d.prompt);
    for (const p of statements) assert.doesNotMatch(p, /d['’]Affaire|de Affaire/u, p);
  });

  it("teaches no sense the words around contradict: a name after « au » (« confié au Parisien »), the singular's gloss for a plural (« des centaines » ≠ about a hundred), « plus de » = more than in a comparative (tuning s8, items 46, 85, 25)", async () => {
    const source = await quizSourceOfText(
      [
        "Sa mère a confié au Parisien que son fils était inconnu des services de justice et très isolé.",
        'Des centaines de partisans de la présidente déchue ont manifesté devant la Cour à Séoul.',
        "Une étude avance que beaucoup plus d'étoiles que l'on ne le croit sont dévorées par des trous noirs.",
        "Plus de 600 000 foyers étaient privés d'électricité lundi soir, et une centaine de routes sont coupées.",
      ].join('\n\n'),
    );
    const surfaces = (lemma: string): string[] => source.vocab.filter((e) => e.lemma === lemma).flatMap((e) => e.occurrences.map((o) => o.surface));
    assert.deepEqual(surfaces('parisien'), []);
    assert.ok(!surfaces('centaine').includes('centaines'), surfaces('centaine').join(', '));
    const plusDe = source.vocab.filter((e) => e.lemma.startsWith('plus d')).flatMap((e) => e.occurrences.map((o) => source.text.slice(o.span.start, o.span.end + 12)));
    assert.ok(plusDe.every((o) => !/étoiles/u.test(o)), plusDe.join(' | '));
  });

  it("reads the gender a who-question's gap takes further along its apposition (« _____, 46 ans, ingénieur…, ex-beau-frère du… », « _____, inconnu des services… »; review 7, items 43 and 45, tuning s8)", async () => {
    const source = await quizSourceOfText(
      [
        "Hubert Caouissin, 46 ans, ingénieur à l'arsenal de Brest, ex-beau-frère du père de famille, a avoué les meurtres lundi.",
        "Selon sa mère, Paul Durand, inconnu des services de justice, avait été victime d'un gros burn-out l'an dernier.",
        'Mme Lydie Troadec, la sœur du suspect, a été mise en examen, comme Mme Brigitte Martin, sa voisine.',
        "M. Pascal Troadec et M. Jean Lefort ont été entendus par les enquêteurs, a précisé Mme Anne Garnier, la procureure.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const women = entities.people.filter((p) => p.feminine === true).flatMap((p) => [p.name, p.short]);
    assert.ok(women.length >= 4, entities.people.map((p) => `${p.name} ${p.feminine}`).join(', '));
    const items = Array.from({ length: 20 }, (_, i) => whoQuestions(source, entities, createRng(i + 1))).flat();
    for (const d of items.filter((x) => /_____, (?:46 ans|inconnu)/u.test(x.prompt))) {
      for (const c of d.choices) assert.ok(!women.includes(c), `${c} offered for ${d.prompt}`);
    }
  });

  it("negates no indefinite object that the rest of the sentence goes on to describe (« n'ont pas proclamé de région autonome…, appelée Rojava, que la Turquie voit… »; tuning s8b, item 37)", () => {
    assert.equal(negate('Les Kurdes ont proclamé une région autonome dans le nord de la Syrie, appelée Rojava, que la Turquie voit comme une menace existentielle.'), undefined);
    assert.equal(negate('Le gouvernement a créé une commission, qui rendra son rapport en juin.'), undefined);
    assert.equal(negate("L'armée a découvert des tunnels sous la ville, dont certains mènent à la frontière."), undefined);
    // An object with nothing after it that takes it up is still negated.
    assert.equal(negate('La police a saisi des documents au siège du parti, selon le procureur.'), "La police n'a pas saisi de documents au siège du parti, selon le procureur.");
  });

  it("keeps a reading a teacher's glossary chose: the context rule is for the analysis's readings, not a hand-written lesson's", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quiz-s8-'));
    const file = path.join(dir, 'probable.md');
    fs.writeFileSync(
      file,
      [
        '---', 'title: Un accord', 'source: test', 'level: B1', 'series: Test', 'order: 1', 'tags: test', '---', '',
        '## Text', '',
        // « probable » before its noun is a reading the context rule doubts (an adjective right after a
        // determiner); the teacher's glossary chose it, so it stays.
        'Un probable accord de cessez-le-feu progresse vers sa signature, selon les milices kurdes.', '',
        '## Glossary', '',
        '| French | POS | Gender | English | Note |', '|---|---|---|---|---|',
        '| probable | ADJ | | likely, probable | |', '| milice | NOUN | f | militia | |', '',
      ].join('\n'),
    );
    const { lesson, doc, analysis } = loadQuizInputs(file);
    const source = buildQuizSource(lesson, doc, analysis, testRank());
    fs.rmSync(dir, { recursive: true });
    assert.ok(source.vocab.some((e) => e.lemma === 'probable'), source.vocab.map((e) => e.lemma).join(', '));
  });
});
