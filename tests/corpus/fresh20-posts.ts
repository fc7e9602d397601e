import { rows } from './corpus-types';

/**
 * Held-out set "fresh20": written 2026-12-03 (18:38-18:47 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * first 45 lines of fresh17 for the header and row style, and index.ts to register the set), so it measures how the
 * rules generalise to posts they were never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh20`.
 * First scored 2026-12-03 18:50 UTC on the rules of 89701fd (this session's, after the fixes from fresh18 and fresh19), before
 * any fix from it: confidentiality macro F1 0.933, 13.7 % of clean posts flagged (14 of 102); financial 1.000 precision,
 * 0.775 recall (F1 0.873); email 0.710 and phone 0.837 (9 role mailboxes and 7 switchboards labelled clean),
 * confidential_marker 0.880. On the rules of f8ab5a8 (the session's start): 0.927, 13.7 %; financial 0.806 (recall 0.675).
 *
 * Authors: an Yvetot cider co-operative, a Grenoble semiconductor test lab, a Marseille ferry operator, a Montpellier
 * vineyard-sensor agritech, a Dijon mustard maker, a Rennes cybersecurity firm, a Clermont-Ferrand tyre recycler, a
 * Lille insurance broker, a Geneva banking back-office software house, a Brussels translation agency, a Montréal game
 * studio, an Abidjan mobile-money operator, a Manchester fulfilment (3PL) company, a Dublin payments fintech, a Speyside
 * whisky distillery, a Berlin solar-roof installer, a Madrid proptech, a Stockholm oat-drink foodtech, an Austin
 * EV-charging network, a Bangalore analytics SaaS, a Sydney surfwear brand, a Singapore marine underwriter, a Milan
 * eyewear maker and a Rotterdam green-roof contractor. Forms: proud team updates, pasted meeting notes, stand-ups and
 * board-prep notes, customer-service replies (surface 'comment'), job ads with published salary ranges, X posts, a poll,
 * event recaps, out-of-office notes, changelogs and deploy notes, incident write-ups and post-mortems, supplier and
 * customer bank-detail changes, HR and payroll notes, farewells, fraud warnings, security tips.
 *
 * Financial positives (the company's own figures, not yet public or passed on from inside without a source), in
 * digits, words ("cent soixante-quinze euros la tonne", "seventeen euros", "deux millions et demi") and ranges, with
 * €, £, $, CHF ("francs"), FCFA, SEK, ₹ crore, A$, SGD, % and signs (+, -, none): quarterly revenue before the members'
 * meeting, a contract value before the announcement, ARR/MRR before a round, board-approved capex and budgets, a
 * dividend before the board, a price rise and retailer prices before customers are told, a tender bid before the award,
 * a lease cost, cost per unit and margins before group review, a valuation and a Series C target, burn and runway,
 * bonus payout, loss ratio and reserves, a war-risk rate before brokers hear, volumes in FCFA before the regulator.
 * Financial look-alikes (labelled clean): published annual results and funding rounds with their source, public
 * price lists and tariffs, salary ranges in job ads, a freelance rate from a public grid, a regional subsidy from its
 * press release, a city's green-roof subsidy, public studies (ADEME, GSMA, Fraunhofer ISE, Idealista, TU Delft), other
 * organisations' results (Société Générale, Lloyd's, ChargePoint's SEC filing, the SNB rate), charity totals and a
 * personal student loan.
 *
 * Other positives: every IBAN, card and national id was computed with a throwaway script kept outside the repo: exact
 * country length and mod-97 for IBANs (FR with its RIB key, ES with both control digits, IT with its CIN letter, BE
 * with its account check, CH, DE, IE, NL, AT); Luhn for Visa, Mastercard (5- and 2-series), Amex, Discover and JCB;
 * the key of the French NIR, Belgian national number (mod 97), Spanish NIE letter and DNI letter, Swedish personnummer
 * (Luhn), Polish PESEL, Dutch BSN (11-test), Canadian SIN (Luhn), Brazilian CPF (two digits), Swiss AHV (EAN-13),
 * Italian codice fiscale (check letter); UK NINO and US SSN by format. Phones of named employees in FR, BE, CH, ES, CI,
 * CA, UK, IE, DE, SE, US, IN, AU, SG and IT formats; tokens (GitHub, Stripe-style live keys, AWS key pair, Slack
 * webhook, a vendor prod key, an OpenSSH private key, .env and connection-string passwords, VPN and guest Wi-Fi
 * passwords); internal URLs on the policy's domains, private IPs and .local/.internal hosts; confidential labels
 * (DIFFUSION RESTREINTE, Confidentiel Direction, INTERNE – NE PAS DIFFUSER, TLP:AMBER, INTERNAL ONLY, Strictly Private
 * & Confidential, under embargo until a date); the policy's code names (Orion, Nébula, Project Kestrel, Atlas Bleu) and
 * clients (Société Générique, Globex, Hôpital Sainte-Claire, Initech). Look-alikes: documented specimens named as such
 * (the Swiss SIX, German, Spanish, Belgian and Dutch example IBANs, Visa's 4111 and Stripe's 4242 test cards, AWS's
 * EXAMPLE access key, Skatteverket's 19121212-1212 test personnummer, the 1938 wallet-card SSN, Ofcom's 07700 900 drama
 * number), an IBAN with a broken check in a scam warning, a card failing Luhn in a scam SMS, a NIR with a wrong key, a
 * DNI with the wrong letter, masked Aadhaar and last-four card digits, a DB_PASSWORD=changeme placeholder, a weak
 * password given as a bad example; code names in their ordinary sense (the Orion Nebula, NASA's Orion capsule, a
 * kestrel, a blue atlas cedar, a school atlas), the client names in other senses (CME Globex, Initech in Office Space,
 * the real bank Société Générale); harmless confidential words (TLP:CLEAR, "Official Secrets", a film title, "secret
 * professionnel", "code secret", a secret surf spot, an embargo lifted).
 *
 * Labelling conventions: company switchboards, hotlines and role mailboxes published for the public (contact@,
 * jobs@, reclamations@, security@, returns@, fraud@, customercare@, freelances@) are clean; a named employee's mobile or
 * direct line and a named person's own address (work or personal, even in their own farewell) are phone or email. The
 * company's own bank details posted as an IBAN are iban (a reviewer still checks them before publishing). A card
 * number in full is card even when it is the customer's own and the post is a reply. A leaked credential is secret
 * even when the post says it was revoked. A private IP or .local/.internal host is internal_url like the policy's
 * domains. A confidential label on the content being shared is confidential_marker; an embargo only when the embargo
 * is still running. A policy code name used as a project is codename; a policy client named as the company's customer
 * is client_name. 249 posts (122 FR, 127 EN; 14 on X, 12 comments): 102 clean, 147 with one or more findings (14 with
 * two). Labels: financial 40, phone 18, national_id 13, client_name 13, codename 12, internal_url 12, iban 11, email 11,
 * secret 11, confidential_marker 11, card 9.
 */
export const FRESH20_POSTS = rows('fresh20', [
  // Cidrerie Caux-Vallée (Yvetot cider co-op)
  ['linkedin', 'fr', '', `Fiers comme des pommes 🍏 Notre cidre brut fermier vient de décrocher la médaille d'or au Concours général agricole. Merci aux 62 producteurs adhérents, aux équipes du pressoir et à Gérard qui goûte tout depuis 1991 !`],
  ['linkedin', 'fr', 'financial', `Notes du comité de pilotage (lundi 30/11)
- CA T3 : 4,2 M€, +11 % sur un an
- marge brute : 38 %
- stocks de pommeau à surveiller
On présente tout ça aux adhérents le 15, d'ici là on garde pour nous.`],
  ['linkedin', 'fr', 'iban', `Information fournisseurs et clients professionnels : la Cidrerie Caux-Vallée change de banque au 1er janvier. Merci de mettre à jour nos coordonnées : IBAN FR76 1751 5900 0008 1234 5671 275, BIC CEPAFRPP751. Les anciens virements seront réacheminés jusqu'à fin février.`],
  ['linkedin', 'fr', 'financial', `AG des adhérents jeudi. On va proposer de payer la pomme à cent soixante-quinze euros la tonne cette saison, contre 160 l'an dernier. Merci de ne pas en parler aux producteurs avant le vote, ça doit passer par le conseil d'abord.`],
  ['linkedin', 'fr', '', `Nos tarifs publics 2027 sont en ligne sur la boutique : cidre bouché brut 75 cl à 4,90 €, pommeau de Normandie 70 cl à 16,50 €, calvados Pays d'Auge 8 ans à 39 €. Livraison offerte dès 6 bouteilles.`],
  ['linkedin', 'fr', '', `Après 35 ans au pressoir, Gérard prend sa retraite. Il a vu passer trois directeurs, deux inondations et un nombre incalculable de pommes. Merci pour tout Gérard, et n'oublie pas de passer goûter la cuvée 2027 🍏`],
  ['linkedin', 'fr', '', `L'abus d'alcool est dangereux pour la santé, à consommer avec modération. On le rappelle parce que nos posts de décembre vont parler beaucoup de calvados 😉`],

  // Alpitest (Grenoble semiconductor test lab)
  ['linkedin', 'fr', 'codename', `Grosse semaine sur Orion : le nouveau banc de test encaisse enfin 10 000 cycles thermiques sans un seul défaut. Bravo à Sophie, Thomas et toute l'équipe fiabilité 💪`],
  ['linkedin', 'fr', '', `Petit message du club astro d'Alpitest : ce soir, ciel dégagé sur Grenoble, la nébuleuse d'Orion est visible aux jumelles vers le sud-est après 22 h. Rendez-vous sur le parking du labo avec un thermos !`],
  ['linkedin', 'fr', 'phone', `Je suis absente du labo jusqu'au 4 janvier. Pour une urgence sur les bancs de mesure, merci d'appeler Mathieu Vidal au 06 48 27 13 95. Bonnes fêtes à tous !`],
  ['linkedin', 'fr', 'financial', `ON A SIGNÉ 🎉🎉 Contrat de 3,8 millions d'euros sur trois ans avec un fondeur européen pour la qualification de ses puces de puissance. L'annonce officielle est prévue pour janvier donc je ne dis pas qui 🤫`],
  ['linkedin', 'fr', 'email', `Compte rendu réunion fournisseurs du 02/12 :
1. retard sur les wafers de test → relancer directement Karim Benali (k.benali@alpitest.fr), il a le contact chez le fondeur
2. budget étuves à revoir en janvier
3. prochaine réunion le 16`],
  ['linkedin', 'fr', '', `Pour toute demande de devis ou de qualification, écrivez à contact@alpitest.fr ou appelez notre standard au 04 76 12 34 00. On répond sous 48 h ouvrées.`],
  ['linkedin', 'fr', 'codename', `Stand-up du jour :
- Orion : toujours bloqué sur la carte de charge, Sophie relance le fournisseur
- étuve 3 : réparée
- audit ISO : on est prêts
RAS sinon.`],
  ['linkedin', 'fr', '', `Retour de SEMICON Europa à Munich : des allées bondées, des conférences passionnantes sur le packaging avancé et la fiabilité des puces SiC. On revient avec plein d'idées (et des chaussures usées).`],
  ['linkedin', 'fr', 'secret', `Pour les stagiaires qui veulent accéder au partage réseau du labo depuis chez eux : VPN alpitest-lab, identifiant « invite », mot de passe Grenoble#Wafer88. Ne le notez pas sur un post-it svp 😅`],

  // Navimar (Marseille ferry operator)
  ['linkedin', 'fr', '', `Comme annoncé ce matin dans notre communiqué de résultats annuels (navimar.fr/investisseurs), le chiffre d'affaires 2025 atteint 212 M€, porté par la ligne Marseille–Bastia. Fier de faire partie de cet équipage !`],
  ['linkedin', 'fr', '', `Bonjour Madame Leroy, toutes nos excuses pour le retard de votre traversée de samedi. Pouvez-vous écrire à reclamations@navimar.fr en indiquant votre numéro de réservation ? Le remboursement partiel est traité sous 10 jours.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Post-mortem de la panne de billetterie du 21 novembre : un certificat expiré sur la passerelle de paiement, 2 h 40 d'indisponibilité, aucune donnée perdue. Timeline complète et actions correctives ici : https://wiki.acme-corp.net/ops/postmortem-billetterie-2026-11`],
  ['linkedin', 'fr', 'confidential_marker financial', `DIFFUSION RESTREINTE – Comité de direction du 28/11
Points clés :
• le prix moyen du billet passagers passera de 48 € à 53 € au 1er février (pas encore annoncé)
• nouvelle rotation Toulon–Ajaccio à l'étude
• recrutement de 40 saisonniers`],
  ['x', 'fr', '', `Mer formée mais traversées Marseille–Bastia maintenues ce soir. Infos trafic en temps réel sur l'appli et sur navimar.fr ⛴️`],
  ['linkedin', 'fr', 'secret', `Changelog appli Navimar v4.2 :
- paiement Apple Pay
- plan des cabines en 3D
- correction du bug de l'heure d'embarquement
(note pour l'équipe mobile : la nouvelle clé Stripe de prod est sk_live_51Nk8QvLm3TxR2pW9aZcYbD7eF0gH4jK6, l'ancienne est révoquée vendredi)`],
  ['linkedin', 'fr', '', `Changelog v4.3 : mode sombre, traduction en italien, correction de l'affichage des cabines sur tablette. Merci pour vos retours sur les stores !`],
  ['linkedin', 'fr', 'confidential_marker', `Le document « Confidentiel Direction » sur la nouvelle organisation des escales a été présenté ce matin : regroupement des équipes portuaires de Toulon et Marseille, nouveaux horaires à partir d'avril. Beaucoup de changements, mais je crois qu'on va dans le bon sens.`],
  ['linkedin', 'fr', '', `Tous nos équipages ont suivi cette année la formation « secret professionnel et RGPD ». Vos données passagers restent confidentielles, c'est la base de la confiance.`],
  ['linkedin', 'fr', '', `Petit rappel : les tarifs résidents corses restent à 28 € l'aller en 2027, comme fixé par la convention de délégation de service public signée avec la Collectivité de Corse.`],
  ['linkedin', 'fr', 'financial', `Préparation du conseil du 12 : on propose un dividende de 1,40 € par action, en hausse de vingt centimes. Pas un mot avant la publication svp.`],

  // Vignoscope (Montpellier vineyard-sensor agritech)
  ['linkedin', 'fr', 'client_name', `Premier gros déploiement de nos capteurs chez Société Générique : 40 hectares de vignes équipés en deux semaines, sous la pluie, avec le sourire. Merci à leur chef de culture pour l'accueil 🍇`],
  ['linkedin', 'fr', 'financial', `Petite fierté d'équipe : on a franchi ce mois-ci le cap des 600 k€ de revenus récurrents annuels. On en reparlera quand la levée sera bouclée 😉`],
  ['linkedin', 'fr', '', `On recrute ! Ingénieur·e systèmes embarqués, CDI à Montpellier, 48 à 55 k€ brut annuel selon expérience, télétravail 2 j/semaine. Envoyez CV et lien GitHub à jobs@vignoscope.fr`],
  ['linkedin', 'fr', 'confidential_marker codename', `[INTERNE – NE PAS DIFFUSER] Roadmap Project Kestrel T1 2027 :
→ capteur d'humidité foliaire v2
→ appli hors connexion
→ export vers les logiciels de traçabilité
Feedback bienvenu avant vendredi.`],
  ['linkedin', 'fr', 'client_name', `Super atelier hier avec l'équipe Initech sur l'intégration de nos données météo parcellaires dans leur ERP agricole. On démarre le pilote en janvier.`],
  ['linkedin', 'fr', '', `Réunion « process » de 2 h pour décider de la couleur d'un bouton. J'ai revu Office Space le soir même : l'agrafeuse rouge, les TPS reports… on a tous connu un Initech dans sa vie 😂 (pas chez nous hein)`],
  ['linkedin', 'fr', '', `Merci à la Région Occitanie pour la subvention de 150 000 € annoncée officiellement hier dans son communiqué de presse : elle financera nos essais sur le mildiou dans l'Hérault.`],
  ['linkedin', 'fr', 'financial', `Séminaire d'équipe bouclé : l'objectif 2027 est fixé entre deux millions et deux millions et demi d'euros de chiffre d'affaires. Ambitieux mais tenable. On garde ça au chaud jusqu'au board.`],

  // Moutarderie Bernier (Dijon mustard maker)
  ['linkedin', 'fr', 'national_id', `Bienvenue à Élodie Garnier qui rejoint l'atelier de conditionnement ! Pour la mutuelle : RH a bien reçu ton numéro de sécu (2 91 08 69 123 187 14), tu devrais avoir ta carte sous 15 jours.`],
  ['linkedin', 'fr', '', `Bonne nouvelle pour la filière : environ 12 000 tonnes de graines de moutarde récoltées en Bourgogne cette année selon l'Association des producteurs (chiffres publiés le mois dernier). De quoi remplir quelques pots !`],
  ['linkedin', 'fr', 'financial', `Entre nous : le prix de notre Dijon classique 370 g va prendre 9 % en mars. Les distributeurs ne sont pas encore prévenus, donc motus.`],
  ['x', 'fr', '', `Moutarde à l'ancienne + miel + vinaigre de cidre + huile de noix = la vinaigrette de ma grand-mère. Vous me remercierez.`],
  ['linkedin', 'fr', '', `Le secret d'une bonne moutarde de Dijon ? Du verjus, des graines bien broyées à la meule de pierre et de la patience. Rien de plus, rien de moins.`],
  ['linkedin', 'fr', 'financial', `Réunion commerciale de ce matin : on vise entre 18 et 20 M€ de ventes l'an prochain, export compris. L'objectif n'est pas communiqué à l'extérieur pour l'instant.`],
  ['linkedin', 'fr', 'phone', `Visites de la fabrique pour les écoles : réservation auprès de Claire, notre responsable accueil, sur son portable au 06 71 39 82 44 (plutôt le matin).`],
  ['linkedin', 'fr', '', `Les visites de la fabrique reprennent le 6 janvier ! Réservations au 03 80 44 12 00 (standard, du lundi au vendredi) ou directement sur notre site.`],
  ['linkedin', 'fr', 'national_id phone', `Note RH pour la paie de décembre : Tomás (saisonnier, ligne 2) a enfin son NIE : Y4728391L. Si besoin de le joindre avant lundi, son mobile espagnol : +34 612 48 93 27.`],

  // Armorsec (Rennes cybersecurity)
  ['linkedin', 'fr', '', `Rappel de l'équipe SOC : un mot de passe comme « Azerty123! » tombe en quelques secondes face à une attaque par dictionnaire. Passez aux phrases de passe et à un gestionnaire de mots de passe. Et activez la double authentification partout.`],
  ['linkedin', 'fr', '', `TLP:CLEAR — notre analyse de la campagne d'hameçonnage qui usurpe l'identité des impôts est libre de diffusion. Partagez-la à vos proches, surtout les moins technophiles.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER – indicateurs de l'incident traité ce week-end chez un établissement de santé : IP 185.220.101.4, domaine ma-banque-securite[.]com, hash du dropper en commentaire. Ne pas partager au-delà de vos équipes sécurité.`],
  ['linkedin', 'fr', 'secret', `Cas d'école vu cette semaine en audit : un développeur avait poussé sa clé AWS dans un dépôt public. AKIAZ7MX4QPLR2TB6NWE, secret associé 9vKq2Lm8XwT4zR7bN1pY6cJ3dF0sH5gA2eU8iO1t. Elle a été exploitée en 11 minutes pour miner de la crypto.`],
  ['linkedin', 'fr', '', `Dans la documentation AWS, la clé AKIAIOSFODNN7EXAMPLE sert d'exemple. Si vous la voyez passer dans vos logs, ce n'est pas une fuite, c'est un copier-coller de tuto. Vérifiez quand même le reste du fichier 😉`],
  ['x', 'fr', '', `Encore un « URGENT : votre colis est bloqué » ce matin. Le lien pointe vers colis-suivi-fr[.]top. Ne cliquez pas, signalez au 33700. #phishing`],
  ['x', 'fr', 'financial', `On a clôturé l'exercice à 9,4 M€ de CA 🎉 Le communiqué officiel sort en mars, chut 🤫`],
  ['linkedin', 'fr', '', `Notre levée de 12 M€ annoncée ce matin dans Les Echos est enfin publique ! Merci à nos investisseurs et à toute l'équipe qui a tenu le rythme pendant ces six mois de due diligence.`],
  ['linkedin', 'fr', 'email', `Chercheurs en sécurité : si vous trouvez une faille dans nos produits, écrivez-moi directement à yann.le-goff@armorsec.bzh, je réponds sous 24 h et on vous crédite dans l'avis.`],
  ['linkedin', 'fr', '', `Divulgation responsable : security@armorsec.bzh, clé PGP disponible sur notre site. Programme de bug bounty ouvert à tous depuis lundi.`],

  // Gomme Avenir (Clermont-Ferrand tyre recycling)
  ['linkedin', 'fr', 'financial', `Bilan interne de novembre : 14 200 pneus recyclés et un coût de traitement ramené à 1,85 € le pneu contre 2,40 € l'an dernier. Chiffres encore à valider par le groupe, mais quelle progression !`],
  ['linkedin', 'fr', '', `Selon le dernier rapport de l'ADEME, la France a collecté environ 500 000 tonnes de pneus usagés en 2024. On en traite une petite part ici à Clermont, et on en est fiers.`],
  ['linkedin', 'fr', 'codename', `Le pilote Nébula (granulats recyclés pour terrains de sport) démarre lundi sur la ligne 2. On ne peut pas en dire plus avant le lancement, mais l'équipe est surexcitée.`],
  ['linkedin', 'fr', 'email', `Après 12 ans chez Gomme Avenir, je tourne la page. Merci à tous pour ces années de poussière noire et de fous rires. Pour garder le contact : bruno.fayolle63@orange.fr`],
  ['linkedin', 'fr', '', `Je suis en congés du 22/12 au 02/01. Pour toute urgence, merci de contacter le standard au 04 73 98 20 00. Bonnes fêtes !`],
  ['linkedin', 'fr', 'internal_url', `Les plannings d'astreinte 2027 sont dispo sur l'intranet : https://intranet.gomme-avenir.local/planning/2027 — vérifiez vos créneaux avant le 15 svp.`],
  ['linkedin', 'fr', '', `Tout le process de valorisation est expliqué sur notre site : https://www.gomme-avenir.fr/recyclage. Du pneu au granulat en 6 étapes.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Extrait du rapport trimestriel (confidentiel, ne pas transférer) : le site a perdu 310 000 € sur le premier semestre à cause de la panne du broyeur principal. La bonne nouvelle, c'est qu'il est réparé.`],
  ['linkedin', 'fr', '', `Vendredi, ciné-club de l'usine : « Le Secret de la chambre noire » de Kiyoshi Kurosawa. Pop-corn offert, venez nombreux.`],

  // Assurnord (Lille insurance broker)
  ['linkedin', 'fr', '', `Sinistre auto ou habitation ? Notre plateforme répond 24 h/24 au 03 28 52 40 10. Gardez ce numéro dans votre téléphone, on ne sait jamais.`],
  ['linkedin', 'fr', 'phone', `Bonjour Monsieur Dumont, votre conseillère Sandrine va vous rappeler dans la journée. Si vous préférez, voici sa ligne directe : 07 81 23 45 67.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'client_name financial', `Renouvellement signé avec l'Hôpital Sainte-Claire 🏥 : 1,2 M€ de primes annuelles, +15 % par rapport au contrat précédent. Belle fin d'année pour l'équipe grands comptes.`],
  ['linkedin', 'fr', '', `Avant de signer une assurance emprunteur, comparez le TAEA et pas seulement la mensualité. Depuis la loi Lemoine, vous pouvez en changer à tout moment, sans frais.`],
  ['x', 'fr', 'client_name', `Merci Globex pour votre confiance : on assure désormais toute votre flotte de 300 véhicules 🚗🚚`],
  ['linkedin', 'fr', 'national_id', `Dossier sinistre de M. Kowalski (ressortissant polonais), PESEL 88071512349, contrat habitation n° 2024-88-117 : expertise validée, indemnisation en cours. Bravo à l'équipe pour la rapidité.`],
  ['linkedin', 'fr', '', `Votre numéro de sécurité sociale commence par 1 ou 2, suivi de l'année et du mois de naissance. Ne l'envoyez jamais par mail non chiffré, même à votre assureur !`],
  ['linkedin', 'fr', '', `Formation interne sur la saisie des dossiers : un NIR fictif comme 1 86 05 75 112 045 91 a une clé de contrôle fausse, notre outil le rejette immédiatement. Pratique pour tester.`],
  ['linkedin', 'fr', 'client_name', `Clôture du dossier inondation de la Société Générique : 4 mois de travail, 37 experts mobilisés, un client qui nous remercie. Ça fait du bien.`],
  ['linkedin', 'fr', '', `Société Générale a publié hier ses résultats du troisième trimestre ; pour nos clients épargnants en assurance-vie, aucun impact sur les contrats en cours.`],
  ['x', 'fr', 'financial', `Ratio combiné à 94 % sur 9 mois, -3 pts vs 2025 💪 (chiffre interne, publication en avril, on se calme)`],

  // Léman Ledger (Geneva banking back-office software)
  ['linkedin', 'fr', 'iban', `Avis à nos clients : suite au changement d'établissement bancaire, merci de régler désormais nos factures sur le compte CH23 0076 7000 5382 9471 5 (Léman Ledger SA, Genève).`],
  ['linkedin', 'fr', '', `Dans nos démos et nos tests, on utilise l'IBAN d'exemple publié par SIX dans la documentation suisse, CH93 0076 2011 6238 5295 7. Ce n'est le compte de personne, promis.`],
  ['linkedin', 'fr', 'confidential_marker', `Petite photo du mémo « STRICTEMENT CONFIDENTIEL – usage interne » sur la migration ISO 20022 : bravo à l'équipe qui a bouclé la phase 1 avec deux semaines d'avance !`],
  ['linkedin', 'fr', '', `La BNS a maintenu son taux directeur à 0 % jeudi. Pour nos clients banques, ça change peu de choses à court terme côté paramétrage.`],
  ['linkedin', 'fr', '', `Pour ceux qui tradent des futures : CME Globex sera fermé jeudi pour Thanksgiving. Pensez à décaler vos batchs de réconciliation.`],
  ['linkedin', 'fr', 'national_id', `Test de l'ouverture de compte en production avec mes propres données (n° AVS 756.9283.7461.57) : le parcours passe en 4 minutes. Objectif 3 pour janvier.`],
  ['linkedin', 'fr', 'card', `Incident de vendredi : un fichier de log de recette contenait le PAN 5190 3600 6256 3520 en clair. Purgé, déclaré, mais rappel à tous : masquage obligatoire dès l'ingestion.`],
  ['linkedin', 'fr', '', `Pour vos tests d'intégration, utilisez les numéros de test publiés par les réseaux (4111 1111 1111 1111 pour Visa), jamais une vraie carte, même la vôtre.`],
  ['linkedin', 'fr', 'financial', `Petite info de couloir : notre valorisation pour le prochain tour serait autour de 120 millions de francs. Rien n'est signé, donc on croise les doigts en silence.`],
  ['linkedin', 'fr', 'email', `Bonjour, je transmets votre demande à mon collègue de l'équipe intégration, vous pouvez aussi lui écrire directement : marc.rochat@lemanledger.ch`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Dernier jour chez Léman Ledger après six belles années. Merci pour la confiance, les mises en prod du vendredi (si, si) et les fondues de décembre.`],
  ['linkedin', 'fr', 'phone', `Absent jusqu'au 8 janvier. Pour un incident client critique, le collègue d'astreinte est Nicolas Favre, +41 79 432 18 07. Pour le reste, ça attendra 🙂`],

  // Polyglotte & Co (Brussels translation agency)
  ['linkedin', 'fr', 'financial', `Record battu : 3,1 millions de mots traduits en octobre, pour un chiffre d'affaires mensuel de 285 000 €. Merci l'équipe ! (chiffres internes, la communication officielle c'est en février)`],
  ['linkedin', 'fr', 'national_id', `Traduction jurée du jour : acte de naissance et carte d'identité de Mme Peeters, numéro national 85.07.30-123.35, livrés en 24 h au tribunal ✅ Quelle équipe.`],
  ['linkedin', 'fr', '', `On cherche des traducteurs·rices NL>FR freelance. Tarif de base 0,12 €/mot selon notre grille publique. Écrivez à freelances@polyglotte.be`],
  ['linkedin', 'fr', 'phone email', `Absente jusqu'au 6/01. Pour les dossiers urgents, voyez ma collègue Inès Lambert : ines.lambert@polyglotte.be ou +32 478 12 34 56.`],
  ['linkedin', 'fr', '', `Sondage du vendredi : vous relisez plutôt sur écran ou sur papier ? 🖥️ Écran / 📄 Papier / 🙈 Je ne relis pas (mauvaise réponse)`],
  ['linkedin', 'fr', 'internal_url', `Les glossaires clients sont désormais centralisés au même endroit : https://glossaires.acme-corp.net/clients — fini les 14 versions du même Excel.`],
  ['linkedin', 'fr', 'iban', `Freelances : nos coordonnées bancaires changent, vos paiements partiront désormais du compte BE57 5390 0754 7135. Merci de vérifier que vos factures mentionnent bien le bon bénéficiaire.`],
  ['linkedin', 'fr', '', `Dans notre guide de traduction financière, on cite l'IBAN belge d'exemple BE68 5390 0754 7034, celui qui figure dans la norme. Traduisez « IBAN », pas les chiffres 😉`],
  ['linkedin', 'fr', 'financial', `Le contrôle de gestion a rendu son verdict : -85 k€ sur le contrat avec l'institution européenne. On en tire les leçons sur nos devis au forfait.`],

  // Studio Pixelbrume (Montréal game studio)
  ['linkedin', 'fr', 'codename', `Playtest interne d'Atlas Bleu ce vendredi : 42 bogues trouvés, trois fous rires, un clavier cassé. On avance !`],
  ['linkedin', 'fr', '', `Quelqu'un d'autre a traîné un gros atlas bleu du Québec dans son sac d'école au primaire ? C'est l'inspiration de nos nouveaux décors 🗺️`],
  ['x', 'fr', 'internal_url', `Build 0.9.3 dispo pour l'équipe QA : http://builds.corp.acme.com/pixelbrume/nightly 🎮 Signalez tout ce qui plante.`],
  ['linkedin', 'fr', '', `Nous embauchons un·e artiste 3D senior ! Salaire de 75 000 à 90 000 $ par année, mode hybride à Montréal, assurances collectives dès le premier jour.`],
  ['linkedin', 'fr', 'financial', `Le budget de production de notre prochain jeu a été approuvé hier par le CA : 6,5 M$. On va recruter en conséquence, surveillez nos offres.`],
  ['linkedin', 'fr', '', `Notre jeu précédent s'est vendu à 1,2 million d'exemplaires, comme annoncé par notre éditeur lors du PAX. Merci aux joueuses et joueurs !`],
  ['linkedin', 'fr', 'financial', `D'après les projections de l'éditeur qu'on a reçues hier, on dépasserait 4 M$ de ventes la première semaine. Croisons les doigts 🤞`],
  ['linkedin', 'fr', 'codename client_name', `Atlas Bleu sera d'abord montré à Globex en séance privée avant l'annonce publique. Grosse pression sur la démo !`],
  ['linkedin', 'fr', '', `Le vaisseau Orion d'Artemis II sur fond de Terre : quelle claque visuelle. Nos artistes environnement sont en transe depuis ce matin.`],
  ['linkedin', 'fr', 'internal_url secret', `Pour brancher votre moteur local sur la base de dev des assets : postgres://pixel_admin:Brume2026!@10.0.14.22:5432/assets. Demandez à Léa si ça coince.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier d'immigration de notre nouvelle animatrice, les RH ont bien reçu son NAS (046 183 927). Bienvenue Camila, on a hâte !`],
  ['linkedin', 'fr', 'phone', `Je suis en congé parental jusqu'en mars. Pour les questions sur la cinématique d'ouverture, appelez Jérémie au 514 882-3017.`],

  // KoriPay (Abidjan mobile money)
  ['linkedin', 'fr', 'card', `Bonjour Madame Diallo, pour le remboursement on a retrouvé votre paiement par la carte 3502 0809 1861 8801 du 14/11. Le recrédit est fait, comptez 3 à 5 jours.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret', `Jeton d'API du tableau de bord partenaires, pour ceux qui n'arrivaient pas à se connecter ce matin : kp_prod_7Hq2Xn9LwR4mT8vB3zK6yP1dF5sJ0cA. Merci de ne pas le mettre dans vos scripts perso.`],
  ['linkedin', 'fr', 'phone', `Chers marchands d'Abobo, votre agente terrain Aya Koné est joignable au +225 07 58 42 19 63 pour l'installation des QR codes. Bonne fin d'année à tous !`],
  ['linkedin', 'fr', '', `Attention : KoriPay ne vous demandera JAMAIS votre code secret par SMS ou par appel. Notre seul service client officiel : le 1313, gratuit depuis tous les réseaux.`],
  ['linkedin', 'fr', 'financial', `Volume traité en novembre : 41 milliards de FCFA, en hausse de 27 %. On attend le feu vert du régulateur pour le publier, donc gardez ça pour vous.`],
  ['linkedin', 'fr', '', `Selon le rapport annuel de la GSMA publié en mars, l'Afrique subsaharienne représente environ deux tiers des transactions de mobile money dans le monde. Et on y contribue chaque jour.`],
  ['linkedin', 'fr', 'card', `Bonjour Monsieur Traoré, nous avons bien activé votre carte virtuelle 4175 3590 8945 7148 (expiration 09/28). Vous pouvez l'utiliser dès maintenant pour vos achats en ligne.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Recrutement : responsable conformité (H/F) à Abidjan, salaire de 1 200 000 à 1 500 000 FCFA par mois selon profil. Postulez sur koripay.ci/carrieres`],
  ['linkedin', 'fr', 'iban', `Nos partenaires en France peuvent désormais régler les commissions sur notre compte : FR76 3000 4018 2200 0123 4567 869. Merci de mentionner votre code partenaire.`],
  ['linkedin', 'fr', '', `Arnaque en cours : un SMS vous demande de « régulariser » votre compte en virant 25 000 FCFA sur l'IBAN FR76 3000 4018 2200 0123 4567 860. Ce n'est pas nous. Ne payez rien.`],
  ['linkedin', 'fr', 'financial', `Notes du codir :
- marge nette T3 : 6,2 %
- objectif 8 % fin 2027
- ouverture au Burkina reportée
Pas encore partagé avec les investisseurs.`],
  ['linkedin', 'fr', 'secret', `Webhook de test pour l'équipe produit (canal #alertes-paiement) : https://hooks.slack.com/services/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 — ne pas spammer 😅`],
  ['linkedin', 'fr', 'iban', `Rappel aux franchisés : le loyer de la cuverie se règle désormais sur le compte de la coopérative FR76 1751 5900 0008 1234 5671 275 avant le 5 du mois. Merci !`],
  ['linkedin', 'fr', 'internal_url client_name', `Tous les comptes rendus de chantier pour l'Hôpital Sainte-Claire sont sur https://sharepoint.corp.acme.com/sites/chantiers/sainte-claire — pensez à y déposer vos photos.`],
  ['x', 'fr', 'codename', `Démo de Nébula au comité ce matin : validé à l'unanimité 🙌 Maintenant il faut le construire.`],
  // Northway Fulfilment (Manchester 3PL)
  ['linkedin', 'en', '', `Peak season DONE. 1.3 million parcels out the door in November and not a single missed carrier cut-off. So proud of the Trafford Park crew 👏`],
  ['linkedin', 'en', 'financial', `Quick one from today's ops review: contribution margin per order is down to £0.42 from £0.61 in Q2. We need to sort pick rates before the board sees the Q4 pack.`],
  ['linkedin', 'en', 'phone', `Out of office until 5 Jan. For anything urgent on the Salford site, call Darren on 07842 316905. Merry Christmas all!`],
  ['linkedin', 'en', '', `Customer queries: 0161 496 0000 (main line, 8am-8pm) or hello@northwayfulfilment.co.uk. We're here all through the festive period.`],
  ['linkedin', 'en', 'client_name', `We've just gone live with Globex's UK returns operation: 12 docks, 40 new starters, one very long week. Thanks to everyone who pulled extra shifts.`],
  ['linkedin', 'en', 'internal_url', `WMS outage write-up: root cause was a full disk on the label-printer server, 47 minutes of downtime, no orders lost. Full timeline at https://status.corp.acme.com/incidents/4471`],
  ['linkedin', 'en', '', `We're hiring! Night Shift Manager at our Trafford Park site, £38,000–£42,000 plus shift allowance and 25 days holiday. Apply through our careers page.`],
  ['linkedin', 'en', 'financial', `Heads up team: the Leeds site lease renewal came in at £1.1m a year. Finance is pushing back, so don't mention it to the landlord's agent if they call.`],
  ['linkedin', 'en', '', `Personal milestone: paid off my student loan today 🎉 £27k over nine years. Feels good to see that balance hit zero.`],
  ['linkedin', 'en', 'internal_url', `For the analysts: pick-path heatmaps are running on the dev box at http://wms-dev01.northway.internal:8080/heatmap, shout if it's down.`],
  ['x', 'en', 'confidential_marker', `Posting the INTERNAL USE ONLY rota here because the WhatsApp group is chaos: Mon/Tue A-team, Wed/Thu B-team, Fri skeleton crew. Nights unchanged.`],
  ['linkedin', 'en', '', `For our training videos we use 07700 900461 — one of the numbers Ofcom reserves for drama, so nobody gets a surprise call.`],

  // Harp Payments (Dublin fintech)
  ['linkedin', 'en', 'secret', `PSA to the platform team: the staging deploy token is ghp_R8x2Kq9LmT4vZ7nB1wY5cJ3pD6fH0sQ2aE8u, I'll rotate it after Thursday's demo.`],
  ['linkedin', 'en', '', `Our €40M Series B, announced in the Irish Times this morning, is finally public! Thank you to every customer, investor and teammate who believed in us.`],
  ['linkedin', 'en', 'financial', `Between us: we closed November at €2.7M in monthly processing revenue, best month ever. Official numbers at the Q4 all-hands in January.`],
  ['linkedin', 'en', 'iban', `Supplier update: from 1 January please pay Harp Payments invoices to IE29 AIBK 9311 5212 3456 78. Our old account closes at the end of February.`],
  ['linkedin', 'en', '', `Never share your card's CVV or one-time passcode. Harp will never ask for them by phone, email or DM. Report anything suspicious to fraud@harppayments.ie`],
  ['linkedin', 'en', 'card', `Thanks Conor, I can see card 4637 4269 9948 5949 was declined because of a 3-D Secure timeout. I've reset it, please try again in 10 minutes.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Aoife, so sorry about the declined payment! For your security please don't post card details here — send us a DM and we'll look into the card ending 5949.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Poll: what's the most annoying thing about paying abroad? 💸 FX fees / 🚫 declined cards / 🐌 slow transfers / 😩 all of the above`],
  ['x', 'en', '', `Got an SMS saying your Harp card 4616 0914 8020 4617 was "suspended"? Scam. That's not even a real card number. Delete it.`],
  ['linkedin', 'en', 'phone', `I'm off until the 7th. If a merchant integration breaks, my colleague Niamh is covering: +353 87 214 6631.`],

  // Glenmorrow Distillery (Speyside)
  ['linkedin', 'en', 'national_id', `New starter paperwork for the bottling hall is all in. Welcome aboard Callum! (HR: NI number JK 48 27 19 C received, P45 still to come.)`],
  ['linkedin', 'en', 'codename', `Cask samples for Project Kestrel tasted today. Fourteen years old, finished in ex-Sauternes barrels. That's all I'm allowed to say 🥃`],
  ['linkedin', 'en', '', `A kestrel hovering over the bonded warehouses this morning, hunting along the burn. Best office view in Scotland, no contest.`],
  ['linkedin', 'en', 'financial', `Board just signed off £8.5m for the new stillhouse. Construction starts in spring, the announcement will follow once planning is through.`],
  ['linkedin', 'en', '', `Our 18-year-old is £89 at the distillery shop and on our website. Limited to two bottles per customer this Christmas.`],
  ['linkedin', 'en', '', `Our charity cask auction raised £64,000 for Macmillan Cancer Support. Thank you to every single bidder!`],
  ['linkedin', 'en', 'phone email', `Planning a group visit? Our visitor centre manager Fiona McLeod will sort you out: fiona.mcleod@glenmorrow.scot or 07712 409385.`],
  ['linkedin', 'en', '', `The Scotch Whisky Association's published export figures show the US and France are still our industry's biggest markets. Lots to think about with tariffs.`],
  ['linkedin', 'en', 'confidential_marker', `Under embargo until 10 February: our new 25-year-old has just won Best Speyside Single Malt at the World Whiskies Awards. Please don't share yet!`],

  // Sonnendach (Berlin solar-roof installer)
  ['linkedin', 'en', 'financial', `Team update: order intake for Q4 stands at €14.6m, a third above plan. Please don't share this outside the company until the group results are out.`],
  ['linkedin', 'en', 'phone', `Installer on call this weekend for the Brandenburg sites: Lukas, +49 151 4827 3306. Please only call for roof emergencies.`],
  ['linkedin', 'en', '', `The current feed-in tariff for small rooftop systems is published by the Bundesnetzagentur. Check the rate yourself before signing anything with anyone, including us.`],
  ['linkedin', 'en', 'iban', `Dear customers, our bank details have changed. Please pay deposits and final invoices to DE18 3704 0044 0532 0130 17 (Sonnendach GmbH). Thanks!`],
  ['linkedin', 'en', '', `Heads-up for devs: DE89 3704 0044 0532 0130 00 is the example IBAN you'll find in every German banking tutorial. Our test suite uses it, so don't panic when you see it in fixtures.`],
  ['linkedin', 'en', 'confidential_marker', `Sharing a slide from our "INTERNAL ONLY – do not forward" partner deck because I'm ridiculously proud of the design 😅 Credit to Jana from marketing.`],
  ['linkedin', 'en', '', `Watched "Official Secrets" on the flight back from Intersolar. Not about solar at all, but a great film about what happens when you leak a memo.`],
  ['linkedin', 'en', '', `According to the Fraunhofer ISE study on electricity generation costs, small rooftop PV in Germany comes in at roughly 5 to 11 cents per kWh. Cheaper than grid power for most households.`],
  ['linkedin', 'en', 'financial', `Town hall today: bonuses will pay out at 70% of target this year. Not what anyone hoped for, but at least they were upfront about it.`],

  // Casaflow (Madrid proptech)
  ['linkedin', 'en', 'national_id', `Tenant-screening demo with a real applicant file (DNI 48291736Q) went smoothly, the landlord signed on the spot.`],
  ['linkedin', 'en', '', `Our signup form now checks the control letter: DNI 48291736A fails, as it should. Small thing, huge reduction in typos.`],
  ['linkedin', 'en', 'financial', `Burn is down to €310k a month after the restructuring, runway now 22 months. Not public yet, keep it in the team please.`],
  ['linkedin', 'en', '', `Madrid rents are up 12% year on year according to Idealista's November report. Here's what that means if you're renting for the first time 🧵`],
  ['linkedin', 'en', 'client_name', `Initech's Madrid office move is finally done: 220 desks, one weekend, zero lost monitors. Great work by the facilities crew.`],
  ['linkedin', 'en', 'iban', `Tenants of the Calle Alcalá building: from January, rent goes to ES89 0049 1806 9220 1123 4567. Your standing order needs updating.`],
  ['linkedin', 'en', '', `In our API docs we show ES91 2100 0418 4502 0005 1332, the standard example Spanish IBAN. Please don't actually send money to it 😅`],
  ['linkedin', 'en', '', `We're hiring a Product Designer in Madrid: €45k–55k plus equity, hybrid. DM me or apply on our careers page!`],
  ['linkedin', 'en', 'internal_url', `Q1 OKRs are finally written down. Comments welcome on the ticket: https://jira.corp.acme.com/browse/CASA-1182`],
  ['linkedin', 'en', '', `Our open-source address parser is on GitHub (github.com/casaflow/direcciones). PRs welcome, especially for Catalan street names.`],
  ['linkedin', 'en', '', `Embargo lifted! Our 2026 Spanish rental market report is now public. Link in the comments.`],

  // Havrelab (Stockholm oat-drink foodtech)
  ['linkedin', 'en', 'codename', `Nébula oat base passed the barista foam test today 🎉 Launch date still under wraps, but the baristas were impressed.`],
  ['linkedin', 'en', '', `Stockholm's sky last night was so clear you could see the Orion Nebula with a cheap pair of binoculars. Worth freezing for.`],
  ['linkedin', 'en', 'financial', `We're pricing the new 1L to retailers at 32 SEK, up from 27. The letters go out next month, so not a word to the buyers yet.`],
  ['linkedin', 'en', '', `Recommended retail price of our oat drink is 24.90 SEK at ICA and Coop, same as on our website. Prices in other shops may vary.`],
  ['linkedin', 'en', 'national_id', `Payroll reminder pasted from HR: new hire Sara Lindqvist, personnummer 850412-1230, starts Monday in R&D. Please set up her badge.`],
  ['linkedin', 'en', '', `In demos we only ever use Skatteverket's test personnummer 19121212-1212 (good old Tolvan Tolvansson), never a real one.`],
  ['linkedin', 'en', 'email', `Moving on after five lovely years at Havrelab 💚 If you want to stay in touch, I'm at erik.sandberg.home@gmail.com`],
  ['x', 'en', 'financial', `Kinda wild that we'll do ~SEK 90m revenue this year, up from 40. Can't say more until the annual report 🤐`],
  ['linkedin', 'en', 'phone', `Press visits to the pilot plant: Linnea handles all of them, her mobile is +46 70 318 22 45.`],

  // VoltLane (Austin EV charging)
  ['linkedin', 'en', 'secret', `Deploy notes for the OCPP backend: switched to the new prod key vl_live_9fK2mQ7xR4tB8wZ1nL5pC3vH6yD0sJ, old one revoked at midnight.`],
  ['linkedin', 'en', '', `We charge $0.39/kWh at every Austin station. It's posted on each charger and in the app, no surprises.`],
  ['linkedin', 'en', 'financial', `Internal KPIs: station utilisation hit 23% in November and we're finally EBITDA-positive at site level, roughly $140K for the month. Don't share yet!`],
  ['linkedin', 'en', 'phone', `Site lead for the Round Rock install is Marisol. Text her at (512) 784-2291 if the electrical contractor doesn't show up.`],
  ['linkedin', 'en', '', `Stuck at a charger? Our 24/7 driver support line is printed on every unit: (888) 865-2630.`],
  ['linkedin', 'en', 'internal_url', `Grafana dashboard for the Mueller pilot: http://10.20.1.15:3000/d/chargers/overview — ping me for a login.`],
  ['linkedin', 'en', 'national_id', `Background-check vendor mailed my form back with my SSN 412-58-3907 printed on the cover page. HR, please find a new vendor.`],
  ['linkedin', 'en', '', `Fun fact from our privacy training: SSN 078-05-1120 was printed on sample cards sold in wallets in 1938, and thousands of people used it as their own.`],
  ['linkedin', 'en', 'financial', `Saw the board deck: Series C target is $60–75M at a $400M pre-money. Nothing's final, but wow.`],
  ['linkedin', 'en', '', `ChargePoint's latest quarterly filing with the SEC shows how tough the charging business still is. We read every line so you don't have to.`],
  ['x', 'en', '', `New site open at Mueller! 8 DC fast chargers, 350 kW each. Come say hi ⚡`],
  ['linkedin', 'en', 'card', `Hi Dana, we can see the duplicate charge on your Discover card 6011 7127 7020 1857 from 11/28. The refund has been issued and should land in 3-5 business days.`, { surface: 'comment' }],

  // Tarka Analytics (Bangalore SaaS)
  ['linkedin', 'en', 'codename client_name', `Orion dashboards rolled out to Société Générique's risk team today 🚀 Six months of work, one smooth go-live.`],
  ['linkedin', 'en', '', `For the space nerds: NASA's Orion capsule uses an Avcoat heat shield, and the Artemis II crew will test it on the way back. Our data team is following every minute.`],
  ['linkedin', 'en', 'financial', `ARR crossed ₹48 crore this quarter. We'll tell the full story when the round closes.`],
  ['linkedin', 'en', '', `Hiring: Senior Data Engineer, Bangalore, ₹35–45 LPA, hybrid. Referrals welcome!`],
  ['linkedin', 'en', 'phone', `Walk-in drive this Saturday at our Koramangala office. Questions? Call our recruiter Priya on +91 98450 12873.`],
  ['linkedin', 'en', '', `Aadhaar masking 101: only the last four digits (XXXX XXXX 4821) should ever appear on a printout or a screen. Everything else is a compliance incident.`],
  ['linkedin', 'en', 'confidential_marker', `Screenshot from our "Confidential – Customer Data" runbook, because the on-call team followed it to the letter last night and recovered the cluster in 18 minutes.`],
  ['linkedin', 'en', 'secret', `Debugging with the team at 2am, here's the .env that saved us 😂
DB_HOST=db-primary
DB_PASSWORD=Tk!9vQ2#mL7x
Never again.`],
  ['linkedin', 'en', '', `Your .env should never be committed. Add it to .gitignore and use a secret manager. DB_PASSWORD=changeme is a placeholder, not a strategy.`],
  ['x', 'en', 'codename', `Shipping Orion v2 to beta users tomorrow. Long quarter. Coffee.`],
  ['linkedin', 'en', 'email', `Action items from today's sync:
- Rahul to loop in ankit.sharma@tarka-analytics.in on the SSO migration
- Meera to update the runbook
- next sync Thursday`],
  ['linkedin', 'en', '', `Phishing-sim tip: an address template like firstname.lastname@example.com is fine for training decks. Don't run sims on real staff without consent.`],

  // Saltline (Sydney surfwear)
  ['linkedin', 'en', 'email', `For wholesale enquiries, contact me directly at jess.nguyen@saltline.com.au and I'll send the winter lookbook.`],
  ['linkedin', 'en', '', `Returns are easy: email returns@saltline.com.au with your order number and we'll sort it within 48h 🌊`],
  ['linkedin', 'en', 'financial', `Black Friday did A$1.9m online, almost double last year!! Numbers are for the team only until the Q2 update.`],
  ['linkedin', 'en', '', `The new boardshorts land in store and online from Friday, A$89.95. Made from recycled fishing nets.`],
  ['x', 'en', '', `Secret spot? Never telling 🤫🏄‍♀️`],
  ['linkedin', 'en', 'card', `Note to self and the dev team: the POS test log had 2221 6719 4826 8856 in plain text. Fixed, reported to the bank, card replaced.`],
  ['linkedin', 'en', '', `Our checkout tests use 4242 4242 4242 4242, Stripe's test card. Never paste a real card number into a support ticket.`],
  ['linkedin', 'en', 'client_name financial', `Locked in the Globex staff-uniform deal: A$480k over two years!! Champagne (well, beer) tonight 🍻`],
  ['linkedin', 'en', 'phone', `Heading out to the trade show in Bali. If the Bondi store needs anything, call Tom on 0412 883 109.`],

  // Straits Marine Underwriters (Singapore)
  ['linkedin', 'en', 'phone', `Claims desk out of hours this week: you can reach me on my mobile, +65 9123 4876.`],
  ['linkedin', 'en', 'financial', `We're quoting 0.7% of hull value for Red Sea transits from Monday. Brokers hear tomorrow, so please hold off until then.`],
  ['linkedin', 'en', '', `Lloyd's published its annual results last week and the market's combined ratio stayed comfortably below 100%. A good sign for capacity next year.`],
  ['linkedin', 'en', 'confidential_marker client_name', `Strictly Private & Confidential: Globex fleet renewal terms agreed in principle, documents to follow. Great job by the hull team.`],
  ['linkedin', 'en', 'national_id', `Crew list pasted for the P&I cover: Bosun Ricardo Alves, CPF 529.471.836-73, joining the vessel in Santos on the 14th.`],
  ['linkedin', 'en', 'secret', `Visitor Wi-Fi at our Raffles Place office: network SMU-Guest, password Merlion!2026. See you at the open day.`],
  ['linkedin', 'en', 'email', `Hi Mr Tan, please send the survey report directly to my colleague wei.ling.goh@straitsmarine.sg so she can open the claim today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `MAS publishes its guidelines on technology risk management on its website. Worth a read for every insurer in the region.`],
  ['linkedin', 'en', 'financial', `Keep this between us: cargo loss ratio is running 4.2 points worse than plan and we're topping up reserves by SGD 3.6 million before year end.`],

  // Occhiali Brera (Milan eyewear)
  ['linkedin', 'en', 'national_id', `Codice fiscale for the new Brera boutique manager: BRNGLI88M52F205D. Sent to payroll, she starts on the 8th.`],
  ['linkedin', 'en', '', `Our frames start at €149 in all Milan boutiques. Handmade in Cadore, as always.`],
  ['linkedin', 'en', 'financial', `Meeting notes: EBITDA margin 17.8% YTD, target 20% next year. Investor deck not final, do not circulate.`],
  ['linkedin', 'en', 'iban', `Payment details for the Paris trunk-show deposit: IT81 X030 6909 6061 0000 0065 432, beneficiary Occhiali Brera Srl.`],
  ['linkedin', 'en', '', `Ciao Laura, sorry for the delay! Please email customercare@occhialibrera.it with your order number and we'll replace the hinge free of charge.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Ciao Marco, we found your order paid with the Amex 3772 965077 49223 and the refund is on its way. Grazie for your patience!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Proud that our boutiques collected €18,500 for Milan's food bank this Christmas. Thank you to every customer who rounded up.`],
  ['linkedin', 'en', 'phone', `Private appointments at the Brera boutique: Giulia, our store manager, on +39 347 812 6690.`],

  // Kadegroen (Rotterdam green-roof contractor)
  ['linkedin', 'en', 'codename', `First sedum trays installed for Atlas Bleu on the Maas-side roof today. Photos soon, can't tell you whose roof yet 🌱`],
  ['linkedin', 'en', '', `The blue atlas cedar on our test roof survived last week's storm without a scratch. Tough tree, that one.`],
  ['linkedin', 'en', 'national_id', `Annoyed: my BSN 174293859 was printed on the site sign-in sheet for everyone to see. Raised it with the safety officer.`],
  ['linkedin', 'en', '', `Rotterdam subsidises green roofs at €30 per m² (see the gemeente's website). We'll help you with the application for free.`],
  ['linkedin', 'en', 'internal_url', `All roof surveys are now in one place: https://surveys.acme-corp.net/kadegroen/2026. Please stop emailing PDFs 🙏`],
  ['linkedin', 'en', 'financial', `Our bid for the Zuidplein roofs went in at €2.35m this morning. Fingers crossed for the award in January!`],
  ['linkedin', 'en', 'iban', `Subcontractors: please make sure invoices reference NL67 RABO 0312 8845 71 for payment under the new framework contract.`],
  ['linkedin', 'en', '', `NL91 ABNA 0417 1643 00 is the example IBAN used in practically every Dutch tutorial. Valid format, demo account, not ours.`],
  ['linkedin', 'en', 'financial', `Average margin per square metre dropped to seventeen euros this year, from twenty-two. Material costs are killing us.`],
  ['linkedin', 'en', '', `Out of office until 4 January. For quotes, use the form on our website; for site emergencies, the switchboard at +31 10 200 4400 is staffed throughout.`],
  ['linkedin', 'en', '', `Tip for landlords: a green roof can cut summer cooling needs noticeably, according to the TU Delft study published last spring. Ask us for the PDF.`],
  ['linkedin', 'en', 'card', `Expense claim tip from finance: if the corporate card fails, use the backup Visa 4353 6883 4492 8053 (exp 06/29) and flag it on the claim.`],
  ['linkedin', 'en', 'card', `Hi Priya, the charge on your Mastercard 5528 6987 3836 9274 was a pre-authorisation for the charger session, it drops off automatically within 7 days.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `Cheers to our new Vienna partner! For the co-op fund, transfers go to AT78 2011 1829 3847 6210, reference WINTER-COOP.`],
  ['linkedin', 'en', 'secret', `Incident review, honest version: the private key was pasted into the #deploy channel
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
-----END OPENSSH PRIVATE KEY-----
Rotated within the hour. Lesson learned.`],
  ['linkedin', 'en', 'email internal_url', `Onboarding checklist for new analysts: request VPN access from lena.hofmann@sonnendach.de, then log in to https://portal.acme-corp.net/onboarding and finish the security module.`],
  ['linkedin', 'en', 'client_name', `Big thanks to Initech's procurement team for a painless tender process. First deliveries to their Rotterdam warehouse roof in March.`],
]);
