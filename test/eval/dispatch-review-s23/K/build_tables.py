# Builds judged.tsv / expressions.tsv / errors.tsv from judgements.py + the engine JSON.
import json
from judgements import FAIL, OKNOTE, EXPR_WRONG, EXPR_NOTE, MISSED
J = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
FILES = ['agriculture', 'budget']

def excerpt(d, i0, i1):
    toks, text = d['tokens'], d['text']
    s, e = toks[i0]['start'], toks[i1]['end']
    for sen in d['sentences']:
        if sen['start'] <= s < sen['end'] + 1:
            lo, hi = sen['start'], sen['end']
            break
    a = max(lo, s - 45); b = min(hi, e + 45)
    while a > lo and not text[a - 1].isspace(): a -= 1
    while b < hi and not text[b].isspace(): b += 1
    ex = text[a:b].replace('\n', ' ').replace('\t', ' ')
    return ('…' if a > lo else '') + ex + ('…' if b < hi else '')

def first(t):
    if t.get('senses'): return t['senses'][0]
    return (t.get('gloss') or '').split(';')[0].strip()

jr, er, rr = [], [], []
for f in FILES:
    d = json.load(open(f + '.json'))
    toks, exps = d['tokens'], d['expressions']
    right_tok = set()
    for k, e in enumerate(exps):
        if k not in EXPR_WRONG[f]:
            right_tok.update(e['parts'])
    for i, t in enumerate(toks):
        if t.get('upos') not in J: continue
        inside = 'yes' if i in right_tok else 'no'
        if i in FAIL[f]:
            cls, gave, should, sev, note = FAIL[f][i]
            jr.append([f, i, t['form'], 'fail', inside, t['upos'], cls, f"{sev}: gave '{first(t)}' ({t['lemma']}); should be {should}. {note}"])
            rr.append([f, excerpt(d, i, i), t['form'], gave, should, cls, sev])
        else:
            note = OKNOTE[f].get(i)
            if not note:
                note = f"fits: '{first(t)}'" if first(t) else 'name, no gloss: passes'
            cls = 'ok-name-no-gloss' if not first(t) else 'ok'
            jr.append([f, i, t['form'], 'ok', inside, t['upos'], cls, note])
    for k, e in enumerate(exps):
        lemma = e.get('lemma') or e.get('text')
        parts = ','.join(map(str, e['parts']))
        g = e.get('gloss', '')
        if k in EXPR_WRONG[f]:
            cls, should, sev = EXPR_WRONG[f][k]
            er.append([f, k, lemma, g, parts, 'wrong', cls, should])
            rr.append([f, excerpt(d, e['parts'][0], e['parts'][-1]), lemma, g, should, cls, sev])
        else:
            er.append([f, k, lemma, g, parts, 'right', 'ok', EXPR_NOTE[f].get(k, '')])
    for lemma, idx, should, sev in MISSED[f]:
        text = ' '.join(toks[i]['form'] for i in range(idx[0], idx[-1] + 1))
        er.append([f, 'missed', lemma, '', ','.join(map(str, idx)), 'missed', 'expression-missed', should])
        rr.append([f, excerpt(d, idx[0], idx[-1]), text, '(not recognised as a unit)', f'{lemma} = {should}', 'expression-missed', sev])

def w(name, header, rows):
    with open(name, 'w') as fh:
        fh.write('\t'.join(header) + '\n')
        for r in rows: fh.write('\t'.join(str(x) for x in r) + '\n')
w('judged.tsv', ['file', 'token index', 'form', 'verdict', 'inside-right-expression', 'upos(engine)', 'class', 'note'], jr)
w('expressions.tsv', ['file', 'expr index', 'lemma', 'gloss', 'parts', 'verdict', 'class', 'should be'], er)
w('errors.tsv', ['file', 'sentence excerpt', 'token(s)', 'engine gave', 'should be', 'class', 'severity'], rr)
print(len(jr), len(er), len(rr))
