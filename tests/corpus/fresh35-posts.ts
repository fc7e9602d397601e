import { rows } from './corpus-types';

/**
 * Held-out set "fresh35": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/, the
 * tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the first 45 lines of
 * fresh17 for the header and row style, and index.ts to register the set), without grepping the repository, so it
 * measures how the rules generalise to posts they were never tuned on; the checks, the scorer and vitest were not run
 * on these posts. `npx tsx scripts/score-checks.ts --only fresh35`.
 * First scored 2026-12-04 05:10 UTC on the rules of 2a5c28d (the session's final rules, after the fixes from fresh30 to
 * fresh33), before any fix from it: confidentiality macro F1 0.970, 4.0 % of clean posts flagged (5 of 125); financial 0.873
 * (precision 0.923, recall 0.828), confidential_marker 0.917, codename 0.917, secret 0.966, the 7 others 1.000. On b1a418f
 * (the session's first rules): 0.963 / 4.8 %.
 *
 * Authors (mostly English-speaking employees from the UK, Ireland, the US, Canada, Australia, India and the Nordics):
 * a Bristol payments fintech, a Galway freight-analytics firm, a Winnipeg dental-supply distributor, an Adelaide solar
 * installer, a Bengaluru teleconsult healthtech, a Bergen salmon farm, a Gothenburg battery recycler, a Tampere game
 * studio, an Aarhus speaker maker, an Austin insurtech, a Portland coffee roaster, a Pune axle maker, a Cardiff
 * broadcaster, an Edinburgh legal-tech, a Brisbane mining-safety firm, a Toronto credit union, a Montpellier vineyard
 * agritech, a Grenoble semiconductor-test maker, a Lille furniture e-shop and a Rennes cybersecurity firm. Forms: team
 * wins, pasted meeting notes and board/leadership recaps, Slack and Teams messages pasted by mistake, spreadsheet rows
 * and markdown tables, config and env snippets, customer replies (surface 'comment'), job ads with published salary
 * ranges, conference live-posts, public and internal changelogs, incident post-mortems and night-shift handovers,
 * supplier bank-detail notices and club fee requests, polls, a three-post X thread, goodbyes, out-of-office notes and
 * tips. Positives: financial (budgets approved but unannounced, sealed bids and tenders before opening, ARR and
 * pipeline targets, price rises before customers are told, margins and BOM cost, a pre-money valuation, capex, burn
 * and runway, a sales quota, a distributor minimum order, a draft plan table) in £, €, $, CA$, A$, ₹ crore, NOK, DKK,
 * ¥; secrets (Wi-Fi passwords, a Discord and a Slack webhook, a Shopify token, a GitLab and a GitHub token, an AWS
 * key id in a post-mortem, a Postgres DSN, an RTMP stream key, SCADA and SSH logins, a bootstrap admin password, an SMS
 * auth key); internal URLs (corp.acme.com and acme-corp.net hosts, intranet. labels, .local, .internal, .corp, private
 * IPs); IBANs (GB, IE, DE, CH, AT, LT, FR with RIB key incl. a letter in the account); cards (Visa, Mastercard 5- and
 * 2-series, Amex, Discover, Luhn-checked); national ids (UK NINO and US SSN by format, Canadian SIN with Luhn, Irish
 * PPSN, Australian TFN, Indian Aadhaar with Verhoeff, Norwegian fødselsnummer, Danish CPR, Finnish henkilötunnus,
 * Swedish personnummer, French NIR with its key); named employees' mobiles, switchboards, hotlines and toll-free
 * numbers; personal and role mailboxes and obfuscated "[at] [dot]" and "name @ domain" addresses; explicit markers
 * (CONFIDENTIAL, STRICTLY CONFIDENTIAL, EMBARGOED UNTIL, EMBARGO jusqu'au, TLP:AMBER, TLP:RED, Classification: Internal,
 * INTERNE – NE PAS DIFFUSER, SOUS NDA, [INTERNAL]); the policy's code names and clients in their project and
 * customer sense. Look-alikes: published results, public price lists and rates, salary bands, other organisations'
 * public figures, public budgets voted in council or parliament, personal budgets and a teaching example; Stripe's
 * 4242 and 4000...0002 and Amex's 378282246310005 test cards, order numbers failing Luhn, the UK example IBAN, masked
 * and wrong-check IBANs in scam warnings, the CRA sample SIN, the Woolworth SSN, HMRC's QQ NINO, the Finnish 131052-308T
 * example, an all-nines NIR, masked Aadhaar and PPSN, an invalid TFN in a scam text; AWS's EXAMPLE keys, env
 * placeholders, sk_test_XXXX, default pi/raspberry, the ghp_ prefix; bare public domains and blogs, private ranges
 * explained in general; emergency numbers (112, 999, 000, 911, 17); informal "entre nous", "please don't forward",
 * "don't share my photos" requests, NDA advice, TLP:CLEAR, a film and a theatre workshop named "Confidential",
 * classification levels explained; Orion the constellation and nebula, Orion Health, a coffee blend "Nebula Nights",
 * kestrels, a blue-eyed cat named Atlas, an acoustics atlas, Office Space's Initech, a Sainte-Claire chapel,
 * Societe Generale's public results, a globetrotter.
 *
 * CONVENTIONS: every written email address is `email` (role mailboxes and obfuscated forms included; a bare domain is
 * not); the user:password part of a connection string is `secret`, not `email`. Every written phone number is `phone`
 * (switchboards, hotlines, toll-free, any format); emergency short numbers are not. `confidential_marker` only for
 * explicit labels, not informal requests inside a sentence nor mentions of the words. `financial`: the company's own
 * figure with a sign it is not public yet; published, public, job-ad, personal and teaching figures are clean.
 * `secret`: keys, tokens, passwords (Wi-Fi included), webhook URLs with their token, connection-string credentials;
 * placeholders and vendor examples are not. `internal_url`: the policy's internal domains, any host under an
 * `intranet.` label, private IPs, .local/.internal/.corp hosts; public company sites are clean. `iban`, `card`,
 * `national_id`: only valid numbers (computed with a throwaway script outside the repo); invalid, masked, test and
 * specimen numbers are clean, and a digit run inside a valid IBAN is not also a card. `codename`, `client_name`: the
 * policy's names in their project/customer sense only. A post carries every category a careful reviewer would flag.
 *
 * COUNTS: 268 posts (198 EN, 58 FR, 12 mixed; 235 LinkedIn, 33 on X; 5 of
 * them comments): 125 clean, 143 with one or more findings (10 with two).
 * Labels: financial 29, phone 18, secret 15, email 15, national_id 15, client_name 11, internal_url 11, codename
 * 11, confidential_marker 11, iban 9, card 8.
 */
export const FRESH35_POSTS = rows('fresh35', [
  // --- Pennywort Payments (Bristol, UK fintech) ---
  ['linkedin', 'en', '', `Huge shout-out to the Pennywort Payments support crew: 98.2 % of tickets answered inside an hour in November. Proper teamwork, Bristol. 🎉`],
  ['linkedin', 'en', 'financial', `Can't say too much yet but the board signed off this morning: FY27 budget for the payments platform is £4.2m, up from £2.9m. Announcement goes out in January, so keep it quiet till then 🤫 Exciting times at Pennywort!`],
  ['linkedin', 'en', '', `Reminder for anyone building checkout flows: use Stripe's test card 4242 4242 4242 4242 with any future expiry, never a real card, in your staging environment. Saved us a lot of grief.`],
  ['linkedin', 'en', 'iban', `Supplier notice from Pennywort Payments accounts payable: our bank details have changed. From 1 January please pay invoices to Pennywort Payments Ltd, IBAN GB76 BARC 2032 1455 0348 71, BIC BARCGB22. Please update your records.`],
  ['x', 'en', '', `PSA: scammers are texting "your account is locked, pay the release fee to GB93 LOYD 3096 3411 2244 88". That IBAN doesn't even validate. Don't pay anything, call your bank on the number printed on your card.`],
  ['linkedin', 'en', 'secret', `Quick tip for the new joiners who keep asking in the lobby: guest Wi-Fi is "Pennywort-Guest", password Bramble!Harbour27. Staff network is separate, ask IT.`],
  ['linkedin', 'en', '', `Our public price list is on the website: 1.4 % + 20p per UK card transaction, no monthly fee. Yes, we're still cheaper than most. pennywort.co.uk/pricing`],
  ['x', 'en', 'email', `Hiring a senior backend engineer in Bristol (hybrid), £75k–£90k. Send your CV to jobs@pennywort.co.uk, no recruiters please.`],
  // --- Corrib Freight Analytics (Galway, IE) ---
  ['linkedin', 'en', '', `Two years at Corrib Freight Analytics today. From a desk in a Galway attic to 40 people across three countries. Grateful for every one of you.`],
  ['linkedin', 'en', 'client_name financial', `Meeting notes – Friday pipeline sync (pasted for the wider team)
- Attendees: Niamh, Cathal, Priya, Joe
- Dublin port pilot: go-live moved to 12 Jan
- Globex renewal: verbal yes, contract value €1.1m over 3 years, not signed yet — legal reviewing
- Hiring: 2 data engineers, ads live Monday
- Next sync: 9 Dec`],
  ['linkedin', 'en', 'iban', `Parish fundraiser update from our Corrib volunteer team: we're €2,140 off the new minibus! If you'd like to donate by transfer: St Enda's Community Fund, IE43 BOFI 9000 1762 9410 73. Thank you all ❤️`],
  ['linkedin', 'en', 'national_id', `Onboarding admin, for Cathal in payroll since Teams is down: my PPS number is 7834126K and my start date is 6 January. Thanks a million!`],
  ['x', 'en', '', `HMRC/Revenue style examples in training decks are fine, but please mask them: PPSN 123XXXXT, IBAN IE00 XXXX 0000 0000 0000 00. Nobody needs the real thing in a slide.`],
  ['linkedin', 'en', 'phone', `Shipping a parcel through our Galway hub over Christmas? Ring our depot lead Siobhán directly on 087 412 9938 if the tracking goes quiet.`],
  ['linkedin', 'en', '', `Our carbon reporting dashboard is now public: emissions per tonne-km for every lane we optimise. Figures are from our published 2025 sustainability report.`],
  // --- Maple Ridge Dental Supply (Winnipeg, CA) ---
  ['linkedin', 'en', '', `Maple Ridge Dental Supply is proud to sponsor the Manitoba Dental Hygienists' conference next week. Come say hi at booth 14!`],
  ['linkedin', 'en', 'national_id', `HR question for my fellow Canadians: our new payroll vendor asked me to email my SIN (660 797 135) in plain text. Is that normal?? Feels wrong.`],
  ['linkedin', 'en', '', `For the record, the CRA's sample SIN in their guides is 046 454 286 — if you see it on a form, it's an example. Never post your real one.`],
  ['linkedin', 'en', 'phone email', `Orders for clinics west of Brandon: please contact our territory rep Marc Tremblay, marc.tremblay@mapleridgedental.ca, cell 204-555-0187.`],
  ['x', 'en', '', `Our customer line is 1-800-... just kidding, use the chat on the site. It's faster and a human answers. Winnipeg winters, eh.`],
  ['linkedin', 'en', 'financial', `Internal heads-up that leaked onto my feed by accident, sorry: price increase of 6.5 % on all consumables from Feb 1st. Customers will be told next week, reps please don't pre-empt it.`],
  ['linkedin', 'en', '', `Job ad: Warehouse Associate, Winnipeg. $19.50–$22.00/hour, benefits from day one, dental (obviously). Apply via our careers page.`],
  ['linkedin', 'en', 'card', `Can someone in finance reverse the duplicate charge for the Brandon clinic? They paid twice on Visa 4150 8017 5057 0039, exp 09/28. Thanks!`],
  // --- Bluegum Solar (Adelaide, AU) ---
  ['linkedin', 'en', '', `Bluegum Solar installed its 10,000th residential system in South Australia this week. 🌞 Thanks to every sparky and roofer who made it happen.`],
  ['linkedin', 'en', 'national_id', `Pasted from our new-starter checklist (ignore if you've done it):
1. Sign contract
2. Super choice form
3. TFN declaration — mine's 402 793 949
4. Site induction booking
5. PPE sizing`],
  ['x', 'en', '', `Aussie tip: the ATO never sends a TFN by SMS. If you get a text with "TFN 123 456 789 suspended", it's a scam. Call 000 only in an emergency, obviously not for this.`],
  ['linkedin', 'en', 'financial', `Big one coming for the commercial team: our tender for the Port Adelaide council depot roof went in at A$3.48m yesterday. Bids open on the 15th. Fingers crossed everyone!`],
  ['linkedin', 'en', '', `The SA Government's 2026-27 budget, tabled in Parliament on Thursday, sets aside $120m for home batteries. Good news for the whole sector.`],
  ['linkedin', 'en', 'phone', `Installers doing the Mount Barker jobs: site supervisor is Dean, 0412 338 907. He's on site from 7.`],
  ['x', 'en', '', `Fun fact from the roof today: a wedge-tailed eagle and a kestrel circling over the array at Murray Bridge. Nankeen kestrels are tiny compared to wedgies!`],
  // --- Kaveri Health Tech (Bengaluru, IN) ---
  ['linkedin', 'en', '', `Proud to share that Kaveri Health Tech's teleconsult app crossed 2 million consultations this year, as disclosed in our annual report. Thank you Bengaluru team!`],
  ['linkedin', 'en', 'national_id', `Update for the KYC backlog (sharing with the ops group): patient verified via Aadhaar 5287 1946 3021, record merged, ticket closed.`],
  ['linkedin', 'en', '', `UIDAI reminder: Aadhaar numbers like "XXXX XXXX 1234" are the masked format you should use on any printout. Only the last four digits, always.`],
  ['linkedin', 'en', 'internal_url', `Devs, the new staging for the prescription module is up at https://rx-staging.corp.acme.com/login — use your SSO. Ping me if anything breaks.`],
  ['linkedin', 'en', 'secret', `Config diff for the notification service (please review):
  SMS_PROVIDER=msg91
  SMS_SENDER_ID=KAVERI
  SMS_AUTH_KEY=392847Aq7HkL2mZx9d4e1f
  RETRY_LIMIT=3
  TIMEOUT_MS=4000`],
  ['x', 'en', '', `Our docs show env samples like API_KEY=your-key-here and DB_PASSWORD=changeme. If you copy-paste those into prod, that's on you 😅`],
  ['linkedin', 'en', 'codename', `Small win: the Project Kestrel triage model passed clinical validation at our Mysuru site today. Not public yet but I'm so proud of this team.`],
  ['linkedin', 'en', 'phone', `Patients in Karnataka can now reach our nurse helpline on +91 80 4719 2265, 8am to 10pm, seven days a week.`],
  // --- Fjordlys Aquaculture (Bergen, NO) ---
  ['linkedin', 'en', '', `Winter at Fjordlys Aquaculture: -4 °C on the pens this morning and the crew still smiling. Salmon welfare scores were the best we've ever had this quarter.`],
  ['linkedin', 'en', 'national_id', `Payroll note for the new Bergen hire (copied from the HR thread): fødselsnummer 14038841239, bank account follows via secure mail.`],
  ['linkedin', 'en', 'financial', `Quick internal recap from today's leadership offsite: we're targeting NOK 410m revenue for 2027 and an EBIT margin of 14 %. Numbers stay in the room until the capital markets day.`],
  ['linkedin', 'en', '', `Fjordlys Q3 results are out: revenue NOK 96m, up 11 %. Full report on our investor page. Solid quarter despite sea lice pressure.`],
  ['x', 'en', 'email', `Any marine biologists looking for a summer internship in Bergen? Drop a line to sommerjobb@fjordlys.no before 31 January.`],
  // --- Återkraft (Gothenburg, SE battery recycling) ---
  ['linkedin', 'en', '', `Återkraft just recovered its 1,000th tonne of lithium from end-of-life batteries. Circular economy isn't a slogan here in Gothenburg, it's a shift rota.`],
  ['linkedin', 'en', 'national_id', `To the person who found a wallet on tram 6 near Järntorget: the ID card belongs to our colleague Elin, personnummer 850412-2386. Please hand it in at Återkraft reception!`],
  ['linkedin', 'en', '', `Swedish personal numbers in test data should come from Skatteverket's published test series, not real people. Nobody wants a GDPR incident from a unit test.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – Återkraft leadership only
Agenda, 9 Dec:
1. Site 2 permit status
2. Offtake negotiation update
3. Safety KPIs
Please come prepared.`],
  ['linkedin', 'en', 'internal_url', `If the plant dashboard is stuck again, restart the exporter on 10.40.2.17:9100 and it comes back. Learned that the hard way on night shift.`],
  ['x', 'en', '', `Watched "Confidential Assignment" on the flight to Arlanda. Decent action film, terrible subtitles.`],
  // --- Pakkanen Games (Tampere, FI) ---
  ['linkedin', 'en', '', `Pakkanen Games is hiring a Technical Artist in Tampere! Salary range €4,200–€5,300/month, sauna on Fridays is non-negotiable.`],
  ['linkedin', 'en', 'national_id', `Oops, pasting this from my notes to the accountant: henkilötunnus 180692-287E, tax card attached. Please confirm receipt.`],
  ['linkedin', 'en', '', `Tip for Finnish devs: the 131052-308T henkilötunnus is the official documentation example. Use it in test fixtures, never a colleague's.`],
  ['x', 'en', 'codename', `Orion playtest build goes to the publisher on Monday and I have not slept. Wish us luck 🎮 #gamedev`],
  ['x', 'en', '', `Clear skies over Tampere tonight: Orion is rising in the east and you can see the nebula with plain binoculars. Best stargazing of the year.`],
  ['linkedin', 'en', 'secret', `Our Discord bot stopped posting build notifications. Here's the webhook we use, does it look right?
https://discord.com/api/webhooks/1183946620583927808/Jx8sQ2pLrT4vB7yKzN0aWc3dFh6mE1uGiO9kYbXnVtRqPlSw5Zs
Thanks for any help!`],
  ['linkedin', 'en', 'financial', `Leadership update (please keep within the studio): the publisher offer for our next title is €2.6m advance plus 30 % royalties. We are countering on Thursday.`],
  // --- Lydhus (Aarhus, DK audio hardware) ---
  ['linkedin', 'en', '', `Lydhus' new bookshelf speakers are officially out today, €649 a pair, at retailers across the Nordics. Thank you to the Aarhus acoustics lab!`],
  ['linkedin', 'en', 'national_id', `Forwarding for the Danish payroll team (sorry, wrong channel): CPR 220779-1000 for the new technician, start 2 January.`],
  ['linkedin', 'en', 'iban', `Lydhus bank details for EU customers paying by transfer: Lydhus ApS, IBAN DE71 3704 0044 0532 0137 12 (our German collection account), reference = order number.`],
  ['x', 'en', '', `Order #4532 0151 1283 0367 delayed? Our logistics partner has a backlog. Reply with the order number and we'll chase it.`],
  ['linkedin', 'en', 'client_name', `Delighted that Globex has chosen our conference-room speaker arrays for all 14 of their European offices. Install starts in March — still waiting on the press release, so this is just between us and my 2,000 connections 😄`],
  ['linkedin', 'en', '', `Reading list for audio engineers: "Atlas of Acoustic Materials" (blue edition) is finally reprinted. A must-have on any lab shelf.`],
  // --- Lonestar Claimworks (Austin, US insurtech) ---
  ['linkedin', 'en', '', `Lonestar Claimworks closed 2025 with 340 employees and a 4.8 Glassdoor rating. Y'all made this the best place I've worked.`],
  ['linkedin', 'en', 'national_id', `Claims escalation pasted from Slack (redact before forwarding!!):
> claimant: R. Alvarez
> SSN: 521-64-8837
> DOB: 03/11/1979
> policy: LCW-TX-0093821
> status: pending adjuster review`],
  ['linkedin', 'en', '', `Friendly reminder that 078-05-1120 is the famous Woolworth wallet-card SSN from 1938. It shows up in test data all the time. Don't use real SSNs in demos.`],
  ['linkedin', 'en', 'card', `Customer asked me to re-run their premium payment, card on file is Amex 3797 880158 71166, exp 04/27. Can billing take it from here?`],
  ['linkedin', 'en', 'secret', `Spent the morning debugging our claims ingest. Root cause: the worker was reading the wrong DSN.
DATABASE_URL=postgres://claims_svc:Tx7!pLm9qRw2@db-prod-04.lonestar.io:5432/claims
Swapped the env var and all good now. Sometimes it's the simple things.`],
  ['linkedin', 'en', '', `Connection strings in docs should look like postgres://USER:PASSWORD@HOST:5432/DB. Placeholders are your friend.`],
  ['x', 'en', 'financial', `Not announced yet but we just hit $38M ARR at Lonestar. Series C deck goes out next week. LFG 🚀`],
  ['linkedin', 'en', 'phone', `Hurricane season is over but our claims hotline stays open: 1-888-555-0142, 24/7, for any Texas policyholder.`],
  ['linkedin', 'en', '', `Texas residents: in an emergency call 911, then your insurer. Photos first, repairs second. Stay safe this winter.`],
  // --- Cascadia Roastworks (Portland, US coffee) ---
  ['linkedin', 'en', '', `Cascadia Roastworks' holiday blend "Nebula Nights" is back — dark chocolate, cherry, a hint of clove. $18 a bag on our online shop.`],
  ['linkedin', 'en', 'financial', `Wholesale team: new café pricing goes live Jan 15, $11.40/lb for house espresso (was $10.20). Not on the public sheet yet, and we haven't told the accounts, so don't quote it.`],
  ['linkedin', 'en', 'email', `Want to stock our beans in your café? Reach out to wholesale@cascadiaroast.com and we'll send samples.`],
  ['x', 'en', 'secret', `why does our Shopify app keep failing?? token in the config is 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, scopes look right. any ideas?`],
  ['linkedin', 'en', '', `Roaster tip: track your development time ratio, not just drop temperature. Our Loring logs show 20–22 % DTR is the sweet spot for washed Ethiopians.`],
  ['linkedin', 'en', 'card', `Lost-and-found at our Alberta St café: a Mastercard ending... actually the whole thing's on the receipt copy, 2221 1287 7569 6048. Owner, come grab it, we'll hold it at the counter.`],
  // --- Deccan Axle (Pune, IN automotive parts) ---
  ['linkedin', 'en', '', `Deccan Axle's Chakan plant completed 1,000 days without a lost-time injury. Safety is everyone's job. Proud moment!`],
  ['linkedin', 'en', 'financial client_name', `Weekly sales huddle notes (sharing with the Chennai team who missed it):
- Q4 dispatch: on track
- Initech: RFQ for rear axle housings, our quote ₹18.6 crore, decision expected after their board meeting
- Scrap rate: 2.1 %
- Action: Rohit to update the tooling plan`],
  ['linkedin', 'en', '', `Tata Motors' published Q2 numbers show EV volumes up 30 %. Great signal for component suppliers across Maharashtra.`],
  ['linkedin', 'en', 'phone email', `Vendor registration queries for Deccan Axle: purchase.vendors@deccanaxle.in or call +91 20 6712 4480 (Mon–Sat).`],
  ['linkedin', 'en', 'internal_url', `Shift supervisors: the new downtime log is live at http://mes.intranet.deccanaxle.in/downtime — please stop using the Excel sheet from Monday.`],
  ['x', 'en', '', `Loved the panel at the Pune auto expo today. Key takeaway: localisation of castings will matter more than ever. #automotive`],
  // --- Taff Valley Media (Cardiff, UK broadcaster) ---
  ['linkedin', 'en', '', `Taff Valley Media's documentary "Coal & Chapel" got a BAFTA Cymru nomination! Massive congratulations to the whole crew.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 00:01 GMT 10 DECEMBER
Taff Valley Media announces new Welsh-language drama commission. Six episodes, filming in Pembrokeshire from spring.`],
  ['linkedin', 'en', '', `Hot take: embargoed press releases are annoying when half the outlets break them anyway. Journalists, discuss.`],
  ['linkedin', 'en', 'phone', `Producers on the Tenby shoot: location manager is Gwen, 07700 914 362. Call rather than text, signal is patchy.`],
  ['linkedin', 'en', 'financial', `Really chuffed: the commissioner's approved our budget for series 2 at £1.9m, up 20 %. Contracts not signed yet so we can't tell the cast, but wow.`],
  ['x', 'en', '', `Our switchboard's moved. Don't ring the old Cardiff Bay number, it goes nowhere now. New details on taffvalley.tv/contact.`],
  ['linkedin', 'en', 'secret', `Reposting the streaming setup for the freelance crew (sorry if this is the wrong place):
RTMP server: rtmp://live.taffvalley.tv/app
Stream key: tvm-live-8f3k29dX7qLw-2026
Bitrate: 6000 kbps`],
  // --- Canongate Clauses (Edinburgh, UK legal-tech) ---
  ['linkedin', 'en', '', `Canongate Clauses turns 5 today. From two lawyers and a laptop on the Royal Mile to 60 people. Thank you to every client who trusted a startup with their contracts.`],
  ['linkedin', 'en', 'confidential_marker client_name', `Pasted from the partner call summary, STRICTLY CONFIDENTIAL:
Société Générique wants the redlining module rolled out to their Paris legal team by March. Pricing discussion next week.`],
  ['linkedin', 'en', '', `Three things to check in every NDA before you sign: the definition of confidential information, the duration, and the carve-outs for public knowledge. Legal-tech Tuesday tip!`],
  ['linkedin', 'en', 'national_id', `HR, can you fix my record? My NI number is showing wrong in the portal. It should be JT 48 29 17 C, not what's there now.`],
  ['linkedin', 'en', '', `Reminder: HMRC's example NI number in their guidance is QQ 12 34 56 C. If you need one for a demo, use that.`],
  ['x', 'en', 'email', `Our legal engineering team is giving a talk at Legal Geek. Questions in advance to ailsa.mcbride@canongateclauses.co.uk, we'll try to cover them.`],
  ['linkedin', 'en', 'codename', `Team lunch to celebrate Atlas Bleu hitting beta with our first three pilot firms 🥂 Can't say more until the launch, but well done everyone.`],
  // --- Tropic Shaft Systems (Brisbane, AU mining safety) ---
  ['linkedin', 'en', '', `Tropic Shaft Systems is at IMARC in Melbourne this week with our new gas-detection headlamp. Stand 412, come by!`],
  ['linkedin', 'en', 'phone', `Site visits to the Bowen Basin trial: contact our field engineer Kylie on +61 7 3184 2279 to book a slot.`],
  ['linkedin', 'en', 'internal_url', `FYI, the calibration records for every unit shipped are at https://qa.acme-corp.net/calibration/2026 — auditors can get read access on request.`],
  ['linkedin', 'en', '', `Safety reminder for anyone underground: the Queensland mines inspectorate hotline is on the government website. In an emergency, 000.`],
  ['linkedin', 'en', 'financial', `Heads up for the board pack (don't forward): Q2 order intake A$7.3m vs A$5.1m budget, margin 31 %. We'll report it formally at the AGM.`],
  ['x', 'en', 'codename', `Nébula firmware 2.3 going out to the Mt Isa units tonight. Long night ahead, pizza ordered 🍕`],
  // --- Lakeshore Members CU (Toronto, CA credit union) ---
  ['linkedin', 'en', '', `Lakeshore Members Credit Union is donating $50,000 to Toronto food banks this December, as announced at our member meeting. Proud to be part of this.`],
  ['linkedin', 'en', 'national_id', `Member asked me to update their file (pasting from the call notes so I don't forget): SIN 658 271 341, new address in Etobicoke, wants e-statements.`],
  ['linkedin', 'en', 'card', `Testing our new card-activation flow with a real card was a mistake: 4828 4876 0689 4880 is now blocked, lol. Use the sandbox, kids.`],
  ['linkedin', 'en', '', `Fraud alert from our member services team: we will never ask for your full card number, PIN or one-time passcode by phone or text.`],
  ['linkedin', 'en', 'phone', `Members with flooding damage can call our dedicated line, 416-555-0199, Monday to Saturday.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Internal
Branch network review — summary for regional managers
- 3 branches under review (Scarborough, Mississauga East, Oakville)
- Member consultation in Q1
- Final decision at the March board`],
  ['x', 'en', '', `Our 5-year GIC rate is 4.10 % as of today, posted on our website for everyone. Not bad for a credit union!`],
  // --- Vignoble Data (Montpellier, FR agritech) ---
  ['linkedin', 'fr', '', `Vignoble Data fête ses 3 ans ! Nos capteurs suivent aujourd'hui 4 000 hectares de vignes en Occitanie. Merci à tous les vignerons qui nous font confiance 🍇`],
  ['linkedin', 'fr', 'financial', `Entre nous : on vient de boucler le budget 2027 à 2,8 M€, validé hier par le conseil. L'annonce officielle sera faite en février, donc motus d'ici là.`],
  ['linkedin', 'fr', 'iban', `Pour les adhérents qui préfèrent le virement, voici le RIB de l'association des vignerons connectés : IBAN FR76 3000 4019 2500 0183 7462 064, BIC BNPAFRPPXXX.`],
  ['linkedin', 'fr', '', `Exemple de RIB à ne pas utiliser : FR76 XXXX XXXX XXXX XXXX XXXX X12. Si vous voyez ça dans un mail "urgent", c'est une arnaque.`],
  ['linkedin', 'fr', 'phone', `Une question sur l'installation de vos sondes ? Appelez notre technicien terrain Julien au 06 72 18 44 90, il passe dans l'Hérault cette semaine.`],
  ['x', 'fr', '', `Vendanges 2026 bouclées dans l'Hérault. Rendement moyen publié par la chambre d'agriculture : 62 hl/ha. Belle année.`],
  ['linkedin', 'fr', 'email', `Vous cherchez un stage en data agronomie ? Écrivez à stages [at] vignobledata [dot] fr avec votre CV.`],
  // --- Alpes Sonde (Grenoble, FR semiconductor test) ---
  ['linkedin', 'fr', '', `Alpes Sonde recrute un ingénieur test semi-conducteurs à Grenoble. Rémunération 48–56 k€ brut annuel selon expérience. Candidature via notre page carrières.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – NE PAS DIFFUSER
Compte rendu du comité produit du 3 décembre :
- banc de test v4 : retard de 3 semaines
- priorité sur la carte de charge
- prochaine revue le 17`],
  ['linkedin', 'fr', '', `Petit conseil : si on vous demande de signer un NDA avant un entretien, lisez-le. Un accord de confidentialité n'empêche pas de parler de vos compétences.`],
  ['linkedin', 'fr', 'secret', `Quelqu'un sait pourquoi notre script de CI plante ? Voilà la conf :
GITLAB_URL=https://gitlab.alpessonde.fr
GITLAB_TOKEN=glpat-Xr7mK2pQ9vLw4nZ8tB1c
RUNNER_TAGS=docker,arm64
Merci d'avance !`],
  ['linkedin', 'fr', 'internal_url', `Les nouveaux arrivants : la doc des bancs de test est sur http://wiki.alpes-sonde.local/bancs, accessible depuis le VPN.`],
  ['linkedin', 'fr', 'national_id', `Pour la mutuelle (je colle ici parce que la messagerie RH bugue) : numéro de sécu 1 85 07 75 108 042 96. Merci de confirmer la réception.`],
  ['x', 'fr', '', `Le numéro de sécu 2 99 99 99 999 999 99 qu'on voit dans les tutos, c'est un exemple. Ne mettez jamais le vôtre dans un formulaire de démo.`],
  ['linkedin', 'fr', 'codename', `Énorme soulagement : le prototype Orion a passé la qualification thermique ce matin. On en reparlera quand ce sera officiel 🙌`],
  // --- Meubles Nordé (Lille, FR e-commerce) ---
  ['linkedin', 'fr', '', `Meubles Nordé ouvre son showroom à Lille le 14 décembre ! Venez tester nos canapés fabriqués dans les Hauts-de-France.`],
  ['linkedin', 'fr', 'card', `Client mécontent au SAV, il a dicté sa carte pour qu'on le rembourse : 5151 2529 1751 4294 — quelqu'un de la compta peut prendre le relais ?`],
  ['linkedin', 'fr', '', `Carte bancaire de test pour nos intégrateurs : 4000 0000 0000 0002 (refus systématique). À n'utiliser qu'en recette, évidemment.`],
  ['linkedin', 'fr', 'email', `Un souci avec votre commande ? Écrivez à sav@meublesnorde.fr, on répond sous 24 h.`],
  ['linkedin', 'fr', 'phone', `Service client Meubles Nordé : 03 20 54 71 88, du lundi au samedi de 9 h à 19 h.`],
  ['linkedin', 'fr', 'financial', `Point hebdo ventes (copié depuis le Slack, désolé) : CA de novembre 3,1 M€, marge brute 42 %, objectif décembre 4 M€. Chiffres non publiés, on les présentera aux actionnaires en janvier.`],
  ['linkedin', 'fr', '', `Nos prix publics sont sur le site : canapé trois places à partir de 1 290 €, livraison offerte dès 500 €.`],
  ['x', 'fr', '', `Commande n° 4970 1022 3381 0047 ? Elle est partie ce matin, suivi envoyé par SMS. Merci pour votre patience !`],
  // --- Armor Veille (Rennes, FR cybersecurity) ---
  ['linkedin', 'fr', '', `Armor Veille publie son rapport annuel sur les rançongiciels en Bretagne. 37 % des PME touchées n'avaient pas de sauvegarde hors ligne. Lien dans les commentaires.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER — partage restreint aux membres du CERT régional
IOC observés cette semaine : domaines de typosquatting visant des mairies bretonnes. Détails dans le flux MISP.`],
  ['linkedin', 'fr', '', `Rappel : TLP:CLEAR veut dire que l'info peut circuler librement. Notre bulletin de la semaine est TLP:CLEAR, partagez-le largement !`],
  ['linkedin', 'fr', '', `Exemple classique des docs AWS : AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Si un scanner de secrets lève ça, c'est un faux positif.`],
  ['linkedin', 'fr', 'secret', `Post-mortem de l'incident de mardi (version courte) :
- 14h02 : alerte sur le SIEM
- 14h10 : clé AWS exposée dans un dépôt public : AKIA4XWQ7M2PLR8KTN3Z
- 14h15 : clé révoquée
- 15h00 : analyse des logs CloudTrail
Leçon : pre-commit hooks pour tout le monde.`],
  ['linkedin', 'fr', 'internal_url', `Les analystes SOC : le nouveau tableau de bord est sur https://soc.intranet.armorveille.fr/dashboards, pensez à mettre à jour vos favoris.`],
  ['linkedin', 'fr', 'phone', `Victime d'une cyberattaque dans le Grand Ouest ? Notre astreinte répond 24 h/24 au 02 99 41 87 30.`],
  ['x', 'fr', '', `Le 17 en cas d'urgence, le 112 partout en Europe. Et pour une cyberattaque, cybermalveillance.gouv.fr. Pas besoin de plus.`],
  // --- more French posts across the authors ---
  ['linkedin', 'fr', '', `Dernier jour chez Vignoble Data. Trois ans de capteurs, de gel printanier et de cafés au bord des parcelles. Merci à toute l'équipe, on se recroise dans les vignes !`],
  ['linkedin', 'fr', 'client_name', `Fierté du jour : l'Hôpital Sainte-Claire a choisi nos fauteuils de salle d'attente pour ses trois pavillons. Le bon de commande n'est pas encore signé, mais l'équipe achats nous a dit oui !`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire à Lille ce week-end, superbe restauration. Allez-y avant la fin des journées portes ouvertes.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires chez Meubles Nordé, à transmettre à vos services comptables : nouveau compte IBAN FR14 2004 1010 0505 0001 3M02 606. L'ancien sera clôturé au 31 janvier.`],
  ['linkedin', 'fr', '', `Attention aux faux RIB : un fraudeur envoie en ce moment des mails au nom d'Armor Veille avec un IBAN FR76 3000 4019 2500 0183 7462 065. Il ne passe même pas la clé de contrôle. Ne payez rien.`],
  ['linkedin', 'fr', 'financial', `Compte rendu du codir (collé depuis mes notes) :
- recrutements T1 : 4 postes
- prix de vente du banc v4 fixé à 185 k€, annonce au salon Semicon en avril
- déménagement du labo : report
- prochain codir le 8 janvier`],
  ['linkedin', 'fr', '', `Le budget 2027 de la Métropole de Grenoble, voté hier en conseil, prévoit 12 M€ pour la microélectronique. Bonne nouvelle pour tout l'écosystème.`],
  ['linkedin', 'fr', 'codename', `Dernière ligne droite pour Nébula : la bêta part chez nos trois clients pilotes lundi. Bravo à l'équipe firmware, vous avez été incroyables.`],
  ['linkedin', 'fr', '', `Nuit claire au pic du Midi : la nébuleuse d'Orion était magnifique au télescope de 60 cm. Un souvenir que je n'oublierai pas.`],
  ['linkedin', 'fr', 'email phone', `Pour toute question sur la facturation, contactez directement notre comptable, Mme Lefèvre : c.lefevre@alpessonde.fr ou 04 76 33 18 52.`],
  ['x', 'fr', 'secret', `Le mot de passe du wifi du salon c'est "ArmorVeille2026!" pour ceux qui sont au stand B12 😉`],
  ['linkedin', 'fr', '', `Astuce sécurité : un gestionnaire de mots de passe, une phrase de passe longue, et la double authentification partout. "motdepasse123" n'est pas une option.`],
  ['linkedin', 'fr', 'national_id', `Je colle ici les infos demandées par le cabinet comptable (désolé pour le canal) : Mme Rousseau, NIR 2 91 06 69 123 456 xx... non attendez, le bon c'est 1 85 07 75 108 042 96. Merci.`],
  ['linkedin', 'fr', '', `Sondage du vendredi 📊 : vous préférez les réunions en présentiel, en visio, ou pas de réunion du tout ? Répondez en commentaire !`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – diffusion limitée à l'équipe projet
Planning de la démo client : répétition le 12, démo le 16, retour attendu fin décembre.`],
  ['linkedin', 'fr', '', `"Confidentiel" était le titre de notre atelier théâtre d'entreprise cette année. Trois représentations, salle comble !`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui ont perdu le lien : l'outil de réservation des salles est sur https://salles.corp.acme.com, pas sur l'ancien serveur.`],
  ['linkedin', 'fr', '', `Nouveau site public pour nos clients : www.meublesnorde.fr/showroom. Horaires, plan d'accès et prise de rendez-vous.`],
  ['linkedin', 'fr', 'financial', `On a remis notre offre pour l'appel d'offres de la Région hier soir : 640 000 € HT sur trois ans. Ouverture des plis le 19, croisons les doigts !`],
  ['linkedin', 'fr', '', `Les résultats 2025 de Vignoble Data sont publiés : chiffre d'affaires de 4,2 M€, en hausse de 35 %. Merci à nos clients et à nos équipes.`],
  ['x', 'fr', 'phone', `Si quelqu'un trouve un sac bleu oublié dans le TER Lille–Arras de 8h12, merci d'appeler Karim au 07 81 22 45 19. Il contient son ordi de boulot 😰`],
  ['linkedin', 'fr', '', `Merci de ne pas partager mes photos du séminaire sans me demander, certaines collègues préfèrent rester discrètes. 🙏`],
  ['linkedin', 'fr', 'client_name', `Super réunion ce matin avec l'équipe achats de Globex à Lyon : ils veulent équiper leurs 12 salles de réunion d'ici l'été. Devis en cours.`],
  ['x', 'fr', '', `Globe-trotteuse depuis 10 ans, je n'ai jamais vu un aéroport aussi beau que celui de Copenhague. Petit thread sur mes escales préférées 🧵`],
  ['linkedin', 'fr', 'email', `Je quitte Armor Veille à la fin du mois. Pour les sujets en cours, écrivez à mon successeur : yann.le-gall @ armorveille.fr. Merci pour ces années !`],
  ['linkedin', 'fr', '', `Notre adresse générale est sur le site, et le formulaire de contact fonctionne très bien : armorveille.fr/contact.`],
  // --- comments (customer replies) ---
  ['linkedin', 'en', 'email', `Sorry to hear the espresso grinder arrived damaged! Please email support@cascadiaroast.com with a photo and we'll ship a replacement today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for the kind words about the documentary! Series 2 is in development, stay tuned. 🎬`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour, désolés pour ce retard de livraison. Appelez-nous au 03 20 54 71 88 avec votre numéro de commande, on regarde tout de suite.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question! Our pricing page lists all fees for UK and EU cards. No hidden charges, promise.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Hi, I tried to pay and it failed twice, card 4852 5246 4908 4597 exp 11/27, can you check what's wrong?`, { surface: 'comment' }],
  // --- mixed-language posts ---
  ['linkedin', 'mixed', 'financial', `Quick recap du kick-off avec l'équipe de Montréal : the 2027 target is CA$9.5M in new bookings, dont 40 % au Québec. On ne communique pas ce chiffre avant l'AGA, ok? Merci!`],
  ['linkedin', 'mixed', '', `Bonne nouvelle pour nos amis de Winnipeg : our French-language customer service is now live, du lundi au vendredi. Merci à l'équipe bilingue!`],
  ['linkedin', 'mixed', 'secret', `Petit rappel pour l'équipe offshore : the Slack webhook for alerts is https://hooks.slack.com/services/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. Ne le mettez pas dans le wiki public please.`],
  ['linkedin', 'mixed', '', `Slack tip du jour : /remind me to "push the release notes" tomorrow at 9am. Ça change la vie.`],
  ['linkedin', 'mixed', 'iban', `Pour les membres suisses du club de course Alpes Sonde Running : cotisation 2027 à verser sur CH88 0076 2018 8344 0915 7, thanks a lot et à bientôt sur les trails!`],
  ['x', 'mixed', '', `Meeting "quick sync" de 1h30. C'est pas quick et c'est pas sync. Send help 🙃`],
  ['linkedin', 'mixed', 'codename internal_url', `Kick-off Project Kestrel tomorrow 9am CET — les slides sont sur https://share.acme-corp.net/kestrel/kickoff.pptx. See you there!`],
  ['linkedin', 'mixed', '', `Vu ce matin à Ouessant : un faucon crécerelle (common kestrel) en chasse au-dessus des falaises. Quel spectacle.`],
  ['linkedin', 'mixed', 'national_id', `Hey team, quick one: pour le dossier d'expatriation de Lars on a besoin de son personnummer, c'est 910927-6171. Can someone forward to the relocation agency? Merci.`],
  ['linkedin', 'mixed', 'confidential_marker', `EMBARGO jusqu'au 15 janvier 9h00 – Lydhus x Alpes Sonde partnership announcement. Draft below, comments welcome avant vendredi.`],
  ['x', 'mixed', '', `Retour de conf à Dublin : super talk sur les embargos presse et pourquoi personne ne les respecte vraiment. Great vibes, bon Guinness.`],
  ['linkedin', 'mixed', 'phone', `Our Lyon office is finally open! Pour nous rendre visite, ringez Claire à l'accueil : +33 4 72 10 55 83.`],
  // --- more English across authors ---
  ['linkedin', 'en', '', `Goodbye Lonestar Claimworks! Six years, three office moves, one hurricane season I'll never forget. Onto new adventures in Denver. Keep in touch.`],
  ['linkedin', 'en', 'financial', `Pasted from the finance channel by mistake, sorry all:
| Region | FY26 actual | FY27 plan |
| North  | $4.1M       | $4.9M     |
| South  | $3.3M       | $4.2M     |
| West   | $2.7M       | $3.6M     |
Plan numbers are draft until the board meets on the 18th.`],
  ['linkedin', 'en', '', `Public company update: Cascadia Roastworks was named a Certified B Corp with a score of 104.2. The full assessment is published on the B Lab site.`],
  ['linkedin', 'en', 'financial', `Thrilled to have led our bid for the Nordic ferry operator's on-board audio refit. We quoted DKK 14.5m; they decide next Tuesday. Fingers crossed — and yes, that number stays on the team slide, not in your LinkedIn comments 😉`],
  ['linkedin', 'en', '', `Norwegian salmon export value hit a record in October according to the Seafood Council's public statistics. A good month for the whole coast.`],
  ['linkedin', 'en', 'internal_url', `Anyone else getting a cert error on https://jira.pakkanen.internal today? Support ticket raised, in the meantime use the desktop app.`],
  ['linkedin', 'en', '', `Our engineering blog is at engineering.lydhus.dk. This week: why we moved from Jenkins to GitHub Actions.`],
  ['linkedin', 'en', 'internal_url', `Flashing the new firmware? The build artefacts are on \\\\fileserver.corp\\firmware\\2026-12 and the checklist on http://192.168.20.14/checklist.`],
  ['linkedin', 'en', '', `Networking 101 for new grads: 192.168.x.x and 10.x.x.x ranges are private address spaces. You'll see them in every home router manual.`],
  ['x', 'en', 'email', `Press enquiries about the Fjordlys escape incident: presse@fjordlys.no. We'll publish a full statement at 14:00.`],
  ['linkedin', 'en', '', `Fjordlys statement: earlier today a net at our Austevoll site was damaged in the storm. The Directorate of Fisheries has been notified and recapture is under way.`],
  ['linkedin', 'en', 'email', `Our Bengaluru product team is hiring designers. Send your portfolio to design-careers@kaverihealth.in.`],
  ['linkedin', 'en', '', `Kaveri Health Tech's public API docs now include a sandbox key "sk_test_XXXXXXXXXXXXXXXX" you can use right away. Real keys are issued per partner.`],
  ['linkedin', 'en', 'secret', `Night shift handover (pasted from Teams):
- Pump 3 vibration alarm: acknowledged, maintenance booked
- SCADA login for the contractor: user ops-contract / pass Fj0rd!Net#2026
- Feed barge 2: refilled 04:30
- Nothing else to report`],
  ['linkedin', 'en', '', `Our night shift handover template (no data, just the structure): alarms, maintenance, feed status, visitors, notes. Feel free to steal it.`],
  ['linkedin', 'en', 'codename client_name', `Big day in Austin: Orion, our claims-triage engine, went live for Initech's employee benefits plan. First 400 claims processed without a hitch.`],
  ['linkedin', 'en', '', `Orion Health's new interoperability report is worth a read for anyone in healthtech. Lots of good data on FHIR adoption.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not forward
Indicators from last night's phishing wave against our members are in the attached sheet. Share only with the named recipients.`],
  ['linkedin', 'en', '', `Please don't forward this to the whole company, but I'm so proud of our tiny support team for hitting 4.9 stars on Trustpilot this year.`],
  ['linkedin', 'en', 'iban', `For our UK customers paying by bank transfer, Lydhus UK account: IBAN GB32 MIDL 4005 1671 8239 45, reference your invoice number.`],
  ['linkedin', 'en', '', `Example IBAN from the UK banking docs: GB82 WEST 1234 5698 7654 32. Great for form validation tests, useless for paying anyone.`],
  ['linkedin', 'en', 'iban', `Parents of the Tampere junior hockey club, the winter camp fee of €180 goes to FI... sorry, the club uses an Austrian account since the sponsor is there: AT10 1904 3009 8214 6620. Deadline 20 Dec.`],
  ['linkedin', 'en', 'iban', `Our Vilnius dev centre reimburses conference costs to employees' local accounts — e.g. mine, LT53 1000 0227 1884 3910, arrived in two days. Finance team rocks.`],
  ['linkedin', 'en', '', `Paid my contractor by SEPA today and the bank's app rejected a mistyped IBAN instantly thanks to the checksum. Love when maths saves you from a typo.`],
  ['linkedin', 'en', 'card', `Refund request from the Brisbane expo (pasted from the form): name K. Nguyen, Discover 6011 1112 0279 9077, amount A$240, reason double booking.`],
  ['linkedin', 'en', 'card', `Our corporate Amex for travel bookings is 3463 760493 39200 — finance, please use this one for the Christchurch trip, not my personal card.`],
  ['linkedin', 'en', '', `Amex reminder: the 15-digit card starting with 37 on our training slides is 3782 8224 6310 005, Amex's published test number. Don't panic.`],
  ['linkedin', 'en', '', `Card ending 4597 charged twice? Reply to the receipt email and we'll sort it. We never need the full number.`],
  ['linkedin', 'en', 'phone', `For wholesale enquiries in the UK & Ireland, call our Dublin office on +353 1 554 2310.`],
  ['linkedin', 'en', '', `Ireland's emergency numbers are 112 and 999. Save them, teach them to your kids. That's it, that's the post.`],
  ['linkedin', 'en', 'phone', `If you're in Gothenburg and your e-bike battery is swelling, don't bin it: call our drop-off line +46 31 702 48 15 and we'll collect it free.`],
  ['x', 'en', '', `Turned 31 today 🎂 and celebrated with 13 colleagues at 12 different tables because the restaurant had no big table. 2026 in a nutshell.`],
  ['linkedin', 'en', '', `Poll: how many tabs do you have open right now? 0–10 / 11–50 / 51–200 / I don't want to talk about it.`],
  ['linkedin', 'en', '', `Changelog v4.12 (public):
- Faster PDF export
- Dark mode for the clause library
- Fixed: footnotes lost when pasting from Word
- Deprecated: the old v1 API (removal in June)`],
  ['linkedin', 'en', 'secret internal_url', `Changelog v4.13 (internal draft, ignore the formatting):
- New clause-diff engine
- Admin endpoint: https://admin.canongateclauses.internal/v2
- Bootstrap admin password: Leith-Walk-1989!
- Fixed: timezone bug in reminders`],
  ['linkedin', 'en', '', `Conference live-post from SaaStr Europa: "If you can't explain your pricing in one sentence, you don't have pricing." Brutal and true.`],
  ['linkedin', 'en', 'financial', `Live from our sales kick-off in Dublin 🎤 The CEO just revealed our FY27 pipeline target: €22m, and we're already at €9m committed. Not public yet but the energy in this room!`],
  ['linkedin', 'en', '', `Live from the Web Summit stage: the speaker from a listed SaaS company quoted their published FY25 revenue of €310m. Impressive growth story.`],
  ['x', 'en', 'codename', `1/3 Thread on what I learned shipping Atlas Bleu, our internal analytics rebuild, in 9 months (before it's even announced, oops).`],
  ['x', 'en', '', `2/3 Lesson one: cut scope every two weeks. Lesson two: the data model is the product. Lesson three: nobody reads the README, so make the CLI helpful.`],
  ['x', 'en', '', `3/3 If you're rebuilding analytics at a mid-size company, happy to chat. DMs open.`],
  ['linkedin', 'en', '', `I've been reading about Atlas, the blue-eyed Siamese cat that became an Instagram star. My feed is now 60 % cats. No regrets.`],
  ['linkedin', 'en', 'client_name', `Account update from our Toronto sales team: Société Générique has shortlisted us for their Canadian card-processing tender. Two other vendors in the final round. Wish us luck!`],
  ['linkedin', 'en', '', `Societe Generale's published Q3 results show a strong quarter for their retail bank in France. Interesting read for fintech folks.`],
  ['linkedin', 'en', 'email', `Out of office until 6 January. For anything urgent contact my colleague Rahul at rahul.menon@deccanaxle.in.`],
  ['linkedin', 'en', '', `Out of office until January 6th. I'll be in the Blue Mountains with no phone signal, which is exactly the point.`],
  ['linkedin', 'en', 'email', `Questions about the data breach notification? Write to dpo (at) lakeshoremembers (dot) ca — our data protection officer reads every message.`],
  ['linkedin', 'en', '', `Happy to share that our privacy policy has been rewritten in plain language. It's on our website under "Privacy". No legalese, promise.`],
  ['linkedin', 'en', 'national_id', `Spreadsheet rows I pasted into the wrong chat, please delete 🙈
Name, Start date, NINO, Team
Rhys Evans, 06/01/2027, SN 73 18 46 B, Post-production
Ffion Hughes, 13/01/2027, , Newsroom`],
  ['linkedin', 'en', '', `Spreadsheet hack of the week: =TEXTJOIN(", ", TRUE, A2:A200) saves so much time on attendee lists.`],
  ['linkedin', 'en', 'financial', `From our Aarhus all-hands (I was asked to share a summary, hopefully this is OK): unit margin on the new speakers is 38 %, BOM cost €112, and we expect 24,000 units in year one. Launch pricing TBC next week.`],
  ['linkedin', 'en', '', `We just published our 2025 annual report: revenue DKK 212m, EBITDA 11 %. Thank you to every Lydhus employee for a great year.`],
  ['linkedin', 'en', 'financial', `Wrapped up negotiations with our new distributor in Japan today: ¥180m minimum annual order, signing planned for January. Big milestone for a small Aarhus company!`],
  ['linkedin', 'en', '', `My personal budget for Christmas this year: £300 for presents, £80 for food, and a lot of spreadsheets. Anyone else do this?`],
  ['linkedin', 'en', '', `Teaching example from my finance class: a company with €10m revenue and 20 % margin earns €2m gross profit. Now ask what the cash flow is.`],
  ['linkedin', 'en', 'financial', `Our Pune plant just got the nod: capex of ₹42 crore for the new forging line, approved by the board last night. Official announcement with the Q3 results in February.`],
  ['linkedin', 'en', 'financial', `Our sealed bid for the Nova Scotia hospital dental supply contract was CA$2.35m, submitted Friday. Opening is on the 12th. Proud of this team!`],
  ['linkedin', 'en', '', `The Government of Canada's published procurement award for the federal dental plan supplies was $118M, per the public notice on CanadaBuys.`],
  ['linkedin', 'en', 'financial', `Seed round update for close friends and family only: term sheet at $14M pre-money, $3M raise, signing next week. Please hold off on congratulations posts 🙏`],
  ['linkedin', 'en', 'financial', `Welcome aboard to our newest sales hire! Her quota for 2027 is $1.2M new ARR and our forecast for her territory is $1.6M. Let's go!`],
  ['linkedin', 'en', '', `Our seed round is public now! $3M led by a Toronto fund, announced this morning. Thank you for believing in us.`],
  ['linkedin', 'en', 'financial', `Slack message pasted by accident:
[10:42] Sophie: ok final answer for the pricing sheet, enterprise tier moves to $49/seat from March, we tell customers on Jan 20
[10:43] Dan: 👍 don't leak it`],
  ['linkedin', 'en', '', `Slack message I'm framing: "[09:01] CTO: production is fine. [09:02] CTO: production is not fine." Happy Friday everyone.`],
  ['linkedin', 'en', 'financial', `Bluegum's forecast for FY27 installs is 3,800 systems at an average ticket of A$11,200. Sharing as we're pitching investors next month — DM me if you want to get in early.`],
  ['linkedin', 'en', 'financial', `Internal memo excerpt (apologies, this was meant for the leadership group): Kaveri's H2 burn is ₹9 crore/month and runway is 14 months before the bridge round.`],
  ['linkedin', 'en', '', `Kaveri Health Tech's Series B was announced publicly in March: $28M led by a Singapore fund. Ten months later, we've doubled the team.`],
  ['linkedin', 'en', 'financial client_name', `Proud to share that our discounted price for Hôpital Sainte-Claire... no wait, scratch that. Proud to share that our hospital pricing will drop to €1.20 per consult from Q2. Not yet communicated to clients.`],
  ['linkedin', 'en', '', `Free webinar: "Pricing for SaaS in 2027". Ticket price €0, coffee price your own. Link in comments.`],
  ['linkedin', 'en', 'secret', `Raspberry Pi weather station at the Bowen site is back online. For the field crew: SSH pi@weatherpi, password Tr0pic!Shaft, don't change it without telling me.`],
  ['linkedin', 'en', '', `Default Raspberry Pi credentials used to be pi / raspberry. If yours still are, change them today. Friendly Friday security nudge.`],
  ['linkedin', 'en', 'secret', `GitHub tip: if you accidentally commit a token like ghp_9fK2mLq7Rt4WzX8vB1nC5dE3hJ6yP0sA2uGt, revoke it first, then rewrite history. Here's how we did it last week (yes, that was the real one, it's revoked now... I think).`],
  ['linkedin', 'en', '', `GitHub personal access tokens start with "ghp_". Add that prefix to your secret scanner and thank me later.`],
  ['linkedin', 'en', 'secret', `Onboarding note for the Cardiff studio: the edit suite Wi-Fi is TVM-EDIT, key Caerphilly-Cheese-42. The guest network has no password, it's captive-portal.`],
  ['linkedin', 'en', 'codename', `Sneak peek: Project Kestrel's dashboard, blurred for obvious reasons. The redesign ships to customers in Q2 and I can't wait.`],
  ['linkedin', 'en', '', `Birders of Cork: a pair of kestrels has been nesting on the office roof since spring. We named them Project and Manager.`],
  ['linkedin', 'en', 'codename', `Retro on Nébula sprint 14: velocity up, bugs down, morale high. Release to the pilot fleet on the 20th.`],
  ['linkedin', 'en', '', `Astrophotography weekend: 4 hours of exposure on the Orion Nebula from the Cairngorms. Colours straight out of the camera!`],
  ['linkedin', 'en', 'client_name', `Hospital visit in Marseille with the team from Hôpital Sainte-Claire to scope the teleconsult roll-out. Great people, great coffee. Contract talks start in January.`],
  ['linkedin', 'en', 'client_name', `Pitch prep for Initech tomorrow, slides done, demo rehearsed twice. They're evaluating three vendors for their claims platform.`],
  ['linkedin', 'en', '', `Rewatched "Office Space" last night. Initech's TPS reports are still the funniest thing about corporate life.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Pricing committee minutes, 2 Dec
Attendees: finance, product, sales
Decisions: none yet, revisit after the competitor review.`],
  ['linkedin', 'en', '', `I love a good internal wiki. Ours has a page called "Things we learned the hard way" and it's the most-read page in the company.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL — draft for the works council\nProposed change to the on-call allowance: flat rate replaced by hourly rate from April. Feedback by 16 December.`],
  ['linkedin', 'en', '', `Our classification levels are Public, Internal, Confidential and Restricted. Training for all staff in January — it's simpler than it sounds.`],
]);
