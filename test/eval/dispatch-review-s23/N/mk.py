import re
N='\u00a0'
def fix(t):
    t=t.replace('« ','«'+N).replace(' »',N+'»')
    t=re.sub(r' ([:;?!%])',N+r'\1',t)
    t=t.replace(' °C',N+'°C')
    return t
sech='''MONTPELLIER, 14 août 2026 (AFP) - Confrontés à une sécheresse d'une ampleur inédite, les préfets de six départements du sud de la France ont placé mercredi la quasi-totalité de leur territoire en situation de « crise », interdisant notamment l'arrosage des jardins, le lavage des voitures et le remplissage des piscines.

« Nous n'avons pas d'autre choix que de restreindre les prélèvements, faute de quoi certaines communes risquent d'être privées d'eau potable d'ici à la fin du mois », a déclaré le préfet de l'Hérault, Jean-Marc Delorme, lors d'un point presse.

Selon le Bureau de recherches géologiques et minières (BRGM), près de 70 % des nappes phréatiques affichent des niveaux « bas à très bas », un déficit qui s'explique par un hiver exceptionnellement sec et des températures supérieures de 2,5 °C aux normales de saison.

Les agriculteurs sont en première ligne. Dans les Pyrénées-Orientales, l'irrigation est désormais interdite six jours sur sept, à l'exception des cultures maraîchères. « On regarde nos vergers dépérir sans pouvoir rien faire », se désole Marie Combes, arboricultrice près de Perpignan, qui dit avoir perdu la moitié de sa récolte d'abricots.

Le gouvernement a annoncé dans la foulée un plan d'urgence de 300 millions d'euros, destiné notamment à indemniser les exploitants et à financer la réutilisation des eaux usées. « L'État sera aux côtés de ceux qui souffrent », a assuré la ministre de la Transition écologique à l'issue d'un Conseil de défense consacré à l'eau.

Mais le dossier des « bassines », ces retenues de substitution remplies en pompant les nappes en hiver, continue d'attiser les tensions. Plusieurs milliers d'opposants ont manifesté samedi dans le Lot-et-Garonne, dénonçant un « accaparement » de l'eau au profit d'une minorité d'exploitants.

Les climatologues, eux, tirent la sonnette d'alarme. « Ce qui était exceptionnel il y a trente ans est en passe de devenir la norme », met en garde Hélène Vidal, chercheuse au CNRS, appelant à revoir de fond en comble la gestion de la ressource.
'''
ota='''DOHA, 12 mars 2026 (AFP) - Vingt-trois otages ont été libérés jeudi en échange de quelque 150 prisonniers, au premier jour d'une trêve de cinq jours conclue sous l'égide du Qatar et de l'Égypte, au terme de plusieurs semaines de tractations ardues.

Les otages, dont huit femmes et quatre enfants, ont été remis au Comité international de la Croix-Rouge (CICR) avant d'être conduits vers un point de passage, où des équipes médicales les ont pris en charge. « Ils sont épuisés mais en bonne santé », a déclaré un porte-parole du CICR, saluant « un premier pas encourageant ».

« Nous avons retenu notre souffle pendant quarante jours. Aujourd'hui, je peux enfin serrer ma fille dans mes bras », a confié, les larmes aux yeux, la mère d'une jeune femme enlevée lors de l'attaque. D'autres familles, toujours sans nouvelles de leurs proches, ont toutefois fait part de leur colère, exhortant les autorités à ne pas « baisser la garde ».

Le ministère qatari des Affaires étrangères a indiqué que l'accord prévoyait la libération de dix otages supplémentaires par jour de prolongation de la trêve, ainsi que l'acheminement de 200 camions d'aide humanitaire. « La mise en œuvre se déroule conformément aux engagements pris », a assuré son porte-parole, Khalid al-Mansouri.

Le secrétaire général de l'ONU a salué une « lueur d'espoir » tout en appelant les parties à « aller plus loin » en vue d'un cessez-le-feu durable. Pour les diplomates, l'enjeu dépasse largement le sort des captifs : Doha et Le Caire, qui ont multiplié les navettes entre les belligérants, entendent s'imposer comme des médiateurs incontournables.

« Rien n'est acquis. Le moindre incident sur le terrain peut remettre en cause l'ensemble de l'accord », a mis en garde un diplomate égyptien sous couvert d'anonymat. Les négociations doivent reprendre vendredi au Caire pour tenter d'obtenir la libération d'une quarantaine d'otages encore détenus.
'''
for name,t in (('secheresse.txt',sech),('otages.txt',ota)):
    t=fix(t); open(name,'w').write(t)
    body=t.split('- ',1)[1] if False else t
    print(name,len(re.findall(r"[\w'’-]+",t.replace(N,' '))), len(t.split()))
