#!/usr/bin/env python3
"""Checks judged.tsv / expressions.tsv / errors.tsv against the engine JSON and prints the figures (markdown)."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['eau', 'banque']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'expression-wrong', 'expression-missed', 'other'}
SEVS = ['reversal', 'misleading', 'minor']

def read(name):
    with open(os.path.join(HERE, name), newline='', encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t'))

problems = []
def check(cond, msg):
    if not cond:
        problems.append(msg)

data = {f: json.load(open(os.path.join(HERE, f + '.json'), encoding='utf-8')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')

# --- judged tokens
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token index'])
    check(f in data, f'unknown file {f}')
    toks = data[f]['tokens']
    check(0 <= i < len(toks), f'{f} #{i}: index out of range')
    t = toks[i]
    check(r['form'] == t['form'], f'{f} #{i}: form {r["form"]!r} != JSON {t["form"]!r}')
    check(r['upos(engine)'] == t['upos'], f'{f} #{i}: upos {r["upos(engine)"]} != JSON {t["upos"]}')
    check(t['upos'] in JUDGED, f'{f} #{i}: judged token of class {t["upos"]}')
    check(r['verdict'] in ('ok', 'fail'), f'{f} #{i}: bad verdict')
    check(r['inside-right-expression'] in ('yes', 'no'), f'{f} #{i}: bad inside flag')
    if r['verdict'] == 'ok':
        check(r['class'] == '-', f'{f} #{i}: ok with class')
        check(bool(t.get('gloss')) or t['upos'] == 'PROPN', f'{f} #{i}: content word with no gloss judged ok')
    else:
        check(r['class'] in CLASSES, f'{f} #{i}: bad class {r["class"]}')
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED:
            check(seen[(f, i)] == 1, f'{f} #{i} {t["form"]}: judged {seen[(f, i)]} times')

# --- expressions
right_parts = defaultdict(set)
eseen = Counter()
missed = defaultdict(list)
for r in exprs:
    f = r['file']
    if r['expr index'] == '-':
        check(r['verdict'] == 'missed', f'{f}: row without index must be missed')
        check(r['class'] == 'expression-missed', f'{f}: missed row class')
        missed[f].append(r['lemma'])
        continue
    k = int(r['expr index']); E = data[f]['expressions']
    check(0 <= k < len(E), f'{f} E{k}: out of range')
    e = E[k]
    check(r['lemma'] == e['lemma'], f'{f} E{k}: lemma mismatch')
    check(r['parts'] == ','.join(map(str, e['parts'])), f'{f} E{k}: parts mismatch')
    check(r['verdict'] in ('right', 'wrong'), f'{f} E{k}: bad verdict')
    check((r['verdict'] == 'right') == (r['class'] == '-'), f'{f} E{k}: class/verdict mismatch')
    if r['verdict'] == 'right':
        right_parts[f].update(e['parts'])
    eseen[(f, k)] += 1
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        check(eseen[(f, k)] == 1, f'{f} E{k}: judged {eseen[(f, k)]} times')
for r in judged:
    f, i = r['file'], int(r['token index'])
    want = 'yes' if i in right_parts[f] else 'no'
    check(r['inside-right-expression'] == want, f'{f} #{i}: inside-right-expression should be {want}')

# --- errors: exactly one row per failure
need = Counter()
for r in judged:
    if r['verdict'] == 'fail':
        need[(r['file'], 'T', r['token index'])] += 1
for r in exprs:
    if r['verdict'] == 'wrong':
        need[(r['file'], 'E', r['expr index'])] += 1
    elif r['verdict'] == 'missed':
        need[(r['file'], 'M', r['lemma'])] += 1
got = Counter(); errclass = {}
for r in errors:
    f, tok = r['file'], r['token(s)']
    check(r['class'] in CLASSES, f'errors: bad class {r["class"]!r}')
    check(r['severity'] in SEVS, f'errors: bad severity {r["severity"]!r}')
    m = re.match(r'#(\d+) (.+)$', tok)
    if m:
        key = (f, 'T', m.group(1))
        jr = [j for j in judged if j['file'] == f and j['token index'] == m.group(1)]
        check(jr and jr[0]['form'] == m.group(2), f'errors: {f} {tok} form mismatch')
        check(jr and jr[0]['class'] == r['class'], f'errors: {f} {tok} class differs from judged.tsv')
    elif tok.startswith('E'):
        key = (f, 'E', tok[1:].split(':')[0])
        check(r['class'] == 'expression-wrong', f'errors: {tok} class')
    elif tok.startswith('M: '):
        key = (f, 'M', tok[3:])
        check(r['class'] == 'expression-missed', f'errors: {tok} class')
    else:
        check(False, f'errors: unparsable token(s) {tok!r}'); continue
    got[key] += 1
for key in set(need) | set(got):
    check(need[key] == 1 and got[key] == 1, f'error rows for {key}: need {need[key]}, got {got[key]}')

if problems:
    print('CHECKS FAILED:'); print('\n'.join(problems)); sys.exit(1)

# --- figures
def pct(n, d): return f'{n} ({100 * n / d:.1f} %)' if d else '0'
out = ['# Blind review S — tally', '',
       'Checks passed: forms match the JSON; every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged exactly once; '
       'every expression judged; one error row per failed token / wrong or missed expression.', '']
out += ['| | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversal | misleading | minor |',
        '|---|---|---|---|---|---|---|---|---|']
scopes = FILES + ['total']
def sel(rows, f): return [r for r in rows if f == 'total' or r['file'] == f]
for f in scopes:
    J = sel(judged, f); X = sel(exprs, f); R = sel(errors, f)
    n = len(J); ok = sum(r['verdict'] == 'ok' for r in J)
    len_ = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    found = [r for r in X if r['expr index'] != '-']; right = sum(r['verdict'] == 'right' for r in found)
    ms = sum(r['verdict'] == 'missed' for r in X); sv = Counter(r['severity'] for r in R)
    out.append(f'| {f} | {n} | {pct(ok, n)} | {pct(len_, n)} | {len(found)} / {right} | {ms} | {sv["reversal"]} | {sv["misleading"]} | {sv["minor"]} |')
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | ' + ' | '.join(scopes) + ' |', '|---' * (len(scopes) + 1) + '|']
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for f in scopes:
        J = [r for r in sel(judged, f) if r['upos(engine)'] == u]
        cells.append(f'{sum(r["verdict"] == "ok" for r in J)}/{len(J)} ({100 * sum(r["verdict"] == "ok" for r in J) / len(J):.1f} %)' if J else '-')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out += ['', '## Error counts by class (errors.tsv rows)', '', '| class | ' + ' | '.join(scopes) + ' |', '|---' * (len(scopes) + 1) + '|']
for c in ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'expression-wrong', 'expression-missed', 'other']:
    out.append(f'| {c} | ' + ' | '.join(str(sum(r['class'] == c for r in sel(errors, f))) for f in scopes) + ' |')
out.append(f'| **all** | ' + ' | '.join(str(len(sel(errors, f))) for f in scopes) + ' |')
print('\n'.join(out))
