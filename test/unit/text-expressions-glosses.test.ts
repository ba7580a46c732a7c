import { strict as assert } from 'node:assert';
import { ExpressionMatcher, parseExpressions } from '../../src/core/text/expressions';
import { GlossLookup, parseGlossRows } from '../../src/core/text/glosses';
import type { AnalyzedToken, Upos } from '../../src/core/text/types';

/** Hand-analysed tokens: `form/lemma/UPOS` each. */
function tokens(spec: string): AnalyzedToken[] {
  let pos = 0;
  return spec.split(' ').map((item) => {
    const [form = '', lemma = '', upos = 'X'] = item.split('/');
    const t: AnalyzedToken = { form, lemma, upos: upos as Upos, start: pos, end: pos + form.length, kind: upos === 'PUNCT' ? 'punct' : 'word' };
    pos += form.length + 1;
    return t;
  });
}

const EXPRESSIONS = `# test list
expression\tupos\tgloss\tnote
chef d'État\tNOUN\thead of state\t
pour sa part\tADV\tfor his/her part\t
s'entretenir avec\tVERB\tto hold talks with\t
être disposé à\tVERB\tto be willing to\t
ministre des Affaires étrangères\tNOUN\tforeign minister\t
ministre des Affaires\tNOUN\tminister of affairs\tshorter, must lose to the longer one
`;

describe('expressions', () => {
  const matcher = new ExpressionMatcher(parseExpressions(EXPRESSIONS));
  const found = (spec: string): string[] => {
    const ts = tokens(spec);
    return matcher.match(ts).map((m) => `${m.lemma}:${ts.slice(m.first, m.last + 1).map((t) => t.form).join(' ')}`);
  };

  it('skips comments and the header row', () => {
    assert.equal(parseExpressions(EXPRESSIONS).length, 6);
  });

  it('matches on lemmas through inflection and an unaccented capital', () => {
    assert.deepEqual(found("les/le/DET chefs/chef/NOUN d'/de/ADP Etat/État/NOUN"), ["chef d'État:chefs d' Etat"]);
  });

  it('takes the longest expression at a position', () => {
    assert.deepEqual(found('le/le/DET ministre/ministre/NOUN des/de/ADP Affaires/affaire/NOUN étrangères/étranger/ADJ'), [
      'ministre des Affaires étrangères:ministre des Affaires étrangères',
    ]);
  });

  it('treats possessives as one slot and se/s\' as any reflexive pronoun', () => {
    assert.deepEqual(found('pour/pour/ADP leur/son/DET part/part/NOUN'), ['pour sa part:pour leur part']);
    assert.deepEqual(found('nous/nous/PRON nous/nous/PRON entretenons/entretenir/VERB avec/avec/ADP'), [
      "s'entretenir avec:nous entretenons avec",
    ]);
  });

  it('skips auxiliaries inside a match and accepts a feminine participle', () => {
    assert.deepEqual(found("il/il/PRON s'/soi/PRON est/être/AUX entretenu/entretenir/VERB avec/avec/ADP"), [
      "s'entretenir avec:s' est entretenu avec",
    ]);
    assert.deepEqual(found('elle/elle/PRON était/être/AUX disposée/disposer/VERB à/à/ADP'), ['être disposé à:était disposée à']);
  });

  it('does not match across a word that is not in the expression', () => {
    assert.deepEqual(found("chef/chef/NOUN du/de/ADP État/État/NOUN"), []);
  });
});

describe('glosses', () => {
  const core = parseGlossRows(`# comment
lemma\tupos\tgender\tgloss\tnote
total\tADJ\t\ttotal; complete\t
signer\tVERB\t\tto sign\t
président\tNOUN\tm\tpresident\t
prendre\tVERB\t\tto take\t
`);
  // The English words the authored glosses use and the dictionary's words the checked endings make
  // (dist/data/english.tsv): what unreliable endings must make.
  const english = new Set(['diplomatic', 'dangerous', 'judicial', 'stability', 'modernize']);
  const glosses = new GlossLookup(core, undefined, english);

  it('reads authored rows with gender and marks them core', () => {
    assert.deepEqual(glosses.gloss('président', 'NOUN'), { gloss: 'president', source: 'core', gender: 'm' });
  });

  it('derives adverbs in -ment, prefixed words and participles from glossed bases, marked auto', () => {
    assert.deepEqual(glosses.gloss('totalement', 'ADV'), { gloss: 'totally', source: 'auto' });
    assert.deepEqual(glosses.gloss('vice-président', 'NOUN'), { gloss: 'vice-president', source: 'auto' });
    assert.deepEqual(glosses.gloss('signé', 'ADJ'), { gloss: 'signed', source: 'auto' });
    assert.deepEqual(glosses.gloss('reprendre', 'VERB'), { gloss: 'to take again', source: 'auto' });
  });

  it('renders cognate endings: -ité, -isation, -ique, -eux, -iser', () => {
    assert.equal(glosses.gloss('stabilité', 'NOUN')?.gloss, 'stability');
    assert.equal(glosses.gloss('normalisation', 'NOUN')?.gloss, 'normalization');
    assert.equal(glosses.gloss('diplomatique', 'ADJ')?.gloss, 'diplomatic');
    assert.equal(glosses.gloss('dangereux', 'ADJ')?.gloss, 'dangerous');
    assert.equal(glosses.gloss('moderniser', 'VERB')?.gloss, 'to modernize');
  });

  it('gives no calque: an unreliable ending must make an English word, a prefix must be a real one', () => {
    // formulaire is "form", not "formulary"; quadragénaire is not "quadragenary"; pratique not "pratic".
    assert.equal(glosses.gloss('formulaire', 'NOUN'), undefined);
    assert.equal(glosses.gloss('quadragénaire', 'NOUN'), undefined);
    assert.equal(glosses.gloss('pratique', 'ADJ'), undefined);
    // extrait is not ex- + trait ("former feature"); only ex- with a hyphen is "former".
    const withTrait = new GlossLookup(parseGlossRows('trait\tNOUN\tm\tfeature; line\t\nprésident\tNOUN\tm\tpresident\t\n'), undefined, english);
    assert.equal(withTrait.gloss('extrait', 'NOUN'), undefined);
    assert.equal(withTrait.gloss('ex-président', 'NOUN')?.gloss, 'former president');
    // A reliable ending on a word that ends with a false friend the lexicon glosses is no cognate either.
    const withFalseFriend = new GlossLookup(parseGlossRows('sensibilisation\tNOUN\tf\tawareness-raising\t\n'), undefined, english);
    assert.equal(withFalseFriend.gloss('photosensibilisation', 'NOUN'), undefined);
    assert.equal(withFalseFriend.gloss('normalisation', 'NOUN')?.gloss, 'normalization');
    // Reliable endings still make their word without the list.
    assert.equal(new GlossLookup(core).gloss('normalisation', 'NOUN')?.gloss, 'normalization');
    // -ité and -iser make a word only where a dictionary has it: exploité (a participle) is no
    // "exploity", attiser no "attize", cotiser no "cotize".
    assert.equal(glosses.gloss('exploité', 'NOUN'), undefined);
    assert.equal(glosses.gloss('attiser', 'VERB'), undefined);
    assert.equal(glosses.gloss('cotiser', 'VERB'), undefined);
    assert.equal(new GlossLookup(core).gloss('stabilité', 'NOUN'), undefined);
  });

  it('glosses ordinals, plural or feminine lemmas and irregular participles from what is authored', () => {
    const more = new GlossLookup(parseGlossRows('travail\tNOUN\tm\twork; job\t\nvendre\tVERB\t\tto sell\t\nfrançais\tADJ\t\tFrench\t\n'));
    assert.deepEqual(more.gloss('14e', 'ADJ'), { gloss: '14th', source: 'auto' });
    assert.equal(more.gloss('22e', 'ADJ')?.gloss, '22nd');
    assert.equal(more.gloss('11e', 'ADJ')?.gloss, '11th');
    assert.equal(more.gloss('travaux', 'NOUN')?.gloss, 'work; job');
    assert.equal(more.gloss('française', 'ADJ')?.gloss, 'French');
  });

  it('reads no participle into a noun, and -ique as -ic on a long stem only', () => {
    const verbs = new GlossLookup(parseGlossRows('fouler\tVERB\t\tto tread\t\n'));
    // la foulée (stride; dans la foulée = in the wake) is not "treaded".
    assert.equal(verbs.gloss('foulée', 'NOUN'), undefined);
    assert.equal(verbs.gloss('foulé', 'ADJ')?.gloss, 'treaded');
    assert.equal(verbs.gloss('pornographique', 'ADJ')?.gloss, 'pornographic');
    assert.equal(verbs.gloss('pratique', 'ADJ'), undefined);
    assert.equal(verbs.gloss('technique', 'ADJ'), undefined);
  });

  it('gives no gloss rather than a guess for words without a rule, and none for names', () => {
    assert.equal(glosses.gloss('table', 'NOUN'), undefined);
    assert.equal(glosses.gloss('Lavrov', 'PROPN'), undefined);
  });
});
