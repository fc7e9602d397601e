import { rows } from './corpus-types';

/**
 * Held-out set "fresh45": written 2026-12-04 (around 18:00 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts (only `npx tsc --noEmit`).
 * `npx tsx scripts/score-checks.ts --only fresh45`.
 * First scored 2026-12-04 18:08 UTC on the rules of 8d75022, before any fix from it: confidentiality macro F1
 * 0.938, 6.5 % of clean posts flagged (7 of 108);
 * financial 0.810, phone 0.875, confidential_marker 0.889, card 0.923, national_id 0.923, iban 0.947, secret 0.952, the others 1.000.
 *
 * Authors: employees in India (Bengaluru, Pune, Gurugram, Chennai, Noida), Australia (Sydney, Melbourne, Perth,
 * Adelaide), Japan (Tokyo, Osaka), South Korea (Seoul, Pangyo), Brazil (São Paulo, Campinas), Turkey (Istanbul, Ankara,
 * Izmir), Israel (Tel Aviv, Herzliya), Morocco (Casablanca, Rabat, Agadir) and Tunisia (Tunis, Sfax, Sousse), writing
 * in English or French (French expatriates in Tokyo and Istanbul, a few FR/EN mixed posts). Focus: sales and finance
 * teams. Forms: proud team wins, pasted meeting notes, QBR and committee minutes, chat messages pasted by mistake
 * (WhatsApp, KakaoWork, Teams, #fin-br), deal-desk notes, a forecast table, price lists, config snippets and a
 * connection string, customer replies (surface 'comment'), job ads and internship offers with published salary ranges,
 * live posts from trade fairs, event recaps, changelogs, supplier bank-detail notices, payroll and onboarding
 * notes, a poll, a post-mortem, X posts and a three-post X thread, goodbyes, phishing warnings.
 *
 * Financial positives (the company's own figure with a sign it is not public yet), in ₹ crore/lakh, A$, ¥ and 億, ₩ and
 * 억, R$ milhões, ₺ milyon, $, ₪, MDH/MAD and MDT/TND, in digits and in words: bookings before the board, a forecast
 * table, pricing frozen before launch, a renewal before signature, QBR commit and slippage, weighted pipeline before a
 * trading update, a deal-desk floor price, unaudited revenue before the auditors, a draft budget awaiting sign-off,
 * sealed bids before the envelopes open (a Kansai tender, ONEE), a winning bid before the award is published, a quote
 * sent and awaiting the customer's answer, a price increase before customers get the letter (one told to a customer in
 * a comment before the official letter), contracted ARR before a Series C, a term sheet and pre-money, a secondary
 * valuation, a margin in a draft 10-Q, monthly revenue before group consolidation, a contract won before its trade-show
 * announcement, internal guidance above consensus, capex before investor day, an embargoed investment, a fund's
 * pre-money under NDA, a marketing budget before it is shared, an export target, a maximum discount "not for
 * customers", a reseller margin before the new agreement, bookings before the earnings call, a rebate and price
 * "pending board approval", a negotiation's opening and counter-offer. Look-alikes labelled clean: published results
 * (Q2 results, an ASX trading update, an AGM dividend, an annual report, preliminary unaudited revenue announced in a
 * press release, a BVMT half-year, a communiqué), guidance already met, a prospectus forecast, a Series A announced
 * today, public rate cards, pricing pages and public prices, published tender results, job-ad and internship salaries
 * (LPA, A$, ¥, R$, ₺, MAD, TND), personal figures (PPF, a car sale, a jeonse, a student loan, an auction bid, a payslip
 * net in a payroll row), other organisations' figures (IDC, a competitor's quarterly revenue, a customer's published
 * sales, APSF leasing, the State budget), teaching figures (a margin quiz, a classroom EBIT example, a fictional
 * company), a gas pipeline, and a "best quarter ever" with the figure held back for the results announcement.
 *
 * Conventions: every written email address is `email` (role mailboxes, "[at] [dot]", "(arobase) (point)" and "name @
 * domain" included; bare domains, @handles and Java annotations are not); every written phone number is `phone` (Indian
 * mobiles, Australian 1300 and 04xx numbers, Japanese 0120 and +81, Korean 1588 and 010, Brazilian (11) mobiles and
 * +55, Turkish +90, 05xx and 444 numbers, Israeli 05x and +972, Moroccan 06/05/0801, Tunisian +216 and 8-digit
 * numbers); emergency numbers (000, 110, 119) and order, PO, AWB, postal-code and ICE numbers are not.
 * `confidential_marker` only for explicit labels (CONFIDENTIAL, Confidential – for internal circulation only,
 * [INTERNAL], Classification: Internal, Classification: Restricted, PROTECTED, STRICTLY CONFIDENTIAL, TLP:AMBER,
 * TLP:RED, EMBARGOED UNTIL, EMBARGO jusqu'au, INTERNE, SOUS NDA), not TLP:CLEAR, a film title, an EU embargo list,
 * "embargo lifted", an NDA signed, a training reminder about CONFIDENTIEL, a thread on over-classification or "entre
 * nous". `secret`: passwords (Wi-Fi, database, SFTP, admin), a live payment key, an API token, Slack, Discord and Teams
 * webhooks with their tokens, the credentials of a connection string; placeholders, AWS's EXAMPLE key, Stripe's
 * sk_test_XXXX, "changeme", a commit hash, a UUID and a promo code are not. `internal_url`: the policy's corp.acme.com
 * and acme-corp.net, hosts under intranet., .internal, .local and .corp hosts, private IPs (also in a UNC path and a
 * connection string); public sites, public DNS IPs and a firmware version 10.4.2.1 are not. The policy's names in their
 * project or customer sense only: Orion, Nébula (and "Nebula" written without the accent), Project Kestrel (and
 * "Kestrel" as the project), Atlas Bleu, Société Générique, Globex (and Globex Brasil), Hôpital Sainte-Claire, Initech;
 * beside Orion the constellation and the Orion nebula, the Crab Nebula, a nankeen kestrel, the High Atlas under a blue
 * sky, Atlas the office cat, CME Globex trading hours, Initech in Office Space, the Société Générale and a chapelle
 * Sainte-Claire, all clean.
 *
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: mod 97 and the
 * country length for TR, BR, IL, MA (with the Moroccan RIB key), TN (with the RIB key) and FR (with the RIB key); Luhn
 * for Visa, Mastercard, Amex, JCB, RuPay, Elo and Troy cards; Verhoeff for Aadhaar, the ATO weights for TFN, both
 * mod-11 digits for CPF, the two check digits of the T.C. Kimlik, the Luhn-style check of the Israeli Teudat Zehut, the
 * mod-11 digit of the Korean resident registration number and the check digit of the Japanese My Number; PAN by format,
 * Moroccan CIN (letters and digits) and Tunisian CIN (8 digits) as written on the card. Look-alikes: masked Aadhaar,
 * RRN, IBANs and cards, an IBAN with a wrong check (a phishing warning, a bounced template), an order number failing
 * Luhn, an AWB number failing Verhoeff, an invalid TFN (123 456 789), CPF and Kimlik, Stripe's 4242 test card, and a
 * company ABN on the public register. Digit runs inside a valid IBAN are not cards.
 *
 * Counts: 242 posts (180 EN, 55 FR, 7 mixed; 219 LinkedIn, 23 X; 4 comments): 108 clean, 134 with one or more findings.
 * Labels: financial 41, phone 18, email 13, national_id 14, confidential_marker 13, secret 11, client_name 11,
 * internal_url 10, codename 10, iban 9, card 7.
 */
export const FRESH45_POSTS = rows('fresh45', [
  ['linkedin', 'en', 'financial', "Bengaluru inside-sales closed the quarter at ₹38.6 crore in bookings, 112% of target. I can't shout the number from the rooftops until the board sees it on the 14th, so consider this a whisper: you know who you are, and you were brilliant. 🙏"],
  ['linkedin', 'en', '', "Our Q2 FY27 results are out: revenue of ₹1,284 crore, up 18% year on year, EBITDA margin 21.4%. The full investor presentation is on the IR section of our website. Every team that shipped, sold and supported this quarter made it happen."],
  ['linkedin', 'en', 'email', "We're hiring 3 SDRs for our Pune office! 🎯\n• 1–3 years of B2B outbound\n• Hindi + English, Marathi a plus\n• CTC ₹5–7 LPA + monthly incentives\nSend your CV to careers@tallyhive.in with 'SDR Pune' in the subject."],
  ['linkedin', 'en', '', "Walk-in drive this Saturday in Koramangala: Inside Sales Representatives (Kannada + English). CTC ₹6–9 LPA plus incentives, fixed day shift. All details and the registration form at tallyhive.in/careers — see you there!"],
  ['linkedin', 'en', 'financial confidential_marker', "CONFIDENTIAL – Q4 forecast v3 (sales leadership)\nWest: ₹12.4 Cr\nNorth: ₹9.8 Cr\nSouth: ₹15.1 Cr\nTotal committed: ₹37.3 Cr vs ₹41 Cr target\nPlease review your region before Friday's call and flag any deal above ₹50 L that might slip."],
  ['linkedin', 'en', 'financial codename', "Orion pricing is finally frozen 🔒 Launch tier at ₹1,499 per user per month, Pro at ₹2,199. Launch is 20 January and nobody outside product and sales has seen these yet, so huge thanks to everyone who sat through eleven pricing workshops."],
  ['linkedin', 'en', 'financial client_name', "Renewal news from the Europe desk: Hôpital Sainte-Claire has agreed to ₹2.1 Cr for year two of the PACS integration, up from ₹1.6 Cr. Signature is next week and marketing will do a proper announcement after that. Chennai team, you earned this one."],
  ['linkedin', 'en', 'financial client_name', "Meeting notes – Sales QBR North (pasted from OneNote)\n- Commit: ₹54.2 Cr / best case ₹61 Cr\n- Slippage: 3 deals, incl. Initech (₹4.5 Cr) pushed to Q1\n- Discount matrix to be reworked by Rohan\n- Next QBR: 9 Jan, Gurugram"],
  ['x', 'en', '', "finally crossed ₹10 lakh in my PPF account after 9 years. slow and steady wins 🐢"],
  ['linkedin', 'en', '', "Negotiation tip for first-year reps: never send a quote that says '₹5,00,000 (negotiable)'. You've just told the buyer your price is ₹4,00,000. Anchor, justify the value, and let procurement ask. What's your favourite rule?"],
  ['linkedin', 'en', 'phone', "At the NASSCOM Product Conclave all day, stall B14 near the main hall 👋 If you want a 10-minute demo of the new GST reconciliation module, WhatsApp me on +91 98451 27630 and I'll come find you."],
  ['linkedin', 'en', '', "Logistics team, take a bow: AWB 7839 2451 0063 was our 10 millionth parcel since launch and it reached Shillong in under 48 hours."],
  ['linkedin', 'en', 'national_id', "Oops, this was meant for the HR group 😬\nNew joiner: Sneha Kapoor\nPAN: BNZPK4821M\nAadhaar: 9722 6365 0141\nLaptop: MacBook Air, to be collected Monday"],
  ['linkedin', 'en', '', "PSA from someone who travels for sales every week: hotels only need a masked Aadhaar. Download it from the UIDAI site and it shows XXXX XXXX plus the last four digits. Stop handing out photocopies of the full card."],
  ['linkedin', 'en', 'card', "[forwarded from WhatsApp]\nSir pls book Taj Vivanta for the Hyderabad client visit on the company card\n4558 6669 8856 4775\nexp 08/28\nOTP will come to you, pls share 🙏"],
  ['linkedin', 'en', 'card', "Reminder to the field team: the RuPay card for fuel and tolls is 6521 5522 3461 8566. Upload every receipt to the expense app within 7 days or finance will chase you."],
  ['x', 'en', 'secret', "lol just realised I pushed our razorpay live key to a public gist an hour ago: rzp_live_8KsQ2vTyN3pLmX. rotating it now, please don't be me 🙈"],
  ['linkedin', 'en', 'secret', "Copied from our team chat because the story is too good:\n[10:42] Ravi: prod db password is Tamarind#Rain2026, rotate after the demo pls\n[10:43] Me: Ravi you just posted that in the channel with the interns\n[10:43] Ravi: 💀"],
  ['linkedin', 'en', 'internal_url', "The new quote approval flow is live! 🎉 Log in at https://quotes.corp.acme.com/approve, pick your region and every quote above the discount threshold gets routed to your RSM automatically. No more chasing approvals on email."],
  ['linkedin', 'en', 'confidential_marker', "TLP:AMBER\nA phishing campaign is targeting our distributors with fake 'revised price list' invoices from the look-alike domain rnaersk-invoices.com. Do not open the attachment. Share within your organisation only."],
  ['linkedin', 'en', 'codename', "Project Kestrel cleared its steering committee demo today without a single crash. Credit to the QA crew in Noida, who tested the quote-to-cash flow 300 times this week."],
  ['linkedin', 'en', '', "Our Pune office astronomy club had its first meet last night: a borrowed 8-inch Dobsonian, the Crab Nebula, and far too much chai. Next month: Jupiter's moons."],
  ['x', 'en', '', "heads up traders: CME Globex hours shift for Diwali muhurat trading this year. check your broker's notice before placing orders"],
  ['linkedin', 'en', '', "Changelog, invoicing v4.3\n• commit 9f2a7c1 fixes the GST rounding on multi-line invoices\n• e-way bill number now printed on the PDF\n• export to Tally is 3x faster\nThanks to the 14 customers who reported the rounding bug!"],
  ['x', 'en', 'email', "we're opening the beta of our collections assistant to 20 NBFCs. mail ankit.s@finlyte.io if you want in"],
  ['linkedin', 'en', '', "Poll for sales leaders: how does your team build the monthly forecast?\n🅰️ CRM-weighted pipeline\n🅱️ rep judgment, reviewed by managers\n🅲 spreadsheet + gut feeling\n🅳 prayer\nVote and tell me why in the comments."],
  ['linkedin', 'en', '', "Bid ₹42,000 on a 1970s HMT Janata at an auction yesterday and got outbid in the last ten seconds. Sales lesson: the deal isn't closed until it's closed."],
  ['linkedin', 'en', 'confidential_marker', "Confidential – for internal circulation only\nDealer meet, Jaipur, 12 January\n1. New festive scheme\n2. Incentive slabs for tier-2 dealers\n3. Open Q&A with the national sales head"],
  ['x', 'en', 'financial', "Sydney crew: Q3 weighted pipeline is sitting at A$14.2m, best we've ever had. keep it off the socials until the trading update goes out 🤫 (yes I see the irony)"],
  ['linkedin', 'en', 'financial client_name email', "Pasting the deal desk note here so the whole ANZ team has it:\n\"Approved for the Globex renewal: 18% off list, floor price A$640k for three years. Do not go below without CFO sign-off.\"\nQuestions to dealdesk@kookaburra-analytics.com.au"],
  ['linkedin', 'en', 'financial', "FY26 revenue landed at A$48.7m, unaudited. The auditors won't sign off until August and it isn't in any announcement yet, so please no screenshots. I just wanted to say how proud I am of this team."],
  ['linkedin', 'en', '', "We're hiring a Senior Account Executive in Sydney 🇦🇺\nBase A$150k–A$175k + super, uncapped commission (OTE A$260k)\nHybrid, 3 days in the Barangaroo office\nApply through the link on our careers page."],
  ['linkedin', 'en', '', "Our 2027 rate card is now live on the website: drone survey A$1,850 per day, LiDAR add-on A$650, same-day processing A$400. Same prices for every client, no games."],
  ['linkedin', 'en', '', "As announced at this morning's AGM, the board declared a final dividend of 12.5 cents per share, fully franked, with a record date of 3 March. Thank you to every shareholder who joined us in Hobart."],
  ['linkedin', 'en', '', "Our Q1 trading update went to the ASX at 9am: revenue up 14% to A$63.1m and annual recurring revenue past A$200m. Thanks to our customers, and to the finance team who lived in the office this week."],
  ['linkedin', 'en', 'phone', "Out of office until 6 January 🏖️ For urgent renewals please call the sales desk on 1300 652 418, or my mobile 0412 776 093 if it really can't wait. Merry Christmas!"],
  ['x', 'en', 'phone', "if anyone at the fintech summit found a black moleskine with our Q1 sales plan scribbled in it pls call 0438 221 657, reward = beer 🙏"],
  ['linkedin', 'en', 'email', "Keen to talk channel partnerships across APAC in 2027? I'm at liam.oconnor [at] wattleworks [dot] com [dot] au, or just grab me at the Brisbane roadshow next week."],
  ['linkedin', 'en', 'email', "So sorry about the double charge, Priya! Could you email your order number to help@billabongbooks.com.au? We'll refund you today and throw in free shipping on the next one.", { surface: 'comment' }],
  ['linkedin', 'en', 'internal_url', "Territory managers: the FY27 forecast template is on the intranet at https://intranet.wattleworks.com.au/finance/fy27-forecast-template.xlsx. Fill in your territory tab by Friday 5pm please."],
  ['linkedin', 'en', 'secret', "Welcome to Sales Kickoff 2027, everyone! Guest Wi-Fi: SSID WW-Guest, password flatwhite-kookaburra-88. Coffee cart is on level 2 and the first session starts at 9:15."],
  ['linkedin', 'en', 'secret', "Built a little sales leaderboard bot for our Discord over the weekend 🏆 It posts every closed-won deal via https://discord.com/api/webhooks/1189234567812345678/Zk3pQm8vR2tYx7LwN4bHc9sJf1GdE6aKo5UiTr0PlXqWzVy_nMbC3eD2 and the team is already gaming it."],
  ['linkedin', 'en', '', "Demo-data hygiene: '123 456 789' is not a valid TFN (the ATO checksum fails), so it breaks half our test suites. Generate proper synthetic data instead of typing digits in order."],
  ['linkedin', 'en', '', "Site induction reminder for the new warehouse: in an emergency dial 000 first, then notify your supervisor. First-aid kits are next to every roller door."],
  ['linkedin', 'en', '', "A nankeen kestrel has been hovering over the car park at our Adelaide office all week. The whole sales floor now checks on it before the morning stand-up 🦅"],
  ['linkedin', 'en', 'confidential_marker', "PROTECTED\nDraft response to the Department's RFT for records digitisation, section 4 (methodology). Reviewers: please use tracked changes and return by Thursday COB."],
  ['linkedin', 'en', 'card', "For the client dinner on Thursday use the team Amex: 3736 058240 79904. Keep the itemised receipt, not just the card slip."],
  ['linkedin', 'en', '', "Kookaburra Analytics Pty Ltd, ABN 18 210 288 066, is now a registered supplier on the Victorian Government panel for data services. Big milestone for a team of 25!"],
  ['linkedin', 'en', 'national_id phone', "Payroll note for Mia's onboarding: TFN 025 263 176, super to Hostplus. If the fund details are missing, call me on 0401 558 902 before Thursday's pay run."],
  ['linkedin', 'en', '', "Three of our mining customers shared their results in a public case study: 27% fewer unplanned shutdowns in year one. Read it at https://www.wattleworks.com.au/customers."],
  ['linkedin', 'en', '', "Our Pilbara gas pipeline section passed its hydrostatic test at 15 MPa this morning. Fantastic work from the field crew in 44-degree heat."],
  ['linkedin', 'en', '', "Post-mortem: our quoting tool sent 212 quotes with stale FX rates for three hours on Tuesday. Root cause was a failed cron job nobody was alerted about. Fixes: alerting on the job, a daily FX sanity check, and an apology email to every affected customer."],
  ['linkedin', 'en', '', "Last February we guided FY26 revenue at A$45–48m. Results released to the market this morning: A$47.9m, top of the range. Thank you team."],
  ['linkedin', 'en', 'financial', "The draft FY27 budget for the Japan office just landed: ¥1.84 billion in opex, +9% on this year. It still needs sign-off from Singapore before anyone outside finance sees it, but the headcount line looks very good for my team 😊"],
  ['x', 'en', 'financial', "bid submitted for the Kansai municipal data-centre tender. ¥3.27億 all in. envelopes open on the 9th. nervous 😬"],
  ['linkedin', 'en', 'financial codename', "Nébula steering update: unit cost is down to ¥41,200 from ¥47,800 thanks to the new assembly partner. Target launch price ¥98,000, final decision after the distributor meeting in January."],
  ['linkedin', 'en', 'financial confidential_marker', "Classification: Internal\nFY2027 forecast (pre-guidance): net sales ¥24.6bn, operating profit ¥2.1bn. Guidance will be released with the Q3 results on 10 February. Please do not forward outside the Japan leadership group."],
  ['linkedin', 'en', '', "IDC expects Japan's IT services market to reach ¥7.2 trillion by 2028. For mid-sized manufacturers still running 20-year-old ERP systems, that's a lot of modernisation ahead."],
  ['linkedin', 'en', 'phone', "Good news for our customers in Japan: support is now free to call on 0120-348-572 from any landline or mobile. From abroad, dial +81 6-6312-4478."],
  ['linkedin', 'en', 'internal_url', "Q4 pipeline export from http://crm.sales.internal/reports/q4-open is attached to the invite: 312 open opportunities. Please clean up your close dates before Thursday."],
  ['linkedin', 'en', 'secret', "Partner portal token for the integration workshop (expires Friday): 7f3c9e12b4a84d0f9e6a2c5d1b8e4f70. Paste it in the Authorization header as Bearer and you're good to go."],
  ['linkedin', 'en', 'card', "Booking the Hakone offsite now. Corporate JCB is 3530 1302 2111 4513, ask me for the expiry. Onsen included 😌"],
  ['linkedin', 'en', 'national_id', "Year-end tax adjustment is due Friday. HR, my My Number is 7426 2818 4859; the copy of the card is in the envelope on your desk."],
  ['linkedin', 'en', 'confidential_marker', "TLP:RED\nIndicators from Tuesday's incident at our Osaka data centre are in the attached file. Do not share beyond the named recipients."],
  ['x', 'en', '', "clear skies over Nagano last night. Orion rising behind the ridge, 14mm at f/2.8, 20s. worth the frozen fingers"],
  ['linkedin', 'en', '', "We've moved! New address: Marunouchi Trust Tower, postal code 100-0005. Come visit the new sales floor, it has a view of Tokyo Station."],
  ['linkedin', 'en', '', "Firmware 10.4.2.1 for our receipt printers fixes the tax-line bug on POS terminals. Update from the customer portal or ask your reseller."],
  ['linkedin', 'fr', '', "Trois ans à Tokyo dans l'équipe commerciale : j'ai appris le nemawashi, l'art de faire valider une décision avant la réunion où on la prend. Aucune formation de vente en France ne m'avait préparée à ça."],
  ['linkedin', 'fr', 'financial', "Notre devis pour le distributeur d'Osaka est parti ce matin : 126 millions de yens sur trois ans, maintenance comprise. Réponse attendue fin janvier, je croise tout ce qui se croise 🤞"],
  ['linkedin', 'en', '', "We're hiring an Account Manager in Tokyo (enterprise, Japanese and English). Annual salary ¥7M–¥9.5M plus bonus, full remote possible. Apply on our careers site."],
  ['linkedin', 'en', '', "Changelog v2.14: invoice PDFs now show consumption tax at 10% and at the reduced 8% rate on separate lines, as the qualified invoice system requires."],
  ['linkedin', 'en', '', "After 11 years, today is my last day at Sakura Denki. I learned how to sell, how to listen, and how to bow at the right angle. Thank you all. Next chapter in January!"],
  ['linkedin', 'en', '', "Visiting colleagues: in Japan the emergency numbers are 110 for police and 119 for fire and ambulance. Save them before the trip, not during it."],
  ['x', 'en', 'financial', "enterprise tier price increase is locked: ₩4,900,000 → ₩5,600,000 per seat per year from February. customers get the letter next Monday so shhh till then lol"],
  ['linkedin', 'en', 'financial', "We hit 87억 원 in contracted ARR this morning 🎉 It gets announced together with the Series C next month, so I'll keep the details quiet until then, but I couldn't not share it with my network."],
  ['linkedin', 'en', 'financial', "Closed the biggest quote of my career today: forty-two billion won over five years for the smart-factory rollout. Still waiting for the customer's board to approve before anyone can announce it."],
  ['linkedin', 'en', '', "Finance 101 for our new sales hires: a ₩100M deal at a 30% margin, and the customer asks for a 20% discount. What's your new margin? Answers in the comments, no calculators 😄"],
  ['linkedin', 'en', '', "Reminder: the Standard plan is ₩29,000 per month (see our pricing page) and students get 50% off with a university email. Same price since 2024."],
  ['linkedin', 'en', '', "My jeonse just went up to ₩4.2억 at renewal. Seoul housing, everyone 🙃 At least the commute to Pangyo is shorter."],
  ['linkedin', 'en', 'phone', "Sorry to hear the invoice hasn't arrived! Please call our billing hotline on 1588-3127 (weekdays 9:00–18:00 KST) and we'll resend it straight away.", { surface: 'comment' }],
  ['linkedin', 'en', '', "Small but exciting: our new domain is hanbit-robotics.kr. Old links keep redirecting for a year, so no need to update your bookmarks today."],
  ['linkedin', 'en', 'internal_url', "Heads-up for the sales-ops crew: the pricing service now deploys from Jenkins at http://build01.hanbit.local:8080/job/pricing-svc. Ping me if your quote previews look wrong after 3pm."],
  ['linkedin', 'en', 'secret', "[copied from KakaoWork]\nminjun: admin login for the quote tool is admin / Hb!92kqLz7\nminjun: don't lose it, I'm on leave from tomorrow"],
  ['linkedin', 'en', 'national_id', "Contract scan for the new distributor came back with the owner's resident registration number in full, 850314-2323012. Please mask it before it goes into the shared drive!"],
  ['linkedin', 'en', '', "Privacy win of the week: our CRM now masks resident registration numbers everywhere, so a record shows 850314-2****** and nothing more. Thanks, compliance team."],
  ['linkedin', 'en', 'codename', "Atlas Bleu sprint review done: the checkout redesign is finished and only two bugs are left before the pilot with our retail partners."],
  ['linkedin', 'en', '', "Use promo code KOREA2027 for 20% off tickets to the Seoul SaaS meetup in March. First 50 registrations only!"],
  ['x', 'en', 'phone', "at Smart Factory Expo COEX all day, hall C booth 412. call or text 010-4827-3391 if you want a demo of the vision inspection line"],
  ['linkedin', 'en', '', "Smart Factory Korea 2026 recap: 3 days, 60,000 visitors, and the single most common question at our booth was 'does it integrate with my MES?'. Roadmap noted."],
  ['linkedin', 'en', 'financial', "[copied from #fin-br by mistake, sorry]\nInternal guidance for the FY is R$ 212 milhões, roughly R$ 9 mi above consensus. This stays with us and IR until the market is told in February."],
  ['linkedin', 'en', 'financial phone', "Pricing committee approved R$ 1.890/mês for the mid-market plan (currently R$ 1.590). Customers will be told in January. Reps with questions, call Marcelo on +55 11 98734-2016."],
  ['linkedin', 'en', '', "The state published the results of the school-meals logistics tender: the contract went to a consortium at R$ 48 milhões. We came second. Lessons learned in the thread below 👇"],
  ['linkedin', 'en', 'internal_url', "The 2027 commission rules are on the wiki: https://wiki.cerrado.corp/sales/commission-2027. Read them before you ask me how accelerators work 😅"],
  ['linkedin', 'en', 'secret', "The pipeline bot now posts to our Teams channel through https://cerradoanalytics.webhook.office.com/webhookb2/5b1f8c2a-7d3e-4f10-9a61-2c8e4b7d9f03@e4a1c6d2-9b3f-4e58-a7c0-1d2e3f4a5b6c/IncomingWebhook/8c2d4e6f0a1b3c5d7e9f1a2b3c4d5e6f/7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b every morning at 8 🤖"],
  ['linkedin', 'en', 'card', "To register on the new supplier portal use our Elo card 6362 9734 6437 2769. The finance team approved the annual fee."],
  ['linkedin', 'en', 'national_id phone', "Pasted the wrong tab, sorry:\nName | CPF | Phone\nJoão Pereira | 410.474.194-91 | (11) 97215-3380\nNext step: send the consignment contract"],
  ['linkedin', 'en', 'iban', "Payment details for our international resellers (USD and EUR invoices):\nBeneficiary: Cerrado Analytics Ltda\nIBAN BR46 0036 0305 7245 7570 8545 787P 1\nPlease quote the invoice number as reference."],
  ['linkedin', 'en', '', "Finance tip: on the remittance advice we only ever show the IBAN as BR46 •••• •••• •••• •••• 787P 1. If someone sends you a 'new' full IBAN by email, call us before paying."],
  ['linkedin', 'en', '', "A reseller's template had IBAN BR46 0036 0335 7245 7570 8545 787P 1, which fails the mod-97 check, so the bank bounced three payments. Validate before you send!"],
  ['linkedin', 'en', '', "Our new CPF validator in the checkout correctly rejects typos like 185.066.422-65 instead of letting them through to the tax invoice. Small change, 40% fewer rejected invoices."],
  ['linkedin', 'en', '', "We're hiring a Sales Ops Analyst in São Paulo: R$ 9.000–12.000/month + PLR, hybrid, English required. Apply via the link in the comments."],
  ['linkedin', 'en', 'client_name', "Globex Brasil goes live with our route-optimisation module next week: 400 trucks, 3 distribution centres. Proud of the implementation squad in Campinas."],
  ['linkedin', 'en', '', "Brazil's Central Bank kept the Selic at 10.5%. Good moment to review the payment terms in our customer contracts, explainer in the comments."],
  ['linkedin', 'en', '', "Pix changed how we collect: 68% of our SMB customers now pay by Pix, according to our public 2026 impact report. Boletos are slowly disappearing."],
  ['linkedin', 'en', 'financial client_name', "Our quote to Globex for the three-year fleet telematics deal goes out Thursday: ₺86 milyon in total, 14% under list. If they sign before year-end, Turkey makes its annual plan."],
  ['linkedin', 'en', 'financial confidential_marker', "[INTERNAL] Turkey price list effective 1 March (customers to be notified on 15 February):\nSKU-220 ₺3.450 → ₺3.990\nSKU-410 ₺7.200 → ₺8.150\nSKU-530 unchanged"],
  ['x', 'en', 'financial', "board approved 2027 capex this morning: ₺410M for a second plant near Bursa. official announcement at investor day in February 🏭"],
  ['linkedin', 'en', '', "Sold my old car today for ₺1.2 milyon. Five years ago I paid a fraction of that for it. Inflation makes millionaires of us all 😂"],
  ['linkedin', 'en', '', "We're hiring a Finance Business Partner in Istanbul (Maslak). Gross salary ₺95,000–₺120,000 per month, private health insurance, hybrid 3/2. Apply via LinkedIn."],
  ['linkedin', 'en', '', "Our publicly listed price for the sales-negotiation training bundle is ₺14,900 + KDV per participant. Group discounts are on the website."],
  ['linkedin', 'en', 'phone', "Reach our Istanbul sales team on +90 212 344 18 62, or me directly on 0532 417 29 85 if you're a distributor in Anatolia."],
  ['linkedin', 'en', 'phone', "One number for all orders in Türkiye from 1 January: 444 7 386. No more separate lines for each region!"],
  ['linkedin', 'en', 'email', "Supplier invoices for the Turkish entity should now go to ap-tr@marmaratextiles.com.tr. PDFs only please, our OCR chokes on phone photos."],
  ['linkedin', 'en', 'internal_url', "SSO issue fixed: if https://intranet.marmaratextiles.com.tr still asks you for a password, clear your cookies and try again."],
  ['linkedin', 'en', 'secret', "Bank statement upload is moving to SFTP. Host sftp.marmaratextiles.com.tr, user finance_tr, password K3fir-Lale-0917. Let me know if your client can't connect."],
  ['linkedin', 'en', 'card', "Booth deposit for the Istanbul trade fair is paid with our Troy card 9792 8038 8266 1036. Receipt forwarded to accounting."],
  ['linkedin', 'en', 'iban', "New supplier onboarding: please wire the 30% deposit to TR15 0001 0046 4762 8541 8544 68, reference PO-7781. Balance on delivery."],
  ['linkedin', 'en', '', "⚠️ A phishing email is telling our customers to pay into a 'new' account, TR80 0006 2009 6322 8170 3565 69. It is NOT ours, the check digits don't even work. Our bank details have not changed."],
  ['linkedin', 'en', 'iban national_id', "Payroll correction (pasted from the HR sheet):\nEmployee: Ayşe K.\nTCKN: 84774202778\nIBAN: TR80 0006 2009 6322 8170 3565 68\nNet: ₺68.400\nPlease resend the December transfer."],
  ['linkedin', 'en', 'national_id', "The customer's T.C. Kimlik No 71895176330 is missing from the contract scan, so e-invoicing rejects it. Can the Ankara team resend the signed page?"],
  ['linkedin', 'en', '', "Found a bug in our ID validation: it accepted 78864414395, which fails the Kimlik check digits. Fixed now, with a unit test so it never comes back."],
  ['linkedin', 'en', '', "TLP:CLEAR — our public advisory on the invoice-fraud wave hitting textile exporters is on our blog. Please share it widely with your finance teams."],
  ['linkedin', 'en', 'financial confidential_marker', "EMBARGOED UNTIL 08:00 TRT, 15 JANUARY\nMarmara Textiles to invest ₺2.4 billion in a new recycled-fibre plant in Manisa, creating 600 jobs."],
  ['linkedin', 'en', '', "Password policy reminder for the sales floor: 14+ characters, no reuse, MFA on everything. Passphrases beat clever substitutions every single time."],
  ['linkedin', 'en', '', "Our daily order volume went from 12 400 to 19 850 between 2024 and 2026. Same warehouse, smarter slotting. Case study coming soon."],
  ['linkedin', 'en', 'client_name', "Two weeks on site at Initech's Izmir warehouse: scanners deployed, 180 pickers trained, and only one forklift incident (nobody hurt, one very sad pallet of yoghurt)."],
  ['linkedin', 'fr', '', "Notre équipe d'Istanbul recrute un(e) key account manager francophone. Salaire publié : 110 000 à 140 000 ₺ brut par mois, assurance santé privée. Candidatures via LinkedIn."],
  ['linkedin', 'en', 'financial', "Hi Ahmet, yes, from April your renewal goes from ₺42,000 to ₺47,500 a year. The official letter to all customers goes out next week, so this is an early heads-up just for you 🙂", { surface: 'comment' }],
  ['linkedin', 'en', 'internal_url', "Changelog, quoting tool 3.2\n• multi-currency quotes (TRY, EUR, USD)\n• PDF footer now shows the e-invoice number\n• staging for testing: https://staging.quotes.internal\nFeedback welcome!"],
  ['linkedin', 'en', 'financial', "Term sheet signed, not announced yet! $42M Series B at a $310M pre-money. The press release goes out on the 12th, so until then please don't like or share this 😅"],
  ['x', 'en', 'financial', "the valuation chatter is wrong btw. the real number on the secondary is $1.15B and it closes next week. you heard it here first 👀"],
  ['linkedin', 'en', 'financial', "Gross margin on the chip line hit 64% in Q3. That's the number in the draft 10-Q we file on the 11th, and ops fought for every point of it."],
  ['x', 'en', '', "congrats to the Lumenfold team on reporting $88M in quarterly revenue today. the category is getting big and that's good for everyone"],
  ['linkedin', 'en', '', "We filed our annual report yesterday: FY revenue $412M, gross margin 61%, 19 consecutive quarters of growth. Link in the first comment."],
  ['linkedin', 'en', '', "Announced today on our blog: we've raised an $18M Series A to bring our freight-audit platform to Europe. Thank you to our investors, customers and the best team in Tel Aviv."],
  ['linkedin', 'en', '', "Today we announced preliminary, unaudited Q4 revenue of $61–62M, above our guidance. Press release in the comments, full results on 18 February."],
  ['linkedin', 'en', 'phone', "Looking for a pre-sales engineer for our Herzliya office (Hebrew + English, 3+ years in SaaS). Questions before you apply? Text me on 054-732-1986."],
  ['linkedin', 'en', 'phone', "Hi Dana, sorry for the trouble with the refund. Please call our customer team on +972 3-762-4410, extension 3, and mention this thread.", { surface: 'comment' }],
  ['linkedin', 'en', 'email', "RFP for our 2027 cloud-cost tooling is out. Send your questions to procurement @ negevsoft.co.il by 15 December; answers will be shared with all bidders."],
  ['linkedin', 'en', 'internal_url', "Config of the week, from the billing migration:\nBILLING_API=https://billing.acme-corp.net/v2\nTIMEOUT_SECONDS=30\nRETRIES=3\nSmall file, three weeks of debate 😅"],
  ['linkedin', 'en', 'secret', "Hooked our deal-won alerts into Slack: https://hooks.slack.com/services/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 🎉 Every closed deal now rings the virtual gong."],
  ['linkedin', 'en', 'codename', "Orion migration weekend is done: 14 services moved to the new cluster, two rollbacks, zero customer impact. Shawarma for everyone on Monday."],
  ['linkedin', 'en', 'confidential_marker', "STRICTLY CONFIDENTIAL\nM&A target shortlist for the board offsite: three freight-software companies in Poland and Romania, ARR between $5M and $12M each. Full profiles in the data room."],
  ['linkedin', 'en', '', "NDA signed with our new design agency this morning. Can't wait to show you what they do with our pricing pages."],
  ['linkedin', 'en', '', "Docs tip for API vendors: in your README write API_KEY=<your-key-here>, never a real key, not even an expired one. Someone will copy it."],
  ['linkedin', 'en', '', "Fun fact: AKIAIOSFODNN7EXAMPLE, the example access key from AWS's documentation, appears in thousands of public repos. Our secret scanner has a special rule just to ignore it."],
  ['linkedin', 'en', 'national_id iban', "HR update, new bank details for Yael (pasted from the form):\nID: 887235380\nIBAN: IL92 0128 5536 8566 8189 527\nEffective from January payroll."],
  ['linkedin', 'en', '', "Order 3f6b2a9e-1c4d-4e7a-9b8f-2d5c6a7e1f03 arrived in 26 hours from Ashdod to Eilat. Our logistics partner deserves a public thank-you."],
  ['linkedin', 'en', 'client_name', "Our imaging AI is now live at Hôpital Sainte-Claire: 40 radiologists onboarded in two weeks, and the first night shift without a backlog."],
  ['linkedin', 'en', 'email', "Today is my last day at NegevSoft after six wonderful years. My work address stops tomorrow, so keep in touch at dana.levi.mail@gmail.com 💙"],
  ['linkedin', 'en', 'financial', "Won the Ministry of Health tender, but the award isn't published until January. Our winning bid was ₪14.8M over three years and I'm still smiling."],
  ['linkedin', 'fr', 'financial', "Notre offre pour l'appel d'offres de l'ONEE est partie hier soir : 47,3 MDH HT, remise de 6 % incluse. Ouverture des plis le 18, croisez les doigts pour nous !"],
  ['linkedin', 'mixed', 'financial', "Quick update du desk finance : le forecast Q1 est à 18,6 MDH de CA, soit -4 % vs budget. Not for external comms avant la publication du 28 février, merci 🙏"],
  ['linkedin', 'fr', 'financial client_name codename', "Point hebdo : Atlas Bleu avance bien, et le devis Société Générique est parti à 2,4 MDH (marge 28 %). Réponse attendue avant le 15, on n'en parle pas hors de l'équipe."],
  ['linkedin', 'fr', '', "Nous recrutons un(e) contrôleur(se) de gestion à Casablanca 📊 Salaire : 18 000 à 22 000 MAD brut par mois selon profil, mutuelle, 26 jours de congés. Postulez via le formulaire de notre site."],
  ['linkedin', 'fr', '', "Retour sur le Forum Africain de la Finance à Rabat : selon l'APSF, l'encours du leasing au Maroc dépasse 17 milliards de dirhams. Merci aux intervenants pour des échanges très concrets."],
  ['linkedin', 'fr', '', "Comme annoncé dans notre communiqué de ce matin, le chiffre d'affaires consolidé 2026 atteint 3,4 milliards de dirhams, en hausse de 7 %. Fierté pour toutes nos équipes."],
  ['linkedin', 'fr', 'phone', "Pour toute question sur les nouvelles conditions de paiement, appelez Salma au 06 61 48 23 97 ou le standard au 05 22 39 71 40. Merci de votre fidélité !"],
  ['linkedin', 'fr', 'phone', "Hotline SAV : 0801 00 47 52 (prix d'un appel local), du lundi au samedi de 8h à 20h. Nos techniciens se déplacent aussi à Tanger et Fès."],
  ['linkedin', 'fr', 'email', "Les distributeurs intéressés par notre gamme froid industriel peuvent écrire à partenariats@atlaslogix.ma. Réponse sous 48 heures."],
  ['linkedin', 'fr', 'email', "Stage de fin d'études en contrôle de gestion à Agadir (6 mois, indemnité 4 000 MAD). CV et lettre à recrutement (arobase) argan-invest (point) ma"],
  ['linkedin', 'fr', '', "Rappel : notre ICE, 001525789000063, figure sur toutes nos factures. Si une facture n'en porte pas, ce n'est pas une facture de chez nous."],
  ['linkedin', 'fr', '', "Anecdote du jour pour nos stagiaires : le @ des adresses mail se dit « arobase », et en Tunisie on entend souvent « at ». Le vocabulaire de bureau voyage aussi."],
  ['linkedin', 'fr', 'internal_url', "Les nouvelles fiches produit sont sur le partage \\\\192.168.10.5\\commercial\\fiches-2027. Merci de ne plus utiliser les PDF envoyés par WhatsApp."],
  ['linkedin', 'fr', 'secret', "Mot de passe du Wi-Fi du showroom de Casablanca : Zellige_2026! (on le change après le salon). Bon courage à l'équipe pour l'installation du stand."],
  ['linkedin', 'fr', 'iban', "Avis à nos clients : suite à notre changement de banque, merci d'effectuer vos virements sur le compte suivant :\nIBAN MA64 0077 8028 2010 5156 0109 5241\nL'ancien compte sera clôturé le 31/12."],
  ['linkedin', 'fr', '', "Sur nos relevés, l'IBAN apparaît toujours masqué, MA64 XXXX XXXX XXXX XXXX XXXX 5241. Si quelqu'un vous envoie un IBAN complet « mis à jour », appelez-nous avant de payer."],
  ['linkedin', 'fr', 'iban', "Notre fournisseur parisien nous a envoyé son IBAN par mail : FR76 3000 4008 1938 6309 0469 947. Je le poste ici pour la compta, c'est plus rapide 😅"],
  ['linkedin', 'fr', 'national_id', "CIN du nouveau commercial de Settat : BK482917. À ajouter au dossier CNSS avant la paie de janvier, merci !"],
  ['linkedin', 'mixed', 'national_id', "Welcome onboard Youssef 🎉 Dossier RH quasi complet, il manque juste la copie de la CIN JB127845 signée. Bienvenue dans l'équipe export !"],
  ['linkedin', 'fr', 'confidential_marker', "INTERNE – Note de service\nObjet : révision des objectifs commerciaux du T1\nLes nouveaux objectifs par région sont dans le fichier joint. Merci d'en prendre connaissance avant la réunion de lundi."],
  ['linkedin', 'fr', 'codename', "Le chantier Nébula entre en phase 2 : migration des données clients prévue en février, puis bascule des agences de Fès et Meknès."],
  ['linkedin', 'fr', '', "La nébuleuse d'Orion photographiée depuis l'Oukaïmeden samedi soir 🔭 Deux heures de pose, un thé à la menthe et un ciel parfait."],
  ['linkedin', 'fr', '', "Week-end de randonnée dans le Haut Atlas : bleu du ciel, blanc de la neige, ocre des villages. On rentre avec les batteries pleines pour la clôture annuelle."],
  ['linkedin', 'fr', '', "Petit rappel de formation : un document marqué CONFIDENTIEL ne se transfère jamais hors de l'entreprise, même à un partenaire de confiance. En cas de doute, demandez au service conformité."],
  ['linkedin', 'fr', '', "Après neuf ans à la Société Générale à Paris, je rejoins l'équipe trésorerie d'un groupe agroalimentaire à Casablanca. Nouveau pays, même passion pour le cash management."],
  ['linkedin', 'fr', 'client_name', "Lancement de projet avec les achats de Société Générique à Paris la semaine prochaine ✈️ Premier client européen pour notre équipe de Rabat !"],
  ['x', 'fr', 'financial', "CA de novembre : 9,8 MDH, record absolu 🎉 chiffre pas encore consolidé par le groupe, gardez-le pour vous"],
  ['linkedin', 'fr', 'iban', "Ordre de virement pour l'acompte du devis n° 2026-147 :\nBénéficiaire : Atlas Logix SARL\nIBAN : MA64 2308 1029 5979 6363 1978 8286\nMontant : 30 % à la commande"],
  ['linkedin', 'fr', 'codename', "Démo Atlas Bleu devant le comité de direction ce matin : le nouveau parcours de paiement a convaincu tout le monde. Merci à l'équipe produit de Rabat !"],
  ['linkedin', 'fr', 'financial', "Réunion budget 2027 : l'enveloppe marketing a été validée par le CODIR à 1,9 MDT, mais elle ne sera communiquée aux équipes qu'en janvier. Je vous en dis plus bientôt 😉"],
  ['linkedin', 'fr', 'financial', "On a décroché le marché de maintenance de la STEG ! Montant : 2,75 MDT sur trois ans. L'annonce officielle sera faite au salon de mars, d'ici là motus et bouche cousue."],
  ['linkedin', 'fr', 'financial confidential_marker', "SOUS NDA – Valorisation retenue pour l'entrée du fonds : 38 MDT pré-money, closing prévu fin janvier. Merci de ne rien relayer avant la signature."],
  ['linkedin', 'mixed', 'financial', "Petit leak de la réunion pricing 😇 the new Business tier will be 79 TND/mois au lieu de 59. Lancement officiel en février, chut !"],
  ['linkedin', 'fr', '', "La loi de finances 2027 prévoit 4,1 milliards de dinars pour l'investissement public. Bonne nouvelle pour les entreprises du BTP et de l'ingénierie."],
  ['linkedin', 'fr', '', "Atelier tableau de bord avec les étudiants de l'ISG Tunis : on a travaillé sur une entreprise fictive avec 12 MDT de CA et 9 % de marge nette. Bravo pour la qualité des analyses !"],
  ['linkedin', 'mixed', '', "Le Starter pack reste à 29 TND/mois, as listed on our website since 2024. Pas d'augmentation prévue cette année 🙌"],
  ['linkedin', 'fr', 'phone', "Nos bureaux de Tunis déménagent aux Berges du Lac ! Nouveau numéro du standard : +216 71 962 305. Pot de crémaillère le 15, vous êtes tous invités."],
  ['linkedin', 'fr', 'phone', "Le service commercial reste joignable pendant l'Aïd au 74 401 228, de 9h à 13h. Bonne fête à tous !"],
  ['linkedin', 'fr', 'email', "Pour vos devis d'huile d'olive en vrac, contactez ventes@olivatech.tn ou passez nous voir au salon de Sfax."],
  ['linkedin', 'fr', 'secret internal_url', "Pour ceux qui ont cassé leur environnement local, voici la bonne config :\nDATABASE_URL=postgres://crm_app:Jasmin!2026@10.0.8.15:5432/ventes\nRedémarrez le service ensuite."],
  ['linkedin', 'fr', 'iban', "Pour le règlement de la facture n° 2026-318, merci d'utiliser le RIB suivant : TN59 1000 6829 7433 9640 4205. Merci !"],
  ['linkedin', 'fr', 'iban national_id', "Dossier d'ouverture de compte client collé ici par erreur :\nTitulaire : M. Bouazizi\nCIN : 08471539\nRIB : TN59 0810 1560 2981 7889 1735"],
  ['linkedin', 'fr', '', "Wi-Fi gratuit dans tout le salon, sans mot de passe : connectez-vous au réseau « Expo-Public » et venez nous voir au stand 22 !"],
  ['linkedin', 'fr', 'confidential_marker', "EMBARGO jusqu'au 10 décembre, 9h00\nOlivatech annonce l'ouverture de sa filiale à Abidjan, sa première implantation en Afrique de l'Ouest."],
  ['linkedin', 'fr', '', "Entre nous, le meilleur couscous au poisson de Tunis, c'est chez ma tante à La Goulette. Débat ouvert en commentaires 🐟"],
  ['linkedin', 'fr', '', "Séminaire commercial à Nice cette semaine : visite de la chapelle Sainte-Claire dans le Vieux-Nice entre deux ateliers. Merci aux organisateurs !"],
  ['linkedin', 'mixed', 'card', "Carte Mastercard de l'équipe commerciale pour les déplacements : 5351 3225 6103 7104. Keep les reçus, la compta vérifie tout."],
  ['linkedin', 'fr', '', "Retour sur le salon SIAMAP à Tunis : trois jours, plus de 600 visiteurs sur notre stand et des dizaines de contacts export. Merci à toute l'équipe !"],
  ['linkedin', 'fr', '', "Nous recrutons un(e) commercial(e) terrain à Sfax. Salaire : 1 800 à 2 300 TND net + primes, voiture de service. Envoyez votre candidature via LinkedIn."],
  ['x', 'fr', 'financial', "objectif export 2027 fixé ce matin en comité : 14 MDT (contre 11 cette année). pas encore annoncé aux équipes, mais quelle ambition 💪"],
  ['linkedin', 'fr', 'client_name', "Fierté : nos équipes de Tunis ont livré la nouvelle application de prise de rendez-vous de l'Hôpital Sainte-Claire. 3 mois de travail, 0 incident au lancement."],
  ['linkedin', 'fr', '', "Les résultats du 1er semestre ont été publiés ce matin sur le site de la BVMT : chiffre d'affaires de 86 MDT, +9 %. Merci à nos clients et à nos équipes."],
  ['linkedin', 'fr', 'financial', "Compte rendu du comité commercial (collé depuis Teams) :\n- Pipeline pondéré : 6,3 MDT\n- Taux de transformation visé : 32 %\n- Remise max autorisée : 12 %, à ne pas communiquer aux clients\nProchain comité : 8 janvier"],
  ['x', 'en', '', "🧵 Six years selling software to Indian hospitals, and what I wish I'd known on day one (1/3): purchase committees meet once a month, so a missed meeting is a lost month."],
  ['x', 'en', 'financial', "(2/3) Anchor on outcomes, not features. The renewal I'm negotiating right now: we opened at ₹3.4 Cr, they countered at ₹2.6 Cr, and we meet again Monday. Not one question about features so far."],
  ['x', 'en', '', "(3/3) Bring the nurses into the demo, not just the CIO. They decide whether the software actually gets used. /end"],
  ['linkedin', 'en', 'financial', "Q4 bookings came in at $97M, two days before the earnings call. I know, quiet period, but this team deserves the shout-out now and not in a press release."],
  ['linkedin', 'en', 'financial', "Pending board approval: distributor rebate goes up to 7% and the X200 scanner moves to ¥168,000 from April. Distributors hear about it at the February meeting, so please keep it to yourselves until then."],
  ['linkedin', 'en', '', "As disclosed in our prospectus, we expect FY27 revenue of around A$82m. Listing day on the ASX is Thursday and yes, I am very nervous 😅"],
  ['linkedin', 'en', 'financial', "New reseller margin for the Growth tier: 22%. Partners get the new agreement in January, so don't mention it on calls yet."],
  ['linkedin', 'fr', '', "Notre prix public ne bouge pas : 349 MAD TTC le kit de démarrage, dans nos 40 points de vente et sur notre site."],
  ['linkedin', 'fr', '', "J'ai enfin fini de rembourser mon prêt étudiant de 12 000 TND 🎉 Petit message pour les jeunes diplômés : ça finit par arriver."],
  ['linkedin', 'en', '', "Worked example for my finance students at Reichman: a company with $50M revenue, 40% gross margin and $12M of opex. What's EBIT? ($8M, well done to the front row.)"],
  ['linkedin', 'en', '', "One of our customers, a listed Osaka retailer, published record annual sales of ¥312 billion today. Congratulations to their whole team!"],
  ['linkedin', 'en', '', "Rewatched L.A. Confidential on the flight to Perth. Still one of the best crime films ever made."],
  ['linkedin', 'en', '', "Exporters: the updated EU embargo list was published this morning. Check your HS codes before shipping anything dual-use to the region."],
  ['linkedin', 'en', '', "Why does every deck in this company carry 'Internal' in the footer? When everything is classified, nothing is. Short thread on over-classification 🧵"],
  ['x', 'en', '', "embargo lifted, so here's the story we couldn't tell last month: our robots now sort 12,000 parcels an hour at the Incheon hub 🤖"],
  ['linkedin', 'en', 'confidential_marker', "Classification: Restricted\nDraft churn analysis for Q4 is in the attached deck. Comments by Wednesday please, we present to the exec team on Friday."],
  ['linkedin', 'en', 'codename', "Nebula phase 2 kicked off in Seoul today: the payments squad joins the project, and we finally get a war room with actual windows."],
  ['linkedin', 'en', 'codename', "Kestrel go-live slipped to March because of the year-end ERP freeze. Not ideal, but far better than a December cutover."],
  ['linkedin', 'en', '', "Our new expense tool went live and someone already printed a TPS-report cover sheet with the Initech logo on it. Office Space never gets old 😂"],
  ['linkedin', 'fr', '', "Atlas, le chat du bureau de Sousse, a encore dormi sur le clavier du directeur financier. Le reporting mensuel contient désormais une ligne « jjjjjjjjjjjj »."],
  ['linkedin', 'fr', 'client_name', "Visite du centre logistique de notre client Globex à Tanger Med aujourd'hui. Impressionnant, et très instructif pour notre offre de suivi des conteneurs."],
  ['linkedin', 'en', '', "Our sandbox guide tells developers to use Stripe's test card 4242 4242 4242 4242 and a placeholder key like sk_test_XXXXXXXXXXXX. Nothing real ever belongs in a guide."],
  ['linkedin', 'en', '', "Card ending 7104 was charged twice by the airline and their support fixed it in four minutes. Rare praise for an airline!"],
  ['linkedin', 'en', '', "Order 4712 4080 1309 2942 still hasn't arrived after three weeks 😤 Any other exporters having trouble with this courier?"],
  ['x', 'en', '', "the new terminals only print **** **** **** 8812 and the terminal ID on receipts. good."],
  ['linkedin', 'en', '', "Setup tip: the demo unit ships with the password 'changeme' and the wizard forces you to replace it on first boot. Please don't skip that step at customer sites."],
  ['x', 'en', '', "follow @kiwi_sales_jp for practical tips on selling into Japan, best account I found this year"],
  ['linkedin', 'en', '', "Java tip for the billing team: put @Transactional on the service method, not on the controller. It saved us from a nasty double-invoice bug."],
  ['linkedin', 'en', '', "Invoice INV-2026-004871 paid and PO 4500198237 closed. Procurement cycle: 11 days, a record for us."],
  ['x', 'en', '', "free webinar on pricing in APAC, 09:30–10:15 IST / 15:00–15:45 AEDT. registration on the event page"],
  ['linkedin', 'en', '', "Our intranet redesign just won an internal award 🏆 Six months of user research with the sales team paid off."],
  ['linkedin', 'en', '', "Which public DNS do you use at home, 1.1.1.1 or 8.8.8.8? The office network team has strong opinions."],
  ['linkedin', 'en', 'national_id email', "Freelancer invoice details for accounts payable:\nAna Costa\nCPF 742.267.571-30\nana.costa.design@gmail.com\nNet 30 please."],
  ['linkedin', 'en', 'national_id phone', "Found a wallet near the Whitefield office. The Aadhaar card inside says 8586 8422 4440, name Ramesh. Call me on 99001 23847 to collect it."],
  ['x', 'en', 'national_id', "can anyone at the e-Devlet desk help? my TCKN 24381614458 shows someone else's address 😭"],
  ['linkedin', 'mixed', '', "Team building à Essaouira this weekend 🌊 Kitesurf, tajine et zéro slide PowerPoint. Best sales team ever."],
  ['linkedin', 'mixed', 'email', "Pour les partenaires francophones et anglophones, one single contact désormais : partners@olivatech.tn. Simple et efficace."],
  ['linkedin', 'en', '', "Q3 was our best quarter ever, and the full numbers will be shared in the results announcement on 28 January. Until then, thank you to every single person on the team."],
]);
