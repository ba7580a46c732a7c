// Title <-> person matching: « ministre russe des Affaires étrangères » goes with Sergueï Lavrov.
import type { Entities, Person } from '../entities';
import { clauses, pair } from '../explain';
import { fold, frenchPunctuation, quote } from '../french';
import { sample, shuffle, type Rng } from '../rng';
import { cover } from '../snippets';
import type { MatchItem } from '../types';

export function titlePersonItems(entities: Entities, rng: Rng): Omit<MatchItem, 'id'>[] {
  const titled = entities.people.filter((p): p is Person & { title: NonNullable<Person['title']> } => p.title !== undefined);
  // Two people under one title would make the pairing ambiguous: drop them both.
  const counts = new Map<string, number>();
  for (const p of titled) counts.set(fold(p.title.text), (counts.get(fold(p.title.text)) ?? 0) + 1);
  const usable = titled.filter((p) => counts.get(fold(p.title.text)) === 1);
  if (usable.length < 3) return [];
  const chosen = sample(usable, 5, rng);
  const right = shuffle(chosen.map((p) => p.name), rng);
  const pairEvidence = chosen.map((p) => {
    const mention = p.mentions.find((m) => m.span.start >= p.title.span.end) ?? p.mentions[0];
    return { start: p.title.span.start, end: mention ? mention.span.end : p.title.span.end };
  });
  return [{
    kind: 'title-person',
    left: chosen.map((p) => p.title.text),
    right,
    answer: chosen.map((p) => right.indexOf(p.name)),
    pairEvidence,
    prompt: frenchPunctuation('Associez chaque fonction à la personne qui l’occupe dans le texte :'),
    evidence: cover(pairEvidence),
    explanation: clauses(chosen.map((p) => pair(quote(p.title.text), p.name))),
    keys: [],
  }];
}
