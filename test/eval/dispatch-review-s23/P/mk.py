NB='\u00a0'
import re
def fix(t):
    t=t.replace('« ','«'+NB).replace(' »',NB+'»')
    t=re.sub(r' ([:;?!])',NB+r'\1',t)
    return t
dop='''LAUSANNE, 12 mars 2026 (AFP) - La championne olympique du 800 mètres, l'Éthiopienne Selam Bekele, a été suspendue à titre provisoire jeudi après un contrôle positif à l'EPO, a annoncé l'Agence mondiale antidopage (AMA), portant un coup dur à l'athlétisme à deux ans des Jeux de Los Angeles.

Selon un communiqué de l'AMA, l'échantillon prélevé lors d'un contrôle inopiné le 3 février à Addis-Abeba a révélé la présence d'érythropoïétine recombinante. L'analyse de l'échantillon B, réclamée par l'athlète, a confirmé le résultat initial.

« Je n'ai jamais triché de ma vie et je compte bien le prouver », a déclaré la coureuse de 27 ans dans un message publié sur les réseaux sociaux, dénonçant une « erreur de procédure » et mettant en cause la chaîne de conservation des prélèvements. Son avocat, Me Laurent Heller, a fait savoir qu'elle ferait appel devant le Tribunal arbitral du sport (TAS).

La double championne du monde encourt jusqu'à quatre ans de suspension, ce qui la priverait de facto des prochains Jeux olympiques. Elle pourrait en outre être contrainte de restituer sa médaille d'or.

La Fédération éthiopienne d'athlétisme a pris acte de la décision et s'est dite « profondément choquée », tout en rappelant que la présomption d'innocence devait prévaloir jusqu'à ce que le TAS ait tranché. World Athletics a salué pour sa part « la vigilance » des enquêteurs et réaffirmé sa politique de « tolérance zéro ».

Cette affaire intervient alors que l'AMA fait l'objet de vives critiques pour sa gestion de plusieurs dossiers sensibles. « Il en va de la crédibilité de tout le mouvement sportif », a estimé un ancien membre du comité exécutif de l'agence, sous couvert d'anonymat.

Le TAS devrait rendre sa décision d'ici à la fin de l'été, a-t-on appris de source proche du dossier. Faute de quoi, la sélection éthiopienne pour les Jeux risquerait d'être arrêtée sans sa figure de proue.
'''
arm='''KUALA LUMPUR, 18 avril 2026 (AFP) - La Malaisie a signé vendredi un contrat portant sur l'acquisition de 24 avions de combat et de quatre sous-marins auprès du groupe français Arvel Défense, pour un montant estimé à quelque 11 milliards d'euros, a annoncé le ministère malaisien de la Défense.

Ce contrat, le plus important jamais conclu par le pays en matière d'armement, a été paraphé en présence du ministre français des Armées, Julien Marchal, en visite officielle de deux jours dans la capitale malaisienne. « C'est un jour historique pour notre partenariat stratégique », a déclaré M. Marchal lors d'une conférence de presse, saluant « une marque de confiance envers l'excellence industrielle française ».

Aux termes de l'accord, une partie des appareils sera assemblée sur place, et Arvel s'est engagé à réinvestir la moitié du montant sous forme de compensations industrielles. Des transferts de technologie doivent en outre permettre à la Malaisie de développer à terme sa propre filière de maintenance.

En France, le contrat devrait assurer du travail à quelque 6 000 salariés pendant une décennie, selon la direction du groupe, qui fait état de retombées pour plusieurs centaines de sous-traitants. Les syndicats se sont félicités d'une « bouffée d'oxygène » pour les sites de Bretagne et d'Occitanie.

Plusieurs organisations non gouvernementales ont toutefois dénoncé un accord conclu « au mépris des droits humains ». Amnesty International a rappelé que les forces de sécurité malaisiennes étaient mises en cause dans des cas de détention arbitraire et a appelé Paris à « faire preuve de transparence » sur les garanties d'utilisation des armes.

Paris l'a emporté face à une offre concurrente américaine, jugée plus onéreuse et assortie de conditions d'exportation plus restrictives. Washington n'a pas réagi dans l'immédiat.

Les premières livraisons sont prévues d'ici à 2029, sous réserve de l'entrée en vigueur du contrat, qui reste subordonnée au versement d'un premier acompte.
'''
for n,t in [('dopage',dop),('armement',arm)]:
    t=fix(t)
    t=t.replace('6 000','6'+NB+'000').replace('1 500','1'+NB+'500')
    open(n+'.txt','w').write(t)
    print(n, len(re.findall(r"[\w'’-]+",t.replace("'"," "))))
