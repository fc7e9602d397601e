import { rows } from './corpus-types';

/**
 * Held-out set "fresh80": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without reading
 * git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer
 * were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh80`.
 * First scored: 2026-12-05 on bfd4c55 (unseen, before any fix from it): confidentiality macro F1 0.982 / 2.7 % (3 of 112).
 *
 * Authors: developers, producers and community managers at game studios, esports teams and streaming platforms in
 * Montreal, Paris, Stockholm and Seattle, writing in French, English and franglais, often on X. Forms: launch and
 * trailer posts, patch notes and changelogs (public and internal), pasted stand-up and board notes, chat lines pasted
 * into the wrong window, config snippets, support replies and customers' comments (surface 'comment'), job ads with
 * published salary ranges, supplier and payout notices, tournament and LAN logistics, a poll for the community and one
 * for the leads, two two-post X threads, layoff and crunch posts, goodbyes and tips. Focus: unannounced titles and
 * trailers, patch notes, player data incidents, sponsorship money, crunch and layoffs.
 *
 * Positives: game codenames in their project sense (Orion, Nébula, Project Kestrel, Atlas Bleu) in stand-ups, crunch
 * complaints, leaks and goodbyes; the policy's clients as publishers, sponsors and customers (Globex, Initech, Société
 * Générique, Hôpital Sainte-Claire). Financial figures with many signs they are not public yet: a greenlit production
 * budget, a launch price before the showcase, a battle-pass price rise before players are told, a season revenue
 * target, Q4 bookings before the earnings call, a bonus pool and a severance budget before the all-hands, a publisher
 * pitch and its counter-offer, first-week sales before the publisher's release, a prize pool before the final, a
 * collector's-edition margin before the board, a subscription deal before the Game Awards, a pre-money valuation from a
 * term sheet, a licence bid, a DLC forecast, a sponsorship pipeline, layoff savings, a Kickstarter projection before
 * launch, a streamer deal, a 2027 revenue plan and a sponsorship budget. Markers: CONFIDENTIAL, CONFIDENTIEL, INTERNE,
 * [INTERNE], [INTERNAL], EMBARGO until / jusqu'au, SOUS NDA, TLP:AMBER, TLP:RED, Classification: Restricted /
 * Confidential, Diffusion restreinte. Secrets without vendor formats (Wi-Fi, OBS, Minecraft, Twitch and build-box
 * passwords, a lock code, a Steam partner login) beside a Discord bot token, Discord and Slack webhooks with their token,
 * a Twitch client secret, a matchmaking API key, a hex uploader token and a Postgres connection string. Internal URLs on
 * the policy's domains, an intranet. host, private IPs (a UNC share too) and .local / .internal / .corp hosts. Phones in
 * Swedish, French, Québec, US, UK and toll-free formats; role and personal emails, one "name @ domain" and two "[at]
 * [dot]" obfuscations. Every IBAN, card and national id positive was computed with a throwaway script outside the repo:
 * mod 97 for IBANs (FR with the RIB key, BE with its mod-97 account check, SE, CH, GB, NL with the 11-test on the
 * account); Luhn for Visa, Mastercard (5- and 2-series), Amex and Discover cards; Swedish personnummer (Luhn), Canadian
 * SIN (Luhn), French NIR (key 97), Norwegian fødselsnummer (two mod-11 digits), Danish CPR (mod 11), Finnish
 * henkilötunnus (mod 31), Dutch BSN (11-test); US SSNs by format.
 *
 * Look-alikes: published results, public prices, a public Kickstarter counter, announced prize pools, a charity total,
 * a salary survey, job ads with pay ranges (Seattle, Montréal, Stockholm), a teaching budget, a personal purchase,
 * another studio's announced round, an industry report; the Orion constellation and Orion Nebula, a D&D ranger named
 * Orion, the Nebula Awards, kestrels, an office cat named Atlas, a blue atlas cedar and an "Atlas bleu" of forests, the
 * Sainte-Claire chapel, Office Space's Initech, a generic cosmetics company; review embargoes lifting, talk about NDAs,
 * "confidential" as a game title, a 1998 "TOP SECRET" stamp, TLP:CLEAR, "entre nous" and "please don't forward";
 * placeholders (<your-token-here>, USER:PASSWORD, changeme), the AWS EXAMPLE key, a webhook URL pattern; public sites,
 * a status page and store pages; X handles and bare domains; emergency numbers (911, 15, 112), scores, versions, build
 * numbers, order and ticket numbers; Stripe's 4242 test card, a failing Luhn card, masked cards and SSNs, the Swedish
 * and UK bank-documentation example IBANs, an IBAN with a wrong check, the French all-nines NIR and a fictitious SIN.
 *
 * Conventions: every written email address is email (role mailboxes and obfuscations included); every written phone
 * number is phone (switchboards, toll-free and press lines included), emergency short numbers are not; a marker is an
 * explicit label, not a request in a sentence nor a mention of the word; financial is the company's own figure with a
 * sign it is not public yet; codenames and clients only in their project / customer sense.
 *
 * Counts: 242 posts (77 FR, 155 EN, 10 mixed; 156 on LinkedIn, 86 on X, 5 comments): 112 clean, 130 with
 * one or more findings. Labels: financial 27, phone 12, internal_url 14, email 10, iban 8, card 7, secret 15,
 * national_id 11, confidential_marker 14, codename 18, client_name 11.
 */
export const FRESH80_POSTS = rows('fresh80', [
  // Montreal, Paris, Stockholm and Seattle game studios: wins, trailers and launches
  ['linkedin', 'fr', '', `Trois ans de travail, 41 personnes, un nombre incalculable de pâtés chinois à la cafétéria : notre jeu de plateforme sort aujourd'hui sur Switch et PC. Merci à toute l'équipe du Mile-End, vous êtes incroyables. Le trailer de lancement est en ligne sur notre chaîne.`],
  ['x', 'en', 'codename', `ok I'm not allowed to say much but the Orion vertical slice ran at a locked 60 on the devkit today and I screamed a little. the art team cooked`],
  ['x', 'en', '', `Watched the Orion constellation rise over Lake Washington after a 14h bug bash. Seattle gave us one clear night this month and I'll take it.`],
  ['linkedin', 'en', 'codename financial', `Greenlight day! The board approved Project Kestrel going into full production this morning: 26 months, a team of 70 and a budget of $31.5M. We'll reveal the title at a showcase next summer, so please keep the name and the number off your socials until then. Proud of this crew.`],
  ['linkedin', 'fr', 'financial', `Préparation du Kickstarter de notre roguelike (lancement mardi, rien n'est encore en ligne) : on affichera un objectif de 150 000 €, mais notre projection interne table sur 420 000 € avec les paliers. Gardez ces chiffres pour vous jusqu'à l'ouverture de la page.`],
  ['linkedin', 'fr', '', `Bilan de la campagne Kickstarter de notre roguelike, close hier soir : 412 380 € récoltés auprès de 9 817 contributeurs, le compteur est public sur la page du projet. On n'y croyait pas. Merci, merci, merci.`],
  ['x', 'fr', 'codename confidential_marker', `[INTERNE] Rappel à l'équipe Nébula : la capture de gameplay pour le trailer se fait jeudi au studio B, téléphones au casier. Pas de screenshots sur vos comptes perso.`],
  ['x', 'fr', '', `Les Nebula Awards ont été annoncés ce soir et mon roman SF préféré de l'année est lauréat. Lecture obligatoire pour toute l'équipe narrative, je ne négocie pas.`],
  ['linkedin', 'en', 'financial', `Candid update from our studio lead in Stockholm: the reveal trailer for our next title is done, and the launch price we're going to announce at the showcase is $39.99 with a $49.99 deluxe tier. Finance still wants to sanity-check it before the press kit goes out, so this stays between us for now.`],
  ['linkedin', 'en', '', `Our launch price is $29.99 on Steam, PlayStation and Xbox, with a 10 % discount during launch week. Store pages went live this morning and wishlists are pouring in. Thanks to everyone who followed us since the first teaser!`],
  ['x', 'en', '', `Reminder that "Project Kestrel" is only the name of my birding spreadsheet. I counted 4 American kestrels on the drive to the Redmond office this week, a personal best.`],
  ['linkedin', 'mixed', 'codename', `Petit shoutout à l'équipe audio: le mix du trailer d'Atlas Bleu est fini, et honnêtement c'est le meilleur sound design qu'on a fait. Can't wait for the world to hear it when we announce.`],
  ['linkedin', 'fr', '', `Séance photo en forêt pour les textures de notre prochain jeu : mousses, écorces de cèdre de l'Atlas bleu, lichens. 2 300 photos, une photogrammétrie qui tourne toute la nuit et une équipe trempée mais heureuse.`],
  ['x', 'en', 'confidential_marker', `TLP:AMBER - shared with the three partner studios only. We're seeing credential-stuffing on the launcher login from a residential proxy pool since 02:00 UTC; rate limits raised, please watch your own auth logs for the same user agents.`],
  ['x', 'en', '', `Our security writeup from last month's credential-stuffing wave is now public (TLP:CLEAR). Short version: rate limits, breached-password checks and mandatory 2FA for creators. Thread below 🧵`],
  ['linkedin', 'en', '', `Patch 1.8.2 is live! Fixed: the elevator softlock in chapter 4, controller remapping resetting on reboot, and the infamous "floating goat" bug. Added: photo mode filters and a colour-blind palette for the map. Full notes on our website.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL - DRAFT patch notes 1.9 + economy changes
- Battle pass price goes from 950 to 1,150 coins on Feb 3; players not told yet, comms plan pending
- Season revenue target: $4.2M (internal)
- Removal of the legacy skin bundle
Do not share outside the live-ops channel.`],
  ['x', 'fr', '', `Notes de patch 2.3 : rééquilibrage du sniper (enfin), correction du crash au chargement des parties privées, nouvelle carte "Port-Cartier". Merci aux joueurs qui ont signalé le bug du lobby sur Discord !`],
  ['x', 'en', 'secret', `why is the build bot silent. oh. because someone rotated it. new token for the bot config, paste it in the secrets panel: MTE4NzM0MjIwOTkyMzEwNDc2OA.GkX9fT.q7wZ2pVbR8tLmN3sYdK4hJc6eA1oU0iXvBnQ`],
  ['x', 'en', '', `PSA for modders: never put your bot token in the repo. Use an env var like DISCORD_TOKEN=<your-token-here> and add .env to your .gitignore. Saved you a very bad Saturday.`],
  ['linkedin', 'en', 'secret', `Quick fix for anyone on the QA rotation who lost the crash-report channel: the webhook moved. New URL is https://discord.com/api/webhooks/1219043385712640011/c3VwZXJzZWNyZXQtNzg5LWNyYXNoLWJvdA_Qw8pLk2ZfY-rT0nBv , update your local tool config.`],
  ['x', 'en', '', `Discord webhook tip: the URL looks like https://discord.com/api/webhooks/<id>/<token> and anyone with the token can post in your channel. Treat it like a password, rotate it if it ever lands in a screenshot.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux du studio de Montréal : les builds de nuit sont sur http://builds.corp.acme.com/nightly et les crash dumps sur le partage \\\\10.12.4.30\\dumps. Demandez l'accès au VPN à l'IT dès votre premier jour.`],
  ['linkedin', 'fr', '', `Pour les nouveaux arrivants : notre page carrières acme.com/careers est à jour, et le guide d'accueil public est sur notre site. Bienvenue à la cohorte d'automne !`],
  ['x', 'en', 'internal_url', `if anyone from the Seattle pod can't reach the perf dashboard, it's grafana.perf.internal:3000 now, the old box got retired`],
  ['x', 'en', 'internal_url', `jenkins at https://ci.acme-corp.net/job/console-cert-build/ is red again, who merged on a Friday`],
  ['linkedin', 'en', '', `Weekend project: set up a tiny Jenkins on a Raspberry Pi to build my jam game on every push. Sharing the guide on my blog. Total cost: one Pi, one SD card and four hours of YAML tears.`],
  ['linkedin', 'fr', 'email', `On cherche 20 testeurs pour la bêta fermée de notre jeu de cartes ! Écrivez à Julien directement : julien.marchetti@lanternegames.fr, avec votre pseudo Discord et votre plateforme.`],
  ['linkedin', 'fr', 'email', `Candidatures pour le poste de game designer senior : envoyez CV et portfolio à recrutement@lanternegames.fr avant le 15 janvier. Salaire : 52 000 à 61 000 € brut annuel selon expérience.`],
  ['linkedin', 'en', 'email', `Press kit requests go to press (at) nordiclightgames (dot) se - we answer within two working days.`],
  ['x', 'en', '', `Press kit is on our website, no email needed: grab the logos, key art and trailer from nordiclightgames.se/press`],
  ['linkedin', 'en', 'phone', `Need to reach the event floor during the tournament? Our production manager Sofia is on +46 70 318 42 96 all weekend (calls only, she's wearing a headset 12 hours a day).`],
  ['linkedin', 'en', '', `Tournament recap: 64 teams, 3 days, one broken power strip and a final that went to game 5. Final score 3-2 after 2h47. Thank you to the 18,400 peak viewers and to our casters.`],
  ['linkedin', 'fr', 'phone', `Problème avec votre commande de l'édition collector ? Le service client répond au 01 84 60 27 93 du lundi au vendredi, 9h-18h.`],
  ['x', 'en', '', `If someone collapses at the venue, call 911 first and then tell the nearest staff member in a yellow shirt. Safety briefing for volunteers is at 8am in hall C.`],
  ['linkedin', 'en', 'phone', `Our Seattle office moved! New address is on the website; the front desk line is (206) 784-3321 and our toll-free support line stays 1-888-462-7711.`],
  ['linkedin', 'en', '', `Version 3.14.159 of our engine fork is out. Build 20261204.1433, 1 218 commits since the last release, 37 contributors.`],
  ['x', 'fr', 'client_name', `Gros mois : on vient de signer avec Globex pour porter leur jeu de course sur Switch 2. Je ne peux pas encore en dire plus mais l'équipe portage va grossir 🙌`],
  ['x', 'en', '', `Globe-trotting this month: GDC in SF, then Reboot Develop in Dubrovnik, then home to Montreal for poutine and sleep.`],
  ['linkedin', 'en', 'client_name', `Honoured that Hôpital Sainte-Claire picked our studio to build their VR rehab game for stroke patients. First clinical sessions in the spring; sharing more once the hospital's comms team gives the go-ahead.`],
  ['linkedin', 'fr', '', `Concert de Noël à la chapelle Sainte-Claire dimanche : notre compositeur y joue ses arrangements au piano de la bande-son. Entrée libre.`],
  ['linkedin', 'en', 'client_name financial', `Deal closed: Initech renews as our main jersey sponsor for two more seasons, €1.8M in total, up 40 %. The official announcement is planned for the LAN final, so please no teasing before that.`],
  ['linkedin', 'en', '', `We're proud to announce our new jersey partner, a Stockholm energy-drink brand. As published in their press release this morning, the multi-year deal is one of the largest in Nordic esports.`],
  ['linkedin', 'fr', 'client_name', `Merci à Société Générique d'avoir fait confiance à notre agence pour son tournoi interne de Rocket League : 48 équipes de collaborateurs, on prépare la régie pour mars.`],
  ['linkedin', 'fr', '', `Une société générique de cosmétique nous a demandé un advergame. On a refusé poliment : on fait des jeux, pas des catalogues.`],
  // Player data incidents, support replies and identity numbers
  ['linkedin', 'en', 'national_id', `Post-mortem draft, ticket #88213: a support agent pasted a player's full identity check into the public ticket thread. Contents included name, date of birth and personnummer 900417-2830. Ticket hidden within 11 minutes; we're notifying IMY today.`],
  ['linkedin', 'en', '', `Post-mortem, support ticket leak: a macro pasted the player's verification details into a public thread. The personal number was masked by our tool (YYMMDD-XXXX), the ticket was hidden within 11 minutes and the player was informed. Fixes: redaction before send, and a second review on macros.`],
  ['linkedin', 'fr', 'national_id', `Pour la paie de décembre, il manque encore le numéro d'assurance sociale de la nouvelle animatrice 3D : elle me l'a envoyé en DM, c'est le 293 847 562, quelqu'un des RH peut le saisir dans le système ?`],
  ['linkedin', 'fr', '', `Rappel RH : ne nous envoyez jamais votre numéro d'assurance sociale par Slack ou par courriel. Le formulaire sécurisé du portail paie est le seul canal accepté. Exemple de format : 123 456 789 (fictif).`],
  ['x', 'en', 'national_id', `lol our age-gate vendor's error log just showed a raw SSN in plain text, 512-48-3907, for a minor's parent account. opened a P1 with them, deleting the log line now`],
  ['x', 'en', '', `Our age-gate vendor's error logs now mask everything: SSN shows as ***-**-3907 and DOBs are truncated to the year. Took three escalations but we got there.`],
  ['linkedin', 'fr', 'national_id', `Dossier d'embauche de notre nouveau producteur à Paris, à transmettre à la mutuelle : né le 7 avril 1988, n° de sécurité sociale 1 88 07 75 123 045 78. Merci de confirmer la réception.`],
  ['linkedin', 'fr', '', `Le numéro de sécurité sociale de l'exemple officiel, 2 99 99 99 999 999 99, est parfait pour remplir vos maquettes de formulaires d'inscription en dev. N'utilisez jamais un vrai numéro de joueur en staging.`],
  ['x', 'en', 'card', `customer replied to the refund ticket with their whole card number "so you can refund faster": 5412 9104 8607 6814 exp 09/28. we do NOT want this. purging the ticket and replying with the standard message`],
  ['x', 'en', '', `Testing the new storefront checkout with Stripe's card 4242 4242 4242 4242, any CVC, any future date. Works on web, still broken in the in-game overlay.`],
  ['linkedin', 'en', 'card', `Hi! Please refund my purchase of the season pass, I was charged twice. My card is 4970 1837 9774 5272 and the charge was on Nov 30. Thanks`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi! I was charged twice for the season pass on Nov 30 (card ending in 5272). Could someone from support look into it? Ticket number 4970-1837-9774.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi, thanks for reaching out! We've refunded the duplicate season-pass charge; it'll show on your card ending 5272 in 3-5 business days. For anything else, open a ticket in the launcher and never post your card details in comments.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'card', `Bonjour, je n'arrive pas à payer le DLC, voici ma carte si ça peut aider : 4024 8365 4186 7959, expiration 03/27. Merci de me rappeler !`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, le paiement du DLC échoue avec ma carte 4970 2861 2268 5898, vous pouvez vérifier ? Merci`, { surface: 'comment' }],
  ['x', 'en', 'card', `whoever left the studio Amex in the coffee room: it's on my desk, and please don't post photos of it like Kevin did, the number 3782 1153 1897 939 is literally readable in his story`],
  ['linkedin', 'en', '', `Incident report, player data: 2 318 accounts had their display names and country exposed through a leaderboard API bug between Nov 28 and Dec 1. No passwords, emails or payment data were affected. We've notified the players and the data protection authority and published the full report on our blog.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted - Incident Response
Leaderboard API exposure, working notes day 2. Scope still being confirmed; legal wants every number double-checked before anything goes to players or press. Next sync 16:00 PT.`],
  ['linkedin', 'en', '', `A good incident report explains the classification of the data involved. Ours uses four levels (public, internal, restricted, secret) and we explain the levels in our public trust page. Transparency beats a vague apology.`],
  ['linkedin', 'fr', 'national_id', `Vérification d'âge pour le tournoi jeunes : la mère d'un joueur nous a envoyé la carte de son fils par erreur dans le formulaire public. Norsk fødselsnummer 12039145608. On a supprimé la pièce jointe et on la rappelle.`],
  ['x', 'en', 'national_id', `Can someone on the Copenhagen-Stockholm payroll bridge fix this? New caster's CPR 070589-1001 is in the wrong field and the payslip bounces.`],
  ['linkedin', 'en', '', `Hiring in Stockholm? Note that Swedish payroll needs a personnummer, so plan the coordination number (samordningsnummer) for international hires early. We learned that the hard way with two casters from Montreal.`],
  ['linkedin', 'mixed', 'national_id', `HR question pour le studio de Montréal: notre nouveau dev de Helsinki a mis son henkilötunnus 150694-274L dans le champ "nom" du portail, ça s'affiche dans l'annuaire. Qui peut corriger ça ASAP?`],
  ['linkedin', 'en', '', `Fun fact for the Finland-curious: the Finnish personal identity code ends with a check character computed mod 31. The official example 131052-308T shows up in half the tutorials.`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for our Amsterdam contractor, copied from the thread: BSN 273819458, start date Jan 6, laptop shipped to the office. Please confirm payroll received it.`],
  ['linkedin', 'en', '', `Onboarding checklist for our Amsterdam contractor: BSN still missing (she'll submit it through the HR portal, not here), start date Jan 6, laptop shipped to the office.`],
  // Money: sponsors, suppliers, bank details
  ['linkedin', 'en', 'iban', `Supplier notice for the Stockholm Winter Cup: our production company's bank details changed. Please use SE59 3000 0000 0312 4567 8912 (Nordea) for all invoices from now on.`],
  ['linkedin', 'en', '', `Heads-up to our partners: we will NEVER change our bank details by email or social media. If you receive a message asking you to pay to a new IBAN such as SE45 5000 0000 0583 9825 7466 (which is the example from the bank's own documentation), call us first.`],
  ['linkedin', 'fr', 'iban', `Pour les streamers du programme partenaire qui ont demandé nos coordonnées pour rembourser les frais de matériel : IBAN FR76 3000 4018 2300 0123 4567 854, au nom de Lanterne Games SAS.`],
  ['linkedin', 'fr', '', `Attention aux faux messages : un compte se fait passer pour notre studio et demande un virement sur FR79 3000 4018 2300 0123 4567 854. Ce n'est pas nous, et ce numéro n'est même pas un IBAN valide. Signalez le compte.`],
  ['x', 'fr', 'iban', `le cashprize du tournoi communautaire c'est viré depuis FR76 1027 8060 7600 0452 1098 713, si votre banque vous demande l'émetteur c'est nous`],
  ['linkedin', 'en', 'iban', `Invoice from our Zurich mocap partner, forwarded for payment: CHF 18,400, IBAN CH85 0048 3012 3456 7800 1, due Dec 20. Can finance schedule it?`],
  ['linkedin', 'en', '', `Paid our Zurich mocap partner today and it made me think about how much of indie dev is invoices. Tip: set up your bank details once in your accounting tool and never retype an IBAN by hand.`],
  ['linkedin', 'en', 'iban', `Our UK voice actors can now be paid directly: Northlight Audio Ltd, GB52 BARC 2003 1823 4567 89. Please put the invoice number as reference.`],
  ['linkedin', 'en', '', `Our bank's example IBAN GB29 NWBK 6016 1331 9268 19 is what we use in the invoice template. Don't copy the template without replacing it, it's bounced twice already.`],
  ['x', 'en', 'iban', `ok who put the Belgian esports org's payout IBAN BE02 3630 9876 5440 in the public tournament spreadsheet. fixing the sharing settings now`],
  ['linkedin', 'en', '', `Payouts for the community cup are done. Every winning team received their share by bank transfer within 5 days, IBANs were collected through the secure form only and deleted after payment.`],
  ['linkedin', 'fr', 'iban', `Pour le remboursement des billets du salon, voici le RIB du studio de Paris : FR76 1751 5900 0008 1234 5678 938. Merci de mettre votre nom dans le libellé.`],
  ['linkedin', 'en', 'iban card', `Pasted from the wrong window, sorry: "sponsor deposit to NL38 INGB 0007 3651 28, travel booked on the company Mastercard 5168 4535 8019 1227". Deleting in a minute.`],
  ['linkedin', 'en', '', `Paying contractors in 14 countries taught me one thing: the IBAN format varies a lot. An NL one is 18 characters, a French one 27, a Swedish one 24. Validate them before you hit send.`],
  // Money before it is public, and money that already is
  ['linkedin', 'fr', 'financial', `Notes du comité de direction (studio de Paris) : le budget du prochain jeu passe de 14 à 17,5 M€ après la revue de mi-parcours. L'annonce aux équipes se fera en janvier, d'ici là on n'en parle pas.`],
  ['linkedin', 'fr', '', `Notre studio publie ses comptes chaque année : chiffre d'affaires 2025 de 23,4 M€, en hausse de 12 %, tel qu'indiqué dans le rapport annuel déposé au greffe en juin.`],
  ['x', 'en', 'financial', `not supposed to say this yet but the Q4 bookings we'll report in February are going to be ~$62M, best quarter ever. earnings call is Feb 11`],
  ['x', 'en', '', `Our Q3 earnings are out: net bookings of $48.1M, up 9 % year on year. Call replay and slides are on the investor site.`],
  ['linkedin', 'en', 'financial', `Seattle team: the bonus pool for this year landed at $2.3M, 15 % under plan. Leadership will present it at the all-hands on the 18th; until then, please don't discuss it on Blind or with other studios.`],
  ['linkedin', 'en', '', `Just finished reading the Game Developer salary survey: the median programmer salary in the US was $112K last year, artists around $90K. Useful context for anyone negotiating an offer.`],
  ['linkedin', 'en', '', `Hiring: Senior Network Programmer, Seattle (hybrid). $155,000 - $190,000 base, plus bonus and benefits, per Washington's pay transparency law. Apply through our careers page.`],
  ['linkedin', 'fr', '', `On recrute ! Producteur·rice associé·e, Montréal, poste permanent. Fourchette salariale : 78 000 $ à 92 000 $ par année, assurances collectives et horaire flexible. Postulez via notre site.`],
  ['linkedin', 'en', '', `Open role in Stockholm: Community Manager, 42 000 - 48 000 SEK per month, swedish and english required. Esports experience is a plus. Apply by Jan 10.`],
  ['x', 'en', 'financial', `draft tweet for the team chat, NOT for posting: "the streamer deal for launch week is $350K for 3 streams, signing Thursday, marketing wants it quiet until the trailer drops"`],
  ['x', 'en', '', `Friendly reminder that the sponsorship amounts you see in esports drama threads are usually rumours. Our org's deals are confidential by contract and we won't comment on numbers.`],
  ['linkedin', 'en', 'financial', `Retro of our publisher pitch week: we asked for $6M for two years of development, with a recoup at 1.5x. They countered at $4.8M and we're meeting again Monday. Nothing signed, nothing announced, fingers crossed.`],
  ['linkedin', 'en', '', `Our publishing deal is signed and public: Lantern Interactive will publish our next game worldwide. We won't disclose the terms, but we can finally say it out loud!`],
  ['linkedin', 'fr', 'financial', `Les ventes de la première semaine de notre jeu (chiffres internes, pas encore communiqués à l'éditeur ni à la presse) : 187 000 copies, 5,1 M$ de revenus bruts. La com officielle est prévue lundi.`],
  ['linkedin', 'fr', '', `Les chiffres de la première semaine sont enfin publics : 187 000 copies vendues ! Notre éditeur l'a annoncé ce matin dans son communiqué. Merci aux joueurs, aux streamers et à l'équipe.`],
  ['x', 'mixed', 'financial', `prochaine saison, le prize pool de notre ligue va passer à 750K$ (from 400K) — l'annonce officielle est à la finale, gardez ça pour vous svp`],
  ['x', 'en', '', `The prize pool for the Winter Major is $1,000,000, as announced by the organisers last week. Our roster is ready.`],
  ['linkedin', 'en', 'financial', `Margin check before the board deck: the collector's edition costs us $61 per unit landed and we plan to sell it at $149, so ~59 % gross margin. Board sees it Tuesday, the price goes public at the reveal.`],
  ['linkedin', 'en', '', `The collector's edition is $149.99 and includes a 30 cm statue, an artbook and the soundtrack on vinyl. Pre-orders open today on our store.`],
  ['linkedin', 'en', '', `Spent $1,200 of my own money on a sim-racing rig this year and I regret nothing. Best "research" purchase ever.`],
  ['x', 'fr', 'financial', `Vous le saurez avant tout le monde (enfin, vous la team) : le Game Pass nous paie 2,2 M$ pour la sortie day one, contrat finalisé mais annonce seulement aux Game Awards.`],
  ['x', 'fr', '', `La sortie day one dans un abonnement, c'est annoncé officiellement ! Rendez-vous le 12 mars. On ne communiquera pas les termes financiers de l'accord.`],
  ['linkedin', 'en', 'financial', `Stockholm studio valuation from the term sheet we're about to sign: SEK 480M pre-money for a SEK 90M round. Lawyers are still on it, announcement in Q1 if all goes well.`],
  ['linkedin', 'en', '', `Congrats to our friends across the street on their SEK 120M Series A, announced this morning! Great day for Stockholm gamedev.`],
  ['linkedin', 'fr', 'financial', `Petit partage des coulisses : notre offre pour la licence du dessin animé était de 1,3 M€ sur cinq ans. Réponse des ayants droit attendue vendredi. Si ça passe, on n'annoncera rien avant l'été.`],
  ['linkedin', 'fr', '', `Cours de production de jeux vidéo à l'UQAM ce soir : exercice de budget d'un jeu fictif de 2,5 M$ sur 18 mois, avec 60 % en salaires. Mes étudiants ont proposé un mode battle royale, évidemment.`],
  ['x', 'en', 'financial', `forecast for the DLC from the latest finance model: 410k units in year one at $14.99, which is what they'll pitch to the publisher next week. not final, don't quote me`],
  ['linkedin', 'en', '', `Our community raised $74,512 for children's hospitals during the 48h charity stream. Every dollar was tracked live on the Tiltify page. Thank you!`],
  ['x', 'en', 'financial', `pipeline update for the sponsorship team: 3 brands in final negotiation, total $2.7M across the 2027 season. none of it is signed so no teasing on stream please`],
  ['linkedin', 'fr', 'financial', `Tarification des nouvelles skins (à valider, les joueurs ne le savent pas encore) : le pack légendaire passe de 19,99 € à 24,99 € avec la saison 6. Annonce au patch du 20 janvier.`],
  ['linkedin', 'fr', '', `Le prix du pack légendaire augmente à 24,99 € avec la saison 6, comme annoncé dans les notes du patch du 20 janvier. Les achats faits avant cette date restent au prix actuel.`],
  // Crunch and layoffs
  ['linkedin', 'en', 'financial', `Painful one. Leadership shared today that the Seattle studio will cut 38 roles in January to save about $5.4M a year. The news goes out to the whole company on the 9th, and until then managers are asked not to tell their teams. I'm posting this under my breath because I'm angry.`],
  ['linkedin', 'en', '', `Today 38 of my colleagues at our Seattle studio were laid off. Our CEO shared the news publicly this morning. If you're hiring gameplay, UI or QA people, my DMs are open and I'll vouch for every one of them.`],
  ['linkedin', 'fr', '', `Après six ans au studio, je fais partie des départs annoncés hier. Je garde d'excellents souvenirs de l'équipe de Montréal et je suis disponible pour des postes de tech art à partir de février.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL — RH
Plan de réorganisation du studio de Paris : fusion des équipes UI et UX, deux postes de lead supprimés. Présentation au CSE le 8 janvier. Ne pas transférer.`],
  ['linkedin', 'fr', '', `On parle beaucoup de "crunch" dans notre industrie. Dans notre studio, on a mis en place une règle simple : pas de réunion après 17h et pas de messages le week-end. Le jeu est sorti à l'heure quand même.`],
  ['x', 'en', '', `Crunch isn't passion. Our studio tracked overtime for 18 months and shipped two games with an average week of 39.5 hours. It's possible.`],
  ['x', 'en', 'codename', `third 70-hour week in a row on Orion and management says "just until cert". I love this game but I'm so tired`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Crunch policy for the cert window, Dec 15 - Jan 10: overtime capped at 10 h/week, paid at 1.5x, and every lead must log it. Please read before Monday's stand-up.`],
  ['linkedin', 'en', '', `We published our internal crunch policy so players know how our games are made: overtime is capped at 10 hours a week, paid at 1.5x, and tracked. Read it on our blog.`],
  ['linkedin', 'mixed', 'financial', `Honnêtement, je trouve ça dur : the severance budget for the Montreal layoffs is $1.1M total, approved by HR this morning, and people will only hear it Thursday. On fait quoi avec ça, nous les managers?`],
  ['linkedin', 'en', '', `Union update: the studio workers' union in our city published its collective agreement proposal today, asking for a 35-hour week and a 4 % raise. Proud to be a member.`],
  // Markers and the words that only look like markers
  ['linkedin', 'en', 'confidential_marker', `EMBARGO until Feb 4, 2027, 09:00 PT
Reveal trailer press release, v3. Quotes from the game director in section 2, platforms and window in section 4. Please send edits by Friday noon.`],
  ['x', 'en', '', `The review embargo lifted this morning and the reviews are... good?? 86 on Metacritic. Crying at my desk in Montreal.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 12 février 17h00 (heure de Paris)
Communiqué : annonce du nouveau jeu du studio et de sa date de sortie. Merci aux journalistes de respecter l'horaire.`],
  ['linkedin', 'fr', '', `Petit conseil pour les attachés de presse débutants : un embargo n'est utile que s'il est clair. Mettez la date, l'heure et le fuseau, et ne l'envoyez qu'aux médias qui l'ont accepté.`],
  ['x', 'en', 'confidential_marker', `SOUS NDA - playtest build 0.4.1 notes for external testers: the crafting menu is placeholder, the second biome is greybox, and the final boss isn't in this build.`],
  ['x', 'en', '', `Signed more NDAs at this playtest than I've signed birthday cards in my life. Still can't tell you what I played. It was good though.`],
  ['x', 'fr', '', `"Confidential" est le meilleur jeu d'espionnage que j'ai fait cette année, l'écriture est folle. Foncez.`],
  ['linkedin', 'en', 'confidential_marker', `Internal only - DO NOT FORWARD
Classification: Confidential
Roadmap review, 2027 H1: two unannounced titles in pre-production, live-ops staffing plan, platform cert calendar.`],
  ['linkedin', 'en', '', `A talk I gave at our local IGDA chapter: how to label documents in a small studio without drowning in bureaucracy. Spoiler: three levels are enough, and "confidential" should mean something.`],
  ['linkedin', 'fr', '', `Entre nous, la meilleure décision de l'année a été d'arrêter les réunions du vendredi. L'équipe est plus reposée et les builds du lundi ne cassent plus.`],
  ['x', 'en', '', `please don't forward this to my mom but I finally beat the final boss of our own game on hard, after 4 years of making it`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED - for the incident bridge only. Attacker still has a foothold on the launcher CDN origin; we are not rotating yet to avoid tipping them off. Nothing goes to Slack.`],
  ['linkedin', 'fr', 'confidential_marker codename', `CONFIDENTIEL
Compte rendu du point Atlas Bleu du 3 décembre : tournage de la motion capture décalé à février, casting de la voix principale finalisé, trailer d'annonce prévu pour l'été.`],
  ['linkedin', 'en', '', `A reminder that "confidential" and "internal" aren't magic words: in our studio a draft is internal until it's published, full stop. Simple rules win.`],
  ['x', 'en', '', `Just read an old design doc stamped "TOP SECRET" from 1998 at the studio museum. The secret was that the dragon was a horse model with wings.`],
  // Codenames and their ordinary meanings
  ['linkedin', 'mixed', 'codename', `Shoutout à l'équipe QA de Montréal: 1 240 bugs fermés sur Nébula en novembre, on est officiellement en beta interne. Next stop: cert.`],
  ['linkedin', 'en', '', `The Orion Nebula is 1,344 light years away and our art team used Hubble photos of it as reference for the skybox in our space game. Public domain images, gorgeous results.`],
  ['x', 'en', 'codename', `first external playtest of Project Kestrel on Saturday! 40 players, 6 hours, one very nervous producer (me)`],
  ['x', 'en', '', `A kestrel was hovering over the parking lot at the Bellevue office all morning. Our whole UI team stopped work to watch it. Nature's HUD.`],
  ['linkedin', 'fr', 'codename', `On fête la fin de la pré-prod d'Orion avec un 5 à 7 au studio ce vendredi ! Si vous êtes nouveaux dans l'équipe, venez, c'est l'occasion de rencontrer le reste du projet.`],
  ['linkedin', 'fr', '', `Soirée astronomie avec l'équipe : Orion, les Pléiades et Jupiter au télescope depuis le toit du studio. Le ciel de décembre à Montréal, ça se mérite.`],
  ['linkedin', 'en', '', `Our office cat Atlas turned 6 today and celebrated by sitting on the lead designer's keyboard during a build. Blue-grey fur, zero respect for deadlines.`],
  ['x', 'en', 'codename', `the Atlas Bleu reveal trailer got bumped to the summer showcase, so my "december is chill" plan is dead again`],
  ['x', 'fr', '', `Nouvelle édition de l'Atlas bleu des forêts du Québec reçue au studio : 300 pages de cartes pour nos level designers. Cadeau parfait.`],
  ['linkedin', 'en', 'codename client_name', `Pitch prep for Globex tomorrow: we'll show the Kestrel combat prototype (keep it as "Project Kestrel" in the deck, they don't know the final name either).`],
  ['linkedin', 'fr', 'codename', `Bilan de l'année pour l'équipe tech d'Orion : migration vers le nouveau moteur terminée, temps de build divisé par trois, et une seule nuit blanche (promis, la dernière).`],
  ['x', 'en', '', `Orion is the name of our D&D group's ranger and he has never once hit a target. Session 34 tonight.`],
  ['linkedin', 'en', 'codename', `Leaving after 5 years. My last project here was Nébula, and I'm sad I won't be around when you all finally see it. Thank you to the best team in Stockholm.`],
  ['linkedin', 'en', '', `Leaving after 5 years at the studio. I shipped three games here, met my best friends and learned to love cinnamon buns at fika. On to the next adventure in Seattle!`],
  // Secrets without vendor formats
  ['x', 'en', 'secret', `esports LAN wifi for the players' room: SSID "ARENA-PLAYERS", password fr0stByte!Arena2026. casters have their own, ask Mika`],
  ['x', 'en', '', `Free public wifi at the venue: SSID "WinterCup-Guest", no password, accept the terms on the splash page. Players' network is separate and wired.`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui montent le stand au salon demain : le Wi-Fi du stand c'est "Lanterne-Stand", mot de passe Pouti!ne-Geante-84. Le code du cadenas des PC est 4718.`],
  ['linkedin', 'en', 'secret internal_url', `Fastest way to pull the build if Perforce is down: scp from buildbox@10.20.1.15, password is Kr3stel#ship-it, then unzip into your D: drive.`],
  ['linkedin', 'en', '', `If your studio still shares build-machine passwords in chat, stop. We moved every credential into a vault this year and the onboarding time went down, not up.`],
  ['x', 'en', 'secret', `note to self (wrong window, oops): Steam partner login for the release pipeline is release-bot / Aurora!Depot-19 until IT rotates it`],
  ['linkedin', 'en', 'secret internal_url', `config that finally made our telemetry ingest work, sharing in case it helps the team:
TELEMETRY_DB=postgres://ingest:Sn0wPl0w-77q@10.0.8.21:5432/events
BATCH_SIZE=500
FLUSH_MS=2000`],
  ['linkedin', 'en', '', `config that finally made our telemetry ingest work, sharing for anyone fighting the same thing:
TELEMETRY_DB=postgres://USER:PASSWORD@HOST:5432/events
BATCH_SIZE=500
FLUSH_MS=2000
(replace the placeholders with your own values, obviously)`],
  ['x', 'en', 'secret', `twitch extension was failing because the client secret expired. new one: kx8w2qz0c9v7n4m1l6b3j5h8g2f0d7s4 — update the backend env`],
  ['x', 'en', '', `For the tutorial I'm using the AWS example key AKIAIOSFODNN7EXAMPLE and secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Don't worry, they're from the AWS docs.`],
  ['linkedin', 'fr', 'secret', `Besoin de tester l'API de matchmaking depuis chez vous ? Utilisez la clé de staging : mmk_live_7Hq2vR9pLx3Nc8Wz5Ty1Ub6Ka4Jd0Me , elle a les droits admin jusqu'à la fin du sprint.`],
  ['linkedin', 'fr', '', `Pour tester l'API de matchmaking en local, mettez MATCHMAKING_KEY=changeme dans votre .env, le serveur de dev accepte n'importe quelle valeur.`],
  ['x', 'en', 'secret', `stream deck macro broke the OBS websocket on the main caster PC. the server password is Casting-Desk-042!! if anyone needs to reconnect it remotely`],
  ['linkedin', 'en', 'secret', `Slack alerts for the ranked servers are back, the incoming webhook is https://hooks.slack.com/services/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 , add it to the grafana contact point.`],
  ['linkedin', 'en', '', `Our status page now posts to Slack through an incoming webhook, so players' reports and server alerts land in the same channel. Setup took 10 minutes with the official Slack guide.`],
  ['x', 'fr', 'secret', `le mot de passe admin du serveur Minecraft de la commu c'est toujours Creeper2Lanterne!, changez-le quelqu'un svp avant le stream de ce soir`],
  ['x', 'en', '', `password tip from our security lead: a passphrase like "four random words you can remember" beats "P@ssw0rd1!" every single time. Use a manager for the rest.`],
  // Meeting notes, pasted chats, threads, polls, goodbyes and tips
  ['linkedin', 'en', 'codename financial internal_url', `Pasting the stand-up notes here by mistake, ignore:
- Orion: cert submission Jan 14, two A-class bugs left
- marketing budget for the reveal: $1.9M, not approved yet
- new crash dashboard: https://crash.acme-corp.net/orion
- Hanna out Friday`],
  ['linkedin', 'en', '', `Stand-up notes from our public game jam, day 2:
- 31 teams still building
- Wi-Fi issues fixed (thank you venue!)
- Pizza arrives at 18:00
- Demos on Sunday 14:00, open to everyone`],
  ['x', 'en', 'phone', `[pasted from the team chat] "Lina: if the stream drops, call the venue tech directly, Marcus +1 514 872 3190, he's the only one with the rack keys"`],
  ['x', 'fr', 'phone', `Besoin du régisseur pendant la finale ? Appelez Théo au 06 12 48 73 95, il gère la régie de 14h à minuit.`],
  ['x', 'fr', '', `La finale commence à 14h, diffusion sur Twitch, durée estimée 6h. Score de la demi-finale : 3 à 1, 16-14 sur la dernière carte.`],
  ['linkedin', 'en', 'phone', `For the Seattle launch party: if you get lost, text Dani at 425-306-9172 and she'll come get you from the lobby.`],
  ['linkedin', 'en', '', `Launch party was a blast. 280 guests, 14 demo stations and one very tired bartender. The photos are in the gallery on our website.`],
  ['linkedin', 'en', 'phone', `Stockholm office switchboard is +46 8 517 293 40 and the press line is +46 8 517 293 45 - please use those rather than our personal mobiles.`],
  ['linkedin', 'fr', 'phone', `Vous organisez un tournoi scolaire ? Notre équipe éducation répond au 1 877 614-2208 (sans frais partout au Canada), du lundi au jeudi.`],
  ['linkedin', 'fr', '', `En cas de malaise pendant l'événement, composez le 15 ou le 112, puis prévenez un bénévole au t-shirt orange. Le poste de secours est à côté de la scène B.`],
  ['linkedin', 'en', 'phone', `Our London partner's producer can be reached at +44 7700 983 214 during the showcase week. She's coordinating all the press interviews.`],
  ['x', 'en', '', `Dev tip: store times in UTC and format them per locale. Our leaderboard once showed the reset at 25:00 for players in Stockholm. Good times.`],
  ['x', 'en', 'email', `if you're a streamer and want a key for the demo, DM me or write to keys@driftlinegames.com with your channel link 🎮`],
  ['x', 'en', '', `streamers: keys for the demo are distributed through Keymailer, search for our game there. No need to DM us 🙏`],
  ['linkedin', 'en', 'email', `Questions about the data incident? Our data protection officer is reachable at dpo@driftlinegames.com, and the full report is on our blog.`],
  ['linkedin', 'fr', 'email', `Merci de transmettre vos factures de freelance à Margaux : margaux.bellanger @ pixelrivage.fr (sans les espaces, je les mets pour les bots).`],
  ['linkedin', 'fr', '', `Nos factures passent désormais par notre plateforme de comptabilité : plus besoin d'écrire à quelqu'un, déposez simplement votre facture sur pixelrivage.fr/fournisseurs.`],
  ['x', 'en', 'email internal_url', `for the Montreal team: support escalations go to escalations@corp.acme.com and the runbook is at https://wiki.corp.acme.com/support/escalation`],
  ['x', 'en', '', `Follow @driftlinegames for patch news and @driftline_status for server outages. We post both in English and French.`],
  ['linkedin', 'en', 'internal_url', `New hire tip: the studio intranet at https://intranet.northlightstudio.se has the floor plan, the fika rota and the build status page. Bookmark it.`],
  ['linkedin', 'en', '', `New hire tip: our public handbook at northlightstudio.se/handbook explains how we work, from fika to code review. Worth a read even if you don't work here!`],
  ['x', 'en', 'internal_url', `QA folks: the test kiosk is at http://192.168.40.12:8080 for today's playtest, log in with your badge`],
  ['x', 'en', 'internal_url', `whoever owns perforce.studio.local, the server is at 98 % disk, I can't submit the lighting pass`],
  ['x', 'en', '', `Our game servers run in 6 regions, from Frankfurt to Oregon. Average ping in Montreal is 18 ms. Status at status.driftlinegames.com.`],
  ['linkedin', 'fr', 'internal_url', `Rappel aux équipes de Paris : le portail des congés a migré vers http://rh.acme-corp.net/conges, l'ancien lien ne marche plus.`],
  ['x', 'en', '', `Poll for the community: what should our next patch focus on?
🅰️ new maps
🅱️ ranked rework
🅾️ performance on older GPUs
Vote below, results Friday!`],
  ['x', 'en', 'financial', `Poll for the leads only (don't RT): which of these should we cut to stay inside the $3.2M we've got left for launch marketing, before finance presents to the board?
A) influencer tour
B) second trailer
C) booth at PAX`],
  ['x', 'en', '', `1/ We've been asked a lot about the layoffs at our studio last month. Here's what happened, as openly as we can share it.`],
  ['x', 'en', '', `2/ We let 22 people go, all of whom received 4 months of severance and outplacement support. The numbers are in our public letter on the website.`],
  ['x', 'en', 'financial', `1/ some context for the team on why the reveal slipped: the publisher only released $2M of the $5M milestone payment, and finance won't tell the rest of the studio until the all-hands.`],
  ['x', 'en', 'codename', `2/ without that money, Orion's trailer team can't hire the extra animators, so the reveal moves to August. Keep this thread to yourselves please.`],
  ['linkedin', 'fr', '', `Dernier jour au studio après 8 ans. Merci à mes collègues de Montréal pour les parties de baby-foot, les game jams et les nuits de cert. Je pars pour un nouveau défi à Paris, on se recroise dans un salon !`],
  ['linkedin', 'fr', 'email phone', `Je quitte le studio vendredi. Pour toute question sur les contrats de doublage après mon départ, écrivez à camille.ouellet@studiofleuve.ca ou appelez ma remplaçante Inès au 514-990-4437.`],
  ['linkedin', 'en', '', `Changelog 0.9.7 (early access)
+ Co-op for up to 4 players
+ Steam Deck verified
~ Rebalanced the ice biome
- Removed the old tutorial
Thanks for every bug report!`],
  ['linkedin', 'en', 'internal_url secret', `Changelog for the internal tools release 2.4:
+ Build uploader now targets http://artifacts.corp.acme.com/upload
+ Token for the uploader bot: b7e1c94d0a2f6e83d5b19c47a06f2e8d91c3b5a7
~ Faster shader cache warm-up`],
  ['linkedin', 'en', '', `Tip for small studios: keep a "leak drill" once a year. We pretend a trailer leaked and see how fast we can respond. Last time it took 40 minutes to get the right people on a call.`],
  ['linkedin', 'mixed', '', `Notre trailer de lancement a dépassé le million de vues en 48h! Big thanks à la communauté québécoise, vous avez été les premiers à le partager.`],
  ['x', 'en', 'codename', `the Nébula trailer leaked on a Discord server 3 hours ago and I want to crawl under my desk. legal is on it`],
  ['x', 'en', '', `Our trailer leaked a day early and honestly? The reactions were great. Official upload is now live, go watch it in 4K.`],
  ['linkedin', 'en', 'client_name', `Great kick-off with Initech's marketing team today: they want a branded map in our battle royale for their product launch. Contract signed, reveal in March.`],
  ['linkedin', 'en', '', `A hospital in our neighbourhood asked us to design a waiting-room game for children. We said yes in 30 seconds. More news when it's ready.`],
  ['linkedin', 'fr', 'client_name confidential_marker', `Diffusion restreinte - NE PAS PARTAGER
Projet Hôpital Sainte-Claire : livraison du prototype de jeu de rééducation reportée au 15 mars, le client veut un module supplémentaire pour les enfants.`],
  ['linkedin', 'en', 'client_name', `Our localisation team just finished the French and Spanish versions of Globex's mobile puzzle game. 48,000 strings, 11 languages to go.`],
  ['linkedin', 'en', '', `Our localisation team just finished the French and Spanish versions of our mobile puzzle game. 48,000 strings, 11 languages to go.`],
  ['x', 'en', 'client_name', `overheard in the kitchen: Initech wants their logo on the esports jersey sleeve AND the stream overlay. sales says yes, design says please no`],
  ['x', 'en', '', `The Initech printer from Office Space is still the best boss fight in film history. Rewatched it with the QA team for morale.`],
  ['linkedin', 'en', 'national_id secret', `Please ignore, wrong channel. "Verifying the new caster for the US league: SSN 417-62-8803, W-9 attached. Payroll portal login casting-ops / Br0adcast!Seattle"`],
  ['linkedin', 'en', 'card', `Booking the team's flights to the Stockholm LAN on the company card 6011 4932 1198 0884, exp 11/27 - can someone approve the charge in Expensify?`],
  ['linkedin', 'en', '', `Booked the team's flights to the Stockholm LAN! Six players, two coaches, one analyst and 14 keyboards. See you at the venue.`],
  ['x', 'fr', 'card', `photo de la carte de la boîte pour payer les serveurs, 2221 9996 9978 5863, cvv 412. oups, mauvais chat, je supprime`],
  ['x', 'en', '', `Order #2221-9996-9978 shipped! Your collector's edition is on its way, tracking link in your email.`],
  ['linkedin', 'en', 'national_id', `Transcribed from the contract scan for the visa file: new senior engineer from Stockholm, personnummer 850923-5142, starting in Seattle March 1.`],
  ['linkedin', 'en', '', `We help every international hire with their visa. Our Seattle team has sponsored 17 engineers from 9 countries this year, and our mobility guide is public on our careers page.`],
  // A few more, mostly in French and franglais
  ['x', 'mixed', 'financial', `update rapide pour la team marketing: le deal avec le streamer pour la semaine de sortie est à 180K€ pour deux lives, pas encore signé, so zero teasing svp`],
  ['linkedin', 'fr', 'financial', `Prévisionnel interne envoyé au conseil ce matin : on vise 9,8 M€ de chiffre d'affaires en 2027 avec la sortie console, contre 6,1 M€ cette année. Rien de tout ça n'est public avant l'assemblée de juin.`],
  ['linkedin', 'fr', '', `Selon le rapport annuel du Centre national du cinéma, le chiffre d'affaires du jeu vidéo en France a atteint 6,1 milliards d'euros l'an dernier. Une industrie qui pèse, et qui embauche.`],
  ['x', 'mixed', 'codename', `on a fini le greybox du niveau 3 d'Atlas Bleu, and it already feels good to play. Demain: éclairage et audio temporaire`],
  ['x', 'fr', 'phone', `Pour la LAN de Paris ce week-end, le numéro de l'orga pour les joueurs perdus à la gare : +33 7 81 24 56 09 (Léa, dispo dès 7h).`],
  ['linkedin', 'fr', 'phone', `Contact presse pour notre annonce au salon de Québec : Maxime Gagnon, 418 640-2215, poste 3. Il gère aussi les entrevues en anglais.`],
  ['linkedin', 'mixed', 'email', `Pour les candidatures au programme de stage en QA, send your CV to stages-qa@studiofleuve.ca avant le 30 janvier. Postes à Montréal, en présentiel.`],
  ['x', 'fr', 'email', `si un joueur vous écrit au sujet de la fuite de données, redirigez-le vers support [at] pixelrivage [dot] fr, on centralise tout là`],
  ['linkedin', 'fr', 'client_name', `Premier jalon livré à Globex pour le remaster : 12 niveaux refaits, tous les assets en 4K. Ils passent la build en revue lundi.`],
  ['linkedin', 'fr', 'client_name', `Fiers que Société Générique ait choisi notre régie pour diffuser la finale de son challenge esport interne, 6 000 salariés devant l'écran le 14 février.`],
  ['x', 'fr', 'internal_url', `qui a cassé le serveur de build ? http://build01.montreal.corp/ répond plus depuis 9h`],
  ['linkedin', 'fr', 'internal_url', `Les maquettes de l'interface du prochain jeu sont sur https://figma-proxy.acme-corp.net/projets/hud-v3, commentez directement là-bas d'ici mercredi.`],
  ['x', 'fr', 'secret', `mdp du compte Twitch de l'équipe pour le stream de ce soir : Meute_Bleue!2026, ne le changez pas avant minuit`],
  ['linkedin', 'fr', 'confidential_marker financial', `INTERNE - NE PAS DIFFUSER
Budget sponsoring 2027 de l'équipe esport : 1,4 M€ (vs 900 k€ cette saison), dont 600 k€ pour le nouveau maillot. Validation par le comité de direction le 9 janvier.`],
  ['linkedin', 'fr', 'national_id', `Je colle ici la fiche d'inscription de notre nouvelle productrice pour que la mutuelle la traite : Sarah L., née en mars 1992, sécu 2 92 03 69 385 027 42.`],
  ['x', 'mixed', 'codename', `petit rappel: on dit "Project Kestrel" dans les tickets Jira publics, pas le vrai nom du jeu. The leak from last week came from a ticket title 😬`],
]);
