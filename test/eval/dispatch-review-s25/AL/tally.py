#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys, os
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['cessez-le-feu', 'logement']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKCLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other', '-'}
ERRCLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'expression-wrong', 'expression-missed', 'other'}
SEVS = ('reversal', 'misleading', 'minor')

def read(name):
    with open(name, encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
problems = []

# --- judged.tsv checks
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token'])
    toks = data[f]['tokens']
    if i >= len(toks): problems.append(f'{f}:{i} index out of range'); continue
    t = toks[i]
    if t['form'] != r['form']: problems.append(f'{f}:{i} form {r["form"]!r} != JSON {t["form"]!r}')
    if t.get('upos', '') != r['upos']: problems.append(f'{f}:{i} upos {r["upos"]} != JSON {t.get("upos")}')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f}:{i} bad verdict {r["verdict"]}')
    if r['class'] not in TOKCLASSES: problems.append(f'{f}:{i} bad class {r["class"]}')
    if (r['verdict'] == 'ok') != (r['class'] == '-'): problems.append(f'{f}:{i} verdict/class mismatch')
    seen[(f, i)] += 1
for k, n in seen.items():
    if n > 1: problems.append(f'{k} judged {n} times')
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['kind'] != 'punct' and t.get('upos') in JUDGED and (f, i) not in seen:
            problems.append(f'{f}:{i} {t["form"]} ({t.get("upos")}) not judged')

# --- expressions.tsv checks
eseen = Counter(); right_parts = defaultdict(set)
for r in exprs:
    f = r['file']
    if r['verdict'] not in ('right', 'wrong', 'missed'): problems.append(f'expr {f}:{r["expr"]} bad verdict')
    if r['expr'] == '-':
        if r['verdict'] != 'missed': problems.append(f'expr {f}:- must be missed')
        continue
    j = int(r['expr']); E = data[f]['expressions']
    if j >= len(E): problems.append(f'expr {f}:{j} out of range'); continue
    e = E[j]
    if e['lemma'] != r['lemma']: problems.append(f'expr {f}:{j} lemma {r["lemma"]!r} != {e["lemma"]!r}')
    if ','.join(map(str, e['parts'])) != r['parts']: problems.append(f'expr {f}:{j} parts differ')
    if r['verdict'] == 'missed': problems.append(f'expr {f}:{j} found expression marked missed')
    if r['verdict'] == 'right': right_parts[f].update(e['parts'])
    eseen[(f, j)] += 1
for f in FILES:
    for j in range(len(data[f]['expressions'])):
        if eseen[(f, j)] != 1: problems.append(f'expr {f}:{j} judged {eseen[(f, j)]} times')
# inside-right-expression column must agree with expression verdicts
for r in judged:
    want = 'yes' if int(r['token']) in right_parts[r['file']] else 'no'
    if r['inside_right_expression'] != want: problems.append(f'{r["file"]}:{r["token"]} inside_right_expression should be {want}')

# --- errors.tsv checks
for r in errors:
    if r['class'] not in ERRCLASSES: problems.append(f'error row bad class {r["class"]}')
    if r['severity'] not in SEVS: problems.append(f'error row bad severity {r["severity"]}')
    if r['file'] not in FILES: problems.append(f'error row bad file {r["file"]}')
    if r['excerpt'].replace('\u00a0', ' ') not in data[r['file']]['text'].replace('\n', ' ').replace('\u00a0', ' '):
        problems.append(f'error excerpt not in text: {r["excerpt"][:40]}')
nfail = Counter(r['file'] for r in judged if r['verdict'] == 'fail')
nerr_tok = Counter(r['file'] for r in errors if r['class'] not in ('expression-wrong', 'expression-missed', 'other'))
for f in FILES:
    if nfail[f] != nerr_tok[f]: problems.append(f'{f}: {nfail[f]} failed tokens but {nerr_tok[f]} token error rows')
nwrong = Counter(r['file'] for r in exprs if r['verdict'] == 'wrong'); nmiss = Counter(r['file'] for r in exprs if r['verdict'] == 'missed')
for f in FILES:
    if nwrong[f] != sum(1 for r in errors if r['file'] == f and r['class'] == 'expression-wrong'): problems.append(f'{f}: wrong-expression rows mismatch')
    if nmiss[f] != sum(1 for r in errors if r['file'] == f and r['class'] == 'expression-missed'): problems.append(f'{f}: missed-expression rows mismatch')

if problems:
    print('CHECK FAILED:', *problems, sep='\n  ', file=sys.stderr); sys.exit(1)

# --- tally
def pct(a, b): return f'{a} ({100*a/b:.1f} %)' if b else '0'
out = ['## Tally', '', '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
def line(name, fs):
    J = [r for r in judged if r['file'] in fs]
    s = sum(r['verdict'] == 'ok' for r in J)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in J)
    X = [r for r in exprs if r['file'] in fs]
    found = sum(r['expr'] != '-' for r in X); right = sum(r['verdict'] == 'right' for r in X); miss = sum(r['verdict'] == 'missed' for r in X)
    sev = Counter(r['severity'] for r in errors if r['file'] in fs)
    out.append(f'| {name} | {len(J)} | {pct(s, len(J))} | {pct(l, len(J))} | {found} / {right} | {miss} | {sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')
for f in FILES: line(f, {f})
line('**total**', set(FILES))
out += ['', '### Strict accuracy by engine UPOS', '', '| UPOS | judged | ok | strict % |', '|---|---|---|---|']
by = defaultdict(lambda: [0, 0])
for r in judged:
    by[r['upos']][0] += 1; by[r['upos']][1] += r['verdict'] == 'ok'
for u in sorted(by, key=lambda u: -by[u][0]):
    n, ok = by[u]; out.append(f'| {u} | {n} | {ok} | {100*ok/n:.1f} % |')
out += ['', '### Error rows by class', '', '| class | ' + ' | '.join(FILES) + ' | total | of which misleading/reversal |', '|---|' + '---|' * (len(FILES) + 2)]
cls = Counter((r['class'], r['file']) for r in errors)
for c in sorted(ERRCLASSES, key=lambda c: -sum(cls[(c, f)] for f in FILES)):
    tot = sum(cls[(c, f)] for f in FILES)
    if not tot: continue
    bad = sum(1 for r in errors if r['class'] == c and r['severity'] != 'minor')
    out.append(f'| {c} | ' + ' | '.join(str(cls[(c, f)]) for f in FILES) + f' | {tot} | {bad} |')
out.append(f'| **all** | ' + ' | '.join(str(sum(r["file"] == f for r in errors)) for f in FILES) + f' | {len(errors)} | {sum(r["severity"] != "minor" for r in errors)} |')
print('\n'.join(out))
