import { rows } from './corpus-types';

/**
 * Held-out set "fresh64": written 2026-12-04 (21:28-21:40 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh64`.
 * First scored 2026-12-04 21:36 UTC on the rules of f9bab22, after the fixes from fresh54 to fresh61 and before any from
 * this round: confidentiality macro F1 0.935, 6.9 % of clean posts flagged (7 of 102);
 * iban 0.706 (ABA routing and account numbers, labelled iban by this author), financial 0.868, confidential_marker 0.872, national_id 0.897, secret 0.960, phone 0.978, the others 1.000.
 *
 * Authors: employees of US banks, insurers and wealth managers on the East Coast, writing in English (six bilingual
 * French/English posts from a Maine and Vermont bank with a Québec clientele): a Boston custody and regional bank, a
 * Hartford life and property insurer, a Wilmington wealth manager, a Baltimore trust bank, a South Jersey community bank,
 * a Newark credit union, a Providence savings bank, a Philadelphia mutual, a Stamford branch network, a Richmond bank
 * and a New York broker-dealer desk. Focus: compliance reminders, quarterly close, earnings embargoes, client service,
 * branch operations. Forms: proud team updates, pasted close-sync and steering-committee notes, chat logs pasted by
 * mistake, markdown tables, env files, curl and ssh snippets, customer-service replies (surface 'comment', on LinkedIn
 * and X), job ads with published pay ranges (New York and Connecticut pay-transparency style), live-posts, changelogs,
 * post-mortems, supplier and AP notices, polls, a two-post X thread, farewells, tips and trivia.
 *
 * Financial positives (the poster's own company, not public yet) in digits, words and ranges: preliminary NII and fee
 * income before the release or the 10-Q, a provision build in close notes, a technology and a branch budget before the
 * board or the wider organisation hears, an overdraft-fee cut and an advisory-fee cut before customer letters, a
 * premium increase before agents are told, a sealed bid for a branch portfolio and one for servicing rights ("a little
 * under two hundred million"), a loan pipeline, a valuation before an undisclosed strategic review, an IPO price range
 * before the S-1, a dividend increase before the wire, a settlement authority, a catastrophe reserve before the 8-K, a
 * combined ratio before results day, a contribution margin kept off client slides, draft guidance, a flash P&L table,
 * an EPS beat "9 more days" early, a contract's annual spend and fees before the press release, deposits growth before
 * the communiqué. Look-alikes: the same figures once published (earnings call, press release, 10-Q, EDGAR, a public rate
 * filing), job-ad pay ranges, personal loans, a classroom margin example, compound-interest teaching, the Fed's rate,
 * another bank's guidance, industry loss estimates and fines, the FDIC limit, a gifts threshold, a charity total.
 *
 * Conventions as in the brief (every written email and phone number, switchboards, toll-free, fax and a vanity number
 * included; 911 not; markers only as explicit labels, including CONFIDENTIAL SUPERVISORY INFORMATION, MNPI - DO NOT
 * DISTRIBUTE, Privileged & Confidential, UNDER NDA, INTERNE - ne pas diffuser; mentions of the words, TLP:CLEAR, a film
 * title, a sticky note, "under NDA" inside a sentence, a lifted embargo and informal "between us" are clean). Choices
 * this author made for the US numbers, for the maintainer to judge: a bank account written as a valid ABA routing number
 * (3-7-1 checksum) together with an account number is labelled `iban` (the bank-account category); a routing number
 * alone (public, printed on checks) and one with a failing checksum are clean. SSNs are `national_id` by format (area
 * not 000, 666 or 900-999, group not 00, serial not 0000), in dashed, spaced and bare forms; ITINs (9XX with a valid
 * middle group), a Canadian SIN (Luhn), a UK NINO by format and a Medicare Beneficiary Identifier by format are
 * `national_id`; so is a sole-proprietor client's EIN (a personal tax id in a client record), while the bank's own EIN
 * from its 10-K cover is clean. Clean id look-alikes: masked SSNs, the 1938 wallet-card SSN, 123-45-6789 and the
 * 987-65-432x advertising block, a 666 area, CMS's own MBI example, a 9XX-7X-XXXX training pattern. Every IBAN and card
 * positive was computed with a throwaway script outside the repo: mod-97 for GB (two), DE, IE, NL and FR (with the RIB
 * key), Luhn for Visa, Mastercard 5- and 2-series, Amex, Discover (6011 and 65), JCB; look-alikes are the Visa test
 * card, masked cards, a phishing card and an IBAN with a failing check digit, the German and UK example IBANs, a CH
 * IBAN off by one digit. Secrets without vendor formats (Wi-Fi, SFTP, SMTP relay and voicemail PIN, a hex token, a UUID
 * API key, connection-string credentials, Teams and Slack webhooks); placeholders, AWS's EXAMPLE key, sk_test_XXXX and
 * "changeme" are clean. Internal addresses: corp.acme.com, acme-corp.net, intranet. hosts, .internal, .local and .corp
 * hosts, 10/8, 172.16/12 and 192.168/16 addresses; public sites, 1.1.1.1, 8.8.8.8, 172.32.10.5 and a version number
 * 10.2.4.1 are clean, and an ssh target user@192.168.x.x is not an email. Names: Orion, Nébula (also "nebula" in lower
 * case), Project Kestrel (also "Kestrel conversion"), Atlas Bleu in the project sense; Globex, Initech, Société
 * Générique, Hôpital Sainte-Claire as customers; clean beside the constellation, NASA's Orion capsule, the Carina
 * Nebula, a kestrel over a parking lot, a dog called Atlas, Atlas Shrugged, CME Globex, Initech in Office Space, a
 * St. Clare's soup kitchen.
 *
 * Counts: 237 posts (231 EN, 6 mixed; 190 LinkedIn, 47 X; 11 comments): 102 clean, 135 with one or more findings.
 * Labels: financial 29, phone 22, confidential_marker 17, national_id 15, email 13, secret 13, internal_url 13, iban 11,
 * codename 11, client_name 9, card 7.
 */
export const FRESH64_POSTS = rows('fresh64', [
  // --- Quarterly close and earnings: figures before and after they are public ---
  ['linkedin', 'en', 'financial', `Quarter close wrapped at 2:14 a.m. and I could not be prouder of our controllership crew. Preliminary net interest income landed at $612M, about 4% ahead of plan. We get to say that out loud after the release on the 21st; until then, lips sealed and coffee refilled.`],
  ['x', 'en', '', `Q3 is out: net income $1.14B, diluted EPS $2.31, CET1 11.8%. Release and slide deck are on the IR site. Huge thanks to everyone who closed the books in six business days.`],
  ['linkedin', 'en', 'confidential_marker financial', `Can't believe how clean this quarter looks. Draft of the release going to the wire team:

EMBARGOED UNTIL 7:00 A.M. ET, OCTOBER 17
Harborview Bancorp reports third-quarter diluted EPS of $1.87; total deposits of $48.3 billion; efficiency ratio improves to 56.2%.`],
  ['linkedin', 'en', '', `Ten years of disclosure work taught me one thing: an embargo on a press release is not a suggestion. If a document in your inbox starts with the word EMBARGOED, treat it like a live wire until Investor Relations tells you otherwise.`],
  ['x', 'en', 'financial', `flash close numbers: fee income $88.4M vs $81M budget. not in the 10-Q till Nov 7 so pretend you didn't see this 🙃`],
  ['linkedin', 'en', '', `We filed our 10-Q yesterday afternoon. Assets under custody reached $2.9 trillion, up 6% year over year, and the reconciliation engine my team rebuilt this spring got the filing out two days sooner than last year.`],
  ['linkedin', 'en', 'confidential_marker financial', `Sharing my notes template in case it helps other controllers (forgot to scrub this week's, oops):

Classification: Internal
Finance close sync, 10/3
- Q3 provision for credit losses tracking $142M vs $120M plan
- CRE office reserve build explains most of the gap
- Draft MD&A to Disclosure Committee Friday
- IR needs locked numbers by the 14th`],
  ['linkedin', 'en', '', `Guest-taught my niece's economics class today. If a bank pays 2% on deposits and lends at 7%, its net interest margin is roughly 5% before costs. A student asked why we don't just lend at 20%. I told him to talk to his state regulator.`],
  ['x', 'en', 'financial', `the board signed off on a $38M technology budget for 2027 last night. wider org hears about it in january but my team got the biggest slice 🎉`],
  ['linkedin', 'en', '', `The Fed held rates at 4.25–4.50% today. For savers, CD yields will probably stay where they are through year-end; for borrowers, don't count on relief on your HELOC just yet. Happy to talk through options with anyone who banks with us.`],
  ['linkedin', 'en', '', `We're hiring a Senior Financial Reporting Analyst in Hartford. Pay range $98,000–$124,000 plus annual bonus eligibility, hybrid three days in office. Apply through our careers page; we're not working with agencies on this one.`],
  ['linkedin', 'en', 'financial', `A heads-up for the branch managers in my network: our overdraft fee drops from $35 to $15 on January 6. Customer letters don't mail until the 2nd, so please keep it off the teller line until they land.`],
  ['linkedin', 'en', '', `As announced in this morning's press release, our overdraft fee drops from $35 to $15 on January 6 and NSF fees go away entirely. Customers don't need to do anything; the change applies automatically.`],
  ['x', 'en', 'financial', `we put in $410M for the Delmarva branch portfolio today. seller picks a winner in two weeks. no, I can't tell you who else bid`],
  ['linkedin', 'en', '', `Made the last payment on my student loans this week: $62,400 over nine years. If you're early in a banking career, use the tuition reimbursement program. I didn't, and I still think about it.`],
  ['linkedin', 'en', 'financial', `Our FP&A model now shows 2027 pre-tax income at $1.31B in the base case and $1.06B under the adverse scenario. The plan goes to the board in December, and it's the first year we've pushed the adverse case through every line of the P&L.`],

  // --- Compliance reminders and markers ---
  ['linkedin', 'en', 'confidential_marker', `INTERNAL USE ONLY
Compliance Bulletin 26-41
Personal trades in any security on the restricted list require pre-clearance in the conduct portal. The minimum holding period stays at 30 days. Questions go to your business-line compliance officer.`],
  ['linkedin', 'en', '', `Spent my afternoon rewriting our data-classification module. The hardest slide is always the one that explains Public vs Internal vs Confidential vs Restricted to someone who just wants to email a spreadsheet to their accountant.`],
  ['linkedin', 'en', 'confidential_marker email', `A few of you asked me to repost this:

[INTERNAL] The annual code-of-conduct attestation is due November 30. If your link is broken, write to ethics.office@harborviewbank.com and they'll resend it.`],
  ['x', 'en', '', `The TLP:CLEAR advisory on the check-washing ring is worth five minutes if you run a branch. Share it with your tellers, that's literally the point of CLEAR.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Fraud intel, Mid-Atlantic: mule accounts opened with synthetic identities at three branches in northern Delaware last week. Shared device fingerprint; pattern is $9,500 cash in, same-day P2P out. Do not share outside fraud operations.`],
  ['linkedin', 'en', '', `Poll for my fellow compliance folks: how do you decide when to label a document?
• Everything is Confidential by default
• Only when Legal tells me
• I trust the email footer
• Label? What label?`],
  ['linkedin', 'en', 'confidential_marker financial', `ATTORNEY-CLIENT PRIVILEGED & CONFIDENTIAL
Authority for the overdraft class-action mediation on 11/19: General Counsel approved settlement up to $27.5M. Outside counsel to open at $14M.`],
  ['x', 'en', '', `Watched "Confidential Assignment" on the flight home from Charlotte. Zero banking content, ten out of ten, would miss my connection for it again.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Distribution: Branch Operations leadership
Subject: vault dual-control exceptions, Q3
Thirteen branches logged single-person vault openings; eight were during opening, five at close. Regional managers to attest remediation by 11/15.`],
  ['linkedin', 'en', '', `Between us, the new expense tool is genuinely good. Please nobody tell the vendor, they'll want a bigger renewal.`],

  // --- Client service replies ---
  ['linkedin', 'en', 'phone', `So sorry about the delay on your wire, Marcus. Please call our Private Client desk at (617) 426-7730 and ask for Dana; she already has your case open.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email phone', `Hi Priya, happy to get that debit card reissued for you. Email me at r.okafor@chesapeaketrust.com or call my cell, 410-883-2659. I'm at the Towson branch until 6 today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thank you for the kind words about our Main Street team, I'll make sure they hear them! For anything about your account, please use secure messaging in the app instead of the comments here.`, { surface: 'comment' }],
  ['x', 'en', 'national_id', `@jlorenzo found your application. The SSN we have on file is 219-88-6471 but the W-9 you uploaded says 219-88-6417. Which one is right?`, { surface: 'comment' }],
  ['x', 'en', '', `@dmoreno_nyc so sorry to hear that. Please send us a DM, and never post your account number or SSN in a public reply. We will never ask for your PIN.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Our claims hotline is 1-800-472-6615, answered 24/7. If last night's storm flooded your basement: photos first, then call us, then start drying things out.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `For everyone asking: yes, the Elm Street branch reopens Monday at 9. Drive-through hours are unchanged.`, { surface: 'comment' }],

  // --- Branch operations ---
  ['linkedin', 'en', 'secret', `Pasting our branch opening checklist for the new operations leads:
1. Disarm alarm, log time
2. Sign in to teller terminal
3. Guest Wi-Fi: HBV-Lobby / Tulip!Harbor2026
4. Count cash drawer with a witness
5. Unlock front doors at 8:59, not 8:55`],
  ['linkedin', 'en', '', `Our lobby Wi-Fi no longer asks for a password; customers just accept the terms and they're on. Tiny change, but people waiting for a notary appointment love it.`],
  ['linkedin', 'en', 'internal_url', `The new cash-recycler dashboard is live: http://cashops.corp.acme.com/recyclers shows every branch machine's status, jams and last armored-car pickup on one page. Bookmark it, branch managers.`],
  ['linkedin', 'en', 'internal_url', `If your branch printer keeps dropping off the network, point it straight at 10.44.12.7 instead of the hostname. Saved me an hour this morning.`],
  ['x', 'en', '', `teller app version 10.2.4.1 finally fixed the receipt-printer bug. three releases, one very tired help desk.`],
  ['linkedin', 'en', '', `Branch of the month: our Pawtucket team opened 214 new checking accounts in October. Their secret? They actually pick up the phone on the first ring.`],
  ['linkedin', 'en', 'phone', `While the main number gets ported to the new carrier, our Wakefield branch has a temporary direct line: 781-245-0983. Please update the client notes.`],
  ['linkedin', 'en', 'iban', `Welcome packet text for commercial clients moving their collections to us. Incoming wires: ABA 021389797, account 4410073825, beneficiary Harborview Treasury Services, reference your client ID.`],
  ['linkedin', 'en', '', `PSA from a branch manager: a bank's routing number is public. Ours is printed on every check and on our website (011734064), so it's fine to give it out. If someone asks for your online banking password, though, that's fraud.`],
  ['x', 'en', '', `bank nerd fact: the last digit of the nine on the bottom-left of your check is a checksum, weighted 3-7-1. the first four tell you the Fed district and processing center.`],

  // --- National ids ---
  ['linkedin', 'en', 'national_id', `Onboarding notes (pasted from my notepad, sorry team): Client Hollis Grant, DOB 04/11/1961, SSN 707-09-2137, joint with spouse, beneficiary designation still pending.`],
  ['linkedin', 'en', '', `Our statements now show only the last four digits of a Social Security number (XXX-XX-4821), and we never print the full number on anything that goes in the mail. It took three years and one vendor swap.`],
  ['x', 'en', '', `Trivia: 078-05-1120 is the SSN that thousands of people used as their own, because a wallet maker printed it on the sample card that came with every wallet in 1938.`],
  ['linkedin', 'en', 'national_id', `For clients filing without an SSN: yes, we open savings accounts with an ITIN. Today's appointment went through fine once the CP565 letter was scanned, ITIN 983-70-2340.`],
  ['linkedin', 'en', '', `ITINs always start with a 9 and their middle two digits fall in set ranges, which is how our core system tells them apart from SSNs. From the training deck, deliberately not a real number: 9XX-7X-XXXX.`],
  ['linkedin', 'en', 'national_id', `New sole-prop client today, a plumbing outfit in Quincy. EIN 04-3817264, operating and payroll accounts open, and Rodrigo brought cannoli for the whole branch.`],
  ['linkedin', 'en', '', `Vendors keep asking us for our W-9. It's on the supplier page of our public website, and our federal employer identification number (13-4924718) is on the cover of every 10-K we've ever filed.`],
  ['x', 'en', 'national_id', `three weeks of back and forth because someone keyed my colleague's SSN as 510-23-1771 on the loan docs and the name check failed every time. computers were a mistake`],
  ['linkedin', 'en', '', `Please stop using 123-45-6789 as a placeholder in test data. Our fraud filters treat it as known junk and your test will fail for reasons nobody can explain. The SSA set aside 987-65-4320 through 987-65-4329 for advertising; use those.`],
  ['linkedin', 'en', 'national_id', `Cross-border client relocating from Montréal to Burlington. Her SIN, 556 625 002, goes in the foreign TIN field for now; the ITIN should arrive in six to eight weeks.`],

  // --- Emails ---
  ['linkedin', 'en', 'email', `Hiring managers: interview feedback goes to talent-ops@keystonelife.com within 24 hours of the panel, please. Candidates notice when we're slow.`],
  ['x', 'en', '', `our new website keystonelife.com finally works on a phone. only took eleven years`],
  ['linkedin', 'en', 'email', `Curious about our summer analyst program in Wilmington? Ping me at jcarvalho [at] brandywinewealth [dot] com. I read every message, eventually.`],
  ['linkedin', 'en', '', `Phishing of the week: a message from "security@" some domain that is not ours, asking clients to verify their account. We will never do that. If it looks off, use the contact details printed on your statement.`],
  ['linkedin', 'en', 'email', `I'm speaking at the New Jersey Bankers compliance forum next week on BSA/AML and crypto on-ramps. Slides on request: m.feldman @ pinebarrensbank.com`],

  // --- Secrets ---
  ['linkedin', 'en', 'secret internal_url', `Finally automated our month-end GL extract. For anyone doing the same, here is the env file I use:

DB_URL=postgresql://gl_reader:Qv7#mPz2!wLr@10.20.8.41:5432/ledger
EXPORT_DIR=/mnt/finance/close
SCHEDULE=0 2 1 * *`],
  ['linkedin', 'en', '', `Template for the reconciliation bot, fill in from the vault:

DB_URL=postgresql://<user>:<password>@<host>:5432/ledger
API_KEY=your-key-here

Never commit the real values.`],
  ['x', 'en', 'secret', `temp password for the shared treasury mailbox is Gr33nLantern!47 until IT resets it friday. sorry for the group text`],
  ['linkedin', 'en', 'secret', `Our close-checklist bot posts to Teams through an incoming webhook. Copy the card JSON if you want your own:
https://harborview.webhook.office.com/webhookb2/7c1e0f2a-9d4b-4a3e-b1f6-2e8d5c7a9f10@e2b4c6d8-1a3f-4b5c-8d7e-9f0a1b2c3d4e/IncomingWebhook/a93f0c7e4d2b41f6b8e5c1d7a2f9e3b6/6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`],
  ['linkedin', 'en', '', `Our secrets scanner flagged a README containing AKIAIOSFODNN7EXAMPLE. That's the sample key from the cloud provider's own documentation. The scanner was right to flag it, and we were right to laugh.`],
  ['linkedin', 'en', 'secret', `Post-mortem, statement rendering on the 1st: the print vendor rotated our API token, and the old one (9f8c2e71b4d05a63e1f7c9d2ab40e8f6) was hardcoded in a cron script nobody owned. Lesson: everything goes in the vault.`],
  ['linkedin', 'en', '', `New password rules at work: 16 characters minimum and no more forced changes every 90 days. NIST has recommended this for years. Password-reset tickets to our help desk dropped by almost a third.`],
  ['x', 'en', '', `"changeme" remains the most common password we find on vendor appliances during IT audits. It's right there in the name, people.`],
  ['linkedin', 'en', 'secret', `For the two vendors still sending ACH return files over SFTP: host is on your onboarding sheet, user ach_returns_vnd, password Ledger-Kite-Plum-42. We move you to key-based auth in Q1.`],

  // --- Codenames ---
  ['linkedin', 'en', 'codename', `Six months into Project Kestrel, our core banking replacement, and we just converted the first 40,000 deposit accounts without a single reversed transaction.`],
  ['linkedin', 'en', '', `A kestrel was hovering over the parking lot at our Wilmington operations center this morning, hunting something in the median. Better than any standup.`],
  ['x', 'en', 'codename', `Orion cutover weekend #2 done. 3.1 million card accounts on the new processor. going to sleep for a day`],
  ['x', 'en', '', `Clear skies over Cape May tonight. Orion rises around 11 if you want to show the kids the belt.`],
  ['linkedin', 'en', 'codename', `Nébula, our advisor-desktop rebuild, gets its first pilot group next month: 25 advisors in the Philadelphia office. If you're one of them, expect a calendar invite from me.`],
  ['linkedin', 'en', '', `My video-call background is the Carina Nebula from the Webb telescope, and yes, every single client asks about it before we talk about their portfolio.`],
  ['linkedin', 'en', 'codename confidential_marker', `CONFIDENTIAL
Atlas Bleu steering committee, 9/12
Attendees: CIO, CRO, Head of Wealth
Decision: proceed to vendor due diligence with the two finalists; data-residency questions to Legal.`],
  ['linkedin', 'en', '', `Our office dog Atlas has officially been added to the building badge system. Blue collar, blue badge, zero access to the vault.`],
  ['linkedin', 'en', 'codename', `Shoutout to the data scientists behind Orion's fraud-model retrain: false positives down 18% in the pilot region and our call center noticed before we told them.`],
  ['x', 'en', '', `NASA's Orion capsule splashdown was on the trading-floor TVs instead of the business channel this afternoon. Not one complaint.`],

  // --- Clients ---
  ['linkedin', 'en', 'client_name', `Big week for our treasury services team: we onboarded Globex onto the receivables platform. Fourteen entities, sixty accounts, one very patient assistant treasurer.`],
  ['x', 'en', '', `CME Globex hiccup this morning had our futures desk staring at frozen screens for forty minutes. suddenly everyone has opinions about failover`],
  ['linkedin', 'en', 'client_name financial', `Initech just renewed their commercial card program with us: about $180M in annual spend. We announce it at the client summit in March, but I had to say how proud I am of this team.`],
  ['linkedin', 'en', '', `Rewatched Office Space for the first time since I moved into bank IT. Initech's TPS reports are what we now call "control evidence", and the cover sheet is a required field.`],
  ['linkedin', 'en', 'client_name', `Spent Tuesday in Lyon with the treasury team at Société Générique, walking through our USD clearing setup. Great croissants, sharper questions.`],
  ['linkedin', 'mixed', 'client_name', `Merci à l'équipe de l'Hôpital Sainte-Claire for trusting us with their new lockbox. Premier mois: 9,000 patient payments processed and zero exceptions.`],
  ['linkedin', 'en', '', `Our family spent Thanksgiving morning serving lunch at the St. Clare's soup kitchen in the Bronx. Best three hours of the year.`],

  // --- Cards ---
  ['linkedin', 'en', 'card', `Dispute queue note for the team page: cardholder says she never made the $1,240 purchase at the electronics store. Card 4678 8358 5836 4252 blocked and reissued, provisional credit posted.`],
  ['linkedin', 'en', '', `QA reminder: 4111 1111 1111 1111 is the classic Visa test number for payment forms. Never, ever test with your own card in a lower environment.`],
  ['x', 'en', '', `got a text saying my card 4882 9187 5514 7773 was "suspended". that number doesn't even pass the check digit, scammers. try harder`],
  ['linkedin', 'en', 'card', `T&E tip: when the expense system rejects a charge, compare the card number on the statement line. Mine showed 3735 839242 07461 and the system still had my old card on file.`],
  ['linkedin', 'en', '', `On the new statements your card number appears as •••• •••• •••• 2658. If someone calling "from the bank" reads you the whole thing, hang up and call the number on the back of your card.`],
  ['x', 'en', 'card', `the card that got declined at the hotel is 5188 5688 7470 3449 exp 09/28, can someone lift the travel block? (wrong chat, deleting in a sec)`],

  // --- Bank accounts and wires ---
  ['linkedin', 'en', 'iban', `Wealth client relocating to London; incoming funds go to GB36 NWBK 0950 2777 6268 29, reference "Estate of R. Whitford". Posting so my assistant can find it later. Wrong window. Definitely wrong window.`],
  ['linkedin', 'en', '', `No, US banks don't use IBANs. When a European client hands you one for an outbound wire, you still need the BIC, and the IBAN goes in the beneficiary account field. The specimen we use in training is the German example from the standard, DE89 3704 0044 0532 0130 00.`],
  ['linkedin', 'en', 'iban', `Accounts Payable notice: effective November 1, Delacroix Conseil's bank details change to FR76 0013 2950 8005 9604 6635 455. The old details must not be used after October 31.`],
  ['x', 'en', '', `"updated" vendor bank details came in today: CH61 0662 7393 3766 5212 9. check digits didn't validate, we called the contact on file, it was fraud. callback procedures work`],
  ['linkedin', 'en', 'iban', `Wire-room note that ended up on my clipboard instead of the ticket: beneficiary account 7730021947 at routing 031068396, $85,000, client's closing funds for Friday.`],
  ['linkedin', 'en', '', `Someone tried to deposit a check with routing number 031068397 at our Cherry Hill branch. The teller noticed the checksum didn't add up before the system did. Give that teller a raise.`],

  // --- Phones ---
  ['linkedin', 'en', 'phone', `New hires: the IT help desk is x4357 from any desk phone, or 1 (866) 391-0042 from outside the building.`],
  ['x', 'en', '', `call 911 first, then your insurer. in that order. every hurricane season I have to say this again`],
  ['linkedin', 'en', 'phone', `Client in Edinburgh wants a callback before the US open: +44 131 496 2287. If anyone on the London desk sees this before I'm in, please ring her.`],
  ['linkedin', 'en', '', `Audit binder references for Q3, for whoever is pulling samples: JE-2026-0930-1147, JE-2026-0930-1152, recon ID 4417-2290-338.`],
  ['linkedin', 'en', 'phone', `Our switchboard is jammed, so here are the branch managers' direct lines for Cape Cod:
Hyannis 508.775.3302
Falmouth 508.548.9176
Orleans 508.255.6640`],
  ['x', 'en', '', `1099 corrections go to PO Box 9702, Providence RI 02940-9702. yes, by mail. it's tax season, we're all suffering together`],
  ['linkedin', 'en', 'phone', `Our new 24/7 fraud line is easy to remember: 1-800-FRAUD-HV (that's 1-800-372-8348). Save it in your contacts today, not during the emergency.`],

  // --- Goodbyes, tips, threads ---
  ['linkedin', 'en', '', `After 22 years, today is my last day at the bank. I started as a teller in Lowell when deposit slips still had carbon copies. Thank you to everyone who taught me to count cash twice and listen once more than I talk.`],
  ['linkedin', 'en', 'email phone', `Last day at the mutual today. Twelve years, four CEOs, one flood. Stay in touch: dgreco.personal@gmail.com or 267-418-5520.`],
  ['linkedin', 'en', '', `Quarter-close tip #3: reconcile suspense accounts weekly, not monthly. Close goes from heroic to boring, and boring is exactly what you want from accounting.`],
  ['x', 'en', '', `1/ Ten years in bank compliance. Ten things I wish someone had told me on day one. A thread.`],
  ['x', 'en', '', `2/ Examiners read your policies. Then they read your exceptions log. Then they ask why the two describe different banks.`],

  // --- Financial, second round ---
  ['linkedin', 'en', 'financial', `Wealth management just had its best quarter ever: $3.4B of net new assets. Our CEO shares it on the earnings call next Thursday, so until then I'm just going to walk around smiling.`],
  ['linkedin', 'en', '', `Our CEO said on yesterday's earnings call that wealth management brought in $3.4B of net new assets last quarter. I've been smiling for a week and now I'm finally allowed to explain why.`],
  ['x', 'en', 'financial', `commercial loan pipeline heading into Q4 is ~$2.1B, biggest since 2019. not in any deck yet, I literally just built the dashboard 😅`],
  ['linkedin', 'en', '', `Commercial loans grew 7% year over year according to our Q3 release, against 3.1% for the industry in the FDIC's Quarterly Banking Profile. Public numbers, but still worth celebrating.`],
  ['linkedin', 'en', 'financial', `The bankers came back on our wealth-management arm at roughly 14x EBITDA, call it $890M, ahead of a strategic review the board hasn't disclosed. What a week to be in corporate development.`],
  ['linkedin', 'en', 'financial', `Homeowners premiums in coastal Connecticut go up 11.5% at renewals from April. The filing is approved, but agents don't get the notice until February, so hold off on the calls.`],
  ['linkedin', 'en', '', `Our rate filing is public at the Connecticut Insurance Department: an average homeowners increase of 11.5%, driven mostly by reinsurance costs. Policyholders with questions can ask their agent for the breakdown.`],
  ['linkedin', 'en', '', `Branch Manager opening, Brooklyn Heights. $85,000–$105,000 base plus incentive, full benefits, 401(k) match up to 6%. Looking for someone who enjoys a Saturday line out the door.`],
  ['linkedin', 'en', '', `The largest bank in the country raised its net interest income guidance again this morning. Curious whether the regionals follow next week or hold their ground.`],
  ['linkedin', 'en', 'financial', `Draft figures for the December board pack: the commercial card program runs at a 38% contribution margin, up from 31%. Finance asked us to keep it off the client advisory board slides, so enjoy the sneak peek.`],
  ['x', 'en', '', `Our employees raised $126,000 for the Greater Boston Food Bank this year and the bank matched every dollar. Announced at the all-hands and on our community page 💙`],
  ['linkedin', 'en', 'financial', `Can't say much, but what we're bringing to the table for the Amherst mortgage servicing rights is a little under two hundred million. Bids close on the 20th.`],
  ['linkedin', 'en', 'financial', `Our S-1 isn't public yet, but the underwriters are pricing the range at $18 to $21 a share. First time I've seen a valuation model with my team's work inside it.`],
  ['linkedin', 'en', '', `Financial literacy night at the library: we showed how $200 a month at 6% grows to about $200,000 over 30 years. Two teenagers asked to open accounts on the spot.`],
  ['x', 'en', 'financial', `2027 branch refresh budget came in at roughly forty million. goes to the board on the 9th so don't spread it around`],
  ['linkedin', 'en', '', `As we announced in January, we're investing $40M over three years to refresh our branches. Here's the first one finished, in Salem: a community room, a coffee bar, and no teller glass.`],
  ['linkedin', 'en', 'financial', `The board just approved a four-cent increase to the quarterly dividend. The release crosses the wire at 4:15 after the close; I'm told my victory lap can wait until then.`],
  ['linkedin', 'en', '', `Reminder: FDIC insurance covers up to $250,000 per depositor, per insured bank, per ownership category. Above that, let's talk about how to structure your accounts.`],

  // --- Internal addresses ---
  ['linkedin', 'en', 'internal_url', `The procedures library has moved to https://intranet.keystonelife.com/policies. Bookmark it; the old SharePoint link stops working Friday.`],
  ['linkedin', 'en', '', `Our 2026 Sustainability Report is live at https://www.keystonelife.com/sustainability. Proud to have written the section on climate risk in our general-account portfolio.`],
  ['linkedin', 'en', 'internal_url', `Anyone else's market-data terminal failing to authenticate this morning? The desk-support workaround: open http://mktdata-gw.internal:8080/health first to wake up the gateway, then log in again.`],
  ['x', 'en', 'internal_url', `the close calendar at https://fincal.acme-corp.net/q4 is wrong about black friday. we are NOT closing that day. please stop asking`],
  ['linkedin', 'en', '', `Network tip for branch staff: if nothing loads, ping 1.1.1.1 and 8.8.8.8. If those answer, it's DNS; if they don't, it's the circuit and you should call the carrier.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem, 10/14 ACH file delay: the job on nightly-ach.corp still pointed at a decommissioned SFTP server, 172.22.40.9. New target added, runbook updated, monitoring alert on file age created.`],
  ['linkedin', 'en', '', `Fun one today: a vendor's allowlist contained 172.32.10.5, which looks like a private address but isn't, because the private block ends at 172.31. Took us an hour to notice.`],
  ['linkedin', 'en', 'internal_url', `Tellers: the training videos moved to http://learn.branch-ops.local/videos and only open from the branch network, not from home.`],

  // --- Markers, second round ---
  ['linkedin', 'en', 'confidential_marker financial', `MNPI - DO NOT DISTRIBUTE
Draft FY27 guidance for Disclosure Committee review on 1/12:
NII growth 3-4%
Noninterest expense flat
Share repurchase authorization $500M`],
  ['linkedin', 'en', '', `I got a question wrong on our MNPI training quiz: is a draft earnings release still material nonpublic information if the numbers match what analysts already estimate? Yes. It's still ours until we publish it.`],
  ['x', 'en', 'confidential_marker', `EMBARGO until 6:00 a.m. ET Tuesday: we're naming a new Chief Risk Officer and I can't wait to post her name`],
  ['linkedin', 'en', '', `The embargo lifted at 6 a.m., so I can finally say it: welcome to our new Chief Risk Officer, Dr. Alana Ruiz! Our risk team could not be more excited.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL SUPERVISORY INFORMATION
Exam follow-up: the MRA on vendor management has three items (inventory completeness, fourth-party oversight, exit plans). Board risk committee update due 12/1.`],
  ['linkedin', 'en', '', `Reminder for bank people: confidential supervisory information belongs to the regulator, not to you. Don't quote exam findings in a LinkedIn post, not even vaguely.`],
  ['linkedin', 'en', 'confidential_marker', `Privileged & Confidential - Prepared at the Direction of Counsel
Root cause, mobile app outage 11/2: an expired certificate on the API gateway; renewal alert went to a distribution list that was deleted in the reorg.`],
  ['x', 'en', '', `found a sticky note on the copier with CONFIDENTIAL written in huge red letters. underneath: "buy milk". that's it. that's the note`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL - DO NOT FORWARD]
Q4 call-center staffing: 40 seasonal hires start Nov 18, training class in Jacksonville, overtime approved for the two weeks after Thanksgiving.`],
  ['linkedin', 'en', '', `Please don't forward this, but I think our new call-center scripts are twice as long as they need to be.`],

  // --- Combinations ---
  ['linkedin', 'en', 'email phone', `For our vendors: invoices now go to ap-invoices@brandywinewealth.com, and payment-status questions to (302) 651-4478. The old fax number is retired.`],
  ['linkedin', 'en', 'national_id phone', `Callback list (meant for my Outlook task, not here): Mrs. Duval, 203-557-8812, wants to add her grandson as POD beneficiary; his SSN 258-88-1325, DOB 3/2/2004.`],
  ['linkedin', 'en', 'card phone', `Lost and found: a Discover card, 6011 6972 8783 1991, left at the drive-through Saturday. Owner, please call the branch at 203-969-4412 with ID ready.`],
  ['linkedin', 'en', 'secret internal_url', `Runbook excerpt for the ATM monitoring box:
ssh atmmon@192.168.40.12
password: Falcon$Ledger7
(yes, we're moving to keys next sprint)`],
  ['linkedin', 'en', 'codename client_name', `Orion phase 2 kicks off next week with Globex as the first treasury client on the new payment rails.`],
  ['linkedin', 'en', 'codename financial', `Project Kestrel's budget just got topped up by $12M at Tuesday's steering committee. Not announced internally yet, but the conversion team can finally breathe.`],
  ['linkedin', 'en', 'client_name financial', `We won the Hôpital Sainte-Claire cash-management mandate: roughly $6M a year in fees. Press release once both boards have signed.`],
  ['x', 'en', 'client_name', `great lunch with the CFO of Initech today. they're moving payroll accounts to us in January 🎉`],

  // --- Number look-alikes ---
  ['linkedin', 'en', '', `Muni desk reminder: copy the new CUSIP from EMMA, never retype it from the PDF. Last week someone fat-fingered the issuer prefix and we spent an hour chasing a trade that never existed.`],
  ['linkedin', 'en', '', `Check #10442 for $1,250.00 cleared in one business day thanks to image exchange. Twenty years ago that took a week and a courier van.`],
  ['x', 'en', '', `Q3 close: books for 9/30 locked 10/8 at 11:42 pm. 8 days, 6 hours, 212 journal entries, 3 pizzas.`],
  ['linkedin', 'en', '', `Spam text of the week: "Your card 5591 5034 0092 2668 is locked, click here." Card numbers carry a check digit and that one fails it. Also, we will never text you a link.`],
  ['linkedin', 'en', '', `For the wire-training deck we use the UK example IBAN from the standard, GB82 WEST 1234 5698 7654 32. Please don't paste real client details into training material.`],
  ['linkedin', 'en', '', `Scam alert: fraudsters are spoofing our caller ID. If "the bank" calls asking for a one-time passcode, hang up and dial the number on the back of your card yourself.`],

  // --- More X and chat ---
  ['x', 'en', 'secret', `the voicemail PIN for the branch main line is 0419 until someone changes it, which should be today. sorry, meant for the branch group chat`],
  ['x', 'en', '', `my PIN is my birthday backwards. kidding. compliance, please stop calling`],
  ['x', 'en', 'email', `at Money20/20 all week and happy to talk embedded finance. DM me or email karen.oyelaran@narragansettsavings.com`],
  ['x', 'en', '', `earnings-day timeline: release hits the wire at 6:30, call at 8:30, stock moves at 6:31. plan your coffee accordingly`],
  ['x', 'en', 'phone', `anyone in Richmond need a notary before 5? our Cary St branch has one in today, call 804-355-2170`],
  ['linkedin', 'en', 'internal_url email', `Pasted from today's close chat because it made me laugh, then realized what else I pasted:
[10:42] Tasha: can you rerun the recon? http://recon.acme-corp.net/jobs/4471
[10:43] me: on it, I'll send exceptions to tasha.wills@acme-corp.net
[10:44] Tasha: you're a hero`],
  ['linkedin', 'en', '', `My favorite exchange from today's close chat:
[4:58] Luis: are we done?
[4:58] Ana: define done
[4:59] Luis: going home
[4:59] Ana: then yes`],

  // --- Insurance ---
  ['linkedin', 'en', 'national_id', `Claim file note, pasted for the new adjusters as an example of a complete entry: claimant Rosa Betancourt, SSN 414-60-5368, HO-3 policy CT-22819-44, sudden water damage, ALE approved for 30 days.`],
  ['linkedin', 'en', 'financial', `Hurricane Delphine reserve estimate came in at $214M net of reinsurance. We're holding it until the 8-K goes out. Long week for the catastrophe team.`],
  ['linkedin', 'en', '', `The modeling firms put industry insured losses from the storm at $9–12 billion. Our claims teams are deployed in three states and the mobile units are in the Outer Banks.`],
  ['linkedin', 'en', 'phone', `Policyholders hit by the nor'easter: our catastrophe claims line is 888.276.5500, staffed around the clock through Sunday.`],
  ['linkedin', 'en', 'financial', `Preliminary combined ratio for Q3 is 97.4, our first quarter under 100 in two years. Results go public November 4 and I'm sworn to silence until then, but I had to say I'm proud of this underwriting team.`],
  ['linkedin', 'en', 'national_id', `Medicare supplement enrollment tip for new agents: copy the Medicare number exactly. This morning's application bounced because 3TW7-KD2-HF58 was keyed with an O instead of a zero somewhere else on the form.`],
  ['linkedin', 'en', '', `New Medicare cards use an 11-character identifier instead of the Social Security number. CMS's own example on its website is 1EG4-TE5-MK73; never put a real member's number in training slides.`],

  // --- Wealth management ---
  ['linkedin', 'en', 'iban phone', `Client moving sale proceeds to Dublin: IE45 AIBK 9692 1046 8035 35, callback verified with him at +353 1 678 4420 this morning. Ops, please release once the second approver signs.`],
  ['linkedin', 'en', 'financial', `Heads-up for fellow advisors: the advisory fee on accounts under $250K drops from 1.10% to 0.95% on March 1. Client letters are still with Legal, so please don't pre-announce.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu, our new goals-based planning tool, passed user acceptance testing today. Sixty advisors get it in the spring.`],
  ['linkedin', 'en', '', `Reading Atlas Shrugged on the train into Penn Station. My advisory clients find this either inspiring or alarming, depending on the client.`],
  ['linkedin', 'en', 'client_name', `Wrapped up a great year with the Globex pension committee. The new liability-driven glide path is in place and their funded status is the best it has been in a decade.`],
  ['linkedin', 'en', 'national_id', `UK client moving to Greenwich needs his National Insurance number on the account for the pension transfer: JT 48 27 61 C. Sending to onboarding now, ignore this if you're not on my team.`],

  // --- Bilingual ---
  ['linkedin', 'mixed', 'phone', `Nous ouvrons une succursale bilingue à Lewiston, Maine! Bonjour and welcome: call Nathalie at 207-784-3361 pour prendre rendez-vous.`],
  ['linkedin', 'mixed', '', `Fier de notre équipe de Burlington: the first branch in Vermont to offer full service in French. Merci à tous pour le travail!`],
  ['linkedin', 'mixed', 'financial', `Les chiffres sont préliminaires, but deposits at our Québec border branches are up 22% to $640M this quarter. On attend le communiqué du 24 avant d'en parler publiquement.`],
  ['linkedin', 'mixed', 'confidential_marker', `INTERNE - ne pas diffuser / internal only
The Montreal representative office closes March 31; all staff will be offered roles in Burlington or remote.`],
  ['linkedin', 'mixed', '', `On parle souvent de "confidentiel" dans nos formations. Here's a bilingual cheat sheet I made for our tellers on what they can and can't tell walk-in customers.`],

  // --- Changelogs and post-mortems ---
  ['linkedin', 'en', 'secret', `Statement portal v3.8 changelog:
- PDF rendering 40% faster
- Fixed the e-delivery consent bug
- Rotated SMTP relay credentials (new login relay_svc / Bx7!nQe2Lw9v)
- Dark mode 🎉`],
  ['linkedin', 'en', '', `Mobile app 12.4 changelog:
- Zelle limits shown before you hit send
- Check deposit works with 4K cameras
- Face ID re-login after 15 idle minutes
- Three fewer screens in card activation`],
  ['linkedin', 'en', 'internal_url', `Incident review, branch teller outage 10/21 (45 minutes): DNS for teller-api.intranet.brandywinewealth.com was left pointing at the DR site after a failover test. Action item: change freeze during DR tests.`],
  ['linkedin', 'en', 'secret', `Close-status alerts to Slack, the simplest possible version:
curl -X POST -H 'Content-type: application/json' --data '{"text":"GL locked for October"}' https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Same alert, shareable version: curl -X POST --data '{"text":"GL locked"}' https://hooks.slack.com/services/XXXXX/YYYYY/ZZZZZ. Swap in your own URL; mine lives in the vault where it belongs.`],
  ['linkedin', 'en', 'secret', `Reporting API for our RIA partners: send header X-Api-Key: 7f3b9a1e-62c4-4d8f-a0e5-c19b84d2f637 until we issue per-firm keys next month.`],
  ['x', 'en', '', `candidate's take-home had sk_test_XXXXXXXXXXXXXXXX hardcoded with a comment "replace from vault". hired. well, almost`],

  // --- Bank details, second round ---
  ['linkedin', 'en', 'iban', `Payroll, my direct-deposit change form bounced twice. Routing 026812528, account 000312774590. Please just update it, I'm begging.`],
  ['linkedin', 'en', '', `Direct deposit tip: your routing and account numbers are at the bottom of a check or under "Account details" in the app. Please don't email them unencrypted to HR.`],
  ['linkedin', 'en', 'iban', `Rotterdam landlord's bank details for the AP team: NL15 RABO 6199 5011 30, reference "Q1 rent Blaak 22".`],
  ['linkedin', 'en', 'iban', `Incoming EUR wires for the Frankfurt representative office: DE72 1388 7923 0090 2440 07. BIC on request.`],
  ['linkedin', 'en', 'iban', `Settlement for the London conference hotel: GB73 BARC 5525 8103 5953 93. AP, please pay by Friday so we keep the room block.`],
  ['linkedin', 'en', '', `This "new supplier" IBAN failed validation in our AP system: FR76 6693 7599 9685 1688 3430 979. Whoever wrote our check-digit routine, thank you, you saved us a very bad week.`],
  ['linkedin', 'en', 'iban', `Settlement instructions for the muni deal, since the closing memo went out without them: Chesapeake Trust, ABA 051921798, account 20034418852, FBO Talbot County Water Authority.`],
  ['x', 'en', 'iban', `mom's estate account for the attorney (she asked me to post in the family group, not here, oops): routing 221188633 acct 6620045193`],

  // --- Cards, second round ---
  ['linkedin', 'en', 'card', `Travel desk: please add my new corporate card to my booking profile, 2221 0340 4132 8111, exp 11/29. The old one was cancelled after the skimming incident.`],
  ['linkedin', 'en', 'card', `Merchant services trivia: yes, our ATMs take JCB. The one a visitor from Osaka got stuck in our Newport ATM yesterday was 3528 6535 0088 9533; it's in the branch safe.`],
  ['x', 'en', '', `card numbers aren't random: Visa starts with 4, Mastercard with 5 or 2, Amex with 34 or 37, and the last digit is a checksum. impress nobody at brunch`],
  ['linkedin', 'en', 'card', `Customer dispute text that someone pasted into our team page by accident: "Card 6519 5594 5731 1435 charged twice for $89.99 at GYMFLEX, please reverse one."`],

  // --- National ids, second round ---
  ['linkedin', 'en', 'national_id', `A vendor's W-9 came back with his SSN in the EIN box: 887-07-3191. Returning it for the third time.`],
  ['linkedin', 'en', '', `Our vendor onboarding now runs every W-9 TIN through the IRS TIN Matching service before the first payment. It caught 31 bad 1099s this year before they went out.`],
  ['linkedin', 'en', 'national_id', `The rollover is stuck because the participant's SSN was keyed as 025 96 7725 in one system and 025-96-7752 in the other. Guess which one the custodian has.`],
  ['linkedin', 'en', 'national_id', `UAT cleanup: someone had used a real employee's SSN (262489645) as a test fixture. It's purged and the employee has been told. Use synthetic data, please.`],
  ['linkedin', 'en', '', `Our new KYC screen rejects any SSN with a 000, 666 or 900-series area number or a 00 group, like the 666-12-3456 someone tried on Tuesday. ITINs go in their own field.`],
  ['linkedin', 'en', 'national_id email', `For the benefits enrollment fix, send your dependent's details to benefits@keystonelife.com. Mine as an example: my son's SSN 006-78-1960 had simply been dropped from the dental plan.`],
  ['linkedin', 'en', 'national_id', `Trust account opened today for a minor beneficiary; custodian ITIN 972-88-1157, child's SSN 457-53-1699. Documents scanned to the client file.`],

  // --- Phones, second round ---
  ['linkedin', 'en', 'phone', `Yes, our mortgage department still accepts faxes: (401) 278-5512. Yes, it is 2026.`],
  ['linkedin', 'en', 'phone', `+1 212 608 4471 is the new reception number for our Midtown wealth office. The old one forwards until year-end.`],
  ['x', 'en', 'phone', `card platform on-call this weekend: 646-702-3318. text, don't call, unless something is on fire`],
  ['linkedin', 'en', 'phone', `Montreal clients of our cross-border desk: Sophie is back from leave and reachable at 514-871-3390 or her mobile 438 219 6607.`],

  // --- Clean variety ---
  ['linkedin', 'en', '', `Live from the community banking conference at the Boston Fed: a panel on deposit pricing just said what we're all thinking. The digital banks set the rate now, and the rest of us react.`],
  ['linkedin', 'en', '', `Live-posting from our Hartford claims center on day one of storm response: 140 adjusters, two coffee urns and a whiteboard that just says "call them back today".`],
  ['linkedin', 'en', '', `Poll: what's the hardest part of quarter close?
◻ Intercompany eliminations
◻ Accruals nobody told you about
◻ The disclosure committee
◻ Getting the CFO to sign`],
  ['linkedin', 'en', '', `Holiday-season reminder from Compliance: any gift over $100 from a client or vendor goes in the gifts register. Homemade cookies are exempt. Probably.`],
  ['linkedin', 'en', '', `Proud moment: our Philadelphia fund-services team passed its SOC 1 Type II with zero exceptions. Clients can request the report under NDA through their relationship manager.`],
  ['linkedin', 'en', 'confidential_marker', `UNDER NDA - vendor evaluation notes, fraud-scoring platforms
Vendor A: strong on ACH, weak on P2P
Vendor B: best model, worst SLA
Vendor C: cheapest, no model explainability`],
  ['linkedin', 'en', 'financial', `Preliminary 2027 budget for the contact center is $71.5M, up 9%. It still needs ExCo sign-off in two weeks, so consider this a sneak peek for my team only.`],
  ['linkedin', 'en', 'confidential_marker financial', `INTERNAL
Q3 flash P&L by segment ($M)
| Segment | Revenue | Plan |
| Consumer | 412 | 398 |
| Commercial | 287 | 301 |
| Wealth | 164 | 150 |
Final after the audit committee on 10/22.`],
  ['linkedin', 'en', '', `Q3 segment revenue as published ($M):
| Consumer | 412 |
| Commercial | 287 |
| Wealth | 164 |
The full tables are in our 10-Q on EDGAR.`],
  ['x', 'en', 'financial', `EPS is going to crush consensus this quarter and I can't tell anyone for 9 more days. $2.12 vs $1.94 street. ok I just told everyone`],
  ['linkedin', 'en', 'codename internal_url', `Nébula pilot advisors: the feedback form is at https://forms.corp.acme.com/nebula-pilot. Please fill it in before Friday's retro.`],
  ['x', 'en', 'codename', `nebula advisor desktop crashed twice in the pilot today and it's STILL better than the old one`],
  ['linkedin', 'en', 'codename', `Kestrel conversion weekend has moved to February 14. Sorry to everyone who had dinner plans; the deposit system waits for no one.`],
  ['linkedin', 'en', 'client_name confidential_marker', `Confidential
Client: Société Générique
Relationship review: expand the FX hedging line; credit memo due 12/5; pricing to be agreed with the desk.`],
  ['linkedin', 'en', 'email', `New client-service address for our wealth clients: clientcare@harborviewwealth.com. Staffed 8 to 8 Eastern by actual humans.`],
  ['linkedin', 'en', 'phone email', `We're hiring tellers in Newark and Jersey City: $21–$24/hour, full benefits, paid training. Questions? Call our recruiting line at 973-624-1187 or email jobs@gardenstatefcu.org.`],
  ['x', 'en', 'secret', `the boardroom wifi password is on the whiteboard again: Boardroom-3F / Teller2026!! whoever did this please erase it`],
  ['linkedin', 'en', 'internal_url secret', `Jenkins job for the nightly positions file, for whoever covers me next week:
https://ci.intranet.harborview.com/job/positions-nightly
trigger token: 11f0c8ad93e74b2c9a5d7e31f4b06c28`],
  ['linkedin', 'en', '', `Compliance reminder: never text clients from your personal phone. Off-channel communication fines across the industry have passed $2 billion. That is not a typo.`],
  ['linkedin', 'en', '', `Thanks for flagging the ATM on Congress St; a technician is on the way. We don't need anything about your card or account to fix it.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Tom, for the escrow analysis question please email our escrow team at escrow.help@keystonemortgage.com with your loan number (not here!).`, { surface: 'comment' }],
  ['x', 'en', '', `@sarahk we're so sorry about the wait. Our team is on it; please DM us your name and branch, but never your account details.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Ms. Alvarez, I've asked our branch manager to call you today. If you'd rather call first, her direct number is 215-735-0498.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Sharing this morning's earnings release: revenue of $1.9B, up 5%, and a 7% dividend increase. The full release is on our investor relations page.`],
]);
