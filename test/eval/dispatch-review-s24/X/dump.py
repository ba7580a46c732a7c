import json,sys
n=sys.argv[1]
d=json.load(open(n+'.json'))
T=d['tokens']
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
for s in d['sentences']:
    print('=== ',d['text'][s['start']:s['end']])
    for i,t in enumerate(T):
        if t['start']>=s['start'] and t['end']<=s['end']:
            mark='*' if t['upos'] in J else ' '
            e=t.get('expression','')
            print(f"{mark}{i:3d} {t['form']:<14} {t['upos']:<5} {t['lemma']:<14} e={e!s:<3} | {t.get('gloss','-')}")
print('=== EXPRESSIONS')
for k,e in enumerate(d['expressions']):
    print(k, e['lemma'], '|', e['upos'], '|', e['gloss'], '|', e['parts'], '|', ' '.join(T[p]['form'] for p in e['parts']), '|', e.get('note',''))
