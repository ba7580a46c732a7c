#!/usr/bin/env python3
"""Recompute the review figures from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.
Checks: each judged row's form matches the JSON token at that index; every
NOUN/VERB/ADJ/ADV/PROPN/PRON token is judged exactly once (and nothing else);
inside-right-expression agrees with the expression verdicts; every JSON expression
has exactly one row; errors.tsv has one row per failed token / wrong or missed expression.
Writes tally.md and prints it."""
import csv, json, sys, os
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['agriculture', 'budget']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
SEVS = ('reversal', 'misleading', 'minor')

def rows(name):
    with open(name, newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

judged, exprs, errors = rows('judged.tsv'), rows('expressions.tsv'), rows('errors.tsv')
problems = []
stats = {}
for f in FILES:
    d = json.load(open(f + '.json'))
    toks, jexp = d['tokens'], d['expressions']
    jr = [r for r in judged if r['file'] == f]
    er = [r for r in exprs if r['file'] == f]
    rr = [r for r in errors if r['file'] == f]
    # --- token checks
    seen = Counter(int(r['token index']) for r in jr)
    need = {i for i, t in enumerate(toks) if t.get('upos') in JUDGED}
    for i, c in seen.items():
        if c != 1: problems.append(f'{f}: token {i} judged {c} times')
    for i in need - set(seen): problems.append(f'{f}: token {i} ({toks[i]["form"]}, {toks[i]["upos"]}) not judged')
    for i in set(seen) - need: problems.append(f'{f}: token {i} judged but UPOS {toks[i].get("upos")} not in judged set')
    for r in jr:
        i = int(r['token index'])
        if toks[i]['form'] != r['form']: problems.append(f'{f}: row {i} form {r["form"]!r} != JSON {toks[i]["form"]!r}')
        if toks[i].get('upos') != r['upos(engine)']: problems.append(f'{f}: row {i} upos mismatch')
        if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f}: row {i} bad verdict')
    # --- expression checks
    found = [r for r in er if r['expr index'] != 'missed']
    missed = [r for r in er if r['expr index'] == 'missed']
    if sorted(int(r['expr index']) for r in found) != list(range(len(jexp))):
        problems.append(f'{f}: expression rows do not cover JSON expressions 0..{len(jexp)-1} exactly once')
    right_tok = set()
    for r in found:
        k = int(r['expr index'])
        if ','.join(map(str, jexp[k]['parts'])) != r['parts']: problems.append(f'{f}: expr {k} parts mismatch')
        if r['verdict'] == 'right': right_tok.update(jexp[k]['parts'])
        elif r['verdict'] != 'wrong': problems.append(f'{f}: expr {k} bad verdict')
    for r in jr:
        exp_inside = 'yes' if int(r['token index']) in right_tok else 'no'
        if r['inside-right-expression'] != exp_inside:
            problems.append(f'{f}: token {r["token index"]} inside-right-expression {r["inside-right-expression"]} but expressions say {exp_inside}')
    # --- errors checks
    n_fail = sum(r['verdict'] == 'fail' for r in jr)
    n_wrong = sum(r['verdict'] == 'wrong' for r in found)
    if len(rr) != n_fail + n_wrong + len(missed):
        problems.append(f'{f}: errors.tsv has {len(rr)} rows, expected {n_fail}+{n_wrong}+{len(missed)}')
    for r in rr:
        if r['severity'] not in SEVS: problems.append(f'{f}: bad severity {r["severity"]}')
    # --- figures
    by_upos = defaultdict(lambda: [0, 0])
    for r in jr:
        by_upos[r['upos(engine)']][1] += 1
        by_upos[r['upos(engine)']][0] += r['verdict'] == 'ok'
    sev = Counter(r['severity'] for r in rr)
    stats[f] = dict(
        judged=len(jr),
        strict=sum(r['verdict'] == 'ok' for r in jr),
        lenient=sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in jr),
        found=len(found), right=sum(r['verdict'] == 'right' for r in found),
        missed=len(missed), sev=sev, by_upos=by_upos,
        classes=Counter(r['class'] for r in rr))

def add(a, b):
    out = {}
    for k in a:
        if isinstance(a[k], int): out[k] = a[k] + b[k]
        elif isinstance(a[k], Counter): out[k] = a[k] + b[k]
        else:
            dd = defaultdict(lambda: [0, 0])
            for src in (a[k], b[k]):
                for u, (o, n) in src.items(): dd[u][0] += o; dd[u][1] += n
            out[k] = dd
    return out
stats['total'] = add(stats['agriculture'], stats['budget'])

pct = lambda n, d: f'{n} ({100*n/d:.1f} %)' if d else '0'
cols = FILES + ['total']
L = ['# Blind review K: tally', '', 'Computed by tally.py from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.', '']
L.append('| figure | ' + ' | '.join(cols) + ' |')
L.append('|---|' + '---:|' * len(cols))
def line(name, fn): L.append(f'| {name} | ' + ' | '.join(fn(stats[c]) for c in cols) + ' |')
line('words judged', lambda s: str(s['judged']))
line('acceptable, strict', lambda s: pct(s['strict'], s['judged']))
line('acceptable, lenient', lambda s: pct(s['lenient'], s['judged']))
line('expressions found', lambda s: str(s['found']))
line('expressions right', lambda s: pct(s['right'], s['found']))
line('missed expressions', lambda s: str(s['missed']))
for sv in SEVS: line(f'errors: {sv}', lambda s, sv=sv: str(s['sev'][sv]))
line('errors: all rows', lambda s: str(sum(s['sev'].values())))
L += ['', '## Strict accuracy by engine UPOS', '']
L.append('| UPOS | ' + ' | '.join(cols) + ' |')
L.append('|---|' + '---:|' * len(cols))
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    L.append(f'| {u} | ' + ' | '.join(
        (lambda o, n: f'{o}/{n} ({100*o/n:.0f} %)' if n else '–')(*stats[c]['by_upos'].get(u, [0, 0])) for c in cols) + ' |')
L += ['', '## Error rows by class (errors.tsv)', '']
L.append('| class | ' + ' | '.join(cols) + ' |')
L.append('|---|' + '---:|' * len(cols))
for cl, _ in stats['total']['classes'].most_common():
    L.append(f'| {cl} | ' + ' | '.join(str(stats[c]['classes'][cl]) for c in cols) + ' |')
L += ['', '## Consistency checks', '']
L += ['- all checks passed (forms match JSON; every judged-UPOS token judged exactly once; '
      'inside-right-expression consistent; every expression judged once; errors rows complete)'] if not problems else [f'- PROBLEM: {p}' for p in problems]
out = '\n'.join(L) + '\n'
open('tally.md', 'w').write(out)
print(out)
sys.exit(1 if problems else 0)
