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

/** Whether a name's first word is a given name the lists know (« François Fillon », « Angela Merkel »). */
export function startsWithGivenName(name: string): boolean {
  const first = name.trim().split(/\s+/u)[0]?.normalize('NFC').toLowerCase() ?? '';
  return FEMININE_NAMES.has(first) || MASCULINE_NAMES.has(first);
}
