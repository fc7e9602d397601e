import { rows } from './corpus-types';

/**
 * Held-out set "fresh52": written 2026-12-04 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh52`.
 * First scored 2026-12-04 19:03 UTC on the rules of 4ca558d, before any fix from it: confidentiality macro F1
 * 0.959, 7.3 % of clean posts flagged (8 of 109);
 * financial 0.847, confidential_marker 0.903, iban 0.933, phone 0.947, internal_url 0.957, secret 0.960, the others 1.000.
 *
 * Authors: marketing and communications people in Quebec, France and French-speaking Africa, writing mostly in French:
 * a Montréal comms agency, a Saint-Hyacinthe maple-drinks maker and a Québec City cosmetics brand; a Paris cosmetics
 * house, a Lyon PR agency, a Bordeaux events firm and a Lille food brand; a Dakar telecom operator, a mobile-money
 * start-up and a Dakar creative agency; an Abidjan juice brand, a chocolate maker and a PR agency; a Douala craft brewery
 * and a Yaoundé app start-up; a Casablanca argan-cosmetics brand, a Rabat fintech and a Marrakech events agency. Focus:
 * product launches, press relations, embargoed news, event teasers, influencer campaigns. Forms: proud launch posts,
 * pasted press releases and briefs, chat messages pasted by mistake (with timestamps), config snippets, customer-service
 * replies (surface 'comment'), job ads with published salary ranges (dollars, FCFA, dirhams), live-posts from seminars
 * and trade shows, a three-post X thread, polls, farewells, supplier bank-detail changes, lost-and-found notices, payroll
 * and contract forms, PR tips and trainings.
 *
 * Positives: the company's own figures with many ways of saying "not public yet" (an approved media budget before the
 * agencies' tender, preliminary quarterly sales awaiting the board, a bid to a client, influencer fees kept out of the
 * contracts' publicity, a retail price and a subscription price before distributors or the press conference, a price rise
 * before customers are told, a fund-raise and a valuation before the announcement, a seminar live-post of an unannounced
 * target, a draft press release awaiting finance or the regulator's filing, an internal margin, FCFA and dirham sales,
 * forecasts and working hypotheses, "entre nous", "on garde ça pour nous", a leaked thread figure); explicit labels
 * (SOUS EMBARGO…, EMBARGO jusqu'au…, [INTERNE], Classification : Interne, SOUS NDA, [CONFIDENTIEL], CONFIDENTIEL,
 * TLP:AMBER, TLP:RED, INTERNE — NE PAS DIFFUSER, Diffusion restreinte); secrets without vendor formats (an Instagram,
 * TikTok and Canva password, booth and showroom Wi-Fi codes, a press-room login, a stream key, a hex monitoring API key,
 * a Facebook app token, an SMS gateway password, a newsletter token) and one Slack webhook; internal URLs (intranet.
 * hosts, .internal, .local and .corp hosts, 10.x and 192.168.x addresses, acme-corp.net and corp.acme.com); phones of
 * Quebec (514, 418, 438, 1 800), France (mobile, +33, numéro vert 0 800, 01 84), Senegal (+221 77, 78, 33 landline),
 * Côte d'Ivoire (+225 07, 27 landline), Cameroon (+237 6, 2 33, 2 22) and Morocco (+212 6, 05 22, 0801); emails plain,
 * obfuscated ("[at] [dot]", "[arobase] [point]", "name @ domain") and role mailboxes (medias@, creators@, influence@,
 * inscription@, ambassadeurs@), all labelled email; the policy's codenames and clients in their project and customer
 * sense. Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: IBAN
 * mod 97 for FR (with the RIB key), SN and CI (letter bank codes), CM and MA (with the RIB key); Luhn for Visa,
 * Mastercard (5- and 2-series), Amex and Discover; Luhn for Canadian SIN (NAS); the mod-97 key for French NIR (a Corsican
 * 2A one, and two born abroad, department 99, in Senegal and Morocco); Moroccan CIN as written on the card.
 *
 * Look-alikes (clean): published results, announced prices and fund-raises, public salary ranges, other organisations'
 * figures (Statistique Canada, BCEAO, Bank Al-Maghrib, a competitor's valuation, a regulator's subscriber count),
 * teaching figures; "embargo levé", embargo and NDA tips, a classification-levels reminder, a TLP training, a book
 * called "Top Secret"; emergency short numbers (911, 15, 112, 17, 18, 185, 180), times, a race bib, stand numbers; bare
 * domains, social handles, the public newsroom news.acme.com; a promo code, placeholder .env values and "changeme", a
 * password-free Wi-Fi, a tutorial on stream keys; an invalid scam IBAN, a masked RIB and card, the SWIFT registry's
 * example Senegalese IBAN, Stripe's 4242 test card, a Luhn-failing billboard reference, the CRA example SIN, a
 * Luhn-failing SIN, a NIR with a wrong key and an impossible one, masked SIN digits, company identifiers (SIREN, RCCM,
 * Moroccan ICE); the Orion nebula and constellation, the Crab Nebula, a kestrel bird and a Kestrel wind meter, the blue
 * Atlas mountains and a Russian-blue cat called Atlas, Globex from The Simpsons, Initech from Office Space, a chapel and
 * a Quebec village named Sainte-Claire, a "société générique" as a phrase.
 *
 * Conventions: every written email is email (role mailboxes and obfuscations included), every written phone is phone
 * (switchboards, hotlines, toll-free), emergency short numbers are not; confidential_marker only for explicit labels;
 * financial only for the company's own not-yet-public figures; IBAN, card and national id only when valid.
 *
 * Counts: 239 posts (224 FR, 8 EN, 7 mixed; 218 LinkedIn of which 13 comments, 21 X): 109 clean, 130 with one or more
 * findings. Labels: financial 31, phone 20, confidential_marker 14, email 13, secret 12, client_name 11, internal_url
 * 11, codename 9, national_id 9, card 8, iban 7.
 */
export const FRESH52_POSTS = rows('fresh52', [
  // ---- Québec: a Montréal comms agency, a Saint-Hyacinthe maple-drinks maker, a Québec City cosmetics brand ----
  ['linkedin', 'fr', '', `Ça y est! Notre boisson pétillante à l'érable est sur les tablettes de 640 épiceries au Québec depuis ce matin. Prix suggéré : 3,49 $ la canette. Merci à toute l'équipe de Saint-Hyacinthe qui a travaillé fort depuis janvier. #FabriquéAuQuébec`],
  ['linkedin', 'fr', 'financial', `Petite fierté d'équipe : le budget média de la campagne printemps vient d'être approuvé par la direction, 1,2 M$ dont 40 % en numérique. Les agences ne le savent pas encore, l'appel d'offres part lundi, alors on se retient jusque-là! 🎉`],
  ['x', 'fr', '', `Embargo levé : notre étude sur les habitudes de lecture des Québécois est en ligne. 62 % lisent au moins un livre par mois, et les 18-24 ans lisent plus que leurs parents. Rapport complet sur notre site.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Relecture svp avant l'envoi aux médias 👇

SOUS EMBARGO — NE PAS PUBLIER AVANT LE 14 JANVIER 2027, 6 H (HNE)
Cosmétiques Aurore clôt l'exercice avec un chiffre d'affaires de 48,6 M$, en hausse de 22 %, porté par sa gamme hivernale et son entrée chez 300 pharmacies de l'Ontario.`],
  ['linkedin', 'fr', 'email phone', `Journalistes : pour toute demande d'entrevue au sujet du lancement, écrivez à medias@cosmetiques-aurore.ca ou appelez Mélanie au 514 872-3306. Nos porte-parole sont disponibles en français et en anglais.`],
  ['linkedin', 'fr', '', `On recrute! Conseiller·ère en relations de presse, Montréal (mode hybride). Salaire : 62 000 $ à 74 000 $ selon l'expérience, 4 semaines de vacances dès la première année. Postulez via notre page Carrières d'ici le 20 décembre.`],
  ['linkedin', 'fr', 'codename', `Dernière ligne droite pour Nébula : les visuels de campagne sont validés et le shooting a lieu jeudi au studio de Griffintown. Hâte de vous montrer ce qu'on prépare pour mars!`],
  ['x', 'fr', '', `Ciel dégagé sur Charlevoix ce soir : la nébuleuse d'Orion se voit très bien aux jumelles vers 22 h. Petite pause astronomie entre deux briefs 🔭`],
  ['linkedin', 'mixed', 'client_name', `Big shoutout à l'équipe qui a livré la refonte du site carrière de l'Hôpital Sainte-Claire en six semaines. Les candidatures en soins infirmiers ont doublé depuis la mise en ligne. So proud of you all!`],
  ['linkedin', 'fr', 'secret', `[10:42] Jo : c'est quoi le mdp du compte Instagram de la marque déjà?
[10:43] Vanessa : Erable!Sucre2026, change-le après le live stp
[10:44] Jo : merci 🙏`],
  ['linkedin', 'fr', '', `Astuce RP : un embargo, ça se négocie avant l'envoi, pas après. Précisez la date, l'heure et le fuseau horaire, et n'envoyez le communiqué qu'aux journalistes qui ont accepté les conditions. Sinon, autant tout publier tout de suite.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Amélie, notre nouvelle stagiaire en communication 🎉

[14:02] Nadia (RH) : Amélie, il me manque ton NAS pour la paie
[14:05] Amélie : 272 562 091
[14:06] Nadia : parfait merci!`],
  ['linkedin', 'fr', '', `Rappel aux nouveaux employés : ne transmettez jamais votre numéro d'assurance sociale par courriel ou par messagerie. Sur vos talons de paie, seuls les trois derniers chiffres apparaissent (*** *** 091), et c'est voulu.`],
  ['x', 'en', '', `Our spring campaign recap is live: 4.1M impressions, 38k clicks and a 2.7% CTR across Quebec. The full case study is on our blog, numbers and all.`],
  ['linkedin', 'fr', 'financial', `Les chiffres préliminaires du quatrième trimestre sont tombés ce matin en réunion : 14,8 M$ de ventes, +31 % sur un an. On attend le feu vert du conseil avant d'en parler à l'extérieur, mais bravo à tout le monde!`],
  ['linkedin', 'fr', 'internal_url', `Les gabarits de la nouvelle charte graphique sont disponibles sur https://intranet.borealmedia.ca/marque/gabarits : servez-vous, et de grâce arrêtez d'utiliser le vieux logo 😅`],
  ['linkedin', 'fr', '', `Notre nouveau site est en ligne : borealmedia.ca. Portfolio, équipe et blogue enfin réunis au même endroit. Merci à Kevin pour les nuits blanches.`],
  ['linkedin', 'fr', 'phone', `Service à la clientèle de la gamme Érablière : 1 800 363-4721, du lundi au vendredi de 8 h à 20 h. On répond aussi aux questions sur les allergènes.`],
  ['linkedin', 'fr', '', `Festival de la relève ce week-end! En cas d'urgence, composez le 911. Les bénévoles en premiers soins sont installés à côté de la scène principale, tente rouge.`],
  ['linkedin', 'fr', '', `Soirée rétro au bureau : on a revu Office Space. Initech, l'agrafeuse rouge, les rapports TPS… 25 ans plus tard, certaines réunions n'ont pas changé d'un poil 😂`],
  ['linkedin', 'fr', 'client_name financial', `Pitch envoyé! Notre proposition à Globex pour leur campagne nationale : 385 000 $ tout compris, production incluse. Réponse attendue le 20. Croisez les doigts 🤞`],
  ['x', 'fr', '', `Globex Corporation, Hank Scorpio, le hamac dans le bureau : le meilleur patron de l'histoire des Simpson. Prouvez-moi le contraire.`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage ici pour l'équipe terrain qui n'a pas accès au Drive :

[INTERNE] Plan de communication — lancement gamme hiver
Porte-parole : Julie T. seulement
Messages clés : formule sans parfum, fabriquée à Québec, emballage recyclable
Questions sensibles : rappel de 2024, prix en hausse`],
  ['linkedin', 'en', '', `Throwback to our 2025 annual report: revenue of $22.4M and 140 employees, as published in our letter to shareholders last spring. Proud of how far we've come.`],
  ['linkedin', 'fr', '', `Bonjour Martine, désolés pour le délai de livraison! Écrivez-nous en message privé avec votre numéro de commande (il commence par CMD-) et on s'en occupe aujourd'hui même.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Luc, notre équipe peut vous rappeler si vous le souhaitez. Sinon, composez le 418 643-2150, poste 2, du lundi au vendredi.`, { surface: 'comment' }],
  ['x', 'fr', 'codename', `Les premiers tests consommateurs d'Orion sont… wow. Je ne peux rien dire de plus avant avril, mais préparez-vous 👀`],
  ['linkedin', 'fr', '', `Nos règles pour les campagnes d'influence, en clair : mention « collaboration commerciale » visible dès la première ligne, #partenariat obligatoire, et aucun avant/après retouché. Si un créateur refuse, on ne travaille pas ensemble.`],
  ['linkedin', 'fr', 'financial', `Campagne hiver bouclée côté influence : on a négocié 18 000 $ au total avec les trois créateurs. Les cachets ne seront jamais dévoilés publiquement (c'est dans les contrats), mais c'est 30 % sous ce qu'on avait prévu.`],
  ['linkedin', 'en', 'email', `Creators interested in our summer ambassador program can pitch us at creators@northlight-media.ca. Include your media kit and audience stats, and tell us which product you actually use.`],
  ['linkedin', 'fr', '', `Sondage : pour un lancement de produit, vous préférez…
1) un événement physique
2) un live Instagram
3) l'envoi de coffrets aux créateurs
4) la bonne vieille conférence de presse`],
  ['linkedin', 'fr', 'card', `Isabelle, pour réserver la salle du lancement j'ai donné la carte corpo : 4536 6478 0825 4380, exp. 09/28. Tu peux confirmer avec le Marché Bonsecours que c'est passé?`],
  ['linkedin', 'fr', '', `Pour tester le paiement dans la boutique de démo, utilisez la carte de test Stripe 4242 4242 4242 4242, n'importe quelle date future et n'importe quel CVC.`],
  ['linkedin', 'fr', '', `Fiers d'avoir accompagné la Fromagerie des Cantons dans le lancement de son brie fumé : 22 retombées médias et une rupture de stock en dix jours. Le cas complet est sur notre blogue.`],
  ['x', 'fr', 'internal_url', `Qui a encore le lien du DAM? Ah c'est bon : http://dam.marketing.internal/collections/hiver27 — désolé pour le bruit`],
  ['linkedin', 'fr', '', `Lancement officiel le 3 février au Centre PHI! Billets gratuits sur Eventbrite, places limitées à 250. Surprise musicale en fin de soirée.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER
Veille réputation, semaine 48 : hausse des mentions négatives sur la nouvelle formule du sirop, trois médias ont contacté le service client. Recommandation : FAQ mise à jour avant vendredi, porte-parole briefée.`],
  ['linkedin', 'fr', '', `Formation express donnée à l'équipe com ce matin : la différence entre TLP:CLEAR, GREEN, AMBER et RED, et quand l'utiliser pendant une crise. Dix minutes, et plus personne ne confond.`],
  ['linkedin', 'en', 'secret', `Booth team at C2 Montréal, a quick reminder: our booth Wi-Fi is NLM-Booth and the password is Aurore#Booth27. Please keep it to the team, the bandwidth is for the demos.`],
  ['linkedin', 'fr', '', `Le Wi-Fi de la salle de presse est ouvert, sans mot de passe : réseau « Presse-Lancement ». Prises électriques sous chaque table.`],
  ['linkedin', 'fr', 'financial', `Le prix de détail de la nouvelle gamme sera de 39,99 $. On l'annonce aux distributeurs seulement le 15, d'ici là motus et bouche cousue.`],
  ['linkedin', 'fr', '', `Notre gamme est maintenant offerte à 39,99 $ chez tous nos détaillants, tel qu'annoncé la semaine dernière. Merci pour l'accueil incroyable!`],
  ['linkedin', 'mixed', 'codename', `Kick-off du Project Kestrel aujourd'hui avec l'équipe brand. Moodboards, naming, tone of voice : on part d'une page blanche et c'est exactement ce qui rend ça excitant.`],
  ['linkedin', 'fr', '', `Une crécerelle d'Amérique (American kestrel) a élu domicile sur le toit de nos bureaux à Laval. L'équipe l'a baptisée Pixel et elle a déjà plus d'abonnés que notre page.`],
  ['linkedin', 'fr', 'email phone', `Dernier jour chez Boréal Média après sept belles années. Merci pour tout! Pour rester en contact : julie.tremblay.com@gmail.com ou 438 390-1127.`],
  ['linkedin', 'fr', '', `Dernier jour chez Boréal Média. Sept ans, quatre déménagements, un nombre indécent de communiqués. On se recroise ici, c'est sûr.`],
  ['x', 'fr', 'financial', `Objectif interne pour le lancement : 25 000 unités vendues le premier mois. Si on y arrive, c'est poutine pour tout le bureau 🍟 (chiffre qui reste entre nous hein)`],
  ['linkedin', 'fr', '', `Selon Statistique Canada, les ventes au détail ont progressé de 0,6 % en octobre. Bonne nouvelle pour les marques qui lancent avant les Fêtes.`],
  ['linkedin', 'en', '', `Teaching tonight at Concordia: how to build a launch budget. Our example is a fictional brand with $250k, split 50/30/20 between paid, earned and owned. The students cut paid media first every single time.`],
  ['linkedin', 'fr', 'internal_url secret', `Mise à jour du connecteur CRM → infolettre, déployée ce matin :

CRM_URL=https://crm.corp.acme.com/api/v2
NEWSLETTER_TOKEN=nl_9fK2mQx7Lp4Rz8TvW3yB6cHd
SYNC_EVERY=15m

Les listes se synchronisent maintenant aux 15 minutes.`],
  ['linkedin', 'fr', '', `Exemple de fichier .env pour notre gabarit open source d'infolettre : API_KEY=remplacez-moi, DB_PASSWORD=changeme. Copiez-le, remplissez-le, et surtout ne le versionnez pas.`],
  ['linkedin', 'fr', 'client_name', `Merci Karine! Oui, la campagne pour Initech sort officiellement lundi, on a très hâte de voir les réactions.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Trouvé dans la salle de conférence après le lancement : un portefeuille avec permis et carte d'assurance sociale au nom de Marc-André L. (NAS 281 190 728). Venez le récupérer à l'accueil!`],
  ['linkedin', 'fr', '', `Le NAS 046 454 286 qu'on voit partout dans les guides de l'ARC est un numéro d'exemple. Utilisez-le dans vos maquettes de formulaire, jamais le vôtre.`],
  ['linkedin', 'fr', '', `Le formulaire de candidature refuse le NAS 217 527 435 : normal, il échoue à la validation. Le candidat avait inversé deux chiffres, tout est réglé.`],
  ['linkedin', 'fr', 'financial', `Le prix de lancement de l'abonnement sera de 12,99 $ par mois. On le garde sous le coude jusqu'à la conférence de presse du 4 février, alors pas un mot aux partenaires.`],
  ['linkedin', 'fr', '', `Tournage en extérieur à Tadoussac : on a loué un anémomètre Kestrel pour savoir si le drone pouvait voler. Verdict : non 🌬️`],
  ['linkedin', 'fr', 'phone', `Inscriptions à l'atelier « Parler aux médias » par téléphone au (514) 287-9044, poste 221, ou directement sur place.`],
  ['linkedin', 'mixed', 'secret', `Quick one : la clé API de l'outil de veille médias c'est 0c7e3b9a41f2d8e65a3c90b7f14d2e88, je la mets dans le coffre de mots de passe ce soir.`],
  ['linkedin', 'fr', 'national_id', `Formulaire de paie du pigiste pour le tournage :
Nom : Olivier G.
NAS : 166 468 769
Taux horaire : 45 $
Merci de traiter avant vendredi.`],
  ['linkedin', 'mixed', 'email', `Vous avez un projet de collab? Send your pitch deck to partenariats @ brasserie-boreale.ca (retirez les espaces, les robots nous spamment!)`],
  ['linkedin', 'fr', 'card', `Réservation de la salle pour le 5 à 7 de lancement : carte Mastercard 5584 2716 8070 4053, titulaire Boréal Média inc. Confirmation attendue demain.`],
  ['linkedin', 'fr', '', `Le festival de la municipalité de Sainte-Claire, dans Bellechasse, nous a demandé un coup de main pour son affiche. Bénévolat d'équipe, et on a mangé des tartes au sucre.`],
  // ---- France: a Paris cosmetics house, a Lyon PR agency, a Bordeaux events firm, a Lille food brand ----
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au mardi 9 mars, 7h00
Maison Lureau annonce une levée de fonds de 12 M€ auprès de deux fonds régionaux pour ouvrir 30 boutiques d'ici 2029.

Voilà le texte final, qui fait la relecture ce soir ?`],
  ['linkedin', 'fr', '', `Le communiqué est parti à 7h, l'embargo est tombé : Maison Lureau lève 12 M€ pour ouvrir 30 boutiques d'ici 2029. Merci aux journalistes qui ont joué le jeu du calendrier !`],
  ['linkedin', 'fr', 'phone email', `Contact presse pour le lancement du sérum :
Camille Roux — 06 71 24 58 93 — camille.roux@agence-tandem.fr
Visuels et dossier de presse sur demande.`],
  ['linkedin', 'fr', 'email', `Pour recevoir nos communiqués avant tout le monde : presse [at] lureau-paris [dot] com. Promis, pas plus d'un envoi par mois.`],
  ['linkedin', 'fr', '', `Notre salle de presse en ligne : lureau-paris.com/presse. Visuels HD, biographies des fondatrices et tous les communiqués depuis 2019.`],
  ['linkedin', 'fr', 'financial', `Le CA du premier semestre dépasse les 8,3 M€ 🎉 On le présentera au séminaire interne avant la publication officielle fin septembre. Bravo la team e-commerce !`],
  ['linkedin', 'fr', '', `Nos résultats semestriels sont publiés : chiffre d'affaires de 8,3 M€, en hausse de 17 %. Le rapport complet est disponible dans l'espace investisseurs de notre site.`],
  ['linkedin', 'fr', 'codename', `Le nom de code Atlas Bleu, c'est terminé : à partir de lundi on parle de la collection par son vrai nom. Mais le moodboard reste affiché au mur 💙`],
  ['linkedin', 'fr', 'secret', `Pour le live de ce soir, voici la clé de stream : 8h3k-2mqa-9z7x-pt4c-wq1e. Thomas, tu lances OBS à 18h45, je m'occupe du chat.`],
  ['linkedin', 'fr', '', `Tuto : où trouver votre clé de stream dans YouTube Studio, et pourquoi il ne faut jamais l'afficher à l'écran pendant un live. Trois captures, deux minutes de lecture.`],
  ['linkedin', 'fr', 'internal_url', `Le planning éditorial de janvier est à jour sur http://10.20.3.14/planning (accessible via le VPN uniquement). Ajoutez vos sujets avant jeudi.`],
  ['linkedin', 'fr', '', `Notre blog a déménagé sur blog.maison-lureau.fr, pensez à mettre à jour vos favoris et vos flux RSS !`],
  ['linkedin', 'fr', 'national_id', `Pour le contrat de l'influenceuse, le juridique a besoin de son numéro de sécu : 2 92 01 69 123 045 92. Quelqu'un peut l'ajouter au dossier partagé ?`],
  ['linkedin', 'fr', '', `Rappel RGPD : un numéro de sécurité sociale (du genre 1 23 45 67 890 123 45) n'a rien à faire dans un brief créatif. Ni dans un tableur de casting.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre imprimeur à partir du 1er janvier : nouvel IBAN FR76 1010 7001 7559 3765 7886 737. Merci de mettre à jour avant le prochain règlement.`],
  ['linkedin', 'fr', '', `Attention arnaque : de faux mails au nom de notre imprimeur demandent un virement sur FR88 3000 4008 2300 0123 4567 82. Ce n'est pas notre compte, ne payez rien et signalez-le.`],
  ['linkedin', 'fr', 'client_name', `Trois jours de tournage pour Société Générique, une équipe de 14 personnes et un nombre déraisonnable de cafés. Diffusion prévue au printemps, on a hâte.`],
  ['linkedin', 'fr', '', `Beaucoup de marques finissent par ressembler à une société générique parmi d'autres : même logo sans empattement, même bleu, même slogan. Osez une identité qui accroche.`],
  ['linkedin', 'fr', 'financial', `Le tarif de la box de Noël passera de 49 € à 59 € au 1er décembre. Les clientes ne sont pas encore prévenues, la newsletter part le 25 : ne le mentionnez pas en commentaire d'ici là.`],
  ['linkedin', 'fr', '', `Notre box de Noël est à 59 € cette année (annoncé dans la newsletter d'hier), livraison offerte dès deux box. Elles partent vite !`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Interne
Objet : kit de crise — rappel du sérum éclat
Porte-parole unique : directrice de la communication
Éléments de langage : « par précaution », « aucun incident grave signalé »`],
  ['linkedin', 'fr', '', `Petit rappel de nos niveaux de classification : Public, Interne, Confidentiel, Secret. Un post LinkedIn, par définition, c'est toujours Public 😉`],
  ['x', 'fr', 'card', `Si quelqu'un retrouve la carte Amex du service com (3768 408637 01814), elle a été oubliée à VivaTech, stand B12 😬`],
  ['linkedin', 'fr', 'phone', `Rappel volontaire de lots de crème solaire : numéro vert 0 800 71 24 36 (appel gratuit), 7j/7 de 8h à 20h. Les numéros de lot concernés sont sur notre site.`],
  ['linkedin', 'fr', '', `En cas de réaction allergique grave après application, appelez le 15 ou le 112 et conservez l'emballage du produit.`],
  ['linkedin', 'en', 'financial', `Thrilled to share that our pre-order campaign hit €1.4M in 72 hours! It isn't official until the board meeting on Thursday, so keep it quiet until then 🙏`],
  ['linkedin', 'fr', 'codename', `Hâte de voir ce que donnera Orion en magasin, l'équipe retail est à fond depuis septembre !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Rencontre avec les étudiants d'une école de com lilloise : jeu de rôle de gestion de crise avec un budget fictif de 500 000 €. Tous ont dépassé le budget avant midi 😅`],
  ['linkedin', 'fr', 'internal_url', `Les photos HD du lancement sont sur le partage smb://nas-com.local/evenements/2026-lancement. Copiez-les, ne les déplacez pas, merci !`],
  ['linkedin', 'fr', 'secret', `Accès à la salle de presse virtuelle pour les journalistes accrédités :
identifiant : presse2026
mot de passe : Lumiere*Presse!88
Ouverture à 9h le jour du lancement.`],
  ['linkedin', 'fr', '', `Notre salle de presse est désormais en accès libre : plus besoin d'identifiant ni de mot de passe pour télécharger les visuels. Bonne lecture !`],
  ['linkedin', 'fr', 'confidential_marker financial', `SOUS NDA
Brief agence : lancement du parfum en septembre, budget global 2,1 M€ dont 600 k€ d'influence, égérie en cours de négociation.`],
  ['linkedin', 'fr', '', `Signer un NDA avec son agence, c'est la base quand on lance un produit. Trois clauses à ne jamais oublier : la durée, le périmètre des informations, et ce qui se passe à la fin du contrat.`],
  ['linkedin', 'fr', 'financial', `Budget influence 2027 validé ce matin en CODIR : 340 k€, soit +40 % sur un an. On l'annoncera aux agences partenaires en janvier, d'ici là rien ne sort.`],
  ['linkedin', 'fr', '', `Le marché de l'influence en France pèserait 1,2 Md€ selon une étude sectorielle publiée hier. Reste à savoir quelle part va vraiment aux micro-créateurs.`],
  ['linkedin', 'fr', 'national_id', `Gagnant du jeu-concours : Jean-Baptiste S., n° de sécu 1 91 06 2A 004 118 74, à contacter pour l'envoi du lot. (Clara, je te laisse gérer l'expédition.)`],
  ['linkedin', 'fr', '', `Jeu-concours terminé ! Le gagnant a été tiré au sort sous contrôle d'huissier et sera contacté par message privé dans la journée. Merci aux 4 000 participants.`],
  ['linkedin', 'fr', 'email', `Vous êtes créatrice ou créateur de contenu beauté ? Écrivez à influence@maison-lureau.com avec votre kit média, on lit tout.`],
  ['x', 'fr', '', `Un mail de presse sans objet clair finit à la corbeille. Trois règles : l'info en huit mots, pas de pièce jointe lourde, un lien vers le dossier.`],
  ['linkedin', 'fr', 'phone', `Permanence presse pendant le salon : Léa au +33 6 48 15 92 37, de 9h à 19h. N'hésitez pas à passer au stand.`],
  ['linkedin', 'fr', '', `Salon de l'Agriculture : retrouvez-nous hall 7.2, stand C045, du 21 février au 1er mars. Dégustation de gaufres fourrées toute la journée.`],
  ['linkedin', 'fr', 'iban', `Pour le remboursement des frais de déplacement des créateurs, le compte de l'agence : FR76 3000 3036 2002 7350 0353 547 (agence de Bordeaux-Chartrons).`],
  ['linkedin', 'fr', '', `Pour la formation compta de l'équipe événementiel, un RIB masqué : FR76 XXXX XXXX XXXX XXXX XXXX X47. On apprend à lire la structure, pas à copier un vrai compte.`],
  ['linkedin', 'fr', 'client_name', `Atelier de co-création avec les équipes marketing de Globex à Lyon : 40 post-its, trois concepts retenus. Prochaine étape, les tests consommateurs.`],
  ['linkedin', 'fr', 'confidential_marker', `[CONFIDENTIEL] Revue de presse concurrentielle — semaine 49
• Marque A : nouvelle égérie annoncée
• Marque B : rappel produit en Belgique
• Marque C : ouverture d'un flagship rue Saint-Honoré`],
  ['linkedin', 'fr', '', `Lecture de la semaine : « Top Secret, les coulisses des grandes campagnes de pub ». Indispensable pour toute personne qui débute en communication.`],
  ['linkedin', 'fr', 'secret', `Le webhook qui poste les retombées presse dans le canal #rp : https://hooks.slack.com/services/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 (à coller dans l'outil de veille).`],
  ['linkedin', 'fr', '', `Astuce : branchez un webhook Slack sur votre outil de veille pour recevoir les retombées presse en direct. La doc officielle explique tout sur api.slack.com.`],
  ['linkedin', 'mixed', 'financial', `Pipeline Q1 à 3,6 M€ côté agence, dont 1,1 M€ en signature imminente. On ne communique rien tant que ce n'est pas signé, but what a start!`],
  ['linkedin', 'fr', '', `Notre agence est 3e au palmarès annuel des agences RP avec 5,4 M€ de marge brute, chiffres déclarés et publiés par le magazine. Merci aux équipes !`],
  ['linkedin', 'fr', 'phone', `Bonjour Sophie, notre service après-vente vous rappelle sous 48h. Vous pouvez aussi nous joindre au 01 84 60 27 13 (prix d'un appel local).`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Sophie, nous sommes désolés. Pouvez-vous nous envoyer votre numéro de commande en message privé ? On regarde ça tout de suite.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Les accréditations presse sont à saisir dans l'outil avant jeudi midi : https://accreditations.acme-corp.net/evenement/42`],
  ['linkedin', 'en', '', `Our newsroom lives at news.acme.com: every product launch, photo and media contact in one place. Bookmark it before the spring season.`],
  ['linkedin', 'fr', 'codename client_name', `Réunion de lancement de Nébula avec l'Hôpital Sainte-Claire : la campagne de dons démarre au printemps et on a carte blanche sur la créa.`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire pendant le séminaire à Perpignan : une heure de calme absolu avant les ateliers. On devrait faire ça plus souvent.`],
  ['linkedin', 'fr', 'financial', `Valorisation de 45 M€ sur la table pour notre tour de table. On signe la term sheet vendredi, rien n'est public avant l'annonce dans la presse éco.`],
  ['linkedin', 'fr', '', `Notre concurrent direct vient d'annoncer une valorisation de 45 M€. Bravo à eux, c'est une excellente nouvelle pour tout le secteur de la cosmétique solide.`],
  ['x', 'fr', 'financial', `En direct du séminaire annuel : le DG annonce un objectif de 20 M€ de CA en 2027, pas encore présenté aux actionnaires. L'ambiance est électrique 🔥`],
  ['linkedin', 'fr', '', `En direct du salon Cosmetic 360 : plus de 300 exposants et une conférence passionnante sur les emballages rechargeables. Compte-rendu complet demain.`],
  ['linkedin', 'fr', 'email secret', `Accès au compte TikTok de la marque pour Hugo, notre nouveau stagiaire :
login : social@maison-lureau.com
mdp : Tiktok_Lureau_2026`],
  ['linkedin', 'fr', '', `Ne partagez jamais un mot de passe par messagerie, même « juste pour cinq minutes ». Un gestionnaire de mots de passe d'équipe coûte moins cher qu'un compte piraté.`],
  ['linkedin', 'fr', 'card', `Paiement du boost Meta refusé avec la carte 5147 9122 6273 8635 (exp. 11/27), quelqu'un de la compta peut regarder ce qui bloque ?`],
  ['linkedin', 'fr', '', `Référence de la campagne d'affichage : 4511 9015 2089 6493, à rappeler pour toute question auprès de l'afficheur.`],
  ['x', 'fr', '', `Thread 🧵 1/3 Comment on a préparé le lancement de notre appli en 90 jours : stratégie presse, influence et événement.`],
  ['x', 'fr', '', `2/3 Côté presse : 40 journalistes ciblés, 12 rendez-vous, 9 articles le jour J. Côté influence : 15 créateurs, tous avec mention de partenariat.`],
  ['x', 'fr', 'financial', `3/3 Pour les curieux : le budget total était de 180 k€. Ce chiffre n'a jamais été rendu public, mais je pense que ça vaut le coup de le partager ici…`],
  ['linkedin', 'fr', 'financial', `Brouillon du communiqué pour relecture : « Le groupe affiche une marge opérationnelle de 14,2 % sur l'exercice ». On valide le chiffre avec la finance avant l'envoi jeudi.`],
  ['linkedin', 'fr', '', `Code promo LANCEMENT20 : -20 % sur toute la gamme jusqu'à dimanche minuit. Cumulable avec la livraison offerte !`],
  ['linkedin', 'fr', '', `SIREN 832 415 907, RCS Lyon : nos mentions légales sont à jour après la fusion des deux agences. Nouvelle raison sociale à partir du 1er janvier.`],
  ['linkedin', 'fr', '', `Démo de notre outil de facturation : le RIB est masqué à l'écran (FR76 **** **** **** **** ***6 648) et la carte aussi (**** **** **** 4380).`],
  ['linkedin', 'fr', 'internal_url', `Le serveur de rendu vidéo est de nouveau en ligne : http://render01.studio.corp:8080/queue. Relancez vos exports de la nuit.`],
  ['linkedin', 'fr', '', `Migration terminée : notre boutique en ligne tourne maintenant sur shop.lureau-paris.com, plus rapide et enfin accessible aux lecteurs d'écran.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO — ne pas publier avant le 3 février 2027 à 00h01 CET
Lancement international de la gamme « Sève » dans 14 pays, avec une campagne signée par un photographe de mode reconnu.`],
  ['linkedin', 'fr', '', `Quand une marque me propose une info sous embargo, je demande toujours l'heure exacte et le fuseau horaire. Réflexe d'ancienne journaliste.`],
  ['linkedin', 'fr', 'client_name', `Bravo pour la campagne Globex, la vidéo est superbe et le ton très juste !`, { surface: 'comment' }],
  ['x', 'fr', '', `Sondage rapide pour les journalistes : vous lisez les communiqués jusqu'au bout ? Oui / Non / Juste le titre / Je les supprime`],
  ['linkedin', 'fr', 'national_id', `Fiche hôtesse pour le salon (à compléter par l'agence d'intérim) :
Nom : Inès M.
N° sécurité sociale : 2 87 04 92 012 146 83
Disponibilités : 12-14 mars`],
  ['linkedin', 'fr', '', `Le logiciel de paie a rejeté le numéro de sécurité sociale saisi (1 95 07 33 063 021 47) : la clé ne correspond pas. Une simple faute de frappe, corrigée avec le salarié.`],
  ['linkedin', 'fr', '', `Invitation : soirée de lancement le 15 mars à 18h30 au Palais de la Bourse, RSVP via le formulaire en ligne. Tenue : une touche de vert.`],
  // ---- Sénégal: a Dakar telecom operator, a mobile-money start-up, a Dakar creative agency ----
  ['linkedin', 'fr', 'phone', `Casting ouvert pour notre prochaine campagne ! Envoyez une courte vidéo par WhatsApp au +221 77 645 32 18 avant vendredi 18h.`],
  ['linkedin', 'fr', '', `Lancement de notre nouvelle offre data à Dakar : 5 000 FCFA pour 10 Go valables 30 jours, disponible dès aujourd'hui dans toutes nos agences et sur l'appli.`],
  ['linkedin', 'fr', 'financial', `Le prix du forfait illimité sera de 15 000 FCFA par mois. On le dévoile à la conférence de presse du 12, donc personne ne le publie avant, svp.`],
  ['linkedin', 'fr', 'confidential_marker', `COMMUNIQUÉ — EMBARGO jusqu'au 12 mars 2027, 10h GMT
Teranga Mobile lance la 5G à Dakar, Thiès et Saint-Louis, avec une couverture de 70 % de la population urbaine dès le premier jour.`],
  ['linkedin', 'fr', 'iban', `Prestataires de l'événement de fin d'année : merci d'utiliser désormais le compte SN58 SN84 8108 5671 3781 9109 3001 pour vos factures.`],
  ['linkedin', 'fr', '', `Exemple d'IBAN sénégalais tiré de la documentation du registre SWIFT : SN08 SN01 0015 2000 0485 0000 3035. Notez le code pays et les deux lettres du code banque.`],
  ['linkedin', 'fr', 'client_name', `Lancement ce matin de la campagne Octobre Rose que nous avons conçue pour l'Hôpital Sainte-Claire. Affiches, spots radio en wolof et en français, et une caravane de dépistage.`],
  ['linkedin', 'fr', 'email', `Les inscriptions au Dakar Digital Day sont ouvertes ! Écrivez à inscription@dakardigitalday.sn, places limitées.`],
  ['linkedin', 'fr', '', `Rappel sécurité pour nos agences : police 17, sapeurs-pompiers 18. Affichez-les près de l'entrée, ça ne coûte rien.`],
  ['linkedin', 'fr', 'secret', `Bienvenue aux invités du lancement ! Wi-Fi du showroom : réseau TERANGA-EVENT, code Thiebou@2026. Les rafraîchissements sont au fond à droite.`],
  ['linkedin', 'fr', 'internal_url', `Les créas validées pour Octobre Rose sont sur http://192.168.10.25/creas/octobre-rose, dossier « final-final ».`],
  ['x', 'fr', '', `Notre spot TV passe ce soir sur la RTS à 20h30, juste avant le journal ! 📺`],
  ['linkedin', 'fr', 'financial', `Bilan interne de la campagne Tabaski : 420 millions FCFA de ventes en deux semaines. Chiffre réservé à la revue trimestrielle, le groupe ne l'a pas encore vu.`],
  ['linkedin', 'fr', '', `La BCEAO a publié hier ses chiffres : l'inflation dans l'UEMOA recule à 3,5 %. Bonne nouvelle pour le pouvoir d'achat avant les fêtes.`],
  ['linkedin', 'fr', 'phone', `Bonjour Aminata, vous pouvez appeler notre service client au 33 869 45 00 ou passer dans l'agence la plus proche avec votre pièce d'identité.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Moussa, merci pour votre message ! Votre colis est en route, vous recevrez un SMS dès qu'il arrive au point relais.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'codename', `Atelier naming pour Atlas Bleu toute la journée avec nos collègues de Casablanca. Trois pistes retenues, vote final la semaine prochaine.`],
  ['linkedin', 'mixed', '', `We're hiring! Chargé(e) de communication digitale, Dakar. Salaire : 650 000 à 850 000 FCFA par mois + mutuelle. Candidatures via notre page LinkedIn.`],
  ['linkedin', 'fr', 'national_id', `Dossier de notre nouvelle attachée de presse détachée à Paris : n° de sécurité sociale 2 89 11 99 341 057 21. Aïssatou, tu peux le transmettre à la mutuelle aujourd'hui ?`],
  ['linkedin', 'fr', '', `Nos équipes ont distribué 2 000 kits scolaires à Pikine ce week-end. Merci aux bénévoles et aux parents qui ont aidé à l'organisation.`],
  ['linkedin', 'fr', 'card', `[11:20] Ndeye : la carte pour payer les pubs Facebook c'est la Visa 4717 8926 4499 8870
[11:21] Ndeye : le CVV je te l'envoie en privé
[11:21] Ousmane : ok merci`],
  ['x', 'fr', '', `Le lancement est reporté au 20 janvier à cause de la CAN. Priorités 😄 Restez connectés ⚽`],
  ['linkedin', 'fr', 'phone email', `Influenceurs sénégalais, on recrute pour notre campagne paiement mobile ! Contact : Fatou Ba, 78 214 36 90, fatou.ba@kalipay.sn`],
  ['linkedin', 'fr', '', `Notre appli de paiement a passé le cap du million d'utilisateurs, comme l'a annoncé notre DG au Forum de Dakar la semaine dernière. Merci pour votre confiance !`],
  ['linkedin', 'fr', 'financial', `Entre nous : la levée en cours tourne autour de 3 milliards FCFA. Annonce officielle prévue à VivaTech Africa, pas avant.`],
  ['linkedin', 'fr', 'financial', `Hypothèse de travail pour 2027 : 9 milliards FCFA de revenus mobile money. À affiner avant le conseil d'administration de février.`],
  ['linkedin', 'fr', '', `Notre DG a présenté hier à la presse les résultats publiés : 7,1 milliards FCFA de revenus en 2025, disponibles dans le rapport annuel.`],
  // ---- Côte d'Ivoire: an Abidjan juice brand, a chocolate maker, a PR agency ----
  ['linkedin', 'fr', 'phone', `Pour vos commandes en gros de jus de bissap : +225 07 48 92 31 65 (WhatsApp). Livraison partout à Abidjan.`],
  ['linkedin', 'fr', '', `Notre nouveau jus de bissap est disponible à 500 FCFA la bouteille dans tous les supermarchés d'Abidjan. Goûtez et dites-nous !`],
  ['linkedin', 'fr', 'iban', `Nouvelles coordonnées bancaires de l'agence événementielle : CI16 CI72 5717 2162 8449 0233 6255. Les anciennes ne sont plus valables.`],
  ['linkedin', 'fr', 'confidential_marker financial', `CONFIDENTIEL
Prévisions ventes T1 : 1,8 milliard FCFA, lancement de la gamme cacao prévu le 15 février, campagne radio dans six villes.`],
  ['linkedin', 'fr', 'client_name', `Belle collaboration avec Globex Afrique de l'Ouest sur leur campagne de marque employeur : huit portraits d'employés, tournés à Abidjan et à Bouaké.`],
  ['linkedin', 'fr', '', `Le Salon international du chocolat d'Abidjan revient du 3 au 6 octobre au Parc des expositions. Venez goûter nos tablettes au stand 58 !`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui gèrent la page Facebook : le jeton d'accès de l'appli de publication est a9Kd83mZq71LwPx0Vb5tRy2UcE4hNs6G, il expire dans 60 jours.`],
  ['linkedin', 'fr', '', `Notre guide gratuit : comment sécuriser la page Facebook de votre entreprise (double authentification, rôles, accès des agences).`],
  ['linkedin', 'fr', 'internal_url', `Le rapport des retombées presse de novembre est disponible : https://intranet.ivoirecom.ci/rp/retombees-nov`],
  ['x', 'fr', '', `Malaise pendant le concert ? Les secouristes sont à l'entrée Est. En cas d'urgence, le SAMU répond au 185 et les pompiers au 180.`],
  ['linkedin', 'fr', 'phone', `Standard de notre siège à Abidjan-Plateau : 27 20 31 45 67, du lundi au vendredi de 8h à 17h30.`],
  ['linkedin', 'fr', 'financial', `Le cachet de notre égérie pour la campagne 2027 est bouclé à 45 millions FCFA. Contrat signé hier, annonce de la collaboration en janvier seulement.`],
  ['linkedin', 'fr', '', `Une grande artiste ivoirienne annonce un concert au Palais de la Culture de Treichville, billets de 10 000 à 50 000 FCFA. On y sera !`],
  ['linkedin', 'fr', 'codename', `Project Kestrel entre en phase pilote à Yopougon : dix points de vente tests, premiers retours attendus fin du mois.`],
  ['linkedin', 'fr', '', `Fun fact : le faucon crécerelle se dit « kestrel » en anglais. Notre graphiste en a fait la mascotte de son portfolio, et elle est magnifique.`],
  ['linkedin', 'fr', 'email', `Bonjour Koffi, envoyez votre CV à rh.abidjan@cacaodor.ci, nous reviendrons vers vous rapidement.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Astuce LinkedIn : pour un post produit, la première ligne doit donner envie de cliquer sur « voir plus ». Le reste, c'est du bonus.`],
  ['linkedin', 'fr', 'card', `Réservation de l'hôtel pour les influenceurs à Assinie : payée avec la Mastercard 2221 2659 3345 9545, confirmation en pièce jointe.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:RED — ne pas diffuser
Liste des journalistes invités au voyage de presse à Grand-Bassam, avec leurs chambres et horaires d'arrivée.`],
  ['linkedin', 'fr', '', `Journée portes ouvertes à notre usine de San-Pédro : plus de 600 visiteurs et des tonnes de questions sur la fermentation des fèves.`],
  ['linkedin', 'fr', '', `RCCM CI-ABJ-2019-B-14523 : c'est le numéro à reporter sur les factures adressées à notre agence. Merci aux fournisseurs de vérifier.`],
  // ---- Cameroun: a Douala craft brewery, a Yaoundé app start-up ----
  ['linkedin', 'fr', 'phone', `Contact presse à Douala pour la fête de la bière : Brice, +237 6 99 54 21 87.`],
  ['linkedin', 'fr', '', `Notre nouvelle bière blonde artisanale est disponible à 800 FCFA dans les snacks de Bonapriso et Akwa. Santé !`],
  ['linkedin', 'fr', 'iban', `Virement des cachets des artistes sur CM21 1000 2926 6676 5712 9262 512, merci de confirmer la réception dès que possible.`],
  ['linkedin', 'fr', 'financial', `Chiffre d'affaires de l'année : 6,2 milliards FCFA, +19 %. Les comptes ne seront arrêtés qu'en mars, alors on garde ça pour nous jusqu'à la publication.`],
  ['linkedin', 'fr', '', `Le rapport annuel 2025 est en ligne : 5,2 milliards FCFA de chiffre d'affaires et 340 emplois directs à Douala et Yaoundé.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — NE PAS DIFFUSER
Note aux équipes commerciales : le lancement de la gamme « Mboa » est reporté au 2 mai, les affiches restent en entrepôt.`],
  ['linkedin', 'fr', 'client_name', `Clôture de l'atelier stratégie digitale avec Initech Cameroun : trois jours intenses, une feuille de route, et beaucoup de ndolé.`],
  ['linkedin', 'fr', '', `Tournoi de foot inter-entreprises à Yaoundé : éliminés en demi-finale, mais prix du fair-play pour nous 🏆`],
  ['linkedin', 'fr', 'secret internal_url', `Config du serveur d'envoi SMS pour la campagne :
SMS_GATEWAY=http://10.0.8.15:9000/send
SMS_USER=campagne_mboa
SMS_PASS=Ndole#2026!Dla`],
  ['linkedin', 'fr', '', `Exemple de configuration tiré de la documentation du projet : SMS_USER=votre_utilisateur, SMS_PASS=votre_mot_de_passe. À adapter à votre passerelle.`],
  ['linkedin', 'fr', 'phone', `Bonjour Eric, notre service client est joignable au 2 33 42 15 60, de 8h à 17h.`, { surface: 'comment' }],
  ['x', 'fr', '', `Concert de lancement ce soir à 19h au Palais des Sports de Yaoundé. Entrée : 2 000 FCFA. On vous attend !`],
  ['linkedin', 'fr', 'email', `Dossier de presse disponible sur simple demande : communication [arobase] brasserie-sanaga [point] cm`],
  ['linkedin', 'fr', 'financial', `On vise 50 000 abonnés payants d'ici juin pour l'appli, soit environ 300 millions FCFA de revenus. Projections internes, pas encore présentées aux investisseurs.`],
  ['linkedin', 'fr', '', `D'après le dernier rapport du régulateur, le Cameroun dépasse les 25 millions d'abonnements mobiles. Un marché énorme pour les applis locales.`],
  ['linkedin', 'fr', 'phone', `Pour le bureau de Yaoundé, le numéro change : +237 2 22 23 45 80 à partir de lundi.`],
  ['linkedin', 'fr', '', `Dossard 2 317 pour le semi-marathon de Douala 🏃 Qui vient encourager l'équipe au kilomètre 15 ?`],
  // ---- Maroc: a Casablanca argan-cosmetics brand, a Rabat fintech, a Marrakech events agency ----
  ['linkedin', 'fr', 'phone', `Réservations pour la soirée de lancement à Marrakech : +212 6 61 48 27 93 (Yasmine). Places limitées.`],
  ['linkedin', 'fr', '', `Notre nouvelle huile d'argan bio est disponible à 189 dirhams dans toutes nos boutiques dès aujourd'hui. Pressée à froid à Essaouira.`],
  ['linkedin', 'fr', 'iban', `Merci de régler la facture du photographe sur MA64 0074 0941 7305 5928 8824 7418 avant la fin du mois.`],
  ['linkedin', 'fr', 'national_id', `Pour l'accréditation presse au salon de Marrakech, il faut le numéro de CIN : le mien c'est BK245617, celui de Karim JB418302. Qui s'occupe du formulaire ?`],
  ['linkedin', 'fr', '', `Rappel : pour les accréditations presse, munissez-vous de votre CIN originale le jour J. Aucune photocopie ne sera acceptée à l'entrée.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 20/01 à 9h
Communiqué : Argania Cosmetics réalise un chiffre d'affaires de 142 millions de dirhams en 2026 et ouvre sa première boutique à Dubaï.`],
  ['linkedin', 'fr', 'codename', `Le shooting d'Orion à Chefchaouen est terminé ! Les murs bleus ont fait tout le travail 💙 Rendez-vous au lancement.`],
  ['x', 'fr', '', `Nuit au désert d'Agafay : Orion juste au-dessus des dunes, la Voie lactée, zéro pollution lumineuse. Team building réussi ✨`],
  ['linkedin', 'fr', '', `Les sommets de l'Atlas, bleu pâle au lever du jour, vus depuis la terrasse de notre bureau de Marrakech. On ne s'en lasse pas.`],
  ['linkedin', 'fr', 'email phone', `Influenceurs marocains : candidatez à notre programme ambassadeurs en écrivant à ambassadeurs@argania.ma ou en appelant le 05 22 47 63 10.`],
  ['linkedin', 'fr', 'financial', `Budget de l'opération Ramadan validé : 2,4 millions de dirhams. Les agences seront briefées lundi, on n'en parle pas avant.`],
  ['linkedin', 'fr', '', `Selon Bank Al-Maghrib, la croissance devrait atteindre 3,2 % cette année. Les marques de consommation ont de quoi être optimistes.`],
  ['linkedin', 'fr', 'secret', `Les identifiants du compte Canva de l'équipe : com.team / Argan-Canva#2026. Ne les changez pas sans prévenir tout le monde.`],
  ['linkedin', 'fr', 'client_name', `Deuxième année de partenariat avec Société Générique Maroc : on repart pour une campagne radio et digitale sur tout le royaume.`],
  ['linkedin', 'fr', '', `Offre d'emploi : responsable relations presse, Casablanca. Salaire : 15 000 à 20 000 MAD brut par mois selon profil. Postulez sur notre site.`],
  ['linkedin', 'fr', 'internal_url', `Les éléments de langage pour la crise sont sur https://wiki.corp.acme.com/com/crise-2026, lecture obligatoire avant la conférence de presse.`],
  ['linkedin', 'fr', 'phone', `Bonjour Hicham, contactez notre service consommateurs au 0801 00 24 24 (numéro économique), du lundi au samedi.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Salma, merci ! Le coffret est de retour en stock sur la boutique en ligne depuis ce matin.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'card', `Le stand au salon a été payé avec la carte 4172 5498 3370 1188, facture à récupérer auprès de l'organisateur.`],
  ['linkedin', 'fr', '', `ICE de notre société, à indiquer sur toutes vos factures : 001525874000029. Merci aux fournisseurs de mettre à jour leurs fiches.`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion restreinte — Comité de lancement
Ordre du jour : choix de l'égérie, calendrier presse, plan de repli en cas de fuite.`],
  ['x', 'mixed', '', `Qui a dit que le marketing c'était glamour ? 3h du mat', on recolle encore les stickers sur les coffrets de lancement 😅 #teamwork`],
  ['linkedin', 'fr', 'national_id', `Contrat d'auteur du photographe, à finaliser :
NIR 1 78 05 99 350 112 92
Adresse : Casablanca, quartier Maarif
Cession de droits : 3 ans, monde entier`],
  ['linkedin', 'en', 'financial', `Draft press release, please check the figure before it goes to the regulator: "the company posted MAD 312M in revenue". Not to be shared before Thursday's filing.`],
  ['linkedin', 'fr', 'iban', `IBAN de l'association pour les dons au gala de charité : MA64 1453 1606 1484 5574 9705 8924. Chaque dirham compte !`],
  ['linkedin', 'fr', '', `Suivez-nous sur X : @ArganiaMaroc, et sur Instagram : @argania.cosmetics. Les coulisses du lancement, c'est par là.`],
  ['linkedin', 'fr', 'card', `Abonnement annuel à l'outil de veille payé avec la Discover de la fintech : 6011 6272 0691 3562. Renouvellement automatique en mars.`],
  ['linkedin', 'fr', 'financial', `La marge brute de la nouvelle gamme ressort à 62 % d'après le contrôle de gestion. Donnée interne, à ne pas citer dans le dossier de presse.`],
  ['linkedin', 'fr', '', `Les sociétés cotées à la Bourse de Casablanca publient leurs résultats annuels en mars. Bon moment pour préparer vos communiqués financiers.`],
  ['x', 'fr', '', `Fond d'écran de la semaine pour toute l'équipe créa : la Crab Nebula vue par James-Webb. Aucune charte graphique ne fera jamais mieux.`],
  ['linkedin', 'fr', '', `Présentation du nouveau membre de l'équipe : Atlas, chat bleu russe de notre directrice artistique, officiellement responsable du moral pendant les rushs de lancement.`],
]);
