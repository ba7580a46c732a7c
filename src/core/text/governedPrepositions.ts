// The prepositions the expression data puts after a verb or a noun (« œuvrer à », « œuvrer pour »):
// what the collocation quiz asks before it offers a preposition as wrong (review 14, item 147).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PREPOSITIONS = new Set(['à', 'de', 'par', 'pour', 'avec', 'en', 'sur', 'contre', 'dans']);

/** Head (the expression less its last word, lower case) -> the prepositions its entries end on. */
export function governedPrepositions(expressionsTsv: string): (head: string) => readonly string[] {
  const byHead = new Map<string, string[]>();
  for (const line of expressionsTsv.split('\n')) {
    const expression = line.split('\t', 1)[0]?.trim().toLowerCase() ?? '';
    const cut = expression.lastIndexOf(' ');
    if (cut <= 0 || expression.startsWith('#')) continue;
    const last = expression.slice(cut + 1);
    if (!PREPOSITIONS.has(last)) continue;
    const head = expression.slice(0, cut);
    byHead.set(head, [...(byHead.get(head) ?? []), last]);
  }
  return (head) => byHead.get(head.trim().toLowerCase()) ?? [];
}

/**
 * The same, read from the built data folder's expressions.tsv on the first question: reading and
 * indexing the 1.3 MB file takes tens of milliseconds, which the reader's first lesson should not wait
 * for; only a quiz asks.
 */
export function governedPrepositionsIn(dataDir: string): (head: string) => readonly string[] {
  let table: ((head: string) => readonly string[]) | undefined;
  return (head) => (table ??= governedPrepositions(readFileSync(join(dataDir, 'expressions.tsv'), 'utf8')))(head);
}
