import { rows } from './corpus-types';

/**
 * Held-out set "fresh105": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh105`.
 * First scored: 2026-12-05 on d3a2856 (unseen, before any fix from it): confidentiality macro F1 0.963 / 3.4 % (4 of 118).
 *
 * Authors: project managers, translators, conference and liaison interpreters, sworn translators, a sign-language
 * interpreter, terminologists, trainers and localisation engineers of translation agencies and freelancers in France
 * (Lyon, Paris, Lille, the West), Belgium (Brussels, Liège, Namur, Leuven), Switzerland (Geneva, Lausanne, Basel, Bern)
 * and Quebec (Montréal, Québec), writing in French, English and a mix of both. Forms: proud team updates and client
 * thank-yous, pasted meeting notes, stand-ups, CODIR tables and Teams/WhatsApp messages pasted by mistake, customer
 * replies (surface 'comment'), job ads with published salary ranges, two X threads (a three-post one on freelance rates
 * and a two-post one on a price rise), polls, goodbyes, post-mortems, changelogs, supplier bank-detail notices, CAT-tool
 * and TMS config snippets, glossary and terminology tips, teaching exercises, fraud warnings.
 * Positives: client names (Société Générique, Globex, Hôpital Sainte-Claire, Initech) and code names (Orion, Nébula,
 * Project Kestrel / Kestrel, Atlas Bleu) in the project and customer sense; per-word rates, agency margins, quotes, bids,
 * a rate card, a budget, a forecast, a pipeline, a turnover estimate, a funding round and valuation, each with a sign it
 * is not public yet ("ne pas transmettre avant l'envoi des devis", "entre nous", "pas encore communiquée", "à valider
 * avant envoi", "keep it under your hat", "board sees it tomorrow", "chut", "ne circule pas hors du CODIR"…);
 * explicit labels (CONFIDENTIEL — DIFFUSION RESTREINTE, INTERNE — NE PAS DIFFUSER, TLP:AMBER, TLP:RED, SOUS NDA,
 * [INTERNAL], STRICTLY CONFIDENTIAL, Classification: …, VERTRAULICH, EMBARGO jusqu'au…, [CONFIDENTIEL – PARTENAIRES]);
 * shared CAT-tool, TMS, MT and SFTP credentials, API keys and tokens without vendor formats, a Slack webhook, booth and
 * office Wi-Fi passwords, a PDF password, an OAuth client secret; the policy's internal domains, intranet. hosts, private
 * IPs, .local/.internal/.corp hosts and a UNC path; personal mobiles, switchboards, a toll-free line and a hotline in
 * French, Belgian, Swiss and North American formats; named, role and obfuscated ("[at] [dot]") mail addresses, and a
 * CAT-tool login that is an address. Every IBAN, card and national id positive was computed with a throwaway script
 * kept outside the repo: FR IBANs with the RIB key, BE with the mod-97 account check, CH and LU by mod 97; Luhn for Visa,
 * Mastercard (5- and 2-series), Amex and Discover; the key for French NIR (one Corsican 2A), the mod-97 key for Belgian
 * national register numbers (one born after 2000), the EAN-13 digit for Swiss AVS numbers and Luhn for Canadian SINs.
 * Look-alikes (clean): published turnover, published rates and rate cards, public surveys and AIIC/SFT medians, job-ad
 * salary ranges, a public tender award, other firms' funding, teaching figures; talk about translating "confidential",
 * "internal", TLP codes, classification and embargo wordings, NDAs mentioned in a sentence; placeholders (<your key
 * here>, <mot_de_passe>), vendor examples (sk_test_XXXX, AKIAIOSFODNN7EXAMPLE), the Stripe 4242 test card, a masked
 * card, a card and a French IBAN with a failing check from scam messages, a NIR with a deliberately wrong key, the Swiss
 * example IBAN, the Swiss example AVS number and the CRA sample SIN; emergency numbers (15, 112, 911); public sites;
 * the constellation and nebula of Orion, kestrels on the Somme, a cat named Atlas, a tagine called "l'Atlas", the
 * Sainte-Claire chapel of Geneva, an atlas of dialects.
 * Conventions as in the brief of the set: every written address is email and every written phone number is phone
 * (role mailboxes and switchboards included); user:password in a connection string is secret, not email; markers only
 * for explicit labels reproduced from a document, not for informal requests or discussions of the words.
 *
 * Counts: 250 posts (133 FR, 103 EN, 14 mixed; 223 LinkedIn, 27 X; 9 comments): 118 clean, 132 with one or more
 * findings. Labels: financial 22, client_name 17, secret 16, phone 15, email 14, national_id 14, confidential_marker
 * 14, codename 12, internal_url 11, iban 10, card 7.
 */
export const FRESH105_POSTS = rows('fresh105', [
  ['linkedin', 'fr', '', `Trois ans que je traduis des notices de dispositifs médicaux et je continue d'apprendre chaque semaine. Petit conseil aux juniors : constituez votre glossaire dès le premier projet, même dans un simple tableur. Vous me remercierez au cinquième.`],
  ['linkedin', 'fr', 'client_name', `Fierté du jour : notre équipe a livré en 9 jours la traduction FR>EN>DE de l'ensemble des protocoles de soins de l'Hôpital Sainte-Claire. 212 000 mots, quatre réviseurs, zéro retard. Merci à toutes et à tous 🙏`],
  ['linkedin', 'en', '', `Interpreting tip: when the speaker reads a prepared statement at full speed, ask the organiser for the text beforehand. If they say it is confidential, offer to sign an NDA. Nine times out of ten you get the text.`],
  ['linkedin', 'fr', 'financial', `Note pour l'équipe PM (ne pas transmettre aux clients avant l'envoi des devis lundi) : à partir de janvier on passe le tarif de vente FR>EN à 0,16 €/mot et on paie les freelances 0,095 €, soit une marge brute cible de 41 %.`],
  ['x', 'fr', '', `Rappel : le mot « confidentiel » se traduit « confidential » en anglais, mais « vertraulich » en allemand et « riservato » en italien. Ne mettez pas « secret » sur un en-tête, ça n'a pas le même sens juridique.`],
  ['linkedin', 'en', 'secret', `Quick heads-up for the freelancers on the Lyon pool: the shared Phrase account has a new password since this morning, it's Tournesol#Cuivre-88 (same login as before). Please don't change it without telling me.`],
  ['linkedin', 'fr', 'national_id', `Je crois que je viens de tomber sur le pire fichier source de l'année : un formulaire d'embauche à traduire où le client avait laissé tous les champs remplis. Nom, adresse et numéro de sécu : 2 91 11 69 383 217 89. J'ai signalé au PM, on attend une version anonymisée.`],
  ['linkedin', 'fr', '', `Je crois que je viens de tomber sur le pire fichier source de l'année : un formulaire d'embauche avec le numéro de sécu rempli. Bien sûr je ne le recopie pas ici 😅 J'ai signalé au PM, on attend une version anonymisée.`],
  ['linkedin', 'mixed', 'confidential_marker client_name', `Extrait du brief reçu ce matin, pour que vous voyiez le niveau d'exigence :
« CONFIDENTIEL — DIFFUSION RESTREINTE
Client : Globex
Objet : traduction du rapport annuel de gouvernance, EN>FR, 48 pages »
Bref, on a du pain sur la planche cette semaine.`],
  ['x', 'en', '', `Hot take: putting the word "confidential" on a restaurant menu and asking for it in four languages is a choice. A bold one.`],
  ['linkedin', 'fr', 'phone', `Vous cherchez une interprète de liaison FR<>ES pour un salon à Genève en mars ? Je suis disponible du 12 au 15. Appelez-moi directement au 079 412 56 83 ou écrivez-moi ici.`],
  ['linkedin', 'fr', '', `Vous cherchez une interprète de liaison FR<>ES pour un salon à Genève en mars ? Je suis disponible du 12 au 15. Écrivez-moi en message privé, je réponds dans la journée.`],
  ['linkedin', 'en', 'email', `We're recruiting! Senior localisation engineer (memoQ, Okapi, a bit of Python), Montréal or remote in Québec. Salary range published: CAD 78,000–92,000. Send your CV to jobs@lexiponts.ca.`],
  ['linkedin', 'fr', '', `On recrute ! Cheffe ou chef de projet traduction, CDI à Bruxelles, salaire brut de 3 400 à 3 900 € selon expérience, chèques-repas et télétravail deux jours par semaine. Postulez via le formulaire de notre page carrières.`],
  ['linkedin', 'fr', 'iban', `PSA pour mes collègues freelances : la facture de novembre est partie, mais l'agence m'a demandé de confirmer mes coordonnées bancaires en public (!). Je les mets ici puisque de toute façon ils ne lisent pas mes mails : IBAN BE14 5093 8125 9083.`],
  ['linkedin', 'fr', '', `Attention arnaque : des « agences » contactent les traducteurs indépendants avec un faux projet et un chèque trop élevé, puis demandent le remboursement du surplus par virement sur un IBAN du type FR79 1877 2860 6186 9384 5634 144. Ce compte ne passe même pas le contrôle de clé. Ne répondez pas.`],
  ['linkedin', 'en', 'codename', `Wrapping up a long week on Project Kestrel: 14 languages, 3 vendors, one very patient terminology lead. Can't say more yet but I'm proud of this team.`],
  ['linkedin', 'en', '', `Spent the weekend birdwatching near the Somme estuary. Counted two kestrels hovering over the dunes and a marsh harrier. Best way to reset after a heavy deadline week.`],
  ['x', 'fr', '', `L'atlas linguistique de la Wallonie est en ligne et c'est une merveille pour qui traduit des textes régionaux. Des heures de lecture en perspective.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux arrivants : toutes les mémoires de traduction sont désormais sur le serveur https://tm.corp.acme.com/memoq — connectez-vous avec vos identifiants Windows. Le vieux partage réseau disparaît vendredi.`],
  ['linkedin', 'fr', '', `Pour les nouveaux arrivants : nos guides de style publics sont sur notre site, rubrique Ressources. Lisez celui de votre combinaison avant votre premier projet, il évite 80 % des retours clients.`],
  ['linkedin', 'en', 'secret', `Pasting the config so the dev team can reproduce the connector bug:
DEEPL_API_KEY=7f3c9a2e-41b8-4d5f-9c0e-8a6b2d1f4e73:fx
TARGET_LANGS=FR,DE,NL
Any idea why batches over 50 segments time out?`],
  ['linkedin', 'en', '', `Pasting the config so the dev team can reproduce the connector bug:
DEEPL_API_KEY=<your key here>
TARGET_LANGS=FR,DE,NL
Any idea why batches over 50 segments time out?`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle en interne : le CA de l'agence sur 2026 devrait finir autour de 2,3 M€, en hausse de 18 %. On l'annoncera officiellement à la soirée du 20 janvier, d'ici là on garde ça pour nous.`],
  ['linkedin', 'fr', '', `Bilan publié : notre agence a réalisé un chiffre d'affaires de 2,1 M€ en 2025 (comptes déposés au greffe en juin). Merci à nos 140 traducteurs partenaires.`],
  ['linkedin', 'en', '', `Published our 2027 public rate card today: translation from 0.14 €/word, proofreading 45 €/hour, DTP 30 €/page. Transparent pricing, no surprises. Link in the comments.`],
  ['linkedin', 'fr', 'card', `Test de notre nouveau formulaire de paiement pour les clients particuliers (traductions assermentées) : j'ai mis ma vraie carte pour vérifier, 4331 5283 9441 7887, exp 08/28, et ça passe ! Enfin une bonne nouvelle un vendredi.`],
  ['linkedin', 'fr', '', `Test de notre nouveau formulaire de paiement pour les traductions assermentées : avec la carte de test 4242 4242 4242 4242 fournie par le prestataire, tout passe. Mise en production lundi.`],
  ['linkedin', 'fr', 'confidential_marker', `Pour info, je recopie l'en-tête du mémo reçu de la direction :
INTERNE — NE PAS DIFFUSER À L'EXTÉRIEUR
Objet : réorganisation du pôle juridique à partir du 1er février.
Je pense que ça concerne surtout l'équipe de Namur.`],
  ['linkedin', 'fr', '', `Question de terminologie : comment rendez-vous « For internal use only » sur les documents d'un client belge ? J'hésite entre « Usage interne uniquement » et « Réservé à un usage interne ». Vos avis ?`],
  ['x', 'en', 'client_name', `Just finished proofreading Initech's new employee handbook in Canadian French. 90 pages of TPS reports references. Send help.`],
  ['x', 'en', '', `Just finished proofreading a new employee handbook in Canadian French. 90 pages of "synergies". Send help.`],
  ['linkedin', 'fr', 'phone email', `Nouvelle adresse pour nos bureaux de Lausanne à compter du 2 janvier : avenue de la Gare 17. Standard : +41 21 634 12 09, devis : devis@traduvaud.ch.`],
  ['linkedin', 'en', '', `Our Lausanne office is moving to the station district on 2 January. Same team, same coffee machine, more light. Come and say hi at the open house on the 16th.`],
  ['linkedin', 'fr', 'national_id', `Bon, j'avoue : en traduisant un acte de naissance suisse j'ai collé par erreur le numéro AVS de la personne dans notre canal Teams général au lieu de la fiche projet. 756.4505.3749.65. Quelqu'un sait comment on supprime un message pour tout le monde ?`],
  ['linkedin', 'fr', '', `Astuce pour les traductions de documents suisses : le numéro AVS à 13 chiffres commence toujours par 756 (code pays) et se termine par une clé de contrôle. Exemple fictif donné par l'administration : 756.1234.5678.97. Ne le « corrigez » jamais dans la traduction.`],
  ['linkedin', 'en', 'financial', `Internal pricing update for account managers, not to be shared with clients until the new quotes are approved on the 9th: the medical bundle goes from 0.19 to 0.22 per word, and certified translation per page rises to 42 dollars.`],
  ['linkedin', 'en', '', `Every January freelancers ask me whether to raise their rates. My answer: check the latest public ATA or SFT survey, compare, and tell your clients 60 days ahead. The median in the last SFT survey was 0.13 €/word for EN>FR.`],
  ['linkedin', 'mixed', 'confidential_marker', `Reçu d'un client ce matin, en-tête du fichier source :
TLP:AMBER — limited disclosure, recipients only
Fun fact : on m'a demandé de traduire aussi la mention TLP. Spoiler : on ne traduit pas le code, seulement l'explication.`],
  ['linkedin', 'en', '', `Translators, a word on TLP labels: TLP:CLEAR, TLP:GREEN, TLP:AMBER and TLP:RED are codes from FIRST and should stay in English in every target language. Translate the explanation next to them if you like, never the label itself.`],
  ['linkedin', 'fr', 'secret', `Les interprètes de la conférence de demain : le Wi-Fi de la cabine, c'est le réseau « Booth-FR2 », mot de passe Chuchotage2026!. Merci de ne pas le donner au public, la bande passante est déjà limite.`],
  ['linkedin', 'fr', '', `Les interprètes de la conférence de demain : le code Wi-Fi de la cabine vous sera remis sur place par la régie. Arrivez 45 minutes avant pour les tests son.`],
  ['linkedin', 'fr', 'codename client_name', `CR réunion de lancement (copié du OneNote) :
- Client : Société Générique
- Projet : Nébula — localisation de l'appli mobile en 11 langues
- Livraison lot 1 : 15/01
- PM : Clara / LE : Joachim`],
  ['linkedin', 'fr', '', `Ce soir, ciel dégagé au-dessus du Jura : on voyait parfaitement la nébuleuse d'Orion à la jumelle. Rien de tel pour oublier les segments non confirmés.`],
  ['linkedin', 'en', 'email', `If the reviewers in your workflow keep rejecting "utiliser" for "use", here is my trick: email me at m.vandamme.translation@gmail.com and I'll send you my FR style sheet for free.`],
  ['linkedin', 'en', '', `If reviewers keep rejecting "utiliser" for "use", here is my trick: check their style guide first, then argue with corpus evidence. I'll share my FR style sheet on my website next week.`],
  ['linkedin', 'fr', 'iban', `Fournisseur – changement de coordonnées bancaires (copié tel quel de leur courrier) :
Titulaire : Studio Voix Off Liège SRL
Nouvel IBAN : BE89 7253 0719 7485
BIC : GEBABEBB
Les factures de décembre doivent être payées sur ce compte.`],
  ['linkedin', 'fr', '', `Rappel à tous les PM : tout changement d'IBAN d'un fournisseur doit être confirmé par téléphone au numéro que nous avons déjà dans le dossier, jamais à celui du mail. Deux agences belges se sont fait avoir ce mois-ci.`],
  ['linkedin', 'en', 'national_id', `Certified translation tip from today's file: a Canadian SIN on the source had 9 digits grouped 3-3-3 (587 743 584). Keep the grouping identical in the target, notaries in France check it against the original.`],
  ['linkedin', 'en', '', `Certified translation tip: a Canadian SIN has 9 digits grouped 3-3-3, like the CRA's own sample 046 454 286. Keep the grouping identical in the target, notaries check it against the original.`],
  ['x', 'fr', 'financial', `Entre nous : l'offre qu'on va remettre pour l'appel d'offres de la Commission tourne à 1,4 M€ sur 4 ans, dépôt le 18. Si on l'emporte c'est la plus grosse de notre histoire.`],
  ['x', 'fr', '', `On vient d'apprendre qu'on a remporté le marché public de traduction de la Région (montant publié au JOUE : 1,4 M€ sur 4 ans). Champagne !`],
  ['linkedin', 'en', '', `Our localisation team is growing. Junior project coordinator, Brussels, 2,900–3,200 € gross/month as published in the ad, Dutch a plus. Apply through our careers page.`],
  ['linkedin', 'fr', 'secret internal_url', `Pour ceux qui n'arrivent pas à se connecter au serveur memoQ depuis le télétravail :
serveur : memoq01.lyon.local
utilisateur : pm_shared
mot de passe : Qd7!vNw2-Tarn
On réglera les comptes individuels après les fêtes.`],
  ['linkedin', 'fr', '', `Pour ceux qui n'arrivent pas à se connecter au serveur memoQ depuis le télétravail : lancez d'abord le VPN, puis utilisez vos propres identifiants. Si ça ne marche toujours pas, ouvrez un ticket au support.`],
  ['linkedin', 'fr', 'client_name', `Petite victoire : le service qualité d'Initech a validé notre glossaire FR-CA du premier coup. Ça n'arrive jamais avec eux 😄`],
  ['linkedin', 'en', '', `A glossary tip I wish I'd had at 25: add a "do not translate" column. Brand names, product codes, legal entity names, units. It saves hours of back-and-forth with reviewers.`],
  ['linkedin', 'fr', 'phone', `Si vous avez besoin d'une traduction assermentée en urgence ce week-end, j'ai un créneau samedi matin. Joignable au 06 12 47 89 30 de 9 h à 12 h.`],
  ['linkedin', 'fr', '', `En cas de malaise pendant l'événement, composez le 15 ou le 112 ; un secouriste est présent au rez-de-chaussée. Les cabines d'interprétation sont au 2e étage.`],
  ['linkedin', 'en', 'confidential_marker', `From a source file we received for translation today, first line:
[INTERNAL] Draft v3 - do not circulate outside the steering group
...and then the client asks us to post a teaser. Decide, people.`],
  ['linkedin', 'en', '', `Ever noticed how "internal" has three different French equivalents depending on context? "interne" (document), "intérieur" (regulation), "en interne" (process). Context is king.`],
  ['linkedin', 'fr', 'financial client_name', `Les chiffres de la simulation pour le devis Globex (pas encore envoyé) : 86 000 mots, 0,145 €/mot côté client, 0,085 € côté traducteurs, marge de 41 %.`],
  ['linkedin', 'fr', '', `Les chiffres de notre enquête publique sur les tarifs des traducteurs indépendants en Belgique sont sortis : médiane 0,12 €/mot, 38 % des répondants facturent à l'heure pour la révision. Rapport complet en lien.`],
  ['linkedin', 'en', 'secret', `Our Slack alerts for new jobs in the TMS stopped working, so here is the webhook we use, maybe someone sees the problem: https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Our Slack alerts for new jobs in the TMS stopped working. Turns out the webhook had been revoked when the workspace admin left. Lesson learned: document who owns each integration.`],
  ['linkedin', 'fr', 'confidential_marker', `Le document que je dois relire porte en pied de page « SOUS NDA — Reproduction interdite ». Et pourtant le client m'envoie la version modifiable par WeTransfer sans mot de passe. Cohérence, quand tu nous tiens.`],
  ['linkedin', 'fr', '', `Je ne peux pas montrer d'extraits de mes derniers projets, ils sont tous couverts par des accords de confidentialité. Alors voici à la place une photo de mon chat qui dort sur mes dictionnaires.`],
  ['linkedin', 'fr', '', `Mon chat s'appelle Atlas et il a décidé que le clavier était son lit. Trois segments de « zzzzzzzzz » dans la mémoire de traduction avant que je m'en aperçoive. Le QA a bien ri.`],
  ['linkedin', 'fr', 'codename', `Gros sprint de localisation pour Atlas Bleu cette semaine : 6 langues à livrer avant le gel du 19. Merci aux relecteurs qui ont accepté de travailler le samedi.`],
  ['x', 'en', 'codename', `Orion strings freeze moved to Thursday. Translators, please flag anything untranslatable in the query sheet by Wednesday noon, not in the chat.`],
  ['x', 'en', '', `Anyone else use "Orion" as the example word when teaching trainees about proper nouns in star maps? Constellation names are a minefield: Orion, Orión, Órion...`],
  ['linkedin', 'fr', 'iban national_id', `Je partage ce cas pour sensibiliser : un client nous a envoyé son bulletin de salaire à traduire pour un dossier d'immigration, et notre stagiaire l'a copié dans l'outil de TA grand public. Contenu : NIR 1 84 07 75 112 045 22, IBAN FR76 2937 6457 5938 6632 2684 229. On a depuis bloqué l'accès aux outils non validés.`],
  ['linkedin', 'fr', '', `Je partage ce cas pour sensibiliser : un client nous a envoyé son bulletin de salaire à traduire et notre stagiaire l'a copié dans un outil de TA grand public. Aucune donnée n'a été exposée au-delà, mais on a depuis bloqué l'accès aux outils non validés.`],
  ['linkedin', 'en', 'phone', `Need a Quebec French voice talent for an e-learning? My colleague Sophie is amazing, reach her at 418-692-3315 and tell her I sent you.`],
  ['linkedin', 'en', '', `Need a Quebec French voice talent for an e-learning? My colleague Sophie is amazing, look her up on the UDA directory and tell her I sent you.`],
  ['linkedin', 'en', 'email', `Folks translating for the Fondation: please send your invoices to comptabilite@atelier-babel.be rather than to me, I'm off from the 22nd.`],
  ['linkedin', 'fr', '', `Petit rappel pour ceux qui traduisent des courriels : une adresse électronique ne se traduit jamais, ni la partie avant l'arobase ni le domaine. Même si le client insiste pour « franciser ».`],
  ['linkedin', 'fr', 'financial', `Budget localisation 2027 validé hier soir par le comité de direction : 640 k€, dont 180 k€ pour la post-édition. Communication officielle aux équipes le 15, je vous laisse la surprise pour le détail.`],
  ['linkedin', 'fr', '', `Pour mes étudiants de master : exercice sur le budget d'un projet de localisation fictif de 640 000 €. Comment répartissez-vous entre traduction, post-édition, QA et gestion de projet ? Corrigé jeudi.`],
  ['linkedin', 'en', 'card', `Can someone in accounting refund this client? She paid twice for the same sworn translation. Card used: 5170 9223 9075 3554, exp 11/27, amount 184 €. Thanks!`],
  ['linkedin', 'en', '', `Can someone in accounting refund this client? She paid twice for the same sworn translation. Card ending in 3554, amount 184 €. Ticket number is in the CRM. Thanks!`],
  ['linkedin', 'fr', 'internal_url', `La nouvelle version de la base terminologique est en ligne : http://10.20.4.17:8080/termbase — pensez à vider le cache avant de vous connecter.`],
  ['linkedin', 'fr', '', `La nouvelle version de notre base terminologique publique est en ligne sur notre site : 14 000 entrées FR-NL-EN dans le domaine de l'assurance, libre d'accès. Bonne exploration !`],
  ['linkedin', 'mixed', 'confidential_marker', `How do you handle this one? Source header says "Classification: Restricted – Commercial in confidence". Client wants the French to say exactly the same. I went with « Classification : Diffusion restreinte – Confidentialité commerciale ». Thoughts?`],
  ['linkedin', 'mixed', '', `How do you handle classification headers? The client wants the French to mirror the English wording. I usually keep the classification level in the client's own scheme and translate only the descriptive part. Thoughts?`],
  ['linkedin', 'fr', 'client_name', `Nous avons eu le plaisir d'accompagner Société Générique dans la traduction de son rapport RSE en cinq langues. Un projet exigeant, mené main dans la main avec leur équipe communication.`],
  ['linkedin', 'fr', '', `Un conseil de terminologie : « raison sociale » n'est pas « company name » dans tous les contextes. Dans un formulaire générique, « Company name » suffit, mais dans un acte juridique préférez « registered name ».`],
  ['linkedin', 'en', 'secret', `Reminder to the interpreters on the Brussels summit: the Interprefy booth login is booth3.fr / pw: R8m#kLw2Vq. Log in 30 minutes early so we can test the relay.`],
  ['linkedin', 'en', '', `Reminder to the interpreters on the Brussels summit: your personal Interprefy login will arrive by email on Monday. Log in 30 minutes early so we can test the relay.`],
  ['x', 'fr', '', `Traduire « password » par « mot de passe » c'est facile. Traduire « passphrase » c'est une autre histoire : phrase secrète ? phrase de passe ? Je vote phrase de passe.`],
  ['linkedin', 'fr', 'phone', `Pour les clients de notre antenne de Liège : la ligne directe change, c'est désormais le +32 4 221 87 30. Le numéro général reste inchangé.`],
  ['linkedin', 'en', '', `Project update: the 2.4.1 localisation release shipped with 12 new locales. Thanks to the 37 linguists who worked through 418 000 words in six weeks.`],
  ['linkedin', 'fr', 'financial', `On vient de boucler le montage de la levée de fonds : 1,8 M€ auprès de deux business angels, valorisation pré-money 7 M€. Signature prévue le 28, annonce presse dans la foulée. Chut d'ici là 🤫`],
  ['linkedin', 'fr', '', `Article intéressant sur la levée de 12 M€ annoncée hier par une plateforme de traduction lyonnaise. Le marché bouge vite, et les agences indépendantes doivent se positionner.`],
  ['linkedin', 'en', 'confidential_marker', `Here is the cover note we attach to every client deliverable, in case it helps other agencies:
CONFIDENTIAL – Prepared for the addressee only
Translation © our agency. Not to be reproduced without written consent.
Feel free to adapt.`],
  ['linkedin', 'en', '', `The word "confidential" appears 312 times in the contract we just translated. I counted. Legal English loves repetition, French legal drafting hates it. Fun weekend.`],
  ['linkedin', 'fr', 'national_id', `Traduction d'un certificat de domicile belge : le numéro de registre national 92.03.14-128.47 figure en page 2. Le client me demande s'il faut le traduire… on le recopie, tout simplement.`],
  ['linkedin', 'fr', '', `Traduction d'un certificat de domicile belge : le numéro de registre national figure en page 2. Le client me demande s'il faut le traduire… non, on le recopie tel quel, avec la même ponctuation.`],
  ['linkedin', 'fr', 'email phone', `Nous cherchons des traducteurs NL>FR spécialisés en droit social pour un projet de six mois. Contact : recrutement@vertaalhuis-bxl.be ou 0475 38 91 26.`],
  ['linkedin', 'en', '', `We're looking for NL>FR translators specialised in employment law for a six-month project. Apply via the vendor portal on our website, we reply within a week.`],
  ['linkedin', 'fr', 'codename', `Le glossaire du projet Orion est enfin stabilisé (812 termes). Merci aux trois réviseurs qui ont tranché les 40 débats sur « workload » vs « charge de travail ».`],
  ['linkedin', 'en', '', `Our team dinner went to a Moroccan place in Montréal whose house special is "l'Atlas", a lamb tagine. Highly recommended after a long release week.`],
  ['linkedin', 'en', 'client_name', `Throwback to the kick-off with the Globex legal team in Geneva last spring. 2,000 pages of contracts later, we're still friends.`],
  ['linkedin', 'en', '', `Throwback to our kick-off in Geneva last spring with a big legal client. 2,000 pages of contracts later, we're still friends.`],
  ['linkedin', 'fr', 'secret', `Tuto express pour envoyer les fichiers à notre SFTP :
sftp://livraison:Ve3rT!upLune@ftp.trad-ouest.fr:22/entrant
Déposez un fichier par langue, nommé code_langue_projet.zip.`],
  ['linkedin', 'fr', '', `Tuto express pour envoyer les fichiers à notre SFTP :
sftp://<utilisateur>:<mot_de_passe>@ftp.exemple.fr:22/entrant
Remplacez par les identifiants reçus par SMS. Un fichier par langue, nommé code_langue_projet.zip.`],
  ['linkedin', 'en', 'iban', `Freelancer friends in Switzerland: my bank changed after the merger, please update my details in your vendor databases: CH74 6891 3405 9152 6889 7. Old account closes on 31 Dec.`],
  ['linkedin', 'en', '', `Freelancer friends in Switzerland: my bank changed after the merger. I've emailed the new details to each agency I work with, please don't ask for them here.`],
  ['x', 'en', '', `The Swiss example IBAN in every bank's help page, CH93 0076 2011 6238 5295 7, has probably been "translated" more times than the Bible.`],
  ['linkedin', 'fr', 'financial', `Pour les PM : la nouvelle grille de marges minimales, validée par la direction mais pas encore communiquée aux commerciaux, c'est 35 % sur la traduction seule et 28 % sur les projets avec DTP. En dessous, validation obligatoire.`],
  ['linkedin', 'fr', '', `Débat du jour en cours de gestion de projet : une marge brute de 35 % est-elle raisonnable pour une agence de traduction ? Les chiffres de la dernière étude sectorielle publique donnent 30 à 40 %.`],
  ['linkedin', 'en', 'phone', `Our Montréal after-hours line for urgent interpreting requests is 1-800-463-2847, staffed until midnight. Share it with anyone who needs a medical interpreter.`],
  ['linkedin', 'en', '', `Urgent medical interpreting in Quebec? Most hospitals have a direct arrangement with the regional interpreter bank. Ask the nurse at triage, and in an emergency always call 911 first.`],
  ['linkedin', 'mixed', 'confidential_marker codename', `Copie du bandeau de la spec reçue :
EMBARGO jusqu'au 14/01 09:00 CET
Nébula – release notes v5 (FR/EN/DE)
Donc pas de teaser avant, même si on est très contents du résultat 😊`],
  ['linkedin', 'mixed', '', `What does "embargoed until" become in French press releases? "Sous embargo jusqu'au" is the most common, "Embargo : ne pas publier avant" also works. Don't translate the timezone abbreviation.`],
  ['linkedin', 'fr', 'national_id', `Oups. En préparant le gabarit de traduction pour les actes d'état civil, j'ai laissé l'exemple réel d'un client au lieu du fictif : NIR 2 66 05 33 063 301 66. Fichier retiré du partage, mais il a circulé une heure.`],
  ['linkedin', 'fr', '', `Pour nos gabarits d'actes d'état civil, nous utilisons un NIR fictif manifestement faux (1 80 01 92 050 123 92, clé volontairement erronée) pour que personne ne le confonde avec un vrai.`],
  ['linkedin', 'en', 'secret email', `Shared Smartcat account for the weekend rota, since Marc is sick:
login: weekend.pm@agence-rives.fr
password: Hirondelle_7741
Please log out when you're done.`],
  ['linkedin', 'en', '', `Shared accounts in CAT tools are a GDPR headache. We moved every PM to named accounts with SSO this year, and audit logs finally make sense. Happy to share our checklist.`],
  ['linkedin', 'fr', 'client_name', `Les collègues de la cellule médicale ont passé la nuit sur le dossier de l'Hôpital Sainte-Claire : 300 comptes rendus à traduire pour un transfert de patients à l'étranger. Chapeau.`],
  ['linkedin', 'fr', '', `Visite guidée de la chapelle Sainte-Claire de Genève avec l'association des interprètes : magnifique acoustique, et une guide qui jonglait entre trois langues sans notes. Respect.`],
  ['x', 'fr', 'financial', `Notre objectif de CA pour le premier semestre, présenté ce matin en comité mais pas encore aux équipes : 1,2 M€, soit +25 %. Ambitieux mais jouable.`],
  ['x', 'fr', '', `Un objectif de +25 % de CA, c'est ambitieux pour une agence de traduction en 2027 ? Sondage rapide 👇
🅰️ Oui, irréaliste
🅱️ Jouable avec l'IA
🅲 Dépend du segment`],
  ['linkedin', 'en', 'internal_url', `Reminder: the vendor onboarding checklist moved to https://intranet.lingualink.ca/vendors/onboarding. Old bookmarks will 404 from next week.`],
  ['linkedin', 'en', '', `Reminder: our public vendor onboarding page is now at lingualink.ca/join. We've shortened the test from 500 to 300 words.`],
  ['linkedin', 'fr', 'card', `Le client nous a envoyé son relevé bancaire à traduire en entier pour un visa, y compris le numéro complet de sa carte : 4816 0959 9978 9122. Je le masque dans la traduction, ou je dois le reproduire ?`],
  ['linkedin', 'fr', '', `Le client nous a envoyé son relevé bancaire à traduire pour un visa. Le numéro de carte y figure masqué (**** **** **** 9122). Je reproduis le masquage tel quel dans la traduction, c'est la règle.`],
  ['linkedin', 'en', 'confidential_marker', `Pasted from the client portal by mistake, sorry if you saw it before I edited:
STRICTLY CONFIDENTIAL – M&A TEAM ONLY
Target due diligence pack, 420 pages, EN>FR, delivery in 10 working days.`],
  ['linkedin', 'en', '', `Working on an M&A due diligence pack this month. 420 pages, EN>FR, 10 working days. If you're a legal translator with data room experience, I might need a second reviewer.`],
  ['linkedin', 'mixed', 'phone', `Service interprétation, bureau de Québec : on a une nouvelle ligne pour les demandes le jour même, le (418) 555-0147. Merci de la faire circuler auprès des cliniques partenaires.`],
  ['linkedin', 'fr', '', `Le 15 000e mot de la journée est tombé à 18 h 42. Record personnel battu, mais je ne le recommande à personne. Pause.`],
  ['linkedin', 'fr', 'email', `Pour les interprètes inscrits au congrès de juin : envoyez vos préférences de cabine à l'adresse cabines [at] congres-interpretes [dot] ch avant le 10 mars.`],
  ['linkedin', 'fr', '', `Pour les interprètes inscrits au congrès de juin : le formulaire de préférences de cabine est sur le site congres-interpretes.ch, à remplir avant le 10 mars.`],
  ['linkedin', 'en', 'codename client_name', `Status update pasted from our Teams channel:
"Kestrel glossary v2 sent to Initech for sign-off. Project Kestrel UI strings 87 % done, 3 languages blocked on screenshots."`],
  ['linkedin', 'en', '', `Status update from our team: glossary v2 sent for client sign-off, UI strings 87 % done, 3 languages blocked on screenshots. A normal Tuesday in localisation.`],
  ['linkedin', 'fr', 'iban', `Pour le paiement de la traduction assermentée, voici mes coordonnées : Camille Roux, IBAN FR76 1536 7456 5220 9994 3264 284. Merci de mentionner le numéro de devis en référence.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre message ! Pour le paiement de la traduction assermentée, je vous envoie mes coordonnées bancaires sur la facture en PDF, c'est plus sûr qu'en commentaire.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Happy to help! For a quote, just send the file to quotes@translatio-geneve.ch and mention this post, we'll reply within 24 hours.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Happy to help! For a quote, use the upload form on our website and mention this post, we'll reply within 24 hours.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Madame, je suis désolée pour le retard de livraison. Vous pouvez me joindre directement au 04 78 92 14 63 pour qu'on trouve une solution.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Madame, je suis désolée pour le retard de livraison. Je vous écris en message privé pour qu'on trouve une solution rapidement.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Bonjour, comme convenu au téléphone : pour votre projet, notre proposition (qui ne sera formalisée qu'après validation interne jeudi) serait de 9 800 € HT, soit 0,11 €/mot avec remise volume.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, merci pour votre intérêt ! Nos tarifs publics commencent à 0,12 €/mot pour le FR>EN, avec une remise volume dès 20 000 mots. Le devis détaillé arrive par courriel.`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret', `Found the reason our XTM connector kept failing: someone rotated the key. New one for the integration team: xtm_live_9Hq2LrT7vNc4ZbW8yKd3PmFs. Please update the Jenkins job.`],
  ['linkedin', 'en', '', `Found the reason our connector kept failing: someone rotated the API key without telling anyone. Lesson: keys live in the vault, and rotations go in the changelog.`],
  ['linkedin', 'en', '', `Tip for localisation engineers writing docs: use obviously fake keys like sk_test_XXXXXXXXXXXXXXXX or AKIAIOSFODNN7EXAMPLE in examples. Translators will copy them verbatim, so make them harmless.`],
  ['linkedin', 'fr', 'national_id', `Dossier de naturalisation traduit cette semaine. Dans la partie suisse, numéro AVS 756.6768.5519.09 et dans la partie française, NIR 1 99 12 13 055 012 68. Ça me rappelle pourquoi je chiffre mon disque.`],
  ['linkedin', 'fr', '', `Dossier de naturalisation traduit cette semaine, avec des documents de trois pays. Ça me rappelle pourquoi je chiffre mon disque et pourquoi je supprime les sources 30 jours après livraison.`],
  ['x', 'en', 'financial', `Not announced yet but our Q4 bookings came in at 3.1M CAD, best quarter ever. Board sees it tomorrow. 🎉`],
  ['x', 'en', '', `Our Q3 results are out (press release on the website): revenue 2.7M CAD, up 14 %. Thanks to every linguist who made it possible.`],
  ['linkedin', 'en', 'confidential_marker', `For the record, this is what the label on our job tickets looks like now:
Classification: CONFIDENTIAL – Client data
Handle via secure workspace only.
We rolled it out after the audit.`],
  ['linkedin', 'en', '', `After our ISO 27001 audit we introduced a classification scheme for job tickets: public, internal, confidential, restricted. The hardest part was training 200 freelancers on what each level means.`],
  ['linkedin', 'fr', 'internal_url', `Si la QA ne démarre pas, redémarrez le service sur la VM : ssh pm@192.168.12.40 puis relancez xbench-runner. Ça marche une fois sur deux, c'est déjà ça.`],
  ['linkedin', 'fr', '', `Si la QA ne démarre pas chez vous, vérifiez d'abord la version de Xbench : la 3.0 n'aime pas les fichiers XLIFF 2.1. Mise à jour et tout repart.`],
  ['linkedin', 'fr', 'client_name', `Astuce glossaire : pour Globex on a une règle maison, jamais de traduction des noms de modules. Ça évite 90 % des tickets de leurs testeurs.`],
  ['linkedin', 'fr', '', `Astuce glossaire : ajoutez une colonne « statut » (proposé, validé, interdit). Les termes interdits sont aussi utiles que les termes validés, surtout en révision.`],
  ['linkedin', 'fr', 'card', `La cliente m'a dicté sa carte au téléphone pour régler l'acompte et je l'ai notée dans la fiche projet partagée 🙈 : 5450 3565 1334 1412. Je corrige tout de suite, mais si vous l'avez copiée, effacez-la.`],
  ['linkedin', 'fr', '', `Refus net de notre part : on ne prend plus de numéros de carte au téléphone ni par courriel. Lien de paiement sécurisé uniquement. Les clients comprennent très bien.`],
  ['linkedin', 'en', 'phone', `Brussels folks, our interpreting desk has a new number: +32 2 511 47 80. Same people, just a proper switchboard at last.`],
  ['linkedin', 'en', '', `Brussels folks, our interpreting desk moved to the 4th floor. Same people, same terrible coffee, just a better view of the canal.`],
  ['linkedin', 'mixed', 'codename', `Standup notes (copier-coller du canal) :
- Atlas Bleu : retour client sur le lot DE attendu demain
- TA : on teste le moteur custom sur 5 000 segments
- Congés : Inès absente la semaine 52`],
  ['linkedin', 'mixed', '', `Standup notes (copier-coller du canal) :
- Lot DE : retour client attendu demain
- TA : on teste le moteur custom sur 5 000 segments
- Congés : Inès absente la semaine 52`],
  ['linkedin', 'en', '', `Changelog for our open-source QA checker v1.8: added support for Quebec French punctuation rules (no space before ! and ?), fixed false positives on non-breaking spaces in Swiss French.`],
  ['linkedin', 'en', 'internal_url', `Changelog v1.9 for the in-house QA checker: rules are now fetched from https://qa-rules.acme-corp.net/v2/fr-ca.json at startup, so please stop editing the local copy.`],
  ['linkedin', 'fr', 'financial client_name', `Info confidentielle pour les chefs d'équipe : on va proposer à Initech un forfait annuel de 220 000 $ pour toute leur documentation. On présente l'offre mardi, donc rien ne sort d'ici avant.`],
  ['linkedin', 'fr', 'email', `Merci à tous les participants du webinaire sur la post-édition ! Les diapos sont disponibles sur demande à formation@lexica-lyon.fr.`],
  ['linkedin', 'fr', '', `Merci à tous les participants du webinaire sur la post-édition ! Les diapos sont en téléchargement libre sur notre site, section Formations.`],
  ['linkedin', 'en', 'iban national_id', `Source file for the sworn translation, as pasted into the ticket (oops):
Name: Jonas Peeters
National register no.: 77.12.01-062.57
Account: BE10 6275 2148 9304
Document: divorce decree, Leuven court.`],
  ['linkedin', 'en', '', `Sworn translation tip for Belgian documents: the national register number has 11 digits (YY.MM.DD-XXX.CC). Copy it exactly, never reformat, and never paste it into ticket comments.`],
  ['x', 'fr', '', `Le 17 décembre, c'est la Journée des traducteurs de Noël chez nous : 17 personnes, 17 langues, un gâteau. Rien de confidentiel, juste du sucre.`],
  ['linkedin', 'fr', 'secret email', `Accès partagé à notre compte DeepL Pro pour les stagiaires : identifiant stages@agence-lumen.fr, mot de passe LumenStage!2027. Merci de ne pas l'utiliser pour des documents clients sensibles.`],
  ['linkedin', 'fr', '', `Nos stagiaires ont chacun un accès nominatif à l'outil de TA, avec une règle simple : aucun document client sensible. Ils apprennent vite que la confidentialité est notre vrai produit.`],
  ['x', 'en', '', `1/3 Thread on pricing for new freelance translators. Your rate is not a number you pick, it's a number you defend. Start from your cost of living and the hours you can really bill.`],
  ['x', 'en', '', `2/3 Public surveys (ATA, SFT, CFTI) give you medians. In France the last SFT figure for EN>FR was around 0.13 €/word. Use it as an anchor, not a ceiling.`],
  ['x', 'en', '', `3/3 And never, ever drop your rate because an agency says "everyone else accepts 0.06". They say that to everyone.`],
  ['x', 'fr', 'financial', `1/2 Petit fil sur nos prix : on relève tous les tarifs de 7 % au 1er mars, mais les clients ne le sauront qu'avec les devis de février.`],
  ['x', 'fr', 'financial', `2/2 Concrètement la révision passe de 48 à 52 € de l'heure et la traduction juridique de 0,18 à 0,19 €/mot. Gardez ça pour vous jusqu'à l'envoi.`],
  ['linkedin', 'fr', '', `Dernier jour chez Traductions du Lac après 11 ans. J'y ai appris la patience, la rigueur et à dire non à un délai impossible. Merci à toute l'équipe, et à bientôt de l'autre côté du Léman.`],
  ['linkedin', 'fr', 'phone email', `Dernier jour chez Traductions du Lac après 11 ans ! Pour rester en contact : nadia.berset@proton.me ou +41 22 731 84 50 (mon nouveau bureau). Merci à toutes et à tous.`],
  ['linkedin', 'en', '', `Post-mortem of a late delivery, shared so others learn: the client sent a "final" file three times, our PM accepted each without a change order, the reviewer got 40 % less time than planned. Fix: one change order per new source version, no exceptions.`],
  ['linkedin', 'en', 'internal_url secret', `Post-mortem, incident 2026-11-28: the TMS webhook was pointed at http://tms.internal:9000/hooks with the admin token in the query string (token=4bX9qL2mTz7Rw1Vn). Rotated, moved to a header, added a test.`],
  ['linkedin', 'fr', '', `Bilan du sondage de la semaine dernière : 62 % d'entre vous relisent les traductions automatiques « en entier », 31 % par échantillonnage, 7 % « jamais » (courage). Merci pour les 480 réponses !`],
  ['linkedin', 'fr', 'financial', `Sondage interne avant le séminaire : la direction hésite entre deux scénarios de prix pour l'offre de post-édition, encore confidentiels — A : 0,07 €/mot, B : 0,085 €/mot avec QA incluse. Votez dans Teams, pas ici !`],
  ['linkedin', 'mixed', 'card', `Customer wrote in the chat: "bonjour, voici ma carte pour payer la traduction du permis : 3772 700247 22930 exp 04/29". We deleted it from the log, but this is why we need a payment link.`],
  ['linkedin', 'mixed', '', `Customer wrote in the chat: "bonjour, voici ma carte pour payer la traduction du permis". We stopped her before she typed the number and sent a payment link instead. Small wins.`],
  ['linkedin', 'en', 'national_id', `New certified translation request: a Quebec driver's record. The applicant's SIN was typed in the body of the email (109 280 610), which he really shouldn't have done. We've asked him to resend through the portal.`],
  ['linkedin', 'en', '', `We reject any certified translation request where the SIN is typed in the email body. Not out of pedantry: email is not a safe channel for it. Use the portal.`],
  ['linkedin', 'fr', 'national_id', `Exercice pour mes étudiants de l'ISTI : traduire un extrait d'acte notarié contenant un numéro de registre national. J'avais mis le vrai numéro de ma voisine, 68.04.19-245.59, avec son accord… mauvaise idée, je le retire du support.`],
  ['linkedin', 'fr', '', `Exercice pour mes étudiants de l'ISTI : traduire un extrait d'acte notarié. J'ai remplacé le numéro de registre national par des X, et personne ne s'en est plaint.`],
  ['linkedin', 'en', 'financial', `Early look for our partners only: the rate card for 2027 will list interpreting at 980 CHF per day and 590 CHF per half day. It goes public on 1 February, so please keep it under your hat until then.`],
  ['linkedin', 'en', '', `AIIC's published daily rates for conference interpreters in Geneva are a good benchmark when negotiating. Don't undercut them because a client says the event is "small".`],
  ['linkedin', 'fr', 'client_name', `Merci à l'équipe juridique de Société Générique pour sa confiance renouvelée : quatrième année de collaboration sur leurs contrats-cadres.`],
  ['linkedin', 'fr', '', `« Société » se traduit « company » dans 90 % des cas, mais « partnership » pour une société de personnes et « firm » pour un cabinet. Le contexte juridique d'abord.`],
  ['linkedin', 'en', 'confidential_marker', `Our German client's header, left untranslated on purpose as they asked: "VERTRAULICH – Nur für den internen Gebrauch". And yes, we asked twice.`],
  ['linkedin', 'en', '', `Glossary corner: "vertraulich" (DE), "vertrouwelijk" (NL), "riservato" (IT), "confidencial" (ES). All the same idea, all with slightly different legal weight in their jurisdictions.`],
  ['linkedin', 'fr', 'secret', `Le mot de passe du PDF que vous a envoyé le client Genevois, c'est Lac-Bleu-1849. Je le mets ici car la moitié d'entre vous n'a pas reçu le SMS.`],
  ['linkedin', 'fr', '', `Bonne pratique : un PDF protégé est envoyé par courriel, son mot de passe par un autre canal (SMS, appel). Jamais les deux dans le même message.`],
  ['linkedin', 'en', 'email', `Localisation bug reports for the mobile app go to l10n-bugs@kardia-apps.ca from now on, not to individual engineers.`],
  ['linkedin', 'en', '', `Localisation bug reports now go through our public issue tracker on GitHub. Screenshots welcome, please include the locale code.`],
  ['linkedin', 'fr', 'internal_url', `Petit guide pour les nouveaux PM : la feuille de planning commune est sur https://planning.intranet.traducteo.be/equipe-nl et les gabarits de devis dans le dossier partagé habituel.`],
  ['linkedin', 'fr', '', `Petit guide pour les nouveaux PM : planifiez les révisions avant les traductions, pas après. C'est contre-intuitif, mais ça évite les goulets d'étranglement en fin de projet.`],
  ['linkedin', 'en', 'phone', `If you're a freelancer stuck with an unpaid agency invoice in Ontario or Quebec, the small claims info line helped me a lot: 514-872-4419. Took 20 minutes and one form.`],
  ['linkedin', 'en', '', `If you're a freelancer stuck with an unpaid agency invoice, check the payment practices boards before accepting a job. Saved me twice this year.`],
  ['linkedin', 'fr', 'codename', `Merci aux 22 linguistes qui ont rejoint l'aventure Nébula depuis septembre. Livraison finale dans deux semaines, et ensuite on en parlera enfin ouvertement !`],
  ['linkedin', 'fr', '', `Séance d'astronomie amateur avec mon fils : la nébuleuse de la Lyre et la constellation d'Orion. Lui, il veut traduire « nebula » par « nébula ». On en discute.`],
  ['linkedin', 'en', 'iban', `Supplier notice from our DTP partner (posting so finance sees it): from 1 January, pay invoices to LU07 8892 5679 8201 1594, reference = PO number.`],
  ['linkedin', 'en', '', `Supplier notice from our DTP partner: from 1 January their invoices will carry a QR payment code. Finance, please check your scanning app supports Swiss QR bills.`],
  ['linkedin', 'fr', 'financial', `Récap réunion direction (ne circule pas hors du CODIR) :
| Poste | 2026 | Prévision 2027 |
| CA | 3,4 M€ | 3,9 M€ |
| Marge brute | 38 % | 41 % |
| Effectif | 24 | 28 |`],
  ['linkedin', 'fr', '', `Récap de notre rapport annuel publié :
| Poste | 2025 | 2026 |
| Mots traduits | 18 M | 21 M |
| Langues | 46 | 52 |
| Linguistes | 310 | 355 |`],
  ['linkedin', 'en', '', `We said goodbye to our oldest translation memory today: 2004–2026, 3.2 million segments, some of them with "tbc" still in the target. Migrated, cleaned, archived. RIP, old friend.`],
  ['linkedin', 'mixed', 'secret', `Pour les linguistes du projet de Montréal — the shared Memsource (Phrase) API token for the script, en attendant vos accès : 2f91c7e04ab35d68e7c1b09a34f5d8e2. Don't commit it anywhere.`],
  ['linkedin', 'mixed', '', `Pour les linguistes du projet de Montréal — your Phrase access arrives tomorrow morning, en attendant, lisez le guide de style. Don't start translating from the PDF.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `Ça m'a fait sourire : la mention « TLP:RED — ne pas partager » en tête du document Hôpital Sainte-Claire que je relis, alors qu'il s'agit du menu de la cantine traduit en quatre langues.`],
  ['linkedin', 'fr', '', `Ça m'a fait sourire : un client a mis une mention de confidentialité en tête du menu de sa cantine, à traduire en quatre langues. La blanquette est donc classifiée.`],
  ['linkedin', 'en', 'client_name', `Terminology win: after six months, Globex finally accepted "courriel" instead of "e-mail" for their Quebec French UI. Small things.`],
  ['linkedin', 'en', '', `Terminology win: after six months, a client finally accepted "courriel" instead of "e-mail" for their Quebec French UI. The OQLF would be proud.`],
  ['linkedin', 'fr', 'phone', `Interprète LSF disponible pour vos événements en Belgique francophone et dans le Nord de la France. Réservations : +32 478 12 34 90.`],
  ['linkedin', 'fr', 'iban', `Note pour la compta : la traductrice freelance de Bâle nous a enfin donné son IBAN pour le règlement, CH42 8124 2869 4819 6544 9. Je colle ici faute de mieux, on transfère à la banque demain.`],
  ['linkedin', 'fr', 'card', `Paiement de la licence Trados pour la nouvelle recrue, avec la carte de l'agence : 2223 3008 1515 7772, exp 02/29, CVC au dos. Si quelqu'un d'autre a besoin d'une licence, dites-le avant vendredi.`],
  ['linkedin', 'en', '', `Anyone else getting fake "payment failed" emails asking to re-enter your card for your CAT tool licence? The one I got listed card 4448 7517 8284 3651, which doesn't even pass a checksum. Report and delete.`],
  ['linkedin', 'en', 'national_id', `Pasted the wrong clipboard into our LinkedIn draft – this was meant for the sworn translation: "AHV-Nr. 756.3146.6774.66, geboren 14.03.1981 in Bern". Please ignore.`],
  ['linkedin', 'fr', 'national_id', `Traduction d'un formulaire de la RAMQ pour une famille qui s'installe en France : NAS du père 207 005 778. Le client me demande si je dois le convertir en numéro français… non, non, non.`],
  ['linkedin', 'fr', '', `Traduction d'un formulaire de la RAMQ pour une famille qui s'installe en France. Le client me demande si je dois « convertir » le NAS en numéro de sécu français. Non : un identifiant ne se traduit pas.`],
  ['linkedin', 'en', '', `Sworn translators in Quebec: the OTTIAQ directory lists 1,200 certified members. If you need one, search by language pair, it's free and public.`],
  ['x', 'fr', 'codename', `Livraison Orion bouclée à 23 h 58. Deux minutes d'avance. On dort.`],
  ['x', 'en', '', `Anyone have a good term base for astronomy? Translating a planetarium show about Orion and the Pleiades into Quebec French and the star names are killing me.`],
  ['linkedin', 'fr', 'confidential_marker', `Copie du courriel envoyé à nos linguistes (pardon pour le format) :
[CONFIDENTIEL – PARTENAIRES]
Objet : fusion avec une agence lilloise, annonce prévue au printemps.`],
  ['linkedin', 'fr', '', `Officiel et public : nous fusionnons avec une agence lilloise ! Annonce faite ce matin à nos clients et partenaires. Même équipe, deux fois plus de langues.`],
  ['x', 'fr', 'financial', `Le devis pour la banque part demain matin. On a fixé 0,21 €/mot, soit 20 % de plus que l'an dernier. Ils ne le savent pas encore, croisez les doigts.`],
  ['x', 'en', 'financial', `Pipeline for January looks unreal: 410k CAD in weighted opportunities, none of it announced. Don't jinx it.`],
  ['linkedin', 'en', 'financial', `Draft of the partner memo (not sent yet): "We intend to bid 265,000 CHF for the three-year interpreting framework of the canton; the tender closes on 30 January."`],
  ['linkedin', 'fr', 'financial', `Prévisionnel du pôle interprétation pour 2027, présenté vendredi au conseil d'administration et pas encore validé : 1,05 M$ de revenus, dont 40 % en distanciel.`],
  ['linkedin', 'mixed', 'financial client_name', `Meeting notes — renouvellement Hôpital Sainte-Claire :
- their current spend: ~95k€/an
- notre proposition (à valider avant envoi) : 102k€ avec astreinte week-end
- next step: call lundi`],
  ['linkedin', 'en', 'internal_url', `New to the team? The translation QA dashboard is at http://lqa.acme-corp.net/dashboards/fr-be — bookmark it, you'll live there.`],
  ['linkedin', 'fr', 'internal_url', `Les fichiers sources du salon sont sur \\\\nas-trad.corp\\projets\\2027\\salon-geneve — pensez à ne pas les ouvrir directement depuis le partage, copiez-les d'abord.`],
  ['linkedin', 'en', 'internal_url', `The MT engine for legal content is finally deployed on our own GPU box at 172.16.8.21:5000. Latency went from 4 s to 300 ms per segment. Huge thanks to Rémi.`],
  ['linkedin', 'fr', 'email secret', `Pour la démo de Wordfast Anywhere devant les étudiants, utilisez le compte de la classe : demo.isit@gmail.com / Wf4nywhere-Demo!. Je le réinitialise après le cours.`],
  ['linkedin', 'en', 'card iban', `Expense report pasted into the wrong window, apologies: conference fee paid with 6011 0188 9107 7683, hotel refund to FR76 1327 6864 0948 9454 8601 861.`],
  ['linkedin', 'fr', 'iban', `Relance client, troisième fois. Je rappelle nos coordonnées de paiement : BE90 8517 7234 8632 (Traductions Meuse SRL). Facture 2026-118 échue depuis 60 jours.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Mon collègue m'envoie sur WhatsApp « vérifie le NISS du traducteur juré, c'est 85.07.30-033.28 » et je l'ai transféré dans le groupe de la promo au lieu de lui répondre. Génial.`],
  ['linkedin', 'en', 'national_id', `Onboarding a new freelance interpreter in Quebec: her SIN is 404 252 207 for the T4A, please add it to her vendor record. (Sorry, Teams was down.)`],
  ['linkedin', 'fr', 'phone', `Permanence téléphonique de l'agence pendant les fêtes : 01 42 68 53 07, du lundi au vendredi de 9 h à 17 h. Joyeuses fêtes à tous nos clients !`],
  ['linkedin', 'en', 'confidential_marker', `Copying the banner from the interpreter brief so you know what to expect:
CONFIDENTIAL – Board session, no notes leave the booth
Dress code business, arrival 8:15.`],
  ['linkedin', 'fr', 'codename', `Les captures d'écran du projet Kestrel sont arrivées ! Enfin on peut voir le contexte de ces 4 000 chaînes. Merci l'équipe produit.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu go-live in Belgium went smoothly: FR and NL shipped on time, DE follows next week. Proud of the vendor team.`],
  ['x', 'en', 'client_name', `Three days onsite at Initech in Montréal interpreting their works council. My voice is gone, my glossary is gold.`],
  ['x', 'fr', 'secret', `Le mot de passe du Wi-Fi de l'open space a changé : Babel-Tour-2027. Merci de ne plus utiliser celui collé sous la machine à café.`],
  ['linkedin', 'en', 'secret', `For the vendor portal integration, here are the client credentials so you can test tonight:
client_id = vp-prod-connector
client_secret = Zq8rW1vT6nY3kL0pM5sB9xC2
Rotate after the test please.`],
  ['linkedin', 'fr', 'email phone', `Vous êtes traducteur ou traductrice assermenté(e) en Suisse romande ? Notre collègue Léa Morand coordonne le réseau : lea.morand@jurilangues.ch, 021 312 45 67.`],
  ['linkedin', 'fr', '', `Astuce de localisation : au Québec, les guides typographiques récents écrivent l'indicatif régional sans parenthèses. Adaptez vos gabarits d'interface, les développeurs oublient toujours.`],
]);
