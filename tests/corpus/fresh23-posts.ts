import { rows } from './corpus-types';

/**
 * Held-out set "fresh23": written 2026-12-03 (23:08-23:22 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, tests/checks/ or any corpus post file other than the policy in corpus-types.ts (and the first 45
 * lines of fresh17 for the header and row style, and index.ts to register the set), so it measures how the rules
 * generalise to posts they were never tuned on; the checks, the scorer and vitest were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh23`.
 * First scored 2026-12-03 23:24 UTC on the rules of 6f6017a (after the fixes from fresh21 and fresh22), before any fix
 * from it: confidentiality macro F1 0.941, 5.9 % of clean posts flagged (5 of 85); financial 0.844 (precision 0.931, recall
 * 0.771), national_id 0.857 (recall 0.750), secret 0.900, phone 0.917, confidential_marker 0.917, codename and client_name 0.957.
 *
 * Authors: a Dijon copper-cookware maker, a La Rochelle foiling-boat builder, a Norwich flood-risk modelling firm, a
 * Lyon 3D-printing filament maker, a Bilbao orthopaedic-implant maker, a Galway seaweed farm, a Bergen fish-feed mill,
 * a Voreppe pasta maker, a Tallinn e-invoicing SaaS, a Montréal hearing-aid maker, a Grasse fragrance-ingredient
 * house, a Manchester housing association, a Milan e-bike component maker, a Lille climbing-gym chain, a Nairobi
 * telemedicine start-up, a La Chaux-de-Fonds watch-parts maker, a Montpellier agrivoltaics developer, a São Paulo
 * school-fee fintech, a Rotterdam dredging contractor and a Cognac cooperage. Forms: team updates, pasted meeting
 * notes, town-hall notes and stand-ups, chat messages pasted by mistake, customer-service replies (surface 'comment'),
 * job ads with published salary ranges, X posts and a two-post X thread, a poll, event recaps, out-of-office notes,
 * release notes, a post-mortem, supplier bank-detail changes, HR and onboarding notes, farewells, scam warnings, tips.
 *
 * Positives. financial: a month's revenue before the accounts are closed, a weighted pipeline and a renewal price,
 * gross margins from a steering committee, a list-price rise and a raw-material price rise before customers are told,
 * a pre-money valuation and a round before the announcement, a capex and budgets approved by a board or a CODIR, a
 * quarter's volumes before the official figures, a media budget on a pasted slide, ARR / churn / NRR, a bonus pool,
 * rent arrears before the regulator, order intake against plan, EBITDA against plan, a contract value before the
 * client's announcement, sealed bids (a feed-in tariff, a hospital tender), a unit cost, an order book in words, a
 * launch price, a churn target, R&D budget, site revenue and margin; in digits, words and ranges, in €, £, CHF, NOK,
 * KES, R$, CAD and %. email: named addresses, role mailboxes (sav@, repairs@, careers@, presse@, oncall@, billing@,
 * soutien@, accounts@), a personal address in a farewell, two obfuscated ones ([at]/[dot], "dot ... at"). phone: mobiles
 * and direct lines (FR, UK, NL, NO, KE, ES) and company switchboards and hotlines (FR, UK, CH, KE toll-free, North
 * American 1-888). iban: FR (with RIB key), BE (with its account check), ES (both control digits), NL, GB, CH, IT, PL,
 * IE, SE, RO, all with mod-97 and exact country length. card: Luhn-valid Visa, Mastercard 5- and 2-series, Amex,
 * Discover, JCB, Diners, UnionPay. national_id: French NIR (two, key mod 97), Belgian national register number, Dutch
 * BSN (11-test), Spanish DNI (letter mod 23), Norwegian fødselsnummer, Canadian SIN (Luhn, written in French as NAS),
 * Swiss AVS (EAN-13), Brazilian CPF, Italian codice fiscale, Indian Aadhaar (Verhoeff), Chilean RUT. Every number was
 * computed with a throwaway script kept outside the repository. secret: vendor tokens (AWS key pair, GitHub PAT, Slack
 * webhook, OpenSSH private key), unknown formats after "token", "API key", "clé API", "jeton", a password in a
 * connection string, a temporary portal password, a key-box code and a staff Wi-Fi password. internal_url: the
 * policy's domains (acme-corp.net, corp.acme.com), intranet. hosts, staging. and preprod. hosts, private IPs (192.168,
 * 10.), .internal, .lan and .local hosts (one in a UNC path). confidential_marker: CONFIDENTIEL usage interne,
 * OFFICIAL-SENSITIVE, INTERNAL – DO NOT FORWARD, DIFFUSION RESTREINTE, a running embargo in FR and EN, Strictly
 * private & confidential, Document interne / C2, NDA, PRIVILEGED & CONFIDENTIAL, [Confidentiel], Interne – Restreint.
 * codename / client_name: the policy's names in their company sense, with hashtags (#Nebula, #ProjectKestrel,
 * #AtlasBleu, #Globex), bare "Kestrel", "ORION", "Nebula" without accent, "Globex Corp", "INITECH", "Initech Nordics",
 * "l'hôpital Sainte-Claire" and "Hopital Sainte Claire" without accents.
 *
 * Look-alikes (clean): published results with a source (annual reports, Companies House, a half-year release, a TSM
 * return), public price lists and shop prices, salary ranges in job ads, other organisations' figures (FAO, RTE,
 * Insee, the Norwegian Seafood Council), personal money (a student loan, a cargo bike), a margin teaching example; the
 * documented UK example IBAN, an IBAN with a wrong check in a scam warning, a masked IBAN, a masked card, Stripe's 4242
 * test card, a card failing Luhn in a phishing SMS, a masked AVS number, a masked NIR, AWS's EXAMPLE key, an API-key
 * placeholder, a phone placeholder, the 112 emergency number; order, invoice, tracking and firmware version numbers,
 * dates and a postcode, public docs and status URLs; Orion (the constellation, the nebula, NASA's capsule), a kestrel,
 * the Nebula Award, a dog called Nébula, a blue Atlas cedar, Globex in The Simpsons, Initech in Office Space, "société
 * générique" as a generic name; "secret", "confidentiel", "Embargo lifted", "L'embargo est levé" and TLP:CLEAR used
 * harmlessly.
 *
 * Conventions: every written address is email, role mailboxes included; every written phone number is phone, company
 * switchboards and hotlines included; a post is labelled with every category a careful reviewer would flag.
 *
 * 221 posts (106 FR, 108 EN, 7 mixed; 15 on X, 10 comments): 85 clean, 136 with one or more findings. Labels:
 * financial 35, email 13, phone 13, national_id 12, confidential_marker 12, iban 11, internal_url 11, secret 11,
 * codename 11, client_name 11, card 10.
 */
export const FRESH23_POSTS = rows('fresh23', [
  [
    'linkedin',
    'fr',
    'financial',
    `Petit mot pour l'équipe atelier 🔥
Novembre clôturé à 4,2 M€ de chiffre d'affaires, soit +18 % sur le budget. L'expert-comptable n'a pas encore arrêté les comptes et rien ne sortira avant l'AG de mars, mais franchement : bravo.
Les sauteuses en cuivre martelé ont porté le mois.
#MadeInBourgogne #cuivre`,
  ],
  [
    'linkedin',
    'en',
    '',
    `We're hiring! Maison Vautrin (Dijon) is looking for a tinning technician — étamage à la main, yes it's still a thing.
📍 Dijon, on site
💶 €29,000–€34,000 gross/year depending on experience
🕗 35h, Monday to Friday
Apply via our careers page, link in comments. No agencies please 🙏`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `pasting my notes from this morning's sales sync because half of you missed it (no judgement, it was 8am)
- weighted pipeline now £3.1m, up from 2.4 in Sept
- framework renewal w/ the Environment Agency: we're pricing at ~£640k over 3 yrs
- two insurers asking for the coastal model, demo next wk
- Priya owns follow-ups
go team 🌊`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Our annual report is out today. Revenue for FY2025/26 was £11.8m (+9%), as published in the accounts filed at Companies House this morning. Proud of what a 74-person team in Norwich can do for flood resilience. Full report on saltmarsh-analytics.co.uk/annual-report`,
  ],
  [
    'x',
    'en',
    'email phone',
    `Flooding near you this weekend? Our duty modeller is Tom Hale: tom.hale@saltmarsh-analytics.co.uk / 07911 438 205. Councils & emergency planners only pls 🙏 #Norfolk #flood`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Retour du comité de pilotage d'hier 👇
– marge brute PETG : 31 % (on était à 38 % en juin, la faute au prix des granulés)
– le PLA recyclé reste à 44 %
– objectif 2027 : repasser au-dessus de 40 % partout
Le conseil ne les a pas encore vus, on les présente le 18.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Tip for anyone printing PETG on a budget machine: dry your spool. 4h at 65°C in a food dehydrator works fine. Half the "stringing" support tickets we get disappear after that. Not sponsored, just tired of answering the same email 😅`,
  ],
  [
    'linkedin',
    'fr',
    'email phone',
    `Bonjour Julien, désolés pour la bobine arrivée humide 😕 Écrivez-nous à sav@lumenfil.fr avec votre numéro de commande (LF-2026-118734) et une photo de l'étiquette, on vous la remplace. Si c'est plus simple : 04 78 62 19 40, du lundi au vendredi 9h-17h.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Quick heads-up for the Iberia & France sales team: list prices on the titanium hip stems go up 7.5% on 1 February. Hospital procurement gets the formal letter on the 15th, so please don't bring it up in meetings before then. Discount authority stays at 12% max.`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Surgeons' meeting in Paris next week, come say hi at stand B34! Travel for the team is sorted (thanks agency 🙌):
Lucía Etxeberria — DNI 41731866E — BIO→CDG 14 Dec 07:10
Ander Goikoetxea — BIO→CDG 14 Dec 07:10
Hotel 5 min from Porte Maillot.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Three days at MEDICA in Düsseldorf, 11 km a day on the step counter and more conversations about porous titanium than I can count. Thanks to everyone who visited stand 12C19. Special shout-out to the Bilbao regulatory team who made our CE renewal look easy.`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Can't say much yet but: term sheet signed ✍️ We're raising at €14m pre-money, closing before Christmas if the lawyers cooperate. Galway kelp is going places 🌿`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Global seaweed production is somewhere around 36 million tonnes a year according to the FAO, and Europe is a rounding error in that. That gap is the opportunity — and the reason we get up at 5am to check ropes in Kilkieran Bay. 🌊`,
  ],
  [
    'linkedin',
    'en',
    'iban email',
    `Note to our suppliers: Tidewater Kelp has moved its business account. From 1 January please pay into IE03 AIBK 8994 4388 9339 17 (AIB, Galway). The old account will be closed at the end of the month. Questions → accounts@tidewaterkelp.ie`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Board approved the 2027 capex this afternoon: NOK 85 million for the new extrusion line at Ågotnes. The official announcement comes with the Q4 report, but I wanted the production team to hear it from me first. 🐟`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Ole is back from paternity leave 👶 and payroll still has the old tax card. @Kari could you fix it today? fnr 12069040347, feed mill team from Monday, day shift.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    '',
    `Salmon feed 101 for my non-aquaculture friends: roughly 1.1–1.3 kg of feed per kg of fish. The protein used to be mostly fishmeal; today a big share is plant-based. Happy to answer questions below, no question is too dumb.`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Record battu à l'usine de Voreppe 🍝 : 1 850 tonnes de pâtes sorties ce trimestre, du jamais vu. Les chiffres officiels seront publiés avec les résultats annuels en mars, mais l'équipe de nuit mérite de l'entendre maintenant.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Nos nouveaux tarifs boutique sont en ligne : coquillettes bio 500 g à 2,90 €, fusilli au blé dur de Provence à 3,40 €. Ils sont affichés au magasin d'usine de Voreppe depuis ce matin, venez goûter !`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker financial',
    `Hâte de vous montrer la campagne de printemps ! Petit aperçu de la slide de lancement :
« CONFIDENTIEL – usage interne uniquement
Budget média validé : 780 k€
Cibles : foyers 25-45, GMS Rhône-Alpes »
Réponse en avril 😉`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Board deck done at 2am, so here's what I learned: ARR crossed €8.4M, monthly logo churn is 1.9% and net revenue retention 112%. Numbers go to the investors on Thursday. Coffee first ☕`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `Release 4.18 is up if anyone from the partner team wants to click around before Monday: https://staging.nordledger.io/einvoice/batch?tenant=demo — log in with your usual SSO. Peppol BIS 3.0 validation finally in there 🎉`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `ok who pasted this in the shared canvas 😂
PEPPOL_AP_TOKEN=npl_live_7Hq2xVw9KpR4mT8zL3bY6cN1dF5gJ0sA
please rotate, I'm not touching it`,
  ],
  [
    'linkedin',
    'en',
    '',
    `NordLedger 4.18 release notes:
• Peppol BIS Billing 3.0 validation on upload
• CSV import now handles ä/õ/ü without mangling them
• New webhook event: invoice.rejected
• Fixed: credit notes dated 29 Feb (yes, really)
Full changelog on our docs site.`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Message de la direction ce matin : l'enveloppe de primes 2026 a été approuvée à 1,6 M$, versée en février. L'annonce officielle à tout le monde est prévue la semaine prochaine, mais bravo à l'équipe firmware, c'est en grande partie grâce à vous 👏`,
  ],
  [
    'linkedin',
    'fr',
    'national_id',
    `Checklist d'accueil de notre nouvelle audiologiste, copiée du formulaire pour pas l'oublier :
Nom : Marie-Ève Tremblay
NAS : 423 404 342
Début : 6 janvier, clinique de Laval
Badge + portable : billet TI ouvert
Tellement contente de l'avoir avec nous 🦻`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `On recrute ! Technicien·ne en réparation d'aides auditives à Montréal.
Salaire : 52 000 $ à 61 000 $ selon l'expérience
Horaire de jour, semaine de 4 jours possible
Assurances collectives dès le jour 1
Postulez sur notre site, section carrières.`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Campagne jasmin 2026 terminée 🌸 Rendement en baisse de 20 % à cause de la sécheresse. Conséquence : l'absolue de jasmin passera de 4 800 € à 5 400 € le kilo au 1er janvier. Les maisons de parfum clientes ne sont pas encore prévenues, les courriers partent lundi.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Le secret d'une bonne cueillette de jasmin ? Commencer avant le lever du soleil, quand la fleur est la plus parfumée. Nos cueilleuses sont au champ à 5h. Respect total. #Grasse #savoirfaire`,
  ],
  [
    'linkedin',
    'fr',
    'codename',
    `Journée intense au labo sur le projet Nébula 🧪 On a enfin une base ambrée qui tient 48 h sur mouillette sans ambroxan de synthèse. Encore trois essais et on présente à la direction.`,
  ],
  [
    'linkedin',
    'en',
    'email phone',
    `Storm update for Bramblegate tenants 🌧️ If you have water coming in, call our 24/7 repairs line on 0161 498 7320 or email repairs@bramblegate.org.uk with photos. Please don't wait until Monday.`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `From today's exec meeting: rent arrears are at 6.8% of the rent roll, up from 5.1%. Universal Credit migration is the main driver. Those figures haven't gone to the regulator or the board yet, but income officers: this is why we're piloting early-contact calls.`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `Housing officers — the new void checklist lives here now: http://intranet.bramblegate.org.uk/voids/checklist-v3 (the old SharePoint link is dead). Print it, laminate it, love it.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Our Tenant Satisfaction Measures for 2025/26 are published: 71% overall satisfaction, 84% say their home is safe (source: our TSM return to the Regulator of Social Housing, on our website). Not where we want to be yet, but moving.`,
  ],
  [
    'x',
    'en',
    'financial',
    `Q4 order intake at Veloria is running 38% above plan and we haven't even done the EICMA follow-ups yet 🚀🚲 proud of the Milan crew`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Hi Marco, please never post card details in comments — I've hidden yours. For the record the order was charged to 5378 6718 2557 9213 on 28/11 and the refund goes back to that card within 5-10 working days.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'fr',
    '',
    `Rappel de la compta : quand vous transférez un ticket pour vos notes de frais, masquez le numéro de carte comme ça : **** **** **** 4821. On n'a besoin que des 4 derniers chiffres et du commerçant. Merci !`,
  ],
  [
    'linkedin',
    'mixed',
    'codename',
    `Kick-off du Project Kestrel ce matin à Milano 🦅 new mid-drive motor, 85 Nm, target weight under 2.9 kg. Big day pour toute l'équipe R&D, grazie a tutti !`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Le CODIR a validé hier soir 2,3 M€ pour la future salle de Roubaix 🧗 Ouverture visée septembre 2027. On communiquera officiellement après la signature du bail, d'ici là motus 🤐`,
  ],
  [
    'linkedin',
    'fr',
    'secret',
    `Ouverture de la salle à 6h30 demain pour les moniteurs : code du boîtier à clés 4719, wifi staff PD-Staff / mdp Bloc2Bloc!59. Merci de refermer derrière vous 🙏`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Nouveaux tarifs au 1er janvier : entrée adulte 15 €, carnet 10 entrées 130 €, abonnement annuel 520 € (étudiant 420 €). Affichés à l'accueil et sur le site. Pas d'augmentation sur les cours enfants 💪`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Town hall notes for those on the Kisumu shift:
- EBITDA this year: roughly -KES 140m, better than the -190m in the plan
- break-even now forecast for Q3 2027
- consultations: 41k/month, 60% via USSD
Slides on the drive later. Asanteni sana!`,
  ],
  [
    'linkedin',
    'en',
    'phone',
    `Feeling unwell at night? Kinaya doctors are available 24/7 🩺 Call our toll-free line 0800 720 414 or WhatsApp +254 712 345 678. A consultation is KES 500, same price on weekends.`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `Hackathon Saturday at iHub! For the devs: the SMS API key for the event account is atsk_3c9f71b2e84d4a6f90a1c5e7d2b8f4a0619e3d7c — we'll switch it off on Monday. Pizza is on us 🍕`,
  ],
  [
    'linkedin',
    'en',
    '',
    `In some rural counties there's barely one doctor for every several thousand people. That's why telemedicine isn't a gimmick here. Today we connected our 500th clinic — thank you to every nurse who tried the app first. 💚`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Grosse commande signée ce matin : 40 000 ponts de balancier pour une grande maison genevoise, environ 1,9 million de francs sur 18 mois. Pas de nom, pas de communiqué avant janvier, mais l'atelier décolletage peut sabrer le champagne ce soir 🥂`,
  ],
  [
    'linkedin',
    'fr',
    'national_id',
    `Rappel RH pour les nouveaux frontaliers : votre numéro AVS est sur la carte d'assurance. Pour que vous sachiez quoi chercher, celui de notre nouvel apprenti : 756.5523.1391.30. À reporter sur la fiche d'entrée.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Sur les fiches de salaire, on n'affiche plus que la fin du numéro AVS (756.****.****.30) depuis le 1er décembre. Une demande de notre délégué à la protection des données, et c'est tant mieux.`,
  ],
  [
    'x',
    'fr',
    '',
    `Portes ouvertes de l'atelier samedi 14 décembre, 10h-16h, rue de la Serre à La Chaux-de-Fonds ⌚ Démonstrations de décolletage et d'anglage. Entrée libre !`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Dépôt de notre offre pour l'appel d'offres CRE ce matin ✅ 18 MWc à Lunel, tarif proposé 71,40 €/MWh. Résultats en mars, croisez les doigts pour nous 🤞`,
  ],
  [
    'linkedin',
    'fr',
    'internal_url',
    `Pour les techniciens qui montent sur le site de Lansargues : la supervision des trackers est accessible en local sur http://192.168.40.12:8080 une fois branchés au switch du poste de livraison. Pas de 4G là-bas, prévoyez.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `D'après le bilan électrique publié par RTE, le solaire a dépassé les 20 TWh en France. L'agrivoltaïsme en est encore une petite part, mais les premiers retours agronomiques sur vigne sont encourageants. Source : le site de RTE.`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Big news coming soon 👀 We agreed terms with our lead investor yesterday: R$60 million pre-money for the Series A. Can't share names before the press release. Obrigado time Mensalli!`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Support tip for the new team: when a parent calls about a failed boleto, check the CPF on the account first. This morning's case, CPF 087.218.816-77, had two kids registered under the mother's number. Fixed in 2 minutes.`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `New school onboarding flow is live on https://preprod.mensalli.com.br/escolas/novo — QA folks please break it before Friday 🔨`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Tip for school admins: never send a parent a payment link from a personal WhatsApp number. Use the official channel, and tell parents you will never ask for their card PIN. Scams around tuition payments spike every January.`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Contract signed for the Maasvlakte channel deepening 🎉 Worth about €42m to us over two seasons. The port does the official announcement next Tuesday, so hold the likes until then 😉`,
  ],
  [
    'linkedin',
    'en',
    'phone',
    `Looking for experienced trailing suction hopper dredger crew for the 2027 season. Interested? Call me directly: Jeroen van Dam, +31 6 4127 8830.`,
  ],
  [
    'linkedin',
    'en',
    'iban phone',
    `Change of bank details, please update your records: Baggerwerk Van Dam B.V., IBAN NL46 INGB 8411 2530 21, BIC INGBNL2A. Applies to invoices from 1 January 2027. Questions: our accounts desk on +31 10 412 88 90.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Our 2025 annual report is online: revenue €186m, order book €240m at year-end (published annual report, p. 12). Safety: zero lost-time incidents for the second year running. That's the one I'm proudest of.`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Réunion prod ce matin. Coût de revient d'une barrique 225 L chêne du Limousin : 612 € (548 € l'an dernier, le merrain a pris 15 %). On ne répercute rien avant les vendanges, on en reparle en janvier.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Pour les particuliers qui nous demandent : nos demi-barriques décoratives sont à 320 € TTC à la boutique de Cognac, prix affiché sur place. Pas d'envoi hors de France, désolé !`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Chers clients, suite au changement de banque de la tonnellerie, voici nos nouvelles coordonnées : FR76 6004 9403 5990 4978 8833 934. Merci de mettre à jour vos fichiers fournisseurs, le RIB signé suit par courrier.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `⚠️ Arnaque en cours : de faux mails « Maison Vautrin » demandent aux restaurateurs de virer sur un nouveau compte DE84 6254 9502 0721 5420 21. Ce n'est PAS nous. On ne change jamais nos coordonnées bancaires par mail. Dans le doute, appelez l'atelier.`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Carnet de commandes au 30 novembre : 27 bateaux, un peu plus de cinq millions et demi d'euros. Jamais vu ça à La Rochelle. On l'annonce au salon en avril, d'ici là on savoure en silence 🤫⛵`,
  ],
  [
    'linkedin',
    'fr',
    'codename',
    `Premier vol du proto Atlas Bleu ce matin dans le pertuis 🌊 32 nœuds stables sur les foils, zéro ventilation. L'équipe composite a fait un boulot de dingue.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Dans le jardin de mes parents à l'île de Ré, un cèdre de l'Atlas bleu planté en 1978. Il a survécu à Xynthia et à trois tondeuses. Bon dimanche à tous 🌲`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `Sneak peek of the flood study we're delivering to the county council 👀
Header: "OFFICIAL-SENSITIVE – not for onward distribution"
Method: 2 m LiDAR + 1,200 tide-gauge hindcasts, 1-in-200 scenario with climate uplift.
Maps cropped, but I'm proud of this one.`,
  ],
  [
    'linkedin',
    'en',
    'client_name',
    `Shipped our biggest ever batch of flame-retardant filament to Globex this week, 6 pallets 🎉 Their engineering team has been a dream to work with.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Mon fils m'a demandé ce que je faisais au boulot. J'ai répondu "comme Homer chez Globex, mais avec des imprimantes 3D". Il ne connaît pas les Simpson. Je me sens vieux.`,
  ],
  [
    'linkedin',
    'en',
    'client_name',
    `Great visit at Hôpital Sainte-Claire yesterday — the orthopaedic team has now done 120 procedures with our porous stems and the 1-year outcomes look brilliant. Thanks Dr Lefèvre for having us in theatre.`,
  ],
  [
    'linkedin',
    'en',
    'client_name',
    `Nice milestone: Initech's Baltic subsidiaries now send all their supplier invoices through NordLedger. 14,000 invoices in the first week, zero rejections 💪`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Watched Office Space again last night. Every time Initech sends another memo about TPS report cover sheets I feel personally attacked. Anyway, we just removed three approval steps from our expense flow. Lumbergh would hate it.`,
  ],
  [
    'linkedin',
    'fr',
    'client_name',
    `Belle signature pour l'équipe grands comptes : Société Générique met nos coquillettes bio au menu de ses restaurants d'entreprise à partir de janvier 🍝`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Conseil aux créateurs : évitez un nom trop vague. « Société générique de services », ça ne dit rien à vos clients ni à Google. On a galéré deux ans avec un nom comme ça avant de devenir Prise Directe.`,
  ],
  [
    'linkedin',
    'fr',
    'codename',
    `Réunion de lancement d'Orion ce matin : on attaque enfin la gamme induction en cuivre multicouche. Premier prototype prévu pour février avec la fonderie de Saint-Étienne. Je n'ai jamais vu l'atelier aussi motivé.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Retour de bivouac dans le Morvan : ciel parfait, Orion bien visible vers 23h, et j'ai enfin réussi une photo de la nébuleuse avec mon vieux Canon. Lundi matin, retour au martelage ☕`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `This made my week, so sharing it:
"INTERNAL – DO NOT FORWARD
From: Clinical Governance
Re: Q3 audit — 94% of remote consultations met the guideline standard, up from 81%."
Kenyan nurses doing world-class work 💚`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `Feed mill shift leads: the new silo dashboard is at http://silo-monitor.agotnes.internal/dashboard — bookmark it, the old Excel is retired as of today 🎉`,
  ],
  [
    'linkedin',
    'fr',
    'secret',
    `Pour l'équipe support : le mot de passe temporaire du portail audioprothésistes a été réinitialisé, c'est Carillon#Hiver26 jusqu'à vendredi. Changez-le à la première connexion svp.`,
  ],
  [
    'linkedin',
    'fr',
    'email phone',
    `Bonjour Denise, vraiment désolés que vos aides auditives ne se jumellent plus depuis la mise à jour. Écrivez à soutien@carillonaudio.ca ou appelez le 1-888-614-2207 (lun-ven, 8 h à 18 h HE), on règle ça rapidement.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'fr',
    'national_id',
    `Pour la mutuelle, Sandrine m'a demandé de vérifier son numéro de sécu sur la fiche : 2 84 03 33 063 393 30. Tout correspond ! Bienvenue officiellement dans l'équipe extraction 🌼`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Formation RGPD ce matin. L'exemple du formateur pour montrer ce qu'on ne met jamais dans un mail : « 1 XX XX XX XXX XXX XX ». Même masqué, ça a fait réagir la salle 😅`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker',
    `Le compte-rendu de la réunion avec la chambre d'agriculture vient de tomber, en-tête « DIFFUSION RESTREINTE – ne pas transférer ». Bonne nouvelle : ils soutiennent nos 3 projets dans l'Hérault. On attend leur courrier officiel.`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Viticulteurs de l'Hérault intéressés par l'agrivoltaïsme sur vignes : appelez-moi directement, Mathilde Serre, 06 72 18 44 09. Je me déplace sur vos parcelles.`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `Anyone know why our build notifications stopped? this is the webhook from the CI config:
https://hooks.slack.com/services/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
returns 404 since Friday 🤷`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Welcome Giulia to the Milan test lab! 🎉 HR note for the intranet profile: codice fiscale BNCGLI90D52F205T, start 9 Dec, badge pending.`,
  ],
  [
    'linkedin',
    'fr',
    'card',
    `Le TPE de l'accueil refuse toujours la carte de l'abonné (4857 9500 8807 5983, exp 09/28), quelqu'un de la compta peut regarder côté banque ? Il attend depuis 20 min le pauvre.`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `QA note for the checkout revamp: the card that keeps getting declined in prod is my own Amex 3701 140494 45365, so it's not a test-data issue. Filing a bug now.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `PSA for junior devs: 4242 4242 4242 4242 is Stripe's documented test Visa. It works in test mode only. Please stop asking in the group chat why it fails on production 🙃`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Booking the trip to the Peppol workshop in Tokyo. Company JCB 3528 7183 2474 2182, exp 03/28 — finance, is this the right card to use for flights?`,
  ],
  [
    'linkedin',
    'fr',
    'card',
    `Rappel pour Watches & Wonders : la caution de l'hôtel passe sur la carte Diners de la boîte, 3691 036854 5024, pas sur vos cartes perso. Merci Nathalie !`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Fuel card for the survey vessel is 2221 5021 5980 5534, PIN is with the skipper. Don't top up with your own card again Pieter 😅`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Our Shenzhen supplier wants to charge the diagnostic kits on UnionPay. Procurement card on file: 6209 3968 0954 1988. Can someone confirm before I send it over?`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Expense claim pasted from Teams because the portal is down again:
- ferry to Inis Mór (crew x3): €87
- diesel: €142.60
- paid with company Visa 4603 2392 3460 8070
approve pls Siobhán 🙏`,
  ],
  [
    'linkedin',
    'fr',
    'card',
    `Un client m'a dicté sa carte au téléphone pour l'acompte du foiler, je la note ici le temps que la compta la saisisse : 5152 2777 6812 5394 exp 11/27. Je supprime dans 10 min promis.`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Flood Expo registration is on the Discover card 6011 3370 9001 4929 — the only one with budget left this quarter lol`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `Proveedores: new bank details for Osteia Implants S.L. — ES64 6498 3359 1973 6898 1839. Please use this account for every invoice dated from 1 January.`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `can someone pay the freelance surveyor today, he's been chasing since October 😬 GB35 BARC 8920 2784 9387 34, ref SALT-INV-0932, £2,350`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Pour nos sous-traitants : merci de libeller vos factures à Vaucher Composants SA, IBAN CH92 0999 1111 9605 8059 2. L'ancien compte est clôturé depuis le 30 novembre.`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `Bonifico for the Eurobike stand: IT88 E757 9282 7264 4234 2575 398, causale "Stand 2027". Finance ping me when it's done 🙏`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Notre distributeur belge nous demande de verser les remises de fin d'année sur BE51 3374 2120 8962. Quelqu'un peut confirmer que c'est bien leur compte avant que je lance le virement ?`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `Our Kraków contractor's account for the December invoice: PL84 3109 6729 9687 1777 2105 6488 — Marta please pay before the 20th.`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `Refund for the Swedish fish farm approved by Kari, going to SE57 4889 0574 0650 0231 3204 tomorrow morning.`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Sous-traitant roumain pour le montage des structures : acompte de 30 % à la commande, virement sur RO04 BTRL 8876 9868 6290 6691. Merci de valider Jérôme.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Learning SEPA? The UK example IBAN you see in every tutorial, GB82 WEST 1234 5698 7654 32, is exactly that: an example. Use it to test your validator, never to pay anyone. Fun fact: the bank doesn't exist any more either.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Rappel compta : dans les mails aux clients, on n'écrit plus l'IBAN en entier. « FR76 **** **** **** **** **** 934 » suffit, le RIB complet part en pièce jointe chiffrée.`,
  ],
  [
    'linkedin',
    'en',
    'national_id phone',
    `New deckhand starting Monday, details for the crew list: Sanne de Wit, BSN 280108825, born 03-04-1998, mobile 06 2384 1197. Captain please add her to the muster list 🚢`,
  ],
  [
    'linkedin',
    'fr',
    'national_id',
    `Pour l'inscription du nouveau commercial Wallonie à la formation sécurité, le centre demande le numéro de registre national : 85.07.14-213.37. Si quelqu'un peut vérifier avant lundi, merci.`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Visa letter for our Bangalore engineer Priya Nair, Aadhaar 4540 3871 2535, passport copy to follow. The embassy wants it by Friday, fingers crossed.`,
  ],
  [
    'linkedin',
    'fr',
    'national_id',
    `Stagiaire de 3e à l'usine la semaine prochaine ! Pour la convention il faut le n° de sécu du tuteur : 1 91 11 75 056 329 72. C'est moi, donc voilà 😅`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `First Chilean school signed 🇨🇱 Contract signed by the director, RUT 15.907.660-1, Santiago. Next stop: Lima.`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `note to whoever set up the tide-gauge ingest: AWS_ACCESS_KEY_ID=AKIA4JQ7XR2MPLW6ZB3N and AWS_SECRET_ACCESS_KEY=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 are hardcoded in the notebook AGAIN 😩`,
  ],
  [
    'linkedin',
    'en',
    'secret internal_url',
    `harvest dashboard down again?? connection string from the config in case someone on call can check:
postgresql://kelp_app:Sl4tt4ry-Bay!@10.12.0.5:5432/harvest
works from the office VPN only`,
  ],
  [
    'linkedin',
    'fr',
    'secret',
    `Clé API du fournisseur de laiton pour la synchro des commandes : 7f3c9a21-bd84-4e6f-a0c2-5d91e8b7f460. À mettre dans le connecteur ERP, pas dans un mail svp.`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `The contractor's repo for the repairs app was public with ghp_R8kT2mV9xQ4wL7nZ3pB6yC1hF5jD0sG2aK8e in the .env. Rotating it now. Lesson learned about supplier onboarding.`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `deploy key for the firmware box, Luca asked:
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBqK3vR8mT2xW9pL4nZ7cY1bH6fD0sJ5gA2eK8uQ3rV1wAAAJg7nX4m
-----END OPENSSH PRIVATE KEY-----`,
  ],
  [
    'linkedin',
    'fr',
    'secret',
    `Jeton de l'API de réservation pour brancher le nouveau kiosque de Villeneuve-d'Ascq : pdres_5Kq8Wn2Vx7Tz4Lm9Rb3Yc6Hf1Jd0. Julien tu peux t'en occuper demain ?`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Tous les tutos AWS utilisent AKIAIOSFODNN7EXAMPLE comme clé d'accès : c'est l'exemple officiel de la doc AWS. Donc non, notre stagiaire n'a pas publié de vraie clé dans ses slides 😄 Super présentation sur le moindre privilège, au passage.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Astuce intégration : dans vos exemples de doc, mettez toujours api_key = "VOTRE_CLE_ICI" et jamais une vraie clé. On a revu toute notre documentation publique dans ce sens cette semaine.`,
  ],
  [
    'linkedin',
    'fr',
    'internal_url',
    `Fournisseurs de semoule : le nouveau planning de réception des quais est sur https://planning.acme-corp.net/quais/voreppe, merci de réserver vos créneaux là-bas à partir du 2 janvier.`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `Bug bash results are in 🐛 42 tickets, 6 blockers. Full list: https://jira.corp.acme.com/issues/?filter=NL-bugbash-dec — thanks everyone who stayed late.`,
  ],
  [
    'linkedin',
    'fr',
    'internal_url',
    `Le scan du bureau ne marche plus depuis la mise à jour… Si quelqu'un sait, l'imprimante c'est printer-atelier.lan, je vois la page d'admin mais rien ne part 😤`,
  ],
  [
    'linkedin',
    'fr',
    'internal_url',
    `Pour les nouveaux en compta : les factures scannées sont rangées sur \\\\nas-compta.local\\factures\\2026, un dossier par mois. Ne renommez rien à la main svp.`,
  ],
  [
    'linkedin',
    'fr',
    'internal_url',
    `Nouvelle fiche sécurité pour l'atelier d'extraction : https://intranet.solenne-grasse.fr/qhse/fds-absolues — à lire avant de manipuler l'hexane, c'est non négociable.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Our docs moved! The public API reference is now at https://docs.nordledger.io and the status page at https://status.nordledger.io. Bookmark those, not the old GitBook links.`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker financial',
    `Sous embargo jusqu'au 10 décembre 7h00 — merci de ne rien relayer avant :
« Veloria annonce une hausse de 22 % de son chiffre d'affaires 2026, à 64 M€, portée par les moteurs centraux. »
Hâte de pouvoir en parler librement 🚲`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `Slide 3 of the board pack is my favourite, look at that growth curve 📈 (footer says "Strictly private & confidential – prepared for the Board of Directors", but the shape says it all)`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker',
    `Petite fierté du jour, la première page de notre dossier de certification :
« Document interne – ne pas diffuser. Classification C2. »
Six mois de boulot là-dedans 💪`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker codename',
    `NDA – do not share outside Fjordmint. Roadmap for Project Kestrel:
Q1: insect-protein pilot at Ågotnes
Q2: first farm trial
Q3: scale decision
Excited to lead this one 🐛➡️🐟`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Embargo lifted! We can finally say it: Tidewater Kelp won the BIM Seafood Innovation award 🏆 Thank you to the judges and to the whole crew in Galway.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `All our threat-intel posts are TLP:CLEAR, so share freely. Today's: phishing emails pretending to be from housing associations asking tenants to "confirm bank details". We will never do that.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Vu « Le Secret de la chambre noire » au ciné hier. Rien à voir avec le boulot mais la photo argentique, ça me donne envie de ressortir mon Nikon. Des clubs photo à Lille à conseiller ?`,
  ],
  [
    'x',
    'fr',
    'codename',
    `La bêta de Nebula est en ligne pour nos 20 premières cliniques 🎧 audiologistes du Québec, si ça vous tente, répondez ici #Nebula #audiologie`,
  ],
  [
    'x',
    'fr',
    'codename',
    `#ProjectKestrel : premiers essais moteur validés au banc à 85 Nm 🔥 fier de l'équipe`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Spent my lunch break watching a kestrel hover over the car park at Ågotnes. Absolutely still in 30 knots of wind. Nature's best drone engineer 🦅`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Club d'astronomie au bureau ce soir 🔭 Au programme : la nébuleuse d'Orion (M42), les Pléiades et, si les nuages sont sympas, Jupiter. Prévoyez des chaussettes chaudes.`,
  ],
  [
    'linkedin',
    'mixed',
    'financial',
    `Quick update pour l'équipe CS : school churn à 3,2 %/mois en novembre, target < 2 % before the Series B. On s'y met dès lundi, let's go 💪`,
  ],
  [
    'x',
    'en',
    'financial',
    `Monthly revenue crossed KES 60 million for the first time 🎉 won't be official until the auditors are done but WOW. Proud of this team #telemedicine`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Point hebdo des gérants :
• Lille-Fives : 212 000 € de CA en novembre, marge d'exploitation 17 %
• Roubaix (travaux) : +3 semaines de retard
• Tourcoing : fréquentation en hausse le midi
On passe tout ça en conseil jeudi.`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `We submitted our bid for the regional health service tender this morning: €3.85m for 4 years of knee and hip implants, about 11% under the last round. Envelopes are opened in February 🤞`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Le conseil d'administration a approuvé hier l'achat de trois centres d'usinage pour deux millions quatre cent mille francs. Les fournisseurs ne le savent pas encore, alors pas un mot au salon EPHJ 😉`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Good news from last night's board: £4.7m approved for damp & mould works next year 🏠 The budget is only published in April, but tenants in Moss Side will see scaffolding from February.`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Levée bouclée hier soir à 2h du mat ☀️ 12 M€ dont 8 en dette, valorisation autour de 45 M€. Les investisseurs feront l'annonce officielle en janvier, j'avais juste besoin de le dire à quelqu'un.`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Ops review takeaway: cost per wet tonne harvested came in at €410 this season vs €520 last year. The mechanised line paid for itself. Not in any report yet, straight from the spreadsheet 🌿`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `On vient de signer avec un grand domaine de Saint-Émilion : 1 200 barriques sur trois ans, un peu moins de 900 000 €. Ils l'annonceront eux-mêmes, nous on se tait 🤐`,
  ],
  [
    'linkedin',
    'fr',
    'codename financial',
    `Les prix du lancement Nebula sont fixés : 1 890 $ la paire pour les cliniques partenaires, 2 490 $ au détail. Les cliniques l'apprendront à la tournée de janvier, pas avant.`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Hausse tarifaire prévue pour la grande distribution au 1er mars : entre 6 et 8 % selon les références. Les négos démarrent lundi et les centrales d'achat n'en savent encore rien.`,
  ],
  [
    'x',
    'en',
    'financial',
    `Just closed our biggest deal ever: €1.2M over 3 years with a Nordic bank 🥳 can't name them yet. Champagne in the Tallinn office tonight #SaaS #einvoicing`,
  ],
  [
    'linkedin',
    'mixed',
    'financial',
    `Budget R&D 2027 approved this morning : 9,5 M€, +30 % vs this year. On recrute 12 engineers entre Milan et Lyon, stay tuned 👀`,
  ],
  [
    'linkedin',
    'fr',
    'email',
    `Candidatures spontanées pour l'usine de Voreppe : recrutement [at] pates-grandval [dot] fr. On lit tout, promis, même en période de fêtes 🎄`,
  ],
  [
    'linkedin',
    'en',
    'email',
    `We're hiring a process engineer for the Ågotnes mill 🐟
Salary: NOK 620,000–700,000
Permanent, full time, relocation support
Send your CV to careers@fjordmint.no before 15 January.`,
  ],
  [
    'linkedin',
    'fr',
    'email',
    `Journalistes : le dossier de presse sur l'ouverture de nos salles 2027 est disponible sur simple demande à presse@prisedirecte.fr 📸`,
  ],
  [
    'linkedin',
    'fr',
    'email phone',
    `Absente du 20 décembre au 6 janvier 🎄 Pour toute urgence commande, contactez Julie Marchal : julie.marchal@tonnellerie-moreau.fr ou 05 45 82 17 63. Bonnes fêtes à tous !`,
  ],
  [
    'x',
    'en',
    'email',
    `Seeing errors on e-invoice export this morning? Email oncall@nordledger.io with your tenant ID and we'll get back within the hour. Status page has the details.`,
  ],
  [
    'linkedin',
    'mixed',
    'email',
    `Hello Pedro, pour la facture en double, écris à billing@mensalli.com.br with the invoice number and we'll refund you this week 👍`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    'email',
    `Last day at Saltmarsh after 7 years 🥲 I learned more about tides, LiDAR and patience than I thought possible. Thank you all. Stay in touch: priya.k.shah@gmail.com`,
  ],
  [
    'linkedin',
    'en',
    'email',
    `Bike shops asking about the 2027 dealer programme: write to francesca dot galli at veloria dot it, she runs the whole thing now.`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Nos horaires de fin d'année : l'atelier ferme du 23 décembre au 3 janvier. La réception reste joignable au +41 32 913 45 20 le matin pour les urgences horlogères.`,
  ],
  [
    'x',
    'en',
    'phone',
    `Lost dog near the feed plant at Ågotnes 🐕 brown labrador, answers to Bamse. Call Kari on 912 34 567 if you see him!`,
  ],
  [
    'linkedin',
    'en',
    'phone',
    `Surgeons in the Basque Country: for urgent instrument sets over the weekend, our field team is on +34 944 27 61 80 around the clock.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `Pasting the summary our lawyers sent because it's genuinely good news:
"PRIVILEGED & CONFIDENTIAL – attorney-client communication. The regulator has accepted our response on all four points."
Onwards 🙌`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker codename',
    `[Confidentiel] Point projet Orion — semaine 49
- moule du fond multicouche livré
- essais induction OK à 3,6 kW
- retard fonderie : 1 semaine
Bon weekend à l'équipe 🔥`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `Embargoed until 09:00 CET Thursday: Saltmarsh Analytics selected to model coastal flood risk for three Dutch water boards. Sharing early with my network because I can't contain myself 🌊`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker',
    `Voilà la nouvelle organisation de l'usine (classification : Interne – Restreint), trois équipes au lieu de deux à partir de février. Des questions ? Commentez !`,
  ],
  [
    'x',
    'fr',
    'codename',
    `Le #AtlasBleu passe en phase 2 🚀 merci à toute l'équipe de La Rochelle, on ne lâche rien`,
  ],
  [
    'linkedin',
    'en',
    'codename',
    `Stand-up notes, Thu:
- Kestrel firmware: torque sensor calibration done
- Kestrel frame: supplier still late (3 wks)
- me: writing the test plan, blocked on the dyno booking
I've made peace with the delays.`,
  ],
  [
    'x',
    'fr',
    'client_name',
    `Merci #Globex pour la confiance renouvelée 🙏 trois ans de plus ensemble, l'équipe grands comptes est aux anges`,
  ],
  [
    'linkedin',
    'en',
    'client_name',
    `Just delivered the flood exposure model for Globex Corp's UK warehouses 🌧️ 38 sites, 4 of them in the 1-in-100 zone. They're already planning defences.`,
  ],
  [
    'linkedin',
    'fr',
    'client_name',
    `Formation des infirmières du bloc de l'hôpital Sainte-Claire ce matin sur nos nouvelles tiges fémorales. Des questions ultra pointues, j'adore ce genre de public 👩‍⚕️`,
  ],
  [
    'linkedin',
    'en',
    'client_name',
    `daily sync:
- INITECH go-live moved to the 15th (their ERP freeze)
- Peppol cert renewal done
- Marta out Friday`,
  ],
  [
    'linkedin',
    'fr',
    'client_name',
    `Nos sauteuses en cuivre équipent désormais toutes les cuisines des restaurants d'entreprise de Société Générique à Paris 🍳 Le chef Bastien dit qu'il n'a jamais eu une aussi belle saisie.`,
  ],
  [
    'linkedin',
    'mixed',
    'client_name',
    `Kick-off avec Initech Nordics ce matin à Stockholm 🇸🇪 migration of 9 entities to e-invoicing by June. Super équipe côté client.`,
  ],
  [
    'linkedin',
    'fr',
    'client_name',
    `Journée d'appareillage au service ORL de l'Hopital Sainte Claire 🦻 42 patients équipés avec notre nouvelle gamme, pas un seul réajustement nécessaire. Fière de l'équipe!`,
  ],
  [
    'x',
    'en',
    '',
    `Poll for the climbers 🧗 what's harder on your fingers?
🔘 crimps
🔘 slopers
🔘 pinches
🔘 the campus board, obviously`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Out of office until 5 January. For anything urgent, please use the contact form on our website and a colleague will pick it up. Merry Christmas and see you in the new year 🎄`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Dernier jour chez Pâtes Grandval après 12 ans. J'y suis entrée pour un CDD de trois mois au conditionnement… Merci à toutes les équipes de Voreppe. Nouvelle aventure dans la Drôme, je vous raconte bientôt.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `⚠️ Alerte SMS frauduleux : « Prise Directe : votre abonnement est suspendu, confirmez votre carte 4000 9010 1164 7882 ». Ce numéro ne passe même pas le contrôle de Luhn, c'est du grand n'importe quoi. On ne vous demandera JAMAIS votre carte par SMS.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Le micrologiciel 3.12.4 de nos écouteurs est en déploiement :
- appairage Bluetooth LE Audio corrigé sur Android 15
- estimation de batterie à ±5 %
- nouveau programme « restaurant »
Mise à jour via l'appli, environ 4 minutes.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Votre commande de fusilli est partie ce matin 📦 suivi Colissimo 6A18734920617, livraison estimée jeudi. Merci Hélène pour votre fidélité !`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    '',
    `Personal milestone: paid off my student loan today. £27,400 over 9 years. Not glamorous, but if you're in year 2 of yours, it does end 🎉`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Margin 101 for our new sales hires: buy a part at 60, sell it at 100 → gross margin 40%, mark-up 66.7%. Confusing the two has cost more than one company a good year. Learn the difference on day one.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Norway's seafood exports passed NOK 170bn last year according to the Norwegian Seafood Council. Salmon is the bulk of it. Behind every fillet: feed, vets, logistics, and a lot of rain ☔`,
  ],
  [
    'x',
    'en',
    '',
    `1/ Why dredging matters for your supermarket shelves 🧵 Almost everything you buy arrived by ship, and ships need depth. Rivers silt up every single year.`,
  ],
  [
    'x',
    'en',
    '',
    `2/ A big port channel can lose tens of centimetres of depth a season. Without maintenance dredging, ships load less, freight costs more, and you pay it at the till.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Vinitech à Bordeaux, c'est fini ! Merci à tous ceux qui sont passés sur le stand goûter la différence entre une chauffe moyenne et une chauffe forte. Rendez-vous dans deux ans 🍷`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Rappel à toute l'équipe : les entretiens annuels sont à planifier avant le 31 janvier. Le formulaire est dans votre espace RH, prévoyez une heure au calme.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Tip that saved our support team hours: name every branch after its ticket (NL-1234-fix-vat-rounding). When a customer asks "is my bug fixed?", search one thing, get the answer.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `We're hiring a senior Android developer in Nairobi 📱
💰 KES 350,000–450,000 / month
🏥 medical cover for you + family
🏠 hybrid, Westlands office
Apply through our careers page.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `stand-up: fixed the PDF rendering bug on the parents' statement, reviewing Lina's PR, blocked on design for the export modal. no surprises 🙂`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Hi Sam, thanks so much for the kind words! Glad the re-tinned pan is back in action. Keep it on medium heat and it'll last another 30 years 🍳`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'fr',
    '',
    `Merci Hélène ! Les cours enfants reprennent le 6 janvier, les inscriptions sont ouvertes à l'accueil de chaque salle 🧗‍♀️`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    '',
    `Post-mortem, Tuesday's e-invoicing outage:
Duration: 47 min
Cause: a TLS certificate on a third-party access point expired at 00:00 UTC
Why we missed it: our expiry alert only covered our own certs
Fix: monitoring now covers every partner endpoint
Sorry to everyone affected.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Nos résultats semestriels sont publiés ce matin (communiqué sur notre site investisseurs) : chiffre d'affaires de 31,2 M€, +4 %. Merci aux équipes, et aux clients qui nous restent fidèles malgré l'inflation.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `L'ingrédient confidentiel de nos pâtes ? La patience. 24 heures de séchage lent à basse température, là où l'industrie fait ça en 4. Ça se sent à la cuisson 🍝`,
  ],
  [
    'linkedin',
    'mixed',
    '',
    `Team offsite à Annecy 🏔️ workshops le matin, raclette le soir, and a very competitive paddle race on the lake. Best team ever, no debate.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `On déménage ! À partir du 2 janvier, la boutique vous accueille au 14 rue des Tonneliers, 16100 Cognac. Même équipe, même odeur de chêne chauffé.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Rappel sécurité avant la saison : en montagne, le 112 fonctionne partout en Europe, même sans réseau de votre opérateur. Enregistrez aussi la position de la salle la plus proche si vous grimpez en falaise.`,
  ],
  [
    'linkedin',
    'mixed',
    '',
    `On recrute un·e backend dev Go, Tallinn ou full remote EU 🇪🇪
€60k–75k + stock options
4-day on-call rotation, never alone
Stack: Go, Postgres, Kafka. DM me ou postulez sur le site.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Scam alert 🚨 a fake "Veloria warranty centre" site is asking cyclists for their card number and a €19 "registration fee". Our warranty is free and we never ask for payment details. Report the site, don't enter anything.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `After 9 years at Van Dam, I'm moving on. I started as a deckhand on the old Zeeland and leave as a project manager. Thank you to every crew that put up with my bad coffee ☕⚓`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Just finished this year's Nebula Award winner for best novel. Not a word about watches in it, which was honestly relaxing. Any sci-fi recs for the Christmas break?`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Watched the Artemis II coverage with my kids: the Orion capsule heat shield alone is an engineering masterpiece. Made me very nostalgic about my aerospace internship.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Mon premier vélo cargo est arrivé 🚲 3 200 € avec la prime de la métropole, les courses du samedi ne seront plus jamais les mêmes. (Non, ce n'est pas un Veloria, ne le dites pas au service commercial 😅)`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Astuce Excel du vendredi : Ctrl + ; insère la date du jour dans une cellule. Ça paraît rien, mais sur les bons de livraison ça m'a sauvé des heures.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Je serai en congé du 20 décembre au 3 janvier. Bonnes fêtes à toutes et à tous, reposez-vous bien, et rendez-vous en 2027 pour de nouvelles aventures 🎁`,
  ],
  [
    'x',
    'fr',
    '',
    `Pourquoi une barrique coûte-t-elle si cher ? 🧵 Le chêne sèche à l'air libre 24 à 36 mois avant d'être travaillé. Le temps, ça ne s'accélère pas.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Hi Ama, consultations for children under 5 are free on weekends this month. Just open the app and choose "paediatric" — no code needed.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    '',
    `Customer shout-out of the week: a school in Campinas that moved from paper receipts to online payments in 10 days, with 900 families. Their bursar is now our unofficial ambassador 😄`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Belle journée au Salon de l'Agriculture à parler moutons et panneaux solaires. Oui, les brebis pâturent très bien sous les trackers, et non, elles ne mangent pas les câbles 🐑☀️`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Three things I learned organising our first tenant open day:
1. provide childcare
2. bring more tea than you think
3. listen more than you talk
280 people came. Thank you Moss Side.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Petite visite de l'atelier de décolletage avec les élèves du lycée technique de Porrentruy. Une des élèves a usiné sa première vis de 0,8 mm toute seule. Quelle fierté pour elle (et pour nous).`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Reminder: our free webinar on Peppol e-invoicing obligations in Belgium is on 16 January, 10:00 CET. Registration link in the comments, recording sent to everyone who signs up.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Facture n° 2026-004518 réglée, merci ! Pour info, nos numéros de facture changent de format en janvier (FAC-27-xxxxx), pensez à mettre à jour vos rapprochements.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Je vous présente Nébula, notre nouvelle border collie 🐶 adoptée au refuge de Saint-Jean-de-Védas. Elle a déjà mangé un câble solaire de démonstration. Recrue prometteuse.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Selon l'Insee, les prix alimentaires ont encore progressé sur un an. Pour les fabricants comme nous, le blé dur et l'énergie restent les deux postes à surveiller. Source : les chiffres publiés le mois dernier.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `On recrute un·e chargé·e d'études agrivoltaïques à Montpellier 🌞
CDI, 38 à 45 k€ brut/an selon profil
Télétravail 2 jours/semaine
Permis B indispensable (on va beaucoup au champ)`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Retour d'incident : coupure de courant mardi à l'atelier après l'orage, 3 h d'arrêt de la ligne de cintrage. Aucun blessé, deux barriques à refaire. Le groupe électrogène est commandé.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `L'embargo est levé : on peut enfin vous présenter notre nouvelle salle de bloc à Tourcoing, 1 200 m² de murs et un espace kids. Ouverture le 10 janvier !`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Astuce pour vos signatures de mail : mettez un numéro générique du type « 06 XX XX XX XX » dans le modèle partagé, et chacun remplace par le sien. Ça évite que toute l'équipe envoie le portable de la stagiaire 😅`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Merci aux Journées des plantes à parfum de Grasse ! Trois jours à expliquer la différence entre une essence et une absolue, et autant de visiteurs conquis par la rose centifolia 🌹`,
  ],
]);
