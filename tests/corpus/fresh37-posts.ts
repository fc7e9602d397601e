import { rows } from './corpus-types';

/**
 * Held-out set "fresh37": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh37`.
 * First scored 2026-12-04 16:05 UTC on the rules of 4eaa2e5 (after the fixes from fresh35), before any fix from it:
 * confidentiality macro F1 0.943, 8.3 % of clean posts flagged (9 of 109); secret 0.839 (precision 0.929, recall 0.765),
 * national_id 0.865 (recall 0.762), confidential_marker 0.882 (precision 0.789), codename 0.917, financial 0.947, phone
 * 0.957, internal_url 0.966, the 4 others 1.000. On b1a418f (the previous session's first rules): 0.937 / 8.3 %.
 *
 * Authors: employees, mostly English-speaking (about three posts in four in English, the rest French or mixed), of a
 * Singapore logistics platform, a Johannesburg mining-software firm, a Cape Town wine exporter, an Auckland agritech, a
 * Wellington film VFX studio, a Munich automotive supplier writing in English (and its French plant), a Rotterdam
 * port-data firm, a Barcelona travel-tech, a Milan fashion e-commerce, a Warsaw fintech, a Prague game studio, a Lisbon
 * contact-centre firm (its French-speaking floor), a Dubai property portal, a Nairobi mobile-health start-up, a Lagos
 * payments firm, a Manchester housing association, a Belfast cybersecurity firm, a Seattle SaaS, a Chicago hospital
 * network and a Vancouver clean-tech. Forms: team wins, pasted onboarding and payroll notes, chat messages sent to the
 * wrong window, customer-service replies (surface 'comment'), job ads with published salary ranges, config and .env
 * snippets, connection strings, a pasted pipeline table, changelogs, a post-mortem excerpt, supplier and payroll
 * bank-detail notices, a poll, a two-post X thread, live posts from conferences, a farewell, fraud warnings and tips.
 *
 * Positives: financial figures not yet public said many ways (a year-end revenue before the board and the annual
 * announcement, a rate card and a listing fee before customers' letters, a rent increase before tenants are told, a
 * price rise drafted for the CS team, export prices before the distributors' tasting, an exco-approved budget before the
 * results, a plant budget before the works council, a licence value before the customer's board ratifies, a term sheet
 * and pre-money before signature, bids and tenders before the decision or opening, an OEM quote before nomination, a
 * publisher advance under negotiation, a pre-IPO revenue, burn and runway, take rate before the audit, ARR and bonus pool
 * before the all-hands, a capital budget before the board vote, a grant before the minister's announcement, forecasts
 * "not yet validated" or "not yet presented", a buy plan before sign-off, a renewal value before the client's committee,
 * an embargoed sales figure, a commercial-in-confidence offer, a pasted pipeline table). Phones in SG, ZA, NZ, DE, NL,
 * ES, IT, PL, CZ, PT, AE, KE, NG, UK, US and CA formats (mobiles, desks, switchboards, hotlines, toll-free numbers);
 * emails personal, role mailboxes and obfuscated ("[at] [dot]", "security @ domain"); secrets without vendor formats
 * (Wi-Fi and VPN pre-shared keys, shared logins, a dispensing-cabinet override password, MQTT and DB passwords in .env,
 * tfvars and connection strings, hex API keys, a token in a query string, a Discord webhook and a CI deploy hook with
 * their tokens); internal URLs on the policy's domains, .local/.internal/.corp hosts, an intranet. host and private IPs;
 * explicit markers (CONFIDENTIAL, CONFIDENTIEL, INTERNE, DIFFUSION RESTREINTE, SOUS NDA, [INTERNAL], TLP:AMBER, TLP:RED,
 * OFFICIAL-SENSITIVE, PRIVILEGED & CONFIDENTIAL, COMMERCIAL IN CONFIDENCE, Classification: RESTRICTED, EMBARGOED UNTIL);
 * the policy's code names and clients in their project and customer sense. Every IBAN, card and national id positive was
 * computed with a throwaway script kept outside the repo: mod 97 with the exact country length for GB, IE, DE, NL (with
 * the old eleven-test account), ES (both control digits), IT (CIN letter), PL (bank sort-code digit), CZ (account mod
 * 11), PT (NIB check), AE and FR (RIB key); Luhn for Visa, Mastercard (5- and 2-series), Amex and a 19-digit Verve card;
 * national keys for the Singapore NRIC (S and T series check letter), South African id number (Luhn), New Zealand IRD
 * (mod 11, 8 and 9 digits), German Steuer-ID (ISO 7064 mod 11,10), Dutch BSN (eleven-test), Spanish DNI and NIE (mod
 * 23 letter), Italian codice fiscale (check character), Polish PESEL (including a 2000s birth month), Czech rodné číslo
 * (mod 11), Portuguese NIF, Emirates ID (784 prefix, Luhn) and Canadian SIN (Luhn); the UK NINO, US SSN, Kenyan national
 * id and Nigerian NIN by format.
 *
 * Look-alikes (clean): published results, annual and community-benefit reports, a public pricing page, list and shelf
 * prices, a Steam sale price, an asking rent, job-ad salary ranges, a grant "announced this morning", a competitor's
 * reported raise, public statistics (port tonnage, export falls, property transactions, sector jobs), tax and
 * contribution rates, a personal student loan and an LTV:CAC teaching example; emergency short numbers (111 in NZ,
 * 10111/10177 in ZA, 112, 999, 911), a container number with its check digit, a four-part version number shaped like a
 * private IP, a public IOC address; X handles and bare domains; placeholders and vendor examples (changeme,
 * YOUR_API_TOKEN, USER:PASSWORD, sk_test_XXXX, AWS's EXAMPLE key, Stripe's 4242 card); masked numbers, specimens named as
 * such (the sample NRIC S1234567D, the German example IBAN, HMRC's QQ NINO, the 1938 wallet SSN, the CRA sample SIN) and
 * numbers failing their check (a ZA id, a BSN, a SIN, a card, fraudulent ES and AE IBANs); markers merely mentioned or
 * discussed (TLP:CLEAR, TLP:AMBER in a blog title, "CONFIDENTIAL" on call sheets and in phishing subjects, "sous NDA" in
 * a sentence, a GDPR training about labels); the policy's names in their ordinary sense (Orion the constellation and
 * NASA's spacecraft, a rock kestrel and a nesting kestrel, the Nebula Awards and a bar called Le Nebula, Atlas the
 * studio cat and the Atlas bleu cedar forest, Initech from Office Space, rue Sainte-Claire in Annecy). A digit run
 * inside a valid IBAN that happens to pass Luhn (the Czech one) is not labelled card.
 *
 * Conventions: every written email (role mailboxes and obfuscated forms included) is email and every written phone
 * number is phone, public switchboards and hotlines included; confidential_marker only for explicit labels; financial
 * only for the company's own figure with a sign it is not public yet; a post carries every category a careful
 * reviewer would flag.
 *
 * Counts: 246 posts (189 EN, 34 FR, 23 mixed; 204 on LinkedIn, 42 on X; 10 comments): 109 clean, 137 with one or more
 * findings. Labels: financial 29, phone 24, national_id 21, secret 17, confidential_marker 15, email 14, internal_url 14,
 * iban 12, client_name 11, codename 11, card 5.
 */
export const FRESH37_POSTS = rows('fresh37', [
  // Singapore logistics platform
  ['linkedin', 'en', '', `Third month in a row at 99.2 % on-time dispatch from the Tuas cross-dock. The night shift redesigned the pick path with sticky notes, a whiteboard and a worrying amount of kopi. Farhan, Mei Ling: this one is yours.`],
  ['linkedin', 'en', 'national_id phone', `Welcome aboard Rizwan! 🎉 Before Monday HR still needs:\n- NRIC: S8427160H (for CPF)\n- emergency contact: Nadia (wife), +65 9178 2304\nEverything else goes into Workday. See you at Jurong East at 9!`],
  ['x', 'en', '', `Shipping into Singapore for the first time? The TradeNet permit and the 9 % import GST are two separate headaches. Sort the permit first.`],
  ['linkedin', 'en', 'financial', `So proud of this crew. FY26 closes at S$41.8m net revenue, +37 %. The board sees it on the 19th and the rest of the world with the annual announcement in January, so keep it in the family until then 😉`],
  ['linkedin', 'en', '', `We're hiring a Senior Fleet Data Analyst in Singapore: S$7,500–9,200 a month + AWS + variable bonus, hybrid (3 days in Paya Lebar). Link in the comments.`],
  ['linkedin', 'en', 'internal_url secret', `Is the ETA dashboard down for anyone else? Mine hangs on http://10.22.8.14:3000/d/fleet-eta even after logging in again as ops_viewer / Tuas#Dock2026. Refreshed five times.`],
  ['linkedin', 'en', 'codename client_name', `Three weeks to go-live on Orion for Globex's APAC warehouses. Eleven sites, four countries, one extremely patient integration squad.`],
  ['x', 'en', '', `Science Centre observatory on Friday night: Orion's belt through a proper telescope, even with the Jurong glow. Worth the queue.`],
  ['linkedin', 'mixed', '', `Petit retour de notre hub de Changi : temps de dédouanement réduit de 40 % en six mois. Big thanks à l'équipe customs, you are machines 💪`],
  ['linkedin', 'en', '', `PSA for new joiners: never paste an NRIC into a shared sheet. Even the textbook sample S1234567D turns up in our search logs. Circulate the masked form (S****567D) and nothing else.`],
  ['linkedin', 'en', '', `Tracking tip: a container number like MSCU 731204 6 carries its own check digit, a bit like an IBAN. If the tracker says "invalid", it's a typo nine times out of ten.`],
  ['linkedin', 'en', 'email phone', `Hi Daniel, sorry your pallet got held at Pasir Panjang. I've escalated it: email me directly at wei.jie.tan@kargolane.sg or call my desk on 6225 8810 and quote case KL-77341.`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL — Pricing committee, 2 Dec\n• Line-haul rate card +6.5 % from 1 Feb (customers notified 5 Jan)\n• Cold-chain surcharge S$38/pallet\nOwner: commercial`],
  ['linkedin', 'fr', '', `Notre équipe de Singapour recrute un·e chef de projet francophone pour nos clients européens. Salaire affiché : 6 500 à 7 800 S$ par mois, poste basé à Paya Lebar.`],
  ['linkedin', 'mixed', 'financial', `Update forecast Q1 : on vise 12,4 M S$ de chiffre d'affaires, pas encore validé par le board — keep it internal svp 🙏`],

  // Johannesburg mining software
  ['linkedin', 'en', 'national_id phone', `Payroll reminder: Sipho's ID number is 8804127091087 (what we had on file was his passport). If UIF rejects it again, ring Lerato on 082 441 9035.`],
  ['linkedin', 'en', '', `Fun fact for the devs: South African ID numbers end in a Luhn digit, just like card numbers. Our validator rejected 8804127091082 during testing — one wrong last digit, caught before it reached payroll.`],
  ['x', 'en', 'financial', `Just out of exco: FY27 budget approved at R312m, half of it for the autonomous-haulage platform. Not public till the March results but we are going BIG 🚀`],
  ['linkedin', 'en', 'internal_url', `Docs for the shift-handover module v2 are up at https://docs.reefline.corp/handover/v2 — comments welcome before Friday's release.`],
  ['linkedin', 'en', '', `Graduate software engineers, Johannesburg: R420 000 – R480 000 a year plus a study budget and a mentor who has actually been underground. Applications close 31 January.`],
  ['x', 'en', 'secret', `For everyone on tomorrow's Kathu site visit: contractor Wi-Fi is REEF-CONTRACTOR, password Kalahari!Iron77. Lunch at 12:30, bring boots.`],
  ['linkedin', 'en', '', `Stage 4 load-shedding tonight. Generators at Rosebank are tested, but if you're at home and something goes wrong: 10111 for the police, 10177 for an ambulance. Save them now, not later.`],
  ['linkedin', 'en', 'client_name financial', `Huge: Initech signed the five-year licence for the whole Bushveld complex, R86m over the term. Their board ratifies in February and the press release follows, so no tagging yet please 🙏`],
  ['linkedin', 'en', '', `Our integrated annual report is published: group revenue R1.47bn (+12 %) and our first full scope 3 inventory. Link in the comments.`],
  ['x', 'en', '', `Stage 6 and the office UPS beeping like a reversing haul truck. Peak Jozi.`],
  ['linkedin', 'en', 'email', `After seven years at Reefline, Friday is my last day. I'll miss the war room and the braais. Stay in touch: thabo.nkosi.builds@gmail.com`],
  ['linkedin', 'mixed', 'phone', `Salut la team de Paris ! Pendant la visite à Joburg, mon numéro local c'est le +27 82 663 1190. See you Monday at Sandton.`],

  // Cape Town wine exporter
  ['linkedin', 'en', '', `A rock kestrel hunting over the Chenin block at dawn. Free pest control, zero invoices. Harvest 2027 is going to be a good one.`],
  ['linkedin', 'en', 'iban email', `Notice to our EU distributors: from 1 January euro payments go to our Irish account IE83 AIBK 9311 5212 9987 77 (BIC AIBKIE2D). Remittance advice to payables@helderkloofwines.co.za please.`],
  ['x', 'en', '', `Our 2024 Chenin Blanc is now on UK shelves at £14.99 — Waitrose and good independents.`],
  ['x', 'en', 'codename', `Atlas Bleu bottling run done: 6,000 magnums, label design still under wraps. March can't come soon enough.`],
  ['linkedin', 'fr', '', `Dégustation à Stellenbosch hier avec des cavistes lyonnais. Le Pinotage a divisé la salle, le Chenin a mis tout le monde d'accord. Merci d'avoir fait le voyage !`],
  ['linkedin', 'en', 'phone', `Cellar door over the festive season: 10:00–16:00 daily, closed Christmas Day. Groups of 8 or more please book on 021 418 2277.`],
  ['linkedin', 'en', 'card', `Hi Marieke, thanks for your order! Your bank declined card 4539 0912 6044 1481, could you try again or switch to EFT?`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Online-shop testers: use 4242 4242 4242 4242 with any future expiry in the Stripe sandbox. And please stop putting your own cards in, Thabo 😅`],
  ['linkedin', 'mixed', 'iban', `Nos importateurs français : notre nouveau compte en euros est le FR76 3000 4008 2066 5031 3223 459. The old account closes at the end of the month.`],
  ['linkedin', 'fr', 'financial', `Prix export 2026 pour nos importateurs français : 5,40 € la bouteille départ cave pour le Chenin, contre 4,90 € aujourd'hui. On leur annonce au salon de janvier, pas avant.`],

  // Auckland agritech
  ['linkedin', 'en', 'national_id', `Contractors: to be paid this month we need your IRD number on the form by Thursday. Jack, yours came through as 39011956, thanks! Everyone else, please chase.`],
  ['x', 'en', '', `Farm-safety reminder from our H&S lead: in New Zealand it's 111, not 911. Tell your overseas visitors before they take the quad bikes out.`],
  ['linkedin', 'en', 'email', `Keen to pilot our herd-health collar? Flick an email to pilots [at] paddockiq [dot] co [dot] nz and tell us about your farm.`],
  ['x', 'en', 'financial', `Term sheet landed this morning: NZ$18m Series A at a NZ$72m pre. We sign on 12 December and announce with the investors after that, so mum's the word 🤐`],
  ['x', 'en', '', `Congrats to our friends down the road on their raise, reported at US$100m in the NBR this morning. Good for the whole NZ agritech scene.`],
  ['linkedin', 'en', 'phone', `Field support has a new number from Monday: 0800 472 663 (free from any NZ phone). After hours, text our on-call tech on 021 448 902.`],
  ['linkedin', 'en', 'internal_url', `If your sensor map is empty, it's the VPN. Connect first, then reload http://farmviz.paddock.internal/map?region=waikato`],
  ['x', 'en', '', `Orion sits so bright over Taranaki this time of year. Night lambing checks have their perks.`],
  ['linkedin', 'en', 'secret', `Can someone sanity-check this? The collars stopped syncing after the update.\n\nMQTT_HOST=mqtt.paddockiq.co.nz\nMQTT_USER=collar-fleet\nMQTT_PASS=Kiwi-Fr0st-Lamb-2026\n\nCheers`],
  ['linkedin', 'en', '', `Our firmware README used to say MQTT_PASS=changeme and, yes, units shipped to farms with it. If you run our older collars, set a real password today. Guide on our support site.`],
  ['linkedin', 'mixed', 'codename', `Déménagement du labo à Hamilton : done ✅. Et Project Kestrel démarre enfin ses essais terrain la semaine prochaine, fingers crossed.`],
  ['linkedin', 'mixed', 'client_name', `Visite de la ferme pilote avec l'équipe Globex France aujourd'hui. Very interested in our collars for their dairy clients, on croise les doigts.`],

  // Wellington VFX studio
  ['linkedin', 'en', '', `Final delivery on our biggest creature show yet: 412 shots over 19 months. Credits land when the film does, but I'm proud of every artist on this team right now.`],
  ['linkedin', 'en', 'internal_url secret', `Render-farm tip for the new juniors: the queue dashboard is at http://farm-mgr.spx.local:8090 and the shared login is wrangler / Miramar-Queue-88 until IT sets you up.`],
  ['x', 'en', '', `The Nebula Awards shortlist is out and two of my favourite novels made it. Summer reading sorted.`],
  ['linkedin', 'en', 'confidential_marker codename', `Sorry, wrong window 🤦\n\nCONFIDENTIAL — client review notes, Nébula ep. 104\n- sky replacements approved\n- hero FX pass due Friday`],
  ['linkedin', 'en', '', `Hot take: when every call sheet says CONFIDENTIAL in 40-point red, nobody reads it any more. Save the stamp for what actually needs it.`],
  ['linkedin', 'en', 'financial', `Our bid for the second season went in yesterday: NZ$6.4m for roughly 780 shots. The producers decide next week, fingers crossed nobody undercuts us.`],
  ['x', 'en', '', `Atlas, the studio cat, has claimed the grading suite. The monitors are now cat-calibrated.`],
  ['linkedin', 'mixed', 'secret', `Bienvenue aux stagiaires de l'école de Lyon ! Le Wi-Fi du studio : réseau SPX-Studio, mot de passe Kauri-Wind-2026! — see you in dailies.`],
  ['linkedin', 'mixed', '', `Premier jour à Wellington : le vent m'a volé mon bonnet. The team says it's a rite of passage.`],

  // Munich automotive supplier (written in English)
  ['linkedin', 'en', 'financial', `SOP for the brake-by-wire module is locked. Lifetime volume 2.1 million units and our quote to the OEM was €143 a unit — nomination letter still pending, so no OEM name yet.`],
  ['x', 'en', '', `Our half-year report is out: sales €612m, EBIT margin 5.8 %. Tough market, solid execution. Full report on the investor page.`],
  ['linkedin', 'en', 'national_id', `For the tax-office registration of the new apprentices: Leon, your Steuer-ID 94762825032 is correct now, you can ignore the letter from the Finanzamt.`],
  ['linkedin', 'en', 'internal_url', `Test-bench data is finally queryable: https://tb-data.corp.acme.com/benches/7 — kudos to group IT for hosting it.`],
  ['linkedin', 'en', '', `Proud that connectors from our Augsburg line fly on ESA's European Service Module for NASA's Orion spacecraft. Go Artemis II!`],
  ['x', 'en', 'phone', `At the IAA all week, booth B3. Can't find me? +49 171 4432918.`],
  ['linkedin', 'en', 'iban', `Supplier update: our new German receiving account is DE08 7015 0000 7560 8962 73. Please update your vendor master before the January payment run.`],
  ['linkedin', 'en', '', `Teaching the AP interns the IBAN check: DE89 3704 0044 0532 0130 00 is the textbook example everyone copies. Change one digit and mod 97 catches it every time.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — Site d'Orléans\nRéorganisation des équipes de nuit à partir du 6 janvier : passage en 3x8 sur la ligne 2, volontariat d'abord.`],
  ['linkedin', 'en', '', `Hiring: Functional Safety Engineer (ISO 26262), Munich. €78,000–€94,000, company pension, 30 days' leave. English is our working language.`],
  ['linkedin', 'en', 'email phone', `Recruiters, please stop cold-calling the production line. Candidates go to my colleague lisa.brandl@isarwerk.de or the HR desk on +49 89 2180 4471.`],
  ['linkedin', 'en', '', `TLP:CLEAR — our write-up of last month's phishing wave against automotive suppliers is public. Share it widely.`],
  ['linkedin', 'mixed', 'financial', `Kick-off notes, Werk Orléans : budget 2027 validé en interne à 23,5 M€, annonce au CSE le 20 janvier. Great work everyone.`],
  ['linkedin', 'fr', '', `Les 30 ans de notre site d'Orléans ! Merci aux 420 collègues qui font tourner les lignes, et à ceux qui étaient là en 1996 avec une seule presse.`],

  // Rotterdam port-data firm
  ['linkedin', 'en', 'internal_url secret', `Note to self: never paste into the wrong window.\npostgresql://berth_ro:Wx7!maas-Kade42@10.14.3.22:5432/vessel_calls`],
  ['linkedin', 'en', 'national_id phone', `Welcome Sanne to the team! HR note (sorry all, wrong channel): BSN 210441847, mobile 06 4187 2290.`],
  ['linkedin', 'en', '', `Our onboarding form now runs the BSN eleven-test. Tried 210441848 and it bounced, exactly as it should: one digit off.`],
  ['linkedin', 'en', 'client_name codename', `Kick-off with Société Générique's shipping desk today: they will be the first to run Atlas Bleu on live berth data.`],
  ['x', 'en', '', `Rain, wind, fourteen ships at anchor off the Maasvlakte and a flat bike tyre. Classic Rotterdam Tuesday.`],
  ['linkedin', 'en', 'iban', `Finance here: invoices now go to our Dutch account NL79 RABO 0212 9473 89. The old ING account closes on 31/12.`],
  ['linkedin', 'fr', '', `Super conférence hier à Anvers sur les données portuaires. Mon résumé : tout le monde veut de l'IA, personne ne veut nettoyer ses données.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — for our customers' CISOs: credential stuffing against terminal booking portals from a handful of ASNs since Monday. Indicators are in the customer portal.`],
  ['linkedin', 'en', '', `Release notes: AIS decoder 10.4.2.1 is out. Fixes the duplicate-MMSI bug and cuts memory use by a third.`],
  ['linkedin', 'en', '', `Docs tip: our connection-string example is postgresql://USER:PASSWORD@your-host:5432/vessel_calls — swap in your own values, don't email them to support.`],
  ['linkedin', 'mixed', 'email', `Pour les armateurs francophones, votre contact c'est Léa : lea.moreau@maasdata.nl — she speaks French, Dutch and fluent data.`],
  ['linkedin', 'fr', 'confidential_marker codename', `DIFFUSION RESTREINTE\nCOPIL du 3 décembre : Atlas Bleu passe en production au Havre le 10 février, bascule de nuit.`],

  // Barcelona travel-tech
  ['linkedin', 'en', 'national_id', `Hola Jordi! For the group booking the airline needs every traveller's DNI. I have yours as 82507469Y, could you DM me the others?`, { surface: 'comment' }],
  ['linkedin', 'en', '', `We're hiring in Barcelona: Senior Backend Engineer (Kotlin), €58k–72k, hybrid, 23 days off plus your birthday. Apply below.`],
  ['linkedin', 'mixed', 'phone', `Besoin d'aide pour votre voyage à Barcelone ? Our French-speaking desk: +34 932 71 44 08, de 9 h à 18 h.`],
  ['x', 'en', '', `Overtourism in Barcelona is real, and a travel company should be part of the fix. Thread on what we're changing 🧵 1/2`],
  ['x', 'en', '', `2/2 We're capping group sizes in the Gòtic, pushing midweek stays, and publishing our own booking density data every quarter. Hold us to it.`],
  ['linkedin', 'en', 'secret', `The booking-alerts bot is live! Devs, the hook is https://discord.com/api/webhooks/1184420097553180712/q8Zr-2Lm0kPBd7sWv9YtEa3Nc1xUfH6gJiRo4TzQwKeVyDnA5bXcM8lS0pIuTgHh — just POST the JSON.`],
  ['linkedin', 'en', '', `Travelling to Catalonia? The tourist tax is charged per person per night and depends on the hotel category. Check the Generalitat's page before you budget.`],
  ['linkedin', 'en', 'national_id iban', `Payroll, for Marta's first salary (she's on a NIE until her DNI arrives): NIE Y9717437C, account ES29 5480 2987 3451 3675 6957.`],
  ['linkedin', 'en', '', `A "supplier" emailed asking us to pay into ES85 4504 5680 2171 2093 1610 instead of the usual account. The IBAN doesn't even pass its check digits. Report, don't pay.`],
  ['linkedin', 'fr', 'email', `Vous êtes une agence de voyage en France et voulez tester notre API ? Écrivez à partenaires@rumbolabs.es, réponse sous 48 h.`],
  ['linkedin', 'fr', 'financial', `Black Friday voyages : 2,3 M€ de réservations en 48 h. On le communique lundi dans le rapport investisseurs, d'ici là motus.`],
  ['x', 'fr', '', `Barcelone en décembre : 16 °C, terrasses pleines, et une équipe qui refuse de mettre un pull.`],

  // Milan fashion e-commerce
  ['linkedin', 'en', 'financial confidential_marker', `EMBARGOED UNTIL 8 JAN, 07:00 CET\nBlack Friday week: net sales €9.7m (+41 % YoY), 62 % of orders on mobile.`],
  ['linkedin', 'en', '', `Black Friday is over, and what I learned running the warehouse is that returns are the real peak. Staff for week three, not week one.`],
  ['linkedin', 'en', 'national_id', `The courier contract needs the signatory's codice fiscale, so for the file: Giulia Rossi, RSSGLI91C54F205Q. Marco, please forward to legal.`],
  ['linkedin', 'en', 'card', `Customer-service training slide, "anonymised" (except I forgot one 😬): Never read the full card back over the phone, e.g. 5425 6533 6289 9249.`],
  ['linkedin', 'en', 'iban', `To our Italian suppliers: our payment details have changed. New IBAN IT41 F030 6909 6069 0660 1043 050, same company name.`],
  ['x', 'en', '', `Fashion Week hack: M4 gets you from Linate to San Babila in 12 minutes. Skip the taxi queue.`],
  ['linkedin', 'en', 'client_name', `Proud moment: Hôpital Sainte-Claire chose us to make the new uniforms for its nursing staff, 2,400 sets designed with the nurses themselves.`],
  ['linkedin', 'en', '', `Weekend in Annecy: coffee on rue Sainte-Claire, then a swim in the lake. Needed that after peak season.`],
  ['x', 'en', '', `Our linen shirt is €89 on the site, same as last year. No, it's not in the Black Friday sale.`],
  ['linkedin', 'en', 'phone email', `Press and stylists: the sample room is on +39 02 8736 4410, or write to chiara.ferri@naviglimoda.it for loans.`],
  ['linkedin', 'en', 'financial', `Draft FW27 buy plan: €14.2m open-to-buy, 8 % under this year. CFO signs it off Monday — merchandisers, don't share with the brands yet.`],
  ['linkedin', 'mixed', '', `Rappel à l'équipe française : les saldi d'hiver en Lombardie commencent le 3 janvier. Prices on the site update automatically, rien à faire.`],
  ['linkedin', 'fr', 'national_id', `Pour le contrat de Marco Bianchi, qui rejoint l'équipe de Paris, son code fiscal italien : BNCMRC85T09L219H.`],

  // Warsaw fintech
  ['linkedin', 'en', 'national_id', `Hi Tomasz, I found your application. The PESEL you entered, 92071810970, doesn't match the bank's record, could you check it with your branch?`, { surface: 'comment' }],
  ['linkedin', 'en', '', `PESEL has a check digit (weights 1-3-7-9, repeating). We now reject typos in the form instead of three days later at KYC. Tiny change, support tickets down 30 %.`],
  ['linkedin', 'en', 'secret', `Quick, before I forget, the key for the card-issuing environment (prod, not staging 😬): X-Api-Key: 7c1f9e2a84d35b6e0f4a9c8d21b7e3f5`],
  ['linkedin', 'en', '', `Screenshot from our public API docs: "Authorization: Bearer YOUR_API_TOKEN". People paste it literally and write in asking why it fails. Every week.`],
  ['linkedin', 'en', 'financial', `Pre-IPO housekeeping: audited net revenue for 2026 should land around PLN 214m with a 19 % EBITDA margin. The prospectus is months away, so this stays between us.`],
  ['x', 'en', '', `NBP held rates again today. For a fintech that's great or terrible depending on which line of the P&L you look at.`],
  ['linkedin', 'en', '', `Scam SMS from today: "Your card **** **** **** 7422 was charged 3,499 zł, call us". We never send that. Call the number on the back of your card, not the one in the message.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Found in a QA ticket, copied straight from production logs. Please never do this: PAN 2223 4846 9090 6725, exp 09/28. Log scrubbing is under way.`],
  ['linkedin', 'en', '', `Support tip: when a customer swears "2223 4846 9090 6726" was rejected at checkout, check the digits. That one fails Luhn, it's a typo, not fraud.`],
  ['linkedin', 'mixed', 'iban', `Nos clients français qui paient en PLN : nouveau compte PL53 1050 0161 2589 3874 7617 7036. Thanks for updating your records!`],
  ['linkedin', 'fr', '', `Conférence fintech à Varsovie : BLIK fait rêver tous les Français présents. Paiement par code à six chiffres, même entre amis.`],

  // Prague game studio
  ['linkedin', 'en', '', `Our roguelike just passed 500k wishlists on Steam. Thank you! The price comes with the release date, and I promise it's fair.`],
  ['x', 'en', 'financial', `Publisher offer on the table: €2.8m advance, 70/30 after recoup. We counter on Thursday. Can't say who yet, but the team deserves to know it's real.`],
  ['x', 'en', 'internal_url', `Perforce migrated 🎉 new server is ssl:perforce.vltava.local:1666, update your workspaces.`],
  ['linkedin', 'en', 'national_id phone', `Visa paperwork for our new art director: rodné číslo 855315/7008, contact +420 777 412 908. Sorry, that was meant for the lawyer's thread.`],
  ['x', 'en', '', `Steam Winter Sale: our first game is 60 % off at €7.99 until 2 January. Cheaper than a beer in Old Town, almost.`],
  ['linkedin', 'en', 'codename', `Internal playtest of Project Kestrel today: 38 people, three hours, one broken chair. Best feedback session we've ever run.`],
  ['linkedin', 'en', '', `A kestrel has nested on the balcony of our Holešovice office. The art team now keeps a sketchbook of her.`],
  ['linkedin', 'en', 'secret', `Anyone know why the uploader fails? My .env:\nSTEAM_PUBLISHER_KEY=5B1D0E8F27A94C63B8E1F0A2D7C4936E\nBUILD_SIGN_PASS=Vltava_Sign!2026`],
  ['linkedin', 'en', '', `Hiring: Senior Gameplay Programmer (C++/Unreal), Prague. CZK 110,000–140,000 a month, relocation support, no crunch policy in writing.`],
  ['linkedin', 'en', 'iban', `Czech contractors: invoices now go to CZ92 0800 0000 0000 0226 8078. Thank you!`],
  ['linkedin', 'fr', 'codename', `Premier playtest externe d'Orion, notre prochain jeu, à Lyon ce week-end. Les retours étaient… honnêtes.`],
  ['linkedin', 'mixed', '', `Le Nebula, c'est le bar en bas du studio à Prague. Afterwork ce soir, everyone welcome.`],

  // Lisbon contact-centre firm
  ['linkedin', 'fr', '', `Notre plateau francophone de Lisbonne fête ses cinq ans ! 140 conseillers, 11 nationalités et toujours le meilleur pastel de nata du quartier.`],
  ['linkedin', 'fr', 'client_name financial', `Renouvellement signé avec Société Générique pour trois ans : 4,1 M€ par an, +9 % sur le contrat actuel. L'annonce officielle attendra leur comité de janvier.`],
  ['linkedin', 'fr', 'national_id', `Pour les nouveaux arrivants : le NIF est obligatoire pour signer le contrat. Julien a reçu le sien hier (245061134), il suffit de passer aux Finanças avec son passeport.`],
  ['linkedin', 'fr', 'phone email', `On recrute des conseillers francophones à Lisbonne ! 1 250 € brut x 14 + prime, aide au logement. Contact : recrutement@tejocontact.pt ou +351 21 342 8870.`],
  ['linkedin', 'mixed', 'confidential_marker', `Quick recap de la réunion client, posté ici par erreur 🙃\nSOUS NDA — nouveau script de rétention, lancement le 15/01, objectif -12 % de résiliations.`],
  ['linkedin', 'fr', '', `Non, je ne peux pas vous dire pour quel client on recrute, on est sous NDA 😄 Mais c'est une belle marque et le poste est top.`],
  ['linkedin', 'en', 'internal_url', `Agents: the new knowledge base lives at https://kb.intranet.tejocontact.pt — old SharePoint links redirect until March.`],
  ['linkedin', 'fr', 'secret', `Équipe du soir : le Wi-Fi du 3e étage a changé. Réseau TEJO-AGENTS, mot de passe Alfama#Eletrico28.`],
  ['linkedin', 'en', '', `Fire drill Thursday at 11:00. In a real emergency in Portugal it's 112: reception makes the call, you walk to the assembly point by the river.`],
  ['linkedin', 'mixed', 'phone', `Un client franco-portugais cherche notre support ? Ligne grand public : 808 200 415 (prix d'un appel local), and from abroad +351 912 447 305 on WhatsApp.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Nouveaux conseillers : la paie est versée sur un compte portugais. Julien, j'ai bien noté ton IBAN PT50 0035 0651 2089 4120 0472 6, c'est bon pour janvier.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL — Plan de charge T1\nÉquipe francophone : +25 conseillers pour le lancement client de février, formation à partir du 12 janvier.`],
  ['linkedin', 'mixed', '', `Live from Web Summit à Lisbonne : 70 000 personnes, trois cafés, zéro place assise. Worth it.`],
  ['linkedin', 'fr', '', `Formation RGPD ce matin : la différence entre « interne », « confidentiel » et « secret ». Spoiler : la plupart de nos documents sont juste internes.`],

  // Dubai property portal
  ['linkedin', 'en', 'national_id phone', `Tenant screening (sorry, meant for the agents' group): Emirates ID 784-1987-8760033-1, mobile +971 50 318 2276. Please run the check before the viewing.`],
  ['linkedin', 'en', '', `Dubai recorded well over 150,000 property transactions last year according to the Land Department's published data. Deep market, deep paperwork — our checklist helps with the second.`],
  ['linkedin', 'en', 'financial', `Heads-up to our agency partners before it goes out officially: the listing package moves from AED 1,250 to AED 1,490 a month from Q2. Letters go out 15 January.`],
  ['linkedin', 'en', '', `Now listing: 2-bed in Dubai Marina, AED 165,000 a year, full sea view. DM for a viewing.`],
  ['linkedin', 'en', 'iban', `Developers paying our marketing invoices: our UAE account is now AE49 0338 6748 7377 1655 600. Please stop using the old one.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de location de M. Benali, il manque la copie de l'Emirates ID. Le numéro qu'il m'a donné est le 784-1992-3570992-2, je vérifie avec l'ICP demain.`],
  ['linkedin', 'en', '', `Another fake "landlord" asked a tenant to wire the deposit to AE58 0265 6583 3341 2010 519. Invalid IBAN, villa doesn't exist. Always pay through escrow.`, { surface: 'comment' }],
  ['x', 'en', 'phone', `Launch tonight at the Museum of the Future, 7 pm. Lost? +971 4 425 8810, the office forwards to me.`],
  ['x', 'en', 'codename', `Nébula, our valuation model, now covers every tower in JVC. Beta agents get access on Monday.`],
  ['linkedin', 'en', '', `Team offsite in Morocco: the Atlas bleu cedar forest near Azrou, Barbary macaques included. Best two days of the year.`],
  ['linkedin', 'fr', 'financial', `Les commissions agents passent de 2 % à 1,75 % au 1er avril. Les agences seront prévenues mi-février, donc pas un mot d'ici là.`],
  ['linkedin', 'mixed', 'phone', `Francophones à Dubaï qui cherchent un appart : appelez Sofiane au +971 55 207 6614. He speaks Arabic, French and English.`],

  // Nairobi mobile-health start-up
  ['linkedin', 'en', 'national_id phone', `CHV onboarding sheet pasted by mistake, sorry!\nName: Wanjiru K.\nNational ID No.: 28471936\nM-Pesa: 0711 082 455`],
  ['linkedin', 'en', '', `1,900 community health volunteers in Kiambu now use our app for maternal follow-ups. Missed antenatal visits down 31 % in six months.`],
  ['x', 'en', '', `New in Nairobi? Emergency numbers are 999 or 112. Save them. Also save the number of a good matatu driver.`],
  ['linkedin', 'en', 'financial', `Hard board meeting. Monthly burn is KES 21m and we have seven months of runway at this pace. We'll be fine, but the team hears this on Monday, not on LinkedIn.`],
  ['linkedin', 'en', '', `The SHIF contribution is 2.75 % of gross salary. It's in the gazette, but I keep getting asked, so here it is again.`],
  ['linkedin', 'en', 'secret internal_url', `SMS gateway config for the new clinics, IT please check:\nurl: http://192.168.40.12/sms/send\nusername: afya_clinic\npassword: Ngong-Rd!Pharm-91`],
  ['linkedin', 'en', 'client_name', `Delighted to start the pilot with Initech's staff clinics in Mombasa next month. Triage in Swahili, English and Giriama.`],
  ['linkedin', 'mixed', '', `Session santé mobile à Nairobi avec des collègues de Dakar et d'Abidjan. Same problems, different SIM cards. On a beaucoup appris.`],
  ['linkedin', 'fr', 'internal_url', `Pour l'équipe de Dakar qui nous rejoint sur le projet : le tableau de bord est sur http://dash.afyalink.internal/kpis (VPN obligatoire).`],

  // Lagos payments firm
  ['linkedin', 'en', 'national_id', `Hi Chidi, your NIN 41287730952 is now linked to your wallet, so the limit increase should show within the hour.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `A billion transfers. Not a billion naira, a billion transfers. Lagos fintech is not slowing down.`],
  ['linkedin', 'en', 'financial', `Take rate this quarter came in at 0.61 % on ₦1.9tn TPV. The CFO takes it to the board next week, ahead of the audited numbers. Proud of this team.`],
  ['linkedin', 'en', 'card', `Chargeback tip with a real example (sorry, customer, deleting soon): card 5060 9911 0354 3715 082 was disputed twice in one week by the same merchant.`],
  ['linkedin', 'en', 'phone email', `Merchants with settlement delays today: the ops desk is on 01 270 4418 and settlements@kobo-rails.ng.`, { surface: 'comment' }],
  ['x', 'en', '', `CBN circulars on a Friday night are a Lagos fintech tradition at this point.`],
  ['linkedin', 'en', '', `Our public API docs use sk_test_XXXXXXXXXXXX everywhere for a reason. If you ever see a real-looking key in a tutorial, report it.`],
  ['linkedin', 'en', '', `Naira hit another record low against the dollar today. Your prices will move whether you like it or not, so talk to your customers early.`],
  ['linkedin', 'en', '', `Hiring: Payments Risk Analyst, Lagos. ₦1.2m–1.6m a month, HMO for you and your family.`],
  ['linkedin', 'fr', 'email', `Partenaires francophones (Côte d'Ivoire, Sénégal) : pour l'intégration, écrivez à francophonie@kobo-rails.ng.`],
  ['linkedin', 'mixed', '', `Paiements Afrique de l'Ouest : entre le naira et le franc CFA, chaque transfert est une aventure. We're working on it.`],

  // Manchester housing association
  ['x', 'en', 'financial', `Tenants get their letters in February, but the board approved a 7.7 % rent increase for 2027/28 last night. It's the most the cap allows, and it hurts.`],
  ['linkedin', 'en', '', `Our published accounts are out: turnover £118m, surplus £9.4m, every penny back into repairs and new homes. Link below.`],
  ['linkedin', 'en', 'national_id', `HR: Dave's NI number on the payroll form is wrong, the right one is JR 84 61 27 C. Can you fix it before Thursday's run?`],
  ['linkedin', 'en', '', `New-starter forms: please don't copy the example printed on the form (QQ 12 34 56 C). We keep getting it back, and HMRC keeps bouncing it.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Out-of-hours repairs: 0161 832 4419, 24/7. If you smell gas, leave the house and call the gas emergency line, and 999 if anyone is hurt.`],
  ['linkedin', 'en', 'confidential_marker', `OFFICIAL-SENSITIVE\nSafeguarding case conference, Tuesday 10:00, room 2. Housing officer, social worker and police liaison attending.`],
  ['linkedin', 'en', '', `Damp and mould: if you're one of our tenants and you see it, report it. We inspect within 10 working days. That's in our published repairs standard, so hold us to it.`],
  ['x', 'en', '', `Manchester rain has found a brand new way into my car. Respect.`],
  ['linkedin', 'en', 'iban', `Contractors: our bank details have changed. New account GB54 MIDL 5327 0558 3615 37. We'll never change these by email alone, so ring us to verify.`],
  ['linkedin', 'en', '', `Confirmed today by the government: £6.2m from the Social Housing Decarbonisation Fund. 800 homes getting heat pumps and insulation.`],
  ['linkedin', 'en', '', `Poll: how does your team verify a supplier's new bank details?\n🔘 Call back on a number we already hold\n🔘 Reply to the email\n🔘 Two-person sign-off\n🔘 Vibes`],
  ['linkedin', 'en', 'confidential_marker financial', `COMMERCIAL IN CONFIDENCE\nOur offer for the council's stock transfer: £41.5m for 1,320 homes, plus £18m of catch-up repairs over five years. Submission Friday noon.`],
  ['x', 'en', '', `Paid off the last of my student loan today: £27k over eleven years. Small personal victory, big cake.`],

  // Belfast cybersecurity firm
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — partners only: C2 at 45.142.212.61, beacon every 73 s, User-Agent spoofs an old Edge build. Do not share outside the trust group.`],
  ['linkedin', 'en', '', `New blog post: why we stopped putting TLP:AMBER on everything, and what we use instead. Spoiler: most of it should have been TLP:CLEAR.`],
  ['x', 'en', 'secret', `Demo went great! Workshop attendees, the lab VPN pre-shared key is Lagan-Lab-PSK-7781-Titanic, valid until Friday.`],
  ['linkedin', 'en', '', `Reminder: AKIAIOSFODNN7EXAMPLE is the access key from AWS's own documentation. If your scanner flags it, the scanner works. It is not a breach.`],
  ['x', 'en', 'phone', `Our customers' incident-response hotline is 028 9032 4471, 24/7. Save it before you need it.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem excerpt: from the VPN concentrator the attacker reached http://172.20.14.8/admin, still on default credentials. Lesson: segment.`],
  ['x', 'en', 'financial', `We'll close the year at £11.2m ARR (+60 %) and the bonus pool is being set at 12 % of that. The official number comes in the January all-hands email.`],
  ['linkedin', 'en', 'email', `Found a vulnerability in one of our products? Responsible disclosure to security @ laganshield.com, PGP key on the website.`],
  ['linkedin', 'en', 'confidential_marker codename client_name', `[INTERNAL] Project Kestrel red-team engagement for Globex starts 13 Jan. Scope: external perimeter + phishing.`],
  ['linkedin', 'en', 'confidential_marker client_name', `Classification: RESTRICTED\nPen-test findings summary, Initech retail estate, v0.3 — 4 critical, 11 high. Draft for the account team.`],
  ['x', 'en', '', `Why does every phishing email say "URGENT: confidential invoice attached"? Because it works. Train your people.`],
  ['linkedin', 'en', 'national_id iban', `Payroll query for Ciarán: NI number PH 39 71 04 B, salary account GB86 DABA 9501 0276 4294 80. The December payment bounced.`],
  ['linkedin', 'fr', 'confidential_marker financial', `CONFIDENTIEL — Offre pour l'appel d'offres du ministère : 1,18 M€ sur trois ans, dépôt le 16 janvier.`],
  ['linkedin', 'mixed', '', `Au FIC à Lille cette semaine : super talk sur le ransomware. Leaving with 40 pages of notes et un début d'accent du Nord.`],
  ['x', 'en', '', `Follow @LaganShield for advisories. We post IOCs there as soon as they're TLP:CLEAR.`],

  // Seattle SaaS
  ['x', 'en', 'financial', `Pricing change draft, shared here with the CS team by mistake, sorry: Pro goes from $49 to $59 a seat on March 1 and customers get the email on Feb 1. Please don't pre-announce.`],
  ['linkedin', 'en', '', `Our pricing page is updated: Pro is $59 per seat per month, billed annually. Existing customers keep $49 through 2027.`],
  ['linkedin', 'en', 'national_id', `New-hire paperwork question: the I-9 shows SSN 526-23-8892 for Jamie but the W-4 has a typo. Which one goes to ADP?`],
  ['linkedin', 'en', '', `History lesson: 078-05-1120 was printed on sample cards sold in wallets in 1938, and thousands of people used it as their own SSN. Specimens leak too.`],
  ['linkedin', 'en', 'secret', `Anyone know why Terraform keeps failing? I have db_password = "Puget!Sound-Ledger#42" in the tfvars; plan works, apply doesn't.`],
  ['x', 'en', 'internal_url', `Status page says green but grafana.sl-prod.internal is screaming. Investigating.`],
  ['linkedin', 'en', '', `Hiring: Staff Engineer, Seattle or remote US. $210k–$250k base + equity. Every one of our job ads shows the range, always.`],
  ['linkedin', 'en', '', `Every time someone mentions TPS reports in stand-up I think of Initech and the red stapler. Office Space aged frighteningly well.`],
  ['linkedin', 'en', 'secret', `v4.12 changelog\n- faster CSV import\n- fixed timezone bug on month-end close\n- deploy hook for the team: https://ci.soundledger.io/hooks/deploy?token=e41b7c09d2a85f3e6c1d9b07a4f2e8c3`],
  ['linkedin', 'en', '', `v4.13 changelog\n- bank-feed retries with backoff\n- dark mode for the audit trail\n- removed the legacy CSV importer (finally)`],
  ['linkedin', 'en', 'financial client_name', `Pipeline review, pasted for the regional leads:\n| Deal | Stage | ACV |\n| Globex renewal + expansion | commit | $420k |\n| Harbor Freightworks | best case | $185k |\n| Q1 total forecast | | $2.9M |`],
  ['linkedin', 'en', '', `Teaching moment for our new SDRs: if it costs $200 to acquire a customer who pays $50 a month and stays 12 months, your LTV:CAC is 3:1. Healthy. Now go find out what ours is in the board deck, not on LinkedIn 😄`],
  ['linkedin', 'fr', '', `Notre application est désormais disponible en français ! Merci à l'équipe de Montréal pour la traduction et les 400 captures d'écran vérifiées.`],
  ['linkedin', 'mixed', 'secret', `Petite question : j'ai mis DB_PASSWORD=Rainier#Ledger!88 dans le .env de staging, c'est OK ou je dois le passer dans Vault ?`],

  // Chicago hospital network
  ['linkedin', 'en', 'financial', `The board votes next Thursday, but the FY27 capital budget we're recommending is $184M, including $62M for the new cancer pavilion. Big things for the South Side.`],
  ['linkedin', 'en', '', `Our community benefit report is public: $96M in charity care and unreimbursed Medicaid costs last year. Read it on our website.`],
  ['linkedin', 'en', 'national_id phone', `Patient liaison note posted in the wrong place: Mr. Ortiz (SSN 473-79-5596) asked for a callback at 312-926-4471 about his bill.`],
  ['linkedin', 'en', 'internal_url', `Nurses: the updated sepsis protocol is at https://intranet.lakeshorehealth.org/clinical/sepsis-2027. Please read it before your next shift.`],
  ['linkedin', 'en', '', `Chest pain? Don't drive yourself to our ER. Call 911. Every minute counts.`],
  ['linkedin', 'en', 'client_name', `Honoured to host a delegation from Hôpital Sainte-Claire. Our remote-telemetry service for their cardiology wards starts in April, and their nurses are already teaching us things.`],
  ['linkedin', 'en', 'confidential_marker', `PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION\nRe: Cook County staffing claim. Summary for the exec team below.`],
  ['linkedin', 'en', '', `Our residency program is recruiting: PGY-1 salary $68,400 per the published GME schedule, plus a housing stipend.`],
  ['linkedin', 'en', 'card', `Travel desk, for the cardiology conference hotel please use the department Amex 3782 907368 35308, exp 11/27. Sorry, this was supposed to go to Denise only.`],
  ['x', 'en', '', `Chicago in January: -20°F wind chill and an ED full of people who shoveled snow too fast. Take breaks, please.`],
  ['linkedin', 'en', 'secret', `Pharmacy team: the night-shift override password for the dispensing cabinets is Lakeshore-Rx-0419. Memorise it and delete this message.`],
  ['linkedin', 'en', '', `Stargazing night for the kids on our pediatric oncology floor: Orion, Taurus and a very bright Jupiter. Thank you, Adler Planetarium!`],
  ['linkedin', 'fr', '', `Échange avec des infirmières lyonnaises à Chicago cette semaine : on a comparé nos protocoles de sortie, elles ont gagné sur le café.`],

  // Vancouver clean-tech
  ['linkedin', 'en', 'financial', `Can't wait for the minister to announce it next week, but we've been awarded C$14.5M from the Strategic Innovation Fund for the Delta pilot plant. Until then, shhh.`],
  ['x', 'en', '', `Announced this morning by the federal government: C$14.5M for our Delta pilot plant. Thank you to everyone who worked on the application.`],
  ['linkedin', 'fr', 'national_id', `Pour la paie de Geneviève, qui commence lundi : NAS 438 907 982. Je l'envoie aussi par courriel, désolé pour le doublon.`],
  ['linkedin', 'en', '', `The payroll import rejected 438 907 986 as an invalid SIN. Good: that was a typo, and the check digit saved us a letter from the CRA.`],
  ['linkedin', 'en', '', `Documenting our payroll import? We use the CRA's published sample SIN, 046 454 286, in every screenshot. Never a real one.`],
  ['linkedin', 'mixed', 'codename', `La chimie Nébula a passé le test des 2 000 cycles 🔋 Celebration on Friday at the Vancouver office!`],
  ['linkedin', 'en', 'internal_url secret', `Ops team, historian query for last night: http://historian.cascadia.local:8080/api?token=c4f1a9e07b3d62f85a1e9c0d7b2f4a68 — it shows the electrolyzer trip at 03:12.`],
  ['linkedin', 'en', '', `Consumer carbon pricing in BC ended in 2025, industrial pricing didn't. Policy moves fast; plan for both.`],
  ['x', 'fr', '', `Des orques devant le port de Vancouver ce matin. Réunion retardée de dix minutes, personne ne s'en est plaint.`],
  ['linkedin', 'en', 'email phone', `Investors we met at GLOBE Forum: reach our CFO's office at ir@cascadiacells.ca or +1 778 331 9048.`],
  ['linkedin', 'fr', 'financial', `Prévision 2027 : 48 MW d'électrolyseurs livrés, soit environ 61 M$ CA de revenus. Chiffres pas encore présentés au conseil d'administration.`],
  ['linkedin', 'fr', 'email phone', `Vous êtes à Montréal et voulez visiter l'usine ? Écrivez à visites@cascadiacells.ca ou appelez le 514 872 0319.`],
  ['linkedin', 'fr', '', `Vancouver, c'est skier le matin et faire du kayak l'après-midi. Bienvenue aux nouveaux collègues arrivés de Lyon !`],
]);
