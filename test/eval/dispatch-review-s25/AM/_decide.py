# Judgement data (hand-made by the reviewer). Builds judged.tsv, expressions.tsv, errors.tsv.
import json, csv
D='/tmp/s25/blind-AM/'
FILES=['cyberattaque','jeux-olympiques']
JUDGED_UPOS={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
# extra tokens whose TRUE class is judged although the engine gave another UPOS
EXTRA={('jeux-olympiques',228):'true class NOUN (l\'envers)'}
# fails: (file, idx): (class, severity, should_be, note)
F={
 # ---- cyberattaque
 ('cyberattaque',14):('wrong-sense','minor','runs/operates (tourner au ralenti = run at reduced capacity)','first sense "to turn"; idiom caught by expression 0'),
 ('cyberattaque',15):('wrong-sense','misleading','still','first sense "always": "the port was always running slowly"; "still" is second'),
 ('cyberattaque',17):('wrong-tag','minor','NOUN ralenti (au ralenti = slowly, at idle)','tagged VERB ralentir; noun in "au ralenti"; expression 0 right'),
 ('cyberattaque',45):('wrong-sense','minor','hackers','first sense "pirate"; "hacker" is second'),
 ('cyberattaque',75):('pronoun','minor','it (= la direction de Valmer)','first sense "she"; referent is the management'),
 ('cyberattaque',85):('pronoun','minor','it (= la direction de Valmer)','first sense "she"; referent is the management'),
 ('cyberattaque',87):('wrong-sense','minor','to file (porter plainte = to file a complaint)','first sense "to carry"; expression 4 right'),
 ('cyberattaque',106):('wrong-sense','misleading','entrusted (to)','first sense "to confide, to tell (after a quotation)"; "entrusted" is second'),
 ('cyberattaque',110):('wrong-tag','misleading','ADJ/NOUN cyber (section cyber = cybercrime unit of the Paris prosecutor)','tagged VERB and no gloss'),
 ('cyberattaque',137):('wrong-sense','minor','avoir affaire à = to be dealing with','first sense "affair"; expression 8 right'),
 ('cyberattaque',148):('wrong-sense','minor','job, move, operation (préparer son coup = to plan one\'s move)','first sense "blow"'),
 ('cyberattaque',174):('wrong-sense','minor','lead, line of inquiry (la piste de = the theory that)','first sense "track"; "lead" is third'),
 ('cyberattaque',176):('wrong-sense','minor','hackers','first sense "pirate"'),
 ('cyberattaque',177):('wrong-sense','misleading','backed, supported (passive participle)','first sense "sustained" (adjective sense of soutenu)'),
 ('cyberattaque',192):('wrong-sense','minor','stage (à ce stade = at this stage)','first sense "stadium"; expression 11 right'),
 ('cyberattaque',196):('wrong-sense','minor','quays, docks','first sense "platform" (railway); "quay" is second'),
 ('cyberattaque',228):('wrong-sense','minor','(faire la queue = to queue)','first sense "to do"; expression 14 right'),
 ('cyberattaque',230):('wrong-sense','minor','queue (faire la queue)','first sense "tail"; expression 14 right'),
 ('cyberattaque',242):('wrong-sense','minor','to start up again, to get going again','first sense "to leave again"'),
 ('cyberattaque',257):('wrong-sense','minor','causative make (se faire sentir = to be felt)','first sense "to do"; expression 17 right'),
 ('cyberattaque',274):('wrong-sense','minor','tight (à flux tendu = just-in-time)','first sense "tense"; expression 20 right'),
 ('cyberattaque',287):('wrong-sense','minor','spare (pièces détachées = spare parts)','first sense "detached"; expression 22 right'),
 ('cyberattaque',289):('wrong-sense','minor','by (d\'ici vendredi = by Friday)','first sense "here"; expression 23 right; the same word at 380 gets "now (… d\'ici 2030 = by 2030)" first'),
 ('cyberattaque',293):('wrong-sense','minor','grande distribution = mass retail','first sense "big"; expression 24 right'),
 ('cyberattaque',297):('pronoun','minor','it, for its part (= la grande distribution)','first sense "she"'),
 ('cyberattaque',310):('wrong-tag','minor','ADJ délégué (ministre délégué = junior minister)','tagged VERB déléguer "delegated"; expression 25 right'),
 ('cyberattaque',313):('wrong-tag','minor','NOUN le numérique = digital affairs','tagged ADJ "digital"; it is the noun (ministre chargé du Numérique)'),
 ('cyberattaque',330):('wrong-sense','misleading','se tenir aux côtés de = to stand by, to stand alongside','first sense "to take place, to be held (se tenir)"; expression 28 wrong too'),
 ('cyberattaque',338):('wrong-sense','minor','to let (laisser + infinitive)','first sense "to leave"'),
 ('cyberattaque',363):('wrong-sense','minor','says, claims (assurer + infinitive)','first sense "to ensure"; the gloss at JO 97 puts "to assert, to maintain" first'),
 ('cyberattaque',402):('wrong-sense','minor','to handle, to process (cargo)','first sense "to treat"'),
 # ---- jeux-olympiques
 ('jeux-olympiques',21):('wrong-sense','minor','mettre les bouchées doubles = to redouble efforts','first sense "to put"; expression 1 right'),
 ('jeux-olympiques',23):('wrong-sense','minor','(idiom) mettre les bouchées doubles','first sense "mouthful, bite"; expression 1 right'),
 ('jeux-olympiques',32):('wrong-sense','minor','background (sur fond de = against a backdrop of)','first sense "bottom"; expression 3 right'),
 ('jeux-olympiques',65):('wrong-tag','minor','SCONJ que = than (plus que prévu)','tagged PRON "that; which; whom; what"; "than" absent'),
 ('jeux-olympiques',72):('wrong-sense','minor','(faire face à = to face)','first sense "to do"; expression 5 right'),
 ('jeux-olympiques',124):('wrong-sense','minor','(security) guards, staff','first sense "agent": "private agents" reads as detectives'),
 ('jeux-olympiques',157):('wrong-sense','minor','most (au plus haut niveau = at the highest level)','first sense "more"; expression 12 right'),
 ('jeux-olympiques',165):('wrong-tag','minor','PROPN (Super Bowl)','tagged NOUN "great; super (informal)"; part of a name'),
 ('jeux-olympiques',178):('wrong-sense','minor','(faire figure de = to look like)','first sense "to do"; expression 14 right'),
 ('jeux-olympiques',179):('wrong-sense','minor','(faire figure de = to look like)','first sense "figure"; expression 14 right'),
 ('jeux-olympiques',188):('wrong-sense','minor','lanes','first sense "way"; "lane" is third; expression 15 right'),
 ('jeux-olympiques',195):('wrong-sense','minor','(ainsi que = as well as)','first sense "thus"; expression 16 right'),
 ('jeux-olympiques',211):('pronoun','misleading','they, people (impersonal: "we are being asked")','first sense "we": "we ask us to stay home"'),
 ('jeux-olympiques',217):('pronoun','minor','us (chez nous = at home)','first sense "we" after a preposition'),
 ('jeux-olympiques',228):('wrong-tag','minor','NOUN envers (à l\'envers)','tagged ADP "towards; to"; expression 18 right'),
 ('jeux-olympiques',232):('wrong-sense','minor','s\'agacer = to get irritated; as a speech verb "fumes"','first sense "to annoy" (transitive); pronominal sense missing'),
 ('jeux-olympiques',240):('wrong-tag','minor','PROPN (Exposition Park, a place name)','tagged NOUN "exhibition"'),
 ('jeux-olympiques',254):('no-gloss','minor','UCLA (University of California, Los Angeles)','acronym without gloss'),
 ('jeux-olympiques',260):('wrong-sense','misleading','strokes (coups de pinceau = brushstrokes; derniers coups de pinceau = finishing touches)','first sense "blow"'),
 ('jeux-olympiques',268):('wrong-sense','minor','including','first sense "of which"; "including" is third'),
 ('jeux-olympiques',301):('wrong-sense','minor','(alors que = while)','first sense "then"; expression 21 right'),
 ('jeux-olympiques',311):('wrong-sense','minor','as for, regarding (côté + noun)','first sense "side"'),
 ('jeux-olympiques',312):('wrong-tag','minor','NOUN riverains = local residents','tagged ADJ; the gloss "local resident" is right'),
 ('jeux-olympiques',317):('wrong-sense','misleading','to subside, to die down (la colère ne retombe pas = anger is not subsiding)','first sense "to fall again"'),
 ('jeux-olympiques',333):('wrong-sense','minor','(pl.) surroundings','first sense "approach"; expression 22 right'),
 ('jeux-olympiques',341):('wrong-sense','minor','signatures','first sense "signing"'),
 ('jeux-olympiques',364):('wrong-sense','minor','(se vouloir = to aim to be)','first sense "to want"; expression 25 right'),
 ('jeux-olympiques',365):('wrong-tag','minor','ADJ rassurant = reassuring','tagged VERB rassurer "to reassure"'),
 ('jeux-olympiques',370):('wrong-sense','minor','il y aura = there will be','first sense "to have"; "il y a" not found as an expression'),
 ('jeux-olympiques',376):('pronoun','minor','it (= that there will be inconvenience)','first sense "him"'),
 ('jeux-olympiques',397):('wrong-sense','misleading','(il) reste à = it remains to, (they) still have to','first sense "to stay"'),
}
# notes for ok tokens worth recording
OKNOTE={
 ('cyberattaque',35):'invented company name: no gloss accepted as a name',
 ('cyberattaque',68):'invented company name: no gloss accepted as a name',
 ('cyberattaque',353):'invented company name: no gloss accepted as a name',
 ('cyberattaque',142):'participle tagged VERB; first sense "structured" fits',
 ('cyberattaque',256):'reflexive; "themselves" in first sense fits',
 ('cyberattaque',380):'first sense mentions d\'ici = by',
 ('jeux-olympiques',166):'part of event name; no gloss accepted as a name',
 ('jeux-olympiques',26):'"welcome" acceptable for host',
 ('jeux-olympiques',291):'homograph of noun plainte correctly resolved to se plaindre',
 ('jeux-olympiques',409):'ne … plus que = now only; ne/plus glosses together give it',
 ('jeux-olympiques',412):'ne … plus que = now only',
}
# expression verdicts: (file, k): (verdict, class, should_be)
EXW={
 ('cyberattaque',28):('wrong','expression-wrong','se tenir aux côtés de = to stand by, to stand alongside (not "to be held")'),
}
EXNOTE={
 ('jeux-olympiques',12):'au plus haut (niveau) — "at its highest" + "alert level" conveys the meaning',
}
MISSED=[
 ('cyberattaque','préparer son coup','to plan one\'s move / the operation','préparé son coup','minor','"coup" gets "blow"'),
 ('cyberattaque','rupture d\'approvisionnement','supply shortage, supply disruption','ruptures d\'approvisionnement','minor','"break" + "supply" is understandable'),
 ('jeux-olympiques','à (deux semaines) de','(two weeks) before, ahead of','À deux semaines de','misleading','reads "at two weeks of the ceremony"'),
 ('jeux-olympiques','comité d\'organisation','organising committee','comité d\'organisation','minor','compositional gloss "committee of organisation"'),
 ('jeux-olympiques','(plus) que prévu','than planned, than expected','de plus que prévu','minor','que tagged PRON "that; which"'),
 ('jeux-olympiques','Super Bowl','Super Bowl (American football final)','Super Bowl','minor','Super glossed "great"'),
 ('jeux-olympiques','(derniers) coups de pinceau','(finishing) touches, brushstrokes','les derniers coups de pinceau','misleading','coups gets "blow"'),
 ('jeux-olympiques','côté (+ nom)','as for, as far as … is concerned','Côté riverains','minor','côté gets "side"'),
 ('jeux-olympiques','il y a (il y aura)','there is / there will be','Il y aura','minor','aura gets "to have"'),
 ('jeux-olympiques','(il) reste à + infinitif','it remains to, (one) still has to','Reste à convaincre','misleading','reste gets "to stay"'),
 ('jeux-olympiques','ne … plus que','now only, no more than','ne les soutient plus qu\'à 48','minor','individual glosses ne="only", plus="no longer" nearly give it'),
]
