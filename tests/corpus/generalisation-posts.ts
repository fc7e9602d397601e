import { rows } from './corpus-types';

/**
 * Classes the first corpus under-covered (issue 11), written fresh in other words than the issue's:
 * unannounced company figures, national and parenthesised phone formats, hosts under an intranet label,
 * chat webhooks and connection strings (secrets, not URLs or emails), spaced "@", lowercase IBANs,
 * digit runs inside IBANs, untyped tokens after a keyword; each with clean look-alikes.
 * Written before the rules were tuned on them.
 */
export const GENERALISATION_POSTS = rows('gen', [
  // financial: a company figure plus a sign it is not public yet
  ['linkedin', 'en', 'financial', 'Our weighted pipeline just crossed $41M for H1. Sales team, you are on fire — keep it in the family until the board meeting.'],
  ['x', 'fr', 'financial', 'Le pipeline commercial du trimestre dépasse les 9 M€, de quoi voir venir ! Bravo les commerciaux.'],
  ['linkedin', 'en', 'financial', 'Finance committee signed off on a €2.8M budget for the new data platform this afternoon. Huge news for my team!'],
  ['linkedin', 'fr', 'financial', 'Le conseil a voté ce matin une enveloppe de 1,5 M€ pour la refonte du site. On commence lundi !'],
  ['x', 'en', 'financial', 'Little secret before the official release next Tuesday: EBITDA came in at €64M for the half.'],
  ['linkedin', 'fr', 'financial', 'Avant la communication financière de jeudi, je peux vous dire que le CA semestriel frôle les 210 M€ 😉'],
  ['x', 'en', 'financial', 'November sales: $5.7M, best month ever. The official figures land next week but I could not wait.'],
  ['linkedin', 'fr', 'financial', 'Ventes d’octobre : 2,4 M€ !! Les chiffres officiels sortent le 15, mais bravo à toute la force de vente.'],
  ['x', 'en', 'financial', 'ARR is sitting at $23.5M and churn dropped to 1.8%. Keep this to yourselves until we report in February.'],
  ['linkedin', 'fr', 'financial', 'Churn à 2,1 % et ARR de 14 M€ : on garde ça pour nous jusqu’à la publication des résultats.'],
  ['linkedin', 'en', 'financial', 'Revenue for the quarter closed at $87M, two weeks before our investor day. Champagne!'],
  ['x', 'fr', 'financial', 'Notre résultat opérationnel atteint 31 M€ sur le semestre, annonce officielle le 28. Fier de nous.'],
  ['linkedin', 'mixed', 'financial', 'Q2 bookings landed at €19M — on ne communique pas avant le call investisseurs, donc motus.'],
  ['x', 'en', 'financial', 'Gross margin hit 47% in September. We present the numbers to analysts next month, so mum’s the word.'],
  ['linkedin', 'fr', 'financial', 'Budget 2026 de la DSI arbitré hier en comité de direction : 6,2 M€, en hausse de 12 %.'],
  // financial look-alikes: published, third-party, or no figure
  ['linkedin', 'en', '', 'Our half-year report is out: revenue of €412M, up 6%. Full release on our investor site.'],
  ['x', 'fr', '', 'Résultats annuels publiés ce matin : chiffre d’affaires de 1,1 Md€, marge opérationnelle de 9,4 %.'],
  ['linkedin', 'en', '', 'Fun fact from the 2024 annual report we published in March: 38% of our sales come from Asia.'],
  ['x', 'fr', '', 'Le marché mondial du cloud pèse 600 Md$ selon Gartner. Passionnant panel hier sur le sujet.'],
  ['linkedin', 'en', '', 'Advice for founders: review your pipeline weekly and never let churn surprise you.'],
  ['linkedin', 'fr', '', 'Comment défendre un budget en comité ? Mes 5 conseils après 10 ans en contrôle de gestion.'],
  ['x', 'en', '', 'The earnings call replay is online: Q3 revenue of $96M, as reported yesterday.'],
  ['linkedin', 'fr', '', 'Comme annoncé lors de notre communication financière du 12 février, l’EBITDA 2024 s’établit à 58 M€.'],
  // phone: national formats of the person's likely countries, parenthesised international prefixes
  ['linkedin', 'en', 'phone', 'New starters in Manchester: my mobile is 07700 900461 if you get lost on day one.'],
  ['x', 'en', 'phone', 'London reception is on 020 7946 0321, ask for the facilities desk.'],
  ['x', 'fr', 'phone', 'Joignable sur mon portable (+33) 7 81 22 45 90 toute la semaine du salon.'],
  ['linkedin', 'en', 'phone', 'Our Madrid lead picks up at (+34) 612 345 678, any time before 7 pm.'],
  ['linkedin', 'fr', 'phone', 'Pour la permanence de Bruxelles, appelez le 02 555 12 34 entre 9 h et 17 h.'],
  ['x', 'en', 'phone', 'Text me on 07911 123456 when you land at Heathrow and I will come and get you.'],
  ['linkedin', 'fr', 'phone', 'Contact presse pour le lancement : (+33) 1 40 20 50 50, demandez Inès.'],
  ['x', 'en', 'phone', 'Leeds office moved! The new switchboard is 0113 496 0000.'],
  ['linkedin', 'en', 'phone', 'NYC team, the on-call line is (+1) 646 555 0199 this weekend.'],
  ['x', 'fr', 'phone', 'Vous pouvez aussi joindre l’accueil de Genève au +41 22 345 67 89.'],
  // phone look-alikes
  ['x', 'en', '', 'Flight BA 0207 lands at 07:45, see you all at the London kick-off!'],
  ['linkedin', 'fr', '', 'Entre 2019 et 2024, nos usines ont produit 1 200 000 vélos. Merci aux équipes de Roubaix.'],
  ['linkedin', 'en', '', 'Room 020 on floor 7 is now the quiet room. Phones on silent, please.'],
  ['x', 'fr', '', 'Score final 3-1 (+2 au classement) pour l’équipe de foot de l’agence. Bravo !'],
  // internal_url: hosts under an intranet label, on any domain
  ['linkedin', 'en', 'internal_url', 'The test plan lives at https://qa.intranet.globalbank.co.uk/plans/2025, please add your cases.'],
  ['x', 'fr', 'internal_url', 'Les comptes rendus sont rangés sur http://docs.intranet.mairie-exemple.fr/cr/2025 pour ceux qui ont raté la réunion.'],
  ['linkedin', 'en', 'internal_url', 'Preview build for the release notes: uat.intranet.northwind.io/release-notes'],
  ['x', 'en', 'internal_url', 'Runbook is at https://wiki.intranet.contoso.de/display/OPS/Failover if you are on call.'],
  // secret: chat webhooks with their token are secrets, not internal links
  ['x', 'en', 'secret', 'Alerts now post to our channel via https://hooks.slack.com/services/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'],
  ['linkedin', 'fr', 'secret', 'Notre bot Discord publie les builds via https://discord.com/api/webhooks/1187654321098765432/Gq4TzW8xLmN2pR6vYc0Ks3Hd-b9JfA1eUo7Q, trop pratique !'],
  ['x', 'en', 'secret', 'Teams notifications wired up: https://northwind.webhook.office.com/webhookb2/5a1c2e3f-0b9d-4c8e-a7f6-1d2e3f4a5b6c@9f8e7d6c-5b4a-4321-8765-0fedcba98765/IncomingWebhook/0c1d2e3f4a5b6c7d8e9f/7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d'],
  ['linkedin', 'mixed', 'secret', 'Le webhook Google Chat de l’équipe : https://chat.googleapis.com/v1/spaces/AAAAx7Lq2Zk/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=Xk2pL9vQ7rT4wZ8mB3nJ5cF1hG6dS0aE'],
  // secret: credentials in connection strings are secrets, never emails
  ['linkedin', 'en', 'secret', 'Our analytics replica is open to the team: postgresql://reporting:pR7#kq2Lx@replica.northwind.io:5432/bi, query away!'],
  ['x', 'fr', 'secret', 'Cache partagé dispo : redis://default:Zt8vQm31xR@cache.exemple-saas.com:6379 pour les tests de charge.'],
  ['x', 'en', 'secret', 'ETL finally green with mongodb+srv://svc_etl:N0tS0Secret99@cluster0.ab1cd.mongodb.net/prod 🎉'],
  ['linkedin', 'fr', 'secret', 'File de messages en place : amqp://robot:Lapin42Bleu@mq.exemple.org:5672, merci Thomas !'],
  ['x', 'en', 'secret', 'Partners upload to ftp://uploader:Spring2025x@files.partner-media.com/incoming from now on.'],
  // email: addresses with spaces around "@"
  ['linkedin', 'en', 'email', 'Questions about the bootcamp? Write to careers @ northwind.io and we will answer within a day.'],
  ['x', 'fr', 'email', 'Pour postuler, écrivez à recrutement @ exemple-groupe.fr avec votre CV.'],
  ['linkedin', 'en', 'email', 'Speaker enquiries go to jane.doe @ contoso.com, she runs the programme.'],
  ['x', 'fr', 'email', 'Une question sur la conférence ? contact@ conference-data.fr, on répond vite.'],
  // email look-alikes
  ['x', 'en', '', 'Find us @ Station F this Thursday, we will be demoing the new app.'],
  ['linkedin', 'fr', '', 'Rendez-vous @ VivaTech.fr pour découvrir notre stand, hall 1 !'],
  ['x', 'en', '', 'Early-bird tickets @ 25€ each until Sunday. Grab yours!'],
  // iban: lowercase, spaced or not
  ['linkedin', 'fr', 'iban', 'Pour le pot de départ de Sandrine, participation sur fr18 7877 8932 8792 1742 1809 679, merci à tous !'],
  ['x', 'en', 'iban', 'Sponsorship money for the hackathon can go to gb82 west 1234 5698 7654 32, receipts by email.'],
  ['linkedin', 'fr', 'iban', 'Nouveau compte de l’amicale : de20766619345145061231 (à recopier tel quel).'],
  ['x', 'en', 'iban', 'Book club fees, as usual: nl61 abna 6436 3363 95 😊'],
  // iban: a digit run inside a valid IBAN is not also a card
  ['linkedin', 'fr', 'iban', 'RIB du comité d’entreprise pour les chèques vacances : FR50 4887 4765 8173 6032 6884 030'],
  ['x', 'en', 'iban', 'Refunds for the offsite go to DE29 4588 8689 1718 9062 67, thanks everyone.'],
  ['linkedin', 'fr', 'iban', 'Virement pour la tombola sur ES70 6258 2439 5002 6791 7569 avant vendredi.'],
  // secret: untyped tokens after a keyword
  ['x', 'en', 'secret', 'Use token 4f9d2c7b1e8a3f60c5d2b9e7a1f4c8d3 for the sandbox, it is already whitelisted.'],
  ['linkedin', 'fr', 'secret', 'Le partenaire peut tester avec la clé Qm7vX2pL9rT4wZ8kB3nJ, on la révoquera après la démo.'],
  ['x', 'fr', 'secret', 'Mon jeton d’accès pour l’API météo, au cas où : hR5tY8uI2oP4aS6dF9gJ'],
  ['linkedin', 'en', 'secret', 'Here is the API key we got from the vendor → Zx81Kq0Lm4Np7Rs2Tv5W, enjoy the trial.'],
  ['x', 'en', 'secret', 'Auth token (expires Friday) t8Hk2mW9qR3vL6xN1bZ4, ping me if it stops working.'],
  ['linkedin', 'fr', 'secret', 'Clé secrète du webhook partenaire = 8a3F9kLmQ2xR7vT1wZ5b, ne la perdez pas.'],
  ['x', 'en', 'secret', 'Shared bucket access key 0a9B8c7D6e5F4g3H2i1J, read-only for now.'],
  // secret look-alikes
  ['linkedin', 'en', '', 'A small token of appreciation: thank you all for this incredible year 🙏'],
  ['x', 'fr', '', 'La clé du succès ? 3 ingrédients : écoute, patience et café.'],
  ['linkedin', 'en', '', 'Our guide to API key management is now public: https://docs.acme.com/security/api-keys'],
  ['x', 'en', '', 'Design tokens: color-primary-500 and spacing-xl are now in Figma for everyone.'],
  ['linkedin', 'fr', '', 'Clé USB offerte aux 100 premiers visiteurs du stand B12 !'],
  ['x', 'fr', '', 'Jeton de présence : chaque participant repart avec un badge et un t-shirt.'],
]);

/**
 * A second batch for the same classes (issue 11), written after the first one was scored, in other
 * wordings: held-back figures ("saving the details for", "pas encore officiels", future "annoncera"),
 * third-party budgets, more national phone formats (UK area codes, Belgian mobiles, Canadian, Irish,
 * Australian), connection strings of other schemes, spelled-out emails.
 */
export const GENERALISATION_POSTS_2 = rows('gen2', [
  // financial positives
  ['linkedin', 'en', 'financial', 'Sneak peek for the team: we booked $12.4M in new contracts this quarter. Official numbers come out on the 20th, so let us keep it quiet.'],
  ['x', 'en', 'financial', 'Q4 top line is tracking at €88M. Not public yet, results go out in January!'],
  ['linkedin', 'fr', 'financial', 'Entre nous, la marge brute du trimestre est à 41 %, avant l’annonce aux marchés mardi.'],
  ['linkedin', 'en', 'financial', 'The steering committee just approved a $3M budget for our AI lab. Announcement pending, but I am thrilled.'],
  ['x', 'fr', 'financial', 'Notre chiffre d’affaires de septembre : 3,2 M€. Les chiffres officiels seront publiés fin octobre.'],
  ['linkedin', 'en', 'financial', 'Our forecast for next year is $140M in revenue — the board has not signed it off yet, so this stays internal.'],
  ['x', 'en', 'financial', 'Net retention hit 128% and MRR is at $2.1M. Saving the details for the earnings call.'],
  ['linkedin', 'fr', 'financial', 'Le carnet de commandes atteint 57 M€, on l’annoncera officiellement au salon. Chut !'],
  ['linkedin', 'en', 'financial', 'Preliminary numbers: operating profit of £9.3M for the half, pending audit. So proud of this team.'],
  ['x', 'fr', 'financial', 'Budget validé hier soir par le CODIR : 800 k€ pour la nouvelle usine. Annonce officielle la semaine prochaine.'],
  ['linkedin', 'en', 'financial confidential_marker', 'We are about to close the round at a $450M valuation, announcement embargoed until Monday.'],
  ['x', 'en', 'financial', 'This month we did $1.9M in sales, our best ever. Numbers are not out officially, shh.'],
  // financial negatives
  ['linkedin', 'en', '', 'As published in our Q2 press release, revenue grew 14% to €230M. Read the full report on our site.'],
  ['x', 'fr', '', 'Le budget de l’État pour 2025 prévoit 3 Md€ pour la recherche, selon le projet de loi de finances.'],
  ['linkedin', 'en', '', 'We raised $20M last year, and today I want to talk about what we learned hiring our first 50 people.'],
  ['x', 'en', '', 'Our annual results are now public: sales of $1.2B and a 12% margin. Thanks to every colleague.'],
  ['linkedin', 'fr', '', 'Le salon attend 12 000 visiteurs et 300 exposants cette année. On vous attend stand C4 !'],
  ['linkedin', 'en', '', 'Startup tip: your MRR matters less than your churn. Focus on retention first.'],
  // phone positives
  ['linkedin', 'en', 'phone', 'Lost your badge? Call security on 0161 496 0123, they are there 24/7.'],
  ['x', 'en', 'phone', 'My direct line is 07123 456789 if anything breaks during the migration.'],
  ['linkedin', 'fr', 'phone', 'Pour toute question, appelez Julie au 06.45.78.12.90, elle gère les inscriptions.'],
  ['x', 'fr', 'phone', 'Ligne directe du support : 01-42-68-53-00.'],
  ['linkedin', 'fr', 'phone', 'Le bureau de Bruxelles répond au 0470 12 34 56 le matin.'],
  ['x', 'en', 'phone', 'Our Dublin office can be reached at (+353) 1 234 5678.'],
  ['linkedin', 'fr', 'phone', 'Contact à Montréal : (514) 555-0143, demandez Marc.'],
  ['x', 'fr', 'phone', 'Standard de Genève : 022 345 67 89.'],
  ['linkedin', 'en', 'phone', 'Whatsapp me on +44 (0) 7700 900 123 for the event logistics.'],
  ['x', 'fr', 'phone', 'Mon numéro : 0033 6 12 34 56 78, dispo ce soir.'],
  ['linkedin', 'en', 'phone', 'Sydney desk: +61 2 9876 5432, open from 9 am AEST.'],
  // phone negatives
  ['linkedin', 'en', '', 'Our order 2024 0613 5512 shipped on time, thanks logistics!'],
  ['x', 'fr', '', 'Le 15 03 2025 marquera nos 20 ans. Rendez-vous à 18 h 30 !'],
  ['linkedin', 'en', '', 'Build 1.24.0611 is live; ticket count dropped from 1 204 to 312.'],
  ['x', 'en', '', 'In an emergency always dial 999 in the UK or 112 in the EU.'],
  ['linkedin', 'fr', '', 'Nos 3 usines ont produit 45 000 pièces en 2024, soit 12 % de plus qu’en 2023.'],
  // internal url
  ['linkedin', 'en', 'internal_url', 'Sign-up sheet for the offsite is on https://hr.intranet.example-group.com/offsite.'],
  ['x', 'fr', 'internal_url', 'Le planning est sur intranet.monentreprise.fr/planning, pensez à le remplir.'],
  ['linkedin', 'en', 'internal_url', 'Grafana is at http://grafana.corp.acme.com:3000/d/abc for those on call.'],
  ['x', 'en', 'internal_url', 'Check the build at http://10.20.3.14:8080/job/release, it is green.'],
  ['linkedin', 'en', 'internal_url', 'Docs are up on https://wiki.internal.fabrikam.com/onboarding.'],
  ['x', 'en', '', 'Our public careers page: https://careers.fabrikam.com/jobs, we are hiring!'],
  ['linkedin', 'fr', '', 'Notre nouvel intranet a été primé ! Retour d’expérience sur https://blog.exemple.fr/intranet-prime'],
  // secret / webhook / connection string / email
  ['x', 'en', 'secret', 'Pipeline notifications go to https://hooks.slack.com/services/T0A1B2C3D/B4E5F6G7H/abcDEF123ghiJKL456mnoPQR'],
  ['linkedin', 'en', 'secret', 'Local dev uses mysql://admin:S3cur3Pa55@db.example.net:3306/app, do not push it to prod.'],
  ['x', 'fr', 'secret', 'Connexion à la base : Server=sql01;Database=crm;User Id=sa;Password=Azerty2024!;'],
  ['linkedin', 'en', 'secret', 'The vendor gave us this api key: 7fG2kP9xQ4mR8vT1 for the pilot.'],
  ['x', 'fr', 'secret', 'Voici le token du bot : Xy7pQ2mL9kR4vT8wZ3nB5cJ1'],
  ['linkedin', 'en', 'secret', 'bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U works for staging'],
  ['x', 'en', 'email', 'Reach the press team: press (at) contoso.com'],
  ['linkedin', 'fr', 'email', 'Écrivez-moi : marie point durand arobase exemple point fr'],
  ['linkedin', 'en', 'email', 'Send your CV to jobs@northwind.io, we read everything.'],
  ['x', 'en', '', 'Meet us @ the booth, hall 3 @ 10am!'],
  // iban / card
  ['linkedin', 'fr', 'iban', 'Cagnotte de Noël : be71 0961 2345 6769, merci !'],
  ['x', 'en', 'iban', 'Send your contribution to IT60X0542811101000000123456 before Friday.'],
  ['linkedin', 'en', 'card', 'Use the team card 5555 5555 5555 4444 exp 12/27 for the conference tickets.'],
  ['x', 'fr', '', 'Référence de commande : 4000 1234 5678 9010, livraison jeudi.'],
]);
