import { rows } from './corpus-types';

/**
 * Held-out set "fresh101": written 2026-12-05 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh101`.
 * First scored: 2026-12-05 on b75c9ac (unseen, before any fix from it): confidentiality macro F1 0.973 / 3.2 % (4 of 124).
 *
 * Authors: people running or working in small independent practices in France, Belgium, Switzerland and Quebec:
 * veterinary clinics (Bulle, la Broye, Marolles, Rosemont, Ottawa, Vaucluse), dental practices (Lyon, Montréal, Nyon),
 * physiotherapists (Namur, Sion, Valais, Sherbrooke, Lausanne), pharmacies (Yverdon, Québec, a Morbihan village, a
 * Luxembourg-border SA), notaries' offices (France, Liège, Montréal), accountants and fiduciaries (France, Belgium,
 * Quebec) and architects' studios (Lausanne, Geneva, Montréal, Brussels). Mostly French, some English and a few mixed.
 * Forms: team wins, pasted patient and client records (copied from the practice software by mistake), chat messages
 * and notes-to-self posted in the wrong window, a Markdown forecast table, config snippets, a connection string in a
 * post-mortem, internal changelogs, supplier notices, fraud warnings, polls, a three-post X thread, goodbyes and
 * retirements, job ads with published salary ranges, and replies to patients and clients (surface 'comment').
 *
 * Positives: patient and client data pasted by mistake (French NIR, Belgian national register number, Swiss AVS,
 * Quebec RAMQ NAM, Canadian SIN; French, Belgian, Swiss and Canadian mobiles, switchboards, direct lines with
 * extensions, a toll-free line; personal and role mailboxes including "[at] [dot]" and "name @ domain"); door, key-box,
 * alarm, safe and narcotics-cabinet codes, waiting-room and office Wi-Fi keys, practice-software, grossiste, tax-portal
 * and e-signature passwords, a licence key, an OAuth client secret, an SMS-provider token, a chat webhook, an AWS key
 * pair and a Postgres connection string; financial figures with many ways of saying "not public yet" (fee grids and
 * price rises before the waiting-room display or the newsletter, practice and share sale prices, partner buy-in, a
 * building purchase before signature, sealed competition and tender bids, budgets voted by partners, revenue targets,
 * a pipeline, a valuation not yet shown to partners, a margin not yet closed by the accountant, a supplier discount
 * not yet approved, a salary band before the ad goes live); explicit markers (CONFIDENTIEL, INTERNE – NE PAS DIFFUSER,
 * [INTERNE], [CONFIDENTIEL – NE PAS TRANSFÉRER], Classification : diffusion restreinte, SOUS NDA, TLP:AMBER, EMBARGO
 * jusqu'au…, Document de travail — CONFIDENTIEL); the policy's code names and clients as projects and customers.
 * Look-alikes: published fee displays and price rises already announced, conventional and decree-fixed fees (100 %
 * santé caps, notaries' émoluments, Swiss tariff points), published results, league-table and CSR figures, a public
 * tender award, a public listing's asking price, teaching and course figures, personal budgets, job ads with published
 * ranges, other organisations' figures; masked cards, Stripe's 4242 test card, a failing-Luhn phishing card, IBANs with
 * a wrong check (phishing SMS, fake notary, fake supplier), XXXX example IBAN and AVS, an all-nines NIR with a wrong
 * key, explanations of NIR, NISS, AVS, SIN and NAM formats, a 15-digit pet microchip number; "changeme", sk_test_XXXX,
 * YOUR_SECRET_HERE and AWS's EXAMPLE key, a bad-password example, Wi-Fi codes "given at the desk"; public practice
 * websites and a public DNS address; TLP:CLEAR, a TV series called « Confidentiel », discussions of the words
 * confidentiel and embargo, "entre nous" in a sentence; Orion the constellation, the Orion Nebula, a dog called Nébula,
 * the clinic cat Atlas, a blue Atlas cedar, a kestrel in a gutter, the chapelle Sainte-Claire, CME Globex, Initech from
 * Office Space, "une société générique" (a generic-drug maker); emergency numbers 112, 15 and 911.
 *
 * Conventions: every written email and phone number is flagged (role mailboxes and switchboards included); codes that
 * open doors, alarms, safes or Wi-Fi are secrets; financial only for the practice's own figure with a sign it is not
 * public yet; IBANs (FR with the RIB key, BE with its account check, CH, LU), cards (Visa, Mastercard,
 * Discover; Luhn) and national ids (NIR key, Belgian mod 97 with the 2000+ rule, AVS EAN-13 digit, SIN Luhn; the
 * RAMQ NAM by format) were computed with a throwaway script outside the repo.
 *
 * Counts: 264 posts (212 FR, 46 EN, 6 mixed; 231 LinkedIn, 33 X; 10 comments): 124 clean, 140 with one or more
 * findings. Labels: financial 31, phone 22, national_id 22, secret 20, email 14, internal_url 13, client_name 11,
 * confidential_marker 10, iban 9, codename 6, card 4.
 */
export const FRESH101_POSTS = rows('fresh101', [
  ['linkedin', 'fr', '', `Belle journée à la clinique : 14 stérilisations, deux césariennes de chienne et un perroquet qui a appris à dire « docteur ». Merci à toute l'équipe d'ASV, vous êtes incroyables. #veterinaire #equipe`],
  ['linkedin', 'fr', 'phone email', `Copié depuis la fiche client par erreur, désolée 🙈 — Mme Lebrun Catherine, chatte Moustache (11 ans), relance vaccin. Tél 06 71 24 58 93, catherine.lebrun58@orange.fr. Bref, ce que je voulais dire : pensez aux rappels de vaccins avant l'été !`],
  ['x', 'fr', 'secret', `Wi-Fi de la salle d'attente refait ce matin à la clinique véto. Réseau VetoDesPins-Invites, clé Croquettes!2027 — si vous êtes client, ça marche enfin 😅`],
  ['linkedin', 'fr', '', `Notre chat de clinique, Atlas, fête ses 6 ans aujourd'hui. Il a supervisé plus de consultations que n'importe quel vétérinaire ici. Joyeux anniversaire, le boss 🐈`],
  ['linkedin', 'fr', 'financial', `Réunion associés hier soir : on passe la consultation de 48 € à 55 € et la vaccination chat à 72 € à partir du 2 janvier. Les clients ne le sauront qu'avec l'affichage de mi-décembre, donc motus d'ici là. Je partage juste le raisonnement : énergie et salaires ont pris +11 % en deux ans.`],
  ['linkedin', 'fr', '', `Rappel : les tarifs des actes courants sont affichés en salle d'attente et sur notre site depuis le 1er septembre (consultation 52 €, vaccin chien 68 €). Pas de surprise à la caisse, c'est notre règle.`],
  ['x', 'en', '', `Spotted a kestrel hovering over the clinic car park this morning while waiting for the first surgery. Best start to a Monday.`],
  ['linkedin', 'fr', 'financial confidential_marker', `CONFIDENTIEL – associés uniquement
Cession des parts du Dr Morel : valorisation retenue 640 000 € pour 35 %, paiement en 3 échéances. Signature prévue fin janvier, l'équipe sera informée après.

(oups, mauvais onglet, je supprime)`],
  ['linkedin', 'fr', '', `Rappel du Conseil régional de l'Ordre des vétérinaires : la publicité comparative reste interdite, mais l'information sur les tarifs est obligatoire et doit être lisible en salle d'attente. Le texte est en ligne, lisez-le, il est court.`],
  ['x', 'fr', 'national_id', `Petit coup de gueule : un client m'a envoyé sa carte Vitale en photo pour « prouver son identité » pour sa chienne. 1 85 05 75 123 456 73 en clair dans un mail… On est vétos, pas la CPAM 😂`],
  ['linkedin', 'fr', 'secret', `Note pour l'équipe de fin de semaine (je sais, pas le bon canal) : code d'alarme de la clinique changé, le nouveau c'est 4819 puis « armer ». Dominique passe nourrir les pensionnaires samedi à 8 h.`],
  ['linkedin', 'en', '', `Our clinic dog Nébula (named after the Orion Nebula print in the waiting room) retired from blood-donor duty today. 31 donations, countless lives saved. Good girl.`],
  ['linkedin', 'fr', '', `Nous recrutons ! Cabinet vétérinaire mixte à Bulle (FR) cherche ASV à 80-100 %. Salaire annuel brut CHF 58 000 – 66 000 selon expérience, 5 semaines de vacances. Candidatures via le formulaire de notre site.`],
  ['linkedin', 'fr', 'phone', `Le cabinet vétérinaire de la Broye a un nouveau numéro de garde : 026 663 12 40 (7 j/7, 24 h/24). En cas d'urgence vitale humaine, c'est le 112, pas nous 😉`],
  ['x', 'en', 'secret', `Note to my practice-management vendor: maybe don't email the new admin password in plain text? "Login: dr.hamel / Password: Tq7#vLm29pXe" — now also sitting in my spam folder. Changing it tonight.`],
  ['linkedin', 'fr', '', `Cette semaine j'ai appris qu'un mot de passe du genre « Clinique2024 » tient quelques secondes face à une attaque par dictionnaire. Formation cybersécurité de l'Ordre, très bien faite. Gestionnaire de mots de passe installé sur tous les postes.`],
  ['linkedin', 'fr', 'email', `Pour les propriétaires de NAC : écrivez directement à notre référente exotiques, julie.perrin@clinique-vet-lessaules.fr, elle répond sous 48 h.`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau planning des gardes est en ligne sur http://192.168.10.4/planning — ah non, ça ne marche que depuis la clinique, pardon à ceux qui ont cliqué depuis LinkedIn 🙃`],
  ['linkedin', 'fr', 'iban', `Clinique vétérinaire des Marolles : suite à notre changement de banque, merci d'effectuer les virements pour les factures de pension sur le compte BE41 0630 1234 5610. L'ancien compte sera clôturé fin mars.`],
  ['x', 'fr', '', `Faux SMS qui circule chez nos clients : « Facture véto impayée, réglez sur BE41 0630 1234 5611 ». On n'envoie JAMAIS de demande de paiement par SMS. Signalez-le.`],
  ['linkedin', 'fr', '', `20 ans de cabinet dentaire aujourd'hui. 3 fauteuils, 2 associées, 1 assistante qui connaît chaque patient par son prénom. Merci.`],
  ['linkedin', 'fr', 'national_id phone', `[collé depuis le logiciel par erreur] Patient : M. Girard Alain — NIR 1 78 02 13 055 321 46 — mutuelle Harmonie — tél 04 91 55 23 87 — RDV extraction 36 le 14/11. Désolé, je voulais partager la capture de notre nouveau tableau de bord.`],
  ['linkedin', 'fr', 'financial', `Entre associés on a validé hier le prix de rachat du cabinet de Chantal : 310 000 € patientèle + matériel, l'acte sera signé chez le notaire en février. Elle prévient ses patients elle-même en janvier, donc je n'en dis pas plus 🤐`],
  ['linkedin', 'fr', '', `Les honoraires des prothèses « 100 % santé » sont plafonnés par la convention dentaire : une couronne céramique en zone visible, c'est 500 € maximum. C'est public et ça vaut pour tous les cabinets. Demandez toujours votre devis.`],
  ['x', 'fr', 'secret', `Digicode du cabinet dentaire changé : 2847B. Bon, ce tweet était censé être un SMS à ma collègue. Je rechange le code demain matin.`],
  ['linkedin', 'en', '', `Dental tip from our hygienist: electric toothbrush, two minutes, twice a day, and a new head every three months. That's it, that's the post.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : diffusion restreinte — compte rendu du conseil de gestion de la SELARL, 3 décembre.
1. Renouvellement du bail : accord de principe.
2. Recrutement d'une seconde assistante.
3. Changement de prestataire de stérilisation.`],
  ['linkedin', 'fr', '', `On me demande souvent ce que signifie la mention « confidentiel » sur nos comptes rendus opératoires : simplement que le secret médical s'applique. Rien de mystérieux, c'est la loi.`],
  ['linkedin', 'fr', 'national_id', `Erreur de ma part hier dans une publication retirée : une capture d'écran montrait la carte d'assurance maladie d'une patiente (TREM 6562 1419). Je m'en excuse, la publication est supprimée et la patiente avisée.`],
  ['linkedin', 'fr', 'phone', `Clinique dentaire du Plateau : urgences dentaires le samedi matin au 514 842-3317. Pour une urgence médicale grave, composez le 911.`],
  ['x', 'en', 'financial', `Dental practice owners of Montreal: we just signed the lease for a second location, budget 420k CAD for build-out and chairs. Staff don't know yet, so no congratulations in the replies please 😅`],
  ['linkedin', 'fr', '', `Notre centre dentaire publie son rapport annuel : 4 120 patients suivis, chiffre d'affaires 2025 de 1,2 M€ (comptes déposés au greffe). Transparence totale, on en est fiers.`],
  ['linkedin', 'fr', 'client_name', `Belle collaboration qui démarre avec l'Hôpital Sainte-Claire : notre cabinet assurera les consultations de chirurgie orale pour leurs patients hospitalisés à partir de mars.`],
  ['linkedin', 'fr', '', `Sortie annuelle du cabinet : visite de la chapelle Sainte-Claire et de ses vitraux, puis fondue. L'équipe est ressoudée.`],
  ['linkedin', 'fr', 'card', `Photo de notre nouveau terminal de paiement sans contact 🎉 (euh… on voit le ticket avec 4970 1234 5678 9013 en entier — je floute et je republie, pardon)`],
  ['x', 'fr', '', `Patients qui paient par carte : le ticket n'affiche que **** **** **** 9013, inutile de le cacher au fond du sac 😊`],
  ['linkedin', 'fr', '', `Kiné du sport : on reprend la course 6 semaines après une entorse de cheville de grade 2 si le test de saut unipodal est symétrique. Pas avant. #kinesitherapie`],
  ['linkedin', 'fr', 'financial', `Grille 2027 du cabinet (pas encore envoyée aux patients, ça part avec la lettre d'info du 15) :
- séance hors convention : 62 CHF → 68 CHF
- bilan initial : 95 CHF → 110 CHF
- supplément domicile : +15 CHF
Avis bienvenus avant qu'on fige tout.`],
  ['linkedin', 'fr', '', `Tarifs de physiothérapie en Suisse : la valeur du point est négociée entre associations et assureurs puis publiée par canton (1,08 CHF dans le canton de Vaud cette année). Aucun secret là-dedans.`],
  ['linkedin', 'fr', 'national_id phone', `Transmission pour la remplaçante (mauvaise fenêtre, désolée) : Mme Rochat Élise, AVS 756.9347.8120.95, lombalgie chronique, séances mardi/jeudi 17h, tél 079 412 88 63, ne pas appeler avant 10h.`],
  ['x', 'fr', 'secret', `plateforme facturation cabinet: kine-bulle / R4quette_Mollet88 — oups c'était pour la messagerie d'équipe, tweet supprimé dans une minute`],
  ['linkedin', 'fr', 'national_id', `Pour les mutualités, la prescription doit porter le numéro de registre national du patient. Exemple réel reçu ce matin, mal rempli : 85.07.30-033.28 mais sans date de prescription. Chers médecins, merci 🙏`],
  ['linkedin', 'fr', '', `Le numéro de registre national belge, ce sont 11 chiffres : la date de naissance, un compteur, puis deux chiffres de contrôle calculés modulo 97. Utile pour repérer les erreurs de saisie sur les prescriptions.`],
  ['linkedin', 'en', '', `Physio question for my network: dry needling for chronic tennis elbow — is anyone seeing durable results beyond three months? Curious about your protocols.`],
  ['linkedin', 'fr', 'email phone', `Nouveau cabinet de kiné à Namur, on ouvre le 6 janvier ! Prise de rendez-vous : accueil@kine-confluent.be ou 081 22 47 90.`],
  ['linkedin', 'fr', '', `On ouvre un second cabinet à Namur en janvier 🎉 Prise de rendez-vous en ligne via notre page, lien en commentaire.`],
  ['x', 'fr', 'internal_url', `La fiche d'exercices est sur notre serveur : http://nas-cabinet.local/exos/epaule.pdf — ah mince, c'est interne. Je mets le PDF en ligne demain.`],
  ['linkedin', 'fr', 'financial', `Accord trouvé avec ma future associée : droit d'entrée de 85 000 € pour 50 % des parts, étalé sur 5 ans. On n'annonce l'association aux patients qu'en avril, donc gardez ça pour vous les amis.`],
  ['linkedin', 'fr', '', `Combien vaut une patientèle de kiné ? Les études publiées par les URPS donnent en général 30 à 50 % du chiffre d'affaires annuel. Ça reste indicatif, faites évaluer.`],
  ['linkedin', 'fr', '', `Campagne de vaccination antigrippale lancée à l'officine : 212 injections la première semaine. Merci aux préparatrices formées cet été !`],
  ['linkedin', 'fr', 'client_name', `Gros contrat pour notre petite pharmacie : nous fournirons le service de dialyse de l'Hôpital Sainte-Claire en préparations magistrales dès le 1er février. Signé la semaine dernière !`],
  ['linkedin', 'fr', '', `Les génériques représentent désormais plus de 80 % des délivrances en France d'après l'Assurance maladie. Bonne nouvelle pour tout le monde.`],
  ['linkedin', 'fr', '', `Une société générique indienne rachète un laboratoire lyonnais : qu'est-ce que ça change pour l'approvisionnement des officines ? Rien à court terme, d'après notre grossiste.`],
  ['linkedin', 'fr', 'phone national_id', `Ordonnance scannée pour la télétransmission (collée ici par erreur 😳) : Mme Da Silva Rosa, n° sécu 2 92 03 69 087 041 44, tél +33 6 48 17 52 09, Lévothyrox 75 µg, 3 mois.`],
  ['x', 'fr', 'secret', `Ma collègue me demande la combinaison de l'armoire des stupéfiants par DM et moi je réponds ici : 7731-09. Génial. Changement de combinaison immédiat.`],
  ['linkedin', 'fr', '', `Rappel réglementaire : le registre des stupéfiants se conserve 10 ans et l'armoire doit rester fermée à clé. Ce sont les consignes de l'Ordre des pharmaciens, en accès libre sur leur site.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Note à l'équipe de la pharmacie : inventaire annuel le 30 décembre, fermeture à 17 h. Merci de poser vos congés en conséquence.`],
  ['linkedin', 'fr', 'financial', `Pharmacie à vendre ? Oui, la mienne 😅 J'ai accepté hier une offre à 1,45 M€ (1,1 fois le CA), le compromis n'est pas signé et l'équipe ne sait rien encore. Je vous raconterai la suite.`],
  ['linkedin', 'fr', '', `Annonce : pharmacie de centre-bourg dans le Morbihan, CA 2,1 M€, prix de cession affiché 1,9 M€, par l'intermédiaire de notre cabinet de transaction. Dossier complet sur demande.`],
  ['linkedin', 'en', '', `Pharmacist tip: antibiotics are not "done" when you feel better. Finish the course unless your prescriber says otherwise.`],
  ['linkedin', 'fr', 'secret', `Pour la relève de nuit : identifiant du portail grossiste = pharm.st-roch / mdp Sirop!Erable2026. (Je publie ça sur LinkedIn, bravo moi. Changé dans la foulée.)`],
  ['linkedin', 'fr', 'phone', `Pharmacie St-Roch : la ligne pour les renouvellements d'ordonnance est le 418 529-6604, poste 2. Merci de ne pas passer par Messenger.`],
  ['x', 'en', '', `Quebec pharmacists can now prescribe for a dozen minor conditions. The full list is on the Ordre des pharmaciens du Québec website. Huge for rural access.`],
  ['linkedin', 'fr', 'iban', `Nouvelles coordonnées bancaires de la Pharmacie du Lac pour les factures fournisseurs : CH78 0900 0000 0123 4567 8. Merci de mettre à jour vos fichiers.`],
  ['linkedin', 'fr', '', `Attention aux faux courriels de « changement d'IBAN » : le fraudeur indiquait CH78 0900 0000 0123 4567 9. Nous ne changeons jamais de coordonnées par simple courriel.`],
  ['linkedin', 'fr', '', `L'étude notariale accueille deux nouveaux clercs ce mois-ci. Bienvenue à Inès et Hugo !`],
  ['linkedin', 'fr', 'financial', `Petite fierté : l'étude vient d'être choisie pour la succession d'un grand domaine viticole, honoraires estimés à 95 000 € HT. Rien d'annoncé aux héritiers côté calendrier, donc pas de nom ici.`],
  ['linkedin', 'fr', '', `Les émoluments des notaires sont fixés par décret : sur une vente immobilière, environ 0,8 % au-delà de 60 000 €. Les « frais de notaire » sont à 80 % des taxes. Tout est public.`],
  ['linkedin', 'fr', 'national_id email', `Pièces reçues pour l'acte de vente (collé par erreur depuis la GED) :
- Vendeur : M. Lefèvre Bruno, né le 09/12/1993, NIR 1 93 12 67 482 190 78
- Acquéreuse : Mme Nguyen Thi, thi.nguyen.pro@gmail.com
Signature le 18/12 à 10h.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `SOUS NDA — projet de rapprochement de deux sociétés clientes, dont Globex. Réunion de travail à l'étude jeudi 9h, salle 2.`],
  ['linkedin', 'fr', '', `Journée portes ouvertes de la Chambre des notaires : consultations gratuites de 20 minutes samedi de 9 h à 13 h. Venez avec vos questions de succession !`],
  ['linkedin', 'fr', 'iban', `Pour le versement du dépôt de garantie, merci d'utiliser exclusivement le compte de l'étude : FR76 1751 5900 0008 1234 5673 215. Vérifiez toujours de vive voix avant un virement.`],
  ['linkedin', 'fr', '', `Fraude au faux notaire : un escroc a envoyé à nos clients un RIB FR76 3000 4008 1900 0123 4567 880. Ce compte n'est pas le nôtre. Vérifiez toujours en appelant l'étude au numéro figurant sur vos actes.`],
  ['linkedin', 'fr', 'national_id', `Projet d'acte envoyé au client pour relecture, je colle l'extrait qui pose question : « Monsieur Dupont Marc, numéro national 92.02.14-156.12, domicilié à Liège… » Quelqu'un sait si on peut omettre le numéro national dans l'expédition ?`],
  ['linkedin', 'en', '', `Notary life in Montréal: explaining to a buyer that the "welcome tax" is a municipal transfer duty, not a gift from the city. Every. Single. Week.`],
  ['linkedin', 'fr', 'secret', `Accès à la plateforme de signature électronique pour la remplaçante : utilisateur etude.marchand, mot de passe Vente$Bail2026. Je désactive le compte après les vacances.`],
  ['x', 'fr', '', `Un notaire n'envoie jamais un RIB par mail sans que vous puissiez l'appeler pour vérifier. Si on vous presse, c'est une arnaque. Partagez.`],
  ['linkedin', 'fr', '', `Fin de saison fiscale : 312 déclarations déposées, zéro pénalité. Merci à l'équipe du cabinet, et vive le café.`],
  ['linkedin', 'fr', 'client_name', `Bilan clôturé dans les temps pour Initech malgré un inventaire de stock très compliqué. Bravo Léa, tu as géré !`],
  ['linkedin', 'fr', 'financial', `Nos propres honoraires 2027 : +6 % sur les forfaits TPE (tenue + bilan passe de 2 400 € à 2 545 € HT). Les lettres de mission partent en janvier, nos clients ne sont pas encore prévenus — je teste juste la formulation ici avec vous, confrères.`],
  ['linkedin', 'fr', '', `Rappel de l'Ordre des experts-comptables : la lettre de mission est obligatoire et doit préciser les honoraires. Ce n'est pas une formalité, c'est votre protection.`],
  ['linkedin', 'fr', 'secret', `Note perso collée au mauvais endroit : espace impots.gouv de la SCI Les Lilas, mot de passe Lilas-Verts_2025, à reprendre demain pour la 2072.`],
  ['linkedin', 'fr', 'internal_url', `Procédure de clôture mise à jour sur notre wiki : https://wiki.intranet.cabinet-rivet.fr/cloture-2026 (accès collaborateurs).`],
  ['linkedin', 'en', '', `Accountant hot take: your bookkeeping software is only as good as the receipts you actually upload. Snap them the same day.`],
  ['linkedin', 'fr', 'national_id phone', `Collé par erreur depuis le dossier d'impôt : Jean Tremblay, NAS 272 837 485, cell 418 655-2093, T4 manquant de son employeur. Bon, ce que je voulais dire : envoyez-nous vos T4 avant la fin février !`],
  ['linkedin', 'fr', '', `Le numéro d'assurance sociale compte 9 chiffres et se vérifie par l'algorithme de Luhn. Ne le communiquez jamais par courriel non chiffré, même à votre comptable.`],
  ['x', 'fr', '', `Saison des impôts au Québec : date limite le 30 avril, 15 juin pour les travailleurs autonomes (mais le solde est dû le 30 avril !). Ne tardez pas.`],
  ['linkedin', 'fr', 'iban email', `Mail collé trop vite (sorry) : « Bonjour Madame Claes, pour le versement de l'acompte de TVA, voici le compte BE89 7350 9876 5485, communication +++090/1234/56789+++. Cordialement, marie.claes@fiduciaire-claes.be »`],
  ['linkedin', 'fr', 'codename', `Avancement du projet Orion (migration de tous nos dossiers clients vers le nouveau logiciel comptable) : 60 % des dossiers basculés, fin prévue en mars.`],
  ['linkedin', 'fr', '', `Nuit claire hier au-dessus du Jura : Orion bien visible, et même sa nébuleuse à la jumelle. Les experts-comptables aussi lèvent la tête parfois.`],
  ['linkedin', 'fr', 'financial', `Objectif validé en séminaire associés (ne sortira pas du cabinet avant la lettre annuelle) : 1,35 M€ de CA l'an prochain, dont 180 k€ sur la nouvelle offre paie.`],
  ['linkedin', 'fr', '', `Notre cabinet figure dans le classement régional publié ce matin : 1,2 M€ de CA 2025, 14 collaborateurs. Merci à nos clients de leur confiance.`],
  ['linkedin', 'fr', '', `Chantier de la maison de santé de Lons : charpente posée ! Trois ans de travail avec les médecins, les kinés et la mairie. Hâte de voir les premiers patients.`],
  ['linkedin', 'fr', 'codename client_name', `Atelier aujourd'hui sur Atlas Bleu, l'extension de la maternité de l'Hôpital Sainte-Claire. On a enfin tranché pour la façade bois.`],
  ['linkedin', 'fr', '', `On a planté un cèdre bleu de l'Atlas dans la cour de l'agence. Dans quarante ans il fera de l'ombre aux stagiaires.`],
  ['linkedin', 'fr', 'financial', `Concours pour la nouvelle médiathèque : notre offre d'honoraires est partie ce matin à 11,8 % du montant des travaux, soit 412 000 € HT. Ouverture des plis le 20 — croisez les doigts et ne le répétez pas 🙏`],
  ['linkedin', 'fr', '', `Résultat du concours de la médiathèque publié par la ville : lauréate l'agence Moreau, honoraires 398 000 € HT. Bravo à elles, nous étions deuxièmes.`],
  ['linkedin', 'fr', 'internal_url', `Les plans à jour sont sur smb://srv-plans.agence.internal/projets/2026 pour ceux qui travaillent depuis l'agence.`],
  ['x', 'en', 'codename', `Late night at the studio, Project Kestrel renderings due tomorrow. Coffee number four.`],
  ['x', 'en', '', `A kestrel nested in the gutter of the building we're renovating. Works paused until the chicks fledge. Architecture is also about waiting.`],
  ['linkedin', 'fr', 'secret internal_url', `Config du traceur (pour moi plus tard) :
SSID: Agence-Plans-5G
WPA2: Ch4rpente&Beton!
IP fixe: 192.168.0.40`],
  ['linkedin', 'fr', '', `Le traceur A0 est réparé ! Pour ceux qui le cherchent, il est dans la salle de réunion. Le mot de passe Wi-Fi des invités est affiché à l'accueil.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 15 janvier 10h — L'agence est lauréate du concours pour la restructuration du lycée Jean-Moulin. Communiqué à venir.`],
  ['linkedin', 'fr', '', `Un embargo sur un résultat de concours d'architecture, c'est juste l'engagement de ne rien dire avant la maîtrise d'ouvrage. On l'a respecté, et c'est enfin officiel : on a gagné le lycée Jean-Moulin !`],
  ['linkedin', 'fr', 'phone', `Notre bureau d'architectes déménage à Lausanne, avenue de Cour. Nouveau numéro : +41 21 601 44 70.`],
  ['linkedin', 'fr', 'financial', `Associés, on a reçu l'offre de reprise de l'agence : 1,1 M CHF pour 100 % des parts, avec maintien des fondateurs pendant 2 ans. Décision lundi, et personne d'autre ne doit le savoir pour l'instant.`],
  ['linkedin', 'fr', 'secret internal_url', `Post-mortem de notre panne d'agenda au cabinet dentaire (pour les confrères, c'est instructif) : le prestataire avait laissé la chaîne de connexion dans un fichier partagé, postgres://agenda:Dent1ste-2026@192.168.1.12:5432/rdv. On a tout changé, mais vérifiez vos prestataires.`],
  ['linkedin', 'fr', '', `Post-mortem de notre panne d'agenda au cabinet : un disque du serveur a lâché, la sauvegarde de la veille a été restaurée en 2 heures. Leçon : testez vos restaurations, pas seulement vos sauvegardes.`],
  ['linkedin', 'en', 'secret', `Rookie mistake at our physio clinic: the SMS-reminder integration was posting to a chat webhook, and I pasted it in our public forum thread. https://hooks.slack.com/services/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 — revoked now, but don't be me.`],
  ['linkedin', 'en', '', `Rookie mistake at our physio clinic: our SMS reminders went out at 3 a.m. because of a timezone setting. Patients were... awake. Fixed, and apologies sent.`],
  ['linkedin', 'fr', '', `Sondage pour les vétos 🐾 : vous facturez la consultation de contrôle post-opératoire ?
🔘 Toujours
🔘 Jamais
🔘 Ça dépend de l'acte
🔘 Je ne sais plus, j'ai sommeil`],
  ['linkedin', 'fr', 'financial', `Sondage entre confrères avant de fixer notre prix (les clients ne sont pas au courant, on l'applique en février) : la consultation passe chez nous à 58 €. Trop ? Pas assez ?
🔘 Trop
🔘 Correct
🔘 Vous êtes encore en dessous`],
  ['x', 'fr', '', `1/3 Ce qu'on a appris en ouvrant notre cabinet de kiné à Sion il y a 5 ans : la localisation compte moins que la relation avec les médecins prescripteurs.`],
  ['x', 'fr', '', `2/3 Deuxième leçon : le logiciel de facturation, choisissez-le avec votre fiduciaire, pas avec le commercial.`],
  ['x', 'fr', 'financial', `3/3 Et la dernière, toute fraîche : on a signé hier pour reprendre le cabinet voisin, 240 000 CHF. Les patients des deux côtés l'apprendront le mois prochain. Chut 🤫`],
  ['linkedin', 'fr', 'email', `Pour les réclamations de mutuelle, notre assistante administrative reste votre contact : s.berthier@physio-valais.ch. Merci de ne pas utiliser WhatsApp pour les documents médicaux.`],
  ['linkedin', 'fr', 'email', `Contact pour les stages de fin d'études au cabinet : stages [at] cabinet-dentaire-fontaine [dot] fr. Envoyez CV et lettre, on répond à tout le monde.`],
  ['linkedin', 'fr', '', `Vous cherchez un stage en cabinet dentaire ? On en propose deux par an. Postulez via le formulaire de notre site, rubrique « Nous rejoindre ».`],
  ['linkedin', 'en', 'phone', `Our vet clinic in Ottawa now has an after-hours line: 1-877-416-2290. For human emergencies, call 911.`],
  ['linkedin', 'fr', '', `Urgence vétérinaire la nuit dans le Vaucluse ? Le service de garde est indiqué sur le répondeur de votre clinique habituelle. Pour un humain, faites le 15.`],
  ['linkedin', 'fr', 'card', `Test du lien de paiement en ligne pour les acomptes de chirurgie (capture collée trop vite) : carte 5413 3301 2345 6783, exp. 09/28 — c'est la carte pro du cabinet, je la fais opposer, merci de ne pas partager.`],
  ['linkedin', 'fr', '', `Test du paiement en ligne pour les acomptes : le prestataire fournit la carte de test 4242 4242 4242 4242, tout fonctionne en environnement de recette. Mise en production lundi.`],
  ['linkedin', 'fr', '', `Reçu un mail « votre carte 4970 1234 5678 9014 a été débitée pour votre abonnement vétérinaire ». Nous n'avons pas d'abonnement. Hameçonnage classique, supprimez.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER — Alerte reçue du réseau régional : campagne d'hameçonnage visant les cabinets de kinésithérapie via de fausses factures de logiciel. Ne pas diffuser hors des cabinets membres.`],
  ['linkedin', 'fr', '', `Nouvelle fiche CERT pour les professions libérales, publiée en TLP:CLEAR donc partagez-la largement : les fausses factures de logiciel de santé sont en hausse.`],
  ['linkedin', 'fr', 'financial', `Budget travaux 2027 voté hier en assemblée des associés du cabinet : 180 000 € pour la nouvelle salle de radio. Les fournisseurs n'ont pas encore été consultés, donc je ne veux voir personne démarcher mes associés 😄`],
  ['linkedin', 'fr', '', `Petit conseil de gestion : un cabinet dentaire investit en moyenne 8 à 12 % de son CA par an en équipement, d'après l'étude nationale publiée par l'UNAPL. Comparez-vous.`],
  ['linkedin', 'fr', 'codename', `Nébula avance bien : c'est le nom de code de notre projet de regroupement des trois cabinets de kiné du quartier sous une même structure. Réunion avec le notaire jeudi.`],
  ['linkedin', 'fr', '', `Nébula, notre border collie de 4 ans, a passé son certificat de chien visiteur en EHPAD. Fierté de toute la clinique vétérinaire 🐕`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux collaborateurs : les modèles de lettres de mission sont sur https://docs.acme-corp.net/modeles (on utilise l'hébergement de notre réseau de cabinets).`],
  ['linkedin', 'fr', 'internal_url', `Lien vers la base documentaire du réseau : https://kb.corp.acme.com/fiscalite/ifi — réservé aux membres, demandez vos accès à l'accueil.`],
  ['linkedin', 'fr', '', `Toute la documentation fiscale publique est sur le site de l'administration, et notre synthèse IFI 2026 est en libre accès sur cabinet-morin-conseil.fr. Bonne lecture !`],
  ['linkedin', 'fr', 'client_name', `Merci à l'équipe comptable de Globex pour leur accueil lors de notre audit de fin d'année. Trois jours intenses mais agréables.`],
  ['linkedin', 'en', '', `Traders know CME Globex, the futures trading platform. I only learned the name when a retired trader explained it to me from the dental chair, mid root canal. Learn something every day.`],
  ['linkedin', 'fr', 'client_name', `Réunion de lancement chez Société Générique pour leur nouvelle mission d'expertise comptable. Dossier ambitieux, équipe motivée.`],
  ['linkedin', 'fr', 'client_name', `On refait le hall d'accueil d'Initech à Montréal : bois, lumière naturelle, et un escalier suspendu. Première esquisse validée par le client hier.`],
  ['linkedin', 'en', 'client_name codename', `Site visit with Globex's facilities team today for Project Kestrel, our retrofit of their Geneva offices. Great to see the timber frame going up.`],
  ['linkedin', 'en', '', `Every year, architecture students ask me for "the secret" of winning competitions. There isn't one. Read the brief twice, visit the site, draw by hand first.`],
  ['linkedin', 'fr', 'national_id', `Collée depuis le dossier patient, la ligne qui a fait planter la télétransmission : « 2 75 04 59 350 108 93 — caisse 591 ». Le souci venait de la caisse, pas du numéro. Merci l'éditeur.`],
  ['linkedin', 'fr', '', `Le NIR commence par 1 ou 2 (sexe), puis année et mois de naissance, département, commune, rang, et une clé de 2 chiffres. Quand la clé est fausse, la télétransmission bloque. Vérifiez la carte Vitale !`],
  ['linkedin', 'fr', '', `Pour nos formations, nous utilisons le NIR de démonstration 2 99 99 99 999 999 99 — évidemment invalide, c'est voulu.`],
  ['linkedin', 'fr', 'phone', `Remplacement pendant mes congés : la Dre Haddad assure les urgences au cabinet, joignable au 06 84 30 19 72 du 23 au 31 décembre.`],
  ['linkedin', 'fr', '', `Je pars en congés du 23 au 31 décembre. La Dre Haddad me remplace, les rendez-vous se prennent comme d'habitude en ligne. Belles fêtes à tous !`],
  ['linkedin', 'fr', '', `Au revoir le cabinet ! Après 34 ans de pharmacie à Yverdon, je passe la main. Merci aux patients, aux préparatrices et aux livreurs du grossiste qui arrivaient toujours à 7 h 12 pile.`],
  ['linkedin', 'fr', 'financial', `Au revoir le cabinet… bientôt. Je peux enfin en parler à mes proches : reprise signée à 520 000 € avec mon successeur, l'annonce officielle aux patients sera faite en mars. D'ici là, discrétion s'il vous plaît.`],
  ['linkedin', 'fr', 'phone', `Un cabinet d'architecture à Bruxelles cherche à racheter des plans de 1930 ? Appelez-moi au 0475 38 12 96, je collectionne.`],
  ['linkedin', 'fr', 'phone', `Fiduciaire de la Vallée : notre standard change, nouveau numéro +32 2 512 47 83 à partir du 1er février.`],
  ['linkedin', 'fr', '', `Notre fiduciaire change de standard téléphonique le 1er février : le numéro reste le même, seule la musique d'attente change (enfin).`],
  ['linkedin', 'fr', 'email', `Pour vos pièces comptables, merci d'utiliser exclusivement compta@fidu-vallee.be, plus l'ancienne adresse Gmail.`],
  ['linkedin', 'fr', 'secret', `Rappel pour les stagiaires : le Wi-Fi du bureau est « FiduVallee-Staff », mot de passe Bilan&Actif_2026. Pas de streaming svp.`],
  ['linkedin', 'fr', '', `Conseil sécurité pour les petits cabinets : séparez le Wi-Fi patients du Wi-Fi professionnel, changez le mot de passe par défaut « admin » du routeur et notez-le dans un coffre, pas sur un post-it.`],
  ['linkedin', 'fr', 'confidential_marker financial', `INTERNE – NE PAS DIFFUSER
Prévisionnel 2027 du cabinet vétérinaire :
| Poste | 2026 | 2027 |
| CA | 1 420 k€ | 1 560 k€ |
| Masse salariale | 610 k€ | 690 k€ |
| Résultat | 190 k€ | 205 k€ |`],
  ['linkedin', 'fr', '', `Tableau des salaires conventionnels des ASV (grille publiée par la branche, échelon 1 à 5) : de 1 820 € à 2 410 € brut mensuel. À afficher dans toutes les cliniques.`],
  ['linkedin', 'fr', '', `Offre d'emploi : assistant(e) dentaire qualifié(e), CDI 35 h, Lyon 3e. Salaire 2 100 – 2 400 € brut/mois + mutuelle + tickets resto. Candidature via Indeed.`],
  ['linkedin', 'en', '', `Hiring: associate architect, Montréal, 72,000–85,000 CAD depending on experience, hybrid 3 days in the studio. Portfolio required.`],
  ['linkedin', 'en', 'financial', `Hiring update for the team (not for the ad yet): partners agreed to raise the associate architect band to 80–95k CAD from January. The posting goes live next week with the new range, keep it quiet until then.`],
  ['linkedin', 'fr', 'national_id', `Bulletin de paie collé dans le mauvais fil… on voit « Matricule AVS 756.7812.3456.04 » de notre nouvelle secrétaire. Supprimé, pardon Sophie.`],
  ['linkedin', 'fr', '', `Le numéro AVS a 13 chiffres et commence toujours par 756. Le dernier chiffre est une clé de contrôle, comme un code-barres EAN-13. Vérifiez-le avant de l'envoyer à la caisse de compensation.`],
  ['linkedin', 'fr', '', `Sur le modèle officiel de la caisse de compensation, le numéro AVS d'exemple est 756.XXXX.XXXX.XX. Ne mettez jamais un vrai numéro dans vos modèles Word.`],
  ['linkedin', 'fr', 'national_id email', `Demande de la caisse-maladie reçue ce matin (je la copie pour la collègue qui gère, mauvais canal, désolée) : « Patient Favre Luc, n° AVS 756.3029.1837.49, merci de renvoyer la facture à factures@assura-romande.ch ».`],
  ['linkedin', 'fr', 'national_id', `Dossier de succession reçu par courrier, et évidemment la copie de carte d'identité belge du défunt sur le dessus : 64.09.22-081.84. Rappel aux familles : envoyez ça à l'étude sous pli, pas en photo WhatsApp.`],
  ['linkedin', 'fr', '', `Rappel aux familles : pour une succession, l'étude a besoin de la carte d'identité et du numéro national du défunt. Apportez les documents en main propre ou via notre espace sécurisé.`],
  ['linkedin', 'fr', 'iban', `Honoraires de la provision pour frais d'acte, à verser sur : BE86 0910 2345 6750 (compte de tiers de l'étude). Mentionnez le numéro de dossier.`],
  ['linkedin', 'fr', 'iban national_id', `Mail collé par erreur (je voulais coller l'adresse de l'étude…) : « Virement du prix de vente sur le compte de Mme Peeters, BE91 3630 4567 1276, registre national 11.03.07-194.71 pour la vérification. »`],
  ['linkedin', 'fr', 'iban', `Coordonnées pour les loyers du cabinet (SCI) envoyées au nouveau locataire — ah, et à LinkedIn apparemment : FR76 3006 6100 2100 0103 4520 911.`],
  ['linkedin', 'fr', '', `Pourquoi votre IBAN français a 27 caractères : FR, 2 chiffres de contrôle, code banque, code guichet, numéro de compte, clé RIB. Le contrôle modulo 97 détecte presque toutes les fautes de frappe.`],
  ['linkedin', 'fr', '', `Exemple d'IBAN tiré de la documentation de notre banque : FR76 XXXX XXXX XXXX XXXX XXXX XXX. Le vôtre est dans votre espace client.`],
  ['linkedin', 'fr', 'iban', `Changement de banque pour la pharmacie : merci aux laboratoires de noter notre nouvel IBAN LU28 0019 4006 4475 0000 (on est frontaliers, la SA est au Luxembourg).`],
  ['linkedin', 'fr', 'iban', `Cotisation 2027 de l'amicale des physios genevois : 120 CHF à verser sur CH86 0024 3243 G123 4567 8 avant le 31 janvier.`],
  ['linkedin', 'fr', 'card', `Facture du fournisseur d'implants réglée avec la carte du cabinet, je colle le reçu pour la compta : Visa 4012 8812 3409 8714, 3 480 €. Ah zut, c'était le fil public.`],
  ['linkedin', 'en', 'card', `Customer wanted to pay her cat's surgery over the phone and read out her Discover card 6011 0098 7612 3451 while the whole waiting room listened. Please, pay at the desk.`],
  ['linkedin', 'en', '', `Reminder: we never take card numbers by phone or email. Pay at the desk or through the secure link we text you.`],
  ['linkedin', 'fr', 'national_id phone', `Fiche d'admission du refuge (collée par erreur) : adoptante Mme Caron Hélène, NIR 2 69 08 13 055 012 66, tél 07 58 21 44 30, chien Rocky, puce 250269604123456.`],
  ['linkedin', 'fr', '', `Votre animal est pucé ? Le numéro d'identification à 15 chiffres est enregistré au fichier national I-CAD. Vérifiez que vos coordonnées sont à jour après un déménagement !`],
  ['linkedin', 'fr', 'national_id', `Ordonnance de kiné reçue aujourd'hui avec le NIR du patient écrit au feutre : 1 88 06 31 555 087 82. Je la scanne pour l'exemple de ce qu'il ne faut pas faire… en oubliant de flouter. Supprimé, mais la leçon est pour moi.`],
  ['linkedin', 'fr', 'national_id', `Pour la demande de remboursement de Mme Lambert (je colle ici pour Chloé, ne répondez pas) : NIR 2 84 11 33 063 245 15, séances 1 à 10 de rééducation périnéale.`],
  ['linkedin', 'fr', 'national_id', `Recherche d'un héritier : M. Janssens Pierre, registre national 77.11.05-412.65, dernier domicile connu à Mons. Si vous le connaissez, contactez l'étude.`],
  ['linkedin', 'fr', 'national_id phone', `Dossier de crédit d'impôt pour frais médicaux (envoyé au mauvais destinataire, qui m'a gentiment prévenue) : Marc-André Gagnon, NAS 130 572 944, tél. 819 347-2281.`],
  ['linkedin', 'fr', 'national_id', `Carte RAMQ d'un patient oubliée au comptoir de la pharmacie : GAGM 7803 1211. Elle est à l'accueil, passez la récupérer !`],
  ['linkedin', 'fr', '', `La carte d'assurance maladie du Québec porte un numéro à 12 caractères : 4 lettres du nom et du prénom, puis la date de naissance et deux chiffres. Ne la photographiez pas pour vos dossiers personnels.`],
  ['linkedin', 'fr', 'secret', `Dépannage du logiciel de radiologie avec le technicien (je colle ses instructions pour le collègue) : se connecter en « technicien », code de service 55-RX-8821, puis réinitialiser le capteur.`],
  ['linkedin', 'fr', 'secret', `Clé de licence du logiciel de compta, pour la réinstallation sur le portable de Julie : QX7K-3MPL-9TZR-44WV-BDN2. Merci de ne pas la diffuser.`],
  ['linkedin', 'fr', '', `Notre éditeur de logiciel comptable passe à une licence en ligne, plus de clé à saisir. Fini les post-it sous le clavier !`],
  ['linkedin', 'en', 'secret', `Pasting the API credentials for the booking widget so the agency can finish the integration: client_id cabinet-dupuis-prod, client_secret 9f2Kx81QzvPLe77nWbT0cRmA. (Wrong window. Rotating now.)`],
  ['linkedin', 'en', '', `Our booking widget docs tell you to put "client_secret: YOUR_SECRET_HERE" in the config. Please replace it with the real one in the server config, not in the website source.`],
  ['linkedin', 'en', '', `Sample config from the vendor README, for anyone integrating the online booking: api_key = "sk_test_XXXXXXXXXXXXXXXX", password = "changeme". Obviously swap those before going live.`],
  ['linkedin', 'en', 'secret', `AWS lesson of the week for small practices: our imaging backups were in a bucket whose key sat in a text file on the reception PC. AKIA4TQZ7N2XRV5L3KPB / secret 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. Both revoked, but that's what it looked like.`],
  ['linkedin', 'en', '', `AWS's own docs use the access key AKIAIOSFODNN7EXAMPLE in every tutorial. If you see it in your config, your backup never worked.`],
  ['linkedin', 'fr', 'internal_url', `Pour consulter les radios à distance, on passe par le PACS : https://pacs.clinique-vet.internal/viewer — VPN obligatoire.`],
  ['linkedin', 'fr', 'internal_url', `Interface de l'alarme de l'agence : http://10.0.0.25:8080 (depuis le réseau du bureau uniquement).`],
  ['linkedin', 'fr', 'internal_url', `Nouveau portail des collaborateurs : https://intranet.etude-marchand.fr — vos identifiants vous arrivent par courrier.`],
  ['linkedin', 'fr', '', `Nouveau site web pour l'étude ! https://www.etude-marchand.fr — prise de rendez-vous en ligne, actualités juridiques et FAQ successions.`],
  ['linkedin', 'fr', '', `Le serveur DNS public 9.9.9.9 est bien plus respectueux de la vie privée que celui de votre box. Conseil du jour pour les petits cabinets.`],
  ['linkedin', 'en', 'internal_url', `Our dental chairs now log to the server at dentalsrv01.corp:9000 and I can finally see which one overheats. Nerd joy.`],
  ['linkedin', 'fr', 'confidential_marker', `Document de travail — CONFIDENTIEL
Réorganisation du planning des gardes de l'officine à compter du 1er mars : suppression des gardes du dimanche pour les adjoints, compensation en heures.`],
  ['linkedin', 'fr', '', `« Confidentiel », « secret », « réservé » : nos patients confondent souvent. Petit guide sur le secret professionnel du pharmacien en commentaire.`],
  ['linkedin', 'fr', 'confidential_marker', `[CONFIDENTIEL – NE PAS TRANSFÉRER] Point associés du 4/12 : départ à la retraite du Dr Vidal anticipé à juin, recherche d'un repreneur pour son fauteuil.`],
  ['linkedin', 'fr', '', `Entre nous, les confrères : qui a déjà réussi à faire payer les rendez-vous non honorés sans se fâcher avec la patientèle ? Je suis preneur de vos méthodes.`],
  ['linkedin', 'fr', 'financial', `Entre nous, les confrères : on a chiffré le coût des lapins à 38 000 € sur l'année au cabinet, et à partir de mars on facturera 30 € le rendez-vous non honoré. Les patients n'ont pas encore été prévenus, la lettre part en février.`],
  ['linkedin', 'en', 'financial', `Quick gut check before our board meeting Thursday (nothing announced to staff or clients yet): we're planning to price our new hearing-aid fitting package at 1,890 CHF per pair. Too high for Lausanne?`],
  ['linkedin', 'en', '', `Hearing-aid fitting packages in Switzerland: the AI disability insurance contributes a fixed lump sum of 1,650 CHF for both ears, as published by the federal office. Good to know before you compare quotes.`],
  ['linkedin', 'fr', 'financial', `Objectif de chiffre d'affaires partagé en réunion d'équipe ce matin, je le note ici pour moi : 2,3 M€ pour la pharmacie en 2027, +9 %. Ne sortira pas de l'officine.`],
  ['linkedin', 'fr', 'financial', `Ma marge brute sur la parapharmacie est de 34 % cette année, contre 29 % l'an dernier. Chiffres pas encore arrêtés par l'expert-comptable, mais la tendance est là.`],
  ['linkedin', 'fr', '', `Selon l'étude annuelle publiée par notre syndicat, la marge brute moyenne d'une officine est d'environ 30 %. On est dans la moyenne, ouf.`],
  ['linkedin', 'fr', '', `Mon budget perso pour les vacances : 1 800 € pour deux semaines en Gaspésie. Après trois ans sans congés, je l'ai bien mérité !`],
  ['linkedin', 'fr', 'financial', `Estimation de la valeur de notre cabinet d'architecture faite par la fiduciaire la semaine dernière : 780 000 CHF. Pas encore présentée aux autres associés, donc je la garde pour moi… sauf ici, apparemment.`],
  ['linkedin', 'fr', '', `Cours de gestion à l'école d'architecture : on valorise une agence type à 60-80 % de son CA annuel, hors immobilier. Exemple de l'exercice : 1,2 M CHF de CA, valeur 720 000 à 960 000 CHF.`],
  ['linkedin', 'fr', 'financial', `Pipeline de projets de l'agence pour 2027 : 2,4 M€ d'honoraires potentiels, dont 900 k€ quasi signés. Chiffres pour le comité des associés de vendredi, pas pour la newsletter.`],
  ['linkedin', 'fr', '', `Notre agence a publié son bilan RSE : 38 projets livrés depuis 2015, 2,4 M€ d'honoraires en 2025, 60 % de bâtiments biosourcés. Le rapport complet est en ligne.`],
  ['linkedin', 'fr', 'financial', `Nos tarifs de pension pour chats vont augmenter le 1er avril (28 € → 32 € la nuit). On l'annoncera aux clients en mars avec la newsletter, je préviens d'abord l'équipe ici — euh non, sur Teams. Trop tard.`],
  ['linkedin', 'fr', '', `Hausse de nos tarifs de pension au 1er avril : 32 € la nuit pour les chats, 38 € pour les chiens. Affichage en salle d'attente dès aujourd'hui, merci de votre compréhension.`],
  ['linkedin', 'fr', 'financial', `Proposition de prix pour le marché de l'EHPAD (offre déposée ce matin, ouverture des plis mardi) : 14,50 € la séance de kiné collective, forfait annuel 48 000 €. Je croise les doigts.`],
  ['linkedin', 'fr', '', `Résultat de l'appel d'offres de l'EHPAD publié au BOAMP : attribué à un cabinet de kiné voisin pour 46 200 € par an. Bravo à eux.`],
  ['linkedin', 'fr', 'financial', `Négociation avec le repreneur de notre fiduciaire : on est descendus à 1,15 M€ mais les collaborateurs ne sont au courant de rien. Closing visé fin février.`],
  ['linkedin', 'fr', '', `Vous vendez votre cabinet comptable ? La règle de marché publiée par l'Ordre tourne autour de 80 à 110 % des honoraires annuels. Pas de règle d'or, juste des repères.`],
  ['linkedin', 'mixed', 'financial', `Quick update pour les associés : le devis pour le nouveau scanner 3D est à 96 500 €, on signe avant Noël. Don't share yet, the team will hear it at the January kick-off.`],
  ['linkedin', 'mixed', '', `Quick update from our dental studio: new 3D scanner installed, no more goopy impressions! Les patients adorent. #digitaldentistry`],
  ['linkedin', 'mixed', 'email phone', `New receptionist at the clinic, welcome Naomie! Pour les rendez-vous, son courriel est naomie.b@cliniquevet-rosemont.ca et sa ligne directe le 438 292-7714.`],
  ['linkedin', 'mixed', '', `Welcome Naomie to our clinic! Elle s'occupera de l'accueil le matin. Stop by to say hi when you bring your pets.`],
  ['linkedin', 'mixed', 'secret', `Reminder for the team: the guest Wi-Fi in the waiting room is "Rosemont-Patients" and the password is Miaou-Woof-2026. Merci de ne pas le donner aux livreurs.`],
  ['linkedin', 'mixed', '', `Guest Wi-Fi is back in the waiting room! Demandez le code à l'accueil, on le change chaque mois.`],
  ['x', 'en', '', `Vet life: a Labrador ate an entire Christmas stollen, foil included. He's fine. The stollen is not.`],
  ['x', 'fr', '', `Architectes, quel est votre pire souvenir de permis de construire ? Moi : un refus parce que la couleur des volets n'était « pas assez Haute-Savoie ».`],
  ['x', 'fr', 'phone', `Perdu un chat roux tigré à Carouge, répond au nom de Biscotte. Si vous le voyez : 078 615 43 27. Merci 🙏`],
  ['x', 'fr', '', `Chat roux trouvé devant la clinique ce matin, pucé, propriétaire prévenu grâce au fichier. Fin heureuse pour Biscotte 🧡`],
  ['x', 'en', 'email', `Anyone at a Quebec dental clinic want to compare notes on the new RAMQ billing codes? DM me or write to mlaroche @ cliniquedentairelaroche.ca`],
  ['x', 'en', '', `Anyone at a Quebec dental clinic want to compare notes on the new RAMQ billing codes? DMs open.`],
  ['x', 'fr', 'confidential_marker', `CONFIDENTIEL : le cabinet ferme définitivement son antenne de Nyon au 30 juin. Les patients seront informés par courrier en mars.`],
  ['x', 'fr', '', `Série à regarder ce week-end : « Confidentiel » sur Arte, l'histoire d'un notaire de province. Mon métier vu par un scénariste 😄`],
  ['x', 'fr', 'secret', `Pour mémoire, le code du boîtier à clés du cabinet secondaire : 0 6 2 9. Ah non, pas ici. Bon, je change la combinaison demain.`],
  ['x', 'fr', '', `Installé un boîtier à clés au cabinet secondaire pour les remplaçants. Le code est communiqué individuellement, la veille. Pratique !`],
  ['x', 'en', 'codename', `Orion kickoff went well. Three practices, one shared booking platform, and a lot of coffee. More soon.`],
  ['x', 'en', '', `Showing my kids Orion's belt from the clinic roof after the late shift. Best part of night duty.`],
  ['x', 'fr', 'client_name', `Journée chez Initech pour la clôture de leur exercice. Café correct, tableurs moins.`],
  ['x', 'fr', '', `Qui se souvient d'Initech, l'entreprise du film Office Space ? Notre stagiaire ne connaissait pas. Je me sens vieux.`],
  ['linkedin', 'fr', 'client_name', `Fière d'annoncer que notre studio a remporté la conception du nouveau centre de rééducation de l'Hôpital Sainte-Claire à Namur !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Madame, merci pour votre retour. Nous sommes désolés pour l'attente de samedi : deux urgences sont arrivées en même temps. N'hésitez pas à nous rappeler pour un prochain rendez-vous.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Monsieur, pour le suivi de votre chien, le plus simple est d'appeler directement la Dre Simon au 01 45 67 22 10, poste 3. Bonne journée !`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour, pour une copie de votre dossier dentaire, adressez votre demande écrite à dossiers@cabinet-fontaine.fr avec une pièce d'identité. Belle journée.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, pour une copie de votre dossier, utilisez le formulaire de demande sur notre site. Nous répondons sous 8 jours comme le prévoit la loi.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Merci pour votre question ! Entre nous, le tarif du blanchiment va passer de 390 € à 450 € en mars, donc si vous hésitez, c'est le moment. Les patients ne sont pas encore informés.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre question ! Le blanchiment est à 390 €, tarif affiché au cabinet et sur notre site. Il n'est pas remboursé par l'Assurance maladie.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Sarah, so sorry about the mix-up with Luna's meds. Please call our pharmacist directly at +1 613-555-0148 and we'll sort it out today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Sarah, so sorry about the mix-up with Luna's meds. Please send us a private message and our pharmacist will call you back today.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Bonjour Monsieur Collet, nous avons bien reçu votre dossier mais le numéro de sécurité sociale indiqué (1 85 05 75 123 456 73) ne correspond pas à celui de l'ordonnance. Pouvez-vous vérifier ?`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Changelog de notre portail patient v2.4 :
- prise de rendez-vous en ligne pour les bilans
- rappel SMS 48 h avant
- correction de l'affichage des tarifs sur mobile
- nouveau mode sombre 🌙`],
  ['linkedin', 'fr', 'internal_url secret', `Changelog interne v2.5 (collé ici au lieu du canal de l'équipe) :
- API de rappel branchée sur http://rappels.cabinet.local:8081
- token du fournisseur SMS : smsprov_live_83hFq2LmZx9VtR4kC0pW
- correction du double envoi`],
  ['linkedin', 'fr', '', `Notre fournisseur de vaccins nous informe d'une rupture temporaire du vaccin contre la leptospirose jusqu'à fin janvier. Nous contactons les propriétaires concernés.`],
  ['linkedin', 'fr', 'email phone', `Avis fournisseur reçu (copié tel quel) : « Livraison des gants nitrile reportée au 12/01. Votre contact commercial : Thomas Renard, t.renard@medisupply.fr, 06 12 90 45 38. »`],
  ['linkedin', 'fr', 'financial', `Notre fournisseur de matériel dentaire nous propose 18 % de remise sur le contrat 2027 si on signe avant le 20. Avec ça, notre budget consommables tombe à 62 000 €. Pas encore validé par les associés.`],
  ['linkedin', 'fr', '', `Le code de déontologie des architectes impose une assurance décennale et l'inscription au tableau de l'Ordre. Vérifiez-les avant de signer avec quelqu'un, c'est public et gratuit.`],
  ['linkedin', 'fr', '', `La FMH et la SSO rappellent que les tarifs dentaires suisses suivent un point fixé par convention. Tout cabinet doit pouvoir vous remettre un devis détaillé.`],
  ['linkedin', 'fr', '', `L'Ordre des dentistes du Québec publie son guide sur la publicité : pas de témoignages de patients, pas de comparaison de prix. On s'y tient.`],
  ['linkedin', 'en', '', `The Collège des médecins vétérinaires du Québec publishes the continuing-education requirements every year: 40 hours over three years. Just renewed mine.`],
  ['linkedin', 'en', 'national_id', `Oops: the scanned health-insurance form I used to illustrate our new intake process shows a real patient's Swiss AVS number, 756.4400.1122.35. Post taken down and replaced. Lesson learned.`],
  ['linkedin', 'en', '', `Our new intake form no longer asks for the AVS number on paper: patients enter it on a tablet, it goes straight to the encrypted file. One less sheet on the counter.`],
  ['linkedin', 'en', 'financial', `Proud moment: we're about to close the purchase of our building. Agreed price 1.26M CHF, signature at the notary next week, the team doesn't know yet — surprise at the Christmas dinner!`],
  ['linkedin', 'en', '', `Proud moment: we bought our building! Signed at the notary on Friday for 1.26M CHF, as the land register now shows. Thank you to everyone who made it possible.`],
  ['linkedin', 'en', 'email', `If you're a vet student looking for an externship in Lausanne, write to me directly: claire.vuilleumier@vetvaud.ch`],
  ['linkedin', 'en', '', `Our studio's internship deadline is January 15. Apply through the careers page on our website, we read every portfolio.`],
  ['linkedin', 'en', 'phone', `Locum physio needed in Sherbrooke for 6 weeks from Feb 3. Call or text me: 819 571-3920.`],
  ['linkedin', 'en', '', `Locum physio needed in Sherbrooke for 6 weeks from Feb 3. Pay according to the public association rates. Message me here.`],
  ['linkedin', 'fr', '', `Quatre ans que notre petite pharmacie de village existe. 2 300 familles servies, 0 rupture sur l'insuline. Merci de votre fidélité.`],
  ['linkedin', 'fr', '', `On a fêté les 10 ans de l'agence avec tous nos clients, les entreprises du bâtiment et… le chat du voisin. Magnifique soirée.`],
]);
