import { rows } from './corpus-types';

/**
 * Held-out set "fresh4": written 2026-12-02 (17:33-17:45 UTC) by a red-team author, BLIND: without opening
 * utils/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts, so it
 * measures how the rules generalise to posts they were never tuned on. `npx tsx scripts/score-checks.ts --only fresh4`.
 *
 * Registers the earlier sets probably left thin: SMS-style and all-lowercase posts without accents, typos,
 * emoji-heavy posts, very formal notices, X threads (n/5), replies and comments, quoted e-mails, pasted Slack
 * messages and meeting notes, bullet lists, code blocks. Roles: legal, procurement, facilities, IT helpdesk,
 * interns, new joiners, retirees, the CEO, the works council, CSR, conference live-posting, webinars, support.
 * Countries and formats: Belgium, Switzerland, Luxembourg, Québec, Morocco, Senegal, UK, US, Germany, Spain,
 * Italy, Netherlands (phones, IBANs, national ids of each; positives carry valid checksums, computed and
 * verified by script; look-alikes carry wrong ones, are masked, or are documented test/example values).
 * About 45 % clean, mostly hard look-alikes: the public meanings of the codenames and of the clients' names,
 * published figures and prices, placeholders, test data, published switchboards and hotlines, the company's
 * public SIREN/VAT, ISBNs, tracking numbers, GPS coordinates, versions, localhost, public status pages.
 *
 * One relabel after the first score (0.924, 19.0 % of clean posts flagged): the author's brief wrongly said a
 * published switchboard or hotline is no phone; every earlier set labels one a phone ("Standard du site de Lyon",
 * "0800 … (gratuit)"), so fresh4-062, -184, -222 and -226 are labelled phone (then 0.933, 16.1 %), and -046 (a free
 * customer line the rules did not read then, in the "0 800" grouping) likewise.
 */
export const FRESH4_POSTS = rows('fresh4', [
  // ---- new joiners, onboarding, IT helpdesk ----
  ['linkedin', 'fr', 'secret internal_url', `Premier jour chez Acme ✅ Badge récupéré, laptop configuré, café validé ☕

Et mention spéciale à l'équipe IT qui m'a laissé un post-it de bienvenue sur l'écran : « Wifi : ACME-STAFF / mdp : Caramel-Soleil-2026 — le reste est sur https://onboarding.acme-corp.net/nouveaux ». C'est ce genre de détail qui fait qu'on se sent attendu.

Hâte de rencontrer tout le monde ! #nouveaudépart #onboarding`],
  ['x', 'en', '', `pro tip for new joiners anywhere: your IT team will never ask for your password by DM. if "IT" does, it's phishing. screenshot it, report it, move on 🔐`],
  ['linkedin', 'en', '', `Wrote a short getting-started guide for our open-source SDK 🧑‍💻

Step 1: npm install @acme/pulse
Step 2: export ACME_API_KEY=your_key_here
Step 3: npm run demo, then open http://localhost:8080

Everything runs on your machine, nothing leaves it. Full guide on github.com/acme/pulse, feedback very welcome.`],
  ['linkedin', 'fr', 'secret', `mdr le stagiaire a scotché le code du local serveur sur le frigo de la cafet 🙈 « porte LT-2 : 7319# » pour que tout le monde puisse aller chercher des rallonges sans le déranger. on a un futur DSI 😂 #viedebureau`],
  ['x', 'fr', 'secret', `@julien_mrt oui le VPN refuse les anciens mdp depuis lundi. en attendant prends le compte de secours : vpn-secours / Kx9!mPq2Lr (à changer après hein)`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Ce que j'ai appris en 6 mois au helpdesk :
• 80 % des tickets « ça marche pas » se règlent en redémarrant
• personne ne lit les mails de la DSI, alors on fait des vidéos de 40 secondes
• le mot de passe n'est jamais « trop compliqué », c'est la règle qui l'est : une phrase de passe de 4 mots bat n'importe quel P@ssw0rd!
Merci à l'équipe pour la patience 🙏`],
  ['linkedin', 'en', 'internal_url', `Day 3 as an intern at Acme and I already have a favourite page: the new-joiner FAQ at http://intranet.acme-corp.net/welcome/faq. Someone wrote "there are no stupid questions, only undocumented answers" at the top and I felt that 😄 #internship #firstweek`],
  ['x', 'en', 'secret', `anyone else getting 403s from the maps API today? key is AIzaSyD4-kX9mR2tLq7vN0pWz8bC3hJ5yF1eGuA, quota looks fine in the console 🤔`],
  ['linkedin', 'fr', '', `Petit rappel pour les devs juniors : une clé d'accès AWS ressemble à AKIAXXXXXXXXXXXXXXXX et elle n'a rien à faire dans un dépôt public. Variables d'environnement, coffre-fort de secrets, secret scanning activé sur l'organisation. Votre futur vous vous remerciera.`],
  ['linkedin', 'fr', '', `Dans notre tuto public d'intégration, une seule étape pose vraiment problème : remplacer <VOTRE_JETON> par le jeton généré dans l'espace client. On a donc ajouté un bouton « copier ». Parfois la meilleure amélioration UX tient en une ligne.`],

  // ---- engineering, hackathons, incidents ----
  ['linkedin', 'en', 'secret', `48 hours, 11 teams, one very tired jury 😅 Hackathon wrap-up:

🥇 "Pixel Pushers" built a payments sandbox in Rust that the finance team wants to keep
🥈 "Ctrl+Alt+Defeat" rebuilt our meeting-room booking in a weekend
🥉 "Null Pointers" made an accessibility linter for our design system

Special mention for the Pixel Pushers' demo config, which they proudly showed on the big screen:
\`\`\`
STRIPE_KEY=sk_live_51NzQe2KJ8vR4tLmXo0pWcYbHd9sTgF3aU7eVnBq
WEBHOOK_PATH=/hooks/stripe
\`\`\`
Proud of everyone. Same time next year? #hackathon #engineering`],
  ['x', 'en', 'secret', `2/4 the root cause was embarrassingly simple: the CI job read GITHUB_TOKEN=ghp_7fK2mQx9LrT4vB8nZc1WdY6sHj3PaE0uGiNo from a stale .env someone committed back in 2024`],
  ['x', 'en', '', `3/4 lessons: secret scanning on every repo, pre-commit hooks, and short-lived tokens issued by the CI itself instead of long-lived PATs. boring, effective.`],
  ['linkedin', 'en', 'secret internal_url', `We finally retired the nightly CSV exports 🎉 The finance dashboards now read straight from the warehouse replica. For the data folks who asked how the connector is set up, it's literally one line:

postgres://svc_reporting:Pl4typ0us-92@pg-prod-03.acme-corp.net:5432/finance

Three weeks of work, one line of config. Engineering in a nutshell.`],
  ['linkedin', 'en', '', `Our public status page (status.acme.com) now shows latency per region. And for the open-source crowd: commit 9f2c7e41b8a3d6f05e12c9a7b4d8e3f1a6c0b527 on github.com/acme/pulse is the one that finally fixed the EU dashboard lag. Go read the diff, it's a beautiful three-liner.`],
  ['linkedin', 'fr', 'secret internal_url', `Plusieurs personnes m'ont demandé comment on envoie les alertes Grafana dans Slack sans plugin. Réponse : un simple webhook entrant, https://hooks.slack.com/services/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, et le tableau de bord source est http://grafana.internal:3000/d/latence-api. Dix minutes de config, zéro maintenance depuis un an.`],
  ['x', 'mixed', 'secret', `le jeton du bot de déploiement c'est 5c1e8a9f3b7d42e6a0c94f1b8e2d7a35, si qqn peut le mettre dans le vault avant que je parte en congés 🙏 thx the team`],
  ['linkedin', 'en', 'secret', `Lesson from my first on-call week: read your terminal output before pasting it anywhere. Here's what the bastion spat out when my SSH login kept failing:

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDh0x3K9vQ2mR7LpZ4tNwYc8jB1sFgU6aEoXiHdWkTnVQAAAJgC7a1yAu2t
-----END OPENSSH PRIVATE KEY-----

Turns out the key file was 644 instead of 600. chmod fixed it. On-call teaches you humility fast.`],
  ['x', 'en', '', `"Password123" is still the most common password in the 2026 breach dumps, and "Summer2026!" is climbing fast. Please. A password manager. Today.`],
  ['linkedin', 'en', 'secret', `Small win today: I wrote my first curl against the billing API without asking anyone for help 🥹

curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJhZG1pbiJ9.Xq3vN8kT2mLp9RzW4cYb7HdJ1sFgU6aE0oPiKwQnVtA" https://api.acme.com/v2/invoices

Next goal: understand what half of those headers do. #junior #learninpublic`],
  ['linkedin', 'fr', '', `Post-mortem de l'incident de jeudi (version publique, la version longue est pour nos clients) : la bascule DNS a pris 42 minutes au lieu de 5 à cause d'un TTL oublié à 86400. Correctif déployé en v4.18.2, procédure mise à jour. Merci pour votre patience.`],
  ['x', 'en', 'internal_url', `kibana at 10.40.2.17:5601 is down again, is it just me or is the whole observability stack on fire today 🔥`],
  ['x', 'fr', 'internal_url', `le partage smb://fs01.acme.local/marketing est plein à 100 % et plus personne ne peut enregistrer les visuels du salon. qui a mis 80 Go de rushes vidéo dedans 😭`],
  ['linkedin', 'en', 'internal_url', `Shoutout to the platform team: the new payments runbook (https://wiki.corp.acme.com/sre/runbooks/payments) cut our mean time to recovery in half this quarter. Documentation is a feature.`],
  ['linkedin', 'fr', 'internal_url', `Enfin ! La page congés est à jour : intranet.acme.fr/rh/conges-2027 👏 Plus besoin d'envoyer 4 mails pour connaître le nombre de jours de RTT.`],
  ['linkedin', 'en', '', `Pet project of the week: a tiny dashboard for my home lab. Postgres on 127.0.0.1:5432, the UI on http://localhost:3000, and a Raspberry Pi pretending to be a cloud. Code on github.com, link in comments.`],
  ['x', 'fr', '', `tuto pour les collègues en télétravail qui ont perdu la connexion : connectez vous à 192.168.1.1 (l'interface de votre box perso), redémarrez, et 90 % du temps c'est réglé. sinon appelez votre FAI, pas nous 😅`],
  ['linkedin', 'mixed', 'internal_url', `Notre build de release passe enfin sous les 10 minutes ⏱️ Avant : 34 min. Après : 9 min 40. Le détail est sur https://ci.build.corp/job/release-mobile/ pour ceux qui veulent voir les étapes — huge thanks to Mehdi and Clara for the caching work.`],
  ['linkedin', 'en', 'internal_url', `Our data science interns presented their churn notebook today and it was excellent. If you're on the team, the notebook lives on the shared Jupyter at http://172.20.3.11:8888/tree/interns — go leave them a comment!`],

  // ---- e-mail addresses ----
  ['linkedin', 'fr', 'email', `Vendredi, je prends ma retraite après 31 ans chez Acme 🥲

J'y suis entré comme technicien de maintenance, je pars responsable du site de Rouen. Entre les deux : trois déménagements d'usine, deux fusions, un nombre indécent de pots de départ et surtout des collègues formidables.

Pour ceux qui veulent garder le contact : jp.lemarchand56@gmail.com. Je réponds même aux blagues.`],
  ['linkedin', 'en', 'email', `We're hiring 3 data engineers in Lyon 🇫🇷 Hybrid, English-speaking team, real ownership. Send your CV directly to me — nadia.benali@acme.com — and mention this post so I know you're not a bot 😉`],
  ['x', 'en', '', `cold outreach tip: firstname.lastname@company.com works far better than info@ anything. guessing formats is fine, spamming isn't.`],
  ['x', 'fr', 'email', `si vous avez des questions sur l'atelier de samedi, écrivez à thomas point girard arobase acme point com (oui j'ai peur des bots)`],
  ['linkedin', 'mixed', 'email', `Reçu ce matin, ça m'a fait ma semaine :

> From: Laura Chen <laura.chen@northwind-logistics.com>
> Subject: Re: thank you
> Honestly the smoothest onboarding we've had from a vendor in years.

Merci Laura 🙏 et bravo à toute l'équipe déploiement.`],
  ['linkedin', 'en', '', `Confession: our old docs told users to contact support@example.com for three releases before anyone noticed 🙃 Placeholders are sneaky. Real help is in the in-app chat.`],
  ['linkedin', 'fr', 'email', `⚽ Tournoi de foot inter-sites le 14 juin ! Inscriptions par équipe de 7 auprès de la commission sport du CSE : cse-sport@acme.fr. Les supporters sont les bienvenus, les crampons aussi.`],
  ['x', 'en', 'email', `DMs are closed but you can reach me at priya (at) acmelabs (dot) io if you want in on the beta`],
  ['linkedin', 'fr', '', `Conseil aux étudiants qui postulent : créez une adresse du style prenom.nom@gmail.com pour vos candidatures. Le recruteur qui reçoit un CV de la part de « darkvador93 » se fait une idée avant d'ouvrir la pièce jointe 😅`],
  ['linkedin', 'en', 'email phone', `New chapter 🍁 After 6 years at Acme I'm joining a climate-tech startup in Montréal. To my former colleagues and partners: thank you for everything. My new coordinates, since my Acme mailbox closes Friday: m.okafor@brightpath.ca / +1 514 872 3391.`],
  ['linkedin', 'fr', 'email', `Nos alternants organisent une collecte de vêtements pour l'association du quartier. Dépôt à l'accueil du bâtiment B jusqu'au 20, et pour toute question Inès répond sur ines.moreau@acme.com 💛`],
  ['x', 'en', 'email', `@acme_support hi, ticket #88213 still open after 9 days. please reply to my work address directly, d.kowalski@fenwick-partners.co.uk, the portal keeps logging me out`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Every team has that one shared inbox nobody owns. Ours was noreply@. We turned it into a weekly "inbox zero" ritual with pizza and it's now the most popular meeting of the week.`],
  ['linkedin', 'fr', 'email', `Merci à toutes celles et ceux qui ont participé au webinaire « IA et RGPD » ! Les slides arrivent par mail. Si vous ne les avez pas reçues d'ici vendredi, écrivez-moi : sandrine [at] acme-formation [dot] fr.`],

  // ---- phones, every country ----
  ['linkedin', 'fr', 'phone', `Permanence juridique pendant les congés de fin d'année pour les collègues de Bruxelles : je reste joignable directement au 0470 18 52 93, y compris le week-end si un contrat doit partir en urgence. Bonnes fêtes à tous 🎄`],
  ['x', 'fr', 'phone', `quelqu'un de Lausanne dispo pour un covoit au salon de Genève demain ? mon natel : 079 412 36 85`],
  ['linkedin', 'en', 'phone', `Need help with your order? Our official customer line, 0 800 94 12 12 (free call, the one printed on the back of every Acme invoice), is staffed by real humans from 8am to 8pm. No chatbot maze.`],
  ['linkedin', 'fr', 'phone', `Nos collègues de Casablanca organisent une journée portes ouvertes samedi 🇲🇦 Ateliers code pour les lycéens, démos, thé à la menthe. Pour réserver un créneau, contactez Youssef sur WhatsApp : +212 6 61 48 27 93.`],
  ['x', 'fr', 'phone', `Dakar 🇸🇳 conférence tech samedi à la Maison des Jeunes, entrée libre. Coordination : Awa au 77 548 21 09 (appel ou whatsapp)`],
  ['x', 'en', 'phone', `lost my lanyard somewhere in ExCeL hall S3 😩 if found pls text 07911 284 637, there's a coffee in it for you`],
  ['linkedin', 'en', 'phone', `Interns starting Monday in Austin 🤠 Welcome! If you're stuck at the gate on day one, call my cell, (512) 846-2291 — security won't have your names until 10am.`],
  ['linkedin', 'mixed', 'phone', `Danke Berlin! 🇩🇪 Great week at the partner summit, and thank you to everyone who stopped by our booth. For the German-speaking folks who asked for a follow-up call: +49 151 2384 6710 — ruf gern an, my German is better on the phone than in writing.`],
  ['x', 'en', 'phone', `in Madrid till Friday, ping me on whatsapp +34 612 48 93 07 if you want to grab tapas and argue about data contracts`],
  ['linkedin', 'en', 'phone', `Milano team offsite 🍝 was everything we hoped for. For next month's edition, logistics questions go to Giulia: +39 347 218 5546. Bring comfortable shoes.`],
  ['linkedin', 'fr', 'phone', `Les collègues de Montréal : le 5 à 7 de jeudi est déplacé au bistro d'en face (la terrasse est fermée pour l'hiver, surprise 🥶). Si vous êtes perdus, texto à Mathieu au 438-291-7754.`],
  ['linkedin', 'fr', 'phone', `Luxembourg 🇱🇺 Le séminaire RH du 18 se tiendra finalement à Kirchberg. Pour toute question logistique, mon GSM : +352 621 487 239.`],
  ['linkedin', 'fr', '', `Commande n° 0612458973 bien arrivée ce matin : 40 écrans pour le nouveau plateau de Nantes. Merci au service achats pour la réactivité, livrés en 6 jours ouvrés 👏`],
  ['linkedin', 'en', '', `Three books that shaped my first year as a manager:
1. The Making of a Manager, Julie Zhuo (ISBN 978-0-7352-1956-5)
2. An Elegant Puzzle, Will Larson (ISBN 978-1-7322651-8-9)
3. Radical Candor, Kim Scott
What would you add?`],
  ['linkedin', 'fr', '', `Pour les fournisseurs qui nous demandent régulièrement nos informations de facturation (elles sont publiques sur les registres) : Acme SAS, SIREN 832 945 117, SIRET 832 945 117 00041, TVA intracommunautaire FR 27 832945117. Merci de les reporter sur vos factures, ça accélère le paiement.`],
  ['x', 'en', '', `package stuck in Memphis again. tracking 1Z 999 AA1 01 2345 6784, last scan at 35.0421, -89.9767. the conference swag will arrive after the conference, as is tradition`],
  ['x', 'fr', '', `Rappel utile : 3919 pour les violences conjugales, 119 pour l'enfance en danger, 15 pour le SAMU. Gratuits, anonymes. Partagez.`],
  ['linkedin', 'en', '', `Release 12.4.2026.3 is out 🚀 Built on 2026-04-12, 1,403 commits, 27 contributors, 0 rollbacks. Changelog on our public docs site. Thank you to everyone who filed issues.`],
  ['linkedin', 'mixed', 'phone', `Nouveaux locaux à Bruxelles 🇧🇪 ! Le standard de l'agence, celui qui figure sur notre site et sur nos cartes de visite, reste le +32 2 318 40 00. For everything else, the contact form on acme.com is faster.`],
  ['x', 'en', 'phone', `yo @marco_dlc I'm at gate 32 with your laptop charger 😂 call me, 0044 7700 138 492, I'm boarding in 20`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Retour sur le trail du week-end : 42 km, 2 150 m D+, départ à 6h12, arrivée 11h58. Point de ravito au 45.9237, 6.8694, bénévoles en or. Prochain objectif : la SaintéLyon 🏃`],

  // ---- IBANs ----
  ['linkedin', 'fr', 'iban', `Petit coup de gueule côté achats 😤 Un fournisseur nous relance pour la 4e fois et menace de pénalités pour un virement déjà parti. Pour que ce soit clair pour tout le monde : virement émis le 3 novembre vers FR76 1027 8060 7600 0214 7480 195, montant conforme au bon de commande. Vérifiez vos relevés avant de nous menacer 🙏`],
  ['x', 'fr', 'iban', `pr la cagnotte du pot de départ de Sylvie c par virement : FR7630004012340001234567862 (c mon compte, je reverse tt à la fin) merci 🥳`],
  ['linkedin', 'en', 'iban', `Charity run update 🏃 Together we raised €4,320 for the Liège food bank! Late donations are still welcome on the association's account BE82 0633 9821 7468 (reference: RUN2026). Thank you all.`],
  ['linkedin', 'fr', 'iban', `Réflexe anti-fraude au président, démonstration du jour : facture fournisseur reçue avec de « nouvelles coordonnées bancaires » CH93 0076 2011 6238 5295 7. Avant de payer, on rappelle le fournisseur sur le numéro qu'on connaît, pas celui du mail. Toujours.`],
  ['x', 'en', 'iban', `finance folks in Lux: does a SEPA transfer really take 3 days? sent to LU28 0019 4006 4475 0000 on Monday, still nothing on their side`],
  ['linkedin', 'mixed', 'iban', `Für unsere Kolleg:innen in München — the farewell gift for Jana: please transfer to DE54 1005 0000 6028 3914 57, Verwendungszweck "Jana Abschied". Danke euch!`],
  ['linkedin', 'fr', 'iban', `Nos collègues de Barcelone attendent le remboursement de leurs frais du salon depuis septembre. RIB de l'agence pour la compta : ES91 2100 0418 4502 0005 1332. On compte sur vous 🙏`],
  ['linkedin', 'en', 'iban', `Grazie mille to Marco for organising the catering for the Milan meetup! For the partners who asked where to send their share, the bonifico goes to IT40 U030 6909 6061 0000 0063 917.`],
  ['x', 'en', 'iban', `dutch colleagues, the sinterklaas pot: NL93 INGB 0006 8392 71 t.n.v. M. de Vries. deadline friday!`],
  ['linkedin', 'en', 'iban', `Our matched-giving scheme is live 💚 If you're donating to the hospice in Leeds that looked after Dave last spring, their account is GB51 BARC 2027 1563 0182 94 — send your receipt to HR and we'll match up to £500.`],
  ['linkedin', 'fr', 'iban', `Solidarité Dakar 🇸🇳 La collecte pour les fournitures de l'école de Pikine continue jusqu'à fin janvier. Compte de l'association partenaire : SN08 SN01 0015 2000 0485 0000 3035. Chaque euro compte, merci !`],
  ['linkedin', 'fr', 'iban', `Note aux nouveaux arrivants de l'agence de Paris : pour les avances sur frais de déplacement, le compte de la caisse d'avances est le FR14 2004 1010 0505 0001 3M02 606. Pensez à mettre votre matricule en libellé.`],
  ['linkedin', 'fr', '', `Changement de banque pour les notes de frais à partir du 1er janvier : votre remboursement arrivera sur le compte FR76 **** **** **** **** **** 412 déclaré dans votre espace. Vérifiez qu'il est à jour avant le 20.`],
  ['linkedin', 'en', '', `This phishing email landed in three of our inboxes this week: "Please update our supplier bank details to GB12 BARC 2027 1563 0182 94 before Friday's payment run." Urgency + new bank details = call the supplier on a number you already have. Report, don't reply.`],
  ['x', 'fr', '', `10 ans que je vois passer DE89 3704 0044 0532 0130 00 dans tous les jeux de test, l'IBAN d'exemple le plus célèbre d'Europe 😂 un jour je ferai un virement dessus juste pour voir`],

  // ---- cards ----
  ['linkedin', 'en', 'card', `Huge shoutout to our travel desk for rebooking 40 people overnight after the rail strike ✈️🚆

And to whoever left the corporate card on the 3rd-floor printer with a post-it saying "Visa 4970 1023 1847 5532 exp 09/28 — team lunch" : it's safe in my drawer, come get it 😄`],
  ['x', 'fr', 'card', `qqn a payé le resto d'équipe avec la carte affaire 5355 2281 0039 4177 et a laissé le ticket + la carte sur la table 😬 c'est à qui ??`],
  ['x', 'en', 'card', `@acme_travel still can't book the Lisbon hotel, card 4518 7706 3312 9049 exp 11/27 declined 3 times. can someone check the limit?`, { surface: 'comment' }],
  ['linkedin', 'fr', 'card', `Les achats, j'ai besoin de vous : l'Amex corporate 3793 545081 62306 est refusée sur le portail d'inscription de VivaTech et la clôture est ce soir. Quelqu'un a une autre carte ou je passe par un bon de commande ?`],
  ['linkedin', 'en', 'card', `Procurement tip of the week: virtual cards. Each one is locked to one merchant and one amount. The one I generated this morning for our design-tool renewal, 2223 0048 1156 2734, can only ever be charged €1,200 by that vendor. Fraud can't do much with that.`],
  ['x', 'en', 'card', `ok so the conference site wants the full card number by email?? 6011 0044 5223 9813, exp 03/29, cvv 412 — kidding, I didn't send it. or did I 🫠`],
  ['linkedin', 'fr', 'card', `Retour d'expérience d'une nouvelle assistante de direction 😊

Trois semaines dans le poste et déjà quelques leçons : l'agenda d'un directeur est un Tetris, les salles de réunion sont toujours prises, et les réservations de dernière minute se paient cher. Cette semaine j'ai réservé un vol Paris–Montréal en 40 minutes chrono avec la carte de la direction (4917 6112 2038 8845, merci à Corinne de me l'avoir confiée !) pendant que le directeur attendait dans le taxi.

Ce métier est un sport de haut niveau et je l'adore.`],
  ['linkedin', 'en', 'card', `Expense report horror story of the week: a receipt photo where the waiter handwrote the full card number, 4485 3902 1274 6698, in the tip line. Please, check what you upload to the expense tool.`],
  ['x', 'fr', 'card', `la carte logée de l'agence 5492 7301 5508 8129 expire le mois prochain, qqn sait qui doit demander le renouvellement ? sinon plus de billets de train 😅`],
  ['x', 'en', 'card', `the vending machine on 4 only takes cards now, so I registered the team card 4567 3509 1827 3646 and now every snack is "team building" 🍫`],
  ['linkedin', 'en', '', `QA tip for payment flows: Stripe's 4242 4242 4242 4242 (always succeeds) and 4000 0000 0000 9995 (insufficient funds) test cards will save you hours in staging. Never, ever use a real card to test.`],
  ['linkedin', 'fr', '', `Si votre paiement est refusé sur la carte •••• •••• •••• 8841 affichée dans l'appli, vérifiez le plafond hebdomadaire avant d'appeler le support : c'est la cause n°1 des refus.`],
  ['x', 'en', '', `won the raffle at the offsite 🎉 loyalty card no. 4929 1837 4651 0093 now has 500 points on it. coffee's on me`],
  ['linkedin', 'fr', '', `Pour nos recetteurs : la carte de test Amex 3782 822463 10005 du bac à sable Stripe fonctionne aussi pour tester 3-D Secure. Elle ne débite rien, c'est tout l'intérêt.`],

  // ---- national ids ----
  ['linkedin', 'fr', 'national_id', `RH, petit mea culpa qui peut servir : ne collez jamais un numéro de sécu dans un ticket. Ce matin j'ai copié celui d'un nouvel arrivant — 1 85 07 75 112 034 81 — dans le mauvais canal Teams. Supprimé, signalé au DPO, procédure relue. On apprend, on partage.`],
  ['x', 'fr', 'national_id', `la mutuelle me redemande mon n° de sécu par mail pour la 3e fois… 2 92 03 69 123 456 04 voilà, content ?? 😤`],
  ['linkedin', 'fr', 'national_id', `Dossier de détachement de Sophie vers Bruxelles presque bouclé ✅ Pour le secrétariat social : numéro de registre national 85.07.30-033.28, date de début au 1er février. Merci Marc pour la relecture.`],
  ['linkedin', 'en', 'national_id', `Onboarding our new hire in Valencia went smoothly except for one thing: the payroll form rejected her DNI, 48392017V, because it wanted a dash before the letter 🙄 Forms should adapt to people, not the other way around.`],
  ['x', 'fr', 'national_id', `pour ceux qui galèrent avec la seguridad social à madrid : mon NIE X4829163Z a mis 3 semaines à être reconnu par le portail, courage`],
  ['linkedin', 'en', 'national_id', `Tiny UX rant: the Milan payroll portal finally accepts a codice fiscale in lowercase. Tested with mine, vrdlcu78m15h501r, and it went through first time 🎉 Small things.`],
  ['x', 'en', 'national_id', `HMRC letter says my NI number is wrong on the P60. it's JT 48 31 92 C, always has been. payroll pls 🙏`],
  ['linkedin', 'en', 'national_id', `Benefits enrollment closes Friday, Boston team! Reminder: the portal needs your SSN with dashes. Mine (529-31-7748) was rejected twice until I figured that out.`],
  ['linkedin', 'fr', 'national_id', `Genève : pour l'affiliation à la caisse de pension, le numéro AVS du nouveau collègue est 756.9348.1726.55, tout est parti à la fiduciaire ce matin. Bienvenue Luca !`],
  ['linkedin', 'fr', 'national_id', `Montréal — fiche d'embauche de Karine complétée : NAS 274 810 936, il ne manque plus que le spécimen de chèque pour la paie. Elle commence lundi, on a hâte !`],
  ['linkedin', 'en', 'national_id', `Amsterdam onboarding checklist for Pieter done ✅ laptop, badge, bike lease, and BSN 238746197 registered with payroll. Welkom!`],
  ['x', 'fr', 'national_id', `mon numero de secu 178021305514726 est refuse par le site de la mutuelle depuis ce matin, qqn a le meme souci ??`],
  ['linkedin', 'fr', '', `Formation RGPD de ce matin : on a montré à quoi ressemble un NIR, avec un exemple inventé dont la clé est volontairement fausse (1 85 07 75 112 034 18). Exercice : retrouver pourquoi l'outil le rejette. 15 bonnes réponses sur 20, bravo !`],
  ['linkedin', 'en', '', `Payroll finally masks SSNs everywhere: payslips now show ***-**-4821 instead of the full number. Took two years of nagging. Worth it.`],
  ['x', 'en', '', `reminder that 123-45-6789 was never issued to anyone, so stop using it in your demo data and then acting surprised when validation rejects it`],
  ['linkedin', 'fr', '', `Bug amusant en recette : le formulaire acceptait le DNI 48392017A alors que la lettre de contrôle est fausse. Le contrôle ne vérifiait que le format. Corrigé en 10 minutes, merci à l'équipe QA de Séville 🇪🇸`],
  ['linkedin', 'en', '', `Canada hiring tip: a SIN that starts with 9 belongs to a temporary resident and the permit's expiry matters. Check the document, not just the number. Our HR ops team wrote a great internal checklist about it.`],

  // ---- confidentiality markers ----
  ['linkedin', 'en', 'confidential_marker', `Sharing the key slide from today's all-hands because the message is too good to keep. (It had "Internal only" in the corner, but it's just three words so I think we're fine 😅)

Our priorities for next year:
1. Customer love
2. Fewer meetings
3. Ship every week`],
  ['x', 'fr', 'confidential_marker', `sous embargo jusqu'au 14/01 9h mais je tiens plus : on ouvre un bureau à Dakar 🇸🇳🎉🎉`],
  ['linkedin', 'en', 'confidential_marker', `Got this note from our CFO this morning and honestly it's the nicest thank-you email I've ever received:

"Team — the audit closed with zero findings. That is rare and it is yours. Take Friday afternoon off.
This message is for internal use only."

Best. Boss. Ever. 🙌`],
  ['linkedin', 'fr', 'confidential_marker', `Compte rendu du comité produit (diffusion restreinte) — je partage les grandes lignes parce qu'on me les demande partout :
- refonte de l'onboarding priorisée au T1
- l'appli mobile passe en mode hors ligne
- fin du support d'IE11 (enfin)`],
  ['x', 'en', 'confidential_marker', `pasting this from slack because it's the most relatable thing I've read all week:
"[INTERNAL – DO NOT FORWARD] reminder that the coffee machine on 3 is not a printer, please stop sending it jobs"`],
  ['linkedin', 'fr', 'confidential_marker', `Trouvé dans la photocopieuse ce matin un mémo marqué « NE PAS DIFFUSER » : la direction y annonce le passage à la semaine de 4 jours pour l'équipe support à partir de mars. Si c'est vrai, c'est une super nouvelle 🙌`],
  ['linkedin', 'en', 'confidential_marker', `Proud moment: our security whitepaper (footer "C2 – Restricted", so you'll have to take my word for it) was cited in the customer's audit as best in class. Six months of work by a team of four.`],
  ['linkedin', 'mixed', 'confidential_marker', `Workshop in Frankfurt today with our German colleagues. Le deck portait la mention VERTRAULICH en rouge sur chaque page, mais je peux vous dire une chose : the new partner programme will change how we sell in DACH. Stay tuned.`],
  ['x', 'fr', 'confidential_marker', `« strictement confidentiel » en tête du doc, et dedans : le nouveau logo. franchement il est super, j'ai hâte que vous le voyiez 😍`],
  ['linkedin', 'en', 'confidential_marker', `Slide 4 of the partner deck (under NDA until launch) is my favourite: a single chart showing onboarding time dropping from 3 weeks to 2 days. Can't wait to show you all the rest.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Séminaire de direction à Annecy 🏔️ Deux jours intenses, une équipe alignée. La slide qui a tout déclenché, estampillée « CONFIDENTIEL – usage interne » : objectif de chiffre d'affaires 2027 à 58 M€, soit +22 %. On y va ensemble.`],
  ['linkedin', 'en', '', `Top secret: my grandmother's tiramisu recipe. Step 1, way more mascarpone than you think. Step 2, espresso from a moka pot, never instant. Step 3, patience. Brought it to the team potluck and it vanished in 4 minutes.`],
  ['linkedin', 'fr', '', `Formation sécurité de l'info : comment classer vos documents ? Public, Interne, Confidentiel, Secret. Dans le doute, on classe au niveau au-dessus et on demande au RSSI. Retrouvez la fiche réflexe sur le site public de l'ANSSI.`],
  ['x', 'en', '', `watching L.A. Confidential for the 4th time and Guy Pearce is still robbed`],
  ['linkedin', 'fr', '', `Il y a 64 ans commençait l'embargo américain sur Cuba. Notre club lecture a choisi cette année un essai sur les sanctions économiques et leurs effets sur les chaînes d'approvisionnement ; discussion passionnante hier midi.`],
  ['linkedin', 'en', '', `Freelancers: always read an NDA before signing it. Check the duration, the definition of "confidential information", and whether it's mutual. It takes 10 minutes and can save you years.`],
  ['x', 'fr', '', `mon fils de 6 ans a écrit « TOP SECRET NE PAS LIRE » sur son cahier. évidemment je l'ai lu. c'était une liste de dinosaures`],

  // ---- codenames ----
  ['linkedin', 'fr', 'codename', `Fier de l'équipe Orion 🚀 Six mois de travail, trois pivots, et hier la démo devant le comex a bluffé tout le monde. Je ne peux pas en dire plus pour l'instant, mais retenez ce nom.`],
  ['x', 'en', 'codename', `#Nebula sprint review went great today, beta goes to 3 pilot customers next month 👀`],
  ['linkedin', 'en', 'codename', `A year ago I changed teams, and I want to write about what I learned from it.

I spent seven years in customer support. I knew every workaround, every angry customer's dog's name. Moving into product felt like starting from zero. The first month, I said almost nothing in meetings.

What changed: my manager put me on Project Kestrel on week five, mostly because I knew how customers actually use the reporting screens. Suddenly every spec review needed "the support person". My seven years weren't wasted; they were the point.

If you're thinking about a move: your past is not baggage, it's your edge.`],
  ['linkedin', 'fr', 'codename', `Notes de la réunion de lancement d'hier, pour ceux qui n'ont pas pu venir :
• Atlas Bleu démarre officiellement le 6 janvier
• 4 équipes, une seule roadmap
• premier jalon : maquette validée fin février
Des questions ? Mon Teams est ouvert.`],
  ['x', 'fr', 'codename', `réu atlas bleu décalée à 15h, prévenez les autres svp`],
  ['linkedin', 'en', 'codename client_name', `Quick status for my partners in crime: Kestrel go-live for Globex slipped to March because of their change freeze. Not a bad thing — we'll use the extra weeks for load testing.`],
  ['linkedin', 'mixed', 'codename', `On recrute 2 devs front pour rejoindre l'aventure #AtlasBleu 💙 Remote-friendly, stack React + TypeScript, équipe bienveillante. DM open!`],
  ['linkedin', 'en', 'codename', `ORION milestone 2 is DONE ✅ Huge thanks to the twelve people who gave up their Friday evenings for this. I owe you all pizza, and the rest of the company a proper demo soon.`],
  ['linkedin', 'fr', 'codename', `Retour du salon VivaTech : trois prospects m'ont demandé si Nébula serait disponible en marque blanche. Je ne pouvais rien promettre, mais je note : l'intérêt est là.`],
  ['x', 'en', 'codename', `debugging orion's ingestion service at 11pm on a tuesday, send snacks`],
  ['linkedin', 'fr', 'codename', `J'ai eu la chance de présenter le projet Nebula aux alternants de l'école hier. Leur question la plus pertinente : « et si le client ne veut pas de tableau de bord ? ». On y réfléchit encore 😄`],
  ['linkedin', 'en', 'codename financial', `Six months after beta, Orion is tracking at €3.1M ARR, well ahead of plan. Those numbers stay in the building until investor day, but I wanted the team to know how proud I am. — a very happy CEO`],
  ['linkedin', 'fr', '', `Nuit claire au-dessus du Vercors 🌌 La nébuleuse d'Orion à l'œil nu, puis en pose longue : 40 × 30 s, empilées ce matin. L'astrophoto, c'est la patience de l'ingénieur appliquée au ciel.`],
  ['linkedin', 'en', '', `Watching the Orion capsule splash down after the Artemis flight with our engineering interns was a highlight of the year. Half of them now want to work in aerospace. Can't blame them.`],
  ['x', 'en', '', `the Crab Nebula image from the new telescope is absurd. a supernova from 1054 still glowing like that`],
  ['x', 'en', '', `a kestrel has been hovering over our car park every morning this week. best part of the commute. 🐦`],
  ['linkedin', 'en', '', `Performance tuning story: our .NET API sat behind IIS for years. Moving to Kestrel as the edge server with a reverse proxy in front halved p95 latency. Write-up on our public engineering blog.`],
  ['linkedin', 'fr', '', `Trouvé chez un bouquiniste de Lyon : un vieil atlas bleu de 1962, avec l'Afrique encore dessinée d'avant les indépendances. Un objet fascinant pour parler d'histoire avec mes enfants.`],
  ['linkedin', 'fr', '', `Trek de 5 jours dans le Haut Atlas avec des collègues de Marrakech 🏔️ Villages berbères, nuits sous les étoiles, et la meilleure tajine de ma vie à Imlil.`],
  ['x', 'en', '', `rewatching Guardians of the Galaxy and Nebula has the best character arc in the whole MCU, fight me`],

  // ---- clients ----
  ['linkedin', 'fr', 'client_name', `Journée terrain à l'Hôpital Sainte-Claire avec leurs équipes biomédicales. Voir nos capteurs en service dans un vrai bloc opératoire, c'est la meilleure motivation qui soit. Merci pour l'accueil 🙏`],
  ['linkedin', 'en', 'client_name financial', `Globex renewed for three more years 🎉 $2.4M, signed Tuesday. We'll shout about it properly once their board has met and the joint announcement is out, but I couldn't wait to thank the account team.`],
  ['x', 'fr', 'client_name', `rdv chez Société Générique demain 8h, qui récupère le badge visiteur ?`],
  ['linkedin', 'en', 'client_name', `Spent the week on-site at Initech helping their ops team move their ticketing off a 15-year-old system. Sharpest customer team I've worked with, and the best coffee machine in the Midwest.`],
  ['x', 'en', 'client_name', `globex's procurement just sent us a 4th security questionnaire. 412 questions. I'm fine. everything's fine.`],
  ['linkedin', 'fr', 'client_name', `bon on a perdu l'appel d'offres chez societe generique. ça pique, mais le debrief avec leur acheteur était honnête et constructif. on reviendra mieux préparés`],
  ['linkedin', 'fr', 'client_name', `Fin du déploiement à l'Hôpital Sainte Claire 🏥 : 14 services équipés en 9 semaines. Bravo à l'équipe projet et merci au service informatique de l'hôpital pour sa disponibilité.`],
  ['x', 'en', 'client_name financial', `initech just verbally agreed to expand to all 6 sites, ~$800k/yr on top, paperwork next week. don't tell anyone yet 🤫`],
  ['linkedin', 'mixed', 'client_name', `Kick-off with the Globex team in Rotterdam today 🇳🇱 Super énergie, des objectifs clairs, et un client qui connaît son métier mieux que personne. Let's build this together.`],
  ['linkedin', 'fr', 'client_name', `Témoignage en interne qui m'a touchée : la cheffe de projet de Société Générique nous a dit que c'était la première fois qu'un prestataire livrait en avance. Merci l'équipe, ça ne s'achète pas.`],
  ['linkedin', 'en', '', `Hank Scorpio running the Globex Corporation is still the best depiction of a boss on TV. Free hammocks, a nice cafeteria, a doomsday device. Management books should cover this episode.`],
  ['x', 'en', '', `every time someone says "TPS reports" in a meeting I think of Initech and Office Space. 27 years later and the printer scene still hits`],
  ['linkedin', 'fr', '', `Notre petite Léa est née mardi à l'Hôpital Sainte-Claire 👶💕 Merci aux sages-femmes pour leur douceur et leur professionnalisme. Papa en congé naissance pour un mois, à bientôt les collègues !`],
  ['x', 'fr', '', `ma pharmacienne m'explique qu'une société générique de médicaments doit prouver la bioéquivalence avec la molécule d'origine. j'ai appris un truc aujourd'hui`],

  // ---- financial ----
  ['linkedin', 'fr', 'financial', `Pas encore annoncé officiellement, mais je suis trop fier pour me taire : on clôture l'exercice à 43 M€ de chiffre d'affaires, +31 % sur un an. Les comptes seront publiés le 12 février, d'ici là je savoure avec l'équipe 🥂`],
  ['x', 'en', 'financial', `pipeline sitting at $18.6M going into Thursday's board meeting. can't say more until the earnings call 🤐`],
  ['linkedin', 'en', 'financial', `Exciting times in engineering. Next year's plan, signed off by the exec team last week and not yet rolled out to everyone: 120 new hires and the engineering budget going up to €14M. If you've been waiting for the right moment to join, DM me.`],
  ['linkedin', 'fr', 'financial', `Le churn est passé de 7,2 % à 4,1 % ce trimestre 📉 C'est un chiffre interne pour l'instant — il sera présenté au Capital Markets Day — mais l'équipe Customer Success mérite ce bravo dès maintenant.`],
  ['linkedin', 'en', 'financial', `Can't share the details yet, but after 4 months of roadshows we have a term sheet at a $310M pre-money valuation. Closing expected in Q1. To everyone who believed in us early: thank you.`],
  ['x', 'fr', 'financial', `marge brute à 68% sur le T4 d'après le flash de la DAF hier soir 🔥 les résultats sortent le 28, chut`],
  ['linkedin', 'fr', 'financial', `Compte rendu du CSE de ce matin, pour les collègues qui n'ont pas pu venir :
- la direction a présenté le budget 2027 : masse salariale +3,8 %, enveloppe formation 1,2 M€
- le plan de recrutement prévoit 45 postes, dont 12 à Nantes
- ces chiffres sont provisoires et ne seront communiqués officiellement qu'en janvier
Vos élus restent disponibles pour toute question.`],
  ['linkedin', 'en', 'financial', `Quarter-end reflection from the sales floor: we closed at 114% of our internal target, $9.8M booked, numbers that won't be public until the annual report. The best part wasn't the number, it was how the team supported each other in the last two weeks.`],
  ['linkedin', 'mixed', 'financial', `Live from our kick-off in Lisbon 🇵🇹 Le CEO vient d'annoncer l'objectif interne pour 2027 : 100 M$ d'ARR. The room went crazy. Officially we'll talk about it in March, but today, we dream big.`],
  ['x', 'en', '', `1/5 some thoughts after our leadership offsite, thread 🧵`],
  ['x', 'en', 'financial', `2/5 the one number that stuck with me: we're budgeting a 9% reduction in cloud spend next year, about €2.3M, and nobody outside finance has seen the plan yet. that's a lot of rightsizing`],
  ['linkedin', 'fr', 'financial', `Quand la DAF nous montre en avant-première que le carnet de commandes atteint 27 M€ — avant même la communication aux marchés — on mesure le chemin parcouru. Fier de cette équipe.`],
  ['linkedin', 'fr', '', `Nos résultats annuels ont été publiés ce matin : chiffre d'affaires de 412 M€, en hausse de 9 %, et une marge opérationnelle de 14,2 %. Le communiqué complet est sur news.acme.com. Merci à nos 3 000 collaborateurs.`],
  ['linkedin', 'en', '', `Pricing update, now live on our website: the Team plan is $29 per seat per month, annual billing gets you two months free. Simpler, and the same for everyone.`],
  ['x', 'en', '', `Gartner says the observability market will hit $14B by 2028. our whole industry is basically betting on people not reading their logs`],
  ['linkedin', 'fr', '', `Très fière d'annoncer notre levée de fonds de 25 M€ menée par deux fonds européens, annoncée ce matin dans Les Echos 🚀 Le communiqué officiel est en lien. Place à la suite !`],
  ['linkedin', 'en', '', `Personal milestone: I just paid off the last of my $38k student loan, six years after graduating. If you're at the start of that journey, it's a marathon, and it does end.`],
  ['linkedin', 'fr', '', `Notre rapport RSE 2026 est en ligne : -18 % d'émissions de CO2 par rapport à 2022, 41 % de femmes dans l'encadrement, 1 200 heures de mécénat de compétences. Tout est public et audité, lien en commentaire.`],

  // ---- mixed bag: Slack pastes, meeting notes, threads, formal notices ----
  ['linkedin', 'en', 'codename client_name internal_url', `Quick recap of today's steering committee for the people who asked:
- Project Kestrel: integration tests green, UAT with Hôpital Sainte-Claire from the 15th
- tracking board moved to https://jira.acme-corp.net/secure/RapidBoard.jspa?rapidView=212
- next steering on the 29th
Proud of this crew.`],
  ['x', 'en', 'email phone', `pasting from slack bc the on-call handover was perfect: "if prod breaks tonight: Hugo is primary, hugo.lambert@acme.com, cell +33 6 71 28 49 05. don't page him before 2am unless it's payments"`],
  ['linkedin', 'fr', 'confidential_marker client_name', `Objet : [CONFIDENTIEL] Retour d'expérience Globex
Je partage ici l'essentiel de ma note aux équipes commerciales, parce que la leçon vaut pour tous : écouter avant de proposer. Trois ateliers d'écoute chez eux ont changé toute notre approche.`],
  ['linkedin', 'en', '', `Formal notice: Acme's annual general meeting will be held on 14 May 2027 at 10:00 CET at our Paris headquarters. The agenda, resolutions and proxy forms are available on our investor relations site. Shareholders may also follow the webcast.`],
  ['linkedin', 'fr', 'phone', `Communiqué : à compter du 1er janvier, les bureaux de Genève déménagent au 12 rue du Rhône. Notre standard (+41 22 707 10 00) et notre adresse générique restent inchangés. Merci de mettre à jour vos carnets d'adresses.`],
  ['x', 'fr', 'codename internal_url', `qqn a acces a https://confluence.corp.acme.com/display/NEB/Nebula+roadmap ? jai un 404 depuis la migration`],
  ['linkedin', 'en', 'secret', `Facilities update 🏢 The new building in Croydon opens Monday! Parking is behind the loading bay, the canteen opens at 8, and until the badge readers are live the side door code is 4082*. Welcome home, everyone.`],
  ['linkedin', 'fr', '', `Petit rappel sécurité des locaux : les codes de porte ne se partagent ni sur les réseaux, ni sur un post-it, ni avec le livreur. Si quelqu'un vous le demande, orientez-le vers l'accueil. Merci à tous 🙏`],
  ['linkedin', 'en', 'phone', `Webinar recap: "Customer support in the age of AI" 🎙️ 480 attendees, 96 questions, and one clear takeaway: people still want a human when it matters. If you missed the Q&A and want to continue the conversation, my direct line in Toronto is 416-387-2290. Happy to chat.`],
  ['linkedin', 'fr', 'email secret', `Pour les collègues qui migrent leur boîte vers le nouveau client mail, l'équipe m'a demandé de relayer :
identifiant : prenom.nom@acme.fr
mot de passe temporaire : Acme-Migr@tion-2026
Pensez à le changer dès la première connexion !
Si ça coince, contactez directement Fabien : fabien.roux@acme.fr`],
  ['linkedin', 'en', '', `Customer support life: a caller read me their order number, 0744 192 8830, so slowly that I thought it was a phone number and almost dialled it. We laughed for five minutes. Order shipped, customer happy.`],
  ['x', 'en', 'confidential_marker financial', `leaked myself 😅 our board pack literally says "Board only – do not distribute" on every page but the headline is too good: opex down 12% vs budget, EBITDA margin 19% this year. earnings day can't come soon enough`],
  ['linkedin', 'fr', 'client_name financial', `Très belle signature hier soir avec l'Hôpital Sainte-Claire : 1,6 M€ sur quatre ans pour équiper l'ensemble de leurs blocs. La communication officielle se fera avec eux au printemps, mais merci dès aujourd'hui à l'équipe avant-vente.`],
  ['linkedin', 'en', '', `Live from SaaStr 🎤 Speaker on stage: "the median SaaS company grew 18% last year, the top quartile 42%". Great reminder that benchmarks are public, and your own numbers rarely are. Lots of good notes, thread in comments.`],
  ['x', 'mixed', 'national_id', `la caisse de retraite belge me demande mon numéro national à chaque appel… 90.11.24-157.23, il est écrit sur ma carte, pas besoin de me faire épeler 3 fois 🙃`],
  ['linkedin', 'en', 'national_id', `Onboarding paperwork in Zurich done in one sitting ✅ The only thing that needed a second try was the AHV number field, which wanted the dots: 756.3029.1847.53. Thanks HR for being so patient with me!`],
  ['linkedin', 'fr', 'national_id', `Dossier de mutuelle pour ma fille qui commence son alternance : numéro de sécu 2 01 10 99 350 082 45, pièce d'identité, RIB. Si ça peut aider d'autres parents, la démarche prend 10 minutes en ligne.`],
  ['x', 'en', 'card', `@hotel_luxe_paris hi, booked under Acme for the 14th, please charge the card I gave on the phone: 4970 1023 1847 5532 — wait no, the other one, 2223 0048 1156 2734 exp 08/28`, { surface: 'comment' }],
  ['linkedin', 'fr', 'card', `Mon premier mois au service comptabilité fournisseurs 🙂 Leçon numéro 1 : ne jamais recopier un numéro de carte dans un mail. Leçon numéro 2 : ne pas raconter l'histoire sur LinkedIn en recopiant le numéro de la carte achats (5355 2281 0039 4177)… oups, je me suis relue trop tard.`],
  ['linkedin', 'en', 'iban', `Proud of our Moroccan team for organising the Ramadan food-basket drive 🌙 Donations to the partner association can be sent to MA64 0115 1900 0001 2050 0053 4921. Last year we delivered 600 baskets, let's beat that.`],
  ['linkedin', 'fr', '', `Pour celles et ceux qui veulent soutenir la collecte de la Banque Alimentaire : passez par le site officiel de l'association, n'envoyez jamais d'argent à un IBAN reçu par SMS. Les arnaques explosent en décembre.`],
  ['linkedin', 'en', 'internal_url', `Our IT team's new self-service portal is genuinely good. Reset your MFA, order a headset, check your ticket, all from https://selfservice.corp.acme.com without waiting on the phone. Took me 2 minutes this morning.`],
  ['x', 'fr', 'internal_url', `les slides du webinaire d'hier sont sur le sharepoint : https://acmecorp.sharepoint.com/sites/marketing/webinaires ... ah non pardon c'est sur \\\\srv-files.acme-corp.net\\partage\\webinaires, j'ai tout mélangé`],
  ['linkedin', 'en', '', `Our careers page got a makeover 🎨 Every open role, real salary ranges, and a video from the team you'd join: careers.acme.com. Also, yes, we're hiring interns for the summer.`],
  ['linkedin', 'fr', '', `Notre communiqué sur le partenariat avec l'université de Nantes est en ligne : https://news.acme.com/2026/12/partenariat-universite-nantes. Fière d'avoir contribué à ce beau projet de recherche.`],
  ['x', 'en', '', `status.acme.com shows all green, the incident from this morning is resolved. thanks for bearing with us 🙏`],
  ['linkedin', 'mixed', 'email', `Conference live-posting from Web Summit 🇵🇹 Incroyable keynote sur l'IA responsable ! For anyone who wants the speaker's slides, she said to email her team directly at events@fairlearn-institute.org. Je vous mets mes notes en commentaire.`],
  ['linkedin', 'en', '', `Spoke at DevFest Nantes today 🎤 Slides and code are on my GitHub, and if you want to reach me the best way is LinkedIn DM or @theo_codes on X. Thanks to the organisers for a flawless day!`],
  ['x', 'fr', 'phone', `message aux collegues de rabat: le taxi pour l'aeroport part a 6h demain, si retard appelez le chauffeur Karim 06 61 73 28 40 (cest son perso, soyez sympas)`],
  ['linkedin', 'en', '', `Support tip: if a customer gives you their phone number in a ticket, store it in the CRM field, not the free-text note. The CRM masks it, the notes don't. Small habit, big difference.`],
  ['x', 'en', 'secret', `wifi at the Leeds office for visitors is AcmeGuest, password is Yorkshire-Pudding-77 😂 whoever chose that, respect`],
  ['linkedin', 'fr', '', `Le wifi invité de nos bureaux de Lille est désormais protégé par un portail captif : chaque visiteur reçoit un code unique par SMS à l'accueil. Fini les mots de passe collés sur la vitre de la salle de réunion 🎉`],
  ['linkedin', 'en', 'secret', `Released our internal CLI to the whole engineering org today 🎉 Install is one line, then configure it with the shared read-only token: acme config set token 4e7b2c9f81d34a6e9b05c7f2d18e3a64. Feedback in the channel please!`],
  ['linkedin', 'fr', '', `Atelier « sécuriser son compte » à la médiathèque avec des retraités du quartier : ils ont adoré le principe de la phrase de passe. Exemple au tableau : « cheval-agrafe-pile-correct » (à ne surtout pas réutiliser, évidemment 😄).`],
  ['x', 'en', '', `hot take: the JWT in your blog post tutorial should be obviously fake. eyJ...example is fine. a real one from your staging env is not`],
  ['linkedin', 'fr', 'codename confidential_marker', `Réunion plénière Orion ce matin — doc « interne uniquement » mais je retiens surtout l'ambiance : 40 personnes de 6 pays, une seule envie, livrer. Merci à tous !`],
  ['linkedin', 'en', '', `The night sky over the Atacama was the best part of my sabbatical: the Orion belt, the Magellanic clouds, and a local guide who knew every star by name.`],
  ['x', 'fr', 'client_name', `gros merci a l'equipe d'initech qui nous a accueillis a dallas, meilleure semaine d'ateliers de l'annee 🤠`],
  ['linkedin', 'fr', '', `Globe-trotter du mois : notre collègue Maya a visité 14 pays en 2026 pour rencontrer nos équipes locales. Prochain arrêt : Montréal, où notre bureau fête ses 10 ans. Bravo Maya !`],
  ['linkedin', 'en', 'financial', `Procurement life: just finished negotiating our cloud contract renewal. Can't say with whom, but we saved €1.8M over three years versus the initial quote, and finance only presents it to the board next month. Best week of my year.`],
  ['x', 'fr', '', `rappel : la prime de partage de la valeur est plafonnée par la loi, toutes les infos sont sur service-public.fr. non je ne sais pas combien on va toucher, personne ne le sait encore 😅`],
  ['linkedin', 'fr', 'phone', `Pour les collègues de Dakar qui organisent l'accueil des stagiaires : la référente logement est Mme Ndiaye, joignable au +221 78 214 63 57 en semaine. Elle connaît tous les bons plans du Plateau.`],
  ['linkedin', 'en', 'phone', `Our Montréal office number is on every business card and on acme.com/contact: +1 514 555 0100. For urgent security issues there's a separate page, also public.`],
  ['linkedin', 'fr', 'national_id', `Aide-mémoire pour nos nouveaux collègues italiens : le code fiscal vous sera demandé partout. Celui de Giulia, par exemple, BNCGLI90A41F205H, a été saisi trois fois cette semaine (banque, mutuelle, transports). Gardez-le sous la main !`],
  ['linkedin', 'en', '', `Dutch payroll tip: the BSN on your residence permit is what HR needs, not the V-number. If you're unsure which is which, ask your HR partner, don't post a photo of the card in the team chat.`],

  // ---- more hard look-alikes ----
  ['linkedin', 'fr', '', `Leçon de service client apprise chez un grand transporteur : leur numéro 3635 est connu de tous les Français, et pourtant ils le rappellent sur chaque billet. La répétition, c'est la moitié de la communication.`],
  ['linkedin', 'en', 'phone', `Support lesson from a giant: Apple prints 1-800-275-2273 everywhere, and it still answers on the second ring. Being easy to reach is a product decision, not a cost line.`],
  ['x', 'en', '', `AF 1234 delayed again, seat 23C, gate K42, boarding "soon". live-posting the conference from the tarmac at this point ✈️`],
  ['linkedin', 'en', '', `Our field technicians swear by their Kestrel 5500 pocket weather meters: wind, humidity, density altitude, all in a shirt pocket. Small tools, big difference on a rooftop install.`],
  ['x', 'fr', '', `mon fils a appelé le chat Nebula. le chat s'en fiche complètement, il répond surtout au bruit des croquettes 🐈‍⬛`],
  ['linkedin', 'en', '', `Okinawa offsite memories 🌺 Snorkelling at dawn, a karaoke night the team will never let me forget, and a cold Orion beer on the beach at Naha. Best team trip yet.`],
  ['linkedin', 'en', '', `Career-change story: before joining Acme I spent 8 years on a futures desk. My day started at 6pm ET when CME Globex reopened, and ended when Asia went to lunch. Trading taught me to decide fast with incomplete data, which is most of product management.`],
  ['linkedin', 'fr', '', `Merci à Société Générale pour l'accueil dans ses locaux de La Défense lors du forum emploi handicap. Belle journée, beaucoup de rencontres, et deux candidatures prometteuses pour nos équipes.`],
  ['x', 'en', '', `the frescoes in the Basilica of Santa Chiara in Assisi. no caption needed. back to emails tomorrow`],
  ['linkedin', 'en', '', `We're hiring a Senior Backend Engineer in Lyon 🇫🇷 Salary range €62–72k + equity, 2 days remote, full description on careers.acme.com. We publish ranges on every offer, always.`],
  ['linkedin', 'en', '', `Our public bug bounty now pays up to $10,000 for critical findings. Scope, rules and the hall of fame are on our security page. Thank you to the 40 researchers who reported issues this year.`],
  ['linkedin', 'fr', '', `Petit retour en arrière pour les 20 ans de l'entreprise : en 2006, 12 salariés et 900 k€ de chiffre d'affaires ; aujourd'hui, comme l'indique notre rapport annuel, plus de 3 000 collaborateurs. Merci aux pionniers !`],
  ['linkedin', 'en', '', `As we said on yesterday's earnings call, we expect full-year revenue between €450M and €470M, and the replay is on our investor relations site. My personal takeaway as a long-time employee: the fundamentals have never been stronger.`],
  ['linkedin', 'fr', '', `Pour vérifier l'intégrité de l'installeur que vous téléchargez depuis notre site public, comparez son empreinte SHA-256 : 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b. Si elle diffère, ne l'exécutez pas et prévenez-nous.`],
  ['x', 'en', '', `reminder for new folks: the guest wifi password is printed on the visitor badge reception hands you. don't ask on twitter 😅`],
  ['linkedin', 'fr', '', `Code promo pour nos lecteurs : ACME20 donne -20 % sur l'abonnement annuel jusqu'au 31 décembre. Offre publique, partagez sans modération 🎁`],
  ['linkedin', 'fr', '', `Dans nos modèles de courrier, l'adresse d'exemple est désormais jean.dupont@exemple.fr partout, plutôt que de vraies adresses de collègues. Une bonne pratique qu'on aurait dû adopter bien plus tôt.`],
  ['x', 'en', '', `regex of the day for validating emails in our public docs, tested against user@example.org and a.b+tag@example.net. yes I know, you can't fully validate an email with a regex`],
  ['linkedin', 'en', '', `Our developer docs moved to docs.acme.com and our security contact now lives at acme.com/.well-known/security.txt. Both public, both bookmarked, hopefully.`],
  ['x', 'fr', '', `notre intranet a été refait et franchement c'est le jour et la nuit. bravo à l'équipe comm interne 👏`],
  ['linkedin', 'en', '', `Networking 101 for our interns: 8.8.8.8 and 1.1.1.1 are public DNS resolvers, and 203.0.113.0/24 is reserved for documentation examples. If a tutorial uses one of those, it's safe to copy.`],
  ['linkedin', 'fr', '', `Rappel aux fournisseurs belges : notre filiale est Acme Belgium SA, numéro d'entreprise BE 0403.170.701, adresse de facturation sur notre site. Les factures sans ce numéro nous reviennent.`],
  ['linkedin', 'fr', '', `Dans les modèles de CV qu'on partage aux stagiaires, le téléphone est noté 06 XX XX XX XX et l'adresse rue de l'Exemple. Remplacez tout, y compris la photo de chat 🐱`],
  ['x', 'en', '', `Black Friday bundle is live: 1 299,00 € → 999,00 € until 2026-12-02 23:59 CET. public price, go tell your friends`],
  ['linkedin', 'fr', '', `Alerte de ma banque ce matin pour un paiement suspect avec ma carte se terminant par 4417. C'était bien moi, au distributeur de croquettes de l'aéroport. Bien joué la détection de fraude 😄`],
  ['linkedin', 'fr', '', `Dîner d'équipe hier soir au restaurant Le Confidentiel, rue des Martyrs 🍷 Service impeccable, et une tarte au citron qui mérite le détour. Merci à Hélène pour l'organisation !`],
  ['x', 'en', '', `journalists asked how press embargoes work, so 🧵 1/3: you get the news early, you agree on a publish time, you don't break it. that's the whole deal`],
  ['linkedin', 'fr', '', `Bienvenue à Orion, 3,4 kg de bonheur, né dimanche ! Toutes nos félicitations à Théo, notre collègue de l'équipe data, et à sa compagne. Congé paternité bien mérité 💙`],
  ['linkedin', 'en', '', `Migrated our side project's database to MongoDB Atlas with a blue-green deployment this weekend. Zero downtime, and the free tier is still generous. Write-up on my blog.`],
  ['linkedin', 'en', '', `We're 3,000 people in 14 countries, as it says on the About page, and yet onboarding still feels personal. That's the thing I'd tell anyone considering joining.`],
  ['x', 'en', '', `docs tip: if you show a GitHub token in a tutorial, write ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and say so. future you will thank you`],
  ['linkedin', 'mixed', '', `Rencontre avec les retraités du groupe à Strasbourg ce week-end 🍂 Des histoires incroyables sur les débuts de l'usine, et une leçon de modestie : « we didn't have email, we had the canteen ». Merci à l'amicale pour l'invitation.`],
  ['linkedin', 'fr', '', `Après 2 ans à Québec, je rentre en France 🇨🇦➡️🇫🇷 Merci pour les hivers à -30, les cabanes à sucre et les collègues en or. Ce qui me manquera le plus : les réunions qui commencent à l'heure.`],
  ['linkedin', 'en', '', `Meeting notes template we now use everywhere:
• Context (2 lines max)
• Decisions
• Owners and dates
• Open questions
Nothing else. Our meetings got 20 minutes shorter on average. Steal it.`],
  ['x', 'fr', '', `réunion syndicale demain 12h30 salle Jupiter, ordre du jour affiché au panneau du CSE. venez nombreux, y a du café`],
  ['linkedin', 'en', '', `Intern project showcase 🎓 Our summer interns built a carbon calculator for business travel, now used by 400 colleagues. The math is public, the data is anonymised, the interns are brilliant.`],
]);
