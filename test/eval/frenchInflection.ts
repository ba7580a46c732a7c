// French inflection for the expression-variant generator (mweInflect.ts): candidate forms by rule,
// each kept only when the project's lexicon (the Lefff in dist/data) has it as a form of the same
// lemma, so a wrong rule yields no variant rather than a misspelt one.
import type { Lexicon } from '../../src/core/text/lexicon';
import type { Upos } from '../../src/core/text/types';

export interface Conjugation {
  present3sg?: string;
  present3pl?: string;
  imperfect3sg?: string;
  future3sg?: string;
  participle?: string;
  presentParticiple?: string;
}

type Forms = [p3s: string, p3p: string, i3s: string, f3s: string, pp: string, ppr: string];

/** Irregular patterns by the end of the infinitive (longest first), which a prefix keeps (reprendre, maintenir). */
const IRREGULAR: ReadonlyArray<[string, Forms]> = [
  ['être', ['est', 'sont', 'était', 'sera', 'été', 'étant']],
  ['avoir', ['a', 'ont', 'avait', 'aura', 'eu', 'ayant']],
  ['faire', ['fait', 'font', 'faisait', 'fera', 'fait', 'faisant']],
  ['prendre', ['prend', 'prennent', 'prenait', 'prendra', 'pris', 'prenant']],
  ['mettre', ['met', 'mettent', 'mettait', 'mettra', 'mis', 'mettant']],
  ['tenir', ['tient', 'tiennent', 'tenait', 'tiendra', 'tenu', 'tenant']],
  ['venir', ['vient', 'viennent', 'venait', 'viendra', 'venu', 'venant']],
  ['aller', ['va', 'vont', 'allait', 'ira', 'allé', 'allant']],
  ['envoyer', ['envoie', 'envoient', 'envoyait', 'enverra', 'envoyé', 'envoyant']],
  ['voir', ['voit', 'voient', 'voyait', 'verra', 'vu', 'voyant']],
  ['pouvoir', ['peut', 'peuvent', 'pouvait', 'pourra', 'pu', 'pouvant']],
  ['vouloir', ['veut', 'veulent', 'voulait', 'voudra', 'voulu', 'voulant']],
  ['devoir', ['doit', 'doivent', 'devait', 'devra', 'dû', 'devant']],
  ['savoir', ['sait', 'savent', 'savait', 'saura', 'su', 'sachant']],
  ['valoir', ['vaut', 'valent', 'valait', 'vaudra', 'valu', 'valant']],
  ['cevoir', ['çoit', 'çoivent', 'cevait', 'cevra', 'çu', 'cevant']],
  ['dire', ['dit', 'disent', 'disait', 'dira', 'dit', 'disant']],
  ['lire', ['lit', 'lisent', 'lisait', 'lira', 'lu', 'lisant']],
  ['crire', ['crit', 'crivent', 'crivait', 'crira', 'crit', 'crivant']],
  ['uire', ['uit', 'uisent', 'uisait', 'uira', 'uit', 'uisant']],
  ['naître', ['naît', 'naissent', 'naissait', 'naîtra', 'né', 'naissant']],
  ['aître', ['aît', 'aissent', 'aissait', 'aîtra', 'u', 'aissant']],
  ['aindre', ['aint', 'aignent', 'aignait', 'aindra', 'aint', 'aignant']],
  ['eindre', ['eint', 'eignent', 'eignait', 'eindra', 'eint', 'eignant']],
  ['oindre', ['oint', 'oignent', 'oignait', 'oindra', 'oint', 'oignant']],
  ['attre', ['at', 'attent', 'attait', 'attra', 'attu', 'attant']],
  ['rompre', ['rompt', 'rompent', 'rompait', 'rompra', 'rompu', 'rompant']],
  ['suivre', ['suit', 'suivent', 'suivait', 'suivra', 'suivi', 'suivant']],
  ['vivre', ['vit', 'vivent', 'vivait', 'vivra', 'vécu', 'vivant']],
  ['boire', ['boit', 'boivent', 'buvait', 'boira', 'bu', 'buvant']],
  ['croire', ['croit', 'croient', 'croyait', 'croira', 'cru', 'croyant']],
  ['plaire', ['plaît', 'plaisent', 'plaisait', 'plaira', 'plu', 'plaisant']],
  ['taire', ['tait', 'taisent', 'taisait', 'taira', 'tu', 'taisant']],
  ['rire', ['rit', 'rient', 'riait', 'rira', 'ri', 'riant']],
  ['clure', ['clut', 'cluent', 'cluait', 'clura', 'clu', 'cluant']],
  ['suffire', ['suffit', 'suffisent', 'suffisait', 'suffira', 'suffi', 'suffisant']],
  ['soudre', ['sout', 'solvent', 'solvait', 'soudra', 'solu', 'solvant']],
  ['fuir', ['fuit', 'fuient', 'fuyait', 'fuira', 'fui', 'fuyant']],
  ['courir', ['court', 'courent', 'courait', 'courra', 'couru', 'courant']],
  ['mourir', ['meurt', 'meurent', 'mourait', 'mourra', 'mort', 'mourant']],
  ['vrir', ['vre', 'vrent', 'vrait', 'vrira', 'vert', 'vrant']],
  ['frir', ['fre', 'frent', 'frait', 'frira', 'fert', 'frant']],
  ['cueillir', ['cueille', 'cueillent', 'cueillait', 'cueillera', 'cueilli', 'cueillant']],
  ['quérir', ['quiert', 'quièrent', 'quérait', 'querra', 'quis', 'quérant']],
  ['vêtir', ['vêt', 'vêtent', 'vêtait', 'vêtira', 'vêtu', 'vêtant']],
  ['vaincre', ['vainc', 'vainquent', 'vainquait', 'vaincra', 'vaincu', 'vainquant']],
];

/** The lexicon has `form` as a verb form of `lemma` with one of the morphs (f finite, k participle, g present participle). */
function isVerbForm(lexicon: Lexicon, form: string, lemma: string, morphs: string): boolean {
  return lexicon.lookup(form).some((e) => e.upos === 'VERB' && e.lemma === lemma && morphs.includes(e.morph));
}

function firstKnown(lexicon: Lexicon, candidates: readonly string[], lemma: string, morphs: string): string | undefined {
  return candidates.find((c) => isVerbForm(lexicon, c, lemma, morphs));
}

/** The candidate forms of a verb, by rule: irregular pattern, -er, -ir (2nd or 3rd group), -re. */
function candidateForms(inf: string, lexicon: Lexicon): Array<string[]> {
  for (const [end, forms] of IRREGULAR) {
    if (inf.endsWith(end)) {
      const prefix = inf.slice(0, inf.length - end.length);
      // aître's participle drops the stem's ending: connaître -> connu.
      return forms.map((f) => [prefix + f]);
    }
  }
  if (inf.endsWith('er')) {
    const stem = inf.slice(0, -2);
    const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
    // Stem changes before a mute e: lève, cède, appelle, jette, paie/emploie.
    const mute = [stem, stem.replace(/[eé]([^aeiouyéè]+)$/, 'è$1'), stem.replace(/([lt])$/, '$1$1'), stem.replace(/y$/, 'i')];
    return [
      mute.map((s) => `${s}e`),
      mute.map((s) => `${s}ent`),
      [`${soft}ait`],
      [`${inf}a`, ...mute.map((s) => `${s}era`)],
      [`${stem}é`],
      [`${soft}ant`],
    ];
  }
  if (inf.endsWith('ir')) {
    const stem = inf.slice(0, -2);
    const second = isVerbForm(lexicon, `${stem}issent`, inf, 'f') && !isVerbForm(lexicon, `${stem}ent`, inf, 'f');
    if (second) return [[`${stem}it`], [`${stem}issent`], [`${stem}issait`], [`${inf}a`], [`${stem}i`], [`${stem}issant`]];
    return [[`${stem.slice(0, -1)}t`], [`${stem}ent`], [`${stem}ait`], [`${inf}a`], [`${stem}i`], [`${stem}ant`]];
  }
  if (inf.endsWith('re')) {
    const stem = inf.slice(0, -2);
    return [[stem, `${stem}t`], [`${stem}ent`], [`${stem}ait`], [`${inf.slice(0, -1)}a`], [`${stem}u`], [`${stem}ant`]];
  }
  return [];
}

/** The forms of `inf` the generator uses, each one the lexicon confirms (a missing one is left out). */
export function conjugate(inf: string, lexicon: Lexicon): Conjugation {
  const c = candidateForms(inf, lexicon);
  if (c.length === 0) return {};
  const out: Conjugation = {};
  const set = (key: keyof Conjugation, i: number, morphs: string): void => {
    const f = firstKnown(lexicon, c[i]!, inf, morphs);
    if (f) out[key] = f;
  };
  set('present3sg', 0, 'f');
  set('present3pl', 1, 'f');
  set('imperfect3sg', 2, 'f');
  set('future3sg', 3, 'f');
  set('participle', 4, 'k');
  set('presentParticiple', 5, 'g');
  return out;
}

/** Has the lexicon `form` as a noun or adjective (or adjectival participle) of lemma `lemma`? */
function isNominalForm(lexicon: Lexicon, form: string, lemma: string, upos: readonly Upos[], gender?: 'f'): boolean {
  return lexicon.lookup(form).some((e) => upos.includes(e.upos) && e.lemma === lemma && (gender === undefined || e.morph === 'f' || e.morph === 'p'));
}

/** How a word forms its plural, for the report's families. */
export type PluralKind = '-s' | '-x' | '-al/-aux' | 'invariable -s/-x/-z';

/** The plural of a noun or adjective the lexicon confirms, and how it is formed; undefined for none. */
export function plural(word: string, lexicon: Lexicon): { form: string; kind: PluralKind } | undefined {
  const tags: Upos[] = ['NOUN', 'ADJ'];
  if (/[sxz]$/.test(word)) return isNominalForm(lexicon, word, word, tags) ? { form: word, kind: 'invariable -s/-x/-z' } : undefined;
  if (/al$/.test(word) && isNominalForm(lexicon, `${word.slice(0, -2)}aux`, word, tags)) return { form: `${word.slice(0, -2)}aux`, kind: '-al/-aux' };
  if (/(?:eau|eu|au)$/.test(word) && isNominalForm(lexicon, `${word}x`, word, tags)) return { form: `${word}x`, kind: '-x' };
  if (isNominalForm(lexicon, `${word}s`, word, tags)) return { form: `${word}s`, kind: '-s' };
  return undefined;
}

/** The feminine of an adjective (its lemma is the masculine) the lexicon confirms. */
export function feminineAdjective(word: string, lexicon: Lexicon): string | undefined {
  if (word.endsWith('e')) return isNominalForm(lexicon, word, word, ['ADJ']) ? word : undefined;
  const candidates = [
    `${word}e`, word.replace(/er$/, 'ère'), word.replace(/eux$/, 'euse'), word.replace(/eur$/, 'euse'), word.replace(/teur$/, 'trice'),
    `${word}ne`, `${word}le`, `${word}te`, word.replace(/f$/, 've'), word.replace(/c$/, 'que'), word.replace(/x$/, 'se'),
  ];
  return candidates.find((c) => c !== word && isNominalForm(lexicon, c, word, ['ADJ'], 'f'));
}

/** Masculine -> feminine endings of nouns of persons (conseiller -> conseillère, doyen -> doyenne, procureur -> procureure). */
const FEMININE_NOUN_ENDINGS: ReadonlyArray<[string, string]> = [
  ['teur', 'trice'], ['eur', 'euse'], ['eur', 'eure'], ['ier', 'ière'], ['er', 'ère'], ['ien', 'ienne'], ['en', 'enne'], ['on', 'onne'],
  ['ant', 'ante'], ['ent', 'ente'], ['ain', 'aine'], ['al', 'ale'], ['ais', 'aise'], ['ois', 'oise'], ['at', 'ate'],
];

/** The feminine of a noun of persons the lexicon has as a feminine noun; only endings that mark persons (not port -> porte). */
export function feminineNoun(word: string, lexicon: Lexicon): string | undefined {
  for (const [m, f] of FEMININE_NOUN_ENDINGS) {
    if (!word.endsWith(m)) continue;
    const c = word.slice(0, -m.length) + f;
    if (lexicon.lookup(c).some((e) => e.upos === 'NOUN' && e.morph === 'f')) return c;
  }
  return undefined;
}
