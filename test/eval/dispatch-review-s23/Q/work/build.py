import json, sys
sys.path.insert(0, '/tmp/s23/blind-Q/work')
from judgments import FAIL, NOTE, EXPR_WRONG, EXPR_NOTE, MISSED
D = '/tmp/s23/blind-Q/'
JUDGED = {'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
FILES = ['sommet','inondations']
def first(g):
    return (g or '').split(';')[0].strip()
def excerpt(d, i, j=None):
    toks = d['tokens']; j = i if j is None else j
    s, e = toks[i]['start'], toks[j]['end']
    for sen in d['sentences']:
        if sen['start'] <= s < sen['end']:
            a = max(sen['start'], s-45); b = min(sen['end'], e+45)
            t = d['text'][a:b].replace('\n',' ').replace('\t',' ')
            return ('…' if a>sen['start'] else '') + t + ('…' if b<sen['end'] else '')
jr = ['file\ttoken index\tform\tverdict\tinside-right-expression\tupos(engine)\tclass\tnote']
xr = ['file\texpr index\tlemma\tgloss\tparts\tverdict\tclass\tshould be']
er = ['file\tsentence excerpt\ttoken(s)\tengine gave\tshould be\tclass\tseverity']
for f in FILES:
    d = json.load(open(D+f+'.json')); toks = d['tokens']; ex = d['expressions']
    exright = {k: k not in EXPR_WRONG[f] for k in range(len(ex))}
    for k in FAIL[f]: assert toks[k].get('upos') in JUDGED, (f,k)
    for i,t in enumerate(toks):
        if t.get('upos') not in JUDGED: continue
        e = t.get('expression')
        inside = 'yes' if (e is not None and exright[e]) else 'no'
        if i in FAIL[f]:
            cls, sev, gave, should, note = FAIL[f][i]
            jr.append(f"{f}\t{i}\t{t['form']}\tfail\t{inside}\t{t['upos']}\t{cls}\t{note} [{sev}]")
            er.append(f"{f}\t{excerpt(d,i)}\t{t['form']} [{i}]\t{gave}\t{should}\t{cls}\t{sev}")
        else:
            note = NOTE[f].get(i)
            if note is None:
                if t.get('gloss') is None:
                    note = 'name, no gloss (accepted)'
                else:
                    note = f'first sense "{first(t["gloss"])}" fits'
            jr.append(f"{f}\t{i}\t{t['form']}\tok\t{inside}\t{t['upos']}\t-\t{note}")
    for k,x in enumerate(ex):
        parts = ' '.join(f"{toks[p]['form']}[{p}]" for p in x['parts'])
        if k in EXPR_WRONG[f]:
            cls, should = EXPR_WRONG[f][k]
            xr.append(f"{f}\t{k}\t{x['lemma']}\t{x['gloss']}\t{parts}\twrong\t{cls}\t{should}")
            er.append(f"{f}\t{excerpt(d,x['first'],x['last'])}\t{parts}\t{x['lemma']} = {x['gloss']}\t{should}\t{cls}\tminor")
        else:
            xr.append(f"{f}\t{k}\t{x['lemma']}\t{x['gloss']}\t{parts}\tright\t-\t{EXPR_NOTE.get((f,k),'-')}")
    for (mf, lem, idxs, should, sev, note) in MISSED:
        if mf != f: continue
        parts = ' '.join(f"{toks[p]['form']}[{p}]" for p in idxs)
        assert all(toks[p].get('expression') is None for p in idxs), (lem)
        xr.append(f"{f}\tmissed\t{lem}\t-\t{parts}\tmissed\texpression-missed\t{should}")
        er.append(f"{f}\t{excerpt(d,idxs[0],idxs[-1])}\t{parts}\tword-by-word glosses only (no expression)\t{lem} = {should}\texpression-missed\t{sev}")
for name, rows in [('judged.tsv',jr),('expressions.tsv',xr),('errors.tsv',er)]:
    open(D+name,'w').write('\n'.join(rows)+'\n')
    print(name, len(rows)-1)
