import json,sys
f=sys.argv[1]
d=json.load(open(f+'.json'))
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
keys=set()
for t in d['tokens']: keys|=set(t.keys())
print('TOKEN KEYS',keys)
for i,t in enumerate(d['tokens']):
    if t.get('kind')=='punct': continue
    mark='*' if t.get('upos') in J else ' '
    s=t.get('senses')
    ss=''
    if s: ss=' | senses: '+' ; '.join(str(x) for x in s[:4])
    print(f"{mark}{i}\t{t['form']}\t{t.get('lemma')}\t{t.get('upos')}\t{t.get('gender','')}\tE{t.get('expression','')}\t[{t.get('gloss')}]\t{t.get('glossSource','')}{ss}")
print()
for i,e in enumerate(d['expressions']):
    print(i, json.dumps(e,ensure_ascii=False))
