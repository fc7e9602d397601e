import { rows } from './corpus-types';

/**
 * Held-out set "fresh41": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh41`.
 * First scored 2026-12-04 16:32 UTC on the rules of 7a8e87b (after the fixes from fresh35 to fresh39), before any fix from
 * it: confidentiality macro F1 0.882, 5.5 % of clean posts flagged (6 of 110); national_id 0.222 (recall 0.125: the ids of
 * Latin America, East and South-East Asia, the Gulf and Africa), iban 0.857, card 0.923, secret 0.923, financial 0.915,
 * codename 0.941, phone 0.955, confidential_marker 0.968, the 3 others 1.000. On 6628170 (this session's first rules):
 * 0.878 / 5.5 %; on b1a418f: 0.872 / 5.5 %.
 *
 * Authors: employees writing mostly in English (about three posts in four), some in French or mixed French-English,
 * at a Santiago copper-analytics firm, a Buenos Aires fintech, a Bogotá coffee exporter, a Lima mining contractor, a
 * São Paulo logistics firm writing English, a Seoul battery maker, a Taipei chip-test lab, a Hong Kong trade-finance
 * house, a Shenzhen drone maker writing English, a Bangkok hotel group, a Ho Chi Minh City garment exporter, a Jakarta
 * ride-hailing firm, a Karachi textile mill, a Cairo call centre, a Riyadh construction firm, a Doha events company, a
 * Casablanca automotive supplier writing French, an Accra cocoa trader, a Kampala solar-kiosk start-up and a Mauritius
 * offshore fund administrator writing French. Forms: team wins, pasted chat lines, HR and onboarding pastes, runbooks
 * and config snippets, lost-and-found notices, supplier bank-detail changes, customer replies (surface 'comment'), job
 * ads with published salary ranges, X posts and a two-post X thread, a poll, a post-mortem, a changelog, a goodbye,
 * trade-fair invitations, fraud and phishing warnings, tips.
 *
 * Financial positives, each with a different sign that the figure is not public yet: a board budget before the clients
 * hear of it, processed volume and forecast before an investor update, a pre-money valuation before signing, a price
 * letter not yet sent, a contract not yet signed, a forward hedge "not for distribution", a sealed bid before the
 * envelopes open, a freight budget before the carriers, a cell cost before the board, a price before a trade-show
 * announcement, test prices not yet quoted, an LC-volume forecast pending sign-off, a margin kept quiet until a
 * pricing review, an ADR target before the owners, FOB quotes before the buyers, a take rate before the drivers, a
 * price rise customers haven't been told of, capex before the exchange notice, a tender price before the committee,
 * a margin "entre nous" before an investment committee, an event budget approved but not announced, forward sales
 * until the auditors sign off, a draft investor update, provisional assets under administration, a fee cut before the
 * unit-holders are told. Look-alikes: published annual, audited and sustainability reports, an exchange announcement
 * that pairs with one of the positives, other organisations' and public market figures (a state miner's output,
 * inflation, export statistics, futures settlements, a farmgate price, a partner's rights issue), published prices,
 * job-ad salary ranges, a personal loan and a classroom P&L.
 *
 * Numbers: every IBAN, card and national-id positive was computed with a throwaway script outside the repo, with the
 * stdnum and ibantools npm packages: mod-97 IBANs of BR, PK, SA, QA, EG, MU, AE, MA (with its RIB key) and FR (with
 * its RIB key); Luhn for Visa, Mastercard (5- and 2-series), Amex, JCB and a 19-digit UnionPay; the check digit or
 * key of the Chilean RUT, Argentine CUIT/CUIL, Peruvian DNI (with its verification digit in one post), Brazilian CPF
 * and CNPJ, Korean RRN, Taiwanese national ID, HKID, Chinese resident ID (ISO 7064 mod 11-2), Thai national ID, Saudi
 * national ID and Iqama (Luhn), Mauritian NIC (mod 17); by format, where no public check exists: the Pakistani CNIC,
 * Argentine DNI, Colombian cédula, Vietnamese CCCD, Indonesian NIK (with the female day + 40), Egyptian national ID,
 * Qatari QID, Moroccan CIN, Ghana Card and Ugandan NIN. Look-alikes: documented specimens named as such (Taiwan's
 * A123456789, the A123456(3) HKID, the GB 11643 example 11010519491231002X, the registry example IBANs of PK, SA and
 * MU, the 4111 test card, AWS's EXAMPLE key), an IBAN with a wrong check in a fraud warning, a card number failing Luhn
 * in a scam SMS, a CPF failing its check digits, a Luhn-failing 16-digit traceability code, a malformed Mauritian NIC,
 * container, lot, ticket and HS numbers, "112 km", a git hash, and emergency numbers (999, and 119 in Seoul, labelled
 * clean as an emergency short number). Phones in the national and international formats of all twenty countries,
 * including toll-free (0800) and Saudi unified (920) numbers, an extension and an area code in brackets.
 *
 * Names and markers: the policy's code names also appear in their ordinary sense (Orion the constellation and the
 * Korean snack brand, a kestrel nesting and hovering, a Kestrel handheld weather meter, "l'Atlas bleu" for the Moroccan
 * mountains), client names as look-alikes (CME Globex, Initech in Office Space, a Sainte-Claire chapel, Société
 * Générale); explicit markers (CONFIDENTIAL, STRICTLY CONFIDENTIAL, CONFIDENTIEL, [INTERNAL], INTERNAL USE ONLY,
 * INTERNE, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED, EMBARGOED UNTIL, SOUS NDA, Classification: Internal / Restreint /
 * Confidentiel) beside harmless mentions (a film title, a workshop on stamps, a trainer quoting a classification line,
 * "confidentiel" in a talk, a "Confidential" stamp tip). Secrets mostly without vendor formats (Wi-Fi and SIP
 * passwords, a signing passphrase, an ERP service account, connection strings, a dashed API key, a Slack webhook, two
 * live-style keys, a Google Maps key) beside placeholders (<your-key-here>, YOUR_KEY_HERE, mm_test_XXXX, "changeme").
 *
 * Conventions: every written email address and phone number is labelled (role mailboxes, obfuscated "[at] [dot]" and
 * "(at) (dot)" forms, toll-free and switchboard numbers included; bare domains are clean); the user:password of a
 * connection string is secret, not email; internal_url for the policy's domains, intranet. hosts, private IPs and
 * .local/.internal/.corp hosts; a supplier's Brazilian CNPJ is labelled national_id like the other national numbers.
 *
 * Counts: 246 posts (185 EN, 46 FR, 15 mixed; 207 LinkedIn, 39 X; 7 comments): 110 clean, 136 with one or more
 * findings. Labels: financial 31, national_id 24, phone 23, confidential_marker 15, secret 14, email 13,
 * internal_url 10, client_name 10, iban 9, codename 8, card 6.
 */
export const FRESH41_POSTS = rows('fresh41', [
  // ── Santiago copper-analytics firm ──
  ['linkedin', 'en', '', `Our concentrate-grade model just hit 94 % accuracy on the Antofagasta blind samples, up from 88 % in March. The public dashboard is at cobreanalytica.cl/dashboards if you want to poke at it.`],
  ['x', 'en', '', `Clear skies over the Atacama last night. Orion hangs upside down from here, which still confuses every engineer we fly in from Toronto. 🌌`],
  ['linkedin', 'en', 'financial', `Quick heads-up for the commercial leads: the board signed off a 2027 analytics budget of USD 4.2M on Tuesday. The mining clients hear about it in January, so keep the number out of decks and calls until then.`],
  ['linkedin', 'en', '', `Codelco reported 1.33 Mt of copper for 2025 in its annual report, and our production nowcast landed within 0.8 % of it. Chart below, methodology in the comments.`],
  ['x', 'en', 'phone', `At Exponor this week? Ping me on WhatsApp, +56 9 6238 1475, and I'll walk you through the grade-control demo at our stand.`],
  ['linkedin', 'en', 'national_id email', `Onboarding checklist (pasted from the HR thread, sorry):
- Contractor: Valentina Rojas
- RUT 15.873.442-7
- Mail: v.rojas@cobreanalytica.cl
- Start: 6 January, Santiago office`],
  ['linkedin', 'fr', 'codename financial', `Petit point d'étape sur Orion : le modèle de prévision tourne maintenant sur 14 fonderies et on vise 1,9 M USD d'ARR d'ici juin. Chiffre interne, il n'a pas encore été présenté au conseil.`],
  ['linkedin', 'en', '', `We're hiring a Senior Geostatistician in Santiago. Salary range CLP 3.800.000–4.600.000 gross per month, hybrid, Spanish and English. Apply at cobreanalytica.cl/careers.`],
  ['linkedin', 'en', 'internal_url secret', `Runbook for the night shift, in case the LME price feed stalls again:
1. restart the collector on 10.40.2.17
2. check the lag panel on grafana.cobre.internal
3. if the DB is stuck: postgresql://feeds:Qv7!tamarugo@10.40.2.20:5432/lme`],
  ['x', 'en', '', `CME Globex copper futures closed at $4.61/lb today. Our nowcast said 4.58. Not bad for a Thursday.`],
  ['linkedin', 'en', 'client_name', `Huge milestone for the team: Globex signed on for our smelter-emissions module across their three Chilean sites. Kick-off in Rancagua next week!`],
  ['linkedin', 'en', 'card', `[14:02] Tomás: can you book the hotel in Calama for Monday?
[14:03] Tomás: use the team card 4532 9175 8204 1632 exp 09/28, the usual one is maxed out`],
  ['linkedin', 'en', '', `Webinar recap: how we use Sentinel-2 imagery to spot seepage around tailings dams months before the piezometers do. Recording at cobreanalytica.cl/webinars.`],
  ['x', 'en', '', `Personal milestone: paid off my student loan today. CLP 14 million over 9 years. Celebrating with a completo italiano.`],

  // ── Buenos Aires fintech ──
  ['linkedin', 'en', 'financial', `Sharing with the squad before the investor update on the 15th: we closed November at ARS 18,400M in processed volume and the Q1 forecast sits at 26,000M. Please don't repost any of this.`],
  ['x', 'en', '', `Monthly inflation came in at 2.4 % per INDEC this morning. Our pricing engine re-indexed every plan in 40 seconds. 🇦🇷`],
  ['linkedin', 'en', 'national_id phone', `Hi Martín, we found your account. CUIT 20-31845709-4 is still linked to the old number +54 9 11 5832-4417; update it in the app and we'll unlock the transfer.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Tip for devs integrating our API: never hardcode keys. Put PAMPA_API_KEY=<your-key-here> in your env file, keep it out of git and rotate every 90 days.`],
  ['linkedin', 'en', 'secret', `Staging is back up. New incoming webhook for the alerts channel: https://hooks.slack.com/services/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`],
  ['x', 'en', 'financial', `Can't say much yet, but the Series B term sheet puts us at a USD 120M pre-money valuation 👀 signing is next Friday.`],
  ['linkedin', 'mixed', 'codename', `Retour du hackathon à Palermo : Project Kestrel passe en bêta fermée la semaine prochaine, and the fraud-scoring squad did an amazing job getting it there.`],
  ['linkedin', 'en', '', `Our 2025 annual report is out: revenue ARS 92,000M, up 61 % year on year, 3.1 million active wallets. Full PDF on pampapay.com.ar/investors.`],
  ['linkedin', 'en', 'email', `Got an email pretending to be us? Forward it to seguridad@pampapay.com.ar. We never ask for your clave or your token by SMS.`],
  ['linkedin', 'en', 'card', `QA note: the 5528 3041 7692 0583 in the sandbox fixtures is NOT a test card. It's Lucía's real Mastercard from a demo last week. Remove it from the repo today please.`],
  ['linkedin', 'en', '', `For sandbox testing use 4111 1111 1111 1111 with any future expiry and CVV 123. Real cards are rejected in staging by design.`],
  ['linkedin', 'en', '', `Scam SMS going around: "Tu tarjeta 4532 9175 8204 1633 fue bloqueada, ingresá acá". That number doesn't even pass the Luhn check. Don't click, and report it to your bank.`],
  ['linkedin', 'en', '', `Rewatched Office Space over the weekend. Every fintech has a little Initech in it: the TPS reports, the printer, the stapler.`],
  ['linkedin', 'mixed', 'secret', `Pour l'intégration avec le partenaire parisien : the sandbox is fine, mais la prod utilise le token ppx_prod_5Hq8Lm2Wz0Rt7Yk4, à ne jamais committer.`],
  ['linkedin', 'en', 'national_id', `Onboarding paste for the compliance analyst starting Monday: Sofía Benítez, DNI 35.126.480, CUIL 27-35126480-8. Contract is in the shared drive.`],

  // ── Bogotá coffee exporter ──
  ['linkedin', 'en', '', `Our Huila lot 2417 scored 87.5 at this morning's cupping. 275 bags of HS 0901.11 green coffee leave Buenaventura on Friday.`],
  ['linkedin', 'en', 'financial', `Pricing preview for the roasting accounts: from 1 February our FOB price for Excelso EP moves to USD 4.35/lb. Clients get the letter on Monday, so keep it inside the sales team until then.`],
  ['linkedin', 'en', 'phone email', `Coming to Bogotá for the specialty coffee fair? Book a cupping with our green buyer Camila: +57 310 482 7719 or camila.arango@cafetalandino.co`],
  ['x', 'en', '', `The ICE arabica C contract settled at 3.82 USD/lb yesterday. Wild times for everyone in the chain, from farm to barista.`],
  ['linkedin', 'fr', 'client_name financial', `Bonne nouvelle pour l'équipe export : Société Générique confirme 40 conteneurs pour sa branche café en 2027, environ 2,6 M USD. Rien n'est signé, donc on n'en parle pas encore dehors.`],
  ['linkedin', 'en', 'national_id', `HR note for payroll: the new warehouse lead Andrés Felipe Cárdenas, C.C. 1.020.734.615, joins the Siberia dry mill on the 8th.`],
  ['linkedin', 'en', '', `Cupping tip from 30 years of tasters: slurp loud, spit neatly, and write the score down before anyone talks.`],
  ['linkedin', 'en', 'internal_url', `Sample tracking has moved: log your cupping scores at http://intranet.cafetalandino.co/cata from today, the old spreadsheet is frozen.`],
  ['x', 'en', '', `A kestrel has been nesting on the dry-mill roof in Pitalito for three weeks. The team named her Doña Pepa. 🦅`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL
Q4 harvest hedge: 1,200 bags sold forward at 3.71 USD/lb, gross margin target 14 %. Not for distribution outside the trading committee.`],
  ['linkedin', 'en', '', `Ran a workshop on export paperwork today, including what a "CONFIDENTIAL" stamp on a phytosanitary certificate actually means. Spoiler: nothing at all to customs.`],
  ['linkedin', 'en', '', `Thanks Jorge! Your 20 bags ship from Buenaventura on the 12th, and tracking will show up in your buyer portal.`, { surface: 'comment' }],

  // ── Lima mining contractor ──
  ['linkedin', 'en', 'national_id phone', `Wallet found at the Cerro Verde camp gate with a DNI 45871236 in the name of Jhon Quispe. If it's yours, call the camp office on +51 987 214 603.`],
  ['linkedin', 'en', '', `2,000,000 hours without a lost-time injury on our Toquepala haul-road contract. Proud of every single operator.`],
  ['linkedin', 'en', 'financial', `Our bid for the tailings expansion went in at USD 38.7M this morning. Envelopes open on 20 January. Fingers crossed, and please don't share the figure outside the tender team.`],
  ['x', 'en', 'codename', `Field test of Nébula telemetry on the CAT 797s went flawlessly at 4,300 m. Next stop: the night shift.`],
  ['linkedin', 'en', '', `Peru's mining exports reached about USD 46 billion last year according to the central bank. Contractors like us are still the bottleneck on new projects.`],
  ['linkedin', 'fr', '', `Ma première semaine à Arequipa : le Misti au lever du soleil, une ville à 2 335 m d'altitude et déjà trois cafés par jour pour tenir.`],
  ['linkedin', 'en', 'secret internal_url', `Wi-Fi for the new Moquegua site office:
SSID: RM-CAMPO-5G
Password: Vicuña2025!site
Router admin: 192.168.50.1`],
  ['linkedin', 'en', 'email', `Suppliers: invoices for the Las Bambas work package now go to cuentasporpagar [at] rutaminera [dot] pe. Paper invoices will no longer be processed.`],
  ['linkedin', 'en', '', `Our procurement portal lives at proveedores.rutaminera.pe. Register there, please don't DM invoices to our engineers.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Phishing campaign targeting our payroll clerks with fake SUNAT notices. Share only with your security focal points.`],
  ['linkedin', 'fr', 'national_id', `Fiche d'accueil collée par erreur dans le mauvais groupe : DNI 70214589-4, technicien de maintenance, arrivée lundi à Cerro Verde.`],
  ['linkedin', 'fr', '', `Le cuivre pèse à peu près 30 % des exportations péruviennes selon la banque centrale. Notre métier de sous-traitant est discret, mais rien ne sort de la mine sans routes.`],

  // ── São Paulo logistics firm (English) ──
  ['linkedin', 'en', 'national_id iban', `Supplier update: Transportes Serra Azul Ltda, CNPJ 41.827.365/0001-71, has a new account, IBAN BR32 3418 2045 5000 1283 9467 051P 1. Please update it before the next payment run.`],
  ['x', 'en', '', `São Paulo at 6pm: 112 km of jams citywide. Our trucks rerouted via the Rodoanel and saved 38 minutes on average.`],
  ['linkedin', 'en', 'phone', `Driver hotline is now 0800 771 4250, free and 24/7. Please update the sticker in every cab this week.`],
  ['linkedin', 'en', 'financial', `Ops leads: the 2026 freight budget landed at BRL 214M after the board's cut. Finance presents it to the carriers in March, until then it stays in this group.`],
  ['linkedin', 'en', '', `Container MSCU 482731-6 arrived at Santos two days early. Love it when a plan comes together.`],
  ['linkedin', 'en', 'national_id', `[09:14] Bruna: new driver's CPF is 381.526.947-46, can you register him in the tachograph system before his first run?`],
  ['linkedin', 'en', '', `PSA for HR teams: a CPF like 123.456.789-00 passes a naive format check but fails the check digits. Validate both digits before you store anything.`],
  ['linkedin', 'mixed', 'client_name', `Kick-off avec Hôpital Sainte-Claire today: we now run their cold-chain vaccine deliveries out of Guarulhos. Super fier de l'équipe.`],
  ['x', 'en', 'internal_url', `Whoever set http://docks.rodovia.local:8080 as the homepage on every dock tablet: thank you, genius.`],
  ['linkedin', 'en', '', `We're hiring 40 truck drivers in Campinas. BRL 4,800 a month plus meal voucher and health plan. Apply on our careers page.`],
  ['linkedin', 'en', 'secret', `Post-mortem, short version: the tracking API went down because the key was rotated on the server but not in the Android build. The new one is 7Gx2-pLq9-Rv4T-kW8z, please update your env files.`],

  // ── Seoul battery maker ──
  ['linkedin', 'en', '', `Orion Choco Pies for the whole floor after our 46-series cell passed UN 38.3 certification! 🍫🔋`],
  ['linkedin', 'en', 'codename financial', `Atlas Bleu update for the steering group: cell cost is down to USD 71/kWh against a target of 78. Please don't circulate before the February board.`],
  ['x', 'en', 'phone', `Recruiters: my direct line is 010-4827-3315. Text first please, I'm on the line in Ochang all week.`],
  ['linkedin', 'en', 'national_id', `Visa paperwork for our new process engineer: RRN 930715-1038461, please file before Friday so he can start in January.`],
  ['linkedin', 'en', '', `Watched "Confidential Assignment" again on the flight to Detroit. Still the best North–South buddy-cop film.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Dry-room humidity excursion on line 3, 02:10–03:40. Root cause: desiccant wheel bearing. Affected lots are on hold.`],
  ['linkedin', 'en', '', `Korea's battery exports fell 8 % in October per the ministry's data. Tough quarter for everyone; we keep investing in LFP.`],
  ['linkedin', 'en', 'email internal_url', `New QA escalation path: write to cellqa-escalation@hanbitcell.co.kr and attach the MES link for the lot (mes.hanbit.corp/lot/...).`],
  ['x', 'en', '', `Safety reminder at the Cheongju plant: in a fire call 119 first, then your floor warden.`],
  ['linkedin', 'mixed', 'financial', `Un mot pour nos partenaires français : our 2027 cell price will be 84 USD/kWh. L'annonce officielle se fait au salon de Paris en mars, d'ici là motus.`],
  ['linkedin', 'en', 'card', `Someone dropped a card in the canteen: 3530 1187 4529 0364. It's at reception on the 2nd floor.`],
  ['x', 'en', '', `Seoul to Ochang by KTX plus shuttle: 51 minutes. Three podcast episodes queued for the ride.`],
  ['x', 'en', '', `Git confession: commit 3f9c2a7e1b is where we fixed the BMS rounding bug, and yes, I now know hashes by heart.`],
  ['linkedin', 'en', '', `Spec sheet for the new 4680-LFP cell: 3.2 V, 55 Ah, lot 2025-1104-0731 on the first samples. The datasheet is public on our website.`],

  // ── Taipei chip-test lab ──
  ['linkedin', 'en', '', `Our new probe station does 12,800 touchdowns per hour on 3 nm wafers. Open-house tour for students on 12 December.`],
  ['linkedin', 'en', 'national_id phone', `Pasted from the visitor log by mistake: ID F228416577, mobile 0928-617-443. Sorry, removed from the sheet too.`],
  ['x', 'en', '', `Fun fact: A123456789 is the textbook example of a valid Taiwan ID. Please stop using it as test data in production forms.`],
  ['linkedin', 'en', 'financial', `Test-floor pricing for 2026, not yet quoted to customers: CP test at NTD 0.42 per die, FT at 0.95. Sales sends the quotes after the 10th.`],
  ['linkedin', 'en', 'client_name', `Proud to share that Initech selected us for wafer-level burn-in of their automotive MCU line.`],
  ['linkedin', 'en', 'internal_url secret', `Config for the new tester cell:
TESTER_HOST=10.12.88.4
LOT_DB=mysql://probeops:Tp3i_Wafer#77@10.12.88.9/lots`],
  ['linkedin', 'en', '', `Watched a kestrel hover over the Hsinchu science park car park during lunch. Nature finds a way.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Restreint
Rapport de corrélation entre testeurs V93000 et J750, lots 8812 à 8830. Ne pas transférer hors de l'équipe.`],
  ['x', 'en', '', `Taiwan's 2025 semiconductor output topped NTD 5 trillion per the industry association. Big numbers, tiny transistors.`],
  ['linkedin', 'en', '', `Mid-Autumn barbecue on the lab roof: 14 kg of pork, 0 wafers harmed.`],

  // ── Hong Kong trade-finance house ──
  ['linkedin', 'en', 'national_id', `KYC backlog paste (sorry!): director's HKID K518274(3), passport copy to follow tomorrow.`],
  ['linkedin', 'en', '', `Training slide of the week: how the HKID check digit works, explained with the classic A123456(3) sample.`],
  ['linkedin', 'en', 'financial', `Board pack preview: letter-of-credit volumes for FY26 forecast at HKD 6.8bn, pending board sign-off on 19 December. Please don't quote it externally.`],
  ['x', 'en', 'confidential_marker', `EMBARGOED UNTIL 09:00 HKT 8 DEC
Harbour Bills partners with a Shenzhen port operator for paperless bills of lading.`],
  ['linkedin', 'en', '', `The HKMA's latest bulletin shows trade-finance loans in Hong Kong up 3.1 % in Q3. Good read for anyone in our corner of the market.`],
  ['linkedin', 'en', 'phone email', `Hi Mr Chan, your LC amendment is with our desk. You can reach Carmen directly on +852 9134 7720 or carmen.lau@harbourbills.hk.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `Beneficiary update from our Dubai correspondent: AE28 0330 0000 1910 0928 475, SWIFT to follow. Do not pay the old account.`],
  ['linkedin', 'en', '', `Fraud alert: a fake invoice is circulating with "our" IBAN AE28 0330 0000 1910 0928 575. It's a scam. Call your RM to verify any change of details.`],
  ['x', 'en', '', `Typhoon signal No. 8 is up. Office closed, stay home, stay safe. Emergencies: 999.`],
  ['linkedin', 'mixed', 'confidential_marker financial', `STRICTLY CONFIDENTIAL
Draft pricing pour le desk français : 1.15 % per annum on supply-chain finance, effective en janvier, avant l'annonce aux clients.`],
  ['linkedin', 'en', '', `Proud to share our audited FY25 results: net fee income HKD 412M, published on HKEX this morning.`],
  ['linkedin', 'en', '', `Congratulations to a long-time partner on its HKD 2.3bn rights issue, announced on HKEX this morning. Trade finance is still a growth story in this city.`],

  // ── Shenzhen drone maker (English) ──
  ['linkedin', 'en', '', `Tested our survey drone next to a Kestrel 5500 weather meter in 11 m/s gusts. It still held position within 10 cm.`],
  ['linkedin', 'en', 'codename', `Day 42 of Project Kestrel: the folding arm passed 20,000 cycles. Proud of the mech team.`],
  ['linkedin', 'en', 'national_id', `Pasting the courier form: recipient Li Wei, ID 440305198706234818. Please ship the repaired gimbal to the Nanshan office.`],
  ['linkedin', 'en', '', `Dev tip: 11010519491231002X is the standard example ID from the GB 11643 spec. Use it in unit tests, never a real one.`],
  ['x', 'en', 'phone', `Distributors in the Gulf: WeChat or call me on +86 138 2741 9056, I'll be at stand 14 at the Dubai Airshow.`],
  ['linkedin', 'en', 'financial', `Margin on the X9 enterprise kit is now 41 % with the new motor supplier. Finance wants it kept quiet until the pricing review in March.`],
  ['linkedin', 'en', 'secret', `I pasted the firmware-signing passphrase in the team channel earlier: it was huaqiang-north-88-FLY. Rotate it now please.`],
  ['linkedin', 'en', '', `Firmware 4.2.7 changelog: faster RTK fix, battery telemetry rounding fixed, new "return to dock" chime. The SHA-256 of the package is on our download page.`],
  ['linkedin', 'en', '', `Our SDK README uses AWS's AKIAIOSFODNN7EXAMPLE placeholder in the S3 upload sample. A customer emailed to ask whether it had leaked. It's the documentation key, all good.`],
  ['x', 'en', '', `Drone show over Shenzhen Bay last night: 10,197 drones. We only built 300 of them 😄`],
  ['linkedin', 'mixed', 'internal_url', `Pour nos partenaires francophones, les manuels sont sur https://docs.skyreed.internal/fr. Ah non, that's our internal wiki, ignore it: the public one is skyreed.com/fr/support.`],
  ['linkedin', 'en', 'card', `Expense-report fail: I pasted the corporate UnionPay 6214 8390 2617 4382 054 into the vendor form's comment field. Finance is cancelling it.`],
  ['x', 'en', '', `1/ How we got our 25 kg delivery drone through type certification: 14 months, 3,000 flight hours, two redesigns of the parachute.`],
  ['x', 'en', '', `2/ Biggest lesson: log everything. The auditors asked for flight 1,847 specifically and we had it on screen in 4 minutes.`],

  // ── Bangkok hotel group ──
  ['linkedin', 'en', '', `Loy Krathong on the riverfront terrace: 600 guests, 1,200 krathongs, zero plastic. Well done, team!`],
  ['linkedin', 'en', 'secret', `Welcome to the Riverside team! Staff Wi-Fi is CPH-Staff, pw MangoSticky#2024. Guest Wi-Fi stays open.`],
  ['linkedin', 'en', 'national_id phone', `Khun Somchai, we found your ID card in room 1408 (1-1015-00471-28-1). Please collect it at the front desk or call 02-118-7400.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Revenue managers: the group's 2026 ADR target is THB 6,850, and the RevPAR budget goes to the owners on 14 January. Not public until then.`],
  ['x', 'en', '', `Thailand welcomed 35.5 million international arrivals in 2024 per the tourism authority. Bangkok is still our busiest city.`],
  ['linkedin', 'fr', '', `Merci à nos hôtes français pour le 4,8/5 ce mois-ci. Le brunch du dimanche reste à 1 990 THB net, comme affiché au restaurant.`],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL USE ONLY
Sales playbook v3: rate fences for MICE groups above 80 rooms.`],
  ['linkedin', 'en', '', `Our new sky bar opens on 1 February. Reservations on chaophrayahotels.com, and no, we don't take bookings by DM 😅`],
  ['linkedin', 'mixed', 'client_name', `Big thanks à l'équipe événementielle: the Société Générique Asia offsite went perfectly. 3 jours, 180 participants, zéro réclamation.`],
  ['x', 'mixed', '', `Sondage pour nos clients francophones : which breakfast do you miss most? 1) croissant 2) khao tom 3) les deux 🥐🍚`],
  ['linkedin', 'en', 'card', `Night-audit reminder: guest card numbers do NOT go in the shift log. Last night's log had 2223 1058 4731 9047 written in full. Shred it and redo the training.`],

  // ── Ho Chi Minh City garment exporter ──
  ['linkedin', 'en', 'national_id', `Payroll fix (pasted from Zalo): worker Nguyễn Thị Hoa, CCCD 079192004417, missing overtime for October.`],
  ['linkedin', 'en', '', `We shipped 420,000 pieces to Europe this season, all with recycled-poly labels. Mostly HS 6109.10 tees.`],
  ['linkedin', 'en', 'financial', `FOB quotes for the SS27 collection, before we send them to buyers next week: USD 3.85/pc for the basic tee, 7.20 for the hoodie.`],
  ['linkedin', 'fr', 'client_name financial', `Bonne nouvelle : Globex Retail nous confie 180 000 pièces pour l'été, un contrat de 1,1 M USD. Signature prévue le 20, rien n'est encore annoncé.`],
  ['x', 'en', '', `The factory canteen's phở bò is 25,000 VND. Best lunch deal in District 7.`],
  ['linkedin', 'en', '', `Audit-season tip: a "Confidential" stamp on your BOMs protects nothing if the Dropbox link is public. Fix the link first.`],
  ['linkedin', 'en', 'iban', `Our Lyon buyer changed banks, so the deposit refund goes to FR76 3000 4028 3700 0103 8271 592. Finance, confirm by phone before paying.`],
  ['linkedin', 'en', '', `8 years, 3 factories, 1 team. Today I leave Saigon Stitchworks to study in Lyon. Cảm ơn tất cả!`],
  ['linkedin', 'mixed', 'confidential_marker', `CONFIDENTIEL
Audit social Q4 : 3 non-conformités mineures à l'usine de Bình Dương, plan d'action pour le 15/01. Do not forward to buyers yet.`],
  ['linkedin', 'fr', 'phone', `Pour nos acheteurs français en visite : notre bureau de Saigon répond au 028 3822 9156, du lundi au samedi.`],
  ['linkedin', 'en', 'secret', `ERP service account for the Bình Dương scanners: user scan_svc, password Ao-dai_77_kho. Change it when you're back from Tết.`],

  // ── Jakarta ride-hailing firm ──
  ['linkedin', 'en', 'national_id phone', `Driver verified: Budi Santoso, NIK 3578121503880005, phone +62 812-8833-4720. Activation done.`],
  ['linkedin', 'en', '', `1 million rides in a single day across Jabodetabek yesterday. Terima kasih, drivers!`],
  ['linkedin', 'en', 'financial', `Take-rate change for motorbike rides: 18 % → 20 % from 1 February. Drivers are told on the 20th, keep it internal until the town hall.`],
  ['x', 'en', 'secret', `lol someone posted the maps key in #general: AIzaSyB3x-9KqL0mP7wRt2VnYc4dHf8GjZ1sQe6 — rotating now`],
  ['linkedin', 'en', '', `Docs update: .env.example now says MAPS_KEY=YOUR_KEY_HERE. Never commit the real one.`],
  ['linkedin', 'en', 'internal_url', `Driver-support agents: the new macro library is at https://support.jalanku.corp/macros. The old Notion page is archived.`],
  ['linkedin', 'en', '', `Jakarta's odd-even rule now covers 26 roads. Our ETA model already knows your plate parity.`],
  ['linkedin', 'fr', '', `Trois mois à Jakarta : 35 °C, 11 millions d'habitants et un trafic que même notre algorithme respecte.`],
  ['x', 'en', 'codename', `Orion v2 pricing is live in Surabaya 🚀 surge now updates every 15 seconds.`],
  ['linkedin', 'en', 'phone', `Hi Rina, sorry about the lost bag. Our lost-and-found desk can help on (021) 5091 2277, weekdays 9–17.`, { surface: 'comment' }],

  // ── Karachi textile mill ──
  ['linkedin', 'en', 'national_id', `Lost CNIC found at Gate 3: 42101-5287391-6. Owner please collect it from security.`],
  ['linkedin', 'en', '', `Our denim line hit 1.2 million metres in November. The SITE-area power cuts didn't stop us.`],
  ['linkedin', 'en', 'iban', `Export proceeds account has changed. New IBAN: PK24 MEZN 0001 2901 0472 9315. Buyers, please update your remittance instructions.`],
  ['linkedin', 'en', '', `The sample IBAN on our bank's form, PK36 SCBL 0000 0011 2345 6702, is NOT ours. Use the account printed on the proforma.`],
  ['linkedin', 'en', 'financial', `Yarn is up 11 %, so the new price for 10-oz denim will be USD 3.10/m from March. Customers haven't been told; keep it inside merchandising.`],
  ['linkedin', 'en', '', `Pakistan's textile exports reached about USD 16.7bn in FY25. The mills that invested in solar are the ones still smiling.`],
  ['linkedin', 'mixed', 'confidential_marker', `SOUS NDA
Tech pack pour la collection bio d'une marque française, sampling starts next week.`],
  ['linkedin', 'en', 'email phone', `HR: leave applications now go to hr.leave@indusloom.pk or 021-3587-2210 ext 114.`],
  ['linkedin', 'en', '', `Eid Mubarak from the whole mill family! Gates reopen on Thursday.`],
  ['linkedin', 'en', '', `Our compliance trainer asked the room what "Classification: Internal" on a fabric spec sheet actually protects. Best discussion of the week.`],
  ['linkedin', 'en', 'financial', `Board approved Rs 2.1bn capex for the new spinning unit. The PSX notice goes out Monday, so it stays in this group until then.`],
  ['linkedin', 'en', '', `Our PSX announcement today: the board approved Rs 2.1bn of capex for the new spinning unit. Details in the filing.`],

  // ── Cairo call centre ──
  ['linkedin', 'en', 'national_id', `Agent verification paste: Mona Adel, national ID 28903140102347, start date 3 January.`],
  ['linkedin', 'en', '', `Our French-speaking desk passed 92 % CSAT in November. Shout-out to the Maadi night shift!`],
  ['linkedin', 'fr', 'phone', `Recrutement : nous cherchons 30 conseillers francophones au Caire. Appelez Dina au +20 100 284 7731 entre 10 h et 16 h.`],
  ['linkedin', 'en', 'financial', `Draft: we're quoting the telecom tender at USD 6.40 per productive hour, our lowest ever. The final price goes to the procurement committee on the 22nd, don't share it.`],
  ['linkedin', 'en', 'secret', `IT note pasted in the wrong chat: the softphone SIP password for the French campaign is Nil3-Cairo-sip-2208. Change it on first login.`],
  ['linkedin', 'en', '', `Phishing-test results: 23 % of agents typed a password into our fake page. The field's grey placeholder said "changeme" 🙈`],
  ['linkedin', 'fr', 'email', `Candidatures pour le plateau francophone : recrutement.fr@nilecontact.com.eg (CV et enregistrement vocal de deux minutes).`],
  ['linkedin', 'en', 'iban', `Payroll bank switch: from January salaries come from EG14 0003 0103 4000 0004 5287 1900 7, so don't panic at the new sender name.`],
  ['x', 'en', '', `Cairo traffic at 8am: 47 minutes for 9 km. Our work-from-home pilot saved agents 3.1 hours a week.`],
  ['linkedin', 'en', 'confidential_marker client_name', `TLP:RED
Escalation from Initech: a wave of data-subject access requests is expected next week. Only the DPO cell handles it.`],
  ['linkedin', 'en', '', `Our talk at the outsourcing summit, "What a call centre learns from 10 million calls", is online at nilecontact.com.eg/talks.`],
  ['linkedin', 'fr', '', `Notre plateau francophone fête ses 5 ans : 1 200 000 appels traités pour des clients en France, en Belgique et au Québec. Merci à toutes et à tous.`],
  ['linkedin', 'en', '', `Our quality score went from 81.4 to 88.9 in six weeks. Ticket 20251203-4471 was the turning point (long story).`],

  // ── Riyadh construction firm ──
  ['linkedin', 'en', 'national_id phone', `Site pass request (copied from WhatsApp): Iqama 2381640974, foreman Rajesh Kumar, mobile +966 55 218 3390.`],
  ['linkedin', 'en', '', `Topping-out ceremony on the park pavilion today: 14 months, 2.1 million man-hours, zero fatalities.`],
  ['linkedin', 'en', 'financial', `Our tender price for the utilities package: SAR 412M, submitted yesterday. Results expected in Q1, so please keep it off social media.`],
  ['linkedin', 'en', 'iban', `Subcontractors: retention releases are now paid from SA68 1000 0020 1897 3654 2001. Update your vendor records.`],
  ['linkedin', 'en', '', `Reminder: the bank letter with IBAN SA03 8000 0000 6080 1016 7519 in the onboarding pack is the registry's format example, not our account.`],
  ['x', 'en', 'phone', `Unified number for site deliveries: 920 012 345. Don't call the PMs directly please 🙏`],
  ['linkedin', 'en', '', `We're hiring a Senior Planning Engineer (Primavera P6) in Riyadh. SAR 28,000–34,000 monthly package.`],
  ['linkedin', 'mixed', 'codename', `Site walk avec l'équipe de Lyon : Nébula phase 2 slab pours start Sunday, weather permitting.`],
  ['linkedin', 'en', 'internal_url', `Drawings now live on http://10.8.0.45/dms (VPN required). The old SharePoint becomes read-only on Sunday.`],
  ['linkedin', 'en', '', `The midday outdoor-work ban (12:00–15:00) ends on 15 September. Hydration stations stay up all year.`],
  ['linkedin', 'fr', 'financial', `Entre nous, notre marge sur le lot génie civil du stade est de 9,8 %. Le chiffre passe au comité d'investissement jeudi, pas avant.`],
  ['x', 'en', '', `MBA class tonight: we built a toy contractor P&L, revenue SAR 100M, 6 % margin, 90-day receivables. The students found the cash crunch in minutes.`],

  // ── Doha events company ──
  ['linkedin', 'en', 'national_id', `Accreditation paste for the Lusail expo: QID 28735604129, Arjun Menon, catering lead.`],
  ['linkedin', 'en', '', `Half a million visitors over six days at the jewellery exhibition. Our crew slept 4 hours a night and it shows 😅`],
  ['linkedin', 'en', 'iban', `Vendor payment: lighting-rig deposit to QA51 QNBA 0000 0000 0724 8100 3501 3, reference PE-2218.`],
  ['linkedin', 'en', 'financial', `The National Day gala budget came in at QAR 9.2M, approved yesterday but not announced. Please no numbers in your stories.`],
  ['x', 'en', 'phone', `Lost & found from last night's concert: call our events desk on +974 4411 2290.`],
  ['linkedin', 'fr', 'client_name', `Merci à l'Hôpital Sainte-Claire pour sa confiance : nous organisons son congrès médical à Doha en avril.`],
  ['linkedin', 'en', '', `Spent my holiday in Annecy and visited the little Sainte-Claire chapel by the lake. Nothing to do with events, just beautiful.`],
  ['linkedin', 'en', '', `Tip for planners in Qatar: book chilled-water rigs 10 weeks ahead in summer. Learned that one the hard way.`],
  ['linkedin', 'en', '', `Our only ticketing site is tickets.pearlevents.qa. The QR code on the flyer points there and nowhere else, whatever the WhatsApp forwards say.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Internal
Run-of-show v7 for the Katara opening, drone show at 21:15.`],
  ['x', 'en', '', `Doha Metro ran around the clock during the festival. Transport is the real MVP of every big event.`],
  ['x', 'fr', '', `Gala pour 1 200 invités au Musée d'art islamique ce soir. Les équipes techniques sont là depuis 5 h du matin.`],

  // ── Casablanca automotive supplier (French) ──
  ['linkedin', 'fr', 'national_id phone', `Badge et carte perdus au parking de l'usine de Kénitra, CIN BE784512. Contactez l'accueil au 05 22 48 73 10.`],
  ['linkedin', 'fr', '', `Fiers d'avoir livré 2,4 millions de faisceaux électriques cette année. Merci aux 1 800 opératrices et opérateurs de Tanger Med !`],
  ['linkedin', 'fr', 'financial', `Pour l'équipe commerciale : le faisceau moteur passera à 48,30 € pièce au 1er avril. Les constructeurs seront informés fin février, d'ici là on garde ça pour nous.`],
  ['linkedin', 'fr', '', `Week-end dans le Haut Atlas : l'Atlas bleu sous la neige au petit matin, le Toubkal en face et pas un seul mail.`],
  ['linkedin', 'fr', 'codename', `Point d'avancement Atlas Bleu : le nouveau connecteur passe les tests de vibration. Prochaine étape, la validation chez le constructeur.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires fournisseur : merci d'utiliser désormais MA64 0117 8000 0012 2100 0384 7578 pour tous nos règlements.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE
Compte rendu du comité qualité du 3/12 : deux réclamations client, un rappel évité de justesse.`],
  ['linkedin', 'fr', '', `On recrute des techniciens méthodes à Casablanca. Salaire 9 000 à 12 000 MAD brut par mois selon profil, fourchette publiée sur notre page carrières.`],
  ['linkedin', 'fr', 'email', `Pour les stages d'été, écrivez à stages@cablage-atlantique.ma avant le 31 janvier.`],
  ['x', 'fr', 'phone', `Je suis au salon automobile de Tanger, stand B12. Appelez-moi au +212 661-284-917.`],
  ['linkedin', 'fr', '', `Conférence passionnante sur la protection des données dans l'industrie : écrire « confidentiel » en bas d'un mail n'a jamais été une stratégie.`],
  ['linkedin', 'fr', 'secret internal_url', `Procédure réseau pour les nouveaux : se connecter au WiFi « CA-Prod », mot de passe Faisceau@2025, puis ouvrir http://mes.cablage.local/login.`],
  ['linkedin', 'mixed', 'client_name financial', `Globex renouvelle avec nous pour 3 ans : le contrat pèse 14 M€, annonce officielle au salon de janvier. Huge work from the Tanger team!`],
  ['linkedin', 'fr', '', `Débat animé à la cantine sur les frais de la Société Générale. Rien à voir avec nous, mais le couscous du vendredi était parfait.`],

  // ── Accra cocoa trader ──
  ['linkedin', 'en', 'national_id', `Farmer registration, pasted from the form: Kwame Boateng, Ghana Card GHA-718204563-7, Ashanti region.`],
  ['linkedin', 'en', '', `COCOBOD raised the farmgate price to GHS 3,625 per bag. Good news for hundreds of thousands of farming families.`],
  ['linkedin', 'en', 'financial', `Our forward sales for the 2026/27 mid-crop: 18,000 tonnes at an average USD 7,950/t. This stays inside the trading desk until the auditors sign off.`],
  ['x', 'en', 'phone', `Buyers at Amsterdam cocoa week: I'm on +233 24 418 2296 all week.`],
  ['linkedin', 'fr', 'email', `Nos partenaires ivoiriens peuvent désormais écrire à abidjan.desk@goldpod.com.gh pour les contrats en français.`],
  ['linkedin', 'en', '', `Cocoa futures closed above $9,000/t again. Volatility is the only constant in our job.`],
  ['linkedin', 'en', 'card', `Whoever left the card 3748 201957 32648 on the boardroom printer: it's an Amex, and it's now in my drawer.`],
  ['linkedin', 'en', '', `Our bag tags carry a 16-digit traceability code like 2417 0093 3815 5521. It is not a card number, please stop calling the bank 😂`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER+STRICT
Fake purchase orders with our letterhead are circulating. Share only inside your compliance team.`],
  ['linkedin', 'mixed', '', `Retour de San Pedro : la récolte ivoirienne est en retard, but the bean quality looks great. On croise les doigts.`],
  ['linkedin', 'en', '', `Published today: our 2025 sustainability report. 41,000 farmers trained, 12 % average yield uplift. Download it on goldpod.com.gh.`],

  // ── Kampala solar-kiosk start-up ──
  ['linkedin', 'en', 'national_id phone', `Agent application (pasted by mistake): NIN CM91045102PXWK, mobile +256 772 418 305, Gulu district.`],
  ['linkedin', 'en', '', `120 solar kiosks live across northern Uganda, charging 9,000 phones a day. Shout-out to our field techs!`],
  ['linkedin', 'en', 'financial', `Investor update draft, not sent yet: monthly revenue USD 84k, burn 61k, runway 14 months. Please review before Friday.`],
  ['x', 'en', 'secret', `Someone shared the mobile-money API secret in the WhatsApp group: mm_live_7aK2pQ9xR4tW8zL1. Delete it, I'm rotating.`],
  ['linkedin', 'en', '', `Developer docs: sandbox keys look like mm_test_XXXXXXXXXXXX. Never paste anything that starts with mm_live anywhere.`],
  ['linkedin', 'fr', '', `Lever de soleil sur le lac Victoria ce matin, avant l'installation du kiosque de Jinja. ☀️`],
  ['linkedin', 'en', '', `We're hiring five field technicians in Lira. UGX 1,200,000–1,600,000 a month plus a motorbike allowance.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – Board minutes, 28 Nov
Approved the Kenya pilot, paused the Rwanda entry.`],
  ['linkedin', 'mixed', 'email', `Pour les ONG francophones au Burundi : contact us at partners(at)juakiosk(dot)ug, on répond en français.`],
  ['linkedin', 'en', '', `Hi Okello, the kiosk in Arua reopens on Monday after the inverter swap. Thanks for your patience!`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Nos kiosques parlent désormais swahili, anglais et français. Prochaine langue : le luganda, on y travaille.`],

  // ── Mauritius offshore fund administrator (French) ──
  ['linkedin', 'fr', 'national_id', `Dossier KYC collé par erreur : NIC L140389041275F, administrateur du fonds, pièces à compléter avant vendredi.`],
  ['linkedin', 'fr', '', `Maurice est sortie de la liste grise du GAFI en 2021, un tournant pour notre secteur. Retour sur quatre ans de conformité.`],
  ['linkedin', 'fr', 'iban', `Nouvelles coordonnées pour les souscriptions du fonds : MU12 MCBL 0944 0000 0861 2974 000M UR. Merci de ne plus utiliser l'ancien compte.`],
  ['linkedin', 'fr', '', `Formation LCB-FT : l'IBAN MU17 BOMM 0101 1010 3030 0200 000M UR est l'exemple officiel du registre, pratique pour les exercices.`],
  ['linkedin', 'fr', 'financial', `Pour l'équipe : les actifs sous administration atteignent 7,4 Md USD à fin novembre. Chiffre provisoire, à ne pas communiquer avant le rapport annuel.`],
  ['linkedin', 'fr', 'phone email', `Investisseurs : pour toute question sur les rachats, contactez Priya au +230 5 728 1144 ou à priya.ramdin@plfs.mu.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Confidentiel
Note au conseil sur le changement de dépositaire du fonds Indian Ocean Growth.`],
  ['linkedin', 'fr', '', `Nous recrutons un(e) Fund Accountant à Ébène. Rémunération 65 000 à 85 000 MUR par mois, annonce publiée sur notre site.`],
  ['linkedin', 'fr', 'secret', `Mémo IT collé au mauvais endroit : le mot de passe du portail investisseurs est Dodo!Ebene2025, à changer lundi.`],
  ['x', 'fr', '', `Alerte cyclone de classe 2 : bureaux fermés aujourd'hui, restez chez vous. Urgences : 999.`],
  ['linkedin', 'fr', 'client_name', `Société Générique nous confie l'administration de son nouveau fonds de dette privée. Fiers de cette confiance.`],
  ['linkedin', 'mixed', 'national_id', `Rappel KYC, pasted from our checklist with a real file (désolée) : NIC R270792113648D, and the passport copy is expired.`],
  ['linkedin', 'fr', '', `Astuce conformité : un NIC mauricien compte 14 caractères, le dernier est une clé de contrôle. Un « A0000000000000 » reçu par mail, c'est un faux.`],
  ['x', 'fr', 'financial', `Les frais de gestion de notre fonds phare baisseront à 0,85 % au 1er juillet. Annonce aux porteurs en mai, chut 🤫`],
  ['linkedin', 'fr', 'email', `Bonjour M. Li, merci de renvoyer le formulaire signé à investor.services@plfs.mu, nous traiterons le rachat sous 48 h.`, { surface: 'comment' }],
]);
