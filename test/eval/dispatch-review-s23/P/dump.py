import json,sys
f=sys.argv[1]
d=json.load(open(f+'.json'))
T=d['tokens'];E=d['expressions']
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
print('sentences sample', d['sentences'][:1])
for i,t in enumerate(T):
    if t.get('kind')=='punct': continue
    mark='*' if t.get('upos') in J else ' '
    senses=t.get('senses')
    ss=' | '.join(s if isinstance(s,str) else json.dumps(s,ensure_ascii=False) for s in senses[:4]) if senses else ''
    print(f"{mark}{i}\t{t['form']}\t{t.get('lemma')}\t{t.get('upos')}\t{t.get('gender','')}\tE{t.get('expression','')}\t[{t.get('glossSource','')}] {t.get('gloss','')}\t|| {ss}")
print()
for k,e in enumerate(E):
    print(k, e['lemma'], '|', e.get('upos'), '|', e['gloss'], '|', [T[p]['form'] for p in e['parts']], {x:y for x,y in e.items() if x not in ('lemma','upos','gloss','first','last','parts')})
