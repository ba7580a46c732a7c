// The matching rules of issue 11's tenth round, through the real analyzer and the shipped entries:
// the general causes of the tuning half's last three misses (a verb's object with its relative
// clause, a complex preposition whose en is lost, a noun entry written without its article) and of
// false finds of the visible sets, each as a rule.
import { strict as assert } from 'node:assert';
import { expressionProbe } from './helpers/expressionMatches';

describe('expression rules, round 10 (issue 11)', function () {
  this.timeout(60000);
  const { found, lemmas } = expressionProbe();

  it('a verb\'s object may carry a relative clause before the entry\'s à + infinitive: « appelle tous ceux qui continuent à parler de dette à changer »', () => {
    const f = found("J'appelle tous ceux qui continuent à vouloir évoquer les relations entre la France et l'Afrique en parlant de « dette » à changer de vocabulaire.");
    assert.ok(f.includes('appeler … à = appelle à'), f.join(' | '));
    assert.ok(found('Il appelle les pays qui ont signé le traité à respecter leurs engagements.').includes('appeler … à = appelle à'));
    assert.ok(!found("J'appelle tous ceux qui continuent à parler.").includes('appeler … à = appelle à'), 'the relative clause\'s own à is not the entry\'s');
    assert.ok(!lemmas("Il appelle ceux qui vivent dans la région où se trouve la ville à Paris.").includes('appeler … à'), 'a long gap only before an infinitive');
  });

  it('a complex preposition en + noun + de whose en is lost, after a noun and before an infinitive: « au niveau de l\'État vue d\'améliorer »', () => {
    assert.ok(found("Une action prise au plus haut niveau de l'État vue d'améliorer la situation.").includes('en vue de = vue d\''));
    assert.ok(!lemmas('La ville vue du ciel est belle.').includes('en vue de'), 'a participle before a noun phrase');
    assert.ok(!lemmas("Il a raison de partir.").includes('en raison de'), 'not after a verb');
    assert.ok(!lemmas('Il salue le public avant de partir.').includes('en avant de'), 'a preposition is no lost en\'s noun');
  });

  it('a noun entry « N de l\'N2 » also matches without its article when N2 keeps the entry\'s number: « des pères d\'église »', () => {
    assert.ok(found("Douze personnages, des apôtres ou des pères d'église, tiennent des phylactères.").includes("Père de l'Église = pères d' église"));
    assert.ok(found("Sa grève de faim dure depuis dix jours.").includes('grève de la faim = grève de faim'));
    assert.ok(found("Sa grève de la faim dure depuis dix jours.").includes('grève de la faim = grève de la faim'), 'the written form still matches');
    assert.ok(!lemmas("Les représentants d'États africains se réunissent.").includes("représentant de l'État"), 'a bare plural after de is an indefinite: not the entry');
  });

  it('a noun after a determiner and adjectives is not the verb its spelling can also be: « les différents procédés de dessalement »', () => {
    assert.ok(!lemmas('Il étudie les différents procédés de dessalement.').includes('procéder de'));
    assert.ok(!lemmas('Le manque d\'hygiène est grave.').includes('manquer de'));
  });
});
