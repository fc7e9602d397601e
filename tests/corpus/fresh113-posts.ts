import { rows } from './corpus-types';

/**
 * Held-out set "fresh113": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks, git history or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer were not run on
 * these posts. `npx tsx scripts/score-checks.ts --only fresh113`.
 * First scored: 2026-12-05 on 1b89915 (unseen, before any fix from it; same findings as eaaf4ab, a speed-only change): confidentiality macro F1 0.977 / 1.8 % (2 of 109).
 *
 * Authors: managers, personal trainers, marketers and IT staff of gym chains, fitness studios, spas and wellness clubs
 * in London, Leeds, Glasgow, Dublin, Cork, Paris, Bordeaux and Barcelona, mostly in English, some in French and two
 * mixed English/French/Spanish posts. Forms: team wins, pasted ops-review and board-pack extracts, chat logs pasted by
 * mistake, tables (call lists, attendance, payroll import errors), config snippets and a curl command, customer replies
 * (surface 'comment'), job ads with published salary ranges, post-mortems, changelogs, supplier bank-detail notices,
 * a members' poll and a managers' poll, a three-post X thread, goodbyes, lost-property notes, fraud warnings and tips.
 * Financial positives: membership numbers, churn and joiner forecasts before a trading update or results, price rises
 * and new prices before members are told (plan prices, class packs, towel fee, PT commission, app-only plan), franchise
 * fees and master-franchise terms before candidates see them, a site acquisition price, a sealed bid, a lease, a
 * tender, a corporate quote, a PE valuation, a sales pipeline, margins, campaign and hiring budgets, monthly revenue
 * against budget, an embargoed results release; beside published results, public prices and timetables, public
 * franchise packs, a guide price, a council grant, an industry report, a teaching exercise, personal figures and job-ad
 * salary ranges. Secrets: door, alarm, key-safe and locker master codes, Wi-Fi and booking-system passwords (in prose, in
 * a pasted chat, as login/password pairs), a hex API key, a UUID access token, a Slack webhook, a Stripe live key and a
 * connection string; beside placeholders ("<your-key-here>", "changeme", sk_test_XXXX), AWS's EXAMPLE key and advice
 * with no credential. Every IBAN, card and national id positive was computed with a throwaway script outside the repo:
 * GB, IE, FR (with RIB key) and ES (with both control digits) IBANs by mod 97; Visa, Mastercard (5- and 2-series) and
 * Amex by Luhn; Irish PPSN (weighted mod 23, with and without the A suffix), French NIR (97 - n mod 97), Spanish DNI and
 * NIE (mod 23 letter); UK NINO by format. Look-alikes: an IBAN and an RIB with a wrong check, the documented GB82 WEST
 * example IBAN, Stripe's 4242 test card, card and order numbers failing Luhn, a masked card, HMRC's QQ specimen NINO,
 * an all-nines NIR specimen, a DNI with the wrong letter, a PPSN with the wrong check letter. Phones: UK mobiles,
 * landlines and 0800, Irish mobiles, landlines and 1800, French and Spanish numbers in national and +33/+34 form, all
 * labelled phone (switchboards and booking lines included); emergency numbers 112, 999, 15 and 18 are clean. Emails:
 * personal, work and role addresses, "[at] [dot]" and "name @ domain" forms all labelled email; bare domains and an X
 * handle are clean. Internal URLs: acme-corp.net, corp.acme.com, an intranet. host, private IPs, .local, .internal and
 * .corp hosts; public club sites and hse.gov.uk are clean. Markers: CONFIDENTIAL, [INTERNAL], INTERNE, TLP:AMBER,
 * EMBARGO until..., Classification: Restricted, SOUS NDA; beside TLP:CLEAR, "under embargo" in prose, a film title,
 * "promotion interne" and privacy wording. Code names and clients in their project and customer sense; beside the
 * constellation and the Orion Nebula, a kestrel, atlas stones, a cat called Atlas, a blue Atlas cedar, a chapel and a
 * street named Sainte-Claire. Members' health notes without an identifier of a listed category are clean.
 *
 * Counts: 243 posts (206 EN, 35 FR, 2 mixed; 215 LinkedIn, 28 on X; 6 comments): 109 clean, 134 flagged. Labels:
 * financial 32, phone 22, secret 18, email 17, national_id 14, confidential_marker 11, internal_url 10, codename 9,
 * client_name 9, iban 8, card 5.
 */
export const FRESH113_POSTS = rows('fresh113', [
  ['linkedin', 'en', '', `Our Headingley studio just welcomed member number 2,000! Thank you all for making a converted carpet warehouse feel like home. Cake at reception on Saturday morning.`],
  ['linkedin', 'en', 'financial', `Quick one from the ops review, before the numbers go to the board next Thursday: group churn dropped to 3.4% a month and we closed October at 41,870 active members. Keep it in the building until the trading update.`],
  ['x', 'en', 'financial', `Can't say much yet but our membership base is up 12% year on year to roughly 58k. Official figures land with the annual results in February 🤫`],
  ['linkedin', 'en', '', `Delighted that our FY25 results, published this morning, show revenue of £48.2m and 61,000 members across 74 clubs. The full report is on our investor page.`],
  ['linkedin', 'en', 'financial', `Heads-up for club managers: from 1 March the off-peak plan moves from £24.99 to £27.99 and anytime from £34.99 to £38.99. Members get their letters on the 20th, so until then nothing on the gym floor please.`],
  ['linkedin', 'en', '', `New year, same prices 💪 Off-peak £24.99, anytime £34.99, students £19.99, and no joining fee until 31 January. Sign up at clydefitness.co.uk/join`],
  ['x', 'en', '', `Tuesday at Clyde Fitness Finnieston: 06:15 HIIT, 07:00 Spin, 12:30 Pilates, 18:00 Bodypump, 19:15 Yoga. Booking opens in the app at 22:00 the night before.`],
  ['linkedin', 'en', 'secret', `New joiners at the Shoreditch club: the staff entrance is round the back on Rivington Street, keypad code 4817#, and the alarm panel code is 2290. Welcome aboard!`],
  ['linkedin', 'en', 'secret', `Reminder for the trainers' room: the Wi-Fi is IronsideStaff, password Deadlift_Dawn_77. The members' network is separate, please don't give this one out.`],
  ['linkedin', 'en', '', `Guest Wi-Fi is free at every club and the password is shown on the reception screen. Ask the team if you can't spot it.`],
  ['linkedin', 'en', 'phone email', `Can someone from Leeds call back Mrs Priya Anand on 07911 482 306 or at priya.anand73@gmail.com? She's just had knee surgery and wants to freeze her membership for eight weeks.`],
  ['linkedin', 'en', 'email', `So sorry about the billing mix-up, Tom! Drop a line to members@ironsidegyms.co.uk with your membership number and we'll sort the refund today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Sarah, thanks for the kind words! You can pause your membership in the app under Account > Freeze, no need to call.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Our Cork studio has a new booking line: 021 432 7781, open 7am to 9pm. Texts welcome too!`],
  ['x', 'en', '', `A member collapsed in our Dublin 8 club this morning. The team started CPR and rang 112 within seconds, and he's stable in hospital. Proud doesn't cover it. Book your first-aid refreshers, people.`],
  ['linkedin', 'en', 'national_id', `Welcome to Aoife, who starts Monday in Cork! Aoife, payroll still needs to confirm your PPS number: the form says 8473912H, is that right?`],
  ['linkedin', 'en', '', `Payroll tip for new Irish staff: your PPS number is on your Revenue letter. Never post it anywhere, we collect it through the secure HR portal.`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for Marcus (PT, Leeds): right to work ✔ NI number JK 48 27 91 C ✔ bank details pending.`],
  ['linkedin', 'en', '', `On our payroll training slides we only ever use HMRC's specimen NI number QQ 12 34 56 C, never a colleague's real one.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Julien, coach au studio de Bordeaux ! Julien, pour la mutuelle il nous manque la copie de ta carte Vitale : j'ai noté 1 86 05 75 056 123 39, tu confirmes ?`],
  ['linkedin', 'fr', '', `Formation RH : sur les modèles de contrat, nous utilisons le numéro fictif 1 99 99 99 999 999 99, jamais un vrai numéro de sécu.`],
  ['linkedin', 'en', 'national_id', `Barcelona onboarding: Marta's contract is ready, DNI 48203917B, start date 8 January. Laura, can you print two copies for signing?`],
  ['linkedin', 'en', '', `Fraud warning for our Barcelona desks: someone tried to open 12 memberships with the DNI 48203917N, and the control letter doesn't even match the number. Check IDs in person.`],
  ['linkedin', 'en', 'iban', `Supplier update for the Clyde Fitness accounts team: Pure Towel Services have moved banks. New details GB63 BARC 2004 1773 0192 58, reference CLYDE-TWL. Please update before the December run.`],
  ['linkedin', 'en', '', `Phishing alert: an email "from our landlord" asked us to pay the rent to GB23 NWBK 6016 1348 2039 16. It fails the checksum and the landlord never changed banks. Always ring your contact to verify.`],
  ['linkedin', 'fr', 'iban', `Pour les coachs indépendants du studio Marais : merci de régler la location de salle sur le nouveau compte FR76 3000 4018 2500 0105 8392 156 à partir de janvier.`],
  ['x', 'en', 'card', `a member just read his whole card number out loud in the front desk queue: 4539 1762 0481 3570 exp 09/28. please, people. (yes I voided it and told him to call his bank)`],
  ['linkedin', 'en', '', `Dev tip for the booking-app team: in Stripe test mode use 4242 4242 4242 4242 with any future expiry date. Never put a real card into staging.`],
  ['linkedin', 'en', 'secret internal_url', `Anyone know why this keeps timing out since the upgrade?

# booking-sync.env
BOOKING_API_URL=https://booking.ironside.internal/api/v2
BOOKING_API_KEY=7c1e94ab02f3d58e6a91c47b0d2e83f5
SYNC_INTERVAL=300`],
  ['linkedin', 'en', '', `Template for new club integrations:
BOOKING_API_KEY=<your-key-here>
DB_PASSWORD=changeme
Fill these in from the vault on the server, never commit them.`],
  ['linkedin', 'en', 'codename', `Huge thanks to the product squad: Orion, our new member app, goes into beta at three Leeds sites next week.`],
  ['x', 'en', '', `5am run along the canal and Orion was still hanging over the gasholders. Worth the alarm.`],
  ['linkedin', 'en', 'codename financial', `Project Kestrel update: we've agreed £2.1m for the former department-store unit in Glasgow. Heads of terms signed, nothing announced until completion in March.`],
  ['linkedin', 'en', '', `A kestrel hovered over the outdoor rig at our Cork club during bootcamp and 20 people stopped mid-burpee to watch. Nature beats HIIT.`],
  ['linkedin', 'en', 'client_name', `Signed our biggest corporate wellness deal yet: 1,200 Globex employees get access to all our London clubs from February!`],
  ['linkedin', 'en', 'client_name financial', `Globex wellness renewal: we're proposing £18 per head per month, down from £21, before their procurement team sees it on Friday. Sense-check welcome.`],
  ['linkedin', 'fr', 'client_name', `Le partenariat bien-être avec l'Hôpital Sainte-Claire démarre lundi : yoga pour le personnel soignant de nuit, trois fois par semaine.`],
  ['linkedin', 'fr', '', `Séance d'étirements ce matin dans les jardins de la chapelle Sainte-Claire, à deux pas du spa. Le soleil était au rendez-vous.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL - FRANCHISE COMMITTEE
Proposed fee for the Irish territory: €45,000 upfront plus 6% of gross monthly revenue. Not yet presented to prospective franchisees.`],
  ['linkedin', 'en', '', `Thinking of opening your own studio? Our franchise pack is public: €35,000 initial fee, 5% royalty, the full breakdown is at the link. Info evening in Cork on the 14th.`],
  ['linkedin', 'en', '', `Why we stopped stamping every spreadsheet "confidential": when everything is secret, nothing is. A few notes on sensible data classification for small gym chains.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Christmas week at Leeds Central: early shifts move to a 05:30 opening, late shifts end at 21:00. Swap requests to your duty manager.`],
  ['x', 'en', 'email', `Looking for freelance reformer Pilates instructors in Dublin 2. CVs to jobs [at] liffeywellness [dot] ie 🙌`],
  ['linkedin', 'en', '', `Our new timetable is live at liffeywellness.ie and you can book up to seven days ahead.`],
  ['linkedin', 'en', '', `We're hiring a Club Manager for Leeds Kirkstall: £32,000 to £36,000 plus bonus, 28 days holiday, and free membership for you and a +1. Apply on our careers page.`],
  ['linkedin', 'en', 'financial', `The budget for the new Head of Fitness role came through at £58k, and we're holding £6k back for a sign-on bonus. Still waiting on board sign-off, so don't mention it to candidates.`],
  ['linkedin', 'en', 'internal_url', `All trainers: your December rota and holiday requests are now on the staff portal, https://staff.acme-corp.net/rota. Log in with your usual SSO.`],
  ['linkedin', 'en', 'internal_url', `The new health and safety induction module is live at intranet.clydefitness.co.uk/learning. Please complete it before your next shift.`],
  ['linkedin', 'en', '', `Our Christmas opening hours are on clydefitness.co.uk/hours. Merry Christmas from everyone at Clyde Fitness!`],
  ['linkedin', 'en', 'internal_url secret', `Post-mortem, booking outage Sat 09:12-10:40. Root cause: the member DB at 10.14.2.31 ran out of disk after the nightly export stopped rotating files. The export job used postgresql://exporter:Kettlebell!Swing9@10.14.2.31:5432/members (rotated since).`],
  ['linkedin', 'en', '', `Post-mortem from Saturday's booking outage: the database disk filled up, the alerts went to a retired mailbox, and we were down for 88 minutes. Fixes: disk alerts to the on-call phone, a weekly restore test, no more single inbox.`],
  ['x', 'en', 'secret', `why is our class-full bot spamming #frontdesk 😩
curl -X POST https://hooks.slack.com/services/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 -d '{"text":"Spin 18:00 full"}'`],
  ['linkedin', 'en', 'secret', `Covering reception at Finnieston today? The booking admin login on the front PC is frontdesk.finnieston / Clyde2026!Spin. Please log out at the end of your shift.`],
  ['linkedin', 'en', '', `Password hygiene for gym front desks: no shared logins on reception PCs, no passwords on sticky notes under the keyboard, and please, not the gym's name followed by 123.`],
  ['linkedin', 'en', 'secret', `Housekeeping for the Ballsbridge spa: the master override for the changing-room lockers is now 7-3-0-9-1. The old one stops working on Monday.`],
  ['linkedin', 'en', '', `Our smart lockers let you pick a fresh 4-digit code every visit, so there's nothing to remember and no key to lose.`],
  ['linkedin', 'en', 'phone', `Lost property at Rebel Strength Cork: a grey jacket from Tuesday's 6am class. Call or WhatsApp Ciara on 087 624 1193 to collect.`],
  ['linkedin', 'en', 'phone', `Membership cancellations over Christmas: our member services line, 0800 048 2211, is open every day except the 25th.`],
  ['x', 'en', 'phone', `Barcelona friends: rooftop yoga at Gràcia Fit Club is bookable by WhatsApp only, +34 612 48 93 07 🧘`],
  ['linkedin', 'fr', 'phone', `Le spa Garonne à Bordeaux recrute une praticienne en soins du corps. Renseignements au 05 56 44 21 09 ou directement à l'accueil.`],
  ['linkedin', 'fr', '', `Nouveaux horaires du studio Marais dès janvier : du lundi au vendredi 7h-21h, samedi 9h-18h, dimanche 9h-13h. Pilates reformer à 35 € la séance, carnet de 10 à 300 €.`],
  ['linkedin', 'fr', 'financial', `Entre nous, le comité a validé la hausse : le carnet de 10 séances passe de 300 à 340 € au 1er mars. Les adhérentes ne seront prévenues qu'après les vacances de février, donc motus.`],
  ['linkedin', 'fr', 'confidential_marker financial', `INTERNE - NE PAS DIFFUSER
Budget travaux spa Bordeaux 2027 : 410 k€ (hammam et deux cabines), arbitrage final en comité de direction le 18/12.`],
  ['linkedin', 'fr', '', `Le spa Garonne a ouvert en 2019 avec un investissement de 1,2 M€, comme l'avait rapporté la presse locale. Cinq ans plus tard, 14 personnes y travaillent.`],
  ['linkedin', 'en', 'financial', `Before the Q3 trading statement goes out: October cancellations ran at 5.8% against a 4% target, and the January-joiner cohort is churning fastest. Let's fix onboarding before it becomes a headline.`],
  ['linkedin', 'en', '', `Industry stat worth chewing on: the sector's latest annual report puts average gym churn at around 4 to 5% a month. Retention is a product problem, not a sales problem.`],
  ['linkedin', 'en', 'codename', `The Nébula sprint demo went brilliantly: the door-entry integration with the booking app is two weeks ahead of plan.`],
  ['x', 'en', '', `Member photo of the week: the Orion Nebula, shot through a telescope on our rooftop terrace during stargazing yoga ✨`],
  ['linkedin', 'fr', 'codename', `Atlas Bleu : le chantier de la nouvelle salle de Mérignac avance, on vise une ouverture en mai si les permis suivent.`],
  ['linkedin', 'fr', '', `Dans le patio du spa, le cèdre de l'Atlas bleu a enfin repris après la sécheresse de l'été. Nos clientes l'adorent.`],
  ['linkedin', 'en', '', `Strongman Saturday at Rebel Strength: atlas stones from 60 to 140 kg, yoke walk and log press. Spectators welcome!`],
  ['linkedin', 'en', 'client_name', `The lunchtime HIIT pop-up at Initech's Dublin office went down a storm: 46 of their people turned up in the rain.`],
  ['linkedin', 'en', 'client_name', `Quick win: Société Générique's London team are moving their staff gym benefit to us next quarter. Onboarding sessions start 6 January.`],
  ['linkedin', 'en', '', `Our corporate partnerships page lists every employer we work with. If your company isn't there yet, your HR team can reach us through the form on the website.`],
  ['linkedin', 'en', 'email phone', `After six years I'm leaving Ironside Gyms. Stay in touch: dan.okafor@outlook.com or 07700 918 442.`],
  ['linkedin', 'en', '', `Last shift on the Leeds Central desk today. Eight years, four managers, one flood and more protein shakes than I can count. Thank you all, you know where to find me.`],
  ['linkedin', 'en', 'phone email', `Follow-up list for the "we miss you" calls:
Name | Last visit | Phone | Email
J. Whitaker | 02/10 | 07723 561 904 | jwhitaker@btinternet.com
R. Desai | 14/09 | 07954 220 318 | r.desai88@gmail.com`],
  ['linkedin', 'en', '', `Class attendance, week 46 (Leeds Central):
Class | Slots | Booked | Attended
Spin 06:30 | 24 | 24 | 21
Pump 18:00 | 30 | 29 | 27
Yoga 19:15 | 20 | 14 | 12`],
  ['linkedin', 'en', 'phone', `PT handover for Saturday: client Helen Moss is type 1 diabetic and keeps glucose tabs in her bag. Emergency contact is her husband on +44 7812 334 019.`],
  ['linkedin', 'en', '', `Reminder for PTs: PAR-Q forms with members' health details go in the locked cabinet in the office, never in the trainers' WhatsApp group.`],
  ['x', 'en', 'financial', `Told the board this morning we'll beat the 2026 member target by about 3,000. Can't post the real number until results day, but the team should know they smashed it 🔥`],
  ['linkedin', 'en', 'financial', `The offer from the private equity group values us at roughly 9x EBITDA, about £64m. Nothing is signed and the staff town hall isn't until the 12th.`],
  ['linkedin', 'en', '', `Interesting to see a big budget chain's published accounts show revenue above half a billion pounds. The low-cost model is still eating the middle of the market.`],
  ['linkedin', 'en', 'financial', `Corporate sales pipeline for Q1 stands at £740k across 19 employers, £210k of it at contract stage. For the regional leads only: this doesn't go in the investor deck until March.`],
  ['linkedin', 'en', '', `Business-of-fitness workshop exercise: a studio with 300 members paying £60 a month and 4% monthly churn loses 12 members a month. How many leads does it need to grow? Answers in the comments.`],
  ['linkedin', 'en', '', `Three years ago I was paying £1,100 rent and working three jobs to get my PT qualification. This month I opened my own studio. Don't give up.`],
  ['linkedin', 'en', 'card', `Finance: the corporate Amex for equipment orders is 3782 844910 26351, exp 11/27. Use it for the treadmill order and send me the receipts.`],
  ['linkedin', 'en', '', `Member query of the week: "why was my card ending 4324 charged twice?" It's a duplicate pre-authorisation, released within three days. Not a double charge.`],
  ['linkedin', 'en', 'card', `[14:02] Ellie: can you run the refund manually?
[14:03] Ellie: member's card 2221 0491 8803 1278 exp 03/29
[14:03] Ellie: oops wrong window 🙈`],
  ['linkedin', 'en', '', `Order reference 4539 1762 0481 3573 from our merch store says "dispatched" but the tracking link is dead. Anyone else?`],
  ['linkedin', 'en', 'iban', `Rebel Strength Cork: if you pay your annual membership by bank transfer, our account is IE22 AIBK 9311 5227 3804 16, with your member number as the reference.`],
  ['linkedin', 'en', '', `Setting up SEPA direct debit in a new billing tool? The docs use GB82 WEST 1234 5698 7654 32 as their example, and it passes validation, so don't be surprised when the test mandate goes through.`],
  ['linkedin', 'en', 'iban', `Gràcia Fit Club: personal trainers invoicing us for December, please note our new account ES18 2100 0418 4602 0145 9873.`],
  ['linkedin', 'en', 'national_id', `Barcelona HR: Tom's NIE finally came through, X4921573X, so he can sign his contract and open a bank account. Welcome to the team properly, Tom!`],
  ['linkedin', 'fr', 'national_id phone', `Fiche d'inscription retrouvée sur le comptoir du studio : Mme L. Bernard, née le 03/06/1988, NIR 2 88 06 13 055 211 68, tél. 06 12 48 73 90. Je l'ai mise au coffre, mais qui l'a laissée là ?`],
  ['linkedin', 'en', 'national_id', `Dublin payroll: Seán's new PPS is 3927164LA. Please replace the temporary one in the HR system before Friday's run.`],
  ['linkedin', 'en', '', `Scam text doing the rounds in Cork: "Your PPS 8473912K has been suspended, reply now". Revenue never texts like that. Ignore and delete.`],
  ['x', 'en', '', `PSA: our reception staff will never ask for your PPS number, bank PIN or passwords over the phone. If someone does, hang up.`],
  ['linkedin', 'en', 'national_id', `Jordan Reid's expense claim got attached to the wrong ticket: NI PR 53 86 14 A, payroll ID 00417. Can finance move it across?`],
  ['x', 'en', 'confidential_marker', `EMBARGO until 07:00 GMT Monday 12 January: Clyde Fitness opens its 20th club, in Dundee.`],
  ['linkedin', 'en', '', `Journalists ask what "under embargo" means when we send them news. Simple: you get it early and publish at the agreed time. Our Dundee opening went out that way last week.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER - phishing campaign targeting gym booking platforms: fake "payment failed" emails linking to a lookalike login page. Share only with your IT contacts.`],
  ['linkedin', 'en', '', `TLP:CLEAR - our write-up of the fake "payment failed" emails hitting fitness businesses, free to share: check the sender and never log in from a link in the email.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Subject: sauna suite closure, Ballsbridge
The sauna stays closed until the heater is replaced on 3 February. Member comms go out tomorrow.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA - maquettes de la nouvelle appli de réservation, à ne pas partager hors de l'équipe produit. Retours avant jeudi svp.`],
  ['linkedin', 'fr', '', `On m'a demandé si nos coachs signent un accord de confidentialité. Oui, pour protéger les données de santé des adhérents. C'est la base.`],
  ['linkedin', 'en', '', `Friday film night in the spa lounge: "Top Secret!" (1984), popcorn and a post-film sauna. Members free, guests £5.`],
  ['linkedin', 'en', 'internal_url', `Reception screens frozen again at Headingley. If you need to reset one, the kiosk admin page is http://kiosk-hdg.local:8080, but ask IT before rebooting anything.`],
  ['linkedin', 'en', 'internal_url', `The door-access controller for Shoreditch sits at 192.168.40.12. If it drops offline the doors fail open, so ring the on-call engineer straight away.`],
  ['linkedin', 'en', '', `Member app 4.2 changelog: faster class booking, your membership card in Apple Wallet, and dark mode. Update from the App Store or Google Play.`],
  ['linkedin', 'en', 'internal_url', `Our HR system has moved: payslips now live at https://payroll.corp.acme.com/self-service and the old bookmarks won't work.`],
  ['x', 'en', 'secret', `the studio Wi-Fi password is literally PilatesPrincess2024 and I've been asked to make it "more professional". suggestions?`],
  ['linkedin', 'en', '', `We now rotate the member Wi-Fi password monthly; it's on the reception screen and in the app. No more sticky notes.`],
  ['linkedin', 'en', 'secret', `Integration note for the franchise sites: the access-control API token for Cork is 9f3a1c77-2be4-4d61-b8e0-5c4a9d2f1e06. It goes in the door controller's config, not in an email.`],
  ['linkedin', 'en', '', `Running a secrets-scanning workshop for our dev team. The demos use AWS's documented AKIAIOSFODNN7EXAMPLE key, so don't panic when the scanner flags the slides.`],
  ['linkedin', 'en', 'secret', `Why is checkout on our Barcelona site failing? Config below:
STRIPE_SECRET_KEY=sk_live_51NbQ2kLm8Xr4Tz7pW3eVh9cYs0D6fGaJ1uKi5oBn
CURRENCY=eur`],
  ['linkedin', 'en', '', `Docs for our franchisee site builder: set STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXX while you build, and paste your live key only into the dashboard.`],
  ['linkedin', 'en', 'secret', `For tonight's locking-up at Kirkstall: the alarm code is the same as last month, 6-0-4-2, and the shutter key is in the safe (code 1988).`],
  ['linkedin', 'en', '', `Members keep asking why the door keypad beeps three times: it means your membership QR has expired. Renew in the app and it works instantly.`],
  ['linkedin', 'en', 'email', `For anything about the Leeds PT rota in January, email me directly: rachel.holmes@northernlift.co.uk`],
  ['linkedin', 'en', 'email', `Hi Marc, for franchise enquiries in France please write to franchise@ironsidegyms.com and they'll send you the pack.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks James! Yes, the pool reopens Monday at 6am. See you in the fast lane 🏊`, { surface: 'comment' }],
  ['x', 'en', 'phone', `So sorry about the parking fine! Call our Glasgow team on 0141 496 0183 and we'll appeal it with you.`, { surface: 'comment' }],
  ['x', 'en', '', `Hey! The new-year timetable is pinned on our profile, classes restart 2 January 🎉`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Leeds expansion: we've put in a sealed offer of £1.35m for the old bingo hall on Kirkstall Road. Bids close Friday, so fingers crossed and mouths shut.`],
  ['linkedin', 'en', '', `Our acquisition of the two Cork studios, announced in September, completed today. Welcome to 22 new colleagues!`],
  ['linkedin', 'en', '', `The old Leeds bingo hall (guide price £1.2m) has been on the market for months. It would make an incredible gym. Someone please do it.`],
  ['linkedin', 'en', 'financial', `Draft terms for the Bordeaux master franchise: €120k territory fee, 4.5% royalty, 2% marketing levy. The lawyers are still redlining, don't quote these to the candidate yet.`],
  ['linkedin', 'en', 'financial', `Our forecast for January joiners is 6,200 across the group, 15% up on last year. Finance wants it kept internal until the trading update.`],
  ['linkedin', 'en', '', `January is always our busiest month: last year, as our trading update said, 5,400 people joined in the first three weeks.`],
  ['x', 'en', 'financial', `can't wait for members to find out the towel service is going to £3 a visit in April. oh wait, they don't know yet 😬 #gymlife`],
  ['x', 'en', '', `Towels are now free at all our clubs 🎉 No more £2 at the desk. Happy Monday!`],
  ['linkedin', 'en', 'financial', `Spa treatment margins from the Q3 review: massages 38%, facials 52%, retail only 11%. This goes to group finance on Thursday before anything is shared.`],
  ['linkedin', 'en', '', `Personal milestone: 1,000 km on the treadmills at our Dublin club this year. Cost of trainers: €480. Worth every cent.`],
  ['linkedin', 'en', 'financial', `The spring campaign budget is locked at £95k (£60k paid social, £35k local radio). We haven't told the agencies yet, pitch meetings are next week.`],
  ['linkedin', 'en', '', `Proud that the city council's £250,000 Active Communities grant, announced last week, will fund free classes in four Leeds neighbourhoods.`],
  ['linkedin', 'en', 'confidential_marker financial', `INTERNAL - board pack extract
Members 31/10: 44,212 (-1.9% MoM)
Cash churn: £312k
Do not circulate outside ExCo.`],
  ['linkedin', 'en', '', `A board pack should fit on one page. Ours has four numbers: members, churn, NPS, cash. Everything else is an appendix. What's on yours?`],
  ['linkedin', 'fr', 'phone', `Le studio Marais recrute un·e coach Pilates (CDI, 28 h). Envoie ton CV ou appelle Camille au 01 42 71 38 55.`],
  ['linkedin', 'mixed', 'phone email', `Hiring à Bordeaux 🌿 Spa therapist, full-time, salaire 1 950 à 2 150 € brut. Contact : spa.recrutement@garonne-spa.fr / +33 5 56 44 21 09.`],
  ['linkedin', 'en', 'phone', `New number for Liffey Wellness reception from Monday: +353 1 672 4410. The old one forwards for a month.`],
  ['linkedin', 'en', 'phone', `Our member care line in Ireland is now free to call: 1800 252 719, 8am to 8pm.`],
  ['linkedin', 'en', '', `Bank holiday hours: Mon 27/05 08:00-14:00, then back to normal on Tue 28/05, 06:00-22:00.`],
  ['linkedin', 'en', '', `Member number 0042 117 (yes, that's really mine): ten years at the same club today. Here's what changed and what didn't.`],
  ['x', 'en', '', `Record at the Glasgow club this week: 1,842 check-ins on Monday alone. New Year's resolutions are alive and well 💪`],
  ['linkedin', 'en', 'codename', `Orion retro: moving 40,000 member profiles to the new booking platform took 11 nights instead of 6. Lessons below.`],
  ['linkedin', 'en', 'codename', `Project Kestrel is officially in due diligence. Can't say more, but Leeds team, it's going to be an exciting year.`],
  ['linkedin', 'en', '', `Night run club: 8 km under a clear sky with Orion's belt right above the Liffey. 24 runners, zero complaints.`],
  ['linkedin', 'fr', 'codename', `Nébula : la migration des badges d'accès des trois studios parisiens est prévue le week-end du 14. Prévenez les équipes du matin.`],
  ['linkedin', 'en', 'client_name', `Our Paris team now runs lunchtime stretching for the night-shift nurses at Hôpital Sainte-Claire. Small thing, big smiles.`],
  ['linkedin', 'en', 'client_name financial', `Initech want all 14 of their Irish sites covered. Our quote is €212k a year and it hasn't gone out yet. Aoife, can you check the per-head maths?`],
  ['linkedin', 'en', '', `Brilliant panel at the Dublin HR summit on corporate wellness. Biggest takeaway: employees use the benefits they can book in ten seconds.`],
  ['x', 'en', 'client_name', `Globex people in Leeds: your corporate passes work at all six of our clubs from today 🎉`],
  ['linkedin', 'en', 'secret', `[09:14] Owen: what's the new booking system admin password?
[09:14] Priya: Spin&Tonic#2026
[09:15] Owen: ta`],
  ['linkedin', 'en', '', `[09:14] Owen: who's covering the 6pm spin?
[09:15] Priya: me, Jess is off sick
[09:15] Owen: legend`],
  ['linkedin', 'en', 'secret email', `Setting up the new shared inbox for Leeds: frontdesk.leeds@northernlift.co.uk, temporary password Welcome!Leeds42. Change it on first login please.`],
  ['linkedin', 'en', '', `New starters get a temporary password by text and must change it on first login. If anyone emails you a password, tell IT.`],
  ['linkedin', 'en', 'internal_url', `The scanner in the Glasgow office can't reach the print server at print01.clyde.corp. Anyone else?`],
  ['linkedin', 'en', 'internal_url', `Member-app dashboards are moving to grafana.liffey.internal and will be down for 30 minutes on Thursday at 22:00.`],
  ['linkedin', 'en', '', `Handy for any gym owner: the HSE's guidance on pool plant rooms at hse.gov.uk is short and very practical.`],
  ['linkedin', 'en', 'email', `Want to be a member ambassador at our Shoreditch club? Message me or write to tom.baines @ ironsidegyms.co.uk 🙂`],
  ['linkedin', 'en', '', `Follow @IronsideGymsLDN for the daily workout and flash class drops.`],
  ['linkedin', 'fr', 'email', `Coachs indépendants à Paris : pour rejoindre le planning du studio, écrivez à planning@studio-marais.fr avant le 15.`],
  ['linkedin', 'fr', 'financial', `Chiffre d'affaires de novembre au studio : 86 400 €, 7 % sous le budget. On en parle au point mensuel, pas avant que la direction ait validé la communication.`],
  ['linkedin', 'fr', '', `Le marché français du fitness pèse environ 2,5 milliards d'euros selon l'étude annuelle de la filière. Il reste de la marge pour convaincre les sédentaires.`],
  ['linkedin', 'fr', 'financial', `Prix de la future formule Spa illimité : on part sur 129 €/mois. Les membres actuels seront informés en janvier et la com externe suivra en février. D'ici là, rien sur les réseaux !`],
  ['linkedin', 'fr', '', `Nouveau : la formule Spa illimité est disponible à 129 €/mois, sans engagement. Réservez votre visite sur notre site.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre fournisseur de linge à Bordeaux : FR76 1027 8060 3100 0204 8173 337. Merci de mettre à jour avant le prochain virement.`],
  ['linkedin', 'fr', '', `Tentative de fraude au changement de RIB reçue ce matin au spa : FR76 3000 4018 2500 0105 8392 165, clé invalide en plus. Rappelez toujours le fournisseur sur son numéro habituel.`],
  ['linkedin', 'fr', 'card', `Une cliente a laissé sur la borne un ticket avec sa carte en entier : 4917 6152 0039 4855. Je l'ai détruit, mais vérifiez le paramétrage du TPE.`],
  ['linkedin', 'fr', '', `Rappel : on ne note jamais un numéro de carte dans le cahier de réservation. Pour les acomptes, lien de paiement uniquement.`],
  ['linkedin', 'fr', 'phone', `Notre studio partenaire à Barcelone, Gràcia Fit Club, accueille nos adhérents parisiens en déplacement. Réservation au +34 932 41 77 80.`],
  ['linkedin', 'fr', 'national_id', `Dossier de Léa (réceptionniste, studio Bastille) : il manque la copie de la pièce d'identité, le NIR 2 91 03 33 063 457 11 est bien sur la DPAE.`],
  ['linkedin', 'fr', '', `Adhérents en reprise après blessure : nos coachs adaptent chaque séance. Parlez-en à l'accueil, vos informations restent entre vous et votre coach.`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion restreinte - INTERNE
Fermeture estivale : studio Marais du 4 au 18 août, Bastille reste ouvert.`],
  ['linkedin', 'fr', '', `Chez nous, la promotion interne n'est pas un slogan : Inès est passée de l'accueil à la direction du studio en trois ans.`],
  ['linkedin', 'fr', 'secret', `Petit rappel pour l'équipe Bastille : Wi-Fi staff = MaraisTeam, mot de passe Gainage2025! (le Wi-Fi clients reste "Marais-Invités").`],
  ['linkedin', 'en', 'financial', `We're at 12,310 members across our five Barcelona clubs, up from 10,900 in June. Holding this for the investor update on the 20th, so team eyes only for now.`],
  ['linkedin', 'en', '', `Gràcia Fit Club turns five! Open days all weekend: free classes, rooftop yoga and paella for everyone who drops by.`],
  ['linkedin', 'en', 'national_id', `Barcelona payroll import errors:
Employee | DNI | Issue
J. Puig | 73914026F | missing bank details
A. Soler | 05518342K | wrong start date`],
  ['linkedin', 'en', '', `For new international staff in Barcelona: a DNI or NIE is digits plus a control letter. HR will check it in person, never send a photo of it over WhatsApp.`],
  ['linkedin', 'en', 'national_id iban', `Contractor form for the Eixample studio: NIE Y2038461P, payments to ES64 0081 5234 1300 0117 2930.`],
  ['x', 'en', '', `Poll for our members 🗳️ What should we add at Headingley?
A) More squat racks
B) A cold plunge
C) Later weekend hours
D) A café`],
  ['linkedin', 'en', 'financial', `Quick poll for club managers before we finalise the March rise (anytime £34.99 to £37.99, not announced yet): should we freeze the price for members who joined before 2024? Yes / No / Annual payers only`],
  ['x', 'en', '', `1/ We moved 9 clubs to a new door-access system in 6 weeks. Here's what we learned 🧵`],
  ['x', 'en', 'secret', `2/ Lesson one: don't put the controller master PIN in the handover doc. Ours was 880214 and it ended up on a shared drive.`],
  ['x', 'en', '', `3/ Lesson two: test fail-open mode with the fire panel, not just the app. And tell members before the change, not after.`],
  ['linkedin', 'en', 'codename internal_url', `Atlas Bleu staging is up at https://atlas-staging.acme-corp.net. QA, please test the new class-pack checkout before Friday.`],
  ['linkedin', 'en', '', `Meet Atlas, the unofficial spa cat of our Bordeaux site. He has his own sun lounger and a waiting list for cuddles.`],
  ['linkedin', 'en', 'phone national_id', `Incident report, Cork, 03/12: member slipped near the pool exit. Injury form has PPS 5038127G and mobile 086 203 5518. The insurer needs it by Friday.`],
  ['linkedin', 'en', '', `Wet-floor incidents are down 60% since we put mats by the pool exit. Small fix, huge difference. Shout-out to the Cork team.`],
  ['linkedin', 'en', 'email phone', `Freelance PT in Glasgow's West End, ten years' experience, strength and pre/post-natal. Free consultation: coachkirsty@gmail.com or 07402 318 775.`],
  ['linkedin', 'en', '', `Personal training at Clyde Fitness: £45 a session or £400 for ten. All our PTs hold Level 3 or above. Book through the app.`],
  ['linkedin', 'en', 'financial', `PTs: from February the club takes 25% of session fees instead of 20%. Head office will announce it at the January huddle, sorry to spoil it but you deserved a heads-up.`],
  ['linkedin', 'en', '', `I left a commission-based PT job for a salaried one at £29k. Best decision I've made. Happy to share the maths with anyone weighing it up.`],
  ['linkedin', 'en', 'secret email', `Tip for new duty managers: the reporting dashboard only loads in Chrome. Login is ops@ironsidegyms.co.uk / Ir0nside-Reports!`],
  ['linkedin', 'en', 'email', `Reply templates updated: complaints now go to care@northernlift.co.uk, not the old helpdesk address.`],
  ['linkedin', 'en', 'iban', `Refunds for the cancelled December bootcamp will come from GB23 NWBK 6016 1348 2039 15. Look for "NL BOOTCAMP" on your statement.`],
  ['linkedin', 'en', '', `Our bank details for paying invoices are only ever on the invoice PDF itself. If an email tells you otherwise, it's fraud.`],
  ['linkedin', 'en', 'iban', `Accounts payable, Dublin: the new equipment leasing company's IBAN is IE09 BOFI 9000 1755 1230 97, confirmed on a call with their finance manager.`],
  ['linkedin', 'en', 'financial', `Heads of terms for the Leeds Dock unit: 15-year lease at £185k a year with nine months rent-free. Not signed, not announced, please don't tag the landlord.`],
  ['linkedin', 'en', '', `Delighted to confirm our new club at Leeds Dock, opening spring 2027. Founding memberships go on sale in January.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL: HR investigation, Kirkstall front desk. The meeting has moved to Wednesday 10:00, same room.`],
  ['linkedin', 'en', '', `Our privacy notice explains how we keep your health questionnaire confidential. We updated it today and the changes are summarised on our site.`],
  ['x', 'en', 'financial', `Sneak peek nobody asked for: the new app-only membership will be £14.99. Launch isn't till March and members don't know yet, so shhh 🤐`],
  ['x', 'en', '', `It's here 📱 App-only membership, £14.99 a month, every class on demand. Live today in the App Store.`],
  ['linkedin', 'en', 'phone', `Pasting the on-call list because the group chat is a mess:
Mon-Wed: Stuart 07845 220 913
Thu-Sun: Aileen 07512 664 087`],
  ['linkedin', 'en', '', `On call this week: Stuart Monday to Wednesday, Aileen Thursday to Sunday. Numbers are on the board in the office.`],
  ['linkedin', 'en', 'secret', `Spa housekeeping, Ballsbridge: the key safe behind reception is now 3361, because the old code had been shared far too widely.`],
  ['linkedin', 'en', '', `Lost your locker key? Reception can open any locker once they've seen your ID. Takes two minutes.`],
  ['linkedin', 'en', 'codename financial', `Orion business case approved: £380k capex for the new app and door system, payback in 26 months. We'll talk about it externally once the supplier contract is signed.`],
  ['linkedin', 'en', '', `Finished a sci-fi audiobook called "The Orion Plan" over this week's 90-minute cardio sessions. Recommend!`],
  ['linkedin', 'fr', 'client_name', `Les salariés de la Société Générique à La Défense pourront réserver nos cours au studio Bastille dès janvier grâce au nouveau partenariat.`],
  ['linkedin', 'fr', '', `Nouvelle boucle running de 7 km au départ du spa : les quais, le pont de pierre et retour par la rue Sainte-Claire. Départ samedi 9h.`],
  ['linkedin', 'en', 'email', `From the booking export: member flagged for chargebacks, kevin.m.doyle@eircom.net, three disputes this year. Can Cork reception ask him to update his card?`],
  ['linkedin', 'en', '', `Chargebacks cost small gyms more than fees. Our rule: a friendly call first, a payment link second, debt collectors never.`],
  ['linkedin', 'en', 'financial', `Modelling says the April rise will push churn from 3.6% to 4.4% for three months, roughly 1,900 members. Finance is sitting on this until the half-year numbers.`],
  ['linkedin', 'en', '', `Before last year's price rise we surveyed 2,000 members. 71% said they'd stay for £3 more if the showers got fixed. So we fixed the showers first.`],
  ['linkedin', 'en', 'national_id', `Leeds payroll: wrong NI number on Callum's payslip. It should be SN 73 02 18 B, not the one with the last two digits swapped.`],
  ['linkedin', 'en', '', `Payslips now show only the last three characters of your NI number, after feedback in our staff survey.`],
  ['x', 'en', 'secret', `someone tell me why the booking system's production admin account is admin / Tr3admill!Prod. asking for a friend (me, I'm the IT guy) 🙃`],
  ['linkedin', 'en', '', `We ran a password audit across our 30 clubs. The most common reception password was the club's name plus the year. Everyone is on SSO now.`],
  ['linkedin', 'en', 'phone', `If you're visiting our Paris partner studio, the manager Camille speaks English: +33 6 21 47 90 38.`],
  ['linkedin', 'en', 'financial', `We've submitted our tender to run the council leisure centre's spa: €640k over five years. Bids are opened on 15 January, until then this stays with the bid team.`],
  ['linkedin', 'en', '', `Thrilled to announce we've won the tender to run the Ballyfermot leisure centre spa, as published in the council minutes this week.`],
  ['linkedin', 'en', 'confidential_marker financial', `EMBARGO until 09:00 GMT 20 February - Ironside Gyms FY26: revenue £52.6m (+9%), 63,400 members, EBITDA £11.1m.`],
  ['linkedin', 'en', '', `Our FY26 results are out: revenue of £52.6m, up 9%, and 63,400 members. Thank you to every coach, cleaner and receptionist who made it happen.`],
  ['linkedin', 'en', '', `Does anyone else find traffic-light labels like "amber" confusing for front-line staff? We're writing a plain-English guide for our clubs: green means share, amber means IT only, red means don't.`],
  ['linkedin', 'en', 'email', `Thanks to everyone who came to the Leeds wellness breakfast! Slides on request.
Niamh Walsh | Partnerships Lead
niamh.walsh@northernlift.co.uk`],
  ['linkedin', 'en', '', `Meet our new Glasgow club manager, Fraser! He joins from a decade in hospitality and already knows everyone's name.`],
  ['x', 'en', 'phone', `Headingley club phone lines are back: 0113 496 0742. Sorry to everyone who couldn't get through this morning.`],
  ['linkedin', 'en', '', `First-aid refresher recap: in the UK dial 999, in Ireland 112 or 999, in France 15 for the SAMU or 18 for the fire brigade, in Spain 112. Print it and stick it by the defibrillator.`],
  ['linkedin', 'en', '', `Dublin timetable refresh: Reformer at 07:00 and 12:15, Barre at 18:30, Sound bath on Fridays at 20:00. Drop-ins €22, members free.`],
  ['linkedin', 'en', '', `Three things I've learned as a spa manager: fix the small leaks (literally), learn every therapist's favourite treatment, and never schedule a deep clean on a Saturday.`],
  ['linkedin', 'fr', '', `Bordeaux : notre spa propose désormais des soins à 65 € (45 min) et 90 € (75 min), tarifs affichés à l'accueil et sur le site.`],
  ['linkedin', 'en', '', `Staff rota app 3.1 changelog: shift swaps take one tap instead of three, holiday balances update live, and the "running late" button now pings the duty manager.`],
  ['x', 'en', '', `Glasgow weather: 4°C and horizontal rain. Glasgow members: 312 at the 6am class. Unbeatable.`],
  ['linkedin', 'en', '', `Supplier notice: our Leeds clubs switch to a new cleaning contractor on 1 December. Same hours, same standards, new uniforms.`],
  ['linkedin', 'mixed', 'phone', `¡Nuevo horario! From Monday, Gràcia Fit Club abre a las 6:00. ¿Dudas? Llámanos al 932 41 77 80 😊`],
  ['linkedin', 'en', 'email', `Spa booking note for Saturday: client is allergic to nut oils, so use the unscented base. Sophie Martin, sophie.martin@free.fr`],
  ['linkedin', 'en', 'card', `Leeds Dock pre-sale desk: the card that declined for the founding membership was 5354 1200 9876 4324. The member says it's fine, can someone retry it tomorrow?`],
  ['linkedin', 'en', '', `Ticket closed: the terminal rejected card 5354 1200 9876 4327 as invalid. It was a typo at the desk; the member re-entered it and it went through.`],
  ['linkedin', 'en', 'national_id', `Cork HR: the PPS on Ciarán's P45 is 6120493JA, the one on his starter form is missing the A. Fixing it now.`],
]);
