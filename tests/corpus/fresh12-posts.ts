import { rows } from './corpus-types';

/**
 * Held-out set "fresh12": written 2026-12-03 (09:17-09:28 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh11), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh12`. First scored 2026-12-03 09:36 UTC on the rules of dd94e01 (the session's last
 * rules, after the fixes from fresh7 to fresh11): confidentiality macro F1 0.970, 3.0 % of clean posts flagged (3 of
 * 99); financial the weakest (0.880, recall 0.846), every other category at 0.929 or above. Not fixed from yet: its
 * misses are the next round's classes.
 *
 * Authors: an orchestra's administration in Lyon, a bakery franchise, a Dutch flower auction, a cybersecurity SOC in
 * Lille, an Alpine guiding company in Chamonix, a Tunisian olive-oil exporter in Sfax, a Singapore reinsurer's Paris
 * branch, a football stadium operator, a public library network, an agritech drone-sprayer start-up, a mutual insurer
 * in Niort, a semiconductors distributor in Munich, a Canadian mining junior, a dental clinic chain, a fashion resale
 * app and a subsea cable operator. Forms: signatures, job offers, farewell posts, pasted logs, configs and memos,
 * dialogues, replies (surface 'comment'), X threads, leaks in P.S., parentheses and quoted e-mails; financial figures
 * in digits, words and ranges (budgets voted in committee, pipeline, GWP, loss and combined ratios, GMV, churn, ARR,
 * chair occupancy, hospitality revenue). Every IBAN, card and national id positive was computed and checked with a
 * script (length and mod-97, Luhn, NIR key, Belgian register, DNI/NIE letter, codice fiscale, AVS, SIN, BSN, Steuer-ID,
 * PESEL, NIF); the look-alikes have wrong keys, are masked, or are documented specimens described as such. About 40 %
 * clean: look-alikes of every category (the Orion constellation and NASA capsule, a pet called Orion, the Kestrel
 * weather meter, the Nebula mesh VPN and awards, CME Globex, Office Space's Initech, Société Générale, trade embargoes,
 * classification schemes, example.com addresses, references and tracking numbers, localhost and home-lab addresses,
 * published results) and ordinary everyday posts.
 */
export const FRESH12_POSTS = rows('fresh12', [
  // Orchestra administration, Lyon
  ['linkedin', 'fr', 'financial', `Quelle soirée ! Le conseil d'administration de l'Orchestre a validé hier le budget de la saison 2027-28 : 14,2 M€, +6 % par rapport à cette saison, dont une hausse de la subvention métropolitaine. Ce ne sera rendu public qu'à la conférence de presse de janvier, mais je voulais remercier toute l'équipe administrative qui a bouclé ce dossier en trois semaines. 🎻`],
  ['linkedin', 'fr', '', `La saison 2027-28 est en ligne ! 🎶 Ouverture de la billetterie le 15 décembre à 12 h. Abonnement 6 concerts à partir de 96 €, tarif -28 ans à 8 € la place, et pour la première fois des répétitions générales ouvertes aux scolaires. Merci à toute l'équipe de la billetterie pour ce lancement.`],
  ['x', 'fr', 'phone', `Répétition publique annulée ce soir à l'Auditorium (grève des techniciens). Les détenteurs de billets peuvent appeler la billetterie au 04 78 95 95 95 pour un échange. Désolés 🙏`],
  // Bakery franchise
  ['linkedin', 'fr', 'email phone', `🥖 On recrute ! Boulanger·e H/F en CDI pour notre boutique de Villeurbanne (franchise, 35 h, 4 h–12 h, 2 jours de repos consécutifs). Débutant·e motivé·e accepté·e, on forme. CV à envoyer à recrutement.villeurbanne@fournilsdumarche.fr ou appelez directement Sandrine, la gérante, au 06 71 28 44 90.`],
  ['x', 'fr', '', `Galette des rois : l'an dernier vous en avez précommandé 14 200 dans nos 38 boutiques 🤯 Record à battre ! Précommandes ouvertes dès le 2 janvier, frangipane ou pomme-noisette.`],
  ['linkedin', 'fr', 'financial', `Réunion des franchisés ce matin à Mâcon. Le chiffre qui a fait le silence dans la salle : panier moyen à 7,40 € en novembre contre 6,85 € l'an dernier, et une marge brute réseau à 68,5 %. Ces chiffres ne sortiront qu'avec le bilan annuel en mars, mais bravo à tous les boulangers, c'est votre travail.`],
  // Dutch flower auction
  ['linkedin', 'en', 'iban', `Growers, an important admin note from the finance desk: from 1 January the clock settlement account changes. New IBAN: NL19 RABO 1574 9760 06 (Rabobank). Please update your records before the first auction on 5 January. Questions? Ask your account manager, not an e-mail asking you to pay somewhere else.`],
  ['linkedin', 'en', '', `Training our new buyers today on payment fraud. In the slides I use NL91 ABNA 0417 1643 00, the standard example IBAN that appears in every banking textbook and on Wikipedia, never a real account. Lesson one: we will never ask you to change bank details by e-mail.`],
  ['x', 'mixed', '', `Tulpen season begint! 🌷 The first clock this morning sold 2.1 million stems in 4 hours. Prijs per steel: check the public market report on our website.`],
  ['linkedin', 'en', 'financial confidential_marker', `Not sure I should share this but I'm too proud: slide 3 of this morning's board pack (marked "Vertrouwelijk – niet verspreiden") shows clock turnover up to €2.41bn for 2026, against €2.18bn last year. Official annual figures come in March. Team, you earned it. 🌷`],
  // SOC, Lille
  ['linkedin', 'fr', 'secret', `Retour d'expérience de l'incident de cette nuit au SOC 🧵 L'attaquant a trouvé un jeton GitLab oublié dans les variables d'un runner. Pour le débrief avec l'équipe, la ligne du log qui nous a mis la puce à l'oreille : "export GITLAB_TOKEN=glpat-EbMSPCEnWJU-4TDupuD3". Révoqué à 6 h 12, rotation en cours. Moralité : scannez vos variables CI.`],
  ['linkedin', 'fr', 'internal_url', `Analystes N1 : le nouveau runbook phishing (v4, avec les cas QR-code) est en ligne sur https://wiki.soc.acme-corp.net/runbooks/phishing-v4. Lecture obligatoire avant la rotation de lundi, on en parle au point de 9 h.`],
  ['linkedin', 'fr', '', `Petit tuto pour les étudiants du master cyber de Lille : montez votre propre SIEM de labo en 10 minutes. docker compose up -d, puis ouvrez http://localhost:5601 dans votre navigateur. Le mot de passe, c'est celui que vous avez défini dans votre fichier .env, pas celui d'un forum 😉 Slides en commentaire.`],
  ['x', 'fr', '', `Rappel du SOC : un vrai mail de la DSI ne vous demandera JAMAIS votre mot de passe. Dans le doute, transférez à l'adresse de signalement indiquée sur l'intranet. #cybersécurité`],
  // Alpine guiding company
  ['linkedin', 'en', 'codename', `Huge week for our guiding team in Chamonix: we wrapped the closed beta of Orion, the avalanche-briefing app we've been building for our guides, with 40 mountaineers and zero crashes. More when we're allowed to talk about it. ⛰️`],
  ['x', 'en', '', `Orion still bright over the Aiguille Verte at 4am, client on the summit at 9:40. Best office in the world. 🏔️`],
  ['linkedin', 'fr', 'phone', `Avant de partir en hors-piste cet hiver : vérifiez le bulletin, emportez DVA-pelle-sonde, et enregistrez le numéro du PGHM de Chamonix dans votre téléphone : 04 50 53 16 89. En cas d'urgence, le 112 fonctionne partout.`],
  ['linkedin', 'fr', 'email', `Notre compagnie cherche des aspirants guides pour l'été 2027. Candidatures auprès du bureau : bureau.ete [arobase] cimes-et-glaciers [point] fr, avec votre liste de courses et deux références.`],
  // Tunisian olive-oil exporter
  ['linkedin', 'fr', 'financial', `Campagne 2026/27 : on devrait dépasser les 9 000 tonnes d'huile exportées et un chiffre d'affaires autour de 48 millions de dinars. Chiffres provisoires, pas encore communiqués à nos partenaires ni à la presse, mais quelle fierté pour l'équipe de Sfax. 🫒`],
  ['linkedin', 'fr', '', `Les oliviers de Chemlali du Sahel et ceux plantés au pied de l'Atlas n'ont pas du tout le même profil aromatique. Dégustation comparée samedi à Sfax avec nos clients italiens, merci à eux d'avoir fait le déplacement !`],
  ['linkedin', 'fr', 'iban', `Pour nos clients importateurs : à compter de la campagne 2026/27, merci de régler nos factures en euros sur le compte TN55 1000 6533 9612 4083 4917 (BIAT, agence Sfax Ville), en rappelant le numéro de facture en libellé. L'ancien compte sera clôturé fin janvier.`],
  ['x', 'fr', '', `Prix de l'huile d'olive extra vierge à Jaén cette semaine : 3,85 €/kg selon Poolred. On reste loin des sommets de 2024. #oliveoil`],
  // Singapore reinsurer, Paris branch
  ['linkedin', 'en', 'confidential_marker financial', `Quoting our renewal memo because the numbers made my week (Internal use only, sorry): "Paris branch GWP for the 1/1 renewals is tracking at EUR 312m against a plan of 287m; not to be shared outside the branch before group results in February." Proud of this underwriting team.`],
  ['linkedin', 'en', '', `Insured nat cat losses reached USD 140bn in 2026 according to the sigma report published this week. For those of us in reinsurance, the 1/1 renewals in Paris will be all about retentions and aggregate covers. Happy to discuss over coffee.`],
  // Football stadium operator
  ['linkedin', 'fr', 'client_name', `Fiers d'accueillir le séminaire annuel de la Société Générique dans nos salons du stade le 14 janvier : 600 invités, visite des vestiaires et traiteur étoilé. Toute l'équipe événementiel est sur le pont !`],
  ['x', 'en', '', `Matchday recap: 41,230 fans, gates opened at 18:30, zero incidents at the turnstiles. Thanks to our 900 stewards and staff! ⚽`],
  ['linkedin', 'fr', 'phone', `Accessibilité : notre billetterie PMR est joignable au 0 800 94 12 30 (service et appel gratuits), du lundi au vendredi de 9 h à 18 h, et les jours de match dès 10 h. N'hésitez pas à partager autour de vous.`],
  ['linkedin', 'fr', 'financial', `Bilan à mi-saison pour le stade : taux de remplissage à 93 %, recettes hospitalités de 11,8 M€ sur les six premiers mois, bien au-dessus du business plan. On présente ça au conseil de surveillance jeudi, donc pas encore officiel, mais j'avais envie de remercier les équipes commerciales.`],
  // Public library network
  ['linkedin', 'fr', '', `Le réseau des médiathèques ouvrira le dimanche dans six sites à partir de février, suite au vote du conseil municipal de lundi. Merci aux équipes qui se sont portées volontaires, et aux lecteurs pour leur patience !`],
  ['linkedin', 'fr', 'internal_url', `Collègues bibliothécaires : le nouveau module de catalogage est enfin accessible à l'adresse http://catalogage.intranet.bm-metropole.lan/koha. Identifiez-vous avec vos comptes habituels, et signalez les bugs dans le fil Teams.`],
  ['linkedin', 'fr', 'email', `Vous êtes perdu·e avec votre nouvelle tablette ? Notre médiatrice numérique Inès tient une permanence chaque mercredi à la médiathèque Jean-Macé. Prise de rendez-vous : ines.benali@mediatheques-metropole.fr 📚`],
  ['x', 'fr', '', `Le fonds patrimonial vient de numériser 1 200 cartes postales anciennes de la ville, consultables gratuitement sur notre bibliothèque numérique. Bonne balade dans le temps 📮`],
  // Agritech drone sprayers
  ['linkedin', 'en', 'secret', `Big milestone: our drone-fleet weed detection now runs on a hosted vision model. For the integrators who asked in the thread, here's the staging config we used: OPENAI_API_KEY=sk-proj-BC45M3wmjeJxm7aEsEr_ixx211J_ENaPIOSLiO0rD4uQWYCW and MODEL=vision-mini. Ping me if your calls time out.`],
  ['linkedin', 'en', '', `Our sprayer drones cut herbicide use by 62% on the 2025 trial plots: the peer-reviewed paper is out in Precision Agriculture this month, link in the comments. Thanks to the 14 farms in the Beauce who opened their fields to us.`],
  ['linkedin', 'en', 'financial', `Between me and the 800 people who'll read this: we signed our Series A term sheet last night. €11m, led by an agri-focused fund, with our seed investors following. The announcement is planned for January, so no names yet 🙏🚁`],
  // Mutual insurer, Niort
  ['linkedin', 'fr', 'national_id', `@Martine Dupré bonjour, j'ai bien retrouvé votre dossier de remboursement grâce à votre numéro de sécurité sociale 2 92 03 75 114 023 60. Un conseiller de l'agence de Niort vous rappelle demain matin. Bonne soirée !`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Ratio combiné à 97,8 % sur les neuf premiers mois, après deux années au-dessus de 101 %. On le présente au conseil d'administration le 16 décembre, et ça reste entre nous jusqu'à l'assemblée générale de juin. Bravo à la direction technique IARD, à Niort et ailleurs.`],
  ['linkedin', 'fr', '', `Notre mutuelle a publié hier son rapport annuel 2025 : ratio de solvabilité de 212 %, 1,9 Md€ de cotisations et 1,4 million de sociétaires. Le rapport complet est sur notre site, rubrique « Qui sommes-nous ».`],
  // Semiconductors distributor, Munich
  ['linkedin', 'en', 'confidential_marker', `Sharing one slide from today's allocation briefing (the deck is marked "Streng vertraulich / strictly confidential", but this message matters to our customers): lead times on automotive-grade MCUs are back to 26 weeks. Place your 2027 orders now.`],
  ['linkedin', 'en', '', `Our Garching warehouse now ships 48,000 reels a week, fully automated since October. Come and see the robots at electronica 2026, hall C3, booth 221! 🤖`],
  ['linkedin', 'en', 'national_id', `Onboarding tip for our new colleagues in Munich: payroll will ask for your Steuer-ID on day one. It's an 11-digit number on the letter from the Bundeszentralamt, e.g. mine is 20 594 883 170. No need to panic if you can't find yours, it's also on your last payslip.`],
  // Canadian mining junior
  ['linkedin', 'en', 'financial', `The board approved the 2027 drill programme at yesterday's meeting: C$7.5m, nearly double this year's C$4.1m, most of it on the northern extension. We'll announce it together with the flow-through financing next month, so keep it in the family until then. ⛏️`],
  ['linkedin', 'fr', 'national_id', `Nouveaux employés du camp : envoyez votre NAS à la paie avant vendredi sinon pas de paie le 20 ! Ex. le mien c'est 046 895 470, pas de stress, c'est juste 9 chiffres.`],
  ['x', 'en', '', `Gear shout-out: the Kestrel 5500 weather meter kept working at -41°C on the drill pad this week. Best piece of kit in camp. ❄️`],
  // Dental clinic chain
  ['linkedin', 'fr', 'email phone', `Merci à toute l'équipe du centre de Lyon 7 pour cette première année ! 🦷 Pour vos rendez-vous :
Centre dentaire Sourire+ Lyon Gerland
Tél. 04 78 62 19 33
accueil.lyon7@sourireplus-dentaire.fr
Ouvert du lundi au samedi.`],
  ['linkedin', 'fr', '', `Rappel de saison : un détartrage tous les six mois, et non, le bain de bouche ne remplace pas la brosse à dents 😁 Prenez soin de vous pendant les fêtes.`],
  ['linkedin', 'fr', 'financial', `Le comité d'investissement a validé ce matin l'ouverture de 4 nouveaux centres dentaires en 2027, avec une enveloppe de 9,6 M€. L'annonce officielle sera faite par le groupe au printemps, mais je suis tellement contente pour l'équipe développement !`],
  // Fashion resale app
  ['linkedin', 'en', 'codename', `Five months heads-down on Nébula, our new authentication flow for designer bags, and today it passed its first internal review. Can't show you screenshots yet, but our sellers are going to love it. 👜`],
  ['linkedin', 'en', '', `Our 2026 resale report is out: vintage Levi's overtook Birkenstocks as the most searched item, and the average seller listed 23 items this year. Full report on our blog, link in comments.`],
  ['x', 'en', 'financial', `GMV crossed €400m annualised last week and monthly churn of active sellers is down to 3.1% 🚀 Not public until the investor update in Q1, so screenshot responsibly 😅`],
  // Subsea cable operator
  ['linkedin', 'en', 'internal_url', `NOC tip of the week: if the Marseille landing-station dashboard at https://grafana.noc.corp.acme.com/d/mrs-cls/landing freezes during the night shift, clear the panel cache before escalating. Saved us three false alarms already. #ops`],
  ['linkedin', 'en', '', `Our new cable system landing in Marseille adds 180 Tbps of design capacity between Europe and Asia. Ready for service was announced this morning in our press release. Proud of the marine team who spent 200 days at sea.`],
  ['linkedin', 'en', 'confidential_marker', `Posting the cable repair timeline our customers keep asking about. Header says "UNDER NDA – consortium members only" but honestly it's just a Gantt chart: repair ship on site 9 Dec, splice 14 Dec, back in service before Christmas.`],
  // Secrets and their look-alikes
  ['linkedin', 'fr', 'secret', `Pour les collègues de la boutique de Bron qui m'ont demandé : le Wi-Fi du fournil, c'est le réseau "Fournil-Pro", mot de passe : Croiss@nt-Bron-2026! (le Wi-Fi client reste ouvert sans mot de passe).`],
  ['x', 'fr', '', `Le mot de passe du Wi-Fi du salon Sirha est affiché à l'accueil du hall 6, et on vous attend sur notre stand 6C42 avec des viennoiseries 🥐`],
  ['linkedin', 'en', 'secret internal_url', `Quick fix for anyone on the ticketing team seeing timeouts: the reporting job was pointing to the old replica. Correct string is postgres://tix_report:Q8m7rT2vLw4z@db-replica.acme-corp.net:5432/ticketing, redeploy and you're good.`],
  ['linkedin', 'en', '', `For my students: a connection string looks like postgres://<user>:<password>@localhost:5432/<database>. Never commit the real one; put it in an environment variable and load it at runtime. Slides from today's class are in the course space.`],
  ['linkedin', 'mixed', 'secret', `Merci à tous pour vos retours sur le bot Slack de la billetterie ! For the devs who want to plug their own alerts, here's the incoming webhook we use: https://hooks.slack.com/services/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 🎟️`],
  ['linkedin', 'en', '', `We finally replaced our ticketing alerts with a proper Slack integration. If you want to do the same: create an app, enable incoming webhooks, and keep the webhook URL in your secrets manager, never in the repo. Slack's docs are excellent.`],
  // IBANs, cards and their look-alikes
  ['linkedin', 'fr', 'iban', `Adhérents, attention : suite au changement de banque de la mutuelle, les prélèvements de janvier seront émis depuis le compte FR76 3000 4013 2835 2457 8694 335. Aucune démarche à faire de votre côté, mais ne soyez pas surpris du libellé.`],
  ['linkedin', 'fr', '', `Arnaque en cours : des faux SMS « de votre mutuelle » demandent de confirmer un RIB commençant par FR76 1234 5678… Nous ne demandons jamais vos coordonnées bancaires par SMS. Signalez-les sur la plateforme officielle de signalement.`],
  ['linkedin', 'en', 'card', `Customer support lesson of the day: a buyer pasted her full card number in the chat with our resale team ("4973 8145 8196 1546, exp 09/28, is that enough?"). We deleted the message and called her back. Please, never send card details in a chat.`],
  ['x', 'en', '', `Testing the new checkout in sandbox with 4242 4242 4242 4242, Stripe's documented test card, and it's so smooth. Ship it Friday? 😬`],
  ['linkedin', 'fr', 'card', `Gros fou rire au fournil : une cliente nous a laissé sur un post-it sa carte pour régler sa commande de 40 galettes, « 5132 0176 8796 2674, 11/27, cryptogramme au dos » 😱 On l'a rappelée et on a détruit le post-it, mais vraiment, ne faites pas ça.`],
  ['linkedin', 'fr', '', `Votre ticket de caisse affiche désormais « CB **** **** **** 1546 » et plus jamais le numéro complet : mise à jour de nos terminaux de paiement dans les 38 boutiques ce mois-ci.`],
  // National ids and their look-alikes
  ['linkedin', 'en', 'national_id', `Welcome to our new Rotterdam colleague Sanne! 🎉 HR note for the onboarding form she asked about publicly: yes, the BSN goes in field 4, hers is 841788601 and it's already registered. See you at Friday drinks!`],
  ['linkedin', 'en', '', `Dutch payroll tip: your BSN is a 9-digit number that passes the "11-test". A number like 123456789 will be rejected by every HR system, so don't use it as a placeholder in your test data either. Use the official test ranges.`],
  ['linkedin', 'fr', 'national_id', `Ma collègue belge me demande comment remplir le formulaire de la mutuelle : il faut le numéro de registre national au format 85.06.12-153.53 (oui, je lui ai montré le mien en exemple, il commence par la date de naissance 😄).`],
  ['x', 'fr', '', `Rappel pour les frontaliers : votre numéro de registre national belge commence par votre date de naissance (AA.MM.JJ). Ne le communiquez jamais par téléphone à un inconnu.`],
  ['linkedin', 'en', 'national_id', `Visa paperwork for our Madrid hire finally done! For anyone else hiring in Spain: the gestoría needed his DNI (48302915V), the contract and the social security affiliation. Took 3 weeks, our record so far.`],
  ['linkedin', 'en', '', `Handy: Spanish DNI numbers end with a check letter. 12345678Z is the classic example you'll see in every developer tutorial, and your validation code should accept it. Just never store real ones in test fixtures.`],
  ['linkedin', 'fr', 'national_id', `Notre nouvelle responsable du bureau de Barcelone arrive lundi 🎉 Petit mot aux RH qui me l'ont demandé ici : son NIE est Y2075531W, le dossier est complet.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `First week in Milan for our new field engineer Luca! His onboarding pack is ready, codice fiscale FRRLCU78C12L219S registered with the payroll provider, laptop and badge waiting at reception.`],
  ['linkedin', 'fr', '', `Astuce pour nos équipes italiennes : le codice fiscale encode le nom, la date et la commune de naissance. Les tutoriels donnent tous le même exemple fictif, RSSMRA80A01H501U, idéal pour les démos.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Léa à la clinique de Sion ! Pour l'assurance, les RH ont besoin de ton numéro AVS : tu me l'as envoyé, 756.1005.3699.58, c'est tout bon, je transmets.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `HR reminder for the London office since three of you asked: the National Insurance number goes on the starter checklist, format two letters, six digits, one letter. Example from my own payslip: JT 48 29 17 C. Don't send yours by e-mail, bring it to Priya.`],
  ['x', 'en', '', `PSA from payroll: QQ 12 34 56 C is the HMRC example National Insurance number. If you see it in a form, someone was testing. Real ones never start with QQ.`],
  ['linkedin', 'en', 'national_id', `Our first US hire in Boston starts Monday 🇺🇸 HR asked me to confirm her SSN for the I-9 in this thread, it's 412-73-5581, please don't make me post anything else here 😂`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Reminder to our US recruiting partners: we will never ask candidates for their Social Security number before an offer. If someone does, in our name, report it. Our systems only ever display the last four digits (***-**-XXXX).`],
  ['linkedin', 'fr', 'national_id', `Pour le recrutement de notre technicien à Porto : la paie nous demande son NIF portugais, 250426552, et son NISS. Merci à Joana de la compta d'avoir débloqué le dossier en une journée !`],
  ['linkedin', 'en', 'national_id', `Welcome Kasia to our Gdańsk logistics hub! 🇵🇱 Small admin note for the HR thread: PESEL 87031500770 is in the system, contract signed, badge ready.`],
  ['linkedin', 'fr', '', `PESEL, NIR, BSN, NIF… dans notre équipe de paie internationale, on jongle avec 9 formats d'identifiants nationaux. Petite fierté : zéro rejet DSN depuis six mois. 💪`],
  ['linkedin', 'fr', 'national_id', `Petit coup de gueule : un lecteur a laissé son attestation Vitale sur la photocopieuse de la médiathèque. NIR 1 85 07 69 123 456 73, nom et adresse en clair. Elle est à l'accueil, venez la récupérer, et pensez à vos données ! 🙏`],
  ['x', 'fr', '', `Notre formulaire d'adhésion refusait les numéros de sécu commençant par 7 ou 8 (assurés en attente d'immatriculation). Corrigé ce matin, merci aux adhérents qui nous l'ont signalé.`],
  ['linkedin', 'fr', '', `Exemple de NIR mal saisi reçu ce matin à la mutuelle : 2 87 05 33 063 129 83. La clé ne correspond pas, notre contrôle l'a bloqué avant l'envoi. C'est pour ça qu'il faut bien recopier les deux derniers chiffres !`],
  ['x', 'en', '', `Fun bug: our SIN validator at the mine accepted 123 456 789 because someone commented out the Luhn check. Fixed, and yes, that number is a fake we use in unit tests.`],
  ['linkedin', 'en', 'national_id', `For the contractor who asked how to fill in the T4 form: your SIN goes in box 12, like mine, 527 386 163. Any other question, DM me.`, { surface: 'comment' }],
  // Internal URLs and their look-alikes
  ['linkedin', 'fr', 'internal_url', `Les plannings d'astreinte du SOC pour les fêtes sont sur \\\\fs01.acme-corp.net\\soc\\astreintes\\2026-Q4.xlsx, merci de vérifier vos créneaux avant vendredi.`],
  ['linkedin', 'en', 'internal_url', `If the delivery app crashes on your tablet, check the API health page first: http://10.42.8.17:8080/health (our fleet server in the Chambéry depot). If it's red, call the on-call dev, not me 😅`],
  ['linkedin', 'en', '', `Weekend project: I set up Home Assistant on a Raspberry Pi for my greenhouse. Dashboard on http://192.168.1.42:8123, sensors for soil humidity, and it texts me when the tomatoes need water. 🍅`],
  ['linkedin', 'fr', 'internal_url', `Nouveaux arrivants à la direction des collections : toutes les procédures sont sur l'intranet, onglet Ressources, ou directement sur https://intranet.acme-corp.net/collections/procedures. Bienvenue !`],
  ['linkedin', 'fr', '', `Nouveaux arrivants : toutes les procédures sont sur l'intranet, onglet Ressources humaines. Et si vous êtes perdus, le café est au 2e étage 😉`],
  ['x', 'en', 'internal_url', `Grafana says the Munich pick line is at 98% capacity again. Anyone else seeing alerts on pickline-monitor.muc.internal? Asking for the night shift.`],
  ['linkedin', 'en', 'internal_url', `Our Jira board for the Q1 resale app sprint is live: https://jira.corp.acme.com/secure/RapidBoard.jspa?rapidView=412. Designers, please drop your Figma links in the epics by Monday.`],
  ['linkedin', 'en', '', `Our public status page now shows historical uptime per region: 99.97% last quarter, as published in our trust report. Transparency matters.`],
  ['linkedin', 'fr', 'secret internal_url', `Pour les collègues du stade qui galèrent avec la caméra du parking P3 : l'interface est sur http://admin:Parking2026P3@192.168.40.12/cgi-bin/viewer, ça marche depuis le réseau du PC sécurité.`],
  ['x', 'en', '', `From our newsroom: https://news.acme.com/2026/12/new-warehouse-opening, our new distribution centre opens in Garching in March! 🎉`],
  // E-mails and phones and their look-alikes
  ['linkedin', 'en', 'email', `Speaking at the Cable & Landing Station Forum in Lisbon next week. If you want to grab a coffee, mail me: tom.okafor@subseanet-ops.com or just find me at the coffee break. 🌊`],
  ['linkedin', 'en', 'email', `Buyers from the Middle East: our new export contact for the flower auction is Fleur, reachable at f.vandam (at) bloemenveiling-west (dot) nl. She speaks Arabic and Dutch!`],
  ['x', 'en', '', `Don't email your CV to jobs@example.com like the template on our old careers page said 😂 That placeholder has been fixed. Apply via the careers page instead.`],
  ['linkedin', 'fr', 'email', `Vous êtes sociétaire et vous voulez témoigner pour notre prochaine campagne ? Écrivez à Camille : camille.roux @ mutuelle-niortaise.fr (sans les espaces, c'est pour les robots 🤖).`],
  ['linkedin', 'fr', '', `Pour tester votre formulaire d'inscription, utilisez des adresses du type prenom.nom@example.org : le domaine est réservé à la documentation, aucun mail ne partira chez un vrai lecteur.`],
  ['linkedin', 'en', 'email phone', `Closing the year with a big thank-you to our distribution partners. For 2027 allocations, your contact remains:
Markus Brenner
Key Account Manager, Automotive
+49 89 4521 7730
m.brenner@halbleiter-vertrieb.de`],
  ['linkedin', 'mixed', 'phone', `Besoin d'un guide pour le Mont Blanc en 2027 ? Bookings are open! Call our office in Chamonix: +33 4 50 53 22 08, English spoken, on parle français aussi évidemment.`],
  ['x', 'en', '', `Order ref 2026-118-4471 shipped from Garching today, tracking 1Z 999 AA1 01 2345 6784. Last big shipment before the holidays! 📦`],
  ['linkedin', 'fr', '', `Notre SIRET a changé suite au déménagement : 812 345 678 00041. Pensez à mettre à jour vos fiches fournisseur. Merci !`],
  ['linkedin', 'fr', 'phone', `Notre agence de Sfax déménage ! Nouvelle adresse : route de Gabès km 4. Notre standard reste le +216 74 403 812, et l'export répond aussi sur WhatsApp.`],
  ['linkedin', 'en', 'phone', `Need an urgent repair ship quote? Our Singapore marine desk is staffed 24/7: +65 6723 4180. Don't wait for the e-mail thread.`],
  ['x', 'fr', '', `Version 4.12.3 de l'appli des médiathèques dispo 📱 : réservations plus rapides et mode sombre. Build 20261203-1147.`],
  ['linkedin', 'fr', '', `Notre centre dentaire de Villeurbanne a déménagé au 14 rue Francis de Pressensé, 69100. Le numéro ne change pas, il est sur Doctolib et sur notre site. À bientôt !`],
  ['linkedin', 'fr', 'phone', `Message de Karim, notre coordinateur terrain, pour les agriculteurs qui veulent une démo du drone pulvérisateur : appelez-le directement au 07 82 44 19 06, il passe dans la Marne toute la semaine prochaine.`],
  ['linkedin', 'en', '', `Our contact form now shows your number as 06 •• •• •• 90 once you've submitted it, so nobody in the shop sees the full thing. Small detail, big privacy win.`],
  // Codenames and their look-alikes
  ['linkedin', 'fr', 'codename', `Première démo client de Project Kestrel ce matin, le module de réservation des loges du stade. Les retours sont excellents, on passe en pilote en février ! Merci l'équipe produit 🏟️`],
  ['linkedin', 'en', 'codename', `Spent the day with the data team tuning Kestrel's dispatch model for the spraying drones. We shaved 11% off the flight paths. Can't share more, but wow. 🚁`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the test field this morning, completely unbothered by our drones. Nature 1, tech 0. 🐦`],
  ['linkedin', 'fr', 'codename', `Dernière ligne droite sur Atlas Bleu, notre refonte du moteur de tarification pour les adhérents. Trois mois de boulot, une équipe au top, et un go/no-go lundi 🤞`],
  ['linkedin', 'fr', '', `Grande nouvelle pour la médiathèque : nous venons d'acquérir un atlas de 1782, relié en maroquin bleu, qui sera exposé en mars. Une pièce rare !`],
  ['x', 'en', '', `Watching the Artemis II crew prep for the Orion capsule launch with my kids. Space is so back. 🚀`],
  ['linkedin', 'en', 'codename', `Orion update for the guiding team: the route-condition feed now pulls snowpack data every 15 minutes. Please test it on your tours this weekend and send bugs to the product channel, not to the public app store reviews 😅`],
  ['linkedin', 'fr', '', `Notre chat s'appelle Orion, il a passé la nuit sur le clavier pendant l'astreinte SOC. Résultat : 4 tickets créés, tous intitulés « jjjjjjjjjjj ». 🐈`],
  ['linkedin', 'en', '', `If you run overlay networks, Nebula (the open-source mesh VPN from Defined Networking) is wonderful. I use it at home for my lab, zero config drama.`],
  ['linkedin', 'fr', 'codename', `Petit teaser : avec l'équipe boutique en ligne, on prépare Nébula, la nouvelle appli de précommande des galettes. Je n'ai pas le droit d'en dire plus, mais vos files d'attente de janvier vont disparaître 🥐`],
  ['linkedin', 'fr', '', `Magnifique photo de la nébuleuse d'Orion prise depuis l'observatoire de Saint-Véran par un de nos guides passionné d'astro. Les nuits d'hiver en altitude, c'est quelque chose ✨`],
  // Clients and their look-alikes
  ['linkedin', 'fr', 'client_name', `Belle journée à l'Hôpital Sainte-Claire pour l'installation de nos 12 fauteuils de chirurgie dentaire ambulatoire. Merci aux équipes du bloc pour leur accueil, on revient en janvier pour la formation.`],
  ['linkedin', 'en', 'client_name', `Shoutout to the Globex procurement team for a smooth quarterly review today. Three years of partnership on their fibre backbone and still counting. 🌊`],
  ['x', 'en', '', `CME Globex saw record volume in gold futures overnight. Wild times for the mining juniors. ⛏️ #gold`],
  ['linkedin', 'en', 'client_name', `Proud of our Munich team: Initech just renewed their component framework with us for three more years. Their supply chain folks are a pleasure to work with.`],
  ['linkedin', 'en', '', `Rewatched Office Space last night. Every time the Initech printer scene comes up, I think of our old ERP. TPS reports, anyone? 🖨️`],
  ['linkedin', 'fr', '', `Compte-rendu du forum emploi : belle rencontre avec les équipes RH de la Société Générale, qui recrutent des centaines d'alternants cette année. Un grand merci à l'organisation !`],
  ['linkedin', 'fr', 'client_name financial', `Le contrat avec la Société Générique pour la supervision de leurs 14 sites vient d'être signé : 2,3 M€ sur trois ans pour notre SOC. Annonce officielle quand leur service communication aura validé, donc motus !`],
  ['linkedin', 'fr', 'codename client_name', `Semaine intense : on a présenté Orion au comité de direction de l'Hôpital Sainte-Claire, qui voudrait le déployer dans ses trois cabinets dentaires hospitaliers. Réponse d'ici Noël 🤞`],
  ['x', 'en', 'client_name', `Flying to Chicago to kick off the Globex onboarding tomorrow. 18 months of sales work paying off ✈️`],
  ['linkedin', 'en', 'codename', `Just got back from the Atlas Bleu offsite in Annecy. Three days, 22 engineers, and a roadmap everyone believes in. Details when we launch!`],
  ['linkedin', 'fr', '', `Notre amicale organise une collecte de jouets pour les enfants hospitalisés. Dépôt à la médiathèque centrale jusqu'au 20 décembre. Merci pour eux 🎁`],
  ['linkedin', 'fr', 'client_name', `Grosse signature cette semaine : Initech nous confie la surveillance de ses 40 agences européennes. Merci à l'équipe avant-vente du SOC qui y a cru depuis le début !`],
  // Confidential markers and their look-alikes
  ['linkedin', 'fr', 'confidential_marker', `Je partage le plan de scène du concert du Nouvel An tel que reçu de la production, avec son bandeau « DOCUMENT INTERNE – NE PAS DIFFUSER » : 72 musiciens, chœur en fond de scène, et deux harpes cette année !`],
  ['linkedin', 'fr', '', `L.A. Confidential ressort en salle ce mois-ci dans une copie restaurée 4K. Séance spéciale à la médiathèque le 18, entrée libre. 🎬`],
  ['linkedin', 'en', '', `Reading "Kitchen Confidential" again on the train to our Dijon bakery. Bourdain would have loved 4am at our ovens. 🥖`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de la note que j'ai reçue ce matin (classée C3 – Restreint) : « Le plan de continuité du SOC sera testé le 11 décembre entre 2 h et 5 h ». Rien de bien méchant, mais préparez le café.`],
  ['linkedin', 'fr', '', `Chez nous, toutes les notes internes ont désormais un niveau de classification : C1 Public, C2 Interne, C3 Restreint, C4 Secret. Petite formation obligatoire en janvier pour bien les utiliser.`],
  ['linkedin', 'en', 'confidential_marker financial', `EMBARGOED UNTIL 9 DECEMBER, 07:00 ET. Draft copy for our investor newsletter: "Results support an updated resource of roughly 1.4 million ounces, and the 2027 exploration budget rises to C$7.5m." Team, please proof-read by tonight.`],
  ['linkedin', 'en', '', `The EU's new embargo on Russian LNG will reshape shipping routes in 2027. Interesting panel at the Paris reinsurance forum today on what it means for marine war cover.`],
  ['linkedin', 'fr', '', `Vos données de santé restent strictement confidentielles : c'est écrit dans nos statuts et c'est notre engagement de mutuelle depuis 1936.`],
  ['linkedin', 'en', 'confidential_marker', `I'm under NDA so I can't name them, but one of the largest rose growers in Kenya is joining our clock next season. Welcome to the auction family! 🌹`],
  ['linkedin', 'fr', '', `Modèle d'accord de confidentialité (NDA) bilingue mis à jour par notre juriste, disponible gratuitement pour les start-ups agritech de l'incubateur. Lien en commentaire.`],
  ['linkedin', 'en', 'confidential_marker', `Copy-pasting the header of the memo I got this morning, for context on why I'm so excited: "INTERNAL USE ONLY – Resale Ops – Q1 priorities: launch buyer protection in Spain and Italy." Spain and Italy, here we come! 🇪🇸🇮🇹`],
  ['x', 'fr', 'confidential_marker', `Communiqué reçu de la fédé, sous embargo jusqu'au 10/12 à 18 h : notre stade accueillera la finale de la Coupe en 2028 🏆 Je ne tiens plus en place.`],
  ['linkedin', 'en', '', `Top secret bakery recipe, shared with love: butter, more butter, patience. 🥐 (Our head baker will kill me.)`],
  ['linkedin', 'fr', 'confidential_marker', `Pour préparer la réunion de jeudi, je vous colle le début du compte-rendu de la direction (Diffusion restreinte – comité de direction) : « priorité 2027 : ouverture du dimanche dans tout le réseau ». Ça fait plaisir à lire.`],
  // Financial figures and their look-alikes
  ['linkedin', 'en', 'financial', `Tough call today at the flower auction: average price per stem for cut roses is down to €0.24 this quarter, and our internal forecast has transaction fee income down 7% for the year. Management will explain the plan at the February results, until then heads down.`],
  ['linkedin', 'en', '', `Average clock price for cut roses was €0.29 per stem in week 48, according to the public market report. Valentine's Day will tell the rest of the story. 🌹`],
  ['linkedin', 'fr', 'financial', `Point de situation pour l'équipe commerciale du SOC : pipeline qualifié à 6,4 M€ pour le S1 2027, dont 2,1 M€ en phase de négociation. On ne communique rien de ça avant le kick-off de janvier, mais franchement bravo.`],
  ['linkedin', 'en', 'financial', `Our drone analytics subscriptions just crossed €18m ARR (up from €11m a year ago) and net revenue retention is sitting at 127%. We'll share this properly when we close the round, but I had to tell the team how proud I am.`],
  ['linkedin', 'en', '', `We just published our annual report: revenue of €212m, EBITDA margin 14.2%, and our first year of positive free cash flow. Thank you to every employee and partner. Full report on our investor site.`],
  ['x', 'en', 'financial', `Q4 numbers for the stadium look insane: hospitality revenue up 38% YoY, food & beverage spend per head €21.40. Can't post the deck until the owners' meeting next week but wow 🏟️`],
  ['linkedin', 'fr', 'financial', `Résultats trimestriels du réseau de boulangeries en avant-première pour les équipes : on termine le T3 avec un EBITDA d'un peu moins de quatre millions d'euros, soit le double de l'an dernier. Les chiffres définitifs seront publiés avec les comptes annuels, gardons-les pour nous d'ici là.`],
  ['linkedin', 'fr', 'financial', `Le comité d'engagement a voté hier l'enveloppe pour la nouvelle unité de trituration : entre 40 et 45 millions de dinars selon l'option retenue. Rien n'est encore annoncé officiellement, alors patience avant d'en parler à nos clients.`],
  ['linkedin', 'en', 'financial', `Loss ratio on the Paris cyber book came in at 48% for the first three quarters, way below the 61% we budgeted. Group will only publish segment numbers in March, so this stays in the building, but hats off to the underwriters.`],
  ['linkedin', 'fr', '', `Résultats publiés ce matin par le groupe : chiffre d'affaires 2026 en hausse de 9 %, à 1,12 Md€, et un dividende de 1,80 € par action. Communiqué complet sur notre site investisseurs.`],
  ['linkedin', 'fr', '', `Mon budget perso pour Noël : 300 € de cadeaux, 0 € de culpabilité. Et vous, comment vous gérez ? 🎄`],
  ['linkedin', 'en', '', `We're hiring a Senior Data Engineer in Munich: salary range €78k–€92k, hybrid, 30 days of holiday. We publish ranges in every offer, because transparency should be the default.`],
  ['linkedin', 'en', 'financial', `Cost per new patient at our dental clinics dropped to €42 in November from €67 in spring, and chair occupancy is at 88%. These KPIs are for the board in January, so please keep them off other channels, but team: well done!`],
  ['x', 'en', 'financial', `Churn on the premium resale plan fell to 2.4% in November 🎉 Investor update isn't out till January so you didn't hear it from me.`],
  ['linkedin', 'fr', 'financial', `Sinistralité auto à 71 % fin novembre contre 78 % budgétés : le comité des risques l'a vu ce matin, la communication financière suivra en mars. Bravo aux équipes de gestion des sinistres de Niort !`],
  ['linkedin', 'en', 'financial', `Utilisation of our two repair ships hit 91% this year against 74% last year, and repair revenue should land around €63m. Neither number is public until the April annual report, so enjoy the teaser. ⚓`],
  ['linkedin', 'en', '', `Industry stat of the day: more than 95% of intercontinental data traffic travels through subsea cables, and there are roughly 600 systems in service worldwide according to TeleGeography.`],
  ['linkedin', 'fr', '', `Notre levée de fonds de 6 M€ annoncée en septembre nous a permis de passer de 12 à 31 salariés. Merci à nos investisseurs et à toute l'équipe drone !`],
  ['x', 'fr', 'financial', `Le conseil de l'orchestre a voté un budget artistique de 3,1 M€ pour 2028 et +8 % sur les abonnements, officiel seulement après le vote de la métropole en février. Ça va râler 😬`],
  // More secrets and their look-alikes
  ['linkedin', 'en', 'secret', `Debugging the resale app's email notifications all morning. Turns out the staging env was still using the old SendGrid key: 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. Rotating it now, lesson learned. 😤`],
  ['linkedin', 'en', 'secret', `For the partners integrating our stadium ticketing API: authenticate with the header Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYm9va2luZ3MiLCJpYXQiOjE3NjQ3NDg4MDAsInNjb3BlIjoidGlja2V0czp3cml0ZSJ9.odJFCrnl2edlBDdz1C5Jau2RJtBRnlWmTSHf6pWkLUy (works on both sandbox and prod).`],
  ['linkedin', 'fr', 'secret', `Pour les stagiaires de la mine qui galèrent avec le serveur de carottage : connexion SSH avec la clé ci-dessous, à coller dans ~/.ssh/id_carottage
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmW0EQupOsVK/BTaO90ZYUd0otVdKV5aNatEs++upRKboiuIuj4pdmFF
/eyjsI44r1PXxMYOOtIIzlBmRBA26fGR4LdQNqd/ZeLqpHUkQyM/vo+JQ7+VbeWV
-----END OPENSSH PRIVATE KEY-----
Demandez à Jérôme si ça bloque.`],
  ['linkedin', 'en', '', `How to add your SSH key to our public GitHub org: run ssh-keygen -t ed25519, then paste the content of id_ed25519.pub (the PUBLIC one!) in your GitHub settings. Never share the file without .pub. 🔑`],
  ['x', 'en', 'secret', `npm publish kept failing for our open-source drone SDK, my .npmrc had an expired line. New one: //registry.npmjs.org/:_authToken=npm_hWL7yXkTvkLIzKR3l5kg6c0kDwGQpcu78xt4 and it works 🎉`],
  ['linkedin', 'en', 'secret', `Stripe migration done for the resale app 💳 If finance needs to check payouts from the CLI, the live key is sk_live_JBIur4DcDlwWJaqePBI9eO32, read-only restrictions are on.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Building a Stripe demo for our bootcamp students: use the publishable test key from Stripe's docs (pk_test_TYooMQauvdEDq54NiTphI7jx) and the test card 4242 4242 4242 4242. Nothing hits a real bank.`],
  ['linkedin', 'en', '', `Our cloud security training uses AKIAIOSFODNN7EXAMPLE, the example access key from the AWS documentation, to show how secret scanners work. Spoiler: they flag it anyway.`],
  ['linkedin', 'en', 'secret', `Note to self and to the two interns copying my terminal: the backup script for the treaty database needs these env vars
AWS_ACCESS_KEY_ID=AKIAIU66CDLXIUA4ASFQ
AWS_SECRET_ACCESS_KEY=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
AWS_REGION=eu-west-3
Run it nightly, not during the renewal meetings.`],
  ['linkedin', 'fr', 'secret', `Les bénévoles du club de supporters peuvent maintenant poster les annonces de déplacement sur notre serveur Discord via le webhook : https://discord.com/api/webhooks/148613941675114344/JpSXXakOE_wT2xeI5AyWkQ52AnT2pflZFwyd1cRg2e_KutDELeocLopZ2B1wdmRswIgv ⚽`],
  ['linkedin', 'fr', 'secret', `Pour la bibliothèque numérique, le prestataire nous a transmis la clé d'API du catalogue partagé : clé = GQLVchavg1LLyffnNE0WK86uMAHF. Je la mets ici le temps que l'équipe la récupère, je supprime ce soir.`],
  ['linkedin', 'en', '', `Release v2.8.0 of our open-source drone SDK is out! Commit 84a516841ba77a5b4648de2cd0dfcb30ea46dbb4, SHA-256 of the tarball: 07f7ab476bc3a83fad639d34a012cb4a5f859441f0d24c11627ca96696839012. Verify before you flash.`],
  ['linkedin', 'fr', '', `Sécurité : dans nos captures d'écran de formation, les mots de passe apparaissent toujours sous la forme « mdp : •••••••• ». Merci de continuer comme ça dans vos supports !`],
  ['linkedin', 'fr', 'secret', `Dialogue de la semaine au SOC 😂
— Tu peux me donner le mdp du compte de service du SIEM ?
— Oui : h8dyB2mNKRCr, mais tu le changes après !
— C'est noté, je le note… sur un post-it.
Les classiques ne meurent jamais.`],
  ['linkedin', 'en', 'secret', `Twilio SMS reminders for the clinics are live! For the dev agency finishing the integration: account SID AC4c2d02f0cc78c75b65f6ac8935f65029, auth token 0d0b61dc3599819543ac0b8cef072a61. Let me know when the first SMS lands. 🦷`],
  ['linkedin', 'en', 'secret', `For the data scientists joining our crop-imaging challenge: pull the model from our private Hugging Face repo with token hf_UMLlAFzHpIUzZRBZmbnEOsqodUG0QRBrTp. Good luck!`],
  ['linkedin', 'en', 'secret', `Our Teams channel for subsea outage alerts now receives messages from the NMS. Incoming webhook, if other teams want to wire their tools: https://acmecorp.webhook.office.com/webhookb2/ff50bde4-3825-67b8-5cab-cc97663f1c97@7e570ddf-8270-50a8-2369-b584ff5e9ff0/IncomingWebhook/21345d2cce8038a39d5e0853964b50af/5cec4eb5-edd9-6831-1ca3-5cfb04fc6d82`],
  ['linkedin', 'en', '', `Password advice from our SOC for the holidays: a passphrase like "correct horse battery staple" beats P@ssw0rd every time. And turn on MFA on your personal e-mail!`],
  ['x', 'en', 'secret', `GitHub Actions failing on the stadium app again. Who put ghp_dbEptERzJFPMleVkBmAdJezwe7WquWGOjThZ in the workflow file in plain text 😩 Moving it to secrets now.`],
  ['linkedin', 'en', 'secret', `Our library chatbot now pulls opening hours from Google Maps. Config for the volunteers maintaining it: MAPS_API_KEY=AIza-zsI0-g2v3eP97UV20taeLb_jr-j52H1xPV, restricted to our domain.`],
  // More IBANs and cards and their look-alikes
  ['linkedin', 'fr', 'iban', `Pour les familles qui règlent la classe de neige par virement : Association des amis de l'école de ski, IBAN CH07 0076 2385 8178 0172 8, référence = nom de l'enfant. Merci à tous !`],
  ['linkedin', 'en', 'iban', `Invoice reminder for our German distributors: please make sure payments go to DE54 7002 0270 8557 6445 25 (HypoVereinsbank München), the old account is closed.`],
  ['linkedin', 'fr', 'iban', `Cagnotte pour le départ à la retraite de Josiane, 32 ans à la médiathèque ! Participation libre par virement sur le compte de l'amicale : FR76 1680 7000 2178 4283 6373 882. On compte sur vous 💐`],
  ['linkedin', 'en', 'iban', `Belgian customers, our bakery franchise now accepts bank transfers for corporate gift orders: BE89 3058 5632 4885. Order before 15 December for delivery before Christmas 🍫`],
  ['linkedin', 'fr', 'iban', `Les adhérents espagnols de notre mutuelle transfrontalière peuvent désormais régler sur notre compte local ES20 2100 0418 7731 5712 7276 (CaixaBank). Plus de frais de virement international !`],
  ['linkedin', 'en', 'iban', `Our Milan office closes for Christmas on the 22nd. Italian customers paying by bank transfer, please use IT50 X030 6909 6060 6467 5839 733 and quote your order number.`],
  ['linkedin', 'fr', '', `Attention aux faux RIB : l'IBAN FR76 3000 4013 2835 2457 8694 336 qui circule par mail au nom de la mutuelle n'est pas le nôtre, et sa clé de contrôle est d'ailleurs fausse. Ne payez rien.`],
  ['x', 'en', '', `Your IBAN ends in ...7276? Then the refund for the cancelled concert left our account this morning. Should reach you within 3 working days. 🎻`],
  ['linkedin', 'en', '', `Our finance team now only displays IBANs as GB64 NWBK •••• •••• 7411 42 in supplier portals. Small UX detail, big reduction in social-engineering calls.`],
  ['linkedin', 'en', 'iban', `Payment details for the Lisbon cable-landing party contributions (yes, we're that kind of team): PT03 0035 0651 8948 8826 9853 9, reference "festa". Cheers! 🍷`],
  ['linkedin', 'en', 'card', `Claims team training today: "spot the PCI leak". Slide 4 was a real, unredacted customer e-mail excerpt with the Amex number 371436347250307 and expiry 04/29. We redacted it after the session... but the deck had already been shared in the Teams channel. Oops.`],
  ['linkedin', 'fr', 'card', `Nouvelle galère à la boutique en ligne : un client a tapé sa carte dans le champ « message pour le pâtissier » : « 4485 0914 6093 1988 exp 03/28 joyeux anniversaire Mamie ». La commande est partie en cuisine avec... On a tout supprimé et prévenu le client.`],
  ['x', 'en', 'card', `lmao my colleague just pasted 2221 7329 9619 0960 in the team chat instead of the PO number. Card cancelled, lesson learned. Friday energy 🙃`],
  ['linkedin', 'en', '', `Gift cards for our dental clinics are back for Christmas! Each card has a 16-digit code like 4970 3270 3302 1708 printed on the back and a scratch-off PIN. Valid 12 months.`],
  ['linkedin', 'fr', 'card', `Retour d'expérience fraude à la mutuelle : le faux conseiller demandait aux adhérents de « confirmer » leur carte. Une adhérente nous a transféré le SMS où elle avait répondu 6011 8856 6784 5927. On l'a aidée à faire opposition. Ne répondez jamais à ces messages.`],
  // Quoted e-mails, farewells, threads, replies
  ['linkedin', 'en', 'email secret', `Forwarding this because it made me laugh (sorry Pieter):
"From: pieter.jansen@bloemenhandel-jansen.nl
Subject: login
Hi, my password for the buyer portal is Tulip!2026-Pj, can you reset it, it doesn't work anymore."
Please never send us your password, we can reset without it 🌷`],
  ['linkedin', 'fr', 'email internal_url', `Retour du pot de départ de Gérard, 28 ans au service informatique de la mutuelle 🎉 Il nous a laissé ses dernières astuces sur son wiki : https://wiki.corp.acme.com/~gmartin/astuces. Et pour garder le contact : gerard.martin.niort@gmail.com. Bonne retraite Gérard !`],
  ['linkedin', 'en', 'email phone', `After 9 years, today is my last day at the stadium. 🏟️ Thank you to the ops team, the stewards, the groundsmen. I'm starting a new adventure in event consulting; reach me at sophie.lambert.events@outlook.com or on +44 7700 912 358. See you on the terraces!`],
  ['linkedin', 'en', '', `Last day at the stadium after 9 years 🏟️ Thank you to the ops team, the stewards and the groundsmen. I'll keep coming as a season-ticket holder, see you on the terraces! Reach me here on LinkedIn.`],
  ['x', 'en', '', `Thread 🧵 1/3: why our repair ship takes 10 days to fix a subsea cable that broke in minutes. Weather windows, permits, finding the fault with a ROV, and the splice itself takes 24h.`],
  ['x', 'en', '', `2/3 The fault location is usually known within a few km thanks to OTDR measurements from the landing stations. Then it's grapnels and patience. 3/3 Respect to the crew out there in December. ⚓`],
  ['x', 'fr', 'internal_url', `Quelqu'un au SOC a accès à siem-prod.lille.corp ? Le dashboard des alertes ne répond plus depuis 3 h, et le ticket est coincé en file N2 #astreinte`],
  ['linkedin', 'fr', '', `Vous cherchez un stage en cybersécurité à Lille ? Notre SOC accueille 4 stagiaires en 2027. Candidatures via notre page carrières, réponse sous 15 jours. 🛡️`],
  ['linkedin', 'en', 'phone', `Our dental emergency line is open on 24, 25 and 31 December: call 04 72 33 18 60 and a dentist on duty will call you back within the hour. Happy holidays! 🦷`],
  ['linkedin', 'fr', 'email', `Les lecteurs qui souhaitent faire don de livres peuvent écrire à dons.livres(at)bm-metropole.fr en précisant le nombre de cartons. Nous ne prenons plus les encyclopédies, merci de votre compréhension 📚`],
  ['linkedin', 'fr', '', `Bienvenue à nos 14 nouveaux saisonniers de l'oliveraie ! Journée d'intégration demain à 7 h, chapeau et bouteille d'eau obligatoires ☀️`],
  ['linkedin', 'en', '', `Our auction clock starts at 6:00 sharp. Today's record: 14,000 transactions in the first hour. Public dashboard on our site, numbers updated every morning. 🌷`],
  ['linkedin', 'mixed', 'codename financial', `Bon, je ne devrais pas, but I'm too excited: Project Kestrel will get a €2.8m budget in 2027, validé par le comex hier soir. Official kickoff in January!`],
  ['x', 'en', '', `The Nebula Awards finalists were announced, and our library network has every nominated novel on the shelves. Reserve yours 📚`],
  ['linkedin', 'en', 'codename', `Shoutout to the Munich team for getting Nébula's supplier portal through the security audit on the first attempt. Go-live is scheduled, but no date I can share yet.`],
  ['linkedin', 'fr', '', `Journée portes ouvertes au stade le 20 décembre : visite des vestiaires, de la pelouse et du musée. Gratuit, inscription obligatoire sur notre site. ⚽`],
  ['linkedin', 'en', 'confidential_marker', `Pasting our draft press release so the comms team can review it here (yes, I know): "DRAFT – NOT FOR DISTRIBUTION. Acme opens a new subsea operations centre in Marseille in spring 2027, creating 45 jobs." Comments welcome below!`],
  ['linkedin', 'fr', 'confidential_marker', `Petit extrait du brief de la campagne d'adhésion 2027 (confidentiel – ne pas transférer) : nouvelle offre jeunes, lancement en mars. Vos avis d'utilisateurs de mutuelle m'intéressent !`],
  ['linkedin', 'fr', '', `Nos conditions générales précisent que les informations échangées avec nos guides restent confidentielles, y compris vos antécédents médicaux. La montagne, c'est aussi une histoire de confiance.`],
  ['linkedin', 'en', 'confidential_marker', `The slide behind me says "Company Confidential – Do Not Share" and I'm posting it anyway because the message is beautiful: "our resale app has kept 3 million garments out of landfill." 💚`],
  ['linkedin', 'fr', 'national_id', `Comment remplir la déclaration d'embauche pour ton premier saisonnier : numéro de sécu complet, comme celui de Mehdi que j'ai saisi ce matin, 1 78 02 13 055 088 85, puis la date d'embauche. Facile !`],
  ['linkedin', 'en', 'national_id', `Welcome aboard Jonas, our new service engineer in Zurich! Filling in the HR form here since he's travelling: AHV number 756.7430.6947.40, start date 5 January.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Ravie d'accueillir Giulia Bianchi à notre bureau de Milan ! Pour la mutuelle, son codice fiscale BNCGLI92E45F205E est enregistré, la carte suivra par courrier.`],
  ['x', 'en', '', `Reminder for our Italian suppliers: invoices must carry your partita IVA and our SDI code. No SDI code, no payment. Thanks!`],
  ['linkedin', 'fr', '', `Souvenir de l'été : la fête de la Sainte-Claire, patronne de notre village de Haute-Savoie, avec la bénédiction des cordes des guides et le concert de l'harmonie. 🏔️`],
  ['linkedin', 'en', 'national_id', `Welcome to Pieter in our Brussels office! 🇧🇪 For the payroll question above: his national register number is 92.03.04-078.09, I've passed it to the payroll provider.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `How to check a Canadian SIN: 9 digits, Luhn algorithm. Our new onboarding form validates it client-side and masks it as *** *** XXX afterwards.`],
  ['linkedin', 'fr', 'phone', `Bonne nouvelle pour les viticulteurs de Champagne : une ligne dédiée aux démos de pulvérisation par drone, au 03 26 48 71 20, du lundi au samedi. On se voit au salon Viti-Vini !`],
  ['linkedin', 'en', 'phone', `Investor relations now has a direct line: +1 819 764 2215 (Rouyn-Noranda office), weekdays 8 to 5 Eastern. Our NI 43-101 reports remain on SEDAR+.`],
  ['linkedin', 'fr', '', `Réception des colis pour la médiathèque centrale : le transporteur arrive entre 8 h et 10 h, quai n° 2. Bon de livraison n° 0478-2026-11-553 à présenter à l'accueil.`],
  ['x', 'en', '', `Latitude 45.8326, longitude 6.8652: the summit of Mont Blanc. Our guides have logged 312 ascents there this season. ⛰️`],
  ['linkedin', 'en', 'email', `Want to feature your closet on our resale app's homepage? Drop a line to our curation team at curation-team at threadloop dot app with 3 photos. 👗`],
  ['linkedin', 'mixed', 'internal_url', `Pour les collègues de Munich et Lyon : the shared allocation spreadsheet has moved to https://sharepoint.corp.acme.com/sites/allocation/Shared%20Documents/2027.xlsx, merci de mettre à jour vos favoris.`],
  ['linkedin', 'en', '', `Tech tip: Kubernetes services get DNS names like my-svc.my-namespace.svc.cluster.local inside the cluster. Great for my home lab, where everything else lives under homelab.local.`],
  ['linkedin', 'fr', 'internal_url', `Le nouvel outil de réservation des salles de répétition est en ligne pour les musiciens de l'orchestre : http://reservation.onl.internal/salles (depuis le Wi-Fi de l'Auditorium uniquement).`],
  ['linkedin', 'fr', 'client_name', `Nos drones ont survolé ce matin les toits de l'Hôpital Sainte-Claire pour l'inspection de leurs panneaux solaires. Première mission en milieu urbain réussie, merci à leurs services techniques !`],
  ['x', 'fr', 'client_name', `Réunion de lancement chez Globex demain à 8 h, café obligatoire ☕ Trois mois qu'on prépare ce déploiement de câble.`],
  ['linkedin', 'fr', 'client_name phone', `Merci à tous pour cette folle semaine de l'Épiphanie 👑 1 200 galettes livrées aux entreprises de la région !
P.S. pour l'équipe de livraison : la commande de la Société Générique est décalée au 8 janvier, contact sur place Mme Perrin au 01 44 82 63 17.`],
  ['linkedin', 'fr', 'codename', `Jour J pour Orion : l'appli des guides passe en production ce soir à 22 h. Si vous êtes d'astreinte, gardez le canal de la mise en prod ouvert 🙏`],
  ['linkedin', 'fr', '', `Ce soir, ciel dégagé sur Chamonix : on distingue parfaitement la ceinture d'Orion et les Pléiades. Sortie astronomie avec nos clients au refuge, frontales rouges de rigueur 🔭`],
  ['x', 'fr', 'card', `Un adhérent vient de nous envoyer en message privé sa carte complète, 5412 5260 1815 9082, « pour régler la cotisation ». Non non non 😱 On supprime et on le rappelle.`],
  ['linkedin', 'fr', '', `Merci Sandrine ! On se voit au prochain séminaire des franchisés, et bravo encore pour la boutique de Bron 🥐`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Congrats Tom! Fully agree on the repair-ship point, the weather windows in the Bay of Biscay are brutal in winter.`, { surface: 'comment' }],
  ['x', 'en', 'email', `@maya_lq so sorry about the delay! Our payouts lead will look at order 88213 today, or write to her directly at refunds.lead@threadloop.app 🙏`, { surface: 'comment' }],
]);
