import re
t1 = """BRUXELLES, 14 mars 2026 (AFP) - La Commission européenne a annoncé vendredi qu'elle préparait des mesures de rétorsion après la décision de Washington de relever de 25 % les droits de douane sur une série de produits européens, du vin aux voitures, faisant craindre une nouvelle guerre commerciale de part et d'autre de l'Atlantique.

« L'Union européenne ne restera pas les bras croisés », a déclaré le commissaire européen au Commerce, Jan Vermeulen, lors d'une conférence de presse à Bruxelles. « Nous répondrons de manière ferme, proportionnée et conforme aux règles de l'Organisation mondiale du commerce », a-t-il ajouté.

Selon un document consulté par l'AFP, la liste de représailles en cours d'élaboration viserait quelque 18 milliards d'euros d'importations américaines, notamment le bourbon, les motos, le soja et certains produits sidérurgiques. Les Vingt-Sept doivent se prononcer d'ici la fin du mois.

La Maison Blanche a justifié jeudi ces nouvelles taxes, qui doivent entrer en vigueur le 1er avril, par un déficit commercial jugé « inacceptable » avec l'UE. Le président américain a assuré que son pays avait été « traité injustement pendant des décennies ».

En France, les viticulteurs font partie des premiers touchés. Les États-Unis sont le premier marché à l'export pour les vins et spiritueux français, avec près de 4 milliards d'euros de ventes en 2025, selon la Fédération des exportateurs de vins et spiritueux (FEVS). « C'est un coup de massue pour toute la filière, déjà fragilisée par la baisse de la consommation », a réagi son président, joint par téléphone.

Côté automobile, les constructeurs allemands redoutent une chute de leurs ventes outre-Atlantique. L'action de Volkswagen a reculé de 4,2 % à la Bourse de Francfort, entraînant dans son sillage l'ensemble du secteur.

Plusieurs économistes mettent en garde contre une escalade. « Dans une guerre commerciale, il n'y a que des perdants », estime Sophie Marchand, chercheuse au Centre d'études prospectives et d'informations internationales (CEPII). Elle rappelle que Bruxelles peut saisir l'organe de règlement des différends de l'OMC, même si celui-ci est paralysé depuis 2019, faute de juges en appel.

Paris a appelé à « l'unité » des Européens. Le ministre de l'Économie doit s'entretenir lundi avec son homologue allemand.
"""
t2 = """PARIS, 3 juillet 2026 (AFP) - Des centaines de milliers de voyageurs ont vu leurs projets de vacances bouleversés vendredi, premier jour d'une grève à la SNCF lancée par plusieurs syndicats pour réclamer des hausses de salaires et s'opposer à la réforme des retraites des cheminots, en plein week-end de grands départs.

Selon la direction, seul un TGV sur deux et un train Intercités sur trois circulaient vendredi, tandis que le trafic des TER était « fortement perturbé » dans la plupart des régions. La SNCF a appelé les voyageurs dont le train a été supprimé à reporter leur déplacement et promis le remboursement intégral des billets, sans frais.

À la gare de Lyon, à Paris, la colère montait dans la matinée devant les panneaux d'affichage. « On a réservé il y a trois mois, on a deux enfants, et on apprend la veille au soir que notre train est annulé. C'est scandaleux ! », s'emportait Karine, 42 ans, qui devait rejoindre Marseille.

L'intersyndicale, qui réunit la CGT-Cheminots, SUD-Rail et l'Unsa-Ferroviaire, réclame une augmentation générale de 6 % et le retrait du projet de réforme, qui prévoit de reculer de deux ans l'âge de départ des conducteurs. « Ce n'est pas de gaieté de cœur que nous faisons grève ce week-end, mais la direction n'a rien voulu entendre », a affirmé à l'AFP un responsable de la CGT-Cheminots, Thierry Nozay.

Le ministre des Transports, Laurent Delmas, a dénoncé sur France Inter une grève « irresponsable » qui « prend en otage des millions de Français ». Il a appelé les syndicats à « revenir à la table des négociations » et assuré que le gouvernement « ne céderait pas à la pression ».

La direction de la SNCF a proposé jeudi soir une prime exceptionnelle de 400 euros, jugée « très insuffisante » par les syndicats. Une nouvelle réunion est prévue lundi au siège de l'entreprise, à Saint-Denis.

Le mouvement, reconductible, pourrait se prolonger au moins jusqu'à mardi. Les usagers sont invités à consulter l'application SNCF Connect avant de se rendre en gare.

Selon un sondage Elabe publié vendredi, 58 % des Français jugent la grève injustifiée, mais une majorité estime que les revendications salariales des cheminots sont légitimes.
"""
def fix(t):
    N='\u00a0'
    t=t.replace('« ','«'+N).replace(' »',N+'»').replace(' %',N+'%')
    t=re.sub(r' ([!?;:])',N+r'\1',t)
    return t
for name,t in [('droits-douane',t1),('sncf',t2)]:
    t=fix(t)
    open(name+'.txt','w',encoding='utf-8').write(t)
    body=t.split('-',1)[1] if False else t
    print(name,len(re.findall(r"[\wÀ-ÿ'’-]+",t)), len(t.split()))
