// Place names a dispatch may use, for where-questions and place swaps: each group lists one place's
// names (Beijing and Pékin are one city), so a distractor is never another name of the right answer.

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
];
const CITIES = [
  'Beijing|Pékin', 'Moscou', 'Paris', 'Washington', 'Londres', 'Berlin', 'Bruxelles', 'Genève', 'New York',
  'Tokyo', 'New Delhi', 'Shanghai', 'Kiev|Kyiv', 'Minsk', 'Varsovie', 'Rome', 'Madrid', 'Ankara', 'Istanbul',
  'Téhéran', 'Bagdad', 'Damas', 'Jérusalem', 'Le Caire', 'Séoul', 'Pyongyang', 'Hanoï', 'Islamabad', 'Kaboul',
  'Riyad', 'Doha', 'Dubaï', 'Alger', 'Rabat', 'Tunis', 'Dakar', 'Bamako', 'Astana|Nour-Soultan', 'Vienne',
  'Strasbourg', 'Hong Kong', 'Taipei', 'Ottawa', 'Brasilia', 'Buenos Aires', 'Addis-Abeba', 'Nairobi', 'Sotchi',
  'Saint-Pétersbourg', 'Davos', 'Munich', 'La Haye', 'Luxembourg', 'Belgrade', 'Budapest', 'Athènes',
];
const REGIONS = [
  'Asie pacifique|Asie-Pacifique', 'Europe', 'Afrique', 'Asie', 'Amérique latine', 'Moyen-Orient|Proche-Orient',
  'Asie centrale', 'Asie du Sud-Est', 'Balkans', 'Sahel', 'Arctique', 'Caucase', 'Eurasie', 'Golfe',
  'Indo-Pacifique', 'Amérique du Nord', 'Méditerranée', 'Extrême-Orient',
];

export const PLACE_GROUPS: readonly PlaceGroup[] = [
  ...COUNTRIES.map((n) => ({ category: 'country' as const, names: n.split('|') })),
  ...CITIES.map((n) => ({ category: 'city' as const, names: n.split('|') })),
  ...REGIONS.map((n) => ({ category: 'region' as const, names: n.split('|') })),
];

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

export const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];
