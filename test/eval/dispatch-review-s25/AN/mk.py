import re
N='\u00a0'
def fix(t):
    t=t.replace('« ','«'+N).replace(' »',N+'»')
    t=re.sub(r' ([:;!?%])',N+r'\1',t)
    t=re.sub(r'(\d) (\d{3})',r'\1'+N+r'\2',t)
    return t
famine="""GENÈVE, 14 avril 2026 (AFP) - L'ONU a tiré mardi la sonnette d'alarme sur le Darfour, dans l'ouest du Soudan, où la famine menace désormais plus de deux millions de personnes, faute d'un accès humanitaire digne de ce nom.

« Nous sommes à un point de bascule. Si rien ne change d'ici à la saison des pluies, des dizaines de milliers d'enfants risquent de mourir », a déclaré lors d'un point de presse à Genève Margot Lindqvist, porte-parole du Bureau de la coordination des affaires humanitaires (Ocha).

Selon le dernier rapport du Cadre intégré de classification de la sécurité alimentaire (IPC), cinq localités ont déjà basculé en phase 5, le niveau le plus élevé, synonyme de famine. Dans le camp de Zamzam, qui abrite quelque 400 000 déplacés, un enfant sur trois souffre de malnutrition aiguë.

Les agences onusiennes dénoncent des entraves répétées à l'acheminement de l'aide. Depuis janvier, au moins 27 convois ont été bloqués aux points de contrôle ou pillés par des hommes armés, selon le Programme alimentaire mondial (PAM). Mi-mars, trois chauffeurs ont été tués dans une embuscade près d'El-Facher, assiégée depuis près de deux ans par les Forces de soutien rapide (FSR).

« Les camions sont là, la nourriture est là, il ne manque que le feu vert des belligérants », a martelé Mme Lindqvist, appelant les parties au conflit à « respecter le droit international humanitaire » et à ouvrir sans délai les corridors promis à Djeddah.

Sur le terrain, les ONG décrivent une situation « apocalyptique ». Les centres de nutrition de Médecins sans frontières (MSF) tournent à plein régime. « Des mères marchent pendant des jours pour arriver chez nous avec des enfants qui n'ont plus que la peau sur les os », raconte une infirmière jointe par téléphone.

Le financement fait aussi cruellement défaut. L'appel humanitaire pour le Soudan, chiffré à 4,2 milliards de dollars pour 2026, n'est couvert qu'à hauteur de 11 %. Le mois dernier à Londres, les donateurs ont promis 1,3 milliard d'euros, mais une grande partie de ces promesses n'a pas encore été versée.

La guerre, qui oppose depuis avril 2023 l'armée régulière aux paramilitaires des FSR, a fait des dizaines de milliers de morts et plus de douze millions de déplacés, selon l'ONU.
"""
proces="""PARIS, 12 mars 2026 (AFP) - Au terme de dix semaines d'audience, la cour d'assises spéciale de Paris a condamné jeudi soir à la réclusion criminelle à perpétuité les deux principaux accusés de l'attentat qui avait fait onze morts au marché de Noël de Lyon en décembre 2022.

Karim B., 31 ans, et Yassine M., 28 ans, ont été reconnus coupables de complicité d'assassinats en relation avec une entreprise terroriste. Pour le premier, la cour a assorti la peine d'une période de sûreté de 22 ans, le maximum prévu par la loi. Les huit autres accusés, jugés notamment pour association de malfaiteurs terroriste, ont écopé de peines allant de quatre à dix-huit ans d'emprisonnement. Un seul a été acquitté.

Composée exclusivement de magistrats professionnels, la cour a globalement suivi les réquisitions du Parquet national antiterroriste (Pnat), qui avait dénoncé « un projet mûri de longue date » et « une volonté froide de tuer le plus grand nombre ».

Dans la salle, la lecture du verdict a été accueillie dans un silence pesant, rompu par les sanglots de plusieurs parties civiles. « C'est un soulagement, mais ça ne nous rendra pas nos morts », a confié à la sortie de l'audience Nathalie Ferrand, présidente de l'association 13-Décembre, qui regroupe quelque 300 victimes et proches.

« Justice a été rendue, dans le respect du droit. C'est la meilleure réponse que la démocratie puisse opposer au terrorisme », a réagi sur X le garde des Sceaux.

La défense, elle, a aussitôt annoncé son intention de faire appel. « Mon client a été condamné pour ce qu'il est, pas pour ce qu'il a fait. Le dossier ne contient aucune preuve qu'il connaissait le projet d'attentat », a fustigé Me Julien Castel, l'avocat de Yassine M., qui dispose de dix jours pour interjeter appel. Le parquet peut lui aussi former un appel incident.

Tout au long des débats, les accusés avaient nié avoir eu connaissance des intentions de l'assaillant, Samir A., abattu par les forces de l'ordre quelques minutes après les faits. Ce dernier avait prêté allégeance au groupe Etat islamique (EI).

Le procès en appel devrait se tenir au plus tôt en 2027. D'ici là, les deux principaux condamnés restent incarcérés.
"""
for n,t in [('famine',famine),('proces-terrorisme',proces)]:
    t=fix(t)
    open(n+'.txt','w',encoding='utf-8').write(t)
    body=t.split('(AFP) -',1)[1]
    print(n,len(t.split()),len(body.split()))
