import json, csv, re, sys
sys.path.insert(0,'/tmp/s25/blind-AM')
from _decide import *
def tsv(name, header, rows):
    with open(D+name,'w') as f:
        f.write('\t'.join(header)+'\n')
        for r in rows: f.write('\t'.join(str(x).replace('\t',' ').replace('\n',' ') for x in r)+'\n')
def excerpt(d, i, j=None):
    toks=d['tokens']; j=i if j is None else j
    t=d['text']; s=toks[max(0,i-5)]['start']; e=toks[min(len(toks)-1,j+5)]['end']
    return '…'+t[s:e].replace('\n',' ')+'…'
J=[];E=[];R=[]
for f in FILES:
    d=json.load(open(D+f+'.json'))
    toks=d['tokens']; exps=d['expressions']
    exright={}
    for k,e in enumerate(exps):
        v=EXW.get((f,k),('right','-',''))
        E.append([f,k,e['lemma'],e['gloss'],' '.join(toks[p]['form'] for p in e['parts'])+' '+str(e['parts']).replace(' ',''),v[0],v[1],v[2] or EXNOTE.get((f,k),'-')])
        if v[0]=='right':
            for p in e['parts']: exright[p]=k
        else:
            R.append([f,excerpt(d,e['parts'][0],e['parts'][-1]),' '.join(toks[p]['form'] for p in e['parts']),f'{e["lemma"]} = {e["gloss"]}',v[2],'expression-wrong','misleading'])
    for i,t in enumerate(toks):
        if t['kind']!='word': continue
        if t.get('upos') not in JUDGED_UPOS and (f,i) not in EXTRA: continue
        inr='yes' if i in exright else 'no'
        if (f,i) in F:
            c,sev,sb,note=F[(f,i)]
            J.append([f,i,t['form'],'fail',inr,t.get('upos'),c,note])
            R.append([f,excerpt(d,i),t['form'],f"{t.get('upos')} {t.get('lemma')}: {t.get('gloss','(no gloss)')}",sb,c,sev])
        else:
            note=OKNOTE.get((f,i),EXTRA.get((f,i),''))
            if not t.get('gloss'):
                note=note or 'name without gloss (passes)'
            J.append([f,i,t['form'],'ok',inr,t.get('upos'),'-',note or '-'])
    for (mf,lem,gl,frag,sev,note) in [m for m in MISSED if m[0]==f]:
        pos=d['text'].find(frag); assert pos>=0,(f,frag)
        s=max(0,pos-40); e=min(len(d['text']),pos+len(frag)+40)
        E.append([f,'-',lem,gl,frag,'missed','expression-missed',note])
        R.append([f,'…'+d['text'][s:e].replace('\n',' ')+'…',frag,'not found as an expression ('+note+')',f'{lem} = {gl}','expression-missed',sev])
tsv('judged.tsv',['file','token','form','verdict','inside_right_expr','upos','class','note'],J)
tsv('expressions.tsv',['file','expr','lemma','gloss','parts','verdict','class','should_be'],E)
tsv('errors.tsv',['file','excerpt','tokens','engine_gave','should_be','class','severity'],R)
print(len(J),len(E),len(R))
