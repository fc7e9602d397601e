import { rows } from './corpus-types';

/**
 * Held-out set "fresh112": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks, git history or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer were not run on
 * these posts. `npx tsx scripts/score-checks.ts --only fresh112`.
 * First scored: 2026-12-05 on 1b89915 (unseen, before any fix from it; same findings as eaaf4ab, a speed-only change): confidentiality macro F1 0.965 / 7.0 % (9 of 129).
 *
 * Authors: freelancers and one-person businesses in France, Belgium, Quebec and Switzerland — graphic designers,
 * illustrators, photographers, copywriters, translators, career and speaking coaches, web developers and virtual
 * assistants — writing mostly in French, some in English. Forms: anniversary and year-in-review posts, quotes and
 * proposals, pasted meeting notes and stand-ups, chat messages and handover notes pasted by mistake, Notion-style
 * tables, .env and connection-string snippets, changelogs, post-mortems, invoices and bank-detail changes, supplier
 * notices, job ads with published pay, goodbyes, live-posts from trade fairs, polls, X posts and two X threads, and
 * replies to customers (surface 'comment'). Financial positives: day rates, quotes and bids to named or unnamed clients
 * before acceptance (committee, board or council still to decide, purchase order unsigned, sealed bid before opening),
 * a client's half-year results, annual-report draft, budget, fund-raise, valuation, price rise and business plan
 * entrusted to the freelancer before they are public, a freelancer's new rate or launch price before clients or the
 * mailing list are told, a supplier's price rise told in advance; look-alikes are the freelancer's own revenue and
 * income (personal, clean), published rate cards and launch prices, a rate change already announced to clients, a
 * client's fund-raise already in the press, a published contract award and tender budget, survey and agency figures,
 * rent, and teaching examples. Client figures confided to the freelancer are labelled financial; figures the client or
 * any other organisation has published are clean.
 * Conventions: every written email address is `email` (role mailboxes such as recrutement@, compta@, support@ and
 * obfuscated "[at] [dot]" and spaced "name @ domain" included; bare domains clean); every written phone number is
 * `phone` (French mobile, landline and 0800, Belgian mobile and landline, Canadian local and toll-free, Swiss mobile and
 * landline; 112, 144 and 1414 are clean); confidential_marker only for explicit labels ([INTERNE], EMBARGO jusqu'au,
 * CONFIDENTIAL, CONFIDENTIEL, TLP:AMBER, TLP:RED, SOUS NDA, Classification : …), while talk about NDAs, TLP, the word
 * "interne", a film title, TLP:CLEAR and informal "entre nous"/"don't forward" are clean; secret for clients' logins and
 * passwords, Wi-Fi keys, a Slack webhook with its token, a Stripe signing secret, hex and prefixed API tokens and the
 * credentials of connection strings, with placeholders, "changeme", XXXXX webhooks and the xkcd passphrase clean;
 * internal_url for the policy's domains (acme-corp.net, corp.acme.com), intranet. hosts, private IPs and .local,
 * .internal and .corp hosts, while public client sites and public staging hosts (netlify.app) are clean. Every IBAN,
 * card and national id positive was computed with a throwaway script kept outside the repo: FR IBANs with the RIB key,
 * BE IBANs with the mod-97 account check, CH IBANs (mod 97); Visa, Mastercard (5- and 2-series) and Amex cards (Luhn);
 * French NIR (key 97), Belgian national register numbers (born before and after 2000), Canadian/Quebec NAS-SIN (Luhn)
 * and Swiss AVS/AHV (EAN-13). Look-alikes: masked IBAN, NIR, card and AVS, an IBAN and a NIR with one wrong digit, a NAS
 * failing Luhn, an order number failing Luhn, the Stripe 4242 test card, the UK GB82 WEST specimen IBAN, the CRA example
 * SIN 046 454 286, the official AVS example 756.1234.5678.97, the all-nines NIR of the form; public business ids
 * (SIREN, SIRET, TVA intracom, Belgian enterprise number, Swiss IDE, Quebec NEQ) are clean. Codenames and clients also
 * appear in their ordinary senses (the constellation and the Orion Nebula, a kestrel and a GitHub project named
 * kestrel-app, Atlas the cat, the blue Atlas cedar, a dish, Nebula of the Guardians of the Galaxy, a Sainte-Claire
 * chapel, Initech of Office Space, Globex of The Simpsons, Société Générale the bank).
 *
 * Counts: 258 posts (198 FR, 57 EN, 3 mixed; 232 LinkedIn, 26 X; 12 comments): 129 clean, 129 with one or more
 * findings. Labels: financial 28, client_name 22, phone 19, secret 15, email 15, codename 14, internal_url 13,
 * national_id 12, confidential_marker 11, iban 9, card 4.
 */
export const FRESH112_POSTS = rows('fresh112', [
  // ── Graphic designers, illustrators, photographers ──────────────────────────────────────────────
  ['linkedin', 'fr', '', `Trois ans de freelance aujourd'hui 🎉
Ce que personne ne m'avait dit : la première année j'ai facturé 21 000 €, la troisième 68 400 €. Pas de recette magique, juste moins de clients, mieux choisis, et un devis qui explique la valeur au lieu de lister des heures.
Merci à celles et ceux qui m'ont fait confiance depuis mon petit bureau de la Croix-Rousse.`],
  ['linkedin', 'fr', 'financial client_name', `Devis parti ce matin chez Globex pour la refonte de leur charte graphique : 14 jours à 620 €, soit 8 680 € HT. Leur comité tranche vendredi, d'ici là rien n'est signé… on croise les doigts 🤞`],
  ['linkedin', 'fr', '', `Petit rappel pour les graphistes qui débutent : votre TJM n'est pas votre salaire.
Exemple pédagogique : 450 € × 120 jours facturés = 54 000 € de CA, moins 22 % de cotisations, moins le matériel, les logiciels, la formation, les congés non payés… On retombe vite sous les 2 500 € net par mois. Calculez à l'envers, toujours.`],
  ['linkedin', 'fr', 'secret', `ok je suis dans le back-office du site de la fromagerie, identifiant redac_solene / mdp Brindille-47-Sarrasin, je change les visuels de la home et je te redis`],
  ['linkedin', 'fr', 'iban email', `Mise à jour de mes coordonnées de facturation (changement de banque au 1er décembre) :
Atelier Verveine – Margaux Delorme
IBAN FR76 1979 2916 7724 3247 8567 156 – BIC CMCIFR2A
Pour toute question sur une facture : compta@atelier-verveine.fr`],
  ['linkedin', 'fr', '', `Alerte arnaque 🚨 Une cliente a reçu un mail « de ma part » lui demandant de régler ma facture sur un nouvel IBAN (FR76 **** **** **** **** 0156). Ce n'était pas moi. Règle d'or : un changement d'IBAN se confirme TOUJOURS par téléphone, au numéro que vous connaissez déjà.`],
  ['linkedin', 'fr', 'internal_url client_name', `Avant/après de la page d'accueil que je refais pour l'Hôpital Sainte-Claire 🏥 Les équipes peuvent déjà tester la nouvelle navigation ici : https://portail.intranet.sainte-claire-sante.fr/accueil-v2 — vos retours sont les bienvenus !`],
  ['linkedin', 'fr', '', `Il est en ligne ! Le nouveau site de la boulangerie Martel à Annecy, de la photo des pains jusqu'au click & collect : https://www.boulangerie-martel.fr
Merci Élodie et Karim pour la confiance (et les croissants de réunion).`],
  ['linkedin', 'fr', 'confidential_marker codename', `SOUS NDA — Brief créa « Atlas Bleu » v2
- palette : bleu nuit + sable
- logotype à retravailler avant le 18
- aucun visuel ne sort avant le lancement`],
  ['linkedin', 'fr', '', `On me demande souvent pourquoi mon portfolio est si léger sur 2025. Réponse simple : la moitié de mes projets sont couverts par un accord de confidentialité. J'ai signé un NDA, donc je montre le processus, pas le résultat. Et c'est très bien comme ça.`],
  ['linkedin', 'fr', 'phone', `📸 Mini-séances de Noël au parc La Fontaine les 7 et 8 décembre ! 20 minutes, 12 photos retouchées, 145 $ taxes incluses. Réservations par texto au 514 482-7310 (je réponds le soir).`],
  ['linkedin', 'fr', '', `Photo du soir au-dessus du Jura : Orion bien haute vers 23 h, la nébuleuse visible à l'œil nu. 20 s de pose, f/2.8, ISO 3200. Il faisait -6 °C mais ça valait le coup.`],
  ['linkedin', 'fr', 'codename', `Sprint 4 bouclé sur Orion, la nouvelle appli de réservation que je développe pour un client hôtelier 🚀 Module paiement branché, démo interne mardi, mise en prod pas avant février.`],
  ['linkedin', 'fr', '', `Un faucon crécerelle (kestrel pour mes clients anglophones) a élu domicile sur le rebord de ma fenêtre à Verdun. Il m'observe retoucher des photos de mariage. Je crois qu'il juge mes choix de balance des blancs.`],
  ['linkedin', 'fr', 'card', `c'est pour le séminaire de Mme Roussel, tu peux réserver les 12 chambres au Beau-Rivage avec sa carte pro : 4266 3921 5919 1859, exp 09/28, crypto 412. Elle a dit ok par texto`],
  ['linkedin', 'fr', '', `Astuce dev pour tester vos tunnels de paiement Stripe sans vous ruiner : la carte 4242 4242 4242 4242, n'importe quelle date future et n'importe quel CVC, en mode test uniquement. Ne mettez JAMAIS une vraie carte dans vos captures d'écran de démo.`],
  ['linkedin', 'fr', 'financial client_name', `Initech m'a envoyé ses chiffres semestriels pour que je prépare les infographies de la communication financière : 38,6 M€ de chiffre d'affaires, +12 %, marge en nette hausse. Publication prévue le 24, d'ici là ça reste entre eux et moi, mais quel plaisir de bosser sur de si jolies courbes.`],
  ['linkedin', 'fr', '', `Selon le dernier baromètre publié par l'Urssaf, un micro-entrepreneur du secteur des services déclare en moyenne un peu plus de 6 000 € de chiffre d'affaires par trimestre. On est loin des captures « 10 k€ par mois en 90 jours » qui tournent ici.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Confidentiel client
Objet : plan de contenu LinkedIn T1
Cible : DAF de PME industrielles
Ton : expert mais pas jargonnant
Livrables : 12 posts, 3 carrousels`],
  ['linkedin', 'fr', '', `Vous écrivez « CONFIDENTIEL » en rouge en haut de vos devis ? Bonne intention, mais juridiquement ça ne protège pas grand-chose. Ce qui compte : une clause de confidentialité dans vos CGV et un NDA signé quand le projet le justifie.`],
  ['linkedin', 'fr', 'email', `Pour vos demandes de traduction NL>FR, le plus simple reste de m'écrire : bonjour [at] plume-et-pixel [dot] be — je réponds sous 24 h ouvrées.`],
  ['linkedin', 'fr', '', `Nouveau nom, même plume : mon activité de rédaction s'appelle désormais Plume & Pixel. Le site plume-et-pixel.be est en ligne, avec enfin un vrai portfolio.`],
  ['linkedin', 'fr', 'national_id', `Quelqu'un sait si c'est normal que le formulaire de la mutuelle me redemande tout ? J'ai dû retaper nom, adresse, numéro de registre national 90.12.09-001.54, date de naissance… pour la troisième fois ce mois-ci. Liège, l'administration, tout ça.`],
  ['linkedin', 'fr', '', `Rappel pour les indépendants belges : votre numéro d'entreprise figure obligatoirement sur vos factures. Le mien, pour les curieux : BE 0749.565.124 (il est public dans la BCE, pas de panique).`],
  ['linkedin', 'fr', 'phone', `Coaching de carrière à Namur 🌱 Premier échange gratuit de 30 minutes, en visio ou autour d'un café. Appelez-moi ou laissez un message au +32 470 28 61 93.`],
  ['linkedin', 'fr', '', `Pendant mes ateliers de prise de parole, je rappelle toujours les consignes de sécurité : en cas de malaise d'un participant, on compose le 112, on ne « voit pas si ça passe ».`],
  ['linkedin', 'fr', 'secret', `Note pour moi-même (à ne pas poster, évidemment 🙃) : token de l'API catalogue de la boutique de Léa pour l'import nocturne → 7f3c9a12e44b8d0f6a21c5e9b03d7714e8a2`],
  ['linkedin', 'fr', '', `Petit rappel bonnes pratiques quand vous livrez un projet à un client :
API_KEY=remplacez_par_votre_cle
DB_PASSWORD=
Le fichier .env.example se commite, le .env jamais. Et vous changez les accès à la fin de la mission.`],
  ['linkedin', 'fr', 'internal_url', `Pour les collègues du collectif qui relisent la recette : le site tourne sur http://192.168.1.42:8080 (il faut être sur le VPN du studio), je pousse les correctifs ce soir.`],
  ['linkedin', 'fr', 'iban', `Factures du T4 envoyées ✔️ Pour les clients qui me demandent mes coordonnées bancaires à chaque fois : BE69 7501 4132 1078, au nom de Studio Lumen SRL. Merci de mentionner le numéro de facture en communication !`],
  ['linkedin', 'fr', '', `Arnaque en cours chez les indépendants bruxellois : un faux SMS « de la banque » vous demande de confirmer un virement vers BE69 7501 4132 1079. Le numéro ne passe même pas le contrôle de la clé IBAN. Ne cliquez pas, supprimez.`],
  ['linkedin', 'fr', 'national_id', `Mon nouveau comptable m'a demandé mon NAS par courriel, je lui ai envoyé 466 966 173 direct… c'est correct ou j'aurais dû passer par son portail sécurisé? Première année à mon compte, soyez indulgents.`],
  ['linkedin', 'fr', '', `Rappel de l'ARC pour les travailleurs autonomes : votre NAS ne se donne jamais par courriel. Le formulaire d'exemple utilise 046 454 286, un numéro fictif qui n'est attribué à personne — si un « client » vous demande le vôtre pour un devis, fuyez.`],
  ['linkedin', 'fr', 'national_id', `Première fiche de salaire de mon apprentie en graphisme 🥹 J'ai tout rempli seule : son n° AVS 756.5062.8515.79, la caisse de compensation, le taux LPP. Si je peux le faire, vous pouvez aussi.`],
  ['linkedin', 'fr', '', `Pour les indépendants qui embauchent en Suisse pour la première fois : le numéro AVS a 13 chiffres et commence par 756. L'exemple officiel qu'on trouve partout, 756.1234.5678.97, n'est à personne — n'utilisez jamais le vrai numéro d'un employé dans vos modèles.`],
  ['x', 'en', '', `Freelance tip nobody told me: raise your rates every January, in writing, with 60 days' notice. Mine went from $75 to $90/h this year. Lost zero clients.`],
  ['x', 'fr', 'financial', `Je viens de chiffrer le site de l'agence immobilière Kerlann : 11 400 € HT. Pas encore validé, ils me répondent lundi. Stress.`],
  ['linkedin', 'fr', 'secret', `Bienvenue aux 6 nouveaux membres du coworking La Ruche à Fribourg ! Pour le Wi-Fi : réseau LaRuche-Membres, mot de passe abeille_2026_miel. Café à volonté, bruit à modération 🐝`],
  ['linkedin', 'fr', '', `Bienvenue aux nouveaux membres de la Ruche ! Le code Wi-Fi est affiché près de la machine à café et change chaque mois, demandez-le à Noémie à l'accueil.`],
  ['linkedin', 'mixed', 'phone email', `Merci à tous pour cette belle année de traductions DE>FR ! Dès janvier je prends à nouveau des projets juridiques.
Lena Baumgartner – Übersetzerin / traductrice jurée, Lausanne
+41 79 318 46 22 – lena@baumgartner-traduction.ch`],
  ['linkedin', 'fr', '', `Enfin inscrite au registre du commerce vaudois ✨ Mon IDE : CHE-482.117.903. Une raison individuelle, un tampon, et beaucoup d'émotion pour un simple numéro public.`],
  // ── Developers and web freelancers ──────────────────────────────────────────────────────────────
  ['linkedin', 'fr', 'secret', `Debug de 23 h, je colle ici pour Théo qui reprend demain :
DATABASE_URL=postgres://shop_admin:Rh9kLp2vQw77@db.boutique-lina.ch:5432/prod
le cron plante sur l'export des commandes, voir les logs d'hier`],
  ['linkedin', 'fr', 'secret internal_url', `Config du staging du client (à copier dans ton .env) :
MONGO_URI=mongodb://app_rw:T4rt1ne-Fromage@10.0.4.17:27017/catalogue
REDIS_HOST=10.0.4.18`],
  ['linkedin', 'fr', '', `Modèle de .env que je fournis à chaque client en fin de mission :
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME
SMTP_PASSWORD=changeme
Remplacez, ne commitez pas, et faites tourner les mots de passe après mon départ.`],
  ['linkedin', 'en', 'secret', `Quick fix for the Montreal bakery order bot. If it stops posting to their channel again, the webhook is https://hooks.slack.com/services/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 — just curl it with a test payload.`],
  ['linkedin', 'en', '', `PSA for fellow freelance devs: a Slack webhook URL is a password. https://hooks.slack.com/services/XXXXX/YYYYY/ZZZZZ in your README is fine; the real one in a public repo gets you spam within hours.`],
  ['linkedin', 'fr', 'internal_url', `La maquette tourne en local pour la démo de demain, lien pour l'équipe du client une fois connectée au réseau : http://maquette-catalogue.local:8000/produits`],
  ['linkedin', 'fr', '', `Mon setup de dev en 2026 : une Debian, un Neovim, Docker, et un hosts qui pointe vers projet.test pour chaque client. Pas de magie, juste de la discipline.`],
  ['linkedin', 'fr', 'internal_url codename', `Les tickets Nébula sont maintenant tous dans https://jira.corp.acme.com/browse/NEB — merci de ne plus m'envoyer les bugs par WhatsApp 🙏`],
  ['linkedin', 'fr', '', `La nébuleuse du Crabe photographiée depuis mon jardin de Sherbrooke, 4 h d'intégration sur trois nuits. Le freelance a du bon : on peut se coucher à 3 h un mardi.`],
  ['linkedin', 'en', 'internal_url', `Portfolio update: I rebuilt the booking flow for a Geneva clinic. Staff preview lives at https://preview.acme-corp.net/clinique/rdv until the switch on Monday.`],
  ['linkedin', 'en', '', `Portfolio update: rebuilt the booking flow for a Geneva physio practice. You can click through the live version at https://www.physio-plainpalais.ch/rendez-vous — 40 % fewer no-shows in the first month.`],
  ['linkedin', 'fr', '', `Staging public pour le nouveau site de la micro-brasserie, n'hésitez pas à tester le panier : https://brasserie-du-lac.netlify.app. Mise en prod prévue jeudi.`],
  ['linkedin', 'fr', 'internal_url', `Pour relire la nouvelle version du guide, passez par le wiki du collectif : http://wiki.collectif.internal/guides/onboarding-clients (accessible depuis la box du local uniquement).`],
  ['linkedin', 'fr', 'secret', `Accès FTP de l'ancien hébergeur du client pour récupérer les photos :
hôte ftp.hebergeur-pro.fr
login: c_lesjardins
pass: Glycine!Rouge19
Je fais la migration samedi.`],
  ['linkedin', 'fr', '', `Checklist de reprise d'un site WordPress abandonné par l'ancien prestataire :
1. demander au client de créer VOTRE compte admin
2. ne jamais accepter ses identifiants par mail
3. activer la double authentification
4. supprimer les comptes « admin » / « test » / « demo »`],
  ['x', 'fr', 'secret', `@mathis_dev tiens le mdp du compte Shopify de la cliente pour ce soir : Coquelicot_2026!! et tu la rappelles demain pour qu'elle le change stp`, { surface: 'comment' }],
  ['x', 'en', '', `Hot take: "password123" in a tutorial is fine. "password123" as your client's actual Shopify admin password is not. Ask me how I know.`],
  ['linkedin', 'en', 'secret', `Got the client's Mailchimp handed over today 🎉 Keeping it here so I don't lose it again: login studio.vert / Fougere-Mousse-882. Campaign goes out Thursday.`],
  ['linkedin', 'fr', 'codename client_name', `Démo du module de réservation Project Kestrel chez Globex hier soir : 45 minutes, zéro bug, un directeur des opérations qui sourit. Freelance depuis 6 ans et je ne me lasse pas de ce moment-là.`],
  ['linkedin', 'fr', '', `Le projet kestrel-app sur GitHub (un lecteur RSS minimaliste, rien à voir avec un oiseau) vient de passer les 500 étoiles. Merci aux contributeurs !`],
  ['linkedin', 'en', 'codename', `Changelog v0.9 — Project Kestrel (client beta)
- faster image upload
- offline mode for field reports
- fixed the date bug on iOS 18
Beta is invite-only until the client's board signs off.`],
  ['linkedin', 'en', '', `Changelog v2.3 of my open-source invoice generator:
- QR-bill support for Switzerland
- Belgian structured communication (+++123/4567/89012+++)
- dark mode, finally
Free, MIT licence, link in comments.`],
  ['linkedin', 'fr', 'financial', `Réponse à l'appel d'offres de la commune de Saint-Pée pour la refonte de son site : j'ai déposé à 23 500 € HT, maintenance incluse. Ouverture des plis le 12, je n'ai encore rien dit à personne sauf vous 😬`],
  ['linkedin', 'fr', '', `Le marché de la commune pour son nouveau site est en ligne sur la plateforme des achats publics : budget estimé 30 000 € HT, remise des offres avant le 12. Les freelances du Pays basque, on se regroupe ?`],
  ['linkedin', 'fr', 'email phone', `Post-mortem de la panne de vendredi sur la boutique de ma cliente (Lausanne) :
- 14 h 02 : certificat SSL expiré
- 14 h 20 : alerte reçue sur alertes@dev-solo.ch
- 14 h 35 : appel de la cliente au 021 624 81 37
- 15 h 10 : renouvellement, tout revient
Leçon : renouvellement auto + alerte à J-30.`],
  ['linkedin', 'fr', '', `Post-mortem honnête : vendredi j'ai laissé expirer le certificat SSL d'une cliente. 68 minutes de boutique en panne, quelques commandes perdues, une cliente compréhensive. Depuis : renouvellement automatique, alerte à J-30, et un café offert.`],
  ['linkedin', 'en', 'internal_url', `Freelancer life: debugging a client's printer at 8 a.m. because "you're good with computers". Admin panel at http://172.16.8.5/ and the password was on a post-it. I changed it.`],
  ['linkedin', 'en', '', `Tips for one-person studios: your router admin page (often 192.168.1.1 on consumer boxes) still uses the default password more often than you think. Change it today.`],
  ['linkedin', 'fr', 'secret', `Note de passation pour la dev qui me remplace pendant mon congé :
- compte Cloudflare du client : user infra@ on laisse tomber, c'est le mien
- clé d'API du CRM : crm_live_h7K2mQ9xZp4Lw8Nv3Rb6
- le reste est dans le gestionnaire de mots de passe partagé`],
  ['linkedin', 'fr', '', `Conseil de passation : ne mettez jamais une clé d'API dans un mail de passation. Partagez un coffre (Bitwarden, 1Password, Proton Pass), donnez les droits, révoquez-les au retour. Le mail, lui, restera dans la boîte de quelqu'un pendant dix ans.`],
  ['x', 'en', 'secret', `anyone know why the Stripe webhook keeps 401ing? signing secret is whsec_9Zt3LqW7pXk2Vn8RcM4dHs6Bf1Jy and the endpoint is fine`],
  ['x', 'en', '', `Stripe docs literally show whsec_... and sk_test_XXXX placeholders. If your screenshot shows anything else, blur it before posting.`],
  ['linkedin', 'fr', 'email', `Mon assistante virtuelle gère maintenant mon agenda. Pour toute prise de rendez-vous, écrivez à agenda@camille-rousseau-coaching.fr plutôt qu'à mon adresse perso.`],
  ['linkedin', 'fr', '', `Pour me contacter, le formulaire du site camille-rousseau-coaching.fr reste le plus simple : je lis tout, je réponds à tout, sous 48 h.`],
  ['linkedin', 'en', 'email', `Taking new illustration commissions from January. Briefs to studio @ inkandotter.ca — please include size, deadline and budget.`],
  ['linkedin', 'fr', 'internal_url client_name', `Les maquettes Initech sont à jour dans le partage du studio : \\\\nas-studio.local\\clients\\initech\\v3 — Pierre, tu peux lancer les exports PDF.`],
  ['linkedin', 'fr', '', `Question aux freelances : vous stockez vos fichiers clients où ? Moi : un NAS à la maison, une copie chiffrée dans le cloud suisse, et un disque dans un tiroir chez ma mère. Règle du 3-2-1, toujours.`],
  // ── Copywriters, translators, coaches: pricing, quotes, revenue ──────────────────────────────────
  ['linkedin', 'fr', 'financial client_name', `Proposition envoyée à la Société Générique pour leur rapport RSE : 22 jours de rédaction à 540 €, relectures comprises. Le bon de commande n'est pas encore signé, mais le contact était excellent.`],
  ['linkedin', 'fr', '', `Société Générale, Crédit Agricole, BNP : j'ai comparé les offres pro des trois banques pour mon activité de traductrice. Verdict : la néobanque gagne pour les frais, la banque traditionnelle pour le conseiller.`],
  ['linkedin', 'fr', 'financial', `Au 1er janvier mon tarif de rédaction passe de 0,14 € à 0,18 € le mot. Je ne l'ai pas encore annoncé à mes clients réguliers, je vous le dis en avant-première pour avoir vos avis sur la formulation du mail.`],
  ['linkedin', 'fr', '', `Annonce à mes clients : à partir du 1er janvier, mon tarif de rédaction passe à 0,18 € le mot. Tous mes clients réguliers ont été prévenus par mail en octobre, les devis déjà signés restent au tarif actuel.`],
  ['linkedin', 'fr', '', `Mes tarifs 2026 sont en ligne sur mon site : 480 €/jour pour le conseil éditorial, 390 € la demi-journée d'atelier. Transparence totale, pas de « tarif sur devis » mystérieux.`],
  ['linkedin', 'fr', 'financial client_name', `Globex m'a confié le budget de sa campagne de printemps pour que je cale le planning de contenus : 45 000 € au total, dont 12 000 € d'influence. Ils ne l'ont pas encore communiqué à leurs agences, donc motus.`],
  ['linkedin', 'fr', '', `Ma cliente vient d'annoncer publiquement sa levée de 3 M€ dans Les Échos ce matin, et c'est moi qui ai écrit le communiqué 🥳 Fière de l'avoir accompagnée depuis le tout premier pitch.`],
  ['linkedin', 'fr', 'financial', `Ma cliente boucle une levée de 3 M€ la semaine prochaine, annonce officielle le 3. J'écris le communiqué en ce moment et j'avoue que j'ai du mal à garder ça pour moi !`],
  ['x', 'fr', '', `Bilan 2025 de ma micro-entreprise de traduction : 52 300 € de CA, 31 clients, 0 impayé. Ça fait du bien d'écrire des chiffres à soi.`],
  ['x', 'fr', 'financial client_name', `Le devis pour la traduction du site de l'Hôpital Sainte-Claire est prêt : 18 400 €, 3 langues. J'attends leur retour avant Noël, rien d'officiel.`],
  ['linkedin', 'fr', '', `Sondage rapide pour les freelances en traduction 📊
Votre tarif au mot en 2026 ?
🅰️ moins de 0,10 €
🅱️ 0,10 – 0,14 €
🅲 0,15 – 0,20 €
🅳 plus de 0,20 €
Je publierai les résultats anonymisés.`],
  ['linkedin', 'fr', 'financial', `Je prépare la grille de prix de ma future formation « Écrire pour le web » : 690 € en lancement, 890 € ensuite. Rien n'est encore annoncé à ma liste d'abonnés, le lancement est le 15 janvier. Vos avis ?`],
  ['linkedin', 'fr', '', `Ma formation « Écrire pour le web » ouvre ses inscriptions ! 690 € en tarif de lancement jusqu'au 31 janvier, puis 890 €. Le programme complet est sur la page de vente.`],
  ['linkedin', 'en', 'financial', `Just sent my proposal for the rebrand of a Québec microbrewery: CA$ 16,500 for strategy, identity and packaging. They decide after their holiday break, nothing signed yet. Fingers crossed.`],
  ['linkedin', 'en', '', `How I present my prices to clients, in three tiers:
Essential — CA$ 4,500
Signature — CA$ 9,800
Full rebrand — from CA$ 16,000
Anchoring works. The middle tier gets picked 70 % of the time.`],
  ['linkedin', 'fr', 'financial client_name', `Compte rendu de l'appel avec Initech (pour moi et ma sous-traitante) :
- ils veulent 4 vidéos au lieu de 3
- budget qu'ils n'ont pas encore fait valider par leur direction : 27 k€
- on livre le storyboard le 9`],
  ['linkedin', 'fr', '', `Compte rendu de notre masterclass de jeudi sur la fixation des prix :
- on facture un résultat, pas une heure
- on annonce un prix avec assurance, puis on se tait
- on ne brade jamais sans retirer quelque chose du périmètre
Merci aux 40 participantes !`],
  ['linkedin', 'fr', 'financial', `Mon client prépare son rapport annuel et m'a partagé les brouillons : résultat net de 2,1 M€ contre 1,4 M€ l'an dernier. L'assemblée générale n'a lieu qu'en mars, alors je ne peux évidemment pas en dire plus… oups, j'en ai déjà trop dit.`],
  ['linkedin', 'fr', '', `Ce que j'ai appris en rédigeant le rapport annuel d'une coopérative (publié la semaine dernière) : un bon rapport raconte les 4,8 M€ de chiffre d'affaires avec des visages, pas avec des camemberts.`],
  ['linkedin', 'fr', 'financial', `Je viens de négocier un forfait de 9 500 CHF avec une fondation genevoise pour la refonte de son identité. Ils doivent encore le faire approuver par le conseil de fondation en janvier, donc officiellement rien n'est fait.`],
  ['linkedin', 'fr', '', `Suisse romande : les indépendants en communication facturent en moyenne entre 110 et 150 CHF de l'heure, selon l'enquête publiée par l'association faîtière. Et vous, vous êtes où ?`],
  ['linkedin', 'fr', '', `Freelance depuis 10 ans, mon loyer de bureau à Lausanne est passé de 650 à 1 150 CHF. Quelqu'un a un plan coworking abordable du côté de Renens ?`],
  ['linkedin', 'fr', 'financial client_name codename', `Notes de réunion — Nébula / Société Générique
- prix de vente public envisagé : 49 €/mois, pas encore validé par leur marketing
- lancement repoussé à avril
- je livre les maquettes des écrans de tarification lundi`],
  ['linkedin', 'fr', 'codename', `Notes de réunion — Nébula
- wording des onboarding à reprendre
- trois écrans au lieu de cinq
- tests utilisateurs le 22
Je pars en retraite d'écriture jusqu'à lundi.`],
  ['linkedin', 'fr', '', `J'ai enfin vu Les Gardiens de la Galaxie 3 (oui, en retard). Nebula reste mon personnage préféré, et je trouve que son arc est le meilleur exemple de « show, don't tell » pour les rédacteurs.`],
  ['linkedin', 'en', 'financial', `Client's Q3 numbers landed in my inbox so I can build their investor deck: €4.2M revenue, 61 % gross margin. They present to the board on the 18th, before anything goes public. Deck is looking gorgeous.`],
  ['linkedin', 'en', '', `Built an investor deck for a listed Swiss medtech last month. Their published half-year report shows CHF 42M revenue, and the hardest part was making the charts readable on a phone.`],
  ['linkedin', 'fr', '', `Exercice que je donne en formation « Chiffrer sa prestation » : « Un client propose 3 000 € pour un site vitrine de 8 pages. Combien de jours pouvez-vous y passer si votre TJM cible est de 400 € ? » Réponse : 7,5 jours. Et ça inclut les allers-retours.`],
  ['linkedin', 'fr', 'financial', `Entre freelances : je vais répondre à l'appel d'offres de la région avec Julie et Hugo. Notre offre commune sera de 64 000 € HT sur 18 mois. Dépôt vendredi, évidemment pas un mot avant l'attribution.`],
  ['linkedin', 'fr', '', `Marché attribué ✅ Avec Julie et Hugo, notre groupement de freelances remporte la refonte éditoriale de la région, pour 64 000 € HT sur 18 mois selon l'avis d'attribution publié hier. Trois indépendants face aux agences, ça se fait !`],
  ['x', 'en', '', `Made CA$ 98k as a solo designer in Montréal this year. Not bragging, just tired of everyone pretending freelance income is a secret.`],
  ['x', 'fr', 'financial', `ma cliente vient de me dire qu'elle va augmenter tous ses prix de 15 % en janvier et qu'elle l'annonce à ses clients seulement le 2… moi je dois préparer les nouvelles étiquettes 😅`],
  ['x', 'fr', '', `Les prix du timbre augmentent encore au 1er janvier selon La Poste. Pour nous les petits indépendants qui envoient encore des factures papier, ça pique.`],
  ['linkedin', 'fr', 'financial client_name', `Chiffrage transmis à l'Hôpital Sainte-Claire pour la signalétique de la maternité : 31 800 € TTC pose comprise. Décision en commission le 16 ; croisez les doigts pour la petite graphiste de Dijon !`],
  ['linkedin', 'fr', 'client_name', `Quelle fierté de voir ma signalétique installée dans le hall de l'Hôpital Sainte-Claire ! Deux ans de travail avec les soignants, les patients et les architectes.`],
  ['linkedin', 'fr', '', `Balade à Dijon ce dimanche : la chapelle Sainte-Claire restaurée est magnifique. J'ai pris dix photos de ses vitraux pour ma veille typographique.`],
  ['linkedin', 'fr', '', `Claire, ma première cliente il y a huit ans, vient de me recommander pour la troisième fois. Le bouche-à-oreille reste le meilleur commercial du freelance.`],
  ['linkedin', 'en', '', `Rewatched Office Space for the fifth time. Every freelancer should watch Initech's TPS-report scenes before complaining about their own clients' processes.`],
  ['linkedin', 'en', 'client_name', `Wrapped my third project with Initech this year: a full rewrite of their onboarding emails. Open rates up, support tickets down, and a very kind reference from their product lead.`],
  ['linkedin', 'en', '', `"Globex Corporation" from The Simpsons remains the best fake company in TV history. Hank Scorpio would have been a fantastic freelance client: clear brief, generous budget, questionable ethics.`],
  ['linkedin', 'fr', 'client_name', `Premier atelier d'écriture chez Globex ce matin 📝 15 commerciaux, un sujet (leurs propositions), et beaucoup de rires.`],
  // ── Virtual assistants, payroll, ids and bank details ───────────────────────────────────────────
  ['linkedin', 'fr', 'national_id', `Dossier d'embauche de ma première salariée (oui, la VA embauche !) : il me manquait juste son numéro de sécu, elle me l'a dicté au téléphone, 2 74 09 67 078 548 63, et la DPAE est partie. Quelle aventure.`],
  ['linkedin', 'fr', '', `Pour les VA qui gèrent l'administratif de leurs clients : un numéro de sécurité sociale masqué (2 74 ** ** *** *** 63) suffit dans 99 % de vos échanges. Le complet ne voyage que sur le portail officiel.`],
  ['linkedin', 'fr', '', `Le numéro de sécu de l'exemple du formulaire Cerfa, 1 99 99 99 999 999 99, ne sert qu'à montrer le format. Si un client vous demande de « tester » avec le sien, dites non.`],
  ['linkedin', 'fr', '', `Un client m'envoie son NIR « pour la mutuelle » : 2 74 09 67 078 548 64. Après vérification, la clé ne correspond même pas, il s'est trompé d'un chiffre. Je lui ai demandé de passer par le site de l'assureur, c'est plus sûr.`],
  ['linkedin', 'fr', 'national_id email', `Copie de mon mail à la caisse (pour mémoire, je repartage dans le groupe des assistantes) :
« Bonjour, pour le dossier de M. Fabre, n° de sécurité sociale 1 91 04 35 184 085 63, merci de répondre à gestion@assist-bretagne.fr. »`],
  ['linkedin', 'fr', 'iban', `Chère cliente, pour le règlement de l'acompte de 30 %, voici mon RIB : FR76 2187 8289 5662 3899 3565 968 (Atelier Sève, Rennes). Merci de noter « acompte shooting mars » en libellé.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre acompte ! Pour le solde, le RIB figure en bas de la facture PDF que je vous ai envoyée. Belle journée 🌿`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires pour Lumière Nord Photographie à compter du 1er janvier : BE73 6008 6760 2160. Les virements sur l'ancien compte seront encore reçus jusqu'au 31 mars.`],
  ['linkedin', 'fr', 'iban phone', `Facture n° 2026-041 – Traductions juridiques
Montant : 2 340 CHF, payable à 30 jours
IBAN : CH09 3344 5617 0249 0785 9
Questions : 022 785 14 60`],
  ['linkedin', 'fr', '', `Nouveauté pour les indépendants suisses : la QR-facture remplace définitivement les bulletins de versement. L'exemple de la documentation officielle utilise un IBAN de démonstration, prenez le temps de mettre le vôtre dans votre modèle avant l'envoi…`],
  ['linkedin', 'en', 'iban', `Invoicing my first Swiss client! For anyone who asked how QR-bills look, here's mine: Creditor Sophie Muller, IBAN CH41 6269 3008 3674 5436 1, amount CHF 1,850.00, reference INV-0112.`],
  ['linkedin', 'en', '', `The example IBAN everyone copies from the UK docs, GB82 WEST 1234 5698 7654 32, is a specimen. Please don't paste it into your invoice template and forget to change it (asking for a friend who waited three weeks to get paid).`],
  ['linkedin', 'fr', '', `Votre RIB n'est pas un secret d'État : vos clients en ont besoin pour vous payer. Ce qui doit vous inquiéter, c'est qu'on vous demande de le CHANGER par mail. Vérifiez toujours par un autre canal.`],
  ['linkedin', 'fr', 'card', `Dis, pour renouveler l'abonnement Canva de la cliente, sa carte c'est 5367 5834 1192 6612, exp 03/27, code au dos 908. Elle m'a dit de la garder pour les prochains renouvellements.`],
  ['linkedin', 'fr', '', `Commande 4248 6289 1394 3992 expédiée ! Merci à toutes pour vos achats de cartes de vœux illustrées, le stock de décembre est presque épuisé 🎄`],
  ['linkedin', 'en', 'card', `Note to my VA (sorry, wrong window, thought this was our chat): please pay the print shop with the studio Amex 3750 424779 67722, exp 11/27. Thanks!`],
  ['linkedin', 'en', '', `To my VA clients: I will never ask for your full card number. If you want me to handle a subscription, add me as a billing manager or use a virtual card with a limit. A screenshot ending in •••• 4471 is all I need for the receipt.`],
  ['linkedin', 'fr', 'national_id', `Sur le formulaire de l'assurance-emploi pour mes prestations de maternité de travailleuse autonome : NAS 497 288 142, revenus 2025, date de naissance du bébé. Québec, je t'aime, mais tes formulaires…`],
  ['linkedin', 'fr', '', `Rappel aux pigistes québécois : votre numéro d'entreprise du Québec (NEQ 1178942093, le mien) est public au registre des entreprises. Votre NAS, lui, ne va jamais sur une facture.`],
  ['linkedin', 'fr', '', `J'ai reçu un courriel « de Revenu Québec » qui me demandait mon NAS, 497 288 143 d'après eux « à confirmer ». Le numéro n'est même pas valide. Hameçonnage classique, signalé.`],
  ['linkedin', 'fr', 'national_id', `Pour la VA qui prépare mon dossier de permis de séjour à Genève : mon numéro AVS est le 756.3511.3358.16, mon employeur précédent l'a sur le certificat de salaire.`],
  ['linkedin', 'fr', '', `Swiss freelance tip : sur vos factures, c'est votre numéro IDE (CHE-…) qui compte, pas votre numéro AVS. Un numéro AVS comme 756.3511.3358.1X masqué sur un justificatif, c'est bien ; complet sur un PDF client, non.`],
  ['linkedin', 'fr', 'national_id', `Inscription de ma fille au stage de photographie d'hiver : j'ai dû donner son numéro national, 02.10.05-655.15, et celui de la mutuelle. Pour un stage de trois jours à Spa.`],
  ['linkedin', 'fr', '', `Le numéro de registre national belge contient la date de naissance, d'où le conseil des juristes : ne le demandez pas sur vos formulaires d'inscription si vous n'en avez pas besoin légalement. Votre RGPD vous dira merci.`],
  ['linkedin', 'en', 'national_id', `Onboarding paperwork for my first contractor in Toronto, just need her SIN, 136 191 319, and her banking info for direct deposit. Small business life 🙃`],
  ['linkedin', 'fr', '', `Mon SIRET : 763 681 145 00010, mon SIREN : 763 681 145, ma TVA intracom : FR 41 763681145. Tout est public, tout est sur mes factures, et oui, je suis bien une vraie entreprise 😄`],
  ['linkedin', 'fr', '', `Nouveau client, nouvelle paperasse : il me réclame un Kbis, une attestation de vigilance Urssaf et mon SIRET 748 560 810 00016. Cinq minutes sur le site de l'Urssaf et c'est réglé.`],
  // ── Phones: every format ────────────────────────────────────────────────────────────────────────
  ['linkedin', 'fr', 'phone', `Shootings corporate à Bordeaux et alentours : portraits d'équipe, reportages, événements. Devis gratuit au 06 71 42 88 19 ou en message privé.`],
  ['linkedin', 'fr', 'phone', `Nouvelle ligne pro pour ma société de rédaction ! Joignable du lundi au jeudi au +33 (0)5 56 44 21 07.`],
  ['linkedin', 'fr', '', `Ma ligne pro a changé, le nouveau numéro est dans ma signature de mail et sur mon site. Les anciens SMS ne me parviennent plus.`],
  ['linkedin', 'fr', 'phone', `Stage photo de portrait à Liège le 15 février. Infos et inscriptions : 04 223 56 18 (atelier) ou 0496 14 72 83 (moi).`],
  ['linkedin', 'en', 'phone', `Booking my spring workshops in Vancouver now: brand photography for solo founders. Call or text 604-781-2294.`],
  ['linkedin', 'fr', 'phone', `Traduction assermentée à Genève : permanence téléphonique le samedi matin au +41 22 310 44 80.`],
  ['linkedin', 'fr', 'phone', `Mon coaching en ligne accueille aussi les francophones de Suisse alémanique. Ligne directe : 079 452 18 36.`],
  ['linkedin', 'fr', 'phone', `Service client de ma boutique d'illustrations : numéro sans frais 1 888 417-2256, du lundi au vendredi, heure de l'Est.`],
  ['linkedin', 'fr', 'phone', `Besoin d'une VA pour vos appels entrants ? Je prends le relais sur votre numéro, par exemple via un 0800 49 27 15 gratuit pour vos clients.`],
  ['linkedin', 'fr', '', `Je réponds au téléphone seulement entre 14 h et 16 h. Le reste du temps, je travaille. C'est la meilleure décision de ma vie de freelance, et mes clients l'ont très bien acceptée.`],
  ['linkedin', 'fr', '', `Rappel pour les photographes de randonnée en montagne : en Suisse c'est le 1414 (Rega) ou le 144, en France le 112. Enregistrez-les avant de partir.`],
  ['x', 'fr', 'phone', `Quelqu'un a perdu son appareil photo à la Fête des Lumières ? Je l'ai récupéré sur les quais. Appelle-moi au 07 58 31 26 90 pour le décrire.`],
  ['x', 'fr', '', `J'ai trouvé un Fuji X-T5 sur les quais à la Fête des Lumières. Décrivez-moi le sac en DM et je vous le rends 📷`],
  ['x', 'en', '', `Reminder: the number on your invoice should be the one you actually answer. My "business line" went to voicemail for 3 years and I lost at least two jobs because of it.`],
  ['x', 'en', '', `Year recap: 1,240 photos delivered, 38 clients, 12 countries, 0 missed deadlines. 2026, let's go.`],
  // ── Markers vs mentions, NDA labels, embargoes ──────────────────────────────────────────────────
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Planning éditorial janvier – ne pas publier
Semaine 1 : bilan de l'année
Semaine 2 : étude de cas photo culinaire
Semaine 3 : tarifs 2026`],
  ['linkedin', 'fr', '', `Le mot « interne » est le pire ennemi des rédacteurs : « communication interne », « outil interne », « process interne »… Supprimez-le de vos posts, il n'apporte rien au lecteur.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 14 janvier 9 h
Communiqué : la Maison Berthaud lance sa nouvelle gamme de thés bio
(texte rédigé par mes soins, merci de ne rien relayer avant la levée)`],
  ['linkedin', 'fr', '', `Comment j'écris un communiqué sous embargo pour mes clients : date et heure en tête, liste de journalistes restreinte, et surtout un texte qui tient debout même si la date saute. Petit thread de conseils en commentaire.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – draft v3
Brand story for a Lausanne chocolatier
Tone: warm, precise, a little cheeky
Launch: spring`],
  ['linkedin', 'en', '', `Stop putting "CONFIDENTIAL" in the footer of every single email. When everything is confidential, nothing is. Save the label for the documents that truly need it.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `TLP:AMBER
Rapport d'audit sécurité – site vitrine Initech
Trois failles XSS corrigées, une en attente.
Diffusion restreinte aux équipes du client.`],
  ['linkedin', 'fr', '', `Pour les consultants sécurité indépendants : le protocole TLP (CLEAR, GREEN, AMBER, RED) est un excellent moyen de dire à vos clients ce qu'ils peuvent partager. Expliquez-le dans votre premier rapport, ça évite les malentendus.`],
  ['linkedin', 'fr', '', `TLP:CLEAR – Mes 10 conseils pour sécuriser le WordPress d'une petite entreprise. Diffusez, partagez, imprimez, c'est fait pour ça.`],
  ['linkedin', 'fr', 'confidential_marker', `Document SOUS NDA – Cahier des charges du configurateur 3D
Version 1.4 – 03/12
Ne pas transférer hors du périmètre projet`],
  ['linkedin', 'fr', '', `J'ai signé mon premier NDA avec une grande maison horlogère. Je ne peux rien montrer, rien dire, mais je peux vous dire ceci : lisez TOUJOURS la clause de durée avant de signer.`],
  ['linkedin', 'fr', '', `Entre nous, les freelances : arrêtez de proposer un « petit prix pour commencer ». Le premier prix devient le prix de référence, pour toujours.`],
  ['linkedin', 'en', '', `Please don't forward this to my clients 😂 but I genuinely love the month of December: everyone is slow, nobody changes the brief, and I finally do my accounting.`],
  ['linkedin', 'fr', 'confidential_marker codename', `Diffusion restreinte – TLP:RED
Orion – résultats des tests utilisateurs (12 participants)
Irritant principal : le tunnel de paiement, 5 abandons sur 12.`],
  ['linkedin', 'fr', '', `TLP:RED, TLP:AMBER, TLP:GREEN, TLP:CLEAR : j'ai fait une petite affiche pour le bureau de ma cliente, avec un feu tricolore. Même les stagiaires ont compris en 30 secondes.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL — Pricing proposal for Harbourline Café
Brand identity: CA$ 7,200
Menu design: CA$ 1,900
Valid 30 days, pending owner approval`],
  ['linkedin', 'fr', '', `Mon film de Noël préféré cette année : « Confidentiel », le thriller d'espionnage avec Jeanne Bellec. À voir pour les dialogues, qui sont une masterclass d'écriture.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Interne – usage client uniquement
Procédure de publication des offres d'emploi de la boulangerie
1. rédaction 2. relecture 3. mise en ligne`],
  ['linkedin', 'fr', '', `Question de classement : chez mes clients, je vois « Public », « Interne », « Confidentiel », « Secret ». Vous, vous utilisez combien de niveaux pour vos documents de freelance ? Moi, deux.`],
  ['x', 'fr', 'confidential_marker', `[CONFIDENTIEL] Tarifs des ateliers 2026 – brouillon pour relecture par mon associée, ne pas publier avant validation`],
  ['x', 'fr', '', `Je relis mes anciens posts et je tombe sur un « confidentiel » mal placé dans un carrousel de 2021. Heureusement que c'était une blague. Le freelance et le cringe, une histoire d'amour.`],
  // ── Codenames and clients, ordinary senses ──────────────────────────────────────────────────────
  ['linkedin', 'fr', 'codename', `Atlas Bleu avance bien : la charte est validée, les pictos sont en cours. Le client veut tout recevoir avant la présentation à son conseil, donc week-end studio pour moi.`],
  ['linkedin', 'fr', '', `Mon chat s'appelle Atlas et il est persuadé que mon clavier est un lit chauffant. Freelance à la maison, ça veut dire des mails signés « fffffffjjjjjjj ».`],
  ['linkedin', 'fr', '', `Séance photo dans un jardin botanique de Genève : le cèdre de l'Atlas bleu sous la neige, c'est le plus beau décor de portrait de l'hiver.`],
  ['linkedin', 'fr', '', `Ce midi, couscous « Atlas bleu » chez le traiteur marocain en bas de mon coworking à Montréal. Oui, c'est le nom du plat, et il est délicieux.`],
  ['linkedin', 'en', 'codename', `Week 6 on Orion for my fintech client: the onboarding flow now takes 90 seconds instead of 6 minutes. Launch date still under wraps.`],
  ['linkedin', 'en', '', `Stargazing from the Gaspésie last night: Orion's belt, the Pleiades and a faint Milky Way. Freelancing means I can take these trips mid-week.`],
  ['linkedin', 'en', '', `Booked my Orion Ladies' Night spot for the Geneva meetup! A yearly evening for women in tech, named after the bar that hosts it.`],
  ['linkedin', 'en', 'codename client_name', `Shipped the last Kestrel screens to Initech this morning. Project Kestrel has been 14 months of my life and it's finally going into pilot.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the highway near Fribourg, completely still in the wind. Perfect metaphor for the freelance mindset in December.`],
  ['linkedin', 'fr', 'codename', `Stand-up du collectif, lundi :
- Léo : intégration Nébula, 70 %
- Sarah : illustrations pour la boulangerie
- moi : devis en attente, relances`],
  ['linkedin', 'fr', 'client_name', `Merci à l'équipe communication de la Société Générique pour ce beau témoignage sur notre collaboration ! Trois ans de newsletters, et toujours autant de plaisir.`],
  ['linkedin', 'fr', '', `Les noms de sociétés fictives dans mes exemples de formation : ACME, Globo-Gym, Dunder Mifflin. Je devrais peut-être arrêter de les tirer des séries que je regarde.`],
  ['linkedin', 'fr', 'client_name', `Projet du mois pour mon portfolio : la série de portraits des soignants de l'Hôpital Sainte-Claire, exposés dans le hall jusqu'en mars. Émotion garantie.`],
  ['linkedin', 'en', 'client_name', `Wrote Globex's holiday newsletter this year. Best brief I've ever received: "make it sound like a human wrote it". Done.`],
  // ── Job ads, goodbyes, live-posts, supplier notices, comments, threads ─────────────────────────
  ['linkedin', 'fr', 'email', `Je recrute ! 🎨 Mon studio de design cherche une graphiste junior en alternance, 2 jours par semaine à Nantes. Rémunération selon la grille légale (entre 900 et 1 350 € brut selon l'âge). Candidatures à recrutement@studio-maree.fr`],
  ['linkedin', 'fr', '', `Je recrute ! 🎨 Graphiste junior en alternance, 2 jours par semaine à Nantes, rémunération selon la grille légale (900 à 1 350 € brut). Candidature via le formulaire de mon site, portfolio en PDF bienvenu.`],
  ['linkedin', 'en', '', `Hiring a part-time virtual assistant for my Montréal copywriting studio: 15 h/week, remote, CA$ 24–28/h depending on experience. Apply through the link in the comments, French and English required.`],
  ['linkedin', 'fr', 'email phone', `Offre de sous-traitance : je cherche un·e développeur·se Webflow pour un projet de 10 jours en janvier, TJM affiché 450 €. Écrivez à projets@nodal-freelance.be ou appelez le 0478 62 19 40.`],
  ['linkedin', 'fr', '', `Après six ans de freelance, je rejoins une agence à Québec comme directrice de création. Merci à chaque client, chaque collègue indépendant, chaque café partagé. Le portfolio reste en ligne, la porte reste ouverte.`],
  ['linkedin', 'fr', 'email phone', `Dernier post en tant que freelance : je ferme mon activité de traduction le 31 décembre. Pour récupérer vos fichiers ou une dernière facture, écrivez-moi à helene.dupraz@gmail.com ou appelez le +33 6 48 20 73 15 jusqu'à fin janvier. Merci pour tout ❤️`],
  ['linkedin', 'fr', '', `En live depuis le salon des indépendants de Bruxelles ! Conférence de 14 h sur la fixation des tarifs : salle comble, des questions géniales. Le replay sera en ligne la semaine prochaine.`],
  ['linkedin', 'fr', 'financial client_name', `En direct du salon de Lyon 🎤 Je viens de croiser la DG de Globex qui m'a glissé que mon devis à 12 600 € était « très bien placé ». Rien de signé, mais je flotte.`],
  ['linkedin', 'en', '', `Live from Web Summit Vancouver: the panel on freelance pricing just said the median solo designer charges CA$ 85/h in BC. Published survey, I'll link it below.`],
  ['linkedin', 'fr', 'iban email', `Avis à mes clients : mon imprimeur partenaire change de banque. Merci de régler désormais ses factures sur le compte FR76 2494 3613 9148 3729 2888 906 (Imprimerie du Vieux Port). Confirmation par écrit possible à facturation@imprimerie-vieuxport.fr`],
  ['linkedin', 'fr', '', `Avis à mes clients : mon imprimeur partenaire change de banque au 1er janvier. Il vous enverra lui-même ses nouvelles coordonnées par courrier signé ; en cas de doute, appelez-le au numéro habituel avant tout virement.`],
  ['linkedin', 'fr', '', `Merci pour votre message ! Mes disponibilités pour un shooting en janvier sont sur mon agenda en ligne, réservez directement le créneau qui vous convient 😊`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Isabelle, avec plaisir ! Le plus simple est de m'appeler au 06 21 57 93 48, on cale ça en dix minutes.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Merci Nathalie ! Envoyez-moi votre brief à marie.leclerc.redaction@proton.me et je vous fais un devis avant vendredi.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `@Bastien pour le projet de ta boîte, je pense être autour de 7 800 € HT pour l'ensemble, mais je finalise le devis ce soir et je te l'envoie avant qu'on en parle à ton associé.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Mes tarifs sont indiqués sur mon site, à partir de 1 200 € pour un site vitrine. Le devis final dépend évidemment du nombre de pages 😉`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret', `Hey Jen, here's the login for the client's Squarespace so you can fix the header before the launch: jen.assist / Marmalade-Tuesday-31. Thanks!!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great tip! I'd add: never reply to a client with their password in a comment, even "just for a minute". Use a shared vault and a one-time link.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'codename', `Merci ! Oui, c'est bien le projet Atlas Bleu dont je parlais, mais je n'ai pas le droit de montrer les écrans avant la sortie 🙈`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Superbe travail ! Le dégradé bleu nuit me fait penser aux photos de la nébuleuse d'Orion de la NASA 😍`, { surface: 'comment' }],
  ['x', 'fr', 'internal_url', `@chloe_design tu peux relire les maquettes sur http://10.1.2.30/relecture/ ? c'est le serveur du bureau, faut être sur le wifi du studio`],
  ['x', 'fr', '', `1/3 Thread : ce que j'ai changé dans ma façon de facturer en 2025.
Fini les devis à l'heure, place aux forfaits.`],
  ['x', 'fr', '', `2/3 Le forfait protège le client (prix connu) et moi (je suis récompensée quand je vais vite). Mon forfait « site vitrine » est à 3 900 €, affiché publiquement.`],
  ['x', 'fr', '', `3/3 Résultat : +18 % de chiffre d'affaires, moins de négociation, et des clients qui dorment mieux. Questions bienvenues !`],
  ['x', 'en', 'financial', `1/2 Thread on how I lost a deal. Quoted a Geneva startup CHF 14,000 for their MVP design last week. Still waiting on their co-founders to approve it.`],
  ['x', 'en', '', `2/2 Lesson so far: always send the proposal in person or on a call, never as a cold PDF. Will report back when I hear from them.`],
  ['x', 'en', 'secret', `pushing this to the group chat so I don't forget — client's WP admin is admin_bakehouse / SourdoughForever!2026 — ok wrong app, deleting in 2 sec`],
  ['x', 'fr', '', `Tip sécurité du jour pour les solopreneurs : une phrase de passe de quatre mots au hasard vaut mieux qu'un « P@ssw0rd! ». Et un gestionnaire de mots de passe vaut mieux que les deux.`],
  ['x', 'en', '', `Example of a strong passphrase from my workshop slides: "correct horse battery staple" (yes, the xkcd one). Don't actually use that one.`],
  ['linkedin', 'fr', 'secret', `Pour l'atelier photo de demain au studio : le Wi-Fi invité c'est « Studio-Lumen-Guest », clé WPA 8f2Kq-Lumiere-77. Arrivez 10 minutes avant !`],
  ['linkedin', 'fr', '', `Pour l'atelier de demain : le Wi-Fi invité sera disponible, le mot de passe sera donné sur place. Apportez vos cartes SD et une batterie de rechange.`],
  ['linkedin', 'mixed', 'secret', `Handover to my replacement VA (merci Lucie !) :
- Calendly : compte pro de Mme Tremblay
- Zapier token : zp_4f9K2mXq7Lr8Wv3Nt6Bd1Hs
- le reste dans 1Password, coffre "Clients"`],
  ['linkedin', 'mixed', '', `My VA handover checklist (en français et en anglais pour mes clientes bilingues) :
1. accès partagés via 1Password uniquement
2. pas de mot de passe dans les mails, never
3. révocation des tokens le jour du départ`],
  ['linkedin', 'fr', 'internal_url', `Retour d'expérience mission chez un industriel : leur intranet https://intranet.durand-metallerie.fr/rh est une mine d'or pour comprendre la culture d'une boîte. Mission terminée, mais quelle découverte.`],
  ['linkedin', 'fr', '', `Le site public de la métallerie Durand est en ligne, avec mes photos d'atelier : https://www.durand-metallerie.fr/savoir-faire. Deux jours de shooting, des étincelles partout.`],
  ['linkedin', 'en', 'internal_url client_name', `For the Globex team: the final brand assets are on https://files.acme-corp.net/globex/brand-2026/ — the logo pack, fonts and the guidelines PDF.`],
  ['linkedin', 'en', '', `Final brand assets for my bakery client are live on their public press page, free for journalists to download. Love when a client makes the press kit public!`],
  ['linkedin', 'fr', 'internal_url', `J'ai déployé la nouvelle version du configurateur sur le serveur de recette de l'agence : http://recette.studio.corp/configurateur. Testez et cassez tout avant vendredi.`],
  ['linkedin', 'fr', '', `Tableau récap de mon année de freelance :
| Mois | Missions | CA |
| T1 | 6 | 14 200 € |
| T2 | 8 | 17 900 € |
| T3 | 5 | 11 300 € |
| T4 | 9 | 21 600 € |
Un été calme, un automne chargé. Classique.`],
  ['linkedin', 'fr', 'financial client_name', `Tableau de suivi des devis en cours (collé depuis mon Notion, oups) :
| Client | Montant | Statut |
| Initech | 18 400 € | en attente de signature |
| Boulangerie Ravel | 2 100 € | négociation |
| Société Générique | 9 750 € | devis envoyé |`],
  ['linkedin', 'fr', '', `Mes outils de devis préférés en 2026 : Tiime, Abby, Freebe. Tous proposent un modèle gratuit, et aucun ne vous obligera à mettre « Confidentiel » sur vos documents 😅`],
  ['linkedin', 'fr', 'phone email', `Fournisseur : à partir de janvier, la papeterie Dumont reprend les commandes de mes cartes de visite. Contact : commandes@papeterie-dumont.ch, 026 322 18 54.`],
  ['linkedin', 'fr', '', `Mon fournisseur de papier recyclé augmente ses prix de 8 % au 1er février, comme il l'a annoncé sur son site. Je répercute sur les faire-part, désolée les futurs mariés.`],
  ['linkedin', 'fr', 'financial', `Mon fournisseur m'a prévenue en avant-première : +8 % sur le papier au 1er février. Il ne l'annonce à ses autres clients que dans deux semaines, donc je commande maintenant 🤫`],
  ['linkedin', 'fr', 'financial', `Bilan prévisionnel de ma cliente que je mets en page pour son rendez-vous bancaire : 180 000 € de CA visé l'an prochain, point mort en juin. Rien n'est encore présenté à la banque.`],
  ['linkedin', 'fr', '', `Comment je construis mon propre prévisionnel de freelance : objectif de revenu net, + charges, + jours de congé, ÷ jours facturables. En 2026 ça me donne 62 000 € de CA visé. Pas de secret, juste un tableur.`],
  ['linkedin', 'en', 'financial', `Pitch deck for a Montréal bakery chain, draft 4: valuation target CA$ 6M pre-money, closing planned in March. Client asked me to keep the deck off Behance until the round closes, obviously.`],
  ['linkedin', 'en', '', `Case study is up on Behance: the pitch deck I designed for a Montréal bakery chain that publicly announced its CA$ 2M round last month. Swipe for the before/after.`],
  ['linkedin', 'fr', 'national_id', `Inscription de ma micro-entreprise à la CFE, le formulaire voulait mon numéro de sécurité sociale en toutes lettres : 1 98 11 67 312 630 15. Je le poste ici pour me souvenir où je l'ai mis… non je plaisante, je supprime tout de suite.`],
  ['linkedin', 'en', 'national_id', `Swiss payroll for my first part-time assistant is done! Her AHV number 756.6301.2362.25 is in, the pension fund too. Proud small-business moment.`],
  ['linkedin', 'fr', 'national_id phone', `Pour le dossier de location de mon atelier à Charleroi : Julien Mertens, registre national 72.04.02-806.92, GSM 0471 38 52 06. Voilà l'agence est contente.`],
  ['linkedin', 'en', 'card', `Paying for the booth at the craft fair with the business card, pasting for my partner: 2221 5708 4409 7742, exp 06/28, CVC 117. Booth 14, see you there!`],
  ['linkedin', 'fr', '', `Mes clients me demandent souvent s'ils peuvent payer par carte : oui, via un lien de paiement sécurisé. Je ne prends jamais de numéro de carte par téléphone ni par message.`],
  ['linkedin', 'fr', 'iban', `Pour les participantes de la retraite d'écriture en Valais, l'acompte de 300 CHF est à verser sur CH12 3383 4878 9645 8929 1 avant le 15 janvier.`],
  ['linkedin', 'fr', '', `Astuce facturation : le QR-code de paiement sur vos factures suisses, c'est gratuit et ça réduit les erreurs de saisie d'IBAN à zéro. Mon taux d'impayés a fondu.`],
  ['linkedin', 'en', 'iban', `Donations for the freelancers' holiday food drive in Brussels can go to BE92 8883 9671 5323 (Collectif Indé Solidaire). Every euro goes to the food bank.`],
  ['linkedin', 'fr', 'email', `Nouveau : les inscriptions à ma newsletter de conseils tarifaires se font en écrivant « OUI » à lettre @ tarifs-justes . fr. Oui, à l'ancienne.`],
  ['linkedin', 'fr', '', `Pour recevoir ma newsletter sur la tarification, inscrivez-vous sur tarifs-justes.fr/lettre. Un mail par mois, pas plus.`],
  ['linkedin', 'fr', 'codename financial', `Réunion Orion de ce matin, mes notes :
- budget phase 2 : 86 000 €, en attente de l'accord du comité d'investissement
- je reste sur le design system
- prochaine démo le 20`],
  ['linkedin', 'en', 'email', `Questions about my Lightroom presets? Drop a line to support@northlightpresets.com — my assistant answers within the day.`],
  ['linkedin', 'en', '', `I don't do "pick your brain" calls for free anymore. A 45-minute paid consultation is CA$ 150, bookable on my site. Best boundary I've ever set.`],
  ['linkedin', 'fr', '', `Les conseils sécurité que je donne à tous mes clients en fin de mission :
🔐 changez les mots de passe que je connaissais
🔐 retirez mes accès admin
🔐 activez la double authentification partout
C'est ma façon de dire au revoir proprement.`],
]);
