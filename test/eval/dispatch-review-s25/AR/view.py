import json,sys
n=sys.argv[1]
d=json.load(open(n+'.json'))
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
for i,t in enumerate(d['tokens']):
    if t['kind']=='punct': continue
    mark='*' if t['upos'] in J else ' '
    g=t.get('gloss','<NOGLOSS>')
    e=t.get('expression','')
    print(f"{mark}{i:3d} {t['form']:<16} {t['upos']:<5} {t['lemma']:<16} {t.get('gender','')} e{e} | {g}")
print()
for k,e in enumerate(d['expressions']):
    print(k, e['lemma'], '|', e['upos'], '|', e['gloss'], '|', [d['tokens'][p]['form'] for p in e['parts']], e['parts'], '|', e.get('note',''))
