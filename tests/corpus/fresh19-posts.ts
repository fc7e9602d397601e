import { rows } from './corpus-types';

/**
 * Held-out set "fresh19": written 2026-12-03 (18:14-18:25 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * first 45 lines of fresh17 for the header and row style, and index.ts to register the set), so it measures how the
 * rules generalise to posts they were never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh19`.
 * First scored 2026-12-03 18:28 UTC on the rules of 391196b (this session's, with the unsourced financial model), before
 * any fix from it: confidentiality macro F1 0.932, 8.4 % of clean posts flagged (8 of 95); financial 0.824 (recall 0.729),
 * confidential_marker 0.857, email 0.833 (role mailboxes labelled clean), national_id 0.900. On the rules of f8ab5a8 (before
 * the unsourced model): 0.915, 7.4 %; financial 0.639 (recall 0.479).
 *
 * Authors: a Grenoble hydrogen-electrolyser maker, a Gironde cooperage, a Roubaix textile recycler, a Marseille-Fos
 * port-handling firm, a Rennes cybersecurity start-up, a Paris bakery chain, a Montpellier irrigation agritech, a
 * Vallée de Joux watchmaker, a Brussels legal-tech, a Montréal game studio, an Abidjan mobile-money operator, a
 * Manchester payments fintech, a Leith whisky distillery, a Munich warehouse-robotics firm, a Madrid solar EPC, a Milan
 * fashion e-commerce, a Norwegian salmon farmer, an Austin HVAC SaaS, a Toronto insurtech, a Singapore cold-chain
 * operator, a Perth mining-analytics start-up, a Bengaluru payroll SaaS, a Cape Town wetsuit maker and a Jura comté
 * cooperative. Forms: proud team updates, pasted CODIR/board/offsite/ops notes, customer-service replies (surface
 * 'comment', on LinkedIn and X), job ads with published pay bands, X posts and a three-post X thread, polls, event
 * recaps, out-of-office and on-call notes, changelogs and release notes, incident write-ups, supplier bank-detail
 * notices, farewells, lost-and-found notices, fraud warnings, flat-share and kitty requests, onboarding and payroll
 * questions.
 *
 * Financial positives (48), in digits, words ("un peu plus de trente-huit millions") and ranges: an order book and a
 * year's sales before the annual results, a turnover before the accountant signs off, a contract value before a trade
 * show, ARR before a funding announcement, MRR, bookings, a first break-even month, a loss ratio before the regulator
 * filing, an EBITDA margin and a gross margin before audit, a sealed bid (in EUR and per kWh), a price rise before
 * customers or distributors are told, a milk price before the AGM, a supplier discount, a lease cost, a term sheet
 * pre-money and a Series B before announcement, headcount plans and 30 job cuts before the works council, a payroll
 * rise, an R&D and a trade-show budget, capex and investment plans, volume and harvest forecasts, a unit cost, SLA
 * credits lost in an outage, a client renewal and a lost renewal worth so much, a farewell's "from 2 M€ to 19 M€".
 * Financial look-alikes (about 40, all clean): results quoted from a press release, a semester report, Companies House
 * or the AFR; public list prices and tariffs; published salary bands in job ads; household and personal money (a
 * student loan, a grocery budget, an Uber fare); public statistics and studies (port authority, RBI,
 * Fish Pool index, IBC, Gartner, CIGC, SMIC decree, CRE tariff); other companies' results (Nvidia, Schneider); public
 * grants and council decisions; charity, crowdfunding and auction totals; prize money; a margin exercise for
 * apprentices.
 *
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: IBANs with the
 * mod-97 check and the exact country length (FR with the RIB key, BE with its mod-97 account check, ES with both
 * control digits, IT with its CIN letter, NL account passing the 11-test, DE, GB, CH, IE, SE, FI with a Luhn account,
 * NO, AT, PT, PL); Luhn-valid Visa, Mastercard (5- and 2-series), Amex, Discover and JCB; national ids with their keys:
 * French NIR (97 - n mod 97), Belgian national register number, Swiss AVS (EAN-13), Italian codice fiscale, Spanish DNI
 * and NIE letters, Swedish personnummer (Luhn), Norwegian fødselsnummer (two mod-11 digits), Polish PESEL, German
 * Steuer-ID (ISO 7064 mod 11,10), Dutch BSN (11-test), Aadhaar (Verhoeff), Singapore NRIC letter, Australian TFN
 * (weighted mod 11), South African ID (Luhn), Canadian SIN (Luhn), Brazilian CPF; US SSN, UK NINO, Moroccan and Ivorian
 * CIN by format. Look-alikes: documented specimens named as such (the FR, CH and GB textbook IBANs, Stripe's 4242 card,
 * AWS's EXAMPLE key, the 078-05-1120 wallet SSN, HMRC's QQ NINO, the AVS 756.1234.5678.97 example, the S1234567D NRIC,
 * the Mario Rossi codice fiscale, the 99999999R DNI specimen, an all-nines NIR), a wrong IBAN check (a fraud warning, a
 * rejected RIB), failing Luhn or NIR keys (an order number, a checkout typo, a QA test, a mistyped SIN beside the right
 * one), masked card endings, placeholders (<your-key-here>); the policy's code names in their ordinary sense (the Orion
 * Nebula, a kestrel, the Atlas Mountains, a Lille restaurant "L'Atlas Bleu", a post musing on astronomy product names),
 * client names in their ordinary sense (Globex in The Simpsons, Initech in Office Space, Saint Clare, "une entreprise
 * générique"), and confidential words harmlessly (L.A. Confidential, a novel "Le Secret de…", Secret Santa, a privacy
 * policy, TLP:CLEAR, a "secret notes" field in a changelog).
 *
 * Labelling conventions (a careful reviewer's): a financial figure is labelled when it is the author's company's own
 * and either said or implied not to be public yet, or simply shared from inside with no source; a figure attributed to
 * a release, report, filing or public price is clean. A named person's direct mobile or own work/personal address is
 * phone/email, even the author's own; published switchboards, customer hotlines and role mailboxes (presse@, sales@,
 * careers@, recrutement@) are clean. Every real-looking IBAN with a valid check is labelled iban, even the company's
 * own account in a supplier notice or a kitty's; valid card numbers and national ids are labelled whoever they belong
 * to. Tokens, API keys and passwords (office Wi-Fi, admin, DB) are secret. Intranet, private-IP,
 * *.internal/*.local/*.lan, SharePoint-site and policy-domain (acme-corp.net, corp.acme.com) links are internal_url;
 * news.acme.com, public docs, GitHub and localhost are clean. confidential_marker is for a document label
 * (CONFIDENTIEL, diffusion restreinte, usage interne uniquement, strictly confidential, embargoed until, TLP:AMBER, C2
 * – Interne, internal only). codename and client_name only for the policy's names (Orion, Nébula, Project Kestrel or
 * Kestrel as the project, Atlas Bleu; Société Générique, Globex, Hôpital Sainte-Claire, Initech) used as the company's
 * project or customer.
 *
 * Counts: 254 posts (119 FR, 135 EN; 28 on X, 8 comments): 95 clean, 159 with one or more findings (11 with two). Per
 * label: financial 48, national_id 22, iban 17, phone 13, secret 13, client_name 11, email 10, confidential_marker 9,
 * internal_url 9, codename 9, card 9.
 */
export const FRESH19_POSTS = rows('fresh19', [
  ['linkedin', 'fr', 'financial', `Petite fierté du lundi chez Hydralpes 💪

Notre carnet de commandes d'électrolyseurs vient de passer la barre des 62 M€. C'est encore un chiffre interne (les résultats annuels ne sortent qu'en mars), mais je voulais remercier toute l'équipe d'assemblage d'Échirolles qui a tenu les cadences malgré les retards de membranes.

On recrute, d'ailleurs. Venez nous voir !`],
  ['linkedin', 'fr', '', `Comme annoncé dans notre communiqué du 12 novembre, Hydralpes a réalisé un chiffre d'affaires semestriel de 31,4 M€, en hausse de 18 %. Le détail est dans le rapport financier semestriel disponible sur notre site, rubrique Investisseurs.

Fier de faire partie de cette aventure industrielle grenobloise. #hydrogène #industrie`],
  ['linkedin', 'fr', 'phone', `Je serai en congé du 21 décembre au 4 janvier inclus, sans accès à mes mails.

Pour toute urgence sur les chantiers de la rive nord, vous pouvez joindre directement Mathilde Garnier sur son portable au 06 71 38 24 90. Pour le reste, ça attendra la nouvelle année 🎄

Bonnes fêtes à tous !`],
  ['linkedin', 'fr', '', `Bientôt les vacances de fin d'année ! Le standard de la Tonnellerie Garonne reste ouvert du lundi au vendredi, 8h-12h, au 05 56 00 00 00 (numéro affiché sur notre site), et les commandes de barriques passées avant le 19 décembre seront livrées avant la fermeture.

Merci à nos tonneliers pour cette belle saison 🍷`],
  ['linkedin', 'fr', 'financial', `Bilan de saison à la Tonnellerie 🪵

On boucle l'année à environ 8,4 M€ de chiffre d'affaires, +12 % par rapport à l'an dernier, avec 4 200 barriques sorties de l'atelier. L'expert-comptable n'a pas encore validé les comptes donc rien d'officiel, mais l'équipe mérite de le savoir.

Merci à tous, et place à la chauffe des nouvelles douelles !`],
  ['linkedin', 'fr', 'confidential_marker financial', `CONFIDENTIEL – CODIR du 28/11 (ReFil Nord)

Présents : Direction générale, DAF, DRH, Dir. Industriel, R&D
1. Budget R&D 2027 : 1,2 M€ validé (dont 400 k€ pour la ligne de défibrage mécanique)
2. Embauches : 6 CDI en production au T1
3. Point sécurité : zéro accident depuis 214 jours 👏
4. Prochain CODIR le 12/12

Désolée pour le pavé, je colle ça ici pour ceux de l'équipe qui n'ont pas accès au drive partagé depuis chez eux.`],
  ['linkedin', 'fr', 'email', `Pour les fournisseurs qui m'ont demandé : à partir de janvier, envoyez vos factures directement à mon adresse, julien.lemaire@refil-nord.fr, et plus à l'ancien service achats. Je centralise tout jusqu'à l'arrivée de ma future collègue.

Merci de votre patience pendant cette transition !`],
  ['linkedin', 'fr', '', `Nous recrutons un(e) technicien(ne) de maintenance H/F en CDI à Roubaix 🧵

• Salaire : 32 à 38 k€ brut annuel selon expérience + prime d'équipe
• Horaires en 2x8, mutuelle prise en charge à 70 %
• Candidatures à recrutement@refil-nord.fr ou via notre page carrières

Aucune expérience dans le textile exigée, on forme en interne.`],
  ['linkedin', 'fr', 'financial', `Grosse journée pour Phocée Manutention ⚓

On vient de signer un contrat de 4,7 M€ sur cinq ans avec un armateur pour le terminal conteneurs de Fos. L'annonce officielle sera faite au salon Euromaritime en février, donc on garde ça entre nous en attendant, mais bravo à l'équipe commerciale qui a porté ce dossier pendant 18 mois !`],
  ['linkedin', 'fr', '', `Le Grand Port Maritime de Marseille a publié hier ses chiffres annuels : 74 millions de tonnes de marchandises, un niveau stable. Nos grutiers y ont contribué à leur manière, par tous les temps et avec le mistral en prime 🌬️

Source : communiqué du GPMM, disponible sur leur site.`],
  ['x', 'fr', 'phone', `Mise à jour quai 4 : grue n°7 en panne, reprise prévue 14h. Chefs d'équipe, appelez Karim en direct au 07 82 41 56 13 si vos camions attendent encore. #Fos`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux arrivants de la semaine : le planning des shifts portuaires est ici https://planning.phocee-manut.local/shifts/2026-S49, et la procédure d'habilitation cariste sur l'intranet (rubrique Sécurité). Demandez vos accès à votre chef d'équipe, pas à moi 😅

Bienvenue à bord à vous six !`],
  ['linkedin', 'fr', 'financial', `Armor Cyber passe un cap 🚀

On a franchi ce matin les 3,1 M€ d'ARR. Pour une boîte rennaise montée à quatre dans un garage de Cesson il y a cinq ans, c'est fou. On vous en dira plus sur la suite dans deux semaines (on prépare quelque chose avec nos futurs investisseurs 👀), mais je ne pouvais pas attendre pour remercier l'équipe.`],
  ['linkedin', 'fr', 'secret', `Retour d'expérience rapide sur notre migration CI, au cas où ça serve à d'autres équipes.

On a basculé de Jenkins vers GitLab CI en 3 semaines. Le plus long : réécrire les jobs de déploiement. Pour info, voici le token qu'on utilise dans le runner pour pousser les images (il faudra que je le fasse tourner un jour) :
glpat-nlbLNUtwK7DLIDlxQNnH

Si vous avez des questions, mes DM sont ouverts.`],
  ['linkedin', 'fr', '', `Petit rappel de sécurité du vendredi, version Armor Cyber 🔐

Un mot de passe ne devrait jamais apparaître dans une capture d'écran, un ticket ou un post LinkedIn. Utilisez un gestionnaire (Bitwarden, KeePassXC…), activez la double authentification partout et faites tourner les clés d'API qui ont fuité, même « juste une minute ».

Et non, « Motdepasse123! » n'est pas un bon mot de passe, même avec le point d'exclamation.`],
  ['x', 'en', '', `Reminder for everyone copy-pasting from the AWS docs: AKIAIOSFODNN7EXAMPLE is the placeholder key from the documentation, not a leak. Please stop reporting it to our bug bounty 🙃`],
  ['linkedin', 'fr', 'confidential_marker', `[DIFFUSION RESTREINTE – NE PAS TRANSFÉRER]

Rapport d'audit intrusif – synthèse pour le comité de pilotage. 3 vulnérabilités critiques identifiées sur le périmètre VPN, correctifs planifiés en semaine 50.

Oups, je voulais coller ça dans le canal de l'équipe, pas ici. Je laisse le temps de prévenir mes collègues.`],
  ['linkedin', 'fr', 'financial', `À partir du 1er janvier, la baguette tradition passera à 1,35 € dans nos 14 boutiques du Fournil Parisien (contre 1,25 € aujourd'hui). La hausse de la farine et de l'énergie ne nous laisse pas le choix. Les affichettes ne sont pas encore imprimées et les équipes en boutique seront briefées lundi, alors pour l'instant c'est entre nous !`],
  ['linkedin', 'fr', 'email', `Bonjour à tous, je cherche une colocation à partir de février du côté de Montreuil ou Vincennes (je viens d'être embauchée comme cheffe de production au Fournil Parisien 🥐). Si vous avez un plan, écrivez-moi sur ma boîte perso : lea.marchand92@gmail.com

Merci pour vos partages !`],
  ['linkedin', 'fr', 'financial', `Bilan de campagne chez Irriga Sud 💧

Sur les kits de goutte-à-goutte connectés, on termine l'année avec une marge brute de 41 %, contre 33 % l'an dernier, grâce à la relocalisation de l'assemblage des vannes à Lunel. Je suis super fier de l'équipe production.`],
  ['linkedin', 'fr', 'phone', `Astreinte technique Irriga Sud pour le week-end du 5-6 décembre :
🔧 Samedi : Pierre-Antoine — 06 48 19 73 52
🔧 Dimanche : Nadia — 07 66 02 91 38
En cas de fuite sur une installation connectée, appelez d'abord la personne d'astreinte, puis remplissez la fiche incident lundi.`],
  ['linkedin', 'fr', 'financial', `Quelques nouvelles de l'Atelier Brassus ⌚

Pour 2027, nous prévoyons de produire 1 800 pièces, contre 1 450 cette année, avec l'ouverture d'un second atelier de finissage au Sentier. C'est une étape importante pour une maison de notre taille. Les horlogers concernés recevront le plan détaillé en janvier.`],
  ['linkedin', 'fr', '', `Notre nouveau chronographe à rattrapante est désormais disponible chez nos détaillants agréés, au prix public conseillé de 18 900 CHF. Chaque pièce est assemblée, réglée et décorée à la main dans la Vallée de Joux.

Merci à l'équipe de développement pour ces trois années de travail.`],
  ['linkedin', 'fr', 'national_id', `Je suis en train de remplir mon dossier de naturalisation et l'administration me demande mon numéro AVS alors que je l'ai déjà envoyé trois fois… Le voilà encore, si un collègue RH de l'Atelier peut vérifier qu'il est bien dans mon dossier : 756.3841.2905.71.

L'administration suisse, cette aventure 🙃`],
  ['linkedin', 'fr', '', `Pour nos nouveaux collaborateurs frontaliers : le numéro AVS figure sur votre carte d'assurance-maladie suisse. Il commence toujours par 756, le code de la Suisse, suivi de 10 chiffres (l'exemple officiel utilisé dans les guides est 756.1234.5678.97). Ne le partagez jamais sur les réseaux, transmettez-le uniquement via le portail RH.`],
  ['linkedin', 'fr', 'financial', `Chez Lexibru, le pipeline qualifié dépasse désormais 2,3 M€ pour le premier semestre 2027, dont la moitié sur des cabinets d'avocats flamands. On n'avait jamais vu ça. À l'équipe sales : vous êtes incroyables ⚖️`],
  ['linkedin', 'fr', 'client_name', `Super démo ce matin à l'équipe juridique de Globex, qui envisage de déployer notre outil d'analyse de contrats sur ses 40 filiales européennes. Rien n'est signé mais ça sent bon 🤞

Merci à Sofie et Arnaud pour la préparation.`],
  ['linkedin', 'fr', 'national_id', `Message de service pour les collègues du bureau de Bruxelles : j'ai retrouvé une carte d'identité belge dans la salle de réunion Magritte. Nom : Vandenberghe, numéro national 86.04.12-273.37. Venez la récupérer à l'accueil avant vendredi !`],
  ['linkedin', 'fr', 'financial', `Studio Castor Nord, petit update de prod 🎮

Le budget de notre prochain jeu (toujours sans nom public) est calé à 14 M$ CA sur trois ans. L'éditeur n'a pas encore signé, mais on a commencé le recrutement pour l'équipe de préproduction. Hâte de vous montrer ce qu'on prépare.`],
  ['linkedin', 'fr', 'codename', `Fin de la préprod sur Orion ! 🌌 Douze mois de prototypes, trois moteurs testés, une équipe passée de 6 à 31 personnes. On attaque la production en janvier.

Merci à tous ceux qui ont cru au projet dès la première maquette en pâte à modeler.`],
  ['linkedin', 'fr', 'financial', `Novembre record chez Lagune Pay 🇨🇮

38 milliards de FCFA de transactions traitées sur le mois, soit 2,1 millions d'opérations. On a tout juste eu le temps de fêter ça avec du garba au bureau de Cocody.

Un grand merci aux agents de terrain et à l'équipe support.`],
  ['linkedin', 'fr', '', `Attention aux arnaques ! ⚠️ Lagune Pay ne vous demandera JAMAIS votre code secret par téléphone ou par SMS. Si quelqu'un vous appelle en se présentant comme un agent Lagune Pay et vous demande votre code PIN, raccrochez et contactez notre service client au numéro officiel affiché au dos de votre carte.

Partagez autour de vous 🙏`],
  ['linkedin', 'fr', 'phone', `Bonjour la communauté ! Je suis responsable des partenariats marchands chez Lagune Pay et je cherche des commerçants à Yamoussoukro et Bouaké pour notre programme pilote de paiement par QR code. Appelez-moi ou écrivez-moi sur WhatsApp : +225 07 58 31 44 62.`],
  ['linkedin', 'en', 'financial', `What a quarter at Irwell Payments.

We just closed Q3 at £5.6m revenue, up 27% on Q2, and the board pack goes out on Monday. Not an official figure yet, so I'll keep the details for the team call, but I wanted to say thank you to everyone in Manchester and Leeds who made this happen.`],
  ['linkedin', 'en', '', `Irwell Payments is hiring! 💷

Senior Backend Engineer (Go, Postgres, Kafka), Manchester hybrid
Salary: £70,000–£85,000 + 10% bonus + 28 days holiday
We publish salary bands on every role because we think you should know before you apply.

Apply via the careers page, link in the comments.`],
  ['linkedin', 'en', 'secret', `Quick debugging tale from this week: our webhook retries were silently failing in staging because the Stripe key in the config was the live one 🤦

For reference the key we had in staging was sk_live_s4kFJP3zmKhnWYCPTizf34fk, which is obviously why it worked locally but not in the sandbox. Lesson learned: separate env files, always.`],
  ['x', 'en', '', `PSA for devs integrating card payments: 4242 4242 4242 4242 is Stripe's public test card. It will never charge anyone. Use it with any future expiry and any CVC in test mode.`],
  ['linkedin', 'en', 'card', `Hi all, bit of an odd one. Someone left a company card at our Spinningfields office reception after the Christmas drinks. The number on it is 4970 7385 1219 9681, expiry 09/28. If it's yours, come and get it from the front desk, and maybe call the bank just in case.`],
  ['linkedin', 'en', 'financial', `From February, the price of our single-cask bottlings goes up 9% across the range. Our distributors get the letter next week, so please don't share this in your conversations with retailers until then. The reasons are simple: the cost of sherry casks has almost doubled since 2022.`],
  ['linkedin', 'en', '', `Our 12-year-old Leith Harbour single malt won gold at the San Francisco World Spirits Competition 🥃

It's available now on our website for £64, or at the distillery shop on Commercial Street. Tours run every day at 11:00 and 15:00.`],
  ['linkedin', 'en', 'iban', `Important notice to all our cask owners and suppliers:

Leith Cask Co. has changed banks. From 1 January, please pay all invoices to our new account:
Account name: Leith Cask Company Ltd
IBAN: GB51 BARC 2004 1573 9201 84
BIC: BARCGB22

If you receive any email asking you to pay a different account, call us before paying.`],
  ['linkedin', 'en', '', `We've been contacted by several customers about emails pretending to be from Leith Cask Co. and asking for cask storage fees to be paid into a new account. These are fraudulent. We have NOT changed our bank details, and we will never ask for payment changes by email alone.

If in doubt, call the distillery on the number on our website.`],
  ['linkedin', 'en', 'financial', `Isarbot update from Munich 🤖

Our headcount plan for 2027 is to go from 45 to 80 engineers by the end of Q3, mostly in robotics software and field service. It hasn't been announced internally yet so consider this a teaser, but if you know great ROS2 engineers, send them my way.`],
  ['linkedin', 'en', 'codename', `Huge milestone for the Isarbot team: the first Project Kestrel robots completed a full night shift at the pilot warehouse without a single manual intervention. 11,400 picks, 0 dropped totes.

I can't say much more yet, but I'm so proud of this team.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the car park of our Garching site this morning, hunting in the wind like a tiny drone. Our robotics engineers were very impressed by the stability control 😄 #nature #munich`],
  ['linkedin', 'en', 'national_id', `Onboarding tip for our new colleagues in Germany: HR needs your tax ID before your first payslip. Mine took forever to arrive by post, so here's what it looks like (this is mine, 86093517325, 11 digits, no letters). If yours hasn't come yet, ask the Finanzamt, not us.`],
  ['linkedin', 'en', 'financial', `We submitted our bid for the 180 MW solar plant in Extremadura yesterday at €0.031/kWh. The envelopes are opened on the 15th, so fingers crossed. Thanks to the engineering team at Sol de Castilla for three weeks of late nights ☀️`],
  ['linkedin', 'en', 'iban phone', `Supplier notice from Sol de Castilla – accounts payable

Please update our bank details for all payments from 1 December:
IBAN ES29 2100 0813 6402 0123 4567 (CaixaBank)
Questions? Contact Marta Ruiz in our finance team directly: +34 612 48 39 27.`],
  ['linkedin', 'en', 'financial', `Year-end reflection from the Navigli Moda finance team 🇮🇹

After two tough years, our EBITDA margin came in at 6.2% this year, against 1.8% last year. The auditors start in January, but the trend is clear: fewer returns, smarter stock, better margins. Grazie a tutti.`],
  ['linkedin', 'en', '', `Black Friday at Navigli Moda: -30% on the whole autumn collection until Monday midnight, free returns within 60 days. No code needed, the discount is applied at checkout. Happy shopping 🛍️`],
  ['linkedin', 'en', 'national_id', `Help please! 🙏 I'm trying to open an Italian bank account for my new job at Navigli Moda and the bank says my codice fiscale doesn't match. It's BNCGLI84M52F205G. Can any Italian colleague tell me if there's a typo? Born in Milan in 1984, so it should be right…`],
  ['linkedin', 'en', '', `Fun fact for our non-Italian colleagues: the codice fiscale is built from your name, birth date and birthplace, with a check letter at the end. The textbook example is Mario Rossi, RSSMRA85T10A562S, which every Italian accountant has seen a thousand times on sample forms. Never post your real one online!`],
  ['linkedin', 'en', 'client_name', `Delighted to share that Société Générique has chosen Navigli Moda to design the new uniforms for its 3,000 retail staff across Europe. First fittings in Milan next month!`],
  ['linkedin', 'en', 'financial', `Nordfjord Laks planning day done ✅

Our harvest forecast for 2027 is 24,000 tonnes, up from 19,500 this year, mostly thanks to the new offshore pens at Hitra. Sales will start talking to buyers in January, so keep it within the team for now. Takk for innsatsen!`],
  ['linkedin', 'en', '', `The salmon spot price on the Fish Pool index fell to NOK 72/kg this week, the lowest since spring. Seasonal, as always at this time of year. For anyone outside the industry: the index is public and updated every week, worth following if you care about what ends up on your plate.`],
  ['linkedin', 'en', 'national_id phone', `Lost wallet! 😩 I dropped my wallet on the Hurtigruten ferry between Kristiansund and Trondheim on Sunday. It has my Norwegian ID card (fødselsnummer 19038840188) and my bank cards. If you find it, please call me on +47 912 48 307. Reward offered!`],
  ['x', 'en', '', `Norwegian personal numbers have two check digits, so you can't just invent one. Learnt this the hard way while testing our new HR system with fake data. Use the test numbers Skatteetaten publishes for developers, folks.`],
  ['linkedin', 'en', 'financial', `MRR just crossed $410k this morning at Lonestar Thermal 🎉🤠

Three years ago we were two HVAC technicians with a spreadsheet. Today 1,900 contractors in Texas and Oklahoma run their service calls on our software. Drinks at the office on Friday!`],
  ['linkedin', 'en', '', `Lonestar Thermal pricing is simple and public:
• Solo: $49/month per technician
• Team: $39/month per technician (5+)
• Enterprise: talk to us
No setup fees, cancel anytime. We think HVAC contractors have enough surprises in their attics already.`],
  ['linkedin', 'en', 'national_id', `Totally unrelated to work but I need to vent. The DMV lost my paperwork AGAIN. I've now written my SSN (529-41-7736) on four different forms this month. Is there a single office in Texas that keeps a file for more than a week?`],
  ['linkedin', 'en', '', `Every year some new hire asks why our onboarding form uses 078-05-1120 as the sample Social Security number. Fun history: it was printed on a sample card sold in wallets in 1938, and thousands of people used it as their own. It's been void for decades, which makes it a perfect example.`],
  ['linkedin', 'en', 'internal_url', `For the Lonestar Thermal support team: the new escalation runbook for compressor-fault tickets is live at https://wiki.lonestar-thermal.internal/support/escalations/compressor. Please read it before your next on-call shift.`],
  ['linkedin', 'en', 'financial', `A small milestone worth celebrating at Maple Harbour 🍁

Our loss ratio on home insurance came in at 61% in Q3, ten points better than a year ago. The number will go to the regulator in the next filing, so it's not public yet, but the claims team deserves a shout-out right now.`],
  ['linkedin', 'en', '', `According to the Insurance Bureau of Canada, severe weather caused over $3.1 billion in insured damage in 2025. Behind those numbers are families who lost their homes. At Maple Harbour, our claims adjusters worked 60-hour weeks this summer to help them. Thank you 🙏`],
  ['linkedin', 'en', 'national_id', `Payroll question for the Maple Harbour team in Toronto: my T4 shows the wrong SIN. It says 046 827 318 but mine is 046 827 317. Who do I contact in HR? (Posting here because the HR inbox has ignored me for two weeks.)`],
  ['linkedin', 'en', 'email', `I'm leaving Maple Harbour on Friday after six wonderful years. If you want to stay in touch, my personal address is priya.ramanathan.to@outlook.com, or just find me here. Thank you for everything, and go Leafs (eventually).`],
  ['linkedin', 'en', 'financial', `We're paying S$2.1m a year for the new Tuas cold-storage lease, which I think is a steal given where rents are going. Contract signing is on Friday. Big thanks to our real-estate advisers at Straits Coldchain.`],
  ['linkedin', 'en', 'national_id', `Hi everyone, I found an NRIC card in the pantry of our Jurong office: S8734912H. Please come and collect it from Facilities on level 3. Couldn't find a name tag on the lanyard so I'm posting here.`],
  ['linkedin', 'en', '', `HR reminder for Straits Coldchain staff: under the PDPA, we no longer collect full NRIC numbers at reception. Visitors now sign in with the last 3 digits and letter only (for example, "567D" for the classic sample number S1234567D). Thanks for helping us protect people's data.`],
  ['linkedin', 'en', 'financial', `Pilbara Analytics fundraise update: we have a term sheet at A$85m pre-money from a Perth-based fund 🦘 Still weeks of due diligence to go, so nothing's done. I've been told to stop posting but I'm too excited to sit on it.`],
  ['linkedin', 'en', 'national_id', `Starting a new job at Pilbara Analytics on Monday! 🎉 The onboarding form asks for my TFN and superannuation details. Here's my TFN in case HR is reading this and wants to save time: 922 092 642. Just kidding… unless? 😅`],
  ['linkedin', 'en', 'secret', `Our data team spent the weekend rebuilding the ore-grade dashboard after a DB migration. If you're on the team, the new read-only credentials are:
host: analytics-db-02
user: grafana_ro
password: Pilb@ra-Ore!2026
Please don't share them outside the team.`],
  ['linkedin', 'en', 'financial', `We'll cross ₹120 crore ARR this quarter at Namma Payroll according to our finance team's internal forecast 🚀 Ten years after starting in a Koramangala apartment, this feels unreal. Thank you to every single customer and employee.`],
  ['linkedin', 'en', '', `The RBI kept the repo rate unchanged at 6.5% today. For the small businesses using Namma Payroll, it means loan EMIs stay where they are for now. We've put together a short explainer on what it means for payroll planning (link in comments).`],
  ['linkedin', 'en', 'national_id', `Payroll tip: your Aadhaar must match your PAN exactly, or your TDS filing will be rejected. For example, mine is 7381 5209 4619 and my PAN has my middle name spelled differently, so my employer's filing bounced twice this year. Fix yours before March!`],
  ['linkedin', 'en', '', `Namma Payroll is hiring in Bengaluru! 🇮🇳

Product Designer (3–6 yrs)
CTC: ₹22–30 LPA, published band
Hybrid, 3 days at our HSR Layout office
Send your portfolio to careers@nammapayroll.in. We read every application.`],
  ['linkedin', 'en', 'financial', `Proud operations moment at Seaboard Neoprene: the cost per wetsuit is down to R612 after we switched to the water-based glue line. That's 18% cheaper to make and much better for the factory team's lungs. Great work, Salt River crew 🌊`],
  ['linkedin', 'en', '', `Our limited-edition 4/3mm winter suit is back in stock 🦈 R4,299 on our site, with a free repair for the first year. Made in Cape Town by people who surf Muizenberg before their shift.`],
  ['linkedin', 'en', 'national_id', `South African colleagues: if you're applying for a tax refund via eFiling this month, double-check your ID number on the form. Mine (9103145129089) got typed with two digits swapped by the payroll system last year and it took SARS five months to sort out.`],
  ['linkedin', 'fr', 'financial', `Fruitière des Monts – Compte rendu du conseil d'administration 🧀

Le conseil a fixé le prix du lait payé aux producteurs pour 2027 à 612 € les 1 000 litres, en hausse de 3 %. Annonce officielle aux sociétaires à l'assemblée générale du 20 décembre, donc merci de ne pas le diffuser d'ici là.`],
  ['linkedin', 'fr', '', `Le prix du comté AOP au détail a augmenté de 4,2 % sur un an selon le dernier baromètre du CIGC, publié en novembre. Chez nous, à la Fruitière des Monts, les meules continuent d'affiner tranquillement en cave, 18 mois minimum. Venez goûter à la boutique de Mouthe !`],
  ['linkedin', 'fr', 'iban', `Aux producteurs de la Fruitière des Monts : nous changeons de banque au 1er janvier. Les paies de lait seront désormais versées depuis notre nouveau compte, et les cotisations doivent être virées sur :
FR76 1027 8360 1100 0204 5310 956
Merci de mettre à jour vos ordres permanents.`],
  ['linkedin', 'fr', '', `Pour les fromagers qui débutent en comptabilité : un IBAN français compte 27 caractères et commence par FR76 dans la majorité des cas. Exemple tiré des guides bancaires : FR76 3000 6000 0112 3456 7890 189 (numéro fictif). Vérifiez toujours la clé avant de saisir un nouveau fournisseur.`],
  ['linkedin', 'fr', 'financial', `On a chiffré notre offre à 9,8 M€ pour l'appel d'offres de la métropole sur les stations hydrogène de bus. Dépôt demain à midi. Quelle équipe ! Quelle que soit l'issue, je suis fier du dossier qu'on a monté en trois semaines.`],
  ['linkedin', 'fr', 'codename', `Premiers essais concluants sur le banc d'Échirolles pour Nébula, notre électrolyseur haute pression de nouvelle génération. 400 heures de fonctionnement sans dérive de rendement. On en reparle au printemps 😉`],
  ['linkedin', 'fr', 'financial', `Quelques chiffres pour notre séminaire annuel de la Tonnellerie Garonne : nous avons négocié 18 % de remise avec notre fournisseur de cercles en acier pour les trois prochaines années. C'est la première fois qu'on arrive à baisser ce poste de coûts depuis 2019.`],
  ['linkedin', 'fr', '', `Résultat de la vente des Hospices de Beaune ce week-end : la pièce des présidents adjugée 1,1 M€ au profit de deux associations. Un peu de fierté chez nous, puisque plusieurs fûts de la vente sortaient de notre atelier 🍷 (chiffres : communiqué des Hospices).`],
  ['x', 'fr', 'financial', `Black Friday au Fournil : 1 212 commandes et 96 k€ encaissés sur le site en 24h 🥖 Du jamais vu. Merci à la team logistique qui a tenu jusqu'à 23h.`],
  ['linkedin', 'fr', 'client_name financial', `Très belle nouvelle pour Lexibru 🇧🇪 : Société Générique vient de renouveler son abonnement pour trois ans, soit 2,2 M€ au total. C'est notre plus gros contrat à ce jour, et il n'est pas encore annoncé officiellement. Bravo à toute l'équipe customer success !`],
  ['linkedin', 'fr', '', `Une entreprise générique dans la littérature juridique belge, c'est toujours « la SA X contre la SPRL Y ». Dans notre nouvelle fonctionnalité d'anonymisation des décisions, on remplace désormais les noms des parties par des noms neutres. Démonstration lors du webinaire du 17 décembre.`],
  ['linkedin', 'fr', 'financial', `Notre premier mois à l'équilibre chez Armor Cyber 🥳 410 k€ de chiffre d'affaires en novembre pour 398 k€ de charges. Ça n'a l'air de rien mais pour une startup, c'est un moment. Crêpes pour tout le monde au bureau demain.`],
  ['linkedin', 'fr', 'secret', `Dépannage express : si vous êtes de l'équipe et que le wifi invité ne marche pas en salle Brocéliande, le réseau interne c'est ARMOR-STAFF, mot de passe K3rn0z!Rennes2026. Ne le donnez pas aux visiteurs svp.`],
  ['linkedin', 'fr', '', `Réunion d'équipe chez Armor Cyber : on a joué au « Secret Santa » avec un budget de 20 € par personne. J'ai reçu un livre sur la cryptographie et un paquet de galettes Saint-Michel. Mon collègue a reçu un cadenas. Le message est passé.`],
  ['linkedin', 'fr', 'internal_url', `Pour les équipes du siège : le formulaire de demande de congés de fin d'année est ici https://rh.corp.acme.com/conges/demande, à remplir avant le 10 décembre. Après ça, le planning sera figé.`],
  ['linkedin', 'fr', '', `Toutes nos actualités, communiqués et dossiers de presse sont désormais regroupés sur https://news.acme.com, notre salle de presse officielle. Les journalistes peuvent aussi s'y inscrire à notre lettre d'information.`],
  ['linkedin', 'fr', 'confidential_marker', `Pour info, je partage notre note interne sur la réorganisation du service client. Document classé « Usage interne uniquement – ne pas diffuser à l'extérieur ». En résumé : deux équipes fusionnent, personne ne perd son poste, et les horaires ne changent pas.`],
  ['linkedin', 'fr', '', `Vous l'attendiez : notre politique de confidentialité a été mise à jour pour se conformer aux dernières lignes directrices de la CNIL. Vous pouvez la consulter dans l'application, rubrique « Paramètres > Confidentialité ». Aucune donnée n'est revendue à des tiers, jamais.`],
  ['linkedin', 'fr', 'financial', `La masse salariale de Phocée Manutention augmentera de 7 % l'an prochain, après les NAO de novembre. C'est un vrai effort dans le contexte actuel. Les détails seront présentés aux équipes en janvier par la DRH, mais je suis content qu'on ait trouvé un accord.`],
  ['linkedin', 'fr', '', `Augmentation du SMIC au 1er janvier : selon le décret publié au Journal officiel, le salaire minimum passera à 1 854 € brut mensuel. Chez Phocée Manutention, aucun salarié n'est concerné puisque notre grille conventionnelle démarre au-dessus, mais c'est une bonne nouvelle pour les intérimaires.`],
  ['linkedin', 'en', 'secret', `Incident write-up, Irwell Payments, 2 Dec

What happened: between 09:12 and 09:47 UTC, payout notifications failed for ~3% of merchants.
Root cause: an expired Slack bot token in the alerting service, so nobody got paged.
Fix: rotated the token. New one is xoxb-753281026513-3122029463329-ZLZ5IdItXuG3BKmoOuvFGYCP, already deployed.
Follow-ups: token expiry monitoring, runbook update.`],
  ['linkedin', 'en', '', `Incident write-up, Lonestar Thermal, 29 Nov

Summary: the mobile app couldn't sync job notes for 41 minutes after a certificate renewal went wrong.
Impact: technicians could still work offline; no data was lost.
Fix: re-issued the certificate, added an expiry alert 30 days out.
We're sorry to everyone whose Saturday callouts got messier than necessary.`],
  ['linkedin', 'en', 'financial', `Incident retro done. Honest numbers: the outage cost us roughly $240k in SLA credits, which is more than our whole observability budget for the year. We're fixing that. Thank you to the on-call team who stayed until 4am.`],
  ['x', 'en', 'secret', `ok who committed the github token to the public repo again 🙃 ghp_KzHixVL8LCA0jgccotDE1mXeGfmHsdtUJZFp is in the README of our demo app. revoking now, but lesson for all of us`],
  ['x', 'en', '', `Rotated all our API keys this morning as part of the quarterly drill. No leak, no drama, just hygiene. Takes 20 minutes with a decent vault setup. Do yours.`],
  ['linkedin', 'en', 'secret', `Sharing our config snippet for the new analytics pipeline in case it helps other teams:

OPENAI_API_KEY=sk-proj-ELrwEsabTe2egg0l7t2L7oWhLMFfcg3XDRuGBh_pK2irn4wK
MODEL=gpt-4.1-mini
BATCH_SIZE=64

Results: 4x faster classification of support tickets than the old model.`],
  ['linkedin', 'en', '', `Config tip for everyone using our open-source connector: put your key in an environment variable, e.g. OPENAI_API_KEY=<your-key-here>, and never hard-code it. The README has an example .env file with placeholders only.`],
  ['linkedin', 'en', 'email', `Our Head of Partnerships at Straits Coldchain, Wei Ling Tan, will be at Asia Fruit Logistica in Hong Kong next week. Want a meeting? Drop her a line directly at weiling.tan@straitscoldchain.sg and she'll find a slot.`],
  ['linkedin', 'en', '', `Want to talk cold chain at Asia Fruit Logistica? Our team will be at booth 5-E12 all three days. Book a meeting via our website or write to sales@straitscoldchain.sg, and someone from the team will get back to you within a day.`],
  ['linkedin', 'en', 'phone', `Out of office until 5 January 🌴
For anything urgent on the Changi pharma account, please reach my colleague Arjun on his mobile: +65 9127 4836. Otherwise I'll answer in the new year. Happy holidays!`],
  ['linkedin', 'en', '', `Our 24/7 temperature alarm hotline for customers is 1800 555 0192 (toll free in Singapore), also printed on every container seal. If a reefer alarm goes off, that's the number to call, day or night.`],
  ['linkedin', 'en', 'client_name', `Signed! 🖊️ Straits Coldchain will handle all vaccine storage for Hôpital Sainte-Claire's regional network starting in March. A big thank-you to our pharma team, who spent six months on the qualification audits.`],
  ['linkedin', 'en', 'iban', `To our EU customers: Navigli Moda now collects all wholesale payments via our Italian account. Please pay to IT66 S030 6909 6061 0000 0062 917 (BIC: BCITITMM) and quote your order number. Thank you!`],
  ['linkedin', 'en', '', `A friendly warning from Navigli Moda's finance team 🚨 We've seen fake invoices in circulation asking wholesale customers to pay an IBAN starting with BE73 3630. This account is not ours, and the IBAN itself doesn't even pass the check digits. Please report any such invoice to us.`],
  ['linkedin', 'en', 'card', `A customer just sent us a screenshot of their full card on our chat to "speed up" their order: Mastercard 5412 7351 8149 6938, exp 11/27, CVC 482. Folks, please never do this. We deleted the message, but it shows why we need better warnings in the chat.`],
  ['linkedin', 'en', '', `Refund questions? At Navigli Moda we never ask for your card number by chat or email. Refunds go automatically back to the card used at checkout, usually within 5 business days. If your statement shows a charge ending in 4821 from "NAVIGLI MODA MI", that's us.`],
  ['linkedin', 'en', 'codename', `Some news from the Maple Harbour innovation lab: Atlas Bleu, our AI-assisted claims triage, handled its first 1,000 water-damage claims in pilot this week with 92% agreement with human adjusters. Not public yet, but the team needed a moment in the sun ☀️`],
  ['linkedin', 'en', '', `Took the family to see the Atlas Mountains in Morocco over the holidays. Blue skies, blue doors in Chefchaouen, blue everything. A welcome break from insurance spreadsheets 😊`],
  ['linkedin', 'en', 'financial', `Headcount update for the Maple Harbour tech org: we'll go from 120 to 165 people in 2027, with most of the new roles in data and claims automation. This is still pending board approval, so please don't quote me yet.`],
  ['linkedin', 'en', 'confidential_marker', `STRICTLY CONFIDENTIAL – INTERNAL USE ONLY
Claims ops weekly, 30 Nov
- Backlog: 1,240 open files (−180 w/w)
- Winter storm readiness: surge team on standby from 14 Dec
- New vendor for roof inspections: decision next week

(Pasting this for the night shift who can't access Teams from the field.)`],
  ['linkedin', 'en', '', `Movie night at the office: we watched L.A. Confidential and then argued for an hour about whether Exley or White was the real hero. Next month: The Conversation. Film club is open to all Maple Harbour staff and partners.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : C2 – Interne

Lagune Pay – revue produit du 1er décembre
• Paiement des factures d'eau et d'électricité : recette en cours, mise en production visée fin janvier
• Application marchand : refonte de l'écran d'accueil
• Support : nouveau parcours de réclamation dans l'appli

Je repartage pour l'équipe de Bouaké qui n'était pas dans l'appel.`],
  ['linkedin', 'en', 'confidential_marker', `Embargoed until 9 December, 07:00 CET. Please do not share.

Isarbot and a large German grocer will announce a partnership to automate 12 regional distribution centres. I'm so excited I can barely keep it in, which is why I'm typing this here 🙈 (deleting in 5 min)`],
  ['linkedin', 'en', '', `Press release (published today): Isarbot opens its first US service hub in Columbus, Ohio, with 25 field engineers. Full text on our newsroom. We're hiring locally, so if you know robotics technicians in the Midwest, send them our way!`],
  ['linkedin', 'en', 'internal_url', `Quick one for the Isarbot field team: the updated fleet health dashboard is at http://10.42.8.15:3000/d/fleet-health. You'll need to be on the VPN. Ping me if your alerts still point to the old Grafana.`],
  ['linkedin', 'en', '', `Our open-source ROS2 package for tote detection is now on GitHub (github.com/isarbot/tote-detect), Apache 2.0 licence. To try it locally, clone it and run the demo at http://localhost:8080 once the container is up. Feedback welcome!`],
  ['linkedin', 'en', 'phone', `Looking for a flatmate in Munich-Schwabing from January! 2 rooms, 68 m², near the U3. I'm a robotics engineer, quiet, and I cook a decent Käsespätzle. Call or text: +49 151 2374 8819.`],
  ['linkedin', 'en', '', `Hiring: Field Service Engineer (m/f/d) in Hamburg

• €58,000–€68,000 per year, company car, 30 days of leave
• Travel 40% across northern Germany
Apply via our careers page or call our recruiting line on the number in the job ad. We respond within 10 days.`],
  ['linkedin', 'en', 'financial', `Series B update from Pilbara Analytics: we're raising US$30m, closing in late January. Please keep this under your hat until the announcement, our lawyers would have a fit. But thanks to everyone who helped us get here!`],
  ['linkedin', 'en', '', `We're proud to announce that Pilbara Analytics has raised A$18m in Series A funding led by Blackbird Ventures, as reported today in the Australian Financial Review. The money will fund our expansion into Chile and Canada.`],
  ['linkedin', 'en', 'financial', `Meeting notes (Namma Payroll leadership offsite, Day 2):
- FY27 revenue target: ₹165 cr
- Sales hiring: +40 AEs in H1
- Pricing: move Starter plan from ₹99 to ₹129 per employee/month from April (customers informed in Feb)
- Next review: 15 Jan`],
  ['linkedin', 'en', 'email phone', `Freelance designers in Bengaluru: we're looking for help with our Diwali campaign next year. Reach Ananya, our brand lead, directly at ananya.k@nammapayroll.in or on +91 98450 37261.`],
  ['linkedin', 'en', '', `Diwali giving at Namma Payroll: our employees raised ₹8.4 lakh for the Akshaya Patra Foundation this year, and the company matched every rupee. That's over 30,000 school meals. Thank you, team! 🪔`],
  ['linkedin', 'en', 'iban', `Update for our European suppliers: Seaboard Neoprene's EU subsidiary in Lisbon now pays and receives via PT65 0035 0651 0000 3817 2136 9. Please update your records before sending January invoices. Obrigado!`],
  ['linkedin', 'en', 'card', `Our surf-shop POS crashed on Saturday and a customer's card got printed on the receipt in full: 3782 551064 81439 (Amex). The shop manager shredded it, but we're filing a complaint with the POS vendor. This should never happen.`],
  ['linkedin', 'en', '', `Our POS vendor confirmed a fix: receipts now show only the last four digits of the card, like "AMEX ****1005". If you have an older receipt with more digits on it, please shred it. Thanks for your patience, Seaboard Neoprene shop team.`],
  ['linkedin', 'fr', 'card', `Petite mésaventure au salon Vinexpo : un visiteur a laissé sa carte bancaire sur notre stand, et un collègue a posté une photo de la carte dans le groupe WhatsApp pour retrouver le propriétaire. Numéro 4539 2280 9020 9304, expiration 03/29. Si c'est la vôtre, on l'a déposée au PC sécurité.`],
  ['linkedin', 'fr', 'card', `Commande urgente pour la machine à café de l'atelier : j'ai payé avec la carte de la boîte, une Visa 4132 7676 5300 3985, valable jusqu'en 2028. Si quelqu'un de la compta voit la dépense passer, c'est moi ☕`],
  ['linkedin', 'fr', '', `Numéro de commande pour l'atelier, à rappeler au transporteur : 4973 9077 5939 4012. Livraison prévue jeudi matin. Merci de vérifier que le quai est libre.`],
  ['linkedin', 'fr', 'national_id', `Je partage ce bug qu'on a trouvé pendant les tests de notre nouveau module de paie : le numéro de sécu de notre collègue Claire, 2 88 07 69 123 045 93, était tronqué à l'import. Corrigé dans la version de demain. Merci Claire d'avoir accepté qu'on utilise ton dossier pour reproduire le bug !`],
  ['linkedin', 'fr', '', `Quand on teste un logiciel de paie, on utilise des numéros de sécurité sociale fictifs. Le plus courant dans la documentation : 1 99 99 99 999 999 xx, qui n'existe évidemment pas. Jamais de vrai numéro dans un jeu de test, même celui du stagiaire.`],
  ['linkedin', 'fr', 'national_id', `Urgent : j'ai perdu mon portefeuille dans le tram ligne B à Grenoble hier soir, avec ma carte Vitale (n° 1 91 06 33 088 127 77) et mon badge Hydralpes. Si quelqu'un le retrouve, déposez-le à l'accueil du site d'Échirolles svp. Merci ❤️`],
  ['linkedin', 'fr', '', `Grosse erreur évitée cette semaine : un fournisseur nous a transmis un RIB avec la clé fausse (FR83 3000 3021 9000 0506 1782 119). Notre logiciel l'a refusé automatiquement, et après vérification c'était une tentative de fraude au changement de RIB. Vigilance, collègues comptables.`],
  ['linkedin', 'fr', 'iban', `Nouveau RIB pour l'association sportive d'Hydralpes (cotisation annuelle de 40 €) : FR76 1751 5900 0008 4123 6507 750. Merci de faire vos virements avant le 31 décembre pour la licence de l'an prochain !`],
  ['linkedin', 'fr', 'iban', `Bonjour à tous, Phocée Manutention a changé de banque. Merci à nos clients de régler les factures de janvier sur notre nouveau compte : FR76 3000 4015 2800 0128 4739 612 (BNP Paribas, agence Marseille Joliette). Un courrier officiel suit.`],
  ['linkedin', 'fr', 'iban email', `Appel aux dons pour la collecte de jouets organisée par le CSE de ReFil Nord 🎁 Virement possible sur le compte du CSE : FR76 2004 1010 0505 1234 7921 248. Pour les dépôts de jouets, écrivez à Nathalie, notre trésorière : nathalie.duquesne@refil-nord.fr`],
  ['linkedin', 'fr', '', `La collecte de jouets du CSE est terminée : 612 jouets et 2 340 € récoltés pour le Secours populaire de Roubaix 🎁 Merci à tous les salariés de ReFil Nord qui ont participé, et aux lutins de l'atelier qui ont tout emballé.`],
  ['linkedin', 'fr', 'financial', `On va supprimer 30 postes au siège de Phocée Manutention au printemps, dans le cadre de la réorganisation. L'annonce au CSE est prévue jeudi. Je l'écris ici parce que je trouve ça injuste et que personne ne le dit.`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui n'ont pas reçu le lien : le support de formation RGPD de la semaine dernière est sur https://intranet.acme-corp.net/formations/rgpd-2026.pdf. Il faut être connecté au réseau de l'entreprise.`],
  ['linkedin', 'fr', 'codename', `Point d'avancement Orion – semaine 49 (Studio Castor Nord)
✅ Vertical slice validée par l'éditeur
⏳ Système de combat : 70 %
❌ Doublage : en retard de deux semaines
Prochaine démo interne le 17 décembre.`],
  ['linkedin', 'fr', '', `Grande nouvelle : notre jeu « Les Castors de la Baie » sort officiellement le 4 février sur PC et Switch, au prix de 24,99 $ CA ! La bande-annonce est sur notre chaîne YouTube. Merci à notre communauté pour trois ans de soutien 🦫`],
  ['linkedin', 'fr', 'phone', `Je cherche un(e) coloc pour un 5½ dans le Mile End à partir de janvier 🏠 Je travaille au Studio Castor Nord, je suis tranquille et j'ai un chat. Textez-moi au 514 829-3761 !`],
  ['linkedin', 'fr', '', `Offre d'emploi – Studio Castor Nord (Montréal)
Programmeur·euse gameplay senior
💰 95 000 $ à 115 000 $ par année, selon l'expérience (fourchette publiée conformément à notre politique)
🏠 Hybride, 2 jours au studio
Postulez via notre page carrières.`],
  ['linkedin', 'fr', 'client_name', `Belle réunion à Abidjan avec l'équipe achats de Globex, qui pourrait intégrer Lagune Pay dans ses 300 points de vente en Côte d'Ivoire. La proposition part la semaine prochaine 🤞`],
  ['linkedin', 'fr', '', `Soirée rétro hier au bureau de Lagune Pay : projection des Simpson, épisode « Vous ne vivez que deux fois », avec la fameuse entreprise Globex et son patron Hank Scorpio. Les plus jeunes n'avaient jamais vu ça. Culture générale assurée.`],
  ['linkedin', 'fr', 'national_id', `Pour nos agents terrain : lors de l'ouverture d'un compte, photographiez la CNI du client via l'application et ne notez JAMAIS le numéro à la main. Hier, on a retrouvé un carnet avec « CNI C 0024 8619 37, Koné Awa » oublié dans un maquis. Soyez vigilants.`],
  ['linkedin', 'fr', '', `Bonjour Sandrine, merci pour votre retour et désolés pour le retard de livraison de votre commande. Le transporteur nous confirme une livraison demain avant 13h. Pour toute question, notre service client est joignable au 09 70 00 00 00 (appel non surtaxé), du lundi au samedi.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email phone', `Bonjour Monsieur Fabre, je suis vraiment navrée pour ce souci de facturation. Je vous laisse mes coordonnées directes pour qu'on règle ça rapidement : camille.bertrand@irrigasud.fr ou 06 24 87 13 59. Bonne journée !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Jérôme, merci pour votre message ! Le remboursement de 24,90 € a bien été effectué sur votre moyen de paiement hier, il apparaîtra sous 3 à 5 jours ouvrés. Belle fin de semaine 🥐`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Tom, thanks for flagging this. We're sorry the reefer alarm kept going off. Our technicians checked the unit remotely and found a faulty door sensor; a replacement is on its way. You can follow the ticket on your customer portal.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Hi Daniel, sorry about the double charge! I've checked and I can see both payments on the card you gave our agent on the phone, 6011 5457 6809 3559. The duplicate will be refunded within 3 business days. Apologies again.`, { surface: 'comment' }],
  ['x', 'fr', 'email', `@MarieLgd désolés pour l'attente ! Envoyez-nous votre numéro de dossier par mail à mon adresse directe, thomas.riviere@lagunepay.ci, et je m'en occupe personnellement aujourd'hui.`, { surface: 'comment' }],
  ['x', 'fr', '', `@KouassiJ bonjour, pour des raisons de sécurité nous ne traitons jamais ces demandes en public. Écrivez-nous en message privé avec votre numéro de transaction (jamais votre code secret) et on vous répond dans l'heure 🙏`, { surface: 'comment' }],
  ['x', 'en', 'phone', `@jess_surfs so sorry about the torn seam! Give our repair guy Sipho a call on 082 417 3956 and he'll sort it out under warranty this week 🤙`, { surface: 'comment' }],
  ['x', 'fr', 'financial', `Chiffre du jour chez Irriga Sud : 1 340 sondes livrées en novembre, record absolu, et 2,9 M€ de commandes sur l'année. Merci l'équipe 💧🌱`],
  ['x', 'fr', '', `Sondage du vendredi au Fournil 🥐 Le meilleur moment pour manger une chocolatine (oui, on a des Toulousains dans l'équipe) :
🅰️ Au petit-déj
🅱️ Au goûter
🅲 À 2h du matin après une fournée
🅳 Toutes ces réponses`],
  ['linkedin', 'fr', 'financial', `Sondage pour l'équipe marketing de Lexibru 🗳️ Notre budget salons 2027 est de 180 k€. On le met où en priorité ?
• Legal Tech Days à Paris
• Justitia à Gand
• ILTACON à Washington
• On garde tout pour nos propres événements
Votez avant vendredi !`],
  ['x', 'en', 'financial', `1/ Some honest numbers from a year at Lonestar Thermal, since people keep asking. Q3 bookings were $4.4M, churn is under 1% a month, and we're hiring 12 people in Q1. 🧵`],
  ['x', 'en', '', `2/ What worked: answering support calls ourselves for the first two years. What didn't: trying to sell to big national chains before we had a field-tested mobile app. Patience beats hype.`],
  ['x', 'en', '', `3/ If you run an HVAC business and you're still on paper tickets, our free trial is 14 days, no card needed. Okay, end of thread. Back to work 🔧`],
  ['x', 'en', 'financial', `Not supposed to say this yet but we're at 312 employees as of today and will be ~400 by summer. Namma Payroll is growing up 🥹`],
  ['x', 'en', '', `Just published: our State of Indian Payroll 2026 report. 63% of SMBs still run payroll on spreadsheets, based on a survey of 2,100 employers. Free download on our site, no email wall.`],
  ['x', 'en', '', `Stuck in traffic on Outer Ring Road for 2 hours. Paid ₹640 for an Uber that moved 6 km. Bengaluru, never change 🙃`],
  ['x', 'fr', 'codename', `Dernier sprint avant les vacances pour l'équipe Nébula 🚀 On livre la version de test au client pilote le 18 décembre, croisez les doigts ! #hydrogène`],
  ['x', 'fr', '', `Quelle nuit ! La nébuleuse d'Orion photographiée depuis le col de Porte avec ma petite lunette de 80 mm. 3 heures de pose, le froid en prime 🌌 #astrophoto`],
  ['x', 'en', 'client_name', `Big day: kicked off the Initech rollout today, 14 warehouses, 600 users. Coffee is flowing ☕ #logistics #robotics`],
  ['x', 'en', '', `Rewatched Office Space last night. Every time Bill Lumbergh at Initech asks about the TPS reports I feel personally attacked. Happy Friday, everyone.`],
  ['x', 'fr', 'internal_url', `Collègues de Marseille : le tableau des rotations de navires est à jour ici https://portail.acme-corp.net/exploitation/rotations. Vérifiez vos affectations avant lundi.`],
  ['x', 'en', 'confidential_marker', `TLP:AMBER – sharing our IOC list from last night's phishing wave with partners only. Domains: lagune-pay-secure[.]com, irwell-verify[.]net. Don't repost publicly.`],
  ['x', 'en', '', `Our threat report follows the TLP:CLEAR standard, so feel free to share it far and wide. 47 phishing domains taken down in November. Full list on our blog.`],
  ['x', 'fr', 'secret', `Pour l'équipe : j'ai mis le nouveau mot de passe de l'admin WordPress du site vitrine dans le canal, mais au cas où : admin / Castor#Nord-2026!. Changez-le après la mise en prod svp 🙏`],
  ['x', 'fr', '', `Rappel : nous ne communiquerons jamais de mot de passe par message. En cas de doute sur un mail ou un SMS, transférez-le à l'équipe sécurité. #cybersécurité`],
  ['linkedin', 'fr', '', `Aujourd'hui, c'est mon dernier jour à la Tonnellerie Garonne, après 11 ans. J'y suis entré comme apprenti, j'en sors chef d'atelier. Merci à Jean-Pierre, qui m'a appris à cintrer une douelle à la flamme, et à toute l'équipe pour la fête d'hier soir. On se reverra sur les salons !`],
  ['linkedin', 'fr', 'financial', `Après 6 ans chez ReFil Nord, je tourne la page. Quand je suis arrivé, on faisait 2 M€ de chiffre d'affaires avec 15 personnes ; on termine cette année autour de 19 M€ avec 120 salariés. Je suis tellement fier d'avoir vécu ça. Merci à tous, et longue vie au textile recyclé !`],
  ['linkedin', 'en', 'email', `Farewell post 🥲 Eight years at Irwell Payments ends today. If any of you want to stay in touch outside LinkedIn, my personal email is r.okonkwo.mcr@gmail.com. Don't be strangers!`],
  ['linkedin', 'fr', 'financial', `Le chiffre d'affaires prévisionnel 2027 présenté hier au séminaire de direction de l'Atelier Brassus : 27 M CHF, soit +15 %. Un cap ambitieux ! Les équipes recevront la présentation complète en janvier.`],
  ['linkedin', 'fr', 'confidential_marker', `⚠️ Document strictement confidentiel ⚠️ — je copie ici la note de la direction sur le déménagement de l'atelier de polissage au Sentier, pour ceux qui n'étaient pas à la réunion : démarrage des travaux en mars, 12 postes concernés, aucun licenciement. Le reste est dans le drive.`],
  ['linkedin', 'fr', '', `Je viens de terminer « Le Secret de la Vallée de Joux », un roman policier qui se passe dans un atelier d'horlogerie. Évidemment, j'ai repéré plein d'erreurs techniques, mais l'intrigue est très bien ficelée. Quelqu'un d'autre l'a lu ?`],
  ['linkedin', 'fr', 'iban', `Pour nos clients suisses : merci d'effectuer vos paiements sur notre compte postal CH76 0076 2011 6238 5947 1, en indiquant le numéro de facture. Le bulletin QR est joint à chaque facture.`],
  ['linkedin', 'fr', '', `Petit rappel pour les fournisseurs : le format d'IBAN suisse compte 21 caractères. L'exemple de la Banque nationale, CH93 0076 2011 6238 5295 7, est fictif et sert seulement à la documentation. N'y virez rien, évidemment 😉`],
  ['linkedin', 'fr', 'iban', `Nous avons ouvert un compte en Belgique pour faciliter les paiements de nos clients néerlandophones. Virements à partir de janvier sur : BE87 0635 8472 1994 (Lexibru SRL). Dank u wel!`],
  ['linkedin', 'fr', 'email', `Pour ceux qui m'ont demandé les slides de ma conférence sur l'IA et les contrats, je peux les envoyer par mail : écrivez-moi à sofie.claes@lexibru.be et je vous les transmets. Merci encore pour vos questions !`],
  ['linkedin', 'fr', '', `Pour toute demande presse, contactez notre service communication à presse@lexibru.be. Les visuels et le dossier de presse sont disponibles sur notre site.`],
  ['linkedin', 'fr', 'client_name', `Formation de trois jours à l'Hôpital Sainte-Claire pour déployer nos sondes de température connectées dans les chambres froides de la pharmacie. Les équipes ont été formidables, merci pour l'accueil !`],
  ['linkedin', 'fr', '', `Sainte Claire, patronne de la télévision (si, si !), est fêtée le 11 août. Notre équipe vidéo en a fait sa mascotte officieuse, avec une petite statue posée sur la régie. Chacun ses superstitions.`],
  ['linkedin', 'fr', 'financial', `Bilan commercial 2026 chez Hydralpes : 23 électrolyseurs vendus pour un peu plus de trente-huit millions d'euros. Nos actionnaires découvriront ces chiffres en mars, mais je voulais saluer maintenant l'équipe commerciale qui a fait un travail énorme.`],
  ['linkedin', 'fr', '', `La Commission européenne a publié hier les lauréats de l'appel Hydrogen Valleys : 8 projets retenus, dont celui de la vallée de la chimie lyonnaise, qui recevra 20 M€ de subventions. Bravo à nos voisins ! (source : communiqué de la CE)`],
  ['linkedin', 'fr', 'financial', `Chez Fournil Parisien, on ouvre trois nouvelles boutiques en 2027 pour un investissement total de 1,6 M€. Les emplacements sont en cours de négociation donc je ne peux rien dire de plus, mais préparez-vous à manger encore plus de croissants 🥐`],
  ['linkedin', 'fr', '', `Mon budget courses a pris 15 % en un an, et je travaille dans une boulangerie… Alors j'ai fait le calcul : 62 € par semaine pour deux. Je me suis mis au pain maison le week-end, c'est mon petit luxe.`],
  ['linkedin', 'fr', 'financial', `Compte rendu de la réunion budget de la Fruitière des Monts :
- Investissement nouvelle cave d'affinage : 2,4 M€ (validé)
- Subvention région espérée : 30 %
- Hausse prévue des volumes : + 900 meules par an
Présentation aux producteurs en janvier. Merci de ne pas faire circuler.`],
  ['linkedin', 'en', 'iban', `Isarbot GmbH supplier notice: after our move to Garching, our bank details have changed. Please use DE22 3704 0044 0532 8419 07 (Commerzbank) for all invoices dated from 1 December onwards. Old details will be closed on 31 January.`],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL ONLY – DRAFT, DO NOT FORWARD
Fish health briefing, Nordfjord Laks, site Hitra-3
- Lice counts above threshold in pens 4 and 7, treatment scheduled next week
- Mortality stable
- Regulator visit moved to 16 Dec

Sorry for the formatting, pasted from my phone for the weekend crew.`],
  ['linkedin', 'en', 'iban', `Hi all, we're collecting money for Jeroen's leaving present at the Rotterdam office 🎁 Chip in whatever you like: NL27 INGB 9704 4380 60 (in my name, J. de Vries). Card signing on Thursday in the canteen!`],
  ['linkedin', 'en', 'iban', `Our Irish subsidiary is now live! Customers in Ireland can pay Irwell Payments invoices locally to IE64 AIBK 9311 5264 0256 78. Thanks to the Dublin team for getting the entity set up in record time.`],
  ['linkedin', 'en', 'iban', `Nordfjord Laks AS – oppdatert bankinformasjon / updated bank details for fish buyers: NO32 8601 1179 476 (DNB). Please update before your next payment. Questions go to our accounts team, not to the sales reps.`],
  ['linkedin', 'en', 'iban', `Payment info for the Scandinavian wetsuit distributors: Seaboard Neoprene Nordic AB, SE76 5000 0000 0549 1031 2478. Our Finnish partners can keep paying to FI13 1234 5600 7185 35 until the end of Q1.`],
  ['linkedin', 'en', 'iban', `Vienna office kitty for the Christmas party 🎄 €25 each, transfer to AT87 2011 1824 6138 9502 (the social committee's account) by Friday please!`],
  ['linkedin', 'en', 'iban phone', `Hello Polish partners! Navigli Moda Polska sp. z o.o. has opened its Warsaw account: PL61 1090 1014 0000 0712 1981 2874. For invoices, call Katarzyna in our Warsaw finance team on +48 601 238 947.`],
  ['linkedin', 'en', '', `Tip from our accounts team: before paying any new IBAN, run it through your bank's checker. Every IBAN has two check digits after the country code, so a single mistyped digit is usually caught. The UK sample GB82 WEST 1234 5698 7654 32 is the classic one in every textbook, and it's not a real account.`],
  ['linkedin', 'en', 'card', `Office manager confession: I just realised I pasted the company Mastercard into the group chat to book the team dinner. 2221 1955 3434 2933, exp 08/28. Cancelling it now. Please don't buy a jet ski with it before I do.`],
  ['linkedin', 'en', 'card', `Travelling to Tokyo for the trade show? Our corporate JCB card (3566 6533 6823 2092) is accepted at the hotel, just give that number at check-in. Let me know if the front desk asks for anything else.`],
  ['linkedin', 'fr', 'card', `Pour les réservations de train du séminaire, utilisez la carte de la direction : 5236 0278 0359 6749, exp. 06/28, cryptogramme au dos (demandez-le à Élodie). Merci de m'envoyer les justificatifs ensuite.`],
  ['linkedin', 'en', '', `A customer asked why our checkout rejected "5489111214754870". Our payment form runs a Luhn check before even contacting the bank, and that number fails it, so it's a typo. Small detail, big reduction in failed payments.`],
  ['linkedin', 'en', 'national_id', `Hi team, for the Madrid office badge request I need your DNI or NIE. I'll start with mine so you see the format: 48305172C. Send yours by DM, not in the comments please!`],
  ['linkedin', 'en', 'national_id', `My new colleague from Valencia asked me to post his NIE here so the building manager can issue his access card: X2847361F. Thanks Javier, welcome to Sol de Castilla!`],
  ['linkedin', 'en', '', `Fun fact from the Spanish HR world: specimen ID cards printed by the police always use 99999999R as the DNI number. If a candidate sends you that, they just photographed the sample in a brochure 😄`],
  ['linkedin', 'en', 'national_id', `Swedish colleagues: the new payroll provider wants our personnummer. Mine is 19850712-9388 if the HR team needs it, but please double-check yours on the portal before the 25th, several were imported wrong.`],
  ['linkedin', 'en', 'national_id', `Onboarding our first hire in Poland! Welcome Agnieszka 🎉 HR, her PESEL for the contract is 92110703810, she asked me to pass it on since she doesn't have portal access yet.`],
  ['linkedin', 'en', 'national_id', `Found a Dutch ID card in the Amsterdam office meeting room "Rembrandt". BSN 971900486 on the back. Please collect it from reception, owner!`],
  ['linkedin', 'en', 'national_id', `Welcome to our new colleague from São Paulo, who joins the Pilbara Analytics Latin America team! For the contractor form, HR, here's the CPF you asked for: 384.517.209-60. Bem-vindo, Rafael!`],
  ['linkedin', 'en', 'national_id', `Dear UK team, payroll is missing a few National Insurance numbers. Mine's JT 48 27 61 B, as an example of the format, but please update yours on the HR portal, not in the comments.`],
  ['linkedin', 'en', '', `Training our new payroll clerks today. The example we use for National Insurance numbers is QQ 12 34 56 C, which HMRC reserves for samples, so nobody ever gets a real one by mistake.`],
  ['linkedin', 'fr', 'national_id', `J'ai retrouvé une CIN marocaine dans le taxi qui nous ramenait du salon de Casablanca : BK 318274, au nom de Youssef El Amrani. Si quelqu'un le connaît, je peux la renvoyer par la poste.`],
  ['linkedin', 'fr', '', `Test de notre contrôle automatique des numéros de sécurité sociale : 1 75 04 59 350 148 10 est rejeté parce que la clé est fausse (la bonne clé se calcule avec le modulo 97). C'est exactement ce qu'on voulait. Merci à l'équipe QA !`],
  ['linkedin', 'en', 'secret', `Our deployment finally works! If anyone on the team needs to test the S3 upload from their laptop, use:
AWS_ACCESS_KEY_ID=AKIAZDTROZ3E2RJOZOM3
AWS_SECRET_ACCESS_KEY=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
Region eu-central-1. Will rotate next week.`],
  ['linkedin', 'en', 'secret', `Dev diary: the maps in our field-service app stopped loading because someone restricted our Google key. Here's the key if you want to check quotas: AIzaehTZCWxd6GPyXshfe5IBfqDuMzTKpQlzskk. Fixed by adding the new app bundle id.`],
  ['linkedin', 'en', 'secret', `Transactional emails are back! The SendGrid key had been revoked after the team change. New one: 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. Please update the staging env.`],
  ['x', 'en', 'secret', `publishing our internal npm packages from CI now, token npm_4QY95fzMRNKJsJQNQf2ydCeIkI6RdzRQNCgb in the pipeline vars. took way too long to figure out the scope settings`],
  ['linkedin', 'en', 'secret', `Our SMS alerts for reefer failures now go through Twilio. API key SID SK21a7be2dceb4fc648b36b1090afa9915 is in the shared vault too, but here for whoever is on call tonight.`],
  ['linkedin', 'en', '', `Changelog – Lonestar Thermal v4.12
• New: technicians can attach photos to invoices
• Improved: offline mode now keeps 72h of jobs
• Fixed: the "secret notes" field (private notes not shown to customers) was sometimes visible on PDFs
• Fixed: timezone bug for Oklahoma customers`],
  ['linkedin', 'fr', '', `Notes de version – appli Lagune Pay 5.3
• Nouveau : paiement marchand par QR code dynamique
• Amélioré : les reçus n'affichent plus que les 4 derniers chiffres du numéro de téléphone du destinataire
• Corrigé : crash au démarrage sur certains Android 9
Mise à jour disponible sur le Play Store.`],
  ['linkedin', 'fr', 'internal_url', `Changelog interne de la semaine (Studio Castor Nord) :
- Nouveau build nocturne disponible sur https://builds.castornord.lan/nightly/2026-12-02
- Le serveur de symboles a migré : http://192.168.40.12/symbols
- Les crash dumps sont désormais triés automatiquement
Bon test à tous !`],
  ['linkedin', 'en', 'internal_url', `For the Straits Coldchain ops team: the new SOP for pharma deliveries is on SharePoint at https://straitscoldchain.sharepoint.com/sites/Ops/SOP/Pharma-v7.docx. Please read and acknowledge by Friday.`],
  ['linkedin', 'en', 'internal_url', `Reminder: expense claims for November close on Monday. Submit them on https://expenses.corp.acme.com/claims/new before 17:00 or they'll roll over to January.`],
  ['linkedin', 'en', '', `We just published the docs for our public API at https://developers.nammapayroll.in. Sandbox keys are free and generated in your dashboard. Build something cool!`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement d'Atlas Bleu ce matin avec l'équipe data de ReFil Nord : l'objectif est de trier automatiquement les vêtements par fibre grâce à la spectroscopie. Premier prototype attendu pour avril. Très motivant !`],
  ['linkedin', 'fr', '', `Coup de cœur pour le restaurant L'Atlas Bleu à Lille : tajine d'agneau aux pruneaux, accueil adorable. L'équipe commerciale de ReFil Nord y a fêté la fin d'année hier. Allez-y de notre part !`],
  ['linkedin', 'en', 'codename client_name', `Update from the Irwell Payments product team: Project Kestrel (our instant payout engine) goes live with Globex as launch customer in February. They haven't announced it on their side yet, so don't tag them please!`],
  ['linkedin', 'en', 'codename', `Kestrel sprint review went well. We shipped the new fraud scoring and cut payout latency to 1.8s. Next sprint: Orion integration. Thanks team!`],
  ['linkedin', 'en', '', `Orion, Nebula, Kestrel… why are half the product names in tech borrowed from astronomy or birds? Our team name-brainstorm yesterday ended with "Project Seagull", which honestly suits our Cape Town office better than anything.`],
  ['linkedin', 'en', 'client_name financial', `Ouch. We lost the Initech renewal today, worth £340k a year. They went with a cheaper competitor. Time for a proper retro, but I wanted to thank the account team who fought hard for it.`],
  ['linkedin', 'fr', 'client_name', `Réunion de suivi chez Société Générique cet après-midi pour le déploiement de nos caméras de tri. Les équipes du client sont ravies des premiers résultats sur le site de Tourcoing !`],
  ['linkedin', 'fr', 'financial client_name', `C'est signé ! Deal à 1,4 M€ avec Globex pour équiper leurs entrepôts portuaires de Fos. Merci à toute l'équipe qui a porté ce dossier, vous êtes au top !`],
  ['linkedin', 'fr', 'financial', `Point projet (Hydralpes, usine de Fos) : entre 3 et 3,5 M€ de CA attendus sur la phase 2, selon notre dernière estimation interne. Les études détaillées démarrent en janvier.`],
  ['linkedin', 'en', 'financial', `The new bottling line cost us €2.8m, and our CFO expects payback in under three years. Watching the first bottles roll off this morning was emotional. Thanks to everyone who planned, built and tested it.`],
  ['linkedin', 'en', '', `Our 2025 accounts are now on Companies House: revenue of £9.8m and a small profit, for anyone curious about how a mid-sized distillery is doing. Link in the comments. Transparency matters to us.`],
  ['linkedin', 'en', '', `Personal milestone: I paid off my student loan today, £27k and eleven years later. If you're early in your career and it feels endless, it does end 💪`],
  ['linkedin', 'en', '', `Gartner estimates the warehouse robotics market will reach $41bn by 2030. Whatever the exact number, the shortage of warehouse workers is real, and it's the conversation we have with every single customer.`],
  ['linkedin', 'en', '', `Prize money at this year's Cape Town Big Wave Classic doubled to R500,000, and for the first time it's split equally between men and women. Proud that Seaboard Neoprene is one of the sponsors 🌊`],
  ['linkedin', 'fr', '', `Nvidia a publié hier un chiffre d'affaires trimestriel de 57 Md$, encore un record. Chez Armor Cyber, on a surtout retenu que le prix des GPU n'est pas près de baisser pour notre labo d'analyse de malwares.`],
  ['linkedin', 'fr', '', `La délibération du conseil régional Occitanie, publiée au recueil des actes, attribue 1,2 M€ de subventions aux projets d'irrigation économe en eau, dont 180 k€ pour notre programme avec les viticulteurs de Lunel. Merci à la Région !`],
  ['linkedin', 'fr', '', `Exercice pour nos alternants en gestion : un kit d'irrigation acheté 400 € et revendu 620 €, quelle est la marge brute en pourcentage du prix de vente ? Réponse en commentaire demain (et non, ce ne sont pas nos vrais prix).`],
  ['linkedin', 'fr', '', `Financement participatif bouclé pour notre cinéma de quartier ! 38 200 € collectés sur Ulule grâce à 612 contributeurs, dont plusieurs collègues d'Armor Cyber. Réouverture prévue en mars 🎬`],
  ['linkedin', 'fr', '', `Le tarif réglementé de l'électricité baissera de 2 % au 1er février, selon la décision de la CRE publiée ce matin. Pour une boulangerie comme les nôtres, les fours représentent plus de la moitié de la facture, donc chaque point compte.`],
  ['linkedin', 'fr', '', `Le cours de l'action Schneider Electric a pris 4 % après la publication de ses résultats du troisième trimestre. Pour les fournisseurs industriels comme nous, leurs commentaires sur la demande en Europe sont toujours un bon baromètre.`],
]);
