import json,sys
n=sys.argv[1]
d=json.load(open(n+'.json'))
print(d['tokens'][0].keys(), d['expressions'][:1], d['sentences'][:1] if d['sentences'] else None)
from collections import Counter
print(Counter(t['kind'] for t in d['tokens']), Counter(t.get('upos') for t in d['tokens']))
print(Counter(k for t in d['tokens'] for k in t))
