import type { CountryCode } from 'libphonenumber-js/min';

/**
 * Countries a draft names, in English or French, by country, people or a large city ("Munich folks",
 * "numéro espagnol"): a national number next to such a name is likely one of theirs. Cities that share a
 * name with a French one (Valence, Vienne) are left out: they would name France.
 */
const NAMES: Record<string, readonly string[]> = {
  DE: ['germany', 'german', 'allemagne', 'allemand', 'allemande', 'allemands', 'deutschland', 'berlin', 'munich', 'münchen', 'hamburg', 'hambourg', 'frankfurt', 'francfort', 'köln', 'düsseldorf', 'stuttgart',
    // Its other cities (a control centre in Kiel, a workshop in Braunschweig, fresh90, 2026-12-05).
    'kiel', 'bremen', 'hannover', 'hanover', 'leipzig', 'dresden', 'nürnberg', 'nuremberg', 'braunschweig', 'rostock', 'dortmund', 'bonn', 'mannheim', 'karlsruhe', 'freiburg', 'augsburg', 'lübeck', 'münster',
    // And its chemical and industrial towns (a steam cracker team in Ludwigshafen, fresh102, 2026-12-05).
    'ludwigshafen', 'leverkusen', 'mainz', 'wiesbaden', 'darmstadt', 'heidelberg', 'essen', 'duisburg', 'bochum', 'wuppertal', 'bielefeld', 'regensburg', 'würzburg', 'kassel', 'saarbrücken', 'erfurt', 'magdeburg', 'potsdam'],
  ES: ['spain', 'spanish', 'espagne', 'espagnol', 'espagnole', 'espagnols', 'españa', 'madrid', 'barcelona', 'barcelone', 'séville', 'sevilla', 'bilbao', 'malaga', 'málaga', 'valencia', 'valència', 'zaragoza', 'saragosse', 'alicante', 'granada',
    // Andalusia's towns, and its id's name: a row with a DNI lists Spaniards (fresh90, fresh93, 2026-12-05).
    'cádiz', 'cadiz', 'tarifa', 'algeciras', 'almería', 'almeria', 'córdoba', 'jerez', 'huelva', 'marbella', 'dni',
    // The Spanish word for a phone, accented as only Spanish writes it ("Pedidos por teléfono al 962 30 14 77", fresh94, 2026-12-05),
    // and the Valencian towns of a cooperative.
    'teléfono', 'llámanos', 'llámenos', 'requena', 'castellón', 'castelló', 'murcia',
    // And the Spanish for information and a box office ("Entradas … información en el 915 72 44 18 o en taquilla", fresh98).
    'información', 'taquilla', 'móvil'],
  // "il numero verde 800 912 345": the country's own word for its toll-free line (fresh31, 2026-12-04).
  IT: ['italy', 'italian', 'italie', 'italien', 'italienne', 'italiens', 'italia', 'rome', 'roma', 'milan', 'milano', 'turin', 'torino', 'naples', 'napoli', 'florence', 'firenze', 'bologna', 'bologne', 'numero verde',
    // Its other cities, in Italian, English and French (fresh78, 2026-12-05).
    'bergamo', 'bergame', 'brescia', 'verona', 'vérone', 'genova', 'gênes', 'genoa', 'venezia', 'venise', 'venice', 'novara', 'como', 'côme', 'parma', 'parme', 'bari', 'palermo', 'palerme', 'catania', 'padova', 'padoue', 'padua', 'trieste', 'cagliari'],
  PT: ['portugal', 'portuguese', 'portugais', 'portugaise', 'lisbon', 'lisbonne', 'lisboa', 'porto', 'braga', 'coimbra', 'aveiro', 'setúbal', 'funchal'],
  NL: ['netherlands', 'dutch', 'pays-bas', 'néerlandais', 'néerlandaise', 'amsterdam', 'rotterdam', 'utrecht', 'eindhoven',
    // Its other cities and its airport hub (fresh71, 2026-12-04).
    'schiphol', 'den haag', 'the hague', 'la haye', 'groningen', 'tilburg', 'breda', 'nijmegen', 'maastricht', 'arnhem', 'venlo', 'zwolle', 'almere', 'haarlem', 'delft', 'leiden'],
  // Vienna in English (not the French "Vienne", a French town), and the regions ("our customers in Carinthia", fresh53).
  AT: ['austria', 'austrian', 'autriche', 'autrichien', 'autrichienne', 'wien', 'vienna', 'salzburg', 'salzbourg', 'graz', 'linz', 'innsbruck', 'klagenfurt', 'carinthia', 'kärnten', 'tyrol', 'tirol', 'styria'],
  // And its social insurance number's names, a column's heading in a pasted tracker ("| Client | AHV | Mobile |", fresh108, 2026-12-05).
  CH: ['switzerland', 'swiss', 'suisse', 'zurich', 'zürich', 'genève', 'geneva', 'lausanne', 'bern', 'berne', 'basel', 'bâle', 'ahv', 'avs', 'navs'],
  BE: ['belgium', 'belgian', 'belgique', 'belge', 'belges', 'bruxelles', 'brussels', 'antwerp', 'anvers', 'liège', 'gand', 'ghent'],
  LU: ['luxembourg', 'luxemburg', 'luxembourgeois', 'luxembourgeoise', 'luxembourgish'],
  IE: ['ireland', 'irish', 'irlande', 'irlandais', 'irlandaise', 'dublin', 'cork'],
  AU: ['australia', 'australian', 'australie', 'australien', 'australienne', 'aussie', 'sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra'],
  // Their other cities and Abidjan's districts (a sales office "aux Jardins de Bingerville", fresh84, 2026-12-05).
  SN: ['sénégal', 'senegal', 'sénégalais', 'sénégalaise', 'senegalese', 'dakar', 'thiès', 'rufisque', 'mbour', 'saly', 'ziguinchor', 'kaolack', 'touba', 'diamniadio'],
  CI: ["côte d'ivoire", 'côte d’ivoire', 'ivoirien', 'ivoirienne', 'ivorian', 'abidjan', 'bingerville', 'yamoussoukro', 'bouaké', 'grand-bassam', 'cocody', 'yopougon', 'marcory', 'korhogo', 'daloa', 'san-pédro', 'assinie'],
  MA: ['maroc', 'morocco', 'marocain', 'marocaine', 'moroccan', 'casablanca', 'rabat', 'marrakech', 'tanger', 'tangier'],
  TN: ['tunisie', 'tunisia', 'tunisien', 'tunisienne', 'tunisian', 'tunis', 'sfax'],
  DZ: ['algérie', 'algeria', 'algérien', 'algérienne', 'algerian', 'alger', 'algiers', 'oran', 'constantine'],
  // Its other towns and Jutland (a gatehouse in Holstebro, a wind farm in Jutland, fresh90, 2026-12-05).
  DK: ['denmark', 'danish', 'danemark', 'danois', 'danoise', 'copenhagen', 'copenhague', 'københavn', 'aarhus', 'odense', 'aalborg', 'esbjerg',
    'holstebro', 'herning', 'vejle', 'randers', 'kolding', 'horsens', 'silkeborg', 'ringkøbing', 'jutland', 'jylland', 'fyn', 'funen', 'zealand', 'sjælland'],
  NO: ['norway', 'norwegian', 'norvège', 'norvégien', 'norvégienne', 'oslo', 'bergen', 'trondheim', 'stavanger', 'ålesund', 'tromsø', 'drammen', 'kristiansand'],
  // Its states too ("communities in Karnataka", fresh85, 2026-12-05).
  IN: ['india', 'indian', 'inde', 'indien', 'indienne', 'bangalore', 'bengaluru', 'mumbai', 'pune', 'hyderabad', 'chennai', 'delhi', 'kolkata', 'ahmedabad', 'noida', 'gurugram', 'gurgaon',
    'karnataka', 'kerala', 'tamil nadu', 'maharashtra', 'gujarat', 'rajasthan', 'odisha', 'telangana', 'west bengal', 'uttar pradesh', 'bihar', 'assam'],
  CA: ['canada', 'canadian', 'canadien', 'canadienne', 'montréal', 'montreal', 'toronto', 'vancouver', 'québec', 'quebec', 'ottawa', 'calgary'],
  // Further countries our people write from (fresh36, fresh37, 2026-12-04).
  SG: ['singapore', 'singaporean', 'singapour', 'singapourien', 'singapourienne'],
  NZ: ['new zealand', 'nouvelle-zélande', 'auckland', 'wellington', 'christchurch', 'aotearoa', 'taupō', 'taupo', 'rotorua', 'tauranga', 'dunedin', 'queenstown', 'whanganui', 'napier'],
  ZA: ['south africa', 'south african', 'afrique du sud', 'sud-africain', 'sud-africaine', 'johannesburg', 'cape town', 'durban', 'pretoria'],
  KE: ['kenya', 'kenyan', 'kényan', 'kényane', 'nairobi', 'mombasa'],
  NG: ['nigeria', 'nigerian', 'nigérian', 'nigériane', 'lagos', 'abuja'],
  AE: ['uae', 'emirates', 'émirats', 'dubai', 'dubaï', 'abu dhabi'],
  PL: ['poland', 'polish', 'pologne', 'polonais', 'polonaise', 'warsaw', 'varsovie', 'kraków', 'krakow', 'cracovie', 'wrocław', 'wroclaw', 'gdańsk', 'gdansk', 'poznań', 'poznan', 'łódź', 'lodz'],
  CZ: ['czech', 'czechia', 'tchèque', 'tchéquie', 'prague', 'praha', 'brno'],
  SE: ['sweden', 'swedish', 'suède', 'suédois', 'suédoise', 'stockholm', 'gothenburg', 'göteborg', 'malmö', 'malmo', 'uppsala', 'västerås', 'örebro', 'linköping', 'helsingborg', 'jönköping', 'norrköping'],
  // Monaco and its people ("nos clients monégasques", fresh72, 2026-12-04).
  MC: ['monaco', 'monégasque', 'monégasques', 'monegasque', 'monte-carlo', 'monte carlo'],
  FI: ['finland', 'finnish', 'finlande', 'finlandais', 'finlandaise', 'helsinki', 'tampere'],
  CM: ['cameroun', 'cameroon', 'camerounais', 'camerounaise', 'douala', 'yaoundé', 'bafoussam', 'dschang', 'garoua', 'maroua', 'bamenda', 'kribi', 'limbé', 'kousseri'],
  // Brazil (by its taxpayer number's name too: a table with a CPF column lists Brazilians), Turkey and South Korea, whose
  // numbers came with their country or city named (fresh45, 2026-12-04).
  BR: ['brazil', 'brazilian', 'brésil', 'brésilien', 'brésilienne', 'brasil', 'são paulo', 'sao paulo', 'rio de janeiro', 'cpf',
    // Its other large cities (fresh57, 2026-12-04).
    'manaus', 'curitiba', 'recife', 'fortaleza', 'belo horizonte', 'porto alegre', 'brasília', 'brasilia', 'campinas', 'florianópolis', 'goiânia', 'belém'],
  TR: ['turkey', 'türkiye', 'turkiye', 'turquie', 'turkish', 'turc', 'turque', 'istanbul', 'ankara', 'izmir'],
  // The Baltic states, Mexico, Colombia, Saudi Arabia and Egypt (fresh46, fresh49, 2026-12-04).
  LV: ['latvia', 'latvian', 'lettonie', 'letton', 'lettone', 'riga'],
  LT: ['lithuania', 'lithuanian', 'lituanie', 'lituanien', 'lituanienne', 'vilnius', 'kaunas'],
  EE: ['estonia', 'estonian', 'estonie', 'estonien', 'estonienne', 'tallinn', 'tartu'],
  MX: ['mexico', 'mexique', 'mexican', 'mexicain', 'mexicaine', 'monterrey', 'guadalajara', 'cdmx', 'ciudad de méxico', 'méxico', 'tijuana', 'puebla',
    'querétaro', 'queretaro', 'mérida', 'cancún', 'cancun', 'juárez', 'toluca', 'chihuahua', 'hermosillo', 'saltillo'],
  CO: ['colombia', 'colombie', 'colombian', 'colombien', 'colombienne', 'bogotá', 'bogota', 'medellín', 'medellin', 'cali'],
  SA: ['saudi', 'saudi arabia', 'arabie saoudite', 'saoudien', 'saoudienne', 'riyadh', 'riyad', 'jeddah', 'djeddah'],
  EG: ['egypt', 'egyptian', 'égypte', 'égyptien', 'égyptienne', 'cairo', 'le caire', 'alexandria', 'alexandrie'],
  KR: ['korea', 'south korea', 'corée', 'corée du sud', 'korean', 'coréen', 'coréenne', 'seoul', 'séoul', 'busan', 'kst'],
  // South-eastern Europe, Israel and Qatar (fresh58, fresh60, 2026-12-04). Not "Split" (an English word) nor "Sofia" (a name).
  HU: ['hungary', 'hungarian', 'hongrie', 'hongrois', 'hongroise', 'budapest', 'debrecen', 'szeged', 'győr', 'pécs'],
  GR: ['greece', 'greek', 'grèce', 'grec', 'grecque', 'athens', 'athènes', 'thessaloniki', 'thessalonique', 'patras', 'heraklion'],
  RO: ['romania', 'romanian', 'roumanie', 'roumain', 'roumaine', 'bucharest', 'bucarest', 'cluj', 'timișoara', 'timisoara', 'iași', 'brașov'],
  BG: ['bulgaria', 'bulgarian', 'bulgarie', 'bulgare', 'bulgares', 'plovdiv', 'varna'],
  HR: ['croatia', 'croatian', 'croatie', 'croate', 'zagreb', 'rijeka'],
  IL: ['israel', 'israeli', 'israël', 'israélien', 'israélienne', 'tel aviv', 'jerusalem', 'jérusalem', 'haifa', 'haïfa'],
  QA: ['qatar', 'qatari', 'doha'],
  // Madagascar and Haiti (fresh63, 2026-12-04).
  MG: ['madagascar', 'malgache', 'malagasy', 'antananarivo', 'tananarive', 'tana', 'toamasina', 'mahajanga', 'antsirabe'],
  HT: ['haïti', 'haiti', 'haïtien', 'haïtienne', 'haitian', 'port-au-prince', 'jacmel', 'cap-haïtien', 'gonaïves', 'les cayes'],
};

const REGION_OF = new Map<string, CountryCode>(
  Object.entries(NAMES).flatMap(([region, names]) => names.map((name) => [name, region as CountryCode] as const)),
);
// Matched on the draft as written (accented spellings are listed), case-insensitively: no folded copy of
// the draft. About 0.05 ms on 3,000 characters, asked only for a digit run no read region accepts.
const NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...REGION_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

// A country's domain in an address or a link of the draft ("ordini@occhialeriabrera.it", "www.brera.it/contatti"): the
// organisation writing is likely there, and so are its numbers. In lower case only, after a label and not before another
// ("fine.It works" is a typo, "brera.it.example" a longer name).
const COUNTRY_DOMAIN = new RegExp(`(?<=[\\p{L}\\p{N}-]\\.)(?:${Object.keys(NAMES).map((region) => region.toLowerCase()).join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'gu');

// The draft of the previous call: a draft is checked again on every keystroke and pause, most often unchanged (a pure memo).
let lastText: string | undefined;
let lastRegions: readonly CountryCode[] = [];

/** The countries `text` names, by name or by a domain, in order of first mention (names first). Do not mutate the result. */
export function regionsNamedIn(text: string): readonly CountryCode[] {
  if (text === lastText) return lastRegions;
  lastRegions = namedIn(text);
  lastText = text;
  return lastRegions;
}

function namedIn(text: string): CountryCode[] {
  const regions = new Set<CountryCode>();
  for (const match of text.matchAll(NAME)) {
    const region = REGION_OF.get(match[0].toLowerCase());
    if (region) regions.add(region);
  }
  for (const match of text.matchAll(COUNTRY_DOMAIN)) regions.add(match[0].toUpperCase() as CountryCode);
  return [...regions];
}
