import { rows } from './corpus-types';

/**
 * Held-out set "fresh15": written 2026-12-03 (15:03-15:15 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * first lines of fresh14 for the header and row style), so it measures how the rules generalise to posts they were never
 * tuned on; the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh15`.
 * First scored 2026-12-03 15:20 UTC on the rules of b5f7553 (after the fixes from fresh12 to fresh14): confidentiality
 * macro F1 0.920, 10.2 % of clean posts flagged (10 of 98); financial the weakest (0.718, recall 0.560), email 0.833 (4
 * false alarms), phone 0.870, national_id 0.872 (ids of countries the rules did not read).
 *
 * Authors: a Kuopio sauna-stove maker, an Almería solar-farm operator, a Lyon silk weaver, an Essaouira argan co-op, a
 * Roeselare chicory roaster, a Tallinn e-residency consultancy, a Bergen fish-feed maker, a Lanildut seaweed harvester, a
 * Midleton whiskey cooperage, a Begunje ski maker, a Sousse call centre, a Luxembourg fund administrator, a Montréal
 * video-game studio, a Toulouse satellite integrator, a Porto cork mill, a Bavarian pretzel bakery chain, a Ventspils
 * timber exporter, a Marseille ship chandler, a Charleroi steelworks, an Avola almond grower, a Geneva watch-strap maker,
 * a Dijon mustard mill, a Kenyan-French flower importer in Rungis, a Split marina operator, a Basque pelota-ball maker, a
 * Savoie cheese dairy, a Strasbourg legal-tech and a Cardiff insurance broker. Forms: proud team updates, meeting notes
 * and board-pack extracts pasted as text, customer-service replies (surface 'comment'), job ads, X posts and a two-post
 * X thread, event recaps, out-of-office notes, changelogs, lost-and-found notices, HR and payroll reminders, supplier
 * bank-detail changes, farewell messages, fraud-awareness tips; financial figures in digits, words and ranges (order
 * intake, order backlog, board-approved capex and budgets, deal values before signature, fund-raising, assets under
 * administration, margins, forecasts and guidance, dealer and member prices before their announcement, bids) beside
 * published results, public prices, published salary ranges and household figures. Every IBAN, card and national id
 * positive was computed with a throwaway script kept outside the repo: exact country length and mod-97 for IBANs (FI,
 * ES, FR, MC, BE, EE, NO, IE, SI, LU, PT, LV, IT, CH, HR), plus the national key where one is easy to get (French RIB
 * key, Belgian check, Spanish DC, Italian CIN, Portuguese NIB, Finnish Luhn, Norwegian mod-11, Estonian 7-3-1, Croatian
 * and Slovenian keys); Luhn for Visa, Mastercard (5- and 2-series), Amex, Discover and JCB cards; the national key for
 * Finnish henkilötunnus, Swedish personnummer, Spanish NIE and DNI, Belgian national number, Estonian isikukood,
 * Norwegian fødselsnummer, French NIR (one born abroad), Irish PPSN, Slovenian EMŠO, Canadian SIN, Luxembourg matricule
 * (Luhn and Verhoeff), Portuguese NIF, Latvian personas kods, Italian codice fiscale, Croatian OIB and Dutch BSN; UK NINO
 * and US SSN by format, a Moroccan CIN as written on the card. Look-alikes are masked, documented specimens named as such
 * (the Latvian registry sample IBAN, Stripe's test card, HMRC's QQ NINO, the 1938 wallet-card SSN), or carry a wrong key
 * or a failing Luhn digit in a non-card context. 254 posts: 98 clean, 156 with one or more findings.
 */
export const FRESH15_POSTS = rows('fresh15', [
  // — Kuopio sauna-stove maker (Kiuaspaja Halla Oy)
  ['linkedin', 'en', '', `Our Halla 18 wood-burning stove just won the Fennia Prize for design 🔥 It heats a 14 m³ sauna in about 40 minutes and costs €1,290 incl. VAT in our web shop, same as at launch. Thank you to the whole Kuopio team!`],
  ['linkedin', 'en', 'financial', `Back from our leadership offsite in Kuopio and I have to share how proud I am: we closed the autumn with order intake of roughly €14.6m, best half-year in the company's history. The interim report only comes out on 12 February, so that number stays in this bubble until then 🙂`],
  ['linkedin', 'en', 'phone', `Hei Mikko, really sorry the door glass cracked after two weeks. Our service technician Juha covers the whole Savo region; call him directly on 040 718 2935 and he'll bring a replacement pane this week.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for Jaana's first day at the stove plant (posting it so the other site leads copy the format):
- employee no. 0412
- henkilötunnus 170384-263J
- tax card received ✔
- locker 19, safety shoes size 39`],
  ['linkedin', 'fr', 'iban', `Message à nos revendeurs français : à compter du 1er janvier, merci de régler les commandes de poêles directement sur notre compte en Finlande, IBAN FI84 4055 1000 1234 59. Les factures de décembre restent payables comme avant.`],
  ['linkedin', 'en', '', `Questions about your stove warranty? Our customer line 010 322 4400 is open Mon–Fri 8–16 Finnish time, and the manuals are all on our website. Löyly on!`, { surface: 'comment' }],
  ['x', 'en', 'codename', `Sauna lab, Kuopio: the test stove for Project Kestrel hit 110 °C in 14 minutes today. That's all I'm allowed to say 🤫`],
  ['linkedin', 'en', 'secret', `Changelog — Halla Connect app 2.3
• fixed Bluetooth pairing on older Android phones
• temperature graph now in °F too
• release bot moved to the new workspace, token xoxb-611247051899-4400438506374-L4YOUBsIeFvnN7ArjogpokU4 — ping #releases if it stops posting`],
  ['linkedin', 'en', 'national_id', `Quick one for payroll: Erik from our Umeå sales office says his personnummer is 810415-2387 but the contract draft has it wrong. Can someone from HR fix the template before he signs?`],

  // — Almería solar farm operator (Solaria Tabernas)
  ['linkedin', 'fr', 'financial', `Compte rendu de notre réunion d'équipe de lundi :
1. Le comité d'investissement a validé hier une enveloppe de 38 M€ pour l'extension de Tabernas III.
2. Annonce officielle prévue au printemps, avec la mairie.
3. Pot de fin d'année le 18 décembre à la centrale.`],
  ['linkedin', 'en', '', `Tabernas II produced 212 GWh in 2025, enough for about 60,000 Andalusian homes — all the numbers are in the sustainability report we published last week. Proud of our O&M crew.`],
  ['linkedin', 'fr', 'national_id', `Pour les saisonniers qui arrivent lundi à Tabernas : remplissez le formulaire d'accueil avec votre NIE. Exemple avec celui de Karim qui a déjà fait le sien : X4382019J, puis la date d'expiration. Bienvenue à tous !`],
  ['linkedin', 'en', '', `We're hiring O&M technicians in Almería! Salary band €28,000–€34,000 plus on-call bonus, as listed in the ad on our careers page. Full-time, permanent, Spanish or English.`],
  ['linkedin', 'fr', 'iban', `Petite info pratique pour nos stagiaires de printemps : la caution du logement partagé à Almería est à verser sur ES91 2100 0418 4502 0005 1332 (titulaire : Solaria Tabernas SL), avant le 15 février.`],
  ['linkedin', 'en', 'internal_url', `Shout-out to Lucía who rebuilt our inverter monitoring: the new fleet dashboard is at https://scada.solaria-tabernas.local/fleet — ask her for a login if you're on the O&M rota.`],
  ['x', 'en', '', `Sunrise over 240,000 panels this morning in the Tabernas desert ☀️ Some jobs come with a view.`],

  // — Lyon silk weaver (Soieries Morand-Vial)
  ['linkedin', 'fr', '', `Ce week-end, les Journées du patrimoine à la Croix-Rousse : nos métiers Jacquard de 1890 tourneront pour vous samedi et dimanche de 10 h à 18 h. Entrée libre, 11 montée de la Grande-Côte.`],
  ['linkedin', 'fr', 'financial', `Je n'ai pas le droit de le crier trop fort, mais je suis trop fière de l'atelier : le carnet de commandes de la collection été dépasse 6,2 millions d'euros, un record. Les chiffres officiels ne seront présentés qu'à l'assemblée générale de mars.`],
  ['linkedin', 'fr', 'confidential_marker', `Ordre du jour du comité de direction de jeudi (document interne — ne pas diffuser) :
1. Bilan des métiers Jacquard
2. Plan de formation des apprentis
3. Planning des congés de Noël`],
  ['linkedin', 'fr', 'client_name', `Très belle commande pour l'atelier : l'Hôpital Sainte-Claire nous a confié 300 rideaux en soie ignifugée pour son unité de soins palliatifs. Un projet qui a du sens.`],
  ['linkedin', 'fr', '', `Concert de Noël ce soir dans la chapelle Sainte-Claire, juste en bas de l'atelier : les apprentis tisserands chantent, venez nombreux.`],
  ['linkedin', 'en', 'email', `Coming to Première Vision in Paris? Skip the booth queue and write to our sales lead Amélie directly, she answers from her phone even on the stand: amelie.vial.perso@gmail.com`],
  ['linkedin', 'fr', '', `On recrute un(e) tisserand(e) en CDI à la Croix-Rousse. Formation assurée, salaire selon la grille de la convention textile. Candidatures à recrutement@morand-vial-soieries.fr`],
  ['x', 'fr', 'codename', `Premiers mètres de soie pour Nébula sortis du métier ce matin. Le reflet est dingue. On ne peut rien montrer avant le lancement 🤐`],

  // — Essaouira argan co-op (Coopérative Tifawt)
  ['linkedin', 'fr', '', `Le Haut Atlas sous la neige ce matin, vu depuis la route d'Imintanoute. Les arganiers, eux, ne craignent pas le froid. Belle semaine à toutes les femmes de la coopérative !`],
  ['linkedin', 'fr', 'phone', `Pour les commandes de groupe (comités d'entreprise, boutiques), appelez directement Fatima, notre présidente, au 06 61 23 45 87, ou au +212 661 23 45 87 depuis la France. Elle répond après 17 h.`],
  ['linkedin', 'fr', 'national_id', `Avis de recherche : Aïcha a perdu sa carte d'identité hier au souk d'Essaouira, CIN n° JB412876. Si quelqu'un la trouve, déposez-la à la coopérative, merci !`],
  ['linkedin', 'en', 'financial', `Good news for our members: the co-op council agreed yesterday to pay 95 dirhams per kilo of kernels next season, up from 82. We'll tell the buyers after the holiday, so don't mention it at the market yet.`],
  ['x', 'en', '', `Our 250 ml argan oil is back in stock: €19 on our online shop, same price as last year. Cold-pressed, certified organic, made by 64 women in Ida Ougourd. 🌿`],
  ['linkedin', 'fr', 'codename', `Hier, dégustation secrète à la coopérative : le premier lot du projet Atlas Bleu (huile + savon noir) est prêt. Lancement pas avant l'été, alors motus !`],
  ['linkedin', 'fr', '', `Aujourd'hui c'est la Journée internationale des femmes rurales. Pensée pour les 64 adhérentes de Tifawt, qui cassent les noix à la main depuis 2004.`],
  ['linkedin', 'fr', '', `Pour ses 8 ans, j'ai offert à ma fille un atlas bleu des oiseaux du Maroc. Elle a déjà reconnu trois espèces dans les arganiers de la coopérative. 🐦`],
  ['linkedin', 'en', 'iban', `EU shops: the deposit for the spring pre-orders goes to our French distributor's account, FR76 1680 7000 3136 5214 7890 009, with your shop name as reference. Thank you for supporting the co-op!`],

  // — Roeselare chicory roaster (Chicorée Verhaeghe)
  ['linkedin', 'fr', 'financial', `Réunion de production ce matin à Roulers. Entre nous : on s'oriente vers une clôture 2026 autour de 41 millions de chiffre d'affaires, avec une marge brute qui remonte à 23 %. Les chiffres définitifs seront publiés en avril.`],
  ['linkedin', 'fr', '', `Comme annoncé dans notre communiqué du 14 mars, notre chiffre d'affaires 2025 s'élève à 37,8 M€. Merci aux planteurs de Flandre-Occidentale qui rendent tout cela possible.`],
  ['linkedin', 'fr', 'national_id', `Pour clôturer l'affiliation de Pieter à l'assurance groupe, le courtier me demande son numéro de registre national : 85.07.30-033.28. Quelqu'un peut le transmettre au service RH ? Merci !`],
  ['linkedin', 'en', 'phone', `Weekend roast shift: Joke is on call for the Roeselare roaster. If the temperature alarm goes off, phone her at 0470 52 81 36, not the office line.`],
  ['linkedin', 'fr', 'iban', `Rappel aux stagiaires : les frais de formation HACCP vous seront remboursés sur le compte BE78 3631 4785 2086 que vous avez indiqué. Si ce n'est pas le bon, dites-le à Els avant vendredi.`],
  ['linkedin', 'en', '', `Chicory harvest started in West Flanders this week. 🌱 Fun fact: one tonne of roots gives about 200 kg of roasted chicory. Come and smell the roaster at our open day on 20 December.`],
  ['linkedin', 'fr', 'client_name', `Rangez vos postes et sortez les chaussures de sécurité neuves : l'équipe qualité de Globex vient auditer la ligne de torréfaction de Roulers mardi.`],
  ['linkedin', 'en', 'confidential_marker', `Confidential – do not forward. Roeselare plant: the night shift moves to four crews from January. Details will be explained at the works council on Thursday; please don't discuss it with the crews before then.`],
  ['linkedin', 'fr', '', `Jeudi, atelier « Rédiger un NDA sans se faire piéger » à la Chambre de commerce de Courtrai. J'y vais pour mieux négocier avec nos fournisseurs d'emballage. Qui vient ?`],

  // — Tallinn e-residency consultancy (Kodakond Advisory)
  ['linkedin', 'en', 'national_id', `Pasting from our CRM so the new consultants see what a complete file looks like:
Client: Marko Tamm
Isikukood: 38706120286
Company: registered 2 Dec, board member notice filed
Next step: VAT number`],
  ['linkedin', 'en', '', `Estonia's e-Residency programme turns 12 this week, with more than 120,000 e-residents according to the official statistics. We've helped about 900 of them set up a company since 2017.`],
  ['linkedin', 'fr', '', `Notre conviction depuis 2017 : un entrepreneur étranger n'a pas besoin d'une société générique de plus, mais de quelqu'un qui connaît le registre estonien par cœur.`],
  ['linkedin', 'en', 'secret', `Hotfix for our onboarding chatbot, for the two devs who asked: the old key was revoked, put the new one in .env as OPENAI_API_KEY=sk-proj-HFFs8YK8-ItKV0y9OFdoKJsntbC6pXipb0CMEcbC9evbf-T- and restart the container.`],
  ['linkedin', 'fr', '', `Webinaire gratuit jeudi 18 h (heure de Paris) : créer son entreprise estonienne depuis la France, fiscalité, banque, comptabilité. Inscription sur notre site, replay envoyé à tous les inscrits.`],
  ['linkedin', 'en', 'iban', `Reminder to clients finishing their registration this week: the share capital deposit goes to EE35 2200 2210 3456 7893, with your application number as the payment reference.`],
  ['linkedin', 'en', 'internal_url', `New joiners: the KYC checklist has moved. Version 3 is at https://wiki.kodakond.internal/kyc/v3 and the old Google Doc is archived.`],
  ['linkedin', 'fr', 'email', `Plusieurs d'entre vous m'ont écrit sur LinkedIn pour des questions perso sur la résidence électronique : écrivez-moi plutôt sur mon adresse privée, kadri.tamm77@gmail.com, je réponds le soir.`],
  ['linkedin', 'en', 'financial', `Big week coming up: we're about to sign the acquisition of a Riga accounting boutique for a little over two million euros, SPA signing next Tuesday if the lawyers behave. First expansion outside Estonia!`],
  ['linkedin', 'en', '', `Our guide to Baltic bank transfers now has a table of IBAN lengths per country. The registry's own sample for Latvia, LV80 BANK 0000 4351 9500 1, is there so you can see the format: 21 characters, four letters for the bank.`],

  // — Bergen fish-feed maker (Havfor AS)
  ['linkedin', 'en', 'financial', `Huge day at Havfor: the board approved NOK 640 million for the new extrusion line in Florø. The stock exchange notice goes out on Monday, so please keep it off your feeds until then.`],
  ['linkedin', 'en', '', `Havfor's Q3 report was published this morning: revenue NOK 3.1 billion and an EBIT margin of 8.4%. Link to the full report in the comments. Thanks to everyone in Bergen and Florø.`],
  ['linkedin', 'en', 'phone', `Visitors to the Florø plant next week: Ingrid handles all site visits and PPE. Her mobile is +47 412 58 903 if your ferry is late.`],
  ['linkedin', 'en', 'national_id', `Payroll question: the fødselsnummer on Lars's tax card is 23079135615 but Altinn shows a different one. Has anyone had this mismatch before?`],
  ['linkedin', 'en', 'iban', `Supplier master-data update: our krill meal supplier has a new account, NO24 3208 1234 565. Finance, please change it before the December run.`],
  ['linkedin', 'en', 'secret internal_url', `Anyone know why the feed planner can't connect since the upgrade? My config still says postgres://planner:Fjord2026!@db01.havfor.local:5432/feedplan and it worked on Friday.`],
  ['x', 'en', '', `Salmon feed pellets look exactly like chocolate cereal. Do not eat them. Ask me how I know. 🐟`],
  ['linkedin', 'en', '', `Clear skies over Bergen last night: Orion rising above the fjord, and with binoculars you could even see the Orion Nebula. Worth the cold fingers.`],

  // — Lanildut seaweed harvester (Algues d'Iroise)
  ['linkedin', 'fr', '', `Grandes marées d'équinoxe : la récolte du laminaire reprend demain à Lanildut, premier port goémonier d'Europe. Quinze bateaux, une centaine de personnes à terre pour le séchage.`],
  ['linkedin', 'fr', 'phone', `Vous voulez visiter le séchoir pendant les vacances ? Appelez Gwenaëlle au 06.72.18.44.91, elle organise les groupes le mardi et le jeudi.`],
  ['linkedin', 'fr', 'financial', `Entre nous : la levée de fonds qu'on boucle en ce moment tourne autour de quatre à cinq millions d'euros, closing visé fin janvier. On en parlera publiquement quand tout sera signé !`],
  ['linkedin', 'fr', '', `Nos tarifs professionnels 2027 sont en ligne : le wakamé séché reste à 42 € HT le kilo, la dulse passe à 58 €. Commandes par le formulaire du site.`],
  ['linkedin', 'fr', 'national_id', `Yann, le formulaire MSA est revenu : ton numéro de sécu 1 77 05 13 055 212 58 était mal recopié sur la première page. Je l'ai corrigé et renvoyé, rien à faire de ton côté.`],
  ['linkedin', 'en', 'codename', `Can't give details, but our R&D team in Lanildut has been testing "Goémon Noir", a seaweed bioplastic we haven't announced yet, and the first cups held boiling water for an hour. 🌊`],
  ['linkedin', 'fr', '', `Quiz sécurité de la semaine : cet IBAN reçu par mail est-il valable ? FR41 1027 8085 1200 0205 9331 280. Réponse : non, la clé de contrôle ne colle pas, c'était une tentative de fraude au changement de RIB.`],

  // — Midleton whiskey cooperage (Ballycotton Cooperage)
  ['linkedin', 'en', '', `Charring a hogshead takes about 40 seconds and a lot of nerve. Our four apprentices did their first solo chars today. Proud day in Midleton. 🔥`],
  ['linkedin', 'en', 'phone', `Apprentice open day on Saturday! If you have questions before then, ring Declan, our head cooper, on 087 214 6639 (evenings are best).`],
  ['linkedin', 'en', 'national_id', `Seán, the Revenue form for your apprenticeship came back: your PPS number 6318427M is on the old form, so please sign the new one at the front desk tomorrow.`],
  ['linkedin', 'en', 'financial', `We've quietly agreed a five-year cask supply with a Kentucky distillery, worth eleven million dollars, give or take. Contracts get signed Friday and the press release is planned for January, so mum's the word.`],
  ['linkedin', 'en', 'iban', `Staff Christmas party kitty: €25 each to IE37 BOFI 9000 1752 8463 91 (Aoife's account) before the 15th. Cash also accepted in the tin by the kettle.`],
  ['linkedin', 'en', '', `Tours of the cooperage run Tuesday to Saturday. Book on our website or call the visitor centre on +353 21 461 3790. School groups free in January.`],
  ['x', 'en', '', `Whiskey ages in oak. Coopers age in whiskey. (Not really, health and safety says no.) Happy Friday from Midleton 🥃`],
  ['linkedin', 'en', 'confidential_marker', `Just got the distillery's tasting notes for next year's single cask range. The whole deck is under NDA so I can only say this much: peated casks are back, and ours did the finishing.`],

  // — Begunje ski maker (Triglav Skis)
  ['linkedin', 'en', '', `Our 2026/27 freeride ski, the Vršič 104, is in shops now at €649 RRP. Handmade in Begunje, wood core from Gorenjska beech.`],
  ['linkedin', 'en', 'national_id', `Registering the factory team for the Planica charity race: the organiser needs EMŠO numbers. Matej, yours is 1503988500122, can you check it's right before I submit?`],
  ['linkedin', 'en', 'iban', `Sponsored athletes: the winter bonus will be paid this Friday. Nika, we're using SI56 0510 0080 1245 678 as you gave us in October, please confirm it's still valid.`],
  ['linkedin', 'en', 'codename', `Factory floor today: the first carbon-core pair for Orion came off the press and survived the flex test. Launch is a long way off, but the team earned a beer tonight.`],
  ['linkedin', 'fr', '', `Retour de la Coupe du monde à Kranjska Gora : ambiance incroyable, et trois athlètes sur nos skis dans le top 15 du slalom. Merci aux 400 bénévoles de Gorenjska !`],
  ['linkedin', 'en', 'phone', `Demo skis for the Vogel test day: Urška has the list. Text her on +386 41 528 907 with your boot size and she'll set aside a pair.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Heads-up to our sales team: on the dealer price list going out in January, the World Cup race ski goes from €749 to €829. Dealers don't know yet, so don't quote the new price before the 10th.`],
  ['x', 'en', '', `Pre-season waxing tips thread tomorrow. Spoiler: you're probably using too much wax. ⛷️`],

  // — Sousse call centre (Sahel Connect)
  ['linkedin', 'fr', '', `On recrute 40 conseillers francophones à Sousse ! Salaire affiché de 1 400 à 1 700 TND selon l'expérience, transport pris en charge, formation de trois semaines payée.`],
  ['linkedin', 'fr', 'card', `Moment de solitude au plateau : un client m'a dicté sa carte en plein appel alors que je lui demandais juste son code postal. 4974 6606 7996 0653, expiration 09/28. J'ai tout de suite basculé l'appel vers le service paiement sécurisé.`],
  ['x', 'fr', 'card', `Verbatim du jour au plateau : « ma carte c'est 3528 1383 3852 2498, vous voulez le code aussi ? » Non monsieur. Surtout pas. 😅`],
  ['linkedin', 'fr', 'phone', `Nouveaux arrivants : en cas de souci de badge le matin, Sami, le chef de plateau, est joignable au +216 98 412 357 dès 7 h 30.`],
  ['linkedin', 'fr', 'confidential_marker', `Procédure interne – diffusion restreinte
Scripts de fidélisation opérateur télécom, version 4 :
1. Reformuler le motif de résiliation
2. Proposer l'offre de rétention niveau 1
3. Escalader au superviseur si refus`],
  ['linkedin', 'fr', '', `Rappel formation PCI-DSS : on ne note jamais un numéro de carte sur papier. En recette, on utilise uniquement des numéros de test publiés, comme 4242 4242 4242 4242, la carte de test de Stripe.`],
  ['linkedin', 'fr', '', `Rappel : une ligne d'écoute confidentielle est ouverte à tous les salariés victimes ou témoins de harcèlement. Le numéro est affiché dans tous les vestiaires et sur l'intranet.`],
  ['linkedin', 'fr', 'client_name', `Bravo à l'équipe dédiée Globex : 98 % de satisfaction sur la campagne de novembre, et zéro appel perdu pendant le pic du Black Friday. Vous êtes incroyables 👏`],
  ['linkedin', 'en', 'secret', `Our IVR vendor just sent us the Twilio credentials in a plain email: account ACcadabba2a74c3165997d285e77f9ba27, auth token e553a6a6c21eb8e7aed8a23b1bb0e615. Who owns rotation on our side?`],
  ['linkedin', 'en', '', `Proud moment: Sahel Connect is certified Great Place to Work 2026 in Tunisia, for the third year in a row. 620 colleagues, 11 languages, one family.`],

  // — Luxembourg fund administrator (Kirchberg Fund Services)
  ['linkedin', 'en', 'financial', `Small milestone I'm allowed to celebrate with the team but not with the market yet: assets under administration crossed €48bn this month. The official number goes in the annual review in March.`],
  ['linkedin', 'fr', 'national_id', `Pour finaliser l'affiliation CCSS de notre nouvelle collègue Sophie, il manque juste la signature : son matricule 1983 0514 027 11 est déjà saisi. Merci de passer au bureau 4.12.`],
  ['linkedin', 'fr', 'iban', `Investisseurs particuliers du fonds Kirchberg Balanced : les souscriptions de décembre se font par virement sur LU28 0019 4006 4475 0000, en indiquant votre numéro de registre.`],
  ['linkedin', 'en', 'confidential_marker codename', `Strictly confidential: the data room for Project Kestrel opens on Monday. Only the six people on the deal team get access, and nobody talks about it at the Christmas lunch.`],
  ['linkedin', 'en', '', `Recap of the ALFI Global Asset Management conference: tokenised funds, the ELTIF 2.0 rules and a lot of talk about T+1 settlement. Slides are public on the ALFI website.`],
  ['linkedin', 'en', 'internal_url', `https://portal.kfs-lux.intra/navcalc is down again. Whoever restarts it first gets a coffee from me — the NAV run starts at 16:00.`],
  ['linkedin', 'fr', 'secret', `Pour l'export des VNI vers le stockage Azure, la chaîne à mettre dans le job : DefaultEndpointsProtocol=https;AccountName=kfsnavexports;AccountKey=yY6d8YiFd6MPDSXpPdcR5bkNhoSiHX8yKVEUehfPczptAGiyqZu8ILGl1J9gYv21SPXMwkioHx9F1WvmYI5h7w==;EndpointSuffix=core.windows.net`],
  ['linkedin', 'fr', '', `Vous avez une question sur nos fonds ? Écrivez à investor.relations@kirchberg-fs.lu, l'équipe répond sous 48 h ouvrées. Les prospectus sont sur notre site.`],
  ['linkedin', 'fr', '', `Mot de passe oublié sur l'extranet investisseurs ? Utilisez le lien « Mot de passe oublié » de la page de connexion. Nous ne vous demanderons jamais votre mot de passe par téléphone ou par e-mail.`],
  ['linkedin', 'fr', 'client_name', `Signature hier avec Société Générique pour l'administration de leurs trois SICAV luxembourgeoises. Une belle reconnaissance pour l'équipe transfer agency !`],

  // — Montréal video-game studio (Studio Castor Nocturne)
  ['linkedin', 'fr', '', `C'est officiel depuis le Nintendo Direct d'hier : Lanterne sort le 12 mars sur Switch, à 24,99 $. Quatre ans de travail pour 18 personnes. Merci pour vos messages ❤️`],
  ['linkedin', 'en', 'codename', `First crunch-free milestone in studio history: Nébula hit alpha on time, and nobody stayed past 6 pm. Huge respect to our producers.`],
  ['linkedin', 'en', 'national_id', `For our new QA tester starting Monday, here's the HR form I filled for him so he knows what to bring: name Olivier Gagnon, SIN 278 145 636, start date 7 December, badge photo to take on site.`],
  ['linkedin', 'fr', 'phone', `Besoin de deux testeurs pour une session ce soir de 19 h à 22 h, pizza offerte. Texte-moi au (514) 862-4471 si t'es dispo !`],
  ['linkedin', 'en', 'secret', `Note to the build team: the Steam upload pipeline still fails on the private repo. Just use my GitHub token for now, ghp_78E7NO5NHxIy0YZh7mJmwwuQ7WVmE571vaCJ, it has repo scope. I'll rotate it after the release.`],
  ['linkedin', 'en', '', `Our art director's talk from GDC, "Drawing light in a dark forest", is now free on the GDC Vault. Forty minutes of lanterns, fog and colour scripts.`],
  ['linkedin', 'en', 'financial', `Can't believe I'm typing this: the publisher deal for our next game is landing somewhere between six and seven million Canadian dollars in advance money. Signing next month, and then we can finally announce it 🦫`],
  ['linkedin', 'en', 'card email', `Bought the team's GDC passes on the studio Amex (3798 893089 68816). If you need the receipt for your expense report, ask me at my personal address, thomas.bergeron.qc@gmail.com, since I'm off until the 5th.`],
  ['x', 'fr', '', `Le castor de notre logo a un chapeau de Noël jusqu'au 2 janvier. C'est tout, c'est le tweet. 🎅🦫`],
  ['linkedin', 'en', '', `PSA for junior devs: never commit your .env. In the README, use placeholders like API_KEY=your-key-here and keep the real keys in the secret manager.`],

  // — Toulouse satellite integrator (Garonne Spatial)
  ['linkedin', 'fr', '', `Soirée astro du CSE hier sur le toit du bâtiment d'intégration : la nébuleuse d'Orion au télescope, Jupiter et ses quatre lunes. Merci au club d'astronomie de Blagnac !`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux de l'équipe AIT : le plan d'intégration à jour est sur https://wiki.corp.acme.com/sat/AIT-plan, pas sur le vieux SharePoint.`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de la revue de mi-parcours (document classé Diffusion Restreinte, je ne mets que la partie sans chiffres) : les essais thermiques sont validés et le planning de livraison est tenu.`],
  ['linkedin', 'en', 'financial', `The order backlog now tops €420 million after the constellation contract we'll announce at the Paris Air Show. Three years of work for the integration hall. 🛰️`],
  ['linkedin', 'fr', '', `On recrute cinq ingénieurs AIT à Toulouse : CDI, 45 à 55 k€ brut annuels selon la grille publiée dans l'annonce, télétravail partiel possible.`],
  ['linkedin', 'en', 'secret', `The test-bench upload script keeps failing with an auth error. This is what's in the config, can someone tell me if the key is still active?
aws_access_key_id = AKIASDKAIPD2KI4GDJFV
aws_secret_access_key = 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`],
  ['linkedin', 'fr', 'codename', `Grande journée pour le projet Kestrel : la structure primaire du satellite a passé les essais de vibration sans une seule anomalie. Bravo à toute l'équipe.`],
  ['x', 'fr', '', `Belle rentrée atmosphérique pour la capsule Orion de la NASA hier soir, suivie en direct par la moitié de l'open space. Bravo à nos collègues d'Artemis. 🚀`],
  ['linkedin', 'fr', 'secret internal_url', `Pour les stagiaires du banc de test : le Grafana est sur https://grafana.int.garonne-spatial.fr, identifiant bancAIT, mot de passe Vega!Banc2026. Ne touchez pas aux alertes.`],
  ['linkedin', 'fr', 'card', `Pour les réservations d'hôtel de la campagne d'essais à Cracovie, utilisez la carte affaires de l'équipe AIT : 5136 0115 1111 3220, expiration 04/28. Julie vous donnera le cryptogramme par téléphone.`],
  ['linkedin', 'fr', 'phone', `Pour les prestataires qui viennent au labo propre la semaine prochaine, la ligne directe d'Hélène est le +33 (0)5 61 27 48 93. Elle gère les badges et les blouses.`],
  ['x', 'en', '', `Launch day! Our first cubesat flies on tonight's Vega-C, webcast live on the ESA channel at 22:10 UTC. Fingers crossed in Toulouse. 🚀`],
  ['x', 'en', '', `1/2 Why do satellites spend weeks in a thermal vacuum chamber before launch? Because in orbit one side bakes at +120 °C while the other freezes at −150 °C, every 90 minutes. 🧵`],
  ['x', 'en', '', `2/2 Our chamber in Toulouse can cycle between those extremes 8 times a day. The satellite has to work perfectly through all of it, or it doesn't fly.`],

  // — Porto cork mill (Corticeira do Douro)
  ['linkedin', 'en', '', `Cork oaks are stripped once every nine years, by hand, with an axe. This summer's harvest team in Alentejo: 34 people, zero trees harmed. 🌳`],
  ['linkedin', 'fr', 'national_id', `Pour le contrat saisonnier d'Ana, la comptabilité a besoin de son NIF : 238 517 497. Je le mets ici pour l'équipe RH de Santa Maria da Feira, qui n'a pas accès au dossier.`],
  ['linkedin', 'en', 'iban', `Dear customers in France and Belgium: from January, please pay invoices to our new account at the same bank, PT50 0035 0651 0001 2345 6785 2. The old account closes on 31 March.`],
  ['linkedin', 'en', 'financial', `Our internal plan for 2027, fresh from the board: 1.9 billion stoppers and an EBITDA margin somewhere between 17 and 19 %. Ambitious but doable with the new punching line.`],
  ['linkedin', 'fr', '', `Comme publié dans notre rapport annuel, 2025 s'est conclu sur 312 M€ de chiffre d'affaires et 14 % d'exportations en plus vers la France. Merci à nos clients vignerons.`],
  ['linkedin', 'fr', 'phone', `Les clients qui viennent à la foire de Porto peuvent joindre notre commercial Rui directement sur son portable : +351 912 384 607.`],
  ['linkedin', 'en', '', `Reminder: our invoices show the bank account masked, PT50 •••• •••• •••• •••• 785 2, and we will never email you a new one. If someone does, it's a scam — call your usual contact.`],
  ['linkedin', 'en', 'email', `If you want the sample pack, email me on my personal address, joana.ferreira.cortica@sapo.pt — the work inbox is drowning before Christmas.`],
  ['linkedin', 'fr', '', `Retour de Vinexpo Paris : beaucoup de questions sur les bouchons techniques pour vins effervescents. Merci à tous ceux qui sont passés sur le stand.`],

  // — Bavarian pretzel bakery chain (Brezn-Haus)
  ['linkedin', 'en', '', `Good news for pretzel lovers: our classic Brezn stays at €0.95 in all 46 shops in 2027, despite flour prices. Shop list on www.brezn-haus.de/filialen.`],
  ['linkedin', 'en', 'financial', `What the shareholders signed off yesterday: 12 new shops in Austria over two years, with a budget of €7.8m. We'll present it at the franchise fair in Salzburg, so it's news to everyone else.`],
  ['linkedin', 'en', 'internal_url codename', `Shift plans for the three Laugenstern pilot shops are on https://intranet.brezn-haus.de/dienstplan. Reminder: Laugenstern isn't announced yet, so no photos of the filled pretzels in the shop windows.`],
  ['linkedin', 'fr', 'phone', `Pour la visite de notre fournil de Freising avec les étudiants de l'école hôtelière, contactez M. Huber, le chef boulanger, au 0171 4829337.`],
  ['linkedin', 'en', 'card', `Found at our Marienplatz shop this morning: a customer left a payment card, 5413 5827 8662 3840, name M. Gruber. If it's yours, come to the counter with ID.`],
  ['linkedin', 'en', '', `Catering order 3012 5588 4120 7763 for the Munich marathon is packed: 8,000 mini-pretzels, delivered by 6 am. The bakers are heroes.`],
  ['linkedin', 'en', 'secret', `Our POS integration finally works. For the franchisees who asked which key to put in the till app: 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 (the live one, not the test one).`],
  ['linkedin', 'en', '', `Good to know: our receipts now only print the last four digits of your card (**** **** **** 3840 style), and the loyalty app never stores card numbers at all.`, { surface: 'comment' }],
  ['x', 'en', '', `Weißwurst must be eaten before noon. This is not a suggestion, it is company policy. 🥨`],
  ['linkedin', 'fr', '', `Retour sur l'Oktoberfest : 210 000 bretzels vendus sur nos deux stands, trois tonnes de farine, zéro rupture. Merci à nos 60 saisonniers !`],

  // — Ventspils timber exporter (Daugava Timber)
  ['linkedin', 'en', 'national_id', `Port access for our new truck drivers: the terminal needs each driver's personas kods. Jānis, yours is 110889-12358 — if that's wrong, tell me before Monday or the gate won't open.`],
  ['linkedin', 'en', 'iban', `Finnish and Swedish customers: please note our updated account for payments in euros, LV73 HABA 0551 0293 8475 6. Invoices from 1 December already show it.`],
  ['linkedin', 'en', 'phone', `Ship agents calling at Ventspils this weekend: our loading master Edgars is on +371 2614 8823, day or night.`],
  ['linkedin', 'en', '', `Our December price list for spruce battens and pine boards is online, same as last month. Quotes for full vessel loads on request through the website form.`],
  ['linkedin', 'fr', '', `Retour du salon du bois de Riga : beaucoup d'acheteurs français intéressés par le pin sylvestre séché. On y retournera l'an prochain avec un stand deux fois plus grand.`],
  ['linkedin', 'en', 'internal_url', `Loading schedule for the Antwerp vessel is updated on http://10.20.4.15:8080/schedule (you need the VPN). Trucks 3 and 7 are swapped.`],
  ['linkedin', 'en', 'secret', `If the vessel-arrival alerts stop showing up in our channel again, the bot posts through this webhook: https://hooks.slack.com/services/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 — just re-add it in the port app settings.`],

  // — Marseille ship chandler (Avitaillement Phocéen)
  ['linkedin', 'fr', 'phone', `Commandants, pour les livraisons de nuit au port de la Joliette, appelez Marco directement au 06 24 71 58 39. Il est sur le quai jusqu'à 4 h.`],
  ['linkedin', 'fr', '', `Notre standard (04 91 90 12 34, sur toutes nos factures et sur le site) est ouvert 7 j/7 pendant les fêtes. Bonne fin d'année aux équipages !`],
  ['linkedin', 'fr', 'iban', `Acompte pour l'avitaillement du yacht de notre client monégasque à verser avant jeudi sur MC58 1122 2000 0101 2345 6789 030. Merci à la compta de confirmer la réception.`],
  ['linkedin', 'fr', 'card', `Rappel à toute l'équipe, après ce qui s'est passé hier : un capitaine nous a envoyé par WhatsApp sa carte Amex 3714 255339 62825, exp 11/27, pour payer. On ne prend JAMAIS un paiement comme ça, on envoie un lien sécurisé.`],
  ['linkedin', 'en', 'financial', `We're going in at €1.2m for the three-year provisioning contract of a Mediterranean cruise line. Decision mid-January. Wish us luck ⚓`],
  ['linkedin', 'fr', '', `On recrute un magasinier-cariste au port de Marseille : CDI, 2 100 € brut par mois comme indiqué dans l'annonce France Travail, horaires décalés.`],
  ['linkedin', 'en', '', `Port of Marseille Fos handled 69 million tonnes last year according to the port authority. Behind every one of those ships is someone who brought the bread, the oil and the spare filters.`],
  ['linkedin', 'fr', 'confidential_marker', `Note interne — ne pas diffuser. À partir du 1er janvier, les remises accordées aux armateurs passent sous validation de la direction commerciale.`],
  ['linkedin', 'fr', 'email', `Après 22 ans sur les quais de la Joliette, je quitte Avitaillement Phocéen pour la retraite. Merci à tous les équipages ! Pour garder le contact : jeanpierre.ottaviani13@free.fr ⚓`],

  // — Charleroi steelworks (Forges de la Sambre)
  ['linkedin', 'fr', 'financial', `Le plan industriel que le conseil a voté jeudi prévoit 310 millions d'euros d'investissement sur cinq ans, dont un four électrique à Marchienne. Présentation aux syndicats le 15, puis à la presse.`],
  ['linkedin', 'fr', '', `Nos résultats annuels ont été publiés ce matin : EBITDA de 84 M€ et un carnet de commandes stable. Le rapport complet est disponible sur notre site, rubrique investisseurs.`],
  ['linkedin', 'fr', 'phone', `Pour les entreprises sous-traitantes du chantier de la ligne de laminage : ligne directe de Marc Dubois, responsable sécurité, +32 (0)71 45 82 19.`],
  ['linkedin', 'en', 'confidential_marker', `Embargoed until 9 December, 07:00 CET: blast furnace 4 restarts in January. Sharing with the shift leads here so you can plan crews, but not a word outside.`],
  ['linkedin', 'fr', '', `Conférence passionnante hier à l'UCLouvain sur l'embargo européen sur l'acier russe et ses effets sur les prix des brames. Merci aux organisateurs.`],
  ['linkedin', 'en', 'internal_url', `SAP is reachable again at https://sap.acme-corp.net/fiori after last night's outage. If your purchase orders are stuck, refresh and resubmit.`],
  ['linkedin', 'fr', '', `Bonne Sainte-Barbe à tous les métallos ! 🔥 Comme chaque 4 décembre, messe et repas à Marchienne, ouvert aux retraités et à leurs familles.`],
  ['linkedin', 'fr', '', `Vous voulez rejoindre les Forges ? Les candidatures spontanées pour nos ateliers de maintenance sont à envoyer à jobs@forges-sambre.be. Les offres en cours sont sur notre site.`],

  // — Avola almond grower (Mandorle Iblee)
  ['linkedin', 'en', 'national_id', `Contracts for the harvest workers are ready. Salvatore, the codice fiscale on yours is RSSSVT79C12A522M — shout if anything is wrong and I'll reprint it before Monday.`],
  ['linkedin', 'en', 'iban', `For our German confectionery partners: the advance for the 2027 Pizzuta allocation goes to IT26 C030 6911 8840 0010 0456 789, reference = your contract number.`],
  ['linkedin', 'fr', 'financial', `Info pour l'équipe commerciale : le prix 2027 de l'amande Pizzuta aux confiseurs sera de 14,50 € le kilo, contre 12,80 cette année. On l'annonce aux clients le 15 janvier, pas avant.`],
  ['linkedin', 'en', '', `Almond blossom in the Iblei hills in February is the most beautiful thing I know. Three months to go. 🌸`],
  ['linkedin', 'en', 'phone', `Buyers visiting the orchards in January: Giuseppe will pick you up at Catania airport. His mobile is +39 347 219 8830.`],
  ['linkedin', 'fr', '', `Récolte 2026 : 420 tonnes d'amandes décortiquées, comme on l'a annoncé au salon Sigep. Merci aux 80 saisonniers et au soleil de Sicile.`],
  ['linkedin', 'en', 'email', `Salvo asked me to share his address for anyone who wants to buy almonds privately for Christmas: salvo.russo1979@libero.it. He's retired now but still knows every tree.`],
  ['x', 'fr', '', `Pâte d'amande maison, recette de la nonna : amandes, sucre, un peu d'eau de fleur d'oranger. C'est tout. Pas de secret. 🇮🇹`],

  // — Geneva watch-strap maker (Bracelets Salève)
  ['linkedin', 'fr', 'financial', `Petit moment de fierté en revue de gamme : la marge brute de la ligne alligator est montée à 61 % cette année. Évidemment on n'en parle pas avant la publication des résultats du groupe.`],
  ['linkedin', 'fr', 'phone', `Pour les horlogers qui passent à l'atelier de Plan-les-Ouates chercher leurs échantillons, appelez Nadia sur son natel au 079 418 26 53, elle descend vous ouvrir.`],
  ['linkedin', 'fr', 'iban', `Message à nos clients détaillants : le règlement des commandes en francs suisses se fait désormais sur CH26 0078 8000 5012 3456 7. Merci de mettre à jour vos fichiers fournisseurs.`],
  ['linkedin', 'en', 'client_name', `500 custom leather straps, each embossed with the employee's initials, delivered on time for Initech's 25th anniversary. The atelier worked Saturdays for this one.`],
  ['linkedin', 'en', '', `Watches and Wonders recap: colourful straps everywhere, more rubber than ever, and a lot of questions about vegan leather. We'll be back in April.`],
  ['linkedin', 'fr', 'codename', `Premier prototype pour Atlas Bleu sorti de l'atelier aujourd'hui : cuir de poisson tanné au végétal, couture main. Lancement pas avant 2028, alors pas de photo.`],
  ['linkedin', 'fr', 'secret', `Le mot de passe du wifi interne de l'atelier a changé ce matin : Saleve#Cuir-2027. Les invités restent sur le réseau « Atelier-Visiteurs ».`],
  ['linkedin', 'en', '', `A kestrel has nested on the roof of our Plan-les-Ouates workshop. The apprentices have named her Bracelet. 🦅`],
  ['linkedin', 'fr', '', `On cherche un(e) apprenti(e) maroquinier(ère) pour la rentrée 2027. Salaire selon le barème cantonal genevois. Postulez via le formulaire du site.`],

  // — Dijon mustard mill (Moutarderie Carnot)
  ['linkedin', 'fr', '', `Le pot de 210 g de notre moutarde à l'ancienne reste à 2,35 € en boutique et sur notre site. Graines 100 % bourguignonnes, comme depuis 2019.`],
  ['linkedin', 'fr', 'financial', `Brief de l'équipe grands comptes : la hausse de 12 % de nos tarifs GMS sera notifiée aux enseignes le 5 janvier. D'ici là, aucune mention de ce chiffre en rendez-vous.`],
  ['linkedin', 'fr', 'confidential_marker', `[CONFIDENTIEL] Fiche technique moutarde au cassis v7 : proportions revues, temps de macération allongé à 36 h, nouveau fournisseur de graines à valider. Ne pas transférer hors R&D.`],
  ['linkedin', 'fr', '', `Le secret d'une bonne vinaigrette ? Ce n'est pas confidentiel : une cuillère de moutarde, trois d'huile, une de vinaigre, et on fouette. Bon appétit !`],
  ['linkedin', 'en', '', `Visitors welcome at the mill shop all December. Questions or group bookings: call our switchboard on +33 3 80 41 27 96, the number on every jar.`],
  ['linkedin', 'en', '', `Mustard seed is back in Burgundy: 240 growers this year, up from 30 in 2009. A small agricultural comeback story worth telling.`],
  ['linkedin', 'fr', '', `Je suis en congé jusqu'au 4 janvier. Pour les commandes, écrivez à contact@moutarderie-carnot.fr ou appelez le standard de la moutarderie. Bonnes fêtes !`],
  ['linkedin', 'fr', 'email', `Pour la commande groupée de moutarde du comité des fêtes, envoyez vos quantités à Françoise sur son adresse perso : francoise.gautheron21@orange.fr avant le 12.`],

  // — Rungis flower importer (Kilima Fleurs)
  ['linkedin', 'en', 'phone', `Florists asking about the Naivasha farm visit in February: our farm manager Wanjiru organises everything, WhatsApp her on +254 712 384 905.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'card', `Bonjour Madame Leroy, nous avons bien reçu en message privé votre numéro de carte 4539 0616 8704 3707 pour la commande de deuil. Pour votre sécurité, nous vous rappelons la commande par téléphone.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Objectifs Saint-Valentin 2027 validés hier en comité : 3,4 millions de tiges et 2,1 M€ de chiffre d'affaires sur la seule semaine. On garde ça pour nous jusqu'au bilan de mars.`],
  ['linkedin', 'fr', 'internal_url', `Les bons de commande Saint-Valentin sont à remplir directement dans https://kilimafleurs.sharepoint.com/sites/Achats/Commandes2027, plus par mail. Merci !`],
  ['linkedin', 'en', 'secret', `For the dev who's finishing the Rungis EDI connector: the bearer token for the staging market API is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcnVuZ2lzLWVkaSIsImlhdCI6MTc2NDcyMDAwMCwic2NvcGUiOiJvcmRlcnM6d3JpdGUifQ.N1bKMseNqGxHZFd43otIIETkxcO9depBU2B-90XLbuI`],
  ['linkedin', 'fr', '', `Le pavillon des fleurs de Rungis ouvre à 5 h en semaine pendant les fêtes. Venez tôt, les roses de Naivasha partent vite. 🌹`],
  ['linkedin', 'fr', 'client_name', `Livraison spéciale ce matin pour l'Hôpital Sainte-Claire : 400 bouquets pour les chambres des patients à Noël, offerts avec leur fondation. Une de nos plus belles commandes.`],
  ['linkedin', 'en', '', `The Kenyan flower industry employs over 200,000 people, according to the Kenya Flower Council. Every stem we sell in Rungis carries a bit of that story.`],
  ['linkedin', 'fr', 'national_id', `Dossier retraite de Joseph : la CNAV a besoin de son NIR, 1 88 04 99 332 027 17 (né au Kenya). Je le note ici pour l'équipe admin qui reprend pendant mes congés.`],

  // — Split marina operator (Marina Kaštela)
  ['linkedin', 'en', 'national_id', `Berth contract for our new dockmaster is ready. Ivan, the OIB I have for you is 69351728407 — please confirm before I send it to the accountant.`],
  ['linkedin', 'en', 'iban', `Seasonal berth holders: the 2027 annual fee is payable until 31 January to HR92 2340 0091 1024 5789 3, with your boat name as reference. Early payers get 5% off.`],
  ['linkedin', 'en', 'phone', `Boats arriving after 20:00 this weekend: the night marinero Tomislav is on +385 91 427 3816 (VHF channel 17 also works).`],
  ['linkedin', 'fr', '', `Nos tarifs 2027 sont publiés : 14,80 € le mètre par nuit en haute saison, 6,20 € hors saison. Réservations ouvertes sur le site.`],
  ['linkedin', 'en', 'financial', `From the board pack we went through last night: occupancy forecast of 91% for 2027 and revenue guidance of €8.6m. The owners will present it at the January meeting.`],
  ['linkedin', 'en', 'card', `Reception found a card on the desk after check-out: 2223 5990 1975 2391, guest from berth C-14. If it's yours, call the marina office and we'll post it to you.`],
  ['linkedin', 'en', 'card', `Best radio call of the season: a US skipper read his Discover card, 6011 0276 0755 7011, over VHF channel 17 to book a berth. Half of Split harbour heard it. We called him back and advised him to cancel the card.`],
  ['linkedin', 'en', '', `Marina Kaštela is now a Blue Flag marina for the fifth year running. Thank you to the maintenance team who clean the pontoons every single morning.`],
  ['x', 'en', '', `Bora wind gusting 90 km/h in Split today. All boats double-lined. Coffee is on us at the marina bar if you're helping. ⛵`],

  // — Basque pelota-ball maker (Larrun Pilotak)
  ['linkedin', 'fr', '', `Une pelote de cesta punta, c'est 125 g, un noyau de buis, du latex et deux couches de cuir de chèvre cousues main. Trois heures de travail à Hasparren pour chacune.`],
  ['linkedin', 'fr', 'national_id', `Pour l'assurance du tournoi de Saint-Sébastien, la fédération demande le DNI des joueurs. Iñaki, j'ai noté 48213907L pour toi, c'est bien ça ?`],
  ['linkedin', 'fr', 'iban', `Clubs espagnols : les commandes de pelotes pour la saison se règlent sur ES33 0182 5322 2102 0158 7423. Merci d'indiquer le nom du club en référence.`],
  ['linkedin', 'fr', 'phone', `Pour les clubs qui veulent visiter l'atelier, appelez Xabi sur son portable espagnol, +34 688 21 47 93, il parle basque, espagnol et français.`],
  ['linkedin', 'en', 'financial', `Quiet news from the workshop: we've booked 14,000 balls for the 2027 World Championship, a deal worth around €380k. The federation announces suppliers in March, so don't spread it yet.`],
  ['linkedin', 'fr', 'codename', `Premiers essais sur le fronton pour notre nouvelle pelote Orion (nom de code, lancement en 2027) : plus rapide de 4 km/h, les pelotaris sont fans.`],
  ['linkedin', 'en', '', `Pelota is the fastest ball sport in the world: a cesta punta ball has been clocked at over 300 km/h. We make them by hand in Hasparren.`],
  ['x', 'fr', '', `Finale du tournoi de pelote dimanche à Hasparren : un jeton = une boisson à la buvette, jetons en vente à l'entrée. Venez nombreux ! 🟢⚪🔴`],
  ['linkedin', 'fr', '', `Mon budget cadeaux de Noël a explosé cette année : 450 € rien que pour les neveux. Quelqu'un a des idées de cadeaux à moins de 20 € ? (Une pelote, évidemment 😄)`],

  // — Savoie cheese dairy (Fruitière des Aravis)
  ['linkedin', 'fr', '', `Le reblochon fermier AOP, c'est deux traites par jour, du lait cru emprésuré moins de 90 minutes après la traite, et trois semaines d'affinage minimum. Fiers de nos 42 producteurs.`],
  ['linkedin', 'fr', 'financial', `Le conseil d'administration a voté hier le prix du lait payé aux producteurs pour 2027 : 715 € les 1 000 litres. Les adhérents seront informés par courrier en janvier, alors patience !`],
  ['linkedin', 'fr', 'national_id', `Léa, la MSA n'a pas pu traiter ton dossier de saisonnière : il manquait la clé. Ton numéro complet est 2 05 08 31 555 088 56, je l'ai ajouté.`],
  ['linkedin', 'en', '', `For delivery questions, call the dairy office on 04 50 02 61 18 during opening hours. Please don't call the drivers' mobiles directly, they're on mountain roads.`],
  ['linkedin', 'fr', 'confidential_marker', `Sous embargo jusqu'au 10 décembre : notre tomme des Aravis a décroché l'or au Mondial du fromage de Tours. Je le dis à l'équipe, pas encore au reste du monde !`],
  ['linkedin', 'fr', 'email', `Absente du 20 décembre au 3 janvier. Pour les commandes urgentes de fin d'année, vous pouvez m'écrire sur mon adresse perso, m.perrillat74@laposte.net, je regarde le soir.`],
  ['linkedin', 'fr', '', `Fondue savoyarde ce soir pour les 20 ans de la fruitière : 60 kg de fromage pour 150 personnes. Merci à tous les producteurs venus fêter ça.`],
  ['linkedin', 'fr', '', `Toutes nos recettes de fêtes (tartiflette, croziflette, fondue aux cèpes) sont sur https://www.fruitiere-aravis.fr/recettes. Bonne dégustation !`],
  ['linkedin', 'en', '', `Pasture to cheese in under 90 minutes: a short video of the morning milk collection at La Clusaz. Filmed by our apprentice, who clearly has a future in cinema.`],

  // — Strasbourg legal-tech (Juristrass)
  ['linkedin', 'fr', 'secret', `Pour l'équipe data qui migre la base des contrats cette nuit, la chaîne de connexion du cluster : mongodb+srv://admin:Kt7pWq2026@cluster0.juristrass.mongodb.net/contrats. Je la change demain matin.`],
  ['linkedin', 'fr', 'internal_url', `Le bug d'export PDF est suivi dans https://jira.acme-corp.net/browse/JUR-412, merci d'y mettre vos captures plutôt que dans Teams.`],
  ['linkedin', 'en', '', `New on our blog: how we rotate API keys every 30 days without downtime, with a secret manager, short-lived tokens and a lot of tests. Link in the comments.`],
  ['linkedin', 'fr', 'confidential_marker', `Je ne peux pas tout dire, on est sous NDA avec le cabinet, mais notre moteur d'analyse de baux vient de lire 40 000 contrats en une nuit pour leur audit.`],
  ['linkedin', 'en', 'secret', `GitLab CI for the clause-extraction service is green again. The runner now authenticates with glpat-ccnpag9QQIthW14JmMy8, update your local config if you push from the old VM.`],
  ['linkedin', 'fr', 'email', `Notre avocate associée préfère qu'on la contacte sur son adresse personnelle pour le salon : c.schneider.avocat@hotmail.fr. Passez nous voir stand B12 !`],
  ['linkedin', 'fr', '', `Salon Legal Tech Grand Est vendredi au Palais des congrès de Strasbourg : démonstration de notre assistant de rédaction à 11 h. Entrée gratuite sur inscription.`],
  ['linkedin', 'fr', 'client_name', `Très heureuse d'annoncer à l'équipe qu'Initech a signé pour notre module de due diligence, sur trois ans. Le déploiement commence en janvier.`],
  ['linkedin', 'en', 'national_id', `Support ticket from our Dutch pilot: the client pasted his BSN, 237491059, into the contract template field instead of the company number. We've fixed the form validation.`],
  ['linkedin', 'en', 'internal_url', `Please test the new clause library before Friday: https://staging.juristrass.eu/clauses (use your normal login, data is fake).`],

  // — Cardiff insurance broker (Taff Cover)
  ['linkedin', 'en', 'national_id', `New starter paperwork is nearly done. Rhys, HR has your National Insurance number down as JT 48 29 17 C; if that's not right, let them know before payroll closes on the 15th.`],
  ['linkedin', 'en', '', `Reminder from compliance training: HMRC's own guidance uses QQ 12 34 56 C as a sample National Insurance number. Use that in test data, never a real one.`],
  ['linkedin', 'en', 'phone', `Out of office until 4 January. For anything urgent on the Cardiff marine accounts, Bethan is covering — her mobile is 07823 416 905.`],
  ['linkedin', 'en', 'card', `Hi Gareth, please don't post card details here. We've already seen 4035 5563 7161 5875 in your comment, so we've asked our fraud team to contact your bank and you'll get a new card.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Renewal season is on: our 1 January book comes in at £23.4m of gross written premium, up 9 %, before we've even reported it to the group. Brilliant work by the account handlers.`],
  ['linkedin', 'en', 'client_name', `Delighted that Société Générique has moved its whole fleet policy to us from January. 340 vans, one very happy account team. 🚐`],
  ['linkedin', 'en', '', `Our claims line, 0800 917 3340, is open 24/7 over Christmas. If you've had a burst pipe, call us before you call the plumber. 💧`],
  ['linkedin', 'en', '', `Personal milestone: we made the last payment on our mortgage today. £182,000 borrowed in 2001, 25 years, two kids, one very old boiler. Cheers to that. 🥂`],
  ['linkedin', 'en', '', `Friday mood in the Cardiff office: someone printed a "TPS report" cover sheet from Office Space and taped it to the printer. Even Initech never had a printer this bad. 🖨️`],
  ['linkedin', 'en', 'secret', `For the marketing team: the mailing tool stopped sending because the old key expired. New SendGrid key is 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, paste it in the settings page.`],
  ['linkedin', 'en', '', `Fun fact from our fraud-awareness session: 078-05-1120 is the most misused Social Security number ever. It was printed on a sample card sold in wallets in 1938, and thousands of people used it as their own.`],
  ['linkedin', 'en', 'national_id', `For the US expat travel policy, the underwriter wants the client's Social Security number on the proposal. I have 412-67-3098 from the fact-find, can someone double-check it against the passport copy?`],
  ['linkedin', 'en', 'email', `Leaving Taff Cover after nine years 💙 It's been a privilege. If you want to stay in touch, my personal email is dafydd.price.cardiff@outlook.com.`],
]);
