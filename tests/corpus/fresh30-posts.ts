import { rows } from './corpus-types';

/**
 * Held-out set "fresh30": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/, the
 * tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the first 45 lines of
 * fresh17 for the header and row style, and index.ts to register the set); the repository was not grepped, and the
 * checks, the scorer and vitest were not run on these posts, so the set measures how the rules generalise to posts they
 * were never tuned on. `npx tsx scripts/score-checks.ts --only fresh30`.
 * First scored 2026-12-04 04:27 UTC on the rules of b1a418f (findings identical to bc26a05), before any fix from it, and
 * the same after fresh31's first fixes: confidentiality macro F1 0.981, 5.6 % of clean posts flagged (5 of 89); financial
 * 0.938 (precision 0.882, recall 1.000), confidential_marker 0.933 (precision 0.875), codename 0.963, national_id 0.960,
 * the 7 others 1.000.
 *
 * Authors (20 invented organisations): a Montpellier irrigation agritech (Goutte Verte), a Manchester payroll fintech
 * (Ledgerline), a Ghent textile recycler (Vezelkring), a Geneva watch-parts maker (Horlogis SA), a Montréal video-game
 * studio (Studio Boréal), a Munich robotics integrator (Greifwerk GmbH), a Valencia citrus co-operative (Cítricos del
 * Turia), a Turin e-bike maker (Pedalia), a Rabat edtech (Madrasa Cloud), a Lyon cell-therapy biotech (Cellivo), a Lille
 * warehousing firm (Entrepôts du Nord), a Bristol cybersecurity consultancy (Harbourwall Security), a Toronto insurtech
 * (Maplecover), a Bilbao steel fabricator (Forjas Ibaizabal), a Zurich legal-tech (Rechtly AG), a Namur group of
 * veterinary clinics (VetWallonie), a Marseille ferry operator (Navettes Phocéennes), a Stockholm audio-streaming app
 * (Ljudvåg), a Kraków game-localisation studio (Lokalizo) and an Abidjan mobile-money firm (Kora Pay).
 * Forms: team wins, pasted meeting notes and stand-ups, Slack/Teams messages and CI logs pasted by mistake, customer
 * replies (surface 'comment'), job ads with salary bands, conference live-posts, changelogs and release notes, a
 * post-mortem, supplier bank-detail notices and fraud warnings, a poll, a two-post thread, a farewell, out-of-office
 * notes, tips for founders, developers and managers, lost-and-found notices, an embargoed press release pasted early.
 *
 * Positives by category:
 * - phone: FR (06 mobile, "(+33) 4 ..."), UK (07700 mobile, 020 landline), BE (081 landline, +32 470 mobile), CH (079,
 *   +41 44, 022), CA ((514) 555-..., 1-888 toll-free), DE (+49 89, 0151), ES (+34 6.., 963 office), IT (+39 347, 011),
 *   MA (0537, +212 6 ...), CI (+225 07 ...), SE (+46 8 ...); switchboards and hotlines included.
 * - email: named work addresses, role mailboxes (careers@, recrutement@, presse@, press@, sav@, security@), a gmail
 *   treasurer address, obfuscated "name [at] domain [dot] fr", "support @ korapay.ci" and "hello(at)maplecover.ca".
 * - secret: unknown-vendor strings after "jeton d'accès", "clé API", "api key", "token", "jeton de production",
 *   X-Api-Key; a Wi-Fi password, a NAS admin password, a demo tenant password, a postgres connection string's
 *   user:password, Slack and Discord webhook URLs with their token, a GitHub PAT in a CI log.
 * - internal_url: wiki.acme-corp.net, jira.corp.acme.com and api.corp.acme.com, intranet.<domain> hosts of four
 *   different organisations (.co.uk, .ma, .fr), private IPs (10., 172.20., 192.168. with smb:// and http://), .local,
 *   .internal and .corp hosts.
 * - financial: year-end revenue before the accounts are closed, ARR before a Series B, H2 revenue in an embargoed
 *   release, a unit cost before buyers are told, an export price rise before the letter, a gross margin before the Q4
 *   review, a contract value before a ministry's announcement, an internally approved lab budget, a sealed tender bid, a
 *   weighted pipeline not shown to investors, an expected loss before results, a Series A pre-money before signature, a
 *   revenue target approved by the executive committee, a monthly transaction volume before a funding announcement, a
 *   hospital contract value before its board.
 * - confidential_marker: STRICTEMENT CONFIDENTIEL, STRICTLY CONFIDENTIAL, CONFIDENTIEL, a "Subject: CONFIDENTIAL" line,
 *   EMBARGO JUSQU'AU ..., EMBARGOED UNTIL ..., TLP:AMBER, TLP:RED, Classification: Internal, INTERNAL USE ONLY,
 *   INTERNE – ne pas transférer, NE PAS DIFFUSER, DIFFUSION RESTREINTE, "sous NDA".
 * - iban: FR (two, with RIB key), BE (two, with mod-97 account check), ES (both control digits), IT (CIN letter), DE,
 *   CH, GB, NL, LU, PL, SE, PT; all with exact country length and mod-97, computed with a throwaway script outside the
 *   repo.
 * - card (Luhn-valid): Visa (three), Mastercard 5- and 2-series (three), Amex, Discover, JCB, UnionPay, 19-digit
 *   Maestro, Diners.
 * - national_id (valid keys): French NIR (two, key 97 - n mod 97), Belgian national register number, Dutch BSN (11-test),
 *   Spanish DNI (letter), Italian codice fiscale (check letter), Canadian SIN (Luhn, twice), Swiss AVS/AHV (EAN-13),
 *   Swedish personnummer (Luhn), Polish PESEL, UK NINO and US SSN by format.
 * - codename: Orion, Nébula, Project Kestrel / Kestrel and Atlas Bleu as projects. client_name: Globex, Initech,
 *   Hôpital Sainte-Claire and Société Générique as customers.
 *
 * Look-alikes (labelled clean): emergency and short numbers (15, 112, 196, 999, 911, 101, 111), an order number, a
 * SIRET, a library card number, opening hours and timetables, GPS coordinates, version numbers, X handles
 * (@korapay_ci, @ledgerline_hq), bare domains and public company sites, public IPs (1.1.1.1, 8.8.8.8), "our new
 * intranet" without a host, a public GitHub repo; placeholders (<votre-clé-ici>, API_TOKEN=changeme), AWS's
 * AKIAIOSFODNN7EXAMPLE, a release SHA-256, weak-password advice, "token prices", a session "jeton" without a value;
 * TLP:CLEAR, "L.A. Confidential", "Confidential Assignment 2", NDA advice, "entre nous" advice, complaints about
 * embargoed releases and confidential footers, "l'interne de garde"; published annual results, public price lists and
 * premiums, salary bands in job ads, a city council's voted budget, a public grant and a public regional partnership,
 * Apple's reported revenue, a personal mortgage, a payroll-ratio teaching example, public user counts; the Belgian,
 * German and UK documentation IBANs, a masked IBAN, two IBANs with a wrong check (a scam SMS, a fake RIB email); test
 * cards 4242…, 4111…, 5555…4444, a Luhn-failing card in a phishing text, a masked card, a gift-card code; the 1938
 * Woolworth SSN, HMRC's QQ NINO, CRA's example SIN, an all-nines NIR, a DNI with a wrong letter, the Rossi example
 * codice fiscale; Orion the constellation and nebula, the Orion hotel, a kestrel, the Atlas mountains and Coldplay's
 * "Atlas", the Nebula streaming platform, a fluorescent "nébuleuse"; CME Globex, Office Space's Initech, generic
 * medicines and "une société générique", Saint Clare's feast day.
 *
 * CONVENTIONS: every written email address is email (role mailboxes and obfuscated forms included; a bare domain is
 * not); a connection string's user:password is secret, not email. Every written phone number is phone (switchboards,
 * hotlines, toll-free, any country and format); emergency short numbers are not. confidential_marker only for explicit
 * labels, not for informal requests or mentions of the words. financial: the company's own figure with a sign it is not
 * public yet; published results, public prices, salary bands, public bodies' voted budgets, other organisations'
 * public figures, personal money and teaching examples are clean. secret: keys, tokens, passwords (Wi-Fi included),
 * webhook URLs with their token, connection-string credentials; placeholders and vendor documentation examples are
 * not. internal_url: the policy's internal domains, any host under an intranet. label, private IPs, .local/.internal/
 * .corp hosts; public company sites are clean. iban, card, national_id: only valid numbers; invalid, masked, test and
 * documented specimens are clean; a digit run inside a valid IBAN is not also a card. codename, client_name: the
 * policy's names in their project/customer sense only. A post carries every category a careful reviewer would flag.
 *
 * COUNTS: 229 posts (95 FR, 129 EN, 5 mixed; 210 LinkedIn, 4 of them comments, and 19 X): 89 clean, 140 with one or
 * more findings (11 with two). Labels: phone 16, financial 15, confidential_marker 14, email 14, iban 14,
 * internal_url 14, secret 14, codename 13, national_id 13, card 12, client_name 12.
 */
export const FRESH30_POSTS = rows('fresh30', [
  // --- Goutte Verte (Montpellier, irrigation agritech) ---
  ['linkedin', 'fr', '', `Trois ans de Goutte Verte 💧 Nos capteurs équipent maintenant 1 400 hectares de vignes dans l'Hérault. Merci aux vignerons qui nous ont fait confiance dès le premier prototype. #agritech #irrigation`],
  ['linkedin', 'fr', 'email', `Vous êtes viticulteur et vous voulez tester notre sonde d'humidité cet hiver ? Écrivez-moi : julien.marchal [at] goutteverte [dot] fr, je réponds à tout le monde.`],
  ['linkedin', 'fr', 'secret', `Oups, je colle ça ici pour Karim qui n'a pas Slack sur son téléphone : jeton d'accès à la plateforme météo = gvw_7Hq2Kx9mPz4TbW8nR1cLs5VdQe3. Il faut le mettre dans la config du boîtier avant de partir au domaine.`],
  ['linkedin', 'fr', 'financial', `Petite fierté du vendredi : on va clôturer l'exercice autour de 2,9 M€ de chiffre d'affaires, soit +41 %. Les comptes ne sont pas encore arrêtés, on vous en reparle après l'AG de mars 🙂`],
  ['x', 'fr', '', `Rappel canicule : en cas de malaise dans les vignes, c'est le 15 ou le 112. Pas de vendanges à 14h, on boit de l'eau. 🥵`],
  ['linkedin', 'fr', '', `Notre démo est en ligne sur goutteverte.fr/demo : vous pouvez jouer avec les courbes d'humidité d'une vraie parcelle de Pic Saint-Loup (données anonymisées).`],
  ['linkedin', 'fr', 'phone', `Salon Sitevi : notre stand est le C-214. Si vous vous perdez, appelez Camille au 06 71 38 22 95, elle vient vous chercher avec un café.`],

  // --- Ledgerline (Manchester, payroll fintech) ---
  ['linkedin', 'en', 'email', `We're hiring a Senior Payroll Engineer in Manchester (hybrid, 3 days in office). Salary £68,000–£82,000 + 8% pension. Send your CV and a short note to careers@ledgerline.co.uk – no agencies please.`],
  ['linkedin', 'en', 'phone', `Payroll cut-off has moved to Wednesday this month because of the bank holiday. If your payslip looks wrong, ring Priya directly on 07700 914 382 before noon Thursday and she'll sort it.`],
  ['linkedin', 'en', 'internal_url', `Reminder for the Ledgerline crew: holiday requests for Christmas close Friday. Book them at https://intranet.ledgerline.co.uk/hr/leave and ping your manager.`],
  ['linkedin', 'en', 'financial', `Big milestone: ARR just went past £7.4m this week 🎉 We'll share the official number with the Series B announcement in January, but I couldn't not celebrate with the team today.`],
  ['x', 'en', '', `Payroll tip: if revenue is £100k and payroll costs are £62k, your payroll-to-revenue ratio is 62%. Most SaaS firms sit between 40 and 60. Know yours.`],
  ['linkedin', 'en', '', `Our 2025 annual report is out: revenue £18.2m, up 27%, and we hit operating profit for the first time. Full accounts on Companies House and on our investor page.`],
  ['linkedin', 'en', 'card', `Can someone in finance cancel this? The team lunch went on my corporate card and the restaurant emailed the full number back in the receipt: 4729 0204 8358 7564, exp 09/28. Not great.`],
  ['linkedin', 'en', '', `Testing our new checkout? Use the usual sandbox card 4242 4242 4242 4242, any future expiry, any CVC. Don't use real cards on staging!`],

  // --- Vezelkring (Ghent, textile recycler) ---
  ['linkedin', 'en', '', `Vezelkring sorted 3,100 tonnes of used textiles in 2025 – that's published in our impact report, and we're proud of every kilo. Thanks to all the municipalities of East Flanders.`],
  ['linkedin', 'fr', 'iban', `Avis à nos fournisseurs : suite au changement de banque, merci d'utiliser désormais le compte BE53 9203 0086 2253 pour tous les paiements à Vezelkring à partir du 1er janvier.`],
  ['linkedin', 'en', 'financial', `Quick update from the plant: our unit cost came down to €0.38 per kg of recycled fibre this quarter. We haven't told our buyers yet (contract talks next month), so fingers crossed.`],
  ['x', 'en', '', `The Belgian example IBAN BE68 5390 0754 7034 shows up in every form validator tutorial. Please stop using it in production tests, it belongs to someone's docs 😅`],

  // --- Horlogis SA (Geneva, watch-parts maker) ---
  ['linkedin', 'fr', 'secret', `Bienvenue à nos stagiaires ! Pour le premier jour : badge à l'accueil, casier n°12, et le Wi-Fi de l'atelier c'est Horlogis-Atelier / mot de passe Balancier!2026. À demain 8h.`],
  ['x', 'fr', 'phone', `On est au salon EPHJ à Genève, stand B12. Pas trouvé ? Appelez Lucie au 079 342 18 57.`],
  ['linkedin', 'fr', 'confidential_marker', `STRICTEMENT CONFIDENTIEL\nCompte rendu – revue qualité spiraux, 27/11\n- Taux de rebut ligne 3 : à investiguer\n- Audit client décalé en janvier\n- Prochaine revue : 11/12`],
  ['linkedin', 'fr', '', `« L.A. Confidential » ressort en salle à Genève ce mois-ci. Un chef-d'œuvre, mais rien à voir avec nos spiraux 😄 Bon week-end à toute l'équipe.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier RH de mon arrivée, j'ai envoyé par erreur ma carte AVS sur le canal général… Bon, au moins c'est mon numéro : 756.1100.6861.65. Quelqu'un peut supprimer le message ?`],
  ['linkedin', 'fr', 'iban', `Nouvelle coordonnée bancaire pour Horlogis SA (fournisseurs) : CH93 0025 3135 2231 8562 1. L'ancien compte UBS sera clôturé fin décembre.`],

  // --- Studio Boréal (Montréal, video games) ---
  ['linkedin', 'fr', 'phone', `On recrute 2 artistes 3D pour notre prochain jeu ! Les entrevues se font cette semaine, texte-moi au (514) 555-0182 si tu veux un créneau.`],
  ['linkedin', 'fr', 'email', `Envoie ton portfolio à recrutement@studioboreal.ca — on regarde tout, même les projets étudiants. Salaire : 62 000 à 78 000 $ selon l'expérience.`],
  ['linkedin', 'fr', 'codename', `Grosse semaine pour le projet Orion : le build vertical slice passe en playtest interne lundi. Fier de l'équipe gameplay qui a tout donné 🎮`],
  ['x', 'en', '', `Spent the night at the observatory in Mont-Mégantic. Orion was rising over the trees around 11pm, and the nebula in the sword was visible in binoculars. Worth the drive.`],
  ['linkedin', 'en', 'internal_url', `If the build farm is down again, check the status page at http://nas-boreal.local:5000/builds before pinging the tech team. Thanks!`],
  ['linkedin', 'fr', 'national_id', `Je colle ça pour Julie de la paie qui me l'a demandé, désolé pour le bruit : NAS 280 638 164, date d'entrée le 2 décembre.`],
  ['linkedin', 'en', '', `Canadian devs: CRA's own example SIN 046 454 286 is fine for unit tests. Never use a colleague's real one in fixtures.`],

  // --- Greifwerk GmbH (Munich, robotics integrator) ---
  ['linkedin', 'en', 'phone', `New service hotline for all our robot cells in Bavaria: +49 89 2154 7730. Out of hours, the on-call engineer is reachable on 0151 4427 9061.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem, cell 7 outage: the PLC gateway at 172.20.3.14 lost its route after the switch firmware update. Rolled back at 14:20, line back up at 14:35. Lessons learned below 👇`],
  ['linkedin', 'en', 'codename', `Project Kestrel update: the gripper prototype picked 1,200 mixed parcels an hour in the pilot hall today. Next step is the customer pilot in Q1.`],
  ['x', 'en', '', `Saw a kestrel hovering over the Isar this morning, perfectly still in the wind. Better stabilisation than any of our robot arms. 🐦`],
  ['linkedin', 'en', 'iban', `Invoice reminder to our UK partners: please pay Greifwerk GmbH to DE43 8682 5995 8560 6434 83 (new account since November). Thank you!`],
  ['linkedin', 'en', '', `The Deutsche Bundesbank example IBAN DE89 3704 0044 0532 0130 00 is in all the SEPA docs. If your ERP accepts it, your validation only checks the format.`],
  ['linkedin', 'en', 'secret', `Accidentally pasted from our #deploy channel: api key for the vision service = grw-vk-9c4e1f7a2b8d3e6f0a5c9b7d1e4f2a8c. Rotating it now, please ignore.`],

  // --- Cítricos del Turia (Valencia, citrus co-op) ---
  ['linkedin', 'en', 'phone', `Clementine season is here 🍊 Wholesale orders: call Javier on +34 612 48 73 20 or the co-op office on 963 84 21 07.`],
  ['linkedin', 'en', '', `Our public price list for the 2026 campaign is on the website: clementines from €0.92/kg ex-works, navel oranges from €0.78/kg. Volume discounts above 20 pallets.`],
  ['linkedin', 'en', 'financial', `Between us: the board agreed last night to raise our export price to Germany by 9% from February. Buyers get the letter next week, so please keep it quiet until then.`],
  ['linkedin', 'en', 'iban', `For our UK customers paying in euros, our co-op account is ES22 4686 6645 6583 9050 9008 (Cítricos del Turia, Coop. V.).`],
  ['linkedin', 'en', 'national_id', `Registering new seasonal pickers this week. Tip from HR: double-check DNIs. This one from yesterday's form, 82107470T, belongs to our new forklift driver – welcome Andrés!`],
  ['linkedin', 'en', '', `A DNI with the wrong letter, like 12345678A, is rejected by the portal – the letter is a checksum. Saves us a lot of typos every season.`],

  // --- Pedalia (Turin, e-bikes) ---
  ['linkedin', 'en', 'phone', `Dealers in Piedmont and Liguria: our field rep Marco is at +39 347 218 6605, and the Turin office at 011 562 4830.`],
  ['linkedin', 'en', 'financial', `Honest post: the gross margin on our S3 e-bike dropped to 31% from 36% this year because of battery costs. The Q4 review is next week and I'm preparing the slides now.`],
  ['linkedin', 'en', 'email', `Warranty question? Write to sav@pedalia.it with your frame number and a photo, we answer in 48h.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `My codice fiscale is on every supplier form anyway, so here it is for the Turin bike fair registration: BNCGLI88M52L219Z. (Can't believe the form made me post it publicly.)`],
  ['linkedin', 'en', '', `Pedalia S3 list price: €2,990 including VAT. The S3 Cargo: €3,690. Available at all authorised dealers from March.`],
  ['linkedin', 'en', 'iban', `Pedalia Srl bank details for dealer payments: IT86 O068 3969 8620 3872 7028 578. Please quote your dealer code as reference.`],
  ['x', 'en', '', `The famous Italian example codice fiscale RSSMRA80A01H501U is in half the tutorials. Mr Rossi must be very tired.`],

  // --- Madrasa Cloud (Rabat, edtech) ---
  ['linkedin', 'fr', 'phone', `Enseignants, besoin d'aide avec la plateforme ? Hotline : 0537 68 24 11, ou sur WhatsApp au +212 6 61 47 39 02.`],
  ['linkedin', 'fr', 'internal_url', `Les nouveaux modules de maths sont disponibles pour les profs pilotes : https://intranet.madrasacloud.ma/enseignants/modules — connexion avec votre compte habituel.`],
  ['linkedin', 'fr', 'secret', `Pour les écoles partenaires qui intègrent nos exercices : clé API de test remplacée, la nouvelle c'est mdc_prod_Yx83Lq0VbTn6Wr2Je9Ku4Hs. Merci de mettre à jour d'ici lundi.`],
  ['linkedin', 'fr', '', `Pour intégrer notre API, mettez votre clé dans la variable MADRASA_API_KEY (par exemple MADRASA_API_KEY=<votre-clé-ici>). La doc complète est sur developers.madrasacloud.ma.`],
  ['linkedin', 'fr', 'financial', `On vient de signer avec une région pour 3 ans : 14 millions de dirhams. L'annonce officielle sera faite par le ministère en janvier, donc je ne peux pas encore dire laquelle 😉`],
  ['x', 'fr', '', `Rentrée : 240 000 élèves utilisent Madrasa Cloud. Chiffre public, affiché sur notre site. Merci aux profs 🙏`],

  // --- Cellivo (Lyon, biotech lab) ---
  ['linkedin', 'fr', 'email', `Journalistes : pour toute demande sur notre essai de phase I, contactez presse@cellivo.fr.`],
  ['linkedin', 'fr', 'financial', `Budget 2027 du labo validé hier en comité interne : 1,4 M€, dont 600 k€ pour le nouveau séquenceur. Pas encore communiqué aux équipes, mais je suis ravie.`],
  ['linkedin', 'fr', 'internal_url', `Les procédures qualité mises à jour sont sur intranet.cellivo.fr/qualite/sop — merci de relire la SOP-114 avant l'audit.`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage un extrait de notre newsletter :\n\nEMBARGO JUSQU'AU 9 DÉCEMBRE 2026, 8H00\nCellivo annonce les premiers résultats de son programme de thérapie cellulaire…`],
  ['linkedin', 'fr', '', `Les communiqués sous embargo, c'est pénible pour tout le monde : les journalistes les reçoivent trois jours avant et n'ont pas le droit d'en parler. On a décidé d'arrêter.`],
  ['linkedin', 'fr', 'codename', `La nouvelle lignée cellulaire du programme Nébula passe en production GMP la semaine prochaine. Deux ans de travail de l'équipe process 👏`],
  ['linkedin', 'fr', '', `Photo du jour prise par notre microscopiste : on dirait une nébuleuse, c'est en fait une culture de fibroblastes marquée en fluorescence. 🔬✨`],
  ['linkedin', 'fr', 'client_name', `Super journée à l'Hôpital Sainte-Claire pour former les équipes d'hématologie à notre nouveau protocole de prélèvement. Merci pour l'accueil !`],

  // --- Entrepôts du Nord (Lille, warehousing) ---
  ['linkedin', 'fr', 'secret', `Message collé depuis Teams par erreur, désolée :\n« Pour l'ETL : postgres://etl_user:W4rehouse#Nord@db.entrepots-du-nord.fr:5432/wms, ça tourne toutes les nuits à 2h »`],
  ['linkedin', 'fr', 'internal_url', `Rappel : le planning des quais est sur smb://192.168.10.5/exploitation/quais — ne plus utiliser la clé USB du bureau.`],
  ['linkedin', 'fr', 'client_name', `Depuis lundi, on gère tout le stock e-commerce de Globex sur notre site de Lesquin. 14 000 références, zéro erreur de préparation cette semaine. Bravo l'équipe !`],
  ['linkedin', 'fr', '', `Nos horaires d'ouverture des quais : 6h00–13h30 et 14h00–21h30, du lundi au samedi. Rendez-vous transporteurs obligatoires.`],
  ['linkedin', 'fr', 'email', `Transporteurs : pour vos prises de rendez-vous, écrivez à thomas.b@entrepots-du-nord.fr (et plus à l'ancienne adresse).`],
  ['linkedin', 'fr', '', `Commande n° 2026-1184-4471-0093 bien reçue, merci au client pour sa patience. Le numéro de suivi est envoyé par SMS.`],
  ['linkedin', 'fr', 'financial', `Appel d'offres de la métropole : on a déposé à 2 340 000 € HT sur 4 ans. Ouverture des plis le 12, croisez les doigts 🤞`],
  ['linkedin', 'fr', '', `SIRET 812 345 671 00019 sur toutes nos factures depuis le déménagement. Le reste ne change pas.`],

  // --- Harbourwall Security (Bristol, cybersecurity) ---
  ['linkedin', 'en', 'email', `Found a vulnerability in one of our clients' apps? Report it to security@harbourwall.co.uk (our PGP key is on the website). We answer within one working day.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER\nIOC summary for partner SOCs – phishing kit targeting UK payroll portals\n- 3 domains registered 28/11\n- credential harvest via fake MFA page\nShare within your organisation only.`],
  ['linkedin', 'en', '', `TLP:CLEAR – we're publishing our yearly phishing trends report. Feel free to share it anywhere, that's the point.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED – for the named recipients of yesterday's call only.\nThe actor reused the same C2 infrastructure seen in October. Details in the encrypted pack.`],
  ['linkedin', 'en', '', `Password hygiene reminder: "Password123!", "Winter2026" and your dog's name are not passwords. Use a manager and a passkey where you can.`],
  ['linkedin', 'en', '', `Every pentest report we deliver has a line about AWS example keys like AKIAIOSFODNN7EXAMPLE found in code. They're harmless, they come from the docs – but they tell us nobody reviewed the repo.`],
  ['linkedin', 'en', 'secret', `Lesson from this week's engagement: the client's Slack had this in a public channel for 14 months: https://hooks.slack.com/services/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 (now revoked, but imagine).`],
  ['x', 'en', '', `Hot take: "confidential" in an email footer has no legal effect whatsoever. It's decoration.`],

  // --- Maplecover (Toronto, insurtech) ---
  ['linkedin', 'en', 'phone', `Storm season reminder for our policyholders in Ontario: our claims line is 1-888-555-0164 (toll-free), open 24/7.`],
  ['linkedin', 'en', 'email', `Broker partners, questions about the new home product? hello(at)maplecover.ca is monitored all week.`],
  ['linkedin', 'en', 'financial', `Our weighted pipeline for Q1 is now CAD 4.1M – more than all of 2025. Haven't shown this to the investors yet, board meeting is on the 18th.`],
  ['linkedin', 'en', 'national_id', `Agent note pasted into the wrong window, sorry: "Customer SSN 512-38-4471, policy pending, call back Tuesday."`],
  ['linkedin', 'en', '', `Fun fact: SSN 078-05-1120 was printed on sample cards in wallets sold by Woolworth in 1938, and thousands of people used it as their own. The most misused number in history.`],
  ['linkedin', 'en', 'codename', `Kestrel pricing engine went live for the first 500 quotes today. Claims team, thank you for the late nights on this one.`],
  ['linkedin', 'en', '', `Our premiums are public and regulated: the standard condo policy starts at CAD 24/month in Toronto. Quotes in 3 minutes on maplecover.ca.`],
  ['x', 'en', '', `Reminder: in an emergency, call 911 first. Then us.`],

  // --- Forjas Ibaizabal (Bilbao, steel fabrication) ---
  ['linkedin', 'en', 'financial', `Honest year-end reflection: we'll lose around €900k on the wind-tower contract this year. Results come out in March; I'd rather the team hears it from me first.`],
  ['linkedin', 'en', 'internal_url', `Welding procedure specs moved to https://git.forjas.corp/quality/wps – the old shared drive is read-only from Monday.`],
  ['linkedin', 'en', '', `Bilbao city council voted its 2027 budget yesterday: €684M, with €40M for the Zorrotzaurre bridges. Good news for the local steel sector.`],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL USE ONLY\nShift handover – line 2\n- crane 3 inspection due 10/12\n- new apprentice starts Monday\n- heat treatment oven at 92% availability`],

  // --- Rechtly AG (Zurich, legal-tech) ---
  ['linkedin', 'en', 'email', `We're opening the beta of our contract-review tool to 20 Swiss law firms. Drop a line to anna.keller@rechtly.ch if you want a seat.`],
  ['linkedin', 'en', '', `NDA tip for founders: don't sign a mutual NDA that lasts forever. Two to three years is standard. And read the definition of "confidential information" twice.`],
  ['linkedin', 'en', 'confidential_marker', `Sharing the agenda I got this morning (I think this is fine?):\n\nSTRICTLY CONFIDENTIAL – Board of Directors, 15 December\n1. Approval of 2027 plan\n2. Office move\n3. AOB`],
  ['linkedin', 'en', 'secret', `Note to self and to Luca: the staging token is rtl_8KdP2wQx7ZmN4vTb9LcR3sJh6Y, expires Friday. Don't lose it again.`],
  ['linkedin', 'en', 'financial', `We're about to sign our Series A at CHF 22M pre-money. Not announced until the papers are signed, but what a year.`],
  ['linkedin', 'en', 'phone', `Our Zurich office number has changed: +41 44 508 27 19. The Geneva number 022 310 84 66 stays the same.`],
  ['linkedin', 'en', '', `Our public pricing: Rechtly Solo CHF 49/month, Team CHF 39/user/month. No setup fees, cancel anytime.`],
  ['linkedin', 'en', 'client_name', `Proud that Initech chose Rechtly to review their supplier contracts across 6 countries. Kick-off next week in Zurich.`],
  ['x', 'en', '', `Rewatched Office Space. Initech's TPS reports are still the most realistic depiction of enterprise software ever filmed.`],

  // --- VetWallonie (Namur, veterinary clinics) ---
  ['linkedin', 'fr', 'phone', `Garde vétérinaire ce week-end à Namur : appelez le 081 22 45 19. Pour les NAC, le Dr Lemaire est joignable au +32 470 61 28 93.`],
  ['linkedin', 'fr', 'national_id', `Pour l'assurance de ma nouvelle collègue, je recopie son numéro de registre national ici parce que le formulaire plante : 71.03.17-687.24. Quelqu'un de l'IT peut regarder ?`],
  ['linkedin', 'fr', 'iban', `Nos clients peuvent désormais régler les factures par virement sur BE85 1374 8596 7306 (VetWallonie SRL), communication : numéro de dossier de l'animal.`],
  ['linkedin', 'fr', '', `Attention arnaque : des SMS demandent de payer une « facture vétérinaire » sur le compte BE70 1528 2518 5978. Ce n'est pas nous, et ce numéro n'est même pas un IBAN valide.`],
  ['linkedin', 'fr', '', `Mon interne de garde cette nuit a sauvé un labrador qui avait avalé une chaussette entière. Bravo Léa !`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – ne pas transférer\nNote aux vétérinaires : changement de fournisseur d'anesthésiques au 1er janvier, stock actuel à écouler d'ici là.`],

  // --- Navettes Phocéennes (Marseille, ferries) ---
  ['linkedin', 'fr', 'phone', `Bonjour, pour un remboursement suite à l'annulation du 3 décembre, appelez le (+33) 4 91 56 20 48 du lundi au vendredi, 9h–17h.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret internal_url', `Pour l'équipe de bord : le NAS des plannings est à http://192.168.1.20:5000, compte admin / mot de passe Phocee_2025! — à changer dès que possible.`],
  ['linkedin', 'fr', 'internal_url', `Les nouveaux plannings d'hiver sont en ligne sur https://intranet.navettes-phoceennes.fr/planning/hiver. Vérifiez vos rotations avant le 15.`],
  ['linkedin', 'fr', '', `Horaires d'hiver : départ du Vieux-Port à 7h30, 9h00, 12h15 et 17h45. Tarif public inchangé : 5 € l'aller simple.`],
  ['linkedin', 'fr', 'financial', `Objectif de recettes 2027 pour la ligne Frioul : 4,6 M€, validé en comité de direction hier. On le présentera à la métropole en février.`],
  ['x', 'fr', '', `La mer était formée ce matin, traversée annulée. En cas d'urgence en mer, c'est le 196 (CROSS). Prenez soin de vous.`],
  ['linkedin', 'fr', 'card', `Un passager a oublié sa carte bancaire à bord hier (Visa au nom de M. Ferrand, 4970 6024 7695 4335). Elle est au guichet du Vieux-Port.`],

  // --- Ljudvåg (Stockholm, audio streaming) ---
  ['linkedin', 'en', 'phone email', `Journalists covering our new podcast studio: press@ljudvag.se or +46 8 522 481 90 (Maja, head of comms).`],
  ['linkedin', 'en', 'national_id', `HR pasted my onboarding details into our public team channel. My personnummer, 740203-9486, is now forever in a screenshot. Lovely Monday.`],
  ['linkedin', 'en', 'iban', `Freelance voice actors: we pay on the 25th from our account SE31 4053 4071 3336 1104 3849 – if your invoice shows another sender, it's not us.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu is finally out of the lab: our new recommendation model now powers 30% of the morning playlists. Kudos to the ML team.`],
  ['linkedin', 'en', '', `Listening to "Atlas" by Coldplay on repeat while the snow falls over Södermalm. Blue light, blue mood, good code. ❄️`],
  ['linkedin', 'en', '', `Our tech blog post on audio fingerprinting is up at engineering.ljudvag.se – including the sample code on our public GitHub.`],
  ['linkedin', 'en', 'card', `Customer support tip gone wrong: a listener sent us their full card in a chat "to prove it was charged twice": 5330 0458 9876 1999. We deleted it and refunded them. Please never do that!`],

  // --- Lokalizo (Kraków, game localisation) ---
  ['linkedin', 'en', 'national_id', `Signing my first B2B contract in Poland! The client asked for my PESEL on the invoice, so here it is on the draft I'm about to send: 67082694361. Is that normal?`],
  ['linkedin', 'en', 'iban', `Clients paying in PLN, use our account PL16 3658 2383 5045 5366 5535 3369 (Lokalizo sp. z o.o.).`],
  ['linkedin', 'mixed', 'client_name', `On localise toute la plateforme de formation de Globex en 9 langues this quarter. Biggest project we've ever done – on recrute 4 relecteurs !`],
  ['linkedin', 'en', '', `Trading futures on CME Globex at 3am is not a hobby I recommend. Back to translating dialogue trees.`],
  ['linkedin', 'en', 'secret', `For the translators' CAT tool: api key lkz-3f9a0c72-b81e-4d6a-9e45-c0d7a2f1b8e6 (shared account). Paste it in Settings > Machine Translation.`],

  // --- Kora Pay (Abidjan, mobile money) ---
  ['x', 'fr', 'phone', `Service client Kora Pay : +225 07 48 21 36 90, 7j/7 de 7h à 22h.`],
  ['linkedin', 'fr', 'email', `Un problème avec un transfert ? Écrivez à support @ korapay.ci avec l'identifiant de la transaction.`],
  ['linkedin', 'fr', 'financial', `Notre volume de transactions a dépassé 1,2 milliard de FCFA par mois en novembre. On l'annoncera officiellement avec la levée de fonds, mais l'équipe mérite de le savoir aujourd'hui.`],
  ['linkedin', 'fr', 'secret', `Pour nos marchands pilotes : votre jeton de production est kp.AT.9f3c1e7b2a6d4085.Rq7ZmW2x. Ne le partagez pas avec votre développeur freelance, il a déjà le sien.`],
  ['x', 'fr', '', `Kora Pay ne vous demandera JAMAIS votre code secret par téléphone. Si on vous appelle pour ça, c'est une arnaque. Suivez @korapay_ci pour les alertes.`],
  ['linkedin', 'fr', '', `Le jeton de session expire après 15 minutes d'inactivité : c'est voulu, pour votre sécurité. Reconnectez-vous simplement.`],

  // --- cards, pasted by mistake or in support threads ---
  ['linkedin', 'en', 'card', `Our office manager asked me to book the offsite venue. Pasting the details so I don't lose them: Amex 3754 107823 31175, exp 04/29, name Ledgerline Ltd. (Yes I know. Deleting in 5 min.)`],
  ['linkedin', 'fr', 'card', `Rappel à tous : ne jamais envoyer de numéro de carte par messagerie ! Un client vient de nous écrire « voici ma carte pour le renouvellement : 5115 2914 0602 7926, 11/27 » 🤦 On l'a supprimé.`],
  ['x', 'en', 'card', `lol my dad just tweeted at the airline "please refund to 6011 4234 5425 2097" 😭 someone stop him`],
  ['linkedin', 'en', 'card', `Slack message I pasted into the wrong box, sorry everyone:\n"@Nina the supplier in Osaka only takes JCB, use the company one – 3528 1678 9229 1141 – and get a receipt"`],
  ['linkedin', 'fr', 'card', `Pour la commande de matériel à Shenzhen, la carte UnionPay de la boîte : 6200 1957 8559 1267. Merci de me confirmer le paiement, Hugo.`],
  ['linkedin', 'en', 'card', `Found a Maestro card on the tram this morning, number 6759 6441 7311 5080 311. Handed it in at the Pedalia front desk – owner, come and get it!`],
  ['linkedin', 'en', 'card', `Procurement update (pasted from the ticket): "Renewal of the design-tool licences, charge to Mastercard 2221 7540 7352 3822, cost centre 4410."`],
  ['linkedin', 'fr', 'card', `Note de frais rejetée parce que j'ai mis le numéro complet de la carte affaires dans le commentaire : 4726 4545 7586 6250. Leçon retenue, je le laisse ici pour que vous ne fassiez pas pareil 😅`],
  ['linkedin', 'en', 'card', `Old-school travel agent experience: they asked me to read my Diners Club number over the phone and then emailed it back to me in clear, 3606 954800 9110. 2026, everyone.`],
  ['linkedin', 'en', '', `Fraud alert from our support team: texts claiming your card 4555 5350 9752 8623 "has been blocked" are fake – that number isn't even a valid card. Never click the link.`],
  ['linkedin', 'en', '', `QA tip: 4111 1111 1111 1111 and 5555 5555 5555 4444 are the classic test cards. If you see them in production logs, someone forgot to switch the environment.`],
  ['linkedin', 'fr', '', `Votre carte se termine par **** **** **** 4821 ? Alors c'est bien votre paiement qui apparaît en double, il sera annulé sous 48h. Désolés pour la gêne !`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Gift cards for the team raffle are ready! Codes look like 7301-4492-8851-2006 – winners will get theirs by DM, not in this thread.`],

  // --- IBANs ---
  ['linkedin', 'fr', 'iban', `Changement de RIB pour Goutte Verte à compter du 1er janvier : FR76 3491 0575 7444 4581 2066 922. Merci de mettre à jour vos fichiers fournisseurs.`],
  ['linkedin', 'fr', 'iban email', `Pour les cotisations de l'association des anciens de Cellivo, virement sur FR76 5561 3742 5506 3576 3557 648, et un petit mail à tresorier.anciens@gmail.com pour confirmer.`],
  ['linkedin', 'en', 'iban', `UK suppliers, Harbourwall's sterling account is changing. New details: GB49 MIDL 0439 6063 2689 80. We will never change bank details by email only – call us to confirm.`],
  ['linkedin', 'en', 'iban', `Dutch partners of Vezelkring: please use NL66 RABO 2674 7773 59 for invoices from our Rotterdam collection point.`],
  ['linkedin', 'fr', 'iban', `Les acomptes pour le séminaire à Luxembourg se font sur LU87 7166 7782 5777 0395 (compte du comité d'entreprise).`],
  ['linkedin', 'en', '', `The UK example IBAN GB82 WEST 1234 5698 7654 32 is in every payments tutorial. It passes the checksum – it's still not a real account.`],
  ['linkedin', 'fr', '', `Virement reçu de FR76 •••• •••• •••• •••• •••• 648, merci ! La facture est soldée.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Attention, le RIB qui circule par mail au nom de Goutte Verte (FR77 3399 2178 1235 6236 1531 270) est faux. Nos coordonnées n'ont pas changé par email.`],

  // --- national ids ---
  ['linkedin', 'fr', 'national_id', `Petite galère administrative : la mutuelle me demande mon numéro de sécu par message LinkedIn (!). Je le mets ici en attendant que quelqu'un me réponde : 1 29 02 17 476 623 77.`],
  ['linkedin', 'fr', 'national_id', `Message collé depuis le chat RH, désolée : « Dossier de Mme Durand, NIR 2 42 07 69 565 408 73, à compléter avant la paie de décembre. »`],
  ['linkedin', 'en', 'national_id', `New starter form for our Rotterdam site (pasted by mistake, will delete): name J. de Vries, BSN 693521545, start 6 January.`],
  ['linkedin', 'en', 'national_id', `HMRC finally sent my NI letter! National Insurance number JH 42 71 85 B – framed and everything. First job in the UK, feeling official.`],
  ['linkedin', 'en', '', `The NINO QQ 12 34 56 C is HMRC's own example. If you need one for a form demo, use that, not yours.`],
  ['linkedin', 'fr', '', `Pour les formations RH : le NIR de démonstration 1 99 99 99 999 999 99 ne correspond à personne. Ne mettez jamais un vrai numéro dans un support de cours.`],
  ['linkedin', 'fr', '', `Mon numéro d'adhérent à la médiathèque de Namur, 2026-004178, me donne accès à 12 livres en même temps. Meilleur service public de Belgique.`],

  // --- internal URLs ---
  ['linkedin', 'en', 'internal_url', `Runbook for the on-call rotation is at https://wiki.acme-corp.net/display/OPS/Payroll-Runbook – please read it before your first shift.`],
  ['linkedin', 'en', 'internal_url', `Status: the ticket is jira.corp.acme.com/browse/PAY-1182, closing it once the patch is live.`],
  ['linkedin', 'en', 'internal_url', `Dashboards moved! Latency graphs for the vision cells are now on http://10.12.4.31:8080/grafana/d/cells – old bookmarks won't work.`],
  ['linkedin', 'en', 'internal_url', `CI note for the Greifwerk team: artefacts now live on https://build.greifwerk.internal/artifacts/gripper – the old FTP is off.`],
  ['linkedin', 'en', '', `Our new intranet launched today after 18 months of work. Huge thanks to the comms team – it finally works on mobile.`],
  ['linkedin', 'en', '', `Public DNS outage this morning? We switched our office resolvers to 1.1.1.1 and 8.8.8.8 as a fallback. Back to normal now.`],
  ['linkedin', 'en', '', `Release 10.4.2 of our open-source PLC library is out on GitHub: github.com/greifwerk/plc-tools. Changelog in the repo.`],

  // --- secrets ---
  ['linkedin', 'en', 'secret', `Posting this so the new QA contractor can log in before I'm back: password for the demo tenant is Quokka-7741-blue (user demo.admin). Change it after, please!`],
  ['linkedin', 'en', 'secret', `Pasted from our CI logs, oops: GITHUB_TOKEN=ghp_R7tKq2Zx9WmB4nLc8Vd1Hs6Pj3Fy0Ea5UgT1 (revoked already, rotating the rest).`],
  ['linkedin', 'fr', 'secret', `Pour le bot d'alertes de la ligne Frioul : https://discord.com/api/webhooks/1184729305617283946/Xq7Lm2Vd9Rt4Kp8Bn1Wz6Hc3Js5Fy0Ge2Ua7Qo4 — collez-le dans la config et ça part tout seul.`],
  ['linkedin', 'en', '', `Config tip: never hardcode secrets. Use API_TOKEN=changeme in your .env.example and load the real value from the vault.`],
  ['linkedin', 'en', '', `Release v3.2.0 is signed. SHA-256: 9f2c4e81a7b03d65c1e8f49a2b7d06c3e5f18a94b2c7d0e63f1a8b5c4d9e2f70. Verify before installing.`],
  ['x', 'en', '', `Token prices crashing again and my timeline is full of people explaining why this time is different. 📉`],

  // --- confidential markers ---
  ['linkedin', 'en', 'confidential_marker', `Forwarding our partner's note here for visibility:\n\nClassification: Internal\nThe pilot results for the Bristol water utility will be presented on 14 January.`],
  ['linkedin', 'fr', 'confidential_marker', `NE PAS DIFFUSER\nPlanning de réorganisation de l'entrepôt B – phase 1 en février, phase 2 en avril. Les équipes de nuit seront informées la semaine prochaine.`],
  ['linkedin', 'fr', 'confidential_marker', `Démo faite sous NDA chez un grand constructeur aujourd'hui. Tout ce que je peux dire, c'est que notre capteur a tenu 72 h sans recalibration 😎`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE\nCompte rendu du CSE du 2 décembre – points sur l'organisation du travail de nuit et le plan de formation 2027.`],
  ['linkedin', 'en', 'confidential_marker', `Subject: CONFIDENTIAL – leadership offsite outcomes\n\nTeam, here are the three priorities we agreed on for next year…\n(I meant to send this to my team, not post it. Editing.)`],
  ['linkedin', 'en', '', `Watched "Confidential Assignment 2" on the flight back from Seoul. Ridiculous plot, great fights, 8/10.`],
  ['linkedin', 'fr', '', `Conseil aux jeunes managers : « entre nous » dans un mail, ça n'existe pas. Partez du principe que tout ce que vous écrivez sera transféré.`],
  ['linkedin', 'en', '', `We stopped stamping every slide "confidential". When everything is confidential, nothing is. Now we label the three documents a year that actually need it.`],

  // --- codenames ---
  ['linkedin', 'en', 'codename', `Orion go-live slipped to February. Not the news anyone wanted, but the migration tests told us it wasn't ready. Better late than broken.`],
  ['linkedin', 'fr', 'codename', `Recrutement : le projet Atlas Bleu cherche deux développeurs backend Kotlin à Lyon. Envoyez-moi un message privé !`],
  ['linkedin', 'en', 'codename', `Standup notes, pasted for the remote folks:\n- Kestrel: firmware 0.9 on the test bench, bug in the torque limiter\n- hiring: 2 interviews Thursday`],
  ['linkedin', 'fr', 'codename', `La roadmap de Nébula pour 2027 est prête : trois modules, une nouvelle API et enfin le mode hors-ligne. Présentation aux équipes jeudi.`],
  ['linkedin', 'en', 'codename', `Six months on Orion's pricing engine and today we ran the first full simulation on real volumes. Proud of this crew.`],
  ['linkedin', 'fr', 'codename', `Merci à tous ceux qui ont bossé sur la phase 2 d'Atlas Bleu ce week-end. La migration est terminée, zéro perte de données. 🙌`],
  ['linkedin', 'mixed', 'codename', `Kick-off call for Project Kestrel this morning avec les équipes de Lyon et de Munich. Great energy, beaucoup de travail devant nous.`],
  ['linkedin', 'fr', '', `Séjour dans l'Atlas marocain : ciel bleu, neige sur le Toubkal, et le meilleur tajine de ma vie. Retour au bureau lundi.`],
  ['x', 'en', '', `Tonight's astrophoto: the Orion Nebula (M42) from my balcony in Zurich, 40 × 30 s exposures. Light pollution is brutal but we got it.`],
  ['linkedin', 'fr', '', `Le faucon crécerelle (kestrel en anglais) niche sur notre entrepôt de Lesquin depuis trois ans. On a installé un nichoir avec la LPO.`],

  // --- client names ---
  ['linkedin', 'fr', 'client_name', `Atelier de trois jours avec les équipes achats de la Société Générique pour refondre leur processus fournisseurs. Des gens passionnés, merci !`],
  ['linkedin', 'en', 'client_name', `Initech renewed for another three years. When a customer that demanding stays, you know the product works.`],
  ['linkedin', 'fr', 'client_name', `Déploiement terminé à l'Hôpital Sainte-Claire : nos 40 bornes de suivi sont en service dans les trois pavillons.`],
  ['linkedin', 'en', 'client_name', `Great QBR with the Globex logistics team in Rotterdam today. They're expanding to two more warehouses with us next year.`],
  ['linkedin', 'mixed', 'client_name', `Onboarding de la Société Générique terminé ✅ Huge thanks to the support team qui a répondu à 300 tickets en une semaine.`],
  ['linkedin', 'en', 'client_name codename', `Demo day at Initech: we showed them the first Orion dashboards and they asked to extend the pilot to Canada.`],
  ['linkedin', 'fr', '', `Les médicaments génériques représentent 40 % des boîtes vendues en France. Une société générique de distribution pharmaceutique, c'est un métier à part.`],
  ['linkedin', 'fr', '', `Sainte Claire est fêtée le 11 août. Joyeuse fête à toutes les Claire de l'équipe ! 🎉`],

  // --- combined pastes ---
  ['linkedin', 'en', 'confidential_marker financial', `EMBARGOED UNTIL 10 DECEMBER 06:00 GMT\nLedgerline reports H2 revenue of £9.8m and announces its Series B.\n\n(Got this from our comms team this morning and I'm too excited not to share 🚀)`],
  ['linkedin', 'fr', 'confidential_marker client_name', `CONFIDENTIEL\nPoints clés réunion Globex – 1/12\n- renouvellement à négocier avant mars\n- demande d'un SLA 99,9 %\n- prochaine réunion : 18/12`],
  ['linkedin', 'en', 'internal_url secret', `Quick fix for the broken integration: the service at https://api.corp.acme.com/v2/orders now needs the header X-Api-Key: acx_5Tn8Wq2Lr7Zb4Mv9Kd1Hp6Jc3. Update your scripts.`],
  ['linkedin', 'fr', 'phone email', `Nouvelle responsable du bureau de Londres : Sophie Martin, sophie.martin@lokalizo.pl, ligne directe 020 7946 0321.`],
  ['linkedin', 'mixed', 'financial client_name', `Signed with Hôpital Sainte-Claire this morning : contrat de 3 ans à 480 k€ par an. Official announcement après le conseil d'administration de l'hôpital en janvier.`],
  ['linkedin', 'en', 'iban phone', `Supplier notice from Pedalia's finance team: new EUR account PT69 6740 8430 6078 6775 9524 9 for our Porto frame supplier payments. Questions: call Chiara on 011 562 4877.`],
  ['linkedin', 'en', 'national_id email', `Pasted from my inbox to find it again, sorry: "Hi, attached is my contract. SIN 199 678 491 for payroll. – marc.tremblay@studioboreal.ca"`],

  // --- clean: more everyday posts ---
  ['linkedin', 'en', '', `Farewell post 🥲 After six years at Harbourwall I'm moving on. Thank you to everyone who taught me that the best security control is a kind colleague who asks "are you sure?"`],
  ['linkedin', 'fr', '', `Sondage : vous préférez les réunions d'équipe le lundi matin ou le vendredi après-midi ?\n🅰️ Lundi 9h\n🅱️ Vendredi 15h\n🅲 Jamais de réunion 😄`],
  ['x', 'en', '', `Conference live-post from Web Summit: keynote says 70% of breaches start with a human. My takeaway: train people, don't blame them.`],
  ['linkedin', 'en', '', `Changelog 4.8 (Ljudvåg app)\n- offline mode for podcasts\n- fixed crash on Android 15\n- new Swedish voice for the sleep timer`],
  ['linkedin', 'mixed', '', `Out of office jusqu'au 6 janvier. For anything urgent, the contact form on our website reaches the whole team. Bonnes fêtes et happy holidays !`],
  ['x', 'en', '', `Shoutout to @ledgerline_hq for running payroll on a bank holiday week without a single error. 👏`],
  ['linkedin', 'fr', '', `Fier d'annoncer notre partenariat public avec la Région Occitanie, annoncé hier par la présidente : 200 exploitations équipées d'ici 2028.`],
  ['linkedin', 'en', '', `Our grant from Innosuisse is public: CHF 1.2M over three years, published on their portal last week. Thank you for backing Swiss legal-tech!`],
  ['linkedin', 'fr', '', `Ma banque m'a accordé mon premier prêt immo : 210 000 € sur 25 ans. À 34 ans, enfin propriétaire à Lille ! Rien à voir avec le boulot mais je suis trop content.`],
  ['linkedin', 'en', '', `Thread 1/2: how we cut our warehouse pick errors by 60%. It started with relabelling every shelf in large print…`],
  ['linkedin', 'en', '', `Thread 2/2: …and ended with asking pickers what annoyed them. Half the fixes came from one night-shift team lead. Listen to your people.`],
  ['linkedin', 'en', '', `Apple reported revenue of $94.9bn for the quarter yesterday. Our whole industry lives in the wake of those numbers.`],
  ['linkedin', 'fr', '', `Formation secourisme pour toute l'équipe de bord aujourd'hui. Rappel : le numéro d'urgence européen, c'est le 112, partout dans l'UE.`],
  ['linkedin', 'en', '', `UK readers: in an emergency dial 999, for non-urgent police matters 101, for medical advice 111. Stay safe this winter.`],
  ['linkedin', 'fr', '', `Visitez notre site public www.navettes-phoceennes.fr pour réserver vos billets et consulter les horaires en temps réel.`],
  ['linkedin', 'en', '', `Interview tip from our recruiters: salary bands are in every Ledgerline job ad. If a company won't tell you the range, ask. It's normal.`],
  ['linkedin', 'en', '', `Coordinates of our new Bilbao test yard: 43.2630° N, 2.9350° W. Come for the steel, stay for the pintxos.`],
  ['linkedin', 'fr', '', `Version 2.14.3 de l'appli enseignants publiée sur le Play Store : correction du bug d'export des notes et nouveau mode sombre.`],
  ['linkedin', 'en', '', `Meeting notes from today's community call (public, recording on YouTube):\n- roadmap vote results\n- new contributors welcome\n- next call 8 January`],
  ['linkedin', 'en', '', `Nebula is my favourite streaming platform for engineering documentaries. Their series on bridge failures should be mandatory for every welder.`],
  ['linkedin', 'fr', '', `Notre hôtel pour le séminaire : l'Orion, à deux pas de la gare de Lausanne. Le petit-déjeuner valait le déplacement.`],
]);
