// Place names a dispatch may use, for where-questions and place swaps: each group lists one place's
// names (Beijing and Pékin are one city), so a distractor is never another name of the right answer.
import { hasMuteH, startsWithConsonantY } from './french';

export type PlaceCategory = 'country' | 'city' | 'region';

export interface PlaceGroup {
  category: PlaceCategory;
  names: string[];
}

const COUNTRIES = [
  'Chine', 'Russie', 'France', 'Allemagne', 'Italie', 'Espagne', 'Royaume-Uni', 'États-Unis|Etats-Unis',
  'Japon', 'Inde', 'Brésil', 'Canada', 'Mexique', 'Turquie', 'Iran', 'Irak', 'Syrie', 'Israël', 'Égypte|Egypte',
  'Ukraine', 'Biélorussie|Bélarus', 'Pologne', 'Corée du Sud', 'Corée du Nord', 'Vietnam|Viêt Nam', 'Pakistan',
  'Afghanistan', 'Arabie saoudite', 'Afrique du Sud', 'Nigeria|Nigéria', 'Algérie', 'Maroc', 'Tunisie',
  'Sénégal', 'Mali', 'Kazakhstan', 'Mongolie', 'Indonésie', 'Australie', 'Argentine', 'Belgique', 'Suisse',
  'Grèce', 'Serbie', 'Hongrie', 'Qatar', 'Liban', 'Libye', 'Éthiopie|Ethiopie', 'Kenya', 'Cuba', 'Venezuela',
  'Burkina Faso', 'Niger', 'Tchad', 'Soudan', 'Soudan du Sud', 'Haïti', 'Équateur', 'Suède', 'Finlande', 'Lituanie',
  'Norvège', 'Danemark', 'Pays-Bas', 'Portugal', 'Autriche', 'Roumanie', 'Bulgarie', 'Géorgie', 'Arménie',
  'Azerbaïdjan', 'Jordanie', 'Yémen', 'Somalie', 'Cameroun', "Côte d'Ivoire", 'Guinée', 'Mauritanie', 'Rwanda',
  'Congo', 'République démocratique du Congo', 'Colombie', 'Chili', 'Pérou', 'Bolivie', 'Thaïlande', 'Philippines',
  'Birmanie', 'Bangladesh', 'Taïwan', 'Nouvelle-Zélande',
];
const CITIES = [
  'Beijing|Pékin', 'Moscou', 'Paris', 'Washington', 'Londres', 'Berlin', 'Bruxelles', 'Genève', 'New York',
  'Tokyo', 'New Delhi', 'Shanghai', 'Kiev|Kyiv', 'Minsk', 'Varsovie', 'Rome', 'Madrid', 'Ankara', 'Istanbul',
  'Téhéran', 'Bagdad', 'Damas', 'Jérusalem', 'Le Caire', 'Séoul', 'Pyongyang', 'Hanoï', 'Islamabad', 'Kaboul',
  'Riyad', 'Doha', 'Dubaï', 'Abou Dhabi|Abu Dhabi', 'Alger', 'Rabat', 'Tunis', 'Dakar', 'Bamako', 'Astana|Nour-Soultan', 'Vienne',
  'Strasbourg', 'Hong Kong', 'Taipei', 'Ottawa', 'Brasilia', 'Buenos Aires', 'Addis-Abeba', 'Nairobi', 'Sotchi',
  'Saint-Pétersbourg', 'Davos', 'Munich', 'La Haye', 'Luxembourg', 'Belgrade', 'Budapest', 'Athènes',
  'Khartoum', 'Niamey', 'Ouagadougou', "N'Djamena", 'Port-au-Prince', 'Vilnius', 'Copenhague', 'Charm el-Cheikh',
  'Lisbonne', 'Stockholm', 'Helsinki', 'Oslo', 'Amman', 'Beyrouth', 'Tripoli', 'Abuja', 'Lagos', 'Kinshasa',
  'Bogota', 'Caracas', 'La Havane', 'Manille', 'Bangkok', 'Jakarta', 'Canberra', 'Sydney', 'Mexico', 'Lima',
  'Marseille', 'Lyon', 'Bordeaux', 'Bâle', 'Zurich', 'Francfort', 'Hambourg', 'Milan', 'Barcelone', 'Gaza', 'Ramallah',
];
const REGIONS = [
  'Asie pacifique|Asie-Pacifique', 'Europe', 'Afrique', 'Asie', 'Amérique latine', 'Moyen-Orient|Proche-Orient',
  'Asie centrale', 'Asie du Sud-Est', 'Balkans', 'Sahel', 'Arctique', 'Caucase', 'Eurasie', 'Golfe',
  'Indo-Pacifique', 'Amérique du Nord', 'Méditerranée', 'Extrême-Orient', "Afrique de l'Ouest", "Afrique de l'Est", 'Corne de l’Afrique',
];

export const PLACE_GROUPS: readonly PlaceGroup[] = [
  ...COUNTRIES.map((n) => ({ category: 'country' as const, names: n.split('|') })),
  ...CITIES.map((n) => ({ category: 'city' as const, names: n.split('|') })),
  ...REGIONS.map((n) => ({ category: 'region' as const, names: n.split('|') })),
];

export { MONTHS, WEEKDAYS } from '../text/calendar';

/** Countries named without an article (islands, mostly): « à Cuba », « en Israël », « Haïti a… ». */
const NO_ARTICLE = new Set(['Haïti', 'Cuba', 'Israël', 'Madagascar', 'Chypre', 'Malte', 'Singapour', 'Taïwan', 'Bahreïn', 'Oman', 'Djibouti']);

/** Masculine country names that end in -e. */
const MASCULINE_IN_E = new Set(['Soudan', 'Tchad', 'Niger', 'Burkina Faso', 'Mexique', 'Cambodge', 'Yémen', 'Cameroun', 'Congo', 'Portugal', 'Danemark', 'Bangladesh', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Moyen-Orient', 'Proche-Orient', 'Extrême-Orient', 'Golfe', 'Caucase', 'Sahel', 'Arctique']);

/**
 * Whether a place name can stand after the words before it: « la ___ » wants a feminine name
 * (Chine, not Japon), « d'___ » a vowel, « à ___ » a city. Names without article pass.
 */
export function fitsArticle(name: string, category: PlaceCategory, before: string): boolean {
  const vowel = (/^[AEIOUYÉÈÊÂÎÔ]/u.test(name) && !startsWithConsonantY(name)) || hasMuteH(name);
  const plural = /^(États|Etats)-Unis|s$/u.test(name) && category === 'country';
  const feminine = !plural && /e$/u.test(name) && !MASCULINE_IN_E.has(name);
  const tail = before.toLowerCase();
  // « Haïti », « Cuba », « Israël » take no article: « et l'Haïti » is wrong where « et l'Équateur » is right.
  if (NO_ARTICLE.has(name) && /(?:^|\s)(?:le|la|les|l['’]|du|des|au|aux)\s*$/u.test(tail)) return false;
  if (/(?:^|\s)(?:la|de la)\s$/u.test(tail)) return feminine && !vowel;
  if (/(?:^|\s)(?:le|du|au)\s$/u.test(tail)) return !feminine && !plural && !vowel;
  // After any non-letter: « “L’_____ n’est plus sur la liste ».
  if (/(?:^|[^\p{L}])(?:l|d)['’]$/u.test(tail)) return vowel && !plural;
  if (/(?:^|\s)(?:les|des|aux)\s$/u.test(tail)) return plural;
  if (/(?:^|\s)en\s$/u.test(tail)) return (feminine || vowel) && !plural && category !== 'city';
  if (/(?:^|\s)à\s$/u.test(tail)) return category === 'city';
  // « l'ambassade de France », but « du Niger », « des États-Unis »: after a bare « de », a feminine country or a city.
  if (/(?:^|\s)de\s$/u.test(tail) && category === 'country') return (feminine || NO_ARTICLE.has(name)) && !plural && !vowel;
  return true;
}
