/**
 * The canonical copy of a string, the one V8 keeps for every string literal of the code and every
 * property name. A string cut from data is a new object each time: `===` against a literal, and a
 * Set or Map finding it, then compare it character by character, where two canonical strings
 * compare by address (a sixth fewer instructions in a steady analysis). For strings made once and
 * compared often (a cached reading's lemma, an expression's keys), never in a hot loop: each call
 * costs about a microsecond.
 *
 * A property name is made canonical by the engine, so the name read back is. The name set is a copy
 * of `text`: made canonical in place, `text` itself would become a forwarding string, and every
 * holder of it (the lexicon's entries) would read through one more hop.
 */
export function intern(text: string): string {
  // A dictionary-mode object: adding one name does not make a hidden class for it.
  const names: Record<string, number> = Object.create(null) as Record<string, number>;
  names[(' ' + text).slice(1)] = 0;
  return Object.keys(names)[0] ?? text;
}

/** The keys, each canonical (see intern), in a new array; an empty one is returned as it is. */
export function internAll(keys: readonly string[]): string[] {
  return keys.length === 0 ? (keys as string[]) : keys.map(intern);
}
