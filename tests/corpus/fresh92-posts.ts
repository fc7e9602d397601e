import { rows } from './corpus-types';

/**
 * Held-out set "fresh92": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), and without
 * reading git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the
 * scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh92`.
 * First scored: 2026-12-05 on 317d5b5 (unseen, before any fix from it): confidentiality macro F1 0.951 / 4.9 % (6 of 122).
 *
 * Authors: journalists, desk and section editors, press officers, freelance coordinators, accountants and audience
 * analysts of (invented) newspapers, radio and TV stations in France, Belgium, Quebec and Switzerland, writing mostly
 * in French (a few posts in English or mixed). Forms: pasted press releases, newsroom memos and meeting notes, chat
 * messages posted by mistake, config and changelog snippets, post-mortems, supplier bank-detail notices, reader-service
 * replies (surface 'comment'), job ads with a published salary range, a three-post X thread, a poll, goodbyes, tips and
 * explainers. Focus: press embargoes applied ("EMBARGO jusqu'au…", "SOUS EMBARGO — levée le…") vs embargoes talked
 * about after they were lifted or explained; other explicit labels (CONFIDENTIEL, [INTERNE], TLP:AMBER, SOUS NDA,
 * Classification: …, Diffusion : INTERNE UNIQUEMENT) vs a TV series called « Confidentiel », a TLP workshop and
 * discussions of "ne pas publier"; audience figures (Médiamétrie, CIM, Numeris, Mediapulse, ACPM), subscriber counts,
 * subscription and cover prices, budgets, bids, valuations, margins and ad pipelines before they are published
 * ("Motus jusqu'à jeudi", "rien n'est signé", "pas encore publiée par le CIM", "avant l'AG", "non publiées, usage
 * interne"…) vs the same kinds of figures once published, competitors' and public broadcasters' figures, published ad
 * rates, a salary range in a job ad and a teaching example; sources' and contacts' phone numbers in French, Belgian,
 * Quebec, Swiss and Italian formats (mobiles, fixed lines with extension, toll-free 0 800, +33 (0)…) vs emergency
 * numbers (15, 112, 911) and FM frequencies; newsroom CMS, shared social-account, photo-FTP, image-bank, studio-PC and
 * Wi-Fi passwords, an agency API key, a service token, a Slack webhook and a Postgres connection string vs templates
 * (USER:PASSWORD, VOTRE_CLE_API) and advice; intranet., .local, .internal, .corp hosts, private IPs (and a UNC path)
 * and the policy's internal domains vs public sites. Every written email address is labelled email, role mailboxes
 * and "[at] [dot]" / "name @ domain" forms included; every written phone number is phone, switchboards and press
 * lines included. The policy's names appear as codenames (an investigation called Orion, Project Kestrel, Nébula,
 * Atlas Bleu) and advertisers or white-label customers (Globex, Société Générique, Hôpital Sainte-Claire, Initech),
 * beside the Orion Nebula, the Orionids, NASA's Orion capsule, Orion Pictures, a kestrel, the High Atlas, a photo
 * contest « Atlas bleu », Saint Clare patron of television and a Sainte-Claire chapel, a generic-drug company explained.
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: FR IBANs with
 * the RIB key and mod 97, BE with its mod-97 account check, CH and LU by mod 97; Luhn for Visa, Mastercard (5- and
 * 2-series) and Amex; French NIR (97 - n mod 97, real commune codes), Belgian national register number (mod 97, with
 * the 2000+ prefix), Swiss AVS (EAN-13 check digit), Canadian SIN (Luhn); the Quebec NAM (no public check digit) is
 * built consistently from the name, birth date and the +50 female month. Look-alikes: a wrong-key FR IBAN and CH IBAN
 * in fraud warnings, the published Swiss example IBAN, masked IBANs and cards, Luhn-failing cards in a phishing SMS, a
 * NIR with a swapped key, the all-nines Vitale specimen, a wrong AVS check digit, a wrong-key Belgian number and the
 * government's sample SIN 046 454 286.
 *
 * COUNTS: 241 posts (214 FR, 20 EN, 7 mixed; 202 LinkedIn, 39 X; 7 comments): 122 clean, 119 with one or more
 * findings. Labels: financial 21, phone 20, secret 14, confidential_marker 12, email 12, national_id 12,
 * internal_url 11, codename 9, iban 8, client_name 7, card 4.
 */
export const FRESH92_POSTS = rows('fresh92', [
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au jeudi 11 décembre, 06h00 (heure de Paris)
Dossier de presse — « Les déserts médicaux de la Loire vus du ciel »
Merci aux confrères de ne rien publier avant l'heure indiquée. Visuels en HD sur demande.`],
  ['linkedin', 'fr', '', `L'embargo est tombé ce matin à 6 h : notre enquête sur les déserts médicaux de la Loire est enfin en ligne. Six mois de terrain, 41 communes, 3 photographes. Merci à toute l'équipe du service Société 🙏`],
  ['x', 'fr', '', `Petit rappel déontologique du jeudi : un embargo, ça se respecte même quand le concurrent le grille. On a attendu 6h00 pile. #journalisme`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle pour l'équipe matinale : les chiffres Médiamétrie de la vague septembre-novembre ne seront publiés que jeudi prochain, mais on a eu la note en avance : 412 000 auditeurs quotidiens, +9 % sur un an. Motus jusqu'à jeudi, on prépare le communiqué.`],
  ['linkedin', 'fr', '', `Médiamétrie a publié ce matin les résultats de la vague septembre-novembre : 412 000 auditeurs quotidiens pour notre matinale, +9 % sur un an. Fiers de cette progression, merci à vous qui nous écoutez chaque matin ☕`],
  ['x', 'fr', 'phone', `Source au tribunal de commerce dispo ce soir pour le papier liquidation, appelle-la direct au 06 71 48 22 93, elle préfère les SMS avant 19h`],
  ['linkedin', 'fr', '', `Vous avez une info sur un dysfonctionnement dans votre commune ? Notre standard de rédaction reste ouvert jusqu'à 22 h. En cas d'urgence vitale, appelez le 15 ou le 112, pas nous 😉`],
  ['linkedin', 'fr', 'secret internal_url', `Pour les pigistes du week-end, voici l'accès au back-office :
URL : https://cms.intranet.courrier-estuaire.fr/login
Identifiant : desk_weekend
Mot de passe : Estuaire!Desk2026
Ne changez pas le mot de passe, il est partagé.`],
  ['linkedin', 'fr', '', `Conseil aux jeunes journalistes : ne partagez jamais vos identifiants du CMS dans un groupe WhatsApp, même « juste pour ce soir ». Un gestionnaire de mots de passe, une double authentification, et c'est réglé.`],
  ['linkedin', 'fr', 'financial', `Récap du comité éditorial de ce lundi (ne pas relayer avant l'annonce aux lecteurs) :
- prix de l'abonnement numérique : de 8,99 € à 10,99 €/mois au 1er février
- formule papier + numérique : 34 € au lieu de 31 €
- les abonnés seront prévenus par mail le 15 janvier`],
  ['linkedin', 'fr', '', `À compter du 1er février, l'abonnement numérique au Courrier passe à 10,99 € par mois. Nos abonnés ont reçu un courriel hier avec le détail des nouvelles formules ; les tarifs sont en ligne sur notre page abonnement. Nous restons l'un des quotidiens régionaux les moins chers de France.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — please keep within the investigations desk.
Timeline of the leaked procurement files as we reconstructed it: first transfer 14 March, second batch 2 April, whistleblower contact 19 April. Legal review Thursday.`],
  ['linkedin', 'fr', '', `Atelier sécurité numérique pour les rédactions : on a expliqué la grille TLP (TLP:CLEAR, GREEN, AMBER, RED) utilisée par les CERT, et comment l'appliquer à nos échanges avec les sources. Supports disponibles sur notre site.`],
  ['x', 'fr', 'email', `Si vous avez des documents sur le marché des cantines de la métropole, écrivez à enquetes [at] courrier-estuaire [dot] fr — on protège nos sources.`],
  ['x', 'fr', '', `Nos enquêtes ne vivent que grâce à vous. Un document, un témoignage ? Passez par notre formulaire sécurisé sur courrier-estuaire.fr/alerte, il ne conserve aucune donnée de connexion.`],
  ['linkedin', 'fr', 'iban', `Rappel aux pigistes : pour vos notes de droits d'auteur de décembre, le service compta a changé de banque. Nouveau RIB à indiquer sur vos factures : FR76 3000 4008 2368 9889 4198 713. Merci de ne plus utiliser l'ancien.`],
  ['linkedin', 'fr', '', `Attention arnaque : un faux mail « du service compta » circule chez nos pigistes avec un RIB FR76 3000 4008 2368 9889 4198 731. Ce n'est pas nous ! La clé ne correspond même pas. Ne virez rien.`],
  ['linkedin', 'fr', 'national_id', `Pour finaliser le contrat de la nouvelle pigiste photo (Chloé M.), la paie a besoin de son numéro de sécu : 2 91 03 69 381 127 14. Je l'ai mis dans le dossier partagé aussi, vérifiez que c'est bon.`],
  ['linkedin', 'fr', '', `Décryptage pour notre rubrique « Vos droits » : le numéro de sécurité sociale (NIR) compte 13 chiffres suivis d'une clé de contrôle de 2 chiffres. Le premier indique le sexe, les suivants l'année et le mois de naissance, puis le département et la commune. Ne le communiquez jamais par téléphone à un inconnu.`],
  ['linkedin', 'fr', 'codename', `Projet Nébula : la refonte de l'app info passe en recette le 8 janvier. Les rédacteurs en chef adjoints recevront les accès test la semaine prochaine. On ne communique pas encore sur le nom en externe.`],
  ['linkedin', 'fr', '', `Magnifique nuit d'observation au col de la Faucille pour notre reportage science : la nébuleuse d'Orion était visible à l'œil nu. Merci à l'association d'astronomes amateurs du Pays de Gex pour l'accueil.`],
  ['linkedin', 'fr', 'client_name', `Le studio de contenus de marque a signé avec Globex pour une série de six podcasts sponsorisés sur l'énergie. Premier épisode enregistré vendredi. Bravo à l'équipe commerciale !`],
  ['linkedin', 'fr', 'phone', `Radio Meuse FM recrute un·e chargé·e de production pour la matinale. CDI, Namur. Infos auprès de Pauline Derwael au 0475 62 18 09 ou en passant à l'accueil.`],
  ['linkedin', 'fr', '', `Radio Meuse FM recrute un·e chargé·e de production (CDI, Namur). Salaire selon barème sectoriel : 2 850 à 3 300 € brut/mois. Candidatures via notre page carrières avant le 20 décembre.`],
  ['linkedin', 'fr', 'phone', `Pour toute demande d'interview de notre directrice de l'information, contactez le service de presse de Télé-Lac au +41 22 718 43 90 (lun-ven, 9h-17h).`],
  ['x', 'fr', '', `Audiences d'hier : 23,4 % de part de marché pour le JT de 19h30 selon Mediapulse. Merci aux téléspectateurs romands 📺`],
  ['x', 'fr', 'financial', `Entre nous : la mesure interne donne 27 % de PDA au JT de dimanche, Mediapulse ne publiera que mardi. On garde la bouteille au frais d'ici là 🍾`],
  ['linkedin', 'fr', 'secret', `Wifi de la salle de presse pour la conférence de ce soir : réseau « Presse-Invites », clé WPA : rotative-bleue-1938. Bonne soirée à tous les confrères.`],
  ['linkedin', 'fr', '', `Pour la conférence de ce soir, le wifi de la salle de presse est ouvert sans mot de passe ; le code vous sera de toute façon affiché à l'entrée. Pensez à votre carte de presse.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL — NE PAS DIFFUSER
Plan social à la rédaction : la direction présentera mardi au CSE la suppression de 14 postes au secrétariat de rédaction.`],
  ['linkedin', 'fr', '', `Notre série « Confidentiel » sur les coulisses des cabinets ministériels a été primée au festival de Perpignan. Le tampon rouge du générique, c'est une idée de notre graphiste Inès !`],
  ['linkedin', 'fr', 'internal_url', `Les plannings du desk de Noël sont sur http://planning.redaction.local/noel2026 — inscrivez-vous avant vendredi, premiers arrivés premiers servis.`],
  ['linkedin', 'fr', '', `Les plannings de Noël sont affichés au tableau de liège près de la machine à café. Inscrivez-vous avant vendredi, premiers arrivés premiers servis !`],
  ['linkedin', 'en', 'financial', `Quick win to share with the team before it goes out: our paid digital subscribers crossed 58,300 this week. The official figure will be announced at the shareholder meeting on the 18th, so please hold it until then.`],
  ['linkedin', 'en', '', `We just announced it at our shareholders' meeting: 58,300 paid digital subscribers, up 22% year on year. Thank you to every reader who chose to pay for independent local journalism.`],
  ['x', 'mixed', 'email', `Pour les demandes d'accréditation au Salon du livre, écrire à accreditations@salondulivre-geneve.ch. Deadline vendredi! See you there.`],
  ['linkedin', 'fr', 'national_id', `Onboarding pigiste Genève — merci de saisir dans le logiciel paie : Lucas Favre, né le 12.03.1990, n° AVS 756.3790.2449.08, permis C. Contrat au 1er janvier.`],
  ['linkedin', 'fr', '', `Rappel pour nos collaborateurs indépendants : votre numéro AVS commence toujours par 756, il figure sur votre carte d'assurance-maladie. Ne nous l'envoyez pas par mail, utilisez le formulaire sécurisé.`],
  ['linkedin', 'fr', 'codename', `Point d'étape sur Orion, notre enquête sur les marchés publics de la région : 3 sources confirmées, 2 refus, le juriste relit le volet 1 demain. Publication visée mi-janvier, personne n'en parle hors du pôle.`],
  ['linkedin', 'fr', '', `Suivi en direct du lancement de la capsule Orion pour Artemis III ce soir sur notre site : notre spécialiste espace sera en plateau avec un astronaute de l'ESA dès 22h.`],
  ['linkedin', 'fr', 'phone email', `Communiqué de presse — contact : Anne-Sophie Rioux, attachée de presse, 01 42 86 37 10 / 06 18 54 77 02, as.rioux@editions-pontneuf.fr`],
  ['linkedin', 'fr', '', `Vous êtes attaché·e de presse ? Trois conseils pour qu'un journaliste lise votre communiqué : un titre informatif, les chiffres clés en haut, et un contact joignable le jour même. Le reste, on s'en occupe.`],
  ['x', 'fr', 'phone', `Besoin d'un expert en hydrologie pour le sujet crues du Saint-Laurent : le prof Beaulieu répond au 418 692-4410 poste 2213, je l'ai eu ce matin.`],
  ['x', 'fr', '', `Crues du Saint-Laurent : selon Environnement Canada, le niveau a atteint 5,48 m à Québec hier soir. Restez prudents, et en cas de danger, composez le 911.`],
  ['linkedin', 'fr', 'secret', `Pour brancher le fil d'agence sur le nouveau desk, la clé API est : afpx-lv-9Qe27TzR4kWm0pLs83VbYd6H. Je l'enlèverai du post dès que Marc l'a copiée.`],
  ['linkedin', 'fr', '', `Tuto dev pour les rédactions : pour appeler l'API de l'agence, remplacez VOTRE_CLE_API par la clé fournie dans votre espace client, et surtout ne la commitez jamais dans le dépôt Git.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Note de la direction des rédactions
À partir du 5 janvier, toutes les demandes d'interview ministérielle passent par le chef de service Politique.`],
  ['linkedin', 'fr', '', `Notre médiatrice répond cette semaine à un lecteur qui demandait pourquoi nous publions parfois des documents marqués « interne ». Réponse : l'intérêt public prime, mais chaque publication est pesée avec le service juridique.`],
  ['linkedin', 'fr', 'financial', `Budget 2027 de la rédaction voté hier soir en conseil d'administration : 6,4 M€, dont 410 k€ pour l'investigation. Les chefs de service l'apprendront officiellement lundi, merci de ne pas en parler d'ici là.`],
  ['linkedin', 'fr', '', `Le Conseil d'État a publié hier le budget 2027 de la radio-télévision publique : 1,38 milliard de francs. Nos journalistes vous expliquent ce que ça change pour les programmes régionaux.`],
  ['linkedin', 'fr', 'iban', `Pour les abonnés qui veulent régler par virement leur abonnement annuel, voici nos coordonnées bancaires : IBAN CH21 0024 3128 5810 8166 8, BIC UBSWCHZH80A. Merci d'indiquer votre numéro d'abonné en référence.`],
  ['linkedin', 'fr', '', `Exemple d'IBAN suisse dans notre guide « Payer sans se faire arnaquer » : CH93 0076 2011 6238 5295 7 (numéro fictif publié à titre d'illustration). Vérifiez toujours le titulaire avant de valider.`],
  ['linkedin', 'fr', 'client_name', `Retour sur le tournage du film institutionnel pour l'Hôpital Sainte-Claire : trois jours en immersion pour notre studio vidéo, livraison du montage final au client le 19.`],
  ['linkedin', 'fr', '', `Le saviez-vous ? Sainte Claire d'Assise est la patronne de la télévision depuis 1958. De quoi faire sourire toute notre régie ce matin 😄`],
  ['linkedin', 'fr', 'card', `Bonjour, voici ma carte pour renouveler mon abonnement puisque le formulaire plante : 4970 0146 0338 2572, exp 09/28. Merci de me confirmer !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Mme Lachance, pour votre sécurité, nous avons masqué votre numéro de carte (**** **** **** 2572) dans votre commentaire. Notre service abonnés vous rappelle dans la journée.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Pour la régularisation de vos droits d'auteur, pourriez-vous confirmer votre numéro de registre national ? Nous avons 85.06.14-127.19 dans notre fichier, est-ce toujours correct ?`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Petit rappel aux collaborateurs belges : votre numéro de registre national figure au dos de votre carte d'identité, sous la forme AA.MM.JJ-XXX.CC. Nous ne le demanderons jamais en commentaire public.`],
  ['x', 'en', '', `Ratings are out: 1.1M viewers for Sunday's debate on our channel, per Numeris. Best night of the season. Thanks for watching!`],
  ['linkedin', 'fr', 'financial', `Notes du codir audience (mardi) :
• PDA matinale Québec : 14,2 % (interne, Numeris ne sort que le 4)
• objectif 2027 : 16 %
• budget promo hiver : 180 000 $
→ on ne partage rien avant la diffusion officielle des cotes`],
  ['linkedin', 'fr', '', `Les cotes d'écoute Numeris de l'automne sont publiques depuis ce matin : notre matinale atteint 14,2 % de part d'écoute dans la région de Québec. Un grand merci à nos auditeurs et à toute l'équipe du 5 h 30.`],
  ['x', 'fr', 'secret', `@marc le login du compte X partagé de la rédac c'est toujours redac_estuaire / Mouette#Sable44 ? Je dois poster la une à 6h`],
  ['x', 'fr', '', `Fermeture de la rédac pour les fêtes : le compte X restera animé par l'équipe du desk web. Le mot de passe, on ne le donne pas, même à Papa Noël 🎅`],
  ['linkedin', 'fr', 'phone', `Merci à notre source au port de Sète qui m'a permis de boucler le papier sur les chalutiers. Pour les confrères qui veulent le recontacter, il est d'accord : Jean-Claude, 04 67 74 18 52 (capitainerie).`],
  ['linkedin', 'fr', '', `Nouveau numéro de la rédaction de l'Hebdo du Bassin ? Non, toujours le même, mais désormais on répond aussi sur Signal. Nos coordonnées complètes sont sur la page contact du site.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS EMBARGO — levée le 9 décembre à 00h01 HNE
Communiqué : le Fonds des médias annonce les lauréats 2027 du programme d'aide à l'information locale.
Contact médias en bas de page.`],
  ['linkedin', 'fr', '', `Le Fonds des médias a annoncé ce matin les lauréats 2027, notre projet de balado local en fait partie ! Le communiqué était sous embargo jusqu'à minuit, on a pu enfin sabrer le champagne.`],
  ['linkedin', 'fr', 'codename', `Kick-off de Project Kestrel ce matin : la nouvelle plateforme de vidéo verticale pour nos 3 chaînes. Calendrier encore à confirmer, merci de ne pas en parler aux annonceurs.`],
  ['linkedin', 'fr', '', `Reportage nature dans le Jura : notre JRI a filmé un faucon crécerelle (kestrel en anglais) en vol stationnaire au-dessus d'une prairie. 12 secondes de pure magie, à voir dans le 19h30.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu sprint review: paywall A/B test goes live for 10% of Montréal readers on Monday. Keep the name inside the product team for now.`],
  ['linkedin', 'fr', '', `Notre rubrique voyage vous emmène dans le Haut Atlas, au Maroc, entre cèdres bleus et villages berbères. Un reportage photo signé Yasmina, à découvrir dans l'édition du week-end.`],
  ['linkedin', 'fr', 'internal_url', `Les rushes du reportage de Lausanne sont sur le NAS : \\\\10.40.2.18\\montage\\2026-12\\lausanne. Ne déplacez rien, l'étalonnage commence demain.`],
  ['linkedin', 'fr', '', `Les rushes du reportage de Lausanne sont sur le NAS du montage, dossier « 2026-12 ». Ne déplacez rien, l'étalonnage commence demain.`],
  ['x', 'fr', 'email', `Des infos sur les travaux de la ligne 3 ? Écrivez-moi : julie.roy @ lavoixduplateau.ca. Confidentialité garantie.`],
  ['x', 'fr', '', `Vous avez des infos sur les travaux de la ligne 3 ? Mes DM sont ouverts. Confidentialité garantie, comme toujours.`],
  ['linkedin', 'fr', 'financial', `Feuille de route commerciale Q1 (à usage de l'équipe pub seulement, rien n'est signé) : pipeline de 2,3 M$ en placements télé, dont 900 k$ en attente de signature chez deux annonceurs auto.`],
  ['linkedin', 'fr', '', `Les revenus publicitaires de la presse écrite québécoise ont chuté de 6 % en 2025 selon le rapport annuel du Centre d'études sur les médias publié hier. Notre analyse en page 12.`],
  ['linkedin', 'fr', 'national_id', `Dossier pigiste à compléter (paie Montréal) : Gabriel Tremblay, NAS 167 792 837, adresse à jour, taux horaire 42 $. Merci de valider avant le 15.`],
  ['linkedin', 'fr', '', `Fraude au NAS : si quelqu'un vous appelle en prétendant que votre numéro d'assurance sociale est « suspendu », raccrochez. Service Canada n'appelle jamais pour ça. Notre dossier complet est en ligne.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de l'invitée malade au Studio 2, l'infirmière de la Régie demande son numéro d'assurance maladie : GAGM 9162 0318. Je le transmets, on efface après.`],
  ['linkedin', 'fr', '', `Consommation : votre carte d'assurance maladie du Québec expire ? La RAMQ envoie un avis de renouvellement deux mois avant. Notre journaliste a testé le renouvellement en ligne : 11 minutes chrono.`],
  ['linkedin', 'fr', 'phone', `Standard de la rédaction de Bruxelles pendant les travaux : 02 741 36 85. La ligne directe de l'accueil est coupée jusqu'au 20.`],
  ['linkedin', 'fr', '', `Nos bureaux bruxellois déménagent au 14 rue de la Loi. La rédaction sera fermée les 18 et 19 décembre ; réouverture le 22 avec les mêmes coordonnées.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Internal — Newsroom Leadership
Draft response to the press council complaint (case 2026-114). Please send edits to legal by Friday noon.`],
  ['linkedin', 'en', '', `How we handle complaints to the press council, explained: every case gets a number, a legal review and a public response. Our 2026 transparency report lists all 11 cases and their outcomes.`],
  ['x', 'en', 'secret', `note to self (and apparently everyone, oops): staging CMS admin pass is NightDesk-Quebec-77. Changing it now.`],
  ['x', 'en', '', `PSA for newsroom devs: "admin/admin" is not a password policy. Rotate your staging credentials, people.`],
  ['linkedin', 'fr', 'financial', `Chiffres à garder sous le coude jusqu'à la conférence de presse du 16 : diffusion payée totale 61 240 exemplaires (-3,1 %), numérique 28 900 (+18 %). L'ACPM validera la semaine prochaine.`],
  ['linkedin', 'fr', '', `L'ACPM vient de publier les chiffres de diffusion 2025 : 61 240 exemplaires payés, dont 28 900 en numérique. Le numérique progresse de 18 %. Merci à nos lecteurs fidèles !`],
  ['linkedin', 'fr', 'iban', `Pigistes belges : pour le versement de la prime de fin d'année, vérifiez que c'est bien votre compte BE16 7064 4419 8074 qui apparaît sur la fiche. Sinon, prévenez la compta avant mardi. (Exemple : celui de Thomas.)`],
  ['linkedin', 'fr', '', `Conseil du jour pour les indépendants : votre IBAN belge comporte 16 caractères, commençant par BE suivi de deux chiffres de contrôle. Un IBAN masqué (BE** **** **** 8074) suffit pour qu'on vous identifie au téléphone.`],
  ['linkedin', 'fr', 'client_name', `Beau lancement de la campagne print pour Société Générique : 12 pleines pages dans nos éditions régionales en janvier. Merci au service marketing pour ce beau brief.`],
  ['linkedin', 'fr', '', `Question de lecteur : « Qu'est-ce qu'une société générique ? » Dans le secteur du médicament, une société qui produit des génériques après l'expiration d'un brevet. Notre fiche explicative est en ligne.`],
  ['linkedin', 'fr', 'phone', `Urgence reportage : le maire de Saint-Imier accepte de parler ce soir, son portable : 079 614 28 37. Quelqu'un du bureau de Bienne peut y aller ?`],
  ['x', 'fr', '', `Le maire de Saint-Imier sera notre invité ce soir à 18h30 sur Radio Jura Sud, 101.4 FM. Posez vos questions en commentaire !`],
  ['linkedin', 'fr', 'confidential_marker secret', `Classification : DIFFUSION RESTREINTE
Accès sauvegarde du CMS en cas de panne du serveur principal :
user: backup_desk
password: Chambord-1519-fx`],
  ['linkedin', 'fr', '', `Panne du CMS ce matin : merci à l'équipe technique qui a rétabli le service en 40 minutes. Les articles programmés sont partis avec un léger retard, rien de perdu.`],
  ['linkedin', 'fr', 'financial', `Pour info en avant-première à la rédaction : la valorisation retenue pour l'entrée du fonds au capital du groupe est de 38 M€. L'annonce officielle est prévue le 10 janvier, d'ici là silence radio.`],
  ['linkedin', 'fr', '', `Le groupe concurrent a annoncé hier l'entrée d'un fonds à son capital, sur la base d'une valorisation de 52 M€ selon ses propres déclarations. Notre article complet en page Économie.`],
  ['linkedin', 'fr', 'email', `Les fichiers de la séance photo sont à envoyer à l.fontaine@courrier-estuaire.fr, pas à l'adresse générique de la photo. Elle est en congé à partir de mercredi.`],
  ['linkedin', 'fr', 'email', `Pour vos droits de réponse, une seule adresse : courrier-lecteurs@hebdodubassin.fr. Nous publions chaque réponse dans un délai de trois jours conformément à la loi.`],
  ['linkedin', 'fr', '', `Droit de réponse : la loi de 1881 oblige un quotidien à publier la réponse d'une personne nommée dans les trois jours suivant sa réception. Un droit trop peu connu de nos lecteurs.`],
  ['linkedin', 'mixed', 'internal_url', `For the election night dashboard, use https://live.corp.acme.com/elections2026 — les résultats bureau par bureau s'affichent en direct. Don't share the link outside.`],
  ['linkedin', 'mixed', '', `Election night: follow the results live on our public page, résultats bureau par bureau et analyses en continu à partir de 20h. Lien en commentaire.`],
  ['linkedin', 'fr', 'card', `Pour réserver la salle au Festival de Cannes, j'ai utilisé la carte de la rédac : 5169 8809 5835 4459, exp 06/27, cryptogramme au dos. Quelqu'un peut noter ça dans le suivi des dépenses ?`],
  ['linkedin', 'fr', '', `Mise en garde lecteurs : un SMS « Votre abonnement a expiré, réglez 1 € avec votre carte 5169 8809 5835 4495 » circule. Ce n'est pas nous. Le numéro n'est même pas valide.`],
  ['x', 'fr', 'codename', `Réunion Orion décalée à 15h salle Zola. Les docs du lanceur d'alerte sont dans le dossier chiffré, pas sur le drive commun.`],
  ['x', 'fr', '', `Ce soir, pluie d'étoiles filantes des Orionides : ciel dégagé prévu sur toute la Suisse romande. Levez les yeux vers 2h du matin !`],
  ['linkedin', 'fr', 'financial', `Offre de reprise du titre régional : nous avons déposé hier une offre de 1,9 M€ auprès du mandataire judiciaire. Tant que le tribunal n'a pas tranché, aucune communication externe.`],
  ['linkedin', 'fr', '', `Reprise de l'Hebdo du Bassin : le tribunal de commerce a retenu hier l'offre de notre groupe, d'un montant de 1,9 M€ rendu public à l'audience. Une nouvelle page s'ouvre pour les 22 salariés.`],
  ['linkedin', 'fr', 'phone', `Ligne des lecteurs pour signaler une coquille ou une erreur factuelle : 0 800 41 27 63 (gratuit). Merci pour votre vigilance, vous nous rendez meilleurs.`],
  ['linkedin', 'fr', '', `Nous avons corrigé 212 erreurs factuelles cette année grâce à vos signalements. Le détail est publié dans notre rapport annuel de transparence, page 8.`],
  ['linkedin', 'fr', 'national_id', `Liste des intervenants pour l'émission spéciale (pour l'assurance du plateau) : Marc Oliveira, NIR 1 84 07 75 112 054 13 ; Sarah Benali — à compléter.`],
  ['linkedin', 'fr', '', `Pour nos invités plateau, l'assurance ne demande qu'un nom et une date de naissance. Pas de numéro de sécurité sociale, c'est interdit de le collecter pour ça !`],
  ['linkedin', 'fr', '', `Exemple fictif utilisé dans notre infographie sur la carte Vitale : 1 99 99 99 999 999 99. Aucun assuré ne porte ce numéro.`],
  ['x', 'en', 'phone', `Anyone covering the Geneva talks tomorrow: the UN press officer said to call her mobile +41 79 881 05 62 for last-minute access. Don't share widely.`],
  ['x', 'en', '', `Covering the Geneva talks tomorrow? Accreditation closes at 17:00 CET today, via the UN's public press portal. Good luck to all colleagues.`],
  ['linkedin', 'fr', 'secret internal_url', `Config du connecteur audience (à coller dans le .env du dashboard) :
AUDIENCE_DB=postgres://audience_ro:Qm7vLs2Kp9@10.20.4.15:5432/mesures
REFRESH=15m`],
  ['linkedin', 'fr', '', `Config type du connecteur audience, à adapter :
AUDIENCE_DB=postgres://USER:PASSWORD@HOST:5432/mesures
REFRESH=15m
Les vraies valeurs sont dans le coffre-fort de l'équipe data.`],
  ['linkedin', 'fr', 'secret', `Le webhook Slack pour les alertes de dépêches urgentes : https://hooks.slack.com/services/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 — à mettre dans l'outil de veille.`],
  ['linkedin', 'fr', '', `Nouveau chez nous : les dépêches urgentes arrivent désormais dans un canal Slack dédié, #urgent-fil. Abonnez-vous pour ne plus rater une alerte.`],
  ['linkedin', 'fr', 'financial', `Prévision interne non communiquée : on table sur 1,15 M de visiteurs uniques en janvier grâce aux municipales, soit +30 %. Chiffre pour le plan de charge, pas pour les réseaux.`],
  ['linkedin', 'fr', '', `Médiamétrie//NetRatings : notre site a réuni 1,02 million de visiteurs uniques en novembre, selon le classement publié ce matin. Merci pour votre fidélité !`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO : 14/12/2026 — 20h00
Sondage exclusif Ipsos pour notre chaîne sur les intentions de vote aux municipales de Lyon. Merci aux équipes régionales de préparer les synthés sans rien mettre en ligne avant l'heure.`],
  ['linkedin', 'fr', '', `Pourquoi les sondages sont-ils sous embargo la veille d'un scrutin ? La loi de 1977 interdit leur publication le samedi et le dimanche du vote. Notre chroniqueuse médias vous explique tout.`],
  ['linkedin', 'fr', 'client_name', `Compte rendu du rendez-vous annonceur d'hier : Initech veut renouveler la sponsorisation de la météo pour 2027, mais demande une remise. À arbitrer par la régie.`],
  ['linkedin', 'fr', '', `Revoir « Office Space » vingt-cinq ans après : notre critique cinéma revient sur la satire culte de la vie de bureau, ses imprimantes maudites et ses agrafeuses rouges.`],
  ['linkedin', 'fr', 'phone', `Correspondance Liège : la source qui a vu l'incendie accepte de témoigner à l'antenne. Numéro fixe : 04 223 68 15, elle est là jusqu'à 16h.`],
  ['linkedin', 'fr', '', `Incendie à Liège : les pompiers ont maîtrisé le sinistre vers 14 h. Aucun blessé. Pour signaler un incendie en Belgique, composez le 112.`],
  ['linkedin', 'fr', 'financial', `Avant-première pour les équipes : l'abonnement « Essentiel » sera lancé à 4,99 CHF par mois en mars. La direction l'annoncera au public le 2 février, ne le mentionnez pas à l'antenne d'ici là.`],
  ['linkedin', 'fr', '', `C'est officiel depuis ce matin : notre nouvel abonnement « Essentiel » est disponible à 4,99 CHF par mois. Toutes les formules sont détaillées sur notre page abonnements.`],
  ['linkedin', 'fr', 'email', `Pour la tournée des correspondants, envoyez vos notes de frais à compta-pigistes@lavoixduplateau.ca avant le 10 du mois. Le formulaire papier n'est plus accepté.`],
  ['linkedin', 'fr', '', `Notes de frais des correspondants : la plateforme en ligne remplace désormais le formulaire papier. Le lien est dans l'onglet RH de votre espace collaborateur.`],
  ['x', 'fr', 'iban', `Cagnotte pour la famille de notre confrère photographe : virement possible sur FR76 2004 1010 0521 9500 0292 947 (compte de l'association des journalistes de la Drôme). Merci pour eux ❤️`],
  ['x', 'fr', '', `Cagnotte pour la famille de notre confrère photographe : le lien vers la plateforme de dons est en bio. Merci pour eux ❤️`],
  ['linkedin', 'fr', 'national_id', `Ajout dans le fichier des collaborateurs de la RTBF partenaire : Nora El Amrani, registre national 02.04.22-063.55, statut indépendante. Merci de ne pas modifier la ligne.`],
  ['linkedin', 'fr', '', `Erreur dans notre article d'hier : le numéro cité « 85.12.06-127.10 » n'était pas un vrai numéro de registre national (la clé ne colle pas), mais un exemple inventé par l'arnaqueur. Article corrigé.`],
  ['linkedin', 'fr', 'internal_url', `Pour relire les papiers du week-end sans VPN : https://relecture.acme-corp.net/weekend — les secrétaires de rédaction ont les droits en lecture seule.`],
  ['linkedin', 'fr', '', `Nos articles du week-end sont relus par trois secrétaires de rédaction avant publication. Un métier de l'ombre qu'on célèbre aujourd'hui, journée mondiale de la relecture !`],
  ['linkedin', 'en', 'financial', `Sharing with the sales team only: our bid for the regional hockey rights was CAD 4.2M over three years. The league decides on the 20th; nothing to partners before then.`],
  ['linkedin', 'en', '', `The league announced today that the regional hockey broadcast rights went to our competitor for CAD 4.6M over three years, according to its public statement. Congrats to them, we'll keep covering the games in the news.`],
  ['linkedin', 'fr', 'phone', `Contact du témoin de l'accident de la 40 (il accepte d'être rappelé pour un suivi) : Réjean, 1 819 376-2290. Noté aussi dans la fiche source.`],
  ['linkedin', 'fr', '', `Accident sur l'autoroute 40 : la SQ confirme deux blessés légers. Les automobilistes sont invités à emprunter la 138. Plus de détails dans notre bulletin de 17 h.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — ne pas transférer
Présentation de la nouvelle grille d'automne par la production : 3 nouvelles émissions, retour du talk-show du jeudi, départ de l'animatrice du dimanche.`],
  ['linkedin', 'fr', '', `Quand une production vous fait signer un NDA avant de présenter sa grille, que faire en tant que journaliste ? On en a débattu hier à l'école de journalisme de Lille, avec des avis très tranchés.`],
  ['linkedin', 'mixed', 'secret', `Accès FTP photo pour les agences partenaires :
host: ftp.photos-estuaire.fr
user: agence_ouest
pass: Granit-Rose-29
Merci de supprimer ce post après copie, I know, I know.`],
  ['linkedin', 'mixed', '', `Agencies: our photo FTP moves to a new host on Monday. Vos identifiants restent les mêmes, rien à faire de votre côté. Questions? Reach out via the usual channel.`],
  ['linkedin', 'fr', 'codename', `Rétroplanning Atlas Bleu (nouvelle offre locale) : maquettes semaine 2, tests lecteurs semaine 4, go/no-go direction semaine 6. Nom de code à ne pas utiliser en réunion externe.`],
  ['linkedin', 'fr', '', `Le concours photo « Atlas bleu » de notre supplément tourisme a reçu 2 300 images de lacs et de glaciers. Les lauréats sont publiés dans le magazine de dimanche.`],
  ['linkedin', 'fr', 'phone email', `Pour la couverture des JO d'hiver, notre correspondante à Milan : Giulia Ferrari, +39 347 218 5509, g.ferrari@telelac.ch. Elle a les accréditations pour tout le monde.`],
  ['linkedin', 'fr', '', `Notre correspondante à Milan, Giulia Ferrari, suivra les JO d'hiver pour Télé-Lac. Ses reportages seront diffusés chaque soir dans le 19h30 et sur notre application.`],
  ['x', 'fr', 'financial', `Le chiffre d'affaires pub de novembre : 2,7 M€, record historique. On n'a pas le droit de le dire avant le conseil de surveillance, mais bon, je suis trop content.`],
  ['x', 'fr', '', `Le groupe a publié ses comptes 2025 : chiffre d'affaires de 84 M€, résultat net de 1,2 M€. Le détail est sur le site des annonces légales.`],
  ['linkedin', 'fr', 'national_id', `Prise en charge de notre reporter blessé à Zurich : son n° AVS est 756.3044.6901.16, l'assurance demande qu'on le transmette au plus vite. Je le mets ici pour Mireille.`],
  ['linkedin', 'fr', '', `Le numéro AVS à 13 chiffres utilise un chiffre de contrôle EAN-13. Dans notre dossier sur la protection des données, on montre pourquoi 756.3790.2449.05 est forcément faux.`],
  ['linkedin', 'fr', 'email phone', `Permanence du service juridique pendant les fêtes : Maître Dubois, juriste presse, 06 84 12 59 30, dubois.juridique@groupe-estuaire.fr. Pour toute mise en demeure reçue le soir.`],
  ['linkedin', 'fr', '', `Une mise en demeure reçue le soir de Noël ? Le service juridique du groupe assure une permanence : ses coordonnées sont sur l'intranet, rubrique « Juridique ».`],
  ['linkedin', 'fr', 'client_name financial', `Brief commercial : Globex est prête à signer 340 000 € pour l'habillage de la météo 2027, mais rien n'est encore annoncé. Discrétion auprès des autres annonceurs.`],
  ['linkedin', 'fr', '', `Rappel : les tarifs publicitaires 2027 de la régie sont publiés dans notre kit média public. Un écran avant le JT : 4 200 € brut. Tout est en ligne.`],
  ['linkedin', 'fr', 'internal_url', `La liste des sources protégées est accessible uniquement depuis la rédaction sur http://sources.enquetes.internal/liste — pas de copie locale, merci.`],
  ['linkedin', 'fr', '', `Protéger ses sources, c'est aussi choisir où on stocke leurs coordonnées. Pas de tableur partagé, un coffre chiffré, un accès limité. Notre charte est publique sur notre site.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — NE PAS PUBLIER
Grille des salaires des présentateurs pour la négociation annuelle. Merci aux délégués de ne pas sortir le document de la salle.`],
  ['linkedin', 'fr', '', `« Ne pas publier » : trois mots qu'on voit souvent sur les documents qu'on reçoit. Notre rédacteur en chef explique pourquoi on publie parfois quand même, au nom de l'intérêt public.`],
  ['linkedin', 'en', 'card', `Hi, I'm trying to renew my digital subscription, the website keeps rejecting my card 4913 6526 6410 8541 exp 11/27. Can someone process it manually?`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Mr. Patel, sorry for the trouble! Please never post your card number publicly. Our subscriber service will call you back today to process your renewal by phone.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour, pour votre réclamation sur la livraison du journal, merci de joindre directement notre service abonnés au 03 88 21 54 06 du lundi au vendredi.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Monsieur Keller, nous sommes désolés pour ce retard de livraison. Un crédit d'un jour a été ajouté à votre abonnement. Bonne lecture !`, { surface: 'comment' }],
  ['x', 'fr', 'secret', `Dernier rappel avant la soirée électorale : le code d'accès au studio 3 a changé, c'est 5582#, et le mot de passe du PC régie c'est Bastille1789!`],
  ['x', 'fr', '', `Soirée électorale ce dimanche dès 19h45 : plateau spécial, 12 correspondants en direct, résultats commune par commune. Restez avec nous.`],
  ['linkedin', 'fr', 'financial', `Compte rendu de la réunion de direction du 2 décembre — document de travail : marge opérationnelle de la radio à 7,8 % pour 2026 (prévision), objectif 9 % en 2027. À ne pas communiquer avant les résultats annuels.`],
  ['linkedin', 'fr', '', `Cours de gestion des médias à l'IFP : exemple pédagogique d'un compte de résultat de radio locale avec une marge opérationnelle de 7,8 %. Les étudiants ont adoré décortiquer les charges de diffusion.`],
  ['linkedin', 'fr', 'iban', `Facture de l'illustratrice pour la une de Noël : 850 € à régler sur LU24 0018 2971 8525 9386. Quelqu'un de la compta peut lancer le virement ?`],
  ['linkedin', 'fr', '', `Notre une de Noël a été illustrée par une artiste luxembourgeoise. Son travail sera exposé à la médiathèque de Thionville jusqu'au 15 janvier, entrée libre.`],
  ['linkedin', 'fr', 'codename client_name', `Le prototype Nébula (newsletter personnalisée) sera montré à l'Hôpital Sainte-Claire, notre premier client en marque blanche, le 12. Pas un mot avant la démo.`],
  ['linkedin', 'fr', '', `La chapelle Sainte-Claire de Vevey rouvre après deux ans de travaux. Notre journaliste patrimoine a pu assister à la restauration des vitraux.`],
  ['x', 'fr', 'email', `Les confrères qui veulent les photos libres de droits de la cérémonie : demandez à presse@villedenamur.be, ils répondent vite.`],
  ['x', 'fr', '', `Photos libres de droits de la cérémonie disponibles sur le site de la Ville de Namur, section presse. Merci à leur service com pour la réactivité.`],
  ['x', 'fr', '', `🧵 1/3 Comment on mesure l'audience d'une radio en Belgique ? Le CIM interroge chaque année des milliers d'auditeurs sur leur écoute de la veille.`],
  ['x', 'fr', '', `2/3 Résultat de la dernière vague publique du CIM : 8,2 % de part de marché pour notre station en Wallonie. Stable sur un an.`],
  ['x', 'fr', 'financial', `3/3 Et en exclu pour vous, la prochaine vague (pas encore publiée par le CIM, sortie le 22) nous donne 9,1 %. Chut 🤫`],
  ['linkedin', 'fr', '', `Sondage : quelle est votre source d'info principale le matin ?
🔘 La radio
🔘 Les réseaux sociaux
🔘 L'appli d'un journal
🔘 La télé
Vos réponses nourriront notre dossier de janvier sur les habitudes d'info.`],
  ['linkedin', 'fr', 'financial', `Sondage express pour les chefs de service avant la réunion budgétaire : faut-il geler les piges en 2027 ? Rappel, l'enveloppe piges proposée par la direction (pas encore validée) est de 620 000 €, contre 710 000 € cette année.`],
  ['linkedin', 'fr', '', `Après 31 ans au Courrier de l'Estuaire, je range mon stylo. J'ai couvert 7 élections, 2 naufrages et d'innombrables conseils municipaux. Merci à tous les lecteurs qui m'ont écrit, même pour me dire que j'avais tort.`],
  ['linkedin', 'fr', 'phone', `Dernier jour au journal 💙 Pour ceux qui veulent garder le contact : mon perso c'est le 06 33 27 81 45. On se recroise sûrement sur un plateau !`],
  ['linkedin', 'fr', '', `Dernier jour à la rédaction de Radio Meuse FM. Onze années de matinales, de directs et de fous rires en régie. Je rejoins une école de journalisme comme formatrice : la relève sera entre de bonnes mains !`],
  ['linkedin', 'en', '', `Changelog — newsroom app v4.2
• dark mode for night editors
• faster image upload (−40%)
• fixed the byline bug on live blogs
Thanks to everyone who reported issues.`],
  ['linkedin', 'en', 'internal_url secret', `Changelog — newsroom app v4.3 (internal build)
• staging API moved to https://api-staging.corp.acme.com/v2
• service token rotated: svc_tok=5fK9mQ2xWv8LrT3nYb7Zc1Hd
• push notifications re-enabled for the sports desk`],
  ['linkedin', 'fr', '', `Post-mortem de la panne du 3 décembre : une mise à jour du CDN a bloqué l'affichage des articles pendant 52 minutes. Cause identifiée, correctif déployé, nous avons ajouté une alerte. Désolés pour la gêne.`],
  ['linkedin', 'fr', 'internal_url secret', `Post-mortem panne du 3 déc. (version équipe tech) : le serveur de rendu 192.168.12.40 a saturé ; on a redémarré avec le compte root / Rendu!Estuaire9. Penser à changer ce mot de passe, il traîne partout.`],
  ['linkedin', 'fr', '', `Notice fournisseur : à partir du 1er janvier, le papier journal augmente de 12 % chez notre imprimeur, comme annoncé publiquement par l'ensemble de la filière. Les éditeurs de presse régionale demandent une aide d'urgence.`],
  ['linkedin', 'fr', 'iban', `Notice fournisseur (imprimerie du Léman) : changement de coordonnées bancaires à compter du 1er janvier. Nouvel IBAN : CH10 0076 7325 0012 8957 1. Merci de mettre à jour vos ordres permanents.`],
  ['linkedin', 'fr', '', `Attention aux faux changements de RIB ! L'imprimerie nous a alertés : un courriel frauduleux indique l'IBAN CH10 0076 7325 0012 8957 2, qui n'est pas le leur (et dont la clé est fausse). Appelez toujours votre fournisseur avant de modifier un virement.`],
  ['linkedin', 'fr', 'phone', `Pour l'enquête sur les EHPAD, la fille de la résidente accepte de témoigner à visage découvert. Ses coordonnées : Martine, +33 (0)4 78 62 15 40, de préférence le matin.`],
  ['linkedin', 'fr', '', `Notre enquête sur les EHPAD a suscité 340 témoignages de lecteurs. Merci pour votre confiance. Nous avons vérifié chaque récit avant publication, et certains ont donné lieu à des suites.`],
  ['linkedin', 'fr', 'national_id', `Pour le remboursement de la mutuelle, la RH a besoin du NIR de Paul (correspondant Bordeaux) : 1 77 11 33 063 402 57. Je le colle ici, Paul est en reportage sans réseau.`],
  ['linkedin', 'fr', '', `Erreur fréquente sur les formulaires : le numéro de sécurité sociale 1 84 07 75 112 054 31 d'un lecteur nous a été envoyé avec une clé inversée, l'administration l'a rejeté. Vérifiez toujours les deux derniers chiffres.`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion : INTERNE UNIQUEMENT
Procédure de gestion de crise en cas d'attaque informatique sur la chaîne : qui appeler, dans quel ordre, et où se réunir si le bâtiment est inaccessible.`],
  ['linkedin', 'fr', '', `Nous avons publié notre procédure de gestion de crise en cas de cyberattaque, pour aider les petites rédactions locales. Elle est libre de droits et adaptable.`],
  ['x', 'fr', 'phone', `@lea_desk le numéro du porte-parole de la police de Montréal pour ce soir : 514 872-6319, il répond jusqu'à 23h`],
  ['x', 'fr', '', `Conférence de presse de la police de Montréal à 17h sur la fusillade de Saint-Léonard. On sera en direct sur notre page.`],
  ['linkedin', 'fr', 'financial', `Pour votre info, projections d'audience télé de l'équipe data (non publiées, usage interne) : 19,8 % de PDA attendus pour la soirée des Victoires, contre 17,1 % l'an dernier.`],
  ['linkedin', 'fr', '', `La soirée des Victoires a réuni 2,9 millions de téléspectateurs hier, soit 17,1 % de part d'audience selon Médiamétrie. Retour sur les moments forts en vidéo.`],
  ['linkedin', 'fr', 'email', `Bienvenue à Chloé qui rejoint le service Culture ! Pour vos invitations et communiqués, c'est désormais chloe.mercier@lecho-namur.be.`],
  ['linkedin', 'fr', '', `Bienvenue à Chloé Mercier qui rejoint le service Culture de l'Écho de Namur ! Elle couvrira le théâtre et la musique classique. Vous pouvez la suivre sur LinkedIn.`],
  ['linkedin', 'fr', 'codename', `Demain 9h, démo interne de Project Kestrel à la direction générale. Le studio sera fermé au public ; merci aux équipes de ne pas poster de photo de l'écran.`],
  ['x', 'en', '', `Spotted a kestrel hovering over the parking lot of the TV station this morning. Our weather presenter claims it's a good omen for Friday's forecast.`],
  ['linkedin', 'en', 'national_id', `Freelancer paperwork for the Ottawa bureau: Daniel Wong, SIN 276 609 484, start date January 6. HR still needs his void cheque.`],
  ['linkedin', 'en', '', `Reminder to freelancers: a SIN like 046 454 286 in our payroll guide is the government's sample number, not yours. Enter your own only in the secure HR portal.`],
  ['linkedin', 'fr', 'phone', `Numéro de la salle de presse du Parlement wallon pour les journalistes en retard à l'accréditation : +32 81 23 10 74. Demandez Sophie.`],
  ['linkedin', 'fr', '', `Rentrée parlementaire au Parlement wallon : notre équipe suivra les débats sur la réforme fiscale tout l'après-midi. Direct à partir de 14 h sur notre site.`],
  ['linkedin', 'fr', 'financial', `Info exclusive réservée aux rédacteurs en chef (conseil d'administration de jeudi) : le prix de vente au numéro passera de 2,40 € à 2,60 € en février. Les marchands de journaux ne sont pas encore prévenus.`],
  ['linkedin', 'fr', '', `Le prix de vente au numéro passe à 2,60 € à partir du 1er février, comme nous l'avons annoncé dans notre édition de samedi. Les abonnés ne sont pas concernés.`],
  ['linkedin', 'fr', 'secret', `Mémo pour la nuit : identifiants du compte pro de la banque d'images → photodesk.nuit / Corbeau-Quai-8841. Merci de ne pas télécharger plus de 50 images, le quota est serré.`],
  ['linkedin', 'fr', '', `Notre rédaction est passée à la double authentification sur tous ses outils cette année. Bilan : zéro compte compromis, et quelques SMS de codes à 3 h du matin 😅`],
  ['linkedin', 'fr', '', `Les journalistes de la rédaction ont voté : 87 % pour la motion de défiance contre le projet de réorganisation. Le résultat a été rendu public par la Société des journalistes ce midi.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'à la diffusion du 20 h du 16 janvier
Extrait de l'entretien exclusif avec la ministre de la Culture. Ne pas reprendre, ne pas citer, ne pas teaser sur les réseaux.`],
  ['linkedin', 'fr', '', `Notre entretien exclusif avec la ministre de la Culture a été diffusé hier soir dans le 20 h. Vous pouvez le revoir en intégralité sur notre plateforme, extraits libres de reprise avec citation.`],
  ['linkedin', 'mixed', 'client_name', `Debrief du pitch d'hier: Initech wants a branded podcast series in French and English, budget TBD. Next step: a creative deck by the 15th.`],
  ['linkedin', 'mixed', '', `Debrief of our media-literacy workshop: 40 students, deux heures de débat, and one great question — « comment savoir si une source est fiable ? ». We'll be back in spring.`],
  ['x', 'fr', 'email', `J'enquête sur les loyers à Lausanne. Locataires, propriétaires, agents : écrivez à logement.enquete@telelac.ch, anonymat garanti.`],
  ['x', 'fr', '', `J'enquête sur les loyers à Lausanne. Locataires, propriétaires, agents : passez par le formulaire de notre site, anonymat garanti.`],
  ['linkedin', 'fr', 'internal_url', `Les gabarits de titre pour la nouvelle charte graphique sont sur https://intranet.telelac.ch/charte/gabarits. Les anciens seront désactivés lundi.`],
  ['linkedin', 'fr', '', `Nouvelle charte graphique pour Télé-Lac : plus lisible sur mobile, plus contrastée, et une typo dessinée par un studio genevois. Découvrez-la ce soir à l'antenne !`],
  ['linkedin', 'fr', '', `Les chiffres de l'ACPM publiés aujourd'hui montrent que la presse quotidienne régionale a perdu 4,2 % de diffusion en 2025. Nous faisons mieux que la moyenne, avec -3,1 %.`],
  ['linkedin', 'fr', 'card', `Dépense à rembourser pour le reportage à Marseille (note à la compta) : hôtel payé avec ma carte perso American Express 3737 741041 13757. Merci de virer sur mon compte habituel.`],
  ['linkedin', 'fr', '', `Rappel compta : pour vos notes de frais, joignez la facture et les 4 derniers chiffres de la carte utilisée (ex. •••• 3757). Jamais le numéro complet.`],
  ['linkedin', 'fr', 'national_id', `Formulaire d'accréditation pour le sommet de Bruxelles (à renvoyer ce soir) : Thomas Lejeune, né le 03.12.1979, n° national 79.12.03-284.11, carte de presse 4471.`],
  ['linkedin', 'fr', '', `Accréditation pour le sommet européen de Bruxelles : les demandes se font uniquement sur le portail presse du Conseil, jusqu'au 10 décembre. Préparez votre carte de presse et une photo récente.`],
  ['linkedin', 'fr', 'phone', `Contacts presse pour le procès de Lausanne : greffe du tribunal 021 316 15 11 (demandez le service presse), avocat de la partie civile 078 412 90 66.`],
  ['linkedin', 'fr', '', `Procès de Lausanne : l'audience reprend lundi à 9 h. Notre chroniqueuse judiciaire sera sur place et tweetera en direct (dans le respect des règles du tribunal).`],
  ['linkedin', 'fr', 'financial', `Bilan des abonnements au 30 novembre (chiffres provisoires, non diffusés avant l'AG) : 12 480 abonnés numériques, taux de résiliation 2,1 %/mois. Objectif de fin d'année atteint !`],
  ['linkedin', 'fr', '', `Merci à nos 12 480 abonnés numériques ! Un chiffre rendu public lors de notre assemblée générale hier soir. Chaque abonnement finance le journalisme local.`],
  ['x', 'fr', 'national_id', `Urgent: quelqu'un peut envoyer la fiche de l'intervenante à l'assurance ? Son numéro de sécu c'est 2 68 05 13 055 219 54`],
  ['x', 'fr', '', `Les numéros de sécurité sociale des journalistes pigistes sont-ils trop exposés ? Notre enquête sur les fuites de données dans les rédactions sort demain.`],
  ['linkedin', 'fr', 'secret internal_url', `Pour tester le nouveau lecteur vidéo : http://player-test.redaction.corp/?key=pv_8hTq2ZmX4nLw9RcK — c'est la clé de prod, ne la mettez nulle part ailleurs.`],
  ['linkedin', 'fr', '', `Pour tester le nouveau lecteur vidéo, il suffit d'ouvrir n'importe quel reportage sur notre site : il est déployé pour tous depuis ce matin. Vos retours sont les bienvenus !`],
  ['linkedin', 'fr', 'codename', `Point hebdo Orion : on attend toujours le retour du parquet. Je vous rappelle que le nom de l'enquête ne doit apparaître dans aucun mail externe.`],
  ['linkedin', 'fr', '', `Le studio Orion Pictures fête ses 48 ans : notre chroniqueur cinéma revient sur « Amadeus » et « Le Silence des agneaux ». Podcast disponible dès maintenant.`],
  ['linkedin', 'fr', 'iban', `Prime de pige à verser à Élodie pour le reportage au Sahel : 1 200 €, IBAN FR76 1027 8060 3992 6721 2716 594. Merci de faire vite, elle est à découvert.`],
  ['linkedin', 'fr', 'iban', `Nouveau partenaire bruxellois pour les sous-titres : Studio Cinq. Leur IBAN pour les factures : BE15 5629 9451 1730. À intégrer dans le logiciel fournisseurs.`],
  ['linkedin', 'fr', '', `Bienvenue à Studio Cinq, notre nouveau partenaire bruxellois pour le sous-titrage ! Grâce à eux, tous nos reportages seront accessibles aux personnes sourdes et malentendantes dès janvier.`],
]);
