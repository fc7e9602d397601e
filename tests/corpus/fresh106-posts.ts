import { rows } from './corpus-types';

/**
 * Held-out set "fresh106": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh106`.
 * First scored: 2026-12-05 on eaaf4ab (unseen, before any fix from it): confidentiality macro F1 0.971 / 3.4 % (4 of 119).
 *
 * Authors: property managers, co-ownership managers (syndics de copropriété, gérances, régies), letting agents,
 * facility managers and building caretakers in Paris, Lyon, Nice and Lille, Brussels and Liège, Geneva and Lausanne,
 * and Monaco, mostly in French, some in English and a few mixed. Forms: team wins, general-assembly recaps, pasted
 * meeting notes and chat lines, an e-mail header pasted from Outlook, tender-opening tables, config snippets and a
 * changelog, replies to tenants and owners (surface 'comment'), job ads with published salary ranges, out-of-office and
 * moving notices, supplier bank-detail notices and fraud warnings, a poll, a three-post X thread, farewells, tips on
 * door codes, key safes, interphones and shared passwords.
 * Positives: tenants', owners' and guarantors' personal data (French NIR incl. a Corsican 2A one, Belgian national
 * register numbers, Swiss AVS numbers, direct mobiles and personal addresses), door codes, key-safe combinations, alarm
 * codes, building and office Wi-Fi keys, shared management-software, CCTV, lift-panel and interphone passwords, an API
 * token, a Slack webhook and a database connection string; service-charge budgets and works call-for-funds not yet
 * voted or shown to the council, contractor quotes and tender openings before notification, a bid and offers to buy
 * before signature, a sale price before the notary, a lease rent before signature, a rent rise before tenants are told,
 * fee increases, revenue targets, margin forecast, arrears totals, a valuation of the business and a price grid before
 * publication, said in many ways ("pas encore présenté au conseil syndical", "rien n'est signé", "not yet approved by
 * the owners' meeting", "chiffre de travail", "les perdants ne sont pas encore prévenus"...); explicit markers
 * (CONFIDENTIEL, CONFIDENTIAL, [INTERNE], Classification : Usage interne, TLP:AMBER, TLP:RED, SOUS NDA, EMBARGO
 * jusqu'au…, DIFFUSION RESTREINTE); extranet, intranet, .internal/.corp hosts, private IPs and a UNC path; the policy's
 * codenames in their project sense and its clients as customers or prospects.
 * Look-alikes (clean): budgets voted in general assembly, signed sales, public asking rents, published results and fee
 * scales, observatory, notaries' and cantonal figures, market multiples, published salary ranges; advice about door
 * codes, key safes and passwords without any written; "admin / admin" and a gst_live_XXXXXXXX placeholder; a phishing
 * FR IBAN and a Swiss IBAN with a wrong check, a masked card, a NIR with a deliberately wrong key, the official AVS
 * example 756.1234.5678.97; mentions of "usage interne", NDA, TLP:CLEAR and a film called Embargo; emergency numbers 18
 * and 112; Orion the constellation and a building named after it, a kestrel, a cat called Atlas, a dessert "Atlas
 * bleu", a nebula of clouds, the chapelle Sainte-Claire.
 * Conventions: every written e-mail address is email (role mailboxes, "[at] [point]" and "name @ domain" included);
 * every written phone number is phone (switchboards, hotlines and toll-free numbers included, emergency short numbers
 * not); door codes, key-safe and alarm combinations count as secret; the digit runs inside a valid IBAN are not also a
 * card. Every IBAN, card and national id positive was computed with a throwaway script outside the repo: mod-97 for FR
 * and MC IBANs (with the RIB key), BE (with its mod-97 account check) and CH; Luhn for Visa, Mastercard and Amex; the
 * key for NIR (97 - n mod 97, 2A as 19), Belgian national register (97 - n mod 97, with the 2 prefix for 2000s births)
 * and the EAN-13 check of AVS numbers.
 * Counts: 243 posts (183 FR, 53 EN, 7 mixed; 223 LinkedIn, 20 X, 6 of them comments): 119 clean, 124 flagged.
 * Labels: financial 26, phone 25, secret 17, email 14, national_id 11, confidential_marker 10, internal_url 9, iban 8,
 * client_name 8, codename 7, card 4.
 */
export const FRESH106_POSTS = rows('fresh106', [
  ['linkedin', 'fr', '', `Fière de l'équipe gestion locative de notre agence de Lyon 6e : 312 lots remis en location cette année, un délai moyen de relocation ramené à 19 jours. Merci à Inès, Paulo et Margaux pour les visites du samedi matin ☀️ #immobilier #gestionlocative`],
  ['linkedin', 'fr', 'financial', `Petit point d'étape avant l'AG de la résidence Les Tilleuls (Lille, 84 lots) : le budget prévisionnel 2027 que nous allons proposer monte à 218 400 €, soit +11,6 % à cause de l'ascenseur. Il n'a pas encore été présenté au conseil syndical, donc on garde ça pour nous jusqu'au 14 janvier.`],
  ['linkedin', 'fr', '', `Assemblée générale de la copropriété du 12 bd Carnot à Nice terminée à 22 h 40. Budget 2027 voté à l'unanimité : 146 000 €. Le procès-verbal sera envoyé à tous les copropriétaires sous un mois, comme la loi l'impose. Merci au conseil syndical pour sa préparation exemplaire.`],
  ['x', 'fr', 'secret', `Note pour moi-même, parce que je l'oublie à chaque fois : code portail parking rue Solférino = 4817B, boîte à clés du local poubelles = 0392. Ah zut, mauvaise fenêtre 🙃`],
  ['linkedin', 'fr', '', `Rappel utile à tous les gardiens : ne communiquez jamais un code d'accès par téléphone, même à quelqu'un qui se présente comme « du syndic ». Renvoyez vers votre gestionnaire, qui vérifiera l'identité. Les escroqueries au faux livreur ont doublé cet hiver.`],
  ['linkedin', 'fr', 'phone email', `Nous recrutons un(e) gestionnaire de copropriété confirmé(e) pour notre cabinet de Liège. Portefeuille d'environ 45 immeubles, salaire brut annuel de 42 000 à 48 000 € selon expérience, véhicule de service. Candidatures à recrutement@syndic-meuse.be ou au +32 4 223 18 60.`],
  ['linkedin', 'fr', 'national_id', `Je dépose ici le dossier de Mme Vasseur pour que l'équipe compta puisse le retrouver : bail signé le 2 décembre, caution solidaire de son père, numéro de sécurité sociale 2 85 11 69 383 147 65, fiches de paie OK. Merci de créer le compte locataire.`],
  ['linkedin', 'en', '', `Five things I learned in my first year as a building manager in Geneva: 1) the concierge knows everything before you do; 2) never promise a date for the boiler; 3) write minutes the same evening; 4) owners read the annexes, not the summary; 5) coffee with the council president is a tool, not a luxury.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires pour le règlement des charges du 3e trimestre : merci aux copropriétaires de la résidence Bellevue (Lausanne) de virer désormais sur le compte du syndicat CH88 2003 3641 7518 3927 7. L'ancien compte sera clôturé fin janvier.`],
  ['linkedin', 'fr', '', `Attention arnaque : des copropriétaires ont reçu un courriel leur demandant de verser leurs charges sur un « nouveau RIB » FR77 1516 2801 9695 1636 9560 933. Ce n'est PAS nous. Notre compte n'a pas changé, et nous ne l'annoncerons jamais par simple e-mail.`],
  ['x', 'en', 'internal_url', `Anyone else getting a 502 on the owners' portal this morning? https://extranet.acme-corp.net/copro/resid-4521/documents won't load for me, tickets are piling up.`],
  ['linkedin', 'fr', '', `Ce matin, visite de fin de chantier du ravalement au 27 rue des Martyrs. Façade en pierre de taille nettoyée, garde-corps repeints, échafaudage démonté avec deux jours d'avance. Bravo à l'entreprise et à notre chargé de travaux !`],
  ['linkedin', 'fr', 'financial confidential_marker', `CONFIDENTIEL – NE PAS DIFFUSER
Ouverture des plis – appel d'offres toiture, résidence du Parc (Liège)
• Toitures Mosanes : 184 300 € HT
• Couverture Dethier : 171 950 € HT
• Zinc & Ardoise SPRL : 199 000 € HT
Analyse à présenter au conseil avant le 20/12. Les entreprises ne sont pas encore informées.`],
  ['linkedin', 'fr', '', `Nouveau : le barème de nos honoraires de gestion locative 2027 est en ligne sur notre site. 6,9 % HT des loyers encaissés, garantie loyers impayés en option à 2,5 %. Nous l'avons volontairement maintenu au niveau de 2025.`],
  ['linkedin', 'fr', 'secret', `Pour les nouveaux collègues qui arrivent lundi à l'agence de Nice : le Wi-Fi invités s'appelle GestImmo-Guest, mot de passe Baie-des-Anges#2026. Le Wi-Fi bureau, c'est Julien qui vous donnera l'accès.`],
  ['linkedin', 'en', 'phone', `Out of office until 6 January. For urgent matters concerning buildings in Monaco (water leaks, lifts, security), please call our on-call caretaker on +377 6 80 45 21 93. For everything else, your request will be handled on my return.`],
  ['linkedin', 'fr', '', `Les chiffres de l'Observatoire des loyers de l'agglomération lyonnaise sont sortis : 13,40 €/m² en moyenne pour un T2, +2,1 % sur un an. Pas de surprise pour ceux qui suivent nos mises en location du 7e.`],
  ['linkedin', 'fr', 'codename', `Le projet Orion avance bien : la numérisation de tous les carnets d'entretien de nos 600 immeubles sera terminée fin février. On garde le nom de code tant que la direction n'a pas fait l'annonce aux syndics partenaires.`],
  ['linkedin', 'fr', '', `Nuit claire sur le toit-terrasse de la résidence ce soir : le gardien m'a montré Orion et la ceinture des trois étoiles au-dessus des antennes. Il y a des métiers où l'on a encore le temps de lever la tête.`],
  ['linkedin', 'fr', 'client_name', `Belle signature : nous reprenons la gestion technique des trois bâtiments administratifs de l'Hôpital Sainte-Claire à partir de mars. Contrat multi-technique, astreinte 24/7, 11 personnes sur site. L'équipe de Lille est mobilisée !`],
  ['x', 'fr', '', `Aujourd'hui j'ai expliqué à un locataire que le tantième n'est pas une unité de mesure médiévale. Enfin, pas seulement. #syndic #copro`],
  ['linkedin', 'fr', 'email phone', `Bonjour Monsieur Kessler, suite à votre message concernant l'infiltration au plafond de votre salle de bain, notre plombier passera jeudi entre 8 h et 10 h. Si ce créneau ne vous convient pas, contactez directement Sophie Marchal, sophie.marchal@gerance-rhone.fr, 06 71 28 44 90.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Madame, merci pour votre retour. Votre demande a bien été transmise au gestionnaire de votre immeuble, qui reviendra vers vous en message privé d'ici 48 heures. Nous ne traitons jamais de données personnelles en commentaire public.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle en interne : le compromis pour l'immeuble de rapport de la rue Nationale (Lille, 9 logements) devrait être signé la semaine prochaine à 1 240 000 €, bien au-dessus de l'estimation. Rien n'est signé, donc motus avant le notaire 🤫`],
  ['linkedin', 'fr', '', `Vendu ! Ce bel appartement de 96 m² avenue de la Gare à Lausanne a trouvé preneur au prix affiché de 1 150 000 CHF. Acte signé hier chez le notaire, les clés remises ce matin. Félicitations aux nouveaux propriétaires.`],
  ['linkedin', 'en', 'secret', `Quick tip for the property team: the new Vilogi-style accounting tool logs you out every 20 min. Until IT fixes SSO, the shared login for the Brussels front desk is accueil.bxl / Sablon!Desk77 — please don't change it without telling everyone.`],
  ['linkedin', 'en', '', `Security tip for co-ownership boards: if your building software still has a shared "admin / admin" account, change it today. Give every council member a personal account with two-factor authentication. Shared passwords are how extranets get emptied.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Note aux gestionnaires – Procédure hiver 2026
1. Vérifier les contrats de déneigement des copropriétés de montagne.
2. Relancer les ramoneurs avant le 15/12.
3. Mettre à jour l'affichage des numéros d'astreinte dans les halls.
Merci de confirmer la lecture à votre responsable.`],
  ['linkedin', 'fr', '', `Petite réflexion sur les mentions « confidentiel » qu'on voit partout dans les mails de copro : si tout est confidentiel, plus rien ne l'est. Chez nous, on réserve le tampon aux procès-verbaux de conseil et aux dossiers contentieux.`],
  ['linkedin', 'fr', 'national_id', `Dossier de location incomplet pour le T3 de la rue de Hesbaye : il manque l'avertissement-extrait de rôle. Pour info, numéro de registre national de la candidate : 85.07.23-012.65. Je relance demain.`],
  ['linkedin', 'fr', '', `Vous êtes propriétaire bailleur à Liège ? Depuis le 1er janvier, l'indexation des loyers dépend du certificat PEB de votre logement. Nous avons préparé une fiche explicative gratuite, disponible à l'accueil de l'agence.`],
  ['linkedin', 'en', 'phone', `We're moving! From 2 January our Lausanne office will be at Rue du Petit-Chêne 18. New reception number: +41 21 612 40 80. Opening hours stay the same.`],
  ['linkedin', 'fr', 'financial', `Retour de comité de direction : on vise 4,2 M€ de chiffre d'affaires en 2027 pour la branche syndic (+9 %), avec deux rachats de cabinets en cours de négociation. Ça ne sort pas d'ici avant l'annonce officielle de février, hein.`],
  ['linkedin', 'fr', '', `Notre groupe publie aujourd'hui ses comptes annuels : 38,6 M€ de chiffre d'affaires consolidé, 1 920 immeubles gérés en France et en Belgique. Le rapport complet est disponible sur notre site, rubrique Investisseurs.`],
  ['x', 'fr', 'internal_url', `Le script d'export des appels de fonds plante encore, le serveur \\\\192.168.10.24\\compta\\exports est plein. Qui peut faire de la place ? 🙏`],
  ['linkedin', 'fr', '', `Merci au gardien de la résidence Les Cèdres, qui a retrouvé hier le chat d'une locataire, Atlas, coincé depuis deux jours dans la gaine technique du 4e. Atlas va bien, il a juste très faim.`],
  ['linkedin', 'fr', 'codename', `Démo réussie d'Atlas Bleu devant le comité : l'appli qui permettra aux gardiens de signaler un désordre en photo directement dans le dossier de l'immeuble. Lancement prévu au printemps, d'ici là on reste discrets sur le nom.`],
  ['linkedin', 'mixed', 'email', `Pour toutes vos questions sur la régularisation des charges 2025 / For any question about the 2025 service-charge reconciliation : charges.geneve@regie-lac.ch. Merci / Thank you!`],
  ['linkedin', 'fr', '', `Rappel : la boîte aux lettres de l'agence ferme à 17 h le vendredi. Les dépôts de chèques après cette heure seront traités le lundi. Le numéro de l'astreinte est affiché dans chaque hall.`],
  ['linkedin', 'fr', 'card', `Un propriétaire vient de m'envoyer sa carte par WhatsApp « pour régler les frais de dossier plus vite » : 4831 2390 2287 8426, exp. 09/28. Je la détruis, mais rappelez à vos clients de ne JAMAIS faire ça.`],
  ['linkedin', 'fr', '', `Rappel à nos clients : nous ne demandons jamais de numéro de carte bancaire par e-mail ou par message. Nos paiements en ligne passent uniquement par la page sécurisée de notre banque, avec validation 3-D Secure.`],
  ['linkedin', 'fr', 'financial', `Entre nous, les collègues : la hausse de nos honoraires de syndic (+7 % sur le forfait de base) sera annoncée aux conseils syndicaux seulement en mars. N'en parlez pas en AG d'ici là, on attend le nouveau contrat type.`],
  ['linkedin', 'fr', '', `Après 17 ans comme gardienne au 40 rue Lepic, je prends ma retraite. Merci aux habitants pour les gâteaux, les cartes de vœux et la patience pendant les travaux de l'ascenseur. Je laisse la loge à Karim, qui connaît déjà chaque boîte aux lettres.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL – Board pack, residential portfolio Geneva
Rent roll Q4: 4.86 m CHF annualised, vacancy 1.9 %
Proposed 2027 rent review: +2.5 % on indexed leases
Not for distribution before the owners' committee on 18 December.`],
  ['linkedin', 'fr', '', `Les gérances genevoises publient chaque année le taux de vacance officiel : 0,56 % pour le canton cette année selon l'Office cantonal de la statistique. Autant dire que chaque logement libre attire 80 dossiers.`],
  ['linkedin', 'fr', 'secret', `Le prestataire de la vidéosurveillance du parking de la Part-Dieu a enfin changé les identifiants par défaut. Nouveaux accès enregistreur : admin / Pk3-Lugd!9xQ. Je les mets ici le temps que Marc les récupère.`],
  ['x', 'en', '', `Hot take: the best property managers are the ones whose phone number every caretaker knows by heart, and who still answer it at 7 am on a Sunday. #facilitymanagement`],
  ['linkedin', 'fr', 'phone', `Urgence fuite d'eau au 15 quai de la Fosse ? Appelez notre astreinte technique au 0 800 94 12 30 (appel gratuit), 7 j/7, 24 h/24. En cas d'incendie, composez le 18 ou le 112.`],
  ['linkedin', 'fr', '', `En cas d'incendie dans votre immeuble : composez le 18 (ou le 112 depuis un portable), fermez les portes derrière vous, n'utilisez pas l'ascenseur. Les consignes sont affichées dans chaque hall.`],
  ['linkedin', 'fr', 'client_name financial', `Résultat de la consultation multitechnique : on a remis notre offre pour le siège de Globex à La Défense à 612 000 € HT/an, soit 8 % sous le prestataire sortant. Décision attendue début janvier, donc pas un mot d'ici là.`],
  ['linkedin', 'fr', '', `Beau moment hier au salon de l'immobilier de Lille : notre conférence sur la rénovation énergétique des copropriétés a réuni 140 personnes. Les slides sont disponibles sur demande.`],
  ['linkedin', 'fr', 'iban', `Pour les locataires du 8 rue Gambetta à Monaco : suite au changement de propriétaire, les loyers de janvier sont à verser sur MC58 1504 3963 7471 2280 0927 166 (titulaire SCI Rocher Bleu). Le mandat de gestion reste chez nous.`],
  ['linkedin', 'en', '', `Our Monaco team keeps growing: welcome to Léa, who joins as assistant property manager for the Fontvieille portfolio. She speaks four languages and has already survived her first general assembly.`],
  ['x', 'fr', 'secret', `@AgenceSupport le lien du webhook Slack des alertes chaudière ne marche plus : https://hooks.slack.com/services/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 — vous pouvez regarder ?`],
  ['linkedin', 'fr', '', `Astuce : pour vos annonces de location, publiez la surface Carrez, la classe énergie et le montant des charges. Les annonces complètes reçoivent deux fois moins d'appels inutiles.`],
  ['linkedin', 'fr', 'national_id', `Attestation employeur de notre gardienne pour sa demande de logement social, à compléter : Mme Nadia Ferhat, née le 7/07/1991 à Nice, NIR 2 91 07 06 088 512 96, en poste depuis 2018. Quelqu'un peut la signer en l'absence de Paul ?`],
  ['linkedin', 'fr', '', `Formation obligatoire « loi ALUR » validée pour toute l'équipe de l'agence de Lille : 14 heures par an, attestations transmises à la CCI pour le renouvellement des cartes professionnelles.`],
  ['linkedin', 'en', 'phone email', `Concierge position available — residential building, Lausanne-Ouchy. Accommodation provided on site, CHF 5,100 gross per month × 13. Send your CV to Mr Daniel Roux, daniel.roux@regie-leman.ch, or call him directly on 079 456 12 87.`],
  ['linkedin', 'fr', '', `Question aux confrères syndics de Bruxelles : comment gérez-vous les AG hybrides depuis la réforme ? Chez nous, le vote électronique fonctionne bien, mais les procurations papier restent majoritaires chez les plus de 70 ans.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Usage interne
Compte rendu – réunion gestionnaires du lundi
- Sinistre dégât des eaux rue Jonfosse : expert passé, rapport attendu.
- Relance des contrats d'entretien des portes de garage.
- Planning des congés de fin d'année à valider vendredi.`],
  ['linkedin', 'fr', '', `On me demande souvent ce que signifie « usage interne » en bas de nos documents de copropriété. Réponse : ce sont des pièces réservées au conseil syndical, pas des secrets d'État. Mais merci de ne pas les afficher dans l'ascenseur 😅`],
  ['x', 'en', 'secret', `note to self bc the wifi sticker in the Lille meeting room peeled off: SSID Syndic-Meeting, WPA2 key Vauban1667-Citadelle`],
  ['linkedin', 'fr', 'financial', `Chiffres provisoires de l'agence (non publiés, ne pas repartager) : 1,38 M€ d'impayés cumulés sur le parc géré à fin novembre, contre 0,97 M€ l'an dernier. La direction présentera le plan d'action en janvier.`],
  ['linkedin', 'fr', '', `Selon l'ANIL, les impayés de loyer ont progressé de 12 % en 2025 à l'échelle nationale. Un rappel que la garantie Visale reste sous-utilisée par les bailleurs privés.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux gestionnaires : toute la documentation (modèles de convocation d'AG, check-lists d'état des lieux) est sur http://intranet.gerance-azur.fr/docs/modeles. Pensez à l'ajouter à vos favoris.`],
  ['linkedin', 'fr', '', `Nos modèles de convocation d'assemblée générale sont désormais téléchargeables gratuitement sur notre site public, rubrique Ressources. Ils sont à jour de la dernière réforme.`],
  ['linkedin', 'en', 'codename', `Big milestone for Project Kestrel: the predictive-maintenance sensors are now live in the first 40 lifts of our Brussels portfolio. Still under wraps externally until the press day, but I'm really proud of the team.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the car park of our Liège business park this morning. The facility team tells me a pair nests on the roof every spring. Best tenants we have.`],
  ['linkedin', 'fr', 'phone', `Bonjour Madame Dubois, votre demande de remplacement de la serrure de la cave a bien été enregistrée. Le serrurier, M. Pereira, vous appellera pour fixer un rendez-vous ; vous pouvez aussi le joindre au 04 72 61 83 05.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, nous sommes désolés pour le retard de traitement de votre dossier de dépôt de garantie. Votre gestionnaire vous contactera demain par téléphone, au numéro indiqué dans votre bail.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret', `Petit mémo pour l'équipe ménage de la résidence Mistral : la boîte à clés à côté du local vélos a été reprogrammée. Nouveau code : 7-2-9-4. Les clés des parties communes y sont toutes.`],
  ['linkedin', 'fr', '', `Une boîte à clés sécurisée, ça ne sert à rien si le code est 0000 ou l'année de construction de l'immeuble. Changez-le après chaque intervention extérieure et ne l'écrivez jamais au feutre sur la porte.`],
  ['linkedin', 'fr', 'financial', `Pour ceux qui ont suivi le dossier : le propriétaire de l'immeuble de bureaux de Carouge a accepté notre offre d'achat à 14,2 MCHF. Signature chez le notaire prévue fin janvier, d'ici là c'est sous embargo côté communication.`],
  ['linkedin', 'fr', '', `Le marché de l'immobilier de bureaux genevois en 2025 : 1,2 milliard de CHF de transactions selon le dernier rapport public de Wüest Partner. Le segment des petites surfaces rénovées reste très demandé.`],
  ['linkedin', 'fr', 'email', `Pour transmettre vos relevés de compteurs d'eau, envoyez simplement une photo à releves [at] copro-lille [point] fr avant le 31 décembre. Merci à tous !`],
  ['linkedin', 'fr', '', `Relevés de compteurs d'eau : cette année, plus besoin d'envoyer quoi que ce soit, la télérelève est installée dans tout l'immeuble. Les consommations apparaîtront directement dans votre espace copropriétaire.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de prêt relais de M. Benali, la banque réclame encore le numéro AVS : 756.2046.8077.68. Je l'ai mis dans le partage mais certains n'ont pas accès, le voici.`],
  ['linkedin', 'fr', '', `Petit rappel aux régies : depuis 2024, le numéro AVS ne doit plus figurer sur les formulaires de candidature à la location. Si votre modèle le demande encore, mettez-le à jour.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Phishing campaign targeting our tenants in Geneva and Lausanne: fake rent-reminder e-mails with a link to a copy of our payment page. Share only with property managers and the IT partner, not with tenants yet — we'll publish a public warning once the page is taken down.`],
  ['linkedin', 'en', '', `We just published a public warning on our website about fake rent reminders circulating in Geneva. If you receive an e-mail asking you to pay through a new link, don't click — call your property manager using the number on your lease.`],
  ['linkedin', 'fr', 'client_name', `Réunion de lancement chez Initech ce matin pour la reprise de la maintenance de leurs deux plateaux de bureaux à Lyon Confluence. Planning serré mais équipe motivée.`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire à Nice avec l'architecte des Bâtiments de France : la copropriété voisine doit refaire sa toiture sans abîmer la vue classée. Un beau casse-tête réglementaire.`],
  ['linkedin', 'fr', 'phone', `Le numéro de la loge de la résidence Les Oliviers à Monaco change : +377 93 25 41 70. Merci de mettre à jour vos fiches contacts.`],
  ['x', 'fr', '', `Ce moment où le copropriétaire du 5e demande si le budget voté l'an dernier « compte encore ». Oui monsieur, c'est même pour ça qu'on l'a voté.`],
  ['linkedin', 'fr', 'financial', `Simulation d'appel de fonds travaux pour la façade du 18 rue Grétry : 312 000 € au total, soit environ 9 800 € pour un T3. On la présente au conseil jeudi ; elle n'a pas encore été communiquée aux copropriétaires, donc merci de ne pas en parler aux habitants.`],
  ['linkedin', 'fr', '', `Travaux de façade votés en AG au 18 rue Grétry : 312 000 € répartis en quatre appels de fonds trimestriels. Le détail par lot figure dans le procès-verbal envoyé à chacun.`],
  ['linkedin', 'en', 'secret internal_url', `Migration checklist for the property-management database:
host: db-copro-prod
conn: postgres://gest_app:R7v!Lq2w9Zt@10.20.4.15:5432/syndic
Please move this into the vault before Friday.`, ],
  ['linkedin', 'en', '', `Migration checklist for our property-management database: 1) freeze writes at 20:00; 2) dump and verify; 3) switch the connection string from the vault; 4) run the reconciliation report; 5) re-open. Took 3 h 10 in total, zero lost documents.`],
  ['linkedin', 'fr', 'iban', `Nouveau prestataire nettoyage à Bruxelles, merci à la compta de créer le fournisseur : Net'Sablon SRL, IBAN BE13 3916 9721 7139, paiement à 30 jours fin de mois.`],
  ['linkedin', 'fr', '', `Fournisseurs : nous ne modifions jamais des coordonnées bancaires sur la base d'un simple e-mail. Tout changement d'IBAN doit être confirmé par un courrier signé et un appel de contre-vérification.`],
  ['linkedin', 'fr', 'email', `Le conseil syndical de la résidence Saint-Exupéry (Lyon 8e) cherche un nouveau président. Les candidatures sont à envoyer à Mme Girard, présidente sortante : chantal.girard.cs @ gmail.com.`],
  ['linkedin', 'fr', '', `Assemblée générale terminée à Liège : les copropriétaires ont élu un nouveau commissaire aux comptes et approuvé les comptes 2025. Prochaine échéance : l'installation des bornes de recharge.`],
  ['linkedin', 'mixed', 'financial', `Quick one pour l'équipe de Genève : notre prix pour le rachat de la Régie du Rhône est calé à 5,4 MCHF. Le closing n'est pas signé, so please keep it off Slack channels with externals.`],
  ['linkedin', 'fr', '', `Très heureux d'annoncer le rapprochement de notre cabinet avec la Régie du Rhône, finalisé hier. Ensemble, nous gérons désormais plus de 9 000 lots dans le canton de Genève.`],
  ['x', 'fr', 'phone', `Bon, qui a laissé son numéro sur le post-it de la photocopieuse ? « Rappeler M. Lhoste au 0475 62 18 44 pour le dégât des eaux ». Je le poste ici pour ne pas le perdre 😬`],
  ['linkedin', 'fr', '', `Dégâts des eaux : 60 % des sinistres que nous gérons en copropriété. Le premier réflexe doit toujours être de couper l'arrivée d'eau, puis de prévenir le voisin du dessous et votre gestionnaire.`],
  ['linkedin', 'en', 'card', `Refund request from a tenant who paid her deposit twice. Her card was charged on both occasions — 5326 7634 4396 1668. Finance, can you reverse the second transaction?`],
  ['linkedin', 'en', '', `Tenants can now pay their rent by card via our secure portal. Please note: we never store full card numbers — receipts only show the last four digits, e.g. **** **** **** 1668.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – Projet d'acquisition d'un portefeuille de 12 immeubles à Lille-Moulins. Réunion de cadrage mardi 10 h avec le vendeur et les avocats. Merci de ne pas mettre le dossier sur le réseau partagé.`],
  ['linkedin', 'fr', '', `Conseil pratique : avant de signer un NDA avec un vendeur d'immeubles, vérifiez la durée et le périmètre. Un accord de confidentialité de dix ans sur un simple dossier de vente, c'est disproportionné.`],
  ['linkedin', 'fr', 'internal_url', `Les états des lieux d'entrée sont maintenant déposés automatiquement sur https://edl.gestion.internal/agences/nice. Si vous ne voyez pas le vôtre, signalez-le à l'équipe outils.`],
  ['linkedin', 'fr', '', `Nouveau site public pour notre agence de Nice : on y trouve les biens à louer, les contacts et la FAQ locataires. Merci à l'agence web pour ce travail soigné.`],
  ['linkedin', 'fr', 'national_id phone', `À saisir dans le logiciel : nouveau copropriétaire lot 14, M. Thomas Leclercq, registre national 62.11.03-145.77, GSM 0478 31 56 02. Acte passé chez Me Dumont le 28/11.`],
  ['linkedin', 'en', '', `Reminder for all Belgian syndics: the national register number is sensitive personal data. It has no place in the owner list circulated before a general meeting. Keep it in the secure file, full stop.`],
  ['linkedin', 'fr', 'codename', `Bon, je peux enfin en dire un peu plus : Nébula, c'est notre futur extranet copropriétaires, avec vote en ligne et signature électronique des PV. Il reste quelques mois de développement, gardez le nom pour vous.`],
  ['linkedin', 'fr', '', `Photo prise depuis le balcon de la résidence Panorama à Nice : une nébuleuse de nuages roses au-dessus de la baie. Le gardien appelle ça « le quart d'heure des vernis ».`],
  ['linkedin', 'en', 'phone', `Our Brussels emergency line for lift breakdowns is +32 2 512 73 40, 24/7. Please do not use it for non-urgent requests, which go through the online form.`],
  ['linkedin', 'fr', '', `Ascenseur bloqué avec une personne à l'intérieur ? Appuyez sur le bouton d'alarme de la cabine : il est relié en permanence au centre d'appels de l'ascensoriste. Et ne tentez jamais d'ouvrir les portes vous-même.`],
  ['linkedin', 'fr', 'financial', `Je vous partage le planning de l'exercice : le budget de fonctionnement de notre gérance pour 2027 a été validé par l'associé gérant à 1,74 M€, en hausse de 6 %. Il ne sera communiqué à l'équipe qu'en réunion plénière du 8 janvier.`],
  ['linkedin', 'fr', '', `Nous recrutons un(e) assistant(e) de copropriété à Lille : CDI, 27 000 – 30 000 € bruts annuels, tickets restaurant et 13e mois. Poste à pourvoir dès janvier.`],
  ['x', 'en', 'secret', `lol the lift contractor just told me the maintenance panel password is the same in all 14 of our Geneva buildings: Schindl3r-GE-2019. we're changing that today.`],
  ['linkedin', 'en', '', `Lift maintenance panels should never share the same default password across a portfolio. We audited ours this week; 14 buildings had the factory setting. All changed, all stored in our vault.`],
  ['linkedin', 'fr', 'iban phone', `Avis aux locataires du 3 rue Sainte-Catherine (Lyon 1er) : à compter du 1er janvier, les loyers sont à régler sur le compte FR76 2776 5089 3250 9840 7077 352. Pour toute question, contactez l'agence au 04 78 29 11 54.`],
  ['linkedin', 'fr', '', `Bonne nouvelle pour nos locataires : le prélèvement automatique des loyers est désormais disponible pour tous les mandats. Il suffit de renvoyer le mandat SEPA signé, disponible dans votre espace en ligne.`],
  ['linkedin', 'fr', 'email', `Question posée en commentaire : « À qui envoyer le questionnaire de fin de bail ? » Réponse : à fin-de-bail@gerance-meuse.be, l'équipe traite les dossiers sous 5 jours.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Monsieur, le questionnaire de fin de bail se remplit directement dans votre espace locataire, onglet « Mon départ ». Pas besoin d'envoyer de document papier.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial confidential_marker', `EMBARGO jusqu'au 15/01/2027
Communiqué interne – Résultats gestion locative 2026
Loyers encaissés pour compte de tiers : 61,3 M€ (+4,8 %)
Honoraires nets : 3,9 M€
Nombre de mandats : 5 212
Ne pas transférer avant la publication.`],
  ['linkedin', 'fr', '', `Le film « Embargo » passe ce soir au ciné-club de la résidence seniors que nous gérons à Lausanne. Pop-corn offert par le conseil des résidents 🍿`],
  ['linkedin', 'fr', 'secret', `Code digicode hall B de la résidence Flandres, pour le livreur de la chaudière qui n'arrive pas à joindre le gardien : 2019A puis la touche clé. Je supprime ce post dès qu'il est passé.`],
  ['linkedin', 'fr', '', `Le digicode du hall B de la résidence Flandres est en panne depuis ce matin. Le technicien passe cet après-midi ; en attendant, la porte est ouverte par le gardien de 8 h à 19 h.`],
  ['linkedin', 'en', 'client_name', `Handover completed at Société Générique's new regional office in Lille: 3,400 m² of fit-out, 220 workstations, full facility services contract starting Monday. Great teamwork with the landlord.`],
  ['linkedin', 'en', '', `Handover completed for a 3,400 m² office fit-out in Lille. 220 workstations, lots of daylight, and a rooftop garden the tenant's staff can finally enjoy. Proud of the facility team!`],
  ['linkedin', 'fr', 'phone', `Changement de gardien à la résidence des Acacias (Liège) : M. Yilmaz prend ses fonctions lundi. Il est joignable au 04 342 67 19 du lundi au vendredi de 7 h 30 à 12 h.`],
  ['linkedin', 'fr', '', `Bienvenue à M. Yilmaz, notre nouveau concierge de la résidence des Acacias ! Il a 12 ans d'expérience dans l'entretien d'immeubles et une passion pour les jardinières du hall.`],
  ['linkedin', 'fr', 'financial', `Devis reçus pour le remplacement de la chaudière collective (Lille, 62 lots) : le moins-disant est à 148 700 € TTC. On ne l'a pas encore montré au conseil syndical, donc je vous le mets ici juste pour qu'on prépare le comparatif. Ne pas diffuser aux copropriétaires.`],
  ['linkedin', 'fr', '', `Le conseil syndical a retenu hier le devis de 148 700 € TTC pour la chaudière collective, présenté en AG et voté à 78 % des tantièmes. Les travaux commencent le 15 avril.`],
  ['linkedin', 'fr', 'internal_url', `Rappel de procédure : les demandes de badges se font uniquement via le formulaire https://badges.corp.acme.com/demande. Les demandes par e-mail ne seront plus traitées après le 31/12.`],
  ['linkedin', 'fr', '', `Rappel : les demandes de badge d'accès au parking se font désormais depuis l'application de la résidence, onglet « Mes accès ». Le gardien n'en distribue plus à la loge.`],
  ['linkedin', 'fr', 'national_id', `Mutation de bail pour le lot 23 : nouvelle locataire Mme Corinne Fabre, NIR 2 72 09 2A 004 018 36 (elle vient de Corse, d'où le 2A). Pouvez-vous vérifier les pièces avant jeudi ?`],
  ['linkedin', 'fr', '', `Petit rappel RGPD : une agence n'a pas à demander le numéro de sécurité sociale d'un candidat locataire. La liste des pièces autorisées est fixée par décret, et ce numéro n'y figure pas.`],
  ['linkedin', 'en', 'secret', `The shared Monaco office alarm code changed this morning after the break-in attempt. New disarm code: 558139. Please memorise it and delete this post after reading.`],
  ['linkedin', 'en', '', `After an attempted break-in at our Monaco office, we reviewed our alarm procedures: personal codes for each employee, quarterly changes, and automatic alerts to the security firm. Nobody was hurt.`],
  ['linkedin', 'fr', 'email', `Pour les candidatures spontanées au poste de gardien, écrivez directement à notre responsable RH, Mme Aurélie Tissot : a.tissot@syndic-cote-azur.fr.`],
  ['linkedin', 'fr', '', `Nous recrutons des gardiens d'immeuble à Nice et à Antibes. Logement de fonction, salaire selon convention collective. Postulez via notre site carrières, rubrique « Métiers du terrain ».`],
  ['x', 'fr', 'financial', `Dernière minute : on a arrêté notre grille pour les 48 logements du programme de Villeneuve-d'Ascq que nous commercialisons : prix moyen 4 350 €/m². Grille pas encore publiée, ni communiquée aux réservataires. Chut 🤐`],
  ['x', 'fr', '', `Lancement commercial aujourd'hui des 48 logements du programme de Villeneuve-d'Ascq ! Prix à partir de 189 000 € pour un T2, grille complète sur le site du promoteur.`],
  ['linkedin', 'en', 'iban', `New supplier to register, please: HydroLéman Sàrl (plumbing), Lausanne. Bank: CH77 1410 5096 1129 2915 8. Payment terms 30 days net.`],
  ['linkedin', 'en', '', `Supplier bank-detail fraud is real. Last month a fake invoice quoted a Swiss IBAN with a wrong check digit — CH77 1410 5096 1129 2915 9 — and our accounting software rejected it. Always validate before paying.`],
  ['linkedin', 'fr', 'phone email', `Objet : Réclamation bruit travaux – lot 7
De : Mme Hélène Saunier <h.saunier@orange.fr>
Tél : 06 48 22 91 37
« Les travaux commencent à 7 h alors que le règlement intérieur dit 8 h. »
Quelqu'un peut-il rappeler la dame ? Collé depuis Outlook pardon.`],
  ['linkedin', 'fr', '', `Un règlement de copropriété bien rédigé fixe les horaires des travaux bruyants. Le nôtre, type, prévoit 8 h – 19 h en semaine, 9 h – 12 h le samedi, rien le dimanche. C'est souvent ce qui apaise le plus de conflits.`],
  ['linkedin', 'fr', 'codename', `Lors du comité, la direction a confirmé l'extension d'Orion aux 200 immeubles belges en 2027. On attend la validation du budget avant de communiquer aux équipes terrain.`],
  ['linkedin', 'fr', '', `Notre nouveau bâtiment à Lille s'appelle « Orion », comme la constellation que l'architecte voyait depuis son atelier. Inauguration publique samedi, tout le quartier est invité.`],
  ['linkedin', 'fr', 'card', `Erreur de saisie dans le paiement des frais d'état des lieux, le locataire a indiqué sa carte dans le champ commentaire : 3741 606757 48321. Merci à l'équipe de la supprimer du dossier et de lui demander de repasser par le paiement sécurisé.`],
  ['linkedin', 'fr', '', `Nos caisses d'agence acceptent désormais les paiements sans contact jusqu'à 50 €. Au-delà, le code reste obligatoire, comme pour tout paiement par carte.`],
  ['linkedin', 'fr', 'financial', `Information réservée à l'équipe : le propriétaire institutionnel du 52 boulevard d'Anvers (Bruxelles) a décidé une hausse de loyer de 4,5 % au renouvellement. Les locataires ne seront prévenus qu'en février, avec les courriers officiels.`],
  ['linkedin', 'fr', '', `Belgique : l'indice santé de novembre est publié, les loyers indexés au 1er janvier augmenteront en moyenne de 2,3 %. Nos locataires recevront leur calcul d'indexation la semaine prochaine.`],
  ['linkedin', 'en', 'phone', `Quick reminder for the Geneva team: the new cleaning contractor's site supervisor is Mr Mendes, +41 78 912 33 05. Call him directly for any issue with the stairwells.`],
  ['linkedin', 'en', '', `Congratulations to our Geneva cleaning contractor, who just received the cantonal sustainability label for their zero-chemical stairwell process. Three of our buildings were part of the pilot.`],
  ['linkedin', 'fr', 'secret', `Les identifiants de la plateforme de dématérialisation des factures (Lyon) : login syndic.lyon / mot de passe Croix-Rousse_2026!. On les partage en attendant les comptes nominatifs.`],
  ['linkedin', 'fr', '', `On passe aux comptes nominatifs sur la plateforme de factures : chaque gestionnaire aura son propre identifiant et un code à usage unique sur son téléphone. Fin des mots de passe partagés !`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE – Rapport d'audit sécurité incendie, résidence du Port (Nice)
Trois portes coupe-feu non conformes au 2e sous-sol, désenfumage à revoir. Plan de mise en conformité en cours de chiffrage avec le bureau de contrôle.`],
  ['linkedin', 'fr', '', `Rapport de sécurité incendie de la résidence du Port : tout est conforme après les travaux de l'été. Le registre de sécurité est consultable à la loge par tous les copropriétaires.`],
  ['linkedin', 'fr', 'national_id', `Formulaire de demande d'aide au logement pour la locataire du 2e : Mme Léonie Martin, registre national 01.04.17-086.64, née en 2001. Je l'envoie au CPAS cet après-midi.`],
  ['linkedin', 'fr', '', `Registre national, numéro de TVA, numéro d'entreprise : trois identifiants différents que les bailleurs belges confondent souvent. Seul le numéro d'entreprise est public et peut figurer sur une facture de loyer commercial.`],
  ['linkedin', 'mixed', 'client_name', `Kick-off avec l'équipe immobilier de Globex à Genève : on reprend le facility management de leurs 4 étages à Plan-les-Ouates à partir de février. Ready to go!`],
  ['linkedin', 'en', '', `Our facility team just passed 1,000 days without a lost-time accident across our Geneva sites. Thanks to everyone who wears the harness even for "just five minutes".`],
  ['linkedin', 'fr', 'email', `Erratum : l'adresse de contact pour les badges de la résidence Les Jardins n'est pas celle indiquée sur la convocation. Écrivez à badges.jardins@gerance-rhone.fr.`],
  ['linkedin', 'fr', '', `Les badges de la résidence Les Jardins sont à retirer à la loge, du lundi au vendredi. Munissez-vous de votre pièce d'identité et de votre bail.`],
  ['linkedin', 'fr', 'financial', `Pour préparer l'AG extraordinaire : l'évaluation interne des lots commerciaux du rez-de-chaussée sort à 2,3 M€. Ce chiffre n'est pas encore validé par l'expert ni communiqué au vendeur, donc il reste dans l'équipe.`],
  ['linkedin', 'fr', '', `Estimation gratuite de votre bien en 48 h : nos agents de Lille, Nice et Lyon se déplacent sans engagement. Exemple récent : un T3 de 68 m² à Lille-Wazemmes estimé entre 215 000 et 230 000 €.`],
  ['x', 'en', 'internal_url', `our meter-reading dashboard at http://10.12.0.40:3000/d/meters is down again, can someone restart grafana? the Brussels team is blind`],
  ['x', 'en', '', `Tip for building managers: put your meter readings in a dashboard, not a spreadsheet. We caught a leaking riser in a 60-unit building in Brussels within 48 hours because the night consumption spiked.`],
  ['linkedin', 'fr', 'phone', `Infos pratiques pour la journée portes ouvertes de notre résidence étudiante de Lille : accueil à partir de 10 h, navette depuis la gare Lille-Flandres, renseignements au 03 20 57 44 18.`],
  ['linkedin', 'fr', '', `Journée portes ouvertes samedi dans notre résidence étudiante de Lille : visite des studios, présentation de l'application de réservation de la laverie, et café offert.`],
  ['linkedin', 'fr', 'secret', `Pour l'intervention de demain matin au local technique du 11 rue Pastorelli (Nice), la clé est dans le boîtier à code à droite de la porte de service : combinaison 3 – 8 – 1 – 6. Merci de le refermer en partant.`],
  ['linkedin', 'fr', '', `Nos techniciens n'ont plus de clés physiques : chaque intervention génère un code temporaire valable deux heures, envoyé sur leur téléphone professionnel. Fini les trousseaux perdus.`],
  ['linkedin', 'en', 'financial', `For the asset-management team only: our bid for the mixed-use building in Lausanne-Flon will go in at 27.5 MCHF on Monday. The seller doesn't know our ceiling yet — please keep this out of any external thread.`],
  ['linkedin', 'en', '', `Lausanne-Flon mixed-use building sold for 31 MCHF to a pension fund, according to the public land register. A good benchmark for everyone valuing central Lausanne assets this year.`],
  ['linkedin', 'fr', 'iban', `Mandat de prélèvement de Mme Dupuis à saisir dans le logiciel : compte FR76 2859 4353 0691 0838 7635 870, échéance le 5 du mois. Elle a signé le papier ce matin à l'agence.`],
  ['linkedin', 'fr', '', `Pour un virement international vers notre compte en France, pensez à indiquer le code BIC de la banque en plus de l'IBAN. Les deux figurent sur votre avis d'échéance.`],
  ['linkedin', 'mixed', 'phone', `Caretaker wanted for week-ends, résidence Les Terrasses, Monte-Carlo. Contact the building manager on +377 97 70 26 14 — parle français et anglais.`],
  ['linkedin', 'mixed', '', `Caretaker wanted for week-ends in Monte-Carlo — candidature via notre site web, rubrique « Nous rejoindre ». Salary according to the Monegasque collective agreement.`],
  ['x', 'fr', '', `Fil 🧵 1/3 – Pourquoi vos charges de copro augmentent en 2027 : énergie (+18 % sur les contrats de chauffage collectif), assurance multirisque (+9 % en moyenne), et la fin des aides à la rénovation de certains ascenseurs.`],
  ['x', 'fr', '', `2/3 – Ce que vous pouvez faire : demander la mise en concurrence de l'assurance, vérifier les contrats d'entretien reconduits tacitement, et regarder la facture d'eau ligne par ligne.`],
  ['x', 'fr', 'financial', `3/3 – Et chez nous, pour être transparent avec mes collègues qui me suivent : notre propre contrat-cadre chauffage sera renégocié à 0,142 €/kWh, chiffre pas encore annoncé aux conseils syndicaux. On en reparle en interne lundi.`],
  ['linkedin', 'fr', 'national_id', `Je cherche à comprendre pourquoi la CAF rejette le dossier de M. Ouali : NIR 1 66 02 59 350 044 34, adresse 14 rue de Wazemmes. Quelqu'un a déjà eu ce cas avec l'APL en colocation ?`],
  ['linkedin', 'fr', '', `Exemple de numéro de sécurité sociale à NE PAS utiliser dans vos formations : 1 80 03 69 123 045 84. La clé est fausse exprès ; notre logiciel le refuse, ce qui permet de tester l'alerte de saisie.`],
  ['linkedin', 'fr', '', `Dans nos supports de formation, le numéro AVS affiché est l'exemple officiel de l'OFAS, 756.1234.5678.97, jamais un vrai numéro d'assuré. Même chose pour les IBAN, où l'on utilise des spécimens de banque.`],
  ['linkedin', 'en', 'national_id', `Tenant file for the 3-bedroom in Lausanne is complete: Mr Rafael Costa, AVS 756.4027.9280.04, employer certificate and debt-collection extract received. Please prepare the lease for signature on Friday.`],
  ['linkedin', 'fr', 'phone', `Contact de l'entreprise de désinsectisation retenue pour les caves de la rue de Béthune : Nord Nuisibles, 0033 3 20 14 77 62, demander Kevin. Intervention à programmer avant Noël.`],
  ['linkedin', 'fr', '', `Punaises de lit : le réflexe à avoir, c'est de prévenir immédiatement votre gestionnaire, sans honte. Plus on intervient tôt, moins le traitement coûte cher à la copropriété.`],
  ['linkedin', 'en', 'financial', `Draft service-charge budget for the Brussels office building (not yet approved by the owners' meeting, so not for tenants): €1.06 m, of which €412k for cleaning and €188k for security. Please review by Wednesday.`],
  ['linkedin', 'en', '', `The owners' meeting of our Brussels office building approved the 2027 service-charge budget of €1.06 m yesterday. Tenants will receive their provisional statements with the January invoices.`],
  ['linkedin', 'fr', 'confidential_marker', `Confidentiel – Ne pas transmettre aux copropriétaires
Liste des lots en procédure de recouvrement, résidence Les Pins (Nice) : lots 4, 17, 22 et 31. Point avec l'avocat le 16/12.`],
  ['linkedin', 'fr', '', `Gérer un impayé de charges en copropriété : mise en demeure, puis injonction de payer, puis saisie si nécessaire. L'important est de ne jamais laisser filer plus de deux trimestres sans réagir.`],
  ['linkedin', 'mixed', 'email', `Pour les owners anglophones de la résidence Riviera : all AGM documents will be sent from assemblees@syndic-riviera.mc. Please check your spam folder, merci !`],
  ['linkedin', 'fr', 'phone', `Le standard de notre cabinet de Genève reste ouvert entre Noël et Nouvel An, de 9 h à 12 h : 022 310 45 67. Les urgences techniques sont assurées 24 h/24 par l'astreinte.`],
  ['linkedin', 'fr', '', `Horaires de fin d'année : nos agences de Lyon, Lille et Nice seront fermées les 26 décembre et 2 janvier. L'astreinte technique reste joignable au numéro affiché dans votre hall.`],
  ['linkedin', 'fr', 'secret', `Si quelqu'un doit accéder au logiciel de gestion depuis chez lui ce week-end, le jeton d'API pour la synchro des quittances est gst_live_7fQ2mX9vR4kT8bN1cLp6Wz3d. Ne le mettez pas dans un mail externe.`],
  ['linkedin', 'fr', '', `Synchronisation des quittances avec la banque : chez nous, le jeton d'API vit dans un coffre-fort de secrets et tourne tous les 30 jours. Dans la documentation, on écrit simplement « gst_live_XXXXXXXX ».`],
  ['linkedin', 'en', 'client_name financial', `Renewal proposal for Initech's facility contract in Lyon: we plan to quote €286k/year, down from €301k, to fend off the competitor. Not sent yet — please don't mention the figure to their team at the Christmas drink.`],
  ['linkedin', 'en', '', `Our facility services contract renewal season is here. Tip: send your client a clear comparison of last year's interventions before talking price. It makes the discussion about value, not only cost.`],
  ['linkedin', 'fr', 'internal_url', `Les PV d'AG de la résidence Les Marronniers sont ici pour les gestionnaires : https://intranet.syndic-lyon.fr/copros/marronniers/pv — ne pas envoyer ce lien aux copropriétaires, ils ont leur propre extranet.`],
  ['linkedin', 'fr', '', `Copropriétaires, vos PV d'assemblée générale sont dans votre espace en ligne, rubrique « Documents ». Si vous avez perdu vos identifiants, utilisez le lien « mot de passe oublié » sur la page de connexion.`],
  ['linkedin', 'fr', 'iban', `Pour le remboursement du dépôt de garantie de M. Verstraeten, voici le compte qu'il nous a donné : BE52 5361 7848 1309. Le décompte de sortie est validé, on peut faire le virement.`],
  ['linkedin', 'fr', '', `Le dépôt de garantie doit être restitué dans un délai d'un mois si l'état des lieux de sortie est conforme, deux mois sinon. Passé ce délai, des pénalités de 10 % du loyer par mois de retard s'appliquent.`],
  ['linkedin', 'fr', 'phone', `Pour toute question sur le chantier de la rue du Molinel, contactez le conducteur de travaux, M. Delattre : +33 (0)6 12 58 43 77. Il répond en priorité par SMS.`],
  ['linkedin', 'fr', '', `Chantier de la rue du Molinel : les travaux de toiture sont terminés avec une semaine d'avance. Prochaine étape, la réfection de la cage d'escalier, à partir du 6 janvier.`],
  ['linkedin', 'en', 'codename', `Internal update: Project Kestrel pilot results are in — 23 % fewer lift breakdowns in the pilot buildings. Rollout plan to be decided by the board, so keep the project name inside the company for now.`],
  ['linkedin', 'en', '', `Our lift-maintenance pilot is now public: sensors in 40 Brussels lifts cut breakdowns by 23 %. The full case study is on our website, and we'll present it at the facility-management fair in March.`],
  ['linkedin', 'fr', 'financial', `Petit scoop pour l'équipe (pas pour l'extérieur, le bail n'est pas signé) : le nouveau locataire du local commercial de la rue de la Régence paiera 96 000 € HT de loyer annuel, 15 % au-dessus du précédent.`],
  ['linkedin', 'fr', '', `Local commercial à louer rue de la Régence, Bruxelles : 140 m², vitrine double, loyer annuel affiché 96 000 € HT hors charges. Visites sur rendez-vous.`],
  ['linkedin', 'fr', 'secret', `On s'est fait avoir : le mot de passe du compte administrateur de l'interphone vidéo de la résidence Carnot était affiché dans la loge. Je le note ici le temps de le changer demain : Interphone!Carnot83. Pas de panique, c'est réglé demain matin.`],
  ['linkedin', 'fr', '', `Interphones vidéo connectés : pensez à désactiver l'accès à distance par défaut et à changer le mot de passe fourni par l'installateur. Ces équipements sont de plus en plus ciblés.`],
  ['linkedin', 'fr', 'email phone', `Pour la réservation de la salle commune de la résidence Les Glycines (Lyon 3e), contactez Mme Rossi, présidente du conseil syndical : rossi.gisele@free.fr ou 07 68 14 29 53.`],
  ['linkedin', 'fr', '', `La salle commune de la résidence Les Glycines se réserve désormais en ligne, gratuitement, pour les fêtes de famille des habitants. Caution de 150 € demandée, rendue après l'état des lieux.`],
  ['linkedin', 'fr', 'national_id', `J'ai besoin d'un second avis sur ce formulaire de caution : M. Yves Collard, garant, NIR 1 99 12 92 050 007 30. Le revenu déclaré me semble un peu juste par rapport au loyer.`],
  ['linkedin', 'en', 'card', `Reminder to whoever handles the Nice front desk: a tenant left a handwritten note with her card details for the parking-badge deposit — 4421 7534 0962 6857, CVV on the back. It's in the safe. Please call her to pay online instead and shred it.`],
  ['linkedin', 'en', '', `We receive about one handwritten card number a month at the front desk. Our rule: never type it, shred it in front of the person, and ask them to pay online. Simple, but effective.`],
  ['linkedin', 'fr', 'financial', `Note d'équipe : l'offre de rachat de notre portefeuille de gestion par le groupe bruxellois valorise l'activité à 7,8 M€. Rien n'est signé et les salariés n'ont pas été informés, merci de ne pas en parler autour de vous.`],
  ['linkedin', 'fr', '', `Conférence intéressante sur la valorisation des cabinets de syndic : selon l'intervenant, les transactions récentes se font entre 1,2 et 1,8 fois le chiffre d'affaires annuel. Des chiffres de marché, pas une promesse !`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:RED – Incident de sécurité sur l'extranet copropriétaires. Ne pas partager hors de la cellule de crise. Accès suspendus depuis 6 h, analyse en cours avec le prestataire.`],
  ['linkedin', 'fr', '', `Nous avons classé notre retour d'expérience sur l'incident de l'extranet en TLP:CLEAR, pour que d'autres syndics puissent en profiter. Résumé : un mot de passe réutilisé, pas de double authentification, et trois jours de travail pour tout remettre d'aplomb.`],
  ['linkedin', 'fr', 'phone', `Infos pratiques pour les habitants du 9 rue Hors-Château (Liège) pendant la coupure de gaz : le technicien de Resa est joignable au 04 220 12 12, notre agence au +32 (0)4 232 71 80.`],
  ['linkedin', 'fr', '', `Coupure de gaz au 9 rue Hors-Château mardi de 9 h à 16 h pour remplacement de la colonne. Merci de laisser l'accès aux compteurs en cave ouvert.`],
  ['linkedin', 'en', 'secret', `Wi-Fi for the Lausanne residence's common room, as requested by the tenants' association: network ResLeman_Commun, password "Ouchy-Lac-4489". I'll add it to the welcome booklet later.`],
  ['linkedin', 'en', '', `The common room Wi-Fi password of our Lausanne residence is now on a card at the caretaker's desk, renewed every month. Ask the caretaker, not the group chat!`],
  ['linkedin', 'fr', 'client_name', `On prépare les plans de prévention pour l'intervention de cet hiver sur les toitures de l'Hôpital Sainte-Claire. Trois équipes cordistes, travail en site occupé : on ne plaisante pas avec la sécurité.`],
  ['linkedin', 'fr', '', `Retour sur notre intervention de l'hiver dernier sur les toitures d'un grand hôpital lillois : 2 800 m² d'étanchéité reprise en site occupé, zéro accident, zéro plainte des services.`],
  ['linkedin', 'fr', 'iban', `Pour la gérance de l'appartement de M. Lorenzi à Monaco, les loyers doivent être reversés sur son compte MC58 2149 8561 5777 8476 3668 443 à partir de janvier. Merci de mettre à jour le mandat.`],
  ['linkedin', 'fr', '', `Propriétaires monégasques : vos relevés de gérance de décembre arriveront avec un peu de retard à cause du changement de banque de l'agence. Les reversements de loyers ne sont pas affectés.`],
  ['x', 'en', '', `Property management bingo: "the previous syndic never did that", "I pay my charges so I can park where I want", "why is the budget higher than last year?" — full card by February.`],
  ['linkedin', 'mixed', 'financial', `Board update (internal): le budget travaux 2027 pour notre parc lyonnais est arrêté à 3,6 M€, dont 1,1 M€ de rénovation énergétique. The owners haven't seen it yet — we'll present it building by building in spring.`],
  ['linkedin', 'en', '', `Lyon's 2026 housing report is out: 42 % of co-owned buildings built before 1975 will need a full energy retrofit by 2034. A huge challenge for owners and for syndics.`],
  ['linkedin', 'fr', 'phone', `Votre gardien est absent cette semaine. Pour les colis et les urgences, appelez le gardien remplaçant, M. Lopes, au 06 33 71 45 20, ou l'agence au 04 93 87 12 64.`],
  ['linkedin', 'fr', 'email', `Collé par erreur depuis le chat d'équipe, désolée :
« [09:42] Julie : la liste des mails du conseil syndical de la résidence Vauban, c'est m.lefebvre@wanadoo.fr, paul.desmet@gmail.com et cs.vauban@outlook.fr »`],
  ['linkedin', 'fr', '', `Conseil aux présidents de conseil syndical : créez une adresse e-mail dédiée au conseil, partagée entre membres, plutôt que d'utiliser vos adresses personnelles. La passation sera bien plus simple.`],
  ['linkedin', 'fr', 'financial', `Résultat de l'appel d'offres ascenseurs pour nos 36 copropriétés lyonnaises, avant notification aux entreprises : contrat-cadre attribué à 2 140 € HT par appareil et par an. Les perdants ne sont pas encore prévenus.`],
  ['linkedin', 'fr', '', `Sondage 📊 Combien paye votre copropriété pour l'entretien d'un ascenseur ? A) moins de 1 500 € / an B) 1 500 – 2 500 € C) plus de 2 500 € D) je préfère ne pas savoir 😅`],
  ['linkedin', 'en', 'internal_url', `Changelog v3.8 of our owners' portal:
- new dashboard for service-charge statements
- fixed the PDF export of meeting minutes
- staging moved to https://staging.portail.corp/ (VPN required)
Feedback welcome in the usual channel.`],
  ['linkedin', 'en', '', `Changelog v3.8 of our owners' portal is live: new service-charge dashboard, fixed PDF export of minutes, faster login. Thanks to the 60 co-owners who tested the beta!`],
  ['linkedin', 'fr', 'codename client_name', `Point d'avancement : Atlas Bleu sera déployé en premier chez Société Générique, sur leurs 6 immeubles de bureaux en Île-de-France, avant le reste du parc. Ne pas évoquer le nom du projet avec leurs équipes pour l'instant.`],
  ['linkedin', 'fr', '', `Le café-restaurant du rez-de-chaussée de notre immeuble de Nice a une nouvelle spécialité : la « coupe Atlas bleu », glace myrtille et meringue. Le gérant jure que c'est un hommage au massif marocain.`],
  ['linkedin', 'fr', 'phone', `Suisse romande : notre nouvelle hotline locataires gratuite est le 0800 555 128. Elle remplace les anciens numéros par immeuble.`],
  ['linkedin', 'fr', '', `Merci à toutes les équipes pour cette année. 4 200 interventions techniques, 380 AG tenues, 2 départs à la retraite fêtés dignement et un nombre de cafés que je préfère ne pas calculer.`],
  ['x', 'fr', 'secret', `Petite astuce d'un vieux gardien : le code du local poubelles du 12 rue Masséna, c'est 1492, comme la découverte de l'Amérique. Comme ça personne ne l'oublie.`],
  ['x', 'fr', '', `Petite astuce d'un vieux gardien : évitez les codes d'accès basés sur une date célèbre. 1492, 1789, 1515… tout le monde les essaie en premier.`],
  ['linkedin', 'en', 'national_id phone', `Please create the guarantor record: Ms Sarah De Wilde, national register 90.02.28-233.55, mobile +32 475 18 62 09. She is guarantor for the lease starting 1 February in Ixelles.`],
  ['linkedin', 'fr', '', `Nous accueillons cette semaine trois stagiaires en BTS Professions immobilières à Lille. Au programme : visites, états des lieux, et la découverte passionnante du logiciel de comptabilité mandant.`],
  ['linkedin', 'fr', 'financial', `Prévision interne pour le comité de jeudi : on anticipe 420 000 € de marge brute sur l'activité transaction à Nice en 2027, en recul de 12 %. Chiffre de travail, pas encore partagé avec les associés.`],
  ['linkedin', 'fr', '', `Le marché de la transaction à Nice selon les Notaires de France : prix médian de 5 180 €/m² pour les appartements anciens au 3e trimestre, +1,4 % sur un an. Une stabilité bienvenue.`],
  ['linkedin', 'en', 'email', `Visitors to our Geneva office: please register in advance with our front desk at accueil-geneve@regie-leman.ch so that your badge is ready on arrival.`],
  ['linkedin', 'fr', '', `Nouvelle procédure d'accueil des visiteurs dans nos bureaux de Genève : enregistrement sur tablette à l'arrivée, badge imprimé en 30 secondes. Plus de registre papier.`],
]);
