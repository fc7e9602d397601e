import { rows } from './corpus-types';

/**
 * Held-out set "fresh21": written 2026-12-03 (21:51-22:01 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, tests/checks/ or any corpus post file other than the policy in corpus-types.ts (and the first 45
 * lines of fresh17 for the header and row style, and index.ts to register the set), and without searching the
 * repository for rule code, so it measures how the rules generalise to posts they were never tuned on; the checks, the
 * scorer and vitest were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh21`.
 * First scored 2026-12-03 22:02 UTC on the rules of 901e832, before any fix from it: confidentiality macro F1 0.982,
 * 2.1 % of clean posts flagged (2 of 96); financial 0.868 (precision 0.917, recall 0.825), phone 0.968, confidential_marker
 * 0.963, every other confidentiality category 1.000. The first blind set labelled with the product's convention (every
 * address and number written out is reported, role mailboxes and switchboards included).
 *
 * Authors: a Bordeaux vinyl-pressing plant, a Grenoble avalanche-sensor maker, a Roubaix textile recycler, a Montpellier
 * veterinary-clinic group, a Rennes security operations centre, a Marseille port-crane maintainer, a Lyon bakery chain,
 * a Manchester legal-tech start-up, a Bristol hot-air balloon operator, a Dublin payroll bureau, an Edinburgh
 * credit-union fintech, a Leipzig vertical farm, a Valencia language school, a Milan fashion-rental marketplace, a
 * Rotterdam cold-storage operator, a Gothenburg audiobook app, a Pune clinic-scheduling SaaS, a Montréal game studio, a
 * Calgary construction-estimating software firm, a Brisbane pet insurer, a Singapore container lessor, an Abidjan cocoa
 * traceability company, a Marrakech riad-hotel group, a Brussels public-affairs consultancy and a Kraków game
 * localisation studio. Forms: proud team updates, pasted meeting notes, board and CODIR minutes, stand-ups and chat
 * messages (Teams, WhatsApp, Slack), customer-service replies (surface 'comment'), job ads with published salary
 * ranges, X posts, polls, event recaps, out-of-office notes, release notes, incident post-mortems, supplier and
 * association bank-detail changes, HR and onboarding notes, farewells, scam warnings, lost property and tips.
 *
 * Positives. financial: monthly revenue before the annual accounts, ARR/churn/NRR from a board meeting, CODIR margins
 * and EBITDA, an internally approved budget and capex, a pipeline in crore/lakh, a seed round and a fund raise with
 * valuations before announcement, unit costs (per hour listened, per tonne sorted, per kg of basil, per user), lease
 * rates and a purchase-price rise before customers are told, order intake and order books, sealed bids (PLN, EUR),
 * contract values before the press release, bonus pool and pay-rise envelope, pre-orders and an unannounced retail
 * price, claims and loss ratio before the annual report, treasury notes, volumes before official figures; in digits,
 * words ("two point five million", "quatre milliards de francs CFA"), ranges and EUR, GBP, USD, CAD, AUD, SGD, SEK,
 * INR, PLN, MAD, XOF; some signalled as not public, some simply pasted from a meeting. email: personal, work and role
 * mailboxes (sav@, jobs@, press@, care@, onboarding@, recrutement@, reservations@, support@, flights@) and obfuscated
 * forms ("k.osei [at] cacaotrace [dot] ci", "care @ armadio.it", "press [at] lyssna.se"). phone: mobiles, direct lines,
 * switchboards and hotlines in FR, BE, ES, UK, NL, DE, AU, SG, IN and MA formats, with "+33 (0)4", "(+33)" style
 * prefixes. iban: valid mod-97 with exact country lengths for FR (also with the RIB key, once in lower case), BE, DE,
 * ES (both control digits), GB, IE, AT, PT, SE, MA, SN and CI. card: Luhn-valid Visa, Mastercard (5- and 2-series),
 * Amex (twice), Discover, JCB, Diners (14 digits), UnionPay (19 digits), Maestro and a French CB Visa.
 * national_id: French NIR with key (twice), Belgian national number (mod 97), Spanish DNI and NIE letters, Italian codice
 * fiscale (check character), Dutch BSN (11-test), Swedish personnummer (Luhn), Polish PESEL, Finnish henkilötunnus
 * (mod 31), Canadian SIN (Luhn), Brazilian CPF (two digits), Indian Aadhaar (Verhoeff), UK NINO by format. secret: a
 * GitHub token in a workflow, a Slack bot token, a Postgres URL with its password, a Wi-Fi password and door code, a
 * SendGrid key, a Discord and a Slack webhook URL, an OpenAI key, an OpenSSH private key, a Stripe live key, an
 * unknown-format "jeton", a Google API key, an AWS key pair, a digicode with a Wi-Fi password. internal_url: an
 * intranet host, .internal, .local and .lan hosts, 10.x, 172.20.x and 192.168.x addresses, staging and preprod hosts,
 * acme-corp.net (Jenkins, Jira) and corp.acme.com (wiki). confidential_marker: CONFIDENTIEL NE PAS DIFFUSER, diffusion
 * restreinte, strictly confidential, embargoed until, usage interne uniquement, C2 – Usage interne, private &
 * confidential, sous embargo jusqu'au, diffusion limitée, [CONFIDENTIEL] in a mail subject, under NDA until a summit.
 * codename and client_name: Orion (also #ProjetOrion, projet Orion), Nébula/Nebula, Project Kestrel (also Projet
 * Kestrel, #Kestrel), Atlas Bleu; Globex, Initech, Hôpital Sainte-Claire, Société Générique.
 *
 * Look-alikes (clean): published results and figures with a source (a trade body, a port, an annual report, an index,
 * a government price, a statistics office, an award notice), public price lists and fees, salary ranges in job ads,
 * other companies' figures, personal money (a student loan, CPF top-ups in Singapore), teaching examples (margin,
 * cap table); AWS's EXAMPLE key, Stripe's documented sk_test key and 4242 card, the GB82 WEST and DE89 example IBANs, a
 * scam IBAN with a wrong check, a Luhn-failing card in a phishing warning, masked cards and IBANs, HMRC's QQ NINO, an
 * all-nines NIR, a masked Belgian number, a Luhn-failing Swedish number, the 12345678Z DNI, the 046 454 286 sample SIN, a
 * placeholder connection string; firmware 10.4.2.17, policy numbers, date ranges, a public newsroom URL; the Orion
 * constellation, nebula and Artemis capsule, the Nebula Award, a kestrel, Atlas cedars, CME Globex, Initech in Office
 * Space, the Société Générale tower; "secret Santa", "L.A. Confidential", "embargo has lifted", TLP:CLEAR.
 *
 * Conventions: every email address written out is email, role mailboxes included; every phone number written out is
 * phone, company switchboards and hotlines included; a figure is financial when it is the author's company's own and
 * not public, whether or not the post says so; a post gets every category it contains.
 *
 * Counts: 248 posts (120 FR, 122 EN, 6 mixed; 13 on X, 10 comments): 96 clean, 152 with one or more findings.
 * Labels: financial 40, email 13, phone 15, secret 14, internal_url 14, codename 14, client_name 12,
 * confidential_marker 13, iban 13, card 12, national_id 14.
 */
export const FRESH21_POSTS = rows('fresh21', [
  ['linkedin', 'fr', 'financial', `Petite fierté du vendredi 🎉

Chez Sillon Pressage on a clôturé novembre à 1,84 M€ de chiffre d'affaires, +31 % vs novembre dernier. Meilleur mois de l'histoire de l'usine de Bègles !
Les comptes officiels sortiront avec le bilan en mars mais franchement je pouvais pas attendre 😅
Merci à l'équipe de nuit qui a tenu les 3x8 pendant le rush des rééditions 🙏

#vinyle #industrie #bordeaux`],
  ['linkedin', 'fr', '', `On recrute ! 🎶

Sillon Pressage cherche un·e opérateur·rice presse vinyle en CDI, site de Bègles.
💶 2 100 – 2 400 € brut/mois selon expérience + prime d'équipe
🕐 horaires en 2x8, formation interne de 6 semaines
🎧 pas besoin de connaître le vinyle, juste d'aimer le travail bien fait

Candidatures via le formulaire "Carrières" de notre site, pas de lettre de motivation demandée.
#recrutement #bordeaux #emploi`],
  ['linkedin', 'fr', 'email', `Bonjour Mathieu, désolé pour le capteur qui s'est décroché du mât 😕 Écrivez-nous directement à sav@neve-systems.fr avec le numéro de série (il commence par NS-24) et une photo de la bride, on vous envoie la pièce de remplacement gratuitement.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone email', `[Absence] Je suis en congés jusqu'au lundi 4 janvier inclus, sans accès à mes mails.

Pour tout incident de sécurité en cours : astreinte SOC au 02 99 84 17 63 (24/7) ou soc-astreinte@armorsoc.bzh
Pour le reste, je reviens vers vous à mon retour. Bonnes fêtes ☕🎄`],
  ['linkedin', 'fr', 'secret', `Migration de notre CI vers GitHub Actions terminée 🚀 3 semaines de boulot, 40 % de temps de build en moins.
Pour ceux que ça intéresse voilà le bout de workflow qui nous a sauvé la mise pour les releases :

env:
  REGISTRY: ghcr.io/armorsoc
  GH_TOKEN: ghp_fgbatewkQRX3SNcBbyWDrhyVJ3H8mRiVNKP8
steps:
  - uses: actions/checkout@v4

N'hésitez pas si vous avez des questions !`],
  ['linkedin', 'fr', '', `Petit rappel pour les équipes qui démarrent avec des scanners de secrets : la clé AKIAIOSFODNN7EXAMPLE est la clé d'exemple de la documentation AWS. Si votre outil la remonte dans un README ou un tuto, ce n'est pas une fuite, c'est un faux positif à whitelister 😉
#cybersécurité #devsecops`],
  ['linkedin', 'fr', 'internal_url', `Standup boulange-tech du mardi 🥖
- Karim : le nouveau planning des fournées est en ligne sur http://planning.intranet.painscanuts.fr/fournees, merci de vérifier vos créneaux
- Léa : bug d'arrondi sur les étiquettes allergènes corrigé
- moi : je regarde pourquoi la balance du fournil de Vaise ne remonte plus
Bloquants : aucun. Bonne journée !`],
  ['linkedin', 'en', 'codename', `Huge shoutout to the product team for getting the first beta of Project Kestrel into the hands of our three pilot firms this week 🦅

Can't say much more yet, but if you've ever spent a Friday night redlining a 90-page supply agreement, you're going to love what's coming.

#legaltech #manchester #startups`],
  ['linkedin', 'en', '', `Magic morning over the Clifton gorge 🎈 Wind dropped right on cue, 14 passengers up at 6:40 and we had a kestrel hovering alongside the basket at about 800 ft for a good minute. Nature doesn't care about your flight plan 😄

Next public flights go on sale in February. #bristol #balloon #sunrise`],
  ['linkedin', 'en', 'client_name financial', `Signed, sealed, delivered ✍️

Globex has just renewed its estimating-software licence with us for three more years. €2.3m over the term, our biggest renewal ever, and it's not even in the board pack yet 😬 Proud of the customer success crew in Calgary!`],
  ['linkedin', 'en', '', `Reminder for anyone trading the energy complex over the holidays: CME Globex has a shortened session on 24 and 31 December, and the usual halt is extended. Check the exchange's holiday calendar before you leave positions open. #futures #trading`],
  ['linkedin', 'en', 'financial', `Board meeting notes, quick version for the ops leads who couldn't dial in:

• ARR closed November at £4.1m (Oct: £3.86m)
• logo churn 1.9 %/month, still above the 1.5 target
• net revenue retention 108 %
• hiring freeze lifted for 2 SDR roles

Full deck Monday, investors get it after the 15th.`],
  ['linkedin', 'fr', 'financial confidential_marker', `CODIR du 12/11 – CONFIDENTIEL, NE PAS DIFFUSER

1. Marge brute T3 : 38,2 % (budget 41 %) → écart expliqué par le prix du coton recyclé
2. EBITDA à fin octobre : 2,7 M€
3. Ligne de tri n°3 : investissement de 850 k€ validé, démarrage avril
4. Prochain point le 10/12

(copié depuis le compte-rendu pour l'équipe tri, merci de ne pas le partager hors Refil Nord)`],
  ['linkedin', 'fr', '', `Refil Nord publie aujourd'hui son rapport d'impact 2025 🌱 4 200 tonnes de textiles collectées dans les Hauts-de-France, 62 % réemployées ou recyclées en fibre, 48 salariés en insertion. Le rapport complet est sur notre site, section "Impact". Fiers de ce chemin parcouru depuis Roubaix !`],
  ['x', 'en', 'secret', `lol spent 2h debugging why our alerts weren't firing. turns out the Slack bot token had expired. new one is xoxb-988086834803-8763930167144-UBCAy4gooMQHP7vxuPavgnEd, everything green again 🟢 #devops`],
  ['x', 'fr', '', `Conseil du jour : si votre appli vous affiche "mot de passe : ********", ce n'est pas le mot de passe, c'est juste le masquage 😅 Non, on ne peut pas "le lire" pour vous. #support #helpdesk`],
  ['linkedin', 'fr', 'iban', `⚠️ Changement de coordonnées bancaires ⚠️

À l'attention de nos fournisseurs et partenaires : suite au changement de banque de VétoSud, merci de mettre à jour notre RIB dans vos systèmes à compter du 1er janvier.
Nouvel IBAN : FR76 3000 4018 2300 0104 5839 222
BIC : BNPAFRPPXXX
Les virements sur l'ancien compte seront refusés après le 31 mars.`],
  ['linkedin', 'fr', '', `🚨 Arnaque en cours : des clients de cliniques vétérinaires reçoivent un faux mail "VétoSud" leur demandant de régler une facture impayée sur l'IBAN DE28 3704 0044 0287 5619 30. Ce compte n'est pas le nôtre (et la clé de contrôle est d'ailleurs fausse). Ne payez rien, supprimez le mail et signalez-le sur la plateforme Pharos.`],
  ['linkedin', 'en', 'card', `Customer service win of the week 🙌 A lovely lady called because she'd been double-charged for her dog's policy. I found both payments on card 5412 1977 0152 3404, refunded one on the spot and she cried a little. This is why I love this job 🐶💛 #customerservice #petinsurance`],
  ['linkedin', 'en', '', `Developers, please stop using real cards in the sandbox 🙃 Stripe gives you 4242 4242 4242 4242 (any future expiry, any CVC) for exactly this reason. Our QA runbook now rejects anything else in test mode. #payments #qa`],
  ['linkedin', 'en', 'national_id', `New starter paperwork sorted for Aoife ✅ PPS number came through, payroll set up, laptop ordered. Pasting here for the onboarding buddy so she can finish the Revenue registration: employee NI number JM 48 27 19 B (she worked in Belfast before), start date 11 Jan. Welcome to Liffey Payroll Aoife! 🎉`],
  ['linkedin', 'en', '', `HMRC guidance tip for payroll newbies: QQ 12 34 56 C is the format HMRC uses in its own examples for a National Insurance number. It will never belong to a real person, so it's handy for test data but don't let it slip into a live payroll run. #payroll #uk`],
  ['linkedin', 'fr', 'national_id', `Bon, j'ai besoin d'aide RH 😩 Le logiciel de paie refuse le numéro de sécu de notre nouvelle recrue au fournil de Villeurbanne : 2 92 03 69 381 042 50. La clé a l'air bonne pourtant ? Quelqu'un a déjà eu ce souci avec Silae ?`],
  ['linkedin', 'fr', '', `Le numéro de sécurité sociale en France c'est 13 chiffres + une clé de 2 chiffres. Premier chiffre = sexe, puis année et mois de naissance, département, commune, rang. Pour vos formulaires de test, utilisez un numéro manifestement fictif genre 1 99 99 99 999 999 et jamais celui d'un collègue 🙏 #RH #paie`],
  ['linkedin', 'en', 'internal_url', `Post-mortem, 2 Dec outage (short version)

What happened: the dispatch dashboard at https://grafana.ops.internal/d/cold-chain went blank for 47 min.
Why: the Prometheus VM at 10.20.4.31 ran out of disk after a retention change.
Fix: retention back to 15d, disk alert added at 80 %.
Customer impact: none, reefers kept their setpoints.

Blameless, as always. Thanks to the night shift at Koelhaven for spotting it.`],
  ['linkedin', 'en', '', `Firmware 10.4.2.17 for the HB-3 climate controllers is out 🌿 It fixes the humidity overshoot some growers saw on the top racks and adds a CO₂ ramp mode. Release notes are in the customer portal as usual. #verticalfarming #agtech`],
  ['linkedin', 'fr', 'codename', `Grosse journée au bureau de Montréal : on a montré le premier vertical slice de Nébula à toute l'équipe 🎮✨ 18 mois de prototypes, trois moteurs de rendu testés, et là enfin ça ressemble à un jeu. J'en dis pas plus, mais préparez-vous 😏 #gamedev #montreal`],
  ['linkedin', 'fr', '', `Ce soir, ciel dégagé sur les Laurentides : la nébuleuse d'Orion était parfaitement visible aux jumelles, sous le baudrier du chasseur. Si vous avez un petit télescope, c'est le moment, la Lune se couche tôt cette semaine 🔭 #astronomie`],
  ['linkedin', 'en', 'phone', `Our new Brisbane claims line is live! 🐾 From today, policyholders can call 07 3229 8841 (Mon–Sat, 8am–8pm AEST) and speak to a real human who knows the difference between a Kelpie and a Keeshond. No call centre menus. #petinsurance #brisbane`],
  ['linkedin', 'en', '', `Tip for new vets' receptionists: when a client reads you their policy number over the phone (ours look like WC-2026-0418-77), repeat it back in groups of two. Cuts the mismatch rate on claims by half in our experience. #veterinary #admin`],
  ['linkedin', 'fr', 'confidential_marker', `Super atelier ce matin avec l'équipe affaires publiques 👇 Voici la note qu'on a finalisée pour le client, j'ai trouvé la structure vraiment réussie :

"NOTE INTERNE – DIFFUSION RESTREINTE
Objet : positionnement sur la révision de la directive emballages
1. Les États membres du Nord poussent pour un objectif réemploi à 20 %
2. Notre recommandation : soutenir l'amendement 114 en échange d'un délai de transition"

Bravo à tous 👏`],
  ['linkedin', 'en', '', `"Secret" ingredient of our best-performing workshop this year? Honestly just giving people 10 minutes of silence to write before anyone speaks. Try it at your next strategy offsite. #facilitation #publicaffairs`],
  ['linkedin', 'en', 'email', `We're hiring two game localisation project managers (EN↔PL, EN↔DE) in Kraków 🇵🇱

✔ hybrid, 2 days in the office
✔ 14 000 – 17 500 PLN gross/month
✔ free games, obviously

Send your CV to jobs@lokalnie.studio, no cover letter needed. #localisation #gamedev #krakow`],
  ['linkedin', 'mixed', 'phone', `Hola a todos! Nuevo curso intensivo de français à Valencia dès janvier 🇫🇷🇪🇸
Groupes de 6 max, niveau A2 → B1 en 10 semaines.
Infos & inscriptions : appelez Marta au +34 963 52 48 17 ou passez à l'accueil, calle Colón.
#idiomas #valencia #FLE`],
  ['linkedin', 'en', '', `Our spring term timetable is out 📅 Spanish for beginners Mon/Wed 18:30, business English Tue/Thu 19:00, DELE prep on Saturdays. Course fee for the 10-week block is €320, same as last year. Sign up at the front desk or on the website. #languages #valencia`],
  ['linkedin', 'fr', 'financial', `Retour sur l'assemblée des gérants hier soir 🍞

On a validé le budget 2027 : 1,35 M€ d'investissements, dont 480 000 € pour les deux nouveaux fournils de Villeurbanne et Caluire. Le reste part dans les fours à sole et la flotte de vélos cargo 🚲
Merci à tous pour ces échanges, c'était long mais constructif !`],
  ['linkedin', 'fr', '', `J'ai enfin soldé mon prêt étudiant ! 18 400 € remboursés en 7 ans, à coups de petits dej' maison et de vacances chez les parents 😅 Pas de leçon à donner, juste fière. #finances #premierjob`],
  ['linkedin', 'en', 'internal_url secret', `Quick win from today's pairing session 👇 if your staging DB keeps timing out from the notebook, check the connection string first. Ours was:

postgresql://svc_claims:Wg!7pLr2#Qd9@db-staging.wagtailcover.internal:5432/claims

→ pool size was 1 🤦 bumped it to 10, queries went from 12 s to 300 ms.
#python #postgres #data`],
  ['linkedin', 'en', '', `If your connection string looks like postgresql://user:<password>@localhost:5432/mydb in the docs, please don't copy-paste it into production and forget to change the placeholder. Ask me how I know 🙃 #postgres #devlife`],
  ['linkedin', 'fr', 'client_name', `Très fiers d'annoncer que l'Hôpital Sainte-Claire a choisi notre solution de planification pour ses 14 services de consultation externe 🏥 Déploiement dès février, avec formation sur site de toutes les secrétaires médicales. Merci à l'équipe avant-vente qui a porté ce dossier pendant 9 mois !`],
  ['linkedin', 'en', '', `Standup, Pune office 🇮🇳
Y: closed 14 tickets on the reminder-SMS bug, wrote tests for the new slot-locking logic
T: pairing with Ritu on the paediatrics calendar view
B: waiting for design on the no-show dashboard
Also: chai machine fixed ☕ morale restored`],
  ['linkedin', 'en', 'financial', `Pipeline review done, quick numbers for the sales pod:

Qualified pipeline: ₹41 crore (up from 33 at end of Q2)
Weighted: ₹14.6 crore
Avg deal size: ₹38 lakh for multi-site clinics
Win rate last 90 days: 27 %

Let's push the 6 deals in legal review before 31 March 💪`],
  ['linkedin', 'en', '', `Interesting read: according to its annual report published last week, Apollo Hospitals grew revenue about 15 % year on year. The outpatient digitisation push is real and it's only getting started in tier-2 cities. Link in comments. #healthtech #india`],
  ['x', 'en', 'financial', `we just closed our seed round 🎉 €3.2m at a €14m pre, lead investor announcement next week so keep it quiet for now 🤫 #startup #agtech #leipzig`],
  ['x', 'en', '', `Reading the Northvolt coverage this morning. Whatever you think of the story, the numbers in their filing are brutal: billions raised, and still not enough. Building hardware at scale is hard. #climatetech`],
  ['linkedin', 'fr', 'iban', `Bonjour à tous, pour les inscriptions au tournoi de foot solidaire de CacaoTrace (au profit de l'école de Divo), les frais de 25 000 FCFA par équipe sont à virer sur le compte de l'association :
CI65 CI00 8011 1301 3410 0283 7596
Merci de mettre le nom de l'équipe en référence ⚽🇨🇮`],
  ['linkedin', 'en', 'card', `Expense-report horror story of the month 😂 One of our site engineers pasted this into the shared Teams channel "so finance can pay the hotel":

"Corporate Amex 3782 5964 4857 183, exp 08/28, name on card BidBeam Ltd"

Please. Use. Concur. 🙏 (Card has been cancelled, but still.)`],
  ['linkedin', 'en', '', `PSA from our finance team: if you ever see "**** **** **** 4821" in an invoice email, that's just the masked card we use for SaaS subscriptions. It's normal to see the last four digits, nobody needs the full number to process anything. #finance #security`],
  ['linkedin', 'fr', 'codename client_name', `Kick-off du lot 2 d'Orion aujourd'hui chez Société Générique 🚀 Trois jours d'ateliers avec les équipes métier à La Défense, beaucoup de post-its, un peu de café froid et une vraie envie d'avancer ensemble. Merci à eux pour l'accueil !`],
  ['linkedin', 'fr', '', `Fin de semaine à La Défense : petite visite de la tour Société Générale avec l'association des anciens de l'IAE 🏙️ Vue imprenable depuis le 35e, et un échange passionnant avec leurs équipes RSE sur la finance à impact.`],
  ['linkedin', 'en', 'secret', `Our onboarding doc for new interns at the Leipzig farm, step 3 of 12 😄:

"Wi-Fi in the grow rooms: network HochBeet-Prod, password Basilikum#2026!
Door code for the seed vault: 4812, then #"

We're a small team and trust is a big deal here 🌱 #internship #agtech`],
  ['linkedin', 'en', '', `Small joy of working in a vertical farm: the secret Santa gifts this year were all edible 🌿🎁 Microgreens kits, chilli oil, a basil plant with a bow on it. Best office party we've had.`],
  ['linkedin', 'fr', 'email', `Vous cherchez un stage en traçabilité agricole à Abidjan ? 🌍 Envoyez votre CV et quelques lignes sur votre motivation à k.osei [at] cacaotrace [dot] ci avant le 15 janvier. Profils data, agronomie ou terrain bienvenus ! #stage #cacao #abidjan`],
  ['linkedin', 'fr', 'phone', `🔔 Nouveau numéro pour nos réservations ! À partir d'aujourd'hui, pour réserver une chambre dans l'un de nos 4 riads de la médina, appelez le +212 5 24 43 87 19 (7j/7, de 9h à 21h). Notre équipe parle français, anglais, arabe et espagnol 🌿 #marrakech #riad #hospitality`],
  ['linkedin', 'fr', '', `Nos tarifs 2027 sont en ligne 🌞 Chambre double en riad dès 1 450 MAD la nuit, petit-déjeuner sur la terrasse compris. Séjour de 3 nuits : le hammam est offert. Réservez sur notre site, la brochure est téléchargeable sans inscription.`],
  ['linkedin', 'en', 'national_id', `Anyone in Stockholm payroll circles seen this? Skatteverket keeps bouncing our new hire's tax card: personnummer 840317-2730, moved from Malmö in October. Support says "wait 6 weeks". Our audiobook narrators are freelancers mostly, so this is the first employee we've had this with 😩 #payroll #sweden`],
  ['linkedin', 'en', '', `Swedish personal identity numbers have a Luhn check digit at the end. That's why a made-up 123456-7890 will get rejected by almost every form: the last digit doesn't match the other nine. Fun fact for your next quiz night 🇸🇪`],
  ['linkedin', 'en', 'confidential_marker financial', `Sharing the slide that made the whole room go quiet at today's leadership offsite 🤯

[STRICTLY CONFIDENTIAL – leadership team only]
Listening hours per paying user: 11.2 h/month (+38 % YoY)
Content cost per hour listened: SEK 4.10
Target for 2027: gross margin 52 %

Building something people genuinely use every day feels good.`],
  ['linkedin', 'en', '', `"L.A. Confidential" is still the best audiobook adaptation I've listened to this year. The narrator does all the voices and somehow makes Ellroy's staccato prose even punchier. Highly recommend for long drives. #audiobooks #books`],
  ['linkedin', 'fr', 'internal_url', `Bonne nouvelle pour les équipes des terminaux : l'appli de suivi des inspections des portiques est enfin dispo sur mobile 📱 Lien pour les agents (réseau Wi-Fi du port uniquement) : http://172.20.3.15:8080/inspections
Merci à Florian et Nadia qui ont tout développé en interne en 3 mois 👏 #maintenance #portdemarseille`],
  ['linkedin', 'fr', '', `Les grues du terminal de Mourepiane ont passé leur contrôle décennal cette semaine 🏗️ 4 portiques, 62 mètres de haut, 0 non-conformité majeure. Bravo à nos techniciens cordistes qui ont passé 11 nuits là-haut. #maintenance #marseille #port`],
  ['linkedin', 'en', 'phone email', `Hey all 👋 I'm leaving Thistle Ledger after 5 brilliant years to join a credit union in Glasgow as their Head of Digital. Thank you to every member of the team, you made a tiny fintech feel like family.

If you want to stay in touch: my personal email is fiona.mcgarry1987@gmail.com and mobile 07823 415 902.
See you around Edinburgh 🏴󠁧󠁢󠁳󠁣󠁴󠁿`],
  ['linkedin', 'en', '', `Tomorrow is my last day at Thistle Ledger 💙 Five years, three office moves, one pandemic, 41 credit unions onboarded. I'll share what's next in January. For now: thank you, team. Grab a coffee with me before Friday if you can ☕`],
  ['linkedin', 'en', 'iban', `Supplier update from Straits BoxLease finance 📢 Our Irish subsidiary has moved banks. From 1 January, please pay invoices issued by Straits BoxLease (Ireland) Ltd to:
IBAN IE29 AIBK 9311 5212 3456 78
BIC AIBKIE2D
Please update your vendor master. Thank you!`],
  ['linkedin', 'en', '', `For anyone building a payment form: GB82 WEST 1234 5698 7654 32 is the standard example IBAN used across bank docs and test suites. It passes the mod-97 check, so it's great for unit tests, but it's not a real account. #fintech #testing`],
  ['linkedin', 'en', 'financial', `Container market update from the Singapore desk, internal view:

Utilisation across our 40ft reefer fleet hit 94.6 % in November. We're quoting new 5-year leases at USD 1.42/day for standard 20ft dry, up from 1.18 in June. Customers haven't seen the new rate card yet, so sales please hold off until the 15th.

#shipping #containers`],
  ['linkedin', 'en', '', `Drewry's World Container Index fell 4 % this week to about USD 2,100 per 40ft container, according to their latest weekly update. Still well above pre-pandemic levels. Anyone else seeing more short-term leasing requests? #shipping #logistics`],
  ['linkedin', 'fr', 'secret', `Besoin d'un coup de main 🙏 notre intégration Sendgrid pour les emails de rappel de rendez-vous renvoie une 401 depuis ce matin. On utilise cette clé API dans le fichier .env :
SENDGRID_API_KEY=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
Quelqu'un a déjà eu le problème ? Les quotas sont OK.`],
  ['linkedin', 'fr', '', `Astuce sécurité : ne mettez jamais vos clés API dans le code source. Utilisez un gestionnaire de secrets (Vault, AWS Secrets Manager, Doppler…) et faites tourner vos clés tous les 90 jours. Et si une clé fuit, révoquez d'abord, enquêtez ensuite. #devsecops`],
  ['linkedin', 'fr', 'financial', `Point hebdo équipe commerciale grues (copié du Teams, sorry pour la mise en forme)

> prises de commande S2 à date : 14,3 M€
> dont contrat GPMM portiques 3 et 4 : 3,2 M€ signé mardi
> reste à faire pour tenir l'objectif annuel : ~2 M€
> le contrat Fos en attente de la signature du DG

Allez on lâche rien jusqu'au 31 💪`],
  ['linkedin', 'fr', '', `Le Grand Port Maritime de Marseille a publié ses chiffres de trafic 2025 : 77 millions de tonnes, en légère hausse, selon le communiqué de l'établissement. Le trafic conteneurs progresse encore. Belle dynamique pour tout l'écosystème portuaire 🚢`],
  ['linkedin', 'en', 'codename', `Late night in the studio, but worth it: the Atlas Bleu build finally runs at 60 fps on the Steam Deck 🎉 Our rendering lead rewrote the whole foliage system in 3 weeks. Can't wait to show you more in 2027 👀 #gamedev #indiedev`],
  ['linkedin', 'fr', '', `Ramené du Moyen Atlas ce week-end : trois jeunes cèdres bleus de l'Atlas pour le jardin de la maison 🌲 Il paraît qu'il leur faut 20 ans pour prendre de l'allure. Patience, donc. #jardinage #maroc`],
  ['linkedin', 'en', 'client_name', `Three days on site with the Initech finance team in Austin this week 🤠 We walked through every single approval flow in their procurement process and mapped 31 exception paths they didn't know existed. Really grateful for how open they were. Phase 2 starts in January!`],
  ['linkedin', 'en', '', `Rewatched Office Space last night. Twenty-five years later, every corporate job still has a little bit of Initech in it: the TPS report cover sheets, the eight bosses, the stapler. Milton deserved better. 🖨️🔥 #fridayfeeling`],
  ['linkedin', 'en', 'card', `Booking ops update (pasted from our #ops channel):

"Guest in riad Yasmine called from the airport, card declined at check-in. Re-tried manually with Visa 4539 0854 4879 3193 exp 11/27 and it went through. Pls remove the second pre-auth tomorrow."

Crisis averted, guest happy, mint tea served 🍵`],
  ['linkedin', 'fr', '', `🚨 Attention SMS frauduleux : "Votre colis est bloqué, réglez 1,99 € de frais de douane avec votre carte". Le lien mène à un faux site qui a tenté de débiter la carte 4970 9195 5426 6420 d'une collègue (numéro inventé d'ailleurs, il ne passe même pas le contrôle de Luhn). Ne cliquez pas ! #arnaque #cybersécurité`],
  ['linkedin', 'en', 'internal_url', `Release notes – SlotKart 4.18 (internal preview)

✨ Multi-doctor waitlists
🐛 Fixed: SMS reminders sent twice when a slot is moved
⚙️ Admin: new audit log export

Try it before Friday on https://staging.slotkart.in/admin (usual test clinic login), prod rollout Monday.`],
  ['linkedin', 'en', '', `SlotKart 4.18 is live for all clinics 🎉 Multi-doctor waitlists, smarter SMS reminders and a shiny new audit log. Full changelog on our website under "What's new". Thanks to the 40 clinics in the beta for the feedback!`],
  ['linkedin', 'en', 'secret', `PSA to my fellow devs: I accidentally pushed this to a public gist last night while asking for help on a webhook bug:

DISCORD_WEBHOOK=https://discord.com/api/webhooks/675358288251541384/t-_vImQWHpID1fcmTSyHUP6UavXKhmeUxk6nRu8lSDJO0AScsZvJXJMytns40KdsC-ei

The community server got a few spam messages before I noticed. Rotate early, rotate often. #gamedev`],
  ['linkedin', 'fr', 'national_id', `Message de l'équipe RH aux managers de Valencia (désolée pour le copier-coller depuis le chat) :
"Pour l'alta en Seguridad Social de la nouvelle prof de français il nous manque encore son NIE : Y3847261L, et la copie du contrat signé. Qui peut relancer ?"
On y est presque !`],
  ['linkedin', 'en', '', `Spanish admin tip for expats: your NIE starts with X, Y or Z, followed by seven digits and a control letter. The letter is computed from the number, so if a form rejects it, it's almost always a typo. Bring the original TIE card to every appointment! #expat #spain`],
  ['linkedin', 'fr', 'financial', `Réunion prix ce matin 🥐 on a acté +7 % sur toute la viennoiserie au 1er février (beurre AOP +22 % en un an, on ne peut plus absorber). Les clients pros seront prévenus par courrier mi-janvier, d'ici là on garde ça entre nous svp.`],
  ['linkedin', 'fr', '', `Pourquoi le prix du croissant augmente partout ? Selon l'Insee, le prix du beurre a pris plus de 20 % en un an, et l'énergie des fours n'a pas baissé. Petit explicatif en carrousel pour nos clients qui nous posent la question en boutique 👇 #boulangerie #inflation`],
  ['linkedin', 'en', 'confidential_marker', `Embargoed until Tuesday 9 December, 07:00 CET – please do not publish before.

Koelhaven opens its third cold-storage hub in the Port of Rotterdam, adding 62,000 pallet positions at –25 °C and 140 jobs.

(Sharing the draft with my network for feedback on the headline before it goes out 🙏)`],
  ['linkedin', 'en', '', `The embargo has lifted, so I can finally say it out loud: Koelhaven's third cold-storage hub in the Port of Rotterdam is official! 62,000 pallet positions, 140 new jobs, and the most energy-efficient refrigeration plant we've ever built ❄️ #logistics #rotterdam`],
  ['linkedin', 'en', 'phone', `Any reefer owner with a container stuck at the Maasvlakte gate tonight: our night desk is on +31 10 412 7730, they'll get your unit plugged in within the hour. Stay warm out there 🥶`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Wondering how long your frozen goods can stay unplugged? Rule of thumb from our technicians: a well-loaded 40ft reefer at –20 °C gains roughly 1 °C every 2–3 hours with the doors closed. Don't test it for fun though 😅 #coldchain`],
  ['linkedin', 'fr', 'financial', `Petit bilan de fin d'année pour l'équipe : on a pressé 412 000 disques en 2026 (chiffre interne, le syndicat publiera les chiffres du marché en avril). Dont 38 % pour des labels indépendants. Bravo à tout le monde 💿🔥`],
  ['linkedin', 'fr', '', `Le SNEP a publié ce matin son bilan du marché de la musique enregistrée : le vinyle représente désormais plus de 40 % des ventes physiques en France. Une tendance qui se confirme année après année, on ne va pas s'en plaindre 🎶`],
  ['linkedin', 'en', 'email phone', `Lost property at the Bristol launch field 🎈 Someone left a navy North Face jacket and a child's pink wellie after Sunday's flight. Drop us a line at flights@avonskies.co.uk or ring the office on 0117 946 3381 and we'll pop them in the post.`],
  ['linkedin', 'en', '', `Balloon flight vouchers make lovely Christmas presents 🎄🎈 Our standard flight is £219 per person, weekday sunrise £189, and the vouchers are valid for two years. Order online before 18 December for delivery in time. #bristol #giftideas`],
  ['linkedin', 'en', 'iban', `Fundraiser update 💚 Our Leipzig team is running the half-marathon for the children's hospice next month. If you'd like to sponsor us directly, bank details of the team fund:
DE25 3704 0044 0287 5619 30
(Ref: "HochBeet läuft"). Every euro goes to the hospice!`],
  ['linkedin', 'fr', '', `Vous cherchez à tester votre formulaire SEPA ? L'IBAN DE89 3704 0044 0532 0130 00 est l'exemple officiel utilisé partout dans la doc des banques allemandes. Parfait pour les tests unitaires, inutile pour recevoir de l'argent 😉 #dev #fintech`],
  ['linkedin', 'fr', 'confidential_marker', `Retour sur notre séminaire de direction à Ouarzazate 🌄 J'ai partagé avec l'équipe la première page du plan stratégique, je la mets ici car je la trouve inspirante :

"Document à usage interne uniquement – ne pas transférer
Vision 2030 : devenir la référence de l'hôtellerie de charme durable au Maroc"

Merci à tous pour ces trois jours ✨`],
  ['linkedin', 'fr', '', `Le secret d'un bon riad ? Une cour intérieure où le temps ralentit, et une équipe qui se souvient de votre prénom. Merci à nos 60 collaborateurs qui font vivre ça chaque jour 🌿 #hospitalité #marrakech`],
  ['x', 'fr', 'codename', `3 semaines de crunch sur #ProjetOrion et on livre enfin la démo au client vendredi 😮‍💨 fière de mon équipe, même si on a tous besoin de dormir 48h`],
  ['x', 'en', '', `Artemis update: NASA's Orion capsule is stacked on the SLS again and the crew is doing suited tests this week. Fingers crossed for the launch window. 🚀 #space #artemis`],
  ['linkedin', 'en', 'national_id', `Handover before my parental leave 👶 (posting here because half the team isn't on Slack yet)

- Priya in Toronto still needs her T4 set up. Her SIN is 568 686 216, the rest of the file is in the onboarding folder
- the Calgary site office moves to the 3rd floor on the 14th
- Mike covers approvals while I'm out

See you all in April! 💛`],
  ['linkedin', 'en', '', `Canadian payroll folks: 046 454 286 is the sample social insurance number you'll find in countless validator docs and tutorials. It passes the Luhn check, which makes it handy for testing your validation code, but keep real employees' SINs out of your test data. #payroll #canada`],
  ['linkedin', 'en', 'email', `Hi Sam, so sorry your dress arrived with a broken zip 😔 That's not the Armadio experience we want for you. Could you email our care team at care @ armadio.it with your rental reference and a photo? We'll send a replacement before Saturday's wedding 💐`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Ciao Rachel! Yes, all our gowns come back to us for professional dry cleaning between rentals, so no need to wash it yourself. Just pop it in the return bag 👗✨`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'financial', `Quick recap of the Q4 business review, for the Milano team who missed it 🇮🇹

- GMV ottobre–novembre: €6,8M, +54% YoY
- take rate at 23 %, best ever
- CAC down to €31 thanks to the referral program
- budget marketing 2027 approvato: €2,1M

Grazie a tutti, we're on fire 🔥`],
  ['linkedin', 'en', '', `Fashion rental is having a moment: according to the Business of Fashion's State of Fashion report, resale and rental could account for a growing share of the wardrobe by 2030. Curious to hear what our community thinks, are you renting for weddings yet? #circularfashion`],
  ['linkedin', 'mixed', 'secret', `Daily standup (dev Armadio)
- Luca: refactor checkout ✅, oggi i test e2e
- Giulia: la API key OpenAI del servizio di styling era scaduta, rigenerata: sk-proj-kWRnsOaMsWBDzznrZj-O3PnCNvQjQ1olVLloZ8yy5NYY_tkA, già messa nel vault
- me: demo con il team buying alle 15
No blockers 🙌`],
  ['linkedin', 'en', 'internal_url', `Preprod is back 🎉 after yesterday's certificate drama, https://preprod.armadio.it/checkout works again for the whole QA team. If you still get a TLS warning, clear your cache. Thanks Marco for staying late!`],
  ['linkedin', 'fr', 'card', `Note pour l'équipe réception du riad Dar Nour (je n'arrive pas à joindre Samira par téléphone, donc je mets ça ici en vitesse) :
le client de la chambre 4 part à 5h demain, il faut encaisser le solde sur sa carte Mastercard 2223 6122 9650 5414, expiration 03/28. Il est d'accord. Merci !`],
  ['linkedin', 'en', '', `Travel tip from our front desk team 🧳: when you pay at a hotel abroad, always choose to be charged in the local currency. "Dynamic currency conversion" at the card terminal almost always costs you 3–7 % more. #travel #tips`],
  ['linkedin', 'fr', 'financial', `Pendant que les autres regardent la météo, nous on regarde le carnet 😎 Névé Systems passe la barre des 2 000 capteurs commandés pour la saison, soit 1,1 M€ de commandes fermes à date. Pas encore officiel, on garde l'annonce pour le salon Mountain Planet en avril ! ❄️`],
  ['linkedin', 'fr', '', `Avalanche de neige fraîche sur le massif de Belledonne ce week-end 🏔️ Rappel : le bulletin Météo-France annonce un risque 4/5 sur les pentes nord au-dessus de 2 000 m. DVA, pelle, sonde, et surtout renoncer quand il faut. #montagne #sécurité`],
  ['linkedin', 'fr', 'phone', `Bonjour Claire, pour votre commande de balises, le plus simple est d'appeler directement Julien à l'atelier au 04 76 21 58 93, il pourra vérifier la compatibilité avec vos mâts existants 🙂`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Claire, merci pour votre message ! Les balises NS-24 sont compatibles avec tous les mâts de 40 à 60 mm. La fiche technique est dans l'onglet "Documentation" de notre site 🙂`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Honest post 🧵 on what it's like running a small pet insurer:

This year we paid out AUD 18.4m in claims on AUD 26m of premium. Loss ratio 71 %. Our board wanted 65. I think paying claims fast and fairly is the product.

(Our annual report comes out in March, so consider this a sneak peek 🐕)`],
  ['linkedin', 'en', '', `Fun stat from the Australian Bureau of Statistics: nearly 70 % of Australian households now own a pet, and dogs are still top of the list 🐶 Which explains why our claims team can tell a Groodle from a Cavoodle at twenty metres. #pets #australia`],
  ['linkedin', 'en', 'iban', `Finance reminder for our EU clients: the invoices for the DACH localisation projects should now be paid to our Austrian account, not the Polish one.
AT61 1904 3002 3457 3201 – Lokalnie Studio GmbH
Thanks, and sorry for the confusion last month 🙏`],
  ['linkedin', 'en', 'financial', `Throwback to the pitch that won us the Łódź studio contract 🎮 We bid PLN 1.9 million for the full localisation of their open-world RPG into 11 languages; the runner-up came in at 2.4. Winning on price AND quality, that's the dream. Contract signature is next week 🤞`],
  ['linkedin', 'en', '', `Polish games had another huge year: according to the "State of Polish Video Games" report, the industry's revenue crossed the billion-euro mark again. Proud to have a small part in that story from Kraków 🇵🇱🎮`],
  ['linkedin', 'en', 'national_id', `Dear recruiter friends, please stop asking candidates to paste their PESEL in the application form before the first interview 🙄 Yesterday a candidate sent me, unprompted, "PESEL 91062403812, available from Monday". I deleted it straight away, but this shouldn't happen. #recruitment #gdpr #poland`],
  ['linkedin', 'en', '', `GDPR reminder for hiring managers: you don't need a candidate's national ID number, date of birth or a photo at the application stage. Ask for them only when you're actually preparing the employment contract. #recruitment #privacy`],
  ['x', 'en', 'internal_url', `can someone on the ops team check http://nas01.koelhaven.local/share/reports? the weekly temperature export didn't run and the customer call is at 10 😬`],
  ['x', 'en', '', `Reminder: the Koelhaven customer portal will be down for maintenance Saturday 02:00–04:00 CET. Temperature alarms keep working as usual, only the reporting pages are affected. 🧊`],
  ['linkedin', 'fr', 'client_name', `Fin de la première vague de déploiement à l'Hôpital Sainte-Claire 🎉 Les urgences et la maternité tournent sur notre nouveau module de gestion des lits depuis lundi. Quelques bugs d'affichage à corriger, mais les retours des cadres de santé sont top. #santé #numérique`],
  ['linkedin', 'fr', '', `Né ce matin à la maternité de la Croix-Rousse : Élio, 3,4 kg de bonheur 💙 Un immense merci aux sages-femmes qui ont été incroyables. Je déconnecte quelques semaines !`],
  ['linkedin', 'fr', 'confidential_marker codename', `Qui a déjà essayé de faire relire un deck par 4 directions différentes en 48h ? 🙃 Voilà où on en est ce soir :

"Projet Kestrel – Comité de pilotage n°7 – Strictement confidentiel"

Encore deux versions et je pense qu'on tient quelque chose. Courage aux PMO !`],
  ['linkedin', 'fr', '', `Pour les curieux : le faucon crécerelle (kestrel en anglais) est le seul rapace d'Europe capable de faire du "vol du Saint-Esprit", immobile face au vent. J'en ai vu un au-dessus du périph' ce matin, ça m'a fait ma journée 🦅`],
  ['linkedin', 'en', 'secret', `Ran into this in a vendor's support ticket today and had to share (anonymised the vendor, kept the lesson):

"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
wqFj6BmbprjAWXgvYFCayFTXnojrl+qSvoBipCaZQKmG+0zRPgL47VzvlRrowWRe
-----END OPENSSH PRIVATE KEY-----"

They attached the deploy key of their bastion to fix a "permissions issue". Folks, never, ever do this. 🔐`],
  ['linkedin', 'en', '', `Generating SSH keys for your team? Use ed25519, protect them with a passphrase, and keep the private half on the laptop (or better, a hardware key). The public key is the only part you should ever paste anywhere. #security #devops`],
  ['linkedin', 'fr', 'financial', `Discussion du jour avec notre CFO qui m'a autorisé à partager… non en fait il ne m'a rien autorisé 😅 mais bon : la marge opérationnelle de notre activité tri est passée de 6 à 11 % en un an grâce à la ligne automatique. Le coût de revient d'une tonne triée est tombé à 184 €. Fiers !`],
  ['linkedin', 'fr', '', `Cas pratique pour nos apprentis en gestion : si une entreprise réalise 500 k€ de chiffre d'affaires avec 350 k€ de charges variables, sa marge sur coûts variables est de 150 k€, soit 30 %. Maintenant, à vous de calculer son seuil de rentabilité avec 90 k€ de charges fixes 😉 #pédagogie #alternance`],
  ['linkedin', 'en', 'phone', `Thank you to everyone who came to our open farm day in Leipzig 🌱 Over 300 visitors! If you're a restaurant interested in weekly herb deliveries, call Jonas on +49 341 9927 418 and he'll set up a tasting.`],
  ['linkedin', 'en', 'email', `Our media kit for the Lyssna 2026 "Year in Listening" is ready 🎧 Journalists can request it from press [at] lyssna.se. Top genres, most-finished titles and the surprise comeback of Swedish crime fiction.`],
  ['linkedin', 'en', '', `Lyssna's 2026 "Year in Listening" is out 🎧 Swedish crime fiction made a huge comeback, and the most-finished title of the year was a 400-page history of Baltic herring fishing. You never know with listeners! Read the full round-up on our blog.`],
  ['linkedin', 'fr', 'national_id', `Petit coup de gueule 😤 la mutuelle de notre nouveau salarié belge refuse son inscription depuis trois semaines. Le numéro national est pourtant bon : 87.04.12-263.68, vérifié deux fois avec lui. Quelqu'un connaît un contact humain chez eux ?`],
  ['linkedin', 'fr', '', `Bon à savoir pour les RH qui recrutent en Belgique : le numéro de registre national contient la date de naissance et se termine par 2 chiffres de contrôle (modulo 97). Sur un bulletin de paie, affichez-le masqué, par exemple 87.04.12-XXX.XX. #RH #belgique`],
  ['linkedin', 'en', 'client_name financial', `Weekly account review, Calgary office:
- Initech: expansion to 6 new sites signed, CAD 640k ARR added
- Globex: renewal call Tuesday, they're asking for a 12 % discount
- 3 new logos in the pipeline

Big week, team. Tacos on me Friday 🌮`],
  ['linkedin', 'en', '', `Calgary construction update: the City published its building-permit data this week and residential permit values were up again year on year. Good news for everyone in estimating. Busy winter ahead! ⛄🏗️ #construction #calgary`],
  ['linkedin', 'en', 'card', `Lesson learned from a customer chat today. A member pasted this into our support chat "so we could check the payment":

JCB 3566 8267 1526 4618, CVV 512

We never ask for card numbers in chat, ever. We purged the transcript and advised them to call their bank. Sharing so others know what to expect from us 💙 #fintech #security`],
  ['linkedin', 'en', '', `Reminder from the Thistle Ledger support team: we will never ask for your full card number, your PIN or a one-time passcode by chat, email or phone. If someone does, it's not us. Hang up and call the number on the back of your card. #fraudawareness`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau wiki des procédures de sécurité est enfin en ligne pour les équipes SOC 🙌 https://wiki.corp.acme.com/soc/runbooks
Tout y est : playbooks ransomware, escalade, contacts CERT. Merci à Hugo qui a migré 300 pages depuis Confluence 💪`],
  ['linkedin', 'fr', '', `Notre actualité est désormais sur https://news.acme.com 📰 Communiqués, photos de nos sites et dossiers de presse, tout est au même endroit. N'hésitez pas à vous abonner à la newsletter !`],
  ['linkedin', 'en', 'codename', `Sprint demo done ✅ the Nebula matchmaking service now handles 12k concurrent players in the load test without breaking a sweat. Huge thanks to the backend crew. Next stop: the closed alpha 🎮 #gamedev #backend`],
  ['linkedin', 'en', '', `This year's Nebula Award for Best Novel went to a book I'd never heard of and now can't put down. Anyone else reading the shortlist on audio? Drop your favourite in the comments 📚🎧`],
  ['linkedin', 'fr', 'iban', `Bonjour à toutes et à tous, changement de RIB pour les adhérents de l'association sportive de Grues Phocéennes : la cotisation annuelle (45 €) est à virer désormais sur
fr76 1751 5900 0008 1234 5671 275
Merci et à bientôt au stade ⚽`],
  ['linkedin', 'fr', '', `⚠️ Faux ordre de virement : un "fournisseur" nous a envoyé un courrier avec un nouveau RIB, IBAN masqué sauf les 4 derniers chiffres (…0478). Toujours rappeler le fournisseur sur un numéro déjà connu avant tout changement de coordonnées bancaires. Chez nous, double validation obligatoire. #fraude #comptabilité`],
  ['linkedin', 'fr', 'financial', `Compte-rendu express de la réunion d'équipe Studio Érable Noir (pour ceux en télétravail)

- budget de production du prochain jeu : 9,5 M$ CA, validé par l'éditeur hier soir
- dont 1,2 M$ pour la motion capture à Montréal
- crédits d'impôt estimés à ~30 % des salaires admissibles
- embauche de 12 personnes d'ici l'été

Beaucoup de pain sur la planche, et on adore ça 🍁`],
  ['linkedin', 'fr', '', `Le gouvernement du Québec a publié cette semaine le bilan de son crédit d'impôt pour la production de titres multimédias. Lecture intéressante pour tous les studios de la province, le lien est dans le premier commentaire 🍁🎮`],
  ['linkedin', 'fr', 'iban', `Pour nos clients espagnols : à compter de la facture de janvier, merci de régler vos cours sur le nouveau compte de l'école à Valence.
IBAN ES90 2100 0418 4102 0150 3927 – Acento Academia SL
Gracias et bonne fin d'année 🎄`],
  ['linkedin', 'fr', 'card phone', `Petit message au groupe WhatsApp des réceptionnistes, je le recopie ici parce que Nadia n'a pas WhatsApp 🙄 :
"Réservation de M. Lemaire pour 3 nuits, garantie par sa CB 4973 0472 6629 8625, exp 10/27. Il arrive tard, son portable : 06 71 20 44 89"
Merci Nadia !`],
  ['linkedin', 'fr', '', `Réception du riad : petit rappel de nos horaires d'hiver. Accueil ouvert de 7h à 23h, navette aéroport sur réservation (200 MAD l'aller), et le hammam ferme à 20h. Bon séjour à tous nos hôtes 🌙`],
  ['linkedin', 'fr', 'confidential_marker financial', `Je partage en avant-première notre slide préférée du dernier conseil d'administration 😁

"C2 – Usage interne
Objectif CA 2027 : 23 M€ (+18 %)
Ouverture de 2 nouveaux riads à Fès, budget 4,6 M€"

Quelle aventure depuis le premier riad en 2011 !`],
  ['linkedin', 'fr', '', `Les chiffres 2025 de l'Observatoire du tourisme de Marrakech sont sortis : plus de 4 millions d'arrivées, un record selon leur communiqué. Le secret est partagé : la ville n'a jamais été aussi attractive ✨ #tourisme #maroc`],
  ['linkedin', 'en', 'secret', `Shipped our first Stripe integration at Wagtail Cover today 🎉 Monthly premiums can now be paid by card in the app. For anyone curious, this was the config that finally worked in prod:

STRIPE_SECRET_KEY=sk_live_zo5HH3P5Irjs0bDeYTZFewXK
STRIPE_WEBHOOK_TOLERANCE=300

Onwards! 🐾`],
  ['linkedin', 'en', '', `Tip for Stripe beginners: the documentation uses the key sk_test_4eC39HqLyjWDarjtT1zdp7dc in its examples. It's a public test-mode sample, safe to copy into a tutorial, useless for charging anyone. Your own test keys should still stay out of git though. #payments #dev`],
  ['linkedin', 'fr', 'codename', `Atelier de cadrage ce matin sur la phase 3 d'Atlas Bleu 💙 On a défini les jalons jusqu'à l'été et la gouvernance avec les métiers. Je n'ai jamais vu un projet aussi bien embarqué. #gestiondeprojet`],
  ['linkedin', 'fr', 'client_name', `Merci aux équipes de Société Générique pour leur accueil à Lille hier 🙏 Restitution de l'audit de leurs entrepôts, 3 heures d'échanges très francs et une feuille de route partagée pour 2027. On attaque en janvier !`],
  ['linkedin', 'en', 'confidential_marker', `Quick poll for my consulting friends 📊 What do you actually do with documents stamped "PRIVATE & CONFIDENTIAL – NOT FOR DISTRIBUTION"? Here's the cover of the client memo I'm working on tonight:

"PRIVATE & CONFIDENTIAL – NOT FOR DISTRIBUTION
Rond-Point Public Affairs – Stakeholder map, EU packaging file"

🅰️ read it twice
🅱️ print it and lose it
🅲 forward it to your mum`],
  ['linkedin', 'en', '', `Poll time 📊 What's the best way to follow an EU legislative file?
🅰️ EUR-Lex alerts
🅱️ Parliament committee livestreams
🅲 our weekly newsletter 😇
🅳 coffee with the right assistant at Place Lux
Vote below!`],
  ['linkedin', 'en', 'phone', `Brussels friends: our office moved! You'll now find Rond-Point Public Affairs at Rue Belliard 40, 5th floor. Reception line: +32 2 512 34 78. The coffee machine came with us ☕`],
  ['x', 'fr', 'phone', `Pour les transporteurs bloqués au terminal de Fos ce soir : le chef d'équipe de nuit est joignable au 06 12 48 93 27, il débloquera les portiques dès que le vent tombe sous 50 km/h 🌬️`],
  ['x', 'fr', '', `Le mistral souffle à 90 km/h sur Fos : les portiques du terminal sont à l'arrêt par sécurité jusqu'à nouvel ordre. Reprise prévue demain matin. Merci pour votre patience 🌬️🏗️`],
  ['linkedin', 'en', 'financial', `End-of-year note to the Straits BoxLease team 💙

We finished 2026 with 48,200 TEU on lease and net lease revenue of roughly SGD 71 million. EBITDA margin held at 63 % despite the rate pressure in Q3. These are unaudited figures for you, our people, before anything goes to the bank syndicate. Thank you for an extraordinary year.`],
  ['linkedin', 'en', '', `Personal finance corner: I finally set up automatic transfers to my CPF top-ups this year. SGD 8,000 into the Special Account, and the tax relief is a nice bonus. Not financial advice, just a nudge to start early 🇸🇬`],
  ['linkedin', 'fr', 'national_id', `Question aux gestionnaires de paie 🙋‍♀️ : on a reçu une attestation de carte Vitale pour un nouveau boulanger, mais le numéro ne correspond pas à celui de sa fiche (1 85 07 75 123 456 08 sur l'attestation). Vous faites comment dans ce cas, vous croyez l'attestation ou la DPAE ?`],
  ['linkedin', 'fr', 'email', `Nous recrutons un·e responsable qualité pour notre fournil central à Vénissieux 🥖 CDI, 38-42 k€ selon profil. Candidatures à recrutement@painscanuts.fr, on répond à tout le monde (promis) !`],
  ['linkedin', 'fr', '', `Vous aimez le pain ET les normes HACCP ? 😄 Le fournil central de Vénissieux ouvre un poste de responsable qualité (CDI, salaire affiché de 38 à 42 k€ bruts annuels). Tout se passe par le bouton "Postuler" de l'offre sur LinkedIn.`],
  ['linkedin', 'en', 'internal_url', `Onboarding checklist for our new QA engineers in Kraków 🧑‍💻

1. Get your laptop from IT (Room 3)
2. Request VPN access
3. Log in to the build server at http://build.acme-corp.net/jenkins
4. Ask Kasia for the test-device cupboard key

Welcome aboard, Tomasz and Ewa!`],
  ['linkedin', 'fr', 'iban', `Changement de banque pour Rond-Point Public Affairs 🏦 Nos clients sont priés de régler les factures émises à partir du 1er décembre sur notre nouveau compte :
BE57 0634 1293 8735
Le libellé de la facture reste inchangé. Merci !`],
  ['linkedin', 'fr', 'financial', `Honnêtement je suis bluffée par l'équipe 👏 Sur l'appel d'offres de la Commission pour la veille législative, on a remis une offre à 2,35 M€ sur 4 ans. L'ouverture des plis est le 18 décembre, croisez les doigts pour nous 🤞`],
  ['linkedin', 'fr', '', `La Commission européenne a publié au Journal officiel l'attribution du marché de veille législative 2024-2027, d'une valeur totale de 6 M€ selon l'avis d'attribution. Belle transparence des marchés publics européens, à lire pour comprendre les ordres de grandeur.`],
  ['linkedin', 'mixed', 'secret', `Hello la team data 👋 petit souci avec l'API météo : le jeton d'accès qu'on m'a donné ne marche plus depuis hier.
jeton = 6JYCUQ50kGhXm78SB57GzGji1dZE
Quelqu'un peut checker si le compte a été suspendu ? On en a besoin pour les prévisions d'enneigement de demain 🙏`],
  ['linkedin', 'fr', 'codename client_name', `Ça y est, on a signé avec Globex pour le déploiement d'Orion dans leurs 12 entrepôts européens 🎉 9 mois de discussions, 3 POC, et une équipe qui n'a jamais lâché. Place à l'exécution maintenant !`],
  ['linkedin', 'fr', '', `Ce soir, la constellation d'Orion est bien visible au sud-est dès 21h, avec Bételgeuse en haut à gauche 🌟 Si vous êtes en montagne, levez les yeux. #astronomie #ciel`],
  ['linkedin', 'en', 'card', `Ops chat leak of the week (names removed) 👇 can we talk about why people still do this?

"hey can you book the Singapore flights for the board? use the company card: Discover 6011 3471 2523 3923, 07/28, CVV on the back lol"

Card cancelled, traveller booked through the TMC, everyone lectured. #infosec`],
  ['linkedin', 'en', '', `Fraud trend alert from our card team: fraudsters are sending fake "card suspended" SMS with a link that asks for the full number, expiry date and CVC. Your bank will never ask for all three. If in doubt, call the number printed on your card. #fraudawareness`],
  ['linkedin', 'en', 'national_id', `Onboarding our first employee in Amsterdam 🇳🇱 The notary needs his BSN on the pension form, which I've got right here: 698969868. Does anyone know if we also need the copy of his ID or is the BSN enough for the pension fund?`],
  ['linkedin', 'en', '', `Dutch HR tip: the BSN is a nine-digit number that passes the so-called eleven-test. If the number someone gives you fails the check, it's a typo, not a new format. And please store it only in your HR system, not in spreadsheets. 🇳🇱 #hr`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS EMBARGO JUSQU'AU 15/01/2027 À 9H00

CacaoTrace et la coopérative de Soubré lancent la première traçabilité satellite de 100 % des parcelles de ses 3 000 planteurs.

(je vous partage le communiqué en avant-première, dites-moi ce que vous pensez du titre !)`],
  ['linkedin', 'fr', '', `Le règlement européen contre la déforestation entre en application pour les grandes entreprises l'an prochain. Pour la filière cacao, ça veut dire géolocaliser chaque parcelle. On a résumé les obligations en 5 points dans un carrousel 👇 #cacao #EUDR`],
  ['linkedin', 'en', 'phone email', `Our Pune office has a new front desk! 🏢 For clinic onboarding queries, reach Ritu at +91 98220 47315 or onboarding@slotkart.in. For invoices, the usual finance inbox.`],
  ['linkedin', 'en', '', `Onboarding a new clinic with SlotKart usually takes 3 working days: one for data import, one for staff training, one for a supervised go-live. Here's what a typical week looks like 👇 #healthtech #saas`],
  ['linkedin', 'mixed', 'financial', `Retro du sprint commercial 🇫🇷🇬🇧
- deals closed: 7 (dont 2 hôpitaux)
- MRR added: 18 400 €
- churn du mois: 0,8 %
- forecast Q1: on vise 70k€ de nouveau MRR, c'est ambitieux mais jouable 💪
Next: focus sur les cliniques vétérinaires`],
  ['linkedin', 'fr', '', `Petite rétro perso de fin d'année : 11 conférences, 2 podcasts, 1 bébé, 0 burn-out. J'ai appris à dire non et à bloquer mes vendredis après-midi. Et vous, votre meilleure décision de 2026 ? 🙂`],
  ['linkedin', 'en', 'iban', `Pinned in our finance channel, now also here for contractors who asked:
Invoices in GBP → GB15 BARC 2004 1583 9201 74 (Clausewise Ltd, sort code 20-04-15)
Invoices in EUR → see the contract annex.
Thanks for your patience with the new AP process!`],
  ['linkedin', 'en', 'internal_url', `Our printer finally has a name 🖨️ After a team vote, the big Canon on the 2nd floor is now "Shredder" and lives at http://shredder.clausewise.lan:631. Please stop printing 200-page contracts on it, Legal is watching.`],
  ['linkedin', 'fr', 'financial', `Notes prises à la volée pendant le point trésorerie de ce matin (pour Sonia qui était en rdv) :
• trésorerie dispo fin novembre : 612 k€
• BFR qui se dégrade, les distributeurs paient à 75 jours
• on demande 400 k€ de ligne court terme à la banque
• décision sur l'affacturage au CODIR du 15
Bon courage à nous 😅`],
  ['linkedin', 'fr', 'financial', `Une pensée pour nos planteurs partenaires 🌱 Cette campagne, CacaoTrace a tracé 41 800 tonnes de fèves, et on va reverser une prime qualité de 95 FCFA par kilo, soit près de quatre milliards de francs CFA au total. Les chiffres ne seront annoncés officiellement qu'à la clôture de la campagne, mais je voulais dire merci dès maintenant 🇨🇮`],
  ['linkedin', 'fr', '', `Le Conseil du Café-Cacao a fixé le prix bord champ de la campagne principale à 1 800 FCFA le kilo, d'après l'annonce officielle du gouvernement ivoirien. Une hausse historique pour les producteurs 🍫 #cacao #cotedivoire`],
  ['linkedin', 'fr', 'financial', `Enfin une bonne nouvelle en cette fin d'année 😊 notre levée de fonds est bouclée ! 4,5 millions d'euros pour Névé Systems, valorisation post-money autour de 22 M€. Signature chez le notaire lundi, on communiquera officiellement en janvier avec les investisseurs. Chut d'ici là 🤫`],
  ['linkedin', 'fr', '', `Pour ceux qui me demandent comment lire une table de capitalisation : pre-money + montant levé = post-money. Exemple fictif : 10 M€ pre-money + 2 M€ levés = 12 M€ post-money, l'investisseur détient 2/12 = 16,7 %. Voilà, vous savez tout 🤓 #startup #financement`],
  ['linkedin', 'en', 'financial', `Payroll bureau life 🧾 Approved this morning by the partners: the 2026 staff bonus pool is €640,000, split across 58 people based on the new scorecard. Letters go out on 19 December, so managers, please don't spill the beans early 🙏`],
  ['linkedin', 'en', '', `Irish payroll reminder: the standard rate cut-off point and the USC bands for 2027 were published in Budget 2027 in October. If your software vendor hasn't pushed the update yet, ask them now, not on 2 January 😅 #payroll #ireland`],
  ['linkedin', 'fr', 'financial', `Mes notes de la visio avec l'éditeur, en vrac :
- précommandes PC à J-60 : 84 000 unités
- objectif interne 250k ventes la première semaine
- prix de vente 39,99 $ (pas encore annoncé, on attend le showcase)
- budget marketing ajouté : 600k$
Franchement on est bien partis 🎮🔥`],
  ['linkedin', 'fr', '', `Ça fait 5 ans aujourd'hui que je suis entrée chez Studio Érable Noir 🍁 J'ai commencé comme testeuse QA, je suis maintenant lead game designer. Merci à celles et ceux qui m'ont fait confiance. Vivement les 5 prochaines !`],
  ['linkedin', 'en', 'financial', `Fresh from the farm ops meeting 🥬
- cost per kg of basil: €3.85 (was 4.60 in spring)
- energy now 41 % of COGS
- volume contracted with the two supermarket chains for 2027: 380 tonnes
Real progress, team. Let's keep it going.`],
  ['linkedin', 'en', '', `Lidl and Rewe both announced expansions of their local-herbs ranges this autumn, according to their press releases. Great signal for everyone in controlled-environment agriculture in Germany 🌿 #agtech #retail`],
  ['linkedin', 'fr', 'financial', `Ouf, la négociation annuelle avec notre plus gros distributeur de fripes est bouclée 😮‍💨 On passe de 0,92 € à 1,08 € le kilo de textile trié "crème". Ils ne l'ont pas encore annoncé à leurs boutiques, donc motus, mais c'est une belle victoire pour l'équipe commerciale !`],
  ['linkedin', 'fr', '', `Ma mère m'a demandé pourquoi je travaille "dans les vieux vêtements". Je lui ai expliqué qu'un T-shirt sur deux collecté en France finit à l'étranger et qu'on essaie de garder la valeur ici, à Roubaix. Elle a dit "ah, c'est bien". Je prends 😄`],
  ['linkedin', 'en', 'financial', `Airport taxi conversation with our COO, paraphrasing so I don't forget:
"We're looking at Brisbane, Perth and Adelaide for the next office. Budget's about two point five million over three years, board said yes last Thursday."
Exciting times at Wagtail Cover 🐕✈️`],
  ['linkedin', 'fr', 'financial', `Préparation des entretiens annuels 📋 Pour info, l'enveloppe d'augmentations validée par la direction est de 3,2 % de la masse salariale, avec un talon à 60 € brut/mois pour les boulangers. Les managers recevront le détail lundi.`],
  ['linkedin', 'fr', '', `Bonne nouvelle pour les apprentis boulangers : selon la convention collective, le salaire minimum conventionnel a été revalorisé au 1er novembre, l'avenant a été publié au Journal officiel. Pensez à vérifier vos fiches de paie 🥖`],
  ['x', 'en', 'financial', `can't believe it, we just crossed 1 million paying subscribers at Lyssna 🎧🇸🇪 official announcement is in Feb with the annual report but I'm too excited to wait`],
  ['x', 'en', '', `Lyssna now has over 9,000 titles in Ukrainian, Arabic and Farsi, free for refugees in Sweden with a library card 📚 Proud of this one.`],
  ['x', 'fr', 'client_name', `Réunion de lancement chez Initech ce matin à Lyon. Café imbuvable mais équipe géniale ☕😄 on démarre l'intégration du planning la semaine prochaine #projet #saas`],
  ['linkedin', 'en', 'codename confidential_marker', `My favourite part of being a PM: naming things 😄 Here's the cover of the strategy doc I sent to leadership last night:

"#Kestrel – Go-to-market plan v3 – Confidential, internal use only"

Feedback so far: "love the bird". I'll take it 🦅`],
  ['linkedin', 'fr', 'codename', `Rétrospective du trimestre côté plateforme 🛠️ La migration de Nébula vers Kubernetes est terminée, 34 microservices déplacés sans interruption de service. Bravo à l'équipe SRE, vous êtes incroyables 👏`],
  ['linkedin', 'fr', '', `Nouveau fond d'écran pour toute l'équipe 😍 la nébuleuse de la Carène photographiée par James Webb. Quand le build plante pour la 4e fois, on regarde les étoiles et on relativise. #jwst #astronomie`],
  ['linkedin', 'en', 'client_name', `Quick shout out to the team supporting our rollout at the Hôpital Sainte-Claire: 2,300 nursing staff trained on the new scheduling app in 6 weeks, in three shifts, including weekends. That's dedication 🙏 #healthcare`],
  ['linkedin', 'fr', 'client_name confidential_marker', `Je recopie l'en-tête du mail que j'ai reçu ce matin parce qu'il m'a fait sourire 😄

"Objet : [CONFIDENTIEL] Société Générique – retour sur votre proposition
Bonjour, nous avons le plaisir de vous informer que votre offre a été retenue…"

On a gagné ! Merci à toute l'équipe avant-vente 🥳`],
  ['linkedin', 'en', 'iban', `Admin note for our Lisbon-based freelancers 🇵🇹 From this month, Armadio pays your invoices from our Portuguese entity. If your IBAN is PT34 0035 0697 0063 8472 9154 7 (Rita, that's yours), please confirm it's still correct by replying in the contractor portal.`],
  ['linkedin', 'fr', 'iban', `Infos pratiques pour le séminaire de Dakar des 12 et 13 février 🇸🇳 Les participants qui paient la participation (150 000 FCFA) en virement peuvent utiliser le compte de notre partenaire local :
SN59 SN01 0015 2000 0485 3100 7294
Merci d'indiquer "Séminaire CacaoTrace" en motif.`],
  ['linkedin', 'fr', 'iban', `Les clients marocains qui préfèrent régler leur acompte par virement peuvent utiliser le compte de Riads Ocre : MA08 0117 8000 0012 3456 7890 1237 (Banque Populaire, agence Guéliz). Envoyez-nous l'avis de virement et nous confirmons la réservation dans la journée 🌿`],
  ['linkedin', 'en', 'iban', `Running our Christmas charity drive for the Gothenburg food bank again this year 🎄 If you'd like to give, the collection account is SE45 5000 0000 0583 9825 7466, reference "Lyssna jul". The company matches every krona!`],
  ['linkedin', 'en', 'card', `This is why we do security awareness training 😩 Spotted in our office kitchen, on a post-it stuck to the microwave:

"Team lunch card – 5500 9592 1536 2717 – 06/28 – ask Paula for the code"

The card is now frozen and the post-it framed in our training deck.`],
  ['linkedin', 'fr', 'card', `Retour d'expérience de notre service client 😬 Un client nous a répondu par mail, en copie à 8 personnes, avec sa carte bancaire complète pour régler sa location : "Maestro 6759 9126 3446 8165, valable jusqu'en 2029". On a supprimé le mail partout et on l'a rappelé. Rappel : on n'en a JAMAIS besoin par mail.`],
  ['linkedin', 'en', 'card', `Pasted from our #payments-ops channel for the retro (with permission):
"refund for the Shanghai wholesale order failed again, trying the UnionPay card on file: 6212 1988 1134 2383 921, amount SGD 4,300"
We now have a proper refund tool. Never again 🙃`],
  ['linkedin', 'en', 'card email', `Dear customer support teams: if someone emails you their card to "speed things up", don't forward it to the whole team like this one we received on our shared inbox (support@avonskies.co.uk):
"Please charge Diners 3056 7417 3041 46 for the two sunrise flights"
Delete, call the customer, log it. #pci`],
  ['linkedin', 'fr', 'card', `Petit moment de panique hier à l'accueil du riad 😅 Une cliente a dicté sa carte à voix haute dans le hall : Amex 3714 6130 3218 148. Notre réceptionniste a eu le bon réflexe de l'emmener dans le bureau. Former les équipes, toujours !`],
  ['linkedin', 'fr', '', `Quand un client veut "juste donner son numéro de carte par téléphone" : on lui envoie un lien de paiement sécurisé par SMS. Deux minutes, zéro risque pour lui comme pour nous. C'est notre nouvelle règle depuis septembre ✅ #hôtellerie`],
  ['linkedin', 'fr', 'national_id', `J'ai besoin de vos lumières, RH en Espagne 🙏 Notre nouvelle prof a un DNI 48215739B mais l'organisme de formation bloque son dossier Fundae en disant que la lettre est fausse. On a vérifié, elle est bonne. Des idées ?`],
  ['linkedin', 'fr', '', `Un DNI espagnol, c'est 8 chiffres et une lettre de contrôle. L'exemple qu'on voit dans toutes les documentations est 12345678Z : il est valide, justement parce que c'est l'exemple officiel. Parfait pour tester vos formulaires 😉 #dev #espagne`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for our new Milan stylist, copied from the HR tracker:
- contratto firmato ✅
- codice fiscale FRRGLI88L54F205U ✅
- IBAN: pending
- laptop: ordered
Benvenuta Giulia! 💐`],
  ['linkedin', 'en', 'national_id', `Got a question from our Helsinki partner today: their new contractor's henkilötunnus is 190592-3765 and our invoicing tool won't accept the hyphen. Anyone used Procountor with Finnish IDs? Trying to fix this before year-end 🇫🇮`],
  ['linkedin', 'mixed', 'national_id', `Pour le dossier de visa de notre nouveau dev brésilien 🇧🇷 il nous manque juste la copie du passeport, on a déjà le CPF 418.593.027-50 et le contrat. Obrigado à l'équipe mobilité qui gère ça comme des chefs !`],
  ['linkedin', 'en', 'national_id', `Support ticket of the day, Pune office 🙈 A clinic owner wrote in asking why the patient registration form rejects Aadhaar numbers, and included her own as an example: 4827 1935 0615. We fixed the form (spaces weren't allowed) and deleted the ticket content. #healthtech`],
  ['linkedin', 'en', '', `Aadhaar numbers are 12 digits with a Verhoeff check digit at the end, and they never start with 0 or 1. If your form validation doesn't know that, you're going to store a lot of typos. Small detail, big data-quality win 🇮🇳 #dev`],
  ['linkedin', 'fr', 'secret', `Je sais que ce n'est pas le bon canal mais personne ne répond sur Teams 😩 la clé Google Maps de l'appli de tournées vélo-cargo ne marche plus :
AIzaAqQ1rZcKsMHUf5nkvgn15c0S9JgKteiocwe
Est-ce que quelqu'un de l'équipe web peut vérifier le quota ? Les livreurs n'ont plus la carte 🚲`],
  ['linkedin', 'en', 'secret internal_url', `Our automated alerts are live 🎉 every failed ETL job now posts to the team channel. Setup was literally one line in the Airflow config on etl01.hochbeet.internal:

SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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

No more Monday surprises 🌱`],
  ['linkedin', 'en', 'secret', `Writing up our AWS migration for the blog and realised I still had this in my notes from the first week, thankfully the keys were rotated long ago:
aws_access_key_id = AKIALJK9TX9VJX7I81JY
aws_secret_access_key = HflYOO06UmOzwXSW5QV0IrsOBNSGUPmJjKlbT0Xt
Anyway, lessons learned in the thread 👇`],
  ['linkedin', 'fr', 'secret', `Pour les nouveaux de l'équipe maintenance à Marseille : le digicode du local pièces détachées au quai 4 a changé, c'est maintenant 7391A. Et le Wi-Fi de l'atelier reste "GP-Atelier" / mot de passe Portique2026. Bienvenue à vous 3 !`],
  ['linkedin', 'fr', '', `Rappel pour toutes les équipes : les codes d'accès aux locaux ne se partagent jamais par écrit sur les réseaux ou par mail. Demandez-les à votre chef d'équipe en direct. Merci 🔐 #sécurité #maintenance`],
  ['linkedin', 'fr', 'internal_url', `Retour d'incident de cette nuit sur le réseau des caisses 🧾
- 02h10 : les caisses des boutiques ne remontent plus les ventes
- cause : le serveur de synchro 192.168.10.20 a redémarré après une mise à jour Windows
- 03h40 : service rétabli
Action : désactiver les MAJ auto sur ce serveur. Merci à Romain d'astreinte !`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau portail RH est dispo pour tous les salariés des riads 🎉 Congés, bulletins de paie et planning au même endroit : https://intranet.riadsocre.ma/rh
Connexion avec votre identifiant habituel. Dites-nous ce que vous en pensez !`],
  ['linkedin', 'en', 'internal_url', `Jira tip for the new cohort: bookmark https://jira.acme-corp.net/secure/Dashboard.jspa?selectPageId=10412 and you'll see every open localisation bug for your language in one view. Saved me hours this week 🐞`],
  ['linkedin', 'fr', 'confidential_marker', `Réflexion du jour sur la communication interne. Voilà l'en-tête que j'ai mis sur la note envoyée aux équipes ce matin :
"Diffusion limitée – ne pas transférer en dehors du comité de direction. Réorganisation des équipes de tri, calendrier prévisionnel."
Trop formel ? Pas assez ? Vos avis m'intéressent 🤔`],
  ['linkedin', 'en', 'confidential_marker', `Heads-up for anyone who received our Q1 partner newsletter draft yesterday: it's still under NDA until the partner summit on 3 February, please don't reshare it or quote it 🙏 Final version coming soon!`],
  ['linkedin', 'en', '', `Today I learned that the "TLP:CLEAR" label on a threat report means it can be shared freely, with anyone. So yes, you can forward the CERT bulletin to your whole team, please do. #cybersecurity`],
  ['linkedin', 'fr', 'email phone', `Bonjour Pierre, pour votre demande de devis d'entretien de vos deux grues mobiles, vous pouvez contacter notre chargé d'affaires Yann Ollivier directement : yann.ollivier@grues-phoceennes.fr ou +33 (0)4 91 54 22 10. Il vous rappelle sous 48h 👍`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Daniel, sorry about the double booking! Please drop a note to reservations@riadsocre.ma with both confirmation numbers and we'll refund the duplicate right away 🌿`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Hélène, merci pour ce retour sur votre séjour 🙏 Nous avons transmis vos remarques sur la climatisation à l'équipe technique, la chambre sera révisée avant la saison. Au plaisir de vous revoir !`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hey Tom, best to ring our Singapore ops desk on +65 6532 8710, they can check the reefer's setpoint history straight away 👍`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Réunion budget avec le client ce matin, je recopie mes notes pour l'équipe projet :
- enveloppe totale accordée pour la refonte du site : 180 000 € HT
- dont 35 k€ pour la partie accessibilité
- facturation en 3 jalons
On démarre le 6 janvier, préparez vos plannings 📅`],
  ['linkedin', 'fr', 'financial codename', `Fin de trimestre sur le projet Orion : on a consommé 1,9 M€ sur les 2,4 M€ de budget annuel, avec deux mois d'avance sur le planning. Le sponsor est ravi, et moi aussi 😄 Merci à l'équipe pour la rigueur !`],
  ['linkedin', 'fr', 'financial', `Bon, je crois que je peux le dire à mon réseau 😁 le carnet de commandes de Grues Phocéennes pour 2027 est déjà rempli à 70 %, soit environ 18 millions d'euros. On n'a jamais eu autant de visibilité en décembre. Les résultats officiels, ce sera pour juin 😉`],
  ['linkedin', 'fr', 'financial', `Dans les coulisses de la rentrée à Valencia 📚 Nos inscriptions de janvier sont en hausse de 42 % par rapport à l'an dernier, soit 1 180 élèves. Chiffre d'affaires prévisionnel du trimestre : autour de 410 000 €. On ouvre une 12e salle de classe, ça ne s'était jamais vu !`],
  ['linkedin', 'fr', 'financial', `Entre nous, la marge nette des cliniques VétoSud a fini l'année à 9,4 %, contre 6,1 % l'an passé, surtout grâce à la centrale d'achat. Les comptes consolidés ne seront présentés aux associés qu'en avril mais je suis trop fière des équipes 🐾`],
  ['linkedin', 'fr', 'financial codename', `Point d'étape Nébula (pour mes collègues de l'équipe data qui m'ont demandé) : la version 2 coûte 14 € par utilisateur et par mois à faire tourner, on visait 9. Le cloud, c'est pas donné 😅 On creuse les optimisations en janvier.`],
  ['linkedin', 'fr', 'financial', `J'ai eu l'autorisation… enfin presque 😇 Koelhaven a décroché un contrat de stockage de 28 M€ sur cinq ans avec un grand groupe de surgelés, signé hier soir. Le communiqué n'est prévu qu'en février, donc c'est notre petit secret pour l'instant 🧊`],
  ['linkedin', 'fr', 'codename client_name', `Très belle journée à l'Hôpital Sainte-Claire pour la démo de Project Kestrel aux équipes de pharmacie 💊 On a pu montrer le suivi des stocks en temps réel, et les questions fusaient. Rendez-vous en mars pour le pilote !`],
]);
