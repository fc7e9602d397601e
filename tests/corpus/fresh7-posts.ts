import { rows } from './corpus-types';

/**
 * Held-out set "fresh7": written 2026-12-03 (07:42-07:53 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh6), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh7`. First scored 2026-12-03 07:54 UTC on the rules of d413b2b (after the
 * fixes from fresh4 to fresh6): confidentiality macro F1 0.972, 5.2 % of clean posts flagged (5 of 96); every category
 * at 0.923 or above (secret the weakest, recall 0.900). Its misses were then fixed, so later scores no longer estimate anything.
 *
 * Authors: an airline operations control centre (Toulouse, Roissy), a university research lab (Grenoble,
 * Edinburgh), a video-game studio (Montréal, Bordeaux), an insurance broker in Brussels, a Breton farm co-operative,
 * a telecom NOC in Rennes, a public hospital pharmacy in Lyon, a retail chain's head office in Montréal, a payments
 * fintech in Paris, a defence subcontractor, law clerks, a freelance translator in Lisbon, sales engineers in Dubai
 * and Singapore, a Swiss private bank (Geneva, Lugano, Luxembourg), a Spanish hotel group (Palma, Madrid, Seville),
 * expatriate new joiners (London, New York, Berlin, Amsterdam, Kraków, Milan), developers, IT and security people.
 * Forms: signatures, farewell posts, event invitations, job offers, quoted phishing and fraud e-mails, pasted logs,
 * traceroutes, env files, .npmrc, curl commands, connection strings, a private key block, webhooks (Slack, Teams,
 * Discord), a dialogue, thread replies (surface 'comment'), X threads and a long premium X post; leaks in
 * parentheses, quotes and hashtags, figures in words or as ranges, indirect non-public signs ("before the earnings
 * call", "pas encore publié", "présenté au comité"). Phones from France, Belgium, Switzerland, Spain, Portugal, the
 * UK, Germany, Italy, Morocco, the UAE, Singapore, India, Brazil, Japan, Australia, Canada and the US, national and
 * international, with parentheses, dots and dashes, switchboards and free numbers. Positive IBANs (mod-97, French RIB
 * and Spanish control digits, Italian CIN), cards (Luhn; Visa, Mastercard incl. 2-series, Amex) and national ids
 * (NIR, Belgian register incl. a post-2000 birth, DNI, NIE, codice fiscale, AVS, SIN, BSN, Steuer-ID, PESEL,
 * Portuguese NIF; UK NI and US SSN by format) were computed and verified by script; look-alikes are wrong-checksum,
 * masked, or documented example/test/specimen values described as such (EPC/ECBS example IBANs, Stripe and
 * Mastercard test cards, the Carte Vitale and AVS specimens, Mario Rossi, QQ NI, the Woolworth SSN, the test BSN,
 * AWS's EXAMPLE keys, jwt.io's sample). About 40 % clean: hard look-alikes of every category (the constellation,
 * NASA's capsule and a dog called Orion, ASP.NET's Kestrel server, MongoDB Atlas, CME Globex, the Simpsons' Globex,
 * Office Space's Initech, Société Générale, published results, public statistics, salary ranges, example.com and
 * example.org addresses, @handles, localhost and home-network IPs, commit hashes and checksums, flight, order,
 * tracking, court and policy numbers, dates, times and scores, NDA talk, trade embargoes, L.A. Confidential) and
 * ordinary everyday posts.
 */
export const FRESH7_POSTS = rows('fresh7', [
  // ---- airline operations control centre (Toulouse, Roissy) ----
  ['linkedin', 'fr', '', `Nuit blanche au centre de contrôle des opérations : brouillard sur Orly, 14 vols déroutés vers Lyon et Bâle-Mulhouse, 3 équipages hors temps de service à 4 h du matin. À 7 h, 92 % des rotations étaient reparties. Je ne me lasserai jamais de voir une équipe OCC travailler comme ça. #aviation #ops`],
  ['x', 'en', 'phone', `Stuck at CDG because of tonight's ATC strike? I can't rebook you from the ops centre, but the passenger line can: +33 1 70 37 21 90, open 24/7. Please don't DM me your booking ref 🙏`],
  ['linkedin', 'fr', 'internal_url', `Petit conseil aux nouveaux régulateurs qui arrivent lundi : le tableau des rotations équipage est sur https://occ-rotations.corp.acme.com/board?base=TLS&view=48h — mettez-le en favori dès le premier jour, vous l'ouvrirez 200 fois par nuit 😅`],
  ['linkedin', 'fr', 'secret', `@Camille pour l'outil de simulation de planning tu te connectes avec le compte partagé ops_sim / mot de passe Rot#Tls2026!kq — il expire fin décembre, je le change après les fêtes`, { surface: 'comment' }],
  ['linkedin', 'en', 'codename financial', `So proud of the ops tooling team. Orion, the disruption-recovery engine we built in-house, cut our EU261 compensation bill by roughly €1.8M this winter. Finance will only publish the figure with the full-year results in February, so this stays between us until then — but the team deserves the applause now.`],
  ['x', 'fr', '', `Orion depuis le cockpit à 37 000 pieds au-dessus de l'Atlantique, 3 h du matin, la nébuleuse visible à l'œil nu. Certains jours, ce métier est magique. ✨`],
  ['linkedin', 'en', 'confidential_marker', `Sharing the part of this morning's brief that made me laugh, the rest isn't very shareable 😅

> INTERNAL USE ONLY — OCC weekly brief, week 49
> De-icing fluid stock at ORY below 40 %, reorder placed. Crew hotel in NCE switched again.

Anyone else's winter starting like this?`],
  ['linkedin', 'fr', 'email phone', `Après 11 ans au centre de contrôle des opérations, je rends mon badge vendredi. Merci à toutes celles et ceux qui ont partagé ces nuits de neige, de grèves et de volcans islandais. Pour garder le contact : marc.delaunay.pro@gmail.com ou 06 74 21 88 39. Bons vols à tous ✈️`],
  ['linkedin', 'en', '', `Flight AF 1078, seat 23C, gate 44, boarding 06:35, departure 07:05, arrival 08:20. Booking reference not included, nice try 😄 Off to Toulouse for the winter ops workshop.`],
  ['linkedin', 'fr', 'financial', `Le comité d'investissement a validé hier l'enveloppe pour le nouveau centre de contrôle : entre 35 et 40 millions d'euros sur trois ans. Rien n'est encore annoncé officiellement, mais quelle fierté d'avoir porté ce dossier depuis 2024 !`],

  // ---- university research lab (Grenoble, Edinburgh) ----
  ['linkedin', 'en', '', `Our paper on perovskite degradation under humid heat is out in Nature Energy (doi:10.1038/s41560-026-01734-2). Code on GitHub, raw data on Zenodo, 412 devices measured over 1,000 hours. Thank you to everyone in the lab!`],
  ['linkedin', 'fr', 'internal_url secret', `Pour les stagiaires qui arrivent en janvier : le cluster se trouve sur hpc-login.physlab.internal (port 2222), et pour soumettre par l'API du scheduler il faut le jeton du labo : 24d6d003a6630d95495d395dc3289858. Ne le mettez pas dans vos notebooks publics !`],
  ['linkedin', 'en', 'email', `We're hiring a PhD student in soft robotics (3 years, fully funded, start September 2027). Send your CV, transcripts and a one-page statement to Dr Aisha Mensah: a.mensah [at] ed-softrobotics.ac.uk. Deadline 31 January.`],
  ['x', 'fr', '', `Soutenance de thèse de Léa vendredi 12 décembre à 14 h, amphi Louis Néel, salle 2.014. Venez nombreux, il y aura du gâteau 🎓`],
  ['linkedin', 'en', '', `Tutorial time: I got JupyterLab running on my laptop for the first-year students. pip install jupyterlab, then jupyter lab --port 8888, and open http://localhost:8888 in your browser. That's it, no more excuses for not plotting your data.`],
  ['linkedin', 'fr', 'financial', `Immense nouvelle pour l'équipe : le conseil d'administration a voté hier un budget de 2,4 M€ pour la plateforme de cryo-microscopie. L'annonce officielle n'est prévue qu'en janvier, mais je voulais remercier dès maintenant tous ceux qui ont monté le dossier.`],
  ['linkedin', 'en', 'national_id', `Note to visiting researchers from Italy: the HR portal insists on your codice fiscale in the 16-character format. Mine is BNCMRC79C14H501X, so you can see what it expects — letters first, no spaces.`],
  ['x', 'en', '', `A kestrel has nested on the roof of the physics building for the third spring in a row. Lab morale +100 🐦`],
  ['linkedin', 'fr', '', `Magnifique image de la nébuleuse d'Orion par le télescope James Webb, publiée ce matin par l'ESA. Mes étudiants de L3 ont passé tout le TD à la commenter 🔭`],
  ['linkedin', 'en', 'phone', `If you need the cryo-EM facility for your samples, book through the core manager, Dr Iain Fraser, on +44 131 650 7283 (direct), or 07912 345 678 after hours during campaigns.`],
  ['x', 'en', '', `Every Italian form tutorial uses Mario Rossi, RSSMRA85T10A562S, as the example codice fiscale. Poor Mario must get so much mail.`],

  // ---- video-game studio (Montréal, Bordeaux) ----
  ['linkedin', 'fr', 'codename', `Trois ans sur Nébula et on peut enfin en parler un peu : le moteur de rendu tient 120 images/seconde en 4K sur les consoles actuelles, avec l'éclairage global en temps réel. Je n'ai jamais autant appris. Hâte que vous y jouiez !`],
  ['x', 'en', '', `Spent the whole weekend in No Man's Sky, the nebula skyboxes in the latest update are unreal. Someone at Hello Games deserves a raise.`],
  ['linkedin', 'en', 'secret', `Finally, a green build after 3 days 🎉 For the record, our nightly pipeline was failing because the token in the runner env had a trailing space:

GH_TOKEN=ghp_zymMlopiWfqUyHRSIf8NFmAUNLnY5Yx0y3Rn
UNITY_VERSION=6000.0.31f1
TARGET=ps5,xsx,win64

Trailing whitespace: the final boss of build engineering.`],
  ['linkedin', 'fr', 'codename confidential_marker', `Playtest sous NDA ce week-end pour Project Kestrel : 40 joueurs, 6 heures de session, et des retours incroyables sur le système de grappin. Je ne peux rien montrer, mais mon cœur de game designer est plein.`],
  ['linkedin', 'en', '', `We're hiring! Senior Gameplay Programmer, Montréal (hybrid, 3 days in studio). C++ and Unreal 5, 6+ years of experience. Salary range $105k–$130k CAD + bonus. Apply through the careers page on our website.`],
  ['linkedin', 'fr', 'email', `Envoie ton portfolio directement à recrutement@pixelforge-studio.ca en mettant mon nom dans l'objet, je le fais suivre à la directrice artistique 👍`, { surface: 'comment' }],
  ['x', 'en', 'financial', `Not supposed to say this before the publisher call on Thursday, but our preorder curve says we'll clear $6–8M in launch week. Team, you did this. 🎮`],
  ['linkedin', 'en', '', `Patch 1.14.2 is live on all platforms: fixed the crash when loading 1.13.0 saves, build 88412, 3.2 GB download on PS5. Full notes on our Steam page.`],
  ['linkedin', 'fr', 'internal_url', `La bible graphique est enfin à jour pour les nouveaux artistes : https://wiki.studio.acme-corp.net/art/bible-v4 — palettes, silhouettes, règles d'éclairage. Lisez-la avant de m'envoyer vos concepts 😄`],
  ['linkedin', 'en', 'client_name', `Co-development contract signed! We'll be building the multiplayer backend for Globex's next racing title, our biggest outsourcing deal so far. Montréal team, it's happening.`],
  ['x', 'fr', '', `Game jam terminée : 48 h, 3 litres de café, 1 jeu sur une grenouille qui livre des pizzas. Note finale 4,7/5 sur itch.io 🐸🍕`],
  ['linkedin', 'mixed', '', `Shout-out à l'équipe QA de Bordeaux : 2 317 bugs fermés ce sprint, dont le fameux BUG-40112 "the horse is stuck in the church". Legends.`],
  ['linkedin', 'en', 'confidential_marker', `The doc that opens every milestone review here starts with the same banner, and I think it says a lot about the culture:

"CONFIDENTIAL — studio leads only. Milestone 7 scope: cut the underwater biome, keep co-op."

We cut things. It's healthy.`],
  ['linkedin', 'fr', '', `On a migré nos backends de télémétrie sur MongoDB Atlas cet été : 30 % de latence en moins au p95. L'article technique complet est sur notre blog d'ingénierie.`],

  // ---- insurance broker (Brussels) ----
  ['linkedin', 'fr', 'iban', `Information à nos clients particuliers : suite à notre changement de banque, les primes sont désormais à verser sur le compte BE28 9207 6383 9920. La communication structurée reste celle de votre avis d'échéance. Merci !`],
  ['linkedin', 'fr', 'phone', `Un accident ce week-end ? Notre permanence sinistres répond au +32 2 647 18 03, et Sophie reste joignable au 0478 55 21 90 jusqu'à 20 h. On ne vous laisse pas seuls avec le constat.`],
  ['linkedin', 'en', 'national_id', `Please, please blur before forwarding. A client's claim e-mail reached my team today with their national register number, 85.03.14-538.72, right there in the subject line, and it has been forwarded to six people since.`],
  ['linkedin', 'fr', '', `Petit rappel : votre numéro de police (ex. 2026/BXL/004512) et votre référence sinistre (77-4410-23) ne donnent accès à rien sans votre identification itsme. Un appel qui vous les réclame avec insistance, c'est une arnaque.`],
  ['x', 'en', 'client_name', `Big day: fleet policy renewal signed with Globex for their Benelux trucks, third year running 💪 Brussels team on fire.`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage ce passage de notre note de marché, il résume parfaitement la situation :

« C3 – Restreint. Les réassureurs annoncent +12 à +15 % sur les traités catastrophes naturelles au 1er janvier. »

Préparez vos clients.`],
  ['linkedin', 'en', '', `Our 2025 annual report is out: gross written premiums of €212M, up 6%, and a combined ratio of 94.1%. Full report and the chairman's letter on our website.`],
  ['linkedin', 'fr', 'financial', `Objectif 2027 validé hier en comité de direction : 18 M€ de commissions, soit +20 %. On ne le communique pas avant l'assemblée générale de mars, mais l'équipe commerciale est gonflée à bloc !`],
  ['linkedin', 'en', '', `When we train new hires on payment fraud, we use the example IBAN from the European Payments Council's documentation, BE68 5390 0754 7034. If you ever see that one on a real invoice, call us.`],
  ['linkedin', 'fr', 'email', `Pour les renouvellements flotte, écrivez plutôt à flottes.bxl@courtage-leroy.be, la boîte est suivie même pendant mes congés.`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'card', `Ça m'a fait froid dans le dos : un assuré a collé dans le formulaire de contact "please charge my card 4274 4335 3917 1623 exp 11/27" pour payer sa franchise. On ne prend jamais de carte par formulaire, rappelez-le à vos clients.`],

  // ---- farm co-operative (Côtes-d'Armor) ----
  ['linkedin', 'fr', '', `Collecte record cette semaine : 1,2 million de litres de lait pour les 340 exploitations adhérentes, malgré la tempête. Merci aux chauffeurs qui ont roulé sous des rafales à 110 km/h.`],
  ['linkedin', 'fr', 'phone email', `Commandes de semences de printemps ouvertes jusqu'au 15 janvier ! Contactez Yannick au 02 96 43 17 82 ou par mail : y.lebihan@coop-armor.bzh. Maïs, orge, prairies multi-espèces.`],
  ['x', 'fr', '', `Prix du lait standard : 455 € les 1 000 litres en novembre selon FranceAgriMer. Ça reste tendu pour beaucoup d'éleveurs de la région.`],
  ['linkedin', 'fr', 'financial', `Le conseil d'administration de la coopérative a arrêté hier les comptes : un résultat net autour de 3 à 4 millions, et une ristourne aux adhérents en hausse. Ce sera présenté à l'assemblée générale de juin, ce n'est donc pas encore public, mais bravo à tous.`],
  ['linkedin', 'en', 'iban', `For our Irish and Dutch buyers of seed potatoes: the co-op's euro account for 2027 orders is FR76 3318 4502 3916 1048 6539 737 (BIC CMBRFR2BXXX). Please quote your customer number.`],
  ['linkedin', 'fr', '', `Oui, le marché de Noël des producteurs c'est samedi de 9 h à 13 h sur le parking de la coop, venez avec vos paniers !`, { surface: 'comment' }],
  ['linkedin', 'fr', 'codename', `On a lancé Orion en test chez 12 éleveurs : des capteurs dans les bâtiments qui préviennent quand une vache est en chaleur. Premiers retours très encourageants, on élargit au printemps.`],
  ['linkedin', 'en', '', `Our co-op's annual results, published at the AGM in June: €284M turnover, 1,100 members and 46 million litres of organic milk. Proud to be part of it.`],
  ['linkedin', 'fr', 'secret', `Pour les adhérents qui ont du mal avec la station météo connectée : dans l'appli, menu Réglages > API, collez la clé de la coop AIzaos_bDWmE4kuv4VGOfYcMuqbKLLp_2jfTuOQ et les données remontent toutes seules.`],
  ['x', 'fr', '', `Lever 5 h 15, traite à 5 h 30, 72 vaches, -2 °C. Bonne journée les gens des bureaux 😄`],

  // ---- telecom network operations centre (Rennes) ----
  ['linkedin', 'en', 'internal_url', `Fun night in the NOC. Traceroute from the edge while we were chasing the packet loss:

 1  10.42.7.1  0.4 ms
 2  10.42.19.254  1.1 ms
 3  core-rtr-02.noc.acme-corp.net  2.8 ms
 4  * * *

Hop 4 was the culprit (a dying optic). Swapped at 03:12, loss back to 0 %.`],
  ['linkedin', 'fr', 'secret', `Astuce pour les juniors : ne laissez jamais la community SNMP à "public". Chez nous, la community en écriture des routeurs de bord, notre mot de passe Zk7!noc-RW-2026, tourne tous les trimestres.`],
  ['x', 'en', '', `Incident INC0048213 closed after 3h12m. MTTR this month: 41 min, down from 58. Proud of the night crew 📉`],
  ['linkedin', 'fr', '', `Rappel à la famille et aux amis : l'interface de votre box est souvent sur 192.168.1.1 ou 192.168.0.254. Changez le mot de passe par défaut, ça prend 2 minutes.`],
  ['linkedin', 'en', 'secret internal_url', `Quick way to export every Grafana dashboard before a migration:

curl -s -H "Authorization: Bearer glsa_QuZ19cy0rNoJjSRbW38sVzAGT5XolHAd_67e85c3d" https://grafana.noc.corp.acme.com/api/search?type=dash-db | jq '.[].uid'

Then loop over the uids. Saved me a day.`],
  ['linkedin', 'fr', 'phone', `Pour les opérateurs partenaires : notre astreinte NOC est joignable au +33 (0)2 99 87 41 60, et cette semaine l'ingénieur N2 est au 07 81 23 94 56. Merci de ne pas appeler le standard.`],
  ['linkedin', 'en', '', `ARCEP's Q3 observatory is out: 48,200 5G sites live in France, 61% of them on the 3.5 GHz band. Great reading if you're into radio planning.`],
  ['linkedin', 'en', 'confidential_marker', `I can share the summary since people asked:

TLP:AMBER — INTERNAL ONLY
Root cause: BGP session flap after a line card firmware bug (v17.3.4), 27 minutes of partial outage in the west region.

Full RCA stays internal.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui cherchent la procédure de bascule DWDM : elle est sur http://10.12.0.45/wiki/bascule-dwdm (le serveur de doc du NOC, pas accessible hors VPN).`],
  ['linkedin', 'en', '', `My home lab finally works: Pi-hole on 192.168.50.2, Home Assistant on port 8123, and a Raspberry Pi 5 running Grafana for the garden sensors. Weekend well spent.`],
  ['linkedin', 'fr', 'phone', `Clients entreprises : en cas de coupure, le support 24/7 c'est le 0 805 40 17 23 (appel gratuit). Pas besoin de passer par votre commercial.`],
  ['x', 'en', 'financial', `NOC headcount budget for 2027 approved at €4.2M this morning, +8 engineers. Not announced yet, but I'll be hiring soon, stay tuned 👀`],

  // ---- public hospital pharmacy (Lyon) ----
  ['linkedin', 'fr', '', `1 200 poches de nutrition parentérale préparées ce mois-ci à la pharmacie à usage intérieur, zéro non-conformité. Fierté de cette équipe de préparateurs.`],
  ['linkedin', 'fr', 'client_name', `Fin de mission à l'Hôpital Sainte-Claire : en six semaines, on a sécurisé leur circuit du médicament de bout en bout, de la prescription à l'administration. Merci aux équipes soignantes pour leur accueil.`],
  ['linkedin', 'fr', 'phone', `Aux confrères d'officine : la ligne de rétrocession de notre pharmacie hospitalière est le 04 72 11 58 30 (du lundi au vendredi, 9 h–17 h). Pour les urgences, passez par le standard.`],
  ['linkedin', 'en', 'national_id', `Please stop this. A transfer fax reached us this morning with the patient's NIR, 2 98 12 13 527 414 55, typed in the subject line. Identity data goes in the secure messaging system, not on a cover sheet.`],
  ['x', 'fr', '', `Rupture d'amoxicilline buvable : l'ANSM a publié la liste des alternatives, à relayer dans vos services. Lien dans le premier commentaire.`],
  ['linkedin', 'fr', '', `Formation des nouveaux internes ce matin avec le spécimen officiel de carte Vitale. Le NIR affiché, 2 69 05 49 588 157 80, est celui du spécimen : inutile de le saisir dans le logiciel, il sera rejeté 😉`],
  ['linkedin', 'fr', 'internal_url', `Le protocole de reconstitution des anticancéreux a été mis à jour (v7) : http://intranet.pharma-chu.lan/protocoles/cytotoxiques-v7.pdf. Merci de le lire avant votre prochaine garde.`],
  ['linkedin', 'fr', 'confidential_marker', `Comme promis, l'essentiel de la note de service (« Diffusion interne uniquement ») sur les nouveaux horaires de la PUI : ouverture à 7 h 30, garde senior jusqu'à 22 h, astreinte ensuite.`],
  ['linkedin', 'fr', '', `Merci pour le partage ! Chez nous aussi le stock d'insuline tient à peine 10 jours, on a fait remonter à l'ARS.`, { surface: 'comment' }],

  // ---- retail chain head office (Montréal) ----
  ['linkedin', 'fr', 'phone', `Vous cherchez à joindre le service à la clientèle ? C'est le 1 888 624-7319, et pour les fournisseurs, le siège social au (514) 872-3416, poste 2210. On répond en français et en anglais !`],
  ['linkedin', 'en', 'financial', `Holiday forecast just landed: $412M for the chain, 6% above plan. Our CFO presents it to the board on Thursday, so not a word outside until the press release — but HQ team, this one's yours 🎉`],
  ['linkedin', 'fr', '', `Nos résultats du troisième trimestre sont publiés ce matin : ventes de 1,08 G$, +3,4 % en magasins comparables. Le communiqué complet est sur notre site investisseurs.`],
  ['linkedin', 'en', 'national_id', `Onboarding tip for new hires from abroad: payroll needs your Social Insurance Number before your first pay. It's 9 digits, like mine, 578 612 350. Get it at Service Canada on day one.`],
  ['x', 'en', '', `Order #CA-20261128-44731 shipped, UPS tracking 1Z4F8W940344127789, delivery Tuesday. The ultimate head-office move: shopping at your own store online.`],
  ['linkedin', 'fr', 'codename', `Atlas Bleu, c'est parti ! La refonte des 140 magasins démarre à Laval en février, avec les nouvelles caisses libre-service et un parcours client repensé. #AtlasBleu #commerce`],
  ['linkedin', 'fr', 'email', `Écrivez à marie-eve.tremblay@boreal-detail.ca pour le poste de gérante en Gaspésie, elle fait les entrevues la semaine prochaine.`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'card', `Incident de la semaine au service client : a customer pasted her full card number, 5548 9327 7634 4089, in our public chat. We deleted it, but please, never ask for card details in chat. Jamais.`],
  ['linkedin', 'en', '', `Black Friday from the store manager's whiteboard at our flagship: 4,812 transactions, 37 minutes for the longest queue, 2 lost kids found, 1 very tired team.`],
  ['linkedin', 'fr', 'confidential_marker', `Petit extrait de la présentation de lundi (« Confidentiel – usage interne ») qui devrait inspirer tous nos gérants : « Le client ne se souvient pas du prix, il se souvient de l'attente. »`],

  // ---- payments fintech (Paris) ----
  ['linkedin', 'fr', 'secret', `Post-mortem honnête : un stagiaire a poussé ceci dans un dépôt public hier soir.

STRIPE_SECRET_KEY=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

On a tout révoqué en 11 minutes. Morale : des hooks pre-commit, partout, tout de suite.`],
  ['linkedin', 'en', '', `For our API docs we use Stripe's published test card 4242 4242 4242 4242 and a placeholder key, sk_test_xxxxxxxx. If you ever see either in production logs, something is very wrong.`],
  ['linkedin', 'fr', 'card', `Un client nous a envoyé sa carte par le chat in-app : 5310 2997 5673 9704, exp 09/28, cryptogramme compris. On a supprimé le message, mais rappel : nous ne vous demanderons JAMAIS ces données.`],
  ['x', 'en', 'financial', `ARR crossed €14.2M last week 🚀 The board sees it Monday and the official announcement comes with the Series B in January, so you heard it here first.`],
  ['linkedin', 'fr', '', `Les futures sur le Bitcoin se négocient sur CME Globex presque 24 h/24, de 17 h à 16 h heure de Chicago. Bon rappel pour nos clients qui couvrent leur trésorerie.`],
  ['linkedin', 'en', 'client_name', `Huge milestone: Société Générique is now live on our instant-payments API, with 2.3 million transactions processed in the first week. Congrats to the integration squad!`],
  ['linkedin', 'fr', '', `Société Générale a publié ses résultats du T3 ce matin : produit net bancaire en hausse de 5 %. Intéressant de voir la banque de détail remonter.`],
  ['linkedin', 'en', 'email iban', `Phishing of the week, straight from our support inbox:

> From: Julien Marchetti <julien.marchetti.finance@outlook.fr>
> Please update my payout account to FR76 7238 5973 0231 9923 2680 001 before Friday.

The real Julien never asked. Always call back on a number you already know.`],
  ['linkedin', 'fr', '', `Notre appli passe en version 3.2.1 sur iOS 18.4 et Android 15 : virement instantané en 2 clics et Face ID pour les plafonds. Notes de version sur le store.`],
  ['linkedin', 'mixed', 'secret', `Petit rappel de sécurité après l'incident de mardi : le webhook du canal #payments-alerts, https://hooks.slack.com/services/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, avait été collé dans un ticket Jira public. It's revoked now. Stop pasting webhooks in tickets, please.`],
  ['linkedin', 'en', '', `Our public sandbox uses the well-known example IBAN GB82 WEST 1234 5698 7654 32 from the ECBS documentation, so you can test the payout flow without touching real money. Docs link in the comments.`],
  ['linkedin', 'fr', 'financial', `Taux de churn à 1,9 % ce trimestre, le plus bas de notre histoire. On le présentera au conseil le 15 avant de le partager officiellement, mais je suis trop fier de l'équipe customer success pour attendre.`],
  ['x', 'en', '', `Paris fintech meetup tonight, 19:00 at Station F, 120 people registered. Talk: "Instant payments, 10 seconds, 0 excuses".`],
  ['linkedin', 'fr', 'internal_url secret', `Pour l'équipe data : la base analytique est accessible avec

postgres://analytics_ro:Hq7v!pR2xTz9@pg-analytics.acme-corp.net:5432/warehouse

(lecture seule, mais quand même, ne la partagez pas en dehors du channel)`],
  ['linkedin', 'en', '', `Every sample request in our API reference uses jane.doe@example.com as the customer e-mail. Three support tickets this month asked us why Jane keeps getting their refunds 😂`],

  // ---- defence subcontractor (Bourges, Vélizy) ----
  ['linkedin', 'fr', 'confidential_marker', `Extrait de la spécification qu'on a bouclée cette nuit, je suis trop fier de la phrase d'intro :

« DIFFUSION RESTREINTE – Le calculateur doit fonctionner de -40 °C à +85 °C sans dégradation. »

Quinze mois de travail pour tenir ça.`],
  ['linkedin', 'en', '', `Proud to announce we'll exhibit at Eurosatory 2028: hall 5A, stand D120. Come and see our ruggedised power units. Free coffee, no brochures 😉`],
  ['linkedin', 'fr', 'codename', `L'équipe Kestrel a bouclé cette nuit les essais sur pot vibrant : 14 heures, aucun défaut. Bravo à tous, on attaque les essais climatiques en janvier.`],
  ['x', 'en', '', `NASA's report on the Orion heat shield is fascinating reading for anyone in thermal protection. Chapter 4 especially.`],
  ['linkedin', 'en', 'internal_url', `New joiners: the PLM lives at https://plm.defense.corp.acme.com, your badge number is your login. Please don't screenshot anything from it for your "first week" posts 😅`],
  ['linkedin', 'en', 'financial', `We won the naval sensor contract — roughly €60M over five years. The ministry hasn't announced it yet, so keep it quiet for a few weeks, but I couldn't not thank the bid team.`],
  ['linkedin', 'fr', '', `Notre chiffre d'affaires 2025, publié au registre : 74 M€, dont 61 % à l'export. Merci aux 430 collaborateurs qui rendent ça possible.`],
  ['linkedin', 'en', 'secret', `Found this in a shared drive during the audit, which is exactly why we do audits:

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACCdL7x4qVn3mR9sXy8TQk2pW6hZ0aFvJc1uEo5bNtYgKwAAAJgQm8rHEJvK
-----END OPENSSH PRIVATE KEY-----

Deleted, rotated, and a very polite chat with the owner.`],
  ['linkedin', 'mixed', 'national_id', `Welcome to our new test engineer from Kraków! Petit conseil pour ses démarches : sur le formulaire de la sécurité sociale, elle avait mis son PESEL 90041782788 dans le champ du NIR, ça ne passera pas 😅`],

  // ---- law clerk (Paris, London) ----
  ['linkedin', 'fr', '', `Audience du 12 janvier 2027 devant le tribunal de commerce de Paris, RG n° 24/08731, 14 h. Ma première plaidoirie comme collaboratrice, je tremble déjà.`],
  ['linkedin', 'en', 'client_name', `Drafting the share purchase agreement for Initech all week. The disclosure schedules alone run to 300 pages. Coffee consumption: concerning.`],
  ['linkedin', 'fr', '', `Revu Office Space hier soir : Initech, les rapports TPS, l'agrafeuse rouge… Vingt-cinq ans après, toujours la meilleure satire de l'open space 😂`],
  ['linkedin', 'en', 'confidential_marker', `Best header I've read this year, on a memo that actually fixed a problem:

"PRIVILEGED & CONFIDENTIAL — ATTORNEY–CLIENT COMMUNICATION. Short answer: yes, the clause survives termination."

Lawyers, learn to give the short answer first.`],
  ['linkedin', 'fr', 'email phone', `Je quitte le cabinet après cinq belles années. Pour les confrères qui m'écrivaient : le dossier est repris par Maître Hélène Duval, 01 42 96 13 58, h.duval@duval-associes-avocats.fr. Merci pour tout.`],
  ['linkedin', 'fr', '', `Thread utile pour les juniors : comment négocier un accord de confidentialité (NDA) sans y passer trois semaines. Durée, périmètre, exceptions, droit applicable. 👇`],
  ['linkedin', 'en', 'confidential_marker', `Our firm's ranking in the new Legal 500 guide — EMBARGOED UNTIL 10 DECEMBER, 09:00 GMT — top tier in arbitration for the third year in a row. Sorry, I couldn't wait!`],
  ['linkedin', 'fr', 'national_id', `Pour la succession d'un client espagnol, le notaire de Malaga nous demande le NIE de l'héritier, X6042686B, en pièce jointe certifiée. Quelqu'un a un traducteur assermenté à recommander ?`],

  // ---- freelance translator (Lisbon) ----
  ['linkedin', 'fr', '', `Mes tarifs 2027 : 0,14 € par mot de l'anglais vers le français, 0,16 € pour le juridique, minimum de facturation 45 €. Devis sous 24 h.`],
  ['linkedin', 'fr', 'iban email', `Pour mes clients qui me demandent mes coordonnées de facturation 2027 : IBAN PT76 9257 2542 9546 3208 0107 9, contact comptable : faturas.anasilva@gmail.com. Merci et belles fêtes !`],
  ['linkedin', 'en', 'national_id', `Portuguese clients keep asking for my NIF on invoices: it's 249627132, and yes, I'm registered as a trabalhador independente. Save it somewhere, please 😅`],
  ['x', 'en', '', `Translator's favourite false friend: in Spanish, "embargo" is also a seizure of assets, and "sin embargo" means "however". Language is fun.`],
  ['linkedin', 'en', 'codename confidential_marker', `Just delivered a 90-page translation for a tech client. The cover page says it all: "Nébula — Strictly confidential, do not forward." I'm dying to tell you more, but I won't.`],
  ['linkedin', 'fr', 'email', `Bien sûr ! Écris-moi à ana (point) silva (arobase) tradlisboa (point) pt et je t'envoie ma grille.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `My translation of "The Lighthouse Keeper" is out! ISBN 978-2-07-046123-5, 312 pages, in bookshops on 14 January.`],

  // ---- sales engineers (Dubai, Singapore) ----
  ['linkedin', 'en', 'phone', `Back in Dubai after GITEX. Customers who met us at the stand: office +971 4 438 2250, my mobile/WhatsApp +971 50 712 4983. Let's continue the conversation.`],
  ['linkedin', 'en', 'financial', `Closed Q4 with a $23M qualified pipeline across the GCC, our best quarter ever. The numbers go to HQ on Friday, well ahead of the earnings call, but the team deserves a shout-out now.`],
  ['linkedin', 'en', 'email', `Happy to send the datasheet, ping me at rahul.menon@acme-gulf.ae and I'll share the Arabic version too.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `For our new distributors in the UAE: remittances go to AE60 3006 6813 6259 7361 900, please include the PO number in the reference.`],
  ['linkedin', 'mixed', '', `Ramadan working hours at our Dubai office : 9 h–15 h, du lundi au vendredi. Ramadan Kareem à tous nos clients et partenaires 🌙`],
  ['x', 'en', 'client_name', `Demo day at Globex Middle East HQ. 14 stakeholders, 2 hours, 0 crashes. Fingers crossed for the PO 🤞`],
  ['linkedin', 'en', 'phone', `New office in Singapore! Find us at 8 Marina View, level 41. Main line +65 6812 4470, and for support during APAC hours, (65) 9123 8846.`],
  ['linkedin', 'en', 'secret', `Note to self and to the APAC pre-sales team: don't share your terminal during a customer demo. Yesterday's demo showed

export AWS_ACCESS_KEY_ID=AKIA4DIJ0HGHJSLL0JN9
export AWS_SECRET_ACCESS_KEY=O+DGpUxjKbgRBWZRZX1VlxeVZ4DNCNnOBFXL4k41

on the projector for a good 30 seconds. Keys rotated before lunch.`],
  ['linkedin', 'en', '', `AWS's own docs use AKIAIOSFODNN7EXAMPLE with the secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in every example. Our training slides do the same, so nobody panics when they see them on screen.`],
  ['linkedin', 'mixed', 'codename client_name', `Démo d'Orion chez Initech à Singapour ce matin — their CTO wants a pilot in Q1. Gros moment pour l'équipe APAC.`],

  // ---- Swiss private bank (Geneva, Lugano) ----
  ['linkedin', 'fr', '', `La BNS maintient son taux directeur à 0 %. Pour nos clients, le franc reste une valeur refuge, mais la rémunération des liquidités restera faible en 2027.`],
  ['linkedin', 'fr', 'iban', `Nouveaux clients : pour l'apport initial, merci d'utiliser le compte de transit CH46 8451 3032 7818 7854 2 au nom de la banque, avec votre numéro de relation en référence.`],
  ['linkedin', 'en', 'financial', `Assets under management crossed CHF 9.3bn this month, a first for the house. It won't be public until the annual report in March, but I wanted to thank every relationship manager.`],
  ['linkedin', 'fr', 'phone', `Notre desk de Genève est joignable au +41 22 819 44 00, et pour nos clients tessinois, au 091 911 62 30 à Lugano. Belles fêtes à tous.`],
  ['linkedin', 'en', 'confidential_marker', `The first line of our investment committee minutes is always the same, and I think it's a good discipline:

"STRICTLY CONFIDENTIAL — NOT FOR DISTRIBUTION. The committee reduces the equity overweight to neutral."

Simplicity.`],
  ['linkedin', 'fr', 'national_id', `Pour la caisse de pension, il faut votre numéro AVS à 13 chiffres. Le mien, 756.3257.3643.23, commence comme tous par 756 : c'est le code de la Suisse.`],
  ['linkedin', 'en', '', `The sample AHV/AVS number printed on the official specimen card is 756.1234.5678.97, a handy one for testing forms. Real numbers never go into test environments.`],
  ['x', 'fr', '', `Genève, 7 h 40, -3 °C, la bise souffle à 60 km/h sur le quai du Mont-Blanc et le jet d'eau est coupé. Bonne journée quand même.`],
  ['linkedin', 'en', 'email', `For our Middle East clients: our Dubai representative office is now open. Please write to khalid.alsayegh@lemanprivatebank.ch to book a meeting during his January visit.`],
  ['linkedin', 'fr', '', `Résultats semestriels publiés : bénéfice net de 41,2 millions de francs, ratio CET1 de 24 %. Une banque solide, c'est d'abord une banque patiente.`],
  ['linkedin', 'en', 'card', `Our concierge team just received this on LinkedIn messages from a client travelling in Asia: "card blocked, can you unblock 4409 4420 5712 3054 urgently?" We called him back on his registered number. Clients: please don't.`],
  ['linkedin', 'fr', 'iban', `Pour nos clients résidents au Grand-Duché, le compte de notre succursale de Luxembourg est le LU89 6614 4882 5525 0026. Les virements arrivent le jour même.`],

  // ---- Spanish hotel group (Palma, Madrid, Seville) ----
  ['linkedin', 'en', 'phone', `Booking direct for the winter season? Our reservations team in Palma: +34 971 78 34 12, or Marta on 612 48 93 07 for groups and weddings.`],
  ['linkedin', 'en', 'national_id', `At check-in we scan passports for foreign guests and the DNI for Spanish ones, 8 digits and a letter, like mine: 24247913W. It takes 20 seconds, and it's the law.`],
  ['linkedin', 'fr', 'financial', `RevPAR en hausse de 12 % sur l'été pour le groupe, chiffres présentés hier au comité de direction et pas encore publiés. Les équipes de réception ont été incroyables.`],
  ['linkedin', 'en', 'card', `Guest complaint of the month, forwarded to the whole ops team: "You charged my Amex 3788 050546 46324 twice!" Yes, the full number, in a public review. We refunded, replied privately and asked the platform to remove it.`],
  ['linkedin', 'en', 'iban', `Suppliers: from 1 January, please invoice our Mallorca hotels to the new central account ES31 2884 7954 2914 6020 9621. The old accounts close in March.`],
  ['x', 'en', '', `Booking ref ABX-44910, room 412, late check-out at 14:00. Being a guest at your own hotel is weird but nice 🏨`],
  ['linkedin', 'mixed', 'email', `¡Estamos contratando! Poste de chef de réception au Palma Sea Resort, français et espagnol courants. CV à rrhh.palma@balearhotels-group.es 🌊`],
  ['linkedin', 'fr', 'client_name', `Séminaire de 300 personnes pour Globex la semaine prochaine dans notre hôtel de Séville : trois salles plénières et un dîner dans les jardins de l'Alcázar. L'équipe événementiel est sur le pont.`],
  ['linkedin', 'en', 'internal_url', `The new PMS went live at 03:00 in all 22 hotels. Reception teams: the cheat-sheet is at http://pms-help.hotels.internal/quickstart, with the night audit guide right next to it.`],

  // ---- expatriate new joiners and HR (London, New York, Berlin, Amsterdam, Brussels) ----
  ['linkedin', 'en', 'national_id', `New starter paperwork, London office: HR asked me to post the format for the NI number field because half of you typed your passport number. It looks like mine: JK 46 72 91 B. Two letters, six digits, one letter.`],
  ['linkedin', 'en', '', `HMRC's own guidance uses QQ 12 34 56 C as the example National Insurance number — the QQ prefix is never issued. Handy for your test data.`],
  ['linkedin', 'en', 'national_id', `Moving to the New York office taught me one thing: US forms want your SSN for everything. I got mine last week (512-38-7741) and have already written it on five forms.`],
  ['x', 'en', '', `History fact: 078-05-1120 is the most misused SSN ever. It was printed on a sample card inside wallets sold by Woolworth in 1938, and thousands of people used it as their own.`],
  ['linkedin', 'fr', 'national_id', `Expat en Allemagne, épisode 3 : l'employeur réclame la Steuer-ID. Elle est arrivée par courrier, 11 chiffres, la mienne c'est 23618394705. Prochaine étape : comprendre la Kirchensteuer.`],
  ['linkedin', 'en', 'national_id', `Amsterdam onboarding done ✅ The gemeente gave me my BSN (285908303) in 10 minutes. Dutch efficiency is real.`],
  ['linkedin', 'en', '', `Developers in the Netherlands: 111222333 is the classic test BSN that passes the eleven-test. Use it in your fixtures, never a colleague's real number.`],
  ['linkedin', 'fr', 'national_id', `Ma fille a reçu sa première carte d'identité belge et l'a fièrement postée sur Instagram avec son numéro de registre national, 02.11.07-191.38, bien visible. On a eu une petite discussion 😅 Parents, vérifiez !`],
  ['linkedin', 'fr', 'national_id', `Candidats : n'envoyez PAS votre numéro de sécu dans votre CV. J'en ai reçu un ce matin en en-tête, 1 92 06 75 892 742 58. Je l'ai supprimé, mais ce n'est pas le bon réflexe.`],
  ['linkedin', 'fr', 'iban', `Expat en Allemagne, épisode 4 : le propriétaire veut la caution sur son compte DE17 8191 3336 4001 5405 96 avant même la signature. Question sérieuse : c'est normal de payer trois mois de loyer d'avance ?`],
  ['linkedin', 'en', 'iban', `Invoice fraud attempt of the week, received by our London accounts team:

> Dear customer, kindly note our bank details have changed. Please remit all outstanding invoices to GB38 NWBK 4297 9351 8775 74.
> Regards, Accounts Department

Always verify by phone with a number you already have.`],
  ['linkedin', 'en', 'iban', `Charity run for the Milan office: donations go straight to the hospice's account, IT65 A925 0967 7042 8232 3133 276. Every euro counts 💙`],

  // ---- developers, IT and security people ----
  ['linkedin', 'en', 'secret', `Our hackathon chatbot got 40k requests overnight. Turns out the README had

OPENAI_API_KEY=sk-proj-1CdSXAoZmhFkrrQxeJ6mXJlSwP90IfVRhUi0ijIfcWGPykw3_YToNMW9NkvXd5vZOBmtl

in the quick start. $312 later, lesson learned.`],
  ['linkedin', 'fr', 'secret', `Pour notre communauté de joueurs, j'ai branché les alertes du serveur sur Discord, c'est tout simple : un POST sur https://discord.com/api/webhooks/0903224042962008671/vDR3q9lVuD-Am3zwr8FwGvjEED1YjEGPQ_ymde3hOygLxIGbLzUouSXsNHz5hdTDskWc avec un JSON { content } et c'est fini.`],
  ['linkedin', 'en', 'secret', `Automated our release notes into Teams with 10 lines of PowerShell. Just POST a MessageCard to https://acmecorp.webhook.office.com/webhookb2/06174d54-e901-9117-cbf4-9b41ab6d858f@2cd89f05-0875-0579-8acb-c58b504ee8fa/IncomingWebhook/5a41c4e63cadaa62277c57d7a25112fc/68ea05dd-a854-fb4f-ee5e-f9ee3f1e63bf and you're done.`],
  ['linkedin', 'en', '', `Release v4.8.0 is out. Commit 3128fc49f69e885e946a47b27d40ac20d2de3206, SHA-256 of the tarball 0e3516c9ba5fa9ff0f082a30db05bbba8a8c57922f2263bca77148c50aa6c8f5. Verify before you install!`],
  ['linkedin', 'fr', '', `Pour comprendre un JWT, collez l'exemple de jwt.io (eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c) dans leur débogueur : en-tête, charge utile, signature. C'est tout.`],
  ['linkedin', 'en', 'secret', `Debugging session with a customer's integrator, who pasted their admin bearer token in the shared support thread:

Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYm9va2luZyIsInJvbGUiOiJhZG1pbiIsImV4cCI6MTc5ODc2MTYwMH0.g2x8z7PjTwNNfBzfOE7oI1Bpeu9pxzqv2jHkEAc46IG

Valid until 31 December. Please, treat tokens like passwords.`],
  ['linkedin', 'fr', 'secret internal_url', `Le script de sauvegarde tourne enfin ! Il pousse chaque nuit à 2 h vers https://backup:Ws9#kLp2vQ@nas01.it.corp.acme.com/share/nightly. Trois semaines de galère pour ça.`],
  ['linkedin', 'en', 'secret', `@Priya the staging SendGrid key is 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 if you want to test the templates today.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret', `Mon bot Telegram qui prévient l'équipe quand le four de la boulangerie dépasse 260 °C fonctionne ! Le jeton du bot : 2933687463:AA5DKeBR7AmewezI3bjlvcFlpjikcIVVw4X, la suite dans le thread.`],
  ['linkedin', 'en', '', `Friendly reminder: your password shouldn't be your dog's name followed by 2026. Use a password manager. (Yes, IT made me post this.)`],
  ['x', 'fr', 'secret', `Nouveaux locaux à Nantes 🎉 Le wifi invités : Acme-Guest, mdp CGcShfzeyCAB. Venez nous voir !`],
  ['linkedin', 'en', '', `Our loyalty token is now live on Polygon, with the contract address public on the block explorer. Total supply: 100 million, fully audited by two firms.`],
  ['linkedin', 'fr', '', `Notre jeu de données ouvert sur la qualité de l'air est publié sur data.gouv.fr, identifiant 501419bf-4149-4b87-aa71-78d32506afcb. Licence ouverte, servez-vous.`],
  ['linkedin', 'fr', 'secret', `Moi : « Tu peux me redonner le mot de passe du compte Canva de l'équipe ? »
Lui : « C'est HWalDqEw1xw65vps, comme d'hab. »
Moi : « … tu viens de l'écrire en commentaire d'un post LinkedIn. »
Morale : un gestionnaire de mots de passe, c'est pas du luxe.`],
  ['linkedin', 'fr', 'internal_url', `Les slides de la plénière de rentrée sont dispo ici pour ceux qui n'ont pas pu venir : https://sharepoint.corp.acme.com/sites/plenieres/2026-12`],
  ['linkedin', 'en', '', `We're hiring 40 engineers in Lyon and Nantes in 2027! All openings are on https://www.acme.com/careers, come build with us. (I work at Acme.)`],
  ['linkedin', 'fr', 'internal_url', `Pour se connecter au VPN depuis l'hôtel : passerelle vpn-eu.acme.corp, groupe "nomades", et MFA sur le téléphone. Testé ce matin depuis Lisbonne.`],
  ['x', 'en', 'internal_url', `If your Jira links don't load, use http://jira.intranet.acme-group.com instead of the old bookmark. IT is on it.`],
  ['linkedin', 'en', '', `Our intranet turned 20 this year. Same clip-art, same orange buttons. Still my favourite page. 😂`],

  // ---- phone numbers from everywhere ----
  ['linkedin', 'fr', 'phone', `Pour nos partenaires au Maroc et en Italie : bureau de Casablanca au +212 5 22 48 73 10, bureau de Milan au +39 02 8901 2347. Les deux équipes parlent français.`],
  ['linkedin', 'en', 'phone', `Our support now follows the sun: Bengaluru +91 80 4718 2290, São Paulo +55 11 3047-8821, and our LATAM lead's mobile, +55 11 98734-2210.`],
  ['linkedin', 'en', 'phone', `Tokyo and Sydney offices stay open over the holidays: +81 3-6271-4408 and +61 2 9374 4012. Happy new year from APAC!`],
  ['linkedin', 'fr', 'phone', `Nos amis de Berlin cherchent un stagiaire commercial franco-allemand. Appelez directement Katrin au +49 30 2093 4517 ou sur son portable, 0151 2387 6645.`],
  ['linkedin', 'fr', 'email phone', `📣 Invitation : petit-déjeuner « Cybersécurité des PME » le 21 janvier à 8 h 30 à la CCI de Rennes. Inscriptions auprès de Nadia Benali, nadia.benali@cyberouest.fr, 02 23 45 17 90.`],
  ['linkedin', 'en', 'phone', `Our US customers can reach support at 1-800-437-2281, and our East Coast partner manager, Dana Whitfield, at (212) 698-4410.`],
  ['x', 'en', 'phone', `2/4 If your flight was cancelled, the compensation desk in Lisbon answers on +351 21 841 3500. Don't wait in the queue at the airport.`],
  ['linkedin', 'en', '', `Five-a-side match report: 7-5 win, kick-off 18:30, man of the match our CFO with 3 goals in 12 minutes. Next fixture 14.01.2027.`],
  ['linkedin', 'fr', '', `On a reçu un SMS du « 06 ** ** ** 42 » qui se faisait passer pour notre service client. Ce n'est pas nous : nous n'envoyons jamais de lien de paiement par SMS.`],
  ['x', 'en', '', `PSG 3-1 Bayern, 47,000 at the Parc, two goals from set pieces. Office productivity tomorrow: 0.`],
  ['linkedin', 'fr', '', `Colis 6A 123 456 789 01 FR bloqué depuis 8 jours au centre de tri, commande n° 2026-11-30-88412. Le suivi dit « en cours d'acheminement ». Je commence à en douter.`],

  // ---- payments, look-alikes and everyday finance ----
  ['x', 'en', 'card', `PSA: the "delivery fee" SMS scam got my mum. She typed 4115 6324 4684 6127 into their page. Card cancelled. Talk to your parents this Christmas.`],
  ['linkedin', 'fr', 'card', `Log de l'API de paiement, vu en revue de code ce matin :

2026-12-02T22:14:07Z INFO checkout pan=2221715050861683 exp=0329 amount=49.90 EUR

On ne logge JAMAIS le PAN en clair. Ticket ouvert, correctif en prod demain.`],
  ['linkedin', 'en', '', `The receipt says VISA **** **** **** 4417 and I still don't remember buying a "premium kale subscription". Time to check those direct debits.`],
  ['linkedin', 'fr', '', `Exercice pour les stagiaires de la compta : trouvez l'erreur dans FR76 2956 1874 3722 5531 2867 431. (Indice : la clé ne colle pas.) Le premier qui trouve gagne un café ☕`],
  ['linkedin', 'en', '', `Security training slide: a made-up number like 4970 1012 3456 7891 fails the Luhn check, which is why every payment form rejects it instantly. Try it.`],
  ['linkedin', 'fr', '', `Pourquoi votre NIR a une clé : si vous tapez 1 84 03 69 123 045 12, le logiciel refuse, la clé de contrôle ne correspond pas. Petit cours de maths appliquées du vendredi.`],
  ['linkedin', 'fr', '', `L'IBAN d'exemple qu'on retrouve dans beaucoup de documentations, FR76 3000 6000 0112 3456 7890 189, passe le contrôle mais n'appartient à personne. Parfait pour vos jeux de tests.`],
  ['linkedin', 'en', '', `Mastercard's documented test number 5555 5555 5555 4444 is the one our QA team types a hundred times a day. If it ever shows up in a real transaction log, we have a bigger problem.`],
  ['linkedin', 'fr', '', `Mon budget Noël 2026 : 350 € pour toute la famille, et j'ai déjà explosé de 40 €. Qui d'autre ? 🎄`],
  ['linkedin', 'en', '', `The EU's 2027 budget was adopted yesterday: €199.4bn in commitments. Interesting reading on the research lines.`],
  ['linkedin', 'fr', '', `Comme annoncé lors de la publication de nos résultats annuels le 14 février, le chiffre d'affaires 2025 s'établit à 312 M€. Merci à tous les collaborateurs qui ont rendu cela possible.`],
  ['linkedin', 'en', 'financial', `Can't give details before the results call on 4 February, but let's just say Q4 revenue came in at a little over forty million, well ahead of guidance. Proud of this sales team.`],
  ['linkedin', 'fr', 'financial', `Marge d'EBITDA entre 18 et 19 % cette année d'après le reporting de novembre, avant la publication officielle des comptes en mars. Ça valait le coup de serrer les coûts.`],
  ['linkedin', 'fr', 'financial', `Pipeline commercial à 7,5 M€ pour le premier semestre 2027, du jamais vu. Ce n'est pas encore annoncé au-delà du comex, mais je voulais féliciter les équipes avant les congés.`],
  ['linkedin', 'en', 'codename financial', `Nébula's budget for 2027 was approved at €3.1M by the steering committee this morning. Announcement to the wider company in January. Best early Christmas present.`],

  // ---- codenames, clients and their public namesakes ----
  ['linkedin', 'en', 'codename', `12 months, 4 countries, 1 team. Today we shipped the first release of the new booking engine to our pilot hotels. #ProjectKestrel #teamwork`],
  ['linkedin', 'fr', '', `Petit benchmark du week-end : ASP.NET Core avec son serveur web Kestrel, 1,2 million de requêtes par seconde sur ma machine perso. Microsoft a fait du bon boulot.`],
  ['linkedin', 'en', '', `Meet Orion, the office dog, on his first day at the Lyon office. He has already stolen two croissants and a stapler. 🐶`],
  ['linkedin', 'fr', 'codename', `Bilan de l'année : on a livré Orion v2 à temps, recruté 6 personnes et survécu à une migration de datacenter. Merci l'équipe !`],
  ['linkedin', 'fr', 'client_name', `Premier audit réussi chez Société Générique : 42 contrôles, aucun écart majeur. Une belle façon de finir l'année.`],
  ['linkedin', 'en', 'client_name', `Third week on site at Hôpital Sainte-Claire, migrating their laboratory information system. The night-shift nurses make the best coffee in town.`],
  ['linkedin', 'en', '', `Hank Scorpio's Globex Corporation is still the best fictional employer ever: free hammocks and a boss who asks what you need. HR teams, take notes.`],

  // ---- markers and their look-alikes ----
  ['linkedin', 'en', 'confidential_marker', `Embargoed until 8 December, 06:00 CET: our new rail-freight corridor between Lyon and Turin opens in spring. OK, I'm early, but it's been three years in the making.`],
  ['linkedin', 'fr', 'confidential_marker', `Je te copie le message reçu ce matin, mention « ne pas diffuser » comprise : « Réorganisation des équipes support au 1er février, annonce aux équipes le 10. »`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `L'embargo européen sur le pétrole russe, trois ans après : où en est-on vraiment ? Analyse de notre équipe achats énergie en commentaire.`],
  ['linkedin', 'en', '', `Rewatched L.A. Confidential last night. Still the best noir of the 90s. Guy Pearce is perfect in it.`],
  ['linkedin', 'fr', '', `Vos données restent confidentielles : elles sont hébergées en France et jamais revendues. C'est écrit noir sur blanc dans nos CGU.`],
  ['linkedin', 'en', '', `Hot take: if everything in your company is stamped "confidential", nothing is. Classify less, protect better.`],
  ['linkedin', 'fr', '', `Secret Santa du service terminé : j'ai reçu un mug « Meilleure comptable du monde ». Le secret est bien gardé, je ne sais toujours pas qui c'est 🎅`],

  // ---- e-mail addresses and their look-alikes ----
  ['x', 'en', 'email', `Speaker applications for our January meetup: mail sofia dot brandt at nordlicht-energy dot de with a 3-line abstract.`],
  ['linkedin', 'fr', '', `Dans nos formations RGPD, tous les exemples utilisent prenom.nom@example.org. Jamais de vraies adresses, même pas celles des collègues.`],
  ['linkedin', 'mixed', 'email', `Problème avec votre commande ? Support client : support @ maison-caramel.fr (we answer in English too).`],
  ['x', 'en', '', `Follow @AcmeNews and @AcmeCareers for the 2027 graduate programme announcements. Applications open on 6 January.`],

  // ---- everyday posts ----
  ['linkedin', 'fr', '', `Dernier jour avant les congés : bureau rangé, mails archivés, plante confiée à la voisine de bureau. À l'année prochaine tout le monde 🎄`],
  ['linkedin', 'en', '', `I'm happy to share that I'm starting a new position as Quality Engineer at a hydrogen electrolyser manufacturer in Belfort! Grateful to my mentors at the university.`],
  ['x', 'en', '', `Thread 1/3: what I learned from 10 years of incident reviews. First lesson: the root cause is almost never the last change. It's the third-to-last one that nobody wrote down.`],
  ['x', 'fr', '', `Réunion de 9 h déplacée à 9 h 30, puis à 10 h, puis annulée. Meilleure réunion de la semaine.`],
  ['x', 'en', '', `Premium post, long one. After 15 years in supply chain, here is what I'd tell my younger self. 1) Learn the warehouse before the spreadsheet. 2) A forecast is a conversation, not a number. 3) The truck driver knows more than the dashboard. 4) Say thank you to the night shift, in person. 5) Never schedule a go-live on a Friday, and never in the week before Christmas. 6) Read the contract, especially the penalty clauses. 7) Your best supplier is the one who calls you with bad news early. 8) Write things down; future you is a stranger. That's it, happy holidays.`],
  ['linkedin', 'mixed', '', `Premier jour à Montréal ! -14 °C, des bottes trop petites et un café de chez Tim Hortons. Officially a Canadian winter rookie.`],
]);
