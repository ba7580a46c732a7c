import re
t1 = """PARIS, 17 mars 2026 (AFP) - Les enseignants ont cessé le travail mardi à l'appel d'une intersyndicale opposée à la réforme des programmes du collège, une mobilisation qui fait craindre des perturbations lors des examens de fin d'année.

Selon le ministère de l'Éducation nationale, 24,6 % des professeurs du premier degré et 31,2 % de ceux du second degré étaient en grève à la mi-journée. Des chiffres largement contestés par le SNES-FSU, qui revendique « plus de 60 % de grévistes dans les collèges » et dénonce une « guerre des chiffres ».

« Cette réforme a été conçue sans nous et elle sera appliquée contre nous si le gouvernement s'entête », a lancé sa secrétaire générale, Claire Marchand.

Au cœur de la discorde, les nouveaux programmes, qui prévoient notamment de réduire d'une heure hebdomadaire l'enseignement du français en classe de quatrième au profit d'un module de « compétences numériques ». Les syndicats y voient une remise en cause des savoirs fondamentaux, tandis que le ministre, Laurent Berthier, défend « une adaptation indispensable à l'école du XXIe siècle ».

Plusieurs dizaines de milliers de personnes ont défilé dans une centaine de villes, dont 12 000 à Paris selon la préfecture de police, 35 000 selon les organisateurs.

Du côté des parents d'élèves, les avis divergent. La FCPE, première fédération de parents, a apporté son soutien au mouvement, estimant que « les familles n'ont pas été consultées ». La PEEP s'inquiète en revanche des conséquences pour les élèves de troisième, qui passeront le brevet fin juin.

Car la menace plane désormais sur le calendrier des examens. Plusieurs syndicats n'excluent pas une grève des surveillances ou une rétention des notes du baccalauréat si le texte n'est pas retiré d'ici le mois de mai. « Nous ne prendrons pas les élèves en otage, mais nous irons jusqu'au bout », a assuré Marc Delorme, du SE-Unsa.

Le ministre a exclu tout retrait de la réforme, tout en se disant « prêt à discuter des modalités d'application ». Il a rappelé que les jours de grève donneraient lieu à des retenues sur salaire.

L'intersyndicale doit se réunir jeudi pour décider des suites à donner au mouvement. Une nouvelle journée d'action n'est pas exclue avant les vacances de printemps.
"""
t2 = """BRUXELLES, 12 mars 2026 (AFP) - L'Union européenne a adopté lundi un nouveau train de sanctions contre l'Iran, accusé de poursuivre l'enrichissement d'uranium bien au-delà de ses besoins civils, une décision aussitôt dénoncée par Téhéran comme « illégale et contre-productive ».

Réunis à Bruxelles, les ministres des Affaires étrangères des Vingt-Sept ont donné leur feu vert à un gel des avoirs visant une vingtaine de responsables et d'entités liés au programme nucléaire et aux Gardiens de la révolution. Les mesures prévoient également un durcissement de l'embargo sur le pétrole brut et l'interdiction de tout transfert de technologies sensibles.

Cette décision intervient après la publication d'un rapport confidentiel de l'Agence internationale de l'énergie atomique (AIEA) selon lequel l'Iran disposerait désormais de plus de 200 kilos d'uranium enrichi à 60 %, un niveau proche des 90 % nécessaires à la fabrication d'une arme atomique. Le document fait également état de « restrictions croissantes » imposées aux inspecteurs de l'agence onusienne, dont plusieurs se sont vu refuser l'accès au site de Fordo.

« L'Iran ne peut pas à la fois entraver le travail des inspecteurs et prétendre que son programme est purement pacifique », a déclaré la cheffe de la diplomatie européenne, Anna Korhonen.

À Téhéran, le porte-parole du ministère iranien des Affaires étrangères, Hossein Karimi, a promis une riposte « proportionnée », sans exclure une nouvelle réduction de la coopération avec l'AIEA. « Ces sanctions n'auront d'autre effet que de renforcer notre détermination », a-t-il affirmé lors de son point de presse hebdomadaire.

Les exportations iraniennes de brut, qui avaient atteint environ 1,6 million de barils par jour l'an dernier, principalement à destination de la Chine, pourraient toutefois pâtir de ces nouvelles restrictions, selon des analystes. Les cours du pétrole ont d'ailleurs grimpé de près de 2 % à l'annonce de la décision, le baril de Brent s'établissant à 84 dollars en fin de séance.

Le Conseil de sécurité de l'ONU doit se réunir la semaine prochaine à la demande de Paris, Londres et Berlin, qui menacent de déclencher le mécanisme de rétablissement des sanctions onusiennes.

Le directeur général de l'AIEA doit pour sa part se rendre à Téhéran dans les prochains jours pour tenter de renouer le dialogue.
"""
def fix(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    t = re.sub(r" %", "\u00a0%", t)
    t = re.sub(r"(\d) (\d{3})", "\\1\u00a0\\2", t)
    t = re.sub(r" ([:;?!])", "\u202f\\1", t)
    return t
for n,t in [("greve-enseignants",t1),("sanctions-iran",t2)]:
    t=fix(t)
    open(n+".txt","w",encoding="utf-8").write(t)
    print(n, len(re.findall(r"[\w'’-]+", t.replace("'"," "))), len(t.split()))
