import { rows } from './corpus-types';

/**
 * Held-out set "fresh56": written 2026-12-04 (evening, UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts (only `tsc --noEmit`).
 * `npx tsx scripts/score-checks.ts --only fresh56`.
 * First scored 2026-12-04 21:02 UTC on the rules of dc6e0a5 (the findings of ba23dba), before any fix from it:
 * confidentiality macro F1 0.950, 13.1 % of clean posts flagged (14 of 107);
 * financial 0.795, card 0.889, internal_url, codename and client_name 0.952, national_id and confidential_marker 0.957, the others 1.000.
 *
 * Authors: start-up founders and early employees in the US, the UK and France, posting on X and LinkedIn in English,
 * French and franglais: a San Francisco treasury fintech, a Brooklyn last-mile logistics start-up, an Austin devtools
 * company, a New York AI start-up, a London health-records start-up, a Bristol health start-up, a Manchester hardware
 * and delivery start-up, a Paris payments app, a Paris HR-software firm, a Nantes edtech, a Lyon data start-up, a
 * Bordeaux foodtech and a Lille climate start-up. Focus: fundraising and build-in-public. Forms: monthly MRR and runway
 * posts, a hiring thread on X (three posts) and a fundraising-lessons thread (three posts), job ads with published
 * salary ranges, demo-day recaps and pitches, investor-update and board-deck excerpts pasted by mistake, term-sheet and
 * acquisition-offer leaks, an embargoed press release, a data-room index, stack and tooling tips with config snippets
 * (.env files, Stripe, Slack and Discord webhooks, Redis, Postgres, Twilio, Docker Compose, GitHub Actions, wrangler,
 * 1Password references), pasted chat messages, payroll and onboarding notes, supplier and bank-detail notices, wire
 * instructions for angels, customer replies (surface 'comment'), a poll, a changelog, a post-mortem, goodbyes, a
 * live-post from a trade show and fraud warnings.
 *
 * Financial positives: the company's own figures with a sign they are not public yet, said many ways: a term sheet
 * "announcement isn't until late January", an investor update for the investor list only, a board-approved budget
 * "announced Monday, motus", a price rise before the customer email, an acquisition offer nobody knows about, a board
 * pack not circulated, ARR "can't announce for three weeks", an embargoed Series A and post-money valuation, a sealed
 * public-sector bid and a tender offer before the envelopes are opened, a 409A strike before candidates are told, a
 * steering-committee forecast "à ne pas diffuser", a verbal pre-money, a bridge SAFE cap "keep this to yourselves", an
 * enterprise floor price before the pricing page changes, a renewal value before the joint press release, an EMI
 * pre-money, an [INTERNAL] forecast, an acquirer counter-offer meant as a DM, a salary-band budget, a quote sent to a
 * client, a Kickstarter goal before launch, a project budget, a turnover figure "pas encore annoncé à l'équipe" and a
 * seed amount in a draft to be sent after closing. Look-alikes, all clean: MRR, churn and runway published on purpose
 * (#buildinpublic, open dashboards, a public investor letter), announced rounds, grants and loans, accounts filed at
 * Companies House, an impact report, public pricing and a price rise customers were already told about, demo-day
 * numbers presented on stage and published decks, job ads and published salary bands, other companies' figures (Figma,
 * Theranos, Mistral, a congratulated founder's raise), a personal car sale, teaching examples (runway maths, LTV:CAC, a
 * BSA AIR conversion) and a lost-customer share of MRR.
 *
 * Conventions: every written email address is `email`, role mailboxes (jobs@, press@, billing@, recrutement@) and
 * obfuscated forms ("[at] [dot]", "(at) (point)", "name @ domain") included; X handles, an npm scope, TypeScript
 * decorators and "my first name at our domain" are clean. Every written phone number is `phone` (US, UK freephone and
 * mobile, French switchboard, mobile and numéro vert, German, Irish and Canadian numbers, a Twilio sending number); 112,
 * 15 and 911, dates, times, booth and order numbers are clean. `confidential_marker` only for explicit labels
 * (CONFIDENTIAL, [INTERNAL], [CONFIDENTIEL], SOUS NDA, EMBARGO jusqu'au…, TLP:AMBER, Classification : Interne,
 * INTERNE – NE PAS DIFFUSER, STRICTLY PRIVATE & CONFIDENTIAL, Privileged & Confidential); advice about stamping decks
 * "CONFIDENTIAL", NDAs and embargoes, TLP:CLEAR, a film title and "between us" / "entre nous" are not. `secret` for a
 * Postgres and a Redis URL's credentials, a Resend, a Stripe live, an OpenAI, a SendGrid and a GitHub token, Slack and
 * Discord webhooks with their token, a Twilio auth token, a JWT signing secret, a bearer token, basic-auth credentials in
 * a URL, an admin password and two Wi-Fi passwords; placeholders (<password>, sk_test_XXXX, changeme), AWS's EXAMPLE
 * keys, `${{ secrets.NPM_TOKEN }}`, 1Password op:// references, a masked live key, a commit SHA and a release checksum
 * are clean. `internal_url` for the policy's domains (wiki.corp.acme.com, grafana.acme-corp.net), an intranet. host,
 * private IPs (10.x, 192.168.x) and .internal, .corp and .local hosts; a public status page, public DNS resolvers and
 * version numbers are clean. Every IBAN, card and national id positive was computed with a throwaway script outside the
 * repo: mod-97 IBANs for FR (with the RIB key), GB, DE, ES (both control digits), BE (account mod 97), NL (11-test
 * account), IE, PT (NIB check), LU and CH; Luhn for Visa, Mastercard (5- and 2-series), Amex and Discover; the key of
 * French NIRs, the Spanish DNI and NIE letters, the Belgian national register number, the Dutch BSN 11-test, the
 * Canadian SIN (Luhn) and the Irish PPSN (with the A suffix); UK NINO and US SSN by format. Look-alikes: the GB82 WEST
 * documentation IBAN, a scam IBAN with bad check digits (GB and FR), a masked IBAN, Stripe's 4242 and 4000…0002 test
 * cards, a Luhn-failing order number, a "Visa ending 4213", HMRC's QQ NINO, the 1938 wallet-card SSN, an all-nines NIR
 * format, a NIR with a wrong key and a company SIREN. Codenames and clients appear in their project and customer sense
 * and in ordinary senses (the Orion constellation and nebula, a meeting room named Orion, a kestrel, a cat called Atlas,
 * a blue school atlas, MongoDB Atlas, the Nebula streaming service, the Simpsons' Globex, Office Space's Initech,
 * Société Générale the bank, a chapelle Sainte-Claire).
 *
 * Counts: 237 posts (157 EN, 70 FR, 10 mixed; 144 on LinkedIn, 93 on X; 10 comments): 107 clean,
 * 130 with one or more findings. Labels: financial 36, phone 16, internal_url 10, email 12, iban 11, card 5,
 * secret 17, national_id 12, confidential_marker 11, codename 10, client_name 10.
 */
export const FRESH56_POSTS = rows('fresh56', [
  ['x', 'en', '', "Month 14 of building in public.\nMRR: $25,310 (+6.2%)\nChurn: 3.1%\nRunway: 16 months\nTeam: 4\nFebruary was -8%, so don't let the line-go-up posts fool you. #buildinpublic"],
  ['x', 'en', 'financial', "ok who else is staring at a term sheet at 1am. $4.5M at $22M post, 1x non-participating, one board seat. can't say who the lead is and the announcement isn't until late January, but I had to tell someone"],
  ['linkedin', 'en', 'financial confidential_marker', "CONFIDENTIAL — Lumen Ledger investor update, November 2026\n\nHighlights\n- MRR: $182k (+11% MoM), 3 logos added\n- Net burn: $410k/month\n- Cash: $3.7M, runway 9 months at current burn\n- Two enterprise pilots in legal review\n\nLowlights\n- Lost our second-largest customer to an in-house build\n\nAsks\n- Intros to heads of treasury at mid-market SaaS companies\n\nPlease don't forward this outside the investor list."],
  ['linkedin', 'fr', '', "Transparence totale, comme promis chaque fin de mois : Cagette termine novembre à 38 400 € de MRR, churn à 2,1 %, runway de 19 mois. Tous nos chiffres, mois par mois depuis le lancement, sont sur notre page Open Startup (lien en commentaire). Les mauvais mois y sont aussi."],
  ['linkedin', 'fr', 'financial', "Petit partage à l'équipe avant le all-hands de lundi : le board a validé hier soir le budget 2027, 3,2 M€ au total dont 1,9 M€ de masse salariale. On l'annonce officiellement lundi matin, donc motus d'ici là 🙏"],
  ['x', 'en', '', "We're hiring a founding engineer in London 🇬🇧\n£85–105k + 0.5–1% equity, hybrid (2 days in Shoreditch).\nTypeScript, Postgres, and a strong opinion about boring tech.\nApply via the link in bio, I read every one myself."],
  ['x', 'en', 'email', "Hiring thread 🧵 1/3\nWe're Parcel Loop (Brooklyn, seed stage, last-mile logistics for independent bookshops). Three roles open. Send your GitHub and one thing you built that you're proud of to jobs@parcelloop.co. No cover letters, please."],
  ['x', 'en', '', "2/3 Senior backend (Go): $170–200k + equity. Ops lead: $120–140k. Both NYC, 4 days a week in the office. We're 9 people and raised a $6M seed in June (led by Northstar, it's on our blog)."],
  ['x', 'en', '', "3/3 What we offer: real ownership, fast decisions, a founder who answers Slack within the hour. What we don't offer: a ping-pong table. RTs appreciated 🙏"],
  ['linkedin', 'en', 'secret', "Stack tip for pre-PMF teams: stop paying for a feature-flag SaaS. We run flags from a single Postgres table plus a 40-line edge function. Our whole config:\n\nFLAGS_DB_URL=postgres://flags_rw:Wq7vRz2mLp9xK4@db.fernhill.io:5432/flags\nFLAGS_CACHE_TTL=30\nFLAGS_DEFAULT=off\n\nCosts us £0 a month. Happy to share the function if people want it."],
  ['linkedin', 'en', '', "People asked for the template we give every new engineer on day one. Copy it, fill it, never commit it:\n\nDATABASE_URL=postgres://<user>:<password>@<host>:5432/app\nSTRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX\nSESSION_SECRET=changeme\n\nThe real values live in our secrets manager and nowhere else."],
  ['x', 'en', 'secret', "setting up transactional email in Next.js took 6 minutes with Resend, genuinely impressed. the whole thing is:\nRESEND_API_KEY=re_8KfT2mQx_7hVbN3pLw9ZcYd4RjA6sUe1\nplus one route handler. stack tips thread tomorrow"],
  ['linkedin', 'fr', 'phone email', "Bonjour Mathilde, désolé pour ce double prélèvement ! Écrivez-moi directement à julien.morel@pepite-app.fr ou appelez-moi au 06 47 82 19 33, je vous rembourse aujourd'hui.", { surface: 'comment' }],
  ['linkedin', 'en', '', "Demo Day recap: two minutes on stage, a hundred coffees after.\nOur pitch in one slide, as presented: $61k MRR, 18% month-over-month for six months, 112 paying teams, raising $3M.\nThank you to everyone who came by the booth afterwards. Deck link in the comments for anyone who missed it."],
  ['x', 'en', 'financial client_name', "- Pipeline: $1.4M weighted, Globex alone is $380k ACV if it closes in Q1\n- Cash in bank: $2.9M\n- Runway: 11 months\n(wrong window, this was meant for the investor-update draft 🤦 deleting in a sec)"],
  ['x', 'en', '', "Globex Corporation remains the best employer in television history. Hank Scorpio gave you a hammock and a chance to help take over the East Coast. Your startup gave you a beanbag."],
  ['linkedin', 'en', '', "Every founder should rewatch Office Space once a year. Initech is what happens when process eats purpose. Eight different bosses asking about the TPS report cover sheet is just your Jira workflow with better lighting."],
  ['linkedin', 'en', 'client_name', "Huge week for a team of six: Initech signed our enterprise plan after a five-month pilot. Thank you to their platform team for the brutally honest feedback, it made the product better for everyone."],
  ['linkedin', 'fr', 'client_name financial', "On ne peut pas encore communiquer publiquement, mais je suis trop fier de l'équipe : l'Hôpital Sainte-Claire vient de signer pour déployer notre outil de planning dans 4 services. Contrat de 240 k€ sur 3 ans, annonce officielle avec eux en janvier."],
  ['linkedin', 'fr', '', "Visite de la chapelle Sainte-Claire ce week-end avec les enfants, à deux pas de chez nous. Trois heures sans parler de levée de fonds, ça fait un bien fou."],
  ['x', 'en', 'codename', "Shipping Project Kestrel to our first 20 design partners on Monday. Can't say what it is yet. Can say our staging bill tripled this month."],
  ['x', 'en', '', "A kestrel hovering over the M4 verge this morning, perfectly still in a 30mph crosswind. That's the energy I want from our Q1."],
  ['linkedin', 'en', 'codename internal_url', "For the team (wrong tab, sorry everyone else): the Orion beta checklist is at https://wiki.corp.acme.com/orion/beta-checklist, please tick your items before Thursday's go/no-go."],
  ['x', 'en', '', "Took the telescope out after the worst fundraising week of my life. Orion's belt and the nebula hanging below it were ridiculous tonight. Perspective, restored."],
  ['linkedin', 'fr', 'codename', "Dernière ligne droite pour Nébula : la v1 part chez nos trois clients pilotes le 15. Merci à l'équipe pour les nuits courtes et la bonne humeur malgré tout."],
  ['linkedin', 'fr', '', "La nébuleuse d'Orion, photographiée depuis le Pic du Midi par notre CTO pendant ses congés. Oui, il a un autre talent que Kubernetes."],
  ['linkedin', 'fr', 'codename', "Atlas Bleu avance bien : migration des 12 premiers comptes terminée sans incident, on attaque les plus gros en janvier."],
  ['x', 'fr', '', "Mon chat s'appelle Atlas. Il vient de marcher sur le clavier pendant un call avec un fonds et d'envoyer « gggggggg » dans le chat Zoom. Le partner a ri. On a le term sheet ? Non."],
  ['linkedin', 'en', 'iban', "Notice to our freelancers and suppliers: we've moved our business account. From 1 December please pay invoices to Fernhill Labs Ltd, IBAN GB66 NWBK 3772 9944 5274 96. Payments to the old account will bounce after 31 December."],
  ['linkedin', 'en', '', "Reminder from our finance lead after a close call this week: we will never change our bank details by email. The scam we received asked suppliers to pay \"GB11 NWBK 0448 0688 6950 89\". The check digits don't even validate. Call us before you change anything."],
  ['x', 'en', '', "Testing Stripe checkout? 4242 4242 4242 4242, any future expiry, any CVC. Saved you a Google search."],
  ['x', 'en', 'card', "lol my cofounder just pasted his personal card into the team channel instead of the Figma link: 4898 1587 6328 0917 exp 08/28. it's frozen now. posting so you all learn from our pain"],
  ['linkedin', 'fr', 'national_id', "Premier CDI de Moussaillon 🎉 Pour la DPAE il me manque juste la confirmation de ton numéro de sécu, Yanis. J'ai noté 1 95 07 33 063 218 71, c'est bien ça ?"],
  ['linkedin', 'fr', '', "Conseil aux fondateurs qui signent leur premier CDI : la DPAE se fait en ligne en cinq minutes. Il vous faut le NIR du salarié, dont la doc donne le format sur l'exemple 1 99 99 99 999 999 99 (évidemment pas un vrai numéro)."],
  ['x', 'en', 'national_id', "US founders, I-9 season. Learn from me: do not paste your new hire's SSN (523-61-4087) into a Notion page that turns out to be public. Rotating everything I can rotate. Ugh."],
  ['x', 'en', '', "Payroll trivia: SSN 078-05-1120 was printed on sample cards sold in wallets in 1938, and thousands of people used it as their own for decades."],
  ['linkedin', 'en', 'national_id', "Setting up payroll for our first UK hire. Priya, HMRC needs your National Insurance number and I've got JT 48 26 91 B from your P45. Can you confirm that's right before Friday's run?"],
  ['linkedin', 'en', '', "Payroll tip: HMRC's guidance uses QQ 12 34 56 C as a placeholder National Insurance number. If you ever see it in your payroll export, someone skipped a field."],
  ['linkedin', 'en', '', "Our Series A is official 🎉 £7M led by Kinetic Ventures, with Seedcamp following on. Announced this morning in Sifted. What it's for: two more engineers, a proper clinical team, and finally a second office chair for our CTO."],
  ['x', 'fr', '', "Point mensuel #buildinpublic : 12 700 € de MRR, +900 € par rapport à octobre. 41 % des nouveaux clients viennent de LinkedIn. Je continue à tout publier ici chaque 1er du mois."],
  ['linkedin', 'en', '', "Our annual accounts went up on Companies House last week, so here's the plain-English version: revenue £1.12M, operating loss £640k, headcount 14. Yes, anyone can look it up. No, we're not panicking."],
  ['x', 'en', '', "Hot take: MRR screenshots are marketing, not metrics. The number worth learning from is payback. Ours is 7 months today; it was 19 a year ago."],
  ['linkedin', 'en', '', "Runway maths every first-time founder should do in their head. Say you have $1.8M in the bank and $150k of net burn: that's 12 months. Now subtract the six months a raise actually takes. That's your real deadline, not month 12."],
  ['x', 'en', '', "Mistral raising again, every AI lab raising again, and here I am celebrating a $40k angel cheque from my old manager. Every round counts."],
  ['linkedin', 'fr', '', "J'ai vendu ma voiture 9 500 € pour tenir les trois derniers mois avant la levée. Je ne le recommande à personne, mais je ne regrette rien."],
  ['x', 'en', '', "Demo Day in 3 hours. Practising \"we're at $48k MRR growing 15% month over month\" in the bathroom mirror until it sounds less like a hostage video."],
  ['linkedin', 'fr', '', "Notre levée de 2,5 M€ est officielle ! Merci à Frst et à nos business angels de la première heure. L'article des Échos est sorti ce matin, et ma mère l'a déjà encadré."],
  ['linkedin', 'fr', '', "On recrute un·e Head of Sales à Paris. Fixe 65–75 k€ + variable de 30 k€ à objectifs atteints, BSPCE, télétravail 2 jours par semaine. Candidatures via notre page Welcome to the Jungle."],
  ['x', 'en', '', "Hiring our first designer. Remote (UK/EU time zones), £60–72k, 0.3% equity. No take-home tests: we pay £400 for a one-day paid trial instead."],
  ['linkedin', 'en', 'financial', "Team, heads-up before Friday's all-hands, and please keep it inside the company until the customer email goes out on the 15th: Pro moves from $49 to $69 per seat and Team from $99 to $149. Existing customers keep their price for six months."],
  ['x', 'fr', 'financial', "On a reçu une offre de rachat ce matin. 14 M€, cash + earn-out sur deux ans. À part mon associée, personne n'est au courant. Enfin, n'était."],
  ['linkedin', 'en', 'financial', "Draft for the board pack, not circulated yet: FY27 plan is $6.4M revenue, 71% gross margin, EBITDA break-even in Q3. Comments welcome before I send it on Monday."],
  ['x', 'en', 'financial', "can't announce it for another three weeks but we just crossed $1M ARR and I'm screaming into the void instead"],
  ['linkedin', 'fr', 'financial confidential_marker email phone', "EMBARGO jusqu'au mardi 8 décembre 2026, 7h00\n\nCOMMUNIQUÉ DE PRESSE — Rivage Data lève 4,2 M€ en série A auprès de Serena et de ses investisseurs historiques. La valorisation post-money s'établit à 21 M€. Les fonds serviront à ouvrir Madrid et Milan.\n\nContact presse : Léa Gauthier, lea.gauthier@rivage-data.fr, 06 12 58 73 40"],
  ['linkedin', 'en', 'financial', "Our bid for the NHS digital tooling framework went in this afternoon: £1.27M over three years, the lowest we could go without losing money on it. Award decision due in February. Fingers crossed."],
  ['x', 'en', 'financial', "our new 409A came in at $0.84 a share, way under the preferred. grants go out next week and the candidates haven't been told the strike yet, so pretend you didn't see this"],
  ['linkedin', 'fr', 'financial', "Compte rendu du comité de pilotage (à ne pas diffuser avant la clôture de l'exercice) : prévisionnel 2027 à 2,8 M€ de CA, marge brute 64 %, point mort visé en septembre."],
  ['x', 'en', 'financial', "the lead just verbally agreed to $18M pre. the lawyers haven't even seen it. I might throw up from happiness"],
  ['linkedin', 'en', 'financial', "Quick note for our angels (this should have been an email, sorry LinkedIn): we're raising a $750k bridge on a SAFE with a $14M cap, closing before Christmas. Terms aren't final, so please keep this to yourselves for now."],
  ['x', 'fr', 'financial', "Nouvelle grille tarifaire validée ce matin : le Starter passe de 19 € à 29 € par mois. Les clients ne le sauront que le 1er janvier, chut."],
  ['linkedin', 'en', 'financial client_name', "The Initech renewal landed at $310k a year, up from $180k. It stays quiet until their procurement team signs off the joint press release, but this team deserves to hear it today."],
  ['linkedin', 'mixed', 'financial', "Petit debrief du board d'hier pour la team : ARR à 1,6 M€, target 3 M€ fin 2027, et le board est OK pour lancer la Series A en mars. Tout ça reste entre nous for now, on n'annonce rien avant d'avoir un lead."],
  ['x', 'en', 'financial', "Preview of Monday's investor update, which goes to our LPs only: net burn $210k, cash $4.1M, 19 months of runway. Now to make it sound exciting."],
  ['linkedin', 'en', 'financial confidential_marker', "[INTERNAL] Q1 forecast, leadership team only\nNew ARR: $420k\nExpansion: $160k\nChurn: ($55k)\nEnding ARR: $2.31M\nHiring plan: 4 heads, gated on hitting new ARR by end of February"],
  ['linkedin', 'fr', 'financial', "Notre offre pour l'appel d'offres de la Métropole est partie ce matin : 186 000 € HT sur deux ans. Ouverture des plis le 18, on croise tout ce qui se croise."],
  ['x', 'en', 'financial', "New enterprise floor is $40k a year starting Q1. Sales team: do not quote it yet, the pricing page doesn't change until January 6."],
  ['linkedin', 'en', 'financial', "Sharing the cap-table changes with the team ahead of the EMI grants, as promised (not announced anywhere yet): pre-money of £9.5M agreed with the lead, option pool topped up to 12% before the round."],
  ['linkedin', 'en', '', "As we emailed every customer on 1 November: Pro moves from $49 to $69 per seat on 1 January. Annual plans keep their price until renewal. Questions are welcome in the comments or through in-app chat."],
  ['x', 'en', '', "Adobe walking away from a $20B deal for Figma still lives rent-free in my head every time I open a term sheet."],
  ['linkedin', 'fr', '', "Dans notre rapport d'impact publié hier : 1,3 M€ de chiffre d'affaires en 2025, 22 salariés, 0 € de dette et 410 tonnes de CO2 évitées chez nos clients. Le PDF complet est sur notre site."],
  ['x', 'en', '', "Our pricing is public and always will be: free for up to 3 seats, $12 per seat after that. No \"contact sales\" button. Ever."],
  ['linkedin', 'en', '', "Thrilled to share that we've been awarded a £250k Innovate UK Smart grant, published on the UKRI site today. It funds 18 months of work on offline-first records for community midwives."],
  ['x', 'fr', '', "Le prêt d'amorçage Bpifrance de 300 k€ est arrivé sur le compte. On l'avait annoncé dans la newsletter du mois dernier, mais voir le virement, c'est autre chose."],
  ['linkedin', 'en', '', "LTV:CAC explained with made-up numbers, because people keep asking. A hypothetical company with $12k ACV, 80% gross margin and 25% annual churn has an LTV around $38k. If it spends $15k to acquire each customer, the ratio is about 2.5. Above 3 is where investors relax."],
  ['linkedin', 'en', '', "Founders, please stop stamping \"CONFIDENTIAL\" on every slide of your pitch deck. The associate will forward it to their partners anyway, because that's literally their job."],
  ['x', 'en', '', "No, a VC won't sign your NDA. Yes, that's normal. Your idea is not the moat, the next 18 months of execution are."],
  ['linkedin', 'fr', 'confidential_marker', "SOUS NDA — Ne pas diffuser\nSynthèse de la due diligence technique menée par le fonds : dette technique jugée « maîtrisée », deux points bloquants avant le closing (SSO entreprise, tests de restauration des sauvegardes). Plan d'action à présenter jeudi."],
  ['linkedin', 'en', 'confidential_marker', "TLP:AMBER\nIncident summary for design partners: on 2 December between 14:05 and 14:50 UTC, a misconfigured CDN rule served cached dashboards to the wrong tenant for three accounts. Affected customers have been contacted individually. Full root-cause analysis to follow."],
  ['x', 'en', '', "Shout-out to every team that publishes TLP:CLEAR post-mortems. Ours for last week's outage is up on the blog today, warts and all."],
  ['linkedin', 'fr', 'confidential_marker', "Classification : Interne\nNotes du point produit hebdo — priorités S50 : onboarding en self-serve, export CSV des factures, refonte des rôles et permissions. Démo vendredi 16h."],
  ['linkedin', 'fr', '', "Quand un journaliste vous propose un embargo, demandez toujours la date ET l'heure exactes, fuseau compris. On l'a appris à nos dépens le jour de l'annonce de notre levée."],
  ['x', 'en', 'confidential_marker', "STRICTLY PRIVATE & CONFIDENTIAL\nData room index v3\n01 Corporate\n02 Cap table & SAFEs\n03 Commercial contracts\n04 IP assignments\n05 People & options"],
  ['linkedin', 'en', '', "Between us (and the 4,000 people who follow me): fundraising in 2026 is brutal. Forty first meetings, six second meetings, zero term sheets so far. Still going."],
  ['x', 'en', '', "L.A. Confidential is still the best film about office politics ever made. Every startup has an Ed Exley and a Bud White. Be the Jack Vincennes who figures it out in time."],
  ['linkedin', 'fr', 'confidential_marker codename', "INTERNE – NE PAS DIFFUSER\nRoadmap Nébula T1 : connecteur SAP en janvier, mode hors-ligne en février, SSO en mars. Les dates dépendent du recrutement du deuxième dev back."],
  ['linkedin', 'en', 'secret', "How we get Stripe payment alerts into Slack in ten lines, no Zapier:\n\nconst WEBHOOK = 'https://hooks.slack.com/services/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';\nexport async function onPayment(evt) {\n  await fetch(WEBHOOK, { method: 'POST', body: JSON.stringify({ text: `💸 ${evt.amount / 100} from ${evt.customer}` }) });\n}\n\nDeployed as a Vercel function. Zero cost."],
  ['linkedin', 'en', 'secret', "Welcome to our new home in Ancoats! 🎉 Visitors and candidates, make yourselves comfortable:\nWi-Fi: Tinkerbox-Guest\nPassword: kettle-Marmite-2026\nTea is in the cupboard on the left, biscuits on a trust basis."],
  ['x', 'en', 'secret', "why does my CI keep saying bad credentials, the token is ghp_7Rk2mVx9QpL4sT8wZ1nB6cY3jH5fD0aE2uNq and it definitely hasn't expired. anyone seen this with Actions?"],
  ['linkedin', 'en', 'secret', "Three lines that took our checkout from 3 seconds to 400ms: create the Stripe client once at module scope instead of per request.\n\nimport Stripe from 'stripe';\nconst stripe = new Stripe('sk_live_51NqX8dKJ2m4Tz0aLp7sVw3RbYc9HfE6uGk1jQ5oZr8tD2xWn4yMe7iAh0vPs3gBf6lCu9kO1');\nexport default stripe;\n\nSmall things, big wins."],
  ['x', 'en', 'secret', "PSA: our auth service had been signing tokens with\nJWT_SECRET=Brickyard-signing-key-2024-do-not-lose\nfor two years. rotated today. check your .env files, friends"],
  ['linkedin', 'en', 'secret internal_url', "Debugging tip that saved our Black Friday: check your Redis eviction policy before you blame your code. Ours was allkeys-lru on a cache we were using as a queue.\n\nredis-cli -u redis://:h8Kq2vN4pXw7@10.0.4.12:6379 CONFIG GET maxmemory-policy\n\nSwitched to noeviction on that instance and the lost jobs stopped."],
  ['linkedin', 'fr', 'secret', "À toute l'équipe : le compte admin Webflow est partagé pour le lancement de demain. Identifiant marketing@, mot de passe Moussaillon!Lancement26. On le change lundi."],
  ['x', 'en', 'secret', "our release bot posts to Discord now, stole the idea from a friend:\ncurl -X POST -H \"Content-Type: application/json\" -d '{\"content\":\"v2.14 is live\"}' https://discord.com/api/webhooks/1183920457731891200/kQ3vX9mT2rL8pN5wZ1cB7yH4jD6fA0sE3uGi9oKxR2tVb5nMq8"],
  ['linkedin', 'en', 'secret', "We built our AI summarisation feature in a weekend. The entire backend, minus error handling:\n\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"sk-proj-4tXq9LmB2vR7nK0wZ8cY3pH6sJ1dF5gA7eU2iO9yT4rW\")\nsummary = client.responses.create(model=\"gpt-4.1-mini\", input=ticket_text)\n\nShipping Monday. Founders overthink AI features."],
  ['x', 'en', 'secret', "investors asking for a demo, here's staging, go wild: https://admin:Br1ck-yard-77@staging.brickyard.ai/dashboard"],
  ['linkedin', 'en', '', "The access key in every AWS tutorial is AKIAIOSFODNN7EXAMPLE with the secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. If your security scanner screams about them, it's doing its job, but they're Amazon's documentation examples, not anyone's real keys."],
  ['x', 'en', '', "GitHub Actions tip: publish to npm with\nenv:\n  NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\nand never let a token anywhere near your workflow file again."],
  ['linkedin', 'en', '', "Our favourite boring tool of 2026: 1Password secret references. Our .env files now look like this and can be committed safely:\n\nSTRIPE_SECRET_KEY=op://Engineering/Stripe/live-secret\nDATABASE_URL=op://Engineering/Postgres/url\n\n`op run -- npm start` resolves them at runtime."],
  ['x', 'en', '', "parcelloop-cli 2.3.1 is out. Built from commit 79416d500e303ee1de1f87fec00f8db82931eaff, sha256 of the tarball:\n0f4163e292163fa34af5425167584c3762b5999c22590b103feed4b4e85cc792\nverify before you install"],
  ['linkedin', 'fr', '', "Sur les audits qu'on fait pour nos clients, « changeme » reste le mot de passe par défaut de la moitié des images Docker qu'on trouve en prod. Et « admin/admin » l'autre moitié."],
  ['linkedin', 'en', 'secret phone', "SMS reminders cut our no-show rate from 18% to 6%. Here's literally all the config:\n\nTWILIO_ACCOUNT_SID=ACafaee9de823f0f2a37a726a0435fc599\nTWILIO_AUTH_TOKEN=450ae129fac0b13300d69119315b6bb1\nTWILIO_FROM=+14159270481\n\nA cron job, a template, done."],
  ['x', 'fr', 'secret', "Wi-Fi du meetup fondateurs de ce soir : réseau « Hangar-Events », mot de passe Fondateurs2026! — venez tôt, les pizzas partent vite."],
  ['x', 'en', '', "Your API key should look like this in a screenshot: sk_live_••••••••••••3kQz. Blur it, or rotate it after the conference. Preferably both."],
  ['linkedin', 'en', 'internal_url', "Our p95 API latency is finally under 200ms 🎉 Three months of work from a team of two. For the team, the dashboard we've been staring at: https://grafana.acme-corp.net/d/api-latency?orgId=1"],
  ['x', 'en', 'internal_url', "if anyone on the team sees this before Slack: the staging admin is back up at http://192.168.1.40:8080/admin, the NUC just needed a reboot"],
  ['linkedin', 'fr', 'internal_url', "Bienvenue à nos trois nouvelles recrues ! Toute la doc d'onboarding est sur https://intranet.moussaillon.fr/rh/onboarding, commencez par là avant votre premier café."],
  ['linkedin', 'en', 'internal_url', "Metrics review moved to Thursday. Same dashboard as always: http://metabase.internal:3000/dashboard/12, please add your notes before we meet."],
  ['x', 'en', '', "We moved our status page to status.fernhill.io. Subscribe there instead of refreshing our X account during outages 🙏"],
  ['linkedin', 'en', '', "Small-office networking tip: set 1.1.1.1 and 8.8.8.8 as DNS fallbacks on the router so one provider's bad day doesn't stop the whole team from working."],
  ['linkedin', 'fr', '', "Notre « intranet », c'est une page Notion avec trois liens et un GIF de chat. Et à huit personnes, ça suffit largement."],
  ['x', 'en', 'internal_url', "http://jenkins.tinkerbox.corp/job/deploy-prod/ is red again. who touched the pipeline on a Friday"],
  ['linkedin', 'en', 'internal_url', "Editors joining Monday: raw footage from the launch shoot is on smb://studio-nas.local/raw/2026-launch, proxies are in the subfolder. Don't edit the originals!"],
  ['linkedin', 'en', '', "Upgrade week: Postgres 16.4, Node 22.11 and Next.js 15.0.3, all in production with zero downtime. Boring infrastructure is a feature."],
  ['linkedin', 'en', 'phone', "If you're a first-time founder in Austin and your raise is going sideways, call me. Seriously: 512.744.9081. I pick up between 7 and 9am, before the day eats me."],
  ['x', 'en', '', "Our support chat is now open 24/7. In a real emergency, though, please call 911, not us. We sell scheduling software."],
  ['linkedin', 'fr', 'phone', "Nouveaux bureaux à Lyon, nouveau standard : +33 (0)4 78 62 19 40, on décroche de 9h à 18h. Passez nous voir quai Saint-Vincent !"],
  ['linkedin', 'en', 'phone', "Customers: our new freephone support line is 0800 046 9931 (UK), open Monday to Friday 8am–6pm. Same humans, fewer hold tunes."],
  ['x', 'en', 'phone', "Parcel Loop customers: the new driver hotline is 1-888-417-3620, staffed until 10pm every night. Please stop calling my personal cell 😅"],
  ['linkedin', 'en', 'phone email', "Thanks to everyone who came to our launch night. For anyone who didn't get a card:\n—\nSam Okafor | Co-founder, Quayside Health\n+44 7911 483 206 | sam@quayside.health"],
  ['linkedin', 'fr', '', "Consignes pour l'offsite en montagne : en cas d'urgence, le 112 depuis n'importe quel portable, le 15 pour le SAMU. Pour tout le reste, c'est sur le groupe WhatsApp."],
  ['x', 'en', '', "First order ever shipped from the new warehouse: order #10001, three bags of coffee, to a lady in Leeds who's been on the waitlist since 2024. I packed it myself."],
  ['linkedin', 'en', 'phone', "We're opening a Berlin office in January! Partners and candidates in DACH can reach the team there on +49 30 2589 4417 from the 5th."],
  ['x', 'en', 'phone', "Irish founders applying to the Enterprise Ireland programme: happy to read your application first. WhatsApp me on +353 87 264 1198."],
  ['linkedin', 'fr', 'phone', "Clients Nuage Vert : notre numéro vert 0 805 29 41 17 est désormais ouvert le samedi matin. Gratuit depuis un fixe comme depuis un mobile."],
  ['linkedin', 'en', '', "Demo Day: 12.03.2027, 09:30–12:00, Hall 4, booth 17. Come say hi, we'll have the prototype and too many stickers."],
  ['linkedin', 'en', 'phone', "Our co-founder Élodie runs the Montréal side of things now. Canadian partners can reach her directly at +1 (514) 903-2716, she's on Eastern time."],
  ['x', 'fr', 'phone', "Candidats au poste de dev mobile : plutôt qu'un CV, appelez-moi au +33 7 81 24 56 09 et racontez-moi la dernière appli que vous avez lancée."],
  ['x', 'en', 'email', "We open our pre-seed in January. Decks and warm intros → invest [at] brickyard [dot] ai. Yes, we read them all. No, we don't reply to \"quick call?\""],
  ['linkedin', 'fr', 'email', "Baobab RH recrute deux commerciaux terrain à Bordeaux ! Envoyez vos candidatures à recrutement@baobab-rh.fr avant le 20 décembre."],
  ['x', 'en', '', "DM me or @ me, my inbox is a crime scene and my DMs are somehow worse. @ycombinator folks, see you at the reunion."],
  ['linkedin', 'en', '', "We open-sourced our design system today: `npm i @fernhill/ui`. Stars and issues welcome at github.com/fernhill/ui, and it's MIT licensed."],
  ['linkedin', 'en', 'email', "Journalists covering last-mile logistics: we have new data on bookshop deliveries in NYC. Reach us at press@parcelloop.co for the dataset and interviews."],
  ['x', 'fr', 'email', "Vous êtes data analyst et vous voulez bosser sur le climat ? Écrivez à camille @ rivage-data.fr, je réponds à tout le monde."],
  ['linkedin', 'en', '', "Tiny NestJS pattern we love for billing code:\n\n@Injectable()\nexport class InvoiceService {}\n\n@Controller('billing')\nexport class BillingController {}\n\nDecorators keep the wiring out of the business logic."],
  ['x', 'en', '', "Email me, my address is just my first name at our domain. If you can't figure that out, we probably won't work well together."],
  ['linkedin', 'fr', 'iban', "Pour les business angels qui participent à notre BSA AIR : virement sur le compte séquestre de l'avocat, IBAN FR76 5518 6963 0620 1717 5132 991, référence « BSA-AIR-2026 » suivie de votre nom. Merci !"],
  ['linkedin', 'en', 'iban', "EU customers paying by SEPA transfer, our Irish account details are: IE32 AIBK 0658 0802 1547 89, BIC AIBKIE2D. Please put your invoice number in the reference."],
  ['x', 'en', '', "Built an IBAN validator this weekend. Test it on the classic GB82 WEST 1234 5698 7654 32 from the docs, not on your own account details in a public repo."],
  ['linkedin', 'fr', '', "Nouveau RIB de la société envoyé à nos fournisseurs par courrier recommandé. Si quelqu'un vous demande un virement vers un IBAN FR76 •••• •••• ••• qui ne se termine pas par 991, c'est une arnaque : appelez-nous."],
  ['linkedin', 'en', 'iban', "@Jonas your October invoice is paid to DE19 0631 0098 9666 6238 40, should land Thursday. Thanks for the sprint!"],
  ['x', 'fr', '', "SMS reçu ce matin : « Votre conseiller a changé, merci d'effectuer le virement sur FR76 1474 9697 6151 3260 6454 555 ». La clé n'est même pas bonne. Les arnaqueurs visent les fondateurs en pleine levée, méfiance."],
  ['linkedin', 'en', 'iban', "Dutch customers can now pay our Amsterdam entity directly by bank transfer: NL90 ABNA 0076 5778 21, reference = your account ID."],
  ['linkedin', 'fr', 'iban', "Le salaire de Lucía part sur son compte espagnol ES46 1476 3354 2702 2005 0102. Quelqu'un peut valider le virement dans Qonto avant 16h ?"],
  ['linkedin', 'en', 'iban', "Wire instructions for the Zurich angels joining the round: CH16 6394 1364 8257 1617 1, reference SEED-2026-ZH. Confirmation emails go out once the funds land."],
  ['x', 'en', 'iban', "ok sending the deposit for the Antwerp office now, it's BE15 6331 7868 7130 right? don't want a repeat of last month"],
  ['linkedin', 'fr', 'iban', "Modèle de facture mis à jour pour tous les freelances qui travaillent avec nous. Pied de page : Pépite SAS — Coordonnées bancaires : FR76 4334 0746 1370 7489 9411 140."],
  ['linkedin', 'en', 'iban', "Finance team, our Lisbon contractor's new details for December onwards: PT50 2101 7290 5399 7456 6161 9. Old ones are closed."],
  ['x', 'en', 'iban', "Luxembourg fund wants to wire the tranche today. Our account there is LU18 8187 1587 5220 1495, sent it to the wrong chat first, of course."],
  ['linkedin', 'en', 'card', "Booking the offsite? Use the company Amex: 3715 440879 77094, exp 11/27, CVV is in 1Password. Receipts in the #expenses channel please."],
  ['x', 'en', '', "Customer emailed to ask why order 4340 6268 0097 8821 hasn't shipped. Our order numbers are 16 digits and yes, we regret that choice daily."],
  ['linkedin', 'fr', 'card', "La carte de la boîte pour payer Vercel a changé : 5173 2601 1595 2335, expiration 03/28. Lucas, tu peux la mettre à jour dans le dashboard ?"],
  ['x', 'en', '', "Renewed our domain on the Visa ending 4213 and the registrar still charged the old one. Founders: audit your subscriptions every quarter."],
  ['linkedin', 'en', 'card', "Pasting from our ops chat so the contractors have it: the card for ad spend is 2223 1913 0126 4440, limit £2k a month, expiry 09/29."],
  ['x', 'en', 'card', "note to self for the airline form: 6011 5248 1864 1659 05/28. why is this app so bad at saving cards"],
  ['linkedin', 'en', '', "We got hit by a card-testing attack last night: 3,000 attempts in an hour. To reproduce the declines locally, Stripe's test card 4000 0000 0000 0002 always declines. We've added rate limiting and a CAPTCHA to checkout."],
  ['linkedin', 'fr', 'national_id', "Brouillon du contrat de Léa à relire avant signature : « Mme Léa Fontaine, née le 12 novembre 1993 à Lyon, n° de sécurité sociale 2 93 11 69 381 127 44, domiciliée… »"],
  ['linkedin', 'fr', '', "Bug rigolo dans notre formulaire d'adhésion : il acceptait 2 91 02 44 109 356 69 comme numéro de sécu, alors que la clé devrait être 68. On vérifie la clé côté client maintenant."],
  ['linkedin', 'en', 'national_id', "Our first Madrid hire starts Monday! 🇪🇸 Admin note for our payroll provider, since the portal keeps timing out: Lucía García Ortega, DNI 48291736Q, start date 7 December."],
  ['x', 'en', 'national_id', "Dutch payroll portal rejected our new hire's BSN 347602411 three times. It's valid, I checked the 11-test myself. Any Amsterdam founders know a human at the provider?"],
  ['linkedin', 'en', 'national_id', "Contract details for our Brussels sales lead, posting here because the shared drive is down: Thomas Peeters, national register number 85.03.14-318.01, start 4 January."],
  ['linkedin', 'en', 'national_id', "Hiring our first Canadian employee was easier than expected. Onboarding form for Élodie, SIN 749 713 665, province QC, done in 10 minutes."],
  ['linkedin', 'en', 'national_id', "Revenue in Ireland needs Aoife's PPS number for the payroll registration: 3850077PA. Can someone from the accountants confirm once it's submitted?"],
  ['x', 'en', 'national_id', "filling in the W-9 for our first contractor and the portal ate it twice. SSN 287-39-5514, EIN blank, sole prop. third time lucky?"],
  ['linkedin', 'fr', '', "Mentions légales enfin à jour sur le site : Pépite SAS, SIREN 852 379 106, capital social de 12 480 €, siège à Paris 11e. Les avocats sont contents."],
  ['linkedin', 'en', 'national_id', "Paperwork for our Valencia contractor, pasted from the email thread: NIE Y3817264Z, invoices monthly in euros."],
  ['linkedin', 'fr', 'national_id', "Ma mutuelle d'entreprise m'a demandé mon NIR trois fois cette semaine. Je le mets ici pour l'équipe RH puisque le formulaire plante : 1 89 04 75 112 043 22."],
  ['x', 'en', 'codename', "Orion ships Tuesday. If you're one of our design partners, check your inbox tonight for the early-access invite."],
  ['linkedin', 'en', '', "Our new office meeting rooms are named after constellations: Orion, Cassiopeia, Lyra and, because the team voted, \"The Big Dipper of Snacks\". Come visit."],
  ['linkedin', 'fr', 'client_name', "Merci à la Société Générique pour sa confiance : trois nouvelles filiales passent sur notre plateforme de notes de frais ce mois-ci."],
  ['linkedin', 'fr', '', "Ouvrir un compte pro chez Société Générale en 2026 : six semaines, quatre rendez-vous, un fax (oui). On est passés chez une néobanque en une après-midi."],
  ['x', 'en', 'client_name', "Globex's procurement team just asked for our SOC 2 report for the fourth time this quarter. We're going to frame it and mail it to them."],
  ['linkedin', 'en', 'codename client_name', "Project Kestrel's first enterprise pilot kicks off next week with Globex: 40 users, 6 weeks, one very nervous founder."],
  ['x', 'fr', 'codename', "Atlas Bleu en prod 🚀 zéro rollback, zéro ticket, merci la team. Apéro ce soir."],
  ['linkedin', 'fr', '', "Retrouvé dans un carton mon vieil atlas bleu de CM2, avec l'URSS encore dessus. Petit rappel que tout change, y compris votre marché."],
  ['linkedin', 'en', 'client_name', "Our case study with Initech is live: how their finance team cut month-end close from 9 days to 4. Thank you for letting us tell the story."],
  ['x', 'en', '', "Watched a great Nebula documentary on Bell Labs last night. Every founder should see how much of the modern world came from one building of weirdos."],
  ['linkedin', 'fr', 'client_name', "Retour d'expérience terrain à l'Hôpital Sainte-Claire : les infirmières de nuit ont divisé par deux leur temps de saisie avec notre appli. Merci à elles pour leur patience pendant le pilote."],
  ['x', 'en', '', "Founders: how much runway do you have right now?\n🔘 under 6 months\n🔘 6–12 months\n🔘 12–24 months\n🔘 24+ (teach me)\nAnonymous. Results Friday."],
  ['linkedin', 'en', '', "After three years as employee #2 at Lumen Ledger, I'm moving on. I joined when we had one customer and a whiteboard; I leave with a team of 30 and a product people pay for. Thank you Ana and Raj for trusting a career-changer with your first line of code."],
  ['linkedin', 'fr', '', "En direct de VivaTech : stand B-42, hall 1. Venez tester la démo, on a des stickers et un café correct (pour un salon)."],
  ['x', 'en', '', "Changelog v2.14.0\n- dark mode\n- CSV export on every table\n- dashboard loads 40% faster\n- fixed timezones being off by exactly one hour (sorry, Arizona)"],
  ['linkedin', 'en', '', "Post-mortem: 47 minutes of downtime on 28 November.\nRoot cause: a migration took an exclusive lock on the invoices table during peak traffic.\nWhat we changed: migrations now run with a lock timeout of 3 seconds, and anything touching a big table runs at 6am.\nSorry to everyone who couldn't send invoices that afternoon."],
  ['linkedin', 'fr', '', "Mon stack de fondatrice solo, un an après : Notion, Tally, Stripe, Zapier et Brevo. 97 € par mois en tout, et je n'ai toujours pas besoin d'un CRM."],
  ['x', 'en', '', "zero-cost waitlist on Cloudflare Workers, the whole wrangler.toml:\nname = \"waitlist\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2026-11-01\"\n[[kv_namespaces]]\nbinding = \"WAITLIST\"\nid = \"<your-namespace-id>\""],
  ['linkedin', 'en', '', "Docker Compose tip: keep passwords out of your compose file entirely.\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets: [pg_password]\n\nThe secret file stays on the host, outside git."],
  ['x', 'fr', '', "Astuce : vos clés d'API vont dans le gestionnaire de secrets de votre hébergeur, jamais dans le repo. Chez nous : `vercel env add STRIPE_SECRET_KEY` et c'est réglé."],
  ['x', 'en', '', "We lost our biggest customer today. 22% of MRR, gone. Sharing because I promised to post the bad months too. Back to work tomorrow."],
  ['linkedin', 'fr', '', "Ma lettre aux investisseurs de novembre est en ligne sur notre blog, en entier, comme chaque mois depuis le premier jour. Oui, même la partie où on a raté nos objectifs."],
  ['x', 'en', '', "1/ We talked to 94 investors to raise our $2.1M seed (announced in September). Here's what I'd do differently 🧵"],
  ['x', 'en', '', "2/ Start with the funds that have written cheques your size in the last 6 months. Half my first meetings were with people who \"love pre-seed\" and hadn't done one since 2021."],
  ['x', 'en', '', "3/ Keep a spreadsheet, not a vibe. Stage, last contact, next step, who introduced you. Ours had 94 rows and 11 colours."],
  ['x', 'en', 'financial', "(meant to DM this) our last offer to the acquirer was $9.5M, they countered at $7M. walking away if it comes in under 8"],
  ['linkedin', 'en', 'financial confidential_marker', "Board deck – CONFIDENTIAL – slide 7\nCash: $3.2M\nBurn: $265k/month\nRunway: 12 months\nPlan: raise the A in Q2 at a $40–50M pre"],
  ['linkedin', 'fr', 'financial', "Entre nous : la valorisation pré-money proposée par le fonds est de 11 M€. On signe la lettre d'intention vendredi et rien n'est public d'ici là."],
  ['x', 'en', 'financial', "Q4 revenue is going to land at $1.9M against a $1.4M plan. can't post the chart until the board sees it Thursday 🤐"],
  ['x', 'mixed', 'financial', "Le lead veut 20 % pour 3 M€, donc une pre à 12 M€. Je dis oui ? Don't tell anyone, on a encore deux fonds en due diligence."],
  ['linkedin', 'en', 'financial', "Heads-up for the team before tomorrow's email: salary bands go up 8% across the board in January, a £210k budget signed off by the board last night. Details in the 1:1s."],
  ['linkedin', 'fr', 'financial client_name', "Le devis pour Globex est parti : 87 500 € HT pour le déploiement et la formation. On attend leur retour avant d'en parler à qui que ce soit."],
  ['x', 'en', 'financial', "Our Kickstarter goes live Monday with a $120k goal... wait, I wasn't supposed to say the number before launch. Pretend you didn't see it."],
  ['linkedin', 'en', 'financial codename', "Orion's budget for 2027 is signed off at $1.1M. The team hears it at Monday's kickoff, so please keep it off Slack until then."],
  ['linkedin', 'en', '', "We just published our salary bands on our careers page: Engineer I £55–65k, Engineer II £68–80k, Senior £85–100k, Staff £105–120k. Same bands for everyone, negotiation-free."],
  ['x', 'en', '', "YC's post-money SAFE template is free on their website. Stop paying a lawyer £3k to \"customise\" it."],
  ['linkedin', 'fr', '', "Le BSA AIR expliqué en trois minutes. Imaginons un BSA AIR de 100 000 € avec un plafond de valorisation à 4 M€ et une décote de 20 %. Si la série A se fait à 8 M€ pré-money, l'investisseur convertit au plafond, soit 2,5 % du capital. Simple, non ?"],
  ['x', 'en', '', "Unpopular opinion: public MRR dashboards attract copycats. Ours has been public for two years, $0 to $31k, and every copycat has died. Keep sharing."],
  ['linkedin', 'en', '', "We're hiring in Manchester! Three roles: product engineer (£60–75k), customer success lead (£45–52k), and a part-time bookkeeper (£28k pro rata). Apply through the careers page, we reply to everyone within a week."],
  ['x', 'fr', '', "Recrutement : CTO associé·e, zéro salaire pendant six mois, 15 % du capital. Je sais. Mais le produit a 200 utilisateurs qui paient déjà."],
  ['linkedin', 'en', '', "Last day at Parcel Loop. I was the first ops hire, back when \"the fleet\" was two cargo bikes and a borrowed van. Thank you, Dev and Mariana. Now taking a month off before whatever comes next."],
  ['linkedin', 'fr', '', "Offsite d'hiver à Annecy : deux jours, douze personnes, une roadmap 2027 sur un tableau blanc et une raclette de trop. On revient avec trois paris produit et un nouveau nom de code pour notre chat de bureau."],
  ['x', 'en', '', "Founders obsessed with valuation: Theranos had a $9B one. Focus on revenue."],
  ['linkedin', 'en', '', "Moved from self-hosted Mongo to MongoDB Atlas this month. Bill went up $40 a month, the pager went quiet. Best trade we made all year."],
  ['linkedin', 'fr', '', "On a raté notre demo day. Slides qui plantent, micro coupé, et trente secondes de silence. Deux fonds nous ont quand même rappelés le lendemain. Moralité : le produit parle plus fort que le pitch."],
  ['linkedin', 'en', 'email', "Hi Dana, sorry you were charged twice! Please email billing@lumenledger.com with the date of the charge and we'll refund it today.", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Merci pour votre retour ! Nos tarifs sont publics sur la page Tarifs : 29 € par mois, sans engagement, et l'essai est gratuit 30 jours.", { surface: 'comment' }],
  ['x', 'en', '', "Thanks! We're at $18k MRR now, the whole history is public on our Open page if you want to dig in.", { surface: 'comment' }],
  ['linkedin', 'en', 'phone', "So sorry about the missed delivery, Tom. Please ring our Manchester support line on +44 161 503 2287 and quote your postcode, we'll rebook it for tomorrow morning.", { surface: 'comment' }],
  ['linkedin', 'fr', 'email', "Bonjour Hélène, le plus simple est d'écrire à support (at) cagette (point) fr avec votre numéro de commande, l'équipe vous répond dans la journée.", { surface: 'comment' }],
  ['x', 'en', '', "Huge congrats Maya, well deserved. $3M for a four-person team is a serious vote of confidence 🎉", { surface: 'comment' }],
  ['linkedin', 'en', 'secret', "Try this, it worked for us when the SDK was flaky:\ncurl -H \"Authorization: Bearer 9c1f7e2a64b84d0b93a6e5f8c2d17ab4\" https://api.parcelloop.co/v1/shipments?status=pending", { surface: 'comment' }],
  ['linkedin', 'mixed', '', "On a closé notre pre-seed ! 800 k€ avec des business angels incroyables, annoncé aujourd'hui. Next step : product-market fit, ou au moins product-market flirt."],
  ['linkedin', 'mixed', 'financial', "Quick update pour la team (pas encore public) : on a signé le term sheet avec le lead, 5 M€ sur une pré-money de 20 M€, closing prévu fin janvier. Soirée demain, on fête ça."],
  ['x', 'mixed', '', "Le runway c'est comme le carburant : tu ne le regardes jamais quand il y en a. Ours: 22 months. Feels weird to say it out loud."],
  ['linkedin', 'mixed', 'secret', "Petit tip DX : on partage nos variables d'env via Doppler maintenant. Ce qu'on avait AVANT dans le Slack 😬\nSENDGRID_API_KEY=SG.k3Jd8fQ2TwyZ9mXaLp4Rv7.NbHc2Ws6Ye1Qo8Ut5Ik3Gz0Fj9Ad7Sx4MnB2vC6xL\nNever again."],
  ['linkedin', 'mixed', 'internal_url', "Les slides du all-hands sont sur http://10.8.0.23/share/allhands-dec.pdf, VPN needed. Questions in the thread please."],
  ['x', 'mixed', 'email', "Stage growth de 6 mois chez Nuage Vert → growth-jobs@nuagevert.eco. Send us ce que vous avez construit, même un side project raté."],
  ['linkedin', 'en', 'phone email', "Investors who stopped by booth 17 at Demo Day, my details again since the cards ran out: Maya Chen, maya@stackwise.dev, (415) 862-3907."],
  ['linkedin', 'en', '', "We're publishing our full Demo Day deck today. Slide 12 has the real numbers: $52k MRR, 9% logo churn, 140% net revenue retention. Steal the format."],
  ['x', 'en', 'financial', "Reminder to self: don't tweet the price of the new enterprise tier ($2,400/mo) before sales has told the six pilot customers. Oh."],
  ['linkedin', 'fr', 'secret internal_url', "Pour les nouveaux devs : la base de staging, c'est postgresql://app:Zt8kQ2wLm5@db.staging.internal:5432/cagette. Ne lancez jamais les migrations à la main dessus."],
  ['linkedin', 'en', '', "Our office Wi-Fi password is written on the whiteboard behind reception, like nature intended. Security team of one is fine with it, because guests are on a separate network."],
  ['linkedin', 'en', 'confidential_marker', "Privileged & Confidential — Attorney–Client Communication\nRe: side letters for the Series A. Summary of open points: information rights for angels, pro-rata thresholds, MFN clause. Please review before Thursday's call with counsel."],
  ['x', 'fr', 'confidential_marker', "[CONFIDENTIEL] Ordre du jour du CA du 12/12 : 1) point levée 2) plan de BSPCE 3) recrutement VP Sales 4) questions diverses"],
  ['x', 'fr', 'financial', "[Slack #direction] @Nora le chiffre à mettre dans le deck pour le fonds, c'est 1,07 M€ de CA 2026. Pas encore annoncé à l'équipe, donc surtout pas dans la newsletter de vendredi."],
  ['linkedin', 'mixed', 'financial', "Draft du mail aux BA (à envoyer seulement après le closing) : « We're closing our seed at 2,2 M€, dont 600 k€ de Bpifrance. Merci à tous d'avoir cru en nous dès le début 🙏 »"],
  ['linkedin', 'fr', '', "Merci beaucoup ! Oui, la levée de 1,5 M€ a bien été annoncée la semaine dernière, tous les détails sont dans notre article de blog.", { surface: 'comment' }],
  ['x', 'fr', '', "MRR de novembre : 8 250 €. Objectif 10 k€ avant Noël. Je poste la course en direct ici chaque lundi, les semaines pourries comprises."],
  ['linkedin', 'fr', 'phone', "Bonjour Marc, désolés pour l'attente. Notre hotline technique est joignable au 01 84 60 27 15 du lundi au vendredi, demandez Karim de notre part.", { surface: 'comment' }],
  ['linkedin', 'mixed', 'codename', "Kick-off du projet Orion ce matin avec toute la team produit. On vise une beta en mars, let's go 🚀"],
]);
