// What the learner already knows, from the progress document, for an import: the keys marked
// known or ignored (left out of the glossaries, counted in the known share) and those being learnt.
import { countsAsKnown } from '../progress/coverage';
import { progressFileText, readVersion4 } from '../progress/fileFormat';
import { upgradeDocument } from '../progress/migrate';
import { isLearning, STATUSES, type ProgressDocument } from '../progress/model';

export interface LearnerKeys {
  known: Set<string>;
  learning: Set<string>;
}

/** Reads only the statuses from the table's index: no record is decoded. */
export function learnerKeys(doc: ProgressDocument): LearnerKeys {
  const known = new Set<string>();
  const learning = new Set<string>();
  for (const key of doc.records.keys()) {
    const index = doc.records.statusIndex(key);
    const status = index === undefined ? undefined : STATUSES[index];
    if (status === undefined) continue;
    if (countsAsKnown(status)) known.add(key);
    else if (isLearning(status)) learning.add(key);
  }
  return { known, learning };
}

/**
 * The learner's keys from the bytes of a progress file (`depeche lesson --progress`), read without
 * writing anything. Throws the progress module's errors for a file it cannot read.
 */
export function learnerKeysFromFile(bytes: Buffer): LearnerKeys {
  const doc = readVersion4(bytes)?.doc ?? upgradeDocument(JSON.parse(progressFileText(bytes)));
  return learnerKeys(doc);
}
