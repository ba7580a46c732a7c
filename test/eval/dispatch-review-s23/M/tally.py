#!/usr/bin/env python3
"""Recompute the blind-review figures from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.
Checks: every judged row's form matches the JSON token at that index; every NOUN/VERB/ADJ/ADV/PROPN/PRON
token is judged exactly once; every failed token has an error row; every wrong/missed expression has one."""
import csv, json, os, sys
from collections import Counter, defaultdict
D = os.path.dirname(os.path.abspath(__file__))
FILES = ['cyber', 'ia']
JUDGED = {'NOUN','VERB','ADJ','ADV','PROPN','PRON'}

def read(name):
    with open(os.path.join(D, name), encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
data = {f: json.load(open(os.path.join(D, f + '.json'), encoding='utf-8')) for f in FILES}
problems = []

# --- consistency checks ---
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token index'])
    t = data[f]['tokens'][i]
    if t['form'] != r['form']: problems.append(f'{f}#{i}: form {r["form"]!r} != JSON {t["form"]!r}')
    if t['upos'] != r['upos(engine)']: problems.append(f'{f}#{i}: upos {r["upos(engine)"]} != JSON {t["upos"]}')
    if r['verdict'] not in ('ok','fail'): problems.append(f'{f}#{i}: bad verdict {r["verdict"]}')
    if r['inside-right-expression'] not in ('yes','no'): problems.append(f'{f}#{i}: bad inside flag')
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED and seen[(f, i)] != 1:
            problems.append(f'{f}#{i} {t["form"]} ({t["upos"]}) judged {seen[(f,i)]} times')
    for (ff, i), n in seen.items():
        if ff == f and data[f]['tokens'][i]['upos'] not in JUDGED:
            problems.append(f'{f}#{i}: judged but engine UPOS {data[f]["tokens"][i]["upos"]} not in judged set')
# expression rows cover every expression exactly once; inside flag agrees with expression verdicts
for f in FILES:
    found = [r for r in exprs if r['file'] == f and r['expr index'] != 'missed']
    idx = sorted(int(r['expr index']) for r in found)
    if idx != list(range(len(data[f]['expressions']))):
        problems.append(f'{f}: expression rows {idx} do not cover 0..{len(data[f]["expressions"])-1}')
    right = {int(r['expr index']) for r in found if r['verdict'] == 'right'}
    for r in judged:
        if r['file'] != f: continue
        e = data[f]['tokens'][int(r['token index'])].get('expression')
        want = 'yes' if e is not None and e in right else 'no'
        if r['inside-right-expression'] != want:
            problems.append(f'{f}#{r["token index"]}: inside-right-expression {r["inside-right-expression"]} but expected {want}')
# error rows: one per failed token, one per wrong or missed expression
for f in FILES:
    nfail = sum(1 for r in judged if r['file'] == f and r['verdict'] == 'fail')
    nxerr = sum(1 for r in exprs if r['file'] == f and r['verdict'] in ('wrong', 'missed'))
    nerr = sum(1 for r in errors if r['file'] == f)
    if nerr != nfail + nxerr:
        problems.append(f'{f}: {nerr} error rows but {nfail} failed tokens + {nxerr} wrong/missed expressions')
for r in errors:
    if r['severity'] not in ('reversal', 'misleading', 'minor'): problems.append(f'bad severity {r["severity"]}')

# --- figures ---
def pct(a, b): return f'{a} ({100*a/b:.1f}%)' if b else f'{a} (–)'
rows, byupos = [], defaultdict(lambda: [0, 0])
scopes = FILES + ['total']
for f in scopes:
    J = [r for r in judged if f == 'total' or r['file'] == f]
    X = [r for r in exprs if f == 'total' or r['file'] == f]
    Er = [r for r in errors if f == 'total' or r['file'] == f]
    n = len(J)
    strict = sum(r['verdict'] == 'ok' for r in J)
    lenient = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    found = [r for r in X if r['expr index'] != 'missed']
    sev = Counter(r['severity'] for r in Er)
    tokerr = [r for r in Er if not r['class'].startswith('expression')]
    tsev = Counter(r['severity'] for r in tokerr)
    rows.append((f, n, pct(strict, n), pct(lenient, n), len(found), pct(sum(r['verdict'] == 'right' for r in found), len(found)),
                 sum(r['verdict'] == 'missed' for r in X), sev['reversal'], sev['misleading'], sev['minor'],
                 f"{tsev['reversal']}/{tsev['misleading']}/{tsev['minor']}"))
    if f == 'total':
        for r in J:
            byupos[r['upos(engine)']][0] += r['verdict'] == 'ok'
            byupos[r['upos(engine)']][1] += 1

out = ['# Blind review M — Dépêche frozen engine (frozen2)', '',
       'Strict: token ok only on its own first sense. Lenient: also counts a failed token that sits inside an expression judged right.',
       'Severity counts are over all rows of errors.tsv (failed tokens + wrong/missed expressions); the last column restricts them to token errors.', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found | expressions right | missed expressions | reversals | misleading | minor | token errors rev/mis/minor |',
       '|---|---|---|---|---|---|---|---|---|---|---|']
for r in rows: out.append('| ' + ' | '.join(map(str, r)) + ' |')
out += ['', '## Strict accuracy by engine UPOS (both files)', '', '| UPOS | judged | ok strict | % |', '|---|---|---|---|']
for u in sorted(byupos, key=lambda u: -byupos[u][1]):
    ok, n = byupos[u]; out.append(f'| {u} | {n} | {ok} | {100*ok/n:.1f}% |')
cls = Counter(r['class'] for r in errors)
out += ['', '## Error classes (errors.tsv rows)', '', '| class | rows | reversal | misleading | minor |', '|---|---|---|---|---|']
for c, n in cls.most_common():
    s = Counter(r['severity'] for r in errors if r['class'] == c)
    out.append(f'| {c} | {n} | {s["reversal"]} | {s["misleading"]} | {s["minor"]} |')
out += ['', '## Consistency checks', '']
out += ([f'- PROBLEM: {p}' for p in problems] if problems else ['- all checks passed: forms match the JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged exactly once, inside-expression flags agree with expression verdicts, one error row per failed token / wrong or missed expression.'])
text = '\n'.join(out) + '\n'
open(os.path.join(D, 'tally.md'), 'w', encoding='utf-8').write(text)
print(text)
sys.exit(1 if problems else 0)
