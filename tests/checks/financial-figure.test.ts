import { financialFigure } from '../../utils/checks/financial-figure';
import { context, spans } from './helpers';

describe('financial-figure', () => {
  test.each(["Q3 revenue will hit €12M.", "Marge de 18 % au prochain trimestre, pas encore annoncé.", "We are on track to close the year at $48M ARR", "Preliminary numbers: EBITDA margin at 22%", "Notre chiffre d’affaires devrait dépasser 150 millions d’euros cette année", "Chiffres internes du mois : 3,2 M€ de ventes", "Backlog expected to reach $1.2B by year end", "Q4 sales: $5.2M (unaudited)", "Objectif de croissance de 25 % pour 2026, pas encore public", "Le CA du T3 sera de 42 M€", "Our weighted pipeline just crossed $41M for H1.", "Finance committee signed off on a €2.8M budget.", "ARR at $23.5M, churn 1.8%. Keep this to yourselves until we report.", "Avant la communication financière de jeudi, le CA frôle les 210 M€", "Ventes d’octobre : 2,4 M€ !! Les chiffres officiels sortent le 15.", "Le comité d’investissement vient de valider 1,8 M€ pour le nouvel entrepôt.", "Budget signed off by the board: 750k for the Porto office.", "Le CA dépasse 31 millions, mais les résultats ne seront publiés que le 15 mars.", "Net sales for May closed at €4.1M. The quarterly figures come out on 20 July.", "Revenue: £2.9m. Proper numbers at the trading update.", "Churn this year: 0.9%. We’ll share it properly at investor day.", "420 k€ de contrats signés en mai, chiffres pas encore consolidés.", "Can’t say much before Tuesday, but EBITDA came in above €6M.", "Filiale de Rabat : 40 MMAD de ventes au S1, pas encore publié.", "Hiring plan signed off: +25 in Porto, not announced yet.", "Le plan prévoit 60 recrutements, rien n’est encore officiel.", "Run-rate at €15M, noch nicht veröffentlicht.", "DIFFUSION LIMITÉE – slide 4 : marge brute à 41 %.", "Revenue: $8M. A record. Full numbers at the investor day, not public until then."])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each(["As published in our annual report, revenue grew 12% to €1.2B.", "Selon notre communiqué de presse, le chiffre d’affaires atteint 340 M€.", "Over 10,000 customers", "The Starter plan stays at €9/month", "We will open 3 offices next year", "ça va augmenter de 20 % les inscriptions", "We planted 25,000 trees; next stop 50,000", "Revenue grew 9% last year, as announced in our press release", "Our half-year report is out: revenue of €412M, up 6%.", "The earnings call replay is online: Q3 revenue of $96M, as reported yesterday.", "Comment défendre un budget en comité ? Mes 5 conseils après 10 ans.", "Training for a 10k next month!", "We’ll share photos next week: €2,000 raised for the food bank!", "Our trading update is out: revenue up 4% to £310m.", "Per the IEA’s 2025 outlook, global EV sales passed 17 million units last year.", "According to the IMF, growth will reach 3.1% next year.", "Selon l’OCDE, la croissance française atteindra 1,2 % en 2027.", "Tombola au profit de l’école : 5 € le ticket, tirage vendredi.", "Gala tickets: €80 per head, proceeds to charity.", "We’re hiring 25 engineers in Lisbon next year.", "Our docs used to be \"Confidential\" by default; now revenue is public: €40M."])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// Classes found by the fresh4 held-out set (2026-12-02): a publication still to come after "once"/"until", a
// published word continuing a sign ("pas encore annoncé officiellement"), a figure known to a few inside, a deal
// whose other side cannot be named.
describe('financial-figure: signs of fresh4', () => {
  test.each([
    'Contract value €3.1M, signed Friday. We’ll celebrate once the press release is out.',
    'Bookings hit $7M this quarter, and we keep quiet until it’s public.',
    'Le contrat pèse 2,6 M€, on en parlera une fois que ce sera officiel.',
    'Revenue of €40M, not yet announced officially.',
    'Pas encore publié officiellement : marge brute de 44 % sur l’exercice.',
    'Cost cuts of €1.1M planned for 2027, and nobody outside the exec team has seen them.',
    'Only the leadership team knows: our margin jumped to 29%.',
    'Personne en dehors du comex n’est au courant : 4,5 M€ d’économies sur les achats.',
    'I can’t name the client, but the deal is worth $2.2M.',
    'Je ne peux pas dire avec qui, mais le contrat fait 900 k€.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Once announced in March, our revenue of €40M was on every slide. As reported in the annual report.',
    'Our results are out: revenue up 8% to €210M, as published this morning.',
    'Only the team knows how hard it was to reach 10,000 customers.',
    'Only 5% of CFOs know their cash flow of €2M, according to a study.',
    'Once more, tickets are €20 per person.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// Classes found by the fresh5 held-out set (2026-12-02): figures in words or in a pipe table, a ban on talking about it,
// never to be said officially, the rest of the company hearing later; a figure said to the press is published, and a
// title's word is no sign.
describe('financial-figure: signs of fresh5', () => {
  test.each([
    'Nouveau contrat signé : près de trois millions d’euros sur cinq ans. Interdit d’en parler avant l’annonce du client.',
    'We just closed a deal worth two and a half million dollars. Not allowed to talk about it until they announce.',
    'Budget notes (keep it to yourselves):\n| Team | Budget |\n| Data | €2.1M |\n| Sales | €3.4M |',
    'On ne pourra jamais dire officiellement que la refonte a coûté 7 M€ au lieu de 3.',
    'We can never officially say the migration cost $5M.',
    'The 2027 plan puts €4M into the platform, which the rest of the company will only hear about in January.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Comme l’a dit notre DG dans Les Échos, nous visons 300 M€ de chiffre d’affaires en 2029.',
    'As our CEO told Reuters last week, we target $500M in revenue by 2028.',
    'Notre CEO l’a rappelé dans une interview sur BFM Business : objectif 1 Md€ de ventes en 2030.',
    'Deux millions et demi d’euros : c’est le budget moyen d’un film français, selon une étude.',
    '| Plan | Price |\n| Pro | €20 |\n| Team | €50 |',
    'Déjeuner au « Confidentiel », le petit bistrot du coin : menu à 19 €.',
    'Trouvé pour 3 € chez un bouquiniste : « Dossier confidentiel », un polar des années 70.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

describe('financial-figure: indirect signs, ratios, points, digits counted (fresh6 classes)', () => {
  test.each([
    "can't say much, but our H1 combined ratio landed at 94%, and the street has no idea yet.",
    'Les chiffres du S1 seront 2 points au-dessus du consensus, les analystes ne les ont pas encore.',
    'Ventes du week-end : 410 k€. Je ne devrais pas le dire ici.',
    'EBITDA at €3.1M for the quarter, before the audit of course.',
    'Closing a seven-figure deal with a carrier. Signature is next Monday, fingers crossed.',
    'Notre CA de mars a atteint 1,9 M€.\n\nCe chiffre n’est pas encore remonté au siège.',
    'Savings of €2m to €3m a year, numbers their CFO hasn’t even seen.',
    'Margin at 19% this quarter, my boss would kill me for posting it.',
    'Our margin will be two points above consensus. The analysts don’t have it yet.',
    'La croissance sera de cinq pour cent, pas encore annoncé.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'The European Commission expects eurozone GDP growth of 1.2% next year.',
    'Selon la Banque centrale, le PIB progressera de 0,9 % l’an prochain.',
    'Our pipeline posts to https://hooks.example.com/services/T04QJ7K2M/B07HX5R3N1P/abc on every merge.',
    'Six-figure salaries for juniors are a myth, negotiate anyway.',
    'Revenue grew 12% last year.\n\nThe numbers are in our annual report.',
    'We finished two points above the other team in the quiz, can’t say much more.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// The unsourced model (fresh15-fresh18, 2026-12-03): the signs that a figure is not public are phrased without end, so a
// money metric with a sizeable amount or a rate is flagged with no sign at all, unless the draft says where it is published
// or announces it; the message then asks whether the figure is public.
describe('financial-figure: money metrics with no source', () => {
  test.each([
    'Our EBITDA came in at €14.2M in October.',
    'Nice work team: the Lisbon contract is worth €3.4M over four years.',
    'Chiffre d’affaires du mois : 2,7 M€, merci à tous.',
    'We closed the acquisition of a Porto design studio for €8M.',
    'Churn dropped to 1.2% in October.',
    'Le rachat de l’atelier voisin s’est fait à un million et demi d’euros.',
    'The capex for the new press line is €27m.',
    'Q4 revenue landed at €9.1M. We report in February.',
    'Orders for the year reached €2.9M, a record for the Nîmes plant.',
    'La masse salariale augmentera de 7 % l’an prochain.',
    'Smarter stock this year: our gross margin rose to 41%.',
  ])('flags %s and asks whether it is published', (text) => {
    const found = financialFigure.check(text, context());
    expect(found.map((finding) => text.slice(finding.start, finding.end))).toEqual([text.split(/(?<=\.) /)[0]]);
    expect(found[0]?.message).toMatch(/no sign it is published/);
  });
  test.each([
    'Our annual results are out: revenue of €88M, up 5%.',
    'Thrilled to announce our €12M Series A, led by two Nordic funds!',
    'According to Gartner, the sector’s revenue reached $4.5bn.',
    'Partner revenue grew 30% last year.',
    'Le budget participatif de la métropole : 2 M€ pour vos projets.',
    'Black Friday deal: -30% on the Pro plan until Sunday.',
    'Our Starter plan costs €29 per month.',
    'Exemple pour la formation : une marge de 40 % sur un chiffre d’affaires de 100 000 €.',
    'My holiday budget this year: €2,400 and a tent.',
    'Our €6M fundraise, announced in March, paid for the new lab.',
    'Our 2025 accounts are on Companies House: turnover of £9.8m and a small profit.',
    'The valuer says the old mill is worth €2M, and a cask sold for £1.1m at auction.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
  test('a sign still gives the not-published message, not the question', () => {
    const text = 'Revenue hit €9M, not announced yet.';
    expect(financialFigure.check(text, context())[0]?.message).toMatch(/does not look published yet/);
  });
});

// Signs from fresh19 (2026-12-03): a short paragraph is one message, so its sign reaches every figure in it; the count of
// employees is a headcount; an audience that will learn the figure later, in French too; a figure kept within the team.
describe('financial-figure: signs of fresh19', () => {
  test.each([
    'Dès février, le menu du midi passera à 14,90 € dans nos trois brasseries. Les fournisseurs ont encore augmenté. Les ardoises ne sont pas refaites, donc pour l’instant c’est entre nous.',
    'Shhh, not supposed to say this yet: we are at 212 employees today and will be around 260 by June.',
    'Quarante-deux chaudières vendues pour un peu plus de six millions d’euros. Nos distributeurs découvriront ces chiffres au salon.',
    'Our catch forecast for next season is 8,000 tonnes, up from 6,500. Keep it within the team until the buyers meeting.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Menu du midi à 14,90 € dans nos trois brasseries. Les fournisseurs ont encore augmenté. On vous attend !',
    'We are 212 employees today, as listed on our careers page, and we still answer every application.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// From fresh20 (2026-12-03): "par rapport à" (compared with) names no report; French "revenus" are revenue; a publication
// said to be still to come in its own sentence does not make the figure public.
describe('financial-figure: fresh20', () => {
  test.each([
    'Renouvellement signé avec le client : 900 k€ de primes, +12 % par rapport au contrat précédent.',
    'On a franchi les 450 k€ de revenus récurrents annuels ce mois-ci, bravo à tous.',
    'Exercice clôturé à 7,1 M€ de CA 🎉 Le communiqué officiel sort en avril, chut.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test('passes a figure published last week beside an event to come', () => {
    expect(spans(financialFigure, 'Join our investor day on 12 March: the CFO will walk through revenue of €180M, published last week.')).toEqual([]);
  });
});

// From fresh35 (2026-12-04): the other side's answer or the company's counter on a date to come, a signing planned for a
// date, an announcement at an event to come and a price per seat before customers are told keep a figure unpublished; a
// public body's budget voted or tabled in public, and a noun qualified by "signature", do not.
describe('financial-figure: fresh35', () => {
  test.each([
    'Our bid for the harbour lighting came in at £2.2m. The port authority chooses on the 20th — they decide next Tuesday.',
    'Offer on the table for our mobile unit: €4M. We are countering on Friday.',
    'Distribution deal closed: 90 000 bouteilles par an à 6,10 €, signature prévue début février.',
    'Nouvelle grille : abonnement Pro fixé à 39 k€ par an, annonce au salon Eurosatory en juin.',
    'Team tier moves to €19/seat in May; we tell customers on 2 April.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'The state government’s 2026-27 budget, tabled in Parliament this week, funds $60m of school batteries.',
    'Le budget 2027 de la Métropole de Lyon, voté hier en conseil, prévoit 15 M€ pour les pistes cyclables.',
    'Analysts size the e-signature market at $7bn in 2027.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// From fresh38 (2026-12-04).
describe('financial-figure: fresh38', () => {
  test.each([
    'Revue des coûts, à ne pas transférer :\n| Atelier | Coût unitaire | Prix client 2027 |\n| Presse 2 | 1,84 € | 2,65 € |',
    'Notre prix pour la saison 2027 : 6,40 EUR/kg. On ne l’envoie que lundi, après le comité.',
    'Desk note: Q3 trading P&L at +$18M so far. Not in the accounts yet, the CFO presents to the risk committee on the 9th.',
    'Offre déposée à 312 USD/t. Le résultat de la consultation sort jeudi.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
});

// From fresh39 (2026-12-04).
describe('financial-figure: fresh39', () => {
  test.each([
    'CONFIDENTIAL - EXCO ONLY\nQ4 loss ratio review\n- Motor: 92.4%\n- Property: 71.9%',
    'Depot closure: estimated write-down of A$14m, to be disclosed with the full-year results in August.',
    'Between us and the exco: total payment volume for October reached RM2.4bn (unaudited).',
    'Lifetime value around ₹410 crore! The press release waits for the OEM’s letter, so keep LinkedIn quiet please.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Our annual statutory statement is filed and public: gross premiums of $640M and a combined ratio of 96.8%.',
    'Le ministère a annoncé ce matin 3 M$ pour le programme IA-climat de nos partenaires universitaires.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// From fresh40 (2026-12-04).
describe('financial-figure: fresh40', () => {
  test.each([
    'We are offering ISK 610/kg in the haddock quota bid we submit on Thursday.',
    'Renewal done: 18 engineers at a blended $61/hour, a rate we haven’t shared with the other accounts yet.',
    'The draft offer we send the Munich client tomorrow: €0.027 per labelled frame on 25M frames.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Our supplier’s list price is public: €2,450 per unit, spare batteries €180. Compare before you sign anything with a reseller.',
    'We priced a metre of fabric on the whiteboard with made-up numbers: yarn €2.10, weaving €0.80, margin 12 %.',
    'Late donors can still send to IE40 BOFI 2374 0954 6111 39, we raised €6,400 so far!',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

test('flags fees before holders are told and prices not yet quoted (fresh41, 2026-12-04)', () => {
  expect(spans(financialFigure, 'Les frais de gestion du fonds baisseront à 0,70 % au 1er septembre. Annonce aux porteurs en juillet.').length).toBeGreaterThan(0);
  expect(spans(financialFigure, 'Probe-card pricing for 2027, not yet quoted to customers: NTD 0.38 per die.').length).toBeGreaterThan(0);
});

// fresh56 (2026-12-04): the post is the publication, a founder sharing numbers in the open; figures for illustration.
describe('financial-figure: fresh56', () => {
  test.each([
    'Building in public, month 9: MRR $14,200, churn 2.8%, runway 11 months.',
    'C\'est officiel depuis ce matin : notre levée de 1,8 M€ est bouclée, merci à nos investisseurs !',
    'Imaginons une marge brute de 60 % sur un panier de 80 € : que reste-t-il après la livraison ?',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
  test('still flags a figure with a sign it is not public, in a build-in-public post', () => {
    expect(spans(financialFigure, 'Building in public, but not this one yet: the term sheet values us at $30M, unsigned, keep it quiet.').length).toBeGreaterThan(0);
  });
});

// fresh54 to fresh57 (2026-12-04): more ways to say a figure is not public yet, and lessons and households.
describe('financial-figure: fresh54 to fresh57', () => {
  test.each([
    'Our tender for the harbour works came in at €7.4m; the press release isn\'t until after the board meets.',
    'Nouveaux tarifs : hausse de 4,5 % au 1er avril. Nos distributeurs ne sont pas encore au courant.',
    'Seed of £3m at £15m post, agreed in principle, nothing is signed.',
    'It stays quiet until the partner signs, but the renewal is $420k a year.',
    '(meant to DM this) the buyer offered $6.2M for the product line.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Manager training exercise: if your team\'s target is €2m revenue and it lands €2.2m, the bonus multiplier is 110%.',
    'Our household budget for the year in Lisbon: €2,100 a month for a flat near the river.',
    'The national retail federation says online sales grew 8 % in 2025.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

test('passes figures said to be disclosed already or in a public prospectus (fresh61, 2026-12-04)', () => {
  expect(spans(financialFigure, 'As disclosed in this morning\'s exchange filing, the board approved EUR 40 million for the new plant.')).toEqual([]);
  expect(spans(financialFigure, 'Our prospectus is now public: revenue for FY25 was EUR 310 million, page 88.')).toEqual([]);
});

// fresh59, fresh60 (2026-12-04): a figure published only on a later date, or kept from partners.
describe('financial-figure: fresh59, fresh60', () => {
  test.each([
    'Ventes Belgique du trimestre : 12,4 M€. Les résultats du groupe ne sont publiés que le 30, pas de partage avant.',
    'The committee set the list price at $2,400 per dose. Please keep both numbers out of any partner email.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test('passes a public body\'s own figure', () => {
    expect(spans(financialFigure, 'The land department says Q2 transactions hit AED 98bn, a record.')).toEqual([]);
  });
});

test('flags figures heard first here, or for the board only (fresh58, fresh61, 2026-12-04)', () => {
  expect(spans(financialFigure, 'We saved €920k in late fees this quarter. It goes in the CFO letter in November, so you are the first to hear it.').length).toBeGreaterThan(0);
  expect(spans(financialFigure, 'The bankers value the unit at USD 210M. A number for the board only, nothing is decided.').length).toBeGreaterThan(0);
});

// fresh61 to fresh65 (2026-12-04): job ads, procurement portals, a studio's blog, a crowdfunding total; a negated future report.
describe('financial-figure: fresh61 to fresh65', () => {
  test.each([
    'Hiring a data engineer in Kraków. Budgeted range: PLN 22k to 28k a month. Apply through our careers page.',
    'The council\'s grounds contract award is now on Contracts Finder: £418k a year, to a local cooperative.',
    'Our crowdfunding campaign closed at €96,400 from 2,310 backers. Thank you!',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
  test.each([
    'We cut the catering contract from £390k to £344k a year. The award isn\'t on Contracts Finder yet, so no posts until it is.',
    'The board signed off next year\'s budget: SEK 41m. It won\'t be in the annual report until spring.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
});

test('reads ariary and an announcement planned, read here first (fresh63, 2026-12-04)', () => {
  expect(spans(financialFigure, 'Le forfait 2 Go passera de 9 000 à 11 000 Ariary le 1er février. Annonce officielle prévue le 25, vous l\'avez lu ici en premier.').length).toBeGreaterThan(0);
  expect(spans(financialFigure, 'L\'embargo est levé : notre chiffre d\'affaires mobile progresse de 18 % au troisième trimestre.')).toEqual([]);
});

// The review of stop 29's phrases (2026-12-04): everyday words are no sign and no source.
describe('financial-figure: everyday phrases', () => {
  test.each([
    'Store hours change: we now restock after closing. Prices from €5.',
    'Not signed up yet? Early-bird tickets are €99.',
    'Hush puppies are back on the menu, €6.',
    'Room rates from €120 per night, half board only.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
  test.each([
    'Q4 forecast as presented: revenue of €14M, EBITDA of €2M.',
    'Quick update for our backers: MRR is $84k and burn is $210k a month.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
});

test('a sign that a deal is not public never clears what flags it without one (classes-r15, 2026-12-04)', () => {
  const unsigned = "Le rachat du concurrent se ferait pour une vingtaine de millions d'euros.";
  expect(spans(financialFigure, unsigned).length).toBe(1);
  expect(spans(financialFigure, `${unsigned} Personne n'en parle avant le closing.`).length).toBeGreaterThan(0);
});

// fresh70, fresh71, fresh73 (2026-12-04): not filed with the regulator, not audited, not on the website, not leaving the
// room; a move said with a verb or a colon; a negotiation's first offer; a price validated by a vice-presidency.
describe('financial-figure: filings, audits, opening offers', () => {
  test.each([
    'Tariff working file\nProposed commercial increase: 3.9% (not yet filed with the Utilities Commission)',
    "La baisse sera finalement de 2,5 % — le dossier n'est pas encore déposé au régulateur.",
    'Our Oslo outlets lost NOK 6M on returns this year, draft numbers, haven’t been through audit.',
    'Heads-up for sales: the Team plan goes to $24/seat in April. This is not on the website yet.',
    'Notre première offre au syndicat sera à 1,8 %. Ça ne sort pas d’ici avant jeudi.',
    'Notre prix final, 3 950 000 $ avant taxes, a été validé hier par la vice-présidence.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Our 2026 rate case is on the regulator’s website: a 3.9% increase, filed on 2 October.',
    'The new Team plan is $24/seat, live on the website today.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// fresh72, fresh73 (2026-12-04): a release said out now is a source; an engineer's pipelines are no sales pipeline.
describe('financial-figure: releases out now, data pipelines', () => {
  test.each([
    'Our half-year release is now out: net new money of CHF 2.4 bn and a 2028 cost/income target of 66 %.',
    'Three months in, we moved 25% of ingestion to the new data pipeline. Thanks, platform team!',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
  test('flags a sales pipeline still internal', () => {
    expect(spans(financialFigure, 'Weighted pipeline for Q1 is €14M, internal only until the kick-off.').length).toBe(1);
  });
});

// fresh75, fresh77 (2026-12-04): the announcement heading the post, a list on a named site, a trial's results, an ethics committee.
describe('financial-figure: headings, named sites, medicine', () => {
  test.each([
    'Annonce officielle : marché de 8,2 M€ attribué par le CHU pour 14 salles de réveil.',
    'Our institute received a EUR 2.1M ERC grant, as listed on the ERC website since Monday.',
    'CONFIDENTIEL\nRésultats intermédiaires essai ORCA-3 : réponse 38 % vs 24 % sous placebo.',
    'Les volontaires sont défrayés 40 € par visite, montant fixé dans le protocole approuvé par le comité d’éthique.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
  test.each([
    'L’annonce officielle aura lieu lundi : contrat de 8,2 M€ avec le CHU.',
    'The grant (EUR 2.1M) will be on the ERC website next week; keep it quiet until then.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
});

// fresh76, fresh77 (2026-12-04): rates of an agency, "not sent … yet", "zip it", a grid validated by management, extra credits asked.
describe('financial-figure: agency rates, not sent yet', () => {
  test.each([
    'Draft rate card for the summer ambassadors, NOT shared with the agents yet: tier A $14k per video, tier B $3k.',
    'We are moving our day rate to €980 for design from March, clients hear about it in January, so zip it.',
    'La grille validée par la direction : 9 000 € par créateur, 2 000 € pour les micros. Ne la partagez pas avant lundi.',
    'Note au ministère (version non transmise) : on demandera 1,8 M€ de crédits supplémentaires pour les labos.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Our public rate card is on the website: €980 a day for design, since January.',
    'The parcel was not sent to the depot yet, so the €45 fee is still pending.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// fresh81 (2026-12-05): a car maker's ways of saying a figure is not out.
describe('financial-figure: a car maker’s signs', () => {
  test.each([
    'Atlas BOM is now €21,300 per car; please keep it out of slides that leave the building.',
    'À ne pas répéter : la prime à la reprise de février sera de 2 500 € sur les hybrides.',
    'Nous confirmons un prix de 98,20 € HT par faisceau pour 2027, sous réserve de validation par notre direction.',
    'Cost per vehicle for the city van fell to €2,150 in October. Not for the external benchmark yet.',
    'The dealers just heard the launch price is €41,900 and that it goes public in two weeks.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test('passes a launch price already public', () => {
    expect(spans(financialFigure, 'The launch price, €41,900, went public last week with the press kit.')).toEqual([]);
  });
});

// fresh82 to fresh85 (2026-12-05): retail, telecom, building and NGO ways of saying a figure is not out, and public look-alikes.
describe('financial-figure: round 8 signs and look-alikes', () => {
  test.each([
    'Merging the two Liège depots should save €1.4m a year. Staff reps aren’t informed until 2 April, so keep it here.',
    'Promo de Pâques validée : le jambon passe à 6,99 € au lieu de 8,49 €, prospectus pas encore imprimé.',
    'Tarif de gros pour la fibre noire : 980 € par km et par an. Présenté au comité le 14 ; d’ici là, c’est un brouillon.',
    'Interconnect fee for the new route lands at €0.0041 a minute. You didn’t read that here.',
    'Notre offre au bailleur part ce soir : 4,2 M€ HT pour la résidence. On n’en parle à personne avant la négociation.',
    'Bid for the 3.6 GHz lot went in at €27m tonight. Nobody outside this room gets to know.',
    'Devis retenu pour le gros œuvre : 1,8 M€, mais on attend le feu vert du client avant d’informer les entreprises.',
    'Grant from the foundation: CHF 3.1m over four years. We hold our press release until their board meets.',
    'Le chiffre d’affaires du semestre, 61 M€, tombera officiellement dans dix jours avec les résultats.',
    'Tableau des promos (prospectus pas encore imprimé) :\n| Article | Prix actuel | Prix promo |\n| Riz 1 kg | 2,19 € | 1,59 € |\n| Huile 1 L | 3,49 € | 2,79 € |\n| Thé x40 | 4,10 € | 2,99 € |',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Petit exercice de la formation chefs de rayon : acheté 1,20 € HT, vendu 1,99 € TTC, quelle marge ? Réponse demain.',
    'Kantar says discounters now hold 19% of grocery value sales in Belgium. Worth knowing for anyone negotiating this spring.',
    'Salaire minimum à Genève : 24,32 CHF de l’heure. Chiffres officiels du canton.',
    'We moved our cleaners to €14 an hour ahead of the legal rise. Already announced at the town hall, proud of it.',
    'La ville a voté hier en conseil municipal son budget 2027 : 38 M€ pour les écoles.',
    'The OECD regular budget for 2026 was approved at about €220 million by its council.',
    'Under the new law, firms with net profit above €5m must publish their pay gap.',
    'My personal renovation budget: €24k, spent €31k. Scope creep is universal.',
    'Wi-Fi du dépôt : "Quai-Nord", clé "Palier!9mm_Rampe".',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// fresh86 to fresh89 (2026-12-05): hotels', insurers', investors' and public buyers' signs, and look-alikes.
describe('financial-figure: round 9 signs and look-alikes', () => {
  test.each([
    'Team only: the 2027 spa package will be CHF 1 180 per couple. Marketing announces it on the 12th.',
    'Corporate rate for 2027 set at €212 B&B. Share with key accounts only after the GM sign-off.',
    'Renewal done at a 9 % premium increase we have not put in writing yet. Great work, underwriting!',
    'Our £6M seed round signs on Friday. Please don’t congratulate me in public until the press piece runs.',
    'Le prestataire propose 96 000 € par an, notre plafond interne est à 80 000. Le bureau n’a pas encore tranché.',
    'Le PTI retenu prévoit 2,1 G$ sur dix ans, mais ce ne sera rendu public qu’au dépôt du budget. Motus.',
    'Meilleure offre pour les tramways : 31,5 MCHF. D’ici l’adjudication, personne ne sait rien.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'A seed round in medtech is typically $3-6M, with a pre-money between $8M and $20M. Thread below.',
    'Les honoraires moyens des cabinets ont progressé de 3 % ce trimestre selon l’enquête annuelle de l’ordre.',
    'La Ville a adjugé le marché des navettes pour 9,8 MCHF. La publication officielle est sur simap.ch.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// fresh90 to fresh93 (2026-12-05): traders', bankers', newsrooms' and HR's signs, and their metrics.
describe('financial-figure: round 10 signs and metrics', () => {
  test.each([
    'Notre prix plancher pour le contrat d’électricité est fixé à 71 €/MWh. Le client ne le connaît pas encore.',
    'Not for outside ears yet: revenue per merchant reached €940 in November, our best month.',
    'Entre nous : la mesure interne donne 24 % de PDA au journal de dimanche, l’institut ne publiera que mardi.',
    'Chiffres à garder sous le coude jusqu’à la conférence de presse : diffusion payée 48 200 exemplaires, -2,4 %.',
    'Ce que nos managers ne savent pas encore : la grille interne des techniciens passera à 38–42 k€ en avril.',
    'La marge de notre activité de conseil est tombée à 7,1 %, et le DAF ne veut pas que le chiffre sorte avant le comité.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
});

// fresh94 to fresh97 (2026-12-05): a publication awaited "until then", a bid's unit price, an outcome or an announcement on a
// date to come, a group the figure is kept within, a concession until signing, a sign in Spanish.
describe('financial-figure: round 11 signs', () => {
  test.each([
    'Good news: the harbour authority extended our dredging contract for two more years. Value is €1.6M over the term — the announcement goes out with the H1 press release in July, so please no reposts until then.',
    "Marché de la cantine du lycée : notre offre est partie hier à 2,95 € le repas. Les enveloppes sont ouvertes jeudi, on n'en parle à personne.",
    'Soumission déposée pour le marché de la Métropole : 1,8 M€ sur quatre ans. On connaîtra le résultat après la commission du 14 février.',
    'La licence passera à 6,20 €/poste en septembre ; on annonce la nouvelle grille aux revendeurs en mars seulement.',
    'Nos tarifs partenaires : 480 € la journée de formation. Gardez ça au sein du comité, merci.',
    'Pour votre réseau nous pouvons faire 14 € par licence au lieu de 17 €, merci de le garder pour vous jusqu’à la signature.',
    'Todavía no se anuncia, pero el contrato con la cadena es de 2,3 M€ por temporada. Great news for the coop!',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
});

// fresh98 to fresh101 (2026-12-05): a sealed envelope, a figure for a few eyes, an announcement not dated yet, clients or staff
// not aware.
describe('financial-figure: round 12 signs', () => {
  test.each([
    "Candidature déposée pour l'Open de tennis 2028. Garantie financière proposée : 1,9 M€, sous pli fermé jusqu'à l'ouverture par la fédération en avril.",
    'Partners, for your eyes: the retainer we propose to the port authority is 240k CAD a year, floor at 210k.',
    'We signed the term sheet at a $85M pre-money this morning. Legal docs next, announcement TBD.',
    'Notre tarif de bilan passe à 72 € en mars, les clients ne sont pas au courant. Avis des confrères ?',
    "Offre de reprise du cabinet à 640 k€, les salariés ne sont au courant de rien pour l'instant.",
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
});

// fresh98 to fresh101 (2026-12-05): a scam's message quoted, a signing done on a day named, a growth figure from a public report.
describe('financial-figure: round 12 look-alikes', () => {
  test.each([
    "Reçu un SMS « votre colis est bloqué, réglez 2,49 € de frais avec votre carte » ? C'est une arnaque. La boutique n'envoie jamais de lien de paiement par SMS.",
    'Proud day: we bought our workshop! Signed at the notary on Tuesday for 2.1M CHF, as the land register now shows.',
    'Projection de la CEDEAO : la croissance du paiement mobile devrait rester proche de 14 % par an selon le dernier rapport public de la banque centrale.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// fresh102 (2026-12-05): a table of amounts under a line with a sign and a colon; the public range an approval is set against.
describe('financial-figure: round 13', () => {
  test('flags the rows of a draft budget table', () => {
    expect(spans(financialFigure, 'Projet de budget 2027 de l’atelier (version de travail, pas encore arbitrée) :\n| Poste | Montant |\n| Réactifs | 860 k€ |\n| Sous-traitance | 1,3 M€ |\nRetours avant lundi.').length).toBe(2);
  });
  test('flags an approved ceiling set against the published range', () => {
    expect(spans(financialFigure, 'Offer for the QA lead role: HR approved going up to €96k, well above the published range. Don’t tell the recruiters.').length).toBeGreaterThan(0);
  });
});

// fresh103 to fresh105 (2026-12-05): a list said not in the public update, customers told on a date, partners only and under
// one's hat, an offer formalised only after approval, an auction ceiling and a bid going in, admissions forecast; official
// figures published this morning.
describe('financial-figure: round 13 signs', () => {
  test.each([
    'Notes from the launch review: • Leeds CAC target £8, current £11.20 • Launch spend to date £410k vs £500k plan. None of this is in the public update yet.',
    "Team: Leeds will launch with a £3.90 delivery fee. We're telling customers on the 14th, so please hold until then.",
    'Partners only: our 2027 rate card lists subtitling at 14 CHF per minute. It goes public on 3 March, keep it under your hat until then.',
    "Pour votre projet, notre proposition (qui ne sera formalisée qu'après validation interne vendredi) serait de 7 400 € HT.",
    "Notre plafond pour l'enchère sur les droits de la BD : 90 000 € de MG, on dépose l'offre demain avant midi.",
    "Our own internal forecast for the festival title is 64,000 admissions, well below what the trade press expects. Not something we'll share publicly yet.",
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Selon les chiffres officiels publiés ce matin, notre documentaire démarre à 12 300 entrées. Merci !',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// fresh103 (2026-12-05): an official announcement said out this morning is a source.
test('passes figures from an official announcement said out this morning (fresh103)', () => {
  expect(spans(financialFigure, 'On ouvre à Lille ! L’annonce officielle est sortie ce matin avec un investissement de 900 k€ et 80 livreurs recrutés.')).toEqual([]);
});

// fresh106 to fresh113 (2026-12-05): a sealed offer, a figure held for an investor update, a press release still drafted, a
// quote or an offer not sent or not answered yet, members counted; a budget voted by the co-owners' general meeting, results
// released to the exchange, a public dashboard, the press's report, seats rather than jobs.
describe('financial-figure: rounds 14 and 15', () => {
  test.each([
    'Offre sous pli ? Non : sealed bid of €2.4m for the Lille warehouse lodged this morning, results on the 9th.',
    'Our studio count is 214 members per site on average now, up from 160. Holding this for the investor update next week.',
    'Funding: €18m Series A at a €70m pre-money, the press release still being drafted, so not a word outside the team.',
    'Draft offer for the Globex fleet, before it goes out Thursday: €512 per van per month over 48 months.',
    'On a proposé 1 150 € par mois et par poste à Initech, ils n’ont pas encore confirmé.',
  ])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Assemblée générale de la résidence des Tilleuls terminée tard hier soir. Budget 2027 adopté : 212 000 €, ravalement compris.',
    'The co-owners’ meeting approved this year’s €740k roof budget yesterday; minutes follow next week.',
    'Half-year results, released to the stock exchange at 7 am: revenue €96m, operating margin 11 %.',
    'From our public dashboard: 38 % of new members book a class in their first week, up from 29 %.',
    'L’atelier avait coûté 2,4 M€ en 2018, comme l’avait rapporté la presse régionale à l’époque.',
    'Déploiement du nouveau softphone sur 60 postes ce week-end, en attendant on ne communique pas sur la date.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});

// fresh117 (2026-12-05): tokens counted are no money; a round announced today, an update now public, results out this
// morning are sources.
describe('financial-figure: round 16', () => {
  test.each([
    'INTERNE – brouillon : notre modèle lit désormais 1,5 M de tokens de contexte sans perdre le fil.',
    'Nous annonçons aujourd’hui notre levée de 12 M€ auprès de deux fonds européens. Merci à toute l’équipe !',
    'Our annual impact report is now public: revenue €48M, 31 % from renewals.',
    'The group’s full-year results came out this morning: our division grew revenue to £22M.',
  ])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});
