import { rows } from './corpus-types';

/**
 * Held-out set "fresh40": written 2026-12-04 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh40`.
 * First scored 2026-12-04 16:36 UTC on the rules of 7a8e87b (after the fixes from fresh35 to fresh39), before any fix from
 * it: confidentiality macro F1 0.938, 5.4 % of clean posts flagged (6 of 112); card 0.833, national_id 0.863 (recall
 * 0.759), codename 0.875, financial 0.885, confidential_marker 0.900, phone 0.964, the 5 others 1.000. On 6628170 (this
 * session's first rules): 0.934 / 5.4 %; on b1a418f: 0.921 / 5.4 %.
 *
 * Authors: employees writing mostly in English (about 70 %) and French (the rest, plus a few posts mixing both) at a
 * Bucharest IT outsourcer, a Sofia fintech, a Zagreb tourism platform, a Belgrade game studio, a Ljubljana pharma
 * distributor, a Bratislava car-parts plant, a Budapest logistics firm, an Athens shipping company, an Istanbul textile
 * exporter, a Vilnius laser maker, a Riga payments start-up, a Tallinn e-government contractor, a Helsinki HVAC firm, a
 * Reykjavik fish exporter, a Kyiv software house, a Cluj agritech, a Thessaloniki solar installer, a Split yacht
 * charter, a Novi Sad data-labelling firm and a Kraków BPO. Forms: team wins, pasted chat messages and HR / payroll /
 * onboarding records, post-mortems and runbook excerpts, config snippets, supplier bank-detail notices and phishing
 * warnings, customer replies (surface 'comment'), job ads with published salary ranges, changelogs, an X thread, a poll,
 * out-of-office notes, goodbyes, tips and trivia, board-pack and security-bulletin excerpts.
 *
 * Positives: financial figures with many signs of not being public yet (a renewal before countersignature, a Series B
 * valuation before signing, an embargoed raise, a commission rise before the hotels are told, a publishing advance
 * before the board, capex in a board pack, a quote / tender bid / quota bid before the envelopes open, a pipeline and
 * owners' forecast, a supplier discount before signature, a margin before the steering committee, a price letter and
 * price rises before customers hear, a charter fixture before it is reported, a ship order before the contract, a
 * revenue target before the staff day, a town-hall plan, a seed extension, a launch price before the trade show, a client
 * rate not shared with other accounts); phone numbers of all sixteen countries in national and international formats
 * (mobiles, landlines, switchboards, hotlines, a Polish toll-free 800 number); named and role mailboxes, "[at] [point]"
 * and "name @ domain" addresses; valid IBANs of RO, BG, HR, RS (with its mod-97 account check), SI, SK (weighted account
 * check), HU (both 9-7-3-1 checks), GR, TR, LT, EE, LV, FI (Luhn account), IS (with a kennitala inside), UA and PL (bank
 * sort-code check); Luhn-valid Visa, Mastercard (5- and 2-series), Amex, JCB and Turkish Troy cards; national ids with
 * their real keys: RO CNP (279146358279, mod 11), BG EGN (mod 11), HR OIB (ISO 7064 MOD 11,10), RS JMBG and SI EMŠO
 * (mod 11), SK rodné číslo (divisible by 11), HU TAJ (3-7 weights), GR AMKA (Luhn), TR T.C. Kimlik (both digits), LT
 * asmens kodas and EE isikukood (two-pass mod 11), LV personas kods (old format, 1101 rule), FI henkilötunnus (mod 31,
 * "-" and "A" centuries), IS kennitala (mod 11 with the century digit), UA RNOKPP (days since 1899 and mod 11) and PL
 * PESEL (including a 2000s month + 20); all computed with a throwaway script kept outside the repo. Secrets without
 * vendor formats (connection-string and Jenkins passwords, Wi-Fi passwords for installers and for charter guests, a
 * shared back-office password, a hex signing secret, a labelling-tool token, a JWT) beside Slack and Discord webhooks
 * with their token; internal URLs under .internal / .local / .corp hosts, an intranet. host, private IPs and the
 * policy's corp.acme.com; explicit markers CONFIDENTIAL, INTERNE, TLP:AMBER (twice), TLP:RED, [INTERNAL],
 * Classification: Restricted, EMBARGO jusqu'au… and SOUS NDA; the policy's code names (Orion, Nébula, Project Kestrel,
 * Atlas Bleu) and clients (Société Générique, Globex, Hôpital Sainte-Claire, Initech) in their project / customer sense.
 *
 * Look-alikes (clean): published annual and CSR reports, public season and city reports, other organisations' figures
 * (a central bank, shipowners' union, EU recovery funds, an industry association, a ministry's net-billing price),
 * public price lists and list prices, job-ad salary ranges, a personal flat purchase and a payroll correction, teaching
 * examples with made-up numbers; a wrong-checksum IBAN in a phishing warning and in a fake invoice, the documented
 * GB82 WEST and FR76 3000 6000 example IBANs, a masked card, the 4111 test card, a Luhn-failing shipment number, a
 * Luhn-valid IMEI; a failing T.C. number from a scam, the Finnish 131052-308T documentation example, partial CNP / EGN /
 * birth-number / isikukood trivia; IMO, MMSI, container, HS-code, part, batch, order, plate and company tax numbers;
 * 112 and 195 as emergency numbers, a toll-free number mentioned but not written; 8.8.8.8, a localhost placeholder
 * connection string, webhook and key placeholders (vp_sandbox_XXXX, <your signing secret>, <id>/<token>); bare public
 * domains; discussions of CONFIDENTIEL / INTERNE, a TLP workshop including TLP:CLEAR, a "Classification" line meaning the
 * energy class; Orion the constellation and Orion nebula, Orion Pharma, a skybox nebula and the Marvel Nebula, a
 * kestrel on the roof, the Kestrel web server, a cat named Atlas, a blue Atlas cedar, Initech from Office Space, Globex
 * Corporation from The Simpsons, a Sainte-Claire chapel and a team of Société Générale (the real bank).
 *
 * Conventions: as in the brief: every written email (role mailboxes and obfuscated forms included) is `email`; every
 * written phone number (switchboards, hotlines, toll-free) is `phone`, emergency short numbers are not; markers only when
 * explicit labels; `financial` only for the company's own not-yet-public figure; IBAN / card / national id only when
 * valid and not a specimen; a connection string's user:password is `secret`, its internal host `internal_url`.
 *
 * Counts: 247 posts (170 EN, 73 FR, 4 mixed; 212 LinkedIn, 35 X; 6 comments): 112 clean, 135 flagged (35 with more
 * than one category). Labels: financial 27, phone 29, national_id 29, email 19, iban 17, secret 12, internal_url 9,
 * confidential_marker 9, client_name 7, codename 7, card 6.
 */
export const FRESH40_POSTS = rows('fresh40', [
  // Bucharest IT outsourcer
  ['linkedin', 'en', '', "Proud moment: Lipscani Tech just passed 400 engineers across Bucharest and Iași. When I joined in 2019 we were 60 people on one floor of an old bank building on Calea Victoriei. Thanks to everyone who made the move to the new office painless, and to facilities for finally fixing the espresso machine on level 4."],
  ['linkedin', 'en', 'financial', "Small win to celebrate with the delivery team: the renewal with our Dutch insurance client is landing at €3.1M over three years, up from €2.2M. Legal hasn't countersigned yet, so the number stays off the client decks until they do, but I wanted to thank Radu, Ioana and the whole QA crew today."],
  ['x', 'en', '', "We're hiring 6 senior .NET devs in Bucharest (hybrid, 2 days in office). Gross salary RON 18,000–24,000/month, meal tickets, private medical, 25 days off. Apply via lipscanitech.ro/careers #hiring #dotnet"],
  ['linkedin', 'en', 'phone email client_name', "Ioana Dumitrescu 10:42\nCan someone cover the Initech standup tomorrow? I'm at the dentist until 11.\nIoana Dumitrescu 10:43\nIf it's urgent call me on 0745 112 903, otherwise ping ioana.dumitrescu@lipscanitech.ro and I'll catch up after lunch"],
  ['linkedin', 'en', 'internal_url secret', "Tip for juniors: never commit your appsettings. Case in point from a PR I reviewed this morning:\n\n\"ConnectionStrings\": {\n  \"Billing\": \"Server=10.20.4.15;Database=billing;User Id=svc_billing;Password=Tr4nsilv@nia_2026;\"\n}\n\nRotate it, revoke it, rewrite the history. Then buy your reviewer a coffee."],
  ['linkedin', 'fr', '', "Retour sur le meetup .NET de Bucarest d'hier soir : 120 personnes, trois talks sur la migration vers .NET 9 et une démo très réussie d'Orleans en production. Merci à l'Institut français de nous avoir prêté l'auditorium !"],
  ['linkedin', 'en', 'national_id iban', "Hi Andreea, for your payroll file we currently have: CNP 2870614126238, salary account RO98 BTRL 0158 0899 5660 0522, start date 3 February. Can you confirm both before Friday so we don't miss the first payroll run? Thanks, Corina (HR)"],
  ['x', 'en', '', "Romanian devs: a CNP is 13 digits and the last one is a checksum with the weights 2 7 9 1 4 6 3 5 8 2 7 9. Please stop validating it with a regex only. Tiny MIT-licensed lib in my bio."],
  ['linkedin', 'fr', 'financial', "Point d'équipe pour le centre de Iași : le budget 2027 validé hier soir par la direction est de 4,2 M€, dont 900 k€ pour les recrutements. La communication officielle aux managers est prévue lundi, d'ici là on ne relaie pas."],
  ['linkedin', 'fr', '', "Lipscani Tech publie aujourd'hui son rapport RSE 2025 : 38 % de femmes parmi les ingénieurs, 1 200 heures de mentorat bénévole et un chiffre d'affaires de 41 M€, en hausse de 12 %. Le rapport complet est sur notre site."],
  ['linkedin', 'fr', 'email', "Aux étudiants de la Polytechnique de Bucarest qui cherchent un stage de fin d'études en backend : écrivez-moi directement, andrei.ionescu [at] lipscanitech [point] ro. Je réponds à tout le monde, promis."],
  ['x', 'fr', '', "Ce matin : trois heures de réunion pour décider de la couleur du bouton « Valider ». Verdict : vert. Il était déjà vert."],
  ['linkedin', 'en', 'national_id', "Copying the visitor list for tomorrow's audit so reception has it: Mihai Stan, CNP 1910322405096, external auditor, arrives 09:30, needs a parking slot."],
  // Sofia fintech
  ['linkedin', 'en', 'financial', "Huge week at Vitosha Pay. The Series B term sheet values us at €140M pre-money, and we sign on the 18th. We'll announce properly once the ink is dry, but I couldn't wait to tell my network how proud I am of this team."],
  ['linkedin', 'en', '', "Vitosha Pay published its 2025 annual report today: revenue €38.4M (+41 %), first full year of positive EBITDA, 1.9 million active wallets. Full report on the investor relations page. Proud of this team."],
  ['x', 'en', 'secret', "lol just realised the staging alert hook is still in my clipboard history https://hooks.slack.com/services/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 who wants a bot that screams every time a payout fails"],
  ['linkedin', 'en', '', "Note for integrators of our API: the sandbox key shown in our docs (vp_sandbox_XXXXXXXXXXXXXXXX) is a placeholder. Generate your own under Settings → API keys, and never paste a live key into a support ticket, we will have to revoke it."],
  ['linkedin', 'fr', 'phone email', "Bonjour Madame Petrova, toutes nos excuses pour ce double prélèvement. Notre équipe litiges vous rappelle dans la journée ; vous pouvez aussi la joindre au +359 2 981 4470 ou écrire à litiges@vitoshapay.bg en rappelant votre numéro de transaction.", { surface: 'comment' }],
  ['linkedin', 'en', 'national_id phone', "Escalation from support, can someone from compliance pick this up: customer Georgi Ivanov, EGN 9104232508, mobile +359 88 742 1963, says his wallet was frozen after a top-up from a foreign card. KYC looks complete on our side."],
  ['x', 'en', '', "Bulgarian EGN trivia from today's bug: people born in the 2000s get 40 added to their birth month, so a March 2005 birthday starts with 0543. Our age check thought they were 120. Fixed."],
  ['linkedin', 'en', 'card', "Good example of velocity rules doing their job. Raw alert from this morning: “Card 4419 1790 7724 8846 declined 14x in 3 min, MCC 5816, same device fingerprint.” Card-testing attack stopped before a single approval."],
  ['linkedin', 'en', '', "Testing your checkout integration? In our sandbox use 4111 1111 1111 1111 with any future expiry and CVC 123. Real cards are rejected there by design."],
  ['linkedin', 'fr', 'confidential_marker financial', "EMBARGO jusqu'au 20 janvier, 9h00 CET\nVitosha Pay lève 35 M€ en série B pour accélérer en Roumanie et en Grèce. Le tour est mené par un fonds de Francfort avec la participation de nos investisseurs historiques."],
  ['linkedin', 'fr', '', "Débat passionnant au Sofia Fintech Forum sur l'usage des mentions « confidentiel » dans les e-mails : quand tout est marqué confidentiel, plus rien ne l'est vraiment. Belle intervention de notre DPO."],
  ['linkedin', 'en', 'iban', "Merchants: the settlement account for BGN payouts changes on 1 March. New details: Vitosha Pay AD, BG08 UNCR 7000 1587 0846 32. Your dashboard will show the same from that date."],
  // Zagreb tourism platform
  ['linkedin', 'en', '', "Summer 2026 in numbers, from our public season report: 1.2 million guest nights booked through Jadran Trips, most popular island Vis, surprise hit of the year inland Lika with its lakes and bear-watching tours."],
  ['linkedin', 'fr', 'financial', "Bravo à l'équipe partenariats : la grille 2027 pour les hôteliers est bouclée. La commission passe de 15 % à 17,5 % au 1er avril. Les hôtels ne seront prévenus qu'en janvier, donc on n'en parle pas à l'extérieur d'ici là."],
  ['x', 'en', 'phone', "Stuck at the Split ferry port with a cancelled catamaran? Our 24/7 guest line +385 21 555 018 is staffed all night this weekend. For medical emergencies dial 112 first."],
  ['linkedin', 'en', 'national_id iban', "New host onboarding, please check before we publish the listing:\nProperty: Apartmani Ružica, Makarska\nOwner: Marija Horvat, OIB 82078371980\nPayout IBAN: HR35 4692 1581 1144 6984 9\nCommission tier: standard"],
  ['linkedin', 'en', '', "Croatian hosts: your OIB is 11 digits and the last one is a check digit (ISO 7064, MOD 11,10). If our form rejects yours, look for a swapped pair of digits before you call support. Nine times out of ten that's it."],
  ['linkedin', 'en', 'codename', "Can't say much yet, but Orion is going to change how our guests plan island hopping. Six months of work by a team of nine, rolling out to partner agencies in March. Stay tuned 👀"],
  ['linkedin', 'en', '', "Dark-sky tourism is booming in Croatia. Last night at the Velebit observatory we watched Orion climb over the Kvarner gulf, and our winter stargazing tours sold out in two days."],
  ['linkedin', 'fr', 'phone', "Bonjour Claire, merci pour votre message ! Vous partez en Croatie cet été ? Notre conciergerie francophone est joignable au +385 1 4821 905 du lundi au samedi, de 8 h à 20 h. Elle parle aussi très bien de la burek.", { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', "Réservation groupe — fiche voyageur reçue de l'agence lyonnaise : M. Ivan Babić, OIB 13278770414, arrivée le 12 juillet à Dubrovnik, chambre accessible demandée. Merci de vérifier avec l'hôtel."],
  ['linkedin', 'fr', 'client_name', "Merci à la Société Générique de nous avoir confié l'organisation de son séminaire de 300 collaborateurs à Opatija en mai. Trois jours, deux bateaux affrétés et un dîner sur la plage de Preluk en préparation !"],
  ['linkedin', 'fr', '', "Fin du séminaire incentive d'une équipe de Société Générale à Zagreb : visite de la ville haute, atelier de cuisine dalmate et une soirée jazz mémorable. Merci pour votre confiance !"],
  // Belgrade game studio
  ['x', 'en', '', "Our roguelike just passed 100k wishlists on Steam 🎉 Demo goes live in Next Fest in February. Thank you Belgrade dev community, you carried us."],
  ['linkedin', 'en', 'financial', "Publishing deal update for the team, because Slack is down again: the advance on the table is $1.8M with a 70/30 split after recoup. The board decides Monday and nothing is signed, so treat this as between us."],
  ['linkedin', 'en', 'secret', "Post-mortem, build farm outage of 11 Nov. Root cause: an expired partner credential for the depot uploader. Temporary fix: the new one (user steam_build, password kG7#pLx2_Zemun99) is hardcoded in the Jenkins job until vault sync is back. Action item: move it back into the vault this week."],
  ['linkedin', 'en', 'internal_url', "Post-mortem, part 2: the crash dumps from the outage are in http://symbols.kalemegdan.internal/dumps/2026-11-11 if QA wants to dig. Symbol server config is unchanged."],
  ['x', 'en', '', "Gamedev thread 🧵 1/ The nebula in our skybox isn't a texture. It's three layers of curl noise and a cheap raymarch, and it costs 0.4 ms on a Steam Deck."],
  ['x', 'en', '', "2/ The trick: sample the noise at half resolution, upscale with a bilateral filter, and fake the scattering with a lookup toward the brightest star. Shader source goes up on our GitHub on Friday."],
  ['linkedin', 'en', 'email phone', "We're hiring a Senior Technical Artist in Belgrade. Net salary €3,200–4,100/month, relocation support, a very good burek place downstairs. Questions? Write to jobs@kalemegdan.games or call Milica on +381 64 218 7751."],
  ['linkedin', 'en', 'national_id', "From our accountant, re the new contract: “For Nikola I still need his JMBG. I only have 1203989712456 from the old freelance file, can you confirm it's current before I register him?”"],
  ['linkedin', 'fr', 'codename', "Le projet Nébula entre en alpha fermée la semaine prochaine : 40 testeurs, trois continents, un seul objectif, casser notre netcode avant les joueurs. Merci à toute l'équipe réseau."],
  ['x', 'fr', '', "Revu Les Gardiens de la Galaxie hier soir avec les enfants. Team Nebula, évidemment, elle a le meilleur arc du film."],
  ['linkedin', 'en', 'secret', "Our build bot now posts to Discord! If you want to copy the setup, here's the config:\nWEBHOOK=https://discord.com/api/webhooks/1184425730091327488/Vb7kQ2xLmR9tZpN4sW8yCfH3jD6gA1eUoP5iK0nTqBvX\nCHANNEL=builds"],
  ['linkedin', 'en', '', "Template for your own build bot: WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>. Fill both in from Server Settings → Integrations → Webhooks and keep the result out of your repo."],
  ['linkedin', 'en', 'iban phone', "Invoice details for the art outsourcing studios we work with:\nKalemegdan Games d.o.o., Belgrade\nRS35 1600 0003 3922 9593 86\nAccounts: +381 11 3287 640"],
  // Ljubljana pharma distributor
  ['linkedin', 'en', '', "Proud to share that Ljubljanica Pharma has renewed its GDP certification for the Brnik cold-chain hub: zero temperature excursions in 2025 across 41,000 shipments. Hats off to the warehouse and QA teams."],
  ['linkedin', 'en', 'confidential_marker financial', "CONFIDENTIAL — Board pack, Q4 meeting\nItem 3: proposed 2027 capex for the cold-chain expansion, €6.4M in total, of which €2.1M for the Maribor warehouse. For decision on 12 December."],
  ['linkedin', 'fr', '', "Formation qualité ce matin : on a revu la différence entre les mentions « CONFIDENTIEL » et « INTERNE » sur nos documents GDP. Basique, mais utile quand on reçoit 200 certificats d'analyse par semaine."],
  ['linkedin', 'en', 'phone email', "Pharmacies in the Štajerska region: from Monday your order desk changes. New number +386 2 620 41 90, orders by email to narocila.maribor@ljubljanicapharma.si. Cut-off for next-day delivery stays 15:00."],
  ['linkedin', 'en', 'national_id', "Employee record update (copied from the HR ticket):\nAna Kovač\nEMŠO 2107986501238\nNew address: Celovška cesta 112, Ljubljana\nEffective: 1 January"],
  ['linkedin', 'en', '', "Public recall notice, as published by the national agency: batches 2405117 and 2405118 of the 20 mg tablets. Pharmacies should quarantine stock; patients should not stop treatment without talking to their doctor."],
  ['linkedin', 'en', 'codename', "Nébula go-live checklist for the warehouse team: scanners updated, shelf labels reprinted, pick paths re-mapped. Cutover Saturday at 22:00, and the coffee is on me."],
  ['linkedin', 'fr', '', "Soirée d'équipe au planétarium de Ljubljana : la nébuleuse d'Orion projetée en 8K sur le dôme. Je recommande à tous les collègues de passage."],
  ['linkedin', 'fr', 'financial', "Bonne nouvelle pour l'équipe achats : le laboratoire a accepté une remise de 7,5 % sur nos volumes 2027, soit environ 380 000 € d'économies. Rien n'est signé, on garde ça pour nous jusqu'à la signature."],
  ['linkedin', 'fr', '', "Rappel pour nos stagiaires : le prix des médicaments remboursés en Slovénie est fixé par l'agence nationale et publié chaque mois. Notre marge de distribution, elle, est encadrée par décret."],
  ['linkedin', 'en', 'iban', "Pharmacies: please pay Q4 invoices only to SI56 0201 1454 5820 818. If you get an email asking you to use another account, call your account manager first."],
  ['x', 'en', '', "Glad to announce we now distribute Orion Pharma's generics portfolio in Slovenia and Croatia. Finnish quality, Slovenian logistics."],
  // Bratislava car-parts plant
  ['x', 'en', '', "The 500,000th brake caliper rolled off line 3 at our Bratislava plant this morning. Zero ppm customer complaints this quarter. Hats off to the night shift."],
  ['linkedin', 'en', 'financial', "Our quote for the 2028 EV platform brackets goes in on Friday: €14.20 per part at 1.1M parts a year. If we win, line 5 gets its second press. Fingers crossed, and please keep the price to yourselves until the OEM decides."],
  ['linkedin', 'en', '', "For our aftermarket partners: superseded part 1K0 615 301 AA is now replaced by 5Q0 615 301 H. The updated cross-reference list is in the partner portal as usual."],
  ['linkedin', 'en', 'national_id phone', "Night shift swap for next week:\nTuesday: Peter Horváth (r.č. 790304/3720) instead of Marek\nReachable on +421 905 318 442\nApproved by shift lead"],
  ['x', 'en', 'internal_url', "Is anyone else's MES dashboard down? http://mes.danubia.local:8080/line3 has been spinning for 20 minutes and the andon board is blank"],
  ['linkedin', 'en', '', "Reminder from plant IT: 8.8.8.8 is not our DNS. Please stop hardcoding it in the PLC gateway configs 🙃 DHCP exists for a reason."],
  ['linkedin', 'fr', '', "On recrute des techniciens de maintenance à Bratislava : salaire brut de 1 900 à 2 400 € par mois, primes de nuit, logement aidé la première année. Français ou anglais requis, slovaque bienvenu."],
  ['linkedin', 'fr', 'phone email', "Pour nos clients français : votre interlocutrice qualité est désormais Zuzana Kováčová. Vous pouvez la joindre au +421 2 5441 8720 ou par e-mail à zuzana.kovacova@danubia-autoparts.sk."],
  ['linkedin', 'fr', 'internal_url', "Rappel aux chefs d'équipe : les fiches de poste à jour sont maintenant sur http://intranet.danubia-autoparts.sk/qualite/fiches, l'ancien partage réseau sera coupé vendredi."],
  ['linkedin', 'en', 'iban', "Employee canteen payments: transfer to SK71 1100 0000 0055 7161 4527 and use your personnel number as the variable symbol, otherwise we can't match the payment."],
  ['linkedin', 'en', 'national_id', "HR form for Lucia's maternity leave, please forward to payroll: rodné číslo 885517/8596, expected date 3 March, return planned after 34 weeks."],
  ['x', 'en', '', "Slovak birth numbers add 50 to the month for women, so a number starting 8855 means someone born in May 1988. Learned it today debugging our HR import."],
  // Budapest logistics
  ['linkedin', 'en', '', "Lánchíd Logistics opened its third cross-dock in Győr today: 14 doors, 9,000 m², and the best canteen goulash in Western Transdanubia."],
  ['linkedin', 'en', 'financial', "Q1 pipeline review: €22M weighted, the biggest chunk being the Austrian retail tender. The forecast we present to the owners on Thursday is €9.7M closed by March. Let's make it real."],
  ['linkedin', 'en', 'phone', "Driver hotline for the Christmas peak: +36 30 415 2276, dispatcher on duty 24/7. Drivers, save it in your phones now, not at 3 am on the M1."],
  ['x', 'en', 'national_id', "new driver file ok? Bence Tóth, TAJ 651 512 716, licence C+E, ADR valid, starts 2 Jan"],
  ['linkedin', 'en', '', "Our Hungarian tax number is printed on every invoice: 24587310-2-41. When a supplier asks for it, it's fine to send, it's also on our website and in the company register."],
  ['linkedin', 'en', 'iban', "Supplier notice: from 1 December please pay Lánchíd Logistics invoices into our new OTP account, HU53 1177 3016 6428 7680 9019 2358. The old account closes on 31 January."],
  ['linkedin', 'en', '', "Phishing alert: fraudsters are sending our customers a fake “updated bank details” letter with the account HU53 1177 3016 6428 7680 9019 2385. That is not ours and the checksum doesn't even work. Always call your account manager before changing payee details."],
  ['linkedin', 'fr', '', "Lánchíd Logistics est fier de rejoindre le programme Lean & Green. Objectif public et audité : -20 % d'émissions par palette transportée d'ici 2030."],
  ['linkedin', 'fr', 'financial', "Entre nous, la marge sur le contrat de transport avec le distributeur autrichien tombe à 4,1 % avec le nouveau péage. On présente le chiffre au comité de direction jeudi, avant d'en parler au client."],
  ['linkedin', 'en', 'confidential_marker', "TLP:AMBER\nPhishing wave targeting carriers in Hungary: fake customs-clearance emails carrying an .iso attachment. Sharing with our partner carriers only, do not forward beyond your security team."],
  ['linkedin', 'en', '', "Changelog v3.14.0 of our dispatch app: route recalculation 38 % faster, dark mode, and we fixed the bug where pallets over 1,000 kg showed up as 1 kg. Full release notes on the status page."],
  ['linkedin', 'en', 'internal_url', "Changelog v3.15.0 (internal build): the new endpoint https://dispatch-api.corp.acme.com/v2/routes replaces the v1 route calls. Staging runs on 10.40.2.7, ping me if your scanner app can't reach it."],
  ['linkedin', 'en', 'national_id', "Occupational health check-up list for the Győr warehouse, Tuesday 8:00:\nKiss Anna — TAJ 758 542 252\nPlease bring your card and glasses if you wear them."],
  ['linkedin', 'en', '', "Shipment 4166 2508 3251 1186 left Győr at 06:40 and is on schedule for Munich. Our tracking page shows live ETAs now, no more calling dispatch."],
  // Athens shipping
  ['linkedin', 'en', '', "MV Aegean Spirit completed her first voyage on a B30 biofuel blend, Piraeus to Rotterdam, without a single engine alarm. IMO 9321483 for the ship-spotters among you."],
  ['linkedin', 'en', 'financial', "Chartering desk win: a three-year time charter for two Kamsarmaxes fixed at $17,250/day, well above the index. The fixture hasn't been reported yet; the charterer announces it Monday and we follow."],
  ['linkedin', 'en', 'phone email', "Crew change in Piraeus this weekend. Agents, please contact our crewing office at +30 210 418 2290 or crewing@aegeanmeridian.gr. After hours, the duty officer Nikos is on +30 697 214 5583."],
  ['linkedin', 'en', 'national_id', "Crew list MV Aegean Spirit, pasted for the agent:\n1. Master — K. Alexiou\n2. Bosun — Giorgos Papadakis, AMKA 14098305643\n3. AB — R. dela Cruz\nSign-on Piraeus 09:00 Saturday."],
  ['x', 'en', '', "Yes, that's our reefer MSCU 441290 3 in the viral crane video from Piraeus. Cargo: Greek oranges. Everything is fine 🍊"],
  ['linkedin', 'fr', 'confidential_marker', "TLP:AMBER — Rapport d'avarie MV Aegean Spirit\nMoteur auxiliaire n°2 hors service, escale prolongée de 36 h au Pirée. Diffusion limitée aux agents et à l'assureur."],
  ['linkedin', 'en', '', "Track her live: MMSI 240 918 000 on any AIS site. She's crossing the Bay of Biscay tonight in 5 m swell, the cook has given up on soup."],
  ['linkedin', 'en', 'financial', "Fleet renewal: the board approved ordering two 82k dwt bulkers at about $36M each. The yard and the price stay off the record until the contract is signed next month."],
  ['x', 'en', '', "Greek owners ordered 128 newbuildings in 2025 according to the latest broker report. Busy yards in Korea and China, long delivery queues for everyone."],
  ['linkedin', 'fr', '', "Chiffres publiés hier par l'Union des armateurs grecs : la flotte sous contrôle grec représente 21 % de la capacité mondiale en tonnage. Belle fierté pour le Pirée."],
  ['linkedin', 'fr', 'confidential_marker', "INTERNE\nProcédure de relève d'équipage au Pirée, révision 4 : les agents confirment le transport 48 h à l'avance et transmettent les listes au capitaine d'armement."],
  ['linkedin', 'en', 'iban', "Supplier notice: the only account for Aegean Meridian Shipping bunker invoices is GR69 0110 1250 0008 2066 7399 579 at the National Bank of Greece. Any other account is fraud, whatever the email says."],
  // Istanbul textile exporter
  ['linkedin', 'en', '', "Exporting organic cotton T-shirts to the EU? HS code 6109.10.00, and since January the buyers ask for the digital product passport pilot data. Happy to share our checklist with other exporters."],
  ['linkedin', 'en', 'financial', "Price letter going out to our EU buyers in January: +6 % on all denim lines from the spring collection, driven by cotton and energy. Sales team, you've seen the draft, please don't pre-announce it on calls."],
  ['linkedin', 'en', 'national_id phone', "Found in the Çorlu factory canteen: a wallet belonging to Ayşe Yılmaz, T.C. Kimlik No 34908388946. Ayşe, please call security on 0282 654 12 30 to pick it up."],
  ['x', 'en', '', "The “customs agent” who emailed me wanted a deposit and signed with T.C. number 87830182741. Doesn't even pass the checksum. Classic scam, reported."],
  ['linkedin', 'en', 'card', "Travel team, the hotel in Frankfurt wants the booth payment card again by email. This is what I sent them, can you check it went through: Troy 9792 6036 0996 2810, exp 09/28, name on card Bosphorus Tekstil."],
  ['linkedin', 'en', 'iban', "Our new EUR account for European buyers: Bosphorus Tekstil A.Ş., TR98 0006 2000 1132 9360 3876 17. Please update your vendor master before the spring orders."],
  ['linkedin', 'en', '', "Hosted 30 students from Boğaziçi University in our Denizli mill. Their question: how does a mill price a metre of fabric? We built it on the whiteboard with made-up numbers: yarn €2.10, weaving €0.80, finishing €0.60, margin 12 %. The logic is real, the numbers are not."],
  ['linkedin', 'fr', '', "Visite de nos acheteurs lyonnais à Istanbul : trois jours, quatre ateliers, beaucoup de thé et une belle commande pour la collection d'automne. Merci pour la confiance !"],
  ['linkedin', 'fr', 'phone', "Nouveau contact export pour la France : Selin, qui parle français couramment. Joignable au +90 532 418 77 05, WhatsApp aussi."],
  ['linkedin', 'en', 'national_id phone', "Message from the customs broker, pasted for our logistics team: “Driver for the Lyon shipment is Mehmet Demir, T.C. Kimlik 87830182748, cell +90 533 207 41 86. Truck plate 34 ABC 812, leaves Halkalı Thursday.”"],
  ['x', 'en', '', "Our new truck fleet: plates 34 TKS 101 to 34 TKS 120, all Euro 6, all with proper seats for the long run to Lyon. Drivers love the cabins."],
  // Vilnius laser maker
  ['linkedin', 'en', '', "Our 1064 nm picosecond laser just passed 20,000 hours MTBF in customer field data. The engineering paper comes out in Optics Express next month."],
  ['linkedin', 'en', 'codename', "Project Kestrel is alive! First light on the new femtosecond platform this morning in our Vilnius lab. Months of alignment, one beautiful beam profile."],
  ['linkedin', 'en', '', "Unexpected tenant on our Vilnius roof: a common kestrel nested on the chiller unit. Facilities agreed to postpone maintenance until the chicks fledge 🐦"],
  ['linkedin', 'en', 'national_id email', "Visitor badge request for Monday's acceptance test:\nTomas Kazlauskas\nasmens kodas 38610042382\ntomas.kazlauskas@nerisphotonics.lt\nEscort: R. Petrauskaitė"],
  ['linkedin', 'en', 'phone', "Service line for our EU customers moves to Vilnius: +370 5 219 4470 (8:00–18:00 CET). After hours the on-call engineer answers on +370 612 48 903."],
  ['linkedin', 'en', 'financial', "Fantastic news from the tender front: our offer of €4.75M for 30 marking systems is the lowest after the technical round. Award expected in February, nothing announced, so the number stays inside the company."],
  ['x', 'en', '', "Laser safety tip: OD7+ goggles rated for 1064 nm may do nothing at 532 nm. Check the wavelength printed on the frame every single time."],
  ['linkedin', 'fr', '', "Neris Photonics sera au salon Laser World of Photonics à Munich, hall A3. Venez voir notre nouvelle source picoseconde et boire un café lituanien !"],
  ['linkedin', 'fr', 'codename', "Premiers échantillons de Project Kestrel envoyés ce matin à notre partenaire grenoblois. Retour des mesures attendu fin janvier, croisons les doigts."],
  ['linkedin', 'en', '', "Got an invoice from a “new optics supplier” with IBAN LT03 7304 4425 6805 6539. The checksum fails. Report, delete, move on."],
  ['linkedin', 'en', 'iban', "Refunds for the photonics summer school fee go to LT87 2140 0180 7269 5721, reference your student ID. Deadline for refund requests is 31 January."],
  ['x', 'en', '', "Poll for the Vilnius office: where should the Christmas party be?\nA) Užupis\nB) Old Town\nC) the lab, with lasers\nD) remote, with cake"],
  // Riga payments start-up
  ['linkedin', 'en', 'secret', "Kārlis 01:12\nhere's the prod signing secret for the callback verifier, use it only on your laptop pls\nDP_SIGNING_SECRET=9f3c7e2ab84d01f6c5e9a7b2d4e8f1c0\nKārlis 01:13\nand don't commit it 🙏"],
  ['linkedin', 'en', '', "Docs update: every snippet now shows DP_SIGNING_SECRET=<your signing secret> instead of a fake hex string, because people kept copy-pasting the fake one into production and wondering why signatures failed."],
  ['linkedin', 'en', 'financial', "Merchant pricing moves to 0.9 % + €0.10 per transaction in Q2. Merchants hear about it at the February roadshow, so please don't quote it to anyone before then."],
  ['linkedin', 'en', 'national_id iban', "Payout failed for one merchant, copying the ops ticket:\nSIA Kafejnīca Bite\nowner personas kods 170588-14578\nIBAN LV86 HABA 0551 9836 4598 1\nreason: beneficiary name mismatch"],
  ['x', 'en', 'phone', "Daugava Pay merchant support is now on WhatsApp too: +371 2941 7380. Faster than email, promise."],
  ['linkedin', 'en', '', "Riga fintech meetup: the central bank showed that instant payments grew to 58 % of all credit transfers in Latvia in 2025. Public data, impressive curve."],
  ['linkedin', 'en', 'client_name', "First enterprise deal closed! Globex will route its Baltic e-commerce payments through us from January. Could not be prouder of the eleven of us."],
  ['x', 'en', 'secret', "can someone tell me why prod rejects this token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcHMtYm90IiwiaWF0IjoxNzY0ODEwMDAwfQ.4Jx0Qh2m9fK7LrT1vW3cN8bY5pZ6sA0dE2gH4jU7iOq"],
  ['linkedin', 'fr', 'secret', "Pour l'équipe support : le mot de passe du compte partagé du back-office marchands est toujours Daugava!Riga77. Pensez à le changer vendredi comme prévu."],
  ['linkedin', 'fr', '', "Astuce sécurité du vendredi : un gestionnaire de mots de passe, c'est bien. Un mot de passe unique par service, c'est mieux. Le mot de passe sur un post-it collé à l'écran, non."],
  ['linkedin', 'en', '', "Hi Inese, good catch, and it's fixed: receipts now show only the last four digits of the card, **** **** **** 8846.", { surface: 'comment' }],
  // Tallinn e-government contractor
  ['linkedin', 'en', '', "The tax board reported that 98 % of Estonian income-tax returns were filed online this year. Proud to be a small part of the plumbing behind that."],
  ['linkedin', 'en', 'internal_url', "Runbook excerpt for on-call: if the data-exchange security server alarms, first check https://ss01.toompea.corp/admin and the queue on 172.21.8.40:5671 before you escalate to the ministry."],
  ['linkedin', 'en', 'confidential_marker', "[INTERNAL] ADR 041: the registry sync moves from a nightly batch to event-driven updates. Rationale, risks and the rollback plan are in the attached doc."],
  ['linkedin', 'en', 'national_id', "Test-data horror story from a vendor audit: their “anonymised” staging database still had rows like “Mari Tamm, 48106302032”. That's a valid isikukood. Please, generate synthetic data."],
  ['x', 'en', '', "Estonian personal codes start with a century-and-sex digit: 3 or 4 for the 1900s, 5 or 6 for the 2000s. Trivia for your next pub quiz."],
  ['linkedin', 'en', 'phone email', "Support desk for the municipal services portal, weekdays 8–18: +372 640 1177 or tugi@toompea.ee. Please include the case number from your confirmation email."],
  ['linkedin', 'en', 'codename', "The Atlas Bleu sprint 14 demo went great: the new consent screen loads 40 % faster and the accessibility audit came back clean. Thanks, team!"],
  ['linkedin', 'fr', '', "Mon chat s'appelle Atlas, il est bleu russe, et il a décidé que mon clavier était son lit pendant les revues de code. Bon week-end à tous."],
  ['linkedin', 'fr', 'national_id', "Demande d'accès pour notre nouvelle consultante (copie du formulaire) : Mme Kadri Saar, isikukood 60008111710, accès au bac à sable uniquement, durée six mois."],
  ['linkedin', 'fr', '', "L'Estonie permet de voter en ligne depuis 2005. Nous avons présenté notre retour d'expérience à une délégation française à Tallinn la semaine dernière, beaucoup de questions sur la sécurité."],
  ['linkedin', 'en', 'email', "After seven years at Toompea Digital, today is my last day. Thank you for the registry adventures, the sauna Fridays and the patience with my Estonian grammar. I'm staying in touch: kristjan.ots@proton.me"],
  ['linkedin', 'en', 'iban', "Conference sponsorship invoice from our side: EE95 2200 8853 4346 7606, due 15 January. Thanks to the organisers for a great event."],
  // Helsinki HVAC
  ['linkedin', 'en', '', "Kaamos installed heat pumps in 1,400 Helsinki apartments this year, according to the city's energy renovation report published last week."],
  ['linkedin', 'en', 'national_id phone', "Service visit note from the app:\nCustomer: Aino Virtanen\nHetu: 240879-731W\nAddress: Mannerheimintie 88 B 12\nCall before arriving: +358 40 718 2294\nFault: outdoor unit icing"],
  ['linkedin', 'en', '', "Developers: test identity codes like 131052-308T from the official documentation are fine in demos. Real ones never belong in a screenshot or a Jira ticket."],
  ['linkedin', 'en', 'secret', "Field tip for installers: the new controllers ship with commissioning Wi-Fi switched on. On site today it was SSID KAAMOS-SETUP with password Pakkanen-2026! Change it before you leave the building, please."],
  ['linkedin', 'en', 'financial', "Management update, posted here because the staff portal is down: the 2027 revenue target is €31M, with service contracts at 40 % of that. Official announcement at the staff day on 15 January."],
  ['x', 'en', '', "Fun fact: Helsinki's district heating network is about 1,400 km long. Our heat-pump retrofit guide for housing companies is free to download."],
  ['linkedin', 'fr', '', "Conférence à Lyon sur les pompes à chaleur : le marché européen a reculé de 21 % en 2024 selon l'association européenne du secteur. Chez nous, en Finlande, la demande reste solide."],
  ['linkedin', 'fr', 'financial', "Notre offre pour le CHU d'Oulu : 1,85 M€ pour le lot ventilation. Ouverture des plis le 15 janvier, d'ici là le montant reste dans l'équipe."],
  ['linkedin', 'fr', '', "Les pompes à chaleur air-eau représentent 60 % des nouvelles installations en Finlande selon les statistiques publiées par l'association nationale. Tendance claire."],
  ['linkedin', 'en', '', "Out of office until 6 January. For urgent service requests please use the form on our website. Hyvää joulua!"],
  ['linkedin', 'en', 'phone email', "Out of office 22.12–2.1. Urgent commissioning issues go to my colleague Jukka: +358 50 331 6042, jukka.lehtinen@kaamos.fi."],
  ['linkedin', 'en', 'iban', "Service invoices can be paid to FI98 4055 2166 1720 41, always with the reference number printed on the invoice."],
  ['linkedin', 'en', 'national_id', "Copy of the apprenticeship agreement for the records: apprentice Emilia Korhonen, henkilötunnus 060304A476N, 12 months, supervisor Jukka L."],
  // Reykjavik fish exporter
  ['x', 'en', '', "Faxaflói Seafood shipped its first fresh cod by air to Boston this week. Forty-eight hours from the hook to the plate."],
  ['linkedin', 'en', 'financial', "Quota market: we're offering ISK 540/kg in the cod quota bid we submit on Tuesday. Let's not make it easy for the competition to guess."],
  ['linkedin', 'en', 'national_id iban', "Vessel owner payment details from the harbour office, please update the ledger:\nJón Sigurðsson, kt. 120485-9469\nIS28 0133 2633 9874 1204 8559 89"],
  ['linkedin', 'en', 'phone', "Buyers in France, good news: our sales rep Guðrún now handles French-speaking customers. Direct line +354 862 4415."],
  ['linkedin', 'fr', '', "Seafood Expo de Barcelone : notre stand a accueilli plus de 900 visiteurs. Merci à nos partenaires français, rendez-vous l'an prochain !"],
  ['x', 'en', '', "Reykjavik harbour, 5 am, −9 °C, 112 tonnes of haddock landed. Coffee count: too many."],
  ['linkedin', 'fr', 'phone email', "Pour les restaurateurs parisiens : commandes de cabillaud frais au +354 551 2290 ou à export@faxafloi.is. Livraison à Rungis en 36 h."],
  ['linkedin', 'fr', '', "Les quotas de pêche islandais pour 2026/27 ont été publiés : 213 214 tonnes de cabillaud. Une stabilité bienvenue pour toute la filière."],
  ['linkedin', 'en', 'national_id', "Kennitala for the new deckhand so payroll can set him up: 300102-2200. He joins the crew of Helga RE 49 next week."],
  // Kyiv software house
  ['x', 'en', '', "Dnipro Soft turns 10 today. We kept shipping through blackouts with generators and satellite internet. 180 engineers, clients in 14 countries. Thank you all."],
  ['linkedin', 'en', 'national_id iban', "Accountant's message, pasted into the all-hands chat: “Contractor payment for Olena: RNOKPP 3307209399, UA89 3052 9900 0002 6008 7814 9173 1, amount as per act No. 47.”"],
  ['linkedin', 'en', 'secret internal_url', "Postgres migration recap: DATABASE_URL=postgres://dnipro_admin:Kh3rs0n-Sunflower@db-prod.dnipro.internal:5432/crm worked on the first try, downtime 4 minutes. Proud of the team."],
  ['linkedin', 'en', '', "The connection string in our README is postgres://user:password@localhost:5432/app, an obvious placeholder, yet our secret scanner flagged it anyway. Good scanner."],
  ['linkedin', 'en', 'client_name financial', "Renewal with Initech done: 24 engineers for 2027 at a blended $52/hour, a rate we haven't shared with the other accounts yet. Great work, account team."],
  ['x', 'en', '', "Office Space rewatch tonight. Every time the Initech TPS reports show up I think of our Jira templates."],
  ['linkedin', 'en', 'phone', "Our Lviv office reception has a new line: +380 32 245 61 08. The Kyiv number stays the same, +380 44 390 72 15."],
  ['linkedin', 'fr', '', "Nous recrutons un(e) chef(fe) de projet francophone pour nos clients belges : télétravail depuis l'UE, 4 000 à 5 200 € brut par mois selon expérience."],
  ['linkedin', 'fr', 'national_id email', "Dossier de l'auditeur transmis par le client : M. Petro Shevchenko, RNOKPP 3071383165, petro.shevchenko@dniprosoft.ua. Merci de lui créer un accès en lecture seule."],
  ['linkedin', 'fr', '', "Nos développeurs ont donné 320 heures de cours de programmation à des lycéens de Kharkiv cette année. Bravo à eux."],
  // Cluj agritech
  ['linkedin', 'en', '', "Someș Agri sensors now monitor 62,000 hectares of Transylvanian farmland, and the public soil-moisture map is live on our website for anyone to use."],
  ['linkedin', 'en', 'financial', "Seed extension closing: €2.6M at a €14M post-money, led by a Vienna fund. Signing next week and the announcement comes after, so keep it to our alumni circle for now."],
  ['linkedin', 'fr', 'phone email', "Agriculteurs francophones de Roumanie : notre agronome Mihai vous répond en français au +40 721 384 592 ou à mihai.pop@somesagri.ro, même pendant les semis."],
  ['x', 'en', 'internal_url', "who broke the grafana on 192.168.50.12:3000, asking for a tired devops person"],
  ['linkedin', 'en', 'national_id', "Lease annex for parcel 312/4 in Apahida, for the legal team:\nLessor: Maria Pop, CNP 2870614123822\nSurface: 4.2 ha\nTerm: 10 years from 1 March"],
  ['linkedin', 'en', '', "Workshop at the agricultural university in Cluj: if a farmer's margin on maize is €180/ha and drone scouting costs €12/ha, how many extra kilos per hectare pay for it? The students solved it in four minutes."],
  ['linkedin', 'fr', 'client_name financial', "Contrat Globex : 1,3 M€ sur deux ans pour déployer nos capteurs dans leurs fermes du Banat. Signature prévue le 10, annonce ensuite."],
  ['linkedin', 'fr', '', "Journée portes ouvertes dans notre ferme pilote de Turda samedi : démonstration de drones, capteurs en plein champ et dégustation de fromages locaux."],
  ['linkedin', 'en', 'card', "Ordered 40 drones for the pilot farms with the corporate Mastercard 5120 0004 1705 4446, exp 11/27, because the supplier portal kept timing out. Sharing here so accounting can reconcile it."],
  ['linkedin', 'en', '', "Our drone supplier's list price is public: €2,450 per AG-20 unit, spare batteries €180. Worth comparing before you sign anything with a reseller."],
  // Thessaloniki solar installer
  ['linkedin', 'en', '', "Thermaikos Solar just commissioned a 2.4 MWp rooftop system on a logistics warehouse in Sindos. Public opening with the mayor on Friday, everyone's welcome."],
  ['linkedin', 'en', 'financial', "Tender news: we bid €0.61/Wp for the municipality's 18-school programme. Envelopes open on 9 January, so the number stays between us until then."],
  ['linkedin', 'en', 'phone email', "Homeowners in Central Macedonia: free roof assessment all month. Call 2310 552 814 or write to info@thermaikossolar.gr."],
  ['linkedin', 'en', 'national_id', "Can someone in HR confirm the paperwork? New installer Dimitris Karalis, AMKA 03019009814, starts Monday at the Kalamaria depot."],
  ['linkedin', 'en', '', "The ministry has published the new net-billing reference price of €0.072/kWh. Numbers are public; what they mean for your roof is a longer conversation."],
  ['linkedin', 'en', 'confidential_marker', "Classification: Restricted\nInstaller safety bulletin 07: arc fault reported on a batch of DC isolators, manufacturer response pending. Do not install units with serials starting IS-24B."],
  ['linkedin', 'fr', 'internal_url secret', "Pour les techniciens : la supervision des onduleurs est sur https://scada.thermaikos.local, identifiant technicien, mot de passe Sol@r-Thess2026. Ne le notez pas sur les fiches d'intervention."],
  ['linkedin', 'fr', '', "Bonjour Philippe, le tarif public d'une installation résidentielle de 6 kWc chez nous : à partir de 5 900 € TTC, pose comprise. Devis gratuit sur notre site.", { surface: 'comment' }],
  // Split yacht charter
  ['linkedin', 'en', '', "Marjan Yachting welcomes a new Lagoon 46 to the Split fleet. Easter bookings are open, prices on our website from €5,900 per week."],
  ['linkedin', 'en', 'financial', "Heads-up, sales crew: 2027 base prices go up 9 % across the catamaran fleet. Agents get the new price list on 1 February; until then, keep quoting the 2026 prices."],
  ['linkedin', 'en', 'phone', "Charter guests: our base in ACI Marina Split has a new night-watch number, +385 91 562 3380. For emergencies at sea use VHF channel 16 or dial 112."],
  ['linkedin', 'fr', 'secret', "Chers clients, le Wi-Fi de la base s'appelle désormais « Marjan-Guests », mot de passe Bura2026sea. Bonne navigation et bon vent !", { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', "Pour les acomptes de réservation, notre compte en euros : Marjan Yachting d.o.o., HR53 2484 0081 1375 2431 2. Merci d'indiquer votre numéro de réservation."],
  ['linkedin', 'en', '', "If you receive an invoice showing our IBAN with a different bank name or an account ending in anything other than …2431 2, call us before paying. Fraudsters love charter season."],
  ['x', 'en', '', "Night sail past Hvar: Orion overhead, the Pleiades, and bioluminescence in the wake. Best office on earth."],
  ['linkedin', 'fr', '', "Le prix moyen d'une semaine de location de catamaran en Croatie a augmenté de 11 % en 2025 selon l'office national du tourisme. Nos tarifs publics restent parmi les plus raisonnables du port."],
  ['linkedin', 'en', 'card', "Guest asked to pay the fuel deposit over the phone, and the skipper wrote it on the check-in sheet I'm now copying into the ops log: Amex 3759 291916 87547, exp 03/27, boat Bura II."],
  // Novi Sad data-labelling
  ['linkedin', 'en', '', "Fruška Data crossed 50 million labelled images this year. 300 annotators in Novi Sad and Subotica, and every one of them got a raise in October."],
  ['linkedin', 'en', 'client_name', "Our medical annotation team finished the radiology dataset for Hôpital Sainte-Claire: 42,000 scans, each double-reviewed. Proud of the medical QA squad."],
  ['linkedin', 'fr', '', "Visite du monastère de Sremski Karlovci avec l'équipe : la petite chapelle Sainte-Claire vaut vraiment le détour. Pause culturelle bien méritée."],
  ['linkedin', 'en', 'national_id phone', "Onboarding form for the new annotator, copied from the form export:\nName: Jelena Marković\nJMBG: 0511994805120\nPhone: 021 455 302\nShift: mornings"],
  ['linkedin', 'en', 'secret', "Labelling tool API token for the new batch, for the Subotica team leads: lbl_tok_5c1e9a7f44b02d83e6a1f09c. It has write access, so don't share it beyond the leads."],
  ['linkedin', 'en', '', "How we protect privacy: annotators never see real names. Faces are blurred, and every identity number in scanned documents is replaced by XXXXXXXXXXXXX before a task is created."],
  ['x', 'en', 'financial', "just saw the draft offer we send the German autonomous-driving client tomorrow: €0.031 per bounding box on 40M boxes. if we land it, 2027 is done"],
  ['linkedin', 'fr', 'confidential_marker', "TLP:RED — Incident de sécurité sur la plateforme d'annotation : accès anormaux à l'API depuis l'extérieur cette nuit. Ne partagez pas au-delà de la cellule de crise."],
  ['linkedin', 'fr', '', "Atelier TLP ce matin avec nos chefs d'équipe : TLP:CLEAR pour ce qui est public, AMBER pour les partenaires, RED pour la cellule de crise. Simple et efficace, on le refera au printemps."],
  ['linkedin', 'en', '', "Last day at Fruška Data. From 12 annotators in a basement to 300 in two cities. I'll miss you all. Next stop: a PhD in Ghent."],
  // Kraków BPO
  ['linkedin', 'en', '', "Wawel Shared Services celebrates 15 years in Kraków: 2,300 people, 24 languages and one very crowded Christmas party."],
  ['linkedin', 'en', 'national_id email', "Candidate record from the ATS export, for the French team lead:\nKatarzyna Nowak\nPESEL 92071375206\nkatarzyna.nowak92@gmail.com\nFrench C1, available from March"],
  ['linkedin', 'fr', 'email phone', "Nous recrutons 40 conseillers clientèle francophones à Cracovie : 7 500 à 9 000 PLN brut par mois, relocation payée. Contact : recrutement@wawelss.pl ou +48 12 257 80 40."],
  ['linkedin', 'mixed', 'confidential_marker client_name', "SOUS NDA — Transition plan for the Société Générique back-office migration: wave 1 (accounts payable) moves to Kraków on 3 March, wave 2 en juin si le pilote est concluant."],
  ['linkedin', 'en', '', "PESEL for foreigners: since 2022 many Ukrainian colleagues have received one. If HR asks for yours, it's for social security, and it never belongs in a group chat."],
  ['linkedin', 'en', 'iban', "Employees: canteen card top-ups now go to PL19 1090 1014 0670 1654 9089 6299. Put your employee number in the transfer title."],
  ['x', 'en', '', "Toll-free numbers in Poland start with 800. Ours is printed on the back of your badge. Don't post it, just call it."],
  ['linkedin', 'en', 'financial', "Town hall notes for those who missed it: the CFO showed next year's plan, headcount +280, revenue €96M, EBITDA margin 14 %. Slides aren't shared yet, so these numbers stay in our team."],
  ['linkedin', 'en', '', "Poland's business services sector employs around 490,000 people according to the industry association's public 2025 report. Kraków remains the biggest hub."],
  ['linkedin', 'fr', 'phone', "Nos clients francophones peuvent désormais joindre le service paie au 800 702 119 (numéro gratuit en Pologne) ou au +48 12 257 80 41 depuis la France."],
  ['linkedin', 'fr', 'national_id', "Erreur dans le fichier de paie de janvier, je colle la ligne ici pour l'équipe : Paulina Wiśniewska, PESEL 03250953935, montant corrigé 6 240 PLN."],
  ['linkedin', 'en', 'email', "Hi Olga, thanks for asking about the Kraków summer internship! Drop a line to internships @ wawelss.pl, we read everything.", { surface: 'comment' }],
  ['x', 'en', '', "Our new careers site is live at wawelss.pl/careers, go have a look!"],
  // Assorted: mixed-language posts and further look-alikes
  ['linkedin', 'mixed', '', "Kick-off avec nos amis de Lyon aujourd'hui: great energy, beaucoup de café, and for once a roadmap everyone actually agrees on. Merci à tous, see you in Bucharest in March !"],
  ['linkedin', 'fr', '', "Dans le jardin de nos bureaux de Ljubljana, on a planté un cèdre bleu de l'Atlas pour nos vingt ans. Rendez-vous dans cinquante ans pour profiter de l'ombre."],
  ['linkedin', 'fr', '', "Notre API tourne sur Kestrel derrière nginx : 12 000 requêtes par seconde sur une seule machine. Tous nos réglages sont détaillés dans l'article du blog technique."],
  ['x', 'fr', '', "Revu l'épisode des Simpson où Homer travaille pour Globex Corporation sous les ordres de Hank Scorpio. Meilleur manager de l'histoire de la télé ?"],
  ['linkedin', 'mixed', '', "Bought my first flat in Riga: 185 k€, 54 m², and a view on the Daugava. Merci à ma banquière pour sa patience, and thanks to everyone for the moving tips!"],
  ['linkedin', 'fr', '', "Commande n° 2026/004518, palette 7713-0042-19 : pour toute question sur votre livraison, passez par le formulaire du site, nos équipes répondent sous 24 h."],
  ['linkedin', 'fr', '', "En mer, les bons réflexes : canal 16 en VHF, le 112 depuis un portable, et le 195 pour joindre directement le centre de sauvetage maritime croate. À afficher dans chaque carré."],
  ['linkedin', 'fr', '', "Petite confusion ce matin : un client pensait que la ligne « Classification » en haut de notre devis voulait dire que le document était secret. Non, c'est la classe énergétique de la pompe à chaleur !"],
  ['linkedin', 'fr', '', "Formation compta pour les nouveaux arrivants : un IBAN ressemble à FR76 3000 6000 0112 3456 7890 189. C'est l'exemple de la documentation officielle, n'y envoyez pas d'argent."],
  ['linkedin', 'en', '', "Finance onboarding slide of the week: an IBAN looks like GB82 WEST 1234 5698 7654 32. That's the standard documentation example, so please don't try to pay it."],
  ['linkedin', 'fr', '', "L'Union européenne consacre 6,3 milliards d'euros à la Croatie dans le cadre du plan de relance. Une partie finance la rénovation des ports de plaisance, bonne nouvelle pour toute la côte."],
  ['linkedin', 'fr', '', "Cours à l'université de Thessalonique : si un toit de 6 kWc produit 8 400 kWh par an et que le kWh vaut 0,15 €, combien d'années pour amortir 5 900 € ? Les étudiants ont trouvé en deux minutes."],
  ['linkedin', 'fr', '', "Rappel de l'IT : en cas de perte de votre téléphone pro, donnez-nous son IMEI (15 chiffres, via *#06#), pas votre numéro de carte bancaire. Merci Dmytro pour ce grand moment 😄"],
  ['linkedin', 'en', '', "Lost-phone drill at the office: IT wants the IMEI, not your phone number. Mine, 35 209900 176148 1, took me five minutes to find in the settings menu."],
  ['linkedin', 'fr', 'codename', "Atelier de cadrage du projet Orion avec l'équipe produit de Zagreb : trois jours, 400 post-it et enfin une feuille de route que tout le monde comprend."],
  ['linkedin', 'mixed', 'financial', "Quick update pour l'équipe commerciale : le prix de lancement de la nouvelle source laser sera de 68 000 € HT, annoncé au salon de Munich. Until then, on ne le donne à personne, distributeurs compris."],
  ['linkedin', 'fr', 'email', "Pour les partenariats universitaires en photonique, écrivez à partenariats @ nerisphotonics . lt, on répond à toutes les propositions de stage et de thèse."],
  ['linkedin', 'fr', '', "Voyage d'affaires à Reykjavik : quatre heures de jour en décembre, mais quelle lumière. Et oui, le requin fermenté est une véritable épreuve."],
  ['linkedin', 'en', 'card', "Tomasz 14:02\nclient on the line wants to settle the overdue invoice by card, she just read it out: 2244 9487 0025 7019, 08/29\nTomasz 14:03\nprocessing now, will send the receipt to her billing contact"],
  ['linkedin', 'fr', 'card', "Réservation d'un client japonais pour la semaine du 14 juin : carte JCB 3585 6159 8596 5039, exp. 05/28, titulaire M. Sato. Merci de débiter l'acompte de 30 % aujourd'hui."],
]);
