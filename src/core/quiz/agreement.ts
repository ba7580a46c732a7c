// Spotting a wrong agreement in a typed answer: « disposé » for « disposée » (masculine for
// feminine), « préparatif » for « préparatifs » (singular for plural), and naming it.
import * as l10n from '@vscode/l10n';
import { capitalize, fold, quote } from './french';

type Cell = 'ms' | 'fs' | 'mp' | 'fp';
const CELLS: readonly Cell[] = ['ms', 'fs', 'mp', 'fp'];

/** Endings of one inflection pattern, in the order ms fs mp fp (folded: no accents). */
const PATTERNS: readonly (readonly [string, string, string, string])[] = [
  ['', 'e', 's', 'es'],
  ['al', 'ale', 'aux', 'ales'],
  ['eux', 'euse', 'eux', 'euses'],
  ['if', 'ive', 'ifs', 'ives'],
  ['el', 'elle', 'els', 'elles'],
  ['en', 'enne', 'ens', 'ennes'],
  ['on', 'onne', 'ons', 'onnes'],
  ['er', 'ere', 'ers', 'eres'],
  ['et', 'ette', 'ets', 'ettes'],
  ['eau', 'elle', 'eaux', 'elles'],
  ['teur', 'trice', 'teurs', 'trices'],
  ['eur', 'euse', 'eurs', 'euses'],
  ['s', 'se', 's', 'ses'],
];

const GENDER = { ms: 'masculine', mp: 'masculine', fs: 'feminine', fp: 'feminine' } as const;
const NUMBER = { ms: 'singular', fs: 'singular', mp: 'plural', fp: 'plural' } as const;

/** Every (expected cell, response cell) reading under which the two are forms of one word. */
function readings(expected: string, response: string): [Cell, Cell][] {
  const out: [Cell, Cell][] = [];
  for (const pattern of PATTERNS) {
    CELLS.forEach((ce, i) => {
      const endE = pattern[i] as string;
      if (!expected.endsWith(endE)) return;
      const stem = expected.slice(0, expected.length - endE.length);
      if (stem.length < 2) return;
      CELLS.forEach((cr, j) => {
        const endR = pattern[j] as string;
        if (endR !== endE && response === stem + endR) out.push([ce, cr]);
      });
    });
  }
  return out;
}

/**
 * Why `response` is the wrong form of `expected`, when the difference is agreement
 * (gender or number); undefined when it is not.
 */
export function diagnoseAgreement(expected: string, response: string, pos?: string): string | undefined {
  const e = fold(expected);
  const r = fold(response);
  if (e === r) return undefined;
  const found = readings(e, r);
  if (found.length === 0) return undefined;
  const genderDiffers = found.every(([a, b]) => GENDER[a] !== GENDER[b]);
  const numberDiffers = found.every(([a, b]) => NUMBER[a] !== NUMBER[b]);
  const [a, b] = found[0] as [Cell, Cell];
  if (!genderDiffers && !numberDiffers) {
    return l10n.t('{0} is another form of {1}: check the agreement with the noun it goes with.', quote(response), quote(expected));
  }
  // What sets the two forms apart, named for each: « chinoise » is the feminine form of « chinois ».
  const describe = (cell: Cell): string =>
    [genderDiffers ? genderWord(GENDER[cell]) : '', numberDiffers ? numberWord(NUMBER[cell]) : ''].filter(Boolean).join(' ');
  if (pos === 'NOUN') return capitalize(l10n.t('{0} is the {1} form of {2}; the text has the {3}.', quote(response), describe(b), quote(expected), describe(a)));
  return l10n.t('Agreement: {0} is the {1} form of {2}; here the word agrees with a {3} noun.', quote(response), describe(b), quote(expected), describe(a));
}

function genderWord(gender: (typeof GENDER)[Cell]): string {
  return gender === 'masculine' ? l10n.t('masculine') : l10n.t('feminine');
}

function numberWord(number: (typeof NUMBER)[Cell]): string {
  return number === 'singular' ? l10n.t('singular') : l10n.t('plural');
}

/** Pairs that differ only by an accent but are different words: the accent cannot be waived. A Map: an answer typed « constructor » finds nothing. */
const ACCENT_PAIRS = new Map<string, string>(
  Object.entries({
    tache: 'stain', tâche: 'task',
    a: 'has', à: 'to, at',
    ou: 'or', où: 'where',
    la: 'the', là: 'there',
    sur: 'on', sûr: 'sure',
    du: 'of the', dû: 'due',
    mur: 'wall', mûr: 'ripe',
    jeune: 'young', jeûne: 'fast (no food)',
    foret: 'drill', forêt: 'forest',
    cote: 'rating', côte: 'coast', côté: 'side',
    pecher: '(no such word)', pêcher: 'to fish', pécher: 'to sin',
    roder: 'to run in', rôder: 'to prowl',
    mais: 'but', maïs: 'maize',
    ete: '(no such word)', été: 'summer; been', ête: '(no such word)',
    interne: 'internal', interné: 'interned',
    retraite: 'retirement', retraité: 'retired',
    conte: 'tale', compte: 'account',
    marche: 'walk; step', marché: 'market',
  }),
);

/** When `response` is a different word that only an accent tells apart from `expected`. */
export function accentConfusion(expected: string, response: string): string | undefined {
  const e = expected.normalize('NFC').toLowerCase().trim();
  const r = response.normalize('NFC').toLowerCase().trim();
  const eg = ACCENT_PAIRS.get(e);
  const rg = ACCENT_PAIRS.get(r);
  if (e === r || eg === undefined || rg === undefined || fold(e) !== fold(r)) return undefined;
  return l10n.t('{0} ({1}) is a different word from {2} ({3}): here the accent changes the meaning.', quote(r), rg, quote(e), eg);
}

/** The letters of `expected` that `response` wrote without their accent (same length after folding). */
export function missedAccents(expected: string, response: string): string[] {
  const e = [...expected.normalize('NFC').toLowerCase()];
  const r = [...response.normalize('NFC').toLowerCase().trim()];
  if (e.length !== r.length) return [];
  const missed = e.filter((c, i) => c !== r[i]);
  return [...new Set(missed)];
}
