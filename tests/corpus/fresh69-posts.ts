import { rows } from './corpus-types';

/**
 * Held-out set "fresh69": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh69`.
 * First scored 2026-12-04 21:58 UTC on the rules of 262f85b, the last rules of stop 29, after every fix from fresh54 to
 * fresh65: confidentiality macro F1 0.964, 3.5 % of clean posts flagged (4 of 113);
 * financial 0.862, national_id 0.870, codename 0.941, secret 0.960, phone 0.974, the others 1.000.
 *
 * Authors: employees of energy, mining and agriculture companies in Australia, New Zealand, South Africa, Kenya and
 * Nigeria, writing in English (four posts mix in French for West African partners): a Rustenburg platinum miner, a
 * Karoo PGM shaft, a Northern Cape manganese mine, a Mpumalanga power utility, a Limpopo citrus packhouse, a Lowveld
 * macadamia grower, a Free State grain co-op, a Stellenbosch wine estate, Eastern Goldfields and Tanami gold miners, a
 * Pilbara iron-ore miner, a Bowen Basin coal producer, a Kwinana refinery, a Hunter Valley solar builder, an Eyre
 * Peninsula green-ammonia developer, Riverina and Esperance grain handlers, a Dalby ute fleet, an NT cattle station, a
 * Waikato dairy co-op, a Canterbury grain merchant, an Otago wool broker and shearing gang, a Taranaki gas producer,
 * Kericho and Nandi Hills tea growers, a Naivasha geothermal developer, a Kenyan coffee and avocado exporter, a Mombasa
 * logistics firm, a Lagos cocoa exporter, a Kano irrigation contractor, an Ogun cassava outgrower scheme, a Port
 * Harcourt gas plant and a Nigerian solar-kiosk company. Focus: site safety, exploration results and exchange
 * announcements (ASX, JSE SENS, NZX, NGX), commodity prices, community relations, harvest and logistics.
 * Forms: team wins, pasted meeting notes and exco slides (tables), chat lines pasted by mistake, config snippets,
 * customer and community replies (surface 'comment'), job ads with published salary bands, live-posts from Indaba and an
 * AGM, changelogs, post-mortems, supplier bank-detail notices, polls, a three-post X thread, goodbyes, tips and fraud
 * warnings.
 *
 * Financial positives, each with a different sign of not being public yet: capex before a SENS announcement, an NPV
 * ahead of a trading halt, a milk-price forecast before the board confirms it, a sealed tender bid, unaudited EBITDA
 * before JSE results, a tea bonus before the board, a pipeline "not in the investor deck", an offtake price before FID,
 * a DFS NPV still with the independent reviewer, a capex overrun before the board hears it, a cocoa purchase price
 * before the farmer forum, a pre-money valuation before signing, a margin before annual results, a surcharge before the
 * customer letter, a forecast "not in any guidance", unannounced management-accounts revenue, a community budget before
 * the launch, a seed price before distributors are told, a Restricted trading update, a rail tender price, a sale-process
 * valuation, pre-release annual-report profit, an AGM-rehearsal guidance upgrade, a coffee cherry price before the AGM,
 * a pilot budget in an X thread and a list-price rise in a poll. Look-alikes: the same kinds of figures once released
 * (ASX quarterly, SENS interims, NZX DFS, NGX annual report, AGM guidance "as announced"), spot gold, LME copper, tea
 * auction and cocoa exchange prices, government and shire budgets, another start-up's raise, an industry crop estimate,
 * published price lists and surcharges, published salary bands, a farmer's own figures and a teaching NPV.
 *
 * Conventions: every written email address is email (role mailboxes, "[at] [dot]" and "name @ domain" included; bare
 * domains and X handles are not); every written phone number is phone (mobiles, landlines, switchboards, 1300/1800/0800
 * and 0860 share-call numbers in AU, NZ, ZA, KE and NG formats), emergency 000 and 112 are not, nor are USSD codes, an
 * M-Pesa paybill, tonnages, survey coordinates, hole ids or an ABN; confidential_marker only for explicit labels
 * (COMMERCIAL IN CONFIDENCE, TLP:AMBER, TLP:RED, [INTERNAL], EMBARGOED UNTIL, Classification: Restricted, STRICTLY
 * PRIVATE AND CONFIDENTIAL, INTERNAL USE ONLY, CONFIDENTIAL – DRAFT, SOUS NDA), not TLP:CLEAR, a probity course, an
 * embargo explainer, an internal-audit award, classified ads or an export embargo; secret for Wi-Fi, HMI, VPN, SMTP,
 * drone-fleet and service-account passwords, a weather-API key, a map token, a Slack webhook and database/MQTT
 * credentials, not placeholders, AWS's EXAMPLE key, sk_test_XXXX, a vendor "changeme" or a release checksum;
 * internal_url for acme-corp.net and corp.acme.com hosts, an intranet. host, private IPs and .internal/.local/.corp hosts
 * (a UNC path included), not www.acme.com, news.acme.com or public company sites. Every IBAN, card and national id
 * positive was computed with a throwaway script outside the repo: IBANs with mod 97 (GB, DE, NL, CH, MU, AE); Luhn for
 * Visa, Mastercard (5- and 2-series), Amex and a 19-digit Verve card; the ATO weighted mod-11 check for TFNs, the IRD
 * mod-11 check (both weight sets) for NZ IRD numbers and Luhn for South African ID numbers; Nigerian NINs and Kenyan ID
 * card numbers by format with their label. Look-alikes: the ATO's example TFN 123 456 782, the bank's GB82 WEST
 * specimen IBAN, the 4111 test card, a masked card, a TFN, an IRD number and an SA ID with a wrong check digit, a card
 * with a failing Luhn digit in a scam SMS, an IBAN with a wrong check in a fraud warning, and AU BSB / account numbers.
 * The policy's names appear in their project and customer sense and also as the constellation, the Orion Nebula, the
 * Christchurch lines company Orion, nankeen kestrels, a kestrel on a flare stack, a kelpie called Atlas, Atlas Copco rigs,
 * a blue atlas cedar, the Simpsons' Globex, Office Space's Initech, Société Générale and a chapel of Sainte-Claire.
 *
 * Counts: 239 posts (235 EN, 4 mixed; 208 LinkedIn, 31 X; 7 comments): 113 clean, 126 with one or more findings.
 * Labels: financial 30, phone 20, national_id 13, secret 13, internal_url 12, email 12, confidential_marker 11,
 * codename 8, client_name 8, iban 6, card 5.
 */
export const FRESH69_POSTS = rows('fresh69', [
  // --- site safety, team wins, exchange announcements ---
  ['linkedin', 'en', '', `1,000 days without a lost-time injury at Smokey Hills shaft. That number belongs to the crews who stop the job when something looks off, every single shift. Ngiyabonga, team Karoo Ridge Platinum. 🦺`],
  ['linkedin', 'en', 'financial', `Big week coming for the Merensky deepening team. I can't say too much until our SENS announcement goes out on the 14th, but the board signed off R2.3bn of capex yesterday afternoon and I have never been prouder of a feasibility crew. More soon!`],
  ['x', 'en', '', `Orion climbing over the headgear at 4am shift change. You don't get skies like this in Joburg. #nightshift #Karoo`],
  ['linkedin', 'en', 'phone', `Plucking season logistics for the Kericho estates: transporters, please don't call the main office this week. Ring Otieno at dispatch directly on 0722 418 906 and he'll slot you into the weighbridge queue.`],
  ['linkedin', 'en', '', `We're hiring! Senior Resource Geologist, Eastern Goldfields, FIFO 8/6 out of Perth. A$165,000 to A$190,000 base plus super and an annual bonus. Apply through the careers page, applications close 20 December.`],
  ['linkedin', 'en', 'national_id', `Onboarding done for our two new field hands 🙌 Pasting my checklist so the other supervisors can copy it:
- Tayla M. – TFN 896 017 621 supplied, super choice form signed, White Card sighted
- Jack R. – TFN form pending, induction booked Tuesday
- PPE issued to both`],
  ['linkedin', 'en', '', `Payroll PSA for our seasonal pickers: never put your tax file number in a WhatsApp group. When we train supervisors we use the ATO's textbook example, 123 456 782, and nothing else. If someone asks for yours over chat, ring payroll first.`],
  ['linkedin', 'en', 'secret internal_url', `Night-shift tip for the new control room operators: if the substation HMI at 10.40.2.15 freezes after a trip, don't power-cycle it. Log back in with operator / Gw1nd@Ridge77 and acknowledge the alarms from the event list first.`],
  ['x', 'en', 'financial', `Trading halt goes on before the open tomorrow. All I'll say is the scoping study NPV has a 4 in front of it and it's A$410m. Team has earned a beer 🍺`],
  ['linkedin', 'en', '', `Our September quarterly was released to the ASX this morning: 61,200 oz poured, AISC of A$1,890/oz and A$212m in revenue. Thanks to the Kalgoorlie crew for a record quarter. Full report on our website.`],
  ['linkedin', 'en', '', `The nankeen kestrels are back hovering over the tailings dam rehab area. Our environmental team counted four nesting pairs this spring, which tells us the native grass cover is finally working.`],
  ['linkedin', 'en', 'codename', `Project Kestrel update for the wider exploration group: rig two mobilises to the northern tenement on Monday and the heritage survey with the Traditional Owners is locked in for the week after. Please keep your site inductions current.`],
  ['linkedin', 'en', 'email', `If you're a grower delivering to the Timaru silo this harvest and your docket is wrong, email our grain desk: grain-desk [at] canterburygrain [dot] co [dot] nz with your docket number and we'll fix it within 24 hours.`],
  ['linkedin', 'en', '', `Grain receival hours for harvest at the Timaru silo are now 6am to 10pm, seven days. Docket questions go through the grower portal at canterburygrain.co.nz. Safe harvest everyone.`],
  ['linkedin', 'en', 'confidential_marker', `COMMERCIAL IN CONFIDENCE
Haulage tender – Moranbah to Dalrymple Bay
Shortlist: three contractors, site visits 9–11 Dec. Evaluation panel notes to be filed on the tender register. Do not discuss with bidders.`],
  ['linkedin', 'en', '', `Spent the afternoon with our procurement team on a course about tender probity. Lots of good discussion on when a document actually needs a "Commercial in Confidence" stamp and when people slap it on everything out of habit.`],
  ['linkedin', 'en', 'phone', `Community liaison contacts for the Bela-Bela solar farm construction: if trucks are blocking your gate or kicking up dust, WhatsApp Lerato on +27 71 902 3388. She's on site from 6 until 6.`],
  ['linkedin', 'en', '', `In an emergency on any of our sites, call 000 first and then the site control room on the radio, channel 1. No exceptions. Our toolbox talk this week was all about this order of calls.`],
  ['x', 'en', '', `Gold through A$4,100/oz overnight. Bit surreal when you remember our feasibility study assumed A$2,600. #ASX #gold`],
  ['linkedin', 'en', 'financial', `Milk price draft for our supplier shareholders is sitting at NZ$9.40/kg MS opening forecast. The board confirms it Wednesday and the letter goes out Thursday, so please keep it off the farm WhatsApps until then 🙏`],
  ['linkedin', 'en', '', `The co-op announced its opening forecast milk price yesterday: NZ$10.00/kg MS, with a range of NZ$8.50 to NZ$11.50. Good news for the Waikato, and a big thank-you to our farm advisers who walked suppliers through it today.`],
  ['linkedin', 'en', 'iban', `Supplier notice: our UK fertiliser broker has changed banks. From 1 January please pay their invoices to GB21 BARC 2004 1573 6145 92 (Barclays). Old details are no longer valid. Accounts team, please update the vendor master.`],
  ['linkedin', 'en', '', `Fraud warning to our growers: we've seen fake emails "from us" asking you to pay levies to GB22 BARC 2004 1573 6145 92. That account number doesn't even validate, and we will never change bank details by email. Ring the office on our published number if unsure.`],
  ['linkedin', 'en', 'internal_url', `Rosters for the Christmas shutdown are up on the intranet: http://intranet.pilbaraironbark.com.au/rosters/shutdown-2026. Swap requests close Friday.`],
  ['linkedin', 'en', '', `Christmas shutdown rosters are up on the intranet, ask your supervisor if you can't find them. Swap requests close Friday. Have a safe break, everyone.`],
  ['linkedin', 'en', 'client_name', `Good meeting this morning with the Globex procurement team about next year's offtake volumes from the Bowen Basin. They want more coking coal in Q2 than we planned; the mine planners are already rerunning the schedule.`],
  ['x', 'en', '', `Every open-plan office eventually turns into Initech from Office Space. Today someone asked me for my TPS report cover sheet. It's a gold mine, Bill. #fridayfeeling`],
  ['linkedin', 'en', 'secret', `Field office Wi-Fi for the harvest contractors at Limpopo Citrus (Letsitele packhouse): network LC-Packhouse-Guest, password Naartjie!Sun2026. Please don't share it with the transport drivers, they have their own.`],
  ['linkedin', 'en', '', `Reminder for contractors: the packhouse guest Wi-Fi password is printed on the sign-in sheet at the gate. Please don't ask the admin team for it over the phone.`],
  ['linkedin', 'en', 'card', `Booking our team's flights to Mining Indaba today and the travel portal keeps rejecting the company card. Can anyone from finance check why 5256 8626 1888 9417 exp 09/28 keeps failing?`],
  ['linkedin', 'en', '', `Heads-up from finance: the corporate card ending 9417 is being replaced next week, so expect a new card in the internal mail. Don't cut up the old one until the new one works.`],
  ['linkedin', 'en', 'financial', `Proud of the bid team at Rift Valley Geothermal. We submitted our tender for the Menengai steam-field drilling package last night at KES 4.62bn. Envelopes get opened on the 18th, fingers crossed 🤞`],
  ['linkedin', 'en', '', `The Kenyan Treasury's budget statement this year allocates KES 64bn to energy transmission. Whatever you think of the numbers, it's good to see geothermal named explicitly.`],
  ['linkedin', 'en', 'national_id', `HR, please correct the name on Sipho's site access card: surname is Dlamini, not Dhlamini. His ID number is 8804125391083 so you can match the record.`],
  ['linkedin', 'en', '', `Our HR team gets asked whether an SA ID number can be "checked" for typos. Yes: the last digit is a Luhn check. A number like 8804125391084 fails, which tells you someone mistyped it on the form. Little things that save hours.`],
  ['linkedin', 'en', 'email', `Landowners affected by the new transmission line route: your liaison is Thandiwe Nkosi, thandiwe.nkosi@mpumalangapower.co.za. She will arrange the site walk and the compensation meeting.`],
  ['x', 'en', '', `Reply from the community team: you can find the new transmission line route maps at mpumalangapower.co.za/community and at the Emalahleni library. Public meeting Thursday 6pm.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Phishing campaign targeting our SCADA vendors this week. Indicators: lookalike invoices from "Schneider Field Services", macro-enabled XLSM. Share only with your security team and named suppliers.`],
  ['linkedin', 'en', '', `Cyber tip for control-room staff: when you share threat info with the wider community, mark it TLP:CLEAR so people know it can go anywhere. We just published our vendor phishing lessons under TLP:CLEAR on our blog.`],
  ['linkedin', 'en', 'codename client_name', `Huge milestone: the Orion concentrator upgrade passed performance testing and the first Initech shipment leaves Richards Bay on Tuesday. Couldn't have done it without the process team working through two long weekends.`],
  ['linkedin', 'en', '', `Christchurch friends: the lines company Orion has a planned outage on our street Sunday 7am–1pm, so the farm-supply store will open at 1.30pm instead. Apologies for the late notice.`],
  ['linkedin', 'en', 'phone', `Our harvest hotline for Canterbury cropping clients is back for the season: 0800 742 669, staffed 6am–9pm. Header breakdowns get priority.`],
  ['linkedin', 'en', 'secret internal_url', `Pasted from the data team channel by accident, ignore: "postgresql://harvest_ro:Mielie2025x@db.agri-ops.internal:5432/yield – read-only, use it for the dashboard refresh."`],
  ['linkedin', 'en', '', `Wrote up how we connect our yield dashboards to the database for the agritech meetup. Connection string format: postgresql://USER:PASSWORD@HOST:5432/DBNAME, with the real values in a vault, never in the notebook. Slides on my profile.`],
  ['linkedin', 'en', 'financial', `Unaudited half-year EBITDA for the platinum division came in at R640m, way ahead of budget. Results go to the JSE on 3 March so you won't see this anywhere yet, but I wanted to thank the Rustenburg crews first.`],
  ['linkedin', 'en', '', `Our interim results are out on SENS today: headline earnings per share up 18%, interim dividend of 210 cents. Thanks to every shift that made it happen. Presentation on the investor page.`],
  ['x', 'en', 'phone', `Drivers heading to Apapa port with cocoa today: gate 3 is closed. Call Emeka on 0803 412 7790 for the new slot, don't queue on the expressway.`],
  ['x', 'en', '', `Lagos-bound cocoa trucks: Apapa gate 3 closed until Friday per the port authority notice. Use gate 5. If there's an accident call 112.`],
  ['linkedin', 'en', 'national_id', `Pasting the outgrower registration line that keeps bouncing in the system, can IT look at it? "Adaeze Okafor, Ogun cassava cluster 4, NIN 36182049573, 2.5 ha, bank verified."`],
  ['linkedin', 'en', '', `For our outgrowers in Ogun: registration needs your NIN, but never give it to anyone who calls you. Our field officers will only ask for it at the registration desk, in person, with the slip from NIMC.`],
  // --- meeting notes and pasted chats ---
  ['linkedin', 'en', 'financial confidential_marker', `Leadership offsite notes – CONFIDENTIAL
1. FY27 budget: opex envelope A$318m, capex A$96m (to be ratified at December board)
2. Camp upgrade deferred
3. Graduate intake held at 24`],
  ['linkedin', 'en', '', `Leadership offsite notes, shareable version:
1. Safety stays item one on every agenda
2. We're piloting 4-day swings for maintenance crews
3. Graduate intake held at 24, applications open in February`],
  ['linkedin', 'en', 'email phone', `Sorry all, meant for the contractor group: new shutdown coordinator is Pieter van Wyk, pieter.vanwyk@highveldsmelt.co.za, cell 082 613 4470. Send permits to him from Monday.`],
  ['linkedin', 'en', 'secret', `Accidentally pasted from our dev chat: "weather station API for the vineyard blocks: X-Api-Key 6f1c9e27b84d4a03a5e2c718d0f93b6e, rate limit 60/min". Long day.`],
  ['linkedin', 'en', '', `Our vineyard weather stations push data every 10 minutes. We rotated all API keys this month after a contractor left, which reminded me how many places the old keys had been copied into. Do an audit this week.`],
  ['linkedin', 'en', 'internal_url', `For the geology team: core photos from the Tanami holes are finally in \\\\fs01.geo.corp\\core-photos\\2026 – sorted by hole ID.`],
  ['linkedin', 'en', '', `Core photos from our Tanami holes, with assays, are in today's ASX release (Appendix 1, JORC Table 1). Hole TAN-0412 returned 14m @ 6.2 g/t Au from 188m. Great work from the core yard.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 08:30 AEST, 11 DECEMBER
Media release draft v4 – Maiden Mineral Resource for the Blackwood lithium project. Please send comments to corporate affairs by 3pm, no edits to the tables.`],
  ['linkedin', 'en', '', `Journalism students asked me how embargoes work for listed miners. Short version: under continuous disclosure the ASX gets it first, and a media embargo is meaningless if the market hasn't been told. Good questions from a sharp group.`],
  ['linkedin', 'en', 'financial', `Pre-read for Thursday's co-op board: we're proposing to lift the tea bonus to growers to KES 28 per kg of green leaf. Nothing announced yet, so please don't mention it at the buying centres.`],
  ['linkedin', 'en', '', `The Tea Board's published Mombasa auction average last week was US$2.31/kg. Our factories' results are on the co-op noticeboard at every buying centre.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu steering group this morning: hydro-pump storage site shortlist is down to two valleys. Environmental baseline starts January. Great energy in the room.`],
  ['linkedin', 'en', '', `Our kelpie Atlas had his first day on the station today. Blue merle, all legs, zero idea what a sheep is. We'll get there.`],
  ['linkedin', 'en', 'client_name', `Shipping plan for the macadamia crop is set: first container to Société Générique's Marseille warehouse in March, then Hong Kong. Thank you to the pack shed for the long hours.`],
  ['linkedin', 'en', '', `Visited the Société Générale stand at the commodities conference. Their trade-finance people had good insights on letters of credit for African agri-exporters.`],
  ['linkedin', 'en', 'card', `Can someone in procurement re-run this? Supplier portal failed on the Amex: 3755 671190 31719, exp 11/27, CVV on file. Need the spare drill bits by Friday.`],
  ['linkedin', 'en', '', `Procurement reminder: never type card numbers into chat. If you're testing the new supplier portal, use the vendor's test card 4111 1111 1111 1111 in the sandbox only.`],
  ['x', 'en', 'national_id', `Filling in the ACC form for my workplace injury claim, is the IRD number 072-850-475 or do they want it without dashes? Asking the group before I submit.`],
  ['x', 'en', '', `NZ payroll tip: your IRD number is 8 or 9 digits and has a check digit, so a typo like 072-850-476 gets caught by the system. Always copy it off your myIR account, not from memory.`],
  ['linkedin', 'en', 'financial', `Our pipeline for irrigation EPC work across Kano and Kaduna is at ₦14.6bn going into 2027. It's not in the investor deck yet, so treat it as a family secret, but team, look at what we built in two years!`],
  ['linkedin', 'en', '', `Nigeria's irrigation market is estimated at over ₦1tn according to the World Bank's latest agriculture review. Plenty of room for local contractors like us to grow.`],
  ['linkedin', 'en', 'email', `New role mailbox for our community grievance process, live today: grievances@karooridgeplatinum.co.za. Every message gets a reference number within 48 hours.`],
  ['linkedin', 'en', '', `Our community grievance process now has its own page on karooridgeplatinum.co.za with the forms in English, Setswana and Afrikaans. Every grievance gets a reference number within 48 hours.`],
  ['linkedin', 'en', 'secret', `Pasted from the ops runbook, for the drone survey team: DJI fleet account surveys-hunter / Tr1ang!e-Benchmark-5. Charge all batteries the night before.`],
  ['linkedin', 'en', '', `Drone survey runbook, step 1: log into the fleet account with your own credentials. If you see password: changeme anywhere in the old docs, that's the vendor default we removed last year, ignore it.`],
  ['linkedin', 'en', 'financial', `Can't announce it until FID, but the offtake price we agreed for the first five years of green ammonia is US$720/t FOB. That number changes the whole project. Team, you know who you are.`],
  ['linkedin', 'en', '', `Our final investment decision on the Eyre Peninsula green ammonia project was announced to the ASX today, along with a 5-year offtake at an undisclosed price. Proud to be part of it.`],
  // --- customer and community replies (comments) ---
  ['linkedin', 'en', 'phone', `Hi Mrs Wairimu, so sorry about the missed milk collection on Tuesday. Our Nyeri route supervisor will call you today, or you can reach him directly on +254 711 054 322.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Mrs Wairimu, sorry about the missed collection. Please send us a direct message with your supplier number and the route team will sort it today.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Thanks for flagging the dust, Mr Botha. Please send photos and the times to community @ northcapemanganese.co.za and we'll add the haul road to this week's watering schedule.`, { surface: 'comment' }],
  ['x', 'en', '', `@KarooFarmer thanks for the photos. We've added the haul road to the watering roster and the community team will visit Thursday. Follow @NCManganese for updates.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Ngozi, our agro-dealer desk in Kano can help with the seed voucher: 0906 118 2245 (Mon–Sat, 8am–5pm). Have your registration slip ready.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Ngozi, the seed voucher window closes on the 30th. Dial *347*88# from the phone you registered with to check your status, it's free.`, { surface: 'comment' }],
  ['linkedin', 'en', 'client_name', `Thanks for the kind words! Yes, the solar microgrid at Hôpital Sainte-Claire was ours, and the theatre has not lost power once since commissioning in June.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `We stopped at the little chapel of Sainte-Claire on the walk back from the vineyard. A quiet corner of the Cape that most tourists drive straight past.`],
  // --- tables and snippets ---
  ['linkedin', 'en', 'financial', `Sharing my draft slide for Monday's exco (numbers not final, don't forward):
| Site | FY26 actual | FY27 forecast |
| Mogalakwena North | R1.9bn | R2.4bn |
| Waterberg | R0.7bn | R1.1bn |
Tell me if the layout reads OK on mobile.`],
  ['linkedin', 'en', '', `Our published production guidance, in one table for the graduates:
| Metal | FY26 actual | FY27 guidance |
| PGMs (koz) | 412 | 400–430 |
| Nickel (t) | 1,920 | 1,800–2,000 |
All from the annual report released in August.`],
  ['linkedin', 'en', 'secret internal_url', `Config that finally got the wind-farm telemetry flowing, in case it helps someone on the team:
broker: mqtt://telemetry:Brum8y!Wind@192.168.20.4:1883
topic: turbines/+/scada
qos: 1`],
  ['linkedin', 'en', '', `Config pattern we use for turbine telemetry (placeholders, obviously):
broker: mqtt://<user>:<password>@<broker-host>:1883
topic: turbines/+/scada
qos: 1
Credentials come from the secrets manager at runtime.`],
  ['linkedin', 'en', 'secret', `Alerts from the irrigation pumps now land in our channel, thanks Wiremu! If you want to wire up another site just POST to https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Irrigation pump alerts now land straight in our team channel through an incoming webhook. Setting it up took ten minutes; the webhook URL lives in the pump controller's config, not in any document.`],
  ['linkedin', 'en', '', `For the cloud training cohort: the AWS docs use AKIAIOSFODNN7EXAMPLE as the access key in every snippet. If you see that in a repo, it's fine. If you see anything else starting AKIA, ring security.`],
  ['linkedin', 'en', 'internal_url', `Grafana dashboards for the crusher circuit moved to https://grafana.plant.internal/d/crusher-01. Old links will redirect until Christmas.`],
  ['linkedin', 'en', '', `Moved our crusher circuit dashboards to Grafana this month. Biggest win: operators see liner wear trends before the shutdown planners do. Happy to share our panel designs with other plants.`],
  ['linkedin', 'en', 'internal_url', `Incident form for the Hunter Valley solar construction is now https://safety.acme-corp.net/hv-solar/report. Use it for near misses too, not just injuries.`],
  ['linkedin', 'en', '', `Hunter Valley solar farm: 200 MW, 4,000 workers trained, zero serious injuries. Our project story is live at www.acme.com/projects/hunter-solar.`],
  ['linkedin', 'en', 'internal_url', `Procurement, please use the new vendor onboarding page on the group portal: https://suppliers.corp.acme.com/onboard. Paper forms are no longer accepted after 1 Feb.`],
  ['linkedin', 'en', '', `Agri-suppliers wanting to work with us: our public supplier registration page is at news.acme.com/suppliers. We publish our payment terms there as well.`],
  // --- X threads and polls ---
  ['x', 'en', '', `1/ Why is our Pilbara haul fleet switching to trolley assist? Thread 🧵 Diesel is ~30% of site operating cost industry-wide and ramps are where the engines burn the most.`],
  ['x', 'en', '', `2/ Published trials in Chile and Sweden show 80%+ diesel cut on the ramp sections. We're starting with one 3km ramp. Results will be in our sustainability report.`],
  ['x', 'en', 'financial', `3/ And between us, the budget the board just approved for the pilot is A$27m, which we haven't said publicly yet, so let's leave it at that 😅`],
  ['x', 'en', '', `Poll for the farmers in my feed: what's your biggest harvest headache this season?
🚜 Contractor availability
🌧️ Weather
⛽ Diesel price
🚛 Getting grain to port`],
  ['x', 'en', '', `Poll results: 41% said diesel price. Makes sense, retail diesel in Dubbo hit $2.19/L this week per the NRMA tracker.`],
  ['x', 'en', 'financial', `Quick poll before our pricing call: if we told growers our fertiliser list price goes up 11% from 1 March (letters go out next week), would you rather pre-order now or wait?`],
  ['x', 'en', '', `Our fertiliser prices for autumn are on the price list published on our website today: urea A$890/t ex-Geelong. Pre-orders open Monday.`],
  // --- changelogs ---
  ['linkedin', 'en', '', `Field app v3.8 changelog:
- offline mode for paddock walks
- new spray drift warnings from BoM wind data
- fixed crash when adding more than 50 soil samples
Thanks to the agronomists who beta-tested.`],
  ['linkedin', 'en', 'secret', `Field app v3.9 changelog:
- photo compression
- fixed map tiles on Android 14
- temporary: map provider token hard-coded as mtk_live_7Qp2Vd8xLsZ94nRk3TfWbY6c until the vault is wired up (remove before store release)`],
  ['linkedin', 'en', '', `Release checksums for the field app build 3.9.1 are on the download page: sha256 4f9a0c3e1b7d22f6a8e5c0b13d97f4a2e86c51b0d3f7a9e2c4b68d1f0a3e7c95. Verify before sideloading onto tablets.`],
  // --- post-mortems ---
  ['linkedin', 'en', '', `Post-mortem from our conveyor fire drill: alarm to muster was 6 min 40 s, target is 5. Two contractors went to the old muster point. Fixes: new signage, induction slides updated, retest in January.`],
  ['linkedin', 'en', 'internal_url confidential_marker', `[INTERNAL] Post-incident review – belt C4 fire, 28 Nov
Timeline and photos: http://10.12.0.45/incidents/c4-fire
Root cause: idler bearing failure, thermal camera alarm muted since October.`],
  ['linkedin', 'en', '', `Lessons from a belt fire at a coal terminal (not ours, published by the regulator last week): a muted thermal alarm, a missed inspection, and a culture where nobody wanted to stop the belt. Worth a read for every operations lead.`],
  ['linkedin', 'en', 'secret', `Outage post-mortem, grain dryer controllers: root cause was the vendor's remote support login still using the password Dryer#Otago1 from commissioning in 2019. We've now rotated it. Lesson learned.`],
  ['linkedin', 'en', '', `Outage post-mortem, grain dryer controllers: the vendor's remote support login still had its commissioning password from 2019. We've rotated every controller password and moved them into our vault. Check yours.`],
  // --- goodbyes ---
  ['linkedin', 'en', '', `After 19 years, three mines and one very long Pilbara summer, today is my last day. To the crusher crew at Tom Price: you taught me more than any degree. Keep looking after each other.`],
  ['linkedin', 'en', 'phone email', `Last day at Nandi Hills Tea Growers 💚 I'm not disappearing: my personal mobile is +254 722 936 115 and you can always email me at kiprono.rotich@gmail.com.`],
  ['linkedin', 'en', '', `Last day at the co-op! Find me here on LinkedIn, and I'll be at the Nakuru ASK show in September as always.`],
  ['linkedin', 'en', 'codename', `Leaving after eight years. Proudest moment: seeing Nébula, the floating solar pilot I've nursed since the first sketch, export its first megawatt-hour last month. Go well, team.`],
  ['x', 'en', '', `Caught the Orion Nebula through the site's old surveying telescope tonight. Dark skies are the only perk of a camp four hours from Alice.`],
  // --- tips ---
  ['linkedin', 'en', '', `Harvest safety tip: before you unblock a header, shut down, take the key, and wait for the rotor to stop. Most hand injuries we see happen in the first 30 seconds after someone thinks it's off.`],
  ['linkedin', 'en', '', `Heat stress is serious in the Limpopo packhouses this week. 38°C forecast. Water every 20 minutes, shade breaks, buddy checks. If someone stops sweating, call 112 or the site medic.`],
  ['linkedin', 'en', '', `Snake season reminder for the Queensland crews: brown snakes are active near the laydown yards. Bandage, immobilise, call 000. Don't try to catch it for identification.`],
  // --- supplier notices ---
  ['linkedin', 'en', 'iban', `Bank details change for our Dutch seed supplier: please pay invoices from 1 Feb to NL96 RABO 0318 4629 07. Confirmation letter is on file with AP.`],
  ['linkedin', 'en', '', `Supplier notice: our Dutch seed supplier has changed banks. AP has the new details from their signed letter; we won't share bank details on LinkedIn, and neither should they.`],
  ['linkedin', 'en', 'iban', `Mauritian reinsurance broker's remittance details for the crop-insurance premium: MU49 MCBL 0901 0000 0187 9025 000M UR. Please process before Friday's cut-off.`],
  ['linkedin', 'en', '', `Supplier payments update for our local contractors: AP now pays on 30-day terms instead of 45. Your account details stay as they are, e.g. BSB 086-420 and account number as on your invoice.`],
  ['linkedin', 'en', 'iban', `Swiss equipment vendor asked for payment of the spare gearbox deposit to CH93 0076 2011 6238 5295 7. Finance, can you check against the contract before paying?`],
  ['linkedin', 'en', '', `IBAN training for our new AP clerks, using the specimen from the bank's help page: GB82 WEST 1234 5698 7654 32. Every real IBAN passes a mod-97 check, so a wrong digit usually gets caught.`],
  ['linkedin', 'en', 'iban', `German gearbox overhaul invoice: remit to DE84 3704 0044 0847 2165 30, ref WKA-2291. Please pay by the 15th so the turbine isn't held at the workshop.`],
  ['linkedin', 'en', 'iban', `UAE shipping agent's account for the urea cargo demurrage: AE47 0334 4106 8325 0019 273. Treasury, urgent please.`],
  // --- cards ---
  ['linkedin', 'en', 'card', `Fuel card for the Dalby ute fleet keeps declining at the Puma servo. Card 4528 3218 8511 0804. Could fleet services please ring the bank?`],
  ['linkedin', 'en', '', `Spotted a scam SMS to our drivers: "Your fuel card 4528 3218 8511 0805 is blocked, click here". That number isn't even a valid card. Delete and report.`],
  ['linkedin', 'en', 'card', `Booking the community day venue in Taranaki, finance please approve the deposit on the 2223 1002 4346 7276 card (exp 04/29). Venue needs it by Thursday.`],
  ['linkedin', 'en', 'card', `Lagos office: the Verve card for petty cash is 5060 9949 4332 0147 646, please use it only at approved vendors and keep the receipts.`],
  ['linkedin', 'en', '', `Reminder for our Lagos office: petty-cash receipts must show the last 4 digits of the Verve card (**** 7646). Without them, audit sends them back.`],
  // --- more national ids ---
  ['linkedin', 'en', 'national_id', `New contractor starting at Gladstone on Monday, please set up payroll: Lachlan Hurst, TFN 501 635 826, DOB 14/03/1994, super to AustralianSuper.`],
  ['linkedin', 'en', '', `A few of you asked why your TFN got rejected by the payroll system. It has a check digit, so a single mistyped digit (say 501 635 825) fails straight away. Always copy it from your ATO letter.`],
  ['linkedin', 'en', 'national_id', `Shearing gang payroll for the Otago run this week:
- Hemi T. – IRD 127-535-981
- Aroha K. – IRD 108-075-104
- Sam W. – IRD pending`],
  ['linkedin', 'en', 'national_id', `Pasting the worker details for the blasting licence application, please check before I submit: Thabo Mokoena, SA ID 7601309893087, PDP valid until 2027.`],
  ['linkedin', 'en', 'national_id', `Can HR confirm the employment letter for Lerato? She needs it for the bank. ID 9307253582084, started 1 March 2021, permanent.`],
  ['linkedin', 'en', '', `Our HR team will never send your South African ID number by email or WhatsApp. If a "recruiter" asks for a copy of your ID before an interview, it's a scam. Report it to us.`],
  ['linkedin', 'en', 'national_id', `Kenya site induction list, Olkaria well pad 5: Wanjiru Kamau – ID No. 28461937, Njeri Mwangi – ID No. 31075582. Both cleared for confined-space work.`],
  ['linkedin', 'en', '', `Induction stats for the Olkaria well pads this year: 1,240 workers inducted, 86% from the surrounding communities. Proud of our local content numbers.`],
  ['linkedin', 'en', 'national_id', `Please fix the payslip for Tunde Bakare, NIN 70238164592. His name is misspelt on the NHF deduction.`],
  ['linkedin', 'en', '', `Nigerian payroll reminder: your NIN, BVN and pension PIN should only ever be entered on the HR portal. Our HR team will never ask for them on a call.`],
  // --- financial: many ways of saying "not yet public", and public look-alikes ---
  ['linkedin', 'en', 'financial', `Quietly chuffed: our revised DFS puts post-tax NPV at US$1.12bn and IRR at 24%. It's still with the independent reviewer and nothing goes to the NZX until they sign, but the study team has absolutely nailed it.`],
  ['linkedin', 'en', '', `The independent review of our DFS is complete and the results went to the NZX this morning: post-tax NPV US$1.12bn, IRR 24%. Thank you to everyone who worked on the study.`],
  ['linkedin', 'en', 'financial', `Capex overrun on the Kwinana refinery expansion is running at A$38m. The board hears it Tuesday; until then this stays in the project team. Posting here because I'm proud of how honestly the cost engineers reported it.`],
  ['linkedin', 'en', 'financial', `Season planning: the purchase price we'll offer our cocoa farmers for the main crop is ₦4.2m per tonne. We announce it at the farmer forum on 2 October, so please don't leak it to the LBAs before then.`],
  ['linkedin', 'en', '', `The Nigerian cocoa price on the commodity exchange closed at ₦3.9m per tonne on Friday. Farmers in Ondo are telling us it's the best season in memory.`],
  ['linkedin', 'en', 'financial', `Got the green light from our investors: the Series B term sheet values us at US$85m pre-money. Signing is next month and we won't announce until the money lands, but team, we did it. 🌽`],
  ['linkedin', 'en', '', `Our friends at a Nairobi agritech just announced a US$40m Series B. Good news for the whole ecosystem, and proof that investors believe in smallholder finance.`],
  ['linkedin', 'en', 'financial', `Margin on the export avocado programme this season is 31%, versus 22% last year. We report it with the annual results in May, so keep this between us until then, but thank you to the Murang'a pack shed!`],
  ['linkedin', 'en', '', `In the graduate finance session today we worked through a simple mine NPV: A$100m capex, A$30m/yr cash flow for 6 years, 8% discount rate. The grads got A$38.7m and then argued about the discount rate for an hour. Perfect.`],
  ['linkedin', 'en', 'financial', `Hauling rates for 2027: we'll put the diesel surcharge up 7% from 1 March. Customers get the letter next week, so sales team, please don't pre-empt it on calls.`],
  ['linkedin', 'en', '', `Diesel surcharge update for our haulage customers, as written to all of you on 1 November: +4% from 1 December, in line with the published AIP terminal gate price.`],
  ['x', 'en', 'financial', `Forecast for our macadamia intake next year: 14,500 t NIS and ~R1.3bn revenue. Not in any guidance yet, so you heard it nowhere 🤫`],
  ['x', 'en', '', `SA macadamia industry crop estimate published by the growers' association this week: 79,000 t NIS. Big season ahead for the Lowveld.`],
  ['linkedin', 'en', 'financial', `Our bid for the Lamu port grain haulage contract went in at KES 1.84bn for three years. Evaluation isn't done yet, so mum's the word, but what a team effort.`],
  ['linkedin', 'en', '', `Kenya Ports Authority published the award of the Lamu grain-handling contract today. Not us this time, but congratulations to the winners and we'll be back for the next one.`],
  ['linkedin', 'en', 'financial', `Revenue for the solar kiosks division hit ₦9.8bn year-to-date in the management accounts. That number isn't audited or announced, but I wanted to say thank you to the field agents first.`],
  ['linkedin', 'en', '', `According to our audited annual report on the NGX this week, the solar kiosks division grew revenue 42% to ₦11.2bn. Proud of every field agent who made it happen.`],
  ['linkedin', 'en', 'financial', `Exco approved a A$12m budget for the regional community fund this morning. The official launch with the shire is in February, so hold off on sharing, but what a great outcome for Karratha.`],
  ['linkedin', 'en', '', `The Shire of East Pilbara published its 2026–27 budget this week: A$62m, with a big jump in road funding. Good news for our haulage contractors too.`],
  ['linkedin', 'en', 'financial', `Pricing team: the new seed maize price for the 2027 season will be R2,950 per 25kg bag, up from R2,690. We tell distributors on the 20th, so nothing on the trade WhatsApp before then.`],
  ['linkedin', 'en', '', `Our 2026 seed maize prices are in the catalogue at every co-op: R2,690 per 25kg bag for the yellow hybrids. Order early to lock in delivery.`],
  ['linkedin', 'en', 'financial confidential_marker', `Classification: Restricted
Draft Q4 trading update – Waikato dairy
Milk solids collected: 212m kg
Forecast EBIT: NZ$184m (pre-audit; not yet released to NZX)`],
  ['linkedin', 'en', '', `My own farm numbers this year, for the young farmers' group: 340 cows, 142,000 kg MS, mortgage still bigger than I'd like. Ask me anything about converting from sheep.`],
  ['linkedin', 'en', '', `Salary band for our new Maintenance Superintendent in Rustenburg, as advertised: R1.1m–R1.35m CTC plus housing allowance. We publish bands on every ad because it's the right thing to do.`],
  ['linkedin', 'en', '', `Job ad: Agronomist, Nakuru. KES 180,000–240,000 per month gross, motorcycle provided. Apply by 15 January via our careers page.`],
  ['linkedin', 'en', '', `We're hiring harvest drivers for the Riverina: A$38.50/hour casual, HR licence needed, accommodation available. Apply on our website.`],
  ['linkedin', 'en', 'financial', `We decided to tender at US$54 per tonne for the Mombasa–Kampala fertiliser rail run. Bids close Friday 5pm. I'm nervous and excited. Wish us luck!`],
  ['linkedin', 'en', 'financial', `Heard in today's board debrief: the valuation the bankers put on our Botswana copper asset for the sale process is US$310m. Sale process isn't public yet. What a journey from a greenfield lease.`],
  ['linkedin', 'en', '', `Copper rallied to US$11,400/t on the LME today. For context, our published reserve price assumption is US$8,500/t, so there's a lot of headroom in the plan.`],
  ['linkedin', 'en', 'financial', `The numbers in the pre-release of our annual report look fantastic: net profit up to A$87m from A$51m. Release is on the 27th. Cannot wait to share the full story.`],
  ['linkedin', 'en', '', `Our annual report is out today: net profit A$87m, up from A$51m. Special thanks to the Kalgoorlie and Leonora crews. Link in the comments.`],
  // --- markers vs mentions ---
  ['linkedin', 'en', 'confidential_marker', `STRICTLY PRIVATE AND CONFIDENTIAL
Community resettlement consultation – Phase 2 minutes. Attendees listed in Annex A. Not for circulation beyond the steering committee.`],
  ['linkedin', 'en', '', `We published the minutes of every community resettlement consultation on our website today, in English and isiXhosa. Transparency isn't optional when it's people's homes.`],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL USE ONLY – Grain storage fumigation schedule, Moree depot. Silos 3–6 sealed 2–7 Dec. No entry without a gas-free certificate.`],
  ['linkedin', 'en', '', `Silo fumigation season starts next week at our depots. No entry without a gas-free certificate, signs will be on every silo. This is the hazard that kills people quietly.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED – ransomware actor has posted data from a fellow mining contractor. Indicators shared with named contacts only. Do not forward.`],
  ['linkedin', 'en', '', `Spoke at the mining cyber forum about the Traffic Light Protocol: RED, AMBER, GREEN and CLEAR, what each one means and why most of our alerts should really be CLEAR. Slides on request.`],
  ['linkedin', 'en', '', `Our internal audit team just won the IIA Australia award for their work on tailings governance. "Internal" doesn't mean invisible!`],
  ['linkedin', 'en', '', `Classified ads in the Farmer's Weekly are still how half the Free State sells its second-hand balers. We listed three tractors this week.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – DRAFT
Tailings dam stability review, TSF-2 (Sishen)
Factor of safety under seismic loading below target on the eastern wall; remedial buttress options in section 4.`],
  ['linkedin', 'en', '', `Our tailings dam stability reviews are now published in full under the Global Industry Standard on Tailings Management. Find TSF-2's latest on our disclosure page.`],
  ['linkedin', 'en', '', `The US export embargo on certain mining equipment components was a big theme at Indaba this year. Supply chains are getting complicated.`],
  ['linkedin', 'mixed', 'confidential_marker', `SOUS NDA – mining services partner, shared with our Abidjan colleagues for review only: draft scope for the gold processing plant audit.`],
  // --- codenames and clients in their project / customer sense, and look-alikes ---
  ['linkedin', 'en', 'codename', `Kicked off the Orion drilling programme on the Goldfields tenements today. Six rigs, 48,000 m, and the best geology team I've ever worked with.`],
  ['linkedin', 'en', '', `Our drill rigs are Atlas Copco and Epiroc, and they're the most photographed thing on site. The camp cat has taken to sleeping on the Atlas's track.`],
  ['linkedin', 'en', 'codename', `Project Kestrel's seismic crew finished the 3D survey over the Taranaki block a week early. Data processing starts Monday. Thank you to every landowner who gave us access.`],
  ['linkedin', 'en', '', `A kestrel has been nesting on the flare stack platform at our Taranaki station. Operations have moved the monthly inspection to keep her undisturbed.`],
  ['linkedin', 'en', 'codename', `Nébula's first 5 MW of floating panels are on the water at the Lake Naivasha test site. The pontoon team worked through the rains to get it done.`],
  ['linkedin', 'en', 'client_name', `Sustainability session with Globex's sourcing team today. They're asking every coffee supplier for farm-level traceability by 2027, and our Kiambu cooperatives are ready.`],
  ['linkedin', 'en', '', `Hank Scorpio's Globex Corporation remains the greatest fictional employer ever. Free hammocks. Rewatched the episode on the flight to Perth.`],
  ['linkedin', 'en', 'client_name', `Commissioned the backup solar system at Hôpital Sainte-Claire's new wing yesterday. That's 14 health facilities powered by our team this year.`],
  ['linkedin', 'en', 'client_name', `Renewal signed with Initech for another three years of geothermal steam supply at Olkaria. Thanks to the account team for their patience.`],
  ['linkedin', 'en', 'codename client_name', `Atlas Bleu pumped-hydro study now has Société Générique as co-funder. Big step for the project and for the Drakensberg communities around it.`],
  ['linkedin', 'en', '', `Beautiful blue atlas cedar planted by our late founder still shades the Stellenbosch cellar door. Come see it at our harvest festival.`],
  // --- phones of many formats and look-alikes ---
  ['linkedin', 'en', 'phone', `Station manager changeover at Brunette Downs: from Monday, ring Bronwyn on (08) 8964 4470 for stock movements and road conditions.`],
  ['linkedin', 'en', '', `NT cattle station road conditions are published daily on the NT Government road report. If you're stuck between stations, your EPIRB and 000 are the priorities.`],
  ['linkedin', 'en', 'phone', `Grower services for the Riverina rice harvest: 1300 652 871, 7 days from 6am. Tell them your grower number and silo.`],
  ['linkedin', 'en', 'phone', `Our farm-safety helpline is toll-free: 1800 403 219. Anyone on our properties can call it anonymously about unsafe work.`],
  ['linkedin', 'en', 'phone', `Port Harcourt gas plant contractors: permit office has moved. New number +234 809 227 4416, walk-ins at Gate B only.`],
  ['linkedin', 'en', 'phone', `Nairobi office switchboard during the move is 020 271 4400. The old extensions will work again from January.`],
  ['linkedin', 'en', 'phone', `Hamilton agri-lab turnaround for soil tests is back to 5 days. Questions: (07) 838 2290, ask for the sample desk.`],
  ['linkedin', 'en', 'phone', `Cape Town office closed 24 Dec – 2 Jan. Urgent grower queries: (021) 555 0193, on call through the break.`],
  ['linkedin', 'en', 'phone', `Lagos head office landline is now 01 270 4418. The mobile numbers of the front desk are being retired.`],
  ['linkedin', 'en', 'phone', `Sharecall for our Free State grain silos is 0860 112 334. One number, any silo, and yes, it works on Christmas Day.`],
  ['linkedin', 'en', '', `Drilled 1 240 500 tonnes through the plant this quarter, and hole GDX-0412 intersected ore from 212 to 241 m. Numbers that make a metallurgist smile.`],
  ['linkedin', 'en', '', `Survey control for the new pit: MGA Zone 50, 412 883 mE, 6 594 210 mN. Our surveyors set 14 new monuments in three days.`],
  ['linkedin', 'en', '', `Our ABN is 51 824 753 556 and it's on every invoice we issue. If an invoice "from us" shows a different ABN, don't pay it.`],
  ['linkedin', 'en', '', `M-Pesa payments for milk deliveries: Paybill 522533, account = your supplier number. Payments reflect within an hour.`],
  // --- emails more ---
  ['linkedin', 'en', 'email', `Send your wool clip declarations to clipdesk@otagowool.co.nz by Friday. Late ones miss the December sale.`],
  ['linkedin', 'en', 'email', `If your order for solar home systems hasn't arrived in Kaduna, email us at support.north@sunkiosk.ng and include your order number.`],
  ['linkedin', 'en', 'email', `Pasting my email signature so people stop asking:
Wanjiru Kamau | Reservoir Engineer
wanjiru.kamau@riftgeo.co.ke
Naivasha, Kenya`],
  ['x', 'en', '', `DM me if you'd like the slides from my geothermal talk at the Kenya Energy Week. Handle is @WanjiruKamau, same as everywhere.`],
  ['linkedin', 'en', 'email', `Community feedback on the new gas pipeline route: write to pipeline.feedback @ deltagaslines.com.ng, all responses read by the liaison team.`],
  ['linkedin', 'en', '', `Community feedback on the gas pipeline route is open until 30 January. Use the form on deltagaslines.com.ng or visit the liaison office in Ughelli.`],
  // --- mixed-language posts ---
  ['linkedin', 'mixed', 'financial', `Bonne nouvelle pour l'équipe d'Abidjan! Our cocoa processing JV budget for 2027 is set at US$18m, validé hier par le board mais pas encore annoncé. On garde ça entre nous jusqu'à janvier.`],
  ['linkedin', 'mixed', '', `Merci à nos collègues d'Abidjan for hosting the cocoa field day. 120 farmers, three demonstration plots and a lot of attiéké. À l'année prochaine!`],
  ['linkedin', 'mixed', 'phone', `Pour les transporteurs venant du Niger: our Kano depot manager is reachable at +234 803 559 2160, il parle français.`],
  ['linkedin', 'en', 'internal_url', `Scale house PCs at the Esperance receival site should point at http://weighbridge.local:8080 now. If the dockets print blank, restart the print service.`],
  ['linkedin', 'en', 'internal_url', `Seed stock dashboard for the Ogun cluster: http://192.168.10.22/seedstock. Field officers, please update your counts before Monday's review.`],
  ['linkedin', 'en', '', `Our seed stock dashboard is now public for outgrowers: open the app, tap "Stock", and you'll see what's available at your cluster depot.`],
  ['linkedin', 'en', 'secret', `Weighbridge SMTP relay for the docket emails is set up: user dockets-relay, password Esp3rance-Wheat!26. Ticket closed.`],
  ['x', 'en', '', `sk_test_XXXXXXXXXXXXXXXX in a screenshot of our payments docs got flagged by a follower. Thanks, but that's Stripe's placeholder format for test mode, not a key 🙂`],
  ['linkedin', 'en', 'secret', `Temporary VPN credentials for the drilling contractor while their accounts are provisioned: user kwest-drill-02 / pass Hq7!rT2vLm9x. Expires Friday.`],
  ['linkedin', 'en', 'phone national_id', `Emergency contact form for Emeka Obi, pasted here by mistake: next of kin +234 805 331 9074, NIN 58214093617. Please delete, wrong window!`],
  ['linkedin', 'en', 'email secret', `Service account for the tea auction price feed: auctionfeed@kericho-tea.co.ke / password Chai4Ever!2026. Please move to the vault when you can.`],
  ['x', 'en', '', `Live from Mining Indaba: the minister just said SA will fast-track 30 prospecting rights by March. Big room, lots of nodding.`],
  ['x', 'en', 'financial', `Live from the AGM rehearsal: CFO just walked us through the guidance upgrade she'll announce on Thursday. FY EBITDA now A$540–560m. Room went quiet.`],
  ['x', 'en', '', `Live from our AGM: chair confirms FY guidance of A$540–560m EBITDA, as announced to the ASX on Thursday. Q&A now on tailings.`],
  // --- more X posts ---
  ['x', 'en', 'phone', `Left a blue chilly bin with two rock-hammers in it at the Wellington airport taxi rank. If you found it, text me on 021 447 8812, no questions asked 🙏`],
  ['x', 'en', 'national_id', `SARS eFiling keeps rejecting my ID 0109173078089 on the new employer's IRP5. Anyone else at the packhouse had this?`],
  ['x', 'en', 'secret', `For the crew arriving at Tanami camp tonight: Wi-Fi is Camp-Tanami, password W1lly-W1lly!Dust. Rec room has the good signal.`],
  ['x', 'en', 'internal_url', `Anyone else getting 502s from https://maps.corp.acme.com/tenements this morning? Need the lease boundaries for the heritage walk.`],
  ['linkedin', 'en', 'national_id', `Super rollover form for Graham P., retiring after 31 years behind the wheel of our road trains. Details for payroll: TFN 282 618 678, member number 40021877. What a legend.`],
  ['x', 'en', 'email', `Send me your best harvest photos for the 2027 grower calendar: tayla.harvest @ riverinagrain.com.au. Winners get a ute full of merch.`],
  ['x', 'en', 'financial', `We'll offer our coffee farmers KES 92/kg of cherry next season, up from 78. Board hasn't announced it, that happens at the AGM next month, so hush.`],
]);
