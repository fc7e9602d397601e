import { rows } from './corpus-types';

/**
 * Held-out set "fresh32": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/, the
 * tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the first 45 lines of
 * fresh17 for the header and row style, and index.ts to register the set), without grepping the repository, so it
 * measures how the rules generalise to posts they were never tuned on; the checks, the scorer and vitest were not run on
 * these posts. `npx tsx scripts/score-checks.ts --only fresh32`.
 * First scored 2026-12-04 04:45 UTC on the rules of 9409481 (after the fixes from fresh30 and fresh31), before any fix from
 * it: confidentiality macro F1 0.974, 5.3 % of clean posts flagged (5 of 94); financial 0.907 (precision 0.957, recall 0.863),
 * codename 0.842 (precision 0.727), confidential_marker 0.968, the 8 others 1.000. On b1a418f (the session's first rules):
 * 0.969 / 7.4 %, financial 0.875.
 *
 * Authors (20 invented organisations): Havfôr AS, a Bergen salmon-feed producer; Ardatz Mecanizados, a Bilbao
 * machine-tool maker; Studio Pixelune, a Montréal video-game studio; Cellivance, a Lyon cell-therapy CDMO; Lanterna
 * Terminal, a Genoa container terminal; Tonnellerie Garonne, a Bordeaux cooperage; KoriPay, an Abidjan mobile-money
 * fintech; Cobble Insure, a Manchester insurtech; Limmat Ledger AG, a Zurich banking-software firm; Maasvries BV, a
 * Rotterdam cold-storage operator; Sigil OÜ, a Tallinn e-signature start-up; Liffey Metrics, a Dublin ad-analytics firm;
 * Isère Wafer Test, a Grenoble semiconductor-test lab; Nordsport, a Lille sportswear e-shop; Rhône Composants Horlogers,
 * a Geneva watch-component maker; Isarlogic GmbH, a Munich automotive-software firm; Calanques Ferries, a Marseille ferry
 * operator; Hydrosol, a Montpellier irrigation agritech; Återbruk AB, a Stockholm fashion-resale marketplace; Wawel
 * Dental Labs, a Kraków dental lab. Forms: team wins, pasted meeting and committee notes, stand-up notes, Slack and Teams
 * messages pasted by mistake, customer-service replies (surface 'comment'), job ads with published salary ranges,
 * conference live-posts, changelogs and release notes, blameless post-mortems, supplier and customer payment-detail
 * notices, phishing and scam warnings, a poll, a three-post X thread, goodbyes, out-of-office notes, tips and training
 * slides, press releases under embargo.
 *
 * Positives and look-alikes by category:
 * - financial (51): the company's own figures with a sign they are not public yet, in digits and in words, in NOK, EUR,
 *   CAD, USD, GBP, CHF, XOF/FCFA, JPY, SGD, SEK, PLN and MAD: a contract value before the stock-exchange notice, a
 *   weighted pipeline before investors, sealed bids and concession offers before the envelopes are opened, budgets and
 *   capex approved in committee or board before staff are told, launch prices, tariff and fee rises before customers,
 *   shipping lines, brokers, clinics or sellers are told, a discount and a sale before customers, a reseller margin cut
 *   before partners, an agents' commission before the members' AGM vote, quarterly revenue and margins before the
 *   results release, forecasts and targets, ARR and GMV, a Series A/B with pre-money valuation before signature, an
 *   acquisition price, a licence upfront and a minimum guarantee before the announcement, a quote to a prospect, fuel
 *   hedging savings before the bondholders' call. Look-alikes (clean): published annual and quarterly results with their
 *   source, a listed share price after results, public tariffs and price lists, fees displayed in branches, salary
 *   ranges in job ads, a city council budget voted in public, a port authority's published plan, a region's announced
 *   grant, an award notice in the official journal, another company's figures (Reuters, Schneider Electric guidance),
 *   market sizes and statistics (Gartner, INSEE, watch exports, a central-bank rate), a crowdfunding counter, a charity
 *   total, personal money (rent, a coffee, a student loan), teaching examples (EBITDA, SaaS payback), a poll on prices, an
 *   old revenue figure in a founder's story, a funding round after its official announcement.
 * - confidential_marker (16): CONFIDENTIEL and STRICTLY CONFIDENTIAL headings over committee notes, INTERNAL ONLY,
 *   Classification : Interne, [INTERNE] in a subject line, SOUS NDA, NE PAS DIFFUSER, Diffusion restreinte, TLP:AMBER,
 *   TLP:RED, EMBARGO jusqu'au…, EMBARGOED UNTIL…, Privileged & Confidential, VERTRAULICH / CONFIDENTIAL, a slide footer
 *   "Confidential – Do not distribute", "Internal use only" on release notes. Look-alikes (clean): TLP:CLEAR, a rant about
 *   embargoed press releases, NDA advice, L.A. Confidential, a perfume called « Confidentiel n°3 », document levels listed
 *   in a GDPR reminder, "entre nous" and "please don't forward" in a sentence, "Top Secret Recipe", the internal
 *   combustion engine, classified ads.
 * - email (11): named employees, role mailboxes (sav@, press@, careers@, recrutement@, playtest@, dpo@) and obfuscated
 *   "name [at] domain [dot] no" and "support @ domain" forms. Look-alikes: X handles, contact forms and bare domains.
 * - phone (12): switchboards, hotlines, a French toll-free number, mobiles, in NO, ES, CA, FR, CI, UK, CH, PL, IT formats.
 *   Look-alikes: 112, 196, order and voucher numbers, a SIRET, an ISBN, match scores and dates.
 * - secret (10): an AWS key pair, a GitHub and a GitLab token, Slack and Discord webhooks with their tokens, a Stripe
 *   live key, a SendGrid key, Wi-Fi passwords, Postgres credentials. Look-alikes: AWS's AKIAIOSFODNN7EXAMPLE,
 *   placeholders (sk_live_XXXX…, <your-key-here>), masked passwords, "123456" as a statistic.
 * - internal_url (11): hosts on acme-corp.net and corp.acme.com, intranet.<company> hosts, private IPs, .local,
 *   .internal and .corp hosts. Look-alikes: the company's public site, a public status page, a public GitHub repo,
 *   8.8.8.8, version numbers.
 * - iban (11): computed with a throwaway script (exact country length and mod-97; FR with the RIB key, ES with both
 *   control digits, BE with its mod-97 account check, IT with its CIN letter): DE, FR (2), NL, BE, IT, CH, PL, SE, IE, EE,
 *   ES. Look-alikes: the registry's GB82 WEST example, a phishing NO and a fake FR IBAN with wrong check digits.
 * - card (9): Luhn-valid Visa, Mastercard (5- and 2-series), Amex, Discover, JCB, Diners, Maestro (19 digits) and
 *   UnionPay (19 digits). Look-alikes: Stripe's 4242 test card, masked and last-four numbers, a 16-digit order number and
 *   a voucher code that fail Luhn.
 * - national_id (11): French NIR (2, mod-97 key), Swiss AVS (EAN-13), Swedish personnummer (Luhn), Polish PESEL,
 *   Spanish DNI and NIE (mod-23 letter), Belgian national register number (mod 97), Brazilian CPF (two mod-11 digits),
 *   Canadian SIN (Luhn), a UK NINO by format. Look-alikes: a NIR with a deliberately wrong key, the Spanish specimen
 *   99999999R, a masked SSN.
 * - codename (8) and client_name (9): Orion, Nébula, Project Kestrel / Kestrel v2, Atlas Bleu; Globex, Initech,
 *   Société Générique, Hôpital Sainte-Claire as projects and customers. Look-alikes: the constellation and the Orion
 *   nebula, NASA's Orion capsule, the Nebula Awards, kestrels, blue Atlas cedars, an old blue road atlas, Globex in The
 *   Simpsons, Initech in Office Space, "une société générique" in pharmacy, the Sainte-Claire chapel in Geneva.
 *
 * CONVENTIONS: every written email address is email (role mailboxes and obfuscated forms included; a bare domain is
 * not; the user:password of a connection string is a secret, not an email); every written phone number is phone
 * (switchboards, hotlines, toll-free included, any format), emergency short numbers are not; confidential_marker only
 * for explicit labels, not informal requests in a sentence nor mentions of the words; financial for the company's own
 * figure with any sign it is not public yet, published figures, public price lists, job-ad salary bands, other
 * organisations' public figures, public bodies' budgets voted in public, personal money and teaching examples are clean;
 * secret for real-looking keys, tokens, passwords, webhook tokens and connection-string credentials, not placeholders or
 * documented examples; internal_url for the policy's internal domains, intranet.* hosts, private IPs and
 * .local/.internal/.corp hosts; iban, card and national_id only for numbers that pass their checks (masked, specimen,
 * test and failing numbers are clean, and a digit run inside a valid IBAN is not also a card); codename and client_name
 * only in the policy's project and customer sense. A post carries every category a careful reviewer would flag.
 *
 * COUNTS: 244 posts (143 EN, 96 FR, 5 mixed; 225 LinkedIn, 19 X; 7 comments): 94 clean, 150 with one or more findings
 * (9 with two). Labels: financial 51, confidential_marker 16, phone 12, email 11, iban 11, national_id 11,
 * internal_url 11, secret 10, client_name 9, card 9, codename 8.
 */
export const FRESH32_POSTS = rows('fresh32', [
  // ── Havfôr AS, Bergen (salmon feed) ──
  ['linkedin', 'en', 'financial', `Huge week for the Bergen team 🐟 We closed the Chilean feed contract: NOK 410 million over three years, our biggest ever. The stock exchange notice goes out on Thursday, so keep the number to yourselves until then.`],
  ['linkedin', 'fr', 'financial', `Réunion commerciale de ce matin, en résumé pour ceux qui étaient en mer :
- pipeline T1 à 96 MNOK pondéré, dont 40 % sur l'Écosse
- deux appels d'offres en Islande encore ouverts
On en reparle au comité de direction avant de le présenter aux investisseurs.`],
  ['linkedin', 'en', '', `As published in our Q3 report yesterday, revenue was NOK 1.9 billion and EBIT NOK 212 million, driven by higher volumes to Norwegian farms. The full report is on the Oslo Børs newsweb.`],
  ['linkedin', 'en', 'phone', `Our new feed mill in Florø is open! Farmers along the coast can now order direct. Call the mill switchboard on +47 55 21 40 80, weekdays 07:00–16:00.`],
  ['linkedin', 'fr', 'email', `Je quitte Havfôr après six années formidables. Merci à toute l'équipe R&D nutrition. Pour les partenaires qui veulent garder le contact : jonas.berg [at] havfor [dot] no reste actif jusqu'à fin décembre, ensuite retrouvez-moi ici.`],
  ['x', 'en', '', `Took this from the deck of the feed barge last night: Orion rising over the fjord, with the nebula just visible to the naked eye. Worth the cold fingers.`],
  ['linkedin', 'en', 'iban', `Supplier notice from Havfôr AS: our bank has changed after the merger of our Nordic accounts. From 1 January please pay invoices in euros to IBAN DE11 7015 0000 1004 8392 67 (BIC HYVEDEMMXXX). Invoices in NOK are unchanged.`],
  ['linkedin', 'en', '', `Phishing alert: a fake "Havfôr finance" email is asking suppliers to switch payments to NO93 8601 1117 948. That is not our account, and the number doesn't even pass the bank check. Always confirm changes by calling your usual contact.`],

  // ── Ardatz Mecanizados, Bilbao (machine tools) ──
  ['linkedin', 'en', 'financial', `Proud of the tender team: our bid for the Bilbao metro maintenance lathes went in at €2.85M, roughly 8 % under our list price. Envelopes are opened on the 15th, fingers crossed!`],
  ['linkedin', 'fr', 'financial', `Le comité d'investissement a validé hier notre budget 2027 : un peu plus de quatre millions d'euros pour la nouvelle ligne de rectification. Les équipes seront informées en janvier, mais je ne pouvais pas attendre pour dire merci à ceux qui ont monté le dossier.`],
  ['linkedin', 'en', '', `We're hiring a CNC programmer in Bilbao (Fanuc/Heidenhain). €38,000–44,000 gross per year plus shift bonus, 35-hour week. Apply through the careers page on ardatz.es, interviews in January.`],
  ['linkedin', 'fr', 'secret', `Merci à tous d'être passés sur notre stand à la BIEMH ! Pour ceux qui restent demain : Wi-Fi du stand « Ardatz-Guest », mot de passe Torno2026!Bilbo. Démos toutes les heures.`],
  ['linkedin', 'en', 'phone', `Service tip from our maintenance team: check the spindle chiller filter every 500 hours, most thermal drift we see comes from there. Any doubt, ring our technical hotline on +34 944 12 37 80.`],
  ['x', 'en', '', `Emergency drill at the Bilbao plant this morning: evacuation in 3 min 40 s. Reminder for visitors: in Spain, the emergency number is 112.`],
  ['linkedin', 'en', 'confidential_marker', `Pasted from my notes by accident, sorry, but here it is anyway since people asked:
INTERNAL ONLY – Q4 plant review
- move the grinding cell to hall B
- hire two maintenance techs
- retire the 1998 Danobat lathe`],

  // ── Studio Pixelune, Montréal (video games) ──
  ['x', 'en', 'financial', `Our publisher just signed off on the next game: a CAD 6.2M advance 🎮 Announcement at The Game Awards, act surprised 😅`],
  ['linkedin', 'fr', 'financial', `Prix de lancement de Lumen Drift fixé ce matin : 24,99 $ CA sur Steam, 19,99 $ la première semaine. La page boutique ne passe en ligne que le 9, donc chut pour l'instant.`],
  ['linkedin', 'en', 'financial', `Can't say much yet, but our revenue this year came in at just under twelve million dollars, nearly double last year. The proper announcement comes with the annual letter to the team and partners in February.`],
  ['linkedin', 'en', '', `Three years ago we made CAD 400k in revenue from one tiny mobile game. Today we're 60 people in the Mile End. Thank you to everyone who believed in us early.`],
  ['linkedin', 'en', '', `Fun fact for our players: the Globex Corporation boss in The Simpsons is still the best game-villain template we know. Hank Scorpio inspired our new antagonist.`],
  ['linkedin', 'fr', 'phone', `Nous organisons une journée portes ouvertes pour les étudiants en game design le 12 décembre. Inscription par téléphone au +1 514 555 0147 (demandez Maude) ou sur notre site.`],
  ['linkedin', 'en', 'codename', `Sprint 14 of Orion is done: the new matchmaking service holds 20k concurrent players in the load test. Huge props to the backend crew, private beta next week.`],
  ['linkedin', 'en', 'email', `Looking for playtesters for our co-op puzzle game (PC, 2-3 h sessions, Montréal or remote). Drop a line to playtest@pixelune.ca with your Discord handle.`],
  ['x', 'en', '', `Follow @PixeluneStudio for the reveal. No, we won't tell you the price of the game, you'll see it on the store page like everyone else 😉`],

  // ── Cellivance, Lyon (cell-therapy CDMO) ──
  ['linkedin', 'fr', 'financial', `Bilan du trimestre partagé en all-hands ce matin : 38 M€ de chiffre d'affaires et une marge brute à 41 %. Bravo aux équipes de production. Les chiffres officiels sortiront avec le communiqué du 20 février.`],
  ['linkedin', 'en', 'financial confidential_marker', `STRICTLY CONFIDENTIAL
2027 outlook – ExCo, 1 December
Revenue: €160–175M
EBITDA margin: ~18 %
To be shared with the market at the capital markets day.`],
  ['linkedin', 'fr', '', `Nos résultats annuels sont en ligne : 142 M€ de chiffre d'affaires en 2025, publiés ce matin dans notre rapport financier annuel (rubrique Investisseurs du site). Merci à nos 900 collaborateurs.`],
  ['linkedin', 'en', 'financial', `Term sheet agreed with a Japanese partner: ¥1.2 billion upfront for the Asian licence of our manufacturing process, milestones on top. Announcement is planned at BIO-Europe Spring, so this is our little secret until then.`],
  ['linkedin', 'fr', 'client_name', `Première livraison de lots cliniques à l'Hôpital Sainte-Claire ce matin, dans les délais et sous température contrôlée. Fierté de toute l'équipe assurance qualité.`],
  ['linkedin', 'fr', '', `Petit rappel RGPD avant les fêtes : chez nous, les documents ont quatre niveaux (public, interne, confidentiel, secret). Classez vos fichiers avant de les envoyer à l'extérieur !`],
  ['linkedin', 'fr', 'national_id', `Onboarding de la nouvelle technicienne QC, checklist collée depuis le RH pour Julien :
- Nom : Claire Montel
- N° de sécurité sociale : 2 85 07 69 123 456 23
- Badge : à récupérer à l'accueil lundi`],
  ['linkedin', 'fr', '', `La Région Auvergne-Rhône-Alpes a annoncé publiquement hier une aide de 2 M€ pour notre nouvelle salle blanche de Gerland. Le communiqué de la Région est en lien dans les commentaires. Merci !`],
  ['linkedin', 'en', 'internal_url', `For the new joiners who asked where the batch record templates live: https://wiki.acme-corp.net/display/QA/Batch-Records. Bookmark it, you'll need it every day.`],

  // ── Lanterna Terminal, Genoa (container terminal) ──
  ['linkedin', 'en', 'financial', `Tariff review done. From 1 March our handling fee per TEU goes from €148 to €163. Shipping lines get the letter next week, sales team please hold any calls about it until then.`],
  ['linkedin', 'fr', 'financial', `Notre offre pour la concession du terminal de La Spezia est partie : 312 millions d'euros sur 30 ans. Dépôt vendredi à midi, résultats attendus au printemps. Énorme travail de l'équipe.`],
  ['linkedin', 'en', 'internal_url', `Shift planners: the new roster tool is live at https://intranet.lanterna-terminal.it/turni. The old Excel goes away on Monday.`],
  ['linkedin', 'en', '', `Interesting read: according to Reuters, Maersk reported about $2.1bn EBITDA for Q3. Freight rates are clearly normalising, and we feel it at the quay.`],
  ['linkedin', 'en', 'iban', `Payment details for customs deposits at Lanterna Terminal have changed. Please use IBAN IT93 L030 6901 6040 0000 4718 295 only for the port authority fees and our own account, BE52 0631 5478 0309, for handling invoices.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Incident summary – phishing campaign against the terminal's finance team, 28 Nov
Sender spoofed a shipping line, 3 clicks, no credentials entered. Share only with your security teams.`],
  ['x', 'en', '', `Version 10.4.2 of our berth-planning app is out on the App Store: faster vessel timelines and a dark mode for night shifts.`],

  // ── Tonnellerie Garonne, Bordeaux (cooperage) ──
  ['linkedin', 'fr', 'financial', `Nos tarifs 2027 viennent d'être arrêtés : la barrique bordelaise de 225 L passe à 1 040 € HT (+6 %). Les châteaux recevront la grille début janvier, merci de ne pas l'évoquer avant en rendez-vous.`],
  ['x', 'fr', 'financial', `Carnet de commandes à fin novembre : 14 800 barriques, soit 15,2 M€. Record absolu pour la maison 🍷 On l'annoncera officiellement au salon Vinitech.`],
  ['linkedin', 'fr', '', `Rappel : notre tarif public 2026 est en ligne sur notre site. La barrique bordelaise standard est à 980 € HT, livraison comprise dans un rayon de 200 km.`],
  ['linkedin', 'fr', 'email', `Nous recrutons deux apprentis tonneliers pour la rentrée 2027. Envoyez lettre et CV à recrutement@tonnellerie-garonne.fr, visite de l'atelier possible le samedi matin.`],
  ['linkedin', 'fr', 'iban', `Avis aux clients : suite au changement de banque, merci de régler vos factures à partir du 1er janvier sur le compte FR76 1780 6004 1204 5382 1906 127 (Crédit Agricole Aquitaine). Les anciens RIB ne sont plus valables.`],
  ['linkedin', 'fr', '', `Attention, un faux RIB circule à notre nom : FR76 3000 4015 2300 0123 4567 899. Ce compte n'est pas le nôtre (et la clé ne correspond même pas). En cas de doute, appelez votre commercial habituel.`],
  ['linkedin', 'fr', '', `Visite au Maroc chez notre fournisseur de merrain : une forêt de cèdres bleus de l'Atlas à perte de vue. Le bois de cèdre ne finira pas en barrique, mais quel spectacle.`],

  // ── KoriPay, Abidjan (mobile money) ──
  ['linkedin', 'fr', 'financial', `Objectif validé en conseil : 2,4 milliards de FCFA de volume mensuel d'ici juin, avec des frais de retrait ramenés à 0,8 %. La baisse sera annoncée aux agents le 1er février, gardez-la sous le coude d'ici là.`],
  ['linkedin', 'en', 'financial', `We're about to close our Series B: $18M at a $95M pre-money, led by a Lagos fund. Term sheet signed last night, press release once the money lands in the account.`],
  ['linkedin', 'fr', 'financial', `Les membres du réseau d'agents découvriront à l'assemblée générale que la commission passe de un virgule deux à un virgule cinq pour cent. Je vous le dis en avant-première, on croise les doigts pour le vote.`],
  ['linkedin', 'fr', '', `Les frais de retrait KoriPay sont affichés dans toutes nos agences : 1 % jusqu'à 100 000 FCFA, plafonnés au-delà. Méfiez-vous de ceux qui vous demandent plus, et signalez-les.`],
  ['linkedin', 'fr', 'phone', `Service client KoriPay : notre hotline est désormais ouverte 7 j/7 au +225 07 58 31 22 64. Nous ne vous demanderons jamais votre code secret par téléphone.`],
  ['linkedin', 'fr', 'email phone', `Pour les commerçants de Yopougon qui veulent devenir agents, écrivez directement à aminata.kone@koripay.ci ou appelez-moi au 07 07 41 86 93, je passe vous voir la semaine prochaine.`],
  ['x', 'fr', '', `Arnaque du jour : « Votre compte KoriPay est bloqué, envoyez 5 000 F pour le débloquer ». C'est faux. Ne répondez pas et ne rappelez pas ce genre de message.`],

  // ── Cobble Insure, Manchester (insurtech) ──
  ['linkedin', 'en', 'financial', `Renewal pricing for the landlord book lands next month: average premium up 11.5 %, to £412. Brokers find out on the 12th, so no hints in client calls please.`],
  ['x', 'en', 'financial', `ARR crossed £9.3M this morning 🚀 Not in any deck yet, we'll share it properly with our seed investors in the January update.`],
  ['linkedin', 'fr', '', `Nous recrutons un·e data scientist à Manchester : 55 000–65 000 £ selon expérience, télétravail trois jours par semaine, visa sponsorisé. Candidatures via notre page carrières.`],
  ['linkedin', 'en', 'secret', `Dev tip that bit us today: don't paste config into Slack. Anyway, for the on-call folks, the new alert hook is https://hooks.slack.com/services/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, replace the old one in PagerDuty.`],
  ['linkedin', 'en', '', `Secrets hygiene 101 for our engineering blog: never commit keys. In the docs you'll see AWS's sample key AKIAIOSFODNN7EXAMPLE, that one is fine to paste because it's fake. Real ones go in the vault.`],
  ['linkedin', 'en', 'phone', `Claims made easy: if your flat floods over Christmas, call our 24/7 claims line on 0161 496 0732 before calling a plumber, we'll send one for you.`],
  ['linkedin', 'en', 'card', `Customer asked us to "just take the payment" over chat, pasting here so the team sees why we said no: "my card is 4532 0184 7736 5127, exp 08/28, cvv 311". We've deleted it from the chat and asked her to use the secure link.`],
  ['linkedin', 'en', '', `For anyone testing our checkout in sandbox: use Stripe's test card 4242 4242 4242 4242 with any future date and any CVC. It never charges anything.`],
  ['linkedin', 'en', 'national_id', `Slack message pasted by mistake in our team post, apologies:
"@Priya can you verify this policyholder? NI number PJ 48 21 93 C, DOB 14/03/1986, flat 4, Ancoats."`],

  // ── Limmat Ledger AG, Zurich (banking software) ──
  ['linkedin', 'en', 'financial', `Notes from today's pricing committee:
- licence for the core banking module: CHF 420,000 per year for tier-2 banks
- 15 % early-signer discount until June
- new price list goes live in April, partners briefed in March`],
  ['linkedin', 'fr', 'financial', `Le budget R&D 2027 a été approuvé en conseil d'administration hier soir : 11,5 millions de francs, soit 27 % du chiffre d'affaires. Annonce aux collaborateurs lundi, mais je suis trop fier pour attendre.`],
  ['linkedin', 'en', 'financial', `Heads-up for the team: reseller margin on the cloud edition drops from 25 % to 20 % on 1 July. Partners are told at the summit in May, not before.`],
  ['linkedin', 'en', 'email', `We're hiring a senior Kotlin engineer in Zurich, CHF 130,000–150,000 plus pension. Send your CV to careers@limmat-ledger.ch or apply on our website.`],
  ['linkedin', 'en', '', `Our share price closed at CHF 84.20 today after the results we published this morning on SIX. Proud of the team, and thank you to our shareholders.`],
  ['linkedin', 'en', 'secret internal_url', `Post-mortem, reporting outage 3 Dec (blameless):
Root cause: the reporting job used a stale replica.
Fix: point it to postgres://report_ro:Kx7pQ2vLm9@db-replica.internal:5432/ledger and rotate weekly.
Action: move the DSN to the secret store.`],
  ['linkedin', 'en', 'client_name', `Big milestone: Société Générique went live on our core banking module this weekend, 1.2 million accounts migrated without a single failed transfer.`],
  ['linkedin', 'fr', 'national_id', `Retour d'un client suisse, collé tel quel par erreur depuis notre ticket : « Mon numéro AVS est 756.9182.7364.57, pourquoi mon ouverture de compte est-elle bloquée ? »`],

  // ── Maasvries BV, Rotterdam (cold storage) ──
  ['linkedin', 'en', 'financial', `Q4 occupancy is at 94 % and we now forecast €31.4M revenue for the full year, about €3M above budget. Results are published in March; until then these are internal numbers, but I'm proud of the team.`],
  ['linkedin', 'fr', 'financial', `Devis envoyé ce matin à un grand distributeur pour 8 000 emplacements palettes : 7,40 € la palette par semaine, tout compris. Réponse attendue avant Noël, croisez les doigts.`],
  ['linkedin', 'en', 'financial', `Target for next year: 120,000 pallet positions and €38M turnover. Approved by the shareholders' committee this morning; we'll announce it once the new site permit is through.`],
  ['linkedin', 'en', 'internal_url', `Finance team: the month-end templates moved to smb://nas01.maasvries.local/finance/closing. Please stop emailing the spreadsheet around.`],
  ['linkedin', 'en', 'iban', `Supplier update from Maasvries BV: our euro account moved to Rabobank. New details for invoices from 1 January: NL26 RABO 0317 2648 59. Please update your records and send a confirmation to your usual contact.`],
  ['linkedin', 'en', '', `Temperature check in the blast freezer this morning: -28 °C, 10.5 tonnes of fries in, 172 pallets out. The forklift drivers are heroes.`],
  ['linkedin', 'en', 'client_name', `Quick win: Globex renewed their cold-chain contract for three more years after the audit. Thanks to the Botlek site team for the flawless temperature logs.`],

  // ── Sigil OÜ, Tallinn (e-signature) ──
  ['linkedin', 'en', 'financial', `We've agreed the acquisition price with the founders of a Riga competitor: €7.5M, half in shares. Signing is planned for January and nothing is public before then.`],
  ['linkedin', 'fr', 'financial', `Nouveaux prix à partir du 1er mars : 9 € par utilisateur et par mois au lieu de 7 €. Les clients existants seront prévenus par mail en février.`],
  ['linkedin', 'en', 'financial', `Signed this morning: our Singapore distributor commits to a SGD 2.1M minimum guarantee in year one. We'll announce the partnership at Money20/20 Asia.`],
  ['linkedin', 'en', '', `Gartner estimates the e-signature market at $9.8bn in 2026. Lots of room for a 30-person team from Tallinn 🙂`],
  ['linkedin', 'en', '', `Job: senior Rust engineer, Tallinn or remote EU. Salary €5,500–7,000 per month gross. We publish the range because pay transparency matters.`],
  ['linkedin', 'fr', 'email', `Nos clients francophones nous demandent où envoyer leurs questions : support @ sigil.ee, réponse en français sous 24 h ouvrées.`],
  ['linkedin', 'en', 'secret', `Changelog 3.8:
- faster PDF sealing
- fixed the timestamp drift
- CI: deploy key rotated, new one is glpat-QrM3hwwjhCS6jkdFKsvw (set it in your local .env)`],
  ['linkedin', 'en', '', `Changelog 3.9 for integrators: webhooks now retry 5 times. In your config, set SIGIL_API_KEY=<your-key-here> and keep it out of git.`],
  ['x', 'en', '', `Our status page status.sigil.ee is green again after the 14-minute outage. Post-mortem coming on the blog tomorrow.`],
  ['linkedin', 'en', 'national_id', `Support ticket pasted in our team channel, then in this post by mistake:
"Signing fails with my Estonian ID card, but my Swedish personnummer 860314-2384 works on the mobile app, why?"`],

  // ── Liffey Metrics, Dublin (ad analytics) ──
  ['linkedin', 'en', 'financial', `Sales kick-off takeaways: FY27 quota is $4.8M per enterprise AE and the team target is $62M new ARR. The board approved it on Tuesday; the public version of the plan comes at investor day.`],
  ['x', 'en', 'financial', `Pipeline for H1 is sitting at $23M weighted. If even half converts we're having a very good year. Investors don't know yet, so shh 🤫`],
  ['linkedin', 'en', '', `Our team ran the Dublin marathon and raised €6,420 for Pieta House. Thank you to everyone who donated!`],
  ['x', 'en', '', `Just paid €6.40 for a flat white at Dublin airport. Inflation is real.`],
  ['linkedin', 'en', 'email', `Slack message pasted by mistake, but the info is useful: "@channel the vendor contact for the data clean room is r.mcgrath@liffeymetrics.ie, cc her on anything related to the audit."`],
  ['linkedin', 'en', 'secret', `Rookie mistake from my side on Friday: I pasted our SendGrid key in a public gist (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). It's revoked now, but that's how fast bots find them: 4 minutes.`],
  ['linkedin', 'en', 'client_name', `Onboarding call with Initech today: 14 brands, 3 markets, and a very ambitious attribution model. Excited to get started.`],
  ['linkedin', 'en', '', `Rewatched Office Space last night. The Initech printer scene still hits hard for anyone who ever worked with a shared ad-server.`],
  ['linkedin', 'en', 'internal_url', `Analysts: the attribution dashboards are now on http://10.20.3.15:8080/grafana while the cloud instance is migrated. VPN required.`],

  // ── Isère Wafer Test, Grenoble (semiconductor test) ──
  ['linkedin', 'fr', 'financial', `Le prix du test par wafer pour notre nouveau client américain sera de 1 850 dollars, soit 12 % de plus que l'an dernier. Contrat signé hier soir, l'annonce se fera lors de SEMICON West.`],
  ['linkedin', 'en', 'financial', `Capex plan approved by the supervisory board: €22M for the second cleanroom, spread over 2027-2028. We'll communicate it with the annual results in March.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — Spécifications du banc de test V3
- 512 canaux, 400 MHz
- sonde thermique -40/+150 °C
- livraison prototype : S12
(copié depuis le doc partagé, je corrige le post dans la foulée)`],
  ['linkedin', 'fr', '', `Conseil aux jeunes ingénieurs : ne signez jamais un NDA sans lire la clause de non-concurrence. Beaucoup de contrats de prestation en cachent une.`],
  ['linkedin', 'fr', 'codename', `Nébula : la démo client est prête. Le nouveau banc détecte les défauts de soudure deux fois plus vite. Merci à l'équipe firmware pour les nuits courtes.`],
  ['linkedin', 'fr', '', `Conférence au planétarium de Vaulx-en-Velin ce week-end sur la nébuleuse d'Orion, avec les images du télescope James Webb. Les enfants ont adoré.`],
  ['linkedin', 'fr', 'internal_url', `Pour l'équipe du soir : les recettes de test sont désormais sur https://gitlab.iseretest.corp/recipes/v3, l'ancien serveur FTP est coupé demain.`],
  ['linkedin', 'fr', 'phone', `Nouveau numéro pour le labo de Crolles : 04 76 92 31 58. L'ancien standard ne répond plus depuis la migration téléphonique.`],

  // ── Nordsport, Lille (sportswear e-commerce) ──
  ['linkedin', 'fr', 'financial', `Black Friday : 4,1 M€ de ventes en 4 jours, +23 % vs 2025 ! Le chiffre n'est pas encore remonté au groupe, Thomas le présente lundi au comité.`],
  ['linkedin', 'fr', 'financial', `Les soldes d'hiver démarreront à -40 % sur toute la gamme running, mais ne le dites pas aux clients avant le 7 janvier : l'opération doit rester une surprise.`],
  ['linkedin', 'fr', 'email', `Bonjour Mme Perrin, désolés pour le colis abîmé. Pouvez-vous écrire à sav@nordsport.fr avec votre numéro de commande ? Nous traitons votre demande en priorité.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Karim, notre service client est joignable au numéro vert 0 800 94 12 12 (gratuit depuis un fixe ou un mobile), du lundi au samedi.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Sophie, votre commande n° 2026-118-4471 est partie ce matin, vous la recevrez sous 48 h. Bonne course !`, { surface: 'comment' }],
  ['linkedin', 'fr', 'card', `Message client reçu sur notre page et que je partage (anonymisé côté nom) pour rappeler la règle : « voici ma carte pour le remboursement : 5424 1890 3376 1121 ». On ne rembourse jamais sur une carte envoyée par message !`],
  ['linkedin', 'fr', '', `Rappel à nos clients : nous ne vous demanderons jamais votre numéro de carte par message. Sur vos reçus, seuls les 4 derniers chiffres apparaissent (•••• •••• •••• 1127), c'est normal.`],
  ['linkedin', 'fr', '', `Sondage : à quel prix achèteriez-vous une paire de baskets de running reconditionnées ?
🔘 30 €
🔘 50 €
🔘 70 €
🔘 Plus de 70 €`],
  ['linkedin', 'fr', '', `Selon l'INSEE, le chiffre d'affaires du commerce en ligne a progressé de 9 % en 2025. Le sport reste l'une des catégories les plus dynamiques.`],

  // ── Rhône Composants Horlogers, Geneva (watch components) ──
  ['linkedin', 'fr', 'financial', `Marge opérationnelle de 19,6 % sur les ponts de balancier cette année, du jamais vu chez nous. Le chiffre sera dévoilé à l'assemblée des actionnaires en mai, d'ici là savourons en interne.`],
  ['linkedin', 'en', 'financial', `Negotiation wrapped: our main client in the Vallée de Joux accepted CHF 38.50 per escapement wheel for 2027, up from 34. The new tariff hasn't been announced to the other manufactures yet.`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion restreinte
Plan de charge atelier décolletage – janvier
- 3 équipes en 2x8
- arrêt machine Tornos n°4 semaine 2
- formation sécurité le 14`],
  ['linkedin', 'en', 'phone', `Watchmaking students: our apprenticeship open day is on 17 January. Call Mme Rochat at +41 22 718 45 90 to book a slot for the workshop visit.`],
  ['linkedin', 'fr', '', `Magnifique exposition à la chapelle Sainte-Claire de Genève sur l'horlogerie du XVIIIe siècle. À voir avant le 15 janvier.`],
  ['linkedin', 'fr', 'iban', `Nouvelles coordonnées bancaires de Rhône Composants Horlogers SA pour les paiements en francs : CH93 0076 2011 6238 5295 7. Merci de mettre à jour vos fichiers fournisseurs.`],
  ['linkedin', 'en', '', `The Swiss watch industry exported CHF 2.3 billion worth of watches in October, according to the Federation of the Swiss Watch Industry. A soft month for the big brands.`],

  // ── Isarlogic GmbH, Munich (automotive software) ──
  ['linkedin', 'en', 'financial', `Big day! We won the OTA platform tender from a German OEM, contract worth €46M over five years. Official announcement once their purchasing board confirms in January.`],
  ['linkedin', 'mixed', 'financial', `Recap du budget meeting : the 2027 envelope for our Munich team is €3.2M, +9 headcount. Validé hier par le CFO, annonce officielle à l'équipe la semaine prochaine.`],
  ['linkedin', 'en', 'codename', `Project Kestrel kickoff today in Munich: over-the-air updates for 2 million vehicles, safety certified. Let's go team!`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the test track this morning, perfectly still in a 40 km/h wind. Nature's own stabilisation algorithm.`],
  ['linkedin', 'en', '', `The internal combustion engine isn't dead yet, said our CTO on stage at the Munich mobility summit, but software is where the value is now.`],
  ['linkedin', 'en', 'confidential_marker', `VERTRAULICH / CONFIDENTIAL
Lieferantenbewertung 2026 – supplier scorecard
A-rated: 4 | B-rated: 11 | C-rated: 2 (exit plan in Q1)
(Wrong window, sorry! Deleting in 5 min.)`],
  ['linkedin', 'en', 'secret', `Rotating the integration bot today. For the team, the new token is ghp_OcVwWBhqG5KSFdPE0SPgjtHfb1F6w70WAKad, update your runners before 5 pm.`],
  ['linkedin', 'en', 'internal_url', `Reminder for the OTA squad: the signing service admin panel is at 192.168.50.2:9443, only reachable from the lab network.`],
  ['linkedin', 'en', 'iban', `Isarlogic GmbH payment details for 2027: invoices from our Kraków branch are in PLN and go to our new account PL61 1090 1014 0000 0712 1981 2874. Euro invoices are unchanged.`],

  // ── Calanques Ferries, Marseille (ferry operator) ──
  ['linkedin', 'fr', 'financial', `Nouvelle grille tarifaire pour l'été 2027 : aller-retour Marseille–Frioul à 17,20 € au lieu de 15,50 €. La délibération de la Métropole n'a pas encore eu lieu, donc on garde ça pour nous jusqu'au vote.`],
  ['linkedin', 'en', 'financial', `Our fuel hedging for 2027 locks in about €9.8M of savings. The number stays inside until the bondholders' call in February, but the treasury team deserves a shout-out now.`],
  ['linkedin', 'en', 'financial', `We have an agreement in principle with the shipyard: a new 400-passenger ferry for about forty-one million euros. Nothing is signed, and the Région hasn't been told yet.`],
  ['linkedin', 'fr', '', `Rappel : le billet aller-retour pour le Frioul est à 15,50 €, tarif réduit 7,80 €, affiché en gare maritime et sur notre site. Bonne traversée !`],
  ['linkedin', 'fr', '', `L'avis d'attribution est paru au BOAMP : le marché de maintenance des navettes du Frioul a été attribué pour 2,3 M€ HT. Bravo à l'équipe technique !`],
  ['linkedin', 'fr', '', `Le conseil municipal de Marseille a voté hier en séance publique un budget de 1,7 milliard d'euros pour 2027. Le compte rendu est sur le site de la Ville.`],
  ['linkedin', 'fr', 'email', `Journalistes : pour vos demandes d'interview sur la nouvelle ligne Estaque–Vieux-Port, contactez press@calanques-ferries.fr. Photos HD disponibles sur demande.`],
  ['linkedin', 'fr', '', `En cas d'homme à la mer ou d'urgence à bord, le réflexe c'est le 196 (CROSS) ou le 112. Exercice grandeur nature ce matin avec l'équipage du Cap Croisette.`],
  ['linkedin', 'fr', 'confidential_marker', `NE PAS DIFFUSER
Planning des équipages – fêtes de fin d'année
24/12 : Cap Croisette, équipage B
31/12 : Frioul Express, équipage A`],

  // ── Hydrosol, Montpellier (agritech irrigation) ──
  ['linkedin', 'fr', 'financial', `Levée de fonds bouclée : 5 millions d'euros en série A, valorisation pré-money de dix-huit millions. Signature chez l'avocat le 18, annonce dans la presse le lendemain. Je n'en dors plus 😅`],
  ['linkedin', 'fr', '', `Hier, nous avons annoncé officiellement notre levée de 5 M€ (article dans la presse régionale en lien). Merci à nos investisseurs et à toute l'équipe !`],
  ['linkedin', 'fr', 'financial', `Notre offre au ministère marocain de l'Agriculture pour 1 200 kits de goutte-à-goutte : 9,6 millions de dirhams. Ouverture des plis le 10 janvier, on croise les doigts.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 12 janvier 2027, 8 h 00
Communiqué de presse – Hydrosol s'implante au Maroc
Hydrosol ouvre une filiale à Meknès et y investit 3 M€ sur trois ans.`],
  ['linkedin', 'fr', '', `Notre campagne de financement participatif a dépassé les 48 000 € collectés ! Le compteur est public sur la page de la campagne, allez voir.`],
  ['linkedin', 'fr', 'internal_url', `Pour les techniciens terrain : les fiches de réglage des vannes sont sur intranet.hydrosol.fr/terrain/vannes, accessible depuis la tablette.`],
  ['linkedin', 'fr', 'codename', `Le projet Atlas Bleu entre en phase pilote : 40 hectares d'amandiers suivis par capteurs d'humidité dans la plaine du Saïss.`],
  ['linkedin', 'fr', '', `Retrouvé dans le grenier : mon vieil atlas bleu Michelin de 1998, avec les routes que je prenais pour aller voir les clients dans l'Hérault. Que de souvenirs.`],
  ['linkedin', 'mixed', 'client_name', `Le pilote avec l'Hôpital Sainte-Claire for the rooftop garden irrigation is a success: 30 % less water this summer. Merci à l'équipe technique de l'hôpital !`],

  // ── Återbruk AB, Stockholm (fashion resale) ──
  ['linkedin', 'en', 'financial', `GMV for November: SEK 74 million, margin per item up to SEK 61. Our board sees these numbers on Thursday and the market in the Q4 report.`],
  ['x', 'en', 'financial', `Commission for sellers goes from 20 % to 24 % in February. Sellers will hear it from us in the January newsletter, not from LinkedIn, so this stays between us for now.`],
  ['linkedin', 'en', '', `The Riksbank cut its policy rate to 1.75 % today. Expect a little more spending on second-hand fashion in spring.`],
  ['linkedin', 'en', 'iban', `Seller payouts: if your payout failed last week, please check that you registered a Swedish IBAN. Ours for refunds is SE35 5000 0000 0549 1025 7344, reference your order number.`],
  ['linkedin', 'en', 'card', `Our chatbot logs showed this on Monday, posting so everyone understands why we're adding masking: "pay with my amex 3782 847001 51214 exp 11/27". The message was purged.`],
  ['linkedin', 'en', '', `Our order numbers have 16 digits (e.g. 4970 1012 3456 7891) and people keep thinking they're card numbers. They're not, relax 😄`],
  ['linkedin', 'en', 'national_id', `HR onboarding checklist pasted from our tool (sorry, wrong tab):
Name: Agnieszka Nowak
PESEL: 90071203813
Start date: 5 January`],

  // ── Wawel Dental Labs, Kraków (dental lab) ──
  ['linkedin', 'en', 'financial', `Our price per zirconia crown for the German clinics will be PLN 610 from next quarter. We're telling the clinics after the dental fair, so please don't mention it yet.`],
  ['linkedin', 'fr', 'financial', `Prévisionnel 2027 présenté hier au comité : chiffre d'affaires de 38 millions de zlotys et résultat net autour de 4 millions. Rien n'est encore communiqué à la banque.`],
  ['linkedin', 'en', 'email', `GDPR requests for patient files go to dpo@wawel-dental.pl, not to the lab technicians. Thank you for helping us keep patient data safe.`],
  ['linkedin', 'en', 'phone', `New office line for our Kraków lab: +48 12 345 67 89. Clinics can now call us directly for pickups.`],
  ['linkedin', 'en', '', `Our job posting for a CAD/CAM dental technician is up: PLN 9,000–11,500 gross per month, Kraków, full time. Details on our careers page.`],

  // ── Policy names and assorted (various authors) ──
  ['linkedin', 'fr', 'client_name financial', `Signé ce matin avec Globex : trois ans de maintenance prédictive pour 1,8 M€. L'annonce officielle sera faite par leur direction achats en janvier, d'ici là pas un mot.`],
  ['linkedin', 'en', 'client_name', `Tough week: escalation from Hôpital Sainte-Claire about the sterilisation tracking module. Team fixed it in 36 hours, and their IT head called to thank us.`],
  ['linkedin', 'fr', 'client_name', `Réponse envoyée à l'appel d'offres de la Société Générique pour son nouveau système de tickets : 180 pages, 4 nuits blanches, une équipe géniale.`],
  ['linkedin', 'fr', '', `Pour un stage en pharmacie, mieux vaut viser une société générique ou un grand labo ? Je réponds à cette question que les étudiants me posent souvent.`],
  ['linkedin', 'en', 'client_name internal_url', `Initech's SSO integration is finally green. Runbook for the support team: https://jira.corp.acme.com/browse/SSO-221 (comments have the test accounts).`],
  ['x', 'en', 'codename', `#Orion public beta moves to January. The team wants another round of performance fixes first, and I agree with them.`],
  ['linkedin', 'en', 'codename', `Kestrel v2 load tests passed at 3x the expected traffic. Onwards to the security review, then the pilot with two customers.`],
  ['linkedin', 'mixed', 'codename', `Le projet Nébula is finally live in staging! Thanks to the whole team, on fête ça vendredi.`],
  ['linkedin', 'en', '', `The Nebula Awards shortlist is out, and two of my favourite novels this year are on it. Book recommendations welcome.`],
  ['linkedin', 'en', '', `NASA's Orion capsule completed another splashdown test this week. Our thermal materials group watched it live in the canteen.`],
  ['linkedin', 'en', '', `The American kestrel is the smallest falcon in North America. Our ornithology club at work spotted one near the parking lot today!`],

  // ── Markers and look-alikes (various authors) ──
  ['linkedin', 'fr', 'confidential_marker financial', `CONFIDENTIEL — Compte rendu du comité de direction du 2 décembre
1. Budget 2027 validé : 6,4 M€ (+8 %)
2. Gel des recrutements support jusqu'en mars
3. Prochain comité : 13 janvier`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Interne
Note de service – nouvelles règles de déplacement
Les trajets de moins de 4 h se font en train. Les notes de frais passent par l'outil dès janvier.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Objet : réorganisation du service client
Les équipes de Lille et Roubaix fusionnent au 1er février. Réunion d'information jeudi 10 h.`],
  ['linkedin', 'en', 'confidential_marker', `Privileged & Confidential – Attorney-Client Communication
Re: warranty claim from the Rotterdam distributor. Our position: the defect is outside warranty, but we offer a goodwill repair.
(Posted here by mistake from my drafts, removing shortly.)`],
  ['linkedin', 'en', 'confidential_marker financial', `EMBARGOED UNTIL 00:01 GMT, 15 JANUARY 2027
Cobble Insure raises £12M to expand into Ireland
Manchester-based insurtech Cobble Insure today announced a £12M Series A...`],
  ['linkedin', 'en', 'confidential_marker', `Copying slide 3 of our all-hands for those who missed it:
"Our three priorities for 2027: reliability, partners, people."
Liffey Metrics — Confidential – Do not distribute — 3/12`],
  ['linkedin', 'en', 'confidential_marker', `Release notes 4.2 (Internal use only)
- new export to CSV
- SSO for the admin console
- known issue: dark mode on Safari`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED – do not share outside this call
Indicators from this morning's intrusion attempt on the port community system: two C2 domains, one compromised vendor account.`],
  ['linkedin', 'en', '', `We publish all our vulnerability advisories as TLP:CLEAR so any terminal operator in the Mediterranean can reuse them. Link to the latest one below.`],
  ['linkedin', 'en', '', `Embargoed press releases are annoying: journalists get them on Monday, the rest of us read the news on Wednesday. Can we stop pretending this helps anyone?`],
  ['linkedin', 'fr', '', `Revu L.A. Confidential hier soir. Quel film, et quelle photographie. Le cinéma des années 90 me manque.`],
  ['linkedin', 'fr', '', `Notre collaboration avec une parfumerie de Grasse s'appelle « Confidentiel n°3 », disponible en boutique dès aujourd'hui.`],
  ['linkedin', 'fr', '', `Entre nous, la machine à café du 3e étage est la meilleure de tout le bâtiment. Je défendrai cette position en réunion.`],
  ['linkedin', 'en', '', `Please don't forward this to my mum, but I've signed up for an ultramarathon in the Dolomites next June. Training starts Monday.`],
  ['linkedin', 'en', '', `Top Secret Recipe Friday: our canteen chef shared her chocolate mousse, and yes, the trick is a pinch of salt.`],

  // ── Secrets and look-alikes (various authors) ──
  ['linkedin', 'en', 'secret', `Slack message pasted by mistake (cleaning up now):
"for the backup script use AWS_ACCESS_KEY_ID=AKIAQUMPMHS6PJARB7LM and AWS_SECRET_ACCESS_KEY=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"`],
  ['linkedin', 'en', 'secret', `Launch checklist for the new store, done ✅ payments switched to live mode with sk_live_NAsIrsD3mbLFecbVjafQ4gGn in the server env. Next: marketing emails.`],
  ['linkedin', 'en', 'secret', `Our community bot is back! If you run your own copy, post alerts to https://discord.com/api/webhooks/601062049428110868/jw9APP8Dy_3XzZmBNQR2yTBGTCuSsH5LM-Em9iJLwbL132Zn4T8_WvXX2HdNK44cjXQV and it will relay them.`],
  ['linkedin', 'fr', 'secret', `Wi-Fi de la salle de formation du 2e : réseau CF-Formation, clé WPA2 Frioul#Vague2027. Bonne session à tous !`],
  ['linkedin', 'en', '', `Tip for new devs: in our docs we write STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXX as a placeholder. If you see real characters there in a PR, flag it.`],
  ['linkedin', 'fr', '', `Le mot de passe le plus utilisé en France en 2025 était encore « 123456 ». Activez l'authentification à deux facteurs, s'il vous plaît.`],
  ['linkedin', 'fr', '', `Rappel sécurité : quand l'outil affiche « mot de passe : ******** », ne demandez pas au support de vous le lire, ils ne le voient pas non plus.`],

  // ── IBAN, card, id look-alikes and more positives (various authors) ──
  ['linkedin', 'en', '', `Finance training slide: an IBAN looks like GB82 WEST 1234 5698 7654 32, the example from the official registry. Never reuse examples like this in real payment files.`],
  ['linkedin', 'fr', 'iban', `Avis aux adhérents de l'association des vignerons partenaires : la cotisation 2027 est à régler sur FR76 3000 4015 2300 0123 4567 892, en indiquant votre nom de domaine viticole.`],
  ['linkedin', 'en', 'iban', `Invoice remittance details for our Irish entity, as requested by several customers: IE29 AIBK 9311 5212 3456 78 (AIB). Please quote the invoice number.`],
  ['linkedin', 'fr', 'iban', `Pour les paiements de nos clients espagnols, le compte de la filiale est ES91 2100 0418 4502 0005 1332. Le RIB en pièce jointe de vos factures est à jour.`],
  ['linkedin', 'en', 'iban', `Tallinn office rent is now paid from our Estonian account EE38 2200 2210 2014 5685, so the landlord asked us to confirm it publicly. Done!`],
  ['linkedin', 'en', '', `Your refund will reach the card ending in 4018 within five working days. No need to send us your full card number, ever.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Found in our support inbox, sharing with the team so we learn: a customer wrote "charge the rest to my Discover 6011 5402 3311 8768". We replied with the secure link.`],
  ['linkedin', 'fr', 'card', `Capture d'écran d'un échange client collée en texte : « ma carte JCB c'est 3589 0417 2265 3109, vous pouvez débiter ? ». Rappel : on ne prend jamais de paiement par chat.`],
  ['linkedin', 'en', 'card', `Stand-up notes, pasted:
- Piotr: refund for the Warsaw clinic pending
- Ola: corporate card for the fair is 2221 4007 3318 6598, expiry 04/29, ask me for the code
- me: travel booked`],
  ['linkedin', 'en', 'card', `Hotel booking confirmation forwarded to the events team and accidentally to my feed: guarantee card Maestro 6767 7012 3456 7890 129. Cancelling and reissuing it now, lesson learnt.`],
  ['linkedin', 'fr', 'card', `Un client nous écrit : « Ma carte UnionPay 6222 0210 0015 6723 347 a été refusée trois fois ». On a transmis au prestataire, mais évitez de publier vos numéros en commentaire !`],
  ['linkedin', 'en', '', `Card declined? The 16-digit code on your gift voucher (5132 8876 0042 1193) is not a card number, enter it in the voucher field instead.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Dossier de mutuelle collé depuis le portail RH (pardon pour le post…) :
Salarié : Marc Aubert
NIR : 1 92 03 75 116 042 31
Ayants droit : 2`],
  ['linkedin', 'fr', '', `Formation paie : un numéro de sécurité sociale a 15 chiffres, par exemple 1 78 04 33 063 114 52 dans nos supports. Attention, cet exemple a volontairement une clé fausse.`],
  ['linkedin', 'fr', 'national_id', `Bonjour, pour votre dossier de location, votre DNI 48291736Q a bien été enregistré, vous pouvez venir chercher les clés mardi.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Our Bilbao office welcomed a new engineer from Valencia, his NIE is Y3618207E — sorry, that's from the onboarding form I was filling in, wrong window!`],
  ['linkedin', 'fr', 'national_id', `Message de notre comptable belge, copié depuis Teams : « Pour la fiche de paie, le numéro de registre national de Lotte est 88.05.23-217.06, je l'ajoute au logiciel. »`],
  ['linkedin', 'en', 'national_id', `Visa paperwork for our new hire from São Paulo: CPF 381.906.452-42, passport renewed, arrival on the 20th. (Posting from my phone, meant for the HR group, sorry!)`],
  ['linkedin', 'en', '', `Spanish ID cards shown in training slides use the specimen number 99999999R. If you see it in a customer file, it's a test record, not a person.`],
  ['linkedin', 'en', '', `US customers: we only ever ask for the last four digits of your SSN (***-**-4821 style) to confirm your identity on the phone.`],
  ['linkedin', 'en', 'national_id', `Payroll fix for our Canadian contractor: his SIN is 546 127 895, not the one in the old spreadsheet. Updating Ceridian now.`],

  // ── Emails and phones look-alikes (various authors) ──
  ['x', 'en', '', `DM us @CobbleInsure or use the form on our website, we reply within a day. No emails needed.`],
  ['linkedin', 'fr', '', `Pour nous contacter, le plus simple reste le formulaire sur hydrosol.fr/contact. Nous répondons sous 48 heures ouvrées.`],
  ['linkedin', 'en', '', `Scores from our five-a-side league: Ops 3-1 Sales, Finance 2-2 Legal. Next match on 11/12 at 18:30.`],
  ['linkedin', 'fr', '', `Notre SIRET a changé suite au déménagement : 832 451 907 00018. Pensez à mettre à jour vos bons de commande.`],
  ['linkedin', 'en', '', `ISBN 978-2-07-036822-8 is the edition of "Le Petit Prince" we give every new hire. Small tradition, big impact.`],
  ['linkedin', 'en', 'phone', `Out of office until 3 January. For anything urgent on the Genoa quay, call Marco on +39 010 246 8813.`],
  ['linkedin', 'en', 'email phone', `Hi Dan, sorry for the delay on your claim. You can reach your handler directly at l.okafor@cobbleinsure.co.uk or on 07700 900 418.`, { surface: 'comment' }],

  // ── Internal URL look-alikes (various authors) ──
  ['linkedin', 'en', '', `Our new public website is live at www.acme.com, with a careers section at last. Tell us what you think!`],
  ['linkedin', 'en', '', `Quick networking tip: if your laptop resolves everything to 8.8.8.8 and nothing loads, check the captive portal first. Saved me at the airport.`],
  ['linkedin', 'en', '', `We open-sourced our berth simulator: github.com/lanterna-terminal/berthsim. Contributions welcome!`],
  ['linkedin', 'fr', 'internal_url', `Les comptes rendus du CSE sont désormais sur https://docs.corp.acme.com/cse/2026 — pensez à vous connecter avec votre compte habituel.`],
  ['linkedin', 'en', 'internal_url', `Logs for yesterday's checkout errors are in kibana.ops.internal (index nordsport-web-*). Please take a look before the retro.`],

  // ── Plain clean posts (various authors) ──
  ['linkedin', 'en', '', `Goodbye Rotterdam! After eight years at Maasvries I'm moving to Lisbon to start something new. Thank you for the frozen fingers and the warm colleagues.`],
  ['linkedin', 'fr', '', `Live de la conférence Vinitech : table ronde sur le chêne français et le changement climatique. Les forêts du Centre souffrent, et c'est toute la filière qui doit s'adapter.`],
  ['x', 'en', '', `Thread 1/3: what we learnt migrating 40 microservices to a new message bus. Spoiler: the hardest part wasn't the code.`],
  ['x', 'en', '', `Thread 2/3: we ran both buses in parallel for six weeks and compared every message. Boring, slow, and it caught 14 bugs.`],
  ['x', 'en', '', `Thread 3/3: cut over on a Tuesday morning, not a Friday night. Nobody got paged. Thanks for reading!`],
  ['linkedin', 'fr', '', `Astuce du jour pour les équipes support : reformulez toujours la question du client avant d'y répondre. La moitié des tickets se règlent à cette étape.`],
  ['linkedin', 'en', '', `Post-mortem summary for our customers: on 28 November, signature requests were delayed for 41 minutes because a certificate expired. We now renew certificates automatically 30 days ahead.`],
  ['linkedin', 'mixed', '', `Petit rappel pour la team sales : our public price list for 2026 is on the website, pas besoin de demander au finance pour un devis standard.`],
  ['linkedin', 'fr', '', `Ce soir, sortie astronomie avec le club de l'entreprise : Orion, les Pléiades et Jupiter au programme. Prévoyez des gants.`],
  ['linkedin', 'en', '', `Pricing tip for SaaS founders: if your CAC is $1,200 and your monthly ARPU is $100 at 80 % gross margin, payback is 15 months. Aim for under 12.`],
  ['linkedin', 'fr', '', `Schneider Electric a confirmé ce matin ses objectifs 2026, avec une croissance organique attendue entre 7 et 10 %. Bonne nouvelle pour toute la filière grenobloise.`],
  ['linkedin', 'en', '', `The Port of Rotterdam Authority published its 2027 investment plan today: about €1.1 billion for quays, shore power and hydrogen pipelines. Good news for everyone on the Maasvlakte.`],
  ['x', 'fr', '', `J'ai enfin remboursé mon prêt étudiant : 18 000 € en sept ans. Petite fête ce soir 🎉`],
  ['x', 'en', '', `Our Pro plan is €29 per user per month, exactly as listed on our pricing page. No hidden fees, no "contact sales".`],
  ['linkedin', 'mixed', '', `Merci à tous pour le live de la conf ce matin ! Slides available on our public blog, replay next week.`],
  ['linkedin', 'en', '', `Classified ads are back in our staff newsletter: sell your old bike or your sofa to a colleague. First edition on Friday.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu retro: we shipped the new routing engine two weeks late but with zero P1 bugs. I'll take that trade any day.`],
  ['linkedin', 'en', 'card', `Pasted from our finance Slack by mistake, sorry all: "Travel desk, please book the Lyon trip on the Diners card 3614 882057 3611, the Visa is maxed out."`],
]);
