import json,sys
f=sys.argv[1]; d=json.load(open(f))
T=d['tokens']; E=d['expressions']
keys=set()
for t in T: keys|=set(t.keys())
print('token keys',keys, 'sentences sample', d['sentences'][:2] if d['sentences'] else None)
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
for i,t in enumerate(T):
    if t.get('kind')=='punct': 
        print(f"{i:4} {t['form']}"); continue
    mark='*' if t.get('upos') in J else ' '
    g=t.get('gloss'); s=t.get('senses')
    print(f"{mark}{i:3} {t['form']:<16} {t.get('lemma',''):<16} {t.get('upos',''):<6} {t.get('gender','') or '':<2} src={t.get('glossSource','')} ex={t.get('expression','')} | {g} || {s if s and s!=[g] else ''}")
print()
for k,e in enumerate(E):
    print(k, e['lemma'], '|', e['upos'], '|', e['gloss'], '|', e['parts'], '|', ' '.join(T[p]['form'] for p in e['parts']), '|', e.get('note',''), {x:e[x] for x in e if x not in ('lemma','upos','gloss','first','last','parts','note')})
