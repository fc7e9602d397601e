import { rows } from './corpus-types';

/**
 * Held-out set "fresh85": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without reading
 * git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer
 * were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh85`.
 * First scored: 2026-12-05 on 2b30e8d (unseen, before any fix from it): confidentiality macro F1 0.960 / 5.7 % (6 of 106).
 *
 * Authors: staff of NGOs, foundations, UN-style agencies and public-policy consultancies in Geneva, Brussels, Ottawa and
 * Bangalore, writing in English and French (and a few mixed posts). Forms: team wins, pasted board packs and meeting
 * notes, a pledge-tracker table, chat messages and deployment notes pasted by mistake, field security advisories,
 * report embargo notices, supplier bank-detail notices, replies to donors and supporters (surface 'comment'), job ads
 * with published salary bands, a live-post, a changelog, a crowdfunding post-mortem, a poll, a two-post X thread,
 * goodbyes and tips. Focus: grants and donor pledges before they are announced, budgets approved by boards, field-office
 * security notes, beneficiary data pasted by mistake, report embargoes, shared-drive and survey-tool links.
 * Financial positives say "not public yet" in many ways: a pledge awaiting the trustees' countersignature, a board
 * budget before the partners' assembly, an ask and a signalled pledge before a replenishment conference, a draft board
 * pack, a sealed tender price before opening, a forecast gap before a hiring-freeze decision, a shortlisted contract
 * before award letters, a CSR MoU held until the company's investor day, a ministerial renewal before the decree is
 * signed, a pre-money valuation under negotiation, a donor committee's approval before notification, a pledge tracker,
 * a loan decision before the partner is told, a pipeline, a funding cut before staff are told, a licence price rise
 * before partners are informed, a verbal pledge "entre nous", a draft press release under embargo. Look-alikes:
 * published annual reports and audited accounts, budgets voted in public AGMs, other organisations' figures (the Global
 * Fund, OCHA, the UN regular budget, the Canadian budget, public tender awards), public donation counters, job-ad salary
 * bands and stipends, teaching examples (a ₹85 lakh exercise, the CSR 2 % rule), personal fundraising.
 * Conventions: every written email (role mailboxes, "[at] [dot]", "(at)", "name @ domain") is email; every written
 * phone number (Swiss 022 / 079 / +41, Indian +91 mobiles and landlines, Indian toll-free 1800, Canadian and Belgian,
 * Senegal, Mali, Nepal and UK) is phone, emergency short numbers (112, 117, 144, 15, 18, 911) are not; explicit labels
 * (CONFIDENTIAL, STRICTLY CONFIDENTIAL, CONFIDENTIEL, INTERNE, Classification : RESTREINT, TLP:AMBER / TLP:RED, EMBARGOED
 * UNTIL, EMBARGO jusqu'au, [INTERNAL], SOUS NDA) are confidential_marker, while informal requests ("keep this between
 * us", "sous embargo interne" inside a sentence) and discussions of the words are not; secrets include Wi-Fi passwords,
 * a passphrase, a safe code, a satellite-phone PIN/PUK, logins, API and bot tokens, a Slack webhook and a PostgreSQL
 * URL's credentials, but not a URL template with USER:PASSWORD, AWS's EXAMPLE key or "changeme"; internal URLs are the
 * policy domains, intranet. hosts, private IPs and .local / .internal / .corp hosts (public NGO sites are clean).
 * Every IBAN, card and national id positive was computed with a throwaway script outside the repo: mod 97 for the CH,
 * BE (with its account check), FR (with the RIB key), DE, NL, GB and LU IBANs; Luhn for Visa, Mastercard (5- and
 * 2-series), Amex, Discover and JCB cards; Verhoeff for Aadhaar; Luhn for the Canadian SIN; the mod-97 key (with the
 * 2000+ rule) for the Belgian national register; EAN-13 for the Swiss AVS number; Indian PAN (fourth letter P) and US
 * SSN by format. Look-alikes: a CH IBAN with a wrong check (a fraud warning), the GB82 WEST specimen, Stripe's 4242 test
 * card, a Visa-like number failing Luhn, a masked card, an Aadhaar failing Verhoeff and a masked Aadhaar, the ABCDE1234F
 * PAN example, the 1938 wallet-card SSN, a Belgian number with a wrong key. The policy's names also appear in their
 * ordinary sense (Orion the constellation, the Orion spacecraft, the Orion Nebula, a kestrel, an office plant called
 * Kestrel, a cat called Atlas, the Atlas mountains, the chapel of Sainte-Claire).
 * Counts: 230 posts (164 EN, 58 FR, 8 mixed; 203 on LinkedIn, 27 on X, 6 comments): 106 clean,
 * 124 with one or more findings. Labels: financial 27, phone 18, internal_url 10, email 12, iban 9, card 6, secret 14, national_id 14, confidential_marker 12, codename 8, client_name 8.
 */
export const FRESH85_POSTS = rows('fresh85', [
  ['linkedin', 'en', 'financial', 'Huge week for our WASH programme team in Geneva. I can\'t say who yet, but a European foundation has agreed in principle to a CHF 3.2 million pledge over three years for the Sahel water points. The letter still needs their trustees\' countersignature, so keep this between us until the donor announces it in February. 💧'],
  ['linkedin', 'en', '', 'Our 2025 annual report is out: CHF 41.7 million in total income, 87% spent directly on programmes, and audited accounts available on our website. Thank you to every donor who made this possible.'],
  ['linkedin', 'fr', 'financial', 'Le conseil de fondation a validé hier soir le budget 2027 : 18,4 MCHF, dont 6,1 MCHF pour les bureaux de terrain. La communication aux partenaires n\'est prévue qu\'après l\'assemblée de mars, donc on garde ça pour nous d\'ici là. Bravo à l\'équipe finance pour les nuits blanches !'],
  ['linkedin', 'fr', '', 'Le budget 2026 de notre association, voté en assemblée générale publique le 14 juin, s\'élève à 2,3 millions d\'euros. Le rapport complet est téléchargeable sur notre site pour qui veut comprendre où va chaque euro.'],
  ['x', 'en', 'financial', 'Can\'t wait for the replenishment conference in Ottawa. Our ask going in: CAD 45M over 4 years, and Global Affairs has quietly signalled they\'ll come in around 12. Nobody outside the delegation knows the number yet 🤫'],
  ['x', 'en', '', 'The Global Fund\'s eighth replenishment raised US$11.34 billion, per their press release this morning. A big number, and still short of the target.'],
  ['linkedin', 'en', 'financial', `Pasting from our board pack for context (draft, pre-decision):
- Core budget FY27: EUR 9.85m (+7%)
- Reserve drawdown: EUR 0.6m
- Brussels office rent renegotiation target: EUR 212k/yr
Figures become final only when the board signs off on the 18th.`],
  ['linkedin', 'en', '', 'Teaching a grant-budgeting workshop tomorrow in Bangalore. Worked example: a ₹85 lakh three-year project, 12% indirect cost rate, 4% contingency. Bring a calculator and your toughest questions.'],
  ['linkedin', 'mixed', 'financial', 'Petite victoire pour l\'équipe partnerships 🎉 the Swiss foundation we\'ve courted for two years said yes to CHF 750\'000 for the girls\' education pilot. Pas encore annoncé, their comms team wants to run it in their own newsletter first, so please no reshares with the figure.'],
  ['linkedin', 'en', '', 'Job opening: Grants Manager, Geneva. Salary band CHF 118,000 - 134,000 gross per year, plus pension and 30 days of leave. Apply by 15 January through our careers page.'],
  ['linkedin', 'fr', 'financial', 'Notre candidature à l\'appel d\'offres de la Commission (lot 3, gouvernance locale) part ce soir. Prix proposé : 1 482 000 EUR sur 36 mois. Les offres ne seront ouvertes que le 9 janvier, croisons les doigts.'],
  ['linkedin', 'fr', '', 'Résultats de l\'appel d\'offres de la Commission publiés au JOUE : le lot 3 a été attribué à un consortium pour 1,39 M EUR. Félicitations aux lauréats, nous ferons mieux la prochaine fois !'],
  ['linkedin', 'en', 'financial', `Forecast update for the leadership team, copying here by mistake from my notes app:
Unrestricted income FY26 now tracking at CHF 7.1m vs 8.4m budget. Gap of 1.3m. Hiring freeze to be proposed Thursday, not communicated to staff before then.`],
  ['x', 'en', '', 'Personal news: I ran the Geneva marathon and raised CHF 2,140 for the children\'s hospital. Thank you all!'],
  ['linkedin', 'en', 'financial', 'Proud of our Ottawa policy team: the federal department has shortlisted our proposal for the climate-adaptation research contract, valued at CAD 2.75M. Award letters go out in January, so we\'re keeping the number off our website until then.'],
  ['linkedin', 'en', '', 'The federal government announced today a CAD 350 million envelope for climate adaptation in the Global South. Our analysis of what it means for smallholder farmers is in the comments.'],
  ['linkedin', 'mixed', 'financial', 'Board approved!! Notre plan stratégique 2027-2030 avec une enveloppe de 64 millions de francs. Official launch at the December gala — until then, c\'est sous embargo interne, merci de ne pas le mentionner aux donateurs.'],
  ['linkedin', 'en', '', 'According to OCHA\'s financial tracking service, the humanitarian response plan for the region is only 23% funded at US$412 million. These numbers are public and they should shock us.'],
  ['linkedin', 'en', 'financial', 'Our Bangalore team just closed the CSR partnership with a large IT services firm: ₹4.2 crore over two years for the digital literacy programme. MoU is signed but the company wants to announce it at their investor day, so we hold our press release until the 20th.'],
  ['linkedin', 'en', '', 'Under India\'s CSR law, companies with net profit above ₹5 crore must spend 2% of average profits on CSR. Here\'s a short thread on what NGOs should know before approaching them.'],
  ['linkedin', 'fr', 'financial', 'Comité de direction de ce matin : la marge de gestion de notre activité de conseil est tombée à 8,2 % sur le premier semestre (objectif 14 %). Les chiffres seront présentés aux associés avant toute diffusion. On a du travail.'],
  ['x', 'fr', '', 'Le Fonds vert pour le climat a annoncé hier 1,2 milliard de dollars de nouveaux projets. Décryptage dans notre note publique.'],
  ['linkedin', 'en', 'financial', `Donor pledge tracker (pre-conference, do not circulate):
| Donor | Pledge | Status |
| Nordic ministry | USD 6.0m | verbal |
| Gulf fund | USD 2.5m | letter pending |
| Foundation X | USD 1.2m | confirmed, not public |
Total so far: USD 9.7m vs 15m target.`],
  ['linkedin', 'en', '', 'Pledging conference recap: 38 donors announced USD 1.6 billion on stage today, according to the co-hosts\' closing statement. Our statement welcoming the outcome is on our website.'],
  ['linkedin', 'fr', 'financial', 'Bonne nouvelle que je ne peux pas encore crier sur les toits : le ministère belge nous renouvelle pour 2,8 M EUR (2027-2029). L\'arrêté ministériel n\'est pas encore signé, donc on ne communique rien avant.'],
  ['linkedin', 'fr', '', 'Offre de stage rémunéré à Bruxelles : 1 050 EUR bruts par mois, 6 mois, dès février. Envoyez CV et lettre via notre site.'],
  ['linkedin', 'en', 'financial', 'Writing our valuation memo for the social-enterprise spin-off: pre-money of CHF 4.5m proposed to the impact investors. Term sheet still under negotiation, so nothing\'s public. Learning a lot about cap tables for a non-profit person!'],
  ['linkedin', 'en', '', 'Our social enterprise was valued at CHF 4.5m in the round we announced last March (press release linked). One year on, here\'s what we learned.'],
  ['x', 'en', 'financial', 'Our grant renewal just got approved internally by the donor\'s programme committee: EUR 1.9m, up from 1.4m. Official notification comes in 3 weeks, so shh. Very emotional day.'],
  ['linkedin', 'en', '', 'A friend asked how much a mid-size NGO spends on rent in Geneva. Public data from the cantonal registry says the median is around CHF 420 per m² per year. Your mileage may vary.'],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL - FIELD SECURITY ADVISORY
Movement between the sub-office and the northern camps suspended until further notice. Staff to use the alternate route via the river crossing only with two vehicles. Next review Monday 08:00.
(Sorry, meant for the security WhatsApp group, not here.)`],
  ['linkedin', 'en', '', 'Our security focal points spent three days in Nairobi learning how to write field security advisories that people actually read. Short, dated, with one clear instruction. Highly recommend the course.'],
  ['linkedin', 'fr', 'confidential_marker', `Classification : RESTREINT – usage interne
Point sécurité hebdo bureau de Goma : couvre-feu avancé à 18h pour le personnel national et international, déplacements vers Rutshuru suspendus.
Oups, mauvais onglet, je supprime.`],
  ['linkedin', 'fr', '', 'Pourquoi les mentions « confidentiel » sur nos rapports ne protègent rien si personne ne sait qui peut les lire ? Petit billet sur la classification de l\'information dans les ONG.'],
  ['x', 'en', 'confidential_marker', 'TLP:AMBER — phishing campaign impersonating our HR team targeting country offices, sender spoofs the director\'s name. Do not click attachments titled "salary revision". Share only with partners who need to act.'],
  ['x', 'en', '', 'Nice explainer from CERT-EU on the Traffic Light Protocol: TLP:CLEAR, GREEN, AMBER and RED, and when to use each. Bookmarking for our next training.'],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 10 DECEMBER 2026, 00:01 CET
Report: Child marriage in crisis settings. Key finding: rates rose by a third in displacement camps surveyed across four countries.
Media contact details below.`],
  ['linkedin', 'en', '', 'Our report on child marriage in crisis settings is live today, after lifting the embargo at midnight. Thank you to the journalists who respected it and to the 600 girls who shared their stories.'],
  ['linkedin', 'fr', 'confidential_marker', 'EMBARGO jusqu\'au jeudi 6h : l\'indice de vulnérabilité 2027 place trois pays du Sahel en tête. Communiqué complet et infographies en pièce jointe pour les rédactions.'],
  ['linkedin', 'fr', '', 'Question aux journalistes de mon réseau : comment gérez-vous un embargo quand une autre rédaction le rompt ? On réfléchit à nos règles pour les prochains rapports.'],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Draft talking points for the Executive Director's panel:
1. Reaffirm neutrality
2. No comment on the ongoing negotiation with the host government
3. Redirect to the protection report
Pasting here so I can copy on my phone, deleting in a sec.`],
  ['linkedin', 'mixed', 'confidential_marker', 'SOUS NDA — merci de ne pas transférer. Notes from the workshop with the ministry: they are considering moving the cash-transfer programme to the national social registry by Q3. Discussions still very early.'],
  ['linkedin', 'en', '', 'Signed my first NDA today as a freelance policy researcher. Tips from seasoned consultants on what to watch in these contracts are welcome.'],
  ['x', 'en', '', 'Watching a documentary called "Classified" on the flight to Bangalore. Not bad, a bit long.'],
  ['linkedin', 'en', 'internal_url', 'For the evaluation team: the final beneficiary survey is now on the server at https://kobo.field.acme-corp.net/x/5tGh2 and the cleaned dataset sits in \\\\fs01.geneva.corp\\MEAL\\2026\\survey_final. Ping me if access fails.'],
  ['linkedin', 'en', '', 'We switched our beneficiary surveys to KoboToolbox this year. Public forms at kf.kobotoolbox.org are free for humanitarian orgs, and offline data collection just works. Highly recommend.'],
  ['linkedin', 'fr', 'internal_url', 'Pour les nouveaux du bureau de Bruxelles : la procédure de remboursement des frais est ici https://intranet.fondation-horizon.org/rh/frais et le formulaire de mission sur http://10.20.4.15/missions. Bienvenue !'],
  ['linkedin', 'fr', '', 'Notre nouveau site est en ligne : www.fondation-horizon.org, avec nos rapports, nos offres d\'emploi et nos appels à projets. Dites-nous ce que vous en pensez !'],
  ['linkedin', 'en', 'internal_url', 'Dashboard for the donor call is up at http://grants-dash.internal:8080/pledges?view=live - refresh before 3pm so the numbers are current.'],
  ['linkedin', 'en', 'internal_url', 'Our IT volunteer wrote a neat guide to the printer mess in the Ottawa office. TL;DR: add printer at 192.168.12.40, driver from http://printserver.ottawa.local/drivers, and stop printing 80-page reports 🙏'],
  ['linkedin', 'en', '', 'Pro tip for small NGOs: your home router is probably at 192.168.1.1 and still uses the factory admin password. Change it today. Your staff work from home more than you think.'],
  ['linkedin', 'en', 'internal_url', 'Quick reminder to all MEAL officers: the survey tool moved to https://surveys.corp.acme.com/s/hh-baseline-2027 — the old link will die on Friday.'],
  ['linkedin', 'en', '', 'Survey says! We asked 1,200 households in Karnataka how they would spend an unconditional transfer. Full results on our public page: https://www.sahayog-research.in/cash-study'],
  ['x', 'en', '', 'Blog up on our public site: https://ottawa-policy-lab.ca/briefs/carbon-border - thoughts on Canada\'s position ahead of COP.'],
  ['linkedin', 'en', 'internal_url', 'Shared drive link for the Brussels advocacy folder, in case anyone lost it: https://sharepoint.acme-corp.net/sites/advocacy-eu/Shared%20Documents/2027-planning'],
  ['linkedin', 'fr', '', 'On cherche un nom pour notre nouvel espace de partage interne. « Intranet » fait trop années 2000. Des idées ?'],
  ['linkedin', 'en', 'secret', 'Our data officer in Bangalore is leaving, so for the handover: Kobo admin login is meal.admin / Rainy$eason2026!, and the SMS gateway API key is 7f3c9a1e44b0d82e6a5f01c9b3d7e2a8. I\'ll reset both after she trains you.'],
  ['linkedin', 'en', 'secret', 'Guest Wi-Fi for the donor roundtable tomorrow at our Geneva office: network "Horizon-Guests", password Lac-Leman-1864. See you at 9!'],
  ['linkedin', 'fr', 'secret', 'Wi-Fi salle de formation du bureau de Bruxelles : SSID ONG-Formation, mot de passe : Manneken#Pis42. À partager aux participants de l\'atelier plaidoyer de lundi.'],
  ['linkedin', 'en', '', 'Spent the morning teaching our field staff how to create strong passphrases: four random words beat one clever word with symbols. Example of the format (not a real one): "correct horse battery staple".'],
  ['linkedin', 'en', 'secret', 'Alert webhook for the field incident bot, so country offices can post to it: https://hooks.slack.com/services/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'],
  ['linkedin', 'en', 'secret', 'Got the beneficiary database connected to our dashboard finally!! For the records, in case I lose it: postgresql://mealuser:Gv8#tq2Lr9@db.horizon-ngo.org:5432/beneficiaries'],
  ['linkedin', 'en', '', 'Our cloud template for partner NGOs uses DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME. Fill in your own values and never commit them to git.'],
  ['linkedin', 'en', '', 'The AWS docs use AKIAIOSFODNN7EXAMPLE as the sample access key. If you see it in your logs, someone copied a tutorial.'],
  ['x', 'en', 'secret', '@ITsupport the mass-mail tool is failing again, token is mg_live_4c1e9b7a2f55d08e91a3b6c7d0f2e8a1, can you check the quota? #urgent'],
  ['linkedin', 'fr', 'secret email', 'Pour le stagiaire qui reprend l\'envoi de la newsletter : identifiant dons@fondation-horizon.org, mot de passe Helvetia_Don2026, le tout dans l\'outil d\'emailing. Changer à la première connexion.'],
  ['linkedin', 'en', '', 'Default router password: admin / changeme. If that\'s still what\'s on your office box, this post is for you.'],
  ['linkedin', 'en', 'secret', `Pasted from our deployment notes (oops):
SURVEY_API_TOKEN=9d2f61c8b7e04a3f95d1c06ab8e7f342
ENKETO_SECRET=wB7kQz3rTm9Xv2Lp
Will rotate after the pilot.`],
  ['x', 'en', '', 'Stripe\'s test card 4242 4242 4242 4242 is the most successful "donation" our staging site has ever received.'],
  ['linkedin', 'en', 'national_id phone', `Registration list for the cash pilot, pasting for the field team:
1. Lakshmi R., Aadhaar 7469 3135 5826, mobile +91 98450 12376
2. Manjunath K., Aadhaar 4037 5551 2204, mobile +91 97411 60832
Please verify at the distribution point.`],
  ['linkedin', 'en', '', 'Aadhaar numbers are 12 digits with a Verhoeff check digit. A good reason not to collect them at all if your programme doesn\'t strictly need them. Data minimisation is a protection issue.'],
  ['linkedin', 'en', '', 'Training slide on what a masked Aadhaar looks like: XXXX XXXX 5826. Only the last four digits are visible, which is what partners should store.'],
  ['linkedin', 'en', 'national_id', 'Can someone from finance check why the consultant fee for Ravi Shenoy (PAN BQWPK4821M) was taxed at 20%? He did submit his PAN, the TDS should be 10%.'],
  ['linkedin', 'en', '', 'Indian PAN format explained for our new finance interns: five letters, four digits, one letter, like the ABCDE1234F example printed on every tax guide.'],
  ['linkedin', 'en', 'national_id', 'Onboarding our new US-based board member went smoothly. For the payroll vendor: Janet Morales, SSN 531-72-4819, address on file. Thanks!'],
  ['linkedin', 'en', '', 'Fun fact for the data-protection workshop: the SSN 078-05-1120 was printed on a sample card sold with wallets in 1938, and thousands of people used it as their own.'],
  ['linkedin', 'fr', 'national_id', 'Pour le dossier d\'affiliation de notre nouvelle collègue à Bruxelles : numéro de registre national 85.04.12-137.55, date d\'entrée le 2 janvier. Merci au secrétariat social de confirmer.'],
  ['linkedin', 'fr', '', 'Rappel RGPD pour nos antennes belges : le numéro de registre national (11 chiffres, format AA.MM.JJ-XXX.CC) ne doit figurer dans aucun tableur partagé. Utilisez l\'identifiant interne.'],
  ['linkedin', 'fr', 'national_id', `Liste des participants à l'atelier avec numéros nationaux pour l'assurance :
- Amélie Dubois, 92.07.30-264.41
- Noah Peeters, 03.02.15-081.60
Envoyée ici par erreur, je supprime.`],
  ['linkedin', 'fr', '', 'Exercice de la formation protection des données : le numéro 78.01.01-045.23 que vous voyez sur la diapo a une clé de contrôle fausse. Saurez-vous expliquer pourquoi ?'],
  ['linkedin', 'en', 'national_id', 'Reimbursement form for the Ottawa workshop facilitator, Daniel Tremblay, SIN 189 305 824, is attached. Finance, please process before the holidays.'],
  ['linkedin', 'en', '', 'Canada\'s Social Insurance Number uses the Luhn algorithm, just like credit cards. A quick way to catch typos in your HR forms before they reach payroll.'],
  ['linkedin', 'en', 'national_id', 'Beneficiary 0427 complaint log: caller gave her Aadhaar 6268 5087 4451 and said the transfer never arrived. Escalating to the partner bank.', { surface: 'comment' }],
  ['linkedin', 'en', '', 'The caller\'s Aadhaar was 5143 9856 0247 according to the hotline note, but it fails the check digit, so it was probably misheard. Another reason to use voice-to-text carefully.'],
  ['linkedin', 'mixed', 'national_id', 'Petit rappel pour l\'équipe RH Genève: le numéro AVS de notre nouvelle collègue est 756.6963.4434.98, please add it to the pension file before the 31st.'],
  ['linkedin', 'fr', '', 'Le numéro AVS suisse commence toujours par 756, le code pays. Notre guide RH explique pourquoi il ne faut jamais l\'utiliser comme identifiant de dossier.'],
  ['x', 'en', 'national_id', 'Sending my dad\'s details to the tax consultant from my phone: Aadhaar 8827 8799 4365, PAN AKLPS7733R. Why is this so hard 😩'],
  ['linkedin', 'fr', 'iban', 'Avis à nos fournisseurs : à partir du 1er janvier, veuillez régler nos factures sur notre nouveau compte à la Banque Cantonale : CH91 0076 2846 5297 6603 1. L\'ancien compte sera clôturé fin février.'],
  ['linkedin', 'en', '', 'Warning to our suppliers: we will never change our bank details by email. If you receive a message asking you to pay to CH88 0076 2007 1552 9687 1 or any other "new" account, call us first.'],
  ['linkedin', 'en', 'iban', 'For the partners asking where to send the co-funding for the Brussels conference: Fondation Horizon, BE55 0407 4288 5344, reference CONF-2027. Thank you all!'],
  ['linkedin', 'fr', 'iban', 'Pour les dons par virement de la campagne hiver : IBAN FR76 3000 4008 2396 7776 5796 604, libellé « Hiver 2026 ». Chaque euro compte.'],
  ['linkedin', 'en', '', 'Our donation page now supports TWINT, PostFinance and credit cards. IBAN details are on our secure page, not on social media, so nobody can swap them in a screenshot.'],
  ['linkedin', 'en', 'iban', 'Dear consortium partners, here are the bank details for the first tranche transfer: Horizon Research gGmbH, DE59 3704 0044 3865 9077 11, Commerzbank Köln. Please quote the grant number.'],
  ['linkedin', 'en', 'iban', 'Finally sorted the honorarium for our Dutch panellist. Paid to NL33 INGB 6479 9108 93, for anyone from accounts reconciling the December batch.'],
  ['linkedin', 'en', '', 'A specimen IBAN for our finance training: GB82 WEST 1234 5698 7654 32 (the one used in every UK banking example). Never use a real account in slides.'],
  ['linkedin', 'en', 'card', 'Booking the flights for the Bangalore mission, can someone check if this card still works? 4438 5247 6177 9563, exp 08/28. It got declined twice.'],
  ['linkedin', 'fr', 'card', 'Carte corporate pour les frais de la mission Genève-Bruxelles : 5133 6888 6635 5002, à utiliser uniquement pour les billets de train. Merci de garder les reçus !'],
  ['linkedin', 'en', '', 'Our online donation system rejected 4774 1436 5124 1767 as invalid, correctly, the check digit is wrong. Typo-catching is good UX.'],
  ['x', 'en', 'card', 'lol I just pasted our team Amex into the wrong chat, 3762 229433 00174. Cancelling it now, ignore.'],
  ['linkedin', 'en', '', 'Masked card on the receipt: **** **** **** 7063. That\'s how receipts should look. If yours shows the full number, complain to the merchant.'],
  ['linkedin', 'en', 'email', 'Applications for the fellowship close Friday. Questions go to our programme lead directly: aparna.iyer@sahayog-research.in'],
  ['linkedin', 'en', 'email', 'For press requests about the embargoed report, write to press@geneva-rights-forum.org or to me at t.keller@geneva-rights-forum.org.'],
  ['linkedin', 'fr', 'email', 'Vous souhaitez rejoindre notre réseau de bénévoles à Bruxelles ? Écrivez-nous à benevoles [at] maison-solidaire [dot] be, on répond sous 48 h.'],
  ['linkedin', 'en', '', 'Visit geneva-rights-forum.org for our latest policy briefs and podcasts.'],
  ['linkedin', 'en', 'email', 'Hi Marc, thanks for the quick reply! As discussed, please send the signed partnership agreement to grants @ ottawapolicylab.ca so we can countersign.', { surface: 'comment' }],
  ['x', 'en', '', 'Email is still the most underrated advocacy tool. Change my mind.'],
  ['linkedin', 'fr', 'email', 'Pour toute question sur l\'appel à projets, contactez appels@fondation-horizon.org avant le 31 janvier.'],
  ['linkedin', 'en', 'email', 'Reply to a donor: Thank you so much for your generosity! Your tax receipt will be sent by our supporter care team from donorcare@sahayog-research.in within 10 days.', { surface: 'comment' }],
  ['linkedin', 'en', 'phone', 'Field security hotline for the Sahel mission, save it now: +41 22 917 34 58 (24/7 duty officer). For medical emergencies call the local 112 equivalent first.'],
  ['linkedin', 'fr', 'phone', 'Nouveau numéro du standard de notre bureau genevois : 022 733 41 90. Le numéro précédent ne sera plus attribué dès lundi.'],
  ['linkedin', 'en', 'phone', 'If you\'re attending our Bangalore policy dialogue and get lost, call Priya on +91 80 4112 7788 or WhatsApp +91 99001 45327.'],
  ['linkedin', 'en', 'phone', 'Our beneficiary helpline is toll-free: 1800 425 1133, Monday to Saturday. Share widely with communities in Karnataka!'],
  ['linkedin', 'en', 'phone', 'Ottawa office closed tomorrow due to the ice storm. Urgent matters: Michel, cell 613-782-4410.'],
  ['linkedin', 'fr', 'phone', 'Pour joindre notre antenne bruxelloise pendant les fêtes : +32 2 511 47 30, ou le portable de garde 0476 23 81 95.'],
  ['linkedin', 'en', '', 'In an emergency in Switzerland dial 112, 117 for police, 144 for an ambulance. In India, 112 works as well. Save these before your next field trip.'],
  ['x', 'en', '', '911 is the only number that matters tonight. Stay safe Ottawa, this storm is no joke.'],
  ['linkedin', 'en', 'phone', 'Mobile of our Geneva duty officer this weekend: 079 412 56 03. Text first if not urgent.'],
  ['linkedin', 'mixed', 'phone', 'Merci à tous pour la conf d\'hier! If you need the slides, call our comms desk at +1 (514) 846-2270 ou écrivez via le site.'],
  ['linkedin', 'en', '', 'Our report lists 15 country offices, 112 partner organisations and 1,800 trained volunteers. Numbers we\'re proud of.'],
  ['x', 'fr', '', 'Appelez le 15 pour une urgence médicale, le 18 pour les pompiers. Petit rappel avant les fêtes.'],
  ['linkedin', 'en', '', 'Reference number for your grant application: GA-2027-004417. Keep it for all correspondence, no need to call.'],
  ['linkedin', 'en', 'codename', 'Kicked off Project Kestrel today with our data partners in Bangalore: a predictive model to flag households at risk of falling out of the school-meal programme. Internal name only for now, launch branding TBD.'],
  ['linkedin', 'en', '', 'Spotted a kestrel hovering over the UN lawn this morning, perfectly still against the wind. Geneva has its perks.'],
  ['linkedin', 'fr', 'codename', 'Point d\'étape Orion : le nouveau système de gestion des subventions passe en recette le 12 janvier. Les bureaux pays migreront par vagues à partir de février.'],
  ['x', 'en', '', 'Clear skies over the Jura tonight, Orion rising in the east. Perfect end to a long week of donor meetings.'],
  ['linkedin', 'fr', 'codename', 'Réunion de cadrage Nébula avec le bureau de Bruxelles : on vise une première version du tableau de bord plaidoyer avant la présidence du Conseil de l\'UE.'],
  ['linkedin', 'fr', '', 'Soirée astronomie avec les enfants de l\'école partenaire : ils ont adoré la nébuleuse d\'Orion dans le télescope.'],
  ['linkedin', 'en', 'codename', 'Atlas Bleu is officially in pilot! Three field offices are now testing the new beneficiary-feedback app. Shout-out to the design team who worked weekends.'],
  ['linkedin', 'fr', '', 'Mon chat s\'appelle Atlas et il a décidé que le clavier était à lui pendant ma réunion avec le conseil. Bleu de honte, j\'ai dû m\'excuser.'],
  ['linkedin', 'en', 'client_name', 'Wrapped up our policy review for Globex today. Their supply-chain human-rights due diligence is better than most, but the grievance mechanism needs serious work. Final report goes to their board next month.'],
  ['linkedin', 'fr', 'client_name', 'Mission terminée pour l\'Hôpital Sainte-Claire : notre équipe a évalué leur programme d\'accès aux soins pour les migrants. Restitution prévue au comité de direction en janvier.'],
  ['linkedin', 'fr', '', 'Visite de la chapelle Sainte-Claire à Genève lors des journées du patrimoine. Un bijou méconnu !'],
  ['linkedin', 'en', 'client_name financial', 'Our consultancy\'s proposal to Initech for the ESG materiality assessment: CHF 186,000, 14 weeks. They decide next week, so fingers crossed and mouths shut.'],
  ['linkedin', 'fr', 'client_name', 'Atelier de co-construction avec Société Générique ce matin sur leur politique de mécénat. Des échanges riches et francs.'],
  ['linkedin', 'en', 'client_name', 'Pasting from the CRM by mistake: Globex - renewal of the responsible-sourcing advisory, next call 14 Jan, key contact their CSO.'],
  ['linkedin', 'en', 'codename client_name', 'Team update: Orion phase 2 scoping with Initech is done, steering committee agreed on the three pilot countries.'],
  ['linkedin', 'en', '', 'Reading "Atlas of Human Rights" this winter, a beautiful book of maps. Recommend it to every advocacy officer.'],
  ['linkedin', 'en', '', 'The Atlas mountains are on our route for the Morocco learning trip. Bring warm clothes, it gets cold at night.'],
  ['x', 'en', 'codename', 'the Nébula dashboard broke again five minutes before the board demo. Of course it did.'],
  ['linkedin', 'en', 'financial confidential_marker', `CONFIDENTIAL – BOARD OF TRUSTEES
Item 4: approval of the 2027 operating budget, CHF 22.6m, including a 4% salary adjustment. Not to be shared with staff before the all-hands on 15 January.`],
  ['linkedin', 'en', 'email phone', 'Great to meet so many of you at the Brussels Civil Society Forum! Reach out any time: sophie.lambert@eu-policy-hub.eu / +32 470 55 18 62'],
  ['linkedin', 'mixed', 'national_id phone', 'Registration du participant pour la formation de Genève: Rahul Menon, PAN CPMPM6190K, mobile +91 98860 33214, arrival 3 Feb. Sorry wrong channel.'],
  ['linkedin', 'en', 'internal_url secret', `Dev notes for the pledge tracker:
URL: http://10.8.1.22:3000/admin
admin password: Bangalore@Monsoon9
Deleting this post now, wrong window.`],
  ['linkedin', 'fr', 'iban email', 'Pour les inscriptions à notre colloque de Bruxelles, virement sur BE09 4576 3026 2657 puis envoyez la preuve à colloque@maison-solidaire.be. Merci !'],
  ['linkedin', 'en', 'financial codename', 'Atlas Bleu budget approved by the steering committee: CHF 1.15m for the 2027 rollout. We tell the country directors on Monday, please don\'t pre-empt.'],
  ['linkedin', 'en', 'card email', 'Hey team, for the workshop catering use the card 2223 0427 4420 1723 and send receipts to finance.geneva@horizon-ngo.org. Thanks!'],
  ['linkedin', 'fr', 'confidential_marker financial', `INTERNE – NE PAS DIFFUSER
Prévisions de collecte 2027 : 11,8 M EUR (dont legs 3,2 M). Chiffres provisoires, à valider par le bureau le 20.`],
  ['linkedin', 'en', 'phone national_id', 'Field office note: beneficiary Sunita D. (Aadhaar 7469 3135 5826) called from +91 90089 11723 about her missing transfer. Please follow up.'],
  ['linkedin', 'en', '', 'After nine years at the foundation, today is my last day. I arrived as an intern sorting grant files and leave as head of programmes. Thank you to every colleague in Geneva and in the field. Staying in touch: my personal site is in my profile.'],
  ['linkedin', 'fr', '', 'Dernier jour au bureau de Bruxelles. Merci à cette équipe incroyable pour six années de plaidoyer, de nuits de négociations et de gaufres partagées.'],
  ['x', 'en', '', `Poll for NGO folks: how long does your board take to approve an annual budget?
- one meeting
- two meetings
- a quarter
- we're still waiting`],
  ['linkedin', 'en', '', `Changelog of our open-source survey toolkit v2.4:
- offline sync fixed for Android 14
- Hindi and Kannada translations
- export to CSV now keeps question order
Thanks to the contributors in Bangalore!`],
  ['linkedin', 'en', '', 'Post-mortem of our failed crowdfunding campaign: we aimed for CHF 60,000 and raised 21,400. Lessons: launch with a match donor, keep the video under 90 seconds, post daily. Publishing the numbers because transparency matters.'],
  ['linkedin', 'fr', '', 'Retour d\'expérience sur notre évaluation à mi-parcours : 3 bureaux pays, 420 entretiens, 12 recommandations. Le rapport public est disponible sur notre site.'],
  ['x', 'en', '', '1/ Thread on why donor pledges at conferences rarely become cash. Our analysis of 10 years of public pledging data shows only 62% gets disbursed within two years.'],
  ['x', 'en', '', '2/ The gap is worst for multi-year pledges announced at high-profile events. Public OECD data, link below. Donors, we see you.'],
  ['linkedin', 'en', '', 'Live from the Bangalore Social Impact Summit! Panel on data protection for beneficiary registries just started. Key quote: "If you cannot protect it, don\'t collect it."'],
  ['linkedin', 'en', '', 'Supplier notice: our office will be closed from 24 December to 2 January. Invoices received during that period will be processed from 5 January.'],
  ['linkedin', 'fr', '', 'Conseil du jour pour les chargés de projet : dans vos budgets, distinguez toujours coûts directs, coûts indirects et contingence. Vos bailleurs vous remercieront.'],
  ['linkedin', 'en', '', 'Our board met today and approved the new safeguarding policy. It will be published on our website next week, in English, French and Hindi.'],
  ['linkedin', 'en', '', 'Excited to share that the foundation has awarded CHF 1.2 million to 14 grassroots organisations this year, as announced in our public grants list this morning.'],
  ['linkedin', 'fr', '', 'La fondation vient d\'annoncer publiquement 850 000 francs pour la recherche sur la santé des femmes migrantes. Fière d\'avoir contribué au dossier !'],
  ['linkedin', 'en', '', 'Hot take: "confidential" on every slide deck teaches people to ignore the word. Classify what matters, share the rest.'],
  ['linkedin', 'en', '', 'We are hiring a Country Security Advisor based in Goma. Package: USD 78,000 - 92,000 per year plus hardship allowance, as published in the vacancy note.'],
  ['linkedin', 'en', '', 'Our Ottawa team is growing! Policy Analyst, CAD 68,000 to 79,000, hybrid. Apply on our jobs page before 10 January.'],
  ['linkedin', 'fr', '', 'Offre : Responsable administratif et financier, Genève, CHF 105\'000 à 120\'000 selon expérience. Candidatures sur notre site avant le 20 janvier.'],
  ['linkedin', 'en', '', 'The UN regular budget for 2026 was approved by the General Assembly at about US$3.72 billion. Useful context for our briefing on funding cuts.'],
  ['linkedin', 'en', '', 'Our foundation\'s endowment returned 6.4% last year, as reported in our published financial statements. Slightly below benchmark.'],
  ['linkedin', 'en', '', 'Community update: the water committee in Tumakuru raised ₹1.8 lakh from villagers themselves for pump maintenance. Local ownership in action.'],
  ['x', 'en', '', 'Unpopular opinion: overhead ratios are a terrible measure of NGO quality. A 25% overhead that pays for good M&E beats a 5% one that pays for nothing.'],
  ['linkedin', 'en', '', 'Tip for survey designers: pilot your Kobo form with five respondents before the real round. You\'ll find the typo in question 14 that nobody saw.'],
  ['linkedin', 'fr', '', 'Nous avons déménagé ! Nouvelle adresse : rue de la Loi 42, 1040 Bruxelles. Même équipe, plus de lumière.'],
  ['linkedin', 'en', '', 'Throwback to our first field visit in Karnataka: 4 staff, one jeep, 300 km of potholes. Ten years later, we work in 11 districts.'],
  ['linkedin', 'en', '', 'Thank you to the 2,300 supporters who gave on Giving Tuesday: CHF 184,000 raised, as shown live on our public donation counter.'],
  ['linkedin', 'en', '', 'Launching our public consultation on the draft Geneva Principles for Beneficiary Data. Comment period open until 28 February.'],
  ['linkedin', 'fr', '', 'Sondage express : quel outil utilisez-vous pour vos enquêtes terrain ? Kobo, ODK, SurveyCTO, ou le bon vieux papier ?'],
  ['linkedin', 'en', '', 'Security tip for staff travelling to the field: share your itinerary with your security focal point, not on LinkedIn. Yes, this post is ironic.'],
  ['linkedin', 'en', '', 'Reply to a supporter: thanks for flagging the broken link! The report is now available again on our website\'s publications page.', { surface: 'comment' }],
  ['linkedin', 'fr', '', 'Merci pour votre message ! Notre rapport annuel est disponible en ligne, et nos comptes audités y figurent en annexe.', { surface: 'comment' }],
  ['linkedin', 'en', '', 'Great question, Ahmed. The pledge figure we published in the press release is the total over five years, not per year.', { surface: 'comment' }],
  ['linkedin', 'en', '', 'Our internship programme is unpaid no more: from 2027, every intern receives CHF 2,500 per month. Announced today at the staff assembly and on our website.'],
  ['linkedin', 'mixed', '', 'Bonne année à tous nos partenaires! 2026 was the year we reached 1 million beneficiaries across our programmes. Merci, thank you, dhanyavaad.'],
  ['linkedin', 'en', '', 'Attended a fascinating session on the Orion Spacecraft\'s life-support systems at the Swiss Space Center. Nothing to do with my day job in migration policy, but wow.'],
  ['x', 'en', '', 'My colleague named the office plant Kestrel. It has survived three reorganisations, more than some of us.'],
  ['linkedin', 'en', '', 'Reminder that a CHF 45 donation covers a family hygiene kit for a month. Link to donate in the comments.'],
  ['linkedin', 'fr', '', 'Ma première note de politique publique est en ligne ! Elle porte sur le financement des collectivités locales en Afrique de l\'Ouest. Critiques bienvenues.'],
  ['linkedin', 'en', '', 'How we keep beneficiary data safe: pseudonymised IDs, encrypted tablets, and a strict rule that no names, IDs or phone numbers ever appear in reports or slides.'],
  ['linkedin', 'en', '', 'Example dataset for our R workshop uses fake households like HH-0001 with synthetic ages and incomes. No real data, ever.'],
  ['linkedin', 'fr', '', 'Le numéro 0800 n\'est pas toujours gratuit depuis un mobile à l\'étranger, vérifiez avant de le communiquer aux bénéficiaires. Petite leçon apprise à nos dépens.'],
  ['x', 'en', '', 'The Canadian budget tabled today includes CAD 1.5B in international assistance. Our full reaction: ottawa-policy-lab.ca/reaction'],
  ['linkedin', 'en', '', 'Welcome to our new board chair, Dr Meera Nair, elected unanimously at yesterday\'s public AGM.'],
  ['linkedin', 'en', 'financial', 'Heads-up for the comms team: the foundation\'s trustees signed off a USD 5M emergency grant for the flood response this afternoon. Their announcement is scheduled for Tuesday\'s press conference; we mirror it only after they go live.'],
  ['linkedin', 'fr', 'financial', 'Entre nous, le bailleur allemand a confirmé oralement 1,6 M EUR pour la phase 2 du programme de Kinshasa. Rien d\'écrit, rien d\'officiel, donc pas un mot aux partenaires avant la lettre d\'engagement.'],
  ['x', 'en', 'financial', 'draft press release still sitting in my outbox: "Sahayog secures ₹12 crore from a philanthropic trust to scale its school-meals work". Embargo lifts Monday. Can\'t. Wait.'],
  ['linkedin', 'en', 'financial', 'Our fee proposal for the UN agency\'s evaluation tender: USD 248,500 all-in, 22 consultant-days in Geneva and 60 in the field. Submission closes Friday, competitors wouldn\'t mind seeing this, so I\'ll keep the rest offline.'],
  ['linkedin', 'mixed', 'financial', 'Quick recap du comité d\'investissement: they agreed to lend CHF 900k to the microfinance partner at 3.5%, decision to be communicated to the partner next week only.'],
  ['linkedin', 'en', 'financial', 'Internal pipeline as of today: 14 proposals pending, total value EUR 23.4m, weighted EUR 8.9m. Sharing the trend with the senior team before the Q1 review, not for external use.'],
  ['linkedin', 'fr', 'financial', 'Le ministère canadien nous a informés que notre contribution passera de 3,4 à 2,1 M CAD l\'an prochain. L\'annonce aux employés se fera vendredi, d\'ici là, discrétion totale.'],
  ['linkedin', 'en', 'financial', 'Our price for the new donor-reporting platform licence will go from CHF 1,200 to 1,650 per country office from April. Partners haven\'t been informed yet, that letter goes out next month.'],
  ['linkedin', 'en', 'secret', 'For the evaluation consultants: the shared folder passphrase is "tamarind-ferry-orbit-lantern", valid until the end of the assignment.'],
  ['linkedin', 'fr', 'secret', 'Code du coffre du bureau de terrain de Bukavu : 4-19-27-8. Je le poste ici pour ne pas l\'oublier en rentrant, je l\'enlève demain.'],
  ['linkedin', 'en', 'secret', 'Radio room note for the sub-office: the satellite phone PIN is 7391 and the PUK is 54820316. Keep the card in the grab bag.'],
  ['x', 'en', 'secret', '@helpdesk the SFTP for the donor reports rejects me, user: horizon_reports pass: Qx7!mL2pe#Wd - what\'s wrong?'],
  ['linkedin', 'en', 'secret', 'Bot token for the field alerts channel, since the old one was revoked: 6834519027:AAG7kX2LhQp9vTzRw3YcNf8mB1sDe4uJo0k'],
  ['linkedin', 'en', 'phone', 'Ottawa team retreat! The lodge number in case of emergency: +1 819-459-3180. See you at the dock.'],
  ['linkedin', 'fr', 'phone', 'Notre bureau de Dakar est joignable au +221 33 869 42 17 et celui de Bamako au +223 20 22 91 58 pendant la fermeture de Genève.'],
  ['linkedin', 'en', 'phone', 'Panel logistics: driver Ramesh will pick you up at Bengaluru airport, his number is 98455 61209.'],
  ['linkedin', 'en', 'phone', 'For the donor field visit to Nepal, our country coordinator\'s number is +977 985-1034927. Please message before you land.'],
  ['linkedin', 'en', 'phone', 'Brussels to Geneva travel desk: call our agency on +44 20 7946 0312 for changes, they\'re open weekends.'],
  ['linkedin', 'en', 'national_id', 'Forwarding the visa support letter for our consultant: name Karan Malhotra, PAN DXJPM2275Q, passport on file. Embassy asked for tax id too.'],
  ['linkedin', 'en', 'national_id', 'Payroll update for our Washington liaison: new hire Emily Carter, SSN 412-68-9037, start date Jan 6.'],
  ['linkedin', 'en', 'national_id phone', 'Canadian contractor setup: Isabelle Gagnon, SIN 435 487 517, phone 613-290-5574. HR please add to the system before Friday.'],
  ['linkedin', 'en', 'iban', 'Honoraria for the Swiss reviewers go to CH23 0023 5558 1966 2925 2 - I\'ll reconcile on Monday.'],
  ['linkedin', 'en', 'iban', 'Account details for the UK-based trust that\'s co-funding us: GB51 NWBK 6016 1313 0661 31. Transfer scheduled for the 15th.'],
  ['linkedin', 'fr', 'iban', 'Paiement du prestataire luxembourgeois pour l\'audit : LU31 0014 0599 5896 7197, référence AUD-2026-11.'],
  ['linkedin', 'en', 'card', 'Conference registration keeps failing with our Discover card 6011 8578 0979 3299. Anyone else having issues with the portal?'],
  ['linkedin', 'en', 'card', 'Card for the Geneva staff lunch tomorrow: 4446 4668 9708 6242, please only swipe once, the bank flagged us last time.'],
  ['linkedin', 'en', 'email', 'Data protection officer for our Indian operations is reachable at dpo.india@sahayog-research.in for any beneficiary request.'],
  ['linkedin', 'en', 'email', 'Curious about our internship? Drop a line to nandini.rao(at)sahayog-research(dot)in and she\'ll share the details.'],
  ['linkedin', 'en', 'internal_url', 'Donor due-diligence checklist lives at https://docs.intranet.geneva-rights-forum.org/dd/checklist-v3. Please stop emailing the old PDF.'],
  ['linkedin', 'en', 'internal_url', 'The pledge dashboard is back online: http://172.16.40.9/pledges. Thanks IT!'],
  ['linkedin', 'fr', 'internal_url', 'Les notes de la retraite stratégique sont sur https://wiki.acme-corp.net/strategie/retraite-2026, merci de commenter avant jeudi.'],
  ['linkedin', 'en', 'confidential_marker', 'TLP:RED — indicators of compromise from the attack on our partner\'s beneficiary database. Do not forward beyond this group.'],
  ['linkedin', 'en', 'confidential_marker', `STRICTLY CONFIDENTIAL
Staff relocation plan for the northern sub-office, effective 48h. Names withheld. (Posted to the wrong page, deleting.)`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL – Ne pas diffuser
Ordre du jour du comité d'éthique : plainte n° 2026-14 concernant un partenaire de mise en œuvre.`],
  ['linkedin', 'en', 'codename', 'Day 1 of the Project Kestrel user testing in Tumakuru: field officers loved the offline mode, hated the font size. Fixing both this week.'],
  ['linkedin', 'fr', 'client_name', 'Restitution de notre étude d\'impact chez Globex demain à Bruxelles. Trois mois de travail, et une direction RSE qui attend beaucoup de nous.'],
  ['linkedin', 'en', 'client_name', 'Good session with Hôpital Sainte-Claire\'s board on their refugee health programme. Our recommendations are going to be tough to hear.'],
  ['x', 'fr', '', 'Bruxelles sous la neige, Genève sous la bise, Ottawa sous la glace. Nos trois bureaux ont au moins la météo en commun.'],
  ['linkedin', 'en', '', 'Our 2027 strategy consultations are open to the public: town halls in Geneva, Brussels, Ottawa and Bangalore. Dates and registration on our website.'],
]);
