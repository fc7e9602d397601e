import { rows } from './corpus-types';

/**
 * Held-out set "fresh88": written 2026-12-05 (around 02:00-02:25 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * without grepping the repository or reading its history, so it measures how the rules generalise to posts they were
 * never tuned on; the checks and the scorer were not run on these posts (only `tsc --noEmit`).
 * `npx tsx scripts/score-checks.ts --only fresh88`.
 * First scored: 2026-12-05 on 7300f58 (unseen, before any fix from it): confidentiality macro F1 0.969 / 2.8 % (3 of 108).
 *
 * Authors: founders, scientists and investors of biotech and medtech start-ups and venture funds in Boston, London, Paris
 * and Tel Aviv (an RNA-folding biotech, a benchtop-sequencer maker, a diagnostic-kit company, an Imperial spin-out, a
 * wearable-ECG medtech, a spinal-implant team, a radiology-AI start-up, a Paris-Saclay cryo-EM lab, early-stage and
 * crossover funds), writing in English, French and franglais. Forms: funding-round and valuation news before and after
 * announcement, term sheets, board pre-reads, IC memo tables and cap tables, trial top-lines and conference abstracts
 * under embargo, pasted team-channel and meeting notes, instrument and cloud credentials, config snippets, changelogs,
 * post-mortems, supplier bank-detail notices, onboarding and payroll notes, customer replies (surface 'comment'), job
 * ads with published salary ranges, live-posts from JPM and congresses, polls, a three-post X thread, goodbyes and tips.
 *
 * Positives: financial figures not yet public said many ways (term sheet signed / announcement in January, "only the
 * team knows", board approved last night / all-staff note Friday, not public until the 10-Q, before the AG, before the
 * bid opening, LPs learn next quarter, distributors not briefed, CFO walks investors through it later, "pas encore
 * signé", "motus", "entre nous", draft board notes), including pre-money valuations, bridge caps, burn and runway, a
 * bid, gross margins, launch prices and price rises, ARR, a fund's TVPI and a VC's own checks; instrument passwords and
 * PINs (Opentrons, plate reader, FACSDiva, mass spectrometer), lab and guest Wi-Fi, a non-vendor API token, Benchling-
 * style and OAuth tokens, AWS keys, a Slack webhook, a Postgres connection string; internal hosts (acme-corp.net,
 * corp.acme.com, intranet.*, .local, .internal, 10.x, 172.16.x, 192.168.x); explicit markers (CONFIDENTIAL,
 * CONFIDENTIEL — NE PAS DIFFUSER, STRICTLY PRIVATE & CONFIDENTIAL, EMBARGOED UNTIL…, Sous embargo jusqu'au…, EMBARGO
 * jusqu'au…, TLP:AMBER, TLP:RED, [INTERNAL], INTERNAL, INTERNE, Classification: RESTRICTED, SOUS NDA, Confidential —
 * Not for Distribution); the policy's code names and clients in their project and customer sense. Phones in US, UK
 * (mobile, London, 0800 freephone), French (mobile, Paris, service client) and Israeli (+972 mobile, 03 landline, 052)
 * formats; emails plain, role mailboxes, "[at] [dot]", "at … dot com" and "name @ domain".
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: mod 97 for GB,
 * FR (with the RIB key) and IL IBANs; Luhn for Visa, Mastercard (5- and 2-series), Amex, Discover and JCB; the check
 * digit of the Israeli Teudat Zehut, the 97-complement key of the French NIR; US SSN and UK NINO by format.
 *
 * Look-alikes (clean): the same rounds, prices, revenue, margins, tender awards and TVPI once announced or published
 * (press release, 10-Q, BOAMP, Companies House, NEJM), other organisations' and teaching figures (BVCA, IVC, France
 * Biotech, Illumina, typical Series A terms, an illustrative cap table), published salary ranges; emergency numbers
 * (999, 15, 18, 112), order and lot numbers; the 078-05-1120 wallet-card SSN, HMRC's QQ 12 34 56 C, an all-nines NIR and
 * a NIR with a wrong key, a Teudat Zehut with a wrong check digit, the NatWest GB29 NWBK and Israeli IL62 0108 specimen
 * IBANs, a FR IBAN with a wrong check, Stripe's 4242 card, a Luhn-failing card in a fraud warning and as an order id,
 * masked cards and accounts; AWS EXAMPLE keys, sk_test_XXXX, "changeme", placeholders in configs and connection strings,
 * the documented Slack webhook shape; public documentation sites and bare domains; the words confidential, embargo, NDA,
 * TLP:CLEAR, "internal" and "Classification" discussed; the Orion and Crab nebulae, Orion Pharma, a kestrel, the atlas
 * vertebra and a blue-grey lab cat named Atlas, Initech in Office Space, CME Globex, Société Générale, a chapelle
 * Sainte-Claire.
 *
 * Conventions: every written email and phone number is labelled (role mailboxes and switchboards included); a
 * connection string's user:password is secret only; emergency short numbers are clean; markers only as explicit labels.
 *
 * COUNTS: 232 posts (163 EN, 61 FR, 8 mixed; 204 LinkedIn, 28 X; 6 comments): 108 clean, 124 with one or more
 * findings. Labels: financial 30, confidential_marker 15, phone 14, secret 14, national_id 13, email 13, codename 11,
 * internal_url 11, client_name 9, card 6, iban 6.
 */
export const FRESH88_POSTS = rows('fresh88', [
  // — Boston: founders, scientists, investors —
  ['linkedin', 'en', '', `Eight years ago I was pipetting in a basement at MIT. This morning our Series B closed and the press release is live on Business Wire: $64M led by two crossover funds. Grateful to every scientist who bet on a weird idea about RNA folding. We're hiring in Cambridge.`],
  ['linkedin', 'en', 'financial', `Can't say who yet, but the term sheet landed Friday: $38M Series A at a $112M pre. We announce in January once the lawyers finish. Team, you've earned this weekend.`],
  ['x', 'en', 'financial', `not allowed to tweet the number until the round is announced but let's just say our pre-money starts with a 2 and has three digits after it in millions 👀`],
  ['linkedin', 'en', '', `A Series A in biotech in 2026 is typically $30-60M, with a pre-money somewhere between $40M and $120M depending on the data package. If a VC offers you a participating preferred with 3x, walk away. Thread of lessons from advising 40 founders below.`],
  ['linkedin', 'en', 'financial confidential_marker', `CONFIDENTIAL — BOARD PRE-READ, Q4
Cash: $21.4M. Monthly burn $1.9M → runway 11 months.
Bridge proposal: $8M convertible at a $90M cap from existing investors.
Please review before Thursday's session.`],
  ['linkedin', 'en', 'phone', `Moving our bench work to the new Seaport lab next week. If a courier can't find us, call me directly on (617) 842-3910 rather than the old front desk.`],
  ['linkedin', 'en', '', `Fun fact from the lab: the Orion Nebula is about 1,344 light-years away and our postdoc has a tattoo of it on her forearm. Science runs deep here.`],
  ['linkedin', 'en', 'codename', `Big milestone for Project Kestrel today: the third cohort of mice dosed with no liver signal. Can't share more before the readout, but I'm proud of this team.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the parking lot of our Waltham site this morning. The whole lab ran to the window. Small joys.`],
  ['x', 'en', 'secret', `why does the Opentrons in bay 3 keep asking for the robot password every morning. it's Pipette#Bay3-7781 people, write it on a sticky like everyone else`],
  ['linkedin', 'en', 'secret internal_url', `For the new rotation students: LIMS is at https://lims.acme-corp.net/samples — shared bench login is bench-user / Ribosome!2291 until IT sets up your own accounts.`],
  ['linkedin', 'en', '', `Reminder for new students: never share your LIMS password, not even with me. IT will send you a reset link on day one. Use a password manager — it's 2026.`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist I sent to our new research associate (she asked me to double-check it publicly, oops): name, start date 06/01, SSN 412-68-3094, direct deposit form, I-9.`],
  ['linkedin', 'en', '', `The Social Security card I framed from my grandfather has that famous 078-05-1120 number on the specimen insert — turns out thousands of people used it as their own in the 1940s. A great data-privacy story for our compliance training.`],
  ['linkedin', 'en', 'client_name', `Thrilled that our assay is now running at Hôpital Sainte-Claire's oncology day-unit. Their head of pathology told us it halved turnaround. Official announcement soon!`],
  ['linkedin', 'en', '', `Our Series A is public! $42M led by Polaris-style syndicate, announced today in Endpoints. The cap table, the valuation and the names are all in the press release linked below — no more secrets.`],
  ['linkedin', 'en', 'financial', `Heads up to the team: the price of our benchtop sequencer goes from $89,000 to $104,000 on March 1. Sales hasn't briefed distributors yet, so keep it in the building until Monday's all-hands.`],
  ['linkedin', 'en', '', `Our benchtop sequencer is $89,000 list, and yes, that number is on our website. Academic discounts apply. DM me for a demo.`],
  ['linkedin', 'en', 'email', `Hiring a Senior Scientist, Protein Engineering (Boston, on-site). $145k–$175k + equity, range posted per MA law. Apply with a one-page note to careers@helixtide.bio.`],
  ['linkedin', 'en', '', `Hiring a Senior Scientist, Protein Engineering (Boston, on-site). $145k–$175k + equity, range posted per MA law. Apply through the careers page on our website, link in comments.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 2 JUNE 2027, 08:00 CT — ASCO abstract draft, v4
Objective response rate in the expansion cohort rose with dose; full table attached for co-author sign-off.`],
  ['linkedin', 'en', '', `Quick explainer for first-time presenters: ASCO abstracts are under embargo until the meeting session. Breaking the embargo can get your data pulled. Read the policy on the ASCO site before you tweet a single figure.`],
  ['x', 'en', '', `the embargo lifted at 8am, our poster is up, and the response curves look exactly as beautiful as they did in the lab. come by board 214`],
  ['linkedin', 'en', 'internal_url', `Dashboards for the freezer alarms are back up: http://10.40.2.17:3000/d/freezers — ping me if the -80 in room 4 still shows red.`],
  ['linkedin', 'en', '', `We open-sourced our freezer-alarm dashboard! Grafana templates, Raspberry Pi probes, bill of materials, all on GitHub. Saved us from losing 12 years of samples twice.`],
  ['linkedin', 'en', 'financial', `VC life: we're leading a $15M seed in a Tel Aviv medtech, $60M post. Docs sign next week, and nobody outside the partnership knows yet. Best Friday I've had in a while.`],
  ['linkedin', 'en', '', `Fund update: we have made 14 investments out of Fund II, all listed on our portfolio page. Average first check $3.2M, as stated in our public LP letter excerpt.`],
  ['linkedin', 'en', 'phone email', `Investors reaching out about our Series B data room: please go through our CFO, Dana Whitcomb, dana.whitcomb@lumenrx.com or +1 857 294 6613.`],
  ['linkedin', 'en', '', `Call for reviewers: the 2027 MassBio innovation prize opens Monday. Prize pool $250,000, as announced by MassBio. Volunteers judge 10 decks each.`],
  ['linkedin', 'en', 'card', `Conference card for the lab's team dinner is the Amex ending... actually the admin just asked me to paste it here for the booking form, sorry: 3782 4308 5918 399, exp 09/28.`],
  ['linkedin', 'en', '', `PSA: Stripe test card 4242 4242 4242 4242 works in our staging checkout for lab-kit preorders. Never use a real card in staging.`],
  ['x', 'en', '', `reviewer 2 asked us to repeat the experiment with n=24 instead of n=12. p went from 0.043 to 0.0007. reviewer 2 was right and I hate it`],
  ['linkedin', 'en', 'codename financial', `Pipeline update for the syndicate (please do not repost): Orion Phase 1 now fully funded; we'll add $12M to the extension budget at the January board, before any public guidance.`],
  ['linkedin', 'en', 'client_name', `Just got off a call with Globex's procurement team — they want 40 more instruments for their Q2 rollout. Contract isn't signed, so fingers crossed!`],
  ['linkedin', 'en', '', `Traded my first CME Globex futures in college and lost $40. Best tuition I ever paid. Now I run a fund and still think about that screen.`],
  ['linkedin', 'en', 'secret', `Post-mortem: the nightly pipeline failed because someone rotated the bucket creds. New ones for the analysis box: AWS_ACCESS_KEY_ID=AKIA4NRT7WQJ2XPLMV3K / AWS_SECRET_ACCESS_KEY=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`],
  ['linkedin', 'en', '', `Docs tip: when you write an IAM how-to, use AWS's own AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY so nobody copies a real key by accident.`],
  ['linkedin', 'en', 'iban', `Paying our CRO in London this week — finance, here's the new beneficiary account they sent: GB86 BARC 2032 5371 6492 81. Please set it up before Wednesday.`],
  ['linkedin', 'en', '', `Banking tip for UK founders: the example IBAN in every UK guide, GB29 NWBK 6016 1331 9268 19, is NatWest's documentation specimen. Don't paste it in your invoices template.`],
  ['linkedin', 'en', 'internal_url', `New ELN link for everyone, the old one is gone: https://eln.corp.acme.com/notebooks/cell-line-dev`],
  ['linkedin', 'en', '', `Three years at the bench, two at a startup, now starting my own company. If you're a scientist wondering whether to jump: do it with a cofounder who complements you.`],
  ['linkedin', 'en', 'financial', `Little-known fact: our gross margin on the diagnostic kit is 71% this quarter, up from 58%. That's not in any deck yet — CFO will walk investors through it at the Q3 update.`],
  ['linkedin', 'en', '', `Illumina's published gross margin figures are a great benchmark when you model a sequencing start-up. Their annual report is public — start there.`],
  ['x', 'en', 'confidential_marker', `[INTERNAL] standup notes: CRISPR screen hits 14/20 validated, next batch Tuesday, Sam on reagents`],
  ['x', 'en', '', `hot take: "internal" is the most overused word in biotech. internal data, internal review, internal launch. just say "ours"`],
  // — London —
  ['linkedin', 'en', '', `Proud to share that our spin-out from Imperial has been awarded a £2.1M Innovate UK Biomedical Catalyst grant — listed today on the UKRI website. The lab is buzzing.`],
  ['linkedin', 'en', 'financial', `Our £18M Series A is oversubscribed and signing on the 14th. Please don't congratulate me in public until the FT piece runs — I'm posting this to my close network only.`],
  ['linkedin', 'en', 'national_id', `HR asked for my NI number to finish payroll and the portal keeps timing out, so here it is for the record, please fix it: JT 45 82 17 C.`],
  ['linkedin', 'en', '', `When HMRC guidance shows QQ 12 34 56 C, it's a specimen: never a real National Insurance number. Handy for testing your payroll forms.`],
  ['linkedin', 'en', 'phone', `Out at BIO-Europe all week. Lab emergencies go to Priya on 07911 284 563; everything else can wait till Monday.`],
  ['linkedin', 'en', '', `If anyone in the lab gets a chemical burn, call 999 first, then the building's first aider. Posting this after today's fire drill.`],
  ['linkedin', 'en', 'phone', `Our Whitechapel office switchboard is now +44 20 3318 4471 — update your email signatures, the old number stops working Friday.`],
  ['linkedin', 'en', 'codename confidential_marker', `STRICTLY PRIVATE & CONFIDENTIAL
Nébula — interim PK summary for the steering committee. Half-life ~19 h in cohort 2, dose escalation continues.`],
  ['linkedin', 'en', '', `The Crab Nebula photographed from our rooftop on Saturday. Astronomy is the hobby that keeps a biotech founder sane.`],
  ['linkedin', 'en', 'email', `Journal club this Thursday moves online. Send your preprint picks to journalclub [at] quillbio [dot] co [dot] uk before Wednesday noon.`],
  ['linkedin', 'en', '', `Journal club this Thursday moves online. Post your preprint picks in the comments of this post before Wednesday noon — we'll vote.`],
  ['linkedin', 'en', 'secret', `Lab Wi-Fi changed again. SSID "Bench-5G", password "tricarboxylic-acid-cycle-42". Yes it is long. Yes that's the point.`],
  ['linkedin', 'en', '', `A Wi-Fi password that's a long passphrase beats a short one full of symbols. We switched the lab to passphrases and nobody writes them on the fridge anymore.`],
  ['linkedin', 'en', 'client_name', `Delighted that Initech's clinical-ops group chose our remote-monitoring patch for their cardiology pilot. Onboarding starts in March — can't wait.`],
  ['linkedin', 'en', '', `Every time someone at our London office mentions TPS reports I think of Initech in Office Space. Our ops team has a red stapler on their desk now.`],
  ['linkedin', 'en', 'financial', `Team news: the board signed off on a 2027 R&D budget of £14.6M last night. Before it goes out in the all-staff note on Friday, I wanted the platform team to hear it from me.`],
  ['linkedin', 'en', '', `UK median Series A for life sciences was £11M in 2025 according to the BVCA report. Useful anchor if you're raising — data is public and worth a read.`],
  ['linkedin', 'en', 'iban', `Updated supplier details for the antibody vendor, accounts please switch from next invoice: HSBC UK, GB35 HBUK 4012 7645 9832 10.`],
  ['linkedin', 'en', '', `Invoice template for our CRO: Sort code 20-32-53, account ending 6492, reference the PO. Full details are in the vendor portal, not here.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: RESTRICTED — Clinical Ops
Site activation: 6 of 9 UK sites open. Recruitment behind plan at Leeds.`],
  ['linkedin', 'en', '', `Why we stopped using "Classification" banners on every single doc: when everything is restricted, nothing is. Our new data-handling policy in 4 bullet points.`],
  ['linkedin', 'en', 'internal_url', `Quick fix for anyone stuck on the new cluster: log in at https://intranet.quillbio.co.uk/hpc and reset your SSH key there.`],
  ['linkedin', 'en', '', `Our documentation site moved: everything about the open-source pipeline is now on docs.quillbio.co.uk. Public, searchable, PRs welcome.`],
  ['x', 'en', 'financial', `ok I can finally say it internally: we'll price the kit at £1,950 for the NHS tender. Procurement hasn't seen it, so shhh`],
  ['x', 'en', '', `NHS tender results are public now and our kit came in at £1,950 per unit in the framework. transparency 👍`],
  ['linkedin', 'en', 'secret', `To whoever reset the plate reader: the admin PIN on the BMG is 480917, the old one stopped working. Please don't change it again without telling Facilities.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu update: the electrode redesign passed bench fatigue testing at 10 million cycles. Next: animal study in February.`],
  ['linkedin', 'en', '', `Anatomy lesson for our engineers: the atlas is the C1 vertebra, holding up your skull like its namesake. Our spinal implant team learned that the hard way.`],
  ['linkedin', 'en', 'phone', `Patients in our early-access programme can reach the nurse line 24/7 on 0800 048 7712 (free from UK landlines and mobiles).`],
  ['linkedin', 'en', 'national_id email', `Forwarding this for our new research fellow's right-to-work check — NI NP 61 03 94 A, personal email m.okafor.research@gmail.com. Can the agency confirm receipt?`],
  ['linkedin', 'en', '', `Fellowship open: 2-year postdoc in computational pathology, London, £42,000–£48,500, per the salary band on our published job description.`],
  ['linkedin', 'en', 'financial', `Founders, a peek behind the curtain: our LPs will only learn next quarter that Fund I marked up to a 2.4x TVPI. I'm telling you because it shows patient capital works.`],
  ['linkedin', 'en', '', `Our Fund I returned 2.4x TVPI, as reported in the audited accounts published to Companies House. Patient capital works.`],
  ['linkedin', 'en', 'secret', `Slack alert wiring for the bioreactor: https://hooks.slack.com/services/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 — paste it in the controller config.`],
  ['linkedin', 'en', '', `Setting up alerts for your bioreactor? The Slack webhook URL looks like https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX in the docs. Keep your real one in a secret store.`],
  ['linkedin', 'en', 'confidential_marker financial', `TLP:AMBER
Syndicate note: we propose £6M of the £20M round, 35% of our reserve for this company. Lead expects pricing at £70M pre.`],
  ['linkedin', 'en', '', `TLP:CLEAR — sharing our incident write-up from the ransomware attempt on our lab network so other start-ups can learn from it.`],
  ['linkedin', 'en', 'email', `Lost a Pelican case of calibrated pipettes at Heathrow T5 yesterday. If you find it, the label says lab-ops@ferrowave.co.uk — please write!`],
  ['linkedin', 'en', '', `Our Series A was announced this morning at £24M, with a post-money of £96M disclosed in the press release. Thank you to our investors, old and new.`],
  ['x', 'en', 'client_name', `huge day: Société Générique's health benefits arm is rolling out our app to 12k employees next month 🎉 (not announced yet, just had to share with the team)`],
  ['x', 'en', '', `Société Générale, not Générique — autocorrect keeps inventing a bank. Anyway our treasury account moved and life goes on.`],
  // — Paris —
  ['linkedin', 'fr', '', `Nous annonçons aujourd'hui notre levée de 27 M€ en Série A, menée par un fonds parisien et Bpifrance. Communiqué publié ce matin dans Les Échos. Merci à toute l'équipe du labo de Villejuif !`],
  ['linkedin', 'fr', 'financial', `On vient de signer la term sheet : 27 M€ en Série A sur une valo pré-money de 85 M€. L'annonce officielle ne sortira qu'en février, donc motus d'ici là, mais je voulais remercier l'équipe.`],
  ['linkedin', 'fr', 'financial', `Point CODIR : le budget essais cliniques 2027 a été arrêté à 9,3 M€, soit +40 %. Les équipes n'ont pas encore été informées, la communication interne est prévue lundi.`],
  ['linkedin', 'fr', '', `Dans notre rapport annuel publié hier, le chiffre d'affaires atteint 4,8 M€ et le budget R&D 9,3 M€. Tous les chiffres sont consultables sur notre site investisseurs.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de la mutuelle de notre nouvelle technicienne (elle m'a autorisé à le transmettre ici faute de mieux) : NIR 2 92 01 69 384 117 47, début de contrat le 4.`],
  ['linkedin', 'fr', '', `Rappel RH : le numéro de sécu que vous voyez dans nos formulaires d'exemple, 2 99 99 99 999 999 99, est fictif. Ne mettez jamais le vôtre dans un ticket.`],
  ['linkedin', 'fr', 'phone', `Pour les livraisons d'azote liquide au labo de Gentilly, appelez directement notre responsable plateforme au 06 48 27 91 35, l'accueil ne répond plus après 17 h.`],
  ['linkedin', 'fr', '', `En cas d'accident au laboratoire : composez le 15 ou le 18, puis prévenez le sauveteur secouriste. Affiche mise à jour après l'exercice incendie de ce matin.`],
  ['linkedin', 'fr', 'phone', `Notre standard de Paris-Saclay change : +33 1 84 88 52 10 à partir du 1er décembre. Pensez à mettre à jour vos signatures.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL — NE PAS DIFFUSER
Compte rendu du comité scientifique : la cohorte 3 montre une réduction de la charge tumorale, détail dans l'annexe. Prochaine réunion le 12.`],
  ['linkedin', 'fr', '', `Petite réflexion sur le mot « confidentiel » : dans une start-up biotech, on le colle partout et plus personne ne le lit. Chez nous, on l'a réservé aux documents qui le méritent vraiment.`],
  ['linkedin', 'fr', 'confidential_marker', `Sous embargo jusqu'au 18 mars 2027, 00h01 — Résumé soumis à l'AACR. Merci aux co-auteurs de valider la version finale avant vendredi.`],
  ['linkedin', 'fr', '', `L'embargo de l'ESMO est levé : notre poster est en ligne et les résultats de phase 1 sont désormais publics. Lien vers le résumé en commentaire.`],
  ['linkedin', 'fr', 'codename', `Nébula : le premier patient a été inclus ce matin à Lyon. Le programme avance plus vite que prévu, bravo aux équipes cliniques.`],
  ['linkedin', 'fr', '', `Photo de la nébuleuse d'Orion prise depuis le Pic du Midi par notre directrice scientifique. Quand elle ne fait pas de la cryo-EM, elle regarde le ciel.`],
  ['linkedin', 'fr', 'client_name', `Très heureuse d'annoncer à l'équipe que l'Hôpital Sainte-Claire a retenu notre solution d'IA en radiologie. Le contrat n'est pas encore signé, on garde ça entre nous pour l'instant.`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire à Nice pendant le congrès. Entre deux sessions sur l'immuno-oncologie, un peu de calme fait du bien.`],
  ['linkedin', 'fr', 'iban', `Nouveau RIB du laboratoire pour les remboursements de frais de mission (la compta me demande de le partager à toute l'équipe) : FR76 3000 4018 2300 0123 4567 854.`],
  ['linkedin', 'fr', '', `Attention à l'arnaque au faux RIB : un fournisseur « change de banque » et vous envoie FR76 3000 4018 2300 0123 4567 855. Vérifiez toujours par téléphone avec un contact connu.`],
  ['linkedin', 'fr', 'secret', `Pour accéder au spectromètre de masse depuis le poste de la salle 112 : utilisateur « msadmin », mot de passe « Orbitrap_2026!Gentilly ». À changer dès que la DSI répond.`],
  ['linkedin', 'fr', '', `Bonne pratique : pour nos instruments de labo, chaque utilisateur a son propre compte. Fini le mot de passe partagé noté sur le boîtier du spectro.`],
  ['linkedin', 'fr', 'internal_url', `La nouvelle base des lignées cellulaires est en ligne sur http://cellbank.labo.local/lignees — accès depuis le réseau du labo uniquement.`],
  ['linkedin', 'fr', '', `Notre base de données publique des lignées cellulaires est accessible sur notre site, avec les fiches de caractérisation. Open science !`],
  ['linkedin', 'fr', 'financial', `Entre nous : notre burn mensuel passe à 1,2 M€ avec les nouveaux recrutements, et il nous reste 14 mois de trésorerie. Les investisseurs auront le chiffre au board de janvier.`],
  ['linkedin', 'fr', '', `Combien coûte vraiment une biotech en phase préclinique ? Ordre de grandeur : 0,5 à 1,5 M€ de burn mensuel selon France Biotech. Un fil pour les jeunes fondateurs.`],
  ['linkedin', 'fr', 'email', `Candidatures spontanées pour notre équipe de bio-informatique : écrivez à recrutement@cytolune.fr, on lit tout.`],
  ['linkedin', 'fr', '', `Nous recrutons un(e) ingénieur(e) en bio-informatique à Paris, CDI, 48 à 58 k€ brut annuel selon expérience. Candidatures via notre page carrières.`],
  ['linkedin', 'fr', 'financial codename', `Orion : la direction a validé hier un prix de lancement de 3 400 € par dispositif pour la France. Les distributeurs ne seront prévenus qu'à la réunion commerciale du 20.`],
  ['linkedin', 'fr', '', `Le prix de notre dispositif est de 3 400 € TTC, affiché sur notre site et remboursé par l'Assurance Maladie depuis juillet. Infos pratiques en commentaire.`],
  ['linkedin', 'fr', 'national_id phone', `Je transmets pour l'assurance du stagiaire, désolée pour le canal : NIR 1 85 03 75 112 048 03, joignable au 07 62 18 44 90.`],
  ['linkedin', 'fr', '', `Votre numéro de sécurité sociale compte 15 chiffres : sexe, année et mois de naissance, département, commune, ordre, puis une clé de contrôle. Petit rappel pour nos nouveaux recrutés en RH.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — présentation partenaire
Données précliniques du candidat anti-fibrose, slides 4 à 11 uniquement.`],
  ['linkedin', 'fr', '', `Signer un NDA avant de parler à un fonds ? La plupart des VC refusent. Voici comment protéger votre science autrement (brevets, data room, divulgation progressive).`],
  ['linkedin', 'fr', 'client_name', `Réunion très positive avec les équipes d'achat de la Société Générique pour équiper leurs centres médicaux. Proposition à remettre avant le 15, on croise les doigts.`],
  ['linkedin', 'fr', 'card', `Quelqu'un peut réserver le dîner du labo pour le congrès ? Voici la carte de la société : 5274 8307 5848 8223, exp. 11/27, crypto au dos.`],
  ['linkedin', 'fr', '', `Votre carte se termine par 8223 ? Si vous avez reçu un SMS vous demandant de « confirmer » le numéro complet, c'est une arnaque. La banque ne le demande jamais.`],
  ['x', 'fr', 'financial', `l'AG n'a pas encore eu lieu mais on va afficher 6,1 M€ de CA 2026, contre 3,9 l'an dernier. je trépigne`],
  ['x', 'fr', '', `6,1 M€ de CA publiés ce matin dans notre communiqué annuel. Merci aux 40 personnes qui ont rendu ça possible.`],
  ['linkedin', 'fr', 'internal_url', `Les protocoles validés sont désormais sur https://wiki.corp.acme.com/protocoles/cryo — pensez à archiver les anciennes versions.`],
  ['linkedin', 'fr', '', `Visite du Genopole d'Évry ce matin avec nos nouveaux stagiaires. Trente start-ups sur un même campus, c'est impressionnant.`],
  ['linkedin', 'mixed', 'financial', `Meeting notes (board, draft) — next round target: 45 M€ Series B, pre-money visé 160 M€, closing T2. Ne rien communiquer avant la fin de la due diligence.`],
  ['linkedin', 'mixed', '', `Notre Series B de 45 M€ est officielle ! Annonce faite aujourd'hui à BIO International, pre-money communiquée dans le press release. Merci à tous.`],
  // — Tel Aviv —
  ['linkedin', 'en', '', `Excited to share that our Tel Aviv medtech has raised $22M in a Series A announced today in Calcalist and Globes. Our wearable ECG patch enters a pivotal study next year.`],
  ['linkedin', 'en', 'financial', `Just shook hands on a $22M Series A at $75M pre with two US funds. Signing after the holidays, announcement probably in February — until then only the team knows.`],
  ['linkedin', 'en', 'national_id', `For the grant paperwork with the Israel Innovation Authority my cofounder needs to be listed — his Teudat Zehut is 316540921, please add him to the application today.`],
  ['linkedin', 'en', '', `Israeli ID numbers have 9 digits with a check digit computed like Luhn. We built a validator for our patient-onboarding forms; it rejects typos like 034812759 before they hit the database.`],
  ['linkedin', 'en', 'phone', `Visiting our Herzliya office? Call me when you reach the gate: +972-54-628-1937. Parking is a mess this week.`],
  ['linkedin', 'en', 'phone', `Our Tel Aviv lab moved to Sarona. Front desk: 03-762-4410. Same team, bigger fume hoods.`],
  ['linkedin', 'en', '', `Moved our Tel Aviv lab to Sarona. Same team, bigger fume hoods, and a rooftop that overlooks the Azrieli towers. Photos below.`],
  ['linkedin', 'en', 'iban', `For the Israeli subsidiary's contractor payments, our new account at Leumi is IL05 0126 2400 0000 4375 218. Finance, please update the template.`],
  ['linkedin', 'en', '', `Israeli IBANs have 23 characters. The bank's sample on their website, IL62 0108 0000 0009 9999 999, is a specimen — don't wire money to it, as one of our interns almost did.`],
  ['linkedin', 'en', 'codename client_name', `Project Kestrel pilot will run at Globex's Haifa facility starting in April. Signed LOI this morning, full contract pending. Huge credit to the BD team.`],
  ['linkedin', 'en', 'secret', `ECG analytics staging DB is back: postgresql://analytics:T3lAviv!Sarona88@db-staging.ecgpatch.io:5432/signals — use it for the poster figures only.`],
  ['linkedin', 'en', '', `Our connection strings all look like postgresql://USER:PASSWORD@HOST:5432/DB in the README now. The real values live in Vault. Learned that lesson in 2024.`],
  ['linkedin', 'en', 'internal_url', `VPN works again. The signal-processing notebooks are on http://192.168.30.12:8888 — first come, first served on the GPU.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not forward
Security incident summary: one researcher laptop compromised via a fake conference invite. No patient data accessed. Full report to the board Thursday.`],
  ['linkedin', 'en', '', `A good read for founders: how the Traffic Light Protocol (TLP:RED, AMBER, GREEN, CLEAR) works and why your incident reports should use it.`],
  ['x', 'en', 'financial', `can't post numbers until the round is public but our new investors valued us at 3x what we asked for last year. team doesn't even know the exact figure yet: $140M`],
  ['x', 'en', '', `Tel Aviv medtech raised $3.1B in 2025 according to IVC data. the ecosystem is alive.`],
  ['linkedin', 'en', 'national_id', `Filing for the clinical-site subinvestigator: name Dr. Noa Ben-Ami, ID 205973142, license attached. Please confirm by tonight.`],
  ['linkedin', 'en', '', `Fund-raising tip for Israeli founders: US investors will ask for an 83(b) election within 30 days. Miss it and you'll pay tax on a valuation you never saw.`],
  ['linkedin', 'en', 'email phone', `For the Jerusalem BioPark workshop, send your abstracts to Michal Segal, msegal@ecgpatch.io, or call her on 052-371-8844.`],
  ['linkedin', 'en', '', `Workshop at Jerusalem BioPark next Tuesday. Register on the event page (link in comments); abstracts accepted until Sunday.`],
  ['linkedin', 'en', 'card', `Booked our team's MEDICA flights with the company Visa 4117 6258 5230 9042 — finance, I'll send receipts once I find them.`],
  ['linkedin', 'en', '', `Fraud alert: we received an invoice asking to pay card 4117 6258 5230 9043 "to secure the booth". That number doesn't even pass the Luhn check. Be careful out there.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu mid-study: 42 of 60 implanted, zero device-related serious adverse events. Don't share beyond the clinical team until the DSMB meets.`],
  ['linkedin', 'en', '', `Named our lab cat Atlas. He's gray-blue, enormous, and sits on the centrifuge because it's warm. Atlas the Blue, as the PhDs call him.`],
  ['linkedin', 'mixed', 'financial', `Cap table after the bridge (draft for partners only): founders 41%, ESOP 12%, Seed fund 19%, new lead 28% for $9M at a $22M pre. Pas encore signé.`],
  ['linkedin', 'en', '', `A sample cap table for a first-time founder: founders 60%, ESOP 10%, seed investors 30%. Numbers are illustrative, not ours. Use our free template from the blog.`],
  ['linkedin', 'en', 'secret', `Got locked out of the flow cytometer again. The FACSDiva admin password is Aria-Fusion#4412 and I'm posting it here so I stop asking the postdocs.`],
  ['linkedin', 'en', '', `Instrument vendors ship with default passwords like "admin" or "changeme". Change them on day one. Our checklist for new lab equipment is in the comments.`],
  ['linkedin', 'en', 'national_id', `Reminder to the onboarding team — Yael's Teudat Zehut: 057128464. The bank still says it's wrong, please check with her directly.`],
  ['x', 'en', '', `DSMB met, trial continues unchanged, all data remains blinded until the final readout. that's literally all I know and all I can say`],
  // — pasted notes, chats, tables, configs, comments, threads —
  ['linkedin', 'en', 'financial confidential_marker', `Sharing my notes from the partner meeting (oops, wrong window — but leaving them since you'll see them Monday anyway):
INTERNAL — IC memo summary
| Company | Round | Our check | Pre-money |
| CardioLoop | Series A | $7M | $48M |
| VeinTrack | Seed ext. | $1.5M | $14M |
Decisions to be communicated to founders Tuesday.`],
  ['linkedin', 'en', '', `How our IC memo template is structured (shared publicly, no real data):
| Section | Length |
| Thesis | 1 page |
| Team | 1 page |
| Risks | 1/2 page |
Feel free to steal it.`],
  ['linkedin', 'en', 'secret internal_url', `Config for the plate-reader exporter, if anyone else wants it:
host: qpcr-02.lab.internal
port: 8443
api_token: 7f3c91e0b4a2d8f56c1e9a0b3d7f2e84
export_dir: /data/plates`],
  ['linkedin', 'en', '', `Config for the plate-reader exporter, if anyone else wants it:
host: <your-instrument-host>
port: 8443
api_token: <set via PLATE_TOKEN env var>
export_dir: /data/plates`],
  ['linkedin', 'en', 'email', `Sorry to hear the kit arrived warm! Please email the lot number to support@cytoloop.com and we'll ship a replacement on dry ice today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Sorry to hear the kit arrived warm! Please send us a direct message with the lot number and we'll ship a replacement on dry ice today.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Désolés pour ce retard de livraison. Appelez notre service client au 01 76 42 90 13, du lundi au vendredi, ils règlent ça dans la journée.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Désolés pour ce retard de livraison. Envoyez-nous un message privé avec votre numéro de commande CMD-2026-48817, on règle ça dans la journée.`, { surface: 'comment' }],
  ['linkedin', 'en', 'client_name', `Thanks for the kind words! Yes, the same workflow is live at Hôpital Sainte-Claire — their team helped us shape it.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for the kind words! The workflow is live in 14 hospitals across France and the UK; the list of public reference sites is on our website.`, { surface: 'comment' }],
  ['x', 'en', '', `1/ a thread on what I learned raising our Series B, which we'll announce in three weeks`],
  ['x', 'en', 'financial', `2/ we started at a $200M pre ask and landed at $260M with a $55M round. the board only approved the final terms last night`],
  ['x', 'en', '', `3/ lesson: the first number you say becomes the anchor. say it late, say it with data`],
  ['x', 'en', '', `1/ a thread on what I learned raising our Series B (announced last month, $55M, numbers in the press release)`],
  ['x', 'en', '', `poll for biotech founders: what's your runway rule of thumb? 🔘 12 months 🔘 18 months 🔘 24 months 🔘 "whatever the board says"`],
  ['linkedin', 'en', 'financial', `Poll for my team (sorry, posting here because Slack is down): our board is choosing between a $30M Series B at $110M pre or a $45M at $140M. Which would you take?`],
  ['linkedin', 'en', '', `Changelog v3.4 of our analysis app:
- faster FASTQ import (2.3x)
- dark mode
- fixed crash on plates with empty wells
- new export to CSV
Download from the App Store.`],
  ['linkedin', 'en', 'internal_url secret', `Changelog v3.5 (internal build):
- telemetry now posts to https://telemetry.acme-corp.net/ingest
- staging token ST-9a81c4be-2f07-4d61-b3e2-0c5df1a7e963 hardcoded for now, to be moved to Vault
- minor UI fixes`],
  ['linkedin', 'en', '', `Post-mortem of our failed stability study: we stored reference standards at -20 instead of -80 for 3 weeks. Root cause: a mislabelled freezer. Fix: labels with QR codes and a two-person check. Sharing so you don't repeat it.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem: the -80 alarm didn't fire because the monitoring server at 172.16.8.44 had a full disk. Fix deployed; please check your freezer dashboards.`],
  ['linkedin', 'en', '', `Supplier notice: our reagent partner moves its EU warehouse from Rotterdam to Antwerp on 1 March. Expect one extra day of delivery time in February.`],
  ['linkedin', 'en', 'iban', `Supplier notice from our reagent distributor: from 1 March, please pay to their new account DE89 3704 0044 0532 0130 00? No — sorry, that's the textbook example; the real one is FR76 1027 8060 2000 0204 1870 151.`],
  ['linkedin', 'en', '', `Last day at the startup. Five years, three pivots, one approved device. Thank you to every engineer, nurse and investor who believed. Next: a sabbatical and a lot of sleep.`],
  ['linkedin', 'en', 'email phone', `Last day at the startup! If you want to stay in touch: my personal email is hannah.r.cole@protonmail.com and my UK mobile is +44 7700 512 884.`],
  ['linkedin', 'fr', '', `Dernier jour chez nous après six ans. Trois levées, un marquage CE, une équipe incroyable. Je pars faire un tour du monde à vélo, on se recroise sur les routes.`],
  ['linkedin', 'fr', 'email', `Dernier jour chez nous après six ans. Pour garder le contact : claire.vasseur.pro@outlook.fr. On se recroise sur les routes !`],
  ['linkedin', 'en', '', `Live from JPM Week in San Francisco: every founder I met today is raising; every investor is "very selective". The hotel coffee is $9. Some things never change.`],
  ['linkedin', 'en', 'financial', `Live from JPM: pitched our Series C to 11 funds today. Quietly telling you that two term sheets are already in at $400M+ pre. We'll announce the lead once we sign.`],
  ['linkedin', 'en', 'codename confidential_marker', `Pasted from our team channel by accident, sorry:
"[INTERNAL] Orion go/no-go moved to 9 Jan. Tox report still missing the histopath section."`],
  ['linkedin', 'en', '', `Orion Pharma's published results from their Finnish trial are a great reference for our own study design. Public data, excellent paper.`],
  ['x', 'en', 'secret', `whoever asked for the shared Benchling API key for the hackathon: it's sk_bench_4PqZ8rTv2LmN9wXc6Hy1KsJd. don't commit it pls`],
  ['x', 'en', '', `hackathon tip: every API key in our sample repo is sk_test_XXXXXXXXXXXXXXXX. if you see a real key in a PR, flag it immediately.`],
  ['linkedin', 'en', 'confidential_marker', `Confidential — Not for Distribution
Draft top-line: primary endpoint met (p<0.001) in the 240-patient trial. Embargo until the press release.`],
  ['linkedin', 'en', '', `Top-line results from our 240-patient trial are now published in NEJM: primary endpoint met (p<0.001). Link to the open-access paper below.`],
  ['linkedin', 'en', 'national_id', `HR note (forwarded to the wrong group, apologies): new hire onboarding for Tom Ellery — NINO SK 73 29 41 B, start 13 Jan.`],
  ['linkedin', 'en', 'national_id', `Payroll correction for Jordan: SSN on file was 529-71-4409, the correct one is 529-71-4408. Please fix before the Friday run.`],
  ['linkedin', 'en', '', `Payroll form fields we accept: SSN (XXX-XX-XXXX), never 000, 666 or 9XX in the first group. Validation rules are now in the HR portal.`],
  ['linkedin', 'en', 'card', `Our CFO asked me to pay the AWS invoice with the corporate Mastercard while she's on leave: 2223 0667 7794 9692, 04/29. Sorted!`],
  ['linkedin', 'en', '', `Expensed your conference? Upload the receipt and the last four digits of the card (e.g. •••• 9692). Never the full number.`],
  // — more French, mixed and X —
  ['linkedin', 'fr', 'financial', `Message à l'équipe commerciale, copié ici par erreur : la marge brute sur le capteur tombe à 52 % avec le nouveau fournisseur. Ce chiffre ne sera présenté aux actionnaires qu'en mars, merci de ne pas en parler aux clients.`],
  ['linkedin', 'fr', '', `Les marges brutes des medtechs cotées tournent autour de 60 à 70 % d'après les rapports annuels publiés. Un bon repère quand on construit son business plan.`],
  ['linkedin', 'fr', 'financial', `Notre offre pour l'appel d'offres de l'AP-HP : 1,87 M€ sur trois ans. Dépôt des plis jeudi, ouverture le 9. Je croise tout ce que j'ai.`],
  ['linkedin', 'fr', '', `Résultat de l'appel d'offres publié au BOAMP : marché attribué pour 1,87 M€ sur trois ans. Fierté immense pour toute l'équipe.`],
  ['linkedin', 'fr', 'codename', `Project Kestrel entre en phase de validation clinique le mois prochain. Je ne peux rien dire de plus avant la revue du comité, mais quelle année !`],
  ['linkedin', 'fr', '', `Un faucon crécerelle (kestrel, pour nos collègues de Londres) niche sur le toit du labo de Romainville. On a installé une webcam, l'équipe est fan.`],
  ['linkedin', 'fr', 'client_name', `Démo réussie chez Initech ce matin : leur direction médicale veut déployer notre outil de pharmacovigilance dans trois pays. Rien n'est signé, on reste discrets.`],
  ['linkedin', 'fr', 'email', `Pour les questions presse sur notre levée (annoncée ce matin), contactez presse @ cytolune.fr — réponse sous 24 h.`],
  ['linkedin', 'fr', '', `Pour les questions presse sur notre levée (annoncée ce matin), utilisez le formulaire de contact presse de notre site — réponse sous 24 h.`],
  ['linkedin', 'fr', 'national_id', `Petite bourde de ma part hier dans le canal RH, je republie proprement : le NIR de Lucas pour la prévoyance est 1 77 08 13 055 221 97.`],
  ['linkedin', 'fr', '', `Le NIR 2 92 01 69 384 117 48 de notre formulaire de démonstration est volontairement faux (la clé ne correspond pas). Utilisez-le pour vos tests.`],
  ['linkedin', 'fr', 'secret', `Le code Wi-Fi invités du labo pour le séminaire de demain : réseau « Cytolune-Guest », clé WPA : ARNmessager-7731. Bon séminaire à tous !`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — Diffusion restreinte au comité de direction
Plan de recrutement S1 : 6 postes en R&D, 2 en affaires réglementaires.`],
  ['linkedin', 'fr', '', `Nous recrutons 6 personnes en R&D et 2 en affaires réglementaires au premier semestre. Toutes les offres sont sur notre page carrières.`],
  ['x', 'fr', 'financial', `les investisseurs ne le savent pas encore mais on boucle le trimestre à 2,3 M€ de revenus récurrents. le board l'apprend mardi 🤫`],
  ['x', 'fr', '', `rappel que le 112 fonctionne partout en Europe, même sans carte SIM. on l'a affiché dans toutes nos salles blanches.`],
  ['x', 'fr', 'internal_url', `quelqu'un sait pourquoi https://intranet.cytolune.fr/plannings est tombé ? impossible de réserver le microscope confocal`],
  ['linkedin', 'mixed', 'confidential_marker', `Quick recap du meeting investisseurs, sorry for the franglais :
EMBARGO jusqu'au 10/02 — la data room ouvre lundi, deck v7 validé, Q&A call prévu mercredi.`],
  ['linkedin', 'mixed', '', `Quick recap de notre talk à Station F, sorry for the franglais : on a parlé fundraising, data rooms et comment choisir son lead investor. Slides en commentaire.`],
  ['linkedin', 'mixed', 'phone email', `Pour le kick-off Boston/Paris, dial-in : +1 617 555 0147? non, le vrai c'est +1 (617) 391-2286. Questions logistiques à ops-team@sirenegen.com.`],
  ['linkedin', 'mixed', 'iban', `Wire details pour la filiale israélienne (the lawyers need them today) : IBAN IL55 0208 1500 0001 2684 730, Bank Mizrahi.`],
  ['linkedin', 'mixed', 'national_id', `Form for the Israeli co-investigator, je colle ses infos ici pour Léa : Teudat Zehut 339184608, passeport envoyé séparément.`],
  ['linkedin', 'en', 'card', `Booth payment for MedTech Europe went through on the spare Discover card, 6011 0048 2913 6700. Accounting, that's the one to reconcile.`],
  ['linkedin', 'en', '', `Order confirmation #4532-0175-7111-6163 for our lab-supply shop: if it looks like a card number, relax, it's not. Our order IDs just got long.`],
  ['linkedin', 'en', 'codename financial', `Nébula partnering: we'll ask for $35M upfront plus $400M in milestones in the term sheet we send next week. None of this is public — sharing with the BD team only.`],
  ['linkedin', 'en', 'email', `Reviewing grant applications for our Fund's science prize? Send conflicts of interest to prize-committee at northgate-ventures dot com.`],
  ['linkedin', 'en', '', `A domain is not an email: northgate-ventures.com has our portfolio list, our public LP letter and our team page. Enjoy.`],
  ['x', 'en', 'card', `ugh the booking site rejected our company JCB 3530 1118 7264 5195 again, any tips? need those conference rooms`],
  ['x', 'en', 'national_id', `sending the lab-access form now. ID 214786303, issued in Tel Aviv. security desk pls confirm`],
  ['x', 'en', '', `our Teudat Zehut validator is open source now. test it with your own fake numbers, not your real ID, please 🙏`],
  ['linkedin', 'en', 'financial', `Not public until our 10-Q, but the team deserves to know: Q3 product revenue came in at $7.8M, beating our internal plan by 22%.`],
  ['linkedin', 'en', '', `Our Q3 10-Q is out: product revenue $7.8M, up 38% year over year. Thank you to the commercial team.`],
  ['linkedin', 'en', 'secret', `Cloud cost tip: we found an idle GPU VM costing $3k/month. While I'm here, the service-account token for the ML bucket is ya29.a0AfB_byC7kQm3N8pRt2vX5wZ9eLsJgH4uY1oD6iF0 — rotate after the demo.`],
  ['linkedin', 'en', '', `Cloud cost tip: we found an idle GPU VM costing $3,000/month. Set budget alerts on every project; it takes five minutes.`],
]);
