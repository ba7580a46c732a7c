// The matching classes of issue 11 ("Expressions that just work"), through the real analyzer and
// the shipped entries of src/core/text/data/expressions/00-core.tsv: lemmas, slots, skipped
// adverbs/negation/quotes, clitics, fixed negation, gaps, and the overlap rule.
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { ExpressionMatcher, memberLexicon, parseExpressions, precompileExpressions } from '../../src/core/text/expressions';
import { Lexicon } from '../../src/core/text/lexicon';
import type { Analysis } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';
import { describeMatches } from './helpers/expressionMatches';

describe('expression matching (issue 11)', function () {
  this.timeout(60000);
  let analyze: (text: string) => Analysis;
  let lexicon: Lexicon;
  before(() => {
    const dataDir = analysisDataDir();
    lexicon = new Lexicon(dataDir);
    const analyzer = createAnalyzer({ dataDir, lexicon });
    analyze = (text) => analyzer.analyze(text);
  });
  const found = (text: string): string[] => describeMatches(analyze(text));

  it('matches every member on its lemma: « relations bilatérales » is relation bilatérale', () => {
    assert.ok(found('Les relations bilatérales se sont améliorées.').includes('relation bilatérale = relations bilatérales'));
  });

  it('matches a conjugated verb with a determiner slot: « ont pris le contrôle de », « prendre un contrôle total de »', () => {
    // The literal entry (more parts) wins where the text has its determiner; the slot takes the others.
    assert.ok(found("Les rebelles ont pris le contrôle de l'aéroport.").includes('prendre le contrôle de = pris le contrôle de'));
    assert.ok(found("Ils veulent prendre un contrôle de l'aéroport.").includes('prendre … contrôle de = prendre contrôle de'));
  });

  it('matches a conjugated support verb: « ont fait front commun »', () => {
    assert.ok(found('Les syndicats ont fait front commun contre la réforme.').includes('faire front commun = fait front commun'));
    assert.ok(found('Les syndicats font désormais front commun.').includes('faire front commun = font front commun'));
  });

  it('fills the (det) and (adj) slots: « attache de l’importance à », « attachons une grande importance à »', () => {
    // The card shows the slots as « … »: "(det)" is the matcher's notation, not French.
    assert.ok(found("Le pays attache de l'importance à ce dossier.").includes('attacher … importance à = attache importance à'));
    assert.ok(found('Nous attachons une grande importance à la paix.').includes('attacher … importance à = attachons importance à'));
  });

  it('finds the negation an idiom fixes: « n’a cessé de » is ne cesser de, « ne connaissent pas la crise »', () => {
    assert.ok(found("Le président n'a cessé de répéter son message.").includes("ne cesser de = n' cessé de"));
    assert.ok(found('Les marchands d’armes ne connaissent pas la crise.').includes('ne pas connaître la crise = ne connaissent pas la crise'));
    // Without the negation it is not the idiom.
    assert.ok(!found('Les prix cessent de monter.').some((e) => e.startsWith('ne cesser de')));
  });

  it('never reads « plus de » as "more than" after a negation: « n’a plus de pouvoirs » is ne … plus', () => {
    assert.ok(!found("Le président n'a plus de pouvoirs.").some((e) => e.startsWith('plus de')));
    assert.ok(!found('Il ne dispose plus de commerce.').some((e) => e.startsWith('plus de')));
    assert.ok(found('Il a passé plus de trois heures à Moscou.').some((e) => e.startsWith('plus de')), 'without negation it is the expression');
    assert.ok(!found('Il fut le poète qui eut le plus de lecteurs.').some((e) => e.startsWith('plus de')), 'the superlative is "the most"');
  });

  it('skips an auxiliary and an adverb inside a verbal expression: « a ensuite pris le contrôle de »', () => {
    const analysis = analyze("L'armée a ensuite pris le contrôle de la ville.");
    assert.ok(describeMatches(analysis).includes('prendre le contrôle de = pris le contrôle de'));
    const ensuite = analysis.tokens.find((t) => t.form === 'ensuite')!;
    assert.equal(ensuite.expression, undefined, 'the adverb keeps its own analysis');
  });

  it('skips an adverb between commas inside a fixed phrase: « à cause, précisément, de »', () => {
    assert.ok(found('Le projet a échoué à cause, précisément, de la pluie.').includes('à cause de = à cause de'));
  });

  it('matches reflexive and clitic forms: « s’en sont pris aux », « s’y est rendue »', () => {
    assert.ok(found("Les manifestants s'en sont pris aux forces de l'ordre.").includes("s'en prendre à = s' en pris aux"));
    assert.ok(found("La ministre s'y est rendue mardi.").includes("s'y rendre = s' y rendue"));
  });

  it('matches across an adverb and quote marks: « tirait alors « la sonnette d’alarme » »', () => {
    const analysis = analyze("Le médecin tirait alors « la sonnette d'alarme » sur la situation.");
    assert.ok(describeMatches(analysis).includes("tirer la sonnette d'alarme = tirait la sonnette d' alarme"));
    const e = analysis.expressions.find((x) => x.lemma === "tirer la sonnette d'alarme")!;
    assert.equal(analysis.tokens[e.first]!.form, 'tirait');
    assert.equal(analysis.tokens[e.last]!.form, 'alarme');
    for (const t of analysis.tokens.slice(e.first, e.last + 1)) {
      if (t.form === 'alors' || t.form === '«') assert.equal(t.expression, undefined, `${t.form} is in the gap`);
    }
  });

  it('matches a discontinuous expression with a gap: « a appelé les pays voisins à »', () => {
    const analysis = analyze('Le secrétaire général a appelé les pays voisins à la prudence.');
    assert.ok(describeMatches(analysis).includes('appeler … à = appelé à'));
    const pays = analysis.tokens.find((t) => t.form === 'pays')!;
    assert.equal(pays.expression, undefined, 'the gap words keep their own analysis');
    assert.equal(pays.lemma, 'pays');
  });

  it('matches an impersonal entry with its subject inverted: « s’agit-il d’ » is il s’agit de', () => {
    assert.ok(found("Mais s'agit-il d'une erreur ?").includes("il s'agit de = s' agit -il d'"));
    // « De quoi s'agit-il d'abord ? »: the complement is de quoi; d'abord (first) is the adverb.
    assert.ok(found("De quoi s'agit-il d'abord ?").includes("d'abord = d' abord"));
  });

  it('does not read the subject nous/vous as a reflexive: « Nous avons passé » is not se passer', () => {
    assert.ok(!found('Nous avons passé la journée à Lyon.').some((e) => e.startsWith('se passer')));
    assert.ok(!found('Et vous passez la frontière.').some((e) => e.startsWith('se passer')));
    assert.ok(found('Nous nous sommes rendus à Paris.').includes('se rendre à = nous rendus à'));
  });

  it('matches a feminine noun on its masculine: « conseillères générales » is conseiller général', () => {
    assert.ok(found('Les conseillères générales ont voté.').includes('conseiller général = conseillères générales'));
  });

  it('matches a hyphenated compound the tokenizer keeps whole where the word has no gloss: « plate-bande », « c’est-à-dire »', () => {
    assert.ok(found('Il plante une plate-bande de fleurs.').includes('plate-bande = plate-bande'));
    assert.ok(found("La ville, c'est-à-dire le centre, a voté.").includes("c'est-à-dire = c'est-à-dire"));
    // A word the lexicon glosses stays a word (its progress key is the learner's).
    assert.ok(!found('Le cessez-le-feu tient.').some((e) => e.startsWith('cessez-le-feu')));
  });

  it('reads a capital A without its accent as à in a fixed phrase: « A partir de »', () => {
    assert.ok(found('A partir de lundi, les écoles ferment.').includes('à partir de = A partir de'));
  });

  it('does not read a cleft « c’est alors que » as the conjunction alors que', () => {
    assert.ok(!found("C'est alors que la guerre éclata.").some((e) => e.startsWith('alors que')));
    assert.ok(found('Il pleut alors que le soleil brille.').includes('alors que = alors que'), 'outside a cleft it is the conjunction');
  });

  it('skips adjectives and participles after a noun inside a verbal expression: « trouve trace écrite de »', () => {
    assert.ok(found('On trouve trace écrite de ce village en 1178.').includes('trouver trace de = trouve trace de'));
  });

  it('matches a support verb after its noun as a participle: « le rôle joué par »', () => {
    assert.ok(found("Le rôle joué par l'Algérie a été salué.").includes('jouer un rôle = rôle joué'));
    assert.ok(!found("Le rôle principal revient à l'Algérie.").some((e) => e.startsWith('jouer un rôle')), 'no participle, no expression');
  });

  it('matches a verb the tagger read as another word: « prête serment »', () => {
    const analysis = analyze('Le ministre prête serment depuis hier.');
    assert.notEqual(analysis.tokens[2]!.upos, 'VERB', 'the case this covers: prête is not read as the verb');
    assert.ok(describeMatches(analysis).includes('prêter serment = prête serment'));
    // A noun after its determiner stays the noun: « le manque d'hygiène » is not manquer de.
    assert.ok(!found("Le manque d'hygiène publique a tué.").some((e) => e.startsWith('manquer de')));
  });

  it('matches any determiner where a verbal entry writes un/une: « rendra son verdict » is rendre un verdict', () => {
    assert.ok(found('Le tribunal rendra son verdict lundi.').includes('rendre un verdict = rendra son verdict'));
    assert.ok(found('Le tribunal a rendu un verdict clair.').includes('rendre un verdict = rendu un verdict'));
  });

  it('matches a verb + preposition + noun entry with its object between: « mettre tout cela en œuvre »', () => {
    const analysis = analyze('Il faut mettre tout cela en œuvre.');
    assert.ok(describeMatches(analysis).includes('mettre en œuvre = mettre en œuvre'));
    assert.equal(analysis.tokens.find((t) => t.form === 'cela')!.expression, undefined, 'the object is the gap');
    assert.ok(!found('Il met sa veste en partant.').some((e) => e.startsWith('mettre en')), 'a verb form after the gap is no object');
  });

  it('reads a conjugated verb as the verbal entry, not the noun its participle spells: « mettaient en place »', () => {
    assert.ok(found('Ils mettaient en place un plan.').includes('mettre en place = mettaient en place'));
    assert.ok(found('La mise en place du plan a pris un an.').includes('mise en place = mise en place'), 'the noun stays the noun');
  });

  it('matches the same with the build’s precompiled rows as with the authored ones', () => {
    const authored = [
      'expression\tupos\tgloss\tnote',
      'relation bilatérale\tNOUN\tbilateral relations\t',
      "tirer la sonnette d'alarme\tVERB\tto sound the alarm\t",
      'ne cesser de\tVERB\tto keep (doing)\t',
      'appeler … à\tVERB\tto call on to\t',
      'attacher (det) (adj) importance à\tVERB\tto attach importance to\t',
    ].join('\n');
    const precompiled = precompileExpressions(authored, memberLexicon(lexicon));
    assert.match(precompiled.split('\n')[1]!, /\trelation bilatérale\|bilatéral\t\d+$/);
    const text = "Les relations bilatérales n'ont cessé de tirer alors « la sonnette d'alarme ». Il a appelé les pays à attacher une grande importance à la paix.";
    const analysis = analyze(text);
    const run = (rows: string) => new ExpressionMatcher(parseExpressions(rows), memberLexicon(lexicon)).match(analysis.tokens);
    const found = run(authored);
    assert.equal(found.length, 5);
    assert.deepEqual(run(precompiled), found);
  });

  describe('overlaps', () => {
    const entries = (rows: string[]) => `expression\tupos\tgloss\tnote\n${rows.join('\n')}\n`;
    const matchWith = (rows: string[], text: string): string[] => {
      const matcher = new ExpressionMatcher(parseExpressions(entries(rows)), memberLexicon(lexicon));
      const analysis = analyze(text);
      return matcher.match(analysis.tokens).map((e) => `${e.lemma} = ${e.parts.map((p) => analysis.tokens[p]!.form).join(' ')}`);
    };

    it('the longer entry wins, whatever the file order', () => {
      const shorter = 'ministre des Affaires\tNOUN\tminister of affairs\t';
      const longer = 'ministre des Affaires étrangères\tNOUN\tforeign minister\t';
      const text = 'Le ministre des Affaires étrangères est arrivé.';
      const want = ['ministre des Affaires étrangères = ministre des Affaires étrangères'];
      assert.deepEqual(matchWith([shorter, longer], text), want);
      assert.deepEqual(matchWith([longer, shorter], text), want);
    });

    it('a longer entry that starts later still beats an earlier shorter one', () => {
      const early = 'mettre en\tVERB\tto put in\t';
      const late = 'en œuvre de la réforme\tNOUN\timplementation of the reform\t';
      const text = 'Il faut mettre en œuvre de la réforme.';
      const want = ['en œuvre de la réforme = en œuvre de la réforme'];
      assert.deepEqual(matchWith([early, late], text), want);
      assert.deepEqual(matchWith([late, early], text), want);
    });

    it('at equal length the entry without slots (the more specific) wins, whatever the file order', () => {
      const slotted = 'attacher (det) importance à\tVERB\tto attach importance to\t';
      const literal = 'attacher importance à\tVERB\tto attach importance to (literal)\t';
      const text = 'Il faut attacher importance à cela.';
      const want = ['attacher importance à = attacher importance à'];
      assert.deepEqual(matchWith([slotted, literal], text), want);
      assert.deepEqual(matchWith([literal, slotted], text), want);
    });
  });
});
