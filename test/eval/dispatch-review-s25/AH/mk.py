import re
NB='\u00a0'
def fix(t):
    t=t.replace('« ','«'+NB).replace(' »',NB+'»')
    t=re.sub(r' ([:;!?%])',NB+r'\1',t)
    t=re.sub(r'(\d) (\d{3})',r'\1'+NB+r'\2',t)
    return t
t1="""LA HAYE, 12 mars 2026 (AFP) - La Cour internationale de justice (CIJ) a ordonné jeudi au Pérou de suspendre les travaux d'un barrage sur le fleuve Zarumilla, à la frontière avec l'Équateur, en attendant de se prononcer sur le fond de l'affaire.

Par treize voix contre deux, les juges de la plus haute juridiction de l'ONU ont estimé qu'il existait « un risque réel et imminent de préjudice irréparable » pour les populations riveraines, selon l'ordonnance lue par le président de la Cour, le Brésilien Rodrigo Almeida.

Les deux juges dissidents, dont le juge ad hoc désigné par Lima, ont estimé que la Cour avait « outrepassé sa compétence » à ce stade de la procédure.

Quito avait saisi la Cour en janvier, accusant son voisin de violer un traité bilatéral de 1998 sur la gestion des eaux partagées et de mettre en péril l'approvisionnement en eau potable de quelque 200 000 habitants de la province d'El Oro.

La CIJ demande également aux deux parties de « s'abstenir de tout acte susceptible d'aggraver ou d'étendre le différend » et invite le Pérou à lui remettre d'ici trois mois un rapport sur les mesures prises pour se conformer à l'ordonnance.

« C'est une victoire du droit sur la politique du fait accompli », s'est félicitée la ministre équatorienne des Affaires étrangères, Carolina Vélez.

À Lima, le gouvernement a pris acte de la décision tout en affirmant qu'elle ne préjugeait en rien de l'issue du litige. « Le Pérou a toujours respecté ses engagements internationaux et continuera de le faire », a déclaré le ministre des Relations extérieures, Andrés Salazar, sans préciser si le chantier serait effectivement interrompu.

Les ordonnances en indication de mesures conservatoires de la CIJ sont juridiquement contraignantes, mais la Cour ne dispose d'aucun moyen pour les faire appliquer. En cas de non-respect, l'Équateur pourrait saisir le Conseil de sécurité de l'ONU, une démarche qui a rarement abouti par le passé.

Selon des images satellites consultées par l'AFP, des engins de chantier étaient toujours présents sur le site jeudi soir. Le consortium chargé des travaux n'a pas donné suite aux sollicitations de l'AFP.

La CIJ siège au Palais de la Paix, à La Haye. Ses décisions sont définitives et sans appel, mais l'examen de l'affaire sur le fond pourrait prendre plusieurs années.
"""
t2="""PARIS, 24 janvier 2026 (AFP) - Des centaines d'agriculteurs ont bloqué mercredi plusieurs autoroutes autour de Paris et dans le Sud-Ouest avec leurs tracteurs, pour protester contre la hausse de la taxe sur le gazole non routier (GNR) et l'accumulation des normes, au troisième jour d'une mobilisation qui ne faiblit pas.

Sur l'A64, près de Toulouse, quelque 300 tracteurs barraient toujours les deux sens de circulation en fin d'après-midi, selon la préfecture de Haute-Garonne. Des bottes de paille et des pneus ont été incendiés aux abords de plusieurs péages.

« On ne lâchera rien tant qu'on n'aura pas de réponses concrètes », a lancé à l'AFP Thomas Durand, céréalier de 42 ans venu du Gers. « On travaille soixante-dix heures par semaine pour finir le mois dans le rouge. »

Le Premier ministre, Marc Delorme, a annoncé dans la soirée l'abandon de la hausse de la taxe sur le GNR et une « pause » dans l'application de plusieurs normes environnementales, promettant un « choc de simplification » pour les exploitants. Il s'est également engagé à renforcer les contrôles sur les marges de la grande distribution, accusée de tirer les prix vers le bas.

Le président de la FNSEA, premier syndicat agricole, Jérôme Vasseur, a salué « un premier pas » mais jugé que le compte n'y était « pas encore », appelant les adhérents à maintenir la pression jusqu'à la fin de la semaine.

Le ministre de l'Intérieur a demandé aux forces de l'ordre de faire preuve de « la plus grande retenue », tout en prévenant que tout blocage du marché de Rungis ne serait « pas toléré ». Quelque 15 000 policiers et gendarmes ont été mobilisés dans le pays.

Dans plusieurs départements, des manifestants ont vidé des rayons de supermarchés de produits importés, dénonçant une « concurrence déloyale ». Les enseignes de la grande distribution ont assuré respecter la loi Egalim, censée garantir une juste rémunération aux producteurs.

La colère vise aussi Bruxelles. Les agriculteurs réclament une simplification de la politique agricole commune (PAC), dont la France est la première bénéficiaire avec environ 9 milliards d'euros par an, et s'opposent à l'accord de libre-échange entre l'UE et le Mercosur.

Le mouvement bénéficie d'un large soutien dans l'opinion : selon un sondage Ifop publié mercredi, 82 % des Français le jugent justifié.
"""
open('cour-penale.txt','w',encoding='utf-8').write(fix(t1))
open('agriculteurs.txt','w',encoding='utf-8').write(fix(t2))
