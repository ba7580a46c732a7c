#!/usr/bin/env python3
"""Check the blind judgement files against the engine JSON and print the figures (markdown)."""
import csv, json, re, sys
from collections import Counter, defaultdict
FILES = ['seisme', 'ia-emploi']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
SEV = ['reversal', 'misleading', 'minor']
CLASSES = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'expression-wrong', 'expression-missed', 'other']

def read(name):
    with open(name, encoding='utf-8', newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

problems = []
def check(cond, msg):
    if not cond: problems.append(msg)

data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')

# --- token judgements
seen = defaultdict(Counter)
for r in judged:
    f, i = r['file'], int(r['token index'])
    toks = data[f]['tokens']
    check(0 <= i < len(toks), f'{f} #{i}: index out of range')
    t = toks[i]
    check(r['form'] == t['form'], f'{f} #{i}: form {r["form"]!r} != JSON {t["form"]!r}')
    check(r['upos(engine)'] == t['upos'], f'{f} #{i}: upos mismatch')
    check(t['upos'] in JUDGED, f'{f} #{i}: judged a {t["upos"]} token')
    check(r['verdict'] in ('ok', 'fail'), f'{f} #{i}: bad verdict')
    check(r['inside-right-expression'] in ('yes', 'no'), f'{f} #{i}: bad inside flag')
    if r['verdict'] == 'ok': check(r['class'] == '-', f'{f} #{i}: ok with a class')
    else: check(r['class'] in CLASSES, f'{f} #{i}: bad class {r["class"]}')
    seen[f][i] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED:
            check(seen[f][i] == 1, f'{f} #{i} {t["form"]}: judged {seen[f][i]} times')

# --- expressions
right_expr = defaultdict(set)
xseen = defaultdict(Counter)
missed = defaultdict(list)
for r in exprs:
    f = r['file']
    if r['expr index'] == '-':
        check(r['verdict'] == 'missed', f'{f}: missed row without verdict missed')
        missed[f].append(r['lemma']); continue
    k = int(r['expr index']); e = data[f]['expressions'][k]
    check(r['lemma'] == e['lemma'], f'{f} E{k}: lemma mismatch')
    check(r['parts'] == ','.join(map(str, e['parts'])), f'{f} E{k}: parts mismatch')
    check(r['verdict'] in ('right', 'wrong'), f'{f} E{k}: bad verdict')
    xseen[f][k] += 1
    if r['verdict'] == 'right': right_expr[f].add(k)
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        check(xseen[f][k] == 1, f'{f} E{k}: judged {xseen[f][k]} times')
# inside-right-expression flag consistent with JSON + expression verdicts
for r in judged:
    f, i = r['file'], int(r['token index']); t = data[f]['tokens'][i]
    want = 'yes' if t.get('expression') in right_expr[f] else 'no'
    check(r['inside-right-expression'] == want, f'{f} #{i}: inside flag {r["inside-right-expression"]} should be {want}')

# --- error rows: exactly one per failed token / wrong or missed expression
ekeys = Counter()
for r in errors:
    check(r['severity'] in SEV, f'error row bad severity: {r}')
    check(r['class'] in CLASSES, f'error row bad class: {r}')
    tk = r['token(s)']
    m = re.match(r'#(\d+) ', tk)
    if m: ekeys[(r['file'], 'tok', int(m.group(1)))] += 1
    elif tk.startswith('E'): ekeys[(r['file'], 'expr', int(tk[1:].split()[0]))] += 1
    elif tk.startswith('missed: '): ekeys[(r['file'], 'missed', tk[len('missed: '):])] += 1
    else: problems.append(f'unparseable error row: {tk}')
need = Counter()
for r in judged:
    if r['verdict'] == 'fail':
        need[(r['file'], 'tok', int(r['token index']))] += 1
        # class agreement
for r in exprs:
    if r['verdict'] == 'wrong': need[(r['file'], 'expr', int(r['expr index']))] += 1
    if r['verdict'] == 'missed': need[(r['file'], 'missed', r['lemma'])] += 1
for k in set(need) | set(ekeys):
    check(ekeys[k] == 1 and need[k] == 1, f'error rows for {k}: {ekeys[k]} (needed {need[k]})')
cls_j = {(r['file'], int(r['token index'])): r['class'] for r in judged if r['verdict'] == 'fail'}
for r in errors:
    m = re.match(r'#(\d+) ', r['token(s)'])
    if m: check(cls_j.get((r['file'], int(m.group(1)))) == r['class'], f'class mismatch for {r["file"]} {r["token(s)"]}')

if problems:
    print('CHECK FAILED:'); [print(' -', p) for p in problems]; sys.exit(1)

# --- figures
def pct(n, d): return f'{n} ({100*n/d:.1f} %)' if d else '0'
scopes = FILES + ['total']
def rows_for(s, rows): return [r for r in rows if s == 'total' or r['file'] == s]
out = ['# Blind review W: tally', '', 'All checks passed: forms match the JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once, every expression judged, one error row per failed token / wrong or missed expression.', '']
out += ['| | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversal | misleading | minor |', '|---|---|---|---|---|---|---|---|---|']
for s in scopes:
    J = rows_for(s, judged); n = len(J)
    ok = sum(r['verdict'] == 'ok' for r in J)
    len_ = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    X = [r for r in rows_for(s, exprs) if r['expr index'] != '-']
    xr = sum(r['verdict'] == 'right' for r in X)
    mi = sum(r['verdict'] == 'missed' for r in rows_for(s, exprs))
    sv = Counter(r['severity'] for r in rows_for(s, errors))
    out.append(f'| {s} | {n} | {pct(ok, n)} | {pct(len_, n)} | {len(X)} / {xr} | {mi} | {sv["reversal"]} | {sv["misleading"]} | {sv["minor"]} |')
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | ' + ' | '.join(scopes) + ' |', '|---|' + '---|' * len(scopes)]
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for s in scopes:
        J = [r for r in rows_for(s, judged) if r['upos(engine)'] == u]
        ok = sum(r['verdict'] == 'ok' for r in J)
        cells.append(f'{ok}/{len(J)} ({100*ok/len(J):.1f} %)' if J else '-')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out += ['', '## Error counts by class (error rows)', '', '| class | ' + ' | '.join(scopes) + ' |', '|---|' + '---|' * len(scopes)]
for c in CLASSES:
    out.append(f'| {c} | ' + ' | '.join(str(sum(r['class'] == c for r in rows_for(s, errors))) for s in scopes) + ' |')
out.append('| **all** | ' + ' | '.join(str(len(rows_for(s, errors))) for s in scopes) + ' |')
out += ['', '## Severity × class (total)', '', '| class | reversal | misleading | minor |', '|---|---|---|---|']
for c in CLASSES:
    cc = Counter(r['severity'] for r in errors if r['class'] == c)
    if sum(cc.values()): out.append(f'| {c} | {cc["reversal"]} | {cc["misleading"]} | {cc["minor"]} |')
print('\n'.join(out))
