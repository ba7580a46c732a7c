import re
cpi = """LA HAYE, 12 mars 2026 (AFP) - La Cour pénale internationale (CPI) a délivré jeudi un mandat d'arrêt à l'encontre de l'ancien président valderanais Anton Morescu, soupçonné de crimes de guerre et de crimes contre l'humanité commis lors de la répression de 2023, a annoncé la juridiction dans un communiqué.

Selon les juges de la chambre préliminaire, il existe « des motifs raisonnables de croire » que l'ex-chef de l'État a ordonné des bombardements délibérés contre des quartiers civils et couvert des exécutions sommaires, qui auraient fait plus de 4 000 morts.

« Nul n'est au-dessus de la loi, pas même un ancien chef d'État », a déclaré le procureur de la CPI. « Les victimes attendent depuis trop longtemps que justice leur soit rendue », a-t-il ajouté, appelant la communauté internationale à « prendre ses responsabilités ».

Les 125 États parties au Statut de Rome sont désormais tenus d'arrêter M. Morescu s'il venait à fouler leur sol et de le remettre à la Cour, qui ne dispose pas de force de police propre et ne peut juger un accusé par contumace.

Le gouvernement du Valderan a aussitôt rejeté en bloc des accusations « dénuées de tout fondement », dénonçant une procédure « politiquement motivée » et une atteinte à la souveraineté nationale. Le ministre des Affaires étrangères a fait savoir que son pays, qui n'a jamais ratifié le Statut, « ne reconnaît pas la compétence » de la Cour et n'extradera pas l'ancien dirigeant.

Plusieurs organisations de défense des droits humains, dont Amnesty International et Human Rights Watch, ont salué une décision « historique », tout en mettant en garde contre le risque qu'elle reste lettre morte.

La question de son extradition se pose désormais avec acuité : M. Morescu séjourne régulièrement en Mardovie voisine, membre de la CPI, dont le gouvernement s'est borné à indiquer qu'il « examinera la demande conformément à ses obligations ».
"""
log = """PARIS, 14 mars 2026 (AFP) - Le nombre de permis de construire délivrés en France a chuté de 18 % sur un an en 2025, selon des chiffres publiés jeudi par le ministère du Logement, un nouveau coup dur pour un secteur en proie à une crise sans précédent.

À peine 330 000 logements ont été autorisés l'an dernier, loin des 500 000 jugés nécessaires, a souligné la Fédération des promoteurs immobiliers (FPI), qui évoque une « situation catastrophique ».

Malgré la légère détente des taux d'intérêt, qui tournent autour de 3,3 % sur vingt ans, les primo-accédants restent exclus du marché. D'après l'Insee, le prix des logements anciens a progressé de près de 30 % en dix ans.

« Les jeunes actifs ne peuvent plus acheter là où ils travaillent », a déploré le président de la Fédération nationale de l'immobilier (Fnaim), pointant du doigt des conditions d'octroi de crédit « beaucoup trop strictes ».

À Paris, où l'encadrement des loyers est en vigueur depuis 2019, le loyer moyen atteint 30 euros le mètre carré. Les propriétaires bailleurs dénoncent un dispositif qui pousse à la mise en vente des biens et assèche l'offre locative.

Pour tenter d'enrayer la crise, la ministre du Logement a présenté mardi un plan visant à « remettre la France en chantier », qui prévoit d'élargir le prêt à taux zéro à l'ensemble du territoire.

Un plan jugé « très en deçà des enjeux » par la Fondation pour le logement des défavorisés, qui recense 4,2 millions de personnes mal logées et plus de 350 000 personnes sans domicile. « Faute de logements sociaux en nombre suffisant, des familles entières se retrouvent à la rue », a mis en garde son délégué général.

Les promoteurs, eux, réclament un allègement des normes et de la fiscalité, faute de quoi, préviennent-ils, des dizaines de milliers d'emplois seront menacés d'ici à la fin de l'année.
"""
NB="\u00a0"
def fix(t):
    t=t.replace("« ","«"+NB).replace(" »",NB+"»")
    t=re.sub(r"(\d) (\d{3})", lambda m: m.group(1)+NB+m.group(2), t)
    t=t.replace(" %",NB+"%").replace(" :",NB+":")
    return t
for name,t in [("cpi",cpi),("logement",log)]:
    t=fix(t)
    open(f"{name}.txt","w").write(t)
    body=t.split("(AFP) - ",1)[1]
    print(name,len(t.split()), "words total")
