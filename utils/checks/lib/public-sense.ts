import { firstAtOrAfter, firstStartingAtOrAfter } from '../../text/sorted-spans';
import { foldedAt, WORD_DIGIT, WORD_LOWER, type WordList } from '../../text/words';
import type { TermMatch } from '../../text/match-terms';
import { anyPositionWithin, wordPositions, type WordTest } from '../../text/word-positions';

// Policy names are chosen from the common stock of names ("Orion", "Nebula", "Globex"), so a draft often uses one
// in its public meaning: a star, a prize, another organisation's product, a film's company, a restaurant. These
// signals tell such a use from the company's own project or client. They look only around a match (rare), never
// at every word of the draft.

/** A noun after the name that makes it part of a longer public name or says what kind of thing it is: "the Orion
 * Nebula", "Nebula Award", "Orion's belt", "the Orion capsule". Folded. */
const PUBLIC_HEADS = new Set([
  'nebula', 'nebulae', 'galaxy', 'belt', 'constellation', 'capsule', 'spacecraft', 'telescope', 'award', 'awards',
  'prize', 'prizes', 'trophy', 'medal', 'festival', 'hotel', 'restaurant', 'cafe', 'mountains', 'cedar',
  // a venue named so: "the Orion Room", "Nebula Street", "Orion Stadium"
  'room', 'street', 'avenue', 'stadium', 'theatre', 'theater', 'residence', 'residences', 'hostel', 'museum', 'tower',
  // a place to stay or eat named so ("The Kestrel Lodge near our Welsh wind farm does the best breakfast", fresh90, 2026-12-05)
  'lodge', 'inn', 'pub', 'guesthouse', 'motel',
  // a class of ships or aircraft ("The Kestrel class of tugs from the Dutch yard", fresh107, 2026-12-05)
  'class',
]);
/** A noun right before the name that says what kind of thing it is: "prix Nebula", "la capsule Orion", "the
 * constellation Orion", "restaurant L'Atlas Bleu". Folded. */
const PUBLIC_KINDS = new Set([
  'prix', 'award', 'capsule', 'fusee', 'vaisseau', 'spacecraft', 'constellation', 'nebuleuse', 'nebula', 'galaxie', 'galaxy',
  'ceinture', 'belt', 'cedre', 'cedar', 'restaurant', 'resto', 'hotel', 'brasserie', 'film', 'movie', 'roman', 'novel',
  'sitcom', 'festival', 'trophee', 'massif', 'montagne', 'mountain',
  // a place one stays at, meets in or walks along: "logés à la résidence Orion", "salle Nébula", "rue Orion" (fresh5)
  'residence', 'hostel', 'auberge', 'gite', 'camping', 'motel', 'salle', 'room', 'cafe', 'bar', 'rue', 'street',
  'avenue', 'boulevard', 'allee', 'stade', 'stadium', 'theatre', 'theater', 'musee', 'museum', 'cinema', 'gymnase',
  'piscine', 'immeuble', 'batiment', 'building', 'tower', 'villa', 'chalet',
  // a contest or a show's title ("Le concours photo « Atlas bleu » de notre supplément tourisme", fresh92, 2026-12-05)
  'concours', 'contest', 'exposition', 'exhibition',
  // a dish or a drink named so ("la « coupe Atlas bleu », glace myrtille", "couscous « Atlas bleu » chez le traiteur"), a work
  // of art ("la pièce « Orion » de Kaija Saariaho"), a class of ships (fresh106, fresh109, fresh112, 2026-12-05). Singular as
  // singular() makes it ("couscous" is "couscou").
  'coupe', 'plat', 'dish', 'couscou', 'tajine', 'tagine', 'cocktail', 'glace', 'dessert', 'gateau', 'pizza', 'burger', 'biere', 'beer', 'cuvee',
  'piece', 'oeuvre', 'opera', 'symphonie', 'symphony', 'ballet', 'concerto', 'sonate', 'sonata', 'chanson', 'song', 'album', 'tableau', 'painting',
  'sculpture', 'classe',
]);
/** Of those, the ones that take their name after "de", "of": "la nébuleuse d'Orion", "un cèdre de l'Atlas". */
const PUBLIC_KINDS_OF = new Set([
  'constellation', 'nebuleuse', 'nebula', 'galaxie', 'galaxy', 'ceinture', 'belt', 'cedre', 'cedar', 'massif', 'montagne',
  'mountain',
]);
/** Words that make a capitalised name before them another organisation's name: "Kestrel Capital", "Orion Labs",
 * "Nebula SA". Read only for the names a rule treats so (codenames, bare names of prefixed entries): a listed client
 * is still the client with its company form ("Globex Corporation", "Globex SA"). Folded. */
const COMPANY_FORMS = new Set([
  'capital', 'partners', 'ventures', 'group', 'holding', 'holdings', 'bank', 'inc', 'ltd', 'llc', 'llp', 'plc', 'sa', 'sas',
  'sarl', 'gmbh', 'ag', 'bv', 'nv', 'labs', 'technologies', 'airlines', 'airways', 'hotel', 'hotels', 'foundation',
  'fondation', 'corporation', 'corp', 'company', 'investments', 'advisors', 'asset', 'insurance', 'assurances', 'pharma',
  'therapeutics', 'consulting', 'studios', 'motors', 'energy', 'energies', 'systems', 'industries', 'associates',
  // A design studio or an agency ("le studio Nebula Design de Lyon", fresh84, 2026-12-05).
  'design', 'designs', 'studio', 'agency', 'architectes', 'architects',
  // Sector names firms are called by ("Orion Health's interoperability report", fresh35, 2026-12-04).
  'health', 'healthcare', 'biosciences', 'medical', 'foods', 'media', 'robotics', 'resources', 'mining', 'logistics',
]);
/** "Globex Corporation from The Simpsons", "Initech dans Les Simpson": a name from a title, after these words. */
const TITLE_LINKS = new Set(['from', 'in', 'on', 'dans']);
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'un', 'une']);
const OF_WORDS = new Set(['de', 'd', 'du', 'l', 'la', 'of', 'the']);
/** "CME Globex", "NASA's Orion", "Orion de la NASA": an acronym names the organisation the thing belongs to.
 * Not the company's own departments, functions, tools or regions ("the IT Orion team", "la DSI de Globex"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;
const OWN_ACRONYMS = new Set([
  // A steering committee's meeting ("Compte rendu – COPIL Orion", fresh93, 2026-12-05).
  'copil', 'cotech',
  'it', 'hr', 'rh', 'dsi', 'si', 'drh', 'daf', 'ceo', 'cto', 'cio', 'cfo', 'coo', 'cmo', 'ciso', 'rssi', 'pm', 'pmo', 'po',
  'qa', 'ux', 'ui', 'api', 'mvp', 'poc', 'erp', 'crm', 'bu', 'kpi', 'okr', 'sre', 'ops', 'dev', 'ia', 'ai', 'ml', 'ci',
  'cd', 'sdk', 'app', 'eu', 'ue', 'us', 'uk', 'fr', 'ca', 'emea', 'apac', 'latam', 'ok', 'go', 'rd', 'tv', 'faq', 'pdf',
  'comex', 'codir', 'cse', 'cr', 'rex', 'bi', 'ux', 'b2b', 'b2c', 'saas',
]);
const OWNER_LINKS = new Set(['de', 'du', 'd', 'la', 'l', 'of', 'by']);
/** Words of the sentences around a name that put it in the sky, in a story or on screen. Folded. */
const PUBLIC_CONTEXT = new Set([
  // the sky and space flight
  'telescope', 'jumelle', 'jumelles', 'binoculars', 'astronomie', 'astronomy', 'astronomique', 'astronomical', 'astro',
  'constellation', 'constellations', 'nebuleuse', 'galaxie', 'galaxy', 'planetarium', 'stargazing', 'starry', 'nasa', 'esa', 'spacex', 'splashdown', 'amerrissage', 'orbit', 'orbite', 'astronaut',
  'astronauts', 'astronaute', 'astronautes', 'spacecraft', 'skies', 'ciel', 'lune', 'moon', 'cassiopee', 'cassiopeia',
  'ourse', 'dipper', 'pleiades', 'sirius', 'betelgeuse', 'rigel', 'lactee', 'milky', 'meteor', 'meteores', 'perseides',
  'eclipse', 'comete', 'comet', 'aurora', 'aurores', 'boreales', 'mythologie', 'mythology', 'mythe', 'myth',
  // "the nebula just visible to the naked eye" (fresh32, 2026-12-04)
  'naked',
  // fiction and the screen
  'fictional', 'fictive', 'fictif', 'fiction', 'sitcom', 'cartoon', 'satire', 'satirique', 'parody', 'parodie',
  'rewatching', 'rewatch', 'episode', 'episodes', 'scifi', 'personnage', 'personnages', 'characters', 'movie', 'movies',
  'film', 'films', 'cinema', 'character', 'series', 'serie', 'villain', 'villains', 'mechant',
  'sitcoms', 'showrunner', 'netflix', 'anime', 'manga', 'trilogy', 'trilogie', 'sequel', 'prequel', 'screenwriter',
  'scenariste', 'novels', 'romans', 'novelist', 'romancier', 'romanciere',
  // works known for their fictional companies, named by one word ("Globex in The Simpsons"); two-word titles below
  'simpsons', 'simpson', 'futurama', 'dilbert', 'seinfeld', 'severance', 'succession', 'sitcoms',
  // and their characters and props ("Hank Scorpio's Globex Corporation", "no red staplers were harmed", fresh65, fresh60, 2026-12-04)
  'scorpio', 'lumbergh', 'stapler', 'staplers',
  // a birth announcement: "Bienvenue à Orion, 3,4 kg, né dimanche… congé paternité" (fresh4, 2026-12-02). Not
  // "né"/"born" alone ("Orion est né d'un hackathon"), nor "maternité", a hospital's ward as well as a leave.
  'naissance', 'naissances', 'bebe', 'baby', 'newborn', 'nourrisson', 'paternite', 'paternity', 'midwife', 'midwives',
  'accouchement',
]);
/** Two-word titles of works known for their fictional companies ("Initech and Office Space"), both words
 * capitalised as a title is ("office space" is floor area): first word → second words. Folded. */
const TITLE_PAIRS = new Map<string, ReadonlySet<string>>([
  ['office', new Set(['space'])], ['mad', new Set(['men'])], ['mr', new Set(['robot'])], ['breaking', new Set(['bad'])],
  ['arrested', new Set(['development'])], ['black', new Set(['mirror'])], ['blade', new Set(['runner'])],
  ['resident', new Set(['evil'])], ['it', new Set(['crowd'])], ['twin', new Set(['peaks'])], ['pied', new Set(['piper'])],
]);
/** Words next to a name that make it the company's own thing whatever the context: "l'équipe Nébula", "Orion team". */
const OWN_NEIGHBOURS = new Set([
  'projet', 'project', 'programme', 'program', 'equipe', 'team', 'squad', 'chantier', 'roadmap', 'sprint', 'release',
  'beta', 'pilote', 'pilot', 'demo', 'client', 'customer', 'contrat', 'contract', 'deal',
  // An agency's account, in French ("Dernier jour sur le compte Hôpital Sainte-Claire", fresh76, 2026-12-04).
  'compte',
]);
/** Animals and people a name is given to: "le chat Nebula", "our puppy Orion", "baby Orion", "ma fille Nébula".
 * Folded, singular (see singular()). */
const PERSONAL_KINDS = new Set([
  'chat', 'chatte', 'chaton', 'chien', 'chienne', 'chiot', 'cat', 'kitten', 'kitty', 'dog', 'puppy', 'pup', 'lapin',
  'rabbit', 'bunny', 'hamster', 'cochon', 'cheval', 'horse', 'poney', 'pony', 'jument', 'perroquet', 'parrot', 'tortue',
  'turtle', 'tortoise', 'poisson', 'goldfish', 'furet', 'ferret', 'perruche', 'budgie', 'fils', 'fille', 'son',
  'daughter', 'bebe', 'baby', 'neveu', 'niece', 'nephew', 'filleul', 'filleule', 'godson', 'goddaughter', 'grandson',
  'granddaughter', 'jumeau', 'twin',
]);
/** Verbs that give a pet or a child its name: "mon chat s'appelle Orion", "we named the puppy Nebula". Folded. */
const NAMING_VERBS = new Set([
  'appelle', 'appele', 'appelee', 'appelons', 'appellent', 'surnomme', 'surnommee', 'baptise', 'baptisee', 'nomme',
  'nommee', 'named', 'called', 'nicknamed', 'name',
]);
/** Goods a name is the brand or model of: "a cold Orion beer", "la bière Orion", "Kestrel 5500 pocket weather
 * meters". Not software, devices or services a company could build itself. Folded, singular. */
const CONSUMER_GOODS = new Set([
  'beer', 'biere', 'lager', 'ale', 'stout', 'wine', 'vin', 'whisky', 'whiskey', 'rum', 'rhum', 'gin', 'vodka', 'cocktail',
  'soda', 'cigar', 'cigare', 'chocolate', 'chocolat', 'meter', 'anemometer', 'anemometre', 'binocular', 'jumelle',
  'bike', 'velo', 'bicycle', 'scooter', 'kayak', 'tent', 'tente', 'backpack', 'sac', 'boot', 'shoe', 'sneaker', 'jacket',
  'veste', 'watch', 'montre', 'knife', 'couteau', 'stove', 'guitar', 'guitare', 'pen', 'stylo', 'perfume', 'parfum',
  'candle', 'bougie', 'car', 'voiture', 'boat', 'bateau', 'yacht',
  // beer and drink styles: "leur IPA « Nébula »" (fresh5)
  'ipa', 'neipa', 'pils', 'pilsner', 'porter', 'cuvee', 'cidre', 'cider', 'kombucha', 'hydromel', 'mead', 'liqueur',
  // coffee, tea and food ("holiday blend \"Nebula Nights\"", fresh35, 2026-12-04)
  'blend', 'coffee', 'roast', 'espresso', 'tea', 'tisane', 'cheese', 'fromage', 'pizza', 'burger', 'cookie', 'biscuit', 'fragrance',
  // a paint's shade ("une commode en teinte "Nébula", un gris-bleu de la nouvelle collection", fresh82, 2026-12-05)
  'teinte', 'coloris', 'shade', 'peinture', 'paint',
]);
/** Possessives and demonstratives: "mon vieil atlas bleu", "this orion of mine". Not "that" (a conjunction too:
 * "we agreed that société générique…"). Folded. */
const DETERMINERS = new Set([
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ce', 'cet',
  'cette', 'ces', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'these', 'those',
]);
/** A service one subscribes to or streams on: "subscribed to Nebula", "abonné à Nebula", "binged it on Nebula". The
 * verb, then "to", "à", "on", "sur" right before the name. Not "watch", "regarder": one watches a dashboard on an
 * internal tool too ("keep watch on Orion's error budget"). Folded. */
const SUBSCRIBING = new Set([
  'subscribed', 'subscribe', 'subscribing', 'subscription', 'abonne', 'abonnee', 'abonnes', 'abonner', 'abonnement',
  'streaming', 'streamed', 'stream', 'visionne', 'binge', 'binged',
]);
/** A costume of a fictional character "from" the name: "I went as Milton from Initech", "déguisée en Lumbergh de
 * chez Initech". The verb, "as"/"en", one to three capitalised words (the character), then "from"/"de". Folded. */
const COSTUME_VERBS = new Set(['went', 'go', 'going', 'goes', 'dressed', 'dress', 'came', 'come', 'costume', 'cosplay', 'deguise', 'deguisee', 'deguises', 'deguisees', 'deguiser', 'habille', 'habillee']);
const COSTUME_LINKS = new Set(['as', 'en']);
const CHARACTER_FROM = new Set(['from', 'de', 'd', 'chez']);
/** Words for one's subscription to a service, after its name (see subscriptionAfter). */
const SUBSCRIPTION_NOUNS = new Set(['subscription', 'subscriptions', 'membership']);
const SUBSCRIBING_LINKS = new Set(['to', 'on', 'a', 'au', 'sur']);
/** "l'ancien Hôpital Sainte-Claire", "the old St Claire hospital": an institution's former building, now a place to
 * visit. Folded. */
const FORMER = new Set(['ancien', 'ancienne', 'former', 'old', 'vieil', 'vieille', 'vieux']);
/** Works a quoted title names: "« Les Nuits de l'Hôpital Sainte-Claire », roman", "lu", "the novel". Folded. */
const WORK_OF_ART = new Set([
  'roman', 'romans', 'novel', 'novels', 'livre', 'livres', 'book', 'books', 'lu', 'lue', 'lire', 'read', 'reading',
  'lecture', 'bd', 'polar', 'thriller', 'essai', 'recit', 'memoir', 'memoires', 'film', 'movie', 'documentaire',
  'documentary', 'piece', 'play', 'album', 'chanson', 'song', 'podcast', 'serie', 'series', 'spectacle', 'show',
  'exposition', 'exhibition', 'auteur', 'autrice', 'author', 'ecrivain', 'writer', 'editions', 'publisher', 'tome',
  'chapitre', 'chapter', 'poeme', 'poem', 'opera',
]);
/** An exercise for learners: "l'exercice de consolidation que je donne aux alternants", "a case study for my
 * students": the name is a made-up example. Both kinds of word must be near (an "exercice" is a fiscal year too). */
const TEACHING = new Set([
  'exercice', 'exercices', 'exercise', 'exercises', 'textbook', 'manuel', 'examen', 'exam', 'exams', 'partiel',
  'partiels', 'homework', 'devoir', 'devoirs', 'corrige', 'quiz', 'td', 'enonce',
]);
const LEARNERS = new Set([
  'etudiant', 'etudiants', 'etudiante', 'etudiantes', 'eleve', 'eleves', 'alternant', 'alternants', 'alternantes',
  'apprenant', 'apprenants', 'student', 'students', 'pupils', 'learners', 'trainees', 'classe', 'promo', 'lecturer',
  'professeur', 'prof', 'teacher', 'teach', 'teaching', 'enseigne', 'enseigner',
]);
/** Events of one's own life that happen at a place, the name's: "née mardi à l'Hôpital Sainte-Claire", "born at",
 * "hospitalisé à". Folded. */
const PERSONAL_EVENTS = new Set([
  'ne', 'nee', 'nes', 'nees', 'born', 'accouche', 'accouchee', 'hospitalise', 'hospitalisee', 'hospitalised',
  'hospitalized', 'married', 'mariee', 'maries',
  // naître conjugated and its noun, a birth, a stay or an operation one had there: "ma fille naissait à l'Hôpital …"
  'nait', 'naissait', 'naissaient', 'naquit', 'naitre', 'naissance', 'birth', 'accouchement', 'opere', 'operee',
  'operated', 'soigne', 'soignee',
]);
/** "à", "at", "in": the link between such an event and its place. Folded. */
const PLACE_LINKS = new Set(['a', 'au', 'at', 'in']);
/** Software named with the common stock of names, and words that only its public sense brings along: "Kestrel"
 * behind IIS in a .NET stack is ASP.NET's web server, "MongoDB Atlas" a database service. Folded. */
const PUBLIC_SOFTWARE = new Map<string, ReadonlySet<string>>([
  // Behind a reverse proxy ("Notre API tourne sur Kestrel derrière nginx", fresh40, 2026-12-04).
  ['kestrel', new Set(['aspnet', 'asp', 'dotnet', 'iis', 'csharp', 'blazor', 'nuget', 'msbuild', 'nginx', 'haproxy', 'traefik', 'yarp'])],
  ['orion', new Set(['solarwinds', 'kagi', 'fiware'])],
  ['nebula', new Set(['wireguard', 'tailscale', 'zerotier', 'nebulagraph'])],
  ['atlas', new Set(['mongodb', 'mongo'])],
  ['phoenix', new Set(['elixir', 'liveview', 'erlang'])],
  ['falcon', new Set(['crowdstrike'])],
  ['apollo', new Set(['graphql'])],
]);
/** The fictional firms the policy's names come from, and words only their fiction brings along: Globex is Hank Scorpio's in
 * The Simpsons, Initech the firm of Office Space's TPS reports ("every demo customer … is called Globex Corporation. Our new
 * intern asked why Hank Scorpio never paid", "Initech's TPS reports", fresh90, fresh91, 2026-12-05). Folded. */
const FICTION_OF_NAME = new Map<string, ReadonlySet<string>>([
  ['globex', new Set(['simpsons', 'simpson', 'scorpio', 'springfield'])],
  ['initech', new Set(['tps', 'lumbergh', 'swingline', 'gibbons', 'milton'])],
]);
// How far from a software name its public stack is read, in words (a sentence or two).
const SOFTWARE_WORDS = 25;
/** Words of work in the same sentences that outweigh the sky or fiction: "Orion, our project named after the
 * constellation, goes into beta", "avec la NASA comme premier client". Folded. */
// Not "launch": rockets are launched too.
const WORK_CONTEXT = new Set([
  'projet', 'projets', 'project', 'projects', 'programme', 'client', 'clients', 'customer', 'customers', 'signed', 'signe', 'signature', 'beta',
  'prod', 'production', 'pilote', 'pilot', 'release', 'roadmap', 'sprint', 'deploiement', 'deployment', 'rollout',
  'migration', 'contract', 'contrat', 'deal', 'renewal', 'renouvellement', 'supplier', 'fournisseur',
  'partenaire', 'partner', 'utilisateurs', 'users', 'golive',
  // Shipping one's own work: "we shipped the orion dashboard", "la livraison de nebula" (not "launch": "the Orion launch" is NASA's too; not "livré", folded to "livre", a book).
  'shipped', 'ship', 'ships', 'shipping', 'livraison', 'deployed', 'deploye', 'deployee',
  // A thing being built: "le proto Orion a tenu 72 h sous la neige" (not a TV "série" for its "pré-série", fresh31, 2026-12-04).
  'proto', 'protos', 'prototype', 'prototypes', 'poc', 'mvp', 'firmware',
  // An agency's production work: campaigns, shoots, castings, WIP meetings ("- Orion : shooting confirmed for the 18th, casting
  // call tomorrow", "campagnes de dons, films avec les soignants", fresh76, 2026-12-04): films made for a client, not watched.
  'campaign', 'campaigns', 'shooting', 'shoot', 'casting', 'wip', 'brief', 'briefs', 'recut', 'pitch',
]);
/** Institution-like first words of a listed name: "L'Hôpital Sainte-Claire", "La Société Générique" keep a capital article. */
const INSTITUTION_HEADS = /^(?:hopital|hospital|societe|compagnie|banque|bank|universite|university|clinique|clinic|groupe|group|ecole|institut|laboratoire)\b/;
/** Articles that start another establishment's own name when written with a capital mid-sentence: "dinner at L'Atlas Bleu". */
const NAME_ARTICLES = new Set(['L', 'Le', 'La', 'Les', 'The']);
const NAME_ARTICLE_WORDS = new Set(['l', 'le', 'la', 'les', 'the']);
const SENTENCE_BREAK = /[.!?\n]/;
const OPENING_QUOTE_GAP = /^[ \t\u00a0]*[«"“][ \t\u00a0]*$/u;
const SPACE_ONLY = /^[ \t\u00a0\u202f-]+$/;
const APOSTROPHE = /^['’]$/;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const POSSESSIVE_END = /['’]s?$/;
/** Quotes around a title or a name: « », “ ”, " ". */
const QUOTE_OPENING = /[«“"]/;
const QUOTE_CLOSING = /[»”"]/;
const QUOTE_OPENING_GAP = /^\s*[«“"]\s*$/;
/** A comma, bracket or dash between a name and what it is: "Orion, our puppy", "Orion (notre chiot)". */
const APPOSITION_GAP = /^\s*[,(–—-]\s*$/;
/** A comma after a name, its closing quote maybe before it ('"Nebula", the novel'). */
const COMMA_AFTER_TITLE = /^["”»’]?\s*,\s*$/;
/** A model number: digits, perhaps with letters ("5500", "X3", "700c"); not a year ("Orion 2026"), a version ("v2"). */
const MODEL_NUMBER = /^(?!(?:19|20)\d\d$)[^\P{L}]{0,2}\d{2,5}[^\P{L}]{0,2}$/u;
/** A brand in camel case ("SolarWinds"), see brandBefore; a plural noun, see definiteLowerModifier; words of publishing, see bookTitle. */
const CAMEL_BRAND = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/;
const PLURAL_NOUN = /^[a-z]{3,}[^s]s$/;
const PUBLISHING = /(?<![^\P{L}])(?:[ée]ditions?|editions?|publishers?|[ée]diteurs?|parution|vient de (?:sortir|para[îi]tre)|just (?:published|out)|librairies?|bookshops?|bookstores?|livres?|books?|romans?|novels?|tomes?|isbn)(?![^\P{L}])/iu;
// A class of vehicles or ships named after it ("Kestrel-class drones", "la classe Orion", fresh83, 2026-12-05).
const CLASS_AFTER = /^-(?:class|classe|type)(?![^\P{L}])/iu;
/** The patterns of these signals, for the rules' `patterns` (the ReDoS test walks them). */
/** A quote before a name and, after it, its closing quote and a year in brackets (see titleWithYear). */
const QUOTE_BEFORE = /["“«‘'][ \u00a0]?$/u;
const YEAR_AFTER = /^[ \u00a0]?["”»’'][ \t]?\((?:1[89]|20)\p{N}{2}\)/u;
// "Le Nebula, c'est le bar": see placeNamedAfter.
const IS_A_PLACE = /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:c['’]est|is|was|[ée]tait)[ \t\u00a0]+(?:le|la|l['’]|un|une|the|a|an)[ \t\u00a0]*(?:[\p{L}-]+[ \t\u00a0]+)?$/u;
export const PUBLIC_SENSE_PATTERNS: readonly RegExp[] = [CLASS_AFTER, IS_A_PLACE, QUOTE_BEFORE, YEAR_AFTER, QUOTE_OPENING, QUOTE_CLOSING, QUOTE_OPENING_GAP, ACRONYM, INSTITUTION_HEADS, SENTENCE_BREAK, SPACE_ONLY, APOSTROPHE, STARTS_LOWER, STARTS_UPPER, POSSESSIVE_END, APPOSITION_GAP, COMMA_AFTER_TITLE, MODEL_NUMBER, CAMEL_BRAND, PLURAL_NOUN, PUBLISHING];
// How far around a name its context is read, in words (about a sentence either side).
const CONTEXT_WORDS = 40;

/**
 * The matches of policy names used in the company's own sense: drops those in a public meaning (see above).
 * `words` is the draft's word list the matches were found in, `matches` sorted by start, without overlaps; `exempt` keeps a match whatever its context (hashtags).
 */
export function ownSenseMatches(
  text: string,
  words: WordList,
  matches: TermMatch[],
  exempt: (match: TermMatch) => boolean,
  /** Whether a company form after the name ("Kestrel Capital") makes it another organisation's. */
  companyFormIsOther: (match: TermMatch) => boolean = () => false,
): TermMatch[] {
  if (matches.length === 0) return matches;
  const context = contextWordsOf(text, words);
  const signals = new SignalWords(words);
  // Spans of longer public names ("Orion Nebula"): a listed name inside one ("Nebula") is public too.
  let publicUntil = -1;
  let first = 0;
  const kept: TermMatch[] = [];
  // Word spans of the kept matches, and the names (folded words) a local signal showed in their public sense.
  const keptFirst: number[] = [];
  const keptLast: number[] = [];
  let publicNames: Set<string> | undefined;
  // The draft's work words, read once and only when a name needs them.
  let software: SoftwareStacks | undefined;
  for (const match of matches) {
    if (exempt(match)) {
      kept.push(match);
      continue;
    }
    if (match.start < publicUntil) continue;
    // Matches come sorted: the name's first word is at or just after the previous one's.
    first = wordAtOrAfter(words.starts, match.start, first);
    let last = first;
    while (last < words.count && (words.starts[last] as number) < match.end) last += 1;
    last -= 1;
    if (first >= words.count || last < first) {
      kept.push(match);
      continue;
    }
    if (signals.near(first, last) || modelNumberAt(text, words, last + 1)) {
      const head = publicHeadAfter(text, words, last);
      if (head >= 0) {
        publicUntil = words.ends[head] as number;
        (publicNames ??= new Set()).add(nameKey(words, first, last));
        continue;
      }
      const form = companyFormIsOther(match) ? companyFormAfter(text, words, last) : -1;
      if (form >= 0 || commonNounUse(text, words, first, last) || publicKindBefore(text, words, first) || ((placeIntroduced(text, words, first) || placeNamedAfter(text, words, last)) && !ownUseNear(words, first, last)) || titleWithYear(text, words, first, last) || ownedByAcronym(text, words, first, last) || namedByArticle(text, words, first, match) || (fromTitle(text, words, last) && !ownUseNear(words, first, last))) {
        (publicNames ??= new Set()).add(nameKey(words, first, last));
        continue;
      }
      // Signals that other people's things are named so too (a pet, a beer, a birthplace): outweighed by work near.
      if ((indefiniteCommonNoun(text, words, first, last) || definiteLowerModifier(text, words, first, last) || personalKindAround(text, words, first, last) || goodsAround(text, words, first, last) || eventPlaceBefore(text, words, first) || subscribedTo(text, words, first) || subscriptionAfter(text, words, first, last) || costumeFrom(text, words, first) || formerBuilding(text, words, first, match)) && !ownUseNear(words, first, last)) {
        (publicNames ??= new Set()).add(nameKey(words, first, last));
        continue;
      }
    }
    if (first === last && PUBLIC_SOFTWARE.has(foldedAt(words, first)) && (software ??= new SoftwareStacks(text, words)).near(first) && !ownUseNear(words, first, last)) {
      (publicNames ??= new Set()).add(nameKey(words, first, last));
      continue;
    }
    // A pet or a child called so ("notre chien s'appelle Orion") and a vendor's brand before the name outweigh work
    // words near (a clinic's dog greets its clients; one migrates off "SolarWinds Orion" at work).
    if (calledSoAsPet(words, first) || petAfter(text, words, last) || placeOrCompanyAfter(text, words, last) || brandBefore(text, words, first) || fromFiction(words, first) || CLASS_AFTER.test(text.slice(words.ends[last] as number, (words.ends[last] as number) + 8)) || theWordBefore(words, first) || lowerCaseCommonNoun(text, words, first, last) ||
      ((attributedAfter(text, words, last) || bookTitle(text, words, first, last) || mediaWorkAfter(text, words, first, last) || inTheSky(text, words, first, last) || inTheWild(words, first, last) || kindCalledBefore(words, first) || nameOfKindAfter(words, last) || nicknameOfKind(words, first) ||
        colourCoordinated(words, last)) && !ownUseNear(words, first, last))) {
      (publicNames ??= new Set()).add(nameKey(words, first, last));
      continue;
    }
    if (quotedTitle(text, words, first, last) && !ownUseNear(words, first, last)) {
      (publicNames ??= new Set()).add(nameKey(words, first, last));
      continue;
    }
    if (context !== undefined && inPublicContext(words, context, first, last, matches)) continue;
    kept.push(match);
    keptFirst.push(first);
    keptLast.push(last);
  }
  // '"Nebula" by Ann Leckie (Hugo and Nebula Award winner)': once the post shows a name's public sense, its other
  // mentions there are public too, unless they carry a sign of the company's own use. Rare: only after a signal fired.
  if (publicNames !== undefined) {
    const names = publicNames;
    const own = kept.filter((match, at) => exempt(match) || !names.has(nameKey(words, keptFirst[at] as number, keptLast[at] as number)) || ownUseNear(words, keptFirst[at] as number, keptLast[at] as number));
    if (own.length !== kept.length) return own;
  }
  return kept.length === matches.length ? matches : kept;
}

/** A name's folded words, to tell its mentions in one draft. */
function nameKey(words: WordList, first: number, last: number): string {
  let key = foldedAt(words, first);
  for (let index = first + 1; index <= last; index += 1) key += ` ${foldedAt(words, index)}`;
  return key;
}

/** The draft's WORK_CONTEXT words, found once per draft: a paste naming a name thousands of times reads each word once. */
const WORK_TEST: WordTest = { pickWord: (word) => WORK_CONTEXT.has(word) };

/** Whether a mention has the company's own use about it: a neighbour ("team Nebula") or a work word in its sentences. */
function ownUseNear(words: WordList, first: number, last: number): boolean {
  for (const index of [first - 1, last + 1]) {
    if (index >= 0 && index < words.count && OWN_NEIGHBOURS.has(foldedAt(words, index))) return true;
  }
  return anyPositionWithin(wordPositions(words, WORK_TEST), first - CONTEXT_WORDS, last + CONTEXT_WORDS);
}

/** The capitalised company form right after a name ("Kestrel Capital", "Orion SA"), or -1. */
function companyFormAfter(text: string, words: WordList, last: number): number {
  const next = last + 1;
  if (next >= words.count || !COMPANY_FORMS.has(foldedAt(words, next))) return -1;
  const start = words.starts[next] as number;
  if (!STARTS_UPPER.test(text.slice(start, start + 2))) return -1;
  return SPACE_ONLY.test(text.slice(words.ends[last] as number, start)) ? next : -1;
}

/** "Globex Corporation from The Simpsons", "Initech dans Les Simpson": the name (and its company form), then "from",
 * "in", "dans" and a title opened by a capitalised article mid-sentence ("The", "Les"), as films and shows are named.
 * A place is written so too ("Globex from The Hague"): the caller lets work words near the name outweigh it. */
function fromTitle(text: string, words: WordList, last: number): boolean {
  let at = last + 1;
  if (at < words.count && COMPANY_FORMS.has(foldedAt(words, at))) at += 1;
  if (at + 2 >= words.count || !TITLE_LINKS.has(foldedAt(words, at))) return false;
  const article = text.slice(words.starts[at + 1] as number, words.ends[at + 1] as number);
  if (!NAME_ARTICLES.has(article) || article === 'L') return false;
  const title = words.starts[at + 2] as number;
  if (!STARTS_UPPER.test(text.slice(title, title + 2))) return false;
  for (let index = last; index < at + 2; index += 1) {
    if (!SPACE_ONLY.test(text.slice(words.ends[index] as number, words.starts[index + 1] as number))) return false;
  }
  return true;
}

/** First index at or after `from` whose value is at or after `position` in sorted `values`: a step or two from `from` in the usual case. */
function wordAtOrAfter(values: ArrayLike<number>, position: number, from: number): number {
  for (let index = from; index < from + 3; index += 1) {
    if (index >= values.length || (values[index] as number) >= position) return index;
  }
  return firstAtOrAfter(values, position);
}

/** Every word the signals below read beside a name (folded; kind nouns also in the plural). */
const SIGNAL_WORDS = new Set([
  ...PUBLIC_HEADS, ...PUBLIC_KINDS, ...OF_WORDS, ...OWNER_LINKS, ...NAME_ARTICLE_WORDS, ...INDEFINITE_ARTICLES, ...COMPANY_FORMS, 's',
  ...PERSONAL_KINDS, ...NAMING_VERBS, ...CONSUMER_GOODS, ...PERSONAL_EVENTS, ...PLACE_LINKS, ...DETERMINERS, ...SUBSCRIBING,
  ...FORMER, ...SUBSCRIPTION_NOUNS, ...COSTUME_VERBS, ...COSTUME_LINKS, ...CHARACTER_FROM,
]);
/** How far from a name the signals read (words before "nébuleuse d'Orion", after "Orion de la NASA", "Orion, our
 * new rescue puppy"). */
const SIGNAL_REACH = 4;

/**
 * Whether any word within reach of a name is one a signal reads, or could be an owner's acronym: when none is,
 * no signal can fire and the name is looked at no further. A pasted text can name a codename thousands of times,
 * met cold: the words within reach are found once, for all its mentions.
 */
class SignalWords {
  private positions: ArrayLike<number> | undefined;
  constructor(private readonly words: WordList) {}

  near(first: number, last: number): boolean {
    this.positions ??= wordPositions(this.words, SIGNAL_TEST);
    return anyPositionWithin(this.positions, Math.max(0, first - SIGNAL_REACH), Math.min(this.words.count - 1, last + SIGNAL_REACH));
  }
}
const SIGNAL_TEST: WordTest = {
  pickWord: (word) => SIGNAL_WORDS.has(word) || SIGNAL_WORDS.has(singular(word)),
  // Capitals only, no digit: perhaps an acronym ("NASA's Orion").
  pickFlags: (flags) => (flags & (WORD_LOWER | WORD_DIGIT)) === 0,
};

/** The word after a name (after "'s") when it is a public head noun ("Orion's belt"), or -1. */
function publicHeadAfter(text: string, words: WordList, last: number): number {
  let next = last + 1;
  if (next >= words.count) return -1;
  if (foldedAt(words, next) === 's' && APOSTROPHE.test(text.slice(words.ends[last] as number, words.starts[next] as number))) next += 1;
  if (next >= words.count || !PUBLIC_HEADS.has(foldedAt(words, next))) return -1;
  return SPACE_ONLY.test(text.slice(words.ends[next - 1] as number, words.starts[next] as number)) ? next : -1;
}

/** "a nebula", "the Crab Nebula": a name that is itself a common noun of a public kind, used as one (after "a",
 * "une") or as the head of another proper name (after a capitalised word mid-sentence). */
function commonNounUse(text: string, words: WordList, first: number, last: number): boolean {
  if (first !== last || first < 1 || !PUBLIC_HEADS.has(foldedAt(words, first))) return false;
  const before = foldedAt(words, first - 1);
  // Written in lower case after "a": a common noun ("a nebula"); "un Nebula plus rapide" is a product's.
  if (INDEFINITE_ARTICLES.has(before)) return STARTS_LOWER.test(text.slice(words.starts[first] as number, (words.starts[first] as number) + 2));
  const start = words.starts[first - 1] as number;
  // A capitalised word, not an acronym ("the IT Nebula squad") nor the company's own ("l'équipe Nebula").
  if (!STARTS_UPPER.test(text.slice(start, start + 2)) || ((words.flags[first - 1] as number) & WORD_LOWER) === 0) return false;
  if (OWN_NEIGHBOURS.has(before) || first < 2) return false;
  if (!SPACE_ONLY.test(text.slice(words.ends[first - 1] as number, words.starts[first] as number))) return false;
  // At a sentence start the capital is the sentence's ("Bravo Nebula!").
  return !SENTENCE_BREAK.test(text.slice(words.ends[first - 2] as number, start));
}

/** Whether a word or its singular is in a list of kinds ("fils" is listed as it is, "chats" as "chat"). */
function isKind(kinds: ReadonlySet<string>, word: string): boolean {
  return kinds.has(word) || kinds.has(singular(word));
}

const MOUNTAIN_ARTICLES = new Set(['le', 'du', 'au', 'ce', 'un', 'the', 'a']);

/** "cedres" → "cedre": kind nouns are listed in the singular. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** A kind noun right before the name, or before "de", "d'", "of the" ("la nébuleuse d'Orion"). */
function publicKindBefore(text: string, words: WordList, first: number): boolean {
  let bridged = false;
  for (let at = first - 1; at >= 0 && at >= first - 3; at -= 1) {
    const word = singular(foldedAt(words, at));
    const kind = PUBLIC_KINDS.has(word);
    if (!kind && (at === first - 3 || !OF_WORDS.has(word))) return false;
    const gap = text.slice(words.ends[at] as number, words.starts[at + 1] as number);
    // Or an opening quote right before the name ("couscous « Atlas bleu »", "la pièce « Orion » de Kaija Saariaho", fresh109, fresh112).
    if (!SPACE_ONLY.test(gap) && !APOSTROPHE.test(gap) && !(at === first - 1 && OPENING_QUOTE_GAP.test(gap))) return false;
    // "la collection capsule Société Générique x …": fashion's capsule collection, not a spacecraft (fresh8).
    if (kind && word === 'capsule' && at > 0 && foldedAt(words, at - 1) === 'collection') return false;
    // "l'import massif de l'Hôpital Sainte-Claire": French "massif" is "massive" too; the mountains take an article (fresh73).
    if (kind && word === 'massif' && (at === 0 || !MOUNTAIN_ARTICLES.has(foldedAt(words, at - 1)))) return false;
    if (kind) return !bridged || PUBLIC_KINDS_OF.has(word);
    bridged = true;
  }
  return false;
}

/** 'Just watched "Nebula" (2024) on the flight' (fresh33, 2026-12-04): a quoted name and a year in brackets, a work's title. */
function titleWithYear(text: string, words: WordList, first: number, last: number): boolean {
  const start = words.starts[first] as number;
  const end = words.ends[last] as number;
  return QUOTE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && YEAR_AFTER.test(text.slice(end, end + 12));
}

/** Places one stays, eats or meets at, introduced before a colon (see placeIntroduced). Folded, singular. */
const PLACES = new Set(['hotel', 'restaurant', 'resto', 'brasserie', 'residence', 'hostel', 'auberge', 'gite', 'camping', 'motel', 'salle', 'room', 'cafe', 'bar', 'venue', 'lieu']);
/** Words between the place and the colon. */
const PLACE_REACH = 6;

/** "Notre hôtel pour le séminaire : l'Orion, à deux pas de la gare" (fresh30, 2026-12-04): a place, a colon, then the name
 * with its article. */
function placeIntroduced(text: string, words: WordList, first: number): boolean {
  const article = first - 1;
  if (article < 1 || !NAME_ARTICLE_WORDS.has(foldedAt(words, article))) return false;
  const glue = text.slice(words.ends[article] as number, words.starts[first] as number);
  if (!APOSTROPHE.test(glue) && !SPACE_ONLY.test(glue)) return false;
  if (!/^[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*$/u.test(text.slice(words.ends[article - 1] as number, words.starts[article] as number))) return false;
  for (let at = article - 1; at >= 0 && at >= article - PLACE_REACH; at -= 1) {
    if (PLACES.has(singular(foldedAt(words, at)))) return true;
    if (at > 0 && SENTENCE_BREAK.test(text.slice(words.ends[at - 1] as number, words.starts[at] as number))) return false;
  }
  return false;
}

/** "Le Nebula, c'est le bar en bas du studio", "Orion is the café next door" (fresh37, 2026-12-04): the name said to be a place. */
function placeNamedAfter(text: string, words: WordList, last: number): boolean {
  for (let at = last + 2; at < words.count && at <= last + 5; at += 1) {
    if (!PLACES.has(singular(foldedAt(words, at)))) continue;
    return IS_A_PLACE.test(text.slice(words.ends[last] as number, words.starts[at] as number).toLowerCase());
  }
  return false;
}

/** Whether an outside organisation's acronym owns the name: "CME Globex", "NASA's Orion", "Orion de la NASA". */
function ownedByAcronym(text: string, words: WordList, first: number, last: number): boolean {
  // An all-capitals name among capitals ("GO-LIVE NASA ORION") says nothing of an owner.
  let lower = false;
  for (let index = first; index <= last && !lower; index += 1) lower = ((words.flags[index] as number) & WORD_LOWER) !== 0;
  if (!lower) return false;
  let before = first - 1;
  if (before >= 1 && foldedAt(words, before) === 's' && APOSTROPHE.test(text.slice(words.ends[before - 1] as number, words.starts[before] as number))) before -= 1;
  if (before >= 0 && isOwner(text, words, before) && SPACE_ONLY.test(text.slice(words.ends[before] as number, words.starts[before + 1] as number).replace(POSSESSIVE_END, ' '))) return true;
  // "Globex (the CME's electronic trading platform)": the owner's acronym opening a bracket right after (fresh73, 2026-12-04).
  const bracketed = last + 1 < words.count ? OWNER_BRACKET.exec(text.slice(words.ends[last] as number, (words.ends[last] as number) + 20)) : null;
  if (bracketed !== null && !OWN_ACRONYMS.has((bracketed[1] as string).toLowerCase())) return true;
  // "Orion de la NASA", "Orion of ESA": up to two linking words, then the acronym.
  for (let at = last + 1, steps = 0; at < words.count && steps < 3; at += 1, steps += 1) {
    const owner = steps > 0 && isOwner(text, words, at);
    if (!owner && !OWNER_LINKS.has(foldedAt(words, at))) return false;
    const gap = text.slice(words.ends[at - 1] as number, words.starts[at] as number);
    if (!SPACE_ONLY.test(gap) && !APOSTROPHE.test(gap)) return false;
    if (owner) return true;
  }
  return false;
}

const OWNER_BRACKET = /^[ \t]*\([ \t]*(?:the[ \t]+|la[ \t]+|le[ \t]+)?(\p{Lu}{2,5})['’]s[ \t]/u;

/** Whether word `index` is an outside organisation's acronym ("NASA", "CME"), not one of the company's own units. */
function isOwner(text: string, words: WordList, index: number): boolean {
  // Flags first: most words have a lower-case letter.
  if (((words.flags[index] as number) & (WORD_LOWER | WORD_DIGIT)) !== 0) return false;
  const word = text.slice(words.starts[index] as number, words.ends[index] as number);
  return ACRONYM.test(word) && !OWN_ACRONYMS.has(foldedAt(words, index));
}

/** "at L'Atlas Bleu": a capitalised article glued to the name mid-sentence makes it another establishment's name. */
function namedByArticle(text: string, words: WordList, first: number, match: TermMatch): boolean {
  const article = first - 1;
  if (article < 1 || !NAME_ARTICLE_WORDS.has(foldedAt(words, article))) return false;
  if (match.term !== undefined && INSTITUTION_HEADS.test(match.term)) return false;
  const word = text.slice(words.starts[article] as number, words.ends[article] as number);
  if (!NAME_ARTICLES.has(word)) return false;
  const glue = text.slice(words.ends[article] as number, words.starts[first] as number);
  if (!APOSTROPHE.test(glue) && !SPACE_ONLY.test(glue)) return false;
  // At a sentence start the capital is the sentence's.
  return !SENTENCE_BREAK.test(text.slice(words.ends[article - 1] as number, words.starts[article] as number));
}

const PUBLIC = 1;
const WORK = 2;
/** The first word of a two-word title, public once the second follows (see titleAt). */
const TITLE = 3;
/** An exercise and learners: public only when both are near the name (see TEACHING). */
const TEACH = 4;
const LEARN = 5;
/** The draft's context words: their word indexes in order, and PUBLIC or WORK for each. */
interface ContextWords {
  indexes: number[];
  kinds: number[];
}
/** Undefined when the draft has no PUBLIC_CONTEXT word (usual): one pass over the distinct words, made only when
 * the draft names a listed name; then one pass over the words' numbers to place them. */
function contextWordsOf(text: string, words: WordList): ContextWords | undefined {
  let flags: Uint8Array | undefined;
  const { vocabulary } = words;
  for (let id = 0; id < vocabulary.length; id += 1) {
    const word = vocabulary[id] as string;
    if (PUBLIC_CONTEXT.has(word)) (flags ??= new Uint8Array(vocabulary.length))[id] = PUBLIC;
    else if (TITLE_PAIRS.has(word)) (flags ??= new Uint8Array(vocabulary.length))[id] = TITLE;
    else if (TEACHING.has(word)) (flags ??= new Uint8Array(vocabulary.length))[id] = TEACH;
    else if (LEARNERS.has(word)) (flags ??= new Uint8Array(vocabulary.length))[id] = LEARN;
  }
  if (!flags) return undefined;
  for (let id = 0; id < vocabulary.length; id += 1) if (WORK_CONTEXT.has(vocabulary[id] as string)) flags[id] = WORK;
  const found: ContextWords = { indexes: [], kinds: [] };
  for (let index = 0; index < words.count; index += 1) {
    let kind = flags[words.ids[index] as number] as number;
    if (kind === TITLE) kind = titleAt(text, words, index) ? PUBLIC : 0;
    // "Orion, les Pléiades et Jupiter au programme" (fresh32, 2026-12-04): on the evening's agenda, not a programme of work.
    if (kind === WORK && index > 0 && foldedAt(words, index) === 'programme' && foldedAt(words, index - 1) === 'au') kind = 0;
    // "capacités de série", "production en série" (fresh81, 2026-12-05): industry's series production, not a TV series.
    if (kind === PUBLIC && index > 0 && foldedAt(words, index) === 'serie' && SERIES_PRODUCTION_BEFORE.has(foldedAt(words, index - 1))) kind = 0;
    if (kind === 0) continue;
    found.indexes.push(index);
    found.kinds.push(kind);
  }
  return found;
}

const SERIES_PRODUCTION_BEFORE = new Set(['de', 'en', 'pre']);

/** Whether the sentences around the name speak of the sky or of fiction, and nothing near it of the company's work. */
function inPublicContext(words: WordList, context: ContextWords, first: number, last: number, matches: readonly TermMatch[]): boolean {
  for (const index of [first - 1, last + 1]) {
    if (index >= 0 && index < words.count && OWN_NEIGHBOURS.has(foldedAt(words, index))) return false;
  }
  const to = last + 1 + CONTEXT_WORDS;
  let spoken = false;
  let teach = false;
  let learn = false;
  for (let at = firstAtOrAfter(context.indexes, first - CONTEXT_WORDS); at < context.indexes.length; at += 1) {
    const index = context.indexes[at] as number;
    if (index >= to) break;
    const kind = context.kinds[at];
    if (kind === WORK) return false;
    if (kind === TEACH || kind === LEARN) {
      teach ||= kind === TEACH;
      learn ||= kind === LEARN;
      spoken ||= teach && learn;
      continue;
    }
    if (spoken) continue;
    // A listed name is not context for another ("Orion et Nebula").
    const start = words.starts[index] as number;
    const after = firstStartingAtOrAfter(matches, start + 1);
    spoken = !(after > 0 && (matches[after - 1] as TermMatch).end > start);
  }
  return spoken;
}

/** Whether word `index` opens a two-word title of TITLE_PAIRS, both words capitalised ("Office Space"). */
function titleAt(text: string, words: WordList, index: number): boolean {
  const next = index + 1;
  if (next >= words.count || !TITLE_PAIRS.get(foldedAt(words, index))?.has(foldedAt(words, next))) return false;
  const start = words.starts[index] as number;
  const second = words.starts[next] as number;
  return STARTS_UPPER.test(text.slice(start, start + 2)) && STARTS_UPPER.test(text.slice(second, second + 2)) && SPACE_ONLY.test(text.slice(words.ends[index] as number, second));
}

/** The gap of text between word `index` and the next one. */
function gapAfter(text: string, words: WordList, index: number): string {
  return text.slice(words.ends[index] as number, words.starts[index + 1] as number);
}

/**
 * Whether the gap after word `index` is one plain space, the most common gap: no quote, no sentence break, no
 * apposition. Told by two numbers and a char code, so loops over the words around every mention of a name (a paste
 * repeating it thousands of times) skip the slice and the regex tests (2026-12-03).
 */
function plainSpaceAfter(text: string, words: WordList, index: number): boolean {
  const end = words.ends[index] as number;
  return (words.starts[index + 1] as number) - end === 1 && text.charCodeAt(end) === 32;
}

function startsLower(text: string, words: WordList, index: number): boolean {
  const start = words.starts[index] as number;
  return STARTS_LOWER.test(text.slice(start, start + 2));
}

/** French subjects of "a" (has): "on a société générique demain" is a meeting, not "a" the article. Folded. */
const FRENCH_SUBJECTS = new Set(['on', 'il', 'elle', 'qui', 'ca', 'cela', 'y', 'j', 'tout', 'chacun', 'personne', 'equipe']);
/** Whether word `index` is an indefinite article as written ("un", "a"; not "à", folded to "a" too), a possessive or
 * a demonstrative ("mon", "cette", "our"). */
function indefiniteAt(text: string, words: WordList, index: number): boolean {
  return articleAt(text, words, index) || DETERMINERS.has(writtenAt(text, words, index));
}

/** Whether word `index` is an indefinite article as written: "un", "une", "an", "a" (not "à", nor French "on a"). */
function articleAt(text: string, words: WordList, index: number): boolean {
  const word = writtenAt(text, words, index);
  if (word === 'a') return index === 0 || !FRENCH_SUBJECTS.has(foldedAt(words, index - 1));
  return ARTICLE_AS_WRITTEN.has(word);
}

/** "un vieil atlas bleu de 1962", "une société générique de médicaments", "mon vieil atlas bleu de CM2": the name in
 * lower case as a common noun phrase, after an indefinite article, a possessive or a demonstrative and perhaps one
 * adjective. A company's own project or client is not "a" one, and written as its name it has its capitals. */
function indefiniteCommonNoun(text: string, words: WordList, first: number, last: number): boolean {
  for (let index = first; index <= last; index += 1) if (!startsLower(text, words, index)) return false;
  let at = first - 1;
  if (at < 0) return false;
  if (!indefiniteAt(text, words, at)) {
    const word = foldedAt(words, at);
    if (((words.flags[at] as number) & WORD_DIGIT) !== 0 || !startsLower(text, words, at) || OWN_NEIGHBOURS.has(word) || WORK_CONTEXT.has(word)) return false;
    if (!SPACE_ONLY.test(gapAfter(text, words, at))) return false;
    at -= 1;
    if (at < 0 || !indefiniteAt(text, words, at)) return false;
  }
  if (!SPACE_ONLY.test(gapAfter(text, words, at))) return false;
  return last + 1 >= words.count || !OWN_NEIGHBOURS.has(foldedAt(words, last + 1));
}

/**
 * The common noun phrase of several words, whatever the words around ("le gros atlas bleu de la bibliothèque de mon grand-père",
 * "« une société générique qui pourrait être n'importe qui »", fresh76, fresh77, 2026-12-04): a listed name of several words
 * written all in lower case after an article is a thing, not the project or the client, which are written with capitals.
 */
function lowerCaseCommonNoun(text: string, words: WordList, first: number, last: number): boolean {
  if (first === last) return false;
  for (let index = first; index <= last; index += 1) if (!startsLower(text, words, index)) return false;
  // Written in full, accents included, after "de" or an opening quote ('pas des "médicaments de société générique"', '"société
  // générique" dans les statuts types', fresh82, fresh84, 2026-12-05): the common noun. A name typed in haste loses its
  // accents ("l'appel d'offres chez societe generique", fresh4): that one is the client.
  const accented = () => { for (let index = first; index <= last; index += 1) if (writtenAt(text, words, index) !== foldedAt(words, index)) return true; return false; };
  const quoted = QUOTE_BEFORE_WORD.test(text.slice(Math.max(0, (words.starts[first] as number) - 2), words.starts[first] as number));
  if (quoted || (first >= 1 && foldedAt(words, first - 1) === 'de' && SPACE_ONLY.test(gapAfter(text, words, first - 1)))) {
    if (!accented()) return false;
    return !notOursAfter(words, last);
  }
  if (first < 1) return false;
  let at = first - 1;
  if (!SPACE_ONLY.test(gapAfter(text, words, at))) return false;
  // Quoted with its definite article, in full ("On parle toujours de « la société générique » dans nos cas d'étude", fresh95,
  // 2026-12-05): the common noun put in quotes.
  if (DEFINITE_ARTICLES.has(foldedAt(words, at)) && QUOTE_BEFORE_WORD.test(text.slice(Math.max(0, (words.starts[at] as number) - 2), words.starts[at] as number))) {
    return accented() && (QUOTE_AFTER_WORD.test(text.slice(words.ends[last] as number, (words.ends[last] as number) + 2)) || !notOursAfter(words, last));
  }
  // An article as written ("une", "a"; not a possessive: "notre atlas bleu" is ours), or an adjective of a thing after one.
  if (!articleAt(text, words, at)) {
    if (!THING_ADJECTIVES.has(foldedAt(words, at)) || at < 1) return false;
    at -= 1;
    if (!ARTICLE_AS_WRITTEN.has(writtenAt(text, words, at)) && !DEFINITE_ARTICLES.has(foldedAt(words, at))) return false;
  }
  return !notOursAfter(words, last);
}
/** Whether what follows makes a name ours ("une société générique client depuis 2019", "de notre équipe"). */
function notOursAfter(words: WordList, last: number): boolean {
  for (let next = last + 1; next < words.count && next <= last + 3; next += 1) {
    const word = foldedAt(words, next);
    if (OWN_BEFORE.has(word) || (next === last + 1 && OWN_NEIGHBOURS.has(word))) return true;
  }
  return false;
}
const ARTICLE_AS_WRITTEN = new Set(['un', 'une', 'a', 'an']);
// An opening quote, single ones included ("my first job at a 'société générique' of consulting", fresh91, 2026-12-05).
const QUOTE_BEFORE_WORD = /["“«'‘][ \t\u00a0]?$/u;
const QUOTE_AFTER_WORD = /^[ \t\u00a0]?["”»'’]/u;
function writtenAt(text: string, words: WordList, index: number): string {
  return text.slice(words.starts[index] as number, words.ends[index] as number).toLowerCase();
}

/** "the nebula skyboxes", "the orion belt stars": a one-word name in lower case after "the", describing a lower-case
 * plural noun, as a common noun does (fresh7, 2026-12-03). Not a longer name ("the société générique procurement team"
 * is the client's), nor a singular noun ("the orion dashboard" is a product). */
function definiteLowerModifier(text: string, words: WordList, first: number, last: number): boolean {
  if (first !== last || !startsLower(text, words, first)) return false;
  const article = first - 1;
  const next = last + 1;
  if (article < 0 || next >= words.count || foldedAt(words, article) !== 'the') return false;
  if (!SPACE_ONLY.test(gapAfter(text, words, article)) || !SPACE_ONLY.test(gapAfter(text, words, last)) || !startsLower(text, words, next)) return false;
  const noun = foldedAt(words, next);
  return ((words.flags[next] as number) & WORD_DIGIT) === 0 && PLURAL_NOUN.test(noun) && !OWN_NEIGHBOURS.has(noun) && !WORK_CONTEXT.has(noun);
}

/** A brand in camel case right before the name ("runs SolarWinds Orion"): that vendor's product (fresh8, 2026-12-03). */
function brandBefore(text: string, words: WordList, first: number): boolean {
  const before = first - 1;
  if (before < 0 || !(plainSpaceAfter(text, words, before) || SPACE_ONLY.test(gapAfter(text, words, before)))) return false;
  return CAMEL_BRAND.test(text.slice(words.starts[before] as number, words.ends[before] as number));
}

/** An apposition saying the name is open source or made by someone named ("Nebula, the open-source overlay network
 * from Slack"): another organisation's. Not when it is "our" one. */
const ATTRIBUTION_LINKS = new Set(['from', 'by', 'chez']);
const OURS_WORDS = new Set(['our', 'ours', 'we', 'notre', 'nos', 'nous', 'maison']);
const MADE_BY = new Set(['run', 'made', 'built', 'created', 'developed', 'founded', 'owned', 'operated', 'published', 'produced', 'maintained']);
function attributedAfter(text: string, words: WordList, last: number): boolean {
  if (last + 1 >= words.count || !APPOSITION_GAP.test(gapAfter(text, words, last))) return false;
  for (let at = last + 1; at < words.count && at <= last + 8; at += 1) {
    if (at > last + 1 && SENTENCE_BREAK.test(gapAfter(text, words, at - 1))) return false;
    const word = foldedAt(words, at);
    if (OURS_WORDS.has(word)) return false;
    // "Nebula, the overlay network Slack open-sourced" (fresh48, 2026-12-04).
    if (word === 'opensource' || word === 'opensourced' || (word === 'open' && at + 1 < words.count && (foldedAt(words, at + 1) === 'source' || foldedAt(words, at + 1) === 'sourced'))) return true;
    if (ATTRIBUTION_LINKS.has(word) && at + 1 < words.count && SPACE_ONLY.test(gapAfter(text, words, at)) && !startsLower(text, words, at + 1)) return true;
    // "the streaming platform run by educational creators": made or run by others, named or not.
    if (word === 'by' && at > last + 1 && MADE_BY.has(foldedAt(words, at - 1))) return true;
  }
  return false;
}

/** "L'Atlas bleu des oiseaux de Normandie vient de sortir aux éditions locales": the name opening a longer title ("des
 * oiseaux", "of the Alps") on a line about a published book (fresh9, 2026-12-03). */
const TITLE_COMPLEMENT = new Set(['des', 'du', 'de', 'of']);
const TITLE_LINE_REACH = 300;
function bookTitle(text: string, words: WordList, first: number, last: number): boolean {
  const next = last + 1;
  if (next + 1 >= words.count || !TITLE_COMPLEMENT.has(foldedAt(words, next)) || !SPACE_ONLY.test(gapAfter(text, words, last))) return false;
  // The line, at most TITLE_LINE_REACH either side: a paste repeating a name on one 100 kB line would otherwise read the
  // whole line at every mention.
  const from = Math.max(0, (words.starts[first] as number) - TITLE_LINE_REACH);
  const around = text.slice(from, (words.ends[last] as number) + TITLE_LINE_REACH);
  const at = (words.starts[first] as number) - from;
  const lineEnd = around.indexOf('\n', at);
  return PUBLISHING.test(around.slice(around.lastIndexOf('\n', at) + 1, lineEnd < 0 ? around.length : lineEnd));
}

/** "notre chien de clinique s'appelle Orion", "our cat is called Nebula": a naming verb right before the name and an
 * animal or a child a few words before it, in the same sentence (fresh10, 2026-12-03). */
// A pet introduced after its name ("Nébula, notre border collie de 4 ans, a passé son certificat", fresh101, 2026-12-05): a
// comma, a possessive, then within three words a pet's kind or a breed.
const POSSESSIVES = new Set(['notre', 'nos', 'mon', 'ma', 'our', 'my', 'their', 'leur']);
const BREEDS = new Set(['collie', 'labrador', 'golden', 'retriever', 'berger', 'caniche', 'poodle', 'beagle', 'spaniel', 'teckel', 'dachshund',
  'chihuahua', 'bouledogue', 'bulldog', 'husky', 'terrier', 'shepherd', 'siamois', 'siamese', 'persan', 'persian', 'ragdoll', 'sphynx']);
function petAfter(text: string, words: WordList, last: number): boolean {
  if (last + 1 >= words.count || !/^[ \t]*,[ \t]*$/.test(text.slice(words.ends[last] as number, words.starts[last + 1] as number))) return false;
  if (!POSSESSIVES.has(foldedAt(words, last + 1))) return false;
  for (let at = last + 2; at < words.count && at <= last + 4; at += 1) {
    const word = foldedAt(words, at);
    if (isKind(PERSONAL_KINDS, word) || BREEDS.has(word)) return true;
  }
  return false;
}
// Another's business named after it: a company form in capitals ("an Orion Pictures classic from 1984", fresh104), or a place
// in apposition ("Dinner tonight at Nebula, the new Lebanese place", fresh103, 2026-12-05).
const COMPANY_WORD_AFTER = /^[ \t]+(?:Pictures|Studios?|Records|Entertainment|Films|Productions|Airlines|Airways|Hotels?|Motors|Brewing|Brewery)(?![^\P{L}])/u;
const PLACE_IN_APPOSITION_AFTER = /^[ \t]*,[ \t]+(?:the|a|an|le|la|l['’]|un|une|notre|our)[ \t]+(?:(?:new|nouveau|nouvelle|petit|petite|little|local)[ \t]+)?(?:[\p{L}-]{2,15}[ \t]+)?(?:place|restaurant|resto|bar|caf[ée]|bistro|bistrot|brasserie|bakery|boulangerie|pizzeria|cantine|tavern|pub|hotel|h[ôo]tel)(?![^\P{L}])/iu;
function placeOrCompanyAfter(text: string, words: WordList, last: number): boolean {
  const after = text.slice(words.ends[last] as number, (words.ends[last] as number) + 48);
  return COMPANY_WORD_AFTER.test(after) || PLACE_IN_APPOSITION_AFTER.test(after);
}
function calledSoAsPet(words: WordList, first: number): boolean {
  const before = first - 1;
  // "My colleague named the office plant Kestrel" (fresh85, 2026-12-05): a naming verb, then the thing, then its name.
  if (before >= 1 && NAMED_THINGS.has(foldedAt(words, before))) {
    for (let at = before - 1; at >= 0 && at >= before - 4; at -= 1) if (NAMING_VERBS.has(foldedAt(words, at))) return true;
  }
  if (before < 1 || !NAMING_VERBS.has(foldedAt(words, before))) return false;
  for (let at = before - 1; at >= 0 && at >= before - 4; at -= 1) if (isKind(PERSONAL_KINDS, foldedAt(words, at))) return true;
  return false;
}

const FICTION_WORDS: ReadonlySet<string> = new Set([...FICTION_OF_NAME.values()].flatMap((fiction) => [...fiction]));
const fictionInDraft = new WeakMap<WordList, boolean>();
/** Whether the draft holds any word of a fiction at all: read once per draft, not once per name (a paste may repeat one). */
function fictionWordsIn(words: WordList): boolean {
  let found = fictionInDraft.get(words);
  if (found === undefined) {
    found = words.vocabulary.some((word) => FICTION_WORDS.has(word));
    fictionInDraft.set(words, found);
  }
  return found;
}
/** Whether the name's fiction is named in the passage around it (see FICTION_OF_NAME). */
function fromFiction(words: WordList, first: number): boolean {
  const fiction = FICTION_OF_NAME.get(foldedAt(words, first));
  if (fiction === undefined || !fictionWordsIn(words)) return false;
  for (let at = Math.max(0, first - SOFTWARE_WORDS); at < words.count && at <= first + SOFTWARE_WORDS; at += 1) if (fiction.has(foldedAt(words, at))) return true;
  return false;
}
/** Things of an office or a home people give names to, named with a verb before them ("named the office plant Kestrel"). */
const NAMED_THINGS = new Set([
  'plant', 'plante', 'cactus', 'ficus', 'robot', 'printer', 'imprimante', 'kettle', 'bouilloire', 'coffee', 'machine', 'van',
  'camion', 'truck', 'boat', 'bateau', 'car', 'voiture', 'bike', 'velo', 'drone', 'server', 'serveur', 'mascot', 'mascotte',
]);
/** "Watching Nebula's new documentary", "le dernier podcast d'Orion": a studio's or a channel's work (fresh10). */
const MEDIA_WORKS = new Set(['documentary', 'documentaries', 'documentaire', 'documentaires', 'film', 'films', 'movie', 'movies', 'series', 'serie', 'show', 'shows', 'podcast', 'podcasts', 'episode', 'episodes', 'album', 'albums', 'season', 'saison', 'trailer', 'bande']);
const MEDIA_ADJECTIVES = new Set(['new', 'latest', 'last', 'upcoming', 'nouveau', 'nouvelle', 'dernier', 'derniere', 'prochain', 'prochaine']);
function mediaWorkAfter(text: string, words: WordList, first: number, last: number): boolean {
  let at = last + 1;
  if (at < words.count && foldedAt(words, at) === 's' && APOSTROPHE.test(gapAfter(text, words, last))) at += 1;
  else return workNamedAfter(text, words, last) || watchedWorkAfter(words, first, last);
  if (at < words.count && MEDIA_ADJECTIVES.has(foldedAt(words, at))) at += 1;
  return at < words.count && MEDIA_WORKS.has(foldedAt(words, at));
}

/** Works a name may be the title of, in an apposition ("Finished "Nebula", the hard-SF novel everyone passes around", fresh54). */
// And venues named so ("au Nébula, le rooftop du Plateau", fresh63).
const WORKS = new Set([...MEDIA_WORKS, 'rooftop', 'bar', 'restaurant', 'cafe', 'hotel', 'club', 'brasserie', 'pub', 'novel', 'novels', 'book', 'books', 'roman', 'romans', 'livre', 'livres', 'game', 'games', 'jeu', 'jeux', 'play', 'piece', 'opera', 'song', 'chanson', 'painting', 'tableau', 'memoir', 'essay', 'essai', 'comic', 'bd', 'manga']);
const APPOSITION_ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'l', 'un', 'une']);
/** The name, then a comma and an article, then within three words a work: the title of that work. */
function workNamedAfter(text: string, words: WordList, last: number): boolean {
  const article = last + 1;
  if (article >= words.count || !APPOSITION_ARTICLES.has(foldedAt(words, article)) || !COMMA_AFTER_TITLE.test(gapAfter(text, words, last))) return false;
  for (let at = article + 1; at < words.count && at <= article + 3; at += 1) {
    if (SENTENCE_BREAK.test(gapAfter(text, words, at - 1))) return false;
    if (WORKS.has(foldedAt(words, at))) return true;
  }
  return false;
}
/** "Watched a great Nebula documentary", "écouté le podcast Orion": a work of that name, watched or listened to just before. */
const WATCHING = new Set(['watched', 'watching', 'watch', 'saw', 'seen', 'listened', 'listening', 'binged', 'bingeing', 'streamed', 'regarde', 'regardee', 'vu', 'ecoute', 'ecoutee']);
function watchedWorkAfter(words: WordList, first: number, last: number): boolean {
  if (last + 1 >= words.count || !MEDIA_WORKS.has(foldedAt(words, last + 1))) return false;
  for (let at = first - 1; at >= 0 && at >= first - 4; at -= 1) if (WATCHING.has(foldedAt(words, at))) return true;
  return false;
}

/** "Saw Orion rising over the Channel", "Orion se lève à l'est": the constellation, rising, setting or in the sky in the
 * words around (fresh11, 2026-12-03). */
// The night sky's words and what a star does in it ("Orion hung above the mountains", "at midnight Orion climbing over the
// dunes", "Orion blazing over the desert", fresh46, fresh49, 2026-12-04).
const SKY_WORDS = new Set(['rise', 'rising', 'rises', 'rose', 'setting', 'sets', 'overhead', 'sky', 'skies', 'ciel', 'stars', 'etoiles', 'stargazing', 'constellation', 'constellations', 'horizon', 'leve', 'couche', 'telescope', 'jumelles', 'binoculars',
  'hung', 'hanging', 'climbing', 'blazing', 'glowing', 'twinkling', 'midnight', 'minuit', 'aurora', 'aurores', 'galaxy', 'galaxie', 'nebuleuse',
  // A clear night ("Nuit sans nuages à Maroua, Orion bien haut", fresh63).
  'nuages', 'clouds', 'cloudless', 'etoilee', 'starry',
  // Seen coming up ("on voyait Orion se lever derrière le clocher", "when Orion appears over the hill", fresh94, 2026-12-05).
  // Its belt ("perfect to show my kid Orion and the belt", fresh99, 2026-12-05).
  'belt', 'ceinture',
  // Seen before the sun wins ("you can still see Orion before the sun wins", fresh103, 2026-12-05).
  'sun', 'soleil', 'dawn', 'aube', 'sunrise', 'sunset',
  'lever', 'levait', 'levant', 'coucher', 'couchant', 'appears', 'appeared', 'appearing', 'apparait', 'apparaissait', 'shining', 'brille', 'brillait', 'scintille']);
// The night sky's emoji beside it ("Orion was spectacular over the Rhine at 5 a.m. … 🌌", fresh102, 2026-12-05).
const SKY_EMOJI = /[\u{1F30C}\u{1F320}\u{1F52D}\u{1F319}\u{1F311}-\u{1F318}]/u;
const SKY_EMOJI_REACH = 200;
// Whether the draft has such an emoji at all: read once per draft, not once per name.
const skyEmojiIn = new WeakMap<WordList, boolean>();
function inTheSky(text: string, words: WordList, first: number, last: number): boolean {
  let emoji = skyEmojiIn.get(words);
  if (emoji === undefined) {
    emoji = SKY_EMOJI.test(text);
    skyEmojiIn.set(words, emoji);
  }
  if (emoji && SKY_EMOJI.test(text.slice(Math.max(0, (words.starts[first] as number) - SKY_EMOJI_REACH), (words.ends[last] as number) + SKY_EMOJI_REACH))) return true;
  const sky = wordPositions(words, SKY_WORD_TEST);
  if (anyPositionWithin(sky, Math.max(0, first - 3), first - 1) || anyPositionWithin(sky, last + 1, Math.min(words.count - 1, last + 4))) return true;
  // An observer's instrument further off in the same passage ("Took the telescope out … Orion was crystal clear", fresh51).
  return anyPositionWithin(wordPositions(words, SKY_GEAR_TEST), Math.max(0, first - SKY_GEAR_REACH), Math.min(words.count - 1, last + SKY_GEAR_REACH));
}
/**
 * "The Kestrel nesting box on our transmission tower has a pair again": the animal, with words of wildlife around (fresh70,
 * 2026-12-04). Policies name projects after birds and beasts; their nests, chicks and sightings are nature's.
 */
const WILDLIFE_WORDS = new Set(['nesting', 'nest', 'nests', 'nestbox', 'nichoir', 'nichoirs', 'nid', 'nids', 'chicks', 'poussins', 'oisillons', 'fledged', 'fledglings',
  'hatched', 'birds', 'bird', 'oiseaux', 'oiseau', 'raptor', 'raptors', 'rapace', 'rapaces', 'birdwatching', 'ornithologist', 'ornithologue', 'wildlife', 'faune',
  'hovering', 'perched', 'perche', 'sighting', 'sightings', 'birding', 'birder', 'birders', 'birdwatcher', 'birdwatchers']);
const WILDLIFE_REACH = 8;
const WILDLIFE_TEST: WordTest = { pickWord: (word) => WILDLIFE_WORDS.has(word) };
function inTheWild(words: WordList, first: number, last: number): boolean {
  return anyPositionWithin(wordPositions(words, WILDLIFE_TEST), Math.max(0, first - WILDLIFE_REACH), Math.min(words.count - 1, last + WILDLIFE_REACH));
}
// A photographer's lens too ("Congrats on the nebula shot! What lens did you use?", fresh90, 2026-12-05).
const SKY_GEAR = new Set(['telescope', 'telescopes', 'binoculars', 'jumelles', 'stargazing', 'astronomy', 'astronomie', 'planetarium', 'lens', 'astrophoto', 'astrophotography', 'astrophotographie', 'observatory', 'observatoire']);
const SKY_GEAR_REACH = 24;
const SKY_WORD_TEST: WordTest = { pickWord: (word) => SKY_WORDS.has(word) };
const SKY_GEAR_TEST: WordTest = { pickWord: (word) => SKY_GEAR.has(word) };

/** "a creator-owned video platform called Nebula" (fresh65): a kind of business, then "called", then the name: someone else's. */
const CALLED = new Set(['called', 'named', 'nomme', 'nommee', 'appele', 'appelee']);
const BUSINESS_KINDS = new Set([
  'platform', 'app', 'service', 'company', 'startup', 'studio', 'band', 'channel', 'podcast', 'game', 'brand', 'shop', 'store', 'restaurant',
  'bar', 'cafe', 'firm', 'vendor', 'tool', 'website', 'site', 'plateforme', 'entreprise', 'societe', 'marque', 'boutique', 'agence', 'agency',
]);
const OWN_BEFORE = new Set(['our', 'notre', 'nos', 'we', 'nous', 'my', 'mon', 'ma']);
function kindCalledBefore(words: WordList, first: number): boolean {
  if (first < 2 || !CALLED.has(foldedAt(words, first - 1))) return false;
  let kind = false;
  for (let at = first - 2; at >= 0 && at >= first - 5; at -= 1) {
    const word = foldedAt(words, at);
    if (OWN_BEFORE.has(word)) return false;
    if (BUSINESS_KINDS.has(word) || isKind(DISHES, word) || isKind(CONSUMER_GOODS, word)) kind = true;
  }
  return kind;
}
/**
 * "Notre chat de soute préféré, Atlas, … Les agents l'ont surnommé "Atlas bleu"" (fresh74, 2026-12-04): a nickname, given to
 * a pet or a person named in the sentences before. A nickname names no project.
 */
function nicknameOfKind(words: WordList, first: number): boolean {
  if (first < 1 || !NICKNAMING.has(foldedAt(words, first - 1))) return false;
  for (let at = first - 2; at >= 0 && at >= first - NICKNAME_REACH; at -= 1) if (isKind(PERSONAL_KINDS, foldedAt(words, at))) return true;
  return false;
}
const NICKNAMING = new Set(['surnomme', 'surnommee', 'surnommes', 'nicknamed', 'dubbed']);
const NICKNAME_REACH = 25;

/** Adjectives of a thing after an article ("le gros atlas bleu de la bibliothèque de mon grand-père", "le nouvel atlas bleu
 * des paysages de Wallonie est sorti", fresh76, fresh77, 2026-12-04): see lowerCaseCommonNoun. */
const DEFINITE_ARTICLES = new Set(['le', 'la', 'l', 'the']);
const THING_ADJECTIVES = new Set(['gros', 'grosse', 'grand', 'grande', 'petit', 'petite', 'vieux', 'vieil', 'vieille', 'nouvel', 'nouveau', 'nouvelle', 'beau', 'bel', 'belle',
  'old', 'big', 'new', 'little', 'huge', 'fameux', 'famous']);

/** "the word nebula comes from Latin", "le mot orion" (fresh76, 2026-12-04): the word itself, talked about. */
function theWordBefore(words: WordList, first: number): boolean {
  if (first < 2) return false;
  const kind = foldedAt(words, first - 1);
  const article = foldedAt(words, first - 2);
  return ((kind === 'word' || kind === 'term') && article === 'the') || ((kind === 'mot' || kind === 'terme') && (article === 'le' || article === 'ce'));
}

/** A restaurant's dishes, named so on its menu ("un plat nommé « Atlas bleu », une daurade aux agrumes", fresh72, 2026-12-04). */
const DISHES = new Set(['plat', 'dish', 'dessert', 'entree', 'menu', 'recette', 'recipe', 'sandwich', 'salade', 'salad', 'bowl', 'tapas', 'glace', 'sorbet']);

/**
 * "« Atlas bleu » : c'est le nom de la nouvelle bière de la microbrasserie": the name given as another's product's or
 * business's right after it (fresh70, 2026-12-04); not "le nom de notre nouvelle app", the company's own.
 */
function nameOfKindAfter(words: WordList, last: number): boolean {
  let at = last + 1;
  if (foldedAt(words, at) === 'c' && foldedAt(words, at + 1) === 'est') at += 2;
  if (!(foldedAt(words, at) === 'le' && foldedAt(words, at + 1) === 'nom') && !(foldedAt(words, at) === 'the' && foldedAt(words, at + 1) === 'name')) return false;
  at += 2;
  if (!NAME_OF.has(foldedAt(words, at))) return false;
  for (let next = at + 1; next < words.count && next <= at + 3; next += 1) {
    const word = foldedAt(words, next);
    if (OWN_BEFORE.has(word) || word === 'our' || word === 'notre') return false;
    if (BUSINESS_KINDS.has(word) || isKind(DISHES, word) || isKind(CONSUMER_GOODS, word)) return true;
  }
  return false;
}
const NAME_OF = new Set(['de', 'du', 'd', 'des', 'of']);

/** "l'Atlas bleu et blanc sous la neige": the name's last word an adjective coordinated with a colour, a description. */
const COLOURS = new Set(['blanc', 'blanche', 'rouge', 'vert', 'verte', 'jaune', 'noir', 'noire', 'gris', 'grise', 'rose', 'violet', 'orange', 'or', 'argent', 'white', 'red', 'green', 'yellow', 'black', 'grey', 'gray', 'pink', 'purple', 'gold', 'silver']);
function colourCoordinated(words: WordList, last: number): boolean {
  const link = last + 1;
  return link + 1 < words.count && (foldedAt(words, link) === 'et' || foldedAt(words, link) === 'and') && COLOURS.has(foldedAt(words, link + 1));
}

/** A pet's or a child's name: "le chat Nebula", "baby Orion", "mon chat s'appelle Orion", "Orion, our new puppy". */
function personalKindAround(text: string, words: WordList, first: number, last: number): boolean {
  const before = first - 1;
  const gap = before >= 0 ? gapAfter(text, words, before) : '';
  if (before >= 0 && isKind(PERSONAL_KINDS, foldedAt(words, before))) return SPACE_ONLY.test(gap) || gap.trim() === ',';
  if (before >= 0 && NAMING_VERBS.has(foldedAt(words, before)) && SPACE_ONLY.test(gap)) {
    // The animal or child named, a few words back in the same sentence ("my cat is called", "notre chien s'appelle").
    for (let at = before - 1; at >= 0 && at >= before - 4; at -= 1) {
      if (SENTENCE_BREAK.test(gapAfter(text, words, at))) return false;
      if (isKind(PERSONAL_KINDS, foldedAt(words, at))) return true;
    }
    return false;
  }
  // "Orion, notre chiot de trois mois", "Orion, our new rescue puppy": a comma, then the kind within four words.
  const after = last + 1;
  if (after >= words.count || !APPOSITION_GAP.test(gapAfter(text, words, last))) return false;
  for (let at = after; at < words.count && at < after + SIGNAL_REACH; at += 1) {
    if (isKind(PERSONAL_KINDS, foldedAt(words, at))) return true;
    if (at > after && !SPACE_ONLY.test(gapAfter(text, words, at - 1))) return false;
  }
  return false;
}

/** "subscribed to Nebula", "abonné à Nebula", "binged it on Nebula": a service one subscribes to or streams on.
 * The verb, perhaps one word ("it", "ça"), then the link right before the name. */
function subscribedTo(text: string, words: WordList, first: number): boolean {
  const link = first - 1;
  if (link < 1 || !SUBSCRIBING_LINKS.has(foldedAt(words, link)) || !SPACE_ONLY.test(gapAfter(text, words, link))) return false;
  for (let at = link - 1; at >= 0 && at >= link - 2; at -= 1) {
    if (!SPACE_ONLY.test(gapAfter(text, words, at)) && !APOSTROPHE.test(gapAfter(text, words, at))) return false;
    if (SUBSCRIBING.has(foldedAt(words, at))) return true;
  }
  return false;
}

/** "my Nebula subscription", "Nebula subscription is the best 30 bucks I spend": the name before a word for one's
 * subscription to it, a consumer service (a company's product sold by subscription is "our" one or a project's: OURS, OWN_NEIGHBOURS). */
function subscriptionAfter(text: string, words: WordList, first: number, last: number): boolean {
  const after = last + 1;
  if (after >= words.count || !SUBSCRIPTION_NOUNS.has(foldedAt(words, after)) || !SPACE_ONLY.test(gapAfter(text, words, last))) return false;
  // "our Nebula subscription tier", "notre abonnement": the company's own offer, not one the author pays for.
  return first === 0 || (!OWN_NEIGHBOURS.has(foldedAt(words, first - 1)) && !OURS.has(foldedAt(words, first - 1)));
}
const OURS = new Set(['our', 'notre', 'nos', 'we']);

function costumeFrom(text: string, words: WordList, first: number): boolean {
  let at = first - 1;
  if (at >= 0 && foldedAt(words, at) === 'chez') at -= 1;
  if (at < 2 || !CHARACTER_FROM.has(foldedAt(words, at))) return false;
  for (let character = at - 1; character >= 1 && character >= at - 3; character -= 1) {
    if (!SPACE_ONLY.test(gapAfter(text, words, character)) || !STARTS_UPPER.test(text.slice(words.starts[character] as number, (words.starts[character] as number) + 2))) return false;
    const link = character - 1;
    if (COSTUME_LINKS.has(foldedAt(words, link)) && link >= 1 && COSTUME_VERBS.has(foldedAt(words, link - 1))) return true;
  }
  return false;
}

/** "le musée installé dans l'ancien Hôpital Sainte-Claire", "the old St Claire hospital": an institution's former
 * building. Only a name headed by an institution word (a hospital, a school: INSTITUTION_HEADS). */
function formerBuilding(text: string, words: WordList, first: number, match: TermMatch): boolean {
  if (match.term === undefined || !INSTITUTION_HEADS.test(match.term)) return false;
  const before = first - 1;
  return before >= 0 && FORMER.has(foldedAt(words, before)) && SPACE_ONLY.test(gapAfter(text, words, before));
}

// How far a quoted title reaches around the name, in words, and how far its work ("roman", "lu") may stand.
const TITLE_WORDS = 8;
const WORK_OF_ART_WORDS = 12;
/**
 * "Lu ce week-end : « Les Nuits de l'Hôpital Sainte-Claire », roman sur…": the name is part of a longer title
 * between quotes (other words inside them with it), and a work ("roman", "livre", "lu", "film") is named near, in
 * the same sentence or the next. A quoted name alone ("« Nébula » passe en beta") is how people name a project.
 */
function quotedTitle(text: string, words: WordList, first: number, last: number): boolean {
  // Cheap: an opening quote within the few words before the name, in the same sentence.
  let open = -1;
  for (let at = first; at > 0 && at >= first - TITLE_WORDS; at -= 1) {
    if (plainSpaceAfter(text, words, at - 1)) continue;
    const gap = gapAfter(text, words, at - 1);
    if (QUOTE_OPENING.test(gap)) {
      open = at;
      break;
    }
    if (SENTENCE_BREAK.test(gap) || QUOTE_CLOSING.test(gap)) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let at = last; at < words.count && at <= last + TITLE_WORDS; at += 1) {
    if (at + 1 < words.count && plainSpaceAfter(text, words, at)) continue;
    const gap = at + 1 < words.count ? gapAfter(text, words, at) : text.slice(words.ends[at] as number);
    if (QUOTE_CLOSING.test(gap)) {
      close = at;
      break;
    }
    if (SENTENCE_BREAK.test(gap) || QUOTE_OPENING.test(gap)) return false;
  }
  // The title holds more than the name.
  if (close < 0 || (open === first && close === last)) return false;
  for (let at = Math.max(0, open - WORK_OF_ART_WORDS); at < words.count && at <= close + WORK_OF_ART_WORDS; at += 1) {
    if ((at < open || at > close) && WORK_OF_ART.has(foldedAt(words, at))) return true;
  }
  return false;
}

/** Whether word `index` is a model number right after the name before it ("Kestrel 5500"). */
function modelNumberAt(text: string, words: WordList, index: number): boolean {
  if (index < 1 || index >= words.count || ((words.flags[index] as number) & WORD_DIGIT) === 0) return false;
  return SPACE_ONLY.test(gapAfter(text, words, index - 1)) && MODEL_NUMBER.test(text.slice(words.starts[index] as number, words.ends[index] as number));
}

/** A brand or model of goods: "a cold Orion beer", "la bière Orion", "Kestrel 5500 pocket weather meters". */
function goodsAround(text: string, words: WordList, first: number, last: number): boolean {
  const before = first - 1;
  // "la bière Orion", "leur IPA « Nébula »"
  if (before >= 0 && isKind(CONSUMER_GOODS, foldedAt(words, before)) && (SPACE_ONLY.test(gapAfter(text, words, before)) || QUOTE_OPENING_GAP.test(gapAfter(text, words, before)))) return true;
  let at = last + 1;
  // After a model number, the goods may come a few words on ("5500 pocket weather meters"), or before, with their
  // adjectives ("deux anémomètres portatifs Kestrel 5500", fresh8).
  const model = modelNumberAt(text, words, at);
  if (model) {
    for (let back = before; back >= 0 && back >= before - 2 && SPACE_ONLY.test(gapAfter(text, words, back)); back -= 1) {
      if (isKind(CONSUMER_GOODS, foldedAt(words, back))) return true;
    }
  }
  const reach = model ? 4 : 1;
  for (let step = 0; step < reach && at < words.count; step += 1, at += 1) {
    if (!SPACE_ONLY.test(gapAfter(text, words, at - 1))) return false;
    if (isKind(CONSUMER_GOODS, foldedAt(words, at))) return true;
  }
  return false;
}

/** "née mardi à l'Hôpital Sainte-Claire", "born at St Claire": the name is where one's own life happened. */
function eventPlaceBefore(text: string, words: WordList, first: number): boolean {
  let at = first - 1;
  if (at >= 0 && NAME_ARTICLE_WORDS.has(foldedAt(words, at))) at -= 1;
  if (at < 1 || !PLACE_LINKS.has(foldedAt(words, at))) return false;
  // The event, at most two words before the link ("née mardi à", "born last night at"), in the same sentence.
  for (let event = at - 1; event >= 0 && event >= at - 3; event -= 1) {
    if (SENTENCE_BREAK.test(gapAfter(text, words, event))) return false;
    if (PERSONAL_EVENTS.has(foldedAt(words, event))) return true;
  }
  return false;
}

/**
 * Where each software name's public stack is spoken of ("IIS", ".NET" for Kestrel): the indexes of its words, found
 * in one pass per name and only for a draft naming such a name.
 */
class SoftwareStacks {
  private readonly found = new Map<string, number[]>();
  constructor(private readonly text: string, private readonly words: WordList) {}

  /** Whether the public stack of the software named at `index` is spoken of within SOFTWARE_WORDS words. */
  near(index: number): boolean {
    const name = foldedAt(this.words, index);
    let found = this.found.get(name);
    if (!found) {
      found = this.stackWords(PUBLIC_SOFTWARE.get(name) ?? new Set());
      this.found.set(name, found);
    }
    const at = firstAtOrAfter(found, index - SOFTWARE_WORDS);
    return at < found.length && (found[at] as number) <= index + SOFTWARE_WORDS;
  }

  private stackWords(stack: ReadonlySet<string>): number[] {
    const { text, words } = this;
    const found: number[] = [];
    for (let index = 0; index < words.count; index += 1) {
      const word = foldedAt(words, index);
      // ".NET", "ASP.NET": the word "net" after a dot, in capitals.
      if (stack.has(word) || (word === 'net' && stack.has('dotnet') && text.slice((words.starts[index] as number) - 1, words.ends[index] as number) === '.NET')) found.push(index);
    }
    return found;
  }
}
