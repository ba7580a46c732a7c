#!/usr/bin/env python3
"""Recompute review figures from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.
Usage: python3 tally.py  (run in /tmp/s23/blind-N) -> prints markdown and writes tally.md"""
import csv, json, sys, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['secheresse', 'otages']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
def read(name):
    with open(name, newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
jud, exs, errs = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
problems = []
data = {f: json.load(open(f + '.json')) for f in FILES}
# --- consistency checks
for f in FILES:
    T = data[f]['tokens']; E = data[f]['expressions']
    seen = collections.Counter()
    for r in jud:
        if r['file'] != f: continue
        i = int(r['token index'])
        if i >= len(T) or T[i]['form'] != r['form']:
            problems.append(f'{f} row {i}: form {r["form"]!r} != JSON {T[i]["form"] if i < len(T) else None!r}')
        if i < len(T) and T[i].get('upos') != r['upos(engine)']:
            problems.append(f'{f} row {i}: upos mismatch')
        if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f} {i}: bad verdict')
        if r['inside-right-expression'] not in ('yes', 'no'): problems.append(f'{f} {i}: bad inside flag')
        seen[i] += 1
    for i, t in enumerate(T):
        if t.get('upos') in JUDGED and seen[i] != 1:
            problems.append(f'{f} token {i} {t["form"]!r} ({t["upos"]}) judged {seen[i]} times')
    for i in seen:
        if T[i].get('upos') not in JUDGED: problems.append(f'{f} token {i} judged but upos {T[i].get("upos")}')
    exrows = [r for r in exs if r['file'] == f and r['expr index'] != 'missed']
    idx = collections.Counter(int(r['expr index']) for r in exrows)
    for k, e in enumerate(E):
        if idx[k] != 1: problems.append(f'{f} expression {k} listed {idx[k]} times')
    for r in exrows:
        k = int(r['expr index'])
        if k >= len(E) or E[k]['lemma'] != r['lemma']: problems.append(f'{f} expression {k} lemma mismatch')
        if r['verdict'] not in ('right', 'wrong'): problems.append(f'{f} expression {k} bad verdict')
    # inside-right-expression flag must agree with JSON + expression verdicts
    right = {int(r['expr index']) for r in exrows if r['verdict'] == 'right'}
    for r in jud:
        if r['file'] != f: continue
        t = T[int(r['token index'])]
        want = 'yes' if t.get('expression') is not None and t['expression'] in right else 'no'
        if r['inside-right-expression'] != want: problems.append(f'{f} {r["token index"]}: inside flag {r["inside-right-expression"]} != {want}')
    nfail = sum(1 for r in jud if r['file'] == f and r['verdict'] == 'fail')
    nwrong = sum(1 for r in exrows if r['verdict'] == 'wrong')
    nmiss = sum(1 for r in exs if r['file'] == f and r['expr index'] == 'missed')
    nerr = sum(1 for r in errs if r['file'] == f)
    if nerr != nfail + nwrong + nmiss:
        problems.append(f'{f}: errors.tsv has {nerr} rows, expected {nfail}+{nwrong}+{nmiss}')
for r in errs:
    if r['severity'] not in ('reversal', 'misleading', 'minor'): problems.append(f'bad severity {r}')
# --- figures
def pct(a, b): return f'{100*a/b:.1f}%' if b else '–'
def fig(fs):
    J = [r for r in jud if r['file'] in fs]
    X = [r for r in exs if r['file'] in fs and r['expr index'] != 'missed']
    M = [r for r in exs if r['file'] in fs and r['expr index'] == 'missed']
    R = [r for r in errs if r['file'] in fs]
    n = len(J); s = sum(r['verdict'] == 'ok' for r in J)
    l = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    sev = collections.Counter(r['severity'] for r in R)
    return dict(n=n, strict=s, lenient=l, ex=len(X), exright=sum(r['verdict'] == 'right' for r in X),
                missed=len(M), rev=sev['reversal'], mis=sev['misleading'], minor=sev['minor'])
out = ['# Blind review N — tally', '']
if problems:
    out += ['**CONSISTENCY PROBLEMS:**', ''] + ['- ' + p for p in problems] + ['']
else:
    out += ['Consistency checks passed: every judged row matches its JSON token; every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged exactly once; every expression listed once; error rows = failed tokens + wrong + missed expressions.', '']
out += ['| file | words judged | acceptable strict | acceptable lenient | expressions found | expressions right | missed expressions | reversals | misleading | minor |',
        '|---|---|---|---|---|---|---|---|---|---|']
for name, fs in [(f, [f]) for f in FILES] + [('**total**', FILES)]:
    g = fig(fs)
    out.append(f"| {name} | {g['n']} | {g['strict']} ({pct(g['strict'], g['n'])}) | {g['lenient']} ({pct(g['lenient'], g['n'])}) | {g['ex']} | {g['exright']} ({pct(g['exright'], g['ex'])}) | {g['missed']} | {g['rev']} | {g['mis']} | {g['minor']} |")
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for fs in [[f] for f in FILES] + [FILES]:
        J = [r for r in jud if r['file'] in fs and r['upos(engine)'] == u]
        k = sum(r['verdict'] == 'ok' for r in J)
        cells.append(f'{k}/{len(J)} ({pct(k, len(J))})')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out += ['', '## Errors by class (errors.tsv)', '', '| class | minor | misleading | reversal | total |', '|---|---|---|---|---|']
cc = collections.defaultdict(collections.Counter)
for r in errs: cc[r['class']][r['severity']] += 1
for c, v in sorted(cc.items(), key=lambda kv: -sum(kv[1].values())):
    out.append(f"| {c} | {v['minor']} | {v['misleading']} | {v['reversal']} | {sum(v.values())} |")
out += ['', '## Reversal and misleading errors', '']
for r in errs:
    if r['severity'] in ('reversal', 'misleading'):
        out.append(f"- [{r['severity']}] {r['file']}: {r['sentence excerpt']} — **{r['token(s)']}**: engine gave {r['engine gave']!s} → should be {r['should be']} ({r['class']})")
text = '\n'.join(out) + '\n'
open('tally.md', 'w').write(text)
print(text)
sys.exit(1 if problems else 0)
