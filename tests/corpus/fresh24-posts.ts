import { rows } from './corpus-types';

/**
 * Held-out set "fresh24": written 2026-12-04 (00:37-00:57 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, tests/checks/ or any corpus file other than corpus-types.ts (the policy and row types), the first
 * 45 lines of fresh17 for the header and row style (three more lines, fresh17's first row, were shown by a slip of a
 * line range) and index.ts to register the set; the repository was not grepped, and the checks, the scorer and vitest
 * were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh24`.
 * First scored 2026-12-04 00:57 UTC on the rules of ea30ff5 (findings identical to fd5a146's), before any fix from it:
 * confidentiality macro F1 0.977, 3.5 % of clean posts flagged (3 of 85); financial 0.905 (precision 0.974, recall 0.844),
 * confidential_marker 0.846 (precision 0.733), the 9 others 1.000.
 *
 * Authors (employees of 20 invented companies): a Grenoble ski-lift maintenance firm, a Roubaix textile-recycling plant,
 * a Montpellier beehive-sensor start-up, a Rennes lift-maintenance company, a Marseille ferry-ticketing software firm, a
 * Geneva archive-digitisation firm, a Brussels chocolate-mould maker, a Montréal snow-removal contractor, an Abidjan
 * cocoa-traceability company, a Lyon translation agency, a Manchester parking app, a Dublin veterinary-software firm, an
 * Edinburgh insurance-claims AI firm, a Bristol stage-lighting rental firm, an Austin pet insurer, a Singapore cold-chain
 * warehouse operator, a Nairobi avocado exporter, a Milan eyewear-frame maker, an Oslo EV-charging operator and a Berlin
 * escape-room chain. Forms: proud team updates, pasted board and leadership notes, chat lines pasted by mistake,
 * customer-service replies (surface 'comment'), job ads, X posts, a poll, event recaps, release notes (internal and
 * public), post-mortems and incident write-ups, a runbook, supplier bank-detail notices, HR and payroll notes, a
 * farewell, scam warnings and tips.
 *
 * Financial positives (45), each with a sign the figure is not public yet, phrased many ways: an order book before the
 * AGM or the annual report, a budget and a capex plan approved by a comex or board before the notice, a gross margin
 * before group consolidation, an EBITDA "autour de deux millions et demi" before the auditors, a half-year turnover in
 * words ("trois cent vingt millions de FCFA") before the auditor, a month's ticket sales and a month's revenue before
 * the official figures, ARR / churn / NRR in a fundraising deck, a pre-money valuation and a Series B before signature,
 * a fundraise in closing, sealed bids and tenders before the opening, a quote under negotiation, a contract win before
 * signature, a client renewal value, a pipeline, a payroll budget and a pay-rise envelope before the employees hear,
 * headcount cost per month, unit and service costs (per revision, per km, a sensor's cost price), price
 * rises and grower prices before customers are told, a drop in turnover kept for a seminar, an internal KPI poll, a
 * loss ratio, a draft export forecast, a forecast range, a customer-service reply leaking a price rise; in EUR, GBP,
 * USD, CAD, CHF, SGD, KES, NOK and FCFA. Financial look-alikes (about 25): published salary ranges in job ads, public
 * rate cards and regulated tariffs, published group results and a press release already out, other organisations'
 * figures with a source (city budget, FAO, export federations, a council report, another start-up's announced round,
 * a tender result published in the BOAMP), personal money (a student loan, a charity collection, a customer's claim
 * refund), a teaching example and an illustrative price-rise calculation.
 *
 * Other categories. email: named addresses, role mailboxes (devis@, collecte@, sav@, recrutement@, security@,
 * careers@) and obfuscated "[at] [point]", "(at) (dot)" forms; look-alikes are X handles, an npm scope and the reserved
 * name@example.com. phone: mobiles, direct lines, switchboards and hotlines in FR, BE, CA, CI, UK, IE, US, SG, KE, IT
 * and DE formats; look-alikes are 112, 15, 999, order, booking and SIRET numbers. iban (computed: exact country length
 * and mod-97, FR with its RIB key, BE with its mod-97 account check, ES with both control digits, IT with its CIN
 * letter, NO with its mod-11 digit): FR, CH, LU, BE, CI, ES, IE, GB, IT, NO, DE; look-alikes are the registry's GB29
 * NWBK example, the German DE89 3704 example, a masked FR IBAN and a scam IBAN with a wrong check. card (Luhn): Visa,
 * Mastercard 5- and 2-series, Amex, JCB, Diners, UnionPay 19 digits; look-alikes are Stripe's 4242, the 4111 Visa test
 * number, masked cards and an order number failing Luhn. national_id (checksums computed): French NIR, Spanish NIE,
 * Swiss AHV (EAN-13), Belgian national register number, Canadian SIN (Luhn), Italian codice fiscale, Singapore NRIC,
 * Norwegian fødselsnummer, Dutch BSN (11-test), Polish PESEL; UK NINO and US SSN by format; look-alikes are HMRC's QQ
 * NINO, the 1938 wallet SSN, the 046 454 286 example SIN, templates with X's and an explanation of the codice fiscale.
 * secret: AWS key pair, Slack bot token, SendGrid key, GitLab PAT, Stripe live key, GitHub classic and fine-grained
 * PATs, and unknown-format tokens after a keyword (api_key, OCPP_AUTH_TOKEN, device token) and a pasted password, some
 * "already rotated"; look-alikes are AWS's EXAMPLE key, a <VOTRE_JETON> placeholder, "password: ********" and
 * "the secret to". internal_url: the policy's internal domains, private IPs and a .local host; look-alikes
 * are public sites, public API docs and a public GitHub repo. confidential_marker: CONFIDENTIEL / NE PAS DIFFUSER,
 * Diffusion restreinte, DOCUMENT INTERNE, Compte rendu interne — ne pas transférer, Diffusion interne uniquement,
 * PRIVILEGED & CONFIDENTIAL, FOR INTERNAL USE ONLY, INTERNAL ONLY, RISERVATO — USO INTERNO, a press embargo and an
 * "announcement embargoed"; look-alikes are a privacy policy, a lifted embargo, the etymology of "embargo", L.A.
 * Confidential, a STRENG GEHEIM room decor, "le secret d'un bon entretien" and a rule about confidential documents.
 * codename and client_name use the policy's names in their company sense (a project, a module, a product line, a
 * client's site, contract or campus); look-alikes use them in their public sense (the constellation and the Orion
 * capsule, the Crab Nebula, a kestrel, a blue Atlas cedar, a birth at Hôpital Sainte-Claire, Initech in Office Space,
 * Globex in the Simpsons).
 *
 * Conventions: every written email address is labelled email, role mailboxes included (the reserved example.com
 * address in a documentation tip is the one exception, a documented example value); every written phone number is
 * labelled phone, switchboards and hotlines included (emergency short numbers are not phone numbers); a token that was
 * "rotated" or "revoked" is still labelled secret; a post carries every category a careful reviewer would flag.
 *
 * Counts: 225 posts (114 FR, 102 EN, 9 mixed; 15 on X, 12 comments): 85 clean, 140 with one or more findings (12 with
 * more than one). Labels: financial 45, national_id 12, phone 12, card 11, client_name 11, codename 11,
 * confidential_marker 11, email 11, iban 11, internal_url 11, secret 11.
 */
export const FRESH24_POSTS = rows('fresh24', [
  // — Grenoble ski-lift maintenance firm (Remontées Techniques Alpines, RTA)
  ['linkedin', 'fr', 'financial', `Belle fin d'année chez RTA 🚡 Le carnet de commandes atteint 14,2 M€ au 30 novembre, du jamais vu. On garde le chiffre pour nous jusqu'à l'assemblée générale de mars, mais je voulais remercier toute l'équipe maintenance de Grenoble et de Bourg-Saint-Maurice.`],
  ['linkedin', 'fr', '', `RTA recrute ! Technicien·ne remontées mécaniques H/F, CDI basé à Grenoble. Salaire : 32 à 38 k€ brut annuel selon expérience + prime de saison. Postulez via notre site www.rta-alpes.fr/carrieres.`],
  ['linkedin', 'fr', 'phone email', `Saison lancée ! Pour toute demande d'intervention urgente sur un télésiège, notre astreinte répond 24h/24 au 04 76 21 58 90. Pour les devis : devis@rta-alpes.fr`],
  ['linkedin', 'fr', 'financial codename internal_url', `Notes du comité de direction (copiées telles quelles, désolé si c'est long) :\n- Budget 2027 validé : 3,8 M€ pour le renouvellement des câbles porteurs\n- Projet Orion : essais sur le site de Val-Cenis décalés à janvier\n- Détail sur https://wiki.corp.acme.com/direction/cr-2026-12-02`],
  ['linkedin', 'fr', '', `Nuit claire au-dessus de Chamrousse hier soir : la constellation d'Orion juste au-dessus de la gare d'arrivée du télésiège. Ça valait le coup de rester après la fermeture ✨`],
  ['linkedin', 'fr', 'national_id', `Petit rappel RH pour les saisonniers : envoyez vos pièces par le portail, pas en commentaire. Exemple de ce qu'on a reçu hier sous notre offre : « Mon numéro de sécu c'est 1 92 03 38 185 112 54, vous pouvez m'inscrire ? » Merci d'éviter, vraiment.`],
  ['x', 'fr', '', `Premier jour de la saison et déjà 3 pannes de moteur sur le secteur Belledonne. Les gars sont au top 💪 #remonteesmecaniques`],
  ['linkedin', 'fr', '', `Rappel sécurité montagne : en cas d'accident sur les pistes, composez le 112 ou prévenez le pisteur le plus proche. Ne déplacez jamais un blessé.`],
  ['linkedin', 'fr', 'iban', `Avis fournisseurs RTA : suite au changement de banque, nos règlements se font désormais depuis le compte FR76 1751 5900 0008 4125 6320 194 (BIC CCBPFRPPGRE). Merci de mettre à jour vos fichiers.`],
  ['linkedin', 'fr', 'card', `Message de la compta collé par erreur : « Carte affaires pour les billets du salon Mountain Planet : 4532 8498 4128 3830, exp 06/28, au nom de RTA SAS » — désolé, je supprime dès que je retrouve comment on édite.`],

  // — Roubaix textile-recycling plant (Filature Nordique)
  ['linkedin', 'fr', 'financial', `Retour du séminaire commercial de Filature Nordique. Décision actée : le prix de la fibre recyclée passe de 1,40 à 1,65 €/kg au 1er février. Les clients recevront le courrier la semaine prochaine, donc motus d'ici là 🤐`],
  ['linkedin', 'fr', 'financial', `Fier de l'équipe tri : la marge brute du T3 ressort à 31 % (chiffre provisoire, avant la consolidation groupe), contre 24 % l'an dernier. Le travail sur le tri optique paie.`],
  ['linkedin', 'fr', '', `Savez-vous qu'un jean demande en moyenne 7 500 litres d'eau à fabriquer (source : PNUE) ? Chez Filature Nordique on en effiloche deux tonnes par jour. Venez visiter l'usine lors des Journées du patrimoine industriel !`],
  ['linkedin', 'fr', 'client_name', `Super réunion hier avec les équipes achats de Globex : ils veulent passer à 40 % de fibre recyclée dans leurs uniformes dès 2027. Gros chantier pour nous !`],
  ['linkedin', 'fr', 'confidential_marker financial', `[CONFIDENTIEL – NE PAS DIFFUSER] Synthèse appel d'offres Région : notre offre à 890 000 € HT sur 3 ans, la concurrence estimée autour de 950 k€. Réponse attendue le 20/12.`],
  ['linkedin', 'fr', 'email', `Vous avez des chutes de tissu en grande quantité ? Écrivez directement à notre acheteuse, Sophie Vandamme : s.vandamme@filature-nordique.fr 🙂`],
  ['linkedin', 'fr', '', `Pour les dossiers de subvention de la Région : notre SIRET est le 842 317 559 00027, code APE 3832Z. Tout est public sur l'annuaire des entreprises, inutile de nous le redemander 🙂`],
  ['linkedin', 'fr', 'secret', `[14:02] Kevin : tu peux me redonner l'accès au portail de la balance ?\n[14:03] Moi : identifiant pesage / mot de passe : FttFj%APbYuI&j\n[14:03] Kevin : merci !\n\nOups, mauvaise fenêtre 😅`],
  ['linkedin', 'fr', '', `Nouvelle politique de confidentialité sur notre site : on explique désormais clairement quelles données on collecte sur les bornes de collecte connectées. Bravo à l'équipe juridique pour le travail de simplification.`],
  ['linkedin', 'fr', 'financial', `La direction a lâché l'info en réunion d'équipe : l'enveloppe d'augmentations 2027 sera de 3,2 % de la masse salariale. Rien d'écrit encore, les NAO commencent la semaine prochaine.`],
  ['linkedin', 'fr', 'email', `Bonjour Élodie, pour les dons de vêtements en grande quantité, le plus simple est d'écrire à collecte@filature-nordique.fr avec une photo des sacs. Merci pour votre geste !`, { surface: 'comment' }],

  // — Montpellier beehive-sensor start-up (Apisense)
  ['linkedin', 'fr', 'financial', `Deck de levée finalisé 🐝 ARR à 1,2 M€, churn mensuel à 2,1 %, NRR à 118 %. On le présente aux fonds en janvier, d'ici là ça ne sort pas de l'équipe. Merci à toutes les abeilles de l'équipe !`],
  ['linkedin', 'fr', 'financial', `Grosse semaine : le fonds lead propose une valorisation pré-money de neuf millions d'euros. Term sheet pas encore signée, donc je croise les doigts et je n'en dis pas plus 🤞`],
  ['linkedin', 'fr', '', `Le marché mondial du miel pèse environ 9 milliards de dollars selon la FAO. Et pourtant les apiculteurs perdent encore 30 % de leurs colonies chaque hiver. C'est pour ça qu'on construit Apisense.`],
  ['linkedin', 'fr', 'secret', `Tuto pour les stagiaires : pour pousser les relevés de ruches vers le bucket, configurez vos variables :\nAWS_ACCESS_KEY_ID=AKIA2ETOCPNNXF01JADH\nAWS_SECRET_ACCESS_KEY=c8vRZyOqGmfkPpJWt3kuJ41uWJ1Y5Bq0Ez0xYYUg\n(ne les partagez pas hein)`],
  ['linkedin', 'fr', '', `Tuto pour les stagiaires (version corrigée) : mettez vos propres clés dans le fichier .env, sur le modèle de la doc AWS : AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE. Jamais de vraie clé dans un post ou un ticket !`],
  ['linkedin', 'fr', 'codename', `Point d'étape Nébula : le nouveau capteur de poids tient 6 mois sur batterie au lieu de 3. Sortie prévue au printemps, on n'a encore rien dit aux clients.`],
  ['linkedin', 'fr', 'codename financial', `Comité produit : Nébula sera facturé 49 € par ruche et par an, annonce aux apiculteurs au salon de février seulement. Prix de revient du capteur : 31 €. On tient la marge !`],
  ['linkedin', 'fr', 'phone', `Apiculteurs de l'Hérault : si vos balances ne remontent plus de données depuis la tempête, appelez Julien, notre technicien terrain, au 06 71 38 42 95. Il passe dans la semaine.`],
  ['linkedin', 'fr', 'email', `Bonjour Mme Roux, désolés pour ce souci de capteur ! Le remplacement est gratuit sous garantie. Envoyez-nous la référence de la ruche à sav@apisense.fr et on vous expédie un boîtier neuf.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Apisense recrute un·e développeur·se embarqué·e. 45–55 k€ brut + BSPCE, télétravail 2 j/semaine, Montpellier. Les ruches sont fournies, les piqûres non garanties 🐝`],
  ['linkedin', 'fr', '', `Retour sur la Journée de l'apiculture connectée à Montpellier : 200 participants, 12 ateliers et un rucher pédagogique. Merci aux bénévoles et rendez-vous l'an prochain !`],
  ['linkedin', 'fr', '', `Merci @FilatureNordique et @Apisense_FR pour l'accueil lors de la tournée des start-up occitanes et nordistes ! Deux visites, deux ambiances, la même passion.`],

  // — Rennes lift-maintenance company (Ascenseurs Vilaine)
  ['linkedin', 'fr', 'financial', `Dossier rendu à 11h58 pour un dépôt à midi 😅 Notre offre pour le marché de maintenance de Rennes Métropole Habitat : 2 347 000 € HT sur quatre ans. Ouverture des plis le 15, croisez les doigts pour nous !`],
  ['linkedin', 'fr', 'financial', `Je prépare la formation des nouveaux commerciaux. Repère utile : une révision complète nous coûte 4 180 € en interne (pièces + main-d'œuvre), on la facture 5 900 €. Ne jamais descendre sous 5 200.`],
  ['linkedin', 'fr', 'client_name', `Intervention de nuit à l'Hôpital Sainte-Claire : les 4 monte-malades remis en service avant 6h, dans le cadre de notre contrat de maintenance. Merci Yann et Gwen 👏`],
  ['linkedin', 'fr', '', `Mon fils est né à l'Hôpital Sainte-Claire il y a 3 semaines. Merci aux sages-femmes de la maternité, vous êtes formidables. Retour au boulot lundi chez Ascenseurs Vilaine, avec des cernes 😴`],
  ['linkedin', 'fr', '', `Ascenseur bloqué ? Pas de panique : appuyez sur le bouton d'alarme de la cabine, vous êtes relié à un opérateur. En cas de malaise, appelez le 15. Le reste du temps, on arrive en moins d'une heure.`],
  ['linkedin', 'fr', 'internal_url', `Pour les techniciens qui cherchent le nouveau carnet d'entretien numérique : http://10.14.2.31:8080/carnets/ (depuis le réseau de l'atelier uniquement).`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Mateo qui nous rejoint depuis Valence ! Petite note pour la paie : son NIE est Y4021587M, Nathalie peux-tu créer sa fiche ?`],
  ['x', 'fr', '', `Un ascenseur qui tombe en panne le jour du déménagement, c'est la loi de Murphy. Un technicien qui arrive en 40 min, c'est @AscVilaine 😎`],
  ['linkedin', 'fr', 'confidential_marker', `Pièce jointe du CSE collée dans le mauvais groupe : « DOCUMENT INTERNE – NE PAS DIFFUSER. Plan de réorganisation des secteurs Nord et Sud au 1er mars. » Bon… au moins ce ne sont pas les salaires.`],
  ['linkedin', 'fr', '', `Le secret d'un bon entretien d'ascenseur ? La régularité. Une visite toutes les six semaines, c'est la réglementation et c'est surtout du bon sens.`],
  ['linkedin', 'fr', '', `Formation gestion pour les chefs d'équipe : si un chantier rapporte 100 000 € et coûte 82 000 €, la marge est de 18 %. Simple ? Pas quand on oublie les déplacements ! (exemple fictif, évidemment)`],
  ['linkedin', 'fr', '', `Résultat publié au BOAMP : le marché de maintenance des ascenseurs de la Ville de Brest a été attribué pour 1,2 M€ à un concurrent. Bravo à eux, on retente dans quatre ans.`],
  ['linkedin', 'fr', '', `Bonjour, nos bureaux sont fermés le 25 décembre et le 1er janvier. En cas de panne bloquante, utilisez le bouton d'alarme de la cabine. Joyeuses fêtes ! — Ascenseurs Vilaine`, { surface: 'comment' }],

  // — Marseille ferry-ticketing software firm (Navipass)
  ['linkedin', 'fr', 'financial', `Record battu : 412 000 billets vendus en novembre via Navipass, +18 % sur un an. Les chiffres officiels sortent le 10 décembre, gardez-les pour vous d'ici là 🚢`],
  ['linkedin', 'fr', 'financial', `Réunion budget ce matin. Si tout se passe bien on termine l'année avec un EBITDA autour de deux millions et demi d'euros, avant l'arrêté des comptes par le CAC. On fête ça quand ce sera officiel 🥂`],
  ['linkedin', 'fr', 'internal_url codename', `Release notes Navipass 4.12 (interne) :\n- Paiement en 3x pour les traversées Corse\n- Refonte du check-in, voir https://jira.acme-corp.net/browse/NAV-2291\n- Préparation du module Atlas Bleu (embarquement biométrique), désactivé en prod`],
  ['linkedin', 'fr', '', `Navipass 4.12 est disponible ! 🚢 Nouveautés : paiement en trois fois sur les traversées vers la Corse, check-in plus rapide, mode sombre. Notes complètes sur navipass.fr/nouveautes. Version 4.12.0 (build 20261203).`],
  ['linkedin', 'fr', 'secret', `Post-mortem de l'incident du 28/11 (résumé) : les notifications d'embarquement ne partaient plus car le bot utilisait un token révoqué. Nouveau token configuré : xoxb-032563930231-4439430353266-m6JgR99X35daPw2qEEVlB0SW. Durée d'impact : 47 min.`],
  ['linkedin', 'fr', 'card', `Bonjour Karim, nous avons bien retrouvé votre réservation payée avec la carte 4974 0820 8568 1205. Le remboursement sera effectué sous 5 jours ouvrés. L'équipe Navipass`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, pour des raisons de sécurité nous ne demandons jamais votre numéro de carte. Votre paiement (carte se terminant par •••• 8136) a bien été remboursé. L'équipe Navipass`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Les tarifs résidents 2027 ont été publiés par l'Office des transports de la Corse : 30 € l'aller Marseille-Ajaccio en siège. Navipass les intègre dès le 1er janvier.`],
  ['linkedin', 'fr', 'iban', `Pour nos partenaires à Barcelone : les reversements de billetterie arrivent désormais depuis notre compte ES48 2100 0813 6102 0145 8733. Merci de mettre à jour vos rapprochements.`],
  ['linkedin', 'fr', 'secret', `Pour les devs qui reprennent le module d'e-mails de confirmation : la clé SendGrid est dans le coffre, mais au cas où la voici : 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`],
  ['linkedin', 'fr', '', `Tuto partenaires : pour brancher notre API de billetterie, ajoutez l'en-tête Authorization: Bearer <VOTRE_JETON>. Le jeton se génère dans votre espace partenaire, ne le collez jamais dans un ticket.`],
  ['x', 'fr', 'financial', `Clôture du mois à 1,3 M€ de ventes chez Navipass… et ce n'est que décembre 🎉 (chut, le bilan officiel sort en janvier)`],

  // — Geneva archive-digitisation firm (Archiva SA)
  ['linkedin', 'fr', 'financial', `Belle négociation avec les Archives cantonales : notre devis pour la numérisation des registres paroissiaux s'élève à 780 000 CHF. Pas encore signé, on croise les doigts !`],
  ['linkedin', 'fr', 'financial', `Le conseil d'administration a validé jeudi une masse salariale 2027 de 6,4 MCHF, soit +8 %. Les équipes seront informées en janvier lors des entretiens — en attendant, merci de ne pas relayer.`],
  ['linkedin', 'fr', 'iban', `Chers clients, Archiva SA change de banque. À compter du 1er janvier, merci d'effectuer vos paiements sur : CH51 0023 5374 6192 0008 1. Les factures comporteront le nouveau QR.`],
  ['linkedin', 'fr', 'national_id', `Onboarding : bienvenue à Léa ! Pour le service du personnel, son numéro AVS : 756.3184.2076.18. (Oui je sais, j'aurais dû l'envoyer par mail…)`],
  ['linkedin', 'fr', '', `Astuce RH : le numéro AVS suisse commence toujours par 756 et compte 13 chiffres, au format 756.XXXX.XXXX.XX. Ne le transmettez jamais par une messagerie non chiffrée.`],
  ['linkedin', 'fr', 'email', `Vous avez des archives familiales abîmées par l'humidité ? Notre restauratrice Jeanne Perrin répond à vos questions : jeanne.perrin [at] archiva [point] ch`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion restreinte — Note interne\nObjet : déménagement du dépôt de Carouge\nLes fonds des clients privés seront transférés entre le 12 et le 19 janvier. Accès au bâtiment limité aux équipes logistiques.`],
  ['linkedin', 'fr', '', `Magnifique exposition au Musée d'art et d'histoire sur les registres de la Réforme. Une partie des documents a été numérisée par notre équipe en 2024. Fier d'y avoir contribué !`],
  ['linkedin', 'fr', 'client_name internal_url', `Numérisation des dossiers patients de l'Hôpital Sainte-Claire : lot 3 livré. Le suivi des lots est sur https://confluence.corp.acme.com/display/ARCH/Sainte-Claire — merci de mettre à jour vos heures.`],
  ['linkedin', 'fr', 'codename', `Lancement d'Atlas Bleu en interne : le moteur de recherche plein texte sur nos 40 millions de pages. Démo pour les équipes vendredi, le nom commercial sera choisi plus tard.`],
  ['linkedin', 'fr', 'iban', `Archiva Luxembourg : à partir de janvier, les paiements des clients grand-ducaux se font sur LU40 1417 3204 5810 0000. Merci de transmettre à vos services comptables.`],

  // — Brussels chocolate-mould maker (Moulerie Dubois)
  ['linkedin', 'fr', 'financial', `Prévision interne pour Pâques 2027 : chiffre d'affaires entre 1,1 et 1,3 M€ sur les moules saisonniers. On présente ça au conseil de famille dimanche.`],
  ['linkedin', 'fr', 'iban', `Avis à nos fournisseurs : nos coordonnées bancaires restent inchangées, BE58 0682 1457 8979. Méfiez-vous des mails qui vous annonceraient un changement !`],
  ['linkedin', 'fr', '', `⚠️ Arnaque en cours : des clients reçoivent un faux courrier « Moulerie Dubois » leur demandant de payer sur le compte BE61 0682 1457 8979. Ce n'est PAS notre compte (le numéro n'est même pas valide). En cas de doute, appelez-nous avant de payer.`],
  ['linkedin', 'fr', 'phone', `Salon du chocolat de Bruxelles : passez sur notre stand B12 ! Pour prendre rendez-vous avec notre designer, appelez le +32 2 511 47 83.`],
  ['linkedin', 'fr', 'email', `Commandes de moules sur mesure : marc(at)moulerie-dubois(dot)be — Marc répond en 48 h.`],
  ['linkedin', 'fr', '', `Le chocolat belge, c'est environ 3,6 milliards d'euros d'exportations par an selon la fédération Choprabisco. Notre petite part : des moules qui voyagent dans 30 pays 🍫`],
  ['linkedin', 'fr', 'codename', `Le Project Kestrel avance : prototypes de moules imprimés en 3D testés chez trois chocolatiers, résultats prometteurs. On en parlera à l'extérieur quand le brevet sera déposé.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Thomas dans l'atelier ! Pour le secrétariat social : numéro de registre national 85.07.30-152.06, il commence lundi.`],
  ['linkedin', 'fr', '', `Votre commande n° 4539 1285 8961 2086 a bien été expédiée ! Suivez-la depuis votre espace client. — L'équipe Moulerie Dubois`, { surface: 'comment' }],
  ['x', 'fr', 'financial', `Chiffre d'affaires de la semaine de Noël : 94 k€ rien qu'en boutique 🍫 Le chiffre officiel ? Au bilan, comme d'hab 😏`],
  ['linkedin', 'mixed', '', `Merci à tous pour ce Salon du Chocolat ! Thanks to our visitors from 22 countries, à l'année prochaine 🍫`],

  // — Montréal snow-removal contractor (Déneigement Boréal)
  ['linkedin', 'fr', 'financial', `Grosse nouvelle pour Déneigement Boréal : on remporte le contrat de Laval, 11,6 M$ sur cinq ans. Signature lundi, pas d'annonce officielle avant — mais je suis trop fier de l'équipe ❄️`],
  ['linkedin', 'fr', 'financial', `Bilan de mi-saison pour l'équipe des opérations : on est à 1 840 $ par kilomètre déneigé, contre 2 100 $ budgétés. Chiffres internes, à ne pas sortir du groupe.`],
  ['linkedin', 'fr', '', `La Ville de Montréal consacre environ 200 M$ par an au déneigement, selon son budget publié. Une grosse tempête coûte entre 15 et 20 M$. Ça remet les choses en perspective !`],
  ['linkedin', 'fr', 'national_id', `Note au service de paie : le NAS de Frédéric, le nouveau chauffeur de chenillette, est 546 182 932. Merci de l'ajouter avant la paie de jeudi.`],
  ['linkedin', 'fr', '', `Rappel : ne donnez jamais votre NAS par téléphone. Les guides utilisent l'exemple 046 454 286 — si quelqu'un vous demande un « vrai » numéro par texto, c'est une fraude.`],
  ['linkedin', 'fr', 'phone', `Tempête prévue cette nuit ! Nos clients résidentiels peuvent joindre la ligne de répartition au 514 872-3391, de 18 h à 6 h.`],
  ['x', 'fr', '', `❄️ 32 cm tombés sur le Plateau cette nuit. Nos chenillettes sont sorties à 2 h. Patience, on arrive !`],
  ['linkedin', 'fr', 'card', `Karine : j'ai besoin de la carte pour réserver les hôtels de l'équipe à Québec\nMoi : 5412 3087 4145 5222, exp 09/28, le code je te le donne au téléphone`],
  ['linkedin', 'fr', 'internal_url', `Chauffeurs : la carte des secteurs mise à jour pour la tempête est sur https://intranet.deneigement-boreal.local/secteurs. Vérifiez votre tracé avant 22 h.`],
  ['linkedin', 'fr', 'card', `Rappel aux chefs d'équipe : le carburant se paie avec la carte de flotte, pas avec la carte de crédit de l'entreprise (4970 9695 4576 3488) que quelqu'un a notée sur le tableau blanc du garage…`],
  ['linkedin', 'fr', '', `Après 12 ans chez Déneigement Boréal, je raccroche la pelle. Merci pour les nuits blanches, les cafés à 3 h et les tempêtes du siècle (une par an 😅). À bientôt !`],

  // — Abidjan cocoa-traceability company (CacaoTrace)
  ['linkedin', 'fr', 'financial', `On est en closing d'une levée de 4 milliards de FCFA avec deux fonds régionaux. Rien n'est signé, donc pas de communiqué avant février, mais l'équipe CacaoTrace mérite d'être saluée 🇨🇮`],
  ['linkedin', 'fr', 'financial', `Point S1 : chiffre d'affaires de trois cent vingt millions de FCFA, avant validation par le commissaire aux comptes. Merci aux agents de terrain de Soubré et Daloa.`],
  ['linkedin', 'fr', 'iban', `Pour les coopératives partenaires : les cotisations au service de traçabilité se versent désormais sur le compte CI56 CI04 2012 0101 2345 6789 0157. Toute autre demande est frauduleuse.`],
  ['linkedin', 'fr', 'phone', `Formation des délégués de coopérative à Soubré la semaine prochaine. Inscriptions auprès d'Aya au +225 07 08 45 12 67 (WhatsApp).`],
  ['linkedin', 'fr', '', `Le prix bord-champ du cacao a été fixé par le Conseil Café-Cacao à 2 200 FCFA/kg pour la campagne principale. Une vraie bouffée d'air pour les producteurs.`],
  ['linkedin', 'fr', 'client_name', `Audit de traçabilité bouclé pour Société Générique : 12 000 parcelles cartographiées, rapport livré vendredi. Leur équipe RSE était ravie.`],
  ['linkedin', 'fr', 'email', `Vous êtes développeur à Abidjan et vous aimez les cartes ? On recrute ! CV à recrutement@cacaotrace.ci`],
  ['x', 'fr', '', `Ce matin à Daloa, 40 planteurs ont reçu leur première carte producteur numérique. Petit geste, grand changement 🌱`],

  // — Lyon translation agency (Traduco)
  ['linkedin', 'fr', 'financial', `Séminaire d'équipe : on a perdu 22 % du chiffre d'affaires avec la fin du contrat pharma, soit environ 600 000 €. Le chiffre reste entre nous jusqu'à la réunion de janvier, mais on a un plan.`],
  ['linkedin', 'fr', 'client_name', `Livraison de la documentation technique d'Initech en 7 langues : 340 000 mots en 6 semaines. Merci aux 28 traducteurs freelances mobilisés !`],
  ['linkedin', 'fr', '', `Revu Office Space hier soir. Chaque fois que je vois les bureaux d'Initech et l'histoire des rapports TPS, je pense à nos anciens process de relecture 😂`],
  ['linkedin', 'fr', '', `Rappel aux traducteurs freelances : un document que le client qualifie de confidentiel ne doit jamais passer par un outil de traduction en ligne gratuit. Utilisez uniquement notre TAO hébergée.`],
  ['linkedin', 'fr', 'secret', `Petit script pour brancher notre TAO sur l'API de traduction (clé de prod, on la régénère la semaine prochaine) :\napi_key = "zCQheDDGSoSJIigxiIsxJNfQlw4B"\nendpoint = "https://api.traduco-tao.fr/v2"`],
  ['linkedin', 'mixed', '', `Fun fact du jour : « embargo » vient de l'espagnol embargar. In English, the word shows up in the 17th century. Nos traducteurs adorent ce genre de détails 🤓`],
  ['linkedin', 'fr', 'confidential_marker client_name financial', `Compte rendu interne — ne pas transférer\nRéunion avec Société Générique : renouvellement du contrat de traduction pour 420 000 € sur 2 ans, signature prévue le 18. Leur DG veut une annonce commune en janvier.`],
  ['linkedin', 'fr', 'internal_url secret', `Runbook de reprise de la TAO (à garder pour l'astreinte) :\n1. se connecter sur https://gitlab.acme-corp.net/tao/deploy\n2. export GITLAB_TOKEN=glpat-2iffr7n_Vj13vUuAuASI\n3. relancer le pipeline « restore »`],
  ['linkedin', 'fr', '', `Les salaires de la traduction : un traducteur salarié gagne entre 28 et 40 k€ brut par an selon l'enquête publiée par la SFT. Chez nous, la fourchette est affichée dans chaque offre.`],
  ['linkedin', 'fr', '', `Les résultats annuels du groupe ont été publiés ce matin (communiqué disponible sur notre site investisseurs) : CA de 212 M€, +6 %. Fière de la contribution de notre filiale lyonnaise !`],
  ['linkedin', 'fr', '', `Cagnotte de l'équipe pour le Téléthon : 3 450 € récoltés ! Merci à tous les donateurs, et bravo à Mathilde pour le gâteau à étages.`],
  ['linkedin', 'fr', '', `Petit post perso : j'ai enfin remboursé mon prêt étudiant, 14 000 € en 6 ans. Ça fait du bien de tourner la page.`],
  ['linkedin', 'fr', '', `Rappel : le numéro de sécurité sociale français compte 15 chiffres (13 + une clé de 2). Sur vos formulaires, prévoyez le gabarit « 1 XX XX XX XXX XXX XX » et jamais d'exemple réel.`],
  ['linkedin', 'fr', '', `Nos fournisseurs nous demandent souvent de confirmer nos coordonnées bancaires : on ne le fait que par téléphone, sur un numéro déjà connu. Dans nos mails, l'IBAN apparaît masqué (FR76 **** **** **** **** **** 194).`],
  ['linkedin', 'fr', '', `Le cèdre de l'Atlas bleu planté devant l'agence il y a dix ans fait maintenant 8 mètres. Les collègues l'ont décoré pour Noël 🎄`],
  ['linkedin', 'fr', '', `Qui se souvient de l'épisode des Simpson où Homer part travailler chez Globex ? On l'a revu avec l'équipe à la pause déj et on veut tous un hamac au bureau.`],
  ['x', 'fr', 'codename confidential_marker', `Réunion Atlas Bleu à 14h, le doc « Diffusion interne uniquement » est dans le canal. Qui a les slides ? 🙃`],

  // — Manchester parking app (ParkLoop)
  ['linkedin', 'en', 'financial', `Q4 revenue is tracking at £3.1m against a £2.8m plan 🚗 Board pack goes out Friday, so please keep the number off Slack until then — but well done, everyone.`],
  ['linkedin', 'en', 'financial', `Sales kick-off notes: weighted pipeline for council contracts is £7.4m across 12 open bids, with Stockport and Bolton likely to close in Q1. Let's go!`],
  ['linkedin', 'en', '', `Quick tip from our dev team: when you write docs or test fixtures, use the reserved example domain (name@example.com) so nobody ever emails a real person by accident.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem: payments outage, 29 Nov. Root cause: expired cert on the internal gateway. Timeline and graphs here: https://grafana.acme-corp.net/d/pay-gw/payments?from=now-7d — 38 minutes of failed top-ups.`],
  ['linkedin', 'en', 'secret', `Debugging payment webhooks at 1am. If anyone from the team sees this: the live key in the staging .env is sk_live_T8BnZjm5ODo677NG8WxNvMjf — can someone rotate it, I think it leaked into the logs.`],
  ['linkedin', 'en', 'phone', `Blue Badge holders: if a bay sensor charges you by mistake, call our accessibility line on 0161 832 4417 and we'll refund you the same day.`],
  ['x', 'en', '', `Parking fines down 23% in Salford since residents started using session alerts (source: Salford City Council's annual parking report). Love to see it.`],
  ['linkedin', 'en', 'client_name', `Rolled out ParkLoop across all four Globex campuses this week — 2,300 staff spaces now bookable from the app. Huge effort from the integrations squad.`],
  ['linkedin', 'en', 'client_name financial codename internal_url confidential_marker', `Pasting the notes from this morning's leadership sync for those who missed it:\n- Globex renewal: £1.2m over 3 years, verbal yes, paperwork in Jan\n- Kestrel (the new enforcement camera) slips to March\n- Action: Priya to update https://wiki.corp.acme.com/leadership/sync-2026-12-03\nINTERNAL ONLY`],
  ['linkedin', 'en', 'card', `Hi Jordan, we can see the failed payment on card 5196 7908 8935 3776 — your bank declined it, please try again or add another card in the app.`, { surface: 'comment' }],
  ['x', 'en', '', `Reply here or DM @ParkLoopHelp — we don't publish personal emails, but a human reads every message.`],

  // — Dublin veterinary-practice software firm (VetLedger)
  ['linkedin', 'en', 'financial', `We hit €5m ARR this week!!! 🐶🐱 Can't shout about it publicly until the funding news lands in January, but I'm so proud of this team.`],
  ['linkedin', 'en', 'financial', `Finance update for the product team: gross margin on the cloud tier is 71% pre-audit, on-prem is 44%. That's why we're pushing migrations so hard in Q1.`],
  ['linkedin', 'en', 'iban', `To our practice customers: VetLedger's bank details are changing. From 1 January please pay invoices to IE39 BOFI 9000 1742 8713 60. We will never ask you to change this by phone.`],
  ['linkedin', 'en', '', `Fintech 101 for our new devs: the two check digits make an IBAN pass mod-97. Try it on the registry's example GB29 NWBK 6016 1331 9268 19 — it validates, but it's nobody's account.`],
  ['linkedin', 'en', 'phone', `Emergency clinics in Dublin using VetLedger: our out-of-hours support line is +353 1 679 2204.`],
  ['linkedin', 'en', '', `Hi Aoife, sorry about the double charge on your subscription! I've refunded €149 to the card ending 3776, you'll see it in 3–5 days. — Niamh, VetLedger support`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `⚠️ Practices are receiving fake "VetLedger renewal" emails asking for card details. We never ask for your full card number by email. Forward anything suspicious to security@vetledger.ie.`],
  ['linkedin', 'en', '', `Front-end folks: our design system is now published on npm as @vetledger/ui-kit. Storybook link in the README, issues welcome.`],
  ['linkedin', 'en', 'secret', `Note to self and to whoever reads my public gist: I rotated it, but for about ten minutes ghp_QtBVYQDhS3uRRjhNIvFtPz4Ljjy72mA2AuS8 was sitting in our CI config. Lesson learned.`],
  ['linkedin', 'en', '', `Our API docs are now public at https://docs.vetledger.ie/api/v2 — sandbox keys are issued from the developer portal. Feedback welcome!`],
  ['linkedin', 'en', '', `Congrats to our friends at HiveWorks on their €3m seed round, announced today! Animal-health tech is having a moment 🐝`],

  // — Edinburgh insurance-claims AI firm (ClaimWise)
  ['linkedin', 'en', 'financial', `Submitted our bid for the Scottish insurers' claims panel: £1.85m over three years, sealed until the decision in January. Fingers crossed 🤞`],
  ['linkedin', 'en', 'financial', `All-hands notes: headcount costs now run at £540k a month; the CFO's target is under £500k before the Series A opens. No layoffs planned, just slower hiring.`],
  ['linkedin', 'en', 'national_id', `Welcome aboard Callum! Payroll: his NI number is JT 48 19 27 C, contract is in the HR folder.`],
  ['linkedin', 'en', '', `When we demo the claims form we always use HMRC's sample National Insurance number, QQ 12 34 56 C. It's never issued to anyone, so it's safe on slides.`],
  ['linkedin', 'en', 'client_name', `Initech's claims team just processed their 10,000th motor claim through ClaimWise — average handling time down from 9 days to 2. Great partnership.`],
  ['linkedin', 'en', 'confidential_marker', `PRIVILEGED & CONFIDENTIAL — prepared at the request of counsel\nSummary of the data-handling complaint from the Fife policyholder: we believe the model output was not shared outside the adjusters' team…\n\n(sorry, wrong window, deleting)`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the Meadows on my walk to the office this morning. Perfect stillness in a 30 mph wind. Nature's best stabilisation algorithm.`],
  ['linkedin', 'en', 'codename', `Project Kestrel demo went brilliantly — our fraud model flagged 94% of staged accidents in the test set. Still internal until the pilot insurer signs, so no screenshots please.`],
  ['x', 'en', '', `Hot take: most "AI claims" products are OCR with a chatbot on top. Real automation means the adjuster trusts the output. #insurtech`],
  ['linkedin', 'en', 'secret', `Post-mortem draft for the leaked-credentials incident, 2 Dec: the fine-grained token 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 was pushed to a public fork and used within 4 minutes. Revoked at 10:42.`],
  ['linkedin', 'en', 'client_name', `Signed! Société Générique's UK insurance arm becomes our fourth claims customer. Integration kicks off in January.`],
  ['linkedin', 'en', 'internal_url', `Hi Tom, thanks for flagging! I've logged it as https://jira.acme-corp.net/browse/CLM-1183 and the team will look at it this week.`, { surface: 'comment' }],

  // — Bristol stage-lighting rental firm (Limelight Hire)
  ['linkedin', 'en', 'financial', `December rental revenue came in at £612k — our best month ever. Official numbers at the all-hands on the 18th, so mum's the word outside the team 🎭`],
  ['linkedin', 'en', 'financial', `Heads up to the hire desk: LED par cans go from £18 to £22 a day from 1 February. Customers get the letter next week, so quote old prices until then.`],
  ['linkedin', 'en', '', `Panto season is here! Our public hire rates are on the website: moving heads from £45/day, haze machines £30/day. 20% student discount with a valid NUS card.`],
  ['linkedin', 'en', 'card', `Ops channel: the festival production office paid the deposit over the phone, card is 3782 135260 07748 exp 11/27, please charge the balance on Monday`],
  ['linkedin', 'en', '', `Anyone else's card machine printing receipts with 4242 4242 4242 4242 on them? That's Stripe's test card number, so I think the new POS was left in test mode 🙃`],
  ['linkedin', 'en', 'email', `Freelance lighting techs wanted for the Bristol Old Vic season. Send your CV and availability to Tom: tom.hadley@limelighthire.co.uk`],
  ['linkedin', 'en', '', `Our LD recreated the Crab Nebula on the cyclorama for tonight's show using 40 LED battens. Astronomy + theatre = my favourite combo.`],
  ['linkedin', 'en', '', `Reminder for the crew: in an emergency at the venue, call 999 first, then the duty manager. Fire exits are marked on the call sheet.`],
  ['linkedin', 'en', 'card', `Why you shouldn't use the team WhatsApp for payments, exhibit A: "Use the Amex 3714 259444 03146 for the truck hire, CVV's on the back, ask Dave."`],
  ['linkedin', 'en', 'iban', `Supplier notice: Limelight Hire's account for hire deposits is GB74 BARC 2004 1573 9102 64. Please update your records before paying January invoices.`],

  // — Austin pet-insurance company (Pawsure)
  ['linkedin', 'en', 'financial', `Internal dashboard says loss ratio is 64% YTD and premium growth 41%. Investors see these Tuesday, so don't quote me — but wow, the underwriting team nailed it.`],
  ['x', 'en', 'financial confidential_marker', `Series B: $38M at a $210M post. Closing next week, announcement embargoed till Jan 8. Can't believe this started in a garage with one beagle 🐶`],
  ['linkedin', 'en', 'national_id', `Reminder to claims staff: NEVER paste customer details in Teams. Yesterday I saw "policyholder SSN 529-41-8367" in a public channel. Delete it, please.`],
  ['linkedin', 'en', '', `Fun fact for our fraud training: SSN 078-05-1120 was printed on sample cards sold with wallets in 1938 and thousands of people used it as their own. It was voided decades ago.`],
  ['linkedin', 'en', 'phone', `Pet emergency at 2am and not sure if you're covered? Pawsure's 24/7 vet line: (512) 873-4410.`],
  ['linkedin', 'en', '', `Hi Megan! So sorry to hear about Biscuit's surgery. Your claim #PW-2291043 was approved today and $1,846.20 will be reimbursed to your account ending 5521. Hugs to Biscuit! 🐾 — Jess at Pawsure`, { surface: 'comment' }],
  ['linkedin', 'en', '', `As announced in our press release this morning (pawsure.com/press), we've raised a $38M Series B led by Lone Star Ventures. Thank you to every pet parent who trusted us!`],
  ['linkedin', 'en', '', `Rewatching the Simpsons episode where Homer works for Hank Scorpio at Globex Corporation. Best boss in TV history? Discuss.`],
  ['linkedin', 'en', 'financial', `Our churn went from 3.4% to 2.2% this quarter (internal numbers, not published yet). What do you think made the biggest difference? 🗳️\n- Onboarding calls\n- Price freeze\n- New app\n- Luck`],

  // — Singapore cold-chain warehousing firm (Kaltbox Logistics)
  ['linkedin', 'en', 'financial', `Order book for 2027 stands at S$22m, up from S$15m a year ago — not in the annual report yet, so keep it in the family. Amazing work from the sales team!`],
  ['linkedin', 'en', 'national_id', `HR reminder: a new forklift operator's NRIC (S8734215H) was posted in the shift group chat this morning. Please delete it and send ID documents through the HR portal only.`],
  ['linkedin', 'en', 'phone', `Cold-chain emergency? Our Tuas control room answers 24/7 at +65 6742 9183.`],
  ['linkedin', 'en', 'email', `We're hiring warehouse supervisors in Jurong! Send your resume to careers@kaltbox.sg.`],
  ['linkedin', 'en', 'internal_url', `Ops folks: temperature excursion reports have moved to https://sharepoint.corp.acme.com/sites/ops/Excursions — old links break on Monday.`],
  ['linkedin', 'en', '', `Singapore imports more than 90% of its food. Cold-chain is not glamorous, but it's how the island eats. Proud to be part of it.`],
  ['x', 'en', '', `Power cut in Tuas for 6 minutes this morning: backup gensets kicked in after 9 seconds and not a single pallet went above -18°C. Boring is beautiful. #coldchain`],
  ['linkedin', 'en', 'card', `Travel desk chat pasted by mistake: "Book the Osaka flights on the JCB 3566 3722 1355 8136, expiry 02/28, billing address is the Tuas office."`],
  ['linkedin', 'en', 'confidential_marker', `FOR INTERNAL USE ONLY — Q1 warehouse allocation: Tuas cold room 3 reserved for the pharma account from 15 Jan, Jurong frozen overflow closes 31 Jan.\nSorry all, posted to the wrong page.`],
  ['linkedin', 'en', 'client_name', `Delivered 400 vaccine shipments for Hôpital Sainte-Claire's pharmacy this quarter without a single excursion. Their team is a joy to work with.`],
  ['linkedin', 'en', '', `Our public rate card for 2027 is online: chilled pallet-day S$2.80, frozen S$3.40. No hidden fees, no fuel surcharge.`],
  ['linkedin', 'en', '', `Artemis fan here: the Orion capsule's heat shield took around 2,700°C on re-entry. Our cold rooms live at the other end of the thermometer, but the engineering respect is mutual.`],

  // — Nairobi avocado exporter (Rift Avo)
  ['linkedin', 'en', 'financial', `Draft export forecast for 2027: 4,800 tonnes and KES 1.9bn in revenue. Not yet presented to the board, so treat it as internal — but the new packhouse changes everything 🥑`],
  ['linkedin', 'en', 'financial', `Good news for our outgrowers: we'll offer KES 32/kg next season, up from 27. We announce it at the cooperative meeting on the 12th — please don't share before then.`],
  ['linkedin', 'en', 'phone', `Farmers in Murang'a: for field visits and pickup schedules, call our extension officer Peter on +254 722 418 903.`],
  ['linkedin', 'en', 'card', `Finance chat pasted: "For the Shenzhen trade fair booth, use the company UnionPay card 6212 9147 2351 1254 036, the organisers only take UnionPay."`],
  ['linkedin', 'en', 'email', `Buyers in the Gulf: reach our export desk at exports (at) riftavo (dot) co (dot) ke for the 2027 price list.`],
  ['linkedin', 'en', '', `Hass or Fuerte? The eternal debate in our packhouse canteen. Vote below 👇\n🥑 Hass\n🥑 Fuerte\n🥑 Whatever's ripe`],
  ['linkedin', 'en', '', `We're hiring a Quality Controller in Thika. KES 90,000–120,000 per month depending on experience, plus medical cover. Apply via our careers page.`],
  ['linkedin', 'en', 'secret', `Packhouse scale integration finally works! For the team: device token 2b751ce8576f799c8bec6206981cc764, endpoint is the usual one.`],
  ['linkedin', 'en', 'confidential_marker', `Under embargo until 10 December, 09:00 EAT: Rift Avo secures EU organic certification for all 1,200 outgrowers. Journalists, please respect the embargo.`],
  ['linkedin', 'en', '', `The embargo has lifted, so we can finally say it: Rift Avo is now EU-organic certified! The full press release is on our website.`],
  ['x', 'en', 'financial', `Just saw the draft budget for the new Thika packhouse: KES 450m. Dream big, team 🥑 #agritech`],
  ['linkedin', 'en', '', `Packing list for the Nairobi fair: booth 17-4402, shipment ref KE-2026-118472, pallets 1 to 24. See you at KICC!`],

  // — Milan eyewear-frame maker (Occhio Nuovo)
  ['linkedin', 'mixed', 'financial', `Board pack draft: fatturato 2026 a 48 milioni (+9%), EBITDA margin 17%. These numbers come before the board approves the accounts in March — please don't circulate.`],
  ['linkedin', 'mixed', 'financial', `Budget marketing 2027 approvato internamente: 2,2 M€, di cui metà sul digitale. Not yet shared with the agencies. Let's make it count!`],
  ['linkedin', 'en', 'national_id iban', `New colleague in Padova, welcome Giulia! Note for payroll: codice fiscale BNCGLI90C62F205S, salary IBAN IT83 V030 6909 6061 0000 0117 341.`],
  ['linkedin', 'en', '', `Teaching our HR intern how the codice fiscale works: surname letters, name letters, year, month letter, day (+40 for women), town code and a check letter. Clever little system.`],
  ['linkedin', 'mixed', 'confidential_marker', `RISERVATO — USO INTERNO\nCollection SS27: first frames go to the Milan showroom in February, press release not before MIDO.\n\n(oops, that was meant for the design chat)`],
  ['linkedin', 'en', 'codename', `Orion is finally real! Our first titanium frame line passed drop tests this week. Launch plan still under wraps, but the design team deserves a moment 🕶️`],
  ['linkedin', 'mixed', 'phone', `Ottici in Lombardia: per ordini urgenti chiamate il nostro customer service al +39 02 8728 4410. English-speaking staff available too.`],
  ['linkedin', 'en', 'card', `Guest services note (not for the public page!): the hotel booking for MIDO is guaranteed on the Diners card 3056 914218 5535.`],
  ['linkedin', 'en', '', `Thanks for the kind words, Rachel! The colour you spotted is a new acetate from Varese — we'll share more in spring.`, { surface: 'comment' }],

  // — Oslo EV-charging operator (Ladepunkt AS)
  ['linkedin', 'en', 'financial', `The board approved a NOK 140 million capex plan for 2027 yesterday — 600 new fast chargers along the E6. The stock exchange notice isn't out yet, so this stays internal for now ⚡`],
  ['linkedin', 'en', 'national_id', `Payroll note: new field technician Ola's fødselsnummer is 140389 12489 — please register him before the 20th.`],
  ['linkedin', 'en', 'iban', `Suppliers: Ladepunkt's settlement account has changed to NO97 8601 1179 470. Invoices paid to the old account after 31 December will be returned.`],
  ['linkedin', 'en', '', `Norway: nearly nine in ten new cars sold this year were fully electric, according to OFV registration figures. Our job is to make sure they can all charge.`],
  ['linkedin', 'en', 'secret', `Our firmware team accidentally posted this in the public Discord: OCPP_AUTH_TOKEN=zk4b_tiBo-EXbXeReiLfRQ6DEjv6OZRyUamsu4zN. It's been rotated, but please don't copy configs into public channels.`],
  ['x', 'en', '', `It's -14°C in Tromsø and our chargers are still delivering 150 kW. Battery preconditioning is magic ⚡❄️`],
  ['linkedin', 'en', 'internal_url', `Field techs: the new fault-code lookup lives at http://192.168.40.12/faultcodes — VPN required.`],
  ['linkedin', 'en', '', `Open source alert: we published our OCPP test harness on GitHub — https://github.com/ladepunkt/ocpp-harness. PRs welcome!`],
  ['linkedin', 'en', 'national_id', `We're opening in Utrecht! Our first Dutch hire is Sanne — payroll, her BSN is 216999595, contract is in the HR drive.`],

  // — Berlin escape-room chain (Fluchtweg)
  ['linkedin', 'mixed', 'financial', `Umsatz November: 286.000 €, our best month ever. Don't repost please — the Q4 figures go to investors in January. Danke, Team! 🔐`],
  ['linkedin', 'en', 'iban', `Corporate team events: please transfer the deposit to DE23 1007 0024 0941 2753 00 (Fluchtweg GmbH) and mention your booking number.`],
  ['linkedin', 'en', '', `The secret to a good escape room? Every puzzle should have exactly one "aha" moment. Our newest room, Der Tresor, has eleven.`],
  ['linkedin', 'en', '', `Our new room is themed on a Cold War spy agency — "STRENG GEHEIM" stamps everywhere, fake dossiers and a real 1970s telex. Opens Friday in Kreuzberg!`],
  ['linkedin', 'en', 'phone', `Booking for a group of 12+? Call our Kreuzberg location on +49 30 2589 4410 and we'll open two rooms side by side.`],
  ['linkedin', 'en', 'card', `Staff channel, pasted by mistake: "guest left their card at reception: 2223 7466 4526 1293, name on card M. Schulz, put it in the safe"`],
  ['linkedin', 'en', 'national_id', `Welcome Kasia to the Berlin team! HR note: her PESEL is 86120417380, please add her to payroll before Friday.`],
  ['x', 'mixed', 'codename', `Kick-off du Project Kestrel aujourd'hui 🚀 new booking engine for all our rooms, launch date TBD. Hâte !`],
  ['linkedin', 'mixed', 'financial', `Bonjour Paul, merci pour votre message ! Between us, the annual pass goes up to 420 € from March — the official notice hasn't gone out yet, so keep it to yourself 😉`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Password hygiene reminder: if a screenshot shows "password: ********", fine. If it shows the actual characters, delete it and tell IT.`],
  ['linkedin', 'en', '', `Watched L.A. Confidential again on the train to Hamburg. Still the best noir of the 90s.`],
  ['linkedin', 'en', '', `Testing the new web-shop checkout? Use 4111 1111 1111 1111 (the standard Visa test number) with any future expiry date. Nothing is charged in the sandbox.`],
  ['linkedin', 'en', '', `Writing test fixtures for our invoicing module, we use the well-known example DE89 3704 0044 0532 0130 00 from the German banking docs. Never a real customer IBAN in tests!`],
  ['linkedin', 'en', '', `Lesson from our finance lead: a 5% price rise with 5% of customers leaving doesn't break even, you lose about 0.25% of revenue. Do the maths before you raise (illustrative numbers).`],
]);

