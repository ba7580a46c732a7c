import json, csv
from judgments import *
JUDGED = {'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
def excerpt(text, s, e, w=45):
    a = max(0, s - w); b = min(len(text), e + w)
    while a > 0 and text[a-1] not in ' \n': a -= 1
    while b < len(text) and text[b] not in ' \n': b += 1
    x = text[a:b].replace('\n', ' ').replace('\t', ' ')
    return ('…' if a > 0 else '') + x + ('…' if b < len(text) else '')
jrows, erows, xrows = [], [], []
for f in ['ariane', 'referendum']:
    d = json.load(open(f + '.json')); T = d['tokens']; text = d['text']; X = d['expressions']
    xv = {}
    for j, e in enumerate(X):
        v = EXPR[f].get(j, ('right', '-', '-'))
        xv[j] = v[0]
        xrows.append([f, j, e['lemma'], e['gloss'], ' '.join(T[p]['form'] for p in e['parts']) + ' [' + ','.join(map(str, e['parts'])) + ']', v[0], v[1], v[2] if v[0] != 'right' else (EXPR_NOTES[f].get(j, '-'))])
        if v[0] == 'wrong':
            erows.append([f, excerpt(text, T[e['first']]['start'], T[e['last']]['end']), ' '.join(T[p]['form'] for p in e['parts']), 'expr ' + e['lemma'] + ': ' + e['gloss'], v[2], 'expression-wrong', 'misleading' if j in (2, 7, 13) else 'minor'])
    KEYS = {'à son bord':'à son bord','ciel dégagé':'ciel dégagé','alimentation en carburant':'alimentation en carburant','a fortiori':'a fortiori',
            'peser de tout son poids':'pesé de tout son poids','cadence de tir':'cadence de tir','laisser éclater sa joie':'laissé éclater leur joie',
            'chef de file':'cheffe de file','sans plus de précisions':'sans plus de précisions','grand chef':'grand chef','nombre de':"Nombre d'"}
    missed_loc = {}
    for lemma, gloss, should, sev in MISSED[f]:
        k = KEYS[lemma]; s0 = text.index(k); e0 = s0 + len(k)
        idx = [i for i, t in enumerate(T) if t['start'] >= s0 and t['end'] <= e0 and t['kind'] != 'punct']
        missed_loc[lemma] = (s0, e0, idx)
        xrows.append([f, '-', lemma, gloss, ' '.join(T[p]['form'] for p in idx) + ' [' + ','.join(map(str, idx)) + ']', 'missed', 'expression-missed', should])
    for i, t in enumerate(T):
        if t['kind'] == 'punct': continue
        if t['upos'] not in JUDGED and i not in EXTRA[f]: continue
        inexp = 'yes' if ('expression' in t and xv.get(t['expression']) == 'right') else 'no'
        if i in FAILS[f]:
            cls, sev, should, note = FAILS[f][i]
            jrows.append([f, i, t['form'], 'fail', inexp, t['upos'], cls, note])
            erows.append([f, excerpt(text, t['start'], t['end']), t['form'], f"{t['upos']} {t['lemma']}: {t.get('gloss') or '(no gloss)'}", should, cls, sev])
        else:
            note = OKNOTES[f].get(i, '') or EXTRA[f].get(i, '')
            jrows.append([f, i, t['form'], 'ok', inexp, t['upos'], '-', note or '-'])
    for lemma, gloss, should, sev in MISSED[f]:
        s0, e0, idx = missed_loc[lemma]
        erows.append([f, excerpt(text, s0, e0), ' '.join(T[p]['form'] for p in idx), 'not found; parts glossed word by word', lemma + ' = ' + gloss, 'expression-missed', sev])
    for i, gave, should, sev in OTHER[f]:
        t = T[i]
        erows.append([f, excerpt(text, t['start'], t['end']), t['form'], gave, should, 'other', sev])
    for i in FAILS[f]:
        assert any(r[0] == f and r[1] == i for r in jrows), (f, i)
def w(name, header, rows):
    with open(name, 'w') as fh:
        for r in [header] + rows:
            fh.write('\t'.join(str(c).replace('\t', ' ').replace('\n', ' ') for c in r) + '\n')
w('judged.tsv', ['file','token','form','verdict','inside_right_expression','upos','class','note'], jrows)
w('expressions.tsv', ['file','expr','lemma','gloss','parts','verdict','class','should_be'], xrows)
w('errors.tsv', ['file','excerpt','tokens','engine_gave','should_be','class','severity'], erows)
print(len(jrows), len(xrows), len(erows))
