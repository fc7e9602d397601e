import { rows } from './corpus-types';

/**
 * Held-out set "fresh61": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without reading
 * the git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer
 * were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh61`.
 * First scored 2026-12-04 21:24 UTC on the rules of 19a0fe1, after the fixes from fresh54 to fresh57 and before any from
 * this round: confidentiality macro F1 0.947, 12.5 % of clean posts flagged (14 of 112);
 * financial 0.800, confidential_marker 0.833, national_id 0.889, codename 0.929, internal_url 0.968, the others 1.000.
 *
 * Authors: employees of IT-services and outsourcing firms in India (Bengaluru, Pune, Hyderabad, Chennai, Noida, Kochi,
 * Mumbai), Pakistan (Lahore, Karachi, Islamabad), Bangladesh (Dhaka, Chattogram), Sri Lanka (Colombo, Kandy) and the
 * Philippines (Manila, Cebu, Davao, Pasig), all writing in English. Forms: client delivery updates and go-live posts,
 * walk-in hiring drives and job ads with published salary bands (LPA, PKR, LKR, PHP), offshore team notes and stand-up
 * notes, escalation and account mails pasted by mistake, chat lines pasted in the wrong window, release notes,
 * changelogs and post-mortems, config snippets and runbook lines, supplier bank-detail notices and invoice footers,
 * customer-service replies (surface 'comment'), a four-post X thread, polls, tips, farewells and lost-wallet notices.
 *
 * Positives. Financial figures kept back in many ways: quarterly revenue before the results call, a record pipeline not
 * yet in the investor deck, a rate-card rise and a renewal discount before clients are told, a pre-money valuation
 * before closing, a draft plan not through the board, a TCV with the press release on hold, launch pricing before the
 * webinar, flash EBITDA before the audit committee, a receivables write-off before the half-year accounts, sealed bids
 * and a quote before they go out, unbilled revenue, a bonus pool and an increment budget before HR communicates them, an
 * acquisition price before closing, a bankers' carve-out valuation, an interim dividend before the results, margins and
 * cost per FTE under CFO review, a forecast sheet. National ids: Aadhaar (Verhoeff check digit computed with a throwaway
 * script outside the repo and cross-checked with the npm stdnum validator, one written without spaces), PAN (by format,
 * holder-type letter P or C), Pakistani CNIC (province digit 1-7, non-zero gender digit), Sri Lankan NIC in the old
 * 9-digit+V and new 12-digit forms, Bangladeshi NID in its 10-, 13- and 17-digit forms, Philippine SSS, TIN, PhilHealth
 * and PhilSys PCN (these by format). IBANs with exact country lengths and mod-97 check digits: PK (three), AE, GB, NL,
 * SA, DE, IE, QA. Cards by Luhn: Visa, Mastercard, Amex, RuPay (6521, 6522, 508). Phones in local and international
 * forms: Indian mobiles, city landlines and an 1800 toll-free line; Pakistani mobiles, landlines, a 111 UAN and an 0800
 * toll-free line; Bangladeshi mobiles and a Dhaka landline; Sri Lankan mobiles and landlines; Philippine mobiles and
 * (02)/(+632) landlines; UAE, Saudi and UK numbers. Emails: personal and work addresses and role mailboxes (talent@,
 * recruitment@, security@, billing@, academy@), one obfuscated as "[at] [dot]" and one as "name @ domain". Secrets
 * without vendor formats (a curl -u password, a Spring datasource password, Wi-Fi passwords, a Jenkins login, a router
 * admin password, a UAT login, a bearer token, an inline API key) beside a Slack and a Teams webhook with their tokens,
 * a GitHub token and Mongo/Postgres credentials. Internal URLs: acme-corp.net and corp.acme.com hosts, intranet.*,
 * .internal, .local and .corp hosts and 10.x / 172.18.x / 192.168.x addresses. Explicit markers: CONFIDENTIAL,
 * STRICTLY CONFIDENTIAL, [INTERNAL], INTERNAL ONLY, [UNDER NDA], TLP:AMBER, EMBARGO until..., Classification:
 * Restricted / Confidential, Privileged & Confidential. The policy's code names and clients in their project and
 * customer sense (one "Nebula" written without its accent for the same Colombo project as "Nébula").
 *
 * Look-alikes (labelled clean): published results, a public IPO prospectus, exchange filings and press-released deals,
 * other firms' and industry figures, a government and a bank's published tender budgets, job-ad salary bands, personal
 * money and a teaching margin example; the Orion constellation, Orion Nebula and Orion Mall, a kestrel, Atlas Cycles
 * and a cat called Atlas, the Crab Nebula, CME Globex, Globe Telecom, Société Générale, Initech in Office Space; TLP
 * explained, TLP:CLEAR, "embargoed", "internal only", "under NDA" and "confidential" used inside sentences, a film
 * title, a classification training; masked Aadhaar and CNIC, a wrong Verhoeff digit, the textbook PAN ABCDE1234F, the
 * CNIC form placeholder, the BIR sample TIN, a test card, a card failing Luhn, a 16-digit order id, the UAE and UK
 * documented example IBANs, a spoofed IBAN with a wrong check; emergency numbers (911, 999, 112, 15), a PIN code,
 * ticket ids, booth numbers and extensions; bare domains, X handles, npm scopes and @channel; placeholders,
 * "changeme", AWS's EXAMPLE keys, sk_test_XXXX, a published sha256 checksum; public status and docs sites, a
 * four-part version number that looks like a private IP, public DNS resolvers. Many flagged posts have a clean twin
 * in the same situation without the finding.
 *
 * Conventions: every written email address and phone number is reported (role mailboxes, switchboards, toll-free and
 * UAN lines included); emergency short numbers are not; a digit run inside a valid IBAN is not also a card; a
 * connection string's user:password is a secret, not an email.
 *
 * Counts: 242 posts (242 EN; 208 LinkedIn, 34 X; 6 comments): 112 clean, 130 with one or more findings (33 with two
 * or more). Labels: financial 28, phone 24, email 17, internal_url 15, national_id 15, secret 14, codename 13,
 * client_name 13, confidential_marker 10, iban 8, card 8.
 */
export const FRESH61_POSTS = rows('fresh61', [
  // India: delivery updates, hiring drives, pasted mail
  ['linkedin', 'en', '', `Eleven months, fourteen engineers, one very patient client. Yesterday the claims-intake platform we rebuilt for a Dutch insurer went live without a single rollback. The Bengaluru squad carried the night cutovers, the Kochi QA pod found the nasty date-format bug two days before launch. Thank you all, chai and biryani on me this Friday.`],
  ['linkedin', 'en', 'financial codename', `Pasting my stand-up notes here so I stop losing them (sorry for the noise):
- Orion wave 3: cutover weekend 22-23 Nov, runbook v7 approved
- Orion margin tracking at 23.5% against the 30% target. Finance says keep it OUT of the client deck until we fix the shadow-resource problem
- Two more SAP Basis people needed from the Pune bench`],
  ['x', 'en', '', `Rain cleared over Whitefield and Orion's belt was sitting right above the water tank. Bengaluru skies owe me nothing but tonight they paid up. #nightsky`],
  ['linkedin', 'en', 'phone email', `WALK-IN DRIVE | Java + Spring developers (3 to 6 years)
Saturday 7 December, 9:30 AM to 3 PM
Kaveri Infotech, 4th floor, Prestige Tech Park, Bengaluru 560103
Bring an updated resume and one photo ID. Questions? Ananya from our talent team: +91 98450 31762 or talent@kaveri-infotech.in`],
  ['linkedin', 'en', '', `We're hiring a Senior SRE in Pune. Budgeted range: INR 28 to 36 LPA plus 10% variable, hybrid (3 days in office). On-call is 1 week in 6, paid. Apply through the careers page on trivantis.co.in, no agencies please.`],
  ['linkedin', 'en', 'confidential_marker email client_name financial', `CONFIDENTIAL - NOT FOR DISTRIBUTION
From: Rohit Mehra <rohit.mehra@northbaydigital.com>
To: Delivery Leads - Hyderabad
Subject: Globex - October service credits

Team, Globex has invoked the SLA clause for October. The credit we will concede is USD 184,000, which takes the account margin down to 11% for the quarter. Please do not discuss this with the client-side team until our CFO signs off on Monday.`],
  ['linkedin', 'en', '', `Ten years at Sarathi Cloud today. I joined as a night-shift L1 engineer in Chennai, watching alerts for a retailer in Ohio, eating dinner at 3 AM. Today I lead a 60-person platform practice. To every manager who let me fail safely: thank you.`],
  ['x', 'en', 'secret internal_url', `anyone else getting 502 from the staging gateway?? tried curl -u deploy:Mh7#qLz2vR9 http://10.42.6.18:8443/api/v2/health and it just hangs forever`],
  ['linkedin', 'en', '', `Friendly reminder from someone who has cleaned up after three leaks this year: never paste a real credential into a ticket or a chat. Show the shape of the config with placeholders, for example DB_USER=<service-user> and DB_PASS=<fetched-from-vault>, and point people to the vault path instead.`],
  ['linkedin', 'en', 'national_id', `Hi Sneha, for your background verification the agency needs these confirmed before Friday:
Aadhaar: 2578 0952 8744
PAN: BNZPM4417K
DOB: 14-03-1996
Reply on this thread if anything is wrong and I will correct it in the portal.`],
  ['linkedin', 'en', '', `Our Q2 FY26 results are out: revenue of INR 812 crore, up 11.4% year on year, EBITDA margin 19.8%. The full investor presentation is on our website. Every delivery team contributed to this, and I'm proud to work with you.`],
  ['x', 'en', 'financial', `can't say much yet but our Q3 topline landed at $61.3M, best quarter ever. the results call is on the 16th so you'll hear it properly then 🤐`],
  ['linkedin', 'en', '', `The big four Indian IT firms all reported slower deal ramps this quarter: one of them booked USD 7.5B of TCV but guided revenue growth at barely 1%. For mid-size firms like ours the lesson is simple. Smaller deals, faster starts, fewer 18-month transitions.`],
  ['linkedin', 'en', 'codename client_name', `Proud moment for the Pune squad: Project Kestrel's first release is live in Initech's claims unit. 42 services, blue-green deploys, and zero Sev-1 incidents in the first week. On to release two.`],
  ['linkedin', 'en', '', `Saw a kestrel hovering over the grasslands near Saswad at 6:40 this morning, perfectly still in the wind. Birding before a ten-hour release day is the best therapy I know.`],
  ['linkedin', 'en', 'iban phone', `Notice to all vendors of Zenith Soft (Pvt) Ltd: our collection account has changed with effect from 1 December.
New details: Habib Bank Ltd, Gulberg branch, IBAN PK32 HABB 5780 9528 7456 2210.
Before updating your records, please confirm by phone with our accounts team on (042) 3571 0044. Payments to the old account will be returned.`],
  ['linkedin', 'en', '', `Scam alert: a spoofed "finance team" mail is asking our vendors to move payments to PK78 MEZN 0202 2495 5000 1392. That is not our account, and the number does not even pass the IBAN check. We never change bank details by email. Forward suspicious messages to your own IT team and delete them.`],
  ['x', 'en', '', `Pakistan's IT and ITeS exports crossed $3.2B in FY25 according to State Bank data. Now imagine the number if freelancers had proper payment rails. 🇵🇰`],
  ['linkedin', 'en', 'phone', `Hi Farah, sorry about the delay on your request. Please call our support desk on +92 42 111 936 936 (9 am to 6 pm PKT) and quote ticket ZS-48812, or send a WhatsApp message to 0321-4470912 and we'll call you back.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Poll for offshore leads: when the US moves its clocks, what does your team do?
a) shift everyone's hours by one
b) keep the local shift fixed and lose an hour of overlap
c) split the team
d) pure chaos, every single year`],
  ['linkedin', 'en', 'secret internal_url', `Quick tip for Spring Boot folks: externalise your configuration! Here's what ours looks like:
spring.datasource.url=jdbc:mysql://prod-db-02.internal:3306/payroll
spring.datasource.username=payroll_app
spring.datasource.password=Pyr0ll#Kch2025
management.endpoints.web.exposure.include=health
Keeps your code clean and your deploys boring.`],
  ['linkedin', 'en', '', `From the AWS documentation, the example credentials everyone has seen: aws_access_key_id = AKIAIOSFODNN7EXAMPLE and aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Use exactly these in your training slides, never a real pair "just for the demo".`],
  ['linkedin', 'en', 'financial', `Notes from the leadership offsite in Lonavala (letters go out on 15 January, so please hold off discussing this with your teams): the overall increment budget has been approved at 8.75%, and the promotion pool is INR 14 crore.`],
  ['linkedin', 'en', '', `We're hiring 40 Customer Support Associates for a US healthcare account in Cebu IT Park! PHP 24,000 to 30,000 a month plus night differential, HMO from day one, free shuttle after midnight. Apply on bayanihan-support.ph/jobs.`],
  ['linkedin', 'en', 'phone email', `Walk-in interviews this Saturday at our Cebu Business Park site, 8 AM to 2 PM. Bring two valid IDs and a pen! Text or call Kristine at 0917 842 1150, or email recruitment@bayanihan-support.ph if you can't make it and want a Monday slot.`],
  ['x', 'en', '', `Cebu traffic at 6 AM is still traffic. Night-shift gang, you know exactly what I mean.`],
  ['linkedin', 'en', 'national_id', `New hire batch 12, payroll enrolment details as requested:
1. Dela Cruz, Mark Anthony: SSS 34-5617280-9, TIN 418-992-065-000, PhilHealth 19-025561873-4
2. Reyes, Jonalyn: SSS 02-3378154-6, TIN 302-775-418-000
Pag-IBIG to follow tomorrow.`],
  ['linkedin', 'en', '', `Reminder for everyone who joined this month: payroll needs your SSS, PhilHealth, Pag-IBIG and TIN. Never post them in the batch group chat. HR collects them only through the onboarding portal, and nobody from HR will ask for them by text.`],
  ['linkedin', 'en', '', `Fun fact from onboarding week: the BIR sample form shows the TIN as 123-456-789-000. That's a placeholder! Three of our new hires copied it into their 2316 forms 😅 Please use your own.`],
  ['x', 'en', 'codename', `Nébula sprint 14 demo went so well the client asked us to repeat it for their CTO on Monday. Proud of the Colombo crew 🙌`],
  ['linkedin', 'en', '', `Spent Sunday building a model of the Crab Nebula out of cotton wool and LED strips for my daughter's science fair. She got second place. I got a glue-gun burn. Worth it.`],
  ['linkedin', 'en', 'internal_url', `For the new joiners in Colombo: the leave policy, the shift allowance calculator and the cab roster all live on https://intranet.serendibapps.lk/hr/policies. Bookmark it, HR updates it every month.`],
  ['linkedin', 'en', '', `Our intranet team just won the company's internal UX award for rebuilding the leave portal. Fewer clicks, no more PDF forms, and it finally works on a phone. Well deserved, Tharindu and Nimesha.`],
  ['linkedin', 'en', 'card', `[10:42] Kasun: can you book the Singapore flights on the corporate card? 4057 8095 2874 5621, exp 09/27, CVV 318
[10:43] Dilani: done, PNR coming in a minute
[10:43] Kasun: thanks, also the hotel near Raffles Place`],
  ['linkedin', 'en', '', `QA folks: the sandbox checkout accepts the gateway's test card 4111 1111 1111 1111 with any future expiry and any CVV. Please stop asking the finance team for a real card to test refunds 🙏`],
  ['linkedin', 'en', 'financial client_name', `Update for the practice leadership group: we are shortlisted for Hôpital Sainte-Claire's EHR application-support tender. Our bid stands at EUR 3.1M over four years, and the envelopes are opened on 18 December. Fingers crossed.`],
  ['linkedin', 'en', 'financial', `Big news for Zenith Soft: the board approved PKR 1.8 billion for our new Islamabad delivery centre this morning! The official announcement goes out with the stock exchange notice next week, so more details then.`],
  ['linkedin', 'en', '', `As disclosed in today's stock exchange notice, our board has approved PKR 1.8 billion for a new delivery centre in Islamabad, with 1,200 seats over three years. Hiring for the first 300 roles starts in February.`],
  ['x', 'en', 'phone', `if anyone from the Gulberg office finds a black Lenovo charger in meeting room 4B pls ping me on 0333 5218844 🙏`],
  // Secrets, markers, names and their look-alikes
  ['linkedin', 'en', 'secret', `Built a tiny bot that posts our build status to the team channel. All it takes is one curl:
curl -X POST -H 'Content-type: application/json' --data '{"text":"Build passed"}' https://hooks.slack.com/services/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
Weekend project done ✅`],
  ['linkedin', 'en', '', `Same bot, safer version for the juniors who asked: keep the incoming-webhook address in your CI secrets, and in the docs write it as https://hooks.slack.com/services/XXXX/YYYY/ZZZZ. Anyone who needs the real one can ask for access.`],
  ['linkedin', 'en', 'confidential_marker codename', `[INTERNAL] Atlas Bleu - steering committee notes, 2 Dec
- Data migration 82% complete, the archive tables are the long pole
- UAT slips two weeks, new date 13 Jan
- Escalation path stays with the Chennai delivery head`],
  ['linkedin', 'en', '', `Atlas Cycles was the bicycle every kid in our colony had. Rode 40 km on a carbon road bike this Sunday and I still miss that heavy black Atlas with the carrier at the back.`],
  ['linkedin', 'en', '', `Tip for new SOC analysts: a report tagged TLP:AMBER can be shared inside your own organisation and with clients who need it, TLP:RED means named recipients only. It took me a year and one awkward email to learn the difference.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Summary, 28 Nov: credential-stuffing wave against the customer portal, about 14,000 attempts over six hours from a residential proxy network. Rate limits held, 3 accounts locked. Shared with partner SOCs for correlation, please do not forward outside your team.`],
  ['x', 'en', '', `Our TLP:CLEAR write-up of the phishing simulation is on the blog: 31% click rate in week one, 6% by week six. Training works if you keep doing it.`],
  ['linkedin', 'en', 'email', `Congratulations to the summer intern batch! If you missed the certificate ceremony on Friday, mail me at m.ashraf@induscodelabs.com with your address and I'll courier yours.`],
  ['linkedin', 'en', '', `Want to talk to our team? Find us on X at @IndusCodeLabs or use the contact form on induscodelabs.com. We reply within one working day.`],
  ['linkedin', 'en', 'email', `We're hiring manual and automation testers in Dhaka (2+ years). Send your CV to hiring [at] padmadataworks [dot] com [dot] bd with "QA-2025" in the subject line.`],
  ['linkedin', 'en', 'phone', `Our Dhaka office has a new landline: 02-55048812. Extension 214 for accounts, 220 for the delivery desk. The old number stops working on Sunday.`],
  ['linkedin', 'en', 'national_id', `For the invitation letter the embassy wants our NID numbers. Mine is 5103948276 and my wife's is 19862694107000238. HR, can you attach both to the visa request for the Munich trip?`],
  ['x', 'en', '', `NID verification server was slow all morning, our e-KYC queue for the bank client hit 4,000 requests. Back to normal now. Long day.`],
  ['linkedin', 'en', 'national_id phone', `Lost my wallet near Liberty Plaza, Colombo 03 this evening. NIC 853202937V, name W. A. Perera, two bank cards inside (already blocked). If you found it, please call 077 318 4420. Reward offered.`],
  ['linkedin', 'en', '', `Sri Lanka's 12-digit NIC format has a neat trick: the first four digits are your birth year and the next three encode the day of the year, with 500 added for women. Learned this while building an onboarding form validator.`],
  ['linkedin', 'en', 'client_name', `Wrapped up three weeks onsite with the Globex finance team in Rotterdam. Their close process went from nine days to five once the reconciliation bots settled in. Back in Hyderabad, jet-lagged and happy.`],
  ['linkedin', 'en', '', `If you work with market-data feeds, the CME Globex platform changes its matching-engine maintenance window in January. Our trading-tech team has written up what it means for order-gateway retries.`],
  ['linkedin', 'en', '', `Three years at the Société Générale global solution centre in Bengaluru taught me more about controls and audit trails than any course. Moving on to a new role next month, grateful to my team.`],
  ['linkedin', 'en', 'client_name', `Delivered the regulatory-reporting data mart for Société Générique two days ahead of plan. Special thanks to the Chennai data engineering pod, who rewrote the slowest job from 4 hours to 22 minutes.`],
  ['x', 'en', '', `rewatched Office Space over the weekend. Initech's TPS report cover sheets are still funnier than they have any right to be when you have worked at an offshore delivery centre`],
  ['linkedin', 'en', 'client_name', `Escalation call with Initech at 11 PM IST again. Their new VP wants a daily defect burn-down. Fine. But we are going to need two more testers on the night shift.`],
  ['x', 'en', 'codename', `Project Kestrel load test tonight, 40k concurrent users on the new claims API. Pune office is stocked with Maggi. wish us luck`],
  ['x', 'en', '', `first time watching the Orion Nebula through a proper telescope at the Colombo astronomy club. it's fuzzy, it's faint, and it's 1,300 light years away. amazing`],
  ['linkedin', 'en', '', `Visited Orion Mall at Brigade Gateway after the quarterly town hall. The food court still has the best filter coffee in Malleshwaram, fight me.`],
  // Money: not yet public vs published, other organisations, job ads, personal, teaching
  ['linkedin', 'en', 'financial', `Pipeline review done. We closed November with USD 112M of qualified pipeline, the highest in our history. It's not in the investor deck yet (that gets refreshed after the January board meeting), but I wanted the sales team to hear it from me first.`],
  ['linkedin', 'en', 'financial', `Heads-up to all account managers: our blended rate card goes up 7% from 1 April. Clients get the formal letter from the CEO next Tuesday, so please do not mention it on calls this week.`],
  ['linkedin', 'en', '', `Our rate card went up 7% on 1 April, as every client was told in February. If your account manager hasn't walked you through the new grid, reach out to them. No hidden extras, the published grid is what you pay.`],
  ['x', 'en', 'financial', `term sheet signed 🎉 $240M pre-money for our little Lahore QA shop. can't announce properly until closing in January, so this tweet will self-destruct in 5... 4...`],
  ['x', 'en', '', `We raised a $12M Series A today, led by a Singapore fund! Announcement on our website and in the press this morning. Hiring 80 engineers in Karachi and Lahore next year.`],
  ['linkedin', 'en', 'financial', `Draft FY27 plan, not yet through the board: revenue target INR 1,150 crore, headcount 9,400, offshore mix 78%. Sharing the headline so the practice heads can start their bottom-up numbers.`],
  ['linkedin', 'en', 'financial client_name', `Signed! A five-year managed-services renewal with Initech, total contract value USD 18.4M. The press release stays on hold until their legal team approves the wording, so treat the number as ours for now.`],
  ['linkedin', 'en', '', `Excited to announce our five-year managed-services renewal with a leading US insurer. This is our biggest deal of the year and a big vote of confidence in our Pune and Kochi teams. (Press release link in comments.)`],
  ['linkedin', 'en', 'financial', `Pricing for the new managed SOC service, for the sales team only until the launch webinar on 9 January: USD 14 per endpoint per month, USD 11 above 5,000 endpoints. Marketing is still finalising the public page.`],
  ['linkedin', 'en', 'financial', `Preliminary H1 close: EBITDA 21.4%, DSO down to 61 days. The audited numbers go to the audit committee on the 12th, these are flash figures so they may still move.`],
  ['linkedin', 'en', 'financial', `Tough call this week. We are writing off PKR 240 million of receivables from a client that went into liquidation. The auditors finish on Thursday and it goes into the half-year accounts after that. Lessons learned on credit checks for start-up clients.`],
  ['linkedin', 'en', 'financial', `Submitted our proposal for the bank's core-banking testing programme today: BDT 12.5 crore over 30 months, with a 6% discount if the phase-two option is exercised. Results expected in February.`],
  ['linkedin', 'en', '', `The bank's tender documents put the budget for its core-banking testing programme at BDT 15 crore. Public tenders like this are great practice for junior bid managers, so read the full RFP, it's on the procurement portal.`],
  ['linkedin', 'en', 'financial', `Quarter close: unbilled revenue stands at INR 62 crore across the BFSI vertical. This hasn't gone to the board yet, so please keep the number inside the delivery council until the 20th.`],
  ['linkedin', 'en', '', `Teaching moment for first-time delivery managers: if your blended cost is USD 19 an hour and the client pays USD 28, your gross margin is about 32%. Add 15% bench and the margin drops fast. Always model the bench.`],
  ['linkedin', 'en', '', `Personal milestone: paid off my education loan today, INR 6.2 lakh, three years early. Started as a trainee on INR 3.4 LPA. Consistency beats everything.`],
  ['x', 'en', 'financial', `our utilisation-linked bonus pool this year is $1.1M, HR will communicate it properly next week but I'm so happy for the ops team 🥹`],
  ['linkedin', 'en', 'financial codename', `Phase two of Atlas Bleu is priced at EUR 2.3M. The client hasn't seen the quote yet (it goes with the SOW on Monday), but I'm confident the value story holds.`],
  ['linkedin', 'en', 'financial', `We're acquiring a 300-seat BPO in Cebu for USD 9M. LOI signed, due diligence runs through January, and nothing is announced until closing. Excited to welcome the team when we can say it out loud.`],
  ['linkedin', 'en', '', `Completed: our acquisition of a 300-seat BPO in Cebu, announced in the filing today. The price was USD 9M. A big welcome to 300 new colleagues!`],
  ['linkedin', 'en', '', `Job opening: Delivery Manager, Colombo (10+ years). Salary LKR 650,000 to 850,000 per month plus performance bonus. Hybrid, with quarterly travel to the UK. Apply on serendibapps.lk/careers.`],
  ['linkedin', 'en', '', `Hiring in Islamabad: Python developers, 2 to 4 years. PKR 250k to 380k per month, fuel allowance, OPD cover for parents. Applications close 20 December.`],
  ['linkedin', 'en', 'financial', `Margins on the Dhaka testing centre came in at 9% for October against 22% planned. Finance wants a recovery plan before the regional review on Thursday. Nothing leaves the PMO until then.`],
  ['linkedin', 'en', '', `Nasscom's latest numbers: the Indian tech industry is expected to touch USD 283B in revenue this fiscal year. Whatever you think of forecasts, the GCC growth story is very real.`],
  ['linkedin', 'en', 'financial client_name', `Forecast for Q4: we expect USD 38-40M revenue with the Globex ramp-down offset by two new logos. Please don't share outside the leadership channel, this is the internal view and not guidance.`],
  ['linkedin', 'en', '', `Our IPO prospectus is now public. Revenue for FY25 was INR 1,020 crore and profit after tax INR 96 crore, page 214 if you like tables as much as I do. What a journey from a 12-seat office in Noida.`],
  ['x', 'en', '', `bought my first laptop with my own salary today. ₹82,000, fully mine. 3 years ago I was sharing one phone with my brother. thank you IT 🙏`],
  ['linkedin', 'en', '', `Salary transparency matters. Here's our engineering band for 2026 hires in Manila: SE1 PHP 45,000 to 60,000, SE2 PHP 65,000 to 90,000, Senior PHP 95,000 to 140,000 a month. Published on the careers page too.`],
  // Release notes, changelogs, post-mortems, configs
  ['linkedin', 'en', '', `Release 4.12 of our open-source test-data generator is out:
- Faker providers for Bangladeshi and Sri Lankan addresses
- CSV export is 3x faster
- Fixed the timezone bug for Asia/Manila
- Dropped Python 3.8
Checksums and wheels on the GitHub release page.`],
  ['linkedin', 'en', 'internal_url', `Release notes, claims portal 2.7 (internal build):
- New document viewer, behind the flag docviewer.v2
- Staging: https://claims-stg.acme-corp.net/portal
- Rollback plan in the runbook on the team wiki
Please smoke-test before 5 PM IST.`],
  ['linkedin', 'en', 'internal_url codename', `Changelog for Orion 3.4.0
* migrated the ledger sync job to the new scheduler
* Grafana dashboard moved to http://grafana.ops.internal:3000/d/orion-sync
* removed the legacy SOAP adapter
Thanks to the Noida team for the weekend push.`],
  ['linkedin', 'en', '', `Changelog 3.4.0 of our public SDK:
* Kotlin coroutines support
* fixed retry storm on 429 responses
* docs moved to docs.lapudigital.com
Upgrade is backwards compatible.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem summary, payments gateway outage, 19 Nov (shared with the wider engineering org so everyone learns from it):
Root cause: the connection pool on 172.18.20.41 was capped at 50 after a config rollback.
Impact: 38 minutes of failed card authorisations for two clients.
Fixes: pool sizing in IaC, alert on pool saturation, rollback checklist updated.`],
  ['linkedin', 'en', '', `Post-mortem habits that changed our team: write the timeline in UTC, name the contributing factors instead of a single root cause, and never name a person as the cause. Our last one took 40 minutes to write and saved us from repeating the same outage twice.`],
  ['linkedin', 'en', 'secret internal_url', `Post-mortem follow-up: the nightly export failed because someone rotated the service password without updating the job. For the record, the job now reads it from the vault instead of this line:
MONGO_URI=mongodb://svc_billing:Q7m!pR2zWx@10.40.2.18:27017/billing?authSource=admin
Lesson learned.`],
  ['linkedin', 'en', '', `Connection string hygiene in one line: mongodb://\${MONGO_USER}:\${MONGO_PASS}@\${MONGO_HOST}:27017/billing. Variables in the template, values in the vault, nothing in git.`],
  ['linkedin', 'en', 'secret internal_url', `Setting up the reporting replica for the new analysts:
host: db-replica.corp.acme.com
port: 5432
user: report_ro
password: xK29fLq8-tower-mango
Read-only, so go wild with your queries. Ping me if it times out.`],
  ['linkedin', 'en', '', `Our default docker-compose for local dev uses POSTGRES_PASSWORD=changeme and binds to localhost only. If you ever see "changeme" in a production config, raise a Sev-2. We found one last year.`],
  ['linkedin', 'en', 'secret', `Hi all, the new office Wi-Fi is up on the 7th floor!
SSID: ZS-Staff-7F
Password: chai-at-4pm!Lahore
Guests please use ZS-Guest at reception. Enjoy the faster speeds.`],
  ['linkedin', 'en', '', `The new office Wi-Fi is finally up on the 7th floor. The password is on the card at reception, and guests get their own network. Speed test says 480 Mbps, so no more excuses for blurry client calls.`],
  ['x', 'en', 'secret', `note to self since I keep forgetting: jenkins admin / Kandy#Build2025 . ok now it's written down somewhere`],
  ['linkedin', 'en', 'secret', `Debugging the mobile app's login flow with the vendor today. Their sandbox call kept failing until we noticed the header: Authorization: Bearer 7f3c9a1e4b2d8f6a0c5e9b3d1a7f4c2e8b6d0a9f. Tokens expire after 90 days, so set a reminder.`],
  ['linkedin', 'en', '', `For anyone integrating Stripe in the sandbox: keys like sk_test_XXXXXXXXXXXXXXXX in the docs are placeholders, generate your own test keys from the dashboard. And never commit the live ones.`],
  ['linkedin', 'en', '', `Release 2.3.1 checksums for the CLI, so you can verify your download:
sha256 a3f1c9d2e8b47f06c1d95e2a7b3f80c4d6e1a92b5f7c3e08d4a61b9f2c7e5d30  pv-cli-linux-amd64.tar.gz
Signed tag v2.3.1 on the public repo.`],
  ['linkedin', 'en', 'secret', `GitHub Action failing? Check whether the token expired. Ours was hard-coded in the workflow (I know, I know): GH_TOKEN: ghp_R8kfT2mWq9LzX4cVn7BpJ1sYd6HgE3aU0oNi. Rotating it tonight, but please learn from our mistake.`],
  ['linkedin', 'en', 'secret', `Sharing the Teams incoming webhook we use for on-call alerts so the Manila team can plug in their monitor:
https://lapudigital.webhook.office.com/webhookb2/3f9c1e7a-22b4-4d6e-9a1c-7e5b2f8d0c41@6b2e9d1f-8a3c-4f5e-b7d0-1c9e2a4f6b83/IncomingWebhook/9a4e7c2b1d8f4e6a/5c1d7e3a-b9f2-4c8e-a6d1-3e7f9b2c5a04`],
  ['x', 'en', '', `hot take: rotating passwords every 30 days makes people write them on sticky notes. long passphrases + MFA + breach monitoring. that's it. that's the tweet`],
  ['linkedin', 'en', 'internal_url', `Monitoring checklist before the Diwali freeze:
- Kibana at http://192.168.40.12:5601 shows zero red indices
- the status board at status.corp.acme.com is green
- on-call roster confirmed
Freeze starts Friday 6 PM IST.`],
  ['linkedin', 'en', '', `Our public status page lives at status.kaveri-infotech.in and we post every incident there within 15 minutes, including the embarrassing ones. Trust is built in public.`],
  ['linkedin', 'en', 'internal_url', `New joiners keep asking where the laptop request form is. It's http://itdesk.dhaka.local/request (only works on the office network or VPN).`],
  ['linkedin', 'en', '', `Our build version scheme confuses everyone: 10.4.2.17 means major 10, minor 4, patch 2, build 17. It is not an IP address, please stop trying to ping it 😄`],
  ['linkedin', 'en', '', `Tip for network beginners: 8.8.8.8 and 1.1.1.1 are public DNS resolvers, while 10.x, 172.16 to 172.31 and 192.168 ranges are private and only reachable inside a network. Know the difference before you open a firewall rule.`],
  // IDs, cards, bank details and their look-alikes
  ['linkedin', 'en', 'national_id', `Visa appointment tomorrow and the form wants everything twice. Note to self, copied from my documents folder: CNIC 35202-4471923-7, passport AB1234567... wait, that's the sample on the form. My CNIC is the right one at least.`],
  ['linkedin', 'en', '', `The online form shows the CNIC field as 12345-1234567-1 in grey. That's the placeholder, not an example to copy! Our support team got 40 tickets this week from people who submitted it as-is.`],
  ['linkedin', 'en', 'national_id email', `Forwarding for the travel desk (sorry, posted here by mistake first):
Traveller: Ayesha Siddiqui
CNIC: 42101-8830215-4
Route: KHI-DXB-LHR, 12 Jan
Please send the itinerary to travel.desk@induscodelabs.com`],
  ['linkedin', 'en', '', `New rule at our Karachi office: visitor passes are issued against the last four digits of the CNIC only, written as XXXXX-XXXXXXX-4. Nobody at reception needs your full number on a paper register.`],
  ['linkedin', 'en', 'national_id', `Helping my father with his pension paperwork: the bank wants Aadhaar 9252 8515 2277 and PAN AJXPR0092D on the same form, self-attested. If anyone knows whether the e-sign version is accepted, tell me before I drive to the branch again.`],
  ['linkedin', 'en', '', `The masked Aadhaar that UIDAI lets you download shows only the last four digits, like XXXX XXXX 8744. Use it for hotel check-ins and gym registrations. There is almost never a reason to hand over the full number.`],
  ['linkedin', 'en', '', `Found a bug in a client's KYC form: it accepted 8386 4803 0527 as an Aadhaar number even though the Verhoeff check digit is wrong. One line of validation would have caught it. Check digits exist for a reason!`],
  ['linkedin', 'en', '', `PAN format refresher for our new bookkeepers: five letters, four digits, one letter, like the textbook ABCDE1234F. The fourth letter tells you the holder type (P for a person, C for a company). Handy when a vendor master looks wrong.`],
  ['linkedin', 'en', 'national_id', `Vendor onboarding checklist for Meridian Offshore, filled in for the new consultant:
Name: Rahul K. Shetty
PAN: CKLPS7731H
Aadhaar: 5245 5603 8329
Bank: on file
Please process before the 25th so his first invoice can be paid.`],
  ['linkedin', 'en', 'national_id', `New-joiner form from our Colombo office, posted here by accident instead of the HR channel:
Full name: Nadeesha Fernando
NIC: 199234501876
Start date: 6 January
Laptop: MacBook, Sinhala keyboard`],
  ['linkedin', 'en', 'national_id phone', `Sharing details for the bank's e-KYC pilot user:
Name: Jubayer Rahman
NID: 2694107428315
Mobile: +880 1711-482903
Please whitelist him for the UAT environment before Thursday.`],
  ['linkedin', 'en', 'national_id', `PhilSys registration done for the whole Davao team! My own card arrived too, PCN 4821-7730-5516-2097, after eight months of waiting. Laminated and framed 😂`],
  ['linkedin', 'en', '', `PhilSys tip: the number printed on your card is not the one you should give to everyone. Agencies and banks can verify you with the QR code. Keep the full number private, and don't post your card on social media.`],
  ['linkedin', 'en', 'card', `Can someone from finance pay the AWS invoice? Use the Amex, 3744 924628 63868, expiry 03/28. The auto-debit failed again and the account goes into suspension on Monday.`],
  ['x', 'en', 'card', `accidentally pasted in the wrong window, ignore: 5551 9725 2851 5226 11/27 433`],
  ['linkedin', 'en', 'card', `For the offsite booking, the hotel in Nuwara Eliya needs a card guarantee: Mastercard 5366 3923 3214 6883, exp 08/26, name on card Serendib Apps (Pvt) Ltd. Can you send it through their form, not by email?`],
  ['linkedin', 'en', 'card', `Team lunch sorted! Paid with the team card (RuPay 6521 8008 3392 2883) so remember to upload the bill on the expense tool by Friday, otherwise it lands on my salary again.`],
  ['linkedin', 'en', '', `PSA from the finance team: card number 4073 9970 0579 0411 on the fake "refund portal" screenshot going around is not one of ours, it doesn't even pass a Luhn check. Our refunds never ask for card details.`],
  ['linkedin', 'en', '', `Our order IDs are 16 digits, e.g. 2025 1204 0917 3321, and customers keep thinking they're card numbers. We're switching to a prefix format in January: ORD-7K2-94A.`],
  ['linkedin', 'en', '', `If your card statement shows only **** **** **** 5621, that's how it should be. Nobody, not even our support team, needs to see the other twelve digits. Hang up on anyone who asks.`],
  ['linkedin', 'en', 'iban', `UAE client invoices from January: please pay into our new dirham account.
Beneficiary: Northbay Digital FZ-LLC
IBAN: AE49 0351 5227 2366 7683 909
SWIFT: NBADAEAAXXX
Thank you for updating your vendor master.`],
  ['linkedin', 'en', '', `Example from the bank's own onboarding leaflet: IBAN AE07 0331 2345 6789 0123 456 is the sample they use to explain the format (country code, two check digits, bank code, account). Handy slide for a finance-ops training.`],
  ['linkedin', 'en', 'iban', `Reminder to the UK clients of our Colombo studio: the sterling account has moved. New IBAN GB41 LOYD 9246 2863 8648 03, same beneficiary name. Invoices from INV-2025-114 onwards show the new details.`],
  ['linkedin', 'en', '', `When you build a payment form, test it with the documented example GB82 WEST 1234 5698 7654 32. It passes the check digits, it's in every bank's guide, and nobody's money lives there.`],
  ['linkedin', 'en', 'iban', `Freelancers working with us from Europe, here is where your invoices get paid from (so you recognise the sender): NL06 RABO 2288 0708 67, Bayanihan Support Solutions BV. Any other account asking you for refunds is a scam.`],
  ['linkedin', 'en', 'iban phone', `To the Riyadh finance team: settlement for milestone 3 will be made from SA41 8092 6989 9296 4479 4389. If the transfer doesn't show up by Wednesday, call me on +966 55 482 1907 and we'll trace it.`],
  ['linkedin', 'en', 'iban', `Pasted from the payment run, batch 47 (sorry, wrong tab!):
1. DE86 9324 4792 3543 5163 57, EUR 14,200.00, licence renewal
2. IE25 AIBK 0527 5073 9970 05, EUR 3,850.00, training vendor
3. QA67 QNBA 7904 1967 3345 5763 7915 7, QAR 22,000.00, onsite allowance`],
  ['linkedin', 'en', '', `Our payment-run batch went out smoothly this month: 47 vendors, 3 currencies, zero rejections. Credit to the Lahore treasury team for fixing the IBAN validation in the upload template.`],
  // Phones, mailboxes, customer replies, goodbyes
  ['linkedin', 'en', 'phone email', `Hi Mr. Tan, thanks for flagging the billing mismatch. Our accounts receivable team will review it today. You can reach them directly at ar.team@lapudigital.com or on (02) 8632 7710 local 4, Monday to Friday.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Mr. Tan, thanks for flagging this. I've passed it to our billing team and they'll reply in your ticket by tomorrow noon. Sorry for the trouble!`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Thank you for reaching out, Rizwan. For warranty claims please call our toll-free line 0800-00-7734 or, from outside Pakistan, +92 21 3455 2190.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Our customer care for India is now 24x7! Call 1800 425 7788 (toll-free) or 080-4118 2290 if you are calling from a mobile outside India.`],
  ['linkedin', 'en', '', `Our customer care is now 24x7 in India, Sri Lanka and the Philippines. All the numbers are on the "Contact us" page, and the chat widget answers in English, Hindi, Sinhala and Tagalog.`],
  ['linkedin', 'en', 'email', `Thanks for the kind words, Deepika! For the certificate reissue, just drop a note to academy@trivantis.co.in with your batch number.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for the kind words, Deepika! The certificate reissue form is linked in the pinned post of the alumni group.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Last day at Sarathi Cloud. Six years, four clients, one pandemic, countless 2 AM bridges. I'll miss the Chennai canteen sambar most. Staying in touch: +91 70221 88406 (personal), or just find me here.`],
  ['linkedin', 'en', '', `Last day at Margalla Systems after eight wonderful years. From a team of 12 in a rented house in F-7 to 400 people across two floors. I'll always be one call away, just not at 2 AM anymore.`],
  ['linkedin', 'en', 'email', `Goodbye, Padma DataWorks! Three years of testing payment apps for half the banks in Dhaka. If you ever need someone who can break a checkout flow in five minutes, my personal mail is tanvir.hasan.qa@gmail.com.`],
  ['x', 'en', 'phone', `Manila peeps: our Ortigas office landline changed to (+632) 8845-1200 today, please update the visitor pass form`],
  ['x', 'en', '', `Manila peeps: our Ortigas office moved to the 22nd floor, same building. Visitor passes now at the lobby kiosk.`],
  ['linkedin', 'en', 'phone', `For Globe and Smart subscribers having trouble with our app's OTP, please contact our Philippine helpdesk: 0918-227-4630 or 0999 331 7744 (Viber too).`],
  ['linkedin', 'en', '', `Globe Telecom's new 5G rollout in Davao made our remote QA pod twice as productive this month. Fewer dropped calls with the US clients, more sleep for everyone.`],
  ['linkedin', 'en', '', `Quick safety reminder for our teams in Manila and Cebu: in an emergency, dial 911. In Bangladesh it's 999, in India 112, and in Pakistan the police are on 15. Save the number of your building security too.`],
  ['linkedin', 'en', 'phone', `Floor wardens for the fire drill on Friday:
3F: Imran, 0300 8415527
4F: Sana, 0321 7766120
5F: Bilal, 0345 2210983
Assembly point is the car park opposite the main gate.`],
  ['linkedin', 'en', '', `Fire drill on Friday at 11 AM. Floor wardens will wear orange vests. Assembly point: the car park opposite the main gate. Evacuation took 6 minutes 40 seconds last time, let's beat it.`],
  ['linkedin', 'en', 'phone email', `Meet us at the GITEX booth H7-C22 in Dubai! Book a 20-minute slot with our UAE lead Faisal: faisal.q@margallasys.com.pk or +971 50 318 4472.`],
  ['linkedin', 'en', '', `We'll be at GITEX in Dubai, hall 7, booth C22. Drop by for a live demo of our AI test-case generator, and free karak chai from 3 PM every day.`],
  ['x', 'en', 'phone', `Sri Lanka team — the new office number is +94 11 7 556 600, reception hours 8:30 to 5:30. Old Dialog number will be forwarded till Jan.`],
  ['linkedin', 'en', 'phone', `Urgent requirement: 5 ServiceNow developers for a 6-month contract in Colombo. Immediate joiners preferred. WhatsApp your profile to 071 559 2071.`],
  ['linkedin', 'en', 'phone', `Calling all our clients in the UK: our new London sales office is open! Direct line +44 161 830 4412 (Manchester routing while the London lines get installed).`],
  ['linkedin', 'en', 'email', `Reporting a vulnerability in one of our products? Please write to security@sarathicloud.com. We answer within 48 hours and we run a small bug bounty.`],
  ['linkedin', 'en', '', `Reporting a vulnerability in one of our products? Our disclosure policy and the PGP key are at sarathicloud.com/security, and the form there reaches the security team directly.`],
  ['linkedin', 'en', 'email', `To the students who asked after the campus talk at NUST: yes, we take interns in the summer. Mail internships @ margallasys.com.pk with your transcript, and mention the talk so it reaches me.`],
  ['x', 'en', '', `people who write @channel in a 900-member slack at 3 AM IST should be investigated`],
  ['linkedin', 'en', '', `Our design system ships as the npm package @lapudigital/ui and the icons as @lapudigital/icons. Both are MIT-licensed, contributions welcome.`],
  // Markers and mentions, pasted notes, escalations
  ['linkedin', 'en', 'confidential_marker', `STRICTLY CONFIDENTIAL
Subject: Restructuring of the Hyderabad testing unit
The testing unit will be merged into the quality-engineering practice from 1 February. Team leads will be told on 6 January, the wider team on the 8th. Please do not share this mail.`],
  ['linkedin', 'en', '', `Confidentiality is the whole business in outsourcing. Our clients hand us their customers' data, so every new joiner signs an NDA, goes through data-handling training and works on locked-down desktops. It's not bureaucracy, it's the product.`],
  ['linkedin', 'en', 'confidential_marker client_name', `Classification: Restricted
Globex account review, week 48
- 3 P1 incidents, all within SLA
- Transition of the payroll tower to Manila delayed by 10 days
- Client satisfaction survey due on the 15th`],
  ['linkedin', 'en', '', `Our ISMS training has a great module on information classification: Public, Internal, Restricted and Confidential, with examples of each. Every new joiner in our Kochi office takes it in week one.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGO until 10 December, 09:00 IST
Kaveri Infotech opens its fifth delivery centre in Coimbatore, creating 1,500 jobs over three years.
Media contact details in the full release.`],
  ['linkedin', 'en', '', `Journalists and PR folks: please stop sending "embargoed" releases to 400 people and acting surprised when one of them tweets it. An embargo is an agreement, not a magic word.`],
  ['linkedin', 'en', 'confidential_marker codename', `INTERNAL ONLY - DO NOT FORWARD
Nébula delivery review, 3 Dec
Burn rate on track, two open risks: the SSO integration and the translation vendor. Next review 17 Dec.`],
  ['linkedin', 'en', '', `We ran an "internal only" hackathon this weekend, 24 hours, 31 teams, and the winning idea was a bot that books the right meeting room for you. Simple things win.`],
  ['linkedin', 'en', 'confidential_marker', `[UNDER NDA] Kick-off notes, insurer onboarding project
- 14 legacy applications in scope
- 3 data centres to exit by Q3
- First deliverable: application inventory by 20 Jan`],
  ['linkedin', 'en', '', `"Can you tell us who the client is?" No, and I can't tell you what we're building either: everything on this project is under NDA. What I can say is that the Davao team is doing the best work of their careers.`],
  ['linkedin', 'en', 'confidential_marker', `Privileged & Confidential
Prepared at the request of counsel
Summary of the contract dispute with our former subcontractor and the options for settlement, for the executive committee meeting on Monday.`],
  ['linkedin', 'en', '', `Watched "The Confidential Agent" on a flight to Colombo. Graham Greene holds up, even at 35,000 feet and with the worst headphones ever made.`],
  ['linkedin', 'en', 'confidential_marker email', `Classification: Confidential
From: Priyanka Nair <priyanka.nair@sarathicloud.com>
To: Bid team
We are withdrawing from the state health-department tender. Reasons in the attached note. Please archive the bid folder.`],
  ['x', 'en', '', `the word CONFIDENTIAL in red at the top of a slide that's also on our public website is my favourite kind of corporate comedy`],
  ['linkedin', 'en', 'codename client_name', `Pasted from my notebook after today's call:
Orion cutover for Hôpital Sainte-Claire moved to the Easter weekend
- pharmacy module first
- lab integrations in the second wave
- Chennai hypercare team of 8 for two weeks`],
  ['linkedin', 'en', 'client_name', `Escalation summary for the weekend on-call:
Initech reported duplicate claims in the nightly batch again. Root cause looks like the retry logic. Fix deployed to UAT, prod deploy window Sunday 02:00 CST. Keep the bridge open till we see a clean run.`],
  ['linkedin', 'en', 'email client_name', `Sorry, meant to paste this in our channel:
"Hi Mark, following our call, we'll add two SMEs to the Globex data migration from Monday at no extra cost. Regards, Sana (sana.iqbal@zenithsoft.pk)"`],
  ['linkedin', 'en', '', `Following my talk at the Karachi DevFest, here are the slides on data-migration testing: how we reconcile 40 million records between old and new systems without a week of manual checks. Link in the comments.`],
  ['linkedin', 'en', 'codename', `Project Kestrel retrospective: what went well (contract tests, daily demos), what didn't (late environment access), what we'd change (a shared backlog with the client from day one).`],
  ['linkedin', 'en', '', `Our team retro format that actually works: one minute of silence to write, five minutes of grouping, and only three actions, each with a name and a date. Anything more ends up forgotten.`],
  ['linkedin', 'en', 'codename', `Orion is finally on Kubernetes! 112 services migrated, the last batch tonight. Huge thanks to the platform team in Noida who made it look easy.`],
  ['linkedin', 'en', '', `Dark-sky trip to Hanle in Ladakh: Orion rising over the observatory at 11 PM, the Milky Way so bright it cast shadows. Every engineer should see a sky like that once.`],
  ['linkedin', 'en', '', `My cat Atlas has decided that my standing desk is his bed now. Daily stand-up has never been so literal.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu UAT sign-off received at 9:42 PM Manila time. The Pasig team cheered louder than at the Christmas party.`],
  ['x', 'en', '', `the word "nebula" in a product name is basically a guarantee that it's a dashboard. change my mind`],
  ['linkedin', 'en', 'codename', `Nebula release train, week 49: 3 features, 11 bug fixes and the new localisation pipeline. The Colombo crew keeps delivering like clockwork.`],
  // X threads, offshore notes, tips, more hard cases
  ['x', 'en', '', `1/ thread on running a follow-the-sun support desk across Manila, Colombo and Lahore, after 4 years of doing it badly and then less badly`],
  ['x', 'en', '', `2/ handovers are everything. we write a 5-line handover note per open P1 and the incoming lead reads it out loud on the bridge. no note, no handover`],
  ['x', 'en', 'internal_url', `3/ the handover template lives at https://wiki.corp.acme.com/support/handover if you're on our network. if you're not, the gist: owner, status, next step, deadline, who to wake up`],
  ['x', 'en', '', `4/ and please, pay the night shift properly. night differential isn't a perk, it's the cost of someone's sleep. /end`],
  ['x', 'en', 'financial', `ok I'll say it: the number we'll report for Q3 is going to surprise people. 23% growth on the services line. wait for the 12th 😉`],
  ['x', 'en', '', `Our Q3 numbers, out this morning: services revenue up 23% year on year. Thank you to every single person on the floor. 🙏`],
  ['x', 'en', 'email', `recruiters: pls stop emailing ahmed.raza.dev@outlook.com about "urgent Java roles in Dubai", I've been a Go developer for 5 years`],
  ['x', 'en', '', `the email signature on my client's side is 14 lines long, has 3 logos and a disclaimer longer than the email. respect`],
  ['linkedin', 'en', 'financial', `The pricing committee approved a 12% discount for the three-year renewal of our biggest insurance client. The client hasn't been told yet, the account team presents it on 18 December, so keep it quiet until then.`],
  ['linkedin', 'en', 'financial', `Offshore team notes, week 49
- Headcount: 212 (target 220)
- Attrition: 14% annualised
- Cost per FTE this quarter: USD 2,940 a month, up 6% on plan, still under review with the CFO
- Next hiring drive: 14 Dec, Kochi`],
  ['linkedin', 'en', '', `Offshore team notes, week 49: headcount 212, two new SMEs joined the claims pod, the Kochi hiring drive is on 14 December and the Christmas potluck is on the 20th. Bring your mother's recipes.`],
  ['linkedin', 'en', '', `Tips for your first US client call from Colombo: confirm the time zone in writing, say the date as "December 4th", switch your camera on for the first two minutes, and always send a written summary within the hour.`],
  ['linkedin', 'en', '', `Poll: how many hours of overlap do you need with an onshore team to make agile work?
- 2 hours
- 4 hours
- a full day
- overlap is overrated`],
  ['linkedin', 'en', 'phone', `HIRING DRIVE | Chattogram | 14 December
Roles: .NET developers, QA engineers, business analysts
Venue: Karnaphuli Tech, Agrabad C/A, 6th floor
Call or text 01819 336 472 to register a slot.`],
  ['linkedin', 'en', '', `HIRING DRIVE | Chattogram | 14 December
Roles: .NET developers, QA engineers and business analysts
Venue: Karnaphuli Tech, Agrabad C/A, 6th floor
Register through the form linked in the first comment.`],
  ['linkedin', 'en', 'financial', `Our board has approved an interim dividend of INR 14 per share, to be announced with the results on Thursday. Can't share more yet, but long-time employees holding ESOPs will be very happy.`],
  ['linkedin', 'en', '', `Proud to share that our company announced an interim dividend of INR 14 per share with this quarter's results yesterday. Long-time employees with ESOPs, check the exchange filing for the record date.`],
  ['linkedin', 'en', 'financial', `Quote for the managed testing service is ready to go to the Cebu client: PHP 38.6M for 24 months, fixed price, including the automation framework. The proposal goes out on Monday after the regional head signs.`],
  ['linkedin', 'en', '', `The government's published budget for the e-procurement modernisation project is PHP 410M over three years. We're preparing our bid. Public procurement is slow, but it's fair and transparent.`],
  ['linkedin', 'en', '', `Pricing lesson from my first year in presales: never send a number before you understand the client's volume curve. A fixed price on the wrong volume assumption cost my previous employer two years of margin.`],
  ['linkedin', 'en', 'financial', `Valuation came back from the bankers at USD 410M for the carve-out of our testing business. It's a number for the board only, nothing is decided, but it made the whole leadership team sit up.`],
  ['linkedin', 'en', '', `We have an ESOP refresher on Friday: how vesting works, what happens when you leave, and how the strike price is set. Bring questions, no question is too basic.`],
  ['linkedin', 'en', 'secret internal_url', `For the Dhaka UAT testers, the test environment login:
URL: http://10.11.3.40/uat
User: uat_tester01
Pass: Padma!Uat#2511
Please log out at the end of your shift, there are only 10 licences.`],
  ['linkedin', 'en', '', `For the Dhaka UAT testers: your accounts are created, and the login details were sent to each of you through the password manager share. Please log out at the end of each shift, there are only 10 licences.`],
  ['linkedin', 'en', 'secret', `Got a new router at home and the ISP technician insisted I write the admin password somewhere "safe". So here it is, safe on LinkedIn: admin / Mirpur@1971Home 😅 (kidding... mostly. changing it tonight)`],
  ['linkedin', 'en', '', `Password tip: a passphrase like "four random words with two numbers" beats a short complex one, and a password manager beats both. Stop reusing your office password for your food-delivery app.`],
  ['linkedin', 'en', 'secret', `Our on-call runbook step 4 for the Kandy cluster says it all: "if the API key rotation failed, temporarily set PAYMENT_API_KEY=kx7Q2mNvR9tLp4Ws8YbE1cHj and restart the worker". Pasting it here so I remember to remove it from the runbook tomorrow.`],
  ['linkedin', 'en', '', `Our runbooks now say "fetch the key from the vault path kv/payments/api" instead of having the key inline. Small change, huge reduction in the number of places a secret can leak.`],
  ['linkedin', 'en', 'internal_url', `Hey Manila night shift, the new ticket dashboard is at http://tickets.mnl.corp/dashboard. Old bookmarks will stop working on Monday.`],
  ['linkedin', 'en', '', `Hey Manila night shift, the new ticket dashboard is live! Same login as before, old bookmarks will redirect until the end of the month.`],
  ['linkedin', 'en', 'internal_url', `Our SonarQube report for the sprint: 0 blockers, 2 criticals, 84% coverage. Full report on https://sonar.acme-corp.net/dashboard?id=claims-api, go look at your own module.`],
  ['linkedin', 'en', '', `We open-sourced our code-quality gate config, the one that blocks merges under 80% coverage. It's on GitHub under our company account, the README explains every threshold.`],
  ['linkedin', 'en', 'national_id', `Documents collected for the new hires in Lahore (batch C):
- Hamza Tariq, CNIC 35202-9017346-5
- Mahnoor Ali, CNIC 37405-6618302-8
- Usman Gondal, CNIC 61101-2290874-3
Originals returned, copies in the HR cabinet.`],
  ['linkedin', 'en', '', `Documents collected for the new hires in Lahore (batch C): CNIC copies, degree attestation, two photos and the police character certificate. Originals returned the same day. Welcome to the team!`],
  ['linkedin', 'en', 'national_id', `Sri Lanka office, for the bank account opening of our two new interns: Kavindi Jayasuriya, NIC 200115603312; Dinuka Silva, NIC 927451083V. Please take the letters to the Commercial Bank branch on Monday.`],
  ['linkedin', 'en', 'card', `Corporate card for the Manila offsite is the company Visa: 4210 5779 1324 5564, valid to 10/27, cardholder Lapu Digital Inc. Book the resort today please, the rates go up on Friday.`],
  // Signatures, invoices and chats pasted in the wrong window
  ['x', 'en', 'phone', `if the cab driver calls asking for directions again, the Mumbai office reception is +91-22-6174-0033. they know the lane behind the petrol pump`],
  ['linkedin', 'en', 'iban email', `Copying the footer of our standard invoice for the new billing analysts so they know what a correct one looks like:
Remit to: Indus Code Labs (Pvt) Ltd, UBL Clifton branch
IBAN: PK64 UNIL 7791 3245 5603 8328
Billing queries: billing@induscodelabs.com`],
  ['linkedin', 'en', 'national_id card', `[Travel desk chat, 15:02] Priya: for the Goa offsite, the resort wants an ID and a card guarantee. Use my Aadhaar 7055 4492 4629 and the team card 6522 0708 6793 2443, I'll sort out the reimbursement later.`],
  ['linkedin', 'en', 'financial internal_url', `Reminder to the Kochi leadership group: the Q3 forecast sheet is at http://sharepoint.kochi.local/finance/q3-forecast. Headline: INR 212 crore, 4% below plan. Not to be discussed outside this group before the board meeting.`],
  ['linkedin', 'en', 'phone', `Our Hyderabad and Noida offices have new reception numbers: 040-2301 8845 and 0120 471 5560. Couriers, please stop calling my mobile 😅`],
  ['linkedin', 'en', 'secret client_name', `Welcome pack for the Globex visitors arriving Monday: guest Wi-Fi "NBD-Visitor", password Charminar2025!vis. Lunch at 1 PM in the 9th-floor cafeteria, the Hyderabad biryani is non-negotiable.`],
  ['linkedin', 'en', 'phone email', `Thanks for the chat at the Manila job fair! Here's my signature so you can follow up:
Joel Santos | Service Delivery Manager
Bayanihan Support Solutions
+63 998 417 2261 | joel.santos@bayanihan-support.ph`],
  ['linkedin', 'en', 'iban', `@Payroll please credit my November salary to the new account: Bank Alfalah... no wait, Bank Al Habib, IBAN PK47 BAHL 6880 9145 5197 2528. The old Meezan one is closed. (Oops, this was meant for the HR portal.)`],
  ['linkedin', 'en', 'card', `Paying the domain renewals today. Dear future me, the card on the registrar account is the RuPay one ending 6353, the full number is 5087 9235 4351 6353, expiry 12/26. Yes I know. Deleting this in an hour.`],
  ['linkedin', 'en', 'national_id', `KYC for the new freelancer contracts in Pune: Aadhaar 436676839091 received on WhatsApp, PAN DWEPK5563N pending. Adding both to the vendor sheet tonight.`],
]);
