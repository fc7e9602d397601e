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
