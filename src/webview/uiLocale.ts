// What Intl needs to speak the interface language: the page's `<html lang>` (set by the host from
// `depeche.interfaceLanguage`), for plural choice, numbers, percentages and month and weekday names.
import { formatPercentIn, takesSingular } from '../core/uiLanguage';

/** The interface language of the page: `en` or `fr`. */
export function uiLang(): string {
  // Outside a page (unit tests of pure helpers) the interface is English.
  return (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'en';
}

/**
 * Whether a count takes the singular: 1 in English, 0 and 1 in French. The caller picks between
 * two whole messages (`isSingular(n) ? l10n.t('{0} word', n) : l10n.t('{0} words', n)`).
 */
export function isSingular(n: number): boolean {
  return takesSingular(n, uiLang());
}

/** A share as a whole percentage: `95%`, `95 %` in French (narrow no-break space). */
export function formatPercent(share: number): string {
  return formatPercentIn(share, uiLang());
}

/** A calendar day (`2026-03-01`) formatted with `options` in the interface language. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(uiLang(), { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
