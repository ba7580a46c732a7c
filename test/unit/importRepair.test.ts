// The repairs of issue 11, one class at a time, against the engine's own lexicon (dist/data): a
// lost letter inside a word or name, capitals that lost their accent, and accent-less words that
// the context settles; and the cases that must stay as they are.
import { strict as assert } from 'node:assert';
import { importDepsFromData } from '../../src/core/import/deps';
import { repairText, type RepairResult, type WordChecker } from '../../src/core/import/repair';
import { analysisDataDir } from './helpers/analysisData';

describe('import: repairs of real pipelines', function () {
  this.timeout(120_000);
  let words: WordChecker;
  before(() => {
    words = importDepsFromData(analysisDataDir()).words;
  });
  const repair = (text: string): RepairResult => repairText([text], words);
  const fixed = (text: string): string => repair(text).paragraphs[0]!;
  const notes = (text: string): string[] => repair(text).repairs.map((r) => `${r.from} > ${r.to}`);

  describe('a lost character inside a word', () => {
    it('restores a hyphenated name: Jean-No?l, Jean-No\\uFFFDl -> Jean-Noël', () => {
      assert.equal(fixed('Selon Jean-No?l Barrot, ministre.'), 'Selon Jean-Noël Barrot, ministre.');
      assert.equal(fixed('Jean-No\uFFFDl Barrot a parlé.'), 'Jean-Noël Barrot a parlé.');
      assert.deepEqual(notes('Selon Jean-No?l Barrot.'), ['Jean-No?l > Jean-Noël']);
    });

    it("restores the word after an elision: l'?lection -> l'élection, d'op\\uFFFDration", () => {
      const r = repair("À un mois de l'?lection, le plan d'op\uFFFDration est prêt.");
      assert.equal(r.paragraphs[0], "À un mois de l'élection, le plan d'opération est prêt.");
      assert.deepEqual(r.unresolved, []);
    });

    it('restores a lost capital: ?tats-Unis -> États-Unis', () => {
      assert.equal(fixed('Les ?tats-Unis et la Chine.'), 'Les États-Unis et la Chine.');
    });

    it('takes the far more frequent word when two are possible (m?me: même, not môme)', () => {
      assert.equal(fixed('Dans le m?me temps, il a ?té élu.'), 'Dans le même temps, il a été élu.');
    });

    it('flags what no single letter makes a known word, and keeps it whole', () => {
      const r = repair("La commune de Xq?zt et l'?zq.");
      assert.equal(r.paragraphs[0], "La commune de Xq?zt et l'?zq.");
      assert.deepEqual(r.unresolved, ['Xq?zt', "l'?zq"]);
    });

    it('leaves real question marks alone: « quoi ? », quoi?, between sentences', () => {
      const text = 'Et alors, quoi ? Pourquoi? Rien?Non. Quoi ?Rien. Le pass ? Qui a gagné ?';
      assert.equal(fixed(text), text);
      assert.deepEqual(repair(text).unresolved, []);
    });
  });

  describe('capitals that lost their accent', () => {
    it('A at the start of a sentence is À: A un mois -> À un mois', () => {
      assert.equal(fixed("A un mois de l'élection. A partir de lundi, tout change."), "À un mois de l'élection. À partir de lundi, tout change.");
      assert.equal(fixed('« A mon avis, non », dit-il.'), '« À mon avis, non », dit-il.');
    });

    it('the note quotes the source: Etats-Unis -> États-Unis, not Etat', () => {
      const r = repair('Les Etats-Unis et les Etats membres.');
      assert.equal(r.paragraphs[0], 'Les États-Unis et les États membres.');
      assert.deepEqual(r.repairs.map((x) => x.from).sort(), ['Etats', 'Etats-Unis']);
      assert.match(r.repairs.find((x) => x.from === 'Etats-Unis')!.why, /“Etats-Unis” is written “États-Unis”/);
      // Whole words, also where the lexicon (not the table) or a lost letter found them.
      assert.deepEqual(notes('Les Etudiants des ?tats-Unis.'), ['?tats-Unis > États-Unis', 'Etudiants > Étudiants']);
    });

    it('generalises the table with the lexicon: Etudiants, Electeurs, Emile', () => {
      assert.equal(fixed('Etudiants et Electeurs ont suivi Emile.'), 'Étudiants et Électeurs ont suivi Émile.');
    });

    it('keeps names that are right as they are, the verb a, and foreign titles', () => {
      for (const text of [
        'Emmanuel Macron, Europe Écologie et Eric Leroy.',
        'Il a un mois pour répondre. Elle a dit non.',
        'Il joue dans Ultimate Echo Echo et Ultimate Edition.',
        'Plan A-t-il échoué ? Entre nous, Avec lui, Elle.',
      ]) assert.equal(fixed(text), text);
    });
  });

  describe('words that lost an accent and became another word', () => {
    it('la tache du nouveau gouvernement -> la tâche', () => {
      assert.equal(fixed('La tache du nouveau gouvernement est immense.'), 'La tâche du nouveau gouvernement est immense.');
      assert.equal(fixed('Sa tache est de convaincre.'), 'Sa tâche est de convaincre.');
      assert.equal(fixed('Cela facilite la tache des enquêteurs.'), 'Cela facilite la tâche des enquêteurs.');
    });

    it('du/dû, sur/sûr, a/à, ou/où, la/là where the context settles them', () => {
      const cases: Array<[string, string]> = [
        ['Il a du partir, le retard est du au froid.', 'Il a dû partir, le retard est dû au froid.'],
        ['Bien sur, il est sur de gagner et sur que oui.', 'Bien sûr, il est sûr de gagner et sûr que oui.'],
        ["Jusqu'a demain, a partir de lundi, grâce a lui, quant a elle.", "Jusqu'à demain, à partir de lundi, grâce à lui, quant à elle."],
        ['Il faut faire face a la crise. Né a Lyon, il est arrêté a Paris.', 'Il faut faire face à la crise. Né à Lyon, il est arrêté à Paris.'],
        ["Au moment ou il part, le jour ou il vint, là ou il vit, d'ou il vient, par ou passer.", "Au moment où il part, le jour où il vint, là où il vit, d'où il vient, par où passer."],
        ['Ce jour-la, celle-la est partie la-bas, la où il vit.', 'Ce jour-là, celle-là est partie là-bas, là où il vit.'],
      ];
      for (const [damaged, right] of cases) assert.equal(fixed(damaged), right);
    });

    it('leaves the stains, the articles and the verb alone', () => {
      for (const text of [
        "Cette affaire fait tache d'huile.",
        "Une tache d'encre, une tache de sang, sa tache de naissance.",
        'Il a du pain, du pouvoir et du mal à dormir.',
        'Le livre est sur la table, bien sur le côté ; sur de nombreux fronts.',
        'Il a la clé. Elle a Paris en tête. La société a Google pour client.',
        'Le jour ou la nuit, thé ou café, ici ou là.',
        'Donne-la-moi. La face a changé. Sa grâce a séduit.',
      ]) assert.equal(fixed(text), text);
    });
  });
});
