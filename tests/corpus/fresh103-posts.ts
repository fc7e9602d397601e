import { rows } from './corpus-types';

/**
 * Held-out set "fresh103": written 2026-12-05 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks, git history or any corpus post file other than the policy
 * in corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer were not run on
 * these posts. `npx tsx scripts/score-checks.ts --only fresh103`.
 * First scored: 2026-12-05 on d3a2856 (unseen, before any fix from it): confidentiality macro F1 0.967 / 5.1 % (6 of 117).
 *
 * Authors: operations, city-launch, support, payroll and growth staff of food-delivery, ride-hailing and quick-commerce
 * platforms in Paris, Lyon, Brussels, Liège, Montréal and London (and their launches in Lille, Bristol, Cardiff, Leeds,
 * Toronto), writing in French, English and Montréal/Brussels franglais. Forms: team wins, pasted meeting notes and
 * board-pack slides, onboarding and payroll rows pasted into the wrong channel, handover and runbook excerpts,
 * changelogs, post-mortems (public summary vs team draft), supplier bank-detail notices, customer replies to support
 * (surface 'comment'), job ads with published salary ranges, a poll, a three-post X thread, a live-post from an offsite,
 * goodbyes, lost-and-found notes, fraud warnings and tips. Most positives have a clean twin on the same topic.
 *
 * Positives: unit economics and volumes before announcement (contribution margin per order, AOV, take rate, CAC,
 * breakeven orders/day, rider utilisation, EBITDA of hubs, GMV forecast, orders per week/day/year), commission,
 * service-fee, subsidy, delivery-fee and membership price changes before merchants or customers are told, launch and
 * marketing budgets pending board/CODIR sign-off, a contract value a client asked to keep quiet, a funding round and
 * valuation in an embargoed draft; "not public yet" said many ways (pas encore annoncé, avant le communiqué, board pack
 * draft, pending sign-off, chut, for the room only, before the 15th...). Courier and customer personal data: French NIR,
 * Belgian national register numbers (including one born in 2002, with the 2-prefix key), Canadian SINs, UK NI numbers,
 * French/Belgian/UK/Luxembourg IBANs, cards pasted by customers in chats and tickets, personal mobiles in French,
 * Belgian, Canadian and UK formats, hotlines and toll-free numbers, named and role mailboxes (one obfuscated with
 * [at]/[dot]). Secrets without vendor formats (Wi-Fi and admin passwords, shared support logins, CRM and admin tokens,
 * connection strings to Postgres and Redis with credentials), internal dashboards on the policy's domains, an
 * intranet. host, private IPs, .local and .internal hosts. Explicit markers: [INTERNAL], CONFIDENTIEL, CONFIDENTIAL,
 * INTERNE – ne pas diffuser, TLP:AMBER, TLP:RED, EMBARGO until / jusqu'au, Classification: Restricted, SOUS NDA. The
 * policy's codenames and clients in their project and customer sense.
 *
 * Look-alikes (clean): published results, press-release and annual-report figures, Companies House accounts, public
 * rate cards and price lists, published salary ranges, competitors' and statistics-office figures, a teaching example,
 * a rider's personal savings and tips; public promo codes (BXLFRITES20, WARMSOUP15...) as opposed to real keys;
 * placeholders (sk_test_XXXX, whsec_REPLACE_ME), credentials "in the vault"; public help, status and partner sites, a
 * bare domain; emergency numbers 112, 15, 18, 101, 999; the documentation IBAN GB29 NWBK..., an IBAN with a wrong check
 * (a phishing email, a refund scam), Stripe's 4242 card, a failing-Luhn card in a phishing SMS, a 16-digit order number,
 * a masked card, the all-nines NIR, a NIR with the wrong key, a Belgian number with the wrong key, the CRA example SIN
 * 046 454 286, a SIN with a failing Luhn digit, HMRC's QQ 12 34 56 C; discussions of the words "INTERNAL", NDA,
 * embargo, TLP:CLEAR and TLP:GREEN; Orion the constellation and nebula, a kestrel, the restaurants L'Atlas Bleu and
 * Nebula, a novel "The Blue Atlas", Globex of The Simpsons and the Brazilian group, Initech of Office Space, a generic
 * cover letter, the chapelle and the rue Sainte-Claire.
 *
 * Conventions: every written email and phone number is labelled (role mailboxes, hotlines, toll-free and 555 numbers
 * included; emergency short numbers are not); connection-string credentials are `secret`; private IPs and
 * .local/.internal hosts are `internal_url`; financial only for the company's own figures with a sign they are not
 * public; IBANs (mod 97, FR RIB key, BE account check), cards (Luhn), NIR (97 key), Belgian register numbers (97 key,
 * 2-prefix after 2000) and SINs (Luhn) were checked with a throwaway script outside the repo, UK NINOs by format.
 *
 * Counts: 242 posts (103 FR, 122 EN, 17 mixed; 211 LinkedIn, 31 X; 9 comments): 117 clean, 125 with one or more
 * findings. Labels: financial 29, national_id 22, phone 19, secret 14, email 14, internal_url 13, iban 11,
 * confidential_marker 10, codename 8, client_name 7, card 7.
 */
export const FRESH103_POSTS = rows('fresh103', [
  ['linkedin', 'fr', '', `Trois ans que je coordonne les livreurs du 11e arrondissement. Ce que j'en retiens : la pluie du vendredi soir est un sport d'équipe, et un bon dispatcher vaut dix algorithmes. Merci à toute la team République 🚲`],
  ['linkedin', 'fr', 'financial', `Petit moment de fierté : sur Lyon, la marge de contribution par commande est passée à +0,38 € en novembre (contre -0,21 € en juin). On ne le dira officiellement qu'aux résultats de mars, donc je garde la courbe pour moi, mais bravo l'équipe ops !`],
  ['linkedin', 'en', '', `As shared in this morning's press release, we delivered 14 million orders across the UK in 2025, up 31% year on year. Proud of every rider, picker and support agent who made it happen.`],
  ['x', 'fr', 'phone', `Notre nouveau livreur Karim a perdu son sac isotherme vers Nation hier soir. Si vous le trouvez, appelez-le directement au 06 71 42 88 19, il vous offrira un café ☕`],
  ['linkedin', 'en', 'national_id phone', `Onboarding checklist for our new London rider (copied from my notes, sorry for the mess):
- Name: Tomasz W.
- NI number: JR 48 27 19 B
- Mobile: 07700 914 362
- Zone: Hackney / Dalston
Welcome aboard Tomasz!`],
  ['linkedin', 'fr', '', `Rappel utile pour nos livreurs : en cas d'accident sur la route, le 112 fonctionne partout en Europe, même sans crédit. Le 15 pour le SAMU, le 18 pour les pompiers. Soyez prudents ce week-end de verglas.`],
  ['linkedin', 'mixed', 'internal_url', `Quick win de la semaine 🎉 On a enfin un dashboard temps réel des commandes pour Montréal : https://ops.acme-corp.net/dash/mtl-live — ça refresh aux 30 secondes et le support l'adore déjà.`],
  ['x', 'en', '', `Launching in Leeds on 3 February — it's official, it's on the news page, and yes we'll have the late-night menu from day one. 🍜🛵`],
  ['linkedin', 'fr', 'codename financial', `Point d'étape sur Project Kestrel (ouverture de Lille) : budget de lancement validé à 460 k€ par le comité, annonce prévue seulement après la signature des 40 premiers restaurants. Qui veut rejoindre l'équipe de terrain ?`],
  ['linkedin', 'fr', '', `Ce matin, un faucon crécerelle s'est posé sur le toit de notre dark store de Montreuil. Les préparateurs lui ont déjà trouvé un nom. La nature en ville, même entre deux palettes de lait 🐦`],
  ['linkedin', 'en', 'secret', `Note to self and the night shift (pinned in the wrong channel, oops): Wi-Fi in the Brixton hub is "Dashly-Picking", password Tangerine-Crates-77. Printer PIN is the same as last year.`],
  ['linkedin', 'fr', '', `Offre d'emploi — Responsable des opérations livreurs (Bruxelles), CDI, salaire brut annuel entre 48 000 et 56 000 € selon profil, voiture de société, tickets restaurant. Candidatures sur notre page carrières.`],
  ['linkedin', 'en', 'client_name', `Massive shout-out to the B2B crew: from Monday we're the lunch partner for all three Globex offices in Canary Wharf. 1,200 staff, one shared menu, zero cold fries. Let's go!`],
  ['linkedin', 'en', '', `Rewatched Office Space last night with the support team. The TPS reports scene hits differently when you've filled in rider incident forms all week. Initech energy, every Monday.`],
  ['x', 'fr', 'email', `Restaurateurs de Saint-Gilles : pour rejoindre la plateforme avant l'ouverture, écrivez-moi directement à sophie.vandamme@rydr-food.be, je réponds dans la journée.`],
  ['linkedin', 'fr', '', `Pour devenir partenaire, passez par le formulaire de notre site rydr-food.be, rubrique « Restaurants ». Pas besoin de nous envoyer de mail, tout est centralisé là-bas.`],
  ['linkedin', 'en', 'confidential_marker financial', `[INTERNAL] Q1 unit economics snapshot — London
AOV: £23.80
Courier cost per order: £6.95
Net revenue per order: £4.12
Do not circulate outside City Ops.`],
  ['linkedin', 'en', '', `Hot take: we label far too many slides "INTERNAL" in my old company. When everything is confidential, nothing is. Curious how other ops teams decide what deserves the stamp.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires pour le versement des livreurs indépendants de Bordeaux (collé depuis le ticket, désolé) : nouveau compte FR76 1751 5900 0008 1234 5678 938, à mettre à jour avant le prochain cycle de paiement.`],
  ['linkedin', 'en', '', `Finance tip for new self-employed riders: your payout account should be in your own name. Our help page shows a sample like GB29 NWBK 6016 1331 9268 19 — that's the standard documentation example, don't copy it!`],
  ['x', 'en', 'card', `@support_dashly hey my order failed again, I've tried card 4556 7301 9284 6618 exp 09/27 three times now, what is going on??`, { surface: 'comment' }],
  ['linkedin', 'en', '', `To test the new checkout flow, use the usual sandbox card 4242 4242 4242 4242 with any future date. Don't put real cards in staging, ever.`],
  ['linkedin', 'fr', 'national_id', `Dossier d'inscription de notre nouveau livreur à Marseille — il manquait juste le numéro de sécu pour la mutuelle : 1 87 06 75 114 023 15. C'est bon, il peut rouler dès lundi !`],
  ['linkedin', 'fr', '', `Quand on vous demande votre numéro de sécurité sociale, vérifiez toujours à qui vous le donnez. Exemple fictif utilisé dans nos formations : 1 99 99 99 999 999 99. Jamais le vôtre sur un formulaire non sécurisé.`],
  ['linkedin', 'mixed', 'national_id phone', `Nouveau coursier à Laval, welcome Jean-Philippe! Pour la paie j'ai son NAS : 527 138 945, et son cell c'est le 514 555-0142 si jamais il se perd dans Chomedey.`],
  ['linkedin', 'en', '', `Reminder from our Montréal payroll team: a SIN is 9 digits and we will never ask for it by text message. The CRA shows 046 454 286 as an example number in its guides — that one isn't anybody's.`],
  ['linkedin', 'fr', 'secret internal_url', `Pour les nouveaux du support Niveau 2 : la base de lecture des commandes c'est postgres://support_ro:Brioche2026!@10.40.2.17:5432/orders. Lecture seule, mais quand même, pas de requêtes lourdes entre 19h et 21h.`],
  ['linkedin', 'en', '', `Our API docs now include a full example request. The key in the sample (sk_test_XXXXXXXXXXXXXXXX) is a placeholder, so swap in your own from the partner portal.`],
  ['x', 'fr', '', `Code promo pour fêter l'ouverture de Schaerbeek : BXLFRITES20 → -20 % sur ta première commande jusqu'à dimanche. Partagez-le à fond !`],
  ['linkedin', 'fr', 'secret', `Les gars du support, le compte admin du back-office restaurants a changé. Identifiant : ops.bruxelles / mot de passe : Gaufre!Liege#2026. Changez-le au premier login svp.`],
  ['linkedin', 'en', 'financial', `Honestly so proud: Brussels hit 92k orders last week, our best ever. We're not announcing the number until the January all-hands, so keep it between the screenshots 😉 but wow.`],
  ['linkedin', 'en', '', `Brussels did 1.1 million orders in 2025 according to our published annual review — thank you to every frituur, every rider, every late-night customer.`],
  ['linkedin', 'fr', 'codename', `Atlas Bleu, c'est parti ! Le pilote de livraison en 12 minutes démarre lundi à Ixelles avec 3 dark stores. On en reparle dans un mois, pour l'instant motus.`],
  ['linkedin', 'fr', '', `Meilleur couscous de la semaine livré au bureau : le restaurant L'Atlas Bleu, chaussée de Haecht. Partenaire depuis deux ans et toujours aussi généreux. Allez-y les yeux fermés.`],
  ['linkedin', 'en', 'phone email', `If any London restaurant partner still hasn't received their December payout, reach me directly: Priya Nair, Partner Success — priya.nair@dashly.co.uk, +44 7911 123 456.`],
  ['linkedin', 'en', 'email', `Press enquiries about our Manchester launch can go to press@dashly.co.uk — the team will come back to you within 24 hours.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL — Note de cadrage
Objet : réorganisation des zones de livraison Paris Est
Diffusion : CODIR uniquement
Les zones 11, 12 et 20 seront fusionnées au T2.`],
  ['linkedin', 'fr', '', `Dans notre formation « Sécurité de l'information », on apprend à reconnaître les mentions comme « Confidentiel » ou « Diffusion restreinte » et ce qu'elles impliquent. Exercice très utile pour les nouveaux managers de zone.`],
  ['linkedin', 'en', 'financial', `Board pack draft, slide 7, pasted here so the team can comment before Thursday: Manchester breakeven at 410 orders/day, forecast to reach it in month 9. Numbers pending board sign-off.`],
  ['linkedin', 'en', '', `Case study for my logistics students: imagine a delivery app with a £22 basket, a 30% commission and £5.80 courier cost per drop. Where does the profit come from? Answers in the comments 👇`],
  ['linkedin', 'fr', 'internal_url', `Les chefs d'équipe, le planning des créneaux de la semaine est dispo ici : http://planning.kwik.local/semaine/48. Pensez à valider avant jeudi midi.`],
  ['linkedin', 'fr', '', `Notre planning des créneaux est désormais public pour les livreurs indépendants : rendez-vous sur https://livreurs.kwik.ca/creneaux depuis l'app ou le navigateur.`],
  ['x', 'en', '', `The night sky over the Montreal hub at 4 am: Orion rising over the loading bay while we unload 2 tonnes of groceries. Some shifts are pretty.`],
  ['linkedin', 'en', 'codename', `Orion update: the new batching engine is now live on 30% of Paris orders. Avg courier idle time is down 4 minutes. Not announcing outside ops until we roll it everywhere.`],
  ['linkedin', 'fr', 'client_name financial', `Belle signature : le contrat restauration du personnel de nuit de l'Hôpital Sainte-Claire, 380 000 € sur trois ans. L'hôpital communiquera en janvier, d'ici là on reste discrets.`],
  ['linkedin', 'fr', '', `Nos livreurs ont distribué 300 repas chauds aux bénévoles de la chapelle Sainte-Claire ce dimanche. Merci à Anaïs pour l'organisation ❤️`],
  ['linkedin', 'en', 'secret', `PSA for the growth team: the Segment write key for the rider app is 9qZfE2xKp7WmT4vL0bNc8RyH1sDa3Ug6 — it's in the Notion now, stop asking in DMs 😅`],
  ['linkedin', 'en', '', `Our growth team's favourite promo code this winter: WARMSOUP15 gives 15% off soups and ramen until 31 January. Go on, treat yourself.`],
  ['linkedin', 'mixed', 'iban national_id', `Fiche paie livreur à corriger (Bruxelles) — sorry for the raw paste:
Nom : Mehdi A.
Numéro de registre national : 85.07.12-123.90
IBAN : BE42 0635 8127 4454
Statut : étudiant jobiste`],
  ['linkedin', 'fr', '', `Rappel RH : votre numéro de registre national figure au dos de votre carte d'identité belge. Ne l'envoyez jamais par WhatsApp, même à votre manager, utilisez le portail RH.`],
  ['x', 'en', 'phone', `Our Leeds launch hotline for restaurants opens tomorrow: 0113 496 0731, weekdays 9–6. Call us if you want in!`],
  ['linkedin', 'en', '', `Rider safety first: if you witness a crash on your route, call 999 before anything else, then report it in the app. Your delivery can wait.`],
  ['linkedin', 'fr', 'financial', `Bon, je le dis ici parce que je suis trop content : panier moyen à 31,40 € sur Montréal en novembre, un record. Le chiffre n'est pas encore sorti dans le rapport trimestriel alors chut, mais l'équipe growth a tout donné.`],
  ['linkedin', 'fr', '', `Selon l'enquête publiée par Statistique Canada, les Québécois dépensent en moyenne 1 900 $ par an en restauration livrée. Un marché qui continue de grossir, et c'est passionnant d'y travailler.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — fraud pattern alert for support leads
Accounts created with disposable addresses are ordering 6+ high-value baskets on first day, then charging back. Block list update pushed at 14:00.`],
  ['linkedin', 'en', '', `Our security team publishes its fraud trend notes as TLP:CLEAR so partners can reuse them freely. This month: fake refund calls pretending to be from restaurants. Stay sharp.`],
  ['linkedin', 'fr', 'email', `Pour ceux qui m'ont demandé le contact des inscriptions livreurs à Lyon : recrutement.lyon [at] bolteo [dot] fr. Ils répondent vite.`],
  ['linkedin', 'fr', '', `Tout est sur bolteo.fr/devenir-livreur : documents, assurance, équipement. Pas besoin de passer par moi, le formulaire est très bien fait.`],
  ['linkedin', 'en', 'financial', `Draft for the Series B deck (not public until the round closes): London contribution margin £1.07 per order, 18-month payback on new cities. Feedback welcome from the ops leads before Friday.`],
  ['linkedin', 'en', '', `Just Eat Takeaway reported its full-year numbers this week: GTV down slightly, adjusted EBITDA up. Interesting to compare with the other listed players if you follow the sector.`],
  ['linkedin', 'fr', 'financial', `Ça fuitera pas d'ici, promis : la commission restaurant passe de 28 % à 31 % au 1er février sur Paris. Les restaurateurs seront prévenus par courrier la semaine prochaine, on prépare les FAQ du support.`],
  ['linkedin', 'fr', '', `Transparence : notre grille de commissions restaurants est en ligne depuis ce matin sur notre site, de 15 % (retrait) à 30 % (livraison par nos coursiers). Aucune surprise, tout est public.`],
  ['x', 'en', 'internal_url', `Who broke the surge map? https://grafana.corp.acme.com/d/surge/london-zones is showing Zone 4 at 12x since noon 🙃`],
  ['x', 'en', '', `Our public status page is the best place to check outages: status.dashly.co.uk. We post updates there before anywhere else.`],
  ['linkedin', 'fr', 'phone', `Restaurateurs de Liège : si la tablette de commande plante, appelez notre ligne partenaires au 04 246 18 90 (7j/7, 11h–23h).`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker financial', `EMBARGO until 14 January 08:00 GMT
Dashly to launch in Bristol and Cardiff. Launch budget £2.1m. Expected 250 restaurant partners at launch.
(Sharing the draft release for proofreading, please comment before Friday.)`],
  ['linkedin', 'en', '', `Great panel yesterday on how journalists handle embargoes. Main lesson for startup comms people: an embargo is a courtesy, not a contract. Plan accordingly.`],
  ['linkedin', 'mixed', 'secret', `Petit rappel pour l'équipe intégration: le token du webhook Shopify des commerçants Montréal a été regénéré. Nouveau: whsec_4bT9kQm2vX8pLz7RnY3cW6fJ1hD5sGa0. Mettez à jour vos env locales SVP.`],
  ['linkedin', 'en', '', `Wrote a short guide on rotating webhook secrets without downtime. Examples use obvious placeholders like whsec_REPLACE_ME so nobody copy-pastes a real one. Link in comments.`],
  ['linkedin', 'fr', 'national_id email', `Candidature spontanée transmise par erreur sur le mauvais canal, je la colle ici le temps de la retrouver : Léa Marchand, lea.marchand92@gmail.com, n° de sécurité sociale 2 94 09 13 055 178 49, disponible le soir à partir de 18h.`],
  ['linkedin', 'fr', '', `Pour postuler comme livreur, il vous faudra votre numéro de sécurité sociale (15 chiffres) et une pièce d'identité. Ne les envoyez pas par mail : tout se fait dans l'appli, c'est chiffré.`],
  ['linkedin', 'en', 'client_name', `Happy to say Initech has chosen us for their staff meal allowance programme across 4 Montreal sites. Rolling out to 900 employees in February.`],
  ['linkedin', 'en', '', `"Globex Corporation" from The Simpsons remains the best employer branding of all time. Hammocks, free lunch, a boss who remembers your name. We're working on it.`],
  ['linkedin', 'fr', 'internal_url', `Les agents du support peuvent désormais rembourser directement depuis la console admin : https://admin.intranet.bolteo.fr/remboursements. Plafond 40 € sans validation du N+1.`],
  ['linkedin', 'fr', '', `Notre intranet a un nouveau look ! Le service communication interne a fait un super boulot, c'est plus clair, plus rapide, et il y a enfin une recherche qui marche.`],
  ['linkedin', 'en', 'financial', `Pasting my notes from the city-launch review so I don't lose them:
• Cardiff: CAC target £9, current £13.40
• Bristol: 6-week cohort retention 38%
• Launch spend to date £640k vs £700k plan
None of this is in the public update yet.`],
  ['linkedin', 'en', '', `Pricing 101 for first-time founders: cost per acquisition = marketing spend / new customers. If you spend £10k and get 800 customers, that's £12.50. Simple maths, hard reality.`],
  ['linkedin', 'fr', 'card', `Une cliente nous a envoyé sa carte en entier dans le chat du support (« pour aller plus vite »)… 5132 8840 1277 6347, 11/28. On l'a évidemment supprimée et on l'a rappelée, mais sensibilisez vos proches !`],
  ['linkedin', 'fr', '', `Arnaque en cours : un faux SMS « livraison en attente, payez 1,99 € » circule avec un lien bidon et demande votre carte. Le numéro qu'ils affichent en exemple, 4974 0212 3456 7891, n'est même pas valide. Ne cliquez pas.`],
  ['x', 'fr', '', `Bruxelles, c'est officiel : on livre à Anderlecht et Forest dès le 10 décembre, l'annonce est sur notre blog. Frites incluses 🍟`],
  ['linkedin', 'mixed', 'financial', `Slides du QBR de Montréal (draft, not for sharing yet): GMV Q4 projeté à 8,6 M$ CA, take rate 22,4 %. Les chiffres finaux seront annoncés avec les résultats du groupe.`],
  ['linkedin', 'en', '', `We published our 2025 impact report: 41% of London deliveries now made by e-bike or on foot, 12,000 riders active each month. Full PDF on our website.`],
  ['linkedin', 'en', 'iban', `Supplier notice (forwarded from our packaging vendor, pasting for the finance folks): their new bank details are GB60 BARC 2032 5373 8291 45, effective immediately. Please update before the next PO.`],
  ['linkedin', 'en', '', `Fraud warning for finance teams: we received an email "from a supplier" asking us to change bank details to GB12 ABCD 1234 5678 9012 34. The IBAN doesn't even pass the checksum. Always call the supplier back on a known number.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – ne pas diffuser
Compte rendu réunion city launch Nantes (12/11)
- recrutement 80 livreurs
- 3 dark stores identifiés
- ouverture prévue au printemps`],
  ['linkedin', 'fr', '', `Conseil aux managers : évitez de marquer « interne » un compte rendu qui sera de toute façon envoyé aux restaurateurs. Les mentions perdent leur sens quand on les met partout.`],
  ['x', 'en', 'secret', `lol the Wi-Fi at the new Shoreditch dark store is literally "KwikShoreditch" / pass: frozenpeas2026. Someone's going to steal our bandwidth.`],
  ['x', 'en', '', `Pro tip for riders: the free Wi-Fi at most libraries in London is "_Library_Free_WiFi", no password needed. Great for lunch breaks between drops.`],
  ['linkedin', 'fr', 'phone', `Mon contact pour les commerçants du Plateau qui veulent rejoindre l'aventure : Julie, 438 555-0187. Elle connaît tout le monde sur Mont-Royal 😄`],
  ['linkedin', 'fr', '', `Nos horaires de support pendant les fêtes : 9h–minuit tous les jours. Le chat de l'appli reste le moyen le plus rapide de nous joindre.`],
  ['linkedin', 'en', 'national_id', `Quick HR fix needed — the new rider in Croydon typed his National Insurance number as NP630581D without spaces and the system rejected it. Correct format is NP 63 05 81 D, can someone from payroll update it manually?`],
  ['linkedin', 'en', '', `HMRC uses QQ 12 34 56 C as the example National Insurance number in its guidance. If a form shows it pre-filled, that's the sample, not your number.`],
  ['linkedin', 'fr', 'codename', `Nébula avance bien : la nouvelle appli préparateurs sera testée dans les deux dark stores de Montréal dès janvier. Merci de ne pas en parler aux partenaires pour l'instant.`],
  ['linkedin', 'fr', '', `Soirée d'équipe au planétarium de Montréal hier : on a vu la nébuleuse d'Orion en grand format. Les livreurs de nuit connaissent déjà bien le ciel, eux.`],
  ['linkedin', 'en', 'financial', `Not for the newsroom yet, but I want to thank the London grocery team: basket size up from £27 to £34 since we added fresh produce, and gross margin per order now 24.5%. We'll share the official numbers at investor day.`],
  ['linkedin', 'en', '', `Personal milestone: after 2 years of delivering on my bike I saved £4,300 for my master's. Tips average £1.20 per drop in Zone 2 in my experience. Thanks to every generous customer!`],
  ['linkedin', 'en', 'email', `Merchants in Camden: if your menu photos haven't been updated yet, email the content team at menus@dashly.co.uk with your restaurant ID and we'll handle it.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Vous êtes restaurateur à Ixelles et vous voulez une formation sur l'appli ? Passez directement au hub, rue du Trône, tous les mardis après-midi. Café offert.`],
  ['linkedin', 'en', 'secret internal_url', `Runbook excerpt (pasted for the new on-call): if the dispatch queue jams, hit the flush endpoint:
curl -X POST http://dispatch.internal:8080/admin/flush -H "X-Admin-Token: 7f3a9c21e0b84d6fa59e1c3b2d7084ef"
Then check the dashboard.`],
  ['linkedin', 'en', '', `Runbook template we use for on-call: symptom, impact, first command to run, who to wake up. Tokens and hostnames never go in the template itself, only references to the vault.`],
  ['linkedin', 'fr', 'iban phone', `Pour le restaurateur de la rue Oberkampf qui attend son virement : on a bien son RIB FR76 1695 8000 0141 2345 6789 031, le paiement part demain. Il peut me joindre au 07 58 21 44 06 s'il ne voit rien arriver vendredi.`],
  ['linkedin', 'fr', '', `Les virements aux restaurants partent tous les mardis. Si vous ne voyez rien arriver jeudi, contactez le support partenaires via l'appli, c'est le plus rapide.`],
  ['x', 'en', 'financial', `Not supposed to say this before the Q4 call but: London rider utilisation hit 2.7 drops/hour in December. Huge. 🚴‍♀️`],
  ['x', 'en', '', `Industry data: the average UK delivery rider does about 2 drops an hour according to the latest Fairwork report. Curious how that compares in other cities.`],
  ['linkedin', 'fr', 'client_name', `Très contents de compter Société Générique parmi nos clients entreprise : leurs 2 000 salariés de la Défense commandent désormais leurs déjeuners via notre offre « Bureau ».`],
  ['linkedin', 'fr', '', `Petit rappel pour les candidats : une lettre de motivation générique, ça se voit. Parlez-nous de votre quartier, de vos restos préférés, de votre vélo. C'est ça qu'on cherche.`],
  ['linkedin', 'mixed', 'confidential_marker', `Classification: Restricted
Montréal — plan de contingence tempête de neige
1. Pause des livraisons vélo si > 15 cm
2. Bonus voiture +4 $ par course
3. Communication clients 2h avant`],
  ['linkedin', 'en', '', `Our snow-day playbook is public now, because riders asked for transparency: when more than 15 cm is forecast we pause bikes, add car bonuses and warn customers early. Feedback welcome.`],
  ['linkedin', 'en', 'phone', `Belgian riders: our rider support line is +32 2 808 45 12 (Dutch, French, English). Save it in your phone before your first shift.`],
  ['linkedin', 'fr', '', `Le numéro d'urgence européen est le 112, et en Belgique le 101 pour la police. Nos livreurs l'ont affiché sur leur sac depuis la campagne sécurité d'octobre.`],
  ['linkedin', 'fr', 'financial', `Réunion de préparation du board ce matin. On propose un budget marketing de 1,8 M€ pour le lancement de Toulouse et Montpellier au S1. Rien n'est encore validé, donc je ne le partage qu'avec vous les chefs de projet.`],
  ['linkedin', 'fr', '', `On ouvre à Toulouse ! L'annonce officielle est sortie ce matin dans La Dépêche avec un investissement annoncé de 1,2 M€ et 150 livreurs recrutés. Fiers de cette nouvelle étape.`],
  ['linkedin', 'en', 'national_id phone email', `Copy-paste from the rider onboarding sheet, row 214 (sorry, sent to the wrong group!):
Amara Okafor | amara.okafor@outlook.com | +44 7456 210 339 | NI: SK 71 94 02 A | Zone: Peckham`],
  ['linkedin', 'en', '', `Our rider onboarding form only asks for your name, phone and zone at first. ID checks come later and go through our verified partner, so please don't send documents by email.`],
  ['linkedin', 'fr', 'internal_url', `Les stats de la journée sont ici pour ceux qui ne les voient pas dans Slack : https://metabase.corp.acme.com/question/4512-commandes-par-heure-paris`],
  ['linkedin', 'fr', '', `J'ai écrit un article sur comment on a construit nos tableaux de bord ops avec Metabase, outil open source que je recommande vivement. Lien vers notre blog tech en commentaire.`],
  ['x', 'mixed', 'codename', `Kestrel go/no-go demain matin 🤞 si tout est vert, Lille c'est pour mars. Stay tuned (mais pas un mot dehors)`],
  ['x', 'en', '', `Spotted a kestrel hovering over the A40 on my morning ride. Better at hovering than our drone pilot was last year 😂`],
  ['linkedin', 'en', 'secret', `For the data team: the read-only password for the partner reporting DB moved to "R3porting-Wintr#41". Old one stops working tonight. Ping me if your notebooks break.`],
  ['linkedin', 'en', '', `Password policy reminder: at least 14 characters, no reuse, and a manager will never ask for yours. If a "colleague" on Slack asks for your login, report it to security.`],
  ['linkedin', 'fr', 'iban national_id', `Dossier livreur salarié (Paris 15e), collé depuis le SIRH pour que la compta vérifie :
Nom : Yanis B.
NIR : 1 78 05 92 050 312 60
RIB : FR76 1027 8060 4100 0209 8760 142
Contrat : CDI 24h`],
  ['linkedin', 'fr', '', `Nouveauté pour nos livreurs salariés : la fiche de paie arrive maintenant dans l'appli, avec le détail des primes pluie et nuit. Fini les PDF perdus dans les mails.`],
  ['linkedin', 'en', 'financial', `Can't wait to tell the world, but for now only you lovely ops people get this: our Paris quick-commerce hubs turned EBITDA positive in November at +1.9% of sales. The announcement is planned for the February results.`],
  ['linkedin', 'en', '', `According to the annual accounts filed at Companies House last week, our UK entity made a £3.4m operating loss in 2024. Transparent as always: here's what we're changing in 2025.`],
  ['linkedin', 'mixed', 'email phone', `Le contact du nouveau merchant manager pour Verdun c'est Olivier Tremblay — olivier.tremblay@kwik.ca, 514-555-0164. He speaks both languages, no stress.`],
  ['linkedin', 'mixed', '', `Pour tout question sur les partenariats commerçants à Montréal, the form on kwik.ca/partenaires is the way to go. Notre équipe vous rappelle within 48h.`, { surface: 'comment' }],
  ['linkedin', 'en', 'client_name financial', `Closing the year with a bang: Globex renewed their corporate meals contract for 2026 at £1.4m, 20% up. Their procurement team asked us to keep the value quiet until their own budget is approved.`],
  ['linkedin', 'en', '', `Reading Globex's annual report (the Brazilian logistics group, not the Simpsons one) — their last-mile cost per parcel is public and fascinating. Benchmarks like this help us a lot.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — ne pas transférer
Négociation avec la chaîne de burgers pour l'exclusivité Bruxelles : réunion jeudi, proposition à finaliser mercredi soir.`],
  ['linkedin', 'fr', '', `On me demande souvent si on signe des NDA avec les restaurants partenaires. Réponse : rarement, et seulement pour les menus exclusifs. Le reste de notre contrat est standard et public.`],
  ['x', 'en', 'card', `Hi @dashly_help, refund me to this card instead pls 2221 0084 5510 3392, the old one is cancelled`, { surface: 'comment' }],
  ['x', 'en', '', `@dashly_help your refund went to my old card ending 3392 which is cancelled, what now?`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret', `Handover notes for whoever covers me next week:
- Courier payouts job runs at 02:00
- If it fails, rerun with API key ak_live_94bd17f0c2e6a58d3b7f
- Slack alert channel: #payouts-alerts
Thanks team!`],
  ['linkedin', 'en', '', `Handover notes for next week: payouts run at 02:00, alerts go to the payouts channel, credentials are in the vault under "payouts-prod". Thanks team, see you in January!`],
  ['linkedin', 'fr', 'phone', `Fermeture exceptionnelle de notre hub de Villeurbanne ce samedi. Pour les urgences livreurs : 04 78 62 19 53, ou le numéro vert 0 800 94 27 15 (gratuit).`],
  ['linkedin', 'fr', '', `Le hub de Villeurbanne sera fermé ce samedi pour inventaire. Les livreurs seront redirigés vers Part-Dieu, tout est indiqué dans l'appli.`],
  ['linkedin', 'en', 'national_id', `Reminder to the Ottawa team: we still need the SIN for the three new couriers before payroll closes. Got one so far: 718 032 212 (Daniel R.). Please send the others via the HR portal, not here!`],
  ['linkedin', 'en', '', `Fun fact: in Canada, a SIN starting with 9 means a temporary resident. Our payroll team handles lots of them in Montreal, and they've written a great explainer for new couriers.`],
  ['linkedin', 'fr', 'financial', `Je vous partage en avant-première (merci de ne pas relayer, le communiqué n'est pas encore validé par la direction financière) : 4,2 millions de commandes livrées à Paris en 2025, avec un coût de livraison moyen ramené à 4,90 €.`],
  ['linkedin', 'fr', '', `Comme annoncé hier dans notre communiqué, nous avons livré 4,2 millions de commandes à Paris en 2025. Un immense merci à nos 3 000 livreurs.`],
  ['linkedin', 'en', 'internal_url', `New joiners: the rider lookup tool lives at https://riders.acme-corp.net/search — you can find any rider by phone or ID. Access is logged.`],
  ['linkedin', 'en', '', `New joiners: our public help centre is at help.dashly.co.uk and covers 90% of rider questions. Bookmark it, share it, love it.`],
  ['linkedin', 'fr', 'iban', `Pour les restaurateurs de Liège qui nous demandaient notre IBAN pour régler les frais de tablette : BE49 0017 2635 4971 (communication : numéro de restaurant). Merci !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Les frais de tablette sont désormais prélevés directement sur vos versements, plus besoin de faire un virement. Pour les détails, consultez la FAQ partenaires.`],
  ['linkedin', 'en', 'codename', `Thrilled to lead the Atlas Bleu pilot in London: 10-minute grocery delivery from 4 micro-hubs. Go-live is still under wraps but the team is ready.`],
  ['linkedin', 'en', '', `Just finished a wonderful novel called "The Blue Atlas" on my commute. Recommended for anyone who loves maps and long bus rides.`],
  ['linkedin', 'fr', 'email', `Les livreurs qui n'ont pas reçu leur attestation fiscale peuvent écrire à attestations@bolteo.fr en précisant leur identifiant livreur.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Les attestations fiscales des livreurs sont disponibles dans l'espace personnel de l'application, rubrique Documents. Pensez à les télécharger avant avril.`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – City Ops leadership only
Rider pay review, London: proposal to move from per-drop to hourly guarantee in Zones 1–2. Decision expected 20 Dec.`],
  ['linkedin', 'en', '', `Our rider pay model in London is public: a per-drop fee plus distance, with a guaranteed minimum per hour active. We publish the full rate card every quarter.`],
  ['linkedin', 'fr', 'phone national_id', `Fiche contact livreur à transmettre à l'assurance (accident à Anderlecht, rien de grave) : Ibrahima D., GSM 0472 31 58 04, registre national 93.02.25-456.82.`],
  ['linkedin', 'fr', '', `Accident mineur d'un de nos livreurs ce matin à Anderlecht : il va bien, merci aux passants qui ont appelé le 112. Le vélo, lui, est à la retraite.`],
  ['x', 'en', 'secret', `ugh I pasted the prod Mapbox token in a public gist by mistake: sk.eyJ1IjoiZGFzaGx5b3BzIiwiYSI6ImNsbTNxcjB6ZDBh — rotating now, lesson learned`],
  ['x', 'en', '', `Lesson learned this week: never paste tokens in gists. Use a secret scanner in CI. We added one and it caught 3 leaks in a month.`],
  ['linkedin', 'en', 'financial', `Investor Q&A prep (internal draft): "What is your Montreal take rate?" → 21.8%, rising to 23% after the commission change. Let's align on wording before the roadshow; the figure isn't disclosed anywhere yet.`],
  ['linkedin', 'en', '', `Uber's public filings list a delivery take rate around 18%. Useful benchmark for anyone building a marketplace, and freely available in their 10-K.`],
  ['linkedin', 'mixed', 'internal_url', `Si votre scanner ne se connecte plus au WMS, vérifiez qu'il pointe bien vers 192.168.40.12:9000 — la config a sauté après la mise à jour de cette nuit. Thanks Jonathan pour le fix!`],
  ['linkedin', 'mixed', '', `Si votre scanner ne se connecte plus au WMS, redémarrez-le et relancez l'appli. Toujours bloqué? Open a ticket avec le numéro de série de l'appareil.`],
  ['linkedin', 'fr', 'client_name', `Ravis d'annoncer en interne que l'Hôpital Sainte-Claire nous confie la livraison des repas de garde pour ses urgentistes. Démarrage en janvier, premier contrat hospitalier pour l'équipe !`],
  ['linkedin', 'fr', '', `Nos livreurs passent tous les jours devant la rue Sainte-Claire à Lyon, la plus jolie rue du 2e selon notre sondage interne. Vous votez pour laquelle ?`],
  ['linkedin', 'en', 'iban', `Our Luxembourg entity's new account for restaurant deposits is LU28 0019 4006 4475 0000 — please update your invoicing templates, finance team.`],
  ['linkedin', 'en', '', `Finance team tip: when updating invoice templates, take our bank details from the signed contract, never from an email. Scammers love invoice season.`],
  ['x', 'fr', 'financial', `Chiffre pas encore officiel mais je peux pas m'empêcher : 97 % des commandes livrées en moins de 15 min au dark store de Bastille, pour un coût par commande de 2,10 €. La team est folle 🔥`],
  ['x', 'fr', '', `97 % de clients satisfaits selon notre sondage public de novembre. Merci pour vos retours, on lit tout !`],
  ['linkedin', 'en', 'national_id', `Payroll check before month end: the Montreal courier with the rejected deposit has SIN 130 456 783 in our system. Can someone confirm against the form he signed?`],
  ['linkedin', 'en', '', `One of our couriers typed 527 138 946 as his SIN and the checksum failed — turns out he swapped the last digit. Good reminder that validation on forms saves payroll a lot of time.`],
  ['linkedin', 'fr', 'email secret', `Accès au compte partagé du support pour les intérimaires de décembre :
login : support.noel@bolteo.fr
mdp : SapinLivreur!24
Merci de ne pas le changer, on est 12 dessus.`],
  ['linkedin', 'fr', '', `Pour les intérimaires de décembre : chacun aura son propre compte support, créé par l'IT à l'arrivée. Pas de compte partagé cette année, c'est promis.`],
  ['linkedin', 'en', 'financial', `Team, the number you've all been asking about: Bristol will launch with a £4.50 delivery fee and a £12 minimum basket. We're telling customers on the 20th, so please hold until then.`],
  ['linkedin', 'en', '', `Our Bristol launch pricing is now live in the app: £2.99 delivery fee for the first month, then £3.99. No minimum basket for members.`],
  ['linkedin', 'en', '', `Poll for fellow city launchers: what's the hardest part of opening a new city?
🔘 Recruiting riders
🔘 Signing restaurants
🔘 Getting the first 1,000 customers
🔘 Surviving the first rainy Friday`],
  ['linkedin', 'fr', 'financial', `Sondage interne avant le CODIR (je le mets ici pour les managers de zone qui n'ont pas Slack) : on hésite entre deux scénarios pour Bruxelles 2026 — A) 2,4 M€ de budget livreurs pour 1,1 M de commandes, B) 2,9 M€ pour 1,4 M. Rien n'est arbitré, merci de garder ça pour vous.`],
  ['x', 'en', 'financial', `1/ Thread on what I learned launching Manchester. Numbers are rough and still internal so I'll keep them vague except one: we hit 1,000 orders/day in week 6, something we haven't told anyone outside the company yet.`],
  ['x', 'en', '', `2/ The real lesson: sign the late-night kebab shops first. They bring the loyal customers. Restaurants with the prettiest photos come second.`],
  ['x', 'en', '', `3/ And talk to riders every single day. The best route tweaks we made came from a rider named Sam on his third shift.`],
  ['linkedin', 'en', 'national_id iban', `Forwarding to payroll since the form bounced (sorry for posting in the team space): new Leeds rider, NI number HT 52 66 09 C, payout IBAN GB15 MIDL 4005 1512 3456 78. Please set him up for Friday's run.`],
  ['linkedin', 'fr', 'national_id', `Attestation employeur à compléter pour une livreuse en arrêt maladie, il me faut juste confirmer son numéro : 2 85 02 69 123 456 40. La CPAM a besoin du document avant vendredi.`],
  ['linkedin', 'fr', '', `Une livreuse nous a envoyé son numéro de sécu avec une clé fausse (1 87 06 75 114 023 16), le formulaire l'a bloqué tout de suite. Vive les contrôles de saisie 🙌`],
  ['linkedin', 'en', '', `Changelog — rider app 5.14
• New: offline mode for delivery photos
• Fixed: map freezing on older Android phones
• Improved: tips now show up within 10 seconds
Thanks to everyone who reported bugs!`],
  ['linkedin', 'en', 'internal_url', `Changelog — ops console 2.3 (internal)
• New: bulk reassign orders from https://console.corp.acme.com/orders/bulk
• Fixed: rider search timing out
• Known issue: CSV export capped at 10k rows`],
  ['linkedin', 'fr', '', `Post-mortem de la panne de samedi soir (résumé public) : une mise à jour de notre fournisseur de cartes a ralenti le calcul des itinéraires pendant 47 minutes. Les commandes ont été compensées automatiquement. Désolés pour l'attente.`],
  ['linkedin', 'fr', 'internal_url secret', `Post-mortem panne samedi (brouillon équipe) :
- 21:12 la file Redis redis://:Xq9v!mPa71@10.8.0.23:6379 sature
- 21:30 restart du worker dispatch
- 21:59 retour à la normale
Action : déplacer le mot de passe dans le vault.`],
  ['linkedin', 'en', 'card', `Support escalation (pasted from Zendesk): customer disputes a £84 order, says card 3782 918402 77312 was used without permission. Please check the device fingerprint before refunding.`],
  ['linkedin', 'en', '', `Support escalation process in one sentence: we never ask the customer for their full card number. Last four digits and order ID are always enough to find the payment.`],
  ['linkedin', 'mixed', 'national_id phone', `Nouvelle coursière à Longueuil 🎉 Pour les assurances: Émilie G., NAS 246 801 351, cell (450) 555-0119. Bienvenue dans la team, on a hâte de rouler avec toi!`],
  ['linkedin', 'mixed', '', `Nouvelle coursière à Longueuil 🎉 Émilie nous arrive d'une chaîne de pizzas et connaît la Rive-Sud par cœur. Bienvenue dans la team!`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not share beyond the incident channel
Suspected account takeover ring targeting rider accounts in Zone 3. Identified 14 accounts; resets forced at 16:40.`],
  ['linkedin', 'en', '', `We shared our write-up on rider account takeovers with other platforms at the trust & safety meetup. The slides were marked TLP:GREEN so the community can use them.`],
  ['linkedin', 'fr', 'client_name', `Fin de la négociation avec Initech pour les courses de leurs cadres à Bruxelles : on a le marché ! Merci Laurent pour les nuits blanches.`],
  ['linkedin', 'fr', '', `Pour nos clients entreprises, nous proposons des comptes centralisés avec facturation mensuelle. Plus d'infos sur notre page « Entreprises ».`],
  ['x', 'fr', 'phone', `Perdu un casque vélo noir au hub de Molenbeek ? Il est chez moi, appelez-moi au +32 485 62 17 09 avant vendredi.`],
  ['x', 'fr', '', `Perdu un casque vélo noir au hub de Molenbeek ? Il vous attend à l'accueil, du lundi au vendredi.`],
  ['linkedin', 'en', 'financial', `Pasting my talking points for the merchant town hall so the account managers can rehearse: delivery subsidy for top-50 restaurants will be cut from £1.50 to £0.75 per order from March. Merchants haven't been told yet, so no leaks please.`],
  ['linkedin', 'en', '', `Merchant town hall recap: we explained the new dashboard, answered 40 questions, and confirmed the delivery subsidy programme announced in October stays at £1.50 per order until the end of next year.`],
  ['linkedin', 'fr', 'iban', `Demande de remboursement d'un client mécontent (il a insisté pour qu'on lui vire la somme) : FR14 2004 1010 0505 0001 3M02 606, 23,50 €. Transmis à la compta.`],
  ['linkedin', 'fr', '', `Un client a insisté pour être remboursé par virement sur FR77 3000 4012 3400 0123 4567 862. Le RIB ne passait pas le contrôle de clé, et c'était bien une tentative d'arnaque. On rembourse uniquement sur le moyen de paiement d'origine.`],
  ['linkedin', 'en', 'email', `Riders who want to join the London safety committee, drop a line to me at k.osei@dashly.co.uk before Friday — we'll meet every other Tuesday.`],
  ['linkedin', 'en', '', `Riders who want to join the London safety committee: sign up through the "Community" tab in the app before Friday. We meet every other Tuesday at the Bermondsey hub.`],
  ['linkedin', 'fr', 'secret', `Pour l'équipe marketing : la clé d'accès à l'API du CRM (version prod, attention) c'est crm_prod_Q7tX2mV9kB4nW8rL. Elle sert aux envois de codes promo, pas touche aux listes.`],
  ['linkedin', 'fr', '', `Nos codes promo de la rentrée : RENTREE10 pour les étudiants, PROF15 pour les enseignants. Valables jusqu'au 30 septembre dans toute la France.`],
  ['linkedin', 'en', 'codename financial', `Orion phase 2 business case (draft, needs CFO sign-off before it goes anywhere): £1.2m to roll the new batching engine to all UK cities, expected saving £0.31 per order.`],
  ['linkedin', 'en', '', `Standing on the roof of the Bermondsey hub at 5 am, you can still see Orion before the sun wins. One of the perks of the early dispatch shift.`],
  ['linkedin', 'fr', 'national_id', `Un livreur de Namur a oublié sa carte d'identité au hub. Numéro de registre national inscrit dessus : 78.09.14-331.77. Je la garde au coffre, qu'il passe la récupérer.`],
  ['linkedin', 'fr', '', `Attention aux faux formulaires : le numéro de registre national 85.07.12-123.91 qu'on voit circuler dans un faux mail « mise à jour de vos données » ne passe même pas le contrôle. Ne répondez pas.`],
  ['linkedin', 'en', 'phone', `For anyone in the Toronto expansion team: the warehouse landlord's direct line is 416-555-0177. He prefers calls to emails.`],
  ['linkedin', 'en', '', `Our Toronto expansion is public as of today! Hiring riders, pickers and a city GM. Links to all roles in the comments.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 9 janvier 7h00
Bolteo lève 45 M€ en série C pour accélérer le quick-commerce en France. Valorisation : 310 M€.
(version de travail, vos corrections avant ce soir svp)`],
  ['linkedin', 'fr', '', `Bolteo a annoncé ce matin une levée de 45 M€ en série C, relayée par Les Échos. Fière de faire partie de cette aventure et de l'équipe ops qui l'a rendue possible.`],
  ['linkedin', 'en', 'internal_url', `If the merchant portal looks weird for you too, use the staging mirror for now: https://merchants.staging.internal/ — same data, refreshed hourly.`],
  ['linkedin', 'en', '', `Our merchant portal got a redesign! Log in at partners.dashly.co.uk to see sales by hour, ratings and payout history in one place.`],
  ['x', 'mixed', 'secret', `Montreal hub folks: le Wi-Fi c'est "KWIK-HUB-MTL", password PoutineGalvaude$9. Please don't give it to the livreurs des autres apps 😂`],
  ['x', 'mixed', '', `Montreal hub folks: on a enfin le Wi-Fi invité pour les coursiers, connectez-vous avec votre numéro de coursier dans le portail. No more data charges!`],
  ['linkedin', 'en', 'national_id', `Background check stuck for rider #8812 — his NI number WE 38 17 74 B doesn't match DWP records. Can someone in compliance give me a hand?`],
  ['linkedin', 'en', '', `Background checks for UK riders now take 48 hours on average instead of 6 days. Huge thanks to the compliance team who rebuilt the whole flow this year.`],
  ['linkedin', 'fr', 'financial', `Avant qu'on ne l'annonce aux restaurateurs le 15 : les frais de service clients passeront de 0,99 € à 1,49 € à Paris et à Lyon. Le support recevra les éléments de langage lundi.`],
  ['linkedin', 'fr', '', `Depuis le 1er novembre, les frais de service sont de 1,49 € à Paris et à Lyon, comme indiqué dans les CGV et dans l'application. Merci à ceux qui nous ont fait part de leurs remarques.`],
  ['linkedin', 'en', 'card', `Rider expense claim (pasted from the form, fuel card details included by the rider...): card 5118 9430 5521 7730, £46.20, receipt attached. Approved by me, over to finance.`],
  ['linkedin', 'en', '', `Riders in London can now claim bike repair expenses in the app: upload a photo of the receipt and we'll reimburse up to £60 a month. No forms, no card details needed.`],
  ['linkedin', 'fr', 'email phone', `Je quitte Rydr après quatre belles années à lancer Bruxelles, Gand et Liège 💛 Pour rester en contact : marie.lambert.pro@gmail.com ou 0476 84 22 31. Merci à tous les livreurs et restaurateurs.`],
  ['linkedin', 'fr', '', `Je quitte Rydr après quatre belles années à lancer Bruxelles, Gand et Liège 💛 Merci à tous les livreurs, restaurateurs et collègues. La suite très bientôt, ici même.`],
  ['linkedin', 'en', 'codename', `Huge thanks to the Nébula squad for shipping the new picker app to our first London hub three weeks early. The wider rollout isn't public yet, but you know who you are.`],
  ['linkedin', 'en', '', `Dinner tonight at Nebula, the new Lebanese place that just joined our app in Camden. The halloumi fries are a serious contender for my weekly order.`],
  ['linkedin', 'fr', 'national_id email', `Transmis au cabinet comptable pour la DPAE du nouveau préparateur de commandes (je pensais être dans le canal privé) : Thomas Leroy, thomas.leroy.31@laposte.net, NIR 1 92 01 33 063 211 32.`],
  ['linkedin', 'fr', '', `Tout nouveau préparateur de commandes reçoit sa convocation et son contrat par l'appli RH. Les documents d'identité se déposent uniquement dans l'espace sécurisé, jamais par mail.`],
  ['linkedin', 'en', 'financial', `Live from the London ops offsite 🎤 The CFO just showed our 2026 target: 38 million orders and break-even in Q3. She said it's for the room only until the plan is approved, so this is all you get.`],
  ['linkedin', 'en', '', `Live from the Web Summit stage: our CEO just confirmed on stage that we passed 20 million orders in Europe this year. Great energy in the room!`],
  ['linkedin', 'fr', 'iban national_id phone', `Dossier étudiant jobiste à finaliser (Gand), désolé pour le copier-coller :
Nom : Lotte V.
Registre national : 02.03.18-271.57
Compte : BE02 3630 9876 5440
GSM : +32 494 17 82 60`],
  ['linkedin', 'en', 'card', `Chargeback review, Montreal, order 44-8812-0931: customer paid with 4539 7722 0183 4427, claims non-delivery, rider GPS says otherwise. Attaching the proof photo for the bank.`],
  ['linkedin', 'en', '', `Chargeback review tip: order numbers like 4418 8120 9310 5512 look like card numbers but aren't — ours are 16 digits too. Always check the payment ID field, not the order field.`],
  ['linkedin', 'mixed', 'national_id', `Payroll Québec: le NAS de la coursière de Sherbrooke est 271 936 502, pas 271 936 520 comme sur le formulaire. Can someone fix it before Thursday's run?`],
  ['linkedin', 'fr', 'iban', `Nouveau compte de la société pour les paiements des commerçants partenaires (lettre de la banque collée ici pour l'équipe facturation) : FR76 3000 4012 3400 0123 4567 862. L'ancien sera clôturé fin janvier.`],
  ['linkedin', 'fr', 'national_id', `Un client a laissé sa carte Vitale dans un de nos sacs au retour d'une commande. Numéro lisible : 2 01 03 75 056 097 74. On l'a rapportée à la pharmacie la plus proche de son adresse.`],
  ['linkedin', 'en', 'financial', `Quick heads-up for the pricing squad: leadership approved raising the DashlyPlus membership to £8.99/month in April. Members get the email on 1 March, so nothing public before that.`],
  ['linkedin', 'en', '', `DashlyPlus is £7.99/month, as it has been since launch. Free delivery over £15 and members-only deals every week. Price listed on our website.`],
  ['linkedin', 'fr', 'card', `Dans le ticket #55201, le client a tapé sa carte dans le champ commentaire pour le livreur : 5204 7611 8833 9022. Je masque le ticket, mais qui a accès à ces champs côté restaurant ?`],
  ['linkedin', 'fr', '', `Astuce support : quand un client écrit sa carte dans le champ commentaire, masquez tout sauf les 4 derniers chiffres (•••• •••• •••• 9022) avant d'escalader. Le reste ne doit jamais circuler.`],
  ['x', 'en', 'phone', `Any London restaurant wanting to be in our Bristol launch promo: text me on 07823 440 917 before Friday and I'll add you to the list.`],
  ['x', 'en', '', `Any Bristol restaurant wanting to be in our launch promo: apply through the partner form on our website before Friday. Spots are limited!`],
  ['linkedin', 'mixed', 'national_id email', `Onboarding coursier Montréal (Rosemont) — je colle la ligne du fichier : Karim H. | karim.h.velo@hotmail.com | NAS 560 248 718 | vélo cargo. Welcome Karim!`],
  ['linkedin', 'fr', 'national_id', `Pour la mutuelle du livreur d'Ixelles arrivé ce mois-ci, j'ai son numéro de registre national : 69.04.30-158.31. Qui chez RH s'occupe des affiliations ?`],
  ['linkedin', 'en', 'internal_url', `Ops leads: zone heatmaps for tonight's football final are on http://172.16.8.44/heatmaps/final — keep an eye on Wembley and Camden from 19:00.`],
  ['linkedin', 'en', '', `Big match tonight 🏟️ Expect slower deliveries around Wembley between 19:00 and 23:00. We've added extra riders in north-west London.`],
]);
