// `## Glossary`: one GFM table, one row per word or expression as it should be taught.
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
  if (!first) ctx.fail(sectionLine, `The Glossary section is empty; it holds one table with the header ${HEADER_HINT}.`);
  if (first.token.type !== 'table') {
    ctx.fail(
      first.line,
      `The Glossary section holds one GFM table (header ${HEADER_HINT}, then a '|---|' row); found a ${describe(first.token)}.`,
    );
  }
  const extra = rest[0];
  if (extra) ctx.fail(extra.line, `Only the glossary table belongs in the Glossary section; found a ${describe(extra.token)} after it.`);
  return readTable(ctx, first.token as Tokens.Table, first.line);
}

function readTable(ctx: ParseContext, table: Tokens.Table, line: number): GlossEntry[] {
  const header = table.header.map((c) => c.text.trim().toLowerCase());
  const expected = COLUMNS.slice(0, header.length);
  if (header.length < 4 || header.join('|') !== expected.join('|')) {
    ctx.fail(line, `The glossary header must be ${HEADER_HINT} (the Note column may be left out).`);
  }
  const rawRows = table.raw.split('\n').slice(2);
  if (table.rows.length === 0) ctx.fail(line, 'The glossary table has no entries.');

  const entries: GlossEntry[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const rowLine = line + 2 + i;
    const cellCount = countCells(rawRows[i] ?? '');
    if (cellCount !== header.length) {
      ctx.fail(rowLine, `This glossary row has ${cellCount} cells but the table has ${header.length} columns.`);
    }
    const [headword = '', pos = '', gender = '', gloss = '', note = ''] = row.map((c) => c.text.trim());
    if (headword === '') ctx.fail(rowLine, 'This glossary row has an empty French cell.');
    if (!(GLOSSARY_POS as readonly string[]).includes(pos)) {
      ctx.fail(rowLine, `Unknown part of speech '${pos}' for '${headword}'; use one of ${GLOSSARY_POS.join(', ')}.`);
    }
    if (gender !== '' && !(GENDERS as readonly string[]).includes(gender)) {
      ctx.fail(rowLine, `Unknown gender '${gender}' for '${headword}'; use m, f, m/f, or leave it empty.`);
    }
    if (gender !== '' && !(GENDERED_POS as readonly string[]).includes(pos)) {
      ctx.fail(rowLine, `'${headword}' is tagged ${pos}; only nouns (NOUN, PROPN) take a gender.`);
    }
    if (gloss === '') ctx.fail(rowLine, `'${headword}' has no English gloss.`);
    const key = `${headword}|${pos}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) ctx.fail(rowLine, `'${headword}' (${pos}) is already in the glossary on line ${earlier}.`);
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
