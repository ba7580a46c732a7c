// Given names the quiz knows: the French check reads their gender, the entity finder takes a name that
// starts with one for a person's (entities.ts). Lower case, accents kept.
/** Given names whose gender is plain (news names of the reviews and the most common ones). */
export const FEMININE_NAMES = new Set(
  ('anne marie lydie brigitte muriel angela véronique penelope pénélope marine ségolène christine hillary theresa ' +
    'nathalie isabelle sophie catherine françoise martine sylvie valérie sandrine céline julie claire hélène élisabeth ' +
    'elisabeth laurence florence caroline emmanuelle najat rachida anne-marie marie-france aung federica ursula ' +
    'dilma cristina michelle nicola yulia ioulia agnès corinne patricia monique chantal jacqueline nicole danielle')
    .split(' '),
);
export const MASCULINE_NAMES = new Set(
  ('pascal hubert françois emmanuel nicolas jean pierre paul jacques michel alain bernard philippe patrick ' +
    'gérard daniel christian thierry éric eric laurent olivier stéphane sébastien julien vincent benoît manuel ' +
    'gerhard martin vladimir sergueï serguei barack donald hassan bachar abdel mohamed mohammed ahmed ali ' +
    'quentin damien marc luc yves henri hervé hugo bruno arnaud jean-marc jean-luc jean-yves benjamin boris ' +
    'recep matteo mariano xi ban abbas')
    .split(' '),
);

/**
 * More given names common in the news, English, Spanish, Italian, Portuguese and French, for telling a
 * person's name from a company's or a product's (review 16: beside a person the text shows, a wrong
 * choice needs some sign of a person). Not read for gender. No name that is as often a place's
 * (Victoria, Virginia, Charlotte, Madison, Austin).
 */
const OTHER_GIVEN_NAMES = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher matthew anthony mark steven ' +
    'andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary eric jonathan ' +
    'stephen larry justin scott brandon samuel gregory alexander frank raymond jack dennis jerry tyler aaron adam ' +
    'nathan douglas peter kyle neil pete dick bud buzz alan stanley bryan brad rick mike bill tom tony steve ' +
    'mary jennifer linda barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley emily donna ' +
    'carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley anna brenda ' +
    'pamela emma samantha katherine debra rachel carolyn janet maria heather diane ruth olivia joyce kelly lauren ' +
    'christina joan evelyn judith megan cheryl hannah martha gloria teresa sara frances kathryn janice abigail ' +
    'alice judy sophia denise doris marilyn beverly isabella diana natalie katie flora kate jane ' +
    'mario antonio giuseppe silvio sergio carlo marco luca francesco alessandro giovanni pablo juan carlos luis ' +
    'miguel javier diego sebastián sebastian alejandro vicente rafael joão joao josé jose fernando ricardo ' +
    'catarina daniela sílvia silvia ana isabel carmen lucía sofía ' +
    'cassandre marianne aurélien mickaël alexis benoit cédric jérôme guillaume mathieu romain antoine maxime')
    .split(' '),
);

/** Whether a name's first word is a given name the lists know (« François Fillon », « Angela Merkel »). */
export function startsWithGivenName(name: string): boolean {
  const first = name.trim().split(/\s+/u)[0]?.normalize('NFC').toLowerCase() ?? '';
  return FEMININE_NAMES.has(first) || MASCULINE_NAMES.has(first) || OTHER_GIVEN_NAMES.has(first);
}
