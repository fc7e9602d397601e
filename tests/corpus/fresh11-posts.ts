import { rows } from './corpus-types';

/**
 * Held-out set "fresh11": written 2026-12-03 (08:30-08:38 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh10), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh11`. First scored 2026-12-03 08:43 UTC on the rules of e62aece (after the fixes from
 * fresh7 to fresh10): confidentiality macro F1 0.965, 3.2 % of clean posts flagged (3 of 94); every category at 0.906 or
 * above (financial the weakest, 0.906; confidential_marker 0.909). Its misses were then fixed, so later scores no longer
 * estimate anything.
 *
 * Authors: a Norwegian salmon farm's export desk, a Marseille soap maker, a Swiss watch e-commerce, a wooden-toy
 * manufacturer in the Jura, a ferry company in Brittany, a regional newspaper in the Berry, a coworking chain in
 * Brussels, a fertility clinic, a drone delivery start-up in Rwanda, a music festival in Nantes, a steelworks in
 * Dunkirk, a hearing-aid retailer, a wine merchant in Bordeaux, a crypto exchange's compliance team, a hospital
 * laundry service, a game localisation studio in Kraków, and a few one-off authors (an olive-oil exporter in Jaén,
 * a ceramics workshop in Faenza, a greenhouse in the Westland, an organ builder in Saxony, a maple-syrup
 * co-operative in Québec, a bus operator in Silesia, a cork producer in the Alentejo, a US and a UK subsidiary).
 * Forms: signatures, pasted logs, configs and CLI output, tables, job offers, event invites, farewell posts, reposts
 * with a comment, replies (surface 'comment'), dialogues, X threads and long premium posts; leaks hidden in P.S.,
 * parentheses and quoted e-mails. Every IBAN, card and national id given as a finding was computed and checked
 * (length and mod-97, Luhn, the id's own checksum) with a throw-away script; the clean look-alikes fail a checksum,
 * are masked, or are documented specimens described as such. About 40 % of the posts are clean: hard look-alikes
 * of every category (public senses of the codenames and clients, published results, promises of confidentiality,
 * order and lot numbers, documented test keys, localhost tutorials) and ordinary everyday posts.
 */
export const FRESH11_POSTS = rows('fresh11', [
  // — Norwegian salmon farm, export desk —
  ['linkedin', 'en', 'financial', `Export desk wrap-up before the Christmas rush 🐟
Q4 volumes to France are running 18% above last year and our realised price is NOK 91.4/kg against a budget of 84. The board sees the numbers on Thursday and they won't be in the interim report before 12 February, so this is just between us and the people who made it happen. Takk, team Senja!`],
  ['x', 'en', '', `Harvested 4,200 tonnes in Q3 — that's straight from the quarterly report we published last week. Proud of the Senja and Lofoten crews. 🐟🇳🇴`],
  ['linkedin', 'en', 'phone email', `Happy to connect with buyers at Seafood Expo Global in Barcelona next April. Stand 4-221, come for the gravlax.

Ingrid Solberg
Export Sales Manager — France & Benelux
Vestfjord Laks AS
M: +47 917 34 582
ingrid.solberg@vestfjordlaks.no`],
  ['linkedin', 'en', 'iban', `Notice to our French and Belgian customers: following the merger of our two Norwegian banks, payments for invoices issued from 1 January should go to NO89 6116 2141 952 (BIC DNBANOKKXXX). Old account closes in March. Thanks for updating your supplier records!`],
  ['x', 'en', '', `Sea lice count this week at our Lofoten site: 0.12 adult females per fish. Reporting is mandatory and public on BarentsWatch — transparency matters in this industry.`],
  ['linkedin', 'en', '', `⚠️ Fraud warning for our customers: fake invoices in our name are asking you to pay to NO69 7633 8041 922. That account is not ours (the number isn't even a valid IBAN). We never change bank details by e-mail — call your usual contact.`],
  ['linkedin', 'en', 'confidential_marker', `Quick share from the export side, because I think the logistics story deserves it:

"INTERNAL — NOT FOR DISTRIBUTION. Air freight allocation Oslo–Paris CDG, week 51: 14 ULDs per day, priority to fresh head-on gutted 4-5 kg."

Fourteen containers of salmon a day, for one week. That's Christmas in France.`],

  // — Marseille soap maker —
  ['linkedin', 'fr', '', `Savon de Marseille 72 % d'huile d'olive, cuit au chaudron pendant dix jours, séché quatre semaines. On ne fait pas plus vite, et on ne veut pas. Visite de l'atelier tous les samedis à 10 h, gratuite.`],
  ['linkedin', 'fr', 'financial', `Je ne peux pas tout dire mais je suis trop contente 🧼 Une enseigne nationale nous a confirmé le référencement de nos cubes dans 300 magasins. Ça représente à peu près 1,2 M€ de chiffre d'affaires en plus sur 2027, presque le double de notre année. Pas encore annoncé, on attend la signature du contrat en janvier !`],
  ['x', 'fr', 'phone', `Commandes pro pour les fêtes (CE, hôtels, épiceries fines) : appelez directement l'atelier au 04 91 54 27 83, du lundi au vendredi 9 h-17 h.`],
  ['linkedin', 'fr', '', `Chaque cube est tracé : lot 26-311-0457, fabriqué le 03/11/2026, code EAN 3 760 123 450 018 sur l'étiquette. Si un client a un souci, on retrouve la cuve et le jour de coulée en deux minutes. La traçabilité, c'est aussi ça l'artisanat.`],
  ['linkedin', 'fr', 'email', `On recrute un·e saponifica·teur·trice en CDI ! Vous aimez le travail manuel, la chaleur et l'odeur de l'huile d'olive chaude ? Envoyez votre CV à recrutement (at) savonnerie-vieuxport (point) fr. Pas besoin de diplôme, on forme.`],
  ['linkedin', 'fr', 'codename', `Teasing 😇 Le nouveau savon au lait d'ânesse et à la fleur d'immortelle — nom de code Nébula à l'atelier — sortira au printemps. Les premiers tests sur peaux sensibles sont excellents.`],
  ['x', 'fr', '', `Le secret de notre savon ? Aucun. De l'huile, de la soude, du temps. Tout le reste c'est du marketing 😄`],

  // — Swiss watch e-commerce —
  ['linkedin', 'en', 'national_id', `Welcome aboard Luca, our new head of after-sales! 🎉 Luca spent 12 years at a Vallée de Joux manufacture before joining us.
(HR: his AVS is 756.9408.8012.80, please add it to payroll before Monday — sorry for the public ping, Teams is down)`],
  ['linkedin', 'fr', '', `Rappel pour les nouveaux arrivants : le numéro AVS a la forme 756.1234.5678.97 (c'est l'exemple de la documentation officielle, pas un vrai numéro). Ne l'envoyez jamais par e-mail à un candidat, passez par le portail RH.`],
  ['x', 'en', 'card', `PSA from customer care: a buyer pasted their full card in our chat today, 4556 3483 7803 1887 exp 09/28, CVV included. We deleted the transcript. Please, never do this, no watch shop will ever ask for it.`],
  ['linkedin', 'en', 'financial', `Black Friday week, by the numbers, because this team deserves it:
• GMV CHF 3.4m
• conversion 2.9%
• average order CHF 1,870
Numbers stay internal until the group publishes its annual figures in March, but I couldn't not celebrate. ⌚`],
  ['linkedin', 'en', '', `Testing a checkout integration this weekend? Stripe's documented test card 4242 4242 4242 4242 with any future expiry and any CVC works in test mode. Never use a real card in staging.`],
  ['x', 'en', 'secret', `whoever wired the new Shopify→Stripe bridge: the restricted key rk_live_xzW4ZHn0bcWfRkTjB183GDgJ is sitting in the README of the public repo. rotate it now pls 🙏`],
  ['linkedin', 'en', 'client_name', `Thrilled that our concierge service will handle the corporate gifting programme for Globex next year: 600 engraved pieces for their long-service awards. Started in a Geneva flat, now this.`],
  ['linkedin', 'en', '', `Anyone else trading CME Globex futures in the evening after work? The overnight session on gold was wild yesterday. (Personal account, nothing to do with my job selling watches.)`],

  // — Wooden toys, Jura —
  ['linkedin', 'fr', '', `Moirans-en-Montagne, capitale du jouet depuis 150 ans. Cette année nos toupies en hêtre du Jura sont dans la sélection « Made in Europe » du salon de Nuremberg 🎉 Merci aux tourneurs de l'atelier.`],
  ['linkedin', 'fr', 'client_name financial', `Grosse nouvelle pour l'atelier : Globex nous commande 48 000 coffrets de Noël pour 2027. On parle d'environ 1,9 M€, le contrat n'est pas encore signé donc motus, mais je voulais remercier l'équipe commerciale qui a tenu bon pendant huit mois.`],
  ['linkedin', 'fr', 'confidential_marker', `Fier de la précision de nos usineurs. Extrait de la fiche technique de l'essieu du petit train :
« DIFFUSION RESTREINTE — ne pas diffuser hors bureau d'études. Tolérance d'usinage Ø8 : ±0,05 mm, hêtre étuvé, humidité < 9 %. »
Du bois, mais au centième.`],
  ['x', 'fr', '', `Notre petit train en bois est testé selon la norme EN 71-3 (migration des métaux lourds). Les rapports du labo sont publics sur notre site, fiche par fiche.`],
  ['linkedin', 'fr', 'internal_url', `Pour les collègues de l'atelier qui n'ont pas accès à la messagerie : le planning des congés de fin d'année est en ligne sur http://intranet.jouets-jura.lan/planning/2026-12, pensez à valider avant vendredi.`],
  ['linkedin', 'fr', 'codename', `Dernière semaine avant la retraite pour Michel, 41 ans de tournage sur bois 🪵 Son dernier projet aura été le prototype du cheval à bascule connecté, Project Kestrel, qu'il a fini par dompter. Merci pour tout, Michel.`],
  ['linkedin', 'fr', '', `Mon fils de 6 ans m'a demandé pourquoi on ne fait pas de jouets en plastique. Je lui ai répondu que le hêtre, lui, finit en compost. Il a trouvé ça « nul » et il est reparti jouer avec sa toupie. En bois.`],

  // — Brittany ferry company —
  ['linkedin', 'fr', 'secret internal_url', `Enfin migré le moteur de réservation vers Postgres 16 🚢 Merci à l'équipe infra pour la nuit blanche. Pour ceux qui reprennent l'astreinte, la variable à mettre dans le .env :
DATABASE_URL=postgres://booking_svc:Br3izh-Ferry!2026@10.20.4.17:5432/reservations`],
  ['x', 'fr', '', `Traversée Roscoff–Plymouth de demain 6 h 30 annulée à cause de la tempête Caoimhe. Report automatique sur le départ de 15 h. Infos et remboursements sur notre site, pas par DM svp.`],
  ['linkedin', 'en', 'phone', `Stuck because of Storm Caoimhe? Our teams are rebooking everyone for free. UK passengers: Freephone 0800 015 4321. From France: +33 2 98 29 28 00. Lines open until 22:00 tonight.`],
  ['linkedin', 'en', 'financial', `Summer season closed! Passenger numbers up 11% and yield per crossing at €212, well ahead of plan. Sharing with the crew first: the board approves the 2027 fleet budget on the 15th, roughly €140m for the LNG conversion of two ships. Not public yet, so keep it on board. ⛴️`],
  ['linkedin', 'fr', 'codename', `Le projet Orion entre en recette la semaine prochaine : nouvelle appli de réservation, embarquement par QR code, cartes de fidélité dans le wallet. Merci à toute l'équipe digitale de Roscoff !`],
  ['x', 'en', '', `Saw Orion rising over the Channel from the bridge wing on the night crossing. Best commute in the world.`],
  ['linkedin', 'fr', '', `Le Pont-Aven a 22 ans. 2 400 passagers, 650 voitures, et toujours la même crêperie à bord. Ce matin, la commandante nous a offert un kouign-amann pour fêter ses 1 000 traversées.`],

  // — Regional newspaper (Berry) —
  ['linkedin', 'fr', 'confidential_marker', `Sous embargo jusqu'au 12 décembre 6 h — merci de ne pas relayer avant : notre enquête de six mois sur les marchés publics de voirie du département sort en une, avec les documents. Bravo à Camille et Youssef.`],
  ['linkedin', 'fr', '', `Notre rédaction recrute un·e journaliste sportif·ve en CDI, basé·e à Bourges. Foot amateur, rugby, handball, et un week-end sur deux. Candidatures via la page carrières du journal.`],
  ['x', 'fr', 'email', `Un tuyau, une info, un document ? Écrivez à la rédaction : redaction.bourges@courrierduberry.fr — on protège nos sources.`],
  ['linkedin', 'fr', 'financial', `Chiffres du mois, tout chauds, pas encore présentés au CSE : 41 300 abonnés numériques, churn mensuel 2,1 %, ARPU 9,40 €. On n'a jamais été aussi lus. Le papier n'est pas mort, il a juste changé d'écran.`],
  ['linkedin', 'fr', '', `« Confidentiel », c'est le nom de notre nouvelle série de podcasts sur les coulisses de la rédaction : comment on vérifie un témoignage, comment on protège une source, pourquoi on renonce parfois à publier. Épisode 1 en ligne !`],
  ['x', 'fr', 'phone', `Journal pas livré ce matin ? Le service abonnés répond au 02 48 67 40 00 du lundi au samedi, 7 h-12 h. Désolés pour la tournée de Vierzon, le porteur est malade.`],
  ['linkedin', 'fr', '', `Correction : dans notre édition du 28/11, page 7, le nombre d'habitants de Saint-Amand-Montrond est de 9 431 et non 94 310. Merci aux lecteurs attentifs (et aux autres aussi).`],

  // — Brussels coworking chain —
  ['linkedin', 'en', 'secret', `New space in Saint-Gilles is open! Members can drop in from today. Guest Wi-Fi is "Hive-Guest", password: Koekelberg#2026! — coffee is on us all week ☕`],
  ['linkedin', 'fr', '', `Nouvel espace à Ixelles : 120 postes, 6 salles de réunion, une terrasse plein sud et un vélo-parking sécurisé. Portes ouvertes jeudi de 17 h à 20 h, on vous attend !`],
  ['linkedin', 'en', 'national_id', `Onboarding fix for our member desk team: the registration form was rejecting Belgian national numbers with a dot. Tested with Jonas's, 85.03.12-775.89, works now. Thanks Jonas for being our guinea pig!`],
  ['linkedin', 'fr', 'iban', `Pour régler votre abonnement flex par virement : BE90 7236 6992 7483, communication structurée = votre numéro de membre. La domiciliation arrive en janvier.`],
  ['linkedin', 'en', 'client_name', `Proud to host the Initech regional team in our Louise space from January: 40 desks, private phone booths, their branding on the door. Flexible space is growing up.`],
  ['linkedin', 'en', '', `Rewatched Office Space last night. Every coworking manager should see the Initech printer scene at least once a year, just to remember why we invest in good printers.`],
  ['linkedin', 'mixed', 'email', `Merci à tous pour l'apéro de lancement! For those who asked: the community manager for Flagey is Sarah, reach her on sarah.vdb@hivecowork.be — elle parle FR, NL, EN et un peu de wallon.`],

  // — Fertility clinic —
  ['linkedin', 'fr', '', `Journée de la fertilité : nos biologistes répondent à vos questions en live jeudi à 18 h. Questions anonymes bienvenues, et bien sûr vos données restent strictement confidentielles.`],
  ['linkedin', 'fr', 'national_id', `@Sophie le dossier de transfert est toujours bloqué côté caisse : la patiente a bien le NIR 2 91 11 13 055 001 17, tu peux relancer la CPAM stp ? Merci 🙏`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Our IVF live-birth rate per transfer reached 46% this year, and the clinic is at €8.7m revenue, 23% over budget. The group only communicates its numbers at the investor day in February, so keep it in the family for now — but team, you did this. 💙`],
  ['x', 'en', '', `Clinic hours over the holidays: 8:00–18:30, closed 25/12 and 01/01. Egg retrieval slots from 2026-12-14 to 2026-12-19 are fully booked.`],
  ['linkedin', 'fr', 'confidential_marker', `Très fière du travail de l'équipe sur le nouveau protocole de stimulation douce. Je partage l'intro :
« Document interne – C3 Restreint. Protocole PSD-2027 : réduction de 30 % des doses de FSH chez les patientes de moins de 35 ans… »
La médecine qui écoute les patientes 💜`],
  ['linkedin', 'fr', 'email phone', `Préservation de la fertilité avant un traitement du cancer : ne restez pas seules avec vos questions. Contact direct : Dr Anne Keraudren, anne.keraudren@clinique-naissance.fr, 01 44 17 62 90.`],

  // — Drone delivery, Rwanda —
  ['x', 'en', '', `1,000th blood delivery to a district hospital today 🩸 22 minutes average flight time, figures from our published impact report. Murakoze to the Muhanga nest team!`],
  ['linkedin', 'en', 'secret', `Friday debugging story. Our telemetry uploader kept failing and the log said it all:

2026-11-27T14:02:11Z ERROR upload failed 401
  Authorization: Bearer eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLWZlcnJ5LWJvb2tpbmciLCAiaWF0IjogMTc5NjIwMDAwMCwgInJvbGUiOiAiYWRtaW4ifQ.JrRMDDfNSpL_Wo8Ebu1W_T7wmZIqHY9fzEpGYi2CSem

Token was fine, clock on the drone was 3 days off. Always check NTP.`],
  ['linkedin', 'en', 'phone', `Hospital partners: our Kigali operations centre is reachable 24/7 on +250 788 123 456 for emergency orders. Average dispatch time is now under 7 minutes.`],
  ['linkedin', 'en', 'financial', `Quietly celebrating tonight 🥂 We signed our Series B term sheet at a $90m pre-money valuation. The announcement is planned for January with the lead investor, so until then, mum's the word.`],
  ['linkedin', 'en', 'internal_url', `Flight ops folks: the new wind-shear dashboard is live at https://wx.ops.internal/kigali/nests — check it before the afternoon launches during the rainy season. Feedback welcome in the channel.`],
  ['x', 'en', '', `Weekend project: ArduPilot SITL on localhost:5760 with Mission Planner connected, simulating a 40 km delivery route. Yes, I fly drones at work AND at home.`],
  ['linkedin', 'en', 'codename', `Huge milestone for the Kestrel team: first BVLOS night flight with a 2 kg payload, fully autonomous landing at the Nyagatare nest. Can't say more yet, but wow.`],

  // — Nantes music festival —
  ['linkedin', 'fr', '', `Line-up complet dévoilé ! 3 jours, 45 artistes, quai des Antilles. Billetterie ouverte samedi 10 h, tarif solidaire maintenu à 15 €.`],
  ['linkedin', 'fr', 'confidential_marker', `Petit indice pour les fans 😏 notre tête d'affiche 2027 a joué à Coachella cette année et chante en trois langues. (Embargo jusqu'au 20 janvier, merci de ne pas partager le nom si vous le devinez.)`],
  ['x', 'fr', 'secret', `Bénévoles de l'accueil artistes : l'accès à la billetterie pro c'est l'identifiant benevole-accueil, mdp : Erdre2027-Backstage. Ne le perdez pas 😅`],
  ['linkedin', 'fr', 'financial', `Bilan interne de l'édition 2026 : 61 000 festivaliers, 3,1 M€ de recettes billetterie et un déficit d'environ 180 k€ à cause de l'orage du samedi. On ne le communique qu'à l'AG de l'association en février, mais je tenais à remercier les 900 bénévoles.`],
  ['linkedin', 'fr', 'phone', `Objets trouvés du festival : on a 214 gourdes, 38 vestes et un tuba 🎺. Appelez le 02 40 35 71 19 ou passez au local rue de Gigant jusqu'au 15 décembre.`],
  ['x', 'en', '', `Each wristband carries a code like FEST-2026-0483-1192 so refunds can be traced without storing your name. Privacy by design, even at a festival.`],
  ['linkedin', 'fr', 'secret', `Petit bot Discord pour prévenir les bénévoles des changements de planning, codé ce week-end ! Si ça intéresse d'autres festivals, le webhook à brancher dans votre script :
https://discord.com/api/webhooks/3295196231065258651/0ijmpoXCHgi4eLgHKqx4W_PY1HuQhmsL7h50a5yWWqw7SHKguw43-4Gbv1DpQu048ZtJ`],

  // — Dunkirk steelworks —
  ['linkedin', 'fr', '', `Coulée continue n° 2 redémarrée cette nuit après trois semaines de maintenance. 280 intervenants, zéro accident. Bravo aux équipes de Dunkerque.`],
  ['linkedin', 'fr', 'codename financial', `Project Kestrel (le four électrique) : le comité d'investissement a validé hier 1,1 milliard d'euros. L'annonce officielle est prévue en janvier avec le ministre, mais après quatre ans de travail je ne pouvais pas garder ça pour moi.`],
  ['x', 'en', '', `A kestrel has been nesting on the gantry of blast furnace 4 for three springs now. The crane operators call her Madame and nobody is allowed to disturb her.`],
  ['linkedin', 'en', 'internal_url', `Sharing a little win for our maintenance team: alarms on the sinter plant dropped from 1,400 to 310 a day after tuning. Exported from http://scada-hf4.corp.acme.com/alarms?from=2026-11-01&to=2026-11-30, the curve speaks for itself.`],
  ['linkedin', 'fr', 'confidential_marker', `Le plan de charge 2027 des hauts-fourneaux vient de tomber, je vous mets l'en-tête tellement je suis content :
« USAGE INTERNE UNIQUEMENT – Ne pas diffuser. HF4 : 100 % sur l'année, HF2 : arrêt prévu de mai à juillet. »
Du boulot pour tout le monde !`],
  ['linkedin', 'en', '', `Our CO2 intensity fell to 1.71 t per tonne of steel in 2025, as published in our sustainability report. Long way to go, and the electric furnace decision will be announced by the group when it's ready.`],
  ['linkedin', 'fr', '', `35 ans à l'aciérie, je pars en retraite vendredi. Des coulées de nuit, des copains, des odeurs de soufre et la mer du Nord derrière la fenêtre. Merci à tous, on se retrouve au club de pétanque.`],

  // — Hearing-aid retailer —
  ['linkedin', 'fr', '', `Dépistage auditif gratuit dans nos 120 centres du 1er au 15 décembre. 15 minutes, sans ordonnance, et on vous explique vraiment votre audiogramme.`],
  ['linkedin', 'fr', 'phone', `Vous ou un proche faites répéter tout le monde ? Prenez rendez-vous au 0 800 94 12 37 (service et appel gratuits) ou directement en centre.`],
  ['linkedin', 'fr', 'financial', `Les résultats du trimestre ne sont pas encore publiés mais je peux vous dire qu'on a fait entre 14 et 15 millions de chiffre d'affaires, record absolu, porté par le 100 % Santé. Fière de nos audioprothésistes !`],
  ['x', 'fr', 'email', `Une réclamation sur votre appareil ? Écrivez-nous : sav [at] audition-plus [point] fr, réponse sous 48 h.`],
  ['linkedin', 'fr', 'client_name', `Fiers d'équiper les soignants du bloc de l'Hôpital Sainte-Claire en protections auditives sur mesure. 180 paires moulées ce mois-ci, et les retours sont excellents.`],
  ['x', 'fr', '', `Nouvelle gamme rechargeable : 30 h d'autonomie, firmware 4.12.3.7, appairage Bluetooth LE Audio. Dispo en centre dès lundi.`],

  // — Bordeaux wine merchant —
  ['linkedin', 'fr', '', `Primeurs 2025 : notre sélection de 40 châteaux est en ligne. Dégustation à la boutique des Chartrons samedi de 11 h à 18 h, sans réservation.`],
  ['linkedin', 'en', 'financial', `Allocation season update for the team: we've already pre-sold 62% of our 2025 en primeur book to Asian importers, at a margin around 14%. The board gets the figures next week and they're not for publication, but what a campaign. 🍷`],
  ['linkedin', 'fr', 'iban', `Clients professionnels : suite à notre changement de banque, merci de mettre à jour nos coordonnées. IBAN FR76 2024 4418 5218 6726 4284 865, BIC CMCIFRPP. Les anciens virements seront reversés jusqu'au 31 janvier.`],
  ['x', 'fr', '', `Attention arnaque : de faux mails à notre nom demandent un virement sur FR50 9555 3723 9753 1143 2094 93. Ce n'est pas nous (et ce n'est même pas un IBAN valide). Nous ne changeons jamais de coordonnées par mail.`],
  ['linkedin', 'en', '', `Meet Orion, our new cellar cat and sworn guardian of the 2018 Pauillac. Applications to pet him must be submitted in writing to the head cellar master.`],
  ['linkedin', 'fr', 'card', `Petit rappel aux équipes boutique, avec un vrai exemple du jour (ticket de caisse recopié par un collègue dans le carnet, à ne plus faire) :
« Cde 88213 – paiement refusé – carte 5412 5466 5253 2717 exp 04/27 – rappeler le client »
On ne note jamais un numéro de carte, nulle part.`],
  ['linkedin', 'fr', 'client_name', `Belle dégustation hier soir pour les cadres de la Société Générique : 12 crus bourgeois à l'aveugle, et leur directeur financier a reconnu le Listrac. Respect.`],
  ['linkedin', 'fr', '', `Visite des chais de la Société Générale de Négoce de Libourne avec l'école de sommellerie, une maison de 1902. Archives magnifiques, caves immenses. Merci pour l'accueil !`],

  // — Crypto exchange, compliance —
  ['linkedin', 'en', '', `MiCA licence, day 1 survival guide: travel rule, sanctions screening, and a lot of coffee. We're hiring compliance analysts in Paris and Lisbon — DM me.`],
  ['linkedin', 'en', 'national_id', `Training material for our new KYC analysts, from a real rejected case this week: Portuguese NIF 273338706, name on the ID didn't match the bank statement, selfie taken from a screen. Three red flags in one file.`],
  ['x', 'en', 'secret', `compliance tip: don't paste your exchange API credentials into "support" Telegram chats. Like the one we saw today: api_key=Syu239zAnn21iyqjFcl5X67d secret=KY*%ZIEOU5nN0eVqG6. That account is frozen now.`],
  ['linkedin', 'en', '', `We've published our latest proof of reserves: 1.02x coverage, attested by an external auditor. Merkle root 6cad86f83b419b9eebe254168bbc709cab64e286 if you want to verify your own balance is included.`],
  ['linkedin', 'en', 'financial', `Hard month. Trading volume fell 38% in November and we're burning about $2.1m a month. Runway will come up at Thursday's all-hands; investors haven't been told yet. I still believe in what we're building.`],
  ['linkedin', 'en', 'confidential_marker', `What good AML work looks like, straight from our internal playbook (STRICTLY CONFIDENTIAL — do not forward): "Escalate any cluster of more than 5 deposits under €1,000 from the same IP within 24 hours."`],
  ['linkedin', 'en', '', `Our security.txt now lists our PGP key fingerprint for vulnerability reports: 3F2A 91C4 0B7E 5D18 6A23 9F44 C1E0 7B52 88D3 0A61. Public by design — that's the point of it.`],

  // — Hospital laundry service —
  ['linkedin', 'fr', 'client_name', `Nouveau marché remporté ! Le linge de l'Hôpital Sainte-Claire sera traité dans notre blanchisserie de Villeneuve dès le mois de mars. 3 tonnes par jour de plus, on recrute.`],
  ['linkedin', 'fr', '', `8 tonnes de linge par jour, 24 h de délai, une puce RFID dans chaque blouse. Métier invisible, métier essentiel. Merci aux équipes de nuit.`],
  ['linkedin', 'fr', 'financial', `Entre nous : le budget 2027 voté hier en comité de direction prévoit 2,4 M€ d'investissement dans un nouveau tunnel de lavage et une hausse de nos tarifs de 6 %. Les clients seront informés en janvier, pas avant.`],
  ['x', 'fr', 'internal_url', `Chefs d'équipe : le suivi RFID des chariots est désormais sur http://192.168.40.12:8080/rfid et plus sur l'ancien poste de la laverie.`],
  ['linkedin', 'fr', 'email', `On recrute des chauffeurs-livreurs (permis C) pour la tournée des hôpitaux du Val-de-Marne. CDI, horaires de jour. CV à m.lefloch@blanchisserie-hospitaliere.fr ou directement au quai de chargement.`],
  ['linkedin', 'fr', '', `La Sainte-Claire, c'est aussi notre fête à la blanchisserie : notre doyenne s'appelle Claire et elle a 62 ans, dont 40 passés à plier des draps. Bonne fête Claire !`],

  // — Game localisation studio, Kraków —
  ['linkedin', 'en', 'national_id', `Oops, pasting this here by mistake was a great lesson for our new HR tool rollout: "Kasia's PESEL 92080374146 is wrong in the contract template, please regenerate". Kasia has agreed to let me keep it as a cautionary tale. Kind of.`],
  ['linkedin', 'en', 'codename confidential_marker', `Just finished localising 180,000 words of Atlas Bleu into Polish, Czech and Ukrainian. It's all under NDA so no screenshots, but what a ride for our narrative team.`],
  ['x', 'en', '', `Polish has 7 grammatical cases and your string concatenation will not survive any of them. Localisation tip #12: use ICU MessageFormat.`],
  ['linkedin', 'en', 'secret', `Our CAT tool ↔ DeepL integration finally works 🎉 Config for anyone curious:

mt:
  provider: deepl
  deepl_api_key: 075f93630f99b26dba3b89eeece1b79f:fx
  glossary: ui-terms-pl`],
  ['linkedin', 'mixed', '', `Dziękuję wszystkim! 10 years of the studio today. From 3 translators in a flat in Kazimierz to 140 people in 4 countries. Sto lat!`],
  ['linkedin', 'en', 'financial', `We've signed four AAA titles for 2027, roughly 9.5 million złoty of bookings. The press release is scheduled after the publishers announce their games, so please don't share, but I'm bursting with pride.`],

  // — one-off authors: ids and banking —
  ['linkedin', 'en', 'national_id', `Welcome to Miguel, our new warehouse lead in Jaén! 🫒 (Miguel, your DNI 24598511B still shows on the badge printout at reception, HR is fixing it today.)`],
  ['linkedin', 'fr', '', `Pour nos partenaires espagnols : le DNI comporte 8 chiffres et une lettre de contrôle, par exemple 12345678Z dans la documentation officielle. Notre formulaire vérifie la lettre automatiquement.`],
  ['linkedin', 'en', 'national_id', `Relocation tip for anyone moving to Spain for work: get your NIE before anything else. Mine is Y4500092H and it took three weeks and two appointments. Bank, flat, phone contract all depend on it.`],
  ['linkedin', 'fr', 'national_id', `Nouveau fournisseur d'émail à Faenza, on a enfin reçu la fiche d'inscription. Pour la compta (désolé de le poster ici, le mail est en panne) : codice fiscale du gérant RSSGPP75C12H501L.`],
  ['x', 'en', '', `Every Italian form tutorial uses the same specimen codice fiscale, RSSMRA85T10A562S. Mario Rossi must be the most registered man in Italy.`],
  ['linkedin', 'en', 'national_id', `Seasonal workers for the tomato harvest, please bring your ID and BSN on day one. Example from this morning's intake so you know what we check: 703726651, matched against the passport. Thanks to our HR team for 60 onboardings in two days!`],
  ['linkedin', 'en', '', `Small win for our greenhouse HR app: the BSN field now runs the eleven-test, so a typo like 538323561 is refused straight away instead of bouncing back from the tax office three weeks later.`],
  ['linkedin', 'en', 'national_id', `Payroll setup for our new apprentice voicer in Saxony done ✅ (Steuer-ID 27638965605, for Jana in accounting who asked). Organ building needs young ears!`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Mathieu dans l'équipe de la coopérative pour la saison des sucres 🍁 Mathieu, pour la paie il me manque juste ta confirmation : NAS 434 313 227, c'est bien ça ?`],
  ['linkedin', 'fr', '', `Rappel sécurité à la coop : sur les talons de paie, votre NAS apparaît masqué (*** *** 227). Si quelqu'un vous demande le numéro complet par courriel, c'est une fraude.`],
  ['linkedin', 'en', 'national_id', `Welcome Tom to our Leeds office! Tom, your NI number JG 40 31 77 B is the one we'll use for PAYE, shout if it's wrong.`],
  ['linkedin', 'en', '', `HMRC's example National Insurance number QQ 12 34 56 C is in our onboarding guide so people can see the format. The QQ prefix is never issued, which is exactly why it's used.`],
  ['linkedin', 'en', 'national_id', `Good news for our Ohio warehouse: the state background checks are back for all 14 new hires. Only one flag: Derek's file (SSN 565-11-7054) came back with his old address. Fixed.`],
  ['x', 'en', '', `078-05-1120 is the most misused SSN in history: it was printed on a sample card in wallets sold in 1938. Thousands of people used it as their own.`],
  ['linkedin', 'en', '', `Test data in our Silesian bus ticketing app looked too real, so we switched to generated PESELs that fail the checksum on purpose, e.g. 79021485137. Devs happy, data protection officer happy.`],
  ['linkedin', 'fr', 'national_id', `Contrat de stage de Lina prêt à signer 🎓 Il ne manque plus que la validation du numéro de registre national : 03.09.15-399.82. Bienvenue chez nous Lina !`],
  ['linkedin', 'en', 'national_id', `Cork harvest season in the Alentejo is over, and our seasonal team is fully paid. For the one invoice still blocked: contractor NIF 109012380, please re-enter it in the supplier portal.`],
  ['linkedin', 'fr', 'national_id', `Mon premier jour dans la boîte et déjà un dossier mutuelle qui bloque 😅 Le NIR que j'ai donné (1 84 07 75 112 229 32) était bien le bon, c'est le scanner qui avait mangé un chiffre.`],
  ['linkedin', 'fr', '', `Sur les nouvelles fiches de paie, le numéro de sécurité sociale est masqué : 1 84 07 75 *** *** **. Bonne nouvelle pour la confidentialité, mauvaise pour ceux qui le recopiaient au lieu de l'apprendre.`],
  ['linkedin', 'en', 'iban', `Invoicing tip for our UK distributors: please send GBP payments to GB91 BARC 4828 5641 5970 47 from now on, EUR ones stay on the Belgian account. Thanks!`],
  ['linkedin', 'fr', 'iban', `Pour la cagnotte du départ de Françoise (35 ans à l'accueil !), virement possible sur CH20 4497 9019 0761 1039 6, ou en liquide auprès de Marc. Pot vendredi à 16 h.`],
  ['linkedin', 'fr', '', `Le contrôle des IBAN dans notre ERP a attrapé une faute de frappe aujourd'hui : DE62 9255 6868 0442 0515 25 ne passe pas le modulo 97, le virement a été bloqué avant de partir. Les règles de validation, c'est ennuyeux jusqu'au jour où elles sauvent 48 000 €.`],
  ['linkedin', 'en', 'iban', `Our Polish subsidiary has a new account for złoty payments: PL15 1208 2253 4339 1209 2535 4986. Please update it in your AP systems before the January run.`],
  ['x', 'en', '', `Our payment API docs use the standard example IBAN GB29 NWBK 6016 1331 9268 19 in every sample. Please don't actually wire money to it.`],
  ['linkedin', 'mixed', 'iban', `Quick one pour nos fournisseurs italiens : new bank details, IBAN IT23 K517 9999 3849 8020 1768 419. Grazie e buone feste!`],

  // — cards —
  ['linkedin', 'en', 'card', `Expense report horror story: a colleague emailed me a photo of the company Amex so I could book the Lisbon hotel. Card 3782 009744 06324 exp 11/28. I'm sharing this (card now cancelled) so nobody does it again. Use the travel tool.`],
  ['linkedin', 'fr', '', `Carte bancaire refusée en boutique ? Sur le ticket vous verrez **** **** **** 0893, c'est normal, on ne conserve jamais le numéro complet.`],
  ['x', 'en', 'card', `support ticket of the day: "hi i want to change my card to 6011 3945 1004 0893 exp 02/29 thx" — sent as a public reply to our post. We hid it. Please use the account page.`],
  ['linkedin', 'en', '', `Fraud training: the card number on the slide, 4974 7929 9301 6492, is invented and doesn't even pass the Luhn check. Spot the other five red flags in the phishing page before the quiz.`],
  ['linkedin', 'fr', 'card', `Retour d'expérience RGPD : un stagiaire a mis dans le tableur partagé la carte de la société, 2223 9078 9923 2022, exp 07/27. On l'a fait opposer. Formation obligatoire pour tout le monde lundi.`],

  // — secrets and look-alikes —
  ['linkedin', 'en', 'secret', `Spent the morning tracking why our S3 backups failed. For the record, this was in the cron job of the old server:

export AWS_ACCESS_KEY_ID=AKIAZ3MNRO5LJGPY2D8Z
export AWS_SECRET_ACCESS_KEY=WoRaBc11QnodrZW92HY95qIoQbwTNRnmcxYO5P6i

Moved to instance roles. Never again.`],
  ['linkedin', 'en', '', `AWS tip for juniors: the key pair in the official docs, AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, is a documented placeholder. If you see it in a repo, it's a tutorial, not a leak.`],
  ['x', 'en', 'secret', `our GitHub Actions deploy kept failing and the culprit was a personal token pasted in the workflow: ghp_JEdEIUviPGUT0sEwUHOy6btilmyA6r8wN4FQ. Replaced by a GitHub App. lesson learned.`],
  ['linkedin', 'en', '', `Stripe's own docs use sk_test_4eC39HqLyjWDarjtT1zdp7dc in every example: a published test key that can't move real money. Still, we grep for "sk_live" in every PR.`],
  ['linkedin', 'fr', 'secret', `Petit tuto pour brancher les alertes de la laverie sur Slack (ça marche du tonnerre) :
curl -X POST -H 'Content-type: application/json' --data '{"text":"Tunnel 2 en défaut"}' https://hooks.slack.com/services/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`],
  ['linkedin', 'en', 'secret', `Shipping notifications to Teams in 10 lines of Python, for our export desk 🐟:

WEBHOOK = "https://acmecorp.webhook.office.com/webhookb2/48678b93-fb0b-bc18-18b5-e9454dbd2b66@c851b919/IncomingWebhook/a4a30028aa5c6d05e873f7da1f8080d0/52a78a00"
requests.post(WEBHOOK, json={"text": f"Truck {plate} left Senja"})`],
  ['x', 'fr', '', `Mot de passe oublié sur l'espace abonné ? Cliquez sur « réinitialiser », vous recevrez un lien valable 30 minutes. On ne vous demandera jamais votre mot de passe par téléphone.`],
  ['linkedin', 'fr', 'secret', `La newsletter du festival part enfin toute seule grâce à SendGrid ! Si vous voulez réutiliser le script, il suffit de changer la clé : SENDGRID_API_KEY=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`],
  ['linkedin', 'fr', 'secret', `Je déploie enfin notre petit assistant de traduction interne ! Pour les collègues qui veulent tester depuis leur poste, la clé de l'équipe : sk-proj-xka4E5UUYs7sDJB8qlaK-W24uwZu7gyqeKJrc5n1AZztQex7 (quota partagé, soyez raisonnables).`],
  ['linkedin', 'en', '', `Release 3.8.0 of our open-source subtitle toolkit is out. SHA-256 of the tarball: 9b1e0f2c7d84a6e35f0c21b9d8e47a60c3f5b2a918d7e64c0a5f31b2e8d9c470. Verify before you install.`],
  ['linkedin', 'en', 'secret', `Moving our staging box off the old VPS. If anyone still needs to SSH in before Friday, the deploy key is below (yes I know, it's only staging):

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBqV3Jm9cP0xR2kT7hYw1sLqZ8aN4dF6gE0vB5uH3tJcQAAAJgk2mRmJNpk
-----END OPENSSH PRIVATE KEY-----`],
  ['x', 'en', 'secret', `CI for the localisation pipeline is green again. the fix was literally adding "//registry.npmjs.org/:_authToken=npm_aSEWMIVYGB6k3jcps74zSk1gAdHdno4tSHwt" to the .npmrc on the runner 🙃`],
  ['linkedin', 'fr', '', `Conseil de la semaine de l'équipe sécurité : un gestionnaire de mots de passe, une phrase de passe longue, et la double authentification partout. Le reste, c'est du bonus.`],
  ['linkedin', 'en', 'secret', `Our SMS alerts for drone landings are live! Twilio setup for the curious: account SID AC55991d946d21fce3edea6fbbd37e913e, auth token 8ed1ba9e532c53041f39e52359156cd5. Took 20 minutes.`],
  ['x', 'fr', '', `Rapport de bug : l'export plante sur la commande 7f3c9a2e-41d6-4b8e-9f10-2c6d8a5b7e34. Corrigé dans le commit a3f9c2e, merci à Léa pour le repro.`],
  ['linkedin', 'en', 'secret', `Tip for our data team: the GitLab runner token for the forecasting repo is glpat-jw-h0mOzISYIUHANge37, use it in your local config until IT sets up SSO.`],
  ['linkedin', 'fr', 'secret', `Pour les nouveaux de l'équipe data : le modèle de prévision des ventes est sur le hub, jeton d'accès hf_LCdeDNcCkqRibyUVps7FlTSq2OkXqFjnRa en lecture seule, ne le commitez pas svp.`],

  // — e-mails and look-alikes —
  ['linkedin', 'fr', '', `Pour la doc de notre API, toutes les adresses des exemples sont du type client@example.com ou prenom.nom@example.org. Ne mettez jamais une vraie adresse dans un exemple.`],
  ['linkedin', 'en', 'email', `Farewell post 👋 After six years at the ferry company, I'm moving on to a wind-farm start-up in Brest. Thanks to every crew I sailed with. Stay in touch: yann.morvan.sea@gmail.com`],
  ['x', 'en', 'email', `Press enquiries about the festival line-up go to presse at festival-erdre dot fr, not to my DMs please 🙏`],
  ['linkedin', 'en', '', `Follow @VestfjordLaks and @SeafoodNorway for harvest updates, and use #salmonweek if you're at the expo. See you in Barcelona!`],
  ['linkedin', 'fr', 'email', `Réponse à la question de Pauline : oui, on prend les stagiaires en localisation ! Le mieux est d'écrire directement à Agnieszka, agnieszka.nowak@pixelword.pl, elle répond en français.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Connection strings in our tutorials always look like postgres://user:password@localhost:5432/demo. If your real one looks like that too, we need to talk.`],
  ['linkedin', 'mixed', 'email', `Forwarding this because the answer helps everyone:
> From: Hélène Duret <h.duret@savonnerie-vieuxport.fr>
> Objet : Re: glycérine végétale
> Oui, on peut livrer en IBC de 1 000 L dès février.
Voilà, sourcing sorted for 2027! 🧼`],
  ['x', 'fr', 'email', `Concours photo de la rédaction : envoyez vos plus beaux clichés du Berry enneigé à photos.lecteurs @ courrierduberry . fr avant le 20 décembre !`],

  // — phones and look-alikes —
  ['linkedin', 'fr', '', `Le journal du 02/12/2026 est en kiosque : 48 pages, dont un cahier spécial de 12 pages sur le foot amateur. Prix inchangé, 1,40 €.`],
  ['linkedin', 'fr', 'phone', `Pour les entreprises qui veulent venir visiter l'aciérie (sur réservation, EPI fournis), contactez Nadia à l'accueil : 03 28 29 61 45.`],
  ['linkedin', 'fr', '', `Pour joindre l'équipe, le numéro est affiché au bureau : 06 •• •• •• 47. Appelez plutôt le standard, les portables perso restent perso.`],
  ['x', 'en', 'phone', `Lost property from last night's ferry: a teddy bear, a Gibson guitar and 3 left shoes. Call lost & found on +44 1752 227 941.`],
  ['linkedin', 'fr', '', `Notre SIRET a changé suite au déménagement : 812 345 678 00047. Merci aux fournisseurs de mettre à jour leurs fiches, les factures à l'ancien numéro seront rejetées.`],
  ['linkedin', 'en', 'phone', `Our new wine club concierge line is open! Call Pauline on +33 5 56 44 18 72 for allocations, cellar advice or just to talk about the 2024 vintage.`],
  ['linkedin', 'en', '', `Nest coordinates for the new Huye site: -2.5961, 29.7394. Flights start in February, pending civil aviation approval.`],

  // — internal URLs and look-alikes —
  ['linkedin', 'en', 'internal_url', `Finance friends, the new month-end close checklist is at https://wiki.acme-corp.net/finance/close-checklist — it cut our close from 9 to 6 days. Credit to Aurélie.`],
  ['linkedin', 'fr', '', `Pour bien démarrer avec notre API : lancez le serveur en local, ouvrez http://localhost:3000/docs et testez les routes une par une. Tout est dans le tutoriel du dépôt public.`],
  ['x', 'en', 'internal_url', `if you're on the night shift at the laundry, the new incident form is at tickets.corp/laundry-night. old paper forms go in the recycling.`],
  ['linkedin', 'fr', '', `Enfin un intranet qui marche ! Après 3 ans de projet, les équipes de terrain ont un portail sur leur téléphone. Merci à la DSI.`],
  ['linkedin', 'en', 'internal_url', `Fixed the printing issue in the Kraków office: the queue was pointing to the old print server. New one is \\\\print01.krk.acme-corp.net\\studio-a3, add it from Settings → Printers.`],
  ['linkedin', 'en', '', `Home lab upgrade: Pi-hole on 192.168.1.53, Home Assistant on 192.168.1.20, and my router still at 192.168.1.1 because I'm not a monster.`],
  ['linkedin', 'fr', 'internal_url', `Astuce pour les vendeurs en boutique : le stock des 120 centres est consultable en temps réel sur https://stock.intranet.audition-plus.fr avant de dire « on ne l'a pas ».`],
  ['linkedin', 'en', 'internal_url', `Grafana for the festival ticketing is back up, sorry for the outage during the presale! Ops team: http://10.8.0.21:3000/d/tickets — same login as before.`],

  // — confidential markers and look-alikes —
  ['linkedin', 'en', '', `Watched L.A. Confidential again last night with the newsroom team. Still the best film about journalism and corruption that isn't technically about journalism.`],
  ['linkedin', 'fr', '', `Formation RGPD ce matin : comment classer un document (C1 Public, C2 Interne, C3 Restreint, C4 Secret) et qui décide du niveau. Très utile pour les nouveaux.`],
  ['linkedin', 'en', 'confidential_marker', `Sneak peek of our 2027 collection lookbook 👀
[Confidential – for internal review only – do not share]
Three new dials in Alpine blue, one limited edition for the 40th anniversary.`],
  ['linkedin', 'fr', 'confidential_marker', `Je vous partage la conclusion du rapport d'audit, parce qu'elle rend hommage au travail des équipes :
« Rapport confidentiel – ne pas diffuser. L'audit ne relève aucune non-conformité majeure sur la chaîne de stérilisation. »
Bravo la blanchisserie !`],
  ['x', 'en', '', `"Do start-ups need NDAs with every freelancer?" My take after 8 years running a localisation studio: yes for unreleased games, no for everything else.`],
  ['linkedin', 'fr', '', `Nos clientes nous demandent souvent si leur parcours est confidentiel. La réponse est oui, toujours, et c'est inscrit dans notre charte.`],
  ['linkedin', 'en', 'confidential_marker', `Repost with a comment, because I'm proud of my team:
"EMBARGOED UNTIL 9 DECEMBER 07:00 CET — Drone network expands to three new districts in the Southern Province."
Months of work with the Ministry of Health 🇷🇼`],
  ['x', 'fr', 'confidential_marker', `Vu dans le bulletin d'info interne de ce matin (diffusion limitée aux salariés) : les ventes de Noël démarrent mieux que l'an dernier. On y croit 🎄`],
  ['linkedin', 'en', '', `"Top Secret!" (1984) is the most underrated comedy ever made, and I will defend this opinion at every team lunch.`],

  // — codenames and look-alikes —
  ['linkedin', 'en', '', `Spent my day off at the Kennedy Space Center: the Orion capsule mock-up is smaller than I expected. Four astronauts, 21 days around the Moon. Respect.`],
  ['linkedin', 'fr', 'codename', `Six mois sur Nébula, et ce soir on a fait la première démo au comité de direction. Merci à toute l'équipe produit pour ce sprint de folie !`],
  ['x', 'fr', '', `Ciel dégagé sur le Jura ce soir : la nébuleuse d'Orion se voit aux jumelles au-dessus de la forêt du Risoux. Sortez !`],
  ['linkedin', 'en', 'codename', `Reply to Piotr: yes, the voice casting for Orion wraps next week, and the German and French dubs are already in the mix. 🎙️`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Randonnée de décembre dans le Haut Atlas : l'Atlas bleu et blanc sous la neige, les villages berbères, le thé à la menthe. Ça vaut tous les séminaires.`],
  ['linkedin', 'en', 'codename', `Look what arrived at the office 📦 The first hardware batch for Atlas Bleu. 200 units, hand-tested, ready for the pilot hospitals.`],
  ['x', 'en', '', `The Nebula Awards shortlist is out and two of the novels we localised into Polish are on it. Our translators deserve the credit.`],
  ['linkedin', 'fr', '', `Le faucon crécerelle (kestrel en anglais) niche à nouveau sur le toit du parc à ferrailles. Les écologues de l'usine ont posé une caméra, on vous montre bientôt.`],

  // — clients and look-alikes —
  ['linkedin', 'en', 'client_name', `Farewell post: after 7 years managing the Société Générique account, I'm handing over to Malik. Their CFO once told me our laundry was the only supplier who never missed a day. That sticks.`],
  ['linkedin', 'fr', '', `Ma banque, la Société Générale, a enfin une appli qui ne plante pas. C'est tout, c'était le message de service du vendredi.`],
  ['x', 'en', 'client_name', `Delivered 1,200 hearing-protection kits to Initech's Lyon plant today. Silence is golden.`],
  ['linkedin', 'fr', 'client_name', `Retour de chez Globex à Lille : on a présenté nos nouveaux coffrets cadeaux de fin d'année à leur comité RSE. Très bon accueil !`],

  // — financial and look-alikes —
  ['linkedin', 'fr', '', `Comme annoncé hier dans notre communiqué, le chiffre d'affaires annuel atteint 84 M€, en hausse de 6 %. Merci aux 600 salariés qui l'ont rendu possible.`],
  ['linkedin', 'en', 'financial', `Preliminary numbers from the finance team: EBITDA margin at 17.8% for the year, vs 14% last year. We'll only publish on 24 February, but I'm proud of every single person in our ops team.`],
  ['x', 'fr', '', `Un cube de notre savon coûte 6,90 € et dure trois mois. Moins cher qu'un café par semaine. C'était mon pitch, merci.`],
  ['linkedin', 'fr', 'financial', `Le comité d'engagement a validé ce matin une enveloppe de trois millions et demi pour l'extension de la serre, l'info sera rendue publique au printemps. Merci à tous ceux qui ont monté le dossier !`],
  ['linkedin', 'en', '', `Market context for the team: Norwegian salmon export prices averaged NOK 86/kg in week 47 according to the public Nasdaq Salmon Index. Good week for everyone.`],
  ['linkedin', 'en', 'financial', `Big news for the coworking team: net revenue retention at 118% and churn down to 1.4% a month, those are the numbers going to the board on Tuesday, not shared outside yet. 💪`],
  ['linkedin', 'fr', '', `Pour ma première année d'indépendante en traduction, j'ai facturé 38 000 €. Pas énorme, mais je vis de mon métier. Je partage parce que personne n'en parle.`],
  ['linkedin', 'fr', 'financial', `Objectif de fréquentation atteint avant même la fin de la prévente : 45 000 pass vendus au 1er décembre, soit 2,6 M€ encaissés. Les chiffres officiels seront donnés en conférence de presse en mars, d'ici là on reste discrets.`],
  ['linkedin', 'fr', 'financial', `Notre pipeline sur les appels d'offres hospitaliers 2027 : 11 M€ pondérés, 4 dossiers en dernier tour. On ne le communique pas à l'extérieur, mais je veux que l'équipe commerciale sache à quel point son travail compte.`],
  ['linkedin', 'en', '', `Our Series A of $25m, announced last March, is what let us open three new nests this year. Grateful to our investors and to the Rwandan CAA.`],
  ['x', 'en', 'financial', `can't say much before the earnings call, but Q4 watch sales in Asia are up somewhere between 30 and 35%. best quarter ever. ⌚`],
  ['linkedin', 'fr', 'financial', `Le budget 2027 de la rédaction a été arbitré en conseil d'administration : moins 7 % sur les piges, plus 200 000 € sur la vidéo. Rien n'est officiel tant que le CSE n'a pas été consulté, mais autant vous préparer.`],
  ['linkedin', 'fr', '', `Prix de sortie des primeurs 2025, publics et affichés sur notre site : Château Lafleur-Gazin 48 € la bouteille, Clos du Marquis 62 €. Allocations limitées.`],

  // — multi-category and long-form posts —
  ['linkedin', 'en', 'email phone internal_url', `Handover note for the holidays (posting here because half the export desk doesn't read e-mail 🙃):
• urgent customs issues → Bjørn, bjorn.hauge@vestfjordlaks.no, +47 482 61 930
• truck tracking → https://tms.intranet.vestfjordlaks.no/live
• everything else can wait until 5 January
God jul!`],
  ['linkedin', 'fr', 'confidential_marker financial', `Un peu de fierté avant les vacances, je vous colle le résumé de la note du DAF :
« CONFIDENTIEL – Diffusion restreinte au Codir. Chiffre d'affaires 2026 estimé à 27,4 M€ (+9 %), marge brute 41 %. Publication le 15 mars. »
Merci à toutes les équipes de Marseille !`],
  ['linkedin', 'en', 'client_name codename', `Kick-off week for Orion with Globex's supply-chain team in Rotterdam. 14 people, 3 days, 200 sticky notes. The drone corridor between their warehouses is going to happen.`],
  ['x', 'fr', 'secret internal_url', `Astreinte ce week-end : si le serveur de billetterie plante, redémarrez via https://admin.billetterie.corp.acme.com avec le compte astreinte / Festiv@l-Nantes26. Bon courage 🫡`],
  ['linkedin', 'fr', 'phone email', `Notre stand au Salon du Chocolat… euh, du jouet 😄 C'est au Hall 5, stand B12. Pour prendre rendez-vous avec notre équipe export :
Claire Bourgeois – Responsable export
claire.bourgeois@jouets-jura.fr
+33 3 84 42 17 09`],
  ['linkedin', 'en', 'national_id email', `Replying to the recruiter thread because several of you asked how our Québec payroll onboarding works. Here's the message I got this morning, verbatim:
"Hi Mathieu, please confirm your SIN (675 559 215) and personal e-mail (mathieu.g.tremblay@videotron.ca) so we can finish your file."
Yes, they put it in one message. Yes, I'm raising it with them.`],
  ['linkedin', 'fr', 'iban financial', `Cagnotte solidaire pour les bénévoles sinistrés par l'orage : virement sur FR76 7826 0687 0709 7244 9445 420. Et entre nous, l'assurance ne couvrira que 60 % du déficit de 180 k€, ce n'est pas encore annoncé au CA donc je compte sur vous.`],
  ['x', 'en', 'card secret', `Leaked in a Slack screenshot our intern posted publicly (now deleted): the test card field had a real one, 4179 9178 6220 8081, and the .env showed STRIPE_SECRET_KEY=sk_live_EDqITWbgCClWJP0ATy4bVV7M. Both revoked.`],
  ['linkedin', 'en', 'confidential_marker client_name', `Pasting the intro of the proposal we sent last week, because I love how we frame our service:
"Prepared for Hôpital Sainte-Claire — Confidential, not for circulation. We propose to take over your linen flow in 48 hours, with zero disruption to surgical blocks."
Fingers crossed for January.`],
  ['linkedin', 'fr', 'email financial', `Un petit mot de notre directeur financier (il m'a autorisé à le citer, pas à citer les chiffres, oups) :
« De : Olivier Marchetti <o.marchetti@vinsdeschartrons.fr>
Le chiffre d'affaires primeurs atteint 5,8 M€ au 30 novembre, soit 18 % au-dessus du budget. À garder pour nous jusqu'à l'AG. »`],
  ['linkedin', 'en', '', `Long post, sorry. After 12 years in steel I've learnt three things. One: safety is not a department. Two: a furnace doesn't care about your org chart. Three: the best ideas come from the night shift, who have time to think between taps. If you manage a plant, spend a night there once a month. You'll see a different factory. Thank you to the Dunkirk night crews who taught me all of this.`],
  ['x', 'en', '', `1/3 How we cut wash water at the laundry by 35%: counter-flow tunnel washers, water recovered from the rinse to the pre-wash, and a lot of arguments with the chemical supplier.`],
  ['x', 'en', '', `2/3 Energy: heat exchangers on the drain. Payback was 2.5 years, and the numbers are in our public CSR report if you want the detail.`],
  ['x', 'en', 'financial', `3/3 Next step (not announced yet, so between us): a €4m solar thermal plant on the roof, approved by the board last week. Construction starts in spring.`],
  ['linkedin', 'mixed', 'phone', `Merci à tous for coming to the festival's volunteer party! Pour ceux qui veulent rejoindre l'équipe technique next year, call Romain directly au 06 72 18 43 95, he's the one with the big keychain.`],
  ['linkedin', 'fr', 'internal_url', `Collègues du bureau d'études : les plans 3D des nouveaux jouets sont désormais sur le partage \\\\nas-be.jura.lan\\plans_2027 et plus sur la clé USB de Michel 😅`],
  ['linkedin', 'en', 'phone', `Hearing aid stopped working on Christmas Eve? Our emergency repair line is open 24/7 over the holidays: 0800 917 4426 (free from UK landlines and mobiles).`],
  ['linkedin', 'fr', 'financial', `On l'a fait ! Les précommandes du nouveau coffret dépassent déjà 11 000 unités, soit une marge attendue d'environ 400 000 €. La direction l'annoncera au salon de février, chut d'ici là 🤫`],
  ['x', 'fr', '', `Rappel : le standard de la clinique ne donne jamais de résultats par téléphone. Utilisez votre espace patient sécurisé.`],
  ['linkedin', 'en', 'codename', `Proud moment: the Nébula campaign creatives were approved by legal this morning. Launch in three markets, localised by our Kraków team in 11 languages.`],
  ['linkedin', 'fr', 'email', `Merci pour vos messages suite à mon départ de la rédaction ! Pour la suite, on peut m'écrire sur lucie.perrin.journaliste@protonmail.com. Je reste dans le Berry, promis.`],
  ['linkedin', 'en', 'internal_url', `New starters at the crypto desk: the compliance case-management tool is at https://kyc-review.internal.acme-corp.net/queue, ask your buddy for access on day one.`],
  ['x', 'en', 'confidential_marker', `the slide says "ACME INTERNAL – DO NOT SHARE" in red and I'm sharing it anyway because it's the first slide with our new logo and I'm too happy 🎉`],
  ['linkedin', 'fr', '', `Merci à Lyon Métropole et à la CCI pour le prix de l'entreprise responsable 2026 ! Remis jeudi devant 300 personnes, et un trac terrible.`],
  ['linkedin', 'en', 'iban', `Christmas collection for the Kigali children's hospital, organised by our nest teams: donations by transfer to LU32 3529 6877 5996 8189 (reference XMAS-NEST). Every euro goes to the paediatric ward.`],
  ['linkedin', 'fr', '', `Nos audioprothésistes sont diplômés d'État, et chaque appareil est réglé en cabine insonorisée. Le contrôle est gratuit à vie. Et non, on ne vend pas vos données, jamais.`],
  ['linkedin', 'en', 'national_id', `For my colleagues in Warsaw asking about the ZUS form: the PESEL field for a child born in 2003 starts with 03 and the month has 20 added, e.g. my daughter's is 03221132907. Took me an hour to understand.`],
]);
