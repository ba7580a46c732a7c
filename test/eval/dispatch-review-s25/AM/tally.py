#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import json, os, re, sys
from collections import Counter, defaultdict
D = os.path.dirname(os.path.abspath(__file__)) + '/'
FILES = ['cyberattaque', 'jeux-olympiques']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKEN_CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
ERR_CLASSES = TOKEN_CLASSES | {'expression-wrong', 'expression-missed'}
SEV = ['reversal', 'misleading', 'minor']

def read(name):
    with open(D + name, encoding='utf-8') as f:
        lines = f.read().rstrip('\n').split('\n')
    head = lines[0].split('\t')
    rows = [dict(zip(head, l.split('\t'))) for l in lines[1:]]
    for r in rows:
        assert len(r) == len(head), (name, r)
    return rows

judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
problems = []
data = {f: json.load(open(D + f + '.json', encoding='utf-8')) for f in FILES}

# --- expressions: each found expression judged exactly once, lemma matches
right_parts = defaultdict(set)
for f in FILES:
    ex = data[f]['expressions']
    rows = [r for r in exprs if r['file'] == f and r['expr'] != '-']
    idx = Counter(int(r['expr']) for r in rows)
    for k in range(len(ex)):
        if idx[k] != 1:
            problems.append(f'{f}: expression {k} judged {idx[k]} times')
    for r in rows:
        k = int(r['expr'])
        if k >= len(ex):
            problems.append(f'{f}: expression {k} not in JSON'); continue
        if r['lemma'] != ex[k]['lemma']:
            problems.append(f'{f}: expression {k} lemma {r["lemma"]!r} != {ex[k]["lemma"]!r}')
        if r['verdict'] not in ('right', 'wrong'):
            problems.append(f'{f}: expression {k} bad verdict {r["verdict"]}')
        if r['verdict'] == 'right':
            right_parts[f].update(ex[k]['parts'])
for r in exprs:
    if r['expr'] == '-' and r['verdict'] != 'missed':
        problems.append(f'missed row with verdict {r["verdict"]}')

# --- tokens: forms match, every judged-class token judged once, inside-right-expression consistent
for f in FILES:
    toks = data[f]['tokens']
    rows = [r for r in judged if r['file'] == f]
    cnt = Counter(int(r['token']) for r in rows)
    for i, t in enumerate(toks):
        if t['kind'] == 'word' and t.get('upos') in JUDGED_UPOS and cnt[i] != 1:
            problems.append(f'{f}: token {i} {t["form"]!r} ({t.get("upos")}) judged {cnt[i]} times')
    for r in rows:
        i = int(r['token'])
        if cnt[i] > 1:
            problems.append(f'{f}: token {i} duplicated')
        t = toks[i]
        if r['form'] != t['form']:
            problems.append(f'{f}: token {i} form {r["form"]!r} != JSON {t["form"]!r}')
        if r['upos'] != t.get('upos'):
            problems.append(f'{f}: token {i} upos {r["upos"]} != JSON {t.get("upos")}')
        if t.get('upos') not in JUDGED_UPOS and r['note'] in ('', '-'):
            problems.append(f'{f}: token {i} judged outside engine classes without a note on its true class')
        want = 'yes' if i in right_parts[f] else 'no'
        if r['inside_right_expr'] != want:
            problems.append(f'{f}: token {i} inside_right_expr {r["inside_right_expr"]} != {want}')
        if r['verdict'] == 'ok' and r['class'] != '-':
            problems.append(f'{f}: token {i} ok but class {r["class"]}')
        if r['verdict'] == 'fail' and r['class'] not in TOKEN_CLASSES:
            problems.append(f'{f}: token {i} fail with class {r["class"]}')
        if r['verdict'] == 'ok' and t['kind'] == 'word' and not t.get('gloss') and t.get('upos') != 'PROPN':
            problems.append(f'{f}: token {i} has no gloss but is ok')
    # errors.tsv consistency: one error row per failing token / wrong / missed expression
    nfail = sum(r['verdict'] == 'fail' for r in rows)
    nerr_tok = sum(1 for e in errors if e['file'] == f and e['class'] in TOKEN_CLASSES)
    if nfail != nerr_tok:
        problems.append(f'{f}: {nfail} failing tokens but {nerr_tok} token error rows')
    nw = sum(1 for r in exprs if r['file'] == f and r['verdict'] == 'wrong')
    if nw != sum(1 for e in errors if e['file'] == f and e['class'] == 'expression-wrong'):
        problems.append(f'{f}: wrong expressions and error rows differ')
    nm = sum(1 for r in exprs if r['file'] == f and r['verdict'] == 'missed')
    if nm != sum(1 for e in errors if e['file'] == f and e['class'] == 'expression-missed'):
        problems.append(f'{f}: missed expressions and error rows differ')
for e in errors:
    if e['class'] not in ERR_CLASSES or e['severity'] not in SEV:
        problems.append(f'bad error row {e}')

# --- tally
def pct(n, d): return f'{n} ({100*n/d:.1f} %)' if d else '0'
out = []
out.append('## Tally\n')
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|')
tot = Counter()
for f in FILES + ['TOTAL']:
    fs = FILES if f == 'TOTAL' else [f]
    rows = [r for r in judged if r['file'] in fs]
    n = len(rows)
    s = sum(r['verdict'] == 'ok' for r in rows)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expr'] == 'yes' for r in rows)
    found = sum(1 for r in exprs if r['file'] in fs and r['verdict'] in ('right', 'wrong'))
    right = sum(1 for r in exprs if r['file'] in fs and r['verdict'] == 'right')
    missed = sum(1 for r in exprs if r['file'] in fs and r['verdict'] == 'missed')
    sev = Counter(e['severity'] for e in errors if e['file'] in fs)
    out.append(f'| {f} | {n} | {pct(s, n)} | {pct(l, n)} | {found} / {right} | {missed} | {sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')
out.append('\n## Strict accuracy by engine UPOS\n')
out.append('| UPOS | judged | ok strict | % | ok lenient | % |')
out.append('|---|---|---|---|---|---|')
by = defaultdict(list)
for r in judged: by[r['upos']].append(r)
for u in sorted(by, key=lambda u: -len(by[u])):
    rs = by[u]; s = sum(r['verdict'] == 'ok' for r in rs)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expr'] == 'yes' for r in rs)
    out.append(f'| {u} | {len(rs)} | {s} | {100*s/len(rs):.1f} | {l} | {100*l/len(rs):.1f} |')
out.append('\n## Error rows by class\n')
out.append('| class | ' + ' | '.join(FILES) + ' | total | reversal | misleading | minor |')
out.append('|---|' + '---|' * (len(FILES) + 4))
cls = Counter(e['class'] for e in errors)
for c in sorted(cls, key=lambda c: -cls[c]):
    per = [sum(1 for e in errors if e['class'] == c and e['file'] == f) for f in FILES]
    sv = Counter(e['severity'] for e in errors if e['class'] == c)
    out.append(f'| {c} | ' + ' | '.join(map(str, per)) + f' | {cls[c]} | {sv["reversal"]} | {sv["misleading"]} | {sv["minor"]} |')
out.append(f'| all | ' + ' | '.join(str(sum(1 for e in errors if e['file'] == f)) for f in FILES) + f' | {len(errors)} | ' +
           ' | '.join(str(sum(1 for e in errors if e['severity'] == s)) for s in SEV) + ' |')
out.append('\n## Checks\n')
out.append('All checks passed: forms match the JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once, every expression judged once, error rows consistent.' if not problems else 'PROBLEMS:\n' + '\n'.join('- ' + p for p in problems))
print('\n'.join(out))
sys.exit(1 if problems else 0)
