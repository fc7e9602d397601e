import { rows } from './corpus-types';

/**
 * Held-out set "fresh8": written 2026-12-03 (07:54-08:06 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh7), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh8`. First scored 2026-12-03 08:07 UTC on the rules of ef51e01 (after the fixes from
 * fresh7): confidentiality macro F1 0.945, 5.3 % of clean posts flagged (5 of 94); financial the weakest (0.733, recall
 * 0.579), codename 0.880 (three public products). Its misses were then fixed, so later scores no longer estimate anything.
 *
 * Authors: a nuclear plant's maintenance team (outage crews, Rhône valley), a cruise line (Monaco, Miami, Marseille
 * crew office), a publishing house in Paris, a biotech in Boston, a water utility in Marseille, a car-rental franchise
 * in Geneva, a data-centre operator in Frankfurt, a call centre in Tunis, an NGO in Nairobi, a gold-mining company in
 * Abitibi (Québec), an e-sports team, a notary's office in Nantes, a fashion house's PR team (Paris, Milan), a railway
 * operator's signalling engineers, a ministry's digital service, a pharmaceutical distributor in Madrid, a port
 * authority in Le Havre, a ski resort in Savoie, an agritech in Dakar, a shipbroker in Piraeus, a museum in Brussels,
 * a brewery in Dublin, a solar installer in Seville, a logistics hub in Rotterdam, an architecture studio in Oslo, a
 * newsroom in Abidjan, relocated employees (Porto, Wrocław, Milan, the UK).
 * Forms: signatures, farewell posts, event invitations, job offers, quoted scam and candidate e-mails, pasted logs,
 * .env files, kubectl and curl output, YAML configs, credentials in URLs, an OpenSSH private key block, webhooks
 * (Slack, Teams, Discord), KPI tables, dialogues, replies (surface 'comment'), X threads and long premium X posts;
 * leaks in P.S., parentheses and quotes, figures in words or as ranges, indirect non-public signs ("motus", "the board
 * hasn't seen it yet", "on ne le communique qu'à l'AG", "donors haven't been briefed yet"). Phones from France,
 * Switzerland, Spain, Belgium, Germany, Italy, Greece, Ireland, Norway, the UK, Tunisia, Senegal, Côte d'Ivoire,
 * Kenya, Canada and the US, national and international, with parentheses, dots and dashes, switchboards, extensions and free
 * numbers. Positive IBANs (mod-97, with French/Monégasque RIB keys, Spanish control digits, Belgian, Italian CIN,
 * Portuguese NIB and Tunisian RIB keys), cards (Luhn; Visa, Mastercard incl. 2-series, Amex, Discover, JCB) and
 * national ids (NIR, Belgian register incl. a post-2000 birth, DNI, NIE, codice fiscale, AVS, SIN, BSN, Steuer-ID,
 * PESEL, Portuguese NIF, UK NI, US SSN), every one checked by a script outside the repository. About 40 % clean: hard
 * look-alikes (published results and public statistics, specimen and test numbers described as such, wrong
 * checksums, masked numbers, example.com addresses, git remotes, a home-project private IP, localhost, the public
 * newsroom, public products named Orion, Nebula, Kestrel or Atlas, CME Globex, Office Space's Initech, Société
 * Générale, ISBNs, a SIRET, order, tracking and train numbers, versions, scores, short emergency numbers, a SHA-256
 * checksum, a commit hash, placeholder credentials, talk about labels and NDAs, a joke label) and ordinary posts.
 * 235 posts: 94 clean (40 %); phone 23, secret 17, financial 19, national_id 15, internal_url 14, email 13,
 * confidential_marker 12, iban 11, card 11, codename 11, client_name 11.
 */
export const FRESH8_POSTS = rows('fresh8', [
  // ——— Nuclear plant maintenance team ———
  ['linkedin', 'fr', 'phone', `Fin de l'arrêt pour visite partielle de la tranche 3 après 71 jours. Merci aux 1 200 intervenants, salariés et prestataires, qui ont tenu le planning malgré la canicule de septembre. 🙏

Pour les entreprises qui veulent se positionner sur la campagne 2027 : accueil sous-traitants au 04 75 50 39 12 (lun-ven, 7h30-16h).`],
  ['linkedin', 'fr', 'confidential_marker financial', `Je repartage (en enlevant les noms) le message de notre chef de projet, parce qu'il résume bien l'état d'esprit :

« Diffusion restreinte – ne pas transférer. Bilan provisoire de l'arrêt tranche 2 : surcoût de 18,4 M€ par rapport au budget, validé hier en comité de direction. Communication externe prévue en février. Merci à tous pour l'engagement malgré tout. »

Fier de cette équipe.`],
  ['linkedin', 'fr', '', `Les faucons crécerelles (kestrels pour nos collègues anglophones 😉) sont revenus nicher sur la tour aéroréfrigérante. L'équipe environnement a posé un nichoir et une caméra, trois œufs observés ce matin. La biodiversité sur un site industriel, c'est possible.`],
  ['linkedin', 'fr', 'national_id', `Coup de gueule du jour : le formulaire d'accès site rejette ma demande depuis trois jours et personne ne sait pourquoi.

Nom : Karim B.
Entreprise : sous-traitant robinetterie
NIR : 1 84 07 13 055 217 33
Date d'intervention : 14/12

Si quelqu'un du bureau des accès passe par là… 🙃`],
  ['linkedin', 'fr', '', `Mesures météo pour le suivi du panache : en complément de la station fixe, l'équipe teste deux anémomètres portatifs Kestrel 5500 sur les points de mesure mobiles. Résultats très cohérents avec le mât météo à 2 % près.`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau portail de consignation est en ligne ! Fini les fiches papier dans les bannettes : toutes les demandes passent par https://consignation.intranet.cnpe-acme.fr/lots à partir de lundi. Formation de 30 min prévue pour chaque équipe de quart.`],
  ['linkedin', 'fr', 'phone email', `Après 14 ans à la maintenance mécanique de la centrale, je prends ma retraite vendredi. Des pompes primaires aux groupes électrogènes de secours, j'ai tout démonté au moins deux fois 😄

Merci à mes équipiers, vous allez me manquer. Restons en contact : 06 84 27 19 53 ou j.morel.retraite@gmail.com. Et venez pêcher à Serrières !`],

  // ——— Cruise line ———
  ['linkedin', 'en', 'financial', `Proud of the revenue management team this week. Wave season closed early: 2027 bookings already at 94% load factor and net yields up 6.5% year on year. We'll share it officially on the Q4 call in February, so keep it between us for now 😉 #cruise #revenuemanagement`],
  ['linkedin', 'en', '', `Our FY2025 results are out: revenue of $4.1bn, occupancy at 106%, net yield up 3.2%. Full release and the investor presentation are on our investor relations site. Thank you to the 18,000 crew members who made it happen.`],
  ['x', 'en', '', `Docked in Santorini at 07:00, tenders from 07:30, all aboard 17:30. Deck 9 buffet closes at 10:30. Cabin 9214 has the best sunrise on the ship, fight me 🌅`],
  ['linkedin', 'en', 'codename', `Sneak peek of what the hotel operations team has been building all year: Nébula, our new onboard guest app (cabin keys, dining bookings, shore excursions in one place). It pilots on two ships in March. Can't say more yet, but I'm SO proud of this crew.`],
  ['linkedin', 'en', '', `Stargazing night on the top deck, 300 miles from any city light. We could see the Orion Nebula with the naked eye, and our astronomer-in-residence explained why it glows pink. Best part of the job, honestly.`],
  ['linkedin', 'en', 'iban', `To our port agents and shore-excursion partners: after the change of bank, commissions from January will be paid from and refunds must be sent to our new Monaco account, MC58 1146 8000 0100 3571 9421 005. The old account closes on 31 December. Thanks for updating your records!`],
  ['x', 'en', 'phone', `Guests sailing from Miami this weekend: the terminal moved to Pier 6. Questions? Guest services (24/7): +1 (305) 358-7420. See you on board 🛳️`],

  // ——— Publishing house, Paris ———
  ['linkedin', 'fr', '', `Parution le 8 janvier : « Les Rives du Rhône », premier roman de Louise Achard. ISBN 978-2-07-306184-2, 352 pages, 22 €. Un texte que toute l'équipe a défendu avec passion au comité de lecture. 📚`],
  ['linkedin', 'fr', 'email', `Manuscrits : nous ne lisons plus les envois papier (désolés pour la forêt qu'on a déjà sur les bras). Envoyez votre texte à manuscrits (at) editions-dulac.fr, en PDF uniquement, avec une courte note d'intention. Réponse sous trois mois, promis.`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait des épreuves non corrigées — EMBARGO jusqu'au 14 janvier 2027, 6h — je n'ai pas pu résister à partager la première phrase avec vous : « Le fleuve avait décidé de tout reprendre, et personne à Givors ne songeait à le lui reprocher. »`],
  ['linkedin', 'en', '', `Re-reading "L.A. Confidential" for our noir book club. Ellroy's staccato prose still feels like a punch in the face, in the best way. Next month: Chandler.`],
  ['linkedin', 'fr', '', `Droits d'auteur : le taux moyen en France tourne autour de 8 à 10 % du prix public HT selon le dernier baromètre publié par la SGDL. Auteurs, lisez vos contrats, et faites-vous accompagner avant de signer.`],
  ['linkedin', 'fr', 'client_name', `On vient de boucler le livre anniversaire de Globex pour leurs 50 ans : 240 pages, reliure toile, une iconographie dénichée dans leurs archives de Lyon. Projet de commande comme on les aime à la maison d'édition.`],

  // ——— Biotech, Boston ———
  ['linkedin', 'en', 'financial', `Runway update from today's all-hands, because people keep asking in the hallway: about 22 months of cash at the current burn ($9-11M a quarter), and a Series C term sheet expected before the JPM conference. Not public, obviously, but it's a good place to be in this market.`],
  ['linkedin', 'en', '', `We published our Phase 2 topline results this morning: 41% objective response rate, median duration of response 11.2 months. Press release and the ASH poster are linked in the comments. Thank you to every patient and site.`],
  ['linkedin', 'en', 'secret', `Anyone else hitting 429s on the ELN API since the last update? Our sync script:

curl -s -H "X-API-Key: bnch_live_7Qm2Xc9LpR4tVz8KdN3wYe6H" https://acmebio.benchling.com/api/v2/entries?pageSize=50

Worked fine until Tuesday. Rate limits changed?`],
  ['linkedin', 'en', 'codename', `Kestrel hit its primary endpoint in the mouse model today 🎉 Three years of work from a small, stubborn team. More when we can share, but tonight we celebrate.`],
  ['linkedin', 'en', 'internal_url', `Reminder for the bench team: plate-reader exports no longer go to your desktop. They land on smb://fs01.research.corp/assays/2026 and get picked up by the pipeline every hour. Ping me if yours don't show up.`],
  ['linkedin', 'en', 'confidential_marker codename', `Reposting our CSO's note because the science is beautiful, not the timeline:

"INTERNAL – DO NOT FORWARD. Project Kestrel: IND filing moves to Q2 so we can add the 6-month tox data. The biology holds up."

Science takes the time it takes.`],
  ['linkedin', 'en', 'email', `Last day at the Boston lab. Six years, three programs, one clinical candidate and an unreasonable amount of pipette tips. Thank you all.

Personal e-mail if you want to stay in touch: priya.nandakumar@outlook.com`],
  ['linkedin', 'en', 'national_id', `Public service announcement from someone who just learned the hard way: the "comments" field in the benefits enrollment portal is visible to your whole team.

I typed "SSN 412-68-3197, spouse to be added" in it. HR called me within ten minutes. Check your forms, people.`],
  ['linkedin', 'en', '', `Fun fact from our privacy training: 078-05-1120 is the most misused SSN in history. A wallet maker printed it on the sample card sold with its wallets in 1938, and thousands of people used it as their own.`],

  // ——— Water utility, Marseille ———
  ['linkedin', 'fr', 'phone', `Travaux de renouvellement de canalisation rue Paradis : coupure d'eau programmée le 9 décembre de 8h à 14h. Un camion-citerne sera placé devant le n° 212. Infos et urgences 24h/24 : 09 69 39 40 00 (appel non surtaxé).`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle pour nos équipes recherche de fuites : le rendement du réseau 2026 ressort à 83,1 % (chiffre provisoire, présenté au conseil d'administration mardi, pas encore publié dans le rapport annuel). +0,7 point en un an, c'est énorme sur 4 000 km de canalisations.`],
  ['linkedin', 'fr', '', `Le rapport annuel 2025 est en ligne : rendement du réseau de 82,4 %, 1 240 km de canalisations renouvelés depuis 2015, 99,8 % de conformité bactériologique. Fiers des équipes ! Lien dans le premier commentaire.`],
  ['linkedin', 'fr', 'internal_url', `Pour les collègues d'astreinte cet hiver : la supervision SCADA des stations de pompage nord est maintenant sur https://scada.acme-corp.net/marseille-nord (VPN obligatoire, authentification forte). L'ancienne URL redirige jusqu'au 31 décembre.`],
  ['linkedin', 'fr', 'secret internal_url', `Si ça peut aider quelqu'un qui galère avec les passerelles Modbus, voilà la conf qui marche enfin chez nous :

gateway:
  host: 10.40.12.7
  port: 502
  user: telegestion
  password: Vx9!pR2m#Lq7
  poll_interval: 15s

La clé c'était le poll_interval.`],
  ['linkedin', 'fr', '', `Projet du dimanche : mon Raspberry Pi surveille la cuve de récupération d'eau de pluie du jardin. Node-RED sur 192.168.1.42, un capteur à ultrasons, et une alerte Telegram quand ça déborde. 🌧️ Déformation professionnelle, je sais.`],
  ['linkedin', 'fr', 'client_name', `Belle mission cet automne pour notre bureau d'études : l'audit complet des réseaux d'eau chaude sanitaire de l'Hôpital Sainte-Claire (prévention légionelle). 38 points de prélèvement, rapport rendu vendredi. Merci aux équipes techniques de l'hôpital pour leur accueil.`],

  // ——— Car-rental franchise, Geneva ———
  ['linkedin', 'fr', 'phone', `Notre agence de Cornavin est ouverte 7 j/7 dès le 1er décembre ! Réservations au +41 22 731 48 55. Pneus neige inclus sur toute la flotte et chaînes sur demande pour les stations.`],
  ['linkedin', 'fr', 'card', `Quand un client m'envoie son numéro de carte par WhatsApp « pour garantir la réservation » : 5237 1746 8145 3848, exp 09/28…

Non. Jamais. On a un lien de paiement sécurisé pour ça. J'ai supprimé le message et je l'ai rappelé. Sensibilisez vos proches !`],
  ['linkedin', 'fr', '', `Astuce du comptoir : votre référence de réservation (par ex. GVA-2611-48213) n'est pas votre numéro de contrat de location (RA 7741093). Ayez les deux sous la main quand vous appelez, ça fait gagner cinq minutes à tout le monde.`],
  ['linkedin', 'fr', 'iban', `Pour les franchisés qui demandaient : les redevances de décembre sont à virer sur le nouveau compte de la centrale, CH23 0078 8000 0504 1237 7 (BCGE). L'ancien compte sera clôturé fin janvier.`],
  ['linkedin', 'fr', 'national_id', `On accueille trois nouveaux agents à l'agence de l'aéroport de Genève, et le processus de paie leur demande littéralement de coller leur numéro AVS dans un chat Teams. Du genre : « 756.3182.0457.93, merci ! » dans un groupe de 40 personnes. Non. On corrige le processus cette semaine.`],
  ['x', 'en', '', `Firmware 10.4.2.118 rolled out overnight to 3,212 connected rental cars. Zero bricked units. I'm going back to bed.`],

  // ——— Data-centre operator, Frankfurt ———
  ['linkedin', 'en', '', `PUE of our Frankfurt campus in 2025: 1.28 (audited, published in our sustainability report). Next step: sending waste heat to the district heating network in Hanau. Proud of the facilities team.`],
  ['linkedin', 'en', 'internal_url', `Change freeze starts 18 December. If you really need an exception, request it via https://cab.corp.acme.com/exceptions before the 15th (link only works on VPN). Please, no "quick fixes" on Christmas Eve this year.`],
  ['linkedin', 'en', 'secret', `Debugging a CrashLoopBackOff with the on-call team. Output of the pod's env dump, in case the pattern rings a bell:

$ kubectl exec billing-sync-7d9f -- env
NODE_ENV=production
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=AKIAQXB7MUAXVT6USAVX
AWS_SECRET_ACCESS_KEY=4VvBIekM7fWrqoN2Uv/DGPC/Dd+GHTGjBkvRSS9V
SYNC_INTERVAL=300

The container exits with code 137 after ~40 s.`],
  ['linkedin', 'en', '', `The AWS documentation example key AKIAIOSFODNN7EXAMPLE still shows up in so many tutorials that our scanner flags it weekly. It's a published placeholder, not a leak. We added it to the allowlist, finally.`],
  ['linkedin', 'en', 'iban', `Colocation customers: our bank details changed after the merger of our two German entities. New IBAN: DE27 5007 0010 0931 8472 65 (Deutsche Bank Frankfurt). Please update before the January billing run, payments to the old account will bounce after 31 March.`],
  ['linkedin', 'en', 'national_id', `Tip for new expats in Frankfurt: your Steuer-ID arrives by post two to four weeks after the Anmeldung. Mine (81 247 693 657) came in nine days, a German miracle. Don't lose the letter, HR will ask for it on day one.`],
  ['linkedin', 'en', '', `My Steuer-ID letter finally arrived. Also, PSA: the number shown on the sample letter in the official FAQ (12 345 678 901) is NOT a valid ID, so stop putting it in your payroll test data and wondering why validation fails.`],
  ['linkedin', 'en', 'financial', `Board pack draft, slide 7, before I forget (it goes to the supervisory board on the 17th):

| Campus | Contracted MW | Utilisation | EBITDA margin |
| FRA-1 | 42 | 96% | 51% |
| FRA-2 | 38 | 88% | 47% |
| FRA-3 | 24 | 31% | n/a |

Can someone check FRA-2's margin against the controlling sheet?`],

  // ——— Call centre, Tunis ———
  ['linkedin', 'fr', 'phone email', `Notre centre de Tunis recrute 60 conseillers bilingues français-allemand pour une ouverture en février ! Formation payée, transport de nuit assuré.

Entretiens sur place (Les Berges du Lac) ou au +216 71 962 430. CV à rh.tunis@callplus-maghreb.tn`],
  ['linkedin', 'fr', 'financial', `Les KPI de novembre, pas encore partagés avec le client (on les présente au COPIL jeudi) : AHT à 6 min 12, FCR à 71 %, attrition annualisée à 38 %. L'attrition nous tue, il va falloir revoir les plannings de nuit.`],
  ['linkedin', 'fr', 'client_name', `Bravo au plateau Initech qui a tenu toute la campagne de fin d'année avec 4 500 appels par jour et le sourire ! Pizza pour tout le monde vendredi 🍕`],
  ['linkedin', 'fr', '', `Rappel à nos clients : nos conseillers ne vous demanderont JAMAIS votre code de carte, votre cryptogramme ou votre mot de passe par téléphone. Si quelqu'un le fait, raccrochez.`],
  ['linkedin', 'fr', 'iban', `Pour les collègues qui attendent le remboursement des frais de formation : envoyez votre RIB à la compta, pas au manager. Pour l'exemple du format attendu, voici le mien : TN59 1000 6035 1835 9847 0004. Et oui, il faut bien les 20 chiffres.`],
  ['linkedin', 'mixed', '', `Le dashboard affiche 00:00:47 de temps d'attente moyen sur la file allemande ce matin. Wer hätte das gedacht? Record battu, merci l'équipe 🎉 #callcenter #CX`],

  // ——— NGO, Nairobi ———
  ['linkedin', 'en', 'phone', `Our Kibera clinic stays open through the holidays, including 25 December. Emergency line: +254 20 271 4893, or WhatsApp our nurses at 0722 418 306. Please share with anyone who might need it.`],
  ['linkedin', 'en', '', `Our 2025 annual report is live: 182,000 patients reached across 14 counties, 87% of funds spent directly on programmes (audited by an independent firm). Thank you to every donor and volunteer.`],
  ['linkedin', 'en', 'financial', `Heavy heart tonight. The board approved the 2027 draft budget: KES 610M, with a 30% cut to the Turkana nutrition programme. Donors haven't been briefed yet and the staff town hall is on Monday, so I can't say more. We'll fight for every shilling.`],
  ['linkedin', 'en', 'iban', `Giving Tuesday 💚 You can donate by M-Pesa, by card on our website, or by bank transfer to our partner foundation in Brussels: IBAN BE20 0682 4713 9556 (reference "AFYA2026"). Every euro goes to the clinics.`],
  ['linkedin', 'en', 'email', `We're looking for volunteer drivers for the mobile clinic in January (Nairobi, Kajiado). Register at volunteers [at] afyaplus.or.ke before 15 January, with your licence category.`],
  ['x', 'en', '', `Donate via M-Pesa: Paybill 247247, account AFYA. 100 KES feeds a child for a day. Thank you Kenya 🇰🇪`],

  // ——— Mining, Abitibi (Québec) ———
  ['linkedin', 'fr', 'financial', `Très belle campagne au troisième trimestre : teneur moyenne de 7,8 g/t et coût de maintien tout inclus sous les 1 150 $ US l'once. Résultats officiels le 18 février, d'ici là motus ⛏️ mais je suis fier de la gang.`],
  ['linkedin', 'fr', '', `Le rapport technique NI 43-101 est publié sur SEDAR+ : ressources indiquées de 2,1 Moz à 6,4 g/t. Lecture conseillée pour ceux qui doutaient encore du gisement.`],
  ['linkedin', 'fr', 'phone', `On recrute des mineurs de fond et des opérateurs de foreuse en Abitibi ! Horaire 14/14, transport aérien payé depuis Montréal et Québec. Appelez le 1-877-482-6310 (sans frais) ou le 819 762-4471, poste 2230.`],
  ['linkedin', 'fr', 'national_id', `Petit rappel aux nouveaux : on ne met PAS son NAS dans le formulaire de covoiturage du site. Quelqu'un a écrit « NAS 200 332 245, départ Val-d'Or 5h » dans le champ commentaire, visible par 300 personnes. On a effacé, mais sérieux.`],
  ['linkedin', 'fr', '', `Mise à jour sécurité : les anémomètres Kestrel 5500 sont maintenant obligatoires pour chaque équipe de sautage à la fosse. Pas de mesure, pas de tir. Merci à l'équipe SST d'avoir porté le dossier.`],
  ['linkedin', 'fr', 'internal_url', `Les géologues, la carte des galeries du niveau 1240 est à jour sur http://geologie.mine-acme.lan/niveau-1240 depuis ce matin. Les anciennes versions PDF qui circulent par courriel sont périmées.`],
  ['linkedin', 'fr', 'codename', `Forage d'exploration du projet Atlas Bleu : deuxième trou terminé à 412 m, et les carottes sont très, très intéressantes. Je n'en dis pas plus, mais la gang de géologie a le sourire ce soir.`],
  ['linkedin', 'en', '', `Our MongoDB Atlas bill went down after we moved three years of old assay data to online archive. If you run a lab database, look into it, it's two clicks.`],

  // ——— E-sports team ———
  ['x', 'en', 'financial', `Our new jersey sponsor is worth more than our whole 2024 budget (seven figures, the low end). Announcement Friday at the Berlin showmatch, you didn't hear it here 👀`],
  ['x', 'en', '', `GG! 2-1 against the reigning champs, map 3 went 13-11 in overtime. Playoffs Saturday 18:00 CET on our channel. LET'S GO 🔥`],
  ['linkedin', 'en', 'secret', `Post-mortem of last night's hijacked stream, because transparency matters: a staff member pasted our stream key in a public Discord channel (live_719384263_Tq8ZvN2xKbR5mW0cLpY7eJ3sHdF6gA). Someone started streaming a crypto scam on our channel within 12 minutes. Rotated, 2FA enforced, lesson learned.`],
  ['linkedin', 'en', 'secret', `Open-sourcing our match-result bot this weekend! It posts scores to our community server through a Discord webhook. Test it yourself:

https://discord.com/api/webhooks/1183746520938475521/UGdC4cExRvxEombQRqCd1shYyj1aSMw9d7vbGk-dI67nCmoKuQ8RTl0k03ZtoK71iF7U

PRs welcome.`],
  ['linkedin', 'fr', 'email', `Marques, pour les demandes de partenariat : partenariats@team-verglas.gg (pas en DM svp, on en reçoit 200 par semaine et elles se perdent).`],
  ['x', 'en', '', `Showmatch tonight! Add our players: Verg#4412 and Kito#0937. Lobby opens 19:30, prizes for the top 3 🎮`],

  // ——— Notary's office, Nantes ———
  ['linkedin', 'fr', 'phone email', `Ravie d'annoncer l'ouverture de notre nouvel office !

Maître Hélène Vasseur
Notaire associée — Étude Vasseur & Associés
8, quai de la Fosse — 44000 Nantes
Tél. 02 40 48 17 63
h.vasseur@notaires-vasseur.fr`],
  ['linkedin', 'fr', 'iban', `Reçu ce matin par un de nos clients, un faux mail usurpant notre étude :

« Maître, suite à un contrôle de la Caisse des dépôts, merci d'effectuer le virement du solde sur le compte FR76 1027 8079 0000 0204 9180 389 avant vendredi. »

Ne tombez pas dans le panneau, et signalez ce compte à votre banque.`],
  ['linkedin', 'fr', 'national_id', `Une cliente nous a envoyé son acte de naissance avec son numéro de sécurité sociale en clair dans l'objet du mail : « 2 91 11 75 114 038 28 – pièces pour la vente ». On a supprimé et on l'a rappelée, mais sensibilisez vos proches : l'objet d'un mail n'est jamais chiffré.`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage la première page de notre projet d'acte comme exemple de mise en page pour les stagiaires (les noms sont masqués) :

« PROJET – NE PAS DIFFUSER – Vente de l'immeuble sis 14, rue Crébillon à Nantes, au profit de la SCI … »

Qu'en pensez-vous, la police Garamond fait-elle plus sérieux ?`],
  ['linkedin', 'fr', 'secret', `Pour nos clients qui attendent en salle d'attente : le wifi invités de l'étude est « Etude-Vasseur-Invites », mot de passe Notaire#Gambetta2026 (il change tous les lundis). Bonne lecture des actes ! 😄`],
  ['linkedin', 'fr', '', `Notre étude a signé 412 actes cette année, dont 31 donations entre vifs. Merci à nos clients pour leur confiance et bonnes fêtes à tous !`],

  // ——— Fashion house PR ———
  ['linkedin', 'fr', 'confidential_marker', `Le carton d'invitation est prêt ✨ « Défilé Printemps-Été 2027 — Strictement confidentiel jusqu'au 20 janvier. Palais de Tokyo, 20h30, dress code : blanc. » Je ne pouvais plus garder ça pour moi.`],
  ['linkedin', 'en', '', `The "Secret Garden" capsule is now live in all our boutiques and online 🌸 Hand-embroidered, made in our Florence workshop. Thank you to the whole studio.`],
  ['linkedin', 'fr', 'phone', `Journalistes, le bureau de presse déménage ! Nouveaux numéros à partir de lundi : Paris +33 1 53 57 12 40, Milan +39 02 7600 3418. Les adresses e-mail ne changent pas.`],
  ['linkedin', 'en', 'financial', `Sell-through on the FW26 bags hit 81% after six weeks, our best since 2019. These numbers stay internal until the group's annual results in February, but I had to say thank you to the merchandising team somewhere.`],
  ['linkedin', 'en', 'email', `Fashion Week accreditations are open. Write to press.pfw [at] maison-ardent.com with your outlet, your role and a copy of your press card. Deadline 10 January.`],
  ['linkedin', 'fr', 'client_name', `Shooting hier pour la collection capsule Société Générique x Maison Ardent. Hâte de vous montrer ça au printemps 📸 (et merci à la photographe qui a tenu 11 heures debout).`],
  ['linkedin', 'en', '', `Thank you to Société Générale's Paris headquarters for hosting our pop-up in their lobby during the Christmas market. 4,000 visitors in three days!`],
  ['linkedin', 'en', '', `NDAs are a necessary evil in fashion: we sign dozens every season with suppliers, models and venues. If you're new to PR, learn to read them before you learn to pitch.`],
  ['linkedin', 'fr', 'confidential_marker', `Sous NDA, donc je ne peux rien montrer, mais le premier essayage de la robe de la campagne printemps s'est fait aujourd'hui et j'en ai encore des frissons.`],

  // ——— Railway signalling engineers ———
  ['linkedin', 'en', 'internal_url', `Weekend possession went well: 54 hours, new interlocking commissioned. For the testers, the ETCS Level 2 logs are on http://10.128.4.21:8080/ixl/logs until Wednesday, ping me if you can't reach it from the depot.`],
  ['linkedin', 'fr', '', `ERTMS niveau 2 : 1 800 km de lignes équipées d'ici 2030 selon la stratégie nationale publiée par le ministère. Un défi énorme pour la filière signalisation, et on recrute !`],
  ['linkedin', 'fr', 'codename', `Fin des essais dynamiques d'Orion sur la ligne 4 : 312 circulations de nuit, zéro arrêt intempestif, et une équipe qui n'a pas dormi depuis mardi. Prochaine étape : l'autorisation de mise en service.`],
  ['linkedin', 'en', 'secret internal_url', `Our CI job uploads the interlocking data prep files over SFTP. The step that finally worked:

sftp -b batch.txt sftp://deploy:Ixl-2026!kT9w@files.acme-corp.net/ixl/staging

(The host key prompt was the culprit all along.)`],
  ['x', 'fr', '', `Le train de 7h42 annoncé voie 3 partira finalement voie 5. Train n° 866412, merci de votre patience et désolé pour la course 🏃`],
  ['linkedin', 'en', 'phone', `Contractors working on our lines this winter: the signalling fault hotline is 0800 917 4430 (free, 24/7). Save it in your phone before you go trackside.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Copier-coller de la note du jour (pour ceux qui n'ont pas accès au partage) :

C3 – Restreint
Objet : enveloppe de renouvellement des postes d'aiguillage 2027-2031
L'enveloppe de 412 M€ a été validée en comité d'engagement le 1er décembre ; elle sera présentée au conseil en janvier.`],

  // ——— Ministry digital service ———
  ['linkedin', 'fr', 'internal_url', `Pour les agents qui rejoignent l'incubateur : la documentation de déploiement est sur https://wiki.intranet.numerique-social.gouv.fr/deploiement. Les accès sont ouverts par votre responsable de produit.`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle pour l'équipe : 38 M€ de budget 2027 arbitrés hier en réunion interministérielle pour la refonte des démarches. Ce n'est pas encore annoncé, ça sortira avec le projet de loi rectificative en janvier.`],
  ['linkedin', 'fr', '', `Le budget 2026 de notre direction (24 M€, voté en loi de finances) est détaillé dans le jaune budgétaire publié sur le site du Parlement. La transparence, c'est aussi ça.`],
  ['linkedin', 'en', 'secret', `Onboarding doc for the new devs, .env for the identity-federation sandbox… wait, this one is production. Anyway, here's the format:

FC_CLIENT_ID=acme-demarches-prod
FC_CLIENT_SECRET=b7e4c19a03f25d86e1a7c4b92f08d3e5a6c1b7f49d20e83c5a17f6b2d9c0e4a8
FC_REDIRECT_URI=https://demarches.example.gouv.fr/callback`],
  ['linkedin', 'fr', '', `Politique de mots de passe : 12 caractères minimum, conformément aux recommandations de l'ANSSI. Et non, « Ministere2026! » n'est pas une bonne idée, même avec le point d'exclamation.`],
  ['linkedin', 'fr', '', `Formation RGPD ce matin : on a revu les quatre niveaux de classification de l'information (C1 à C4) et quand utiliser la mention « Diffusion restreinte ». Très utile pour les nouveaux arrivants.`],

  // ——— Pharmaceutical distributor, Madrid ———
  ['linkedin', 'fr', 'phone', `Pharmacies de la région de Madrid : notre ligne de commandes reste ouverte jusqu'à 22h pendant le pic de grippe. Appelez le +34 912 785 430, ou le 900 814 227 (gratuit) pour les commandes urgentes des hôpitaux.`],
  ['linkedin', 'en', 'iban', `Suppliers, please note: from 1 January all payments go to our CaixaBank account ES67 2100 0418 4902 0173 6458. The Santander account will be closed, and we will never change bank details by e-mail alone.`],
  ['linkedin', 'en', 'national_id', `Recruiting pet peeve: candidates sending photos of their DNI in a LinkedIn message. One today, front and back, number 48213967X, full name, birthday. Please, please use the HR portal, it's encrypted.`],
  ['linkedin', 'en', 'national_id', `Expat update: my NIE appointment in Madrid took three weeks to get, but it's done. Y4829105Q is officially me now, and it's finally on my payslip. Next boss level: the empadronamiento.`],
  ['linkedin', 'en', '', `Spain's public pharmaceutical spending rose 5.2% in 2025 according to the Ministry of Health data published today. Hospital biologics keep driving most of the growth.`],
  ['linkedin', 'en', 'client_name', `Great visit today to Hôpital Sainte-Claire's central pharmacy. From Q1 we'll handle their entire cold chain: 2–8 °C deliveries twice a day, with temperature loggers on every box.`],
  ['linkedin', 'en', 'secret internal_url', `Found the reason our SAP connector kept failing after the migration: someone put the credentials in the URL, and the # broke the parser.

https://sapgw:Madr1d_Dist#2026@10.8.0.14:8443/sap/bc/srt

URL-encode your passwords, folks (or better, don't put them in URLs).`],

  // ——— Port authority, Le Havre ———
  ['linkedin', 'en', 'internal_url', `If your vessel-tracking tooling still points to the old AIS box: the feed mirror moved to ais-mirror.port.internal:10110 on Monday. The old IP will be switched off Friday.`],
  ['linkedin', 'fr', '', `Trafic 2025 publié ce matin : 68 millions de tonnes et 3,1 millions d'EVP sur l'axe Seine. Merci aux 30 000 personnes qui font vivre la place portuaire.`],

  // ——— Ski resort, Savoie ———
  ['linkedin', 'fr', '', `Numéros d'urgence à connaître en montagne : le 112 (numéro européen), le 15 (SAMU), le 18 (pompiers). Et pensez à l'appli de géolocalisation, ça fait gagner de précieuses minutes.`],

  // ——— Agritech, Dakar ———
  ['linkedin', 'fr', 'phone', `Nos agronomes répondent aux producteurs d'arachide et de mil sur WhatsApp, en wolof et en français, au +221 77 639 42 18. Du lundi au samedi, 7h-19h.`],
  ['linkedin', 'fr', 'financial', `Levée de série A bouclée ce soir : 6,5 M$ menée par un fonds panafricain ! L'annonce officielle est prévue en janvier avec le fonds, on garde ça pour nous jusque-là 🤐 mais je suis tellement fier de l'équipe.`],
  ['linkedin', 'fr', '', `Campagne arachidière : 1,8 million de tonnes attendues au Sénégal selon les prévisions officielles publiées par le ministère de l'Agriculture. Une bonne année pour nos producteurs partenaires.`],

  // ——— Shipbroker, Piraeus ———
  ['linkedin', 'en', 'phone', `Our Piraeus desk has moved to Akti Miaouli! New lines: +30 210 452 8816, after hours +30 694 718 2035. Same team, better coffee.`],
  ['x', 'en', '', `Baltic Dry Index at 1,482 this morning, capesize rates firming for the third day. Somebody tell the charterers.`],
  ['linkedin', 'en', 'confidential_marker', `For the new juniors, this is what a good fixture recap looks like (names removed):

"PRIVATE & CONFIDENTIAL — Fixture recap: MV [vessel], 75k dwt, laycan 12-15 January, delivery Piraeus, redelivery Singapore-Japan range. Subjects lifted 14:20 LT."

Clear, short, no ambiguity.`],

  // ——— Museum, Brussels ———
  ['linkedin', 'fr', '', `Nocturne au musée jeudi jusqu'à 22h, entrée 10 €, gratuit pour les moins de 26 ans. Notre exposition « Constellations » montre Orion, Cassiopée et les plus belles cartes célestes du XVIIe siècle. 🌌`],
  ['linkedin', 'fr', 'national_id', `Petite frayeur cette semaine : mon numéro de registre national était lisible sur la photo de mon nouveau badge que j'ai postée lundi. Pour info, ça ressemblait à ça : 87.03.14-217.47. Post supprimé, mais vérifiez vos photos de badge !`],
  ['linkedin', 'fr', 'phone', `Enseignants, pour les visites de groupes scolaires au deuxième trimestre, la billetterie groupes est joignable au +32 2 508 32 11 (du mardi au vendredi).`],
  ['linkedin', 'fr', 'national_id', `Premier job pour ma fille, au service des publics du musée ! Elle m'a montré fièrement sa première fiche de paie, avec son numéro national 03.09.22-148.26 en haut à droite. Elle est aux anges, moi aussi. ❤️`],

  // ——— Brewery, Dublin ———
  ['linkedin', 'en', 'iban phone', `Trade customers: please note our bank details for January invoices, IE03 BOFI 9000 1718 2946 33. Any question, call accounts on +353 1 453 8870.`],

  // ——— Solar installer, Seville ———
  ['linkedin', 'mixed', 'phone', `Nouvelle agence à Séville ! Para nuestros clientes españoles: llámanos al 954 28 61 03, de lunes a viernes. Pour nos clients français, l'équipe de Perpignan reste votre contact.`],
  ['linkedin', 'en', 'card', `Quoting a customer's e-mail because I still can't believe it:

"Hi, for the deposit just charge my Amex 3745 145061 23106, exp 11/27, CVV is on the back lol."

We don't take card numbers by e-mail. I've called him. Please educate your parents.`],

  // ——— Logistics hub, Rotterdam ———
  ['linkedin', 'en', 'national_id', `New hires in Rotterdam: your BSN goes in the payroll portal, NOT in the #onboarding Slack channel. Someone just posted "my BSN is 682752174, do you need anything else?" there. Deleted, but please.`],
  ['linkedin', 'en', '', `Tracking number for the replacement conveyor part: 1Z 999 AA1 01 2345 6784. Arrives Thursday, so line 3 is back on Friday. Fingers crossed.`],
  ['linkedin', 'en', 'iban', `Carriers and subcontractors: please invoice our Dutch entity from now on and pay any credit notes to NL90 INGB 3982 5979 19. The old Rabobank account is closing on 31 December.`],

  // ——— Architecture studio, Oslo ———
  ['linkedin', 'en', 'phone', `The model of the new Bjørvika library is on display at our studio all December. Drop by or call us first: +47 22 41 87 30.`],

  // ——— Newsroom, Abidjan ———
  ['linkedin', 'fr', 'phone', `Vous avez une info, un témoignage, une vidéo ? La rédaction d'Abidjan vous écoute au +225 27 22 48 91 36 ou sur WhatsApp au 07 08 51 62 94. Sources protégées.`],

  // ——— Relocated employees and miscellaneous ids ———
  ['linkedin', 'en', 'national_id', `Moved to Porto for the new Acme office! Got my NIF in one morning at the Finanças (239 418 751), opened a bank account the same afternoon. Portugal, you're efficient when you want to be.`],
  ['linkedin', 'en', 'national_id', `Relocation to our Wrocław hub, week 1. The PESEL form confused me until I realised my number (88110503710) literally starts with my birthday. Clever system!`],
  ['linkedin', 'fr', 'national_id', `Mon codice fiscale pour la mission à Milan est arrivé : FRRGLI90D62F205O. Ils encodent la date de naissance, le sexe et la commune dedans, c'est fascinant.`],
  ['linkedin', 'en', 'national_id', `First UK payslip! NI number JT 48 72 19 B printed right there, so the HMRC letter finally arrived. Now, how does a council tax band work?`],
  ['linkedin', 'en', '', `HMRC's example NI number QQ 12 34 56 C appears in all their guidance pages. Use that in your test data, never your own.`],
  ['linkedin', 'fr', '', `Pour vos jeux de test, la documentation de notre outil de recette donne un numéro fictif de démonstration, le 1 76 05 69 123 412 41. C'est un spécimen documenté, ne mettez jamais le vrai numéro d'un collègue dans une base de recette.`],
  ['linkedin', 'fr', '', `Le formulaire de la mutuelle refuse mon numéro de sécu « 2 91 11 75 114 038 27 » depuis une semaine… J'ai fini par voir que j'avais inversé deux chiffres de la clé. Trois appels pour ça.`],

  // ——— Cards and payments, clean and not ———
  ['linkedin', 'fr', '', `Paiement refusé sur la carte se terminant par 3848 ? Vérifiez le plafond dans votre appli bancaire avant d'appeler l'agence, ça règle 80 % des cas.`],
  ['linkedin', 'en', '', `Staging checkout tip: 4242 4242 4242 4242 with any future expiry and any CVC is Stripe's documented test card. It will never charge anyone, so use it in your demos.`],
  ['linkedin', 'fr', '', `SMS frauduleux reçu ce matin : « Votre carte 4970 7877 8932 8795 a été bloquée, confirmez vos informations ici ». Le numéro ne passe même pas la vérification de Luhn. Ne cliquez pas.`],
  ['linkedin', 'en', 'card', `Our booking system flagged a chargeback and I'm trying to reconcile it. Card on the reservation: 4539 2174 2180 9676, guest checked out on 28 November. Does the acquirer need the full PAN or just the last four?`],
  ['linkedin', 'fr', 'card', `Reçu d'un client de l'agence, par mail, pour « régler plus vite » :
« Carte Mastercard 2223 0191 6146 1006, expire 03/29, au nom de M. Lefort »
Je rappelle : JAMAIS de numéro de carte par mail. On a un terminal de paiement à distance sécurisé.`],
  ['x', 'en', 'card', `Bro paid for the team dinner and texted me his Discover card to "split it online" 💀 6011 6166 3049 4034. Yes I told him to cancel it.`],
  ['linkedin', 'en', 'card', `Support ticket of the week, pasted as received:

> Hello, my corporate card 5412 0757 9383 4709 was declined at the hotel in Milan, can you raise the limit? Thanks, Marco

Marco, please call us instead.`],
  ['linkedin', 'fr', 'card', `Le client a dicté sa carte au comptoir devant toute la file d'attente : « 4024 9290 8100 3398, date 07/27 ». J'ai tout noté sur un post-it que j'ai immédiatement détruit, mais quelle leçon de confidentialité.`],
  ['linkedin', 'en', 'card', `Travel expense hell. The hotel in Tokyo charged my JCB (3528 2699 1023 7401) twice and the refund takes 30 days. Corporate travel team, I'm looking at you.`],
  ['linkedin', 'mixed', 'card', `Test de notre nouveau terminal de paiement au musée, first transaction with my own Visa 4485 2243 9332 8366… and it worked! Merci l'équipe IT 🎉`],
  ['linkedin', 'en', 'card', `Dialogue at the rental desk this morning:
Customer: "Just use the card from last time."
Me: "We don't keep cards."
Customer: "Fine, it's 2720 3307 6661 9346, expiry 05/30."
In front of six people. I love this job.`],
  ['linkedin', 'fr', '', `Le masquage des cartes bien fait : nos tickets n'affichent plus que **** **** **** 6784, et les six premiers chiffres ont disparu aussi. Les auditeurs PCI étaient contents.`],

  // ——— Secrets, vendor formats and not ———
  ['linkedin', 'en', 'secret', `Our release script, if you want to copy the approach:

git clone https://ghp_zmv5lOaHXSa2vRDio8hSiMlCAuQBitkhD03v@github.com/acme-signalling/ixl-tools.git
cd ixl-tools && make release

Works in any CI runner.`],
  ['linkedin', 'fr', 'secret', `Le bot d'astreinte du réseau d'eau poste les alarmes dans Slack via ce webhook, si vous voulez vous en inspirer : https://hooks.slack.com/services/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 — ça marche du premier coup.`],
  ['linkedin', 'en', 'secret', `Setting up the new bastion for the signalling lab. Can someone tell me why ssh rejects this key?

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq9mK3xZ2Lr7TtV4wN8sYf1HcJ0yGd6EaQu1Rio5TzXAAAAJg2Yw7bNmMO
2wAAAAtzc2gtZWQyNTUxOQAAACBq9mK3xZ2Lr7TtV4wN8sYf1HcJ0yGd6EaQu1Rio5TzXA
-----END OPENSSH PRIVATE KEY-----

Permissions are 600.`],
  ['linkedin', 'fr', 'secret', `Pour la carte des agences sur le site, on utilise l'API Google Maps. La clé API : AIzad7TPXuSN2Q08fM3C0SegPE5KkgNseTzCc38 (restreinte au domaine, normalement 🤞).`],
  ['linkedin', 'fr', 'secret', `Pour cloner le dépôt des outils de géologie sans vous authentifier à chaque fois, utilisez le jeton d'accès du projet : glpat-dj58pC4mol6ap8PH8DYH (lecture seule).`],
  ['linkedin', 'fr', 'secret', `Identifiants de la borne du salon VIP pour l'équipe du week-end : login « accueil-vip », mdp « Croisiere!Mars27 ». Merci de ne pas le changer sans prévenir.`],
  ['linkedin', 'en', 'secret', `Our Teams alerts for the Frankfurt chillers come through an incoming webhook. URL for the facilities group so you can add it to your dashboards:
https://acmecorp.webhook.office.com/webhookb2/8172e3aa-f406-4b1c-9d2e-5a7f3c1b8e90@b1c2d3e4-5f60-7a8b-9c0d-e1f2a3b4c5d6/IncomingWebhook/mbUotuCGyVN65Mk438oIt6n9QJR5kcLC77/1f2e3d4c-5b6a-7988-a0b1-c2d3e4f5a6b7`],
  ['linkedin', 'en', '', `Release 3.8.1 of our open-source telemetry agent is out. Verify the download: SHA-256 002c16d9a88473bd07de07d4a27c0388150c5f16d213640678bec5bdd9542480. Changelog in the repo.`],
  ['linkedin', 'fr', '', `Dans le tuto Django qu'on donne aux stagiaires, on laisse volontairement DATABASE_URL=postgres://user:password@localhost:5432/mydb : c'est un exemple, chacun met sa propre base locale.`],
  ['linkedin', 'en', '', `If you're testing payments, sk_test_4eC39HqLyjWDarjtT1zdp7dc is the test key published in Stripe's own API docs. It's meant to be public. Your live key is not.`],
  ['x', 'en', '', `Fixed in commit 4b7e9c2d1a, thanks @mariadev for the repro. Release tonight.`],
  ['linkedin', 'fr', '', `Un mot de passe, c'est comme une brosse à dents : on ne le prête pas, et on le change régulièrement. Bonne journée de la cybersécurité à tous 🪥`],
  ['linkedin', 'en', '', `Our compose file now reads "password: \${DB_PASSWORD}" and the value is injected from Vault at runtime. Never hardcode secrets, not even "just for the demo".`],

  // ——— E-mail and web look-alikes ———
  ['linkedin', 'fr', '', `Rédacteurs de documentation : utilisez toujours jane.doe@example.com comme adresse fictive dans vos captures d'écran, jamais celle d'un vrai collègue. Le domaine est réservé exactement pour ça.`],
  ['linkedin', 'en', '', `If HTTPS keeps asking for credentials, clone over SSH: git@github.com:acme-oss/telemetry-agent.git. Add your key once and forget about it.`],
  ['x', 'fr', '', `Suivez-nous aussi sur @EauxCalanques et @AcmeNews pour les infos travaux et les actus du groupe 💧`],
  ['linkedin', 'en', '', `Frontend tutorial, part 3: run npm run dev and open http://localhost:5173. Hot module reload just works, change a color and watch it update.`],
  ['linkedin', 'fr', '', `Le communiqué officiel sur l'ouverture de notre site de Francfort est sur news.acme.com, partagez sans modération ! (Je travaille chez Acme.)`],
  ['linkedin', 'fr', '', `Les congés de fin d'année se posent avant le 10 décembre, c'est sur l'intranet, rubrique RH > Absences. Ne me demandez pas où, je cherche encore.`],
  ['linkedin', 'fr', '', `Vos données de santé restent confidentielles : elles sont hébergées chez un hébergeur certifié HDS, en France, et chiffrées au repos. Posez-nous vos questions en commentaire.`],
  ['linkedin', 'en', '', `Movie night with the signalling team: "Top Secret!" (1984), Val Kilmer's debut. Nobody could explain the train scene, and we're railway engineers.`],
  ['x', 'en', '', `My colleague labeled the office fridge "CONFIDENTIAL – do not open" and now nobody eats his yogurt. Genius or villain? 🥛`],

  // ——— Codename and client look-alikes ———
  ['linkedin', 'en', '', `NASA's Orion capsule splashdown footage still gives me chills. Reentry at 40,000 km/h and a heat shield at 2,800 °C. Engineering is beautiful.`],
  ['linkedin', 'en', '', `We moved our site-to-site links to Nebula, the open-source overlay network from Slack. Config is surprisingly simple and the lighthouse runs on a tiny VM.`],
  ['linkedin', 'en', '', `Our NOC still runs SolarWinds Orion for the legacy switches at the port. Migration to the new stack is on the 2027 roadmap we presented publicly in June.`],
  ['linkedin', 'fr', '', `Mon chat s'appelle Orion et il a décidé que le clavier de mon portable était son lit. Les réunions de 9h n'ont plus le même rythme. 🐈‍⬛`],
  ['linkedin', 'en', '', `E-mini futures volume on CME Globex hit a record overnight after the jobs report. The clearing desk is running on coffee.`],
  ['linkedin', 'en', '', `Rewatched Office Space for the tenth time. Initech's TPS reports remain the most accurate depiction of corporate life ever filmed.`],
  ['linkedin', 'fr', '', `Nouvelle édition de « l'Atlas des océans » en librairie, avec une couverture bleu nuit magnifique. 96 cartes inédites, 29 €.`],

  // ——— Phone, number and financial look-alikes ———
  ['linkedin', 'fr', '', `Commande n° 0645 2817 33 expédiée ce matin, livraison prévue le 05/12 entre 8h et 13h. Merci pour votre patience pendant le rush de Noël !`],
  ['x', 'fr', '', `Score final 3-2 ! 28 112 spectateurs au Vélodrome. Prochain match le 12.12 à 20h45 😍`],
  ['linkedin', 'en', '', `If you get an SMS from us, it will come from the short code 36 180, never from a mobile number. If in doubt, delete it.`],
  ['linkedin', 'en', '', `Our Q3 revenue (€412M, published on 24 October) beat consensus by 3%. Full year guidance confirmed in the same release.`],
  ['linkedin', 'en', '', `We're hiring a senior data-centre electrical engineer in Frankfurt. Salary range €72k–€86k plus bonus, hybrid, German B2 required. Apply through the careers page.`],
  ['linkedin', 'fr', '', `Version 4.12.3 de l'appli de relève des compteurs déployée sur 1 850 terminaux. Correctif du bug de synchronisation de 3h02.`],
  ['linkedin', 'fr', '', `Facture n° FA-2026-118045, échéance 31/12/2026, SIRET 883 005 961 23306 : si vous voyez ces infos dans un mail inattendu, vérifiez l'expéditeur avant de payer.`],
  ['x', 'en', '', `Flight AF1143 delayed to 21:55, gate K42. Third time this month. Send help (and a croissant) ✈️`],
  ['linkedin', 'en', '', `Our cruise ship's new LNG engines cut CO₂ by 20% per passenger (figures audited and published in our 2025 ESG report).`],
  ['linkedin', 'fr', '', `Selon l'Insee, le taux de chômage en France est de 7,4 % au troisième trimestre. Dans nos métiers de la maintenance nucléaire, on manque pourtant de soudeurs.`],

  // ——— Replies (comments) ———
  ['linkedin', 'en', 'email', `Hi Tom! Send your portfolio straight to me at k.osei@oslo-arkitekter.no, I'll forward it to the partners. Good luck!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Congrats Amira, so well deserved! The night shift will miss you. 🎉`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Merci ! Et encore, le chiffre officiel n'est pas sorti : on est plutôt à 92 % de taux de remplissage sur décembre, la direction l'annonce à la réunion de janvier.`, { surface: 'comment' }],
  ['linkedin', 'en', 'internal_url', `The runbook you're looking for is at https://wiki.acme-corp.net/dc/fra3/cooling-failover, section 4. Needs VPN.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Entièrement d'accord avec toi Marc, la maintenance préventive, c'est ce qui fait la différence sur un arrêt de tranche.`, { surface: 'comment' }],
  ['x', 'en', 'codename', `@deck9_dan lol no, Orion isn't the ship's name, it's the loyalty program revamp we're shipping in spring. Shhh.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'client_name', `Merci pour ce retour ! C'est notre équipe de Tunis qui gère le support niveau 1 pour Globex depuis l'été, je leur transmets.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret', `Si tu n'as pas encore tes accès, prends le compte partagé en attendant : identifiant « geol-lecture », mot de passe Abitibi-Or!77. Mais chut.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Masks off, numbers on: we published it all in the annual report last month, page 48 has the full breakdown.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Pour les réservations de groupe, appelez plutôt Lucas au 06.12.48.77.30, il gère les croisières incentive.`, { surface: 'comment' }],
  ['x', 'en', '', `@signal_nerd it's the new track circuit firmware, v2.4.0. Rolled out on 12 lines already.`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker', `Here's the paragraph you asked for, Jen, straight from the memo: "Acme Internal – Do not share externally. The Boston site moves to four days on site from March, details at the town hall." Hope that answers it!`, { surface: 'comment' }],

  // ——— X threads and long premium posts ———
  ['x', 'en', '', `1/ A thread on how we run a 3-week reactor maintenance outage with 1,200 people on site. Planning starts 18 months before. Yes, 18.`],
  ['x', 'fr', 'financial', `Petit thread bilan 🧵 1/3
Côté chiffres : on termine 2026 à environ 52 M€ de CA (+19 %), EBITDA positif pour la première fois. Les comptes ne sont pas encore publiés, donc c'est entre nous.`],
  ['x', 'en', 'internal_url', `Quick one for the platform folks: Grafana for the Tunis IVR moved to grafana.cc-tunis.corp:3000, the old dashboard links are dead.`],
  ['x', 'en', 'financial', `Long post, sorry. We just closed the books on the 2026 cruise season internally and the team deserves to hear this from me before the official release in February.

Occupancy: 108%, the highest in our history.
Net yield: up 7.8% on 2025.
Onboard revenue per passenger-day: $71, up from $64.
Adjusted EBITDA margin: just under 34%.

None of this is public yet and the investor team will kill me if it leaks, so please don't screenshot. But I wanted every crew member who reads this to know: you did this. The galley teams who served 40,000 meals a day in the heat wave in July, the engineers who kept two ships sailing through the Gibraltar storm, the youth staff who kept thousands of kids busy in the rain in Norway. Thank you. I'm proud to sail with you.`],
  ['x', 'en', '', `Long post because people keep asking how our NGO clinic network actually runs, and it's worth explaining properly.

We operate 23 clinics across Nairobi, Kajiado and Turkana. Each one is staffed by two nurses, a clinical officer and a community health volunteer network of about 40 people. Patients pay nothing; the clinics are funded by a mix of institutional donors (about 70%), individual donors (20%) and a small social enterprise that sells water filters (10%). All of this is in our audited annual report, which is public.

What's hard: supply chains in the dry season, retaining clinical officers who get better offers in the city, and the bureaucracy of reporting to six different donors in six different formats. What works: giving nurses real decision-making power, and paying volunteers on time, every time.

Happy to answer questions in the replies.`],
  ['x', 'en', 'client_name', `Big week: the Initech migration to our Frankfurt campus is done. 1,400 racks, zero downtime. The team is sleeping now.`],
  ['x', 'fr', 'codename', `Dernière ligne droite pour Nébula : mise en prod vendredi 23h, rollback prévu si la tranche de test dépasse 2 % d'erreurs. Croisez les doigts 🤞`],

  // ——— More everyday and mixed posts ———
  ['linkedin', 'fr', '', `Journée de l'inclusion au centre d'appels : 22 % de nos conseillers sont en situation de handicap, un chiffre publié dans notre rapport RSE 2025. On peut faire mieux, on va faire mieux.`],
  ['linkedin', 'mixed', '', `Team offsite in Geneva! Fondue, raclette et un peu de stratégie. Danke an das Team aus Zürich fürs Kommen 🧀`],
  ['linkedin', 'mixed', 'phone', `Para los farmacéuticos que nos preguntaban: notre nouvelle ligne dédiée pour Barcelone est le 93 412 07 58. Atención en castellano y catalán.`],
  ['linkedin', 'mixed', 'email', `Welcome to the team, Léa! Pour toute question RH pendant ta première semaine, écris à onboarding.madrid@farmadist-iberia.es, they'll sort you out.`],
  ['linkedin', 'mixed', 'financial', `Quick update for the Geneva and Lyon teams: on a signé 3 nouveaux franchisés ce trimestre, and the network margin is at 11.2% — chiffre interne, on ne le communique qu'à l'AG.`],
  ['linkedin', 'mixed', '', `Fin de saison au port de Piraeus. Καλά Χριστούγεννα à toute l'équipe, see you in January!`],
  ['linkedin', 'en', 'email phone', `Signature update after the reorg, please update your address books:

Sven Hartmann
Head of Customer Operations, FRA Campus
Acme Data Centres GmbH
sven.hartmann@acme-dc.de
T +49 69 5060 8100 | M +49 171 442 9386`],
  ['linkedin', 'fr', 'phone email', `Le mail d'un candidat, tellement bien écrit que je le partage : « Je suis joignable au 07 58 21 94 36 ou à kevin.dupont93@laposte.net, et je serais ravi de vous rencontrer. » Simple, poli, efficace.`],
  ['linkedin', 'fr', 'codename internal_url', `Afterwork des équipes Nébula jeudi 18h30 au rooftop du siège ! Inscription via https://events.corp.acme.com/nebula-afterwork, boissons offertes par le PO.`],
  ['linkedin', 'en', 'client_name financial', `Reposting our CEO's year-end note. One thing she didn't mention because it's not announced yet: the Globex renewal closed last week at $14M over three years. Biggest contract in our history. Team, you're incredible.`],
  ['linkedin', 'en', 'financial', `Me: "Can I post the dashboard screenshot for our five-year anniversary?"
Manager: "Sure, just blur the ARR, the board hasn't seen it yet."
Me, forgetting to blur: ARR €27.4M, NRR 118%.
Manager: 😐`],
  ['linkedin', 'fr', 'client_name', `Fin de chantier à l'Hôpital Sainte-Claire : les nouvelles salles de stérilisation sont opérationnelles. Bravo aux équipes électricité et traitement d'air !`],
  ['linkedin', 'en', 'client_name confidential_marker', `From the deck I presented this morning (cover slide): "Initech – QBR – Confidential". Great discussion on the roadmap, feeling good about 2027.`],
  ['linkedin', 'fr', 'codename', `Trois ans sur Atlas Bleu, et demain on ouvre le chantier au public. Je n'aurais jamais cru voir ça de mon vivant. Merci à toute l'équipe projet.`],
  ['linkedin', 'en', 'codename confidential_marker', `Embargoed until 9 January: Project Kestrel gets its first external partner. I've been sitting on this for two months and it's killing me.`],
  ['linkedin', 'fr', 'email', `Pour la newsletter des abonnés du musée, écrivez à « publics arobase musee-constellations.be », on vous ajoute à la liste.`],
  ['linkedin', 'fr', '', `La citation du jour, affichée à la machine à café du bureau d'études : « Ce qui est confidentiel, ce n'est pas le secret, c'est la confiance. » Joli, non ?`],

  // ——— P.S. leaks, more bank details and bank-detail look-alikes ———
  ['linkedin', 'fr', 'iban', `Note pour l'atelier de Côme : les acomptes pour la soie de la collection croisière sont désormais à verser sur IT82 X030 6909 6061 0000 0074 823, le nouveau compte du fournisseur (changement vérifié par téléphone avec leur directeur financier, promis).`],
  ['linkedin', 'en', 'iban', `Porto, week 3: I now have a NIF, a bank account and a favourite pastelaria. Not bad for three weeks!

P.S. for the payroll team reading this (hi Marta 👋): the salary account is PT50 0035 0697 0000 4832 1951 8, the form keeps timing out on me.`],
  ['linkedin', 'en', 'card', `Found this note at the reception desk on deck 5 this morning, in very elegant handwriting: "Please charge the spa and the wine package to my Amex 3780 772837 83266, exp 02/28. Thank you darling." We called the guest. Please, never leave card numbers on paper.`],
  ['linkedin', 'fr', 'codename', `Super journée à l'offsite de l'équipe data à Marseille, merci à tous pour l'énergie et à la calanque pour le décor 🌊

P.S. : les slides de la démo Orion sont dans le drive partagé, demandez l'accès à Mehdi.`],
  ['linkedin', 'en', 'client_name', `Wrapped our biggest cold-chain audit of the year (for Société Générique's occupational health centres: 14 sites in three weeks, 600 data loggers read). Team, take Friday off, you've earned it.`],
  ['linkedin', 'fr', 'confidential_marker', `Le catalogue de la rentrée d'hiver est bouclé ! Merci aux éditrices, aux correctrices et à la fabrication.

P.S. Voici la quatrième de couverture du roman-phare, copiée telle quelle du fichier : « Document interne – ne pas diffuser avant le 15 janvier. Marseille, 1962. Deux sœurs, un bateau, un secret. »`],
  ['linkedin', 'fr', '', `Pour vos tests de saisie, l'exemple d'IBAN donné dans la documentation de notre ERP est FR76 3000 6000 0112 3456 7890 189 : c'est un spécimen, il ne correspond à aucun compte réel. Ne testez jamais avec le vôtre.`],
  ['linkedin', 'fr', '', `Le nouveau papier à en-tête de notre fournisseur de Francfort donne ses coordonnées bancaires : DE27 5007 0010 0931 8472 66. L'ERP l'a rejeté, la clé de contrôle est fausse. Une faute de frappe, deux jours d'allers-retours. Validez toujours avant de payer.`],
  ['linkedin', 'fr', '', `Votre remboursement est parti vers le compte FR76 •••• •••• •••• •••• •••• 261, vous recevrez la confirmation par courrier sous 5 jours ouvrés.`],
]);
