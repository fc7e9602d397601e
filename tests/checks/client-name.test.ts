import { clientName } from '../../utils/checks/client-name';
import { hashTerm, PolicySchema } from '../../utils/policy';
import { spans } from './helpers';

describe('client-name', () => {
  test.each(["signé avec la Société Générique", "the SOCIÉTÉ  générique team", "societe generique", "Kicked off with Initech today", "chez initech ce matin"])('flags %s', (text) => {
    expect(spans(clientName, text).length).toBeGreaterThan(0);
  });
  test.each(["Société Générale is a bank", "a generic company", "Initechnology is a word", "Société tout court"])('passes %s', (text) => {
    expect(spans(clientName, text)).toEqual([]);
  });
});

describe('client-name, a name with Saint or Sainte', () => {
  const policy = PolicySchema.parse({ clientNames: ['Hôpital Sainte-Claire', 'Saint-Gobain Vitrage'] });
  test.each(['merci à l’hôpital Ste-Claire', 'HOPITAL STE CLAIRE', 'chez St-Gobain Vitrage'])('flags %s', (text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
  test.each(['l’hôpital Ste-Anne', 'Ste-Claire tout court', 'Saint-Gobain seul'])('passes %s', (text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
});

describe('client-name, an institution name or Société written otherwise', () => {
  const policy = PolicySchema.parse({ clientNames: ['Hôpital Sainte-Claire', 'Société Générique', 'Banque Durand'] });
  test.each(['Sainte-Claire Hospital nurses', 'at St. Claire Hospital', 'Hospital Sainte Claire', 'la DSI de Sté Générique', 'chez Ste Générique', 'Durand Bank signed', 'CH Sainte-Claire', 'Centre hospitalier Ste-Claire', 'Sainte Claire’s hospital staff'])('flags %s', (text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
  test.each(['St. Mary Hospital', 'la Sté Générale', 'Sainte-Claire tout court', 'la banque de France', 'Durand tout court'])('passes %s', (text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
});

describe('client-name, a listed name in its public meaning', () => {
  const policy = PolicySchema.parse({ clientNames: ['Globex', 'Société Générique'] });
  test.each(['les futures sur le CME Globex', 'Globex, the fictional company of the show', 'lunch at Le Globex, a bistro'])('passes %s', (text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
  test.each(['signed with Globex today', 'Merci à La Société Générique', 'the Globex Corp team'])('flags %s', (text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
});

describe('client-name, a listed name in a personal or public sense (fresh4, 2026-12-02)', () => {
  const policy = PolicySchema.parse({ clientNames: ['Globex', 'Société Générique', 'Hôpital Sainte-Claire', `sha256:${hashTerm('Initech', 'salt')}`], hashSalt: 'salt' });
  test.each([
    ['lower case after an indefinite article', 'une société générique de cosmétiques vient d’ouvrir en face'],
    ['lower case after an article and an adjective', 'c’est une petite société générique, rien à voir'],
    ['a birthplace', 'Notre fils Hugo est né jeudi à l’Hôpital Sainte-Claire'],
    ['a birthplace in English', 'Our twins were born last night at the Hôpital Sainte-Claire'],
    ['a two-word title beside it', 'the stapler scene still makes me think of Initech and Office Space'],
    ['a one-word title near it', 'Globex is still my favourite company in The Simpsons lore, Futurama close behind'],
  ])('passes %s', (_case, text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
  test.each([
    ['a client after "comme"', 'un client comme Globex mérite mieux'],
    ['"à" before it, folded like "a"', 'merci à société générique pour la confiance'],
    ['the verb "a" before it', 'on a societe generique demain 8h'],
    ['lower case, then "client"', 'une société générique client depuis 2019'],
    ['a visit, not a birth', 'Journée terrain à l’Hôpital Sainte-Claire avec leurs équipes'],
    ['"office space" in lower case', 'the office space at Initech is tight, we sit in the hallway'],
    ['a title, but a deal near', 'Initech (yes, like Office Space) signed the renewal today'],
  ])('flags %s', (_case, text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
});

describe('client-name, a listed name as a place, a title or an exercise (fresh5, 2026-12-02)', () => {
  const policy = PolicySchema.parse({ clientNames: ['Globex', 'Société Générique', 'Hôpital Sainte-Claire', `sha256:${hashTerm('Initech', 'salt')}`], hashSalt: 'salt' });
  test.each([
    ['a former hospital turned museum', 'Visite de l’ancien Hôpital Sainte-Claire, devenu musée de la médecine.'],
    ['a former hospital in English', 'We toured the old Hôpital Sainte-Claire building, now flats.'],
    ['a quoted title with its book', 'Fini « Les Couloirs de l’Hôpital Sainte-Claire », le livre qui a inspiré la série.'],
    ['an accounting exercise for students', 'Exercice du jour pour mes étudiants : la Société Générique rachète 40 % de sa filiale.'],
    ['a textbook case in English', 'My students loved this exam question: Globex holds 70% of a subsidiary, consolidate it.'],
    ['lower case after a possessive', 'votre société générique de démonstration est prête dans le manuel'],
    ['a client name across a comma', 'Société, Générique : deux mots que mes élèves confondent'],
  ])('passes %s', (_case, text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
  test.each([
    ['a former hospital that is our client', 'l’ancien Hôpital Sainte-Claire reste notre client, contrat renouvelé'],
    ['the hospital with "notre client"', 'Hôpital Sainte-Claire, notre client depuis 2019, passe au nouvel outil'],
    ['a customer at a place', 'Journée chez Globex pour le kick-off'],
    ['an exercise word, no learners', 'Clôture de l’exercice avec Société Générique ce soir'],
    ['a quoted name alone', 'Merci à « Société Générique » pour sa confiance'],
    ['a training for the client', 'Formation de leurs étudiants internes chez Globex : contrat signé'],
  ])('flags %s', (_case, text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
});

describe('client-name, r4rest public senses', () => {
  const policy = PolicySchema.parse({ clientNames: ['Hôpital Sainte-Claire', 'Initech'] });
  test.each([
    ['a birth, naître conjugated', 'mon fils naissait à l’Hôpital Sainte-Claire un soir de neige'],
    ['an operation there', 'opéré du genou à l’Hôpital Sainte-Claire, tout va bien'],
    ['a costume of a character from it', 'I dressed as Bill Lumbergh from Initech for the party'],
    ['a French costume', 'déguisé en Milton de chez Initech, agrafeuse rouge comprise'],
  ])('passes %s', (_case, text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
  test.each([
    ['a deployment at the hospital', 'notre déploiement à l’Hôpital Sainte-Claire démarre lundi'],
    ['a person from the client, no costume', 'Bill from Initech signed the renewal today'],
  ])('flags %s', (_case, text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
});

// fresh56, fresh60, fresh65 (2026-12-04): the companies of a sitcom or a film, named with it, are no client of ours.
describe('client-name: fictional companies', () => {
  test.each([
    "Every time a recruiter says 'we're a family' I think of Hank Scorpio's Initech Corporation.",
    'This open-plan floor is pure Initech from Office Space. Someone hide the red stapler.',
  ])('passes %s', (text) => {
    expect(spans(clientName, text)).toEqual([]);
  });
  test('still flags a client renting office space', () => {
    expect(spans(clientName, 'Société Générique signed with us for office space in Lyon.')).toEqual(['Société Générique']);
  });
});

// fresh73 (2026-12-04): "massif" as an adjective is no mountain range; an owner's acronym in brackets right after the name.
describe('client-name: an adjective, an owner in brackets', () => {
  test('flags the client after an "import massif"', () => {
    expect(spans(clientName, "Le pic de charge venait de l'import massif de la Société Générique hier soir.")).toEqual(['Société Générique']);
  });
  test('passes a name that an acronym in brackets owns', () => {
    expect(spans(clientName, "Initech (the CRA's filing portal) was down all morning.")).toEqual([]);
  });
});

// fresh76 (2026-12-04): an agency's WIP notes and accounts are its work, however many films they mention; a generic company in
// lower case after an article is no client.
describe('client-name: agency work, a generic company', () => {
  test.each([
    ['Notes du WIP / WIP notes\n- Société Générique : retours juridiques sur le film 30s, re-cut jeudi\n- Lunch vendredi', 'Société Générique'],
    ['Dernier jour sur le compte Société Générique avant mes congés : trois ans de campagnes et de films.', 'Société Générique'],
  ])('flags %s', (text, name) => {
    expect(spans(clientName, text)).toEqual([name]);
  });
  test('passes a generic company asked for', () => {
    expect(spans(clientName, 'Quand on vous demande « une société générique qui plaise à tous », posez des questions sur la marque et ses campagnes.')).toEqual([]);
  });
});

// fresh82, fresh84 (2026-12-05): the common noun written in full with its accents, after "de" or in quotes; typed in haste,
// without accents, the name is the client's.
describe('client-name: the common noun with its accents', () => {
  test.each([
    'On ne vend pas des « produits de société générique » comme l’a écrit un blog hier soir.',
    'J’avais mis "société générique" dans mes statuts types en attendant un vrai nom.',
  ])('passes %s', (text) => {
    expect(spans(clientName, text)).toEqual([]);
  });
  test('flags the name typed without accents', () => {
    expect(spans(clientName, 'point hebdo avec societe generique demain 10h, qui prend les notes ?')).toEqual(['societe generique']);
  });
});

// fresh90, fresh91 (2026-12-05): the fictional firms the names come from, and the common noun in single quotes.
test.each([
  'Every demo account in our sandbox is called Globex, a nod to Hank Scorpio in The Simpsons.',
  'Rewatched Office Space: Initech’s TPS reports look like our old month-end templates.',
  'My first job was at a ‘société générique’ of consulting, you know the type.',
])('passes %s (fresh90, fresh91)', (text) => {
  expect(spans(clientName, text)).toEqual([]);
});

// fresh94, fresh95 (2026-12-05): "this season" is a time, not a TV season; the common noun quoted with its article.
test('flags a client whose shelves carry the goods this season (fresh94)', () => {
  expect(spans(clientName, 'Our clementines go on sale at Initech this season, in 18 countries.')).toEqual(['Initech']);
});
test('passes the common noun quoted with its article (fresh95)', () => {
  expect(spans(clientName, 'En formation on cite toujours « la société générique » pour ne nommer personne dans nos exemples.')).toEqual([]);
});
