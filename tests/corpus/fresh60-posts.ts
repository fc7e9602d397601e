import { rows } from './corpus-types';

/**
 * Held-out set "fresh60": written 2026-12-04 (21:11-21:21 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 60 lines of fresh17, 15 of them posts, read for the header and row style; and index.ts
 * to register the set), without grepping the repository or reading its history, so it measures how the rules
 * generalise to posts they were never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh60`.
 * First scored 2026-12-04 21:24 UTC on the rules of 19a0fe1, after the fixes from fresh54 to fresh57 and before any from
 * this round: confidentiality macro F1 0.921, 6.7 % of clean posts flagged (7 of 105);
 * financial 0.830, phone 0.826, card 0.833, national_id 0.875, codename 0.900, client_name 0.909, confidential_marker 0.952, the others 1.000.
 *
 * Authors: employees in Turkey, Israel, the UAE, Saudi Arabia and Qatar, all in construction and real estate, writing
 * in English or French (and a few in franglais): an Istanbul precast and general contractor, an Istanbul REIT (GYO), a
 * Tel Aviv urban-renewal developer and a Negev contractor, a Dubai contractor, a Dubai developer and a Dubai facilities
 * manager, a Riyadh and Jeddah contractor and homebuilder, the Saudi branch of a French contractor, a Doha and Lusail
 * developer and project manager, and the Gulf branch of another French contractor. Forms: team wins, tender and site
 * updates, pasted meeting minutes and stand-ups, an NVR and a supervision-server config, a BIM post-mortem, a KPI
 * dashboard table, chat messages pasted by mistake (new-joiner paperwork, payroll fixes, visa batches), customer replies
 * (surface 'comment'), job ads with published salary ranges, live-posts from property shows, changelogs, supplier and
 * tenant bank notices, fraud warnings, safety notices (heat stress, earthquake drill, crane wind limits), polls, an X
 * thread, investor-relations posts and goodbyes.
 *
 * Positives: financial figures with many signs that they are not public yet (a sealed bid before the envelopes are
 * opened, a valuation before the KAP filing, a budget before the exchange is told, a pre-letting rate before the board,
 * staff and broker prices before a launch, a rent review before the tenants' letters, a murabaha before financial close,
 * a NAV before the auditors, a dividend proposal before Tadawul, delivery guidance before the call, a pipeline before
 * investor day, an MoU ticket before the press release, a pre-money valuation before signature, a margin and a cash
 * forecast before group review, cost-to-complete overruns, an embargoed disposal); TCKN (both check digits), Teudat
 * Zehut (the 1-2 weighted check), Emirates ID (Luhn on the 15 digits), Saudi national ID and Iqama (Luhn on 10 digits)
 * and a Qatari QID by its format (century digit, year, ISO country code, serial; it has no public check digit); TR, IL,
 * AE, SA and QA IBANs with real bank codes and computed mod-97 check digits; Visa, Mastercard (5- and 2-series), Amex and
 * Turkish Troy cards passing Luhn; Turkish, Israeli, Emirati, Saudi, Qatari and Philippine mobiles and landlines, 444
 * and 9200 unified numbers, 800/600 toll-free and service numbers, an Israeli star number with a 1-700 line; Wi-Fi,
 * portal, NAS and intercom passwords, a hex API key and token, a Slack webhook and a Power Automate trigger with its
 * signature, SMTP, MongoDB and PostgreSQL URLs with credentials; intranet., .internal, .local and .corp hosts, private
 * IPs and the policy's acme-corp.net and corp.acme.com; explicit markers (CONFIDENTIAL, CONFIDENTIEL, INTERNE – ne pas
 * diffuser, [INTERNAL], Classification: Restricted, TLP:AMBER, TLP:RED, EMBARGO until/jusqu'au, DIFFUSION RESTREINTE –
 * SOUS NDA); the policy's codenames and clients in their project and customer sense.
 *
 * Look-alikes: tender results published by the municipality, KAP, MAYA and Tadawul disclosures, launch prices once
 * public, public rent and price indexes, a neighbour's sukuk, an emirate's published budget, a sector margin, a cap-rate
 * lesson, a personal mortgage, published NAV and guidance, job-ad salary ranges; emergency short numbers (112, 101, 911,
 * 997, 998, 999), a Makani location number, RERA and DLD permit numbers, a UAE VAT TRN, a Saudi CR, a Turkish tax number,
 * a tender reference, dates, man-hours and concrete volumes; an invalid TR IBAN in a phishing warning and an invalid SA
 * IBAN in a fraud alert, masked IBAN and ID endings, the registry specimen IBANs for IL, AE and QA, the sample Emirates
 * ID 784-1234-1234567-1 (fails Luhn), the textbook Israeli ID 123456782, a made-up 12345678901 TCKN, an Iqama of zeros,
 * a supplier ID failing the Teudat Zehut check, Stripe's 4242 test card, an order reference one Luhn digit off a real
 * card; AWS's EXAMPLE key, sk_test_XXXX, "changeme", a Discord webhook with <id>/<token>; a public status-page IP in
 * 172.67/16 and 8.8.8.8, public company sites, the newsroom news.acme.com, bare and look-alike domains; TLP:CLEAR, the
 * TLP colours explained, classification workshops, an embargo mentioned after it was lifted, an NDA discussed, "L.A.
 * Confidential"; Orion the constellation and the nebula, kestrels nesting on a crane and a Kestrel wind meter, a site cat
 * nicknamed "Atlas bleu" and blue Atlas cedars, a chapel of Sainte-Claire, CME Globex, Initech in Office Space and "une
 * société générique".
 *
 * Conventions: every written email address is email (role mailboxes and "[at] [dot]" or "name @ domain" included; a bare
 * domain is not; the user:password part of a connection string is secret only); every written phone number is phone
 * (switchboards, hotlines, toll-free, unified and star numbers), emergency short numbers are not; confidential_marker
 * only for explicit labels; financial only for the company's own figure with a sign it is not public yet; iban, card
 * and national_id only for valid numbers (the QID by format); codename and client_name only in the project or customer
 * sense.
 *
 * Counts: 240 posts (173 EN, 58 FR, 9 mixed; 209 LinkedIn, 31 X; 12 comments): 105 clean, 135 with one or more
 * findings. Labels: financial 29, phone 27, national_id 17, secret 14, email 13, iban 12, internal_url 11, codename 10,
 * confidential_marker 10, client_name 10, card 7.
 */
export const FRESH60_POSTS = rows('fresh60', [
  // — Istanbul precast and general contractor (Marmara Yapı)
  ['linkedin', 'en', '', `Proud of the precast crew in Gebze: 1,240 façade panels cast in October, zero lost-time incidents, and the crane operators finally agree on one radio channel. Tea is on me tomorrow morning.`],
  ['linkedin', 'en', 'financial', `Huge week for estimating. Our offer for the Kocaeli logistics park went in at TRY 1.87 billion this afternoon. Envelopes are opened on the 18th, so keep the figure to yourselves until then, but I had to thank Deniz, Baran and Selin, who priced 4,000 BOQ lines in nine days.`],
  ['linkedin', 'en', '', `The municipality published the tender results this morning: the winning offer for the Başakşehir cycle bridges was TRY 412 million and ours came second at TRY 431 million. Congratulations to the winners, and to our team for a clean, compliant bid. Next one is ours.`],
  ['linkedin', 'fr', 'national_id phone', `Bonjour à tous, nouvel ingénieur de site à Izmir à partir de lundi : Kerem Aydın, T.C. Kimlik 45254136280, joignable au +90 532 418 27 63. Merci au service sécurité de lui préparer son badge et ses EPI.`],
  ['x', 'en', 'phone', `Anyone in Ankara need a scaffold inspection this weekend? Ring our duty engineer Serkan on 0 533 207 14 92, he's on the Çankaya site until 6pm.`],
  ['x', 'en', '', `Earthquake drill on every Istanbul site today. If it's real: drop, cover, hold on, then dial 112 — not the site office. Assembly point is the green flag by gate 1.`],
  ['linkedin', 'en', 'iban', `Notice to our subcontractors: from 1 January the payments account changes. Please quote the new IBAN TR45 0006 4024 0273 3942 4378 60 (Maslak branch) on every December progress claim, and bin any older bank letter you hold.`],
  ['linkedin', 'en', '', `Phishing alert: someone is emailing our suppliers a "new bank details" PDF with TR12 0006 2000 0000 1234 5678 90. That is not our account and it doesn't even pass the IBAN check. Always confirm bank changes by calling the buyer you already know.`],
  ['linkedin', 'en', 'phone', `Our Istanbul head office has moved to Levent! New switchboard: +90 212 347 55 10. Same tea, better view.`],
  ['linkedin', 'en', 'phone', `Homebuyers in Türkiye can now reach our after-sales team from any city on 444 0 786, weekdays 9 to 6.`],
  ['x', 'en', 'codename', `Three years of planning, 42 storeys, one crane at a time: Orion tower phase 2 topped out tonight in Maslak. Can't tell you more yet 🏗️`],
  ['x', 'en', '', `Night shift on the roof slab in Erzurum, -14°C, Orion climbing over the crane jib. Cold, but worth it.`],
  ['linkedin', 'en', 'national_id', `Found near gate 3 of the Kartal site: a wallet with an ID card belonging to Mehmet Yıldız, TC 73002138330. It's with site security, Mehmet bey can pick it up any time.`],
  ['linkedin', 'en', '', `From our GDPR/KVKK refresher: a Turkish T.C. Kimlik number has 11 digits and never starts with 0, so something like 12345678901 is obviously made up. Never paste a real one into a group chat, even "just for the hotel".`],
  ['linkedin', 'en', 'card', `Ugh. Our site accountant pasted this into the crew group instead of the supplier portal: Troy card 9792 0141 9362 3869, exp 08/28, for the generator fuel top-up. It's cancelled already, but please delete the message.`],
  ['linkedin', 'en', 'email', `We're looking for a quantity surveyor for our Izmir residential projects (5+ years, FIDIC). Send me your CV directly: elif.karaca@egeyapi.com.tr`],
  ['linkedin', 'en', '', `We're hiring a Site HSE Officer in Ankara. Net salary TRY 85,000–105,000 per month, meal card and shuttle included. Apply through the careers page on our website.`],
  ['linkedin', 'en', 'financial', `Staff pre-sale for the Çekmeköy villas opens tomorrow at TRY 18.2m per unit. Marketing sets the public launch price on the 15th, so please don't pass this number to friends or agents before that.`],
  ['linkedin', 'en', '', `The Çekmeköy villas are officially on sale: from TRY 19.5m, 30 % down and 24 months interest-free. Visit the sales gallery or find the listing on the big property portals.`],
  ['linkedin', 'en', 'national_id email', `Sorry to post this here, DMs are broken: TC kimlik 94150772184 for the Antalya team hotel, please send the confirmation to burak.sezer@ozkanyapi.com.tr`],
  ['linkedin', 'en', 'iban national_id', `Payroll fix for Ayşe Kaya (TCKN 58129586936): her salary goes to the new IBAN TR34 0001 0061 0612 1830 7521 02 from this month. Please process before the 15th.`],
  ['linkedin', 'en', '', `Your deposit refund has been sent to TR** **** **** **** **** 7521 02. Allow two business days for it to appear. — Customer care, Özkan Yapı`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Procurement: the virtual card 2221 9844 7464 4790 is for the Istanbul furniture order only, limit TRY 250k. Anything else goes through a PO.`],
  ['linkedin', 'en', 'card', `Anyone know why the fuel app rejects our site fuel card 9792 6954 4676 3740 every single morning? Finance swears it's topped up 😤`],
  ['linkedin', 'en', 'financial', `Our rent review for the Karaköy office building lands at +42 % for 2027 and the tenants get their letters on Monday. Finance modelled 30 leases in a week — hats off.`],
  ['linkedin', 'en', '', `Istanbul office market check: the latest public rent-index data show CBD office rents up 61 % year on year. Anyone else renegotiating leases right now?`],
  ['linkedin', 'en', '', `Our vergi numarası (tax no) for vendor forms is 4820315967, Büyük Mükellefler tax office. Please check it on every invoice you send us.`],

  // — Istanbul REIT (Boğaziçi GYO)
  ['linkedin', 'en', 'financial', `The independent valuation of our Ataşehir office portfolio came in at TRY 6.4bn, up 38 %. It goes to KAP with the annual results on the 28th, so until then please don't like or comment in a way that hints at it 😅`],
  ['linkedin', 'en', '', `Our Q3 disclosure is on KAP: rental income TRY 812m, occupancy 94.6 %, two new logistics tenants. Full presentation on our investor page — proud of the leasing team.`],
  ['linkedin', 'fr', 'financial', `Retour de la réunion investisseurs : la tour de bureaux de Maslak est pré-louée à 63 %, avec un loyer moyen de 38 $/m²/mois. Communication au marché prévue après le conseil du 22, donc on garde ça pour nous.`],
  ['linkedin', 'fr', '', `Le rapport annuel de notre foncière est en ligne : taux d'occupation de 96 %, loyers en hausse de 11 % et trois immeubles certifiés LEED Gold. Lien en commentaire.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 15 janvier 8 h (heure d'Istanbul) : cession de notre portefeuille logistique d'Izmit pour 2,1 Md TRY à un investisseur du Golfe.`],
  ['linkedin', 'fr', '', `Le communiqué sur la cession du portefeuille d'Izmit (2,1 Md TRY) est publié ce matin et l'embargo est levé. Merci à tous pour votre discrétion pendant ces six semaines !`],
  ['x', 'fr', 'financial', `Le CA du T4 de la filiale turque dépasse 2,4 Md TRY d'après le reporting d'hier soir, record absolu. On attend la publication du groupe pour fêter ça officiellement 🥂`],
  ['x', 'fr', '', `Chiffre d'affaires annuel publié par notre groupe : 4,8 Md€, dont 9 % réalisés en Turquie. Belle année pour les équipes d'Istanbul.`],
  ['linkedin', 'fr', 'national_id phone', `Liste des intervenants pour le permis de travail, chantier de Beylikdüzü : Emre Şahin, TC 32825037718, 0532 744 19 06. Dossier à déposer jeudi.`],
  ['linkedin', 'fr', '', `Le numéro T.C. Kimlik turc compte 11 chiffres et deux clés de contrôle. Ne le demandez que si la loi l'exige, et jamais par messagerie.`],
  ['linkedin', 'fr', 'iban', `Pour les locataires de Karşıyaka : à compter de février, le loyer est à virer sur TR27 0004 6032 5736 7830 9290 81. Les anciens ordres permanents seront rejetés.`],
  ['linkedin', 'fr', 'financial', `Prix de vente du m² pour la phase 2 de la résidence d'Antalya : 3 900 €, validé hier en comité. À communiquer aux agences lundi seulement, merci.`],
  ['linkedin', 'fr', '', `Phase 2 de la résidence d'Antalya : prix à partir de 3 900 €/m², vue mer, livraison 2028. Brochure disponible auprès de nos agences partenaires.`],
  ['linkedin', 'en', 'phone email', `After 11 years I'm leaving Marmara Yapı. Thank you for every 5 am pour and every tea at the site gate. Stay in touch: +90 535 612 80 44, yusuf.eren.tr@gmail.com`],
  ['linkedin', 'en', 'secret internal_url', `Site camera NVR details for the new night-shift guards (pinning here so nobody asks again):
NVR: http://192.168.40.12:8000
user: admin
pass: Gebze!Panel2026`],
  ['linkedin', 'fr', '', `Petit conseil aux jeunes conducteurs de travaux : le mot de passe du poste de chantier ne se scotche pas sur la porte du container. Gestionnaire de mots de passe et double authentification, c'est tout.`],

  // — Tel Aviv urban-renewal developer (Carmel Urban Renewal) and Negev contractor (Negev Build)
  ['linkedin', 'en', 'national_id phone', `Welcome to Avi Cohen, our new foreman at the Be'er Sheva site! (Admin: his Teudat Zehut for the site permit is 116809344, mobile 052-614-3378.)`],
  ['linkedin', 'en', 'financial', `The board approved a NIS 740m budget for the Haifa Bay residential towers last night. We'll report it to the exchange next week — until then it stays between us, but what a milestone for the team.`],
  ['x', 'en', '', `1/ Our Q2 results are out on MAYA: revenue NIS 1.12bn, backlog NIS 4.3bn. A short thread on what drove it 👇`],
  ['x', 'en', '', `2/ Backlog grew mostly from urban renewal (pinui binui) in Bat Yam and Ramat Gan. 3/ Gross margin held at 14.8 % despite steel and labour costs. Full deck on our IR site.`],
  ['linkedin', 'en', 'phone', `Residents of the Holon renewal project: our community liaison Dana is available Sunday to Thursday at 03-761-4420 ext. 12, or on her mobile 054-220-9183 for urgent matters.`],
  ['linkedin', 'en', '', `Heat-wave safety notice for our Tel Aviv sites: if a worker shows signs of heat stroke, call 101 (MDA) immediately, move them to shade and cool them down. Water breaks every 45 minutes, no exceptions.`],
  ['linkedin', 'en', 'iban', `Tenants of Building C, Ramat Gan: rent for the new lease year goes to IL27 0108 0701 5309 2246 477. Standing orders to the old account will bounce from March.`],
  ['linkedin', 'en', '', `IBAN tip for our overseas buyers: an Israeli IBAN has 23 characters, IL plus two check digits, then bank, branch and account. The specimen in the SWIFT registry, IL62 0108 0000 0009 9999 999, shows the layout — please don't wire money to it 🙂`],
  ['linkedin', 'en', 'codename client_name', `Weekly sync – Project Kestrel (Globex R&D campus, Herzliya)
- Piling 78 % complete
- Façade mock-up approved by Globex on Tuesday
- Next: MEP coordination workshop, Sunday 9:00`],
  ['x', 'en', '', `A pair of common kestrels nested on level 23 of our Tel Aviv tower. That corner is paused until the chicks fledge — our ecologist signed off the plan. Best site neighbours ever 🐦`],
  ['linkedin', 'en', '', `Wind check before every lift: our riggers hold a Kestrel 5500 meter at hook height, and above 38 km/h the tower crane stays parked. Cheap tool, saves lives.`],
  ['linkedin', 'en', 'secret', `Reminder: the guest Wi-Fi on the Herzliya compound is now "HZ-Site-Guests", password Tzaf0n#2026. Please don't hand it to the delivery drivers, the bandwidth is for the site cameras.`],
  ['linkedin', 'en', 'confidential_marker financial', `TLP:AMBER — investor update draft v3
Pre-sales Q4: 212 units, NIS 498m
Cancellations: 3
Do not circulate before the board meeting.`],
  ['linkedin', 'en', '', `Our security team now labels incident write-ups TLP:CLEAR once they're safe to share publicly, like this one on the phishing wave hitting Israeli contractors last month. Worth ten minutes of your time.`],
  ['linkedin', 'en', '', `Onboarding slide of the week: an Israeli ID number has 9 digits, the last one a check digit. The textbook example 123456782 passes the check — which is exactly why you shouldn't use it to test our live forms.`],
  ['linkedin', 'en', 'national_id', `Contractor registry form for the Netanya job: Moshe Levi, ת.ז. 792857575, licence class G3. Please file it today.`],
  ['linkedin', 'en', '', `Accounts received an invoice quoting supplier ID 310159646 — it fails the check digit, so it's either a typo or a scam. We called the supplier before paying. Do the same.`],
  ['linkedin', 'en', 'national_id', `Hi Yael, I checked with the sales team — the reservation under ID 310159645 is confirmed for unit 7B. The contract appointment is on Sunday.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `Management fees for Tower B go to IL24 0126 4033 6846 7349 570 from January. The building committee has the signed letter.`],
  ['linkedin', 'en', 'phone', `Homebuyers in Israel: our customer service centre answers on *2788 or 1-700-50-60-70, Sunday to Thursday 8:00–18:00.`],
  ['linkedin', 'en', '', `We're hiring a Senior Project Manager in Tel Aviv: NIS 32,000–38,000 a month plus company car. Urban-renewal experience a big plus. Apply through our careers page.`],
  ['linkedin', 'fr', 'national_id', `Pour le badge d'accès au chantier de Tel-Aviv : Noa Ben-David, teoudat zehout 937877769, arrivée dimanche.`],
  ['linkedin', 'fr', 'iban', `Nouvelles coordonnées pour les acomptes des acquéreurs de Tel-Aviv : IL09 0207 3013 5186 1026 082. Merci de mettre à jour vos virements.`],
  ['linkedin', 'fr', '', `Votre acompte a bien été reçu sur notre compte se terminant par 026 082. Merci de votre confiance, la remise des clés reste prévue en juin.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Valorisation pré-money de notre start-up PropTech de Tel-Aviv : 48 M$ dans la term sheet qu'on signe vendredi. Je n'y crois toujours pas, mais chut jusqu'à la signature !`],
  ['linkedin', 'fr', '', `Notre série A est officielle : 12 M$ menés par un fonds d'Abu Dhabi pour numériser le suivi de chantier. Merci à toute l'équipe, communiqué en lien.`],

  // — Dubai contractor (Sandline Contracting), Dubai developer (Gulfstone Developments), facilities manager (Dunes FM)
  ['linkedin', 'en', 'national_id phone email', `New joiner paperwork (wrong chat, sorry!!)
Name: Rohan Menon
Emirates ID: 784-1988-5499579-6
Mobile: +971 50 327 4416
Email: rohan.menon@sandline-contracting.ae`],
  ['linkedin', 'en', '', `Emirates ID renewal tip for our site staff: the number reads 784-YYYY-NNNNNNN-C. The sample printed on the government help page, 784-1234-1234567-1, is only a sample — don't type it into the visa portal.`],
  ['linkedin', 'en', 'financial', `Dubai Hills team — the off-plan price list for the townhouses goes to brokers on Monday at AED 3.45m for the 4BR. Nothing on the WhatsApp groups before then, please.`],
  ['linkedin', 'en', '', `Our Dubai Hills townhouses launched this week at AED 3.45m for the 4BR, 20/80 payment plan. Brokers, the full pack is on the agent portal.`],
  ['x', 'en', 'internal_url', `Site diaries now live on https://intranet.sandline-contracting.ae/sitediary — please stop emailing me PDFs! Same login as your timesheets.`],
  ['linkedin', 'en', 'phone', `We're sorry about the delay on your snag list. Please call our customer care on 800 72646 or 600 52 7474, 8am to 8pm, and quote your unit number.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Midday break season is back: no outdoor work from 12:30 to 15:00 until 15 September. In an emergency call 998 for an ambulance or 999 for the police, then your supervisor.`],
  ['linkedin', 'en', 'iban', `Tenants of the Al Quoz warehouses: our collection account has changed to AE16 0358 2335 4061 5711 987. Post-dated cheques stay payable to the same entity.`],
  ['linkedin', 'en', '', `For our subcontractors new to the UAE: an IBAN here is 23 characters — AE, two check digits, a 3-digit bank code and a 16-digit account. The example every bank brochure uses is AE07 0331 2345 6789 0123 456.`],
  ['linkedin', 'en', 'client_name', `Finally signed! We'll fit out the new regional HQ for Initech across three floors in DIFC. Mobilising in January, 22 weeks on the clock.`],
  ['x', 'en', '', `Every open-plan fit-out reminds me of Initech in Office Space. No red staplers were harmed on this project.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – FOR INTERNAL DISTRIBUTION ONLY
Site logistics plan rev C, Saadiyat plot 4: gate 2 closes on 14 December for the tower crane dismantle. Deliveries via gate 3 only.`],
  ['linkedin', 'en', '', `We ran a workshop on document labels: "Confidential" means a named list of recipients, "Internal" means staff only, "Public" means things like this LinkedIn post. Half the room had it the wrong way round.`],
  ['linkedin', 'en', 'secret', `Reminder for the Abu Dhabi BIM team: the password on the shared model link is now Saad!yat-BIM-24. Change it on first login and don't forward the link to consultants.`],
  ['linkedin', 'en', 'phone', `Heat illness on site? Call the clinic on +971 4 332 8810, staffed 24h. If it's life-threatening, dial 998 first.`],
  ['linkedin', 'en', 'internal_url', `Snag photos from the Yas villas go to https://sharepoint.acme-corp.net/sites/yas-snags, not to WhatsApp. Thanks!`],
  ['linkedin', 'en', 'internal_url', `Planners: the latest Primavera exports are on smb://fs01.gulfstone.local/planning/P6 — the old drive mapping is gone.`],
  ['x', 'en', '', `Ping to 8.8.8.8 fine, site router fine, so it's the ISP again. Third outage this week in Jebel Ali.`],
  ['linkedin', 'en', '', `Our tender portal moved to tenders.gulfstone-developments.com. Register there for the Q1 packages: enabling works, piling and podium.`],
  ['linkedin', 'en', 'email', `Tender clarifications for the Q1 packages to tenders [at] gulfstone-developments [dot] com before 12 December, 14:00 GST.`],
  ['linkedin', 'en', '', `Our only domain is gulfstone-developments.com. Anything from gulfst0ne-developments.com (zero instead of o) is a scam — forward it to your IT team and delete it.`],
  ['x', 'en', 'email', `AC dead in your villa? DM us or write to ops@dunesfm.ae and we'll get a technician out today.`],
  ['linkedin', 'en', 'secret', `FM alert mailer config, pasted from the wiki for the new controller:
SMTP_URL=smtp://alerts:Xk3pq78vB@mail.dunesfm.ae:587
FROM=no-reply`],
  ['linkedin', 'en', '', `Makani number for the Al Barsha site gate is 13245 96782 — put it in the Makani app and you'll land right at gate 2, not the mosque behind it.`],
  ['linkedin', 'en', '', `Our RERA advertising permit is 71234 and the DLD project number is 3158. Before you invest off-plan, check both on the Dubai REST app.`],
  ['linkedin', 'en', '', `Suppliers: our VAT TRN is 100345678900003. Please make sure it's on every tax invoice, or finance will send it back.`],
  ['linkedin', 'en', 'card', `Whoever left the corporate MasterCard 5280 8901 2599 3166 on the printer at the Business Bay office — it's at reception now.`],
  ['linkedin', 'en', '', `Card found at reception, ending in 3166. Owner, please collect it with your staff ID.`],
  ['x', 'en', '', `Testing our new tenant payment portal with the classic 4242 4242 4242 4242 test card. All flows green ✅`],
  ['linkedin', 'en', 'financial', `Q4 forecast for the Abu Dhabi portfolio, before the auditors are done: NOI AED 96m, occupancy 91 %. Sharing because the asset team smashed it, but this isn't the number the market will see in February.`],
  ['linkedin', 'en', '', `Teaching moment for our junior analysts: a building with AED 10m of NOI at a 7.5 % cap rate is worth roughly AED 133m. Move the cap rate half a point and see what happens.`],
  ['linkedin', 'en', '', `Bought my first apartment in Jumeirah Village Circle! AED 1.1m, 25 % down, a 20-year mortgage. Terrifying and wonderful.`],
  ['x', 'en', 'financial', `lol the cost plan for Tower 2 just landed at AED 742m vs AED 690m approved. Guess who's presenting to the board tomorrow 🙃`],
  ['x', 'en', '', `Dubai Land Department says Q3 transactions hit AED 142bn, a record quarter. The market isn't slowing down.`],
  ['linkedin', 'en', '', `Now hiring MEP coordinators in Dubai: AED 16,000–20,000 all-inclusive, two-year visa, annual ticket home. Apply via the careers page.`],
  ['linkedin', 'en', 'internal_url', `Changelog v2.5 of the snagging app (internal build): new API base http://10.12.0.44:8080/api/v2. Please repoint your test tablets before Sunday.`],
  ['linkedin', 'en', '', `Changelog v2.4 of our snagging app: offline mode, Arabic RTL fixes and 60 % smaller photos. Update from the App Store or Google Play.`],
  ['linkedin', 'en', '', `If DNS acts up again, our public status page also answers on 172.67.140.25. Bookmark it.`],
  ['linkedin', 'en', 'client_name phone', `Minutes – coordination with Initech facilities (Dubai South)
- Shutdown window: Friday 22:00–Saturday 06:00
- Action: call Initech's duty manager on +971 56 740 2281 before isolating any chiller`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGO until 10 Dec 09:00 GST: our Abu Dhabi residential tower wins the regional sustainability award. Press kit attached for the comms team.`],
  ['linkedin', 'en', '', `Our PR team sent the award news to journalists under embargo last week. It's public now, so: we won! 🎉 Regional sustainability award for the Abu Dhabi tower.`],
  ['linkedin', 'en', 'secret', `Power Automate flow for the crane anemometer alerts, in case anyone needs to re-point it:
https://prod-27.uaenorth.logic.azure.com:443/workflows/8d3f2a91c6e74b0a9e51/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Qm4Xr9vT2kLp7sWz1yNc8bHd3fJ6gE0aU5`],
  ['x', 'en', '', `Discord webhooks for site teams, done right: the URL looks like discord.com/api/webhooks/<id>/<token>. The token is the password — never paste the real thing in a screenshot.`],
  ['linkedin', 'en', '', `Congrats to our neighbours on their AED 2bn green sukuk, priced at 5.4 % and four times oversubscribed. Great signal for the whole UAE real-estate market.`],
  ['linkedin', 'en', 'financial', `We've just closed the books on our NAV per unit: USD 1.51 at 31 December, up 6 %. Auditors sign off in February and it goes to Nasdaq Dubai then — until that day, not a word outside the fund team.`],
  ['linkedin', 'en', '', `The NAV per unit of our Dubai-listed REIT was USD 1.42 at 30 June, as published in the half-year report. Distribution paid in September.`],
  ['x', 'en', '', `Live from the Dubai property show: one panel says average off-plan yields in Dubai Marina are 6.8 %. Not sure I believe it, but interesting debate.`],

  // — Riyadh and Jeddah contractor (Rimal Build), homebuilder (Rimal Homes) and a French contractor's Saudi branch (Sahel Construct)
  ['linkedin', 'en', 'national_id phone', `Visa processing for the NEOM mobilisation batch (meant for the HR group): Iqama 2029158256 – Arjun Nair – +966 55 214 7730. Medical on Tuesday.`],
  ['linkedin', 'en', 'financial', `Riyadh team: the Diriyah gatehouse package closes on Sunday and we're going in at SAR 286m, 4 % under the client's budget estimate. Fingers crossed and lips sealed.`],
  ['linkedin', 'en', '', `As disclosed on Tadawul today, our subsidiary won a SAR 1.2bn housing contract, with the financial impact expected from Q1 2027. Details in the announcement.`],
  ['linkedin', 'en', 'iban', `Suppliers in Jeddah: invoices must quote our account SA10 1067 6633 5632 6731 3627 from now on. The old account is closed and payments to it will come back.`],
  ['linkedin', 'en', 'national_id', `Yesterday someone wrote a visitor's full national ID, 1108085489, in the paper log at the KAFD site. Please only note the last four digits.`],
  ['linkedin', 'en', '', `Reception tip: for Saudi visitors, write only the last four digits of the ID in the log, like ******5489. The rest stays on the card.`],
  ['x', 'en', 'phone', `Jeddah customers: our unified number 9200 33145 is back up after this morning's outage. Sorry for the wait!`],
  ['x', 'en', '', `Rain stopped every concrete pour in Riyadh today. If the access road floods, call 911 and don't try to drive through.`],
  ['linkedin', 'en', 'card', `Finance, can someone check? The card for the Riyadh site canteen, 4301 2749 0980 4378, exp 03/27, was declined at the supermarket again.`],
  ['linkedin', 'en', 'email', `Site access requests for the KAFD tower: write to access.kafd@rimalbuild.sa with a copy of your Iqama and your induction certificate.`],
  ['linkedin', 'en', 'email', `We're hiring site engineers for the Riyadh metro stations: SAR 14k–19k a month plus housing. CV to careers@rimalbuild.sa`],
  ['linkedin', 'en', 'financial', `Proud moment: the lenders signed off our SAR 2.1bn murabaha for the Jeddah waterfront. Financial close is announced in January, so this stays in the team for now — thank you, treasury!`],
  ['linkedin', 'en', 'national_id', `Please add Khalid's national ID 1913305015 to the contractor portal before Thursday, otherwise his site pass expires.`],
  ['linkedin', 'en', 'national_id phone', `Iqama 2927254744 has expired for our steel fixer Jun Reyes (mobile +966 50 884 1290). He must visit Jawazat this week.`],
  ['linkedin', 'en', '', `Iqama numbers start with 2 and Saudi ID numbers with 1, both 10 digits with a check digit. If an agency sends you "Iqama 2000000000", send the file back.`],
  ['linkedin', 'en', 'iban', `Unit 1204 buyers: the balance goes to the project escrow account SA42 5559 0544 8373 1380 7134, as registered with Wafi.`],
  ['linkedin', 'en', '', `Fraud alert: fake invoices are asking buyers to pay SA35 1023 3341 8830 1879 3925. That number isn't valid and isn't ours. Our escrow accounts are only those listed on the Wafi portal.`],
  ['linkedin', 'en', 'phone', `Saudi tenants: our toll-free maintenance line 800 124 3366 now runs 24/7, Arabic and English.`],
  ['linkedin', 'en', 'card', `Booking the Riyadh off-site venue, paid with our Amex 3784 424459 62531, exp 11/27… wait, this is LinkedIn. Ignore, cancelling now.`],
  ['linkedin', 'en', 'client_name financial', `Globex accepted our revised offer for the Jeddah distribution centre at SAR 164m. Contract signing next week, no announcement before then.`],
  ['linkedin', 'en', '', `Treasury note: CME Globex closes early on 24 December, so our steel hedges roll on the 23rd. Nothing to do for site teams.`],
  ['linkedin', 'en', 'client_name', `Site visit with the Initech facilities team at the Riyadh data hall today: raised floor done, CRAC units arriving next week.`],
  ['linkedin', 'en', '', `Tender ref. RFP-2026-0412-887 closes on 12 January 2027 at 13:00 AST. Bid bond 2 % of the offer. Register on the Etimad portal to get the documents.`],
  ['linkedin', 'en', '', `Our Commercial Registration is 1010456789 (Riyadh), for anyone registering us as a vendor on Etimad.`],
  ['linkedin', 'en', 'phone', `Hi Omar, apologies for the delay on your key handover. Please WhatsApp our handover coordinator on +966 53 907 6612 and quote your unit number.`, { surface: 'comment' }],
  ['x', 'en', 'email', `@jeddah_buyer sorry about the leak! Please email care@rimalhomes.sa with photos and we'll send a technician tomorrow.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thank you for the feedback, Mr Al Harbi. Our customer care team will contact you directly to arrange the inspection.`, { surface: 'comment' }],
  ['x', 'en', '', `Our REIT paid SAR 0.25 per unit for Q3 — record date and details are on Tadawul.`],
  ['x', 'en', 'financial', `Board meets Sunday and the Q4 dividend proposal is SAR 0.31 per unit. You'll see it on Tadawul on Monday 😉`],
  ['linkedin', 'en', 'financial', `IR team: 2027 delivery guidance will be 2,800–3,100 units, and we confirm it on the call on 3 February. Great job on the model, everyone.`],
  ['linkedin', 'en', '', `The replay of our Q3 earnings call is online: 2027 guidance reiterated at 2,800–3,100 deliveries. Questions via the IR page.`],
  ['x', 'en', 'financial', `Live from Cityscape: we just signed an MoU with a Saudi fund, ticket size SAR 750m. The press release comes Thursday, you heard it here first 😎`],
  ['linkedin', 'en', '', `Poll: what slows your site down most? 1) late drawings 2) material deliveries 3) permits 4) weather. Vote below!`],
  ['x', 'en', '', `Quick poll for Gulf QSs: NRM2 or POMI for your BOQs? 🗳️`],
  ['linkedin', 'fr', 'codename', `Point d'étape sur Nébula : les fondations profondes du bloc B sont terminées à Riyad et la structure démarre en janvier. Merci aux équipes géotechniques !`],
  ['linkedin', 'fr', '', `Nuit claire dans le désert d'AlUla : la nébuleuse d'Orion visible à l'œil nu au-dessus de la base vie. Le chantier a ses avantages.`],
  ['linkedin', 'fr', 'email phone', `Nous recrutons un(e) conducteur(trice) de travaux à Riyad. Contact : Mélanie Robert, melanie.robert@sahelconstruct.com, +966 11 482 6610.`],
  ['linkedin', 'fr', '', `Offre d'emploi : ingénieur méthodes à Dubaï, 22 000 à 26 000 AED par mois, logement inclus. Postulez via notre page carrières.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL
Note au comité : retard de quatre mois sur le lot façades du siège de Jeddah, pénalités contractuelles probables. Réunion de crise lundi.`],
  ['linkedin', 'fr', '', `Tamponner « Confidentiel » sur chaque page d'un dossier d'appel d'offres ne protège rien si le PDF circule sur WhatsApp. Formez vos équipes, pas vos tampons.`],
  ['linkedin', 'fr', 'secret', `Identifiants du portail de l'appel d'offres pour Karim, qui est en congé : login sahel_bid / mdp Tender#Jed2026. Merci de le changer après usage.`],
  ['linkedin', 'fr', 'secret internal_url', `Config du serveur de supervision pour la nouvelle équipe :
hôte : supervision.chantier.corp
utilisateur : admin_btp
mot de passe : Beton2026!Riyad`],
  ['linkedin', 'fr', '', `Alerte chaleur à Riyad : pauses obligatoires, eau fraîche à volonté, et en cas de malaise appelez le 997. Personne ne travaille seul sur les toitures.`],
  ['linkedin', 'fr', 'card', `Oups : j'ai collé la carte Visa de la société, 4845 2819 6283 2488, dans le fil du chantier au lieu du portail fournisseur. Carte bloquée, merci de supprimer vos captures d'écran.`],
  ['linkedin', 'fr', '', `Référence de commande 4845 2819 6283 2487 pour la livraison d'acier de demain matin : le chauffeur arrive à 7 h, porte 2.`],
  ['linkedin', 'en', 'internal_url', `Handover documents for the Al Khobar compound are uploaded at https://docs.corp.acme.com/handover/khobar. FM team, please review before Thursday.`],
  ['linkedin', 'en', '', `Our press release on the Al Khobar compound handover is out: https://news.acme.com/khobar-handover. 412 villas, delivered two weeks early.`],
  ['linkedin', 'en', 'internal_url', `If the timesheet app is slow again, use the backup at http://172.20.8.31/timesheet until IT fixes the main server.`],
  ['linkedin', 'en', 'codename', `Orion phase 3 masterplan approved by the steering committee 🚀 1,100 villas, two schools and a wadi park. Design freeze in March.`],
  ['linkedin', 'en', 'codename', `Stand-up notes, Project Kestrel:
- podium tender documents out Friday
- geotech report late again
- crane permit approved`],
  ['linkedin', 'en', 'financial codename', `Monthly dashboard – Nébula (Riyadh)
| Item | Plan | Actual |
| Progress | 41 % | 38 % |
| Cost to complete | SAR 1.02bn | SAR 1.09bn |
Next review with the board on 18 December.`],
  ['linkedin', 'en', '', `Our published sustainability KPIs:
| KPI | 2024 | 2025 |
| Recycled steel | 62 % | 71 % |
| Water per m² built | 0.41 m³ | 0.36 m³ |
Full report on our website.`],
  ['linkedin', 'en', 'confidential_marker financial', `[INTERNAL] Tender go/no-go – Saudi schools package
Estimated contract value: SAR 540m
Recommendation: GO at a 6 % margin, decision Sunday.`],
  ['linkedin', 'en', '', `Our document templates now have a classification field in the footer. The default is Public — if you change it, know why.`],
  ['x', 'en', '', `Watching L.A. Confidential on the flight back from Riyadh. Still holds up.`],

  // — Doha and Lusail developer (Qatari Sands Real Estate), project manager (Lusail PM) and a French contractor's Gulf branch (Batiroc Moyen-Orient)
  ['linkedin', 'en', 'phone', `Lusail residents: the snagging hotline is +974 4432 9901, and after hours the duty supervisor Ahmed is on 5581 2247.`],
  ['linkedin', 'en', 'iban', `Please note our account for Lusail unit deposits: QA44 QNBA 3614 9732 0044 9447 3386 0. Receipts are issued within 48 hours.`],
  ['linkedin', 'en', '', `Qatari IBANs, for our finance trainees: QA, two check digits, a four-letter bank code and 21 characters. The textbook example is QA58 DOHB 0000 1234 5678 90AB CDEF G — a format, not an account.`],
  ['linkedin', 'en', 'financial', `Lusail marina apartments: the pricing committee agreed QAR 14,200/m² for phase 3. The sales team gets it Thursday and the public a week later, so keep it quiet till then.`],
  ['linkedin', 'en', '', `The planning authority's quarterly bulletin puts average residential prices in Lusail at QAR 12,900/m². Useful context if you're buying off-plan this year.`],
  ['linkedin', 'en', 'national_id', `Onboarding batch for the Mesaieed site: QID 28435612345 (Jomon Thomas) is the only one still missing the medical.`],
  ['linkedin', 'en', 'financial', `Pipeline review yesterday: QAR 3.7bn of weighted opportunities for 2027, the biggest we've ever had. Investor day is in March, so the official number comes then 🤫`],
  ['linkedin', 'en', '', `At investor day we announced a QAR 3.7bn pipeline for 2027. Slides and replay are on the IR page.`],
  ['x', 'en', 'phone', `Doha folks: showroom appointments now on our toll-free 800 7412, every day 10 to 10.`],
  ['linkedin', 'en', 'iban phone', `Supplier notice from our Doha branch: new account QA51 QNBA 4319 1034 7978 4464 7488 9. Questions to accounts payable on +974 4410 3322.`],
  ['linkedin', 'en', 'secret internal_url', `KPI dashboard connection for the new analyst:
mongodb://reporting:R3p0rt-Lusail!@db01.lusailpm.internal:27017/kpi
Read-only, but still — don't share it.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Subject: crane near miss, Al Wakrah site – preliminary findings
No injuries. Slewing ring bolts found under-torqued; all cranes of that model grounded pending checks.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — phishing domain used against our Doha finance team, do not share outside the SOC: invoice-qnb-secure[.]com`],
  ['linkedin', 'en', '', `What is TLP? The Traffic Light Protocol: red, amber, green and clear. Today's awareness session walked the site admin staff through each colour with real examples.`],
  ['linkedin', 'en', '', `Safety stand-down across our Qatar sites today after a fall from height elsewhere in the region. Harness checks, edge protection, and the reminder: 999 first, then your supervisor.`],
  ['linkedin', 'en', 'phone', `Recruitment drive in Manila next week for our Qatar MEP jobs. Our agent on the ground is Rowena, +63 917 842 3316.`],
  ['linkedin', 'en', 'client_name', `Thanks Layla! Yes, we're the main contractor on the Hôpital Sainte-Claire extension — 320 beds, handover next autumn.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Congrats on the topping-out! The Doha skyline keeps changing every time I fly in.`, { surface: 'comment' }],
  ['x', 'en', '', `Our site cat Atlas, a grumpy blue-grey Russian Blue, is officially the crew's "Atlas bleu" since the French engineers arrived. He inspects every pour.`],
  ['linkedin', 'en', 'secret', `Integration with the developer's sales CRM works! Token for staging… no, prod: 9b2e77fa41d0bc13e5a6f0d28c41a7e3. Rotating it tomorrow morning.`],
  ['x', 'en', 'secret', `@site_ops the drone survey portal key is 6f1c9a2e47b8d03f5a11ce9b2d7e840a, stop asking me 😂`],
  ['linkedin', 'en', '', `Found in an old tender-portal repo: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE. Relax, it's the documentation example — but it shows how often config files get copied blindly.`],
  ['x', 'en', '', `Our payment sandbox uses keys like sk_test_XXXXXXXXXXXXXXXX in the docs. Live keys never touch the repo.`],
  ['linkedin', 'en', '', `.env template for new developers on our PropTech team:
DB_USER=app
DB_PASSWORD=changeme
API_KEY=<your-key-here>
Copy it to .env.local and ask the lead for real values.`],
  ['linkedin', 'en', 'secret', `Concrete-pour alerts webhook (note to self, wrong tab): https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Tip: we push concrete-pour alerts from the batching plant to the site chat with a webhook. Keep the URL in your secrets manager, not in a spreadsheet — the token is part of the URL.`],
  ['linkedin', 'en', 'internal_url secret', `Post-mortem: BIM sync outage, 3 December
Root cause: the sync service at http://bim-sync.internal:8443 lost its database after the password rotation.
Fix: new DSN postgresql://bimsvc:Kp9rT2vQx@10.20.4.15:5432/bim deployed at 14:10.
Action: move the credentials to the vault (yes, I know).`],
  ['linkedin', 'en', '', `Post-mortems on site: every near miss now gets a blameless one-pager. Last month, a pallet of blocks swung into the scaffold because the tag line was too short. Fix: 3 m minimum tag lines.`],
  ['linkedin', 'en', 'email', `Press enquiries about the Lusail towers: reach Noura at noura.hamdan @ qatarisands.qa — she answers within the day.`],
  ['linkedin', 'en', '', `Our crane lifted 1,250 tonnes in 24 hours on 12/11/2026, a site record. Hats off to the lifting team.`],
  ['linkedin', 'en', '', `Project stats at handover: 2,450,000 man-hours, 1,312 days without a lost-time injury, 48 storeys and 600 520 m³ of concrete.`],

  ['linkedin', 'fr', 'financial', `Très fiers : notre offre pour la station de métro de Lusail est remise. 612 M QAR, soit 7 % sous l'estimation du client. Ouverture des plis le 20 — d'ici là, motus.`],
  ['linkedin', 'fr', 'phone email', `Pour les sous-traitants du chantier de Doha : votre interlocuteur sécurité est désormais Julien Marchetti, +974 3310 7725, julien.marchetti@batiroc-me.com.`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE – SOUS NDA
Compte rendu de la réunion de lancement, tour résidentielle de Dubai Marina : livraison cible T3 2028.`],
  ['linkedin', 'fr', '', `Signer un NDA avant une visite de chantier est devenu la norme dans le Golfe. Ça ne me dérange pas, mais lisez-le vraiment avant de signer.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires pour nos fournisseurs français : à partir de janvier, merci de régler sur AE11 0331 1157 1621 0209 849 (Dubaï).`],
  ['linkedin', 'fr', 'national_id', `Pour la réservation d'hôtel de l'équipe : Claire Dubois, Emirates ID 784-1993-1680575-5, arrivée le 12.`],
  ['linkedin', 'fr', '', `Astuce : pour l'hôtel, les quatre derniers chiffres de votre Emirates ID suffisent (784-XXXX-XXXXXXX-X). Ne transmettez jamais le numéro complet.`],
  ['linkedin', 'fr', 'client_name', `Belle signature pour notre filiale de Dubaï : l'aménagement des bureaux régionaux de Société Générique au DIFC, 4 200 m², démarrage en février.`],
  ['linkedin', 'fr', '', `Une « société générique » du BTP, ça n'existe pas : chaque entreprise a sa culture. Chez nous, c'est la sécurité d'abord.`],
  ['linkedin', 'fr', 'client_name', `Dernière coulée de béton pour l'extension de l'Hôpital Sainte-Claire ! Bravo aux équipes, livraison prévue au printemps.`],
  ['linkedin', 'fr', '', `Week-end à Nazareth : visite de la chapelle Sainte-Claire et de son cloître, magnifique restauration des pierres. Les tailleurs de pierre ont un métier fascinant.`],
  ['linkedin', 'fr', 'financial', `Notre marge sur le lot gros œuvre de Lusail tombe à 4,2 % d'après la revue de fin de mois, loin des 8 % budgétés. Le comité de direction en parle mardi, rien n'est encore remonté au groupe.`],
  ['linkedin', 'fr', '', `Dans le BTP, une marge nette de 3 à 5 % est courante d'après les études sectorielles publiées. C'est pour ça que chaque avenant compte.`],
  ['linkedin', 'fr', 'secret', `Le Wi-Fi de la base vie de Lusail a changé : réseau BaseVie-Lusail, clé WPA2 « Dune-Sable-4471 ».`],
  ['linkedin', 'fr', '', `La base vie de Lusail a enfin un Wi-Fi correct ! Le code est affiché au réfectoire, demandez au chef de camp.`],
  ['linkedin', 'fr', 'phone', `Bonjour Madame Haddad, le responsable des réserves vous appellera demain ; vous pouvez aussi le joindre au +974 6612 0487.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Karim, pour votre réclamation merci de passer par le formulaire de notre site : l'équipe SAV vous rappellera sous 48 h.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci Sophie ! Oui, les plans sont disponibles sur notre site public, rubrique Références.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Les plans « bon pour exécution » sont désormais sur https://plans.acme-corp.net/doha — plus de clés USB sur le chantier !`],
  ['linkedin', 'fr', 'email', `Candidatures pour le VIE à Abu Dhabi : envoyez votre CV à rh-moyenorient@batiroc.fr avant le 20.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – ne pas diffuser
Planning de mobilisation, chantier de Ras Al Khaimah : arrivée de la grue à tour le 6 janvier.`],
  ['linkedin', 'fr', 'codename', `Revue de conception Project Kestrel à Abu Dhabi : on passe à une structure mixte acier-béton pour gagner trois mois.`],
  ['linkedin', 'fr', '', `Un faucon crécerelle (kestrel, pour nos collègues anglophones) niche sur notre grue à Doha. Le grutier l'a baptisé « le superviseur ».`],
  ['linkedin', 'fr', 'client_name', `Merci à Globex pour sa confiance renouvelée : nous assurerons la maintenance de ses 14 entrepôts de Jebel Ali pour trois ans de plus.`],
  ['linkedin', 'fr', 'codename', `Comité Atlas Bleu ce matin : on valide la façade en GRC et la teinte sable. Merci à l'architecte pour les trois maquettes.`],
  ['linkedin', 'fr', 'financial', `Notre prévision de trésorerie pour le S1 2027 : 185 M AED de décaissements sur le projet de Sharjah, présentée au comité des risques jeudi. Bravo au contrôle de gestion.`],
  ['linkedin', 'fr', '', `D'après le budget publié par l'émirat de Sharjah, 1,2 Md AED iront aux routes en 2027. De belles opportunités pour le secteur.`],
  ['linkedin', 'fr', '', `Après six ans à Doha, je rentre à Lyon. Merci à toutes les équipes, on se retrouve ici !`],
  ['linkedin', 'fr', 'phone', `Résidents de la tour Marina 3 : coupure d'eau samedi de 9 h à 13 h. Le gardien, Rami, est joignable au 04 455 7302.`],

  // — mixed French/English teams across the Gulf
  ['linkedin', 'mixed', 'codename', `Kick-off du projet Atlas Bleu aujourd'hui à Doha — hotel conversion, 212 keys, une super équipe. Let's go!`],
  ['linkedin', 'mixed', '', `Le paysagiste a planté trois cèdres de l'Atlas bleu devant le showroom de Jeddah — Cedrus atlantica 'Glauca', ils supportent étonnamment bien la chaleur. Beautiful!`],
  ['linkedin', 'mixed', 'financial', `Big news team : le budget 2027 du pôle Moyen-Orient est validé, AED 1.3bn de CAPEX. On l'annonce officiellement au séminaire de janvier, so keep it for yourselves.`],
  ['linkedin', 'mixed', '', `Site visit à Lusail aujourd'hui avec des students de l'École des Ponts. Great questions sur le béton bas carbone !`],
  ['linkedin', 'mixed', 'phone', `Pour les urgences chantier à Dubaï, call Karim on +971 52 118 6634, il répond jour et nuit.`],
  ['linkedin', 'mixed', 'national_id', `Petite erreur de copier-coller dans le groupe : Emirates ID 784-1980-5466408-5 de notre nouveau chef de chantier, please delete if you saw it.`],
  ['linkedin', 'mixed', 'client_name codename', `Réunion Globex x Orion ce matin, great alignment sur le phasing des travaux de la phase 2.`],
  ['linkedin', 'mixed', '', `Orion's Belt au-dessus des dunes, un soir de coulage de nuit. Best office view ever.`],
  ['x', 'mixed', 'secret', `Le mot de passe du NAS chantier c'est Lusail2026!Backup — sorry, wrong channel 🙈`],
]);
