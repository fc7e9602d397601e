import { rows } from './corpus-types';

/**
 * Held-out set "fresh39": written 2026-12-04 (about 15:10-16:05 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts (only the type check was).
 * `npx tsx scripts/score-checks.ts --only fresh39`.
 * First scored 2026-12-04 16:40 UTC on the rules of a305cad (after the fixes from fresh35 to fresh38), before any fix from
 * it: confidentiality macro F1 0.924, 3.6 % of clean posts flagged (4 of 111); national_id 0.621 (recall 0.450: EIN, PAN,
 * MyKad, Teudat Zehut, CURP, RFC, My Number, Medicare, PH TIN and SSS), secret 0.857, financial 0.868, phone 0.919,
 * confidential_marker 0.933, internal_url 0.963, the 5 others 1.000. On 6628170 (this session's first rules): 0.924 / 3.6 %;
 * on b1a418f: 0.917 / 3.6 %.
 *
 * Authors, mostly English-speaking employees (about 84 % of the posts in English, the rest French or mixed): a Houston
 * oilfield-services firm, a Columbus (Ohio) insurer, a Miami cruise-supply company, a Denver outdoor-gear brand, a Leeds
 * building society, a Newcastle offshore-wind installer, an Aberdeen subsea engineering firm, a Cork medical-device
 * maker, a Perth (WA) mining-drone start-up, a Hobart aquaculture firm, a Hyderabad pharma CRO, a Chennai auto-parts
 * exporter, a Manila BPO, a Kuala Lumpur e-wallet, a Tel Aviv cybersecurity firm, a São Paulo agritech and an Osaka
 * robotics firm (both writing in English), a Monterrey steel maker, a Montréal AI lab writing in both languages and a
 * Quebec City insurance mutual. Forms: proud team updates, pasted HR trackers, onboarding checklists, escalation notes
 * and incident summaries, chat messages pasted into the wrong window, a markdown table of contract labour, YAML and
 * connection-string snippets, a runbook line, a post-mortem, changelogs and release notes, customer-service replies
 * (surface 'comment'), job ads with published salary ranges, a live-post from a town hall and one from a trade show,
 * polls, a three-post X thread, goodbyes and a parental-leave note, supplier bank-detail notices and fraud warnings,
 * press-release drafts under embargo, security tips.
 *
 * Positives. Financial, in many ways of saying "not public yet": preliminary quarter revenue and margin before the
 * earnings date, a sealed bid before the envelopes open (USD, INR crore), a rate filing not yet filed, a plan that goes
 * to the board on Thursday (as a poll), a price rise before the customer letter, a retail price before the trade-show
 * reveal, a wholesale forecast for the board, a variable-rate cut and a savings-rate rise before members are told, a
 * capex budget pending approval, an investment under a press embargo, a Series A and pre-money valuation before the
 * exchange release or the signature, ARR before the round closes, payment volume for a roadshow, an internal revenue
 * target, a pipeline not shared outside leadership, an export price before the expo, a write-down before the half-year
 * results, an EBITDA estimate before audit, a steel list price before distributor letters, a lifetime programme value
 * before the customer's letter, a grant confirmed but not yet announced, a surplus not yet shown to the board, a budget
 * approved last night, order intake live-posted from a town hall. Phones in US, UK, Irish, Australian (including the
 * 13 11 14 hotline and an 1800 line), Indian, Malaysian, Israeli, Brazilian, Mexican, Japanese and Canadian formats,
 * toll-free lines and an extension ("poste"). Emails: named employees, personal Gmail, role mailboxes (complaints@,
 * courtage@, partenariats@, ap@, ambassadors@, early.careers@) and one "[at] [dot]" obfuscation. Secrets mostly without
 * vendor formats: Wi-Fi and service-account passwords, YAML and MQTT-URL credentials, an SFTP password, an ADO.NET connection string, a sticky-note VPN password, a bearer JWT, a hex API key, a Slack webhook,
 * made-up merchant, Hugging Face-style and Discord-style tokens. Internal URLs: the policy's corp.acme.com and acme-corp.net, an intranet.
 * host, .internal, .local and .corp hosts, private IPs in 10/8, 172.16/12 and 192.168/16 (alone or in a config).
 * National ids, each checked with a throwaway script outside the repo: US SSN (area, group and serial rules) and EIN
 * (IRS prefix), UK NINO (prefix rules), Irish PPSN (mod 23 letter), Australian TFN (mod 11 weights) and Medicare
 * (weighted check digit, IRN), Aadhaar (Verhoeff), Indian PAN (fourth letter P, fifth the surname initial), Philippine
 * SSS and TIN by format, Malaysian MyKad (date and state code), Israeli Teudat Zehut (Luhn-style), Brazilian CPF (two mod
 * 11 digits), Mexican CURP (check digit over the 17 characters) and RFC with its homoclave check digit, Japanese My
 * Number (weighted mod 11), Canadian SIN (Luhn). IBANs (mod 97, exact length): GB, IE, DE, NL, IL, BR and FR with its RIB
 * key. Cards (Luhn): Amex, Visa, Mastercard 5- and 2-series, JCB, RuPay. Confidential markers: CONFIDENTIAL - DO NOT
 * DISTRIBUTE, Classification: Internal / Restricted, TLP:AMBER, TLP:RED, COMPANY CONFIDENTIAL, EMBARGOED UNTIL…, an
 * embargo line on a press note, [INTERNAL], [CONFIDENTIAL], Confidential - Internal Use Only, CONFIDENTIAL - BOARD ONLY,
 * SOUS NDA, CONFIDENTIEL, INTERNE. Codenames and clients of the policy in their project and customer sense, once as a
 * lower-case git branch name (orion-gripper).
 *
 * Look-alikes (labelled clean): published results, statutory filings, annual and sustainability reports, public list
 * prices, other organisations' figures (an association, a central bank, a crop agency, industry bodies, a developer's
 * contract award), job-ad salary ranges, a charity total announced on stage, a personal loan, a teaching NPV example;
 * emergency numbers 911, 999 and 000, VHF channels, an order number and a part number; an X handle and a bare domain;
 * the sample IBAN from the banks' documentation (GB29 NWBK…), an IBAN with wrong check digits, a masked FR IBAN, Stripe's
 * 4242 card, a card failing Luhn; the 1938 wallet-card SSN, HMRC's QQ NINO, the ATO's sample TFN, a specimen SIN, a SIN
 * and an Israeli id failing their check, a masked Aadhaar and one starting with 1, a repeated-digit CPF, the SAT's
 * generic RFC, an all-zero MyKad, a My Number failing its check digit; AWS's EXAMPLE key, Slack's all-zero webhook,
 * USER:PASSWORD placeholders, "password" and "mot de passe" in a sentence; 172.32.0.1, the 203.0.113.10 documentation
 * address, a firmware version 10.4.2.1, an intranet mentioned without a host; TLP:CLEAR, a TLP explainer, a novel, a paper
 * title and training slides that mention "confidential", "classification" or "embargo"; the constellation and nebula of
 * Orion, NASA's Orion capsule, a kestrel, Atlas Copco, the Nebula Awards, CME Globex, Société Générale, the film Office
 * Space and a chapel of Sainte-Claire.
 *
 * Conventions: every written address is email, every written phone number is phone (emergency short numbers are not);
 * a password in a connection string is secret, its host is internal_url only when private or under an internal name;
 * financial only for the company's own figure with a sign it is not public yet; iban, card and national_id only for
 * numbers that pass their checks; markers only for explicit labels.
 *
 * COUNTS: 252 posts (211 EN, 22 FR, 19 mixed; 210 LinkedIn, 42 X; 11 comments): 111 clean, 141 flagged (20 with two
 * or more categories). Labels: financial 27, phone 20, national_id 20, secret 16, confidential_marker 15, email 13,
 * internal_url 13, client_name 11, codename 10, iban 9, card 7.
 */
export const FRESH39_POSTS = rows('fresh39', [
  // Houston oilfield services
  ['linkedin', 'en', 'financial', `Proud of the Midland coil-tubing crews this quarter: 214 days without a recordable 💪

Small teaser for the district only: preliminary Q4 revenue for Permian lands at $84.7M with a 23.1% operating margin. Finance locks the numbers on Jan 20 and the street hears them on Feb 4, so keep it in the family until then.`],
  ['linkedin', 'en', '', `Redfish Well Services reported full-year revenue of $1.31 billion in this morning's earnings release, up 11% on last year. The full deck is on our investor relations page. Every one of those dollars was earned by someone standing on a location at 5am. Thank you.`],
  ['x', 'en', 'phone', `Rig 14 crew: yard gate is locked after 6pm all week. Coming in late? Call Darnell's cell (832) 417-6093 and he'll buzz you in. Do NOT climb the fence again, Kyle.`],
  ['linkedin', 'en', 'secret internal_url', `Anyone else fighting WITSML feed timeouts on older rigs? Here's the collector block that finally behaved for us:

  endpoint: https://witsml.ops.redfish.internal/store
  username: witsml_reader
  password: P3rmian_Dust!44
  poll_seconds: 30

Going from 15 to 30 seconds on the poll fixed 90% of the drops.`],
  ['linkedin', 'en', 'national_id', `Welcome aboard to our newest MWD field engineer! 🎉

Onboarding checklist (copied from the HR tracker):
- Name: Trey Whitfield
- Start: Mon 01/12, Odessa yard
- SSN: 529-47-3816
- I-9: verified
- PPE: L coveralls / size 11 boots`],
  ['linkedin', 'en', '', `Security awareness moment: in 1938 a wallet maker printed a sample card with the SSN 078-05-1120 on it, and thousands of people ended up using it as their own. Eighty years later we still get forms filled in with numbers copied off the internet. Never type a real SSN into a field that isn't encrypted, and never into a chat.`],
  ['x', 'en', '', `Hurricane prep at the Channelview yard is done. If anything happens on site, call 911 first and your site lead second. Stay safe, Houston.`],
  ['linkedin', 'en', 'financial', `Late night in the bid room 🌙 We just uploaded our offer for the Gulf of Mexico plug-and-abandonment campaign: $38.4M over three years, 41 wells. The envelopes open on the 18th and nobody outside the six of us knows the number, so wish us luck.`],
  ['linkedin', 'en', 'national_id', `Vendors and AP contacts: our W-9 changed after the merger closed. The new legal entity is Redfish Well Services Holdings LLC, EIN 76-3049182. Please update your records before you send December invoices.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem: frac-van data loss, Dec 2 (shared for the lessons, not the blame)

1. The edge logger at 172.20.14.9 filled its disk at 02:10.
2. The disk alert went to a mailbox nobody reads since the reorg.
3. Nobody owned the retention job.

Fixes: disk alarms to the on-call phone, a named owner per logger, a weekly restore test. We lost 6 hours of pressure data and learned a lot.`],
  ['x', 'en', '', `TIL 172.32.0.1 is NOT a private address. The private block stops at 172.31.255.255. Spent an hour on a firewall rule because of that one digit.`],
  ['linkedin', 'en', '', `After 17 years, today is my last day at Redfish. From roughneck in Odessa to running HSE for the Gulf Coast, I got to grow up here. Thank you to every driller, pumper and dispatcher who taught me something. You can always reach me on here.`],
  ['linkedin', 'en', 'email phone', `Last day at Redfish tomorrow! It's been a ride. Let's stay in touch: my personal email is dwayne.ortega71@gmail.com and my cell stays the same, 281-639-0457. Come find me at the crawfish boil in April.`],
  ['linkedin', 'en', '', `Took my kids to Space Center Houston to see the Orion capsule mock-up for Artemis II. As someone who works on pressure control for a living, the heat shield talk had me hooked for an hour.`],
  ['x', 'en', '', `Not my job to hedge diesel, but I've been watching WTI futures on CME Globex all morning like it's a football game.`],
  ['x', 'en', '', `Our Houston Food Bank drive raised $18,250 and Redfish matched it to $36,500, as announced at Friday's cook-off. Y'all are the best.`],

  // Columbus insurer
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL - DO NOT DISTRIBUTE
Q3 combined ratio review
- Personal auto: 104.2%
- Homeowners: 97.8%
- Proposed statewide auto rate filing: +8.5% effective April 1 (not yet filed with the Department of Insurance)

...and that was supposed to go to the Teams channel, not my feed. Deleting.`],
  ['linkedin', 'en', '', `We're hiring! Senior Claims Adjuster, Columbus OH (hybrid). Salary range $68,000 - $84,000 plus annual bonus and a pension match. Apply through the careers page on our website; we read every application.`],
  ['linkedin', 'en', 'email', `Agents: the new commercial lines submission inbox is live as of today. Please send ACORD forms and loss runs to commercial.submissions@sciotoins.com. The old fax line is officially retired (pour one out).`],
  ['linkedin', 'en', 'phone', `Our catastrophe team is on the ground after last night's hailstorm in Dublin and Hilliard. Policyholders can reach the 24/7 claims line at 1-800-746-2285 or file from the app with photos. We're adding adjusters all week.`],
  ['x', 'en', '', `Hail season reminder: storm-chasing contractors knocking on your door are not your insurer. We will never ask for your Social Security number on your porch.`],
  ['linkedin', 'en', 'client_name', `Big milestone for our specialty lines team: we've just bound the cyber tower for Initech's US subsidiaries, our largest cyber placement to date. Huge credit to underwriting and to our broker partners.`],
  ['linkedin', 'en', '', `Friday movie club picked Office Space again. Initech's TPS reports still hit way too close to home for anyone who has ever processed a claim form in triplicate.`],
  ['linkedin', 'en', 'internal_url', `Adjusters, the reserve calculator is finally out of beta 🎉 Bookmark https://reserves.corp.acme.com/calc, it pulls the policy limits and deductibles for you. Feedback to the claims tech channel.`],
  ['linkedin', 'en', '', `@Marjorie Hill so sorry for the wait on your claim. For your privacy please don't post your policy number or any ID here. Send us a direct message and someone from the property team will call you back today.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Quick poll for my commercial auto underwriters 📊

Next year's plan has us writing $612M in premium, up from $540M this year. The plan goes to the board on Thursday and you'll hear it officially after that, but I'm curious:
▢ Realistic
▢ Stretch
▢ Call me crazy`],
  ['linkedin', 'en', 'secret', `Friendly reminder from your neighbourhood DevOps person: connection strings do not belong in Teams. Like the one I found this morning:

Server=sqlclaims01;Database=Claims;User Id=svc_claims;Password=Hocking*River2026;

It's rotated now. Please use the vault.`],
  ['linkedin', 'en', '', `Our 2025 Community Impact Report is out: 11,000 volunteer hours and $2.4 million donated to central Ohio nonprofits. Proud to work somewhere that shows up for its city.`],
  ['linkedin', 'en', 'national_id', `Hi Tom, I found your policy. For verification I have SSN 412-63-0985 on file, can you confirm that's still correct? Feel free to DM me if you'd rather.`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret', `Can someone tell me why our claims API keeps returning 401? Request header below, token copied straight from Postman:

Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtY2xhaW1zIiwiZXhwIjoxNzk4NzYxNjAwfQ.3nQv8Rk2pT5wXz9LmB7cY1hF6dJ0sGaE4uKoVi`],
  ['linkedin', 'en', '', `Lunch-and-learn takeaway: a JWT is signed, not encrypted. Paste one into a decoder and you'll read the payload in plain text. So never put anything in there you wouldn't print on a postcard.`],
  ['linkedin', 'en', '', `Our Q3 statutory statement is filed and public: net premiums written of $1.02B and a combined ratio of 99.1%. Anyone can pull it from the state filing database. Underwriting discipline pays.`],

  // Miami cruise supply
  ['linkedin', 'en', 'iban', `Notice to our European partners: Biscayne Ship Supply's euro account for Mediterranean port deliveries has moved. From 1 February please pay invoices to IBAN DE66 3704 0044 6725 2860 01 (Commerzbank, Cologne). As always, confirm any bank change with your account manager by phone before paying.`],
  ['linkedin', 'en', '', `⚠️ Fraud alert: customers are receiving emails "from us" saying our bank changed, quoting GB29 NWBK 6016 1331 9268 19. That's the sample IBAN printed in the banks' own documentation, and we have not changed banks. Call your rep before paying anything.`],
  ['linkedin', 'en', 'card', `lol wrong window. Context: I was messaging our purchasing coordinator.

"hey can you rebook the Nassau provisions on the corporate Amex 3738 164324 58386, exp 09/27, same as last time? thx"`],
  ['linkedin', 'en', 'financial', `Heads-up for the sales floor before Monday's call: fresh produce contract prices go up 6.5% for all cruise lines from March 1. Customers get the letter on the 15th, so no hints in any conversation before that.`],
  ['linkedin', 'en', '', `The Florida-Caribbean Cruise Association says cruise tourism brought $9.7 billion into the region last year. Every one of those sailings needs fresh bread loaded at 4am, and that's where our night crew comes in 🍞⚓`],
  ['linkedin', 'en', 'codename client_name', `Kickoff today for Project Kestrel: a cold-chain tracking pilot with Globex on three ships sailing out of PortMiami. First sensors go live in two weeks and the dashboards already look great.`],
  ['x', 'en', '', `An American kestrel was hunting over the container stacks at Port Everglades this morning. Smallest falcon in North America, biggest attitude on the dock.`],
  ['linkedin', 'en', 'secret', `For anyone building reefer alarms: our temperature sensors POST straight to Slack. Endpoint we use: https://hooks.slack.com/services/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 with the sensor JSON as the body. Took 20 minutes to set up.`],
  ['linkedin', 'en', '', `Docs tip: Slack's own examples use https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX. Copy the shape, not a real URL, and keep your real one in a secret store.`],
  ['x', 'en', '', `Shoutout to the Coast Guard: one of our delivery boats lost power off Key Biscayne, one call on VHF channel 16 and they were alongside in 20 minutes.`],
  ['linkedin', 'en', '', `Spoke on a Seatrade panel alongside people from Société Générale and two Miami banks about financing greener ship provisioning. Lots of good questions about cold-chain emissions.`],
  ['linkedin', 'en', 'phone', `Hi Captain Ruiz, sorry about the missing pallet. Our after-hours provisioning desk can sort it tonight: +1 305 842 6615, ask for the duty coordinator.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Proud of the warehouse team: order #4500218734 was our millionth case shipped to a cruise line this year. Cake in the break room at 3.`],

  // Denver outdoor gear
  ['linkedin', 'en', '', `Switchback is hiring a Product Line Manager, Footwear (Denver, CO). Pay range for this role: $112,000 - $138,000 base, posted per Colorado's Equal Pay for Equal Work Act, plus a gear allowance you'll actually use.`],
  ['linkedin', 'en', 'financial', `Sneak peek for the Golden store team only: the new Alpine 45 pack will retail at $289 when we reveal it at the January trade show. Until then it's just "a new pack", ok? 😉`],
  ['linkedin', 'en', '', `The Alpine 45 is live on our site at $289 and the first batch sold out in 40 minutes. Thank you for the love, more coming in March.`],
  ['linkedin', 'en', 'secret', `Welcome to everyone volunteering at this weekend's sample sale! Warehouse Wi-Fi is SWB-Warehouse and the password is Flatirons#1984. Please don't hand it out to shoppers, the registers run on it.`],
  ['x', 'en', '', `Best trail advice I ever got: the password to a great hike is leaving before sunrise. See you at Chautauqua.`],
  ['linkedin', 'en', '', `Our "Leave it better" trail day raised $41,300 for the Colorado Fourteeners Initiative, as we announced on stage Saturday. Thank you to the 300 volunteers who showed up in the snow.`],
  ['x', 'en', 'financial', `can't say much but the FW27 wholesale forecast we're taking to the board next week is 1.9M units, +30%. nervous and excited`],
  ['linkedin', 'en', 'confidential_marker codename', `EMBARGOED UNTIL 6:00 A.M. MT, FEBRUARY 3
Project Kestrel: Switchback's first fully recycled down jacket, 800-fill, made from reclaimed bedding.
(Draft press note, please don't repost.)`],
  ['linkedin', 'en', '', `The import embargo on certain down suppliers is reshaping sourcing across outdoor. We moved to traceable European down two years ago and it's paying off now.`],
  ['linkedin', 'en', 'card', `Customer service confession: a customer once typed their full card number into our chat, 5356 6047 2215 6500, to "speed things up". We deleted it within minutes. Please never do that anywhere.`],
  ['x', 'en', '', `Checkout QA day. If you see 4242 4242 4242 4242 in the logs, relax, it's Stripe's test card.`],
  ['linkedin', 'en', 'email', `Athletes and storytellers: applications for the 2027 Switchback ambassador team are open. Send us your story and your best trail photo at ambassadors@switchbackoutfitters.com by January 31.`],
  ['x', 'en', '', `1/ How we torture-test our tents before they see a campsite 🧵`],
  ['x', 'en', '', `2/ Six hours in a wind tunnel at 70 mph, then 200 zip cycles per door. If a pole cracks we redesign, we don't re-spec.`],
  ['x', 'en', '', `3/ Then the real test: staff take them to the Maroon Bells in October. Nothing beats a Colorado hailstorm for finding weak seams.`],
  ['x', 'en', '', `Follow @SwitchbackGear for trail conditions every Friday morning.`],
  ['linkedin', 'en', '', `Hi Jess! So sorry your zipper gave out on the trail. Our warranty covers that. Send us a DM with your order number and a photo and we'll make it right.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Finally paid off my student loans today: $46,800 over nine years. To everyone early in their career, here or anywhere: it's possible, one paycheck at a time.`],

  // Leeds building society
  ['linkedin', 'en', '', `Our half-year results are out: mortgage balances up 4.2% to £3.1bn, and we paid savers £42m more in interest than the market average. The full statement is on our website. Mutuality works.`],
  ['linkedin', 'en', 'national_id', `Escalation notes from this morning (complaints huddle):
Member: Mrs P. Greaves
NI number: JT 48 62 91 C
Issue: ISA transfer delayed 19 days
Outcome: apology + £150 goodwill approved`],
  ['linkedin', 'en', '', `Fraud tip from the branch team: HMRC will never text you asking to confirm your National Insurance number. The QQ 12 34 56 C you see in guidance leaflets is a dummy, precisely so nobody copies a real one.`],
  ['linkedin', 'en', 'iban', `Hi Carol, the refund of £312.40 has now been sent to GB12 BARC 2000 0089 6213 59 as you asked, it should land within two working days. Sorry again for the hassle.`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker financial', `Classification: Internal
Board pack extract: proposed 0.25% cut to the standard variable rate from 1 March, saving members an estimated £7.4m a year. Not to be communicated before rate-change letters go out on 3 February.`],
  ['linkedin', 'en', '', `Still thinking about the 999 call a colleague made last week when a member collapsed at our Otley branch. Ambulance in eight minutes, member recovering. Do the first-aid course, everyone.`],
  ['linkedin', 'en', 'email', `Mortgage brokers in West Yorkshire: want the new product guide before it goes on the website? Drop a line to broker.desk [at] airevalleybs [dot] co [dot] uk and we'll send it over.`],
  ['linkedin', 'en', 'internal_url', `Branch colleagues: the new mortgage illustration tool lives at https://intranet.airevalleybs.co.uk/illustrate now. The old bookmark is dead, please update it.`],
  ['linkedin', 'en', '', `Our intranet got a makeover this week and I can finally find the holiday request form on the first try. Small wins, big smiles.`],
  ['linkedin', 'en', 'financial', `Easy Access Saver goes up to 4.10% from the 14th 🎉 Members get told on the 7th, so hush until then, branch teams.`],
  ['linkedin', 'en', 'email', `Hi Graham, sorry to hear about your experience at the branch. Please email complaints@airevalleybs.co.uk with your member number and we'll look into it within 5 working days.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Poll for the Leeds office: best lunch near Wellington Place?
▢ Bundobust
▢ Trinity Kitchen
▢ Laynes
▢ Sad desk salad`],

  // Newcastle offshore wind
  ['linkedin', 'en', 'codename', `Jack-up vessel mobilised on the Tyne for Orion phase 2 monopile installs 🌊 First foundation goes in next week if the weather window holds. Proud of the marine team.`],
  ['x', 'en', '', `Clear skies on the Northumberland coast last night: Orion rising right over the Blyth turbines. Best office view in England.`],
  ['linkedin', 'en', 'phone', `Marine coordination change from Monday: all vessel movements go through the Port of Tyne marine desk on VHF channel 12 or +44 191 455 7380 (24h). No more WhatsApp groups for movements, please.`],
  ['linkedin', 'en', '', `The developer published the award this week: the East Anglia Three installation contract, around £300m, went to a competitor. Congratulations to them. We'll be back on the next one.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
AIS spoofing observed near our export cable route last night between 01:00 and 03:30, vessel names falsified. Details shared with the maritime ISAC. Do not share beyond partner organisations.`],
  ['x', 'en', '', `We've published our TLP:CLEAR advisory on GNSS jamming in the southern North Sea. Free to share, please do.`],
  ['linkedin', 'en', 'secret internal_url', `SCADA historian migration finally done. Sharing the snippet that worked for us in case it saves someone a weekend:

historian:
  host: 10.12.8.40
  user: hist_ro
  pass: Tynemouth-Pier-62
  timeout: 20

Now on to alarm mapping.`],
  ['linkedin', 'en', '', `Changelog v2.3 of our open-source turbine-access planner:
- tide windows now pulled from the official tidal predictions
- fixed a crash on 29 February
- the config reads DB_PASSWORD from the environment instead of the file
Contributions welcome on GitHub.`],
  ['linkedin', 'en', 'email', `Fancy a career offshore? Our graduate scheme opens on Monday. Questions to early.careers@tyneoffshore.co.uk, and yes, you'll get seasick at least once.`],
  ['x', 'en', 'financial', `Live from our town hall: CEO just told us Q4 order intake is £96m, best quarter ever. Results announcement isn't until March but the room went nuts 🎉`],
  ['linkedin', 'en', '', `Supplier tip from our accounts team: when a "new bank details" letter arrives, call the number you already have on file for that supplier, never the one printed on the letter.`],

  // Aberdeen subsea
  ['linkedin', 'en', 'secret internal_url', `Runbook snippet for the ROV telemetry bridge, in case it helps another team:
broker: mqtt://rov_ops:Dyce-Ctd-9931@192.168.50.12:1883
Restart the bridge first, then the logger, never the other way round.`],
  ['linkedin', 'en', '', `Docs habit worth stealing: in every sample config we publish, we write mqtt://USER:PASSWORD@broker.example.com:1883 and never the real thing. It took one leaked screenshot years ago to learn that.`],
  ['linkedin', 'en', 'client_name', `Pleased to share that Granite Subsea will carry out the flexible riser inspections on Société Générique's North Sea assets for the next two seasons. Great work by the tender team.`],
  ['linkedin', 'en', 'phone email', `New in Aberdeen and need a pressure test done? Our Dyce workshop takes walk-in jobs. Ask for Morag: morag.keith@granitesubsea.co.uk or 07712 604 381.`],
  ['x', 'en', '', `Aberdeen weather today: horizontal. ROV pilots: still smiling.`],
  ['linkedin', 'en', 'financial', `First draft of the 2027 tooling refresh budget is in: £2.35m capex, pending board approval on 12 February. I'm fighting hard for the new torque tools to stay in.`],
  ['linkedin', 'en', '', `Lunch-and-learn on project NPV today. Worked example: a £1m ROV upgrade that saves £300k a year for five years, discounted at 8%, gives an NPV of about £198k. Bring sandwiches and a calculator.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Lessons learned - umbilical termination failure, Field X, October campaign.
Distribution: Subsea Engineering only.
Summary: torque spec misread on the termination head, two days of vessel time lost.`],
  ['x', 'en', '', `Finished Graham Greene's "The Confidential Agent" on the Aberdeen-London sleeper. Recommend, especially at 3am somewhere past York.`],
  ['linkedin', 'en', 'iban', `Supplier notice: Granite Subsea Ltd has moved its sterling account. Please pay to GB34 HBUK 4012 7678 6785 33 from invoice 2401 onwards. We will never change bank details by email alone.`],
  ['linkedin', 'en', '', `Live from Offshore Europe 🎤 Decommissioning panel: OEUK expects around £21bn of North Sea decom spend over the next decade. Massive opportunity for inspection and cutting tools.`],
  ['linkedin', 'en', '', `Our website got a refresh: granitesubsea.co.uk. Case studies, careers, and a very satisfying ROV video.`],
  ['linkedin', 'en', '', `We're hiring ROV Supervisors in Aberdeen: £55,000 - £70,000 plus offshore allowance, 3-on/3-off. Apply on our careers page.`],

  // Cork medical devices
  ['linkedin', 'en', 'national_id', `Note for payroll, copied out of my onboarding doc: new starter Aoife Brennan, PPSN 3153684Q, starts 5 Jan on Line 3 cleanroom, gowning training booked.`],
  ['linkedin', 'en', '', `Revenue's myAccount sign-up asks for your PPSN, and scammers know it. If a text asks you for it with a link, delete it. Our IT team will never ask either.`],
  ['linkedin', 'en', 'confidential_marker', `COMPANY CONFIDENTIAL
Design review minutes, catheter tip v4
- Bond strength failing at 37°C after 48h soak
- Root cause TBD, adhesive lot under suspicion
- Next review 14/01`],
  ['linkedin', 'en', '', `Our FDA 510(k) clearance for the new guidewire is public today! Years of work by R&D, quality and regulatory. The summary is on the FDA database if you're curious.`],
  ['linkedin', 'en', 'phone', `Cork runners! Our 5k for the hospital children's fund is on the 22nd. Registration questions: call or WhatsApp Ciarán on 087 913 4470.`],
  ['linkedin', 'en', 'iban', `Hi Declan, thanks for sorting the credit note. Please use IE26 BOFI 9000 1703 3670 83 for the refund, that's our operating account.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Phishing email today claimed our bank account changed to IE64 AIBK 9311 5266 0856 20. The check digits don't even work. Report these to IT, don't reply.`],
  ['linkedin', 'en', 'confidential_marker financial', `EMBARGO: NOT FOR RELEASE BEFORE 07:00 IST, 15 JANUARY
Lee Valley Medical to create 240 jobs in Cork with a €45m investment in a new catheter plant.`],
  ['linkedin', 'en', 'iban email', `AP colleagues: the resin supplier confirmed on a call that their sterling account is still GB15 NWBK 6016 1329 7408 85. The email saying otherwise was fraud. Anything suspicious, forward to ap@leevalleymedical.ie.`],
  ['linkedin', 'en', 'codename', `Project Kestrel verification builds passed sterilisation validation today, three lots, zero failures. Next gate: the usability study in February.`],

  // Perth mining drones
  ['linkedin', 'en', 'national_id', `Contractor onboarding form (forgot this post was public, deleting soon):
Name: Jackson Tait
TFN: 218 722 475
Super: AustralianSuper
Induction: Newman, 3 Feb`],
  ['linkedin', 'en', '', `Every payroll training deck uses the ATO's sample TFN, 123 456 782. If a number in a screenshot is real, blur it. We do that in all our tutorials now.`],
  ['x', 'en', 'financial', `Term sheet signed 🚁 A$14M Series A at A$62M pre. Not announced till the ASX release next Thursday so keep it between us for now. Whole team earned this.`],
  ['linkedin', 'en', 'phone', `Mine-site pilots: if you lose link anywhere in the Pilbara, call the remote ops centre on +61 8 9226 4170 before doing anything else. Stick it on your controller.`],
  ['x', 'en', '', `Reminder: in Australia it's 000 for emergencies, not 911. Had to explain that to a visiting US engineer on site yesterday 😅`],
  ['linkedin', 'en', 'codename', `Atlas Bleu flight trials update: 42 autonomous sorties over the Newman pit this week without a single manual takeover. Next stop: night flights.`],
  ['linkedin', 'en', '', `Visited Atlas Copco's Perth service centre today to talk compressor integration for our ground stations. Great people, great coffee.`],
  ['linkedin', 'en', '', `We're hiring drone pilots in Perth! A$105k - A$125k plus super and FIFO allowance. CASA ReOC experience a plus.`],
  ['linkedin', 'en', 'secret', `Weather API for the flight planner finally works. Our config line: WX_API_KEY=9c41e7b2d05f4a8e96b3c17d2f80ae55 (free tier, be nice to it).`],

  // Hobart aquaculture
  ['linkedin', 'en', 'national_id', `Incident report for Tuesday's boat injury (pasting the summary so the ops team has it):
Worker: R. Cusick
Medicare: 2785 90711 1, IRN 3
Taken to Royal Hobart Hospital, discharged same day, back on light duties Monday.`],
  ['linkedin', 'en', '', `Our FY results are out: 21,400 tonnes harvested and revenue of A$402m, exactly as reported to the ASX this morning. Proud of the farm teams through a brutal summer.`],
  ['linkedin', 'en', 'financial', `Pricing note for the export team: sashimi-grade price to Japan moves to A$24.80/kg from the April shipment. Distributors hear it at Seafood Expo, so keep it quiet till then.`],
  ['linkedin', 'en', 'phone', `Boaties on the D'Entrecasteaux Channel: if you spot a torn net or escaped fish, call our 24h environmental line on 1800 337 482. Every call gets logged and followed up.`],
  ['x', 'en', 'phone', `Winter on the farm is tough. If you need to talk, Lifeline is 13 11 14, any hour. Look after each other.`],
  ['linkedin', 'en', 'internal_url', `Feed barge operators: the new camera dashboard is at http://feedcam.derwent.local/barge2. Works on the barge network only, not from home.`],
  ['linkedin', 'en', '', `ABARES figures put Tasmanian salmon production at over A$1.3 billion last year. A lot of that is early mornings on cold water.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL - BOARD ONLY
Macquarie Harbour lease exit: estimated write-down of A$27m, to be disclosed with the half-year results in February.`],
  ['linkedin', 'en', '', `Poll: what should we name the new feed barge?
▢ Big Bertha
▢ Salmon Run
▢ The Derwent Queen
▢ Bargey McBargeface`],
  ['linkedin', 'en', '', `Journalists keep asking why our results drop at 9:30 sharp. ASX rules: no early copies, no embargo games, everyone gets the numbers at the same time.`],

  // Hyderabad CRO
  ['linkedin', 'en', 'national_id', `Volunteer registration for the BE study closes Friday! Walk in to our Gachibowli site with ID.
(note to self, remove before posting: vol 14, Aadhaar 7297 4088 5894, screening OK)`],
  ['linkedin', 'en', '', `Reminder for volunteers: at screening we only need your masked Aadhaar (XXXX XXXX 1234 style). Never share the full number over WhatsApp, not even with us.`],
  ['linkedin', 'en', 'client_name', `Thrilled that Hôpital Sainte-Claire chose Deccan Clinical Research as its Indian site partner for the Phase II cardiology study. First patient in by March!`],
  ['linkedin', 'en', 'phone email', `Hiring CRAs in Hyderabad (Gachibowli), 2-5 years' experience. Send your CV to Priya Menon in HR at priya.menon@deccancro.in or call +91 98490 27316.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Protocol deviation summary, site 03
- 7 minor
- 1 major: dosing window exceeded by 40 minutes
CAPA owner: QA. Please discuss in Thursday's review, not in email.`],
  ['x', 'en', '', `PAN-Aadhaar linking deadline is this week, folks. Use the official income tax portal, never a link someone forwards you.`],
  ['linkedin', 'en', 'financial', `Our bid for the sponsor's three-country PK programme went in today: INR 46.5 crore. Result after their steering committee in February. Fingers crossed 🤞`],
  ['linkedin', 'en', 'secret internal_url', `EDC integration note for data management: nightly exports go by SFTP to 10.8.1.45, user dm_upload, password Charminar#88. Files land by 02:00.`],
  ['linkedin', 'en', '', `Fun fact for the pharmacology nerds: the Charminar was built in 1591, reportedly to mark the end of a plague. Public health roots run deep in Hyderabad.`],
  ['linkedin', 'en', 'iban', `European sponsors paying in EUR: please use our correspondent account, IBAN NL78 INGB 1600 9495 69 (ING Amsterdam). Swift details on the invoice.`],

  // Chennai auto parts
  ['linkedin', 'en', 'national_id', `For the vendor code creation please use my details: S. Raghavan, PAN BQWPR4821M, GST certificate as per the attached. Thanks!`],
  ['linkedin', 'en', '', `Export update: Coromandel shipped 1.2 million brake calipers in FY25, as stated in our annual report. Next stop: Mexico.`],
  ['linkedin', 'en', 'financial', `Huge win for the Oragadam plant: we've been nominated for a 2028 EV axle programme, lifetime value around ₹780 crore. The press release waits for the customer's nomination letter, so keep LinkedIn quiet for now 😄`],
  ['linkedin', 'en', 'card', `Hi team, for the Stuttgart trade-fair booth deposit please use the company Visa 4314 1649 2620 4634, expiry 11/27. CVV is with finance.`],
  ['x', 'en', '', `Got an SMS saying my card 4314 1649 2620 4635 was "blocked". Not my number, doesn't even pass the checksum. Scammers are getting lazy.`],
  ['linkedin', 'en', 'national_id', `Contract labour list - Plant 2 (for the gate register)
| Name | Aadhaar | Shift |
| M. Selvam | 8213 5978 6789 | A |
| K. Durai | 7336 6085 6209 | B |`],
  ['linkedin', 'en', '', `Found an Aadhaar "number" 1234 5678 9012 in a test database. Aadhaar numbers never start with 0 or 1, and the Verhoeff check digit catches most typos. Validate your inputs.`],
  ['linkedin', 'en', 'phone', `Off on parental leave from Monday 🍼 For anything urgent on the export accounts, please call my colleague Divya on +91 94440 61827.`],
  ['linkedin', 'en', '', `Part number 4587-2231-0098 is the most counterfeited brake pad in the aftermarket. Here's how to spot a fake: weight, edge chamfer and the laser mark.`],
  ['linkedin', 'en', 'client_name', `Container of 40,000 seat brackets left Chennai port this morning for Initech's Ohio assembly line. Our first order from them, shipped two days early.`],
  ['linkedin', 'en', 'card', `Booking the dealer-meet venue in Pune for January: please charge the RuPay card 6521 5407 0620 2969, exp 10/27, and send the invoice to accounts.`],

  // Manila BPO
  ['linkedin', 'en', '', `We're hiring 120 Customer Service Associates in Ortigas! ₱22,000 - ₱28,000 monthly plus night differential and HMO from day one. Walk-in interviews Monday to Saturday.`],
  ['linkedin', 'en', 'client_name', `Night shift Tier 2, you smashed it: 94% CSAT on the Globex account in November! Pizza on me Friday.`],
  ['x', 'en', '', `PhilHealth, SSS and Pag-IBIG contributions are all updated on the payslip portal. Questions go to your TL, not the group chat.`],
  ['linkedin', 'en', 'national_id', `BIR 2316 reminder: check your TIN on the form. Mine had a typo last year (it should read 214-683-950-000) and it took months to fix.`],
  ['x', 'en', '', `Night shift gang: signal no. 3 over Metro Manila. If it's unsafe to travel, stay home, your TL will understand. Emergency? Dial 911.`],
  ['linkedin', 'en', 'confidential_marker client_name', `[CONFIDENTIAL] Initech account - attrition report, November
Attrition: 14.2%
Top reason: schedule changes
Action: fixed rest days pilot from January`],
  ['linkedin', 'en', 'national_id', `Hi Joy, I checked: your contribution for SSS no. 33-9472015-8 was posted on Nov 28. It may take a week to show in your online account.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Interview tip for applicants: we will never ask you to pay for training or share your bank PIN. Our only official recruitment channel is the careers page on our website.`],

  // Kuala Lumpur e-wallet
  ['linkedin', 'en', 'national_id', `KYC escalation, copied from the ticket for context: user uploaded MyKad 860923-14-5271 but the selfie doesn't match, auto-rejected. Can someone review manually?`],
  ['linkedin', 'en', '', `If you think you've been scammed: use the Report button in the app and contact your bank's fraud line straight away. Never, ever give your TAC to anyone.`],
  ['linkedin', 'en', 'secret', `Merchants integrating our QR API: you do NOT need to share your signing key with support. One merchant pasted this into a ticket today: msk_live_7Hq2Vb9KxR4pTn6Wc8Zy3Ld1. Rotated now, but still.`],
  ['linkedin', 'en', 'financial', `Between us and the board: total payment volume for November hit RM1.86bn (unaudited). That's the headline number for the Series C roadshow in January.`],
  ['x', 'en', 'phone', `Our customer care hotline is +60 3-2789 4410, 8am to 10pm daily. We will never call you asking for your PIN.`],
  ['linkedin', 'en', '', `Bank Negara's figures show e-wallets in Malaysia processed RM162 billion last year. We're just getting started.`],
  ['linkedin', 'en', '', `The sample MyKad in our onboarding wireframes reads 000000-00-0000. Designers: please don't use your own IC in mockups, we've seen it happen.`],
  ['linkedin', 'en', '', `KLPay 5.8.0 changelog:
- split bills with up to 20 friends
- faster DuitNow QR scanning
- fixed: PIN screen flicker on older Android phones`],
  ['linkedin', 'en', '', `Hi Amir, we'll never ask for your TAC or PIN by phone. Please report that number through the app so we can block it. Thanks for warning others!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `For engineers writing our public docs: 10.x, 172.16-31.x and 192.168.x are private ranges, so every screenshot in the docs uses 203.0.113.10, an address reserved for documentation. Please keep it that way.`],

  // Tel Aviv cybersecurity
  ['linkedin', 'en', 'confidential_marker', `TLP:RED
IOC list from this week's incident at a logistics customer. C2 infrastructure rotates every 6h, hashes attached. Do not forward.
(Posted to the wrong place, removing.)`],
  ['linkedin', 'en', '', `Quick explainer for new analysts: TLP:RED is for named recipients only, TLP:AMBER stays in the organisation, TLP:GREEN goes to the community, TLP:CLEAR is public. Print it, stick it on your monitor.`],
  ['linkedin', 'en', 'secret', `Pentest story: found the CFO's VPN password on a sticky note under the keyboard, "Yafo!Sunset2025". Still active when we tested it. Report in progress, lesson forever.`],
  ['linkedin', 'en', '', `Our annual threat report is out: 38% of initial access in our incident-response cases last year came from stolen credentials. Download it free from our site.`],
  ['x', 'en', 'phone', `Under attack right now? Our IR hotline is +972 3-762 5580, 24/7, Hebrew and English.`],
  ['linkedin', 'en', 'iban', `Israeli vendors: our shekel account changed after the bank merger. New IBAN IL15 0108 0013 9024 8843 056. Any email telling you otherwise is phishing, call us.`],
  ['linkedin', 'en', 'codename', `Nébula detection engine, beta numbers: 14 design partners, zero false positives on our golden set. Can't wait to show more.`],
  ['linkedin', 'en', '', `Our CTF this year hid the flag behind a fake AWS key, AKIAIOSFODNN7EXAMPLE. 60% of players tried to use it anyway 😂`],
  ['linkedin', 'en', 'national_id', `Onboarding for our new Haifa analyst: Tal Peretz, ת.ז 268008869, laptop and YubiKey ready Monday.`],
  ['x', 'en', '', `Input validation 101: 123456789 is not a valid Israeli ID, it fails the check digit. Our forms rejected 2,300 of those last month.`],
  ['linkedin', 'en', 'financial', `ARR crossed $48M this week 🎉 We'll talk about it publicly once the round closes, so for now it's an internal milestone. Proud of this team.`],
  ['linkedin', 'en', '', `After six years at Sheket I'm moving on to build something new. Grateful for every 3am incident call and every bad coffee. Not goodbye, just lehitraot.`],
  ['x', 'en', '', `Thanks for flagging! We've reached out via DM.`, { surface: 'comment' }],
  ['linkedin', 'en', 'internal_url', `New SOC shift pattern starts Sunday. The runbook is on https://wiki.acme-corp.net/soc/shifts, read it before your first night so handovers stay clean.`],

  // São Paulo agritech
  ['linkedin', 'en', 'national_id', `Producer onboarding is now 100% digital! Example record from today: farmer João Batista, CPF 033.558.203-69, 1,200 ha of soy in Sorriso. Signed in 9 minutes.`],
  ['linkedin', 'en', '', `PSA for devs: the CPF 111.111.111-11 passes a naive checksum but Receita Federal treats repeated digits as invalid. Reject them explicitly.`],
  ['linkedin', 'en', 'iban', `International buyers paying in BRL: our account at Caixa is IBAN BR56 0036 0305 0000 1044 5901 717P 1. Always confirm on a video call before the first payment.`],
  ['linkedin', 'en', 'financial', `Pipeline review today: R$63M in qualified opportunities for the 2026/27 harvest. Not shared outside the leadership team yet. If half of it closes we double.`],
  ['x', 'en', '', `Conab's latest estimate puts Brazil's soy crop at 166 million tonnes. Wild number. Our sensors cover a tiny slice of it, for now.`],
  ['linkedin', 'en', 'phone', `Farmers in Mato Grosso: our field support WhatsApp is +55 65 99634-2187. Portuguese, English or Spanish.`],
  ['linkedin', 'en', 'card', `Travel desk: please use the corporate Mastercard 5583 1416 4926 2041 for the Agrishow booth, exp 08/27. Receipts to me.`],
  ['linkedin', 'en', '', `The Radar Agtech Brasil report counts 1,953 agtech startups that raised US$2.3bn. We're one of them! Full report on Embrapa's site.`],

  // Monterrey steel
  ['linkedin', 'en', 'national_id', `New hires at the Guadalupe mill: bring your CURP printout on day one. For reference, mine looks like this: GAML850314HNLRRS07.`],
  ['linkedin', 'en', '', `On invoices to walk-in customers we use the SAT's generic RFC XAXX010101000, never a person's own RFC. Small detail, big audit headache if you get it wrong.`],
  ['linkedin', 'en', 'national_id', `Freelancers registering on our supplier portal: fill the RFC field exactly like this, no spaces. Mine is GAML850314K77.`],
  ['linkedin', 'en', 'financial', `Sales team: our HRC list price goes to US$890/t on January 5. Distributor letters go out December 20, not a day earlier.`],
  ['linkedin', 'en', '', `CANACERO reports Mexico produced about 16 million tonnes of crude steel last year. Proud to be a small part of that from Monterrey.`],
  ['x', 'en', 'phone', `Truck drivers: new scale house in Apodaca is open 24h. Call +52 81 8346 2290 before arriving with an oversized load.`],
  ['linkedin', 'en', 'confidential_marker financial', `Confidential - Internal Use Only
Q4 EBITDA estimate: US$62M (before audit) vs US$55M plan. Scrap rate down 1.8 pts.`],
  ['linkedin', 'en', '', `Our 2025 sustainability report is out: 28% less CO₂ per tonne since 2018. Proud of every shift that made it happen.`],

  // Osaka robotics
  ['linkedin', 'en', 'national_id', `HR asked everyone to submit their My Number for the year-end adjustment. Do it through the HR portal, NOT by email. (I almost emailed mine, 0593 6042 2610, to the wrong Tanaka-san...)`],
  ['linkedin', 'en', '', `Big day in Osaka: our NR-7 cobot arm launched at iREX at a list price of ¥3.2 million. Pre-orders are open on our website.`],
  ['linkedin', 'en', 'financial', `Target for FY2027 shared at today's kick-off, not yet announced to investors: ¥14.5 billion revenue, 60% overseas. Let's go!`],
  ['linkedin', 'en', 'phone', `Visitors to our Kadoma factory: please call reception on 06-6909-3318 when you reach the gate and someone will walk you in.`],
  ['linkedin', 'en', 'internal_url', `Firmware folks: nightly builds moved to https://builds.naniwa.internal/nr7/nightly. The old Jenkins is read-only from today.`],
  ['x', 'en', '', `Firmware 10.4.2.1 for the NR-7 is out, release notes on our site. Fixes the joint-3 drift many of you reported.`],
  ['linkedin', 'en', 'card', `Booking the Hannover Messe hotel: company JCB 3508 8680 8205 2250, name on card NANIWA ROBOTICS, exp 03/28. Travel desk please confirm.`],
  ['linkedin', 'en', '', `Demo data in our HR app uses the My Number 1234 5678 9012, which fails the check digit on purpose. Never test with real employee numbers.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu hand-eye calibration now converges in 3 minutes instead of 20. Demo at Monday's all-hands, bring questions.`],
  ['x', 'en', 'secret', `note to self: shared CAD folder pw is Dotonbori_77 now, ask IT to change it again in March`],
  ['linkedin', 'en', '', `Reading the Nebula Award shortlist on the flight back from Tokyo. Sci-fi recommendations welcome, robots preferred.`],
  ['x', 'en', 'codename', `merged the orion-gripper branch into main, nightly demo build goes out tomorrow. 14 months of work in one PR 😮‍💨`],

  // Montréal AI lab
  ['linkedin', 'fr', 'national_id', `Pour le formulaire de bourse, j'ai envoyé mon NAS (253 381 644) par courriel… je sais, je sais. Faites mieux que moi : passez par le portail sécurisé.`],
  ['linkedin', 'mixed', '', `Petit rappel RH / HR reminder : le NAS 046 454 286 qu'on voit dans les exemples du gouvernement est un spécimen. Never send your real SIN by email.`],
  ['linkedin', 'fr', 'codename', `Grosse semaine pour l'équipe Orion : notre modèle de résumé clinique passe enfin sous les 3 % d'hallucinations sur notre jeu de test interne. Bravo à tout le monde!`],
  ['linkedin', 'mixed', 'financial', `Our Series A is on track: 22 M$ at a 95 M$ pre-money, annonce officielle après la signature en janvier. Chut 🤫`],
  ['linkedin', 'fr', '', `Soirée astronomie au Mont-Mégantic avec l'équipe : la nébuleuse d'Orion à l'œil nu, sans pollution lumineuse. Magique.`],
  ['linkedin', 'en', 'secret', `Reminder to myself and everyone: the lab's HF token in the shared notebook was hf_pQ7rTz3KmN8vLx2BwY5cJd9FsH4gA6eRt. Yes, I revoked it. Use environment variables.`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau cluster GPU est accessible via https://slurm.labo.corp/jupyter. Demandez vos accès à l'équipe infra, pas à moi 🙂`],
  ['linkedin', 'mixed', 'email', `Nouvelle adresse pour les demandes de partenariat / new address for partnership requests: partenariats@mile-end-ia.ca`],
  ['x', 'fr', 'confidential_marker client_name', `SOUS NDA — résultats préliminaires du benchmark avec Globex, ne pas diffuser.`],
  ['linkedin', 'en', '', `NeurIPS paper accepted! "Confidential Computing for Federated Clinical NLP" — preprint on arXiv next week. Thanks to my co-authors.`],
  ['linkedin', 'mixed', 'secret internal_url', `Pour ceux qui débarquent au labo : Wi-Fi interne "MEIA-Staff", mot de passe Fairmount&StViateur2026. The printer is at 192.168.1.40, bonne chance.`],
  ['linkedin', 'fr', '', `Pour nos ateliers publics, le mot de passe du Wi-Fi invité est affiché à l'accueil. Venez nombreux jeudi!`],
  ['x', 'mixed', 'client_name', `Grosse journée : premier modèle en prod chez Société Générique. Proud of this team!`],
  ['linkedin', 'fr', 'email phone', `Étudiant·es intéressé·es par un stage d'hiver : écrivez à Geneviève Roy, genevieve.roy@mile-end-ia.ca, ou appelez-la au 514 868-3021.`],
  ['linkedin', 'mixed', '', `Bilan de l'année / Year in review: 14 papers, 3 open-source models, 2 babies born in the team. Merci à tous, thanks everyone!`],
  ['x', 'mixed', 'confidential_marker', `Draft du rapport annuel — CONFIDENTIEL — do not circulate before the steering committee.`],
  ['linkedin', 'mixed', '', `Leçon de notre formation sécurité / security training takeaway: écrire "confidentiel" dans l'objet d'un courriel ne protège rien. Encrypt it.`],
  ['linkedin', 'mixed', '', `Pour les devs / for devs: le NAS 123 456 789 échoue la validation Luhn, parfait pour vos tests unitaires.`],
  ['linkedin', 'mixed', 'codename client_name', `Kickoff Nébula × Hôpital Sainte-Claire aujourd'hui : on déploie notre triage assisté à l'urgence en mars. Huge milestone!`],
  ['linkedin', 'mixed', '', `Visite au Planétarium avec les stagiaires : Orion, la Grande Ourse, and a very sleepy PhD student.`],
  ['linkedin', 'mixed', 'email', `Questions sur la soumission à l'atelier / questions about the workshop submission: écrivez à iclr.workshop.meia@gmail.com`],
  ['x', 'mixed', 'internal_url', `Le dashboard de monitoring est de retour / monitoring is back: http://grafana.meia.local:3000`],
  ['linkedin', 'mixed', '', `On recrute ! Research Engineer, Montréal, 95 000 $ - 120 000 $ selon expérience, hybride. Postulez via notre page carrières.`],
  ['linkedin', 'mixed', 'secret', `Token du bot Discord du labo (oublié dans la démo, rotating now): MTE4NzY1NDMyMTA5ODc2NTQzMg.GhX7aP.qL9vT2mR8wZ4yK1nB6cF3dJ0sH5gE7uA`],
  ['linkedin', 'mixed', 'financial', `Subvention confirmée mais pas encore annoncée par le ministère : 4,5 M$ sur trois ans for our health-AI program. Annonce officielle le 15, d'ici là on se tait.`],

  // Quebec City insurance mutual
  ['linkedin', 'fr', 'phone', `Sinistrés du verglas : notre ligne d'urgence est ouverte jour et nuit au 1 866 523-4470. Un agent vous rappelle en moins de 24 h.`],
  ['linkedin', 'fr', 'financial', `Chiffres préliminaires, pas encore présentés au conseil : excédent de 31,4 M$ pour 2026 et une ristourne envisagée de 4 % aux membres.`],
  ['linkedin', 'fr', '', `Notre rapport annuel est en ligne : 1,2 G$ de primes souscrites en 2025 et une ristourne de 12 M$ versée aux membres. Merci à toute l'équipe!`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — Note de service
Le gel des embauches est prolongé jusqu'au 31 mars. Les postes déjà affichés restent ouverts.`],
  ['linkedin', 'fr', '', `En formation ce matin, on a parlé de classification des données : public, interne, confidentiel, secret. Savoir où va chaque document, c'est la base.`],
  ['linkedin', 'fr', 'national_id', `Réponse à un membre copiée de notre outil (pardon) : M. Gagnon, NAS 432 458 388, réclamation auto A-55821 approuvée, chèque envoyé.`],
  ['linkedin', 'fr', 'client_name', `Fiers d'assurer la flotte de véhicules de l'Hôpital Sainte-Claire à partir de janvier. Une belle marque de confiance.`],
  ['linkedin', 'fr', '', `Marche du midi jusqu'à la chapelle Sainte-Claire, dans le Vieux-Québec. Petite pause bien méritée avant la fin d'année.`],
  ['x', 'fr', 'email', `Les courtiers peuvent maintenant soumettre leurs dossiers à courtage@capdiamant.qc.ca`],
  ['linkedin', 'fr', 'iban', `À nos partenaires réassureurs français : les primes cédées sont désormais versées depuis notre compte en euros, IBAN FR76 3000 4008 1721 8722 4753 330.`],
  ['linkedin', 'fr', '', `Exemple d'IBAN dans notre guide membre : FR76 XXXX XXXX XXXX XXXX XXXX XXX. On ne publie jamais de vrais numéros.`],
  ['linkedin', 'mixed', 'financial', `Budget 2027 approuvé hier soir par le conseil : 18,6 M$ pour la refonte du portail membres. Announcement to members in February, d'ici là on garde ça pour nous.`],
  ['x', 'fr', '', `Tempête de neige à Québec : si vous êtes en danger, faites le 911. Pour le reste, notre appli de réclamation fonctionne 24/7.`],
  ['linkedin', 'fr', 'secret', `Rappel à l'équipe TI : le mot de passe du compte de service de sauvegarde (svc_backup) est maintenant Chateau-Frontenac!1893. Mettez vos scripts à jour.`],
  ['linkedin', 'fr', '', `Semaine de la cybersécurité : un bon mot de passe, c'est une longue phrase. Et jamais partagé sur LinkedIn 😉`],
  ['linkedin', 'fr', 'phone', `Bonjour Mme Tremblay, désolés pour l'attente. Votre dossier est prioritaire; vous pouvez joindre directement notre équipe au 418 644-1190, poste 2231.`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'card', `Pour réserver la salle du congrès, voici la carte corpo / corporate card: 2269 5617 2546 2538, exp 05/28.`],
  ['linkedin', 'mixed', '', `Le gouvernement a annoncé ce matin 4,5 M$ pour le programme IA-santé de nos partenaires du labo. Thank you Québec!`],
]);
