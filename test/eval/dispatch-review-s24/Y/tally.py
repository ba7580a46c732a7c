#!/usr/bin/env python3
"""Checks the blind review files against the engine JSON and prints the figures (markdown)."""
import json, csv, sys
from collections import Counter, defaultdict
FILES = ['inflation', 'coup']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
SEVS = ['reversal', 'misleading', 'minor']
CLASSES = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
           'expression-wrong', 'expression-missed', 'other']

def read(name):
    with open(name, encoding='utf8', newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
problems = []
def check(cond, msg):
    if not cond: problems.append(msg)

data = {f: json.load(open(f + '.json', encoding='utf8')) for f in FILES}
err_keys = Counter()
for r in errors:
    check(r['class'] in CLASSES, 'bad class in errors: %r' % r)
    check(r['severity'] in SEVS, 'bad severity in errors: %r' % r)
    tok = r['token(s)']
    if r['class'] == 'expression-missed':
        key = ('M', r['file'], tok)
    elif tok.startswith('E') and tok.split()[0][1:].isdigit():
        key = ('E', r['file'], int(tok.split()[0][1:]))
    else:
        key = ('T', r['file'], int(tok.split()[0]))
    err_keys[key] += 1

stats = {}
for f in FILES:
    T, X = data[f]['tokens'], data[f]['expressions']
    rows = [r for r in judged if r['file'] == f]
    erows = [r for r in exprs if r['file'] == f]
    seen = Counter(int(r['token index']) for r in rows)
    should = {i for i, t in enumerate(T) if t['upos'] in JUDGED}
    check(set(seen) == should, '%s: judged set != tokens of judged classes (missing %s, extra %s)'
          % (f, sorted(should - set(seen)), sorted(set(seen) - should)))
    check(all(c == 1 for c in seen.values()), '%s: token judged more than once' % f)
    # expressions
    eseen = Counter(int(r['expr index']) for r in erows if r['expr index'] != '-')
    check(set(eseen) == set(range(len(X))) and all(c == 1 for c in eseen.values()),
          '%s: expressions not judged exactly once' % f)
    right = set()
    for r in erows:
        if r['expr index'] == '-':
            check(r['verdict'] == 'missed', '%s: row without index must be missed' % f)
            check(err_keys[('M', f, r['lemma'])] == 1, '%s: missed %r needs exactly one error row' % (f, r['lemma']))
            continue
        k = int(r['expr index'])
        check(r['lemma'] == X[k]['lemma'], '%s E%d lemma mismatch' % (f, k))
        check(r['parts'] == ','.join(map(str, X[k]['parts'])), '%s E%d parts mismatch' % (f, k))
        check(r['verdict'] in ('right', 'wrong'), '%s E%d bad verdict' % (f, k))
        if r['verdict'] == 'right':
            right.add(k); check(err_keys[('E', f, k)] == 0, '%s E%d right but has error row' % (f, k))
        else:
            check(err_keys[('E', f, k)] == 1, '%s E%d wrong needs exactly one error row' % (f, k))
    # tokens
    for r in rows:
        i = int(r['token index']); t = T[i]
        check(r['form'] == t['form'], '%s %d form %r != JSON %r' % (f, i, r['form'], t['form']))
        check(r['upos(engine)'] == t['upos'], '%s %d upos mismatch' % (f, i))
        exp_inside = 'yes' if t.get('expression') is not None and t.get('expression') in right else 'no'
        check(r['inside-right-expression'] == exp_inside, '%s %d inside-right-expression should be %s' % (f, i, exp_inside))
        check(r['verdict'] in ('ok', 'fail'), '%s %d bad verdict' % (f, i))
        if r['verdict'] == 'ok':
            check(r['class'] == '-', '%s %d ok with class' % (f, i))
            check(err_keys[('T', f, i)] == 0, '%s %d ok but has error row' % (f, i))
            # rule: content word / acronym with no gloss cannot be ok
            if not t.get('gloss'):
                check(t['upos'] == 'PROPN',
                      '%s %d unglossed %s marked ok' % (f, i, t['upos']))
        else:
            check(r['class'] in CLASSES, '%s %d bad class' % (f, i))
            check(err_keys[('T', f, i)] == 1, '%s %d fail needs exactly one error row' % (f, i))
    # error rows must point at failed tokens / wrong expressions of this file
    for (kind, ef, k), c in err_keys.items():
        if ef != f: continue
        if kind == 'T':
            check(any(int(r['token index']) == k and r['verdict'] == 'fail' for r in rows), '%s: error row for non-failed token %d' % (f, k))
        if kind == 'E':
            check(any(r['expr index'] == str(k) and r['verdict'] == 'wrong' for r in erows), '%s: error row for non-wrong expr %d' % (f, k))
        if kind == 'M':
            check(any(r['expr index'] == '-' and r['lemma'] == k for r in erows), '%s: error row for unknown missed %r' % (f, k))
    fe = [r for r in errors if r['file'] == f]
    stats[f] = dict(
        n=len(rows),
        strict=sum(r['verdict'] == 'ok' for r in rows),
        lenient=sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in rows),
        found=len(X), right=len(right),
        missed=sum(r['verdict'] == 'missed' for r in erows),
        sev=Counter(r['severity'] for r in fe),
        cls=Counter(r['class'] for r in fe),
        upos={u: (sum(r['verdict'] == 'ok' for r in rows if r['upos(engine)'] == u),
                  sum(1 for r in rows if r['upos(engine)'] == u)) for u in sorted(JUDGED)},
    )

def tot():
    s = dict(n=0, strict=0, lenient=0, found=0, right=0, missed=0, sev=Counter(), cls=Counter(),
             upos={u: (0, 0) for u in sorted(JUDGED)})
    for f in FILES:
        for k in ('n', 'strict', 'lenient', 'found', 'right', 'missed'): s[k] += stats[f][k]
        s['sev'] += stats[f]['sev']; s['cls'] += stats[f]['cls']
        for u in s['upos']:
            a, b = stats[f]['upos'][u]; s['upos'][u] = (s['upos'][u][0] + a, s['upos'][u][1] + b)
    return s
stats['total'] = tot()
pct = lambda a, b: '%.1f%%' % (100.0 * a / b) if b else '-'
out = []
out.append('# Blind review (Y) — tally\n')
out.append('Checks: ' + ('all passed' if not problems else '%d PROBLEMS' % len(problems)) + '\n')
for p in problems: out.append('- PROBLEM: ' + p)
out.append('Severity convention: a failed token inside a rightly glossed expression is minor; an unglossed opaque key word is misleading, an unglossed transparent cognate minor. Lenient = strict ok or inside a rightly glossed expression.\n')
cols = FILES + ['total']
out.append('| | ' + ' | '.join(cols) + ' |')
out.append('|---' * (len(cols) + 1) + '|')
def row(label, fn): out.append('| %s | ' % label + ' | '.join(fn(stats[c]) for c in cols) + ' |')
row('words judged', lambda s: str(s['n']))
row('acceptable strict', lambda s: '%d (%s)' % (s['strict'], pct(s['strict'], s['n'])))
row('acceptable lenient', lambda s: '%d (%s)' % (s['lenient'], pct(s['lenient'], s['n'])))
row('expressions found / right', lambda s: '%d / %d' % (s['found'], s['right']))
row('expressions missed', lambda s: str(s['missed']))
for sv in SEVS: row('severity: ' + sv, lambda s, sv=sv: str(s['sev'][sv]))
out.append('\n## Strict accuracy by engine UPOS\n')
out.append('| UPOS | ' + ' | '.join(cols) + ' |')
out.append('|---' * (len(cols) + 1) + '|')
for u in sorted(JUDGED):
    out.append('| %s | ' % u + ' | '.join('%d/%d (%s)' % (stats[c]['upos'][u][0], stats[c]['upos'][u][1],
               pct(*stats[c]['upos'][u])) for c in cols) + ' |')
out.append('\n## Error counts by class\n')
out.append('| class | ' + ' | '.join(cols) + ' |')
out.append('|---' * (len(cols) + 1) + '|')
for c in CLASSES:
    out.append('| %s | ' % c + ' | '.join(str(stats[x]['cls'][c]) for x in cols) + ' |')
print('\n'.join(out))
sys.exit(1 if problems else 0)
