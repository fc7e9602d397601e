import { rows } from './corpus-types';

/**
 * Held-out set "fresh109": written 2026-12-05 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh109`.
 * First scored: 2026-12-05 on eaaf4ab (unseen, before any fix from it): confidentiality macro F1 0.976 / 2.2 % (3 of 137).
 *
 * Authors: staff of cultural venues and touring companies — an Avignon summer theatre festival, an Avignon permanent
 * theatre and an off-festival venue, a Paris decorative-arts museum, a Paris national theatre, a Paris contemporary art
 * centre, a Paris orchestra and a classical-music agency, a Lille opera house, a Lille puppet company and a Lille music
 * festival, an Aix lyric festival and an Aix museum, a Brussels theatre, a Brussels touring band/festival and a Brussels
 * fine-arts museum, a Liège opera and a Liège contemporary-music festival, a Geneva symphony orchestra, a Geneva grand
 * theatre/ballet and a Geneva contemporary art museum, a Lausanne dance company and a Lausanne opera, a Basel art museum
 * and a Basel music festival, a Montréal music festival, a Montréal theatre, a Montréal jazz festival and a Montréal
 * circus company, a Québec museum and a Québec orchestra. Mostly French, some English and a few mixed posts. Forms:
 * season and line-up announcements, proud team updates, pasted meeting notes and CRM/WhatsApp lines pasted by mistake,
 * budget tables, config and .env snippets, customer replies (surface 'comment'), job ads with published salary ranges,
 * live-posts from the wings, a poll, fraud warnings, supplier and artist bank-detail notices, volunteer and press
 * contacts, lost-and-found notes, a farewell, tips for young promoters and interns.
 *
 * Positives: artists' fees, guarantees and quotes before signature; box-office takings, subscription and pass sales
 * before the official tally; subsidies announced by phone or proposed in committee before the vote or the decree;
 * touring and creation budgets before the board; insurance valuations and lender indemnities of loans; bids in a call
 * for tenders; ticket, subscription, slot and limited-edition prices before customers are told; payroll ceilings and
 * patronage targets ("pas encore validé", "on le garde pour nous", "motus", "silence radio", "not before the April
 * reveal", EMBARGO). Explicit markers: DIFFUSION RESTREINTE, INTERNE, CONFIDENTIEL, CONFIDENTIAL – DO NOT DISTRIBUTE,
 * [INTERNAL], SOUS NDA, TLP:AMBER, TLP:RED, EMBARGO jusqu'au…, Classification : Diffusion restreinte, "— Document
 * interne —". Secrets without vendor formats: ticketing admin and CMS passwords, Wi-Fi keys, a streaming key, an admin
 * magic-link token, a Slack webhook, a Discord bot token, .env and SMB credentials, API tokens. Internal URLs:
 * intranet.* hosts, private IPs (10/8, 172.16/12, 192.168/16), .local, .internal and .corp hosts, acme-corp.net and
 * corp.acme.com. Phones in French, Belgian, Swiss and Canadian formats (landlines, mobiles, toll-free, extensions,
 * switchboards). Emails including role mailboxes and obfuscated "[at] [dot]", "(at)(dot)" and "name @ domain".
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: FR IBANs with
 * the RIB key, BE with the account mod-97 pair, CH and LU by mod 97; Luhn for Visa, Mastercard (5- and 2-series), Amex,
 * Discover and JCB; French NIR with its 97 key, Belgian national register number with its 97 key, Swiss AVS (756,
 * EAN-13 check digit), Canadian SIN (Luhn) and a Quebec NAM (RAMQ) by format (letters, birth date with the +50 month
 * for women, sequence).
 *
 * Look-alikes (clean): published annual reports, voted subsidies, announced records and deals, public price grids, job
 * ads with salary scales, personal sums, other bodies' studies and textbook figures; titles such as « Confidentiel »
 * and « Secret défense », a discussion of what "embargo" or "NDA" means, TLP:CLEAR; placeholders (changeme,
 * your-token-here, AWS's EXAMPLE key, a zeroed Slack webhook example); public sites, bare domains and press pages;
 * emergency numbers (15, 144, 911); invalid IBANs (wrong check digits in fraud warnings), a documented RIB specimen, a
 * Luhn-failing order number, Stripe's 4242 test card, a masked card, a NIR with a wrong key, the 756.1234.5678.97 AVS
 * example and the CRA-style example SIN; the policy's names in their ordinary sense (the constellation and the Orion
 * Nebula, Saariaho's piece « Orion », a kestrel on the roof and in a Bruegel, a cat called Atlas, a blue atlas of 1890,
 * a "Blue Atlas" exhibition, « La Nébuleuse », the chapel of Sainte-Claire, a "société générique" contract clause).
 *
 * Conventions: every written email and phone number is labelled (role mailboxes and switchboards included); markers
 * only for explicit labels, not for "entre nous" or "please don't share"; financial only for the organisation's own
 * figure with a sign it is not public yet; codename and client_name only in their project and customer sense.
 *
 * COUNTS: 289 posts (224 FR, 60 EN, 5 mixed; 247 on LinkedIn, 42 on X, 6 comments): 137 clean,
 * 152 with one or more findings. Labels: financial 40, phone 26, email 18, secret 17, national_id 12, confidential_marker 11, internal_url 11, codename 11, iban 9, client_name 8, card 7.
 */
export const FRESH109_POSTS = rows('fresh109', [
  // --- Avignon: a summer theatre festival
  ['linkedin', 'fr', '', `La programmation 2027 est en ligne 🎭 38 spectacles, 11 créations, 4 langues sur scène. Ouverture de la billetterie le 9 avril à 10 h. Merci à toute l'équipe qui a tenu le calendrier jusqu'au bout !`],
  ['linkedin', 'fr', 'financial', `Petite fierté du jour : on a bouclé la négo avec l'agent de notre tête d'affiche de juillet. Cachet à 185 000 € hors frais, le contrat n'est pas encore signé donc je n'en dis pas plus sur le nom 😉`],
  ['x', 'fr', '', `Qui sera dans la Cour d'honneur cet été ? Réponse le 26 mars à 11 h, conférence de presse en direct sur notre chaîne. D'ici là, aucun indice… ou presque 🌙`],
  ['linkedin', 'fr', 'phone email', `Vous êtes programmateur·ice et souhaitez venir voir nos créations en juillet ? Accréditations pros : accreditations@festival-remparts.fr ou 04 90 27 66 50 (du lundi au vendredi, 10 h-17 h).`],
  ['linkedin', 'fr', '', `Bilan de l'édition 2026 publié ce matin : 142 000 billets émis, un taux de remplissage de 93 % et des recettes propres de 4,1 M€. Le rapport complet est téléchargeable sur notre site, onglet « Le festival ».`],
  ['linkedin', 'fr', 'financial', `Point budget avant le CA du 14 : la tournée d'automne de la création est chiffrée à 612 000 € (transport décor compris). Chiffre de travail, pas validé, on le garde pour nous tant que les coproducteurs n'ont pas répondu.`],
  ['x', 'fr', 'secret', `@regie_billet je te remets le mdp du compte admin de la billetterie ici vu que Teams plante : Remparts#Juillet27! — pense à le changer après la mise en vente`],
  ['linkedin', 'fr', '', `Conseil d'une ancienne de la billetterie : ne mettez jamais le mot de passe de votre logiciel de caisse sur un post-it collé à l'écran. Un gestionnaire de mots de passe, c'est gratuit et ça sauve des festivals.`],
  ['linkedin', 'fr', 'confidential_marker financial', `(copié depuis le compte rendu, désolée pour la mise en forme)
DIFFUSION RESTREINTE – Comité de direction
- Recettes billetterie au 30/11 : 2 918 400 € (prévisionnel annuel 3,4 M€)
- Subvention Région : 450 k€ demandés, vote en commission permanente le 16/01
- Tarifs 2027 : +2 € sur le plein tarif, annonce aux abonnés en février`],
  ['linkedin', 'fr', '', `Notre nouvelle création s'appelle « Confidentiel », une pièce sur les secrets de famille. Première le 8 juillet au Cloître, 22 h. Texte et mise en scène de Lina Okafor.`],
  // --- Paris: a museum of decorative arts
  ['linkedin', 'fr', 'financial', `Grande nouvelle pour le musée : le prêt des deux cartons de tapisserie est acté. La valeur d'assurance « clou à clou » que nous avons obtenue de notre assureur est de 7,8 M€ pour l'ensemble — ce chiffre n'est pas communiqué, merci de ne pas le reprendre dans le dossier de presse.`],
  ['linkedin', 'fr', '', `L'exposition « Fils d'or » ouvre le 4 février. 120 œuvres, dont 30 prêtées par des collections étrangères. Réservation conseillée sur notre site, tarif plein 16 €, gratuit pour les moins de 26 ans résidents de l'UE.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux médiateurs : le planning des visites de groupes est sur https://planning.intranet.musee-arts-deco-paris.fr/groupes — connectez-vous avec votre badge, pas besoin de demander un compte.`],
  ['linkedin', 'fr', '', `Pour les nouveaux médiateurs : le planning des visites de groupes est affiché en salle de pause et les inscriptions se font sur https://www.musee-fils-or.fr/groupes. Bienvenue à toutes et à tous !`],
  ['linkedin', 'fr', 'national_id email', `[Collé par erreur depuis le CRM] Mécène individuel : M. Hervé Castagnet, herve.castagnet@orange.fr, NIR 1 79 03 69 123 045 35 pour le reçu fiscal — don de 5 000 € reçu le 2/12.`],
  ['linkedin', 'fr', '', `Nos mécènes individuels ont permis l'acquisition d'un secrétaire en marqueterie de 1765 : merci ! La campagne de financement participatif a réuni 1 812 donateurs et 214 000 €, comme annoncé dans notre communiqué d'hier.`],
  ['x', 'fr', '', `Au musée ce matin, un visiteur nous demande si le secrétaire Louis XV est « le même que dans Lupin ». Non. Mais on a adoré la question.`],
  ['linkedin', 'fr', 'card', `Bonjour à l'équipe boutique, une cliente a laissé sa carte pour la réservation de l'atelier : 4970 1043 7780 1384, exp 08/28. Je la saisis demain matin, ne la perdez pas.`],
  ['linkedin', 'fr', '', `Rappel à l'équipe boutique : on ne prend jamais un numéro de carte par téléphone ou par écrit. Si un client insiste, proposez le lien de paiement. Pour les tests du TPE, la carte de démo Stripe 4242 4242 4242 4242 suffit.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER — Tentative d'hameçonnage en cours : un faux « service des prêts » contacte les musées partenaires pour récupérer les constats d'état. Ne répondez à aucun message venant de l'adresse d'un domaine ressemblant au nôtre, et prévenez la sécurité.`],
  ['linkedin', 'fr', '', `Pour nos partenaires : nous classons nos alertes selon le protocole TLP. Celle-ci est TLP:CLEAR, vous pouvez la partager largement : méfiez-vous des faux mails « service des prêts » qui circulent en ce moment.`],
  // --- Lille: an opera house
  ['linkedin', 'fr', 'financial', `Fin de la mise en vente des abonnements : on est à 7 240 abonnés, +11 % sur un an, et 1,36 M€ encaissés. Chiffres arrêtés ce soir, le communiqué officiel ne part que lundi — ne spoilez pas la direction de la comm 😅`],
  ['linkedin', 'fr', '', `L'Opéra a publié son rapport d'activité 2025 : 96 000 spectateurs, 1,2 M€ de recettes de billetterie, 68 % des places vendues à tarif réduit. Il est en accès libre, bonne lecture !`],
  ['linkedin', 'fr', 'codename', `Répétition technique du projet Orion cette nuit sur le grand plateau. On ne peut rien montrer, mais la machinerie a tenu et personne n'a perdu de doigt. Merci les cintriers 🙏`],
  ['linkedin', 'fr', '', `Ce soir, concert « Sous les étoiles » sur le parvis : la lecture d'un conte sur la constellation d'Orion accompagnée par le chœur d'enfants. Entrée libre, apportez un coussin.`],
  ['linkedin', 'fr', 'phone', `Recrutement de figurants pour la Traviata de mars : appelez directement Chloé, notre régisseuse figuration, au 06 71 48 22 93. Pas de mail, elle ne les lit pas 😄`],
  ['linkedin', 'fr', '', `Offre d'emploi : régisseur·se général·e (CDI, cadre, groupe 3 de la convention collective). Salaire brut annuel entre 42 000 € et 48 000 € selon expérience. Candidatures jusqu'au 15 janvier via notre page Recrutement.`],
  ['x', 'en', '', `Opera life: 4 hours of tech, 1 sandwich, 0 regrets. Tosca opens Friday. Tickets from €12 on our site.`],
  ['linkedin', 'fr', 'email', `Si vous avez acheté un billet pour la représentation annulée du 12, écrivez à remboursements@opera-lille-nord.fr avec votre numéro de commande, on vous rembourse sous 10 jours.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Si vous avez acheté un billet pour la représentation annulée du 12, le remboursement est automatique sur le moyen de paiement utilisé. Rien à faire de votre côté, désolés pour la gêne.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret internal_url', `Pour la régie : la console de supervision des écrans de surtitrage est sur http://10.40.2.18:8443 — identifiant surtitres / mot de passe Violetta1853. Je pars en congé, débrouillez-vous bien 🙂`],
  // --- Brussels: a theatre
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires pour nos fournisseurs de décors : à partir du 1er janvier, merci de verser vos factures sur BE87 0682 4681 3594 (Théâtre du Marais Royal asbl). Les anciennes coordonnées seront fermées fin février.`],
  ['linkedin', 'fr', '', `Attention aux arnaques : le Théâtre ne change JAMAIS ses coordonnées bancaires par e-mail. Un faux courrier circule avec l'IBAN BE87 0682 4681 3595 : il est faux (et la clé ne tombe même pas juste). Signalez-le à votre banque.`],
  ['linkedin', 'fr', 'national_id', `Pour le contrat de la comédienne remplaçante, le secrétariat social me demande son numéro de registre national : 85.07.30-033.28. Je vous le mets ici parce que le drive ne se synchronise pas, je supprime après.`],
  ['linkedin', 'fr', '', `Petit guide pour les intermittents belges qui tournent en France : votre numéro de registre national (11 chiffres, date de naissance + numéro d'ordre + clé) n'est pas votre numéro de sécu française. Ne le mettez pas sur un CV, ne le donnez qu'à l'employeur.`],
  ['linkedin', 'mixed', 'client_name', `Belle soirée privée hier : Globex avait privatisé la grande salle pour ses 400 collaborateurs. Thanks to our events team for pulling this off in three weeks!`],
  ['linkedin', 'fr', 'phone', `Billetterie du Théâtre : +32 2 512 47 80, du mardi au samedi de 11 h à 18 h. Les abonnements 2027 sont en vente depuis ce matin.`],
  ['x', 'fr', '', `La saison 27 sera annoncée le 4 mai. Non, on ne dira rien avant. Oui, il y aura du Tchekhov. Peut-être.`],
  ['linkedin', 'fr', 'financial confidential_marker', `INTERNE – ne pas transférer
Subsides Fédération Wallonie-Bruxelles 2027 : l'administration nous annonce 1 240 000 € (contre 1,1 M€ cette année), mais le gouvernement n'a pas encore arrêté le montant. Aucune communication tant que l'arrêté n'est pas publié.`],
  ['linkedin', 'fr', '', `Le gouvernement de la Fédération Wallonie-Bruxelles a publié hier les contrats-programmes : notre subside passe à 1 240 000 € par an pour 2027-2031. Merci à celles et ceux qui se sont mobilisés !`],
  // --- Liège: an opera
  ['linkedin', 'fr', 'phone email', `Pour les groupes scolaires de la région liégeoise : contactez Maud Lenoir, chargée des publics jeunes, au 0475 62 18 40 ou maud.lenoir@operaroyal-liege.be. Elle vous prépare un dossier pédagogique sur mesure.`],
  ['linkedin', 'fr', 'codename financial', `Atlas Bleu, la tournée asiatique de 2028, prend forme : 14 dates, un budget prévisionnel de 2,6 M€ dont 900 k€ à trouver en coproduction. Rien n'est public, on présente au conseil d'administration en janvier.`],
  ['linkedin', 'fr', '', `Dans nos réserves de costumes, on a retrouvé un atlas bleu de 1890 avec les plans de toutes les scènes d'opéra d'Europe. Il rejoint l'expo patrimoine du foyer en janvier.`],
  ['linkedin', 'fr', 'iban', `Aux chanteurs invités de la production de décembre : vos défraiements seront versés par le compte de production BE93 3101 8273 6467. Si vous ne voyez rien arriver le 20, venez me voir à l'administration.`],
  ['x', 'fr', '', `Liège, 19 h 58. Le chef monte au pupitre. 1 042 personnes retiennent leur souffle. Et quelqu'un fait tomber son gobelet. Magie du direct.`],
  ['linkedin', 'en', 'secret', `Quick heads up for the digital team: the ticketing API key for the new seat map is ak_live_opera_9f3c7b21d48e4a6f90b2c5e17d3a8f64 — it's the production one, don't paste it into the staging config again please.`],
  ['linkedin', 'en', '', `Hiring: junior web developer for our ticketing integrations (Liège, hybrid). €2,900–3,300 gross/month per the scale published in the job ad. You'll work with REST APIs, webhooks and a lot of seat maps.`],
  // --- Geneva: a symphony orchestra
  ['linkedin', 'fr', 'national_id', `Pour le dossier de la nouvelle altiste (entrée le 1er février), les RH m'ont demandé de transmettre son numéro AVS : 756.9318.0445.24. Je le colle ici en attendant l'accès au SIRH.`],
  ['linkedin', 'fr', '', `Astuce administrative pour les musicien·ne·s qui arrivent en Suisse : votre numéro AVS commence toujours par 756 et figure sur votre carte d'assurance-maladie. Le numéro d'exemple qu'on voit partout, 756.1234.5678.97, n'est évidemment pas le vôtre.`],
  ['linkedin', 'fr', 'phone', `Location d'instruments pour les jeunes de l'académie : appelez notre régie au +41 22 418 36 02, ou passez directement au 3e étage le mercredi après-midi.`],
  ['linkedin', 'fr', 'financial', `Le conseil de fondation a validé hier soir la grille 2027 des cachets solistes : plafond relevé à 38 000 CHF par programme. Ce n'est pas encore communiqué aux agences, donc gardez ça pour vous si un agent vous appelle.`],
  ['linkedin', 'fr', '', `Résultats de notre saison 2025-2026, tels que publiés dans le rapport annuel : 71 concerts, 118 000 auditeurs, un budget total de 31,4 MCHF dont 72 % de subventions publiques. Merci au Canton et à la Ville.`],
  ['linkedin', 'fr', 'iban', `Fondation des Amis de l'Orchestre : pour votre cotisation 2027, le nouvel IBAN est le CH53 0078 8000 0501 2345 6. Le bulletin de versement arrivera par la poste la semaine prochaine.`],
  ['linkedin', 'fr', '', `Quelques abonnés nous signalent un SMS demandant de régler leur abonnement sur le compte CH53 0078 8000 0501 2345 7. Ce n'est pas nous : l'orchestre n'envoie jamais de demande de paiement par SMS.`],
  ['x', 'en', 'codename', `Recording sessions for Nébula start Monday. Three days, one microphone we borrowed from Zurich, and a harpist who refuses to play before 10am.`],
  ['x', 'en', '', `Recording sessions for our new Debussy album start Monday. Three days in Victoria Hall, release planned for spring.`],
  ['linkedin', 'fr', 'email', `Vous souhaitez recevoir notre lettre d'information ? Écrivez-nous à newsletter [at] osr-leman [dot] ch, on vous ajoute à la liste.`],
  ['linkedin', 'fr', '', `Pour recevoir notre lettre d'information, inscrivez-vous en bas de la page d'accueil de orchestre-leman.ch. Un mail par mois, promis.`],
  // --- Lausanne: a contemporary dance company on tour
  ['linkedin', 'fr', 'secret', `Wi-Fi de la salle de répétition de Sévelin pour la semaine : réseau CieVertige_Guest, clé Pointes&Demi2026. Demandez-moi si ça ne marche pas.`],
  ['linkedin', 'fr', '', `Wi-Fi de la salle de répétition : le code est affiché à l'accueil, demandez-le à Sonia. Ne l'écrivez pas sur le groupe WhatsApp, il y a des externes dedans.`],
  ['linkedin', 'fr', 'financial', `On a reçu la réponse du centre chorégraphique : ils nous proposent 42 000 CHF pour la coproduction, soit moins que les 55 000 qu'on espérait. On n'a rien annoncé, je préfère en parler à la compagnie avant que ça fuite.`],
  ['linkedin', 'fr', '', `Coproduction confirmée avec un centre chorégraphique, annoncée officiellement aujourd'hui : 42 000 CHF d'apport, une résidence de trois semaines et une première en octobre. Merci à eux de nous faire confiance !`],
  ['linkedin', 'fr', 'phone', `En tournée au Québec en mars : si vous avez besoin de joindre la régie, le numéro canadien de notre directeur technique est le +1 514 916 73 48. Décalage de 6 h, tenez-en compte 😴`],
  ['x', 'fr', '', `12 dates, 3 pays, 1 camion, 0 jour off. La tournée commence dans 9 jours. Calendrier complet sur notre site.`],
  ['linkedin', 'fr', 'national_id', `Pour la déclaration aux assurances sociales, voici le numéro AVS du danseur remplaçant : 756.4702.1983.33. Merci de le reporter dans le contrat avant vendredi.`],
  // --- Basel: an art museum
  ['linkedin', 'en', 'financial', `Big week: the Foundation board approved a €3.2m acquisition budget for 2027, up from €1.9m. The press release isn't out until the annual meeting in March, so please keep the number off social media.`],
  ['linkedin', 'en', '', `Our annual report is out: 412,000 visitors, CHF 9.8m in admissions and shop revenue, and an acquisition budget of CHF 1.9m, all of it detailed in the PDF on our website.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Loan agreement draft for the spring show — courier schedule attached. Handlers arrive Tuesday at the freight dock, not the main entrance.`],
  ['linkedin', 'en', '', `A question I get a lot from interns: why do loan agreements say "confidential" at the top? Because lenders don't want the world to know where their paintings travel. Discretion is part of the job.`],
  ['linkedin', 'en', 'internal_url', `Collection database is back up after the migration: https://tms.museum-kunst.internal/objects — if your saved searches are gone, ping me.`],
  ['linkedin', 'en', '', `Our online collection is back up after the migration: https://sammlung.kunstmuseum-rhein.ch/objects now has 48,000 works with high-resolution images. Go explore!`],
  ['linkedin', 'en', 'financial', `The insurance valuation we're putting on our Hodler for the Tokyo loan: CHF 14m. That's the figure in the draft agreement, the lender side hasn't countersigned and we don't disclose valuations, so this stays in this team.`],
  ['linkedin', 'en', '', `How do museums insure loans? Nail-to-nail policies, state indemnity schemes, and a lot of paperwork. In a textbook example, a painting valued at €10m would cost roughly €15,000 to insure for a three-month show. Happy to answer questions.`],
  ['x', 'en', '', `A kestrel has been nesting on the museum's roof for three weeks. The security team named her Hilde. She has better sightlines than our CCTV.`],
  ['x', 'en', 'codename', `Project Kestrel is officially greenlit 🎉 can't say what it is yet, but the conservation lab has been in on it since June.`],
  // --- Aix: a lyric art festival
  ['linkedin', 'fr', 'financial confidential_marker', `EMBARGO jusqu'au 20 janvier 10 h
Programme 2027 : 7 productions lyriques dont 3 créations mondiales. Budget artistique : 9,4 M€, en hausse de 6 %. Ne rien relayer avant la conférence de presse.`],
  ['linkedin', 'fr', '', `Le programme 2027 du festival a été dévoilé ce matin au Théâtre de l'Archevêché : 7 productions lyriques dont 3 créations mondiales. Le dossier de presse complet est disponible sur notre espace presse.`],
  ['linkedin', 'fr', '', `Question de jeunes journalistes : que veut dire « embargo » sur un communiqué ? Simplement que l'info ne peut pas être publiée avant l'heure indiquée. Ce n'est pas un secret, c'est un rendez-vous.`],
  ['linkedin', 'fr', 'email phone', `Nouvelle arrivée dans l'équipe mécénat : Inès Barthélemy vous accompagne pour les partenariats d'entreprise. Ligne directe 04 42 17 34 91, ines.barthelemy@festival-lyrique-aix.fr.`],
  ['linkedin', 'fr', 'client_name', `Soirée des partenaires réussie au Grand Saint-Jean : un grand merci à la Société Générique pour son soutien renouvelé à l'Académie et pour avoir réservé tout le premier rang de la générale.`],
  ['linkedin', 'fr', '', `On me demande souvent ce qu'est une « société générique » dans nos contrats de coproduction : c'est simplement le modèle de clause pour un partenaire non nommé. Rien de mystérieux !`],
  ['linkedin', 'fr', 'financial', `Récap pour l'équipe billetterie : à J-30 on est à 87 % de remplissage et 3,9 M€ de recettes. La direction veut annoncer un chiffre « record » fin juillet, donc on ne communique rien d'ici là.`],
  ['linkedin', 'fr', '', `Fin du festival : 81 200 spectateurs et 4,6 M€ de recettes de billetterie, un record annoncé ce matin par notre directeur en conférence de presse. Merci au public !`],
  ['x', 'fr', '', `Quel compositeur aimeriez-vous voir à l'Académie l'an prochain ?
🎼 Saariaho
🎻 Dusapin
🎹 Connesson
🎺 Autre (en réponse)`],
  ['linkedin', 'fr', 'card', `Message de la billetterie : la carte de M. Robin a été refusée pour l'abonnement premium. Il nous a dicté un autre numéro, 5355 2274 9813 7842 exp. 11/27, je la repasse demain.`],
  ['linkedin', 'fr', '', `Le numéro de commande de votre billet est le 5355 2274 9813 7843 : merci de le rappeler dans toute correspondance avec la billetterie. (Non, ce n'est pas un numéro de carte bancaire, promis.)`, { surface: 'comment' }],
  // --- Montréal: a music festival
  ['linkedin', 'fr', 'phone', `Bénévoles du festival : votre coordonnatrice de site, Geneviève, répond au 514 872-4419 pendant les heures d'ouverture. Pour une urgence médicale, faites le 911.`],
  ['linkedin', 'fr', '', `Bénévoles du festival : en cas d'urgence médicale, faites le 911, puis prévenez le poste de premiers soins près de la grande scène. Bon festival à toutes et à tous !`],
  ['linkedin', 'fr', 'national_id', `Pour les cachets des musiciens locaux, la paie a besoin des NAS. Voici celui de Jérémie : 046 123 451. Je sais, je sais, c'est pas la bonne façon, mais le portail est en panne.`],
  ['linkedin', 'fr', '', `Rappel aux musiciens : on ne vous demandera JAMAIS votre NAS par courriel ou par message. Le seul endroit où le saisir est le portail paie, en connexion sécurisée.`],
  ['linkedin', 'mixed', 'financial', `Line-up almost locked 🎶 On a 3 têtes d'affiche confirmées et un budget artistique de 2,1 M$ CA, soit 300 k$ au-dessus de ce que le CA avait autorisé. Not public before the April reveal, on en reparle lundi.`],
  ['linkedin', 'en', '', `Festival economics 101: a mid-size music festival in Canada typically spends 35 to 45 % of its budget on artist fees. Ours, as published in our 2025 annual report, was 38 %.`],
  ['linkedin', 'fr', 'email', `Un festivalier demande où envoyer les objets trouvés : écrivez à objets.trouves @ festivalsonsmtl.ca avec une photo, on vous répond sous 48 h.`, { surface: 'comment' }],
  ['x', 'fr', '', `Montréal, dernière soirée. 62 000 personnes sur le site, annonce la police. Merci, on se revoit l'an prochain 💛`],
  ['x', 'en', 'secret', `@devops_fest the Slack alert for sold-out shows is https://hooks.slack.com/services/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 can you wire it to the new ticket counter`],
  ['linkedin', 'en', '', `Tech tip for festival teams: post your sold-out alerts to a Slack channel with an incoming webhook. Slack's docs show the format https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX — keep the real one in your secrets manager.`],
  ['linkedin', 'fr', 'phone', `Ligne sans frais pour les abonnés en région : 1 877 845-2263. Notre équipe vous répond du lundi au vendredi de 9 h à 17 h.`],
  // --- Québec: a museum of civilization
  ['linkedin', 'fr', 'national_id', `Inscription à l'atelier intergénérationnel : la bénévole a noté le numéro d'assurance maladie de la participante sur la fiche, TREM 8562 1514. On doit détruire ça, on n'en a pas besoin.`],
  ['linkedin', 'fr', '', `Petit rappel : nous ne demandons pas votre numéro d'assurance maladie pour participer à nos ateliers. Votre nom et un moyen de vous joindre suffisent.`],
  ['linkedin', 'fr', 'financial', `Le ministère nous confirme par téléphone une aide de 780 000 $ pour la nouvelle exposition permanente. Ça ne sera officiel qu'à l'annonce de la ministre en février, donc motus d'ici là.`],
  ['linkedin', 'fr', '', `La ministre de la Culture a annoncé ce matin une aide de 780 000 $ pour notre nouvelle exposition permanente sur le Saint-Laurent. Une excellente nouvelle pour toute l'équipe !`],
  ['linkedin', 'fr', 'phone', `Réservations de groupes : (418) 643-2158, poste 221. Fermé les jours fériés.`],
  ['linkedin', 'fr', 'client_name', `L'Hôpital Sainte-Claire nous a commandé une exposition itinérante pour ses salles d'attente : 12 reproductions, des cartels adaptés et un carnet de jeux. Livraison en mars !`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire avec nos guides : le plafond peint du XVIIIe siècle vient d'être restauré. Départ tous les samedis à 14 h.`],
  ['x', 'fr', '', `Le prêt du canot d'écorce au musée de Paris est confirmé, annoncé aujourd'hui dans les deux pays. Il voyagera en caisse climatisée, avec un convoyeur de notre équipe.`],
  ['linkedin', 'fr', 'internal_url', `Pour la préparation des constats d'état du canot, utilisez le gabarit sur \\\\srv-collections.musee.local\\conservation\\constats — pas celui de l'an passé.`],
  // --- Paris: a large theatre (Théâtre national)
  ['linkedin', 'fr', 'secret internal_url', `Mémo pour la nouvelle équipe web :
DB_HOST=172.20.4.11
DB_USER=billetterie_rw
DB_PASSWORD=Rideau-Rouge_1782
Ne jamais commiter ça dans le dépôt public, on a déjà eu un incident en septembre.`],
  ['linkedin', 'fr', '', `Mémo pour la nouvelle équipe web, exemple de fichier .env à compléter :
DB_HOST=localhost
DB_USER=app
DB_PASSWORD=changeme
Les vraies valeurs sont dans le coffre-fort de mots de passe.`],
  ['linkedin', 'fr', 'financial', `Résumé de la réunion budgétaire (brouillon) : la création de mai coûtera 1,15 M€ au lieu des 870 k€ prévus. La direction cherche 280 k€ d'économies avant de présenter le budget rectificatif au CA, donc pas un mot aux équipes artistiques pour l'instant.`],
  ['linkedin', 'fr', '', `Comment se construit le budget d'une création théâtrale ? Dans notre cas, selon le budget public présenté au CA de juin et publié au recueil des actes : 870 k€ dont 45 % de masse salariale artistique. Un fil sur le sujet ⤵️`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Diffusion restreinte
Note de la direction technique — plan d'évacuation révisé de la salle Richelieu et emplacement des nouveaux issues de secours, à ne pas afficher hors des locaux.`],
  ['linkedin', 'fr', '', `Notre exposition « Secret défense », sur les théâtres pendant la guerre, est prolongée jusqu'au 30 mars. Les archives déclassifiées valent le détour !`],
  ['linkedin', 'fr', 'email', `Pour la presse : toutes les demandes d'accréditation pour la générale passent par presse@theatre-national-colline.fr, et plus par le formulaire.`],
  ['linkedin', 'fr', '', `Pour la presse : toutes les demandes d'accréditation pour la générale passent désormais par le formulaire de l'espace presse, sur theatre-national-colline.fr/presse.`],
  ['linkedin', 'fr', 'codename', `Premier filage de Nébula ce matin. On ne vous dira pas qui joue, ni où, ni quand. Juste que c'était beau.`],
  ['linkedin', 'fr', '', `Premier filage de « La Nébuleuse » ce matin, la création jeune public de notre artiste associée. Première le 14 février, réservations ouvertes !`],
  ['x', 'fr', 'secret', `Le lien magique pour l'accès admin à la billetterie pendant la panne SSO : https://billetterie.theatre-colline.fr/admin/login?magic_token=e7c41a9f03b2d6584a1fc9e02d37b6aa (valable 24 h)`],
  ['x', 'fr', '', `Panne du SSO ce matin, accès admin de la billetterie rétabli à 10 h 12. Merci à l'astreinte et désolé pour l'attente au guichet.`],
  // --- Avignon: a permanent theatre
  ['linkedin', 'fr', 'financial', `Pour les abonnés fidèles, on a une nouvelle pas très drôle qu'on ne leur a pas encore annoncée : l'abonnement 5 spectacles passe de 78 € à 89 € à la rentrée. La lettre part en mars, merci de ne pas en parler au guichet d'ici là.`],
  ['linkedin', 'fr', '', `Nos tarifs 2027 sont en ligne : l'abonnement 5 spectacles passe à 89 € (plein) et 62 € (réduit). Le tarif jeunes reste à 8 € la place. Tout est détaillé dans la brochure.`],
  ['linkedin', 'fr', 'iban', `Pour les compagnies accueillies en résidence, l'acompte de 30 % se règle désormais sur le compte FR76 3000 4018 2300 0123 4567 854 (Théâtre du Chêne Noir associé). Merci d'indiquer le nom de la compagnie en référence.`],
  ['linkedin', 'fr', '', `Les coordonnées bancaires de l'exemple de facture (FR76 3000 6000 0112 3456 7890 189) sont celles d'un RIB de démonstration : ne faites pas de virement dessus 😄 Le vrai RIB est joint à chaque facture.`],
  ['linkedin', 'fr', 'phone', `Location de la salle pour vos séminaires : contactez Jean-Baptiste au +33 4 90 86 21 77 ou passez nous voir rue des Lices.`],
  ['linkedin', 'fr', '', `Location de la salle pour vos séminaires : formulaire en ligne sur notre site, réponse sous 72 h. Capacité 280 places, régie son et lumière incluse.`],
  ['x', 'fr', '', `Pendant que vous dormiez, la régie a démonté 3 tonnes de décor, rechargé 2 camions et bu 14 cafés. Prochain arrêt : Lille.`],
  // --- Lille: a puppet theatre company
  ['linkedin', 'fr', 'national_id', `[Message WhatsApp collé par erreur] Coucou, tu peux envoyer le numéro de sécu de Yasmine à la compta ? C'est 2 92 02 13 055 087 29. Merci !`],
  ['linkedin', 'fr', '', `Notre comédienne a reçu un faux SMS « Ameli » lui demandant son numéro de sécurité sociale pour un remboursement. Le numéro pré-rempli dans le message, 2 85 05 75 056 123 83, ne correspond même pas à une clé valide. Ne tombez pas dans le piège.`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle en interne : la DRAC nous a fait savoir que notre conventionnement passerait à 95 000 € par an. Rien n'est signé, la notification officielle arrive au printemps, donc on garde ça sous le coude.`],
  ['linkedin', 'fr', '', `Notre compagnie est désormais conventionnée par la DRAC Hauts-de-France : 95 000 € par an pendant trois ans, selon la convention signée hier et publiée au recueil des actes. Merci !`],
  ['linkedin', 'fr', 'email', `Les programmateurs qui veulent voir le spectacle à Tourcoing peuvent m'écrire directement : aurore.delcroix@marionnettes-nord.org`],
  ['x', 'fr', '', `Un atelier marionnettes pour les 6-10 ans pendant les vacances : 5 matinées, 60 € la semaine. Inscriptions sur notre site !`],
  // --- Brussels: a music festival / touring company
  ['linkedin', 'en', 'financial', `Tour debrief (draft, for the steering group only): the Baltic leg lost €86k, mostly on freight. Revised touring budget for 2027 is €1.42m. Please don't circulate until the board has seen it.`],
  ['linkedin', 'en', '', `Tour recap: 24 shows in 9 countries, 31,000 tickets sold. Our audited accounts, published today, show the tour broke even on a €1.3m budget. Proud of this team.`],
  ['linkedin', 'en', 'phone', `Touring crew: if you get stuck at the border on Thursday, call our production manager Bram on +32 475 31 60 92, whatever the time.`],
  ['linkedin', 'en', 'secret', `For the new laptop at the merch stand: Square login is merch_ourband / password Tourbus-Ostend-44. I'll rotate it after the Ghent show.`],
  ['linkedin', 'en', '', `Merch tip: give each touring laptop its own account, turn on two-factor, and never share the password in the band group chat. We learned that the hard way in 2024.`],
  ['linkedin', 'en', 'confidential_marker', `SOUS NDA — line-up discussion notes
1. Headliner Saturday: agent confirms availability, awaiting routing
2. Sunday closer: two options, decision by 15/01
3. Kids stage: unchanged`],
  ['linkedin', 'en', '', `Everyone asks whether festival line-ups are under NDA. Usually yes, until the announcement. Then it's the most shared thing of the year. Ours drops on 3 February.`],
  ['x', 'en', 'codename', `Loading the trucks for Atlas Bleu tomorrow. 11 cities, 2 buses, and a setlist nobody outside the band has heard.`],
  ['x', 'en', '', `My cat Atlas has claimed the tour flight case as his new bed. We leave Monday. Negotiations are ongoing.`],
  // --- Geneva: a grand theatre / ballet
  ['linkedin', 'fr', 'financial', `À l'équipe marketing : l'objectif de recettes pour le gala du 31 est de 640 000 CHF. C'est notre cible interne, elle ne figure dans aucun document public, donc ne la mettez pas dans la campagne.`],
  ['linkedin', 'fr', '', `Le gala du 31 décembre a rapporté 612 000 CHF au profit du fonds pour les jeunes danseurs, comme annoncé dans notre communiqué de ce matin. Merci à tous les donateurs.`],
  ['linkedin', 'fr', 'email phone', `Pour toute question sur votre abonnement : abonnements@grand-theatre-leman.ch ou +41 22 322 50 50. Et oui, on répond aussi le samedi matin.`],
  ['linkedin', 'fr', 'client_name', `On termine l'année avec une belle représentation privée pour Initech et ses clients : 1 200 invités, un ballet entier et un dîner sur le plateau. Bravo à l'équipe événementiel !`],
  ['linkedin', 'fr', '', `Fin d'année chargée : 14 représentations de Casse-Noisette, 23 000 spectateurs et une dernière standing ovation. Joyeuses fêtes à toutes et à tous.`],
  ['linkedin', 'fr', 'internal_url', `Les feuilles de service de janvier sont publiées sur https://plannings.corp.acme.com/ballet/janvier — vérifiez vos créneaux de répétition avant vendredi.`],
  ['linkedin', 'fr', '', `Les horaires d'ouverture de janvier sont publiés sur https://www.acme.com/horaires — pensez à vérifier avant de venir, la billetterie ferme le 2.`],
  // --- Lausanne: an opera
  ['linkedin', 'fr', 'card', `Bonjour, pour le paiement de mon abonnement je vous transmets ma carte Amex 3782 805932 92677, exp. 04/28, CVC 1842. Merci de me confirmer par retour.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, merci de ne jamais publier votre numéro de carte en commentaire ! Nous avons masqué le message. Pour payer votre abonnement, utilisez le lien sécurisé que nous vous avons envoyé (carte se terminant par ****2677).`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Pour ceux qui étaient absents à la réunion de ce matin : on vise 28 % d'augmentation des recettes de mécénat en 2027, soit 1,9 MCHF. Ce plan n'est pas encore présenté au conseil, donc on ne le cite pas à l'extérieur.`],
  ['linkedin', 'fr', '', `Le mécénat en Suisse romande en chiffres, selon l'étude publiée par l'Office fédéral de la culture : 420 MCHF par an, dont 18 % pour les arts de la scène.`],
  ['x', 'fr', 'phone', `Perdu un parapluie vert au 2e balcon hier ? Appelez l'accueil au 021 315 40 20, il vous attend au vestiaire.`],
  ['x', 'fr', '', `Perdu un parapluie vert au 2e balcon hier ? Il vous attend au vestiaire, passez avec votre billet.`],
  // --- Paris: a contemporary art centre
  ['linkedin', 'en', 'secret', `For the installation team: the control server for the projection in room 4 accepts SSH as user "expo" with password Lumiere-Bleue!88. Please use it only to restart the loop, nothing else.`],
  ['linkedin', 'en', '', `For the installation team: the projection in room 4 restarts automatically at 10am. If it doesn't, switch it off and on again. That's it, that's the procedure.`],
  ['linkedin', 'fr', 'financial', `Pour la candidature à l'appel d'offres de la Ville : notre offre finale pour la programmation du pavillon est de 348 500 € HT. Dépôt vendredi, ne partagez pas le montant avec les artistes associés avant l'attribution.`],
  ['linkedin', 'fr', '', `Nous avons remporté l'appel d'offres de la Ville pour la programmation du pavillon ! Le marché, publié au BOAMP, est de 348 500 € HT sur deux ans.`],
  ['linkedin', 'fr', 'iban', `Mécénat d'entreprise : pour les virements, notre compte dédié est le FR76 1027 8060 7600 0213 7450 104. Le reçu fiscal part automatiquement sous 15 jours.`],
  ['linkedin', 'fr', '', `Mécénat d'entreprise : vous pouvez régler par virement, les coordonnées bancaires figurent sur la convention. Le reçu fiscal part automatiquement sous 15 jours.`],
  ['x', 'mixed', '', `Vernissage ce soir 18h, free entry, DJ set à 21h. Venez nombreux ✨`],
  // --- Montréal: a theatre
  ['linkedin', 'fr', 'internal_url', `Petit rappel à l'équipe de billetterie : la nouvelle caisse est accessible sur http://192.168.1.40:3000/caisse à partir des postes du hall. Si l'écran reste blanc, videz le cache.`],
  ['linkedin', 'fr', '', `Petit rappel à l'équipe de billetterie : la nouvelle caisse est accessible depuis l'icône sur le bureau des postes du hall. Si l'écran reste blanc, appelez le soutien informatique.`],
  ['linkedin', 'fr', 'national_id', `Dossier de demande de subvention du CALQ pour notre auteur : il fallait son NAS, c'est 527 810 048. Je le mets ici juste le temps que Marc le copie.`],
  ['linkedin', 'fr', '', `Pourquoi le formulaire de paie vous demande un NAS à 9 chiffres ? Parce que c'est la loi fédérale. Un exemple du format : 123 456 782 (numéro fictif, ne le copiez pas).`],
  ['linkedin', 'fr', 'financial', `Prévente des Fêtes en interne : on est à 412 000 $ de ventes pour « Le Grand Cabaret », soit 60 % de l'objectif. La direction ne veut pas qu'on le dise avant le bilan du 10 janvier.`],
  ['linkedin', 'fr', '', `« Le Grand Cabaret » affiche complet pour les Fêtes ! Merci au public montréalais. On ajoute trois supplémentaires du 2 au 4 janvier, billets en vente dès demain 10 h.`],
  ['linkedin', 'fr', 'phone email', `Vous êtes diffuseur et voulez accueillir la tournée au Québec ? Contactez Élodie Gagnon, 438 555-0183, elodie.gagnon@theatre-quatre-saisons.qc.ca`],
  // --- Québec: a symphony orchestra
  ['linkedin', 'fr', 'card', `Note de la billetterie : le donateur de la soirée bénéfice a payé avec une Discover, 6011 0026 5220 0668, on a oublié de la détruire du formulaire papier. Quelqu'un peut le passer à la déchiqueteuse ?`],
  ['linkedin', 'fr', '', `Note de la billetterie : le formulaire papier de la soirée bénéfice ne comporte plus de champ pour la carte de crédit. Tout passe par le terminal. Une bonne chose de faite.`],
  ['linkedin', 'fr', 'financial', `Sondage interne avant la réunion de programmation : le cachet du chef invité pour le concert de juin serait de 48 000 $, mais ce n'est qu'une offre de son agent. Rien de public, on en discute jeudi.`],
  ['linkedin', 'fr', '', `Le rapport annuel de l'orchestre est publié : 63 concerts, 94 000 spectateurs, un budget de 11,2 M$ dont 41 % d'autofinancement. Merci à nos abonnés fidèles !`],
  ['x', 'fr', '', `Ce soir à 19 h 30 : Mahler 5 avec le chœur des jeunes. Il reste 42 places au balcon.`],
  ['linkedin', 'fr', 'secret', `Pour les musiciens qui jouent à l'église ce week-end : le réseau sans fil de la sacristie est « Paroisse-Invites » et le mot de passe est CantiqueDesCantiques77. Gracieuseté du curé 🙏`],
  // --- Liège: a contemporary music festival
  ['linkedin', 'fr', 'financial confidential_marker', `CONFIDENTIEL
Bilan provisoire de l'édition : 14 230 entrées, 412 000 € de recettes, un déficit estimé de 58 000 €. Chiffres non audités, présentation au conseil le 22.`],
  ['linkedin', 'fr', '', `Le festival a publié ses comptes certifiés de l'édition 2025 : 14 230 entrées, 412 000 € de recettes propres et un léger déficit de 58 000 €, couvert par les réserves.`],
  ['linkedin', 'fr', 'phone', `Pour les artistes en résidence : la loge technique répond au 04 223 19 10. En dehors des heures, le gardien au 0497 40 82 15.`],
  ['linkedin', 'fr', 'codename', `On vient de finir la semaine de laboratoire sur Orion avec les musiciens de l'ensemble. Sortie prévue à l'automne, et c'est tout ce que je peux en dire.`],
  ['linkedin', 'fr', '', `On vient de finir la semaine de laboratoire avec les musiciens de l'ensemble, autour de la pièce « Orion » de Kaija Saariaho. Concert le 12 au Reflektor.`],
  ['linkedin', 'fr', 'national_id', `Pour l'assurance de la tournée, la mutuelle a besoin du numéro national du régisseur : 72.02.14-154.79. Merci de le reporter dans le formulaire avant midi.`],
  ['linkedin', 'fr', '', `Pour l'assurance de la tournée, chaque membre de l'équipe doit remplir lui-même le formulaire en ligne avec son numéro national. On ne les collecte plus par mail, RGPD oblige.`],
  // --- Basel: a music festival
  ['linkedin', 'en', 'iban', `Artists: your fees for the summer festival will be paid from our new account CH07 0024 3243 0123 4567 0. Please send your invoice with the festival reference before 15 September.`],
  ['linkedin', 'en', '', `Artists: please send your invoice with the festival reference before 15 September. Payments go out within 30 days. Questions? Use the form on our artist portal.`],
  ['linkedin', 'en', 'phone', `Artist hospitality is staffed around the clock this week: +41 61 206 99 30. For anything medical, call 144 first.`],
  ['linkedin', 'en', '', `Artist hospitality is staffed around the clock this week at the green building behind the main stage. For anything medical, call 144 first.`],
  ['linkedin', 'en', 'financial', `Pre-read for Thursday: we're proposing ticket prices of CHF 95 and CHF 145 for the 2027 headliner night, up from 80/120. Not announced, and we haven't told the sponsors yet either.`],
  ['linkedin', 'en', '', `2027 ticket prices are live: CHF 95 and CHF 145 for the headliner night, CHF 25 for under-26s. Early bird ends 31 January.`],
  ['x', 'en', '', `Basel, 2am: the last act just walked off, the crowd is still singing, and our stage manager is asleep on a flight case. Festival season is beautiful.`],
  // --- Paris: a classical music agency / touring company
  ['linkedin', 'fr', 'email', `Pour les demandes de dossiers artistiques, écrivez plutôt à booking(at)agence-contrepoint(dot)fr, on y répond plus vite que sur LinkedIn.`],
  ['linkedin', 'fr', 'financial', `Pour info aux collègues booking : on a proposé 62 000 € au festival pour le récital de la pianiste, frais de voyage en sus. Le festival n'a pas encore répondu et on ne fait aucune annonce.`],
  ['linkedin', 'fr', '', `Combien coûte un récital de piano ? Ça va de 2 000 € pour un jeune talent à plus de 60 000 € pour une star internationale, selon les chiffres publiés par le syndicat des agents. Un sujet passionnant.`],
  ['linkedin', 'fr', 'phone', `Jeune artiste, tu veux nous envoyer ta maquette ? Appelle Sarah au 07 58 21 44 06 avant de l'envoyer, elle te dira si le moment est bon.`],
  ['x', 'fr', 'client_name', `Un concert privé pour Initech jeudi dans leur siège de La Défense. Quatuor, champagne et PowerPoint. La vie d'agent.`],
  ['x', 'fr', '', `Un concert privé jeudi dans un siège social de La Défense. Quatuor, champagne et PowerPoint. La vie d'agent.`],
  // --- Aix: a museum
  ['linkedin', 'fr', 'national_id', `Relevé lors de l'inscription d'un bénévole : NIR 1 65 08 33 063 112 14. J'ai mis la fiche dans l'armoire fermée, mais je vous le mets ici pour que l'assurance puisse le saisir.`],
  ['linkedin', 'fr', 'financial', `Brouillon de la note au maire : le musée demande 1,8 M€ pour la rénovation de l'aile Granet. La délibération n'est qu'en mars, ce montant ne doit pas sortir avant.`],
  ['linkedin', 'fr', '', `Le conseil municipal a voté hier 1,8 M€ pour la rénovation de l'aile Granet, délibération consultable en ligne. Les travaux commenceront en septembre.`],
  ['linkedin', 'fr', 'internal_url', `Pour télécharger les visuels HD de l'expo, passez par le serveur photo : https://phototheque.acme-corp.net/expo-cezanne — pas par WeTransfer.`],
  ['linkedin', 'fr', '', `Pour télécharger les visuels HD de l'expo, rendez-vous dans notre espace presse public : https://presse.musee-provence.fr/expo-cezanne. Crédits obligatoires.`],
  ['x', 'fr', '', `Le premier tableau de l'expo vient d'être accroché. 800 kg, 11 personnes, 2 heures. Et un silence religieux.`],
  // --- Lausanne / Geneva mixed
  ['linkedin', 'fr', 'secret', `Accès à la console de streaming du concert de Noël : clé de flux rtmp live_8c41f2d9a07e3b56 (YouTube). Ne la partagez surtout pas, n'importe qui pourrait diffuser sur notre chaîne.`],
  ['linkedin', 'fr', '', `Vous voulez streamer vos concerts ? La clé de flux YouTube se trouve dans YouTube Studio > Diffuser en direct. Ne la partagez jamais, elle permet à n'importe qui de diffuser sur votre chaîne.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:RED — Ne pas diffuser au-delà des destinataires
Incident de sécurité sur le système de billetterie mutualisé des théâtres genevois : les journaux montrent des connexions suspectes depuis le 28/11. Réinitialisation des comptes administrateurs en cours.`],
  ['linkedin', 'fr', '', `Retour d'expérience sur l'incident de billetterie de novembre (publié avec l'accord des théâtres concernés) : des connexions suspectes, aucun vol de données, 80 comptes administrateurs réinitialisés. Leçon n°1 : le MFA partout.`],
  // --- Montréal: a jazz club / festival booking
  ['linkedin', 'en', 'financial', `Between us: the headliner's guarantee for the outdoor show is USD 250,000 plus 10% over break-even. Contract signature is next week; announcement in April. Don't let this leak to the other promoters.`],
  ['linkedin', 'en', '', `Guarantee vs door deal: a short thread for young promoters. Typical guarantees for club acts in Montreal run from $1,500 to $5,000, according to the union's published rate card.`],
  ['linkedin', 'en', 'email', `Sponsorship enquiries: partners@jazzmontreal-festival.ca — I'm off until January, my colleague Félix will answer.`],
  ['x', 'en', 'secret', `oops, wrong window: Discord bot token for the fan server is MTE3ODIzNDU2Nzg5MDEyMzQ1Ng.GhTq9x.pR4vK8Lm2Nc6Wd1Yz3Ab5Ef7Hj9Kl0Mn2Op4Qr`],
  ['x', 'en', '', `Rotated all our Discord bot tokens after someone pasted one in a tweet (not naming names, it was me). Lesson learned.`],
  // --- Brussels: a museum of fine arts
  ['linkedin', 'fr', 'financial', `Pour la réunion des prêteurs : notre proposition d'indemnité au collectionneur privé pour le prêt des trois toiles est de 95 000 €, plus les frais de convoiement. Il n'a pas encore répondu, c'est donc strictement entre nous.`],
  ['linkedin', 'fr', '', `Trois toiles d'une collection privée rejoignent notre exposition de printemps. Le prêteur souhaite rester anonyme, et nous respectons bien sûr ce choix.`],
  ['linkedin', 'fr', 'phone email', `Réservations pour les visites guidées en néerlandais : +32 2 508 32 11 ou reservations@musee-beaux-arts-bxl.be. Groupes de 25 personnes maximum.`],
  ['linkedin', 'fr', 'iban', `Aux amis du musée : la cotisation 2027 (60 €) est à verser sur le compte BE59 0015 5501 9326, communication « Amis 2027 + votre nom ».`],
  ['linkedin', 'fr', '', `Aux amis du musée : la cotisation 2027 reste à 60 €. Vous pouvez la régler en ligne, par domiciliation ou au comptoir d'accueil.`],
  ['x', 'fr', 'codename', `Le comité scientifique de Project Kestrel se réunit demain. Si vous voyez passer des caisses marquées K dans le hall, vous n'avez rien vu.`],
  ['x', 'fr', '', `Expo « Les oiseaux de Bruegel » : saurez-vous trouver le faucon crécerelle (kestrel pour nos amis anglophones) caché dans le troisième tableau ?`],
  // --- Avignon: an off-festival theatre
  ['linkedin', 'fr', 'secret', `Les identifiants du compte partagé sur la plateforme de billetterie du Off, pour les compagnies hébergées : login accueil.lesdocks / mdp Docks84-Juillet. Ne les donnez pas aux spectateurs 😂`],
  ['linkedin', 'fr', '', `Les compagnies hébergées reçoivent chacune un compte personnel sur la plateforme de billetterie du Off. Si vous ne l'avez pas reçu, vérifiez vos spams.`],
  ['linkedin', 'fr', 'financial', `Les loyers des créneaux 2027 qu'on va proposer aux compagnies (pas encore envoyés) : 4 800 € le créneau de 11 h, 6 200 € celui de 19 h. On attend le feu vert de l'asso avant de publier la grille.`],
  ['linkedin', 'fr', '', `Grille tarifaire 2027 des créneaux publiée sur notre site : de 3 900 € à 6 200 € selon l'horaire, technique comprise. Dépôt des candidatures jusqu'au 31 janvier.`],
  ['linkedin', 'fr', 'phone', `Pendant le festival, l'accueil du théâtre est joignable au 04 32 76 02 79 de 9 h à minuit. En cas de problème la nuit, le 06 12 58 90 34 (Karim, régie).`],
  ['x', 'fr', '', `Le Off 2027, c'est 1 600 spectacles, 140 lieux et une seule chaleur écrasante. Hydratez-vous.`],
  // --- Paris: an orchestra
  ['linkedin', 'fr', 'card', `Transmis par la ligne mécènes : « Voici ma carte pour le don annuel, 2223 0062 4885 1820, validité 02/29. » Je n'ai pas encore saisi le don, je le fais lundi.`],
  ['linkedin', 'fr', 'financial', `Info de la direction générale pour les chefs de service : la masse salariale musiciens 2027 est plafonnée à 14,7 M€, soit un gel des recrutements sur les pupitres vacants. Annonce aux musiciens lors de l'assemblée du 8, pas avant.`],
  ['linkedin', 'fr', '', `Nous recrutons un·e tuttiste violon (concours en avril). Rémunération selon la grille publique de l'orchestre, à partir de 3 450 € bruts mensuels. Inscriptions sur notre site.`],
  ['linkedin', 'fr', 'email', `Les candidats au concours de violon peuvent envoyer leurs questions à concours.violon@orchestre-seine.fr. Pas de réponse par téléphone, désolé.`],
  ['linkedin', 'fr', 'client_name', `Belle collaboration avec l'Hôpital Sainte-Claire : nos musiciens joueront chaque mois dans les services de pédiatrie, à la demande de la direction de l'hôpital, dans le cadre d'une prestation sur trois ans.`],
  ['linkedin', 'fr', '', `Nos musiciens jouent chaque mois dans les services de pédiatrie de trois hôpitaux parisiens, grâce au soutien de la Fondation des Hôpitaux. Un moment précieux pour les enfants et pour nous.`],
  ['x', 'fr', '', `Répétition générale à 10 h, ouverte aux scolaires. 800 élèves, 90 musiciens, 1 chef qui a oublié sa baguette.`],
  // --- Lille: a music festival
  ['linkedin', 'fr', 'financial', `Point de situation billetterie, que je vous demande de ne pas relayer : 18 600 pass vendus pour 1,04 M€, il en faudrait 24 000 pour atteindre l'équilibre. On décide lundi si on ajoute une scène.`],
  ['linkedin', 'fr', '', `Merci pour cette édition ! Le bilan officiel : 31 000 festivaliers sur trois jours et un équilibre budgétaire atteint, comme annoncé dans notre communiqué.`],
  ['linkedin', 'fr', 'internal_url email', `Les accréditations photo se gèrent maintenant sur https://accreds.festival-nord.intranet.fr — si vous n'avez pas d'accès, demandez à presse@festival-nord.fr.`],
  ['linkedin', 'fr', 'codename', `Ça y est, le décor du projet Orion est livré, on a une semaine pour le monter sans que personne ne voie ce qu'il y a dedans 🤐 Merci de ne pas poster de photos du site avant l'annonce.`],
  ['linkedin', 'fr', '', `La scène « Étoile du Nord » change de place cette année et se retrouve près du lac. Plan du site publié demain !`],
  ['x', 'fr', '', `On vous demande souvent quand sort la programmation. Réponse : quand elle sera prête. (Indice : avant le printemps.)`],
  // --- Geneva: a contemporary art museum
  ['linkedin', 'fr', 'financial', `Note pour l'équipe : le prix de vente de l'édition limitée de l'artiste (100 exemplaires) sera de 1 450 CHF. On l'annoncera au vernissage, pas avant, même si les collectionneurs appellent.`],
  ['linkedin', 'fr', '', `L'édition limitée de l'artiste est en vente à la librairie du musée : 100 exemplaires numérotés, 1 450 CHF. Les bénéfices financent notre programme de résidence.`],
  ['linkedin', 'fr', 'phone', `Service des publics : pour réserver une visite adaptée (LSF, audiodescription), contactez Hélène au +41 79 412 55 83.`],
  ['linkedin', 'fr', 'secret', `Pour le jeu de piste numérique de l'expo, l'accès admin au CMS est : utilisateur mediation, mot de passe Jeu2Piste-Musee!. Merci de ne pas le changer, on est six à l'utiliser.`],
  ['linkedin', 'fr', '', `Le jeu de piste numérique de l'expo est en ligne ! Scannez le QR code à l'entrée, aucun compte ni mot de passe n'est nécessaire.`],
  // --- Montréal / Québec: a circus company touring
  ['linkedin', 'fr', 'financial', `Le diffuseur européen nous propose 1,1 M€ pour les 40 dates de la tournée 2028. Offre reçue hier, on ne l'a même pas encore présentée aux artistes. Silence radio jusqu'à la signature.`],
  ['linkedin', 'fr', '', `Tournée 2028 annoncée ! 40 dates en Europe, de Lisbonne à Helsinki. Les billets seront en vente par chaque lieu d'accueil à partir du printemps.`],
  ['linkedin', 'fr', 'phone', `Pour les artistes en création à Montréal : le physiothérapeute de la compagnie, Luc, est joignable au (514) 282-9710, poste 3. Prenez rendez-vous avant de vous blesser 😉`],
  ['linkedin', 'fr', 'national_id', `Pour la demande de permis de travail de l'acrobate, j'ai besoin de ton NAS, et je t'envoie le mien pour comparer le formulaire : 273 184 655.`],
  ['linkedin', 'en', 'client_name', `Closing out the year with a private show for Globex's global leadership summit in Las Vegas. 90 minutes, 22 acrobats, one very nervous rigging team.`],
  ['linkedin', 'en', '', `Closing out the year with a show at a tech conference in Las Vegas. 90 minutes, 22 acrobats, one very nervous rigging team.`],
  ['x', 'fr', '', `Notre acrobate vient de réussir le quadruple saut. En répétition. Sur un tapis. Mais quand même.`],
  // --- Mixed / various extra hard cases
  ['linkedin', 'fr', 'financial', `Pour l'équipe programmation : on a reçu le devis de la compagnie britannique, 28 500 € pour deux représentations. On a répondu 24 000 €. Négociation en cours, ne mentionnez rien dans la brochure.`],
  ['linkedin', 'fr', '', `Ce que coûte une représentation dans un théâtre municipal de 600 places, d'après l'étude annuelle de l'Observatoire des politiques culturelles : entre 12 000 et 25 000 € selon la taille de la troupe.`],
  ['linkedin', 'en', 'financial', `Hi team, quick summary of yesterday's board: they agreed to raise the artistic director's programming envelope to €2.35m for 2027. HR will inform the department heads next week. Please don't share before then.`],
  ['linkedin', 'en', '', `Personal news: after 11 years I'm leaving the opera house to run a small music school in Namur. My salary will be half, my happiness double. Thank you all.`],
  ['linkedin', 'fr', '', `Mon fils a collecté 320 € pour son voyage de classe au Festival d'Avignon en vendant des crêpes à la sortie de l'école. Fierté de maman.`],
  ['linkedin', 'fr', 'confidential_marker', `— Document interne —
Ordre du jour du comité de programmation du 17/12 : 1) validation des résidences, 2) arbitrage sur la création jeune public, 3) questions diverses.`],
  ['linkedin', 'fr', '', `Dans les coulisses d'un comité de programmation : on arbitre entre 200 projets pour 30 places. Chaque refus est un crève-cœur. Voici comment nous travaillons, en toute transparence.`],
  ['linkedin', 'en', 'phone', `If you're a French artist touring Canada for the first time, save this number: our Montreal office, +1 (514) 845-3307. We'll help with your work permit paperwork.`],
  ['linkedin', 'fr', 'email', `Pour les réservations scolaires du musée : scolaires@musee-confluence-quebec.ca, ou via le formulaire de notre site.`],
  ['linkedin', 'fr', 'iban', `Correction pour les loueurs de matériel : notre RIB a changé, nouveau compte FR76 1751 5900 0008 1234 5678 938. Merci de mettre à jour vos fiches fournisseurs.`],
  ['linkedin', 'fr', '', `Alerte fraude : un faux mail de « changement de RIB » au nom du théâtre circule avec le compte FR76 3000 4018 2300 0123 4567 845. Le numéro est faux, ne payez pas dessus.`],
  ['linkedin', 'en', 'iban', `Luxembourg co-production partners: please wire the second instalment to LU28 0019 4006 4475 0000 before 31 January. The contract reference goes in the payment note.`],
  ['linkedin', 'fr', 'card', `Retrouvé dans un programme oublié au premier balcon : un ticket avec un numéro de carte noté au stylo, 3530 1714 3789 1049. On l'a remis à la sécurité, mais qui écrit ça sur un programme ?`],
  ['linkedin', 'fr', '', `Retrouvé dans un programme oublié au premier balcon : une liste de courses, une place de parking et un dessin de chat. On garde le dessin.`],
  ['x', 'en', 'card', `The box office just got an email from a patron with their full card number: 4970 1043 7780 1384. Please, everyone, never do this. Deleting it now.`],
  ['x', 'en', '', `The box office just got an email from a patron with their full card number in it. We deleted it right away. Please, everyone, never do this.`],
  ['linkedin', 'fr', 'internal_url secret', `Pour les techniciens son : le backup de la table est sur smb://nas-regie.theatre.corp/sessions (user regie, mdp Console-Yamaha-2026).`],
  ['linkedin', 'fr', '', `Pour les techniciens son : nos sessions de table sont sauvegardées chaque soir. Si vous avez besoin d'une ancienne version, demandez à la régie générale.`],
  ['linkedin', 'mixed', 'codename client_name', `Kick-off meeting for Atlas Bleu with Société Générique's events team this morning. Ils veulent trois soirées privées dans trois capitales, on a six mois. Let's go!`],
  ['linkedin', 'en', '', `Our new exhibition "Blue Atlas" maps every ocean current known in 1850. Opening 12 March, free for members.`],
  ['linkedin', 'fr', 'financial', `Je partage le tableau de travail de la commission Culture de la Métropole, pas encore votée :
| Structure | Demandé | Proposé |
| Notre théâtre | 320 000 € | 285 000 € |
| Festival partenaire | 140 000 € | 140 000 € |
Vote le 19 janvier.`],
  ['linkedin', 'fr', '', `Tableau publié au recueil des délibérations de la Métropole :
| Structure | Subvention 2027 |
| Notre théâtre | 285 000 € |
| Festival partenaire | 140 000 € |
Merci aux élus pour leur soutien.`],
  ['linkedin', 'en', 'secret internal_url', `Setting up the new box-office kiosk? The config is
TICKETING_URL=https://tix.acme-corp.net/api
TICKETING_TOKEN=9b2e7f41c6d83a05fe1d27c94b8a60e3
Ask me before touching anything else.`],
  ['linkedin', 'en', '', `Setting up a new box-office kiosk? Our vendor's sample config uses TICKETING_TOKEN=your-token-here and an AWS key like AKIAIOSFODNN7EXAMPLE. Replace both before going live, obviously.`],
  ['linkedin', 'en', 'national_id', `Payroll mishap: an intern pasted a freelancer's French social security number (1 79 03 69 123 045 35) into the team chat. We deleted it, and we're retraining everybody. Please be careful.`],
  ['linkedin', 'en', '', `A French social security number has 15 digits: sex, year and month of birth, place of birth, an order number and a two-digit key. If you see one in a chat, delete it and tell the DPO.`],
  ['linkedin', 'fr', 'phone', `Les bénévoles de la billetterie solidaire de Genève peuvent joindre la coordination au 022 809 60 13.`],
  ['linkedin', 'fr', 'phone', `Standard de l'Opéra de Québec : 418 529-0688. Notre billetterie est ouverte du mardi au samedi.`],
  ['linkedin', 'fr', 'phone', `Pour le transport des œuvres vers Paris, notre transporteur attend votre appel : 01 48 13 92 60, demandez le service musées.`],
  ['linkedin', 'fr', '', `Transport des œuvres vers Paris : départ le 4 février, arrivée le 6, convoi de deux camions climatisés et un convoyeur par camion. Tout s'est parfaitement déroulé lors du dernier prêt.`],
  ['x', 'fr', '', `En cas de malaise dans la salle, nos équipes appellent le 15 et un médecin de garde est présent à chaque représentation. Votre sécurité d'abord.`],
  ['x', 'en', 'financial', `Can't say much but: the streaming deal for our opera season is worth €1.6m over three years, signature Friday, announcement in January. Best Christmas present ever 🎄`],
  ['x', 'en', '', `Our opera season streaming deal, announced this morning, is worth €1.6m over three years. A first for a regional house in France.`],
  ['linkedin', 'fr', 'financial', `Projection de fréquentation pour l'expo Cézanne transmise hier à la direction : 410 000 visiteurs et 5,2 M€ de billetterie. Ce sont nos hypothèses internes, pas des chiffres à annoncer.`],
  ['linkedin', 'fr', '', `L'exposition Cézanne a accueilli 410 000 visiteurs, un record pour le musée, annonce la Ville dans son communiqué de clôture.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – DO NOT DISTRIBUTE
Casting shortlist for the spring revival, role of Mimì:
1. candidate A (availability to confirm)
2. candidate B
Decision at the artistic meeting of 9 January.`],
  ['linkedin', 'en', '', `We're casting the role of Mimì for our spring revival. Open auditions in Brussels on 9 January, registration on our website until 20 December.`],
  ['linkedin', 'mixed', 'email', `Les bénévoles anglophones peuvent écrire à volunteers@festival-lumiere-lausanne.ch — we answer in English, French or German.`],
  ['linkedin', 'fr', '', `Abonnés, votre espace personnel fait peau neuve : connectez-vous avec votre adresse mail habituelle et choisissez un nouveau mot de passe (12 caractères minimum).`],
  ['linkedin', 'fr', 'secret', `Pour les placeurs, le code de l'appli de contrôle des billets a changé : identifiant controle, mot de passe Placeur-Salle3!. La tablette de secours est au vestiaire.`],
  ['linkedin', 'fr', '', `Pour les placeurs : l'application de contrôle des billets se connecte toute seule avec votre badge. Si elle bloque, la tablette de secours est au vestiaire.`],
  ['linkedin', 'en', 'codename', `Great workshop today with the lighting designers for Orion. We can finally say it's a co-production. That's all we can say.`],
  ['linkedin', 'en', '', `Great workshop today with the lighting designers at the planetarium: we projected the Orion Nebula on a 20-metre dome. Free shows every Sunday.`],
]);
