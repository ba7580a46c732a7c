#!/usr/bin/env python3
"""Recompute the review figures from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.
Checks: every judged row's form matches the JSON token at that index; every NOUN/VERB/ADJ/ADV/PROPN/PRON
token is judged exactly once (and nothing else is); every failed token has exactly one errors.tsv row;
every wrong/missed expression has an errors.tsv row."""
import csv, json, os, sys
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
J = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
FILES = ['cpi', 'logement']

def read(name):
    with open(name, newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
problems = []
data = {f: json.load(open(f'{f}.json')) for f in FILES}

# --- consistency checks ---
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token index'])
    toks = data[f]['tokens']
    if i >= len(toks): problems.append(f'{f}:{i} index out of range'); continue
    t = toks[i]
    if t['form'] != r['form']: problems.append(f"{f}:{i} form {r['form']!r} != JSON {t['form']!r}")
    if t.get('upos') != r['upos(engine)']: problems.append(f"{f}:{i} upos {r['upos(engine)']} != JSON {t.get('upos')}")
    if t.get('upos') not in J: problems.append(f'{f}:{i} judged but UPOS {t.get("upos")} not in scope')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f}:{i} bad verdict {r["verdict"]}')
    if r['inside-right-expression'] not in ('yes', 'no'): problems.append(f'{f}:{i} bad inside flag')
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t.get('upos') in J and seen[(f, i)] != 1:
            problems.append(f'{f}:{i} {t["form"]} judged {seen[(f, i)]} times')
# inside-right-expression must agree with JSON expression field + expressions.tsv verdicts
right_expr = {(r['file'], int(r['expr index'])) for r in exprs if r['expr index'] != 'missed' and r['verdict'] == 'right'}
for f in FILES:
    n_found = sum(1 for r in exprs if r['file'] == f and r['expr index'] != 'missed')
    if n_found != len(data[f]['expressions']):
        problems.append(f'{f}: expressions.tsv has {n_found} found rows, JSON has {len(data[f]["expressions"])}')
for r in judged:
    t = data[r['file']]['tokens'][int(r['token index'])]
    e = t.get('expression')
    want = 'yes' if e is not None and (r['file'], e) in right_expr else 'no'
    if r['inside-right-expression'] != want:
        problems.append(f"{r['file']}:{r['token index']} inside flag {r['inside-right-expression']} != {want}")
# errors.tsv coverage
err_tok = Counter()
for e in errors:
    if e['class'] not in ('expression-missed', 'expression-wrong', 'expression-wrong-gloss'):
        idx = e['token(s)'].rsplit('[', 1)[-1].rstrip(']')
        err_tok[(e['file'], int(idx))] += 1
for r in judged:
    k = (r['file'], int(r['token index']))
    if r['verdict'] == 'fail' and err_tok[k] != 1: problems.append(f'{k} failed but has {err_tok[k]} error rows')
    if r['verdict'] == 'ok' and err_tok[k]: problems.append(f'{k} ok but has an error row')
for f in FILES:
    nwrong = sum(1 for r in exprs if r['file'] == f and r['verdict'] == 'wrong')
    nmiss = sum(1 for r in exprs if r['file'] == f and r['expr index'] == 'missed')
    e_wrong = sum(1 for e in errors if e['file'] == f and e['class'] in ('expression-wrong', 'expression-wrong-gloss'))
    e_miss = sum(1 for e in errors if e['file'] == f and e['class'] == 'expression-missed')
    if nwrong != e_wrong or nmiss != e_miss:
        problems.append(f'{f}: expression error rows mismatch ({nwrong}/{e_wrong} wrong, {nmiss}/{e_miss} missed)')

# --- figures ---
def pct(a, b): return f'{a} ({100*a/b:.1f} %)' if b else '0'
def figures(fs):
    jr = [r for r in judged if r['file'] in fs]
    n = len(jr)
    strict = sum(r['verdict'] == 'ok' for r in jr)
    lenient = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in jr)
    xr = [r for r in exprs if r['file'] in fs and r['expr index'] != 'missed']
    found, right = len(xr), sum(r['verdict'] == 'right' for r in xr)
    missed = sum(1 for r in exprs if r['file'] in fs and r['expr index'] == 'missed')
    sev = Counter(e['severity'] for e in errors if e['file'] in fs)
    return [str(n), pct(strict, n), pct(lenient, n), str(found), pct(right, found), str(missed),
            str(sev['reversal']), str(sev['misleading']), str(sev['minor'])]

out = ['# Blind review O — figures (recomputed by tally.py)', '']
if problems:
    out += ['**CONSISTENCY PROBLEMS:**', ''] + [f'- {p}' for p in problems] + ['']
else:
    out += ['Consistency checks passed: every judged form matches its JSON token, every NOUN/VERB/ADJ/ADV/PROPN/PRON '
            'token is judged exactly once, every failed token and every missed/wrong expression has one errors.tsv row.', '']
hdr = ['', 'words judged', 'acceptable strict', 'acceptable lenient', 'expressions found', 'expressions right',
       'missed expressions', 'reversals', 'misleading', 'minor']
out += ['| ' + ' | '.join(hdr) + ' |', '|' + '---|' * len(hdr)]
for label, fs in [('cpi', ['cpi']), ('logement', ['logement']), ('**total**', FILES)]:
    out.append('| ' + ' | '.join([label] + figures(fs)) + ' |')
out += ['', '## Strict accuracy by engine UPOS', '']
cols = ['cpi', 'logement', 'total']
out += ['| UPOS | ' + ' | '.join(cols) + ' |', '|---|' + '---|' * len(cols)]
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for fs in (['cpi'], ['logement'], FILES):
        jr = [r for r in judged if r['file'] in fs and r['upos(engine)'] == u]
        ok = sum(r['verdict'] == 'ok' for r in jr)
        cells.append(f'{ok}/{len(jr)} ({100*ok/len(jr):.1f} %)' if jr else '–')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out += ['', '## Error classes (errors.tsv rows)', '', '| class | cpi | logement | total |', '|---|---|---|---|']
cc = Counter((e['class'], e['file']) for e in errors)
for c in sorted({e['class'] for e in errors}, key=lambda c: -sum(cc[(c, f)] for f in FILES)):
    out.append(f'| {c} | {cc[(c, "cpi")]} | {cc[(c, "logement")]} | {sum(cc[(c, f)] for f in FILES)} |')
out += ['', '## Failed tokens inside a correctly glossed expression (strict fail, lenient ok)', '']
for f in FILES:
    jr = [r for r in judged if r['file'] == f and r['verdict'] == 'fail' and r['inside-right-expression'] == 'yes']
    out.append(f'- {f}: {len(jr)} — ' + ', '.join(f"{r['form']} [{r['token index']}]" for r in jr))
text = '\n'.join(out) + '\n'
open('tally.md', 'w').write(text)
print(text)
sys.exit(1 if problems else 0)
