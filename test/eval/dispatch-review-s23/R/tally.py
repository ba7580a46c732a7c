#!/usr/bin/env python3
"""Recompute the review figures from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.
Checks: each judged row's form/upos matches the JSON token at that index; every
NOUN/VERB/ADJ/ADV/PROPN/PRON token is judged exactly once; inside-right-expression
agrees with expressions.tsv; expression rows cover the JSON expressions exactly once;
every failed token / wrong or missed expression has exactly one errors.tsv row."""
import csv, json, os, sys
from collections import Counter, defaultdict

D = os.path.dirname(os.path.abspath(__file__))
FILES = ['caledonie', 'retraites']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}

def read_tsv(name):
    with open(os.path.join(D, name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))

judged, exprs, errors = read_tsv('judged.tsv'), read_tsv('expressions.tsv'), read_tsv('errors.tsv')
problems = []
S = {}
for fn in FILES:
    d = json.load(open(os.path.join(D, fn + '.json'), encoding='utf-8'))
    T, E = d['tokens'], d['expressions']
    rows = [r for r in judged if r['file'] == fn]
    xr = [r for r in exprs if r['file'] == fn]
    er = [r for r in errors if r['file'] == fn]
    # expressions
    found = [r for r in xr if r['expr index'] != 'missed']
    missed = [r for r in xr if r['expr index'] == 'missed']
    idxs = [int(r['expr index']) for r in found]
    if sorted(idxs) != list(range(len(E))):
        problems.append('%s: expression rows do not cover JSON expressions exactly once' % fn)
    ev = {int(r['expr index']): r['verdict'] for r in found}
    for r in found:
        if r['lemma'] != E[int(r['expr index'])]['lemma']:
            problems.append('%s expr %s: lemma mismatch' % (fn, r['expr index']))
        if r['verdict'] not in ('right', 'wrong'):
            problems.append('%s expr %s: bad verdict' % (fn, r['expr index']))
    # tokens
    cnt = Counter(int(r['token index']) for r in rows)
    need = {i for i, t in enumerate(T) if t['upos'] in JUDGED}
    for i in need:
        if cnt[i] != 1:
            problems.append('%s token %d (%s): judged %d times' % (fn, i, T[i]['form'], cnt[i]))
    for i in cnt:
        if i not in need:
            problems.append('%s token %d judged but upos %s not judged class' % (fn, i, T[i]['upos']))
    for r in rows:
        i = int(r['token index']); t = T[i]
        if r['form'] != t['form']:
            problems.append('%s token %d: form %r != JSON %r' % (fn, i, r['form'], t['form']))
        if r['upos(engine)'] != t['upos']:
            problems.append('%s token %d: upos %r != JSON %r' % (fn, i, r['upos(engine)'], t['upos']))
        if r['verdict'] not in ('ok', 'fail'):
            problems.append('%s token %d: bad verdict' % (fn, i))
        ex = t.get('expression')
        exp_inside = 'yes' if ex is not None and ev.get(ex) == 'right' else 'no'
        if r['inside-right-expression'] != exp_inside:
            problems.append('%s token %d: inside-right-expression %s, expected %s' % (fn, i, r['inside-right-expression'], exp_inside))
    # errors: one row per failed token, per wrong expression, per missed expression
    n_fail = sum(r['verdict'] == 'fail' for r in rows)
    n_wrong = sum(v == 'wrong' for v in ev.values())
    tok_err = [r for r in er if not r['class'].startswith('expression-')]
    wrong_err = [r for r in er if r['class'] in ('expression-wrong', 'expression-wrong-gloss')]
    miss_err = [r for r in er if r['class'] == 'expression-missed']
    if len(tok_err) != n_fail: problems.append('%s: %d token error rows vs %d failed tokens' % (fn, len(tok_err), n_fail))
    if sorted(r['token(s)'] for r in tok_err) != sorted(r['form'] for r in rows if r['verdict'] == 'fail'):
        problems.append('%s: token error rows do not match failed tokens' % fn)
    if len(wrong_err) != n_wrong: problems.append('%s: %d wrong-expression error rows vs %d wrong' % (fn, len(wrong_err), n_wrong))
    if len(miss_err) != len(missed): problems.append('%s: %d missed error rows vs %d missed' % (fn, len(miss_err), len(missed)))
    for r in er:
        if r['severity'] not in ('reversal', 'misleading', 'minor'):
            problems.append('%s: bad severity %r' % (fn, r['severity']))
    n = len(rows)
    strict = sum(r['verdict'] == 'ok' for r in rows)
    lenient = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in rows)
    byupos = defaultdict(lambda: [0, 0])
    for r in rows:
        byupos[r['upos(engine)']][1] += 1
        byupos[r['upos(engine)']][0] += r['verdict'] == 'ok'
    sev = Counter(r['severity'] for r in er)
    cls = Counter(r['class'] for r in er)
    S[fn] = dict(n=n, strict=strict, lenient=lenient, found=len(E), right=sum(v == 'right' for v in ev.values()),
                 missed=len(missed), reversal=sev['reversal'], misleading=sev['misleading'], minor=sev['minor'],
                 byupos=byupos, cls=cls, errors=len(er))

tot = dict(n=0, strict=0, lenient=0, found=0, right=0, missed=0, reversal=0, misleading=0, minor=0, errors=0,
           byupos=defaultdict(lambda: [0, 0]), cls=Counter())
for fn in FILES:
    for k in ('n', 'strict', 'lenient', 'found', 'right', 'missed', 'reversal', 'misleading', 'minor', 'errors'):
        tot[k] += S[fn][k]
    for u, (a, b) in S[fn]['byupos'].items():
        tot['byupos'][u][0] += a; tot['byupos'][u][1] += b
    tot['cls'] += S[fn]['cls']
S['total'] = tot
cols = FILES + ['total']
pct = lambda a, b: '%d (%.1f%%)' % (a, 100.0 * a / b) if b else '0'
out = ['# Blind review R: frozen4 engine on two unseen dispatches', '',
       'Checks: ' + ('all passed' if not problems else '%d PROBLEMS' % len(problems)), '']
out += ['  - ' + p for p in problems]
out += ['| figure | ' + ' | '.join(cols) + ' |', '|---|' + '---|' * len(cols)]
def row(label, f): out.append('| %s | %s |' % (label, ' | '.join(f(S[c]) for c in cols)))
row('words judged (NOUN/VERB/ADJ/ADV/PROPN/PRON)', lambda s: str(s['n']))
row('acceptable, strict', lambda s: pct(s['strict'], s['n']))
row('acceptable, lenient (ok or inside a right expression)', lambda s: pct(s['lenient'], s['n']))
row('expressions found', lambda s: str(s['found']))
row('expressions right', lambda s: pct(s['right'], s['found']))
row('missed fixed expressions', lambda s: str(s['missed']))
row('error rows (errors.tsv)', lambda s: str(s['errors']))
row('reversal', lambda s: str(s['reversal']))
row('misleading', lambda s: str(s['misleading']))
row('minor', lambda s: str(s['minor']))
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | ' + ' | '.join(cols) + ' |', '|---|' + '---|' * len(cols)]
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    out.append('| %s | %s |' % (u, ' | '.join(
        ('%d/%d (%.1f%%)' % (S[c]['byupos'][u][0], S[c]['byupos'][u][1], 100.0 * S[c]['byupos'][u][0] / S[c]['byupos'][u][1]))
        if S[c]['byupos'][u][1] else '–' for c in cols)))
out += ['', '## Error classes (errors.tsv)', '', '| class | ' + ' | '.join(cols) + ' |', '|---|' + '---|' * len(cols)]
for k, _ in tot['cls'].most_common():
    out.append('| %s | %s |' % (k, ' | '.join(str(S[c]['cls'][k]) for c in cols)))
text = '\n'.join(out) + '\n'
open(os.path.join(D, 'tally.md'), 'w', encoding='utf-8').write(text)
print(text)
sys.exit(1 if problems else 0)
