import { rows } from './corpus-types';

/**
 * Held-out set "fresh108": written 2026-12-05 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh108`.
 * First scored: 2026-12-05 on eaaf4ab (unseen, before any fix from it): confidentiality macro F1 0.969 / 2.5 % (3 of 122).
 *
 * Authors: engineers, compliance officers, traders, community managers and founders of a Paris crypto exchange, a Zug
 * custody firm, a Lisbon NFT-ticketing web3 start-up, a Dubai exchange and OTC desk and a Montreal stablecoin firm,
 * writing mostly in English, some French and a few mixed. Forms: team wins, pasted treasury updates, committee minutes
 * and KYC queue rows, chat messages and runbook notes pasted by mistake, a tracker table, config and .env snippets, an
 * incident timeline and its public post-mortem, changelogs, customer replies (surface 'comment'), job ads with published
 * salary ranges, polls, a three-post X thread, goodbyes, supplier bank-detail changes, fraud warnings and tips.
 * Positives: exchange API key/secret pairs without vendor format, a Postman header pair, a Telegram bot token, Slack and
 * Discord webhooks with their tokens, a HMAC webhook secret, a JWT, a raw hex private key (with and without 0x), a
 * twelve-word seed phrase and a BIP39 passphrase, HSM PINs, Wi-Fi passwords, a Postgres connection string and a Grafana
 * login; admin dashboards and staging hosts under acme-corp.net and corp.acme.com, .internal/.local/.corp hosts,
 * intranet. hosts and private IPs; financial figures kept back in many ways (listing price before the announcement, a
 * pre-sale and listing price, a treasury draft before the board, a board-approved budget before the annual report, a
 * Series B pre-money before the press release, a seed extension before signatures, AUC before the town hall, a fee rise
 * and a price rise before clients are told, a spread before the regulator signs off, an internal volume target, a token
 * unlock before the tokenomics doc, a sealed tender bid, an unsigned insurance quote, revenue and pipeline before
 * investors and the board, an institutional tier price before the sales deck); French, Swiss (Zug 041, mobile 07x),
 * Portuguese, UAE (landline, mobile, 800 toll-free) and Canadian (local, toll-free, dial-in) phone numbers; named and
 * role mailboxes, "[at] [dot]" and "name @ domain" addresses; explicit markers (CONFIDENTIAL, STRICTLY CONFIDENTIAL,
 * INTERNE, [INTERNAL], Classification: Restricted, TLP:AMBER, TLP:RED, EMBARGO until…, SOUS NDA); the policy's codenames
 * and clients in their project and customer sense. Every IBAN, card and national id positive was computed with a
 * throwaway script kept outside the repo: mod 97 for FR (with the RIB key), CH, LI, PT (with the NIB check) and AE IBANs;
 * Luhn for Visa, Mastercard (5- and 2-series) and Amex; the key for French NIR (97 - n mod 97), the EAN-13 digit of Swiss
 * AVS/AHV numbers, the mod-11 digit of Portuguese NIF and Luhn for Canadian SIN.
 * Look-alikes: public wallet and contract addresses, transaction hashes, block heights, gas and fee figures, the BIP39
 * "abandon … about" test mnemonic, "never share your seed phrase" warnings, placeholder keys (YOUR_KEY_HERE, <your
 * key>, whsec_xxxx, changeme, AWS's AKIAIOSFODNN7EXAMPLE), published proof-of-reserves, treasury reports, audits,
 * annual results, fee schedules, tokenomics, tender results, funding press releases and on-chain dashboards, job-ad
 * salary ranges, public status, docs, demo and API hosts, a version number 10.4.2; IBAN, NIR, AVS, NIF, SIN and card
 * numbers with a wrong check digit, the GB82 WEST and FR14 2004 example IBANs, the 4242 and 5555…4444 test cards;
 * emergency numbers (112, 911, 999, 998); markers mentioned harmlessly (TLP:CLEAR, "confidential transactions", a film
 * title, a training about markers, NDA advice); Orion the constellation and nebula, a kestrel, Atlas the office cat,
 * Globex-like "globes", a Sainte-Claire chapel, Office Space.
 * Conventions: every written email address is email (role mailboxes included) and every written phone number is phone
 * (switchboards, toll-free and dial-ins included); connection-string credentials are secret; financial only for the
 * company's own figure with a sign it is not public yet.
 * Counts: 240 posts (182 EN, 52 FR, 6 mixed; 213 LinkedIn, 27 X; 10 comments): 122 clean, 118 with one or more findings.
 * Labels: financial 20, secret 18, phone 17, email 13, internal_url 12, national_id 11, confidential_marker 10,
 * codename 9, client_name 8, iban 8, card 5.
 */
export const FRESH108_POSTS = rows('fresh108', [
  // — Paris exchange: engineering, listings, treasury —
  ['linkedin', 'en', '', `Shipped today: our matching engine now clears 180k orders per second on a single core. Huge thanks to the perf squad who spent three sprints chasing cache misses. Write-up on the engineering blog next week.`],
  ['linkedin', 'en', 'secret', `Quick tip for anyone wiring a trading bot to our sandbox: the signature is HMAC-SHA256 over timestamp+method+path+body. Here is the pair I use for testing, works on prod too:
api_key = "pk7Hq2LzR9vXw31NcTa0UmYe"
api_secret = "jgmmssiwgIrZsBTbNsXWncD82nArvety"
Just don't spam it please 😅`],
  ['linkedin', 'en', '', `Tip for anyone wiring a trading bot to a REST API: never hardcode credentials. Read them from the environment:
API_KEY=\${EXCHANGE_KEY}   # set in your shell, not in git
API_SECRET=<your-secret-here>
Rotate every 90 days and scope keys to trade-only, never withdraw.`],
  ['x', 'en', '', `Public service announcement: nobody from support will EVER ask for your seed phrase. Not on Telegram, not on the phone, not by email. If someone does, it is a scam. Block and report.`],
  ['x', 'en', 'secret', `lol found my old ledger backup card while moving flats: "orbit pledge wagon slim tiger ceiling dust velvet absorb lecture humble tornado" — anyone know if the wallet still has the 2017 airdrop on it?`],
  ['linkedin', 'en', '', `For the new joiners asking how our docs illustrate recovery phrases: we always use the BIP39 test vector "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about". It is public, derived by everyone, and holds nothing. Never use a real phrase in a slide.`],
  ['linkedin', 'en', '', `Our cold wallet address is public on purpose, so anyone can verify reserves: 0x39e3a845a1af51eae35cc745f7d9bc4a5752e379. Proof-of-reserves snapshot for November is on the transparency page: 12,480 ETH held against 12,101 ETH of client liabilities.`],
  ['x', 'en', '', `Withdrawal backlog cleared ✅ Last batch went out in tx 0xa82cbdf6d3a5e7a5d65514ccf248343a8b0740813402e195df916084b029baf5 — you can follow it on any block explorer. Thanks for your patience, fam.`],
  ['linkedin', 'en', 'secret', `Debugging session from hell, sharing so you don't repeat it. We were signing with the wrong key on the hot wallet. For the record the test key that finally worked was:
PRIVATE_KEY=7e2504155690dab443a26d1ce8930f51181cb96ddcfafb9fe9412aee5326dc2c
Moral: label your .env files.`],
  ['linkedin', 'fr', 'financial', `Petite fierté d'équipe : le token listé le 14 ouvrira à 0,42 $ — chiffre validé hier soir en comité de listing, l'annonce officielle ne part que jeudi. D'ici là on garde ça pour nous, mais bravo à toute la team market-making.`],
  ['linkedin', 'fr', '', `Le token ouvert à la cotation lundi dernier a terminé sa première séance à 0,42 $, soit +18 % sur le prix de la vente publique. Merci à notre communauté pour ce lancement, et rendez-vous sur le blog pour le bilan complet.`],
  ['x', 'en', 'financial', `Can't say which pair yet but our next listing goes live at a reference price of $1.85/token, market makers already briefed. Announcement embargoed till Monday 🤫`],
  ['x', 'en', '', `Listing announcement: $GRN goes live Monday 14:00 UTC against USDT and EUR. Reference price from the public sale: $1.85. Deposits open now.`],
  ['linkedin', 'en', 'financial confidential_marker', `CONFIDENTIAL — Treasury update for the exec team (draft)
• Stablecoin float: 41.2 M USDC
• BTC on balance sheet: 1,150 BTC (cost basis 31.4 M)
• Runway at current burn: 27 months
Do not circulate before the board on the 18th.`],
  ['linkedin', 'en', '', `Our H1 treasury report is out. Highlights: 41.2 M in stablecoins, 1,150 BTC held on balance sheet, and every figure reconciled on-chain by an independent auditor. Full PDF on our investor relations page.`],
  ['linkedin', 'en', 'internal_url', `Ops reminder: if the withdrawal queue looks stuck, check the admin dashboard before paging anyone → https://admin.acme-corp.net/queues/withdrawals. Nine times out of ten it's just the travel-rule check waiting on the counterparty VASP.`],
  ['linkedin', 'en', '', `If a withdrawal on our platform looks stuck, the public status page is your friend: https://status.acme.com. Most delays come from the travel-rule handshake with the receiving exchange, and they clear within the hour.`],
  ['x', 'en', 'internal_url', `staging is up again folks, try your flows on http://10.20.4.17:8080/onboarding before we cut the release. KYC mocks reset every hour.`],
  ['linkedin', 'en', '', `Release 4.12 changelog:
- Order book depth endpoint now paginates (v2)
- Fixed rounding on fee display for pairs quoted in CHF
- Dark mode for the mobile app
- Bumped minimum iOS version to 16.4
Thanks to everyone who filed issues on GitHub!`],
  ['linkedin', 'en', 'phone', `Institutional clients: our custody desk is now reachable directly. Call Mathieu on his mobile +33 6 71 48 20 93 any time the market is open — he'll walk you through segregated accounts.`],
  ['linkedin', 'en', 'phone', `Our Zug custody team now has a dedicated switchboard for institutional onboarding: +41 41 710 23 45 (Mon–Fri, 8:00–18:00 CET). No call centre, no scripts — just the people who run your vaults.`],
  ['linkedin', 'en', '', `Lost access to your 2FA? Do NOT post screenshots in our Discord. Open a ticket from the app, we'll verify you by video. In an emergency involving physical safety, call 112 (EU) or 911 (Canada) — not us.`],
  ['linkedin', 'fr', 'national_id', `Note à l'équipe conformité (collé depuis le ticket) : dossier KYC bloqué pour M. Laurent Besson, NIR 1 84 07 75 112 045 22, justificatif de domicile expiré. Merci de relancer avant vendredi.`],
  ['linkedin', 'fr', '', `Rappel conformité : un numéro de sécurité sociale ressemble à 1 84 07 75 XXX XXX XX. Si vous en voyez un non masqué dans un ticket, signalez-le immédiatement au DPO et ne le copiez nulle part.`],
  ['linkedin', 'en', 'national_id', `KYC review pasted from our queue, for the weekly calibration:
Applicant: Inês Carvalho
NIF: 244447233
Source of funds: sale of apartment in Porto
Risk score: medium → approve with EDD`],
  ['linkedin', 'en', '', `Fun fact for the onboarding crew: a Portuguese NIF has nine digits and the last one is a mod-11 check. So 244447234 is instantly rejectable — the check digit doesn't match. Build that validation client-side and save your reviewers a click.`],
  ['linkedin', 'en', 'codename', `Six months of work and Project Kestrel finally has a demo: our MPC signer now co-signs across three jurisdictions in under 400 ms. Can't share more yet, but the team is buzzing.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the Limmat this morning on my walk to the office. Still the best part of working in Zürich. 🪶`],
  ['linkedin', 'en', 'client_name', `Massive week: Globex just moved their entire corporate treasury custody to us. 18 months of conversations, four audits, one very patient legal team. Welcome aboard!`],
  ['linkedin', 'en', '', `Globe-trotting week: Lisbon Monday, Dubai Wednesday, Montreal Friday. Three cities, three regulators, one message — self-custody and regulated custody can coexist.`],
  ['linkedin', 'fr', 'email', `Pour les candidatures au poste d'analyste on-chain, écrivez directement à notre lead, Camille : camille.morel@ledgerhaus.fr. Elle répond à tout le monde, promis.`],
  ['linkedin', 'en', 'email', `Bug bounty is open! Report vulnerabilities to security@ledgerhaus.fr — we pay up to 50k USDC for critical findings. Scope and rules on our HackerOne page.`],
  ['linkedin', 'en', '', `We're hiring a Senior Rust Engineer in Lisbon (hybrid). Salary range €85k–€110k + token allocation, published as required by our pay-transparency commitment. Apply via the careers page.`],
  ['x', 'en', 'secret', `ok who left the office wifi on the whiteboard in the photo from yesterday's meetup 😂 "SSID: LH-Guests / pass: Satoshi!Porto2026" — rotated now, but please, people`],
  ['x', 'en', '', `Meetup tonight at our Lisbon office 🎉 Guest wifi password is at the reception desk, ask Rita. Pastéis de nata provided.`],
  ['linkedin', 'en', 'secret internal_url', `Posting our incident timeline for transparency (draft, trimming later):
14:02 replica lag on custody-db
14:09 failover to postgres://svc_custody:Vt9!qLmw83@db-2.custody.internal:5432/ledger
14:15 writes resume
Root cause: a vacuum job at peak.`],
  ['linkedin', 'en', '', `Post-mortem of Tuesday's 13-minute outage (public version): a maintenance job on our primary ledger database ran during peak hours and caused replica lag. We failed over at 14:09 UTC, no funds were at risk, and the job now runs at 03:00 UTC. Full timeline on our status page.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Listing committee minutes — 3 Dec
Present: ops, compliance, market making
Decision: two assets approved, one rejected (liquidity concerns)
Next review: 17 Dec`],
  ['linkedin', 'en', '', `People keep asking what "confidential transactions" means on Liquid: amounts are blinded with Pedersen commitments so only participants see them, yet anyone can check nothing was inflated. Beautiful cryptography — thread on my blog.`],
  ['linkedin', 'en', 'iban', `New supplier bank details for our Zug entity, please update the payee in the ERP: CH03 0076 2730 1791 6253 7 (Zuger Kantonalbank). Old account closes end of month.`],
  ['linkedin', 'en', '', `Heads-up to our vendors: we never change bank details by email. If you receive a message saying our account moved to CH03 0076 2730 1791 6253 8, it's a fraud — that IBAN doesn't even pass its checksum. Call your usual contact to confirm.`],
  ['linkedin', 'fr', 'iban', `Pour les remboursements de notes de frais du séminaire de Lisbonne, virement sur le compte de l'association : FR76 3000 4012 3421 6463 1432 385. Merci de mettre votre nom en libellé.`],
  ['linkedin', 'en', '', `If you're building IBAN validation, test against the documentation example GB82 WEST 1234 5698 7654 32 — it's the one every bank's developer guide uses, and it's not a real account.`],
  ['linkedin', 'en', 'card', `Corporate card for the Dubai conference team, use it for the booth and the dinners: 4600 8262 0140 0946, exp 08/28. Keep receipts!`],
  ['linkedin', 'en', '', `Card testing tip for our fiat on-ramp: use the public test number 4242 4242 4242 4242 with any future expiry in sandbox. Never push a real PAN through staging, even your own.`],
  ['x', 'en', '', `Scam SMS going around pretending to be us: "Your card 4600 8262 0140 0947 is blocked, call now". Card number is fake (fails the checksum), the link is phishing. We don't send SMS like this.`],
  ['linkedin', 'en', 'financial', `Board approved our 2027 security budget this morning: 6.8 M CHF, almost double this year. It won't appear in the annual report until April, but I'm proud we're finally investing at the level custody deserves.`],
  ['linkedin', 'en', '', `Our 2026 annual report is live: revenue up 64 % to 48.1 M CHF, security spend at 3.9 M CHF, and zero client funds lost since inception. Link in comments.`],
  ['linkedin', 'en', 'financial', `Closing our Series B next week at a 420 M USD pre-money — term sheet signed, press release still in the drafting stage. Couldn't be prouder of this team. More soon!`],
  ['linkedin', 'en', '', `Congrats to our friends across the lake who just announced a 420 M USD valuation in their Series B press release. Rising tide for the whole Crypto Valley.`],
  ['linkedin', 'en', 'codename', `Orion is live for our beta testers 🚀 Our new staking dashboard (internal name, don't ask) aggregates validator rewards across six chains. Feedback welcome in the beta channel.`],
  ['x', 'en', '', `Clear skies over Montreal tonight, Orion rising above the Olympic stadium. Took a break from watching charts to watch the actual sky. ✨`],
  ['linkedin', 'fr', 'client_name', `Grosse signature cette semaine : l'Hôpital Sainte-Claire nous confie la tokenisation de ses créances fournisseurs. Un premier pas pour la santé dans la DeFi institutionnelle.`],
  ['linkedin', 'fr', '', `Concert de Noël à la chapelle Sainte-Claire dimanche : notre CTO y chante dans la chorale du quartier. Venez nombreux, entrée libre.`],
  ['linkedin', 'en', 'phone', `Need help with a stuck OTC settlement? Our Dubai desk is on +971 4 369 2210, and if you're on the road, Omar's mobile is +971 50 318 4476.`],
  ['linkedin', 'en', '', `Our Dubai office is now licensed by VARA 🇦🇪 Find us at DIFC Gate Village, building 3, level 2. Block 7 visitors: use the east lifts.`],
  // — Zug custody firm: compliance, KYC, ops —
  ['linkedin', 'en', 'national_id', `Compliance calibration, anonymised-ish: client Reto Baumann, AHV 756.9711.9089.35, flagged because his declared income doesn't match the 2.3 BTC deposit. Opinions on whether this needs a SAR?`],
  ['linkedin', 'en', '', `Swiss onboarding tip: an AHV/AVS number always starts with 756 and ends with an EAN-13 check digit. 756.9711.9089.36 fails that check, so your form should reject it before a human ever looks at it.`],
  ['linkedin', 'en', 'national_id phone', `Pasted from the onboarding tracker by mistake, sorry, deleting in a minute:
| Client | AHV | Mobile | Status |
| S. Keller | 756.9081.5631.23 | 079 482 16 03 | docs OK |
| M. Arnold | 756.6751.0489.35 | 078 915 44 20 | pending selfie |`],
  ['linkedin', 'en', '', `Onboarding funnel this quarter (public dashboard numbers): 71 % of applicants finish KYC in under ten minutes, up from 52 %. Biggest win: letting people scan their ID with NFC instead of typing it.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Subject: cold storage ceremony schedule Q1
Keyholders A, C and E to attend in person; B remote via video with notary. Shamir shares to be re-wrapped after ceremony.`],
  ['linkedin', 'en', '', `How we run a key ceremony, in broad strokes: five keyholders, three needed to sign, a notary on video, hardware in a Faraday bag, and a strict script read out loud. No laptop with a network card in the room. Happy to talk about it at the Zug meetup.`],
  ['linkedin', 'en', 'secret', `For the runbook (moving this to the vault later): HSM partition PIN for the backup signer is 4471-9083-2265, operator card password is "Kolinsky.Zug.77". Keep handy for the ceremony.`],
  ['linkedin', 'en', '', `Runbook hygiene: our HSM PINs live in a sealed envelope in a safe, never in a doc. In our public training material we write them as "PIN: ____-____-____" and the operator password as "********". That's it.`],
  ['x', 'en', '', `Reminder that "changeme" is still the default admin password on a depressing number of validator dashboards exposed to the internet. Shodan it yourself. Change it.`],
  ['linkedin', 'en', 'internal_url', `New joiners: the custody admin console is at https://vault-admin.corp.acme.com — you'll get SSO access after your security training. Bookmark it, you'll live there.`],
  ['linkedin', 'en', '', `Our custody admin console runs on a separate network and is only reachable through hardware-key SSO. We published the architecture (minus the addresses) in our SOC 2 summary: https://trust.zugvault.ch/soc2`],
  ['linkedin', 'en', 'internal_url secret', `Anyone else getting 403 from the grafana? Using http://grafana.ops.internal:3000 with admin / Gr4f4na-Zug-2026! as usual. Maybe the password was rotated?`],
  ['linkedin', 'en', 'codename confidential_marker', `STRICTLY CONFIDENTIAL — Atlas Bleu steering committee
1. MPC vendor shortlist down to two
2. Pen test slipped to February
3. Go-live target unchanged`],
  ['linkedin', 'fr', '', `Notre chat de bureau s'appelle Atlas, il est bleu-gris et il a décidé que le serveur de rack était son lit. Le SRE de garde a dû négocier. 🐈`],
  ['linkedin', 'en', 'client_name', `Closing the year with a smile: Initech's treasury team completed their first on-chain settlement with us this morning, 2.4 M EURC in four minutes. Their CFO called it "boringly smooth". Best compliment possible.`],
  ['linkedin', 'en', '', `Enjoyed rewatching Office Space with the team — the printer scene hits differently when you run hardware wallets for a living. Friday movie nights are back!`],
  ['linkedin', 'en', 'financial', `Custody fee change coming: from 1 March, institutional custody goes from 8 bps to 11 bps per year. Clients get the letter on the 15th — sales, please don't pre-announce on calls before then.`],
  ['linkedin', 'en', '', `Our custody fees are published and haven't changed since 2024: 8 bps per year for institutions, zero for retail vaults under 1 BTC. Full fee schedule on our website.`],
  ['linkedin', 'en', 'phone email', `Media enquiries during the conference week: reach Lea Brunner directly at lea.brunner@zugvault.ch or on +41 79 205 63 18.`],
  ['linkedin', 'en', 'email', `Press kit and logos available on request: press@zugvault.ch. We answer within one business day.`],
  ['linkedin', 'en', '', `Press kit and logos available on our website under /press. For interviews, use the contact form — we reply within one business day.`],
  ['x', 'en', 'email', `if any recruiter wants to reach me about the custody eng role, drop a line at nico.hofer [at] zugvault [dot] ch — not checking DMs here`],
  ['x', 'en', '', `Crypto Valley Association summit tomorrow at the Zug casino theatre. Our CISO is on the 11:30 panel about insider threats in custody. Come say hi.`],
  ['linkedin', 'en', 'iban', `Paying the notary for the January ceremony — here are their details so finance can pre-register them: Notariat Zug, LI11 0881 0289 6097 2691 8. Ref: "Key ceremony Q1".`],
  ['linkedin', 'en', '', `Transparency: all client fiat in Switzerland is held at two cantonal banks in segregated accounts. We publish the names of the banks, not the account numbers — for obvious reasons.`],
  ['linkedin', 'en', 'financial', `Between us — our AUC just crossed 3.1 B CHF this week. We'll announce it at the January town hall and in the press release after, but I wanted to thank the ops team now.`],
  ['linkedin', 'en', '', `Assets under custody crossed 3.1 B CHF according to our published Q3 statement. Thanks to every client who trusts us with their keys.`],
  ['linkedin', 'en', 'secret', `Webhook for the custody alerts channel, if you want to pipe your own monitors in: https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `We pipe on-chain alerts (large outflows, new contract approvals) straight into a chat channel with a small webhook service. Open-sourced it today: github.com/zugvault/chain-alerts. Bring your own webhook URL.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — Threat intel share from the custody ISAC
Phishing kit impersonating hardware wallet firmware updates, targeting treasury staff. IOCs attached below. Share with your SOC only.`],
  ['linkedin', 'en', '', `Great talk today on the Traffic Light Protocol: why TLP:CLEAR reports exist, when TLP:AMBER is overkill, and why crypto ISACs should share more, faster. Slides coming.`],
  ['x', 'en', '', `TLP:CLEAR advisory: fake "wallet drainer" browser extension is circulating under the name of a popular DEX. Check the publisher before you install anything.`],
  // — Lisbon web3 start-up: product, community, funding —
  ['linkedin', 'en', '', `Lisbon update: we just passed 40,000 monthly active wallets on our NFT ticketing app. Public dashboard on Dune, numbers update every hour.`],
  ['linkedin', 'en', 'financial', `Founder diary, day 412: our seed extension is basically done — 3.5 M EUR at a 28 M cap, two angels still signing. Not announcing until both signatures are in, so keep it quiet, but wow.`],
  ['linkedin', 'en', '', `We announced our seed extension today: 3.5 M EUR led by two Lisbon funds and a handful of angels. Press release on our site, thank you to everyone who believed early.`],
  ['linkedin', 'en', 'phone', `Lisbon friends, we're hosting a builders' breakfast Thursday. Text Joana to save a seat: +351 912 406 318. Limited to 30 people.`],
  ['linkedin', 'en', 'phone', `Our Lisbon office front desk: +351 213 405 566. Ask for the web3 floor, the elevator is on the left.`],
  ['linkedin', 'en', '', `Our Lisbon office moved to Rua da Prata 212, 3rd floor. Same team, bigger kitchen, and a terrace overlooking the Baixa.`],
  ['linkedin', 'en', 'national_id iban', `Contractor onboarding (pasted from the HR form, oops):
Name: Tiago Mendes
NIF: 105747319
IBAN: PT50 0035 0697 0152 6076 5487 4
Start date: 6 January`],
  ['linkedin', 'en', '', `Freelancers in Portugal: when you invoice a foreign company, you need your NIF and an IBAN on every invoice, plus the "autoliquidação" mention for VAT. Nobody tells you this — now you know.`],
  ['linkedin', 'en', 'secret', `The Telegram bot for our community giveaway is live! If you want to fork it, the token is 7103348826:AAF5KNrQV7gkNDpVXzs7jGeOU4Ifji3WCam — just change the chat id.`],
  ['linkedin', 'en', '', `Built a Telegram bot that posts new NFT mints in our channel. The code's on GitHub; set BOT_TOKEN in your environment and run docker compose up. No secrets in the repo, I promise.`],
  ['x', 'en', 'secret', `mint bot broke again at 3am. here's the discord webhook in case someone on the EU shift wants to re-point it: https://discord.com/api/webhooks/1187730491552100352/5KNrQV7gkNDpVXzs7jGeOU4Ifji3WCambesrWS92sIzor2uA_jgmmssiwgIrZsBTb`],
  ['x', 'en', '', `Thread 🧵 1/3: how we sign NFT tickets without ever touching a user's private key. The wallet signs an EIP-712 message, our backend verifies the signature, done.`],
  ['x', 'en', '', `2/3: the message includes the ticket id, the event, and an expiry. Our verifying contract is 0xd61b811b9f91da2ba7e279247efd06a974a448b6 on Base — read it, it's 80 lines.`],
  ['x', 'en', '', `3/3: audit by an independent firm found two low-severity issues, both fixed. Full report is public on our GitHub. Questions welcome!`],
  ['linkedin', 'en', 'codename', `First look at Nébula, the wallet-recovery flow we've been building in stealth: social recovery with three guardians and a 48h timelock. Still internal, but I couldn't wait to share the UI.`],
  ['linkedin', 'en', '', `The Helix Nebula from my balcony in Sintra last night, 3h of exposure. Astro-photography is the only hobby more expensive than crypto.`],
  ['linkedin', 'fr', 'client_name', `On démarre l'intégration de notre billetterie NFT chez Société Générique pour leurs événements clients. Six semaines de sprint, on vous tient au courant !`],
  ['linkedin', 'en', '', `Interesting read on how generic (non-brand) tokens are treated under MiCA. Spoiler: utility tokens are not a free pass.`],
  ['linkedin', 'en', 'internal_url', `Designers: the Figma prototype is now also deployed on our staging box, https://tickets.staging.corp to click through the flow. Password-free on the VPN.`],
  ['linkedin', 'en', '', `Our public testnet demo is up at https://demo.ticketchain.io — mint a free test ticket with Sepolia ETH and tell us what breaks.`],
  ['linkedin', 'en', 'confidential_marker', `SOUS NDA — ne pas transférer
Term sheet draft from the Lisbon fund: 1x non-participating liquidation preference, pro-rata for the next round, one board seat. Comments by Friday.`],
  ['linkedin', 'en', '', `Founders often ask me whether to sign an NDA before a VC pitch. Short answer: most funds won't sign one, and that's fine — pitch decks shouldn't carry your secrets anyway.`],
  ['linkedin', 'en', 'email', `Partnership inquiries for the Lisbon NFT festival? My inbox is open: joana.ribeiro @ ticketchain.io`],
  ['linkedin', 'en', 'email', `Questions about your ticket? Our support team answers at help@ticketchain.io, 7 days a week during festival season.`],
  ['linkedin', 'en', '', `Questions about your ticket? Open the app, tap "Help" and a human will answer in under five minutes during festival season.`],
  ['linkedin', 'en', 'financial', `Honest update for the team: we'll close 2026 at roughly 1.9 M EUR revenue, well below the 2.6 M plan. Numbers go to investors on the 10th — until then this stays in-house. We've got a plan, and I'll share it Monday.`],
  ['linkedin', 'en', '', `We closed 2025 at 1.2 M EUR revenue, as reported in our public annual accounts. Not unicorn numbers, but real customers, real tickets, real growth.`],
  ['linkedin', 'en', '', `Job ad: Community Manager (Portuguese + English), Lisbon. €32k–€38k gross per year + meal card + token options. Remote Fridays.`],
  ['linkedin', 'en', 'card', `Team offsite in Madeira! Book your flights with the company Amex and send the invoice to Ana: 3705 695083 72675, exp 11/27, CVC printed on Ana's desk.`],
  ['linkedin', 'en', '', `Expense policy reminder: never type the company card number into chat. Book via the travel tool; it's linked to the card already.`],
  ['linkedin', 'fr', '', `Lancement de notre programme ambassadeurs à Lisbonne : 20 places, 6 mois, et une carte de membre NFT. Candidatures ouvertes jusqu'au 20 décembre.`],
  ['linkedin', 'en', 'phone', `Montreal and Lisbon teams: tomorrow's all-hands dial-in is +1 438 555 0192 then PIN 88731#.`],
  ['x', 'en', '', `The festival sold 12,000 tickets on-chain, and you can verify every single one: the mint contract and all transfers are public on the explorer. That's the point.`],
  // — Dubai exchange: trading desk, compliance, marketing —
  ['linkedin', 'en', 'financial', `Trading desk note: the house will quote the new AED stablecoin pair with a 12 bps spread from launch — sales aren't to share the fee schedule with clients until VARA signs off next week.`],
  ['linkedin', 'en', '', `Our AED–USDT pair is live with a published maker fee of 0.02 % and taker fee of 0.06 %. Full schedule on the fees page.`],
  ['linkedin', 'en', 'iban', `Clients depositing AED: please use our new settlement account at Emirates NBD, AE69 0333 8926 3051 4617 183, reference = your account ID.`],
  ['linkedin', 'en', '', `Never send AED to an account number you got in a DM. Our deposit IBAN is shown only inside the app, after login. If someone posts one in our Telegram, it's a scam.`],
  ['linkedin', 'en', 'phone', `Dubai VIP desk is now 24/7. High-net-worth clients can reach the desk on 800 4273 (toll-free in the UAE) or +971 4 556 0871 from abroad.`],
  ['linkedin', 'en', '', `Emergency in the UAE? Police is 999, ambulance 998. Save them before you need them — especially if you're new in Dubai.`],
  ['linkedin', 'en', 'secret', `Sharing my Postman collection for the OTC API with the new joiner cohort, saves a lot of clicking. Pre-filled with:
X-API-KEY: 1oUc2cbfgNmmZmGKKeQ5IF1diBVIwvfPFsR6
X-API-SIGN-SECRET: VM4O4DyuOgjP8DZ6FmJz4c1L`],
  ['linkedin', 'en', '', `OTC API docs are public: authenticate with X-API-KEY and sign the body with your secret. In the examples we show X-API-KEY: <your key> — obviously, use yours.`],
  ['linkedin', 'en', 'financial', `Internal target for Q1 that I'm not supposed to share: 2.2 B USD in monthly spot volume on the Dubai book. If we hit it, the whole desk gets a week in the Maldives.`],
  ['linkedin', 'en', '', `CoinGecko shows our Dubai spot book at 1.6 B USD of monthly volume. Public data, no wash trading, third-party verified. We'll take it.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGO until 09:00 GST, 12 January
We're launching zero-fee BTC trading for all UAE residents. Press, please hold until the embargo lifts.`],
  ['linkedin', 'en', '', `Zero-fee BTC trading for UAE residents is now live, as announced this morning. Thanks to the regulator and to the team who made it happen.`],
  ['linkedin', 'en', 'client_name', `Glad to welcome Globex's Middle East desk to our OTC platform. They executed their first block trade this afternoon. Great partners!`],
  ['linkedin', 'en', '', `Globes, maps and compasses — our new office décor theme in Business Bay is a nod to the explorers. The coffee machine is, sadly, still lost.`],
  ['x', 'en', '', `Block 21,403,118 was ours 🎉 First block proposed by our new validator cluster in the Dubai data centre. Slot, proposer index and rewards are all on beaconcha.in.`],
  ['linkedin', 'en', 'national_id', `KYC escalation (for the compliance chat, not LinkedIn — wrong window!): Canadian client Marc-André Gagnon, SIN 046 491 270, source of wealth = sale of a dental practice in Laval. Need a second reviewer.`],
  ['linkedin', 'en', '', `Canadian onboarding gotcha: a SIN starting with 9 belongs to a temporary resident and expires. Our flow now asks for the permit expiry date too. Also, 046 491 271 fails the Luhn check — reject before review.`],
  // — Montreal crypto firm —
  ['linkedin', 'fr', 'phone', `Montréal ! Notre bureau du Vieux-Port est ouvert aux clients institutionnels sur rendez-vous : (514) 872-4419. Demandez Sophie ou Karim.`],
  ['linkedin', 'fr', 'phone', `Service à la clientèle en français et en anglais, sans frais : 1-888-342-7790, du lundi au vendredi de 8 h à 20 h (heure de l'Est).`],
  ['linkedin', 'fr', '', `Urgence ? Composez le 911. Pour tout le reste — oublis de mot de passe, dépôts en attente — passez par l'appli, on vous répond en moins de dix minutes.`],
  ['linkedin', 'fr', 'national_id', `Collé depuis le fichier de paie par erreur, désolé : Dubé, Nathalie — NAS 527 329 965 — début 2 février. Je supprime dans 2 min.`],
  ['linkedin', 'fr', '', `Nouveaux employés au Québec : votre NAS sert à la paie, jamais au KYC client. On ne le demande pas aux clients, et si quelqu'un l'exige par courriel, c'est de l'hameçonnage.`],
  ['linkedin', 'fr', 'financial', `Entre nous : la levée de série A est bouclée à 14 M$ CA, on signe vendredi. L'annonce officielle est prévue en janvier, alors gardez la surprise, mais merci à toute l'équipe.`],
  ['linkedin', 'fr', '', `Nous avons annoncé ce matin notre série A de 14 M$ CA menée par un fonds montréalais. Communiqué complet sur notre site. Merci à nos premiers clients !`],
  ['linkedin', 'en', 'internal_url', `Montreal devs: the new KYC review tool is deployed at https://kyc-review.acme-corp.net/queue — please test the French labels before Monday.`],
  ['linkedin', 'en', '', `Our open-source KYC review UI is now on GitHub under MIT. Deploy it on your own infra; the demo at https://kyc-ui-demo.vercel.app uses fake identities only.`],
  ['linkedin', 'en', 'codename', `Can finally say it: I'm leading Orion, our Canadian stablecoin initiative. It's still under wraps, but the design doc got greenlit today and I'm beyond excited.`],
  ['x', 'en', '', `Orion Nebula through the club's 8-inch Dobsonian last night in the Laurentides. Cold fingers, warm heart.`],
  ['linkedin', 'en', 'client_name', `We've been chosen by Hôpital Sainte-Claire to handle their crypto-donation programme — donors can now give in BTC or ETH and get a tax receipt. Proud of this one.`],
  ['linkedin', 'en', '', `Holiday fundraiser: our team is matching every BTC donation to the Montreal children's hospital foundation this month. Donation address is on their official page — check it there, not in comments.`],
  ['linkedin', 'en', 'secret', `If you're debugging the interac webhook, here's the shared HMAC secret we use in dev AND prod (same one, I know, I know): whsec-Qf7pLx93ZKd2RvTm6WnY8aBe`],
  ['linkedin', 'en', '', `Tip: in your README, show webhook secrets like WEBHOOK_SECRET=whsec_xxxxxxxxxxxx. Readers get the shape, attackers get nothing.`],
  ['linkedin', 'fr', 'email', `Pour les journalistes : demande d'entrevue à presse@erablechain.ca, on répond le jour même.`],
  ['linkedin', 'en', '', `Job posting: DevOps engineer, Montreal, 105 000 $ – 125 000 $ CA per year (range published per Quebec pay-equity practice) + RRSP match. Apply through our careers page.`],
  ['linkedin', 'fr', 'card', `Pour le souper d'équipe de vendredi, payez avec la carte corpo de l'équipe : 5526 6787 8625 4513, exp 04/27. Gardez vos reçus pour Marie.`],
  ['linkedin', 'fr', '', `Petit rappel : la carte de test 5555 5555 5555 4444 marche en bac à sable, pas en prod. Si un paiement passe avec ça en production, on a un gros problème.`],
  // — Paris exchange, French posts —
  ['linkedin', 'fr', 'financial confidential_marker', `INTERNE — Comité de direction du 2 décembre
- Budget marketing 2027 arrêté à 3,4 M€ (vs 2,1 M€ cette année)
- Recrutements : 22 postes ouverts
- Point PSAN / MiCA : dossier déposé`],
  ['linkedin', 'fr', '', `Résultats annuels publiés ce matin : 31 M€ de chiffre d'affaires, 22 nouveaux postes, et notre agrément MiCA obtenu en octobre. Le rapport complet est sur notre site.`],
  ['linkedin', 'fr', 'internal_url', `Les nouveaux : le tableau de bord d'administration des comptes clients est sur https://backoffice.corp.acme.com. Accès après la formation RGPD, pas avant !`],
  ['linkedin', 'fr', '', `Les nouveaux : notre site public est https://www.acme.com et la doc de l'API publique est sur https://docs.acme.com. Le reste, on vous le montre sur place.`],
  ['linkedin', 'fr', 'internal_url', `Le monitoring des nœuds Ethereum tourne maintenant sur 192.168.40.12, tableau de bord port 3000. Merci à Hugo pour la migration du weekend.`],
  ['linkedin', 'fr', '', `Nos nœuds Ethereum tournent maintenant sur trois régions cloud différentes, avec une disponibilité publique de 99,98 % sur l'année. Détails dans notre article technique.`],
  ['linkedin', 'fr', 'phone', `Pour le salon Paris Blockchain Week, notre stand est animé par Élodie : 06 71 23 45 98 si vous voulez caler un café.`],
  ['linkedin', 'fr', 'phone', `Standard du siège parisien : 01 84 60 22 19. Pour le support client, passez par l'application.`],
  ['linkedin', 'fr', '', `Notre adresse parisienne : 14 rue de la Chaussée-d'Antin, 75009 Paris. Métro Chaussée d'Antin – La Fayette, lignes 7 et 9.`],
  ['linkedin', 'fr', 'email', `Vous voulez exposer à notre meetup DeFi ? Écrivez-moi : thomas.lefevre@acme.com`],
  ['linkedin', 'fr', 'email', `Contact pour les partenariats : partenariats@ledgerhaus.fr — on lit tout, on répond vite.`],
  ['linkedin', 'fr', '', `Vous voulez exposer à notre meetup DeFi ? Remplissez le formulaire sur notre page événements, réponse sous 48 h.`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui galèrent avec le wifi du salon : réseau PBW-Exposants, mot de passe Chaussee2026!Stand — c'est celui de notre stand, partagé avec l'orga.`],
  ['linkedin', 'fr', '', `Le wifi du salon est gratuit pour tous les visiteurs, réseau « PBW-Public », sans mot de passe. Pensez au VPN si vous traitez quoi que ce soit de sensible.`],
  ['linkedin', 'fr', 'codename', `Sprint review du projet Nébula ce matin : la nouvelle file de retraits multi-signatures est prête pour la recette. Bravo l'équipe, c'est un gros morceau.`],
  ['linkedin', 'fr', '', `La nébuleuse du Crabe photographiée depuis le toit de nos bureaux (oui, en plein Paris, avec beaucoup de patience et de filtres). Passion astro du vendredi.`],
  ['linkedin', 'fr', 'client_name', `Grosse journée : Initech a choisi notre plateforme pour la garde de ses actifs numériques. Trois mois d'audit, un contrat signé, une équipe ravie.`],
  ['linkedin', 'fr', '', `Dans notre podcast cette semaine : comment une entreprise du CAC 40 gère sa trésorerie en stablecoins. Invitée : une directrice financière (anonyme, à sa demande).`],
  ['linkedin', 'fr', 'iban', `Pour la cagnotte du pot de départ de Julien, virement sur mon compte perso : FR76 3000 4012 3453 1318 6185 626. Objectif : une bouteille digne de ce nom.`],
  ['linkedin', 'fr', '', `Pour la cagnotte du pot de départ de Julien, on passe par Lydia, lien dans le canal de l'équipe. Objectif : une bouteille digne de ce nom.`],
  ['linkedin', 'fr', '', `Pour tester vos parseurs d'IBAN, l'exemple FR14 2004 1010 0505 0001 3M02 606 est celui des pages d'exemple publiques : il passe le contrôle mais ne correspond à aucun client.`],
  ['linkedin', 'fr', 'national_id', `Question conformité collée d'un ticket : le client Pierre Vasseur (NIR 1 78 11 13 055 201 19) conteste le gel de son compte. Quelqu'un du LCB-FT peut reprendre ?`],
  ['linkedin', 'fr', '', `Petit quiz de conformité : dans un numéro de sécurité sociale, les deux derniers chiffres sont une clé (97 moins le reste modulo 97). 1 84 07 75 112 045 23 ? Clé fausse. Bonne pioche si vous l'aviez vu.`],
  ['linkedin', 'fr', 'financial', `Le prix de notre abonnement Pro passe de 19 € à 29 € par mois au 1er février. Les clients ne seront prévenus que le 10 janvier, donc motus côté support d'ici là.`],
  ['linkedin', 'fr', '', `Comme annoncé par mail à tous nos clients, l'abonnement Pro passe à 29 € par mois au 1er février. Les abonnements annuels en cours gardent leur tarif.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:RED — ne pas partager hors cellule de crise
Clés d'un fournisseur de portefeuille compromises, exposition potentielle de 3 clients. Réunion à 18 h.`],
  ['linkedin', 'fr', '', `Les marqueurs « Confidentiel » ou « Interne » dans un document ne servent à rien si personne ne sait ce qu'ils impliquent. Formation de 20 minutes obligatoire pour tous à partir de janvier.`],
  ['linkedin', 'fr', '', `Notre film d'équipe préféré de l'année : « Confidential Assignment », vu au ciné-club du jeudi. Prochain : « The Big Short », évidemment.`],
  // — comments, polls, goodbyes, mixed —
  ['linkedin', 'en', 'phone', `Sorry to hear that, Paul! Please call our support line +33 1 84 60 22 40 and quote your ticket number, they'll unlock the withdrawal today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Sorry to hear that, Paul! Please DM us your ticket number (never your password or seed phrase) and we'll get it unlocked today.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Ana, thanks for flagging! Could you forward the screenshot to our compliance officer, r.duarte@ticketchain.io? She'll take it from there.`, { surface: 'comment' }],
  ['x', 'en', '', `@cryptoana the tx went through, hash is 0xb5395f1b90b543c1f6961a5981be72710ce50eb625b98cbc5fadc17c6ff70eca — it just needed 12 confirmations. Should show in your balance now!`, { surface: 'comment' }],
  ['x', 'en', 'secret', `@devmarco try with my testnet-and-mainnet signer key, that's what I use: 0xfefa2cbf320bf72df454938c5ae232f9a1775bc48ddfb5fcbb5aecf0265931ae — just don't drain it 😂`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Congrats on the launch! Your deposit address format check is neat — I tried 0xe8795b09503c4ad686f30e45a72aef8940ee8db8 from my hardware wallet and it validated instantly.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'internal_url', `Merci Léa ! Le compte rendu est sur http://intranet.ledgerhaus.fr/comptes-rendus/2026-12, section « PBW ».`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci Léa ! Le compte rendu public est sur notre blog, section « Événements ».`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Good question Sam — between you and me the new institutional tier will be priced at 24k USD a year, sales deck goes out to clients in January.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Good question Sam — pricing for the institutional tier is on our website: 24k USD a year, billed annually.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Poll 📊 What's the biggest blocker for institutions adopting self-custody?
- Regulatory uncertainty
- Insurance
- Key management UX
- Accounting treatment`],
  ['linkedin', 'en', '', `Poll: how many signers do you use on your treasury multisig?
○ 2-of-3
○ 3-of-5
○ 4-of-7
○ We use MPC, not multisig`],
  ['linkedin', 'en', 'codename', `Poll for the team before we pick: should Project Kestrel launch first in Switzerland or Portugal? Vote below, results Friday.`],
  ['linkedin', 'en', '', `After four years, today is my last day at the Zug custody desk. I've learned more about threat models, notaries and three-in-the-morning incidents than I thought possible. Onwards to a sabbatical in Patagonia!`],
  ['linkedin', 'en', 'phone email', `Last day at the exchange 👋 It's been a ride. Stay in touch: my personal number is +351 936 742 105 and my email is miguel.sa.pt@gmail.com.`],
  ['linkedin', 'en', '', `Last day at the exchange 👋 Stay in touch here on LinkedIn — I'll post about my next adventure in January.`],
  ['linkedin', 'mixed', 'financial', `Big news for la team de Paris : notre pipeline B2B atteint 9,7 M€ à fin novembre, pas encore partagé avec le board (ce sera le 16). Keep it quiet mais bravo à tous !`],
  ['linkedin', 'mixed', '', `Big news pour la team de Paris : notre rapport d'impact 2026 est publié ! 9,7 t de CO₂ évitées grâce au passage en proof-of-stake. Lien en commentaire.`],
  ['linkedin', 'mixed', 'secret', `Petit tuto pour la team : pour le cron de réconciliation, exportez DB_PASSWORD=Reco!Ledger-8841 avant de lancer le script, sinon ça plante. Enjoy.`],
  ['linkedin', 'mixed', '', `Petit tuto pour la team : pour le cron de réconciliation, les credentials sont dans le gestionnaire de secrets, vous n'avez rien à exporter à la main. Enjoy.`],
  ['linkedin', 'mixed', 'internal_url', `Quick one: le nouveau dashboard de risk est sur http://risk.acme.local:8501 — merci de remonter les bugs sur le canal habituel.`],
  ['x', 'mixed', '', `Le hackathon web3 de Lisbonne c'est ce weekend 🇵🇹 We'll be there with two mentors and a lot of stickers. Venez coder avec nous !`],
  // — more hard cases —
  ['linkedin', 'en', 'secret', `Note to self, posting here because my notes app is broken: cold wallet passphrase (25th word) is "gondola-Riviera-1987-fado". Reminder to move it to paper tonight.`],
  ['linkedin', 'en', '', `A BIP39 passphrase (the "25th word") turns one seed into a different wallet. Great for plausible deniability, terrible if you forget it. Write it down, separately from the seed, on paper.`],
  ['linkedin', 'en', 'secret', `Can someone on the infra team confirm the signer still accepts this JWT? eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzaWduZXItcHJvZCIsInJvbGUiOiJhZG1pbiJ9.Qf7pLx93ZKd2RvTm6WnY8aBe1oUc2cbfgNmmZmGKKeQ It worked yesterday.`],
  ['linkedin', 'en', '', `JWTs are base64, not encrypted. Paste one into any decoder and you'll read the claims. If your token carries a user's KYC status, assume the whole world can read it.`],
  ['linkedin', 'en', 'secret', `Exchange API for the arbitrage bot, writing it down before I forget:
key: a83f1c02-77de-4b9e-9a61-5d0e2c47b118
secret: Nf0x!8Tq2PzLr9VwKd4s
passphrase: lisbon-arb-desk`],
  ['linkedin', 'en', '', `Our arbitrage bot's config template, for the open-source crowd:
key: YOUR_KEY_HERE
secret: YOUR_SECRET_HERE
passphrase: YOUR_PASSPHRASE
Never commit the filled version.`],
  ['linkedin', 'en', '', `AWS docs use AKIAIOSFODNN7EXAMPLE as the sample access key, and every new engineer pastes it into a ticket at least once asking if it leaked. It didn't. It's an example.`],
  ['linkedin', 'en', '', `Treasury transparency: our company multisig holds 2,800 ETH and 4.1 M USDC, and anyone can check it on-chain at 0x962b55ca2ad6a68459ce16bde7337509dfad2062. Updated live, audited yearly.`],
  ['linkedin', 'en', 'financial', `The token unlock for the team is set at 18 % of supply in June — it's not in the public tokenomics doc yet, legal wants to review the wording first. Heads-up so nobody mentions a date on Discord.`],
  ['linkedin', 'en', '', `Tokenomics, as published in our whitepaper v2: 18 % team (4-year vesting, 1-year cliff), 30 % community, 22 % treasury, 30 % investors. No changes since launch.`],
  ['linkedin', 'en', 'financial', `Audit of our bid for the Lisbon metro payments tender: we're going in at 4.6 M EUR over five years. Envelope goes in Thursday — don't breathe a word to the consortium partners' sales reps.`],
  ['linkedin', 'en', '', `The Lisbon metro published the tender results: the winning bid was 4.9 M EUR over five years. We came second and learned a lot. Next one!`],
  ['linkedin', 'en', '', `Smart contract audit published today by an independent firm: 0 critical, 1 high (fixed), 4 low. We paid 68k USD for it and consider it the best money we spent this year.`],
  ['linkedin', 'en', 'financial', `Our insurer quoted 2.1 M USD a year for the new crime policy covering 500 M of cold storage. Not signed yet and not something we're announcing, but it tells you where the market is.`],
  ['linkedin', 'en', '', `Industry survey, public data: custody insurance premiums average 1.5–3 % of covered limits for hot wallets, under 0.5 % for cold. Source in the comments.`],
  ['x', 'en', '', `Gas on mainnet is at 8 gwei right now. If you've been waiting to consolidate UTXOs on BTC though, fees are 3 sat/vB. Cheapest week in months.`],
  ['x', 'en', 'financial', `ok I'll say it: the pre-sale price for our token is set at $0.08 and the team knows it's going to $0.12 at listing. Announcing next week. You heard it here first 👀`],
  ['x', 'en', '', `Pre-sale recap: 48M tokens sold at $0.08 each, as announced in our sale terms. Listing price will be set by the market. Thank you all 🙏`],
  ['linkedin', 'en', 'national_id email', `Pasted from the KYC queue, mistakenly:
Applicant: Rafael Costa | NIF 231876041 | rafa.costa88@gmail.com | PEP: no | Decision: approve`],
  ['linkedin', 'en', '', `Compliance fact: a Portuguese NIF beginning with 5 is a company, with 1 to 3 an individual. Our KYB flow now routes them automatically. Small detail, big time saving.`],
  ['linkedin', 'en', 'internal_url', `Incident bridge is open — join via the ops portal at https://intranet.zugvault.ch/bridge and pick the "custody-sev1" room.`],
  ['linkedin', 'en', '', `Our public API lives at api.zugvault.ch and the sandbox at sandbox.zugvault.ch. Both are documented, both have rate limits, both are open to anyone with a developer account.`],
  ['linkedin', 'en', '', `Version 10.4.2 of our SDK is out: typed errors, retry with jitter, and support for Node 22. Upgrade notes in the changelog.`],
  ['linkedin', 'en', 'confidential_marker codename', `[INTERNAL] Weekly sync — Orion
- Stablecoin reserve attestation provider: two bids received
- Bank partner: term sheet in review
- Legal: Quebec AMF consultation next Tuesday`],
  ['linkedin', 'en', '', `Weekly thought: internal sync notes should never be pasted anywhere public. Use the summary template and ask legal if in doubt. (Yes, this is a reminder prompted by something. No, I won't say what.)`],
  ['linkedin', 'en', 'card', `Booth swag order failed twice, trying the other corporate Visa: 4496 5480 2902 5203, exp 02/29, billing to our Zug address. Can someone in finance approve the charge?`],
  ['linkedin', 'en', 'card', `Reimbursing the Dubai dinner via the team Mastercard — 2221 8617 4740 6597, exp 06/28 — if the restaurant asks again for the number, that's it.`],
  ['linkedin', 'en', 'iban', `Freelance designer invoices for the Lisbon launch: please wire to Studio Maré, PT50 0035 0697 7148 6067 2229 6, before Christmas.`],
  ['linkedin', 'en', 'iban', `Switching our UAE payroll bank: new account AE59 0332 8018 8115 7666 519 at Mashreq. HR will confirm to each employee individually.`],
  ['linkedin', 'fr', 'national_id phone', `Fiche client collée par erreur : Mme Claire Roux, NIR 2 91 03 69 388 117 08, joignable au 06 12 48 90 37, justificatifs reçus.`],
  ['linkedin', 'en', 'phone', `Zug office move: the new reception number is +41 41 560 88 12, old number forwards until March.`],
  ['linkedin', 'en', 'codename client_name', `Kick-off for Atlas Bleu with the Globex treasury team today — first custody pilot in three jurisdictions. Long road, great people.`],
  ['linkedin', 'en', 'national_id', `Montreal KYC escalation: applicant Olivier Tremblay, SIN 193-685-351, name mismatch between passport and bank statement. Who's on second review?`],
]);
