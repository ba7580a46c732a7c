// The classes left by session 11's listing of every vocabulary item the quizzes draw on the 2016
// Wikinews tuning articles (test/eval/vocab-senses-2016.md, "Left"): each fixed by a general rule and
// tested here on sentences of its kind, not the articles' own.
import * as assert from 'node:assert/strict';
import { expressionProbe } from './helpers/expressionMatches';
import { quizSourceOfText } from './quizDispatches';

/** The vocabulary entries of a text taught from at least one instance, as `lemma = first sense`. */
async function taught(text: string): Promise<string[]> {
  const source = await quizSourceOfText(text);
  return source.vocab.filter((v) => v.occurrences.length > 0).map((v) => `${v.lemma} = ${v.senses[0] ?? ''}`);
}

const has = (list: string[], lemma: string): boolean => list.some((l) => l.startsWith(`${lemma} = `));

describe('quiz: vocabulary senses (session 12, the leftovers of the 2016 listing)', function () {
  this.timeout(120000);
  const probe = expressionProbe();
  const tagOf = (text: string, form: string): string => {
    const t = probe.analyze(text).tokens.find((x) => x.form === form);
    return t ? `${t.upos} ${t.lemma}` : 'missing';
  };

  it('reads a participle that is a noun of office, in apposition after a name and before à or de, as the title (« Marie Lenoir, déléguée à la jeunesse », not to delegate)', async () => {
    const text = 'La réunion s\'est tenue en présence de Marie Lenoir, déléguée à la jeunesse du Conseil régional.';
    assert.match(tagOf(text, 'déléguée'), /^NOUN/u);
    assert.match(tagOf('Paul Roux, adjointe aux finances de la ville, a démissionné.', 'adjointe'), /^NOUN/u);
    assert.ok(!has(await taught(text), 'déléguer'));
    // A participle of no office stays the verb: « blessé à la jambe ».
    assert.match(tagOf('Paul Martin, blessé à la jambe, a été transporté à l\'hôpital.', 'blessé'), /^VERB blesser/u);
  });

  it('reads a word right after a subject that opens its clause as the finite verb it also spells, before de + infinitive or a conjunction and a verb (« un policier tente de se frayer », « le Kenyan subit mais revient »)', async () => {
    assert.equal(tagOf('Vidéo : un policier tente de se frayer un chemin dans la foule.', 'tente'), 'VERB tenter');
    assert.equal(tagOf('Dans la montée, le Kenyan subit mais revient sur la tête de course.', 'subit'), 'VERB subir');
    assert.equal(tagOf('Vidéo : un enseignant tente de le convaincre.', 'enseignant'), 'NOUN enseignant');
    const vocab = await taught('Dans la montée, le Kenyan subit mais revient sur la tête de course.\n\nUn manifestant tente de s\'introduire dans le bâtiment.');
    assert.deepEqual(vocab.filter((v) => /^(?:subit|tente) = /u.test(v)), []);
    // With a determiner of its own, or no subject before it, the noun and the adjective stay.
    assert.equal(tagOf('Une tente de camping a été installée sur la place.', 'tente'), 'NOUN tente');
    assert.equal(tagOf('Sa mort subite et brutale a surpris.', 'subite'), 'ADJ subit');
  });

  it('does not teach a capitalised common noun opening a sentence or a headline with no determiner before its verb: a company (« Logiciels : Oracle s\'empare de »)', async () => {
    const vocab = await taught('Logiciels : Oracle s\'empare d\'un concurrent pour 9 milliards de dollars.');
    assert.ok(!has(vocab, 'oracle'), vocab.join(', '));
    assert.ok(has(vocab, 'concurrent'), vocab.join(', '));
  });

  it('does not teach the words of a capitalised name as the common word or set phrase (« au Parc des Princes », « le Stade olympique grenoblois »), while institutions and events written with a capital stay taught', async () => {
    const vocab = await taught(
      [
        'Le match s\'est joué au Parc des Princes devant 45 000 spectateurs.',
        'Le Stade olympique grenoblois a remporté le titre après une saison difficile.',
        'Il a été élu au Conseil départemental de l\'Isère après la Guerre civile libanaise.',
      ].join('\n\n'),
    );
    assert.ok(!has(vocab, 'prince') && !has(vocab, 'stade olympique'), vocab.join(', '));
    assert.ok(has(vocab, 'conseil départemental') && has(vocab, 'guerre civile'), vocab.join(', '));
    // In lower case the set phrase is taught.
    assert.ok(has(await taught('Les athlètes ont défilé dans le stade olympique de la ville.'), 'stade olympique'));
  });

  it('does not teach a set phrase that fills a quotation on its own with a capital, a name (« appellent ces régions « Zones rouges » »)', async () => {
    assert.ok(!has(await taught('Les géologues appellent ces régions « Zones rouges ».'), 'zone rouge'));
    assert.ok(has(await taught('Le département a été classé en zone rouge par les autorités.'), 'zone rouge'));
  });

  it('reads a long fixed adverbial whose last noun the text writes in the plural (« à quelques minutes d\'intervalles »)', () => {
    const found = probe.lemmas('Deux explosions, survenues à quelques minutes d\'intervalles, ont secoué la ville.');
    assert.ok(found.includes("à quelques minutes d'intervalle") && !found.includes('à quelques minutes de'), found.join(', '));
    // A two-word phrase keeps its number: « accusé de faits de corruption » is no « de fait ».
    assert.ok(!probe.lemmas('Il est accusé de faits de corruption et de fraude.').includes('de fait'));
  });

  it('does not match a prepositional phrase across a verb\'s preposition and a noun compound (« a tourné à l\'épreuve de force »: tourner à + épreuve de force)', () => {
    const found = probe.lemmas('Le débat a vite tourné à l\'épreuve de force entre les deux camps.');
    assert.ok(found.includes('tourner à') && found.includes('épreuve de force') && !found.includes("à l'épreuve de"), found.join(', '));
    assert.ok(probe.lemmas('Ce gilet est à l\'épreuve des balles.').includes("à l'épreuve de"));
  });

  it('gives the frequent news lemmas ranked 301-900 in the 2016 articles their common second sense (spécialité = a sport\'s discipline, so « les meilleures de la spécialité » is not settled on speciality)', async () => {
    const source = await quizSourceOfText('Elle a battu les meilleures de la spécialité lors des championnats du monde de triathlon.');
    const entry = source.vocab.find((v) => v.lemma === 'spécialité');
    assert.ok(entry, source.vocab.map((v) => v.lemma).join(', '));
    assert.equal(entry.settled, false);
    assert.match(entry.gloss, /discipline/u);
  });

  it('does not teach « maintenant que » (now that) where its que is the restriction of ne … que (« ne contrôlent maintenant que quelques quartiers »)', async () => {
    assert.ok(!has(await taught('Les rebelles ne tiennent maintenant que deux quartiers de la ville.'), 'maintenant que'));
    assert.ok(has(await taught('Maintenant que la paix est signée, les réfugiés rentrent chez eux.'), 'maintenant que'));
  });
});
