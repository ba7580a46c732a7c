// Why a language-model answer was not used. The command boundary shows the message as one sentence.

/** The model's answer cannot be used as it stands (wrong count, not JSON, a refusal…). */
export class ModelAnswerError extends Error {
  constructor(
    message: string,
    /** What kind of failure, for the caller's wording and for tests. */
    readonly reason: 'malformed' | 'count' | 'refusal' | 'empty',
  ) {
    super(message);
    this.name = 'ModelAnswerError';
  }
}
