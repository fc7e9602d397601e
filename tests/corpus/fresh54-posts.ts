import { rows } from './corpus-types';

/**
 * Held-out set "fresh54": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, any test of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh54`.
 * First scored 2026-12-04 21:02 UTC on the rules of dc6e0a5 (the findings of ba23dba), before any fix from it:
 * confidentiality macro F1 0.926, 5.3 % of clean posts flagged (6 of 114);
 * iban 0.667 (four bank accounts without an IBAN, labelled iban by this author), confidential_marker 0.818, financial 0.892, national_id 0.923, codename 0.929, client_name 0.960, the others 1.000.
 *
 * Authors: employees in Japan, South Korea, Singapore, Australia and New Zealand, mostly in APAC sales and
 * partnerships, writing in English (some French, from French expatriates): an Osaka actuator maker and its Tokyo
 * distributor, a Tokyo fintech, a Fukuoka game studio, a Seoul battery-materials exporter, a Pangyo B2B SaaS, a Busan
 * port-logistics firm, a Singapore cybersecurity regional HQ, a Singapore trade-finance start-up, a Singapore
 * med-device distributor, a Sydney agtech, a Melbourne payments firm, a Brisbane mining-software house, a Perth LNG
 * services firm, an Adelaide Hills winery, an Auckland dairy-tech, a Wellington VFX studio, a Christchurch aerospace
 * repair station and a Queenstown tourism-tech start-up. Forms: event recaps (iREX, InterBattery, GovWare, Evoke AG,
 * Fieldays, TGS, ProWine), distributor announcements, quarterly pipeline and forecast chatter, pasted stand-up and
 * account notes, deal-desk chat pasted by mistake, tables, config snippets and curl lines, a runbook and a post-mortem
 * (internal and public versions), changelogs, customer replies (surface 'comment'), job ads with published salary
 * ranges, out-of-office notes and farewells, supplier bank-detail notices and fraud warnings, a poll, a two-post X
 * thread, lost-and-found posts and tips.
 *
 * Positives: financial figures with many ways of saying "not public yet" (before the press release, the ASX release,
 * the earnings call, results day, the investor day, the town hall, the partner kickoff, a board meeting or countersigned
 * contract; "not consolidated by the group", "not validated by the committee", "they haven't seen the quote", an
 * EMBARGOED draft, a board-paper extract) for pipeline, commit and forecast, bookings targets, a distribution contract
 * value, a bid, a quote, a renewal floor, a partner discount, a price rise and an FOB price before partners are told,
 * margins, a Series B and a seed valuation, an acquisition price and a budget written in words; local phone formats (JP
 * 03-/06-/090-/080-/0120-, +81; KR 010-/02-/031-/051-, 1588-, +82; SG +65, 8-digit mobiles and landlines, 1800; AU
 * 04xx mobiles, (08) landlines, 1300; NZ 021/022/027, 0800, +64); emails including a role mailbox, an "[at] [dot]" and a
 * "name @ domain" spelling; secrets without vendor formats (Wi-Fi and demo passwords, a Redis password in a runbook, a
 * login in a post-mortem, a LINE channel secret, a live API key, a signing key, a bearer JWT, a Slack webhook, a Postgres
 * connection string); internal hosts (acme-corp.net, corp.acme.com, intranet. hosts, .internal, .local and .corp hosts,
 * 10./172.18./192.168. addresses); explicit markers (社外秘, 대외비, TLP:AMBER, EMBARGOED UNTIL…, COMMERCIAL-IN-CONFIDENCE,
 * OFFICIAL: Sensitive, IN-CONFIDENCE, Classification: Restricted, [INTERNAL], STRICTLY PRIVATE & CONFIDENTIAL, INTERNE,
 * SOUS NDA); the policy's code names (one "Nebula" without its accent) and clients (Globex Korea, Globex Resources,
 * Initech Japan/Korea/Australia, Société Générique Asia, Hôpital Sainte-Claire in Nouméa). Every IBAN, card and
 * national id positive was computed with a throwaway script kept outside the repo: mod 97 for IBANs (NL with the
 * 11-test on the account, FR with its RIB key, AE, PK); Luhn for JCB, Visa, Mastercard, Amex, a 19-digit UnionPay;
 * Singapore NRIC/FIN check letters (S, T and F series), Australian TFN (weighted mod 11), Australian Medicare (check
 * digit), New Zealand IRD (mod 11 with the secondary weights), Korean resident registration number (check digit),
 * Japanese My Number (check digit) and a French NIR (key 97). Bank accounts without IBANs are labelled `iban`:
 * Australian BSB + account number in full (no check digits exist; a real bank's BSB prefix) and New Zealand account
 * numbers passing the banks' algorithm-A checksum.
 *
 * Look-alikes (clean): published results (DART, ASX, half-year report, FY revenue "as reported this morning"), other
 * organisations' and industry figures (CESA, METI, Stats NZ, Wine Australia, McKinsey, Mergermarket, a peer's Series B),
 * a deal announced with terms undisclosed, public list and cellar-door prices, published salary ranges, household
 * budgets and a teaching example; emergency and short numbers (110, 119, 112, 999, 995, 000, 111), a Yamato tracking
 * number; placeholders and vendor examples (changeme123, a sandbox key, tf_test_000…, a Slack webhook template,
 * USER:PASSWORD@HOST, <YOUR_TOKEN>); public sites, a TEST-NET egress IP and 1.1.1.1; the markers discussed or used as
 * titles (社外秘 explained, "Confidential Assignment", "Kitchen Confidential", TLP:CLEAR, the PSPF levels, a hot take on
 * commercial-in-confidence, a French/Australian lexicon, signing an NDA); the names in their ordinary sense (Orion over
 * Wellington and Mount Takao, the Orion Nebula, Orion Beer, Orion Health, a novel called Nebula, the Carina Nebula, a
 * kestrel and a nankeen kestrel, a blue atlas of trails, a blue Atlas cedar, a chapel of Sainte-Claire, Office Space's
 * Initech, CME Globex, Société Générale); masked or partial numbers (a card ending 9757, NRIC "567D"/"285D"), specimens
 * (S1234567D, JCB's 3530 1113 3330 0000, Stripe's 4242, the UK spec IBAN GB82 WEST…, the French textbook IBAN
 * FR76 3000 6000 0112 3456 7890 189, a format example of an NZ account) and numbers failing their check (a fraud IBAN,
 * a Luhn typo, a TFN typo, "123 456 789"); a public ABN.
 *
 * Conventions: every written email address and phone number is labelled (role mailboxes, switchboards, hotlines and
 * toll-free numbers included), emergency short numbers are not; confidential_marker only for explicit labels, not
 * informal requests ("keep it in the room", "between us"); financial only for the company's own figure with a sign it
 * is not public yet. COUNTS: 245 posts (219 EN, 17 FR, 9 mixed; 205 LinkedIn of which 6 comments, 40 X): 114 clean, 131
 * with one or more findings. Labels: financial 33, phone 24, email 15, national_id 14, codename 13, client_name 13,
 * secret 12, internal_url 12, confidential_marker 12, iban 8, card 7.
 */
export const FRESH54_POSTS = rows('fresh54', [
  // --- Tokyo and Osaka: an actuator maker, a fintech, a game studio, a channel distributor ---
  ['linkedin', 'en', '', `Three days at iREX in Tokyo Big Sight and my calves have filed a formal complaint. 🦿 Our booth ran 140 live demos of the new six-axis actuator, and the question we heard most was about lead times, not price. Thank you Aiko, Ren and the Osaka assembly crew who carried the demo units on the shinkansen like newborns. Next stop: Automatica.`],
  ['linkedin', 'en', 'financial', `Q3 pipeline check-in, APAC (pasted from our Monday stand-up, forgive the formatting):
- Japan: ¥1.84bn weighted, 62% at stage 3 or later
- Korea: ₩9.2bn, two deals sliding into Q4
- ANZ: A$6.1m, commit A$2.4m
We're calling 91% of target for the quarter. These go to the board on the 14th so they stay in this room until then.
Anyway — proud of this crew 💪`],
  ['x', 'en', '', `Pipeline is a vanity metric until it closes. A 3x coverage ratio means nothing if your stage definitions are vibes. #sales #APAC`],
  ['linkedin', 'en', 'email', `We're hiring a Partner Manager, Japan (Tokyo, hybrid). Base ¥9.5M–¥12M plus 20% variable — the range is published because guessing games waste everyone's time. You'll need business-level Japanese and English and five years in channel. Apply on our careers page or send your CV straight to careers@sorato-robotics.co.jp.`],
  ['linkedin', 'en', 'phone', `Thanks for flagging this, Takahashi-san. The Osaka service desk can swap the encoder under warranty — ring them on 06-6345-2210 (weekdays 9:00–18:00 JST) and quote the serial on the base plate.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Delighted to welcome Minato Channel Partners as our authorised distributor for Japan from 1 October. The press release is up on our newsroom this morning. Minato brings 40 field engineers, a demo floor in Shinagawa and two decades of selling into automotive tier-ones.`],
  ['linkedin', 'en', 'financial', `Can't say much until Thursday's press release, but we just signed the biggest distribution agreement in our history in Korea: a three-year minimum commitment of US$14.5m. Quiet celebration tonight, loud one on Friday 🍻`],
  ['x', 'en', 'secret internal_url', `anyone else fighting LINE webhook signature errors? our staging env:
LINE_CHANNEL_SECRET=9f3c1a7be2d04c88a61f0b5e7d2c4a19
WEBHOOK_URL=https://hooks.kumoledger.internal/line/callback
signature never matches and I'm losing my mind`],
  ['linkedin', 'en', '', `A reminder for this month's new joiners: the password printed in the onboarding slides ("changeme123") is a placeholder. Your real credentials arrive through the vault invite. If someone ever pastes a real one in a channel, rotate it first and apologise second.`],
  ['x', 'en', '', `Yamato says my replacement gimbal is on its way, tracking 4471-2293-8806. If it arrives before the Osaka demo I'll believe in miracles.`],
  ['linkedin', 'en', 'codename client_name', `Stand-up notes, Tues:
• Orion firmware 2.3 passed the thermal soak test at Globex's Nagoya line
• Next on-site: 18th, bring the spare harness
• Kenta to chase the customs broker for the Korean shipment
Great week so far, team.`],
  ['linkedin', 'en', '', `Took the kids up Mount Takao on Saturday night. Away from the city glow, Orion was sitting right above the ridge, belt and sword and all, and the Orion Nebula showed up as a smudge in cheap binoculars. Best ¥0 I've spent all year.`],
  ['linkedin', 'en', 'phone email', `Moving on after six wonderful years at Kumo Ledger. Next chapter: heading up partnerships for a payments start-up in Tokyo. If you need me before my new card is printed: 090-4417-2263 or yuki.sakamoto.tokyo@gmail.com. Arigatou, everyone. 🙇`],
  ['linkedin', 'en', '', `Our FY results are out today: revenue ¥12.4bn, up 18% year on year, operating margin 14.2%. The full deck and the shareholder letter are on the IR page. Thank you to every customer who stuck with us through the chip shortage.`],
  ['linkedin', 'en', 'financial', `Small win to close the week: the revised price list for our distributors goes out in January, so nobody outside the sales leadership knows yet, but we're moving the MX-6 from ¥418,000 to ¥449,000 per unit. Partners will grumble, margins will thank us.`],
  ['x', 'en', '', `Japanese business card etiquette, a thread for the overseas sales folks joining us at the expo 🧵 1/ Two hands. Always. 2/ Don't write on it. 3/ Don't slide it into your back pocket. 4/ Yes, bring 200. You will run out.`],
  ['linkedin', 'en', 'confidential_marker financial', `社外秘 — FY26 APAC channel plan (draft v3)
Target partner-sourced revenue: ¥3.1bn (up from ¥2.2bn)
MDF pool: ¥140M, split 60/40 JP/KR
Please review before Friday's leadership offsite.`],
  ['linkedin', 'en', '', `Why do Japanese companies stamp 社外秘 on everything, even the lunch menu? Our new hires from Sydney asked this week. Short answer: it means "not for outside the company", and it is treated as a real classification, not decoration. Longer answer over coffee.`],
  ['linkedin', 'en', 'card', `Help — the hotel in Kyoto says my corporate card was declined for the group booking. Can someone in finance check? It's the JCB ending in the number below:
3550 5769 3048 1467
Exp 08/27. Booking reference is under the events team.`],
  ['x', 'en', '', `Tip for anyone testing payments in Japan: JCB's published test number 3530 1113 3330 0000 works in most sandboxes. Never, ever use a real card in staging.`],
  ['linkedin', 'en', 'national_id', `HR asked me to share my My Number for the year-end tax adjustment and the form upload keeps timing out, so here it is for Sato-san: 6714 6811 9082. Please confirm when you've got it 🙏`],
  ['linkedin', 'en', '', `Our My Number collection process got audited this week and passed with zero findings. The trick: the numbers never leave the locked HR system, nobody emails them, and nobody photographs the card. Boring, which is exactly the point.`],
  ['linkedin', 'en', 'internal_url', `Osaka team: the new warranty-claim form is live at https://intranet.sorato-robotics.co.jp/claims/new — please stop emailing spreadsheets to Hiroshi, he is one man.`],
  ['linkedin', 'en', '', `Our public warranty page is finally in English as well as Japanese: https://www.sorato-robotics.co.jp/en/support/warranty — it covers claims, turnaround times and what voids the guarantee (hint: angle grinders).`],
  ['linkedin', 'en', 'codename', `Six months ago Project Kestrel was a whiteboard sketch in a Fukuoka meeting room. Today the first closed beta build went to 40 testers. Not allowed to show anything yet, but I'm so proud of this tiny team.`],
  ['x', 'en', '', `Spotted a kestrel hovering over the rice paddies near Itoshima on my run this morning — completely motionless in a 20 km/h wind. Some days nature does the UX better than we do.`],
  ['linkedin', 'en', 'email', `Press contacts for Tokyo Game Show: our booth is Hall 3, C-14. Media appointments through press@hoshigames.jp, and for anything on the indie showcase drop a line to showcase [at] hoshigames [dot] jp.`],
  ['x', 'en', '', `TGS day 2: 9 hours on my feet, 212 players on the demo, 0 crashes. The dev who wrote the save system deserves a statue in Tenjin.`],
  ['linkedin', 'en', 'financial', `Publishing deal update for the team (since not everyone was on the call): the advance we're negotiating with the Seoul publisher is ₩2.1bn against 30% royalties. Nothing is signed, so please don't mention the number to anyone outside the studio — their board meets next week.`],
  ['linkedin', 'en', '', `Industry numbers from the CESA white paper released this week: Japan's domestic game market hit ¥2.1 trillion last year. Mobile still dominates, but console grew faster than anyone predicted.`],
  ['linkedin', 'en', 'phone', `Our Tokyo office has moved! New address: 2-11-3 Kanda Nishikicho, Chiyoda-ku. Main line +81 3-6811-0427. Come and see us, there's a coffee machine that actually works now.`],
  ['linkedin', 'en', '', `Earthquake drill done, everyone accounted for in 6 minutes. Reminder for foreign staff: in Japan it's 110 for police and 119 for fire and ambulance, and the disaster message board lives in every carrier's app.`],
  ['linkedin', 'mixed', 'financial', `Petit bilan de mon premier trimestre à Tokyo comme responsable partenariats. Le chiffre n'est pas encore consolidé par le groupe, so keep it between us: on termine à ¥620M signés, 140 % de l'objectif. Merci à Minato et à toute l'équipe channel.`],
  ['linkedin', 'fr', '', `Trois ans au Japon aujourd'hui. J'ai appris à dire « sumimasen » avant chaque phrase, à vendre sans jamais dire non, et que le nomikai fait partie du cycle de vente. Le marché japonais de la robotique pèse plus de 900 milliards de yens selon le METI : il y a de la place pour tout le monde.`],
  ['linkedin', 'en', 'secret', `For whoever maintains the showroom kiosk in Shinagawa: the Wi-Fi dropped again. SSID SORATO-DEMO, password Kanda#Robot2025!, router is behind the reception desk. Can we please get a wired line before the distributor visit?`],
  ['linkedin', 'en', '', `Guest Wi-Fi at our Shinagawa showroom is now open — no password, just accept the terms on the captive portal. Staff network is separate and, no, we won't share that one.`],
  ['linkedin', 'en', 'email phone', `Out of office 23 Dec – 6 Jan. For distributor orders contact Mika Ishida (mika.ishida@minato-cp.co.jp, 080-3392-1175). For anything urgent on the Korean rollout, try again in January, Santa is unreachable.`],
  ['linkedin', 'en', 'client_name confidential_marker', `[INTERNAL] Account review — Initech Japan
Renewal due March. Champion left in October; new IT director prefers on-prem.
Risk: medium-high. Next step: exec sponsor lunch in Roppongi.`],
  ['linkedin', 'en', '', `Rewatched Office Space on the flight to Haneda. Still the best documentary about enterprise software ever made. Initech's TPS reports live rent-free in my head. 📠`],
  ['x', 'en', 'internal_url', `if the Osaka build server is down again, it's not me. http://192.168.40.12:8080/job/actuator-fw/ has been red since lunch`],
  ['x', 'en', '', `PSA: 1.1.1.1 is a DNS resolver, not a website, Dad. Please stop typing it into Naver. Love you. 🙃`],
  ['linkedin', 'en', 'client_name financial', `Meeting notes from Nagoya (pasting for the team that couldn't make it):
- Globex wants 300 units across three plants in FY26
- Our quote will go in at ¥46,500/unit, 8% below list — they haven't seen it yet
- Decision expected end of Feb
Good energy in the room!`],
  ['linkedin', 'en', '', `Our public list price for the MX-6 is ¥418,000, and we publish it on the website because mystery pricing helps nobody. Volume discounts are handled by our distributors.`],
  ['linkedin', 'en', 'national_id', `Visa renewal admin for our new hire from Busan is sorted! Copying her details for the relocation agent since the portal is down: Kim Ji-woo, RRN 920605-2692093, arriving Narita 4 Nov.`],
  ['linkedin', 'en', '', `Fun fact from our Korean colleagues: the first six digits of a Korean resident registration number are your birth date, which is why nobody in Seoul ever forgets a colleague's birthday. Still shouldn't be shared though.`],
  ['x', 'en', 'codename', `ok I can finally say it: Nébula ships in Japan next spring. I've been sitting on this for a year. (not officially announced, please don't screenshot 🙏)`],
  ['linkedin', 'en', '', `Finished "Nebula", the hard-SF novel everyone at the studio has been passing around. The ending made me cry on the Marunouchi line. Recommended.`],
  ['linkedin', 'en', 'secret', `Sharing our Slack alert setup for the on-call folks (copy this into the monitoring config):
alerts -> https://hooks.slack.com/services/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
Thresholds: p95 > 800ms for 5 min.`],
  ['linkedin', 'en', '', `How we wire alerts to Slack at a small fintech: one webhook per team, stored in the secret manager, rotated quarterly, and a template that looks like https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX in the docs so nobody copies a live one.`],
  // --- Seoul, Pangyo and Busan: a battery-materials exporter, a B2B SaaS, a port-logistics firm ---
  ['linkedin', 'en', '', `InterBattery 2025 recap from COEX: 3 days, 61 meetings, one lost lanyard. The cathode-precursor panel on day 2 was standing room only. Thanks to our partners from Japan and Australia who flew in for the dinner — the samgyeopsal was on us.`],
  ['linkedin', 'en', 'financial', `Busy quarter for APAC sales. Internal view only until the Q3 call on 6 Nov: we booked ₩48.6bn in precursor orders, 22% ahead of plan, and the Australian lithium offtake adds another ₩11bn next year. IR will kill me if this leaks, so enjoy the emoji: 🔋🔋🔋`],
  ['linkedin', 'en', '', `Our Q3 results were published this morning on DART: revenue ₩412bn, operating profit ₩38bn. Thank you to the teams in Ulsan and Gwangyang who kept the lines running through the typhoon.`],
  ['linkedin', 'en', 'phone', `Partners asking how to reach our Korean customer centre: it's 1588-3472, open 9 to 6 KST on weekdays. For technical escalations the Pangyo line is 031-8017-6640.`],
  ['linkedin', 'en', '', `Korean numbers you need on your first week in Seoul: 112 for police, 119 for fire and ambulance. The tourist helpline is in the Visit Korea app and they speak English, Japanese and Chinese. Save them before you need them.`],
  ['linkedin', 'en', 'confidential_marker client_name', `대외비
Weekly account sync — Globex Korea
1. PoC extended to 15 Dec at their request
2. Security review flagged SSO gaps; fix in sprint 41
3. Next meeting with their CIO on the 2nd`],
  ['x', 'en', '', `"Confidential Assignment" is still my favourite Korean buddy-cop film, and the sequel was even better. Watched both again on the KTX to Busan. Hyun Bin for president.`],
  ['x', 'en', 'secret', `ugh, wrong window. if you saw "postgres://svc_billing:Gy7!pQ2m9Lz@db-prod-3.pangyo-saas.com:5432/billing" in my last tweet, no you didn't. rotating now.`],
  ['x', 'en', '', `Connection string format for the juniors: postgres://USER:PASSWORD@HOST:5432/DBNAME. Fill it from env vars at runtime. If your repo contains a real one, you will meet me in the parking lot.`],
  ['linkedin', 'en', 'phone email', `Welcome to the Busan team, Jae-min! For the port-side ops crew: Jae-min covers night shifts at Sinseondae, reach him on 010-4826-3371 or jaemin.cho@haeun-logistics.kr.`],
  ['linkedin', 'en', 'national_id', `For the payroll team (since the HR form keeps rejecting the hyphen): new hire Park Seo-yeon, 주민등록번호 010923-3880692, starting 1 Dec in the Pangyo office. Thanks!`],
  ['linkedin', 'en', '', `Product tip: when you validate Korean resident registration numbers in a form, don't do it client-side with a regex and call it a day. Since October 2020 the last six digits are random apart from the gender digit, so the old check-digit trick no longer works for new numbers.`],
  ['linkedin', 'en', 'financial client_name', `Pasted from our deal desk channel by accident, but here we are:
"Initech Korea renewal: propose ₩1.9bn over 3 years, floor ₩1.65bn, do NOT go below without Jin's sign-off. They don't know about the floor."`],
  ['linkedin', 'en', '', `Negotiation lesson from a decade of selling in Seoul: the first number on the table anchors everything. If a buyer asks for your "best price" in the first meeting, that's not a question, it's a test.`],
  ['linkedin', 'en', 'codename', `Proud moment: Atlas Bleu passed its first integration test with the customs EDI gateway in Busan. Two years of work from a team of seven. Still internal, still under wraps, still very happy.`],
  ['linkedin', 'en', '', `Weekend hike on Geumjeongsan with the team. Someone brought a blue atlas of Korean trails from 1994 and insisted we follow it. We did not find the summit. We found a very good makgeolli stall.`],
  ['x', 'en', 'phone', `Busan friends: the new container-tracking helpline is live, 051-742-1186, English support until 10pm. Tell your freight forwarder.`],
  ['x', 'en', '', `Our Busan yard processed 18,400 TEU last week, a record. The port authority published the monthly figures on Monday and we were third on the list. 🚢`],
  ['linkedin', 'en', 'internal_url', `Ops reminder: container ETAs now come from the new dashboard at https://eta.ops.haeun.local/berths instead of the old spreadsheet. Bookmark it, the spreadsheet is gone on Friday.`],
  ['linkedin', 'en', '', `We open-sourced our berth-scheduling visualiser! Code on GitHub, demo at https://berthviz.haeun-logistics.kr. Feedback from other port operators very welcome.`],
  ['linkedin', 'en', 'financial', `Three things I learned at our APAC sales kickoff in Jeju:
1. Our FY26 bookings target is ₩180bn — first time the number has been shared beyond the VPs, so please keep it internal until the annual report.
2. Our channel is now 40% of revenue.
3. Black pork is a food group.`],
  ['linkedin', 'en', '', `Three things I learned at our APAC sales kickoff in Jeju: partners sell what they understand, demos beat decks, and nobody can resist a tangerine chocolate. Thanks to the events team for a flawless week.`],
  ['linkedin', 'en', 'email', `If you're a supplier to our Korean entity, invoices now go to ap.korea@pangyo-saas.com (the old finance@ address is closed). PDF only, one invoice per email please.`],
  ['linkedin', 'en', 'card', `Trying to pay the COEX booth balance and their portal keeps failing. Posting here in case someone from the events team can push it through: Mastercard 5294 3624 9985 9757, exp 11/26, name on card Choi H. Thanks!!`],
  ['linkedin', 'en', '', `Booth invoice paid, badges printed, 400 brochures boxed. The card number on our expense report is masked as **** **** **** 9757, in case anyone in finance was wondering why it looks weird.`],
  ['linkedin', 'en', 'secret internal_url', `Runbook excerpt (Pangyo on-call):
1. SSH to bastion 10.20.4.7
2. sudo -u deploy ./restart-api.sh
3. If Redis refuses auth, the password is "r3d!s-Pangyo-2025" (rotate after)
4. Post in #incidents`],
  ['linkedin', 'en', '', `Our incident runbooks follow one rule: no credentials in the document, ever. Step 3 of every runbook says "fetch the password from the vault" and links to the vault entry. It took us one bad night to learn that.`],
  ['linkedin', 'mixed', 'client_name', `Retour de Séoul : signature du partenariat de distribution avec Hyosung Channel, et une réunion très encourageante avec l'équipe achats d'Hôpital Sainte-Claire, qui veut tester nos capteurs dans son nouveau bloc. Big week, tired but happy.`],
  ['linkedin', 'fr', '', `Séoul, 7 h du matin, le marché de Gwangjang s'éveille. Je repense à la chapelle Sainte-Claire de mon village en Bretagne, aussi silencieuse que ces allées avant l'ouverture. Les voyages d'affaires ont parfois du bon.`],
  ['x', 'en', 'phone', `Lost my work phone in a Hongdae taxi 😩 if found please call my colleague on +82 10-9174-2258, reward includes soju and gratitude`],
  ['x', 'en', '', `Seoul taxi lost-and-found tip: call the Dasan Call Center with the time, route and the last digits of your card payment. Got my laptop back in 4 hours. Korea is unreal.`],
  ['linkedin', 'en', 'financial', `Our team's hidden win this quarter: gross margin on the Australian precursor contract came in at 37.5%, vs 29% in the business case. Not in any external deck yet — finance is still closing the books — but I wanted the plant team to hear it from me first.`],
  ['linkedin', 'en', '', `If a supplier tells you their margin is 37%, ask what's in the cost base. Half the "margins" quoted at conferences are contribution margins wearing a tuxedo.`],
  // --- Singapore: a cybersecurity regional HQ, a trade-finance start-up, a med-device distributor, an events agency ---
  ['linkedin', 'en', '', `GovWare week is done and I have lost my voice to the Sands Expo air-con. Our team ran 3 workshops on OT security for port operators and the room was packed every time. Thank you to CSA for the invite and to everyone who stayed for the Q&A.`],
  ['linkedin', 'en', 'confidential_marker financial', `TLP:AMBER
APAC partner QBR — summary for distributors only
Region closed S$7.8m in Q3, Singapore S$3.1m of that. Q4 forecast S$9.2m with two public-sector deals pending award.
Please do not forward outside your organisation.`],
  ['linkedin', 'en', '', `We classify every threat advisory we send to partners using the Traffic Light Protocol. This one is TLP:CLEAR, so share it widely: patch your edge VPN appliances this week, the exploit is in the wild.`],
  ['linkedin', 'en', 'phone', `Our Singapore SOC is now reachable around the clock for partners on +65 6338 4721. For customers without a support contract, the toll-free line is 1800 226 7714.`],
  ['linkedin', 'en', '', `In Singapore, 999 is police and 995 is ambulance and fire. Our new office safety card lists both, plus the building's security desk extension. Print it, stick it on the fridge.`],
  ['linkedin', 'en', 'national_id', `Good news: the bank finally approved our business account! Sharing the director details the relationship manager asked me to send again because their inbox bounced: Tan Wei Ling, NRIC S7415152C, DOB 14/03/1974.`],
  ['linkedin', 'en', '', `PDPC reminder for every Singapore company: you may not collect full NRIC numbers unless the law requires it. Our visitor kiosk now asks for the last 3 digits and letter only (e.g. "567D"), and the sample card on the kiosk shows S1234567D, the dummy number from the guidelines.`],
  ['x', 'en', 'national_id', `lol the condo management just posted the whole block's parking list in the lobby WhatsApp with full IC numbers. mine's right there: S5068285D. Sent them the PDPC guidelines. Again.`],
  ['x', 'en', '', `Condo management asked for my NRIC to register a visitor. I gave them the last four characters, "285D", and politely pointed at the PDPC advisory. They accepted. Small victories.`],
  ['linkedin', 'en', 'financial codename', `Update from the trade-finance squad: Orion is live with two Singapore banks in pilot, and the pricing we'll put in front of the third one next week is 18 bps on financed volume. First time anyone outside the squad sees that number, so treat it with care.`],
  ['x', 'en', '', `Orion Beer from Okinawa has arrived at our Tanjong Pagar office thanks to our Japanese partners. Friday drinks just got an upgrade. 🍺`],
  ['linkedin', 'en', 'email', `Vendors: our procurement team has a new address for RFP submissions — tenders@straitsguard.com.sg. Anything sent to the old bid inbox after 31 Dec will not be read.`],
  ['linkedin', 'en', 'financial', `Friends have been asking why I look tired. The honest answer: we've been in a data room for six weeks. Our Series B is pricing at US$140m pre-money, led by a Tokyo fund, and we hope to sign before Christmas. You didn't hear it from me.`],
  ['linkedin', 'en', '', `Congratulations to our friends at Ripple Lane for closing their US$40m Series B, announced in The Business Times today! Singapore fintech is alive and well.`],
  ['linkedin', 'en', 'secret', `To the contractor who asked for access to the trade-docs sandbox: API key is tf_live_8c2d71ae9f0b4e3a96d5c1b7 and the base URL is in the onboarding doc. Please don't commit it.`],
  ['linkedin', 'en', '', `Sandbox keys for our public trade-docs API start with tf_test_ and are listed in the developer docs, for example tf_test_0000000000000000. Live keys are only issued after KYB.`],
  ['linkedin', 'en', 'client_name', `Quick recap of our week in Singapore: signed the regional renewal with Globex's APAC treasury team, ran a joint workshop with MAS fintech office hours, and learned that Lau Pa Sat satay is a valid sales tool.`],
  ['linkedin', 'en', '', `Our team visited the CME Globex matching engine operations talk at the Singapore FinTech Festival. Incredible to see how they keep latency so low across time zones.`],
  ['linkedin', 'en', 'phone', `Distributor announcement: Medilink Pacific is now our exclusive partner for Singapore and Malaysia. Hospital procurement teams can reach their specialist, Farah, directly on 9176 2284.`],
  ['linkedin', 'en', '', `Distributor announcement: Medilink Pacific is now our exclusive partner for Singapore and Malaysia. Product training starts in January; details on our news page.`],
  ['linkedin', 'en', 'internal_url confidential_marker', `Classification: Restricted
Link to the new partner-tiering rules: https://wiki.corp.acme.com/apac/partner-tiers-2026
Comments by 20 Dec.`],
  ['linkedin', 'en', 'iban', `Notice to our APAC partners: our European billing entity has changed banks. From 1 January, please remit EUR invoices to:
Acme Security Europe BV
IBAN NL11 INGB 3792 8201 02
BIC INGBNL2A`],
  ['linkedin', 'en', '', `Fraud alert: partners received emails asking them to pay invoices to "our new account" GB07 HSBC 4005 1582 1607 76. This is NOT us — the IBAN doesn't even validate. Always call your account manager before changing payment details.`],
  ['linkedin', 'en', 'email phone', `Event recap — our APAC Channel Summit at Marina Bay wrapped with 210 partners from 11 countries. Slides will be shared by the partner team; if you didn't receive them, ping summit@straitsguard.com.sg or call Priya on +65 8823 1067.`],
  ['linkedin', 'en', '', `Event recap — our APAC Channel Summit at Marina Bay wrapped with 210 partners from 11 countries. Best quote of the day, from a distributor in Manila: "Your roadmap is great, now make the price list readable."`],
  ['x', 'en', 'financial', `just walked out of the Q4 forecast review. we're calling S$22.4m for the year and the street thinks 19. results aren't out till Feb. I am going to need a bigger kopi.`],
  ['x', 'en', '', `FY revenue S$22.4m, up 31%, as reported this morning. Thank you team, customers and partners. Now, sleep. 😴`],
  ['linkedin', 'mixed', 'national_id', `Installation à Singapour presque terminée ! Pour l'agence qui gère mon dossier Employment Pass, voici mon FIN comme demandé : F5738948Q. Next step: trouver un appartement avec une vraie cuisine.`],
  ['linkedin', 'fr', '', `Conseil aux Français qui arrivent à Singapour : on ne vous demandera presque jamais votre numéro FIN complet. Si un formulaire l'exige sans raison, demandez pourquoi. Et téléchargez Singpass dès le premier jour.`],
  ['linkedin', 'en', 'card', `Finance team, the SFF booth deposit bounced again. Amex details for the reissue: 3727 384630 04122, exp 09/27, CVV on request. Sorry for the public post, Teams is down.`],
  ['linkedin', 'en', '', `Payment failed at the conference kiosk, tried the card number printed on the demo poster (4242 4242 4242 4242) as a joke. The kiosk's developer had left the Stripe test mode on. 😂 Told them, they fixed it.`],
  // --- Australia: a Sydney agtech, a Melbourne payments firm, a Brisbane mining-software house, a Perth LNG services firm, an Adelaide wine exporter ---
  ['linkedin', 'en', '', `Evoke AG in Melbourne was a cracker. Our soil-moisture probes got more hands on them than the free coffee cart, and we met growers from the Riverina to the Ord. Huge thanks to the team who packed 300 probes into a single ute.`],
  ['linkedin', 'en', 'financial confidential_marker', `EMBARGOED UNTIL 9:30AM AEDT TUESDAY
Paddock Analytics signs three-year distribution agreement with the Harvest Co-op network across NSW and QLD; contract value A$6.8m.
Draft for comms review — ASX release to follow.`],
  ['linkedin', 'en', '', `Our ASX announcement went out at 9:30 this morning: a three-year distribution agreement across NSW and QLD worth A$6.8m. Proud of the partnerships team, who spent eight months in dusty sheds making this happen.`],
  ['linkedin', 'en', 'phone', `New growers: our support team is on 1300 665 218, 7 days during harvest. After hours you can text our field agronomist Mick on 0412 558 903.`],
  ['linkedin', 'en', '', `Bushfire season reminder for the field team: if you see smoke, call 000 first, then the office. Keep the Fires Near Me app on your phone and don't drive through smoke for a sensor install. No probe is worth it.`],
  ['linkedin', 'en', 'iban', `Heads up to our distributors: our bank details have changed for all AUD payments from 1 Feb.
Account name: Paddock Analytics Pty Ltd
BSB: 062-914
Account: 1049 2276
Remittance advice to the usual address.`],
  ['linkedin', 'en', '', `Scam warning: someone is emailing our growers pretending to be us with "updated bank details". We will never change our BSB or account by email. Our remittance details are printed on every invoice and haven't changed since 2019. If in doubt, call your account manager.`],
  ['linkedin', 'en', 'national_id', `Starting my new role at Tallow Pay next week! Onboarding portal crashed halfway, so for the payroll team: TFN 341 686 348, super fund is AustralianSuper. See you Monday!`],
  ['linkedin', 'en', '', `Onboarding tip from Tallow Pay's people team: your TFN declaration goes through the ATO's online form or the secure portal. Never email it, never post it, and if a recruiter asks for it before you've signed a contract, that's a red flag.`],
  ['x', 'en', '', `TFNs have a check digit. I know this because I spent Friday night debugging a form that rejected "123 456 789" which is, correctly, not a valid TFN. Don't be like me.`],
  ['linkedin', 'en', 'financial', `Melbourne payments folks — a small bit of pride from the sales floor. Our total payment volume for H1 crossed A$2.1bn, which we'll only announce at the investor day in March, so mum's the word. Thanks to every merchant who switched to us this year.`],
  ['linkedin', 'en', '', `Our half-year report is out: total payment volume A$2.1bn, net revenue A$38.4m. The investor presentation is on our website and the recording will be up tonight.`],
  ['linkedin', 'en', 'secret', `Integration note for our ecommerce partners (pasting the config the support bot sent me):
MERCHANT_ID=TP-88412
SIGNING_KEY=vN3qX8wB2kL7pR5zT1mY9cH4dF6gJ0sA
ENV=production
If your checksum fails, check the key has no trailing space.`],
  ['linkedin', 'en', '', `Integration note for our ecommerce partners: the sandbox signing key is literally "sandbox-signing-key" and is printed in the quick-start. Production keys are generated in the merchant dashboard and shown once.`],
  ['linkedin', 'en', 'card', `To whoever in accounts handles the Sydney Startup Week sponsorship: Visa 4178 5364 2587 0178, exp 05/28, billing postcode 2000. Charge the remaining A$4,500 please, the invoice is attached to the PO.`],
  ['linkedin', 'en', '', `Card number validation 101 for the new grads: the Luhn check catches typos, not fraud. 4178 5364 2587 0179 fails it, which is why our checkout rejects it before it reaches the issuer.`],
  ['linkedin', 'en', 'confidential_marker client_name', `COMMERCIAL-IN-CONFIDENCE
Tender response — mine-site fleet telemetry for Globex Resources (Pilbara)
Section 4: Pricing schedule attached separately.`],
  ['linkedin', 'en', '', `Hot take: Australian procurement would run 20% faster if "commercial-in-confidence" wasn't stamped on the cover of every tender response, including the ones listing our publicly available price list.`],
  ['linkedin', 'en', 'financial', `Brisbane team — the bid for the Bowen Basin fleet-telemetry tender went in this morning at A$3.24m over five years. Tender closes Friday, so until then the number doesn't leave our floor. Pizza on me either way.`],
  ['linkedin', 'en', '', `Great session at IMARC on how miners buy software. Key stat from the McKinsey speaker: Australian miners spent A$1.3bn on digital tools last year. Our take: most of it still goes to spreadsheets with better branding.`],
  ['linkedin', 'en', 'internal_url', `Field engineers: the new fleet-telemetry dashboard is at http://telemetry.pilbara.corp/ — log in with your normal account. The old 172.18.0.22 dashboard gets turned off on Friday.`],
  ['linkedin', 'en', '', `Wrote up how we moved our mine-site telemetry from a single box to a proper cluster, with diagrams: https://blog.quarryline.com.au/telemetry-cluster. Tips welcome from anyone who has done it in a place with 45°C days.`],
  ['linkedin', 'en', 'phone', `Perth crew — if you're heading to Karratha next week, the site coordinator is Dave on 0438 221 694, and the office line is (08) 9321 6650 if you can't get through.`],
  ['linkedin', 'en', 'codename', `Perth LNG maintenance team, great work on the Project Kestrel shutdown trial. We cut the turnaround from 19 days to 14 in simulation, and the client still doesn't know we're going to pitch it to them in Feb.`],
  ['x', 'en', '', `Saw a nankeen kestrel hunting over the dunes at Cottesloe at sunset. Best part of a very long day of LNG contract reviews.`],
  ['linkedin', 'en', 'national_id', `For HR's records, since the form kept kicking me out: my Medicare number is 2693 51415 2, IRN 1. Back at work Thursday after the surgery.`],
  ['linkedin', 'en', '', `PSA for parents in WA: the Medicare card now goes on your phone through the Express Plus app, so you don't need to carry the plastic. The number on the sample card in Services Australia's guide is obviously fake.`],
  ['linkedin', 'en', 'financial', `Vintage report for our export partners: the 2025 Barossa shiraz allocation goes to China at A$31 FOB per bottle, up from A$26. We tell the importers on 1 December, so keep this in the family until then. 🍷`],
  ['linkedin', 'en', '', `Our 2025 Barossa shiraz is now available through our Singapore and Tokyo importers at S$68 and ¥7,800 a bottle, and it's on our cellar-door price list at A$55. Cheers!`],
  ['linkedin', 'en', 'email phone', `Adelaide Hills cellar door reopens Saturday after the renovation. Bookings through cellardoor@hillsidevines.com.au or (08) 8388 2140. Dogs welcome, as always.`],
  ['x', 'en', 'financial', `wine export chatter: our first Korean distributor just committed to 12,000 cases for 2026, roughly A$1.9m. contract's not countersigned yet so that's between us and the 4 people who follow me`],
  ['x', 'en', '', `Australia's wine exports to China rose 60% after the tariffs lifted, per Wine Australia's quarterly report. Cautiously optimistic down here in McLaren Vale.`],
  ['linkedin', 'en', 'confidential_marker', `OFFICIAL: Sensitive
Meeting notes — state agriculture department data-sharing workshop, 3 Dec
Attendees: ... (removed)
Next steps: draft MOU by end of January.`],
  ['linkedin', 'en', '', `Attended a great PSPF workshop. Learned the difference between OFFICIAL, OFFICIAL: Sensitive and PROTECTED the hard way, after my practice email got bounced by the gateway. 10/10 would get bounced again.`],
  ['linkedin', 'en', 'iban client_name', `Remittance details for Initech Australia's outstanding invoices (their AP asked for them again):
Quarryline Software Pty Ltd
BSB 084-032   Acc 56 781 2349
Ref: INV-2025-1147`],
  ['linkedin', 'en', '', `Weird invoice of the week: a supplier printed their ABN as 47 708 623 179 and their BSB as "TBC". At least the ABN is on the public register.`],
  ['x', 'en', 'phone', `Lost a black backpack on the Sydney Metro at Barangaroo, laptop stickers say "ship it". If found call 0421 996 317, coffee on me forever`],
  // --- New Zealand: an Auckland dairy-tech, a Wellington VFX studio, a Christchurch aerospace supplier, a Queenstown tourism-tech ---
  ['linkedin', 'en', '', `Fieldays at Mystery Creek, done and dusted. Four days, mud to the ankles, and 900 farmers who wanted to talk about milk-vat sensors. Special mention to our partner from Hokkaido who flew in just to see the rotary sheds. Ka pai, team.`],
  ['linkedin', 'en', 'financial', `Kia ora team — sneak peek you can't share: the Hokkaido co-op distribution deal is worth NZ$4.3m over three years, and the announcement is held until both boards sign in February. Massive effort from Aroha and the partnerships crew.`],
  ['linkedin', 'en', '', `We've signed a distribution partnership with a Hokkaido dairy co-op! Announced today at the NZ–Japan business council. Terms aren't disclosed, but the ambition is: every vat in Tokachi monitored by 2028.`],
  ['linkedin', 'en', 'phone', `Farmers: our support line is 0800 443 221 (free from any NZ phone), and during calving season Hemi's mobile 021 448 7720 is the fastest way to get a technician out.`],
  ['linkedin', 'en', '', `Reminder from our health and safety rep: in New Zealand the emergency number is 111, and Healthline is free if you just need advice. Save both before you head out to the sheds.`],
  ['linkedin', 'en', 'national_id', `Payroll sorted for my contract with the Wellington studio! Sharing my IRD number here since the email kept bouncing: 110-132-859. Tax code M. Cheers Mere!`],
  ['linkedin', 'en', '', `PSA for freelancers in Aotearoa: your IRD number is as sensitive as a passport number. Use the myIR secure mail or the employer's onboarding form — never a public post, never a group chat.`],
  ['linkedin', 'en', 'iban', `Invoice note for our Japanese distributor, since SWIFT keeps bouncing the old details:
Beneficiary: Vatwise Ltd
Account: 12-3140-0821402-00 (ASB, Hamilton)
SWIFT: ASBBNZ2A`],
  ['linkedin', 'en', '', `NZ bank account numbers look like 12-3456-7890123-00 — bank, branch, account, suffix — and the middle part carries a checksum. That's why our invoice system rejected the one someone typed from memory. Good system. 👏`],
  ['linkedin', 'en', 'codename confidential_marker', `IN-CONFIDENCE
Orion — Wellington VFX pipeline migration, status 4/12
Render farm cutover complete, 2 shots still failing on the new denoiser. Go/no-go on Friday.`],
  ['linkedin', 'en', '', `Shot this from the Mt Victoria lookout at 2am: Orion upside down over Wellington harbour, the way we see it down here. The "Pot" for the locals. Worth the lost sleep.`],
  ['linkedin', 'en', '', `Huge congratulations to the team at Orion Health on their new hospital contracts across the Pacific. Kiwi health tech punching well above its weight.`],
  ['linkedin', 'en', 'secret', `For the freelance compositors starting Monday: render-farm queue login is farmq / Tane#Mahuta77, VPN profile attached to the welcome email. See you at the Miramar office!`],
  ['linkedin', 'en', '', `For the freelance compositors starting Monday: you'll get your render-farm login on day one from IT, in person. Bring your own headphones, we provide the flat whites.`],
  ['linkedin', 'en', 'internal_url', `Compositors, the shot-tracking page moved. It's now http://shotgrid.miramar.internal/projects/447 — the old bookmark will 404 from tomorrow.`],
  ['linkedin', 'en', '', `We shared our open colour pipeline config on GitHub for other small studios: https://github.com/harbourlightvfx/opencolor-nz. Pull requests welcome, mistakes are mine.`],
  ['linkedin', 'en', 'financial', `Quick studio update (internal numbers, the press release isn't until after the festival): our bid for the second season of the streaming series came in at NZ$11.2m for 640 shots. We're told we're the preferred vendor. Fingers very crossed.`],
  ['linkedin', 'en', '', `Screen production in NZ hit NZ$3.8bn in revenue last year according to Stats NZ. Proud that our little studio contributed 90 local jobs to that number.`],
  ['linkedin', 'en', 'email', `Applications are open for our junior compositor intake (NZ$62,000–NZ$70,000, published range, Wellington). Send a reel to jobs@harbourlight.co.nz by 31 January.`],
  ['linkedin', 'en', '', `Applications are open for our junior compositor intake: NZ$62,000–NZ$70,000, Wellington-based, relocation support available. Apply through the form on our careers page — reels only, no cover letters needed.`],
  ['linkedin', 'en', 'phone email', `Christchurch aerospace supplier news: we're now the authorised APAC repair station for small turbine starters. Operators can book through mro@southernaero.co.nz or call +64 3 359 7712.`],
  ['linkedin', 'en', 'client_name financial', `Pasting the notes from today's call before I forget them:
- Hôpital Sainte-Claire (Nouméa) wants 12 portable oxygen concentrators for their aeromedical team
- Our quote: NZ$186,000 incl. 3 yrs service — sending it Monday, not yet seen by them
- They want delivery before the cyclone season`],
  ['linkedin', 'en', '', `Sunday hike out of Akaroa, the old French settlement on Banks Peninsula, ended at a tiny wooden chapel someone has named Sainte-Claire. Ocean views, zero phone signal, perfect.`],
  ['x', 'en', 'phone', `heading to Queenstown for the tourism-tech meetup. if you're there and want to chat about booking APIs, text me on 027 615 3308`],
  ['x', 'en', '', `Queenstown tourism-tech meetup was 🔥. 140 people, 6 demos, and one CEO who jet-boated in from the Shotover. Only in NZ.`],
  ['linkedin', 'en', 'financial', `Honest post about our Queenstown start-up: we're raising a NZ$6m seed at NZ$24m post. Term sheet is agreed in principle, docs aren't signed, and I'm telling you because I'm bad at keeping good news in. Please don't ring the journalists.`],
  ['linkedin', 'en', '', `We're raising! Our NZ$6m seed round was announced this morning, led by Pōhutukawa Ventures, alongside a grant from Callaghan Innovation. Hiring three engineers in Queenstown in January.`],
  ['linkedin', 'mixed', 'phone', `Petite annonce pour les francophones de Nouvelle-Zélande : notre soirée networking franco-kiwi a lieu le 12 à Auckland, chez Bistro Voilà sur Ponsonby Road. Inscriptions auprès de Claire au 022 418 9902. À bientôt !`],
  ['linkedin', 'fr', '', `Trois ans à Auckland. J'ai appris à dire « kia ora », à manger des pies au petit-déjeuner et à expliquer aux clients japonais pourquoi nous signons nos contrats en tongs. Le marché laitier néo-zélandais exporte pour plus de 20 milliards de dollars par an d'après le ministère : on a de quoi faire.`],
  ['linkedin', 'en', 'iban', `Supplier notice: Vatwise Ltd's NZD account has moved from BNZ to ANZ.
New account: 01-0102-0815147-00
Please update your payment run before the 20th.`],
  ['linkedin', 'en', 'national_id', `Reference letter request for the immigration agent (posting here because the email is blocked): applicant Ana Folau, IRD 76-639-485, employed with us since 2021.`],
  // --- Region-wide: threads, polls, changelogs, post-mortems, comments, and French-speaking expatriates ---
  ['x', 'en', 'financial', `🧵 1/ What we learned signing 9 distributors across APAC this year. First: the channel is real. Our partner-sourced pipeline for H1 is sitting at US$31m, which our CFO will present on the earnings call in Feb, so pretend you didn't see that.`],
  ['x', 'en', '', `2/ Distributors want three things: margin certainty, leads, and someone who answers WhatsApp at 11pm. Give them those and they'll outsell your direct team within a year.`],
  ['linkedin', 'en', '', `Poll for APAC sales leaders: what kills more deals in Japan?
🅰️ Procurement cycles
🅱️ Ringi approval
🅲 Currency swings
🅳 All of the above, obviously`],
  ['linkedin', 'en', 'internal_url', `Partner portal v4.2 changelog:
- Deal registration now supports KRW and NZD
- Fixed the AEDT daylight-saving bug on renewal dates
- Testers: staging is up at https://partners-staging.acme-corp.net until Monday`],
  ['linkedin', 'en', '', `Partner portal v4.2 is live: deal registration in KRW and NZD, the daylight-saving bug on renewal dates is gone, and there's a dark mode nobody asked for but everyone now uses.`],
  ['linkedin', 'en', 'secret internal_url', `Post-mortem, 2 Dec (APAC payments degraded for 47 min)
Root cause: expired TLS certificate on the gateway at 10.40.2.15
Mitigation: manual renewal; temporary admin account gw-admin / Gateway!Recover-0212 (still to be rotated, Tomás)
Actions: auto-renewal, 30-day expiry alert`],
  ['linkedin', 'en', '', `Public post-mortem for our 2 December incident: an expired certificate on an internal gateway caused 47 minutes of degraded payments in Australia and New Zealand. No data was lost. We've automated renewals and added an alert 30 days before expiry. Sorry, and thanks for your patience.`],
  ['linkedin', 'fr', 'financial', `Bilan de la tournée Asie-Pacifique pour nos vins de Bourgogne (je suis basé à Singapour) : le pipeline distributeurs atteint 2,4 M€ pour 2026, un chiffre que le comité de direction n'a pas encore validé. On en reparle en janvier, quand ce sera officiel !`],
  ['linkedin', 'fr', '', `ProWine Singapore, c'est fini : 300 acheteurs sur notre stand, des dégustations jusqu'à la fermeture et un distributeur vietnamien qui voulait repartir avec la nappe. Notre cuvée reste affichée à 45 S$ chez nos cavistes partenaires.`],
  ['linkedin', 'fr', 'email phone', `Pour les francophones de Séoul : afterwork de la communauté French Tech le jeudi 11 à Seongsu. Inscription auprès de Laure : laure.dubois@frenchtech-seoul.kr ou au 02-2176-4408.`],
  ['linkedin', 'fr', 'confidential_marker codename', `INTERNE — Point hebdo Nébula (équipe Sydney)
- Recette utilisateurs décalée au 15
- Traduction japonaise : arbitrage à faire avec Tokyo
- Prochain comité le 9`],
  ['linkedin', 'fr', '', `Petit lexique pour nos collègues australiens : en France, on écrit « INTERNE » ou « Diffusion restreinte » en haut des documents, ici on écrit « Commercial-in-Confidence ». Même idée, autre folklore.`],
  ['linkedin', 'fr', 'national_id', `Expatriée à Tokyo, je dois renvoyer une attestation à la CPAM et le formulaire en ligne plante. Je note ici mon numéro de sécu pour ma sœur qui s'en occupe depuis Lyon : 2 91 11 69 383 241 65. Merci Camille !`],
  ['linkedin', 'fr', '', `Conseil d'expatriée : gardez votre numéro de sécu français et votre numéro My Number japonais dans un coffre-fort numérique, pas dans les notes partagées de la famille ni dans un post. Oui, je parle d'expérience.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre filiale française, à l'attention de nos distributeurs en Asie-Pacifique : IBAN FR76 3000 4008 2300 2318 0230 193, BIC BNPAFRPP. Merci de mettre à jour vos fichiers avant la prochaine échéance.`],
  ['linkedin', 'fr', '', `Formation compta pour notre bureau de Singapour : l'IBAN d'exemple FR76 3000 6000 0112 3456 7890 189 qu'on voit dans tous les manuels est fictif. Un vrai IBAN français a 27 caractères et une clé RIB qu'on vérifie avant chaque virement.`],
  ['linkedin', 'mixed', 'card', `Quelqu'un de la compta peut régler l'hôtel pour le salon de Sydney ? Carte Visa corporate 4990 3024 3011 9325, exp 02/27. Thanks, je suis en réunion jusqu'à 18h AEDT.`],
  ['linkedin', 'mixed', 'secret', `Pour l'équipe démo à Singapour, le mot de passe du compte démo partenaires est Merlion-Demo!88. Don't share it outside the booth please, on le change après le salon.`],
  ['linkedin', 'mixed', '', `Ma to-do de la semaine à Singapour : finaliser le deck partenaires, réserver le Grab pour Changi, and finally try the chilli crab everyone keeps talking about. Priorités.`],
  ['linkedin', 'mixed', 'financial client_name', `Debrief rapide du call avec Société Générique Asia : ils veulent étendre la licence à 4 000 postes. On va proposer S$1.2m sur trois ans — offre pas encore envoyée, so keep it quiet. Fingers crossed.`],
  ['linkedin', 'fr', '', `Très belle conférence de Société Générale à Hong Kong sur le financement du commerce en Asie. Un chiffre public qui m'a marqué : plus de 1 200 milliards de dollars d'échanges intra-asiatiques par an.`],
  ['linkedin', 'en', 'phone', `So sorry about the missed delivery, Mr Lim. Our Singapore logistics desk can rebook it for Saturday — call them on 6221 0098 and quote the order number from your SMS.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for the kind words, Hannah! Glad the probes survived the hailstorm. Send us a photo of the paddock, the team would love it.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Jun, sorry the partner portal locked you out. Email partnersupport@tallowpay.com.au from your registered address and they'll reset it within the hour.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Great question, Sam — between us, Gold-tier partner discount goes to 32% next year (from 28%). We announce it at the partner kickoff in Feb, so hold the champagne until then.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question, Sam. Tier discounts are in the partner programme guide on the portal, and the 2026 guide will be published at the partner kickoff in February.`, { surface: 'comment' }],
  ['x', 'en', 'internal_url', `whoever set the demo laptop's homepage to https://grafana.apac.acme-corp.net/d/sales-live before the expo: it is showing our deal board on the giant booth screen. come back.`],
  ['x', 'en', 'secret', `note to self (do not tweet this): wifi in the partner dinner suite at the Seoul hotel = SSID PartnerDinner / pw gimchi2025seoul`],
  ['x', 'en', '', `Hotel Wi-Fi in Seoul: 1 Gbps, free, no password. Wi-Fi in my Melbourne Airbnb: 4 Mbps, password is the owner's dog's name, misspelled.`],
  ['linkedin', 'en', 'email phone national_id', `Onboarding pack for our new Singapore distributor (pasting from the CRM so Ravi can read it on his phone):
Contact: Lim Boon Keat
boonkeat.lim@medilinkpacific.sg
+65 9471 3825
NRIC S1840905D (for the credit check)`],
  ['linkedin', 'en', 'codename client_name', `Kicked off Nébula with Initech's Melbourne claims team this morning. Whiteboards full, coffee gone, and a steering committee that actually asks good questions. Phase one runs to March.`],
  ['linkedin', 'en', '', `Our booth at the Singapore Astronomy Festival projected the Carina Nebula on a 4K wall, and the kids would not leave. Best lead-gen stunt we've ever done, and we don't even sell telescopes.`],
  ['linkedin', 'en', 'codename', `Reminder, APAC partner team: the Nebula demo for the Tokyo distributor has moved to 2pm JST on Thursday. Use the new build, the old one still shows the placeholder pricing screen.`],
  ['linkedin', 'en', 'financial', `Honoured to be leading the integration if this goes through: we're in final talks to acquire a Busan logistics-software firm for ₩38bn, with the announcement planned for January if due diligence holds. Exciting times.`],
  ['linkedin', 'en', '', `APAC logistics software M&A heated up this year: 14 deals above US$50m, according to the Mergermarket year-end round-up. Consolidation is coming for the mid-size players.`],
  ['linkedin', 'en', 'financial', `The headline number for next year's APAC marketing budget — just under four million Singapore dollars — was approved by the regional board yesterday. The wider team hears it at the January town hall, so this is a teaser for my direct reports only.`],
  ['linkedin', 'en', '', `Our household budget for the move to Tokyo, for anyone planning the same: ¥380,000 a month for a 2LDK in Meguro, and about ¥60,000 for a bike that will be stolen once. Welcome to Tokyo.`],
  ['linkedin', 'en', '', `Sales maths for new partner managers: if a distributor takes a 30% margin on a ¥100,000 product, your net is ¥70,000; a further 10% discount takes it to ¥63,000. Know this table cold before your first negotiation.`],
  ['linkedin', 'en', 'financial', `Forecast call just ended and I need to vent: on Monday we were at A$14.2m commit for the quarter, now it's A$12.9m because two Japanese deals slipped into January. Board pack due Thursday. Send coffee.`],
  ['linkedin', 'en', 'card', `Ops — please charge the Shanghai partner's six training seats to the UnionPay card they read out on the phone: 6274 1887 4181 3159 421, exp 04/28. Receipt to the partner team.`],
  ['linkedin', 'en', '', `Fun bug of the week: UnionPay cards can have 19 digits, and our checkout form had a max length of 16. Fixed in today's release, thanks to a very patient partner in Shanghai.`],
  ['linkedin', 'en', 'iban', `Payment instructions for our Dubai re-export partner (from the contract annex, for the finance team):
Beneficiary: Falcon Trade FZE
IBAN AE54 0330 5593 4967 3849 407
Bank: Mashreq`],
  ['linkedin', 'en', 'iban', `Commission payout details for our Karachi partner, approved by Ravi: IBAN PK22 MEZN 0765 5644 7550 7500. Please process with the December run.`],
  ['linkedin', 'en', '', `Training slide for our new AP clerks: a UK IBAN looks like GB82 WEST 1234 5698 7654 32 — that's the example from the official specification. Check the length and the check digits before you add any new supplier.`],
  ['linkedin', 'en', 'phone', `Customers in Japan can now reach our support team free of charge on 0120-558-913, in Japanese or English, 9:00 to 21:00 every day.`],
  ['linkedin', 'en', 'confidential_marker financial', `STRICTLY PRIVATE & CONFIDENTIAL — board paper extract
Proposed APAC list-price increase: 6% from 1 April. Distributors to be notified 1 March.`],
  ['x', 'en', '', `"Kitchen Confidential" is on the reading list for our hospitality-tech sales team. Nothing teaches you how a restaurant buys software like reading how one actually runs.`],
  ['linkedin', 'fr', 'confidential_marker codename', `SOUS NDA
Feuille de route Orion pour Hyosung Channel : version coréenne au T2, connecteur SAP au T3, support 24/7 en option.`],
  ['linkedin', 'fr', '', `Signer un NDA avec un distributeur japonais prend en moyenne six semaines chez nous. Mon astuce : envoyez la version bilingue dès le départ, et prévoyez le hanko.`],
  ['linkedin', 'en', 'secret', `If anyone needs to replay the partner-payout call from the demo, here's the exact request:
curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwYXJ0bmVyLWFwYWMiLCJyb2xlIjoiYWRtaW4ifQ.Xk3vR9pQ2mL8sT5wY1zB7cN4dF6gH0jAq" https://api.tallowpay.com.au/v2/payouts`],
  ['linkedin', 'en', '', `Listing your payouts takes one call: curl -H "Authorization: Bearer <YOUR_TOKEN>" https://api.tallowpay.com.au/v2/payouts. Full docs on our developer site.`],
  ['linkedin', 'en', 'internal_url', `Sales team: the APAC deal-registration form is now at https://intranet.tallowpay.com.au/deal-reg — please stop sending deal regs by email.`],
  ['linkedin', 'en', '', `Our status page moved to https://status.tallowpay.com.au, and the published egress IPs for your firewall allow-lists (203.0.113.10 and 203.0.113.11) are listed there.`],
  ['linkedin', 'en', 'national_id', `Contractor onboarding (pasted from the sheet, sorry):
Name | TFN | Start
Liam O'Connor | 628 726 471 | 6 Jan
Sophie Tran | 354 095 219 | 13 Jan`],
  ['linkedin', 'en', '', `Our TFN field rejected 628 726 474 this morning — a one-digit typo, and the checksum caught it. Little things that save payroll a week of pain.`],
  ['linkedin', 'en', 'national_id', `Draft for the scholarship announcement (comms, please check): winner Nur Aisyah binte Rahman, NRIC T0380736Z, Diploma in Data Science, Ngee Ann Polytechnic. Photo shoot on the 12th.`],
  ['linkedin', 'en', '', `Congratulations to Nur Aisyah, this year's winner of our data-science scholarship at Ngee Ann Polytechnic! She'll spend her internship with our Singapore analytics team.`],
  ['x', 'en', 'email', `booth B21 at the fintech festival, come say hi, or email me after: wei.jie @ straitsguard.com.sg 👋`],
  ['x', 'en', 'codename client_name', `flight to Auckland delayed 3h. silver lining: I can finish the Project Kestrel deck for Globex before we land`],
  ['x', 'en', 'financial', `live from the APAC QBR: Korea at 118% of quota, Japan 87%, and the ANZ number is so good finance asked us not to say it before results day. it's A$9.4m. oops.`],
  ['x', 'en', 'phone', `our Tokyo office number changed today, the new one is 03-5412-7789. the old number now rings a ramen shop in Ebisu, apparently`],
  ['x', 'en', 'card', `why does my JCB 3581 9337 4739 1830 keep getting declined at the Sydney hotel. is it me or is it them`],
  ['linkedin', 'mixed', 'codename', `Go-live d'Atlas Bleu pour la filiale australienne repoussé d'une semaine : the data migration from the Brisbane warehouse needs one more dry run. Merci à l'équipe de Brisbane pour sa patience.`],
  ['linkedin', 'fr', '', `Au jardin botanique de Christchurch, un cèdre de l'Atlas bleu planté il y a plus d'un siècle. Le genre de détail qui rend les pauses entre deux rendez-vous clients bien plus agréables.`],
]);
