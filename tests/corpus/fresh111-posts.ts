import { rows } from './corpus-types';

/**
 * Held-out set "fresh111": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh111`.
 * First scored: 2026-12-05 on 1b89915 (unseen, before any fix from it; same findings as eaaf4ab, a speed-only change): confidentiality macro F1 0.973 / 2.4 % (3 of 123).
 *
 * Authors: agents, team leaders, workforce planners, quality analysts and account managers of customer-service
 * outsourcers and call centres in Casablanca, Rabat, Tunis, Dakar, Port-Louis (Mauritius) and Lisbon, mostly in French,
 * some in English and a few mixing both. Forms: team wins, pasted meeting notes and stand-ups, a markdown table of a
 * steering committee, chat messages pasted by mistake, config and connection strings, customer-service replies
 * (surface 'comment'), job ads with published salary ranges, polls, a three-post X thread, changelogs, a post-mortem,
 * supplier bank-detail notices, goodbyes, tips and training slides. Focus: end-customers' data seen in tickets and
 * scripts (phones, e-mails, CIN, NIR, NIF, cards and IBANs read out or pasted), per-hour billing rates and contract
 * renewals with named clients before signature, CRM / softphone / SIP / shared-account passwords, door and Wi-Fi codes,
 * supervisor dashboards and call-recording links on internal hosts (private IPs, .local / .internal / .corp hosts, an
 * intranet. label, the policy's acme-corp.net and corp.acme.com), scripts pasted from a client's knowledge base.
 * Financial positives with many ways of saying "not public yet": rates "rien n'est signé", offers "not sent yet",
 * "pas encore publié", "ne pas relayer", "reste dans le comité", "CFO only", "not yet communicated to the client",
 * "entre nous", "jusqu'au conseil d'administration", a bid before decision, a pre-money valuation before closing, a
 * bonus before its announcement; look-alikes are published results, a closed and announced funding round, public
 * tariffs, sector and market studies, published salary ranges, and productivity figures (AHT, FCR, calls per agent,
 * satisfaction), which carry no money and are labelled clean whether internal or published. Markers: [INTERNE],
 * CONFIDENTIEL, INTERNE – NE PAS DIFFUSER, [INTERNAL], TLP:AMBER, TLP:RED, EMBARGO jusqu'au…, SOUS NDA,
 * Classification: …; beside TLP:CLEAR, a course on the TLP protocol, and the words "confidentiel", "interne" and NDA
 * discussed. Phones in Moroccan (06/07 mobiles, 05 22 / 05 24 fixed, 0801 toll-free, +212), Tunisian (+216 70/71,
 * 98 mobile), Senegalese (77 / 76 mobiles, 33 fixed, +221), Mauritian (+230 5 mobiles, 7-digit landline), Portuguese
 * (+351 9x, 21 fixed, 00351, 800 toll-free) and French (09 70, +33 6) formats; switchboards and hotlines are phone;
 * emergency short numbers (15, 17, 18, 112, 190, 999, 995) are clean. E-mails include role mailboxes and an obfuscated
 * "(at) (dot)" and a "name @ domain" spelling; a bare domain is clean. Every IBAN, card and national id positive was
 * computed with a throwaway script kept outside the repo: FR (with the RIB key), PT (NIB check), TN, MA (RIB key) and MU
 * IBANs by mod 97; Visa, Mastercard (5- and 2-series) and Amex cards by Luhn; French NIR with its key 97 (including
 * births abroad, 99350 Morocco, 99351 Tunisia, 99341 Senegal), Portuguese NIF by mod 11; Moroccan CIN, Tunisian CIN and
 * Senegalese CNI as written on the card. Look-alikes: a PT IBAN with a failing check, a masked RIB, the ECBS GB82 WEST
 * example, Stripe and Visa test cards, an order number failing Luhn, a NIF-like order number failing mod 11, a 13-digit
 * file number, masked NIRs, the 123456789 demo NIF, vendor-style placeholders (sip.example.com / "motdepasse",
 * "changeme", user:password@host). Codenames and clients also appear in their ordinary sense: the Orion nebula and
 * constellation, a restaurant and other companies called Orion, a kestrel, the Haut Atlas under a blue sky, a cat named
 * Atlas, meeting rooms named after nebulae, the Sainte-Claire chapel in Lisbon, Société Générale.
 * Conventions: every written e-mail address is email, every written phone number is phone, confidential_marker only
 * for explicit labels, financial only for the company's own not-yet-public money figures, secret for real-looking
 * credentials (not placeholders), internal_url for the policy's domains, intranet. hosts, private IPs and .local /
 * .internal / .corp hosts, iban / card / national_id only for valid numbers, codename and client_name only in the
 * project / customer sense; a post carries every category a careful reviewer would flag.
 * Counts: 247 posts (163 FR, 77 EN, 7 mixed; 220 on LinkedIn, 27 on X; 12 comments): 123 clean, 124 with one or more
 * findings. Labels: phone 23, financial 21, client_name 16, secret 13, email 12, internal_url 12, national_id 12,
 * confidential_marker 10, iban 9, codename 8, card 7.
 */
export const FRESH111_POSTS = rows('fresh111', [
  ['linkedin', 'fr', '', `Fierté du jour 🎉 Notre plateau de Casablanca vient de passer le cap des 1 200 appels traités sans escalade cette semaine. Merci à Salma, Youssef et toute l'équipe du shift de nuit. On continue !`],
  ['linkedin', 'fr', 'financial client_name', `Petit point d'avancement avant le week-end : la renégociation avec Globex avance bien. On est partis sur 13,80 €/h par agent formé (contre 12,90 € aujourd'hui), rien n'est signé, le juridique relit encore l'avenant. Croisons les doigts pour lundi 🤞`],
  ['linkedin', 'fr', 'phone', `Recrutement express à Rabat ! Vous parlez français et espagnol ? Appelez directement Houda, chargée de recrutement, sur son portable : 06 61 48 27 93. Démarrage le 5 janvier.`],
  ['linkedin', 'fr', '', `Recrutement à Rabat – Conseillers clientèle bilingues FR/ES. CDI, salaire de 6 500 à 7 800 MAD brut selon profil + primes trimestrielles. Candidatures via notre page carrières. Démarrage en janvier.`],
  ['x', 'fr', 'secret', `Quelqu'un a la main sur le softphone du plateau B ? Le login c'est poste214 / mdp Zx7!qorTa-88, ça rejette depuis ce matin 😩`],
  ['x', 'fr', '', `Rappel à tous les conseillers : on ne partage JAMAIS son mot de passe softphone, même à son superviseur. Si quelqu'un vous le demande, signalez-le à la sécurité.`],
  ['linkedin', 'fr', 'internal_url', `Nouveau tableau de bord superviseurs en ligne 🚀 Temps d'attente, agents en pause, files en débordement, tout en temps réel. Le lien pour les TL : http://10.40.2.17:8080/wallboard/casa-b — dites-moi si ça rame chez vous.`],
  ['linkedin', 'fr', '', `On a refait notre wallboard superviseurs : trois couleurs au lieu de sept, la file la plus chargée toujours en haut, et plus aucune animation. Moins de stress sur le plateau, plus de lisibilité. Le design, ça compte aussi en centre d'appels.`],
  ['linkedin', 'fr', 'email national_id', `Ticket du jour qui m'a fait sourire : une cliente nous envoie sa carte d'identité en clair dans le chat "pour aller plus vite". CIN BK 418273, adresse mail fatima.zahra.benali@gmail.com. Évidemment on a tout supprimé et rappelé les bonnes pratiques 😅`],
  ['linkedin', 'fr', '', `Petit rappel RGPD / loi 09-08 pour nos conseillers : si un client vous envoie une photo de sa CIN ou son RIB dans le chat, on ne le recopie nulle part, on purge la conversation et on le redirige vers le canal sécurisé.`],
  ['linkedin', 'fr', 'codename', `Dernier jour de formation sur Nébula pour la promo 14 ! Le nouveau parcours d'onboarding sera déployé sur tous les plateaux début février, on garde ça pour nous jusqu'à l'annonce officielle 😉`],
  ['linkedin', 'fr', '', `Soirée d'équipe à l'observatoire de l'Oukaïmeden : on a vu la nébuleuse d'Orion à la lunette, et Karim a enfin compris que ce n'était pas une marque de café. Merci au club d'astronomie pour l'accueil !`],
  ['linkedin', 'en', 'financial', `Quick update from the Port-Louis WFM team: finance just confirmed our 2027 staffing budget at MUR 84 million, up 11%. Not announced to the floor yet, so keep it under your hats until the town hall on the 18th.`],
  ['linkedin', 'en', '', `Our 2025 annual report is out: revenue of MUR 1.2 billion, 2,300 people across three sites in Mauritius and a 92% customer-satisfaction score. Proud of every single agent who made it happen. Link to the full report in comments.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `[INTERNE] Compte rendu point hebdo Initech – S49
- Taux de décroché : 91 %
- DMT en hausse sur la file facturation (6'40")
- Relance du script résiliation prévue lundi
Merci de ne pas diffuser hors équipe projet.`],
  ['linkedin', 'fr', '', `Ce que j'ai appris en 6 ans de contrôle qualité : un bon script ne se lit pas, il se vit. Écoutez vos meilleurs conseillers, ils improvisent à partir du script, jamais contre lui.`],
  ['linkedin', 'fr', 'phone email', `Pour toute question sur les plannings de décembre, contactez-moi directement : Meriem Tazi, WFM Casablanca – 05 22 98 41 37 (poste fixe) ou m.tazi@callnova.ma.`],
  ['linkedin', 'fr', 'phone', `Service client disponible 7j/7 au 0801 00 44 55 (appel gratuit depuis le Maroc) ou sur notre appli. On est là pour vous !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Monsieur, désolés pour ce désagrément. Pouvez-vous nous écrire en message privé avec votre numéro de dossier ? Un conseiller vous recontacte dans la journée.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Madame, votre dossier est bien pris en charge. Notre conseillère Imane vous rappellera sur le +212 6 70 12 58 94 que vous nous avez indiqué, entre 14 h et 16 h.`, { surface: 'comment' }],
  ['x', 'fr', '', `DMT moyenne du plateau ce mois-ci : 5 min 12 s, taux de résolution au premier appel 78 %. Pas mal pour un mois de soldes 💪 #centredappels #Casablanca`],
  ['linkedin', 'fr', 'financial', `Point chiffres interne (ne pas relayer) : notre marge brute sur le contrat télécom tombe à 9,4 % cette année à cause des heures sup. La direction présentera le plan de redressement au comité du 15.`],
  ['linkedin', 'fr', '', `Notre groupe a publié ses résultats semestriels ce matin : chiffre d'affaires de 412 M MAD, en hausse de 14 %. Merci aux 3 000 collaborateurs de Casablanca, Rabat et Fès. Le communiqué complet est sur notre site.`],
  ['linkedin', 'en', 'secret', `Note to self and to the night shift: the Wi-Fi on the 3rd floor training room is "CN-Training-5G", password Bluefin#2026casa. Please don't change it again 😂`],
  ['linkedin', 'en', '', `Wi-Fi tip for visitors at our Lisbon office: just ask reception for a guest code, it's valid 24 h. No more passwords scribbled on whiteboards!`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre prestataire restauration : merci d'utiliser à partir du 1er janvier le RIB suivant pour les factures du plateau de Tunis : TN59 1010 6035 8012 3456 7810.`],
  ['linkedin', 'fr', '', `⚠️ Arnaque en cours : des faux fournisseurs envoient des mails "changement de RIB" à nos services comptables. Vérifiez toujours par téléphone avec un contact connu avant de modifier quoi que ce soit.`],
  ['linkedin', 'fr', 'client_name', `5 ans qu'on accompagne l'Hôpital Sainte-Claire sur sa prise de rendez-vous téléphonique. 40 000 appels par mois, et toujours la même exigence de douceur au bout du fil. Merci à l'équipe santé de Rabat ❤️`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire à Lisbonne pendant notre séminaire annuel. Quelle émotion devant les azulejos ! Merci aux collègues portugais pour la visite guidée.`],
  ['linkedin', 'fr', 'internal_url', `Les enregistrements d'appels du litige Ben Saïd sont ici pour les QA : https://rec.acme-corp.net/calls/2026/11/28/0a7f31c2 — à écouter avant la calibration de jeudi.`],
  ['linkedin', 'fr', '', `Calibration qualité de la semaine : 12 évaluateurs, 20 appels écoutés, écart moyen de notation ramené à 4 points. Objectif : que chaque conseiller soit noté pareil, quel que soit l'évaluateur.`],
  ['x', 'en', 'internal_url', `if the recording player keeps timing out, use the fallback node http://recplay.callcenter.local/player?id=88213 until IT fixes the main one`],
  ['linkedin', 'fr', 'card', `Incroyable mais vrai : un client a dicté son numéro de carte complet au SVI au lieu de son numéro de contrat. Retranscription auto : 4357 3669 2368 3276, exp 09/28. On a fait purger la transcription mais ça montre qu'il faut revoir le message d'accueil.`],
  ['linkedin', 'fr', '', `Bonne pratique PCI-DSS : quand un client dicte sa carte, le conseiller met l'enregistrement en pause. Chez nous c'est automatique depuis l'an dernier, et les audits s'en portent beaucoup mieux.`],
  ['linkedin', 'fr', '', `Exemple tiré de notre formation paiement : "Si le client vous donne la carte 4111 1111 1111 1111, c'est la carte de test, ne l'encaissez pas !" Les nouveaux adorent ce moment 😄`],
  ['linkedin', 'en', 'financial client_name', `Big news coming (hopefully): our team in Lisbon has put in a bid to take over the full Initech helpdesk for Portugal and Spain, €3.1 M over three years. Decision expected mid-January, fingers crossed and mouths shut until then!`],
  ['linkedin', 'en', '', `We're thrilled to announce that we've been selected as the customer-care partner of a leading European retailer for Portugal and Spain. 180 new jobs in Lisbon in 2027! Apply via our careers page.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL – Diffusion restreinte
Prévisions d'effectifs T1 : +45 ETP sur la file recouvrement, fermeture du shift de nuit à Fès.
Ne pas transférer.`],
  ['linkedin', 'fr', '', `Petit débat du midi au plateau : est-ce qu'on écrit "confidentiel" en haut de chaque compte rendu par réflexe ? Pour moi, si tout est confidentiel, plus rien ne l'est. Vous faites comment chez vous ?`],
  ['x', 'fr', 'phone', `Si vous avez raté l'appel du conseiller, rappelez-nous au +216 71 960 412 du lundi au samedi. Réf. dossier à portée de main svp 🙏`, { surface: 'comment' }],
  ['x', 'fr', '', `Urgence médicale pendant un appel ? Le conseiller garde le client en ligne et compose le 15 (SAMU) ou le 190 en Tunisie. Procédure rappelée à tous ce matin.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier mutuelle, le client m'a confirmé son numéro de sécu : 1 92 03 13 055 047 38. Je le note ici le temps de retrouver le bon formulaire.`],
  ['linkedin', 'fr', '', `Format du NIR expliqué aux nouveaux : 1 chiffre pour le sexe, 2 pour l'année, 2 pour le mois, puis le département, la commune, le rang, et une clé de contrôle à 2 chiffres. Exemple de formation : 1 85 12 75 XXX XXX XX.`],
  ['linkedin', 'en', 'secret internal_url', `Sharing the read-only QA database string for the analysts who asked: postgresql://qa_reader:Tm4!vQ9zpL@10.20.3.14:5432/cdr_prod — please don't write to it.`],
  ['linkedin', 'en', '', `Connection strings belong in a vault, not in Slack. Example of what NOT to paste: postgresql://user:password@host:5432/db. Use your team's secret manager instead.`],
  ['linkedin', 'fr', 'codename', `Le pilote Atlas Bleu démarre lundi sur 30 postes à Rabat : routage vocal intelligent et résumé automatique de fin d'appel. On ne communique pas dessus avant la démo au client, merci !`],
  ['linkedin', 'fr', '', `Week-end rando dans le Haut Atlas avec l'équipe qualité : ciel bleu, neige sur les crêtes et tajine au refuge. Rien de tel pour décompresser après un mois de pics d'appels.`],
  ['linkedin', 'fr', 'email', `Pour les demandes d'attestation de travail, écrivez à rh.attestations@teleconseil.ma en précisant votre matricule. Délai : 48 h.`],
  ['linkedin', 'fr', '', `Les demandes d'attestation de travail passent désormais par le portail RH en libre-service. Plus besoin d'attendre, tout est téléchargeable en PDF.`],
  ['linkedin', 'mixed', 'financial client_name', `Renewal update pour l'équipe compte : Société Générique veut prolonger 2 ans mais demande -6 % sur le tarif horaire. On leur propose 15,40 €/h au lieu de 16,40 €, proposition envoyée hier, pas de réponse encore. Don't mention it to the agents for now.`],
  ['linkedin', 'fr', '', `On parle souvent de la Société Générale comme d'un exemple de banque qui a digitalisé son service client. Leur chat-to-call est vraiment bien pensé, je recommande la conférence d'hier à ceux qui veulent comprendre.`],
  ['x', 'en', '', `Hot take: average handle time is the most misused KPI in customer service. Measure resolution, not speed.`],
  ['linkedin', 'fr', 'phone', `Pour le client de Thiès qui attend sa box depuis 3 semaines, je vous mets son numéro ici pour le rappel prioritaire : 77 645 28 13. Il préfère être appelé après 18 h.`],
  ['linkedin', 'fr', '', `Dakar, on recrute ! 60 conseillers wolof / français pour notre nouveau plateau des Almadies. Salaire de 180 000 à 230 000 FCFA + transport. Envoyez votre CV via le formulaire sur notre site.`],
  ['linkedin', 'fr', 'iban', `Bonjour à tous, pour le remboursement de la cliente du dossier 55120, voici le RIB qu'elle nous a transmis : FR76 3000 4028 3700 0104 4381 719. Merci au back-office de traiter aujourd'hui.`],
  ['linkedin', 'fr', '', `Exemple de RIB utilisé dans nos formations back-office : FR76 XXXX XXXX XXXX XXXX XXXX 123. On apprend à vérifier la clé sans jamais manipuler un vrai compte.`],
  ['linkedin', 'fr', 'financial', `Bilan de la réunion de direction de Tunis : le budget formation 2027 est arrêté à 1,4 MDT. L'annonce aux équipes est prévue en janvier avec les entretiens annuels, d'ici là ça reste dans le comité.`],
  ['linkedin', 'fr', '', `Nous consacrons chaque année 3 % de notre masse salariale à la formation, comme indiqué dans notre rapport RSE 2025. Cette année : 18 000 heures de formation pour nos équipes tunisiennes.`],
  ['linkedin', 'fr', 'national_id', `Pour l'ouverture du compte du client, il manque la copie recto de la CIN n° 09835147. Le client l'a donnée au téléphone, je transmets au back-office.`],
  ['linkedin', 'fr', '', `Astuce conseillers : pour vérifier l'identité d'un client tunisien, on ne demande jamais le numéro de CIN en entier au téléphone, seulement les 3 derniers chiffres. Sécurité et respect avant tout.`],
  ['linkedin', 'fr', 'phone', `Ma cliente de Sfax ne répond plus sur son fixe, elle m'a laissé un autre numéro : 98 214 763. Quelqu'un de l'équipe du soir peut tenter avant 20 h ?`],
  ['x', 'fr', '', `Le nouveau SVI répond en arabe tunisien, français et anglais. Temps moyen pour joindre un conseiller : 38 secondes. Fier du boulot de l'équipe voix 🎙️`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui n'ont pas encore accès au CRM depuis la migration : compte générique formation "form_tunis02", mot de passe provisoire "Yasmine!Lac2026". Changez-le à la première connexion.`],
  ['linkedin', 'fr', '', `Le mot de passe par défaut "changeme" de notre ancien CRM a enfin disparu. Depuis lundi, première connexion obligatoire via lien unique. Un grand merci à l'équipe IT !`],
  ['linkedin', 'en', 'internal_url', `New WFM forecasting tool is live for all team leaders in Port-Louis: https://wfm.intranet.islandcare.mu/forecast/week49 — shrinkage now calculated automatically.`],
  ['linkedin', 'en', '', `Workforce planning lesson of the year: your forecast is only as good as your shrinkage assumptions. We underestimated sick leave in cyclone season by 4 points. Lesson learned.`],
  ['linkedin', 'en', 'phone', `Lost my work phone at the Caudan Waterfront yesterday evening. If anyone finds a black Samsung, please call my personal number +230 5 729 4418. Thank you!`],
  ['linkedin', 'en', '', `Reminder: in case of a cyclone class 3 warning, the Port-Louis site closes and agents switch to home working. Emergency line for the police: 999, fire: 995. Stay safe everyone.`],
  ['linkedin', 'en', 'financial', `Heads up team leaders: our per-hour rate for the new telecom contract will be USD 9.75, but the client hasn't been told the final number yet, the account director is calling them on Monday. Please don't discuss it with the agents.`],
  ['linkedin', 'en', '', `Nearshore vs offshore pricing: public market studies put French-speaking customer service in Mauritius at around USD 8–12 per productive hour, Morocco at 10–14 and Portugal at 17–22. Useful benchmark for anyone building a business case.`],
  ['linkedin', 'en', 'codename client_name', `Kick-off of Project Kestrel with Globex this morning! 80 agents, 3 languages, a brand new knowledge base. We go live in March, not public yet so no tagging please.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the car park at the Ebene office this morning. Twenty minutes of pure focus before it dove. Team leaders, take notes 😄`],
  ['linkedin', 'en', 'email', `Customer escalation from this morning, for the record: complaint sent by raj.ramdin1987@yahoo.com about a double debit. Please call him back before noon and log the outcome in the CRM.`],
  ['linkedin', 'en', '', `Escalations 101: acknowledge within the hour, call back within the day, close within the week. Write it on a post-it and stick it on your screen.`],
  ['linkedin', 'mixed', 'confidential_marker', `TLP:AMBER – partage limité à l'équipe sécurité
Campagne de vishing en cours visant nos conseillers : les attaquants se font passer pour le support IT et demandent un code MFA. Ne jamais communiquer un code reçu par SMS.`],
  ['linkedin', 'fr', '', `Alerte publique (TLP:CLEAR) : une campagne de faux appels "support technique" cible les centres de contact francophones. Rappel : aucun service informatique ne vous demandera jamais votre code MFA.`],
  ['linkedin', 'mixed', '', `Obrigado Lisboa! 🇵🇹 Three years since we opened our Lisbon hub, now 420 colleagues speaking 14 languages. Quelle aventure, et ce n'est que le début.`],
  ['linkedin', 'en', 'national_id', `Onboarding paperwork for our new agent in Lisbon: she sent her NIF 257319042 by chat because the portal crashed. Forwarding it to payroll here, please update her file.`],
  ['linkedin', 'en', '', `Moving to Portugal to work in a contact centre? First step: get your NIF (tax number) at the Finanças office or online. It takes 15 minutes and you'll need it for everything, including your phone contract.`],
  ['linkedin', 'en', 'phone', `For the Lisbon recruitment day, candidates can call our recruiter Inês directly on +351 912 384 507 before Friday.`],
  ['linkedin', 'en', 'phone', `Our Lisbon site switchboard is +351 21 384 0720, open 8 am to 8 pm. Come visit us at the recruitment day on Saturday!`],
  ['linkedin', 'en', '', `Recruitment day in Lisbon this Saturday, 10 am to 4 pm at our Parque das Nações office. Bring your CV, no appointment needed. Salaries from €1,050 to €1,400 gross per month plus language bonus.`],
  ['x', 'mixed', 'secret', `ops channel, urgent: Genesys API client secret rotated, new one is 7d4e1f9c-2b8a-4e6f-9d3c-a1b5e7f02c44, update the integration before 6pm pls 🙏`],
  ['x', 'en', '', `PSA for contact-centre devs: rotate your API client secrets every 90 days and never paste them in chat. Use the secrets manager. Your future self will thank you.`],
  ['linkedin', 'fr', 'card', `Remboursement client à traiter en urgence (dossier 8841) : il nous a donné sa Mastercard 5168 1415 7353 8005 pour recréditer. Quelqu'un de la compta peut s'en charger ?`],
  ['linkedin', 'fr', '', `Numéro de commande à rappeler lors de votre appel : 4971 8663 1441 6235. Sans ce numéro nos conseillers ne peuvent pas retrouver votre colis.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Les chiffres du pipeline commercial de la région Maghreb pour 2027 : 27 M€ d'opportunités qualifiées, dont 9 M€ en phase finale. À ne pas présenter hors du comité de direction avant la clôture de l'exercice.`],
  ['linkedin', 'fr', '', `Selon le dernier rapport de l'AMRC, le secteur de l'offshoring au Maroc a généré 14 milliards de dirhams d'exportations en 2025. Un secteur qui pèse, et qui recrute encore.`],
  ['linkedin', 'fr', 'phone', `Client du jour, Dakar : "Appelez-moi au 33 824 19 57, c'est le fixe du bureau, je suis là jusqu'à 17 h." Rappel planifié pour l'équipe B.`],
  ['linkedin', 'fr', '', `Numéro d'urgence au Sénégal : 17 pour la police, 18 pour les pompiers. On a affiché ça au plateau pour les nouveaux conseillers venus de l'étranger.`],
  ['linkedin', 'fr', 'national_id', `Vérification KYC ce matin pour un client qui voulait ouvrir une ligne pro : CNI sénégalaise 1 751 1989 04327, tout était conforme, dossier validé.`],
  ['linkedin', 'fr', '', `Au Sénégal, la carte d'identité CEDEAO a remplacé l'ancienne CNI depuis 2016. Pour nos conseillers, ça change le format à vérifier côté KYC : formation de rafraîchissement jeudi.`],
  ['linkedin', 'fr', 'client_name financial', `Le renouvellement du contrat de l'Hôpital Sainte-Claire est sur la table : ils veulent passer à 22 agents et on a chiffré 1,15 M€ sur 24 mois. La direction signe seulement après leur conseil d'administration du 20.`],
  ['linkedin', 'fr', 'codename', `Orion part en recette demain ! Le nouveau module de rappel automatique sera d'abord testé sur la file Rabat 2. Pas un mot côté clients avant la mise en prod 🤫`],
  ['linkedin', 'fr', '', `Déjeuner d'équipe au restaurant Orion, à Lisbonne : cuisine portugaise, vue sur le Tage, et un serveur qui parlait cinq langues. On a failli lui proposer un contrat !`],
  ['x', 'en', '', `Tonight's sky over Port-Louis: Orion rising in the east, perfect after a 12-hour shift. 🌌`],
  ['linkedin', 'en', 'internal_url', `For everyone asking where the new QA scorecard lives: https://qa.corp.acme.com/scorecards/lisbon — use your SSO login.`],
  ['linkedin', 'en', '', `Our new QA scorecard in one sentence: five criteria, one of them is "did the customer feel heard". Everything else follows from that.`],
  ['linkedin', 'fr', 'email phone', `Pour les réclamations du client Doukkali, ses coordonnées : y.doukkali@outlook.fr, 06 12 58 44 09. Il attend un geste commercial avant vendredi.`],
  ['linkedin', 'fr', '', `Quand un client attend un geste commercial, ne promettez rien que vous ne pouvez pas tenir. Dites ce que vous allez vérifier, et quand vous rappellerez. Simple, mais efficace.`],
  ['linkedin', 'fr', 'secret', `Code d'accès du coffre à badges du plateau C changé hier, nouveau code 4729#B, merci de ne pas le noter sur le tableau cette fois 🙄`],
  ['linkedin', 'fr', '', `On vient d'installer des casiers à code pour les téléphones personnels des conseillers. Chacun choisit son code, et on ne le partage avec personne.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 12/01 9h00 – Communiqué : ouverture d'un deuxième site à Agadir avec 400 postes. Merci de ne rien publier avant l'heure.`],
  ['linkedin', 'fr', '', `C'est officiel : nous ouvrons un deuxième site à Agadir avec 400 postes d'ici fin 2027 ! Le communiqué est sur notre site, et les candidatures sont ouvertes dès aujourd'hui.`],
  ['linkedin', 'fr', 'iban', `Pour le virement du bonus de l'équipe de Sousse, la trésorerie m'a transmis le compte : TN59 0801 9000 1234 5678 9173. Quelqu'un peut vérifier que c'est le bon avant envoi ?`],
  ['linkedin', 'fr', '', `Le virement des primes de fin d'année sera effectué le 24 décembre. Vérifiez que vos coordonnées bancaires sont à jour dans votre espace salarié avant le 15.`],
  ['x', 'fr', 'phone', `Mauvais numéro dans notre story d'hier, le bon c'est le 0522 47 81 30 pour joindre l'agence de Maârif. Désolés 🙈`],
  ['x', 'fr', '', `On dit "taux de décroché" ou "taux de prise d'appels" chez vous ? Sondage express pour les collègues des centres de contact 👇`],
  ['linkedin', 'en', 'financial', `Internal note for the Lisbon leadership group: Q4 EBITDA is tracking at €1.9 M, well below the €2.4 M plan. The group CFO will announce the correction in February; until then this stays in this group.`],
  ['linkedin', 'en', '', `Our listed parent company reported a Q3 EBITDA of €48 M this morning, up 6% year on year. Full press release on the investor relations page.`],
  ['linkedin', 'fr', 'codename client_name', `Bilan de la démo Nébula chez Initech : ils ont adoré le résumé automatique d'appel. Prochaine étape, le pilote sur 15 postes, en attendant on ne communique pas.`],
  ['linkedin', 'fr', '', `Nébuleuse, galaxie, étoile filante : les noms des salles de réunion de notre nouveau site de Rabat ont été choisis par les conseillers. Mention spéciale à la salle "Trou noir" pour les réunions du lundi.`],
  ['linkedin', 'fr', 'national_id', `Dossier de rattachement mutuelle pour un client né à Casablanca : NIR 1 79 09 99 350 122 97. Je le mets ici en attendant que le formulaire soit débloqué.`],
  ['linkedin', 'fr', 'secret', `Nouveau webhook pour les alertes de débordement de file : https://hooks.slack.com/services/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 — configurez-le dans vos tableaux.`],
  ['linkedin', 'fr', '', `Notre mur d'alertes sur Slack nous prévient quand une file dépasse 2 minutes d'attente. Résultat : 30 % d'abandons en moins en un trimestre. L'automatisation au service de l'humain.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `Classification : Diffusion restreinte
Objet : audit qualité Globex – novembre
Note globale 82/100, deux non-conformités sur la lecture des mentions légales. Plan d'action à présenter le 10.`],
  ['linkedin', 'fr', '', `Nos audits qualité internes en chiffres publics : 94 % de conformité aux scripts sur l'année, 2 000 appels écoutés par mois. Transparence totale sur notre page RSE.`],
  ['linkedin', 'en', 'email', `Please send your shift-swap requests to wfm.portlouis@islandcare.mu before Wednesday noon, not on WhatsApp 🙏`],
  ['linkedin', 'en', '', `Shift swaps are now self-service in the WFM app: pick a colleague, propose a swap, and the planner validates automatically if coverage allows.`],
  ['linkedin', 'en', 'email', `Contact our press team at press (at) islandcare (dot) mu for any media request about our new Ebene site.`],
  ['linkedin', 'en', '', `Our new Ebene site opens in March. Media enquiries through the contact form on islandcare.mu, please.`],
  ['linkedin', 'mixed', 'internal_url secret', `Pour les TL de nuit : le dashboard Grafana des files est sur http://grafana.supervision.internal:3000, compte viewer / mot de passe Nuit!Casa-2027. Ping me si ça ne marche pas.`],
  ['linkedin', 'fr', '', `Nous utilisons Grafana pour suivre les files d'attente en temps réel. Conseil : un tableau par public (agents, TL, direction) plutôt qu'un énorme tableau pour tout le monde.`],
  ['linkedin', 'fr', 'phone', `Bonjour Monsieur Ndiaye, comme convenu, votre technicien passera demain matin. Il vous appellera sur le +221 76 512 38 04 une demi-heure avant son arrivée.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Madame, nous sommes vraiment désolés pour l'attente. Votre réclamation est enregistrée et un technicien passera dans les 48 h. Belle journée !`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Ce qu'on n'a pas encore dit aux équipes : la prime de fin d'année sera de 1 800 MAD par conseiller cette année, validée par la DG hier soir. Annonce officielle lundi en réunion plénière, ne la gâchez pas !`],
  ['linkedin', 'fr', '', `Prime de fin d'année versée ce mois-ci : 1 500 MAD pour chaque conseiller, annoncée en plénière la semaine dernière. Merci à tous pour cette année de folie !`],
  ['x', 'fr', 'card', `lol un client vient de me lire sa carte Amex en entier pour "vérifier son identité" : 3727 789053 72299. J'ai coupé l'enregistrement mais quand même…`],
  ['x', 'fr', '', `Astuce conseillers : un client qui lit sa carte bancaire à voix haute ? Pause de l'enregistrement, puis redirection vers le paiement sécurisé par SMS. Toujours.`],
  ['linkedin', 'en', 'confidential_marker', `SOUS NDA – do not share outside the bid team
Scope of the RFP: 250 seats, 5 languages, go-live Q3. Site visit by the prospect on 14 January.`],
  ['linkedin', 'en', '', `Signing NDAs is part of daily life in outsourcing. My advice to new account managers: read them, really read them, before the first client call. The fun clauses are always on page 7.`],
  ['linkedin', 'fr', 'client_name', `Retour d'expérience : la bascule de la hotline Société Générique vers notre plateau de Rabat s'est faite en 3 semaines, sans coupure. Bravo à l'équipe transition !`],
  ['linkedin', 'fr', '', `Retour d'expérience : migrer une hotline de 80 postes en 3 semaines, c'est possible si on prépare la bascule comme un déménagement : inventaire, étiquettes, et un plan B pour chaque carton.`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau portail de la base de connaissances client est accessible ici pour les conseillers : https://kb.acme-corp.net/scripts/resiliation — l'ancien PDF n'est plus à jour.`],
  ['linkedin', 'fr', '', `Depuis qu'on a mis la base de connaissances dans un wiki avec moteur de recherche, les conseillers trouvent la bonne réponse en 20 secondes au lieu de 2 minutes. Le wiki, c'est la vie.`],
  ['linkedin', 'fr', 'client_name', `Extrait du script Initech que j'ai reçu ce matin, pour ceux qui n'ont pas encore la mise à jour : "Bonjour, service client Initech, je suis [prénom], puis-je avoir votre numéro de contrat ?" Merci de l'utiliser dès aujourd'hui.`],
  ['linkedin', 'fr', '', `Le script parfait commence par le prénom du conseiller et une question ouverte. "Comment puis-je vous aider aujourd'hui ?" vaut mieux que dix phrases de présentation.`],
  ['linkedin', 'en', 'iban', `Supplier notice for the Port-Louis site: our catering provider has moved banks. New account for invoices from January: MU84 MCBL 0901 0000 0123 4567 000M UR.`],
  ['linkedin', 'en', '', `Sample IBAN from our back-office training deck: GB82 WEST 1234 5698 7654 32, the standard example from the ECBS documentation. Never use it for a real transfer!`],
  ['linkedin', 'en', 'national_id', `Payroll note, Lisbon: the new TL's tax number is 231456786, please add it to her contract before Friday.`],
  ['linkedin', 'en', '', `Order confirmation #231456780 for the new headsets is in. 120 units arriving on the 16th, thanks procurement!`],
  ['linkedin', 'fr', 'phone', `Notre nouvelle hotline pour les clients particuliers en France : 09 70 82 14 56 (prix d'un appel local), du lundi au vendredi de 8 h à 20 h.`],
  ['linkedin', 'fr', '', `Joignables 24h/24 par chat et via l'application. Nos conseillers répondent en moins de 2 minutes en moyenne. Pour les urgences vitales, composez le 112.`],
  ['linkedin', 'en', 'financial', `Between us in the WFM team: the forecast for next year's call volume is 4.2 M contacts, which means we'll ask for a €2.6 M overtime envelope. The proposal goes to the board on the 12th, not a word to the client yet.`],
  ['linkedin', 'en', '', `Forecasting tip: always compare your volume forecast to the same week last year, not last week. Seasonality beats intuition every time.`],
  ['linkedin', 'fr', 'secret', `Pour les nouveaux du plateau Lisbonne : identifiant SIP 4107, mot de passe softphone 8Jq!m2Lpx, serveur sip.opérateur habituel. À saisir dans le client avant votre premier appel.`],
  ['linkedin', 'fr', '', `Configuration type d'un softphone pour nos formations : identifiant SIP 1000, mot de passe "motdepasse", serveur sip.example.com. Évidemment, ce compte de démo ne sonne nulle part.`],
  ['linkedin', 'fr', 'phone', `Le client souhaite être rappelé sur son numéro portugais : 00351 936 418 207. Il ne parle que portugais, merci de passer par l'équipe de Lisbonne.`],
  ['linkedin', 'fr', '', `Fun fact : au Portugal, les numéros de mobile commencent tous par 9. Nos conseillers l'apprennent dès le premier jour pour repérer les erreurs de saisie.`],
  ['x', 'en', 'internal_url', `team leaders: the recording search moved to https://intranet.telecare.pt/recordings, the old bookmark is dead`],
  ['x', 'en', '', `Call recordings are kept for 90 days, then deleted automatically. Customers can ask for a copy of theirs through our website. #GDPR`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – NE PAS DIFFUSER
Plan de charge janvier : fermeture du site de Kénitra le 31, reclassement de 120 conseillers sur Rabat.`],
  ['linkedin', 'fr', '', `Le mot "interne" revient sans cesse dans nos conversations : mobilité interne, formation interne, promotion interne. 62 % de nos superviseurs sont d'anciens conseillers. J'adore cette culture.`],
  ['linkedin', 'fr', 'email', `Qui a l'adresse de la cliente qui a appelé pour la facture en double ? Retrouvé : n.khemiri @ topnet.tn. Je lui renvoie le duplicata.`],
  ['linkedin', 'fr', '', `Les clients peuvent désormais demander un duplicata de facture directement depuis l'espace client, sans appeler. Moins d'appels, plus de satisfaction.`],
  ['linkedin', 'en', 'financial client_name', `Account review with Globex next week. Our draft offer, not sent yet: volume tiers at €14.10/h up to 50k hours and €13.60/h beyond. If they sign before year end we keep the 2026 rate card for the support line.`],
  ['linkedin', 'en', '', `Negotiation tip for new account managers: never present your price before you've restated the client's problem in their own words. It changes the whole conversation.`],
  ['linkedin', 'fr', 'iban', `Pour le remboursement de Mme Costa (dossier PT-2281) : PT50 0035 0197 0000 7654 3212 5. Merci de lancer le virement aujourd'hui, elle a déjà appelé trois fois.`],
  ['linkedin', 'fr', '', `IBAN reçu d'un client ce matin : PT50 0107 0000 1234 5678 9016 0. Le contrôle de clé a échoué, on lui a demandé un RIB officiel. Le contrôle automatique, ça sauve des virements.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu pilot results after 4 weeks: after-call work down 35%, agents love it. Presenting to the executive committee next Tuesday before any external communication.`],
  ['linkedin', 'en', '', `Our cat Atlas has officially joined the Lisbon office as morale officer. Blue collar, blue eyes, zero respect for keyboards. 🐈`],
  ['linkedin', 'fr', 'national_id', `Client qui souhaite modifier son contrat énergie en France, né à Tunis : numéro de sécurité sociale 2 95 06 99 351 084 96. Merci au back-office de vérifier la concordance avec l'état civil.`],
  ['linkedin', 'fr', '', `Numéro de dossier du client : 2950699351080. Pensez à le mettre dans l'objet du mail pour qu'on le retrouve plus vite.`],
  ['linkedin', 'mixed', 'phone', `Team, the new escalation mobile for the night supervisor is +212 7 01 45 82 63. Gardez-le sur vous pendant le shift.`],
  ['linkedin', 'en', '', `Night shift in a contact centre: the calls are fewer but harder. Heartfelt thanks to everyone who keeps the lines open from 10 pm to 6 am.`],
  ['linkedin', 'fr', 'secret', `Accès temporaire au portail client pour les QA : token d'API eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJxYV90dW5pcyIsImV4cCI6MTc5OTk5OTk5OX0.5fGh2kLq9XwPz7rYt3vBn8mQ1sDe4cVa6uJo0iNb, valide jusqu'à vendredi.`],
  ['linkedin', 'fr', '', `Pourquoi nos tokens d'API expirent en 24 h ? Parce qu'un token qui fuit et qui dure un an, c'est une porte ouverte. La sécurité, ça se joue aussi sur les détails.`],
  ['x', 'fr', '', `Productivité publique dans notre rapport annuel : 42 appels par conseiller et par jour en moyenne. Et surtout 4,6/5 de satisfaction. #CX`],
  ['linkedin', 'fr', 'financial', `Pour l'équipe commerciale seulement : la grille tarifaire 2027 passera de 11,20 € à 11,95 € de l'heure pour tous les nouveaux clients télécoms. Les clients ne seront informés qu'en février.`],
  ['linkedin', 'fr', '', `Nos tarifs 2026 pour les TPE sont publics et affichés sur notre site : à partir de 11,20 € de l'heure pour une permanence téléphonique. Pas de frais cachés.`],
  ['linkedin', 'fr', 'client_name financial confidential_marker', `Compte rendu – Comité de pilotage Hôpital Sainte-Claire (CONFIDENTIEL)
| Point | Statut |
|---|---|
| Volume mensuel | 41 200 appels |
| Tarif proposé 2027 | 17,30 €/h (non communiqué au client) |
| Signature | prévue après le CA du 20/12 |`],
  ['linkedin', 'fr', '', `| Indicateur | 2024 | 2025 |
|---|---|---|
| Appels traités | 8,1 M | 9,4 M |
| Satisfaction | 4,3/5 | 4,6/5 |
| Collaborateurs | 2 600 | 3 050 |
Nos chiffres publics de l'année, tels que publiés dans le rapport annuel. Merci à toutes et à tous !`],
  ['x', 'fr', 'iban', `@Compta_Plateau le fournisseur de casques m'a renvoyé son RIB corrigé : MA64 2307 8000 0452 1098 7654 3236, tu peux mettre à jour avant le paiement de vendredi ?`],
  ['x', 'fr', '', `Petit rappel : le RIB marocain fait 24 chiffres, et l'IBAN commence par MA suivi de 2 chiffres de contrôle. Formation back-office cet après-midi, salle Tanger.`],
  ['linkedin', 'fr', 'card', `Message transféré par erreur d'un client sur notre page : "voici ma carte pour le réabonnement 4664 6357 0539 7612, 11/27, cryptogramme 318". On a masqué le commentaire, et on rappelle : ne partagez jamais votre carte en public !`],
  ['linkedin', 'fr', '', `Rappel aux clients : nos conseillers ne vous demanderont jamais votre numéro de carte ni votre cryptogramme par téléphone ou en commentaire. Paiement uniquement via le lien sécurisé.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Goodbye Casablanca 💙 After 7 years, 4 roles and more coffees than I can count, I'm leaving for a new adventure in Lisbon. Thank you to every agent I had the chance to coach. You can still reach me here on LinkedIn.`],
  ['linkedin', 'fr', 'phone email', `Dernier jour chez TéléAtlas Services 🥲 Merci pour ces 5 belles années. Pour garder le contact : 06 63 27 91 48 ou mon adresse perso karim.elidrissi.pro@gmail.com. À très vite !`],
  ['linkedin', 'fr', '', `Dernier jour au plateau de Rabat après 9 ans. J'emporte avec moi les fous rires du shift du samedi et la fierté d'avoir formé plus de 300 conseillers. La suite bientôt !`],
  ['linkedin', 'en', 'internal_url', `Post-mortem of Tuesday's outage (queue routing down 47 min): root cause was the ACD config pushed from http://192.168.14.20/admin/routing without review. Action item: four-eyes check on every routing change.`],
  ['linkedin', 'en', '', `Post-mortem culture in customer service: blameless, written within 48 hours, one owner per action item. Our routing outage last week taught us more than a year of smooth operations.`],
  ['linkedin', 'en', 'secret', `Changelog v4.12 of our internal agent toolbar:
- fixed the CRM timeout
- new hotkey for hold
- default admin password set to Pl@teau_2026!x for all new sites (change it on first login)`],
  ['linkedin', 'en', '', `Changelog v4.12 of our agent toolbar:
- CRM timeout fixed
- new hotkey for hold
- dark mode for night shifts 🌙
Feedback welcome in the comments.`],
  ['linkedin', 'fr', 'financial', `Notre valorisation dans la levée en cours : 180 M MAD pré-money, term sheet pas encore signée. On ne communique rien avant le closing prévu en mars.`],
  ['linkedin', 'fr', '', `Ravi d'annoncer la clôture de notre levée de fonds de 60 M MAD auprès de deux fonds panafricains ! Ces moyens serviront à ouvrir Dakar et Abidjan. Communiqué complet sur notre site.`],
  ['linkedin', 'fr', 'client_name', `Sondage pour les conseillers du plateau Globex : quel module de formation voulez-vous en priorité en janvier ?
🅰️ Gestion des clients agressifs
🅱️ Nouvelle offre fibre
🅲 Outils CRM`],
  ['linkedin', 'fr', '', `Sondage : quelle est la compétence la plus sous-estimée chez un conseiller client ?
🅰️ L'écoute
🅱️ La reformulation
🅲 La gestion du silence
🅳 L'humour`],
  ['x', 'en', 'phone', `1/3 Customer called back four times today, finally reached her on her French mobile +33 6 48 21 73 05. Issue solved in 3 minutes once we talked. Thread on why callbacks matter 👇`],
  ['x', 'en', '', `2/3 The first three calls failed because the callback slot was at 2 pm Paris time and she was at work. We now ask "when are you free?" instead of offering slots.`],
  ['x', 'en', '', `3/3 Result after a month: callback success up from 61% to 84%. Small change, big effect. #CX #contactcentre`],
  ['linkedin', 'fr', 'national_id', `Candidat retenu pour le poste de superviseur à Casablanca, je transmets ses infos à l'administration : M. Omar Lahlou, CIN JH 92734, démarrage le 2 janvier.`],
  ['linkedin', 'fr', '', `Pour vos dossiers d'embauche au Maroc, préparez : copie de CIN, attestation CNSS, RIB et deux photos. Le reste, on s'en occupe !`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:RED – équipe de crise uniquement
Fuite possible de la base des enregistrements : 3 postes de QA compromis, analyse forensique en cours.`],
  ['linkedin', 'fr', '', `Le cours de cybersécurité d'hier expliquait le protocole TLP : RED, AMBER, GREEN, CLEAR. Passionnant de voir comment on classe l'information avant de la partager.`],
  ['linkedin', 'en', 'financial', `Quick stand-up notes, WFM Lisbon:
- headcount plan 2027: 510 FTE
- cost per contact target €3.10 (CFO only, not shared with ops yet)
- hiring wave 1 starts 12 Jan`],
  ['linkedin', 'en', '', `Industry benchmark shared at the CX Summit in Lisbon: average cost per contact in European outsourced service is €3 to €5. Good reference for planners.`],
  ['linkedin', 'fr', 'email', `Le client du ticket 77412 a changé d'adresse mail : ancienne aminata.sow@orange.sn, nouvelle aminata.sow.dkr@gmail.com. Mettez à jour avant l'envoi de la facture.`],
  ['linkedin', 'fr', '', `Conseil qualité : toujours relire l'adresse mail du client lettre par lettre avec lui. 1 facture sur 20 se perd à cause d'une faute de frappe.`],
  ['linkedin', 'fr', 'card', `Test de la nouvelle caisse : paiement refusé avec la carte du client 2221 6847 7781 9202. Il avait pourtant les fonds, ticket ouvert chez le prestataire.`],
  ['linkedin', 'fr', '', `Carte de test utilisée en recette : 5555 5555 5555 4444 (la carte Mastercard de démonstration de Stripe). Tout fonctionne, mise en prod demain !`],
  ['linkedin', 'en', 'codename', `Our internal project Orion just won the "best internal innovation" award at group level! The product stays confidential until the launch in Q2, but huge congratulations to the Casablanca dev team.`],
  ['linkedin', 'en', '', `Orion Health, Orion Energy, Orion Bank… I counted 14 companies called Orion at the Lisbon tech fair this week. Naming is hard.`],
  ['linkedin', 'fr', 'phone', `Le standard de notre site de Tunis a changé : désormais +216 70 148 902. Mettez à jour vos signatures de mail.`],
  ['linkedin', 'fr', '', `Nos agences de Tunis et Sousse sont fermées le 14 janvier pour la fête de la Révolution. Réouverture le 15 à 8 h.`],
  ['linkedin', 'en', 'secret', `Door code for the Ebene site while the badge system is down: 7741*, and the guest Wi-Fi is IslandCare-Guest / Dodo2026beach. Back to normal tomorrow hopefully.`],
  ['linkedin', 'en', '', `Our guest Wi-Fi now uses a captive portal with a one-day code sent by SMS. No more shared passwords taped to the reception desk.`],
  ['linkedin', 'fr', 'financial client_name', `Entre nous : on a proposé à Initech une remise de 8 % sur le renouvellement, soit 1,02 M€ au lieu de 1,11 M€ sur l'année. Ils doivent répondre la semaine prochaine, on verra.`],
  ['linkedin', 'fr', '', `Entre nous, le plus beau métier du monde, c'est celui de superviseur : on voit grandir les gens tous les jours. Joyeux anniversaire à ma team de Rabat, 3 ans déjà !`],
  ['linkedin', 'fr', 'iban', `Bonjour, suite à notre échange, voici mes coordonnées pour le remboursement : FR76 2004 1010 0505 0012 3425 632. Merci !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, merci de ne pas publier vos coordonnées bancaires en commentaire. Envoyez-les par message privé ou via votre espace client sécurisé, nous traitons votre remboursement.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Pour les superviseurs : le rapport de présence temps réel est sur http://presence.rabat.corp/live. Merci de le consulter avant de valider les pauses.`],
  ['linkedin', 'fr', '', `La gestion des pauses, c'est 30 % de la qualité de vie au plateau. On a fini par laisser les conseillers choisir eux-mêmes leurs créneaux dans l'appli. Résultat : zéro conflit ce mois-ci.`],
  ['linkedin', 'en', 'national_id', `Customer identity check for the French energy account: she gave her NIR as 2 87 05 75 056 123 37, it matched the contract. Logged here for the supervisor's sign-off.`],
  ['linkedin', 'en', '', `Training slide: a French social-security number looks like 2 87 05 75 XXX XXX XX. Never write the full number in a ticket, always the last 4 digits.`],
  ['linkedin', 'fr', 'phone', `Contacts utiles pour le séminaire à Marrakech : Hôtel Atlas Medina, réception 05 24 33 99 12. En cas de souci avec la navette, appelez Said au 06 58 21 47 90.`],
  ['linkedin', 'fr', '', `Séminaire des managers à Marrakech : deux jours pour parler management bienveillant, planification et prévention du burn-out. Merci à l'Hôtel Atlas Medina pour l'accueil.`],
  ['linkedin', 'fr', 'email', `Pour les candidatures au poste de formateur, envoyez vos CV à recrutement@voxmaroc.ma avant le 20 décembre.`],
  ['linkedin', 'fr', '', `Poste de formateur à Casablanca : CDI, 11 000 à 13 500 MAD brut, expérience de 3 ans en centre d'appels. Candidatures par le bouton "Postuler" de cette offre.`],
  ['x', 'fr', 'confidential_marker', `[INTERNAL] Résultats quali Dakar S48 : 3 conseillers sous le seuil, coaching individuel planifié. Ne pas reposter.`],
  ['x', 'fr', '', `"Internal" ou "interne" en en-tête, ça ne protège rien si le document circule sur WhatsApp. La vraie protection, c'est la discipline.`],
  ['linkedin', 'en', 'iban', `Reimbursement request from a Lisbon customer, pasted from the ticket: "please refund to PT50 0033 0000 4531 2876 4524 5, account in my name". Approved by the supervisor.`],
  ['linkedin', 'en', '', `Portuguese IBANs have 25 characters and start with PT50. Our back-office tool now checks the control digits before any refund. Three typos caught in the first week!`],
  ['linkedin', 'fr', 'secret', `Mot de passe du compte partagé de l'outil d'enquêtes de satisfaction : SatisF@ction-Rbt#91. Ne le changez pas, 40 personnes l'utilisent 😬`],
  ['linkedin', 'fr', '', `Les comptes partagés, c'est fini chez nous : chaque conseiller a son propre accès à l'outil d'enquêtes, avec double authentification. Un peu plus de clics, beaucoup plus de sécurité.`],
  ['linkedin', 'fr', 'financial', `Les prévisions de CA 2027 du site de Dakar : 3,8 milliards FCFA, contre 2,9 cette année. Chiffres à garder en interne jusqu'au conseil d'administration de février.`],
  ['linkedin', 'fr', '', `D'après l'ANSD, le secteur des services aux entreprises a progressé de 7 % au Sénégal en 2025. Une belle dynamique pour les centres de contact de Dakar.`],
  ['linkedin', 'fr', 'national_id', `Le nouveau conseiller de Lisbonne m'a envoyé son NIF par WhatsApp pour la paie : 216988438. Je le colle ici pour l'admin, désolé pour le canal.`],
  ['linkedin', 'fr', '', `NIF portugais de démonstration dans notre guide d'onboarding : 123456789. Les vrais numéros passent uniquement par le portail RH chiffré.`],
  ['linkedin', 'en', 'phone', `Mauritius team, our taxi partner for night shifts is reachable on 208 4417 (landline) or +230 5 912 3066. Don't walk home alone after 11 pm.`],
  ['linkedin', 'en', '', `Safety first: all night-shift agents in Port-Louis now get a free taxi home, booked automatically through the HR app.`],
  ['linkedin', 'en', 'card', `Fraud team update: card 4869 9709 9322 8945 was used in 6 failed verification attempts on our IVR this week. Blocked with the issuer.`],
  ['linkedin', 'en', '', `Fraud patterns we see on the IVR: multiple failed verification attempts in short bursts, always at night. Our rule now blocks after 3 attempts and alerts the fraud team.`],
  ['linkedin', 'fr', 'codename client_name', `Le déploiement de Project Kestrel chez la Société Générique est repoussé à avril, l'intégration CTI n'est pas prête. À ne pas évoquer en réunion client.`],
  ['linkedin', 'fr', '', `Le faucon crécerelle (kestrel en anglais) niche sur le toit de notre site de Rabat depuis trois ans. Les conseillers l'ont baptisé "Superviseur". 🦅`],
  ['linkedin', 'mixed', 'email', `Hello team, pour les accès au nouveau CRM écrivez à support-crm@acme-corp.net with your matricule and your manager in copy.`],
  ['linkedin', 'en', '', `Access requests for the new CRM now go through the self-service catalogue. Average approval time dropped from 3 days to 4 hours.`],
  ['x', 'fr', 'financial', `Chiffre d'affaires du plateau de Rabat à fin novembre : 96 M MAD, on dépasse le budget de 8 %. Pas encore publié, mais je suis trop fier de l'équipe 🔥`],
  ['x', 'fr', '', `Objectif atteint : 96 % de nos conseillers de Rabat formés à la nouvelle offre avant le lancement. Bravo l'équipe formation 🔥`],
  ['linkedin', 'fr', 'card', `Urgent compta : la carte corporate de l'équipe achat (5550 7051 9165 3390) a été débitée deux fois pour l'abonnement casque. Quelqu'un peut ouvrir un litige ?`],
  ['linkedin', 'fr', 'phone', `Voici le numéro gratuit de notre service client au Portugal : 800 207 415. Disponible en portugais, français et anglais.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, vous pouvez nous joindre directement via le bouton "Appeler" de notre appli ou par chat. Nos conseillers sont disponibles 24h/24.`, { surface: 'comment' }],
  ['linkedin', 'en', 'internal_url', `Quality analysts: the calibration sessions recordings are now stored at \\\\fs01.callcenter.local\\qa\\calibration — map it as a network drive.`],
  ['linkedin', 'en', '', `Calibration sessions are the secret sauce of call quality: same call, five analysts, compare scores, discuss gaps. Do it weekly, not quarterly.`],
  ['linkedin', 'fr', 'national_id', `Souscription d'une complémentaire santé en France pour un client né à Dakar, NIR 1 88 06 99 341 217 74. Le dossier part à la validation demain.`],
  ['linkedin', 'fr', 'iban', `Virement de l'acompte pour l'agence de voyage du séminaire : TN59 2502 7000 0112 2334 4506, montant validé par la direction.`],
  ['linkedin', 'en', 'financial', `Not yet communicated to the client: our proposed price for the 2027 multilingual desk is €19.90 per productive hour. The account team presents it on 6 January.`],
  ['linkedin', 'en', '', `Published rates for our small-business answering service in Lisbon: €249 per month for up to 200 calls. No commitment, cancel anytime.`],
]);
