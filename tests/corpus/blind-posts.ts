import { rows } from './corpus-types';

/**
 * A held-out set written on 2026-12-02 without reading the rules (issue 11): fresh wordings of the
 * financial, phone, internal link, secret, email, IBAN and card classes, the other categories a few
 * times each, and many clean near misses. Labels say what a careful compliance officer would flag.
 * First blind score, 2026-12-02, before any rule was read: confidentiality macro F1 0.890, clean posts
 * flagged 3.8% (financial R 0.67, national_id R 0.40, codename F1 0.73, internal_url F1 0.85).
 * After the fixes it led to (same day): 0.972 and 1.3%. That figure is no longer held out: the fixes
 * were made looking at these misses. What is left: two financial misses (a sign of non-publicity two
 * sentences away from the figure; "investors hear about it next month") and the codename ones.
 */
export const BLIND_POSTS = rows('blind', [
  // financial: a company figure that is not public yet
  ['linkedin', 'en', 'financial', 'Weighted pipeline going into Q1: €38M. Biggest we have ever had at this point of the year. Sales kickoff is going to be loud 🔊'],
  ['x', 'fr', 'financial', 'Le comité d’investissement vient de valider 2,4 M€ pour la refonte de l’entrepôt de Rungis 🎉 on attaque en mars'],
  ['linkedin', 'en', 'financial', 'Can’t say much before the 14th, but H1 EBITDA came in north of €9M. Well-deserved party tonight, team.'],
  ['x', 'en', 'financial', 'November bookings: $3.7M. Official numbers drop with the Q4 release but wow 🚀'],
  ['linkedin', 'fr', 'financial', 'Nos ventes d’octobre : 1 850 000 €, +14 % sur un an. Les chiffres officiels sortent en janvier mais je ne pouvais pas attendre.'],
  ['x', 'en', 'financial', 'churn down to 1.8% monthly this quarter 👀 keep it between us until the earnings call'],
  ['linkedin', 'en', 'financial', 'ARR just crossed $22M (not public yet, so you heard nothing 🤫). Year 3 of the plan, done in year 2.'],
  ['x', 'fr', 'financial', 'EBITDA du trimestre à 4,1 M€, annonce officielle le 20 février. Fier de la team finance 💪'],
  ['linkedin', 'en', 'financial', 'Gross margin on the new hardware line is 41%. The board saw it yesterday; investors hear about it next month.'],
  ['x', 'en', 'financial', 'Budget signed off this morning: 600k for the Lisbon hub next year. Hiring starts in Jan!'],
  ['linkedin', 'fr', 'financial', 'Petit scoop : le CA du premier semestre dépasse 27 millions, alors que les résultats ne seront publiés que le 30 juillet.'],
  ['x', 'en', 'financial confidential_marker', 'our Q2 revenue is tracking at 14.2M vs an 11M budget. don’t share until the board signs off 🙏'],
  ['linkedin', 'en', 'financial', 'Sales pipeline for APAC now stands at 120 million dollars, up from 70 in January. The Singapore team is on fire.'],
  ['x', 'fr', 'financial', 'Pipe commercial à 9 M€ sur le T1, jamais vu ça chez nous !'],
  ['linkedin', 'en', 'financial', 'September bookings closed at €5.6M. The quarterly figures come out on 24 October, but I want to thank the team now.'],
  ['x', 'en', 'financial', 'net revenue retention at 128% as of last Friday. investor deck isn’t out yet but damn'],
  ['linkedin', 'fr', 'financial', 'Le budget formation 2027 a été voté hier en CODIR : 850 k€, le double de cette année. Belle reconnaissance pour l’équipe L&D.'],
  ['x', 'en', 'financial', 'Revenue this month: £2.9m. First month over 2.5 ever. Proper numbers at the trading update.'],
  ['linkedin', 'en', 'financial', 'The board approved a 15M capex envelope for the Valence plant yesterday. Announcement expected in spring, so stay tuned 😉'],
  ['x', 'fr', 'financial', 'Marge opérationnelle attendue à 12,5 % sur l’exercice, avant même la publication des comptes. On y croit 💪'],
  ['linkedin', 'mixed', 'financial', 'Quick win du mois : 420 k€ de nouveaux contrats signés en novembre, chiffres pas encore consolidés. Merci la team sales!'],
  ['x', 'en', 'financial', 'Enterprise churn this year: 0.6%. We’ll share it properly at investor day, but I’m bursting.'],
  ['linkedin', 'fr', 'financial', 'Enveloppe de 3,2 millions d’euros accordée par le conseil pour le nouveau data center. Communication officielle prévue en janvier.'],
  ['x', 'en', 'financial', 'Thread 🧵 1/ Black Friday weekend did €1.3M in online sales for us. Official figures come with the annual results.'],

  // financial near misses: published, public or personal figures
  ['linkedin', 'en', '', 'Our full-year revenue of €412M, published this morning in our annual report, is up 7%. Thanks to all 3,000 of us.'],
  ['x', 'fr', '', 'Résultats annuels publiés aujourd’hui : chiffre d’affaires de 87 M€ (+11 %). Le communiqué est sur notre site investisseurs.'],
  ['linkedin', 'en', '', 'The global CRM market is worth $70B according to Gartner. Plenty of room for a focused player like us.'],
  ['x', 'en', '', 'Ran my first marathon in 3:47:12 this morning. Legs gone, heart full 🏃'],
  ['linkedin', 'fr', '', 'Notre abonnement Pro reste à 19 €/mois HT, même avec la signature électronique incluse.'],
  ['x', 'en', '', 'Per the IEA’s 2025 outlook, global EV sales passed 17 million units last year. Our chargers are ready.'],
  ['linkedin', 'en', '', 'As announced at yesterday’s Capital Markets Day, we target a 20% EBITDA margin by 2028. Exciting road ahead.'],
  ['x', 'fr', '', 'Le CAC 40 a fini la séance à 7 512 points, +0,8 %. Belle journée pour nos amis de la finance.'],
  ['linkedin', 'en', '', 'Raised €4,300 for the children’s hospital with our charity bake sale. Thank you all!'],
  ['x', 'en', '', 'Q3 results are out: revenue up 6% to $1.1B, as reported in today’s release on our investor site.'],
  ['linkedin', 'fr', '', 'Le salaire médian des développeurs à Lyon est de 48 k€ selon l’étude publiée par l’APEC. Nous payons au-dessus.'],
  ['linkedin', 'en', '', 'My personal book budget this year: 300€. Spent 412€. No regrets 📚'],
  ['x', 'fr', '', 'Billet pour notre conférence annuelle : 79 € en early bird jusqu’au 15 janvier.'],
  ['linkedin', 'en', '', 'Our half-year report (published 28 July) showed recurring revenue up 9% to €52M. Proud to be part of it.'],
  ['x', 'en', '', 'Eurozone inflation eased to 2.1% in October, per Eurostat. Good news for our customers.'],
  ['linkedin', 'fr', '', 'Comme annoncé dans notre communiqué du 3 novembre, les ventes du troisième trimestre progressent de 5 % à 210 M€.'],
  ['x', 'en', '', 'Our startup raised a €12M Series A, announced today in TechCrunch. Time to hire!'],

  // phone: national and international formats of several countries
  ['x', 'en', 'phone', 'Lost my work phone on the train 🙃 if you find it pls call my personal: 07700 900461'],
  ['linkedin', 'en', 'phone', 'Our London studio takes walk-ins this week, ring us on 020 7946 0321 and ask for Priya.'],
  ['x', 'fr', 'phone', 'Nouveau numéro pour me joindre en déplacement : (+33) 6 45 12 98 07'],
  ['linkedin', 'en', 'phone', 'Recruiters, you can reach me directly on +44 (0)7911 123456 during office hours.'],
  ['x', 'fr', 'phone', 'Pour le tournoi de padel, appelez Sarah au 0470 12 34 56 😉'],
  ['linkedin', 'fr', 'phone', 'Notre bureau de Bruxelles : +32 2 512 34 56, on vous attend pour le café.'],
  ['x', 'fr', 'phone', 'Besoin d’aide pour l’install à Genève ? Mon portable : 079 345 67 89'],
  ['linkedin', 'en', 'phone', 'For the Zurich meetup, text me at +41 78 912 34 56 if you get lost.'],
  ['x', 'en', 'phone', 'Munich folks: the Oktoberfest table is under my name, call 0151 23456789 if you’re late 🍻'],
  ['linkedin', 'en', 'phone', 'Hamburg hub contact: +49-40-822-44-901, reception speaks English.'],
  ['linkedin', 'en', 'phone', 'Heading to Madrid for the retail expo, my Spanish SIM is +34 612 345 678 if you want to meet.'],
  ['x', 'fr', 'phone', 'À Barcelone toute la semaine, joignable au 622 48 19 73 (numéro espagnol)'],
  ['linkedin', 'en', 'phone', 'Milan office reopened! Reception: +39 02 8734 5120.'],
  ['linkedin', 'fr', 'phone', 'Nos collègues de Montréal vous répondent au 514-555-0147 pour les stages d’été.'],
  ['x', 'en', 'phone', 'Call me at 212.555.0198 if the hotel shuttle doesn’t show. NYC is chaos today.'],
  ['linkedin', 'en', 'phone', 'Our Austin team lead is at +1 (512) 555-0173 for candidate questions.'],
  ['x', 'fr', 'phone', 'Dispo pour un café virtuel ? 06.71.22.39.84, SMS de préférence.'],
  ['linkedin', 'fr', 'phone', 'Mon fixe au bureau : 09 72 10 44 58, je suis là tous les matins.'],
  ['x', 'en', 'phone', 'WhatsApp me on +447700900123 to join the hackathon group.'],
  ['linkedin', 'en', 'phone', 'Manchester office number is 0161 496 0752, ask for the events team.'],
  ['x', 'en', 'phone', 'Toronto crew: my cell is (416) 555-0199, text before calling pls'],
  ['linkedin', 'fr', 'phone', 'Pour l’antenne de Lausanne, composez le +41 (0)21 612 34 56.'],

  // phone near misses: dates, order and version numbers, ISBN, times, scores, addresses
  ['x', 'en', '', 'Order #20251118-4471 shipped this morning, tracking says Thursday 📦'],
  ['linkedin', 'en', '', 'Released v2.14.3 today, and 2.15.0-rc.1 lands next week. Changelog on GitHub.'],
  ['x', 'fr', '', 'Rendez-vous le 12/03/2027 à 14 h 30 au 18 rue des Lilas, 69003 Lyon.'],
  ['linkedin', 'en', '', 'Re-reading Accelerate (ISBN 978-1-942788-33-1). Every engineering manager should.'],
  ['x', 'en', '', 'Final score 3-2 after extra time. What a game by the Acme five-a-side team ⚽'],
  ['linkedin', 'fr', '', 'Nos bureaux ouvrent de 08:30 à 18:45 du lundi au vendredi, 42 avenue Jean Jaurès, 75019 Paris.'],
  ['x', 'en', '', 'Build 2025.11.04.1732 is rolling out to all regions now.'],
  ['linkedin', 'en', '', 'We handled 1,204,566 support tickets in 2025 with a median first reply of 4 min 12 s.'],
  ['x', 'fr', '', 'Semi de Paris bouclé en 1 h 32 min 08 s, Manon en 1 h 45. Prochain objectif : Berlin !'],
  ['linkedin', 'en', '', 'Our kernel patch landed in Linux 6.12.4. Thanks to the reviewers on the mailing list!'],
  ['x', 'en', '', 'Fun stat: 1 234 567 890 API calls served this month. Yes, that is over a billion.'],
  ['linkedin', 'en', '', 'Coordinates of the new plant: 45.7640, 4.8357. Come say hi once it opens!'],
  ['x', 'fr', '', 'Score final 28-14, les Acme Lions en finale ! 🏈'],
  ['linkedin', 'fr', '', 'Nouvelle adresse : 12 bis rue de la Gare, 67000 Strasbourg, 3e étage. Venez nous voir !'],
  ['x', 'en', '', 'Meeting window: 2026-12-14 09:00–11:30 CET, room 4.12. Bring your laptops.'],
  ['linkedin', 'fr', '', 'Dossier n° 2025-04-118-003 clôturé : merci à toutes les équipes pour cette belle rénovation.'],

  // internal_url
  ['linkedin', 'en', 'internal_url', 'The new holiday booking tool is up on https://preprod.intranet.globalfoods.fr/conges, please test it before Friday!'],
  ['x', 'fr', 'internal_url', 'Le retour d’expérience complet est sur intranet.mairie-exemple.fr/rex/2026 (accès agents seulement)'],
  ['linkedin', 'en', 'internal_url', 'Status page for the migration: http://status.ops.corp/migration, green across the board!'],
  ['x', 'en', 'internal_url', 'Staging looks gorgeous with the new theme 😍 https://staging.shop-acme.io/collections/winter'],
  ['linkedin', 'fr', 'internal_url', 'Démo de la nouvelle appli sur https://preprod.acme.fr/app, vos retours sont bienvenus !'],
  ['x', 'en', 'internal_url', 'Grafana is back: http://10.12.4.8:3000/d/api-latency'],
  ['linkedin', 'en', 'internal_url', 'Jenkins moved to http://172.20.1.15:8080, update your bookmarks team!'],
  ['x', 'fr', 'internal_url', 'Le nouveau wiki de l’équipe : https://wiki.rd.internal/accueil'],
  ['linkedin', 'en', 'internal_url', 'Printer setup guide for the new floor: http://print-server.local/guide 🖨️'],
  ['x', 'en', 'internal_url', 'Merch store sneak peek on https://shop.uat.acme.com before it goes live 👕'],
  ['linkedin', 'fr', 'internal_url', 'Tout est documenté ici : https://docs.acme-corp.net/onboarding/dev'],
  ['x', 'en', 'internal_url', 'roadmap board for the curious: https://jira.corp.acme.com/secure/RapidBoard.jspa?rapidView=42'],
  ['linkedin', 'en', 'internal_url', 'The town hall recording is at https://intranet.northwind.co.uk/townhall/2026-11 for those who missed it.'],
  ['x', 'fr', 'internal_url', 'Inscriptions au challenge vélo ouvertes sur http://192.168.1.50/velo 🚲'],
  ['linkedin', 'en', 'internal_url', 'New build of the kiosk app on https://kiosk.preprod.acme.com, looks sharp.'],
  ['x', 'en', 'internal_url', 'http://dev.acme.local:8000/admin finally loads in under 1s 🎉'],

  // internal_url near misses: public hosts, words like intranet or local
  ['linkedin', 'en', '', 'Our new careers site is live: https://jobs.acme.com. Go have a look!'],
  ['x', 'en', '', 'How we migrated to Postgres 16 with zero downtime: https://engineering.acme.com/postgres-16'],
  ['linkedin', 'fr', '', 'Notre étude sur les intranets d’entreprise est en accès libre : https://acme.fr/etudes/intranet-2026.pdf'],
  ['x', 'en', '', 'Local first! Our offline mode works without any network. https://acme.com/local-first'],
  ['linkedin', 'en', '', 'Staging a play with colleagues for the company theatre night 🎭 Tickets: https://www.billetweb.fr/acme-theatre'],
  ['x', 'en', '', 'Firmware 10.2.1.4 is out for all our routers, update from the app.'],
  ['linkedin', 'en', '', 'Networking 101: why 10.0.0.0/8 and 192.168.0.0/16 never reach the internet. Free course: https://learn.acme.com/net101'],
  ['x', 'fr', '', 'Le replay de ma conf « L’intranet est mort, vive l’intranet » est sur https://www.youtube.com/watch?v=a1B2c3D4e5F'],

  // secret
  ['linkedin', 'en', 'secret', 'Finally got the reporting DB connected! mysql://reporting:Hk82!pqLw@db.acme-data.com:3306/sales'],
  ['x', 'fr', 'secret', 'redis://:Zx9vQ2mLp7Rt@cache.monappli.fr:6379 enfin stable 😅'],
  ['linkedin', 'en', 'secret', 'Our Atlas cluster is humming: mongodb+srv://svc_app:Qm7pL2xZ9kW4@cluster0.ab1cd.mongodb.net/prod'],
  ['x', 'en', 'secret', 'CI alerts now land in our channel via https://hooks.slack.com/services/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'],
  ['linkedin', 'fr', 'secret', 'Les alertes de prod arrivent sur Discord grâce à https://discord.com/api/webhooks/1183456789012345678/Xk9vT2mQpL7rZ4wB8nC1yF6hJ3sD0aG5eR2t'],
  ['x', 'en', 'secret', 'Our build bot uses token 8f3kZp29QmX7vLrT4wNb6YcH1sDj so don’t laugh at its name'],
  ['linkedin', 'fr', 'secret', 'J’ai poussé la clé d’API dans le README par erreur : 7hG2kLq9ZpW4mX8vRt3NbY6c. Révoquée depuis, mais quelle leçon !'],
  ['x', 'fr', 'secret', 'jeton d’accès pour le bac à sable : a9F3kQ7mZ2xP8vL4tR6wN1bY'],
  ['linkedin', 'en', 'secret', 'Weather demo is open to all, api key wK7p2QzL9mXv4RtB8nYc3HsJ (rate-limited, be nice)'],
  ['x', 'en', 'secret', 'secret: 4Lq8ZmP2xV9rT7kW3nB6yC1h — yes I pasted it in the wrong window 🤦'],
  ['linkedin', 'fr', 'secret', 'Mot de passe du compte démo pour le salon : Kp7#qZ2!vL9m, changez-le après la démo svp'],
  ['x', 'en', 'secret', 'CI tip: CI_DEPLOY_TOKEN=d8Hk2Lp9QzX4mV7rT3wB1nYc works across all our projects'],
  ['linkedin', 'en', 'secret', 'Heads-up, this leaked into a public build log today: NPM_TOKEN=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'],
  ['x', 'fr', 'secret', 'amqp://guest:Rm4kT8zQ2p@rabbit.acme-data.com:5672 si quelqu’un veut tester les files'],
  ['x', 'en', 'secret', 'Telegram bot for the office plants 🌱 6123456789:AAH4kZp9QmX2vL7rT3wNb8YcH1sDj5KfG0e'],
  ['linkedin', 'fr', 'secret', 'Accès FTP pour les exposants : ftp://exposant:Salon2026Lyon@ftp.events-expo.fr'],
  ['x', 'en', 'secret', 'https://deploy:T7mq2ZpX9@git.example-build.io/repo.git cloned fine, weird that it asks nothing'],
  ['linkedin', 'en', 'secret', 'Postman collection shared with the agency. Header: Authorization: Bearer 9xKf2Lm7QpZ4vR8tW3nB6yCj1HsD'],
  ['x', 'fr', 'secret', 'Le secret du webhook GitHub : 3vXq9LmT7pZ2kR8wN4bY6cH1 (oui je sais, je le change demain)'],

  // secret near misses
  ['linkedin', 'en', '', 'Our brand colours are #1A73E8 and #FBBC05. The new style guide is on our site.'],
  ['x', 'en', '', 'Fixed the regression in our open-source parser, commit 3f9c2a7e4b1d8f6a0c5e2b9d7f4a1c3e8b6d0f2a. Thanks to everyone who reported it!'],
  ['linkedin', 'en', '', 'Token economy, explained: why loyalty points behave like a currency. New on our blog: https://acme.com/blog/token-economy'],
  ['x', 'en', '', 'Never paste a real key in a ticket: our docs use YOUR_API_KEY as a placeholder for a reason.'],
  ['x', 'fr', '', 'Rappel : ne partagez jamais votre mot de passe, même avec le support. Nous ne vous le demanderons jamais.'],
  ['linkedin', 'en', '', 'UUIDv7 support landed in our SDK: ids like 018f3a2b-7c4d-7e5f-8a9b-0c1d2e3f4a5b sort by time. Docs: https://docs.acme.com/uuid'],
  ['x', 'en', '', 'The secret to a good onboarding? Coffee, a buddy and a working laptop on day one ☕'],
  ['linkedin', 'fr', '', 'La clé du succès de ce projet : une équipe soudée et des objectifs clairs.'],
  ['x', 'en', '', 'SHA-256 of the 4.2.0 tarball: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855. Verify before installing!'],
  ['x', 'fr', '', 'Jeton de présence, jeton de casino, jeton NFT : notre podcast décortique la tokenisation.'],
  ['linkedin', 'en', '', 'Admins can now rotate API keys in one click from the new key management page. Details in the changelog.'],

  // email, plain and obfuscated
  ['x', 'fr', 'email', 'Pour le covoiturage du séminaire, écrivez à paul.girard @ acme-logistique.fr'],
  ['linkedin', 'en', 'email', 'Send your portfolio to design-jobs [at] northwind [dot] com before Friday.'],
  ['x', 'en', 'email', 'beta access? hello(at)acme-labs.io, first come first served'],
  ['linkedin', 'fr', 'email', 'Candidature spontanée ? nadia.k arobase acme point fr'],
  ['x', 'en', 'email', 'Reach our data protection officer at privacy.team@acme.com for any question about your data.'],
  ['linkedin', 'en', 'email', 'Questions about the mentoring programme → mentoring AT acme DOT com'],
  ['x', 'fr', 'email', 'Mon adresse perso au cas où : camille.dubois93@yahoo.fr'],
  ['linkedin', 'en', 'email', 'Interns, the HR contact is Lena (lena.schmidt @ acme.de), she will sort out your badges.'],
  ['x', 'en', 'email', 'Shoot me a note at r.patel@acme.co.uk, I read everything.'],
  ['linkedin', 'mixed', 'email', 'Hello everyone, envoyez vos photos de l’event à photos-event@acme.com, merci !'],
  ['x', 'fr', 'email', 'support @ monappli.fr répond en moins d’une heure, testé ce matin'],

  // email near misses: handles, prices, packages
  ['x', 'en', '', 'Thanks @sarah_codes and @AcmeEng for the amazing workshop!'],
  ['x', 'fr', '', 'Suivez @acme_fr pour toutes les nouveautés de la rentrée !'],
  ['linkedin', 'en', '', 'Team lunch at 1 pm @ the Lyon office, bring your appetite.'],
  ['x', 'en', '', 'Small teams: 2 licences @ €49 each this month only.'],
  ['linkedin', 'en', '', 'Our design system is open source: npm i @acme/ui@3.1.0'],

  // iban and card
  ['linkedin', 'fr', 'iban', 'Pour le pot de départ de Nadia : fr23 1027 8060 6100 0205 2730 125, merci d’avance 🎁'],
  ['x', 'en', 'iban', 'gb82west12345698765432 for the 5-a-side kit fund, cheers lads'],
  ['linkedin', 'en', 'iban', 'Dutch colleagues, contributions for Marloes’ gift to NL91 ABNA 0417 1643 00 please.'],
  ['x', 'fr', 'iban', 'Quote-part du chalet : IT60 X054 2811 1010 0000 0123 456'],
  ['linkedin', 'fr', 'iban', 'Les dons pour la course de l’Escalade : CH93 0076 2011 6238 5295 7'],
  ['x', 'en', 'iban', 'be71 0961 2345 6769 for the raffle money, thanks all'],
  ['linkedin', 'fr', 'iban', 'Virement pour la tombola : FR08 5144 5801 9067 3357 3341 874, libellé « tombola ».'],
  ['x', 'en', 'iban', 'Kit money for the Berlin run: DE74 4935 1284 4288 4954 10'],
  ['linkedin', 'en', 'iban', 'Lunch club treasurer here: pt50 0002 0123 1234 5678 9015 4 for this month’s share.'],
  ['x', 'en', 'card', 'Company Amex for the offsite: 3714 496353 98431, venue deposit only please'],
  ['linkedin', 'fr', 'card', 'La carte corporate 4970 1012 3456 7893 expire demain, pensez à mettre à jour vos abonnements.'],
  ['x', 'fr', 'card', 'carte bancaire du service : 5132-8300-1234-5674, pour les billets de train uniquement'],
  ['linkedin', 'en', 'card', 'Use 4000 0566 5566 5556 for the hotel, the old card was cancelled.'],
  ['x', 'en', 'card', 'card no. 4242424242424242 exp 12/28 for the conference booking'],
  ['linkedin', 'fr', 'card', 'Numéro de carte pour les taxis du séminaire : 5200 8282 8282 8210'],

  // iban and card near misses
  ['x', 'en', '', 'Our API now checks an IBAN in 3 ms and tells you which bank it belongs to.'],
  ['linkedin', 'fr', '', 'Référence de votre dossier : FR-2026-0042-VOYAGE, à rappeler dans tous vos échanges.'],
  ['linkedin', 'en', '', 'Our loyalty card now has 1.2 million members across Europe. Thank you!'],
  ['x', 'en', '', 'Retail demo: scan EAN 3017620422003 and the shelf updates in real time.'],

  // national_id
  ['linkedin', 'fr', 'national_id', 'Dossier mutuelle de Hugo à compléter : son numéro de sécu est 1 92 03 75 114 042 91.'],
  ['x', 'en', 'national_id', 'New starter paperwork: NI number JG 10 37 29 B, can HR confirm it went through?'],
  ['linkedin', 'en', 'national_id', 'Payroll needs the SSN of our new US hire (532-71-0446) by Friday, who has the form?'],
  ['x', 'fr', 'national_id', 'NIR de la stagiaire : 2 88 07 69 123 456 70, envoyé à la RH pour la convention.'],
  ['linkedin', 'fr', 'national_id', 'Numéro de registre national de notre collègue belge : 85.07.30-033.28, pour la mutuelle.'],

  // national_id near misses
  ['linkedin', 'fr', '', 'Notre SIREN 552 100 554 figure sur toutes nos factures et nos mentions légales.'],
  ['x', 'en', '', 'Reminder: never send your social security number by email. HR will never ask for it that way.'],

  // confidential_marker
  ['linkedin', 'fr', 'confidential_marker', 'Diffusion restreinte, mais voici en avant-première notre nouvelle gamme 😍'],
  ['x', 'en', 'confidential_marker', 'Not for external distribution, but here’s a peek at our 2027 brand refresh 👀'],
  ['linkedin', 'fr', 'confidential_marker', 'Usage interne uniquement 🙈 mais le nouveau logo est trop beau pour rester dans un tiroir.'],
  ['x', 'en', 'confidential_marker', 'Leaking it a bit early (sorry comms team): embargoed till Monday 9am, but our new store concept is 🔥'],
  ['linkedin', 'en', 'confidential_marker', 'From the leadership offsite deck marked “Company Confidential”: our five bets for 2027. Thoughts?'],
  ['x', 'fr', 'confidential_marker', 'Strictement confidentiel, mais je suis trop fier de ce plan de transformation 🙏'],

  // confidential_marker near misses
  ['linkedin', 'en', '', 'We treat every message you send us as confidential. Always.'],
  ['x', 'en', '', 'The embargo is over: our partnership with the city of Nantes is official!'],
  ['linkedin', 'fr', '', 'Le secret professionnel des avocats à l’heure de l’IA : notre livre blanc est en ligne.'],
  ['x', 'en', '', 'Internal mobility is real here: I moved from support to product in two years.'],

  // codename
  ['linkedin', 'en', 'codename', 'Kestrel demo day went flawlessly, next stop: a pilot in three stores.'],
  ['x', 'fr', 'codename', 'L’équipe NÉBULA recrute 2 devs front, parlez-en autour de vous !'],
  ['x', 'en', 'codename', 'Orion v2 goes to beta next week, can’t wait for the feedback'],
  ['linkedin', 'fr', 'codename', 'Go-live #AtlasBleu ce soir, croisez les doigts pour nous 🤞'],
  ['linkedin', 'en', 'codename', 'The project we codenamed Blue Heron just passed its first milestone. Proud of this crew.'],

  // codename near misses
  ['x', 'en', '', 'Clear skies over the office roof tonight, you could see all of Orion’s belt ✨'],
  ['linkedin', 'en', '', 'Our kestrel nest box on the warehouse roof has two chicks this spring 🐣 Biodiversity at work.'],

  // client_name
  ['linkedin', 'fr', 'client_name', 'Super atelier chez Globex Corp ce matin, des équipes très impliquées.'],
  ['x', 'en', 'client_name', 'INITECH’s CIO gave us the best feedback of the year today 🙌'],
  ['linkedin', 'en', 'client_name', 'Thanks to the Hopital Sainte Claire team for such a warm welcome during the rollout.'],
  ['x', 'fr', 'client_name', 'Signature officielle avec la Société-Générique ce matin, 40 agences à équiper !'],

  // client_name near misses
  ['linkedin', 'fr', '', 'Bravo aux coureurs de la Société Générale pour leur marathon solidaire dimanche !'],
  ['x', 'en', '', 'See you at Globexpo 2027 in Dubai, hall 4!'],

  // mixed findings in one post
  ['linkedin', 'en', 'phone email', 'New role, new contacts: julia.meyer@acme.de and +49 151 2345 6789. Say hi!'],
  ['x', 'fr', 'financial codename', 'Orion a déjà généré 2,3 M€ de ventes ce trimestre, pas encore annoncé 🤫'],
  ['linkedin', 'en', 'secret internal_url', 'Staging DB for the hackathon: postgres://hack:Pq8zL2mX7v@10.20.30.40:5432/hack. Have fun!'],
  ['x', 'en', 'client_name financial', 'Globex just renewed for €1.8M over three years, not announced yet but huge for us'],
  ['linkedin', 'fr', 'email phone', 'Contact presse pour le lancement : Aurélie, aurelie.faure@acme.fr ou 06 33 21 87 45.'],

  // clean posts in varied styles
  ['linkedin', 'en', '', 'Five years at Acme today.\nThree teams, two cities, one constant: people who care.\nThank you all.'],
  ['x', 'fr', '', 'ptit retour du hackathon : 48 h, 12 équipes, 0 nuit de sommeil 😴 #Hackathon'],
  ['linkedin', 'en', '', '“The best code is the code you don’t write.” Still true in 2026. What would you add?'],
  ['x', 'en', '', '2/ the trick was caching the lookups, not the responses. p95 went from 800ms to 120ms.'],
  ['linkedin', 'fr', '', 'Journée portes ouvertes samedi de 10 h à 17 h dans notre atelier de Roubaix. Venez en famille !'],
  ['x', 'en', '', 'teh new dashbaord is live for everyone, feedbak welcome 🙏'],
  ['linkedin', 'mixed', '', 'Retour de la conf DevFest Nantes : talks incroyables, great vibes, à l’an prochain !'],
  ['x', 'fr', '', 'Je cherche des recommandations de livres sur le management à distance. Vos favoris ?'],
  // multi-line and quoted posts
  ['linkedin', 'fr', 'phone', 'On recrute à Lille !\nProfil : alternant·e marketing\nInfos : Julie, 07 68 21 45 90'],
  ['x', 'en', 'secret', 'psa for the team:\nthe staging admin password is now Vx8!mQ2zLp4R\nplease stop asking in the channel'],
  ['linkedin', 'en', 'financial', 'Quick one before the holidays:\n- Q4 bookings: €7.9M (official release 5 Feb)\n- 14 new logos. Thank you, team.'],
  ['x', 'fr', 'internal_url', 'Pour ceux qui cherchent :\nhttp://srv-fichiers.acme.lan/partage/rh\nbonne journée'],
  ['x', 'fr', 'phone', '« Rappelle-moi au 0612345678 » : le message vocal le plus mystérieux de ma semaine 😂'],
]);
