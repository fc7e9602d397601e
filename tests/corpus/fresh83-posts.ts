import { rows } from './corpus-types';

/**
 * Held-out set "fresh83": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh83`.
 * First scored: 2026-12-05 on 2b30e8d (unseen, before any fix from it): confidentiality macro F1 0.958 / 1.7 % (2 of 117).
 *
 * Authors: network engineers, sales, wholesale and regulatory staff of telecom operators and data-centre companies in
 * Ireland (Dublin, Cork, Limerick, Shannon), the UK (London, Manchester, Leeds, Belfast), Poland (Warsaw, Kraków,
 * Gdańsk) and Portugal (Lisbon, Porto, Sintra, Braga), writing in English and French (a few mixed posts with Polish or
 * Portuguese asides). Focus: spectrum auction bids, outage post-mortems, router and switch config snippets, private IP
 * plans, tariff changes before announcement, wholesale contracts and NOC on-call numbers. Forms: team wins, pasted
 * meeting notes, shift handovers and chat messages, on-call rotas and escalation matrices, Cisco and Junos config
 * snippets, customer-service replies (surface 'comment'), job ads with published salary ranges, live-posts, a three-post
 * X thread, polls, changelogs, public and internal post-mortems, supplier bank-detail notices, scam alerts, farewells
 * and tips.
 *
 * Positives: sealed bids, clock-auction ceilings and walk-away prices before the regulator opens or publishes, a capex
 * envelope and a budget before the investor day, tariff and wholesale price changes before customers or ISPs are told,
 * margins, a pre-money valuation, a weighted pipeline, SLA-credit and penalty costs not yet booked, board-pack forecasts,
 * tender prices before a procurement decision; SNMP communities, TACACS, RADIUS, BGP and OSPF keys, Junos plain-text
 * passwords, Wi-Fi passphrases, a first-login password, a service-account password, an API token header, a Slack
 * webhook and a Postgres connection string; private IPv4 addresses and plans (10/8, 172.16/12, 192.168/16), hosts
 * under the policy's internal domains, under an `intranet.` label and in .internal and .local; Irish (landline, mobile,
 * freephone 1800, Limerick 061), UK (mobile, 0800), Polish (+48 22, +48 12, mobiles, 801) and Portuguese (+351 21,
 * 22, 91x and 93x mobiles) phone numbers; personal, role and obfuscated email addresses ("[at] [dot]", "(arobase)",
 * "name @ domain"); explicit markers (Classification: …, [INTERNAL], COMMERCIAL IN CONFIDENCE, SOUS NDA, EMBARGO until
 * …, TLP:AMBER, TLP:RED, INTERNE, CONFIDENTIEL, DIFFUSION RESTREINTE, a board-pack CONFIDENTIAL header); the policy's
 * codenames and clients in their project and customer senses, in English and French.
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: mod 97 for
 * IE, GB, PL (with the sort-code check digit) and PT (with the NIB check digits) IBANs; Luhn for Visa, Mastercard and
 * Amex; the PPSN mod-23 check letter (old seven-digit form and the form with the A/N second letter), the PESEL weighted
 * check digit, the Portuguese NIF mod-11 check digit; UK NINOs by format (valid prefix and suffix).
 *
 * Look-alikes (clean): published auction results, reserve prices and licence fees (ComReg, UKE, ANACOM, Ofcom), published
 * annual and half-year results, public tariffs and price rises already announced, job-ad salary ranges, a personal
 * loan, an industry market size, teaching and hypothetical figures, another organisation's public subsidy; documentation
 * addresses (192.0.2.0/24, 198.51.100.0/24, 2001:db8::/32), 172.32.10.1 (outside RFC 1918), a four-part firmware
 * version, a public looking glass and a bare company domain; "<REDACTED>", "<removed>", "changeme", a USER:PASSWORD
 * placeholder, AWS's EXAMPLE key, a captive-portal Wi-Fi without password; circuit ids, ticket numbers, ASNs, frequency
 * ranges and the 112 and 999 emergency numbers; HMRC's QQ specimen NINO, a masked PPSN, a PESEL and a NIF with wrong
 * check digits, a company NIF discussed in general, the UK standards example IBAN, a scam IBAN and a PL IBAN that fail
 * mod 97, Stripe's 4242 test card, a phishing card number failing Luhn, a card given by its last four digits; Orion the
 * constellation, the Orion Nebula, SolarWinds Orion and a meeting room, a kestrel on a mast, Kestrel-class drones, Atlas
 * the office cat, a blue Atlas cedar ("cèdre de l'Atlas bleu"), CME Globex, the Initech of Office Space, a church of
 * Santa Clara called "Sainte-Claire", "une société générique" in its common sense; TLP:CLEAR, a lifted embargo, a
 * classification scheme, "Restricted service" on a status page, a film title, "Classified" ads and a discussion of
 * "CONFIDENTIAL" email footers. Informal requests ("keep it inside the team", "motus", "under embargo internally") are
 * not markers.
 *
 * Conventions: every written email and phone number is labelled (role mailboxes, switchboards and freephone numbers
 * included); the user:password part of a connection string is `secret`, not `email`; a post carries every category a
 * careful reviewer would flag (27 posts carry two or three).
 *
 * Counts: 245 posts (187 EN, 47 FR, 11 mixed; 213 LinkedIn, 32 X; 11 comments): 117 clean, 128 with one or more
 * findings. Labels: financial 31, internal_url 22, phone 20, confidential_marker 13, client_name 13, secret 13,
 * national_id 12, email 11, codename 11, iban 7, card 3.
 */
export const FRESH83_POSTS = rows('fresh83', [
  // — Spectrum awards: sealed bids and ceilings vs published results —
  ['linkedin', 'en', 'financial', `Proud of our regulatory team this week. Our sealed bid for the 2.6 GHz lots went in at €41.5m on Tuesday, and ComReg won't open anything until the 19th, so that number stays in this room for now. Eleven weeks of modelling behind it.`],
  ['linkedin', 'en', '', `ComReg has published the outcome of the multi-band spectrum award: €450m raised across three winners. Our 700 MHz block is the piece that matters most for rural coverage in the west, and the map in the decision document is worth a look.`],
  ['linkedin', 'fr', 'financial', `Point d'étape enchères 3,6 GHz (UKE) : le comité d'investissement a validé hier un plafond de 1,12 Md PLN pour notre bloc. Rien ne sera public avant l'ouverture des plis le 14, donc on garde ça pour nous, y compris vis-à-vis des partenaires.`],
  ['x', 'en', '', `ANACOM's 5G auction ran for 201 days and raised €566.8m. Three lessons for the next European award, a short thread 🧵 1/4`],
  ['x', 'en', 'financial', `Round 38 of the C-band clock auction. We're holding at 318m PLN per block and our ceiling is 355m. Nobody outside the war room knows that, obviously. Coffee count: 14.`],
  ['linkedin', 'en', '', `Ran an auction-theory workshop for our graduate engineers today. Illustrative numbers only: if a 10 MHz block clears at €20m in round one and demand exceeds supply, the clock adds 5 % per round until someone drops. The looks on their faces when we got to activity rules 😄`],
  ['linkedin', 'en', '', `Ofcom's information memorandum for the mmWave award sets a reserve price of £1m per 200 MHz lot in the 26 GHz band. It's a public document and far more readable than you'd expect.`],
  ['linkedin', 'en', 'confidential_marker financial', `Classification: Restricted – Regulatory
Bid strategy summary, 26 GHz award
• Opening position: £12m per lot
• Walk-away: £19.5m per lot
• Board sign-off pending (meeting 9 Jan)
Do not circulate outside the bid team.`],
  ['linkedin', 'mixed', 'financial', `Petite victoire pour l'équipe de Lisbonne : the board approved the €62m capex envelope for the 3.6 GHz rollout yesterday. L'annonce est prévue à l'investor day de mars, donc motus d'ici là 🤫`],
  ['linkedin', 'en', '', `Our CFO presents the full-year results on 12 February. Until then I can't share a single number, so apologies to the kind people asking in DMs how the year went!`],
  ['linkedin', 'en', 'financial', `Shortlisted! Our response to the rural broadband tender priced the lot at €212m over seven years. Evaluation runs until April, so fingers crossed and lips sealed until the Department decides.`],
  ['x', 'en', '', `Reading the auction rules: the sub-1 GHz cap limits any single bidder to 2 x 20 MHz. Good for competition, painful for whoever wanted the whole 800 band.`],
  ['linkedin', 'fr', '', `Résultats officiels de l'attribution 5G publiés par l'UKE : 2,09 Md PLN au total pour les quatre blocs. Notre bloc couvrira 95 % de la population d'ici 2028, c'était un engagement du cahier des charges.`],
  ['linkedin', 'en', 'financial', `Late night in the bid room. For the record (and for my future self): we stopped at €27.3m for the paired 2.1 GHz lot, because above that the business case goes negative. Results aren't announced until ANACOM publishes the final round next week.`],
  ['x', 'fr', '', `On me demande souvent combien coûte une licence de spectre. Réponse d'ingénieur : ça dépend. Les montants payés par les opérateurs sont publiés par les régulateurs, allez voir les décisions ANACOM et ComReg, tout y est.`],
  // — Tariffs before and after announcement —
  ['linkedin', 'en', 'financial', `Note to the retail desk (meant for Teams, sorry): from 1 March the "Fibra 1 Giga" bundle goes from €39.99 to €43.49 a month. Customer letters go out on the 20th; before that, please don't mention it on calls or in chat.`],
  ['linkedin', 'en', '', `Our new business fibre tariffs are live on the website today: 500 Mbps symmetrical for €35 a month on a 12-month term, no installation fee. Full price list linked in the comments.`],
  ['linkedin', 'fr', 'financial', `Note pour l'équipe ventes de Porto : les forfaits mobiles pros augmentent de 4,9 % au 1er avril. Les clients seront prévenus par courrier début mars ; d'ici là, on ne l'évoque ni en rendez-vous ni au téléphone.`],
  ['linkedin', 'en', '', `Every spring, telecom operators announce their annual price rises. Ours was published in November: +£2 a month on most broadband plans from April. Here's how we tried to explain it in plain English, and what the complaints taught us.`],
  ['x', 'en', 'financial', `Wholesale bitstream 1G drops to €14.20 per line from Q2. Legal is still drafting the notice to ISPs, so you didn't read that here 😅`],
  ['linkedin', 'en', '', `The regulator's market review sets a charge control on 40/10 FTTC, and Openreach publishes its full price list online. If you sell connectivity in the UK, bookmark both.`],
  ['linkedin', 'mixed', 'financial', `Draft slide for Thursday's pricing committee: new roaming add-on for Poland at 19 PLN, launch target 1 May, margin 61 %. Pas encore validé par le marketing, ne pas partager hors de l'équipe.`],
  ['linkedin', 'en', '', `Job ad: Senior Pricing Analyst, Lisbon (hybrid). Salary €48,000–58,000 plus annual bonus. You'll model tariff changes for 2.3 million mobile customers. Apply through our careers page.`],
  ['linkedin', 'fr', '', `Petit rappel utile : en Irlande comme au Portugal, un opérateur doit prévenir ses abonnés au moins 30 jours avant toute hausse de prix, et le client peut résilier sans frais. Vérifiez vos contrats !`],
  ['x', 'en', 'financial', `Leaked to myself in a note-to-self, posting it here by accident: EU roaming wholesale cap renegotiation, our ask is €1.10/GB, fallback €0.95. Talks with the Polish partner on the 22nd.`],
  ['linkedin', 'en', '', `Our annual report is out: revenue €412m (+6 %), EBITDA margin 38 %, 1.4 million fibre homes passed. Proud of every single team behind those numbers.`],
  // — Wholesale contracts and customers —
  ['linkedin', 'en', 'client_name financial', `Signed! Globex is taking two 100G waves Dublin–London for five years, €3.1m total contract value. The press release waits for their comms team, so hold your congratulations until then 😉`],
  ['linkedin', 'en', 'client_name', `Great kick-off at Initech's Warsaw office today. Our team will move their 46 branches from MPLS to SD-WAN over the first quarter. Thanks for the pierogi!`],
  ['x', 'en', '', `Latency geeks: our Aurora–Slough route to the CME Globex matching engine now measures 38 µs one-way. Market-data folks, you know where to find me.`],
  ['linkedin', 'fr', 'client_name', `Belle nuit de travail à l'Hôpital Sainte-Claire : bascule du cœur de réseau vers deux liens 10G redondants, sans la moindre coupure aux urgences. Merci aux équipes biomédicales pour leur patience.`],
  ['linkedin', 'en', '', `After our Porto offsite we visited the church of Santa Clara, and a colleague from Lyon kept calling it "Sainte-Claire". Gilded wood everywhere, a sight worth the climb.`],
  ['x', 'en', '', `Rewatched Office Space last night. Every network engineer has worked at an Initech at some point. Change tickets are our TPS reports.`],
  ['linkedin', 'fr', 'client_name', `Société Générique renouvelle son contrat de colocation chez nous pour trois ans : 24 baies à Lisbonne et 12 à Porto. Bravo à toute l'équipe commerciale, et merci pour la confiance !`],
  ['linkedin', 'en', 'client_name financial', `[pasted from Teams] @Marek can you update the Initech renewal in the CRM please: 1.8m PLN a year, down from 2.1m. They haven't countersigned yet so keep it off the forecast call.`],
  ['linkedin', 'en', '', `Proud to announce a new wholesale partnership with a Tier-1 carrier to extend our Atlantic backhaul. The value isn't disclosed, but the route adds 18 Tbps of capacity to Lisbon.`],
  ['linkedin', 'en', 'client_name', `Shout-out to the field team who spent Saturday in the Globex plant room in Leixlip swapping optics. Cold, noisy, and done two hours early.`],
  ['linkedin', 'fr', '', `Une société générique de conseil m'a demandé de "faire du réseau cloud-native". J'ai répondu par une question : quel est votre plan d'adressage ? Silence. Conseil gratuit : commencez par là.`],
  ['linkedin', 'en', 'client_name financial', `Quick win before Christmas: we're quoting Hôpital Sainte-Claire €184k for the campus Wi-Fi refresh, 40 % under the incumbent. Their procurement board meets on the 18th, nothing is public before that.`],
  // — Router and switch configs, private addressing, secrets —
  ['linkedin', 'en', 'internal_url secret', `Finally cleaned up the management VLAN on the edge switches. Sharing the template in case it helps someone:

interface Vlan110
 description NOC-MGMT
 ip address 10.110.0.1 255.255.255.0
!
snmp-server community Gr4nd-Canal-ro RO
tacacs-server host 10.110.0.20 key N0c!Dubl1n#44`],
  ['linkedin', 'en', '', `A clean eBGP template for your lab, with documentation addresses only:

router bgp 64500
 neighbor 198.51.100.2 remote-as 64511
 neighbor 198.51.100.2 password <REDACTED>
 address-family ipv4
  network 192.0.2.0 mask 255.255.255.0`],
  ['linkedin', 'en', 'internal_url', `Our private addressing plan for the new Kraków hall, because people keep asking how we size it:
10.48.0.0/14 for the whole site
10.48.0.0/16 hall A, one /22 per row
10.49.0.0/16 hall B
10.51.255.0/24 out-of-band management
Simple beats clever.`],
  ['x', 'en', 'internal_url', `PSA for the NOC: the dashboards moved to https://grafana.noc.acme-corp.net. Update your bookmarks before tonight's shift.`],
  ['linkedin', 'en', 'internal_url', `NetBox at http://netbox.dc2.internal:8000 will be read-only tonight between 22:00 and 02:00 while we migrate the database. Plan your cable changes accordingly.`],
  ['linkedin', 'en', '', `Firmware 10.2.3.45 fixes the LACP flapping we reported to the vendor in September. Release notes are on their support portal; we're rolling it out to the access layer next week.`],
  ['x', 'en', 'internal_url secret', `BGP session to the new transit keeps dropping every 90 s, any ideas?
neighbor 172.20.14.1 remote-as 65012
neighbor 172.20.14.1 password Tr@nsit-Porto-2026
neighbor 172.20.14.1 timers 10 30`],
  ['linkedin', 'en', '', `Tip for junior engineers: never paste a running-config into a ticket without scrubbing it. Strip community strings, TACACS keys and BGP passwords, and replace them with something like <removed>. Your future incident-response team will thank you.`],
  ['linkedin', 'en', 'internal_url', `If the jump host stops answering during the maintenance, fall back to jump01.corp.acme.com through the backup VPN profile.`],
  ['linkedin', 'en', '', `Our public looking glass is back online at lg.lisbonix.pt (AS 64496). Run traceroutes and BGP lookups to your heart's content.`],
  ['x', 'en', 'internal_url', `Reminder to the lab folks: 172.31.255.254 is the default gateway of the production OOB network. Do NOT reuse it on your test bench again 🙃`],
  ['x', 'en', '', `172.32.10.1 is not RFC 1918 space. I lost an hour to that typo this morning. Check your masks, people.`],
  ['linkedin', 'en', 'internal_url', `From the change record, for the team's memory: "Rollback: restore edge-r1 from tftp://192.168.40.12/backups/edge-r1.cfg and reload at 03:30."`],
  ['linkedin', 'en', '', `Small love letter to the IPv6 documentation prefix 2001:db8::/32. Our entire training lab runs on it and nobody ever accidentally routes it to the internet.`],
  ['linkedin', 'en', 'internal_url secret email', `Onboarding notes for the new NOC starters (meant for the wiki, oops):
- VPN gateway: vpn.intranet.telemar.ie
- Username: your work address, e.g. aoife.brennan@telemar.ie
- First-login password: Welcome-Telemar-93 (you'll be forced to change it)`],
  ['linkedin', 'en', '', `Our password policy in one sentence: at least 14 characters, a password manager for everything, and never a credential in a ticket, a chat or a slide.`],
  ['linkedin', 'fr', 'secret', `Pour les collègues qui arrivent lundi au bureau de Varsovie, le Wi-Fi invités c'est "Zurawia-Guest" et le mot de passe est Kabel-Zurawia-77. Bienvenue à tous !`],
  ['linkedin', 'fr', '', `Le Wi-Fi invités de notre stand au salon Data Centre World : réseau "Stand-B42", sans mot de passe, portail captif. Venez nous voir !`],
  ['linkedin', 'en', 'secret internal_url', `Anyone know why NetBox can't reach the DB after the upgrade? Our env has DATABASE_URL=postgres://netbox:Vb8#kd92Lw@10.20.5.14:5432/netbox and it worked yesterday.`],
  ['linkedin', 'en', '', `Connection strings in docs should look like postgres://USER:PASSWORD@db.example.com:5432/app. If yours has real values, it's not documentation, it's a breach.`],
  ['x', 'en', 'secret', `Monitoring alerts now go to our Slack via https://hooks.slack.com/services/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. Took 10 minutes. Why did we wait so long?`],
  ['linkedin', 'en', '', `Example from the AWS docs for the workshop: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE. Use your own from the console, and never commit it.`],
  ['linkedin', 'en', 'secret', `RADIUS finally works on the new access points. The shared secret on both sides has to match exactly — ours is tq7-Faro-Mar!e9 — and a trailing space cost us half a day.`],
  ['linkedin', 'en', '', `Default SNMP community strings like "public" and "private" are still answering on thousands of devices on the internet. Scan yourself before someone else does.`],
  ['linkedin', 'en', 'secret', `API call to our provisioning platform, posting for the team:
curl -H "X-Auth-Token: 7f3c9a1e5d2b48c6a0e9f17b3d5c2a84" https://provisioning.telemar.ie/v2/circuits`],
  ['linkedin', 'en', '', `Lab exercise: set "enable secret changeme" on the router, then replace it with a strong one and check that "service password-encryption" is on. Fifteen minutes, huge payoff.`],
  ['linkedin', 'fr', 'internal_url', `Mémo pour l'astreinte : la console de supervision est sur https://nms.intranet.portoix.pt et le serveur syslog en 10.8.1.40. Les identifiants sont dans le coffre, pas dans ce post.`],
  ['linkedin', 'en', '', `How we number our sites: LIS-DC1, LIS-DC2, OPO-DC1. Boring on purpose. Hostnames like core-r1.lis-dc1 tell you exactly where to drive at 3 am.`],
  ['x', 'en', 'internal_url', `Syslog server migrated to logs01.noc.local, please repoint your Juniper boxes before Friday.`],
  ['linkedin', 'en', 'secret internal_url', `Pasted from my terminal, for the team (I know, I know):
set system login user noc-ro authentication plain-text-password-value Lx93!porto-ro
set snmp community NOCmon-2026 clients 10.60.0.0/24`],
  ['linkedin', 'en', '', `Our peering policy is public: open peering at LINX, INEX and PLIX, AS 64496, max-prefix 500. Email requests welcome through the PeeringDB contact.`],
  ['linkedin', 'mixed', 'internal_url', `Petit guide pour les nouveaux : the lab management network is 192.168.77.0/24, gateway .1, DHCP from .100. N'y branchez rien de la prod, merci.`],
  // — Outages and post-mortems —
  ['linkedin', 'en', '', `Public post-mortem: on 3 November a fibre cut near Naas took 1,200 business circuits down for 4h12m. Root cause: third-party excavation without a dig permit. Actions: diverse routing for the M7 duct and a second path via Kildare by March.`],
  ['linkedin', 'en', 'internal_url', `Timeline from last night, for those who asked (UTC):
02:14 core-r2.lis.corp.acme.com drops its OSPF adjacency
02:16 first alarms in the NOC
02:31 traffic shifted to core-r1
03:05 faulty line card isolated
Calm, methodical work by the night shift.`],
  ['linkedin', 'en', 'financial', `Summary I'm preparing for the board: the six-hour outage will cost us roughly €1.9m in SLA credits and overtime. That figure isn't in the trading update yet, so it shouldn't be quoted anywhere.`],
  ['linkedin', 'en', '', `Hi Niamh, the SLA credit for last week's outage will be applied automatically to your next invoice. No action is needed on your side, and sorry again for the disruption.`, { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker internal_url', `TLP:AMBER
Incident 2026-114: DDoS against our recursive resolvers 10.0.53.10 and 10.0.53.11, peak 380 Gbps, UDP reflection from misconfigured CPEs. Mitigation via scrubbing centre from 14:02.`],
  ['linkedin', 'en', '', `We've published our DDoS incident report under TLP:CLEAR so other operators can learn from it. Reflection attacks are getting bigger and cheaper; let's compare notes.`],
  ['x', 'en', '', `Big outage in the UK this morning? Not us, but our NOC is helping a neighbour. And please: 999 is for emergencies, not for reporting your broadband.`],
  ['linkedin', 'fr', '', `Retour d'expérience sur la panne électrique de Porto en octobre : 41 minutes sur groupes électrogènes, zéro coupure client. Ce qui a marché, ce qui a failli lâcher, et pourquoi on teste les batteries chaque mois.`],
  ['linkedin', 'en', 'financial', `Post-incident review, draft 3: the cooling failure in hall C means we owe service penalties to three colocation customers, about €640k in total. Finance hasn't booked it and it won't appear in the Q4 numbers until the auditors sign.`],
  ['linkedin', 'en', '', `Five things I learned writing 40 outage post-mortems: blame the system, not the person; timestamps in UTC; one owner per action; publish the customer version within five days; and read them again a year later.`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE — Rapport d'incident n° 2026-031
Perte de synchronisation PTP sur l'anneau sud de Lisbonne, 7 h 40 d'impact sur les cellules 4G. Cause probable : firmware du grandmaster.`],
  ['linkedin', 'en', '', `Someone asked why our status page says "Restricted service" during incidents. It's a service-level term meaning reduced capacity, nothing to do with document classification. Naming is hard.`],
  // — NOC on-call numbers, switchboards, emails —
  ['linkedin', 'fr', 'phone', `Astreinte NOC ce week-end, c'est moi. Si le cœur de réseau de Porto tousse, appelez-moi au +351 912 846 330, de jour comme de nuit.`],
  ['linkedin', 'en', 'phone', `On-call rota for December (this was meant for the team channel, sorry LinkedIn):
Wk49 Ciarán 087 219 4486
Wk50 Magda +48 601 447 218
Wk51 Rui 93 551 2074`],
  ['linkedin', 'en', '', `Our NOC runs 24/7/365. Customers: always use the support number on your contract, never an engineer's personal mobile, even if they gave it to you in 2019.`],
  ['linkedin', 'en', 'phone', `Hi Seán, sorry about the packet loss on your Cork site. Please call our business support line on 1800 742 615 and quote circuit ID DUB-ETH-004417 so we can open a ticket straight away.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Our Kraków NOC is hiring for night shifts! Questions about the role? Call the site reception on +48 12 296 40 17 and ask for Joanna.`],
  ['linkedin', 'en', '', `Circuit reference LDN/ETH/20441873 on your invoice is the diverse backup path, not a duplicate charge. Happy to walk anyone through our billing codes.`, { surface: 'comment' }],
  ['x', 'en', 'phone', `Engineer on site at the Manchester POP tomorrow from 8. If building security needs him, his mobile is 07723 418906.`],
  ['linkedin', 'en', '', `Reminder from the Lisbon office: across the EU, 112 works from any mobile, even without a SIM card or credit. Teach it to your kids.`],
  ['linkedin', 'fr', 'phone', `Pour toute urgence sur le datacenter de Lisbonne pendant les fêtes : le poste de sécurité répond 24 h/24 au +351 21 359 8812.`],
  ['linkedin', 'en', 'phone email', `Escalation matrix for the new wholesale partners:
L1 — NOC, +353 1 634 7720, noc@telemar.ie
L2 — Duty manager, +353 86 514 2273
L3 — Head of operations, via L2 only`],
  ['x', 'en', '', `Our ASN is 64496 and our PeeringDB record is up to date. If your max-prefix alarm fires at 500, that's us growing, not leaking 🙂`],
  ['linkedin', 'en', 'email', `Press enquiries about the spectrum award should go to press@portoix.pt, not to my LinkedIn inbox. I'm just the engineer who configures the radios!`],
  ['linkedin', 'en', 'email', `Want to join the Irish Network Operators Group mailing list? Drop a line to join [at] ienog [dot] ie and say hello.`],
  ['linkedin', 'en', '', `You can find all our peering details, ports and policies on portoix.pt. No forms, no sales call, just a PeeringDB link.`],
  ['linkedin', 'fr', 'email', `Candidatures pour le stage en ingénierie radio : envoyez CV et lettre à estagios @ lusotel.pt avant le 15 janvier. On répond à tout le monde.`],
  ['linkedin', 'en', 'phone', `Freephone for residential faults is 0800 085 2231, and yes, it's staffed by real people in Belfast, not a bot.`],
  ['linkedin', 'en', '', `Ticket INC0048213 closed after 19 days. The fault was a bent fibre patch in a customer's comms room, 2 metres from where we started looking.`],
  ['linkedin', 'en', 'phone', `Polish customers: our business helpdesk moved to 801 300 450 (local rate) from 1 December. The old 22 number will redirect until March.`],
  ['x', 'mixed', 'phone', `Ligação perdida? Call me back on +351 22 607 1145, I'm at the Porto office all afternoon — en français ou en anglais, comme vous voulez.`],
  ['linkedin', 'en', '', `We now cover 3,410–3,800 MHz in 214 sites, with 1,276 cells live on the new core. Next milestone: 2,000 cells by June.`],
  ['linkedin', 'en', 'email phone', `Thank you all for eight wonderful years at Telemar. From Monday I'm at a data-centre start-up in Cork; you can still reach me at ciara.dunne.net@gmail.com or 085 731 6620. Keep the packets flowing!`],
  ['linkedin', 'fr', '', `Dernier jour à Varsovie après six ans dans l'équipe backbone. Merci pour les nuits de migration, les pierogi de 4 h du matin et les pannes qui nous ont appris l'humilité.`],
  ['linkedin', 'en', 'phone', `Wholesale customers in Limerick: the regional NOC number is 061 338 812 from today. It's on the updated escalation sheet too.`],
  ['linkedin', 'en', '', `Our customer service phone number is on every bill and on our website's contact page. If someone calls you claiming to be us and asks for a code, hang up.`],
  ['linkedin', 'en', 'email', `Security researchers: please report vulnerabilities in our network to security@lusotel.pt. We reply within two working days and we credit you publicly.`],
  // — National ids, IBANs, cards —
  ['linkedin', 'en', 'national_id', `New starter form pasted here instead of the HR portal, apologies: Oisín Kearney, start date 6 January, PPSN 6813687C, role NOC engineer L1.`],
  ['linkedin', 'en', 'national_id', `Tom, payroll says your NI number on file is JT 48 21 07 B, can you confirm before Friday's run? (Posting in the team group because email is down.)`],
  ['linkedin', 'en', '', `HMRC's example National Insurance number QQ 12 34 56 C shows up in every training deck. It's a specimen, not a real person, so use it freely in your test data.`],
  ['linkedin', 'en', 'national_id', `Dear Mr Nowak, to finish activating your business line we need to confirm the PESEL you gave us, 87042305719. Please reply by private message if it's wrong.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `A customer sent us PESEL 90020722196 for a SIM registration and the system rejected it: the check digit doesn't match. Always validate before you call someone a fraudster, typos happen.`],
  ['linkedin', 'fr', 'national_id', `Bonjour, pouvez-vous mettre ma facture à mon nom ? Mon NIF est 210045086. Merci d'avance, c'est pour ma déclaration IRS.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Au Portugal, le NIF a un chiffre de contrôle modulo 11 : 275683437 par exemple est invalide, le formulaire le refusera. Petite astuce pour nos développeurs de l'onboarding.`],
  ['linkedin', 'en', 'national_id', `HR spreadsheet for the Dublin data-centre contractors (sorry, wrong tab): Fiachra M. 9422831MA, Gráinne O. 5894277OA, both on the 12-hour rota.`],
  ['linkedin', 'en', '', `Our SIM-registration form masks the PPSN after entry, so agents only ever see ******1MA. Privacy by design isn't complicated, it's just unglamorous.`],
  ['linkedin', 'en', 'iban', `Supplier notice: from 1 January our bank details change. Please pay all invoices to IBAN PT50 0782 3315 1808 3220 8649 2 (Lusotel Data Centres, S.A.) and update your records.`],
  ['linkedin', 'en', '', `Scam alert: emails claiming our bank details changed to IE07 AIBK 3455 6938 7263 88 are fake. That isn't our account, and it isn't even a valid IBAN. Always call us to confirm.`],
  ['linkedin', 'en', 'iban', `Can someone in finance check this, the supplier portal keeps rejecting it: GB58 NWBK 1984 4411 4972 14. It's the new account for the fibre-splicing subcontractor in Leeds.`],
  ['linkedin', 'mixed', 'iban', `Virement pour le stand au salon de Varsovie, à faire avant vendredi : PL24 0470 3341 1850 9257 3110 3963, reference "PLNOG stand 12". Dziękuję !`],
  ['linkedin', 'en', '', `Training deck tip: use the UK example IBAN GB82 WEST 1234 5698 7654 32 from the standards docs, never a real customer account.`],
  ['linkedin', 'en', 'card', `Pasted from the chat with procurement by mistake, ignore: card 4879 9070 7130 6399, exp 09/28, for the optics order from the US distributor.`],
  ['linkedin', 'en', '', `For anyone building payment flows for prepaid top-ups: test with 4242 4242 4242 4242 in sandbox mode. Real cards never go in staging.`],
  ['x', 'en', '', `Phishing SMS going round in Portugal asks you to "confirm" card 4548 2124 1932 5116 for a parcel fee. Fake on every level, the number doesn't even pass a Luhn check.`],
  ['linkedin', 'en', '', `Expense policy for the on-call team: conference fees on the corporate card ending 3551, everything else through the expenses app. No exceptions, sorry!`],
  ['linkedin', 'en', 'card', `Hotel for the Lisbon NOG is booked, the desk asked me to confirm the card by message so here: 5137 2658 9609 5365. Thanks Ana!`],
  ['linkedin', 'fr', 'iban', `Nouvel IBAN pour les loyers de la salle technique de Gdańsk, à transmettre à la compta : PL08 7743 3527 9890 9282 0829 1346.`],
  ['linkedin', 'en', '', `The IBAN on our invoices starts with IE and has 22 characters. If one you receive looks different, it isn't from us. Report it to your bank and to us.`],
  ['linkedin', 'en', 'national_id', `Ms Wiśniewska, we received your PESEL (95121703880) and passport copy for the number port. Your new line will be active within 24 hours.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `For the tax office form, my NIF is 231709455 and my address is the Porto one. Thanks for sorting it, Marta!`, { surface: 'comment' }],
  // — Codenames vs ordinary senses —
  ['linkedin', 'en', 'codename', `Orion cutover this weekend: 340 enterprise VPNs move to the new MPLS core between Saturday 23:00 and Sunday 06:00. Pizza on the NOC floor, obviously.`],
  ['linkedin', 'en', '', `Clear skies over the Alentejo site last night. Orion rose right above the cooling towers and the whole night shift went outside to look.`],
  ['linkedin', 'en', '', `Still running SolarWinds Orion for NMS in 2026? We moved to an open-source stack last year; here's our honest comparison of alerting, discovery and cost.`],
  ['linkedin', 'fr', 'codename', `Projet Nébula : la nouvelle plateforme de provisioning passe en pilote chez trois clients wholesale en janvier. Fierté immense pour l'équipe OSS de Porto.`],
  ['linkedin', 'en', '', `Took this shot of the Orion Nebula from the roof of our Sintra site with a 200 mm lens. Light pollution is lower than you'd think 40 km from Lisbon.`],
  ['linkedin', 'en', 'codename', `Project Kestrel phase 2 starts Monday: replacing the DWDM line system on the Cork–Dublin route, 14 amplifier huts, zero customer-visible downtime if all goes well.`],
  ['linkedin', 'en', '', `A kestrel is nesting on the antenna mast at site LIM-114, so climbing work is paused until the chicks fledge. Wildlife law and common decency agree on this one.`],
  ['x', 'en', 'codename', `Atlas Bleu go-live slips to 17 February. Vendor's fault, not ours, but I'll still be the one explaining it to the sales floor.`],
  ['linkedin', 'en', '', `Meet Atlas, the grey cat who lives in our Gdańsk exchange building and inspects every cable delivery. Morale officer, unpaid.`],
  ['linkedin', 'fr', '', `Dans le jardin du bureau de Porto, un cèdre de l'Atlas bleu planté en 1920. On a fait passer la fibre en le contournant, évidemment.`],
  ['linkedin', 'mixed', 'codename', `Retro of the Nébula sprint: 12 APIs delivered, 2 left over. Merci à tous, and special thanks to Kasia for the rollback scripts.`],
  ['linkedin', 'en', 'codename client_name', `Good progress on Orion with Initech: their 46 branches are the first tenants on the new core, and the pilot sites have been stable for 11 days.`],
  ['x', 'en', '', `Spent the night at the radio telescope open day in Dublin. Kids asked where Orion's belt is; the astronomer asked where our fibre runs. Fair trade.`],
  ['linkedin', 'en', 'codename', `Hiring a senior optical engineer to join Project Kestrel in Cork. Salary €70,000–85,000, on-call allowance on top. DM me for the full job description.`],
  ['linkedin', 'en', '', `Our new meeting rooms in Lisbon are named after stars and nebulae: Rigel, Betelgeuse, Crab, Horsehead. The overbooked one is, of course, Orion.`],
  ['linkedin', 'fr', 'codename financial', `Budget Atlas Bleu validé hier soir : 4,6 M€ sur deux ans pour l'automatisation du réseau d'accès. Le comité de direction l'annoncera en interne en janvier, on attend d'ici là.`],
  ['linkedin', 'en', '', `Kestrel-class drones are used by some operators for tower inspection. We tested three models in Galway this autumn; here's what they saw that our climbers missed.`],
  // — Confidential markers vs mentions —
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Network change freeze from 19 December to 6 January. Emergency changes only, approved by the duty manager. Reply to this thread with any exceptions.`],
  ['linkedin', 'en', '', `Why "CONFIDENTIAL" in email footers is mostly theatre: a lawyer friend explained to our team that a footer doesn't create an obligation on its own. Labels on documents are another story.`],
  ['linkedin', 'en', 'confidential_marker', `COMMERCIAL IN CONFIDENCE
Interconnect agreement — schedule 3, SLA terms
Availability 99.95 % per month, MTTR 4 h for priority 1, service credits capped at 30 % of MRC.`],
  ['linkedin', 'en', '', `Great session today on the Traffic Light Protocol for our SOC: TLP:CLEAR, GREEN, AMBER, RED, what each one means and why AMBER+STRICT exists. Slides are public.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — Comparatif des trois offres d'équipementiers pour le cœur 5G : scores techniques, calendrier de livraison et support. Merci de ne pas transférer.`],
  ['linkedin', 'en', '', `The embargo on the ComReg decision lifted at 9 this morning, so I can finally say it: we won spectrum in all three bands we bid for!`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGO until 09:00 GMT, 14 January
Telemar and a European hyperscaler announce a 400G backbone between Dublin, Cork and Shannon. Quotes from both CEOs below.`],
  ['linkedin', 'fr', '', `Le mot "confidentiel" est tellement utilisé dans nos courriels qu'il ne veut plus rien dire. On a refait notre politique de classification avec seulement trois niveaux, et ça change tout.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not share beyond named recipients.
Indicators from the BGP hijack attempt on our prefixes this morning: origin AS 65530, announced via a small transit in the region. Details in the attached sheet.`],
  ['x', 'en', '', `"Classified" ads for used routers on Facebook Marketplace are my guilty pleasure. Someone is selling a 2009 core switch for €40, fans included.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — ne pas diffuser
Compte rendu du comité réseau : migration des BRAS repoussée au T2, renfort de deux ingénieurs sur l'équipe IP, revue des astreintes en février.`],
  ['linkedin', 'en', '', `Proud to say our NOC just got ISO 27001 certified. The auditor loved our document classification scheme: Public, Internal, Restricted. Three labels, zero confusion.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Internal
Minutes, capacity planning, 4 Dec. Action: order 8 extra 100G ports for the Warsaw IX by end of January; confirm rack space in hall B.`],
  ['linkedin', 'en', '', `Just finished "Confidential Assignment" on the flight back from Warsaw. Not a telecom thriller, sadly.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL — BOARD PACK EXTRACT
Wholesale revenue Q4 forecast: €38.2m vs €35.9m budget. Not yet communicated to the market.`],
  // — More financial figures: not yet public vs public —
  ['linkedin', 'en', 'financial', `Wholesale team update: pipeline for Q1 stands at €14.7m weighted, our best ever. It goes to the exec committee on Monday, so please keep it inside the team until the quarterly call.`],
  ['linkedin', 'en', '', `Industry report out today: the European data-centre colocation market is worth roughly €18bn and growing 9 % a year. Useful context for anyone pricing racks in Lisbon or Dublin.`],
  ['x', 'en', 'financial', `Margins on the new 10G wholesale product come out at 47 % after backhaul. Finance wants to sit on that until the investor update in March. I just want to tell everyone.`],
  ['linkedin', 'fr', 'financial', `Notre valorisation dans la levée en cours : 310 M€ pré-money, term sheet signée vendredi. L'annonce officielle attendra la clôture chez le notaire, fin janvier.`],
  ['linkedin', 'en', '', `Our parent company's half-year results were published this morning: group revenue up 4 %, fibre net adds of 38,000. Full deck on the investor relations site.`],
  ['linkedin', 'en', 'financial', `Price we'll propose to ISPs for dark fibre on the new Porto–Braga route: €1,150 per km per year on a 15-year IRU. Commercial team presents it on the 10th; until then it's a draft.`],
  ['linkedin', 'en', '', `Personal milestone: paid off the last €4,000 of my student loan this week, eleven years after my first helpdesk job. Keep going, juniors.`],
  ['linkedin', 'fr', '', `Offre d'emploi : ingénieur réseau confirmé à Dublin, 62 000–75 000 € brut annuels plus prime d'astreinte. Poste en CDI, équipe francophone et anglophone.`],
  ['linkedin', 'en', 'financial', `Capex ask for 2027 went in today: €88m, of which €31m for the 5G standalone core. If the board trims it, the Cork expansion is first to go. Fingers crossed for the 20th.`],
  ['linkedin', 'en', '', `Fun maths for my network-economics class: if a tower costs €150k and carries three tenants at €18k a year each, how many years to payback? (Hypothetical, before anyone asks.)`],
  ['x', 'en', 'financial', `Can finally breathe: the renegotiated power contract for our Warsaw DCs lands at 0.61 PLN/kWh fixed for three years. Not announced yet, it'll be in the sustainability report.`],
  ['linkedin', 'en', '', `Eir, SIRO and NBI all published their wholesale price lists this month. I compared the 1 Gbps FTTP rates side by side in a public spreadsheet, link below.`],
  ['linkedin', 'mixed', 'financial', `Forecast pour 2027, version du CFO : EBITDA 146 M€, net debt ratio 2.1x. It's still under embargo internally — on le présente aux banques en février.`],
  ['linkedin', 'en', '', `We raised our minimum wage for contractors in the Lisbon data centres to €1,100 a month from January, ahead of the statutory rise. Already announced at the all-hands, and I'm proud of it.`],
  ['linkedin', 'en', 'financial client_name', `Tender update: we're bidding £2.4m for the Globex UK branch network refresh, five-year term. Bids close Friday, and nobody outside the deal team should know our number.`],
  ['linkedin', 'en', '', `Fibre-to-the-home in Ireland costs between €600 and €2,500 per premises passed depending on density, according to the national broadband plan's published figures.`],
  ['linkedin', 'fr', 'financial', `Pour l'équipe partenaires : le tarif de transit IP qu'on va annoncer le mois prochain sera de 0,18 € par Mbps au 95e centile. Les partenaires ne l'ont pas encore reçu, merci d'attendre la lettre officielle.`],
  // — Mixed finds in pasted notes and chats —
  ['linkedin', 'en', 'phone internal_url', `Pasted our shift handover by accident, deleting in 5 min:
- core-r1.opo still flapping, see http://10.12.0.5/cacti
- vendor TAC engineer Pedro, +351 93 551 2074
- DWDM spare card arrives Tuesday`],
  ['linkedin', 'en', 'email secret', `Service account for the new monitoring probe, keep safe: svc-probe@lusotel.pt / Pr0be!Braga-2026-q4. Ana will rotate it after the pilot.`],
  ['linkedin', 'en', 'client_name internal_url', `Cutover checklist for Société Générique's Lisbon office:
1. Pre-check on rtr-sg-lis.corp.acme.com
2. Swap the WAN handoff to port 0/0/3
3. Confirm BGP with their NOC
4. Sign-off by 06:00`],
  ['linkedin', 'mixed', 'codename internal_url', `Démo Nébula demain 10 h : the staging portal is https://nebula-staging.acme-corp.net, connectez-vous avec votre compte habituel.`],
  ['linkedin', 'en', 'iban email', `Finance asked me to share this with the partners: remittances to IE79 AIBK 5265 2881 5173 11, remittance advice to ar@telemar.ie. Thanks!`],
  ['linkedin', 'en', 'national_id phone', `HR note I should have sent by email: Bartosz W., PESEL 01310313462, mobile 512 309 884, starts in the Gdańsk NOC on 2 February.`],
  ['linkedin', 'en', 'client_name phone', `Initech's facilities manager asked for our engineer's number for the Thursday visit: it's Dariusz on +48 22 583 41 90. Door code is with reception.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `CONFIDENTIEL — Compte rendu de réunion avec l'Hôpital Sainte-Claire : besoin de deux liens diversifiés pour la radiologie, décision attendue fin janvier.`],
  ['linkedin', 'en', 'codename secret', `Kestrel lab access for the contractors: SSID "KESTREL-LAB", WPA2 passphrase Falcon-Pier-7733. Project Kestrel kit stays in cage 4, please.`],
  ['linkedin', 'en', 'national_id', `My payslip shows my NI number as PW 71 93 55 C but HMRC has it as PW 71 93 55 D, which one do I give the new employer? (Posting in the HR group, hoping someone knows.)`],
  ['linkedin', 'en', 'national_id', `Contractor onboarding, Dublin: Sinéad R., PPSN 3704512NA, access badge for halls A and B from Monday.`],
  ['linkedin', 'en', 'iban', `Quick one for accounts payable: the tower landlord in Mayo gave us IE22 BOFI 4699 4235 3417 30 for the ground rent, please set it up before the 28th.`],
  ['linkedin', 'en', 'card', `Can someone on the events team book the Kraków hotel? Use the team Amex 3728 914398 35671, it's the one procurement approved.`],
  ['linkedin', 'fr', 'national_id', `Pour le contrat de sous-traitance au Portugal, voici mon NIF : 119567725. Je vous envoie la copie de la carte par courrier recommandé.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `A reminder that Portuguese NIFs starting with 5 belong to companies, so a company number on an invoice is public information, not personal data. Personal ones start with 1, 2 or 3.`],
  ['linkedin', 'en', '', `Staff notice: you'll be asked for your PPSN during onboarding by HR only, through the HR portal. Nobody from IT or the NOC will ever ask for it by chat.`],
  ['linkedin', 'en', '', `The PL IBAN we were sent, PL85 4008 9003 7313 1975 0723 1533, fails the checksum. Before you pay a "new supplier account", run it through a validator. That habit has already stopped two frauds here.`],
  ['linkedin', 'en', 'phone', `For the Dublin data-centre tours next week, our visitor coordinator Aoife is on +353 87 902 1144. Bring photo ID, no exceptions.`],
  ['linkedin', 'fr', 'phone', `Le standard de notre bureau de Varsovie a changé : +48 22 417 03 60. L'ancien numéro renvoie encore jusqu'à fin février.`],
  ['x', 'en', 'phone', `Anyone at PLNOG this week want to talk peering? Text me on +48 690 114 273, I'm at the bar near hall 2.`],
  ['linkedin', 'en', 'email', `Wholesale ordering moves to a shared mailbox from Monday: orders.wholesale@telemar.ie. The old personal addresses will bounce after 31 January.`],
  ['linkedin', 'en', 'secret', `Shared the Wi-Fi for the customer workshop room on the whiteboard and someone photographed it for LinkedIn 🤦 For the record, "BoardRoom-5G" / Shannon!Reef88, and IT can't change it before Monday.`],
  ['linkedin', 'en', 'internal_url', `New wiki page on our DNS design: https://wiki.corp.acme.com/noc/dns-resolvers. If you run resolvers in any region, read it before Thursday's review.`],
  // — More French and mixed finds —
  ['linkedin', 'fr', 'financial', `Bonne nouvelle pour l'équipe wholesale de Lisbonne : le conseil a validé une baisse de 12 % de nos tarifs de colocation au 1er juillet. Les clients ne seront informés qu'en avril, donc on garde ça sous le coude.`],
  ['linkedin', 'fr', 'internal_url secret', `Extrait de ma config de test, oubliée dans le presse-papiers :
interface ge-0/0/1 { unit 0 { family inet { address 172.22.8.1/30; } } }
protocols ospf area 0.0.0.0 interface ge-0/0/1 authentication md5 1 key "Ospf-Gdansk-19!"`],
  ['linkedin', 'fr', 'phone', `Pour les visites du datacenter de Porto, contactez directement Filipa au 912 004 857. Badge et chaussures de sécurité obligatoires.`],
  ['linkedin', 'fr', 'email', `Les demandes d'interconnexion passent désormais par une adresse unique : interco (arobase) lusotel (point) pt. Plus besoin d'écrire à trois personnes.`],
  ['linkedin', 'fr', 'client_name financial', `Offre remise ce matin à Globex pour l'hébergement de leur site de reprise à Porto : 96 000 € par an, engagement de trois ans. Réponse attendue mi-janvier, pas de communication avant.`],
  ['linkedin', 'fr', 'codename', `Orion avance bien : 70 % des VPN clients sont déjà sur le nouveau cœur MPLS, la bascule des derniers sites est prévue la semaine prochaine.`],
  ['linkedin', 'fr', 'national_id', `Message collé au mauvais endroit, désolé : "Fiche d'embauche Kraków — Agnieszka P., PESEL 83062914571, début le 3 mars, équipe transmission."`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER — partage limité aux opérateurs membres
Campagne de scans SSH contre les routeurs de bordure depuis trois jours, toujours les mêmes comptes testés. Liste des IP sources en pièce jointe.`],
  ['linkedin', 'mixed', 'iban', `Reminder pour la compta : the Lisbon landlord's account is PT50 7211 5883 0936 2609 9346 3, loyer à régler avant le 5 de chaque mois.`],
  ['linkedin', 'fr', 'internal_url', `Nouveau portail d'astreinte : https://oncall.intranet.telemar.ie, avec le planning de janvier déjà en ligne. Vérifiez vos créneaux !`],
  ['x', 'fr', 'financial', `Dernière ligne droite sur l'enchère 700 MHz : on est montés à 38 M€ ce soir, notre limite est à 42. Évidemment, personne hors de la salle ne doit le savoir.`],
  ['linkedin', 'mixed', 'phone', `Dyżur NOC ce week-end — on-call this weekend: Kamil, +48 517 220 964. Merci de passer par lui plutôt que par le manager.`],
  // — Clean everyday posts: live-posts, changelogs, polls, threads, goodbyes, tips —
  ['x', 'en', '', `Live from INEX's members meeting in Dublin: peak traffic passed 3.5 Tbps this year. The room cheered like it was a goal.`],
  ['linkedin', 'en', '', `Poll for network engineers: what's your first move when a BGP session flaps? 1) check the logs 2) check the optics 3) call the peer 4) blame the transit. Vote below!`],
  ['linkedin', 'en', '', `Changelog, customer portal v4.2: ticket attachments up to 25 MB, outage map shows planned works, dark mode (finally). Known issue: CSV export of invoices is slow for 10,000+ lines.`],
  ['x', 'en', '', `1/3 Why we moved our data-centre cooling to free air in Dublin: the climate does half the work for us 🌧️`],
  ['x', 'en', '', `2/3 PUE went from 1.48 to 1.21 over two years. The published sustainability report has the full curve.`],
  ['x', 'en', '', `3/3 The biggest lesson wasn't technical: it was convincing facilities and network to share one dashboard.`],
  ['linkedin', 'fr', '', `Dix ans aujourd'hui que j'ai soudé ma première fibre dans une chambre télécom à Braga. Depuis : 3 pays, 2 datacenters, une quantité indécente de café. Merci à tous ceux qui m'ont appris le métier.`],
  ['linkedin', 'en', '', `Tip: when you label patch cables, put the far-end port on both ends. Future you, at 3 am, in a cold aisle, will be grateful.`],
  ['linkedin', 'en', '', `We're hiring! Network Operations Engineer in Gdańsk, 14,000–18,000 PLN gross a month, 4-on/4-off shifts, training on Juniper and Nokia. Apply via our careers page.`],
  ['linkedin', 'en', '', `Congratulations to our Porto team for winning "Data Centre Team of the Year" at last night's awards. 0 unplanned outages in 2026 and a lot of Francesinhas.`],
  ['linkedin', 'en', '', `Supplier notice: from 1 February our invoices will come from the new billing platform, with the same bank details and the same customer references. Nothing to change on your side.`],
  ['linkedin', 'fr', '', `Conseil aux étudiants qui visent un poste NOC : apprenez à lire un traceroute et une table de routage avant d'apprendre un outil. Les outils changent, TCP/IP reste.`],
  ['linkedin', 'en', '', `Our new submarine landing station in Portugal is now live and listed in the public cable maps. Proud to have pulled the first fibre in, literally.`],
  ['linkedin', 'en', '', `After 14 years in telecom regulation in London, I'm starting a new role at a tower company in Warsaw. Dziękuję to everyone who helped me learn how spectrum licences actually work.`],
  ['linkedin', 'en', '', `The UK's shared-access licences for 3.8–4.2 GHz cost £80 a year per low-power licence, published on Ofcom's site. Great option for private 5G on campuses.`],
  ['linkedin', 'fr', '', `Sondage : pour vos sauvegardes de configuration, vous utilisez plutôt Oxidized, RANCID, un script maison ou… rien du tout ? Soyez honnêtes 😅`],
  ['x', 'en', '', `Cold aisle containment finished in hall 3. Inlet temperature down 4 °C, and the fans finally stopped screaming.`],
  ['linkedin', 'en', '', `Our NOC's three rules for a 3 am phone call: say who you are, say what's broken, say what you've already tried. Works for customers, works for vendors, works for managers.`],
  ['linkedin', 'en', '', `Great panel at Web Summit Lisbon on data-centre power in southern Europe. Everyone agrees grid connections are now the bottleneck, not land or fibre.`],
  ['linkedin', 'en', '', `Throwback: the first router I ever configured had 64 MB of RAM and a console cable held together with tape. Today's line cards have more memory than our whole 2008 POP.`],
  ['x', 'mixed', '', `Meeting à Lisbonne today with the Polish team, all in English, lunch in Portuguese, jokes in French. Telecom is the most international industry I know.`],
  ['linkedin', 'en', '', `Our public status page now shows planned maintenance 14 days ahead, with affected regions on a map. Customer feedback shaped every part of it.`],
  ['linkedin', 'fr', '', `Fin d'une belle mission à Cork : migration de 2 200 lignes cuivre vers la fibre, sans une seule réclamation client. Prochain arrêt : Limerick.`],
  ['linkedin', 'en', '', `Spectrum auctions explained for non-engineers: the regulator sells time-limited rights to use radio frequencies, and the money goes to the state. The published results show who paid what.`],
  ['linkedin', 'en', '', `Thank you ComReg for an excellent consultation workshop. Our response on the 2.3 GHz band is public on their website, and we'd welcome comments from other operators.`],
  ['linkedin', 'en', '', `Here's the switch-port naming convention we use across Ireland, Poland and Portugal: site-hall-row-rack-unit-port. Dull, consistent, and it has saved us hundreds of hours.`],
  ['linkedin', 'en', '', `Hi Paweł, thanks for flagging the slow speeds. Our engineer will visit between 8 and 12 on Thursday; you'll get a text the evening before with the exact time slot.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hello Inês, we're sorry about the outage in Setúbal. Service was restored at 16:40 and the cause was a damaged cable at a roadworks site. A credit will appear on your next bill.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Jérôme, votre demande de portabilité est bien enregistrée. Le transfert aura lieu sous un jour ouvré, sans coupure de plus de quelques minutes.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Version 3.0 of our open-source config linter is out: it now flags plaintext passwords, SNMP v1/v2c communities and default credentials in Cisco, Juniper and Nokia configs.`],
  ['linkedin', 'en', '', `The State's contract with National Broadband Ireland committed up to €2.7bn of subsidy back in 2019, a public figure that still shapes every rural deployment we do.`],
]);
