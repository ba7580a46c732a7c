// The number of items to review in the status bar ("$(mortar-board) 12 due"); a click opens the
// review. Hidden when nothing is due and no new item is waiting: a permanent "0 due" would sit in
// every window of someone who is not studying, and the commands stay in the palette and the view.
import * as vscode from 'vscode';
import { goalText, streakText } from '../core/progress/dailyGoal';
import { takesSingular } from '../core/uiLanguage';
import { Commands, PREFIX } from './ids';
import type { ProgressHub } from './progressHub';

export function progressStatusBar(hub: ProgressHub): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(`${PREFIX}.reviewsDue`, vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Dépêche: Reviews Due');
  item.command = Commands.reviewDue;
  const update = () => {
    const progress = hub.loaded;
    if (!progress) return;
    const { dueCount, newCount } = progress.queue();
    if (dueCount + newCount === 0) {
      item.hide();
      return;
    }
    const goal = progress.goal();
    item.text = `$(mortar-board) ${statusText(dueCount, newCount)}`;
    const due = vscode.l10n.t('Dépêche: {0} for review and {1} to learn today. Click to review.', dueItems(dueCount), newItems(newCount));
    const daily = goal.today.met
      ? vscode.l10n.t('Daily goal: {0} — met; {1}.', goalText(goal), streakText(goal))
      : vscode.l10n.t('Daily goal: {0}; {1}.', goalText(goal), streakText(goal));
    item.tooltip = `${due}\n${daily}`;
    item.show();
  };
  const subscription = hub.onDidChange(update);
  // A day boundary or a card falling due changes the count without any event.
  const timer = setInterval(update, 60_000);
  update();
  return vscode.Disposable.from(item, subscription, { dispose: () => clearInterval(timer) });
}

/** "12 due", "12 due · 3 new", "3 new" (« 1 nouveau », « 3 nouveaux »). */
export function statusText(due: number, fresh: number): string {
  const newText = singular(fresh) ? vscode.l10n.t({ message: '{0} new', args: [fresh], comment: 'one new item' }) : vscode.l10n.t('{0} new', fresh);
  if (due && fresh) return vscode.l10n.t('{0} due · {1}', due, newText);
  return due ? vscode.l10n.t('{0} due', due) : newText;
}

/** Whether `n` takes the singular in VS Code's display language, the language of `vscode.l10n`. */
function singular(n: number): boolean {
  return takesSingular(n, vscode.env.language);
}

/** "1 item due", "3 items due". */
function dueItems(n: number): string {
  return singular(n) ? vscode.l10n.t('{0} item due', n) : vscode.l10n.t('{0} items due', n);
}

/** "1 new item", "3 new items". */
function newItems(n: number): string {
  return singular(n) ? vscode.l10n.t('{0} new item', n) : vscode.l10n.t('{0} new items', n);
}
