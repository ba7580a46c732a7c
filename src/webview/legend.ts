// The reader's legend: what the marks in the text mean. Each sample is styled by the same rules
// as the text (media/reader.css), so the legend cannot drift from what the page shows.
import * as l10n from '@vscode/l10n';
import type { VocabStatus } from '../protocol';
import { el } from './dom';
import { repairMark } from './render';

export const LEGEND_ID = 'reader-legend';

function sample(text: string, extra: { class?: string; status?: VocabStatus } = {}): HTMLElement {
  return el('span', {
    class: `legend-sample${extra.class ? ` ${extra.class}` : ''}`,
    attrs: { lang: 'fr', 'data-status': extra.status },
    text,
  });
}

function item(className: string, samples: HTMLElement[], text: string): HTMLElement {
  return el('li', { class: `legend-item ${className}` }, el('span', { class: 'legend-samples', attrs: { 'aria-hidden': 'true' } }, ...samples), ' ', el('span', { text }));
}

export function renderLegend(): HTMLElement {
  const learning = (['learning-1', 'learning-2', 'learning-3', 'learning-4'] as const).map((status, i) =>
    sample(String(i + 1), { status }),
  );
  return el(
    'section',
    { class: 'legend', attrs: { id: LEGEND_ID, 'aria-label': l10n.t('Legend'), hidden: '' } },
    el(
      'ul',
      { class: 'legend-items' },
      item('legend-status', [sample('mot', { status: 'new' })], l10n.t('New: not marked yet')),
      item('legend-status', learning, l10n.t('Learning 1–4: the line fades as the word settles')),
      item('legend-status', [sample('mot', { status: 'known' })], l10n.t('Known, ignored: plain')),
      item('legend-tint-off', [], l10n.t('Status tints are off (setting “Tint By Status”)')),
      item('legend-expression', [sample('mot à mot', { class: 'legend-multiword' })], l10n.t('Expression glossed as a whole')),
      // l10n-exempt: French sample word
      item('legend-repair', [sample('État', { class: 'legend-repaired' }), repairMark()], l10n.t('Repaired from a damaged source (the card shows the original)')),
    ),
  );
}
