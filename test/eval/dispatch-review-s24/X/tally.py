#!/usr/bin/env python3
"""Checks the blind review files against the engine JSON and prints the figures (markdown)."""
import json, csv, sys, re
from collections import Counter, defaultdict

FILES = ['gouvernement', 'mer-chine']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
CLASSES = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
           'expression-wrong', 'expression-missed', 'other']
SEVS = ['reversal', 'misleading', 'minor']

def read(name):
    with open(name, newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

problems = []
def check(cond, msg):
    if not cond:
        problems.append(msg)

data = {f: json.load(open(f + '.json')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')

# --- expressions ---
exverdict = defaultdict(dict)   # file -> idx -> verdict
missed = defaultdict(list)      # file -> [lemma]
for r in exprs:
    f = r['file']; check(f in data, f'unknown file {f}')
    if r['expr index'] == '-':
        check(r['verdict'] == 'missed', f'missed row with verdict {r["verdict"]}')
        missed[f].append(r['lemma'])
        continue
    k = int(r['expr index'])
    E = data[f]['expressions']
    check(0 <= k < len(E), f'{f} expr {k} out of range')
    check(k not in exverdict[f], f'{f} expr {k} judged twice')
    check(r['verdict'] in ('right', 'wrong'), f'{f} expr {k} bad verdict')
    check(r['lemma'] == E[k]['lemma'], f'{f} expr {k} lemma mismatch')
    check(r['parts'] == ','.join(map(str, E[k]['parts'])), f'{f} expr {k} parts mismatch')
    check((r['class'] == '-') == (r['verdict'] == 'right'), f'{f} expr {k} class/verdict mismatch')
    exverdict[f][k] = r['verdict']
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        check(k in exverdict[f], f'{f} expr {k} not judged')

# --- tokens ---
tok = defaultdict(dict)
for r in judged:
    f = r['file']; i = int(r['token index']); T = data[f]['tokens']
    check(0 <= i < len(T), f'{f} token {i} out of range')
    t = T[i]
    check(r['form'] == t['form'], f'{f} token {i}: form {r["form"]!r} != {t["form"]!r}')
    check(r['upos(engine)'] == t['upos'], f'{f} token {i}: upos mismatch')
    check(t['upos'] in JUDGED, f'{f} token {i}: class {t["upos"]} should not be judged')
    check(i not in tok[f], f'{f} token {i} judged twice')
    check(r['verdict'] in ('ok', 'fail'), f'{f} token {i} bad verdict')
    check((r['class'] == '-') == (r['verdict'] == 'ok'), f'{f} token {i} class/verdict mismatch')
    check(r['verdict'] == 'ok' or r['class'] in CLASSES, f'{f} token {i} unknown class')
    inside = t.get('expression') is not None and exverdict[f].get(t['expression']) == 'right'
    check(r['inside-right-expression'] == ('yes' if inside else 'no'), f'{f} token {i}: inside-right-expression inconsistent')
    if t['upos'] in ('NOUN', 'VERB', 'ADJ', 'ADV') and not t.get('gloss'):
        check(r['verdict'] == 'fail', f'{f} token {i}: content word without gloss judged ok')
    tok[f][i] = r
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED:
            check(i in tok[f], f'{f} token {i} ({t["form"]}) not judged')

# --- errors: exactly one row per failed token / wrong expr / missed expr ---
ecount = Counter()
for r in errors:
    f = r['file']; key = r['token(s)']
    check(r['class'] in CLASSES, f'error row bad class: {key}')
    check(r['severity'] in SEVS, f'error row bad severity: {key}')
    m = re.match(r'^t(\d+) ', key)
    if m:
        i = int(m.group(1)); ecount[(f, 't', i)] += 1
        check(i in tok[f] and tok[f][i]['verdict'] == 'fail', f'{f} error row for token {i} which is not failed')
        check(i in tok[f] and tok[f][i]['class'] == r['class'], f'{f} token {i} class differs between files')
        check(key[len(m.group(0)):].startswith(data[f]['tokens'][i]['form']), f'{f} error row token {i} form mismatch')
        continue
    m = re.match(r'^e(\d+) ', key)
    if m:
        k = int(m.group(1)); ecount[(f, 'e', k)] += 1
        check(exverdict[f].get(k) == 'wrong', f'{f} error row for expr {k} not judged wrong')
        continue
    m = re.match(r'^m: (.+?) \(', key)
    if m:
        ecount[(f, 'm', m.group(1))] += 1
        check(m.group(1) in missed[f], f'{f} error row for missed {m.group(1)} not in expressions.tsv')
        check(r['class'] == 'expression-missed', f'{f} missed row class')
        continue
    problems.append(f'unparseable error row: {key}')
for f in FILES:
    for i, r in tok[f].items():
        if r['verdict'] == 'fail':
            check(ecount[(f, 't', i)] == 1, f'{f} failed token {i} has {ecount[(f,"t",i)]} error rows')
    for k, v in exverdict[f].items():
        if v == 'wrong':
            check(ecount[(f, 'e', k)] == 1, f'{f} wrong expr {k} has {ecount[(f,"e",k)]} error rows')
    for lem in missed[f]:
        check(ecount[(f, 'm', lem)] == 1, f'{f} missed {lem} has {ecount[(f,"m",lem)]} error rows')

# --- figures ---
def pct(a, b):
    return f'{a} ({100.0*a/b:.1f}%)' if b else f'{a} (-)'

out = []
out.append('# Blind review tally (frozen3 engine)\n')
out.append('Checks: ' + ('all passed' if not problems else f'{len(problems)} PROBLEM(S)') + '\n')
for p in problems:
    out.append(f'- PROBLEM: {p}')
scopes = FILES + ['total']
def rows_of(scope):
    return [r for r in judged if scope == 'total' or r['file'] == scope]
def err_of(scope):
    return [r for r in errors if scope == 'total' or r['file'] == scope]

out.append('| | ' + ' | '.join(scopes) + ' |')
out.append('|---|' + '---|' * len(scopes))
def line(label, fn):
    out.append(f'| {label} | ' + ' | '.join(fn(s) for s in scopes) + ' |')
line('words judged', lambda s: str(len(rows_of(s))))
line('acceptable strict', lambda s: pct(sum(r['verdict'] == 'ok' for r in rows_of(s)), len(rows_of(s))))
line('acceptable lenient', lambda s: pct(sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in rows_of(s)), len(rows_of(s))))
def exfound(s):
    fs = FILES if s == 'total' else [s]
    n = sum(len(exverdict[f]) for f in fs); ok = sum(v == 'right' for f in fs for v in exverdict[f].values())
    return f'{n} / {ok}'
line('expressions found / right', exfound)
line('expressions missed', lambda s: str(sum(len(missed[f]) for f in (FILES if s == 'total' else [s]))))
for sev in SEVS:
    line(f'errors: {sev}', lambda s, sev=sev: str(sum(r['severity'] == sev for r in err_of(s))))
line('error rows (all)', lambda s: str(len(err_of(s))))

out.append('\n## Strict accuracy by engine UPOS\n')
out.append('| UPOS | ' + ' | '.join(scopes) + ' |')
out.append('|---|' + '---|' * len(scopes))
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for s in scopes:
        rs = [r for r in rows_of(s) if r['upos(engine)'] == u]
        ok = sum(r['verdict'] == 'ok' for r in rs)
        cells.append(f'{ok}/{len(rs)} ({100.0*ok/len(rs):.1f}%)' if rs else '-')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')

out.append('\n## Error counts by class (error rows)\n')
out.append('| class | ' + ' | '.join(scopes) + ' |')
out.append('|---|' + '---|' * len(scopes))
for c in CLASSES:
    out.append(f'| {c} | ' + ' | '.join(str(sum(r['class'] == c for r in err_of(s))) for s in scopes) + ' |')

out.append('\n## Severity by class (total)\n')
out.append('| class | ' + ' | '.join(SEVS) + ' |')
out.append('|---|' + '---|' * len(SEVS))
for c in CLASSES:
    out.append(f'| {c} | ' + ' | '.join(str(sum(r['class'] == c and r['severity'] == v for r in errors)) for v in SEVS) + ' |')

print('\n'.join(out))
sys.exit(1 if problems else 0)
