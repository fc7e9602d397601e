import { rows } from './corpus-types';

/**
 * Held-out set "fresh62": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), and without
 * reading git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the
 * scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh62`.
 * First scored 2026-12-04 21:36 UTC on the rules of f9bab22, after the fixes from fresh54 to fresh61 and before any from
 * this round: confidentiality macro F1 0.946, 9.3 % of clean posts flagged (10 of 108);
 * financial 0.862, confidential_marker 0.870, national_id and codename 0.900, iban 0.923, phone 0.947, the others 1.000.
 *
 * Authors: employees of NHS suppliers (community equipment, wound-care and pathology logistics, patient transport,
 * linen, sterile-services tray tracking, a referral hub and bed-management software), councils, housing associations
 * and charities in England, Scotland and Wales (food banks, hospices, carers' and befriending charities, crisis cafés,
 * advice lines), writing in English, with four FR/EN posts to a French partner hospital. Focus: public procurement
 * frameworks and tenders (bid/no-bid notes, pricing schedules, sealed bids, standstill, mini-competitions, award
 * notices), grant funding, service changes, volunteer coordination. Forms: team wins, pasted meeting and stand-up
 * notes, chat messages and forms pasted by mistake, Markdown tables, config snippets and .env files, customer and
 * tenant replies (surface 'comment'), job ads with published salary ranges and NHS bands, live-posts, changelogs,
 * post-mortems, supplier bank-detail notices, a poll, a four-post X thread, goodbyes, out-of-office notes and tips.
 *
 * Positives: financial figures with many kinds of "not public yet" (a tender price before the portal closes, a win
 * before award letters or during standstill, a rent rise, a council's home-care rate, a service charge and a list price
 * before tenants, providers or trusts are told, a grant before the funder announces it, a grant application amount
 * while under assessment, a budget gap before cabinet papers, a council-tax rise being modelled, draft budget lines, a
 * pay-award budget before the all-hands, turnover before filing, a valuation before completion, a loss-making contract
 * before the board, a pipeline, a sealed bid, a contract extension subject to cabinet, a bid in words, a range, a
 * forecast deficit); UK phone formats (geographic, 0300/0345, 0800/0808 freephone, mobiles, +44 (0), brackets) and one
 * Irish mobile; named and role mailboxes and obfuscated "[at] [dot]" and "name @ domain" addresses; the policy's
 * domains, intranet. hosts, private IPs, .internal, .local and .corp hosts and a UNC path; Wi-Fi and shared-login
 * passwords, a connection string, an API token, an SMS gateway key, Slack and Teams webhooks; NHS numbers (modulus 11,
 * with spaces and dashes), Scottish CHI numbers (modulus 11 and a real birth date), UK National Insurance numbers
 * (valid prefixes and A-D suffix), an Irish PPSN (mod 23) and a Polish PESEL; GB IBANs (mod 97) with sort codes and one
 * IE; Visa, Mastercard (5- and 2-series) and Amex cards (Luhn), including a purchase card, a fuel card and a council
 * p-card; markers OFFICIAL-SENSITIVE (with and without "Classification:"), COMMERCIAL IN CONFIDENCE, RESTRICTED –
 * MANAGEMENT, [INTERNAL], INTERNAL USE ONLY, SUBJECT TO NDA, TLP:AMBER, EMBARGOED UNTIL and CONFIDENTIEL – NE PAS
 * DIFFUSER; the policy's codenames and clients in their project and customer sense.
 *
 * Look-alikes (labelled clean): published award notices, framework values, annual reports and Companies House accounts,
 * an approved council budget, a published rent rise, home-care rate and catalogue price, job ads and NHS bands, other
 * organisations' figures (NHS England, the Scottish Government, a funded start-up, a hospice on the Charity Commission
 * register), teaching examples and personal fundraising; 999 and 112; bare domains and public gov.uk sites; placeholder
 * connection strings, ${VAULT_...} templates, AWS's EXAMPLE key, Stripe's sk_test_XXXX and 4242 card; the NHS example
 * number 943 476 5919, a 999-range test number, an NHS number failing modulus 11, HMRC's QQ 12 34 56 C, a NINO with an
 * F suffix, the 078-05-1120 wallet-card SSN; the specimen IBANs GB29 NWBK 6016 1331 9268 19 and GB82 WEST 1234 5698
 * 7654 32, IBANs with a wrong check, an all-zero sort code and account, order numbers failing Luhn, a card "ending
 * 4040"; confidential waste, the film Official Secrets, TLP:CLEAR, discussions of "Commercial in Confidence",
 * "Confidential" and the OFFICIAL tier, an NDA joke, an embargo that has lifted; Orion the constellation and the Orion
 * Nebula, the vendor Orion Health, kestrels, Kestrel House and a Kestrel weather meter, Atlas the therapy dog and a
 * school atlas, Globex Corporation from The Simpsons, Initech from Office Space, St Clare's Hospice, the Basilica of
 * Saint Clare and a chapel of Sainte-Claire, and "générique" medicines.
 *
 * Conventions: every written email address is email (role mailboxes and obfuscated ones included; a bare domain is
 * not); every written phone number is phone (switchboards, helplines and freephone included), emergency short numbers
 * are not; confidential_marker only for explicit labels, not for informal requests ("please don't forward", "between
 * us") nor mentions of the words; financial only for the company's own figure with a sign it is not public yet; iban,
 * card and national_id only for valid numbers, computed with a throwaway script kept outside the repo; a digit run
 * inside a valid IBAN is not also a card; the user:password of a connection string is secret, not email.
 *
 * Counts: 233 posts (229 EN, 4 mixed FR/EN; 199 LinkedIn, 34 X; 11 comments): 108 clean, 125 with one or more findings.
 * Labels: financial 31, phone 18, email 14, internal_url 12, secret 11, national_id 11, confidential_marker 10,
 * client_name 10, codename 9, iban 6, card 5.
 */
export const FRESH62_POSTS = rows('fresh62', [
  ['linkedin', 'en', 'financial', 'Late night in the bid room. Our final price for Lot 3 (community equipment, North Wales) is locked at £4.86m over the four-year term. The portal closes at noon on Friday, so that number doesn\'t leave this building until then. Proud of this lot.'],
  ['linkedin', 'en', '', 'Delighted that the award notice is finally live on Find a Tender: our wound-care logistics contract with the health board, £2.1m over three years, is now public. Thank you to everyone who survived 14 rounds of clarification questions with good humour.'],
  ['x', 'en', '', 'Framework tip nobody tells you: read the call-off terms before the spec. Half the risk in a £40m framework lives in the schedule nobody opens. #procurement #publicsector'],
  ['linkedin', 'en', 'confidential_marker financial', `OFFICIAL-SENSITIVE: COMMERCIAL
Bid / no-bid note: non-emergency patient transport, Lot 2 (Gwent)
- Contract value in the notice: £18m over 5 years
- Our target price: £16.2m, 9.5% margin after vehicle leases
- Risks: TUPE list still incomplete, fuel indexation capped at 3%
Decision: BID. Owner: Rhodri P.`],
  ['linkedin', 'en', '', 'Tip for new bid writers: stamping "Commercial in Confidence" on every page of your submission does not make it FOI-proof. Mark the specific parts (pricing schedules, staff rates), say why they\'re sensitive, and the authority will actually take you seriously.'],
  ['linkedin', 'en', 'phone email', 'We\'re hiring two bid coordinators for our Leeds office: £31,000–£35,500 plus 8% employer pension, hybrid. Fancy an informal chat first? Ring Harriet Osei on 0113 496 0218 or email harriet.osei@brightwellmedical.co.uk.'],
  ['linkedin', 'en', '', 'Band 6 Community Equipment Coordinator, £37,338–£44,962 pro rata, 37.5 hours. Based at our Wrexham depot with travel across Flintshire. Apply through NHS Jobs before 12 January; interviews the week after.'],
  ['x', 'en', 'financial', 'just been told unofficially we came top on the dom care tender 😭 £7.4m a year. award letters aren\'t out till monday so I have told precisely nobody except twitter, which is fine, right'],
  ['linkedin', 'en', 'financial', 'No champagne emojis until standstill ends on the 19th, but what a quarter. If the letters land the way we hope, the soft-FM contract for the two council depots adds roughly £930k a year to our order book.'],
  ['linkedin', 'en', '', 'Now that the council has published its award (Contracts Finder ref. CF-2026-0412), I can finally say it: from April we\'ll run the borough\'s meals-on-wheels service. Value on the notice: £3.3m over five years. 62 drivers and cooks transfer across with us.'],
  ['linkedin', 'en', '', 'Thanks for flagging, Joanne. Our community alarm tariff hasn\'t changed since 1 April: the £4.20 weekly charge is on page 3 of the price list on our website, and nothing changes before next April.', { surface: 'comment' }],
  ['linkedin', 'en', 'financial', 'Heads-up for the income team: the board signed off a 6.7% rent increase last night. Tenant letters go out on the 28th, so please don\'t quote the figure to anyone who rings before then, just say "letters are on their way".'],
  ['linkedin', 'en', '', 'Our rent increase for 2026/27 is 2.7% (CPI + 1%, the government cap), and every tenant got their letter this week. If that\'s a worry, our money advice team is there to help and it costs nothing.'],
  ['x', 'en', 'phone', 'Our money advice line is back after the Christmas break: 0300 303 1274, Mon–Fri 9–5. No judgement, just help with bills.'],
  ['linkedin', 'en', 'email', 'Want to help at the Saturday food bank? Drop a line to volunteers@cwmtawefoodbank.org.uk and Siân will sort out an induction. Two hours a fortnight makes a real difference.'],
  ['linkedin', 'en', '', 'Everything about the winter volunteering rota is on cwmtawefoodbank.org.uk/volunteer: no fee, no experience needed, and the kettle is always on.'],
  ['x', 'en', 'email', 'we\'re hiring repairs operatives in Newport 🔧 send your CV to recruitment [at] hafanhousing [dot] org [dot] uk or just DM me'],
  ['linkedin', 'en', '', 'Reminder for our outreach volunteers: if someone is in immediate danger, call 999 first and your shift lead second. Never put yourself at risk to finish a round.'],
  ['linkedin', 'en', 'secret', 'Brilliant turnout at the Tuesday warm space 💛 For everyone who asked: the Wi-Fi is StDavidsHall-Guest and the password is Brynmawr#2291. Soup\'s on us until March.'],
  ['linkedin', 'en', '', 'The warm space is open every weekday 10–4 in the church hall: free Wi-Fi (the code is on the noticeboard by the kitchen), hot soup and a charging table for phones. Just walk in.'],
  ['linkedin', 'en', 'secret internal_url', `Has anyone seen this? The nightly sync to the grants database keeps timing out since Tuesday:
GRANTS_DB=postgresql://grants_svc:Tr0ut-Lake-77@10.20.4.15:5432/grants
SYNC_TIMEOUT=30
Restarting the job works once, then it hangs again.`],
  ['linkedin', 'en', '', `Wrote up how we moved our volunteer app to managed Postgres. The sample .env in the repo looks like this:
DATABASE_URL=postgresql://app_user:<your-password>@<your-db-host>:5432/volunteers
Swap in your own values and never commit the real file.`],
  ['x', 'en', 'secret', 'why is our rota bot posting every shift twice?? this is the hook it uses https://hooks.slack.com/services/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 anyone?'],
  ['linkedin', 'en', 'secret', 'For the data team: the token for the repairs API is 9f3c1e7a-4b2d-48e6-a0c5-71d2e8b6f930 and it\'s good until the end of the month. Put it in the X-Api-Key header, not the query string.'],
  ['linkedin', 'en', '', 'Secrets hygiene session with our apprentices today. We planted AWS\'s documented sample key AKIAIOSFODNN7EXAMPLE in a test commit and watched the pre-commit scanner catch it in under a second. Lots of "oh" moments.'],
  ['linkedin', 'en', 'secret', `Notes from the pathology courier onboarding call:
- results drop by SFTP to sftp.pathlinkuk.co.uk
- user trust_rxp / pwd Q7!marram-Bay
- files every 15 minutes, retries x3
- go-live w/c 9 Feb`],
  ['linkedin', 'en', 'internal_url', 'New starters in procurement: the toolkit now lives at https://intranet.valeofusk.gov.uk/procurement/toolkit (templates, thresholds, the scheme of delegation and the dreaded waiver form).'],
  ['linkedin', 'en', '', 'The council\'s procurement pipeline for 2026–28 is published at https://www.valeofusk.gov.uk/business/selling-to-the-council. If you\'re a local SME, it\'s the single most useful page you\'ll read this year.'],
  ['linkedin', 'en', 'internal_url', 'Bid library reorganised over the weekend! Case studies now sit under https://bids.acme-corp.net/library/case-studies, tagged by framework and lot. Please stop emailing me for the 2023 ambulance one.'],
  ['x', 'en', 'internal_url', 'if the timesheet page is down again try http://timesheets.hq.corp/ directly, worked for me this morning'],
  ['linkedin', 'en', 'internal_url', 'The volunteer hub printer is at 192.168.12.40. If it doesn\'t show up on your laptop, add it manually by IP; Gareth has left a laminated guide by the kettle.'],
  ['linkedin', 'en', '', 'Useful links for first-time bidders: Find a Tender (find-tender.service.gov.uk), Public Contracts Scotland (publiccontractsscotland.gov.uk) and Sell2Wales (sell2wales.gov.wales). All free to register, and all have supplier guides.'],
  ['linkedin', 'en', 'internal_url', 'Reminder: expenses for the framework launch event go through https://expenses.corp.acme.com before the 31st, receipts attached. After that, finance will come looking for you.'],
  ['linkedin', 'en', 'national_id', 'Can someone in referrals chase this one: Mrs E. Howells, NHS number 473 240 8680, discharged Friday and the profiling bed still hasn\'t been delivered.'],
  ['linkedin', 'en', '', 'For developers integrating with the Personal Demographics Service: test with the synthetic patients only. The NHS documentation uses 943 476 5919 as its example number; a real one should never appear in a ticket, a screenshot or a Teams chat.'],
  ['linkedin', 'en', '', 'Small data-quality win: our referral form now rejects NHS numbers that fail the modulus 11 check. Yesterday it caught 473 240 8681 typed in by a very tired GP receptionist, one digit out. Good catch, robot.'],
  ['x', 'en', 'national_id', 'new starter paperwork sent over, her NI number is TP 59 08 05 B, can payroll pick it up before the cut-off pls'],
  ['linkedin', 'en', '', 'Payroll tip: QQ 12 34 56 C is HMRC\'s specimen National Insurance number. If it\'s on a live record, someone left test data behind.'],
  ['linkedin', 'en', 'national_id', 'Community pharmacy delivery pilot, Fife: the run failed for patient CHI 1403588619 because the address on file is the old one in Glenrothes. Please update before Thursday\'s van.'],
  ['linkedin', 'en', 'national_id phone', 'Volunteer form for Aled Morgan: NI number EE 30 38 92 C, mobile 07700 900482, available Saturdays, happy to drive. DBS to follow.'],
  ['linkedin', 'en', 'iban', 'Supplier notice: from 1 February please pay all Tawe Linen Services invoices into our new account. Sort code 40-26-89, account 43025108, IBAN GB42 LOYD 4026 8943 0251 08. Our old Barclays account closes on 31 March.'],
  ['linkedin', 'en', '', 'Fraud alert for finance colleagues: a fake "change of bank details" letter is circulating with the textbook example IBAN GB29 NWBK 6016 1331 9268 19 on it. Always ring the supplier back on a number you already hold before changing anything.'],
  ['linkedin', 'en', '', 'Our new accounts-payable system flagged GB39 HBUK 2570 1898 2228 64 on a supplier form as failing its check digits. It was a typo, but that\'s exactly the control we paid for.'],
  ['linkedin', 'en', 'card', 'Whoever is ordering the volunteer hi-vis: use the team purchase card, 4249 3275 8628 3392, expiry 09/28. Billing address is the depot.'],
  ['linkedin', 'en', '', 'Our donations page moved to a new checkout this week. We tested in sandbox with 4242 4242 4242 4242 until we were sick of it; if you donated for real on Monday, thank you, it arrived!'],
  ['linkedin', 'en', '', 'Scam alert for tenants: a text saying "your rent refund order 5369 9180 9643 3998 is ready, confirm your card" is NOT from us. We never ask for card details by text.'],
  ['linkedin', 'en', 'confidential_marker', `RESTRICTED – MANAGEMENT
Proposed restructure of the repairs hub: three team leader roles become two, one new scheduler post. Consultation opens 9 March; don't discuss with teams before the briefing.`],
  ['linkedin', 'en', '', 'Office move, day 3: 41 bags of confidential waste collected, two skips of broken chairs, and a very dusty framed photo of the 1998 board. Onwards.'],
  ['x', 'en', '', 'watched Official Secrets on the train back from a tender clarification meeting. honestly the FOI team would have a field day'],
  ['linkedin', 'en', 'codename', 'Orion go-live weekend done: 14 GP practices switched to the new referral hub and not a single referral went missing. The Orion team have more than earned their bacon rolls.'],
  ['linkedin', 'en', '', 'Volunteered at the Elan Valley dark-sky evening. Clear skies, Orion climbing over the reservoir by nine, and thirty children who now know what a nebula is.'],
  ['linkedin', 'en', 'codename', 'Project Kestrel update for the housing team: depot consolidation moves into phase 2 in May, subject to the lease on the Llanfoist yard.'],
  ['linkedin', 'en', '', 'Our grounds volunteers spotted a kestrel nesting in the old boiler chimney at Maes-y-Coed. Demolition is paused until the chicks fledge. Ecology first, always.'],
  ['linkedin', 'en', 'client_name', 'Huge thanks to the facilities team at Globex for hosting our dementia-friendly training day. They\'re our first corporate client to put all 200 of their site staff through it.'],
  ['x', 'en', '', 'every procurement portal login page gives me Globex Corporation villain-lair energy. Hank Scorpio would have loved e-tendering'],
  ['linkedin', 'en', 'financial', 'We\'ve heard! The Lottery\'s regional panel has approved £312,000 over three years for our young carers project. They announce their grants in late January, so we\'re sitting on our hands until then, but honestly, what a Christmas present.'],
  ['linkedin', 'en', '', 'Our grant from the National Lottery Community Fund (£148,500 over three years, published on their grants database in October) means the Thursday youth club stays open until 2029. Thank you to every young person who came to the panel interview.'],
  ['linkedin', 'en', '', 'Small grants round now open! Community groups in Merthyr can apply for up to £5,000 for winter projects. Guidance and the form are on our website; deadline 16 January.'],
  ['linkedin', 'en', 'financial', `Draft for the trustees, not for circulation yet:
Income forecast 2027/28: £1.84m (down from £2.06m)
Biggest gap: the council's infrastructure grant, cut from £96k to £60k
Reserves would fall to 2.1 months of running costs
Trustees meet on the 11th; nothing goes to staff before then.`],
  ['x', 'en', '', 'reading the Charity Commission register for fun again. one hospice charity near us spent £14.2m last year and 81% of it was on care. that\'s the kind of ratio I want to see'],
  ['linkedin', 'en', 'financial', 'Our application to the Welsh Government\'s Community Facilities Programme went in at £780,000 for the Penywern hall refurbishment. Decision due in March; please keep the amount to yourselves until then, the other applicants in the valley don\'t need to know our number.'],
  ['linkedin', 'en', '', 'How we write budgets for grant bids, in three lines: cost every hour, name every overhead, and add 10% for the boiler you haven\'t found yet. On a £50,000 application that last line saved us twice.'],
  ['linkedin', 'en', 'financial', 'Update for the leadership group: the health board has agreed in principle to fund the social prescribing link workers at £212k a year from April. Their letter isn\'t signed and they\'ll announce it with the other third-sector awards, so this stays in SLT until it is.'],
  ['linkedin', 'en', '', 'The Scottish Government has announced £15m for tackling child poverty through third-sector partners this year. Expressions of interest open in February; we\'ll run a drop-in for local groups who want help applying.'],
  ['linkedin', 'en', 'financial', 'Our pay award budget for next year is £1.45m, a 4.2% uplift across the board. Staff hear about it at the all-hands on Monday, so please keep it out of team chats until after Chloe has spoken.'],
  ['linkedin', 'en', '', 'I\'m running the Cardiff Half for our hospice in March! Target £1,200, currently at £640. Every pound buys nursing time; link in the comments.'],
  ['linkedin', 'en', 'financial', 'Working paper for cabinet members: the budget gap for 2027/28 now stands at £23.4m after the pay award. Papers go public on the 14th. Until then, please don\'t repeat the figure at ward surgeries.'],
  ['linkedin', 'en', '', 'Full council approved the 2026/27 budget last night: £412m net revenue, a 4.99% council tax rise and £6m more for adult social care. The papers, including every savings line, are on the website.'],
  ['linkedin', 'en', 'financial', 'Modelling notes from finance: we\'re working on a 4.99% council tax rise plus the 2% social care precept. Nothing\'s decided and the figures aren\'t in the public domain until the budget consultation opens in December.'],
  ['linkedin', 'en', 'financial', `Need help checking these before Friday, all still draft and not agreed by members:
| Service | 26/27 | 27/28 proposed |
| Libraries | £3.1m | £2.7m |
| Youth services | £1.9m | £1.4m |
| Leisure subsidy | £2.2m | £1.6m |
Savings total £1.5m, still need another £2.3m.`],
  ['x', 'en', '', 'the council tax bill just landed: £2,187 for a band D. just checking my maths, not complaining (ok a bit complaining)'],
  ['linkedin', 'en', '', 'Economics for councillors, session 2: if a council has a £20m gap and every 1% on council tax raises £1.1m, how many percent do you need? (Trick question: the cap says you can\'t.)'],
  ['linkedin', 'en', 'financial', 'Between us: we\'re dropping the hourly rate we pay for domiciliary care to £24.60 from April. Providers haven\'t been told yet and there\'ll be uproar when they are, so let\'s get the comms plan right before anyone hears it from us in the corridor.'],
  ['linkedin', 'en', '', 'Our published hourly rate for home care in 2026/27 is £26.10, set after the fair cost of care exercise. The full rate model is in the cabinet report for anyone who wants to check our workings.'],
  ['linkedin', 'en', '', 'From 3 March, the Tuesday and Thursday day-centre minibus changes route to include Ystrad and Tonypandy. Pick-up times are in the new leaflet; ring the centre if yours has changed.'],
  ['linkedin', 'en', 'phone', 'From 3 March our day-centre bookings move to a single number: 01443 682 417 (Mon–Fri, 8.30–4.30). The old mobile numbers will stop working at the end of February.'],
  ['linkedin', 'en', 'confidential_marker', '[INTERNAL] Service change briefing: the Ffynnon Taf respite unit will close for refurbishment from 1 June to 30 November. Families will be contacted individually from next week; please don\'t post about it before then.'],
  ['linkedin', 'en', '', 'The Ffynnon Taf respite unit reopens on 1 December after six months of refurbishment: new wet rooms, a sensory garden and a kitchen the families designed themselves. Thank you for your patience.'],
  ['linkedin', 'en', '', 'Volunteer rota for the Christmas hamper packing is up on the noticeboard. We need 12 people each on 18 and 19 December, two shifts a day. Bring gloves; the warehouse heating is, let\'s say, traditional.'],
  ['linkedin', 'en', 'phone', 'Christmas hamper deliveries: drivers, meet at the depot at 8. If you\'re running late or get stuck, ring Bethan on 07700 900 731, not the office, which will be closed.'],
  ['x', 'en', 'phone', 'Calling all Inverness volunteers! Snow means we need drivers with 4x4s for tomorrow\'s prescription run. Text Callum on +44 7700 900615 if you can help 🚙❄️'],
  ['linkedin', 'en', 'email phone', 'Welcome to our 14 new befriending volunteers! Your coordinator is Priya Nair (priya.nair@southwarkbefriend.org.uk, 020 7946 0573). She\'ll match you with someone within the fortnight.'],
  ['linkedin', 'en', 'national_id', `Volunteer DBS list for the audit, please check against yours:
J. Campbell – NI RY 53 84 80 A – enhanced, clear
M. Okafor – NI GX 05 26 19 D – enhanced, clear
T. Lewis – NI HB 49 48 29 A – pending`],
  ['linkedin', 'en', '', 'Volunteers\' week recap: 1,140 volunteer hours logged in June, 86 food parcels a week, 9 new drivers and one retired headteacher who reorganised the entire pasta shelf by shape. Thank you all.'],
  ['linkedin', 'en', '', `A poll for our volunteer drivers: what would help most this winter?
🔘 Fuel cards instead of mileage claims
🔘 A second pick-up point in the north
🔘 Shorter routes
🔘 More tea
Vote below, results go to the steering group.`],
  ['linkedin', 'en', 'codename', 'Nébula sprint review: the new bed-management dashboard is live on three wards at the Royal and will be on the other nine by Easter. Data refreshes every four minutes now instead of forty.'],
  ['linkedin', 'en', '', 'Photo from our astronomy club\'s outreach night at the hospice: the Orion Nebula through a 10-inch Dobsonian. One resident said it was the best thing she\'d seen all year. Volunteers, you\'re stars.'],
  ['linkedin', 'en', 'client_name', 'Six months into our linen contract with Initech\'s UK sites, and the feedback from their housekeeping team has been lovely. Nice when a new client becomes a reference.'],
  ['x', 'en', '', 'procurement training today included the "PC LOAD LETTER" printer scene from Office Space. the Initech fax machine would have failed the accessibility criteria'],
  ['linkedin', 'en', 'codename', `Atlas Bleu steering group, actions:
1. Finalise data-sharing agreement with the three health boards (Owen)
2. Confirm pilot wards (Nia)
3. Comms plan held until go/no-go`],
  ['linkedin', 'en', '', 'Meet Atlas, our therapy dog, who started visiting the Ward 7 day room this week. He\'s a blue merle collie, terrified of the tea trolley and extremely good at his job.'],
  ['linkedin', 'en', 'client_name', 'Off to Lyon next week to see the sterile services team at Hôpital Sainte-Claire, our first customer outside the UK. Our tray-tracking system goes live there in spring.'],
  ['linkedin', 'en', '', 'Holiday snaps from Assisi: the Basilica of Saint Clare at sunset, and the little chapel of Sainte-Claire the guide swore was older than the town. Back to tender season on Monday.'],
  ['linkedin', 'en', 'client_name', 'Pleased to share that we\'ve signed a three-year managed print renewal with Société Générique\'s Leeds and Edinburgh offices.'],
  ['linkedin', 'en', 'client_name financial', 'Pipeline review: Globex wants patient transport for its occupational health clinics across six sites, worth about £410k a year to us. They haven\'t told their current supplier yet, so nothing about this goes on any channel.'],
  ['linkedin', 'en', '', 'Public Contracts Scotland shows 214 care-at-home tenders published this year, up from 170. The market\'s moving to frameworks faster than providers are ready for.'],
  ['linkedin', 'en', 'financial', 'Aberdeen team: our sealed tender for the Grampian cleaning framework went in at £2.94m over three years, below the 2023 figure, with the new rota model. Bids are opened on the 22nd. Fingers crossed and lips sealed, please.'],
  ['linkedin', 'en', 'phone', 'Our new Dundee office is open! Find us at 14 Seagate, or call 01382 904 773. Coffee machine is the good kind.'],
  ['linkedin', 'en', '', 'Scottish Living Wage for 2026/27 is £12.60 an hour and we\'re proud to pay it to every care worker, agency included. Accredited since 2019.'],
  ['linkedin', 'en', 'national_id', 'Audit query: pharmacy delivery records for CHI 0211715565 and CHI 2706442891 show two attempted deliveries but only one signature. Can the Dundee team check the paper log?'],
  ['linkedin', 'en', 'internal_url', `Post-mortem, referral hub outage 12 Feb (blameless, shared with permission):
- 09:14 health checks fail on hub-app-02.nhsref.internal
- 09:20 on-call confirms disk full on the logging volume
- 09:41 logs rotated, service back
Fix: log retention cut from 90 to 30 days; alert at 80% disk. Nobody lost a referral.`],
  ['linkedin', 'en', '', 'Post-mortem from our volunteer app outage last Saturday: a certificate expired, and the reminder went to the inbox of someone who left in May. Fix: alerts now go to a team mailbox, not a person. Boring, effective.'],
  ['linkedin', 'en', '', `Changelog, volunteer portal v2.6:
- Shift swaps no longer need coordinator approval
- Mileage claims accept photos of receipts
- Fixed: Welsh-language toggle forgetting itself on logout
- Dark mode, because Gwyn asked 14 times`],
  ['linkedin', 'en', 'secret', `Changelog v2.7 (internal notes pasted for the team):
- Rotated the SMS gateway key, new one: kx7Qp2Lr9VzT4mWbN8cYd3Hs
- Rota exports now CSV and PDF
- Coordinators can bulk-message by postcode`],
  ['linkedin', 'en', 'internal_url', 'Incident review, pharmacy delivery scanners: the handhelds couldn\'t reach the route server at http://routes.depot.local:8080 after the router swap. Static route added, scanners back in 20 minutes, lesson learned about changing kit on a Friday.'],
  ['linkedin', 'en', '', 'Incident update: Thursday\'s outage of our public referral form was caused by a misconfigured CDN rule, not an attack. Status history is on status.brightwellmedical.co.uk. Sorry to every GP practice that had to fax us.'],
  ['x', 'en', '', '🧵 What eight years of writing public sector bids taught me (1/4): the evaluators are usually tired clinicians, not procurement robots. Write for the person reading bid 23 of 31 at 9pm.'],
  ['x', 'en', '', '(2/4) Social value isn\'t a paragraph, it\'s a plan with numbers. "We\'ll hire 3 local apprentices in year 1" beats "we are committed to our community" every single time.'],
  ['x', 'en', 'financial', '(3/4) and don\'t undercut yourself. we\'re going in at £1.9m for the Swansea framework lot next week, about 6% under what we\'d like, and I already regret it. (don\'t tell my MD I tweeted that)'],
  ['x', 'en', '', '(4/4) Finally: read the feedback letter when you lose. Ours last year said "price was competitive, quality answers lacked evidence." That one sentence rebuilt our whole library.'],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 00:01 THURSDAY 15 JANUARY
New partnership brings 24/7 mental health crisis cafés to three Welsh towns. Draft release attached for comms sign-off; quotes from the chief executive still to come.`],
  ['linkedin', 'en', '', 'Our crisis cafés launched this morning in Bangor, Caernarfon and Pwllheli, open 6pm to 2am, no referral needed. The press embargo lifted at midnight and the phones haven\'t stopped since. Thank you to every volunteer.'],
  ['linkedin', 'en', 'confidential_marker', 'TLP:AMBER: a phishing campaign is targeting housing association finance teams with fake invoice portals. Indicators shared with members of the regional security group only; please don\'t repost the domains publicly.'],
  ['linkedin', 'en', '', 'We publish our cyber advisories as TLP:CLEAR so any housing provider can reuse them. This week: the fake "Universal Credit verification" texts doing the rounds in Bristol.'],
  ['linkedin', 'en', 'confidential_marker', `Classification: OFFICIAL-SENSITIVE
Subject: winter pressures escalation
Bed occupancy at 97% across both acute sites. Decant plan for Ward 4 to be confirmed by 16:00. Not for onward sharing.`],
  ['linkedin', 'en', '', 'Fun fact for new starters: most of what the public sector writes is classed OFFICIAL, the lowest tier of the government security classifications. It\'s not a badge of secrecy, it just means "handle sensibly".'],
  ['linkedin', 'en', 'confidential_marker financial', `COMMERCIAL IN CONFIDENCE
Pricing schedule, community dental lab framework, Lot 1
Crowns: £68.40 | Dentures (full): £142 | Repairs: £24
Validity 90 days from submission. Submit by 14 Feb.`],
  ['linkedin', 'en', '', 'Unpopular opinion: "Confidential" in a subject line gets an email opened faster, not handled more carefully. We\'re running a session on what classification labels actually mean, Thursday at 2.'],
  ['linkedin', 'en', 'confidential_marker', `SUBJECT TO NDA
Draft heads of terms for the shared pharmacy hub with two neighbouring trusts. Please return comments to me only; the other parties haven't seen this version.`],
  ['x', 'en', '', 'just signed my fourth NDA of the week for a supplier day. at this point my signature is legally binding on everything except my own diary'],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL USE ONLY
Staffing plan, Ward 9 reopening: 12 RNs, 8 HCAs, 1 ward manager. Recruitment campaign to go live only after the board paper on the 27th.`],
  ['linkedin', 'en', 'financial', 'Great news from the sales call this morning: our new community diagnostics kit will list at £11,900 per unit from 1 July. Trusts get the price letter in June, so until then the old list price is what we quote.'],
  ['linkedin', 'en', '', 'Our community diagnostics kit is on the NHS Supply Chain catalogue at £12,450 per unit, and that\'s the price all trusts see. No hidden discounts, no side letters.'],
  ['linkedin', 'en', 'financial', 'Turnover for the year to 31 December came in at £14.7m, up 18%. Accounts are filed with Companies House in the spring and the results are announced to staff at the conference, so keep it inside the finance team for now.'],
  ['linkedin', 'en', '', 'Our 2025 accounts are on Companies House: £12.5m turnover, £640k operating profit, every penny reinvested into our fleet. Proud of what a small NHS supplier can do.'],
  ['linkedin', 'en', 'financial', 'Board pack, slide 7 (draft, please don\'t screenshot): we\'re raising £3m at a £18m pre-money valuation. Term sheet isn\'t signed; the lead investor wants it kept quiet until completion.'],
  ['linkedin', 'en', '', 'Congrats to the team at Medisync, who announced their £6m Series A this morning. Huge for Welsh health-tech.'],
  ['linkedin', 'en', 'financial', 'Honest update: we\'re losing about £38k a month on the patient transport contract with the trust. Nobody outside the exec knows yet and we\'re raising it at the contract review on the 4th, before anything goes to the board.'],
  ['linkedin', 'en', 'financial', 'Procurement team, quick win to celebrate quietly: we got the cleaning contract down from £705k to £612k a year through the mini-competition. The award isn\'t on Contracts Finder yet, so no shout-outs on LinkedIn until it is. (Yes, I see the irony.)'],
  ['linkedin', 'en', '', 'The council\'s cleaning contract award is now on Contracts Finder: £612k a year for three years, to a local social enterprise. Great result for the town.'],
  ['linkedin', 'en', 'financial', 'Sealed bids for the former Penrhyn Road depot open on the 9th. Our offer is £2.35m, funded from the development reserve. Please don\'t discuss it with the agents, who are still ringing round.'],
  ['linkedin', 'en', '', 'The Penrhyn Road depot site sold at auction yesterday for £2.6m; the result was announced by the council this morning. We bid and lost, and honestly, good luck to the buyer with that drainage.'],
  ['linkedin', 'en', 'financial', 'Our forecast for the year is a £640k deficit. Trustees see it on Thursday, and it\'ll only go into the annual report once they\'ve agreed a recovery plan. Until then, managers only.'],
  ['linkedin', 'en', 'financial', 'Pipeline for Q3, for the sales meeting (don\'t forward): eight framework call-offs worth £9.2m in total, of which we think £3.1m is likely. None of the buyers have published yet.'],
  ['linkedin', 'en', 'financial', 'Provisional, subject to cabinet on 3 March: the contract extension for the recycling fleet would be worth £1.15m for the extra two years. Please don\'t mention it to the operator until the decision is published.'],
  ['linkedin', 'en', 'financial', 'Between these four walls: the bid for the mental health advocacy contract went in at just under two and a half million pounds over five years. Result in April.'],
  ['linkedin', 'en', 'financial', 'Planning numbers for the crisis café pilot: we\'ve been allocated somewhere between £420k and £460k for the first year. The health board will make the announcement, not us, so please don\'t share anything until they do.'],
  ['linkedin', 'en', '', 'Framework notice for community equipment services published today: estimated total value £120m across four lots, eight years. Bidders\' day is 6 February. Full notice on Find a Tender.'],
  ['linkedin', 'en', '', 'Teaching our graduate trainees how to score a tender: quality 60%, price 40%. If the lowest bid is £800k and yours is £1m, your price score is 40 × 0.8 = 32. Then we argue about the quality marks for an hour.'],
  ['linkedin', 'en', '', 'NHS England has set out £1.3bn for community diagnostic centres nationally. Whatever you think of the policy, that\'s a lot of MRI scanners to procure.'],
  ['linkedin', 'en', '', 'Our annual report is out: £8.1m income, 72% from public contracts, 19% from grants and 9% from fundraising. Every figure is audited and it\'s all on our website.'],
  ['linkedin', 'en', '', 'Our charity shop in Llandeilo made £31,000 last year from donated books alone. Turns out the town reads a lot of crime novels.'],
  ['linkedin', 'en', 'phone', 'So sorry about the missed delivery, Mr Pritchard. Could you ring our equipment helpdesk on 0345 266 8190 with the order number? They can book a same-day slot if it\'s a hospital discharge.', { surface: 'comment' }],
  ['linkedin', 'en', 'email', 'Hi Karen, thanks for raising this. Please send the photos of the damp to repairs@tawevalleyhousing.org.uk with your address in the subject line, and we\'ll get a surveyor out this week.', { surface: 'comment' }],
  ['linkedin', 'en', '', 'Hi Karen, thanks for raising this. Please use the "report a repair" form on our website or the tenant app, and add photos of the damp; we\'ll get a surveyor out this week.', { surface: 'comment' }],
  ['linkedin', 'en', 'email phone', 'Thanks for the kind words about our volunteers, Dave! If you\'d like to join them, my colleague Ffion Jenkins runs inductions: ffion.jenkins@bridgendcarers.org.uk or 01656 815 402.', { surface: 'comment' }],
  ['linkedin', 'en', '', 'Good question, Sam. The framework is open to SMEs; the tender documents are on Sell2Wales under reference SW-2026-1187, and the clarification deadline is 30 January.', { surface: 'comment' }],
  ['linkedin', 'en', 'financial', 'Hi Tom, I can\'t say much publicly but our price for the new service won\'t be more than £18.50 a week, and the letter to families goes out next month with the exact figure.', { surface: 'comment' }],
  ['x', 'en', '', '@tenant_voice thanks, we\'ve passed this to the repairs team. If the boiler\'s completely off and you\'ve got young kids at home, please use the emergency option on our website so it\'s prioritised.', { surface: 'comment' }],
  ['x', 'en', 'phone', '@gwen_r sorry to hear that! Our out-of-hours repairs line is 0800 029 4471, it\'s free from mobiles too. 🙏', { surface: 'comment' }],
  ['linkedin', 'en', 'email', 'Thanks Amir. Our procurement team\'s inbox is tenders@northgatecommunitytrust.org.uk, and they\'ll add you to the supplier list for the next catering round.', { surface: 'comment' }],
  ['linkedin', 'en', '', 'Thank you, Mrs Evans. I\'ve passed your comments about the day-centre menu to the kitchen team, and they\'ve promised rice pudding will return on Fridays.', { surface: 'comment' }],
  ['linkedin', 'en', 'phone', 'Out of office until 6 January. For anything urgent about the community equipment contract, call our duty manager on 0161 496 0754 or my colleague Ravi on +44 (0)7700 900 318.'],
  ['linkedin', 'en', 'phone', 'New switchboard for all three of our hospices from Monday: 029 2018 0456. The old numbers redirect until Easter.'],
  ['linkedin', 'en', 'phone', 'Edinburgh pop-up advice sessions every Wednesday in the Leith library. Drop in, or book a slot on 0131 496 0415.'],
  ['x', 'en', 'phone', 'our freephone donation line is 0808 157 0192 if you\'d rather not give online 💙 thanks for an amazing appeal night'],
  ['linkedin', 'en', 'phone', 'Wrexham supplier day: if you\'re stuck in traffic or can\'t find the venue, ring the events team on (01978) 292 140.'],
  ['linkedin', 'en', 'phone', 'Sharing for a volunteer who\'s moving to Ireland: if any of our Dublin partners want a superb befriending coordinator, her number is +353 87 214 5590 and she\'d love a call.'],
  ['linkedin', 'en', '', 'Our advice line has answered 12,481 calls this year and 94% were picked up within two minutes. If you need us, the number is on the back of every rent statement.'],
  ['linkedin', 'en', '', 'Pharmacy deliveries in the Highlands cover 2,300 square miles and 112 villages. Our longest round is 214 miles. Our shortest involves a ferry.'],
  ['x', 'en', '', 'hot take: every council website should have the phone number on the homepage, not five clicks deep behind a chatbot'],
  ['linkedin', 'en', '', 'Reminder to our drivers: if you\'re first on scene at a road accident, call 999 (or 112, same thing), then your supervisor. The vehicle can wait.'],
  ['linkedin', 'en', '', 'Our hospice at home service is now in its 10th year. 1,872 families supported, 24 nurses, 7 days a week. What a team.'],
  ['linkedin', 'en', 'email', 'Press enquiries about the new crisis cafés: media@valleysmind.org.uk, and we\'ll get back to you the same day.'],
  ['x', 'en', 'email', 'looking for a mentor in public procurement? I\'m happy to help a couple of people this year. email me: owen.bevan @ penrhosservices.co.uk (spaces to confuse the bots)'],
  ['linkedin', 'en', 'email', 'Invoices for the framework call-off should go to accounts.payable@acme-corp.net, quoting the PO number, not to individual buyers.'],
  ['linkedin', 'en', '', 'Every council supplier invoice should quote a PO number. No PO, no pay, and that\'s not us being difficult, it\'s the scheme of delegation talking.'],
  ['linkedin', 'en', 'email', `Hi all, pasting the chair's reply here for the record:
"From: Helen Moss <helen.moss@hafanhousing.org.uk>
Thanks, approved. Please go ahead with the tenant survey in February."
So, February it is.`],
  ['linkedin', 'en', '', 'Our tenant survey for February has 32 questions, and for once we actually removed some. Results will be shared with every tenant in April, as they were last year.'],
  ['linkedin', 'en', 'iban', 'To our suppliers: Glyndŵr Meals Ltd has changed banks. New details, effective 1 March: NatWest, sort code 56-72-08, account 91759851, IBAN GB30 SRLG 5672 0891 7598 51. Please ring us to confirm before your first payment.'],
  ['linkedin', 'en', 'iban', `Paste from the supplier set-up form (sorry, wrong window!):
Payee: Penrhos Services Ltd
IBAN: GB52 BUKB 0563 8459 2555 10
BIC: BUKBGB22
Ref: PO 44817`],
  ['linkedin', 'en', 'iban', 'For our Irish supporters who\'ve asked how to give by bank transfer: our euro account is IE62 AIBK 9311 5240 7182 63 (AIB). Please use your surname as the reference so we can send a thank-you.'],
  ['x', 'en', 'iban', 'can someone in finance check this, supplier says payment bounced: GB98 BARC 7070 0411 7329 36 is what we\'ve got on file'],
  ['linkedin', 'en', '', 'Training slide we use for finance apprentices: a UK IBAN is GB, two check digits, a four-letter bank code, the six-digit sort code and the eight-digit account. The ECBS example GB82 WEST 1234 5698 7654 32 is the one to practise on.'],
  ['linkedin', 'en', '', 'Our new supplier portal now refuses IBANs with a bad check, like GB11 MIDL 4110 7290 8268 38 which a supplier typed in on Monday. One bounced payment fewer.'],
  ['linkedin', 'en', 'iban card', `Tidying up the petty cash folder and found this on a sticky note, so sharing it in the team chat so it doesn't get lost:
Council p-card 5369 9180 9643 3997 (exp 11/27)
Refund to: GB06 RBOS 2782 3663 3951 04`],
  ['linkedin', 'en', '', 'Donate by bank transfer: sort code 00-00-00, account 00000000 is what our old leaflet said, because the designer used placeholders and nobody noticed for three years. The new leaflet is correct and on our website.'],
  ['x', 'en', 'card', 'lol just pasted the church hall booking card into the wrong chat. 4601 8783 3561 8108, exp 04/27, CVV on the back. cancelling it now, nothing to see here'],
  ['linkedin', 'en', 'card', 'For the catering order for Saturday\'s volunteer thank-you lunch, the caterer asked for the card over email. I\'ve sent them: Amex 3714 817410 64540, exp 02/28, name on card NORTHGATE COMM TRUST.'],
  ['linkedin', 'en', 'card', 'Note for the Swansea office: the fuel card for van 3 is 2221 7187 4033 9854, PIN in the safe. Please log every fill-up on the sheet.'],
  ['linkedin', 'en', '', 'Card fraud warning for volunteers: if someone phones claiming to be from our charity and asks for a card number ending 4040, hang up. We\'ll never ask for card details over the phone.'],
  ['linkedin', 'en', '', 'Our card readers now take contactless donations up to £100. Fun fact: the first one went to a four-year-old with a very determined £1 coin, who preferred cash.'],
  ['linkedin', 'en', 'national_id', `Hi payroll, one more for this month's run please:
Name: Lowri Davies
Start date: 6 January
NI: CP 13 22 60 D
Tax code 1257L`],
  ['linkedin', 'en', '', 'Onboarding checklist for new care workers: P45 or starter checklist, National Insurance number, right-to-work check, DBS. If you haven\'t got your NI number yet, you can still start work; HMRC will catch up.'],
  ['linkedin', 'en', 'national_id', 'Equipment request, please expedite: patient Mr D. Pugh, NHS no. 679 303 7218, DOB 03/04/1946, bariatric commode and perching stool for discharge tomorrow.'],
  ['linkedin', 'en', 'national_id email', `Referral forwarded from the GP surgery for the falls prevention group:
Patient: Mrs R. Thomas
NHS number: 554-626-0890
Referrer: dr.sian.hughes@nhs.net
Notes: two falls in 6 weeks, lives alone`],
  ['linkedin', 'en', '', 'NHS numbers are 10 digits, the last one a check digit calculated with modulus 11. Test data from NHS Digital starts with 999, so an NHS number like 999 000 0000 in a spreadsheet is fake by design.'],
  ['linkedin', 'en', 'national_id', 'For the EU settlement scheme appointment, paperwork is sorted for our volunteer Kasia. PESEL 88051445335 copied into the form and her share code is on the way.'],
  ['linkedin', 'en', 'national_id', `Claimant list for the hardship fund panel (please check before it goes to the trustees):
- Ms A. Ryan, PPSN 3049127B, moved from Cork last year
- Mr P. Byrne, NI number EN 42 21 74 C`],
  ['linkedin', 'en', '', 'Our payroll team caught a new starter\'s NI number written as "AB 12 34 56 F". The F gives it away, because NI numbers only end in A to D.'],
  ['x', 'en', '', 'the US SSN on the old wallet-card ads, 078-05-1120, was apparently used by thousands of people in the 1940s. our data protection training has the best trivia'],
  ['linkedin', 'en', 'codename', `Stand-up notes, Tuesday:
- Orion: interface spec with the GP system supplier agreed, testing from 2 March
- Kestrel cutover plan still waiting on estates
- Recruitment: two analysts start Monday`],
  ['x', 'en', 'codename', 'three days of Project Kestrel workshops and I now dream in floor plans. the new depot will be lovely, eventually'],
  ['linkedin', 'en', 'codename', 'Quiet milestone: Nébula now feeds discharge data straight into the community equipment orders, so the bed is at the door before the patient is. Still pilot-only, still the best thing I\'ve worked on.'],
  ['linkedin', 'en', 'codename', 'Looking for a business analyst (fixed term, 12 months) to join the Atlas Bleu programme team in Cardiff Bay. £42,000–£48,000. DM me for the role profile.'],
  ['linkedin', 'en', '', 'Kestrel House, our new office in Merthyr, is open! Named after the birds that nest on the old colliery headframe next door, and it has the best view of any car park in Wales.'],
  ['linkedin', 'en', '', 'Kit review for our outdoor volunteers: the Kestrel handheld weather meter survived two winters on the Brecon Beacons litter picks. Wind speed, temperature, and apparently fall-proof.'],
  ['x', 'en', '', 'Orion Health were at the digital health expo with a very shiny stand. Our stand had biscuits. We\'ll see who gets more leads 🍪'],
  ['linkedin', 'en', '', 'My daughter\'s atlas homework this week: name every Welsh county and its main river. I got 19 out of 22 and I work for a Welsh council. Humbling.'],
  ['linkedin', 'en', 'codename', `Retro from the Orion pilot, for the programme board:
Went well: GP adoption (14/14), referral turnaround down from 6 days to 2
Didn't: training material arrived late
Next: extend to the 22 practices in the east cluster`],
  ['linkedin', 'en', 'client_name', 'Quick win on a Friday: the team at Initech signed off our revised cleaning schedule for their Reading distribution centre. Seven months of trial runs, one very patient site manager.'],
  ['x', 'en', 'client_name', 'best bit of my week: Hôpital Sainte-Claire\'s pharmacy team sent us a thank-you card in three languages for the delivery robots 🤖💐'],
  ['linkedin', 'en', 'client_name', 'Our occupational health nurses are at the Globex site in Swindon every Tuesday now. Flu jabs, health checks and, on request, biscuits.'],
  ['linkedin', 'en', 'client_name', 'Account review notes: Société Générique wants to extend the print contract to Glasgow but only if we can match the current response times. Decision at their March ops meeting.'],
  ['linkedin', 'en', '', 'Lesson from a Lyon trip: the French word "générique" turns up on every pharmacy shelf, because a médicament générique is just a generic medicine. Our procurement team now wants to rename everything.'],
  ['linkedin', 'en', '', 'Visited St Clare\'s Hospice this week to deliver the new profiling beds. The gardens are tended by volunteers aged 17 to 91, and it shows.'],
  ['linkedin', 'mixed', 'client_name', 'Merci to the whole team at Hôpital Sainte-Claire for the warm welcome in Lyon! Our trays are tracked, les infirmières sont ravies, and I ate far too much cheese. À bientôt.'],
  ['linkedin', 'mixed', 'email', 'Bonjour à nos partenaires français! For the twinning project between our Swansea wards and the hospital in Rennes, please write to partenariat@swanseabayhealth.org.uk. On parle un peu français, promis.'],
  ['linkedin', 'mixed', '', 'Petit récap of our exchange visit with a hospice in Brittany: same pressures, same tea rota, different biscuits. Nous avons beaucoup appris about volunteer-led bereavement support.'],
  ['linkedin', 'mixed', 'confidential_marker', `CONFIDENTIEL – NE PAS DIFFUSER
Note for the French partner board: the steering group recommends pausing the nurse exchange until the funding letter arrives. Please do not share outside the board.`],
  ['linkedin', 'en', 'secret', 'Guest Wi-Fi for the supplier day at the Guildhall: network GUILDHALL-EVENTS, key 7rS!2026-supplier. It resets at midnight.'],
  ['linkedin', 'en', '', 'Wi-Fi at the supplier day will be the venue\'s open network; no password needed, but please don\'t do your banking on it.'],
  ['linkedin', 'en', 'secret', 'Quick fix for the kiosk at the front desk: log in as kioskadmin, password Ystrad-Fawr_19, then reboot. If that doesn\'t work, ring me.'],
  ['linkedin', 'en', 'secret internal_url', 'For the on-call rota: the monitoring dashboard is http://grafana.ops.internal:3000 (admin / Pengam!Pump4). Please don\'t change the alerts without telling Dafydd.'],
  ['x', 'en', '', 'public service announcement: "Password123" is not a password, it\'s a cry for help. run your phishing tests, colleagues'],
  ['linkedin', 'en', 'secret', `Power Automate flow for the volunteer sign-up form posts to this Teams webhook, in case anyone needs to rebuild it:
https://northgatetrust.webhook.office.com/webhookb2/7c1f02e9-3a51-4d18-9e8e-0f6b2a91c4d7@a93b6e21-5f2c-4e7a-b4a0-3d9e1c77f012/IncomingWebhook/e83f5a0b9c2d47e1a6f4b8d2c3e91f70/4b9d2c71-8e4a-4f3b-a9d6-5c2e1f7b0a83`],
  ['linkedin', 'en', '', `Config template for the new volunteer portal (values come from the key vault, never from the file):
API_KEY=\${VAULT_API_KEY}
SMTP_PASSWORD=\${VAULT_SMTP_PASSWORD}
Anything else in this file is a bug.`],
  ['linkedin', 'en', 'secret', 'Emergency access for the grants portal while Sarah\'s off: shared login finance-grants, password Tenby.Harbour.88. Change it when she\'s back, please.'],
  ['x', 'en', '', 'Stripe\'s docs use sk_test_XXXXXXXXXXXXXXXX in every example and every year someone on our team asks if that\'s "the real one". no. it\'s not.'],
  ['linkedin', 'en', 'internal_url', 'Tender evaluation scores are in the shared workbook at \\\\fs01.council.corp\\procurement\\2026\\lot2-evaluation.xlsx. Moderation meeting Tuesday at 10.'],
  ['linkedin', 'en', 'internal_url', 'Volunteer managers, the new rota template is at http://172.16.40.22/rota/template.xlsx. Please stop using the 2019 one.'],
  ['linkedin', 'en', 'internal_url', 'The housing register dashboard moved: it\'s now https://reports.intranet.hafanhousing.org.uk/register. Bookmark it; the old link dies on Friday.'],
  ['linkedin', 'en', '', 'Our housing register statistics are published every quarter on the council\'s open data portal, at data.valeofusk.gov.uk. 4,210 households waiting, 38% for one-bed homes.'],
  ['x', 'en', '', 'intranet migration day 3. 900 pages moved, 412 of them called "Copy of Copy of Policy FINAL v2". send biscuits'],
  ['linkedin', 'en', '', 'After 19 years at the council, today is my last day. I started as a temp in the post room and leave as head of procurement. Thank you to every supplier who made the tender process less painful than it had to be. Diolch o galon.'],
  ['linkedin', 'en', 'phone email', 'Last day today! From Monday I\'m at the housing association down the road. For anything about the framework, please contact my successor Nia Rowlands: nia.rowlands@valeofusk.gov.uk, 01633 644 812.'],
  ['linkedin', 'en', '', 'Live from the NHS Confed expo: the procurement session was standing room only. Biggest message: the new Procurement Act means more transparency notices, not fewer. Buyers, brace yourselves.'],
  ['x', 'en', '', 'live from the grant panel: 38 applications, £250k to give, 4 hours. I\'ve had six coffees. the youth theatre bid made me cry'],
  ['linkedin', 'en', '', 'Tip for small charities applying for council grants: ring the grants officer before you apply. Ten minutes on the phone saves you writing a bid for a fund you\'re not eligible for.'],
  ['linkedin', 'en', '', 'Our volunteer coordinators\' top tip: never send a rota as an attachment. Put the shifts in the body of the email, because nobody opens attachments on a phone.'],
  ['x', 'en', '', 'procurement act go-live next month. if you work in public sector buying and you haven\'t read the new notices guidance yet, this is your sign'],
  ['linkedin', 'en', '', 'Service change: from April, bulky waste collections in our area move from free to £25 for up to three items, as agreed by cabinet in February and published in the fees and charges schedule.'],
  ['linkedin', 'en', 'financial', 'For the bulky waste team, ahead of the public launch: the new charge will be £25 for three items and £8 for each extra item. Cabinet agreed it last night but the press release isn\'t until the 20th, so please hold off telling residents.'],
]);
