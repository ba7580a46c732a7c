// Closed-class words with their Universal Dependencies analyses (French-GSD lemma conventions:
// la -> le, leur (det) -> son, se -> soi, des (det) -> un), except that personal pronouns keep the
// lemma a learner looks up: je, tu, il, elle, ils, elles, and le, la, les, leur as object pronouns (GSD has moi, toi, lui
// and eux, whose glosses "me", "him", "them" would mislead; the evaluation maps them back). A form may have several
// readings; the weight is how likely each is before context (the tagger weighs context).
// Lines: `form  UPOS:lemma:weight[:flags] …` (weight defaults to 1; flags: k a past participle,
// g a present participle, f a finite verb form, >TAG the tag the next word sees).
import type { Upos } from './types';

export interface Reading {
  upos: Upos;
  lemma: string;
  weight: number;
  /** The tag the next word sees, when not upos: du (de + le) is ADP read as DET by the noun after. */
  next?: Upos;
  /** A past participle (été, eu): what makes avoir an auxiliary. */
  participle?: boolean;
  /** For verbs, the forms this spelling can be: i infinitive, k past participle, g present participle, f finite. */
  verbForms?: string;
  /** A pronoun a hyphen ties to the verb before it (-t-il, -elle, -nous): that word is a verb. */
  inverted?: boolean;
}

const TABLE = `
le DET:le:10 PRON:le:1
la DET:le:10 PRON:la:1 NOUN:la:0.01
les DET:le:10 PRON:les:1
l' DET:le:10 PRON:le:1
un DET:un:10 PRON:un:0.3 NUM:un:0.3
une DET:un:10 PRON:un:0.3 NUM:un:0.2
des DET:un:5 ADP:de:4:>DET
du ADP:de:5:>DET DET:du:0.5
au ADP:à:1:>DET
aux ADP:à:1:>DET
auquel PRON:lequel:1
auxquels PRON:lequel:1
auxquelles PRON:lequel:1
duquel PRON:lequel:1
desquels PRON:lequel:1
desquelles PRON:lequel:1
de ADP:de:10 DET:un:0.6
d' ADP:de:10 DET:un:0.3
à ADP:à:1
a AUX:avoir:5 VERB:avoir:1
ce DET:ce:3 PRON:ce:1
c' PRON:ce:1
ç' PRON:ce:1
cet DET:ce:1
cette DET:ce:1
ces DET:ce:1
mon DET:son:1
ma DET:son:1
mes DET:son:1
ton DET:son:1 NOUN:ton:0.1
ta DET:son:1
tes DET:son:1
son DET:son:10 NOUN:son:0.1
sa DET:son:1
ses DET:son:1
notre DET:son:1
nos DET:son:1
votre DET:son:1
vos DET:son:1
leur DET:son:5 PRON:leur:1
leurs DET:son:1
quel DET:quel:1
quelle DET:quel:1
quels DET:quel:1
quelles DET:quel:1
chaque DET:chaque:1
plusieurs DET:plusieurs:3 PRON:plusieurs:1
quelques DET:quelque:1
quelque DET:quelque:1 ADV:quelque:0.1
certains DET:certain:2 PRON:certain:1 ADJ:certain:0.5
certaines DET:certain:2 PRON:certain:1 ADJ:certain:0.5
aucun DET:aucun:2 PRON:aucun:1
aucune DET:aucun:2 PRON:aucun:1
nul DET:nul:1 ADJ:nul:1 PRON:nul:0.1
nulle DET:nul:1 ADJ:nul:1 PRON:nul:0.1
divers DET:divers:1 ADJ:divers:1
diverses DET:divers:1 ADJ:divers:1
différents ADJ:différent:3 DET:différent:1
différentes ADJ:différent:3 DET:différent:1
tout DET:tout:1 PRON:tout:1 ADV:tout:1.5 ADJ:tout:1
toute ADJ:tout:2 DET:tout:1.5 PRON:tout:0.3
tous ADJ:tout:3 PRON:tout:1
toutes ADJ:tout:3 PRON:tout:0.5 DET:tout:0.2
tel ADJ:tel:2 DET:tel:1
telle ADJ:tel:2 DET:tel:1
tels ADJ:tel:2 DET:tel:1
telles ADJ:tel:2 DET:tel:1
je PRON:je:1
j' PRON:je:1
tu PRON:tu:1
il PRON:il:1
elle PRON:elle:1
on PRON:on:1
l'on PRON:on:1
nous PRON:nous:1
vous PRON:vous:1
ils PRON:ils:1
elles PRON:elles:1
me PRON:moi:1
m' PRON:moi:1
te PRON:toi:1
t' PRON:toi:1
se PRON:soi:1
s' PRON:soi:5 SCONJ:si:1
lui PRON:lui:1
eux PRON:eux:1
moi PRON:moi:1
toi PRON:toi:1
soi PRON:soi:1
y PRON:y:1
en ADP:en:8 PRON:en:1
-il PRON:il:1
-elle PRON:elle:1
-on PRON:on:1
-ils PRON:ils:1
-elles PRON:elles:1
-je PRON:je:1
-tu PRON:tu:1
-nous PRON:nous:1
-vous PRON:vous:1
-ce PRON:ce:1
-t-il PRON:il:1
-t-elle PRON:elle:1
-t-on PRON:on:1
-le PRON:le:1
-la PRON:la:1
-les PRON:les:1
-lui PRON:lui:1
-leur PRON:leur:1
-moi PRON:moi:1
-toi PRON:toi:1
-en PRON:en:1
-y PRON:y:1
-ci ADV:ci:1
-là ADV:là:1
moi-même PRON:moi-même:1
toi-même PRON:toi-même:1
lui-même PRON:lui-même:1
elle-même PRON:lui-même:1
soi-même PRON:soi-même:1
nous-mêmes PRON:nous-même:1
vous-même PRON:vous-même:1
vous-mêmes PRON:vous-même:1
eux-mêmes PRON:eux-même:1
elles-mêmes PRON:eux-même:1
qui PRON:qui:1
que SCONJ:que:3 PRON:que:1.5 ADV:que:0.5
qu' SCONJ:que:3 PRON:que:1.5 ADV:que:0.5
quoi PRON:quoi:1
dont PRON:dont:1
où PRON:où:5 ADV:où:0.2
lequel PRON:lequel:1
laquelle PRON:lequel:1
lesquels PRON:lequel:1
lesquelles PRON:lequel:1
celui PRON:celui:1
celle PRON:celui:1
ceux PRON:celui:1
celles PRON:celui:1
celui-ci PRON:celui-ci:1
celle-ci PRON:celui-ci:1
ceux-ci PRON:celui-ci:1
celles-ci PRON:celui-ci:1
celui-là PRON:celui-là:1
celle-là PRON:celui-là:1
ceux-là PRON:celui-là:1
celles-là PRON:celui-là:1
cela PRON:cela:1
ceci PRON:ceci:1
ça PRON:ça:1
rien PRON:rien:1
personne NOUN:personne:3 PRON:personne:1
chacun PRON:chacun:1
chacune PRON:chacun:1
quelqu'un PRON:quelqu'un:1
autrui PRON:autrui:1
autre ADJ:autre:3 PRON:autre:1
autres ADJ:autre:3 PRON:autre:1
et CCONJ:et:1
ou CCONJ:ou:1
mais CCONJ:mais:1
ni CCONJ:ni:1
car CCONJ:car:1
or CCONJ:or:1 NOUN:or:0.3
puis CCONJ:puis:1
voire CCONJ:voire:1
soit CCONJ:soit:1 AUX:être:1
c'est-à-dire CCONJ:c'est-à-dire:1
donc ADV:donc:1
si SCONJ:si:2 ADV:si:1
quand SCONJ:quand:1
lorsque SCONJ:lorsque:1
lorsqu' SCONJ:lorsque:1
puisque SCONJ:puisque:1
puisqu' SCONJ:puisque:1
quoique SCONJ:quoique:1
tandis ADV:tandis:1
quoiqu' SCONJ:quoique:1
comme ADP:comme:3 SCONJ:comme:1 ADV:comme:0.5
jusqu' ADP:jusque:1
jusque ADP:jusque:1
dans ADP:dans:1
par ADP:par:1
pour ADP:pour:1
sur ADP:sur:1
avec ADP:avec:1
sans ADP:sans:1
sous ADP:sous:1
entre ADP:entre:1 VERB:entrer:0.05:f
vers ADP:vers:1 NOUN:vers:0.1
chez ADP:chez:1
contre ADP:contre:1
depuis ADP:depuis:1
selon ADP:selon:1
pendant ADP:pendant:1
durant ADP:durant:1
parmi ADP:parmi:1
malgré ADP:malgré:1
envers ADP:envers:1
via ADP:via:1
dès ADP:dès:1
hors ADP:hors:1
outre ADV:outre:1 ADP:outre:1
après ADP:après:3 ADV:après:1
avant ADP:avant:3 ADV:avant:1
devant ADP:devant:1
derrière ADP:derrière:1
auprès ADV:auprès:1
afin ADV:afin:1
lors ADV:lors:1
près ADV:près:1
parce ADV:parce:1
quant ADV:quant:1
ailleurs ADV:ailleurs:1
maintenant ADV:maintenant:1 VERB:maintenir:0.05:g
ensuite ADV:ensuite:1
cependant ADV:cependant:1
toutefois ADV:toutefois:1
pourtant ADV:pourtant:1
notamment ADV:notamment:1
surtout ADV:surtout:1
désormais ADV:désormais:1
enfin ADV:enfin:1
grâce NOUN:grâce:1
face NOUN:face:1
ne ADV:ne:1
n' ADV:ne:1
pas ADV:pas:1 NOUN:pas:0.01
d'ores ADV:d'ores:1
janv NOUN:janvier:1
févr NOUN:février:1
avr NOUN:avril:1
juil NOUN:juillet:1
oct NOUN:octobre:1
nov NOUN:novembre:1
déc NOUN:décembre:1
plus ADV:plus:1
moins ADV:moins:1
très ADV:très:1
trop ADV:trop:1
aussi ADV:aussi:1
ainsi ADV:ainsi:1
alors ADV:alors:1
bien ADV:bien:5 NOUN:bien:0.5
même ADV:même:1 ADJ:même:1 PRON:même:0.1
mêmes ADJ:même:1
non ADV:non:1
oui INTJ:oui:1
hélas INTJ:hélas:1
y'a AUX:avoir:1
aujourd'hui ADV:aujourd'hui:1
peut-être ADV:peut-être:1
ici ADV:ici:1
là ADV:là:1
déjà ADV:déjà:1
encore ADV:encore:1
toujours ADV:toujours:1
jamais ADV:jamais:1
souvent ADV:souvent:1
peu ADV:peu:1
beaucoup ADV:beaucoup:1
environ ADV:environ:1
presque ADV:presque:1
tant ADV:tant:1
autant ADV:autant:1
assez ADV:assez:1
comment ADV:comment:1
pourquoi ADV:pourquoi:1
combien ADV:combien:1
est AUX:être:10 NOUN:est:1
sont AUX:être:1
suis AUX:être:3 VERB:suivre:0.3
es AUX:être:1
sommes AUX:être:1
êtes AUX:être:1
été AUX:être:3:k NOUN:été:1
être AUX:être:5 NOUN:être:0.3
étant AUX:être:1:g
était AUX:être:1
étaient AUX:être:1
étais AUX:être:1
étions AUX:être:1
étiez AUX:être:1
sera AUX:être:1
seront AUX:être:1
serai AUX:être:1
serons AUX:être:1
serez AUX:être:1
serait AUX:être:1
seraient AUX:être:1
serais AUX:être:1
fut AUX:être:1
furent AUX:être:1
fût AUX:être:1
soient AUX:être:1
sois AUX:être:1
ai AUX:avoir:3 VERB:avoir:1
as AUX:avoir:3 VERB:avoir:1 NOUN:as:0.2
avons AUX:avoir:3 VERB:avoir:1
avez AUX:avoir:3 VERB:avoir:1
ont AUX:avoir:3 VERB:avoir:1
avait AUX:avoir:3 VERB:avoir:1
avaient AUX:avoir:3 VERB:avoir:1
avais AUX:avoir:3 VERB:avoir:1
avions AUX:avoir:3 VERB:avoir:1 NOUN:avion:1
aviez AUX:avoir:3 VERB:avoir:1
aura AUX:avoir:3 VERB:avoir:1
auront AUX:avoir:3 VERB:avoir:1
aurai AUX:avoir:3 VERB:avoir:1
aurons AUX:avoir:3 VERB:avoir:1
aurait AUX:avoir:3 VERB:avoir:1
auraient AUX:avoir:3 VERB:avoir:1
eut AUX:avoir:3 VERB:avoir:1
eurent AUX:avoir:3 VERB:avoir:1
ait AUX:avoir:3 VERB:avoir:1
aient AUX:avoir:3 VERB:avoir:1
avoir AUX:avoir:2 VERB:avoir:2 NOUN:avoir:0.3
ayant AUX:avoir:3:g VERB:avoir:1:g
eu AUX:avoir:3:k VERB:avoir:1:k
deux NUM:deux:1
trois NUM:trois:1
quatre NUM:quatre:1
cinq NUM:cinq:1
six NUM:six:1
sept NUM:sept:1
huit NUM:huit:1
neuf NUM:neuf:3 ADJ:neuf:1
dix NUM:dix:1
onze NUM:onze:1
douze NUM:douze:1
treize NUM:treize:1
quatorze NUM:quatorze:1
quinze NUM:quinze:1
seize NUM:seize:1
vingt NUM:vingt:1
trente NUM:trente:1
quarante NUM:quarante:1
cinquante NUM:cinquante:1
soixante NUM:soixante:1
cent NUM:cent:1
cents NUM:cent:1
mille NUM:mille:1
lundi NOUN:lundi:1
mardi NOUN:mardi:1
mercredi NOUN:mercredi:1
jeudi NOUN:jeudi:1
vendredi NOUN:vendredi:1
samedi NOUN:samedi:1
dimanche NOUN:dimanche:1
n° NOUN:numéro:1
doit VERB:devoir:1
doivent VERB:devoir:1
issu ADJ:issu:1
issue ADJ:issu:1 NOUN:issue:1
issus ADJ:issu:1
issues ADJ:issu:1 NOUN:issue:1
m NOUN:mètre:1
km NOUN:kilomètre:1
cm NOUN:centimètre:1
kg NOUN:kilogramme:1
m. NOUN:monsieur:1
mm. NOUN:monsieur:1
mme NOUN:madame:1
mmes NOUN:madame:1
mlle NOUN:mademoiselle:1
dr. NOUN:docteur:1
etc. ADV:etc.:1
art. NOUN:article:1
av. ADP:avant:1
st. NOUN:saint:1
`;

function parseTable(table: string): Map<string, Reading[]> {
  const map = new Map<string, Reading[]>();
  for (const line of table.split('\n')) {
    const [form, ...readings] = line.trim().split(/\s+/);
    if (!form) continue;
    map.set(
      form,
      readings.map((r) => {
        const [upos, lemma, weight, flags = ''] = r.split(':');
        const reading: Reading = { upos: upos as Upos, lemma: lemma ?? form, weight: weight ? Number(weight) : 1 };
        if (flags.startsWith('>')) reading.next = flags.slice(1) as Upos;
        if (flags === 'k') reading.participle = true;
        if (flags === 'g' || flags === 'f') reading.verbForms = flags;
        if (form.startsWith('-')) reading.inverted = true;
        return reading;
      }),
    );
  }
  return map;
}

/** Closed-class readings by lower-case form with straight apostrophes. */
export const CLOSED_CLASS: ReadonlyMap<string, Reading[]> = parseTable(TABLE);
