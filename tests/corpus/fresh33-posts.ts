import { rows } from './corpus-types';

/**
 * Held-out set "fresh33": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/, the
 * tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the first 45 lines of
 * fresh17 for the header and row style, and index.ts to register the set), without grepping the repository, so it
 * measures how the rules generalise to posts they were never tuned on; the checks, the scorer and vitest were not run
 * on these posts. `npx tsx scripts/score-checks.ts --only fresh33`.
 * First scored 2026-12-04 04:45 UTC on the rules of 9409481 (after the fixes from fresh30 and fresh31), before any fix from
 * it: confidentiality macro F1 0.964, 7.6 % of clean posts flagged (8 of 105); financial 0.826 (precision 0.731, recall
 * 0.950), national_id 0.950, codename 0.947, phone 0.957, secret 0.960, client_name 0.960, the 5 others 1.000. The same on
 * b1a418f (the session's first rules).
 *
 * Authors (20 invented organisations): a Bilbao wind-blade composites plant, a Lyon home-care nursing network, a Kraków
 * e-grocer, a Malmö invoice fintech, a Gironde social-services office (Mérignac), a Bologna packaging-machine maker, a
 * Nairobi mobile-health NGO, a Winnipeg grain cooperative, a Belfast security consultancy, a Rennes university
 * institute of technology, a Geneva humanitarian-logistics foundation, a Liège steel recycler, a Rotterdam
 * barge-scheduling start-up, a São Paulo payments company, an Athens ferry operator, a Lille cooperative supermarket, a
 * Cape Town insurtech, a Bangalore helpdesk SaaS, a Grenoble semiconductor fab and an Abidjan microfinance institution.
 * Forms: team wins and milestones, pasted CODIR / board / stand-up / sales kick-off notes, Slack and ops-channel
 * messages pasted by mistake (or "on purpose"), customer-service replies (surface 'comment'), job and internship ads
 * with published pay, conference live-posts and a three-post X thread, changelogs and release notes, incident
 * post-mortems and runbook steps, supplier / donor / customer payment-detail notices, fraud and scam warnings, polls,
 * goodbyes, lost-and-found notices, onboarding and payroll requests, tips and opinions, astronomy and birding asides.
 * Positives by category: email (named employees' work and personal addresses, role mailboxes rrhh@, ap@, jpo@, careers@,
 * events@, settlements@, partenariats@, obfuscated "[at] … [dot]" and "security @ domain" forms); phone (mobiles,
 * switchboards, 24/7 hotlines, toll-free and "numéro vert" lines in FR, ES, SE, UK, KE, CA, BR, GR, CH, TR, PL, ZA, IN,
 * CI formats); financial (tooling and programme budgets before the works council or the regulator, Black Friday GMV
 * before the investor update, a sealed bid, a quote awaiting answer, a renewal not yet signed, a price rise before
 * customers are told, a buy-back price before announcement, a dividend proposal before the AGM, a fuel hedge, a deficit
 * forecast, a fundraising ask, GWP and loan-book figures before audit or publication, a fleet renewal before signature);
 * secret (Stripe live key, npm, GitLab and Slack bot tokens, AWS key pair, SendGrid key, Slack / Teams / Discord
 * webhooks with their token, Wi-Fi and hotspot passwords, a shared admin login, a postgres URL with its password);
 * internal_url (.internal, .local and .corp hosts, intranet.* hosts, 10.x / 172.16.x / 192.168.x addresses, UNC paths,
 * a corp.acme.com page); confidential_marker (INTERNE – NE PAS DIFFUSER, CONFIDENTIAL – BOARD ONLY, TLP:AMBER,
 * STRICTLY CONFIDENTIAL, Diffusion restreinte, Classification: Interne / Internal, EMBARGO until…, INTERNAL USE ONLY,
 * CONFIDENTIEL – réservé aux administrateurs, RISERVATO / CONFIDENTIAL); codename (Project Kestrel, Orion, Nébula,
 * Atlas Bleu as projects); client_name (Globex, Initech, Société Générique, Hôpital Sainte-Claire as customers); iban,
 * card and national_id, each computed with a throwaway script outside the repo: IBANs with exact country length and
 * mod-97 (FR with its RIB key, ES with both control digits, IT with its CIN letter, BE with its mod-97 account check,
 * NL with the 11-test account, PL with its sort-code digit, PT with its NIB check; SE, CH, GB, GR, DE, IE, CI); Luhn for
 * Visa, Mastercard (5- and 2-series), Amex and Discover; French NIR (mod-97 key), Polish PESEL, Swedish personnummer
 * (Luhn), Italian codice fiscale (check letter), Belgian national number (mod 97), Dutch BSN (11-test), Canadian SIN
 * (Luhn), Brazilian CPF (two mod-11 digits), South African ID (Luhn), Greek AMKA (Luhn), Indian Aadhaar (Verhoeff),
 * Swiss AVS (EAN-13), Spanish DNI and NIE (mod-23 letter); UK NINO by format, Kenyan and Ivorian ID numbers as written.
 * Look-alikes (clean): published results, public budgets voted in session, public fares, tariffs and price lists, salary
 * bands in ads, other organisations' public figures, teaching examples and household simulations; emergency numbers
 * (15, 112, 911, 999); addresses, order, booking, policy and e-ticket numbers (one failing Luhn), GPS coordinates, git
 * hashes; placeholders and documented specimens (sk_test_XXXX, AKIAIOSFODNN7EXAMPLE, <your-key-here>, hooks.example.com,
 * Stripe's 4242 test card, the GB82 WEST textbook IBAN, CRA's sample SIN, HMRC's QQ NINO, an all-nines NIR, an
 * all-zeros CPF, a masked Aadhaar, an all-zeros IT IBAN); IBANs with a wrong check in scam warnings; the code names in
 * other senses (the Orion constellation and nebula, a kestrel over the dunes and on a crane, the film "Nebula", the
 * Middle Atlas "bleu et vert") and Initech as the Office Space company; the words confidential, embargo, NDA and
 * TLP:CLEAR in advice and opinions; an intranet launch with no host; Wi-Fi advice with no password.
 *
 * CONVENTIONS: every written email address is email (role mailboxes included, obfuscated forms included; a bare domain
 * is not); the user:password of a connection string is a secret, not an email. Every written phone number is phone
 * (switchboards, hotlines, toll-free numbers, any country or format); emergency short numbers are not.
 * confidential_marker only for explicit labels, not for informal requests ("between us", "keep it quiet", "please don't
 * spread the figure") nor for mentions of the words. financial: the company's own figure with a sign it is not public
 * yet. secret: real-looking keys, tokens, passwords, webhook URLs with their token, connection-string credentials;
 * placeholders and vendor examples are not. internal_url: the policy's internal domains, intranet.* hosts, private IPs,
 * .local/.internal/.corp hosts. iban, card, national_id: only valid numbers. codename, client_name: the policy's names in
 * their project / customer sense. A post carries every category a careful reviewer would flag.
 *
 * COUNTS: 225 posts (149 EN, 70 FR, 6 mixed; 196 LinkedIn, 29 X; 3 comments): 105 clean, 120 with one or more findings
 * (43 with two or more). Labels: phone 23, email 22, national_id 21, financial 20, iban 13, secret 13, client_name 12,
 * confidential_marker 12, internal_url 11, codename 9, card 7.
 */
export const FRESH33_POSTS = rows('fresh33', [
  // ── Aerolam Composites (Bilbao, wind-turbine blades) ──
  ['linkedin', 'en', '', `🎉 Blade #1,000 left our Bilbao plant at 06:40 this morning.

73.5 metres of glass and carbon fibre, 26 tonnes, three days of curing and a lot of coffee ☕

When we started in 2019 we were 38 people in a rented hangar in Zorrotzaurre. Today we are 412, and the night shift sang the whole way to the truck.

Eskerrik asko to every laminator, inspector and crane operator who made this happen. Next stop: the port of Santurtzi 🚛🌊

#WindEnergy #Manufacturing #Bilbao #Composites`],
  ['linkedin', 'en', 'codename financial', `Quick brag before the weekend 😄

The team closed the last structural test on the 82 m prototype for Project Kestrel yesterday. Root bending at 118 % of design load, no delamination.

Between us, the board signed off a €14.6M tooling budget for series production on Tuesday, which we only present to the works council in January, so I'm super proud we're already ahead of plan.

#Engineering #WindPower`],
  ['x', 'en', '', `Fun fact from the factory floor: a 73.5 m blade weighs about the same as 20 small cars, and we still measure its balance to within 0.5 kg. 🌬️ #windenergy`],
  ['linkedin', 'mixed', 'email phone', `We're hiring! 🔧 Técnico/a de mantenimiento – turno de noche – Bilbao

✅ Permanent contract, €31,000–€36,000 gross/year + night bonus
✅ Training in composite repair
✅ Basque or Spanish required, English a plus

Send your CV to rrhh@aerolam-composites.es or WhatsApp Itziar on +34 688 21 47 09 👋

#Empleo #Bilbao #Hiring`],
  ['linkedin', 'en', '', `Lesson learned after six years of blade repairs: the crack you can see is rarely the problem. It's the one 40 cm further down, under the gelcoat.

Three tips for young inspectors:
1️⃣ Tap test before you trust the ultrasound
2️⃣ Photograph everything, with a ruler in frame
3️⃣ Write down the ambient humidity – always

What would you add? 👇 #QualityControl #WindEnergy`],
  ['linkedin', 'en', 'client_name internal_url', `Proud moment: our digital twin dashboard is now live for every blade we ship to Globex's offshore parks 🌊

Quality can now follow each blade from mould to nacelle. Colleagues, the link is http://qms.aerolam.internal/twin/globex-offshore — bookmark it!

#DigitalTwin #Industry40`],

  // ── Soins Rhône (Lyon, réseau de soins infirmiers à domicile) ──
  ['linkedin', 'fr', '', `💙 Aujourd'hui, 1 200 patients suivis à domicile dans la Métropole de Lyon.

Derrière ce chiffre : 94 infirmières et infirmiers, 31 aides-soignantes, 6 coordinatrices, et des dizaines de milliers de kilomètres en Clio et en vélo cargo 🚲

Merci à toutes et tous pour votre engagement, même sous la neige de la semaine dernière ❄️

#SoinsADomicile #Infirmier #Lyon`],
  ['linkedin', 'fr', 'confidential_marker financial', `Je partage ici mes notes du CODIR de ce matin pour celles et ceux qui n'ont pas pu venir 👇

INTERNE – NE PAS DIFFUSER

• Budget 2027 validé en interne à 8,4 M€ (+6 %), en attente de l'avis de l'ARS, donc rien d'officiel avant février
• Ouverture de l'antenne de Villeurbanne repoussée à avril
• Recrutement de 12 IDE prévu au S1

Bonne journée à tous ! ☀️`],
  ['linkedin', 'fr', '', `Petit rappel de saison 🥶 : en cas de malaise d'un proche, composez le 15 (SAMU) ou le 112 depuis un portable. Ne raccrochez pas avant qu'on vous le dise.

Et pensez à noter les traitements en cours sur une feuille près du frigo, ça fait gagner un temps précieux aux équipes.

#Prévention #Santé`],
  ['linkedin', 'fr', 'national_id', `Bonjour à tous, petite galère administrative 😅

Une patiente nous a transmis son dossier pour la prise en charge, mais la CPAM bloque depuis 3 semaines. Si quelqu'un de la caisse de Lyon passe par ici : Mme Perrin, n° de sécu 2 84 07 75 112 345 60, dossier déposé le 14/11. Merci d'avance 🙏

#CPAM #Administratif`],
  ['linkedin', 'fr', '', `Exemple de numéro de sécurité sociale utilisé dans nos formations : 2 99 99 99 999 999 99. Il ne correspond à personne, il sert juste à montrer où se trouvent le sexe, l'année, le mois et le département de naissance.

Nos nouvelles recrues adorent ce quiz 😄 #Formation`],
  ['linkedin', 'fr', 'client_name', `Très fiers de démarrer en janvier le partenariat de sortie d'hospitalisation avec l'Hôpital Sainte-Claire 🏥🤝

Concrètement : nos coordinatrices récupéreront les patients dès J-1, avec le plan de soins validé par le service de cardiologie. Premier bilan à 6 mois.

#Parcours #Coordination`],
  ['x', 'fr', '', `Un patient de 97 ans m'a appris ce matin à faire un nœud de cravate en 4 secondes. Mes 14 ans d'études ne m'avaient pas préparée à ça 😂 #infirmière`],

  // ── Koszyk (Kraków, e-grocery) ──
  ['linkedin', 'en', '', `🛒 Koszyk turns 5!

From 40 orders on day one (delivered by our founders in a borrowed Fiat Doblo) to 11,000 orders a day across Kraków, Katowice and Wrocław.

Thank you to our 640 pickers, riders and support agents. Cake is in the Nowa Huta warehouse from 14:00 🎂

#Ecommerce #Grocery #Poland`],
  ['linkedin', 'en', 'iban email', `⚠️ Notice to our suppliers: our bank details change from 1 January 2027.

New account for all invoices:
Koszyk Sp. z o.o.
IBAN PL86 7364 0426 7404 4347 0349 6855

Please update your records and confirm to ap@koszyk.pl. Invoices sent to the old account after 31 January will be returned.

Dziękujemy! 🙏`],
  ['x', 'en', '', `Reminder: we will NEVER ask you to pay by SMS. If you got a text with "PL89 7364 0426 7404 4347 0349 6855" asking for a "delivery top-up", it's a scam. Report it, don't pay. 🚫`],
  ['linkedin', 'en', 'financial', `Okay, I'm too excited to keep this for the all-hands 🙈

Our Black Friday weekend did 38.2M złoty GMV, 41 % above our internal target. The number isn't in the investor update yet (that goes out on the 15th) but the ops team deserves the shout-out NOW.

#Ecommerce #Retail #TeamWork`],
  ['linkedin', 'en', 'national_id', `Can anyone from ZUS help? 🙏 One of our riders, Paweł, has had his sickness benefit stuck since October because his PESEL (89071412356) was entered with a typo on the employer form. We fixed it on our side twice.

Any contact welcome. #HR #Poland`],
  ['linkedin', 'en', '', `Our price promise, published today: the 120 everyday basics (bread, milk, eggs, potatoes…) will stay at the same price until 31 March. Full list on koszyk.pl/ceny 🥖🥛

#Retail #Inflation`],

  // ── Faktura Norr (Malmö, invoice fintech) ──
  ['linkedin', 'en', 'secret', `Tiny tip for fellow devs integrating our invoice API 🧾

Don't forget the idempotency key! Example from my terminal this morning:

curl -X POST https://api.fakturanorr.se/v2/invoices \\
  -H "Authorization: Bearer sk_live_G37LeXSyYV4g6snRoUYA4fXr" \\
  -H "Idempotency-Key: 7f1c-22a9"

Retries become safe and your accountant stays happy 😉 #API #Fintech`],
  ['linkedin', 'en', '', `Integrating our API? The sandbox key in the docs is sk_test_XXXXXXXXXXXXXXXXXXXXXXXX – replace it with your own from the dashboard, never commit it, and rotate it every 90 days 🔐

Docs: docs.fakturanorr.se/quickstart #DevRel`],
  ['linkedin', 'en', 'codename client_name', `Sprint review recap 🚀

- Orion: the new dunning engine is feature-complete, beta with Initech's finance team from Monday
- Faster PDF rendering (2.1 s ➡️ 0.4 s)
- Dark mode 🌙 (finally)

Great job everyone!`],
  ['x', 'en', '', `Clear skies over Skåne tonight – Orion is already up by 20:00, look south-east. Betelgeuse is extra orange this winter ✨🔭`],
  ['linkedin', 'en', 'national_id phone', `Has anyone dealt with Skatteverket about a duplicated coordination record? Our new colleague's personnummer 860412-3474 shows two addresses and payroll can't run.

If you have a contact, please call me on +46 70 312 88 41. Thanks 🙏`],
  ['linkedin', 'en', '', `Faktura Norr Q3 2026 results are out 📈

Revenue SEK 212M (+28 % y/y), adjusted EBITDA margin 9.4 %, 14,300 SME customers.

Full report and webcast replay on our investor page. Proud of this team. #Results #Fintech`],

  // ── Maison des Solidarités de Mérignac (service public départemental) ──
  ['linkedin', 'fr', 'phone email', `📢 Permanences d'accès aux droits – décembre

Nos travailleurs sociaux vous reçoivent sans rendez-vous le mardi et le jeudi de 9h à 12h, 14 avenue de la Somme à Mérignac.

Sur rendez-vous : 05 56 12 48 90 ou accueil.mds-merignac@solidarites-gironde.fr

Aides au chauffage, RSA, logement : n'attendez pas d'être en difficulté pour venir 💬`],
  ['linkedin', 'fr', '', `Le budget primitif 2027 du Département a été voté hier en séance publique : 2,1 milliards d'euros, dont 52 % pour les solidarités. Le détail est en ligne sur le site du Département, et la séance est disponible en replay.

Fière de travailler dans un service qui pèse autant dans ce budget 💪 #ServicePublic`],
  ['linkedin', 'fr', 'national_id', `Retour d'expérience d'une assistante sociale 🧵

Ce matin, une dame de 82 ans est venue avec toute sa vie dans un sac Carrefour : avis d'imposition, carte Vitale, courriers de la CAF… et son numéro de sécu noté au feutre sur la pochette : 2 77 01 33 063 118 34.

On a tout remis en ordre en 1h30. Elle m'a offert des canelés 🥹

Moralité : protégez vos papiers, et vos données.`],
  ['linkedin', 'fr', 'internal_url confidential_marker', `Collègues du pôle insertion, le nouveau tableau de suivi des contrats d'engagement est en ligne 👉 https://intranet.gironde-solidarites.fr/pole-insertion/cer-2027

Diffusion restreinte – usage interne uniquement, merci de ne pas le partager aux partenaires pour l'instant.`],
  ['x', 'fr', '', `Notre nouvel intranet est enfin en ligne 🎉 Après 11 ans de pages en Comic Sans, l'équipe comm a fait un travail incroyable. #ServicePublic`],
  ['linkedin', 'fr', '', `Sondage 📊 Pour vous, quel est le principal frein à l'accès aux droits ?

🔘 La complexité des formulaires
🔘 Le tout-numérique
🔘 La peur d'être jugé
🔘 Le manque d'information

Les résultats nourriront notre séminaire du 19 janvier.`],

  // ── Imballa Tecnica (Bologna, packaging machines) ──
  ['linkedin', 'en', '', `🇮🇹 Live from Interpack preview day in Bologna!

Our new cartoner runs 420 cartons/minute with a 12-minute format change. Come to Hall 3, stand B22 and watch it wrap tortellini boxes all day 🥟

#Packaging #Automation #Bologna`],
  ['linkedin', 'en', 'financial client_name', `Today felt big 🥳

We submitted our bid to Globex for the 14 filling lines of their new dairy plant: €23.8M, with delivery in 18 months. Decision expected in February, fingers crossed that nobody undercuts us!

Grazie to sales, engineering and the late-night pizza guy 🍕 #Packaging`],
  ['linkedin', 'en', 'iban', `Per i nostri clienti esteri / For our foreign customers 🧾

From invoice 2027/0001, please pay spare parts orders to:
Imballa Tecnica S.r.l.
IBAN IT43 K864 7976 0655 2125 9492 566
BIC BPMOIT22XXX

Any doubt: call your usual sales contact before paying. Fraud attempts are common ⚠️`],
  ['linkedin', 'en', '', `Security reminder for our customers: a fake e-mail is circulating with our logo and the IBAN IT00 X000 0000 0000 0000 0000 000. It is NOT ours. Our bank details never change by e-mail alone. Call us before paying.`],
  ['linkedin', 'en', 'national_id', `Welcome aboard, Luca! 🎉 Our new automation engineer starts Monday in Casalecchio.

(HR, I've attached his codice fiscale BNCLCU79E52H501P here so you can finish the badge request, thanks!)

#Welcome #Onboarding`],
  ['linkedin', 'en', '', `Our CEO Giulia Ferri spoke at the Confindustria Emilia forum this morning: "Automation is not about fewer people, it's about fewer injuries." 

Injuries on our assembly floor are down 63 % since 2021. Proud of this one 👷‍♀️`],
  ['x', 'en', 'secret', `Anyone else's build broken after the npm outage? Ours is back, I just had to re-auth with npm_SgG0YzP1zy4LG3iGSww8rmu6yKlZNX3lKkat in the CI env. 😮‍💨 #devops`],

  // ── AfyaLink (Nairobi, mobile-health NGO) ──
  ['linkedin', 'en', '', `📱 500,000 SMS reminders sent this year to expectant mothers in Kisumu, Machakos and Kilifi.

Antenatal visits completed: from 48 % to 71 % in our partner clinics. Data, patience and 230 community health volunteers did this 💚

#GlobalHealth #mHealth #Kenya`],
  ['linkedin', 'en', 'phone', `Our toll-free line for community health volunteers is now open 24/7 ☎️

0800 720 615 (free from Safaricom and Airtel)

If you're a CHV in Kilifi county and the app crashes, call us! #mHealth`],
  ['linkedin', 'en', 'financial confidential_marker', `Sharing the slide that made our board smile today 😊

CONFIDENTIAL – BOARD ONLY
2027 budget: USD 3.9M, of which 1.2M still unsecured, pending the foundation grant decision in March.

The team has stretched every shilling this year. Thank you all 🙏`],
  ['linkedin', 'en', '', `Our 2025 annual report is online: USD 3.1M spent, 82 % on programmes, 11 % on technology, 7 % on administration. Audited by a Big Four firm and published in full on our website. Transparency matters 💚 #NGO`],
  ['x', 'en', '', `If someone near you collapses in Kenya, call 999 or 112. Then start chest compressions. Two minutes of CPR can double survival. #FirstAid`],
  ['linkedin', 'en', 'secret internal_url', `Quick incident post-mortem from last night (sorry for the SMS delays!) 🧵

- 23:10 gateway queue stuck at 18k messages
- Root cause: expired DB password after rotation
- Fix: updated the connection string on the worker: postgres://afya_sms:Kisumu!2026rot@10.20.4.15:5432/reminders
- 01:45 queue drained

Action item: alerting on auth failures. Thanks to the on-call heroes 🦸`],

  // ── Prairie Grain Co-op (Winnipeg, agricultural cooperative) ──
  ['linkedin', 'en', '', `🌾 Harvest 2026 is in the bins!

Our members delivered 1.84 million tonnes of canola, wheat and oats to our 11 elevators across Manitoba. A wet September, a perfect October.

Thank you to every farm family and every elevator operator who worked through those 16-hour days. 🚜

#Agriculture #Manitoba #Coop`],
  ['linkedin', 'en', 'national_id', `Payroll reminder for our seasonal staff 🧾

Cheques for November are ready, but we're missing a few T4 details. Jamie R., the SIN you gave us (648 173 029) doesn't match your name at CRA, can you pop by the Brandon office?

Thanks everyone for a great season!`],
  ['linkedin', 'en', '', `Before filling in your tax forms: the CRA's own guide uses 046 454 286 as its sample SIN. Never put your real one on a public post or a chat group, and never send a photo of your card by text. #TaxTips #Canada`],
  ['linkedin', 'en', 'phone email', `Members, our grain marketing desk is now open on Saturdays until March ☎️

Call (204) 947-3316 or email marketing@prairiegrain.coop

Basis and futures quotes are also on the app every morning at 7:30.`],
  ['x', 'en', '', `Canola futures on ICE closed at C$641/t today. Prices are public, but talk to our desk before you lock in 🌾 #westcdnag`],
  ['linkedin', 'en', 'financial', `Member meeting notes, for those who couldn't make it to Portage 👇

- Board proposal: patronage dividend of C$18.40/t for 2026, to be voted at the AGM on 22 February, please don't spread the figure before then
- Elevator in Dauphin: upgrade to 30,000 t approved
- Next meeting: 15 January

Questions welcome in comments 👇`],

  // ── Lagan Cyber (Belfast, security consultancy) ──
  ['linkedin', 'en', '', `Pentest tip of the week 🔐

If your developers paste AWS keys into tickets, you'll find them. We see it on 1 engagement in 3. Use the docs' AKIAIOSFODNN7EXAMPLE in your examples and a secrets scanner in CI.

#CyberSecurity #AppSec`],
  ['linkedin', 'en', 'confidential_marker client_name', `Wrapped up a 3-week red-team exercise today 🎯

TLP:AMBER – do not share outside the engagement team
Initech: domain admin reached on day 4 through an unpatched print server. Report due Friday.

Awesome work by Ciara and Dev 💪`],
  ['linkedin', 'en', '', `We publish all our threat intel summaries under TLP:CLEAR: free to share, repost, quote. This month's one covers the QR-code parking scam in Belfast and Derry. Link in comments 👇 #ThreatIntel`],
  ['linkedin', 'en', 'secret', `Post-mortem of our own little oops, in the spirit of blameless culture 🙃

A contractor pushed our Slack bot token xoxb-36450306067-203619019335-a5fiI6bGfKFI6mAezmOWfSLj to a public gist. GitHub's scanner caught it in 4 minutes, we revoked it in 9.

Even security firms get it wrong. Scan your repos!`],
  ['linkedin', 'en', 'phone', `We're on call over Christmas 🎄

If you're a customer and you think you've been breached, ring our incident line: +44 28 9032 1177 (24/7). Don't wait for the 2nd of January.

#IncidentResponse`],
  ['x', 'en', '', `Hot take: "Confidential" in the email footer of every message means nothing when you CC 40 people. Classify what matters, and mean it. #infosec`],
  ['linkedin', 'en', 'national_id', `Onboarding note for our new analyst 👋 (sorry, posting here because the HR portal is down)

Name: Aoife McCann
NI number: JT 48 52 91 C
Start date: 6 January, Belfast office

HR please pick this up, thanks!`],
  ['linkedin', 'en', '', `Reminder from HMRC's own pages: QQ 12 34 56 C is the example National Insurance number used on forms. If a "recruiter" asks for your real one before an interview, walk away. #ScamAwareness`],

  // ── IUT Vilaine (Rennes, enseignement supérieur) ──
  ['linkedin', 'fr', '', `🎓 Remise des diplômes 2026 ce samedi à l'IUT Vilaine !

218 diplômés en BUT Informatique, GEA et Génie biologique. 84 % déjà en emploi ou en poursuite d'études six mois après.

Bravo à elles et à eux, et merci aux 37 entreprises qui ont accueilli nos alternants 💙 #Rennes #BUT`],
  ['linkedin', 'fr', 'email', `📣 Journée portes ouvertes le samedi 31 janvier, de 9h à 17h

Démonstrations au fablab, rencontres avec les étudiants, visite des labos.

Questions : jpo@iut-vilaine.fr`],
  ['linkedin', 'fr', '', `Exercice donné à mes étudiants de GEA ce matin : "Une PME réalise un CA de 1 250 000 € avec une marge brute de 38 %. Calculez le seuil de rentabilité si les charges fixes sont de 310 000 €."

Les réponses m'ont fait sourire 😅 #Pédagogie`],
  ['linkedin', 'fr', 'secret', `Petit mot pour les intervenants du colloque de jeudi à la salle B104 👋

Le Wi-Fi invité ne marche pas dans ce bâtiment, utilisez le réseau IUTV-Colloque, mot de passe : Vilaine#Colloque26

À jeudi !`],
  ['linkedin', 'fr', '', `Le Wi-Fi de la bibliothèque universitaire est accessible avec vos identifiants ENT (le mot de passe n'est jamais envoyé par mail ni affiché ici 😉). En cas de souci, passez à l'accueil.`],
  ['linkedin', 'fr', 'internal_url', `Aux collègues enseignants : les sujets de partiels du S1 sont à déposer avant vendredi sur http://172.16.40.12/depot-sujets/ (accessible uniquement depuis le réseau de l'IUT).

Merci 🙏`],
  ['x', 'fr', '', `Nos étudiants de 2e année ont observé la nébuleuse d'Orion avec le télescope du club astro hier soir 🔭✨ Magnifique. #Rennes #astronomie`],

  // ── Relief Routes (Genève, logistique humanitaire) ──
  ['linkedin', 'en', '', `🚚 In 2026, our Geneva hub dispatched 2,900 tonnes of medical kits and shelter materials to 17 countries.

Average time from request to plane: 38 hours. Our volunteers at the Satigny warehouse made it possible 🙌

#HumanitarianLogistics #Geneva`],
  ['linkedin', 'en', 'confidential_marker phone', `Pasted from the ops channel by mistake? No, on purpose: the team deserves to see it 😄

"STRICTLY CONFIDENTIAL
Convoy Aleppo-2 leaves Gaziantep Thursday 05:00, 11 trucks, fuel stop at km 140.
Field contact: Omar +90 532 418 27 63"

Hats off to our field team. #Humanitarian`],
  ['linkedin', 'en', 'iban', `Many of you asked how to support our winter appeal ❄️

Bank transfer (Swiss francs):
Relief Routes Foundation, Geneva
IBAN CH51 0076 2474 1569 5262 4

Every CHF 50 covers a thermal blanket kit. Thank you 💙`],
  ['linkedin', 'en', '', `Sad news and happy news 🥲

After 9 years, this is my last week at Relief Routes. I've loaded my last pallet in Satigny, and from January I'll join a refugee-education programme in Amman.

Thank you, Kofi, Maëlle, Ivan and the whole hub. I'll miss our Friday raclettes 🧀`],
  ['x', 'en', '', `Our winter appeal reached CHF 1.2M thanks to 8,400 donors 🙏 Audited accounts will be published in April as every year. #humanitarian`],
  ['linkedin', 'en', 'codename', `Very proud to share a first glimpse of Atlas Bleu, the routing engine our tech volunteers have been building since March 🗺️

It picks the fastest cold-chain route for vaccines from 30+ constraints. Pilot in Chad starts in February, more soon!

#TechForGood`],

  // ── Meuse Métaux (Liège, recyclage de l'acier) ──
  ['linkedin', 'fr', '', `♻️ 480 000 tonnes de ferraille recyclées en 2026 sur notre site de Seraing.

Soit l'équivalent d'environ 43 tours Eiffel en acier qui repartent dans le circuit au lieu de finir en décharge.

Merci aux 190 collaborateurs et aux 60 chauffeurs partenaires 🚛 #EconomieCirculaire #Liège`],
  ['linkedin', 'fr', 'iban', `Nouveaux fournisseurs, bienvenue 👋

Pour vos paiements d'acomptes, voici notre compte :
Meuse Métaux SA
BE88 6850 2601 2741

Toute demande de changement de coordonnées bancaires passe uniquement par téléphone avec notre service comptable.`],
  ['linkedin', 'fr', 'national_id', `Un collègue vient de perdre son portefeuille entre le quai 4 et le parking 😩

Carte d'identité au nom de Marc Delvaux, numéro national 85.03.17-268.58. Si vous le retrouvez, déposez-le à l'accueil de Seraing. Merci 🙏`],
  ['linkedin', 'fr', 'financial', `Point d'équipe du lundi, partagé ici pour nos chefs de quai 📋

– Prix de rachat de la ferraille E3 au 1er janvier : 268 €/t (on ne l'annonce aux ferrailleurs que le 20/12)
– Arrêt du broyeur du 23 au 27/12
– Formation cariste le 8/01

Bonne semaine !`],
  ['linkedin', 'fr', '', `Le cours de la ferraille HMS 1&2 publié par le LME cette semaine : 362 $/t. Pour suivre le marché, rien de mieux que les indices publics, et notre newsletter mensuelle 📈`],
  ['x', 'fr', '', `Un faucon crécerelle (kestrel pour nos amis anglais) niche depuis trois ans sur notre pont roulant n°2. On l'appelle Gérard. 🦅 #biodiversité`],

  // ── Kadeplan (Rotterdam, port-logistics scheduling) ──
  ['linkedin', 'en', '', `⚓ Kadeplan now schedules 1 in 4 barge slots at the Maasvlakte terminals.

Average barge waiting time down from 31 to 12 hours. Less diesel idling, fewer angry skippers 😄

Thanks to the 26 of us in the Kop van Zuid office and our partners at the terminals. #Logistics #Rotterdam`],
  ['linkedin', 'en', '', `Kadeplan 4.12 changelog 🛠️

- New: slot swap between two barge operators in one click
- Fixed: ETA drift when AIS signal drops under a bridge
- Improved: export to CSV 3x faster

Release notes on our help centre. #ProductUpdate`],
  ['linkedin', 'en', 'internal_url secret', `Release day! 🚀 Kadeplan 4.13 is out.

For the support team, the feature flags are in the admin panel: https://admin.kadeplan.corp/flags (login with the shared account ops-support / Maas!Vlakte2026 until SSO is ready)

Great job team!`],
  ['linkedin', 'en', 'national_id email', `Dear payroll team, since the portal is still down I'm putting it here: the BSN of our new planner is 850260127, contract starts 2 January. Please confirm to joost.dekker@kadeplan.nl 🙏`],
  ['x', 'en', '', `Rotterdam port fact: the Maasvlakte 2 extension added 2,000 hectares of land reclaimed from the North Sea. Still blows my mind every time I drive past. 🌊 #portofrotterdam`],
  ['linkedin', 'en', 'iban', `Invoice payment reminder for our customers 🧾

Our account at ING: Kadeplan B.V., NL76 INGB 7384 2886 49.

If you receive an email saying we changed banks, it's fake. Call us.`],

  // ── PagaJá (São Paulo, payments) ──
  ['linkedin', 'en', '', `🇧🇷 PagaJá just passed 3 million Pix transactions in a single day!

Black Friday peak: 1,940 payments per second, 99.98 % success rate. The SRE team watched the dashboards with pão de queijo in hand 🧀

#Fintech #Pix #Brasil`],
  ['linkedin', 'en', 'card', `Debugging war story 🐛

A customer complained their refund never arrived. Turned out our fraud rules blocked the card 5412 1515 3845 0588 because the BIN was on a stale list. Fixed, refunded, apologised.

Lesson: expire your blocklists. #Payments`],
  ['linkedin', 'en', '', `Testing card payments in our sandbox? Use 4242 4242 4242 4242 with any future expiry date and any CVC. It only works in test mode, real charges need a real card. 💳 #DevTips`],
  ['linkedin', 'mixed', 'national_id', `Alguém do RH da PagaJá pode me ajudar? 🙏 My onboarding is stuck because the system says my CPF 529.382.176-84 is already registered. I start Monday in the Vila Olímpia office and still don't have a laptop 😅`],
  ['linkedin', 'en', 'financial codename', `Internal milestone, sharing because I'm proud 🥹

Our Nébula lending product crossed R$ 210M in originated credit this quarter, and the board approved doubling the credit line to R$ 500M next year. None of this is in our public numbers yet, we'll announce at the February results.

Obrigada, time!`],
  ['x', 'en', '', `Just watched "Nebula" (2024) on the flight back from Lisbon. Gorgeous visuals, confusing plot, 7/10 🎬`],
  ['linkedin', 'en', 'secret', `PSA from our security team: never paste production keys in Slack threads. Last week someone shared AKIAUFTSG7DBY915WPE1 with secret DmZVVrLvHdgwHvpsbgh5AXLbTKs9JrlLpi15sXvJ "just for a second". Rotated, audited, but still. 😬`],
  ['linkedin', 'en', 'phone email', `Our customer support has moved to a 24h schedule 🎉

📞 Capitais: 4003-2817
📞 Demais localidades: 0800 591 4470
✉️ ajuda@pagaja.com.br

Obrigada pela paciência durante a transição!`],

  // ── Aegean Blue Lines (Athens, ferries) ──
  ['linkedin', 'en', '', `⛴️ Season 2026 in numbers:

- 2.3 million passengers
- 41 islands served from Piraeus and Rafina
- 98.2 % of departures on time (the meltemi had other plans on 6 days)

Ευχαριστούμε to our 1,100 crew members! #Greece #Ferries`],
  ['linkedin', 'en', 'national_id phone', `Lost & found ⚓ A passenger left her wallet on the Piraeus–Naxos crossing on Sunday. Greek ID and an AMKA card inside (AMKA 15038804124, name Eleni K.).

If it's you or you know her, call our Piraeus office on +30 210 412 8800.`],
  ['linkedin', 'en', 'financial', `Reflecting on a great board meeting today 🌅

The renewal of two ferries was approved: €96M total, signature with the Korean shipyard expected in March. We won't say anything publicly before the contract, but I couldn't be prouder of our fleet team.`],
  ['linkedin', 'en', '', `Our 2027 summer timetable and fares are online! 🌞 Piraeus–Paros from €46.50, Rafina–Andros from €21. Book before 31 January for 15 % off. #Travel #Greece`],
  ['x', 'en', '', `Captain's tip: if you get seasick, stay in the middle of the ship, look at the horizon, and skip the third loukoumades. Trust me. 🌊 #ferrylife`],
  ['linkedin', 'en', 'card', `Customer service reply I sent today, pasted here because I'm still shaking my head 🤦

"Dear passenger, thank you for your message. Please don't send full card numbers by email. We have deleted 4539 9645 8310 5431 from our system. For refunds, use the booking page."

Please, people.`, { surface: 'comment' }],

  // ── Coop du Beffroi (Lille, supermarché coopératif) ──
  ['linkedin', 'fr', '', `🍎 La Coop du Beffroi fête ses 2 000 coopérateurs !

Chaque membre donne 3 heures par mois, et c'est comme ça qu'on propose des prix 15 à 20 % plus bas que la moyenne à Fives.

Merci à toutes et tous, la fête c'est samedi à 18h, rue Pierre-Legrand 🎉 #Lille #Coopérative`],
  ['linkedin', 'fr', 'email phone', `On recrute un·e responsable des achats frais 🥕

CDI, 35h, 2 450 € à 2 700 € brut mensuel selon expérience.

Candidature : recrutement@coopdubeffroi.fr, ou appelez Nadia au 06 71 23 48 95 pour en parler.

#Emploi #Lille`],
  ['linkedin', 'fr', 'financial confidential_marker', `Compte-rendu du CA coopératif d'hier soir, pour les membres du groupe de travail 📝

CONFIDENTIEL – réservé aux administrateurs
– Déficit prévisionnel 2026 : -84 000 €
– Hausse de la cotisation envisagée à 120 € (vote en AG le 14 mars)
– Renégociation du bail en cours

Merci de vos retours.`],
  ['linkedin', 'fr', '', `Les comptes 2025 de la coop, approuvés en AG, sont affichés à l'entrée du magasin : CA de 3,2 M€, résultat net de 21 000 €, tout réinvesti. C'est ça, une coopérative transparente 💚`],
  ['x', 'fr', '', `Message vu sur le tableau de la coop : "Qui a laissé 14 kg de potimarrons dans la chambre froide n°2 ?" On enquête toujours 🎃🕵️`],
  ['linkedin', 'fr', 'card', `Petit rappel aux coopérateurs en caisse : ne notez JAMAIS le numéro de carte d'un client sur un post-it, même pour "réessayer plus tard". On a retrouvé hier un post-it avec 4970 8774 1464 8708 et la date d'expiration collé sur le TPE 😱`],

  // ── Fynbos Cover (Cape Town, insurtech) ──
  ['linkedin', 'en', '', `🌿 Fynbos Cover turned 3 this week!

120,000 policyholders, claims paid in a median 46 hours, and a NPS of 71. Not bad for a team that started in a Woodstock garage.

Thank you, Cape Town ❤️ #Insurtech #SouthAfrica`],
  ['linkedin', 'en', 'national_id phone', `Claims team, heads-up before the weekend 📋

Policyholder Thabo M. called about his burst geyser claim. ID number 8805215123088, callback on 082 614 3390 before 16:00 please. He's been waiting since Monday.

Thanks!`],
  ['linkedin', 'en', '', `How to spot a fake insurer SMS 🚩

1. They ask you to "verify" your ID number via a link
2. The sender is a random 10-digit number, not our short code
3. They threaten to cancel your cover "within 2 hours"

We'll never do any of that. Report them to the SABRIC fraud line.`],
  ['linkedin', 'en', 'financial client_name', `Can't wait to share this one properly 🤫

We've just agreed a R 38M three-year deal to cover the entire fleet of Société Générique's SA subsidiary. Signing next week, press release after that, so keep it quiet until then 😉

#Insurtech #B2B`],
  ['x', 'en', '', `Loadshedding stage 4 tonight in Cape Town. Our claims team is working from the office on the generator, so reply times shouldn't suffer ⚡🕯️ #capetown`],
  ['linkedin', 'en', 'secret', `Hackathon recap 🏆

Team "Geyser Guardians" won with a WhatsApp bot that pre-fills claims from photos. Their demo repo is public, but they forgot to remove the SendGrid key:
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
(Revoked now 😅) Congrats anyway!`],
  ['linkedin', 'en', 'email', `Journalists, we now have a dedicated press contact for all our media enquiries: media [at] fynboscover [dot] co [dot] za. We reply within the day 📰`],

  // ── Tiffin Desk (Bangalore, SaaS helpdesk) ──
  ['linkedin', 'en', '', `📈 Tiffin Desk crossed 8,000 paying customers across 62 countries!

Our support team in Koramangala answered 1.1 million tickets this year with a median first response of 4 minutes. 

Thank you, team. Biryani on me this Friday 🍛 #SaaS #Bangalore`],
  ['linkedin', 'en', 'client_name email', `Customer reply I'm proud of (shared with permission from my manager):

"Hi Priya, thanks for reaching out on behalf of Globex. Your SLA escalation is now assigned to me personally, I'll update you by 18:00 IST. You can also write to me directly at arjun.menon@tiffindesk.io."

Customer happiness = everything 💚`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Frustrated with KYC today 😤 Bank rejected my home loan file because the Aadhaar (7391 8264 0512) on my salary slip didn't match the one on the PAN link. Three trips to the branch. Anyone been through this?`],
  ['linkedin', 'en', '', `In our KYC training slides the Aadhaar is always shown as XXXX XXXX 4821, masked like on the e-Aadhaar download. If a form asks you for the full number by WhatsApp, it's a scam. #DigitalIndia`],
  ['linkedin', 'en', 'secret', `Friday debugging fun 🐞 Our Teams alerts stopped working. Turned out someone rotated the webhook and forgot to update the config. New one, for the on-call folks:
https://outlook.office.com/webhook/08fd2894-ef75/IncomingWebhook/a4b18b053e4a64d66d01bfb1bced6352

Everything's green again ✅`],
  ['x', 'en', '', `Bangalore traffic update: 14 km in 1 h 52 min. New personal record 🏆🛺 #bengaluru`],
  ['linkedin', 'en', '', `Tiffin Desk pricing update 💡 From 1 January our Growth plan is $19/agent/month (was $17). Existing customers keep the old price for 12 months. Full details on our pricing page.`],
  ['linkedin', 'en', 'internal_url', `New joiners, welcome! 👋 Your onboarding checklist is at http://wiki.tiffindesk.local/onboarding and the laptop request form is on the same page. See you at the 10:00 stand-up!`],

  // ── Isère Silicium (Grenoble, semi-conducteurs) ──
  ['linkedin', 'fr', '', `🔬 Première plaquette 300 mm sortie de notre nouvelle ligne de Crolles !

18 mois de travaux, 2 200 m² de salle blanche ISO 5, et une équipe incroyable. Rendez-vous en 2027 pour la production en volume.

#Semiconducteurs #Grenoble #Industrie`],
  ['linkedin', 'fr', 'codename confidential_marker', `Je partage la diapo de clôture de notre revue de programme, parce que l'équipe le mérite 🙌

Classification : Interne
Projet Orion – capteur d'image 3D empilé
Tape-out : 12 février
Rendement cible : 82 %

Merci à tous les designers et process engineers !`],
  ['linkedin', 'fr', '', `Hier soir, ciel dégagé sur la Chartreuse : Orion au-dessus de la Dent de Crolles, et la salle blanche illuminée juste en dessous. Le genre de photo qui fait oublier les réunions 📸✨`],
  ['linkedin', 'fr', 'financial', `Grande nouvelle pour l'équipe achats 💪

Notre appel d'offres pour le lot "gaz spéciaux" est bouclé : 11,7 M€ sur 4 ans, soit 9 % de moins que le budget prévu. Le fournisseur n'est pas encore notifié, on attend la validation du comité d'engagement la semaine prochaine.`],
  ['linkedin', 'fr', 'email phone', `🎓 Stage de fin d'études en métrologie – 6 mois à Crolles

Gratification : 1 450 € brut/mois + aide au logement.
Contact : stages@isere-silicium.fr ou le standard au 04 76 92 10 55.

#Stage #Microélectronique`],
  ['linkedin', 'fr', '', `Le nouvel accord de participation est signé 🎉 Pour un salaire de 30 000 €, on estime la prime à environ 1 800 € les bonnes années (chiffres de la simulation présentée à tous les salariés en réunion publique).`],
  ['linkedin', 'fr', 'internal_url', `Petit rappel aux équipes process : les recettes validées doivent être déposées sur \\\\fab-files.isere.corp\\recettes\\2027 avant le gel de fin d'année. Merci !`],

  // ── Ébène Crédit (Abidjan, microfinance) ──
  ['linkedin', 'fr', '', `🌍 Ébène Crédit vient de franchir le cap des 60 000 clientes !

Commerçantes d'Adjamé, couturières de Yopougon, productrices de cacao de Soubré : 78 % de nos clients sont des femmes, et le taux de remboursement est de 97,4 %.

Merci à nos 310 agents de terrain 💪 #Microfinance #CôteDIvoire`],
  ['linkedin', 'fr', 'iban phone', `Avis à nos partenaires 📢

Pour vos versements de remboursement groupés, notre compte :
Ébène Crédit SA
IBAN CI16 CI00 8421 1810 2286 8179 3099

En cas de doute, appelez le service partenaires : +225 27 20 31 45 80.`],
  ['linkedin', 'fr', 'financial', `Fière de mon équipe ! 👏

Notre portefeuille de crédit atteint 21,4 milliards de FCFA fin novembre, objectif 2027 fixé à 28 milliards par le conseil. Ces chiffres seront communiqués à la BCEAO et au public en mars, mais je voulais vous remercier tout de suite.`],
  ['x', 'fr', '', `Le taux directeur de la BCEAO reste à 3,5 % ce trimestre. Rien de changé pour nos taux clients, publiés en agence et sur notre site. #UEMOA`],
  ['linkedin', 'fr', 'phone', `Numéro vert pour nos clientes victimes de fraude au mobile money ☎️ : 800 00 12 34, gratuit depuis tous les réseaux.

Ne donnez jamais votre code secret, même à un "agent Ébène".`],
  ['linkedin', 'fr', '', `Formation d'hier à Bouaké : "Comment calculer le coût réel d'un crédit". Exemple au tableau : 500 000 FCFA sur 12 mois à 1,5 % par mois, soit 90 000 FCFA d'intérêts. Les participantes ont trouvé ça plus clair que n'importe quelle brochure 📚`],

  // ── Second round: threads, pasted fragments, polls, goodbyes, live posts ──
  ['x', 'en', '', `1/3 Live from WindEurope Copenhagen 🇩🇰 Keynote says Europe needs 30 GW of new wind per year to hit 2030 targets. We installed 17 GW last year. Gap is real.`],
  ['x', 'en', '', `2/3 Most interesting talk so far: blade recycling by pyrolysis, 85 % glass fibre recovery. Our Bilbao R&D team is taking notes 📝 #WindEurope`],
  ['x', 'en', 'codename', `3/3 And yes, the 82 m blade on the Aerolam stand is the Project Kestrel prototype – come say hi at C4-120 before the 16:00 demo 👋 #WindEurope`],
  ['linkedin', 'en', 'email', `Slack message I was about to send to the whole #general channel, and then realised it's better here 😄

"Hey all, the Christmas dinner RSVP closes Friday. Reply to events@aerolam-composites.es with your menu choice (txangurro or the veggie option)."

See you there 🎄`],
  ['linkedin', 'fr', 'email', `Au revoir Soins Rhône 💙

Après 12 ans de tournées sur le plateau de la Croix-Rousse, je pose ma sacoche. Merci aux patients, aux collègues, aux pharmaciens du quartier.

Je reste joignable : claire.b.vernet@gmail.com pour celles qui veulent garder le contact 🌸`],
  ['linkedin', 'fr', '', `Question à mes collègues IDE libérales : vous utilisez quoi pour vos transmissions ? On teste une appli depuis 3 mois, 40 % de temps de saisie en moins, mais la synchro hors réseau est encore fragile. Vos retours m'intéressent 👇`],
  ['linkedin', 'fr', 'phone', `🆘 Astreinte de Noël : l'infirmière de garde pour le secteur Lyon 7e-8e sera Sandrine, joignable au 07 83 41 26 90 du 24 au 26 décembre.

Pour toute urgence vitale : le 15.`],
  ['linkedin', 'en', 'card', `Slack paste from our Kraków support channel, shared to show why we're rolling out the new refund tool 😬

> customer says refund failed, her card is 2221 4866 2105 8114 exp 09/28, can someone retry manually?

No. No no no. Please use the refund tool from now on 🙏`],
  ['linkedin', 'en', '', `Order number format changed today in our app: you'll now see KSZ-2026-1204-558193 instead of the old 8-digit numbers. Easier to read over the phone for our support team 📦`],
  ['linkedin', 'en', '', `Poll 🗳️ What's your favourite delivery slot?

🌅 Before 9:00
🥪 Lunchtime
🌆 After work
🌙 After 21:00

We'll use the answers to plan 2027 rider shifts.`],
  ['linkedin', 'en', 'internal_url', `Small thing that made my day: our warehouse pick-rate dashboard went from 12 s to 0.8 s load time after the index fix. For the team: http://192.168.14.22:3000/d/pick-rate 📊 Enjoy!`],
  ['linkedin', 'en', 'client_name financial', `Faktura Norr sales kick-off notes, for the ones who missed the session 📝

- Initech renewal: SEK 4.8M over 3 years, verbally agreed, contract not signed yet
- Q1 target for the Nordics: SEK 31M new ARR
- Kick-off dinner at Malmö Saluhall 🍣`],
  ['linkedin', 'en', '', `Reading the Nordic fintech report from Nordic Capital Watch: Klarna, Trustly and Lunar raised a combined EUR 900M in 2026 according to their public filings. The market is alive 🚀`],
  ['x', 'en', '', `Swedish winter starter pack: 15:32 sunset, cinnamon buns at 10:00 fika, and an invoice API that never sleeps ❄️☕ #Malmö`],
  ['linkedin', 'en', 'iban', `Customers, from 1 January please pay your Faktura Norr subscription to our new account:
SE09 5008 5516 8545 3090 8871 (Faktura Norr AB)
Autogiro customers don't need to change anything.`],
  ['linkedin', 'fr', '', `Les chiffres de l'INSEE sont tombés : 14,4 % de la population girondine vit sous le seuil de pauvreté. C'est pour ça qu'on se lève le matin 💪 #ServicePublic #Solidarités`],
  ['linkedin', 'fr', 'national_id email', `Mail collé par erreur dans un groupe partenaires ? Non, c'est moi qui le republie pour demander de l'aide 😅

« Bonjour, pouvez-vous débloquer le dossier RSA de M. Karim Benali, NIR 1 91 02 69 387 021 71, transmis le 3/11 ? Réponse à instruction.rsa@solidarites-gironde.fr »

Quelqu'un de la CAF ?`],
  ['linkedin', 'fr', '', `Conseil aux partenaires associatifs : ne transmettez jamais un numéro de sécurité sociale par mail non chiffré. Utilisez la plateforme sécurisée du Département, c'est fait pour ça 🔐`],
  ['linkedin', 'en', 'financial', `Imballa Tecnica weekly update for our sales network 📦

Price list 2027 will rise by 4.5 % on all spare parts from 1 February. Customers haven't been told yet, letters go out on 10 January, so please don't mention it in your visits before then.

Grazie!`],
  ['linkedin', 'en', '', `Our 2027 spare parts price list is published today 📘 Average increase 4.5 %, effective 1 February. Download it from the customer portal or ask your sales contact.`],
  ['linkedin', 'en', 'confidential_marker', `My favourite slide from yesterday's plant review, because the assembly team deserves applause 👏

RISERVATO / CONFIDENTIAL – DO NOT DISTRIBUTE
Line 4 OEE: 71 % ➡️ 84 % in six months
Changeover: 38 min ➡️ 12 min

Bravi tutti! 🇮🇹`],
  ['linkedin', 'en', '', `Ask me anything about NDAs for startups 🧑‍⚖️ My 3 rules: keep it mutual, limit it to 2-3 years, and never sign one before a first coffee. What are yours?`],
  ['linkedin', 'en', '', `Our 2026 security awareness quiz results are in: 92 % of staff spotted the phishing email with the fake invoice. The other 8 % now owe the SOC team croissants 🥐 #SecurityCulture`],
  ['linkedin', 'en', 'secret', `Pasting the old runbook step here for the new hire because Confluence is down 🙃

Step 3: log into the jump box, then
export GITLAB_TOKEN=glpat-XM4MFwg7drHilZO0fkXY
./sync-findings.sh --client all

Don't forget to log out after!`],
  ['linkedin', 'en', '', `Example config from our training lab (all fake, don't bother trying 😉):

API_KEY=<your-key-here>
DB_PASSWORD=changeme
WEBHOOK_URL=https://hooks.example.com/services/XXX/YYY/ZZZ

Rule 1 of secrets: they don't belong in README files. #AppSec`],
  ['x', 'en', '', `Belfast meetup tonight: "Why your Wi-Fi password on a sticky note is fine (and your admin password on a sticky note is not)". Doors 18:30, pizza 🍕 #infosec`],
  ['linkedin', 'en', 'email', `Report a vulnerability in one of our own tools? Write to security @ lagancyber.co.uk, PGP key on our website. We answer within 48 h and we have a Hall of Fame 🏆`],
  ['linkedin', 'fr', 'codename', `Réunion pédagogique de ce matin, en bref :
– Le projet Atlas Bleu (plateforme de suivi des alternants) est validé pour une bêta en mars
– Nouveau planning des soutenances
– Pot de fin d'année le 18/12 🎄

Merci à tous pour votre énergie !`],
  ['linkedin', 'fr', '', `Sortie de terrain géographie avec mes étudiants au Maroc en avril : trois jours dans le Moyen Atlas bleu et vert au printemps, cèdres et macaques inclus 🏔️🐒 #Pédagogie`],
  ['linkedin', 'fr', 'phone', `Étudiants de 1re année : le service de santé universitaire vous reçoit gratuitement et en toute confidentialité. Prise de rendez-vous au 02 99 14 37 50 💙 #SantéMentale`],
  ['linkedin', 'fr', 'national_id', `Bonjour à tous, une étudiante espagnole en échange n'arrive pas à ouvrir son compte bancaire. Son NIE est X4827319X, elle a tous les justificatifs. Si une banque rennaise lit ceci, on peut en parler ? 🙏`],
  ['linkedin', 'en', 'confidential_marker', `Sitrep from the hub, quick and dirty 📦

EMBARGO until 10 December 08:00 CET
Relief Routes opens a second hub in Nairobi, 4,000 m², operational in Q2.

Press pack coming. Can't wait!`],
  ['linkedin', 'en', '', `Our press releases always carry an embargo time, and journalists mostly respect it. Tip for NGO comms teams: keep embargo periods short, 24 h max, or they leak. #CommsTips`],
  ['linkedin', 'en', 'phone email', `Volunteers wanted for our Saturday sorting shift in Satigny 📦 Contact Maëlle: maelle.fontaine@reliefroutes.org or +41 79 418 62 27. Coffee and croissants provided!`],
  ['linkedin', 'fr', 'email', `🚛 Avis aux transporteurs : nos quais de Seraing seront fermés du 24/12 au 2/01. Pour les enlèvements urgents, écrivez à logistique@meuse-metaux.be`],
  ['linkedin', 'fr', '', `Un fait que j'adore : l'acier est recyclable à l'infini. Une poutre de 1965 peut devenir une canette en 2027 puis un vélo en 2030 ♻️ #EconomieCirculaire`],
  ['linkedin', 'fr', 'client_name', `Belle visite aujourd'hui à Seraing : l'équipe achats de Globex est venue auditer notre chaîne de tri avant le renouvellement de leur contrat de ferraille 🏭 Merci pour la confiance !`],
  ['linkedin', 'en', 'secret', `Stand-up notes pasted for the Kadeplan night shift 🌙

- AIS feed reconnect script deployed
- Slack alerts to #barge-ops via https://hooks.slack.com/services/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
- Tomorrow: terminal API rate limits

Sleep well 💤`],
  ['linkedin', 'en', '', `Our status page shows 99.97 % uptime for 2026. The 2.6 hours of downtime were one DNS incident in June, post-mortem public on our blog. Transparency builds trust 🤝`],
  ['linkedin', 'en', 'codename client_name', `Planning board today 🗓️ Project Kestrel (the automated lock booking) goes live for Globex's barges on 3 February, a week earlier than planned. Super proud of this team!`],
  ['x', 'en', '', `Spotted a kestrel hovering over the Maasvlakte dunes during lunch. Better than any screensaver 🦅 #birding #rotterdam`],
  ['linkedin', 'en', 'iban email', `Our PagaJá Europe entity now accepts SEPA transfers for merchant settlements:
PagaJá Europe Unipessoal Lda
PT50 0035 0651 9234 7882 9853 0
Questions: settlements@pagaja.eu`],
  ['linkedin', 'en', '', `Merchant question we get a lot: "Why does the Pix QR code expire after 30 minutes?" Because the Central Bank rules say dynamic charges must have an expiry. Short answer: security 🔐 #Pix`],
  ['linkedin', 'en', 'national_id', `Sharing this onboarding form screenshot text for our new analyst, because HR is on holiday 😅

Nome: Rafael Souza
CPF: 184.736.290-78
Início: 05/01/2027

Bem-vindo, Rafa!`],
  ['linkedin', 'en', '', `Funny bug of the week: some of our test forms accepted the all-zeros CPF 000.000.000-00 until last Friday. Fixed now 😅 #Validation`],
  ['linkedin', 'en', 'phone', `Passengers stranded by the strike on the Piraeus port today: our call centre is open until midnight on 18 130 and, from abroad, +30 210 414 1300. We'll rebook you for free ⛴️`],
  ['linkedin', 'en', 'confidential_marker financial', `Fleet meeting notes, shared with the ops leads group 🛳️

INTERNAL USE ONLY
- Fuel hedge for 2027 at $612/t for 60 % of volume, not yet announced
- Dry-dock of the Naxos Star moved to January
- Crew training calendar attached

Thanks all!`],
  ['x', 'en', '', `Meltemi forecast for tomorrow: 7 Beaufort in the central Cyclades. Check your departure status on our app before leaving for the port 🌬️⛴️`],
  ['linkedin', 'fr', '', `Nos 3 astuces anti-gaspillage de saison à la Coop 🥕

1️⃣ Les fanes de carottes font un pesto incroyable
2️⃣ Le pain rassis ➡️ pain perdu du dimanche
3️⃣ Les bananes tachées ➡️ banana bread

Et vous ?`],
  ['linkedin', 'fr', 'internal_url', `Coopérateurs de l'équipe inventaire : le tableur partagé est maintenant sur notre serveur, http://nas-coop.local/inventaire/2026 (depuis le Wi-Fi du magasin seulement). Merci Nadia pour la migration 🙏`],
  ['linkedin', 'fr', 'secret', `Pour les bénévoles du stand de samedi au marché de Wazemmes : la tablette de caisse se connecte au partage de connexion "Beffroi-Stand", mot de passe : potimarron59! Merci et à samedi 🎃`],
  ['linkedin', 'en', '', `Reflections after 18 months in insurtech 🧵

1. Claims are emotional, not technical
2. The fastest payout wins more loyalty than the cheapest premium
3. Never build a chatbot that can't hand over to a human

What did I miss?`],
  ['linkedin', 'en', 'card', `Can someone in our payments team check why this customer's debit order keeps bouncing? Pasting the ticket:

Policy FC-883120, card on file 3782 2115 0064 539, last attempt 01/12. Customer says funds are there.

Thanks 🙏`],
  ['linkedin', 'en', '', `A policy number is not a secret: FC-883120 on your schedule helps us find you fast. Your ID number and bank PIN, however, we'll never ask for over WhatsApp. 🔐`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Quarter-end reflections 🌅

We'll close 2026 at about R 142M gross written premium, 19 % above plan. Auditors start in January and the numbers go to the investors in March, so take this as an early thank-you to the whole Fynbos crew 💚`],
  ['linkedin', 'en', 'email phone', `We're hiring a Senior Support Engineer in Bangalore 🚀

💰 ₹24–32 LPA
🏢 Hybrid, Koramangala
📧 careers@tiffindesk.io
📞 Questions? +91 80 4718 2290 (HR desk)

#Hiring #SaaS #Bangalore`],
  ['linkedin', 'en', 'client_name confidential_marker', `Support escalation summary, posting for the APAC leads 👇

Classification: Internal
Account: Initech (Enterprise, 1,200 seats)
Issue: email parser dropping attachments > 20 MB since v9.4
ETA fix: 48 h

Thanks for jumping on it, team!`],
  ['linkedin', 'en', '', `Our v9.4 release notes are live 🎉 Attachments up to 25 MB, Kannada and Marathi UI, and a brand-new macro editor. Thanks to the 340 beta users who tested it!`],
  ['x', 'en', '', `Office Space is still the most accurate movie about SaaS support ever made. "Did you get the memo about the TPS reports?" Yes, Bill. 😩 #Initech #90s`],
  ['linkedin', 'fr', 'internal_url', `Doc de référence pour l'audit ISO de janvier, pour les équipes qualité : https://qualite.corp.acme.com/audit-iso9001/2027 . Merci de relire vos procédures avant le 10 !`],
  ['linkedin', 'fr', '', `Visite de 45 lycéens de Voiron dans notre salle blanche aujourd'hui 👩‍🔬 Combinaisons, sas à air, et la question de la journée : "pourquoi c'est jaune partout ?" (réponse : la photolithographie 😉)`],
  ['linkedin', 'fr', 'client_name financial', `Réunion commerciale du jour, mes notes en vrac :
– Société Générique veut 40 000 capteurs en 2027, on leur propose 18,20 € pièce (offre envoyée hier, réponse attendue fin janvier)
– Salon de Munich en novembre
– Point marges la semaine prochaine`],
  ['linkedin', 'fr', '', `Article intéressant des Échos ce matin : le marché mondial des semi-conducteurs devrait atteindre 700 milliards de dollars en 2027 selon la WSTS. On vit une époque folle 📈`],
  ['linkedin', 'fr', 'national_id phone', `Avis de recherche 🙏 Une cliente a oublié sa carte d'identité au guichet de Yopougon : CNI n° CI002847613, au nom de Aya Koffi. Contactez l'agence au 07 08 41 22 63.`],
  ['linkedin', 'fr', 'email', `Vous êtes une coopérative agricole et vous cherchez un financement pour vos intrants ? Écrivez-nous à partenariats@ebene-credit.ci, nos chargés d'affaires se déplacent jusqu'à San-Pédro 🌱`],
  ['linkedin', 'en', 'codename financial', `Donor call prep, pasted from my notes 👇

- Orion (our SMS triage pilot) costs USD 0.04 per patient per month
- Ask for 2027: USD 640k, figure not yet shared with the foundation
- Need Kilifi data by Friday`],
  ['linkedin', 'en', '', `The Kenyan Ministry of Health's 2026/27 budget for community health, voted in Parliament in June, is KES 4.1 billion. A big step, and the public documents are worth a read 📑`],
  ['linkedin', 'en', 'national_id', `Our field officer Wanjiku lost her ID card on the Mombasa road 😩 ID No. 28451976, if anyone finds it please drop it at the Kilifi clinic.`],
  ['linkedin', 'en', '', `Elevator safety week 🦺 Reminder: in Canada, call 911 for any grain bin entrapment. Then call the elevator manager. Never enter a bin alone.`],
  ['linkedin', 'en', 'email', `Farmers, our agronomists will answer your soil test questions live on Thursday at 19:00. Send them in advance to agronomy@prairiegrain.coop 🌱`],
  ['linkedin', 'en', 'internal_url', `Scale house operators: the new ticket printer config is at \\\\10.8.1.40\\scales\\config and the guide is on http://intranet.prairiegrain.coop/scales. Call me if stuck!`],
  ['linkedin', 'en', '', `Our grain handling tariff for 2027 is published on our website: C$13.50/t elevation, C$0.09/t/day storage after 30 days. Same as 2026 👍`],
  ['linkedin', 'fr', 'iban', `Petit message pour nos familles de patients 💙

Pour régler les dépassements d'honoraires ou la participation aux frais de la téléassistance, le virement se fait sur :
Soins Rhône – FR76 9234 7882 9858 7741 4648 707

Un reçu vous est envoyé chaque mois.`],
  ['linkedin', 'fr', '', `Une patiente m'a demandé si l'IBAN imprimé sur un courrier était vraiment le nôtre : FR76 9234 7882 9858 7741 4648 700. Il ne l'était pas (clé fausse, et surtout pas notre banque). Méfiez-vous des faux courriers ⚠️`],
  ['linkedin', 'mixed', '', `Team lunch à Vila Madalena 🍻 Ten nationalities, four languages, one very confused waiter. Obrigada pelo ano incrível, PagaJá! 🇧🇷🇫🇷🇮🇳🇳🇬`],
  ['linkedin', 'mixed', 'financial', `Quick update pour l'équipe Paris de Koszyk 🇵🇱🇫🇷

The French pilot hit 2,300 orders/week. Board wants 10k by June, budget of €1.9M approved yesterday, on ne communique rien avant le board de février.

Bravo à tous!`],
  ['x', 'en', '', `Our Kraków warehouse address for returns is on every parcel label: ul. Nowohucka 52, 31-580 Kraków. No need to DM us for it 📦`],
  ['linkedin', 'en', 'phone', `Support hours over Christmas for our Polish customers 🎄
24.12: 8:00–14:00
25–26.12: closed
Hotline: +48 12 397 55 10`],
  ['linkedin', 'en', 'card phone', `Customer reply from our Athens call centre, pasted into the training deck (before anonymising, oops) ⛴️

"Kalimera Mr Dimitriou, I confirm the refund to your Mastercard 5186 7527 9701 9479 for booking ABL-77120. If it isn't there within 10 days, call me back on 210 412 8815."

Great tone, wrong place for the card number.`],
  ['linkedin', 'en', '', `Booking reference, not a card number 🙂 Your 16-digit e-ticket code (e.g. 4970 4686 4797 6065) is printed on your boarding pass. Our agents will ask for it to find your booking, and only that.`],
  ['linkedin', 'en', 'card', `Pasted from the #fraud channel for our monthly security review 🕵️

"Chargeback opened on Discover 6011 7107 6651 3087, three ferry tickets bought from a Lagos IP in 4 minutes. Blocked."

Good catch by the night team.`],
  ['linkedin', 'en', 'iban', `🇬🇧 UK supporters of our winter appeal can now give in pounds:
Relief Routes UK
GB25 NWBK 6016 1322 7554 44
Gift Aid forms on our website. Thank you!`],
  ['linkedin', 'en', '', `The IBAN shown in our finance training is GB82 WEST 1234 5698 7654 32, the textbook example used everywhere. If you ever see it on a real invoice, someone copied a tutorial 😄 #Finance`],
  ['linkedin', 'en', 'iban confidential_marker', `Forwarding this here for our Greek agents since the portal is down:

CONFIDENTIAL
New collection account for ticket agencies from 1 January:
GR66 0110 1255 9042 9168 9522 726 (Aegean Blue Lines S.A.)
Do not publish on agency websites.`],
  ['linkedin', 'mixed', 'iban email', `Pour nos clients allemands / For our German customers 🇩🇪

Please use our new Deutsche Bank account: DE37 3704 0044 8660 8507 13, Isère Silicium SAS. Remittance advice to compta-fournisseurs@isere-silicium.fr. Merci !`],
  ['linkedin', 'en', 'national_id', `Our new Geneva volunteer coordinator needs her AVS number entered before payroll closes: 756.8775.3000.13. HR, could you sort it today? 🙏`],
  ['linkedin', 'mixed', 'national_id', `Bienvenida a Lucía, nuestra nueva ingeniera de calidad! 🎉 HR folks, her DNI is 48213579J, the contract is signed, she just needs her badge. Ongi etorri!`],
  ['linkedin', 'en', '', `Spanish DNI fun fact 🇪🇸 The final letter is a checksum: the 8 digits modulo 23, mapped to the string TRWAGMYFPDXBNJZSQVHLCKE. That's why typos get caught at the bank counter. #DataQuality`],
  ['linkedin', 'en', 'national_id phone', `Passing this on for our Cape Town HR team 🧾

New claims assessor: Naledi Dlamini, ID 9308070241086, cell 071 882 4410. Starts 12 January, needs laptop and car allowance set up.`],
  ['linkedin', 'en', 'iban', `Our Irish supporters asked for a local account, here it is 🍀
AfyaLink Ireland CLG – IE88 AIBK 9311 5222 7455 38
Thank you for 3 years of support from Dublin and Cork!`],
  ['linkedin', 'fr', '', `Bilan de la collecte de jouets de Noël à Mérignac : 1 840 jouets, 62 bénévoles, 11 associations partenaires. Merci infiniment 🎁 #Solidarité`],
  ['linkedin', 'en', 'secret', `The Discord community for our open-source barge simulator is growing 🎮 If you want the release bot in your own server, here's the webhook we use:
https://discord.com/api/webhooks/701515077926721537/qyCnogpjkVnd7zVkEaGzb4Gcn1hG8OChJqMexTZaMmdO4F1P-SZ3AkJM7764XxQZhPlv`],
  ['linkedin', 'en', '', `Git tip 🧑‍💻 you can reference any commit by its short hash, e.g. 3f9a1c2, or the full 40 characters like 3f9a1c2e8b7d4f60a1e2c3b4d5e6f708192a3b4c. Hashes are not secrets, tokens are.`],
  ['x', 'en', '', `Google Maps says the ferry from Rafina to Andros is at 37.9385, 24.0117 right now. Live tracking of our fleet is also on MarineTraffic if you're a ship nerd 🛳️`],
]);
