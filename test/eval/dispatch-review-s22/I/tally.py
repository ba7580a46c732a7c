#!/usr/bin/env python3
"""Recomputes the tally from judged.tsv, expressions.tsv, errors.tsv and the engine JSON
(hopital.json, espace.json), all in this script's folder. Writes tally.md and prints it.
Usage: python3 tally.py"""
import csv, json, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['hopital', 'espace']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}

def read_tsv(name):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

judged = read_tsv('judged.tsv')
exprs = read_tsv('expressions.tsv')
errors = read_tsv('errors.tsv')

stats = {}
for f in FILES + ['total']:
    stats[f] = Counter()
pos_stats = Counter(); pos_ok = Counter()
for f in FILES:
    d = json.load(open(os.path.join(HERE, f + '.json'), encoding='utf-8'))
    toks = d['tokens']
    ev = {int(r['expr index']): r['verdict'] for r in exprs if r['file'] == f}
    assert len(ev) == len(d['expressions']), f'{f}: every expression must be judged'
    rows = [r for r in judged if r['file'] == f]
    idx = {int(r['token index']) for r in rows}
    # every token the engine tags as a content word / PROPN / PRON must be judged
    need = {i for i, t in enumerate(toks) if t.get('upos') in JUDGED_UPOS}
    assert need <= idx, f'{f}: unjudged tokens {sorted(need - idx)}'
    s = stats[f]
    for r in rows:
        i = int(r['token index']); t = toks[i]
        assert t['form'] == r['form'], (f, i, t['form'], r['form'])
        e = t.get('expression')
        inside = e is not None and ev[e] == 'right'
        assert (r['inside-right-expression'] == 'yes') == inside, (f, i)
        ok = r['verdict'] == 'ok'
        s['judged'] += 1
        s['strict'] += ok
        s['lenient'] += ok or inside
        s['inside_expr'] += e is not None
        s['fail_inside_right_expr'] += (not ok) and inside
        pos_stats[t.get('upos')] += 1; pos_ok[t.get('upos')] += ok
    s['expr_found'] = len(ev)
    s['expr_right'] = sum(v == 'right' for v in ev.values())
    ferr = [r for r in errors if r['file'] == f and r['class'] != 'other']  # 'other' = function words, listed only
    s['other_rows'] = sum(1 for r in errors if r['file'] == f and r['class'] == 'other')
    s['missed'] = sum(r['class'] == 'expression-missed' for r in ferr)
    s['reversals'] = sum(r['severity'] == 'reverses' for r in ferr)
    s['misleading'] = sum(r['severity'] == 'misleading' for r in ferr)
    s['minor'] = sum(r['severity'] == 'minor' for r in ferr)
    s['error_rows'] = len(ferr)
    s['words_in_text'] = sum(1 for t in toks if t['kind'] != 'punct')
for f in FILES:
    stats['total'].update(stats[f])

def pct(a, b):
    return f'{100.0 * a / b:.1f}%' if b else 'n/a'

lines = ['# Blind review I — tally', '',
         'Engine: /tmp/s22/frozen2/cli.js (frozen). Texts: hopital.txt, espace.txt (written for this review).',
         'Recomputed by `python3 tally.py` from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.', '',
         '| | hopital | espace | total |', '|---|---|---|---|']
def row(label, fn):
    lines.append(f'| {label} | ' + ' | '.join(fn(stats[f]) for f in FILES + ['total']) + ' |')
row('non-punctuation tokens in text', lambda s: str(s['words_in_text']))
row('words judged (NOUN/VERB/ADJ/ADV/PROPN/PRON)', lambda s: str(s['judged']))
row('acceptable, strict', lambda s: f"{s['strict']} ({pct(s['strict'], s['judged'])})")
row('acceptable, lenient (inside a rightly glossed expression counts)', lambda s: f"{s['lenient']} ({pct(s['lenient'], s['judged'])})")
row('judged words inside an expression', lambda s: str(s['inside_expr']))
row('strict fails rescued by a right expression', lambda s: str(s['fail_inside_right_expr']))
row('expressions found', lambda s: str(s['expr_found']))
row('expressions right', lambda s: f"{s['expr_right']} ({pct(s['expr_right'], s['expr_found'])})")
row('fixed expressions missed', lambda s: str(s['missed']))
row('reversals (rows in errors.tsv)', lambda s: str(s['reversals']))
row('misleading errors (rows in errors.tsv)', lambda s: str(s['misleading']))
row('minor errors (rows in errors.tsv)', lambda s: str(s['minor']))
row('error rows counted (plus function-word rows listed as other)', lambda s: f"{s['error_rows']} (+{s['other_rows']})")
lines += ['', 'Strict accuracy by engine UPOS (both files):', '',
          '| UPOS | judged | ok strict |', '|---|---|---|']
for p in sorted(pos_stats):
    lines.append(f'| {p} | {pos_stats[p]} | {pos_ok[p]} ({pct(pos_ok[p], pos_stats[p])}) |')
notes_path = os.path.join(HERE, 'tally_notes.md')
if os.path.exists(notes_path):
    lines += ['', open(notes_path, encoding='utf-8').read().rstrip()]
out = '\n'.join(lines) + '\n'
open(os.path.join(HERE, 'tally.md'), 'w', encoding='utf-8').write(out)
print(out)
