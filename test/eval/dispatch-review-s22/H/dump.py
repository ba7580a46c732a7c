import json,sys
f=sys.argv[1]
import os
d=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f + '.json')))
print('sentences', d['sentences'][:2] if d['sentences'] else None)
for i,t in enumerate(d['tokens']):
    if t['kind']!='word': continue
    print(f"{i}\t{t['form']}\t{t['lemma']}\t{t['upos']}\t{t.get('gloss','-')}\t{t.get('glossSource','')}\t{t.get('expression','')}")
print('EXPRESSIONS')
for j,e in enumerate(d['expressions']):
    print(j, e['lemma'],'|',e['upos'],'|',e['gloss'],'|',[d['tokens'][k]['form'] for k in e['parts']], e.get('note',''))
