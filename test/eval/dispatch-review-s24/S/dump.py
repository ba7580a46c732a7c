import json,sys
f=sys.argv[1]
d=json.load(open(f+'.json'))
T=d['tokens']
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
for si,s in enumerate(d['sentences']):
    print(f"\n=== S{si}: {d['text'][s['start']:s['end']]}")
    for i,t in enumerate(T):
        if t['start']>=s['start'] and t['end']<=s['end']:
            mark='*' if t['upos'] in J else ' '
            print(f"{mark}{i:4d} {t['form']:<18} {t['lemma']:<18} {t['upos']:<6} e={t.get('expression','')!s:<3} {t.get('gloss','<NONE>')}")
print("\n=== EXPRESSIONS")
for k,e in enumerate(d['expressions']):
    print(k, e['lemma'], '|', e['gloss'], '|', e['parts'], '|', ' '.join(T[p]['form'] for p in e['parts']), '|', e.get('note',''))
