import { rows } from './corpus-types';

/**
 * Held-out set "fresh42": written 2026-12-04 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh42`.
 * First scored 2026-12-04 18:08 UTC on the rules of 8d75022, before any fix from it: confidentiality macro F1
 * 0.954, 2.6 % of clean posts flagged (3 of 116);
 * secret 0.857, phone 0.865, national_id 0.914, financial 0.939, iban 0.952, confidential_marker 0.963, the others 1.000.
 *
 * Authors: employees in Spain, Portugal, Italy and Andorra writing in French or English — Castellón and Vila-real tile
 * makers, a Bilbao seamless-tube maker, a Bilbao drone-hangar start-up, a Madrid fintech, a Barcelona fashion
 * e-commerce agency, a Seville solar EPC contractor, a Zaragoza logistics hub, a Málaga language school, a Porto textile
 * mill and its cluster, Lisbon software and SaaS start-ups, a Braga electronics plant, an Aveiro factory, a Coimbra
 * biotech lab, a Setúbal cold-chain warehouse, a Milan design studio, a Turin automotive supplier, a Bologna
 * packaging-machine maker, a Rome IT integrator, a Naples shipping agency, a Florence leather workshop and school, a
 * Genoa container terminal, a Bari olive-oil cooperative and call-centre, an Andorra la Vella private bank, a Soldeu
 * ski-resort operator, Andorran duty-free stores and a Sant Julià de Lòria tech firm. Focus: pasted meeting minutes
 * (comité de dirección, verbale, compte rendu), status reports and stand-up handovers, and long LinkedIn posts; beside
 * them customer replies (surface 'comment'), job ads with published salary ranges, a four-post X thread, a poll,
 * changelogs and release notes, a post-mortem, supplier bank-detail notices, goodbyes and out-of-office notes, fraud
 * warnings and tips. Most positives are pasted by mistake ("wrong window", "meant for the committee's group").
 *
 * Financial positives, each with a different sign it is not public yet: sales against budget before the board, a
 * provisional quarter margin before group sign-off, a capex budget awaiting the council, a warehouse budget not yet
 * told to staff, ARR before an announcement, a weighted pipeline under NDA, a sealed solar bid before opening, a price
 * rise before the customer email, a price list and an export price before the buyers are told, a seat price before
 * the webinar, a gearbox price before the Geneva show, a support-contract rise before the client meeting, a Series A
 * pre-money before signature, an acquisition offer not yet accepted, a contract value the client asked to keep
 * quiet, assets under management before the results, a sales target before the town hall, a closing forecast "not for
 * external use", an export margin ahead of the official results, unconsolidated subsidiary revenue and a group-approved
 * phase budget before the January announcement. Look-alikes: published H1 and annual results, a parent group's annual
 * report, accounts filed at the Registro Mercantil, a PRR grant published in the Diário da República, an auction result
 * in the official bulletin, public price lists and announced price rises, chamber-of-commerce and port-authority
 * statistics, other organisations' figures (Inditex, a startup round in the press, the banking association), teaching
 * figures (an MBA case study, weighted-pipeline maths), published salary ranges and course fees, personal fundraising.
 *
 * Conventions: every written email address is email, role mailboxes (seleccion@, ufficiostampa@, showroom@,
 * faturacao@, charlas@) and an obfuscated "dogana [at] … [dot] it" included; every written phone number is phone
 * (Spanish mobiles and landlines with and without +34, Portuguese +351 mobiles, 21x/239 landlines and an 808 line,
 * Italian 3xx mobiles, 02 and 055 landlines and an 800 toll-free line, Andorran six-digit numbers), while 112 is not;
 * confidential_marker only for explicit labels (CONFIDENTIEL, CONFIDENCIAL, RISERVATO — USO INTERNO, INTERNE, SOUS NDA,
 * [INTERNAL], CONFIDENTIAL, TLP:AMBER, TLP:RED, EMBARGO jusqu'au…, Classification: Internal, Classification : Diffusion
 * restreinte, Diffusion interne uniquement), never for a TLP explainer, a talk about classification banners or
 * L.A. Confidential; secret for Wi-Fi keys, a VPN pre-shared key, a POS admin code, .env passwords, a Bearer token
 * without vendor format, Slack and Teams webhook URLs and connection-string credentials, never for "changeme", the
 * Slack docs placeholder or a password-hygiene checklist; internal_url for corp.acme.com and acme-corp.net hosts, an
 * intranet. host, private IPs (10.x, 172.20.x, 192.168.x) and .local/.internal hosts, never for public company sites,
 * acme.com or localhost. Codenames and clients in their project and customer senses only: Orion the constellation,
 * the Orion Nebula, the Nebula Awards, a common kestrel, a blue atlas cedar, a chapel of Sainte-Claire in Porto and Office
 * Space's Initech are clean.
 *
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: mod 97 and the
 * national checks for ES (both control digits), PT (NIB check, always PT50), IT (CIN letter) and AD IBANs; Luhn for
 * Visa, Mastercard (5- and 2-series), Amex, Discover and JCB; the DNI and NIE letter (mod 23), the Portuguese NIF (mod
 * 11), the Cartão de Cidadão document number (civil-id check digit and the final alphanumeric check), the Italian codice
 * fiscale check letter and a freelancer's partita IVA (Luhn). Look-alikes are documented specimens named as such (the
 * ES, PT, IT and AD registry example IBANs, Stripe's 4242 and the 6011 1111 test cards, the 99999999R DNI, the "Mario
 * Rossi" codice fiscale, the 12345678903 template partita IVA, the 00000000 0 ZZ4 citizen-card specimen), masked
 * numbers (a card ending 4417), or carry a wrong check (an IBAN off by one digit, a NIF in a phishing SMS, a DNI with
 * the wrong letter, a card failing Luhn); digit runs inside a valid IBAN are not also cards.
 *
 * Counts: 243 posts (189 EN, 49 FR, 5 mixed; 218 LinkedIn, 25 X; 10 comments): 116 clean, 127 with one or more
 * findings. Labels: financial 25, phone 20, national_id 19, email 16, codename 13, confidential_marker 13,
 * client_name 12, secret 12, internal_url 12, iban 10, card 8.
 */
export const FRESH42_POSTS = rows('fresh42', [
  // ── Valencia / Castellón: ceramic tiles ──
  ['linkedin', 'en', 'financial codename', `Pasting this week's status so the night shift sees it too (sorry LinkedIn, wrong window, but hey, it's a good week):

STATUS — Orion large-format line, Castellón plant, week 48
• Kiln 3 back at 96 % availability after the roller swap
• Scrap rate down to 2.1 % (target 2.5 %)
• Q4 sales tracking at €18.4M against a €17.1M budget — finance hasn't closed November yet, so keep that figure in the building until the board sees it on the 16th
• Next: glaze trials for the matte anthracite series

Proud of this crew. Three years ago this line didn't exist.`],
  ['linkedin', 'fr', '', `Trois ans que j'anime des rétrospectives pour des équipes à Lisbonne, à Porto et parfois à distance depuis Faro. Ce que j'ai appris, en vrac :

1. Le compte rendu n'est pas la réunion. Si personne ne le relit, il ne sert qu'à rassurer celui qui l'écrit.
2. Une action sans nom à côté n'existe pas.
3. Les meilleures idées arrivent après la réunion, dans l'escalier. Gardez un canal ouvert pour elles.
4. Quand une équipe dit « tout va bien » trois sprints de suite, posez une autre question.
5. Le silence n'est pas un accord.

Et vous, quelle règle avez-vous apprise à vos dépens ?`],
  ['linkedin', 'en', 'phone email', `Minutes — supplier quality review, Basauri, 2 Dec

Attendees: production, purchasing, QA, two people from the pickling line
1. Wall-thickness deviations on batch 7713: root cause is the new mandrel supplier, not our gauge. Closed.
2. Certificates 3.1 arriving late again. Purchasing to escalate.
3. Night-shift contact for any hold on the seamless line: Iñigo Etxeberria, +34 688 21 47 90, or inigo.etxeberria@tubosnervion.es
4. Next review 16 Dec.

Posting because half of you asked where the notes went. Here they are.`],
  ['x', 'en', '', `Our H1 numbers are out: revenue €42.7M (+11 %), EBITDA margin 14.2 %. Full report on the investor page, call replay from 18:00 CET. Thank you to the 600 people who made it happen.`],
  ['linkedin', 'fr', 'confidential_marker financial', `CONFIDENTIEL — Comité de direction du 28/11 (Sant Julià de Lòria)

Présents : DG, DAF, directeur technique, RH
• Budget 2027 proposé : 3,2 M€ de capex, dont 1,1 M€ pour la seconde salle blanche — à valider au conseil du 15/12
• Recrutements : 9 postes ouverts, 4 gelés jusqu'à nouvel ordre
• Prochain point : audit ISO 27001 en février

(Désolé, c'était pour le Teams du codir. Je supprime dans 5 minutes.)`],
  ['linkedin', 'en', '', `We're hiring! Senior Backend Engineer, Madrid (hybrid, 2 days in the office near Atocha).

What you'll do: own our payments reconciliation service, mentor two juniors, help us move off a monolith nobody loves.
What we offer: €58,000–€72,000 gross per year depending on experience, stock options, 25 days of holiday, a real budget for conferences.

Apply through the careers page. We answer everyone within ten days, promise.`],
  ['linkedin', 'en', 'email', `Looking for a logistics coordinator for our Zaragoza hub (PLAZA). Full-time, day shift, €26,500–€30,000 a year plus transport allowance. Spanish and English required, French a plus.

Send your CV and two lines about why you like spreadsheets to seleccion@nodoplaza-log.es — no cover letter needed.`],
  ['linkedin', 'fr', 'national_id', `Petit récap de l'onboarding de la semaine (oups, je voulais le coller dans le fil RH, mais tant pis, bienvenue officiellement !) :

- Ana Ribeiro, design textile — NIF 231845979 — arrivée le 5 janvier, bureau 2.14, badge à récupérer à l'accueil
- Tiago Moreira, planification — contrat signé, date à confirmer
- Poste de teinturier : toujours ouvert

Porto grandit, et ça fait plaisir.`],
  ['linkedin', 'en', '', `Heads-up from our finance team in Braga: a wave of fake "Autoridade Tributária" SMS is going round asking people to "confirm" their NIF by replying with it. One of them quoted 231845978 as an example — that number doesn't even pass the check digit. The tax authority never asks for this by SMS. Delete, don't reply, tell your parents.`],
  ['linkedin', 'en', 'iban', `Supplier notice — change of bank details

From 1 January, payments to Cerámicas Llorens Hermanos must go to our new account:
IBAN ES76 2100 3814 6402 0057 1123 (CaixaBank, Vila-real)
The old account at Sabadell stays open until 31 March for incoming payments only.
Please update your vendor master. Questions to our admin team.`],
  ['linkedin', 'en', '', `Beware of this one: we received a "change of bank details" letter supposedly from one of our glaze suppliers, with IBAN ES76 2100 3814 6402 0057 1124. Our accounts payable team ran it through the validator before anything else — wrong check digits, so either a typo or a scam. Called the supplier on the number we already had: they never sent it. Always call back on a number you already know.`],
  ['linkedin', 'fr', 'financial client_name', `Point hebdo équipe commerciale — Milan

• Renouvellement Globex : on part sur 1,38 M€ sur trois ans, proposition envoyée lundi, ils ne l'ont pas encore signée donc pas un mot dehors
• Salon de Bologne : 41 leads, 6 chauds
• Nouvelle grille tarifaire : sortie prévue le 8 janvier, les clients ne sont pas prévenus

Bravo à toute l'équipe pour ce trimestre de fou.`],
  ['linkedin', 'en', '', `Case study I use with my MBA students at Nova: a mid-sized Portuguese cork company with €80M revenue, 9 % EBITDA and a customer concentrated at 35 % of sales. Should it buy its biggest supplier? Half the class says yes, half says no, and every year someone proposes a joint venture. The numbers are invented, the arguments are not.`],
  ['x', 'en', 'secret', `lol the office wifi finally has a decent name. SSID: Torre-Sevilla-Staff, pass: Giralda_1184!naranjo — no more asking me at reception`],
  ['x', 'en', '', `Visitors to our Seville office: the guest Wi-Fi password is printed on the card at reception, ask for it when you sign in. No, I won't tweet it.`],
  ['linkedin', 'en', 'internal_url codename', `Post-mortem summary — checkout outage, 27 Nov (Barcelona)

What happened: a config push to the Nébula recommender service set the timeout to 0 ms. Every product page waited on it, checkout followed.
Impact: 38 minutes of degraded checkout in ES, PT and IT.
Detection: alert fired after 6 minutes; dashboard at https://grafana.corp.acme.com/d/nebula-latency
What we're changing: config pushes now need a second reviewer; timeouts have a floor.

Blameless, as always. Thanks to the on-call team who stayed until 2 am.`],
  ['linkedin', 'en', '', `Beautiful night at the Observatorio de Javalambre with our team offsite. Orion rising over the Teruel hills around 22:30, Betelgeuse bright orange, and someone's phone finally caught the Orion Nebula as a smudge through the 8-inch. Best team-building we've ever done, and nobody talked about KPIs.`],
  ['linkedin', 'fr', 'phone', `Nouveau numéro pour le support de nos clients andorrans : si vous êtes en station et qu'un forfait ne passe pas au portique, appelez le +376 812 430 (de 8 h à 18 h). Pour une urgence en montagne, c'est toujours le 112.`],
  ['linkedin', 'fr', '', `Rappel à toute l'équipe des pistes : en cas d'accident sur le domaine, on appelle le 112 avant toute chose, puis le poste de secours. Les numéros de poste sont sur vos radios, pas sur LinkedIn. Bonne saison à tous, ouverture samedi si la neige tient !`],
  ['linkedin', 'en', 'national_id', `Note to self: never share your screen while HR is open. Apologies to the 40 people in the all-hands who saw "Bianchi Lara — codice fiscale BNCLRA88D52F205A — start date 12/01" for three full seconds. Welcome to the Turin team Lara, your first week will be calmer than this.`],
  ['linkedin', 'en', '', `Italian tip for new colleagues: your codice fiscale is derived from your name, birth date and place, which is why examples like RSSMRA80A01H501U (the textbook "Mario Rossi, born in Rome") show up in every tutorial. Don't post your real one, the structure makes it easy to guess half of it anyway.`],
  ['linkedin', 'en', 'financial', `Quick update from the Seville solar team 🌞

We submitted our bid for the 48 MWp Écija tender yesterday at 23:58, two minutes before the portal closed. Our number: €0.418 per Wp, all-in — sealed until the opening on 19 December, so that stays between the 14 of us who pulled three all-nighters.

Whatever the result, this was the best-prepared bid we've ever sent.`],
  ['linkedin', 'en', '', `The Junta published the results of the 2025 solar auction this morning: 312 MW awarded, average price €0.39/Wp, winners listed on the official bulletin. We came second on lot 3 at €0.41 — honest result, well-run tender. Congratulations to the teams that won.`],
  ['linkedin', 'fr', 'email', `Pour les journalistes qui nous ont contactés après le salon de Turin : toutes les demandes presse passent désormais par ufficiostampa@meccanicavalsusa.it, on vous répond dans la journée. Les visuels HD sont sur la page presse.`],
  ['linkedin', 'en', '', `Three things I got wrong in my first year as a plant manager in Aveiro:
- I thought KPIs would create ownership. They created dashboards.
- I thought night shifts needed more supervision. They needed more information.
- I thought people would tell me about problems. They told me after I'd fixed the coffee machine.

The fourth thing I got right: I ate lunch in the canteen every day. That's where I learned everything else.`],
  ['linkedin', 'en', 'confidential_marker codename', `[INTERNAL] Project Kestrel — steering committee notes, 3 Dec

- Prototype drone hangar passed the wind test at 85 km/h
- Certification file with AESA: 70 % complete
- Risk: battery supplier in Shenzhen slipping 6 weeks
- Decision: keep Bilbao as the pilot site

(Oops, cross-posted from the team channel. Leaving it up for a minute, my coffee is more urgent.)`],
  ['linkedin', 'en', '', `Spotted a common kestrel hovering over the runway verge at Porto airport this morning, perfectly still in 30 km/h wind. Our aviation-safety team has a soft spot for them: they keep the rodent population down, so fewer birds of prey chasing them across the taxiway. Nature doing bird control for free.`],
  ['linkedin', 'mixed', 'phone', `¡Hola LinkedIn! Small business tip from our Málaga language school: on met maintenant le numéro WhatsApp du secrétariat directement sur les affiches, +34 622 19 84 05, and enrolments went up 30 % this autumn. People don't want forms, they want to ask a question.`],
  ['linkedin', 'en', '', `Our Q3 report says we grew 18 % and I still can't believe it. Two years ago we were four people in a coworking space in Málaga. Today we're 31, with offices in Málaga and Lisbon. The numbers are all in the public report if you're into that kind of thing; the people are the real story.`],
  ['linkedin', 'en', 'secret internal_url', `Setting up the new reporting VM for the Bologna plant — pasting my notes so I don't lose them:

DB_HOST=10.40.2.17
DB_USER=report_ro
DB_PASS=Tortellino!Sette7
REFRESH_CRON=0 */2 * * *

Next step is the Power BI gateway. Tomorrow. Coffee first.`],
  ['linkedin', 'en', '', `Config tip for anyone setting up Metabase in Docker: never put real credentials in your compose file. Use something like

MB_DB_USER=metabase
MB_DB_PASS=changeme
MB_DB_HOST=db

and override with secrets in production. I see this mistake in every audit.`],
  ['linkedin', 'fr', 'iban', `Pour les familles qui participent au voyage de fin d'année du club de rink-hockey (Escaldes) : l'acompte de 150 € est à verser sur le compte du club, IBAN AD32 0003 1101 0000 5729 1000, avec le nom de l'enfant en référence. Merci aux parents bénévoles de notre boutique, qui collectent aussi en espèces !`],
  ['linkedin', 'en', '', `We get asked what an Andorran IBAN looks like — they're 24 characters, start with AD, then two check digits, 4 for the bank, 4 for the branch and 12 for the account. The example in the bank association's guide, AD12 0001 2030 2003 5910 0100, is the one every validator uses as a sample. Don't use a sample as a real payment reference (we've seen it).`],
  ['linkedin', 'en', 'client_name', `Just back from Paris where our team installed the new sterilisation tracking system at Hôpital Sainte-Claire. 14 operating rooms, 2,300 instruments tagged in four days. Huge thanks to the biomedical engineering staff who stayed late with us.`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire à Porto ce week-end avec mes collègues de l'atelier de dorure : du bois doré du sol au plafond, un travail qu'aucune de nos machines ne sait reproduire. Humilité garantie.`],
  ['linkedin', 'en', 'card', `Customer service rant (with love): a customer just sent us their full card number in a chat "so we could check the refund": 4539 8812 0457 3310, expiry and all. We've blocked the message and called them. Please, never send a card number in chat — to anyone. Our agents will never ask.`],
  ['linkedin', 'en', '', `Developers testing our checkout sandbox: use Stripe's 4242 4242 4242 4242 with any future date and any CVC. Real cards are rejected in sandbox by design. The docs page has the full list of test numbers for declines and 3-D Secure.`],
  ['linkedin', 'en', 'financial', `End of a long week in Lisbon. We're closing the Series A at a €24M pre-money — the lawyers are still on the term sheet and nothing is signed, so this stays with the partners and the team until the announcement in January. But I had to write it down somewhere: two years ago this was a slide deck in my kitchen.`],
  ['linkedin', 'en', '', `Congratulations to our friends at Sword Health on their latest round, reported in the press this morning. Portugal's startup ecosystem keeps punching above its weight. We're cheering from Lisbon.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER — Alerte phishing en cours (destinataires : équipes finance Espagne/Portugal)

Des courriels usurpant un grand transporteur demandent de « valider une facture » via un lien raccourci. Ne cliquez pas, transférez à la sécurité, et si vous avez déjà saisi vos identifiants, changez votre mot de passe.

(Je ne sais pas pourquoi ça s'est publié ici, je le retire.)`],
  ['linkedin', 'en', '', `Quick explainer for my non-security friends: TLP stands for Traffic Light Protocol. TLP:CLEAR means anyone can see it, TLP:GREEN the community, TLP:AMBER limited to your organisation and clients, TLP:RED named recipients only. This post is, obviously, TLP:CLEAR.`],
  ['linkedin', 'en', 'codename client_name', `Sprint review notes — Genoa terminal

- Atlas Bleu gate automation: OCR accuracy now 98.6 % on container codes
- Initech integration: their API still returns 500 on weekends, escalated to their CTO
- Demo to the port authority moved to 9 Jan

Great work everyone, especially the night crew testing on live trucks.`],
  ['linkedin', 'fr', '', `Une de mes fiertés cette année : notre cèdre de l'Atlas bleu, planté devant l'usine d'Aveiro en 2019, fait maintenant 4 mètres. Les gars du quai de chargement l'arrosent tous les étés. Petites choses, grande équipe.`],
  ['linkedin', 'en', '', `Office Space turned 27 this year, and I still make every new hire in our Milan IT team watch it. Every single one of them has had a TPS report. Every single one has met a Bill Lumbergh. Initech is eternal. Please don't take the red stapler.`],
  ['linkedin', 'en', 'national_id phone', `Posted by mistake, deleting soon — but if you're the courier looking for the parcel for our Madrid office, the signer is:

Carmen Ruiz Soto, DNI 48291736Q
mobile 611 40 27 93
Calle de Alcalá 221, 3º izq.

Thanks!`],
  ['linkedin', 'en', '', `Renewed my DNI this morning at the police station in Chamartín. 22 minutes from door to door, with an appointment. Public service that works deserves a post too. (And no, I'm not sharing the number, I've seen what happens to people who do.)`],
  ['linkedin', 'en', 'internal_url', `Link for the team since Slack is down: the new holiday-request form is at https://intranet.azulejosmediterraneo.es/rrhh/vacaciones — fill it before the 15th or Pilar will hunt you down.`],
  ['linkedin', 'en', '', `Our new website is live! www.azulejosmediterraneo.es now has a 3D room planner, the full catalogue with downloadable textures, and a dealer map for 42 countries. Built in-house in Valencia. Go play with it.`],
  ['linkedin', 'en', 'email', `Anyone at the Web Summit who picked up my card by mistake: I had two piles and gave my old Lisbon one to half of you. My right address is now joana.paiva@clarorumo.pt — the old one bounces. Sorry for the chaos!`],
  ['linkedin', 'en', '', `Gentle reminder that LinkedIn is a terrible place to share your email address — bots scrape it within minutes. If you want to get in touch, send me a DM. I read them all, eventually.`],
  // ── Porto / Braga / Lisbon ──
  ['linkedin', 'en', 'financial', `Status report — Braga electronics plant, November

Output: 1.92M boards (record month)
First-pass yield: 97.4 %
Headcount: 412 (+18)
Gross margin for the quarter is landing around 23.5 %, up from 19 % — provisional, the group controllers haven't signed it off and it won't be communicated before the February results.

Shout-out to the SMT line 4 team, who turned a chronic bottleneck into our fastest line.`],
  ['linkedin', 'en', '', `Proud moment: our parent group's annual report, published last week, lists the Braga plant as its most efficient site in Europe — 97 % first-pass yield and €212M in sales for the year. Printed, public, framed in the canteen. Thank you, team.`],
  ['linkedin', 'fr', 'financial', `Réunion budget avec la direction ce matin, je sors la tête qui tourne. On nous accorde 640 000 € pour refaire l'entrepôt de Maia l'an prochain, ce qui n'a pas encore été annoncé aux équipes — on le dira à la réunion générale de janvier. Mais je voulais partager ma joie quelque part : ça fait trois ans qu'on se bat pour ça.`],
  ['linkedin', 'fr', '', `Notre entrepôt de Maia a été rénové grâce à une aide de 640 000 € du PRR, publiée au Diário da República en mars. Merci aux équipes qui ont monté le dossier, et aux caristes qui ont travaillé pendant les travaux sans une seule blessure.`],
  ['linkedin', 'en', 'phone email', `Minutes — Porto textile cluster, working group on dye-house effluents (29 Nov)

1. Municipal discharge limits tightening from 2027. Everyone affected.
2. Pilot with membrane filtration at two mills, results in March.
3. Shared procurement for enzymes: Rui Carvalho coordinates — rui.carvalho@fiacaodoave.pt, mobile +351 913 402 877.
4. Next meeting 24 Jan at the association's offices.

Sharing publicly on purpose: the more mills join, the cheaper the filtration gets.`],
  ['linkedin', 'en', '', `Reminder that the Porto textile association's switchboard is open on weekdays until 18:00 if you want to join the effluent working group — their number is on the association's website. We'd love more small mills in the room.`],
  ['linkedin', 'en', 'national_id', `Asked our accountant why my invoice was rejected. The answer, pasted straight from her message:

"Your NIF on the invoice (198273460) doesn't match the one in the client's system — they have you under the old company. Resend with the same NIF and the new address."

Freelance life in Portugal: 40 % design, 60 % paperwork.`],
  ['linkedin', 'en', '', `Freelancers in Portugal: your NIF goes on every invoice, but it doesn't need to go on LinkedIn. I've seen three this week in "look at my first invoice!" screenshots. Blur it. Celebrate the invoice, not the tax number.`],
  ['linkedin', 'fr', 'national_id', `Bonne nouvelle, mon Cartão de Cidadão est enfin renouvelé ! Photo du nouveau : n° 14382917 3 ZX0, valable jusqu'en 2036. Dix ans de tranquillité. (Bon, Joana me dit de retirer la photo, j'y vais.)`],
  ['linkedin', 'en', '', `The Portuguese Cartão de Cidadão number is 12 characters: 8 digits for the civil id, a check digit, two letters for the version and a final check digit. The specimen card on the government's site shows 00000000 0 ZZ4 — which, funnily enough, validates. That's what specimens are for.`],
  ['x', 'en', 'financial', `not supposed to say this until the Jan 15 announcement but we just crossed €5M ARR in Lisbon and I'm losing my mind 🥳🥳`],
  ['x', 'en', '', `We just crossed 5,000 paying customers in Portugal and Spain 🎉 Thank you all. Public milestone, public thank-you.`],
  ['linkedin', 'en', 'confidential_marker financial client_name', `SOUS NDA — Pipeline review, Iberia enterprise team

| Account | Stage | Amount | Close |
|---|---|---|---|
| Société Générique (Madrid branch) | Proposal | €410k | Jan |
| Hospital network Valencia | Negotiation | €1.2M | Feb |
| Port of Algeciras | Discovery | €300k | Q2 |
Weighted pipeline: €1.06M

Pasted from the deck, wrong tab. Removing.`],
  ['linkedin', 'en', '', `A question I get a lot when I teach negotiation: "what's a weighted pipeline?" Take each deal, multiply its value by the probability of closing, add them up. A €1M deal at 20 % counts for €200k. Simple maths, brutal honesty. Example numbers only — please don't send me yours.`],
  ['linkedin', 'en', 'secret', `Debugging our Teams notifications for 40 minutes before realising the webhook URL had a trailing space 🙃 For the record, the one that finally worked:

https://lisboadigital.webhook.office.com/webhookb2/7c1d92e4-5b3a-4f0c-9a61-2e8df4b07c33@a4f0e2b1-9c3d-4e57-8a21-60b9d4c7e8f1/IncomingWebhook/3f9b6d0c2a4e48a7b1c5d8e2f6a09b13/5e21c7a8-4d93-4b0f-a6e2-91c3d8f4b720

Now it posts build results. Victory.`],
  ['linkedin', 'en', '', `Docs tip: when you document a webhook integration, use an obviously fake URL like https://example.webhook.office.com/webhookb2/<your-id>/IncomingWebhook/<token>. Three times this year someone copied a real one from our wiki into a public repo.`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux de l'équipe qui n'arrivent pas à joindre le serveur de fichiers depuis le nouveau bureau de Coimbra : essayez \\\\nas-labo.local\\partage au lieu de l'adresse IP, le DNS interne a été mis à jour hier.`],
  ['linkedin', 'fr', '', `Nouveau bureau à Coimbra, premiers jours : le réseau marche, le café marche, les stores ne marchent pas. Deux sur trois, on prend. Venez nous voir rue de la Sofia, portes ouvertes jeudi de 17 h à 20 h.`],
  ['linkedin', 'en', 'email phone', `Out of office until 6 January. For anything urgent on the Coimbra lab orders, please contact my colleague Marta Lopes (marta.lopes@biocoimbra-labs.pt, +351 239 418 502). Merry Christmas!

(I know, I know — this is LinkedIn, not Outlook. Long day.)`],
  ['linkedin', 'en', '', `I'm switching off from 20 December to 6 January. No laptop, no Slack, no "just a quick look". The lab will be fine; the people covering for me are better at half of my job than I am. See you in January.`],
  ['linkedin', 'en', 'iban', `For the Braga half-marathon charity team: donations for the paediatric ward go to the foundation's account, PT50 0035 0651 0000 5738 4721 1, reference "BRAGA21". We're at €3,400 of €5,000. Every euro counts!`],
  ['linkedin', 'en', '', `Donations for the Braga half-marathon charity team can be made through the foundation's donation page (link in comments) — card, MB Way or bank transfer. We're at €3,400 of €5,000! My personal goal: finish under 1:50 without walking.`],
  ['linkedin', 'en', '', `People ask what a Portuguese IBAN looks like. 25 characters, always PT50, then the 21-digit NIB. The classic example, PT50 0002 0123 1234 5678 9015 4, is in every banking tutorial. It's a sample — please don't send money to it.`],
  ['linkedin', 'fr', 'codename', `Journée marathon aujourd'hui sur Nébula : migration des 14 000 fiches produits vers le nouveau moteur de recherche, zéro interruption côté clients. Quand une équipe de cinq personnes fait ça un vendredi, on offre les pasteis de nata. C'est la règle.`],
  ['linkedin', 'fr', '', `Les Nebula Awards ont été remis hier soir. Je n'ai lu que deux des romans en lice, mais le lauréat était mon préféré. Petite pause science-fiction avant de retourner à mes tableaux Excel de fin d'année.`],
  ['linkedin', 'en', 'financial', `Honest post about pricing. We've decided to raise our subscription from €29 to €36 a month from 1 February. Customers will get an email in two weeks — please don't spoil it before then — but I wanted to explain the why to my network: our costs for hosting in EU-only data centres went up 40 % this year, and we refuse to move data out of Europe.`],
  ['linkedin', 'en', '', `We raised our prices today: €36 a month instead of €29, starting 1 February. Every customer received an email this morning explaining why, and anyone on an annual plan keeps the old price until renewal. We'd rather be honest than sneaky.`],
  ['linkedin', 'mixed', 'confidential_marker', `Classification : Diffusion restreinte
Compte rendu — réunion sécurité du 2 décembre, site de Setúbal

- Audit des badges : 37 badges actifs de personnes parties (!)
- Vidéosurveillance quai 4 hors service depuis 8 jours
- Exercice incendie : 6 min 40 pour évacuer, objectif 5 min
Action items assigned, next review on the 16th.`],
  ['linkedin', 'en', '', `Hot take after 15 years in information security: when every document is stamped "Confidential", nothing is. We removed the default classification banner from our templates last year and asked people to choose. Half chose "Public". Turns out most of what we write isn't secret at all.`],
  ['linkedin', 'en', 'client_name financial', `Big win for the Setúbal team: Globex has chosen us for their Iberian cold-chain warehousing, 5 years, roughly €7.8M in total. The contract is signed, but we agreed with them not to communicate the value — it'll only appear as "a multinational client" in our annual report. Still, I'm bursting with pride.`],
  ['linkedin', 'en', '', `Globe-trotting week: Lisbon, Madrid, Milan, Andorra. Four offices, four coffee cultures, one team. Favourite moment: the Milan team teaching the Lisbon team that a cappuccino after 11 am is a crime.`],
  // ── Madrid / Barcelona / Bilbao ──
  ['linkedin', 'en', 'card', `Pasted the wrong thing into the ticket again. The card the customer used for the duplicate charge was 5168 4412 9083 2206 — refund processed, sorry, this was meant for the payments team's queue. Deleting.`],
  ['linkedin', 'en', '', `Cool trick from our payments team: the first six digits of a card (the BIN) tell you the issuing bank and country. That's how we spotted that 80 % of a fraud wave came from cards issued in one country. Ask your fraud team what the BINs are telling them.`],
  ['linkedin', 'en', 'national_id', `Visa paperwork done for our new Barcelona hire 🎉 Ahmed's NIE came through in only 3 weeks: X4827163S. Welcome to Spain, and welcome to the team! 🇪🇸`],
  ['linkedin', 'en', '', `What nobody tells foreigners moving to Barcelona: the NIE appointment is the real boss fight. Tip from our HR team: book at 8:00 on Monday when new slots open, and bring two copies of everything. Our last three hires got theirs in under a month.`],
  ['linkedin', 'fr', 'phone', `Petit rappel pour nos clients du Pays basque : la hotline technique pour les tubes de précision répond maintenant en français. Composez le 944 56 78 12, touche 3. Agur !`],
  ['linkedin', 'en', '', `New record at the Bilbao plant: 96 hours without a single quality hold on the seamless line. It sounds boring. It's the opposite of boring when you've lived the alternative. Eskerrik asko, team.`],
  ['x', 'en', 'phone', `Lost a grey Samsonite at Madrid-Barajas T4 this morning, belongs to a colleague flying to Milan. If you found it please call her on +34 699 102 355 🙏`],
  ['x', 'en', '', `Lost and found: someone left a grey Samsonite in our Madrid office meeting room "Retiro" on Tuesday. It's at reception. Come get it, it's judging us.`],
  ['linkedin', 'en', 'secret', `Best practice, apparently: I just found our staging config pasted in a LinkedIn draft I was about to publish. Here's what it had:

SMTP_USER=notificaciones
SMTP_PASSWORD=Gaudi#Pedrera2026
SENTRY_DSN_TOKEN=9b71c4e2a05d4f8e8b3c61a7d2e0f594

Rotating everything now. Lesson learned.`],
  ['linkedin', 'en', '', `Security checklist I give every new developer in our Barcelona office:
- No secrets in the repo. Ever. Use the vault.
- Rotate anything you paste by mistake, even if you deleted it in 10 seconds.
- "password123" is not a placeholder, it's a confession.
- When in doubt, ask. Nobody gets fired for asking.`],
  ['linkedin', 'mixed', 'confidential_marker codename', `EMBARGO jusqu'au 14/01 09:00 CET — Press kit draft, Project Kestrel launch

Headline: Bilbao startup unveils autonomous drone hangar for wind farms
Quote from CEO: TBD
Photos: final selection Friday

Team, please review before Thursday. (Sent to the wrong group, apologies, removing.)`],
  ['linkedin', 'en', '', `Journalists, save the date: our product launch is on 14 January at the Guggenheim auditorium in Bilbao. Press registration is open on our website. We'll share the press kit the same morning, no embargo games.`],
  ['linkedin', 'en', 'internal_url', `If you're one of the 30 people who asked where the Bilbao safety induction videos are: http://172.20.14.8/formacion/induccion — works from the plant network only.`],
  ['linkedin', 'en', '', `Our safety induction videos are now public on our YouTube channel, in Spanish, Basque and English. Because a contractor who watched them at home is a contractor who arrives ready. Link in comments.`],
  ['linkedin', 'en', 'financial', `Meeting notes I'm allowed to share (edited) and one I'm not:

✔ Canteen reopens Monday
✔ Parking: 40 new spaces from February
✔ The board approved our 2027 sales target of €96M this morning — not official until the town hall, so enjoy the secret with me

Okay, maybe I'm not great at editing.`],
  ['linkedin', 'en', '', `Our 2026 revenue was €88M, as published in the annual accounts filed at the Registro Mercantil in July. Next year's target? We'll tell you when it's public. Meanwhile, we're hiring in Bilbao and Vitoria.`],
  ['linkedin', 'fr', 'client_name', `Quelle semaine ! Nos équipes de Barcelone ont terminé la migration du portail patients de l'Hôpital Sainte-Claire : 180 000 comptes transférés, deux nuits blanches, zéro perte de données. Merci à leur DSI pour sa confiance.`],
  ['linkedin', 'fr', '', `Réflexion du jour : quand un projet hospitalier réussit, personne n'en parle ; quand il échoue, tout le monde le sait. Nous avons eu six projets hospitaliers cette année en Catalogne et au Portugal. Je ne vais pas vous dire lesquels, mais je suis fier de chaque nuit blanche.`],
  // ── Italy ──
  ['linkedin', 'en', 'confidential_marker financial', `RISERVATO — USO INTERNO
Verbale riunione / Meeting minutes — Bologna packaging machines, 1 Dec

1. Order intake YTD: €63.5M vs €58M plan
2. Price list 2027: +4.5 % on spare parts, effective 1 March, customers informed in February
3. Trade fair Interpack: budget €380k approved
4. AOB: new canteen supplier

(To the 12 people who liked this in 30 seconds: yes, I pasted it in the wrong window.)`],
  ['linkedin', 'en', '', `We're exhibiting at Interpack in Düsseldorf! Hall 6, stand B21. Come see our new cartoner running at 400 packs a minute, and try our espresso, which is objectively better than the cartoner. The public price list for spare parts is on our website as always.`],
  ['linkedin', 'en', 'national_id', `Freelancers in Italy will get this one. My client's accounting department sent my invoice back three times. Reason: I wrote my partita IVA as 0214587096 instead of 02145870966 — one digit missing. Fourth attempt accepted. Anyway, I'm a freelance industrial designer in Milan and I have availability from January!`],
  ['linkedin', 'en', '', `Italian freelancing 101: your partita IVA has 11 digits and the last one is a check digit, so a typo is usually caught by the client's software. 12345678903 is the one you'll see in every invoice template, don't leave it there.`],
  ['linkedin', 'fr', 'email phone', `Compte rendu de la réunion fournisseurs (Florence, maroquinerie) :
- Cuir pleine fleur : hausse de 7 % annoncée par la tannerie de Santa Croce, publique depuis octobre
- Délais boucles laiton : 9 semaines
- Contact logistique pour les échantillons : Giulia Ferri, giulia.ferri@pelletteriaarno.it, 055 238 4417

Je partage parce que plusieurs petits ateliers de la région nous ont demandé les mêmes infos.`],
  ['linkedin', 'en', '', `Handmade in Florence since 1962: every bag in our workshop passes through at least nine pairs of hands. Our leather price went up 7 % this year like everyone else's (the tanneries announced it in October) and we decided to absorb it for our loyal customers until summer. Grazie.`],
  ['linkedin', 'en', 'national_id', `First day for our new quality engineer in Turin! Paperwork done in record time — she even brought her tessera sanitaria with her codice fiscale RSSGPP79L12H501O pre-filled in the form. Wait, that's Giuseppe's. Long day. Welcome anyway, Federica!`],
  ['linkedin', 'en', '', `A tip for international colleagues moving to Italy: you get your codice fiscale at the Agenzia delle Entrate in a single visit, or through the consulate before you arrive. It's free. Anyone charging you for it is scamming you.`],
  ['linkedin', 'en', 'iban', `Dear clients of our Naples shipping agency: following the merger, our bank details have changed. New account for freight invoices: IT37 N020 0801 6220 0010 4532 871 (UniCredit, Napoli Centro). Any email telling you otherwise is fraud — call your usual contact to confirm.`],
  ['linkedin', 'en', '', `The classic Italian example IBAN, IT60 X054 2811 1010 0000 0123 456, appears in every payment-integration tutorial. Our developers had it hard-coded in a test for two years. Today it was finally replaced by a proper fixture. Small victories.`],
  ['linkedin', 'en', 'secret', `For the Turin team working from home: new VPN profile is on the shared drive. The pre-shared key changed yesterday, it's now Mole-Antonelliana_4x4%Vanchiglia — don't write it on a post-it this time, Marco.`],
  ['linkedin', 'en', '', `We switched from a shared VPN key to individual certificates for all 200 people in our Turin office. Took three weeks, two angry emails and one very patient IT team. Nobody shares a password any more, and that's the point.`],
  ['linkedin', 'en', 'codename', `Six months ago we started Orion with three engineers and a whiteboard in Turin. Today the electric axle prototype ran 1,000 km on the test track without a single fault code. Can't say more yet, but I'm so proud of this team.`],
  ['linkedin', 'en', '', `Test-driving the new Ford at the Balocco proving ground today, as a guest of a supplier. Mildly jealous of their track. Also, the view of Monte Rosa at sunrise beats any office window I've ever had.`],
  ['linkedin', 'en', 'internal_url', `Reminder for the Rome delivery team: the timesheet tool moved. New URL: https://timesheet.corp.acme.com — log your hours by Friday or the invoicing run will skip you.`],
  ['linkedin', 'en', '', `We just launched acme.com/careers/italy with every open position in Rome and Milan, salary ranges included. Because a job ad without a salary is a riddle, not a job ad.`],
  ['linkedin', 'en', 'client_name', `Proud to announce that our Rome team has gone live with Initech's new procurement portal for their Italian subsidiaries — 14 months of work, 3,000 users, and the go-live was quieter than a Sunday in August.`],
  ['linkedin', 'en', 'phone', `Stand-up notes, Genoa terminal, night shift handover:
- Crane 7 fixed, back in service 03:40
- Reefer plugs row F: two faulty, electrician called
- Pilot boat delay 40 min due to wind
- If the gate OCR fails again call Davide directly: 347 218 9930

(This was meant for the shift group on WhatsApp, LinkedIn autocomplete strikes again.)`],
  ['linkedin', 'en', '', `Port of Genoa handled 2.5 million TEU last year according to the port authority's annual statistics. Our terminal's share? In our public sustainability report, page 14. What's not in the report: the night crew that keeps it all moving.`],
  ['linkedin', 'en', 'financial', `Bari olive oil cooperative — harvest update 🫒

Harvest is 30 % above last year. Our export price for the new oil will be €9.40/kg for the big buyers, but the buyers don't know yet — we tell them at the tasting on the 20th. Keep it between us, LinkedIn friends.`],
  ['linkedin', 'en', '', `Olive oil prices in Puglia dropped to around €7/kg at origin this month according to the chamber of commerce's weekly bulletin. Good news for consumers, tough news for small producers. Buy local, buy fresh, and pay a fair price.`],
  ['linkedin', 'en', 'card', `Why I love our customer-care team in Bari: a 78-year-old customer called in tears because she'd read her card number to a fake "bank employee" on the phone. Our agent spotted it, blocked the card 5425 2334 3010 9101 with her still on the line, and stayed until the real bank called back. Heroes without capes.`],
  ['linkedin', 'en', '', `Fraud prevention tip from our Bari call-centre: a real bank never asks you to read your full card number, your PIN or the code you received by SMS. If someone does, hang up and call the number printed on the back of your card.`],
  ['x', 'en', 'confidential_marker', `CONFIDENTIAL - Draft Q4 reorg chart attached, please do not circulate beyond the leadership group. (pls ignore, meant to DM this)`],
  ['x', 'en', '', `Watched L.A. Confidential again last night. Still the best noir of the 90s. Guy Pearce is robbed every time someone makes a list.`],
  ['linkedin', 'en', 'secret', `Our Genoa team uses a shared Slack bot for berthing alerts. The webhook broke today and I finally fixed it:

curl -X POST -H 'Content-type: application/json' --data '{"text":"Berth 12 free"}' https://hooks.slack.com/services/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

Thanks, Stack Overflow.`],
  ['linkedin', 'en', '', `Slack webhook tip: the docs example https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX is exactly the format of a real one. Use it in your docs, never your actual URL.`],
  ['linkedin', 'en', 'email', `Milan Design Week recap! 🎨 12,000 visitors at our showroom in Brera, 3 collaborations signed, and a lot of espresso. If you visited and want the lookbook, just write to showroom@studiolineabrera.it and we'll send the PDF.`],
  ['linkedin', 'en', '', `Milan Design Week recap: 12,000 visitors in our Brera showroom and a lookbook you can download directly from our website. Thank you for coming — see you next April.`],
  ['linkedin', 'en', 'national_id iban', `Registration form for the Florence leather school's new intake, pasted here by mistake from my notes. Sorry:

Name: Chiara Del Conte
Codice fiscale: DLCCHR90B47A662X
Fee paid from IT96 C050 3411 7010 0000 0072 415
Course: pelletteria avanzata, starts 12/01`],
  ['linkedin', 'en', '', `Our leather school in Florence opens enrolments for the spring intake. Fee: €2,400 for 12 weeks, paid in two instalments. Every year, 80 % of our students find work in a workshop within six months. Public numbers, proud numbers.`],
  ['linkedin', 'fr', 'financial', `Note pour l'équipe de Turin, désolé pour le mauvais canal : la valorisation retenue pour le rachat de l'atelier de Pinerolo est de 4,3 M€, offre ferme envoyée mais pas encore acceptée. Merci de ne rien dire aux fournisseurs tant que ce n'est pas signé.`],
  ['linkedin', 'fr', '', `Nous avons finalisé le rachat de l'atelier de Pinerolo, annoncé hier dans La Stampa. Le montant n'a pas été rendu public, et c'est très bien ainsi. Bienvenue aux 22 artisans qui rejoignent le groupe !`],
  ['linkedin', 'en', 'internal_url secret', `Quick tutorial for my team: to check the label printer queue in Bologna, open http://printsrv.bologna.internal:631/jobs and login with admin / Zebra-Tortellini2025. If it says "paused", click resume. That's it!`],
  ['linkedin', 'en', '', `CUPS tip: the admin page of a print server lives on port 631, e.g. http://localhost:631/jobs. Useful when a label printer pauses itself at 6 am and nobody knows why.`],
  ['linkedin', 'en', 'codename client_name', `End-of-year review for our Rome team:
- Delivered Nébula phase 2 for Société Générique's Italian branch, on time
- Started Project Kestrel with the energy division
- Grew from 18 to 27 people
Thank you all. Panettone on me on Friday.`],
  ['linkedin', 'en', '', `Reading list for the holidays from our Rome team: "Project Hail Mary", "The Phoenix Project", and the new biography of Enrico Fermi. Fiction, DevOps and physics — a balanced diet.`],
  ['linkedin', 'en', 'email', `Note for partners of our Naples agency: the customs team is reachable at dogana [at] portnapolishipping [dot] it for all declarations from now on. The old address is closed.`],
  ['linkedin', 'en', '', `Why we stopped putting email addresses on our website in Naples: the spam tripled in a month. Now everything goes through the contact form, and the customs team answers within 24 hours.`],
  ['linkedin', 'en', 'national_id', `Sharing my joy: after 18 months, I've finally become an Italian citizen! My new codice fiscale GLLDVD72M20F839E didn't even change, but the passport did. Napoli, sei casa mia.`],
  ['linkedin', 'en', '', `Became an Italian citizen today after 18 months of paperwork. Naples has been home for eleven years; now it's official. Thank you to the colleagues who helped me with every form.`],
  ['linkedin', 'en', 'financial', `Turin plant — status before the holidays:
• Line 2 retrofit finished
• Safety: 412 days without a lost-time accident
• 2027 capex envelope we're proposing to the group: €11.6M (first draft, group hasn't seen it)
• Christmas lunch Friday 19th`],
  ['linkedin', 'en', '', `Turin plant celebrates 412 days without a lost-time accident. Safety is not a poster, it's a habit. Thank you to every operator who stopped a machine when something felt off.`],
  // ── Andorra ──
  ['linkedin', 'en', 'financial', `Andorra la Vella private bank — a personal note at the end of a very long quarter.

Assets under management crossed €2.1bn this week. We haven't announced it — the figure goes to the board on Tuesday and to the press with the annual results — but I wanted to thank the 46 people in this building who made it possible, in a country smaller than most cities.`],
  ['linkedin', 'en', '', `Andorran banking sector figures for 2025, published by the banking association this morning: €60bn in client assets across the system, capital ratios well above the European average. Small country, serious numbers.`],
  ['linkedin', 'fr', 'phone email', `Changement d'interlocuteur pour nos clients du Pas de la Casa : à partir de lundi, c'est Núria Puig qui prend en charge vos comptes. Vous pouvez la joindre au +376 362 118 ou à nuria.puig@bancvalira.ad.

Merci à tous pour ces neuf années, je pars à Barcelone pour un nouveau défi !`],
  ['linkedin', 'fr', '', `Après neuf ans à Andorre, je pars à Barcelone pour un nouveau défi. Merci aux collègues, aux clients, aux montagnes. Ce pays m'a appris que la discrétion est une forme de respect. À bientôt sur les pistes !`],
  ['linkedin', 'en', 'iban', `Paying the seasonal staff's accommodation deposit for the ski resort? Transfer to the residence's account AD74 0006 0008 1200 0123 4567, reference = your staff ID. Any questions, ask HR at the Grau Roig office.`],
  ['linkedin', 'en', '', `Seasonal staff for the ski resort: accommodation deposits are paid through the staff portal this year, no more bank transfers. 320 seasonal colleagues arriving this week from 19 countries. Benvinguts!`],
  ['linkedin', 'en', 'secret', `New shop terminals in our Andorra duty-free stores, and the supplier's technician left the admin code on a sticky note on every single one: 7719-TABAC-83. I've removed the notes. I'm posting this so the supplier sees it and changes their process. (Yes, and we're changing the code.)`],
  ['linkedin', 'en', '', `Retail security lesson from our Andorra stores: our POS supplier used to ship every terminal with the same default admin code. We now change it at installation, before the terminal ever touches the network. Ask your supplier what their default is.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — Note de service n° 14/2026
Objet : fermeture exceptionnelle de la boutique de Pas de la Casa le 24/12 à 16 h.
Le personnel concerné sera contacté par son responsable.

(Publiée ici par erreur, nos clients peuvent ignorer.)`],
  ['linkedin', 'fr', '', `Nos boutiques d'Andorre seront ouvertes jusqu'à 16 h le 24 décembre et fermées le 25. Bonnes fêtes à tous nos clients, et merci pour cette belle année !`],
  ['linkedin', 'en', 'codename', `Finally allowed to celebrate a little: the Atlas Bleu pilot — our new snowmaking control software — ran its first full night on the Soldeu slopes. 112 snow guns, automatic, and the piste was ready at 7:00. I'm not telling you more, but wow.`],
  ['linkedin', 'en', '', `First snowfall of the season in Soldeu! 40 cm overnight and the piste bashers were out at 4 am. The mountain team are the real heroes of every winter morning.`],
  // ── customer replies (comments) ──
  ['linkedin', 'en', 'phone', `Hi Lucía, sorry for the trouble with your order. Please call our Valencia customer team directly on 963 41 28 77 and mention the ticket number, they'll arrange the replacement this week.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Lucía, sorry for the trouble with your order! We've sent you a private message with next steps — the replacement tiles will leave our warehouse on Monday.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour Marc, merci pour votre retour. Pour la facture en double, écrivez à faturacao@portotexteis.pt en indiquant le numéro de commande, et l'équipe vous rembourse sous 48 h.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Marc, merci pour votre retour ! Le remboursement de la facture en double a été lancé ce matin, vous devriez le voir sur votre compte d'ici vendredi.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Hi Paolo, I checked your file: the invoice was rejected because the codice fiscale FRRMTT91S03L219G on it doesn't match your company's records. Can you send us the corrected one by DM?`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Paolo, the invoice was rejected because of a mismatch in the tax code. I've sent you a DM with the details, no need to share anything here.`, { surface: 'comment' }],
  ['x', 'en', 'phone', `@mariasantos_pt sorry about the delay! Our Lisbon support line is open until 20:00 today: 213 847 290. Ask for Rita, she has your case.`, { surface: 'comment' }],
  ['x', 'en', '', `@mariasantos_pt sorry about the delay! We've escalated your case and Rita will call you back before 20:00 today. Thanks for your patience.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Thanks João! And between us: the new pricing you asked about will be €1,250 per seat per year from March, down from €1,490. We haven't told existing customers yet so keep it quiet until the webinar.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks João! The 2027 pricing is on our website since this morning: €1,250 per seat per year, with a discount for non-profits. Happy to walk you through it.`, { surface: 'comment' }],
  // ── X threads and posts ──
  ['x', 'en', '', `1/ Thread: what we learned moving our whole fintech from AWS Ireland to a Spanish sovereign cloud. Spoiler: the hardest part wasn't technical.`],
  ['x', 'en', '', `2/ The hardest part was the contracts. Every SaaS vendor we used had a clause assuming data in Ireland. We renegotiated 31 contracts in 4 months.`],
  ['x', 'en', 'internal_url', `3/ Tip: keep a single inventory of every service and where its data lives. Ours is at https://wiki.acme-corp.net/infra/data-residency and it saved us weeks.`],
  ['x', 'en', '', `4/ Final bill: 18 % cheaper than before, 20 ms faster for Spanish users, and one very tired legal team. Worth it. /end`],
  ['x', 'en', 'financial', `Can't share the deck yet but our Lisbon office's pipeline for Q1 just hit €3.4M, more than all of 2025. Announcement after the board 👀`],
  ['x', 'en', '', `Lisbon startups raised €1.1bn in 2025 according to Startup Lisboa's annual report. Not bad for a city of 550k people.`],
  ['x', 'fr', 'secret', `Quelqu'un sait pourquoi mon token ne marche plus ? curl -H "Authorization: Bearer 8f3e2a91c7d54b60a1e9f2c83d7b4e05" https://api.miempresa.es/v2/pedidos renvoie 401 depuis ce matin`],
  ['x', 'fr', '', `Quelqu'un sait pourquoi l'API renvoie 401 quand le token expire au milieu d'une requête paginée ? Je croyais que le refresh était automatique. Pistes bienvenues !`],
  ['x', 'en', '', `Poll for the Iberian devs: how do you store secrets locally?
🔐 Password manager
📁 .env files
☁️ Cloud vault
🙈 I don't want to talk about it`],
  ['x', 'en', 'email', `Speakers for our Barcelona JS meetup in February: send your abstract to charlas@bcnjs.dev before 10 Jan. 20-minute talks, first-timers very welcome.`],
  ['x', 'en', '', `Speakers wanted for our Barcelona JS meetup in February! Submit through the form on the meetup page before 10 Jan. First-timers very welcome.`],
  // ── changelogs, tips, goodbyes ──
  ['linkedin', 'en', '', `Changelog 4.12 of our open-source invoicing library (Lisbon):
- Added Portuguese ATCUD support
- Fixed rounding on Spanish IRPF withholding
- Italian SDI XML export now validates partita IVA check digits
- Dropped Node 16

Thanks to the 14 contributors from 6 countries.`],
  ['linkedin', 'en', 'internal_url', `Release notes v2.8 (internal build, shared by mistake, sorry!):
- New stock dashboard at http://192.168.10.45:3000/stock
- Fixed duplicate picking lists in Zaragoza
- Known issue: Valencia warehouse timezone`],
  ['linkedin', 'en', '', `Release notes v2.8 of our warehouse app:
- New stock dashboard
- Fixed duplicate picking lists
- Known issue: timezones in the Canary Islands (always the Canaries!)
Full changelog on our public GitHub.`],
  ['linkedin', 'en', '', `After 11 years at the Zaragoza logistics hub, today is my last day. I started on the night shift loading trucks and I leave as operations director. Thank you to the forklift drivers who taught me more than any MBA. Zaragoza, te llevo conmigo.`],
  ['linkedin', 'en', 'phone email', `Last day at the hub! If you need to keep in touch, my personal details: +34 655 910 233, and carlos.benedi.ortiz@gmail.com. Don't be strangers.`],
  ['linkedin', 'fr', '', `Conseil du jour pour les managers qui arrivent en Espagne : la réunion ne commence pas à l'heure, mais elle finit à l'heure du déjeuner. Adaptez votre ordre du jour en conséquence. Et ne programmez jamais rien à 14 h.`],
  ['linkedin', 'en', '', `Tip for anyone writing meeting minutes in multilingual teams (we work in Spanish, Catalan, Portuguese and English): write decisions in one language, always the same, and at the top. Discussion can be in any language. Decisions can't.`],
  ['linkedin', 'en', 'codename financial', `A very proud Friday post. Today we got the green light from the group for phase 2 of Orion in Lisbon: €2.6M for the next 18 months, signed off this afternoon by the investment committee. Official announcement in January, so I'll keep the details to myself until then — but tonight, the team dinner is on me.`],
  ['linkedin', 'en', '', `Orion is my favourite winter constellation and tonight, from the Serra da Estrela, it was brilliant. Our astronomy club from the Covilhã office counted 14 Geminids in an hour. Worth the frozen fingers.`],
  // ── long posts, minutes and status reports, mixed ──
  ['linkedin', 'en', 'confidential_marker financial phone', `CONFIDENCIAL — Comité de dirección, Madrid, 3 de diciembre
Minutes (EN for the Lisbon colleagues)

1. Closing forecast 2026: revenue €31.2M, EBITDA €4.0M — to be confirmed after the December close, not for external use
2. Office move: Castellana lease signed, move in May
3. Crisis line for the move weekend: facilities manager Álvaro Gil, 612 08 77 41
4. Next committee: 14 January

Apologies — meant for the committee's group. Removed shortly.`],
  ['linkedin', 'en', '', `Our 2026 results will be published on 26 February. Until then, I'll just say: thank you to a team that didn't lose its sense of humour in a difficult year. And to the new Madrid office on Castellana — see you in May.`],
  ['linkedin', 'en', 'national_id', `Storytime. Our Seville office hired its first non-EU engineer this year, and I learned how much paperwork that means. The moment I'll never forget: after four appointments, the NIE letter finally arrived — Y2019384K — and Farid framed it. Literally framed it. It's on his desk. Welcome home, Farid.`],
  ['linkedin', 'en', '', `Storytime. Our Seville office hired its first non-EU engineer this year. Four appointments, two translations, one very patient HR colleague. Today his residence card arrived and he brought churros for the whole floor. Welcome home, Farid.`],
  ['linkedin', 'en', 'card', `Lesson from this morning's call with our bank: someone had used a corporate card in three countries in one hour. The card, 3412 887610 34510, has been cancelled, and the new one is coming. If you're on the Madrid finance team, ignore the alerts until Friday.`],
  ['linkedin', 'en', '', `Corporate card fraud is up 40 % this year according to the Bank of Spain's payment report. What helped us: real-time alerts on every transaction and a one-tap freeze in the app. If your company doesn't have that yet, ask your bank this week.`],
  ['linkedin', 'en', '', `Our card was blocked on a business trip to Milan because the bank thought "Madrid then Milan in two hours" was fraud. The bank was technically right to be suspicious. The card ending 4417 is back online and I'm having risotto.`],
  ['linkedin', 'fr', 'card', `Petite honte du jour : en voulant réserver l'hôtel pour le séminaire de Porto, j'ai collé le numéro de la carte de l'entreprise dans le mauvais chat (celui du groupe LinkedIn des anciens...). 4916 3377 2019 5842, exp. 09/28. Carte bloquée, nouvelle carte commandée, leçon retenue.`],
  ['linkedin', 'fr', '', `Au séminaire de Porto, on a joué à « devinez le vrai numéro de carte » avec des numéros fictifs comme 4916 3377 2019 5843. L'astuce : la clé de Luhn. Celui-ci échoue. Les commerciaux ont gagné, les développeurs n'ont rien dit.`],
  ['linkedin', 'en', 'internal_url email', `Weekly IT status — Lisbon & Porto offices

✅ New printers installed (both floors)
✅ MFA rollout: 94 % of staff
⚠️ Intranet search still slow — https://intranet.acme-corp.net/search, fix planned next week
📩 Requests to helpdesk.pt@acme-corp.net, not to me personally please 😅`],
  ['linkedin', 'en', '', `Weekly IT tip: if the office printer shows "offline", it's almost always the Wi-Fi power-saving mode. Turn it off in the printer menu. You're welcome, Porto.`],
  ['linkedin', 'en', 'financial', `Long post, sorry.

When I joined this Valencia tile company in 2019, we exported to 40 countries and lost money on half of them. This year we cut 9 markets, doubled down on the US and the Gulf, and I can now tell you — ahead of our official results in March, so please let it stay in this thread — that export margin is going from 11 % to 19 %.

What made the difference: saying no. No to tiny distributors, no to custom colours for 200 m², no to trade fairs that don't sell. Saying no is a strategy.`],
  ['linkedin', 'en', '', `Long post, sorry.

When I joined this Valencia tile company in 2019, we exported to 40 countries and lost money on half of them. This year we cut 9 markets and doubled down on the US and the Gulf. Our annual report, out last week, shows the result better than I can.

What made the difference: saying no. No to tiny distributors, no to custom colours for 200 m², no to trade fairs that don't sell. Saying no is a strategy.`],
  ['linkedin', 'en', '', `My marathon fundraising is at €2,860 for the Valencia children's hospital, thanks to you all. Race day is Sunday. My legs aren't ready, but my heart is.`],
  ['linkedin', 'en', '', `Inditex posted €38.6bn in sales this year. As a small fashion brand in Barcelona, I'm not jealous at all. (I'm very jealous.) What I envy most is not the number, it's their supply chain speed.`],
  ['linkedin', 'en', 'client_name', `Today our Barcelona e-commerce team shipped the 1 millionth order for Globex's online store. Three years, two platform migrations, one Black Friday that I'll never forget. Thank you, Globex, for trusting a small Catalan agency.`],
  ['linkedin', 'en', '', `Today our Barcelona e-commerce team shipped its 1 millionth order. Three years, two platform migrations, one Black Friday that I'll never forget. Thank you to every customer who trusted a small Catalan agency.`],
  ['linkedin', 'en', 'secret', `Saturday morning debugging, pasted for posterity:

psql "postgresql://facturas_app:Q7v!pLr2@db-prod.facturador.es:5432/facturas"

...and the culprit was a missing index. Always the index.`],
  ['linkedin', 'en', '', `Saturday morning debugging, and the culprit was a missing index on facturas(fecha_emision). 40 seconds down to 80 ms. Always the index. Always.`],
  ['linkedin', 'en', 'iban national_id', `Pasted from my notes for the accountant, apologies to my network:

Rental deposit — flat in Lisbon
Tenant: Inês Duarte, NIF 257093184
Pay to: PT50 0033 0000 4531 8822 1052 8
Amount: €1,800`],
  ['linkedin', 'en', '', `Renting in Lisbon as a foreigner, the short version: you need a NIF, a Portuguese bank account, and a guarantor or six months of rent in advance. Our HR team now helps every new hire with all three. It's the best benefit we offer.`],
  ['linkedin', 'en', 'phone', `Tip for visitors to our Milan showroom: reception is at +39 02 8645 3321, call when you arrive at the Brera gate and someone will come down. The intercom has been broken since 2023 and honestly it's part of the charm now.`],
  ['linkedin', 'en', 'phone', `Our toll-free customer line in Italy is live: 800 912 144, Monday to Saturday, 8 to 20. Finally, our clients in Sicily don't have to call Milan on a paid number.`],
  ['linkedin', 'en', '', `Our customer line in Italy now answers on Saturdays too, 8 to 20. The number is unchanged, on the back of every invoice and on the website. Thanks to the 12 agents in Bari who volunteered for the weekend rota.`],
  ['linkedin', 'en', 'phone', `For our Portuguese customers, the support line changed this week: 808 200 517 (local rate). The old 707 number stops working on 31 December.`],
  ['linkedin', 'en', '', `Portuguese 707 numbers are expensive for callers, so we're ending ours on 31 December. The new local-rate number is on our website and in your next invoice. Small change, fairer for everyone.`],
  ['linkedin', 'en', 'confidential_marker codename', `Classification: Internal
Status report — Nébula, week 49
- Search relevance (nDCG@10): 0.71 → 0.76
- Latency p95: 180 ms
- Risks: vendor contract renewal, Spanish synonym list
Owner: data team Barcelona`],
  ['linkedin', 'en', '', `Our data team in Barcelona improved search relevance on our store by 7 % this quarter, measured as nDCG@10. The secret: a better Spanish synonym list, curated by the customer-service team who know how people actually search. Domain knowledge beats bigger models.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — named recipients only. Indicators from this morning's intrusion attempt on the Turin VPN gateway, for the SOC team:
- 185.220.101.x range
- user-agent "Mozilla/5.0 (compatible; scan)"
(Wrong channel. Removing.)`],
  ['linkedin', 'en', '', `We presented our incident-response playbook at a security meetup in Turin. The slide people photographed most: "Mark the report TLP:AMBER or TLP:RED before you send it, not after." Good advice, if I say so myself.`],
  ['linkedin', 'fr', 'national_id', `Pour mes collègues qui préparent les fiches de paie d'Escaldes, voici les données du nouveau saisonnier espagnol (oui je sais, mauvais endroit, je supprime) : Jordi Mas Vidal, DNI 39120577S, entrée le 12/12.`],
  ['linkedin', 'fr', '', `On accueille 320 saisonniers cette semaine à Escaldes, venus de 19 pays. Astuce RH : on envoie la liste des documents à apporter trois semaines avant, en quatre langues. Résultat : zéro dossier incomplet cette année.`],
  ['linkedin', 'en', 'national_id', `Spanish DNI with the wrong letter, a story: our onboarding form kept rejecting a new hire's number. Turned out she'd been writing 16049327B for 20 years — the right one is 16049327L. The form was right. She was shocked. We laughed. Welcome, Marta!`],
  ['linkedin', 'en', '', `Spanish DNI trivia: the letter at the end is the number modulo 23, looked up in a fixed table. The police's specimen card uses 99999999R, which is why you'll see it in every form tutorial. A wrong letter — say 16049327B — is rejected by any decent form.`],
  ['linkedin', 'en', 'national_id', `Happy to share that I've officially opened my partita IVA as a freelance UX researcher in Bologna! 🎉 For clients asking for invoice details: P.IVA 07431220487. Let's work together!`],
  ['linkedin', 'en', 'email codename', `Orion kick-off — notes for the Naples team (sorry, pasted in the wrong tab):
- Scope: route optimisation for the ferry terminal
- Data access: request through dati.orion@portnapolishipping.it
- Next sync: Thursday 10:00`],
  ['linkedin', 'en', 'client_name', `Meeting notes, account review with Hôpital Sainte-Claire (remote, 2 Dec):
- Sterilisation tracking: 3 open tickets, all minor
- They want to extend to the maternity wing in 2027
- Next review in March`],
  ['linkedin', 'en', '', `Meeting notes from the hospital IT conference in Coimbra: three talks on interoperability, one on cyber-resilience, and a panel that agreed on nothing. Best quote: "The fax machine is the most resilient system in healthcare."`],
  ['linkedin', 'en', 'national_id', `My tax refund finally arrived after I corrected my NIF on the portal — I'd swapped two digits for a year. For reference, mine is 244660174 and the wrong one was 244661074. Triple-check your paperwork, people!`],
  ['linkedin', 'en', 'iban', `Paying for the Genoa office Christmas dinner? €45 per person to IT52 H030 6234 2100 0000 1597 530 (Elena's account), reference "cena". Deadline Friday.`],
  ['linkedin', 'en', '', `Christmas dinner for the Genoa office booked: trofie al pesto for 40 people. €45 per person, paid by the company this year because the managers lost the bet on the football league. Grazie, Sampdoria.`],
  ['x', 'en', 'card', `Just realised I tweeted a screenshot with my card visible in the corner (2221 0081 3356 7729). Deleted, card frozen, feeling stupid. Don't be me.`],
  ['x', 'en', '', `PSA: our Discover test card 6011 1111 1111 1117 is in the docs for a reason — use it in the sandbox, never a real one.`],
  ['x', 'en', 'card', `Booked the team's train to Milan and the booking confirmation email literally shows the whole card number, 6011 5540 2217 8933. Who designs these? Sending it to their security team.`],
  ['linkedin', 'en', 'card', `Travel desk, please refund the Andorra trip to the JCB 3530 1113 3300 0006 — the Amex was cancelled. (Meant for the internal group, deleting in a sec.)`],
  // ── more French and mixed: minutes, reports, long posts ──
  ['linkedin', 'fr', 'financial client_name', `Compte rendu — revue de compte Initech (Lisbonne, 4 décembre)

1. Renouvellement du contrat de support : nous proposerons 290 k€/an au lieu de 260 k€, hausse qu'ils ne connaissent pas encore — présentation au client le 18
2. Satisfaction : NPS 41, en hausse
3. Risque : leur nouveau DSI veut internaliser le niveau 1

Prochaine revue en mars.`],
  ['linkedin', 'fr', 'financial', `Je crois que je n'ai jamais été aussi fier d'une équipe. Chiffre d'affaires de notre filiale de Bilbao sur les onze premiers mois : 14,7 M€, soit déjà plus que l'objectif annuel. Le chiffre n'est pas encore consolidé par le groupe et il ne sortira qu'en mars, alors gardons ça pour nous — mais ce soir, pintxos pour tout le monde.`],
  ['linkedin', 'fr', 'secret internal_url', `Mémo pour moi-même (et apparemment pour tout LinkedIn, bravo) :
serveur de recette : http://10.12.0.31:8080
compte : recette_admin
mot de passe : Alfama#Eléctrico28
À changer après la démo de vendredi.`],
  ['linkedin', 'fr', 'iban', `Nouveau fournisseur de cartons pour l'usine de Vila Nova de Gaia : merci de créer la fiche avec l'IBAN PT50 0010 0000 5326 1730 0117 3 (Banco BPI) avant la première facture de janvier. Copie pour la compta de Gaia, désolé pour le canal.`],
  ['linkedin', 'fr', 'iban', `Cotisation annuelle de l'association des anciens de l'école de commerce de Madrid : 60 €, à virer sur ES27 3058 0990 2527 1843 0012 avant le 31 janvier. Merci à tous ceux qui ont déjà payé !`],
  ['linkedin', 'fr', 'national_id', `Bon, je me lance : premier post en tant qu'indépendante à Lisbonne ! Pour les clients qui me demandent mes coordonnées de facturation, mon NIF est le 214055388. Traduction FR-PT-EN, spécialité juridique. Au travail !`],
  ['linkedin', 'fr', 'codename', `Petit bilan de l'année pour l'équipe de Valence : Project Kestrel est passé de l'idée au pilote en neuf mois, et les tests en soufflerie de novembre ont dépassé nos attentes. Je ne peux pas en dire plus pour l'instant, mais merci à chacun d'entre vous.`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion interne uniquement — Note RH : les entretiens annuels de l'équipe de Porto sont reportés à la semaine du 19 janvier. Les managers recevront la nouvelle grille le 8.

(Publié ici par erreur depuis l'appli, je retire.)`],
  ['linkedin', 'fr', 'email phone', `Réunion de lancement du salon Cevisama — notes rapides :
- Stand : 120 m², hall 4
- Hôtesses : agence de Valence, contact Laura Sanchis, laura.sanchis@eventoslevante.es, 654 33 81 29
- Échantillons à expédier le 20 janvier au plus tard`],
  ['linkedin', 'mixed', 'financial', `Petit partage depuis Turin, en franglais parce que c'est la langue de l'équipe : our price for the new gearbox will be €1,870 per unit for the OEM, mais on ne l'annonce qu'au salon de Genève, donc motus. Fierté immense pour les ingénieurs qui ont réduit le coût de 22 %.`],
  ['linkedin', 'mixed', 'internal_url', `Rappel pour l'équipe d'Andorre / reminder for the Andorra team: les plannings de janvier sont sur https://rrhh.intranet.grandvalira-serveis.ad/plannings — login with your usual account.`],
  ['linkedin', 'fr', 'client_name', `Retour de deux jours à Paris chez Société Générique pour l'atelier de cadrage du nouveau portail fournisseurs. Des équipes passionnées, un café correct, et une feuille de route qui tient enfin sur une seule page. Prochaine étape en février à Lisbonne.`],
  ['linkedin', 'fr', 'phone national_id', `Fiche contact à transmettre au transporteur (collée ici par erreur, je supprime tout de suite) :
Destinataire : Luca Esposito
Codice fiscale : SPSLCU77H14D612U
Portable : +39 333 741 2086
Livraison : Turin, via Nizza 112`],
  ['linkedin', 'fr', 'secret', `Pour les collègues de Coimbra qui cherchent le Wi-Fi du labo depuis la coupure : réseau BioLab-5G, clé Mondego!Choupal1290. Ne la donnez pas aux visiteurs, ils ont le réseau invités.`],
]);
