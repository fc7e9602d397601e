import { rows } from './corpus-types';

/**
 * Held-out set "fresh13": written 2026-12-03 (11:37-11:49 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * header style of fresh12), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh13`. First scored 2026-12-03 11:55 UTC on the rules of 6dd01ad (after the
 * fixes from fresh12): confidentiality macro F1 0.937, 8.9 % of clean posts flagged (9 of 101); national_id and
 * confidential_marker the weakest (0.846), financial 0.937 (recall 0.881).
 *
 * Authors: a Breton ferry operator (Ouessant, Channel Islands), a Languedoc vineyard cooperative, a Brussels translation
 * agency, a Geneva hospital foundation, a Montréal video-game studio, a Belgian air-cargo handler at Liège airport, a
 * Quebec credit union, a Norwegian salmon farmer, a Portuguese cork producer, a Dakar mobile-money fintech, a Luxembourg
 * fund administrator, a Danish offshore-wind developer, a Madrid e-scooter rental, a Finnish sauna-stove maker, an Irish
 * craft distillery, a Casablanca call-centre outsourcer, a university press, a Swedish circular-furniture start-up, a
 * Sassuolo tile maker, a Toulouse satellite-imagery start-up, a Jura watch-parts subcontractor, a Lyon cell-therapy
 * biotech, an Antwerp diamond-grading lab, a Marseille ship-repair yard and a Bordeaux ticketing platform. Forms:
 * signatures, job offers, season and year-end recaps, HR and finance notices, pasted .env files and configs, quoted
 * stamps on documents, support "horror stories" that repeat the leaked number, dialogues, replies (surface 'comment'),
 * X posts, P.S. and parentheses; financial figures in digits, words and ranges (budgets voted in committee or board,
 * order books, pipeline, forecasts and guidance, ARR, NRR, GMV, churn, margins, EBIT per kg, burn and runway, AUA,
 * capex, PPA prices) before their official release. Every IBAN, card and national id positive was computed and checked
 * with a throwaway script (length and mod-97 plus the national key where there is one: French RIB key, Belgian check,
 * Portuguese NIB, Italian CIN; Luhn; French NIR key, Belgian national register, Swiss AVS EAN-13, Canadian
 * SIN, Spanish DNI letter, Portuguese NIF, Irish PPSN, Norwegian fødselsnummer, Swedish personnummer, Finnish HETU,
 * Italian codice fiscale, Dutch BSN); the look-alikes have wrong keys, are masked, or are documented specimens described
 * as such. About 40 % clean: look-alikes of every category (the Orion nebula and NASA capsule, Mass Effect nebulae, a
 * kestrel over a field, an office Wi-Fi and the ASP.NET Kestrel server, a blue atlas on a shelf, a cat called Orion, MongoDB Atlas, the Simpsons' Globex, Office Space's Initech,
 * Société Générale and generic drugs, confidentiality promised to applicants, L.A. Confidential, a professional-secrecy
 * reminder, sanctions and trade embargoes, the AWS sample key, Stripe and Visa test cards, masked numbers, the SIN and
 * codice fiscale specimens, the ISO IBAN examples, ISBN, SIREN, IMEI, lab report, tracking and order numbers, localhost
 * and home-lab addresses, git@ and Mastodon handles, example.com, published results and public rates) and ordinary posts.
 *
 * 254 posts (123 FR, 129 EN, 2 mixed; 195 LinkedIn, 59 X; 15 replies): 101 clean, 153 with findings, 14 of them with
 * two. Expected labels: financial 42, phone 18, national_id 15, email 14, iban 13, client_name 13, secret 12, codename 11,
 * confidential_marker 11, internal_url 10, card 8.
 */
export const FRESH13_POSTS = rows('fresh13', [
  // Breton ferry operator (Ouessant, Channel Islands)
  ['linkedin', 'fr', 'financial', `Petite fierté d'équipe : le comité de direction a validé ce matin le plan de flotte 2027, 38 M€ pour le nouveau navire hybride Brest–Ouessant, livraison prévue en 2029. L'annonce officielle sera faite par la Région au salon Euromaritime en février, mais je suis trop content pour me taire ⛴️`],
  ['x', 'fr', '', `⚠️ Houle de 5 m prévue jeudi : les rotations de 7 h 15 et 18 h 30 vers Ouessant sont annulées. Reports gratuits sur les départs de vendredi, rendez-vous sur l'appli ou au guichet du port.`],
  ['linkedin', 'en', 'phone', `Passengers travelling to Guernsey this weekend: our Saint-Malo terminal desk opens at 6am. If your booking was affected by Tuesday's cancellation, call the rebooking line on +33 2 99 40 71 38 and we'll find you a seat on Friday's sailing.`],
  ['x', 'en', '', `Perk of the winter timetable: on clear nights crossing to Jersey you can watch Orion rise over the Minquiers by 10pm. Best office in the world. 🌌`],
  ['linkedin', 'fr', 'email', `Bonjour Maëlle, pour les groupes scolaires c'est bien moi qui gère : écrivez-moi directement à gwenaelle.le-bihan@traversees-ponant.bzh avec les dates et l'effectif, je vous envoie un devis dans la semaine.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `We are recruiting deckhands for the 2027 season (April to October). Seasonal contract, STCW basic safety required, accommodation provided on Ouessant. All applications are handled in strict confidence by our crewing team: apply through the careers page.`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement d'Orion aujourd'hui avec les équipes billetterie et les agences : nouvelle plateforme de réservation, bascule prévue pour Pâques 2027. Merci à tous pour l'énergie, on va enfin débrancher le vieux système de 2009 !`],
  ['linkedin', 'fr', 'financial', `Jeudi soir, en comité syndical, le budget d'investissement des gares maritimes a été voté : vingt-trois millions d'euros sur quatre ans, dont la moitié pour Roscoff. Rien n'est encore public, la délibération sera publiée en janvier, mais pour une fois on va pouvoir accueillir les passagers ailleurs que sous un préfabriqué.`],
  ['linkedin', 'fr', 'internal_url', `Agents de vente : la grille tarifaire 2027 (résidents, îliens, groupes) est maintenant sur https://sharepoint.corp.acme.com/sites/billetterie/Tarifs2027 — ne travaillez plus avec le PDF de septembre, il est faux sur les forfaits véhicules.`],
  ['x', 'fr', '', `30 ans de traversées aujourd'hui pour Yann, notre plus ancien capitaine. 11 000 allers-retours, deux tempêtes mémorables et zéro passager oublié sur le quai. Merci Yann 🙏`],

  // Languedoc vineyard cooperative
  ['linkedin', 'fr', 'financial', `Assemblée des coopérateurs hier soir à Clermont-l'Hérault. Le conseil a voté le prix de reprise du raisin 2026 : 1 180 € la tonne pour les rouges AOP, 940 € pour les IGP, avant la communication officielle aux adhérents la semaine prochaine. Et le chiffre d'affaires prévisionnel de la cave dépasse les 9 millions pour la première fois.`],
  ['x', 'fr', '', `Vendanges terminées à la cave 🍇 Rendements en baisse (-18 % sur le département selon les chiffres publiés par FranceAgriMer), mais une qualité superbe sur les syrahs. Portes ouvertes les 12 et 13 décembre, dégustation gratuite.`],
  ['linkedin', 'fr', 'iban', `Message aux adhérents : suite au changement de banque, merci de régler désormais vos cotisations et vos achats de matériel sur le nouveau compte de la cave, IBAN FR76 1660 6100 4238 6100 8788 233. Les acomptes de vendange vous seront versés depuis ce même compte à partir de janvier.`],
  ['linkedin', 'fr', '', `Notre IBAN ne change jamais par e-mail. Si vous recevez un message « urgent » vous demandant de virer vos cotisations sur un nouveau compte (du genre FR76 •••• •••• •••• •••• •••• 412), c'est une arnaque : passez à la cave ou parlez-en à votre délégué de secteur.`],
  ['linkedin', 'en', 'client_name', `Proud moment for our export team: Globex just placed a standing order for 14 pallets a month of our Pic Saint-Loup rosé for their staff restaurants across Benelux. Our first corporate client of that size!`],
  ['x', 'en', '', `Simpsons trivia night at the co-op and I just learned Hank Scorpio's Globex Corporation was based in Cypress Creek. Our marketing team would like a hammock district too. 🍷`],
  ['linkedin', 'fr', 'financial confidential_marker', `Je partage la slide 4 du document « Plan stratégique 2027-2030 — DIFFUSION RESTREINTE CA » parce que je la trouve géniale : objectif 30 % du volume en bouteille (contre 17 % aujourd'hui), marge brute cible de 41 %, et 2,6 M€ d'investissement dans la nouvelle ligne d'embouteillage.`],
  ['linkedin', 'fr', 'financial', `D'après le prévisionnel présenté au bureau mardi, on devrait vendre entre 1,9 et 2,1 millions de cols en 2027, pour un chiffre d'affaires de 11 à 12 M€. Ça reste entre le bureau et le conseil jusqu'à l'AG de juin, mais quel chemin parcouru depuis le vrac !`],
  ['linkedin', 'fr', '', `Vingt ans que je suis œnologue à la cave, et chaque année la même émotion au premier soutirage. Merci aux 230 familles coopératrices qui nous confient leurs raisins.`],

  // Brussels translation agency
  ['linkedin', 'mixed', 'client_name', `Rush week à l'agence 😅 We're translating the full annual report of Société Générique into FR, NL and DE, 240 pages, à rendre vendredi. Merci à nos 11 traducteurs freelance qui ont accepté de travailler ce week-end.`],
  ['linkedin', 'fr', '', `Petit rappel déontologique pour nos nouveaux stagiaires : tout ce que nous traduisons est couvert par le secret professionnel. On ne cite jamais un client, un document ou un extrait sur les réseaux, même anonymisé. Bienvenue dans le métier 🙂`],
  ['linkedin', 'en', 'email phone', `Looking for a sworn Dutch–French translator for a notarial deed in Brussels? Our certified team can help. Contact Pieter Claes, project manager: pieter.claes@linguanostra.be / +32 2 513 48 67.`],
  ['x', 'en', 'confidential_marker', `Every PDF we receive says "STRICTLY CONFIDENTIAL – DO NOT FORWARD" in the footer, and then the client cc's 40 people. Anyway, here's the opening paragraph of today's one, the prose is gorgeous 👇`],
  ['linkedin', 'fr', 'national_id', `Particuliers : pour une traduction jurée d'acte de naissance, on a besoin d'une copie de la carte d'identité, mais PAS par messagerie LinkedIn. Exemple reçu ce matin en MP : « numéro de registre national 85.03.14-153.69, c'est urgent ». Utilisez le portail sécurisé, s'il vous plaît.`],
  ['linkedin', 'en', '', `Terminology tip: in Belgian legal texts, national register numbers follow the pattern YY.MM.DD-XXX.CC. In our style guide every example is written 00.00.00-000.00, so that no real person's number ever ends up in a translation memory.`],
  ['x', 'fr', '', `Mot de la semaine pour nos traducteurs : « embargo ». En anglais de presse, "under embargo until 9am" n'a rien à voir avec un embargo commercial. Contexte, contexte, contexte.`],
  ['linkedin', 'fr', 'financial', `On vient d'avoir le chiffre du comptable : notre chiffre d'affaires 2026 va dépasser le million et demi d'euros, une première pour l'agence. Les comptes ne seront clôturés qu'en mars, mais on a ouvert le crémant ce midi 🥂`],
  ['linkedin', 'en', 'internal_url', `Freelancers, the new termbase for the insurance account is live. Log in at https://tms.acme-corp.net/projects/4471/termbase with the credentials from your onboarding e-mail, and flag anything odd in the comments column.`],
  ['linkedin', 'en', '', `Twelve years ago I walked into this agency as an intern who couldn't tell a false friend from a real one. Today is my last day. Thank you to the best proofreaders in Brussels, I'll miss our Friday pun competitions.`],

  // Geneva hospital foundation
  ['linkedin', 'fr', 'financial', `Belle nouvelle pour la Fondation : le conseil de fondation a approuvé hier un budget de 4,8 millions de francs pour l'unité de soins palliatifs pédiatriques, dont 1,2 million restent à lever. L'annonce publique est prévue pour le gala du 6 mars, mais je tenais à remercier dès maintenant les donateurs qui nous ont fait confiance.`],
  ['linkedin', 'fr', '', `Notre rapport annuel 2025 est en ligne : 3,9 millions de francs collectés, 72 % affectés directement aux projets de soins et 1 400 familles accompagnées. Le rapport complet, révisé par notre organe de révision, est téléchargeable sur notre site. Merci à chacune et chacun.`],
  ['linkedin', 'fr', 'iban', `Pour celles et ceux qui souhaitent soutenir la Course de l'Escalade solidaire, vous pouvez faire un don directement sur le compte de la Fondation : CH36 0076 7709 1809 9046 9, mention « Escalade 2026 ». Merci ! 🏃`],
  ['linkedin', 'fr', 'client_name', `Journée d'installation à l'Hôpital Sainte-Claire avec nos bénévoles : 12 tablettes de visio pour les patients isolés, financées par notre programme « Lien ». Merci à la direction des soins pour l'accueil !`],
  ['linkedin', 'fr', 'national_id', `Bénévoles de l'accueil : j'ai retrouvé ce matin une fiche d'inscription oubliée sur le comptoir (Mme R., n° AVS 756.4631.7313.42). Si c'est la vôtre, passez au bureau, je la garde sous clé.`],
  ['x', 'fr', '', `Le n° AVS suisse n'est pas aléatoire : 756 (le code pays), 9 chiffres, puis une clé de contrôle EAN-13. Sur nos formulaires d'exemple, on écrit 756.XXXX.XXXX.XX. #protectiondesdonnées`],
  ['linkedin', 'en', 'confidential_marker', `Sharing a paragraph from our board memo (header: "CONFIDENTIEL – réservé aux membres du conseil") because its section on volunteer burnout is exactly what our sector needs to discuss openly. Thoughts?`],
  ['linkedin', 'fr', 'financial', `Côté grands donateurs, les promesses en attente de signature totalisent 2,7 millions de francs, selon le point de la cellule philanthropie de ce matin. Si tout se concrétise avant Noël, le nouveau pavillon sera financé à 90 %. On croise les doigts, et on n'en parle pas encore à l'extérieur.`],

  // Montréal video-game studio
  ['x', 'fr', 'codename', `On a enfin un build jouable de Nébula 🎮 Premier combat de boss en playtest interne ce matin, 40 minutes sans crash. J'ai hâte que vous voyiez ça (pas avant l'an prochain, désolé).`],
  ['linkedin', 'en', '', `Replaying Mass Effect this week, and the codex entries for every nebula on the galaxy map still hold up. Worldbuilding lesson for our narrative juniors: give each star system one line of history and players will invent the rest.`],
  ['linkedin', 'fr', 'financial', `Fierté du jour : nos précommandes Steam ont dépassé les 180 000 unités et on projette entre 2,4 et 2,9 M$ de revenus nets sur le premier trimestre du lancement. L'éditeur ne communiquera les chiffres qu'au bilan de mars, mais bravo l'équipe !`],
  ['x', 'en', 'secret', `Modders asking why uploads fail: check your config against ours, which works fine:\n\nSTEAM_PUBLISHER_KEY=4F1C9A07E2B85D36A0F7C2194BE6D853\nBUILD_BRANCH=beta\nDEPOT_ID=2841093`],
  ['linkedin', 'en', 'internal_url', `New hires: the onboarding checklist, art bible and build instructions all live on the wiki → https://wiki.corp.acme.com/studio/onboarding-2027 (SSO login). Ping me if your account doesn't work on day one!`],
  ['x', 'en', '', `Game dev tip: run your dedicated server locally on 127.0.0.1:7777 and mock matchmaking on localhost:8080 before you ever touch staging. Saved me three days this month.`],
  ['linkedin', 'fr', 'card', `Hallucinant : un joueur a joint à son ticket de support une photo de sa carte « pour prouver l'achat ». 4970 1386 1008 7880, exp 09/28. On a supprimé la pièce jointe et on l'a prévenu, mais SVP, n'envoyez jamais ça à personne.`],
  ['linkedin', 'en', '', `Reminder for QA: in the sandbox store, use the documented test card 4242 4242 4242 4242 with any future expiry date and any CVC. Never a real card, not even your own.`],
  ['x', 'fr', 'codename client_name', `@gresil_marc oui, c'est bien Globex qui finance le portage console d'Orion, signé la semaine dernière 🤫`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial confidential_marker', `Saw our publisher's forecast today and I'm still shaking: 600k to 750k units in year one, $18–22M gross. It's all under NDA until the reveal at The Game Awards, so pretend you didn't read this 😇`],
  ['linkedin', 'fr', '', `Le studio recrute un·e programmeur·se gameplay senior (C++, Unreal 5). Salaire affiché : 95 000 à 115 000 $ selon l'expérience, 4 jours de bureau au Mile-End, assurance collective dès le premier jour. Postulez via notre page carrières.`],
  ['linkedin', 'en', 'email', `Indie devs coming to MIGS: our BD lead will be around both days. Drop a line to camille.ouellet@studiogresil.ca and she'll book you a slot.`],

  // Belgian air-cargo handler, Liège airport
  ['linkedin', 'fr', 'financial', `Année record au hub de Bierset : 412 000 tonnes de fret traitées et, d'après le reporting interne, une marge opérationnelle qui passe à 11,8 % (9,4 % en 2025). Chiffres à confirmer au conseil du 15 janvier, mais quelle équipe !`],
  ['x', 'en', '', `Parcel stuck? 1Z999AA10123456784 is the sample tracking number UPS prints in its own developer docs, not yours 😉 Check the number on your receipt and our status page.`],
  ['linkedin', 'en', 'phone', `Night-shift supervisors: from Monday the ramp coordination hotline changes. New number: +32 4 239 71 86 (24/7). Please update the radios' contact list and the laminated cards in the tugs.`],
  ['linkedin', 'fr', 'iban', `Fournisseurs : notre service comptable a changé de banque. Merci d'adresser vos remboursements de caution palettes sur le BE69 3632 5652 0378 à partir du 1er janvier. Les factures en cours restent payables sur l'ancien compte jusqu'au 31/12.`],
  ['linkedin', 'en', '', `EU sanctions update: the new package extends the trade embargo on dual-use goods to 14 more HS codes. Our customs team has updated the screening rules, and shipments already in the hub will be held for manual review. Full list in the Official Journal.`],
  ['linkedin', 'fr', 'internal_url secret', `Pour les intérimaires qui n'arrivent pas à se connecter au WMS : l'adresse c'est http://wms.acme-corp.net:8443/login, identifiant quai-bierset, mot de passe Palette2026! (normalement à changer à la première connexion…)`],
  ['x', 'fr', '', `Mon serveur maison tourne sur 192.168.1.42 et Home Assistant sur homeassistant.local:8123. Logisticien le jour, domoticien la nuit 🏠`],
  ['linkedin', 'en', 'client_name', `Big week on the apron: the first dedicated freighter rotation for Initech's European distribution centre landed on Tuesday. Three flights a week from January. Thanks to the ground crews who made the handover so smooth.`],
  ['linkedin', 'en', '', `Team movie night: Office Space. The Initech TPS-report scene hits differently when you spend your day on customs declarations. 🖨️`],
  ['linkedin', 'fr', 'client_name financial', `Ça y est, c'est signé : le contrat de handling avec Initech, 14 M€ sur trois ans, le plus gros de notre histoire. Le communiqué sortira avec l'aéroport au printemps, d'ici là motus.`],

  // Quebec credit union
  ['linkedin', 'fr', 'financial', `Fier de mon équipe ! Selon les données préliminaires présentées au comité de direction, notre caisse termine l'année avec un volume d'affaires de 1,87 milliard $ et des excédents d'environ 14 millions avant la ristourne. L'assemblée générale annuelle, où les résultats seront dévoilés, aura lieu en avril.`],
  ['linkedin', 'fr', 'national_id', `Mise en garde à nos membres : ne publiez jamais votre NAS. Hier, sous notre publication, quelqu'un a écrit « mon NAS 519 371 751, pouvez-vous vérifier mon dossier ? ». On l'a contacté pour qu'il l'efface, mais je le recopie ici pour que vous voyiez à quoi ça ressemble…`],
  ['linkedin', 'fr', '', `Un NAS valide passe le test de Luhn. Le spécimen qu'utilise le gouvernement du Canada dans ses guides, 046 454 286, ne correspond à personne : c'est celui qu'on utilise dans nos formations antifraude.`],
  ['linkedin', 'fr', 'phone', `Vous avez reçu un texto suspect au nom de la caisse ? Ne cliquez sur rien et appelez notre service d'aide au 418 650-3847 (ou au 1 877 634-2195, sans frais).`],
  ['x', 'fr', '', `Taux hypothécaire fixe 5 ans affiché ce matin : 4,29 %. Publié sur notre site et dans toutes les succursales. Prenez rendez-vous avant le 31 décembre pour le garantir 120 jours.`],
  ['linkedin', 'fr', 'email', `Si vous êtes membre et que vous voulez vous impliquer au conseil d'administration, écrivez à notre secrétaire corporative : isabelle.tremblay-gagnon@caisse-des-riverains.qc.ca. Les candidatures ferment le 15 février.`],
  ['linkedin', 'en', 'codename', `Kickoff for Project Kestrel today with our digital team: the new members' mobile app goes into pilot at three branches in March. Can't say more yet, but it's the biggest project of my career.`],
  ['x', 'fr', '', `Petit matin à Baie-du-Febvre : une crécerelle (kestrel, pour nos collègues anglos) en vol stationnaire au-dessus du champ. Meilleur début de journée possible. 🐦`],
  ['linkedin', 'fr', 'card', `Une membre m'a demandé pourquoi sa carte était bloquée… en m'envoyant le numéro complet en message privé pour que je vérifie : 4539 2256 5203 1464. On a fait opposition. Je le partage (avec son accord) pour rappeler qu'on ne vous demandera JAMAIS le numéro complet.`],
  ['linkedin', 'fr', 'financial', `Le comité de crédit a approuvé hier une enveloppe de 250 M$ pour les prêts agricoles 2027, à taux bonifié pour la relève. L'annonce officielle est prévue au congrès de l'UPA en janvier ; d'ici là, je ne peux que vous dire : préparez vos projets !`],
  ['linkedin', 'fr', 'internal_url', `Collègues des succursales : le formulaire de demande de congé des Fêtes est sur l'intranet, http://intranet.corp.acme.com/rh/conges-fetes-2026, à remplir avant le 12 décembre.`],
  ['linkedin', 'fr', '', `Après 34 ans au comptoir puis au crédit, je prends ma retraite vendredi. J'ai ouvert le premier compte de plus de trois générations de familles du village. Merci pour la confiance, et passez me saluer au marché le samedi.`],

  // Norwegian salmon farmer
  ['linkedin', 'en', 'financial', `Q4 harvest came in at 23,400 tonnes gutted weight, and our internal estimate puts farming EBIT per kg at NOK 19.80. The quarterly report isn't out until 12 February, but the team in Hardanger deserves a shout-out today.`],
  ['linkedin', 'en', '', `Q3 report published this morning: harvest of 18,900 tonnes, operational EBIT of NOK 612 million, and sea-lice levels below the regulatory limit at all 14 sites. The presentation and webcast replay are on our investor relations page.`],
  ['linkedin', 'en', 'national_id', `HR note for our new Polish and Lithuanian colleagues: payroll won't run without your Norwegian national ID number. Here's one from last week's onboarding forms that bounced because of a missing digit, now fixed: 140388 16994. Eleven digits, date of birth first, exactly like that.`],
  ['linkedin', 'en', '', `Our new semi-closed pen was tested in the Norwegian Sea last month: sea trials in 6 m waves, zero escapes. The paper we wrote with SINTEF is now published, open access.`],
  ['linkedin', 'en', 'iban', `Invoicing update for our Scottish hauliers: sterling payments from the Bergen office now go through our UK account, and credit notes should be paid back to GB36 NWBK 6016 1397 4100 35. Thanks for updating your supplier records.`],
  ['linkedin', 'en', 'financial', `The trading desk just told us what our Q4 realised price will land at: around NOK 84 per kg, about 9 kroner above the spot average. Results call on 12 February, so don't quote me before then, but contract sales saved our quarter.`],
  ['linkedin', 'en', 'internal_url', `Site managers: lice counts now go straight into grafana.acme-corp.net/d/lice-weekly instead of the shared spreadsheet. The vet team reviews the dashboard every Monday.`],

  // Portuguese cork producer
  ['linkedin', 'en', 'financial', `Stripping season wrap-up: our sales team ends the year with a €47M pipeline of stopper orders for 2027, and the board approved a 6 to 8% price increase on natural stoppers, which customers will only hear about in January. Cork is back!`],
  ['linkedin', 'en', '', `Portugal produces about half of the world's cork, according to APCOR's public statistics. Each cork oak is stripped only once every nine years, and the year is painted on its trunk. Our visitor centre reopens on Monday.`],
  ['linkedin', 'fr', 'iban', `Pour nos clients français : les règlements en euros se font désormais sur notre compte à la CGD, IBAN PT50 0035 0651 0655 6994 0046 2. Merci de mettre à jour vos fichiers fournisseurs.`],
  ['linkedin', 'en', 'national_id', `Hiring our first French sales rep was a paperwork adventure. Tip for other Portuguese SMEs: the NIF goes on every contract. Mine, for instance, is 245697411, and yes, my accountant told me not to post it, but it's on half the invoices in Porto anyway 😅`],
  ['x', 'en', '', `New stopper for sparkling wines, patent EP 3 712 489 B1, tested to 9 bar. Specs and certifications on our website. 🍾`],
  ['linkedin', 'en', 'phone', `French and Belgian winemakers visiting Santa Maria da Feira for the harvest of bark: our export manager Rui will pick you up at Porto airport. WhatsApp him on +351 912 487 306 with your flight number.`],

  // Dakar mobile-money fintech
  ['linkedin', 'fr', 'financial', `2,3 millions d'utilisateurs actifs et, d'après le tableau de bord finance, 410 milliards de FCFA de transactions sur l'année. Nos investisseurs auront les chiffres consolidés au board de janvier, mais je voulais dire merci à l'équipe de Dakar et de Thiès.`],
  ['linkedin', 'fr', 'phone', `Agents de Kaolack : la formation sur le nouveau terminal a lieu samedi à 9 h. Pour vous inscrire, contactez Awa Ndiaye au +221 77 438 12 59 (WhatsApp aussi).`],
  ['x', 'fr', '', `Arnaque en cours : un faux agent demande votre code secret par SMS. Nous ne vous demanderons JAMAIS votre code secret, ni par téléphone ni par message. Partagez !`],
  ['linkedin', 'en', 'secret', `Integration partners: the sandbox is great, but several of you asked for prod access. Here's the live merchant key for the pilot, valid until we rotate it on Friday: sk_live_bVC3lrAmSJ2km14IKCzi2Eg3. Please don't share outside your team.`],
  ['linkedin', 'fr', 'iban', `Partenaires qui règlent leurs commissions en euros via la banque correspondante : SN68 SN01 0873 1708 4385 9205 9456. Le compte en FCFA reste inchangé.`],
  ['linkedin', 'fr', '', `Le code marchand affiché sur nos autocollants (par exemple M-00482-DKR) n'est pas un numéro de compte : c'est l'identifiant de la boutique pour payer par QR code. Vous pouvez le prendre en photo sans crainte.`],
  ['linkedin', 'fr', 'financial', `Term sheet signé hier soir pour notre série B : 25 M$ menés par un fonds panafricain, closing prévu fin janvier. Rien d'officiel avant l'annonce conjointe, mais après trois ans de galère, je voulais marquer le coup ici.`],
  ['x', 'fr', '', `Fête de fin d'année de l'équipe à la plage de Ngor 🌊 Thieboudienne, mbalax et un quiz sur les API. On a perdu contre le service client, évidemment.`],

  // Luxembourg fund administrator
  ['linkedin', 'en', 'financial confidential_marker', `Can't resist sharing one line from this morning's ExCo deck (footer: "Internal – Do not distribute"): assets under administration reached €86.4bn at end-November, and net new mandates for 2026 are tracking at €9 to 11bn. Official numbers come with the annual report. Well done, team!`],
  ['linkedin', 'fr', '', `Les fonds que nous administrons ont publié leurs VNI au 30 novembre : elles sont disponibles sur le site de chaque société de gestion et sur les plateformes habituelles. Pour toute question, passez par votre distributeur.`],
  ['linkedin', 'en', 'iban', `Transfer agency team: the subscription account for the new sub-fund is open. LU49 0019 9395 5972 0099 5 — please circulate it to the distributors, the prospectus annex follows.`],
  ['linkedin', 'en', 'internal_url', `Tip for new joiners in fund accounting: NAV breaks are logged at https://jira.acme-corp.net/projects/NAVOPS, tag the depositary contact and the ticket routes itself.`],
  ['x', 'en', '', `Luxembourg fund assets passed €5.6tn according to the CSSF monthly statistics published today. Still the largest fund centre in Europe. 🇱🇺`],
  ['linkedin', 'fr', 'email', `Étudiants intéressés par notre graduate programme en administration de fonds : envoyez CV et lettre à Claire Hoffmann, claire.hoffmann@luxfundservices.lu, avant le 20 janvier.`],
  ['linkedin', 'en', 'codename', `Eighteen months of work and Orion is finally live: all our investor onboarding now runs through the new KYC workflow, 40% fewer manual checks. Massive thanks to the compliance and IT crews.`],

  // Danish offshore-wind developer
  ['linkedin', 'en', 'financial', `Final investment decision on our 1.1 GW North Sea project approved by the board this afternoon: DKK 24 billion of capex. The stock exchange announcement is scheduled for Monday morning, so I'll stay quiet until then, but what a day. 🌬️`],
  ['linkedin', 'en', '', `Thor offshore wind farm delivered first power this year, as widely reported in the press. Great milestone for the Danish energy transition, congratulations to everyone involved across the industry.`],
  ['linkedin', 'en', 'codename', `Site visit to the Atlas Bleu substation yard in Esbjerg with the grid team. Four transformers in, two to go. I'll share more once we're allowed to name the project publicly!`],
  ['x', 'en', '', `Anyone else using MongoDB Atlas for turbine telemetry? We're at 2 TB of SCADA data a month and the time-series collections are holding up fine.`],
  ['linkedin', 'en', 'phone', `Vessel crews arriving in Esbjerg this weekend: the marine coordinator on duty is Mads, +45 28 91 46 03. Call him before entering the 500 m safety zone.`],
  ['linkedin', 'en', 'national_id', `Our new Swedish colleague sent his personnummer for the Danish tax card to the partner channel instead of HR: 19810712-4623. I've moved it, but that channel has 300 external members. Training time.`],
  ['linkedin', 'en', 'financial', `Huge news I can share with my own team only: the PPA with a big tech buyer is agreed at €61/MWh for 15 years, covering 40% of the output. The press release goes out in two weeks, and until then it stays in this building!`],
  ['linkedin', 'en', '', `Why offshore wind keeps getting cheaper: bigger rotors, fewer foundations, smarter O&M. My slides from last week's WindEurope session are on SlideShare, no secrets in there, just public data.`],

  // Madrid e-scooter rental
  ['linkedin', 'en', 'financial', `Madrid numbers I'm allowed to brag about internally (the investor update goes out next week): 1.9 million rides in November, revenue per scooter per day up to €7.10, and contribution margin positive at last, at 12%.`],
  ['x', 'en', '', `Milestone! 10 million rides in Madrid since launch, as announced on our blog this morning. Thanks for riding with us 🛴`],
  ['linkedin', 'en', 'national_id', `Complaint of the week, pasted for the ops team so we learn from it: "I'm Javier, DNI 55396962J, I got a €200 fine because your app ended my ride outside the parking zone." He was right, we refunded him.`],
  ['x', 'en', 'phone', `If you spot one of our scooters dumped in the Retiro pond (yes, again), call our 24h line on +34 911 72 48 36 and a team will pick it up within the hour.`],
  ['linkedin', 'en', '', `Conference demo recap: our scooter IoT module talks to a gateway at 10.0.0.1 on a Raspberry Pi (raspberrypi.local) in my home lab. Wiring diagram and code on GitHub, everything on that network is a toy.`],
  ['linkedin', 'en', 'secret', `For the hackathon folks who asked about our maps integration: we just use the Google Maps JS SDK. The key in the demo page is AIzaP_c0YsHh47lft6zNHIA33NbEI3p85cRbGIE, restricted to the event domain, so go ahead and play.`],
  ['linkedin', 'en', 'financial', `Subscription churn dropped to 3.4% a month in November, down from 5.1% in June, and the pass now brings in 38% of Madrid revenue. It's going in Thursday's board deck, so you're hearing it from me first, team 🚀`],
  ['linkedin', 'en', 'email', `Madrid city council folks asking about our accessibility pilot: our public-affairs lead is Lucía Romero, lucia.romero@ruedamovilidad.es. She'd love to show you the data.`],

  // Finnish sauna-stove maker
  ['linkedin', 'en', 'financial', `Just out of the budget meeting: 2027 revenue target set at €62–65 million, with the US distribution deal alone expected to bring €8M. Official guidance comes with the financial statements release in February. Let's go!`],
  ['x', 'en', '', `Our new wood-fired stove just won a national design award 🔥 Congratulations to the Lahti design team. Available to order from our dealers in January.`],
  ['linkedin', 'en', 'national_id', `New-employee checklist from the Lahti factory, translated for our Estonian welders. The example HR filled in: Name: Mikko Virtanen, personal identity code 230491-312L, tax card attached, bank details on page 2.`],
  ['x', 'en', '', `Sauna at 80 °C for 15 minutes, then the lake at 2 °C. Repeat three times. The Finnish secret to productivity, no NDA required. ❄️`],
  ['linkedin', 'en', 'card', `Corporate card reminder from finance: please stop sending card numbers in Teams. This one (5413 9395 5972 0098, exp 11/27, CVC 418) was posted in #expenses this morning and has since been cancelled. Need to pay a supplier? Ask for a virtual card.`],
  ['x', 'en', 'email', `We're opening a showroom in Minneapolis! US dealers, you can reach our new country manager directly: jukka.lehtonen@saunatehdas.fi.`],
  ['linkedin', 'en', 'codename', `Project Kestrel prototype fired for the first time tonight: a stove that heats a 10 m³ room in 25 minutes on half the wood. Can't show it yet, but the whole lab cheered.`],
  ['x', 'en', 'phone', `Dealers in the Nordics: our after-sales hotline has a new direct line for spare parts, +358 40 718 2934, weekdays 8–16.`],

  // Irish craft distillery
  ['linkedin', 'en', 'financial', `Huge day here: the board signed off a €3.5M expansion of the stillhouse, and our unaudited numbers show case sales up 38% to about 41,000 cases. We'll announce it properly at Whiskey Live in April; until then, a quiet toast. 🥃`],
  ['linkedin', 'en', '', `Our 12-year-old single pot still won gold at the Irish Whiskey Awards last night! Bottles are available at the distillery shop and online for €95.`],
  ['x', 'en', 'national_id', `Payroll drama solved: my PPS number had been typed as 4880279W instead of 4880279V on the Revenue form. All sorted now, and yes that's my real one, I'm past caring 😂`],
  ['linkedin', 'en', 'iban', `Cask investors: the final instalment of the 2026 cask programme is due on 15 January. Please pay by bank transfer to IE35 AIBK 9311 5253 9696 28, quoting your cask number.`],
  ['linkedin', 'en', '', `Beware of cask-investment scams: a real distillery never asks you to pay into a personal account. Our bank details only appear on the signed cask agreement, never on social media or in a cold e-mail.`],
  ['x', 'en', '', `Tasting notes for the new cask strength: toffee, orange peel, a wee bit of smoke. The recipe? A family secret 😉`],
  ['linkedin', 'en', 'secret', `Our web shop runs on a tiny Node app. If anyone from the agency needs to redeploy it tonight, the database URL is postgres://shop_admin:Sl4inte-2026@db.dingle-spirits.ie:5432/shop, I'm off the grid until Monday.`],

  // Casablanca call-centre outsourcer
  ['linkedin', 'fr', 'client_name', `Nouveau plateau de 120 conseillers ouvert à Casablanca pour le service client de Société Générique, lancement le 5 janvier. Recrutements en cours, on cherche des profils bilingues français-anglais !`],
  ['linkedin', 'fr', '', `Société Générale a encore été élue banque de l'année par un magazine dont j'ai oublié le nom… Je retiens surtout leur appli refaite, très propre. Curieux de vos avis.`],
  ['linkedin', 'fr', 'phone email', `Recrutement de téléconseillers bilingues à Casablanca : fixe + primes, transport pris en charge. Envoyez votre CV à recrutement.casa@callnord.ma ou appelez Salma au +212 6 61 84 27 93.`],
  ['linkedin', 'fr', 'financial', `Le comité de pilotage a validé hier le budget 2027 du site : 68 millions de dirhams, dont 9 pour le nouveau plateau de Tanger. La direction communiquera en janvier, mais je suis fière de notre équipe finance.`],
  ['x', 'fr', '', `Rappel formation : nos numéros de carte de démo sont 4111 1111 1111 1111 (la Visa de test) et les masques ressemblent à **** **** **** 1111. Jamais un vrai numéro à l'écran.`],
  ['linkedin', 'fr', 'card', `Un conseiller a copié ça dans le ticket au lieu de passer par le module de paiement sécurisé : carte 5132 3454 4585 1149, expiration 04/28. Le ticket est visible par tout le monde dans l'outil du client. On fait quoi ?`],
  ['linkedin', 'fr', 'confidential_marker', `Je vous partage le brief client reçu ce matin, estampillé « CONFIDENTIEL – NE PAS DIFFUSER », parce que la partie sur la qualité d'écoute est une merveille de clarté. Extrait : « le client doit se sentir entendu avant d'être servi ».`],
  ['linkedin', 'fr', 'client_name', `Audit qualité réussi chez Initech ce matin, 94/100 sur les appels en anglais ! Trois ans qu'on gère leur support de niveau 1, et l'équipe de nuit mérite toutes les félicitations.`],

  // University press
  ['linkedin', 'fr', '', `Parution ! « Les secrets de la diplomatie vénitienne, 1450-1550 », ISBN 978-2-7535-8841-7, 312 pages, 24 €. Un grand merci à l'autrice et à toute l'équipe éditoriale.`],
  ['linkedin', 'fr', 'confidential_marker', `Relecture du grand livre de notre rentrée de printemps. La couverture des épreuves dit « Document confidentiel — épreuves non corrigées, ne pas citer », mais je n'y tiens plus, voici la première phrase : « Il pleuvait sur Nantes comme il pleut dans les romans. »`],
  ['linkedin', 'fr', 'financial', `Bilan présenté jeudi au conseil des presses : chiffre d'affaires 2026 estimé à 1,42 M€ (+9 %), et un budget 2027 voté avec 180 000 € pour l'accès ouvert. Ce ne sera officialisé qu'au rapport annuel de juin.`],
  ['x', 'fr', '', `« L.A. Confidential » de James Ellroy entre dans notre séminaire de littérature noire. Le polar comme archive de la ville 📚`],
  ['linkedin', 'fr', 'email', `Appel à manuscrits pour notre nouvelle collection d'histoire environnementale : propositions de cinq pages maximum à Hélène Marchetti, directrice de collection, helene.marchetti@univ-presses-armorique.fr.`],
  ['linkedin', 'fr', '', `Comme toujours, les propositions de manuscrits sont évaluées en double aveugle et de manière strictement confidentielle. Les modalités sont sur notre site, rubrique « Proposer un ouvrage ».`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 8 janvier, 6 h : notre autrice reçoit le prix de l'essai historique. Je vous mets le communiqué en avant-première parce que je suis trop fière, mais ne le relayez pas avant, le jury nous en voudrait.`],

  // Swedish circular-furniture start-up
  ['linkedin', 'en', 'financial', `Pitch prep for our Series B: ARR hit SEK 84M this month and net revenue retention is 127%. We haven't told the market yet (the press release lands with the round), but I wanted to thank the refurbishment crew in Malmö.`],
  ['x', 'en', '', `Thrilled to share that we closed our SEK 140M Series A, announced today in Breakit and on our blog. The money goes into two new refurbishment hubs, in Malmö and Gothenburg.`],
  ['linkedin', 'en', 'secret', `For anyone integrating with our B2B marketplace API in staging, here's the token for the shared repo so you can pull the SDK: ghp_38AibNyyurlGFb0EkjKWREhbiGjlvhkTp3SK. It expires in 30 days.`],
  ['x', 'en', '', `Reminder: AKIAIOSFODNN7EXAMPLE is the documented sample access key from the AWS docs. If it shows up in a code review, it's a placeholder, not a leak. Still, use env vars.`],
  ['linkedin', 'en', 'codename client_name', `Delivered the first 300 refurbished desks of Project Kestrel to Globex's Stockholm office this morning. Zero new wood, 70% less CO₂. Proudest delivery of my career so far.`],
  ['x', 'en', 'financial', `Internal numbers, but I'm too happy not to share with my network: gross margin on refurbished chairs reached 58% in Q3, up from 41% a year ago. Only the board has seen this so far, and it's why we'll be profitable in 2027.`],
  ['x', 'en', '', `git clone git@github.com:circular-oss/desk-scanner.git and you've got our open-source tool that reads IKEA part numbers from photos. PRs welcome!`],

  // Sassuolo tile maker
  ['linkedin', 'en', 'financial', `Walking out of the budget committee in Sassuolo: 2027 capex approved at €18.5M, mostly for the new kiln line, and we're planning an EBITDA margin between 19 and 21%. The group publishes guidance in March. Forza ragazzi!`],
  ['linkedin', 'en', 'national_id', `Moving to Italy for work? First step: the codice fiscale. Mine took ten minutes at the Agenzia delle Entrate in Modena, here it is on my brand-new health card: BNCGLI82L51F257U. Welcome to Italian bureaucracy 🇮🇹`],
  ['x', 'en', '', `The codice fiscale used in the official documentation, RSSMRA80A01H501U (Mario Rossi, born in Rome on 1 January 1980), is a specimen: handy for testing forms, never a real person.`],
  ['linkedin', 'en', 'iban', `To our German distributors: from January please settle invoices in EUR to our new account at Intesa Sanpaolo, IT61 W030 6909 6060 0005 4994 012.`],
  ['linkedin', 'en', '', `Cersaie recap: 112,000 visitors according to the organisers' official figures, and our new terracotta-effect porcelain collection was the most photographed stand (our unofficial count 😄).`],
  ['linkedin', 'en', 'internal_url', `Sales reps: the 2027 price lists are now on the extranet, https://pricing.corp.acme.com/tiles/2027/eu-distributors.xlsx. Send the link, not the file.`],
  ['linkedin', 'en', 'phone', `Architects visiting our Fiorano showroom: ask for Chiara at the desk, or message her beforehand on +39 347 218 5064 to book a private tour.`],

  // Toulouse satellite-imagery start-up
  ['linkedin', 'fr', 'financial', `Le board a validé hier soir notre budget 2027 : 7,6 M€ de dépenses, une trésorerie qui nous emmène jusqu'à mi-2028, et un objectif de 4 M€ d'ARR en décembre prochain. On en parlera publiquement à la levée, pas avant.`],
  ['x', 'fr', '', `Image du jour : la nébuleuse d'Orion vue depuis le Pic du Midi par un membre de l'équipe, trois heures de pose. Nos satellites regardent vers le bas, nos ingés regardent vers le haut 🔭`],
  ['linkedin', 'fr', 'codename', `Ça y est, le démonstrateur de Nébula est intégré sur le lanceur ! Fenêtre de tir en février. Je n'ai pas le droit d'en dire plus, mais quelle fierté d'avoir travaillé sur la charge utile.`],
  ['linkedin', 'fr', 'secret', `Pour les stagiaires qui veulent jouer avec nos images, voici la config du pipeline, copiez-collez et ça marche :\n\nS3_BUCKET=eo-raw-tiles\nAWS_ACCESS_KEY_ID=AKIANG3AB3NQ37N3WPK3\nAWS_SECRET_ACCESS_KEY=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`],
  ['linkedin', 'fr', '', `La capsule Orion de la NASA vole avec un module de service européen, construit en partie par des équipes qu'on croise tous les jours à Toulouse et à Brême. Chaque mission autour de la Lune est une fête pour tout le secteur spatial.`],
  ['linkedin', 'fr', 'client_name', `Première livraison de cartographie d'occupation des sols pour l'Hôpital Sainte-Claire : on les aide à planifier l'accès des ambulances autour du nouveau bâtiment. Un cas d'usage qu'on n'avait jamais imaginé !`],
  ['linkedin', 'fr', 'financial', `Notre pipeline commercial pondéré atteint 12 M€ d'après le CRM ce matin, dont près de 5 M€ côté défense. Personne ne l'a encore vu hors du comité de direction, mais ça change complètement notre discussion avec les investisseurs.`],
  ['x', 'fr', '', `Les coordonnées du Capitole pour tester notre API : 43.6045, 1.4440. Essayez avec votre ville, les tuiles de démo sont en accès libre.`],

  // Jura watch-parts subcontractor
  ['linkedin', 'fr', 'financial', `Visite des ateliers du Locle avec les nouveaux apprentis, et une bonne nouvelle tombée pendant la visite : le carnet de commandes 2027 atteint déjà 31 millions de francs, soit 80 % du budget, selon le point fait ce matin en direction. On l'annoncera aux clients à Watches and Wonders.`],
  ['linkedin', 'fr', '', `Les exportations horlogères suisses ont reculé de 4,2 % en octobre selon la Fédération de l'industrie horlogère. Chez les sous-traitants, on le ressent avec trois à six mois de décalage. Restons agiles.`],
  ['linkedin', 'fr', 'iban', `Facture des cours interentreprises des apprentis : à régler sur le CH17 0078 8623 4006 8400 8 avant fin décembre, référence « APP-2026 ». Merci au service RH de faire suivre.`],
  ['x', 'fr', 'phone', `Atelier portes ouvertes samedi au Locle ⌚ Inscriptions pour la visite guidée au 032 931 47 82 (Nadia, le matin uniquement).`],
  ['linkedin', 'en', 'confidential_marker', `Just received the drawings for a new movement plate, every sheet stamped "CONFIDENTIAL — PROPERTY OF CLIENT — NO REPRODUCTION". Here's a teaser of the bridge geometry, because it's the most beautiful thing I've machined all year.`],
  ['linkedin', 'fr', '', `Une montre, c'est un secret bien gardé : 200 composants, dont certains plus fins qu'un cheveu. Venez découvrir nos métiers aux Journées de l'horlogerie les 14 et 15 mars.`],
  ['linkedin', 'fr', 'codename', `Le premier lot de platines pour Atlas Bleu est sorti de la décolleteuse ce matin, tolérance tenue à 2 microns. Je ne peux pas dire pour quelle maison, mais vous verrez la montre à Genève au printemps.`],

  // Lyon cell-therapy biotech
  ['linkedin', 'fr', 'financial', `Côté finance, on peut déjà le dire en interne : le burn 2027 sera ramené à 19 M€ contre 26 cette année, ce qui nous donne 30 mois de runway. Présentation aux actionnaires le 20 janvier, d'ici là on reste discrets.`],
  ['linkedin', 'en', '', `Our phase II results were presented this morning at ASH and published in the abstract book: a 68% overall response rate in the relapsed cohort. Proud of our clinical team and grateful to every patient.`],
  ['linkedin', 'fr', 'email phone', `Pour ceux qui demandaient les coordonnées de Julie après le congrès, voici sa signature :\n\nJulie Vasseur\nResponsable affaires cliniques\njulie.vasseur@cellyon-tx.com\n+33 6 48 27 91 05`],
  ['linkedin', 'en', 'internal_url', `Lab folks: the new sample-intake form lives at https://lims.acme-corp.net/forms/sample-intake?site=gerland, please stop using the Excel sheet from 2023.`],
  ['x', 'en', '', `Reading about the protoplanetary disks JWST found in the Orion nebula. Biology is hard, but astrophysics is humbling. 🌌`],
  ['linkedin', 'fr', 'national_id', `Je recopie la fiche d'un volontaire sain pour montrer à quel point nos formulaires de 2019 étaient mal pensés : « Nom : D., n° de sécurité sociale : 2 87 05 69 123 754 80, allergies : aucune ». Heureusement, on a tout refait.`],
  ['linkedin', 'fr', '', `Les médicaments génériques représentent aujourd'hui près de la moitié des boîtes vendues en pharmacie. Pour les thérapies cellulaires, on en est très loin : chaque lot est fabriqué pour un seul patient.`],
  ['linkedin', 'en', 'secret', `Our bioinformatics pipeline is open source! To reproduce the figures, just export HF_TOKEN=hf_c7usQ9kIUKYSqtV7dFzSMu6SWoUnvNPsJZ (it's my personal token, it has access to our gated model) and run make all.`],

  // Antwerp diamond-grading lab
  ['linkedin', 'en', 'financial', `Year-end in Antwerp: the lab graded 212,000 stones this year and, per the management accounts, turnover is around €38M with a 14% net margin. Those figures go to the shareholders' meeting in May, so that's all you'll get from me 💎`],
  ['linkedin', 'mixed', '', `Elke steen telt! Our report numbers (like 2217 394 561) are printed on every certificate, and anyone can check them on our public report-check page. Niet vertrouwelijk, that's the whole point.`],
  ['linkedin', 'en', 'phone', `Visitors to our Hoveniersstraat office: the intercom procedure has changed. If you're stuck at the gate, call +32 3 226 58 14 and reception will buzz you in.`],
  ['x', 'en', 'secret', `93% of staff reported this morning's phishing test 👏 For the other 7%: your new temporary password for the training portal is Hoveniers#2026, change it at first login.`],
  ['linkedin', 'en', '', `Since the G7 traceability rules, every rough parcel entering Antwerp needs proof of non-Russian origin. It's a trade embargo that actually changed how we work, and our lab now checks the paperwork before any stone reaches a grader.`],
  ['x', 'en', 'iban', `Trade customers in Belgium: grading fees can now be paid by transfer to BE83 0010 3065 5615, please put the intake number as the reference.`],
  ['linkedin', 'en', '', `My first stone as a junior grader was a 0.31 ct, G colour, VS2. Fifteen years later I still remember it. Happy 15th anniversary to me, and thanks to the mentors who taught me to look twice.`],

  // Marseille ship-repair yard
  ['linkedin', 'fr', '', `Les mots du chantier : « caréner », « bordé », « tins »… et « forme 10 », l'une des plus grandes cales sèches de Méditerranée. Si vous passez à Marseille, la visite des Journées du patrimoine est gratuite.`],
  ['linkedin', 'fr', 'phone', `Armateurs, en cas d'avarie hors heures ouvrées, notre astreinte technique répond au 04 91 56 28 73 ou au 06 84 12 59 37 (chef d'astreinte).`],
  ['linkedin', 'fr', 'client_name', `Contrat signé hier soir : on assurera la maintenance des navires de Globex pendant les trois prochaines années. Premier passage en cale prévu en mars !`],
  ['x', 'fr', '', `Soudeur·se naval·e ? On recrute 12 CDI à Marseille. Candidatures traitées en toute confidentialité, même si vous êtes en poste chez un concurrent 😉 Lien en bio.`],
  ['linkedin', 'fr', 'national_id', `RH : pour l'embauche de notre nouveau chaudronnier, il manque encore le numéro de sécu sur la DPAE. Celui qu'il nous a donné, 1 90 03 75 120 417 22, est-il le bon ? Je pose la question ici parce que le standard ne répond pas.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Rue Sainte-Claire, un matin de mistral, avec les collègues du bureau d'études qui montent au chantier à pied. Meilleure vue de Marseille pour commencer une journée.`],

  // Bordeaux ticketing platform
  ['linkedin', 'fr', 'financial', `GMV de novembre : 14,8 M€, +42 % sur un an, et un churn organisateurs tombé à 2,1 %. Chiffres internes, le board les découvre mardi, mais je ne tenais plus !`],
  ['linkedin', 'fr', 'secret', `Notre bot Slack d'alertes de ventes est open source ! Pour l'essayer, voici notre config :\n\nSLACK_BOT_TOKEN=xoxb-420705786222-5633571483344-dVlC1fDBUiTue7fiPgpoiN4a\nCHANNEL=#ventes-live`],
  ['x', 'fr', '', `Votre numéro de commande ressemble à TK-2026-11-448217 ? Gardez-le, c'est lui qui permet de récupérer vos billets. Nous ne vous demanderons jamais votre mot de passe.`],
  ['linkedin', 'en', 'card', `Can someone book the Eurostar for the offsite? Use the team card, 3714 634544 58515, exp 08/28, billing postcode 33000. Thanks!`, { surface: 'comment' }],
  ['x', 'fr', 'email', `Organisateurs de festivals : notre équipe partenariats sera aux Rencontres de Bordeaux. Pour caler un rendez-vous, écrivez à thomas.guerin@billetlibre.fr.`],
  ['linkedin', 'fr', 'financial', `L'ARR de la partie SaaS vient de passer 6,2 M€ selon le dashboard de ce matin. Objectif fixé par le board pour fin 2027 : neuf millions. On ne l'a pas encore annoncé publiquement, mais c'est la courbe dont je suis le plus fier.`],
  ['x', 'en', '', `Sending tickets by e-mail? Use our sandbox: every address ending in @example.com is accepted and nothing is actually delivered, e.g. buyer@example.com.`],

  // Comments and replies across sectors
  ['linkedin', 'fr', '', `Bravo pour ce lancement ! J'ai pris un abonnement pour mes parents, ils sont ravis du tarif îlien.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Thanks Sarah! And between us, the January order book is already at €4.2M, double last year's, so the new line will be busy from day one.`, { surface: 'comment' }],
  ['x', 'en', '', `@anna_ops congrats on the new role! Ping me on Mastodon, I'm @lea@mastodon.social these days.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Avec plaisir, Karim ! Le plus simple est d'écrire à mon adresse perso, sophie.charpentier71@gmail.com, je suis moins noyée que sur la boîte pro.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Ken, happy to help with the Osaka distributor. My colleague Haruka handles Japan, you can reach her on +81 90-4127-8853 (LINE too).`, { surface: 'comment' }],
  ['linkedin', 'en', 'codename', `Ha, that render looks a lot like the hull we designed for Orion, the one we can't show yet 😉`, { surface: 'comment' }],
  ['x', 'fr', '', `@capitainerie_brest merci pour la réactivité ce matin, l'escale s'est faite en 40 minutes chrono.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `Sure, for the refund of the deposit use DE73 5001 0517 9940 0413 86 (my account at ING-DiBa), thanks a lot!`, { surface: 'comment' }],
  ['linkedin', 'fr', 'client_name', `Oui, on a livré la même solution à l'Hôpital Sainte-Claire l'an dernier, ils pourront vous faire un retour d'expérience.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'client_name financial', `Merci Paul ! Et sans trop en dire : le compte Société Générique pèse déjà 2,3 M€ de CA sur l'année, on devrait doubler en 2027.`, { surface: 'comment' }],

  // Mixed leaks, signatures, pasted material
  ['linkedin', 'fr', 'email phone', `Chers partenaires, je quitte le service achats de la coopérative fin décembre. Pour la suite, contactez mon successeur Guilhem Roux : guilhem.roux@cave-salagou.fr, 04 67 96 31 58. Merci pour ces belles années !`],
  ['linkedin', 'en', 'national_id iban', `HR asked me to double-check the payroll details before the Dutch contract starts: BSN 896685470, salary to NL93 INGB 3419 9528 57. Posting here because the HR portal is down and I'm boarding in ten minutes…`],
  ['linkedin', 'en', 'confidential_marker financial', `Forwarded e-mail from our CFO, subject line "INTERNAL ONLY – Q4 preliminary": "We expect Q4 revenue between €118M and €124M, slightly below consensus." I think the market will take it well, honestly.`],
  ['x', 'en', 'secret', `debugging prod at 2am, don't judge\n\n$ curl -H "Authorization: Bearer eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLW1hbmlmZXN0IiwgInJvbGUiOiAiYWRtaW4iLCAiaWF0IjogMTc5NjIwMDAwMH0.n4XR2ayVcLCrR9QCrfLmncsIGv44Lgs_grN8GoVxR7c" https://api.manifest-cargo.be/v2/flights`],
  ['linkedin', 'fr', 'card', `Quelqu'un peut réserver la salle pour la soirée de Noël ? Prenez la carte du CSE : 4974 1493 9559 7205, exp 06/28, cryptogramme 215. Merci !`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `If you're in Melbourne for the wine trade fair, our importer partner Jack would love a coffee: +61 412 738 590.`],
  ['linkedin', 'fr', 'national_id', `Ma fille vient d'avoir sa première carte d'identité belge, quelle émotion ! Elle a tenu à ce que je montre son numéro de registre national, 03.06.11-276.13, parce que « c'est le sien maintenant ». 😅`],
  ['x', 'en', 'card', `Ugh, my Discover got declined again at the gas station. 6011 9046 9623 4001, exp 10/27. Is it me or their fraud system?`],
  ['x', 'en', 'email', `Journalists covering the cork harvest: for photos and interviews, write to our press contact, ines.carvalho@corticeira-feira.pt.`],
  ['linkedin', 'fr', 'national_id', `Mon dossier de mutuelle est bloqué depuis trois semaines parce que la plateforme refuse mon NIR : 2 74 11 86 088 233 82. Il est pourtant juste, je l'ai vérifié sur ma carte Vitale. Quelqu'un a eu le même souci ?`],
  ['linkedin', 'en', 'financial', `Preliminary, unaudited, and strictly for my team's morale: Q4 bookings came in at $31M against a $27M plan, our best quarter ever. Earnings call is on 4 February, please keep it off Slack too.`],
  ['x', 'en', 'internal_url', `Anyone else getting a 502 on https://build.corp.acme.com/jobs/release-candidate? The nightly for the Android client hasn't run since Tuesday.`],
  ['linkedin', 'fr', 'confidential_marker', `Le DRH vient d'envoyer la nouvelle grille de télétravail avec en objet « [NE PAS DIFFUSER] Projet d'accord télétravail 2027 ». Trois jours par semaine pour tout le monde, enfin ! Je vous colle le tableau récapitulatif ci-dessous.`],
  ['linkedin', 'en', 'secret', `Setting up the new CI for the ticketing widget, here's the npm token if you need to publish the package while I'm on holiday: npm_g7WApVZnR6DqfETVd5j1N7eWPFlRX0c0KAdJ.`],

  ['linkedin', 'fr', 'card', `Transfert d'un mail reçu de notre agence de voyages, pour que l'équipe sache quelle carte a été débitée pour le séminaire : « Paiement accepté sur la carte 5355-0995-7091-8096 (exp. 02/29) pour 14 billets Bordeaux–Paris. » Pensez à le signaler en note de frais.`],

  // More clean look-alikes and ordinary posts
  ['linkedin', 'en', '', `Example config from our public docs, values are placeholders:\n\nAPI_KEY=your-api-key-here\nDB_PASSWORD=********\nREGION=eu-west-1`],
  ['linkedin', 'fr', '', `Le hachage SHA-256 de notre release 4.2 est publié pour que chacun puisse vérifier le téléchargement : 9f2c6e1b0a4d7c3e58b1f0a26d9e4c7b3a5f8e2d1c0b9a8f7e6d5c4b3a2f1e0d. Ce n'est pas une clé, c'est une empreinte publique.`],
  ['x', 'en', '', `My phone got stolen on the tram. For the police report I dug up the IMEI, 353918115203149, so if anyone in Bordeaux finds a green Pixel, you know what to do.`],
  ['linkedin', 'fr', '', `Mentions légales à jour sur le site de la coopérative : SIREN 812 467 934, RCS Montpellier, capital variable. Rien de nouveau, juste le changement d'adresse du siège.`],
  ['linkedin', 'en', '', `For our fraud-awareness slides we always use the ISO 13616 example IBAN, GB82 WEST 1234 5698 7654 32, and the German textbook one, DE89 3704 0044 0532 0130 00. Neither belongs to a customer.`],
  ['linkedin', 'fr', '', `Remboursement reçu sur ma carte se terminant par 4821, merci à la compagnie pour la réactivité après l'annulation de ma traversée. Comme quoi, ça arrive !`],
  ['linkedin', 'en', '', `We've just published our gender pay gap report: median gap 4.1%, down from 6.8%. The full report and methodology are on our website, as required by law.`],
  ['x', 'fr', '', `Le dernier épisode de « Top Secret », le podcast d'histoire de l'espionnage, est consacré au réseau Alliance. Une heure passionnante pour la route du retour.`],
  ['linkedin', 'en', '', `The Nebula Awards shortlist is out and two of the novels are set on ocean worlds. As someone who works on salmon farms, I have opinions. 📚`],
  ['linkedin', 'en', '', `Our ASP.NET services run on Kestrel behind an nginx reverse proxy, and after last week's upgrade to .NET 9 the p95 latency dropped by 18%. Write-up on our engineering blog.`],
  ['linkedin', 'fr', '', `Colis bien reçu grâce au numéro de suivi 6A18427359106, merci au transporteur. Petit rappel : un numéro de suivi n'est pas une donnée sensible, mais votre adresse, si.`],
  ['linkedin', 'en', '', `Five years ago I joined a 12-person studio in a Mile-End basement. Today we're 140. Thank you to everyone who took a chance on us.`],
  ['linkedin', 'en', '', `Trade news: the US has lifted the embargo on Portuguese cork imports from a specific producer after the customs dispute was settled, according to this morning's official notice. Good for the whole sector.`],
  ['x', 'fr', '', `L'atlas bleu que ma grand-mère m'a offert en 1989, avec l'URSS encore entière. Je le garde pour montrer aux stagiaires à quel point les cartes changent.`],
  ['linkedin', 'en', '', `Job ad for our Madrid ops team: fleet technician, €26,000–29,000 gross per year plus night bonus, as shown on the posting. Apply through our careers page.`],
  ['linkedin', 'en', '', `Listed peers reported this week: one of the big Norwegian salmon farmers posted NOK 3.2bn operational EBIT for Q3 in its public report. Useful benchmark for the whole industry.`],
  ['linkedin', 'fr', '', `Notre nouvelle charte de confidentialité des données patients est en ligne. Si vous êtes bénévole ou donateur, vous y trouverez tout ce que nous faisons (et ne faisons pas) avec vos données.`],
  ['x', 'en', '', `Hot take: every company "secret sauce" slide I've ever seen was just "we answer the phone". 📞`],
  ['linkedin', 'en', '', `Reading the annual report of a competitor in the wind sector (published, 180 pages): their capex guidance for 2027 is DKK 30–34bn. Ambitious, and good news for the supply chain.`],
  ['linkedin', 'fr', '', `Appel d'offres public attribué : la Région a publié ce matin au BOAMP l'attribution du marché de desserte des îles, 96 M€ sur sept ans. Félicitations à tous les candidats pour la qualité des dossiers.`],
  ['x', 'en', '', `Our new office Wi-Fi is called "Kestrel Nest" because the building has a kestrel nesting on the roof every spring. The facilities team has installed a camera, livestream on our site. 🐣`],
  ['linkedin', 'en', '', `Training tip for our new card-payments team: a real card number is 15 or 16 digits and passes a checksum, while our internal order references like ORD 4485 2210 9931 are just sequential. Don't panic when you see a long number in a ticket, check it first.`],
  ['linkedin', 'fr', '', `Masquer, toujours masquer : quand on parle d'un numéro de sécurité sociale en formation, on l'écrit 2 ** ** ** *** *** **. Les clés, les dates, tout disparaît.`],
  ['linkedin', 'en', '', `Demo tenant URL for the webinar tomorrow: https://demo.example.org/signup. Everything in there resets every hour, feel free to break it.`],
  ['x', 'fr', '', `Le concert de l'orchestre des salariés a rapporté 8 400 € pour la Fondation, montant annoncé au public en fin de soirée. Merci à tous les musiciens amateurs !`],
  ['linkedin', 'fr', '', `Petit rappel RGPD pour l'équipe : les adresses de démonstration sont du type prenom.nom@example.com, et les numéros de téléphone de démo s'écrivent 0X XX XX XX XX. Jamais de vraies coordonnées dans les captures.`],
  ['x', 'fr', '', `Ma collègue a appelé son chat Orion parce qu'il passe ses nuits à regarder les étoiles par la fenêtre. Le chat, pas la collègue. 🐈`],
]);
