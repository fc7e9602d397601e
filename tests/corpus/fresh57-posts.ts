import { rows } from './corpus-types';

/**
 * Held-out set "fresh57": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh57`.
 * First scored 2026-12-04 21:02 UTC on the rules of dc6e0a5 (the findings of ba23dba), before any fix from it:
 * confidentiality macro F1 0.941, 4.3 % of clean posts flagged (5 of 116);
 * financial 0.833, national_id 0.800, phone 0.850, card 0.923, confidential_marker 0.947, the others 1.000.
 *
 * Authors: employees in Spain, Portugal, Mexico and Brazil writing in English or French (a few mixed FR/EN posts),
 * focused on procurement, supply chain and customer support: a Zaragoza logistics hub, a Bilbao forging supplier and a
 * Bilbao supply-chain start-up, a Valencia citrus exporter, a Valencia port-crane maintenance bidder, a Getafe warehouse,
 * a Madrid pharma warehouse, a Madrid e-commerce support team, a Barcelona fulfilment centre, a Sevilla aerostructures
 * subcontractor, a Vigo cannery; a Porto cork maker, a Lisbon support outsourcer, an Aveiro ceramics plant, Leiria mould
 * makers, a Braga electronics plant, the Sines container terminal, a Douro wine exporter; a Monterrey auto-parts tier-2,
 * a Guadalajara electronics plant, a Querétaro MRO hangar, a Mexico City retail chain, a Puebla textile plant, a Tijuana
 * maquiladora, a hospital-bed maker in a federal tender; a São Paulo marketplace, a Curitiba agritech, a Manaus
 * free-zone plant, the Santos terminal, a Recife contact centre, a Porto Alegre warehouse. Forms: team wins, supplier
 * onboarding notices, RFQs and RFP covers, tender bids and awards, shipment-delay alerts, support macros and signatures,
 * customer replies (surface 'comment', 10), chat lines pasted by mistake, meeting notes, scorecard tables, config
 * snippets, changelogs, post-mortems, warehouse shift notices, supplier bank-detail notices, payroll and HR asides, job
 * ads with published salary ranges, live posts from events, polls, a four-post X thread, goodbyes and tips. Many
 * positives have a near-twin clean post with the sensitive part removed or replaced.
 *
 * Conventions: every written email address is email (role mailboxes included; bare domains and @handles are not);
 * every written phone number is phone (switchboards, hotlines, toll-free 900/800/0800 lines, WhatsApp numbers; ES, PT,
 * MX and BR formats with and without the country code), emergency short numbers (911) are not; confidential_marker only
 * for explicit labels (CONFIDENTIEL on an RFP cover, [INTERNAL], INTERNE, SOUS NDA, EMBARGO jusqu'au…, TLP:AMBER,
 * TLP:RED, Classification: Restricted, a CONFIDENTIAL subject line), not for discussions of the words (stamping
 * CONFIDENTIAL on RFPs, the TLP levels explained, a phishing subject quoted, an HS-code "Classification:", embargoes
 * discussed); financial for the company's own figure with a sign it is not public yet: savings before the board, a
 * sealed tender bid before opening, an export price and a price rise before customers are told, a warehouse budget
 * before the works council, a call-off volume before a supplier day, year-end sales before the stock-exchange filing,
 * a savings target, a draft scorecard spend and budget, a verbal contract value, ARR before a Series B, a pre-money
 * valuation, a commission rise before sellers are told, a supplier-financing pipeline, a new service price before
 * launch, subsidiary revenue before consolidation, a phase-2 estimate awaiting the investment committee; beside clean
 * published results, published tender awards, public price lists, other companies' fees and prices, market indices,
 * trade-association and central-bank figures, an announced Series A, a teaching example and published job-ad salaries.
 * secret: logins with passwords (scanner, SFTP, terminal, door panel, NAS, tablet), a Wi-Fi password, a hex API key, a
 * UUID API token, a database URL's credentials, a Slack and a Teams webhook with their tokens; clean: placeholders
 * (USER:PASSWORD, <votre-clé>, the all-zero sandbox token, the Slack docs example, "changeme") and a published sha256
 * checksum. internal_url: the policy's domains (acme-corp.net, corp.acme.com), an intranet. host, private IPs, .local,
 * .internal and .corp hosts; public company sites and status pages are clean. Every IBAN, card and national id positive
 * was computed with a throwaway script outside the repo: ES IBANs with both control digits and mod 97, PT IBANs with the
 * NIB check (PT50), BR IBANs (29 characters) by mod 97; Luhn for Visa, Mastercard (5- and 2-series), Amex, Elo and
 * Hipercard; the DNI and NIE letter (mod 23), the Spanish social-security number (mod 97), the Portuguese NIF (mod 11),
 * the Brazilian CPF (two mod-11 digits) and PIS, the Mexican CURP check digit and the IMSS number (Luhn). Look-alikes:
 * a masked IBAN, an ES IBAN and a card with one digit changed, the documented ES, PT and BR example IBANs, Stripe's 4242
 * test card, a masked card, the Spanish specimen DNI 99999999R, a DNI with the wrong letter, a NIF, a CPF and a CURP
 * failing their check digits, a placeholder CURP and the X1234567L example NIE, a company tax ID, a container number, order and
 * postcode digits. The policy's names also appear in their ordinary sense: Orion rising and the Orion nebula, the Crab
 * Nebula, kestrels on a rack and over a cross-dock, a blue Atlas cedar and the Atlas Mountains, Office Space's Initech,
 * Société Générale, a Sainte-Claire church.
 *
 * Counts: 247 posts (183 EN, 51 FR, 13 mixed; 217 LinkedIn, 30 X; 10 comments): 116 clean, 131 with one or more
 * findings. Labels: financial 25, phone 23, email 18, national_id 14, secret 12, internal_url 11, client_name 10,
 * iban 9, codename 9, confidential_marker 9, card 7.
 */
export const FRESH57_POSTS = rows('fresh57', [
  // Spain: procurement, supplier onboarding, tenders, warehouses
  ['linkedin', 'en', '', `Eighteen months ago, onboarding a new supplier at our Zaragoza hub took 41 days: six forms, three signatures, one fax (yes). This week we onboarded a pallet-repair company in 9 days, end to end.

What changed:
• one shared checklist instead of four
• tax and social-security certificates pulled from the public registries, not emailed
• a named buddy in procurement for every new vendor

Proud of the team. Boring processes are where the time hides.`],
  ['linkedin', 'en', 'financial', `Small brag before it becomes official: the packaging contracts we renegotiated this autumn will save us €1.84M over 2027. Our CFO takes it to the board on the 18th, so please keep the figure in the family until the board has seen it. Huge thanks to Marta and Iñigo for three months of spreadsheets.`],
  ['linkedin', 'fr', 'email phone', `Fournisseurs qui rejoignent notre panel de pièces forgées : pour l'ouverture de votre compte, envoyez le certificat de l'AEAT, l'attestation de la Seguridad Social et votre RIB à alta.proveedores@forjas-nervion.es. Une question sur le dossier ? Itziar vous répond au +34 944 27 18 35 du lundi au jeudi.`],
  ['linkedin', 'en', 'iban email', `Pasting from the vendor-master ticket so the AP team sees it:

"Transportes Ebro SL — change of bank details, effective invoice 2026-0912 onwards.
New account: ES16 2100 0418 4166 9548 6867
Confirmed by phone callback? NO — please confirm with tesoreria@transportes-ebro.es before release."`],
  ['linkedin', 'en', '', `Fraud attempt of the month: an email "from" one of our hauliers asking us to switch payments to ES** **** **** **** **** 6867. The sender domain had one letter swapped. Our rule saved us: no bank-detail change without a callback to the number already on file. Share this with your AP team.`],
  ['x', 'en', 'financial', `Can't say much until the envelopes are opened on Monday, but we put in €3.275M for the port crane maintenance lot in Valencia. Sharpest bid we've ever made 🤞`],
  ['x', 'en', '', `It's public now: the contracting platform just published the award and our consortium won lot 2 of the Valencia crane maintenance tender (€3.1M over 4 years). Notice is on the state procurement portal for anyone curious.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Lucía qui rejoint l'équipe préparation de commandes à Getafe ! 🎉 Petit rappel à la sécurité : il manque encore son DNI pour le badge, c'est le 74147188H, merci de l'activer avant lundi 6h.`],
  ['linkedin', 'fr', '', `Dans nos formations à la vérification d'identité des transporteurs, on utilise le spécimen officiel du DNI espagnol, numéro 99999999R. Il passe le calcul de la lettre mais n'appartient à personne : c'est fait exprès. Si un chauffeur vous le présente, appelez la sécurité.`],
  ['linkedin', 'en', 'codename', `Kickoff day for Project Kestrel in procurement: we shortlisted 14 suppliers for the cold-chain temperature loggers and the first site audits start in Murcia next week. Great energy in the room.`],
  ['linkedin', 'en', '', `We have a new colleague at the Getafe warehouse: a kestrel nesting on top of rack 42. Facilities put up a sign, the forklift drivers take the long way round aisle 7, and the shift leads named her Paca. Breeding season ends in July.`],
  ['linkedin', 'en', 'client_name financial', `Globex confirmed their 2027 call-off volume this morning: 2.4 million units, 38 % more than this year. We're saving the announcement for the supplier day in March, so hush for now — but wow, team.`],
  ['linkedin', 'en', 'secret internal_url', `Night shift, the handhelds lost their pairing again after the update. Quick fix until IT is in:
1. open http://10.40.2.15/pair on the supervisor PC
2. log in as turno_noche / Palet!Norte26
3. re-scan the dock barcode
Sorry for the messy night, we'll have a proper fix Thursday.`],
  ['linkedin', 'fr', 'confidential_marker', `Copie du bandeau de notre dossier pour les transporteurs présélectionnés :

APPEL D'OFFRES — CONFIDENTIEL
Réf. RFP-2026-118 — Transport frigorifique Madrid ⇄ Lisbonne
Dépôt des offres : 9 janvier, 12h (heure de Madrid)

Merci aux sept transporteurs qui ont répondu présents à la visite du quai.`],
  ['linkedin', 'en', '', `Hot take from a procurement lead: we stopped stamping "CONFIDENTIAL" on every RFP page. When everything carries the word, nobody reads it, and the genuinely sensitive annex gets forwarded like the rest. Now only the pricing annex gets a label, and suppliers actually respect it.`],
  ['linkedin', 'en', 'phone', `Heads-up for our B2B customers: the dockers' strike in Algeciras adds 3 to 5 days to inbound containers this week. If your order is stuck, our logistics hotline is 900 83 41 27 (free from Spain), weekdays 8:00–20:00.`],
  ['linkedin', 'en', '', `Algeciras update: the strike ended last night and the terminal is working through the backlog. Expect normal lead times from Monday. You can follow your order with its reference (PED-2026-xxxxxx) on the tracking page of our website.`],
  ['linkedin', 'fr', 'financial', `Grille export 2026/27 bouclée ce soir : la clémentine calibre 2 passe à 0,92 €/kg FOB pour nos importateurs allemands. Ils ne l'ont pas encore, elle part chez eux lundi avec le courrier du directeur commercial.`],
  ['linkedin', 'fr', '', `Dure campagne pour les producteurs : d'après l'observatoire régional des prix, la clémentine a été payée en moyenne 0,31 €/kg au champ en novembre. Les chiffres sont publics et ils font mal.`],
  ['linkedin', 'en', 'email', `Sharing the returns macro we rewrote this week — tone matters:

"Hi {first_name}, I'm sorry your order {order_id} arrived damaged. You don't need to send anything back: reply with a photo, or write to devoluciones@tiendaluz.es, and we'll ship a replacement within 48 h."

Average CSAT on returns went from 3.9 to 4.5.`],
  ['linkedin', 'en', '', `Support macro tip: never open with "As per our policy". Start with what you will do, then the why. Our new delay macro:

"Hi {first_name}, your parcel {tracking_id} is late because of a port strike. It's moving again and should reach you by {eta}. I'll keep an eye on it."`],
  ['linkedin', 'en', 'card', `Pasted from our support channel, because this needs to stop:

[14:02] agent7: customer read me her card over the phone, 4171 1910 9150 2486 exp 09/28, can someone key the refund manually?
[14:03] lead: NO. Delete this. Send the payment link.

Folks, we have a secure link for a reason.`],
  ['linkedin', 'en', '', `Reminder for new support agents: never take card numbers by chat or phone. In the training sandbox use Stripe's test card 4242 4242 4242 4242 — it only works there and that's the point.`],
  ['x', 'en', '', `Procurement people: how long does onboarding a new supplier take where you work?
⏱️ under a week
📅 1–4 weeks
🗓️ 1–3 months
🙃 don't ask`],
  ['linkedin', 'en', 'financial', `The automation budget for our Zaragoza warehouse got the green light yesterday: 6.8 million euros over two years, shuttles and a new sorter included. It gets announced officially after the works council meeting on the 12th — till then, quiet excitement.`],
  ['linkedin', 'en', '', `Job alert — Procurement Analyst, Bilbao (hybrid). Salary band €38,000–€44,000 + 10 % bonus, 23 days of leave, Basque and English a plus. Apply through the careers page; the band is the one in the ad, no surprises.`],
  ['linkedin', 'fr', 'phone', `Entrepôt de Valence : l'équipe du soir commence désormais à 15h au lieu de 16h à partir du 8 décembre. En cas d'absence, prévenez le chef d'équipe au 612 48 93 27 avant 13h.`],
  ['linkedin', 'fr', '', `Entrepôt de Valence : l'équipe du soir commence désormais à 15h au lieu de 16h à partir du 8 décembre. Les absences se déclarent dans l'application planning, comme d'habitude. Merci à tous pour la souplesse pendant le pic de Noël.`],
  ['linkedin', 'en', 'codename', `Lessons from Nébula, our supplier-portal rebuild: we asked 30 vendors what annoyed them most. Top answer: being asked for the same certificate three times. The new portal asks once.`],
  ['linkedin', 'en', '', `Took the warehouse team to the planetarium in Madrid for our year-end outing. The show on the Crab Nebula had twenty forklift drivers in total silence. Best team event we've done.`],
  ['linkedin', 'en', 'email', `Looking for certified pallet suppliers (EPAL) in Castilla-La Mancha for 2027. If that's you, drop a line to compras.palets@logisur-iberia.es with your capacity and certifications.`],
  ['linkedin', 'en', '', `Looking for certified pallet suppliers (EPAL) in Castilla-La Mancha for 2027. If that's you, register on our supplier portal at logisur-iberia.es/proveedores and pick "Pallets" as the category.`],
  // Portugal
  ['linkedin', 'en', '', `Twelve containers of natural cork stoppers left Leixões this week, four days ahead of plan. The planning team rebuilt the harvest schedule twice after the October rain. Obrigado, equipa 🍾`],
  ['linkedin', 'fr', 'phone email', `Nouveau chez nous : une ligne dédiée aux clients francophones du support. Appelez le +351 21 847 3920 (9h-18h, heure de Lisbonne) ou écrivez à support-fr@atlanticdesk.pt. Une équipe de 11 personnes, toutes bilingues.`],
  ['linkedin', 'en', 'iban', `For our suppliers in Portugal: from January our payments leave a new account. If you reconcile by IBAN, please update your records: PT50 0035 0697 3327 3052 0713 9. Nothing else changes on the remittance advice.`],
  ['linkedin', 'en', 'national_id', `Freelance translators working with our support team: the invoice must carry your NIF, not your passport number. Example from mine so you see the format: NIF 242583091, then the usual address block.`],
  ['linkedin', 'en', '', `Today AP rejected an invoice because the NIF 242583093 on it fails the check digit. Turned out the supplier had typed their own number wrong for two years. Validate the control digit at onboarding, it takes a second.`],
  ['linkedin', 'en', 'codename', `Our Atlas Bleu pilot went live on kiln 3 in Aveiro: the gas-flow sensors from the new supplier report every 10 s and the first week already shows the hot spot we suspected. Scaling to kilns 1 and 2 in February.`],
  ['linkedin', 'fr', '', `Pour nos 20 ans, on a planté un cèdre de l'Atlas bleu devant l'entrepôt de Leiria. Dans 30 ans, il fera de l'ombre aux camions 🌲`],
  ['linkedin', 'en', 'internal_url', `Post-mortem, Tuesday's WMS outage (Lisbon DC):
- 07:42 pick lists stop printing
- 07:55 root cause: the DB filled its disk after a log-level change
- 09:10 service restored
Timeline and graphs: https://grafana.ops.acme-corp.net/d/wms-pick?from=now-7d
Action: alerting at 80 % disk, not 95 %.`],
  ['linkedin', 'en', 'confidential_marker', `Notes from this morning, pasting for the team that missed it:

[INTERNAL] S&OP review — week 49
- inbound cork from Alentejo 6 days late, rain
- Leiria moulds: supplier capacity OK for Q1
- decision: move two customers to air freight for December`],
  ['x', 'en', '', `Sines terminal: berth 3 back in service after the crane repair. Updated vessel line-up on our public schedule page. Thanks for your patience, shipping lines.`],
  ['linkedin', 'en', 'secret', `EDI onboarding for new mould suppliers — here's what you need:
host: edi.lusomoldes.pt (port 22)
user: fornecedor_0412
password: Marinha#Grande77
Upload your ASN files to /in, we pick them up every 15 min.`],
  ['linkedin', 'en', '', `EDI onboarding tip from someone who got burnt: never put the SFTP password in the same email as the username. Send it by SMS, and force a change at first login. Also: rotate after every supplier contact change.`],
  ['linkedin', 'fr', 'financial', `Sur nos bouchons techniques, hausse de 7,5 % à partir du 1er mars. Les clients ne sont pas encore au courant : la lettre part la semaine prochaine, signée du directeur commercial. Préparez-vous aux appels.`],
  ['linkedin', 'fr', '', `Notre tarif 2026 est en ligne depuis octobre : bouchon naturel à partir de 0,41 €, bouchon technique à partir de 0,12 €. Pas de hausse en cours d'année, c'est écrit dans les conditions générales.`],
  ['linkedin', 'en', 'phone', `Supplier quality escalation after hours? Our SQE on duty now carries one phone for the whole Braga site: +351 912 384 751, 24/7. Please don't call the production managers' personal numbers anymore 🙏`],
  ['linkedin', 'en', 'phone email', `Vessel agents: from 1 January, berth requests go to berthplanning@sinesterminal.pt and urgent changes to the duty officer on +351 269 860 412. The old fax number is retired — yes, it still received three faxes a week.`],
  ['linkedin', 'en', '', `Vessel agents: from 1 January, berth requests go through the port community system, and urgent changes through the duty officer's channel on the same system. Less email, fewer missed changes.`],
  // Mexico: automotive tier-2, electronics EMS, MRO, retail procurement, maquiladoras
  ['linkedin', 'en', 'client_name', `Huge milestone for our Monterrey plant: first PPAP approval from Initech for the whole brake-bracket family. Eleven months of trials, two tooling changes and one very long night in the metrology lab 🎉`],
  ['linkedin', 'en', '', `Some days procurement feels like Office Space: today someone asked me for "the new cover sheet for the TPS reports". Initech vibes all afternoon. At least nobody took my stapler.`],
  ['linkedin', 'en', 'national_id', `HR, quick one from the Guadalajara line: new hire Rosa G. has her CURP on file (GOMR850312MDFNRS06) but still no IMSS number, and she starts on nights Monday. Can someone chase it today?`],
  ['linkedin', 'en', '', `For colleagues outside Mexico: the CURP is an 18-character population registry code — four letters from the name, the birth date, sex, state, three consonants and two last characters (a differentiator and a check digit). In our training slides we write it as XXXX000000HXXXXX00, never a real one.`],
  ['linkedin', 'fr', 'phone', `Pour nos compagnies aériennes clientes francophones : l'AOG desk de notre atelier de Querétaro répond 24h/24 et 7j/7 au +52 442 196 3840. Une pièce au sol, un appel, un devis en moins d'une heure.`],
  ['x', 'en', '', `Forklift safety week at the Tijuana plant. Rule #1 on every poster: injury → call 911 first, then your shift lead. Not the other way round.`],
  ['linkedin', 'en', 'financial', `The federal tender for hospital beds closes Friday at noon. We're going in at MXN 48.6 million for 1,200 beds — the most aggressive price we've ever offered. Nobody outside the bid team knows the number yet, so that's it from me until the opening.`],
  ['linkedin', 'en', '', `The health institute published the award today: 1,200 hospital beds, MXN 51.2 million, to a competitor from Jalisco. We learned a lot writing that bid. On to the next one.`],
  ['linkedin', 'en', 'email', `RFQ open: corrugated boxes for our Bajío plants, 2.1 million pieces/year across 14 sizes. Quotes to cotizaciones@empaquesdelbajio.mx before 20 December. Specs and drawings available on request.`],
  ['linkedin', 'en', 'internal_url', `Pickers on second shift: the Zebra printers in zone C were moved to a new queue. If your labels don't come out, check http://prn-tj01.corp:631/printers/zebra-c and hit "resume". Thanks to Luis for figuring it out at 2 a.m.`],
  ['linkedin', 'en', 'codename client_name', `Orion is now officially the Globex sourcing program: three plants, forty suppliers, one shared quality plan. Can't wait to show what this team builds in 2027.`],
  ['linkedin', 'en', '', `Clear sky over Querétaro during the night shift — caught Orion rising over hangar 2 between two engine runs. Sometimes the job comes with a view 🌌`],
  ['linkedin', 'fr', 'secret', `Pour les visiteurs de l'usine textile de Puebla cette semaine : réseau Wi-Fi TEXTIL-VISITAS, mot de passe Telar-Rojo-2026. On le change vendredi.`],
  ['linkedin', 'fr', '', `Fini le mot de passe Wi-Fi scotché sur le mur de l'accueil : l'usine de Puebla passe au portail captif. Les visiteurs reçoivent un code valable une journée. Petite victoire de sécurité, grand soulagement pour l'accueil.`],
  ['linkedin', 'en', 'phone', `Good news for customers in Mexico: our after-sales line is now toll-free. Call 800 062 4417, Monday to Saturday, 8:00–20:00 central time.`],
  ['linkedin', 'en', 'financial', `Inside scoop for the store managers: we'll close the fiscal year at MXN 2.3 billion in sales, up 14 %. The figure goes to the stock exchange on 20 February, so keep it off your WhatsApp groups until then.`],
  ['linkedin', 'en', '', `Our FY2025 results, as filed with the stock exchange in February: sales of MXN 2.0 billion, up 9 %, and 38 new stores. The full annual report is on the investor relations site.`],
  ['linkedin', 'en', 'national_id', `Payroll asked me to post this in the plant group, so here it is: Héctor, your IMSS number came back as 82118035748 — please check it matches your card before Friday's run.`],
  ['linkedin', 'en', '', `Maquiladora onboarding tip: ask new hires for their documents through the HR portal, never by WhatsApp. Photos of IDs sitting in a supervisor's phone gallery are a data-protection incident waiting to happen.`],
  ['linkedin', 'en', 'phone email', `Supplier day in Monterrey, 22 January — 60 suppliers, 4 tracks (quality, logistics, sustainability, payments). Register with Daniela: proveedores.mty@autopartes-norte.mx or +52 81 8342 1170.`],
  ['linkedin', 'en', '', `Supplier day in Monterrey, 22 January — 60 suppliers, 4 tracks (quality, logistics, sustainability, payments). Registration form on the supplier portal. Limited to two people per company.`],
  ['x', 'en', 'financial', `Target for next year's indirect-spend savings just landed in my inbox: MXN 95 million. Not announced yet, but I already feel the weight 😅`],
  ['x', 'en', '', `Fun fact from my procurement MBA class: a 2 % saving on a MXN 100 million spend pays for more than most sales pushes do. Textbook, but still true.`],
  ['linkedin', 'en', 'confidential_marker', `Pasting the header of the note we send to shortlisted carriers, because two of them asked what it means:

TLP:AMBER — share with your operations team only
Lane review Nuevo Laredo crossing, Q1 2027

It means: inside your company, need-to-know. Not on social media. Not in your newsletter.`],
  ['linkedin', 'en', '', `Quick explainer for suppliers: the Traffic Light Protocol (TLP) has four levels — CLEAR, GREEN, AMBER, RED. Our public supplier guidelines are TLP:CLEAR, so share them as widely as you like.`],
  ['linkedin', 'en', 'secret internal_url', `Config snippet for the new dock-scheduling service (Guadalajara), in case the vendor asks:

DB_URL=postgres://dock_app:Tq7%21vR2z9wL@10.22.8.31:5432/docks
SCHEDULER_TZ=America/Mexico_City
SLOT_MINUTES=30`],
  ['linkedin', 'en', '', `Config snippet from our dock-scheduling service README, to show how simple it is:

DB_URL=postgres://USER:PASSWORD@HOST:5432/docks
SCHEDULER_TZ=America/Mexico_City
SLOT_MINUTES=30

Everything else has a sane default.`],
  ['linkedin', 'fr', 'phone', `Retards de livraison dans le nord du Mexique à cause des blocages routiers. Les transporteurs partenaires peuvent joindre notre cellule de crise au 33 3615 2209, de 6h à 22h.`],
  ['linkedin', 'en', 'client_name', `Visited Initech's new assembly line in Apodaca today with our quality team. Our brackets go on 40 % of what rolls off it. Hard hats, proud faces.`],
  ['linkedin', 'en', '', `The TPS cover sheet memo finally made it into our procurement onboarding deck as an example of "what not to do". Office Space is 27 years old and still more realistic than most training videos.`],
  // Brazil: marketplace support, agritech, Manaus, Santos, Recife call centre
  ['linkedin', 'en', 'national_id', `Pasted from the support queue by mistake — sorry, deleting soon:

> Cliente: Mariana, CPF 146.315.505-03, pedido 88412, ainda não chegou
> Agent: checking with the carrier now

Anyway: delays in the Northeast are down to 2 days this week 🙌`],
  ['linkedin', 'en', '', `Fraud tip for marketplace sellers: the CPF 808.166.874-81 on this week's suspicious orders fails the check digits. Our checkout now validates the two control digits before accepting an order, and fake-ID orders fell by half.`],
  ['linkedin', 'fr', 'phone', `Vendeurs de notre marketplace : le support vendeurs a maintenant un WhatsApp, +55 11 98347-2615, du lundi au samedi. Réponse moyenne en 6 minutes cette semaine.`],
  ['linkedin', 'en', 'iban', `International customers paying in reais: the account for wire transfers changed this month. New details: BR30 0036 0305 0000 1588 3655 764C 1, beneficiary as before.`],
  ['linkedin', 'en', 'email', `Footwear brands looking for leather suppliers in Rio Grande do Sul: our sourcing desk is growing. Write to fornecedores@calcadosgaucho.com.br with your certifications (LWG or equivalent).`],
  ['x', 'en', 'card', `worst support moment of my week: a customer pasted her full card in the public chat — 5366 5984 9029 3206, exp and CVV too — and our bot replied "thanks, noted!" 🤦 fixing the bot today`],
  ['x', 'en', '', `Support rule we just added: if a customer sends a card number, our bot masks it (**** 3206), deletes the original and sends the secure payment link. No human ever sees it.`],
  ['linkedin', 'en', 'secret', `Our delay-alert bot is live! Every shipment that slips more than 24 h posts to the support channel. If you want it in your team's channel too, just point it at https://hooks.slack.com/services/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 in the settings.`],
  ['linkedin', 'en', '', `Setting up the delay-alert bot yourself? The Slack docs use https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX as the example — replace it with your own and keep yours out of the repo.`],
  ['linkedin', 'en', 'client_name financial', `Signed! Three years of medical-supply logistics for Hôpital Sainte-Claire through our French subsidiary, about R$ 18 million in total. The press release waits for legal, so please no reposting yet.`],
  ['linkedin', 'fr', '', `Séminaire achats à Porto : visite de l'église Sainte-Claire, tout en bois doré. Nos fournisseurs de liège nous ont expliqué que le vrai luxe, c'est la patience.`],
  ['linkedin', 'en', 'phone', `Manaus free-zone suppliers: the inbound receiving desk moved to building B. New number for delivery appointments: (92) 3614-2280, from 7:00 to 16:00.`],
  ['linkedin', 'en', '', `Manaus free-zone suppliers: the inbound receiving desk moved to building B. Book your delivery appointment on the portal at least 24 h ahead. Trucks without an appointment wait in the outer yard.`],
  ['linkedin', 'en', 'financial', `Our soybean-sensor business just crossed R$ 40 million ARR — a number we'll only share publicly with the Series B next quarter. Until then, celebrating quietly in Curitiba 🌱`],
  ['linkedin', 'en', '', `We raised our Series A in 2024 (R$ 60 million, announced at the time) and here's what I'd tell agritech founders: spend the first 10 % on field trials, not on dashboards.`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Thiago qui rejoint le support à Recife ! Pour son contrat, la paie attend encore le PIS 120.34567.89-9… Thiago, envoie-le directement à la RH s'il te plaît, pas sur le groupe 😅`],
  ['linkedin', 'en', 'phone', `Our São Paulo customers can now reach a human in under 2 minutes: 0800 724 3318, free from any Brazilian phone. Proud of the Recife team that made it happen.`],
  ['linkedin', 'en', '', `Our São Paulo customers can now reach a human in under 2 minutes — median wait on the phone line went from 11 minutes to 1 min 50 s in three months. Proud of the Recife team that made it happen.`],
  // Customer replies (comments)
  ['linkedin', 'en', '', `Hi Ana, I'm really sorry your order is late. I've checked and it's in our Lisbon hub; it should reach you on Thursday. Could you send us a private message with the order number so I can follow it personally?`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hello Jorge, thanks for flagging this. For invoices stuck in validation the fastest route is our supplier accounts team: +34 91 356 72 08, option 2. Tell them you're coming from this thread.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour Sandrine, désolé pour ce retard. Pouvez-vous écrire à reclamations@vinhos-douro-export.pt avec votre numéro de commande ? Notre équipe vous répond sous 24h ouvrées.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Sandrine, désolés pour ce retard. Le camion a été bloqué deux jours à la frontière espagnole, il est reparti ce matin. Envoyez-nous un message privé si la livraison n'arrive pas vendredi.`, { surface: 'comment' }],
  ['x', 'en', 'phone', `@carlos_rdz so sorry about the missing part! Please call our parts line at +52 55 4821 9376 and quote the order number, they'll ship a replacement today.`, { surface: 'comment' }],
  ['x', 'en', '', `@carlos_rdz so sorry about the missing part! Send us a DM with the order number and we'll ship a replacement today.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Thanks for the interest, Priya! The RFP documents are sent on request — email licitaciones@aguasdelsur-servicios.es with your company's registration and we'll share the pack.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for the interest, Priya! The RFP documents are on the public procurement platform, under our entity name. Deadline for questions is 15 January.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Merci Hélène ! Pour vous répondre : oui, on a déjà chiffré la phase 2, autour de 420 000 €, mais le comité d'investissement ne l'a pas encore validée. Je vous en dirai plus en février.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Congrats on the new role, Inês! Your supplier-risk work at the last job was the reference for our team. Coffee when you're in Porto?`, { surface: 'comment' }],
  // Tables, notes, changelogs
  ['linkedin', 'en', 'financial', `Week 49 supplier scorecard, pasted from our deck (figures are the draft version for Monday's steering committee):

| Supplier        | OTIF | PPM | Spend YTD |
|-----------------|------|-----|-----------|
| Forjas Norte    | 96 % | 120 | €4.2M     |
| Plásticos Tajo  | 88 % | 410 | €1.9M     |
| Embalex         | 99 % |  35 | €0.7M     |

Plásticos Tajo gets an improvement plan.`],
  ['linkedin', 'en', '', `Week 49 supplier scorecard, the way we share it with suppliers themselves:

| Supplier        | OTIF | PPM |
|-----------------|------|-----|
| Supplier A      | 96 % | 120 |
| Supplier B      | 88 % | 410 |
| Supplier C      | 99 % |  35 |

Everybody sees where they stand against anonymous peers. It works.`],
  ['linkedin', 'en', 'internal_url', `Changelog — supplier portal v3.8 (shipped today)
- suppliers can upload certificates in bulk
- payment status visible per invoice
- fixed: Portuguese accents broken in PDF remittances
Release notes for the team: https://wiki.corp.acme.com/procurement/portal/3.8`],
  ['linkedin', 'en', '', `Changelog — supplier portal v3.8 (shipped today)
- suppliers can upload certificates in bulk
- payment status visible per invoice
- fixed: Portuguese accents broken in PDF remittances
Thanks to the six suppliers who tested the beta.`],
  ['linkedin', 'fr', 'confidential_marker', `Notes du comité achats, je colle ici pour l'équipe de Porto qui n'a pas pu se connecter :

INTERNE — Comité achats du 3 décembre
1. Renouvellement du contrat d'emballage : trois offres reçues
2. Audit fournisseur Braga reporté au 15 janvier
3. Nouveau process de validation des avenants`],
  ['linkedin', 'fr', '', `On m'a demandé pourquoi nos comptes rendus du comité achats ne portent plus la mention « interne » : on les publie désormais en entier pour nos fournisseurs. Transparence totale sur les critères de choix, et moins de questions.`],
  ['linkedin', 'en', 'confidential_marker financial', `Draft slide I'm finishing tonight:

Classification: Restricted
FY2027 logistics budget — Iberia
Freight: €12.4M (+6 %)
Warehousing: €8.1M (flat)
Customs & brokerage: €1.3M

Feedback welcome from the ops leads before Thursday.`],
  ['linkedin', 'en', '', `We reclassified 1,300 SKUs under the new HS codes this month. Classification: 8708.30 for brake parts, 8708.99 for brackets. If customs in Veracruz ever asks, the table is in our public supplier guide.`],
  ['linkedin', 'en', 'financial', `Honest post: our freight budget for next year assumes container rates 18 % below today's, which gives €3.4M for the Asia lanes. It's the planning number, not approved yet, and I'm nervous about it.`],
  ['linkedin', 'en', '', `Drewry's index shows Shanghai–Rotterdam container rates down 18 % since the summer. If you plan freight budgets, use a range, not a point — I learnt that the hard way in 2021.`],
  // X threads and short posts
  ['x', 'en', '', `🧵 1/4 Things I learnt running customer support for a Mexican e-commerce through the Buen Fin weekend: volume x6, staff x2. Here's how we survived.`],
  ['x', 'en', '', `2/4 We wrote 12 macros in advance, one per predictable problem (late parcel, wrong size, double charge…). 70 % of tickets were answered with a macro plus one personal sentence.`],
  ['x', 'en', 'phone', `3/4 We also opened an overflow line for delivery drivers only, +52 55 7102 8843, so they stopped clogging the customer queue. Best decision of the weekend.`],
  ['x', 'en', '', `4/4 Biggest lesson: tell customers the truth early. "Your parcel is late, here's why" beats silence every time. /end`],
  ['x', 'en', 'financial', `Just got the preliminary Q4 numbers for our Iberian warehouses: EBITDA margin 11.8 %, best quarter ever. They go public with the results in February, so celebrating with one emoji only: 🎯`],
  ['x', 'en', '', `Our Iberian warehouses' FY2025 EBITDA margin was 10.2 % (annual report, p. 34). Not bad for a year with two port strikes.`],
  ['x', 'fr', '', `Sondage achats 📊 : pour un appel d'offres transport, vous laissez combien de temps aux candidats pour répondre ?
• 2 semaines
• 3 semaines
• 1 mois
• plus`],
  ['x', 'fr', 'email', `Transporteurs portugais intéressés par nos lignes Porto–Lyon en 2027 : écrivez à fretes@ceramicaveiro.pt avant le 31/12, le cahier des charges suit.`],
  ['x', 'en', 'secret', `note to self (and whoever sees this, oops): warehouse tablet PIN reset, new admin password is Almacen.Sur.2026! — change it Monday`],
  ['x', 'en', '', `PSA for warehouse supervisors: "changeme" is not a password, it's a wish. Set a real one on the tablets before the auditors arrive.`],
  // More Spain
  ['linkedin', 'en', 'national_id', `For my Spanish-residence paperwork thread: my NIE finally arrived, Y1665036B, after four months. If you're an expat joining our Barcelona fulfilment centre, start the appointment process before you move.`],
  ['linkedin', 'en', '', `Expats joining our Barcelona fulfilment centre: start your NIE appointment before you arrive. The number looks like X1234567L — letter, seven digits, letter — and you'll need it for your contract, bank and lease.`],
  ['linkedin', 'fr', 'national_id', `Transfert d'un préparateur de Séville vers Lisbonne : la RH portugaise demande son numéro de Seguridad Social espagnol, 084512789367, pour la coordination. Quelqu'un sait s'il faut aussi le formulaire A1 ?`],
  ['linkedin', 'en', 'iban', `Suppliers in Catalonia: the refund for the duplicated October invoices goes out Friday to the account you gave us — ES25 0049 1500 0238 9690 3807 — if that's not yours anymore, tell us before Thursday.`],
  ['linkedin', 'en', '', `How we check supplier IBANs at onboarding: the format, the mod-97 check and a callback. The Spanish example from the bank's documentation, ES91 2100 0418 4502 0005 1332, passes the check — which is exactly why a check alone is not enough.`],
  ['linkedin', 'en', '', `A supplier sent us ES73 0182 5322 2735 8064 7205 on their letterhead. It failed the IBAN check — one digit typed wrong. Onboarding caught it before the first payment. Little wins.`],
  ['linkedin', 'en', 'codename', `Why Project Kestrel matters to support: when the cold-chain sensors ship next year, agents will see the temperature history of every parcel in the ticket. No more "the customer says it arrived warm".`],
  ['linkedin', 'mixed', 'confidential_marker', `Reposting the cover of the supplier pre-qualification pack, with permission from legal:

SOUS NDA — Préqualification fournisseurs 2027
Version 2, diffusion limitée aux signataires

We got 42 signed NDAs in the first week. Good sign.`],
  ['linkedin', 'en', '', `Question for procurement folks: do you sign the supplier's NDA template or always use your own? We've moved to a mutual NDA with a two-page limit and negotiations went from weeks to days.`],
  ['linkedin', 'en', 'financial', `Our Sevilla plant is about to win the wing-rib contract: the customer verbally agreed €14.5M over five years last night. Contract signature and announcement in January — I'm bursting but I'll wait.`],
  ['linkedin', 'en', '', `Airbus published its delivery numbers for November today. For us as a wing-rib subcontractor in Sevilla, every extra A320 a month means roughly two more weeks of work for our milling line.`],
  ['linkedin', 'en', 'phone', `Sevilla plant visitors: the reception moved to gate 4. If you get lost, call the security booth on 954 21 88 07 and they'll guide you in.`],
  ['linkedin', 'en', '', `Sevilla plant visitors: the reception moved to gate 4, postcode for your GPS is 41020. Visitor badges ready in under 5 minutes now that registration is online.`],
  ['linkedin', 'fr', 'secret', `Pour les intérimaires qui arrivent lundi à l'entrepôt de Barcelone : identifiant du terminal de scan "interim01", mot de passe "Carretera-N2-77". L'équipe informatique le remplace par vos accès personnels dans la semaine.`],
  ['linkedin', 'fr', '', `Pour les intérimaires qui arrivent lundi à l'entrepôt de Barcelone : vos identifiants personnels vous seront remis en main propre par le chef d'équipe, avec la formation sécurité. Rien par SMS, rien sur WhatsApp.`],
  ['linkedin', 'en', 'internal_url', `Second shift in Barcelona: the slotting report moved. It's now at http://reports.bcn-fc.local/slotting and refreshes every hour. Bookmark it, the old link redirects until Friday.`],
  ['linkedin', 'en', '', `We reorganised slotting in our Barcelona fulfilment centre: the 400 fastest SKUs now sit within 15 metres of the packing stations. Pick rate +22 % in a month.`],
  ['linkedin', 'en', 'client_name', `Proud moment: Société Générique renewed our customer-support outsourcing contract for their Iberian branches. Three more years answering their customers in four languages from Lisbon.`],
  ['linkedin', 'en', '', `Just finished a great webinar by Société Générale's trade-finance team on letters of credit for importers. Clearest explanation of UCP 600 I've heard.`],
  // Mixed-language and French posts from Iberian and Latin-American teams
  ['linkedin', 'mixed', 'financial', `Petit update du côté sourcing : our new Portuguese glass supplier comes in at €0.087 per bottle, soit 11 % sous l'actuel. Le contrat n'est pas signé, so let's not tell the current supplier yet 😉`],
  ['linkedin', 'mixed', '', `Petit update du côté sourcing : we qualified a second glass supplier in Portugal. Deux fournisseurs, c'est moins de risque quand un four tombe en panne — lesson learnt from 2022.`],
  ['linkedin', 'mixed', 'phone', `Shipment delay alert / alerte retard : les conteneurs du MSC Aurora arrivent à Santos avec 4 jours de retard. Brokers, call our import desk at +55 13 3226-5170 for rebooking.`],
  ['linkedin', 'mixed', '', `Shipment delay alert / alerte retard : les conteneurs du MSC Aurora arrivent à Santos avec 4 jours de retard. Updated ETAs are on the carrier's public tracking, container by container.`],
  ['linkedin', 'mixed', 'email', `Hiring! Acheteur·se / Buyer, Lisbon, CDI. Salary €32k–€38k, French + Portuguese required, English nice to have. CV à recrutamento@atlanticdesk.pt avant le 20 décembre.`],
  ['linkedin', 'mixed', '', `Hiring! Acheteur·se / Buyer, Lisbon, CDI. Salary €32k–€38k, French + Portuguese required, English nice to have. Postulez via notre page carrières, réponse sous deux semaines.`],
  ['linkedin', 'mixed', 'internal_url', `Pour l'équipe support de Porto : the new macro library is here → https://intranet.atlanticdesk.pt/support/macros. Les anciennes macros sont archivées, don't use them after Friday.`],
  ['linkedin', 'mixed', 'codename', `Kickoff Nébula phase 2 aujourd'hui avec les équipes de Madrid et Mexico. New scope: supplier self-billing. On part sur trois sprints, first demo in March.`],
  ['linkedin', 'mixed', '', `Soirée d'équipe à l'observatoire de Calar Alto : on a vu la nébuleuse d'Orion au télescope. Astronomy + tapas = best offsite ever.`],
  ['linkedin', 'mixed', 'confidential_marker', `Sharing the header of the memo we just sent to our carriers, pour ceux qui demandaient :

EMBARGO jusqu'au 15/01/2027 — Nouvelle grille de transport Iberia
Please do not forward before that date.`],
  ['linkedin', 'mixed', '', `Leçon de communication fournisseurs : an "embargo" only works if you explain why. On dit maintenant aux transporteurs quand et pourquoi une info sortira. Fewer leaks, more trust.`],
  ['linkedin', 'fr', 'financial', `Objectif interne validé hier soir pour 2027 : 22 millions d'euros d'achats indirects renégociés, 7 % d'économies attendues. Ce chiffre n'est pas encore partagé avec les fournisseurs, on l'annonce à la convention de janvier.`],
  ['linkedin', 'fr', '', `Selon l'étude annuelle de la chambre de commerce, les entreprises espagnoles ont réduit leurs achats indirects de 4 % en 2025. Intéressant de comparer avec sa propre trajectoire.`],
  ['linkedin', 'fr', 'national_id', `Petit mot de la paie de Porto : Joana, ton NIF 166257567 est bien enregistré cette fois, le virement de décembre passera normalement.`],
  ['linkedin', 'fr', 'iban', `Pour nos fournisseurs du Portugal : le remboursement des avoirs de novembre partira sur le compte PT50 0010 0000 8148 3857 6115 2, indiqué dans votre dossier. Si ce n'est plus le bon, signalez-le avant jeudi.`],
  ['linkedin', 'fr', '', `Formation comptabilité fournisseurs : on utilise l'IBAN d'exemple PT50 0002 0123 1234 5678 9015 4 de la documentation bancaire. Il est correct sur le calcul mais ne correspond à aucun fournisseur.`],
  ['linkedin', 'fr', 'phone', `Changement d'horaires pour l'équipe de nuit à Porto à partir du 5 janvier : 22h–6h au lieu de 23h–7h. Les remplacements se demandent à Rui au 22 603 1844.`],
  ['linkedin', 'fr', '', `Changement d'horaires pour l'équipe de nuit à Porto à partir du 5 janvier : 22h–6h au lieu de 23h–7h. Les navettes sont décalées d'une heure aussi. Merci pour vos retours lors du sondage.`],
  ['linkedin', 'fr', 'secret', `Pour brancher le nouveau lecteur de quai sur l'API du transporteur, la clé de production est a7f3c9e1b24d6058e9c7a1f2d3b4e5f6. Je la mets ici pour Bruno, je la change vendredi.`],
  ['linkedin', 'fr', '', `Astuce API transporteur : ne mettez jamais la clé dans le code. Variable d'environnement CARRIER_API_KEY=<votre-clé>, et un coffre de secrets pour la production.`],
  ['linkedin', 'fr', 'client_name', `Première livraison de nos palettes réutilisables chez Globex à Querétaro. Un test sur six mois, trois sites, zéro carton jeté.`],
  ['linkedin', 'fr', '', `Première livraison de nos palettes réutilisables chez un grand équipementier à Querétaro. Un test sur six mois, trois sites, zéro carton jeté. On vous racontera les résultats.`],
  ['linkedin', 'fr', 'card', `Message collé par erreur depuis le chat du support, désolé : « Le client a donné la carte 2221 9778 5617 4261, expiration 03/29, pour le remboursement »… Je supprime dans la minute, et rappel à tous : jamais de carte dans le chat.`],
  ['linkedin', 'fr', '', `Le client a donné un numéro de carte 4171 1910 9150 2487 pour un remboursement : il ne passe pas le contrôle de Luhn, donc faute de frappe. Rappel : pas de carte dans le chat, on envoie le lien de paiement.`],
  ['linkedin', 'fr', 'confidential_marker', `En-tête du rapport qu'on vient de boucler avec le service qualité :

TLP:RED — Incident fournisseur lot 4471, rappel partiel
Diffusion : comité de crise uniquement

Bravo à l'équipe pour la rapidité, le lot est isolé.`],
  ['linkedin', 'fr', '', `Formation cybersécurité fournisseurs ce matin : on a revu le protocole TLP. TLP:RED veut dire « pas au-delà des personnes présentes », TLP:CLEAR « diffusable à tous ». Simple et efficace.`],
  ['linkedin', 'fr', 'email phone', `Départ à la retraite de Manuel après 31 ans à l'entrepôt de Vigo 🎉 Ceux qui veulent participer au cadeau : contactez Nuria, nuria.vazquez@conservas-ria.es ou 986 43 27 15.`],
  ['linkedin', 'fr', '', `Départ à la retraite de Manuel après 31 ans à l'entrepôt de Vigo 🎉 Il a connu trois systèmes de gestion d'entrepôt, deux fusions et une inondation. Merci pour tout, Manuel.`],
  // Brazil again
  ['linkedin', 'en', 'national_id', `Reminder to the Santos terminal gate team: driver Paulo Henrique is cleared for the night slots. His CPF is 185.231.118-59, please add him to the list before 22:00.`],
  ['linkedin', 'en', '', `Santos terminal gate: from Monday drivers check in with their app QR code instead of reading their CPF out loud at the gate. Faster, and nobody in the queue hears your ID number anymore.`],
  ['linkedin', 'en', 'card', `Chargeback report sent to me by a merchant for review — posting the line that made me laugh: "customer disputes a purchase made with card 6363 6880 2789 1977 while he was in hospital". The hospital stamp was on the receipt 😂`],
  ['linkedin', 'en', 'card', `Our finance team's corporate card (Hipercard) is blocked after a fraud alert, the number was 6062 8224 3431 6575 — if any supplier charged it this week, send us a new invoice.`],
  ['linkedin', 'en', 'iban', `Exporters paying our Curitiba entity: new IBAN for EUR transfers is BR56 6070 1190 0432 1661 0653 236C 1. The BRL account stays the same.`],
  ['linkedin', 'en', '', `Teaching AP clerks about IBANs, we use the Brazilian example from the central bank's documentation: BR18 0036 0305 0000 1000 9795 493C 1. It passes the check and belongs to no one.`],
  ['linkedin', 'en', 'phone', `Recife call centre recruiting event on Saturday, 9:00–13:00. Questions? WhatsApp Gabriela at +55 81 99734-1208.`],
  ['linkedin', 'en', '', `Recife call centre recruiting event on Saturday, 9:00–13:00. Starting salary R$ 2,300 + meal voucher, as in the posted ad. Bring your CV, we do interviews on the spot.`],
  ['linkedin', 'en', 'financial', `Team, heads up: our marketplace commission goes from 12 % to 13.5 % on 1 February. Sellers will be told on the 10th — please don't mention it in support chats before that.`],
  ['linkedin', 'en', '', `Mercado Livre changed its seller fees again this week. For sellers who use both platforms: we're keeping our own commission as published on our seller page.`],
  ['linkedin', 'en', 'internal_url', `Support agents: the refunds dashboard moved to https://refunds.sp.internal/queue — same login as before. The old one shuts down at midnight.`],
  ['linkedin', 'en', '', `Support agents asked for a refunds dashboard and we built it in two sprints: queue, age of each request, and a red line at 48 h. Median refund time down from 5 days to 1.`],
  ['linkedin', 'en', 'codename', `Project Kestrel update from São Paulo: the Brazilian pilot of the cold-chain sensors covers 80 trucks now. Temperature excursions caught: 37, pharma shipments saved: 11.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering above our Campinas cross-dock at dawn, hunting along the fence line. Wildlife on the night shift is better than people think.`],
  ['linkedin', 'en', 'client_name', `Our Recife team just passed 1 million tickets answered for Globex's Brazilian customers. 94 % CSAT. Bolo for everyone 🎂`],
  ['linkedin', 'en', '', `We passed 1 million tickets answered in Recife this year across all our clients. 94 % CSAT. Bolo for everyone 🎂`],
  ['linkedin', 'en', 'secret', `Dear night supervisors, the door panel at the Porto Alegre warehouse was reset. Admin login for the panel: supervisor / Gaucho#Noite88. Please set your personal codes tonight.`],
  ['linkedin', 'en', '', `Dear night supervisors, the door panel at the Porto Alegre warehouse was reset. Ask the site manager for your personal code in person. Codes on sticky notes will be confiscated 🙂`],
  ['linkedin', 'en', 'national_id', `Supplier onboarding form error of the day: a freelancer put her CPF 659.852.708-23 in the "company name" field. Our form shows it in the public supplier list… fixed within the hour, and we added validation.`],
  ['x', 'en', '', `My supplier-onboarding hot take: if your form asks for the same tax ID three times, your process is the problem, not the supplier.`],
  ['x', 'en', 'financial', `Unofficial preview: next year's customer-support budget for Brazil lands at R$ 31 million, 20 % up. Approved by the board but not announced yet, so don't quote me 🙊`],
  ['x', 'en', '', `Brazil's e-commerce association says online sales grew 10 % in 2025. Customer support headcount in the sector didn't. Explains a lot about wait times.`],
  // Goodbyes, live posts, tips, more hard cases
  ['linkedin', 'en', 'email', `Last day at the Monterrey plant after nine years in supplier quality. I'll miss the 6 a.m. line walks and the tacos de trompo at the gate. Suppliers who want to stay in touch: my personal address is rodrigo.leal.sq@gmail.com.`],
  ['linkedin', 'en', '', `Last day at the Monterrey plant after nine years in supplier quality. I'll miss the 6 a.m. line walks and the tacos de trompo at the gate. Find me here on LinkedIn — the next chapter starts in January.`],
  ['linkedin', 'en', 'national_id', `Live from the new-hire orientation in Querétaro! 23 technicians joining the MRO hangar. Side note to HR, since the group chat is down: the last missing CURP is HEAL790921HJCRLN04, it's Alan's.`],
  ['linkedin', 'en', '', `Live from the new-hire orientation in Querétaro! 23 technicians joining the MRO hangar, 6 of them straight out of the aeronautics university programme. Welcome, everyone ✈️`],
  ['linkedin', 'en', '', `Our HRIS rejected the CURP GOMR850312MDFNRS07 typed by a recruiter — the check digit didn't match. Turned out one digit was swapped. Good reminder that validation at input beats cleaning data later.`],
  ['linkedin', 'en', 'national_id', `Tijuana plant payroll: the IMSS number 01197724105 came back unassigned in this month's report — if it's yours, see HR at the start of your shift.`],
  ['linkedin', 'en', 'card', `Procurement card audit finding, anonymised… almost: the card 4899 3939 9645 0230 was used for 14 split purchases under the approval limit. Training on split orders next Tuesday.`],
  ['linkedin', 'en', '', `Procurement card audit finding: one card was used for 14 split purchases just under the approval limit. Card ending 0230, now blocked. Training on split orders next Tuesday.`],
  ['linkedin', 'en', 'card', `Booking the carriers' dinner at the Madrid supplier summit — the restaurant wants a card guarantee, so if anyone from events reads this: Amex 3700 105889 22642, exp 11/27, name on the corporate account.`],
  ['linkedin', 'en', 'iban', `Invoice query from a Valencian haulier answered publicly since it's the third time: we paid your October invoices on the 28th to ES88 2080 0311 1271 8676 8512, the account on your onboarding form.`],
  ['linkedin', 'en', '', `Third time a haulier asked us where the October payment went. We paid on the 28th, to the account on the onboarding form. If the account changed, the change has to go through the portal with a callback. That's the rule.`],
  ['linkedin', 'fr', 'iban email', `Avis aux clients de notre conserverie de Vigo : notre compte de réception change au 1er janvier. Nouvel IBAN : ES16 0081 7011 1687 3732 6650. Toute demande qui vous indiquerait un autre compte est une fraude, signalez-la à fraude@conservas-ria.es.`],
  ['linkedin', 'fr', '', `Avis aux clients de notre conserverie de Vigo : notre compte de réception change au 1er janvier. Vous recevrez le nouvel IBAN par courrier signé du directeur financier. Toute demande par email est une fraude.`],
  ['linkedin', 'en', 'iban', `Returned payment from Portugal: the bank bounced our transfer to PT50 0007 0015 8449 4953 3704 2 because the beneficiary name didn't match. Supplier, if you're reading, please update the name on your account with us.`],
  ['linkedin', 'en', 'national_id', `Spanish payroll question in our HR group, reposting for reach: new hire Ana M., DNI 77847511D, has her contract in Zaragoza but lives in Navarra — which regional IRPF applies?`],
  ['linkedin', 'en', '', `Document check at the Zaragoza gate this morning: a driver showed a DNI ending in 38603604K, and the letter doesn't match the digits. Security refused entry and the haulier sent another driver. The letter check saves time.`],
  ['linkedin', 'en', 'secret', `For the vendor doing the WMS integration: the read-only API token for the stock endpoint is 3f9a7c2e-81b4-4d6f-9e0a-5c7b2d1f8e43. Header X-Api-Token. It expires at the end of the project.`],
  ['linkedin', 'en', '', `For vendors doing WMS integrations with us: tokens are issued per vendor, per environment, through our secrets vault. Never by email, never by chat. The sandbox accepts the placeholder token 00000000-0000-0000-0000-000000000000 for smoke tests.`],
  ['linkedin', 'en', 'secret', `The Teams channel for shipment exceptions now gets automatic alerts. Webhook for the integration: https://lusocork.webhook.office.com/webhookb2/7c1d3e9a-2b4f-4a6d-8e1c-9f0b2a3d4c5e@d2a1f3b4-6c7e-4f8a-9b0c-1d2e3f4a5b6c/IncomingWebhook/8f7e6d5c4b3a29180f1e2d3c4b5a6978/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7`],
  ['linkedin', 'en', 'internal_url', `The supplier-risk dashboard is now in the group's shared space: https://sourcing.corp.acme.com/risk/iberia. Sorted by country, updated nightly from the credit-agency feed.`],
  ['linkedin', 'en', 'internal_url', `Quick tip for Leiria planners: the MES screens load faster if you go straight to http://192.168.30.12:8080/mes/board instead of through the portal.`],
  ['linkedin', 'en', '', `Quick tip for planners: the public status page of our EDI provider (status.ediprovider.com) is the first place to look when ASNs stop arriving. Saved us an hour of blaming suppliers today.`],
  ['linkedin', 'en', 'confidential_marker', `Forwarding the subject line of this morning's email so suppliers know it's real, not phishing:

"CONFIDENTIAL — Consolidation of our Iberian carrier panel, phase 1"

The full document was sent only to the carriers concerned.`],
  ['linkedin', 'en', '', `We just got a phishing email titled "URGENT CONFIDENTIAL invoice" with a fake link to our supplier portal. The real portal never asks you to log in from an email. Forward suspicious emails to the security team's reporting button.`],
  ['linkedin', 'en', 'financial', `Pipeline check before the holidays: €27M in open supplier-financing deals for Q1, 60 % with Iberian automotive suppliers. That's internal forecast territory, not the guidance we'll give the market — I just wanted to thank the team.`],
  ['linkedin', 'en', '', `Supply-chain finance in Iberia in one line: according to the central bank's latest report, SME supplier payment terms averaged 74 days in 2025, versus the 60-day legal limit.`],
  ['linkedin', 'en', 'financial', `Our next round prices the company at €120M pre-money according to the term sheet we accepted on Friday. Nothing signed yet, nothing announced yet, but what a year for a Bilbao supply-chain start-up.`],
  ['linkedin', 'en', '', `Reading about Flexport's last valuation, I keep wondering how supply-chain software is priced. Any good public write-ups on logistics-tech multiples?`],
  ['x', 'en', 'financial', `Our new returns service for Portuguese shops costs €1.90 per parcel. Launching to merchants on 15 Jan — you're reading it here first, please don't screenshot 😬`],
  ['x', 'en', '', `CTT lists its standard national parcel from €3.25 on its public price list. We benchmarked six carriers for returns and the spread is wild.`],
  ['x', 'en', '', `Live from the procurement summit in Lisbon: panel on dual sourcing after the Red Sea crisis. Best quote so far: "single sourcing is a bet you don't know you placed".`],
  ['x', 'en', 'email', `Live from the procurement summit in Lisbon 🇵🇹 If you want the slides from my talk on tender evaluation, ping me at c.ferreira@portotrade-sourcing.pt`],
  ['linkedin', 'en', '', `Shift notice, Curitiba DC: because of the holiday, Friday's B-shift ends at 20:00 and Saturday is closed. Trucks booked for Saturday are moved to Monday first thing.`],
  ['linkedin', 'en', 'phone', `Shift notice, Curitiba DC: because of the holiday, Friday's B-shift ends at 20:00 and Saturday is closed. Carriers with Saturday bookings, call the yard office on (41) 3022-6198 to rebook.`],
  ['linkedin', 'en', '', `Poll for support leads: which metric do you trust most?
▢ CSAT
▢ First-contact resolution
▢ Time to first reply
▢ Tickets per order
We dropped "tickets closed per agent" last year and the quality went up.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu is expanding: after Aveiro, the kiln-sensor rollout reaches our Spanish plant in Castellón in March. Supplier capacity confirmed for 40 more units.`],
  ['linkedin', 'en', '', `A trip through the Atlas Mountains with our argan-oil supplier this autumn: 600 km of mountain road to audit three cooperatives. Sustainability audits are not a desk job.`],
  ['linkedin', 'en', 'client_name codename', `Huge week: the Hôpital Sainte-Claire team visited our Madrid pharma warehouse to validate the Orion cold-room design. They signed off the qualification plan on the spot.`],
  ['linkedin', 'en', '', `Huge week: a hospital pharmacy team visited our Madrid warehouse to validate the new cold-room design. They signed off the qualification plan on the spot. GDP-compliant from day one.`],
  ['linkedin', 'en', 'phone email', `Support signature we're rolling out for Spanish customers:

Equipo de Atención al Cliente
Tienda Luz · Madrid
📞 +34 910 48 22 61 · ✉️ ayuda@tiendaluz.es
Lun-Vie 9:00-19:00`],
  ['linkedin', 'en', '', `Support signature we're rolling out: first name only, team name, opening hours, and a link to the help centre. Agents asked to stop showing their full names after a customer started messaging one of them privately. Safety first.`],
  ['linkedin', 'en', 'client_name', `Busy December at the Recife contact centre: Initech's Brazilian launch doubled our inbound volume in a week. The team handled it without a single SLA breach.`],
  ['linkedin', 'en', '', `Busy December at the Recife contact centre: Black Friday doubled our inbound volume in a week. The team handled it without a single SLA breach.`],
  ['linkedin', 'fr', 'financial', `Chiffre d'affaires de la filiale mexicaine à fin novembre : 41,7 millions de dollars, au-dessus du budget. Ce n'est pas encore consolidé ni communiqué, mais je voulais remercier l'équipe de Guadalajara.`],
  ['linkedin', 'fr', '', `Chiffre d'affaires de la filiale mexicaine en 2025 : 38 millions de dollars, comme publié dans le rapport annuel du groupe. Une équipe de Guadalajara qui a triplé en cinq ans.`],
  ['linkedin', 'fr', 'secret internal_url', `Pour l'équipe du quai 2 : le partage des bons de livraison se monte avec smb://nas-quai.vigo.internal/bl, utilisateur quai2, mot de passe Sardina2026. Ça évite les clés USB.`],
  ['linkedin', 'en', '', `Checksum of the public installer of our supplier app, as published on our download page: sha256 9e1c3f2a7b8d4e6f0a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f80. Please verify before installing on warehouse tablets.`],
  ['linkedin', 'en', '', `Our container numbers follow ISO 6346 — e.g. MSCU 123456 5 — and the last digit is a check digit. A wrong check digit on a booking is usually a typo, not a lost box. Customer support knows this trick now.`],
  ['linkedin', 'en', '', `Spanish supplier invoices must show the supplier's tax ID (CIF) — ours is printed on every invoice and on our website. It's a company number, public by design. Yours should be too.`],
  ['x', 'en', '', `support life: customer called at 3 a.m. about a missing parcel. It was in her neighbour's garden. Five stars, she said.`],
  ['x', 'mixed', '', `Quand un fournisseur répond à ton RFP en 48 h avec un dossier complet… that's the one you want. 🏆 #procurement`],
]);
