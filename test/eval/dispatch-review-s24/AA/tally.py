#!/usr/bin/env python3
"""Checks the blind review tables against the engine JSON and prints the figures (markdown)."""
import json, csv, sys
from collections import Counter, defaultdict
FILES = ['sanctions', 'ecole']
J = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
SEV = ['reversal', 'misleading', 'minor']
CLASSES = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
           'expression-wrong', 'expression-missed', 'other']

def read(name):
    with open(name, newline='', encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

problems = []
def check(cond, msg):
    if not cond:
        problems.append(msg)

data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')

# --- expressions: every found expression judged exactly once
expr_verdict = {}
for r in exprs:
    check(r['file'] in data, 'unknown file in expressions.tsv: %r' % r['file'])
    if r['expr index'] == '-':
        check(r['verdict'] == 'missed', 'row without index must be "missed": %r' % r)
        continue
    key = (r['file'], int(r['expr index']))
    check(key not in expr_verdict, 'expression judged twice: %r' % (key,))
    check(r['verdict'] in ('right', 'wrong'), 'bad expression verdict %r' % r)
    e = data[r['file']]['expressions'][key[1]]
    check(r['lemma'] == e['lemma'], 'expression lemma mismatch %r' % (key,))
    expr_verdict[key] = r['verdict']
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        check((f, k) in expr_verdict, 'expression not judged: %s #%d' % (f, k))

# --- tokens: every judged-class token judged exactly once, forms equal
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token index'])
    t = data[f]['tokens'][i]
    seen[(f, i)] += 1
    check(r['form'] == t['form'], 'form mismatch %s #%d: %r vs %r' % (f, i, r['form'], t['form']))
    check(r['upos(engine)'] == t['upos'], 'upos mismatch %s #%d' % (f, i))
    check(t['upos'] in J, 'judged token not in judged classes %s #%d' % (f, i))
    check(r['verdict'] in ('ok', 'fail'), 'bad verdict %s #%d' % (f, i))
    check((r['class'] == '-') == (r['verdict'] == 'ok'), 'class/verdict mismatch %s #%d' % (f, i))
    if r['verdict'] == 'fail':
        check(r['class'] in CLASSES, 'unknown class %s #%d' % (f, i))
    ex = t.get('expression')
    inside = 'yes' if ex is not None and expr_verdict.get((f, ex)) == 'right' else 'no'
    check(r['inside-right-expression'] == inside, 'inside-right-expression wrong %s #%d' % (f, i))
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in J:
            check(seen[(f, i)] == 1, 'token %s #%d %r judged %d times' % (f, i, t['form'], seen[(f, i)]))

# --- errors: exactly one row per failed token / wrong / missed expression
tok_err, expr_err, miss_err = Counter(), Counter(), []
for r in errors:
    check(r['severity'] in SEV, 'bad severity %r' % r)
    check(r['class'] in CLASSES, 'bad class %r' % r)
    if r['class'] == 'expression-missed':
        miss_err.append(r)
    elif r['class'] == 'expression-wrong':
        expr_err[(r['file'], r['token(s)'])] += 1
    else:
        tok_err[(r['file'], r['token(s)'], r['class'])] += 1
need_tok = Counter((r['file'], r['form'], r['class']) for r in judged if r['verdict'] == 'fail')
check(tok_err == need_tok, 'token error rows do not match failed tokens: extra %r missing %r'
      % (dict(tok_err - need_tok), dict(need_tok - tok_err)))
need_expr = Counter()
for (f, k), v in expr_verdict.items():
    if v == 'wrong':
        e = data[f]['expressions'][k]; T = data[f]['tokens']
        need_expr[(f, data[f]['text'][T[e['first']]['start']:T[e['last']]['end']])] += 1
check(expr_err == need_expr, 'wrong-expression error rows mismatch')
missed = [r for r in exprs if r['verdict'] == 'missed']
for m in missed:
    n = sum(1 for r in miss_err if r['file'] == m['file'] and r['should be'].startswith(m['lemma']))
    check(n == 1, 'missed expression %r has %d error rows' % (m['lemma'], n))
check(len(miss_err) == len(missed), 'missed error rows count mismatch')

if problems:
    print('CHECKS FAILED:'); print('\n'.join(problems)); sys.exit(1)

# --- figures
def pct(a, b): return '%.1f%%' % (100.0 * a / b) if b else '-'
out = ['# Blind review AA - tally', '', 'All consistency checks passed.', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversal | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
by_upos = defaultdict(lambda: [0, 0]); by_class = defaultdict(Counter)
rows = {}
for f in FILES + ['total']:
    sel = [r for r in judged if f == 'total' or r['file'] == f]
    n = len(sel); ok = sum(r['verdict'] == 'ok' for r in sel)
    len_ = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in sel)
    ex = [(k, v) for k, v in expr_verdict.items() if f == 'total' or k[0] == f]
    right = sum(v == 'right' for _, v in ex)
    ms = sum(1 for r in missed if f == 'total' or r['file'] == f)
    sev = Counter(r['severity'] for r in errors if f == 'total' or r['file'] == f)
    out.append('| %s | %d | %d (%s) | %d (%s) | %d / %d | %d | %d | %d | %d |' % (
        f, n, ok, pct(ok, n), len_, pct(len_, n), len(ex), right, ms, sev['reversal'], sev['misleading'], sev['minor']))
    for r in sel:
        if f == 'total':
            by_upos[r['upos(engine)']][0] += 1; by_upos[r['upos(engine)']][1] += r['verdict'] == 'ok'
    for r in errors:
        if f == 'total' or r['file'] == f:
            by_class[f][r['class']] += 1
out += ['', '## Strict accuracy by engine UPOS (total)', '', '| UPOS | judged | ok | strict % |', '|---|---|---|---|']
for u in sorted(by_upos, key=lambda u: -by_upos[u][0]):
    n, ok = by_upos[u]; out.append('| %s | %d | %d | %s |' % (u, n, ok, pct(ok, n)))
out += ['', '## Error rows by class', '', '| class | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
for c in CLASSES:
    out.append('| %s | ' % c + ' | '.join(str(by_class[f][c]) for f in FILES) + ' | %d |' % by_class['total'][c])
print('\n'.join(out))
