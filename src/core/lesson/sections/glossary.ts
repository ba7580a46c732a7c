// `## Glossary`: one GFM table, one row per word or expression as it should be taught.
import * as l10n from '@vscode/l10n';
import type { Tokens } from 'marked';
import type { Gender, Upos } from '../../text/types';
import { GENDERED_POS, GENDERS, GLOSSARY_COLUMNS, GLOSSARY_HEADER, GLOSSARY_POS } from '../format';
import type { GlossEntry } from '../model';
import { contentBlocks, type Block, type ParseContext } from './context';
import { describe } from './text';

const COLUMNS: readonly string[] = GLOSSARY_COLUMNS;
const HEADER_HINT = `'${GLOSSARY_HEADER}'`;
export { GLOSSARY_POS };

export function readGlossary(ctx: ParseContext, blocks: Block[], sectionLine: number): GlossEntry[] {
  const [first, ...rest] = contentBlocks(blocks);
  if (!first) ctx.fail(sectionLine, l10n.t('The Glossary section is empty; it holds one table with the header {0}.', HEADER_HINT));
  if (first.token.type !== 'table') {
    ctx.fail(
      first.line,
      l10n.t("The Glossary section holds one GFM table (header {0}, then a '|---|' row); found {1}.", HEADER_HINT, describe(first.token)),
    );
  }
  const extra = rest[0];
  if (extra) ctx.fail(extra.line, l10n.t('Only the glossary table belongs in the Glossary section; found {0} after it.', describe(extra.token)));
  return readTable(ctx, first.token as Tokens.Table, first.line);
}

function readTable(ctx: ParseContext, table: Tokens.Table, line: number): GlossEntry[] {
  const header = table.header.map((c) => c.text.trim().toLowerCase());
  const expected = COLUMNS.slice(0, header.length);
  if (header.length < 4 || header.join('|') !== expected.join('|')) {
    ctx.fail(line, l10n.t('The glossary header must be {0} (the Note column may be left out).', HEADER_HINT));
  }
  const rawRows = table.raw.split('\n').slice(2);
  if (table.rows.length === 0) ctx.fail(line, l10n.t('The glossary table has no entries.'));

  const entries: GlossEntry[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const rowLine = line + 2 + i;
    const cellCount = countCells(rawRows[i] ?? '');
    if (cellCount !== header.length) {
      ctx.fail(rowLine, l10n.t('This glossary row has {0} cells but the table has {1} columns.', cellCount, header.length));
    }
    const [headword = '', pos = '', gender = '', gloss = '', note = ''] = row.map((c) => c.text.trim());
    if (headword === '') ctx.fail(rowLine, l10n.t('This glossary row has an empty French cell.'));
    if (!(GLOSSARY_POS as readonly string[]).includes(pos)) {
      ctx.fail(rowLine, l10n.t("Unknown part of speech '{0}' for '{1}'; use one of {2}.", pos, headword, GLOSSARY_POS.join(', ')));
    }
    if (gender !== '' && !(GENDERS as readonly string[]).includes(gender)) {
      ctx.fail(rowLine, l10n.t("Unknown gender '{0}' for '{1}'; use m, f, m/f, or leave it empty.", gender, headword));
    }
    if (gender !== '' && !(GENDERED_POS as readonly string[]).includes(pos)) {
      ctx.fail(rowLine, l10n.t("'{0}' is tagged {1}; only nouns (NOUN, PROPN) take a gender.", headword, pos));
    }
    if (gloss === '') ctx.fail(rowLine, l10n.t("'{0}' has no English gloss.", headword));
    const key = `${headword}|${pos}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) ctx.fail(rowLine, l10n.t("'{0}' ({1}) is already in the glossary on line {2}.", headword, pos, earlier));
    seen.set(key, rowLine);

    entries.push({
      headword,
      pos: pos as Upos,
      ...(gender !== '' && { gender: gender as Gender }),
      gloss,
      ...(note !== '' && { note }),
      line: rowLine,
    });
  });
  return entries;
}

/** Cells in a raw table row, counted the GFM way: outer pipes are optional, `\|` is not a separator. */
function countCells(row: string): number {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).length;
}
