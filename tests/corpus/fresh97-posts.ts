import { rows } from './corpus-types';

/**
 * Held-out set "fresh97": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh97`.
 * First scored: 2026-12-05 on 43881f8 (unseen, before any fix from it): confidentiality macro F1 0.976 / 3.4 % (4 of 118).
 *
 * Authors: teachers, school heads, exam officers, university and cégep admissions staff and edtech employees in France,
 * Belgium (Fédération Wallonie-Bruxelles schools, hautes écoles), Quebec (cégeps, centres de services scolaires) and
 * French-speaking Switzerland (gymnases, HEP/HES, private international schools), writing mostly in French, some in
 * English and a few mixed. Forms: proud class and team wins, pasted meeting notes and Teams/chat lines pasted by mistake,
 * tables (PAP follow-up, trip lists, bursary files), exam-office emails, edtech support replies (surface 'comment'),
 * job ads with published salary ranges, changelogs, post-mortems and a runbook, supplier bank-detail notices, X posts, a
 * three-post X thread, polls, goodbyes, tips and training slides. Focus: exam papers and results before release (sealed
 * subjects, embargoed provisional results, IB grades), student and parent personal data (NIR, Belgian national register,
 * Quebec NAM, Swiss AVS, Canadian SIN, parents' phones and addresses), school budgets and edtech contract prices, platform
 * passwords and admin links, enrolment figures published and not.
 *
 * Positives: financial figures with many ways of saying "not public yet" (before the CA / board / Fédération vote, before
 * the ministry's announcement, before the families' letter, sealed bids and tenders before opening, a Series A valuation
 * before signing, a price rise before customers are told, a discount outside the grid, ARR before the Q1 report,
 * unaudited revenue, margin before the board, a pipeline, a tuition forecast before the annual report); explicit
 * markers (CONFIDENTIEL, STRICTEMENT CONFIDENTIEL jusqu'au…, DIFFUSION RESTREINTE, DOCUMENT INTERNE, INTERNE, TLP:AMBER,
 * Classification : Usage interne, SOUS EMBARGO / EMBARGO jusqu'au…, [INTERNAL], SOUS NDA); secrets without vendor
 * formats (ENT, Moodle and portal passwords in prose, Wi-Fi keys, a hex API token in an env file, a prefixed API key,
 * a root password in a runbook, a connection string with credentials, a Slack webhook, a GitHub token); internal URLs
 * (private IPs, .local/.internal hosts, a UNC path on a .local server, intranet.* hosts, acme-corp.net and corp.acme.com);
 * phones in French, Belgian, Swiss and North-American formats (mobiles, direct lines, a toll-free line, a numéro vert);
 * emails written plainly, obfuscated ("[at] [point]", "[at] [dot]") and role mailboxes.
 * Look-alikes: published budgets, results, enrolment counts, tariffs, tuition, salary ranges, other organisations' and
 * personal figures and a teaching example; mentions of the words CONFIDENTIEL / embargo / TLP levels and film titles;
 * placeholders and vendor examples (sk_test_XXXX, "changeme", AWS's EXAMPLE key, <your-token-here>, Stripe's 4242 card,
 * the German example IBAN, the CRA-style example SIN, the Confederation's AVS example, an all-nines NIR, a RAMQ specimen);
 * an NIR, a Belgian register number, an IBAN and a card with a failing check, masked AVS/IBAN/card; emergency short
 * numbers (15, 112, 17, 144, 117, 911); public sites and status pages; the names in their ordinary sense (Orion and its
 * nebula, a kestrel, a cat called Atlas, a blue atlas, a chapelle Sainte-Claire, Société Générale, "Globe Éducation").
 * Enrolment and admission counts alone are not a category (clean whether published or not) unless tied to a revenue
 * forecast. The Quebec NAM has no public check digit and is labelled by its format (4 letters, YYMM with +50 for women, DD,
 * 2 digits).
 *
 * Conventions: every written email address is email (role mailboxes and obfuscated forms included); every written phone
 * number is phone (short emergency numbers are not); confidential_marker only for explicit labels; financial only for
 * the company's own not-yet-public figure; IBAN (mod 97, FR with the RIB key, BE with its mod-97 account check, CH),
 * card (Luhn: Visa, Mastercard, Amex), national_id (French NIR key incl. Corsica 2A, Belgian register mod 97 incl. the
 * 2000+ rule, Swiss AVS EAN-13, Canadian SIN Luhn) were computed with a throwaway script kept outside the repo.
 *
 * Counts: 237 posts (188 FR, 45 EN, 4 mixed; 210 LinkedIn, 27 X; 11 comments): 118 clean, 119 with one or more
 * findings. Labels: financial 24, phone 19, national_id 18, confidential_marker 13, email 12, secret 12, internal_url 11,
 * codename 8, iban 7, client_name 7, card 3.
 */
export const FRESH97_POSTS = rows('fresh97', [
  // ——— School heads, teachers, exam offices (France) ———
  ['linkedin', 'fr', '', `Fière de mes 3e B : 100 % de réussite au brevet blanc de décembre ! Ils ont bossé dur, le prochain objectif c'est le vrai en juin. Merci aux collègues de maths et de français pour les heures de soutien du mercredi.`],
  ['linkedin', 'fr', 'confidential_marker', `Petite fierté du jour : j'ai terminé la rédaction du sujet de philo pour l'académie. En-tête que j'ai dû recopier douze fois : « SUJET NATIONAL — CONFIDENTIEL — NE PAS REPRODUIRE ». La relecture avec l'inspection a lieu jeudi, ensuite on scelle les plis.`],
  ['x', 'fr', '', `Conseil aux profs stagiaires : ne mettez jamais un sujet d'examen dans un drive partagé « pour gagner du temps ». Clé USB chiffrée, point. Je l'ai appris à mes dépens en 2019.`],
  ['linkedin', 'fr', 'national_id', `Bonjour à tous, je cherche à joindre la famille d'une élève de 6e inscrite chez nous à la rentrée, dossier incomplet côté sécu. Élève : Inès M., NIR 2 11 06 2A 004 017 68. Si une collègue du collège de Porto-Vecchio la connaît, merci de me faire signe en MP.`],
  ['linkedin', 'fr', '', `Les résultats du baccalauréat 2026 de notre lycée sont publiés sur le site de l'académie : 96,4 % d'admis, 71 % de mentions. Bravo à nos 212 candidats, et merci aux familles pour leur confiance.`],
  ['linkedin', 'fr', 'email phone', `Réunion parents-profs de la 4e C reportée au 14 janvier. Pour toute question, écrivez-moi directement : claire.vautrin@ac-lyon.fr ou appelez-moi au 06 71 48 22 93 après 17 h (pas de SMS svp).`],
  ['linkedin', 'fr', '', `Le secrétariat du collège Jean-Moulin change d'horaires : ouverture de 7 h 45 à 16 h 30, fermé le mercredi après-midi. Le numéro ne change pas, il est sur le carnet de correspondance.`],
  ['x', 'fr', '', `Réforme du brevet : le nouveau barème est au BO de ce matin. Contrôle continu pondéré à 40 %, épreuves à 60 %. On en parle en salle des profs demain.`],
  ['linkedin', 'fr', 'financial', `Point budget du lycée (à ne pas relayer avant le vote du CA du 22 janvier) : dotation globale de fonctionnement 2027 à 1 842 000 €, en baisse de 6 %. On va devoir arbitrer entre les sorties pédagogiques et le renouvellement des vidéoprojecteurs.`],
  ['linkedin', 'fr', '', `Le budget 2026 du collège, voté en conseil d'administration et publié au recueil des actes : 612 000 € de fonctionnement, dont 48 000 € pour les voyages scolaires. Transparence totale, c'est aussi ça le service public.`],
  ['linkedin', 'fr', 'secret internal_url', `Pour les collègues qui n'arrivent pas à se connecter au nouvel ENT depuis la salle 112 : passez par http://192.168.40.12/ent-admin, identifiant admin.cdi, mot de passe Cdi#Rentree2026. Je changerai ça après les vacances promis.`],
  ['x', 'fr', '', `Rappel : en cas de malaise d'un élève, on appelle le 15, on ne « attend pas de voir ». Formation PSC1 obligatoire pour tout le monde en mars.`],
  ['linkedin', 'fr', 'confidential_marker', `Copié-collé du mail du rectorat, pour info des coordonnateurs :
---
[DIFFUSION RESTREINTE — CHEFS D'ÉTABLISSEMENT]
Objet : calendrier de remontée des notes du bac blanc
Les tableaux sont à renvoyer avant le 9 février.
---
Donc on boucle les copies pour le 6.`],
  ['linkedin', 'fr', '', `Quelqu'un a déjà vu le film « Confidentiel » avec les élèves de terminale ? On travaille sur le secret d'État en HGGSP et je cherche un support qui ne soit pas un documentaire de deux heures.`],
  ['linkedin', 'fr', '', `Ce soir, sortie astronomie avec les 5e sur le plateau : on a vu Orion se lever vers 21 h, la nébuleuse M42 aux jumelles, et Bételgeuse bien orangée. Des gamins émerveillés, une prof frigorifiée. Parfait.`],
  ['linkedin', 'fr', 'national_id', `Tableau de suivi PAP collé ici par erreur dans le groupe des profs principaux, je corrige vite :
Nom | Classe | N° sécu | Aménagement
Lucas B. | 3e A | 1 09 11 69 381 204 59 | tiers-temps
Inès M. | 6e D | 2 11 06 2A 004 017 68 | ordinateur`],
  ['linkedin', 'fr', '', `Exemple de NIR pour mes BTS SP3S : 1 99 99 99 999 999 99. Oui, il est volontairement faux ; on apprend à lire la structure (sexe, année, mois, département) sans manipuler de vraies données.`],
  ['linkedin', 'fr', '', `Pour l'exercice de saisie en comptabilité, j'ai donné à mes élèves de 1re STMG un RIB fictif : FR76 3000 6000 0112 3456 7890 189. Petite surprise : un élève a remarqué que la clé ne collait pas. Promotion méritée au rang de contrôleur de gestion.`],
  ['x', 'fr', 'email', `Les inscriptions à l'atelier théâtre se font auprès de M. Dufresne, écrivez-lui : t.dufresne [at] lycee-montaigne-bdx [point] fr`],
  ['linkedin', 'fr', '', `Contact presse de l'académie pour les journalistes qui m'ont écrit au sujet du bac : tout passe par le service communication du rectorat, numéro et adresse sur la page presse. Je ne commente pas à titre personnel.`],
  ['linkedin', 'fr', 'email', `Le service des examens reçoit désormais les réclamations de copies à l'adresse dec-reclamations@ac-montpellier.fr. Plus de formulaires papier, enfin !`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage la trame de notre conseil de classe (sans les noms, rassurez-vous). En-tête : « DOCUMENT INTERNE — NE PAS DIFFUSER AUX FAMILLES ». Trois colonnes : travail, comportement, vœux d'orientation.`],
  ['linkedin', 'fr', '', `Question sérieuse : pourquoi écrit-on encore « CONFIDENTIEL » en rouge sur les bulletins envoyés par la poste ? Le bulletin est déjà sur Pronote… Débat animé en salle des profs ce midi.`],
  ['linkedin', 'fr', '', `Nos effectifs de rentrée sont en ligne sur le site du département : 684 élèves, 27 divisions, 3 classes ULIS. Merci aux équipes qui ont absorbé les 40 élèves supplémentaires.`],
  ['linkedin', 'fr', '', `Les prévisions d'effectifs pour septembre ne sont pas encore arrêtées par la DSDEN, mais on sent la baisse démographique : peut-être une division de 6e en moins. Pas de panique, on verra en février.`],
  ['linkedin', 'fr', 'internal_url', `Collègues de SVT : les corrigés du bac blanc sont déposés sur https://intranet.lycee-camus-nimes.fr/svt/bacblanc2027/corriges.pdf — accessible seulement depuis le réseau de l'établissement.`],
  ['linkedin', 'fr', '', `Nos corrigés du bac blanc de l'an dernier sont en accès libre sur https://www.lycee-camus-nimes.fr/ressources/svt — servez-vous, c'est fait pour ça.`],
  ['x', 'fr', 'phone', `Loge du lycée injoignable ce matin, en cas d'urgence appelez la vie scolaire sur le portable de garde : 07 58 33 19 04.`],
  ['linkedin', 'fr', 'phone', `Le numéro vert de la cellule d'écoute Bac est le 0800 853 853, ouvert du lundi au samedi en juin et juillet. N'hésitez pas à le transmettre aux élèves.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `On a reçu 14 appels de parents paniqués hier soir. Nouveau numéro dédié de la plateforme d'inscription à la cantine : 04 67 22 81 90, joignable de 8 h à 12 h.`],
  // ——— Belgium: écoles, hautes écoles, Fédération Wallonie-Bruxelles ———
  ['linkedin', 'fr', '', `Le CEB 2026 est derrière nous ! Les résultats officiels de la Fédération Wallonie-Bruxelles sont tombés : 89 % de réussite dans notre école, au-dessus de la moyenne. Fière de l'équipe de 6e primaire.`],
  ['linkedin', 'fr', 'confidential_marker', `Les questionnaires du CE1D arrivent demain sous enveloppe scellée. Sur chaque paquet : « ÉPREUVE EXTERNE — STRICTEMENT CONFIDENTIEL jusqu'au 17 juin 8 h 30 ». Coffre de la direction, double clé, comme chaque année.`],
  ['linkedin', 'fr', 'national_id', `Besoin d'aide pour un dossier d'allocations d'études : la mère d'un élève me demande si le numéro de registre national de son fils est bien encodé. Je le mets ici pour que l'assistante sociale de l'ex-école vérifie : 12.04.18-133.24. Merci !`],
  ['linkedin', 'fr', '', `Formation RGPD pour les directions : on a fait l'exercice avec un faux numéro de registre national, 12.04.18-133.25, qui ne passe pas le contrôle modulo 97. Les collègues ont adoré jouer aux détectives.`],
  ['linkedin', 'fr', 'phone', `Nouvelle ligne directe du secrétariat des inscriptions en 1re secondaire : +32 2 512 47 83. Les permanences du samedi reprennent en février.`],
  ['linkedin', 'fr', 'phone email', `Coordinatrice des stages à la Haute École, je suis joignable au 0470 28 61 45 ou à sophie.lambrecht@he-condorcet.be pour les maîtres de stage qui n'ont pas reçu la grille d'évaluation.`],
  ['x', 'fr', '', `En Belgique, le numéro d'urgence c'est le 112 pour tout. Je le rappelle chaque année aux élèves de 1re, certains pensent encore que c'est le 17 comme en France.`],
  ['linkedin', 'fr', 'iban', `Pour le voyage à Londres des rhétos, merci aux parents de verser l'acompte de 180 € sur le compte de l'association des parents : BE73 7120 1920 3760, communication « Londres + nom de l'élève ». Clôture le 31 janvier.`],
  ['linkedin', 'fr', '', `Les frais scolaires 2026-2027 sont publiés dans le ROI de l'école : 75 € de fournitures en primaire, 140 € de séjour pédagogique en 5e. Ils respectent les plafonds fixés par le décret.`],
  ['linkedin', 'fr', 'financial', `Réunion pouvoir organisateur hier soir : on prévoit de porter le minerval de la section internationale à 4 950 € l'an prochain. Les parents ne sont pas encore informés, courrier prévu après les vacances de carnaval.`],
  ['linkedin', 'fr', '', `Les inscriptions en 1re commune ouvrent le 9 février selon le calendrier de la CIRI. Le formulaire unique est disponible dans toutes les écoles primaires. Nous avons 112 places cette année.`],
  ['linkedin', 'fr', 'internal_url', `Pour les profs qui cherchent la grille de délibération du jury de juin : elle est sur \\\\srv-direction.ecole.local\\jury\\2027 — uniquement depuis les PC de la salle des profs.`],
  ['linkedin', 'en', '', `Our Brussels international school just published its annual report: 1,240 students, 68 nationalities, and a balanced budget of €21.3m. Proud to be part of this community.`],
  ['linkedin', 'fr', 'confidential_marker', `Je colle ici l'ordre du jour qu'on vient de m'envoyer, pour les délégués :
TLP:AMBER — Conseil de participation du 11 mars
1. Plan de pilotage
2. Bilan de la cellule bien-être
3. Divers`],
  ['linkedin', 'fr', '', `Atelier « sécurité de l'information » pour les éducateurs : on a appris la différence entre TLP:CLEAR, GREEN, AMBER et RED. Très utile pour comprendre ce qu'on peut transférer à un collègue d'une autre école.`],
  ['linkedin', 'fr', 'email', `Les demandes de dérogation pour l'horaire aménagé passent par la direction : direction [at] athenee-royal-uccle [dot] be. Merci de ne plus les déposer au secrétariat.`],
  ['linkedin', 'fr', 'national_id', `Parent d'élève et comptable bénévole de l'AP, je dois déclarer les indemnités de l'animatrice du mercredi. Son numéro de registre national est 85.06.21-412.09, quelqu'un sait s'il faut aussi la fiche 281.45 ?`],
  ['linkedin', 'fr', '', `Les élèves de 4e ont réalisé une enquête ornitho dans le parc : trois faucons crécerelles (kestrels pour nos amis anglophones) nichent dans le clocher. Projet d'éveil scientifique réussi.`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement avec l'éditeur pour Project Kestrel : c'est la nouvelle plateforme d'évaluation formative qu'on pilotera dans 12 écoles du réseau. Rien n'est annoncé officiellement, donc je reste vague sur les dates.`],
  ['linkedin', 'fr', '', `Notre chat Atlas a encore dormi sur les copies de français. Correcteur bénévole, mais il ne met que des pattes.`],

  // ——— Québec: cégeps, écoles secondaires, admission universitaire ———
  ['linkedin', 'fr', '', `Les résultats aux épreuves ministérielles de juin seront transmis aux élèves via le relevé des apprentissages le 10 juillet, comme annoncé par le Ministère. Bonne fin d'année tout le monde!`],
  ['linkedin', 'fr', 'national_id phone', `Urgence pour une élève de secondaire 4 en sortie au Mont-Sainte-Anne : son numéro d'assurance maladie est GAGL 1054 1219, au cas où la clinique de Beaupré le demanderait. Le père est joignable au 418 643-2871.`],
  ['linkedin', 'fr', '', `Rappel aux parents : ne transmettez jamais la carte d'assurance maladie de votre enfant par courriel à l'école. Une photocopie remise en main propre à l'infirmière suffit.`],
  ['linkedin', 'fr', 'phone', `Le service d'admission du cégep est joignable au 1 877 528-4410 (sans frais) pour toutes les questions sur le 2e tour du SRAM.`],
  ['linkedin', 'fr', 'financial', `Grosse nouvelle à l'interne : notre cégep va recevoir 3,7 M$ pour le nouveau pavillon de techniques infirmières. Le ministère ne l'annoncera qu'en mars avec la députée, alors chut pour l'instant.`],
  ['linkedin', 'fr', '', `Le ministère de l'Enseignement supérieur a annoncé ce matin 3,7 M$ pour le nouveau pavillon de techniques infirmières de notre cégep. Merci à tous ceux qui ont porté ce dossier depuis 2022!`],
  ['linkedin', 'en', 'national_id', `Admissions tip gone wrong: an applicant emailed me their full SIN to "prove residency". For the record we never need it. I'm pasting the message here so colleagues recognise the pattern: "my SIN is 281 653 816, please confirm my status". Please don't ask applicants for it.`],
  ['linkedin', 'en', '', `Reminder for admissions teams: Canada Revenue Agency examples like 046 454 286 are only for training slides. Never ask an applicant for a SIN on the intake form.`],
  ['linkedin', 'fr', '', `Les demandes d'admission à l'automne sont en hausse de 12 % au cégep selon les chiffres publiés par le SRAM ce matin. Les programmes techniques ont la cote!`],
  ['linkedin', 'fr', '', `Chiffres d'admission pas encore finalisés pour l'automne, mais on sent déjà que Soins infirmiers va déborder. On attend le 1er mars pour avoir une vraie idée.`],
  ['linkedin', 'fr', 'email', `Pour les conseillers d'orientation des écoles secondaires : les demandes de visite du campus passent maintenant par visites-campus@cegepdulac.qc.ca.`],
  ['x', 'fr', '', `Tempête de neige : toutes les écoles du centre de services scolaire sont fermées aujourd'hui. Info officielle sur le site du CSS et à la radio.`],
  ['linkedin', 'fr', 'secret', `Petite astuce pour les enseignants qui veulent connecter leur iPad au réseau des élèves au labo 204 : SSID CSS-Eleves, mot de passe Erable!Labo204. (Ne le donnez pas aux élèves, ils l'ont sûrement déjà 😅)`],
  ['linkedin', 'fr', '', `Le Wi-Fi invité de la bibliothèque municipale est ouvert, sans mot de passe, pendant les heures d'ouverture. Parfait pour les élèves qui n'ont pas internet à la maison.`],
  ['linkedin', 'fr', 'national_id', `Liste de la sortie au Biodôme envoyée au transporteur avec les NAM en colonne (merci à la secrétaire pour la rapidité) :
Tremblay, Mathis — TREM 0911 0327
Gagnon, Léa — GAGL 1054 1219`],
  ['linkedin', 'fr', '', `Pour apprendre à lire une carte d'assurance maladie en techniques administratives, on utilise le spécimen de la RAMQ, bien identifié comme SPÉCIMEN. Aucun vrai numéro en classe.`],
  ['linkedin', 'fr', 'client_name', `Belle journée de formation à l'Hôpital Sainte-Claire pour nos finissantes en soins infirmiers : c'est notre partenaire de stage principal depuis la signature de l'entente cette semaine, et ils veulent aussi notre module de simulation clinique.`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire avec mes élèves d'histoire de l'art : vitraux du XIXe, restauration impeccable. Une sortie à 2 $ par élève, qui dit mieux?`],
  ['x', 'en', 'phone', `Quebec City admissions fair this Saturday! Questions? Text or call our recruiter Marc at +1 581 300 7724.`],
  ['linkedin', 'fr', 'confidential_marker', `Note collée par erreur de notre canal Teams :
« Classification : Usage interne — Palmarès provisoire des bourses d'excellence, ne sortira qu'après le CA du 3 avril. »
Désolée, je retire ça dès que je retrouve mon mot de passe LinkedIn.`],
  // ——— Suisse romande: gymnases, HES, écoles privées ———
  ['linkedin', 'fr', '', `Les examens de maturité gymnasiale 2026 sont terminés au Gymnase de Chamblandes. Les résultats seront proclamés lors de la cérémonie du 3 juillet, comme chaque année. Merci aux expert·es externes!`],
  ['linkedin', 'fr', 'national_id', `Saisie des nouveaux élèves dans le logiciel cantonal : il manque le numéro AVS de Noah R., 1re année. La famille l'a donné par téléphone : 756.3215.1360.61. Quelqu'un peut vérifier qu'il est bien associé au bon dossier?`],
  ['linkedin', 'fr', '', `Petite vulgarisation pour les stagiaires administratifs : un numéro AVS commence toujours par 756, suivi de neuf chiffres et d'un chiffre de contrôle. L'exemple officiel de la Confédération, 756.1234.5678.97, sert à tester les formulaires.`],
  ['linkedin', 'fr', 'phone', `Secrétariat de la HEP joignable au +41 21 316 92 77 pendant les inscriptions, et au 079 412 63 58 (mobile de la responsable des admissions) les jours d'examen d'entrée.`],
  ['linkedin', 'fr', 'iban', `Écolage du 2e semestre : merci de verser 6 400 CHF sur notre compte PostFinance CH84 0900 0328 3458 3118 5 d'ici au 28 février, avec le nom de l'élève en référence.`],
  ['linkedin', 'fr', '', `Nos écolages 2026-2027 sont publiés sur la page Admissions : 26 500 CHF pour le programme bilingue, 31 800 CHF pour l'IB. Bourses disponibles sur dossier.`],
  ['linkedin', 'fr', 'financial', `Conseil de fondation hier : l'écolage de l'IB passera de 31 800 à 34 200 CHF à la rentrée 2027. Lettre aux familles prévue en mars — merci de ne pas en parler au portail d'ici là.`],
  ['x', 'fr', '', `Le 144, c'est les ambulances en Suisse, le 117 la police. Affiche refaite pour le couloir du gymnase, parce que nos élèves d'échange appelaient le 911.`],
  ['linkedin', 'fr', 'email', `Les candidatures spontanées pour des remplacements en français au secondaire I peuvent être envoyées à rh-enseignement@ecole-lemania-test.ch, on répond à tout le monde.`],
  ['linkedin', 'en', '', `Job opening — Mathematics teacher (80–100 %), Geneva international school. Salary CHF 98,000–118,000 depending on experience, per our published scale. Apply via our careers page.`],
  ['linkedin', 'fr', 'secret', `Pour les collègues remplaçants qui n'arrivent pas sur Moodle ce matin : compte générique rempla-fr / Lemania2026!! en attendant que l'informatique crée vos accès. Je le désactive vendredi.`],
  ['linkedin', 'fr', '', `Pour la formation Moodle, le mot de passe de démonstration est « changeme » sur le serveur de test, il sera réinitialisé après l'atelier. Venez avec votre portable!`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de notre procédure de maturité, pour les nouveaux maîtres :
INTERNE — Commission d'examens
Les sujets sont imprimés la veille et restent dans le coffre jusqu'à 7 h 30.`],
  ['linkedin', 'fr', '', `Vu au cinéma avec mes élèves d'option : « Classified », un thriller sur un lanceur d'alerte. Parfait pour lancer notre séquence sur la liberté de la presse.`],
  ['linkedin', 'fr', 'national_id', `Liste d'assurance accident pour le camp de ski, envoyée par erreur au groupe des parents puis copiée ici par une maman qui demandait si c'était normal :
Emma S. — 756.2656.8575.97
Louis T. — 756.8824.6364.21`],
  ['linkedin', 'fr', '', `Notre numéro AVS masqué apparaît désormais sur les attestations : 756.****.****.97. Une bonne pratique que je recommande à toutes les écoles privées.`],
  ['linkedin', 'fr', 'phone', `Urgence neige : le bus de Château-d'Œx est bloqué, les parents peuvent appeler le chauffeur au 078 615 24 09.`],
  ['linkedin', 'fr', 'internal_url', `Les notes du semestre sont saisies dans https://notes.gymnase-morges.internal/semestre1 — si vous avez une erreur 403, c'est que vous n'êtes pas sur le VPN.`],
  ['linkedin', 'fr', '', `On a migré notre site vers https://www.gymnase-morges.ch, plus rapide et accessible. Les horaires de classes y sont publiés chaque vendredi.`],
  ['linkedin', 'fr', '', `Les admissions en 1re année de l'école de commerce ont atteint 318 élèves selon le communiqué du DFJC publié lundi. Nouveau record depuis 2015.`],

  // ——— Edtech: France, Belgique, Suisse, Québec ———
  ['linkedin', 'fr', 'codename', `Trois mois de sprint sur Orion, notre nouveau moteur de correction assistée pour les copies de bac. Bêta privée avec quatre lycées pilotes, personne n'a encore vu le nom public : on en reparle au salon Educatech.`],
  ['linkedin', 'fr', '', `Le club d'astronomie du lycée a photographié la nébuleuse d'Orion avec le télescope offert par la région. Quel cliché! Les élèves l'exposent au CDI jusqu'à Noël.`],
  ['linkedin', 'fr', 'codename financial', `Debrief comité produit : Nébula (l'appli de révision pour le brevet) coûtera 4,90 €/élève/an aux collèges à partir de septembre, contre 3,50 € aujourd'hui. On annonce la hausse aux clients en avril seulement.`],
  ['linkedin', 'fr', '', `Notre tarif public pour les établissements : 3,50 € par élève et par an, dégressif au-delà de 500 élèves. Tout est sur la page Tarifs, pas de frais cachés.`],
  ['linkedin', 'fr', 'client_name', `Signature cette semaine avec Globex pour équiper leurs 14 centres de formation en alternance de notre LMS. Merci à toute l'équipe sales, c'est un énorme dossier (et l'annonce officielle viendra plus tard).`],
  ['linkedin', 'fr', 'client_name financial', `Pipeline du trimestre (à ne pas partager hors de l'équipe) : Initech pour 210 k€ de licences, deux rectorats en appel d'offres, et le renouvellement de la région à 480 k€. On vise 1,1 M€ de signé d'ici mars.`],
  ['linkedin', 'en', '', `Fun fact: our office cat Atlas has attended more product demos than our CEO. Zero questions asked, maximum purring.`],
  ['linkedin', 'fr', 'codename', `Rétro de fin d'année sur Atlas Bleu : la refonte du module de vie scolaire a pris deux mois de plus que prévu, mais on a enfin une absence signalée aux parents en moins de 30 secondes.`],
  ['linkedin', 'fr', 'secret', `Note pour l'équipe support qui gère les lycées : la clé d'API de l'export Pronote côté client Lorraine est pv_live_7Qm2fK9xRt4LbW8nZc3Vd6Hs. Remplace l'ancienne dans la config et redémarre le job.`],
  ['linkedin', 'fr', '', `Doc développeur publiée : pour tester notre API d'examens, utilisez la clé sk_test_XXXXXXXXXXXXXXXX du bac à sable. Aucun élève réel, que des données générées.`],
  ['linkedin', 'en', 'secret', `Changelog v4.12 of our grading platform pasted from the release MR:
- fixed rubric export
- webhook for late submissions: https://hooks.slack.com/services/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
- dark mode for teachers
Ship it!`],
  ['linkedin', 'en', '', `Changelog v4.13: our Slack integration now uses OAuth instead of raw webhook URLs. Teachers just click "Connect Slack", no more copy-pasting secrets.`],
  ['linkedin', 'en', 'secret internal_url', `Staging DB for the exam-results pipeline, for the two new backend hires: postgresql://results_rw:Brevet2027xQ@10.20.4.31:5432/results — read/write, so be careful with the June data.`],
  ['linkedin', 'en', '', `Our engineering blog post on how we store exam results: PostgreSQL, row-level security per school, and credentials in a vault. Connection strings look like postgresql://user:password@host/db in the examples, obviously.`],
  ['linkedin', 'fr', 'internal_url', `Lien du dashboard de suivi des inscriptions en temps réel pour les commerciaux : https://grafana.corp.acme.com/d/inscriptions-2027. Demandez l'accès à Julien si besoin.`],
  ['linkedin', 'fr', '', `Nouveau : notre statut de service est public sur https://status.acme.com, avec l'historique des incidents pendant les périodes d'examens.`],
  ['linkedin', 'fr', 'financial', `Gros chantier de fin d'année : on boucle notre levée de série A. Valorisation pré-money à 18 M€, signature prévue le 20 janvier, donc on ne communique rien avant. Je suis tellement fière de l'équipe.`],
  ['linkedin', 'fr', '', `Nous avons levé 6 M€ en série A auprès de deux fonds éducatifs, annonce parue ce matin dans Les Échos. Merci aux 300 écoles qui nous font confiance.`],
  ['x', 'fr', 'financial', `Bon, je peux pas dire à qui, mais notre offre à l'appel d'offres du rectorat pour les ENT : 1,36 M€ sur 4 ans. Ouverture des plis lundi. Croisez les doigts 🤞`],
  ['x', 'fr', '', `Le marché ENT de la région a été attribué à un concurrent pour 1,2 M€, montant publié au BOAMP. Bien joué à eux, on retente dans quatre ans.`],
  // ——— Edtech support replies (comments) ———
  ['linkedin', 'fr', '', `Bonjour Madame, désolés pour la coupure de ce matin. Le service est rétabli ; si le problème persiste, ouvrez un ticket depuis l'aide en ligne, on vous répond dans l'heure.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour, pour débloquer votre compte enseignant, appelez directement notre support au 01 84 88 32 17 (du lundi au vendredi, 8 h - 18 h).`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret', `Bonjour Monsieur Pirotte, je vous ai réinitialisé le compte de direction : identifiant dir.stjoseph, mot de passe provisoire Kp7!wQ2r-Namur. Pensez à le changer à la première connexion.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour, transmettez-nous la capture d'écran à support-ecoles@acme-edu-test.fr et on regarde tout de suite.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Sarah, thanks for flagging. Our team has fixed the grade export bug; please refresh the page and let us know if the PDF still looks off.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Bonjour Madame la Directrice, comme convenu au téléphone : pour votre collège, nous pouvons descendre à 2,80 €/élève au lieu de 3,50 €, mais ce geste n'est pas encore dans notre grille, merci de le garder pour vous jusqu'à la signature.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, nos tarifs 2027 sont publiés depuis le 1er décembre sur notre site : 3,50 € par élève et par an pour le pack complet. N'hésitez pas si vous voulez un devis.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Jean-François, notre équipe québécoise vous rappelle demain. Sinon, la ligne du bureau de Montréal : 514 871-9032, poste 221.`, { surface: 'comment' }],
  ['x', 'fr', '', `@lyceeVH on a bien reçu votre signalement, nos équipes regardent. Désolés pour la gêne pendant le bac blanc.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Bonjour, votre instance est accessible en interne à l'adresse https://ent-lyceeduparc.acme-corp.net/admin en attendant la bascule DNS ; on vous préviendra.`, { surface: 'comment' }],

  // ——— University admissions ———
  ['linkedin', 'fr', '', `Parcoursup : les vœux sont ouverts jusqu'au 13 mars. Notre licence de psychologie a reçu 8 400 candidatures l'an dernier pour 320 places, chiffres publiés sur la plateforme.`],
  ['linkedin', 'fr', 'confidential_marker', `Jury d'admission en master MEEF ce matin. Le tableau de classement porte la mention « CONFIDENTIEL – JURY » et on le signe tous en bas. Procédure sérieuse, jury bienveillant, café tiède.`],
  ['linkedin', 'fr', '', `Aucun classement des candidats n'est communiqué avant la publication officielle sur Parcoursup. Merci aux lycéens de ne pas appeler le secrétariat pour connaître leur rang.`],
  ['linkedin', 'fr', 'email phone', `Étudiant en échange qui arrive à Lyon la semaine prochaine : le service des relations internationales vous attend au bâtiment B. Contact direct de Camille, votre référente : camille.roux@univ-lyon-test.fr, +33 4 72 44 81 06.`],
  ['linkedin', 'en', 'national_id', `Admissions office confession: a parent mailed us a scan of their daughter's carte Vitale AND typed the number into the form "for safety": 2 08 03 75 112 045 43. We deleted it, but please, families, we never need it at this stage.`],
  ['linkedin', 'en', '', `Admissions FAQ: we will never ask for your social security number, bank details or passport number by email. If someone does, it's phishing. Report it to our IT team.`],
  ['linkedin', 'en', 'financial', `Admissions modelling done for the board: if we open the second cohort of the nursing BSc we'd bring in about CAD 2.4M in tuition next year. The board only votes in February, so keep it within the faculty for now.`],
  ['linkedin', 'en', '', `Tuition for international students in our BSc programmes is CAD 29,650 per year for 2026-27, as published in the university calendar.`],
  ['linkedin', 'fr', '', `La HES-SO a publié ses chiffres de rentrée : 22 800 étudiant·es, dont 41 % en santé et travail social. Fière d'y enseigner.`],
  ['linkedin', 'fr', 'client_name', `Ravi d'avoir mené l'atelier « Simulation en santé » pour le service de formation continue de l'Hôpital Sainte-Claire : 40 infirmières sur notre plateforme, contrat de trois ans signé hier.`],
  ['linkedin', 'en', 'client_name', `Kicked off onboarding for Initech's apprenticeship academy this morning — 600 learners moving onto our LMS by March. Not public yet, so I'll leave it there.`],
  ['linkedin', 'en', '', `Our university's open day is on 7 March. 40 programmes, campus tours and a chance to meet current students. Book a slot on the website.`],
  ['x', 'en', '', `Applications to our teacher-training programme are up 18% this year, per the figures the ministry released on Monday. Good news for classrooms.`],
  ['linkedin', 'en', 'card', `Oops: a parent paid the application fee via our chat widget by typing the card in: 4059 2111 2160 3661, exp 09/28. We refunded and purged the log, but posting here as a warning to admissions teams about free-text fields.`],
  ['linkedin', 'en', '', `Training slide for our finance team: Stripe's test card 4242 4242 4242 4242 works in the sandbox only. If you see it in production logs, someone is testing on live.`],
  ['linkedin', 'fr', '', `Arnaque en cours auprès des familles : un SMS demande de « régulariser les frais de cantine » avec la carte 4670 8629 9941 0613. Ce numéro ne passe même pas le contrôle de Luhn, mais ne répondez jamais à ces messages.`],
  ['linkedin', 'fr', 'card', `Collé par erreur depuis la caisse de la kermesse, pour la trésorière : paiement refusé pour la carte 5117 5645 9103 7928, 35 €. Quelqu'un peut rappeler la famille?`],
  ['linkedin', 'fr', '', `Paiement de la cantine : seules les cartes se terminant par ****3661 sont affichées dans le portail famille, le reste est masqué. Bonne nouvelle pour la sécurité.`],
  ['linkedin', 'en', 'card', `For our finance onboarding doc, I'm pasting the corporate Amex used for conference registrations so the new admissions officers can book: 3766 838381 20888. Limit is CAD 5k per month.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre prestataire de restauration scolaire, à mettre à jour dans la comptabilité de l'intendance : nouveau compte FR76 2122 5350 6130 3804 3701 201.`],
  ['linkedin', 'fr', '', `Attention aux fraudes au changement de RIB chez les fournisseurs : on a reçu un faux courrier avec FR76 2433 4839 8115 2532 0917 967, qui a une clé de contrôle fausse. Toujours rappeler le fournisseur à un numéro connu.`],
  ['linkedin', 'fr', 'iban', `Coopérative scolaire de l'école Paul-Bert : pour la photo de classe, les virements se font sur FR76 2795 5945 8114 0543 5989 311, titulaire OCCE 33. Merci aux parents!`],
  ['linkedin', 'fr', '', `Pour le cours de gestion, j'ai utilisé l'IBAN d'exemple de la documentation bancaire allemande : DE89 3704 0044 0532 0130 00. Les élèves ont recalculé la clé à la main, ambiance Bletchley Park.`],
  ['linkedin', 'fr', 'iban', `Les cotisations au cercle des anciens du Collège Saint-Michel sont à verser sur BE31 3335 3195 4455, 25 € par an. Merci de votre fidélité!`],
  ['linkedin', 'fr', 'iban', `Bourse de fin d'études pour nos apprentis de la HES : la fondation verse le montant sur votre compte, vérifiez simplement que l'IBAN CH60 0048 3115 7542 5243 2 que vous m'avez donné est bien le vôtre, Malik.`],
  ['linkedin', 'fr', '', `IBAN masqué sur nos factures d'écolage : CH** **** **** **** 5243 2. Les parents doivent se connecter au portail pour voir le numéro complet.`],
  // ——— Meeting notes, chats pasted by mistake ———
  ['linkedin', 'fr', 'financial confidential_marker', `Notes du comité de direction (je pensais coller ça dans OneNote…) :
INTERNE
- CA T4 : 2,3 M€, prévision annuelle 8,9 M€ (chiffres non audités)
- recrutement de 4 dev gelé
- roadmap examens en ligne : bêta en mai`],
  ['linkedin', 'fr', '', `Notes de notre atelier pédagogique d'hier :
- différenciation en 6e : groupes de besoin dès octobre
- évaluation par compétences : on garde les 4 niveaux
- prochain atelier : l'oral du brevet
Merci à tous pour l'énergie!`],
  ['linkedin', 'fr', 'phone', `[14:02] Nathalie : tu peux rappeler la maman de Yanis ? 06 12 87 45 30
[14:03] Moi : ok après la récré
(…désolée, mauvais copier-coller, c'était pour Teams)`],
  ['linkedin', 'fr', '', `[09:12] Karim : t'as vu les résultats du bac blanc ?
[09:13] Moi : oui, la moyenne en maths a gagné 2 points !
Échange réel avec un collègue ce matin, partagé avec son accord parce que ça fait plaisir.`],
  ['linkedin', 'fr', 'secret', `Message Teams copié ici par mégarde :
« Le code Wi-Fi de la salle polyvalente pour les parents jeudi : réseau Forum-Parents, clé WPA2 Tilleul-88-Jardin »`],
  ['linkedin', 'fr', '', `Pour la soirée portes ouvertes, le Wi-Fi « Invites-Lycee » sera ouvert, le code est affiché à l'accueil. Venez nombreux!`],
  ['linkedin', 'fr', 'codename client_name', `CR de la réunion commerciale : Société Générique veut intégrer Orion à sa plateforme de formation interne, POC en février. À garder dans l'équipe tant que le contrat n'est pas signé.`],
  ['linkedin', 'fr', '', `Conférence passionnante de la Société Générale sur l'éducation financière des lycéens. On a récupéré des fiches pédagogiques pour les 2nde.`],
  ['linkedin', 'fr', 'financial', `Compte rendu du conseil d'école (version non validée, ne circule pas encore) : le projet de classe de neige coûtera 38 400 € à la commune, subvention départementale en attente. On présente ça aux familles en mars.`],
  ['linkedin', 'fr', '', `La classe de neige 2026 a coûté 36 900 € à la commune, chiffre présenté en conseil municipal et publié au compte rendu. Merci à la mairie pour son soutien!`],

  // ——— Exam papers & results before release ———
  ['x', 'fr', 'confidential_marker', `Fin de la commission de choix des sujets du DNB. Sur mon bureau, la chemise rouge « SOUS EMBARGO JUSQU'AU 26 JUIN 9 H ». Je n'en dirai pas plus 🤐`],
  ['x', 'fr', '', `Les sujets du DNB 2026 sont en ligne sur Éduscol depuis ce matin avec leurs corrigés. Bon courage pour la correction, les collègues!`],
  ['linkedin', 'fr', '', `On me demande souvent ce que veut dire « sous embargo » sur les sujets de bac. Tout simplement : interdit de diffusion avant l'heure de l'épreuve. C'est une règle, pas un mystère.`],
  ['linkedin', 'fr', 'confidential_marker', `Résultats provisoires de l'épreuve de mathématiques, envoyés à l'équipe :
EMBARGO jusqu'au 4 juillet 10 h — publication académique
Moyenne : 11,2 / Taux de réussite : 84 %`],
  ['linkedin', 'en', '', `Results day is 14 August for A-level students at our sixth form in Geneva (UK curriculum). Staff will be on site from 8 am to help with clearing.`],
  ['linkedin', 'en', 'confidential_marker', `Pasted from our exams officer's email to heads of department:
[INTERNAL] IB provisional grades — do not share with students before 5 July 13:00 CET
Average: 34.7 / pass rate 96%`],
  ['linkedin', 'en', '', `IB results are out! Our average is 34.7, pass rate 96%, as announced on the school website this morning. Congratulations class of 2026!`],
  ['linkedin', 'fr', 'confidential_marker', `J'ai reçu mes copies de bac de philo à corriger, avec le bordereau « SOUS NDA — Correcteur n° 4417 ». On n'a pas le droit d'en parler, donc je vais juste dire : 112 copies, des thés, beaucoup de thés.`],
  ['linkedin', 'fr', '', `Les correcteurs ont un devoir de réserve, c'est normal : on ne commente pas les copies sur les réseaux. Je vous parlerai plutôt des bonnes pratiques de relecture.`],
  ['linkedin', 'fr', '', `Nos élèves passent l'épreuve anticipée de français jeudi. Courage à toutes et à tous, et dormez bien mercredi soir!`],

  // ——— Budgets, contracts, prices ———
  ['linkedin', 'fr', 'financial', `Négociation finie avec la région pour le renouvellement des licences de notre appli de soutien scolaire : 912 000 € sur trois ans. L'annonce sera faite par la région elle-même, on attend leur feu vert.`],
  ['linkedin', 'fr', '', `La région vient d'annoncer officiellement le renouvellement de notre appli de soutien scolaire dans tous les lycées, pour 912 000 € sur trois ans. Communiqué en lien. Merci à l'équipe!`],
  ['linkedin', 'fr', 'financial', `Budget prévisionnel de la Haute École pour 2027, présenté ce matin au conseil d'administration, pas encore approuvé par la Fédération : 42,6 M€ de charges, déficit attendu de 1,1 M€.`],
  ['linkedin', 'fr', '', `Comment se construit le budget d'un collège? Petite vidéo pédagogique : dotation de la collectivité, crédits d'État, ressources propres. Les chiffres de l'exemple sont inventés, bien sûr (100 000 € de dotation).`],
  ['linkedin', 'en', 'financial', `Quick win to share with the team: our ARR crossed CHF 4.1M this month. We'll announce it officially with the Q1 report, so let's keep it off socials until then — oh wait.`],
  ['linkedin', 'en', '', `Our Q3 report is public: CHF 3.6M ARR, 420 schools, 92% gross retention. Thanks to every teacher using the platform.`],
  ['linkedin', 'fr', 'financial', `Marge brute de notre offre lycée à 71 % sur le dernier trimestre, d'après le reporting que la directrice financière nous montrera en janvier au board. Si on tient ça, on finance enfin le module d'orientation.`],
  ['linkedin', 'fr', '', `Une étude publiée par la Cour des comptes estime à 1,8 Md€ la dépense des collectivités pour le numérique éducatif. Chiffre à garder en tête quand on parle de « gratuité » des outils.`],
  ['linkedin', 'fr', 'financial', `Devis remis ce soir au centre de services scolaire pour 80 tableaux interactifs : 248 600 $ installation comprise. On saura en février si on l'emporte. D'ici là, motus.`],
  ['linkedin', 'fr', '', `Mon budget personnel de rentrée pour mes deux enfants : 412 € de fournitures. Ça pique, mais les listes sont enfin raisonnables.`],
  ['linkedin', 'en', '', `Salary range for our new Head of Learning Design role: €62k–€74k + remote allowance. Published up front because transparency matters.`],
  ['linkedin', 'fr', '', `Offre d'emploi : conseiller·ère pédagogique, cégep de Lévis, échelle salariale 52 000 $ à 89 000 $ selon la convention collective. Postulez avant le 20 janvier.`],
  ['linkedin', 'fr', 'financial', `Prévisions de rentrée pour l'école privée : 1 180 élèves attendus, soit environ 9,4 M€ de frais de scolarité. Ce chiffre ne sortira qu'avec le rapport annuel en juin.`],
  ['linkedin', 'fr', '', `L'école a publié son rapport annuel : 1 142 élèves et 9,1 M€ de frais de scolarité en 2025-2026. On reste à but non lucratif, tout est réinvesti.`],
  ['linkedin', 'fr', 'financial', `Entre le 4 et le 12 mars, on relève nos prix sur les classes virtuelles : de 19 à 24 € par enseignant et par mois. Personne n'est au courant côté clients, le mail part le 15. Je me prépare au support…`],
  ['x', 'fr', 'financial', `Spoiler (pas encore annoncé aux écoles) : l'abonnement famille de l'appli passe à 6,99 €/mois à la rentrée. On défendra ça avec les nouveautés.`],
  ['x', 'fr', '', `L'abonnement famille de l'appli coûte 5,99 €/mois, sans engagement. Vous pouvez l'essayer gratuitement pendant 14 jours.`],
  ['linkedin', 'fr', 'financial', `Valorisation de 32 M€ proposée par le fonds pour notre rachat partiel. Term sheet pas signée, on discute encore des clauses, donc je ne nomme personne.`],
  ['linkedin', 'en', '', `The government of Quebec published the 2026-27 education budget: CAD 20.1B, up 4.2%. Interesting to see the share allocated to digital tools.`],
  ['linkedin', 'fr', 'financial', `Soumission pour le contrat d'environnement numérique des 42 écoles du CSS déposée hier : 1,94 M$ sur cinq ans. Le prix est sous scellé jusqu'à l'ouverture des soumissions du 8 février.`],
  // ——— Post-mortems, changelogs, supplier notices ———
  ['linkedin', 'en', 'secret', `Post-mortem of Tuesday's outage during the mock exams: the grading worker lost its credentials after a rotation. Root cause found in the env file pushed to the wrong repo:
GRADING_API_TOKEN=9f3c1e7ab24d4f0e8c6b51d2a7e9f04c
Rotated since? Not yet, today at 17:00. Lessons learned below.`],
  ['linkedin', 'en', '', `Post-mortem of Tuesday's outage during the mock exams: a certificate expired on the grading worker. We now have alerts 30 days ahead and a runbook. Full write-up on our engineering blog.`],
  ['linkedin', 'en', '', `AWS docs tip for our juniors: the example key AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY appears everywhere in tutorials. If your scanner flags it, it's a false alarm.`],
  ['linkedin', 'fr', 'internal_url', `Incident clos : l'export des bulletins échouait parce que le serveur bulletins.cd38.local ne répondait plus après la mise à jour. Redémarré à 6 h 40, tout est reparti.`],
  ['linkedin', 'fr', 'internal_url secret', `Runbook de reprise pour l'astreinte des examens en ligne :
1. ssh exams@172.16.8.20
2. sudo systemctl restart proctor
3. si refus, mdp root provisoire : Astreinte_Juin!26
Copié du wiki, ne pas republier.`],
  ['linkedin', 'fr', '', `Changelog de notre appli de devoirs :
- ajout du mode hors ligne
- correction de la notification de rendu tardif
- nouveau thème contrasté pour les élèves dys
Mise à jour disponible sur les stores.`],
  ['linkedin', 'fr', 'iban email', `Avis fournisseur reçu par l'intendance et transféré ici pour mes collègues gestionnaires de la cité scolaire : « Notre société de transport scolaire change de banque. Nouvel IBAN : FR76 2348 0520 3323 6657 1303 309. Contact : compta@transports-dauphine-test.fr »`],
  ['linkedin', 'fr', '', `Le prestataire de transport scolaire nous informe que ses coordonnées bancaires restent inchangées malgré la fusion. Méfiez-vous des faux courriers qui circulent!`],
  ['linkedin', 'en', 'internal_url', `Heads-up for the LMS team: the new SSO callback lives at https://sso.platform.internal/callback, not the old one. Update your local configs before Monday's demo.`],
  ['linkedin', 'en', '', `We just released our open-source LTI connector on GitHub. Docs at https://docs.example-lms.org — contributions welcome!`],

  // ——— X threads and polls ———
  ['x', 'fr', '', `🧵 1/3 Ce que j'ai appris en 10 ans de correction du bac : les élèves n'échouent pas par manque de connaissances, mais par manque de méthode.`],
  ['x', 'fr', '', `2/3 Le plus efficace : faire rédiger des plans en 10 minutes, chaque semaine, dès septembre. Corrigés en binômes.`],
  ['x', 'fr', 'financial', `3/3 Et c'est pour ça que notre appli lance un coach de méthode en mars. Prix prévu 2,40 €/élève, pas encore annoncé aux établissements, vous êtes les premiers (chut).`],
  ['x', 'fr', '', `Sondage profs 📊 : vous corrigez plutôt
🔴 sur papier
🟢 sur tablette
🔵 sur l'ENT
⚪ je délègue au chat`],
  ['x', 'en', '', `Poll for admissions folks: what's your biggest pain point in January?
- fraudulent transcripts
- parents calling daily
- portal outages
- all of the above`],
  ['x', 'en', 'phone', `Our Geneva campus helpline changed today. New number: +41 22 908 54 71. Please update your contact lists.`],
  ['x', 'fr', 'codename', `Petite démo interne de Nébula ce matin : la reconnaissance d'écriture des copies de brevet marche enfin sur les stylos bleus effaçables. Annonce publique en avril 😇`],
  ['x', 'fr', '', `La nébuleuse du Crabe ce soir au club d'astro du collège. Les 4e sont repartis avec des étoiles plein les yeux (et du froid plein les doigts).`],
  ['x', 'en', 'codename', `Three weeks into Project Kestrel and our adaptive quiz engine now handles 10k concurrent students. Can't say more until launch.`],
  ['x', 'en', '', `Spotted a kestrel hovering over the school sports field during PE. The kids stopped mid-sprint to watch. Best biology lesson of the week.`],

  // ——— Goodbyes, tips, wins ———
  ['linkedin', 'fr', '', `Après 31 ans dans l'Éducation nationale, dont 12 comme principale, je pars à la retraite. Merci à tous les élèves, les collègues, les parents. Je garde un souvenir immense de chaque rentrée.`],
  ['linkedin', 'fr', 'email phone', `Dernier jour chez notre edtech ! Pour garder le contact : isabelle.marchand.pro@gmail.com ou 06 48 21 93 57. Et pour les clients, ma remplaçante vous écrira cette semaine.`],
  ['linkedin', 'en', '', `After five years building assessment tools, I'm moving on. Thank you to the teachers who tested every buggy beta with patience. Follow me here for what comes next.`],
  ['linkedin', 'fr', 'codename client_name', `Dernier jour dans l'équipe! Je suis fière d'avoir piloté Atlas Bleu jusqu'au déploiement chez Globex. Bonne route à la suite de l'équipe, et que la v2 soit moins douloureuse que la v1.`],
  ['linkedin', 'fr', '', `Astuce du jour pour les directions : activez la double authentification sur vos comptes ENT. Un mot de passe seul, même long, ne suffit plus.`],
  ['linkedin', 'fr', '', `Mot de passe « Azerty123! » ? Non. Un gestionnaire de mots de passe et une phrase longue, oui. Atelier cyber pour les enseignants le 15 mars.`],
  ['linkedin', 'fr', 'secret', `Pour les collègues remplaçants en SEGPA : l'accès au portail de notes fonctionne avec l'identifiant segpa.remplacant et le mot de passe VioletteDu38! (à changer dès que vous avez vos propres accès).`],
  ['linkedin', 'en', 'secret', `Sharing my terminal session for the junior devs' workshop (oops, this includes our real GitHub token): export GH_TOKEN=ghp_4bQ8rX2mLk9Tz7VwY3pN6sJc1HdF5gEa0Ui7`],
  ['linkedin', 'en', '', `Workshop tip: never put tokens in your shell history. Use a secrets manager and environment injection. For the demo we used GH_TOKEN=<your-token-here>, obviously.`],
  ['linkedin', 'fr', 'national_id', `Bilan de notre journée d'immersion pour futurs élèves belges : merci aux parents! Petit couac, la fiche médicale d'Arthur (registre national 09.11.03-027.81) a été oubliée au gymnase, on la garde au secrétariat.`],
  ['linkedin', 'fr', 'national_id', `Fiche d'inscription à la cantine remplie devant moi par un papa pressé, qui me demandait de la poster ici pour qu'elle soit « visible » : Chloé D., née le 9 février 2011, NN 11.02.09-078.23. Euh… non.`],
  ['linkedin', 'fr', 'national_id', `Document de l'infirmerie pour le séjour à Marseille, collé dans le mauvais groupe :
Élève : Maxime L. — NIR 1 10 02 13 055 391 10
Allergie : arachide, trousse EpiPen`],
  ['linkedin', 'fr', '', `Fiche infirmerie type pour les sorties : nom, classe, allergies, numéro d'urgence des parents. Pas de numéro de sécu, il n'est pas nécessaire pour une sortie à la journée.`],
  ['linkedin', 'fr', 'national_id', `Candidature au BTS reçue avec, en pièce jointe et dans le corps du mail, le numéro de sécu de l'étudiante : 2 07 12 59 350 082 87. Rappel aux lycées : on n'en a pas besoin pour Parcoursup.`],
  ['linkedin', 'fr', '', `Le NIR d'un élève de 2nde ne doit pas apparaître dans le fichier d'inscription aux options, seulement dans le dossier administratif. Merci de supprimer la colonne dans vos tableurs.`],
  ['linkedin', 'fr', 'national_id', `Fichier des boursiers transmis à la caisse : Léo P., 1 12 09 33 063 118 02, échelon 4. Je colle ça ici pour ma collègue de Bordeaux qui ne reçoit pas mes mails, désolée pour le bruit.`],
  ['linkedin', 'fr', '', `Mauvais numéro de sécu sur une copie de dossier : 2 08 03 75 112 045 44 au lieu du bon. La clé ne correspondait pas, le logiciel l'a rejeté. Vérifiez vos saisies!`],
  ['linkedin', 'en', 'national_id', `Our Quebec admissions team received a transcript with the student's NAM written in the margin: TREM 0911 0327. We're shredding the copy, but please, guidance counsellors, redact it before sending.`],
  ['linkedin', 'en', 'national_id', `Payroll onboarding for our Montréal tutors — pasted the wrong cell, this is a real SIN: 699 734 612. Fixing now.`],
  ['linkedin', 'en', '', `Onboarding tip for new tutors in Canada: you'll need your SIN for payroll, but give it only through our secure HR portal, never by email or chat.`],
  ['linkedin', 'fr', 'national_id phone', `Assurance du stage en Valais pour Julia F. : AVS 756.8207.2485.86, numéro de l'employeur +41 27 322 18 46. Je dépose ça ici en attendant que le mail du DFS remarche.`],
  // ——— More look-alikes and mixed-language posts ———
  ['linkedin', 'mixed', '', `Back from the EdTech Summit in Montréal! Les keynotes sur l'IA générative en classe étaient top, et le panel sur la protection des données des élèves encore mieux. Slides publiques sur le site de l'événement.`],
  ['linkedin', 'mixed', 'financial', `Quick update from the sales offsite: on a signé pour 640 k€ de nouveaux contrats écoles au T4, largement au-dessus du forecast. Numbers stay internal until the board pack goes out in January.`],
  ['linkedin', 'mixed', 'email', `Team Lausanne, for the kick-off workshop please RSVP à events.romandie@edu-romandie-test.ch before Friday. Merci!`],
  ['linkedin', 'mixed', '', `Notre partenariat avec Globe Éducation est public depuis ce matin 🎉 Together we'll bring the maths app to 200 Belgian schools.`],
  ['linkedin', 'fr', '', `Exposé de mes 1re sur les grandes entreprises : Initiative, Globe, Société Générale… et un élève qui a confondu « générique » et « générale » dans sa présentation. On a beaucoup ri.`],
  ['linkedin', 'fr', '', `Un atlas bleu de géographie de 1962 retrouvé au fond du CDI, avec la carte de l'AOF. Pièce de musée, on l'expose à côté des manuels actuels.`],
  ['linkedin', 'en', '', `CONFIDENTIAL is not a magic word: a label helps only if people know what it means. Today's staff training covered our three classification levels and who can see what.`],
  ['linkedin', 'fr', '', `Nos enseignants ont accès à l'intranet de l'académie pour les ressources ; les élèves, eux, utilisent l'ENT public. Deux mondes, deux mots de passe.`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui cherchent le formulaire de remboursement des frais de déplacement des jurys : https://intranet.hes-vaud.ch/finances/frais-jury — connexion avec votre compte HES.`],
  ['linkedin', 'en', 'phone', `Belgian parents asked for a Dutch-speaking contact: our Antwerp coordinator Pieter is on +32 3 201 44 87 on weekdays.`],
]);
