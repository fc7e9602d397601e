import { rows } from './corpus-types';

/**
 * Held-out set "fresh17": written 2026-12-03 (16:04-16:13 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * first 45 lines of fresh16 for the header and row style, and index.ts to register the set), so it measures how the
 * rules generalise to posts they were never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh17`.
 * First scored 2026-12-03 16:11 UTC on the rules of d791c0d (after the fixes from fresh15 and fresh16): confidentiality
 * macro F1 0.895, 13.4 % of clean posts flagged (13 of 97); financial the weakest (0.700, recall 0.538), codename 0.818,
 * email 0.828 (role mailboxes), confidential_marker 0.857, national_id 0.884.
 *
 * Authors: a Brest naval-electronics supplier, a Limoges porcelain maker, a Glasgow subsea-cable firm, an Antwerp
 * diamond-logistics firm, a Lausanne hotel school, a Toulouse drone-delivery start-up, a Reims champagne grower, a Nantes
 * shipyard subcontractor, a Leeds HR-software firm, a Strasbourg brewery, a Québec maple-tech start-up, a Dakar
 * solar-kiosk company, a Casablanca call-centre, a Warsaw QA outsourcer, a Lisbon coworking chain, an Amsterdam
 * bike-sharing operator, a Copenhagen wind-turbine service firm, a Helsinki edtech, a Prague glass-recycling plant, a
 * Vienna medtech, a Cork pharma plant, a Luxembourg satellite operator, a Monaco yacht broker and a Tunis dates
 * exporter. Forms: proud team updates, pasted meeting notes and stand-up updates, customer-service replies (surface
 * 'comment'), job ads with published salary ranges, X posts and a two-post X thread, a poll, event recaps, out-of-office
 * notes, changelogs, farewells, incident write-ups and runbooks, supplier bank-detail changes, payroll and onboarding
 * notes, fraud warnings and lost-and-found notices. Financial positives in digits, words and ranges: an order book before
 * the annual results, a contract value before the trade-show announcement, ARR before a funding announcement, board- and
 * partner-approved budgets, a Series A and pre-money valuation before signature, a sealed bid before opening, a licence
 * award before a council vote, margins and cost per dose before group review, a release price and a price rise before
 * customers are told, a reimbursement price before the insurers' decision, volume and export forecasts; beside
 * published results, listed and asking prices, public tariffs, published salary ranges and household figures. Company
 * switchboards and role mailboxes (repairs@, recrutement@, info@, press@, careers@) published for the public are labelled
 * clean; a named employee's direct mobile or own work address is labelled phone or email. Every IBAN, card and national
 * id positive was computed with a throwaway script kept outside the repo: exact country length and mod-97 for IBANs (FR
 * and MC with the RIB key, BE with its mod-97 account check, ES with both control digits, PT with its NIB check, IT with
 * its CIN letter, LU, NO, HU, SK, HR, DK, LI, TN); Luhn for Visa, Mastercard (5- and 2-series), Amex, Discover, JCB,
 * Diners, 19-digit UnionPay and Maestro cards; the national key for French NIR, Belgian national register number, Dutch
 * BSN (11-test), Danish CPR (mod 11), Norwegian fødselsnummer (two mod-11 digits), Finnish henkilötunnus (mod 31),
 * Estonian isikukood, Croatian OIB (ISO 7064 mod 11,10), Icelandic kennitala, Slovak birth number (mod 11), Austrian
 * social-security number, Irish PPSN (with the A suffix), Luxembourg matricule (Luhn and Verhoeff), Portuguese NIF,
 * Turkish T.C. Kimlik, Chinese resident id (ISO 7064 mod 11-2), Chilean RUT, Mexican CURP, Canadian SIN (Luhn); UK NINO
 * and US SSN by format, Moroccan and Tunisian CIN as written on the card. Look-alikes are masked, documented specimens
 * named as such (the UK, German and Czech example IBANs, Stripe's 4242 test card, HMRC's QQ NINO, the 1938 wallet-card
 * SSN, the Finnish 131052-308T example, the CRA-style example SIN, AWS's EXAMPLE access key, a French all-nines NIR), or
 * carry a wrong IBAN check or a failing Luhn digit (a phishing SMS, an order number); the policy's code names also appear
 * in their ordinary sense (the Orion Nebula and the constellation, a kestrel, a blue atlas, a dish called "Atlas bleu")
 * and confidential markers harmlessly (TLP:CLEAR, a film title, a crêperie). 254 posts (120 FR, 134 EN; 30 on X, 4
 * comments): 97 clean, 157 with one or more findings.
 */
export const FRESH17_POSTS = rows('fresh17', [
  // — Brest naval-electronics supplier (Armor Sonar Systèmes)
  ['linkedin', 'fr', '', `Fiers d'avoir accueilli 14 lycéens du Finistère cette semaine dans nos ateliers de Brest : soudure de cartes, bassin d'essai acoustique et un quiz sur les dauphins qui a mal tourné pour l'équipe qualité. Merci à tous les tuteurs !`],
  ['linkedin', 'fr', 'codename internal_url', `Point d'avancement Orion pour ceux qui n'étaient pas au comité : l'antenne remorquée passe les essais en bassin, les courbes sont sur https://wiki.corp.acme.com/orion/essais-bassin-nov. Prochaine étape : mer d'Iroise en janvier.`],
  ['x', 'fr', 'financial', `Le carnet de commandes sonar vient de franchir les 212 M€, et ça, le marché ne l'apprendra qu'avec les résultats annuels de mars. Grosse fierté pour l'équipe de Brest 🌊`],
  ['linkedin', 'fr', 'phone email', `Je suis en congé jusqu'au 15 décembre. Pour les recettes de la baie de test, appelez directement Gwenaëlle Le Bihan au 06 71 48 22 93 ou écrivez-lui à gwenaelle.lebihan@armor-sonar.fr.`],
  ['linkedin', 'fr', '', `Magnifique nuit d'observation depuis la pointe Saint-Mathieu : la nébuleuse d'Orion à l'œil nu, puis M42 dans la lunette de Yann. Le ciel breton sait être généreux en décembre.`],
  ['linkedin', 'en', '', `We're hiring a senior embedded engineer (DSP, C, VHDL) in Brest. Salary range €58k–€70k, published as required by our pay-transparency policy, plus relocation support. Apply at armor-sonar.fr/careers.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `[DIFFUSION RESTREINTE] CR réunion fournisseurs du 2/12 : retard de 3 semaines sur les hydrophones destinés à Globex, reprogrammation des recettes usine à valider par la direction.`],
  ['x', 'en', '', `Classified ads for the naval-electronics trade show in Brest are open again. "Confidential" is also the name of the best crêperie near the port, as everyone from the stand crew now knows.`],

  // — Limoges porcelain maker (Porcelaines Vialle)
  ['linkedin', 'fr', '', `Notre service « Feuillage d'hiver » est enfin sorti du four : 1 300 °C, trois cuissons, et une dorure à l'or fin posée à la main par Martine. Disponible dans notre boutique de Limoges à 89 € l'assiette, prix affiché depuis lundi.`],
  ['linkedin', 'fr', 'financial', `Petite joie d'atelier : la collection pour le palace parisien est signée à 1,4 million d'euros — l'annonce officielle attend le salon Maison&Objet, donc pas un mot aux clients d'ici là 😉`],
  ['linkedin', 'fr', 'iban', `Chers clients, suite au changement de banque de Porcelaines Vialle, merci de régler désormais vos factures sur le compte FR76 3000 4012 3400 0123 4567 862. L'ancien RIB sera clôturé fin janvier.`],
  ['linkedin', 'fr', 'client_name', `Belle visite de l'équipe achats de la Société Générique ce matin : ils veulent 4 000 tasses siglées pour leurs sièges régionaux. Le kaolin du Limousin a encore frappé !`],
  ['x', 'fr', '', `Rappel : les IBAN qui circulent dans les faux mails « changement de coordonnées » ne viennent pas de nous. Nos coordonnées bancaires ne changent jamais par e-mail, appelez le standard publié sur notre site.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux tourneurs : les fiches de cuisson sont rangées sur http://intranet.porcelaines-vialle.local/fours/fiches. Demandez un compte à Sylvain si vous n'y avez pas accès.`],
  ['linkedin', 'fr', 'national_id', `Dossier mutuelle de ma mère à compléter pendant la pause, si quelqu'un des RH peut vérifier que j'ai bien recopié son numéro de sécu : 2 85 07 69 123 045 46. Merci d'avance !`],

  // — Glasgow subsea-cable firm (Clydelink Subsea)
  ['linkedin', 'en', '', `Cable-laying vessel Fionnphort is back in the Clyde after 41 days in the North Atlantic. 312 km of export cable laid and buried, zero lost-time incidents. Proud of every single person on that deck.`],
  ['linkedin', 'en', 'financial', `Heads-up for the sales team only: we booked £96m of new repair-and-maintenance contracts this quarter, which beats plan by a third. Investors get that number with the interim statement on the 28th, so keep it to yourselves until then.`],
  ['x', 'en', 'secret', `Rotating the telemetry API creds after someone pasted them in a public gist 🙃 for the record the old one was token=clk_live_7Hq2vXp9Lm4RtY8wB3nK6sJd — it's dead now, don't bother.`],
  ['linkedin', 'en', 'phone', `Our cable repair coordinator Ewan Baird is on call over Christmas. If your interconnector trips, reach him directly on his mobile +44 7834 561 209, any hour.`],
  ['linkedin', 'en', '', `Call us any time on our 24/7 repair line 0141 353 2274 or write to repairs@clydelink-subsea.co.uk — both are on our website and manned round the clock.`],
  ['linkedin', 'en', 'codename', `Quick update from the Project Kestrel stand-up: route survey for the new Hebrides link wraps Friday, burial tool trials slip a week. Nobody outside the programme knows the landing point yet, let's keep it that way.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the Clydelink yard for a full minute this morning while we loaded the cable drums. Nature doesn't care about our deadlines.`],
  ['x', 'en', 'internal_url', `if anyone on the night shift still can't see the cable-tension dashboards, the new address is https://grafana.ops.acme-corp.net/d/tension — the old one was retired yesterday.`],

  // — Antwerp diamond-logistics firm (Scheldt Secure Freight)
  ['linkedin', 'en', '', `25 years moving rough and polished stones between Antwerp, Dubai and Mumbai. Our Hoveniersstraat vault team celebrated with waffles this morning. Here's to the next 25.`],
  ['linkedin', 'en', 'iban', `Supplier notice: please pay insurance premiums for the January consignments to our new account BE25 0682 3456 1282. Reference your shipment number on every transfer.`],
  ['linkedin', 'en', 'client_name financial', `Good news from the Dubai desk: Initech wants us to handle all their Antwerp–Dubai parcels from Q2, around €3.2m a year in fees. Contract still sits with their lawyers, so no one mentions it outside the office.`],
  ['x', 'en', 'confidential_marker', `STRICTLY PRIVATE & CONFIDENTIAL — route plan for the 9 December armoured transfer attached. Do not forward beyond the escort team.`],
  ['linkedin', 'en', 'phone', `Night desk this week is Pieter Claes. For urgent vault access outside office hours, call his personal phone +32 478 12 34 56.`],
  ['linkedin', 'en', '', `Our published insurance rate for stones in transit remains 0.045% of declared value per leg, as in the tariff sheet on our website. No changes for 2027.`],
  ['linkedin', 'en', 'card', `Booked the team dinner for the Antwerp Diamond Week on the company card, putting the details here so Lotte can file the expense: 4970 1023 4567 8900, exp 08/28.`],
  ['x', 'en', '', `PSA: the number 4970 1023 4567 8901 on that phishing SMS is not a card, it's nonsense — it doesn't even pass the Luhn check. Delete and report.`],

  // — Lausanne hotel school (École hôtelière du Léman)
  ['linkedin', 'fr', '', `Nos étudiants de deuxième année ont servi 240 couverts au gala de la Croix-Rouge vaudoise samedi. Service à la russe, trois vins du Lavaux, zéro assiette cassée. Bravo à toute la brigade !`],
  ['linkedin', 'fr', 'email phone', `Candidats au Bachelor, votre conseillère admissions pour la rentrée de septembre est Mme Chloé Aeby : chloe.aeby@ehleman.ch, ligne directe 079 412 56 83.`],
  ['linkedin', 'fr', '', `Les frais d'écolage 2027-2028 sont publiés : 32 500 CHF par semestre, logement compris. Tout le détail sur ehleman.ch/admissions/frais.`],
  ['linkedin', 'fr', 'financial', `Le conseil de fondation a voté hier soir l'enveloppe de 18 M CHF pour la nouvelle aile de cuisine pédagogique. Communiqué prévu au printemps, d'ici là on garde le chiffre entre nous !`],
  ['linkedin', 'fr', 'internal_url', `Les plannings de stage du semestre sont en ligne sur https://moodle-staging.corp.acme.com/stages/planning-s2. Vérifiez vos dates avant vendredi.`],
  ['linkedin', 'en', 'national_id', `Exchange student paperwork: for the Swiss residence permit I had to send my Chinese ID 310115198806123720 to the canton office. Took four weeks, so start early if you're coming from Shanghai!`],
  ['x', 'fr', '', `Ce soir au restaurant d'application : menu « Atlas bleu », inspiré des cartes marines anciennes de notre bibliothèque. Homard bleu, algues, et un dessert en forme de globe.`],

  // — Toulouse drone-delivery start-up (Volaïa)
  ['x', 'fr', '', `Premier vol de livraison de médicaments entre Muret et une pharmacie de campagne validé par la DGAC 🚁 2,4 kg, 11 minutes, tout le monde a applaudi dans le hangar.`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui configurent le simulateur de vol en local : mot de passe du compte de service PX4 = Vol@ia-Muret-2026!, on le change lundi.`],
  ['linkedin', 'fr', 'financial', `Le tour de table série A se termine : 9 M€ avec deux fonds toulousains, valorisation pré-money autour de 31 M€. Les signatures sont prévues le 19, on ne communique rien avant.`],
  ['linkedin', 'fr', 'codename', `Semaine chargée sur Nébula : le nouveau drone cargo a fait son premier vol stationnaire. Personne ne doit savoir qu'on vise 15 kg de charge utile avant l'annonce.`],
  ['linkedin', 'fr', '', `Volaïa recrute un·e pilote de drone certifié·e (S3 + télépilote) à Toulouse. Salaire 38 à 44 k€ brut annuel selon expérience, fourchette publiée sur notre offre. Candidatures sur volaia.fr/jobs.`],
  ['linkedin', 'fr', 'internal_url secret', `Runbook incident du 27/11 collé ici pour l'équipe : l'API de planification https://staging-api.volaia.internal/v2/missions renvoyait 500, cause = clé Mapbox expirée. Nouvelle clé : pk.eyJ1Ijoidm9sYWlhIiwiYSI6ImNscjhxN2ZtMDBhZGQya28.Xb2kLm9QwR7tZp3N.`],
  ['x', 'en', '', `Thread 1/2: what we learned from 1,000 delivery flights over Occitanie. Wind above 35 km/h is the main cause of cancellations, not rain.`],
  ['x', 'en', '', `2/2: our public dashboard at volaia.fr/stats shows every flight, delay and cancellation since launch. Nothing to hide, everything to improve.`],

  // — Reims champagne grower (Champagne Hurel-Massin)
  ['linkedin', 'fr', '', `Vendanges 2026 terminées sur nos 9 hectares de la Montagne de Reims. Rendement fixé par l'appellation à 10 000 kg/ha, on y est presque. Merci aux 60 vendangeurs !`],
  ['linkedin', 'fr', 'financial', `Le prix de sortie du millésime 2018 sera de 78 € la bouteille — on le dévoilera aux cavistes au salon de février, alors motus sur ce montant d'ici là.`],
  ['linkedin', 'fr', '', `Notre cuvée Blanc de Noirs est au tarif public de 42 € au domaine, comme affiché sur notre site depuis septembre. Dégustation gratuite le samedi.`],
  ['linkedin', 'fr', 'iban', `Aux importateurs belges : nos nouvelles coordonnées pour les acomptes de mars sont MC58 1132 8000 0100 1234 5678 988 (notre banque monégasque). Merci de mettre à jour vos fiches fournisseurs.`],
  ['linkedin', 'fr', 'phone', `Pour les réservations de visite de cave ce week-end, je suis sur la route : appelez ma fille Camille sur son portable 06 18 52 74 09, elle gère.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL – réservé aux associés : l'assemblage 2026 inclura 30 % de réserve perpétuelle. Ne pas transférer.`],
  ['x', 'fr', '', `Le secret d'un bon champagne ? Du temps. 36 mois sur lattes minimum chez nous, c'est écrit sur l'étiquette et c'est tout sauf confidentiel.`],

  // — Nantes shipyard subcontractor (Erdre Tôlerie Navale)
  ['linkedin', 'fr', '', `Nos tôliers ont livré 480 tonnes de blocs pour le paquebot en construction à Saint-Nazaire. 19 000 heures de travail, zéro accident. Chapeau bas à l'équipe.`],
  ['linkedin', 'fr', 'client_name', `Réunion lundi avec l'Hôpital Sainte-Claire pour l'aménagement de leur navire-hôpital : on nous demande des cloisons coupe-feu sur deux ponts. Gros sujet pour 2027.`],
  ['linkedin', 'fr', 'financial', `Marge sur affaire du contrat des ferries : 11,8 % au dernier point, contre 7 % budgétés. Chiffre de clôture interne, les actionnaires l'auront à l'AG de juin.`],
  ['linkedin', 'fr', 'email', `Pour les questions sur les fiches de paie de novembre, écrivez directement à Ronan, notre gestionnaire : ronan.guilloux@erdre-tolerie.fr.`],
  ['linkedin', 'fr', '', `Pour toute candidature spontanée : recrutement@erdre-tolerie.fr, adresse générique publiée sur notre site. Les CV sont lus chaque vendredi.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Kerem, soudeur arrivé d'Izmir ! Pour son dossier à l'URSSAF, la compta me demande de relayer son numéro d'identité turc : 38472651994. Merci de le saisir dans le logiciel de paie.`],
  ['x', 'fr', '', `Exemple de numéro de sécu fictif pour nos formations paie : 1 99 99 99 999 999 99 — évidemment invalide, ne le cherchez pas.`],
  ['linkedin', 'fr', 'secret', `Pour la GMAO, la chaîne de connexion de la base de test : postgresql://gmao_admin:Erdre!Tole44@10.0.8.21:5432/gmao_test. Pensez à la mettre dans vos variables d'env, pas dans le code.`],

  // — Leeds HR-software firm (Aire Payroll Cloud)
  ['linkedin', 'en', '', `Aire Payroll Cloud 4.12 is out: RTI submissions now retry automatically, P60s export in bulk, and the dark mode finally covers the holiday planner. Full changelog on our public docs site.`],
  ['linkedin', 'en', 'national_id', `Support tip gone wrong: a customer emailed us a screenshot with an employee's NI number, JT 48 72 61 C, visible in the header. Please blur these before sending, folks.`],
  ['linkedin', 'en', '', `Reminder for payroll admins: HMRC's own example NI number QQ 12 34 56 C is what our demo tenant uses. It's a specimen, not a real person.`],
  ['linkedin', 'en', 'secret', `Integration partners asked for the sandbox creds, so here they are: client_id aire-int-leeds, client_secret 9f3Kq7vT2mWx8LpR4zYc6NbH1sJdGe5A. Prod keys go through the usual vault request.`],
  ['linkedin', 'en', 'financial', `Our ARR crossed £14.6m in November. The board saw it on Tuesday; the rest of the world hears about it in the funding announcement next year, so this stays inside the Leeds team for now.`],
  ['linkedin', 'en', 'internal_url', `New joiners: the engineering handbook moved to https://handbook.internal.airepayroll.io/onboarding. Bookmark it, the old Notion link is gone.`],
  ['linkedin', 'en', '', `We're hiring a customer success manager in Leeds, £36,000–£42,000 + 10% bonus, hybrid, 28 days' holiday. The range is on the job ad because pay transparency matters.`],
  ['linkedin', 'en', 'phone', `Out of office until 4 January. For urgent payroll-run issues, my colleague Aisha Begum is covering — her mobile is 07912 384 550.`],
  ['x', 'en', 'client_name', `Just onboarded Globex's 3,400 UK employees onto our platform over a single weekend. Tired but very proud of the migration squad 💪`],

  // — Strasbourg brewery (Brasserie du Rhin Tordu)
  ['linkedin', 'fr', '', `Notre bière de Noël est arrivée ! Épices de Forêt-Noire, 6,5 % vol., en fût dans une quarantaine de winstubs alsaciennes et à 3,90 € la bouteille à la boutique de la brasserie.`],
  ['linkedin', 'fr', 'financial', `Budget 2027 validé par les associés vendredi : 2,3 M€ pour la nouvelle ligne d'embouteillage. On l'annoncera quand les travaux démarreront, pas avant.`],
  ['linkedin', 'fr', '', `Chiffre d'affaires 2025 : 6,8 M€, tel que publié dans nos comptes annuels déposés au greffe. Merci à tous les cafés qui nous font confiance.`],
  ['linkedin', 'fr', 'card', `Qui a emprunté la carte de la brasserie pour le salon de Colmar ? Il y a un débit de 418 € sur la 5355 1098 7654 3215 que je n'arrive pas à rapprocher.`],
  ['linkedin', 'fr', '', `Paiement en boutique : on accepte toutes les cartes, et on ne vous demandera jamais votre numéro complet par téléphone. Votre reçu affiche seulement **** **** **** 3215, c'est normal.`],
  ['x', 'fr', 'secret', `note à moi-même : le jeton du capteur de fermentation cuve 4, c'est ghp_R8mT2qLx7VbN4cW9zK1pJ6hY3dF5sGa0EuQi, à remettre dans le .env après la mise à jour`],
  ['linkedin', 'fr', 'confidential_marker', `Document interne – ne pas diffuser : recette révisée de la Rhin Tordu Blonde (houblons Strisselspalt 60 %, Hallertau 40 %).`],
  ['linkedin', 'fr', '', `Ça y est, la recette de notre pain à la drêche est publique ! Drêche de brassage, farine T80, levain. On la partage volontiers, ce n'est pas un secret de fabrication.`],

  // — Québec maple-tech start-up (ÉrablIQ)
  ['linkedin', 'fr', '', `Les capteurs ÉrablIQ ont suivi 41 000 entailles ce printemps dans la Beauce. Résultat : 12 % de sève en plus pour les acériculteurs qui ont réagi aux alertes de gel. Fiers de nos partenaires !`],
  ['linkedin', 'fr', 'national_id', `Note à l'équipe paie : le NAS de notre nouvel employé Mathis est 046 217 931, à entrer dans Nethris avant jeudi.`],
  ['linkedin', 'fr', 'phone email', `Service à la clientèle ÉrablIQ : désolée pour la panne du capteur ! Notre technicien Jean-Philippe Tremblay va vous rappeler. Son cell : (418) 682-3917, courriel jp.tremblay@erabliq.ca.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `On prévoit de fermer l'année à 4,1 M$ de revenus récurrents, bien au-dessus du plan. Les investisseurs l'apprendront au conseil de janvier, ne le sortez pas.`],
  ['linkedin', 'fr', '', `Le sirop d'érable ambré se vend 14,99 $ le litre à notre kiosque du marché Jean-Talon, prix affiché. Passez nous voir !`],
  ['linkedin', 'fr', 'codename', `Petite démo interne d'Atlas Bleu aujourd'hui : la cartographie des érablières par drone fonctionne. On garde le projet sous le radar jusqu'au Salon de l'érable.`],
  ['x', 'fr', '', `Le numéro d'assurance sociale 046 454 286 qu'on voit dans les tutos de l'ARC est un exemple. Ne mettez jamais votre vrai NAS dans un formulaire web douteux.`],

  // — Dakar solar-kiosk company (Teranga Solar)
  ['linkedin', 'fr', '', `Teranga Solar a ouvert son 300e kiosque à Thiès ! Recharge de téléphone à 100 FCFA, lampes solaires en location et Wi-Fi pour les élèves. Merci aux gérantes et gérants de kiosque.`],
  ['linkedin', 'fr', 'phone', `Nouveau responsable régional à Ziguinchor : Moussa Diatta. Les gérants peuvent le joindre directement au +221 77 548 12 36 pour les pannes de batterie.`],
  ['linkedin', 'fr', 'financial', `Le financement de la BAD pour 500 nouveaux kiosques est acté à 7,5 milliards FCFA. La signature officielle aura lieu à Abidjan en février et rien ne doit sortir avant la cérémonie.`],
  ['linkedin', 'fr', '', `Notre rapport d'impact 2025 est en ligne : 1,2 million de personnes desservies, 18 000 tonnes de CO2 évitées, chiffre d'affaires de 4,3 milliards FCFA.`],
  ['linkedin', 'fr', 'iban', `Partenaires européens : pour les dons, notre compte de la fondation en Europe est le LU62 0019 4055 6678 1200. Merci pour votre soutien !`],
  ['x', 'fr', 'internal_url', `Les gérants qui n'arrivent pas à remonter leurs ventes : utilisez http://192.168.10.4/kiosques/saisie au bureau de Dakar, le serveur cloud est en maintenance.`],

  // — Casablanca call-centre (Atlantique Contact)
  ['linkedin', 'fr', '', `Atlantique Contact recrute 80 conseillers francophones à Casablanca pour janvier. Salaire d'entrée 6 500 MAD brut + primes, comme indiqué dans notre annonce. Formation rémunérée de deux semaines.`],
  ['linkedin', 'fr', 'client_name', `Grosse journée : la Société Générique nous confie son support client de niveau 1. 45 conseillers dédiés dès mars, le plateau du 4e étage sera pour eux.`],
  ['linkedin', 'fr', 'phone email', `Bonjour Madame, votre dossier de réclamation est bien pris en charge. Votre conseillère Salma Benjelloun vous rappellera au +212 6 61 23 45 78 ; vous pouvez aussi lui écrire à s.benjelloun@atlantique-contact.ma.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Notre standard est joignable au 0522 45 67 89 du lundi au samedi, et info@atlantique-contact.ma reste l'adresse générale publiée sur notre site.`],
  ['linkedin', 'fr', 'national_id', `Rappel aux superviseurs : ne laissez pas traîner les copies de CIN. Ce matin j'ai trouvé celle de BE845372 sur l'imprimante du 2e, avec nom et date de naissance.`],
  ['linkedin', 'fr', 'secret', `Pour se connecter au softphone de secours pendant la migration : identifiant supervision, mot de passe Casa#Plateau4-2026. Valable jusqu'à lundi seulement.`],
  ['x', 'fr', '', `Conseil du jour : au téléphone, aucun conseiller Atlantique Contact ne vous demandera votre mot de passe bancaire. Jamais.`],
  ['linkedin', 'fr', 'confidential_marker', `NE PAS DIFFUSER HORS ENCADREMENT — objectifs de taux de décroché par campagne pour décembre, en pièce jointe.`],

  // — Warsaw QA outsourcer (Vistula QA)
  ['linkedin', 'en', '', `Vistula QA just passed its ISTQB partner audit. 120 certified testers in Warsaw and Łódź, and a fresh batch of pierogi to celebrate.`],
  ['linkedin', 'en', 'internal_url', `Test reports for the sprint are on https://testrail.qa.acme-corp.net/index.php?/runs/view/4412 — please review the red ones before the client demo.`],
  ['linkedin', 'en', 'secret', `For the mobile test farm, the BrowserStack access key is yLm3Qp8RtV2xNc7KwZ4h (user vistula_ci). Rotate it after the release, please.`],
  ['linkedin', 'en', 'client_name codename', `Initech's QA lead told us today that Orion goes into regression testing next week. We'll need six more testers on the night shift.`],
  ['linkedin', 'en', 'phone', `Warsaw office manager Kasia is off sick — for building access issues, ring Tomasz on +48 601 234 587 instead.`],
  ['x', 'en', '', `Mutation testing tip: if your test suite still passes when you flip a < to a <=, it isn't testing much. Thread of our favourite examples below.`],
  ['linkedin', 'en', 'financial', `Proud moment: the renewal we've been negotiating will be worth about 4.8 million złoty over two years. Paper's not signed yet, so this is just for us in the Warsaw chat.`],
  ['linkedin', 'en', 'national_id', `HR, quick one: for the new tester's contract I need to confirm her Slovak birth number 905418/1235. Does the system take the slash?`],

  // — Lisbon coworking chain (Tejo Desks)
  ['linkedin', 'en', '', `Tejo Desks opens its fifth space next week in Marvila: 220 desks, a rooftop with a view of the river and a pastel de nata machine. Hot desks from €189/month, as listed on our website.`],
  ['linkedin', 'en', 'iban', `Members paying by transfer: our bank details changed this month. Please use PT50 0035 0683 0001 2345 6785 7 with your member number as reference.`],
  ['linkedin', 'en', 'phone', `Lost a laptop charger in the Cais do Sodré space? Our community host Inês has it; text her on +351 936 481 207.`],
  ['linkedin', 'en', 'financial', `Occupancy hit 91% across the network in November and EBITDA margin is tracking at 23% for the year. We'll share the audited version in April; until then these are our numbers, not the public's.`],
  ['linkedin', 'en', '', `Wi-Fi for tonight's meetup: network TejoEvents, password on the welcome board at the door. Doors open at 18:30, talks at 19:00.`],
  ['x', 'en', 'secret', `wifi for the Marvila staff network is TejoStaff / pw: Marvila!Rooftop77, please don't give it to members, they have their own`],
  ['linkedin', 'en', 'national_id', `Contract question for our Portuguese team: the new community host's NIF is 238619451 — can accounting add her to the payroll before the 20th?`],
  ['linkedin', 'en', '', `Our member survey results are public: 87% would recommend us, the coffee is "fine", and everyone wants more phone booths. We're on it.`],

  // — Amsterdam bike-sharing operator (FietsNu)
  ['linkedin', 'en', '', `FietsNu riders covered 4.1 million km in Amsterdam this year. That's roughly 100 trips around the Earth, all on two wheels. Thanks, city!`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for our new mechanic is almost done, I just need to copy his BSN 618203953 into the payroll tool. Welcome, Daan!`],
  ['linkedin', 'en', 'card', `To the rider who left a card on bike 2281: we have it at the Westerpark hub. The number ends in... no wait, the whole thing is 2223 0011 2233 4456, please come and get it ASAP.`],
  ['linkedin', 'en', 'phone', `Hub lead Sanne van Dijk is the contact for damaged fleet in Noord this week, her mobile is +31 6 2840 1937.`],
  ['linkedin', 'en', '', `Customer service reminder: we will never ask for your full card number in a chat. If you need to update payment, do it in the app. Our public helpline is 020 794 3310.`],
  ['linkedin', 'en', 'financial', `Our price per minute goes from €0.25 to €0.29 on 1 February — we haven't told riders yet, the email goes out in January, so keep it off social until then.`],
  ['linkedin', 'en', '', `From 1 March our unlock fee goes up to €1, as announced in last week's newsletter and on our pricing page. The per-minute rate stays the same.`],
  ['x', 'en', 'internal_url', `if the rebalancing dashboard is down again, the backup view is at http://fleetmap.corp.acme.com/rebalance?zone=noord`],
  ['linkedin', 'en', 'email', `Anyone who wants to join the Friday repair café: ping our mechanic Joost directly on joost.bakker@fietsnu.nl and he'll add you to the rota.`],

  // — Copenhagen wind-turbine service firm (Nordvind Service)
  ['linkedin', 'en', '', `Our technicians climbed 2,140 turbine towers this year across Denmark and the Baltic. That's a lot of ladders. Safe holidays, everyone.`],
  ['linkedin', 'en', 'national_id', `Rope-access certificate renewals: Lars sent me his CPR number 290791-5037 so I could book the course. Putting it here so the admin team can finish the registration.`],
  ['linkedin', 'en', 'financial', `Quarter-end figure for the management team: the service order book stands at DKK 1.9bn, up 40%. It'll be in the annual report in March, not a day earlier.`],
  ['linkedin', 'en', 'iban', `Subcontractors: December invoices should be paid into DK42 3000 3012 3456 78 from now on. The old Nordea account is closed.`],
  ['linkedin', 'en', '', `Our published day rate for a two-technician blade-inspection team is DKK 14,500, same as in our 2026 price list. Book early for spring.`],
  ['linkedin', 'en', 'phone', `On call for gearbox emergencies this weekend: Mikkel, mobile +45 28 91 47 03.`],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL ONLY – root-cause report for the Anholt nacelle fire, draft v3. Please don't share outside the HSE group.`],
  ['linkedin', 'en', '', `We published our full root-cause report for the Anholt nacelle fire today, as promised to the industry. Lessons for every service team are on page 12.`],

  // — Helsinki edtech (Oppi Labs)
  ['linkedin', 'en', '', `Oppi Labs' reading app is now used in 640 Finnish primary schools. Kiitos to every teacher who sent us feedback this autumn!`],
  ['linkedin', 'en', 'national_id', `Note for finance: the freelancer illustrator's henkilötunnus is 220288-5143, needed for the tax card. Please process her invoice this week.`],
  ['linkedin', 'en', 'secret', `Heads-up backend: the OpenAI key for the tutor bot is sk-proj-Vt7Hq2Xm9LpR4wKz8NcB3yJs6DfG1aQe5TuI0oPl, rate-limited to 200 req/min. Don't commit it.`],
  ['linkedin', 'en', 'internal_url', `The pilot dashboards for the Espoo schools live at https://metabase.oppi-labs.intra/dashboard/17 — VPN required.`],
  ['linkedin', 'en', 'financial', `Between us: Helsinki's education board is about to award us the city-wide licence, somewhere between €1.1m and €1.4m over three years. Decision is public after the council vote on the 16th.`],
  ['x', 'en', '', `Our Finnish test ID in the demo is 131052-308T, the example from the Population Register Centre's own docs. Please don't report it as a leak 🙂`],
  ['linkedin', 'en', 'phone email', `Leaving Oppi Labs after four wonderful years! I'm still reachable on my own number +358 40 718 2264 and at aino.virtanen@oppi-labs.fi until the end of the month.`],
  ['x', 'en', '', `Our Nebula reading-level model is open source now, here's the repo: github.com/oppi-labs/nebula-readability. PRs welcome.`],

  // — Prague glass-recycling plant (Sklo Cyklus)
  ['linkedin', 'en', '', `Sklo Cyklus processed 86,000 tonnes of cullet this year, enough for about 280 million bottles. Our sorting line in Prague-Hostivař now runs three shifts.`],
  ['linkedin', 'en', 'phone', `Truck drivers delivering to the Hostivař gate over the holidays: call the weighbridge supervisor Jiří directly on +420 603 218 745.`],
  ['linkedin', 'en', 'financial', `Our bid for the Brno municipal glass contract went in at CZK 212 million. Sealed envelopes are opened on the 10th, so nobody breathes a word of our number before that.`],
  ['linkedin', 'en', 'iban', `Suppliers, our CZK account is unchanged but EUR payments now go to SK66 0900 0000 0050 1234 5678 at our Bratislava bank.`],
  ['linkedin', 'en', '', `The Czech example IBAN CZ65 0800 0000 1920 0014 5399 from the bank's own help page is what our invoice template shows as placeholder. Don't pay into it!`],
  ['linkedin', 'en', 'secret', `Scale-house PLC credentials, for the maintenance contractor only: user plcadmin, password Hostivar-Cullet-9!. Will change after the visit.`],
  ['x', 'en', '', `Recycling 101: green, brown and clear glass are melted separately. Mixed cullet ends up as insulation wool. Public tours every first Saturday.`],

  // — Vienna medtech (Donau Cardio)
  ['linkedin', 'en', '', `Donau Cardio's wearable ECG patch received its CE mark under the MDR today. Seven years of work by a team of 46 in Vienna. Thank you all.`],
  ['linkedin', 'en', 'client_name', `Great meeting in Lyon with the cardiology team at Hôpital Sainte-Claire, who want to pilot 300 patches from April.`],
  ['linkedin', 'en', 'financial', `Reimbursement price we'll ask the Austrian insurers for: €186 per patch. Dossier goes in next month; we announce only after the decision.`],
  ['linkedin', 'en', 'phone', `Clinical study coordinator Dr. Eva Hofer will call each participant; patients can reach her at +43 664 381 2270 for side effects.`],
  ['linkedin', 'en', 'secret', `Connection string for the study database (staging), for the data-management team: Server=tcp:donau-sql-stg.database.windows.net,1433;Database=ecg_trial;User ID=dm_rw;Password=Wien!Herz2026;Encrypt=True;`],
  ['linkedin', 'en', 'confidential_marker', `Confidential – for the clinical board only: interim safety analysis, 2 serious adverse events out of 412 patients, none device-related.`],
  ['linkedin', 'en', '', `Our patch will list at €149 for private patients, as announced at MEDICA in November. Hospitals get volume pricing on request.`],
  ['linkedin', 'en', 'national_id', `Registering the new study nurse in the hospital system, her Austrian social-security number is 2744 150377. Can someone in HR confirm it's right?`],

  // — Cork pharma plant (Lee Valley Pharma)
  ['linkedin', 'en', '', `Lee Valley Pharma's Ringaskiddy site passed its FDA pre-approval inspection with zero 483 observations. 380 people made that happen.`],
  ['linkedin', 'en', 'national_id', `New starter admin: Ciara's PPS number is 7452198SA, please set her up on payroll before Monday.`],
  ['linkedin', 'en', 'financial', `Batch yields in Q4 are at 94.2% and the plant's cost per dose has dropped to €0.61. Group gets these in the February review; please don't post them anywhere.`],
  ['linkedin', 'en', 'codename', `Tech transfer for Project Kestrel starts in January in Building 4. Expect the cleanroom schedule to change.`],
  ['linkedin', 'en', 'phone', `Quality on-call phone for the weekend is with Declan: +353 87 214 6639.`],
  ['linkedin', 'en', '', `Site switchboard is 021 432 8870 and the public contact for media queries is press@leevalleypharma.ie. We don't comment on individual products.`],
  ['linkedin', 'en', 'internal_url', `The batch record review queue moved to https://lims.corp.acme.com/review/queue?site=cork — please update your bookmarks.`],
  ['linkedin', 'en', '', `Project management isn't rocket science, but our validation team runs like a Kestrel: hovers, watches, then strikes. Great work this quarter!`],

  // — Luxembourg satellite operator (Kirchberg Orbital)
  ['linkedin', 'fr', '', `Kirchberg Orbital a lancé hier soir son quatrième satellite depuis Kourou. Séparation nominale, premiers signaux reçus à Betzdorf à 23 h 14. Merci à toute l'équipe du centre de contrôle !`],
  ['linkedin', 'fr', 'financial', `Le contrat de capacité avec l'opérateur africain porterait sur une quarantaine de millions d'euros sur cinq ans. Les juristes relisent encore, donc ce montant ne sort pas de l'équipe commerciale.`],
  ['linkedin', 'fr', 'national_id', `Pour l'accès au site de Betzdorf, le service sécurité a besoin de mon matricule luxembourgeois : 1983 0715 042 71. Je le mets ici pour Marc qui prépare les badges.`],
  ['linkedin', 'fr', 'codename', `Revue de conception d'Orion mardi : la charge utile optique tient dans l'enveloppe de masse. On reste discrets, le programme n'est pas encore annoncé.`],
  ['linkedin', 'fr', 'internal_url', `Les télémesures de la nuit sont consultables sur https://tm-viewer.ops.kirchberg-orbital.lan/sat4/2026-12-02 — accès réservé à l'équipe contrôle.`],
  ['linkedin', 'fr', '', `Notre rapport annuel 2025 est publié : 148 M€ de chiffre d'affaires, 61 % de marge d'EBITDA. Les détails sont sur kirchberg-orbital.lu/investisseurs.`],
  ['linkedin', 'fr', 'phone', `Astreinte contrôle orbital ce week-end : Léa Schmit, joignable sur son portable +352 621 384 905 en cas d'anomalie.`],
  ['x', 'fr', '', `Ce soir, ciel dégagé au-dessus du Kirchberg : Orion se lève à l'est vers 21 h, et on a vu passer notre propre satellite juste au-dessus de Rigel 🛰️`],
  ['linkedin', 'fr', 'secret', `Pour le script de récupération des éphémérides, voici les identifiants AWS du bucket : clé AKIAQ4T7XZ2MBV5NRLWP / secret wJr8Kq3Zt7Vx1Nb5Lm9Pc2Yh6Dg4Fs0EuAoRiTy, à ne pas commiter.`],

  // — Monaco yacht broker (Hercule Yachting)
  ['linkedin', 'en', '', `Monaco Yacht Show wrap-up: 4 days, 118 visitors on our stand, and one very seasick journalist. Thank you to everyone who came aboard.`],
  ['linkedin', 'en', 'financial client_name', `Globex's chairman has agreed €46m for the 62-metre explorer yacht. We're waiting on the survey before the memorandum is signed, so not a word to the press.`],
  ['linkedin', 'fr', 'phone', `Pour les visites privées de l'Aurore pendant le Grand Prix, contactez directement notre courtier Enzo Battaglia sur son portable : +377 6 78 43 21 09.`],
  ['linkedin', 'fr', 'iban', `Acompte de réservation pour l'affrètement d'été : merci d'effectuer le virement sur FR76 1027 8060 7600 0203 8120 164, en indiquant le nom du yacht.`],
  ['linkedin', 'en', '', `Asking price for the 38m sailing yacht Mistral Bleu is €8.9m, as listed publicly on our website and in Boat International this month.`],
  ['linkedin', 'en', 'card', `Client asked me to hold the berth in Port Hercule with his Amex, 3746 951203 47856, exp 11/27. Concierge team, please process before noon.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — fiche technique de l'explorer de 62 m transmise aux acheteurs qualifiés uniquement. Ne pas transférer.`],
  ['linkedin', 'fr', '', `Le standard d'Hercule Yachting, +377 93 25 14 87, répond 7 jours sur 7 pendant la saison. Nous ne communiquons jamais le nom de nos clients.`],

  // — Tunis dates exporter (Deglet Export)
  ['linkedin', 'fr', '', `Première récolte de deglet nour à Tozeur : 1 800 tonnes triées, conditionnées et prêtes pour l'Europe. Bravo aux équipes de Kébili et Tozeur !`],
  ['linkedin', 'fr', 'iban', `Clients européens : pour les commandes du Ramadan, nos coordonnées bancaires en Tunisie sont TN82 0810 7000 4512 3456 7890. Les pro forma partent cette semaine.`],
  ['linkedin', 'fr', 'phone email', `Pour les échantillons, contactez notre responsable export Yassine Gharbi : +216 98 412 307, yassine.gharbi@deglet-export.tn.`],
  ['linkedin', 'fr', 'financial', `Le contrat avec la centrale d'achat allemande va faire grimper nos exportations 2027 à 38 M TND, soit +55 %. Rien d'officiel tant que la centrale n'a pas paraphé.`],
  ['linkedin', 'fr', '', `Prix public de la boîte de 1 kg de deglet nour branchée : 24 TND dans nos boutiques de Tunis, comme affiché en magasin.`],
  ['linkedin', 'fr', 'national_id', `Rappel RH : la copie de CIN de notre nouveau magasinier (08412736) doit être scannée dans le dossier, pas envoyée sur WhatsApp.`],
  ['x', 'fr', '', `Les dattes, c'est comme les mots de passe : plus elles sont variées, mieux c'est. Testez notre coffret 12 variétés au Salon de l'agriculture.`],

  // — More from the same employers: payroll, expenses, supplier changes, specimens
  ['linkedin', 'fr', 'national_id', `Armor Sonar, service paie : pour le détachement de notre ingénieur belge, son numéro de registre national est le 87.04.12-273.58. Merci de compléter le formulaire A1.`],
  ['linkedin', 'en', 'national_id', `Nordvind Service: our Norwegian blade technician's fødselsnummer 150589 49474 is needed for the Equinor site induction, please send it with the crew list.`],
  ['linkedin', 'en', 'national_id', `Oppi Labs' Tallinn contractor sent her isikukood 49003150274 for the invoice, forwarding here to Mari in finance.`],
  ['linkedin', 'fr', 'national_id', `Erdre Tôlerie : le soudeur croate qui rejoint l'équipe lundi a donné son OIB 69821364012 pour le contrat de détachement.`],
  ['linkedin', 'en', 'national_id', `Clydelink: our Icelandic survey engineer's kennitala is 120888-3239 — needed for the Reykjavík port pass. Thanks, Gudrun!`],
  ['linkedin', 'fr', 'national_id', `École hôtelière du Léman : l'étudiante chilienne a bien envoyé son RUT 16.459.832-2 pour l'inscription, je transfère au secrétariat.`],
  ['linkedin', 'fr', 'national_id', `Volaïa : pour la paie de notre stagiaire mexicaine, la CURP est GOMR880412MDFRRS01. À saisir dans le logiciel avant vendredi.`],
  ['linkedin', 'en', 'national_id', `Aire Payroll Cloud US pilot: a customer's admin pasted an employee SSN, 523-61-4879, into a support chat. We deleted it and reminded them to use the secure upload.`],
  ['x', 'en', '', `Reminder: 078-05-1120 is the SSN printed on the 1938 Woolworth wallet-card sample, not a real person's. Our test fixtures use it for that reason.`],
  ['linkedin', 'fr', 'national_id', `Porcelaines Vialle : la nouvelle décoratrice m'a transmis son numéro de sécurité sociale 1 92 01 13 055 123 27 pour l'affiliation, je le passe au service RH.`],

  ['linkedin', 'en', 'iban', `Lee Valley Pharma, Spanish distributor change: pay the February rebates to ES91 2100 0418 4502 0005 1332, per the letter from their CFO.`],
  ['linkedin', 'en', 'iban', `Nordvind Norway: the Bergen subcontractor's account is NO39 1503 2054 321, please set it up before the next payment run.`],
  ['linkedin', 'en', 'iban', `Sklo Cyklus: Hungarian cullet supplier's new account HU42 1177 3016 1111 1018 0000 0000, confirmed by phone with their finance director.`],
  ['linkedin', 'en', 'iban', `Clydelink: the Split harbour agent's account is HR24 2484 0081 1054 3219 0, for the port dues of the Fionnphort.`],
  ['linkedin', 'fr', 'iban', `Kirchberg Orbital : le fournisseur d'antennes du Liechtenstein a changé de banque, nouveau compte LI21 0881 0000 2324 013A A.`],
  ['linkedin', 'fr', 'iban', `Champagne Hurel-Massin : l'agent italien veut ses commissions sur IT76 W030 6909 6061 0000 0123 456.`],
  ['linkedin', 'fr', 'iban', `Brasserie du Rhin Tordu : le distributeur bruxellois a un nouveau compte, BE28 3630 8712 3420. Mettez la fiche à jour.`],
  ['linkedin', 'en', '', `Invoice templates at Aire Payroll show GB82 WEST 1234 5698 7654 32, the UK example IBAN from the banking standards docs. Replace it with your own before sending!`],
  ['linkedin', 'en', '', `FietsNu finance: the IBAN NL94 ABNA 0417 1643 00 on that "supplier update" email fails the checksum. Classic fraud attempt, we reported it.`],
  ['linkedin', 'fr', '', `Pour vos tests d'intégration SEPA, la documentation utilise DE89 3704 0044 0532 0130 00, l'IBAN d'exemple allemand. Ne le mettez jamais en production.`],

  ['linkedin', 'en', 'card', `Tejo Desks: a member paid the event room with a Discover card, 6011 0987 6543 2107, exp 03/29, and asked us to keep it on file. We don't store cards, so I'm posting here for finance to charge it once.`],
  ['linkedin', 'en', 'card', `Hercule Yachting concierge: the Japanese guest's JCB 3530 1112 2233 3443 is declined for the tender booking, can someone call the bank?`],
  ['linkedin', 'fr', 'card', `École hôtelière du Léman : la carte Diners du chef pour le salon de Lyon, 3056 930902 5904, expire en 05/28. Réservez l'hôtel avec.`],
  ['linkedin', 'en', 'card', `Sklo Cyklus: the Chinese buyer paid the samples with UnionPay 6200 0011 2233 4455 665. Finance, the terminal needs the full number.`],
  ['linkedin', 'fr', 'card', `Kirchberg Orbital : la carte Visa affaires pour le salon de Toulouse, 4508 7512 3456 7896, code dans le coffre. Merci de ne pas la perdre cette fois.`],
  ['linkedin', 'en', 'card', `Oppi Labs: the Maestro card for the Tallinn office, 6767 7012 3456 7890 129, exp 09/27 — renew the coffee subscription with it.`],
  ['x', 'en', '', `For payment tests, Stripe's docs use 4242 4242 4242 4242 with any future date. Never a real card in a test suite, people.`],
  ['linkedin', 'fr', '', `Votre commande n° 4970 1023 4567 8923 est partie de notre entrepôt de Tozeur. Suivi sur le site du transporteur.`, { surface: 'comment' }],

  ['linkedin', 'en', 'email', `Vistula QA: Magda Nowak now leads the automotive test team, reach her at magda.nowak@vistulaqa.pl for anything on the HIL benches.`],
  ['linkedin', 'fr', 'email', `Brasserie du Rhin Tordu : pour la commande de fûts de Noël, écrivez directement à notre commercial Hugo, hugo.wendling@rhintordu.alsace, il répond le soir.`],
  ['linkedin', 'en', 'email', `Sorry for the trouble with your pass! Our member services lead, Beatriz Sousa, will sort it: beatriz.sousa@tejodesks.pt.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Donau Cardio study: participants with questions about data privacy can email our DPO contact, Florian Gruber, at f.gruber.private@gmx.at.`],
  ['linkedin', 'en', '', `Lee Valley Pharma careers: apply via careers@leevalleypharma.ie or our jobs page. We reply to every applicant within ten days.`],

  ['linkedin', 'en', 'secret', `Nordvind: the SCADA read-only webhook for the Anholt farm is https://hooks.slack.com/services/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, paste it in the alert config.`],
  ['linkedin', 'en', 'secret', `FietsNu payments team: the live Stripe key got rotated, new one is sk_live_51NvFk2Lq8Rt4Yx7Wm3Pz9Hc6Bd1Js5Ga0Ku, it's in 1Password too.`],
  ['linkedin', 'fr', 'secret', `ÉrablIQ : le jeton GitLab de la CI pour les capteurs, glpat-xR7mK2pQ9vLt4NwZ8cYb, expire le 31 décembre.`],
  ['linkedin', 'en', 'secret', `Clydelink: mongo for the vessel logs, mongodb+srv://vessel_ro:Clyde2026Subsea@vessellogs.x7kq2.mongodb.net/logs — read-only, but still, keep it in the channel.`],
  ['linkedin', 'en', '', `AWS docs use AKIAIOSFODNN7EXAMPLE as the sample access key ID, and that's exactly what our Terraform tutorial shows. No real key in it.`],
  ['linkedin', 'fr', '', `Atelier sécurité à l'École hôtelière : un bon mot de passe fait au moins 14 caractères et ne se partage jamais, même avec le chef de rang.`],

  ['linkedin', 'en', 'internal_url', `Scheldt Secure Freight: the shipment tracking admin moved to http://track-admin.ssf.local:8080/consignments, VPN only.`],
  ['linkedin', 'fr', 'internal_url', `Atlantique Contact : les scripts d'appel de la campagne de janvier sont sur https://sharepoint.acme-corp.net/sites/plateau4/scripts.`],
  ['linkedin', 'en', '', `Our public status page is status.fietsnu.nl and the developer docs are at developers.fietsnu.nl. Both open to everyone.`],

  ['linkedin', 'fr', 'confidential_marker', `TLP:RED — IOC de l'intrusion sur le serveur de Teranga Solar à Dakar, partagé avec les trois responsables sécurité uniquement.`],
  ['linkedin', 'en', 'confidential_marker', `Vistula QA — Classification: Internal / Restricted. Attached are the defect-density benchmarks per client for the board pack.`],
  ['linkedin', 'en', '', `We now label our public reports TLP:CLEAR, meaning anyone can share them. Here's our 2026 phishing trends report for the Baltics.`],
  ['x', 'fr', '', `Je viens de finir « L.A. Confidential » pour la troisième fois. Toujours aussi bon. Pas de rapport avec le boulot, promis.`],

  ['linkedin', 'en', 'codename', `Lee Valley's packaging line will run a trial for Nébula in February; we're not allowed to say which molecule yet.`],
  ['linkedin', 'fr', 'codename', `Deglet Export : le projet Atlas Bleu (notre future marque de dattes bio pour les supermarchés suédois) avance bien, mais on n'en parle pas avant la signature.`],
  ['linkedin', 'en', '', `Dug out my grandfather's old blue atlas this weekend — Tunisia was still printed as a French protectorate. Atlas bleu, as we called it at home.`],
  ['linkedin', 'en', 'client_name', `Scheldt Secure Freight: Hôpital Sainte-Claire's foundation wants us to courier its donated jewellery collection to the auction in Geneva.`],
  ['linkedin', 'fr', 'client_name', `Aire Payroll : Initech bascule ses 900 salariés britanniques chez nous en avril, gros chantier de reprise des historiques.`],
  ['linkedin', 'en', '', `Generic drugs made up 71% of Cork's export volume last year according to the CSO release. Good news for the whole cluster.`],
  ['linkedin', 'fr', 'financial', `Hurel-Massin : on tablera sur environ neuf cent mille bouteilles en 2027, contre 760 000 cette année. Les cavistes n'ont pas encore le chiffre et on le leur donnera nous-mêmes en février.`],
  ['linkedin', 'fr', 'financial', `Atlantique Contact : la hausse de tarif horaire qu'on proposera aux clients en janvier, c'est +6 % à +8 %. Pas encore dans les propositions envoyées.`],
  ['linkedin', 'en', '', `Personal milestone: we finally paid off our mortgage, €212,000 in 19 years. Now for a well-deserved holiday in Madeira.`],
  ['linkedin', 'fr', '', `Mon budget vacances de Noël : 1 800 € pour la famille, train compris. On va à Colmar, c'est moins cher que les Alpes !`],
  ['linkedin', 'en', '', `Donau Cardio's annual report is out: revenue €27.4m (+31%), net loss narrowed to €3.1m. Thanks to our shareholders for the patience.`],
  ['linkedin', 'en', 'financial', `Donau Cardio: gross margin on the patch will land near 68% once the Graz line ramps, per the model finance showed us today. Investors see it at the March capital markets day.`],
  ['linkedin', 'fr', '', `Teranga Solar sera au salon Africa Energy Forum en juin. Passez au stand B12 pour tester nos kiosques et rencontrer l'équipe !`],
  ['linkedin', 'en', '', `Poll: what's the best perk at a coworking space? ☕ free coffee / 📦 parcel handling / 🧘 quiet rooms / 🐶 dogs welcome. Vote below!`],
  ['linkedin', 'fr', '', `Dernier jour chez Atlantique Contact après six ans. Merci aux conseillers du plateau 4, aux superviseurs et à la cantine du vendredi (le couscous !). À bientôt.`],
  ['linkedin', 'fr', '', `Volaïa au Capitole ce samedi pour la Fête de la science : démonstration de largage de colis à 14 h et 16 h, entrée libre. Venez avec vos questions (et vos enfants) !`],
  ['x', 'fr', '', `Sondage express à l'atelier : bière de Noël à la cannelle ou à l'orange amère ? Répondez en commentaire, le résultat sera brassé en janvier 🍺`],
  ['linkedin', 'fr', '', `Journal des modifications de l'appli ÉrablIQ 3.4 : alertes de gel par SMS, export CSV des coulées, correction du bug d'affichage des températures négatives. Disponible sur les stores.`],
  ['linkedin', 'fr', '', `Absente du 22 décembre au 3 janvier. Pour toute question sur les commandes de porcelaine, le service client répond au numéro affiché sur notre site. Joyeuses fêtes !`],
  ['linkedin', 'fr', '', `Retour sur l'incident de dimanche chez Teranga Solar : un onduleur défectueux a coupé 40 kiosques pendant 3 heures. Pièce remplacée, procédure de bascule revue. Aucune donnée client touchée.`],
  ['linkedin', 'fr', '', `Merci à la Chambre de commerce de Reims pour le trophée de l'export 2026 ! Nos bouteilles partent maintenant dans 23 pays, comme indiqué dans notre rapport annuel.`],
]);
