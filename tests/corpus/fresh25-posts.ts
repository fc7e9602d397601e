import { rows } from './corpus-types';

/**
 * Held-out set "fresh25": written 2026-12-04 (00:37-00:56 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, tests/checks/ or any corpus post file other than the policy and row types in corpus-types.ts (and
 * the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), so it measures how the
 * rules generalise to posts they were never tuned on; the checks, the scorer and vitest were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh25`.
 * First scored 2026-12-04 00:57 UTC on the rules of ea30ff5 (findings identical to fd5a146's), before any fix from it:
 * confidentiality macro F1 0.973, 3.3 % of clean posts flagged (3 of 90); financial 0.900 (precision 0.900, recall 0.900),
 * confidential_marker 0.846 (precision 0.786, recall 0.917), codename 0.960, the 8 others 1.000.
 *
 * Authors (20 invented organisations): a Breton communauté d'agglomération (Agglo Val-de-Brume), a Paris law firm, a
 * London law firm, a Dublin consulting firm, a Normandy university, an English university, a French public hospital, a
 * Cork university hospital, a Geneva cooperative bank, a Hartford insurer, a Breton mutual health insurer, a French DIY
 * retail chain, a UK grocer, a Lyon haulier, a Gdańsk freight hub, a Montréal games studio, a Dundee games studio, a
 * French digital-inclusion foundation, a Bristol refugee charity and an English district council. Forms: proud team
 * updates, all-hands and board notes, Slack/Teams messages pasted by mistake, pasted CRM rows, AP payment runs and
 * member spreadsheets, customer-service replies (surface 'comment'), recruiting posts with published salary ranges, X
 * posts, a two-post X thread and an X poll, a conference live-post, changelogs and patch notes, an incident summary,
 * vendor bank-detail notices, onboarding notes, a goodbye, security-awareness tips and fraud warnings.
 *
 * Financial positives (40), phrased in many ways, each with a sign the figure is not public yet: an internally
 * arbitrated budget before the council vote, a water-concession bid comparison, fees billed and profit per equity
 * partner before the firm's announcement, a revised revenue forecast, a tender bid (EUR, PLN), a research grant and a
 * regional grant before their announcement (one in words: "trois millions deux cent mille euros" as a fundraising
 * target), a deficit budget and a hospital deficit before the boards vote, an international tuition rise and bank fees,
 * insurance premiums and a small-business price before customers are told, an IT budget in CHF, an ExCo forecast, a
 * combined ratio before analysts, department margins, Black Friday takings before the trading update, unit costs (per
 * pallet, per case), a warehouse sale price, an EBITDA range and an EBITDA margin before the accounts, a pre-money
 * valuation in CA$, a ¥180 million publisher advance, MRR and churn, bookings, a donor pledge and a capital gift before
 * the gala or the minister, a Levelling Up grant before the ministerial announcement, a CRM pipeline. Financial
 * look-alikes (about 33, clean): published budgets, results and annual reports named as such, figures already in a
 * press release, regulated fees (French licence enrolment fee, UK tuition cap, council tax), job-ad salary ranges, public shop and
 * Steam prices, market figures from Kantar, Newzoo and port statistics, a teaching exercise, a case-interview example,
 * fundraising totals, a personal student loan, a scam's €1.99 fee.
 *
 * Other positives: named and role work addresses (press@, dpo@, sav@, help@, support@) and addresses obfuscated with
 * [at]/(arobase)/"dot"; mobiles, direct lines, switchboards, freephone and hotline numbers in FR, UK, IE, CH, US, CA,
 * PL formats; IBANs with exact country length and mod-97 (FR with the RIB key, ES with both control digits, IT with its
 * CIN letter, BE with its account check, CH, DE, NL, GB, PL, SE, AT, IE, PT); Luhn-valid Visa, Mastercard (5- and
 * 2-series), Amex, Discover, JCB, Diners, Maestro and 19-digit UnionPay cards; national ids with their checksums:
 * French NIR (97 key), Belgian national register (mod 97), Swiss AHV (EAN-13), Spanish DNI letter, Swedish personnummer
 * (Luhn), Danish CPR (mod 11), Polish PESEL, Portuguese NIF, Canadian SIN (Luhn), Irish PPSN, German Steuer-ID (ISO
 * 7064 mod 11,10, one repeated digit), plus UK NINO and US SSN by format; secrets: GitHub, Slack, npm, GitLab, Stripe
 * live, SendGrid, Google API and AWS key-and-secret tokens, an unknown-format api_key and client_secret, two passwords;
 * internal URLs on the policy's internal domains and on .local/.intra/.internal/.lan/.intranet hosts, private IPs and a
 * UNC path; confidential markers (NE PAS DIFFUSER, PRIVILEGED & CONFIDENTIAL, STRICTLY CONFIDENTIAL, Usage interne
 * uniquement, Internal only, [CONFIDENTIEL], EMBARGOED UNTIL, OFFICIAL-SENSITIVE, C2 – Internal, Note interne); the
 * policy's code names (Orion, Nébula, Project Kestrel, Atlas Bleu) as company projects and its clients (Globex,
 * Initech, Société Générique, Hôpital Sainte-Claire) as the company's clients. Look-alikes (clean): an IBAN with a
 * wrong check (a fraud warning), the GB82 WEST documented specimen, masked IBANs, cards and NIR, Stripe's 4242 test
 * card, a failing-Luhn phishing card and a 16-digit order number, HMRC's QQ NINO, the 1938 wallet-card SSN, the Finnish
 * 131052-308T example, a BSN failing the eleven test, AWS's EXAMPLE key and <your-key-here> placeholders, a commit
 * hash, invoice, order, tracking, version and EAN numbers, the 112, 15, 17 and 999 short numbers, public GitHub,
 * YouTube and council URLs, X handles and a CSS @media rule, the secret professionnel, Secret Santa, Victoria's Secret,
 * L.A. Confidential, an oil embargo, TLP:CLEAR and a privacy policy; Orion the constellation, the nebula and the
 * Artemis capsule, the Nebula Awards, a kestrel, a blue atlas cedar and a dish, Initech in Office Space, Globex in The
 * Simpsons, and the chapel of the old Hôpital Sainte-Claire.
 *
 * Conventions: every written email address is labelled email, role mailboxes included; every written phone number is
 * labelled phone, switchboards and hotlines included (emergency short numbers are not phone numbers); explicit
 * confidentiality markings are labelled confidential_marker, an informal "keep it between us" is not (it marks the
 * figure as unannounced for financial). Every IBAN, card and national-id positive was computed with a throwaway script
 * kept outside the repository.
 *
 * Counts: 233 posts (106 FR, 123 EN, 4 mixed; 15 on X, 10 comments): 90 clean, 143 with one or more findings. Labels:
 * financial 40, email 14, national_id 14, phone 13, internal_url 12, confidential_marker 12, client_name 12, codename
 * 12, secret 12, iban 11, card 11.
 */
export const FRESH25_POSTS = rows('fresh25', [
  // Agglo Val-de-Brume (communauté d'agglomération, public body)
  ['linkedin', 'fr', '', "Fière de l'équipe mobilités de l'Agglo Val-de-Brume : la nouvelle ligne de bus express entre la gare et le parc d'activités roule depuis lundi, avec un départ toutes les 12 minutes en heure de pointe. Merci aux chauffeurs qui ont testé le parcours à 5 h du matin tout le mois de novembre 🚌"],
  ['linkedin', 'fr', 'financial', "Petit retour de la commission finances d'hier soir : l'exécutif a arbitré le budget primitif 2027 à 41,2 M€ en fonctionnement et 18,7 M€ en investissement, dont 6 M€ pour la piscine intercommunale. Le vote n'a lieu qu'au conseil du 18 décembre, donc on n'en parle pas encore aux communes, mais quelle soirée !"],
  ['linkedin', 'fr', '', "Le budget 2026 de l'Agglo, voté en conseil communautaire le 12 décembre dernier, est en ligne sur notre site (rubrique « Finances et budget ») : 39,8 M€ en fonctionnement, 16,1 M€ en investissement. Tout est public, n'hésitez pas à le lire et à nous poser vos questions en réunion publique."],
  ['linkedin', 'fr', 'internal_url', "Nouveaux arrivants à la direction des services techniques : le livret d'accueil est ici http://intranet.agglo-valdebrume.local/rh/accueil/livret-2026.pdf et le planning des astreintes sur http://10.12.4.20:8080/astreintes. Bienvenue à Inès, Karim et Paul !"],
  ['x', 'fr', '', "⚠️ Travaux rue de la Brume : déviation mise en place du 7 au 19 décembre. Les lignes 3 et 7 sont détournées par le boulevard Jaurès. Plus d'infos sur https://www.agglo-valdebrume.fr/travaux #ValDeBrume"],
  ['linkedin', 'fr', 'financial confidential_marker', "DOCUMENT DE TRAVAIL – NE PAS DIFFUSER. Offre reçue pour la délégation de service public de l'eau : le candidat sortant propose 1,92 €/m³ contre 2,31 € pour le challenger, soit un écart de 3,4 M€ sur la durée du contrat. Analyse à finaliser avant la CAO du 8 janvier."],
  ['linkedin', 'fr', '', "Trois ans que je travaille à la direction de l'eau de l'Agglo Val-de-Brume. Ce que j'ai appris : un réseau, ça s'entretient comme une maison. Et le meilleur moment de l'année reste la journée portes ouvertes de la station d'épuration, où 400 curieux sont venus cette fois-ci."],
  ['linkedin', 'fr', 'national_id', "Rappel RH suite à l'envoi d'hier : merci de ne plus transmettre vos justificatifs par la boîte commune. Exemple reçu ce matin d'un agent : « Ci-joint mon attestation, n° de sécu 1 85 07 75 123 456 08 ». On supprime et on passe par le coffre-fort numérique, svp."],
  ['linkedin', 'fr', '', "Atelier « cybersécurité au quotidien » pour les agents de l'Agglo : ne jamais communiquer son mot de passe, même à quelqu'un qui se présente comme le support. Le support ne vous le demandera JAMAIS. Et un mot de passe comme « Soleil2026 » se casse en quelques secondes."],

  // Cabinet Delorme Vasseur Avocats (Paris)
  ['linkedin', 'fr', 'client_name confidential_marker', "Confidentiel – couvert par le secret professionnel. Point d'étape dossier Société Générique c/ ancien dirigeant : l'audience de référé est fixée au 14 janvier, la cliente souhaite une transaction avant cette date. Merci à l'équipe contentieux pour le week-end passé sur les conclusions."],
  ['linkedin', 'fr', '', "Le secret professionnel de l'avocat n'est pas un privilège, c'est une garantie pour le justiciable. Belle table ronde hier au barreau de Paris sur le sujet, avec des échanges passionnants sur les perquisitions en cabinet."],
  ['linkedin', 'fr', 'email', "Le cabinet Delorme Vasseur recrute un(e) collaborateur(trice) en droit social, 3 à 5 ans d'expérience. Candidatures à claire.moreau@delorme-vasseur.fr, en précisant « collab social » dans l'objet."],
  ['linkedin', 'fr', '', "Le cabinet recrute un(e) juriste en droit des affaires : CDI, Paris 8e, rémunération 45-52 k€ brut annuel selon expérience, télétravail deux jours par semaine. Candidature via la page carrières de notre site."],
  ['linkedin', 'fr', 'financial', "Très belle année pour le cabinet : les honoraires facturés atteignent 27,6 M€ à fin novembre, soit +14 % — la communication officielle aux associés est prévue au séminaire de janvier, mais je voulais remercier toutes les équipes dès maintenant."],
  ['linkedin', 'fr', 'iban', "Changement de coordonnées bancaires du cabinet pour le règlement des provisions sur honoraires. Nouveau compte séquestre : FR76 1027 8060 2100 0204 8590 102 (BIC CMCIFR2A). Merci de mettre à jour vos fichiers fournisseurs."],
  ['linkedin', 'fr', '', "Alerte fraude : des escrocs se font passer pour notre cabinet et demandent un virement vers un « nouveau compte ». L'IBAN qu'ils communiquent, FR76 3000 4012 3400 0123 4567 863, n'est même pas valide. Nous ne changeons jamais nos coordonnées bancaires par e-mail."],
  ['linkedin', 'fr', 'codename', "Grosse semaine sur Orion : la data room est ouverte, 1 400 documents indexés, et les questions de l'acquéreur commencent à tomber. Merci à la team M&A qui tient le rythme 💪"],
  ['linkedin', 'fr', '', "Photo prise cette nuit depuis le toit du cabinet : la constellation d'Orion parfaitement visible au-dessus de Paris, malgré la pollution lumineuse. Le baudrier, la nébuleuse juste en dessous… ça change des conclusions."],
  ['linkedin', 'fr', 'phone', "Pour toute question sur notre consultation juridique gratuite du samedi, vous pouvez joindre Maître Vasseur directement au 06 71 42 88 19 ou le standard du cabinet au 01 44 52 87 30."],

  // Harrowgate & Pike LLP (London)
  ['linkedin', 'en', 'confidential_marker client_name', "PRIVILEGED & CONFIDENTIAL – ATTORNEY WORK PRODUCT. Quick update for the Globex deal team: the SPA mark-up came back from the other side overnight, warranty caps still at 30%. Call at 9:30, dial-in in the calendar invite."],
  ['linkedin', 'en', '', "Delighted to share that Harrowgate & Pike has been ranked Band 1 for restructuring in this year's Chambers UK guide. Huge thanks to our clients and to the team who make it happen every day."],
  ['linkedin', 'en', 'financial', "Partners' lunch today and the number everyone was waiting for: PEP at £1.12m for the year, up from £940k. We'll be in the Lawyer's UK 200 table in the summer, so keep it between us until then — but what a year for the firm."],
  ['linkedin', 'en', '', "Trainee solicitor vacancies for September 2028: salary £56,000 in the first year, £60,000 in the second, plus a £10,000 LPC grant. Applications close 31 January via our graduate recruitment site."],
  ['linkedin', 'en', 'email phone', "If you're a journalist covering the Whitmore Court ruling, please contact our press office at press@harrowgatepike.co.uk or on +44 20 7946 3318 rather than individual partners."],
  ['linkedin', 'en', '', "We just watched Office Space at the firm's film night. Initech's TPS reports are still the best satire of corporate process ever filmed, and somebody in Finance definitely owns a red Swingline stapler."],
  ['linkedin', 'en', 'national_id', "Onboarding checklist for new starters, as pasted by our HR coordinator (name redacted by me, not by her!): \"National Insurance number: JM 48 27 15 C, right to work: British passport, start date 5 Jan\". Please use the secure HR portal, folks."],
  ['linkedin', 'en', '', "Reminder from our payroll team: HMRC's own guidance uses QQ 12 34 56 C as the example National Insurance number. If you see that on a form, it's a placeholder, not a person."],
  ['x', 'en', 'client_name', "Long night signing the Initech refinancing with the banks, coffee count: 7. Proud of this team. #lawyerlife"],
  ['linkedin', 'en', 'secret', "Oops, the IT guy's message to our litigation support team ended up in our all-staff post: \"Relativity service account is lit-svc, password Harrow!Pike#2026, rotate after the trial\". Please treat this as compromised and rotate now."],

  // Kinsale Advisory (Dublin consulting)
  ['linkedin', 'en', 'financial', "Partners' meeting Monday. Utilisation sits at 71% and the Q4 revenue forecast has been revised down to €14.6m from €16m, so expect a conversation about discretionary spend. Sharing early because I'd rather we face it together."],
  ['linkedin', 'en', '', "Kinsale Advisory's 2025 annual review is out: revenue of €58.3m, 412 people across Dublin, Cork and Galway, and 31% of partners are women. Full report on our website — proud of what we built."],
  ['linkedin', 'en', 'email', "Looking for a senior consultant in public-sector transformation, Dublin-based, hybrid. Send a CV and two lines on why to priya.nair@kinsaleadvisory.ie — I read every one."],
  ['x', 'en', 'email', "Running a workshop on procurement reform next week, a few seats left. Email events [at] kinsaleadvisory [dot] ie with your name and organisation."],
  ['linkedin', 'en', 'codename', "Three months of work on Project Kestrel and we finally have a steering committee date. Can't wait to show the client what the new operating model looks like. Shout-out to the analysts who rebuilt the cost baseline twice."],
  ['linkedin', 'en', '', "Saw a kestrel hovering over the M50 verge this morning, perfectly still in a 40 km/h wind. The best strategy slide I've seen all week."],
  ['linkedin', 'en', 'iban', "Vendor notice for our freelance associates: from 1 January, invoices will be paid from our new AIB account, IE29 AIBK 9311 5212 3456 78. Please don't send bank changes to us by email — we'll never ask for them that way."],
  ['linkedin', 'en', '', "Consulting case interview tip: when the interviewer says a company has €500m revenue and a 12% margin, they just want to see you compute €60m calmly. It's a teaching example, not a real client."],
  ['linkedin', 'en', 'internal_url client_name', "For the Globex workstream leads: the updated RAID log and the interview notes are in https://sharepoint.kinsale.internal/sites/globex-opmodel/Shared%20Documents — please update your actions before Thursday's call."],
  ['linkedin', 'en', 'financial', "Pleased to say our bid for the national health procurement review went in this afternoon: €2.85m over 18 months, two bidders left. Decision expected mid-January. Fingers crossed for the team."],

  // Université de Saint-Lô-Cotentin
  ['linkedin', 'fr', '', "Rentrée de janvier à l'Université de Saint-Lô-Cotentin : 2 300 étudiants en alternance cette année, un record. Merci aux entreprises partenaires qui accueillent nos apprentis, du bocage jusqu'à Cherbourg."],
  ['linkedin', 'fr', 'financial', "Bonne nouvelle que je ne peux pas encore crier sur les toits : l'ANR a retenu notre projet sur l'érosion littorale, 612 000 € sur quatre ans. Les résultats officiels sortent le 20 décembre, mais l'équipe du labo est déjà en train de sabrer le cidre 🍾"],
  ['linkedin', 'fr', '', "Les frais d'inscription en licence restent fixés à 178 € pour 2026-2027, comme pour toutes les universités publiques (arrêté ministériel publié au Journal officiel). Les boursiers en sont exonérés."],
  ['linkedin', 'fr', 'national_id', "Message d'une scolarité débordée : merci de ne pas poster vos documents dans le groupe promo ! Quelqu'un vient d'y coller son attestation avec son numéro de sécurité sociale 2 92 03 69 381 042 50 et son INE. Supprimez et envoyez-les via l'ENT."],
  ['linkedin', 'fr', 'internal_url', "Pour les enseignants : les maquettes 2027 sont à déposer sur https://moodle-interne.univ-saintlo.intra/course/view.php?id=418 avant le 15 janvier, et la grille des services sur \\\\srv-scol01\\partages\\services2027."],
  ['linkedin', 'fr', '', "Cours de finance d'entreprise en L3 ce matin. Exercice : une PME réalise un CA de 500 000 € avec une marge brute de 35 % et des charges fixes de 120 000 €. Quel est son résultat ? (Réponse : 55 000 €. Et oui, c'est une entreprise fictive.)"],
  ['linkedin', 'fr', 'codename', "Le consortium Nébula tient sa réunion de lancement jeudi à Caen : trois labos, deux industriels, et un planning serré pour le démonstrateur. On n'a encore rien annoncé publiquement, mais quelle équipe !"],
  ['linkedin', 'fr', '', "Soirée d'astronomie à la fac : le club a pointé le télescope sur la nébuleuse d'Orion et sur Jupiter. 150 étudiants sous un ciel normand miraculeusement dégagé. La science, c'est aussi ça."],
  ['linkedin', 'fr', '', "Nos étudiants en génie civil ont gagné le concours national des ponts en spaghetti 🍝🌉 Bravo à toute l'équipe ! #USLC"],

  // Northmoor University
  ['linkedin', 'en', 'financial', "All-staff briefing notes: the Vice-Chancellor's Executive approved a £4.1m deficit budget for 2026/27, with a voluntary severance scheme to follow. Council signs it off next Wednesday and there'll be a formal announcement after that. Sorry to be the bearer."],
  ['linkedin', 'en', '', "Home undergraduate tuition fees at Northmoor will be £9,535 for 2026/27, in line with the cap published by the Department for Education. International fees are listed on each course page."],
  ['linkedin', 'en', 'financial', "Heads-up for the recruitment team: international tuition goes to £26,950 from September 2027, up from £24,400. Agents won't be told until the January price list, so please don't quote it yet."],
  ['linkedin', 'en', 'email', "Doing a PhD on coastal ecology? Come and talk to us. Drop me a line: j.okafor (at) northmoor (dot) ac (dot) uk — funded studentships open in February."],
  ['linkedin', 'en', '', "Our research office reminds everyone: grant budgets in UKRI applications are public once awarded and listed on Gateway to Research. Good practice is to link there rather than paste the figures from your internal costing."],
  ['linkedin', 'en', 'secret', "Posting this in the wrong channel, sorry — for the lab's instrument dashboard: API token for the sensor cloud is api_key=5b903801bdda8e77cc5e4820682255159fea7f32, don't commit it to the repo."],
  ['linkedin', 'en', '', "Security awareness week: if a tutorial tells you to set AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE, that's Amazon's documented example key. Never paste your real key in a Teams chat, a notebook or a forum post."],
  ['linkedin', 'en', 'internal_url', "Staff survey results are in! You can see the faculty breakdown at https://intranet.northmoor.local/hr/survey-2026/results — big improvements in workload perception in the School of Health."],
  ['x', 'en', '', "The Orion capsule on Artemis II will carry four astronauts around the Moon. Our planetary science students are watching every telemetry update. #Artemis"],
  ['linkedin', 'en', 'national_id', "New postdoc in our lab from Stockholm, paperwork day. The form she filled in for the visiting researcher scheme literally read \"Personnummer: 870314-2383\" in the shared spreadsheet. Moved it to the HR system and blanked the cell, but please think before pasting."],
  ['linkedin', 'en', '', "Applications open for our MSc in Data Science. Stipend for the Turing scholars: £21,000 a year, tax-free. Details on the scholarships page."],

  // Centre hospitalier de Valmont
  ['linkedin', 'fr', 'financial', "Directoire de ce matin : déficit prévisionnel 2026 de 7,3 M€, plan de retour à l'équilibre en cours de construction avec l'ARS. Rien n'est voté par le conseil de surveillance, mais je préfère que les cadres l'entendent de nous."],
  ['linkedin', 'fr', '', "Le centre hospitalier de Valmont inaugure sa nouvelle unité de soins palliatifs : 12 lits, un jardin thérapeutique et une équipe formidable. Merci aux donateurs et aux bénévoles qui ont rendu ce projet possible."],
  ['linkedin', 'fr', 'client_name', "Mutualisation réussie : nos équipes de stérilisation traitent désormais aussi les instruments de l'Hôpital Sainte-Claire, sous convention depuis le 1er novembre. 14 000 boîtes par an en plus, même délai de retour."],
  ['linkedin', 'fr', '', "Journées du patrimoine : la chapelle de l'ancien Hôpital Sainte-Claire, monument classé du XVIIe siècle, sera ouverte au public samedi et dimanche. Visite guidée par l'association d'histoire locale à 15 h."],
  ['linkedin', 'fr', 'phone', "Prise de rendez-vous en consultation de cardiologie : le secrétariat est joignable au 03 84 58 21 47 du lundi au vendredi. En cas de douleur thoracique, appelez le 15 sans attendre."],
  ['linkedin', 'fr', '', "La confidentialité des données de santé est au cœur de notre métier. Rappel : aucune photo dans les services, aucune information patient sur les réseaux sociaux, même anonymisée."],
  ['linkedin', 'fr', 'secret', "Astuce du service informatique collée par erreur dans le canal infirmier : « Le code du wifi des blocs, c'est VALMONT-Bloc / mot de passe : Chirurgie#58!Nuit ». Il a été changé ce matin, merci de ne pas le republier."],
  ['linkedin', 'fr', 'financial', "Appel d'offres pour les repas patients : nous avons retenu une enveloppe de 2,14 M€ HT par an, la négociation avec les deux finalistes se termine le 22. Personne n'est encore informé côté fournisseurs."],
  ['linkedin', 'fr', 'internal_url', "Pour les nouveaux internes : le protocole antibiothérapie est sur http://qualidoc.ch-valmont.intra/protocoles/atb-2026 et le planning des gardes sur https://10.40.2.15/gardes. Bon semestre !"],

  // St Brennan's University Hospital (Cork)
  ['linkedin', 'en', '', "Proud to share that St Brennan's emergency department cut average wait times by 22% this autumn, as published in the HSE's monthly performance report. The whole ED team made this happen."],
  ['linkedin', 'en', 'national_id', "Admin tip from our records office, because it keeps happening: someone sent a referral to the general inbox with \"Referral – PPSN 8136942SA – urgent\" in the subject. Don't put PPS numbers in subject lines. Ever."],
  ['linkedin', 'en', 'financial', "Foundation update for the board only: the anonymous donor has confirmed €3.5m for the new paediatric wing, and the Minister will announce the capital allocation in February. Until then, mum's the word."],
  ['linkedin', 'en', 'phone', "Our bed management desk is now reachable 24/7 on +353 21 492 7610. GPs, please use it for direct admissions instead of the switchboard."],
  ['linkedin', 'en', '', "Dress-down Friday raised €2,470 for the children's ward fund. Thank you all!"],
  ['x', 'en', 'codename', "Go-live weekend for Atlas Bleu done 🎉 new lab system live in all wards, 0 critical incidents so far. Sleep now."],
  ['linkedin', 'en', '', "Planted a blue atlas cedar in the hospital garden to mark our 150th year. Cedrus atlantica 'Glauca' grows slowly but lives for centuries. Seemed right."],
  ['linkedin', 'en', 'card', "Reminder for the canteen team, after a customer read out her card at the till and a colleague wrote it on the whiteboard: \"4532 0184 7392 6153 exp 09/28\". Wiped now. Card details are never written down."],
  ['linkedin', 'en', 'confidential_marker', "STRICTLY CONFIDENTIAL — SERIOUS INCIDENT REVIEW, DRAFT 3. Timeline of the medication error on Ward 4B will be finalised by the review panel before circulation."],

  // Banque Coopérative du Léman (Genève)
  ['linkedin', 'fr', 'financial', "Le comité de direction a validé hier un budget informatique de CHF 12,5 mio pour 2027, dont la moitié pour la refonte de l'e-banking. Communication aux collaborateurs prévue en janvier, mais quelle fierté pour l'équipe IT !"],
  ['linkedin', 'fr', '', "Nos résultats annuels 2025 sont publiés : bénéfice net de CHF 48,2 mio, ratio de fonds propres de 18,9 %. Le rapport complet est disponible sur notre site, rubrique Investisseurs."],
  ['linkedin', 'fr', 'financial', "Petite info pour les conseillers : les frais de tenue de compte privé passent de CHF 2.– à CHF 3.50 par mois au 1er mars. Les clients recevront le courrier le 15 janvier, d'ici là on ne l'annonce à personne."],
  ['linkedin', 'fr', 'iban', "Pour les dons à notre fondation du Léman (Noël solidaire), le compte est : CH93 0076 2011 6238 5295 7, mention « Noël 2026 ». Merci pour votre générosité !"],
  ['linkedin', 'fr', '', "Bonjour Monsieur, rassurez-vous : dans l'app, votre IBAN est affiché masqué, du type CH** **** **** **** 4181 2, c'est normal. Et nous ne vous demanderons jamais vos identifiants par téléphone. Cordialement, Sophie – Banque Coopérative du Léman", { surface: 'comment' }],
  ['linkedin', 'fr', 'email phone', "Une question sur votre hypothèque ? Écrivez à m.lefebvre@banque-leman.ch ou appelez-moi au +41 22 718 45 90, je suis votre interlocuteur pour la région de Nyon."],
  ['linkedin', 'fr', 'national_id', "Capture d'écran partagée par erreur dans notre canal conformité, je floute le reste : « Client KYC OK – N° AVS 756.9283.7461.57, passeport vérifié ». Si vous voyez ça ailleurs, signalez-le au DPO."],
  ['linkedin', 'fr', '', "Le taux de référence hypothécaire publié par l'Office fédéral du logement reste à 1,25 %. Pour les locataires, cela veut dire pas de hausse de loyer fondée sur ce taux ce trimestre."],
  ['linkedin', 'mixed', 'financial', "Forecast FY27 validé en ExCo : 63 M CHF de revenus nets, cost/income à 61 %. Board approval next week, so please keep it in the team until the budget letter goes out."],
  ['linkedin', 'fr', 'card', "Test de caisse ce matin à l'agence de Carouge, le client a dicté sa carte : 5454 2398 1076 5432, exp. 03/29. Elle a atterri dans la main courante. On a rayé et signalé, mais on ne note jamais un numéro de carte."],

  // Meridian Mutual Insurance (Hartford)
  ['linkedin', 'en', 'financial', "Internal close is done: combined ratio at 94.1% for Q3, reserves released $18m. Analysts don't get the numbers until the 14th, so no LinkedIn victory laps yet, team — except this one, which is vague enough."],
  ['linkedin', 'en', '', "Meridian Mutual's Q3 results are out: net written premiums of $1.27bn, combined ratio 94.1%. Full release and the investor deck are on meridianmutual.com/investors."],
  ['linkedin', 'en', 'financial', "Agents in the Northeast: heads-up that homeowners premiums go up 11% on renewal from April. Official rate filing is next month and you'll get talking points then. Don't quote it to policyholders yet."],
  ['linkedin', 'en', 'phone', "Hi Karen, so sorry to hear about your roof. You can file the claim 24/7 on our catastrophe line, 1-800-447-6210, or in the app, and an adjuster will call you within 48 hours. – Mike, Meridian Mutual", { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', "Claims training slide that made our privacy officer cry: a sample intake form filled in with a real policyholder's SSN, 412-67-3398. We replaced it with the classic 078-05-1120 from the old wallet cards and re-issued the deck."],
  ['linkedin', 'en', '', "Fun fact for our claims trainees: 078-05-1120 is the Woolworth wallet-card SSN that thousands of people used as their own in 1938. It's the textbook example of why sample data matters."],
  ['linkedin', 'en', 'secret', "Dev team, the Slack webhook bot for the claims triage channel: xoxb-882799863909-8307727072098-ntLvB2QYE9IqTnthPBpZqBLz. Please put it in the vault instead of the README."],
  ['linkedin', 'en', '', "Senior Actuarial Analyst, Hartford CT: salary range $118,000–$142,000 plus bonus, as required by Connecticut pay transparency law. Apply on our careers site."],
  ['x', 'en', 'financial', "Can't give details yet but our new small-business policy launches in spring at around $39/month, roughly half what competitors charge. Pricing isn't public until the filing clears 😉 #insurtech"],
  ['linkedin', 'en', 'client_name', "Huge win for our commercial lines team: Globex just moved their fleet and property cover to Meridian, 3-year program. Champagne on the 12th floor at 5!"],

  // Mutuelle Armor Santé
  ['linkedin', 'fr', 'financial', "Conseil d'administration d'hier : hausse moyenne des cotisations de 7,9 % en 2027, décidée pour absorber les nouvelles obligations de prise en charge. Les adhérents ne sont pas encore prévenus (courrier fin décembre), merci de ne pas en parler en agence."],
  ['linkedin', 'fr', '', "Comme annoncé dans notre communiqué du 2 décembre, les cotisations 2027 augmenteront en moyenne de 4,2 %. Le détail par garantie est en ligne sur notre site et dans l'espace adhérent."],
  ['linkedin', 'fr', 'email', "Pour toute demande sur vos données personnelles, contactez notre délégué à la protection des données : dpo@mutuelle-armorsante.fr."],
  ['linkedin', 'fr', 'iban', "Fournisseurs de la mutuelle : nouvelles coordonnées pour vos virements à compter du 1er janvier, IBAN FR76 3000 4012 3400 0123 4567 862 (titulaire Mutuelle Armor Santé). L'ancien compte sera clôturé fin février."],
  ['linkedin', 'fr', '', "Tuto adhérents : sur votre relevé, seul le numéro de sécurité sociale masqué apparaît (1 85 ** ** *** *** **). Si quelqu'un vous demande le numéro complet par SMS, c'est une arnaque."],
  ['linkedin', 'fr', 'phone', "Nos conseillers sont joignables au 0 800 71 24 24 (service et appel gratuits) du lundi au samedi. Pour l'assistance rapatriement, le numéro figure au dos de votre carte."],
  ['linkedin', 'fr', 'codename confidential_marker', "Usage interne uniquement. Le programme Atlas Bleu (nouvelle offre senior) passe en comité produit le 12 : grille de garanties figée, simulateur en recette. Aucun élément ne sort avant le lancement."],
  ['linkedin', 'fr', '', "Petit quiz sécurité du vendredi : un mail vous annonce un remboursement de 187,40 € et vous demande de cliquer. Vous faites quoi ? Bonne réponse : on signale, on ne clique pas."],
  ['linkedin', 'fr', 'national_id', "Erreur de publipostage chez un prestataire : l'un de nos adhérents belges a reçu le courrier d'un autre avec son numéro de registre national 85.07.30-033.28. Nous avons notifié l'APD et contacté les personnes concernées."],

  // Maisons Bricolin (DIY retail)
  ['linkedin', 'fr', 'financial', "Point de mi-saison pour les chefs de rayon : la marge brute du rayon jardin atteint 31,7 % contre 28 % visés, et le CA cumulé des magasins de l'Ouest dépasse les 96 M€. Ces chiffres restent entre nous jusqu'à la convention de février."],
  ['linkedin', 'fr', '', "Livraison offerte dès 49 € d'achat et retrait gratuit en 2 h dans nos 64 magasins Maisons Bricolin. Et oui, la perceuse-visseuse à 79,90 € est toujours en promo jusqu'à dimanche !"],
  ['linkedin', 'fr', 'email', "Bonjour Madame, merci pour votre message. Pour le remboursement de votre commande, pouvez-vous envoyer la facture à sav@maisons-bricolin.fr en indiquant votre numéro de commande ? Bonne journée, Lucie – Service clients", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Bonjour, votre commande n° 4970 4056 1234 8810 est bien partie de notre entrepôt hier soir, vous recevrez le lien de suivi Colissimo par SMS. Désolés pour le retard ! Mehdi – Service clients", { surface: 'comment' }],
  ['linkedin', 'fr', 'card', "Je suis caissière chez Maisons Bricolin depuis 8 ans et aujourd'hui un client m'a tendu un post-it avec « 2223 0048 1926 4572 – 11/27 – 318 » pour que je « tape sa carte plus vite ». Non, monsieur. Jamais. On passe par le terminal."],
  ['linkedin', 'fr', 'codename', "La refonte de l'appli magasin avance : Nébula passe en pilote dans les magasins de Rennes et Vannes la semaine prochaine, scan & go compris. Merci à l'équipe digitale qui a tout testé sous la pluie du parking 😅"],
  ['linkedin', 'fr', '', "Rappel sécurité : nos conseillers ne vous demanderont jamais votre code de carte bancaire. Sur vos tickets, la carte apparaît masquée, **** **** **** 4821, c'est normal."],
  ['linkedin', 'fr', 'internal_url', "Les plannings de Noël sont publiés sur http://portail.bricolin.lan/plannings/noel2026 — pensez à valider vos échanges avant vendredi 18 h."],
  ['linkedin', 'fr', '', "Le rapport annuel 2025 de Maisons Bricolin est en ligne : chiffre d'affaires de 1,18 Md€, 5 900 collaborateurs, 12 nouveaux magasins. Merci à tous !"],
  ['x', 'fr', 'financial', "Chiffre de la semaine du Black Friday chez nous : 22 M€ de ventes, +9 % vs l'an dernier. Officiellement on communiquera en janvier, mais je suis trop fier des équipes 🔨 #retail"],

  // Greenlane Grocers (UK)
  ['linkedin', 'en', 'financial', "Black Friday week: £6.8m through the tills, like-for-like up 9%. The official Christmas trading update is on 8 January, so this stays in the store managers' group — but I had to say well done somewhere."],
  ['linkedin', 'en', '', "Greenlane Grocers' half-year results: revenue up 8% to £612m, as reported to the market this morning. Full statement on our investor relations page."],
  ['linkedin', 'en', 'email', "Hi Sam, sorry your delivery arrived with a broken jar. Please email a photo to help@greenlane-grocers.co.uk with your order number and we'll refund it today. – Asha, Customer Care", { surface: 'comment' }],
  ['linkedin', 'en', '', "Hi Dan, thanks for flagging. Your refund for order GL-2026-448193 has been processed, it can take 3–5 working days to show on your statement. – Asha, Customer Care", { surface: 'comment' }],
  ['linkedin', 'en', 'financial', "Buying team sync: cost price per case of our own-label oat milk is down to £7.42 after the new supplier contract, which takes our margin on it to 34%. Nobody outside commercial knows that number yet."],
  ['linkedin', 'en', 'card', "Store managers: a customer's card number was found written on a Post-it at till 6 in Clifton — \"5105 1098 2734 6109 exp 04/28\". It's been destroyed and the customer called. Reminder: we never write down payment details."],
  ['linkedin', 'en', '', "Our developer onboarding notes: in the payments sandbox use Stripe's test card 4242 4242 4242 4242 with any future expiry and any CVC. Never use a real card in test."],
  ['linkedin', 'en', 'phone', "Store manager of our new Bath branch here! If you're a local producer, call me directly on 07911 482 630 — we want your cheese, your honey and your cider."],
  ['linkedin', 'en', 'client_name', "Big moment for our wholesale arm: Initech's staff canteens across the UK switch to Greenlane supply in March. Deal signed this morning, announcement once their comms team approves."],
  ['linkedin', 'en', '', "Secret Santa in the Bristol support office: £10 limit, and yes, I got the person who always steals the good mugs."],
  ['linkedin', 'en', '', "Our Christmas ad drops Monday. The secret ingredient is a very patient Labrador 🐶 #GreenlaneXmas"],

  // Transports Ferrand (Lyon logistics)
  ['linkedin', 'fr', 'financial', "Notre offre pour le marché de transport scolaire du département est partie ce matin : 1 284 000 € HT sur 4 ans, lot 3. Ouverture des plis lundi, on croise les doigts."],
  ['linkedin', 'fr', 'financial', "Coût de revient par palette ramené à 14,20 € sur la plateforme de Saint-Priest grâce au nouveau plan de chargement. C'est un chiffre interne, mais bravo à l'équipe méthodes."],
  ['linkedin', 'fr', 'financial', "Séminaire des cadres ce matin : on devrait finir l'exercice avec un EBITDA entre 9 et 11 M€, contre 7,8 M€ l'an dernier. Les comptes ne seront arrêtés qu'en mars, donc c'est une fourchette de travail, pas un chiffre à sortir de la salle."],
  ['linkedin', 'fr', '', "Transports Ferrand recrute 15 conducteurs PL en CDI sur Lyon et Villefranche : 2 350 à 2 600 € brut mensuels + primes, 13e mois. Postulez sur notre page carrières ou passez à l'agence."],
  ['linkedin', 'fr', 'financial', "Le prix de cession envisagé pour l'entrepôt de Vénissieux tourne autour de 9 M€ ; le compromis n'est pas signé et les salariés du site ne sont pas encore informés. Je partage ça ici pour préparer l'encadrement, rien de plus."],
  ['linkedin', 'fr', 'iban', "Avis aux sous-traitants : suite à notre changement de banque, les règlements de décembre partiront du compte ES91 2100 0418 4502 0005 1332 (filiale espagnole) pour les prestations Lyon-Barcelone."],
  ['linkedin', 'fr', '', "Votre colis n° 6A18472936015 est en cours d'acheminement, le suivi est disponible sur le site La Poste. Nous sommes désolés pour le délai dû à la grève. L'équipe Ferrand", { surface: 'comment' }],
  ['linkedin', 'fr', 'client_name', "Belle réussite pour l'agence de Mâcon : nous assurons désormais toute la logistique retour de Société Générique sur le grand Est. Signature hier, 40 tournées par semaine. Bravo Sandrine !"],
  ['linkedin', 'fr', 'phone', "Clients messagerie : en cas de litige livraison, appelez le service exploitation au 04 78 90 12 63, ou mon portable d'astreinte au 06 18 27 45 93 le week-end."],
  ['linkedin', 'fr', '', "Embargo américain sur certains composants : nos équipes douane ont publié une fiche pratique pour les chargeurs concernés. Elle est en accès libre sur notre site."],
  ['linkedin', 'fr', 'secret', "Config du TMS collée dans le groupe des exploitants au lieu du ticket : « client_id: ferrand-prod, client_secret: ChDl1qP64JWJcvtPpcWdnEISLpYO ». Le secret a été révoqué, merci de supprimer les captures."],

  // Baltic Freight Hub (Gdańsk)
  ['linkedin', 'en', 'financial', "Submitted our bid to the port authority for the new rail-terminal operating concession: 8.9 mln zł per year plus a revenue share. Result expected after Christmas. Whatever happens, this team wrote a brilliant offer."],
  ['linkedin', 'en', '', "Container volumes through Gdańsk grew 6% in 2025 according to the port authority's published statistics. Good year for the whole Baltic corridor."],
  ['linkedin', 'en', 'iban', "Updated payment details for our carriers after the bank merger: PL61 1090 1014 0000 0712 1981 2874 (PLN) — the EUR account is unchanged. Please confirm by phone with your account manager before the first transfer."],
  ['linkedin', 'en', 'phone', "Dispatch desk for the holiday period: +48 58 346 21 90, staffed 24/7 from 20 December to 2 January."],
  ['linkedin', 'en', 'national_id', "Pasted from our HR Teams by mistake in the drivers' group: \"New hire Katarzyna W., PESEL 88031512345, medical check on Monday\". Deleted, but please, HR data stays in the HR system."],
  ['linkedin', 'en', '', "Reminder for everyone handling invoices: a valid Polish IBAN has 28 characters. If a supplier sends you PL12 3456 7890 ... with a different length or a check that fails, it's not a real account — call them."],
  ['linkedin', 'en', 'codename', "Project Kestrel, our automated yard-planning pilot, hit 92% slot accuracy in the night shift test. Not public yet, but I'm so proud of the ops analytics team."],
  ['linkedin', 'en', 'internal_url', "For the new planners: the berth schedule lives at https://planning.corp.acme.com/berths/gdansk and the SOPs at https://wiki.acme-corp.net/ops/sop-yard. Bookmark both."],
  ['x', 'en', '', "Snow in Gdańsk, cranes still moving ❄️🏗️ Hats off to the night shift. #logistics #Baltic"],
  ['linkedin', 'en', 'financial', "Management accounts for November: EBITDA margin 18.2% year-to-date against 15% budget, which gives us room for the second reach stacker. We'll share the full year at the spring meeting, so treat this as a teaser."],
  ['linkedin', 'en', 'card', "The fuel card for truck 14 was photographed on the dashboard and posted in the drivers' chat: 6011 3498 5627 3011. It's blocked now. Please don't photograph cards."],

  // Studio Pixel Marée (Montréal)
  ['linkedin', 'fr', 'financial', "Gros mois chez Pixel Marée : 412 000 wishlists sur Steam et l'éditeur prévoit 180 000 copies le premier mois à 24,99 $ US. Ce sont leurs prévisions internes, pas un chiffre à partager, mais je voulais remercier l'équipe."],
  ['linkedin', 'fr', '', "Notre jeu est à -40 % ce week-end sur Steam, soit 11,99 € au lieu de 19,99 €. C'est le moment de découvrir la baie de Fundy en pixel art 🌊"],
  ['linkedin', 'fr', 'email', "Bonjour Julien, désolé pour le bug de sauvegarde ! Envoie-nous ton fichier de log à support@pixelmaree.ca et on regarde ça avant le prochain patch. – Émilie, communauté", { surface: 'comment' }],
  ['linkedin', 'fr', '', "Salut ! Le correctif 1.4.2 est disponible depuis ce matin, il règle le plantage au chapitre 3. Dis-nous si ça marche chez toi 🙂 – Émilie", { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', "Message du service paie posté dans le mauvais canal Slack : « Pour le nouveau programmeur : NAS 046 829 172, date d'entrée 6 janvier ». Je l'ai retiré, mais on arrête de mettre des NAS dans Slack."],
  ['linkedin', 'fr', 'phone', "Vous êtes étudiant·e en game design au Québec et vous voulez visiter le studio ? Appelez notre réception au 514-872-4410."],
  ['linkedin', 'fr', 'financial', "Term sheet reçue : l'investisseur valoriserait le studio à 38 M$ CA pré-money. Rien n'est signé, on en parle au CA du 15. Je n'ai jamais autant bu de café."],
  ['linkedin', 'fr', 'secret', "Le build de nuit échoue parce que quelqu'un a révoqué le token… celui que j'avais collé ici hier : ghp_wcLru3sJWKfNmcfRl1SCdM6fpUdut7h2kMh5. Oui, je l'ai révoqué moi-même. Leçon apprise."],
  ['linkedin', 'fr', '', "Patch notes 1.4.2 : correction du plantage au chapitre 3, amélioration des performances sur Steam Deck, nouvel achievement « Marée haute ». Merci pour vos retours !"],
  ['linkedin', 'mixed', 'codename confidential_marker', "Internal only — playtest de Orion vendredi, 20 testeurs externes sous NDA. Merci de ne rien streamer, ni screenshot, ni « petit teaser » sur Discord 🙏"],
  ['x', 'fr', '', "Qui d'autre a grandi avec les Nebula Awards comme liste de lecture SF ? On prépare un jeu narratif et l'équipe se fait un club de lecture 📚"],

  // Hollowbyte Games (Dundee)
  ['linkedin', 'en', 'financial', "Subscription metrics for our creator platform: MRR crossed $310k this month and churn is down to 2.1%. We haven't published any numbers yet, so no screenshots of the dashboard please — just cake in the kitchen at 4."],
  ['linkedin', 'en', '', "Hollowbyte is hiring a senior gameplay programmer in Dundee: £55,000–£68,000, 4-day week, relocation help. Details on our careers page."],
  ['linkedin', 'en', 'email', "Hi Marco, thanks for the report! Could you drop us a line at support@hollowbyte.games with your system specs and the crash log? We'll get it into the next hotfix. – Rory, Hollowbyte", { surface: 'comment' }],
  ['x', 'en', 'financial', "Can't say much yet but we just closed our best quarter ever: 2.4M in bookings 🤫 #gamedev #indiedev"],
  ['x', 'en', 'financial', "1/ Some news we've been sitting on: our Japanese publisher signed for the console ports, ¥180 million advance. Announcement is at the showcase in March, so you heard nothing."],
  ['x', 'en', '', "2/ And yes, we're still a team of 23 in Dundee, and yes, the game is still coming to PC first. More in March! 🎮"],
  ['linkedin', 'en', 'secret', "Changelog for the build tools — and an apology. The CI config I pasted yesterday contained our npm publish token, npm_q38VKL6ShrDHzjUwnd7jOSeSNl9QcI1KWtvl. It's been rotated, but please delete any copies."],
  ['linkedin', 'en', '', "Changelog v2.14.3: fixed a crash when the controller disconnects during a cutscene; reduced shader compile stutter; build 20261203.4. Commit a3f9c21e fixed the audio desync."],
  ['linkedin', 'en', 'internal_url codename', "Art team: the Nébula mood boards are in https://confluence.hollowbyte.internal/display/NEB/Moodboards and the Perforce depot at //depot/nebula/main. Please don't share the links outside."],
  ['linkedin', 'en', '', "Today's conference live-post from GDC Scotland: the keynote said the global games market is worth $187.7bn according to Newzoo, with mobile over half of it. Indies are 'the R&D department of the industry'."],
  ['linkedin', 'en', 'card', "Overheard on the studio's Discord, pasted from the merch shop's support queue: a customer typed their full card number in chat, 3782 821054 39010, exp 08/29. We deleted it and told them to contact their bank."],
  ['linkedin', 'en', '', "We're proud to be one of the studios in Dundee's games cluster, which according to Abertay's published report employs over 1,000 people."],

  // Fondation Entraide Numérique (nonprofit)
  ['linkedin', 'fr', 'financial', "Je ne devrais pas encore le dire, mais la Région nous accorde 450 000 € pour le programme d'inclusion numérique des seniors (trois ans). L'annonce officielle est prévue en janvier avec la présidente, alors gardez-le pour vous 🤫"],
  ['linkedin', 'fr', '', "Grâce à vous, notre campagne de dons de fin d'année a déjà permis de reconditionner 1 200 ordinateurs pour des familles. Chaque don de 50 € ne vous coûte que 17 € après réduction d'impôt de 66 %."],
  ['linkedin', 'fr', 'iban', "Pour les entreprises mécènes qui préfèrent le virement : IBAN de la Fondation DE52 5001 0517 0648 2937 15 (compte de notre antenne de Francfort), ou IT74 F030 6911 2040 0004 5871 963 pour nos partenaires italiens. Reçu fiscal envoyé sous 15 jours."],
  ['linkedin', 'fr', 'email', "Bénévoles, une question sur les ateliers ? Écrivez à benevolat (arobase) entraide-numerique (point) org — on répond sous 48 h."],
  ['linkedin', 'fr', 'financial', "Objectif de collecte 2027 validé hier en conseil d'administration : trois millions deux cent mille euros, soit quasiment le double de cette année. C'est une note interne pour l'équipe, le plan sera présenté aux partenaires en février."],
  ['linkedin', 'fr', '', "Atelier « repérer l'arnaque » pour nos bénéficiaires : un SMS vous demande de régler 1,99 € de frais de livraison sur un lien bizarre ? Ne cliquez pas. Votre banque ne vous demandera jamais votre code par SMS. En cas de doute, appelez le 17 Cybermalveillance ou parlez-en à un proche."],
  ['linkedin', 'fr', 'card national_id', "Incident de cette semaine, partagé avec l'accord de la bénévole : une bénéficiaire lui a dicté sa carte (3530 1129 8746 5214) et son DNI espagnol 48291736Q pour une démarche en ligne, et la bénévole les a notés dans le cahier d'atelier. Page arrachée et détruite, et nouvelle consigne : on ne note rien."],
  ['linkedin', 'fr', 'confidential_marker', "[CONFIDENTIEL – CA du 3 décembre] Projet de rapprochement avec une autre fondation du secteur : étude de faisabilité confiée à un cabinet, décision au printemps. Ne pas transférer."],
  ['linkedin', 'fr', '', "Le film « L.A. Confidential » était projeté hier soir au ciné-club de la fondation, suivi d'un débat sur la désinformation. Merci aux 60 participants !"],
  ['linkedin', 'fr', 'internal_url', "Bénévoles référents : le tableau des ateliers de janvier est sur https://drive.entraide-numerique.local/ateliers/janvier-2027 (accessible uniquement depuis le réseau des locaux)."],
  ['linkedin', 'fr', '', "Notre rapport d'activité 2025, certifié par le commissaire aux comptes, est en ligne : 2,1 M€ de ressources, dont 71 % de dons privés. Transparence totale, comme chaque année."],

  // Open Harbour Refugee Network (Bristol)
  ['linkedin', 'en', 'financial', "A donor has pledged $2m over three years to our legal-aid programme. It isn't public until the gala in March, so this is a note to the staff group only — but I wanted you to know your work made it happen."],
  ['linkedin', 'en', '', "We raised £14,320 at the Harbourside fun run on Sunday! Thank you to all 210 runners and to the volunteers who handed out bananas in the rain."],
  ['linkedin', 'en', 'iban', "Supporters in the Netherlands and Belgium asked for a euro account: NL31 RABO 0304 6572 91 (our partner foundation in Utrecht) or BE35 3101 2345 6737. Reference 'Open Harbour winter'."],
  ['linkedin', 'en', '', "For our finance volunteers' training: the example IBAN we use in slides is GB82 WEST 1234 5698 7654 32, the textbook specimen from the banking standards. Real supporter details never go in slides."],
  ['linkedin', 'en', 'email phone', "Drop-in advice sessions move to Thursdays. Book with our coordinator, Tom Hale: tom dot hale at openharbour dot org dot uk, or call +44 117 325 0742."],
  ['linkedin', 'en', 'national_id', "Case note pasted into the volunteers' WhatsApp by mistake (client name removed): \"Danish CPR 160489-1236 confirmed by the municipality, family reunification file complete\". Please delete it from your phones."],
  ['linkedin', 'en', '', "Volunteer tip: when you help someone fill in a Finnish form, the official example identity code is 131052-308T. If you see it on a real document, it's a placeholder someone forgot to replace."],
  ['linkedin', 'en', 'secret', "Note to self and to the comms team: I pasted the Mailchimp/SendGrid config into the newsletter draft. 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 is now revoked, please don't forward the draft."],
  ['linkedin', 'en', 'card', "Donation desk reminder: a supporter wrote their Diners card 3056 930902 5904 on the paper donation form at the gala. We shredded it and called them. Card donations go through the online page only."],
  ['x', 'en', '', "Our volunteers have answered 3,400 calls on the advice line this year. Thank you, Bristol ❤️ @OpenHarbourUK"],
  ['linkedin', 'en', 'confidential_marker', "EMBARGOED UNTIL 00:01 GMT, 9 DECEMBER: our annual report on destitution among asylum seekers in the South West. Journalists have the full text; please don't share the findings before the embargo lifts."],
  ['linkedin', 'en', '', "Reading the news about the EU's oil embargo and thinking about the families we support who fled that war. Solidarity isn't a headline, it's a daily practice."],

  // Severn Vale District Council
  ['linkedin', 'en', 'financial', "Cabinet signed off £2.35m for the Tewksbury Road depot rebuild last night. It goes to full council in January, so please keep it quiet until the papers are published — but the fleet team can finally stop working out of portakabins."],
  ['linkedin', 'en', '', "Severn Vale's council tax for 2026/27 is published on our website: Band D £187.43 for the district share. Parish precepts are listed separately."],
  ['linkedin', 'en', 'phone', "Bin collections over Christmas: check the calendar on our website or call customer services on 01452 318 770. For a gas leak call 0800 111 999, and for an emergency dial 999."],
  ['linkedin', 'en', 'confidential_marker', "OFFICIAL-SENSITIVE. Draft cabinet report on the leisure centre closures, version 0.4, not for publication. Options A to C still under legal review."],
  ['linkedin', 'en', '', "Cyber awareness month at Severn Vale: TLP:CLEAR means a report can be shared with anyone. Our public bulletin on the recent phishing wave is TLP:CLEAR, so please spread it far and wide."],
  ['linkedin', 'en', 'secret', "Our GIS contractor posted this in the shared Teams channel: \"Google Maps key for the planning map: AIzajXWt8OFa9-NqTLBFFIA3Ld1-bupY0azbGs-\". It's now restricted and replaced. Contractors, please use the key vault."],
  ['linkedin', 'en', 'internal_url', "New IT service desk portal is live: https://servicedesk.severnvale.intranet/requests, and the old one at http://192.168.40.12/helpdesk will be switched off on 1 February."],
  ['linkedin', 'en', '', "Security tip from the council's IT team: a password manager placeholder like {{DB_PASSWORD}} or ******** in a screenshot is fine. The real thing never is."],
  ['x', 'en', 'client_name', "Severn Vale just signed Globex to run our parking enforcement contract from April 🚗 details to follow once the contract is countersigned. #localgov"],
  ['linkedin', 'en', '', "Our planning team's favourite villain is still Hank Scorpio's Globex Corporation from The Simpsons. Anyone who moves a whole town for a campus gets our attention."],
  ['linkedin', 'en', 'financial', "Grant news we can't announce yet: DLUHC has confirmed £3.2m from the Levelling Up fund for the canal-side regeneration, ministerial announcement on 16 December."],

  // Pasted by mistake, goodbyes, polls and more (same organisations)
  ['linkedin', 'en', 'client_name financial', "Pipeline review, pasted from the CRM because I'm proud of it (sorry, Sales Ops):\nAccount | Type | Value | Stage | Close\nGlobex | Renewal | $1,450,000 | Negotiation | 2027-01-31\nInitech | New logo | $380,000 | Proposal | 2027-02-15\nWe'll hit the number, Kinsale team!"],
  ['linkedin', 'en', 'secret confidential_marker', "INTERNAL – SECURITY INCIDENT SUMMARY (do not forward). 2 Dec, 13:41: an access key pair for the claims-imaging bucket was committed to a public repo: AKIAGV2SAMPQNVTKJFQR / AoMjpgLzcSAI4pm/WJaKfic5SlRIru9HNjYyYasE. Key deactivated at 14:02, CloudTrail review ongoing."],
  ['linkedin', 'en', 'iban', "Accounts payable, payment run for Friday (pasted from the AP sheet):\nHolm Valley Dairy – GB15 BARC 2032 5362 4188 75 – due 12/12\nNordic Oats AB – SE45 5000 0000 0583 9825 7466 – due 12/12\nThanks to everyone who chased the missing POs!"],
  ['linkedin', 'en', 'codename email', "Last day at Hollowbyte after six years. I'll miss the Dundee rain, the 4 pm cake and seeing Orion through to launch — it's in great hands. Stay in touch: hannah.mcleod.games@gmail.com. 💙"],
  ['linkedin', 'mixed', 'secret', "Welcome Léa dans l'équipe web ! Pour la boutique, ta clé Stripe c'est sk_live_ehDNljakLPodU6o9geOifRVb, mets-la dans 1Password asap et supprime ce message. Onboarding call at 10."],
  ['linkedin', 'fr', 'card iban', "Note de l'appel d'un client autrichien, copiée dans le mauvais fil Teams : « Carte Maestro 6767 7019 8264 5320 bloquée après trois essais, virement à refaire depuis AT61 1904 3002 3457 3201 ». Je supprime ; ces données vont dans le CRM, pas dans Teams."],
  ['linkedin', 'fr', 'national_id iban', "Extrait du fichier des adhérents frontaliers, collé dans le canal de l'équipe gestion (désolée !) :\nSILVA Ana ; NIF 238145794 ; IBAN PT23 0035 0683 0000 0127 8311 5 ; option hospitalisation\nMerci de supprimer ce message de vos notifications."],
  ['linkedin', 'fr', 'client_name confidential_marker', "Note interne – ne pas diffuser. L'Hôpital Sainte-Claire nous confie à partir de mars l'interprétation de ses examens de biologie la nuit. Les équipes du labo seront réunies lundi pour l'organisation des astreintes."],
  ['linkedin', 'mixed', 'client_name confidential_marker', "C2 – Internal. Draft de la proposition pour Société Générique : scope data governance, 14 semaines, kick-off in February if they sign. Merci de relire la partie staffing avant jeudi."],
  ['linkedin', 'en', 'secret internal_url', "Build pipeline fixed! For the record, the runner token in .gitlab-ci.yml was glpat-3cQMCRZwLDOA5b5e0Wao (revoked), and the runners now read it from the vault at https://vault.hollowbyte.internal:8200/ui/vault/secrets."],
  ['linkedin', 'en', 'codename internal_url', "The Nébula lab notebooks have moved to https://gitlab.acme-corp.net/research/nebula-notebooks — update your remotes before Monday's group meeting."],
  ['linkedin', 'en', 'card', "Lost property log at the hospital car park, photographed and posted in the facilities group: two card numbers handwritten in it, 4917 6104 5982 3373 and a UnionPay card 6240 0098 1274 5638 200. Page removed, cards handed to security."],
  ['linkedin', 'fr', 'national_id', "Dossier d'un conducteur allemand transmis en copie à toute l'exploitation : « Steuer-ID 47 158 329 164, permis CE valable jusqu'en 2031 ». Merci de supprimer le mail, les RH ont l'original."],
  ['x', 'en', 'codename', "Poll for the ops crew: what should we call the yard-planning tool once Project Kestrel goes live? 🅰️ YardBrain 🅱️ Stacky 🅲 Kestrel (keep it)"],
  ['linkedin', 'en', 'card', "Expense report pasted in the finance channel instead of the expenses app: \"Client dinner, corporate Amex 3401 234567 89212, receipt attached\". Deleted; please don't put card numbers in chat."],
  ['linkedin', 'en', '', "Victoria's Secret, Burberry and Boots all opened in the new Cabot Circus extension this week, and our Bristol store had its busiest Saturday ever. Retail is not dead."],

  // More look-alikes (clean)
  ['linkedin', 'fr', '', "Petite victoire perso : j'ai fini de rembourser mon prêt étudiant de 18 000 € ce mois-ci, huit ans après mon premier poste à la fondation. On fête ça vendredi avec l'équipe 🥳"],
  ['linkedin', 'en', '', "Interesting read from Kantar's latest grocery market share figures: discounters now hold 18.6% of the UK market, up from 16.9% a year ago. Independent grocers like us need to keep earning our place."],
  ['linkedin', 'fr', '', "Comme annoncé dans notre communiqué de presse d'hier, Transports Ferrand reprend les Messageries du Beaujolais pour 6 M€. Les 48 salariés rejoignent le groupe au 1er janvier : bienvenue à eux !"],
  ['linkedin', 'en', '', "Training note for our new Dutch payroll volunteers: 123456789 looks like a BSN but fails the eleven test, which is exactly why our slides use it. A real BSN never goes in a slide or a chat."],
  ['linkedin', 'fr', '', "Notes de version de l'appli magasin 3.2.14 : correction de l'affichage de la facture FA-2026-004518 en PDF, export des commandes (ex. 20261204-7781), et meilleur scan des codes EAN 3 760 123 456 789."],
  ['linkedin', 'en', '', "Slides from my talk on procedural coastlines are on https://github.com/hollowbyte/talks and the recording is on https://www.youtube.com/@hollowbytegames. Thanks to everyone who came to the session!"],
  ['linkedin', 'en', '', "Web team update: the new council website respects @media (prefers-reduced-motion) and meets WCAG 2.2 AA. Follow @SevernValeDC for service updates during the storm."],
  ['linkedin', 'fr', '', "Au restaurant d'entreprise ce midi : tajine « Atlas bleu », en hommage aux montagnes du Moyen Atlas où notre cheffe a grandi. Il ne restait plus une part à 13 h."],
  ['linkedin', 'en', '', "Developer docs tip: in our README we write export OPENAI_API_KEY=<your-key-here> and sk_live_xxxxxxxxxxxxxxxx as placeholders. If you ever see a real-looking value there in a PR, block it."],
  ['linkedin', 'fr', '', "Notre politique de confidentialité a été mise à jour pour tenir compte du nouveau règlement européen. Elle est consultable sur notre site, et notre engagement reste le même : vos données ne sont jamais revendues."],
  ['linkedin', 'en', '', "Security awareness: this week's phishing page pre-filled a \"saved card\" 5454 2398 1076 5433 to look legit. It doesn't even pass the Luhn check. Look at the URL, not the padlock."],
]);
