// The matching rules of issue 11's sixth round, through the real analyzer and the shipped entries:
// literal readings a context rules out (src/core/text/expressionContext.ts), compounds written
// without their hyphens, entries written in the plural, a de-complement given as en or a que clause,
// a passive participle before a gap, and the overlap rule's content-word tie-break.
import { strict as assert } from 'node:assert';
import { ExpressionMatcher, parseExpressions } from '../../src/core/text/expressions';
import type { AnalyzedToken, Upos } from '../../src/core/text/types';
import { expressionProbe } from './helpers/expressionMatches';

describe('expression rules, round 6 (issue 11)', function () {
  this.timeout(60000);
  const { analyze, found, lemmas } = expressionProbe();

  describe('literal readings', () => {
    it('a gerund with an object is the verb: « en attendant le verdict » is not en attendant (in the meantime)', () => {
      assert.ok(!lemmas('En attendant le verdict, il reste chez lui.').includes('en attendant'));
      assert.ok(!lemmas('Il lit en attendant son train.').includes('en attendant'));
      assert.ok(lemmas('En attendant, il reste chez lui.').includes('en attendant'), 'alone it is the adverb');
    });

    it('a preposition and bare noun before an adjective is the noun phrase: « en ligne droite », « au pouvoir civil »', () => {
      assert.ok(!lemmas('La route file en ligne droite vers le nord.').includes('en ligne'));
      assert.ok(!lemmas('Ils sont favorables à la démocratie et au pouvoir civil.').includes('au pouvoir'));
      assert.ok(lemmas('Le journal est en ligne depuis mardi.').includes('en ligne'));
      assert.ok(lemmas('Le président, au pouvoir depuis 2010, a perdu.').includes('au pouvoir'));
    });

    it('keeps the phrase when it is an adverb on the adjective: « en partie responsable de »', () => {
      assert.ok(lemmas('Le ministre est en partie responsable de la crise.').includes('en partie'));
    });

    it('a phrase opening on a verb, after ne, is the verb negated: « il ne reste que » is not reste que', () => {
      assert.ok(!lemmas('Il ne reste que deux jours avant le vote.').includes('reste que'));
      assert.ok(!lemmas("Il ne leur reste que l'espoir.").includes('reste que'));
      assert.ok(lemmas('Reste que la décision est difficile.').includes('reste que'));
    });

    it('à hauteur de reads "to the tune of" before an amount and "level with" before a place', () => {
      const gloss = (text: string): string => analyze(text).expressions.find((e) => e.lemma === 'à hauteur de')!.gloss;
      assert.match(gloss("L'État participe à hauteur de 20 millions d'euros."), /^to the tune of/);
      assert.match(gloss("L'État participe à hauteur de plusieurs millions d'euros."), /^to the tune of/);
      assert.match(gloss('Le navire est arrivé à hauteur de Lyon.'), /^level with/);
      assert.match(gloss('La colonne est passée à hauteur du 35e RI.'), /^level with/, 'an ordinal is no amount');
    });
  });

  describe('compounds and inflection', () => {
    it('matches a compound written without its hyphens: « au delà de », « c’est à dire », « Haut commissariat »', () => {
      assert.ok(found('Il est allé au delà de ses limites.').some((e) => e.includes('au-delà de = au delà de')));
      assert.ok(found('Le prix monte au delà de mille euros.').some((e) => e.includes('au-delà de = au delà de')));
      assert.ok(lemmas("C'est à dire que rien ne change.").includes("c'est-à-dire"));
      assert.ok(lemmas('Le Haut commissariat a réagi.').includes('haut-commissariat'));
    });

    it('never splits a hyphenated verb form: « il peut être » is no compound', () => {
      assert.deepEqual(lemmas('Il peut être content.'), []);
    });

    it('an entry written in the plural matches the plural only: « le travail forcé » is not travaux forcés (hard labour)', () => {
      assert.ok(!lemmas('Le travail forcé des enfants est interdit.').includes('travaux forcés'));
      assert.ok(found('Il a été condamné aux travaux forcés.').includes('travaux forcés = travaux forcés'));
      // A fixed phrase keeps its singular (en coulisses, « en coulisse »); a feminine entry word still
      // matches every form (relation bilatérale).
      assert.ok(lemmas('Il joue de son influence en coulisse.').includes('en coulisses'));
      assert.ok(found('Les relations bilatérales se sont améliorées.').includes('relation bilatérale = relations bilatérales'));
    });

    it('a participle after its noun, other determiners, adverbs, negation and clitics between members', () => {
      assert.ok(found('Une décision a été prise hier.').includes('prendre une décision = décision prise'));
      assert.ok(found('Les deux pays ont joué des rôles majeurs.').includes('jouer un rôle = joué des rôles'));
      assert.ok(found("Il ne s'y est pas rendu.").includes("s'y rendre = s' y rendu"));
      assert.ok(found("Il a tiré hier la sonnette d'alarme.").includes("tirer la sonnette d'alarme = tiré la sonnette d' alarme"));
    });
  });

  describe('words between members', () => {
    it('a participle after its noun across a relative clause: « la décision qu’il a prise », « le rôle qu’elle a joué »', () => {
      assert.ok(found("La décision qu'il a prise est juste.").includes('prendre une décision = décision prise'));
      assert.ok(found("Le rôle qu'elle a joué est clé.").includes('jouer un rôle = rôle joué'));
    });

    it('a participle after its noun and coordinated adjectives: « les dispositions administratives et juridiques déjà prises »', () => {
      assert.ok(found('Les dispositions administratives et juridiques déjà prises sont bonnes.').includes('prendre des dispositions = dispositions prises'));
    });

    it('a preposition alone between commas is an aside: « il s’agit, depuis, d’un hôtel »', () => {
      assert.ok(found("Il s'agit, depuis, d'un hôtel de luxe.").includes("il s'agit de = Il s' agit d'"));
    });
  });

  describe('verbs and their complements', () => {
    it('se féliciter de with its complement given as en or a que clause: « s’en est félicité », « se félicite que »', () => {
      assert.ok(found("Le ministre s'en est félicité.").includes('se féliciter de = s\' félicité'));
      assert.ok(found("Paris se félicite que l'accord soit signé.").includes('se féliciter de = se félicite'));
      assert.ok(found('Il en a besoin.').includes('avoir besoin de = a besoin'));
      // Without de, en or que it is no expression (« Le ministre se félicite. » is too short to tell).
      assert.ok(!lemmas('Le président a félicité le ministre.').includes('se féliciter de'));
      assert.ok(!lemmas("Il l'a félicité de sa victoire.").includes('se féliciter de'));
    });

    it('a passive participle takes no gap past its own complement: « accusée de corruption et d’abus » is not accuser … de across « de corruption et »', () => {
      const matches = found("La présidente, accusée de corruption et d'abus de pouvoir, est partie.");
      assert.ok(!matches.some((e) => e.startsWith('accuser … de')), matches.join('; '));
      assert.ok(found('Il a accusé le ministre de mentir.').includes('accuser … de = accusé de'), 'the active keeps its gap');
    });
  });

  describe('overlaps', () => {
    it('prêt à tout wins over être prêt à: at equal length, the entry with more content words', () => {
      assert.ok(found('Il est prêt à tout pour gagner.').includes('prêt à tout = prêt à tout'));
      assert.ok(found('Il est prêt à négocier.').includes('être prêt à = est prêt à'));
    });

    it('states its order: parts, then slots, then skipped words, then head tag, then content words, then frequency', () => {
      const tokens = (spec: string): AnalyzedToken[] => {
        let pos = 0;
        return spec.split(' ').map((item) => {
          const [form = '', lemma = '', upos = 'X'] = item.split('/');
          const t: AnalyzedToken = { form, lemma, upos: upos as Upos, start: pos, end: pos + form.length, kind: 'word' };
          pos += form.length + 1;
          return t;
        });
      };
      // Same parts, no slots, nothing skipped, both heads agree: the entry of more content words
      // wins, whatever the file order.
      for (const rows of [
        ['être prêt à\tVERB\tto be ready to\t', 'prêt à tout\tADJ\tready for anything\t'],
        ['prêt à tout\tADJ\tready for anything\t', 'être prêt à\tVERB\tto be ready to\t'],
      ]) {
        const matcher = new ExpressionMatcher(parseExpressions(['expression\tupos\tgloss\tnote', ...rows].join('\n')));
        const ts = tokens('est/être/AUX prêt/prêt/ADJ à/à/ADP tout/tout/PRON');
        assert.deepEqual(matcher.match(ts).map((m) => m.lemma), ['prêt à tout']);
      }
    });
  });
});
