import { rows } from './corpus-types';

/**
 * Held-out set "fresh31": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/, the
 * tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the first 45 lines of
 * fresh17 for the header and row style, and index.ts to register the set), without grepping the repository, so it
 * measures how the rules generalise to posts they were never tuned on; the checks, the scorer and vitest were not run
 * on these posts. `npx tsx scripts/score-checks.ts --only fresh31`.
 * First scored 2026-12-04 03:57 UTC on the rules of b1a418f (findings identical to bc26a05, the previous session's final rules), before
 * any fix from it: confidentiality macro F1 0.958, 3.6 % of clean posts flagged (4 of 110); financial 0.872 (precision 0.944,
 * recall 0.810), confidential_marker 0.842 (precision 0.727), codename 0.933, national_id 0.941, phone 0.952, the 6 others 1.000.
 *
 * FOCUS: false alarms and financial. Authors (20 invented organisations): an Arcachon oyster cooperative, a Grenoble
 * avalanche-sensor maker, a Roubaix textile-recycling start-up, a Marseille ferry operator, a Dijon mustard maker, a
 * Geneva watch-strap maker, a Liège steel-coating firm, a Montréal video-game studio, an Abidjan cocoa-traceability
 * platform, a Bristol insurtech, a Dublin payroll fintech, a Madrid padel-court builder, a Milan eyewear distributor, a
 * Munich robotics integrator, a Rotterdam port-logistics broker, a Stockholm e-bike battery recycler, a Bergen
 * salmon-feed maker, a Tallinn e-signature SaaS, a Singapore freight forwarder and a Cape Town wine exporter.
 * Forms: team wins, pasted meeting notes, board and S&OP notes, Slack messages pasted by mistake, customer-service
 * replies (surface 'comment'), job ads with published salary bands, conference live-posts, changelogs, incident
 * post-mortems (one as a three-post X thread), supplier and payroll bank-detail notices, fraud warnings, polls,
 * goodbyes, tips and personal-finance asides.
 *
 * Positives. financial (42), phrased the careful way: a weighted pipeline and an internal annual target, a forecast
 * before the trading update or the capital markets day, budgets approved by a board, an exec committee or a
 * steering committee before they are announced, figures before the official results (in digits and in words: "quatre
 * millions deux", "deux milliards et demi de francs CFA", "twenty million dirhams"), prices and fees before customers
 * are told (a ferry tariff, a mustard pot, a per-payslip fee, a wholesale list, an FCL rate, a SaaS tier, a court
 * installation), sealed bids and tender offers before award, a target purchase price before an RFQ, a term sheet
 * valuation, a loss before the board sees it, a discount for distributors not yet announced, an embargoed press release
 * with the order value; currencies EUR, CHF, GBP, CA$, XOF, SEK, NOK, SGD, AED, ZAR, USD. iban: FR (three, with the RIB
 * key), CH, ES (both control digits), IT (CIN letter), NL (11-test account), IE, all mod-97 and country length
 * checked with a throwaway script. card: Visa, Mastercard (5- and 2-series), Amex, all Luhn-valid.
 * national_id: French NIR (key 97), Belgian national register number, Canadian SIN (Luhn), UK NINO (format), Irish
 * PPSN (check letter), Spanish DNI (letter), Dutch BSN (11-test), Swedish personnummer (Luhn), Estonian isikukood.
 * secret: a Grafana service token, a Steam Web API key, a Slack and a Discord webhook with their tokens, a Postgres
 * connection string with its password, a Stripe live key, a bearer JWT, an Instagram password and a
 * Wi-Fi password. internal_url: a .internal host, an intranet. host of another domain, private IPs (192.168, 10.x), a
 * .local printer, a .corp file share, the policy's corp.acme.com and acme-corp.net hosts. email: named work addresses
 * and role mailboxes (jobs@, compta@, sav@, presse@, talent@, ordini@, accounts@), an obfuscated "[at] ... [dot]" and a
 * spaced "support @ signata.ee". phone: switchboards, hotlines, toll-free numbers and mobiles, in FR, CA, CI, UK,
 * DE, ES, IT and SG formats and a "(+33) 6" form. codename: Orion, Nébula, Project Kestrel and Atlas Bleu as projects.
 * client_name: Globex, Société Générique, Hôpital Sainte-Claire and Initech as customers. confidential_marker:
 * CONFIDENTIEL — NE PAS DIFFUSER, EMBARGO jusqu'au..., Document INTERNE, STRICTLY CONFIDENTIAL, Classification:
 * Internal, TLP:AMBER, sous NDA, [CONFIDENTIAL].
 *
 * Look-alikes (labelled clean): published results, annual reports and accounts filed at the registry, a fundraise
 * already announced, prices already live or on the public list, a crowdfunding total, a prize announced by the
 * Commission, a bid published after the award, salary bands in job ads, public bodies' budgets voted in public
 * session (a region, a metropolis, the Irish budget, the cocoa council's farm-gate price), other organisations'
 * public figures with their source (Nestlé, SAWIS, Freightos, the shellfish committee, the mustard association,
 * e-Residency statistics), personal money (a first salary, a Christmas budget) and teaching examples (break-even,
 * margin vs markup); informal "entre nous", "please don't share this yet" and "chut" without a label; the words confidential, embargo, NDA,
 * internal, secret and TLP used in another sense (L.A. Confidential, Kitchen Confidential, the EU steel embargo, NDA
 * advice, embargoed press releases in general, internal combustion, Secret Santa, TLP:CLEAR, a secret recipe);
 * Orion the constellation and NASA's capsule, the Nebula Awards, a kestrel and a cat called Kestrel, an old blue
 * school atlas and the blue Atlas cedar, Initech in Office Space, CME Globex and the Simpsons' Globex, the feast of
 * Saint Clare, a "generic" brand; documented example IBANs (DE89 Bundesbank, GB29 NWBK, CH93 0076), a fraud warning
 * with a wrong IBAN key, a masked IBAN and card, Stripe's 4242 test card, a phishing SMS and an order number that fail
 * Luhn, the CRA example SIN, HMRC's QQ NINO, a masked NIR, an invalid PPSN pattern, a SIRET, an ISO 6346 container
 * number; AWS's EXAMPLE keys, placeholders (<your-key-here>, <token>, sk_live_xxxxxxxx, a zeroed Slack webhook), a
 * commit hash, a SHA-256 checksum, password advice; an intranet mentioned in prose, public DNS IPs and a firmware
 * version shaped like an IP; numbers shaped like phones (a 0612-... order reference, an ISBN, a
 * tracking number, dates and hours, tennis scores, GPS coordinates) and emergency numbers (112, 17, 999, 101); an
 * Instagram handle and @mentions.
 *
 * CONVENTIONS. Every written email address is `email` (role mailboxes and obfuscated forms included); a bare domain
 * is not. The user:password part of a connection string is a `secret`, not an email. Every written phone number is
 * `phone` (switchboards, hotlines, toll-free, any country and format); emergency short numbers are not.
 * `confidential_marker` only for explicit labels; an informal request inside a sentence is not one, nor are mentions of
 * the words. `financial`: a company's own figure with any sign it is not public yet; published results, public price
 * lists, salary bands, other organisations' public figures, public bodies' budgets voted in public, personal money and
 * teaching examples are clean. `secret`: keys, tokens, passwords (Wi-Fi included), webhook URLs with their token,
 * connection-string credentials; placeholders and vendor examples are not. `internal_url`: the policy's internal
 * domains, any host under an `intranet.` label, private IPs, .local/.internal/.corp hosts; public company sites are
 * clean. `iban`, `card`, `national_id`: only valid numbers; a digit run inside a valid IBAN is not also a card.
 * `codename`, `client_name`: the policy's names in their project/customer sense only. A post carries every category a
 * careful reviewer would flag.
 *
 * COUNTS: 232 posts (93 FR, 134 EN, 5 mixed; 201 LinkedIn, 31 X; 5 of the LinkedIn rows
 * are comments): 110 clean (47.4 %), 122 with one or more findings (7 with two).
 * Labels: financial 42, phone 11, email 10, secret 10, client_name 9, internal_url 9,
 * national_id 9, codename 8, confidential_marker 8, iban 8, card 5.
 */
export const FRESH31_POSTS = rows('fresh31', [
  ['linkedin', 'fr', '', "Fiers de nos huîtres médaillées d'or au Concours général agricole 2026 ! 🦪 Merci à toute l'équipe du bassin, levée à 4 h tous les matins de l'hiver. Commandes pour les fêtes sur ostrea-arcachon.fr"],
  ['linkedin', 'fr', 'financial', "Notes de la réunion de bureau de ce matin (avant l'AG de janvier) :\n- CA fêtes prévu : 1,4 M€ (vs 1,1 M€ l'an dernier)\n- prix du kilo de n°3 relevé à 9,80 € au 1er décembre, on prévient les restaurateurs lundi\n- livraison Rungis : deux camions de plus\nOn n'en parle pas aux mareyeurs avant lundi svp."],
  ['linkedin', 'fr', 'phone', "Pour vos commandes de Noël, la cabane est ouverte tous les jours jusqu'au 31 ! Appelez-nous au 05 56 60 12 34 (9h-18h) ou passez directement au port de Larros. Joyeuses fêtes 🎄"],
  ['linkedin', 'fr', '', "Record historique : 9 400 tonnes d'huîtres commercialisées par le bassin en 2025, selon le bilan publié en novembre par le Comité régional conchylicole. Notre coopé y a contribué à sa mesure, et on en est fiers."],
  ['linkedin', 'fr', 'iban email', "Information aux clients professionnels : la coopérative change de banque. À partir du 1er janvier, merci de régler vos factures sur l'IBAN FR76 3000 3015 6290 8720 9112 386 (Société Générale Arcachon). Une question ? compta@ostrea-arcachon.fr"],
  ['linkedin', 'fr', '', "Conseil sécurité avant les fêtes : aucun de nos conseillers ne vous demandera votre code de carte ou vos identifiants bancaires par téléphone. En cas de doute, raccrochez et composez le 17."],
  ['x', 'fr', '', "Attention arnaque : de faux mails « Ostréa » demandent à nos clients de virer sur FR76 1450 5000 1204 7183 9265 085. Ce n'est PAS notre compte (la clé ne tombe même pas juste). Ne payez rien, supprimez le message."],
  ['x', 'fr', 'financial', "Le conseil d'administration vient de valider 1,2 M€ pour le nouvel entrepôt frigorifique de Gujan 🥶 L'annonce officielle, ce sera en janvier. Meilleur cadeau de Noël pour l'équipe."],
  ['linkedin', 'fr', '', "Sondage du vendredi 🦪 Vous les mangez comment, vos huîtres ?\n1) nature\n2) citron\n3) vinaigre échalote\n4) avec une crépinette, à la bordelaise"],
  ['linkedin', 'fr', 'codename', "Grosse semaine pour l'équipe capteurs : le proto Orion a tenu 72 h sous la neige au col du Lautaret, sans une seule perte de trame. Prochaine étape, la pré-série de 40 unités. Bravo Théo et Inès !"],
  ['linkedin', 'fr', '', "Nuit claire au-dessus de Chamrousse : la constellation d'Orion se lève vers 21 h et la nébuleuse M42 est visible aux jumelles. Photo prise depuis le mât de notre station météo. Parfois le boulot a du bon ✨"],
  ['linkedin', 'fr', 'secret internal_url', "[collé depuis Slack #demo-salon] @lucas pour la démo de demain, le dashboard est sur http://grafana.neveo.internal:3000/d/avalanche et le token de service c'est glsa_8fK2mQ7xVp3LrT9wZ1bN6cD4hY0jE5sA_7c21e9b4 — je le régénère après le salon"],
  ['linkedin', 'fr', 'email', "On recrute un·e ingénieur·e firmware embarqué (CDI, Grenoble). Rémunération 48-58 k€ selon expérience, 2 jours de télétravail, forfait ski 😉 Candidatures : jobs@neveo.fr"],
  ['linkedin', 'fr', 'financial', "Le conseil a validé ce matin l'enveloppe R&D 2027 : 2,6 millions d'euros, dont 900 k€ pour la nouvelle gamme de capteurs connectés. On communiquera après l'annonce aux partenaires en février, mais je voulais remercier l'équipe dès aujourd'hui."],
  ['x', 'fr', '', "Rappel montagne : en cas d'avalanche, le 112 fonctionne même sans réseau de votre opérateur. Et notre capteur n° 4 471 vient d'être installé à l'Alpe d'Huez, le plus haut de notre parc à 3 330 m."],
  ['linkedin', 'fr', '', "Changelog firmware 3.12.0 des capteurs Névéo :\n- détection de plaque à vent améliorée\n- consommation réduite de 18 %\n- correction du bug d'horodatage après 49,7 jours de fonctionnement\nMise à jour OTA à partir de lundi."],
  ['linkedin', 'fr', 'codename client_name', "Installation terminée des capteurs Orion dans les chambres froides de l'Hôpital Sainte-Claire. Premier déploiement hors montagne, et quel terrain de jeu !"],
  ['x', 'fr', '', "Mon vieil atlas bleu de géographie de CM2 est ressorti du grenier. Les Alpes n'ont pas bougé, le glacier d'Argentière si. 😔"],
  ['linkedin', 'en', '', "Live from the International Snow Science Workshop in Tromsø: 900 researchers, 38 countries, per the organisers. Our poster on acoustic avalanche detection is at stand P-42 until 4 pm. Come say hi!"],
  ['linkedin', 'fr', 'financial client_name', "Sync commerciale du lundi (copié-collé de Notion) :\nPipeline pondéré Q1 : 3,8 M€, dont 62 % sur trois comptes\nClosing prévu : Globex (1,2 M€) mi-janvier\nObjectif annuel interne : 9 M€\nProchaine revue : jeudi 10h"],
  ['linkedin', 'fr', 'national_id', "@Sarah pour la DPAE de Léa, voici son numéro de sécu : 2 87 03 69 123 456 55, le contrat part ce soir. Merci !"],
  ['linkedin', 'fr', '', "Astuce admin : votre numéro de sécurité sociale commence par 1 ou 2 selon le sexe, puis l'année et le mois de naissance, par exemple 1 85 05 XX XXX XXX XX. Ne le publiez jamais en entier, même « juste pour montrer »."],
  ['linkedin', 'fr', 'email', "Vous avez un stock de jeans invendus ou de chutes de coton ? On les transforme en fibre. Écrivez-nous : partenariats [at] refibre [dot] fr"],
  ['linkedin', 'fr', '', "Nos résultats 2025 sont en ligne : 7,4 M€ de chiffre d'affaires, +38 %, et un premier exercice à l'équilibre. Le rapport annuel a été publié hier sur notre site, lien en commentaire."],
  ['linkedin', 'fr', 'financial client_name', "Pipe commercial à fin novembre : 2,9 M€ identifiés, dont 1,1 M€ en négociation avancée avec Société Générique. Objectif : signer avant le 31 pour boucler l'exercice."],
  ['linkedin', 'fr', '', "Une marque « générique », sans histoire ni identité, c'est exactement ce qu'on voulait éviter en refaisant notre logo. Merci à l'agence lilloise qui nous a accompagnés !"],
  ['linkedin', 'fr', '', "Notre campagne Ulule a atteint 48 000 € pour un objectif de 30 000 € 🎉 Merci aux 1 312 contributeurs ! Les premiers pulls en fibre recyclée partent en mars."],
  ['linkedin', 'fr', '', "Au revoir Refibre ! Après 4 ans à trier, broyer, filer, je pars vers de nouvelles aventures dans le Nord. Merci à Karim, Julie et toute l'équipe de l'atelier. On se recroise au salon Première Vision !"],
  ['linkedin', 'fr', 'phone', "Traversées annulées ce soir pour cause de mistral. Infos voyageurs : 04 91 56 32 00 ou +33 4 91 56 32 01 (24h/24). Les billets sont automatiquement reportés, pas besoin de rappeler."],
  ['linkedin', 'fr', 'internal_url', "Pour les équipages : les nouvelles procédures d'embarquement sont sur https://intranet.corsalis-ferries.com/securite/proc-2027 (accès VPN obligatoire depuis le bord)."],
  ['linkedin', 'fr', 'financial', "Tarifs 2027 validés par la direction hier : aller simple Marseille–Ajaccio passager à 62 € (+7 %), véhicule à 149 €. Publication le 15 janvier, d'ici là on ne touche pas au site. Merci à l'équipe revenue management pour le boulot."],
  ['linkedin', 'fr', '', "Le conseil régional a voté hier en séance publique 48 M€ pour la continuité territoriale avec la Corse. Bonne nouvelle pour tout le secteur et pour les insulaires."],
  ['linkedin', 'fr', 'confidential_marker', "CONFIDENTIEL — NE PAS DIFFUSER\nPlan de remplacement du Kallisté : mise en cale sèche du 2 au 30 mars, navire affrété en remplacement sur la ligne Bastia. Point avec les syndicats le 8."],
  ['x', 'fr', '', "Je relis « L.A. Confidential » pendant la traversée. Le polar parfait pour 12 h de mer avec du mistral."],
  ['linkedin', 'fr', 'financial confidential_marker', "EMBARGO jusqu'au 14 janvier 2027, 7h00\nCommuniqué : Corsalis Ferries commande un nouveau navire GNL aux Chantiers de l'Atlantique pour 182 millions d'euros, livraison 2030."],
  ['linkedin', 'fr', '', "Un aller-retour Marseille–Bastia en avion coûte 212 € ce week-end contre 96 € en ferry (tarifs publics relevés ce matin sur les deux sites). Le bateau, c'est aussi la voiture et le chien."],
  ['linkedin', 'fr', '', "Post-mortem de la panne de réservation du 28/11 :\n- 14h02 : saturation de la base après la mise en vente des vols de Noël\n- 14h20 : bascule sur le cluster secondaire\n- 15h05 : retour à la normale\nCause : un index manquant. Action : revue des requêtes avant chaque ouverture de ventes."],
  ['linkedin', 'fr', 'financial', "Entre nous : on devrait finir l'année autour de quatre millions deux de chiffre d'affaires, la meilleure de nos 140 ans. Les comptes seront publiés en mars, donc chut 🤫 mais je suis fier de l'équipe."],
  ['linkedin', 'fr', '', "La moutarde de Dijon, c'est un procédé, pas une origine ! Environ 80 % des graines utilisées viennent du Canada, selon l'Association Moutarde de Bourgogne (rapport 2024). On travaille à relocaliser."],
  ['linkedin', 'fr', 'client_name', "Signature ce matin avec l'Hôpital Sainte-Claire pour les sachets individuels de leur restauration patients. Premier hôpital client, et une belle reconnaissance de notre gamme sans sulfites."],
  ['x', 'fr', '', "Le 11 août, c'est la Sainte-Claire, patronne de la télévision. Petite pensée à l'équipe de France 3 Bourgogne qui a tourné un reportage chez nous cet été !"],
  ['linkedin', 'fr', 'email', "Vous passez au SIAL ? Pour caler un rendez-vous sur le stand, contactez directement Camille, notre responsable export : camille.roux@moutarderie-vernet.fr"],
  ['linkedin', 'fr', '', "Notre prix public ne bouge pas en 2027 : 3,90 € le pot de 210 g, comme affiché dans nos boutiques de Dijon et Beaune et sur notre site."],
  ['linkedin', 'fr', 'financial', "À partir de février, le pot de 210 g passera à quatre euros vingt en grande distribution. Les enseignes seront prévenues la semaine prochaine par nos commerciaux, on a préféré les appeler un par un."],
  ['linkedin', 'fr', 'financial', "Revue budgétaire T4 (brouillon) :\n• Budget marketing 2027 : 480 k€ (vs 410 k€)\n• Salon SIAL : 65 k€\n• Refonte du site : 40 k€\nValidation finale au comité de direction du 9 janvier."],
  ['linkedin', 'fr', 'email', "Bonjour Mme Petit, toutes nos excuses pour ce pot arrivé cassé. Pouvez-vous écrire à sav@moutarderie-vernet.fr en indiquant votre numéro de commande (2026-11-48213) ? On vous renvoie un colis dès demain.", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Ce qui reste secret chez nous depuis 1887, c'est la recette de la moutarde à l'ancienne 😉 Le reste, on vous le montre en visite guidée tous les samedis."],
  ['linkedin', 'fr', 'secret', "Léa, le mot de passe du compte Instagram de la boutique c'est Moutarde#Forte21 — change-le dès que tu as repris la main stp, et active la double auth."],
  ['linkedin', 'en', 'financial', "Board meeting notes (draft, to be cleaned up):\n- FY26 revenue landing at CHF 18.2m vs 16.9m budget\n- EBITDA margin 14 %\n- Capex for the Plan-les-Ouates workshop: CHF 2.4m\nResults to be announced at the 12 March press conference, not before."],
  ['linkedin', 'fr', 'iban', "Nouvelles coordonnées bancaires pour nos fournisseurs de cuir et de boucles : CH40 0023 5367 4676 3840 5 (UBS Genève). Merci de mettre à jour vos fiches avant la prochaine facturation."],
  ['linkedin', 'en', '', "Fun fact for finance folks: CH93 0076 2011 6238 5295 7 is the example IBAN you'll find in half the Swiss payment tutorials out there. Test with that, never with a real account."],
  ['linkedin', 'fr', 'codename', "Petit aperçu de Nébula, notre nouveau cuir végétal à base de marc de raisin 🍇 On garde le reste pour le lancement, mais l'équipe matière a fait un boulot incroyable."],
  ['linkedin', 'fr', 'financial', "Prévision 2027 partagée ce matin par la direction : chiffre d'affaires de 21 millions de francs, +15 %. L'annonce officielle se fera en mars avec les comptes, mais quelle dynamique !"],
  ['linkedin', 'fr', '', "Nestlé a publié un chiffre d'affaires de 91 milliards de francs en 2025. Nous, on fait un peu moins 😄 mais on emploie 60 personnes à Genève et on en est fiers."],
  ['x', 'en', '', "Just finished The Nebula Awards shortlist. Three novels about watchmakers who travel in time. Coincidence? I think not. ⌚"],
  ['linkedin', 'fr', 'national_id', "Pour l'inscription de notre nouveau soudeur à la formation sécurité, voici son numéro de registre national : 85.07.14-263.84. Merci Sophie de finaliser avant vendredi !"],
  ['linkedin', 'fr', '', "L'embargo européen sur certains aciers russes change la donne pour nos approvisionnements en bobines. Notre analyse des conséquences pour les coaters belges dans l'article ci-dessous."],
  ['linkedin', 'fr', 'financial', "On a déposé notre offre pour le revêtement du pont de Seraing : 3,47 millions d'euros HT. Ouverture des offres le 20 janvier, croisez les doigts pour nous !"],
  ['linkedin', 'fr', 'internal_url', "Quelqu'un de l'équipe auto peut redémarrer la ligne 3 ? L'IHM ne répond plus sur 192.168.40.12, j'ai essayé depuis l'atelier et depuis le bureau."],
  ['linkedin', 'fr', 'financial', "Notre réponse à l'appel d'offres de Liège Métropole pour la rénovation des garde-corps est partie : 612 000 € HT sur 3 ans. Résultats fin janvier."],
  ['linkedin', 'fr', '', "Liège Métropole a publié hier les résultats de l'appel d'offres garde-corps 2025 : notre offre à 598 000 € HT a été retenue (voir l'avis d'attribution au Bulletin des Adjudications). Merci à l'équipe !"],
  ['linkedin', 'fr', '', "TLP:CLEAR — le CERT.be signale une vulnérabilité critique sur certains automates industriels. Si vous avez des lignes de revêtement pilotées à distance, patchez. Avis complet sur le site du CERT."],
  ['linkedin', 'fr', 'confidential_marker', "Document INTERNE — ne pas transférer\nOrganisation des équipes pour l'arrêt de janvier : équipe A du 2 au 9, équipe B du 10 au 17. Maintenance four 2 prioritaire."],
  ['linkedin', 'en', 'financial', "Our publisher just greenlit the sequel: CA$14 million production budget, signed yesterday afternoon. The announcement is planned for The Game Awards, so keep it quiet till then 🎮 Proudest day of my career."],
  ['linkedin', 'en', 'phone', "Indie games festival this weekend at the studio! Questions about access or accessibility? Call our front desk at (514) 872-4410."],
  ['linkedin', 'en', 'national_id', "HR reminder (pasted in the wrong channel, sorry): new hire Maxime's SIN is 046 072 005 for the payroll setup, please add it in Ceridian today."],
  ['linkedin', 'en', '', "Canada tip for new grads: the SIN 046 454 286 you see in every CRA guide is just the example. Never post your real one, not even blurred, not even on a private account."],
  ['linkedin', 'en', 'secret', "Build team: we rotated the Steam Web API key this morning. New one for the CI runners is STEAM_WEBAPI_KEY=7D3F9A1B2C4E6F8091A2B3C4D5E6F708, update your pipeline vars before the nightly."],
  ['x', 'en', '', "Initech in Office Space remains the most accurate depiction of game-studio middle management. Did you get the memo about the TPS reports? Fight me."],
  ['x', 'en', '', "Kestrel, our studio cat, has officially been promoted to Lead QA. She found three collision bugs this week by walking on keyboards."],
  ['linkedin', 'en', 'financial', "[#finance] @channel Q3 close is done: revenue CA$9.7M, 4% below plan, mostly the console port slipping. Do NOT forward before the investor letter goes out Friday."],
  ['linkedin', 'en', '', "We're hiring a Senior Gameplay Programmer in Montréal: CA$105,000–125,000, hybrid, 4-day week in summer. Apply through our careers page."],
  ['x', 'en', '', "1/3 Post-mortem of our launch-day outage: the matchmaking service fell over at 14:02 ET when concurrent players hit 48,000."],
  ['x', 'en', '', "2/3 Root cause: the lobby cache had a TTL of 0 after a config merge. Every request hit the database. Fixed by 15:10, with a hotfix (build 1.0.3.112) shipped at 16:00."],
  ['x', 'en', '', "3/3 What we changed: config diffs now need two reviewers, load tests run against the real player count we predicted (and doubled). Thanks for your patience, players 💙"],
  ['linkedin', 'fr', 'financial', "Réunion du comité de pilotage ce matin :\n- Budget 2027 validé : 1,2 milliard de FCFA\n- Recrutement de 14 agents de terrain\n- Déploiement à Soubré en avril\nÀ annoncer aux coopératives après la campagne intermédiaire."],
  ['linkedin', 'fr', 'phone', "Planteurs, pour enregistrer vos parcelles, appelez notre centre d'appel : +225 27 22 41 58 90, ou écrivez-nous sur WhatsApp au +225 07 08 12 34 56. C'est gratuit."],
  ['linkedin', 'fr', '', "Le Conseil du Café-Cacao a annoncé le prix bord champ à 2 200 FCFA le kilo pour la campagne principale. Une excellente nouvelle pour les producteurs que nous accompagnons."],
  ['linkedin', 'fr', 'email', "Journalistes : notre dossier de presse sur la traçabilité et le règlement européen contre la déforestation est disponible sur demande à presse@tracecacao.ci"],
  ['linkedin', 'fr', '', "Chiffres de la campagne, publics sur notre tableau de bord : 48 213 parcelles cartographiées, 1 024 coopératives, 312 000 hectares, 0 cas de déforestation détecté après 2020."],
  ['linkedin', 'en', 'financial', "Our target price for the new soil-moisture sensors is $38 per unit; we'll open supplier negotiations at $31. Obviously not something to share with the vendors before the RFQ closes."],
  ['linkedin', 'fr', 'financial', "Avec les nouveaux contrats, on devrait atteindre deux milliards et demi de francs CFA de volume traité d'ici juin, selon nos projections internes. On le présentera au conseil en février."],
  ['linkedin', 'en', 'financial', "Q4 forecast from this morning's all-hands: £6.8m GWP, loss ratio down to 58%. The official trading update comes out on 20 January, so please hold off sharing externally until then."],
  ['linkedin', 'en', 'secret', "Can someone check why the claims alerts aren't posting? I'm using https://hooks.slack.com/services/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 in the Lambda and getting 200s but nothing shows up."],
  ['linkedin', 'en', '', "AWS tip: the keys AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the docs are examples. If your secret scanner flags them, congratulations, your scanner works."],
  ['linkedin', 'en', 'phone', "Our claims line stays open over Christmas: 0117 930 4418 in the UK, or +44 117 930 4419 from abroad. Storm Darragh part 2 is coming, stay safe."],
  ['x', 'en', '', "999 for emergencies, 101 for non-emergencies, and please not our claims line for a flooded kitchen at 3am 😅 Call a plumber first, then us in the morning."],
  ['linkedin', 'en', 'confidential_marker', "STRICTLY CONFIDENTIAL – Board pack extract\nProposed acquisition of a Cardiff MGA (headcount 40). Due diligence kicks off 6 January. Project lead: Priya."],
  ['linkedin', 'en', '', "Kitefin's FY25 results, published this morning: revenue £11.2m, our first profitable year. The full report is on our investor page. Thank you to every customer and colleague."],
  ['linkedin', 'en', 'national_id', "Onboarding notes for Tom (sorry, meant for the HR channel): NI number JT 48 72 15 B, start date 6 Jan, laptop ordered, desk 3F."],
  ['linkedin', 'en', '', "A National Insurance number looks like QQ 12 34 56 C — that's HMRC's own example. If someone asks for yours in a DM, it's a scam."],
  ['linkedin', 'en', '', "Please don't share this yet, but we're finally moving to the new office on Welsh Back in March! Bike storage for 80, showers, and a view of the harbour."],
  ['x', 'en', '', "Tip: never sign an NDA without reading the non-solicitation clause. I learned the hard way at my first startup. Lawyers are cheaper than regrets."],
  ['x', 'en', '', "Embargoed press releases are the bane of my existence. No offence, journalists, but 6am embargoes on a Monday should be illegal."],
  ['linkedin', 'en', 'iban', "Payroll heads-up: I've switched banks, my new account is IE18 BOFI 9000 1775 9849 19. Can finance update it before the 25th? Thanks a million!"],
  ['linkedin', 'en', 'national_id', "Onboarding checklist for Aoife: PPSN 3171671J, start date 6 January, contract signed, Revenue registration pending."],
  ['linkedin', 'en', '', "Irish employers: a PPSN is 7 digits plus one or two letters (format like 1234567TA). Don't put real ones in Slack, let alone on LinkedIn. Ask us how we store them encrypted."],
  ['linkedin', 'en', 'financial', "Pricing committee signed off this afternoon: from 1 March our per-payslip fee moves from €4.20 to €4.90. CSMs will tell customers in February, so nothing in proposals before then."],
  ['linkedin', 'en', '', "Budget 2027 as announced by the Minister for Finance: USC cut to 2%. Here's what it means on a payslip, worked example with a €45,000 salary: about €7.50 more per month."],
  ['linkedin', 'en', '', "We're hiring a Senior Data Engineer in Dublin: €75,000–€90,000 plus equity, hybrid (2 days in Grand Canal Dock). Apply on our careers page."],
  ['linkedin', 'en', '', "Fixed in commit 9f3c2a7e41b8d0c6e2f5a1b3c4d5e6f708192a3b: payslips for employees with two PRSI classes in the same month. Thanks to the customer who reported it."],
  ['linkedin', 'en', '', "As announced in yesterday's press release, we've raised a €12m Series A. Thank you to our customers, our investors and the 40 people who make Ledgerly what it is."],
  ['linkedin', 'en', '', "New prices are live on our website since this morning: Starter €3.90 per payslip, Pro €4.50. Thanks to every customer who gave us feedback on the change."],
  ['linkedin', 'en', 'financial', "Sales offsite notes: 2027 pipeline €11.5M across 140 clubs, 35% weighted. Target we'll commit to the board: €7M booked. Not for the press release, obviously!"],
  ['linkedin', 'en', 'iban', "New bank details for club deposits: ES76 0049 1500 0057 6886 0397 (Santander). The old account closes on 31 December, please update your transfers."],
  ['linkedin', 'mixed', 'national_id', "Pasting for the insurance form, perdón: DNI de Javier 97626000Q, fecha de alta 2 January, seguro de accidentes incluido."],
  ['linkedin', 'en', 'phone', "Want a panoramic court at your club? Call Marta, our project lead for northern Spain: +34 612 48 93 07."],
  ['linkedin', 'en', 'financial', "Internal note for the sales team: in January we'll announce that panoramic court installation goes from €24,900 to €27,500. Quotes already sent are honoured; new quotes at the old price until the 15th only."],
  ['x', 'en', '', "Final of the club tournament: 6-4 3-6 7-6 (9-7). 2 hours 48 minutes. My calves will remember 2026."],
  ['linkedin', 'en', 'financial', "Listino 2027: new wholesale prices for opticians, the Brera Classica frame line goes from €68 to €74. Agents inform opticians on 10 January; until then, quote the old list only."],
  ['linkedin', 'mixed', 'iban', "Per i nostri clienti: our new IBAN is IT26 M050 3411 7011 0224 2251 215 (Banco BPM). Please update your payment records from 1 January. Grazie!"],
  ['linkedin', 'mixed', 'client_name', "Grande risultato: Globex becomes our exclusive distributor for the Nordics from January. Thanks to the whole export team, grazie ragazzi!"],
  ['linkedin', 'en', '', "For the treasury nerds: CME Globex reopens at 17:00 CT on Sunday. EUR/USD futures are how we hedge our dollar exposure on frames from Asia."],
  ['linkedin', 'mixed', 'email phone', "Ordini urgenti durante le feste / urgent orders over the holidays: ordini@occhialeriabrera.it oppure il numero verde 800 912 345."],
  ['x', 'en', '', "Fun fact: The Simpsons' Globex Corporation (Hank Scorpio's company) remains my favourite fictional employer. Free hammocks, and you can work in your flip-flops."],
  ['x', 'en', '', "Kitchen Confidential by Bourdain is still the best management book I've read. Replace 'line cook' with 'warehouse picker' and it all applies."],
  ['linkedin', 'en', 'secret', "Hey Jonas, for tonight's migration use postgres://greif_app:Zugspitze2027!@db-prod.greifwerk.de:5432/cells and ping me if the schema diff fails 🙃"],
  ['linkedin', 'en', 'internal_url', "The runbook for cell calibration is at http://wiki.corp.acme.com/robotics/calibration — our partner gave us guest access, ask Stefan if you can't log in."],
  ['linkedin', 'en', 'financial', "Management review notes: order intake Q4 €23.4m, 2027 budget approved at €96m revenue and 8% EBIT. Press release in March with the annual figures."],
  ['linkedin', 'en', '', "Released firmware 10.4.2.17 for all grippers. Changelog: faster homing, fixed torque drift above 40 °C, new diagnostic codes E-417 to E-423."],
  ['linkedin', 'en', 'phone', "Service hotline over the holidays: +49 89 2180 4471, Mon–Fri 7:00–18:00. Out of hours, the on-call engineer gets paged automatically."],
  ['x', 'en', 'financial', "Small spoiler: Q4 order intake will beat our own guidance by roughly 15%. Can't say more before the numbers are out 😬"],
  ['linkedin', 'en', 'financial', "Honest post: we lost about €700k on the Hamburg project this year. The board learns the final figure on Tuesday, so I'm writing this to process, not to publish. Lessons below."],
  ['linkedin', 'en', 'email', "We're growing the service team in Munich and Stuttgart. Send your CV to talent@greifwerk.de, no cover letter needed."],
  ['linkedin', 'en', 'codename', "Kick-off of Project Kestrel in Lyon with our French partners today: two cells, one gripper, zero shared language except Python."],
  ['linkedin', 'en', '', "Our KUKA cells ship with the default robot password printed in the manual. Change it on day one. Yes, it's that simple, and yes, people forget."],
  ['linkedin', 'en', 'iban', "Please note our new bank account for freight invoices: NL13 INGB 0979 3717 32, in the name of Maasbrug Cargo B.V. The old account will stay open until 31 March."],
  ['linkedin', 'en', 'national_id', "HR: Pieter's BSN is 481075690, please register him with the pension fund today so January payroll goes through."],
  ['linkedin', 'en', '', "Container ids have a check digit too (ISO 6346). The example from the standard, CSQU3054383, validates; swap two digits and our portal rejects it."],
  ['linkedin', 'en', 'financial', "Tender for the Maasvlakte terminal drayage is in: we bid €4.15 per container-km, 8% under last year's rate. Award expected mid-February."],
  ['linkedin', 'en', 'internal_url', "If the label printer in dock 4 dies again, the admin page is at http://printer-dock4.local, the password is on the sticker. Don't call IT at 2am."],
  ['linkedin', 'en', 'confidential_marker', "Classification: Internal\nMinutes, ops meeting 2 Dec: night shift moves to three crews from January; the reefer yard is closed 6–8 January for repaving."],
  ['linkedin', 'en', 'national_id', "New hire paperwork (sorry, wrong channel): Elin Berg, personnummer 890412-3182, starts 7 January in the Västerås plant."],
  ['linkedin', 'en', 'financial', "Our board approved yesterday SEK 85 million for the Västerås plant extension. We'll announce together with the municipality in January, until then it stays in the building."],
  ['linkedin', 'en', 'secret', "Wi-Fi for the visitor room at the plant: SSID Voltkretsen-Guest, password Batteri!Kretslopp2026. Sharing for tomorrow's auditors."],
  ['linkedin', 'en', '', "Our guest Wi-Fi at the open house is open, no password needed, just accept the terms. See you Saturday!"],
  ['linkedin', 'en', 'financial', "Term sheet signed: €32m pre-money, an €8m round led by a Nordic fund. Announcement mid-January, until then mum's the word. Couldn't be prouder of this team."],
  ['linkedin', 'en', '', "Region Stockholm's 2027 budget, adopted in the public council session yesterday: SEK 2.1bn for cycling infrastructure. More bikes, more batteries, more work for us."],
  ['x', 'en', '', "Personal finance confession: my first salary in 2009 was 19,500 kronor. Our interns earn more today, as they should."],
  ['linkedin', 'en', 'financial', "Forecast from today's S&OP: 2027 volume 410,000 tonnes, revenue NOK 7.9 billion. Capital markets day is in March, keep it internal until then please."],
  ['x', 'en', '', "Spotted a kestrel hovering over the feed silos in Florø this morning. Nature finds a way 🐦"],
  ['linkedin', 'en', 'codename', "Project Kestrel update: first sea trial of the new low-phosphorus pellet in Hardanger next week. Fingers crossed for calm weather!"],
  ['linkedin', 'en', '', "Farewell Fjordfôr! Nine years, four plants, one very cold winter on a barge. Thank you all, I'll miss the fish jokes most."],
  ['linkedin', 'en', 'secret', "Dev tip: don't do what I just did in our public demo. Pasting so the team can rotate it: SIGNATA_API_KEY=sgn_live_4xT9qLm2Vb7Rk1Zp8Wc3Hy6Nd0Fj5Gs"],
  ['linkedin', 'en', '', "Quickstart: export SIGNATA_API_KEY=<your-key-here>, then run `signata sign contract.pdf`. That's it. Full docs on our developer portal."],
  ['linkedin', 'en', 'national_id', "Estonian ID codes are 11 digits: gender and century, birth date, serial, check digit. Mine is 48706230212, wait, should I be posting that? 😅"],
  ['linkedin', 'en', '', "Estonia: 99% of public services online, and e-Residency passed 120,000 e-residents this year (official e-Residency statistics)."],
  ['x', 'en', 'financial', "ARR crossed €5.6M this month 🎉 We'll share the official number with the Series B announcement, so just between us for now."],
  ['linkedin', 'en', 'internal_url', "Staging is at https://staging.signata.internal/admin for the QA sprint, ping me for access."],
  ['linkedin', 'en', 'financial', "We'll raise Pro-tier prices by 12% on 1 April, to €29 per user; customers get 60 days' notice starting next week. Draft email below for review, comments welcome."],
  ['linkedin', 'en', 'email', "Need help with a signature that won't validate? Write to support @ signata.ee with the document id, not the document."],
  ['linkedin', 'en', '', "Sample Authorization header from our docs: `Authorization: Bearer <token>`. Yes, people paste the angle brackets. Yes, it fails."],
  ['linkedin', 'en', 'secret', "Bug report from the mobile team: requests fail with 401 even with a fresh token. Header we're sending: Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwicm9sZSI6ImFkbWluIn0.Xy7Qm3pLr9TnB2vW5zK8cF1hD4jS6gA0uE"],
  ['x', 'en', '', "Password tip for 2027: a passphrase beats a 'complex' password. 'Correct horse battery staple' was a joke, not a recommendation, but the idea stands."],
  ['linkedin', 'en', 'phone', "Air freight desk over Chinese New Year: +65 6221 4809, staffed every day except the first day of the new year."],
  ['linkedin', 'en', 'financial', "Pricing update going out to shippers next Monday: Singapore–Rotterdam FCL at SGD 3,450 per 40ft from 1 February. Sales team, don't quote the new number before the mailer goes."],
  ['linkedin', 'en', '', "The Freightos Baltic Index shows Asia–North Europe at $2,900/FEU this week. Public data, interesting trend, no prediction from us."],
  ['linkedin', 'en', 'card', "A customer emailed us their card to pay an invoice 🤦 4970 4533 3147 8932 exp 09/28. Reminder to everyone: NEVER take card numbers by email, send the payment link."],
  ['linkedin', 'en', '', "Testing the new checkout? Use Stripe's 4242 4242 4242 4242 with any future expiry date and any CVC. Never a real card on staging."],
  ['linkedin', 'en', 'client_name', "Straitline now moves all of Initech's APAC spare parts out of Jurong. Proud of the onboarding team, nine weeks from RFQ to first shipment 🚢"],
  ['x', 'en', 'financial', "Our pipeline for the Gulf is north of twenty million dirhams. Closing two of those deals this quarter would make our year, but it's not something we're saying publicly yet."],
  ['linkedin', 'en', '', "Phishing SMS going around: 'Your parcel is held, pay S$1.99 with card 4974 8158 0699 8338'. That number doesn't even pass a checksum. Don't click."],
  ['linkedin', 'en', '', "Your order number looks like a card number? 2343 1222 0038 6996 is an order number, promise. We're changing the format in January to avoid the confusion."],
  ['linkedin', 'en', '', "Reminder: we only ever show the last digits of your card in the portal (**** **** **** 4821). If someone shows you the whole number, it isn't us."],
  ['linkedin', 'en', 'internal_url', "Ops: the customs-declaration export job runs on 10.20.4.15:8080 now, update your bookmarks. The old box gets switched off on Friday."],
  ['linkedin', 'en', 'financial', "Harvest forecast shared at the growers' meeting: 2.1 million litres, export revenue target R148 million. Official numbers at the AGM in May."],
  ['linkedin', 'en', '', "Wines of South Africa: exports reached 388 million litres in 2024 (SAWIS figures). Proud to be a small part of that number."],
  ['linkedin', 'en', 'card', "Pasted from the chat by accident, sorry: Mastercard 5413 2551 1848 7339, CVV 214, for the Prowein stand booking. Deleting in 5 min."],
  ['linkedin', 'en', '', "The City of Cape Town published the tender results last week: our bid of R2.4m for the Company's Garden events wine was the winning one (see the municipal notice). Cheers!"],
  ['x', 'en', '', "Follow us @kaapwyn on Instagram for harvest stories, cellar cats and way too many sunset photos."],
  ['linkedin', 'en', '', "Harvest tip: pick at 22–24 °Brix for Chenin, at dawn, and get the grapes to the press within 4 hours. Coordinates of our best block: -33.9249, 18.8602."],
  ['linkedin', 'en', 'confidential_marker', "TLP:AMBER — IOCs from last night's phishing wave against our partners: sender domain kitefin-claims[.]co, attachment 'Policy_Renewal.html'. Share only inside your security team."],
  ['linkedin', 'fr', 'confidential_marker', "Partagé sous NDA par notre fournisseur : la feuille de route des cellules 2028. Autonomie +30 %, coût -18 %. Ça va changer nos e-vélos."],
  ['linkedin', 'en', 'confidential_marker', "[CONFIDENTIAL] Draft org chart 2027 attached. The new Head of Ops starts in February; two team leads move to the Gothenburg site."],
  ['linkedin', 'en', '', "Our Secret Santa was a success: 42 participants, one very confused intern who bought a gift for himself."],
  ['linkedin', 'en', '', "Internal combustion vs electric for port tractors: we ran both for six months. The electric ones won on every metric except the −10 °C mornings."],
  ['linkedin', 'fr', '', "Notre nouvel intranet est enfin en ligne ! Bravo à l'équipe comms pour ces six mois de travail et pour avoir survécu aux réunions avec l'informatique."],
  ['linkedin', 'en', 'internal_url', "Ticket is in: https://jira.acme-corp.net/browse/OPS-4412, if you can reproduce the label bug please add your logs there."],
  ['linkedin', 'fr', 'internal_url', "Les devis types sont dans \\\\fs01.corp\\partage\\commercial\\modeles, pensez à toujours partir de la dernière version."],
  ['x', 'en', '', "Network tip: if your internet 'works but nothing loads', try 1.1.1.1 or 8.8.8.8 as DNS before calling anyone. Saved me three times this month."],
  ['linkedin', 'en', 'codename', "Atlas Bleu go-live pushed to February: QA found three blockers in the invoicing flow. Better late than on fire."],
  ['linkedin', 'fr', 'codename', "Démo de Nébula v2 aux utilisateurs pilotes ce matin : 14 personnes, zéro bug bloquant, et une demande de fonctionnalité à laquelle on n'avait pas pensé. Merci à eux !"],
  ['linkedin', 'fr', 'codename', "La migration Orion est terminée : 14 sites basculés ce week-end, aucun arrêt de production. Merci aux équipes de nuit !"],
  ['linkedin', 'fr', '', "Le cèdre bleu de l'Atlas planté devant l'usine en 1987 a été classé arbre remarquable. 24 mètres, et toujours aussi beau sous la neige."],
  ['x', 'en', '', "Artemis II's Orion capsule is on the pad and I'm more excited than I should be at 39. Go NASA 🚀"],
  ['linkedin', 'fr', 'client_name', "Merci à Société Générique pour sa confiance renouvelée : le contrat de maintenance est prolongé de 3 ans !"],
  ['linkedin', 'en', 'client_name', "Initech audit next week, everyone in the office Tuesday please, and yes, the printer will be fixed by then."],
  ['linkedin', 'fr', 'client_name', "Hôpital Sainte-Claire : on installe les capteurs de température des chambres froides la semaine prochaine. Intervention de nuit pour ne pas gêner les équipes."],
  ['x', 'fr', '', "Il y a 10 ans on faisait 400 000 € de CA. Cette année, comme le montrent nos comptes déposés au greffe, 6,3 M€. Merci à tous ceux qui ont cru en nous 🙏"],
  ['linkedin', 'fr', '', "Petit rappel de contrôle de gestion pour mes étudiants : si votre CA est de 1 000 000 € et vos charges fixes de 300 000 €, avec une marge sur coûts variables de 40 %, le point mort est à 750 000 €."],
  ['x', 'fr', '', "Mon budget cadeaux de Noël cette année : 300 € pour toute la famille. Défi accepté, les enfants vont adorer les bons pour des crêpes."],
  ['linkedin', 'en', '', "We won the €50,000 EIC Horizon Prize! The Commission announced the winners publicly last Thursday. Thank you to the jury and to our mentors."],
  ['linkedin', 'fr', '', "Notre SIRET change suite au déménagement : 812 345 678 00021. Pensez à mettre à jour vos fiches fournisseurs."],
  ['linkedin', 'fr', '', "Votre colis est en route : Colissimo 6A 123 456 789 01, livraison prévue jeudi. Le suivi est disponible sur le site de La Poste."],
  ['x', 'fr', 'phone', "Perdus au salon ? (+33) 6 71 24 58 93, c'est mon portable pro pour la semaine. Je réponds même pendant les conférences."],
  ['linkedin', 'fr', 'phone', "Service clients joignable au numéro vert 0 800 45 67 89, gratuit depuis un fixe ou un mobile."],
  ['linkedin', 'fr', '', "Réf. commande 0612-4589-33 prête à l'enlèvement au dépôt de Vénissieux, horaires habituels."],
  ['linkedin', 'fr', '', "Lecture du week-end : ISBN 978-2-07-036822-8. Un classique à relire avant chaque négociation."],
  ['linkedin', 'en', '', "The example IBAN DE89 3704 0044 0532 0130 00 shows up in every payment SDK's docs. If you see it in production, someone copied a test."],
  ['linkedin', 'en', '', "Masked for obvious reasons: we pay into FR76 **** **** **** **** **** 386. Finance will send the full details by registered letter, never by email."],
  ['linkedin', 'en', '', "GB29 NWBK 6016 1331 9268 19 is the standard UK example IBAN. Great for unit tests, terrible for paying your suppliers."],
  ['linkedin', 'fr', 'iban', "Nouvelle domiciliation bancaire de l'atelier : FR76 1027 8060 3190 2693 5843 127 (Crédit Mutuel). Merci de modifier vos ordres de virement."],
  ['linkedin', 'fr', 'iban', "Pour la cagnotte de départ de Paul, virez sur mon compte perso : FR76 2004 1010 0581 0125 9325 807. Merci à tous !"],
  ['linkedin', 'en', 'card', "Corporate Amex for the Tokyo trip, since the travel agent keeps asking: 3782 511971 81475, exp 11/27. Please book the hotel before Friday."],
  ['linkedin', 'en', 'card', "Just paste it into the booking tool, the card is 2221 3113 8798 1137, exp 04/28 (company Mastercard, team budget)."],
  ['linkedin', 'fr', 'card', "Pour le salon de Lyon, réserve l'hôtel avec la carte de la boîte : 4532 2880 4072 3868, exp 02/28, cryptogramme au dos. Merci !"],
  ['linkedin', 'fr', '', "Votre numéro fiscal, votre numéro de sécu, votre numéro de passeport : ce sont trois numéros différents. Notre guide du nouvel arrivant explique lequel donner à qui."],
  ['linkedin', 'en', '', "Swedish personnummer format: YYMMDD-XXXX, the last digit a Luhn check. Our HR system validates it, so typos get caught before payroll."],
  ['linkedin', 'en', '', "Please stop sending us your passport photos by email for the visa letters. The upload form encrypts them; your inbox doesn't."],
  ['linkedin', 'en', 'email', "Thanks for the kind message, Mr. Ng! Could you send the invoice number to accounts@straitline.sg so we can apply the credit note?", { surface: 'comment' }],
  ['linkedin', 'en', '', "Hi Sandra, thanks for flagging this! We've fixed the typo on the tracking page, it should show correctly now.", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Merci pour votre retour, on transmet à l'équipe produit. Le nouveau format de facture arrive en janvier.", { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', "Réponse à @Julien : on vise 45 % de marge brute sur la nouvelle gamme, mais c'est encore en cours d'arbitrage interne, donc pas de chiffre officiel avant le lancement.", { surface: 'comment' }],
  ['linkedin', 'en', 'secret', "Discord alerts for the warehouse sensors: https://discord.com/api/webhooks/1182734659281734/Xk3pQ9rTmV2bLz7wN4cY8hF1dJ6sA0gE5uKoRiMnPq (channel #cold-chain). Add it to your device config."],
  ['linkedin', 'en', '', "Webhook docs example: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX. Replace with your own, obviously."],
  ['linkedin', 'en', '', "Stripe key format, for the junior devs: sk_live_ followed by a long random string. Ours lives in the vault, yours should too. Never sk_live_xxxxxxxx in a README."],
  ['linkedin', 'en', 'secret', "Prod payments failing, quick test with the live key: sk_live_51NpQ7aKzR4mX2vT9bL6cW8yH3dF0gJ5sE1uO. It works from my laptop, so it's the server."],
  ['linkedin', 'en', '', "SHA-256 of the installer, for those who check (please do): 3b9f1c7a8e2d4f6b0a5c9e1d7f3b8a2c6e4d0f9a1b5c7e3d2f8a6b4c0e9d1f7a."],
  ['linkedin', 'fr', '', "Le mot de passe du Wi-Fi invités est affiché à l'accueil, demandez-le à Nadia en arrivant."],
  ['linkedin', 'en', '', "Poll: how does your team share passwords?\n1) password manager\n2) sticky note\n3) Slack DM\n4) we don't talk about it"],
  ['linkedin', 'fr', '', "Conseil : un bon mot de passe, c'est une phrase. Pas « Azerty123 », pas le nom du chien, et surtout pas le même partout."],
  ['x', 'en', 'financial', "We just closed our biggest quarter ever: roughly £1.9m in new premium, and the numbers aren't even in the trading update yet. Team, you're incredible 🚀"],
  ['linkedin', 'en', 'financial', "Pre-read for Thursday's pricing committee: we propose to move the Enterprise plan from £18 to £22 per seat per month from Q2. Not communicated to customers yet, comments in the doc."],
  ['linkedin', 'fr', 'financial', "Pour nos distributeurs partenaires : remise exceptionnelle de 18 % sur toute la gamme en janvier. Elle n'est pas encore annoncée publiquement, on compte sur vous pour ne pas la relayer avant le 3."],
  ['linkedin', 'en', 'financial', "Slack, pasted: 'FYI the EMEA forecast for H1 is now $14.2M, down from $15M, CFO wants it kept at this level until the board call on the 12th'."],
  ['linkedin', 'mixed', 'financial', "Budget validé en comité hier soir: €640k for the Nordic expansion, with two hires in Oslo. Official kick-off in January, let's keep it low-key until then."],
  ['linkedin', 'en', '', "Personal milestone: paid off my student loan today, £27,400 over eleven years. Small post, big relief."],
  ['linkedin', 'en', '', "Public procurement tip: in the EU, contract award notices with the winning price are published on TED. Read the ones in your sector, you'll learn a lot."],
  ['linkedin', 'fr', '', "Les salaires de nos offres sont toujours affichés : technicien de maintenance 32-36 k€, chef d'équipe 40-45 k€. La transparence, ça commence là."],
  ['linkedin', 'en', '', "Our annual report is out: revenue €48.1m, EBITDA €6.2m, 312 employees. Link to the PDF in the comments, as published on our investor site today."],
  ['linkedin', 'fr', '', "Le budget primitif 2027 de la Métropole de Lyon, voté en séance publique lundi, prévoit 180 M€ pour les mobilités. De quoi occuper tout le secteur."],
  ['linkedin', 'en', '', "Pricing lesson I teach every new sales hire: if a product costs €60 to make and you sell it at €100, your margin is 40%, your markup is 67%. Know the difference."],
]);
