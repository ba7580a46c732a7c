#!/usr/bin/env python3
"""Writes judged.tsv, expressions.tsv, errors.tsv from the reviewer's verdicts below.
All verdicts are hand-made, token by token; this script only formats them."""
import json

JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}

# ---------------------------------------------------------------- token failures
# idx: (class, severity, should_be, note)
FAIL = {
 'otan': {
  31: ('wrong-tag', 'minor', 'ADJ brut = gross (produit intérieur brut = GDP)',
       'tagged NOUN, first sense "crude (oil)"; adjective "gross" here'),
  33: ('wrong-sense', 'minor', 'temporal "now" (d\'ici 2032 = from now until 2032, by 2032)',
       'first sense "here" is spatial; here ici is temporal'),
  37: ('wrong-sense', 'minor', 'end (au terme de = at the end of)',
       'first sense "term"; terme = end here'),
  49: ('wrong-tag', 'minor', 'AUX avoir (a ... occupé, passé composé)',
       'auxiliary separated from participle by "de nouveau", tagged VERB "to have"'),
  52: ('wrong-sense', 'minor', 'to occupy (verbal participle: a occupé)',
       'first sense "busy" is the adjective; here passé composé of occuper'),
  57: ('wrong-sense', 'minor', 'stage (le devant de la scène = centre stage)',
       'first sense "scene"; scène = stage here'),
  107: ('wrong-sense', 'minor', 'end, conclusion (à l\'issue de = at the end of)',
        'first sense "outcome"; issue = end here'),
  109: ('wrong-sense', 'minor', 'proceedings, talks (of the summit)',
        'first sense "works" (construction); right sense only 4th'),
  112: ('wrong-sense', 'minor', 'temporal "now" (jusqu\'ici = until now)',
        'first sense "here"; temporal use'),
  147: ('no-gloss', 'minor', 'deçà (en deçà de = below, short of)',
        'no gloss; also tagged NOUN'),
  174: ('no-gloss', 'minor', 'arraché (à l\'arraché = hard-won, at the last gasp)',
        'no gloss'),
  179: ('pronoun', 'minor', 'to it / to her (= Spain, dative)',
        'first sense "him"; dative referring to Spain'),
  218: ('wrong-sense', 'minor', 'to keep (tenir ses engagements = keep one\'s commitments)',
        'first sense "to hold"; "keep" only 2nd'),
  240: ('pronoun', 'minor', 'to it / to her (= Ukraine, dative)',
        'first sense "him"; dative referring to Ukraine'),
  373: ('wrong-sense', 'misleading', 'lasting, enduring (menace durable)',
        'first sense "sustainable": a "sustainable threat"'),
  378: ('wrong-tag', 'minor', 'ADJ euro-atlantique = Euro-Atlantic',
        'tagged NOUN; adjective modifying sécurité (gloss itself fine)'),
  397: ('wrong-sense', 'minor', 'review, update (point d\'étape; cf. faire le point)',
        'first sense "point"'),
  410: ('wrong-sense', 'misleading', 'agreed (la trajectoire convenue = the agreed path)',
        'gloss "suited" (from convenir à); here convenir de = agree'),
  423: ('wrong-tag', 'minor', 'DET/ADJ tout = all (tout le monde = everyone)',
        'tagged ADV "quite; completely"'),
 },
 'climat': {
  20: ('wrong-tag', 'minor', 'DET les = the (les quelque 190 pays)',
       'tagged PRON "them"; it is the article'),
  29: ('no-gloss', 'minor', 'COP31 = 31st UN climate conference (COP)',
       'acronym with no gloss (COP alone is glossed later)'),
  42: ('wrong-sense', 'misleading', 'wrested, extracted with difficulty (un accord arraché)',
       'first sense "to tear off": an agreement "torn off"'),
  44: ('no-gloss', 'minor', 'forceps (au forceps = by force, with great difficulty)',
       'no gloss'),
  74: ('wrong-sense', 'minor', 'temporal "now" (d\'ici 2035 = by 2035)',
       'first sense "here"'),
  90: ('pronoun', 'minor', 'to it (s\'y adapter = adapt to it, i.e. to warming)',
       'first sense "there"'),
  96: ('wrong-sense', 'minor', 'far, greatly (largement insuffisante = far from enough)',
       'first sense "widely"'),
  124: ('wrong-sense', 'minor', 'right, correct (la bonne direction)',
        'first sense "good"; bon = right here'),
  125: ('wrong-sense', 'minor', 'direction',
        'first sense "management"; "direction" only 3rd'),
  152: ('wrong-sense', 'minor', 'return / other hand (en revanche = on the other hand)',
        'first sense "revenge"'),
  211: ('no-gloss', 'minor', 'climbdown, backtracking', 'no gloss on a key word'),
  213: ('wrong-lemma', 'minor', 'lemma œil', 'lemma given as "yeux" (gloss itself fine)'),
  236: ('pronoun', 'minor', 'ourselves (reflexive object of nous contenter)',
        'first sense "we" (subject); here reflexive object'),
  237: ('wrong-sense', 'minor', 'se contenter de = to make do with',
        'first sense "to satisfy"; the reflexive sense is 2nd'),
  246: ('wrong-sense', 'minor', 'train = course, progress (en train de = in the process of)',
        'first sense "train"'),
  268: ('wrong-sense', 'minor', 'to leave, to head back (repartir d\'ici)',
        'first sense "to leave again"; no "again" here'),
  277: ('wrong-tag', 'minor', 'NOUN (une ONG, common noun)', 'tagged PROPN; gloss NGO fine'),
  304: ('wrong-sense', 'misleading', 'left (livrés à eux-mêmes = left to fend for themselves)',
        'first sense "to deliver"; idiom not recognised'),
  306: ('no-gloss', 'minor', 'eux-mêmes = themselves (lemma lui-même/eux-mêmes)',
        'no gloss; lemma "eux-même" malformed'),
  320: ('wrong-sense', 'minor', 'opportunity (occasion manquée = missed opportunity)',
        'first sense "occasion": false friend; right sense 2nd'),
  348: ('wrong-sense', 'minor', 'relation (par rapport à = compared with)',
        'first sense "report"'),
  352: ('no-gloss', 'minor', 'pre-industrial', 'no gloss'),
  371: ('wrong-sense', 'minor', 'reach (hors de portée = out of reach)',
        'first sense "scope"; "reach" 4th'),
  404: ('wrong-sense', 'minor', 'firm (tenir bon = hold firm); adverbial',
        'first sense "good"'),
  416: ('no-gloss', 'minor', 'COP32 = 32nd UN climate conference', 'acronym with no gloss'),
 },
}

# ---------------------------------------------------------------- expressions
# wrong expressions: idx: (class, severity, should_be, note)
EXPR_WRONG = {
 'otan': {},
 'climat': {
  29: ('expression-wrong', 'misleading',
       'no expression: "repartir d\'ici" = leave (from) here; ici is spatial',
       '"d\'ici" glossed "by (a date); within" though no date follows'),
 },
}
# missed expressions: (lemma, parts(token idx), should_be gloss, severity)
MISSED = {
 'otan': [
  ('étaler dans le temps', [182, 185, 186, 187],
   'to spread (out) over time, to stagger', 'minor'),
 ],
 'climat': [
  ('livré à soi-même (livrés à eux-mêmes)', [304, 305, 306],
   'left to fend for oneself, left to one\'s own devices', 'misleading'),
 ],
}
# short notes on right expressions worth recording
EXPR_NOTE = {
 'otan': {19: 'acceptable: "à l\'arraché" here = hard-won (note gives it)',
          25: 'first sense "moreover" fits'},
 'climat': {13: '"fossil fuels" would be more idiomatic; acceptable',
            43: 'figurative: got its way; acceptable'},
}


def first(g):
    return (g or '').split('; ')[0]


def excerpt(text, start, end, w=55):
    a = max(0, start - w)
    b = min(len(text), end + w)
    s = text[a:b].replace('\n', ' ').replace('\t', ' ').replace('\u00a0', ' ')
    return ('…' if a > 0 else '') + s.strip() + ('…' if b < len(text) else '')


jrows, erows, xrows = [], [], []
for f in ['otan', 'climat']:
    d = json.load(open(f + '.json', encoding='utf-8'))
    T, E, text = d['tokens'], d['expressions'], d['text']
    exright = {i: (i not in EXPR_WRONG[f]) for i in range(len(E))}
    for i, t in enumerate(T):
        if t['upos'] not in JUDGED:
            continue
        ex = t.get('expression')
        inside = 'yes' if ex is not None and exright.get(ex) else 'no'
        if i in FAIL[f]:
            cls, sev, should, note = FAIL[f][i]
            jrows.append([f, i, t['form'], 'fail', inside, t['upos'], cls, note])
            gave = f"{t['upos']} {t['lemma']} «{first(t.get('gloss')) or '(no gloss)'}»"
            erows.append([f, excerpt(text, t['start'], t['end']), f'#{i} {t["form"]}',
                          gave, should, cls, sev])
        else:
            jrows.append([f, i, t['form'], 'ok', inside, t['upos'], '-',
                          'first sense: ' + (first(t.get('gloss')) or '(no gloss; name)')])
    for k, e in enumerate(E):
        parts = ','.join(map(str, e['parts']))
        if k in EXPR_WRONG[f]:
            cls, sev, should, note = EXPR_WRONG[f][k]
            xrows.append([f, k, e['lemma'], e['gloss'], parts, 'wrong', cls, should])
            a = T[e['parts'][0]]; b = T[e['parts'][-1]]
            erows.append([f, excerpt(text, a['start'], b['end']),
                          f"expr#{k} " + ' '.join(T[p]['form'] for p in e['parts']),
                          f"expr «{e['lemma']}» = {first(e['gloss'])}", should, cls, sev])
        else:
            xrows.append([f, k, e['lemma'], e['gloss'], parts, 'right', '-',
                          EXPR_NOTE[f].get(k, '-')])
    for lem, parts, should, sev in MISSED[f]:
        xrows.append([f, '-', lem, '-', ','.join(map(str, parts)), 'missed',
                      'expression-missed', should])
        a = T[parts[0]]; b = T[parts[-1]]
        erows.append([f, excerpt(text, a['start'], b['end']),
                      'missed[' + ','.join(map(str, parts)) + '] ' + ' '.join(T[p]['form'] for p in parts),
                      'not recognised (' + '; '.join(f"{T[p]['form']}={first(T[p].get('gloss')) or '∅'}" for p in parts) + ')',
                      f'{lem} = {should}', 'expression-missed', sev])


def w(name, header, rows):
    with open(name, 'w', encoding='utf-8') as fh:
        fh.write('\t'.join(header) + '\n')
        for r in rows:
            fh.write('\t'.join(str(x) for x in r) + '\n')


w('judged.tsv', ['file', 'token index', 'form', 'verdict', 'inside-right-expression',
                 'upos(engine)', 'class', 'note'], jrows)
w('expressions.tsv', ['file', 'expr index', 'lemma', 'gloss', 'parts', 'verdict', 'class',
                      'should be'], xrows)
w('errors.tsv', ['file', 'sentence excerpt', 'token(s)', 'engine gave', 'should be', 'class',
                 'severity'], erows)
print(len(jrows), len(xrows), len(erows))
