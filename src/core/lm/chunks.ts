// Splits a lesson's sentences into requests that fit the model's input limit. Token counts come from
// the model (countTokens is asynchronous), so the caller passes a counting function.
import * as l10n from '@vscode/l10n';

export interface ChunkLimits {
  /** The model's maxInputTokens. */
  maxInputTokens: number;
  /** Tokens kept free for the instructions and the model's own framing. */
  reserve: number;
}

/**
 * Groups consecutive sentences so that each group's request counts at most
 * maxInputTokens - reserve tokens. A sentence too long on its own is an error: it cannot be
 * translated without being cut, and a cut sentence would break the alignment.
 */
export async function chunkSentences(
  sentences: readonly string[],
  requestTokens: (chunk: readonly string[]) => Promise<number>,
  limits: ChunkLimits,
): Promise<string[][]> {
  const budget = limits.maxInputTokens - limits.reserve;
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const sentence of sentences) {
    const candidate = [...current, sentence];
    if (current.length > 0 && (await requestTokens(candidate)) > budget) {
      chunks.push(current);
      current = [sentence];
    } else {
      current = candidate;
    }
    if (current.length === 1 && (await requestTokens(current)) > budget) {
      throw new RangeError(l10n.t('A sentence is too long for the model\'s input limit ({0} tokens).', limits.maxInputTokens));
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
