import { rows } from './corpus-types';

/**
 * Held-out set "fresh100": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh100`.
 * First scored: 2026-12-05 on b75c9ac (unseen, before any fix from it): confidentiality macro F1 0.951 / 3.4 % (4 of 117).
 *
 * Authors: founders, agents, support staff and engineers of mobile-money, microfinance and fintech companies in Dakar,
 * Thiès and Touba (a wallet operator), Abidjan (a microfinance institution), Lagos (a payments rail and card issuer),
 * Nairobi, Kisumu and Mombasa (a merchant-payments and lending start-up) and Casablanca and Rabat (a payment
 * institution seeking its licence), writing in French, English and a mix of both. Forms: team wins, pasted stand-up and
 * steering notes, KYC files and agent records pasted by mistake, customer-service replies (surface 'comment'), job ads
 * with published salary ranges, config snippets and connection strings, changelogs, post-mortems, supplier and
 * bank-detail notices, fraud warnings, polls, live-posts from a summit, X posts and a two-post X thread, farewells,
 * out-of-office notes and tips. Financial positives: transaction volumes, wallet counts and loan book before the annual
 * report or the board, a raise, a Series A post-money and a Series B pre-money before the announcement, a contract
 * value before the client's own release, new fee grids, agent commissions and merchant prices before customers and
 * agents are told, a sealed tender bid, budgets, margins before the auditor, forecasts, a pipeline, an investor update
 * draft, LOIs and a licence-filing plan not yet public; beside audited and published results, regulator (BCEAO, CBN,
 * NIBSS, Central Bank of Kenya) statistics, other companies' raises and a public tender result, public fee grids, job-ad
 * salaries, a personal loan and a classroom valuation. Phones in Senegalese, Ivorian (10-digit), Nigerian, Kenyan and
 * Moroccan formats, often doubling as wallet numbers, switchboards, toll-free and WhatsApp lines; look-alikes are USSD
 * codes, paybill, till and agent codes, ticket and transaction references and emergency short numbers. IBANs (SN, CI,
 * MA with its RIB key, FR with its RIB key) and Visa, Mastercard and 19-digit Verve cards were computed with a
 * throwaway script kept outside the repo (mod 97, Luhn); look-alikes are a phishing IBAN with a wrong check, the ISO
 * registry's sample Ivorian IBAN named as such, Stripe's 4242 test card, an order number and a phishing card that fail
 * Luhn, masked numbers, and a Luhn-passing run inside a valid IBAN (not a card). National ids by format: Nigerian NIN
 * and BVN (11 digits), Kenyan ID numbers, Moroccan CIN, Senegalese CNI (13 digits) and Ivorian NNI; look-alikes are
 * masked or all-zero dummies and explanations of the formats. Secrets without vendor formats (USSD/SMPP gateway and SMS
 * aggregator logins, Wi-Fi passwords, a keystore password, a JWT secret, Redis and Postgres credentials) beside Daraja,
 * AWS, Telegram and Slack-webhook ones; look-alikes are placeholders, AWS's EXAMPLE key, "changeme" and sandbox
 * prefixes. Internal URLs under intranet., the policy's domains, private IPs and .local/.internal/.corp hosts beside
 * public status pages, sites and localhost. Explicit markers (CONFIDENTIEL, INTERNE, [INTERNE], TLP:AMBER, TLP:RED,
 * SOUS NDA, Classification:, EMBARGO jusqu'au, STRICTLY PRIVATE & CONFIDENTIAL) beside discussions of the words,
 * TLP:CLEAR, "entre nous" and "please don't forward". The policy's names also appear in their ordinary sense (Orion's
 * belt and nebula, an Orion hotel, a kestrel, a café Atlas Bleu, a chapel of Sainte-Claire, Globex in The Simpsons,
 * Initech in Office Space) and beside real look-alike banks (Société Générale Côte d'Ivoire).
 * Conventions: every written email address (role mailboxes and obfuscated ones included) is email, every written phone
 * number is phone, markers only when they label the post, financial only for the company's own not-yet-public figure.
 * 235 posts (100 FR, 128 EN, 7 mixed; 215 LinkedIn, 20 X; 8 comments): 117 clean, 118 with one or more findings.
 * Labels: financial 28, phone 19, secret 15, internal_url 12, client_name 12, email 11, national_id 10,
 * confidential_marker 10, codename 9, iban 6, card 4.
 */
export const FRESH100_POSTS = rows('fresh100', [
  ['linkedin', 'fr', '', `Fiers de l'équipe Kalpé Money à Dakar 🇸🇳 : 18 mois après le lancement, nos agents de Pikine et Guédiawaye servent désormais plus de 40 000 clients par semaine. Merci à chacun d'eux, ce sont eux le vrai réseau.`],
  ['linkedin', 'fr', 'financial', `Petite fierté du mois : 61,4 milliards FCFA de volume traité en octobre, +38 % sur septembre. On garde ça pour nous jusqu'au comité de la BCEAO la semaine prochaine, le communiqué officiel suivra 🙏`],
  ['linkedin', 'en', '', `Our audited 2025 annual report is out: XOF 212bn in transaction value and 1.3m active wallets, as filed with the BCEAO in June. Link in the comments for anyone who wants the full PDF.`],
  ['x', 'en', 'financial', `can't say much yet but we just closed $14M from two Nairobi funds 🎉 announcement is planned for after the lawyers finish, so keep it quiet for a couple of weeks 🤫`],
  ['x', 'en', '', `Congrats to the Wave team on their latest raise, $200M is a huge signal for West African fintech. Rising tide lifts all boats 🌊`],
  ['linkedin', 'fr', 'phone', `Vous cherchez un point Kalpé à Thiès ? Appelez directement Moustapha, notre superviseur régional, au 77 418 62 05 (c'est aussi son numéro marchand Kalpé). Il vous orientera vers l'agent le plus proche.`],
  ['linkedin', 'fr', '', `Rappel sécurité : Kalpé ne vous demandera JAMAIS votre code secret. Pour consulter votre solde, composez le *880# depuis votre téléphone. En cas de doute, rendez-vous dans une agence.`],
  ['linkedin', 'en', 'secret', `Quick fix for anyone stuck integrating our sandbox this afternoon: the staging key works again, use X-Api-Key: mzg_live_7Fq2kL9vRx4TnB8wPz3cH1dJ
Sorry for the trouble, the rotation script ate the old one.`],
  ['linkedin', 'en', '', `Dev tip for anyone integrating mobile-money APIs: never hardcode your key. Put it in an env var, e.g. MZINGA_API_KEY=<your key here>, and load it at runtime. Your future self (and your auditor) will thank you.`],
  ['linkedin', 'fr', 'secret internal_url', `Config de la passerelle USSD pour ceux qui reprennent l'astreinte ce week-end :
host: 10.20.4.17
port: 2775
system_id: kalpe_ussd
password: Tb!92xqLe
Ne touchez pas au window_size.`],
  ['linkedin', 'en', '', `How we cut USSD session timeouts by 40 %: shorter menus, fewer round-trips, and caching the balance for 30 seconds. Full write-up on our engineering blog, no secrets, just lessons learned.`],
  ['linkedin', 'fr', 'email', `Nous recrutons un(e) responsable conformité LBC/FT à Abidjan. Envoyez votre CV à aminata.kone@kanaga-mf.ci avant le 20 décembre.`],
  ['linkedin', 'fr', 'email', `Pour toute réclamation, écrivez à reclamations@kanaga-mf.ci en précisant votre numéro de dossier. Notre équipe répond sous 48 h ouvrées.`],
  ['linkedin', 'fr', '', `Pour toute réclamation, passez par le formulaire sur kanaga-mf.ci ou rendez-vous dans l'une de nos 23 agences. Merci pour votre confiance !`],
  ['linkedin', 'en', 'phone', `Lagos merchants: our onboarding hotline is now open on weekends. Call 0700 225 5372 or +234 1 631 8840, 8am to 6pm.`],
  ['linkedin', 'en', '', `Lagos merchants: onboarding now runs on weekends too! Dial *347*88# from any network and follow the prompts, or visit one of our hubs in Yaba and Ikeja.`],
  ['linkedin', 'en', 'national_id', `Pasting the KYC note for the escalation team since the ticket tool is down:
Customer: Chinonso Eze
NIN: 48213097562
BVN: 22184730519
Issue: name mismatch between NIMC and bank records.`],
  ['linkedin', 'en', '', `Reminder to our agents: a NIN is 11 digits and a BVN is also 11 digits, but they are NOT the same thing. Always ask for both, and never write them on a paper slip the customer walks away without.`],
  ['linkedin', 'en', '', `For the KYC training deck we use a masked BVN like 221*****519 and a fake NIN 00000000000 so nobody's real data ends up on slides. Do the same in your teams.`],
  ['linkedin', 'fr', 'iban', `Changement de banque pour nos partenaires distributeurs : à partir du 1er janvier, merci de régler vos factures sur notre nouveau compte :
IBAN SN78 SN07 5364 5568 1518 8447 2940
Titulaire : Kalpé Money SA`],
  ['linkedin', 'fr', '', `Attention arnaque : des fraudeurs envoient un faux avis de changement de RIB avec l'IBAN SN36 SN55 7990 6593 9761 5846 4506. Ce compte n'est PAS le nôtre, et le numéro n'est même pas valide. Ne payez rien.`],
  ['linkedin', 'en', 'card', `Customer wrote in with her full card number to dispute a charge… 4187 7181 4781 5801, exp 09/28. Pasting here so the chargeback team can pick it up, please action ASAP.`],
  ['linkedin', 'en', '', `Testing your checkout? Use the published test card 4242 4242 4242 4242 with any future date. Never run tests with a real customer card.`],
  ['linkedin', 'en', '', `Our order reference format changed: you'll now see numbers like 4187 7181 4781 5804 on receipts. That's an order id, not a card number, no need to panic 🙂`],
  ['linkedin', 'fr', 'codename', `Grosse semaine pour l'équipe : Orion, la nouvelle version de notre agrégateur de paiements, passe en recette chez trois banques pilotes lundi. Bravo aux devs qui ont tenu les délais !`],
  ['linkedin', 'fr', '', `Nuit de bivouac dans le désert d'Agafay avec l'équipe tech : ciel sans nuage, on a même repéré la ceinture d'Orion à l'œil nu. Meilleur offsite de l'année ✨`],
  ['linkedin', 'en', 'codename client_name', `Standup notes (pasted from Slack, sorry):
- Project Kestrel: agent float rebalancing live for Globex merchants in Kano
- blockers: settlement file format still unclear
- next: load test Friday`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the Karura forest this morning before work. Reminder that Nairobi has more than tech hubs 🦅`],
  ['linkedin', 'fr', 'client_name', `Signature ce matin avec Hôpital Sainte-Claire : leurs patients pourront régler les consultations par mobile money dès février. Rien n'est encore public côté hôpital, on attend leur feu vert pour communiquer.`],
  ['linkedin', 'fr', '', `Belle matinée à la chapelle Sainte-Claire de Ziguinchor pour le baptême de ma nièce. Parfois il faut savoir poser le téléphone 🙏`],
  ['linkedin', 'fr', '', `Merci à Société Générale Côte d'Ivoire pour l'accueil lors du forum inclusion financière. Beaux échanges sur l'interopérabilité.`],
  ['linkedin', 'fr', 'client_name financial', `On vient de remporter l'appel d'offres de Société Générique pour la collecte des salaires de leurs agents terrain : contrat de 2,8 milliards FCFA sur trois ans. Pas encore annoncé, ils veulent faire leur propre communiqué en janvier.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL – NE PAS DIFFUSER
Note au comité de direction : revue des incidents de réconciliation du T3 et plan d'action par zone.`],
  ['linkedin', 'fr', '', `Combien d'entre vous tamponnent "CONFIDENTIEL" sur chaque PowerPoint ? À force, plus personne n'y fait attention. On a refait notre politique de classification cette année, retour d'expérience en commentaire.`],
  ['linkedin', 'en', 'confidential_marker financial', `TLP:AMBER
Board pack extract: Q4 forecast KES 1.9bn in M-Pesa-linked loan disbursements, default rate target 3.1 %. Not for circulation outside the leadership group.`],
  ['linkedin', 'en', '', `Great session at the Africa Fintech Summit on threat intel sharing. TLP:CLEAR reports are the ones you can share freely; TLP:AMBER and RED are not. Simple, but worth repeating.`],
  ['x', 'fr', 'phone', `Mon nouveau numéro pro : +225 07 48 21 93 60 (WhatsApp et wallet). L'ancien est coupé depuis hier.`],
  ['x', 'fr', '', `Le *144# a planté 20 minutes ce matin à Abidjan. Chez nous aussi, tout le monde a ouvert un ticket 😅 courage aux équipes ops de l'opérateur.`],
  ['linkedin', 'en', 'phone', `Any founders in Nairobi looking for a CTO-as-a-service? Ping me on 0722 614 903 or +254 733 281 557, happy to grab coffee at the Junction.`],
  ['linkedin', 'en', '', `M-Pesa customers can now pay for our loans via Paybill 891204, account number = your loan id. No more queues at the branch 🎉`],
  ['linkedin', 'fr', 'phone', `Besoin d'un agent Dirham Flow à Casablanca ? Notre superviseure Salma répond au 06 61 47 29 83 du lundi au samedi.`],
  ['linkedin', 'fr', '', `Nos agents Dirham Flow sont désormais présents dans 14 villes du Maroc. Retrouvez la carte complète sur dirhamflow.ma/agents.`],
  ['linkedin', 'fr', 'national_id', `Dossier client à compléter (envoyé au mauvais groupe, désolé) :
Nom : Youssef El Amrani
CIN : BK384712
Date de naissance : 14/03/1991
Manque : justificatif de domicile.`],
  ['linkedin', 'fr', '', `Astuce KYC : au Maroc, le numéro de CIN commence par une ou deux lettres qui indiquent la ville d'émission. Sur nos formulaires on affiche seulement les deux derniers chiffres, genre BK****12.`],
  ['linkedin', 'en', 'internal_url', `The new agent float dashboard is live! Team leads can log in at https://float.intranet.mzinga.co.ke with their usual SSO. Feedback welcome in the #ops channel.`],
  ['linkedin', 'en', '', `Our public status page is https://status.mzinga.co.ke, bookmark it. If USSD or the app is down, that's where we post updates first.`],
  ['linkedin', 'en', 'internal_url', `Grafana for the settlement jobs moved to http://192.168.40.12:3000/d/settle, old link is dead. Ping me if you lost your dashboards.`],
  ['linkedin', 'fr', 'internal_url', `Pour la démo de vendredi, le back-office tourne sur https://bo.acme-corp.net/merchants. Pensez à vous connecter au VPN avant.`],
  ['linkedin', 'fr', '', `Nous serons au salon Afrique Innov à Dakar : stand 14, avec démo du nouveau back-office marchand. Toutes les infos sur acme.com/events.`],
  ['linkedin', 'en', 'secret', `Our agents' Wi-Fi at the Westlands hub changed today. SSID: MZG-Agents, password: Kahawa2026!Nbo. Please don't share it with visitors.`],
  ['linkedin', 'en', '', `Free Wi-Fi for customers at all our Nairobi hubs: network "MZG-Guest", no password, just accept the terms on the splash page. Enjoy!`],
  ['linkedin', 'fr', 'financial', `Notre nouvelle grille de frais entre en vigueur le 1er février : retrait 0,8 % plafonné à 2 500 FCFA, transfert gratuit sous 5 000. Les clients ne seront prévenus que le 15 janvier, ne la partagez pas avant.`],
  ['linkedin', 'fr', '', `Notre grille tarifaire 2026 est en ligne et affichée dans toutes les agences : dépôt gratuit, retrait 1 %, transfert 0,5 %. Transparence totale, comme promis.`],
  ['linkedin', 'en', 'financial', `Agent commissions are going up in January: from 0.35 % to 0.5 % on cash-out, and a KES 50 bonus per new registration. HR will brief agents on the 8th, please don't mention it in the field before that.`],
  ['linkedin', 'en', '', `Being a mobile-money agent in Kisumu means earning around 0.3-0.5 % per cash-out according to the Central Bank's 2024 agent survey. That's thin margins for a lot of responsibility.`],
  ['x', 'en', '', `PSA: the BVN is not a password but treat it like one. Nobody from your bank needs it over WhatsApp.`],
  ['linkedin', 'mixed', 'financial', `Pipeline update pour l'équipe sales: 9 deals en closing, total ARR potentiel de 420 000 USD. Chiffres internes, on ne met rien dans le deck public avant la clôture du trimestre 🙏`],
  ['linkedin', 'en', 'email', `Ops folks: for settlement disputes from Friday on, email me directly at kwame.mensah@nairarail.ng rather than the general queue, it's faster.`],
  ['linkedin', 'en', 'email', `Partners can reach our integration team at integrations [at] nairarail [dot] ng. Please include your merchant id in the subject.`],
  ['linkedin', 'en', '', `Partners can reach our integration team via the "Contact" tab on nairarail.ng or @NairaRailDev here on X. Please include your merchant id.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Compte-rendu du comité risques du 3 décembre
- Fraude SIM swap en hausse à Bouaké
- Renforcement du contrôle des agents de nuit
- Revue du plafond journalier`],
  ['linkedin', 'fr', '', `Compte-rendu du meetup fintech d'hier à Plateau : fraude SIM swap, KYC à distance, et un excellent talk sur la tokenisation. Merci aux orateurs !`],
  ['linkedin', 'en', 'secret', `Webhook for transaction alerts in case the bot stops again: https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Our transaction alerts go to Slack through an incoming webhook, format is https://hooks.slack.com/services/XXX/YYY/ZZZ. Keep the real one in your secrets manager, not in a README.`],
  ['linkedin', 'mixed', 'secret internal_url', `Si ça plante encore côté reporting, la chaîne de connexion c'est :
postgres://reporting:Wm3#pQ81vz@db-reporting.kanaga.internal:5432/mf_prod
(ne la mettez pas dans le repo public svp)`],
  ['linkedin', 'en', '', `Connection strings belong in a vault. Example from our docs: postgres://USER:PASSWORD@HOST:5432/DB, replace with your own values at deploy time.`],
  ['linkedin', 'fr', 'codename', `Recrutement en cours pour Nébula, notre futur moteur de scoring crédit : on cherche deux data scientists à Casablanca. DM si vous voulez en savoir plus.`],
  ['linkedin', 'fr', '', `Photo de la nébuleuse d'Orion prise depuis l'observatoire de l'Oukaïmeden ce week-end. Passion astro du vendredi soir 🔭`],
  ['linkedin', 'fr', 'codename financial', `Atlas Bleu avance bien : budget validé de 3,2 millions de dirhams pour 2026, mais l'annonce aux équipes n'est prévue qu'après l'AG de mars.`],
  ['linkedin', 'fr', '', `Week-end à Ifrane au café Atlas Bleu, vue imbattable sur la forêt de cèdres. Je recommande le msemen.`],
  ['x', 'en', 'financial', `Not public yet but our loan book just crossed ₦7.4bn. Investors get the numbers Monday, the rest of the world a bit later 👀`],
  ['x', 'en', '', `Nigeria's mobile money transaction value hit ₦71.5 trillion last year according to NIBSS. Wild growth.`],
  ['linkedin', 'en', 'national_id', `Could someone from compliance check this one? ID 28734519, Wanjiru Kamau, flagged by the sanctions screen but I think it's a false positive.`],
  ['linkedin', 'en', '', `Kenyan national ID numbers are usually 7 or 8 digits. In our forms we validate the length and ask for a photo of the card instead of storing the number twice.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de crédit de Mme Fatou Diop (CNI 2 751 1988 04617), il manque encore le bulletin de salaire. Merci de relancer l'agence de Rufisque.`],
  ['linkedin', 'fr', '', `Chez nous, un dossier de microcrédit se boucle en 72 h : CNI, justificatif d'activité et un garant. Simple, rapide, transparent.`],
  ['linkedin', 'en', 'phone email', `Farewell post 🥲 After 4 years at NairaRail I'm moving on. Stay in touch: ada.okafor@gmail.com or 0809 442 1176.`],
  ['linkedin', 'en', '', `Farewell post 🥲 After 4 years at NairaRail I'm moving on. Thank you to the team that built our first USSD flow on a shoestring. Connect with me here, I'll keep posting.`],
  ['linkedin', 'mixed', 'client_name', `Kick-off meeting avec Initech aujourd'hui à Casablanca pour l'intégration du paiement marchand dans leurs 60 points de vente. Let's go! 🚀`],
  ['linkedin', 'en', '', `Reading "Initech" in Office Space again with the team for movie night. TPS reports will never die 😂`],
  ['linkedin', 'en', 'financial', `Sneak peek for the team: we're pricing the new merchant plan at KES 1,450/month, down from 2,000. Marketing launches it on the 20th, until then this stays between us and the pilot merchants.`],
  ['linkedin', 'en', '', `Our merchant plan is KES 1,450/month, same price as listed on our website since March. No hidden fees, cancel anytime.`],
  ['linkedin', 'fr', 'financial', `Valorisation post-money de 48 M$ sur la Série A qu'on signe jeudi. Pas un mot avant le closing, les investisseurs veulent annoncer ensemble 🤐`],
  ['linkedin', 'fr', '', `Comme annoncé dans Jeune Afrique en septembre, notre Série A de 12 M$ est bouclée. Merci encore à nos investisseurs, on accélère au Bénin et au Togo.`],
  ['linkedin', 'fr', '', `Cours de finance d'entreprise à l'ESP de Dakar ce matin : exemple d'une startup fictive valorisée 30 M$ avec 4 M$ de revenus, on a calculé le multiple ensemble.`],
  ['linkedin', 'en', '', `Job ad: Senior Backend Engineer (Go), Lagos or remote. Salary ₦2.5m–₦3.8m/month gross plus equity. Apply through our careers page.`],
  ['linkedin', 'fr', '', `Offre d'emploi : Chargé(e) de clientèle, Abidjan Cocody. Salaire 350 000 – 450 000 FCFA/mois selon profil. Candidatures via notre page Carrières.`],
  ['linkedin', 'en', 'financial', `Draft numbers for the investor update (not sent yet): GMV $38.2M in November, take rate 1.1 %, burn down to $410k/month. Please sanity-check before I hit send Friday.`],
  ['linkedin', 'en', '', `Personal milestone: I finally paid off my motorbike loan, 180,000 KES over 18 months. Small wins matter too 🏍️`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – Présentation partenaire
Intégration API de collecte pour les caisses de cotisation, calendrier prévisionnel et architecture cible.`],
  ['linkedin', 'fr', '', `Conseil aux jeunes startups : faites signer un NDA avant de montrer votre code source à un partenaire potentiel. On a appris ça à nos dépens.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Agent network incident report, Mombasa region, 2 Dec. Root cause: float top-up job failed silently for 6 hours.`],
  ['linkedin', 'en', '', `Post-mortem of the Mombasa float outage on 2 Dec, shared publicly because our agents deserve transparency: a top-up job failed silently for 6 hours. We added alerting and a manual fallback.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 10 janvier 2027, 09h00 GMT
Kalpé Money lève 9 milliards FCFA auprès de trois fonds panafricains pour accélérer au Mali et en Guinée.`],
  ['linkedin', 'fr', '', `Le communiqué sur notre levée de fonds a été publié ce matin après la levée de l'embargo. Merci aux journalistes qui ont joué le jeu !`],
  ['x', 'en', 'secret', `lol just realised I had our ussd gw pass in my clipboard the whole demo: Nd7$kLq2wp. rotating it now, nobody screenshot pls`],
  ['x', 'en', '', `Rotated all our API keys today as part of the quarterly hygiene. Boring, necessary, done ✅`],
  ['linkedin', 'en', 'secret', `For the hackathon teams using our payments API, here's the shared key for the event tenant: ak_ev_4Tg9QmRk27XpLwZs0hNc8yVb. It expires Sunday night.`],
  ['linkedin', 'en', '', `Hackathon teams: grab your sandbox API key from the developer portal after signup. Keys start with ak_test_ and only work against fake wallets.`],
  ['linkedin', 'en', 'card', `Chargeback pasted from the portal for Tobi on the disputes team:
card 5199 6998 3397 6268
amount ₦84,500
merchant: Shoprite Lekki`],
  ['linkedin', 'en', '', `Dispute tip: we only ever need the last four digits of a card (e.g. **** 6268) to find a transaction. If a customer sends the full number, delete the message.`],
  ['linkedin', 'en', 'card', `Verve card for the office petty cash, for those asking again: 6500 0200 0705 6148 970, PIN with Blessing in finance.`],
  ['linkedin', 'en', '', `Our new virtual Verve cards are live! Generate one in the app in 30 seconds, spend online, freeze anytime. 💳`],
  ['linkedin', 'fr', 'iban', `Pour le remboursement des frais de la mission à Marrakech, voici mon IBAN : MA64 0077 8045 3331 4789 3288 0460. Merci Nadia !`],
  ['linkedin', 'fr', '', `Au Maroc, le RIB compte 24 chiffres et l'IBAN commence par MA suivi de deux chiffres de contrôle. Petit rappel utile pour nos partenaires européens.`],
  ['linkedin', 'fr', 'iban', `Nouveau compte fournisseur Kanaga Microfinance à régler dès la prochaine facture : CI58 CI45 7178 4726 7147 5136 2701.`],
  ['linkedin', 'fr', 'iban', `Coordonnées bancaires pour le virement de la souscription des business angels parisiens : FR76 3000 4008 1291 4524 4106 468, libellé "BSA Kalpé".`],
  ['linkedin', 'en', '', `The ISO registry lists CI93 CI00 8011 1301 1342 9120 0589 as the sample Ivorian IBAN. Use it in your test fixtures instead of a real customer's account.`],
  ['linkedin', 'en', 'phone', `Merchant support escalations now go to our night duty lead on +212 6 62 81 35 40 after 10pm. Day team as usual.`],
  ['linkedin', 'en', '', `Merchant support now runs 24/7 via chat in the app. Average response time last month: 3 min 40 s. Proud of the team.`],
  ['linkedin', 'fr', 'phone', `Standard de Kanaga Microfinance : +225 27 22 49 18 30. Les conseillers sont joignables de 8h à 17h du lundi au vendredi.`],
  ['linkedin', 'fr', '', `En cas d'urgence médicale lors de nos caravanes financières, composez le 185 (SAMU Côte d'Ivoire) ou le 110. Nos équipes sont formées aux premiers secours.`],
  ['linkedin', 'en', 'phone', `Toll-free for our Kenyan customers: 0800 720 514. Free from Safaricom and Airtel lines.`],
  ['linkedin', 'en', '', `Police emergency in Kenya is 999 or 112. Please save it, especially our field agents who carry cash late.`],
  ['linkedin', 'fr', 'phone', `Si vous êtes commerçant à Touba et voulez devenir agent, WhatsApp au 70 612 44 89 (Cheikh) 👍`],
  ['linkedin', 'fr', '', `Devenir agent Kalpé ? Il faut un registre de commerce, une pièce d'identité et un fonds de roulement de 200 000 FCFA minimum. Dossier en ligne.`],
  ['linkedin', 'en', 'internal_url', `New runbook for settlement failures: http://wiki.ops.corp/settlement/runbook. Read it before your first on-call shift.`],
  ['linkedin', 'en', '', `We open-sourced our settlement runbook template on GitHub: github.com/mzinga-pay/runbooks. PRs welcome!`],
  ['linkedin', 'fr', 'internal_url', `Le reporting BCEAO mensuel se génère maintenant depuis https://reporting.corp.acme.com/bceao. Plus besoin de passer par Excel.`],
  ['linkedin', 'fr', '', `Notre rapport annuel transmis à la BCEAO est consultable sur le site de la Banque centrale, rubrique Établissements de monnaie électronique. Rien à cacher !`],
  ['linkedin', 'en', 'internal_url', `Metabase is back: http://metabase.acme-corp.net/dashboard/14. Agent churn chart fixed.`],
  ['linkedin', 'en', 'internal_url', `The sandbox mock for the USSD menu runs on ussd-mock.local:8080 on the office network, ask Peter for access.`],
  ['linkedin', 'en', '', `Built a tiny USSD simulator you can run locally with Docker; it listens on localhost:8080 by default. Repo link below, MIT licence.`],
  ['linkedin', 'mixed', 'email', `Merci pour l'accueil au Hub de Rabat! For follow-ups on the API pilot, ping youssef.benali@dirhamflow.ma, je réponds vite.`],
  ['linkedin', 'en', 'email', `Found a bug in our API? Report it to security@mzinga.co.ke, we run a small bounty programme.`],
  ['linkedin', 'en', '', `Found a bug in our API? Report it through the responsible disclosure form on mzinga.co.ke/security, we run a small bounty programme.`],
  ['x', 'mixed', 'email', `DM fermés, écrivez-moi: mamadou . sall @ kalpe . sn 🙏`],
  ['linkedin', 'fr', 'codename client_name', `Point hebdo Orion :
- intégration Globex : tests de bout en bout OK
- reste : certificats TLS côté partenaire
- go-live visé le 12/01`],
  ['linkedin', 'en', 'client_name', `Huge thanks to the Globex procurement team for choosing us as their payroll-disbursement partner for 4,000 field staff in Kenya. Onboarding starts next week!`],
  ['linkedin', 'en', '', `Watching the old Simpsons episode with Globex Corporation and Hank Scorpio again. Peak TV 🌋`],
  ['linkedin', 'fr', 'codename', `Le sprint 14 de Project Kestrel se termine : détection de fraude en temps réel sur les retraits agents, précision de 94 % en test.`],
  ['linkedin', 'fr', '', `Un faucon crécerelle (kestrel en anglais) niche sur le toit de nos bureaux à Rabat depuis trois semaines. Mascotte officieuse de l'équipe 🦅`],
  ['linkedin', 'en', 'codename', `If you're joining the Nébula data squad next month, the onboarding sessions are every Tuesday at 10.`],
  ['linkedin', 'en', 'client_name', `Shoutout to our friends at Hôpital Sainte-Claire for piloting cashless payments at the pharmacy counter, 1,200 transactions in week one!`],
  ['linkedin', 'fr', 'client_name', `Réunion avec la DSI d'Initech demain pour cadrer la migration de leurs encaissements vers notre plateforme. Qui est dispo pour la note technique ?`],
  ['linkedin', 'fr', '', `Sondage 📊 Quel est votre moyen de paiement préféré pour les petits achats ?
1️⃣ Cash
2️⃣ Mobile money
3️⃣ Carte
4️⃣ QR code`],
  ['linkedin', 'en', 'financial', `Poll for the leadership team before Thursday's call (keep it internal): should we set the 2027 disbursement target at $90M or $110M? Current internal forecast sits at $96M.`],
  ['linkedin', 'en', '', `Poll: What's your biggest pain point when cashing out? 💸
- Agent has no float
- Fees
- Network errors
- Long queues`],
  ['x', 'en', 'financial', `1/ Thread on our year 🧵 Not all public yet so I'll keep it vague... except: we did 2.1M transactions in November alone. Board sees the full deck next week.`],
  ['x', 'en', '', `1/ Thread on what we learned building USSD products in Nigeria 🧵 Short menus, big fonts on SMS receipts, and always a way back to the main menu.`],
  ['x', 'en', '', `2/ Second lesson: agents are your real product team. They'll tell you what breaks before any dashboard does.`],
  ['x', 'fr', 'financial', `On a dépassé les 500 000 portefeuilles actifs au Sénégal 🎉 (chiffre interne, l'officiel sortira avec le rapport annuel)`],
  ['x', 'fr', '', `Selon le rapport 2024 de la BCEAO, l'UEMOA compte plus de 100 millions de comptes de monnaie électronique. Le potentiel est énorme.`],
  ['linkedin', 'en', 'financial client_name', `Pricing memo draft: raising the interchange fee for Globex-type enterprise merchants from 1.2 % to 1.45 % from April. Sales will inform merchants in February; till then, keep the number to yourselves.`],
  ['linkedin', 'fr', 'financial', `Marge brute du trimestre : 31 %, contre 24 % au T2. Chiffres provisoires, pas encore validés par le CAC, donc on n'en parle pas à l'extérieur.`],
  ['linkedin', 'fr', '', `Notre marge brute 2025 est de 28 %, telle que publiée dans les comptes certifiés déposés au greffe. Merci aux équipes finances.`],
  ['linkedin', 'en', 'financial', `Our bid for the Kenya Power collection tender: KES 38 per transaction. Envelope goes in Tuesday, so the number does not leave this team.`],
  ['linkedin', 'en', '', `The Kenya Power collection tender results are out: congrats to the winning consortium at KES 34 per transaction. We'll be back next round.`],
  ['linkedin', 'fr', 'financial', `Budget marketing 2027 arbitré hier soir : 420 millions FCFA, dont 60 % digital. Le CODIR le présentera aux équipes le 15, d'ici là motus.`],
  ['linkedin', 'fr', '', `Le budget de l'État du Sénégal 2026 prévoit une hausse des crédits pour l'inclusion financière. Une bonne nouvelle pour tout l'écosystème.`],
  ['linkedin', 'fr', 'phone', `Bonjour Mme Ndiaye, désolés pour ce double débit. Un conseiller va vous rappeler au 78 302 17 64 d'ici ce soir pour le remboursement.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Mme Ndiaye, désolés pour ce double débit. Le remboursement a été lancé et apparaîtra dans votre portefeuille sous 24 h. Vous recevrez un SMS de confirmation.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Hi Emeka, we found your account. Your BVN on file is 22461873095, please confirm it matches the one your bank gave you so we can unlock the wallet.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Emeka, please don't post your BVN or NIN in public comments! Send us a DM and our team will verify your identity privately.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Thanks for flagging this, Achieng. Could you send the screenshots to our support lead, faith.otieno@mzinga.co.ke? She'll look into it today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for flagging this, Achieng. Our team has opened ticket #MZ-48213 and will get back to you in the app inbox within 24 hours.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonsoir Karim, pour débloquer votre compte marchand, appelez notre service entreprises au 05 22 48 91 70 (Casablanca).`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonsoir Karim, votre compte marchand est débloqué. Le code de transaction QRT7X2AB91 confirme le remboursement des frais.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Changelog v4.12 (Android):
- faster QR scan in low light
- balance hidden by default
- fixed crash when switching SIMs
- new Swahili strings`],
  ['linkedin', 'en', 'secret', `Changelog v4.12 (internal build notes, pasted by mistake?):
- faster QR scan
- signing keystore pass: MzgRelease#2026kq
- fixed crash when switching SIMs`],
  ['linkedin', 'fr', '', `Nouveauté de la semaine : vous pouvez désormais payer votre facture Senelec directement depuis l'appli, sans frais jusqu'au 31 décembre. Offre publique, affichée en agence.`],
  ['linkedin', 'fr', 'financial', `Info équipe : le paiement Senelec sans frais sera prolongé jusqu'en juin, coût estimé 140 M FCFA pour nous. Annonce clients prévue après validation du DG, rien avant.`],
  ['linkedin', 'en', 'secret', `Setting up the M-Pesa callback on the new server, creds for the Daraja app while Otieno is on leave:
consumer_key=Hq2nV8rTzW4kLp9sXe1MbA3dFy7GcJ6u
consumer_secret=r9QkT2vLm8XwP4zN`],
  ['linkedin', 'en', '', `Daraja tip: your consumer key and secret come from the Safaricom developer portal. In examples we write consumer_key=YOUR_CONSUMER_KEY, and you should too.`],
  ['linkedin', 'en', '', `AWS docs use AKIAIOSFODNN7EXAMPLE as a sample access key. Use that (or nothing) in your blog posts, not your real one 😅`],
  ['linkedin', 'en', 'secret', `infra notes for the Lagos DC migration:
AWS_ACCESS_KEY_ID=AKIA5QT2MZR7WJXK4N3B
AWS_SECRET_ACCESS_KEY=f8Kq2LmZ7vXw9RtPb3NcY1sHd4Ge6Ju0Ao5Ti2Ex
region eu-west-1, bucket nairarail-settlement`],
  ['linkedin', 'fr', '', `Mot de passe par défaut du routeur de test : "changeme". Oui, on le change dès l'installation, et vous aussi j'espère 😄`],
  ['linkedin', 'fr', 'secret', `Pour l'agence de Yopougon, le code du wifi c'est Kanaga@Yop2026, et celui du coffre reste chez le chef d'agence.`],
  ['linkedin', 'fr', 'secret', `Accès au portail de l'agrégateur SMS pour les alertes OTP :
login : kalpe_otp
mdp : 4vR!s9Lq_Dkr
Merci de ne pas le changer sans prévenir l'équipe.`],
  ['linkedin', 'fr', '', `Nos OTP passent désormais par deux agrégateurs SMS en parallèle : si l'un tombe, l'autre prend le relais en moins de 5 secondes. Résilience ++`],
  ['linkedin', 'en', 'confidential_marker', `STRICTLY PRIVATE & CONFIDENTIAL
Term sheet summary for the board: liquidation preference 1x non-participating, two board seats, pro-rata rights.`],
  ['linkedin', 'en', '', `Founders, learn what a 1x non-participating liquidation preference means before you sign your first term sheet. Great explainer in the comments from a VC friend.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not forward
IOCs from the SIM-swap ring hitting agents in Eldoret: attacker numbers and device IMEIs in the attached sheet.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Diffusion restreinte
Audit interne des agents de Kaolack, points de non-conformité et calendrier de remédiation.`],
  ['linkedin', 'fr', '', `On a présenté les résultats de notre audit de conformité au régulateur cette semaine. Le rapport public sera disponible sur notre site en janvier.`],
  ['linkedin', 'fr', '', `Entre nous, le meilleur thiéboudienne de Dakar reste celui de la cantine du bureau. Je ne négocie pas 🍚`],
  ['linkedin', 'en', '', `Please don't forward the meme I posted in the team chat to my mother. Thanks in advance.`],
  ['linkedin', 'en', 'financial', `Please don't forward this: we're planning to cut the P2P fee to zero in Uganda from March, it'll cost roughly $1.2M a year. Customers hear about it in February.`],
  ['linkedin', 'fr', 'phone national_id', `Dossier bloqué (collé depuis WhatsApp) :
Client : Koffi Yao Serge
NNI : 11046290831
Tél : 01 03 58 72 44
Motif : photo CNI floue`],
  ['linkedin', 'fr', '', `Côte d'Ivoire : depuis 2021 tous les numéros de mobile ont 10 chiffres. Pensez à mettre à jour vos bases clients, sinon les SMS de confirmation partent dans le vide.`],
  ['linkedin', 'mixed', 'phone', `Besoin d'un coup de main sur l'API? Call/WhatsApp Aïcha au +221 76 590 23 18, she knows the sandbox by heart.`],
  ['linkedin', 'en', 'phone', `Nigeria team: our ops bridge line is 0201 295 4410 ext. 3 during the migration weekend.`],
  ['linkedin', 'en', '', `Migration weekend is done 🎉 42 million records moved, zero downtime for customers. Thank you to the 19 people who gave up their Saturday.`],
  ['linkedin', 'en', 'phone', `Tired of fake agents? Report them on WhatsApp: +254 (0) 111 052 880. We act within 24 hours.`],
  ['linkedin', 'fr', '', `Les faux agents se multiplient : vérifiez toujours le badge et le code agent à 6 chiffres affiché en boutique (ex. 480 215). Un vrai agent ne vous demandera jamais votre code PIN.`],
  ['linkedin', 'en', '', `Our agent code format is 6 digits, like 480215. The till number printed on the sticker is the same code. Neither is a phone number, so don't try calling it 😄`],
  ['linkedin', 'fr', 'financial', `Prévision interne T1 2027 : 74 milliards FCFA de volume, 11 % de croissance. À ne pas sortir avant la présentation aux actionnaires du 28.`],
  ['linkedin', 'fr', '', `Prévision de l'UEMOA : la croissance du secteur mobile money devrait rester autour de 15 % par an selon le dernier rapport public de la BCEAO.`],
  ['linkedin', 'en', 'financial', `We agreed a Series B at a $120M pre-money with the lead this morning. Legal docs next, announcement TBD. Champagne (non-alcoholic) in the kitchen at 5pm for the team 🍾`],
  ['linkedin', 'en', '', `We announced our Series B last month ($25M at, yes, the valuation TechCrunch reported). Today I want to talk about the people behind it, not the numbers.`],
  ['linkedin', 'fr', '', `Merci à toutes les équipes pour la clôture de notre exercice. Les comptes publiés montrent un chiffre d'affaires de 11,2 milliards FCFA, en hausse de 34 %.`],
  ['linkedin', 'en', 'financial', `Numbers from this morning's ops review, pasted raw:
tx volume Nov: ₦142bn
agent float shortfall: ₦3.1bn
net revenue (prelim): ₦1.8bn
to be confirmed at the board`],
  ['linkedin', 'en', '', `Ops review learnings: agent float shortfalls always spike before salary week. We now pre-fund agents in the 5 busiest LGAs on the 24th of each month.`],
  ['linkedin', 'en', 'codename financial', `Orion update for the steering committee: total build cost landed at $2.4M vs $1.9M budgeted. Not shared with the wider company yet.`],
  ['linkedin', 'mixed', 'codename', `Standup du jour: Kestrel API freeze vendredi, Project Kestrel demo to the CEO lundi. On croise les doigts 🤞`],
  ['linkedin', 'en', '', `Love Orion Hotel's rooftop in Nairobi for offsites. Good Wi-Fi, great view of the city.`],
  ['linkedin', 'fr', 'client_name iban', `Paiement de la facture de Société Générique reçu ✅ Pour les prochaines, ils doivent virer sur le compte séquestre SN39 SN93 2081 9672 7317 7848 6488.`],
  ['linkedin', 'fr', '', `Atelier à Abidjan avec nos partenaires de la Société Ivoirienne de Banque : comment rendre l'épargne mobile accessible aux commerçantes du marché d'Adjamé.`],
  ['linkedin', 'en', 'client_name internal_url', `Initech reconciliation report is on https://intranet.nairarail.ng/recon/initech if anyone needs it for the QBR.`],
  ['linkedin', 'en', '', `Quarterly business reviews with our merchants are where we learn the most. Last one: "give me the settlement file before 7am". Done.`],
  ['x', 'en', 'secret internal_url', `our redis for the USSD sessions: redis://:Kq8vTz2nW5@10.0.3.22:6379 ... yes I know, rotating after the demo`],
  ['x', 'en', 'internal_url', `dashboard went down again, anyone else on http://10.0.3.40/ussd-stats getting 502s?`],
  ['x', 'fr', '', `Première fois que je vois un agent mobile money accepter le paiement par QR au marché Sandaga. L'avenir est déjà là 🇸🇳`],
  ['x', 'en', '', `Live from #AfricaFintechSummit in Nairobi: panel on agent liquidity. Key quote: "cash is still king, but the king is tired" 😂`],
  ['x', 'en', 'client_name', `Live from #AfricaFintechSummit: just walked out of a great meeting with the Globex team, our pilot with them goes live in Mombasa in January 🙌`],
  ['linkedin', 'fr', 'national_id', `Erreur de KYC à corriger : le client Hamid Tazi a saisi la CIN JB219834 mais la photo correspond à un autre document. Merci au back-office de vérifier.`],
  ['linkedin', 'fr', 'national_id phone', `Fiche agent à créer :
Nom : Ousmane Ba
CNI : 1 621 1979 03258
Wallet/Tel : 77 861 40 29
Localité : Kolda`],
  ['linkedin', 'en', 'national_id', `Loan application stuck in review: applicant ID number 31256874, KRA PIN pending. Can credit take a look?`],
  ['linkedin', 'en', '', `Kenyans: your ID number is on the back of the card, 8 digits on most recent ones. Our app reads it automatically with the camera, no typing needed.`],
  ['linkedin', 'en', 'national_id', `Test failed in prod because a real customer NIN slipped into the fixtures: 70398215463 (Adebayo). Removing it now and adding a lint rule.`],
  ['linkedin', 'en', '', `Our fixtures only use NIMC's documented dummy format (11 zeros) and masked BVNs like 22*********. No real data in tests, ever.`],
  ['linkedin', 'fr', 'email phone', `Signature mail collée par erreur :
Fatoumata Traoré | Responsable partenariats
Kanaga Microfinance
f.traore@kanaga-mf.ci | +225 05 46 71 20 83`],
  ['linkedin', 'fr', '', `Fatoumata Traoré rejoint Kanaga Microfinance comme responsable partenariats ! Bienvenue Fatoumata, hâte de construire la suite avec toi 👏`],
  ['linkedin', 'en', 'email', `Supplier notice: from 1 January, send all invoices to ap-invoices@nairarail.ng instead of the old address. Late invoices will be paid next cycle.`],
  ['linkedin', 'en', '', `Supplier notice: from 1 January, invoices must be uploaded through our supplier portal. Paper invoices will no longer be accepted at reception.`],
  ['linkedin', 'fr', 'iban confidential_marker', `INTERNE
Nouveau compte de collecte pour les remboursements des prêts de groupe :
CI49 CI79 2984 1622 9486 6283 6016
À communiquer uniquement aux chefs d'agence.`],
  ['linkedin', 'fr', '', `Les remboursements de prêts de groupe se font désormais par mobile money, directement depuis le téléphone de la présidente du groupe. Fini les trajets jusqu'à l'agence !`],
  ['linkedin', 'en', 'card', `Can someone from finance unblock the corporate card? It's the Visa ending... actually here's the full one: 4039 0712 4810 7565, it got declined at the hotel in Kigali.`],
  ['linkedin', 'en', '', `Fraud alert: SMS claiming "your card 4039 0712 4810 7568 is blocked, click here". It's a phishing attempt, and that number doesn't even pass a checksum. Report and delete.`],
  ['linkedin', 'fr', '', `Conseil du jour : activez les notifications de votre appli pour recevoir une alerte à chaque paiement par carte. En cas de doute, bloquez la carte depuis l'appli.`],
  ['linkedin', 'en', 'secret', `JWT signing secret for the agent app staging env is "gorilla-kettle-88-saffron-Ndovu". Don't reuse it for prod this time.`],
  ['linkedin', 'en', '', `We moved our JWT signing to asymmetric keys stored in an HSM. Lesson learned: long random secrets in a config file eventually leak.`],
  ['linkedin', 'fr', 'secret', `Token du bot Telegram pour les alertes de réconciliation : 7124598830:AAH4kQz9_vLmP2xRtW8nY3cD6fJb1sGe0Uo`],
  ['linkedin', 'fr', '', `On utilise un petit bot Telegram pour alerter les superviseurs quand un agent passe sous son seuil de float. 40 lignes de code, zéro coût, gros impact.`],
  ['linkedin', 'en', '', `Remember: USSD codes like *334# (MTN MoMo) or *384*2# are dialled, not called. Please stop listing them as "phone numbers" in your marketing 😉`],
  ['linkedin', 'fr', '', `Pour nos clients de la diaspora, les virements depuis la France arrivent en moins d'une minute. Tarif public : 1 % sans frais fixes, affiché sur notre site.`],
  ['linkedin', 'en', '', `Gratitude post: our microfinance branch in Kisii disbursed its first loans in 2019 to 12 women's groups. Today it's 340 groups. Same branch manager, same energy 💪`],
  ['linkedin', 'fr', '', `Retour sur notre présence au GITEX Africa à Marrakech : 3 jours, 200 rencontres, et une conviction, le paiement instantané interopérable arrive vite au Maroc.`],
  ['linkedin', 'en', 'financial', `GITEX recap for the team only: we left with 3 signed LOIs worth about MAD 14M in annual volume. Don't post them until the partners approve the press release.`],
  ['linkedin', 'en', '', `Tip for fintech PMs: put your fee grid in the app, not in a PDF. Customers trust what they can see before they pay.`],
  ['linkedin', 'en', '', `Interview with our CFO in Business Daily today about how we reached profitability in 2025, with the full audited figures. Link below.`],
  ['linkedin', 'fr', '', `Notre dossier d'agrément auprès de Bank Al-Maghrib comme établissement de paiement est publié au bulletin officiel. Un grand merci aux équipes juridiques.`],
  ['linkedin', 'fr', 'financial', `Dossier d'agrément Bank Al-Maghrib envoyé : on y prévoit 2,1 M de transactions la première année et un capital de 11 M MAD. Pas encore public, on attend la réponse avant toute comm.`],
  ['linkedin', 'en', '', `Out of office until 6 January. For urgent matters, please contact the operations desk through the usual ticket queue. Happy holidays! 🎄`],
  ['linkedin', 'en', 'phone', `Out of office until 6 January. For anything urgent call my deputy Tunde on 0813 507 2291. Happy holidays! 🎄`],
]);
