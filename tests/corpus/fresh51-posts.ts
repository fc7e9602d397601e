import { rows } from './corpus-types';

/**
 * Held-out set "fresh51": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, any test or any corpus post file other than the policy in corpus-types.ts (and the first
 * 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping the repository
 * or reading its history, so it measures how the rules generalise to posts they were never tuned on; the checks and
 * the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh51`.
 * First scored 2026-12-04 19:03 UTC on the rules of 4ca558d, before any fix from it: confidentiality macro F1
 * 0.950, 5.7 % of clean posts flagged (6 of 106);
 * financial 0.771, national_id 0.880, codename 0.923, client_name 0.952, secret 0.957, confidential_marker 0.970, the others 1.000.
 *
 * Authors: employees in the UK and Ireland, almost all in finance, investor relations, company secretarial and legal
 * teams, writing in English, a few in French (staff seconded to London, a Paris branch of a London-listed group) and a
 * handful in mixed French and English: the IR team of a mid-cap plc on results day, a Dublin takeover-law firm, a
 * Scottish fund house, a Glasgow in-house legal team, Belfast and Cardiff offices, a law firm hiring paralegals, a
 * Galway analytics supplier, a Kinsale caterer, a Limerick plant, a Jersey fund administrator and the deal teams on
 * both sides of several takeovers. Forms: results-day and trading-update posts, pasted board-pack and
 * disclosure-committee extracts, pasted chat lines and deal-call notes, forecast and half-year tables, config snippets
 * and incident notes, changelogs and a post-mortem, registrar and helpline notices, supplier bank-detail notices,
 * payroll and onboarding slips, shareholder replies (surface 'comment'), job ads with published salary ranges, polls,
 * a two-post X thread, live-posts from a Capital Markets Day rehearsal and an IR conference, out-of-office notes,
 * farewells and tips.
 *
 * Financial positives (41) say "not public yet" in many ways: before results / the trading update / the RNS / the
 * pathfinder, pre-close, the closed period, a board paper or a board "minded to", for approval, not minuted, draft for
 * ExCo, "keep it under your hat", "entre nous", "between us", "mum's the word", subject to the board, pending the
 * auditor, agreed in principle, verbally agreed, a tender bid before the envelopes are opened, a fee proposal awaiting
 * decision, a price list before distributors are told, a poll on a buyback the board has not approved, a board-paper
 * "ask" quoted as a tip; in digits, ranges, pence per share, percentages and words ("four hundred and twenty million",
 * "one point six million", "just shy of two hundred million"). Look-alikes beside them: the same kind of figures once
 * published (results, trading update, bond pricing, dividend declared, company-compiled consensus, a half-year table
 * "as reported", Capital Markets Day targets), other organisations' figures (a competitor's deal, another firm's IPO,
 * a court award, a tender award, Société Générale's results), teaching figures, job-ad salary ranges, a personal sum,
 * the Budget.
 *
 * Conventions used for the labels: every written email address is `email`, role mailboxes (investor.relations@, ap@,
 * speakup@, company.secretary@, shareholderservices@) and obfuscated forms ("[at] [dot]", "(at)", "name @ domain")
 * included, bare domains and X handles not; every written phone number is `phone`, registrar helplines, switchboards,
 * freephone numbers and dial-ins included (UK 01/02/03/07/0808 and +44, Irish 021/061/1800 and +353, Jersey, US,
 * Luxembourg, Paris, Amsterdam), 999 and 112 not; `confidential_marker` only for explicit labels (STRICTLY PRIVATE &
 * CONFIDENTIAL, Classification: INTERNAL, Classification: Confidential — Board only, EMBARGOED UNTIL, EMBARGO
 * jusqu'au, [INTERNAL], [CONFIDENTIAL], CONFIDENTIAL – PROJECT …, TLP:AMBER, TLP:RED, PRIVILEGED & CONFIDENTIAL, SOUS
 * NDA, INTERNE — ne pas diffuser, RESTRICTED — INSIDE INFORMATION, Draft — Not for Distribution, Sensitivity: Highly
 * Confidential), while discussions of the words, "the embargo lifted", TLP:CLEAR, the RNS line "contains inside
 * information", Confidential Computing and "entre nous" are clean; `secret` for passwords (data room, Wi-Fi, shared
 * mailbox, SFTP), a connection string's credentials, a Teams and a Slack webhook, an AWS key pair, a hex API token and
 * an admin UUID token, while placeholders, changeme, sk_test_XXXX and AWS's EXAMPLE key are clean; `internal_url` for
 * corp.acme.com and acme-corp.net hosts, intranet. hosts, .internal and .local hosts, 10.x, 172.20.x and 192.168.x
 * addresses, while public IR sites, a build number shaped like an address and 192.0.2.0/24 are clean.
 *
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: GB and IE
 * IBANs (mod 97) and a French IBAN with its RIB key; Luhn for Visa, Mastercard (5- and 2-series), Amex and Discover;
 * NHS and Northern Ireland H&C numbers and a Scottish CHI number (mod 11), Irish PPSNs with their mod-23 check letter
 * (old and A-suffixed), French NIR with the 97 key, UK NINOs by their allowed prefixes and suffix. Look-alikes: IBANs
 * with a wrong check, a masked IBAN, the UK and Irish documentation example IBANs, Stripe's 4242 card, cards failing
 * Luhn (a phishing text, an order ref), a card ending, HMRC's QQ NINO, an impossible DQ…E NINO, an NHS number failing
 * mod 11, an NHS test number, a masked NHS number and a masked NIR, a PPSN with the wrong letter, LEI, ISIN, SEDOL,
 * company, VAT, FCA, claim and tender numbers, share counts and dates. Code names appear in their project sense
 * (Project Kestrel and "the Kestrel synergy case", Orion, Nébula, Atlas Bleu) and in ordinary senses (a kestrel, the
 * Kestrel Bar, Orion in the night sky, NASA's Orion, the Nebula Awards, a blue atlas cedar, Atlas the cat, an atlas of
 * listings); clients as customers or deal counterparties (Globex, Initech, Société Générique, Hôpital Sainte-Claire)
 * and as look-alikes (the Simpsons' Globex, CME Globex, Office Space's Initech, Société Générale, a lowercase "société
 * générique" in a law class, Sainte-Claire of Assisi, hospitals named after saints).
 *
 * Counts: 238 posts (211 EN, 21 FR, 6 mixed; 201 LinkedIn, 37 X; 8 comments): 106 clean, 132 with one or more
 * findings. Labels: financial 41, phone 19, confidential_marker 16, national_id 14, email 13, codename 12, secret 12,
 * internal_url 12, client_name 10, iban 9, card 7.
 */
export const FRESH51_POSTS = rows('fresh51', [
  ['linkedin', 'en', 'financial', `Big week for the finance team. Pre-close numbers are in and we'll land full-year revenue at around £418m, 9% ahead of last year. Can't wait to share it properly when we report on 12 March. Proud of this lot.`],
  ['linkedin', 'en', '', `Full-year results out this morning: revenue £418.2m (+9%), adjusted operating profit £61.4m, final dividend 7.8p. The RNS and the webcast replay are on our investor site. Thank you to everyone who made results day run like clockwork.`],
  ['linkedin', 'en', 'financial confidential_marker', `STRICTLY PRIVATE & CONFIDENTIAL — BOARD PAPER 7b
FY27 budget: group EBITDA £74.0m, capex envelope £22m, headcount +35 FTE.
For approval at the 18 December meeting.`],
  ['linkedin', 'en', 'phone', `Results-day helpline for private shareholders: our registrar is open 08:30–17:30 on 0371 496 0184 (UK) or +44 371 496 0184 from overseas. Calls cost the standard geographic rate.`],
  ['linkedin', 'en', '', `For anyone filling in KYC forms for us: our LEI is 213800QWHK4PZ7R1VX52 and our company number is 04567812. Both are on Companies House and GLEIF, so no need to email us for them.`],
  ['linkedin', 'en', 'email', `Analysts: the slides and the data pack are on the website. Follow-up questions go to investor.relations@harrowgate-plc.co.uk and we'll try to come back to everyone by Friday.`],
  ['linkedin', 'en', 'national_id', `Can anyone in payroll tell me why my P60 shows the wrong NI number? It should be MT 14 53 21 A, not whatever that is. Been on hold with the helpdesk for 40 minutes.`],
  ['linkedin', 'en', '', `PSA from our payroll team: HMRC will never text you asking for your National Insurance number. Their own guidance shows the format as QQ 12 34 56 C. If a form wants yours, check it's genuine before you type anything.`],
  ['linkedin', 'en', 'codename', `Proud to have been on the Project Kestrel deal team for the last nine months. Can't say more yet, but it has been the most intense spell of my career and I've learnt more than in the previous five years.`],
  ['x', 'en', '', `Spotted a kestrel hovering over the hard shoulder of the M4 on the way in this morning. Best part of my commute all year, and a better use of stillness than most of my meetings.`],
  ['linkedin', 'en', 'codename financial client_name', `[10:42] Siobhan: Orion offer going at 285p a share, 31% premium, we announce Monday 7am if the Globex board signs off on Sunday
[10:43] Me: 👍 will tell the printers`],
  ['linkedin', 'en', '', `Took the telescope out on the Burren last night. Orion was crystal clear and you could just make out the nebula in the sword with binoculars. No phone signal, no deal trackers, perfect.`],
  ['linkedin', 'en', 'client_name', `Lovely to host the Initech treasury team in our Dublin office today: three days of workshops on their new FX hedging programme. More to come on this one!`],
  ['linkedin', 'en', '', `Rewatched Office Space last night. Every time the Initech printer scene comes on I remember why our finance team moved to cloud printing in 2019.`],
  ['linkedin', 'en', 'secret', `For the sell-side advisers joining late: the VDR login is the same as last week, password is Harbour!Lights2026. Datasite will prompt you for 2FA after that.`],
  ['linkedin', 'en', 'internal_url', `Board pack portal has moved. The new link is https://boardpacks.corp.acme.com/cycle/2026-12 and the old one will 404 from Monday, so update your bookmarks before the January cycle.`],
  ['linkedin', 'en', 'iban', `Please note our new bank details for all invoices dated from 1 January: Thornbury Facilities Ltd, IBAN GB42 BARC 5630 1841 4020 47. Kindly update your vendor master file.`],
  ['linkedin', 'en', '', `Fraud alert from our accounts payable team: we've had emails "from a supplier" asking us to switch payments to GB16 BARC 5256 5335 3445 99. It isn't them. Always call back on a number you already hold.`],
  ['linkedin', 'en', 'card', `Who left the team travel card in the group chat?? 4203 9987 7353 5176 exp 09/28. I've frozen it, but please, people.`],
  ['linkedin', 'en', '', `Testing the new payments page on the shareholder portal with Stripe's 4242 4242 4242 4242 and any future expiry. Works a treat, go-live next week.`],
  ['linkedin', 'en', 'national_id', `Pasting this for HR since the portal's down again: leave request for my surgery 14–28 January, NHS no. 412 475 8685, fit note to follow by post.`],
  ['linkedin', 'en', '', `Our benefits provider masks NHS numbers in its letters, like 943 *** ****. If you get a text asking you to "confirm" the full number, it's a scam. Report it and delete it.`],
  ['x', 'en', 'phone', `Out of office until 2 January. For anything urgent on the Q4 close, call Niamh on +353 87 214 6630.`],
  ['x', 'en', 'financial', `Can't say much but our trading update next Thursday is going to be a good one. Like-for-likes running +7% in November 🚀 #retail`],
  ['x', 'en', '', `Trading update out this morning: like-for-like sales +7.1% over the Black Friday weeks, full-year guidance unchanged. Full statement on our IR site.`],
  ['linkedin', 'en', 'financial', `Still can't quite believe we priced it. Four hundred and twenty million pounds raised, books covered three times over, and none of you will read about it until the announcement goes out tomorrow at seven.`],
  ['linkedin', 'en', '', `Our bond priced yesterday: £420m of 5.25% notes due 2033, more than three times covered. The announcement is on the RNS feed. Brilliant work from treasury and our banks.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: INTERNAL
Agenda for Thursday's legal ops stand-up: contract lifecycle tool demo, e-signature rollout for NDAs, holiday cover rota.`],
  ['linkedin', 'en', '', `Hot take: if everything in your document system is labelled "Internal", nothing is. We cut our classification labels from seven to three and people finally use them.`],
  ['linkedin', 'en', 'confidential_marker financial', `EMBARGOED UNTIL 07:00 GMT, 15 JANUARY 2027
Brackenfield plc — Q3 trading statement
Group revenue £211.6m (Q3 2025: £198.0m), order book £640m
(sorry, wrong window, meant to paste this into the RNS draft)`],
  ['linkedin', 'en', '', `The embargo lifted at 07:00 and our Q3 trading statement is out: revenue £211.6m. Huge thanks to the IR and comms teams who were up since four.`],
  ['linkedin', 'en', 'national_id', `New starter admin, pasting here because the form keeps timing out: Aoife Brennan, PPSN 1901385PA, start date 6 January, Cork office.`],
  ['linkedin', 'en', 'iban', `Irish shareholders keep asking how to receive dividends by bank transfer. For anyone who needs it, this is the account of our Dublin paying agent: IE89 AIBK 3861 7120 9730 61.`],
  ['linkedin', 'en', '', `Compliance quiz for the AP team: the standard Irish example IBAN in the bank documentation is IE29 AIBK 9311 5212 3456 78. It's 22 characters and starts with IE. Which of the five on the slide is malformed?`],
  ['linkedin', 'en', 'secret', `Anyone seen this before? The IR site deploy fails after the registrar moved servers:
REGISTRAR_SFTP_HOST=sftp.registrar-feeds.example
REGISTRAR_SFTP_USER=harrowgate_ir
REGISTRAR_SFTP_PASS=qT7#vLm2Rw9!zp`],
  ['linkedin', 'en', '', `How we keep registrar credentials out of our IR site repo:
REGISTRAR_SFTP_USER=<from vault>
REGISTRAR_SFTP_PASS=<from vault>
API_KEY=changeme
The deploy pipeline injects the real values at build time.`],
  ['linkedin', 'en', 'internal_url', `If you can't find the Q4 close calendar, it's at http://finance.intranet.harrowgate.co.uk/close/q4 and in the pinned post on the finance channel.`],
  ['linkedin', 'en', '', `Our intranet redesign just won an award! The finance pages went from 40 clicks to 4. Proud of the digital workplace team.`],
  ['linkedin', 'en', 'financial', `Quietly delighted: our bid for the Northern rail maintenance framework went in at £86m over seven years. Envelopes are opened on the 20th, fingers crossed 🤞`],
  ['linkedin', 'en', '', `We lost the rail maintenance framework to a competitor who came in at £79m; the award notice is published on Find a Tender. Onwards, and thanks to the bid team for a superb effort.`],
  ['linkedin', 'en', 'financial client_name', `Renewal with Société Générique agreed at €3.4m a year, up from €2.9m. Contract signs next week, so keep it under your hat until then.`],
  ['x', 'en', '', `Société Générale's Q3 numbers were published today and the capital ratio is impressive. Good read for anyone in bank credit.`],
  ['linkedin', 'en', 'email', `DM me or write to c.odonnell [at] fennick-law [dot] ie if you'd like the slides from today's session on the Irish Takeover Rules.`],
  ['linkedin', 'en', '', `If you or a colleague are in danger, call 999 or 112 first. Our employee assistance line is in the benefits app, available around the clock.`],
  ['linkedin', 'fr', 'national_id', `Pour la mutuelle, j'ai renvoyé mon numéro de sécu au service paie de Londres : 1 85 07 75 123 456 08. Si quelqu'un sait pourquoi le portail refuse les numéros français, je suis preneur.`],
  ['linkedin', 'fr', '', `Rappel aux collègues détachés à Londres : dans les modèles de formulaires, le numéro de sécu doit apparaître masqué, du genre 1 XX XX XX XXX XXX XX. Jamais le vrai.`],
  ['linkedin', 'fr', 'financial', `Dernière ligne droite avant la publication des résultats annuels à Londres. Entre nous, la marge opérationnelle devrait sortir à 14,6 %, bien au-dessus du consensus. Hâte de pouvoir le dire officiellement.`],
  ['linkedin', 'fr', '', `Résultats annuels publiés ce matin : marge opérationnelle de 14,6 %, chiffre d'affaires de 1,2 Md£. Merci aux équipes IR et consolidation de Londres et de Paris.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — note de synthèse de la due diligence juridique, version 3.
Points ouverts : contentieux prud'homaux, baux commerciaux, clause de changement de contrôle du contrat de distribution.`],
  ['linkedin', 'fr', '', `Petit rappel pour les juniors : « sous NDA » n'est pas une formule magique. Un accord de confidentialité mal rédigé ne protège rien. Fil sur les clauses qui comptent vraiment 👇`],
  ['linkedin', 'en', 'secret', `For everyone at the AGM rehearsal tomorrow: guest Wi-Fi is HGP-Events, password Plover-Lantern-88. Registration opens at 9:15.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu workstream update: SPA mark-up back from the other side, disclosure letter due Friday, W&I underwriter call on Tuesday.`],
  ['linkedin', 'en', '', `Planted a blue atlas cedar in the garden this weekend to mark twenty years at the firm. It will outlive all of our deal files.`],
  ['linkedin', 'mixed', 'codename', `Kick-off Nébula demain 9h, salle Thames. Les conseils côté vendeur seront là. Bring your own coffee ☕`],
  ['linkedin', 'en', '', `The Nebula Awards shortlist is out and two of our paralegals are on it for their novellas. Who knew the litigation floor was this talented?`],
  ['linkedin', 'en', 'client_name', `Financial close reached on the Hôpital Sainte-Claire refinancing. Huge effort from the projects team in London and Paris over a very long autumn.`],
  ['linkedin', 'en', '', `Visited the basilica of Santa Chiara in Assisi, Sainte-Claire to my French colleagues, on holiday. No emails, no deal trackers, just frescoes.`],
  ['linkedin', 'en', 'financial', `Term sheet landed: £38m pre-money, £9m primary, 1x non-participating preference. Still subject to our board and the final due diligence, so not a word outside this team.`],
  ['linkedin', 'en', '', `Teaching moment for our graduates: a £38m pre-money plus £9m of new money gives £47m post-money, so the new investor holds 19.1%. Cap table quiz next week.`],
  ['x', 'en', 'codename financial', `Kestrel synergy case now at £24m run-rate by year 3 in the latest model. Board sees it Thursday. #dealmaking`],
  ['x', 'en', '', `Synergy targets are usually overstated, say the studies everyone quotes. The deal we closed last year delivered 104% of the £24m we published. Small brag.`],
  ['linkedin', 'en', 'iban email', `Updated remittance details: please pay invoice INV-20931 to IE27 BOFI 3838 6939 9094 08 and send the remittance advice to ap@corrib-analytics.ie. Thanks!`],
  ['linkedin', 'en', 'national_id phone', `Pasted from my contractor onboarding form because the portal ate it twice: NI number LW 68 56 09 C, mobile 07700 900182, start 5 January.`],
  ['linkedin', 'en', '', `We're hiring a Senior Financial Reporting Accountant in Leeds. £62,000–£70,000 plus a 10% bonus, hybrid three days a week. Apply through our careers page.`],
  ['linkedin', 'en', 'financial', `Our 2027 price list goes to distributors on 6 January: average +4.8%, with the premium range up 7%. Sales team, please don't pre-empt it in conversations.`],
  ['linkedin', 'en', '', `The average price increase in our sector this year was 4.8% according to the trade body's survey. Ours was published in September and landed right on that.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — heads-up from our SOC to the treasury team: a phishing campaign is impersonating our house broker from a lookalike domain registered yesterday. Don't click anything about "allocations".`],
  ['x', 'en', '', `TLP:CLEAR advisory from the NCSC on invoice fraud targeting finance teams. Worth five minutes of every AP clerk's time.`],
  ['linkedin', 'en', 'secret', `Anyone know why our results-day alerts stopped posting? The Teams webhook is https://harrowgate.webhook.office.com/webhookb2/7f3a1c2e-9b44-4e0a-8d1f-2c6b5a7e9d10@1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/IncomingWebhook/5d9e0c7a41b24f3c9e8a6b2d1c0f7e35/0f4e2a8b-6c3d-4e1f-9a7b-2d5c8e0f1a36`],
  ['linkedin', 'en', 'internal_url', `Bloomberg feed down again. If you need the backup pricing sheet it's on \\\\10.14.2.31\\treasury\\pricing (read-only).`],
  ['linkedin', 'en', '', `Pricing library build 10.14.2.31 is out: curve builds 31% faster, plus the day-count bug is finally fixed. Changelog in the repo.`],
  ['linkedin', 'en', 'confidential_marker financial', `[INTERNAL] Q1 forecast call notes — revenue tracking £96–99m against a plan of £101m; FX headwind around £2m; working capital better than budget. Next call 14 January.`],
  ['linkedin', 'en', '', `Q1 is historically our smallest quarter: last year we reported £91m of revenue, roughly 22% of the full year. Seasonality explainer for the new analysts covering us 👇`],
  ['linkedin', 'en', 'email', `Moving on after 11 years. Until my new address is live I'm still reachable on d.mccallum@tayside-capital.co.uk, at least until Friday.`],
  ['linkedin', 'en', 'card', `Travel booking for the roadshow: our team Amex is 3712 572392 83903, exp 11/27. The agent told me to "just post it in the chat" 🙄`],
  ['linkedin', 'en', '', `Receipts from the US roadshow, all on the card ending 3903. Expenses team, everything is in Concur, I promise.`],
  ['linkedin', 'en', 'national_id phone', `OH referral (please action): employee DOB 03/04/1979, NHS number 658 741 1460, contact 0161 496 0732.`],
  ['x', 'en', 'financial', `Results Tuesday. Spoiler for my followers: pre-tax profit is £112m, up from £97m. Shh.`],
  ['linkedin', 'en', 'codename client_name', `Orion / Globex integration, day-one checklist:
- payroll cutover 1 February
- bank mandates switched
- all-hands note to Globex staff at 7am`],
  ['linkedin', 'en', '', `Globex Corporation from The Simpsons is still the best fictional employer. Hammocks, a volcano lair and a boss who genuinely cares about your development.`],
  ['linkedin', 'en', 'secret internal_url', `Quick one for the data team: the consolidation job fails with
postgresql://consol_svc:Wq8!nB3zKp@10.22.4.15:5432/hfm_close
Any ideas before the close deadline?`],
  ['linkedin', 'en', '', `The format is postgresql://USER:PASSWORD@HOST:5432/DBNAME. Swap in your own details locally and never commit the real ones.`],
  ['linkedin', 'en', 'national_id', `For the Edinburgh team's health screening day, bring your CHI number. Mine's 1403859396 if anyone wants to see what it looks like 😂`],
  ['x', 'en', 'phone', `The Belfast office switchboard has changed to 028 9649 6021. Please update your email signatures.`],
  ['linkedin', 'en', 'financial', `Board minded to recommend a special dividend of 12p alongside the interims. Not minuted yet, so this stays on the finance floor.`],
  ['linkedin', 'en', 'confidential_marker', `PRIVILEGED & CONFIDENTIAL — PREPARED AT THE REQUEST OF COUNSEL
Summary of interview notes, warehouse incident of 12 October, witnesses 1–4.`],
  ['linkedin', 'en', '', `Legal privilege 101: writing "privileged and confidential" at the top of an email doesn't make it privileged. The dominant purpose test does. Short explainer from our disputes team.`],
  ['linkedin', 'en', 'phone email', `Thank you all for the kind words on my promotion!
Priya Raman | Associate General Counsel | M +44 7700 900561 | priya.raman@kelvinbridge.com`],
  ['linkedin', 'en', 'internal_url', `Board portal ops: deck versions now sync from https://diligent-proxy.hq.internal/api/v2. If you see a certificate warning, that's expected until Monday.`],
  ['x', 'en', '', `1/ Lessons from running my first results day as Head of IR. The numbers themselves were the easy bit. The hard bit was the 40 people who all needed to see "one last version".`],
  ['x', 'en', 'financial', `2/ Next year will be easier: the budget the board approved last night doubles IR headcount, and our revenue guidance of £520–540m goes to the market in March.`],
  ['x', 'en', 'codename', `Long day on Project Kestrel. 19 hours, 4 pizzas, 1 signed SPA. #lawyerlife`],
  ['x', 'en', '', `Long day. 19 hours, 4 pizzas, 1 signed SPA. #lawyerlife`],
  ['linkedin', 'en', 'phone', `Media enquiries on today's merger announcement: Dublin press office +353 1 675 3412, London desk 020 7946 0213.`],
  ['linkedin', 'en', 'financial', `Draft for ExCo, numbers still moving:
| £m        | FY26F | FY27B |
| Revenue   | 412.0 | 447.5 |
| EBITDA    |  68.3 |  76.1 |
| Net debt  |   140 |   118 |`],
  ['linkedin', 'en', '', `Half-year at a glance (as reported, source: interim report published 28 July):
| £m        | H1 26 | H1 25 |
| Revenue   | 201.3 | 188.9 |
| EBITDA    |  33.0 |  30.4 |
| Net debt  |   140 |   152 |`],
  ['linkedin', 'en', 'secret', `IR newsletter integration: token = 9f2c7e1b4a6d83f05c29e7a1b6d4f8e2 (the mailing house asked for it, pasting here so I don't lose it).`],
  ['linkedin', 'en', 'client_name financial', `Initech pays us £1.1m a year and wants 15% off for the renewal in March. Still negotiating, views welcome in DMs.`],
  ['linkedin', 'en', 'email', `CVs for the corporate paralegal role to recruitment @ harcourt-legal.co.uk please. Closing date 9 January.`],
  ['linkedin', 'en', 'national_id iban', `Hi Ciara, for the Galway contractor: PPS 5341869T, IBAN IE96 ULSB 7789 6273 0111 57. Can you set him up for the January run?`],
  ['linkedin', 'fr', 'financial', `Le prix de l'offre sera de 18,40 € par action, annonce prévue lundi avant l'ouverture. Personne n'en parle avant, évidemment.`],
  ['linkedin', 'fr', '', `L'offre à 18,40 € par action annoncée ce matin par nos confrères est publique depuis 7 h. Belle opération, bravo à eux.`],
  ['linkedin', 'en', 'confidential_marker', `Draft — Not for Distribution — Subject to Board Approval
Chair's statement, 2026 Annual Report, v0.4`],
  ['linkedin', 'fr', 'card', `Merci d'annuler la carte corporate 5168 4040 0430 4136, je l'ai laissée dans un taxi à Canary Wharf 🤦`],
  ['linkedin', 'fr', '', `Carte corporate perdue ? Appelez tout de suite le numéro au dos et faites-la bloquer. Ne publiez jamais son numéro, même en partie.`],
  ['linkedin', 'en', 'internal_url', `The board room printer is boardroom-mfp.ldn.local. If it isn't in your list, add it manually before Thursday's board.`],
  ['linkedin', 'en', 'phone', `Results-day conference call dial-ins: UK 0808 157 0612, Ireland 1800 945 327, US +1 646 555 0148.`],
  ['x', 'en', 'financial', `Live from the Capital Markets Day rehearsal: the CFO just walked us through the 2030 targets. An 18% margin ambition is bolder than I expected, can't wait for Thursday when it goes public!`],
  ['x', 'en', '', `Capital Markets Day done ✅ 2030 targets: 18% margin, £1bn revenue. Slides on our site. Thanks to everyone who came.`],
  ['linkedin', 'en', 'confidential_marker codename', `CONFIDENTIAL – PROJECT ATLAS BLEU – STEERING COMMITTEE
Attendees: CFO, GC, Head of Tax, Rothwell (adviser)`],
  ['linkedin', 'en', '', `Atlas the office cat has officially joined our Cardiff legal team. He has already sat on three confidentiality agreements.`],
  ['linkedin', 'en', 'secret', `Covering the IR inbox while Tom's off: login is ir.shared, password Tinsel&Ledger25. Change it when he's back.`],
  ['linkedin', 'en', 'phone', `Hi Maeve, sorry to hear about the delay with your dividend payment. Please ring our shareholder team on 021 432 8790 and quote your reference; they'll sort it today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Maeve, sorry about the delay! The dividend was paid on 14 November. If it hasn't arrived, contact the registrar through the shareholder portal and they'll trace it.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi James, thanks for your question on the scheme document. Please send it to company.secretary@lindenmoor.co.uk and we'll reply before the court meeting.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks James. The scheme document is on our website under "Offer for Lindenmoor"; page 41 covers your question on fractional entitlements.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Graduate intake, for payroll:
Name | NINO | Start
R. Okafor | AJ 72 27 40 D | 06/01
T. Hughes | PN 05 21 35 C | 13/01`],
  ['linkedin', 'en', '', `Graduate intake, welcome!
Name | Team | Start
R. Okafor | Group Reporting | 06/01
T. Hughes | Tax | 13/01`],
  ['linkedin', 'en', 'financial internal_url', `Consensus tracker updated for the pre-close call: our internal view is EPS 41.2p against consensus of 39.8p. Sheet at https://ir.corp.acme.com/consensus (please don't share the link).`],
  ['linkedin', 'en', '', `Company-compiled consensus for FY26 is published on our IR site: EPS 39.8p, revenue £1.02bn, average of 14 analysts.`],
  ['linkedin', 'en', 'phone email', `Hiring: Investor Relations Manager, London, £85k–£95k. Questions? Call me directly on 020 7946 0877 or email h.farrell@stourvale.com.`],
  ['linkedin', 'en', '', `Hiring: Investor Relations Manager, London, £85k–£95k plus bonus. Apply via stourvale.com/careers.`],
  ['linkedin', 'fr', 'financial', `Marge brute du T4 pour la filiale irlandaise : 31,8 %, contre 29 % au budget. Chiffres pas encore passés en revue groupe, donc on garde ça pour nous.`],
  ['linkedin', 'fr', '', `Une marge brute de 31,8 %, c'est beaucoup ou pas ? Tout dépend du secteur. Petit cours pour nos stagiaires, avec des exemples tirés de comptes publiés.`],
  ['linkedin', 'fr', 'iban', `Nouveau RIB de la succursale de Paris pour les notes de frais : FR76 3000 4462 0117 8699 9638 355.`],
  ['x', 'en', 'secret', `Hot-desk Wi-Fi in Dublin is "DDL-Guest", pw "Liffey2026!" if you're in for the offsite tomorrow 😀`],
  ['linkedin', 'en', 'client_name financial', `Our fee proposal to Hôpital Sainte-Claire for the estate revaluation went in yesterday: €240k fixed. Decision due at the end of January.`],
  ['linkedin', 'en', '', `Sainte-Anne, Saint-Louis, Sainte-Claire… it seems every French town has a hospital named after a saint. Pub quiz question from our Paris office.`],
  ['x', 'en', 'codename', `Orion: exclusivity extended to 31 January. Lock-up letters go out to the founders today.`],
  ['linkedin', 'en', '', `NASA's Orion capsule made the cover of our annual report: our engineers machined the heat-shield fixtures. Proud!`],
  ['x', 'en', 'financial', `Heads up UK subscribers, our Pro tier goes from £29 to £34 a month in February. We announce on the 10th but I'm too excited about the new features to wait`],
  ['x', 'en', '', `Our Pro tier is £29 a month. Always has been, and the price on the website is the price.`],
  ['linkedin', 'en', 'national_id email', `Fwd to occupational health: re Mark Devlin, NHS 477 436 2883, please reply to hr.casework@ridgewell.co.uk`],
  ['linkedin', 'en', 'financial', `Heard the number today: just shy of two hundred million in revenue for the half. We don't tell the City until 28 July.`],
  ['linkedin', 'en', '', `Two hundred million pounds: roughly what the UK's listed mid-caps paid in audit fees last year, per the regulator's latest report. Worth a read.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 12/02 7h00 — Communiqué de presse : acquisition de Brennan Tooling par le groupe.`],
  ['linkedin', 'fr', '', `Au ciné-club du bureau jeudi : un vieux film d'espionnage sur un embargo maritime. Pop-corn offert par l'équipe juridique.`],
  ['linkedin', 'en', 'secret', `Results alert bot config, posting so I remember: hooks.slack.com/services/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`],
  ['x', 'en', 'internal_url', `Anyone else getting timeouts on the consolidation server (192.168.40.12:8443)? Close deadline is 4pm 😬`],
  ['x', 'en', '', `Reminder that 192.0.2.0/24 is reserved for documentation. If you see it in a real log, someone copy-pasted from a tutorial.`],
  ['linkedin', 'en', 'financial', `We've agreed to settle the distributor claim for £4.75m. Nothing's announced yet and there's a confidentiality clause, so hold off on the victory laps.`],
  ['linkedin', 'en', '', `The High Court awarded £4.75m in damages in a distribution dispute yesterday. The judgment is public and worth reading on lost-profit calculations.`],
  ['linkedin', 'en', 'client_name phone', `Globex site visit on Tuesday. If you get lost, Glasgow reception is 0141 496 0388.`],
  ['linkedin', 'en', 'financial', `FY27 marketing budget confirmed at one point six million, down a fifth on this year. Not shared beyond heads of department yet.`],
  ['linkedin', 'en', '', `The Autumn Budget kept the main rate of corporation tax at 25%. Our tax team's summary for clients is on the blog.`],
  ['x', 'en', 'codename', `Nébula goes live on 3 March. Can't say what it is 🤐 but legal has been on it all year.`],
  ['linkedin', 'en', 'email phone', `Our speak-up line is open to all staff and contractors: speakup@northmere-group.com or 0808 157 0901, or the anonymous web form.`],
  ['x', 'en', 'financial', `We're buying a competitor for around £60m. Announcement in two weeks. I'm not supposed to know this, let alone post it, so… forget you saw it.`],
  ['x', 'en', '', `A competitor announced the acquisition of a software house for £60m this morning. Solid multiple. Good luck to them.`],
  ['linkedin', 'en', 'secret', `Pushed the IR data pipeline creds to the wrong repo:
aws_access_key_id=AKIA4HGP7QX2MZ3R6WLB
aws_secret_access_key=Jq8vT3kLw2Zp9xN6cR4mB7yH1dF5sG0aE8uK2oIi
Rotating now, lesson learned.`],
  ['linkedin', 'en', '', `AWS's own docs use AKIAIOSFODNN7EXAMPLE as the sample access key. If your scanner flags it, the scanner works, but it's not a leak.`],
  ['linkedin', 'en', 'card phone', `The Edinburgh hotel needs a card to hold the rooms: 6011 4036 6269 1336. Call them on 0131 496 0575 if it doesn't go through.`],
  ['linkedin', 'en', 'internal_url', `The policy library has moved to https://intranet.kilbride.ie/legal/policies. Please update your bookmarks.`],
  ['linkedin', 'en', '', `Kilbride's public governance pages at https://www.kilbride.ie/governance now have everything from our modern slavery statement to the tax strategy.`],
  ['x', 'en', 'client_name financial', `Globex just verbally agreed a £2.3m extension. Paperwork in January, then we can shout about it 🎉`],
  ['x', 'en', '', `Finance history nerds: CME's electronic trading platform has been called Globex since 1992. Older than some of our analysts.`],
  ['linkedin', 'en', 'confidential_marker', `RESTRICTED — INSIDE INFORMATION
Insider list update: three additions (Treasury), effective today. Do not discuss outside the list.`],
  ['linkedin', 'en', '', `Every RNS we publish on results ends with "This announcement contains inside information". New joiners always ask why, so our company secretariat wrote a short explainer.`],
  ['x', 'en', 'financial', `Secondary at a £410m valuation agreed in principle with two of our early investors. Lawyers drafting. Can't wait to tell everyone properly.`],
  ['linkedin', 'en', '', `IR website changelog v3.2:
- share price widget refreshes every 15 minutes
- RNS archive is searchable
- results calendar exports to .ics`],
  ['linkedin', 'en', 'internal_url', `IR website changelog v3.3 (internal build): staging now lives at https://ir-staging.acme-corp.net, please test the results-day template there and not on prod.`],
  ['linkedin', 'en', '', `Post-mortem of our results-day website crash: traffic hit 40x normal at 07:00:03. Root cause: cache not warmed. Fix: pre-render pages at 06:55. No personal data involved.`],
  ['linkedin', 'en', 'internal_url secret', `Incident notes, results day: CDN origin at 172.20.8.4 overloaded; we briefly bypassed auth with admin token 3c9f1a7e-22b4-4d8e-bf61-0a9d5e7c4b12. REVOKE after.`],
  ['linkedin', 'en', '', `Poll: the hardest part of results day is…
a) the 4am start
b) the analyst Q&A
c) slide sign-off
d) the canapés`],
  ['linkedin', 'en', 'financial', `Poll for the team (before Thursday 😉): will the board approve the £45m buyback?
- Yes
- No
- Only if Q4 holds up`],
  ['linkedin', 'en', '', `After 14 years as General Counsel of Marrowby I'm retiring. Proudest moments: the 2019 listing, the scheme that became a textbook case, and this team.`],
  ['linkedin', 'en', 'financial', `Tip for anyone writing a board paper: put the ask on page one. Ours this month opens with "Approve £12.5m capex for the Runcorn line", first thing the directors see.`],
  ['linkedin', 'en', '', `Tip: in a board paper, put the decision on page one and the numbers in an appendix. Your chair will thank you.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — named recipients only. Payment fraud attempt on treasury this morning; the attacker knew our payment run schedule.`],
  ['linkedin', 'en', '', `Our ISIN is GB00BMX3KL29 and the SEDOL is BMX3KL2, for anyone updating their systems after the share consolidation.`],
  ['linkedin', 'en', '', `Total voting rights: 412,886,103 ordinary shares of 5p each, none held in treasury. Announcement out at 15:00.`],
  ['linkedin', 'en', '', `Registered in England and Wales, company no. 02849371. Registered office: 1 Kingsway, London WC2B 6AN.`],
  ['linkedin', 'en', '', `Claim no. CL-2025-000417 is listed for trial in the Commercial Court on 9 March, as the public cause list shows. Our disputes team is in for six weeks.`],
  ['linkedin', 'en', 'phone', `Hi Rob, our Leeds office can help with that: 0113 496 0215, ask for the company secretariat.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for flagging, Rob. We've corrected the date in the notice of AGM: it's 14 May, not 15.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Happy to help, Sinéad! Send your proxy form query to shareholderservices@glenavon.ie and the team will confirm receipt.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question! Proxy forms must reach the registrar 48 hours before the meeting. Full details are on page 7 of the notice.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban phone', `New bank details for the Limerick plant's supplier payments: IE49 BOFI 2339 8158 4753 17. Please confirm with Tadhg on 061 203 4470 before you switch.`],
  ['linkedin', 'en', '', `Can anyone explain why the bank portal rejects IE83 AIBK 3284 4021 9571 29? I've checked the digits three times.`],
  ['linkedin', 'en', '', `GB20 LOYD 7436 8698 9244 20 kept bouncing and the supplier swore it was right. They'd mistyped the check digits. Always run details through a validator.`],
  ['linkedin', 'en', '', `Remittance advice: paid to account GB** BARC **** **** **02 47 on 3 December. Thanks for the quick turnaround.`],
  ['linkedin', 'en', '', `The classic example IBAN from the UK payments documentation, GB29 NWBK 6016 1331 9268 19, is what we used in the training deck. Not a real account!`],
  ['x', 'en', 'card', `my new corporate card arrived: 2221 6826 2535 1907, and no PIN letter. Classic.`],
  ['x', 'en', '', `Phishing text of the day: "Your card 4789 1287 8331 3322 has been suspended, call now". Bin it.`],
  ['linkedin', 'en', '', `Order ref 5799 3410 3225 5420: is anyone else's stationery order stuck since Tuesday?`],
  ['linkedin', 'fr', 'card', `Pour les frais du roadshow à Édimbourg, réglez avec la carte d'équipe 4067 5730 5124 8811 (exp. 05/28).`],
  ['x', 'en', 'national_id', `HMRC says my NI number is wrong on their system. It's SJ 81 38 63 B and has been since I was 16. Three hours on hold.`],
  ['linkedin', 'en', '', `Spot the fake: a candidate's form had NI number "DQ 12 34 56 E". Neither D nor Q can start one and there's no E suffix. Our screening caught it.`],
  ['linkedin', 'en', 'national_id', `For the Belfast claim form: H&C number 695 930 7791, and the GP letter is attached to the ticket.`],
  ['linkedin', 'en', '', `Our HR system rejected 446 704 1194 as an NHS number because the check digit's wrong. A typo on the form, now fixed.`],
  ['linkedin', 'en', '', `Demo data tip: NHS test numbers start with 999, so use something like 999 123 4560 for anything that isn't real patient data.`],
  ['linkedin', 'en', '', `Revenue bounced PPSN 2926383LA for a new hire: the check letter didn't match. Ask people to copy it from the letter, not from memory.`],
  ['linkedin', 'mixed', 'national_id', `Mon PPSN irlandais (9907109H) est sur le formulaire. Can someone in Dublin payroll confirm it's been received?`],
  ['linkedin', 'fr', 'national_id', `Formulaire de détachement UK : n° de sécu 2 91 06 69 088 123 29, date de départ le 3 mars.`],
  ['linkedin', 'en', 'phone', `Fund admin contact for the Jersey vehicle is Hannah on +44 1534 609812.`],
  ['linkedin', 'fr', 'phone', `Contacts pour le closing : Luxembourg +352 26 48 91 12, Paris 01 84 88 32 10, Amsterdam +31 20 794 1188.`],
  ['linkedin', 'en', '', `Key dates: ex-dividend 13.03.2027, record date 14.03.2027, payment date 11.04.2027.`],
  ['linkedin', 'en', '', `FCA firm reference number 914227. You can check us on the FCA register before you invest a penny.`],
  ['linkedin', 'en', '', `VAT reg. GB 287 4419 63 · Company no. SC612844 · Registered in Scotland.`],
  ['linkedin', 'en', '', `Our tender reference is 2026/S 000-041277 on Find a Tender, for any suppliers who'd like to bid.`],
  ['x', 'en', '', `Follow @GlenavonLegal for updates or check glenavon.ie/news for the full briefing.`],
  ['linkedin', 'en', '', `The Stripe key in our docs is sk_test_XXXXXXXXXXXXXXXX. Replace it with your own and never commit live keys.`],
  ['linkedin', 'en', '', `The most common password in UK breach lists is still "123456". In our finance team's phishing test 14% clicked, down from 22% last year.`],
  ['linkedin', 'en', '', '[registrar]\nhost = sftp.example.com\nuser = YOUR_USERNAME\npassword = ${REGISTRAR_PASSWORD}\nTemplate for the new IR feed. Secrets come from the environment, never from this file.'],
  ['linkedin', 'en', '', `Our new public investor site is https://investors.northmere-group.com. Feedback welcome!`],
  ['linkedin', 'fr', '', `Dans nos cas pratiques de droit des sociétés, la « société générique » est la SARL fictive sur laquelle planchent les étudiants. Cette année, on l'a appelée Citron SAS.`],
  ['linkedin', 'en', '', `The Kestrel Bar in Galway does the best post-completion pints. Ask any deal lawyer in the west.`],
  ['linkedin', 'en', '', `Our 2026 atlas of UK listings is out: every IPO since 2000 on one map, colour-coded by sector. The blue ones are tech.`],
  ['x', 'en', '', `Personal news: paid off my student loan today. £27,400 over 11 years. Finance people, celebrate your own balance sheet too!`],
  ['x', 'en', '', `FTSE 250 closed down 1.4% today; our shares held up better than the index. Long day on the IR desk.`],
  ['linkedin', 'en', '', `As announced in the half-year report, net debt fell to £140m and leverage is now 1.6x. Good progress on the deleveraging plan.`],
  ['linkedin', 'en', 'financial', `Pre-close trading: Q4 orders £58m, book-to-bill 1.2. The closed period starts Monday, so this is the last you'll hear from me until March.`],
  ['x', 'en', 'financial', `Ahead of Monday's RNS: we're raising £75m through a placing at 142p. Lawyers up all night.`],
  ['linkedin', 'en', 'financial', `Internal target for the Irish business next year is €48m of revenue. Don't put it in the deck for the analysts.`],
  ['linkedin', 'en', 'financial', `The auditors have signed off the numbers we publish on the 4th: operating profit of £33.9m. Nearly there.`],
  ['linkedin', 'fr', 'financial', `Valorisation retenue par le comité d'investissement : 9,5 fois l'EBITDA, soit environ 210 M£. L'offre part vendredi.`],
  ['linkedin', 'en', 'financial', `Write-down of the Spanish business: an £18m impairment to be booked in H2, pending the auditor's review. First time I've seen the group take a hit like this.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — ne pas diffuser
Ordre du jour du comité d'audit du 16/12 : revue des provisions, plan d'audit 2027, point sur le litige fournisseurs.`],
  ['linkedin', 'en', 'confidential_marker', `[CONFIDENTIAL] Minutes – Disclosure Committee, 2 December
Present: CFO, GC, Company Secretary, Head of IR
1. Trading update wording agreed, subject to final numbers.`],
  ['linkedin', 'en', '', `Our Disclosure Committee meets weekly in the run-up to results. Here's what it actually does, and why it's less secretive than it sounds.`],
  ['linkedin', 'en', 'confidential_marker', `Sensitivity: Highly Confidential
From: Company Secretary
To: Board
Subject: Written resolution – dividend policy`],
  ['linkedin', 'en', '', `Outlook's "Sensitivity: Confidential" setting does nothing to stop forwarding. Use labels with encryption instead. Our IT guide explains how.`],
  ['linkedin', 'en', '', `Confidential Computing Summit in London next week. Who's going? Our security architects are on a panel.`],
  ['linkedin', 'en', '', `Binge-watched two City dramas this weekend. Why is every "CONFIDENTIAL" folder on TV bright red?`],
  ['linkedin', 'mixed', 'codename', `Réunion Project Kestrel déplacée à 15h. Same room, same biscuits.`],
  ['linkedin', 'mixed', '', `Petit-déjeuner IR ce matin at the London office. Merci à tous pour vos questions sur les résultats publiés hier.`],
  ['linkedin', 'mixed', 'financial', `Les chiffres du T4 ne sont pas encore publiés, but between us the order intake is £61m 🙌`],
  ['linkedin', 'mixed', '', `The annual report is out, et le rapport annuel est aussi en ligne en français. Chiffre d'affaires publié : 1,04 Md£.`],
  ['linkedin', 'en', 'codename financial client_name internal_url secret phone', `Deal call notes (pasted):
- Project Kestrel: 310p agreed in principle
- Initech to be told after the announcement
- data room https://dataroom.corp.acme.com/kestrel, password Gannet#77
- call Ruairí on +353 87 118 2034 for the SPA mark-up`],
  ['linkedin', 'en', 'iban email phone', `Kinsale Catering Ltd, change of bank from 1 January: IE98 IPBS 9951 9117 2672 17. Queries to accounts@kinsalecatering.ie or 021 477 3310.`],
  ['linkedin', 'en', 'iban', `Completion monies to our client account please: GB11 HBUK 4182 7273 3643 62, ref KST/0419. Do not act on any emailed change to these details.`],
  ['x', 'en', 'iban', `Sending the deposit for the team Christmas party venue to GB43 BUKB 8705 2745 0333 02. It's the right one, right @EllieFinOps?`],
  ['linkedin', 'en', 'card', `[14:02] Conor: use 4089 5927 1781 6740 for the ISDA training booking, it's the L&D card
[14:03] Conor: oh no, wrong window`],
  ['x', 'en', 'confidential_marker', `Classification: Confidential — Board only. Item 4: CEO succession timetable. (Wrong account, deleting in 2 min.)`],
  ['linkedin', 'en', 'financial', `Our house broker's valuation for the IPO is coming in at £650–700m. Pathfinder isn't out until the 19th, so mum's the word.`],
  ['linkedin', 'en', '', `Congratulations to the team behind this morning's London IPO: priced at 310p, valuing the company at £680m. Good day for the market.`],
  ['linkedin', 'en', 'email', `For the AGM Q&A, shareholders can pre-submit questions to agm2027(at)marrowby.co.uk until 5pm on 12 May.`],
  ['linkedin', 'en', '', `Interim dividend of 6.2p declared today, up 10%, payable on 3 October. Full details in the half-year announcement.`],
]);
