import { rows } from './corpus-types';

/**
 * Held-out set "fresh49": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh49`.
 * First scored 2026-12-04 18:40 UTC on the rules of c946901, before any fix from it: confidentiality macro F1
 * 0.926, 10.3 % of clean posts flagged (11 of 107);
 * national_id 0.826, codename 0.846, confidential_marker 0.870, phone 0.884, financial 0.898, secret 0.923, client_name 0.941, the others 1.000.
 *
 * Authors: marketing, events, partnerships and sales staff in the Gulf (Dubai, Abu Dhabi, Sharjah, Riyadh, Jeddah,
 * Doha, Kuwait, Manama, Muscat), Egypt (Cairo, Giza, Alexandria, El Gouna), Nigeria (Lagos, Abuja, Port Harcourt),
 * Kenya (Nairobi, Mombasa, Kisumu), Ghana (Accra, Kumasi, Takoradi), Mexico (CDMX, Guadalajara, Monterrey, Puebla),
 * Colombia (Bogotá, Medellín, Cartagena), Argentina (Buenos Aires, Córdoba, Rosario) and Chile (Santiago, Valparaíso,
 * Antofagasta), writing in English or French with a few words of their own (yalla, mabrook, ya gama'a, omo, abeg,
 * asante, medaase, chale, órale, parce, che, cachai). Forms: live-posts from trade fairs (GITEX, LEAP, Cityscape, Cairo
 * ICT, Social Media Week Lagos, Africa Tech Summit, Expo ANTAD, Colombiamoda, Andicom, Expoagro, Expomin), sales wins,
 * emoji-heavy X posts and a two-post X thread, a poll, pasted meeting notes, chat lines and config snippets pasted by
 * mistake, tables, customer replies (surface 'comment'), job ads with published salary ranges, changelogs, a
 * post-mortem and an incident draft, supplier and bank-change notices, goodbyes and tips.
 *
 * Positives. Financial, with many signs of "not public yet": a deal value before the on-stage announcement, a ministry
 * phase-2 amount before the press release, a sealed bid before the envelopes are opened, a deal margin kept out of the
 * client deck, ARR before a funding announcement, a renewal pending the client's board, a price tier before customers
 * are emailed, a distributor price before the dealer meeting, a dealer price rise before the fair breakfast, a budget
 * approved by a board or committee before the agencies hear, a forecast sent to HQ, a CRM pipeline, a pre-money
 * valuation from an unsigned term sheet, a sponsorship ask awaiting reply, provisional order figures before the annual
 * results, a Q1 pipeline target, an early-bird rate before its announcement, a fundraise before Monday's announcement,
 * an acquisition price under EMBARGO. Look-alikes: results published on the exchange, an award notice, a newspaper's
 * figure, annual results, a price already on the website, ticket prices, job-ad salary ranges, a competitor's round,
 * a market study's figure, a government budget, inflation, a charity run, a teaching case, a cost per lead shared as a
 * lesson. Phones in Gulf, Egyptian, Nigerian, Kenyan, Ghanaian, Mexican, Colombian, Argentine and Chilean formats,
 * including a Saudi 9200 unified number, an Egyptian five-digit hotline (19837), toll-free 0800 / 800 / 01 8000 and
 * Chilean 600 numbers; emergency 911, 999 and 112 are clean. Emails: named people, role mailboxes and an obfuscated
 * "[at] [dot]"; bare domains and X handles are clean. Secrets: Wi-Fi and social-account passwords, screen-share and
 * printer logins, bare hex and UUID keys, a storage token in a post-mortem, Slack and Discord webhooks, a bearer JWT, a
 * Postgres URL with credentials; "<your-key-here>", "changeme" and AWS's AKIAIOSFODNN7EXAMPLE are clean. Internal
 * URLs: corp.acme.com and acme-corp.net hosts, intranet.* hosts, 10.x and 192.168.x addresses, .local, .internal and
 * .corp hosts; public sites (acme-corp.com included) are clean. Markers: CONFIDENTIAL, [INTERNAL], INTERNAL ONLY,
 * STRICTLY CONFIDENTIAL, Classification: Restricted, TLP:AMBER, EMBARGO jusqu'au…, SOUS NDA, INTERNE; the words in a
 * panel hot take, a TLP workshop, a film title, a photo embargo in a sentence and an NDA tip are clean. Codenames and
 * clients in their project and customer sense; look-alikes: Orion over the dunes, Giza and Baja and the Orion Nebula
 * from Atacama, a kestrel at a falconry show and at Naivasha, a nebula of stars and a Nebula projector, a blue atlas
 * of Patagonia and Atlas the office cat, Office Space's Initech, CME Globex, "une société générique" and the church of
 * Sainte-Claire in Querétaro.
 *
 * Numbers: every IBAN, card and national-id positive was computed with a throwaway script kept outside the repo:
 * mod-97 and exact country length for AE, SA, KW, QA, EG and FR (FR with its RIB key); Luhn for Visa, Mastercard (5-
 * and 2-series), Amex, a 19-digit Verve and a mada card; Luhn for the Emirates ID (784-…) and the Saudi national and
 * iqama numbers; the weighted mod-11 key for the Egyptian national ID (with a valid century, birth date and governorate);
 * the CURP check character and the RFC homoclave check digit; mod 11 for the Chilean RUT and the Argentine CUIL; the
 * Kuwaiti civil ID key; Luhn on the Ghana Card digits; the Nigerian NIN (11 digits), Kenyan ID, Argentine DNI and
 * Colombian cédula, which carry no key, by format and context. Look-alikes: masked numbers (784-XXXX-XXXXXXX-X,
 * GHA-XXXXXXXXX-X, "card ending 7395"), Stripe's 4242 test card, the Chilean test RUT 11.111.111-1, an AE and an SA IBAN
 * with a wrong check, a tracking number failing Luhn, an Emirates ID, a CURP, a RUT and an Egyptian ID with a wrong
 * key; the published tax numbers of companies (an RFC of a sociedad, a Colombian NIT, a Chilean company RUT) are labelled
 * clean, as they identify no person.
 *
 * Conventions as in the brief: every written email address is `email` and every written phone number `phone`;
 * `confidential_marker` only for explicit labels, not for "between us", "entre nous", "for the team's eyes only" or
 * "do not put it in the deck"; `financial` only for the company's own figure with a sign it is not public yet.
 *
 * Counts: 238 posts (168 EN, 61 FR, 9 mixed; 190 LinkedIn of which 7 comments, 48 on X): 107 clean (45 %), 131 with
 * one or more findings (30 with two). Labels: financial 25, national_id 25, phone 24, email 14, secret 13,
 * internal_url 12, codename 11, confidential_marker 10, client_name 9, iban 9, card 9.
 */
export const FRESH49_POSTS = rows('fresh49', [
  // --- Gulf: Dubai, Abu Dhabi, Riyadh, Jeddah, Doha, Kuwait, Manama, Muscat ---
  ['linkedin', 'en', '', `Day 1 at GITEX Global: done ✅
Hall 7, stand B30 was packed from 10:00 until the cleaners politely asked us to leave. Three live demos of our Arabic voice assistant every hour, 600+ badge scans and one very brave coffee machine.
Shukran to the crew who flew in from Riyadh and Cairo overnight. Day 2 in nine hours, yalla! #GITEX2026 #Dubai`],
  ['x', 'en', 'phone', `Lost somewhere in DWTC? 😅 Ring Fatima on +971 50 318 4726 and she'll walk you to our stand, H7-B30 🙌 #GITEX`],
  ['linkedin', 'en', 'client_name financial', `Mabrook team!! 🎉 Globex just signed the three-year managed-events deal for all their Gulf offices, AED 14.6M over the term. We announce it on stage with them at the closing ceremony on Thursday, so keep it in the family until then 🤫`],
  ['linkedin', 'en', '', `Our H1 results went out on the DFM this morning: revenue up 22% to AED 312M, events division up 31%. Full release on our investor page. Proud of every single person who carried a roll-up banner this year.`],
  ['x', 'en', '', `Took the Jakarta partners to the falconry show at Al Marmoom. A kestrel hanging dead still in a 30 km/h wind is the best product demo I've seen all week 🦅🏜️`],
  ['linkedin', 'en', 'iban', `Exhibitors using Falcon Build for their stands: they've sent us updated bank details for the balance payment and asked us to relay.
Emirates Falcon Build LLC
IBAN AE66 0339 5705 3310 0227 048
Deadline Sunday noon, reference = your stand number.`],
  ['linkedin', 'en', '', `PSA for fellow exhibitors 🚨 An email "from the organiser" is asking people to pay the hall-rigging fee tonight to AE67 0339 5705 3310 0227 048. It is fake: the domain is off by one letter and the IBAN doesn't even pass its own check. Pay only through the official exhibitor portal.`],
  ['x', 'en', 'secret', `booth wifi for the team since SOMEONE lost the card again 😂 network ACME-GITEX-H7 / pw Dh0w&Dates#26`],
  ['linkedin', 'en', '', `We're hiring: Events Marketing Manager, Dubai 🇦🇪
• AED 28,000 – 34,000 per month + housing allowance
• 30 days annual leave, yearly ticket home
• You'll own GITEX, Arab Health and our own summit
Apply through our careers page, no agencies please.`],
  ['linkedin', 'en', 'confidential_marker codename', `CONFIDENTIAL
Leadership sync, 14 Oct
- Project Kestrel: Riyadh pilot pushed to mid-January, vendor still missing the Arabic keyboard
- Cityscape stand: reuse last year's structure, new graphics only
- Hiring freeze on events roles lifted from November`],
  ['linkedin', 'en', 'national_id', `Onboarding for Omar (new sales exec, starts Sunday) — pasting what he sent so PRO can start the visa transfer:
Full name as on passport ✔
Emirates ID 784-1993-5341593-0 ✔
Labour card: pending`],
  ['x', 'en', '', `Friendly reminder after the roadshow: never post a photo of your Emirates ID, even "just the back". The format is 784-XXXX-XXXXXXX-X and it should stay X's on the internet. Same goes for boarding passes.`],
  ['x', 'en', '', `🚀🚀🚀 LAUNCH WEEK in Riyadh 🇸🇦✨ Our app is live on the App Store and Google Play. Download it, tell your cousins, tell your boss 😄📲 #LEAP2026`],
  ['linkedin', 'en', 'financial', `Quick one from the LEAP floor: we just shook hands with the ministry's digital team on SAR 9.8M for phase 2 🤝 Paperwork lands next week, then a joint press release. Till then this stays between us and the forty people on this thread 😅`],
  ['linkedin', 'fr', 'phone', `Notre ligne clients pour l'activation Riyadh Season : 9200 31847, ouverte de 10 h à 2 h du matin, week-end compris. Partagez-la à vos amis qui viennent !`],
  ['x', 'en', 'email', `Sponsoring Web Summit Qatar with us? Packages are almost gone. Write to sponsors@dohaventures.qa or come to stand C12 and ask for Hamad.`],
  ['x', 'en', '', `Doha was 🔥🔥 3 days, 11 meetings, 2 LOIs and 1 sandstorm. Back to Kuwait with a full notebook ✍️🇶🇦➡️🇰🇼`],
  ['linkedin', 'fr', 'iban phone', `Sponsors du Kuwait Food Expo : merci de virer la deuxième tranche à Gulf Plate General Trading, KW28 NBOK 1443 2607 0182 2794 7840 91. Pour toute question, Yousef est joignable toute la semaine au +965 9987 1243.`],
  ['linkedin', 'en', 'national_id', `VIP lounge list for security (they want it by 6pm, I'm posting in the group so nobody retypes it):
1. Mr. Khalid A. — Civil ID 289061401051 — Ministry delegation
2. Ms. Reem S. — passport, arriving 4pm`],
  ['linkedin', 'en', 'internal_url', `Everything for Bahrain FinTech Week is in one place: https://events.corp.acme.com/bfw-2026/booth-kit — logos, stand plan, badge list, rota. Please stop emailing me PDFs 🙏`],
  ['linkedin', 'en', '', `Full agenda for Bahrain FinTech Week is up at https://www.fintechweekbahrain.com/agenda. Our CMO speaks Tuesday at 11:30, then we're at booth 14 for karak and demos.`],
  ['linkedin', 'fr', '', `Retour d'Arab Health à Dubaï : 4 jours, 58 rendez-vous, et notre stand copié par deux concurrents dès le deuxième jour 😄 Merci à l'équipe de Casablanca venue en renfort. Inshallah l'an prochain on double la surface.`],
  ['linkedin', 'fr', 'codename financial', `Point d'étape Nébula pour l'équipe marketing Golfe : le budget salons 2027 validé hier soir par le comité est de 1,2 M AED. Les agences ne le sauront que la semaine prochaine, donc on ne le cite pas dans les briefs d'ici là.`],
  ['x', 'en', '', `Camping in Liwa: zero signal, 41°C at noon, and at midnight Orion climbing over the dunes like it owns the place ✨🏜️🌌`],
  ['linkedin', 'en', 'internal_url secret', `Anyone know why the lead-capture tablets won't sync at Cityscape? Here's the config:
CRM_URL=https://crm.acme-corp.net/api/v2
CRM_TOKEN=9f41c7e2b8d64a03a5e1c97f2d0b6e48
EVENT=cityscape-riyadh
They worked fine in the hotel.`],
  ['linkedin', 'en', '', `Tip for event teams running kiosk apps: keep API_KEY=<your-key-here> in an env file that never leaves the laptop, not in the code, and rotate it after every show. We learnt that one the hard way in 2024.`],
  ['linkedin', 'en', 'card', `Whoever used the team card at the Expo City kiosk yesterday: the receipt shows 4913171884637395, exp 08/28, AED 1,140. Send me the invoice so I can close the claim before month end 🙏`],
  ['x', 'en', '', `Bank SMS: "card ending 7395 used at DXB Duty Free". Yes it was me. Yes it was chocolate. No regrets 🍫✈️`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Partner tiers for Abu Dhabi Finance Week
Platinum: 3 confirmed
Gold: 6 confirmed, 2 in legal
Silver: open until 1 December
Booth allocation follows tier, then signing date.`],
  ['x', 'en', '', `Hot take from a marketing panel in Muscat: if every slide in your deck says CONFIDENTIAL, nothing in it is. Label the three things that matter and train people on the rest. Fight me in the comments 😄`],
  ['linkedin', 'fr', 'phone email', `Nouveaux numéros de l'équipe de Mascate après le déménagement à Al Khuwair :
Accueil +968 2449 8810
Sara (partenariats) +968 9214 3380 · sara.albalushi@omanlinkevents.om
Le parking visiteurs est derrière l'immeuble, places marquées en vert.`],
  ['linkedin', 'en', 'client_name', `Huge thank you to the procurement team at Initech for choosing us to run their Gulf roadshow: six cities in three weeks, starting in Riyadh in February. The crew is already arguing about who gets Muscat 😄`],
  ['x', 'en', '', `Every time the stand printer jams I quote Office Space. Initech had TPS reports, we have stand-build checklists. Same energy, better coffee. 🖨️😤`],
  ['x', 'mixed', 'financial', `Heads up la team sales 📣📣 le nouveau tier Pro passe à SAR 749/mois from January. Les clients reçoivent le mail le 15, so don't spoil it on calls 🙏🤐`],
  ['linkedin', 'en', '', `Our new Pro tier is live on the website: SAR 749/month, with two months free for anyone who signs up during Riyadh Season. Link in the comments 👇`],
  ['linkedin', 'fr', 'national_id', `Demande de badge pour la signature du protocole d'accord demain, copiée du mail car le portail est en panne :
Nom : Abdulrahman S.
N° d'identité nationale : 1066164763
Société : Najd Growth Partners
Rôle : signataire`],
  ['linkedin', 'en', 'iban', `The client asked where the deposit for the Jeddah launch gala goes. Red Sea Staging Co., SNB, SA73 1017 7399 3135 0038 4844. Please confirm receipt on this thread when it lands.`],
  // --- Egypt: Cairo, Giza, Alexandria, El Gouna, Sinai ---
  ['linkedin', 'fr', '', `Cairo ICT, c'est fini 🇪🇬 Notre stand fintech a eu la plus longue file du Hall 2 (le koshary offert à 13 h y est peut-être pour quelque chose). Ya gama'a, merci pour ces quatre jours de folie. On relance tout le monde dès dimanche !`],
  ['linkedin', 'en', 'national_id', `Pasted from the HR chat by accident but it's useful for the team: "Mona, your contract is ready, the national ID we have on file is 28812210222774, please confirm before you sign on Thursday."`],
  ['x', 'en', '', `Scam alert 🚨 people in Cairo are getting SMS saying "verify your ID 29901011234567 to claim your prize". It's not even a real ID. No bank, no brand, no fair organiser will ever ask. Spread the word 🙏`],
  ['linkedin', 'en', 'phone', `Ramadan orders are coming 🌙 Save our delivery partner's hotline before the rush: 19837, from any Egyptian mobile or landline.`],
  ['linkedin', 'fr', 'iban email', `Aux co-exposants de la Foire internationale du Caire : les frais de stand partagé se règlent sur EG36 0019 0005 9344 5216 2004 4536 2 (Nile Expo Services). Envoyez le reçu de virement à compta@nileexpo.com.eg, merci !`],
  ['linkedin', 'fr', 'financial', `On a déposé hier soir notre offre pour le marché audiovisuel du centre de conférences de la Nouvelle Capitale : 187 M EGP, environ 14 % sous le concurrent suivant d'après nos estimations. Ouverture des plis le 9. On croise tout ce qui peut se croiser 🤞`],
  ['linkedin', 'fr', '', `C'est officiel : le ministère a publié l'avis d'attribution aujourd'hui, notre consortium remporte le marché audiovisuel du centre de conférences de la Nouvelle Capitale (187 M EGP selon l'avis). Mabrouk à tous ceux qui ont passé des nuits sur cette offre !`],
  ['x', 'fr', '', `Dîner partenaires au pied des pyramides de Gizeh, Orion pile au-dessus de Khéops. Je comprends enfin la théorie 😄✨🔺`],
  ['linkedin', 'mixed', 'codename client_name', `Recap de l'atelier d'Alexandrie : the Atlas Bleu sandbox is now live pour l'équipe IT de l'Hôpital Sainte-Claire. Première session de feedback mardi, then we decide what goes into the December build.`],
  ['linkedin', 'en', 'secret', `[10:42] Karim: insta login for the El Gouna festival account is elgouna.fest / Gouna!Reels2026
[10:43] Karim: post the red-carpet reel at 8 sharp
(sorry, meant to paste only the schedule here 🙈)`],
  ['linkedin', 'en', '', `Our new social-media intern asked me for "the password". I sent her a password-manager invite instead. Best onboarding gift ever 🔐 Agencies, please do the same.`],
  ['linkedin', 'en', 'email', `Want a table at the Alexandria Startup Fair? Ping amr [at] alexstartups [dot] com before Friday, 40 spots left 🚀`],
  ['linkedin', 'en', '', `Registration for the Alexandria Startup Fair is open at alexstartups.com. Early-bird closes Friday, and students get in free with a valid card.`],
  ['linkedin', 'mixed', '', `Mabrouk à toute l'équipe marketing du Caire: we hit 1M followers on TikTok this morning 🎉 Le live de jeudi avec le chef, c'était du génie. Next stop: 2M.`],
  ['linkedin', 'fr', 'financial', `Débrief pour l'équipe commerciale uniquement : le lancement du resort dans le Sinaï, on a facturé 6,4 M EGP pour un coût de 4,1 M, soit 36 % de marge, la meilleure de l'année. Évidemment, ça ne s'approche pas du deck client.`],
  ['linkedin', 'fr', 'phone', `Chauffeurs de la délégation demain :
Van 1 : Mahmoud, +20 100 482 7193
Van 2 : Hany, 010 2947 6631
Départ 7 h 30 devant le Marriott Zamalek, ne soyez pas en retard, le pont du 6-Octobre est infernal le matin.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Subject: Headline sponsor agreement, Cairo Fintech Week
Status: with legal, second round of comments
Next step: signature meeting after the board`],
  ['x', 'en', '', `Eid Mubarak from all of us in Cairo, Giza and Alex 🌙✨🐑 Offices closed until Sunday, the stand crew deserves it.`],
  ['linkedin', 'en', 'national_id', `For the notary on Monday (partnership contract with the Giza venue), our signatory's details: Tarek M., national ID 28810122149347. Notary asked for it in advance.`],
  ['linkedin', 'en', 'card', `The Cairo hotel needs the guarantee card again for the speakers' block 🙄 5462 4735 4404 7185, exp 02/28. Can finance call them to confirm it's ours?`],
  ['linkedin', 'fr', '', `Billets pour notre Cairo Growth Summit : 1 500 EGP en early-bird, 2 200 EGP en tarif normal, gratuit pour les ONG. 1 200 places, 40 intervenants et une très longue pause café. Rendez-vous en mars !`],
  ['linkedin', 'en', 'iban', `Refund for the cancelled Alexandria workshop: send it to the attendee's account EG49 0003 0120 6205 0107 8430 8250 1, she's been very patient.`],
  ['linkedin', 'en', 'national_id phone', `Copy of the speaker form for Cairo Fintech Week (the speaker asked me to forward it):
Name: Yasmine E.
National ID: 28812181269952
Mobile: 0122 739 5184`],
  // --- Nigeria: Lagos, Abuja, Port Harcourt ---
  ['linkedin', 'en', '', `Omo! Social Media Week Lagos day 2 and the energy no dey finish 🔥 Our panel on creator payouts was standing-room only. If you asked a question we didn't get to, drop it in the comments.`],
  ['linkedin', 'en', 'national_id', `Pasting for the accreditation desk so they stop calling me:
Chinedu Okafor, NIN 48291736054, press pass, Lagos Fashion Week, all 4 days.`],
  ['x', 'en', '', `Reminder: your NIN is 11 digits and no trade-fair registration desk needs it. Name, company, email. That's it. Say no abeg 🙅🏾‍♀️`],
  ['linkedin', 'en', 'card', `Abeg who paid the Eko Hotel hall deposit with the company Verve card? Finance needs the slip. Card was 5060997124092920182, the POS printout is in my bag, I'll scan it tonight.`],
  ['linkedin', 'fr', 'phone', `Logistique de l'activation d'Abuja samedi : le camion, c'est Tunde, 0803 419 2750. Le responsable du lieu est joignable au +234 816 224 9017 dès 6 h.`],
  ['linkedin', 'en', 'financial', `Team, ARR crossed ₦4.2bn last week 🎉 We share that number with the investors on Friday and with the world when the round closes, so no cryptic tweets yet 😂`],
  ['linkedin', 'fr', '', `Bravo à nos amis de Kudiflex pour la série A de 12 M USD annoncée ce matin ! Lagos n'arrête pas de cuisiner 🍲 Fiers d'avoir organisé leur soirée de lancement il y a deux ans.`],
  ['linkedin', 'en', 'internal_url', `New joiners in the Lagos sales team: price lists and pitch decks live on http://intranet.eko-brands.com/sales/2026. Ask IT for VPN access first or you'll stare at a blank page.`],
  ['linkedin', 'en', 'email phone', `For the Afrobeats brand-partnership brief, contact me directly: adaeze.nwosu@lagoscreatives.ng or 0809 771 3345. Deadline is next Wednesday.`],
  ['x', 'en', '', `Stuck on Third Mainland since 6am 😩🚗🚗🚗 If the keynote starts without me, it's fine, start without me. #SMWLagos`],
  ['linkedin', 'en', 'secret', `Slack alert for new leads from the Lagos booth form, plug this into the form builder please:
https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Lagos Motor Fair tip: the Wi-Fi at the Landmark Centre is free, the password is on the big banner at the entrance. Save your data for the afterparty 😉`],
  ['linkedin', 'en', 'codename', `Orion demo for the distributors at the Abuja trade fair went well. Next week: unit pricing and the northern states rollout plan. Thanks to the Kano team for driving down.`],
  ['linkedin', 'en', 'client_name financial', `Globex Nigeria renewed our field-marketing contract for 2027: ₦620M, subject to their board's sign-off on 20 December. Please don't mention it to the agency yet.`],
  ['x', 'mixed', '', `Notre analyste trésorerie a passé le déjeuner à expliquer les horaires de CME Globex à l'équipe marketing. We understood 30%. The jollof was 100% 🙌😂`],
  ['linkedin', 'en', '', `Hiring: Brand Partnerships Lead, Lagos (hybrid). ₦1.1M – 1.5M monthly gross, HMO for you and three dependants, 13th month. DM me or apply on our site.`],
  ['x', 'en', '', `🇳🇬✨ 50k downloads in 48 hours after the Lagos launch!!! Thank you for the love 🙏🏾🔥💚`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL - DO NOT FORWARD
Q1 influencer roster, Lagos
Tier 1: 12 creators confirmed, contracts out Monday
Tier 2: shortlist of 30, briefs in progress`],
  ['linkedin', 'en', 'iban', `Lagos finance: the Paris stand designer is still waiting. Pay via FR76 3000 4328 2648 9602 8274 457, invoice ref SMW-0412, and send me the SWIFT copy.`],
  ['linkedin', 'fr', '', `Couru le marathon de Lagos et levé 2,4 M ₦ pour la recherche sur la drépanocytose avec toute l'équipe événementielle 🏃🏾‍♂️🏃🏾‍♀️ Plus de jambes, mais le cœur plein.`],
  ['linkedin', 'en', 'national_id', `Payroll fix for the Port Harcourt promoters, pasted from the sheet: Ifeoma E., NIN 71930284651, 14 days @ event rate. Please re-run before Friday.`],
  // --- Kenya: Nairobi, Mombasa, Naivasha ---
  ['linkedin', 'en', '', `Asante sana to everyone who stopped by our stand at Africa Tech Summit Nairobi 🇰🇪 Pole pole we're building the biggest agri-fintech community in East Africa, and this week felt like a step.`],
  ['linkedin', 'en', 'national_id phone', `M-Pesa payouts for the hackathon winners, pasted from the sheet so ops can process today:
Wanjiru Kamau | ID 31847265 | 0722 418 903 | KES 50,000
Brian Otieno | ID pending | — | KES 30,000`],
  ['x', 'en', '', `Nairobi traffic 🚗🚗🚗 but the matatu art on the way to KICC made up for it 🎨🔥 #AfricaTechSummit`],
  ['linkedin', 'fr', 'financial', `Victoire commerciale ! 🥂 Le groupe Safari Lodges signe pour 400 terminaux de paiement, 38 M KES. Le communiqué sortira avec eux au salon du tourisme de Mombasa le mois prochain, donc hakuna matata d'ici là : on fête ça discrètement.`],
  ['linkedin', 'fr', '', `38 M KES : c'est le chiffre publié ce matin par le Nation pour notre contrat avec Safari Lodges, et oui, il est exact 😄 Merci à l'équipe de Mombasa pour un lancement exemplaire au salon du tourisme.`],
  ['linkedin', 'en', 'internal_url secret', `Migration note pasted from #dev:
DATABASE_URL=postgres://expo_app:Mx7qR2vLw9@10.12.0.45:5432/leads
Works from the office, times out from the Sarit Centre booth. Any ideas before tomorrow?`],
  ['linkedin', 'en', '', `Our public demo server for the summit is down for 10 minutes, use demo.shambapay.co.ke in the meantime. Sorry to everyone in the queue!`],
  ['linkedin', 'en', 'email', `Sponsor packs for Nairobi Design Week are out 🎨 Write to partnerships@nairobidesignweek.co.ke and we'll send the deck the same day.`],
  ['x', 'en', '', `Lesser kestrel sitting on the fence at Naivasha during the team offsite 🦅 our birding guide nearly cried. So did I.`],
  ['linkedin', 'en', 'codename internal_url', `Project Kestrel onboarding for the Nairobi reps: the runbook is at https://wiki.acme-corp.net/kestrel/ke-launch. Read it before Monday's dry run, there will be a quiz (joking, mostly).`],
  ['x', 'en', 'phone', `Customer care for the new prepaid card: 0800 720 418, toll-free from Safaricom and Airtel, 7am to 10pm.`],
  ['linkedin', 'fr', '', `Consignes de sécurité pour l'activation du marathon de Nairobi : en cas d'urgence médicale, appelez d'abord le 999 ou le 112, puis votre responsable de zone. Points d'eau tous les 2 km, crème solaire sous la tente.`],
  ['linkedin', 'fr', '', `Retour de Nairobi : 3 000 participants, 40 pays et un matatu aux couleurs de notre marque qui a fait le tour du salon 😄 Asante à toute l'équipe kényane !`],
  ['linkedin', 'fr', 'financial', `Prévisions envoyées au siège ce matin : chiffre d'affaires événementiel Afrique de l'Est 2027 à 3,4 M USD (contre 2,1 M cette année). Ces chiffres restent dans ce groupe jusqu'au kickoff régional de janvier.`],
  ['linkedin', 'en', '', `Guest lecture at Strathmore today. Case study: a fictional agency with KES 200M revenue and a 12% margin, and students had to price a trade-fair stand for it. Some answers were better than ours 😅`],
  ['linkedin', 'en', 'card', `Kisumu hotel charged the deposit to the wrong card again. The one on file should be 4082 7978 2686 7305 (team card), not my personal one. Can finance call them?`],
  ['linkedin', 'en', '', `Kenya's budget statement puts KES 7bn into the creative economy this year. For agencies like ours that means more county festivals and more local talent. Let's build.`],
  ['x', 'en', 'codename', `🦅🚀 Project Kestrel goes live at the Nairobi stand tomorrow 9am!! Come see it before anyone else in the country 👀🇰🇪`],
  ['linkedin', 'mixed', '', `Avis fournisseurs : à partir du 1er janvier, all invoices for our Kenyan events go through the eTIMS-compliant portal. Plus de PDF par email, ils seront rejetés.`],
  ['linkedin', 'en', 'secret', `Post-mortem draft, Mombasa expo lead leak: the kiosk app had the storage token sv-prod-4f9e2c71b0d8a3e6 hard-coded in the build, and the build was on a public share for two hours. Rotation done at 14:10.`],
  // --- Ghana: Accra, Kumasi, Takoradi ---
  ['linkedin', 'en', '', `Akwaaba to the 2,000+ visitors who passed our booth at the Ghana Fintech Summit! Medaase 🇬🇭 We ran out of branded kente bookmarks by 11am, lesson learnt.`],
  ['x', 'en', 'national_id', `Chale, the speaker portal wants my Ghana Card number and I keep losing it, so here: GHA-710850081-5. Now it's saved in my own feed 😂`],
  ['x', 'en', '', `Ghana Card renewal done in 40 minutes at the Accra office 🙌🇬🇭 GHA-XXXXXXXXX-X stays in my wallet, not on my timeline 😉`],
  ['linkedin', 'en', 'phone', `Contacts for the Chale Wote partnership weekend: Kwame +233 24 418 7720 (on site), office 030 276 4411 (weekdays).`],
  ['linkedin', 'fr', 'client_name', `Grosse semaine à Accra : Société Générique nous a choisis pour organiser sa convention concessionnaires Afrique de l'Ouest en mars 💪 Allez l'équipe !`],
  ['linkedin', 'fr', '', `On me demande souvent ce qu'on fait. Réponse honnête : on n'est pas une société générique d'événementiel, on construit du sur-mesure pour des marques africaines qui ont quelque chose à raconter.`],
  ['linkedin', 'fr', 'financial', `Le prix distributeur de la nouvelle gamme au beurre de cacao sera de 145 GHS le carton à partir de mars. Les distributeurs l'apprennent à la réunion de Kumasi le 12, donc pas un mot avant, s'il vous plaît.`],
  ['linkedin', 'fr', '', `Les nouveaux prix de notre gamme au beurre de cacao sont en ligne : 145 GHS le carton pour les distributeurs, 18 GHS en magasin. Merci pour votre patience pendant qu'on réglait l'approvisionnement !`],
  ['linkedin', 'en', 'secret', `The booth TV mirrors from the laptop. If you need to switch slides, the screen-share app login is admin / Kente#4471. Please don't change the wallpaper again.`],
  ['linkedin', 'en', 'card email', `Finance, the hotel in Takoradi charged 5212887185717231 twice for the same night. Their billing desk is billing@atlanticviewtakoradi.com, could you chase it?`],
  ['x', 'en', '', `Accra ➡️ Kumasi roadshow 🚐 stop 3 of 7. Kelewele count: 4. Leads count: we're winning 😎🔥`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Phishing campaign targeting exhibitors at Accra trade fairs: lures pretend to be the organiser's accounts team and ask for "updated" payment details. Sender domains and subject lines below. Share within your organisation only.`],
  ['linkedin', 'en', '', `Ran a workshop for our marketing team on what TLP:RED, AMBER, GREEN and CLEAR mean and when each applies. Nobody fell asleep, and two people now want to label their lunch orders.`],
  ['linkedin', 'en', 'financial', `Our sponsorship ask to the airline for the Accra music festival: USD 250k in kind plus 150k cash. They haven't replied yet, so nobody quote it to the artists' managers.`],
  ['linkedin', 'en', 'codename email', `Nébula launch kit for the Ghana partners is ready. Ask esi.mensah@goldcoastbrands.com.gh for the Twi version of the scripts.`],
  ['x', 'en', '', `Medaase to our intern Abena who rebuilt our entire event checklist in Notion during her last week. Go hire her, she's brilliant. ✨`],
  // --- Mexico: CDMX, Guadalajara, Monterrey, Puebla ---
  ['linkedin', 'en', '', `¡Qué padre! Day 1 at Expo ANTAD in Guadalajara 🇲🇽 Our retail-media stand ran out of flyers by noon and the team ran out of voice by 5. Come tomorrow for the live demo at 12:00.`],
  ['linkedin', 'en', 'national_id', `Pasting the guest-list row HR sent for the Monterrey gala so security can verify at the door:
María Hernández Ramírez, CURP HERM880412MDFRMR01, table 4.`],
  ['linkedin', 'en', '', `Careful with online "CURP generators": a colleague copied HERM880412MDFRMR07 from one of those sites into a supplier form and it was rejected, the check character doesn't match. Use the official RENAPO lookup.`],
  ['linkedin', 'en', 'national_id email', `For the invoice for my freelance stand design at Expo Guadalajara: RFC GALJ910723Q82, send the CFDI to jorge.garcia.lopez@gmail.com. Gracias!`],
  ['linkedin', 'fr', '', `Coordonnées de facturation pour nos sponsors, les mêmes que sur toutes nos factures : Agencia Cumbre Mexicana SA de CV, RFC ACM150315KR5, Av. Reforma 222, CDMX.`],
  ['linkedin', 'en', 'phone', `Stand 1412 at Expo ANTAD! If you can't find us, WhatsApp Daniela at +52 55 4187 2290 and she'll come and get you 🌮`],
  ['x', 'en', '', `🌮🌮🌮 Taco Tuesday at the booth = 3x foot traffic. Marketing science 📈😂 #ExpoANTAD`],
  ['linkedin', 'fr', 'financial', `Pipeline du salon de Monterrey ce matin dans le CRM : 86 M MXN sur 41 opportunités, dont 9 au stade de la proposition. Les opérations, planifiez la capacité là-dessus, mais évidemment ce n'est pas pour la newsletter clients.`],
  ['linkedin', 'en', '', `According to the latest AMVO study, Mexican online sales passed MXN 650bn last year. Huge room for brand partnerships, and we'll talk about it at our panel on Thursday 🇲🇽`],
  ['linkedin', 'en', 'card', `Amex corporate for the CDMX team dinner on Friday: 374373871943089. The restaurant wants it for the deposit by 6pm, can someone call them? I'm stuck on the Periférico.`],
  ['linkedin', 'en', 'internal_url secret', `If the badge printer at the Puebla show goes offline again:
1. open http://badgeprint01.local:8080
2. log in with admin / Tl4yuda$26
3. clear the queue, restart
Don't touch the printer itself, it bites.`],
  ['linkedin', 'fr', 'codename financial', `Budget de lancement d'Orion approuvé hier soir par le conseil LATAM : 1,9 M USD pour le calendrier des salons 2027. Les agences reçoivent le brief en janvier, on garde ça serré d'ici là.`],
  ['x', 'en', '', `Orion blazing over the Baja desert on the team retreat 🌌✨ also the fish tacos, the fish tacos were important 🌮`],
  ['x', 'en', 'phone', `Problem with an order from the Buen Fin promo? 📦 Call us free on 800 627 4410, we answer until midnight all week 🙏🇲🇽`],
  ['x', 'en', '', `Huge respect to the 911 operators in CDMX who handled the evening after the quake alert 🙏 Our whole booth team is safe and back at the hotel.`],
  ['linkedin', 'en', 'client_name', `Our medical-congress team is in Lyon this week with the Hôpital Sainte-Claire delegation, setting up their stand for the nursing conference. ¡Éxito, equipo!`],
  ['linkedin', 'fr', '', `Visite de l'église Sainte-Claire de Querétaro avec nos partenaires après le salon. Les retables dorés, c'est autre chose que nos stands en contreplaqué 😄`],
  ['linkedin', 'fr', '', `Stand monté à Expo Guadalajara ! 🇲🇽 Órale : 14 heures de montage, 3 tacos et une visseuse en panne. On vous attend allée C, stand 2208, jusqu'à dimanche.`],
  ['linkedin', 'en', 'national_id', `Forwarding for the travel agency (visa letter for the Madrid fair): Ana Rodríguez Castillo, CURP ROCA850117MNLDSN05, passport to follow.`],
  ['linkedin', 'en', 'national_id phone', `Accreditation list for the Monterrey auto show, sorry for the mess:
Jorge García López — CURP GALJ910723HJCRPR09 — cel 81 1934 5520
Photographer TBC`],
  ['linkedin', 'en', 'national_id', `Can someone in HR update my tax record for the per-diem refunds? Mine is RFC HERM880412T59, the old one had a typo.`],
  ['linkedin', 'en', '', `How a CURP is built, for the new hires who asked: 4 letters from your names, your birth date, H or M, two letters for your state, three internal consonants, a homoclave and a check character. 18 in total. Now please stop putting yours in Slack 😂`],
  // --- Colombia: Bogotá, Medellín, Cartagena ---
  ['linkedin', 'en', '', `Colombiamoda day 1 ✅ Parce, the brand-partnership zone was so chévere that we had to queue visitors at the entrance. Tomorrow: the sustainable denim runway at 4pm.`],
  ['linkedin', 'en', 'national_id', `For the Medellín sponsor dinner the venue wants the cédula of every guest. Mine: 1.020.784.331. I'll send the rest of the list privately, promise.`],
  ['linkedin', 'en', '', `Sponsors invoicing us: NIT 830.095.417-6, Bacano Eventos SAS, Bogotá. It's also on our website and on every quote.`],
  ['linkedin', 'fr', 'phone', `Équipe de Bogotá : la nouvelle ligne du pôle partenariats est le 601 744 2810, sinon le WhatsApp de Camila, +57 310 482 7719.`],
  ['linkedin', 'en', 'phone', `Línea gratuita for our loyalty programme members who visited us at Andicom: 01 8000 912 345, Monday to Saturday.`],
  ['linkedin', 'fr', 'financial', `Cafecito avec le conseil ce matin : la term sheet de l'investisseur principal nous valorise 24 M USD pré-money ☕ Rien de signé, rien de public, je suis juste très, très heureuse 😭`],
  ['x', 'en', '', `Congrats to Rappi on another big round! Yes the number in the press is public, and no, we're not telling you ours 😄 Bogotá's startup scene is on fire.`],
  ['linkedin', 'en', 'confidential_marker codename', `INTERNAL ONLY
Nébula go-to-market, Andicom Cartagena
- Demo slots: 3 per day
- Partner dinner: Wednesday, old town
- Press: no mention until the January launch`],
  ['x', 'en', '', `Slept under what felt like a nebula of stars in the Tatacoa desert 🌌🌵 (not literally a nebula, astronomers, calm down)`],
  ['linkedin', 'en', 'email secret', `Shared Canva account for the Cartagena fair, so nobody asks me again:
user: marketing.co@bacanoeventos.co
pass: Carib3-Stand-2026`],
  ['linkedin', 'mixed', 'client_name financial', `On est en train de closer la conférence utilisateurs LATAM d'Initech : COP 2,300M, their procurement signs on Monday. Si ça passe, c'est notre plus gros deal de l'année, so quiet until then 🤐`],
  ['linkedin', 'fr', '', `Bogotá, 2 600 m d'altitude, 3 cafés et une keynote. Merci à tous ceux qui sont venus à notre talk sur le marketing d'influence à Colombia 4.0 ! ☕🇨🇴`],
  ['linkedin', 'en', 'internal_url', `Leads from Colombia 4.0 are exported to http://leads.bogota.corp/export. Please dedupe before Monday's call, we had the same person 11 times last year.`],
  ['linkedin', 'en', 'national_id', `Contract annex for our Medellín brand ambassador (she asked me to post her details in the team channel, which is this, right? 😬): Valentina R., cédula 52.318.904.`],
  ['linkedin', 'en', '', `Our Cartagena activation in numbers (all from the organiser's public recap): 18,000 visitors, 6 stages, 240 brands, 1 very tired events team. ¡Gracias, Cartagena!`],
  // --- Argentina: Buenos Aires, Córdoba, Rosario ---
  ['linkedin', 'en', '', `Che, what a week at ArBA 🇦🇷 Our stand for the wine-tourism partners had tastings every hour and somehow nobody spilled Malbec on the white carpet. Miracle.`],
  ['linkedin', 'en', 'national_id', `Payment for the Expoagro photographer, copied from his invoice: CUIL 27-31845920-2, factura C 0003-00000412. Can admin pay it this week?`],
  ['linkedin', 'en', 'national_id', `Lista de acreditados, pasted from the sheet for the door team:
Lucía Fernández, DNI 38.877.124, prensa
Tomás Ruiz, DNI pendiente, fotografía`],
  ['x', 'en', '', `Renewed my DNI in 20 minutes 🇦🇷⚡ the future is now. (No, I'm not posting the number 😂)`],
  ['linkedin', 'en', 'phone', `For the stand at La Rural: call Martín on +54 9 11 4832-1977, or the venue switchboard, 011 4312-8890, if he's in the loading bay.`],
  ['linkedin', 'fr', 'financial', `Mise à jour tarifaire pour les concessionnaires, qui l'apprendront au petit-déjeuner d'Expoagro jeudi : tracteurs +18 % en pesos au 1er mars. Que ça ne sorte pas sur le stand, por favor.`],
  ['linkedin', 'fr', '', `L'INDEC a publié aujourd'hui une inflation mensuelle de 2,1 %. Pour les budgets événementiels, ça reste un casse-tête : voici comment on indexe nos contrats fournisseurs, en 4 slides.`],
  ['x', 'en', 'secret', `WiFi del stand for the crew: network ExpoagroAcme, clave Tranquera2026! (the guest one is too slow for the demo)`],
  ['linkedin', 'en', 'codename', `Atlas Bleu pilot with the Córdoba dealers starts next week. Training deck is in the usual folder, ping me if you can't see it.`],
  ['x', 'en', '', `My daughter's birthday present: a huge blue atlas of Patagonia. She has already planned our next three holidays and a trade fair in Ushuaia 🗺️💙`],
  ['x', 'en', '', `Mate ✅ Medialunas ✅ 200 badges scanned before noon ✅ 🇦🇷🔥🧉 #Expoagro`],
  ['linkedin', 'en', 'card', `Visa for the stand catering, the caterer insists on a card: 4842822895430354, exp 11/27. CVV I'll send by phone.`],
  ['linkedin', 'en', 'confidential_marker', `STRICTLY CONFIDENTIAL
From: Partnerships
Subject: Banco del Sur co-branding, draft heads of terms
Please review clause 4 (exclusivity at trade fairs) before Friday.`],
  ['x', 'en', '', `Confidential Assignment 2 is the perfect film for a 13-hour flight to Buenos Aires, don't @ me 🎬✈️`],
  ['linkedin', 'fr', '', `Buenos Aires, un laburo de fou cette semaine : 3 salons, 2 lancements et un asado d'équipe pour finir. Gracias, che !`],
  ['linkedin', 'fr', 'email phone', `Votre contact pour le roadshow de Córdoba, c'est moi : valentina.sosa@pampamarketing.com.ar, cel 351 642 1987. Les stands ouvrent à 10 h.`],
  ['linkedin', 'en', 'internal_url', `HR forms for the Rosario event staff are on https://intranet.pampamarketing.com.ar/rrhh/eventos, deadline Friday.`],
  ['linkedin', 'en', 'national_id', `Contratos eventuales for the Rosario fair, two pending:
Nicolás P., CUIL 20-34192876-2
Julieta M., CUIL 23-35671904-2`],
  ['x', 'en', '', `Atlas, the office cat in Palermo, sat through our entire webinar on trade-fair ROI and left only during the Q&A. Relatable 🐈`],
  ['linkedin', 'mixed', 'financial', `Chiffres provisoires, not shared with the distributors yet: Expoagro brought in ARS 2,400M in signed orders, about 30% above our plan. Official figure with the annual results in March.`],
  ['x', 'en', '', `Rosario sunset over the Paraná 🌅 after a 12-hour stand day. Worth it. #ExpoRosario`],
  // --- Chile: Santiago, Valparaíso, Antofagasta, Atacama ---
  ['x', 'en', '', `Cachai? Our stand at Expomin Santiago was bacán 🇨🇱 Three days of mining-tech demos, a rock-drilling simulator and a line for the simulator that never ended.`],
  ['x', 'en', 'national_id', `The organiser needs my RUT for the speaker contract: 15.482.937-7. Posting it here because I keep losing it, ja.`],
  ['linkedin', 'en', '', `Your RUT validator should reject 15.482.937-4, the verification digit is wrong. Found that bug in our event registration form today, fixed and deployed.`],
  ['linkedin', 'en', '', `Datos de facturación para sponsors: Andes Live SpA, RUT 76.234.519-6, same as on our website and every quote.`],
  ['linkedin', 'fr', 'phone', `Contacts de l'équipe du stand à Santiago : Ignacia +56 9 8421 7730, bureau +56 2 2941 8830. On est à l'entrée nord.`],
  ['linkedin', 'en', 'phone', `Atención clientes for the Cyber Day promo: 600 360 7200, open until 11pm during the event.`],
  ['linkedin', 'fr', 'financial', `Résultat d'Expomin, rien que pour l'équipe : 7,2 M USD de commandes signées cette semaine. Le chiffre officiel sortira avec nos résultats du T4 en février. Bravo à vous tous.`],
  ['linkedin', 'en', '', `Took clients to ALMA and then stargazing in San Pedro de Atacama: the Orion Nebula through a 16-inch telescope. Best client dinner we've ever organised 🔭✨`],
  ['linkedin', 'mixed', 'secret', `Quelqu'un peut checker la passerelle SMS ? Our key is 7c2e9b41-03fd-4a88-b1d6-5e90f2ac71d3 et elle renvoie des 401 depuis l'ouverture du salon.`],
  ['linkedin', 'en', 'internal_url', `Photos from the Valparaíso activation are on smb://fs01.andeslive.internal/fotos/valpo, the good ones are in the "selects" folder.`],
  ['x', 'en', '', `Santiago sunset from the Costanera, the Andes glowing pink 🏔️💗 #marketinglife`],
  ['linkedin', 'en', 'national_id', `Speaker forms for the Antofagasta mining forum, please file:
Camila V., RUT 18.731.264-7
Felipe O., RUT 12.905.518-9`],
  ['linkedin', 'en', '', `For QA on the registration form we use RUT 11.111.111-1, which every Chilean developer knows is a test value. Please don't enter your own when testing 🙏`],
  ['linkedin', 'en', 'card', `Stand rental in Antofagasta, the supplier wants a card: 2221 7274 0017 2117, exp 05/29. Tell me when it goes through.`],
  ['linkedin', 'en', 'client_name', `Closing the year with Hôpital Sainte-Claire choosing us again for their international nursing summit. Gracias to the Santiago team who made the first edition work.`],
  ['x', 'en', '', `Valparaíso murals tour with the partner agencies 🎨🌈 every wall is a brief. Cachai?`],
  // --- Across the regions: customer replies, threads, polls, changelogs, notices, goodbyes ---
  ['linkedin', 'en', '', `Hi Amal, so sorry your badge didn't come through! Please DM us your booking reference and we'll have it reprinted at the info desk within the hour 🙏`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Femi, the Lagos date is full but our events desk can move you to Abuja: call them on +234 1 631 4480 (9–5, weekdays) and mention this comment.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour Pedro, merci pour votre intérêt ! Envoyez votre proposition de partenariat à alianzas@cumbremx.com, l'équipe vous répond sous 48 h.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci Nadia ! Oui, le replay du live depuis le salon sera sur notre page vendredi 🙌`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks Kofi! The price you saw on our site (GHS 145 per carton) is the right one, and distributors who order before March get 5% off on top.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Hi Sam! I can't put it in the brochure yet, but between us the early-bird rate for exhibitors next year will be USD 420/sqm. The official announcement is on 1 December.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Youssef, nos bureaux du Caire sont fermés pour l'Aïd, on vous répond dès dimanche. Bonne fête à vous et à votre famille 🌙`, { surface: 'comment' }],
  ['x', 'en', '', `🧵 1/2 What we learnt running stands at 6 trade fairs in 6 countries this year: start the follow-up while the booth is still standing. A WhatsApp the same evening beats a deck two weeks later. Every. Single. Time.`],
  ['x', 'en', '', `2/2 And measure cost per lead. Ours came out at USD 38 in Lagos and USD 91 in Dubai, which surprised everyone, including the person who booked the Dubai stand (me) 🙃`],
  ['x', 'fr', 'financial', `🤫 Petit teaser : on vient de boucler la plus grosse commande de notre histoire au salon de Riyad, 11 M SAR 🇸🇦🔥 Annonce officielle lundi, d'ici là motus 🤐`],
  ['x', 'fr', '', `🎉🎉 C'est officiel depuis ce matin : 11 M SAR de commandes signées au salon de Riyad, un record pour nous ! Merci aux clients et à l'équipe 🇸🇦🙏`],
  ['linkedin', 'fr', '', `Sondage pour les habitués des salons 🗳️ Qu'est-ce qui vous ramène le plus de leads ?
1) La démo en direct
2) Le café gratuit
3) Le tirage au sort
4) Un invité célèbre
Nos chiffres de Dubaï disent « le café », malheureusement.`],
  ['linkedin', 'en', '', `Changelog, lead-capture app v3.4.1
• Offline mode for basement halls (hello, La Rural)
• Arabic RTL fixes on the consent screen
• QR scans about 2x faster
Update from the store before your next fair.`],
  ['linkedin', 'en', 'internal_url', `Beta notes, lead-capture app v3.5.0-beta:
- new sync endpoint https://sync.corp.acme.com/v1/leads
- retries on 502
- Swahili and Twi translations reviewed by the Nairobi and Accra teams`],
  ['linkedin', 'en', '', `Post-mortem of our Doha stand that almost wasn't: the LED wall sat in customs for two days. Lessons: ship three weeks early, keep a printed backdrop in the crate, and make friends with the forwarder before you need them.`],
  ['linkedin', 'fr', '', `Après 7 ans, 41 salons et à peu près 9 000 karaks, c'est mon dernier jour chez nous. Shukran à toutes les équipes de Dubaï à Riyad. On reste en contact ici !`],
  ['linkedin', 'en', 'email phone', `Last day today! 🥹 Keep in touch: my personal email is layla.haddad.mkt@gmail.com and my number stays the same, +971 55 207 6614. Shukran for seven wonderful years.`],
  ['linkedin', 'fr', '', `5 conseils pour votre premier salon dans le Golfe :
1. Pendant le Ramadan, les horaires changent tout
2. Apportez trois fois plus de cartes de visite
3. L'arabe sur le stand, ce n'est pas une option
4. Le karak se partage, toujours
5. Rien ne se signe le premier jour`],
  ['linkedin', 'en', 'financial', `Pasted from our Q3 events review (not shared with the agencies yet):
| Fair | Spend | Leads | Pipeline |
| GITEX | AED 1.1M | 640 | AED 9.4M |
| LEAP | SAR 0.8M | 410 | SAR 6.2M |
| Africa Tech Summit | USD 0.2M | 290 | USD 1.7M |`],
  ['linkedin', 'en', '', `From our public sustainability report, page 12:
| Fair | Waste (kg) | Recycled |
| GITEX | 820 | 71% |
| Expo ANTAD | 640 | 66% |
| Expomin | 510 | 74% |
Next year's target: zero single-use carpet.`],
  ['linkedin', 'en', 'iban', `Supplier notice: our Doha entity has moved banks. New details for all invoices from 1 January: QA77 QNBA 7676 2183 1463 1447 7171 4 (QNB). The old account closes on 31 December.`],
  ['linkedin', 'en', 'iban email', `Payment for the Al Ain influencer who did the mall activation: AE02 0261 2253 9555 8681 957, and the receipt goes to noura.creates@gmail.com. Thanks finance!`],
  ['linkedin', 'fr', 'iban', `Virement pour le traiteur marocain de notre stand à Riyad : FR76 3000 4044 9158 3972 3083 145. Merci de faire vite, ils ont déjà livré les pastillas 😅`],
  ['linkedin', 'en', '', `Got a "new bank details" email from a venue in Jeddah asking us to pay SA67 8099 5687 3436 2583 3918. Called the venue: not theirs, and the IBAN doesn't even pass the check. Always call back on a number you already have!`],
  ['linkedin', 'en', 'card', `Mada card for petty cash at the Riyadh fair, for the three of us on the stand: 5888 4535 1874 3866. Keep every receipt, finance will ask.`],
  ['linkedin', 'en', '', `Dev tip for our ticketing site: in test mode the checkout takes 4242 4242 4242 4242 with any future date, so please stop trying your real card on staging 😅`],
  ['linkedin', 'fr', '', `Avant que quelqu'un panique : « 4913 1718 8463 7396 » sur la photo du carton, c'est le numéro de suivi du transporteur du stand, pas une carte bancaire 📦`],
  ['linkedin', 'en', 'national_id', `Visa renewal for our Abu Dhabi event lead, details the PRO asked for: Emirates ID 784-1979-7400144-4, expiry March. Passport copy in the HR folder.`],
  ['linkedin', 'fr', 'national_id phone', `Pour la navette VIP de Sharjah, les infos du chauffeur que l'hôtel demande : carte d'identité émirienne 784-1990-6327134-2, mobile +971 52 914 3087.`],
  ['linkedin', 'fr', '', `Notre formulaire d'inscription acceptait 784-1987-2456129-8 alors que la clé de contrôle est fausse. Signalé à l'éditeur, corrigé hier soir. Testez vos validateurs !`],
  ['linkedin', 'en', 'national_id', `Iqama number for our new stand technician so the venue can issue his pass: 2029811292. He starts at Riyadh Front on Monday.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au mardi 9 h
Communiqué : notre groupe rachète l'agence nairobienne Kilele Experiential pour 4,5 M USD et ouvre un bureau à Kigali au premier trimestre.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA
Présentation du partenariat avec la fédération de padel d'Argentine : activation sur 8 tournois, visibilité maillot, contenu TikTok. Merci de ne pas réutiliser les slides.`],
  ['linkedin', 'fr', 'confidential_marker codename', `INTERNE
Compte rendu comité salons Golfe
- Orion : démo prête pour Cityscape, manque la traduction arabe
- Stand GITEX : on garde Hall 7
- Prochain point le 12`],
  ['linkedin', 'fr', '', `L'organisateur du défilé de Lagos nous a imposé un embargo sur les photos jusqu'à la fin du show. On a respecté, et le carrousel de ce matin a fait 3 fois plus de vues 😄`],
  ['linkedin', 'en', '', `Tip from our legal team: sign the NDA with the venue before you share the floor plan, not after. Saved us a headache in Monterrey this year.`],
  ['linkedin', 'fr', 'financial', `Avant l'annonce officielle lundi : on a levé 5 M USD auprès d'un fonds de Dubaï pour ouvrir Le Caire et Lagos 🚀 Ne likez pas trop fort, personne ne le sait encore 😅`],
  ['linkedin', 'fr', '', `Nos résultats annuels sont publiés ce matin : chiffre d'affaires de 41 M USD, +18 %, dont un tiers en Afrique. Le rapport complet est sur notre site investisseurs.`],
  ['linkedin', 'mixed', 'financial', `Objectif Q1 pour l'équipe Lagos : ₦900M de pipeline. Not yet communicated to the regional heads, so keep it entre nous jusqu'au kickoff.`],
  ['linkedin', 'en', 'secret', `For the leaderboard bot on the stand screen, here's the Discord webhook, paste it into the config:
https://discord.com/api/webhooks/1189347712340056789/Xk9_2hLqP0vRt7mN3sBw8YcZ1aDf4GjK6uE5iOpTnVxQ`],
  ['linkedin', 'en', 'internal_url secret', `If the lead export fails again, run this from the booth laptop:
curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib290aC1rZW55YSJ9.q3LxT9vWm2Pz7RkA8sNd1YbC4hJf6GtE0uQiO5lKx_8" https://api.acme-corp.net/leads/export`],
  ['linkedin', 'fr', '', `Le login par défaut de ces imprimantes de badges est admin / changeme. Changez-le avant l'ouverture des portes, on a vu un stand imprimer des badges « Dark Vador » toute la matinée 😂`],
  ['linkedin', 'en', '', `Workshop slide for our event-tech interns: "never commit keys". Example shown: AKIAIOSFODNN7EXAMPLE, straight from the AWS docs. Yes, someone asked if it was real.`],
  ['linkedin', 'fr', 'internal_url', `La caméra du stand est visible ici pour ceux qui sont au bureau : http://192.168.10.20/stand-cam. Dites bonjour à l'équipe de Monterrey 👋`],
  ['linkedin', 'en', '', `Our 2027 trade-fair calendar is public: https://www.acme-corp.com/events. Dubai, Riyadh, Lagos, Nairobi, CDMX and Santiago, come and say hi!`],
  ['linkedin', 'en', '', `When the LED wall died in Santiago, a tiny Nebula projector someone had in their backpack saved the demo. Always pack a plan B 🙌`],
  ['linkedin', 'fr', 'client_name', `Fierté : Globex nous confie l'organisation de son salon partenaires à Doha en avril. Toute l'équipe du Golfe est sur le pont 💪`],
]);
