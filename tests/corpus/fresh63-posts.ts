import { rows } from './corpus-types';

/**
 * Held-out set "fresh63": written 2026-12-04 (21:28-21:40 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh63`.
 * First scored 2026-12-04 21:36 UTC on the rules of f9bab22, after the fixes from fresh54 to fresh61 and before any from
 * this round: confidentiality macro F1 0.945, 6.5 % of clean posts flagged (7 of 107);
 * phone 0.842, codename 0.870, financial 0.913, confidential_marker 0.917, national_id 0.933, iban 0.957, secret 0.963, the others 1.000.
 *
 * Authors: employees in Cameroon (an operator, Mboa Telecom; a mobile-money fintech, NjanguiPay; a fibre builder, Kribi
 * Fibre; a maternal-health NGO in the Adamaoua), Senegal (Teranga Money, the ISP SamaNet, the water and vaccination NGO
 * Jokkoo Sahel), Côte d'Ivoire (Akwaba Mobile, Lagune Pay, the NGO Eau Vive Bouaké), Madagascar (Vanille Telecom, Fanilo
 * Cash, the reforestation NGO Tany Maitso), the DRC (Kivu Connect, Lisanga Cash, the health NGO Mwinda Santé) and Haiti
 * (Lakay Telecom, the diaspora-transfer firm KòbRapid, the water NGO Dlo Pwòp Haïti), writing mostly in French, some in
 * English and a few in a French-English mix; telecoms, mobile money, agent networks, tariff and commission changes,
 * donor reports and field operations, recruitment. Forms: proud team updates, agent-recruitment calls, pasted WhatsApp
 * and KYC messages, meeting notes (CR hebdo, CODIR agenda, workshop plan), customer-service replies (surface
 * 'comment'), job ads with published salary ranges, supplier and donor bank-detail notices, fraud warnings, config
 * snippets (.env, SMPP, connection strings, scripts), changelogs, an internal and a public post-mortem, polls, a two-post
 * X thread, a live-post, goodbyes, tips, birdwatching and stargazing asides.
 *
 * Positives. Financial (24): a capex budget before the board, a transaction-volume target before it is unveiled, a
 * transfer-fee cut, a box launch price, a data-bundle rise, a withdrawal fee in a changelog, an agent-commission grid
 * and a super-agent bonus (in words) before agents are told, an exchange rate before the agents get it, a sealed bid
 * before the opening, a fund proposal awaiting its answer, an 18-month donor extension before signature, a
 * draft donor report not yet sent, a humanitarian budget cut "rien d'officiel", flash figures "non audités", a forecast
 * "pas encore validé", a weighted pipeline "chiffres internes", unit costs before the board, a Series A and pre-money, a
 * valuation before closing, ARPU under a CONFIDENTIEL banner, a data-revenue growth under an EMBARGO, a board-approved
 * fund "keep it between us", contract commissions before the ministry's approval. Phones (22) in Cameroonian, Senegalese
 * (toll-free 800 included), Ivorian ten-digit, Malagasy, Congolese and Haitian formats, with and without country codes,
 * employees' mobiles, mobile-money numbers and company lines. National ids (16): French NIR of people born abroad (99 +
 * INSEE country code, key 97 - n mod 97), Belgian national register number (mod 97), Canadian SIN (Luhn), US SSN by
 * format; Cameroonian CNI, Senegalese CEDEAO NIN, Ivorian CNI (CI + 9 digits) and NNI, Malagasy 12-digit CIN and
 * Haitian CIN as written on the cards. IBANs (11), computed in a throwaway script outside the repo (mod 97, with the
 * UEMOA/CEMAC RIB key): CM, SN, CI, MG, BF, BJ, ML, FR, BE. Cards (5), Luhn-valid Visa, Mastercard 5- and 2-series.
 * Secrets (14): Wi-Fi passwords, a merchant PIN, a shared Facebook password, SMPP and DHIS2 passwords, an rsync password,
 * a Kobo token, an SMS-API key, a Telegram bot token, a Slack webhook, a MoMo subscription key, a leaked client secret,
 * a Postgres connection string. Internal URLs (13): acme-corp.net, corp.acme.com, intranet. hosts, 10/172.16/192.168
 * addresses, .local, .internal, .corp hosts. Emails (13) including role mailboxes and "[at] [dot]" / "name @ domain"
 * forms. Markers (11): CONFIDENTIEL, DIFFUSION RESTREINTE, TLP:AMBER, TLP:RED, [INTERNAL], EMBARGO jusqu'au, SOUS NDA,
 * INTERNE, Classification : Interne / Confidential, CONFIDENTIEL RH. Codenames (10) and clients (9) in their project and
 * customer sense.
 *
 * Look-alikes (clean): published annual reports, tariffs, commissions, tender results and a fee cut once announced;
 * other organisations' figures (regulators, OCHA, BCEAO, GSMA, a competitor's funding), personal and tontine figures, a
 * teaching exercise, job-ad salary ranges; USSD codes, a merchant code, transaction and order references, emergency
 * numbers (1515, 17, 18, 180, 185), a Haitian bank account for donations; an IBAN with a broken check (a scam SMS, a fake
 * donation appeal), a masked IBAN, the SN registry example named as such; a Luhn-failing "order number", the 4242 test
 * card, a masked card; a NIR with a wrong key, the CRA sample SIN, the 1938 wallet-card SSN, masked NIN and CIN, an
 * all-zero CIN; placeholders (<à_remplir>, {{subscription-key}}, your-secret-here, user:password@localhost, the Slack
 * docs' zeroed webhook, DHIS2's public admin / district demo login); public status and open-data sites, documentation
 * IPs (192.0.2.x, 198.51.100.x), an X handle, "intranet" as a word; markers discussed, quoted or lifted (TLP:CLEAR, a
 * classification policy, "CONFIDENTIEL" in footers, a lifted embargo, a film title); "entre nous" and "chiffres
 * internes" are informal and not markers. Orion the constellation, the Orion Nebula and an office cat; a kestrel bird;
 * Atlas the cat and an old blue atlas; a rooftop bar called Nébula; Société Générale (a real bank), Globacom, Initech in
 * Office Space, a Sainte-Claire parish.
 *
 * Conventions: every written email and phone number is flagged (role mailboxes, switchboards and toll-free numbers
 * included; emergency short numbers not); IBAN, card and national-id positives are valid numbers only, and a digit run
 * inside a valid IBAN is not also a card; financial means the company's (or the NGO's) own figure with a sign it is not
 * public yet; the policy's names count only in their project / customer sense.
 *
 * Counts: 240 posts (212 FR, 23 EN, 5 mixed; 210 LinkedIn of which 7 comments, 30 X): 107 clean, 133 with one or more
 * findings (15 with two). Labels: financial 24, phone 22, national_id 16, secret 14, internal_url 13, email 13, iban 11,
 * confidential_marker 11, codename 10, client_name 9, card 5.
 */
export const FRESH63_POSTS = rows('fresh63', [
  // ——— Cameroun: opérateur Mboa Telecom, fintech NjanguiPay, Kribi Fibre, ONG Santé Pour Tous Adamaoua ———
  ['linkedin', 'fr', '', "Fiers de l'équipe réseau de Mboa Telecom : 212 nouveaux sites 4G allumés cette année, dont 38 dans l'Extrême-Nord où personne ne voulait aller. Le détail région par région est dans notre rapport annuel, publié hier sur notre site. Bravo aux grimpeurs 🧗🏾"],
  ['linkedin', 'fr', 'financial', "Petit débrief après le comité de direction de ce matin. Rien n'est encore annoncé, donc je reste vague… enfin presque : le capex 2027 a été arrêté à 38,5 milliards FCFA, dont 60 % pour la boucle fibre Kribi–Douala. La communication officielle suivra le conseil d'administration de janvier. Année chargée en perspective !"],
  ['linkedin', 'fr', 'phone', "NjanguiPay recrute des agents à Bafoussam et Dschang ! Il vous faut une boutique ou un kiosque, une pièce d'identité et un registre de commerce. Appelez Rodrigue, notre superviseur terrain Ouest, au 6 77 45 12 38 (WhatsApp aussi) pour prendre rendez-vous."],
  ['x', 'fr', 'phone', "Perturbations data à Garoua depuis 14h suite à une coupure fibre sur l'axe Ngaoundéré. Nos équipes sont sur place. Entreprises : ligne dédiée +237 222 23 41 87."],
  ['linkedin', 'fr', '', "Nouveau forfait Jeune à 500 FCFA la semaine : 1 Go + appels illimités vers Mboa de 20h à 6h. Disponible dès aujourd'hui en tapant #150*4#, conditions complètes sur notre site et dans toutes nos boutiques."],
  ['linkedin', 'fr', 'national_id', `Je colle ça ici en attendant que le CRM revienne, désolé pour le bruit :
[WhatsApp – KYC Centre] Brice : la cliente dit que son dossier bloque depuis lundi. CNI n° 113 845 207, MBARGA épse NGONO Thérèse, née le 12/03/1979 à Mbalmayo. Tu peux forcer la validation stp ?`],
  ['linkedin', 'fr', 'iban', "Avis à nos fournisseurs : à compter du 1er janvier, Kribi Fibre ne réglera et n'encaissera plus que sur le compte suivant, IBAN CM21 1000 5376 8751 2429 3786 832. Toute demande de changement de coordonnées reçue par e-mail doit être confirmée par un appel à votre interlocuteur habituel."],
  ['linkedin', 'fr', '', "⚠️ Arnaque en cours : de faux SMS « NjanguiPay » demandent de rembourser une prétendue erreur de transfert sur le compte CM21 1000 5376 8751 2429 3786 833. Ce compte n'existe pas chez nous et le numéro ne tient même pas debout. Ne renvoyez jamais d'argent sans vérifier dans l'application."],
  ['linkedin', 'fr', 'codename', "Trois mois de pilote Orion avec 40 agents de Ngaoundéré : le temps moyen d'un retrait passe de 6 minutes à 90 secondes, même les jours de marché. Je ne peux pas en dire plus pour l'instant, mais je suis tellement fier de cette équipe."],
  ['x', 'fr', '', "Nuit sans nuages à Maroua, Orion bien haut au-dessus des collines de Mindif. Meilleur moment de toute la mission terrain 🌌"],
  ['linkedin', 'fr', 'secret internal_url', `Quelqu'un a déjà vu ça ? Le bind SMPP tombe toutes les 10 minutes sur la préprod.
# passerelle OTP – preprod
SMSC_HOST=10.12.40.7
SMSC_PORT=2775
SMPP_SYSTEM_ID=njangui_otp
SMPP_PASSWORD=Ndole#Bonapriso77
Le fournisseur dit que tout va bien de son côté 🙄`],
  ['linkedin', 'fr', '', `Conseil aux devs qui débutent avec les passerelles SMS : votre .env versionné doit ressembler à ça
SMPP_SYSTEM_ID=<votre_identifiant>
SMPP_PASSWORD=<à_remplir_depuis_le_coffre>
et rien d'autre. La vraie valeur vit dans le coffre-fort, point.`],
  ['linkedin', 'fr', 'financial', "Pour mes collègues superviseurs : la nouvelle grille passe à 0,7 % de commission sur les retraits au-delà de 50 000 FCFA à partir du 1er février. Les agents ne seront informés qu'à la réunion régionale du 15, donc on garde ça pour nous d'ici là, merci 🙏"],
  ['linkedin', 'fr', '', "Chez NjanguiPay, les commissions agents sont affichées dans chaque point de vente : 1 % sur les retraits jusqu'à 50 000 FCFA, 0,8 % au-delà. Un agent qui connaît sa marge est un agent qui reste. Transparence = confiance."],
  ['linkedin', 'fr', 'client_name', "Heureux d'annoncer que Globex a choisi NjanguiPay pour payer ses 3 000 collecteurs de cacao dans le Centre et le Sud-Ouest. Fini les convois de billets sur les pistes ! Merci à l'équipe B2B pour six mois de patience."],
  ['linkedin', 'en', '', "Reading list for anyone building payments in Central Africa: the BEAC annual report on electronic money, the GSMA State of the Industry report (it puts registered mobile money accounts above 1.7 billion worldwide) and the World Bank Findex chapter on women's accounts. Add yours below 👇"],
  ['linkedin', 'fr', 'email phone', "Après 7 ans chez Mboa Telecom, je tourne la page. Merci à tous ceux qui ont grimpé, câblé, négocié avec moi de Kousseri à Kribi. Pour rester en contact : ebenezer.fotso@gmail.com ou 6 94 18 27 55."],
  ['linkedin', 'fr', '', "Dernier jour chez Mboa Telecom. 7 ans, 4 régions, des centaines de pylônes et autant de plats de ndolè partagés avec les équipes. Vous savez où me trouver : ici même 😉"],
  ['linkedin', 'fr', 'confidential_marker financial', `Quelle fierté de présenter ces résultats à l'équipe ce matin 👇
CONFIDENTIEL — NE PAS DIFFUSER
Revue T3 Mboa Data : ARPU data 2 140 FCFA (+9 %), churn mensuel 3,2 %, 1,1 million d'abonnés 4G actifs.`],
  ['linkedin', 'fr', '', "Question sincère aux juristes : est-ce que mettre « CONFIDENTIEL » en pied de chaque e-mail a encore un sens quand tout le monde le fait, y compris pour l'invitation au pot de Noël ? Chez nous plus personne ne le voit."],
  ['linkedin', 'fr', 'national_id', "Quelqu'un a déjà fait son adhésion à la CFE depuis Douala ? Le formulaire me demande mon numéro de sécu français, je mets 1 84 07 99 322 348 46 et il me répond « format invalide ». C'est le 99 qui pose problème ?"],
  ['linkedin', 'fr', '', "Petit rappel pour les collègues expatriés : votre numéro de sécurité sociale français commence par 1 ou 2, puis l'année et le mois de naissance, puis 99 et le code de votre pays de naissance (322 pour le Cameroun). Ne le collez jamais en entier dans un commentaire pour demander de l'aide !"],
  ['linkedin', 'fr', 'internal_url', "Merci à l'astreinte de cette nuit, 4 incidents majeurs gérés sans réveiller personne. Les fiches sont sur https://noc.acme-corp.net/incidents/2026-12-03 pour ceux qui veulent le détail."],
  ['linkedin', 'fr', '', "Notre page de statut est publique : status.njanguipay.cm. Si l'appli rame, jetez-y un œil avant d'appeler, vous saurez tout de suite si c'est nous ou votre réseau 😉"],
  ['linkedin', 'en', 'secret', `Anyone else getting 401s from the MoMo sandbox today? Token call fails with these headers:
Ocp-Apim-Subscription-Key: 3f9c2a7e81d64b0fa5c7e2d19b84f630
X-Target-Environment: sandbox
Worked fine on Friday.`],
  ['linkedin', 'en', '', "Tip for newcomers to mobile money APIs: the docs show the subscription key as {{subscription-key}}. Keep it that way in anything you share and load the real one from your environment. I've seen too many StackOverflow questions with live keys."],
  ['linkedin', 'fr', 'email', "Bonjour Madame, désolés pour ce retrait bloqué. Envoyez-nous l'identifiant de la transaction à reclamations@njanguipay.cm ou en message privé, nous traitons sous 48 h.", { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', "Bonjour Paul, votre compte est bien actif de notre côté. Si l'erreur persiste, notre centre de contact est joignable au +237 233 42 71 09, du lundi au samedi de 8h à 20h.", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Astuce du jour pour nos agents : pour vérifier votre float, tapez #150*7# puis option 3. Et on ne donne JAMAIS son code PIN au téléphone, même à quelqu'un qui dit appeler du siège."],
  ['linkedin', 'fr', 'secret', `Le groupe WhatsApp des superviseurs en une capture, c'est ça le vrai terrain 😂
[Superviseurs Littoral] Ariane : le PIN du compte marchand de la boutique Akwa a été réinitialisé, nouveau code 7419. Donnez-le à Pauline demain à l'ouverture.`],
  ['linkedin', 'fr', 'codename client_name', `CR point hebdo B2B (jeudi)
- Société Générique : démo Nébula reportée au 12, leur DSI veut voir le mode hors ligne
- Relances factures Q3 : OK
- Salon de Douala : stand confirmé`],
  ['linkedin', 'fr', '', "Société Générale Cameroun organise demain une matinée sur l'inclusion financière des commerçantes. J'interviens à 10h sur le rôle des agents de proximité. Venez, c'est gratuit !"],
  ['linkedin', 'fr', 'financial', "Bonne nouvelle pour Santé Pour Tous Adamaoua : le comité du bailleur a validé notre extension de 18 mois pour 742 000 €. La convention n'est pas encore signée et l'annonce sera faite conjointement en février, mais je tenais à remercier l'équipe dès maintenant."],
  ['linkedin', 'fr', '', "Notre rapport financier 2025 est en ligne : 1,9 M€ de budget exécuté, 87 % consacrés directement aux programmes de santé maternelle. Merci à nos bailleurs et aux 64 agents de santé communautaire."],
  ['linkedin', 'fr', 'card', "Qui peut payer le renouvellement du nom de domaine avant ce soir ? Carte de la boîte : 4137 7195 7554 7362, exp 09/28, le cryptogramme demandez-moi en privé. Sinon le site tombe à minuit 😅"],
  ['x', 'fr', '', "Conseil aux PME de Douala : n'envoyez jamais le numéro de votre carte par WhatsApp à un prétendu « agent ». Une vraie plateforme vous fait payer sur une page sécurisée, jamais dans un chat."],
  ['linkedin', 'fr', '', "Recrutement : 12 animateurs et animatrices terrain pour Santé Pour Tous, basés à Ngaoundéré et Meiganga. Salaire 180 000 – 230 000 FCFA par mois selon expérience, moto fournie. Candidatures via le formulaire de notre site avant le 20 décembre."],
  ['linkedin', 'fr', 'email', "Kribi Fibre recrute 4 techniciens FTTH confirmés. 250 000 à 320 000 FCFA + prime de terrain, CDI après 6 mois. CV et lettre à jobs@kribifibre.cm, entretiens à Kribi la semaine du 15."],
  ['linkedin', 'fr', '', "Atlas, le chat de la base de Bertoua, a encore élu domicile sur l'onduleur. On a dû le déloger pour la maintenance. Qui a dit que les équipes terrain n'avaient pas de mascotte ?"],
  ['x', 'fr', 'codename', "Orion passe en production dans 12 agences de Yaoundé lundi matin. Gros stress, grosse fierté. Si vous voyez un chef de projet qui ne dort plus, c'est moi."],

  // ——— Sénégal: Teranga Money, FAI SamaNet, ONG Jokkoo Sahel ———
  ['linkedin', 'fr', '', "2 ans de Teranga Money à Kaolack : 1 400 agents actifs, et surtout des mareyeuses qui n'ont plus besoin de voyager avec des liasses. Les chiffres viennent de notre bilan publié en octobre, lien en commentaire."],
  ['linkedin', 'fr', 'financial', "Retour du séminaire de Saly. Je peux dire une chose : l'objectif 2027 de volume transactionnel, 1 200 milliards FCFA, est ambitieux mais atteignable. Il ne sera dévoilé aux équipes qu'en janvier, alors chut 🤫"],
  ['x', 'fr', 'financial', "Les frais de transfert Teranga vers Teranga vont descendre à 0,5 % le 1er mars. Annonce officielle prévue le 20 février, vous l'avez lu ici en premier 😎"],
  ['x', 'fr', '', "Comme l'a annoncé ce matin notre directrice générale : les frais de transfert Teranga vers Teranga passent à 0,5 % dès le 1er mars. Le communiqué complet est sur notre site."],
  ['linkedin', 'fr', 'phone', "On cherche des agents Teranga Money à Ziguinchor et Kolda ! Contactez Aïssatou au 77 648 21 09 ou passez à notre agence de l'avenue Lamine Guèye."],
  ['linkedin', 'fr', 'national_id', `Quelqu'un de la conformité peut regarder ? Le ticket ne passe pas.
Dossier KYC en attente — client : DIOP Mamadou, NIN 1 762 1990 04521, délivrée le 14/05/2019 à Dakar. La photo est floue, on lui redemande un selfie ?`],
  ['linkedin', 'fr', '', "Vérifiez toujours la date d'expiration de la carte d'identité CEDEAO avant d'ouvrir un compte : les premières cartes de 2016 arrivent à échéance. Dans nos formations, le numéro est toujours masqué, par exemple 1 762 **** *****."],
  ['linkedin', 'fr', 'iban', "Pour soutenir la campagne « Un puits par village » de Jokkoo Sahel : IBAN SN11 SN01 2323 1900 0477 6116 2840 (CBAO). Chaque franc devient de l'eau potable à Podor. Merci 💧"],
  ['linkedin', 'fr', '', "Pour la formation des nouveaux comptables : voici le format d'un IBAN sénégalais tel qu'il apparaît dans le registre des formats, SN08 SN01 0015 2000 0485 0000 3035. C'est un exemple de documentation, pas un compte à créditer !"],
  ['linkedin', 'fr', 'internal_url', "Les supports de la formation KYC v3 sont sur http://intranet.terangamoney.sn/formation/kyc-v3 (accès VPN). Bonne révision avant le quiz de vendredi, il compte pour la certification !"],
  ['linkedin', 'fr', '', "Les supports de la formation agents sont publics : terangamoney.sn/academie. Partagez-les avec vos sous-agents, c'est fait pour ça."],
  ['linkedin', 'fr', 'email', "Stage data de 6 mois à Dakar, démarrage en février. Envoyez CV et une page sur un projet dont vous êtes fier à stages [at] samanet [dot] sn avant le 31."],
  ['linkedin', 'fr', 'confidential_marker', `Je vous partage le plan de l'atelier d'hier, j'ai juste enlevé les noms des participants :

DIFFUSION RESTREINTE — USAGE INTERNE
Atelier refonte du parcours agent
1. Cartographie des irritants (float, réseau, réclamations)
2. Atelier persona « agent rural »
3. Priorisation`],
  ['linkedin', 'fr', '', "Notre nouvelle politique de classification entre en vigueur en janvier : quatre niveaux, Public, Interne, Confidentiel et Secret. Une formation obligatoire est prévue pour tous les managers, et franchement ça ne fera pas de mal."],
  ['x', 'fr', 'codename', "Project Kestrel entre en phase 2 à Thiès lundi. Le terrain va enfin voir ce qu'on construit depuis 6 mois 🔥"],
  ['linkedin', 'fr', '', "Week-end au parc du Djoudj : pélicans, flamants, et un faucon crécerelle (un kestrel, pour nos amis anglophones) perché sur un poteau électrique. Le Sénégal est un paradis pour les ornithos."],
  ['linkedin', 'fr', 'phone', "Campagne de vaccination Jokkoo Sahel à Matam : les relais communautaires joignent la coordination au 78 112 45 67, ou au fixe du bureau, le 33 869 42 10, aux heures ouvrables."],
  ['linkedin', 'fr', '', "Consignes de la campagne de Matam : en cas d'urgence médicale appelez le 1515, pour un incendie le 18, pour la police le 17. Et gardez toujours une copie papier de la liste des relais."],
  ['linkedin', 'en', 'secret', "Our deploy bot stopped posting to #ops after the workspace migration. Can someone check if this hook is still valid? https://hooks.slack.com/services/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"],
  ['linkedin', 'en', '', "In the Slack docs, incoming webhook URLs look like https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX. If yours has real letters in the last part, treat it exactly like a password."],
  ['linkedin', 'fr', 'client_name', "Signature ce matin avec l'Hôpital Sainte-Claire : les consultations et la pharmacie se paieront désormais par mobile money. Fierté pour toute l'équipe santé digitale !"],
  ['linkedin', 'fr', '', "Messe d'action de grâce à la paroisse Sainte-Claire de Grand-Yoff pour les 10 ans de Jokkoo Sahel. Merci aux sœurs clarisses pour leur accueil et pour le thiakry !"],
  ['linkedin', 'fr', 'financial', "Dernière ligne droite sur l'appel d'offres de l'ARTP : notre offre finale est bouclée à 2,87 milliards FCFA HT. Ouverture des plis mardi, croisez les doigts pour nous."],
  ['linkedin', 'fr', '', "Résultat publié au Journal officiel : le lot 2 du programme de couverture des zones blanches est attribué à SamaNet pour 2,87 milliards FCFA HT. Merci à toute l'équipe avant-vente pour ces nuits blanches."],
  ['linkedin', 'fr', 'secret', "Bienvenue aux nouveaux de la base de Tambacounda ! Wifi : JOKKOO_TAMBA, mot de passe Teranga2026@Tamba. Le groupe électrogène démarre à 7h, pas avant 😴"],
  ['linkedin', 'fr', '', "Le wifi invités de notre espace de coworking aux Almadies est ouvert à tous, sans mot de passe : il suffit d'accepter la charte sur la page d'accueil. Venez travailler avec nous le jeudi !"],
  ['linkedin', 'fr', 'email phone', `Merci pour ce partage, très juste sur la question des zones blanches !
--
Ndeye Fatou Sarr
Responsable partenariats, SamaNet
nf.sarr@samanet.sn | +221 77 902 36 14`, { surface: 'comment' }],
  ['linkedin', 'mixed', '', "Big up à l'équipe data de SamaNet : notre carte de couverture est maintenant en open data. Go check it, c'est sur data.samanet.sn, et les retours sont welcome 🙌"],
  ['x', 'en', 'financial', "Can't say much yet but our Series A closes next week: $7M at a $28M pre-money. Announcement early January. Dakar tech is real 🇸🇳"],
  ['x', 'en', '', "Congrats to the team at Wave on the funding round they announced — $200M, publicly reported as the largest Series A in Africa at the time. Good for the whole ecosystem."],
  ['linkedin', 'fr', 'national_id', "Pour la mutuelle de mon employeur français, je dois saisir mon numéro de sécu : 2 91 11 99 341 124 50. Le site refuse le « 99 » comme département, quelqu'un a une astuce ?"],
  ['linkedin', 'fr', 'iban', "Partenaires du Burkina : vos contributions au fonds commun de la coalition peuvent être versées sur BF77 BF04 2760 4253 7519 0835 0890. Reçu envoyé sous 72 h."],
  ['linkedin', 'fr', 'national_id phone', "Fiche contact d'urgence de l'agent terrain de Sédhiou, pour le coordinateur qui arrive lundi : Ousmane Diallo, NIN 1 541 1992 03318, tél. 76 233 18 40. Sa femme est à joindre en priorité si accident."],
  ['linkedin', 'fr', 'iban', "Nouveau compte pour les cotisations de la fédération des agents de paiement du Sénégal : SN36 SN09 4749 2307 0045 6291 8312. L'ancien compte sera clôturé le 31 décembre."],
  ['x', 'fr', 'phone', "Rappel : le numéro vert Teranga Money pour les agents est le 800 00 14 14, gratuit depuis tous les réseaux, 7j/7."],
  ['linkedin', 'fr', 'email', "Pour les stages terrain 2027, écrivez directement à mariama.ba @ jokkoosahel.org, en mettant la région souhaitée dans l'objet. Pas de pièces jointes de plus de 5 Mo svp !"],
  ['linkedin', 'fr', '', "Nos stages terrain 2027 sont ouverts ! Candidatures uniquement via le formulaire en ligne, nous ne traitons pas les CV envoyés en message privé. Bonne chance à tous."],
  ['linkedin', 'fr', '', "Recrutement : Teranga Money cherche un(e) analyste fraude à Dakar. Rémunération 900 000 – 1 200 000 FCFA brut par mois, assurance famille. Candidatures sur notre page carrières jusqu'au 10 janvier."],
  ['x', 'fr', '', "Suivez @TerangaMoneySN pour les alertes de maintenance, on y poste avant chaque intervention de nuit."],

  // ——— Côte d'Ivoire: Akwaba Mobile, Lagune Pay, ONG Eau Vive Bouaké ———
  ['linkedin', 'fr', '', "Akwaba Mobile a franchi le cap des 4 millions de comptes mobile money actifs selon l'observatoire publié par le régulateur ce trimestre. Merci à nos 9 000 points de service !"],
  ['linkedin', 'fr', 'financial', "Chiffres flash de novembre (non audités, ils ne sortent pas avant la réunion du board du 16) : 312 milliards FCFA de volume, marge nette de 4,1 %. L'équipe a été incroyable ce mois-ci."],
  ['linkedin', 'fr', 'phone', "Agents de Yopougon : votre nouveau superviseur, Koffi, est joignable au 07 47 12 89 63. Il passera dans toutes les boutiques d'ici la fin du mois."],
  ['linkedin', 'fr', 'national_id', "Réclamation client — Mme KOUASSI Adjoua, CNI CI002784513, veut annuler un transfert envoyé au mauvais numéro. Je mets ça ici parce que le ticket ne s'enregistre pas depuis ce matin 😩"],
  ['linkedin', 'fr', '', "Rappel : sur la nouvelle carte nationale d'identité, le numéro commence par CI suivi de 9 chiffres. Ne le recopiez jamais dans un commentaire public, même pour aider un client qui vous le demande."],
  ['linkedin', 'fr', 'secret internal_url', `Besoin d'aide : ma chaîne de connexion ne passe plus depuis la migration de la base.
postgresql://lagune_app:Plateau!2026@db-ledger.lagunepay.internal:5432/ledger
L'erreur dit « SSL required ». Des idées ?`],
  ['linkedin', 'fr', '', "Pour le TP de jeudi, la chaîne de connexion d'exemple est postgresql://user:password@localhost:5432/mabase. Remplacez par vos propres identifiants sur votre machine, et ne les commitez pas."],
  ['linkedin', 'fr', 'confidential_marker codename', `TLP:AMBER — Note de cadrage Atlas Bleu
Objectif : unifier les wallets marchands d'ici juin
Périmètre : Abidjan, Bouaké, San-Pédro
Sponsor : direction des opérations`],
  ['linkedin', 'fr', '', "Notre CERT publie ses bulletins en TLP:CLEAR, vous pouvez les rediffuser largement. Cette semaine : une campagne de SIM swap qui cible les commerçants d'Adjamé. Vigilance !"],
  ['linkedin', 'fr', '', "Retrouvé chez mes parents le gros atlas bleu de géographie de 1978, où Abidjan était encore la capitale. Souvenirs d'école à Treichville."],
  ['x', 'fr', 'phone', "Service client Lagune Pay joignable 24/7 au 27 22 48 61 90. On répond en moins de 3 minutes, promis."],
  ['x', 'fr', '', "Grosse perturbation ce matin, toutes nos excuses. Les mises à jour sont sur @LagunePayCI et sur status.lagunepay.ci."],
  ['linkedin', 'fr', 'email', "Bonsoir M. Yao, nous avons bien reçu votre réclamation. Merci d'envoyer la capture d'écran de l'erreur à support@lagunepay.ci pour que l'équipe puisse la traiter plus vite.", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Bonjour, merci pour votre message. Pour votre sécurité, ne partagez jamais votre numéro de compte ni votre code ici : écrivez-nous en privé et un conseiller vous répondra.", { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', "Changement de domiciliation bancaire pour Eau Vive Bouaké : notre nouvel IBAN est CI93 CI00 8096 0477 8365 7332 7839. Merci aux partenaires de mettre à jour leurs fiches fournisseurs."],
  ['linkedin', 'fr', 'financial', "La nouvelle box 4G maison sera vendue 19 900 FCFA au lancement, au lieu de 29 900 aujourd'hui. Les boutiques reçoivent l'info vendredi et les clients le 1er. En attendant, je n'ai rien dit 🤐"],
  ['linkedin', 'fr', '', "Nos prix sont affichés en boutique et sur notre site : box 4G maison à 29 900 FCFA, recharge 30 jours à 10 000 FCFA. Pas de frais cachés."],
  ['linkedin', 'fr', 'client_name', "Fin de projet pour Initech : 2 400 TPE équipées du paiement marchand en six mois, d'Abobo à San-Pédro. On range les gilets et on fête ça ce soir !"],
  ['linkedin', 'en', '', "Every time someone says 'synergy' in a meeting I think of Initech and the TPS reports in Office Space. Still the best film about corporate life, 26 years later."],
  ['linkedin', 'fr', 'card', "Test de paiement en prod ce soir : j'ai utilisé ma carte perso 5257 7821 3681 7253 pour vérifier le parcours 3-D Secure. Remboursement demain svp la compta 🙏"],
  ['linkedin', 'fr', '', "Pour tester l'intégration en sandbox, utilisez la carte 4242 4242 4242 4242 fournie dans la documentation du prestataire, avec n'importe quelle date future. Jamais une vraie carte, même la vôtre."],
  ['linkedin', 'fr', 'secret', "Notre bot Telegram d'alertes terrain ne répond plus. Le token dans la config est 6123457890:AAHk9wQz3LmT7vXbR2pN8sYdE4cF1gJ6uKo, quelqu'un l'a régénéré sans prévenir ?"],
  ['linkedin', 'en', 'confidential_marker', `Sharing our Q1 skeleton with the community for feedback:
[INTERNAL] Roadmap Q1 2027 — Agent app
- offline mode for rural agents
- merchant QR v2
- float alerts by SMS`],
  ['linkedin', 'en', '', "Friday tip: if a doc is tagged [INTERNAL] and you still want outside feedback, rewrite the bits you need from scratch. Deleting the tag doesn't make the content public."],
  ['linkedin', 'fr', 'national_id', "Pour l'inscription de ma fille au concours, le site demande mon NNI. J'ai mis 13985402761 et il me dit « introuvable ». Quelqu'un a eu le même souci ?"],
  ['linkedin', 'fr', '', "Reçu de transaction : ID CI231204.1532.B44718, montant 25 000 FCFA, frais 250 FCFA. Si vos clients gardent leurs reçus comme ça, la réclamation est traitée dix fois plus vite."],
  ['linkedin', 'fr', 'national_id', "Expatriée ivoirienne en France, je fais ma demande de carte Vitale en ligne et le site refuse mon numéro 2 87 09 99 326 955 27 alors que c'est celui de mon attestation. Des retours d'expérience ?"],
  ['linkedin', 'fr', 'phone', "Pour les livraisons de cartes SIM à Daloa, voyez directement avec Mariam au 05 64 33 20 18, elle gère le stock."],
  ['x', 'fr', '', "Accident sur l'axe Abidjan–Yamoussoukro ce matin, nos techniciens vont bien. En cas d'accident : pompiers 180, SAMU 185. Prudence sur la route."],
  ['linkedin', 'fr', 'internal_url', "Le nouveau portail RH est en ligne : https://rh.intranet.akwabamobile.ci. Vos bulletins de paie et vos demandes de congés y sont désormais."],
  ['linkedin', 'fr', '', "Notre intranet a 10 ans ! On a retrouvé la toute première page d'accueil, avec le clipart d'époque et le compteur de visites 😂"],
  ['linkedin', 'fr', '', "Votre relevé affichera désormais l'IBAN masqué, par exemple CI42 **** **** **** **** 4206. C'est normal, c'est pour votre sécurité !"],
  ['linkedin', 'fr', 'card', "Client furieux au téléphone : « Ma carte 4643 2104 8522 1998 a été débitée deux fois ! » Il l'a aussi écrit en commentaire public. Un rappel : on ne demande jamais ça par écrit."],
  ['linkedin', 'fr', '', "Bonjour, pour votre sécurité nous avons masqué votre numéro de carte (4643 **** **** 1998) dans votre commentaire. Un conseiller vous contacte en privé dans l'heure.", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Arnaque SMS du jour : « Votre commande 4137 7195 7554 7363 est en attente, confirmez le paiement ». Ce n'est ni un numéro de carte, ni une commande de chez nous. Supprimez."],

  // ——— Madagascar: Vanille Telecom, Fanilo Cash, ONG Tany Maitso ———
  ['linkedin', 'fr', 'phone', "Agents Fanilo Cash de la région Atsinanana : votre nouveau référent est Hery, joignable au 034 12 345 67 ou au 032 05 118 42 (soir uniquement)."],
  ['linkedin', 'fr', 'national_id', "Dossier de recrutement des enquêteurs, il manque la validation pour RAKOTOMALALA Fanja, CIN 101 212 145 789, délivrée à Antananarivo Renivohitra. Merci de valider avant demain, on part à 5h."],
  ['linkedin', 'fr', '', "Pour les enquêteurs : le numéro de CIN malgache a 12 chiffres. Sur les fiches d'entraînement on utilise toujours 000 000 000 000, jamais un vrai numéro, même celui d'un collègue consentant."],
  ['linkedin', 'fr', 'iban', "Le fournisseur de motos nous a envoyé son nouveau RIB : MG46 0000 8076 7705 6026 5106 840 (BNI). Je le colle ici pour que la compta le retrouve, notre drive est encore en panne."],
  ['linkedin', 'fr', 'financial', "Le forfait 1 Go de Vanille Telecom passera de 5 000 à 6 500 Ariary le 15 janvier. Ce n'est pas encore annoncé, on prépare les SMS clients pour la semaine prochaine."],
  ['x', 'fr', '', "Le forfait 1 Go à 5 000 Ariary reste le moins cher du marché d'après le comparatif publié par le régulateur ce mois-ci. On en est fiers."],
  ['x', 'fr', '', "Ciel d'Ambalavao ce soir : Orion et les Pléiades, zéro pollution lumineuse. Les nuits de mission ont du bon ✨"],
  ['linkedin', 'fr', 'codename', "Retour sur six semaines de tests de Nébula dans la région Boeny : l'appli agent tourne hors ligne, même à Mitsinjo où le réseau passe une heure par jour. Suite en février !"],
  ['linkedin', 'fr', '', "Photo de la nébuleuse d'Orion prise par le club d'astronomie de l'université d'Antananarivo avec un télescope de 20 cm. Bluffant pour du matériel amateur."],
  ['linkedin', 'fr', 'email', "Pour le rapport bailleur, merci de m'envoyer vos tableaux de suivi à voahangy.ranaivo@tanymaitso.mg avant vendredi midi. Après, je ne garantis rien 😅"],
  ['linkedin', 'fr', 'financial', "Brouillon du rapport intermédiaire (pas encore envoyé au bailleur) : taux de consommation 58 %, 412 000 USD dépensés sur 710 000. Il va falloir bien justifier le retard du volet reboisement."],
  ['linkedin', 'fr', '', "Notre rapport annuel 2025 est publié : 1,2 million d'arbres plantés, 640 000 USD de budget exécuté, 14 communes partenaires. Le lien est dans les commentaires."],
  ['linkedin', 'fr', 'internal_url', "Au bureau de Morondava, les formulaires d'enquête se synchronisent sur le serveur local http://192.168.10.5/kobo, la connexion est trop lente pour le cloud. Ça marche nickel."],
  ['linkedin', 'fr', '', "Astuce terrain : KoboCollect garde les formulaires hors ligne et synchronise vers kf.kobotoolbox.org dès que le réseau revient. Indispensable dans le Sud."],
  ['linkedin', 'fr', 'secret', "Jeton d'API Kobo pour le script d'export du projet (valable pour tous les formulaires) : Token 7b1e9f3c0a2d48e6b5c9f41a8d0e2b7c63f5a914. Dites-moi si ça ne marche pas."],
  ['linkedin', 'fr', 'phone', "Le bureau de Tana a déménagé à Ankorondrano ! Nouveau standard : 020 22 614 35. L'ancien numéro sera coupé fin décembre."],
  ['linkedin', 'fr', 'national_id', "Quelqu'un a déjà fait sa demande de retraite française depuis Tana ? Mon numéro 2 88 05 99 333 698 58 n'est pas reconnu sur le site de la caisse, et la hotline ne répond jamais."],
  ['linkedin', 'en', 'client_name', "Great kickoff in Toamasina with the Globex logistics team: 18 months to move their 900 vanilla collectors from cash envelopes to wallets."],
  ['linkedin', 'fr', 'confidential_marker financial', "EMBARGO jusqu'au 10 décembre 9h00 — Vanille Telecom annonce une croissance de 42 % de son chiffre d'affaires data au troisième trimestre, portée par les forfaits ruraux."],
  ['linkedin', 'fr', '', "L'embargo est levé : Vanille Telecom annonce une croissance de 42 % de son chiffre d'affaires data au troisième trimestre. Merci aux journalistes d'avoir respecté le calendrier."],
  ['linkedin', 'fr', 'phone', "+261 33 45 218 90 : c'est le numéro de la hotline de l'enquête nutrition, active de 7h à 19h. Affichez-le dans les centres de santé de base."],
  ['linkedin', 'fr', 'iban', "Bailleurs qui nous ont demandé nos coordonnées bancaires à Madagascar : MG46 0000 5934 0614 1221 7199 321 (BOA Madagascar), au nom de Tany Maitso."],
  ['linkedin', 'fr', 'card', "Per diem de l'équipe de Mahajanga : la carte prépayée 4583 0562 0395 2543 est rechargée demain matin, c'est Fara qui la garde au coffre. Pas de retrait au-delà de 300 000 Ar par jour."],
  ['x', 'en', '', "Madagascar kestrel spotted over Ankarafantsika this morning, an endemic falcon hovering like a drone. Field trips have perks 🦅"],
  ['linkedin', 'fr', 'client_name', "L'Hôpital Sainte-Claire nous renouvelle sa confiance pour trois ans : tous les salaires du personnel continueront de passer par Fanilo Cash. Merci à l'équipe grands comptes !"],
  ['linkedin', 'fr', 'national_id', `Liste des bénéficiaires du transfert monétaire, commune d'Ambovombe (extrait pour vérification) :
- RASOANIRINA Hanta — CIN 210 331 062 874
- RANDRIAMANANA Paul — CIN 210 341 017 552`],
  ['linkedin', 'fr', '', "Coupure de courant, groupe électrogène en panne, route coupée par la pluie… et pourtant 97 % de disponibilité réseau ce mois-ci dans le Sud. Respect aux techniciens de Vanille Telecom."],

  // ——— RDC: Kivu Connect, Lisanga Cash, ONG Mwinda Santé ———
  ['linkedin', 'fr', '', "Kivu Connect a raccordé l'hôpital de Panzi à la fibre. Une vraie différence pour la télémédecine et les dossiers patients. Merci aux équipes de Bukavu."],
  ['linkedin', 'fr', 'phone', "Agents Lisanga Cash à Kananga : le support agents change de numéro. C'est désormais le 0998 765 432 (Airtel) ou le +243 81 234 5678 (Vodacom)."],
  ['linkedin', 'fr', 'secret', "Wifi du bureau de Goma pour les visiteurs de cette semaine : réseau MWINDA-GOMA, clé WPA2 Nyiragongo_1977! — on la change lundi prochain."],
  ['linkedin', 'fr', 'national_id', "Je rentre à Bruxelles pour les fêtes. La commune me demande mon numéro de registre national, 86.04.12-065.51, par simple e-mail. C'est normal, ça ?"],
  ['linkedin', 'fr', '', "Le numéro de registre national belge compte 11 chiffres, dont deux de contrôle. Un formulaire officiel peut vous le demander, un inconnu sur WhatsApp jamais."],
  ['linkedin', 'fr', 'financial', "Nouvelles du siège : le budget humanitaire 2027 de notre mission en Ituri serait ramené à 3,4 M USD, contre 5,1 cette année. Rien d'officiel, les équipes seront informées début janvier."],
  ['linkedin', 'fr', '', "OCHA a publié le plan de réponse humanitaire RDC : 2,54 milliards USD demandés. Les besoins n'ont jamais été aussi élevés, et le financement jamais aussi bas."],
  ['linkedin', 'fr', 'internal_url', "Le tableau de bord des distributions est sur https://dash.corp.acme.com/rdc/distributions. Demandez l'accès à votre point focal, pas à moi 😅"],
  ['linkedin', 'fr', 'email phone', "Recrutement : 6 chauffeurs et 2 logisticiens pour Mwinda Santé à Bunia. CV à recrutement.bunia@mwindasante.org ou dépôt au bureau. Renseignements : +243 85 123 4567."],
  ['linkedin', 'fr', '', "Mwinda Santé recrute un(e) coordinateur(trice) médical(e) à Kinshasa. Salaire brut 3 200 – 3 900 USD selon grille, contrat de 12 mois renouvelable. Postulez sur notre page carrières."],
  ['linkedin', 'fr', 'codename', "Project Kestrel : 400 agents enrôlés dans le Kasaï en trois semaines. On apprend énormément sur la distribution de cash dans les zones sans réseau."],
  ['linkedin', 'fr', 'iban', "Pour nos amis de Belgique qui veulent soutenir l'école de Kalehe : BE50 1688 1190 5118, communication « Kalehe 2027 ». Merci infiniment."],
  ['linkedin', 'fr', '', "Attention, faux appel aux dons qui circule : le compte BE71 0961 2345 6768 cité dans ce message n'est pas le nôtre (il n'est d'ailleurs même pas valide). Nos seuls canaux sont sur notre site."],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — compte rendu de la réunion avec l'opérateur partenaire sur le partage d'infrastructures à Lubumbashi
- 14 pylônes concernés
- décision finale en février
- prochaine réunion à Kolwezi`],
  ['linkedin', 'fr', '', "Ciné-club du bureau de Goma samedi 19h : « Confidential Assignment », un polar coréen bien rythmé. Popcorn fourni, ambiance garantie."],
  ['x', 'fr', 'phone', "Panne réseau à Lubumbashi, on y travaille. Clients entreprises, votre ligne dédiée : +243 97 765 4321."],
  ['linkedin', 'fr', 'secret internal_url', "Pour ceux qui configurent DHIS2 sur le serveur de la zone de santé : admin / Kinshasa@Ngaliema26 sur http://dhis2.mwinda.local:8080. Changez le mot de passe dès la première connexion."],
  ['linkedin', 'fr', '', "Formation DHIS2 : pour vous entraîner, utilisez la démo publique play.dhis2.org avec les identifiants admin / district donnés dans la documentation. Elle est réinitialisée chaque nuit."],
  ['linkedin', 'fr', 'client_name financial', "Contrat signé hier avec Société Générique pour payer les salaires de 12 000 enseignants via Lisanga Cash : 1,8 M USD de commissions sur 3 ans. Annonce officielle après la validation du ministère, d'ici là on savoure en silence."],
  ['linkedin', 'en', '', "Lessons from five years of cash transfers in eastern DRC: agents need liquidity far more than they need training. Long thread in the comments, happy to debate."],
  ['linkedin', 'fr', 'card', "Quelqu'un peut réserver les billets Kinshasa–Goma pour l'équipe d'évaluation ? Carte corporate 2250 9816 5291 7133, expiration 11/27. Merci !"],
  ['linkedin', 'fr', '', "Nos cartes prépayées Lisanga arrivent en janvier ! Votre code secret ne vous sera jamais envoyé par SMS : il est remis en main propre en agence."],
  ['linkedin', 'mixed', 'email', "Super atelier hier sur la protection des données à Kin. Slides dispo on request : jp.mukendi [at] kivuconnect [dot] cd"],
  ['linkedin', 'fr', '', "Les slides de l'atelier sont en libre accès sur kivuconnect.cd/ressources, pas besoin de m'écrire 🙂"],
  ['linkedin', 'fr', 'phone', "Pour soutenir les familles déplacées de Masisi via M-Pesa : 0823 456 789 (Association Tujenge). Merci pour votre solidarité."],
  ['linkedin', 'fr', 'internal_url', "Supervision des pylônes du Nord-Kivu : http://172.20.3.41/nagios. Les alertes rouges, c'est pour l'astreinte, pas pour le groupe général svp."],
  ['linkedin', 'fr', 'national_id', "Mon dossier France Travail bloque à cause de mon NIR 1 95 02 99 312 930 18. Né à Kinshasa, ça pose un problème particulier ? Merci d'avance pour vos retours."],
  ['linkedin', 'fr', '', "Fin de la distribution de kits à Kalehe : 3 200 ménages servis en 4 jours. Merci aux volontaires de la Croix-Rouge et aux chefs de quartier."],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — CODIR du 5 décembre
1. Point réseau agents Kasaï
2. Recrutement Q1
3. Divers
Pour info, c'est le premier CODIR que je co-anime, je suis fière 😊`],

  // ——— Haïti: Lakay Telecom, KòbRapid, ONG Dlo Pwòp Haïti ———
  ['linkedin', 'fr', '', "KòbRapid a traité 1 million de transferts de la diaspora cette année, selon notre bilan annuel publié ce matin. Merci à nos 2 000 agents, de Jérémie à Fort-Liberté."],
  ['linkedin', 'fr', 'phone', "Nouveaux agents KòbRapid aux Cayes : appelez Widlène au +509 3712-4589 pour caler votre formation."],
  ['linkedin', 'fr', 'national_id', "Cas client : Jean-Robert PIERRE, CIN 01-07-99-1986-04-00231, demande un relevé de ses transferts sur 12 mois. Je le mets ici le temps que le CRM revienne."],
  ['linkedin', 'fr', '', "La nouvelle carte d'identification nationale remplace progressivement l'ancienne CIN. Vérifiez la photo et la date de validité, et masquez toujours le numéro sur les copies : 01-07-99-****-**-*****."],
  ['linkedin', 'en', 'national_id', "Moving back to Montréal after three years in Port-au-Prince. Someone claiming to be from Service Canada wants me to confirm my SIN 463 923 326 by email. Is that legit?"],
  ['linkedin', 'en', '', "PSA from our compliance team: the SIN 046 454 286 you see in CRA guides is a sample number. Never test a form with a real one, including your own."],
  ['x', 'fr', 'financial', "Le nouveau taux appliqué aux transferts diaspora sera de 131,50 HTG pour 1 USD à partir de lundi. On ne le communique aux agents que dimanche soir, alors discrétion."],
  ['x', 'fr', '', "Taux de référence publié par la BRH aujourd'hui : 131,2 HTG pour 1 USD. Nos agents appliquent le taux affiché en boutique, rien d'autre."],
  ['linkedin', 'fr', 'secret', "Le mot de passe de la page Facebook de l'ONG (partagé entre la com' et le terrain) est DloPwop#Haiti2026. Ne le changez pas sans prévenir tout le monde svp !"],
  ['linkedin', 'fr', '', "Bonne pratique : utilisez un gestionnaire de mots de passe partagé plutôt que d'envoyer le mot de passe de la page Facebook dans le groupe WhatsApp. Votre page vous dira merci."],
  ['x', 'fr', 'email', "Journalistes qui couvrez la crise de l'eau à Cité Soleil : écrivez à presse@dlopwop.ht pour organiser les visites terrain."],
  ['x', 'fr', '', "Conférence de presse de Dlo Pwòp Haïti jeudi 10h à Pétion-Ville. Direct sur notre page."],
  ['linkedin', 'fr', 'iban', "Nos partenaires en France peuvent soutenir le programme eau via l'association relais : FR76 3000 4221 8660 7924 2867 140. Reçu fiscal envoyé en janvier."],
  ['linkedin', 'fr', '', "Pour les dons depuis Haïti : compte Unibank 1021-5543-8 au nom de Dlo Pwòp, ou via MonCash depuis notre page. Chaque gourde compte."],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Interne
Objet : plan de contingence saison cyclonique — bureaux de Jacmel et Jérémie
Stock de kits, rotations des chauffeurs, points de rassemblement.`],
  ['linkedin', 'fr', '', "Saison cyclonique : notre plan de contingence public est en ligne, avec les contacts de la Protection civile par département. Prenez 5 minutes pour le lire avec votre famille."],
  ['linkedin', 'fr', 'codename client_name', "Démo d'Orion chez Initech vendredi. Si ça passe, on déploie dans leurs 30 agences avant Pâques 🤞"],
  ['linkedin', 'fr', '', "Orion, le chat du bureau de Pétion-Ville, a encore dormi sur le routeur : voilà la cause de la coupure de 10 minutes ce matin 😂 Enquête close."],
  ['linkedin', 'fr', 'phone', "Standard du centre de santé communautaire partenaire, pour les patients du programme : +509 2816-4400. Ouvert de 7h à 17h."],
  ['linkedin', 'mixed', 'internal_url', "Le report des stats MonCash du jour est sur http://reports.lakay.corp/daily — ping me si ça ne load pas."],
  ['linkedin', 'fr', 'secret', `Script d'envoi SMS pour la campagne choléra, pour Jeff qui reprend demain :
username = 'dlopwop'
api_key = 'atsk_4f9e2b81c7d3a6059e1f8b2c4d7a9e03b6c5f1d2'
Le reste est sur le drive.`],
  ['linkedin', 'fr', '', "Pour tester l'API SMS en sandbox, le nom d'utilisateur est littéralement « sandbox » et la clé se génère dans votre tableau de bord. Ne la collez jamais dans un post, même pour demander de l'aide."],
  ['x', 'fr', 'phone', "Point focal WASH à Jacmel : Mackenson, 4823-1167 sur WhatsApp, pour toute question sur les kits d'hygiène."],
  ['linkedin', 'fr', 'email', "Nous recrutons un ingénieur réseau à Port-au-Prince. CV à carrieres@lakaytelecom.ht avant le 22 décembre."],
  ['linkedin', 'mixed', 'national_id', `W-9 pour le bureau de Miami (je colle le brouillon ici, je le retire après) :
Name: Louis Jean-Baptiste
SSN: 219-48-7731
Address: NW 54th St, Miami FL`],
  ['linkedin', 'en', '', "Fun compliance history: SSN 078-05-1120, printed on a sample card slipped into wallets in 1938, was later 'used' by thousands of people who thought it was theirs."],
  ['linkedin', 'fr', '', "Le formulaire refuse 1 79 03 99 336 367 78 : normal, la clé de contrôle ne correspond pas, c'était une faute de frappe de ma part. Le contrôle automatique marche bien !"],
  ['linkedin', 'fr', 'financial', "Résultat de la revue interne des coûts : chaque transfert diaspora nous coûte 0,9 USD et nous rapporte 2,4 USD. La direction présentera ces chiffres au conseil du 18, pas avant."],
  ['x', 'fr', 'codename', "Fil 🧵 sur deux ans d'Atlas Bleu dans nos agences (1/2) : au départ, personne n'y croyait, même pas moi."],
  ['x', 'fr', '', "(2/2) Aujourd'hui, 80 % des opérations de caisse passent par le nouvel outil. Merci à toutes les équipes, et surtout aux caissières qui ont essuyé les plâtres."],
  ['linkedin', 'fr', '', "Karnaval à Jacmel : nos équipes renforcent le réseau sur le front de mer, on s'attend à deux fois plus de trafic que d'habitude. Bon carnaval à tous !"],

  // ——— Mélange: sondages, changelogs, post-mortems, astuces ———
  ['linkedin', 'fr', '', `Sondage pour les agents mobile money : quel est votre plus gros casse-tête ?
1) manque de float
2) réseau
3) tentatives de fraude
4) commission trop faible`],
  ['linkedin', 'fr', 'financial', `Changelog app agent v4.12 (déploiement jeudi) :
- correction de l'écran float
- nouveau barème : frais de retrait de 200 FCFA jusqu'à 10 000 FCFA (au lieu de 250), à ne pas communiquer avant l'annonce du 1er
- mode sombre`],
  ['linkedin', 'fr', '', `Notes de version app agent 4.11 :
- export PDF des relevés
- correction du bug de synchronisation à Kaolack
- nouvelle icône 🎨`],
  ['linkedin', 'fr', 'internal_url', `Post-mortem de la panne du 28/11 (la version publique arrive bientôt) :
- 13h02 : saturation de la file sur mq-01.corp.acme.com
- 13h40 : bascule sur le site secondaire
- 15h10 : retour à la normale
Cause racine : certificat expiré.`],
  ['linkedin', 'fr', '', "Notre post-mortem public de la panne du 28 novembre est en ligne : un certificat expiré sur un composant de messagerie, 2 h 08 d'indisponibilité. Le renouvellement est désormais automatique."],
  ['linkedin', 'fr', 'financial', "Entre nous : la valorisation retenue par le fonds pour NjanguiPay est de 45 milliards FCFA. Closing le 20, d'ici là rien ne doit sortir."],
  ['linkedin', 'fr', '', "Bilan de la tontine digitale du quartier : 12 membres, 45 000 FCFA chacun par mois, 540 000 FCFA redistribués chaque tour. La banque de la confiance marche !"],
  ['linkedin', 'fr', '', "Un téléphone d'agent a été volé à Bouaké. L'IMEI a été transmis à la police et la ligne suspendue. Rappel : notez l'IMEI de vos appareils en tapant *#06#, ça sauve des heures."],
  ['linkedin', 'en', 'financial', "Sneak peek for my network: our board approved a USD 2.3M budget for the 2027 agent-liquidity fund yesterday. Official communication after the holidays, so keep it between us for now."],
  ['linkedin', 'en', '', "Our 2026 impact report is out: USD 2.1M disbursed through the agent-liquidity fund, 3,400 agents supported in four countries. Full report on our website."],
  ['linkedin', 'en', 'confidential_marker', `Classification: Confidential
Donor pitch deck v3 — comments by Monday please
Slide 4: why agent networks matter more than apps`],
  ['linkedin', 'fr', '', "Il y a des mots qui font peur dans un mail : « INTERNE », « URGENT », et « petite réunion à 17h55 un vendredi ». Lequel vous stresse le plus ?"],
  ['linkedin', 'fr', 'iban email', "Facture 2026-118 en pièce jointe. Règlement par virement sur ML36 ML10 2477 5244 9617 2872 8791. Pour toute question : compta@sahelconseil.ml"],
  ['linkedin', 'fr', 'iban', "Nos partenaires au Bénin peuvent abonder le fonds d'urgence inondations sur BJ38 BJ06 6563 3155 5029 0665 4161. Merci pour la réactivité."],
  ['linkedin', 'en', 'secret', `Can someone rotate this? It sat in our public repo for two days before anyone noticed:
ORANGE_API_CLIENT_SECRET=Zq8vT2mLx7Rk4NwP9bYc3HdF6sJe`],
  ['linkedin', 'en', '', "Yes, our README says ORANGE_API_CLIENT_SECRET=your-secret-here. That's on purpose. Please stop opening issues about it 😅", { surface: 'comment' }],
  ['linkedin', 'fr', 'secret internal_url', "Sauvegarde des configs des sites télécoms : rsync vers 10.8.0.14 avec l'utilisateur backup, mot de passe temporaire Kribi!Fibre2026. Changez-le après la première synchro."],
  ['linkedin', 'fr', '', "Dans la doc de configuration de nos routeurs, on utilise les adresses 192.0.2.10 et 198.51.100.7, réservées aux exemples. Ne les copiez pas telles quelles dans vos équipements !"],
  ['linkedin', 'mixed', 'internal_url', "Les alertes float sont enfin lisibles ! Grafana : grafana.ops.internal/d/float, ask Moussa for a login."],
  ['linkedin', 'fr', 'codename', "Nébula : la v2 du tableau de bord agents arrive en janvier, avec la cartographie des ruptures de float par quartier. Hâte de vous la montrer."],
  ['linkedin', 'fr', '', "Soirée de fin d'année d'hier au Nébula, le rooftop du Plateau : merci au comité des fêtes, et désolé pour ceux qui n'ont pas trouvé de taxi 🎉"],
  ['linkedin', 'fr', 'client_name', "Globex prolonge son contrat de SMS en masse avec nous jusqu'en 2028, sur 14 pays. Bravo à l'équipe grands comptes pour cette belle fin d'année."],
  ['linkedin', 'fr', '', "Globacom, MTN, Airtel : petit comparatif public des offres roaming en Afrique de l'Ouest pour mes collègues qui voyagent pendant les fêtes. Ajoutez vos bons plans !"],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — IOCs from the SIM-swap campaign, do not share outside the CERT
- lookalike domain: teranga-verif[.]com
- sender IDs: TRGMONEY, TERANGA-SEC`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL RH
Liste des promotions 2027 — région Centre
(je ne mets que le titre, félicitations à toutes celles et ceux qui y sont 😄)`],
  ['linkedin', 'fr', '', "Sur les documents reçus du siège, la mention « Confidentiel » en rouge veut dire une chose simple : pas de transfert WhatsApp. Ni à votre cousin, ni au groupe des anciens."],
  ['linkedin', 'fr', 'financial', "Prévision T1 2027 : 14 000 nouveaux agents et 9,5 milliards FCFA de revenus de commissions. Ce sont nos chiffres de travail pour le budget, pas encore validés par le groupe."],
  ['linkedin', 'fr', 'financial', "Pipeline B2B au 30/11 : 23 opportunités pour 1,4 milliard FCFA pondéré. Objectif : en signer la moitié avant la clôture annuelle. Chiffres internes, merci de ne pas les reprendre."],
  ['linkedin', 'en', '', "Case study for my fintech students in Abidjan: if an agent earns 0.8% on 2M FCFA of monthly withdrawals, what is their commission? Answer: 16,000 FCFA. Now add the cost of float."],
  ['x', 'fr', '', "J'ai enfin remboursé mon prêt moto : 850 000 FCFA en 18 mois, payés par mobile money chaque fin de mois. Petite victoire perso !"],
  ['x', 'fr', '', "Le gouvernement a annoncé hier un budget de 15 milliards FCFA pour couvrir les zones blanches d'ici 2028. Bonne nouvelle pour tout le secteur."],
  ['linkedin', 'fr', 'financial', "Notre proposition au fonds fiduciaire est partie ce matin : 1 150 000 EUR sur 24 mois pour le programme eau du Nord. Réponse en mars, on touche du bois."],
  ['x', 'fr', '', "Rapport public de la BCEAO : plus de 70 millions de comptes de monnaie électronique dans l'UEMOA. Le mobile money a doublé les banques depuis longtemps."],
  ['linkedin', 'fr', 'financial', "Le nouveau package pour nos super-agents, c'est cent cinquante mille francs par mois de prime fixe. Ils l'apprendront à la convention de janvier, pas avant, donc motus."],
  ['x', 'fr', '', "Le code marchand de la cantine du siège, c'est 458712 : payez par QR, la file avance deux fois plus vite."],
  ['linkedin', 'fr', '', "Live depuis le salon AfricaCom : notre CTO parle d'interopérabilité des wallets à 14h, stand B12. Passez nous voir, il reste des goodies !"],
  ['x', 'fr', '', `Sondage : vous payez votre électricité par mobile money ?
🟢 Oui, toujours
🟡 Parfois
🔴 Jamais, je fais la queue`],
  ['linkedin', 'fr', '', "Comment on a négocié avec les chefs de village pour installer une antenne dans la Lékié : écoute, patience, et un peu de vin de palme. Fil dans les commentaires."],
  ['linkedin', 'fr', '', "La nouvelle antenne de Londji est en place ! Deux heures de grimpe, une vue imprenable sur l'océan, et du réseau pour 4 villages de pêcheurs."],
]);
