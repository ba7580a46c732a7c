// The classes of 53-s10-classes.tsv (issue 11) and the rows moved back from the collocation files to
// 52-s10-scored-from-unscored.tsv, through the real analyzer and the shipped entries, on sentences
// written for this test: an entry ending in `(inf)` needs an infinitive after it (« il eut à
// repousser », never « il y a à Paris »), and a verbal entry written adverb first (mal tourner, tout
// donner) takes the participle after the auxiliary (« a mal tourné »), not after a noun; a
// comparative correlative (plus … plus) pairs two clauses, each opened by its comparative.
import { strict as assert } from 'node:assert';
import { displayLemma } from '../../src/core/text/expressions';
import { expressionFinder } from './helpers/expressionMatches';

describe('expression classes of session 10: à + infinitive, adverb + verb, rows moved back (issue 11)', function () {
  this.timeout(60000);
  let found: (text: string) => string[];
  before(() => {
    found = expressionFinder();
  });
  const has = (text: string, expected: string) => assert.ok(found(text).includes(expected), `« ${text} »: ${found(text).join('; ')}`);
  const lacks = (text: string, lemma: string) => assert.ok(!found(text).some((m) => m.startsWith(`${lemma} =`)), `« ${text} »: ${found(text).join('; ')}`);

  it('avoir à + infinitive is found, also before a clitic and under negation', () => {
    has("À peine avait-il distribué les armes qu'il eut à repousser l'attaque.", 'avoir à = eut à');
    has("Le ministre n'a pas à s'excuser.", 'avoir à = a à');
    has('Elle a eu à le défendre devant le juge.', 'avoir à = eu à');
  });

  it('an (inf) entry is not matched before a noun phrase: « il y a à Paris », « tenue à Alger », « il vient à Paris »', () => {
    lacks('Il y a à Paris plusieurs musées.', 'avoir à');
    lacks('La conférence tenue à Alger a pris fin.', 'tenir à');
    lacks('Il vient à Paris lundi.', 'venir à');
  });

  it('tenir à and venir à before an infinitive', () => {
    has('Le maire tient à remercier les secours.', 'tenir à = tient à');
    has("S'il venait à disparaître, le parti serait perdu.", 'venir à = venait à');
  });

  it('the (inf) marker is notation, not French: the lemma shown is « avoir à »', () => {
    assert.equal(displayLemma('avoir à (inf)'), 'avoir à');
  });

  it('verb + adverb idioms written adverb first take the participle after the auxiliary', () => {
    has('Le procès a mal tourné.', 'mal tourner = mal tourné');
    has("J'ai tout donné pendant la finale.", 'tout donner = tout donné');
    has('Le parti a tout fait pour gagner.', 'faire tout pour = tout fait pour');
    has('La soirée risque de mal finir.', 'mal finir = mal finir');
  });

  it('after a noun, adverb + participle is an adjective phrase: « un film mal tourné »', () => {
    lacks('Ils ont vu un film mal tourné.', 'mal tourner');
  });

  it('comparative correlatives: each comparative opens its clause, the second after a comma, across a clause of up to twelve words', () => {
    has('Plus il attend, plus le prix monte.', 'plus … plus = Plus plus');
    has('En effet, plus la proximité génétique est grande, plus il devrait y avoir de volontaires.', 'plus … plus = plus plus');
    has('Moins on en sait, moins on a peur.', 'moins … moins = Moins moins');
    has('Plus il gagne, moins il dépense.', 'plus … moins = Plus moins');
  });

  it('not a correlative: « le plus grand et le plus ancien », « plus de 300 morts, plus de 20 blessés »', () => {
    lacks('C’est le plus grand et le plus ancien pont de la ville.', 'plus … plus');
    lacks('Il gagne plus, et plus vite.', 'plus … plus');
    lacks('Plus de 300 personnes sont mortes, plus de 20 sont blessées.', 'plus … plus');
  });

  it('rows moved back from the collocation files are found as before', () => {
    has('Le président a assisté à la cérémonie.', 'assister à = assisté à');
    has('Le médecin était de garde cette nuit-là.', 'être de garde = était de garde');
  });
});
