import { rows } from './corpus-types';

/**
 * Held-out set "fresh9": written 2026-12-03 (08:08-08:15 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh8), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh9`. First scored 2026-12-03 08:18 UTC on the rules of 87bdfad (after the fixes from
 * fresh7 and fresh8): confidentiality macro F1 0.960, 1.9 % of clean posts flagged (2 of 104); financial the weakest
 * (0.833, recall 0.735), codename 0.900. One label was then corrected, then restored: the Luxembourg IBAN of fresh9-204 has
 * 21 characters (a Luxembourg IBAN has 20) but passes mod-97; fresh13's blind author wrote another such (fresh13-095), so
 * since 2026-12-03 a one-off length with a valid checksum reads as an IBAN mistyped and the author's label stands. Its misses were then fixed, so later scores no longer estimate anything.
 *
 * Authors: a ski resort in Savoie (lift crews, ticketing), the port authority of Le Havre, a semiconductor fab in
 * Crolles, a dairy cooperative in Normandy, a football club's commercial and hospitality team, a cybersecurity
 * consultancy in Luxembourg, a translation agency in Montréal, an architecture firm in Lyon, a pension fund in
 * Amsterdam, a solar installer in Seville, a private clinic in Casablanca, a SaaS startup in Berlin, a bookshop chain,
 * a US school district's IT, a shipping line in Marseille, a cosmetics brand's e-commerce team, a Bordeaux wine estate,
 * an offshore wind operator in Brittany, a theatre in Brussels, a warehouse in Lille, a hotel group in Lisbon, a
 * veterinary clinic, an aircraft maintenance shop in Toulouse, an insurance broker in Geneva, a fintech in Warsaw, a
 * game studio in Montréal, a Paris law firm, a recruiting agency, a food-delivery startup in Madrid, a hospital IT team.
 * Forms: signatures, pasted logs, configs and connection strings, tables, job offers, event invites, farewell posts,
 * reposts with a comment, replies (surface 'comment'), dialogues, X threads and long premium posts, leaks in a P.S.,
 * in parentheses or in a quoted e-mail. Every IBAN, card and national id labelled positive was computed and checked
 * (mod-97, Luhn, NIR key, Belgian register, DNI/NIE letter, codice fiscale, AVS, SIN, BSN, Steuer-ID, PESEL, NIF);
 * the clean look-alikes are documented specimens, masked values, wrong check digits, order numbers and versions.
 * About 40 % clean: hard look-alikes of every category (public senses of the codenames and clients, published
 * results, placeholders, home-lab IPs, talk about labels) and ordinary posts.
 */
export const FRESH9_POSTS = rows('fresh9', [
  // --- Ski resort in Savoie ---
  ['linkedin', 'fr', '', `Ouverture de la saison ce samedi à 8h45 ! 42 pistes sur 68, neige de culture sur le retour station. Merci aux équipes des remontées qui ont bossé toute la nuit pour que tout soit prêt. #Savoie #ski`],
  ['linkedin', 'fr', 'financial', `Petit mot pour l'équipe billetterie avant le conseil d'administration de jeudi : on termine l'exercice à 18,4 M€ de forfaits vendus, +9 % sur un an. Les élus de la communauté de communes ne verront les chiffres que le 15, donc on garde ça entre nous jusque-là, mais vous méritez de le savoir. Bravo !`],
  ['x', 'fr', 'phone', `On recrute des pisteurs-secouristes pour la saison ! Candidatures au poste de secours du Bouchet, appelez Mathieu au 06 72 18 44 90 avant le 20/12. #emploi #Savoie`],
  ['linkedin', 'fr', 'internal_url secret', `Bienvenue aux 140 saisonniers arrivés cette semaine 👋 Le planning des postes est sur http://intranet.domaine-aiguilles.lan/planning (identifiant : saison2026, mot de passe : Neige!Bouchet73 — on le change en janvier). Bonne saison à tous !`],
  ['x', 'fr', '', `Enneigement au 03/12 : 85 cm en bas, 1,40 m en haut. Risque d'avalanche 3/5 au-dessus de 2 200 m. Hors-piste = DVA, pelle, sonde, et on ne part jamais seul.`],
  ['linkedin', 'fr', 'financial', `Tableau que je présente demain au comité de direction (pas encore validé, merci de ne pas le partager) :
Secteur | CA forfaits 2025-26 | vs N-1
Le Bouchet | 7,2 M€ | +6 %
Les Crêtes | 5,9 M€ | +11 %
Vallon | 3,1 M€ | -2 %
Le Vallon souffre du manque de neige en février, on en reparle au séminaire.`],

  // --- Port authority of Le Havre ---
  ['linkedin', 'fr', 'financial', `Trafic conteneurs 2026 : on devrait finir autour de 3,1 millions d'EVP, un record absolu pour le port. Chiffre provisoire, réservé au conseil de surveillance du 18 décembre, donc je n'en dis pas plus 😉 Merci aux dockers, lamaneurs et pilotes !`],
  ['linkedin', 'fr', '', `Les chiffres du premier semestre ont été publiés hier dans notre communiqué : 1,6 million d'EVP, +4 % par rapport à 2025. Bravo aux équipes de la plateforme multimodale qui ont absorbé la hausse.`],
  ['linkedin', 'fr', 'email phone', `Journée portes ouvertes du terminal de Port 2000 le samedi 13 décembre : visites en bus toutes les 30 minutes, inscription obligatoire.
Contact presse : Claire Vautrin – claire.vautrin@port-havre.fr – 02 35 19 47 62`],
  ['x', 'fr', 'internal_url', `Quelqu'un sait pourquoi https://ais-replay.corp.acme.com/vessels renvoie une 502 depuis ce matin ? Les lamaneurs n'ont plus les ETA des navires 😩`],
  ['linkedin', 'en', '', `Proud to have supervised our first ship-to-ship LNG bunkering operation in Le Havre this week. Eight months of risk assessments for six hours of pumping, and it went exactly to plan.`],
  ['linkedin', 'en', 'financial', `Between us: the board approved a €120m dredging budget for the outer harbour yesterday evening. The minister will announce it in January, so act surprised when you read the press release 🤐`],
  ['linkedin', 'fr', 'confidential_marker', `Embargo jusqu'au 12/12 à 6h00 : le port annonce la création d'un terminal dédié aux fondations d'éoliennes en mer, avec 300 emplois à la clé. Les journalistes ont reçu le dossier ce matin.`],
  ['linkedin', 'fr', 'phone email', `Après 11 ans au port du Havre, je tourne la page pour de nouvelles aventures dans le transport fluvial. Merci à tous pour ces années de quais, de brouillard et de fous rires.
Pour garder le contact : 06 18 73 40 52 ou jeanne.leroux.pro@gmail.com 🌊`],
  ['x', 'fr', 'email', `Des questions sur les horaires de la navette du port de plaisance cet hiver ? écrivez à navette @ plaisance-lehavre.fr, on répond sous 48h.`],
  ['linkedin', 'fr', 'phone', `Nouveau : un numéro vert pour les usagers du port de plaisance (places, carburant, cale de mise à l'eau) : 0 800 74 21 15, appel gratuit 7j/7.`],

  // --- Semiconductor fab in Crolles ---
  ['linkedin', 'fr', 'codename confidential_marker', `Fierté immense : les premiers wafers du projet Orion sortent de la ligne 300 mm ce matin ! 18 mois de travail pour toute l'équipe intégration. (Diffusion restreinte — ne pas partager en dehors de l'équipe, je supprime ce soir.)`],
  ['linkedin', 'en', 'financial', `Yield on the new 28 nm line hit 91.3% last week, up from 84% in September. We won't present it before the investor day in February, but the process team deserves a shout-out now, not in three months.`],
  ['x', 'en', '', `Clear skies over Crolles tonight, Orion rising above the Belledonne range. Night shift perks ✨`],
  ['linkedin', 'fr', 'secret', `Le script de supervision des fours de diffusion plante depuis la mise à jour, si quelqu'un a une idée :
[2026-12-02 23:14:07] INFO connecting to influx at metrics:8086
[2026-12-02 23:14:07] DEBUG INFLUX_TOKEN=hB7qT2xVn9Lw4KcR8pZs1YmD3fGj6EaU0oNi5tWv
[2026-12-02 23:14:08] ERROR context deadline exceeded
Merci d'avance 🙏`],
  ['linkedin', 'en', '', `We're hiring process and equipment engineers in Crolles (permanent contracts, clean-room experience a plus, French not required). Apply through our careers page, link in the comments.`],
  ['linkedin', 'fr', 'financial', `Je repartage l'annonce de notre directeur de site 👇 et j'ajoute un petit scoop : l'extension de Crolles, c'est une enveloppe de 60 M€ et 250 embauches en 2027, actées au comité stratégique de lundi mais pas encore rendues publiques. Une belle année en perspective !`],
  ['linkedin', 'fr', '', `Notre talk sur la métrologie EUV à SEMICON Europa (Munich) est en ligne. Merci à Léa et Karim d'avoir porté le sujet devant 400 personnes.`],

  // --- Dairy cooperative in Normandy ---
  ['linkedin', 'fr', 'client_name financial', `Grosse nouvelle pour la coop : l'appel d'offres de Globex pour le beurre AOP est remporté, environ 4,2 M€ par an sur trois ans. Pas encore annoncé aux adhérents, on attend l'assemblée générale de janvier, mais je voulais remercier l'équipe commerciale.`],
  ['linkedin', 'fr', '', `Prix du lait payé aux producteurs pour novembre : 478 € les 1 000 litres, publié comme chaque mois sur le site de la coopérative et dans la lettre aux adhérents.`],
  ['linkedin', 'fr', 'financial', `Le prix du lait de janvier sera à 495 € les 1 000 litres, validé hier soir en conseil d'administration — pas encore communiqué aux producteurs, la lettre part le 20. Enfin une bonne nouvelle pour les éleveurs du Pays d'Auge.`],
  ['x', 'fr', 'phone', `Collecte perturbée par la neige dans le Pays d'Auge. Producteurs : la permanence de la laiterie répond au 02 31 64 08 15 jusqu'à 22h.`],
  ['linkedin', 'fr', 'iban', `Rappel aux nouveaux adhérents : les parts sociales se règlent par virement sur le compte de la coopérative, IBAN FR76 9264 5859 0060 8593 1361 644, en indiquant votre numéro d'adhérent en référence.`],
  ['linkedin', 'fr', '', `Attention arnaque : plusieurs adhérents ont reçu un mail leur demandant de payer sur un « nouvel IBAN » de la coopérative. Nous ne changeons jamais de coordonnées bancaires par mail. En cas de doute, appelez votre technicien habituel.`],
  ['linkedin', 'fr', '', `Merci à l'équipe de la coop pour l'accueil des écoles de Lisieux : 120 enfants ont découvert la traite, le caillage et l'affinage du camembert. Rendez-vous au printemps !`],
  ['linkedin', 'fr', '', `Le marché du lait bio a reculé de 6 % en volume en 2025 selon l'Agence Bio. Pour une coopérative comme la nôtre, ça veut dire repenser la collecte séparée dès 2027.`],

  // --- Football club, commercial and hospitality ---
  ['linkedin', 'fr', 'client_name', `Signature d'un nouveau partenaire maillot pour la saison prochaine : Société Générique ! On officialise au match du 14 devant nos supporters, d'ici là motus 🤫`],
  ['linkedin', 'en', 'financial', `Hospitality for the derby: 1,840 covers sold and £2.3m in revenue, our best ever single match. The board only sees the numbers on Monday, so keep it in the family until then. Proud of this team!`],
  ['x', 'fr', '', `Plus que 300 places pour le match de samedi en tribune Sud. Billetterie en ligne, lien en bio. Allez les Verts ! 💚`],
  ['linkedin', 'fr', 'email', `Vous êtes une PME de la région et vous rêvez d'une loge pour la phase retour ? Écrivez directement à Yanis : yanis.benali [at] fc-partenaires.fr, il vous rappelle dans la journée.`],
  ['linkedin', 'en', 'card', `Quick one for the hospitality team since Teams is down: the club card for the away trip deposit is 4532 9868 3860 7652, exp 09/28, CVC 311. Coach company needs it before 5pm.`],
  ['linkedin', 'fr', '', `Quelle ambiance samedi ! 41 203 spectateurs, record d'affluence de la saison annoncé au micro à la mi-temps. Merci aux stadiers et aux bénévoles.`],

  // --- Cybersecurity consultancy in Luxembourg ---
  ['linkedin', 'en', '', `Stop putting secrets in your repos. The pair you see in every tutorial, AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, is AWS's documented example — but in 1 audit out of 5 we still find real ones next to it.`],
  ['linkedin', 'fr', 'secret', `Retex d'audit (client anonymisé) : un jeton Slack en clair dans les variables d'un job CI, lisible par tous les développeurs :
SLACK_BOT_TOKEN=xoxb-7731920466-5519283746102-qR4vTz8LmN2pXc6KsWb9YhJe
Moralité : un coffre à secrets, ce n'est pas un luxe.`],
  ['x', 'en', '', `Reminder: "password123" is still the first password we crack in every audit. Use a password manager and turn on MFA. #cybersecurity`],
  ['linkedin', 'fr', 'client_name confidential_marker', `Mission terminée chez Initech (TLP:AMBER — ne pas diffuser hors de l'équipe) : 14 vulnérabilités critiques, dont un AD entièrement compromis en 3 heures. Bravo à Tom et Sara pour la qualité du rapport.`],
  ['linkedin', 'en', 'national_id', `Phishing sample of the week: an employee of a client forwarded us the fake "HR" email verbatim, including her own national register number 87.09.24-811.68 that she had already typed into the form. Train your people!`],
  ['linkedin', 'en', 'internal_url', `Heads-up team: the new vulnerability scanner dashboard lives at https://scanner.acme-corp.net/ui and the Grafana for the SOC is on http://10.20.4.11:3000. Old bookmarks stop working on Friday.`],
  ['linkedin', 'en', '', `Hash of the loader we saw in three incidents this month (SHA-256): 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 — add it to your blocklists and hunt for it in your EDR.`],
  ['linkedin', 'en', 'email', `Join us for our Luxembourg security breakfast on 15 January, 8:30 at the Kirchberg office: ransomware trends, NIS2 one year in, good coffee. RSVP to events@lux-cyberguard.lu`],
  ['linkedin', 'en', '', `My public PGP key fingerprint, for those who asked after the talk: 3A1F 9C2E 7B40 D615 88E2 4C9A 0F3D 71B2 6E58 A904. Verify it against the one on our website.`],

  // --- Translation agency in Montréal ---
  ['linkedin', 'fr', 'national_id', `Tu peux traduire ce formulaire d'ici vendredi ? Nom : Julie Tremblay, NAS : 215 315 904, date de naissance 1989-04-12. Le client est pressé.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Petit rappel pour nos traducteurs : dans les gabarits de formulaires fédéraux, on utilise le NAS d'exemple publié par le gouvernement (046 454 286), jamais un vrai numéro de client.`],
  ['linkedin', 'en', 'phone', `Need a certified translator for your immigration file? Our Montréal office on Saint-Denis is open until 7pm on weekdays. Call us at 514 871 2240 or drop by with your documents.`],
  ['x', 'fr', '', `Le mot de l'année chez nous : « infolettre » 📰 Les Québécois le font mieux que tout le monde, désolée la France.`],
  ['linkedin', 'mixed', '', `Fun fact de traductrice : « Confidentiel » se traduit « Confidential », mais « Diffusion restreinte » n'a pas d'équivalent parfait en anglais. "Limited distribution"? "Restricted"? On débat encore à la pause café.`],
  ['linkedin', 'mixed', 'financial', `Gros mois pour l'agence ! On a signé trois contrats-cadres et le carnet de commandes pour 2027 est à 2,6 M$ CAD. The partners will announce it at the January kickoff, alors je garde les détails pour moi.`],
  ['linkedin', 'fr', '', `Traduction du jour : « deadline » → « date butoir » ou « échéance », pas « ligne morte ». De rien.`],
  ['linkedin', 'en', 'national_id', `Hi! I applied for the freelance translator position last week. My SIN is 702 575 549 in case you need it for the background check, and I'm available from January.`, { surface: 'comment' }],

  // --- Architecture firm in Lyon ---
  ['linkedin', 'fr', 'codename', `Premiers rendus du concours Atlas Bleu envoyés ce matin à 6h ! Six semaines de nuits courtes pour toute l'agence. On croise les doigts 🤞`],
  ['linkedin', 'fr', '', `Visite de chantier de la médiathèque de Vaise, la charpente bois est posée. Merci à l'entreprise de charpente pour la qualité d'exécution, et aux compagnons pour leur patience avec nos questions.`],
  ['linkedin', 'fr', 'client_name', `Réunion de lancement avec l'Hôpital Sainte-Claire pour l'extension du pôle mère-enfant : 12 000 m² à concevoir d'ici 2028. Un programme passionnant pour l'équipe santé de l'agence.`],
  ['x', 'fr', 'internal_url', `Rappel équipe : les plans DCE sont sur smb://nas-archi.lan/projets/2026/vaise et PAS sur le Drive perso. Merci 🙏`],
  ['linkedin', 'en', 'financial', `Our fee pipeline for 2027 stands at €7.8m weighted, twice last year. The partners only see it at next week's retreat, so let's just say 2027 looks bright for the studio 😉`],
  ['linkedin', 'fr', '', `Notre projet de 64 logements à Villeurbanne est lauréat du prix régional d'architecture 2026 ! Bravo à toute l'équipe et merci au bailleur pour sa confiance.`],
  ['linkedin', 'fr', 'secret', `Le wifi invités de l'agence a changé, pour ceux qui viennent à la réunion de jeudi : réseau Agence-Invites, mdp Lumiere-Croix-Rousse-69!`],
  ['linkedin', 'fr', '', `L'Atlas bleu des oiseaux de Normandie vient de sortir aux éditions locales, cadeau parfait pour mon associé qui ne parle que de grèbes depuis l'été.`],

  // --- Pension fund in Amsterdam ---
  ['linkedin', 'en', 'financial', `Our funding ratio closed November at 118.6% by our internal estimate. DNB and participants get the official figure mid-January, so treat this as preliminary — but it's a good place to be ahead of the transition.`],
  ['linkedin', 'en', '', `Our 2025 annual report is out: funding ratio 121%, return on investments 7.4%, costs per participant down again. The full report is linked in the comments.`],
  ['linkedin', 'en', 'national_id', `Participants: please never send your BSN by email. Yesterday someone wrote "BSN 464251230" in the subject line of a complaint. We deleted it immediately — use the secure portal instead.`],
  ['linkedin', 'en', '', `Trivia for the office quiz: BSN 111222333 is the test number that Dutch government examples use, because it passes the 11-check while belonging to nobody.`],
  ['linkedin', 'en', 'phone', `Questions about the new pension rules? Our participant desk is there for you: +31 20 794 3516, Monday to Friday 9:00–17:00. No question is too small.`],
  ['x', 'en', 'iban', `Participants paying voluntary contributions: the fund's account is NL90 ABNA 3829 6971 65, reference = your participant number.`],
  ['linkedin', 'en', 'financial', `Our contribution rate for 2027 will drop to 24.5% — approved by the board this morning, employers and participants get the letter in January. Years of work on the investment side paying off.`],
  ['linkedin', 'en', '', `Interest rates matter a lot for pension funds. A short thread on how the new Dutch pension system changes what a 'funding ratio' even means 👇`],

  // --- Solar installer in Seville ---
  ['linkedin', 'en', 'national_id', `New installer onboarding form filled in, can someone in HR check it? Name: Álvaro Ruiz Prieto, DNI 63125126Q, start date 8 January, crew Dos Hermanas.`],
  ['linkedin', 'fr', '', `Le DNI espagnol, c'est 8 chiffres et une lettre de contrôle (modulo 23). L'exemple du ministère, 12345678Z, est d'ailleurs valide — pratique pour tester un formulaire.`],
  ['linkedin', 'en', 'financial', `Q4 so far: 1,214 rooftops and 9.6 MWp installed. We haven't released the quarter yet (results on 28 January), but the crews in Dos Hermanas absolutely crushed it.`],
  ['x', 'en', '', `Seville, 38°C in October, panels at 71°C. Efficiency losses are real, folks. #solar`],
  ['linkedin', 'en', 'iban', `Customers paying the installation deposit by bank transfer: ES69 2100 1187 5776 7267 6283, reference = your quote number. Questions? Reply here.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de subvention de la Junta il faut le DNI du gérant, je le mets ici pour Carmen qui n'a pas accès au drive : 66464067R.`],
  ['linkedin', 'en', '', `Self-consumption tip: run your dishwasher and washing machine at noon, not at night. Your panels will thank you.`],

  // --- Private clinic in Casablanca ---
  ['linkedin', 'fr', 'phone', `La clinique ouvre son service d'urgences pédiatriques 24h/24 à partir du 1er janvier. Standard : +212 522 48 17 30.`],
  ['linkedin', 'fr', '', `Journée de dépistage du diabète gratuite le samedi 13 décembre, sans rendez-vous, de 9h à 16h. Parlez-en autour de vous.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Je vous partage la première ligne du reporting de ce matin parce que je suis trop fière de l'équipe : « CONFIDENTIEL – Comité de direction : taux d'occupation novembre 87 %, CA cumulé 142 MDH vs budget 136 MDH ». On y est arrivés 😊`],
  ['linkedin', 'fr', 'email', `Médecins intéressés par des vacations en cardiologie ou en imagerie : écrivez au Dr Amrani, dr.amrani(at)clinique-anfa.ma, avec votre CV.`],
  ['x', 'fr', '', `Vos données de santé restent confidentielles, c'est la loi. Méfiez-vous des applis qui promettent un diagnostic en 30 secondes.`],
  ['linkedin', 'en', 'phone', `Open day at our Casablanca clinic this Saturday from 10am: visits of the new maternity ward, free blood pressure checks, parking on site. Info line: 0522 36 71 45.`],
  ['linkedin', 'fr', '', `Bienvenue au Dr Benjelloun qui rejoint notre service de cardiologie après dix ans au CHU Ibn Rochd.`],
  ['linkedin', 'en', 'confidential_marker', `Under embargo until 9 December, 06:00 CET: we are opening a second clinic in Marrakech in September 2027, with 120 beds and a cardiology unit. Journalists, the press kit is in your inbox.`],

  // --- SaaS startup in Berlin ---
  ['linkedin', 'en', 'financial', `We just crossed €4M ARR 🎉 Investors hear it officially in the Q4 update on 10 January, so you're seeing it here first. Don't tell them.`],
  ['linkedin', 'en', 'secret', `Anyone else getting 401s from Stripe since the key rotation? Our env looks like this:
STRIPE_SECRET_KEY=sk_live_51Mx4QeK2vTq8bJh3RwLp9ZcY7nDs0FgA6uXo1iE5mVtHk
STRIPE_WEBHOOK_SECRET=whsec_Pq7Lm2Xv9Nc4Rt8Kb1Zs6Yd3Hw0Jf5Ga
Checked twice, no trailing spaces.`],
  ['linkedin', 'en', '', `Stripe test-mode reminder for the new joiners: use sk_test_ keys and the card 4242 4242 4242 4242 in staging, never the live keys, never a real card.`],
  ['linkedin', 'en', 'national_id', `HR tip for new Berlin joiners: your Steuer-ID is on the letter from the Bundeszentralamt für Steuern. Mine is 52 368 037 940, so it looks like this 😅 Don't lose yours, payroll needs it in week one.`],
  ['x', 'en', 'internal_url', `Deploy of v3.14 blocked, https://staging.internal/app won't come up after the migration. Anyone from platform around?`],
  ['linkedin', 'en', 'codename', `Shipping Project Kestrel to our first 50 beta customers next week. Can't say more yet, but it's the thing I've been hinting at since March.`],
  ['linkedin', 'en', '', `Hiring senior backend engineers (Go, Postgres, Kubernetes) in Berlin, hybrid, English-speaking team. DM me if you want the honest version of the job ad.`],
  ['linkedin', 'en', 'financial', `Net revenue retention came in at 128% for the year. Our CFO presents it to the investors with the Series B paperwork in January; until then it stays between us 🤫`],

  // --- Bookshop chain ---
  ['linkedin', 'fr', 'financial', `Le Goncourt a fait des miracles : +23 % de chiffre d'affaires à magasins comparables en novembre. C'est un chiffre interne, la direction ne communiquera qu'au bilan annuel, mais je voulais remercier les libraires qui ont tenu les caisses.`],
  ['linkedin', 'fr', '', `Coup de cœur de la semaine dans nos librairies : un premier roman sur une famille de pêcheurs de Fécamp, tendre et drôle. Disponible dans les 32 magasins.`],
  ['x', 'fr', '', `« Top Secret ! » des ZAZ ce soir au ciné-club de la librairie, c'est moi qui présente 🎬 Entrée libre.`],
  ['linkedin', 'fr', '', `Une cliente a oublié sa carte bancaire à la caisse de la librairie de Nantes hier après-midi (Visa se terminant par •••• 9437). Elle est au coffre, passez avec une pièce d'identité.`],
  ['linkedin', 'fr', 'email phone', `Auteurs, éditeurs : pour organiser une séance de dédicaces dans l'une de nos 32 librairies, contactez Hélène Marchal, helene.marchal@librairies-lapage.fr / 06 44 12 90 38.`],
  ['linkedin', 'fr', '', `Soirée rencontre jeudi à 19h avec l'autrice de « L'Hiver des cerfs » dans notre librairie de Rennes. Entrée libre, verre offert.`],

  // --- US school district IT ---
  ['linkedin', 'en', 'secret', `Teachers: the new classroom Wi-Fi is live. Network SD-Staff, password Falcons#2026!Lab (it changes every semester). Students stay on SD-Guest.`],
  ['linkedin', 'en', '', `PSA for parents: the district will NEVER ask for your password or your child's login by phone, text or email. If someone does, it's a scam — report it to the school office.`],
  ['linkedin', 'en', 'national_id', `Payroll question from one of our substitute teachers, pasted with her permission: "my SSN is 412-68-3390 and I still haven't been paid for October". Can someone in HR pick this up today?`],
  ['linkedin', 'en', 'internal_url', `Reminder to all teachers: grades are now entered at https://gradebook.intranet.lakeviewsd.org, not the old portal. The old one goes read-only on Monday.`],
  ['x', 'en', 'phone', `Snow day tomorrow ❄️ All schools closed. Transportation hotline: (608) 271-4450.`],
  ['linkedin', 'en', '', `Chromebook inventory done: 4,812 devices tagged, asset tags CB-2026-00417 to CB-2026-05228. Huge thanks to the student tech team.`],
  ['linkedin', 'en', '', `We're rolling out MFA for all staff accounts next week. Here's why: last year 80% of our account takeovers started with a reused password.`],

  // --- Shipping line in Marseille ---
  ['linkedin', 'fr', 'client_name', `Globex nous confie ses flux Méditerranée – Afrique de l'Ouest à partir de mars, trois rotations par semaine depuis Fos. Le contrat n'est pas encore annoncé officiellement, donc motus, mais quelle fierté pour l'équipe commerciale.`],
  ['linkedin', 'fr', '', `Baptême de notre nouveau porte-conteneurs au GNL ce matin dans le port de Marseille, sous un mistral à décorner les bœufs. Merci aux équipages !`],
  ['linkedin', 'en', 'financial', `Rates on our Asia–Med service are down 18% since October and Q4 EBITDA will land somewhere between €40m and €45m — that's the range finance shared internally ahead of the February call. Tough quarter, great crews.`],
  ['x', 'fr', 'phone', `Escale annulée à Tanger à cause du vent. Passagers du ferry de ce soir : notre service client vous répond au 04 91 56 30 21.`],
  ['linkedin', 'en', 'internal_url', `Crew rosters have moved to http://roster.acme-corp.net:8443 — officers, bookmark it before boarding, the satellite link is slow at sea.`],
  ['linkedin', 'en', '', `Our vessel just cleared the Suez Canal, ETA Marseille on Saturday morning. Welcome home soon, crew!`],
  ['linkedin', 'en', 'email', `Interested in our cadet programme for deck officers? Drop a line to priya dot nair at northpoint-shipping dot com, she runs the selection this year.`],

  // --- Cosmetics e-commerce team ---
  ['linkedin', 'fr', 'financial', `Black Friday : 1,9 M€ de ventes en ligne en 4 jours et un taux de conversion de 4,8 %. Les chiffres officiels sortiront avec le chiffre d'affaires annuel en février, donc je reste vague… enfin presque 😇`],
  ['linkedin', 'fr', '', `Code promo NOEL25 valable jusqu'au 24/12 sur toute la gamme soin. Livraison offerte dès 49 €.`],
  ['linkedin', 'en', 'secret', `Our Shopify order alerts stopped posting to Slack, here's the config if anyone can spot the problem:
alerts:
  channel: "#orders-live"
  webhook: https://hooks.slack.com/services/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
  retries: 3`],
  ['linkedin', 'fr', 'codename', `Le lancement de la gamme Nébula approche et je n'ai jamais vu une équipe aussi motivée. Rendez-vous en mars 💜`],
  ['x', 'fr', '', `La nébuleuse d'Orion photographiée depuis mon jardin avec une lunette de 80 mm et 3 h de pose 🔭`],
  ['linkedin', 'fr', '', `Nos flacons sont désormais 100 % en verre recyclé et rechargeables. Fière du chemin parcouru avec les équipes achats et logistique.`],
  ['linkedin', 'mixed', 'financial', `Closing du Q4 : on est à 97 % du target e-commerce, the exact number goes to the board on Monday, so stay tuned 🤐 Merci la team CRM !`],

  // --- Bordeaux wine estate ---
  ['linkedin', 'fr', 'financial', `Vendanges 2026 rentrées : 38 hl/ha, et la cuvée est déjà pré-vendue à 70 % aux négociants. Ne le répétez pas avant la campagne des primeurs en avril 🍷`],
  ['linkedin', 'en', '', `Harvest is in! The Merlot looked wonderful this year and the cellar smells like blackcurrant. Thank you to the 60 pickers who came back again.`],
  ['linkedin', 'fr', 'phone', `Le caveau est ouvert les samedis de décembre pour vos cadeaux de fin d'année. Réservation des dégustations au 05 57 24 61 88.`],

  // --- Offshore wind operator in Brittany ---
  ['linkedin', 'fr', 'internal_url', `Les données SCADA du parc de Saint-Brieuc sont désormais consultables sur https://scada.eolien.corp/dashboard, pensez à vous connecter au VPN d'abord.`],
  ['linkedin', 'en', 'financial', `Capacity factor of our offshore park in November: 41%. Not published yet — the regulator gets it first — but that's a record for the Channel and the O&M team deserves to hear it.`],
  ['x', 'fr', '', `Vent à 90 km/h au large de Saint-Brieuc, éoliennes en arrêt de sécurité. Normal, et rassurant.`],

  // --- Theatre in Brussels ---
  ['linkedin', 'fr', 'national_id', `Pour les fiches de paie des intermittents de la création de mars, j'ai besoin de vos numéros de registre national au format habituel, par exemple le mien : 93.11.04-129.35. Merci de me les envoyer avant vendredi.`],
  ['linkedin', 'fr', '', `Billetterie : votre numéro de réservation ressemble à TS-2026-11-0412, gardez-le pour le contrôle à l'entrée.`],
  ['linkedin', 'fr', 'email', `Casting ouvert pour notre création de mars (deux rôles, 25-40 ans, bilingue FR/NL apprécié). Envoyez CV et bande démo à casting(at)theatre-sablon.be avant le 20 décembre.`],
  ['linkedin', 'en', 'national_id', `HR paste (oops?) in the company channel: "Rijksregisternummer 04.02.22-275.65 — new intern in the costume workshop starts Monday." Welcome to the team anyway 😄`],

  // --- Warehouse in Lille ---
  ['linkedin', 'fr', 'secret internal_url', `La connexion à la base WMS échoue depuis la mise à jour, vous voyez l'erreur ?
postgres://wms_app:Tr4nsp0rt!Lille@10.12.0.45:5432/wms_prod
FATAL: no pg_hba.conf entry for host "10.12.3.8"`],
  ['linkedin', 'fr', '', `Nouveau quai de chargement inauguré à Lesquin : 12 portes supplémentaires et des niveleurs électriques. Merci aux équipes travaux pour le respect des délais.`],
  ['x', 'fr', '', `Votre colis n° 0612 4490 87 est parti de l'entrepôt de Lesquin 📦 Suivi dans l'appli.`],

  // --- Hotel group in Lisbon ---
  ['linkedin', 'en', 'financial', `RevPAR in Lisbon up 14% year on year in November, ADR at €212. I'm not supposed to share before the group publishes, so officially let's call it "strong double digits" 😉`],
  ['linkedin', 'en', 'national_id', `A guest left their check-in form at reception with NIF 247422380 and a passport copy stapled to it. Who handles lost & found for documents at the Alfama property?`],
  ['linkedin', 'fr', 'iban', `Pour les acomptes des séminaires de groupe au Portugal, le virement se fait sur PT85 0035 7801 6142 4565 9545 1, en indiquant le nom de l'entreprise.`],
  ['x', 'en', '', `Sunset from our rooftop in Alfama. Some days the job is easy.`],
  ['linkedin', 'en', '', `Takeaways from Web Summit in Lisbon: agents everywhere, few in production, and hospitality is still the industry where a handwritten note beats any chatbot.`],

  // --- Veterinary clinic ---
  ['linkedin', 'fr', '', `Notre chat de clinique s'appelle Orion et il a encore volé un sandwich en salle de pause 😹 Suspect en garde à vue dans son panier.`],
  ['linkedin', 'fr', 'phone', `Urgences vétérinaires de nuit et week-end à Lyon 7e : 04 78 93 12 60. Partagez, ça peut sauver un animal.`],

  // --- Aircraft maintenance in Toulouse ---
  ['linkedin', 'en', 'confidential_marker', `Found this on the hangar printer this morning, whoever printed it please come and get it:
"INTERNAL USE ONLY — Task card excerpt
MSN 4471, LH wing, corrosion found at rib 12, repair per SRM pending OEM approval"
Nice catch by the night shift though 👏`],
  ['linkedin', 'fr', '', `Fin de la grande visite de notre 200e A320 à Blagnac. Merci à l'équipe du hangar 3 pour ces six années de rigueur !`],
  ['linkedin', 'en', 'financial', `Hangar 3 turnaround is down to 19 days, and the 2027 budget the executive committee approved last night is €38m. The announcement comes after the works council, so keep it quiet until then.`],
  ['linkedin', 'en', '', `Flight AF 7712 from Paris delayed again, third time this month. At least I know the A320 I'm on was maintained by good people 😅`],

  // --- Insurance broker in Geneva ---
  ['linkedin', 'fr', 'national_id', `Nouveau collaborateur : le formulaire RH plante, alors je colle ici ma fiche pour l'équipe admin : Lucas Meylan, AVS 756.8377.4869.86, entrée le 5 janvier.`],
  ['linkedin', 'fr', '', `Le numéro AVS suisse commence toujours par 756 et compte 13 chiffres ; l'OFAS donne l'exemple fictif 756.1234.5678.97 dans sa documentation, utilisez-le pour vos tests.`],
  ['linkedin', 'en', 'iban', `Clients paying premiums directly rather than by direct debit: our account is CH88 0076 2562 7459 9815 0, please quote your policy number.`],
  ['x', 'fr', '', `Grêle sur Genève cet après-midi, les déclarations de sinistre auto affluent. Toute l'équipe est sur le pont.`],

  // --- Fintech in Warsaw ---
  ['linkedin', 'en', 'national_id', `QA bug of the day: our KYC form rejected a real customer's PESEL 70110507429 even though it passes the checksum. Ticket filed, fix going out tonight.`],
  ['linkedin', 'en', '', `And the opposite case: PESEL 70110507428 fails the check digit, so the form rejected it correctly. One digit makes all the difference.`],
  ['linkedin', 'en', 'card', `Customer support paste gone wrong, please don't do this in public threads: "Hi, my card 5412 4417 2515 0483 exp 11/27 was charged twice for the same transfer fee".`],
  ['linkedin', 'en', '', `Our sandbox test card is 4000 0000 0000 0002 (always declined), straight from the processor's documentation. Use it to test your error screens.`],

  // --- Game studio in Montréal ---
  ['linkedin', 'en', 'codename', `Can't wait for you to play what we've been calling Kestrel internally. Two more months of crunch-free polish, then it's yours 🎮`],
  ['x', 'en', '', `Saw a kestrel hovering over the Plateau this morning, best bird of the week 🐦`],
  ['linkedin', 'fr', 'financial', `Les précommandes dépassent déjà 180 000 unités ! L'éditeur ne veut pas qu'on communique le chiffre avant la keynote de janvier, alors je dirai juste : merci à toute l'équipe.`],
  ['linkedin', 'en', 'confidential_marker', `Under NDA until 20 January, so I'll stay vague: our team just closed the biggest co-development deal in the studio's history. Details soon!`],

  // --- Paris law firm ---
  ['linkedin', 'fr', 'confidential_marker client_name', `On signe demain 🎉 Le mail du client ce soir : « Maître, ci-joint la dernière version du protocole transactionnel avec la Société Générique. STRICTEMENT CONFIDENTIEL – couvert par le secret professionnel. » Trois mois de négociation.`],
  ['linkedin', 'fr', '', `Le secret professionnel de l'avocat n'est pas une option : rappel utile après la décision de la Cour de cassation de la semaine dernière.`],
  ['linkedin', 'fr', 'email', `Les clients qui écrivent à minuit 😅 Transféré pour la blague de la semaine :
« De : Marc Lefebvre <m.lefebvre@lefebvre-conseil.fr>
Objet : RDV
Maître, êtes-vous dispo demain à 7h ? »`],

  // --- Recruiting agency ---
  ['linkedin', 'fr', 'email phone', `CDI Contrôleur de gestion (H/F) – Rouen, 45-52 k€. Envoyez votre candidature à recrutement.rouen@talentia-rh.fr ou appelez Inès au 07 81 22 35 06.`],
  ['linkedin', 'fr', '', `Recrutement : alternant·e marketing digital à Marseille pour la rentrée. Postulez via notre page carrières, on répond à tout le monde.`],
  ['linkedin', 'en', '', `Salaries on all our job ads are published as bands, e.g. €55–65k for the current data analyst role. Transparency saves everyone time.`],

  // --- Food-delivery startup in Madrid ---
  ['linkedin', 'en', 'national_id', `Rider onboarding is chaos today: someone posted their NIE Y5777550X in the public Slack channel. Please DM ops with your documents instead!`],
  ['linkedin', 'en', 'financial', `Madrid GMV hit €6.2m in November, our best month ever. The board deck isn't out until next week, so pretend you didn't see this 🙈`],

  // --- Hospital IT team ---
  ['linkedin', 'fr', 'client_name internal_url', `Migration du dossier patient de l'Hôpital Sainte-Claire terminée cette nuit 💪 Les soignants y accèdent désormais via https://dpi.corp.acme.com/sainte-claire. Merci à l'astreinte !`],
  ['linkedin', 'fr', '', `Exposition de photos à la chapelle Sainte-Claire de Grenoble ce week-end, dont trois tirages de notre collègue infirmière Léna. Allez-y !`],

  // --- Secrets in other forms ---
  ['x', 'en', 'secret', `1/ Spent 3h debugging our GitHub Actions release job…
2/ turned out the personal access token had expired. new one is ghp_R8tKq2Lm5Vx9Nz3Bc7Wp1Yd4Hf6Js0Ga2Qe
3/ lesson: use OIDC, not PATs 🙃`],
  ['linkedin', 'en', 'secret', `Why does ssh say "invalid format" for this key? Generated it yesterday on the build box:
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBk3Qm9Zx7Lr2Vt8Nw4Kc1Yb6Hf3Jg0Ea5Ps2Ti9Uo7RwAAAJgV2xKcFdsS
-----END OPENSSH PRIVATE KEY-----`],
  ['linkedin', 'fr', '', `Mot de passe oublié ? Cliquez sur « Mot de passe oublié » sur la page de connexion. Ne nous l'envoyez jamais par mail, on ne vous le demandera jamais.`],
  ['linkedin', 'en', '', `Rotate your tokens, people. Our docs now show export API_TOKEN=<your-token-here> instead of a real-looking value, after someone copy-pasted the old example into prod.`],
  ['linkedin', 'en', 'secret', `@Marc the OpenAI key for Thursday's demo is sk-proj-4fJ8kLm2Nq7Rt1Vx5Zb9Cd3Gh6Jk0Pw2Sy8Ue4IaXc — don't share it outside the team please`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'secret', `Petit retour du hackathon 🚀 Our demo almost failed because the API key was hard-coded in the notebook: api_key = "f3a9c7e1b2d84f60a5e7c9b1d3f2a8e4" — on l'a changée depuis, promis.`],
  ['linkedin', 'fr', 'secret', `Le bot Telegram des alertes de marée pour les pilotes fonctionne enfin ! Pour ceux qui veulent le brancher sur leur groupe, le token : 7104839261:AAH3kLm9Qp2Rx7Vt5Nw8Zc1Yb4Df6Gh0Js`],
  ['linkedin', 'en', 'secret', `Our Discord alerts for the community server go through https://discord.com/api/webhooks/1183920475561234567/Xq8Lm2Rt5Vz9Nc3Kb7Wp1Yd4Hf6Js0Ga2QeTy8Ui — if you maintain a bot, ping me before changing it.`],
  ['x', 'en', 'secret', `Incident recap from last night (long post, sorry). Around 02:10 the nightly export started failing with AccessDenied. The cron job was still reading the old credentials file:
[default]
aws_access_key_id = AKIA4RZ7QX2MLK9PTW3B
aws_secret_access_key = Qm7vT2xLp9Rk4Ns8Wc1Yb6Zd3Hf5Jg0Ea2Ku7Io
Rotated them at 02:40, export back at 03:05. Root cause: the secret manager migration skipped that box. Action items: inventory every host that still has a credentials file, and alert on key age over 90 days.`],
  ['linkedin', 'en', '', `Request ID 3f2a9c1e-7b4d-4e8a-9c2f-1d6b8e0a5f47 in the error message, ticket opened with the vendor. Fix merged in commit 8c1e4f2a9b7d3e6f0a5c2b8d1e4f7a9c3b6d0e2f while we wait.`],

  // --- Confidential markers in other forms ---
  ['linkedin', 'fr', 'confidential_marker', `Document de travail – Ne pas diffuser
Feuille de route DSI 2027 : fin du mainframe en juin, bascule de la messagerie, refonte du portail fournisseurs.
Je le poste ici pour mes collègues qui n'ont pas accès au SharePoint, dites-moi ce que vous en pensez.`],
  ['linkedin', 'fr', 'confidential_marker', `C2 – Interne
Compte rendu du COPIL du 2 décembre : décision de reporter la bascule ERP à mars, recrutement de deux chefs de projet, audit de sécurité en février.`],
  ['linkedin', 'mixed', 'confidential_marker', `Pre-read pour le board, version 3 — Strictly confidential, draft for discussion only.
Points clés : nouvelle organisation commerciale, fermeture du bureau de Lille, partenariat logistique à l'étude. Vos retours avant 18h svp.`],
  ['linkedin', 'en', '', `How we classify documents at our firm: Public, Internal, Confidential, Restricted. A short guide for new joiners on which label goes where, and why "Confidential" is not a synonym for "important".`],
  ['x', 'fr', '', `« Confidentiel », c'est ce que mon fils de 6 ans écrit en gros sur la couverture de son journal intime. Bien sûr, il me le lit à voix haute tous les soirs 😂`],
  ['linkedin', 'en', '', `Binge-watched "Top Secret UFO Projects" this weekend. Zero UFOs, great documentary on how the Cold War archives were declassified.`],

  // --- Codenames and clients, more forms ---
  ['linkedin', 'fr', 'codename financial', `Orion : budget de 2,4 M€ validé hier en comité d'investissement, la phase 2 démarre en janvier. Ce n'est pas encore communiqué aux équipes, mais je suis ravi que le travail de cette année soit reconnu.`],
  ['linkedin', 'en', '', `Watching NASA's Orion capsule splash down after the crewed lunar flyby was a reminder of why I got into engineering in the first place.`],
  ['x', 'en', 'codename', `Atlas Bleu go-live moved to Feb 3 🙃 sorry family, no ski week for me this year`],
  ['linkedin', 'fr', 'codename', `Démo de Nébula chez le client vendredi matin, si quelqu'un a un vidéoprojecteur 4K à me prêter je suis preneur…`],
  ['linkedin', 'en', '', `Nebula, the streaming platform run by educational creators, is a great case study in building a subscription business without ads. Worth a read for any product team.`],
  ['linkedin', 'en', 'client_name', `Great workshop today with the Initech procurement team in Lyon. Tough questions, fair people, and a very good lunch.`],
  ['linkedin', 'en', '', `Rewatching Office Space with the new interns. Initech's TPS reports never get old, and neither does the printer scene 😂`],
  ['linkedin', 'en', '', `CME Globex will run shortened hours over Thanksgiving; plan your hedges and margin calls accordingly.`],
  ['linkedin', 'fr', 'client_name', `Bravo pour la soutenance ! Et merci pour l'accueil chez Globex mardi, on revient avec la proposition commerciale la semaine prochaine.`, { surface: 'comment' }],
  ['x', 'fr', 'client_name', `Réunion chez Société Générique à 8h, TGV à 6h12, triple café. La vie de commercial.`],
  ['linkedin', 'en', 'client_name email', `Thrilled to be the new account lead for Globex in the Benelux! For anything related to the account, reach me directly at s.whitfield@acme.com.`],
  ['linkedin', 'fr', 'codename internal_url', `Merci Paul ! D'ailleurs la démo Orion est sur https://demo.acme-corp.net/orion, tu peux donner le lien à ton équipe.`, { surface: 'comment' }],

  // --- Emails and phones, more forms ---
  ['linkedin', 'en', '', `In our API docs we use jane.doe@example.com as the placeholder address. Please stop actually emailing Jane, she doesn't exist 😄`],
  ['x', 'en', '', `@acme_support thanks for the quick reply, issue fixed in 10 minutes. That's how it's done.`],
  ['linkedin', 'en', 'phone', `—
Daniel Okafor | Harbour Master's Office, St Peter Port
T +44 1481 720 229 | M +44 7812 446 093`],
  ['linkedin', 'en', '', `Got a call from +33 6 •• •• •• 12 claiming to be our bank's fraud team. It's a scam, hang up and call the number on your card.`],
  ['linkedin', 'fr', '', `Version 6.12.4 de l'appli mobile déployée ce matin : mode sombre et correctif sur les notifications. Merci aux testeurs !`],
  ['linkedin', 'en', 'phone', `Our new Bristol office is open! Visitors, the reception number is 0117 925 4410, parking is behind the building.`],

  // --- IBANs and cards, more forms ---
  ['linkedin', 'fr', 'iban', `Facture impayée depuis 90 jours… Puisque personne ne lit nos mails, je remets ici nos coordonnées : IBAN FR76 5730 7115 7708 9316 6118 619. Merci d'avance aux services comptables concernés 🙃`],
  ['linkedin', 'en', '', `Finance tip: GB33 BUKB 2020 1555 5555 55, the IBAN in every tutorial, is the official example — use it in your test fixtures, never a real customer's account.`],
  ['linkedin', 'fr', '', `Un fournisseur nous a envoyé l'IBAN FR76 9998 5312 0926 7726 0715 216 : refusé par la banque, erreur de saisie sur la clé. Pensez à vérifier avant de lancer un virement.`],
  ['linkedin', 'en', 'iban', `Donations for our staff charity run can go to LU80 0019 4372 6975 9870 0, reference "RUN26". Every euro goes to the children's hospital.`],
  ['linkedin', 'en', 'iban', `@Jonas here's the account for splitting the team dinner: DE15 3704 0044 8293 2117 00. No rush!`, { surface: 'comment' }],
  ['linkedin', 'fr', 'card', `Quelqu'un peut commander les billets de train pour le séminaire ? Carte société 4970 1304 5499 9437, exp 03/28, je suis en réunion tout l'après-midi.`],
  ['linkedin', 'fr', '', `Carte refusée en boutique ce midi… normal, j'avais tapé 4970 1304 5499 9438 au lieu du bon numéro sur le site 😂 Le lundi.`],
  ['linkedin', 'en', 'card', `Booking the offsite venue now. The Amex is 3755 801861 56103, exp 07/29 — Sam, can you confirm it's the right one?`],
  ['x', 'en', 'card', `whoever left the Discover card 6011 4198 7672 3228 in meeting room 4, it's at reception`],
  ['linkedin', 'fr', 'card', `On a reçu ce mail d'un client, je le partage pour la formation (à ne pas reproduire !) : « Voici ma carte pour la réservation : 5234 4230 1995 0345, expire 12/27 ».`],

  // --- National ids, more forms ---
  ['linkedin', 'fr', 'national_id', `Ma mutuelle perd mon dossier pour la troisième fois. N° de sécu 2 91 03 75 112 045 50, ça fait trois mois que j'attends mes remboursements. Quelqu'un a un contact chez eux ?`],
  ['linkedin', 'fr', '', `Exemple de NIR dans notre support de formation : 1 84 12 76 451 089 47, avec une clé volontairement fausse pour que personne ne l'utilise.`],
  ['linkedin', 'en', 'national_id', `New starter here! Payroll needs my NI number and email is down, so: JT 48 29 61 C. Thanks Claire!`],
  ['linkedin', 'en', '', `Your National Insurance number looks like QQ 12 34 56 C, the format HMRC uses in its own examples. If anyone asks for yours on social media, it's a scam.`],
  ['linkedin', 'en', 'national_id', `Our Milan office needs the codice fiscale of everyone on the consulting contract by Friday. Mine is BNCGLI90E45F205C, send yours to the project coordinator.`],
  ['linkedin', 'en', '', `Mario Rossi's codice fiscale, RSSMRA85T10A562S, is the example in every Italian tax tutorial. Poor Mario.`],
  ['linkedin', 'fr', 'national_id', `Formulaire CERFA rempli en direct pendant le webinaire… avec mon NIR 1 95 07 13 055 318 72 affiché en grand à l'écran 🤦 Leçon retenue.`],

  // --- Financial, more phrasings ---
  ['linkedin', 'fr', 'financial', `On a clôturé le trimestre à un peu plus de douze millions, soit trois de mieux que le budget. Évidemment rien d'officiel avant la publication du 10 février, mais quelle équipe !`],
  ['linkedin', 'en', 'financial', `Churn dropped from 3.1% to somewhere between 1.8 and 2% monthly after the onboarding revamp. We'll share the exact figure at the all-hands — it's not public yet — but wow.`],
  ['linkedin', 'en', '', `Our parent company reported full-year revenue of €1.2bn this morning, up 8%. Proud of the Nordic team's contribution!`],
  ['linkedin', 'fr', '', `Budget participatif de la ville : 1,5 M€ pour les projets des habitants, votez avant le 15 décembre sur le site de la mairie !`],
  ['linkedin', 'en', 'financial', `Sales kickoff preview: Q1 pipeline is at $14.5M with 62% weighted coverage. Not for outside eyes until the numbers are locked, but I couldn't resist.`],
  ['x', 'fr', 'financial', `Marge brute à 61 % sur le trimestre 🚀 (chut, résultats le 29)`],
  ['linkedin', 'en', 'financial', `Me: "Can I post the numbers?"
Boss: "Not until the earnings call."
Me: "So I can't say we hit a 31% EBITDA margin?"
Boss: 😐`],
  ['linkedin', 'en', '', `Our Q3 results are public: revenue €410m, operating margin 12.4%. The press release and the analyst deck are on the investor relations site.`],
  ['linkedin', 'fr', 'financial', `Entre nous : la rallonge de quatre à cinq millions d'euros pour le nouveau centre de tri a été votée hier soir en conseil, l'annonce officielle est prévue en janvier. Les équipes du site vont enfin avoir de la place !`],

  // --- Internal URLs and look-alikes ---
  ['linkedin', 'en', '', `Quick tutorial for the interns: run npm run dev and open http://localhost:5173 to see the app with hot reload.`],
  ['linkedin', 'fr', '', `Mon Home Assistant tourne sur un Raspberry en 192.168.1.50 et mes volets s'ouvrent tout seuls au lever du soleil 🌅 Projet du week-end validé.`],
  ['linkedin', 'en', 'internal_url', `Jira has moved! New URL: https://jira.corp.acme.com/browse/OPS — old links redirect until Friday, then they break.`],
  ['x', 'en', 'internal_url', `prod db on 172.16.40.12 is at 98% disk and climbing, who owns it?? @oncall`],
  ['linkedin', 'fr', 'internal_url', `Le wiki qualité a déménagé sur https://wiki.acme-corp.net/qualite/haccp, mettez à jour vos favoris avant l'audit de la semaine prochaine.`],
  ['linkedin', 'en', '', `Our public status page is status.acme.com, subscribe there for incident updates instead of asking on LinkedIn 😉`],

  // --- Everyday posts ---
  ['linkedin', 'fr', '', `Première neige sur le Mont-Blanc vue de la fenêtre du bureau ce matin. Difficile de se concentrer.`],
  ['linkedin', 'fr', '', `10 ans dans l'entreprise aujourd'hui. Trois postes, deux déménagements, un nombre incalculable de cafés. Merci à tous ceux qui m'ont fait confiance.`],
  ['linkedin', 'fr', '', `Webinaire RGPD et sous-traitants jeudi à 11h, gratuit, inscription via le lien en commentaire. On parlera des clauses qu'on oublie toujours.`],
  ['linkedin', 'fr', '', `Marathon de Lyon bouclé en 3h42 ! Dossard 4471, deux ampoules, zéro regret.`],
  ['linkedin', 'fr', '', `Rendez-vous au point de départ de la randonnée d'équipe samedi : 45.1885, 5.7245, parking du col. Prévoyez des crampons.`],
  ['x', 'fr', '', `Lundi. Café. Réunion. Re-café. Réunion sur la réunion.`],
  ['linkedin', 'mixed', '', `Meeting de kick-off ce matin, on a défini les OKR du Q1 ensemble. Let's go team!`],
  ['linkedin', 'en', '', `UPS tracking numbers look like 1Z 999 AA1 01 2345 6784 — if an SMS asks you to "pay customs fees" for one, it's phishing.`],
  ['linkedin', 'fr', '', `Une question qu'on nous pose souvent : faut-il chiffrer ses sauvegardes ? Oui. Et tester la restauration, surtout.`],
  ['linkedin', 'en', '', `Conference season is over. My three takeaways: measure less, talk to users more, and never do a live demo on hotel Wi-Fi.`],
  ['linkedin', 'mixed', '', `Afterwork de Noël vendredi au bureau de Montréal, bring your ugly sweater! Il y aura de la poutine.`],
  ['linkedin', 'fr', '', `Découvrez notre nouvelle boutique en ligne : 300 références de produits normands, livraison offerte dès 49 €.`],
]);
