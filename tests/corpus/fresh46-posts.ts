import { rows } from './corpus-types';

/**
 * Held-out set "fresh46": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh46`.
 * First scored 2026-12-04 18:40 UTC on the rules of c946901, before any fix from it: confidentiality macro F1
 * 0.933, 5.8 % of clean posts flagged (6 of 103);
 * phone 0.789, secret 0.842, financial 0.864, client_name 0.889, codename 0.947, confidential_marker 0.957, national_id 0.973, the others 1.000.
 *
 * Authors: employees in Sweden (an Umeå software house, a Malmö design studio, a Göteborg freight forwarder, a Stockholm
 * office), Norway (a Bergen subsea-services firm, an Oslo fintech, a Trondheim salmon farmer, a Stavanger energy
 * consultancy), Finland (a Tampere analytics firm, a Helsinki game studio, an Oulu telecom supplier, a Turku pharma
 * plant), Estonia (a Tallinn fintech, a Tartu university spin-off, a Narva textile plant), Latvia (a Riga freight
 * company, a Liepāja shipyard, a Riga service centre), Lithuania (a Vilnius game studio, a Kaunas shared-services
 * centre, a Klaipėda port operator), Poland (a Kraków data consultancy, a Gdańsk shipyard, a Wrocław service centre, a
 * Warsaw HR-tech start-up, a Poznań logistics hub) and Czechia (a Brno robotics firm, an Ostrava steelworks, a Prague
 * fintech, a Plzeň brewery), writing in French or English. Focus: HR and people posts. Forms: onboarding notes and
 * first-day checklists, recruiting posts and job ads with published salary ranges, goodbyes, org announcements, payroll
 * questions and payroll post-mortems, chat messages and HR tickets pasted by mistake, pasted meeting notes and a
 * markdown table, config and .env snippets, changelogs, supplier bank-change notices, candidate and employee replies
 * (surface 'comment'), polls, a three-post X thread, lost-and-found and safety notes, employment certificates.
 *
 * Positives: personal ids of the eight countries (Swedish personnummer and samordningsnummer, Norwegian fødselsnummer
 * and D-nummer, Finnish henkilötunnus with the - and A century signs, Estonian and Lithuanian isikukood / asmens kodas,
 * old-format Latvian personas kods, PESEL with the 2000s month offset, Czech rodné číslo with the women's +50 month);
 * SE, NO, FI, EE, LV, LT, PL and CZ IBANs; Visa, Mastercard (5- and 2-series), Amex and Discover cards; phones in each
 * country's formats (+46 / 070- / 08-, +47 and 8-digit, +358 / 050 / 09, +372, +371 and 8-digit, +370 / 8 6xx / (8 5),
 * +48 and toll-free 800, +420 and toll-free 800); named and role mailboxes, one "[at] [dot]" and one "name @ domain";
 * Wi-Fi and shared-account passwords, a signing secret, a bank-upload key, an SMTP password, a Slack webhook,
 * connection-string credentials; intranet. hosts, the policy's domains, .local/.corp/.internal hosts and private IPs;
 * the policy's code names as projects, programmes, squads and a marketplace, and its clients as accounts, rollouts and
 * engagements; explicit markers (INTERNE, [INTERNAL], CONFIDENTIAL, TLP:AMBER, TLP:RED, EMBARGO jusqu'au…,
 * Classification: …, SOUS NDA). Financial positives are the company's own unpublished figures, with many ways of saying
 * so: raise pools and merit budgets before managers or staff hear them, a general increase before the works council, a
 * severance cost before the unions, headcount and recruiting budgets before the supervisory board, personnel costs and
 * preliminary revenue before results or during the quiet period, a margin before the group publishes, a tender bid
 * before submission, a price rise before customers get the letter, an internal valuation for an option plan, a bonus
 * pool "between us", a wage bill marked draft.
 *
 * Look-alikes (clean): published salary ranges in job ads, published results and annual reports, public wage
 * settlements and minimum wages, national statistics, a competitor's published tender win, public price lists, a
 * Series B announced in the press, teaching examples, one's own salary; documented specimens named as such (Skatteverket
 * test number 121212-1212, the Finnish 131052-308T, the Estonian 37605030299, the PESEL 44051401359, the Czech example
 * IBAN, Stripe's 4242 card, AWS's EXAMPLE key, Slack's placeholder webhook, sk_test_XXXX, "changeme"), masked ids, an
 * IBAN with FI00 check digits, an IBAN and a PESEL with a wrong last digit, a card failing Luhn in a phishing SMS,
 * employee numbers; emergency numbers (112, 113); mentions of the intranet, of confidentiality, NDAs, TLP levels and
 * embargoes; the code names in their ordinary sense (Orion the constellation, a kestrel, Atlas the office cat, a blue
 * Atlas cedar, a nebula) and the clients as fiction or places (Globex of The Simpsons, Initech of Office Space, a chapel
 * of the Hôpital Sainte-Claire in Lyon); many near-twins of positive posts with the sensitive item removed.
 *
 * Conventions: every written email address is email (role mailboxes and obfuscated forms included), every written phone
 * number is phone (switchboards, hotlines and toll-free numbers included, emergency short numbers not); the user:password
 * of a connection string is secret; confidential_marker only for explicit labels; financial only for the company's own
 * unpublished figures; iban, card and national_id only for valid numbers, each computed with a throwaway script kept
 * outside the repo (IBAN mod 97 at the exact country length, with the national account checks for NO mod 11, FI Luhn,
 * EE 7-3-1, PL sort-code and CZ mod 11; Luhn for cards and the Swedish personnummer; the two mod-11 digits of the
 * fødselsnummer; mod 31 for the henkilötunnus; the two-pass weights of the Estonian and Lithuanian codes; the Latvian
 * 1101 check; the PESEL weights; divisibility by 11 for the rodné číslo); the policy's names only in their project and
 * customer sense.
 *
 * Counts: 232 posts (177 EN, 42 FR, 13 mixed; 204 LinkedIn, 28 X; 10 comments): 103 clean, 129 with one or more
 * findings. Labels: phone 23, financial 22, national_id 19, email 13, internal_url 11, confidential_marker 11, secret 11,
 * iban 10, codename 9, client_name 8, card 5.
 */
export const FRESH46_POSTS = rows('fresh46', [
  // Sweden: an Umeå software house, a Malmö design studio, a Göteborg freight forwarder, a Stockholm payroll bureau
  ['linkedin', 'en', '', `Onboarding week at our Umeå office is done: nine new colleagues, one snowstorm, two fikas a day and a buddy for everyone. The checklist we used is on the intranet, but honestly the thing people remembered was lunch with the founders. Welcome aboard!`],
  ['linkedin', 'en', 'internal_url', `Small thing that made a big difference for our new starters: a single page with everything for day one. If you're joining in January, bookmark https://intranet.norrskenkod.se/people/forsta-dagen and tell me what's missing before you arrive.`],
  ['linkedin', 'fr', 'national_id iban', `Copié depuis le fil RH par erreur, désolée : « Pour finaliser ton contrat il nous manque juste ton RIB. On a bien ton personnummer 850412-2386. Compte de versement du salaire : SE70 6000 7536 6233 9478 2500, merci de confirmer. »`],
  ['x', 'fr', '', `Conseil à ceux qui s'installent en Suède pour un nouveau poste : faites d'abord établir votre personnummer. Compte bancaire, médecin, salle de sport, même la carte de bibliothèque en dépendent. Pour notre dernière recrue, Skatteverket a mis 11 jours.`],
  ['linkedin', 'en', '', `We're hiring a Payroll Specialist in Malmö. Salary 36 000–42 000 SEK/month depending on experience, collective agreement, six weeks of vacation, bike benefit. Apply through the careers page before 20 January, no cover letter needed.`],
  ['linkedin', 'en', 'email', `Hiring: Junior HR Generalist (Göteborg, hybrid). 32 000–35 000 SEK a month, published band, no haggling games. Send a short note and your CV to jobb@vastkustfrakt.se, subject "HR junior". We reply to everyone within a week.`],
  ['linkedin', 'fr', 'financial confidential_marker', `INTERNE — RH uniquement
Revue salariale 2027, points validés hier par le comité :
• enveloppe d'augmentations : 3,1 % de la masse salariale Suède, 2,6 % Pologne
• bonus collectif plafonné à 1,2 MSEK
• communication aux managers le 12 janvier, aux équipes le 19
Merci de ne rien relayer avant.`],
  ['linkedin', 'en', '', `The industry benchmark for Swedish wage talks this spring was settled publicly at 3.4 % over twelve months. We follow it for our collective-agreement roles, which is why your January payslip will look a bit different. Happy to explain it over coffee.`],
  ['linkedin', 'en', 'phone', `After seven years I'm leaving the people team at Västkust Frakt. Thank you for the Friday waffles and the patience with my Swedish. Former colleagues who want to stay in touch: my private mobile is 070-174 06 12, call or text any time.`],
  ['linkedin', 'en', 'secret', `First day checklist for the Stockholm office (copied from our welcome doc):
1. Badge from reception, 4th floor
2. Guest network NK-Guest, password Fika-Tisdag!2027 until your laptop is enrolled
3. Lunch with your buddy at 11:30
See you Monday!`],
  ['linkedin', 'en', '', `Question I get from every new hire: "What's the Wi-Fi password?" Answer: it changes every Monday and it's printed on the card at the badge desk. Please don't photograph the card for your story, we've had to rotate it twice this month.`],
  ['linkedin', 'mixed', 'codename', `Tellement fier de l'équipe Orion : on a migré la paie de nos quatre entités nordiques sur le nouveau HRIS en six semaines, zéro salaire en retard. Next stop: Poland in Q2. Thank you all, vraiment.`],
  ['linkedin', 'en', '', `Best onboarding activity we've tried: took the new hires out on the ice at Abisko at night. Orion hung above the mountains, the northern lights did their thing, and nobody checked Slack for three hours.`],
  ['x', 'en', 'client_name', `Hiring 3 more SAP SuccessFactors consultants for the Globex rollout, start date February, Vilnius or remote. DM me, I answer everything.`],
  ['x', 'en', '', `New manager energy should be Hank Scorpio at Globex on the first day: hammocks, a walk round campus, "what do you need from me?" Minus the doomsday device.`],
  ['linkedin', 'en', 'card', `Pasted from our team chat, apologies: "Could finance book the three HR Tech Nordic tickets on the team card? 4825 5821 1391 5245, exp 09/28, CVC 311. Kerstin approved it this morning."`],
  ['linkedin', 'en', '', `Phishing drill results are in. 14 % of staff clicked an SMS saying "Your salary card 4296 3972 1043 0829 has been blocked, verify now". That card number doesn't even pass a checksum, and still. Please report, don't click.`],
  ['linkedin', 'en', '', `Swedish payroll trivia for the newcomers: the personnummer is YYMMDD-XXXX, and the last digit is a Luhn check. Skatteverket even publishes test numbers such as 121212-1212 for systems like ours. Never put a real one in a test environment.`],
  ['linkedin', 'en', 'national_id', `Question for the payroll crowd: our new colleague from Latvia only has a samordningsnummer so far (880273-3124). Can we run the first salary on it or do we wait for the full personnummer? Skatteverket's guidance is ambiguous.`],
  ['linkedin', 'en', '', `Masked example for the onboarding form, so people know what we need: personnummer in the format 850412-****. The full number goes into the HR system only, never into email or chat.`],
  ['linkedin', 'en', 'financial', `Proud moment: the board approved our 2027 people budget yesterday, 48.5 MSEK including 14 new roles, and I get to tell the managers about it on Thursday before anyone else hears. Drafting the slides now.`],
  ['linkedin', 'en', '', `Our annual report is out: revenue 312 MSEK for 2025, 214 employees, and for the first time a full gender pay-gap section. Proud of the transparency, read it on our website.`],
  ['x', 'en', '', `Asked for 48 000 SEK in my own salary talk, got 46 500. Not bad for a first negotiation. Always ask for more than you think, folks.`],
  ['linkedin', 'en', 'email', `Payroll cut-off this month is the 18th because of the holidays. Expense claims after that go into January. Questions to lon@norrskenkod.se, not to my personal inbox please.`],
  ['linkedin', 'en', 'phone', `Reminder for staff in Göteborg: if you're sick, call the absence line before 09:00 on +46 31 702 44 10 so we can arrange cover. Emergencies are still 112, obviously.`],
  ['linkedin', 'en', '', `Safety induction reminder for the warehouse team: emergencies 112, the first-aid room is next to gate 3, and the defibrillator is by the coffee machine. Check the map during your first week.`],
  ['linkedin', 'mixed', 'confidential_marker', `[INTERNAL] Org update – People & Culture
À partir du 1er février, les équipes Talent Acquisition de Malmö et de Göteborg fusionnent sous la responsabilité d'Elin. Les rôles ne changent pas, les rituels oui: one weekly sync au lieu de deux.`],
  ['linkedin', 'en', '', `Why I stopped stamping "confidential" on every HR email: when everything is confidential, nothing is. We now label only the three document types that really need it, and people actually respect the label.`],
  ['linkedin', 'en', 'secret internal_url', `Posting this by mistake from my clipboard, sorry, deleting in a minute:
HRIS_DB=postgresql://hr_sync:Vrbi4kx92Lumi@10.20.4.15:5432/payroll
SYNC_INTERVAL=15m`],
  ['linkedin', 'en', '', `Sample .env for the open-source HR survey tool we released today:
DATABASE_URL=postgresql://survey:changeme@localhost:5432/survey
SURVEY_ADMIN_EMAIL=
Replace the password before running anything real.`],
  // Norway: a Bergen subsea-services firm, an Oslo fintech, a Trondheim salmon farmer, a Stavanger energy consultancy
  ['linkedin', 'en', 'national_id', `Payroll folks in Norway, quick one: a new hire's fødselsnummer 14038910478 was rejected by the A-melding validation last night. It passes both check digits when I compute them by hand. Anyone seen Altinn choke on a valid number?`],
  ['linkedin', 'fr', '', `Astuce d'intégration en Norvège : le fødselsnummer compte 11 chiffres dont deux chiffres de contrôle, donc une faute de frappe est presque toujours détectée. Notre formulaire RH le vérifie désormais à la saisie au lieu d'attendre le rejet de l'A-melding. Petit correctif, beaucoup moins de lundis pénibles.`],
  ['linkedin', 'fr', 'national_id', `Quelqu'un a-t-il récemment intégré une personne avec un D-nummer ? Le nôtre, 43068531277, a été attribué le mois dernier, et la caisse de retraite affirme qu'il « n'existe pas ». L'administration fiscale confirme le contraire. Trois semaines d'échanges de mails.`],
  ['linkedin', 'fr', 'iban phone', `Message d'une collègue transféré par erreur sur mon profil : « Salut ! Nouveau compte pour le salaire de décembre : NO61 9710 1143 558. Si la banque bloque, appelle-moi au +47 412 55 873. » Je supprime dès que possible.`],
  ['linkedin', 'en', '', `Our supplier-change notices will never come from a personal account, never by SMS, and never with an urgent deadline. If you receive "new bank details" for salary or invoices, call the number you already have on file, not one in the message.`],
  ['linkedin', 'fr', 'financial', `Petit aperçu pour l'équipe, puisque le comité d'entreprise ne le verra que lundi : nous proposons une hausse générale de 4,2 % pour 2027, plus une prime unique de 15 000 NOK pour tous les niveaux inférieurs à 5. Croisons les doigts.`],
  ['linkedin', 'en', '', `The Norwegian frontfag settlement this year was published at 5.2 %, and we've matched it across the board. Payslips in May will include the back pay. Details in the public agreement text if you're curious.`],
  ['linkedin', 'en', 'codename', `Recruiting update: Project Kestrel is growing. We need two more data engineers in Bergen by March, ideally with offshore telemetry experience. Referral bonus applies. Ping me for the internal job description.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the fish farm pens in Frøya this morning during the new-hire site tour. Half the group filmed it, the other half asked if it was after the salmon. Great start to the week.`],
  ['x', 'en', 'phone', `Moving desks at the Oslo office today, the reception switchboard stays the same: 22 86 40 00. Deliveries still to the loading bay on the left.`],
  ['linkedin', 'en', 'email', `If you're an intern arriving in Trondheim next summer, send your housing questions to sommerjobb@frohavet-laks.no — we have six rooms in the staff house and they go fast.`],
  ['linkedin', 'en', '', `Housing for summer interns in Trondheim: we have six rooms in the staff house, first come first served, and the form is linked from the internship page on our website. Rent is NOK 4 500 a month, published in the offer letter.`],
  ['linkedin', 'mixed', 'confidential_marker financial', `CONFIDENTIAL — Board pack, item 6 (draft)
Restructuring Stavanger office: 11 roles affected, estimated severance cost NOK 9.8 M, to be presented to the union representatives on 8 January.
J'ai collé ça dans le mauvais onglet, pardon.`],
  ['linkedin', 'en', '', `A thread on how we run layoffs humanely, after our public announcement in October that 11 roles in Stavanger would close: union first, then individuals, then the rest of the company. No group calls, no surprise calendar invites. Here's what we learned.`],
  ['linkedin', 'en', 'secret', `Our payroll integration stopped posting to the channel after the Slack migration. Webhook we have in the config: https://hooks.slack.com/services/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 — does the old workspace still need to exist for this to work?`],
  ['linkedin', 'en', '', `Slack webhook docs, for the new people-ops automation folks: the URL format is https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX and you should treat the real one like a password. Store it in the vault, never in a spreadsheet.`],
  ['linkedin', 'en', 'client_name', `Tusen takk to everyone who helped onboard our 12 new consultants this month. Seven of them start directly on the Initech engagement in Oslo, so they'll need their access cards by Friday.`],
  ['linkedin', 'en', '', `Every office has its Office Space moment. Ours: a new hire asked if the red stapler on her desk was "the one from Initech". It is now the official welcome gift.`],
  ['linkedin', 'en', '', `Open position: HR Business Partner, Oslo. Salary NOK 720 000–820 000 a year, published because pay transparency matters. Apply on Finn.no or on our careers site, we do not accept applications by email.`],
  ['linkedin', 'en', 'phone email', `Open position: HR Business Partner, Oslo. Salary NOK 720 000–820 000 a year. Questions about the role? Contact Ingrid Solberg, ingrid.solberg@vestfjord-energi.no or +47 934 81 226.`],
  ['linkedin', 'fr', '', `Mon dernier jour chez Bryggen Subsea. Dix ans de plongées, de rapports d'inspection et de réunions à 7 h. Je pars enseigner la sécurité offshore à Haugesund. Merci à tous, on se recroisera sur les quais.`],
  ['linkedin', 'en', 'internal_url', `To the new starters in Bergen: the vacation-planning spreadsheet moved. It's now at http://ferie.bryggen.local/2027 and only works on the office network or VPN.`],
  ['x', 'en', 'financial', `Can't say much yet but the offer we're sending the whole Oslo engineering team next week is a 9 % equity refresh at a 2.1 bn NOK internal valuation. Still waiting for the board's signature.`],
  ['x', 'en', '', `Our Series B is public today: NOK 420 M led by a Nordic fund, announced in DN this morning. Every employee already has options, and today they got a lot more interesting.`],
  // Finland: a Tampere analytics firm, a Helsinki game studio, an Oulu telecom supplier, a Turku pharma plant
  ['linkedin', 'en', 'national_id', `Our Finnish payroll provider asks new hires to email their henkilötunnus. I've just received one in the clear (120587-284C) from a candidate who hasn't even signed yet. We need a secure upload, today. Rant over.`],
  ['linkedin', 'en', '', `For anyone building HR forms in Finland: the henkilötunnus ends with a control character from a 31-symbol alphabet, and the often-quoted example 131052-308T is just that, an example. Validate the check character, don't hardcode the example into your tests as "real".`],
  ['linkedin', 'fr', 'national_id phone', `Note d'accueil collée telle quelle depuis notre outil, oups : « Nouvelle arrivée lundi à Oulu — Aino, henkilötunnus 250304A462F, portable 050 331 7784, badge à récupérer à l'accueil. »`],
  ['linkedin', 'en', '', `Welcome Aino, our youngest ever trainee in Oulu, joining the network test lab straight from vocational school! Badge, laptop and a very large coffee mug are waiting at reception.`],
  ['linkedin', 'en', 'iban', `Payroll question from our Tampere office (copy-pasted from the ticket): "I changed banks, please pay December to FI21 5780 4634 9807 23 instead of the old account." Does Finnish payroll need a signed form for this or is the ticket enough?`],
  ['linkedin', 'en', '', `For the trainer deck: Finnish IBANs have 18 characters. Example from our payroll course (not a real account): FI00 1234 5600 0007 85. Notice how the check digits "00" already tell you something is off.`],
  ['linkedin', 'en', 'financial', `Preliminary numbers I'm not supposed to have yet: Helsinki studio personnel costs landed at 7.4 M€ for 2026, about 0.6 M€ under budget. The CFO presents them to the board on the 17th. Proud of the team's discipline.`],
  ['linkedin', 'fr', '', `Selon Statistics Finland, le salaire mensuel médian d'un développeur tournait autour de 4 600 € l'an dernier. Nos propres grilles sont publiées sur notre page carrières et se situent au-dessus. La transparence salariale ne fait pas peur.`],
  ['linkedin', 'en', 'codename', `Big week for the Nébula squad: the new onboarding app went live for all 600 Turku plant employees. Shift workers can now sign their safety induction on a phone instead of in a binder. Kiitos, team!`],
  ['linkedin', 'fr', '', `Soirée d'accueil des stagiaires au planétarium d'Helsinki : une nébuleuse projetée au plafond, du glögg, et des questions très sérieuses sur la taille de l'univers comparée à celle de notre base de code.`],
  ['x', 'en', 'secret', `Anyone else's Workday integration user expire at midnight? Ours did. Had to reset it to Kaamos#Rovaniemi19 and now I'm afraid to touch anything else before the holidays.`],
  ['x', 'en', '', `Anyone else's Workday integration user expire at midnight? Ours did. Reset done, new password in the vault, rotation reminder set for 90 days. Holidays saved.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Phishing campaign currently targeting Nordic HR teams: fake "payroll provider" emails with a link to a look-alike login page. Share with your security contacts only.`],
  ['linkedin', 'en', '', `Our CERT team asked me to explain the traffic light protocol to the HR group. TLP:CLEAR means share freely, TLP:GREEN means within the community, and AMBER or RED mean you really should not be posting it on LinkedIn.`],
  ['linkedin', 'en', 'email', `Thank you, Helsinki! 22 people came to our first HR meetup on pay transparency. Slides are available on request: write to meetup [at] pelikuu [dot] fi and we'll send them.`],
  ['linkedin', 'mixed', 'client_name', `Onboarding de quatre devs à Tampere cette semaine. Ils rejoignent directement l'équipe qui gère le compte Hôpital Sainte-Claire, donc formation RGPD santé dès le jour 1. Heavy start, but they're brilliant.`],
  ['linkedin', 'fr', '', `Petite visite de l'équipe à Lyon pendant le séminaire : la chapelle de l'Hôpital Sainte-Claire est fermée au public, mais le quartier vaut le détour. Team-building culturel réussi.`],
  ['linkedin', 'en', 'phone', `Turku plant: new switchboard for all HR matters from Monday, +358 2 274 9100. The old extension numbers stop working at the end of the month.`],
  ['linkedin', 'en', 'financial', `Heads-up to my fellow Oulu managers before the official town hall: the 2027 training budget is cut to 180 k€ (from 310 k€). HR will announce it in February, so please don't promise anyone a conference yet.`],
  ['linkedin', 'en', '', `Our CEO explained in the public Q3 interim report that training budgets will be reduced next year. As a manager I'd rather hear it there than through rumours. Now it's our job to make every euro count.`],
  ['x', 'en', '', `Today I learned that "henkilötunnus" is one of the first Finnish words every expat learns, right after "kahvi" and "sauna". Welcome to Finland, new colleagues.`],
  // Estonia: a Tallinn fintech, a Tartu university spin-off, a Narva textile plant
  ['linkedin', 'en', 'national_id', `Reminder to managers: do NOT paste isikukood into Jira. Found this in a ticket this morning: "Please create accounts for the new QA, isikukood 38806142710, start date 6.01". Ticket deleted, account created, lesson shared.`],
  ['linkedin', 'en', '', `Estonian ID codes encode gender and century in the first digit and birth date in the next six, which is why our HR system now asks for the isikukood only once and derives the rest. Less data typed, fewer mistakes.`],
  ['linkedin', 'en', '', `Data-protection training slide, for the Tartu team: the isikukood 37605030299 you keep seeing in tutorials is the documentation example. Good for testing validators; never a reason to load real codes into a test database.`],
  ['linkedin', 'en', 'iban', `Small payroll puzzle solved: our new colleague in Narva gave us EE41 2200 2250 7536 6237, and the bank rejected the first transfer because the name on the account was in Cyrillic. Transliteration mismatch, not a wrong number.`],
  ['linkedin', 'en', 'phone', `Tallinn office moved to Rotermann! Same team, better coffee. Visitors: ring the HR desk on +372 614 7700 when you reach the building and someone will come down.`],
  ['linkedin', 'en', 'phone', `Candidates interviewing with us in Tallinn next week: if you're running late, message me on +372 5341 8826. Nobody gets rejected for a delayed tram.`],
  ['linkedin', 'en', 'secret', `Our onboarding bot finally works! For the curious, the config that made it click:
bot:
  name: tere-bot
  signing_secret: 4f9c2e81b7a64d03a5e1c9f2d8b76e10
  channel: "#new-joiners"`],
  ['linkedin', 'en', 'financial', `Thrilled: Kiirlaen's headcount plan for 2027 is 65 → 90, with a recruiting budget of €1.3M. It goes to the supervisory board on Tuesday, so you're hearing it from me first, my LinkedIn family.`],
  ['linkedin', 'fr', '', `Le salaire minimum estonien augmente l'an prochain, le gouvernement a publié le nouveau montant. Personne chez nous n'en est proche, mais c'est le bon moment pour relire chaque convention de stage.`],
  ['linkedin', 'mixed', 'confidential_marker', `EMBARGO jusqu'au 15 janvier 09:00 EET
Tartu Bio Spinout annonce l'ouverture d'un deuxième labo à Tallinn et le recrutement de 25 personnes. Press kit attached, merci de respecter l'embargo.`],
  ['linkedin', 'en', '', `We often get asked how our news embargoes work. Simple: journalists get the press kit under embargo, the public gets it at the announced time, and employees hear it in the all-hands an hour before. Today's news about our second lab is now public.`],
  ['x', 'en', 'codename', `Hiring a Tallinn-based QA lead to help ship Atlas Bleu before summer. Fintech, payments, test automation. Replies open.`],
  ['x', 'en', '', `Office cat update: Atlas has officially joined the Tartu team. Duties include sitting on the onboarding binders and ignoring the new hires.`],
  ['linkedin', 'fr', 'email', `Départ de Mari, notre responsable RH à Tallinn, après six ans. Pour la remplacer en attendant, les questions de contrat vont à hr.ee@kiirlaen.ee. Merci Mari pour tout !`],
  ['linkedin', 'fr', '', `Départ de Mari, notre responsable RH à Tallinn, après six ans. Pendant la transition, les questions de contrat passent par le portail RH. Merci Mari pour tout, et bonne route à Helsinki !`],

  // Latvia: a Riga freight company, a Liepāja shipyard, a Riga BPO
  ['linkedin', 'fr', 'national_id', `Collègues lettons : est-ce normal que le fonds de pension exige l'ancien format du personas kods sur un formulaire papier ? J'ai inscrit 150788-12052 et on m'a répondu qu'ils allaient « le vérifier à la main ». En 2026.`],
  ['linkedin', 'en', '', `Fun fact for international hires in Riga: new Latvian personal codes issued since 2017 start with 32 and no longer reveal your birth date. The HR system had to be updated to stop "calculating" people's ages from them.`],
  ['linkedin', 'en', 'iban', `Paste accident from the finance chat, ignore: "Supplier notice: from 1 January our bank account changes to LV80 UNLA 5365 8146 4023 5, please update the vendor master before the December run."`],
  ['linkedin', 'en', '', `Supplier notice: from 1 January our bank account changes. Customers and partners will receive the new details by registered letter signed by our CFO, never by email alone. If someone sends you an IBAN "from us" on WhatsApp, it's fraud.`],
  ['linkedin', 'en', 'phone', `Riga team: the payroll helpdesk number changes on Monday to 67 208 331. Same people, same hours, fewer transfers.`],
  ['linkedin', 'en', 'client_name', `Welcome to the 18 agents who joined our Riga service centre this week! After training they'll handle the Société Générique back-office queue in French and English. Bienvenue et sveiki!`],
  ['linkedin', 'en', '', `Welcome to the 18 agents who joined our Riga service centre this week! After two weeks of training they'll handle banking back-office queues in French, English and Latvian. Bienvenue et sveiki!`],
  ['linkedin', 'fr', 'financial', `Nos prévisions de recrutement 2027 pour Liepāja (pas encore présentées au syndicat) : 40 soudeurs et 12 techniciens, masse salariale additionnelle estimée à 1,9 M€. Si vous connaissez des soudeurs, envoyez-les-moi.`],
  ['linkedin', 'fr', '', `Le chantier naval de Liepāja recrute 40 soudeurs, annonce publiée ce matin avec une fourchette de 1 600 à 2 100 € net par mois. Hébergement possible la première année.`],
  ['x', 'en', 'confidential_marker', `Classification: Internal
Riga HR all-hands moved to Thursday 14:00, room Daugava. Agenda: new shift patterns, holiday rota, Q&A.`],
  ['linkedin', 'en', 'internal_url', `If you're a new Riga hire and can't log into the training platform, use the office-only mirror at https://lms.riga.corp/courses until IT fixes SSO.`],

  // Lithuania: a Vilnius game studio, a Kaunas shared-services centre, a Klaipėda port operator
  ['linkedin', 'en', 'national_id', `Honest question: why does our Kaunas landlord need my asmens kodas 38607190445 on the lease? HR says the company flat contract doesn't require it. Posting so other relocated colleagues know to push back.`],
  ['linkedin', 'en', 'phone', `Neris Games is hiring QA testers in Vilnius! Walk-in interviews Saturday 10–14, or call our recruiter Rūta on +370 612 48 390 to book a slot.`],
  ['linkedin', 'en', '', `Neris Games is hiring QA testers in Vilnius! Walk-in interviews Saturday 10–14 at our studio on Gedimino prospektas. Pay range 1 400–1 800 € gross, published in the ad.`],
  ['linkedin', 'en', 'iban national_id', `Paid the wrong person this month, HR nightmare. For the record, the onboarding sheet said: Jurgita P., asmens kodas 49112051180, account LT44 4010 0321 9556 7091. Turns out there are two Jurgita P. in the Kaunas office. Fixing it now.`],
  ['linkedin', 'fr', 'codename', `On recrute à Klaipėda pour le programme Orion : trois ingénieurs automatisation portuaire, démarrage en mars. Le projet n'est pas encore officiel côté client donc je reste vague, mais écrivez-moi.`],
  ['linkedin', 'fr', '', `Nuit d'observation avec l'équipe à Nida : Orion, les Pléiades et même un satellite qui passe. Meilleur afterwork de l'année, et personne n'a parlé de tableurs.`],
  ['x', 'en', 'financial', `Kaunas shared-services centre will close FY2026 at a 14 % margin vs 9 % planned, but the group won't publish until March. I'm bursting with pride, hence this cryptic tweet.`],
  ['x', 'en', '', `Our parent group published FY results this morning: the Kaunas shared-services centre delivered a 14 % margin. Proud to have built the HR team there from 3 to 40 people.`],
  ['linkedin', 'en', 'email', `Goodbye, Klaipėda! After four years of port shifts, storms and excellent kibinai I'm moving to Gdańsk. Colleagues and partners: reach me at tomas.vaitkus@proton.me from next month.`],
  // Poland: a Kraków data consultancy, a Gdańsk shipyard, a Wrocław BPO, a Warsaw HR-tech start-up, a Poznań logistics hub
  ['linkedin', 'en', 'national_id', `Candidates, please stop putting your PESEL on your CV. Today I received one with 87051403563 right under the photo. We don't need it until you sign, and then only through the secure HR form.`],
  ['linkedin', 'en', '', `Candidates in Poland: please stop putting your PESEL on your CV. We don't need it until you sign a contract, and then only through the secure HR form. Your CV should tell us what you do, not where the tax office can find you.`],
  ['linkedin', 'en', '', `Training tip for HR admins: the PESEL 44051401359 that appears in every Polish validation tutorial is a documented example. Use it in unit tests, and if you see it in a real contract, somebody copied the tutorial.`],
  ['linkedin', 'en', '', `Caught a typo before the payroll run: someone keyed in 87051403567 for a new starter and our validator flagged it, the last digit doesn't match the PESEL checksum. Two minutes of checking saved a rejected ZUS filing.`],
  ['linkedin', 'fr', 'national_id iban', `Coller le mauvais texte dans LinkedIn, niveau expert : « Dane do umowy — Katarzyna W., PESEL 92112308426, konto PL96 1050 9438 2212 8647 1895 6253, start 02.01. » Je retire le post tout de suite.`],
  ['linkedin', 'fr', 'phone', `Journée portes ouvertes du chantier naval de Gdańsk pour les futurs apprentis samedi ! Les parents sont les bienvenus. Une question ? Notre coordinatrice de l'apprentissage répond au +48 601 234 887 jusqu'à 16 h.`],
  ['linkedin', 'en', 'phone', `Wrocław service centre: we have a toll-free line for candidates who want to know more before applying, 800 112 334, Monday to Friday 9–17.`],
  ['linkedin', 'en', 'financial', `Just finished modelling next year's salary review for our Warsaw team: 6.5 % average increase, total cost PLN 2.3 M. The management board sees it on Friday and the team hears it in January, but I'm so happy with how fair it came out.`],
  ['linkedin', 'en', '', `Poland's minimum wage for next year was published in the official gazette this autumn. If you run payroll for interns and apprentices, update your contract templates now, not on 2 January.`],
  ['linkedin', 'fr', '', `Offre d'emploi : Senior Recruiter à Cracovie. 14 000 à 18 000 PLN brut par mois en contrat de travail (UoP), ou 16 000 à 21 000 PLN net en B2B. Les deux fourchettes sont publiques et négociables à l'intérieur. Candidature via le formulaire du site.`],
  ['linkedin', 'en', 'email', `Job ad: Senior Recruiter, Kraków. 14 000–18 000 PLN gross/month (UoP). Send your CV to rekrutacja@waweldata.pl with the subject "Senior Recruiter" and add the GDPR consent clause, please.`],
  ['linkedin', 'en', 'client_name', `Week one for our new Poznań warehouse supervisors: safety training, forklift certificates, and a full day at the Globex distribution site they'll run from February. Proud of this crew.`],
  ['linkedin', 'mixed', 'secret', `Onboarding script for the Poznań hub, première version — merci pour les retours :
1) log into the scanner app with user magazyn-new / Poznan#Lipiec24
2) change password at first login
3) shadow a senior for two shifts`],
  ['linkedin', 'mixed', '', `Onboarding script for the Poznań hub, première version — merci pour les retours :
1) collect your personal scanner login from the shift lead
2) change the temporary password at first login
3) shadow a senior for two shifts`],
  ['linkedin', 'en', 'confidential_marker', `SOUS NDA — do not forward
Shortlist for the Head of People role: 3 candidates, final interviews 9–10 January in Warsaw. Panel: CEO, CFO, me.`],
  ['linkedin', 'en', '', `We sign NDAs with every candidate for executive roles. Not because we're secretive, but because they often tell us things about their current employer that they shouldn't have to repeat. Confidentiality goes both ways.`],
  ['x', 'en', 'codename', `Kraków team is hiring two more backend devs for Project Kestrel. Python, Kafka, a lot of payroll logic. DMs open.`],
  ['x', 'en', '', `Kestrels nest on the roof of our Kraków office every spring and the ornithology society just put a camera on them. Best onboarding perk: live bird TV in the kitchen.`],
  ['linkedin', 'en', 'internal_url', `Managers in Warsaw: the new performance-review form is live at https://perf.corp.acme.com/2027/warszawa, deadline 31 January. If you can't see your team, let me know.`],
  ['linkedin', 'en', 'card', `Team, just send your dinner receipt to me and I'll book it: company card 5505 2177 4333 2594, name on card K. Nowak. Accidentally shared this in the wrong channel, deleting.`],
  ['linkedin', 'en', '', `Expense tip for new hires: pay team dinners with the company card, photograph the receipt, and submit in the app within 30 days. If your card is lost, freeze it in the bank app and tell finance the same day.`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle à partager en avant-première avec mon équipe avant l'annonce officielle : la prime de fin d'année sera de 1,5 mois de salaire pour tout le site de Gdańsk. Le comité l'a validée ce matin, la com' interne part lundi.`],
  ['linkedin', 'fr', '', `La prime de fin d'année de 1,5 mois de salaire, annoncée hier à tout le site de Gdańsk, sera versée avec la paie de décembre. Merci à tous pour une année record.`],
  ['x', 'en', '', `PLN salary ranges in our Warsaw job ads went up 8 % after we published them. Candidates stopped asking, recruiters stopped guessing, time to hire dropped by 11 days.`],
  ['linkedin', 'en', 'phone email', `Pasted into LinkedIn instead of the team chat, classic Monday:
"New hire, Wrocław, starts 13.01 — Paweł Zieliński, pawel.zielinski@gmail.com, tel. 512 903 418. Laptop and badge please."`],
  ['linkedin', 'en', 'secret', `To whoever set up the candidate-survey integration: the token is still in the shared spreadsheet, row 4. Rotate it. It's rk_live_q7Lm2PzX9vB4cN8dT1wR6yHs, don't pretend you didn't see this.`],
  ['linkedin', 'en', '', `Example config for the candidate-survey integration, from the vendor's docs: API_TOKEN=sk_test_XXXXXXXXXXXXXXXX. Replace it with the live token from the vault, and never commit the live one.`],

  // Czechia: a Brno robotics firm, an Ostrava steelworks, a Prague fintech, a Plzeň brewery
  ['linkedin', 'en', 'national_id', `Czech payroll folks: the health insurer rejected our registration for a new colleague, rodné číslo 885203/0869. It's divisible by 11, the month has the +50 for women, everything looks right. Is their system down again?`],
  ['linkedin', 'en', '', `Why Czech birth numbers need care in HR systems: women's month is shifted by 50, and since 2004 a shifted-by-20 variant exists when numbers run out. We had a validator reject real employees for a year before we noticed.`],
  ['linkedin', 'fr', '', `Masqué exprès pour la diapositive de formation : rodné číslo 885203/****. La caisse d'assurance maladie, le fisc et la paie voient le numéro complet. Votre chat Teams n'en a pas besoin.`],
  ['linkedin', 'fr', 'national_id phone', `Fiche de transfert collée par erreur, je supprime : « Nouveau technicien Ostrava — Petr K., rodné číslo 790614/0814, mobile +420 731 482 915, démarre lundi, équipe de nuit. »`],
  ['linkedin', 'en', 'iban', `Payroll update for the Plzeň brewery team: from January, salaries come from our new account CZ43 0100 0000 0026 6935 1610. Nothing to do on your side, just don't be surprised by the sender name.`],
  ['linkedin', 'en', '', `Payroll update for the Plzeň brewery team: from January, salaries come from our new bank. Nothing to do on your side, and if anyone emails asking for your account details "to update the transfer", it's not us.`],
  ['linkedin', 'en', '', `Czech IBAN example for the payroll training: CZ65 0800 0000 1920 0014 5399 is the specimen from the bank's own documentation. Use it for demos, never a colleague's real account.`],
  ['linkedin', 'en', 'phone', `Brno reception moved to building B. To let a candidate in, call 543 211 870 and the guard will open the gate.`],
  ['linkedin', 'en', 'codename client_name', `Kick-off in Prague: our Atlas Bleu team welcomed four new analysts who will work on the Initech migration from day one. Huge thanks to the onboarding crew for getting laptops ready in 48 hours.`],
  ['linkedin', 'fr', '', `Cadeau de bienvenue pour nos nouveaux collègues de Prague : un cèdre de l'Atlas bleu en pot pour chaque bureau. Dans dix ans on aura une forêt dans l'open space.`],
  ['linkedin', 'fr', 'financial', `Chiffres provisoires, à ne pas diffuser avant l'assemblée des actionnaires : l'aciérie d'Ostrava prévoit une masse salariale 2027 de 1,42 Md CZK, en hausse de 6 %, avec 80 nouveaux apprentis. Les syndicats la découvriront le 20.`],
  ['linkedin', 'en', '', `The Ostrava works publishes its wage agreement with the unions every year. This year's, signed in November and public on our website: +6 % for all grades from January, plus 80 apprentice places. A good deal for everybody.`],
  ['linkedin', 'mixed', 'confidential_marker', `INTERNE
Plan de succession Prague, version 3 — les noms des successeurs potentiels sont dans l'annexe. Feedback avant vendredi please.`],
  ['linkedin', 'mixed', '', `Plan de succession : on en parle trop peu. Chez nous, chaque manager identifie deux successeurs potentiels et en discute avec eux, ouvertement. No secret lists, no surprises.`],
  ['x', 'en', 'internal_url', `Prague colleagues, the VPN-only salary-slip archive is at 192.168.40.12/vyplatnice for the next two weeks while the portal is migrated.`],
  ['linkedin', 'en', 'secret internal_url', `Pasting the broken bit so someone can help:
SMTP_HOST=mail.brno-robotics.internal
SMTP_USER=hr-notify
SMTP_PASS=Spilberk!Vlak2027
Our onboarding emails stopped going out on Friday.`],
  ['linkedin', 'en', '', `Our onboarding emails stopped going out on Friday. The SMTP password had expired on the service account, and nobody owned the rotation. It now has an owner, a calendar reminder and a runbook. Postmortem in the comments.`],
  ['linkedin', 'en', 'email', `Goodbye Plzeň! After eight years in the brewery's HR team I'm off to Vienna. For anything pending, my colleague Jana takes over: jana.novakova@plzenpivovar.cz.`],
  // Customer and candidate replies (comments), polls, threads, tables, changelogs across the eight countries
  ['linkedin', 'en', 'phone', `Hi Marta, sorry your onboarding pack arrived late! Our Kraków people team will sort it out today, call them directly on +48 12 397 55 40 and mention this comment.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Marta, sorry your onboarding pack arrived late! I've passed this to our Kraków people team and they'll contact you today through the candidate portal.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Thanks for the kind words, Lauri! If you want the full salary-band table we mentioned, drop a line to careers@kuusianalytics.fi and we'll send the PDF.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for the kind words, Lauri! The full salary-band table is on our careers page under "How we pay", updated every January.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour Sofia, la candidature spontanée est possible ! Envoyez votre CV à talents @ neris-games . lt en précisant la ville souhaitée.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Sofia, la candidature spontanée est possible, via le formulaire de notre site carrière. Précisez simplement la ville souhaitée, Vilnius ou Kaunas.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Great question, Erik. I can't give the exact figure before the announcement, but between us the 2027 bonus pool is SEK 6 M, roughly double this year. Official news after the board meeting on the 22nd.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question, Erik. The bonus pool was published in our annual report: SEK 3 M for 2025, shared by all permanent staff. The 2026 figure will be in next year's report.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `@Juha don't worry, I checked your henkilötunnus 081176-1394 with the payroll provider and it's registered correctly now. Your December salary will go out on time.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `@Liisa don't worry, I checked with the payroll provider and your registration is fixed now. Your December salary will go out on time.`, { surface: 'comment' }],
  ['x', 'en', '', `Poll for HR people in the Nordics and Baltics: how long does your onboarding last?
🅰 1 week
🅱 1 month
🅲 3 months
🅳 we call it "probation" and hope for the best`],
  ['x', 'en', '', `Poll: would you accept a job ad without a salary range?
Yes / No / Only for a very cool company / I already don't read those`],
  ['x', 'en', 'financial', `Thread 1/3: we're about to tell our 230 employees that the 2027 raise pool is 4.8 % instead of the 3 % everyone expects. I get to send the email Monday.`],
  ['x', 'en', '', `Thread 2/3: how we decide raises. Market data from public surveys, internal fairness checks by gender and country, and a calibration session where every manager has to defend every number.`],
  ['x', 'en', '', `Thread 3/3: and yes, we publish our bands. If you want to see the framework, it's on our blog. Questions welcome in the replies.`],
  ['linkedin', 'en', 'financial', `Pasted meeting notes (People leadership, 9 Dec):
| Item | Decision | Owner |
| Merit budget 2027 | 3.6 % (CFO ok, not yet communicated) | Anna |
| Sign-on bonus cap | EUR 8 000 | Mikko |
| Relocation package | unchanged | Anna |
Next: comms plan for January.`],
  ['linkedin', 'en', '', `How we run our people leadership meetings, in a table:
| Item | Time | Owner |
| Hiring pipeline | 15 min | TA lead |
| Attrition | 10 min | People analytics |
| Open issues | 20 min | everyone |
No slides allowed. Decisions in the notes, notes in the wiki.`],
  ['linkedin', 'en', 'internal_url', `Changelog — HR portal v4.2 (shipped today)
- payslips downloadable as PDF
- sick leave form now in Polish, Czech and Lithuanian
- staging: https://hrportal-staging.acme-corp.net for testers
Thanks to everyone who filed bugs.`],
  ['linkedin', 'en', '', `Why we chose acme.com's HR module for our Baltic entities: clean data model, decent API, and their public docs actually match the product. Not sponsored, just a happy customer.`],
  ['linkedin', 'en', 'secret', `Post-mortem, payroll export outage (Dec 4):
- cause: expired API credential for the bank file upload
- fix: new key Xb7#pQ2v-Lahti-9mWz issued and deployed at 14:10
- follow-up: move credential to vault
Thanks to the night shift.`],
  ['linkedin', 'en', '', `Post-mortem, payroll export outage (Dec 4):
- cause: expired API credential for the bank file upload
- fix: credential rotated and deployed at 14:10, stored in the vault
- follow-up: alert 14 days before expiry
No salaries were late. Thanks to the night shift.`],
  ['linkedin', 'en', '', `Security awareness reminder: a password like "Summer2026!" is the first thing attackers try. Use a passphrase, use the password manager, and never reuse your payroll login anywhere else.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — recipients only
Attempted CEO-fraud against our Wrocław payroll team yesterday: a deepfaked voice asked for an urgent bonus transfer. Details of the attacker's infrastructure in the attached report.`],
  ['linkedin', 'en', '', `We just ran a deepfake-voice fraud drill with our payroll team: someone "from the CEO's office" called asking for an urgent transfer. Everyone hung up and called back on the known number. Proud of them.`],
  ['x', 'en', '', `Just watched "Top Secret!" with the new interns as part of the culture evening. Val Kilmer, cows in boots, zero HR policies respected. 10/10.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Confidentiel RH
Compte rendu de l'entretien de départ de notre responsable paie de Riga. Motifs principaux : charge de travail, manque de reconnaissance. Plan d'action en préparation.`],
  ['linkedin', 'fr', '', `Ce que nos entretiens de départ nous ont appris cette année, en résumé anonyme : la charge de travail et le manque de reconnaissance reviennent le plus souvent. On a déjà changé deux choses, je vous raconte.`],
  ['linkedin', 'en', 'phone', `Lost and found at the Vilnius office party: a blue scarf, two phones and a very nice umbrella. Claim them from facilities on (8 5) 249 3317, ext. 2.`],
  ['linkedin', 'en', 'client_name', `Our new account managers in Tallinn spent their first week shadowing the Hôpital Sainte-Claire implementation team. Healthcare projects are the best onboarding: everyone learns to write things down.`],
  ['linkedin', 'mixed', 'financial', `Nos chiffres de recrutement pour la présentation au conseil de surveillance de jeudi (don't share yet): coût moyen par embauche 4 200 €, 37 recrutements prévus en 2027 pour un budget de 155 k€.`],
  ['linkedin', 'mixed', '', `Cost per hire, vu dans le benchmark public de l'association RH estonienne : 3 900 € en moyenne dans la tech. Utile pour challenger vos propres chiffres, surtout si vous payez encore des cabinets.`],
  ['linkedin', 'en', '', `Teaching example from today's payroll workshop in Riga: gross salary 2 000 €, employee social tax 10.5 %, personal income tax at the published rate. The trainees then recomputed their own payslips, which was humbling for some.`],
  ['linkedin', 'en', 'financial', `Budget we got approved for the Malmö design team next year, not shared with the team yet because I want to tell them in person on Friday: SEK 4.1 M for three senior hires, sign-on bonuses included. Recruiters, get ready.`],
  ['linkedin', 'en', '', `Negotiation advice I give every candidate: know the published band, know your number, and ask. The worst answer is no. The best is the top of the band.`],
  ['linkedin', 'en', 'codename', `Three months in and our internal talent marketplace (codename Nébula) already matched 41 people to short-term projects across six countries. Next: opening it to the Czech plants.`],
  ['linkedin', 'en', 'card', `Who put the team-event booking in the public calendar? "Paid by Amex 3743 682665 02524, ref Tartu-summer". Removed now, card cancelled by finance. Check your invites before sharing.`],
  ['linkedin', 'en', 'iban', `Finance asked me to post the new salary-advance return account for the Helsinki team because the email bounced: FI35 8000 6393 0012 50. Please use reference 2027-ADV.`],
  ['linkedin', 'en', '', `Our payroll department will never post bank accounts on social media. If you see a post asking you to "return a salary advance" to an IBAN, report it. It happened to a colleague at another company last week.`],
  ['linkedin', 'en', 'national_id', `Employment certificate template, filled in and posted here by accident, apologies: "This is to certify that Anders Lindqvist, personnummer 921130-4572, has been employed as HR Generalist since 1 March 2022."`],
  ['linkedin', 'en', '', `Employment certificate template we give to every leaver: name, role, start and end dates, a line about their main responsibilities, signature. No ID numbers, no salary unless they ask.`],
  // More look-alikes and positives of every category
  ['linkedin', 'en', '', `Testing our new expense tool with the usual test card 4242 4242 4242 4242 and a fake CVC. If finance sees 30 dinners at "Test Restaurant Oy" this week, that was us, sorry.`],
  ['linkedin', 'en', '', `From our developer onboarding guide: AWS credentials in examples look like AKIAIOSFODNN7EXAMPLE. If you see a key that does NOT end in EXAMPLE in a doc, a ticket or a chat, tell security right away.`],
  ['linkedin', 'en', '', `Trainee exercise: spot what's wrong with this IBAN, SE70 6000 7536 6233 9478 2503. (Answer: the check digits don't match, a transfer would be rejected before it leaves the bank.)`],
  ['linkedin', 'en', '', `Employee numbers in our new HR system are 8 digits, e.g. 20270143. They're not personal data on their own, but please still don't use them as Wi-Fi passwords. Yes, someone did.`],
  ['linkedin', 'en', 'phone', `Stockholm HQ reception for visiting candidates: 08-21 43 90, open 8–17. Please tell them which interviewer you're meeting.`],
  ['linkedin', 'en', 'phone', `Night-shift supervisors in Helsinki: the on-call HR number for incidents outside office hours is 09 4289 3300. Use it, that's what it's for.`],
  ['linkedin', 'en', '', `Night-shift supervisors in Helsinki: for incidents outside office hours, use the on-call button in the HR app, it reaches whoever is on duty. For anything life-threatening, call 112 first.`],
  ['linkedin', 'fr', 'phone', `Astreinte RH de Prague pour les fêtes : numéro vert 800 155 300, du 23 décembre au 2 janvier. Bonnes fêtes à tous les collègues d'équipe de nuit !`],
  ['x', 'en', 'phone', `Kaunas colleagues: IT helpdesk is swamped, for payroll login issues call Simona directly on 8 612 48390 until Friday.`],
  ['x', 'en', 'phone', `Interview reminder for tomorrow in Riga, if anything comes up text me on +371 2941 6608. See you at 10!`],
  ['linkedin', 'fr', 'financial', `La période de silence commence lundi, alors je le dis maintenant, pour mon équipe seulement, dans un post qu'elle comprendra : plan de recrutement dépassé de 30 % et chiffre d'affaires du T4 à 18,6 M€, au-dessus des objectifs. Les résultats sortent le 5 février.`],
  ['linkedin', 'fr', '', `Résultats du T4 publiés aujourd'hui : 18,6 M€ de chiffre d'affaires, au-dessus des objectifs annoncés, et 64 nouveaux collègues recrutés entre Tallinn, Riga et Vilnius. Merci à tous ceux qui ont fait passer des entretiens, accueilli et accompagné.`],
  ['linkedin', 'en', 'financial', `Our bid for the Baltic rail operator's HR outsourcing tender goes in on Friday: €2.35M over three years, 11 FTE on site. If we win, I'm hiring all of them in Riga. Fingers crossed.`],
  ['linkedin', 'en', '', `The Baltic rail operator published the winner of its HR outsourcing tender: a competitor at €2.1M over three years. Congrats to them, and we learned a lot writing our bid.`],
  ['linkedin', 'en', 'financial', `What our new price list for the payroll-as-a-service offer will look like from March (customers get the letter in February): €9.40 per payslip instead of €7.90. Sales team, start preparing the conversations.`],
  ['linkedin', 'en', '', `Our public price list for payroll-as-a-service: €7.90 per payslip, minimum 50 employees, no setup fee. Published on the website since 2024 and unchanged this year.`],
  ['linkedin', 'mixed', 'financial', `Valorisation interne retenue pour le prochain plan d'options (pas encore communiquée aux salariés) : 38 M€ pre-money. The option letters go out in March.`],
  ['linkedin', 'mixed', '', `Employee options expliquées simplement : strike price, vesting de 4 ans avec une cliff d'un an, et la valeur dépend de la prochaine levée. Atelier ouvert à tous jeudi, slides sur le wiki.`],
  ['linkedin', 'en', 'secret', `My Wi-Fi at the Gdańsk office keeps dropping, anyone else? Network GDN-Staff, I typed Stocznia_2026!morze exactly as on the card, still nothing after lunch.`],
  ['linkedin', 'en', 'internal_url', `Wiki page for new managers, please read before your first 1:1s: http://wiki.people.acme-corp.net/managers/first-90-days`],
  ['linkedin', 'en', '', `Reading list for new managers, all public: "The Making of a Manager", "Radical Candor", and the free guide on our blog at acme-people.com/first-90-days. Start with the last one, it's the shortest.`],
  ['linkedin', 'fr', 'internal_url', `Équipe de Brno : tant que le problème DNS n'est pas réglé, l'outil de planning des équipes est accessible sur http://10.8.2.31:8080/planovani. Ajoutez-le à vos favoris.`],
  ['linkedin', 'en', 'internal_url', `Onboarding feedback survey results for Q4 are on https://intranet.waweldata.pl/hr/survey-q4, have a look before the retro.`],
  ['x', 'en', '', `Our intranet redesign is live in all eight countries. Most-clicked page in the first hour: the lunch menu. Second: holiday calendar. Third: how to change your password.`],
  ['linkedin', 'en', 'national_id', `Helping a new colleague open a bank account in Vilnius, and the bank wants her Estonian isikukood 49202110367 on a form written in Lithuanian. Baltic bureaucracy, beautiful in its own way.`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for Trondheim seasonal workers (internal copy, wrong window):
- Name: Solveig H.
- Fødselsnummer: 23059143697
- Start: 5 May, harvest line 2`],
  ['linkedin', 'en', 'national_id', `Polish payroll quirk: a colleague born in 2002 has a PESEL starting 0226 because of the month offset. Ours is 02261509283 and the old HR system thought she was born in 1902. Fixed now, but wow.`],
  ['linkedin', 'en', 'email', `New hires at the Ostrava works: your first payslip questions go to mzdy@ostrava-ocel.cz, not to your line manager. We answer within two working days.`],
  ['linkedin', 'en', 'codename', `Quick org announcement: Katrin takes over the Orion programme's people-change workstream from January, while Jānis moves to lead recruiting for Riga. Both brilliant, both promoted. 🎉`],
  ['linkedin', 'en', 'client_name', `Proud to share that our Warsaw payroll team just onboarded its largest customer, Globex, 4 200 employees across Poland, without a single failed payment on the first run.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] People update — Vilnius
Ieva is on parental leave from 1 February. Interim team lead: Darius. Please route approvals accordingly.`],
  ['linkedin', 'en', '', `Our Vilnius team is growing, and so is our parental leave policy: from next year, 16 weeks fully paid for every parent, whatever the family setup. Proud to work here.`],
  // Late additions: cards, a shared password and a supplier notice, in French
  ['linkedin', 'fr', 'card', `Message vocal retranscrit et collé ici par erreur : « Tu peux réserver les billets de train des stagiaires de Poznań sur la carte du service ? 2221 5647 5158 8298, expiration 04/29. Merci ! »`],
  ['linkedin', 'fr', 'card', `Relocalisation de notre nouvelle recrue de Brno : j'ai avancé le dépôt de garantie de l'appartement avec la carte 6011 6380 3691 6147, est-ce que la compta peut me rembourser avant Noël ? (Oui, je sais, pas ici. Post retiré dans cinq minutes.)`],
  ['linkedin', 'fr', 'secret', `Pour les nouvelles recruteuses de Tallinn, le compte partagé du job board en attendant vos licences : identifiant talent-ee, mot de passe Tallinn-Talent#44. On change ça dès le 15.`],
  ['linkedin', 'fr', 'iban', `Avis fournisseur (notre prestataire de tickets-restaurant à Prague) : à compter du 1er février, merci de régler les factures sur le compte CZ37 0800 0000 1908 7548 2022. L'ancien compte sera clôturé.`],
  ['linkedin', 'fr', '', `Avis fournisseur : notre prestataire de tickets-restaurant à Prague change de banque au 1er février. Les nouvelles coordonnées arriveront par courrier signé, jamais par un simple e-mail. Au moindre doute, appelez votre contact habituel.`],
]);
