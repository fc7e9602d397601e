import { rows } from './corpus-types';

/**
 * Held-out set "fresh18": written 2026-12-03 (17:55-18:06 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * first 45 lines of fresh17 for the header and row style, and index.ts to register the set), so it measures how the
 * rules generalise to posts they were never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh18`.
 * First scored 2026-12-03 18:06 UTC on the rules of f8ab5a8 (end of round 15): confidentiality macro F1 0.927, 12.6 % of
 * clean posts flagged (13 of 103); financial the weakest (0.747, recall 0.607), email 0.759 and phone 0.857 (role mailboxes
 * and switchboards labelled clean), national_id 0.929. With the unsourced financial model written from fresh15-fresh17
 * before this set was read (uncommitted then): financial 0.808 (recall 0.689), no new false alarm.
 *
 * Authors: a Bordeaux cork-stopper maker, a Grenoble semiconductor test lab, a Lyon silk-printing workshop, a Rotterdam
 * tug operator, a Bilbao steel-tube mill, a Dublin payroll fintech, a Manchester bus operator, a Montpellier irrigation
 * agritech, a Brussels EU-affairs consultancy, a Geneva watch-parts maker, an Abidjan cocoa exporter, a Montréal video-game
 * studio, a Tallinn legal-tech firm, a Milan eyewear e-shop, a Berlin battery recycler, a Rennes managed-security
 * provider, a Lille linen mill, a Stockholm oat-drink maker, a Marseille ferry company, a Cardiff insurance broker, a
 * Clermont-Ferrand tyre-testing lab, a Bergen salmon-farm camera maker, an Algiers pharma distributor and a Zurich
 * private-bank IT department. Forms: proud team updates, pasted meeting notes, committee minutes and finance syncs,
 * customer-service replies (surface 'comment'), job ads and internship offers with published pay, X posts, event and
 * trade-show recaps, out-of-office notes, farewells, changelogs and release notes, incident write-ups and runbooks,
 * supplier bank-detail changes, payroll and onboarding notes, collections for leaving colleagues, fraud and phishing
 * warnings, lost-property notices, book, film and sky-watching posts.
 *
 * FINANCIAL weighted heavily. Positives (61): the company's own figure (revenue target, ARR, order intake, order book,
 * pipeline, margin, EBITDA, burn and runway, budget and capex, a bid and a floor price for a tender, a quote sent, a
 * price or price rise or cut to be set, a purchase price for cocoa farmers, a negotiated discount, a freight saving,
 * headcount plans, volume and export forecasts, a pre-money valuation, a fundraise, an acquisition and its price,
 * consulting fees, a cost overrun, a cost-savings range, pre-orders) in digits, words ("soixante-douze millions",
 * "quinze mille dollars", "deux millions et demi") or ranges, each with a sign that it is not public, phrased in many
 * ways: before the shareholders / AGM / board / works council / CSE / investors / customers hear it, "motus", "chut",
 * "keep it in the family", "mum's the word", "entre nous", draft, working version, not audited, estimate before closing,
 * projection for the credit committee, pending approval, subject to cabinet sign-off or a council vote, in legal
 * review, heads of terms signed and SPA pending, tender closing Friday, A/B testing, the seller asked for discretion,
 * the client does not want it made public. Look-alikes (about 48, all clean): published annual, half-year and CSR
 * results, figures from a press release or an announced round or award, public list prices, tariffs and regulated
 * fares, job ads and an internship with published pay, household and personal figures (rent, a bike, a first salary,
 * a house-price remark), public market statistics (IEA, Eurostat, ABI, Fish Pool, Xerfi, the watch federation),
 * other companies' announced figures, charity amounts raised, a public EU budget, a landlord's public sale listing.
 *
 * Conventions: a named employee's or customer's own address or mobile is labelled email or phone, including in a
 * customer-service reply; published role mailboxes (jobs@, support@, press@, recrutement@, candidatures@), switchboards,
 * free-phone and customer-service lines, format templates and example.com addresses are clean, as are Ofcom's drama
 * range (07700 900xxx) and the 555-01xx fictional range. Every IBAN, card and national id positive was computed with a
 * throwaway script kept outside the repo: IBANs with exact country length and mod-97 (FR with the RIB key, BE with its
 * account check, NL passing the 11-test, ES with both control digits, EE with its 7-3-1 account check, NO with its
 * mod-11 check, plus IE, DE, SE); cards by Luhn (Visa, Mastercard 5- and 2-series, Amex, Discover, JCB, Diners 14-digit,
 * 19-digit UnionPay); national ids with their keys: French NIR (97 - n mod 97), Spanish DNI and NIE letters, Italian
 * codice fiscale check letter, Swedish personnummer (Luhn), Polish PESEL, German Steuer-ID (ISO 7064 mod 11,10), Swiss
 * AHV (EAN-13), Brazilian CPF (two digits), South African ID (Luhn), Belgian national register (mod 97), Indian Aadhaar
 * (Verhoeff); US SSN and UK NINO by format. Look-alikes are clean: documented specimens named as such (the French example
 * IBAN FR76 3000 6000 0112..., the registry's GB82 WEST example, Stripe's and Adyen's test cards, the Swiss AHV specimen
 * 756.1234.5678.97, the never-issued SSN 123-45-6789, the Spanish specimen DNI 99999999R), a NIR with a wrong key, IBANs
 * with a wrong check in fraud warnings, a card number failing Luhn in a phishing SMS and a parcel number, a masked card.
 * Secrets (live keys and tokens, a connection string with its password, a sudo and a Wi-Fi password) are positives
 * even when the post says they were rotated; a placeholder token, a published SHA-256 checksum, a commit hash and a
 * trace id are clean. Internal URLs are the policy's internal domains and private-range IP addresses; public sites,
 * a public status page and a GitHub repo are clean. Confidential markers are labels on pasted material (CONFIDENTIEL,
 * diffusion restreinte, usage interne, internal use only, strictly private & confidential, sous embargo, privileged &
 * confidential, a C3 classification); talk about confidentiality, a novel's title, professional secrecy, a restricted
 * area sign and a pharmacy intern are clean. The policy's code names in the company's sense are labelled codename;
 * Orion the constellation and the spacecraft, the Orion Nebula, the Nebula streaming service, a kestrel, an old blue
 * atlas and the blue Atlas mountains are clean. The policy's clients named as ours are labelled client_name; the
 * Simpsons' Globex, Office Space's Initech and "une société générique" in its ordinary sense are clean. No hygiene
 * labels are used (X posts are kept under 280 characters, at most a few hashtags, no tracking links).
 *
 * Counts: 263 posts (127 FR, 136 EN; 31 on X, 10 comments): 103 clean, 160 with one or more findings. Labels:
 * financial 61, national_id 15, phone 12, email 11, secret 11, codename 11, confidential_marker 11, iban 10,
 * internal_url 10, client_name 10, card 8.
 */
export const FRESH18_POSTS = rows('fresh18', [
  ['linkedin', 'fr', 'financial', `Petit débrief de la réunion commerciale de ce matin à Saint-Médard 🍷

On vise 41 M€ de chiffre d'affaires sur l'exercice 2027, soit +7 % malgré une vendange compliquée dans le Bordelais. Ce chiffre sera présenté aux actionnaires en mars — d'ici là, motus et bouche cousue !

Bravo à l'équipe export, l'Australie repart enfin.`],
  ['linkedin', 'en', 'financial', `Big day at Maasdelta Towage ⚓

The board has just signed off €18m for two new ASD tugs, built in Gdańsk and due in 2028. The press release is planned for January, so keep it in the family until then 😉

Proud of the fleet team who pushed this for three years.`],
  ['linkedin', 'fr', '', `Nos résultats annuels sont en ligne : chiffre d'affaires 2025 de 38,2 M€ (+4 %) et un résultat net de 2,1 M€. Le rapport complet est téléchargeable sur notre site, rubrique Investisseurs.

Merci aux 240 bouchonniers qui rendent ça possible, du liège portugais jusqu'à la dernière bouteille.`],
  ['linkedin', 'en', 'email', `Hi all — for anyone who met me at the Cardiff Business Awards and asked about fleet cover for small hauliers: the easiest way is to email me directly at rhys.pritchard@taffvalleybrokers.co.uk and I'll set up a call. Great night, and congrats to all the finalists!`],
  ['linkedin', 'fr', 'phone', `Visite de l'usine de Halluin samedi prochain pour les Journées du lin 🌾 Il reste quelques places pour le groupe de 14h. Appelez directement Martine, notre responsable atelier, au 06 71 48 23 95 (pas de SMS, elle ne les lit jamais 😄).`],
  ['x', 'en', '', `Our Movember team raised £12,480 for men's health this year. Thank you to every single person who donated, shaved, or sat through our moustache quiz 🥸`],
  ['linkedin', 'fr', 'financial', `Le prix de vente du nouveau banc de test RF sera autour de 240 000 € HT. On ne l'a pas encore communiqué aux clients : la direction doit valider la grille vendredi. Mais quel boulot de l'équipe hardware pour le rendre aussi compact 👏`],
  ['linkedin', 'en', 'iban', `Supplier notice — updated bank details

Dear partners, following our move to a new bank, payments to Ledgerleaf Ltd should now be made to:
IBAN: IE53 AIBK 9311 5276 2204 25
BIC: AIBKIE2D
Please update your records before the December payment run. Any question, reach out to your usual contact in accounts payable.`],
  ['linkedin', 'en', 'financial', `We crossed €6.2M ARR this week 🎉

Not something we're shouting about externally until the Series B closes, but I wanted the whole team to know how much their work on the Irish payroll connector mattered. Drinks on Friday.`],
  ['linkedin', 'fr', '', `Nous recrutons un(e) technicien(ne) de tissage en CDI à Halluin 🧵
• 2 x 8, lundi-vendredi
• Formation interne de 3 mois sur nos métiers jacquard
• Salaire : 2 250 à 2 600 € brut mensuels selon expérience + 13e mois
Candidatures : candidatures@linieredesflandres.fr`],
  ['linkedin', 'en', 'secret', `Quick fix for anyone who hit the 401 on the staging deploy this morning: the GitHub token in the pipeline had expired. I've rotated it, new one is ghp_Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG1ylv — update your local .env and you're good. Sorry for the noise!`],
  ['linkedin', 'fr', 'financial', `Les réservations été 2027 sont à +14 % par rapport à 2026 à date, soit environ 212 000 passagers sur nos lignes corses et maghrébines. Ce sont des chiffres provisoires, réservés au comité de direction pour l'instant, mais la tendance fait plaisir à toute l'équipe de la gare maritime 🚢`],
  ['x', 'fr', '', `La constellation d'Orion est bien visible ce soir au-dessus de Clermont, ciel parfaitement dégagé. Bételgeuse a l'air en forme. Prenez 5 minutes pour lever la tête 🌌`],
  ['linkedin', 'en', 'financial', `Tender submitted ✅ Our bid for the Salford and Eccles bus routes comes in at £31.4m over seven years, with a fully electric fleet from day one. Tender closes Friday at noon — fingers crossed for the whole bid team who lived on pizza this week.`],
  ['linkedin', 'fr', 'national_id', `Bonjour à tous, je cherche à récupérer mon attestation de droits pour ma mutuelle et le site ne marche pas. Quelqu'un a déjà eu le souci ? Mon numéro de sécu c'est le 2 87 06 75 116 204 15, j'ai tout essayé. Merci d'avance si un collègue RH passe par là !`],
  ['linkedin', 'en', '', `Published in today's results: Irwell Buses carried 61 million passengers in 2025/26 and revenue rose to £184m. Behind those numbers are 2,300 drivers who turned up in storms, strikes and snow. Thank you.`],
  ['linkedin', 'fr', 'codename', `Trois semaines de sprint intense sur Nébula et on a enfin une première démo qui tourne sur les capteurs de terrain 💧 Je ne peux pas vous en dire beaucoup plus, mais les maraîchers de l'Hérault vont adorer.`],
  ['linkedin', 'fr', 'financial', `Marge brute du S2 à 27,5 %, en dessous de notre objectif de 30 %. Les comptes ne seront arrêtés qu'en février, donc rien de définitif, mais il faut qu'on parle du prix du lin teillé au prochain point achats.`],
  ['linkedin', 'en', '', `Interesting bit of data from the IEA's latest report: global battery recycling capacity is expected to exceed 1.5 million tonnes a year by 2030. Europe is still well behind Asia on pre-treatment. Plenty of work for all of us.`],
  ['x', 'en', 'financial', `heads-up team: from 1 March our 1L Barista goes from SEK 24.90 to SEK 27.50 to retailers. they hear about it next week, so don't mention it on store visits before then 🙏`],
  ['linkedin', 'fr', 'email', `Je suis absente du 20 décembre au 5 janvier inclus. Pour toute urgence liée aux réservations groupes, vous pouvez écrire à ma collègue Sophie : sophie.marchetti@cpn-ferries.fr. Bonnes fêtes à tous et à l'année prochaine !`],
  ['linkedin', 'en', '', `Reminder for our UK customers: Insurance Premium Tax is 12% on most general insurance. It's added on top of your premium, which is why your renewal quote looks higher than the headline price.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux arrivants de lundi : toute la procédure d'accueil (badge, EPI, formation sécurité) est ici https://wiki.acme-corp.net/rh/onboarding-atelier-2026 ✨ Si le lien ne marche pas depuis chez vous c'est normal, il faut être sur le VPN.`],
  ['linkedin', 'fr', 'financial', `Contrat signé avec un chocolatier belge pour 3 200 tonnes de fèves de la campagne intermédiaire, environ 11 milliards de FCFA. L'annonce officielle attendra la fin de la campagne, mais je tenais à féliciter nos équipes de San-Pédro 🇨🇮`],
  ['linkedin', 'en', 'phone', `Leaving the Bergen office on Friday after 9 years at Fjordlaks Sensors. It has been a privilege to build underwater cameras with this team. My new number is +47 926 41 873 if anyone wants to grab a coffee in Oslo.`],
  ['linkedin', 'en', 'financial', `Quick update from yesterday's all-hands in Berlin: we're planning to grow from 85 to around 140 people by the end of next year, mostly in the Brandenburg plant. HR will share the plan with managers first, so this stays between us for now. Exciting times at Zellwerk ♻️🔋`],
  ['linkedin', 'fr', 'confidential_marker', `Je colle ici le compte rendu de notre atelier d'hier pour ceux qui n'ont pas pu venir :

DIFFUSION RESTREINTE — usage interne Soieries Croix-Rousse
1. Planning impression collection printemps : décalé d'une semaine
2. Nouveau fournisseur de colorants : test en cours
3. Atelier portes ouvertes : confirmé pour le 14 mars

Merci à toutes et tous 🙏`],
  ['linkedin', 'fr', '', `Ce week-end j'ai enfin lu « L.A. Confidential » de James Ellroy. Mille pages de corruption, de jazz et de flics tordus. Je ne sais pas comment je suis passé à côté pendant 20 ans. Vos recommandations de polars pour les fêtes ?`],
  ['linkedin', 'en', 'financial', `Pre-money came in at €24 million in the term sheet we're negotiating with two Nordic funds. Nothing's signed yet, so mum's the word — but what a journey from three lawyers in a Kalamaja attic 💙`],
  ['x', 'en', '', `Moved to Tallinn 3 years ago. Rent for a 2-bed in Kalamaja: €900. Still cheaper than my old studio in Dublin. No regrets.`],
  ['linkedin', 'fr', 'financial', `Budget SOC 2027 voté hier en comex : 3,4 M€, dont 900 k€ pour recruter des analystes N2 à Rennes et Lannion. La communication officielle aux équipes est prévue le 15, mais je voulais déjà remercier tous ceux qui ont préparé le dossier 🛡️`],
  ['linkedin', 'en', 'card', `Ops note for the travel desk: the corporate card for the Geneva trip bookings is 4970 7397 5681 4621, exp 09/28, CVV on request from finance. Please book the hotel before Thursday, prices are climbing.`],
  ['linkedin', 'fr', '', `Exemple pour la formation compta de jeudi : un IBAN français se lit comme ceci → FR76 3000 6000 0112 3456 7890 189 (c'est l'IBAN d'exemple qu'on trouve dans toutes les documentations bancaires, pas un vrai compte). Code banque, code guichet, numéro de compte, clé RIB.`],
  ['linkedin', 'en', 'financial', `Black Friday did 4.1 million euros in gross sales across our EU webshops — best weekend in Occhiali Navigli's history 🕶️ Final numbers go to the board on Monday, after that we can talk about it publicly. Until then: enjoy, but keep it in the office.`],
  ['linkedin', 'en', '', `We're hiring! Senior Frontend Engineer, Milan or remote (EU time zones).
Salary: €55,000–€68,000 + annual bonus
Stack: React, TypeScript, a lot of 3D for our virtual try-on.
Apply via the careers page or write to jobs@occhialinavigli.com`],
  ['linkedin', 'fr', 'financial', `On a bouclé notre levée ! 7 millions d'euros pour équiper 5 000 hectares de capteurs d'humidité d'ici 2028. Sauf qu'on n'a pas encore le droit d'en parler : l'annonce est calée avec le fonds pour janvier. Alors je me contente de dire : merci l'équipe 💧`],
  ['linkedin', 'fr', 'client_name', `Grosse semaine à l'Hôpital Sainte-Claire : on a déployé notre nouvelle sonde EDR sur les 1 800 postes du site en quatre nuits, sans une seule interruption des urgences. Chapeau à l'équipe d'intervention 🛡️`],
  ['linkedin', 'en', '', `Globex Corporation remains my favourite fictional employer. Hank Scorpio gave his staff a hammock and a doomsday device. Our perks this year: a new coffee machine. We'll take it. ☕`],
  ['x', 'fr', 'financial', `Devinez qui vient de dépasser les 300 millions de bouchons commandés pour 2027 ? 🍾 Officiel en janvier… d'ici là, chut 🤫`],
  ['linkedin', 'en', 'internal_url', `For everyone on the night shift: the new tug dispatch dashboard is live at http://10.40.2.17:3000/d/dispatch-rtm — bookmark it instead of the old spreadsheet. Shout if the AIS feed looks stale.`],
  ['linkedin', 'fr', 'national_id', `Dossier de transfert pour notre nouvelle recrue de Madrid, je partage pour que la paie puisse avancer : María López Ortega, DNI 97468494Z, prise de poste le 8 janvier au bureau de Bruxelles. Bienvenue María ! 🇪🇸`],
  ['linkedin', 'en', 'financial', `Renewal with the county council's fleet scheme is worth about £2.3m in premiums over three years. Still subject to their cabinet sign-off on the 18th, so nothing is done until it's done, but a massive well done to the commercial team.`],
  ['linkedin', 'fr', '', `Lauréats du concours i-Nov ! 🎉 Bpifrance a annoncé ce matin les résultats : 450 000 € de subvention pour notre projet de pilotage de l'irrigation au goutte-à-goutte. Merci au jury et à nos partenaires agriculteurs.`],
  ['linkedin', 'en', 'secret', `Setting up the new SendGrid integration for the customer newsletters. For the record (and for Tom who's taking over): API key is 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, sender domain verified this morning.`],
  ['linkedin', 'fr', 'financial', `Le devis pour la campagne d'essais hiver est parti hier à 186 500 €. On attend le retour du constructeur avant Noël, donc on ne dit rien pour l'instant, mais l'équipe du circuit de Lempdes a fait un boulot énorme sur la proposition ❄️`],
  ['linkedin', 'en', 'financial', `Order intake for Q4 landed at NOK 96 million, our best quarter ever. We report in February, so please hold off on sharing the number — but take the evening off, you've earned it 🐟`],
  ['linkedin', 'fr', '', `Le rapport de l'ANSSI publié cette semaine recense 144 incidents de rançongiciel traités l'an dernier. Les collectivités et les établissements de santé restent très ciblés. À lire, et à faire lire à vos directions.`],
  ['linkedin', 'en', 'phone', `Hi everyone, our driver Gary left his rucksack on the 50 at Piccadilly yesterday. If you found it please call his mobile on 07911 482306 — it has his daughter's medication in it. Thanks all 🙏`],
  ['linkedin', 'fr', 'financial', `Objectif 2027 fixé par la direction générale : 14 milliards de dinars de chiffre d'affaires et l'ouverture de deux nouveaux entrepôts à Oran et Sétif. Document de travail, version 2 — il reste des arbitrages, mais l'ambition est là.`],
  ['linkedin', 'en', 'financial', `Lessons from a hard project. The core banking migration cost us CHF 7.6m against the CHF 5m we budgeted. The steering committee hasn't seen that final figure yet, so I'll keep the details for later, but the main lesson is simple: never underestimate data cleansing.`],
  ['linkedin', 'fr', '', `Tarifs hiver 2026-2027 🚢 Traversée Marseille–Ajaccio dès 39 € par passager, voiture à partir de 89 €. Cabines et réservations sur notre site. Bon voyage à tous ceux qui rentrent en Corse pour les fêtes !`],
  ['linkedin', 'en', 'email', `Customer complaint forwarded by the Milan store, for the CX team to pick up: the customer (marco.rinaldi74@libero.it) received two left temples in his Navigli 03 frames. Please send a replacement by express and a voucher.`],
  ['linkedin', 'fr', 'financial', `Le carré « Canut » sortira à 390 € en boutique. Prix arrêté hier soir avec la direction artistique — on garde ça pour le lancement du 12 février, pas avant 🤐 En attendant, regardez ce bleu de Prusse !`],
  ['linkedin', 'en', '', `Our 2025 annual report is out: net sales of SEK 1.9 billion, 23% growth, and profitable for the second year in a row 🌾 Link to the full report in the comments. Thank you to everyone who chose oats.`],
  ['linkedin', 'en', 'codename', `Spent the week in Bilbao with the mill team on Project Kestrel. Long days, good pintxos, and a prototype seamless tube that passed its first hydrotest this afternoon. More when we can share.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the yard at the Nervión mill this morning, hunting above the scrap pile like it owned the place. Nature finds a way, even next to a 40-tonne crane.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires — information fournisseurs

À compter du 1er janvier, merci d'effectuer vos règlements sur notre nouveau compte :
Titulaire : Banc d'Essai Auvergne SAS
IBAN : FR76 1027 8360 1100 0220 7023 148
BIC : CMCIFR2A
Les factures émises avant cette date restent payables sur l'ancien compte.`],
  ['linkedin', 'fr', '', `⚠️ Tentative de fraude au changement de RIB : un faux courrier circule à notre nom avec l'IBAN FR76 3000 4008 2300 0184 8996 118. Ce n'est PAS notre compte. Nos coordonnées bancaires ne changent jamais par simple e-mail. Appelez votre contact habituel en cas de doute.`],
  ['x', 'en', 'financial', `Can't say much yet but we've just agreed a €9.5m towage contract for the new container terminal 👀 announcement soon`],
  ['linkedin', 'en', 'financial', `Draft budget for 2027 has £4.2m for 22 new electric single-deckers on the Bolton routes. Draft, so subject to change when the finance committee gets its hands on it, but looking good for the depot team!`],
  ['linkedin', 'fr', 'confidential_marker', `Copie du mail envoyé ce matin aux équipes, pour ceux qui ne sont pas sur la liste :

« CONFIDENTIEL — NE PAS TRANSFÉRER
Suite à l'audit de l'entrepôt de Blida, trois lots de vaccins ont été isolés par précaution. Aucun patient n'est concerné. Merci de ne pas commenter à l'extérieur. »

On reste mobilisés.`],
  ['linkedin', 'en', '', `We take confidentiality seriously. Every client file at Rue de la Loi Advisory is handled under strict professional secrecy, and our team signs a code of conduct on day one. Happy to explain how we work if you're considering an EU affairs partner.`],
  ['linkedin', 'fr', 'financial', `Prix d'achat bord champ qu'on va proposer aux coopératives pour la campagne intermédiaire : 1 950 FCFA le kilo, au-dessus du prix garanti. Annonce aux coopératives la semaine prochaine, merci de ne rien dire sur le terrain avant.`],
  ['linkedin', 'fr', '', `Le prix garanti bord champ fixé par le Conseil du Café-Cacao pour la campagne principale est de 2 200 FCFA le kilo. Une bonne nouvelle pour les producteurs de Soubré et de Méagui avec qui nous travaillons depuis 15 ans 🇨🇮`],
  ['linkedin', 'en', 'financial', `Headcount plan approved this morning: +35 FTE in Zurich, -12 in Lugano. Managers will cascade it after the works council meeting next week, so please don't discuss it with your teams before then.`],
  ['linkedin', 'fr', 'phone', `Perdu : un trousseau de clés avec un porte-clés en forme de montgolfière, entre le parking et le bâtiment B de Meylan. Si vous le trouvez, appelez Julien au 07 82 14 56 09, il dort dans sa voiture sinon 😅`],
  ['linkedin', 'en', '', `Customer service at Havregård: +46 8 520 274 00, weekdays 8–17. Or chat with us on the website. We're here for oat emergencies, allergy questions, and the occasional poem about porridge.`],
  ['x', 'en', 'secret', `@devops whoever pushed the Stripe live key to the public gist: sk_live_uhfJXqIEnomef2mSJ5CMTIeg is now in the wild. revoke it please 😬`],
  ['linkedin', 'fr', 'financial', `Notre CA 2026 devrait atterrir autour de 4,7 M€. C'est une estimation fin novembre, avant clôture, et elle peut encore bouger avec les ventes de fin d'année, mais pour une boîte de 30 personnes c'est une sacrée marche.`],
  ['linkedin', 'en', 'financial', `Thinking of pricing the new titanium line at €289 a frame. Still A/B testing it internally with our VIP panel, so please don't post it yet — but I'm so proud of these frames.`],
  ['linkedin', 'fr', '', `Comme annoncé lors de la publication de nos résultats semestriels le 28 juillet, la marge opérationnelle du groupe atteint 9,4 %. Merci aux équipes de Grenoble et de Crolles pour cette belle performance.`],
  ['linkedin', 'fr', 'national_id', `Rappel RH (transmis par erreur à toute l'équipe, je le remets ici pour Léo qui ne reçoit pas les mails) : pour ton dossier frontalier, ton numéro AVS est le 756.3904.7712.45, merci de le reporter dans le formulaire de la caisse.`],
  ['linkedin', 'en', '', `Reminder for the payroll training: a Swiss AHV number looks like 756.1234.5678.97 — that's the specimen printed on the sample insurance card, not a real person. The last digit is an EAN-13 check digit, so typos are easy to catch.`],
  ['linkedin', 'fr', 'financial', `La rentabilité du banc neige n'est que de 8 % cette année, loin de nos 15 % habituels. On en parle au séminaire de direction de janvier — chiffres à garder pour nous en attendant.`],
  ['linkedin', 'en', 'financial', `Valuation in the secondary round: NOK 1.4bn. Closing is expected in Q1 and we'll announce once the round is fully done. Until then, a quiet thank you to the early employees who believed in underwater vision before it was cool.`],
  ['linkedin', 'fr', 'financial', `Remise négociée avec le laboratoire partenaire : 11,5 % sur toute la gamme cardiologie génériques. L'accord n'est pas encore signé, mais c'est une vraie victoire pour l'équipe achats d'Alger.`],
  ['linkedin', 'fr', '', `Les médicaments génériques représentent aujourd'hui plus de 60 % des volumes dispensés en officine en Algérie, selon les chiffres publiés par le ministère. Une évolution qui change complètement notre métier de distributeur.`],
  ['linkedin', 'en', 'financial confidential_marker', `Pasting the finance sync notes for the leads who missed it.

INTERNAL – do not share outside the leadership channel
- Burn ~€410k/month, runway 19 months at current plan
- Hiring freeze on non-engineering roles until March
- Next investor update on the 12th

Questions to me.`],
  ['linkedin', 'en', 'financial', `Our Q3 commission income was £1.87m, up 19% on last year. Group hasn't published its numbers yet, so this stays internal — but I couldn't let the week go by without saying thank you to the Cardiff and Newport teams.`],
  ['linkedin', 'fr', 'financial', `Le rachat de l'atelier de décolletage de Sainte-Croix se ferait autour de 6 millions de francs. Les négociations sont toujours en cours et le vendeur nous a demandé la plus grande discrétion, alors je m'arrête là.`],
  ['linkedin', 'en', 'financial', `We're about to cut the price of the Pro plan from €49 to €39 a month. Launch is 1 February and customers don't know yet, so no spoilers in support tickets please 🙏`],
  ['linkedin', 'en', '', `Pricing, for anyone who asked after my talk: our Pro plan is €49/month billed annually, and Team is €39 per seat. Everything is on the pricing page, no hidden fees, no "contact sales".`],
  ['linkedin', 'fr', 'client_name financial', `Commande de Globex pour 4 000 foulards brodés à leurs couleurs, environ 310 k€. Ce n'est pas encore annoncé, mais l'atelier va tourner à plein jusqu'en mars. Merci aux imprimeuses qui ont sorti les prototypes en 48 h !`],
  ['linkedin', 'en', 'codename financial', `Project Kestrel capex: €27m, pending final approval at the December board. If it goes through, Bilbao gets its first new rolling line in twenty years.`],
  ['linkedin', 'fr', 'codename financial', `Projet Orion : budget prévisionnel de 45 M€ pour notre futur navire au GNL. Rien n'est validé, on attend l'avis de la Région, mais pour la première fois on y croit vraiment 💚`],
  ['linkedin', 'en', 'client_name financial', `Initech renewal: CHF 3.2m over three years, contract currently in legal review. Long negotiation, great outcome. Thanks to the account team who kept their calm through eleven rounds of redlines.`],
  ['linkedin', 'fr', 'financial confidential_marker', `CR point hebdo commercial — CONFIDENTIEL
- Pipeline T1 : 5,8 M€ pondéré (dont 2 grosses collectivités bretonnes)
- Taux de transformation en baisse sur les PME
- Salon FIC : stand validé
Prochaine réunion mardi 9h.`],
  ['linkedin', 'fr', 'codename financial', `Atlas Bleu : l'enveloppe est passée de 1,2 à 1,6 M€ après l'arbitrage de vendredi. On garde ça entre nous tant que le client n'a pas signé, mais je suis fière de l'équipe qui a défendu le projet.`],
  ['linkedin', 'en', 'codename financial', `Phase 2 of Nébula will cost around €5m more than planned because of the new shredding line. Finance wants to brief the investors before anyone else hears about it, so please keep this in the team channel.`],
  ['linkedin', 'fr', 'client_name financial', `Société Générique nous confie l'équipement de 400 hectares de vergers : un contrat de 380 000 €, signature prévue le 20. Si tout se passe bien, ce sera notre plus gros client en arboriculture 🍑`],
  ['linkedin', 'fr', '', `Petit coup de gueule : un prospect m'a répondu qu'on était « une société générique parmi d'autres ». Alors voilà, 12 ans, 3 brevets, 400 fermes équipées. Générique, vraiment ? 😄`],
  ['linkedin', 'en', 'financial', `Volume plan: 4.6 million cases for the UK next year. That's the figure we've committed to our biggest retailer and it isn't public, so please don't quote it in any deck that leaves the building.`],
  ['linkedin', 'fr', 'financial', `Prévision de ventes T1 : 2,1 milliards de dinars, envoyée aux laboratoires partenaires uniquement. Si elle se confirme, ce sera notre meilleur début d'année depuis la création.`],
  ['x', 'en', 'financial', `Pre-orders hit 180k units on the internal dashboard this morning. Can't share anything publicly till the publisher does, but WOW. thank you to everyone who played the demo 🎮`],
  ['linkedin', 'fr', 'financial', `Effectifs : la direction prévoit de passer de 62 à 75 techniciens d'ici septembre. C'est la version de travail du plan, elle n'a pas encore été présentée au CSE, mais c'est une bonne nouvelle pour le site de Lempdes.`],
  ['linkedin', 'en', 'financial', `We're buying a Swansea brokerage at roughly 1.4x revenue, about £5m all in. Heads of terms are signed, SPA pending, and the FCA change-of-control approval is still needed. Lots of work ahead for the integration team!`],
  ['linkedin', 'fr', 'financial', `Nos honoraires pour la mission auprès de la fédération professionnelle : 145 000 € sur 12 mois. Le client ne souhaite pas que ce soit rendu public, je le note surtout pour l'équipe qui a monté la proposition en dix jours.`],
  ['linkedin', 'en', 'financial', `Cost savings target for 2027: CHF 12–14m. It's a range the ExCo is still debating, and the final number will come with the budget in January. The IT part of it is on my team.`],
  ['linkedin', 'fr', 'financial', `Le prix plancher qu'on s'est fixé pour l'appel d'offres du CEA : 1,15 M€. Ne surtout pas le mentionner pendant la soutenance de jeudi, évidemment 😉`],
  ['linkedin', 'fr', 'email', `Bonjour Madame Ferrand, nous sommes désolés pour ce retard de livraison. Je transmets votre dossier à mon collègue Karim Benali, responsable de votre secteur : karim.benali@distrimed-dz.com. Il vous rappellera dans la journée.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Sarah, so sorry your order arrived damaged. Please send a photo of the box and your order number to support@occhialinavigli.com and we'll ship a new pair the same day. — Giulia, Customer Care`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Bonjour Monsieur Kaboré, comme convenu au téléphone, le remboursement de votre acompte se fera sur le compte que vous nous avez indiqué : FR76 1660 6100 2000 8732 9570 070. Comptez 3 à 5 jours ouvrés. Belle journée !`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Tom, thanks for flagging. Our customer line is 0800 328 4417 (free from UK landlines and mobiles), open 7am–10pm. The team can rebook your ticket over the phone.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Amandine, pour votre sinistre le plus simple est d'appeler directement Bruno, votre gestionnaire, sur son portable : +33 6 12 84 57 30. Il est au courant de votre dossier.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Hi Mark, sorry about that! I can see the double charge for booking CPN-88213 on card 5413 4585 3705 5592. I've refunded the second payment today, it should show within 5 working days. — Nadia, Customer Care`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Sylvie, merci pour votre message ! Les traversées de janvier sont bien ouvertes à la réservation. Notre service client est joignable au 09 70 83 20 20 (appel non surtaxé) du lundi au samedi.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Hi Elin, thanks for your patience. We've now matched your payroll file to personnummer 900412-3189 and your December salary will go out on the 25th as usual. Sorry again for the back and forth! — Payroll support`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Hugo, merci pour votre fidélité 🙏 Votre numéro de commande (CMD-2026-118477) est bien enregistré, l'expédition est prévue demain. N'hésitez pas si besoin.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Thanks Daniel! Ping me at daniel.meier@limmat-pb.ch and I'll send you the slides from the panel, along with the reading list I mentioned.`, { surface: 'comment' }],
  ['x', 'fr', 'email', `Quelqu'un a les slides du talk sur la détection d'intrusion OT au FIC ? Écrivez-moi : yann.le-goff@armorsoc.fr, merci 🙏`],
  ['x', 'en', '', `Tickets for our Manchester tech meetup are £15 (students free), all proceeds to the Mustard Tree food bank. See you at Ancoats on the 11th 🚌`],
  ['x', 'fr', '', `La course solidaire du site de Crolles a permis de récolter 8 350 € pour les Restos du Cœur. Merci à tous les coureurs et marcheurs 🏃‍♀️`],
  ['x', 'en', 'phone', `Any Irwell Buses drivers still looking for Christmas shift swaps, text Sandra on 07723 519 604, she's running the board this year`],
  ['x', 'fr', '', `Nouveau record : 14 h de tissage continu sur le métier jacquard n°3 sans une seule casse de fil. Les anciens n'y croyaient pas 🧵`],
  ['x', 'en', 'internal_url', `if the stand-up link doesn't work, it moved: https://meet.corp.acme.com/r/tugops-daily — same time, 07:30`],
  ['x', 'en', '', `Salmon spot prices fell to NOK 68/kg this week according to the Fish Pool index. Tough for the farmers, and a reminder why every gram of feed counts.`],
  ['x', 'fr', 'codename', `Dernière ligne droite sur Orion avant la revue de conception de lundi 🚢 ceux qui bossent sur le plan de forme, courage`],
  ['x', 'en', '', `The Orion capsule test footage NASA released today is stunning. Watching the heat shield glow at re-entry never gets old.`],
  ['x', 'fr', 'financial', `Budget du prochain jeu entre 9 et 11 M$ CA, fourchette encore en arbitrage avec l'éditeur 🎮 on verra bien`],
  ['x', 'en', '', `Our game is out on Steam for $24.99, 15% off during launch week! Thank you for the incredible reception 💜`],
  ['x', 'fr', 'secret', `Pour ceux qui testent l'outil en local : token GitLab du projet → glpat-Ak2vnXK6-Zy2GKlPOyJV (lecture seule). ça évite de me réveiller à 2h du mat 😴`],
  ['x', 'en', '', `Fares freeze: the £2 single fare cap continues on all our routes until December 2026. Tell your nan.`],
  ['x', 'fr', 'confidential_marker', `« Document interne — ne pas diffuser » en gros sur chaque slide et pourtant je viens de le retrouver sur un forum 🙃 je le recolle ici pour que tout le monde voie de quoi je parle : planning des arrêts techniques 2027`],
  ['x', 'en', '', `Reading the new GDPR guidance on confidentiality of health data. Long but worth it if you handle patient records. Summary thread later this week.`],
  ['linkedin', 'fr', 'iban', `Message du service comptable de Rue de la Loi Advisory : suite à la fusion de nos deux banques, merci de bien vouloir régler les factures de décembre sur le compte BE77 4618 4974 1742 (BIC KREDBEBB). L'ancien compte sera clôturé fin janvier. Merci de votre compréhension !`],
  ['linkedin', 'en', 'iban', `Team drinks fund 🍻 For everyone who asked where to send their €20 for the Sinterklaas party: Joost's account is NL25 RABO 5646 8582 91 (J. de Wit). Deadline Friday so we can book the boat!`],
  ['linkedin', 'en', 'iban', `Invoice query resolved with the Hamburg scrap dealer — for the AP team, their correct bank details are DE51 5001 0517 7508 0381 88, not the one on the old PDF. Please update the vendor master before the next payment run.`],
  ['linkedin', 'en', '', `Finance training tip of the day: always validate an IBAN before you pay. The classic test case is GB82 WEST 1234 5698 7654 32, the example IBAN used in the official registry docs. Change one digit and the checksum fails. Simple, and it stops a lot of fraud.`],
  ['linkedin', 'fr', 'iban', `Bonjour à tous ! Pour la cagnotte du départ de Carmen (après 22 ans à la tuberie !), vous pouvez virer votre participation sur son compte perso que son mari nous a donné : ES31 2100 0418 4742 9023 4145. Surprise totale, ne lui dites rien 🤫`],
  ['linkedin', 'en', 'iban', `Payroll note for the new Stockholm joiners: your first salary will go to the account you gave us during onboarding. Lina, we have SE95 5005 4607 0795 5989 2875 on file for you — shout if that's wrong before the 20th.`],
  ['linkedin', 'en', '', `Had a very convincing "CEO fraud" email today asking me to urgently pay a supplier at DE51 5001 0517 7508 0381 89. The checksum doesn't even validate. Please, finance colleagues everywhere, call before you pay.`],
  ['linkedin', 'en', 'iban', `Our Tallinn office moved banks (finally). Partners: from 1 January please pay Lexlink OÜ invoices to EE65 2200 4598 4460 2181 8, Swedbank. Our invoices will carry the new details from next week.`],
  ['linkedin', 'en', 'iban', `Fundraiser for Kari's family after the fire in Ålesund — a few of us from Fjordlaks have set up a collection. Kari's sister shared her account for transfers: NO74 1503 1396 031. Every krone helps ❤️`],
  ['linkedin', 'fr', '', `Vous voyez ce « **** **** **** 0369 » sur votre facture ? Ce sont les 4 derniers chiffres de votre carte, rien de plus. On ne vous demandera jamais le numéro complet par message privé, ni par téléphone.`],
  ['linkedin', 'en', 'card', `Pasting the error from the checkout logs for the dev team: "payment_declined: insufficient funds — pan=6011273675869272 exp=11/27". Customer is a repeat buyer in Lyon, can someone check whether the retry logic fired twice?`],
  ['linkedin', 'en', '', `For our QA folks: the Stripe test Mastercard is 5555 5555 5555 4444 and Adyen's Visa test card is 4111 1111 4555 1142. Use those in the sandbox, never a real card, not even your own 😅`],
  ['linkedin', 'fr', 'card', `Pour le déplacement à Bâle, j'ai réglé l'hôtel avec la carte Amex de l'équipe : 3759 780759 33055. Si quelqu'un doit ajouter une nuit, c'est la même. Le code est dans le coffre de l'accueil.`],
  ['linkedin', 'en', '', `Phishing alert 🚨 A text claiming to be from "Irwell Buses Rewards" is asking people to confirm their card 4970 7397 5681 4612 to claim free travel. We never ask for card details by SMS. Report and delete.`],
  ['linkedin', 'fr', 'card', `Incident caisse du terminal de Bastia ce matin : le TPE a imprimé le numéro complet sur le ticket client : 2223 2277 9749 6359. Ticket récupéré et détruit, fournisseur prévenu.`],
  ['linkedin', 'en', 'card', `Reimbursement request for the Tokyo trade show: the taxi from Narita went on my personal JCB 3566 8684 8877 8788 because the corporate card was blocked. Receipt attached, can finance reimburse by month end?`],
  ['linkedin', 'fr', '', `Numéro de suivi de votre colis : 6759 4043 6003 0396. Vous pouvez le suivre sur le site du transporteur. Merci pour votre commande et à bientôt sur l'e-shop des Soieries !`],
  ['linkedin', 'fr', 'national_id', `Fiche d'accueil pour notre stagiaire italienne, à compléter par la paie : Giulia Bianchi, codice fiscale BNCGLI85M52F205H, arrivée le 6 janvier au service design. Benvenuta Giulia 🇮🇹`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for Piotr, our new maintenance technician in Gdańsk: PESEL 88031512345, medical check booked for Tuesday, safety induction Wednesday. Welcome aboard, Piotr! ⚓`],
  ['linkedin', 'en', 'national_id', `Heads-up to the Berlin payroll team: Mehmet's tax ID was missing on the November payslip, it's 86095743810. Please rerun before the 15th so his Lohnsteuer isn't calculated at class 6 again.`],
  ['linkedin', 'fr', 'national_id', `Dossier d'expatriation pour notre ingénieur brésilien : CPF 528.409.173-60, visa de travail en cours. On a hâte de l'accueillir à Montréal pour la production du prochain jeu 🇧🇷`],
  ['linkedin', 'en', 'national_id', `Reminder for the Durban sourcing trip: Thabo's ID number for the site access list is 9107155123080. Please forward to the port security office by Thursday.`],
  ['linkedin', 'fr', 'national_id', `Pour le badge d'accès au port de Zeebrugge, la capitainerie demande le numéro de registre national de Pieter : 85.03.17-264.62. Merci de le transmettre à la sécurité avant lundi.`],
  ['linkedin', 'en', 'national_id', `New joiner paperwork for our US remote hire: SSN 412-68-3071, start date January 12, laptop shipping to Austin. Welcome, Jordan!`],
  ['linkedin', 'en', '', `Payroll 101 for new HR colleagues: 123-45-6789 is the SSN you'll see on every sample form, and it was never issued to anyone. If a candidate submits that one, something's off.`],
  ['linkedin', 'fr', 'national_id', `Récap mutuelle pour l'équipe de Marseille (Théo, c'est pour toi) : ton numéro de sécurité sociale a été mal saisi, le bon est 1 93 09 13 055 087 45. Renvoie ta carte Vitale scannée à la RH et on corrige.`],
  ['linkedin', 'fr', '', `Pour le module paie de demain : un NIR comporte 13 chiffres et une clé de contrôle à 2 chiffres. Par exemple, 1 78 04 69 123 045 30 n'est pas valide, la clé ne correspond pas. Exercice : retrouvez la bonne clé 😉`],
  ['linkedin', 'en', 'national_id', `Immigration file for Alejandro (our new logistics analyst) is nearly done: NIE Y1062177M, padrón certificate received. Last step is the TIE appointment in Bilbao on the 19th.`],
  ['linkedin', 'en', 'national_id', `Visa paperwork for Ananya, joining the Stockholm lab in February: Aadhaar 7382 9164 0528, passport renewal in progress. Can't wait to have her on the team 🌾`],
  ['linkedin', 'fr', '', `Le DNI espagnol de démonstration, celui qu'on voit sur toutes les cartes spécimen du ministère, c'est 99999999R. Utile pour tester vos formulaires sans utiliser les données d'un vrai salarié.`],
  ['linkedin', 'en', 'national_id', `HMRC letter for Callum came back because of a typo in his National Insurance number. Correct one is JM 48 27 16 C. Can someone in HR resubmit before Friday?`],
  ['linkedin', 'en', 'phone', `Great meeting you at the Nor-Shipping stand! For the ROV pilot follow-up, call Erik directly on +47 481 29 364 — he's the one who actually builds the cameras.`],
  ['linkedin', 'fr', 'phone', `Partenariat avec les coopératives de Soubré ✅ Pour organiser les visites de plantations, contactez Aya Koné, notre coordinatrice terrain : +225 07 48 62 19 33 (WhatsApp aussi).`],
  ['linkedin', 'fr', 'phone', `Nouveau dans l'équipe logistique d'Oran : Mourad. Si vous avez des livraisons urgentes sur l'Ouest, son portable c'est le +213 661 24 87 53. Bienvenue Mourad !`],
  ['linkedin', 'en', 'phone', `Out of office until 6 January. For urgent questions on the Milan store openings, please call my colleague Francesca on +39 347 218 6604. Buone feste! 🎄`],
  ['linkedin', 'en', 'phone', `For the Tallinn Digital Summit side event: if you're lost, call Kadri on +372 5384 2716 and she'll walk you over from the Kultuurikatel entrance.`],
  ['linkedin', 'fr', 'phone', `Merci à toutes les personnes venues au stand hier à Bruxelles ! Pour la suite, appelez directement Lotte sur son GSM : +32 478 21 36 90, elle gère les inscriptions au séminaire.`],
  ['linkedin', 'en', '', `Our switchboard number has changed: you can now reach Taff Valley Insurance Brokers on 029 2048 1170, Monday to Friday 9–5. Claims line unchanged.`],
  ['linkedin', 'en', '', `Fun fact from our writers' room: every phone number in our game's detective chapter uses the 07700 900 range (e.g. 07700 900461), which Ofcom reserves for drama. No player will ever ring a real person by accident.`],
  ['x', 'en', '', `need a number for your short film that won't ring anyone? 555-0142 is in the fictional range in North America. you're welcome, indie devs`],
  ['linkedin', 'fr', 'email', `Appel à bénévoles pour la fête de la Soie le 17 mai 🎉 Inscriptions auprès de moi par mail : camille.roux.lyon@gmail.com. On a besoin de monde pour l'atelier enfants !`],
  ['linkedin', 'en', 'email', `Recruiting update: we're looking for two site technicians in Bergen. Send your CV straight to me at ingrid.solberg@fjordlaks.no and mention this post — I read everything myself.`],
  ['linkedin', 'fr', '', `Pour postuler : envoyez CV et portfolio à recrutement@pixelboreal.ca. On répond à toutes les candidatures, promis, même si ça prend parfois deux semaines.`],
  ['linkedin', 'fr', 'email', `Pour les factures du transporteur de Libourne (Jean Prieur), son adresse perso est compta.jprieur@wanadoo.fr — il ne consulte jamais celle de la boîte. Je la note ici pour l'équipe compta.`],
  ['linkedin', 'en', '', `Changelog 4.12 🛠️
- New: bulk invite for payroll admins
- Fixed: email validation rejected addresses like user+tag@example.com
- Fixed: timezone bug on Irish bank holidays
- Improved: export to CSV is 3x faster`],
  ['linkedin', 'fr', '', `Chez nous, les adresses suivent toutes le format prenom.nom@entreprise.fr. Si un mail arrive de prenom.nom.entreprise@gmail.com en se faisant passer pour la direction, c'est du phishing. Ne répondez pas.`],
  ['linkedin', 'en', 'email', `Notes from Thursday's call with the Rotterdam pilots association
- Agreed: joint drill in February
- Action (Jan): share towage procedures
- Contacts: Willem van der Berg (w.vanderberg@maasdelta-towage.nl) for ops, me for commercial`],
  ['linkedin', 'fr', 'email', `Je relaie : Aurélie Devos quitte la présidence de l'association des professionnels des affaires publiques. Pour lui écrire un mot, son adresse directe est a.devos@rdladvisory.eu. Merci Aurélie pour ces trois années !`],
  ['x', 'en', '', `press enquiries about today's announcement: press@havregard.se. we'll get back to everyone by tomorrow morning 🌾`],
  ['linkedin', 'en', 'secret', `Heads-up: I accidentally posted our AWS credentials in the #general channel this morning (AKIA7D6GJTFB7W2AD6JB / bEl7oX8nrEHAluvtdgDW1/In81LJK6yc/jecsbln). They've been rotated, but please delete any copy you might have.`],
  ['linkedin', 'fr', 'secret', `Retour d'expérience sur notre migration vers PostgreSQL 16 🐘 Tout s'est bien passé, à part un script de sauvegarde qui pointait encore sur l'ancienne base. Pour mémoire, la chaîne de connexion à corriger : postgres://backup_svc:Lin!Halluin2026@db-prod-02:5432/gpao. Moralité : faites l'inventaire de vos crons.`],
  ['linkedin', 'en', 'secret', `Runbook excerpt for the on-call rotation (for the new joiners who don't have Confluence yet):
1. SSH to the bastion
2. sudo password for the ops user is Fj0rd-Laks!rov
3. Restart the ingest service and check the camera feed
Ping me if step 3 fails.`],
  ['linkedin', 'fr', 'secret', `Pour l'atelier IA de vendredi, j'ai créé une clé OpenAI partagée pour la démo : sk-proj--WvXX2HdNK44cjXQVIoSTsp5svg_LRTlGrwQ2d8m3Dze9n2c. Limite à 20 € donc pas de panique, mais ne la sortez pas de l'équipe 🙂`],
  ['linkedin', 'en', 'secret', `Our Slack bot for tug bookings is back online. If you're wiring it into your own workflow, the bot token is xoxb-3511971814-7815806998339-EzViXZya8cdFOcVwWBhqG5KS. Please don't spam the channel while testing.`],
  ['linkedin', 'en', 'secret', `Release notes for the internal model hub. To pull the fine-tuned defect detector, log in with the team token hf_fbdUwFDrzIe3mGxHoL43ScQQYK8TUkl1JY and run the usual snapshot_download. Thanks to the vision team!`],
  ['linkedin', 'fr', 'secret', `Wifi du bureau de Tallinn pour ceux qui viennent au séminaire interne : réseau LEXLINK-STAFF, mot de passe Kalamaja#2026!oü. (Ne le donnez pas aux visiteurs, il y a un réseau invité pour eux.)`],
  ['linkedin', 'en', '', `Security tip of the week 🔐 If you see something like ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in a tutorial, that's a placeholder for a GitHub token. Never paste your real one into a README, a ticket or, heaven forbid, LinkedIn.`],
  ['linkedin', 'en', '', `v2.8.0 is out 🎉 Release artefacts are signed; SHA-256 of the Linux tarball: 9f2c4e1a7b83d5f06e2a91c4b7d8e3f5a6c0b1d2e4f7a8c9b0d1e2f3a4b5c6d7. Verify before you install. Commit 4e1b9c2 fixes the Windows installer.`],
  ['linkedin', 'fr', '', `Gestionnaire de mots de passe : on l'a enfin déployé pour toute l'équipe de Lannion 🎉 Fini les post-it sous le clavier et les « Motdepasse123 » (oui, on en a trouvé lors de l'audit). Merci à Gwenola pour la formation.`],
  ['linkedin', 'en', '', `Trace ID for the outage post-mortem, for anyone reading along on the public status page: 7c9e6679-7425-40de-944b-e07fc1f90ae7. It links the customer reports to the root cause we published.`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau tableau de suivi des essais pneus est en ligne 🎉 https://grafana.acme-corp.net/d/banc-neige/essais-hiver?orgId=2 — vous y trouverez les courbes de freinage en temps réel. Remarques bienvenues !`],
  ['linkedin', 'en', 'internal_url', `Incident write-up from last night's payroll delay is on the wiki: https://confluence.corp.acme.com/display/PAY/INC-2291 — TL;DR a bank cut-off change we missed. Full timeline and actions inside.`],
  ['linkedin', 'fr', 'internal_url', `Ticket ouvert pour le bug du calcul des droits de douane sur les envois vers la Tunisie : https://jira.acme-corp.net/browse/LOG-4412. Si vous êtes concernés, ajoutez-vous en observateur.`],
  ['linkedin', 'en', 'internal_url', `For the design team: the new frame renders for spring are on the share at https://files.corp.acme.com/design/SS27/renders — please don't download the full-res PSDs over hotel wifi 😅`],
  ['linkedin', 'fr', 'internal_url', `Mise à jour du simulateur de répartition des cabines : http://172.16.8.44:8080/cabines/v3 (réseau de la gare maritime uniquement). Merci à l'équipe SI pour ce travail.`],
  ['linkedin', 'en', 'internal_url', `Quick tip for the new analysts: all the playbooks are in the repo at https://gitlab.acme-corp.net/soc/playbooks/-/tree/main/ransomware — star it, you'll need it at 3am.`],
  ['linkedin', 'fr', 'internal_url', `Rappel : les demandes de congés de fin d'année se font sur https://intranet.corp.acme.com/conges avant le 15 décembre. Après, ça passe par le manager et ça prend plus de temps.`],
  ['linkedin', 'en', '', `Our public status page is status.ledgerleaf.ie — subscribe to get an email whenever payroll runs are delayed. We publish every incident there, including the embarrassing ones.`],
  ['linkedin', 'fr', '', `Nos offres d'emploi sont toutes sur notre page carrières : https://www.banc-essai-auvergne.fr/carrieres. Techniciens d'essais, pilotes et ingénieurs bienvenus ❄️`],
  ['linkedin', 'en', '', `Open-sourced today: our underwater image-dehazing library, on GitHub at https://github.com/fjordlaks/dehaze. Issues and PRs welcome 🐟`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage ici la note envoyée aux managers, parce qu'elle répond à beaucoup de questions qu'on me pose :
[USAGE INTERNE UNIQUEMENT]
Le déménagement de l'équipe design vers le 4e étage aura lieu la semaine du 19 janvier. Les bureaux seront en flex office.`],
  ['linkedin', 'en', 'confidential_marker', `Sharing the slide I presented to the ops leads this morning (it's marked "Strictly Private & Confidential" but honestly it's just a roadmap): new depot at Trafford Park, electrification of routes 50 and 53, driver training centre.`],
  ['linkedin', 'fr', 'confidential_marker', `Voici le communiqué que nous publierons jeudi — SOUS EMBARGO jusqu'au 11/12 à 8h : nouvelle ligne Toulon–Porto-Torres à partir d'avril, 3 rotations par semaine. Je vous le partage en avant-première 🤫`],
  ['linkedin', 'en', 'confidential_marker', `PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION
Summary of our advice on the e-residency data transfer question: the SCCs remain adequate for the current setup.
(Posting this because I'm proud of how clearly the team wrote it.)`],
  ['linkedin', 'fr', '', `Le secret professionnel de l'avocat, ce n'est pas un privilège corporatiste : c'est la condition de la confiance du client. Belle conférence hier au barreau de Bruxelles sur ce thème.`],
  ['linkedin', 'en', 'codename', `Proud moment: the Atlas Bleu pilot went live at 6am today on three of our buses in Salford. Real-time passenger counting, no cameras. Can't say more yet, but the data so far is beautiful.`],
  ['linkedin', 'fr', 'codename', `Revue de sprint Nébula ce matin : le module de prédiction de stress hydrique est enfin stable sur les parcelles de test. Prochaine étape, les serres de Lunel. Bravo la team data 💧`],
  ['linkedin', 'en', 'codename', `Kickoff for Project Kestrel in Zurich today. Twelve people, one whiteboard, far too many croissants. If you're on the distribution list, the charter is in your inbox.`],
  ['linkedin', 'fr', 'codename client_name', `Point d'étape Orion avec les équipes de l'Hôpital Sainte-Claire : la supervision du réseau biomédical sera basculée sur notre SOC en février. Merci pour la confiance !`],
  ['linkedin', 'en', '', `Went to the planetarium with the kids on Sunday. The Orion Nebula show was magical — my six-year-old now wants to be "a star doctor". Highly recommend the Tekniska museum if you're in Stockholm.`],
  ['linkedin', 'fr', '', `Bouquin de Noël trouvé chez un bouquiniste de Genève : un vieil atlas bleu de 1954, avec les frontières coloniales et les lignes de chemin de fer disparues. Mon bureau a un nouveau trésor 📘`],
  ['linkedin', 'en', '', `Subscribed to Nebula this week for the engineering documentaries. The one on container ships is genuinely great — recommended for anyone in maritime.`],
  ['linkedin', 'fr', '', `Magnifique lever de soleil sur le Haut Atlas depuis Imlil, les crêtes presque bleues à l'aube. Une semaine de randonnée pour recharger les batteries avant la clôture de l'année ⛰️`],
  ['linkedin', 'en', 'client_name', `Great session with the Globex procurement team in Amsterdam today — they're rolling out our payroll platform to their Irish and Dutch entities next quarter. Onwards 🚀`],
  ['linkedin', 'fr', 'client_name', `Retour sur la semaine : audit de sécurité bouclé chez Initech, 43 vulnérabilités corrigées, zéro incident en production. L'équipe pentest mérite des crêpes.`],
  ['linkedin', 'en', 'client_name', `Incident write-up (short version): the delay in delivering shipments to Société Générique's Lyon warehouse last week was caused by a customs system outage in Valencia. All containers released on Monday, and we're adding a buffer day to their lane.`],
  ['linkedin', 'fr', 'client_name', `Merci à l'Hôpital Sainte-Claire de nous avoir fait confiance pour la fourniture des anticancéreux en 2027 ! Toute l'équipe de Blida est mobilisée.`],
  ['x', 'en', 'client_name', `massive thanks to the Initech crew for the onsite in Tallinn, best workshop we've run all year 🙌`],
  ['linkedin', 'en', '', `Rewatched Office Space last night. Initech's TPS reports still hit way too close to home for anyone who's worked in IT ops. Where's my red stapler? 📎`],
  ['x', 'fr', '', `Ce matin j'ai entendu « Globex » dans un épisode des Simpson et j'ai pensé à Hank Scorpio, le meilleur patron de l'histoire de la télé. Bon vendredi 😄`],
  ['linkedin', 'fr', '', `Nouvelle signalétique à l'entrée du terminal : « Zone à accès restreint — personnel autorisé uniquement ». Rien de secret, juste de la sécurité portuaire. Merci aux dockers pour leur patience pendant les travaux.`],
  ['linkedin', 'fr', '', `Félicitations à Inès, notre ancienne stagiaire, qui commence son internat en pharmacie à Constantine ! Interne en pharmacie hospitalière, ça a de l'allure 👏`],
  ['linkedin', 'en', 'financial', `Board pack for next week says the new depot in Trafford Park will cost somewhere between £18m and £21m. Nobody outside the exec team has seen it yet and the council hasn't granted planning, so please keep it to yourselves.`],
  ['linkedin', 'fr', 'financial', `Petite victoire d'équipe : on a renégocié le contrat de fret maritime avec l'armateur, on économise environ 420 000 € par an. Rien n'est signé avant la fin du mois, donc discrétion, mais bravo Nathalie !`],
  ['linkedin', 'en', 'financial', `Our export forecast for the Chinese market next year is 900,000 pairs of frames, triple this year. The distributor agreement is still being finalised, so that figure isn't out there yet.`],
  ['linkedin', 'fr', 'financial', `Entre nous : le prix de la nouvelle licence entreprise tournera autour de quinze mille dollars par an. Marketing n'a pas encore validé la grille, donc rien n'est gravé dans le marbre.`],
  ['linkedin', 'en', 'financial', `Q1 payroll processed volume should reach €1.1bn based on the signed pipeline. It's an internal projection for the credit committee, not guidance, but wow, look how far we've come.`],
  ['linkedin', 'fr', 'financial', `Le futur tarif des carrés sur mesure sera de 650 € pièce, au lieu de 520 € aujourd'hui. On l'annonce aux boutiques partenaires en janvier, pas avant, merci de ne pas en parler aux clientes 🙏`],
  ['x', 'en', 'financial', `Just saw the draft P&L: our Bilbao mill EBITDA margin is 14.2% for 2026. Not audited, not announced, just me being very happy in the office at 8pm 😁`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle pour la flotte : l'achat des deux remorqueurs d'occasion à Dunkerque est bouclé à 3,6 millions, sous réserve de l'inspection de février. Le vendeur ne veut pas que ça se sache avant la cession.`],
  ['linkedin', 'fr', '', `Dans notre rapport RSE 2025, publié ce matin : 1 240 tonnes de CO2 évitées, 92 % de déchets de lin valorisés et un chiffre d'affaires de 12,8 M€. Le document complet est sur notre site.`],
  ['linkedin', 'en', '', `Today we announced our €15m Series A, led by a Berlin climate fund, with the press release going out on the wire at 9am. Thank you to the whole Zellwerk team and to every customer who trusted a start-up with their old batteries 🔋`],
  ['linkedin', 'fr', '', `Nos tarifs publics 2026 pour les essais de bruit de roulement sont en ligne : 2 900 € HT la journée de piste, 1 700 € la demi-journée. Devis personnalisés sur demande.`],
  ['linkedin', 'en', '', `Hiring in Tallinn: Legal Engineer (full-time). €4,200–5,300 gross per month, stock options, 30 days holiday, and the best sauna in the Old Town. Apply through our careers page.`],
  ['linkedin', 'fr', '', `Mon vélo électrique m'a coûté 1 400 € il y a deux ans et m'a déjà fait économiser près de 600 € d'essence. Meilleur investissement de ma vie de salarié pendulaire à Grenoble 🚲`],
  ['linkedin', 'en', '', `Eurostat: households in the EU spent on average about 13% of their budget on food last year. Oat drinks are still a tiny slice of that, which is exactly why we think there's room to grow.`],
  ['linkedin', 'fr', '', `La Fédération de l'industrie horlogère suisse a publié ses chiffres : les exportations de montres ont reculé de 2,8 % en octobre. Période compliquée pour toute la filière, y compris pour nous, sous-traitants.`],
  ['linkedin', 'en', '', `Limmat's half-year report, published this morning, shows a cost/income ratio of 68% and assets under management of CHF 41bn. The IT transformation is part of that story, and I'm proud of my team.`],
  ['linkedin', 'fr', '', `Notre éditeur a annoncé hier que le jeu avait dépassé le million d'exemplaires vendus 🎉 Merci aux joueurs, aux streamers et à l'équipe de Montréal qui y a mis cinq ans de sa vie.`],
  ['linkedin', 'en', '', `The Port Authority published the award this morning: our €9.5m towage contract for the new container terminal is now official. Three years of preparation, one very happy crew ⚓`],
  ['linkedin', 'fr', '', `Bon à savoir pour nos clients qui gèrent la paie : le plafond annuel de la Sécurité sociale pour 2026 a été publié au Journal officiel. Pensez à mettre à jour vos paramètres avant la paie de janvier.`],
  ['linkedin', 'fr', '', `Petit conseil aux jeunes diplômés : négociez ! J'ai accepté mon premier CDI à 28 k€ en 2012 sans discuter, et j'ai mis quatre ans à rattraper l'écart. Votre premier salaire vous suit longtemps.`],
  ['linkedin', 'fr', '', `L'Observatoire régional des transports a publié son bilan : 3,1 millions de passagers ont rejoint la Corse par la mer l'été dernier. Une saison record pour tous les opérateurs du port de Marseille.`],
  ['linkedin', 'en', '', `Congratulations to our friends at a Swedish cell maker on their SEK 2bn rights issue, announced yesterday. A strong signal for the European battery value chain.`],
  ['linkedin', 'fr', '', `Le Parlement européen a adopté hier le budget 2026 de l'Union : un peu moins de 193 milliards d'euros en engagements. Notre note d'analyse sur ce que ça change pour l'agriculture est disponible sur notre site.`],
  ['linkedin', 'en', '', `Proud that the €40m pipeline contract announced by our client last week is now in production at the Bilbao mill. First 2,000 tonnes shipped on time 💪`],
  ['linkedin', 'fr', '', `Les carrés de la collection automne sont à 290 € sur l'e-shop, livraison offerte jusqu'à Noël. Chaque pièce est imprimée à la main à la Croix-Rousse 🧣`],
  ['linkedin', 'en', '', `According to the ABI's latest figures, the average comprehensive car insurance premium in the UK was £635 last quarter. If yours jumped, shop around or talk to a broker (hi 👋).`],
  ['linkedin', 'fr', '', `En 1998, l'entreprise comptait 12 personnes dans un hangar près de l'aéroport. Nous sommes aujourd'hui 62, avec trois pistes d'essais. Merci aux fondateurs pour ce pari un peu fou ❄️`],
  ['linkedin', 'en', '', `Our Christmas raffle raised NOK 47,300 for the Bergen children's hospital. Special thanks to the fish-farm team for donating the salmon for the top prize 🐟`],
  ['linkedin', 'fr', '', `Le chiffre qui m'a marqué dans l'étude Xerfi publiée cette semaine : le marché français de l'irrigation connectée pèserait 180 M€ d'ici 2030. Sacrée opportunité pour l'agritech montpelliéraine.`],
  ['linkedin', 'en', '', `Our published results for 2025: revenue €22.4m, gross margin 31%, and our first profitable year. The full annual report is on the investor page. Thank you, Occhiali Navigli family 🕶️`],
  ['linkedin', 'fr', '', `Rappel de nos tarifs réglementés 2026 pour la traversée Marseille–Bastia, publiés par l'Office des transports de la Corse : 31 € pour les résidents, 52 € en tarif normal. Toutes les conditions sur notre site.`],
  ['x', 'en', '', `Our Dublin office was valued at €2.1m by the landlord's agent in the sale listing they put on daft.ie this week. we're renting, so, uh, not our problem 😅`],
  ['x', 'fr', '', `Le prix de l'essence à Alger reste fixé à 45 DA le litre. Au moins une chose qui ne bouge pas en fin d'année ⛽`],
  ['linkedin', 'en', '', `Job ad: Bus Driver trainee, Manchester and Bolton depots. £13.50/hour during training, £15.20/hour once qualified, plus overtime. No experience needed, we'll get you your licence.`],
  ['linkedin', 'fr', '', `Stage de fin d'études en cybersécurité à Rennes 🛡️ Gratification : 1 200 € brut par mois, tickets restaurant, remboursement transport à 75 %. Postulez via notre page carrières.`],
  ['linkedin', 'en', '', `Annual charity ride done: 180 km from Geneva to Lausanne and back, and our team raised CHF 23,500 for the Ligue contre le cancer. Legs gone, heart full.`],
  ['linkedin', 'fr', '', `Notre communiqué de presse du 3 novembre l'a officialisé : Cacao Lagunes a exporté 48 000 tonnes de fèves sur la campagne 2025-2026, un record. Merci aux 6 000 producteurs partenaires 🇨🇮`],
  ['x', 'en', '', `Our mortgage broker told us house prices in Cardiff went up 4% this year. My bank account did not. Anyway, back to insurance.`],
  ['linkedin', 'en', 'financial', `Rehearsing for Thursday's AGM and the line I'm most nervous about: "we expect 2027 revenue of around SEK 2.4 billion". Until the chair says it on stage, it's just me and a mirror, so please don't repeat it 🙈`],
  ['linkedin', 'fr', 'financial', `Soixante-douze millions : c'est le montant du marché de rénovation des postes de contrôle qu'on décroche si la mairie confirme au conseil du 18. On croise les doigts, et on ne dit rien tant que la délibération n'est pas votée.`],
  ['linkedin', 'en', '', `Incident write-up, shared publicly because our customers deserve it: on Tuesday between 09:12 and 10:47 CET, payslip generation failed for 3% of employers because of a certificate renewal we missed. No data was exposed. We've added automated expiry alerts and a second on-call reviewer.`],
  ['linkedin', 'fr', '', `Quelle soirée au Salon du Made in France ! Des centaines de visiteurs sur le stand, des questions passionnantes sur le rouissage du lin, et un atelier de tissage pris d'assaut par les enfants. Merci à toute l'équipe d'Halluin 🌾`],
  ['linkedin', 'en', '', `Out of office until 5 January — offline, skiing, and trying not to check email. The support team is at support@ledgerleaf.ie as always. Happy holidays!`],
  ['linkedin', 'en', 'card', `Note for whoever takes over the Shanghai trade-show logistics: the booth rental was paid with the UnionPay card our agent lent us, 6212 9065 3127 0459 989. We owe him the deposit back, so please settle it before Chinese New Year.`],
  ['linkedin', 'fr', 'card', `Réservation du dîner d'équipe au bord du lac confirmée 🎉 Le restaurant demandait une garantie, j'ai donné la Diners de la boîte : 3056 232989 0670. Menu à 85 CHF par personne, vins compris, c'est cadeau de la direction !`],
  ['linkedin', 'fr', 'confidential_marker', `Compte rendu du comité qualité (je le colle tel quel, désolé pour la mise en forme) :
Classification : C3 – Diffusion interne restreinte
- Taux de rebut des spiraux : en baisse sur la ligne 2
- Audit client prévu fin janvier
- Nouveau contrôle optique validé
Bravo à toute l'équipe du Sentier !`],
  ['linkedin', 'en', 'confidential_marker', `Copying the changelog from our release channel for those who asked:
Internal use only – not for distribution
v5.2: new camera firmware, faster net-inspection AI, fix for the battery indicator on ROV units.
Shipping to customers in January!`],
]);
