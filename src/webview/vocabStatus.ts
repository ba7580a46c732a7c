// Vocabulary statuses in the reading view (LingQ-style): which units are tinted, which count as
// "the rest" when a text is finished, and the status choices the gloss card offers. Pure: no DOM.
import * as l10n from '@vscode/l10n';
import type { ReaderUnit } from '../core/lesson/model';
import type { Upos } from '../core/text/types';
import type { VocabStatus } from '../protocol';

export interface StatusChoice {
  status: VocabStatus;
  /** Short label in the card's status row. */
  label: () => string;
  /** Spoken and tooltip name. */
  name: () => string;
  /** The key that sets it while a card is pinned. */
  key: string;
}

export const STATUS_CHOICES: readonly StatusChoice[] = [
  { status: 'new', label: () => l10n.t('New'), name: () => l10n.t('New'), key: '' },
  { status: 'learning-1', label: () => '1', name: () => l10n.t('Learning 1 (just met)'), key: '1' },
  { status: 'learning-2', label: () => '2', name: () => l10n.t('Learning 2 (recognised)'), key: '2' },
  { status: 'learning-3', label: () => '3', name: () => l10n.t('Learning 3 (familiar)'), key: '3' },
  { status: 'learning-4', label: () => '4', name: () => l10n.t('Learning 4 (almost known)'), key: '4' },
  { status: 'known', label: () => l10n.t('Known'), name: () => l10n.t('Known'), key: 'K' },
  { status: 'ignored', label: () => l10n.t('Ignore'), name: () => l10n.t('Ignored (not vocabulary to learn)'), key: 'X' },
];

export const statusKeysHelp = (): string => l10n.t('While a card is open: 1–4 set a learning level, K known, X ignore.');

const VALID = new Set<string>(STATUS_CHOICES.map((c) => c.status));

export function isVocabStatus(value: unknown): value is VocabStatus {
  return typeof value === 'string' && VALID.has(value);
}

/** The status a pinned card's key press asks for (1–4, K, X; any case), if any. */
export function statusForKey(key: string): VocabStatus | undefined {
  const wanted = key.toUpperCase();
  return STATUS_CHOICES.find((c) => c.key !== '' && c.key === wanted)?.status;
}

/** Names and numbers: never vocabulary to mark known in bulk. */
const NOT_VOCABULARY: ReadonlySet<Upos> = new Set<Upos>(['PROPN', 'NUM', 'PUNCT', 'SYM']);
/**
 * Closed-class words. A B1+ reader knows them; tinting every `de`, `la`, `il` would colour a
 * third of the page and drown the words worth learning. They still take a status from the card
 * and are marked known with the rest (the lesson's coverage figure counts them).
 */
const FUNCTION_WORDS: ReadonlySet<Upos> = new Set<Upos>(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART']);

/**
 * Whether a unit shows its status tint. Multi-word expressions always do (they are what the
 * lessons teach, whatever their head's tag), except names (`Wang Yi`); single words do unless
 * they are function words, names, numbers or punctuation.
 */
export function isTintable(unit: Pick<ReaderUnit, 'pos' | 'multiword'>): boolean {
  if (NOT_VOCABULARY.has(unit.pos)) return false;
  return unit.multiword || !FUNCTION_WORDS.has(unit.pos);
}

/** Whether "mark the remaining new words as known" may include this unit. */
export function countsAsRest(unit: Pick<ReaderUnit, 'pos'>): boolean {
  return !NOT_VOCABULARY.has(unit.pos);
}

/** The keys still 'new' among the units, in reading order, each once (names, numbers, punctuation left out). */
export function remainingNewKeys(
  units: readonly Pick<ReaderUnit, 'key' | 'pos'>[],
  statusOf: (key: string) => VocabStatus,
): string[] {
  const keys = new Set<string>();
  for (const unit of units) {
    if (countsAsRest(unit) && statusOf(unit.key) === 'new') keys.add(unit.key);
  }
  return [...keys];
}

/** Statuses from the host, keeping only well-formed entries (the message crosses a boundary). */
export function normalizeStatuses(value: unknown): Map<string, VocabStatus> {
  const statuses = new Map<string, VocabStatus>();
  if (!value || typeof value !== 'object') return statuses;
  for (const [key, status] of Object.entries(value as Record<string, unknown>)) {
    if (isVocabStatus(status)) statuses.set(key, status);
  }
  return statuses;
}
