import { codename } from '../../utils/checks/codename';
import { spans } from './helpers';
import { hashtagWords } from '../../utils/checks/lib/policy-names';
import { hashTerm, PolicySchema } from '../../utils/policy';

describe('codename', () => {
  test.each(["Orion enters pilot", "six months on NEBULA", "Bravo à l’équipe Atlas Bleu", "atlas  bleu sprint review", "projet nébula", "#Orion wins the hackathon", "Our internal codename for the new app is Falcon", "nom de code : Phoenix", "Our codename for the CRM rewrite? Tamarin. Yes, the monkey.", "l’outil qu’on appelle en interne « Castor » sort lundi", "internally known as Heron, the app ships in May", "Project Ibis (internal name) hits beta"])('flags %s', (text) => {
    expect(spans(codename, text).length).toBeGreaterThan(0);
  });
  test.each(["Orionis-2 launched", "Orientation week", "the constellation of stars", "Atlas of maps", "our code name generator is fun", "Bleu is a colour", "Our codename for it? Nothing yet, ideas welcome.", "Lunch (internal name for the canteen chat) is busy", "The internal name field is optional"])('passes %s', (text) => {
    expect(spans(codename, text)).toEqual([]);
  });
});

test('matches map back to the original text', () => {
  expect(spans(codename, 'Hello ATLAS   BLEU!')).toEqual(['ATLAS   BLEU']);
});

describe('names where people write them', () => {
  // The helpers' policy lists "Orion", "Nébula" and a hashed "Atlas Bleu"; these cases add "Project Kestrel".
  const withKestrel = { policy: PolicySchema.parse({ codenames: ['Orion', 'Project Kestrel', { sha256: hashTerm('Atlas Bleu', 'salt') }], hashSalt: 'salt' }) };
  test.each([
    ['a hashed name in a camel-case hashtag', 'Day one of #AtlasBleu with the team', '#AtlasBleu'],
    ['a name with words after it in a hashtag', 'So proud #OrionLaunch2027', '#OrionLaunch2027'],
    ['a hashtag with underscores', 'Ready for #atlas_bleu', 'atlas_bleu'],
    ['the bare name of a listed "Project X", capitalised', 'Kestrel demo day went great', 'Kestrel'],
  ])('flags %s', (_case, text, flagged) => {
    expect(spans(codename, text, withKestrel)).toContain(flagged);
  });
  test.each([
    ['the bare name written as a common word', 'a kestrel nested on our roof'],
    ['a hashtag whose words only start like a name', '#Orientation week starts'],
    ['a one-word hashtag that is not a name', '#Atlas of the world'],
  ])('passes %s', (_case, text) => {
    expect(spans(codename, text, withKestrel)).toEqual([]);
  });
  test('the words of a hashtag, where its writer marked them', () => {
    expect(hashtagWords('AtlasBleu')).toBe('Atlas Bleu');
    expect(hashtagWords('ProjetOrion2026')).toBe('Projet Orion 2026');
    expect(hashtagWords('atlas_bleu')).toBe('atlas bleu');
    expect(hashtagWords('orion')).toBeNull();
  });
});

test('a hashtag is read against the policy of each check: a name one policy lists is not remembered for another', () => {
  const withFalcon = { policy: PolicySchema.parse({ codenames: ['Falcon Blue'] }) };
  const withOther = { policy: PolicySchema.parse({ codenames: ['Heron'] }) };
  const withSalt = (salt: string) => ({ policy: PolicySchema.parse({ codenames: [{ sha256: hashTerm('Falcon Blue', 'one') }], hashSalt: salt }) });
  const draft = 'Kick-off for #FalconBlue today';
  expect(spans(codename, draft, withFalcon)).toEqual(['#FalconBlue']);
  expect(spans(codename, draft, withOther)).toEqual([]);
  expect(spans(codename, draft, withSalt('two'))).toEqual([]);
  expect(spans(codename, draft, withSalt('one'))).toEqual(['#FalconBlue']);
  expect(spans(codename, draft, withFalcon)).toEqual(['#FalconBlue']);
});

test('a hashtag without a capital, digit or underscore is one word, as the boundary pattern alone says', () => {
  const boundary = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|_+/gu;
  for (const tag of ['launch', 'été', 'Orion', 'ÉTÉ', 'atlasBleu', 'a_b', 'q3', 'x٣', 'ǅx', 'ǈa']) {
    const words = tag.split(boundary).filter(Boolean);
    expect(hashtagWords(tag), tag).toBe(words.length > 1 ? words.join(' ') : null);
  }
});

describe('a listed name in its public meaning', () => {
  test.each([
    ['part of a longer public name', 'the Orion Nebula at dusk'],
    ['a prize', 'she won the Nebula Award'],
    ['a possessive public name', 'Orion’s belt over the car park'],
    ['a kind noun before it', 'la constellation d’Orion'],
    ['a kind noun right before it', 'le prix Nebula 2026'],
    ['owned by an acronym', 'ESA’s Orion service module'],
    ['owned by an acronym, after it', 'la capsule Orion de la NASA'],
    ['another establishment’s own name', 'dinner at L’Atlas Bleu in Rabat'],
    ['the sky in the sentence', 'Orion bright tonight, telescope out'],
    ['a common noun after "a"', 'a nebula is a cloud of gas'],
    ['the head of another proper name', 'a photo of the Crab Nebula'],
  ])('passes %s', (_case, text) => {
    expect(spans(codename, text)).toEqual([]);
  });
  test.each([
    ['its own team', 'the Orion team at the planetarium tonight'],
    ['work in the sentence', 'Orion, named after the constellation, goes into beta'],
    ['a department acronym', 'the IT Orion squad shipped'],
    ['a hashtag', 'telescope night #Orion'],
    ['a capital article at a sentence start', 'Done. L’Atlas Bleu passe en prod.'],
    ['a capitalised name after "un"', 'Un Nebula deux fois plus rapide'],
    ['a capitalised word at a sentence start before it', 'Bravo Nebula pour la release'],
  ])('flags %s', (_case, text) => {
    expect(spans(codename, text).length).toBeGreaterThan(0);
  });
});

describe('an unlisted codename given in prose', () => {
  test.each([
    ['a quoted name, then the introducer in brackets', 'le chantier « Sirocco » (c’est notre nom de code interne) démarre', 'Sirocco'],
    ['"en interne" and a naming verb before a quoted name', 'En interne on l’appelle « Castor », il sort lundi', 'Castor'],
    ['a quoted name, a naming verb, then "internally"', 'What we call “Wren” internally ships in May', 'Wren'],
    ['"Project X", then "internal programme"', 'Day 10 on Project Tern. It’s our internal programme for payroll.', 'Tern'],
    ['"Project X", a link, then "internal codename"', 'Join Project Ibis, docs at https://docs.acme-corp.net/ibis. Our internal codename!', 'Ibis'],
  ])('flags %s', (_case, text, flagged) => {
    expect(spans(codename, text)).toContain(flagged);
  });
  test.each([
    ['a quoted phrase', 'En interne on appelle ça « la revue du lundi »'],
    ['a quoted name without a naming verb', 'En interne, « Bravo » à toute l’équipe'],
    ['a job title after "Project"', 'Hiring a Project Manager for our internal programme'],
    ['an internal programme without a name', 'Notre programme interne de mentorat recrute'],
    ['a quoted title in an earlier sentence', 'J’ai lu « Sapiens ». Notre projet interne avance.'],
  ])('passes %s', (_case, text) => {
    expect(spans(codename, text)).toEqual([]);
  });
});

describe('a listed name given to other people’s things (fresh4, 2026-12-02)', () => {
  const withKestrel = { policy: PolicySchema.parse({ codenames: ['Orion', 'Nébula', 'Project Kestrel', { sha256: hashTerm('Atlas Bleu', 'salt') }], hashSalt: 'salt' }) };
  test.each([
    ['lower case after an indefinite article and an adjective', 'Chiné hier : un vieil atlas bleu de 1962, couverture toilée.'],
    ['lower case after "an"', 'what an orion of a night'],
    ['a pet, the kind before it', 'le chien Orion a encore mangé un câble'],
    ['a pet, named with a verb', 'Mon chat s’appelle Nebula et il dort sur le clavier'],
    ['a pet, named in English', 'my daughter named the puppy Orion'],
    ['a pet, the kind after a comma', 'Orion, notre chiot de trois mois, a rongé mon badge'],
    ['a pet, the kind four words after a comma', 'Meet Orion, our new rescue puppy.'],
    ['a child', 'baby Orion slept through the night, finally'],
    ['a beer after the name', 'a cold Orion beer on the beach'],
    ['a beer before the name', 'une bière Orion bien fraîche en terrasse'],
    ['a model number, then the goods', 'our crews swear by their Kestrel 3000 wind meters'],
    ['a birth announcement', 'Bienvenue à Orion, 3,2 kg, né lundi ! Congé paternité pour Paul.'],
    ['a public web server in its .NET stack', 'Our .NET app moved from IIS to Kestrel last year, p95 halved.'],
    ['a public web server with ASP.NET', 'Kestrel is the default ASP.NET Core server, worth a benchmark.'],
  ])('passes %s', (_case, text) => {
    expect(spans(codename, text, withKestrel)).toEqual([]);
  });
  test.each([
    ['capitalised after "un" (a product of ours)', 'Un Orion plus rapide arrive vendredi'],
    ['lower case after the verb "a"', 'on a orion en démo demain 9h'],
    ['lower case, then its team', 'a new orion team starts Monday'],
    ['a beer party for its launch', 'the Orion launch beer party is tonight'],
    ['a beer, but work near', 'Orion beer for everyone to celebrate the release!'],
    ['"our baby" in production', 'notre bébé Orion passe en production lundi'],
    ['a version, not a model', 'Orion 2 ships Monday to every store'],
    ['a year after it', 'Orion 2026 roadmap review at 10'],
    ['"born" of a project', 'Orion est né d’un hackathon il y a deux ans'],
    ['the web server with the project near', 'Kestrel behind IIS: the project team moves it to .NET 8 next sprint'],
    ['a hashtag in a .NET post', 'Migrating to .NET 8 #Kestrel'],
    ['the prefixed name', 'Project Kestrel sits behind IIS for now'],
  ])('flags %s', (_case, text) => {
    expect(spans(codename, text, withKestrel).length).toBeGreaterThan(0);
  });
});

describe('a listed name read across punctuation, as a place, a title or a service (fresh5, 2026-12-02)', () => {
  const withKestrel = { policy: PolicySchema.parse({ codenames: ['Orion', 'Nébula', 'Project Kestrel', { sha256: hashTerm('Atlas Bleu', 'salt') }], hashSalt: 'salt' }) };
  test.each([
    ['a hashed name across a comma', 'Sommet du Toubkal : l’Atlas, bleu au loin, blanc au sommet.'],
    ['a hashed name across a full stop', 'On a traversé l’Atlas. Bleu partout, du ciel aux portes de Chefchaouen.'],
    ['a prefixed name across a colon', 'Side project: kestrel boxes for the village church tower'],
    ['a prefixed name across a line break', 'My weekend project\nkestrel spotting on the cliffs'],
    ['lower case after a possessive', 'ma fille a colorié tout son atlas bleu de géographie'],
    ['lower case after a demonstrative', 'cet atlas bleu de 1970 trône encore dans le salon de ma grand-mère'],
    ['lower case after "my"', 'found my old atlas bleu from school in the attic'],
    ['a residence', 'Vacances en famille, logés à la résidence Nébula, piscine et vue mer.'],
    ['a meeting room of a hotel', 'Le séminaire se tient à l’hôtel du Port, salle Orion, 2e étage.'],
    ['a street', 'Nouveau café ouvert rue Orion, les croissants sont incroyables.'],
    ['a venue after the name', 'Drinks at the Orion Room tonight for Zoe’s birthday'],
    ['a beer style with the name in quotes', 'leur stout « Orion » est parfaite avec le fromage'],
    ['a streaming service', 'Just subscribed to Nebula, their documentaries are worth it'],
    ['a show binged on a service', 'Binged it on Nebula last weekend, the physics series is great'],
    ['a streaming service in French', 'Abonné à Nebula depuis un mois pour les vulgarisateurs, aucune pub.'],
    ['a quoted novel title', 'Je relis « La Nuit d’Orion », un roman de mon adolescence.'],
  ])('passes %s', (_case, text) => {
    expect(spans(codename, text, withKestrel)).toEqual([]);
  });
  test.each([
    ['a hashed name with a hyphen', 'Kick-off Atlas-Bleu lundi'],
    ['a hashed name split by an invisible space', 'Atlas\u200bBleu goes live'],
    ['a possessive, then a work word', 'notre atlas bleu de la release passe en prod'],
    ['a possessive, then its team', 'our orion team ships Monday'],
    ['a possessive, capitalised', 'Notre Orion arrive chez les premiers clients lundi.'],
    ['a name quoted alone as a project', 'Lancement de « Nébula » lundi, merci à tous !'],
    ['a quoted title with the project near', 'Relisez « Le Guide Orion » avant la release de vendredi'],
    ['a subscription, but customers near', 'Our customers subscribed to Orion in record numbers this quarter'],
    ['watching a dashboard on an internal tool', 'We keep watch on Orion for the error budget'],
    ['a possessive before a capitalised name', 'This Orion build is the fastest yet'],
    ['a venue word after "mise en"', 'La mise en place Orion démarre lundi.'],
    ['the prefixed name', 'Project Kestrel: kick-off on Monday'],
  ])('flags %s', (_case, text) => {
    expect(spans(codename, text, withKestrel).length).toBeGreaterThan(0);
  });
});

describe('codename, r4rest subscriptions', () => {
  test.each(['my Nebula subscription renews in May', 'Nebula subscription is worth every cent'])('passes %s', (text) => {
    expect(spans(codename, text)).toEqual([]);
  });
  test.each(['our Nebula subscription tier opens in March', 'project Nebula subscription launch'])('flags %s', (text) => {
    expect(spans(codename, text).length).toBeGreaterThan(0);
  });
});

test('passes a name said to be a bar or a café (fresh37, 2026-12-04)', () => {
  expect(spans(codename, "Le Nebula, c'est le bar en bas du bureau. Afterwork ce soir !")).toEqual([]);
  expect(spans(codename, 'Orion is the platform we ship next month.').length).toBe(1);
});

test('passes Kestrel the web server behind a reverse proxy (fresh40, 2026-12-04)', () => {
  expect(spans(codename, 'Notre API tourne sur Kestrel derrière nginx : 12 000 requêtes par seconde.')).toEqual([]);
});

// fresh54, fresh56 (2026-12-04): a name that is the title of a novel or a documentary, said so.
describe('codename: works named so', () => {
  test.each([
    'Just finished "Orion", the space-opera novel my brother lent me. Five stars.',
    'Watched an excellent Nebula documentary about the early web yesterday.',
  ])('passes %s', (text) => {
    expect(spans(codename, text)).toEqual([]);
  });
  test('still flags a codename in an apposition about our work', () => {
    expect(spans(codename, 'Kickoff for Nebula, the new app for our dealers, next week.')).toEqual(['Nebula']);
  });
});

test.each([
  'Nuit sans nuages au campement, Orion bien haut au-dessus des dunes.',
  'Afterwork hier soir au Nébula, le rooftop du port : merci à tous !',
])('passes the sky and a venue named so (fresh63, 2026-12-04): %s', (text) => {
  expect(spans(codename, text)).toEqual([]);
});

test('passes a business of that name, called so (fresh65, 2026-12-04)', () => {
  expect(spans(codename, 'Watched a creator-owned video platform called Nebula explain the economics of documentaries.')).toEqual([]);
  expect(spans(codename, 'Our new platform called Nebula launches Monday.')).toEqual(['Nebula']);
});

test('passes a two-word name of a documentary watched (review, 2026-12-04)', () => {
  expect(spans(codename, 'Just watched the great new Atlas Bleu documentary, a must for sailors.')).toEqual([]);
});

// fresh70, fresh72 (2026-12-04): a constellation seen rising, a bird at its nest, a dish and a beer named so.
describe('codename: the sky, the wild, a menu', () => {
  test.each([
    'Last night we watched Orion rise above the substation while the crew finished up.',
    'A pair of kestrels is back in the Kestrel nest box on our pylon: the line crew reschedules the climb.',
    'Le bistrot du port sert un dessert nommé « Nébula », meringue et fruits rouges.',
    '« Orion » : c’est le nom de la nouvelle bière de la brasserie du coin, testée vendredi.',
  ])('passes %s', (text) => {
    expect(spans(codename, text)).toEqual([]);
  });
  test.each([
    '« Orion » : c’est le nom de notre nouvelle app, lancement en mars.',
    'Orion rises to the top of our roadmap: the billing rewrite starts Monday.',
  ])('flags %s', (text) => {
    expect(spans(codename, text).length).toBeGreaterThan(0);
  });
});

// fresh74, fresh76, fresh77 (2026-12-04): a pet's nickname, a blue atlas on a shelf, the word itself.
describe('codename: nicknames, things in lower case, the word', () => {
  test.each([
    'Notre chien de garde, Rex, a adopté le hall B. Les vigiles l’ont surnommé « Orion » à cause de sa ceinture lumineuse.',
    'Trouvé chez un bouquiniste : un vieil atlas bleu de 1958, cartes dépliantes comprises.',
    'Fun fact: the word nebula is Latin for mist. Our new meeting room is named after it.',
  ])('passes %s', (text) => {
    expect(spans(codename, text)).toEqual([]);
  });
  test.each(['Le projet atlas bleu passe en recette lundi.', 'Le nouvel atlas bleu de notre équipe data part en recette lundi.'])('flags %s', (text) => {
    expect(spans(codename, text).length).toBeGreaterThan(0);
  });
});

// fresh81 (2026-12-05): "de série" is a car maker's series production, not a TV series.
test('flags a codename beside series production (fresh81)', () => {
  expect(spans(codename, 'Kick-off Orion avec les fournisseurs jeudi. Apportez vos capacités de série et vos plannings.')).toEqual(['Orion']);
  expect(spans(codename, 'Binge-watched the Orion series on the train: the third season is the best.')).toEqual([]);
});

// fresh83 to fresh85 (2026-12-05): a class of drones, a design studio, a plant given a name.
describe('codename: round 8 public senses', () => {
  test.each([
    'Orion-class patrol boats are what the coastguard uses around the harbour.',
    'Superbe travail du studio Orion Design de Nantes sur nos maquettes 3D.',
    'Someone named the breakroom cactus Orion and now it has its own Slack channel.',
  ])('passes %s', (text) => {
    expect(spans(codename, text)).toEqual([]);
  });
  test('flags the project beside its own class of work', () => {
    expect(spans(codename, 'Orion passe en pilote chez trois clients lundi.')).toEqual(['Orion']);
  });
});

// fresh90, fresh93 (2026-12-05): a lodge, a photographer's lens, a steering committee's meeting.
test.each([
  'The Orion Lodge by the substation serves the best breakfast in the valley.',
  'Love the orion shot over the turbines! Which lens did you use?',
])('passes %s (fresh90)', (text) => {
  expect(spans(codename, text)).toEqual([]);
});
test('flags a codename after a steering committee (fresh93)', () => {
  expect(spans(codename, 'Compte rendu – COPIL Orion – 10/12\n1. recette paie : 90 % OK')).toEqual(['Orion']);
});

// fresh94 (2026-12-05): the constellation seen coming up over a vineyard or a hill.
test.each([
  'Soirée de taille tardive : on a vu Orion se lever derrière les chais vers 22 h.',
  'Every harvest, when Orion appears above the ridge, we know the last truck is close.',
])('passes %s (fresh94)', (text) => {
  expect(spans(codename, text)).toEqual([]);
});

// fresh99, fresh101 (2026-12-05): the constellation's belt, a pet introduced after its name.
test.each([
  'Dark skies at the campsite, showed the kids Orion and its belt before bed.',
  'Orion, notre golden retriever de 6 ans, fait désormais partie de l’équipe d’accueil du cabinet.',
])('passes %s (round 12)', (text) => {
  expect(spans(codename, text)).toEqual([]);
});

// fresh102 (2026-12-05): the night sky's emoji beside the constellation.
test('passes Orion beside a night-sky emoji (fresh102)', () => {
  expect(spans(codename, 'Orion was stunning over the river at 6 a.m. after the night shift 🌌')).toEqual([]);
});

// fresh103, fresh104 (2026-12-05): the constellation before sunrise, another's company or a restaurant named so.
test.each([
  'From the depot roof at 5 am you can still catch Orion before the sun takes over.',
  'Just restored an Orion Pictures thriller from 1987 in 4K, the grain is gorgeous.',
  'Lunch at Nebula, the new Georgian place near the office. The khachapuri is worth the queue.',
])('passes %s (round 13)', (text) => {
  expect(spans(codename, text)).toEqual([]);
});

// fresh106, fresh107, fresh109, fresh112 (2026-12-05): a dish or an ice cream named after the mountains, a class of ships, a
// work of music; the project itself in quotes stays flagged.
test.each([
  'Le glacier du port propose une « coupe Atlas bleu » cet été, myrtille et amandes.',
  'Au menu de la cantine vendredi : tajine « Atlas bleu », semoule et pois chiches.',
  'Two Orion class patrol boats moored next to our barge this morning, impressive hulls.',
  'Ce soir l’ensemble joue la symphonie « Nébula » d’une jeune compositrice lyonnaise.',
])('passes %s (rounds 14 and 15)', (text) => {
  expect(spans(codename, text)).toEqual([]);
});
test('flags the project named in quotes (rounds 14 and 15)', () => {
  expect(spans(codename, 'Le projet « Orion » passe en recette lundi, on serre les dents.')).toEqual(['Orion']);
});
