import { rows } from './corpus-types';

/**
 * Held-out set "fresh16": written 2026-12-03 (15:40-15:49 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * first lines of fresh15 for the header and row style; the category ids were printed from the Category type alone), so
 * it measures how the rules generalise to posts they were never tuned on; the checks and the scorer were not run on
 * these posts. `npx tsx scripts/score-checks.ts --only fresh16`.
 * First scored 2026-12-03 15:56 UTC on the rules of 74425e9 (after the fixes from fresh15): confidentiality macro F1
 * 0.923, 10.2 % of clean posts flagged (10 of 98); financial the weakest (0.683, recall 0.519), codename 0.833, email 0.867
 * (role mailboxes), phone 0.878.
 *
 * Authors: a Nairobi mobile-money start-up's Paris office, a Québec snow-removal contractor, a Lyon biotech, a Bordeaux
 * wine négociant, a Manchester football-kit maker, a Dublin payments processor, a Rotterdam port-crane maintainer, a
 * Grasse perfume lab, a Brussels EU-affairs consultancy, a Lille textile recycler, an Abidjan cocoa exporter, a Tunis
 * software outsourcer, a Zürich private bank, a Vienna concert hall, a Munich e-bike maker, a Madrid tapas chain, a
 * Bologna packaging-machine maker, a Kraków game studio, a Stockholm fintech, an Edinburgh whisky-cask broker, a
 * Clermont-Ferrand tyre-test track, a Rennes cybersecurity firm, a Montpellier agritech, a Liège university spin-off, a
 * Geneva water NGO, a Boston medtech's French subsidiary, a Singapore logistics firm's Marseille branch and a Cape Town
 * wine importer in London. Forms: proud team updates, pasted meeting notes, board minutes and internal notes,
 * customer-service replies (surface 'comment'), job ads, X posts, a poll and a two-post X thread, event recaps,
 * out-of-office notes, a changelog, farewell messages, lost-and-found notices, payroll and onboarding reminders,
 * supplier bank-detail changes, anonymised incident write-ups (one leaking the key it was about, one masked), an
 * investor-day teaser and fraud warnings; financial figures in digits, words and ranges (quarterly volumes, funding
 * rounds and valuations before signature, order books, board-approved budgets, bids, grants and subsidies not yet
 * voted, margins, break-even forecasts, revenue before the group reports, launch and dealer prices before their
 * announcement) beside published results, public prices, published salary ranges and household figures. Company
 * switchboards and role mailboxes (bd@, security@, benevoles@, commandes@) published for the public are
 * labelled clean; a named employee's direct mobile or personal work address is labelled phone or email. Every IBAN, card
 * and national id positive was computed with a throwaway script kept outside the repo: exact country length and mod-97
 * for IBANs (GB, IE, NL, PL, RO, GR, CH, AT, DE, CZ, LT, SE, DK, MT, CY); Luhn for Visa, Mastercard (5- and 2-series),
 * Amex, Discover, JCB, Diners and 19-digit Maestro cards; the national key for French NIR, Swiss AVS (EAN-13), German
 * Steuer-ID (ISO 7064 mod 11,10 and the digit-repeat rule), Austrian social-security number, Dutch BSN (11-test), Swedish
 * personnummer, Danish CPR (mod 11), Polish PESEL, Czech birth number (mod 11), Romanian CNP, Italian codice fiscale,
 * Spanish DNI and NIE, Portuguese NIF, Irish PPSN (new two-letter form), Canadian SIN, Brazilian CPF, Indian Aadhaar
 * (Verhoeff), South African ID (Luhn) and Singapore NRIC; UK NINO and US SSN by format, a Tunisian CIN as written on the
 * card. Look-alikes are masked, documented specimens named as such (the German, Swiss and UK example IBANs, the classic
 * 4111 test Visa, HMRC's QQ NINO, the 1938 wallet-card SSN, Ofcom's drama range, the Daraja sandbox MSISDN), or carry a
 * wrong IBAN check or a failing Luhn digit in an order-reference or tracking context; the policy's code names also
 * appear in their ordinary sense (the Orion Nebula, a kestrel, an old blue atlas). 268 posts: 98 clean, 170 with one or
 * more findings.
 */
export const FRESH16_POSTS = rows('fresh16', [
  // — Nairobi mobile-money start-up, Paris office (Pesaflow SAS)
  ['linkedin', 'en', '', `Six months since we opened Pesaflow's Paris office on rue du Faubourg-Saint-Denis, and we're now 12 people sending money home to Nairobi, Kisumu and Mombasa for the diaspora. Our fee is still the 1.5% flat rate shown on the website. Karibu to our three new joiners!`],
  ['linkedin', 'fr', 'financial', `Petit bilan perso après ce trimestre de folie : on a fait passer 38 M€ de transferts par le corridor France–Kenya, trois fois plus qu'il y a un an. Pas encore le droit d'en parler dehors tant que la levée n'est pas bouclée, alors ça reste entre nous 🙏`],
  ['linkedin', 'en', 'phone', `Hi Otieno, sorry your transfer is stuck at "pending". Our agent Wanjiru handles Kenyan payouts and can check it right now, call or WhatsApp her on +254 722 418 903.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Madame Achieng, j'ai bien retrouvé votre dossier : le numéro de sécurité sociale 2 89 03 69 123 045 77 est rattaché à votre compte, vous pouvez relancer la vérification d'identité.`, { surface: 'comment' }],
  ['x', 'en', 'secret', `3am debugging the payout sandbox and the daraja callback still rejects us. consumer_secret: BPzm5Za40lXwAg3mIpsYocG2 — someone tell me what I'm doing wrong 😩`],
  ['x', 'en', '', `Hackathon tip: the Daraja sandbox docs give you the test shortcode 174379 and the test MSISDN 254708374149. Use those, not your own phone number, and you'll get STK pushes in seconds.`],
  ['linkedin', 'fr', 'client_name', `Très fière de l'équipe : on vient de signer avec Globex pour payer leurs chauffeurs-livreurs au Kenya directement sur mobile money. Premier virement prévu en janvier !`],
  ['linkedin', 'fr', 'national_id', `Quelqu'un a déjà fait renouveler un CPF brésilien depuis Paris ? Notre dev backend Rafael en a besoin pour sa banque là-bas, son CPF c'est 394.817.205-60 et le consulat ne répond pas.`],
  ['x', 'fr', '', `Sondage du vendredi : vous envoyez de l'argent à la famille plutôt 1) en début de mois, 2) en fin de mois, 3) quand on vous le demande ? 😄`],
  ['linkedin', 'fr', 'internal_url', `Pour l'équipe support : le tableau des réclamations Kenya est ici, https://support.acme-corp.net/tickets?file=kenya, merci de le vider avant lundi.`],

  // — Québec snow-removal contractor (Déneigement Boréal inc.)
  ['linkedin', 'fr', '', `Première grosse bordée de la saison : 38 cm tombés sur Québec cette nuit. Nos 140 camions et chargeuses étaient dans les rues dès 2 h du matin. Merci à chaque opérateur, vous êtes des héros discrets ❄️`],
  ['linkedin', 'fr', 'phone', `Bonjour M. Gagnon, désolé pour l'andain devant votre entrée. Pour un retour rapide, appelez directement notre répartiteur de nuit Steve sur son cell au 581 309-4476, il enverra une souffleuse.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Rappel pour les nouveaux chauffeurs : envoyez votre NAS à la paie avant vendredi. Exemple avec celui de Marc, 527 318 463, on le veut sur une seule ligne, sans tirets.`],
  ['linkedin', 'fr', 'financial', `Grosse nouvelle qu'on garde pour nous jusqu'au vote du conseil municipal lundi : le contrat de déneigement de Lévis, environ 6,2 M$ sur cinq ans, devrait nous revenir.`],
  ['linkedin', 'fr', '', `Nos tarifs résidentiels 2026-2027 sont en ligne : 495 $ la saison pour une entrée simple, 640 $ pour une double. Inscription avant le 15 novembre pour éviter la liste d'attente.`],
  ['x', 'en', '', `Snow day in Québec City: our crews cleared about 2,100 driveways before 7 a.m. Coffee's on us at the garage this afternoon ☕`],
  ['linkedin', 'fr', 'internal_url', `La nouvelle carte des tournées est sur http://tournees.intranet.deneigementboreal.local/carte — vérifiez votre secteur avant la tempête de jeudi, il y a eu des changements à Charlesbourg.`],
  ['x', 'en', '', `A token of appreciation for our snow crews: free breakfast all week at the Beauport garage 🥞`],
  ['linkedin', 'en', 'email phone', `For tomorrow's subcontractor briefing, please confirm attendance with Marie-Ève Tremblay directly, marie-eve.tremblay@deneigementboreal.ca or her cell 418-932-5547. Doors open at 6:30.`],
  ['linkedin', 'fr', '', `Je me suis enfin acheté une souffleuse pour la maison : 1 899 $, le prix d'un hiver sans pelle.`],

  // — Lyon biotech (Cytolune Bio)
  ['linkedin', 'fr', 'codename confidential_marker', `Document interne – ne pas diffuser. Point d'étape du programme Nébula : le lot GMP est libéré, le dossier réglementaire préclinique part à l'ANSM en mars. Merci à toute l'équipe de Gerland.`],
  ['linkedin', 'en', '', `Our lab's astronomy club made it to the Pic du Midi observatory: here's our shot of the Orion Nebula after three hours of stacking. Science outside working hours hits different.`],
  ['linkedin', 'fr', 'financial', `Notre série B devrait boucler autour de 45 millions d'euros, la term sheet est en négociation avec deux fonds. Je vous en dirai plus quand ce sera signé 😉`],
  ['linkedin', 'en', '', `As announced in our press release of 14 October, Cytolune Bio closed a €32m Series A led by a Lyon life-science fund. A year on, the team has doubled to 41 people.`],
  ['linkedin', 'fr', 'email', `Nous recrutons un·e postdoc en immuno-oncologie (CDD 24 mois, 38–44 k€ brut selon la grille). CV et lettre à sarah.benhamou@cytolune-bio.fr avant le 15 janvier.`],
  ['linkedin', 'en', '', `For partnership enquiries please write to bd@cytolune-bio.fr, our business-development team reads it every day.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'client_name', `Super journée de formation chez nos amis de l'Hôpital Sainte-Claire pour le lancement de l'étude clinique : 14 infirmières formées au protocole de prélèvement.`],
  ['x', 'fr', 'confidential_marker financial', `Ne pas diffuser avant l'annonce de jeudi : phase I positive, et le partenaire américain nous verse un upfront de 40 M€. Je tremble encore.`],
  ['linkedin', 'fr', 'financial', `Le prix de lancement de notre kit de diagnostic sera de 290 € par test. On ne le communique qu'au congrès de juin, gardez-le pour vous d'ici là.`],

  // — Bordeaux wine négociant (Maison Lestrade & Fils)
  ['linkedin', 'fr', '', `Campagne primeurs 2025 : le Château Haut-Mayne sort à 54 € HT la bouteille, prix de place publié ce matin. Allocations ouvertes à nos clients habituels.`],
  ['linkedin', 'fr', 'financial', `Entre nous, on a réservé environ 18 000 caisses sur cette campagne, et si le dollar tient ça fera une marge brute d'à peu près 22 %. Les courtiers ne le savent pas encore.`],
  ['linkedin', 'en', 'iban', `UK trade customers: from 1 January please pay Maison Lestrade invoices to our new sterling account, GB29 LOYD 3096 3487 2040 62. The old account will close at the end of February.`],
  ['x', 'fr', '', `Le millésime 2024 en Pessac-Léognan : de la fraîcheur, 13 % vol., un joli tanin. Dégustation ouverte samedi au chai des Chartrons, entrée libre.`],
  ['linkedin', 'fr', 'confidential_marker', `Sous embargo jusqu'au 20 janvier : Maison Lestrade reprend la distribution exclusive d'un grand cru classé de Margaux. Je n'en dis pas plus, mais quelle fierté.`],
  ['linkedin', 'en', '', `The 2014 Russian embargo hurt several of our Baltic customers; ten years later that market looks completely different and we now ship more to Riga than ever.`],
  ['linkedin', 'fr', 'national_id', `Pour la facturation de notre agent à Porto, le comptable demande son NIF : 238457168. Quelqu'un sait si on doit aussi l'indiquer sur les DAE ?`],
  ['linkedin', 'fr', 'client_name', `Livraison des coffrets de fin d'année pour Initech ce matin : 600 bouteilles, étiquettes personnalisées. Merci l'équipe logistique !`],

  // — Manchester football-kit maker (Ancoats Athletic Kit Co.)
  ['linkedin', 'en', '', `Proud to unveil the new home shirt for Failsworth Town FC, made in our Ancoats workshop from recycled polyester. £55 adult, £42 junior, in the club shop from Saturday.`],
  ['linkedin', 'en', 'financial', `Can't say which club yet, but the board has just signed off £3.4m for our new sublimation printing line. The public announcement waits for the AGM, so this is a very quiet cheer.`],
  ['x', 'en', 'codename', `Sampling for Project Kestrel is going mental this week, fabric swatches on every desk 😅`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the car park at the Trafford unit this morning, hunting along the railway embankment. Nature wins again.`],
  ['linkedin', 'en', 'phone email', `Hi Dan, really sorry the name print is peeling. Please contact Leanne in returns on leanne.okafor@ancoats-kit.co.uk or her mobile 07841 236 905 and she'll send a replacement.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Payroll reminder for the new starters: your NI number has to be on the form or you'll be on emergency tax. Mine is JT 48 27 19 C for the format, just don't copy mine 😂`],
  ['linkedin', 'en', '', `HMRC's own guidance uses QQ 12 34 56 C as its sample National Insurance number. If you're building HR training slides, use that one, never a colleague's real number.`],
  ['linkedin', 'en', '', `We're hiring a pattern cutter: £29,000–£33,000, full time, Ancoats. Details and the application form are on ancoats-kit.co.uk/careers.`],
  ['x', 'en', 'card', `Got a public reply today saying "just refund it to my card 2223 6519 8703 1322". Please, people, DM us and never post card numbers 🙈`],

  // — Dublin payments processor (Liffeypay)
  ['linkedin', 'en', 'card', `Anonymised incident write-up from last week: a merchant sent the full PAN 4539 0592 6106 4248 in the subject line of a support ticket, which then synced to three tools. Here's what we changed in our ticket intake.`],
  ['linkedin', 'en', '', `Every card number in our integration guide is a documented test PAN such as 4111 1111 1111 1111; none of them can move real money. The guide is public on our developer portal.`],
  ['x', 'en', 'secret', `Rotated our restricted API keys today. If your integration suddenly 401s, the old one (rk_live_UxZ3CVw66m9XgDcCLbvdM697jpvZutdT4daRmDgZ) was revoked at 10:00.`],
  ['linkedin', 'en', 'financial', `Total payment volume crossed €2.1bn this quarter. The H2 numbers won't be published before February, so treat this as a sneak peek for my network only.`],
  ['linkedin', 'en', 'iban', `Hi Aoife, the refund was paid back to IE58 AIBK 9311 5248 0074 00 this morning. Could you confirm it has arrived?`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Seán, the refund was sent to the account IE58 **** **** **** 7400 on file; allow one working day.`, { surface: 'comment' }],
  ['linkedin', 'en', 'internal_url', `The runbook for Tuesday's card-authorisation timeouts is at https://wiki.corp.acme.com/payments/runbooks/auth-timeouts — on-call folks, please read it before your next shift.`],
  ['linkedin', 'en', '', `We're hiring SREs in Dublin: €75,000–€95,000 plus equity, hybrid, two office days a week. Details on liffeypay.ie/careers.`],
  ['linkedin', 'en', 'national_id', `New hire paperwork: Ciarán's PPSN 6283417FA is in the thread below, HR please pick it up for Revenue before Friday's payroll run.`],
  ['linkedin', 'en', 'phone', `Merchants: our fraud team lead Niamh is on call this weekend on 087 412 6638 if you see a chargeback spike.`],

  // — Rotterdam port-crane maintainer (Maasvlakte Kraanservice BV)
  ['linkedin', 'en', '', `This year our technicians serviced 48 ship-to-shore cranes across the Maasvlakte terminals without a single lost-time incident. Respect to the night shift.`],
  ['linkedin', 'en', 'national_id', `Welcome Ruud, who starts Monday as a hydraulics technician! Payroll, his BSN is 442806346, please set him up before the first shift.`],
  ['linkedin', 'en', 'phone', `Hi Jeroen, for the spreader fault call our on-call crane engineer Bram directly on +31 6 2184 7730, he's on site until 22:00.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `Freelance technicians: from 1 January your invoices are paid from our new account NL85 RABO 0242 6872 87, please update your records.`],
  ['linkedin', 'en', '', `Warning to our suppliers: a fake invoice in our name asks you to pay NL89 INGB 0392 8962 43. That is not our account (it isn't even a valid IBAN). Report it to the police and call us on the number on your contract.`],
  ['x', 'en', 'financial', `Submitted our bid for the quay-crane overhaul at a Maasvlakte II terminal: €11.8m over four years. Decision in Q1, fingers crossed 🤞`],
  ['linkedin', 'en', 'internal_url', `Crane maintenance logs have moved to http://10.42.8.15:8080/cranelog — please bookmark it, the old spreadsheet is read-only from today.`],
  ['linkedin', 'en', '', `The Port of Rotterdam published its 2025 throughput this week: 436 million tonnes. Behind that number, hundreds of cranes that have to work every single hour.`],
  ['linkedin', 'en', 'codename', `Next year's big one is Windhoos, our automated spreader-inspection rig. Not public yet, but the first prototype ran on a crane at the Euromax terminal last night.`],

  // — Grasse perfume lab (Laboratoire Néroli d'Azur)
  ['linkedin', 'fr', 'codename', `Le jus final du projet Atlas Bleu vient d'être validé par le panel ! Trois ans de travail, 212 essais, un lancement prévu au printemps.`],
  ['linkedin', 'fr', '', `Sortie d'équipe dans le haut pays grassois, avec mon vieil atlas bleu de la Provence et ses cartes annotées depuis vingt ans. Les champs de lavande étaient déjà coupés.`],
  ['linkedin', 'fr', 'confidential_marker', `Note interne – diffusion restreinte. Le nouveau fixateur remplace le musc cétone dans toute la gamme hiver ; les fiches techniques suivront. Je la colle ici pour l'équipe commerciale.`],
  ['linkedin', 'fr', '', `Conseil de parfumeur : ne pas diffuser votre parfum directement sur les vêtements en soie, ça tache. Vaporisez sur la peau, au creux du poignet.`],
  ['linkedin', 'fr', 'email', `Bonjour Claire, pour votre commande de coffrets personnalisés, écrivez directement à Mathilde, notre responsable cadeaux d'entreprise : mathilde.roux@neroli-azur.fr.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `On devrait dépasser 27 M€ de chiffre d'affaires en 2026, +18 % sur un an. L'annonce officielle est réservée au salon de Cannes en mars, en attendant je savoure.`],
  ['linkedin', 'en', '', `Our Néroli Absolu eau de parfum is €145 for 100 ml at the Grasse boutique, and the workshop visit is free on Saturdays.`],
  ['linkedin', 'fr', 'internal_url', `La nouvelle base des matières premières est en ligne sur http://matieres.neroli.intra/recherche, vos identifiants habituels fonctionnent.`],

  // — Brussels EU-affairs consultancy (Schuman Square Advisory)
  ['linkedin', 'en', 'confidential_marker', `Pasting my notes from this morning's briefing for the team. It was held under NDA and Chatham House rules, so please keep them within this group: the rapporteur will not table the compromise before March.`],
  ['linkedin', 'en', '', `Five things junior consultants get wrong about NDAs: mutual vs one-way, the definition of confidential information, the term, carve-outs for public information, and who may sign.`],
  ['linkedin', 'fr', 'client_name', `Belle victoire pour Société Générique : l'amendement que nous avons porté ensemble a été adopté en commission ITRE ce matin. Bravo à toute l'équipe affaires publiques.`],
  ['linkedin', 'fr', '', `Merci à Société Générale d'avoir accueilli notre table ronde sur MiCA et la tokenisation des dépôts ; compte rendu public sur notre blog la semaine prochaine.`],
  ['x', 'en', '', `The Commission publishes the DMA review today at 12:00 CET. The full text will be on EUR-Lex; our first reading at 15:00 on this account.`],
  ['linkedin', 'en', 'phone', `Journalists covering the plenary: reach me directly on +32 470 58 31 26 this week, I'm in Strasbourg until Thursday.`],
  ['linkedin', 'fr', 'financial', `Forfait de 380 000 € validé hier soir par le client pour le dossier batteries, le contrat n'est pas encore contresigné mais on attaque lundi.`],
  ['linkedin', 'fr', 'client_name', `Déjeuner de travail avec l'équipe affaires publiques d'Initech sur la CSRD : ils veulent une position commune avant le trilogue.`],
  ['linkedin', 'fr', '', `Retour sur notre petit-déjeuner consacré à l'AI Act : 80 participants, trois eurodéputés et des échanges très vifs sur les modèles à usage général.`],

  // — Lille textile recycler (Refibre Nord)
  ['linkedin', 'fr', '', `4 200 tonnes de textiles triées et recyclées en 2025, chiffre publié dans notre rapport RSE. Derrière, 63 salariés en insertion à Roubaix et Tourcoing.`],
  ['linkedin', 'fr', 'financial', `Le carnet de commandes pour 2027 frôle les neuf millions, du jamais vu chez nous. Le conseil ne le découvrira qu'à la séance de décembre, donc chut.`],
  ['linkedin', 'fr', 'iban', `Pour nos fournisseurs de balles en Pologne, le paiement se fait désormais sur PL73 1020 1097 2669 6772 1126 5643. Merci de mettre à jour vos fichiers.`],
  ['linkedin', 'fr', '', `Bonjour, les horaires du point de collecte de Roubaix sont sur refibre-nord.fr/collecte. Pour toute question, notre standard est au 03 20 47 18 00.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Pour les contrats de nos collègues polonaises, le PESEL est obligatoire. Celui d'Agnieszka est 90071503845, merci de le reporter dans le SIRH avant la paie.`],
  ['linkedin', 'en', '', `Only about 1% of clothing is recycled into new clothing, according to the Ellen MacArthur Foundation. That's the number we get up for every morning.`],
  ['x', 'fr', 'internal_url', `Le tableau de tri de la ligne 2 est dispo ici : https://staging.refibre-nord.fr/admin/tri (mdp habituel).`],
  ['linkedin', 'fr', 'national_id', `Contrat de notre nouvelle opératrice roumaine prêt à signer, il ne manque que la copie de sa carte. CNP 2870412400356 pour que la paie puisse déjà créer la fiche.`],
  ['linkedin', 'fr', 'iban', `Virement des acomptes à notre sous-traitant de Timișoara : RO55 BTRL RONC RT09 3249 2356, à faire avant le 10.`],
  ['linkedin', 'fr', '', `Mon premier salaire en 2004, à la chaîne de tri : 1 150 € net. Vingt ans plus tard je dirige l'usine. Merci à ceux qui m'ont fait confiance.`],
  ['linkedin', 'fr', '', `Absente du 23 décembre au 3 janvier. Pour toute urgence, appelez le standard ou écrivez à commandes@refibre-nord.fr, l'équipe suit les enlèvements.`],
  ['linkedin', 'fr', '', `Promotion interne : Camille devient responsable de l'atelier de tri après neuf ans chez nous. Bravo, et merci pour tout ce que tu transmets aux nouveaux !`],

  // — Abidjan cocoa exporter (Ivoire Fèves Export)
  ['linkedin', 'fr', '', `La campagne principale 2026-2027 s'ouvre avec un prix bord champ fixé par le Conseil Café-Cacao à 2 800 FCFA le kilo. Une bonne nouvelle pour les planteurs.`],
  ['linkedin', 'fr', 'financial', `On vient de contracter 12 000 tonnes pour livraison mars-mai à un prix que je ne peux évidemment pas écrire ici… disons entre 7 et 8 millions de dollars 😄`],
  ['linkedin', 'fr', 'phone', `Bonjour, contactez notre acheteuse à San-Pédro, Mme Koné, au +225 07 48 21 36 95 : elle passe dans votre coopérative la semaine prochaine.`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker', `Internal only — Q1 shipment schedule below, don't forward outside the trading desk. Vessel slots from San-Pédro are tight in February.`],
  ['linkedin', 'fr', '', `Ne pas diffuser de fausses informations sur la filière : le prix au producteur est fixé par l'État, pas par les exportateurs. Le communiqué officiel est sur le site du Conseil.`],
  ['linkedin', 'fr', 'iban', `Pour notre agent maritime au Pirée, le virement des frais de port part sur GR52 0110 1254 5191 0336 2623 357 dès réception de la facture.`],
  ['linkedin', 'fr', '', `L'embargo de 2011 sur les exportations a marqué toute une génération de planteurs ; quinze ans plus tard, la filière a bien changé.`],

  // — Tunis software outsourcer (Carthage DevWorks)
  ['linkedin', 'fr', 'secret', `Petite boulette pendant la démo d'hier : le jeton GitLab glpat-lx1yPnaixKVvZPqrQKAB était visible à l'écran pendant dix minutes. Révoqué depuis, leçon retenue.`],
  ['linkedin', 'en', 'secret', `Anyone seen this? Our worker logs "connection refused" for postgres://app_user:Tn2026!carthage@db-prod-02.carthagedev.tn:5432/billing since the migration. Port is open, firewall looks fine.`],
  ['linkedin', 'fr', '', `Nous recrutons 6 développeurs React à Tunis, salaire 3 500 à 4 500 TND net selon expérience, télétravail deux jours par semaine.`],
  ['linkedin', 'fr', 'client_name', `Sprint review avec l'équipe d'Initech ce matin : leur portail fournisseurs passe en production vendredi. Fier de notre squad !`],
  ['x', 'en', '', `Hot take: API keys belong in a vault, not in .env files committed to git. In docs and slides, write YOUR_API_KEY and move on.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de visa de Yassine (CIN 09482716), il manque encore l'attestation de travail signée. Qui peut la faire aujourd'hui ?`],
  ['linkedin', 'en', 'codename', `Day 40 of our secret rewrite, codename Zitouna. Can't say for whom yet, but it's the biggest project this office has ever had.`],
  ['linkedin', 'fr', 'phone', `Les candidats au bootcamp peuvent appeler Amel, notre chargée de recrutement, au +216 98 417 306 entre 9 h et 16 h.`],
  ['linkedin', 'en', 'internal_url secret', `For the new DevOps hires: Jenkins lives at http://jenkins.carthage.local:8080, login admin / Qx7#tunis!2026 until we wire up SSO.`],
  ['linkedin', 'fr', '', `Changelog v4.2 de notre bibliothèque open source de validation de formulaires : correction du parsing des dates arabes, support de Node 22, et deux contributeurs de plus.`],
  ['linkedin', 'fr', 'email', `Je suis en congé jusqu'au 6 janvier. En cas d'urgence sur le projet, écrivez à mon binôme Mehdi : mehdi.trabelsi@carthagedevworks.tn`],

  // — Zürich private bank (Bank Limmatquai AG)
  ['linkedin', 'en', 'iban', `Three days and a client transfer to CH76 0840 1494 9182 6631 2 is still stuck in compliance review. Private banking is not always glamorous.`],
  ['linkedin', 'fr', 'national_id', `Nouvelle collaboratrice au back-office lundi ! Son numéro AVS 756.1694.4740.01 est à saisir dans le système de paie avant le premier versement.`],
  ['linkedin', 'en', 'financial', `Assets under management crossed CHF 14bn in November. We'll only say it in public at the annual media conference in March, so I'm just quietly proud for now.`],
  ['linkedin', 'en', '', `Swiss IBANs are 21 characters long; the SIX documentation uses CH93 0076 2011 6238 5295 7 as its example, which is the one we put in our onboarding quiz.`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de la note « Strictement confidentiel – usage interne » du comité de crédit, pour montrer aux juniors comment rédiger une recommandation claire :`],
  ['linkedin', 'en', '', `Our 2025 annual report is out: net profit CHF 61.2m, CET1 ratio 24.8%, and a dividend of CHF 38 per share proposed to the AGM.`],
  ['linkedin', 'fr', '', `Bonjour, pour toute question sur votre compte, appelez notre ligne clientèle au +41 44 215 80 00 (standard, du lundi au vendredi, 8 h–18 h).`, { surface: 'comment' }],
  ['linkedin', 'fr', 'confidential_marker', `Classification : C3 – Confidentiel. Je partage ici le plan de succession de l'équipe Asie pour recueillir vos avis avant le comité.`],
  ['linkedin', 'en', '', `Our privacy notice explains how client data stays confidential and who can see it. Worth ten minutes: limmatquai.ch/privacy`],
  ['linkedin', 'en', 'card', `A client dictated his Amex 3714 135671 57686 into our website chatbot this morning. Please, never do that, we will never ask for it there.`],
  ['linkedin', 'fr', '', `Après 14 ans à la banque, je tourne la page vendredi. Merci à mes collègues du Limmatquai pour les fondues du jeudi et la patience avec mes tableaux Excel.`],

  // — Vienna concert hall (Wiener Klanghaus)
  ['linkedin', 'en', '', `Season 2027/28 goes on sale on 1 March: 214 concerts, prices from €19 to €165, and €10 tickets for everyone under 27.`],
  ['linkedin', 'en', 'financial', `Something I really shouldn't share yet: the city has agreed to raise our annual subsidy to €8.7m from 2028. The council votes in spring.`],
  ['linkedin', 'en', 'phone', `Hi Greta, for wheelchair seating please call Thomas, who leads the box office, on his direct mobile 0664 218 73 54.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Reminder to visiting artists: send your Austrian social-security number with the contract. Lena, yours (4871 030991) came through fine 👍`],
  ['x', 'en', '', `Tonight: Mahler 3. Ninety-five minutes, no interval. Bring tissues.`],
  ['linkedin', 'en', 'codename', `Rehearsals for Orion started today: the immersive Haydn project that nobody outside this building has heard about yet.`],
  ['linkedin', 'en', 'internal_url', `Stage crew: the updated stage plots for January's visiting orchestras are on https://intranet.klanghaus.at/buehne/plots`],
  ['linkedin', 'en', 'card', `Found at the cloakroom after last night's concert: a Visa card 4716 1718 0276 2555, name A. Berger. Come pick it up at the box office!`],
  ['linkedin', 'en', '', `Lost and found: a Visa card ending in 2555 left at the cloakroom. The owner can collect it at the box office with photo ID.`],
  ['linkedin', 'en', 'iban', `Visiting ensembles: fees are paid from AT02 2011 1112 0301 6389 within 14 days of the concert, so please check your bank for that sender.`],
  ['linkedin', 'en', '', `Our new staging of The Magic Flute opens on Friday. Sets built in our own workshop from reclaimed timber.`],
  ['x', 'en', '', `Under a clear sky at the Kuffner observatory tonight: Orion rising over the rooftops of Ottakring.`],

  // — Munich e-bike maker (Isarrad GmbH)
  ['linkedin', 'en', 'financial', `The 2027 dealer price list goes out in January. Between us, the Isarrad Tour will retail at €3,799, a full €200 under the main rivals.`],
  ['linkedin', 'en', '', `The Isarrad Tour 2026 sells for €3,599 at dealers, unchanged since launch, with a five-year frame warranty.`],
  ['linkedin', 'fr', 'national_id', `Aux collègues français détachés à Munich : votre Steuer-ID arrive par courrier en deux ou trois semaines. La mienne, 12830643972, est arrivée en 18 jours.`],
  ['linkedin', 'en', 'secret', `Our fleet telematics key (x-api-key: 69b31ef9f9a452ff10e98b84c4f347e6) was on a slide in yesterday's webinar. Rotated already, lesson learned.`],
  ['linkedin', 'en', 'email', `Servus Markus, please send the frame number and a photo to our warranty manager, katrin.huber@isarrad.de, she'll sort it out.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `Dealers: spare-parts invoices must be paid to our new account DE67 7005 0000 7334 9595 58 from the first of the month.`],
  ['linkedin', 'en', '', `DE89 3704 0044 0532 0130 00 is the example IBAN in every German payment tutorial; it isn't anyone's account, so our test fixtures use it too.`],
  ['x', 'en', 'codename', `Prototype frame for Nébula on the fatigue bench today 🚲 can't show more than this blurry corner.`],
  ['linkedin', 'fr', 'phone', `Pour Eurobike à Francfort, joignez-moi directement au +49 (0)171 482 3095, je suis sur le stand toute la semaine.`],

  // — Madrid tapas chain (Tapería La Corrala)
  ['linkedin', 'fr', '', `Notre 12e restaurant ouvre à Lavapiés ! Menu du jour à 14,50 €, croquetas maison et vermut de grifo.`],
  ['linkedin', 'en', 'national_id', `New waiter contract checklist for the Lavapiés team: DNI 47382915V received, social security number still pending. Ana, can you chase it?`],
  ['linkedin', 'en', 'card', `Hi Carlos, sorry for the double charge. I can see both payments on card 5425 8710 3758 5809; the second one will be refunded within 3–5 days.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Le fonds nous valorise autour de 60 millions d'euros ; l'entrée au capital se signe fin janvier si tout va bien. Pas un mot aux fournisseurs d'ici là.`],
  ['linkedin', 'en', 'national_id', `Foreign staff: bring your NIE on your first day. Mine is Y4172638S and it took four months to get, so start early.`],
  ['linkedin', 'fr', '', `Le secret de nos croquetas ? La patience. Et la clé, c'est le bouillon de jamón qu'on fait la veille.`],
  ['linkedin', 'fr', 'phone', `Réservations de groupes de plus de 12 personnes : appelez Lucía au 612 48 93 07 ou Javier au +34 655 201 874.`],
  ['linkedin', 'en', 'card', `Hi Ashley, unfortunately our Sol branch can't take your Discover 6011 2880 4990 2013, only Visa and Mastercard. Sorry!`, { surface: 'comment' }],

  // — Bologna packaging-machine maker (Incarti Bologna S.p.A.)
  ['linkedin', 'fr', 'national_id', `L'ingénieure qui nous rejoint de Bologne arrive lundi : codice fiscale RSSGLI91C62A944Y, merci d'ouvrir son dossier mutuelle.`],
  ['linkedin', 'en', 'financial', `Order book stands at roughly €212m going into 2027, up by a third. We'll give the official number at the Milan investor day, until then it stays between us.`],
  ['linkedin', 'en', '', `Incarti 2025 results, published on 20 March: revenue €486m, EBITDA margin 14.1%, order intake up 9%.`],
  ['linkedin', 'en', 'client_name', `Commissioned two cartoning lines for Globex in Parma this week. Great effort from the whole field-service team!`],
  ['linkedin', 'en', 'internal_url', `Technicians: the spare-parts catalogue is now at https://ricambi.acme-corp.net/catalogo, the PDF version is retired.`],
  ['linkedin', 'fr', '', `Salon Ipack-Ima à Milan : retrouvez-nous hall 3, stand B14, avec notre encartonneuse à 180 boîtes par minute.`],
  ['x', 'en', 'confidential_marker', `The factory acceptance test report is covered by an NDA so no photos, but the line ran at 180 packs a minute for eight hours straight 🔥`],
  ['linkedin', 'en', 'phone', `Italian customers: for urgent after-sales calls our technician Davide is reachable on +39 347 281 9046.`],
  ['linkedin', 'fr', '', `Rendez-vous le 18 mars à Milan pour notre journée investisseurs : présentation du plan stratégique et visite de l'usine de Casalecchio. Inscription sur le site investisseurs.`],

  // — Kraków game studio (Smocza Jama Games)
  ['x', 'en', 'codename', `Can't say much, but Project Kestrel is finally fun to play. Crunch-free, too.`],
  ['linkedin', 'en', 'confidential_marker', `We're under embargo until the Summer Game Fest reveal, but the trailer is done and it's the best thing we've ever made.`],
  ['linkedin', 'en', '', `Our first game has sold 1.2 million copies, per our 2025 annual report. Thank you, players!`],
  ['linkedin', 'en', 'secret', `From today's post-mortem: our build bot's Slack token xoxb-791260953032-6745951857135-RKlVC1TQDHK5wCRk9RpZaI7l ended up in a public repo for six hours.`],
  ['linkedin', 'en', 'national_id', `Contract for our new animator is ready: PESEL 02220305626, start date 2 January. Welcome aboard, Zuzanna!`],
  ['linkedin', 'en', 'financial', `Our publisher offered 3.5 million złoty for the sequel. Nothing signed yet, the lawyers are on it.`],
  ['linkedin', 'fr', '', `Le studio recrute un game designer à Cracovie : 14 000 à 18 000 PLN brut par mois, fourchette indiquée sur l'annonce publique.`],
  ['linkedin', 'en', 'iban', `Payment run for our Czech voice actors goes out Friday to CZ34 0800 5195 9057 8092 0127, the agency's account.`],
  ['linkedin', 'en', 'national_id', `Our Czech tester joins next week, rodné číslo 875421/2357, for the health insurance registration.`],
  ['linkedin', 'en', 'secret', `CI publish token for the modding SDK, for the contractors: npm_Vr6JVeLbn5K2GuZZlcpeXU5Gzo6AxHGEGZVy`],
  ['linkedin', 'en', 'iban', `Our Lithuanian QA vendor asked us to switch payments to LT92 7300 0204 5701 3366 from the next invoice.`],

  // — Stockholm fintech (Kvitto AB)
  ['linkedin', 'en', 'national_id', `Confession: I tested our BankID flow with my own personnummer 850617-2389 in production. It worked, at least.`],
  ['linkedin', 'en', '', `Skatteverket publishes test personal identity numbers for developers. Use those in your test suites, never your own or a colleague's.`],
  ['linkedin', 'en', 'iban', `For reconciliation questions, SE76 5000 0952 1152 9187 7716 is our client-money account; ping me if a payment is missing.`],
  ['x', 'en', 'secret', `If you find 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 in our old gist: yes, that was our SendGrid key, and yes, it's revoked.`],
  ['linkedin', 'en', 'financial', `At our current burn of about SEK 11m a month we break even in Q3 next year. Our investors haven't seen that in writing yet, so you heard it here first.`],
  ['linkedin', 'en', '', `Kvitto is free for personal users; the business plan is SEK 49 a month, as listed on our pricing page.`],
  ['linkedin', 'fr', 'national_id', `Pour notre arrivée au Danemark, le CPR de notre premier salarié (120388-5063) est enregistré, le compte NemKonto suit.`],
  ['linkedin', 'en', 'email', `Hej Johan, our compliance officer Sara can help with that: sara.lindqvist@kvitto.se`, { surface: 'comment' }],
  ['linkedin', 'en', 'internal_url', `New-grad onboarding docs are at https://confluence.kvitto.internal/display/ENG/Onboarding, read them before day one.`],
  ['linkedin', 'fr', 'iban', `Paiement de notre fournisseur de cartes à Copenhague : DK78 3000 5651 9302 73, échéance fin du mois.`],

  // — Edinburgh whisky broker (Leith Cask Brokers)
  ['linkedin', 'en', 'financial', `Closing a private cask sale this week at around £410k. Buyer and seller both want it kept quiet until the spring auctions, so no names and no distillery.`],
  ['linkedin', 'en', '', `Public auction results: a 1975 cask sold for £1.1m at Sotheby's last month. The market for top casks is alive and well.`],
  ['linkedin', 'en', 'email', `Cask owners: please send your delivery-order certificates to iain.macrae@leithcask.co.uk before 31 December.`],
  ['linkedin', 'en', 'confidential_marker', `Confidential, please don't share: extract of the client list for the Islay portfolio review, pasted below so the team can comment.`],
  ['linkedin', 'en', 'card', `A customer read out her Amex over the phone today, 3782 370209 48594 exp 09/28, while on speaker in a busy bar. This is why we're moving to payment links.`],
  ['x', 'en', '', `Ofcom reserves 07700 900000 to 07700 900999 for drama, so if you spot 07700 900461 in our training video, it's fake.`],

  // — Clermont-Ferrand tyre-test track (Piste d'essais des Combrailles)
  ['linkedin', 'fr', '', `Journée portes ouvertes le 14 juin : baptêmes sur piste mouillée et visite du centre de mesure, inscription gratuite sur notre site.`],
  ['linkedin', 'fr', 'client_name codename', `Semaine d'essais pour Globex sur la piste d'adhérence, programme Orion : pneus hiver prototypes, freinage sur neige artificielle.`],
  ['linkedin', 'fr', 'financial', `Le conseil d'administration a voté hier le budget 2027 : 4,6 M€ d'investissements, dont la nouvelle piste d'aquaplaning. Les clients l'apprendront en janvier.`],
  ['linkedin', 'fr', 'phone', `Pour l'accès au site après 20 h, appelez le gardien de nuit Patrick au 06 71 42 85 39.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret', `Pour les ingénieurs clients de la semaine prochaine, le mot de passe du portail de télémétrie est Tlm#Piste_48xq, on le change dimanche.`],
  ['linkedin', 'fr', '', `Ma voiture perso : 6,8 L aux 100 km et 1 250 € d'assurance par an. Travailler sur une piste d'essais ne rend pas économe 😅`],
  ['linkedin', 'fr', 'national_id', `Pilote d'essai intérimaire à partir de lundi, NIR 1 78 08 13 055 117 55, à transmettre à l'assureur avant son premier roulage.`],
  ['linkedin', 'fr', 'email', `Pour réserver un créneau sur la piste mouillée, les ingénieurs clients écrivent directement à Sébastien : sebastien.fabre@piste-combrailles.fr`],

  // — Rennes cybersecurity firm (Vilaine Cyber)
  ['linkedin', 'fr', '', `Le panorama de la cybermenace de l'ANSSI est sorti : les rançongiciels visent toujours d'abord les collectivités et les hôpitaux.`],
  ['linkedin', 'fr', 'secret', `Retex anonymisé : la clé AWS AKIATJSCQ2XPDOQ2O7N4 avec son secret 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, commitée dans un dépôt public, a été exploitée en moins de quatre minutes.`],
  ['linkedin', 'fr', '', `Retex anonymisé : une clé AWS (AKIA****************) commitée dans un dépôt public a été trouvée par des robots en moins de quatre minutes. Activez le secret scanning.`],
  ['x', 'en', 'client_name', `Pentest wrapped at Hôpital Sainte-Claire, report due Friday. Coffee was terrible, the hardening was not.`],
  ['linkedin', 'fr', 'internal_url', `Analystes SOC : le nouveau tableau de bord de triage est en ligne sur https://soc.corp.acme.com/dashboards/triage`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — sharing this IOC list with my network anyway because the campaign is hitting French SMEs right now.`],
  ['linkedin', 'en', '', `Explainer for our trainees: TLP:CLEAR means a report may be shared freely; TLP:RED means named recipients only, no further sharing.`],
  ['linkedin', 'fr', 'secret', `Quelqu'un sait pourquoi ce jeton est refusé par notre API ? eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtbGVkZ2VyIiwiaWF0IjoxNzY0NzIwMDAwLCJyb2xlIjoiYWRtaW4ifQ.PK2pVRmAkSJrpaO9IbLhdGh1tIhBTM4z0qTJ5xmvwTP`],
  ['linkedin', 'fr', 'email', `Stage pentest de six mois à Rennes : envoyez CV et write-ups CTF à gwenaelle.le-goff@vilaine-cyber.fr`],
  ['linkedin', 'fr', '', `Pour signaler une vulnérabilité : security@vilaine-cyber.fr, notre clé PGP publique est sur la page sécurité du site.`, { surface: 'comment' }],
  ['x', 'fr', '', `1/2 Rappel du jour : ne publiez jamais une capture d'écran de votre terminal sans vérifier qu'aucun jeton ni mot de passe n'y traîne.`],
  ['x', 'fr', '', `2/2 Dans vos docs et vos slides, remplacez les valeurs par des espaces réservés du type VOTRE_CLE_ICI. Vos futurs vous remercieront.`],

  // — Montpellier agritech (Garrigue Sensing)
  ['linkedin', 'fr', '', `Nos capteurs d'humidité des sols sont à 189 € HT l'unité, tarif public 2026, dégressif à partir de 50.`],
  ['linkedin', 'fr', 'financial', `Six millions et demi : c'est ce qu'on lève, officialisé seulement à l'assemblée de février. Pour l'instant, seuls les associés et moi le savons.`],
  ['linkedin', 'en', 'secret', `For the new field techs: the LoRaWAN AppKey for the Hérault gateways is d41f27a90c3e5b8847a6f12e9bc0d583, please don't write it on the boxes.`],
  ['linkedin', 'fr', 'codename', `Le projet Mistral Vert, notre futur capteur bas coût pas encore annoncé, a passé ses premiers tests en vignes ce matin.`],
  ['x', 'fr', '', `Orage cette nuit sur l'Hérault : 94 mm à Saint-Martin-de-Londres d'après nos stations. Données publiques sur notre carte en ligne.`],
  ['linkedin', 'en', 'phone', `Hi Pierre, our field agronomist Inès will call you back; you can also reach her on +33 7 68 14 92 03.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Acomptes pour la coopérative partenaire à Malte : MT78 VALL 2201 3000 0000 4091 7744 707.`],
  ['linkedin', 'fr', 'secret', `Notre modèle de détection du mildiou est privé sur Hugging Face ; jeton d'accès pour les stagiaires : hf_ngopGh4Jqy7JMajbQ9MNxWpcxRjDsLT99K`],
  ['linkedin', 'fr', '', `Kestrel, c'est le faucon crécerelle en anglais : on en a compté six au-dessus des vignes du Pic Saint-Loup pendant le relevé des capteurs.`],
  ['linkedin', 'fr', '', `Les données météo que nous croisons avec nos capteurs sont celles de Météo-France, en libre accès sur meteo.data.gouv.fr.`],
  ['linkedin', 'fr', 'card', `Paiement refusé au salon Sitevi avec la carte Visa 4929 5653 8964 8652, quelqu'un de la compta peut me dépanner ?`],
  ['linkedin', 'fr', '', `La nébuleuse d'Orion se voit à l'œil nu en décembre depuis le causse du Larzac. Sortie d'équipe réussie, malgré le froid.`],

  // — Liège university spin-off (Meuse Photonics)
  ['linkedin', 'fr', '', `Spin-off de l'ULiège, nous venons d'obtenir 1,2 M€ de financement de la Région wallonne, annoncé officiellement hier par le ministre.`],
  ['linkedin', 'fr', 'financial', `Les chiffres qu'on présentera au jury en mai : 2,3 M€ de chiffre d'affaires signé et une marge brute de 61 %. Je les teste d'abord sur vous.`],
  ['linkedin', 'en', 'codename confidential_marker', `Atlas Bleu demo day invitations are out. Confidential: attendees under NDA only, no phones in the clean room.`],
  ['linkedin', 'fr', 'email', `Bonjour Thomas, pour la collaboration de recherche, écrivez à notre CTO : laurent.dethier@meuse-photonics.be`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Un laser, c'est de la lumière cohérente, pas de la magie : conférence grand public jeudi à la Cité Miroir, entrée libre.`],
  ['linkedin', 'fr', 'phone', `Pour les stages d'été, appelez Julie au 0478 21 56 93, elle coordonne les candidatures.`],
  ['linkedin', 'en', 'internal_url', `Lab bookings have moved to http://labbooking.meuse.lan/reservations — the old Outlook calendar is gone.`],
  ['linkedin', 'fr', 'card', `Carte Maestro 5018 4601 2788 5475 591 retrouvée dans le vestiaire du labo, le propriétaire peut passer à l'accueil.`],

  // — Geneva NGO (Source Commune)
  ['linkedin', 'fr', '', `Notre rapport annuel 2025 est en ligne : 4,8 millions CHF de dépenses de programmes, dont 82 % sur le terrain.`],
  ['linkedin', 'fr', 'financial', `Le bailleur principal vient de confirmer oralement 2,7 M CHF sur trois ans. Rien de signé, on attend la lettre, mais l'équipe Sahel peut respirer.`],
  ['linkedin', 'en', 'national_id', `Field staff in Cape Town: please send payroll your SA ID number, for example 8809145129082, and check all 13 digits are there.`],
  ['linkedin', 'fr', 'iban', `Pour le per diem de notre consultante à Nicosie, virement sur CY03 0020 0128 6164 2399 5217 0789 avant la mission.`],
  ['linkedin', 'en', '', `Thanks for your interest! Volunteers can reach us at benevoles@sourcecommune.ch or through our switchboard on +41 22 731 45 00.`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker', `Board minutes, draft, not for circulation: the board agreed to close the Niamey office in June. Sharing so the country team can comment.`],
  ['linkedin', 'fr', '', `Journée mondiale de l'eau : 2,2 milliards de personnes n'ont toujours pas accès à une eau potable gérée en toute sécurité, selon l'OMS et l'UNICEF.`],
  ['linkedin', 'en', 'national_id', `Our partner in Pune asked for beneficiaries' Aadhaar numbers; the first one, 7391 4028 5610, is in the shared folder.`],
  ['linkedin', 'fr', '', `La confidentialité des données des bénéficiaires n'est pas une option : voici notre charte, publique, en cinq points.`],
  ['linkedin', 'fr', 'phone', `Urgence terrain au Niger : joignez Issa, notre coordinateur à Niamey, au +227 96 48 21 37.`],

  // — Boston medtech's French subsidiary (Beacon Hill Medical France)
  ['linkedin', 'fr', 'national_id', `Notre collègue américain qui s'installe à Lyon doit donner son SSN 521-38-4076 à la mutuelle, c'est normal ?`],
  ['linkedin', 'en', '', `Privacy-training fun fact: 078-05-1120, printed on sample cards in wallets in 1938, is the most misused Social Security number in history.`],
  ['linkedin', 'fr', 'client_name', `Installation réussie de nos pompes à perfusion à l'Hôpital Sainte-Claire, bravo l'équipe terrain !`],
  ['linkedin', 'en', 'financial', `French revenue will land around €19m for FY26. Boston reports consolidated numbers on 12 February, so please don't quote me before then.`],
  ['linkedin', 'fr', 'codename', `Formation des commerciaux sur Nébula la semaine prochaine à Boston, billets réservés !`],
  ['linkedin', 'en', '', `Reading on the train this week: Orion by Ben Bova. Recommendations for the next one welcome.`],
  ['linkedin', 'fr', 'phone email', `Bonjour Dr Martin, notre ingénieur d'application Hugo vous rappelle : 06 48 27 19 53, hugo.lambert@beaconhill-med.fr`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Expense tip: never email the corporate card number. Like I just did to the whole team. 5155 1601 3755 5797. Cancelling it now.`],
  ['linkedin', 'fr', '', `Prix public de notre lecteur de glycémie en pharmacie : 49,90 €, remboursé par l'Assurance maladie sur prescription.`],
  ['linkedin', 'fr', '', `Nous recrutons un·e technico-commercial·e en Auvergne-Rhône-Alpes : 45–52 k€ fixe plus variable, annonce complète sur notre page carrières.`],

  // — Singapore logistics firm's Marseille branch (Straits Freight Marseille)
  ['linkedin', 'en', 'national_id', `Our Singapore colleague's NRIC is S8347261H, needed for his port badge at Fos. Posting it here since email is down.`],
  ['linkedin', 'fr', '', `Le port de Marseille-Fos a traité 1,5 million d'EVP en 2025 selon son bilan publié. Belle année pour toute la place portuaire.`],
  ['linkedin', 'fr', 'financial', `Le contrat de transit avec un armateur asiatique, environ 14 M€ sur trois ans, doit être paraphé la semaine prochaine. On croise les doigts.`],
  ['linkedin', 'en', 'internal_url', `Track shipment exceptions at https://ops.straitsfreight.internal/exceptions, updated every 15 minutes.`],
  ['linkedin', 'fr', 'secret', `Identifiants de l'API transitaire pour les stagiaires : client_id marseille-ops, client_secret dop_v1_8d1b66b2a7873caf5f3fe94be099460fb8346a4e62110522417570b89391e4d2`],
  ['linkedin', 'fr', 'card', `Le client japonais a réglé par JCB 3566 9455 9953 9729, quelqu'un sait si notre TPE de Fos l'accepte ?`],
  ['linkedin', 'en', '', `Singapore's NRIC is a letter, seven digits and a checksum letter; on Marseille badges we only print it masked, like S****261H.`],
  ['linkedin', 'en', 'secret', `Storage connection string for the shared drive migration: DefaultEndpointsProtocol=https;AccountName=sfmrsdocs;AccountKey=/5wpTp/fpxG/GOUbKPC4FklCOTgqGWRE3DgAj16tsTD5N0vCiWRPQOGbdxYvdz1qfZt4NYMn2Y9eK46r+C1efI==;EndpointSuffix=core.windows.net`],
  ['linkedin', 'en', 'phone', `Singapore HQ contact for this shipment: Mr Tan, +65 9183 4726, available from 9:00 SGT.`],
  ['linkedin', 'fr', '', `Comme annoncé dans notre communiqué du 5 novembre, le groupe a réalisé 2,1 milliards de SGD de chiffre d'affaires sur l'exercice. Marseille y contribue pour la première fois.`],
  ['linkedin', 'fr', 'client_name', `Gros mois pour l'équipe import : 320 conteneurs traités pour Société Générique à Fos, merci aux dockers et aux transitaires !`],

  // — Cape Town wine importer in London (Cape Cellar Imports Ltd)
  ['linkedin', 'en', '', `Our Swartland Chenin Blanc is £14.99 at Waitrose from today. Twelve years of bringing Cape wines to London!`],
  ['linkedin', 'en', 'iban', `Trade customers, please note our new account for January invoices: GB48 BARC 2047 5197 7676 12.`],
  ['linkedin', 'en', 'email', `Hi Tom, our sales manager Thandi will get back to you today: thandi.mokoena@capecellar.co.uk`, { surface: 'comment' }],
  ['x', 'en', '', `GB82 WEST 1234 5698 7654 32 is the standard example IBAN in every UK banking tutorial. Ours is on the invoice, not on X.`],
  ['linkedin', 'en', 'card', `An old-school client paid with a Diners Club card, 3852 9785 3522 57, first one I've seen in years!`],
  ['linkedin', 'en', '', `Your order reference 4970 9594 5788 4004 is on the confirmation email; please quote it when you call about delivery.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Numéro de suivi de votre colis : 5131 9474 6391 4550. Livré ce matin à Clapham, bonne dégustation !`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Read the EU's summary of the new packaging rules before your next shipment: https://environment.ec.europa.eu/topics/waste-and-recycling/packaging-waste_en`],
  ['linkedin', 'fr', '', `Mot de passe oublié sur notre espace client ? Le bouton « réinitialiser » est sous le formulaire de connexion.`],
]);
