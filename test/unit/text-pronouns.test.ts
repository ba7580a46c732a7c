// Pronouns and the words next to them, read as a learner needs them: each personal pronoun keeps
// its own lemma and gloss (Ils = they, not "them"), s' before il(s) is si, object pronouns are
// told from articles, and a noun that is its own lemma is not taken for a pronoun's plural.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

/** form/lemma/UPOS/gloss of one token of a text (the first with that form). */
function reading(analyzer: Analyzer, text: string, form: string, nth = 0): string {
  const t = analyzer.analyze(text).tokens.filter((x) => x.form === form)[nth];
  assert.ok(t, `${form} in ${text}`);
  return `${t.lemma}/${t.upos}/${t.gloss ?? ''}`;
}

describe('analysis: pronouns', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  it('subject pronouns keep their own lemma and gloss', () => {
    assert.equal(reading(analyzer, 'Ils ont fait des préparatifs.', 'Ils'), 'ils/PRON/they');
    assert.equal(reading(analyzer, 'Il a rencontré le ministre.', 'Il'), 'il/PRON/he; it');
    assert.equal(reading(analyzer, 'Elle a répondu.', 'Elle'), 'elle/PRON/she; it; her');
    assert.equal(reading(analyzer, 'Elles sont parties.', 'Elles'), 'elles/PRON/they (fem.)');
    assert.equal(reading(analyzer, 'Que pense-t-il de cela ?', '-t-il'), 'il/PRON/he; it');
  });

  it('object pronouns are told from articles, and glossed as objects', () => {
    assert.equal(reading(analyzer, 'Il veut l\u2019enrichir.', 'l\u2019'), 'le/PRON/him; it');
    assert.equal(reading(analyzer, 'La Chine était prête à la recevoir.', 'la', 0), 'la/PRON/her; it');
    assert.equal(reading(analyzer, 'Il les a vus.', 'les'), 'les/PRON/them');
    assert.equal(reading(analyzer, 'Il leur a parlé.', 'leur'), 'leur/PRON/them; to them');
    assert.equal(reading(analyzer, 'Les ministres.', 'Les'), 'le/DET/the');
  });

  it('glosses each possessive determiner as its own person, though UD gives them all the lemma son', () => {
    const text = 'Ils ont quitté leur maison et leurs amis ; nous avons vu notre ami et nos voisins ; sa voiture, ses livres ; votre avis, vos idées ; mon frère, tes sœurs.';
    assert.equal(reading(analyzer, text, 'leur'), 'son/DET/their');
    assert.equal(reading(analyzer, text, 'leurs'), 'son/DET/their');
    assert.equal(reading(analyzer, text, 'notre'), 'son/DET/our');
    assert.equal(reading(analyzer, text, 'nos'), 'son/DET/our');
    assert.equal(reading(analyzer, text, 'sa'), 'son/DET/his; her; its');
    assert.equal(reading(analyzer, text, 'ses'), 'son/DET/his; her; its');
    assert.equal(reading(analyzer, text, 'votre'), 'son/DET/your');
    assert.equal(reading(analyzer, text, 'vos'), 'son/DET/your');
    assert.equal(reading(analyzer, text, 'mon'), 'son/DET/my');
    assert.equal(reading(analyzer, text, 'tes'), 'son/DET/your');
    // The same for the other determiners whose lemma is another word: ces is not ce (this), des not un (a).
    assert.equal(reading(analyzer, 'Ces mesures et des soldats.', 'Ces'), 'ce/DET/these; those');
    assert.equal(reading(analyzer, 'Ces mesures et des soldats.', 'des'), 'un/DET/some (the plural of a, an, often left untranslated)');
  });

  it("reads s' before il and ils as si (if), and before a verb as se", () => {
    assert.equal(reading(analyzer, "S'il vient, nous partirons.", "S'"), 'si/SCONJ/if; whether');
    assert.equal(reading(analyzer, "Ils viendront s'ils le peuvent.", "s'"), 'si/SCONJ/if; whether');
    assert.equal(reading(analyzer, "Il s'est entretenu avec lui.", "s'").split('/')[0], 'soi');
  });

  it('reads mois as the month, not as a plural of moi', () => {
    assert.equal(reading(analyzer, 'Dans trois mois, il partira.', 'mois'), 'mois/NOUN/month');
    assert.equal(reading(analyzer, 'A un mois du scrutin.', 'mois'), 'mois/NOUN/month');
  });

  it("the first shipped lesson's Ils reads \"they\"", () => {
    const file = join(__dirname, '..', '..', 'lessons', 'wang-yi-lavrov', '01-rencontre.md');
    const doc = buildReaderDocument(parseLesson(readFileSync(file, 'utf8'), file), analyzer);
    const ils = doc.units.find((u) => u.text === 'Ils');
    assert.ok(ils, 'the lesson has « Ils »');
    assert.equal(ils.lemma, 'ils');
    assert.match(ils.gloss ?? '', /^they\b/);
  });
});

describe('analysis: elided words and clitic pronouns (issue 11)', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  it("an elided article before a quote keeps its apostrophe and is the article: l'« ennemi »", () => {
    const tokens = analyzer.analyze('Il qualifie l\u2019« ennemi » de menace.').tokens;
    const l = tokens.find((t) => t.form.startsWith('l'))!;
    assert.equal(l.form, 'l\u2019');
    assert.equal(`${l.lemma}/${l.upos}`, 'le/DET');
    assert.equal(reading(analyzer, "Un avis d'« alerte » maximale.", "d'"), 'de/ADP/of; from; by; with');
  });

  it('en and y before a verb are pronouns; en before a gerund is the preposition', () => {
    assert.match(reading(analyzer, 'Il en parle souvent.', 'en'), /^en\/PRON\//);
    assert.match(reading(analyzer, 'Il y pense.', 'y'), /^y\/PRON\/there/);
    assert.match(reading(analyzer, 'Il est parti en courant.', 'en'), /^en\/ADP\//);
  });

  it("s' before il(s) is si, not the reflexive", () => {
    assert.match(reading(analyzer, "S'il vient, nous partirons.", "S'"), /^si\/SCONJ\/if/);
    assert.match(reading(analyzer, "Il s'est rendu à Pékin.", "s'"), /^soi\/PRON\//);
  });
});
