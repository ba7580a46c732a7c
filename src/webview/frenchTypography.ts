// French spacing for short display strings (a title, a source line): the space before
// `:` `;` `!` `?` `»` and after `«` must not break, so the sign never starts or ends a line alone.
// Spaces already non-breaking (U+00A0, U+202F) are kept as they are.

export function frenchSpacing(text: string): string {
  return text.replace(/ +(?=[:;!?»])/g, '\u00a0').replace(/« +/g, '«\u00a0');
}
