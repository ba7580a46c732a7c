// The number of items to review in the status bar ("$(mortar-board) 12 due"); a click opens the
// review. Hidden when nothing is due and no new item is waiting: a permanent "0 due" would sit in
// every window of someone who is not studying, and the commands stay in the palette and the view.
import * as vscode from 'vscode';
import { goalText, streakText } from '../core/progress/dailyGoal';
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
    const due = dueCount === 1
      ? vscode.l10n.t('Dépêche: 1 item due for review and {0} new to learn today. Click to review.', newCount)
      : vscode.l10n.t('Dépêche: {0} items due for review and {1} new to learn today. Click to review.', dueCount, newCount);
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

/** "12 due", "12 due · 3 new", "3 new". */
export function statusText(due: number, fresh: number): string {
  if (due && fresh) return vscode.l10n.t('{0} due · {1} new', due, fresh);
  return due ? vscode.l10n.t('{0} due', due) : vscode.l10n.t('{0} new', fresh);
}
