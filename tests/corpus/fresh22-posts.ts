import { rows } from './corpus-types';

/**
 * Held-out set "fresh22": written 2026-12-03 (22:21-22:30 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, tests/checks/ or any corpus post file other than the policy in corpus-types.ts (and the first 45
 * lines of fresh17 for the header and row style, and index.ts to register the set), without grepping the repository for
 * rule code, so it measures how the rules generalise to posts they were never tuned on; the checks, the scorer, vitest
 * and tsc were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh22`.
 * First scored 2026-12-03 22:56 UTC on the rules of d68a6af (after the fixes from fresh21), before any fix from it:
 * confidentiality macro F1 0.973, 1.0 % of clean posts flagged (1 of 96); financial 0.849 (precision 0.969, recall 0.756),
 * confidential_marker 0.923, phone 0.968, national_id 0.963, every other confidentiality category 1.000.
 *
 * Authors: a Grenoble cable-car maker, an Arcachon oyster farm, a Manchester invoice-finance fintech, a Montréal AI
 * dubbing start-up, a Rotterdam hydrogen-bus maker, a Lille cargo-bike delivery firm, a Cork sterile-instrument
 * service, a Barcelona hotel-booking SaaS, a Grasse fragrance house, a Munich warehouse-robot maker, a Brussels
 * comic-book publisher, a Geneva private-banking software house, a Stockholm heat-pump installer, an Austin solar-farm
 * maintenance firm, a Bengaluru logistics-visibility platform, a Belém açaí exporter, a Tangier wiring-harness plant, a
 * Toulouse space-weather analytics firm, a Nantes organic baby-food maker, a Berlin van-sharing operator, an Istanbul
 * ceramic-tile maker, a Rennes accounting firm, a Singapore marine-fuel analytics firm, a Québec snow-removal company
 * and a Lyon 3D-printed-aligner lab. Forms: proud team updates, pasted codir/committee notes and HR/Teams/Slack chat,
 * stand-ups, customer-service replies (surface 'comment'), job ads with published salary ranges, X posts (a two-post X
 * thread, a poll), event recaps, out-of-office notes, release notes, incident write-ups and post-mortems, supplier and
 * customer bank-detail changes, onboarding and payroll notes, farewells, scam warnings, tips, a lost wallet.
 *
 * Positives. Financial (in digits, words, ranges; €, £, $, CA$, MCHF, SEK, ₹ crore, %, k/M): an order
 * intake before results or a capital markets day, a contract value before the trade-show or customer announcement, ARR
 * and churn before a board pack, a Series A term sheet and pre-money valuation, a post-money valuation, a grant before
 * the funder's release, board- and committee-approved budgets and capex, a bonus pool, price and fee rises before
 * customers are told, unit and landed costs, cost per parcel, EBITDA margin before the audit, GMV/take rate, logo churn
 * and NRR, pipeline, sealed bids before opening, an adaptation-rights offer, volumes before official statistics, burn and
 * runway, a default rate, a loss estimate not yet told to buyers; the "not public" signal varies (in the author's own
 * words, or absent: a figure simply pasted from internal notes). Email: named staff and personal addresses and role
 * mailboxes (commandes@, studio@, support@, serviceconso@, fiscal@, presse@, cv.techniciens@), one obfuscated with
 * [at]/[point]. Phone: mobiles, direct lines, company switchboards, hotlines and a French Numéro Vert in FR, DE,
 * IE, NL, SE, US, CA, IN, BR, MA and SG formats. IBAN (mod-97 valid, exact lengths; FR with the RIB key, ES with
 * both control digits, BE with its account check): FR, NL, ES, DE unspaced, BE, CH, SE, BR, MA, TR, IE lower-case
 * unspaced. Card (Luhn valid): CB-Visa, Visa, Mastercard 5- and 2-series, Amex, Discover, JCB, 19-digit UnionPay.
 * National id (valid checksums or formats): French NIR (mod-97 key) twice, Belgian national register number, Swiss AVS
 * (EAN-13), Swedish personnummer (Luhn), Canadian SIN (Luhn), Irish PPSN (mod 23 letter), Brazilian CPF, Indian Aadhaar
 * (Verhoeff), Turkish T.C. Kimlik, Spanish DNI (mod-23 letter), Italian codice fiscale (check letter); UK NINO and US SSN
 * by format. Secret: Stripe live key, OpenAI project key, GitLab and GitHub tokens (one in a clone URL), Slack bot token,
 * AWS key pair, Google API key, a Teams incoming webhook, a Discord webhook, an OpenSSH private key, a Postgres URL with
 * its password, a Wi-Fi password, a door code, an unknown-format "jeton d'accès". Internal URL: the policy's domains
 * (confluence./docs.corp.acme.com, git.acme-corp.net), intranet. hosts, 10./192.168. addresses, .internal, .lan,
 * .svc.cluster.local, staging- and preprod. hosts. Confidential marker: C3 – Confidentiel, STRICTLY CONFIDENTIAL,
 * INTERNAL – NOT FOR EXTERNAL DISTRIBUTION, CONFIDENTIEL – usage interne, a running embargo, Interne – Restreint,
 * Diffusion Restreinte, NE PAS DIFFUSER, Document interne – confidentiel, CONFIDENTIAL – draft, propriété… reproduction
 * interdite, TLP:AMBER, STRICTEMENT CONFIDENTIEL. Codename and client name: Orion, Nébula and #Nebula, Project Kestrel and
 * #ProjectKestrel, Atlas Bleu, #AtlasBleu and Atlas-Bleu; Globex and #Globex, Initech, Société Générique, Hôpital
 * Sainte-Claire.
 *
 * Look-alikes (labelled clean): published results with their source (an annual report, Pappers accounts, GfK, RET,
 * Eurostat, a city budget, a market price from the press, another firm's announced raise), public price lists, salary
 * ranges in job ads, a personal student loan, a Secret Santa budget, a compound-interest teaching example; documented
 * specimens named as such (Stripe's 4242 test card, HMRC's QQ NINO, the 1938 Woolworth SSN, a guide's example SIN, the
 * French example IBAN FR14 2004 1010…, AWS's EXAMPLE key, a VOTRE_CLE_API placeholder), an IBAN with a wrong check and a
 * card with a failing Luhn digit in scam warnings, a SIN failing Luhn in a scam text, masked cards, IBANs and Aadhaar;
 * a Luhn-valid company SIRET in legal notices, booking and parcel references, an AWB, a version number shaped like an
 * IP, a public status page host, stand numbers, postcodes. Code and client names in their ordinary sense: Orion's belt,
 * the Orion nebula, NASA's Orion spacecraft, Marvel's Nebula, the horsehead nebula, a kestrel nesting, a "faucon
 * crécerelle", the blue Atlas cedar, Office Space's Initech, CME Globex, the Simpsons' Globex Corporation, "une société
 * générique", place Sainte-Claire. Harmless "secret", "confidential" and "embargo lifted": trade secrets, a contest code,
 * Swiss banking secrecy, confidential computing, an embargo lifted on a launch.
 *
 * Labelling conventions: every email address written out is email, role mailboxes included; every phone number written
 * out is phone, company switchboards and hotlines included; a figure is financial when it is the author's company's own
 * and not yet public, whatever the wording. Counts: 251 posts (120 FR, 123 EN, 8 mixed; 13 on X, 12 comments): 96 clean,
 * 155 with one or more findings. Labels: financial 41, phone 16, national_id 14, secret 14, codename 13,
 * confidential_marker 13, internal_url 13, client_name 12, email 12, iban 11, card 10.
 */
export const FRESH22_POSTS = rows('fresh22', [
  // Téléfériq Alpes — Grenoble, cable-car and urban ropeway maker
  ['linkedin', 'fr', 'financial', `CR codir du 28/11 (copié-collé pour ceux qui étaient en déplacement) :
- prise de commandes T4 : 41,7 M€ vs 36 M€ au budget
- marge brute projet Chamrousse retombée à 18,2 % (surcoûts câble)
- trésorerie fin décembre attendue ~9 M€
Prochain point le 12/12. Merci à tous 🚡`],
  ['linkedin', 'fr', '', `Il y a 2 ans on coulait les premiers massifs. Ce matin, la ligne urbaine a transporté ses premiers passagers : 3 200 personnes/heure et par sens, 5 stations, 12 minutes de bout en bout. Fierté immense pour les équipes montage et électrotechnique 💪 #transportparcable #Grenoble`],
  ['linkedin', 'fr', 'codename client_name', `Kick-off du projet Orion ce matin à Échirolles avec les équipes de Globex 🚡 Trois jours d'ateliers sur les gares motrices, des cafés par litres et des plans partout sur les murs. On y va !`],
  ['linkedin', 'fr', '', `📣 On recrute : Technicien·ne de maintenance remontées mécaniques (CDI, Grenoble + déplacements en station)
• habilitations électriques appréciées
• salaire 32-38 k€ brut/an selon expérience + prime de saison
• travail en hauteur, vous n'avez pas le vertige ? 😄
Candidatures via l'onglet Carrières de notre site.`],
  ['linkedin', 'fr', 'phone', `Bonjour Gérald, désolés pour l'arrêt de ce matin. Pour toute urgence exploitation sur votre appareil, notre astreinte est joignable 24h/24 au 04 76 52 18 90, elle a l'historique de votre installation.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Stand-up méthodes :
✅ essais de glissement pince D7 terminés
⏳ rapport complet ici http://qualite.intranet.telepheriq-alpes.fr/essais/2026/pince-D7 — lisez-le avant jeudi svp
❌ toujours pas de retour du fournisseur de galets`],
  ['linkedin', 'fr', '', `Petite pause étoilée depuis la gare d'arrivée à 2 100 m hier soir ✨ La ceinture d'Orion parfaitement alignée au-dessus de Belledonne. Le boulot a parfois de beaux à-côtés.`],
  ['linkedin', 'fr', 'financial', `Je n'en dis pas trop parce que l'annonce officielle est prévue au salon Mountain Planet, mais : contrat signé hier soir pour la ligne de Toulouse-Sud, 23 M€ 🥳 Trois ans de boulot pour l'équipe offre.`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage avec vous notre note de synthèse sur le nouveau frein de secours (classée C3 – Confidentiel, mais franchement elle mérite d'être lue) : 4 pages, schémas, retours des essais de Val Thorens. Bravo au bureau d'études.`],

  // Huîtres Ferrand — Arcachon, family oyster farm
  ['linkedin', 'fr', '', `6h12, marée basse, -1°C sur les parcs du Cap Ferret. Les mains gelées mais le bassin est magnifique 🦪🌅 Bonne semaine à tous ceux qui bossent dehors.`],
  ['linkedin', 'fr', 'iban', `📢 Chers restaurateurs partenaires : on change de banque au 1er janvier.
Merci de mettre à jour nos coordonnées pour vos virements, nouveau compte :
FR76 1751 5900 0019 9729 8174 802 (Caisse d'Épargne Aquitaine)
L'ancien sera clôturé fin janvier. Merci et bonnes fêtes !`],
  ['linkedin', 'fr', '', `⚠️ ARNAQUE : des mails circulent en ce moment avec soi-disant « notre nouveau RIB » FR76 3000 4018 2283 3651 6468 053. Ce n'est PAS le nôtre, on ne change jamais de coordonnées bancaires par mail. Dans le doute, passez nous voir à la cabane !`],
  ['linkedin', 'fr', 'phone', `Commandes de Noël ouvertes 🎄 Bourriches de 2, 4 ou 6 douzaines, retrait à la cabane de Gujan le 24 au matin. Appelez Mathilde au 06 71 28 44 09 avant le 20, après c'est la folie !`],
  ['linkedin', 'fr', 'financial', `Sujet pas facile. Entre la mortalité du naissain et les fermetures sanitaires d'octobre, on estime la perte à environ 140 000 € de chiffre d'affaires sur l'année. On n'en a pas encore parlé aux acheteurs, on voulait d'abord voir avec la banque... mais je voulais que vous sachiez pourquoi on est un peu à cran.`],
  ['linkedin', 'fr', '', `Nos tarifs pour les fêtes (vente directe à la cabane) :
🦪 n°3 : 9,50 € la douzaine
🦪 n°2 : 11 € la douzaine
🦪 spéciales : 14,50 € la douzaine
Ouvert tous les jours du 20 au 31 décembre.`],
  ['linkedin', 'fr', 'email', `Restaurateurs, épiceries fines : pour les commandes pros de janvier, écrivez-nous plutôt à commandes@huitres-ferrand.fr, le téléphone sonne trop en ce moment 😅`],

  // Ledgerline — Manchester invoice-finance fintech
  ['linkedin', 'en', 'financial', `Quick brag before the board pack goes out Friday 🙊 we closed November at £2.3m ARR and monthly churn is down to 1.1%. A year ago we were at £900k. Keep it in the family for now, proper announcement with the Q4 update.`],
  ['linkedin', 'en', 'secret', `Spent my whole afternoon on a webhook that kept 401-ing. For anyone hitting the same wall, this is the call that finally worked:
curl https://api.stripe.com/v1/charges -H "Authorization: Bearer sk_live_NCAI3Ao3pxTnHyf6t5YdIngB"
turns out the header was being stripped by our proxy 🙃`],
  ['linkedin', 'en', '', `PSA for new devs: in Stripe's sandbox, the test card 4242 4242 4242 4242 with any future expiry and any CVC gives you a successful payment. Stop using your own card for QA, please 😅`],
  ['linkedin', 'en', 'internal_url', `Onboarding the new finance-ops hires this week. The reconciliation runbook lives at https://confluence.corp.acme.com/display/FIN/recon-runbook, read it before your first month-end, it'll save you a lot of tears.`],
  ['linkedin', 'en', '', `We're hiring a Senior Backend Engineer 🐍
📍 Manchester, hybrid (2 days in Ancoats)
💷 £70–85k + EMI options
🛠 Python, Postgres, event-driven stuff
No cover letter needed, just tell us about something you broke and fixed.`],
  ['linkedin', 'en', 'national_id', `new starter checklist for Priya (pasting from our HR chat, sorry for the format):
- contract signed ✔
- NI number JK 48 27 19 C ✔
- laptop ordered ✔
- start date Mon 5 Jan
welcome aboard!! 🎉`],
  ['linkedin', 'en', '', `Reminder from the compliance corner: if you need a National Insurance number in a test fixture, use HMRC's own specimen QQ 12 34 56 C. It can never be issued to a real person. Never paste a colleague's.`],
  ['x', 'en', 'financial', `Ledgerline funded £48m of invoices in November. Best month ever 🚀 Official numbers land in the Q1 investor update, but you heard it here first. #fintech #Manchester`],

  // Doublure.ai — Montréal AI dubbing start-up
  ['linkedin', 'fr', 'financial', `Petite victoire dont je suis fière : la term sheet de notre série A est arrivée, 14 M$ CA sur une valorisation pré-money de 52 M$. Rien n'est signé encore alors on se garde une petite gêne 🤫 mais quelle année, gang.`],
  ['linkedin', 'fr', 'national_id', `(capture de notre canal #paie, je la mets ici pour garder une trace)
@Julien ton NAS 527 391 841 est bien inscrit dans Nethris, premier dépôt le 15. Bienvenue officiellement!`],
  ['linkedin', 'fr', '', `Question qu'on nous pose souvent en formation paie : « C'est quoi un NAS valide? » Exemple de format utilisé dans les guides : 046 454 286. C'est un numéro fictif, ne mettez JAMAIS le vrai NAS d'un employé dans un document de formation.`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui voulaient tester notre API de voix synthétique ce weekend : clé sk-proj-QaeIKJ8NFRXlCQH5T_8-gXdnSUtG4PpuLQrtsxaoI2eGjGHP (quota de 50 $, soyez fins 😇)`],
  ['linkedin', 'fr', '', `On vient de livrer le doublage en 11 langues du documentaire de l'ESA sur la nébuleuse d'Orion 🌌 Le narrateur original a validé la voix française en une seule écoute. Meilleur compliment de l'année.`],
  ['linkedin', 'fr', 'phone email', `Les réservations du studio d'enregistrement pour janvier sont ouvertes! Appelez au 514 872-3310 poste 204 ou écrivez à studio@doublure.ai. Cabine insonorisée, ingé son inclus.`],
  ['linkedin', 'mixed', '', `Stand-up de la team ML : les voices FR-CA sont live en beta 🎉 latency p95 à 380 ms, on vise 250 avant les fêtes. Shoutout à Karim pour le fix du vocoder, full respect.`],

  // Waterstof Mobility — Rotterdam hydrogen-bus maker
  ['linkedin', 'en', 'financial', `Order intake YTD: 212 buses, roughly €118m 🚌⚡ That's not in any press release yet (we save it for the capital markets day on 14 Jan) so please don't quote me, but I had to tell someone how proud I am of the sales team.`],
  ['linkedin', 'en', 'client_name', `Huge thanks to the fleet engineers at Globex for three months of brutally honest pilot feedback on route 34. The door-sensor fix in 2.3 exists because of you 🙏`],
  ['linkedin', 'en', '', `Interesting read: RET's 2025 annual report says 64% of its Rotterdam bus fleet is now zero-emission. The Dutch concession model is really pushing the whole sector forward.`],
  ['linkedin', 'en', 'internal_url', `Test bench telemetry for the new stack is streaming to http://10.40.2.17:3000/d/h2-stack — ask Pieter for a Grafana login if you want to watch the cell voltages live during tonight's endurance run 🔋`],
  ['linkedin', 'en', 'iban', `Notice to our suppliers: from 1 January all our payments will come from a new account, NL69 INGB 8155 9110 68 (ING). Please whitelist it so your AR team doesn't flag our transfers. Nothing else changes.`],
  ['linkedin', 'en', '', `Release notes, BMS firmware 10.4.2.1:
- faster cold-start at -20 °C
- fixed a CAN bus timeout on the rear door module
- log rotation now 7 days instead of 3
Rolling out OTA to the fleet this week.`],
  ['linkedin', 'en', 'confidential_marker', `Sharing one slide from our internal strategy deck (it's stamped STRICTLY CONFIDENTIAL – DO NOT DISTRIBUTE, but honestly the roadmap is too good to keep to ourselves 😅). 2027 is going to be a big year for long-range coaches.`],
  ['linkedin', 'en', 'codename', `Project Kestrel survived its winter trials in Kiruna ❄️ -31 °C overnight, the fuel cell kept the cabin at 19 °C and the team kept their sense of humour (mostly). Spring homologation next.`],

  // Cargolib — Lille cargo-bike delivery
  ['linkedin', 'fr', '', `Retour sur Vélo-City à Lille 🚲 Trois jours de conférences, un stand pris d'assaut et une table ronde avec la MEL sur la logistique urbaine. Merci à tous ceux qui sont passés nous voir !`],
  ['linkedin', 'fr', 'phone', `Un de nos riders a trouvé un portefeuille rue Nationale ce midi (carte d'étudiant au nom de Léa). Il est au dépôt : son propriétaire peut appeler notre dispatch au 03 20 14 97 62 pour le récupérer 👛`],
  ['linkedin', 'fr', 'financial', `Les chiffres du contrôle de gestion pour novembre sont tombés : 2,14 € de coût par colis livré (contre 2,61 € en juin). Pas encore présentés au board mais je suis trop content pour attendre. La densification des tournées, ça paie.`],
  ['linkedin', 'fr', 'secret', `Info dépôt de Fives : le wifi a changé ce matin.
Réseau : Cargolib-Staff
Mot de passe : Pedale!Fives59
Merci de ne pas le donner aux clients qui viennent retirer leurs colis 🙏`],
  ['linkedin', 'fr', '', `Le secret d'une bonne tournée en hiver ? Des gants chauffants, un thermos, et un dispatcher qui connaît chaque pavé de Wazemmes. 😄`],
  ['linkedin', 'fr', 'national_id', `Coucou Inès, pour l'affiliation mutuelle il me manque juste une confirmation : ton numéro de sécu c'est bien 2 93 09 75 056 112 12 ? Je boucle le dossier ce soir.`, { surface: 'comment' }],
  ['x', 'fr', '', `Pluie + pavés lillois = 🤡 Courage aux riders ce matin, vous êtes des héros 💪 #Lille #cyclologistique`],
  ['linkedin', 'fr', 'client_name financial', `Le contrat logistique avec Société Générique est renouvelé pour 3 ans ✍️ 1,8 M€ sur la période, notre plus gros client B2B. Annonce interne d'abord, l'officielle sera en janvier, mais bravo à Hugo et Sarah !`],

  // Medisterile Ireland — Cork sterile-instrument services
  ['linkedin', 'en', 'client_name', `Delighted to kick off our sterile-instrument service for Hôpital Sainte-Claire this week 🏥 40 trays a day, turnaround under 6 hours. Months of validation work by our Cork crew made this possible.`],
  ['linkedin', 'en', 'phone', `Theatre managers: if you need an urgent tray outside office hours, our out-of-hours line is +353 21 490 3377. Please don't use the general inbox for urgent requests, it isn't monitored at night.`],
  ['linkedin', 'en', 'national_id', `HR admin thread (sorry for the noise): Seán's payroll setup is done, PPSN 6038214J confirmed with Revenue, first pay date 19 Dec. Welcome to the team!`],
  ['linkedin', 'en', '', `I'm out of office until Monday 5 January with very limited access to email. For validation or batch-release questions please contact the duty QA manager through the usual rota. Nollaig shona daoibh 🎄`],
  ['linkedin', 'en', 'confidential_marker', `Post-mortem (INTERNAL – NOT FOR EXTERNAL DISTRIBUTION), autoclave 3 cycle failure, 12 Nov:
- root cause: door-seal pressure switch drift
- 14 loads quarantined, none released
- switch replaced on all 4 autoclaves
Blameless write-up, proud of how fast the team caught it.`],
  ['linkedin', 'en', 'financial', `Heads-up to the account managers here: per-tray fees go up 6.5% from 1 March. Customers only get the letter next week, so mum's the word until then 🤐`],
  ['linkedin', 'en', '', `Validation tip 💡 The Bowie-Dick test isn't a formality: run it every morning on an empty chamber before the first load. It's the cheapest way to catch air removal problems before they become a recall.`],
  ['linkedin', 'en', 'email', `We're hiring 2 sterile services technicians in Cork 🔬 Full training, shift allowance, pension from day one. Send your CV straight to Niamh: niamh.obrien@medisterile.ie`],

  // Reservalia — Barcelona hotel-booking SaaS
  ['linkedin', 'en', 'internal_url', `Preprod is up with the new rate engine 👉 https://preprod.reservalia.com/admin
QA folks, please hammer it before Thursday's go/no-go. Known issue: the currency switcher still shows EUR twice.`],
  ['linkedin', 'en', 'secret', `Analysts kept asking for access so here's the reporting replica (read only, relax):
postgres://report_ro:Fl4menc0-2026@db-replica.reservalia.io:5432/bookings
Don't run SELECT * on the events table please 🙏`],
  ['linkedin', 'en', 'financial', `November numbers from the internal dashboard 📈 GMV processed €31.4m, blended take rate 2.9%, 1,180 hotels live. Don't share outside please, but wow, what a team.`],
  ['linkedin', 'en', 'iban', `Hotel partners: our collection account changes on 15 Dec. New details: ES92 2100 0418 4308 2756 1387 (CaixaBank). Payouts to you are not affected. Questions → your account manager.`],
  ['linkedin', 'en', '', `Pricing is public and boring on purpose:
Starter €49/month (up to 20 rooms)
Pro €129/month (up to 120 rooms)
Enterprise: let's talk
No setup fees, no commission on direct bookings.`],
  ['linkedin', 'mixed', 'codename', `Demo day del proyecto #Nebula 🚀 the new channel manager handled 40k availability updates per minute sin despeinarse. Gracias equipo, merci à la team de Lyon aussi !`],
  ['linkedin', 'en', 'card', `Hi Marta, sorry about this. I can see the charge on card 4941 5555 4398 0566 was declined twice by the issuer, so nothing was taken. Could you try again or use another card?`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Jordi, so sorry for the trouble 😔 For your security we never ask for card details in comments. Please DM us your booking reference (it starts with RSV-, e.g. RSV-88412-B) and we'll sort it out today.`, { surface: 'comment' }],

  // Parfums Bastide — Grasse fragrance house
  ['linkedin', 'fr', 'codename', `Première note de tête validée pour Atlas Bleu 💙 Bergamote, un soupçon de cardamome... vous saurez tout au printemps. Merci à nos nez pour ces semaines d'essais.`],
  ['linkedin', 'fr', '', `Rentré du Moyen Atlas avec des aiguilles de cèdre bleu de l'Atlas plein les poches 🌲 Cette note boisée, sèche, presque poivrée... je comprends pourquoi les parfumeurs l'adorent depuis un siècle.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux du labo : toutes les fiches formules sont sur https://intranet.parfums-bastide.fr/labo/formules/ (ex. FB-2291 pour la base ambrée). Pensez à vous connecter au VPN avant.`],
  ['linkedin', 'fr', 'secret', `Petit hack du vendredi : j'ai branché notre bot de suivi de macération sur Teams avec ce webhook
https://bastide.webhook.office.com/webhookb2/d367e8a2-9931-0cdf-b72d-73cbb4958015@8534011e-6c90-b94f-8429-32de4c58fb31/IncomingWebhook/845257065fec25f820d92927433fe1f1/0b7e7bf7-121d-d226-1522-0bff02a2a0ee
Il poste une alerte quand une cuve dépasse 22 °C. Pratique !`],
  ['linkedin', 'fr', 'financial', `Budget de lancement de la nouvelle ligne validé hier en comité de direction : 2,4 M€, dont 900 k€ en digital. On passe enfin à la vitesse supérieure 🚀`],
  ['linkedin', 'fr', '', `Rappel : les savoir-faire liés au parfum en Pays de Grasse sont inscrits au patrimoine culturel immatériel de l'UNESCO depuis 2018. Culture de la plante, transformation, composition : trois métiers, un territoire 🌸`],
  ['linkedin', 'fr', 'confidential_marker', `Le brief agence pour la campagne de printemps est prêt (document CONFIDENTIEL – usage interne uniquement, je mets juste la page moodboard) 🎨 Des avis ?`],
  ['linkedin', 'fr', '', `L'embargo est levé : notre collection Rivage est enfin en boutique et sur le site ! Trois eaux fraîches inspirées des calanques 🌊`],

  // Lagerwerk Robotics — Munich warehouse automation
  ['linkedin', 'en', 'secret', `CI had been red since Tuesday because the deploy token expired. New one is glpat-jWpwIqulpwIKak99neEC, already in the project vars, so pipelines should be green again. Thanks for your patience 🙏`],
  ['linkedin', 'en', 'internal_url', `Site leads: the fleet manager UI moved to https://fleet.lagerwerk.internal/robots?site=MUC2, old bookmarks will redirect until end of month.`],
  ['linkedin', 'en', 'phone', `Customers in EMEA: our technical support line is +49 89 2180 4471, Monday–Friday 7:00–19:00 CET. Outside those hours the on-call engineer is paged automatically.`],
  ['linkedin', 'en', 'financial', `Preliminary close for Q3 just came through from finance: EBITDA margin 11.8% vs 9% in the plan. Audited figures come in February but I'm allowed to be happy for a minute, right? 🤖📦`],
  ['linkedin', 'en', '', `Amazon says it now runs more than 750,000 mobile robots across its network (their own operations blog). The scale is mind-blowing, and it's why mid-size warehouses need a very different playbook.`],
  ['linkedin', 'en', 'client_name', `Go-live at Initech's Leipzig distribution centre 🎉 84 AMRs, three shifts, zero downtime on cut-over night. Danke an alle!`],
  ['linkedin', 'en', '', `Rewatched Office Space on the plane. Initech, the TPS reports, the red stapler... 25 years later it's still the most accurate documentary about enterprise software ever made 😂`],
  ['linkedin', 'en', 'iban', `To our customers: please pay all invoices dated from 1 January to our new account DE40370400449458161559 (Commerzbank Munich). Invoice numbers and payment terms stay the same.`],

  // Éditions Bulle & Case — Brussels comic-book publisher
  ['linkedin', 'fr', 'financial', `Le tome 3 s'est vendu à 48 000 exemplaires en trois semaines d'après nos remontées internes des diffuseurs 😱 GfK sortira ses chiffres plus tard, mais on voulait partager la joie avec l'équipe et les libraires.`],
  ['linkedin', 'fr', '', `Selon le communiqué GfK publié le 2 décembre, la bande dessinée représente désormais un livre vendu sur quatre en Belgique francophone. Belle période pour le 9e art 📚`],
  ['linkedin', 'fr', 'national_id', `Note compta pour le contrat d'autrice de Margaux : numéro de registre national 88.03.14-127.61 bien reçu, je lance le premier versement d'avance sur droits cette semaine.`],
  ['linkedin', 'fr', 'email', `Jeunes auteurs et autrices : on lit TOUT. Envoyez vos planches (10 max, en PDF) à manuscrits [at] bulle-et-case [point] be. Réponse sous 8 semaines, promis.`],
  ['linkedin', 'fr', 'confidential_marker', `Sous embargo jusqu'au 15 janvier 10h, mais je ne tiens plus : voici la couverture du tome 4 🎨🔥 Bravo Léonie pour ce travail de dingue.`],
  ['linkedin', 'fr', '', `Concours de fin d'année 🕵️ Un code secret est caché dans la planche 12 du tome 3. Les 5 premiers à le trouver gagnent un ex-libris signé ! Réponses en commentaire.`],
  ['linkedin', 'fr', 'iban', `Aux auteurs : à partir de janvier, vos relevés et virements de droits partiront de notre nouveau compte BE13 3630 1308 5239 (ING Belgique). Rien à faire de votre côté, c'est juste pour que vous reconnaissiez l'émetteur.`],
  ['x', 'fr', '', `Festival d'Angoulême 2027 : on sera au stand 2B-14 du Nouveau Monde, venez dire bonjour et repartir avec un ex-libris 👋 #FIBD`],

  // Rhône Wealth Systems — Geneva private-banking software
  ['linkedin', 'fr', 'iban', `Petit rappel aux clients qui nous ont écrit : pour le règlement des factures de maintenance 2027, notre compte UBS reste le même, CH45 0076 2624 9681 4563 4. Merci de ne pas tenir compte d'éventuels mails vous indiquant le contraire.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Noé qui rejoint l'équipe QA lundi 👋 (et pour Sabine en RH : son n° AVS est 756.3847.1920.53, à saisir dans SAP avant la paie de décembre).`],
  ['linkedin', 'fr', 'internal_url', `La doc de l'API v3 est enfin à jour ! 📘 https://docs.corp.acme.com/rws/api-v3 (accès VPN requis). Merci à l'équipe intégration pour la relecture.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Interne – Restreint
Compte rendu du comité produit du 27/11
1. Priorisation du module de rapprochement MiFID
2. Dette technique sur le moteur de frais
3. Recrutement de 2 devs Java
(je le poste ici pour ceux qui n'ont pas accès au Teams)`],
  ['linkedin', 'fr', 'financial', `Point commercial de fin d'année : le pipeline Q1 pèse 19,5 MCHF pondéré, dont 7 MCHF sur deux banques privées genevoises qu'on ne nommera pas 😉 On n'a jamais été aussi haut.`],
  ['linkedin', 'fr', '', `Le secret bancaire suisse n'est plus ce qu'il était depuis l'échange automatique de renseignements, et c'est tant mieux pour nos métiers : la conformité est devenue un produit à part entière.`],
  ['linkedin', 'fr', 'codename', `Le pilote Orion tourne en parallèle chez deux clients depuis lundi, zéro écart sur les calculs de performance pour l'instant 🤞 Encore trois semaines de run parallèle.`],
  ['linkedin', 'fr', '', `Nos coordonnées bancaires ? Nous ne les communiquons jamais par LinkedIn, WhatsApp ou SMS. En cas de doute sur une facture, appelez directement votre chargé de compte habituel.`],

  // Värmekraft — Stockholm heat-pump installer
  ['linkedin', 'en', 'national_id', `Note from the service desk (pasting so the afternoon shift sees it): customer with personnummer 910412-2388 called about the ROT deduction on invoice 44817, please call her back before 16:00.`],
  ['linkedin', 'en', 'phone', `Your heat pump making strange noises in the cold snap? Our customer service is open every day this week on 08-522 301 88, and we're prioritising households without heating.`],
  ['linkedin', 'en', '', `According to the Swedish Energy Agency's latest statistics, heat pumps now heat a majority of Swedish single-family homes. We're proud to be a tiny part of that story 🇸🇪🔥`],
  ['linkedin', 'en', 'financial', `Q1 install bookings from the CRM: 1,340 units at an average ticket of SEK 142k. The Q4 report isn't out until February so keep this between us, but the order book hasn't looked this healthy since 2022.`],
  ['linkedin', 'en', 'secret', `Solna warehouse team: door code changed after last week's break-in, it's 4817# now. Don't write it on the door frame this time 😑`],
  ['linkedin', 'en', 'iban', `Customers paying from abroad (hello Norwegian cabin owners 👋): our IBAN is SE10 5000 0077 6509 8165 7496, BIC ESSESESS. Add the invoice number as reference.`],
  ['linkedin', 'en', '', `Out of office until 6 January ❄️ For urgent breakdowns please use the booking form on our website. God jul och gott nytt år!`],

  // Lone Star Solar O&M — Austin solar-farm maintenance
  ['linkedin', 'en', 'national_id', `Onboarding checklist for our new field tech, Marcus:
☑ I-9 done
☑ SSN 412-68-3309 entered in ADP
☑ W-4 received
☐ boots & PPE (size 11)
See y'all in Pecos on Monday 🤠`],
  ['linkedin', 'en', '', `Fun fact for the privacy nerds: 078-05-1120 is the SSN printed on the sample card that came in Woolworth wallets in 1938, and thousands of people used it as their own. Never put a real one in a demo, use an obviously fake one.`],
  ['linkedin', 'en', 'phone', `Storm damage on your array? Our 24/7 dispatch is (512) 843-2291. We had crews on 11 sites within 6 hours after last night's hail.`],
  ['linkedin', 'en', 'financial', `Not official yet (the owner wants to announce it themselves) but we won the O&M bid for a 240 MW site near Abilene 🌞 $3.1M a year over five years. Biggest contract in our history.`],
  ['x', 'en', '', `Hail season is finally over 🙏 Shout-out to the crews who swapped 2,000+ cracked modules since May. #solar #Texas`],
  ['linkedin', 'en', 'card', `Purchasing card for the Odessa warehouse run this week: 5412 9682 1138 7633, exp 09/28. CVV in your DMs, Jake. Get receipts for everything!!`],
  ['linkedin', 'en', 'internal_url', `Reminder: the SCADA historian is only reachable from the site VPN at http://192.168.40.12/historian, if you're trying from a hotel wifi it will time out, not a bug.`],
  ['linkedin', 'en', 'codename', `#ProjectKestrel update: the drone thermal inspections cut our survey time per site from 3 days to 1.5 🛩️ Rolling it out to the whole West Texas portfolio next quarter.`],
  ['linkedin', 'en', '', `A kestrel has nested in the inverter shelter at our Fort Stockton site 🐦 The crew rerouted the maintenance schedule so she's left in peace until the chicks fledge. Best coworker we've had.`],

  // Trakkr — Bengaluru logistics visibility platform
  ['linkedin', 'en', 'national_id', `Driver-partner KYC done for Ravi ✅ Aadhaar 7348 2916 0525 verified, DL checked, vehicle RC uploaded. Ops team, he starts on the Hosur route Monday.`],
  ['linkedin', 'en', 'phone', `Shippers: if a consignment is stuck for more than 24h, please escalate to our ops lead directly on +91 98450 21736. We're fixing the support queue backlog this week, sorry 🙏`],
  ['linkedin', 'en', 'internal_url', `Integration partners testing the v2 shipments endpoint: use https://staging-api.trakkr.in/v2/shipments, not prod. Staging data is reset every Sunday night IST.`],
  ['linkedin', 'en', 'secret', `Anyone know why Firebase keeps rejecting our Android key AIzaEHZhNX2xGqc_fQ7ZvqsP3CCT_nKEBJMhw5k on Android 14 devices only? Works fine on 13. Losing my mind here 😩`],
  ['linkedin', 'en', 'financial', `November was nuts 🔥 ₹412 crore of GMV tracked on the platform, revenue ₹3.6 cr, our best month ever. Board sees the numbers next week, so this is just for the team that made it happen.`],
  ['linkedin', 'en', '', `Customer tip: your AWB number is the 11-digit code under the barcode (e.g. 176-12345675). We will never call you asking for an OTP to "release" a parcel. That's a scam, every time.`],
  ['linkedin', 'en', '', `Privacy tip for HR teams in India: ask for the masked Aadhaar (XXXX XXXX 4821) whenever full KYC isn't legally needed. UIDAI lets anyone download it from the portal.`],
  ['linkedin', 'en', 'email', `Shippers, raise a ticket at support@trakkr.in and include your AWB, it gets routed to the right hub in minutes. DMs here are slower.`, { surface: 'comment' }],

  // Açaí Norte Export — Belém, frozen açaí pulp exporter
  ['linkedin', 'en', 'national_id', `Welcome to Ana, our new trader in Belém 🌴 (Note to legal: her CPF is 394.715.028-88, please send the contract to the notary today.)`],
  ['linkedin', 'en', 'iban', `European buyers: for EUR transfers please use our account BR87 0036 0305 0000 1903 9645 973P 1 (Caixa). SWIFT details on the pro-forma invoice.`],
  ['linkedin', 'en', 'financial', `2026 export volumes: 2,850 tonnes of frozen pulp, up 31% 🚢 ApexBrasil won't publish the sector stats until March, so these are our own numbers from logistics, fresh off the spreadsheet.`],
  ['linkedin', 'en', '', `Açaí at the Ver-o-Peso market in Belém hit R$ 25 per kilo this week, according to the local press. Short supply after a dry season upriver.`],
  ['linkedin', 'en', 'phone', `Buyers visiting SIAL or Anuga next year: reach our sales team on WhatsApp at +55 91 98214-3307, English, French and Portuguese spoken 🇧🇷`],
  ['x', 'en', '', `Harvest season in Pará 🌴 Our riverside cooperatives now count 140 families. Proud of this supply chain. #acai #Amazonia`],

  // Câblerie du Détroit — Tanger, wiring-harness plant
  ['linkedin', 'fr', 'phone', `On recrute 60 opérateurs et opératrices de production pour le 2e et le 3e poste 🔌 Formation assurée, transport du personnel inclus. Pour postuler appelez le +212 5 39 39 47 10 (du lundi au samedi).`],
  ['linkedin', 'fr', 'financial', `Grosse nouvelle : le constructeur nous a confirmé 1,2 million de faisceaux pour 2027, soit environ 38 M€ de chiffre d'affaires. Pas encore annoncé de son côté, donc on garde ça entre nous jusqu'à nouvel ordre 🤫`],
  ['linkedin', 'fr', 'iban', `Information fournisseurs : suite au changement de banque, merci d'utiliser désormais le compte MA89 0113 1663 5488 5469 6493 6418 pour toute facture émise à partir du 1er janvier. Une attestation bancaire est disponible auprès de la comptabilité.`],
  ['linkedin', 'fr', '', `D'après le rapport annuel 2025 de Tanger Med Zones, plus de 1 100 entreprises sont implantées dans les zones d'activités du port. Une belle dynamique pour la région 🇲🇦`],
  ['linkedin', 'fr', 'client_name', `Audit qualité réussi chez Initech ce matin ✅ zéro non-conformité majeure. Bravo à l'équipe du 2e poste qui a tout préparé en une semaine !`],
  ['linkedin', 'fr', '', `Journée portes ouvertes samedi 13 décembre, de 8h à 13h, Zone Franche d'Exportation, îlot 47, lot 12. Venez découvrir nos lignes de production en famille !`],
  ['linkedin', 'fr', 'email', `Techniciens méthodes, techniciennes qualité : envoyez votre CV à cv.techniciens@cabledetroit.ma en précisant le poste visé dans l'objet.`],

  // Héliométrie — Toulouse space-weather analytics
  ['linkedin', 'fr', 'codename', `Nébula passe en phase B ! 🛰️ Fière de cette équipe qui a bouclé la revue de définition avec deux semaines d'avance. Prochaine étape : les maquettes de vol.`],
  ['linkedin', 'fr', '', `Un collègue astronome amateur a photographié la nébuleuse de la Tête de Cheval depuis le Pic du Midi le week-end dernier. 9 heures de pose. Je suis sans voix 🌌`],
  ['linkedin', 'fr', 'secret', `Quelqu'un peut m'aider ? Ma clé SSH pour le serveur de calcul n'est plus acceptée depuis la migration :
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWhstPAjzlPKMFCakyxi+jUloQcfx0OljgNdjCYpc1
-----END OPENSSH PRIVATE KEY-----
Merci d'avance 🙏`],
  ['linkedin', 'fr', 'internal_url', `Pour les stagiaires : les séries temporelles des magnétomètres sont accessibles sur le jupyter de l'équipe, http://calcul01.helio.lan:8888, demandez un compte à Paul.`],
  ['linkedin', 'fr', 'financial', `On a décroché la subvention : 1,35 M€ sur 3 ans pour notre modèle de prévision des orages géomagnétiques 🎉 Le CNES fera son communiqué en janvier, on attend pour l'annonce officielle, mais quelle joie !`],
  ['linkedin', 'fr', '', `La NASA a publié le calendrier de la mission Artemis II : quatre astronautes autour de la Lune à bord du vaisseau Orion. Nos modèles de météo spatiale suivent ça de très près ☀️`],
  ['x', 'fr', '', `Éruption solaire de classe X2.1 ce matin ☀️ Des aurores sont possibles ce soir jusque dans le nord de la France, levez les yeux ! #meteospatiale`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de notre réponse à l'appel d'offres ESA (document marqué Diffusion Restreinte, je ne mets que le schéma d'architecture) : trois satellites, un segment sol à Toulouse, des alertes en moins de 8 minutes.`],

  // Petits Pots Ligériens — Nantes organic baby food
  ['linkedin', 'fr', 'financial', `Hausse tarifaire de 4,9 % au 1er février sur toute la gamme. Les enseignes ne sont pas encore prévenues, on leur présente ça le 10 en rendez-vous annuel, donc motus 🤐`],
  ['linkedin', 'fr', '', `Nos prix sur la boutique en ligne : 2,90 € le pot de 130 g, 3,40 € le pot de 200 g. Livraison offerte dès 40 € 🥕`],
  ['linkedin', 'fr', 'email', `Bonjour Aurélie, désolés pour ce couvercle abîmé 😔 Écrivez-nous à serviceconso@petitspots-ligeriens.fr avec une photo et le numéro de lot, on vous renvoie un colis.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Une question sur la diversification alimentaire ? Notre diététicienne répond au Numéro Vert 0 800 94 12 57 (appel gratuit), du lundi au vendredi de 9h à 17h.`],
  ['linkedin', 'fr', '', `⚠️ Faux rappel produit : des SMS circulent au nom de notre marque et demandent de « confirmer » une carte bancaire 4970 0093 5882 5198 pour un remboursement. C'est une arnaque, nous ne demandons jamais vos coordonnées bancaires.`],
  ['linkedin', 'fr', 'card', `(msg Teams collé pour la compta) Pour le stand du salon Natexpo j'ai payé avec la carte de la boîte, 4970 0093 5882 5197 exp 11/27, la facture arrive à ton nom Sophie.`],
  ['linkedin', 'fr', '', `On recrute un·e Responsable qualité (H/F) 🥄
CDI à Carquefou, 45-52 k€ brut annuel selon profil
Expérience en agroalimentaire bio indispensable
Postulez via Welcome to the Jungle.`],
  ['linkedin', 'fr', 'client_name', `Depuis ce mois-ci, nos petits pots sont servis à la maternité de l'Hôpital Sainte-Claire 👶 Une fierté pour toute l'équipe de l'atelier.`],

  // Transit Teilen — Berlin van-sharing
  ['linkedin', 'en', 'card', `Hi Tobias, the refund of €38.50 has been issued to your Mastercard 2231 8707 2737 3865 and should show up within 5 working days. Sorry again for the dirty van!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Lena, refund approved ✅ it goes back to the card ending in ••3865 and usually appears within 5 working days. Thanks for your patience!`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret', `Our damage-photo bot is finally live in Slack 📸 If you want to plug it into another workspace, the bot token is xoxb-370450528559-6654259874717-qkNk6sEr6f4gUy0BQ8DEoFog, just invite it to a channel.`],
  ['linkedin', 'en', 'financial', `From Monday's KPI review: utilisation 71% across the Berlin fleet, contribution margin €412 per van per month. First time we're clearly positive in winter 🎉`],
  ['linkedin', 'en', 'phone', `Broken down somewhere in Brandenburg? Our breakdown hotline is +49 30 5683 9902, 24/7. Please don't try to fix the sliding door yourself 😅`],
  ['linkedin', 'en', '', `BVG just published its ridership figures: over a billion trips a year in Berlin. Shared vans will never replace that, and they shouldn't; we're there for the sofa you can't take on the U-Bahn.`],
  ['linkedin', 'en', 'internal_url', `Incident write-up, Sat 29 Nov: the pricing service at http://pricing.svc.cluster.local:8080 went OOM after the Black Friday promo config doubled its cache. Bookings fell back to list prices for 47 minutes. Memory limit raised, alert added.`],

  // Anadolu Seramik — Istanbul ceramic tiles
  ['linkedin', 'en', 'national_id', `HR note for the onboarding form: TC Kimlik No 38471056240 for Elif, our new export sales rep for Germany. Hoş geldin Elif!`],
  ['linkedin', 'en', 'iban', `Distributors: our TRY and EUR receipts now go to Ziraat, TR55 0006 1065 4281 3860 9838 81. Please update your vendor master data before the January orders.`],
  ['linkedin', 'en', 'financial', `2026 export revenue closing somewhere between $72m and $75m, with 40% from the EU. Preliminary numbers, we don't disclose before the KAP filing, so this stays here 🙂`],
  ['linkedin', 'en', '', `Our Cappadocia porcelain range is on the public price list at €24.90/m², tiles 60×120, rectified edges. Samples free for architects.`],
  ['x', 'en', 'codename', `Sneak peek of #AtlasBleu, our new glaze line 💙 Launch date TBA, don't ask 😄`],
  ['linkedin', 'en', '', `Visiting the Blue Mosque again after years: more than 20,000 handmade İznik tiles. Every time, it reminds me why I work in ceramics.`],

  // Cabinet Morvan & Associés — Rennes accounting firm
  ['linkedin', 'fr', '', `Astuce de fin d'année 💡 Votre IBAN n'est pas un secret absolu, mais évitez de le publier. Pour vos tests de logiciel, utilisez l'IBAN d'exemple que donnent les banques, comme FR14 2004 1010 0505 0001 3M02 606, jamais celui d'un client.`],
  ['linkedin', 'fr', 'email', `Questions sur votre déclaration de revenus ou votre régime fiscal ? Écrivez à fiscal@cabinet-morvan.fr, un collaborateur vous répond sous 48h.`],
  ['linkedin', 'fr', 'financial', `Revue de mi-décembre : notre CA 2026 devrait atterrir à 6,3 M€ (+12 %). Chiffres pas encore validés par les associés, mais bravo à toutes les équipes, cette année a été dense.`],
  ['linkedin', 'fr', 'national_id', `Madame Le Goff, votre numéro de sécurité sociale 1 87 05 69 123 045 63 est bien enregistré dans votre dossier, la DSN de décembre partira correctement.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Rappel : le barème kilométrique 2026 est paru au Journal officiel. Pensez à l'utiliser pour vos frais réels dès votre prochaine déclaration 🚗`],
  ['linkedin', 'fr', 'confidential_marker financial', `NOTE INTERNE – NE PAS DIFFUSER
Objet : honoraires 2027
Les honoraires de tenue augmentent de 7 % au 1er janvier. Les clients seront prévenus par courrier la semaine prochaine, d'ici là aucune communication.`],
  ['linkedin', 'fr', '', `Nos comptes annuels 2025 sont déposés au greffe et consultables sur Pappers : 5,6 M€ de chiffre d'affaires, 48 collaborateurs. La transparence commence par nous-mêmes.`],
  ['linkedin', 'fr', '', `Petite victoire perso : j'ai fini de rembourser mon prêt étudiant de 18 000 € ce mois-ci 🎉 Sept ans. Si vous êtes dedans, courage, on en voit le bout.`],

  // Bunkerlytics — Singapore marine-fuel analytics
  ['linkedin', 'en', 'secret', `Lambda keeps failing on cold start and I can't see why, here's my env (redacted the important bits... I think?):
AWS_ACCESS_KEY_ID=AKIA6YH5O3XSH88JBBLD
AWS_SECRET_ACCESS_KEY=7qACPVsOnA66cKIFTmxrrjtjVmd4xI0zvy4Zr9mo
AWS_REGION=ap-southeast-1`],
  ['linkedin', 'en', '', `Reminder when writing docs: AWS's own examples use AKIAIOSFODNN7EXAMPLE as the access key. Copy that one into your README, never a real key, even a "dead" one.`],
  ['linkedin', 'en', 'phone', `Singapore office closed 25 Dec and 1 Jan. Vessel operators needing an urgent fuel-quality report can still call +65 6221 4830, it diverts to the duty analyst.`],
  ['linkedin', 'en', 'financial', `Telling the team before the customers: from April our SaaS fee goes to $1,450 per vessel per year (up from $1,200). Notices go out in January.`],
  ['linkedin', 'en', 'client_name', `Globex's fleet of 38 tankers is now on our fuel-quality alerts 🛳️ First off-spec bunker caught within 48 hours of go-live.`],
  ['linkedin', 'en', '', `Heads-up for our hedging desk friends: CME Globex has shortened trading hours on 24 and 31 December. Check your Brent and gasoil futures rolls.`],
  ['linkedin', 'en', 'internal_url', `New dashboards for the ops team are on https://grafana.bunkerlytics.internal/d/offspec, SSO only. Old Metabase links will die on Friday.`],

  // Déneigement Boréal — Québec City snow removal
  ['linkedin', 'fr', 'phone', `Première tempête de la saison cette nuit ❄️ Pour les urgences de déneigement commercial, notre répartition est joignable au 418 692-7730 jusqu'à 22 h.`],
  ['linkedin', 'fr', '', `La Ville de Québec a annoncé un budget de déneigement d'environ 60 M$ pour l'hiver (communiqué du conseil municipal). Pas une mince affaire avec nos 300 cm annuels !`],
  ['linkedin', 'fr', 'financial', `Saison 2026-27 : 2 140 contrats résidentiels signés, revenus prévus de 1,9 M$. Chiffres sortis direct de notre logiciel de facturation, on ne les a pas encore communiqués aux partenaires. On a fait mieux que prévu, bravo la gang 👏`],
  ['linkedin', 'fr', '', `Conseil du jour : déneigez votre toit quand il y a plus de 60 cm de neige lourde, et appelez un pro plutôt que de monter vous-même. Aucun toit ne vaut une chute.`],
  ['linkedin', 'fr', 'card', `Question de débutant : un client au téléphone m'a dicté sa carte Amex 3770 658266 03175 pour le contrat de déneigement, je la saisis où dans le nouveau logiciel ? Merci!!`],

  // AlignLab Lyon — 3D-printed orthodontic aligners
  ['linkedin', 'fr', 'codename', `Premiers prototypes imprimés pour Project Kestrel 🦷 0,2 mm de précision sur l'arcade complète, l'équipe R&D est sur un petit nuage.`],
  ['linkedin', 'fr', '', `Un faucon crécerelle (kestrel en anglais !) a élu domicile sur le toit de notre atelier de Gerland. On l'a appelé Albert. Il surveille les imprimantes 3D.`],
  ['linkedin', 'fr', 'financial', `Coût de revient par gouttière : 11,40 € ce trimestre, objectif 9 € en 2027. Ne sortez pas ce chiffre des murs, les distributeurs n'ont pas à le connaître 😉 mais quel chemin parcouru.`],
  ['linkedin', 'fr', 'email', `Orthodontistes de la région lyonnaise : pour une démo de notre flux numérique, contactez Camille directement, camille.rochette@alignlab-lyon.fr`],
  ['linkedin', 'fr', 'secret', `Pour les devs qui veulent brancher le chatbot RH sur le SIRH : jeton d'accès 7usQ9kIUKYSqtV7dFzSMu6SWoU (valable jusqu'à fin janvier).`],
  ['linkedin', 'fr', '', `RGPD : toutes les empreintes dentaires numériques de nos patients sont hébergées chez un hébergeur certifié HDS, en France. Question fréquente, réponse simple.`],

  // Second round across the same authors: threads, farewells, forms, polls
  ['x', 'en', '', `1/ Why invoice finance matters for small suppliers in the North: a 90-day payment term can kill a 12-person joinery firm that is otherwise doing great. A short thread 🧵`],
  ['x', 'en', 'financial', `2/ Our own book says it all: default rate 0.4% this year vs the 1.2% we priced for. That's straight from our risk committee pack, not public yet, but it shows small suppliers are not the risk people think.`],
  ['linkedin', 'en', 'email phone', `Today is my last day at Waterstof Mobility after 8 wonderful years 🚌💚 From the first prototype in a leaky shed to buses in 14 cities. I'm taking a few months off, but if you want to stay in touch: pieter.devries@gmail.com or +31 6 4172 9035. Tot ziens!`],
  ['linkedin', 'en', 'card', `Booked the Osaka hotel for the hospital-equipment fair on the company JCB, 3566 3900 2379 3859 exp 04/28 (Aoife if you need it for the flights too, there you go 😉)`],
  ['linkedin', 'en', 'card', `Hi Dave, I've checked: your Discover card 6011 1476 8067 1180 was charged €212.00 on 28 Nov for booking RSV-90317-C. If that's not yours, please call your bank first.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Paying our Shenzhen label supplier today with the UnionPay card 6246 0744 0502 7762 769 since wire transfers take a week. Finance, the receipt is in the shared drive 📎`],
  ['linkedin', 'en', 'card', `Company Visa for the Posidonia trip is 4100099179319341, exp 03/28, cvv 412. Book the hotel before the prices go silly please!`],
  ['linkedin', 'en', 'codename client_name', `Project Orion goes live at Société Générique's Lyon distribution centre next week 🤖 120 robots, two mezzanines, one very nervous project manager (me).`],
  ['linkedin', 'fr', 'codename confidential_marker', `Document interne – confidentiel 🔒 mais je suis trop fière : la recette Nébula v3 (purée de panais, poire, une pointe de vanille) a passé le test du panel de parents à 92 % d'approbation.`],
  ['x', 'en', 'codename client_name', `Orion is live for Globex 🎉 38 tankers, real-time off-spec alerts. Great work team! #maritime #bunkers`],
  ['linkedin', 'en', 'confidential_marker financial', `Board memo (CONFIDENTIAL – draft v2, do not forward):
capex 2027 approved at $22m for the new kiln line in Bilecik, payback target 4.5 years.
Sharing the headline with the plant managers so you can start planning the shutdown.`],
  ['linkedin', 'fr', 'confidential_marker', `Document confidentiel – propriété de Câblerie du Détroit, reproduction interdite. Voici le nouveau plan d'implantation de l'atelier de coupe 📐 on passe de 6 à 9 lignes au printemps !`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — sharing our summary of last week's phishing wave for peers in UK fintech: 3 spoofed domains, a fake DocuSign and a voice-clone call to our CFO. Please keep it within your security team.`],
  ['linkedin', 'fr', 'codename financial', `Bonne nouvelle avant les vacances : le budget du projet Atlas-Bleu est validé à 780 k€ pour 2027 🛰️ On recrute deux ingés dès janvier.`],
  ['linkedin', 'en', 'financial', `The supervisory board signed off yesterday: this year's bonus pool is 9% of payroll, up from 6. Managers will get the allocation sheet next week. You all earned it 💚`],
  ['linkedin', 'fr', 'financial', `On a fait une offre à 210 000 € pour les droits d'adaptation animée de la série 🎬 Réponse de l'ayant droit attendue lundi. Croisez les doigts !`],
  ['linkedin', 'fr', 'confidential_marker financial', `STRICTEMENT CONFIDENTIEL
Notre dernière levée nous valorise à 85 MCHF post-money, rien n'est encore communiqué. Je le partage ici parce que c'est la preuve que le logiciel bancaire suisse a de l'avenir 🇨🇭`],
  ['linkedin', 'mixed', 'financial', `Q4 review quick recap 📊 logo churn 2,3 %, NRR 112 %, les hôtels boutique upgrade plus que prévu. Pas encore partagé avec les investisseurs, so keep it quiet.`],
  ['linkedin', 'fr', 'financial', `Le budget 2027 a été voté hier soir en conseil d'administration : un peu moins de trois millions d'euros, dont la moitié pour renouveler la flotte de vélos. Ça va rouler 🚲`],
  ['linkedin', 'fr', 'financial', `Notre soumission pour le contrat de déneigement de l'arrondissement de Lévis est partie : 840 000 $ sur trois hivers. Ouverture des soumissions mardi, on croise tout ce qui se croise ❄️`],
  ['linkedin', 'en', 'financial', `Landed cost for our frozen pulp in Rotterdam this season: $4.10/kg, down from $4.65 thanks to the new reefer contract. Sales team, that's your floor for the Q1 negotiations.`],
  ['linkedin', 'fr', 'financial', `3,2 millions de pots produits cette année à l'atelier 🥕 (chiffre usine, le rapport RSE officiel sortira en avril) Merci aux 34 personnes qui font tourner les lignes !`],
  ['linkedin', 'en', 'client_name email', `14 heat pumps installed at the #Globex office in Kista this week 🔥 Facility managers in Stockholm who want the same: erik.lindqvist@varmekraft.se`],
  ['linkedin', 'mixed', 'client_name', `Kick-off avec l'équipe achats d'Initech aujourd'hui for the dental-benefit aligner pilot 🦷 600 salariés potentiels, let's go!`],
  ['linkedin', 'fr', 'email', `Journalistes, blogueurs beauté : notre service presse est joignable à presse@parfums-bastide.fr pour les échantillons de la collection Rivage 🌊`],
  ['linkedin', 'en', 'iban', `Small admin thing for customers paying by bank transfer: please use our new account ie26bofi90001722301289 (Bank of Ireland) from January. Old account closes 31 Jan.`],
  ['linkedin', 'en', 'national_id card', `Front desk, pasting the guest's form so you can finish the check-in:
Name: Lucía Ferrer
DNI: 47382915V
Card on file: Visa 4922 9004 8924 9019
Arrival 19/12, 3 nights`],
  ['linkedin', 'en', 'national_id', `Welcome Laura from Milan, our new field service engineer for Italy 🇮🇹 (Payroll: codice fiscale BNCLRA90E45F205D, contract starts 8 Jan.)`],
  ['linkedin', 'mixed', 'secret internal_url', `Le repo du moteur TTS a bougé, clonez-le comme ça :
git clone https://oauth2:ghp_38AibNyyurlGFb0EkjKWREhbiGjlvhkTp3SK@git.acme-corp.net/doublure/tts-engine.git
ping me si ça fail 🙏`],
  ['linkedin', 'fr', 'secret', `Le bot du concours est prêt ! Pour les modos du Discord, voici le webhook à coller dans les réglages du serveur : https://discord.com/api/webhooks/071710956580735546/D6oqM79-O36jKkv-0GhTnrU_D4J1_pmHdNZ1INU9z4mgYake_BSDv2iFeuS0HOkJ9C1h`],
  ['linkedin', 'en', 'financial', `Runway check from today's finance sync: burn is about two crore rupees a month, which gives us roughly eighteen months. Not a number we share with anyone outside, but you deserve to know where we stand.`],

  // Clean posts and look-alikes
  ['x', 'fr', '', `Sondage express 📊 Vos stand-ups, c'est plutôt :
1️⃣ huddle Slack
2️⃣ Teams caméra coupée
3️⃣ vraiment debout devant un tableau
4️⃣ on n'en fait plus 😅`],
  ['x', 'en', '', `⚠️ Fake recruiters are using our name and asking candidates to pay for "equipment" by card. We never ask for money or card numbers. Report them and check open roles on our careers page.`],
  ['x', 'en', '', `Day 2 at LogiMAT 🤖 Come see the new picking arm at Hall 8, stand C41. Demos every hour on the hour. #LogiMAT #intralogistics`],
  ['linkedin', 'fr', '', `Bonjour Thomas, votre colis n° CGL-2026-118402 est parti ce matin du dépôt de Fives, créneau de livraison 14h-16h. Bonne journée !`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Release 2026.12.03 is out 🚀
- API 3.14 adds bulk rate updates
- calendar view now loads 40% faster
- fixed a timezone bug for hotels in UTC+5:45 (hi Kathmandu 👋)
Full changelog on our public docs.`],
  ['linkedin', 'fr', '', `Mentions légales mises à jour sur notre site : Cabinet Morvan & Associés, SAS au capital de 50 000 €, SIREN 814 523 072, SIRET 814 523 072 00019, 12 rue de Nemours, 35000 Rennes.`],
  ['linkedin', 'en', '', `Finance 101 for our interns: €10,000 invested at 5% a year, compounded annually, is worth about €16,289 after ten years. Time is the most underrated variable in any model.`],
  ['linkedin', 'fr', '', `Mon premier salaire en 2004 : 1 150 € net, en CDD. Aujourd'hui je recrute nos premiers alternants et je repense à la personne qui m'a donné ma chance. Transmettez.`],
  ['linkedin', 'en', '', `Eurostat's latest release shows renewables passed 45% of EU electricity generation last year. The grid conversations we're having with customers have completely changed in three years.`],
  ['linkedin', 'fr', '', `Ce soir c'est notre Secret Santa 🎅 budget 15 € max, interdiction d'offrir des huîtres à l'équipe des huîtres. Qui a tiré qui ? Mystère !`],
  ['linkedin', 'en', '', `Great talk at Finovate on confidential computing: running sensitive banking workloads in hardware enclaves so even the cloud provider can't peek. Worth watching the replay.`],
  ['linkedin', 'en', '', `The embargo's lifted, so we can finally show you the video of our coach unveiling at Rotterdam Ahoy 🎬 400 guests, one very shiny bus.`],
  ['linkedin', 'fr', '', `Mon fils de 8 ans ne jure que par Nebula depuis qu'il a vu Les Gardiens de la Galaxie. Résultat : costume bleu pour le carnaval, et moi qui peins des circuits sur un bonnet de bain 😂`],
  ['linkedin', 'fr', '', `Question fréquente en rendez-vous de création : « vos statuts-types, ils conviennent à mon activité ? » Ce sont les statuts d'une société générique : une base, à adapter à votre objet social et à vos associés.`],
  ['linkedin', 'en', '', `Still the best fictional boss on TV: Hank Scorpio, CEO of the Globex Corporation in The Simpsons. Free hammocks, and he remembers your kids' names 😂 #leadership`],
  ['linkedin', 'fr', '', `Rendez-vous samedi au marché de Noël de la place Sainte-Claire avec nos bourriches et un verre de blanc 🦪🍷 On sera à côté du stand de vin chaud.`],
  ['linkedin', 'en', '', `To our suppliers: payments from us in 2027 will come from an account ending ...8722 00. We will never send full bank details by email. If someone does, it isn't us, call your usual contact.`],
  ['linkedin', 'fr', '', `Bonjour Mme Perrot, votre carte se terminant par 5197 arrive à expiration, vous pouvez la mettre à jour dans votre espace client, rubrique Paiement. Nous ne demandons jamais le numéro complet ici.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Wi-Fi tip from your friendly sysadmin: four random words beat "P@ssw0rd2026!" every time. And no, I'm not sharing ours in the comments 😄`],
  ['linkedin', 'fr', '', `Rappel pour les intégrateurs : dans la doc, remplacez VOTRE_CLE_API par la clé de votre espace partenaire (format sk_live_xxxxxxxx). Ne la collez jamais dans un ticket ou un forum.`],
  ['linkedin', 'en', '', `We moved our public status page to status.reservalia.com 🟢 Subscribe there for incident updates instead of refreshing Twitter.`],
  ['linkedin', 'fr', '', `🎓 Alternance 2026-2027 : assistant·e de communication, 2 jours école / 3 jours chez nous à Grasse, rémunération selon la grille légale + tickets resto. Candidature via le formulaire du site.`],
  ['linkedin', 'en', '', `Off grid until the 8th 🏔️ hiking the W trek in Patagonia. If the heat pumps break, the team is better at fixing them than me anyway.`],
  ['linkedin', 'fr', '', `Stand-up d'équipe :
✅ migration Postgres 16 OK
✅ tests E2E au vert
🔜 démo au client vendredi 14h
🙃 la machine à café est toujours en panne`],
  ['linkedin', 'en', '', `After six years, today's my last day at Värmekraft. I've learned more about refrigerant cycles and Swedish fika etiquette than I thought possible. Thank you all, see you around Stockholm ❤️`],
  ['linkedin', 'fr', '', `Retour sur Pollutec à Lyon 🌱 3 jours, plus de 200 échanges sur notre stand 4.2 F118 et une conférence pleine sur l'impression 3D médicale. Merci à tous !`],
  ['linkedin', 'en', '', `HR reminder: open enrolment for the 2027 health plan closes 15 December. Changes after that date only with a qualifying life event. Questions → the HR portal, not this thread please 🙂`],
  ['linkedin', 'mixed', '', `Retour de l'offsite à Lisbonne 🇵🇹 best workshop ever, on a refait tout l'onboarding from scratch et on a mangé trop de pastéis de nata. Merci la team People !`],
  ['linkedin', 'mixed', '', `Petit tip Excel du vendredi : remplacez vos RECHERCHEV par XLOOKUP, ça gère les colonnes à gauche et les erreurs. Game changer pour vos reportings 😉`],
  ['linkedin', 'mixed', '', `Kudos à l'équipe support qui a traité plus de 1 000 tickets pendant la tempête de verglas 🧊 you rock, vraiment.`],
  ['linkedin', 'fr', '', `Notre rapport annuel 2025 est en ligne (lien en commentaire) : 212 M€ de chiffre d'affaires, 14 appareils livrés dans 6 pays. Merci à nos clients et à nos 900 collaborateurs.`],
  ['linkedin', 'en', '', `Congrats to our friends at Lumio Labs on their €40m Series B, as announced in TechCrunch this morning 🎉 Proud to have been one of their very first integrations.`],
  ['linkedin', 'en', '', `Got a scam text this morning saying my SIN 527 391 842 was "suspended" and I had to call a number to fix it. The CRA never texts you like that, and the number in it doesn't even pass the checksum. Delete, block, move on.`],
]);
