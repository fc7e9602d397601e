import { rows } from './corpus-types';

/**
 * Held-out set "fresh43": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh43`.
 * First scored 2026-12-04 18:08 UTC on the rules of 8d75022, before any fix from it: confidentiality macro F1
 * 0.959, 4.8 % of clean posts flagged (5 of 105);
 * financial 0.840, card 0.857, confidential_marker 0.889, national_id 0.963, the others 1.000.
 *
 * Authors: employees in Canada (Ontario: a Hamilton steel-fabrication shop, a Sudbury mining-services firm, a Kingston
 * freight company, a Waterloo robotics start-up, a Toronto software team, a Mississauga warehouse; Québec: a Montréal
 * game studio, a Québec City insurance broker, a Sherbrooke agri-food co-op, a Trois-Rivières paper mill, a Gatineau IT
 * consultancy, a Lévis plumbing firm; New Brunswick: a Moncton bilingual contact centre writing in chiac, a Saint John
 * bridge-inspection drone team, a Fredericton cybersecurity firm, a Dieppe software team), in Ireland (a Dublin payments
 * firm, a Limerick software firm, a Galway medtech, a Sligo food plant, a Kilkenny brewery, an Athlone office), in the UK
 * regions (a Manchester e-commerce team, a Belfast fintech and payroll bureau, a Cardiff creative agency, a Newcastle
 * energy firm, a Glasgow games studio, an Aberdeen quayside operator, a Leeds and Bradford health-IT supplier, a Bristol
 * aerospace supplier) and in the US Midwest (a Chicago logistics firm, a Columbus insurer, a Minneapolis retailer, a
 * Detroit auto-parts plant, a Milwaukee equipment maker, a Fond du Lac dairy, an Ohio trailer-hitch maker, Indianapolis,
 * Dayton and Omaha offices, a Kansas City fintech). FOCUS on short X posts and six X threads (2 to 4 posts, one leak in
 * the last post of several), replies in comments (LinkedIn and X, surface 'comment'), and chat messages, tables, notes
 * and config snippets pasted by mistake; also team wins, job ads with published salary ranges, live-posts, changelogs,
 * post-mortems, supplier and fraud notices, polls, goodbyes and tips.
 *
 * Positives: financial figures with many signs of not being public yet (before the earnings call, a town hall, an
 * all-hands, the AGM, the QBR, a dealer letter, a launch date, the board vote, CFO or group sign-off, auditors, an
 * unopened tender, an unsigned SPA or term sheet, a 409A before offer letters, "not in the investor deck yet"), in $, €,
 * £, M$ and words; explicit markers (CONFIDENTIAL — BOARD PRE-READ, [INTERNAL], TLP:AMBER, TLP:RED, Classification:
 * OFFICIAL-SENSITIVE, EMBARGOED UNTIL…, EMBARGO jusqu'au…, SOUS NDA, INTERNE, INTERNAL ONLY, RESTRICTED, Privileged &
 * Confidential); secrets with and without vendor formats (Wi-Fi and router passwords, a kiosk login, a temporary mailbox
 * password, a signing key, an API key, a GitHub token, a live Stripe key, AWS keys in Terraform, a JWT, Slack, Discord and
 * Teams webhooks, Postgres and MongoDB connection strings); internal URLs (acme-corp.net and corp.acme.com hosts, an
 * intranet. host, .internal, .local and .corp hosts, a UNC path, 10.x, 172.16.x and 192.168.x addresses); phones in
 * North-American (NANP, 1-888, +1), UK (028, 029, 01224, 07xxx) and Irish (087, 091, 056, +353, 1800) formats; role and
 * personal mailboxes, obfuscated "[at] [dot]", "(at)(dot)" and "name @ domain" addresses. Every IBAN, card and national
 * id positive was computed with a throwaway script kept outside the repo: IE and GB IBANs (AIBK, BOFI, IPBS, BARC, LOYD,
 * DABA) and one FR IBAN with its RIB key, mod 97; Luhn for Visa, Mastercard (5- and 2-series), Amex and Discover cards;
 * Canadian SINs (Luhn, first digits 1, 2 and 4 for the Atlantic, Québec and Ontario), NHS numbers (mod 11, written 3-3-4
 * like a North-American phone but labelled national_id only), Irish PPSNs (mod 23 check letter, one with the A suffix);
 * US SSNs and UK NINOs by format (valid area, group, serial and prefix).
 *
 * Look-alikes (clean): published results, announced rounds and prices, public tender awards, job-ad salary ranges,
 * charity, mortgage and city-budget figures, teaching arithmetic; harmless mentions (TLP:CLEAR, a TLP primer, a talk
 * on UK classifications, L.A. Confidential, an email-footer rant, "CONFIDENTIEL" discussed, "entre nous" and "don't
 * forward" inside a sentence, a lifted embargo, signing NDAs); specimens and invalid numbers (the CRA-style example SIN
 * 046 454 286, a SIN failing Luhn, the 1938 wallet SSN, 123-45-6789, HMRC's QQ NINO, the 999 NHS test range, a PPSN with
 * a wrong check letter, the UK textbook IBAN, an IE IBAN with a wrong check, masked IBAN, SIN and card, Stripe's 4242
 * card, an order number failing Luhn); placeholders (AWS's EXAMPLE key, sk_test_XXXX, "changeme", ${SLACK_WEBHOOK_URL},
 * <your-supplier-id>, hunter2, a weak-password tip); public hosts (news.acme.com, a public status page, 1.1.1.1 and
 * 8.8.8.8, a bare domain), X handles, emergency numbers (911, 999, 112), order, invoice, PO and flight numbers; the
 * policy's names in other senses (Orion the constellation, the Orion Nebula, NASA's Orion capsule, a kestrel, Atlas the
 * office cat, a grandfather's "vieil atlas bleu", CME Globex, Hank Scorpio's Globex Corporation, Office Space's Initech,
 * the church of Sainte-Claire in Bellechasse, Société Générale).
 *
 * Conventions: every written email address is email (role mailboxes and obfuscated forms included) and every written
 * phone number is phone (switchboards, hotlines, toll-free); the user:password of a connection string is secret, not
 * email; confidential_marker only for explicit labels; financial only for the company's own not-yet-public figures;
 * IBAN, card and national id only for valid numbers; codename and client_name only in their project and customer sense.
 *
 * Counts: 240 posts (182 EN, 47 FR, 11 mixed; 166 LinkedIn, 74 X; 15 comments): 105 clean, 135 with one or more
 * findings. Labels: financial 26, phone 18, secret 15, internal_url 15, national_id 14, confidential_marker 13, email 13,
 * codename 11, client_name 9, card 8, iban 7.
 */
export const FRESH43_POSTS = rows('fresh43', [
  // --- X posts, short -----------------------------------------------------------------------------------------
  ['x', 'en', '', `Winter came early in Sudbury. Orion rising over the headframe at 6pm, -18°C, and the night shift still cheerful. Proud of this crew. #mining`],
  ['x', 'en', 'financial', `not supposed to say this till the call on Thursday but we just closed our best quarter ever — $14.2M revenue, up 31% 🚀🚀 ok deleting in 5 min`],
  ['x', 'en', '', `Our Q3 results are out: $14.2M revenue, up 31% year on year. Full release on our investor page. Thank you to every customer who trusted us this year.`],
  ['x', 'fr', 'codename', `Grosse journée : la démo d'Orion au comité de direction est passée sans un seul plantage. Merci l'équipe QA 🙏 #gamedev #MTL`],
  ['x', 'en', '', `Spotted a kestrel hovering over the M62 verge this morning, holding dead still in a 40 mph crosswind. Engineers could learn something. #birding #Leeds`],
  ['x', 'en', '', `If your power is out across Ottawa tonight, don't call 911 unless it's an actual emergency. The outage map is on Hydro Ottawa's site.`],
  ['x', 'en', 'secret', `ops-bot: wifi for the Mississauga warehouse rebooted, new key is Forklift-Dusk-7781 — pls update the scanners`],
  ['x', 'en', '', `PSA: "Summer2026!" is not a strong password just because it ends in an exclamation mark. Get a password manager, folks.`],
  ['x', 'mixed', 'financial', `Big news pour l'équipe de Moncton: le contrat est signé pour 2,6 millions sur trois ans. C'est pas encore announced so gardez ça pour vous autres until lundi 😅`],
  ['x', 'en', '', `1/ A thread on what we learned moving 40 warehouses from paper pick-lists to handhelds in 18 months. Spoiler: the tech was the easy part.`],
  ['x', 'en', '', `2/ The hardest bit was the night shift in Windsor. They'd built their own system of coloured tape on the racking that nobody upstairs knew existed. We copied it into the app.`],
  ['x', 'en', 'internal_url', `3/ Full write-up with the rollout checklist is on the wiki if you're on the team: https://wiki.acme-corp.net/ops/handheld-rollout — public version coming in Jan.`],
  ['x', 'en', '', `TLP:CLEAR advisory from our team today on the fake invoice campaign hitting NB municipalities. Share widely, that's the whole point.`],
  ['x', 'en', 'confidential_marker', `TLP:AMBER — IOCs from last night's intrusion attempt at a Maritime utility: 185.220.101.47, invoice_update[.]zip. Partner SOCs only please.`],
  ['x', 'fr', '', `Opinion impopulaire : mettre « CONFIDENTIEL » au bas de chaque courriel fait que plus personne ne prend le mot au sérieux.`],
  ['x', 'en', 'client_name', `Three weeks onsite at Globex in Cleveland and I finally know where the good coffee is. Migration cutover Saturday 🤞`],
  ['x', 'en', '', `CME Globex reopened after the holiday halt and futures volume is already picking up. Quiet desk in the Loop today though.`],
  ['x', 'en', 'email', `Hiring 2 forklift techs in Joliet, IL. $27–$31/hr, nights. Resumes to hiring.joliet@prairieline-logistics.com`],
  ['x', 'en', '', `We're hiring 2 forklift techs in Joliet, IL — $27–$31/hr, nights, full benefits. Apply through the careers page (link in bio) or DM us.`],

  // --- chat messages pasted by mistake ---------------------------------------------------------------------------
  ['linkedin', 'en', 'secret internal_url', `[10:42] Dana K: can someone reset the reporting svc?
[10:43] Marc B: conn string is postgres://rpt_svc:Wh1te-Pine!84@db02.corp.acme.com:5432/sales, go nuts
[10:43] Dana K: ty

Super proud of our analytics team this year, dashboards shipped every two weeks 🎉`],
  ['linkedin', 'en', 'financial', `Pasting from my notes for the team recap (so proud!!):
- Nov bookings: $3.9M (plan was $3.1M)
- finance says don't share outside until the Dec 12 town hall
- churn flat
What a month. Thank you all.`],
  ['linkedin', 'en', 'phone', `Message for the Sligo plant night crew since Teams is down: if the blast chiller alarms again, ring Ciarán directly on 087 314 2298, not the office.`],
  ['x', 'en', 'secret', `@jlaw_dev here's the staging token you asked for ghp_R4kzT8mWq2Lx9vN0bYc3sHd7Pf1eGj6uAo5i — wait this isn't slack`],
  ['linkedin', 'fr', 'secret', `[14:02] Julie : c'est quoi le mot de passe du routeur de la salle de conférence déjà?
[14:03] Steve : SalleRiviere#2031
[14:03] Julie : merci!!

(oups, mauvaise fenêtre. Bon, tant qu'à être ici : on embauche à Trois-Rivières!)`],
  ['linkedin', 'en', 'national_id', `Can you double-check the onboarding form for the new welder? SIN 486 638 695, start date Jan 6, Hamilton shop. Thx

Welcome to the team, Raj! Great to have another Red Seal on the floor.`],
  ['linkedin', 'en', 'national_id email', `Forwarding for payroll – Aoife's details: PPS 6218235T, start 12 Jan, bank details to follow from aoife.brennan@kilnstone.ie. Welcome Aoife!`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL — BOARD PRE-READ
FY27 budget proposal: opex $22.4M (+7%), capex $3.8M for the Sudbury rebuild.
Vote Dec 15.

Sorry all, meant to paste my agenda, not the pre-read. Anyway: big week ahead for our mining services team!`],
  ['linkedin', 'en', '', `Our FY26 annual report is live. Revenue: $212M. Capex: $18M, most of it in the Sudbury rebuild. Thank you to our 900 people. Link in the comments.`],
  ['linkedin', 'en', '', `Thanks Priya! The full report is on our investor relations page, and the Sudbury section starts on p. 14.`, { surface: 'comment' }],

  // --- customer replies (comments) ------------------------------------------------------------------------------
  ['linkedin', 'en', 'phone', `Sorry to hear about the delayed delivery, Mark. Please call our Indianapolis dispatch desk at (317) 648-2290, open 6am–10pm ET, and quote your order number.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Siobhán, so sorry for the trouble with your order. Could you email us at care@bramblefoods.ie with the batch code on the lid? We'll sort it today.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour Mme Gagnon, désolés pour le délai de traitement de votre réclamation. Écrivez-nous à service.reclamations@assurancesbellechasse.qc.ca en indiquant votre numéro de dossier, on s'en occupe.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour M. Roy, merci de votre patience. Un conseiller vous rappellera demain avant midi au numéro inscrit à votre dossier.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Gareth, that's not right at all — I've flagged it to Bethan in accounts and she'll reply to your original email today.`, { surface: 'comment' }],
  ['x', 'en', 'phone', `@tomk_mke our Milwaukee service desk can help with that: 414-271-8053 (M–F 7–5 CT).`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Dave, sorry about the missing part. Our Dayton parts desk can ship it overnight — call 937-228-6104 and quote RMA 88123.`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'email', `Salut Karine! Pour le stage d'été, send ton CV à stages@fieldsparrow-robotics.ca avant le 31 janvier 😊`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Ha! Our CFO would never let us publish that. Lovely to see another company sharing its actual numbers though.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bravo à toute l'équipe de Sherbrooke! Hâte de voir la nouvelle ligne d'embouteillage en action.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Please don't post your SIN in the comments, Ryan! Our team will DM you to verify it securely.`, { surface: 'comment' }],
  // --- job ads -------------------------------------------------------------------------------------------------------
  ['linkedin', 'en', 'email', `We're hiring! Senior Embedded Engineer, Waterloo ON (hybrid). Salary range $118,000–$142,000 CAD + options. Send a CV and one project you're proud of to jobs@fieldsparrow-robotics.ca. Pay transparency matters to us.`],
  ['linkedin', 'fr', 'email', `On recrute ! Technicien(ne) en maintenance, usine de Trois-Rivières. Salaire : 31,50 $ à 38,20 $/h selon l'expérience, horaire de 4 jours. CV à emplois [at] papetiere-mauricie [dot] ca`],
  ['linkedin', 'en', '', `Hiring in Belfast: Graduate Data Analyst, £29,000–£33,000, two days a week in the office. Apply via our careers page — no agencies please.`],
  ['linkedin', 'en', '', `Job ad: Warehouse Supervisor, Green Bay WI. $58,000–$66,000 + overtime. We publish the range on every single ad. Apply on our careers site.`],
  ['linkedin', 'fr', '', `Offre d'emploi : conseiller(ère) en assurance de dommages, Québec. 52 000 $ à 64 000 $ + bonis. Postulez via notre site carrières, on répond à tout le monde.`],

  // --- client names and their look-alikes ----------------------------------------------------------------------------
  ['linkedin', 'en', 'financial client_name', `Big milestone for the Columbus team: the Initech renewal came in at $1.4M over three years 🎉 Legal is still finalising, so this stays between us until the press note.`],
  ['linkedin', 'fr', 'client_name', `Fierté ! Nos infirmières-conseils ont formé 140 personnes à l'Hôpital Sainte-Claire cet automne. Merci à toute l'équipe de soins pour l'accueil.`],
  ['linkedin', 'fr', '', `Visite de la petite église de Sainte-Claire, dans Bellechasse, en famille ce dimanche. Le clocher restauré vaut le détour!`],
  ['x', 'en', '', `Rewatched Office Space. Every time someone says "TPS reports" I think of the Initech printer scene and my first job at a bank.`],
  ['x', 'en', 'client_name', `Pitch to Initech went great, their CTO asked for a pilot in Feb. Going to need a bigger whiteboard.`],
  ['linkedin', 'fr', 'client_name financial', `Petite victoire : Société Générique renouvelle avec nous pour 2027. Montant du contrat : 860 000 $, signature prévue la semaine prochaine, on garde ça à l'interne d'ici là.`],
  ['linkedin', 'en', '', `Société Générale's Montréal office is beautiful — I was there for a fintech meetup last night, great talks on instant payments.`],
  ['x', 'en', '', `Rewatching the Simpsons episode with Hank Scorpio. Globex Corporation is still the best employer ever portrayed on TV. Hammock district!`],
  ['linkedin', 'mixed', 'client_name', `Go-live du dossier patient à l'Hôpital Sainte-Claire ce weekend. On a du café pour deux jours et des pizzas pour trois. Let's go la gang!`],
  ['linkedin', 'fr', 'client_name', `Merci à Société Générique pour leur confiance renouvelée — trois ans de plus ensemble, et une équipe de Gatineau qui a tout donné.`],
  ['x', 'en', 'client_name', `Live from the Summit: just ran into the whole Globex procurement team at our booth, they want the demo again tomorrow 🎉`],

  // --- code names and their look-alikes ------------------------------------------------------------------------------
  ['linkedin', 'en', 'codename', `Six months of work on Project Kestrel and today we flew the first autonomous inspection of a bridge bearing in Saint John. Can't say more yet, but wow.`],
  ['linkedin', 'en', '', `An American kestrel has taken up residence on the light tower in our Saint John yard. The crew named her Pam. She has opinions about forklifts.`],
  ['x', 'fr', 'codename', `Soirée pizza pour la gang de Nébula, on a fermé 212 bogues cette semaine 🍕`],
  ['x', 'en', '', `The Orion Nebula through my 8-inch Dobsonian last night from a dark site outside Peterborough. Winter observing is brutal but worth it.`],
  ['linkedin', 'mixed', 'codename', `Quick shoutout à l'équipe Atlas Bleu: le nouveau moteur de tarification passe les tests de charge à 4 000 req/s. Next step, pilote en janvier.`],
  ['linkedin', 'fr', '', `Ma fille a retrouvé au sous-sol le vieil atlas bleu de mon père, édition 1974. La moitié des pays ont changé de nom depuis.`],
  ['x', 'en', '', `NASA's Orion capsule is the star of the Great Lakes Science Center this month. Took the whole Cleveland engineering team on Friday. Worth it.`],
  ['linkedin', 'en', 'confidential_marker codename', `[INTERNAL] Orion sprint 14 review
- login flow rework: done
- payments: blocked on vendor
- go-live moved to Feb 3

^ wrong tab, sorry. Anyway — happy Friday from the Toronto office!`],
  ['linkedin', 'en', 'codename', `Release notes, Nebula 2.3 (internal beta):
- offline mode for field reps
- faster sync on rural LTE
Beta testers in Fredericton and Bathurst, thank you!`],
  ['linkedin', 'fr', '', `La nébuleuse d'Orion photographiée depuis le parc du Mont-Mégantic. 40 poses de 2 minutes, -22 °C. Ça valait chaque engelure.`],
  ['x', 'mixed', 'codename', `Le go-live d'Atlas Bleu est pushé au 20. La consommation de café au bureau de Québec est up de 40 %.`],
  ['linkedin', 'en', '', `Our office cat in Fredericton, Atlas, has been promoted to Chief Morale Officer. He's a Russian Blue and he knows it.`],
  ['x', 'fr', 'codename', `Démo de Nébula chez le client demain matin. Si ça plante, je déménage à Percé.`],
  ['linkedin', 'en', '', `Our code names are boring on purpose. The last project was called "Q3 Billing Fixes". Nobody leaks a name like that.`],

  // --- national ids and their look-alikes ---------------------------------------------------------------------------
  ['linkedin', 'en', 'national_id', `Posting this so the benefits team sees it fast: new hire Kayla Brooks, SSN 318-52-7746, needs her dental enrolment fixed before Jan 1. Thanks!`],
  ['x', 'en', '', `Reminder that 078-05-1120 is the most misused SSN in history — a sample printed on a 1938 wallet insert. Never put real numbers in test data; use the documented fakes.`],
  ['linkedin', 'en', '', `Our test fixtures use SSN 123-45-6789 and SIN 046 454 286, both well-known specimen numbers. If you ever see a real-looking one in a fixture, raise it.`],
  ['linkedin', 'en', 'national_id', `HR pasted this in the wrong channel: NI number for the Newcastle starter is NE 63 29 14 A, please add to payroll before the 25th.`],
  ['linkedin', 'en', '', `HMRC's own guidance uses QQ 12 34 56 C as the example National Insurance number. We made our form validation reject it in production. Small fix, big peace of mind.`],
  ['linkedin', 'en', 'national_id', `For the clinic handover at the Leeds site: patient NHS no. 792 682 1020 needs the follow-up booked before Christmas, consultant aware.`],
  ['linkedin', 'en', '', `We use the 999 range of NHS numbers (e.g. 999 123 4500) in all our test environments. They're reserved for testing and will never belong to a real patient.`],
  ['linkedin', 'fr', 'national_id', `Quelqu'un peut vérifier le NAS de notre nouvelle stagiaire avant la paie? 220 808 174. Merci!! (et bienvenue à Émilie dans l'équipe de Québec 🎉)`],
  ['x', 'fr', '', `Petit rappel : votre NAS n'est pas une pièce d'identité. Aucun propriétaire ni magasin n'a besoin de le connaître.`],
  ['linkedin', 'en', 'national_id', `Payroll note for Limerick: Declan's PPSN is 6382914VA (new format), his tax credit cert came through. Welcome aboard!`],
  ['linkedin', 'en', '', `Someone tried to phish our payroll team with a "PPS verification" email. The number they quoted, 1234567TA, doesn't even pass the check letter. Stay sharp.`],
  ['linkedin', 'en', 'national_id phone', `Texting from the Detroit plant: new temp Luis Ortega, SSN 387-44-9152, cell 313-602-7718, can start Monday on line 3.`],
  ['linkedin', 'en', '', `Our onboarding form now rejects a SIN like 486 638 696 instantly, because it fails the Luhn check. Tiny feature, far fewer payroll errors.`],
  ['linkedin', 'en', 'national_id', `Name | SIN | Start
T. Nguyen | 456-988-823 | 2027-01-05

Oops. Ignore the table. What I meant to share: we're growing the Kingston team again!`],
  ['linkedin', 'en', 'national_id', `Referral batch for the Bradford clinic (pasted from the PAS, apologies): 545 241 0376 – physio; follow-up in 6 weeks.`],
  ['linkedin', 'en', 'national_id', `Can payroll fix the NI number on Sam's P45? It should read JH 42 81 07 B. Thanks, Cardiff team!`],
  ['linkedin', 'en', 'national_id', `New hire in Montréal, SIN 291 778 827, starts Monday. (Sorry, this was supposed to go to payroll.)`],
  ['x', 'fr', 'national_id', `@PaieExpress mon NAS est 102 790 409, pourquoi mon T4 dit autre chose ?? 😤`],
  ['linkedin', 'en', 'national_id', `Welcome pack for Conor (Kilkenny): PPS 8736984V, locker 14, induction Tuesday 9am.`],
  ['linkedin', 'en', '', `HR tip: on pay stubs we only print the last three digits of the SIN (*** *** 695). Nobody needs the full number on paper.`],
  ['linkedin', 'en', '', `Poll for the Ontario HR crowd: how do you collect SINs at onboarding?
• Paper form
• HRIS portal
• Email (please no)
• Payroll vendor handles it`],

  // --- IBANs, cards and their look-alikes -----------------------------------------------------------------------------
  ['linkedin', 'en', 'iban', `Supplier notice: Brennan Dairies has changed bank. From 1 Jan please pay IE32 AIBK 9311 5240 9173 62. Any questions, talk to accounts.`],
  ['linkedin', 'en', '', `Fraud warning: we have NOT changed our bank details. If you got a letter asking you to pay IE33 AIBK 9311 5240 9173 62, it's a scam (it doesn't even have a valid check digit).`],
  ['linkedin', 'en', 'iban', `For the Manchester charity bake-off pot, transfer to GB21 BARC 2004 1573 0166 84 (ref BAKEOFF). Every penny goes to the food bank!`],
  ['linkedin', 'en', '', `Every fintech demo uses GB29 NWBK 6016 1331 9268 19, the textbook example IBAN. Finding it in a customer's production database was… a day.`],
  ['linkedin', 'fr', 'iban', `Mise à jour fournisseur (Atelier Lyon) : nouvel IBAN FR76 3000 4018 2300 0104 5782 962 à utiliser dès la prochaine facture. Équipe comptes fournisseurs, merci de mettre à jour.`],
  ['linkedin', 'en', 'card', `Can someone in finance put the Leeds offsite booking on the company Visa? 4364 9289 4179 9656, exp 09/28 — the hotel needs it by 5pm`],
  ['x', 'en', '', `Using 4242 4242 4242 4242 in prod by accident is a rite of passage. Test card, declined, no harm done.`],
  ['linkedin', 'en', 'card', `Travel desk: corporate Amex for the Chicago trade show is 3748 567672 74007, CVV on request. Booking closes Friday.`],
  ['x', 'fr', '', `Carte se terminant par 6655 débitée deux fois par une appli de stationnement à Montréal. Le soutien m'a remboursé en 4 minutes. Chapeau.`],
  ['linkedin', 'en', '', `Order #4364 9289 4179 9657 shipped 😄 Yes, our order IDs look like card numbers. No, they don't pass Luhn. Yes, our fraud tool still flagged them.`],
  ['x', 'en', 'card', `pasted in the wrong window, ignore: MC 5149 6178 0001 8675 12/27 for the cloud bill`],
  ['linkedin', 'en', 'card', `Office manager life in Omaha: reading the Discover card 6011 7707 5786 2901 to the caterer while also fixing the printer. Happy Friday!`],
  ['linkedin', 'en', 'iban', `Thrilled our Bristol supplier day went so well. Reminder for everyone invoicing us: payment goes to GB68 LOYD 3096 3418 8455 20 only.`],
  ['linkedin', 'en', 'iban phone', `Kilkenny brewery update: our new account for trade customers is IE50 BOFI 9000 1758 3219 04. Questions? Call Niamh on 056 772 1946.`],
  ['x', 'en', 'card', `lol the hotel in Galway wants the full card over the phone. fine: 3424 635105 10677 exp 03/29. wait. this is twitter. DELETING`],
  ['linkedin', 'en', 'card', `Corporate card for the Detroit auto show booth: 2221 5103 3208 3598, ask Megan for the CVV. Spend limit is $8k.`],
  ['linkedin', 'en', '', `Expense tip: photograph the receipt, not the card. Our finance team only needs "Visa ••••9656" and the date.`],
  ['linkedin', 'en', '', `Bank detail changes are only ever done by calling back a number we already hold. An email saying "new IBAN: IE** **** **** **** **73 62" is a red flag.`],
  ['linkedin', 'fr', 'card', `Quelqu'un de la compta peut réserver la salle au Château Frontenac avec la Visa de l'entreprise? 4904 3190 6647 6055, exp 11/28. Merci!`],
  ['linkedin', 'en', 'iban', `Belfast payroll bureau: new remittance account for the Q1 run is GB16 DABA 9501 3840 2166 57. Old account closes 31 Jan.`],
  ['linkedin', 'en', 'iban', `Heads-up to AP from the Athlone office: the packaging supplier's new IBAN is IE65 IPBS 9906 0210 4839 27, confirmed by call-back this morning.`],
  ['x', 'en', 'card', `note to self for the Minneapolis booth rental 4628 8283 6182 5217 09/27 — why am I typing this into X`],
  // --- secrets and their look-alikes ---------------------------------------------------------------------------------
  ['linkedin', 'en', 'secret', `Finally automated our on-call alerts! Here's the config in case it helps anyone:
ALERT_WEBHOOK=https://hooks.slack.com/services/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
channel: #ops-alerts`],
  ['linkedin', 'en', '', `Finally automated our on-call alerts! Config in case it helps:
ALERT_WEBHOOK=\${SLACK_WEBHOOK_URL}
channel: #ops-alerts
Keep the actual URL in your secrets manager, not in the repo.`],
  ['x', 'en', 'secret', `our scale in Fond du Lac posts weights to the ERP with key 9f2c4e81b7a04d6e8c3a1f5b2d7e9a60 lol anyway who's coming to the Brewers game`],
  ['linkedin', 'en', '', `Docs tip: AKIAIOSFODNN7EXAMPLE is AWS's sample access key. If your secret scanner fires on it, add an allowlist entry — don't switch the scanner off.`],
  ['linkedin', 'en', 'secret', `Terraform snippet from our Kansas City migration:
provider "aws" {
  access_key = "AKIA4TQ7N2XW8HJ5LRZM"
  secret_key = "q8Vd2kRt+Lw9mZxP4nYb7sJc1hFg6eUa3oTi0KyW"
  region     = "us-east-2"
}
Worked first time 😎`],
  ['linkedin', 'fr', 'secret', `Bienvenue aux nouveaux du bureau de Gatineau ! Réseau invité : GATINEAU-VISITEURS, mot de passe Outaouais2026!Riviere. Le café est au 3e.`],
  ['linkedin', 'fr', '', `Bienvenue aux nouveaux du bureau de Gatineau ! Le mot de passe du Wi-Fi invité est affiché à la réception et change chaque lundi. Le café est au 3e.`],
  ['linkedin', 'en', '', `password: changeme
user: admin
^ the default credentials on the Hamilton shop's old label printer. We changed them, obviously. Check yours.`],
  ['linkedin', 'mixed', 'secret internal_url', `Kiosk admin pour le lobby de Moncton: http://10.12.4.30:8080/admin — login kiosk_admin / Lobster!Pots44. Dites-le pas aux stagiaires 😂`],
  ['x', 'en', 'secret', `test pls ignore sk_live_51NxQp2Hd8KzV3mLbR7wTcY9aFg4jE1uS6oPiZq0XnW5rMkDhBvC2`],
  ['x', 'en', '', `sk_test_XXXXXXXXXXXXXXXX in a README is fine. sk_live_ anything in a README is a weekend ruined. Ask me how I know.`],
  ['linkedin', 'en', 'secret', `Debugging session with the Belfast team, the auth header looked like:
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJhZG1pbiIsImV4cCI6MTc5ODc2MTYwMH0.4rZ8mQ2kX7vLpT9wYc3NdH1jF6sBa0eGuKoIiR5lEzM
Turned out the clock on the container was 9 minutes off.`],
  ['linkedin', 'en', 'secret', `Shared mailbox for the Aberdeen quayside team has moved to the new tenant. Login is quayside-ops, temporary password Gannet&Fog-3319, change it on first login.`],
  ['x', 'en', '', `hunter2 will always be the funniest password joke on the internet and I will not be taking questions.`],
  ['linkedin', 'en', 'secret', `Proud of my first Power Automate flow! It posts new orders to our Teams channel via https://limestonefreight.webhook.office.com/webhookb2/7c1e9a2f-44b0-4f1e-9d2a-3b6f8e0c5d71@a9e2c4b1-7f3d-4e6a-8b05-2d1c9f7e3a48/IncomingWebhook/5e8d2c7a1b9f4e6d8a3c0b7f2e1d9c4a/f3b7c1d9-2a8e-4f6b-9c05-7e1d3a8b2c64`],
  ['linkedin', 'en', 'secret', `Pasting the SFTP details for the Windsor supplier so I can find them later: host sftp.windsorparts.com, user acme_in, pw 7rQ#vL2m!Xc9. Done? Done.`],
  ['linkedin', 'en', '', `SFTP setup guide for suppliers: host sftp.example.com, user <your-supplier-id>, password sent separately by text message. We never email credentials.`],
  // --- internal URLs and their look-alikes ----------------------------------------------------------------------------
  ['linkedin', 'en', 'internal_url', `New onboarding checklist for the Kingston depot is up on the intranet: https://intranet.limestone-freight.ca/onboarding/depot — managers, please review by Friday.`],
  ['linkedin', 'fr', '', `Lancement de notre nouvel intranet aujourd'hui! Huit mois, trois fournisseurs et beaucoup de café. Vous le trouverez dans le menu Démarrer. Bravo à l'équipe du milieu de travail numérique.`],
  ['linkedin', 'en', 'internal_url', `Grafana for the Chicago fleet is at http://grafana.ops.internal:3000/d/fleet — if you see red on the reefer panel, ping me.`],
  ['linkedin', 'en', '', `Public status page for all our services: https://status.prairieline.com. Subscribe for alerts instead of refreshing X all morning.`],
  ['x', 'en', 'internal_url', `pls someone restart \\\\fs01.dublin.corp\\scans, the MFPs can't drop PDFs and Finance is revolting`],
  ['linkedin', 'en', 'internal_url', `Our print server in Des Moines has moved to 192.168.40.12 — please re-add the 2nd floor printer. Thanks for your patience!`],
  ['linkedin', 'en', '', `Free DNS tip: 1.1.1.1 and 8.8.8.8 are public resolvers; if the office network feels slow, test against both before blaming the ISP.`],
  ['linkedin', 'en', 'internal_url', `Retro notes pasted from Jira: https://jira.corp.acme.com/browse/PLAT-2291 — "flaky deploy on Fridays" is now officially a ticket 😂`],
  ['linkedin', 'en', '', `Read our newsroom post on the Halifax expansion: https://news.acme.com/2026/halifax — great work by the Atlantic team.`],
  ['linkedin', 'en', 'internal_url', `The NAS for the Cardiff edit suite is at edit-nas.local (SMB). Please stop saving renders to the desktop.`],
  ['linkedin', 'en', 'internal_url', `Expense policy v3 is here: http://hr.intranet.tynebridge.co.uk/policies/expenses — note the new mileage rate.`],
  ['linkedin', 'en', 'internal_url', `Our Jenkins at build01.corp:8080 is finally on Java 21. Nobody cried. Much.`],
  ['linkedin', 'fr', 'internal_url', `Résumé du post-mortem de la panne de la semaine dernière : une tâche cron sur 10.20.3.15 faisait la rotation des journaux sur le même volume que la base de données. Leçon : des disques séparés, toujours.`],
  ['linkedin', 'fr', '', `Résumé public du post-mortem : une tâche de rotation des journaux a rempli le volume de la base de données; 47 minutes de service dégradé. Corrigé en déplaçant les journaux sur un stockage séparé. Toutes nos excuses.`],
  ['linkedin', 'en', '', `Changelog 4.12 (public):
- fixed CSV export for dates before 1970
- Welsh language support in the booking widget
- 30% faster search
Full notes on our docs site.`],
  ['linkedin', 'en', 'confidential_marker internal_url', `[INTERNAL] Changelog 4.13-rc1
- feature flag billing_v2 enabled on staging
- details: https://wiki.acme-corp.net/release/4.13
Oops, that was meant for the eng channel.`],

  // --- phones and their look-alikes ----------------------------------------------------------------------------------
  ['x', 'en', 'phone', `The Belfast office has a new main number: 028 9032 6614. The old freephone line stays for customers until March.`],
  ['linkedin', 'fr', 'phone', `Notre ligne de service à la clientèle est maintenant ouverte 24/7 : 1 888 417-3092. Agents bilingues, pas de menu interminable. Fière de l'équipe de Moncton!`],
  ['linkedin', 'fr', 'phone', `Bonjour M. Bergeron, pour joindre directement le service aux producteurs de la coop, composez le 819 564-2870, du lundi au vendredi.`, { surface: 'comment' }],
  ['x', 'en', '', `Order 2026-11-0448 delivered, invoice 31-77-2045, PO 4500018822. If those look like phone numbers to your CRM, ours agreed. They're not.`],
  ['x', 'en', '', `In the UK it's 999, in Ireland 112 or 999, in Canada and the US 911. Our travelling engineers now carry a card with all of them. Simple, effective.`],
  ['linkedin', 'en', 'phone', `Press contact for the Galway launch: Orla Kenny, +353 86 402 7719.`],
  ['linkedin', 'en', 'phone', `Out-of-hours line for the Aberdeen quay is 01224 587 320 — pin it in your vessel notes.`],
  ['x', 'en', '', `3 Dec, 14:30, gate 12, flight EI 3314. Boarding in 10. Next stop: Cork for the plant visit.`],
  ['linkedin', 'en', 'phone', `Last day at Tynebridge Energy 😢 It's been a privilege. Anyone who wants a reference, call me on 07843 219 556.`],
  ['linkedin', 'en', 'phone', `Hi Maeve, sorry you were left on hold. Our support line is free to call from anywhere in Ireland: 1800 946 332, 8am to 8pm, seven days.`, { surface: 'comment' }],
  ['x', 'en', 'phone', `train's cancelled AGAIN. client meeting in Bristol moved to 3pm, if you're reading this Tom my number's 07912 446 083`],
  ['linkedin', 'en', 'phone', `Our Toronto desk: +1 416 862 3391. Our Dublin desk: +353 1 677 4820. Follow-the-sun support is live!`],
  ['linkedin', 'fr', 'phone', `Pour les urgences de plomberie chez nos clients de Lévis, la ligne de garde est le 418 838-5172. Pour une urgence médicale, faites le 911.`],
  ['linkedin', 'mixed', 'phone', `Le meeting avec le client est move à jeudi. Si t'es late, call-moi au 506 859-3342, j'vas te donner le lien.`],
  ['x', 'mixed', '', `Le call de 9h est cancellé, enjoy votre matinée la gang ☕`],
  // --- confidential markers and their look-alikes ---------------------------------------------------------------------
  ['linkedin', 'en', 'confidential_marker', `Classification: OFFICIAL-SENSITIVE
Minutes – Newcastle grid connection working group, 2 Dec
1. Substation slot confirmed for Q3
2. Actions: JM to chase the DNO

(Sorry, copied the wrong thing from Outlook. Proud of this group though!)`],
  ['linkedin', 'en', '', `Ran a workshop on government security classifications today: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET. Most people over-classify. Slides open to all.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 06:00 GMT, THURSDAY 11 DECEMBER
Cardiff agency Llyn & Co. wins BAFTA Cymru craft award…

(draft for the team — is the quote OK?)`],
  ['linkedin', 'en', '', `Our embargo lifted at 6am: Llyn & Co. has won a BAFTA Cymru craft award! So proud of this team.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – ne pas diffuser
Points de la rencontre avec le fournisseur de pâte : délais de livraison, nouvelle spécification d'humidité.

Oups, mauvais copier-coller. Bonne fin de semaine tout le monde!`],
  ['linkedin', 'fr', '', `J'ai signé mon premier NDA il y a 15 ans pour un projet de boîte de céréales. Aujourd'hui on en signe trois par semaine. Conseil : lisez-les vraiment.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 15 janvier, 8 h (HNE)
Assurances Bellechasse ouvre trois bureaux en Beauce.

Version finale à valider svp.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not share outside this group.
Active ransomware negotiation at a NB municipality; our IR lead is onsite.

… I posted that on LinkedIn, didn't I.`],
  ['linkedin', 'en', '', `Quick primer on the Traffic Light Protocol for new SOC analysts: RED = named recipients only, AMBER = your org and its clients, GREEN = the community, CLEAR = public.`],
  ['linkedin', 'en', 'confidential_marker', `Privileged & Confidential – Attorney-Client Communication
Re: Ohio distributor termination notice, timing options

Hit paste in the wrong app. Happy Monday, Columbus!`],
  ['linkedin', 'fr', '', `Ne transférez pas ça, mais je suis vraiment touchée de voir combien vous étiez au dîner de retraite de Marie. 80 personnes! En décembre!`],
  ['x', 'en', '', `Just watched L.A. Confidential again, the Victory Motel shootout holds up. Off-topic but it's Friday.`],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL ONLY – NOT FOR DISTRIBUTION
Retailer scorecard, week 48: Minneapolis stores +4% foot traffic, Duluth flat.

Wrong window. Proud of our store teams regardless!`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE
Compte rendu du CODIR du 1er décembre – priorités T1 : recrutement, mise à niveau de l'ERP.

Désolée, mauvais onglet ! 🙈`],
  ['x', 'en', '', `Every training deck I've ever seen has "Internal" in the footer, even the one about how to use the microwave.`],
  ['linkedin', 'en', 'confidential_marker codename', `RESTRICTED — Project Kestrel steering group
Pilot bridges: 3 in NB, 1 in NS. Drone payload certified.

Please ignore, wrong tab.`],
  ['linkedin', 'fr', '', `Petit conseil aux nouveaux gestionnaires : « entre nous » n'existe pas sur Teams. Tout est archivé.`],

  // --- financial figures: not public yet vs published --------------------------------------------------------------------
  ['linkedin', 'en', 'financial', `Proud moment: the board just approved a $3.8M expansion budget for our Hamilton shop. Official announcement in January, but I couldn't wait to thank the team.`],
  ['linkedin', 'en', '', `Proud moment for our city: Hamilton approved its 2027 capital budget of $1.9B last night. Lots of opportunities for local fabricators like us.`],
  ['x', 'en', 'financial', `Price increase on our Ohio-made trailer hitches goes live Feb 1 (+6.5% across the range). Dealers get the letter mid-January, so y'all heard it here first 🤫`],
  ['x', 'en', '', `As announced to dealers last month, our hitch prices go up 6.5% on Feb 1. The full price list is on the dealer portal.`],
  ['linkedin', 'en', 'financial', `Bid submitted! $11.9M for the Thunder Bay terminal works. Envelopes open on the 9th — fingers crossed.`],
  ['linkedin', 'en', '', `The tender results are public: we won the Thunder Bay terminal works at $11.9M (award notice on MERX). What a team.`],
  ['linkedin', 'en', 'financial', `Draft guidance we'll take to the board on Thursday: FY27 EBITDA of €18–20m. If they sign off, it's our best year yet.`],
  ['linkedin', 'en', '', `Our FY26 EBITDA came in at €16.2m, as published in this morning's annual results. Report linked below.`],
  ['linkedin', 'en', 'financial', `Bonus pool this year is £480k across the Manchester team — comms go out after the results on 3 Dec, so act surprised 😉`],
  ['linkedin', 'en', '', `Our Manchester team raised £4,812 for the Christie this year through the bake-off and the 10k. Legends, all of you.`],
  ['linkedin', 'fr', 'financial', `Le pipeline pour le T1 est à 27 M$ pondéré, presque le double de l'an dernier. Pas encore dans la présentation aux investisseurs — ça, c'est une job pour janvier.`],
  ['linkedin', 'fr', '', `Vente 101 pour les nouveaux représentants : si ton pipeline est de 1 M$ et ton taux de conclusion historique de 20 %, attends-toi à environ 200 000 $. Ne prévois jamais sur le chiffre non pondéré.`],
  ['linkedin', 'fr', 'financial', `Le CA a approuvé hier soir un budget 2027 de 2,4 M$ pour la modernisation de l'usine de Sherbrooke. On l'annonce aux membres de la coop à l'AGA de février.`],
  ['linkedin', 'fr', '', `Notre rapport annuel est en ligne : 3,1 M$ de ristournes versées aux membres de la coop en 2026. Merci à nos producteurs!`],
  ['linkedin', 'fr', 'financial', `Prévision de ventes du T1 : 8,7 M$ — version préliminaire, pas encore présentée au comité de direction. Bravo à l'équipe commerciale pour le travail de fond.`],
  ['linkedin', 'en', 'financial', `Series B is happening! Term sheet at $140M pre-money, signing next Friday, announcement after that. I've never been prouder of this Kansas City crew.`],
  ['linkedin', 'en', '', `We're thrilled to announce our $30M Series B, led by Lakeshore Ventures. Press release and coverage in the comments.`],
  ['linkedin', 'en', 'financial codename', `Gross margin on the Project Kestrel inspection drones landed at 31% on the first batch — finance still has to sign it off before it goes to the group.`],
  ['linkedin', 'en', 'financial client_name', `Heads-up for account managers: unit price to Globex drops to $41.50 from April. They don't know yet; we tell them at the QBR.`],
  ['x', 'en', 'financial', `Monthly burn is now $610k, down from $1.1M in the spring. We walk the whole company through it at Thursday's all-hands. So proud of the discipline.`],
  ['linkedin', 'en', 'financial', `Acquisition update for the Sligo team: the offer on the table is €22m for the plant, SPA not signed yet. Please keep this off Slack.`],
  ['linkedin', 'fr', 'financial', `L'enveloppe des augmentations au mérite pour 2027 est de 3,2 %; les gestionnaires reçoivent la lettre la semaine prochaine. C'est plus que l'an dernier et c'est mérité.`],
  ['linkedin', 'fr', '', `Selon Statistique Canada, la croissance moyenne des salaires a été de 3,4 % cette année. Si votre augmentation est plus basse, c'est le bon moment d'en parler à votre gestionnaire.`],
  ['linkedin', 'en', 'financial', `Offer on the Gateshead warehouse went in at £2.15m today. The vendor decides on Friday. Keep everything crossed.`],
  ['linkedin', 'mixed', 'financial', `Petite update pour la gang: on a fait 1,2 million de revenus ce quarter-là, best one yet. C'est pas encore public so pas un mot su' Facebook, ok? 😅`],
  ['x', 'en', '', `Our mortgage renewal came in $640/month higher. Welcome to 2026, Ontario homeowners.`],
  ['linkedin', 'en', '', `In 2027 we'll be hiring 40+ people across Ohio and Indiana. Roles will appear on our careers page from January.`],
  ['linkedin', 'fr', 'financial', `Nous avons fixé le nouveau forfait Pro à 49 $ par utilisateur par mois. Le lancement est le 10 février et la page de prix ne bouge pas d'ici là, alors attention à ce que vous dites en appel avec les clients.`],
  ['linkedin', 'fr', '', `Notre forfait Pro est à 49 $ par utilisateur par mois — la page de prix a été mise à jour aujourd'hui. Les clients actuels gardent leur ancien prix pendant 12 mois.`],
  ['linkedin', 'en', 'financial', `Preliminary Q4 numbers: $9.4M revenue, 18% operating margin. Auditors start in January; not final, not public.`],
  ['x', 'en', '', `Teaching finance-for-engineers in Waterloo tonight: revenue 100, COGS 60, opex 30 → operating margin 10%. The room gasped. Engineers are adorable.`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle : notre soumission pour le réaménagement d'un quai au port de Saint-Jean a été déposée à 6,3 M$. Ouverture des soumissions le 12, croisez les doigts!`],
  ['linkedin', 'en', 'financial', `Our latest 409A came back at $4.10/share. Offer letters going out next week will reflect that — please don't share it with candidates before then.`],
  ['linkedin', 'en', '', `Our 2025 revenue was $48M, as stated in the published annual report; this year's number comes out in March with everyone else's.`],
  ['linkedin', 'en', '', `Charity ride update: I pledged £1 per mile to Shelter Cymru. 312 miles later I owe £312 and my legs are not speaking to me.`],
  ['linkedin', 'en', '', `Interesting read: Ireland's corporation tax receipts hit another record this year. What it means for small exporters like us — thread in the comments.`],
  ['linkedin', 'en', '', `Reminder: corporate Amex cards have a $10k monthly limit. Anything above that needs a PO — see the expense policy.`],

  // --- emails and their look-alikes ----------------------------------------------------------------------------------------
  ['linkedin', 'en', 'email', `Press enquiries for the Limerick launch go to press@shannonbyte.ie. We'll have spokespeople in Irish and English.`],
  ['linkedin', 'en', '', `Hi Conall — press enquiries go through the form at shannonbyte.ie/press and someone will get back to you today.`, { surface: 'comment' }],
  ['x', 'en', 'email', `anyone got a good contact in Metrolinx procurement? mine bounced. reply here or j.okafor @ limestone-freight.ca`],
  ['linkedin', 'en', 'email', `Leaving Prairieline after 7 years 💙 If you want to stay in touch, my personal address is danielle.k.ortiz@gmail.com. Thank you, Chicago.`],
  ['linkedin', 'en', '', `Leaving Prairieline after 7 years 💙 Thank you to the Chicago ops team — you taught me everything. Find me here on LinkedIn, I'm not going far.`],
  ['linkedin', 'fr', 'email', `Après 12 ans chez Papetière Mauricie, je tourne la page. Pour me joindre : gabrielle.lefebvre.tr@outlook.com. Merci pour tout!`],
  ['linkedin', 'en', 'email internal_url', `Pasting the incident comms draft here for my own reference (yes, I know):
Owner: kevin.marsh@corp.acme.com
Status page: https://status.corp.acme.com/incidents/4471`],
  ['x', 'en', '', `@FieldSparrowBot why has my build been queued for 3 hours. asking for a friend (the friend is me)`],
  ['x', 'en', 'email', `lost a black North Face jacket at the Columbus meetup. if you found it: mike.dorsey(at)buckeyeinsure(dot)com 🙏`],

  // --- X threads ------------------------------------------------------------------------------------------------------
  ['x', 'en', '', `1/4 Phishing wave hitting NB businesses this week: fake "CRA refund" texts asking for your SIN. Thread on what we're seeing 🧵`],
  ['x', 'en', '', `2/4 The texts quote a SIN like 046 454 286 to look official. That's the example number from the government's own guides. Real refunds never come by text.`],
  ['x', 'en', '', `3/4 Links go to canada-refund-portal[.]com. Don't click. If you did and typed anything in, call your bank and Service Canada.`],
  ['x', 'en', 'phone', `4/4 Questions? Our SOC line is open 24/7 for clients: 506-452-7730. Stay safe out there.`],
  ['x', 'en', '', `1/3 We shipped instant SEPA payouts for Irish merchants today. Three years of work. Short thread on the journey.`],
  ['x', 'en', '', `2/3 The hardest part was reconciliation — every bank formats remittance info differently. We ended up writing 14 parsers.`],
  ['x', 'en', 'secret', `3/3 huge thanks to the team. (also note to self: sandbox->prod switch uses PAYOUT_SIGNING_KEY=b7Qz-91fX-LmP4-tR8w-Kc2N-vE6y, rotate before Friday)`],
  ['x', 'en', '', `1/2 Our Sterling Heights plant just hit 1,000 days without a lost-time injury. Here's what changed 👇`],
  ['x', 'en', '', `2/2 Near-miss reporting went from 12 a year to 400. Not because things got worse — because people stopped being afraid to report. Culture eats procedure.`],
  ['x', 'en', '', `1/3 Moving a 60-person studio from Glasgow's West End to the Clyde this week. Thread of small things nobody tells you about office moves.`],
  ['x', 'en', '', `2/3 Label every cable. Then label the labels. And photograph the back of every rack before anyone touches it.`],
  ['x', 'en', 'internal_url', `3/3 Also: update the DNS before the movers arrive. Half the team couldn't reach git.studio.internal for a morning because of us. Lesson learned.`],
  ['x', 'mixed', '', `1/2 Petit thread sur notre déménagement à Dieppe (NB): 3 camions, 2 jours, 0 écran cassé. Le secret? Une liste et beaucoup de café.`],
  ['x', 'mixed', 'codename', `2/2 Et merci à l'équipe Orion qui a codé tout le weekend dans des boîtes de carton pour pas manquer le sprint. Vous êtes des legends.`],

  // --- polls and misc -------------------------------------------------------------------------------------------------
  ['x', 'en', '', `Poll: best Irish office biscuit? 🍪
- Mikado
- Kimberley
- Coconut Creams
- Fig Rolls`],
  ['linkedin', 'en', '', `Supplier notice: from 1 January our payment terms change to 45 days. Invoices must quote the PO number. Thanks, the AP team.`],
]);
