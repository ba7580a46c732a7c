// Validates the authored multi-word expression files the analysis engine's matcher loads
// (src/core/text/data/expressions/*.tsv, merged by the build): each file's header and columns,
// the tags, and that no expression is listed twice across all of them.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'src', 'core', 'text', 'data', 'expressions');
const HEADER = 'expression\tupos\tgloss\tnote';
/** The heads an expression can have: content words and the connectors. */
const HEAD_TAGS = new Set(['NOUN', 'VERB', 'ADV', 'ADP', 'ADJ', 'SCONJ', 'CCONJ', 'PROPN']);

interface Row {
  /** file:line, for messages. */
  line: string;
  expression: string;
  upos: string;
  gloss: string;
  note: string;
}

const files = readdirSync(DIR).filter((n) => n.endsWith('.tsv')).sort();

function dataRows(): Row[] {
  const rows: Row[] = [];
  for (const name of files) {
    const lines = readFileSync(join(DIR, name), 'utf8').split('\n');
    const headerIndex = lines.indexOf(HEADER);
    lines.forEach((raw, i) => {
      if (i <= headerIndex || raw === '' || raw.startsWith('#')) return;
      const [expression = '', upos = '', gloss = '', note = '', ...extra] = raw.split('\t');
      assert.equal(extra.length, 0, `${name}:${i + 1}: more than 4 columns`);
      rows.push({ line: `${name}:${i + 1}`, expression, upos, gloss, note });
    });
  }
  return rows;
}

/** The key two spellings of one expression share: case, apostrophe style and Unicode form ignored. */
function dedupeKey(expression: string): string {
  return expression.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

describe('expressions/*.tsv', () => {
  const rows = dataRows();

  for (const name of files) {
    describe(name, () => {
      const bytes = readFileSync(join(DIR, name));
      const text = bytes.toString('utf8');
      const lines = text.split('\n');
      const headerIndex = lines.indexOf(HEADER);

      it('is UTF-8 text that round-trips and ends with a newline', () => {
        assert.equal(Buffer.from(text, 'utf8').equals(bytes), true);
        assert.equal(text.startsWith('\uFEFF'), false, 'no byte-order mark');
        assert.equal(text.endsWith('\n'), true);
        assert.equal(text.includes('\r'), false, 'LF line endings');
      });

      it('opens with comments stating the source and the license, then the header line', () => {
        const leadingComments = lines.slice(0, Math.max(headerIndex, 0));
        assert.ok(headerIndex > 0, 'header line present after the comments');
        assert.ok(leadingComments.every((l) => l.startsWith('#')), 'only comments before the header');
        assert.match(leadingComments.join('\n'), /authored by the Dépêche team/);
        assert.match(leadingComments.join('\n'), /License: MIT/);
      });
    });
  }

  it('has at least 5,000 expressions (issue 11)', () => {
    assert.ok(rows.length >= 5000, `${rows.length} rows`);
  });

  it('gives every row an expression of two or more words, a head tag and a gloss', () => {
    for (const r of rows) {
      assert.ok(/\S[\s'’-]\S/u.test(r.expression), `line ${r.line}: "${r.expression}" is a single word`);
      assert.equal(r.expression, r.expression.trim(), `line ${r.line}: surrounding spaces`);
      assert.equal(r.expression, r.expression.normalize('NFC'), `line ${r.line}: not NFC`);
      assert.ok(HEAD_TAGS.has(r.upos), `line ${r.line}: tag "${r.upos}"`);
      assert.ok(r.gloss.trim().length > 0, `line ${r.line}: empty gloss`);
      assert.equal(r.gloss, r.gloss.trim(), `line ${r.line}: gloss has surrounding spaces`);
      assert.equal(r.note, r.note.trim(), `line ${r.line}: note has surrounding spaces`);
    }
  });

  it('keeps bookkeeping out of what the reader shows: no gloss or note names a data file or a session', () => {
    // The reader shows the gloss and the note to the learner; where a row came from goes in the
    // file's comments (a note « moved from 32-news-breadth-s6.tsv » reached a quiz explanation).
    const bookkeeping = /\.tsv\b|\bmoved from\b|\bsession \d/iu;
    for (const r of rows) {
      assert.doesNotMatch(r.gloss, bookkeeping, `line ${r.line}: gloss "${r.gloss}"`);
      assert.doesNotMatch(r.note, bookkeeping, `line ${r.line}: note "${r.note}"`);
    }
  });

  it('lists no expression twice', () => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      const key = dedupeKey(r.expression);
      assert.equal(seen.get(key), undefined, `line ${r.line}: "${r.expression}" repeats line ${seen.get(key)}`);
      seen.set(key, r.line);
    }
  });

  it('writes verbal expressions from an infinitive (after the negation an idiom fixes: ne cesser de; after an object clitic: le disputer à; after an impersonal il: il y aller de; after the adverb an idiom puts first: mal tourner)', () => {
    const infinitive = /^(?:il )?(?:(?:ne |n'|n’)(?:pas |plus |jamais |rien )?)?(?:mal |bien |tout )?(?:se |s'|s’|l'|l’|le |la |les |en |y )*(\p{L}+(?:er|ir|re|oir)|être|avoir)(?:\s|$)/u;
    for (const r of rows.filter((row) => row.upos === 'VERB')) {
      assert.match(r.expression, infinitive, `line ${r.line}: "${r.expression}"`);
    }
  });

  it('keeps French typography: accented capitals, no straight double quotes', () => {
    for (const r of rows) {
      assert.ok(!/\bEtat/u.test(r.expression), `line ${r.line}: Etat without its accent`);
      assert.ok(!r.expression.includes('"'), `line ${r.line}: straight double quote`);
    }
  });

  it('covers the expressions of the first dispatch', () => {
    const keys = new Set(rows.map((r) => dedupeKey(r.expression)));
    for (const e of [
      "chef d'État", 'ministre des Affaires étrangères', 'faire des préparatifs', 'en personne',
      'pour sa part', 'être disposé à', 'en vue de', 'afin de', "s'opposer à", 'confrontation entre blocs',
      'propagation transfrontalière', 'Union économique eurasiatique', 'coordination stratégique globale',
    ]) {
      assert.ok(keys.has(dedupeKey(e)), e);
    }
  });

  it('covers the set terms of news named in issue 11 and in the domain files\' brief', () => {
    const keys = new Set(rows.map((r) => dedupeKey(r.expression)));
    for (const e of [
      'prendre le contrôle de', 'sortie de crise', 'pleins pouvoirs', 'coup de force', 'poursuivre en justice',
      'garde des Sceaux', 'motion de censure', 'second tour', 'scrutin proportionnel', 'garde à vue',
      'mise en examen', 'casier judiciaire', 'tribunal correctionnel', 'cessez-le-feu', 'forces armées',
      'frappe aérienne', 'aide humanitaire', 'produit intérieur brut', 'taux de chômage', "pouvoir d'achat",
      'guerre commerciale', 'réchauffement climatique', 'chemin de fer', 'coureur cycliste', 'point culminant',
      "maison d'arrêt", 'Conseil de sécurité', 'Organisation mondiale du commerce', 'relation bilatérale',
      'ambassadeur extraordinaire et plénipotentiaire', 'information judiciaire', 'comparution immédiate',
    ]) {
      assert.ok(keys.has(dedupeKey(e)), e);
    }
  });
});
