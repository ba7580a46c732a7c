# Hand-written judgements (one line per judged token), turned into the TSV files.
# Line format:  idx | verdict | class | severity | should be | note
import json, os
D = '/tmp/s23/blind-R/'

CAL_TOK = r"""
0|ok|name-no-gloss|||place name (dateline), no gloss: passes
3|ok|ok|||
6|ok|ok|||
10|ok|ok|||
13|ok|ok|||la République (French State) in the title; 'republic' fine
15|ok|name-no-gloss|||place name
17|ok|ok|||
18|ok|ok|||
20|ok|ok|||
23|ok|ok|||l'ensemble de = the whole of; 'whole' fits
26|ok|ok|||
28|ok|name-no-gloss|||place name
31|ok|ok|||au lendemain de; 'next day' fits
34|ok|ok|||
36|ok|ok|||
37|ok|ok|||antecedent 'nuit d'émeutes': 'which' correctly first
39|fail|wrong-sense|minor|to cause, to leave (faire deux morts = kill two)|'to do' does not fit; expression 'faire … mort' glossed right
41|ok|ok|||'two deaths' reads right; but gender shown f, here masculine (un mort = a dead person)
44|ok|ok|||plusieurs dizaines = several dozen
46|ok|ok|||
49|fail|wrong-sense|minor|background (sur fond de = amid)|'bottom' wrong here; expression 'sur fond de' right
51|ok|ok|||
52|ok|ok|||
53|ok|ok|||autour de = around/over (the reform)
56|ok|ok|||
58|ok|ok|||'electoral body' = electorate; expression right
59|ok|ok|||
62|fail|wrong-sense|misleading|roadblock|youths erecting 'dams'; roadblock is 2nd sense
65|ok|ok|||
68|fail|wrong-tag|minor|NOUN: young people, youths|'des jeunes' is the noun; cagoulés is the adjective
69|fail|no-gloss|minor|ADJ cagoulé: hooded, wearing balaclavas|tagged NOUN, no gloss
72|ok|ok|||
73|fail|wrong-sense|minor|main road (principaux axes = main roads)|'axis' first; 'main road' 2nd
75|ok|ok|||
78|fail|wrong-sense|misleading|shop, business|'trade' (mass noun) for burnt shops; 'shop' is 3rd sense
81|ok|ok|||
84|ok|ok|||
88|ok|ok|||
90|ok|ok|||
93|ok|ok|||
94|ok|ok|||'resume control' acceptable (take back control)
96|ok|ok|||
99|ok|ok|||
100|ok|ok|||
104|ok|ok|||
106|ok|ok|||
109|ok|ok|||
112|ok|ok|||inside 'ministre de l'Intérieur'
114|ok|ok|||
116|ok|ok|||
119|ok|ok|||
120|ok|ok|||'mobile gendarmes' literal; expression 'gendarme mobile' = riot gendarme right
121|ok|ok|||
123|ok|ok|||
125|ok|ok|||
126|ok|ok|||
127|ok|ok|||'lend (a hand)' fits
128|fail|no-gloss|minor|help, assistance (prêter main-forte = lend a hand)|no gloss; expression right
130|ok|ok|||
133|ok|ok|||
134|ok|ok|||
135|ok|ok|||
138|ok|ok|||
141|ok|ok|||
143|ok|ok|||
144|ok|ok|||'could be introduced'; 'can' in conditional acceptable
146|ok|ok|||
148|ok|ok|||
152|ok|ok|||
153|ok|ok|||
156|ok|ok|||
157|ok|ok|||
160|ok|name-no-gloss|||place name
161|ok|ok|||
162|ok|ok|||'closed' first: good
165|ok|ok|||'until new orders' literal = until further notice; expression right
166|ok|ok|||
170|ok|ok|||
173|ok|ok|||
176|fail|wrong-sense|minor|bill (projet de loi)|'project'; 'projet de loi' not detected here (engine took 'loi constitutionnelle')
178|ok|ok|||
179|ok|ok|||
180|ok|ok|||
183|ok|ok|||'thaw' acceptable metaphor (in quotes); 'unfreeze' would be exact
186|ok|ok|||
187|ok|ok|||
188|ok|ok|||
190|ok|ok|||
192|ok|ok|||
193|ok|ok|||
196|ok|ok|||
197|ok|ok|||
200|fail|wrong-tag|minor|NOUN: pro-independence supporters, separatists|'Les indépendantistes' is a noun; gloss adjectival
202|ok|ok|||
204|fail|wrong-sense|minor|liberation|'release' first in a liberation-front name; expression right
205|ok|ok|||
206|ok|ok|||
208|ok|ok|||
210|ok|ok|||
212|ok|ok|||
215|ok|ok|||
216|ok|ok|||
218|ok|ok|||
220|ok|ok|||
221|ok|ok|||
224|ok|ok|||metonymy for the French government
226|fail|wrong-sense|minor|to disregard, override (passer outre)|'to pass'; expression right
229|ok|ok|||
231|ok|ok|||'carry (responsibility)' fine
233|ok|ok|||
234|ok|ok|||
236|ok|ok|||
237|fail|wrong-sense|minor|which/that (ce qui = what)|'who' first for a thing antecedent
238|fail|wrong-sense|misleading|to happen|'ce qui arrive' = what is happening, not 'arrive'
242|ok|ok|||
244|ok|ok|||
247|ok|ok|||
250|ok|ok|||
252|ok|ok|||
254|ok|ok|||
256|ok|ok|||
258|ok|ok|||
261|ok|ok|||'putting (into operation)' literal; expression 'mise en œuvre' right
263|ok|ok|||literal; expression right
264|ok|ok|||
266|ok|ok|||the (legislative) text
269|ok|ok|||
270|ok|ok|||
271|ok|ok|||
272|ok|ok|||
273|fail|wrong-sense|minor|to let, to allow (laisser + infinitive)|'to leave' first; with an infinitive it means let
275|ok|ok|||
276|ok|ok|||
278|ok|ok|||
279|ok|ok|||
281|ok|ok|||
285|ok|ok|||
287|ok|ok|||feminine noun élue (elected official); lemma élue acceptable
289|ok|ok|||party name (le Rassemblement); 'Rally' is its usual English rendering
292|ok|ok|||'first minister' literal; expression 'Premier ministre' right
293|ok|ok|||
295|ok|ok|||
297|ok|ok|||
299|ok|ok|||
301|ok|ok|||
303|fail|wrong-sense|minor|by (d'ici à = by a date)|'here' ; expression right
306|ok|ok|||
308|ok|ok|||
310|ok|ok|||
312|ok|ok|||
315|ok|ok|||
316|ok|ok|||
318|ok|ok|||
320|fail|wrong-sense|minor|failing (faute de quoi = failing which)|'mistake'; expression right
322|fail|wrong-sense|minor|which (relative)|'what'; expression right
324|ok|ok|||Parliament in Congress (Versailles); 'congress' fine
326|ok|ok|||'summon(ed)' fine for a parliament
328|ok|name-no-gloss|||place name
331|ok|ok|||'summer' correctly chosen over être
335|fail|wrong-sense|misleading|level, front (sur le plan économique = economically)|reads as 'the economic plan'
336|ok|ok|||
339|ok|ok|||
341|ok|ok|||
343|ok|ok|||
344|ok|ok|||
347|ok|ok|||
349|ok|ok|||'trade' fine in chamber of commerce
352|ok|ok|||
353|ok|ok|||chiffrer à = put (losses) at; 'estimate' good
355|ok|ok|||
357|ok|ok|||
360|ok|ok|||
362|ok|ok|||
364|ok|ok|||
366|ok|ok|||
368|fail|wrong-sense|minor|cut (suppressions d'emplois = job cuts)|'abolition' first; expression right
370|ok|ok|||'employment' close enough to 'jobs'
373|ok|ok|||
375|ok|ok|||
376|ok|ok|||
378|ok|ok|||
"""

RET_TOK = r"""
0|ok|ok|||
3|ok|ok|||
6|ok|ok|||
10|ok|ok|||
12|ok|ok|||
14|ok|ok|||
16|ok|ok|||
17|ok|ok|||
19|ok|ok|||
22|ok|ok|||
25|fail|no-gloss|minor|NOUN intersyndicale: inter-union alliance, joint union front|tagged ADJ, no gloss; key word of the story
29|ok|ok|||
30|ok|ok|||
32|ok|ok|||
35|ok|ok|||
37|ok|ok|||'retirement reform' acceptable
39|fail|wrong-sense|minor|which (antecedent: la réforme)|'who' first for a thing
40|ok|ok|||'plans to' acceptable (provides for)
42|ok|ok|||'postpone' = push back (the age)
44|ok|ok|||
45|ok|ok|||
47|fail|wrong-sense|minor|retirement (âge de départ = retirement age)|'departure'; the retirement sense is missing
52|ok|ok|||
56|ok|ok|||
58|ok|ok|||
61|ok|ok|||
63|ok|ok|||
65|fail|wrong-sense|minor|to pound, tread (battre le pavé = take to the streets)|'to beat; to defeat'; expression right
67|ok|ok|||literal (paving stones = the street); expression right
69|ok|ok|||'including (before a number)' chosen: good
73|ok|ok|||
75|ok|ok|||
78|ok|ok|||
81|ok|ok|||
82|ok|ok|||'of it' acceptable (of them)
84|ok|ok|||
86|ok|ok|||
89|ok|ok|||'whole' fits (l'ensemble du pays); but engine's expression 'dans l'ensemble' is wrong here
91|ok|ok|||
93|ok|ok|||
96|ok|ok|||
99|ok|ok|||
102|ok|ok|||
103|ok|ok|||
107|ok|ok|||
108|ok|ok|||
109|ok|ok|||
110|ok|ok|||'no longer' chosen for ne … plus: good
111|fail|wrong-sense|minor|to turn (faire la sourde oreille = turn a deaf ear)|'to do'; expression right
113|ok|ok|||
114|ok|ok|||
118|ok|ok|||
120|ok|ok|||
121|ok|ok|||
124|ok|ok|||
126|ok|ok|||
128|ok|ok|||
129|ok|ok|||
132|ok|ok|||
134|ok|ok|||
135|ok|ok|||
137|ok|ok|||
141|ok|ok|||
143|fail|wrong-sense|minor|only (seul un TGV sur trois = only one TGV in three)|'alone' first
145|ok|ok|||
148|ok|ok|||'circulate' understandable for trains running
152|ok|ok|||
154|ok|ok|||
155|ok|ok|||
158|ok|ok|||
160|ok|ok|||
163|ok|ok|||
167|ok|ok|||
168|ok|ok|||
170|ok|ok|||
173|ok|ok|||
177|ok|ok|||'stopped work' = went on strike
179|ok|ok|||
183|ok|ok|||
185|ok|ok|||
188|ok|ok|||
189|ok|ok|||
192|ok|ok|||
196|ok|ok|||
197|ok|ok|||
198|ok|ok|||
200|ok|ok|||
202|ok|ok|||
203|ok|ok|||'call for / call on (appeler à)' chosen: good
206|ok|ok|||
207|ok|ok|||
209|ok|ok|||
212|ok|ok|||
214|ok|ok|||
215|ok|ok|||'not exclude' acceptable ('rule out' better)
216|ok|ok|||
218|ok|ok|||
219|ok|ok|||'renewable' literal; expression 'grève reconductible' right
222|ok|ok|||
223|ok|ok|||
226|ok|ok|||
230|ok|ok|||
232|ok|ok|||
233|ok|ok|||
236|ok|ok|||
239|ok|ok|||
243|ok|ok|||
245|ok|ok|||
246|ok|ok|||'intend' chosen: good
247|ok|ok|||
248|fail|wrong-sense|minor|to go back on (revenir sur)|'to come back'; expression right
251|ok|ok|||
252|fail|wrong-sense|minor|flagship (mesure phare)|'lighthouse'; expression right
254|ok|ok|||
256|fail|wrong-sense|minor|for lack of (faute de)|'mistake'; expression right
258|ok|ok|||
261|ok|ok|||
263|ok|ok|||
265|ok|ok|||'retirement system' acceptable
266|ok|ok|||
268|ok|ok|||
270|ok|ok|||
272|fail|wrong-sense|minor|by (d'ici à 2030 = by 2030)|'here'; expression right
278|ok|ok|||
280|ok|ok|||inside the council's name; 'direction' passable
282|ok|ok|||
284|ok|ok|||
288|ok|ok|||
289|ok|ok|||reflexive clitic of s'agir; expression right
290|ok|ok|||
292|ok|ok|||
294|fail|wrong-sense|misleading|system, scheme (régime par répartition = pay-as-you-go pension scheme)|'regime' suggests a political regime
296|ok|ok|||'distribution' is the literal sense; the technical phrase is missed (see expressions)
300|fail|wrong-sense|minor|faire valoir = to argue, point out|causative 'make someone do' does not give 'argue'; expression right
301|fail|wrong-sense|minor|faire valoir = to argue, point out|'to be worth'; expression right
303|ok|ok|||'first (minister)' literal; expression right
304|ok|ok|||
307|fail|wrong-sense|minor|end (à l'issue de = at the end of, after)|'outcome'; expression right
309|ok|ok|||
311|ok|ok|||
313|fail|wrong-sense|minor|while (tout en + participle)|'quite'; expression right
315|ok|ok|||reflexive of se dire; expression right
316|ok|ok|||
318|ok|ok|||'open' first; participle used as adjective
322|ok|ok|||
325|ok|ok|||
326|ok|ok|||
329|fail|wrong-sense|minor|bill (projet de loi)|'project'; expression right
331|ok|ok|||
333|ok|ok|||
335|ok|ok|||
337|fail|wrong-sense|minor|committee (en commission = at committee stage)|'commission'; 'committee' is 2nd
340|ok|ok|||l'Assemblée = the National Assembly
342|fail|wrong-sense|minor|is due to, is to (schedule)|'must' (obligation); 'to be expected to' is 2nd
344|ok|ok|||
347|ok|ok|||
348|ok|ok|||
350|fail|wrong-sense|minor|for lack of (faute de)|'mistake'; expression right
352|ok|ok|||
353|ok|ok|||
356|ok|ok|||
357|ok|ok|||
358|ok|ok|||'not exclude' acceptable
359|ok|ok|||
361|ok|ok|||
364|ok|ok|||
368|ok|ok|||
370|fail|wrong-sense|minor|which (antecedent: l'article 49.3)|'who' first for a thing
371|ok|ok|||
373|ok|ok|||causative sense chosen: good
374|ok|ok|||
376|ok|ok|||
378|ok|ok|||
"""

# expression verdicts: index -> (verdict, class, should be, severity-if-wrong, note)
CAL_EXPR = {i: ('right', 'ok', '', '', '') for i in range(36)}
CAL_EXPR[12] = ('right', 'ok-compositional', '', '', 'free collocation, harmless')
CAL_MISSED = [
    (176, 'projet de loi', 'bill (projet de loi constitutionnelle = constitutional bill)', 'minor'),
    (333, 'sur le plan (économique)', 'on the economic front, economically', 'misleading'),
]
RET_EXPR = {i: ('right', 'ok', '', '', '') for i in range(39)}
RET_EXPR[8] = ('wrong', 'expression-wrong', "l'ensemble de: the whole of (dans l'ensemble du pays = across the whole country)", 'misleading',
               "'on the whole, overall' is the adverbial dans l'ensemble; here it is followed by 'du pays'")
RET_MISSED = [
    (44, 'âge (légal) de départ (à la retraite)', 'statutory retirement age', 'minor'),
    (294, 'régime par répartition', 'pay-as-you-go pension scheme', 'misleading'),
    (336, 'en commission', 'in committee (parliamentary committee stage)', 'minor'),
]

FILES = [('caledonie', CAL_TOK, CAL_EXPR, CAL_MISSED), ('retraites', RET_TOK, RET_EXPR, RET_MISSED)]
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}

def first_sense(t):
    s = t.get('senses')
    if s: return s[0]
    return t.get('gloss', '')

def excerpt(text, start, end, w=45):
    a = max(0, start - w); b = min(len(text), end + w)
    s = text[a:b].replace('\n', ' ').replace('\t', ' ')
    return ('…' if a > 0 else '') + s + ('…' if b < len(text) else '')

jrows = ['file\ttoken index\tform\tverdict\tinside-right-expression\tupos(engine)\tclass\tnote']
erows = ['file\texpr index\tlemma\tgloss\tparts\tverdict\tclass\tshould be']
xrows = ['file\tsentence excerpt\ttoken(s)\tengine gave\tshould be\tclass\tseverity']
for name, TOK, EXPR, MISSED in FILES:
    d = json.load(open(D + name + '.json', encoding='utf-8'))
    T, E, text = d['tokens'], d['expressions'], d['text']
    assert set(EXPR) == set(range(len(E)))
    seen = set()
    for line in TOK.strip().splitlines():
        idx, verdict, cls, sev, should, note = [x.strip() for x in line.split('|')]
        idx = int(idx); t = T[idx]
        assert idx not in seen; seen.add(idx)
        assert t['upos'] in JUDGED, (name, idx)
        ex = t.get('expression')
        inside = 'yes' if ex is not None and EXPR[ex][0] == 'right' else 'no'
        if verdict == 'fail' and inside == 'yes' and cls == 'wrong-sense':
            cls = 'wrong-sense-in-expr'
        jrows.append('\t'.join([name, str(idx), t['form'], verdict, inside, t['upos'], cls, note]))
        if verdict == 'fail':
            gave = '%s %s "%s"' % (t['upos'], t['lemma'], first_sense(t)) if first_sense(t) else '%s %s (no gloss)' % (t['upos'], t['lemma'])
            if inside == 'yes': gave += ' [inside right expression %s]' % E[ex]['lemma']
            xrows.append('\t'.join([name, excerpt(text, t['start'], t['end']), t['form'], gave, should, cls, sev]))
    need = {i for i, t in enumerate(T) if t['upos'] in JUDGED}
    assert seen == need, (name, sorted(need - seen), sorted(seen - need))
    for j, e in enumerate(E):
        verdict, cls, should, sev, note = EXPR[j]
        parts = ' '.join('%d:%s' % (p, T[p]['form']) for p in e['parts'])
        erows.append('\t'.join([name, str(j), e['lemma'], e['gloss'], parts, verdict, cls, should or note]))
        if verdict == 'wrong':
            t0 = T[e['parts'][0]]; t1 = T[e['parts'][-1]]
            xrows.append('\t'.join([name, excerpt(text, t0['start'], t1['end']), ' '.join(T[p]['form'] for p in e['parts']),
                                    'expression %s = "%s"' % (e['lemma'], e['gloss']), should, cls, sev]))
    for (i0, lemma, should, sev) in MISSED:
        t0 = T[i0]
        erows.append('\t'.join([name, 'missed', lemma, '', 'from token %d:%s' % (i0, t0['form']), 'missed', 'expression-missed', should]))
        xrows.append('\t'.join([name, excerpt(text, t0['start'], t0['end'] + 25), lemma, 'no expression', should, 'expression-missed', sev]))

open(D + 'judged.tsv', 'w', encoding='utf-8').write('\n'.join(jrows) + '\n')
open(D + 'expressions.tsv', 'w', encoding='utf-8').write('\n'.join(erows) + '\n')
open(D + 'errors.tsv', 'w', encoding='utf-8').write('\n'.join(xrows) + '\n')
print(len(jrows) - 1, len(erows) - 1, len(xrows) - 1)
