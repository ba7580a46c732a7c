#!/usr/bin/env python3
"""Checks the judgement files against the engine JSON and prints the figures (markdown)."""
import csv, json, re, sys
from collections import Counter, defaultdict
FILES = ['gaz', 'proces']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
SEVS = ['reversal', 'misleading', 'minor']
CLASSES = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
           'expression-wrong', 'expression-missed', 'other']

def read(path):
    with open(path, encoding='utf-8', newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

problems = []
def check(cond, msg):
    if not cond:
        problems.append(msg)

judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}

# error rows: index them by (file, kind, key)
err_by = Counter()
err_sev = defaultdict(Counter)
err_cls = defaultdict(Counter)
for r in errors:
    f, tok = r['file'], r['token(s)']
    check(r['severity'] in SEVS, f'bad severity {r}')
    check(r['class'] in CLASSES, f'bad class {r}')
    m = re.search(r'\[#(\d+)\]$', tok)
    if m: key = ('tok', int(m.group(1)))
    elif (m := re.search(r'\[expr (\d+)\]$', tok)): key = ('expr', int(m.group(1)))
    elif tok.endswith('[missed]'): key = ('missed', tok[:-len('[missed]')].strip())
    else:
        check(False, f'unparseable token(s) field: {tok}'); continue
    err_by[(f,) + key] += 1
    err_sev[f][r['severity']] += 1
    err_cls[f][r['class']] += 1

stats = {}
for f in FILES:
    T, X = data[f]['tokens'], data[f]['expressions']
    rows = [r for r in judged if r['file'] == f]
    seen = Counter(int(r['token index']) for r in rows)
    need = {i for i, t in enumerate(T) if t['upos'] in JUDGED}
    for i in need:
        check(seen[i] == 1, f'{f}: token {i} {T[i]["form"]!r} judged {seen[i]} times')
    for i in seen:
        check(i in need, f'{f}: token {i} judged but not in a judged class')
    erows = [r for r in exprs if r['file'] == f]
    found = [r for r in erows if r['expr index'] != '-']
    missed = [r for r in erows if r['expr index'] == '-']
    eseen = Counter(int(r['expr index']) for r in found)
    for i in range(len(X)):
        check(eseen[i] == 1, f'{f}: expression {i} judged {eseen[i]} times')
    right_parts = set()
    for r in found:
        i = int(r['expr index'])
        check(r['verdict'] in ('right', 'wrong'), f'{f}: expr {i} bad verdict')
        check(r['parts'] == ','.join(map(str, X[i]['parts'])), f'{f}: expr {i} parts differ from JSON')
        check(r['lemma'] == X[i]['lemma'], f'{f}: expr {i} lemma differs from JSON')
        if r['verdict'] == 'right':
            right_parts |= set(X[i]['parts'])
            check(err_by[(f, 'expr', i)] == 0, f'{f}: right expr {i} has an error row')
        else:
            check(err_by[(f, 'expr', i)] == 1, f'{f}: wrong expr {i} has {err_by[(f, "expr", i)]} error rows')
    for r in missed:
        check(r['verdict'] == 'missed', f'{f}: missed row with verdict {r["verdict"]}')
        check(err_by[(f, 'missed', r['lemma'])] == 1, f'{f}: missed {r["lemma"]!r} has {err_by[(f, "missed", r["lemma"])]} error rows')
    strict = lenient = 0
    by_upos = defaultdict(lambda: [0, 0])
    for r in rows:
        i = int(r['token index'])
        t = T[i]
        check(r['form'] == t['form'], f'{f}: token {i} form {r["form"]!r} != JSON {t["form"]!r}')
        check(r['upos(engine)'] == t['upos'], f'{f}: token {i} upos differs')
        check(r['verdict'] in ('ok', 'fail'), f'{f}: token {i} bad verdict')
        inside = 'yes' if i in right_parts else 'no'
        check(r['inside-right-expression'] == inside, f'{f}: token {i} inside-right-expression should be {inside}')
        ok = r['verdict'] == 'ok'
        if ok:
            check(r['class'] == '-', f'{f}: ok token {i} has class')
            check(err_by[(f, 'tok', i)] == 0, f'{f}: ok token {i} has an error row')
        else:
            check(r['class'] in CLASSES, f'{f}: token {i} bad class')
            check(err_by[(f, 'tok', i)] == 1, f'{f}: failed token {i} has {err_by[(f, "tok", i)]} error rows')
        strict += ok
        lenient += ok or inside == 'yes'
        by_upos[t['upos']][0] += 1
        by_upos[t['upos']][1] += ok
    stats[f] = dict(n=len(rows), strict=strict, lenient=lenient, found=len(found),
                    right=sum(r['verdict'] == 'right' for r in found), missed=len(missed),
                    upos=by_upos, sev=err_sev[f], cls=err_cls[f])
# every error row must correspond to something judged as an error
for (f, kind, key), n in err_by.items():
    if kind == 'tok':
        check(any(r['file'] == f and r['token index'] == str(key) and r['verdict'] == 'fail' for r in judged), f'{f}: error row for non-failed token {key}')
    elif kind == 'expr':
        check(any(r['file'] == f and r['expr index'] == str(key) and r['verdict'] == 'wrong' for r in exprs), f'{f}: error row for non-wrong expr {key}')
    else:
        check(any(r['file'] == f and r['expr index'] == '-' and r['lemma'] == key for r in exprs), f'{f}: error row for unknown missed {key!r}')

if problems:
    print('CHECKS FAILED:'); [print(' -', p) for p in problems]; sys.exit(1)

def pct(a, b): return f'{a} ({100 * a / b:.1f}%)' if b else f'{a} (-)'
tot = dict(n=0, strict=0, lenient=0, found=0, right=0, missed=0, upos=defaultdict(lambda: [0, 0]), sev=Counter(), cls=Counter())
for s in stats.values():
    for k in ('n', 'strict', 'lenient', 'found', 'right', 'missed'): tot[k] += s[k]
    for u, (a, b) in s['upos'].items(): tot['upos'][u][0] += a; tot['upos'][u][1] += b
    tot['sev'].update(s['sev']); tot['cls'].update(s['cls'])
cols = FILES + ['total']; S = dict(stats, total=tot)
print('# Blind review U — tally\n')
print('All checks passed (forms match JSON, every judged-class token judged once, every expression judged, one error row per failure).\n')
print('| | ' + ' | '.join(cols) + ' |'); print('|---' * (len(cols) + 1) + '|')
rows = [('words judged', lambda s: str(s['n'])),
        ('acceptable strict', lambda s: pct(s['strict'], s['n'])),
        ('acceptable lenient', lambda s: pct(s['lenient'], s['n'])),
        ('expressions found / right', lambda s: f"{s['found']} / {s['right']}"),
        ('expressions missed', lambda s: str(s['missed']))] + \
       [(f'severity: {v}', (lambda v: lambda s: str(s['sev'][v]))(v)) for v in SEVS]
for name, fn in rows:
    print(f'| {name} | ' + ' | '.join(fn(S[c]) for c in cols) + ' |')
print('\n## Strict accuracy by engine UPOS\n')
print('| UPOS | ' + ' | '.join(cols) + ' |'); print('|---' * (len(cols) + 1) + '|')
for u in sorted(JUDGED):
    print(f'| {u} | ' + ' | '.join((pct(S[c]['upos'][u][1], S[c]['upos'][u][0]) + f" of {S[c]['upos'][u][0]}") if S[c]['upos'][u][0] else '-' for c in cols) + ' |')
print('\n## Error counts by class\n')
print('| class | ' + ' | '.join(cols) + ' |'); print('|---' * (len(cols) + 1) + '|')
for c in CLASSES:
    print(f'| {c} | ' + ' | '.join(str(S[x]['cls'][c]) for x in cols) + ' |')
print(f"| **all** | " + ' | '.join(str(sum(S[x]['cls'].values())) for x in cols) + ' |')
