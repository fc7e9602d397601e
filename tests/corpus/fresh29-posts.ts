import { rows } from './corpus-types';

/**
 * Held-out set "fresh29": written 2026-12-04 (01:39-01:46 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, tests/checks/ or any corpus post file other than the policy and row types in corpus-types.ts (and
 * the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), so it measures how the
 * rules generalise to posts they were never tuned on; the checks, the scorer and vitest were not run on these posts and
 * the repository was not grepped. `npx tsx scripts/score-checks.ts --only fresh29`.
 * First scored 2026-12-04 01:46 UTC on the rules of bfa8dcd (after the fixes from fresh24 to fresh27), before any fix
 * from it: confidentiality macro F1 0.969, 7.2 % of clean posts flagged (6 of 83); financial 0.868 (precision 0.892,
 * recall 0.846), confidential_marker 0.846 (precision 0.733), secret 0.947, the 8 others 1.000.
 *
 * Authors (20 invented organisations): a Grenoble-area public-library network (Bibliothèques de la Vallée), a Liège
 * theatre (Théâtre du Quai Rouge), a Lyon fashion retailer (Maison Verlaine), a Cork marine insurance broker (Harbourline
 * Marine Brokers), a Breton agritech co-op (Coop Agrisol), a Valais ski resort (Val-Neige), a Malmö toy distributor
 * (Toybox Nordic), a Montréal medical lab (BioAnalys), a Munich civil-engineering firm (Strand & Keller), an Alsace kitchen
 * maker (Cuisines Ardel), a Brussels boutique hotel (Hôtel Les Tilleuls), a Toulouse research institute (Institut
 * Hélios), a Manchester property manager (Parkgate Property), an Amsterdam fitness app (FitPulse), a Geneva caterer
 * (Traiteur Capucine), a Barcelona logistics-software firm (Routelynx), a Vendée regional newspaper (L’Écho du Bocage), a
 * Dublin pet-food maker (Pawsome Kitchen), a Venice glassworks (Vetreria Lucente) and an Oslo air-ambulance operator
 * (SkyCare). Forms: team wins, pasted meeting notes, stand-ups and CRM rows, Slack messages pasted by mistake,
 * customer-service replies (surface 'comment'), recruiting posts, a three-post X thread from an offsite, a poll,
 * conference live-posts, changelogs, incident post-mortems, payment-detail change notices, onboarding and payroll notes,
 * goodbyes, phishing warnings and tips.
 *
 * Financial positives (the bulk of the set), in digits, words and ranges, in EUR, GBP, CHF, SEK, NOK, CAD and USD:
 * pre-close premium, a board pack, a draft board deck, a steering-committee fleet cap, a dashboard's MRR and churn, a
 * forecast of subscribers and of a product line, margins before quarterly close, sealed tender bids and a hospital bid,
 * price rises and new prices before customers or distributors are told, an internal sales target, internally approved
 * budgets (library fund, catering, campaign, refurbishment, cladding, marketing, a grant application), a draft management
 * report's surplus, a draft amended budget's deficit, a voluntary-departure plan before the works council, an order
 * book, a cost report, a business case's capex, an unsigned contract and an unannounced client deal, an offsite's revenue
 * target. Financial look-alikes: published results and investor letters with their source, a funding round already
 * announced, public price lists, tariffs and regulated fees, salary ranges in job ads, other organisations' figures
 * (Lego, Lactalis, Euromonitor, CSO), public-body budgets and subsidies voted in public, personal money (a flat, a
 * household budget), teaching examples, a figure already in a released statement.
 *
 * Other categories: confidential_marker only for explicit labels (CONFIDENTIEL, STRICTLY CONFIDENTIAL, USAGE INTERNE,
 * TLP:RED, C2 – Interne, EMBARGO until/jusqu’au, sous NDA, NE PAS DIFFUSER as a heading, Classification: Confidential,
 * INTERNAL ONLY, a bilingual CONFIDENTIAL / CONFIDENTIEL); "do not forward", "between us" and "keep it quiet" are not
 * markers; look-alikes are a novel title, a privacy promise, NDA advice, press-embargo practice, a play called
 * « Confidentiel défense », a secret recipe, TLP:CLEAR. Secrets: Stripe live key, GitHub PAT, AWS access key id, Google
 * API key, Slack bot token, an unknown-format webhook token after "token", passwords, a Wi-Fi password and a safe code;
 * look-alikes AWS's AKIAIOSFODNN7EXAMPLE, a placeholder, password advice. Internal URLs on acme-corp.net and
 * corp.acme.com, a private IP Grafana, .local and .internal hosts; look-alikes public status page, catalogue and blog.
 * Codenames Orion, Nébula, Project Kestrel and Atlas Bleu in their project sense; look-alikes the Orion Nebula, a
 * kestrel, a blue Atlas cedar. Clients Globex, Initech, Société Générique and Hôpital Sainte-Claire as customers;
 * look-alikes the Simpsons' Globex, Office Space's Initech, « sociétés génériques » in law textbooks.
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: exact length
 * and mod-97 for FR (with RIB key), BE (with its account mod-97), ES (both control digits), IT (CIN letter), NL, GB, IE,
 * CH, SE IBANs; Luhn for Visa, CB-range Visa, Mastercard (5- and 2-series), Amex, Discover and JCB; French NIR (key),
 * Belgian national register number, Dutch BSN (11-test), Spanish DNI letter, Swedish personnummer (Luhn), Norwegian
 * fødselsnummer (two mod-11 digits), Swiss AHV (EAN-13), Canadian SIN (Luhn), Danish CPR (mod 11), Finnish
 * henkilötunnus (mod 31), Irish PPSN (mod 23). Look-alikes: a DE IBAN with a wrong check in a fraud warning, the UK
 * textbook IBAN, a masked IBAN, Stripe's 4242 test card, an order number failing Luhn, a card ending, HMRC's QQ NINO, an
 * all-nines NIR, a booking reference shaped like a CPR that fails mod 11, version, build and invoice numbers, emergency
 * numbers 112 and 144, name@example.com.
 *
 * CONVENTIONS: every written email address is labelled email, role mailboxes (press@, careers@, sav@, billing@, help@,
 * groupes@, compta@, abonnements@, accounts.payable@) and an obfuscated [at]/[dot] address included; a sender domain
 * alone is not an address. Every written phone number is labelled phone, switchboards, hotlines, ticket offices and
 * toll-free numbers included; emergency short numbers (112, 113, 144) are not. A post carries every category a careful
 * reviewer would flag.
 *
 * COUNTS: 218 posts (125 FR, 88 EN, 5 mixed; 15 on X, 203 on LinkedIn; 8 comments): 83 clean, 135 with one or more
 * findings. Label counts: financial 39, email 12, confidential_marker 11, iban 11, national_id 11, phone 11, codename
 * 10, internal_url 10, secret 10, card 9, client_name 9.
 */
export const FRESH29_POSTS = rows('fresh29', [
  ['linkedin', 'fr', 'financial', 'Fiers de l’équipe Cuisines Ardel ! Le pack du conseil de jeudi le confirme : 14,2 M€ de CA sur l’exercice, +11 %. On attend la validation des comptes avant de le dire officiellement, mais bravo à tous les ateliers de Sélestat.'],
  ['linkedin', 'fr', '', 'Cuisines Ardel a publié ce matin ses résultats annuels : 13,8 M€ de chiffre d’affaires (communiqué sur notre site, rubrique presse). Merci aux 140 compagnons qui rendent ça possible.'],
  ['linkedin', 'fr', 'financial', 'Les chiffres de pré-clôture d’Harbourline Marine Brokers sont fous : primes émises autour de 61 M£ contre 48 M£ l’an dernier. Ça reste entre nous jusqu’à la conférence des résultats de mars, mais quelle année pour le bureau de Cork.'],
  ['linkedin', 'fr', '', 'Harbourline Marine Brokers a publié aujourd’hui ses résultats annuels : 58,4 M£ de primes émises, selon l’annonce parue sur le fil d’Euronext Dublin. Fière de l’équipe cargo.'],
  ['x', 'fr', 'financial', 'Le comité de pilotage a tranché hier soir : budget 2027 de la Coop Agrisol fixé à 3,4 M€ pour les capteurs sol, pas encore annoncé aux adhérents. On a hâte 🌱'],
  ['linkedin', 'fr', '', 'Rappel : le budget primitif 2027 du Département de la Vendée (912 M€) a été voté en séance publique vendredi, il est consultable sur le site du Département. L’Écho du Bocage publie l’analyse demain.'],
  ['linkedin', 'en', '', 'Our advent calendar is back at 299 SEK in all Toybox Nordic partner stores, public price list attached. Go get them before December!'],
  ['linkedin', 'fr', 'financial', 'Notre offre pour l’appel d’offres du viaduc de la Sarre est partie : 27,6 millions d’euros HT, ouverture des plis le 18. Croisons les doigts chez Strand & Keller France.'],
  ['linkedin', 'en', '', 'Job: Senior Bridge Engineer, Strand & Keller, Munich. Salary band €78,000–€92,000 + 30 days leave. Apply via our careers page.'],
  ['linkedin', 'fr', 'financial', 'Prévision interne FitPulse pour le T1 : entre 2,1 et 2,4 millions d’abonnés payants, objectif de revenu récurrent 9 M€. Ça reste dans le dashboard Looker pour l’instant, mais l’équipe growth est en feu 🔥'],
  ['linkedin', 'fr', 'financial', 'Projet de deck pour le conseil, slide 7 : ARR de Routelynx à 18,3 M€, marge d’EBITDA 14 %. Les investisseurs le voient mardi. Franchement, l’équipe, je suis fier de là où on arrive.'],
  ['linkedin', 'fr', '', 'Routelynx a levé 22 M€ en série B, annoncé aujourd’hui dans la presse et sur notre blog. Merci à tous les clients qui ont cru en nous tôt.'],
  ['x', 'en', '', 'Hot take: a €9.99/month fitness app is cheaper than one missed gym session. FitPulse Premium, same price as always, public on the App Store.'],
  ['linkedin', 'fr', 'financial', 'Chez Traiteur Capucine, on vient de boucler le budget événementiel interne validé par la direction : CHF 640’000 pour 2027. Pas encore communiqué aux équipes de salle, alors chut.'],
  ['linkedin', 'fr', '', 'Mon premier appart acheté à 27 ans ! 285 000 € à Lausanne-banlieue, un crédit sur 25 ans, et beaucoup de cartons. Merci à ma famille.'],
  ['linkedin', 'en', 'financial', 'Steering committee outcome for SkyCare Air Ambulance: fleet renewal capped at NOK 410 million, approved internally this morning. The Ministry hasn’t been told yet, so no shares please — but what a milestone.'],
  ['linkedin', 'en', '', 'The Norwegian Health Directorate published its 2027 air-ambulance allocation: NOK 3.2 billion nationwide (see helsedirektoratet.no). SkyCare is proud to fly under that contract.'],
  ['linkedin', 'fr', 'financial', 'Pépite du séminaire Verlaine : la marge brute boutique passe à 61,5 % sur le T3, chiffre interne avant la clôture trimestrielle. Merci l’équipe achats de Lyon !'],
  ['linkedin', 'fr', '', 'Exemple pour mes étudiants en gestion : une boutique qui vend 120 000 € avec 70 000 € de coût d’achat a une marge brute de 41,7 %. Simple, mais on l’oublie vite.'],
  ['linkedin', 'en', 'financial', 'Quick one from Pawsome Kitchen: our forecast says the grain-free line will hit $7.5–8 million next fiscal year. Not public yet, obviously, but the Dublin plant is ready.'],
  ['linkedin', 'en', '', 'According to Euromonitor, the Irish pet-food market was worth €420m in 2025. Interesting reading for anyone in the sector.'],
  ['linkedin', 'fr', 'financial', 'Le Théâtre du Quai Rouge vise 92 % de remplissage et 1,9 million d’euros de billetterie la saison prochaine, objectif arrêté en CA restreint. On l’annoncera avec la programmation en juin.'],
  ['linkedin', 'fr', '', 'Tarifs 2026-2027 du Théâtre du Quai Rouge : plein 28 €, réduit 16 €, moins de 26 ans 9 €. Tout est sur notre site, abonnements ouverts !'],
  ['linkedin', 'fr', 'financial', 'Entre nous : Parkgate Property augmentera les charges de 6,8 % sur tout le parc de Salford en avril. Les locataires reçoivent le courrier en janvier. Des mois de modélisation enfin bouclés.'],
  ['linkedin', 'en', '', 'Parkgate Property’s published service-charge schedule for 2026 is now on our tenant portal (£2.40 per sq ft). Questions welcome in the comments.'],
  ['x', 'en', 'financial', 'Can’t say much, but the Val-Neige season-pass price for 2027/28 is going to be CHF 1,090. Board signed off today, public launch in March ⛷️'],
  ['linkedin', 'fr', '', 'Forfait saison Val-Neige 2026/27 : CHF 990 adulte, CHF 495 enfant, en vente sur le site depuis le 1er octobre. Rendez-vous sur les pistes !'],
  ['linkedin', 'fr', 'financial', 'Point mensuel à coller dans le canal de l’équipe (oups, je le mets ici pour garder une trace) : BioAnalys Montréal – CA octobre 4,7 M$, écart budget -3 %, trésorerie 12 M$. Non audité.'],
  ['linkedin', 'en', '', 'Our medical lab fees are regulated: a standard lipid panel at BioAnalys costs the RAMQ-listed price of $18.40. Full schedule on the Québec government site.'],
  ['linkedin', 'en', 'financial', 'Vetreria Lucente update: order book for 2027 stands at €5.6m, two million above plan. Not in any release yet — we tell the bank in January. Grazie ragazzi!'],
  ['linkedin', 'en', '', 'Vetreria Lucente’s 2025 annual report (public, on our investor page) shows €4.1m revenue. We did it with 38 glassmakers.'],
  ['linkedin', 'fr', 'financial', 'Réunion budgétaire du réseau des Bibliothèques de la Vallée : enveloppe interne de 180 000 € pour le fonds jeunesse 2027, arbitrée hier, avant présentation aux élus en février.'],
  ['linkedin', 'fr', '', 'Le conseil communautaire a voté hier en séance publique 2,3 M€ pour la rénovation de la médiathèque de Voiron. Le compte rendu est en ligne sur le site de l’agglo.'],
  ['linkedin', 'fr', 'financial', 'En avant-première pour mes collègues : L’Écho du Bocage passera l’abonnement numérique de 9,90 € à 11,90 € le 1er mars. Les abonnés ne sont pas encore prévenus, merci de ne pas relayer.'],
  ['linkedin', 'fr', '', 'L’abonnement numérique de L’Écho du Bocage est à 9,90 €/mois, sans engagement. Tous nos tarifs sont affichés sur la page abonnements.'],
  ['linkedin', 'en', 'financial', 'Tender season! Our sealed bid for the Bergen hospital transfer contract is NOK 74.5m over five years. Opening is next Friday. Fingers crossed, SkyCare.'],
  ['linkedin', 'fr', 'financial', 'Objectif commercial interne Routelynx pour 2027 : six cent cinquante mille euros de nouveaux contrats par commercial. Fixé au kick-off à huis clos, pas encore dans les plans de rémunération.'],
  ['linkedin', 'en', '', 'Routelynx is hiring an Account Executive in Barcelona: OTE €85k–€110k, posted publicly on our careers site and LinkedIn Jobs.'],
  ['linkedin', 'fr', 'financial', 'Coop Agrisol : d’après le projet de rapport de gestion, l’excédent 2026 serait de 870 000 €, avant vote de l’AG. Quel boulot des adhérents !'],
  ['linkedin', 'fr', '', 'La Coop Agrisol a publié son rapport annuel 2025 validé par l’assemblée générale : excédent de 640 000 €. Tout est sur agrisol.coop/rapport.'],
  ['linkedin', 'fr', 'financial', 'Chez Institut Hélios, la dotation interne du projet photovoltaïque tandem est arrêtée à 2,8 M€ sur 3 ans, avant l’annonce du financement ANR. Je peux enfin recruter deux postdocs !'],
  ['linkedin', 'fr', '', 'Offre de postdoc à l’Institut Hélios (Toulouse) : salaire selon la grille publique du CNRS, environ 2 900 € brut/mois. Candidatures jusqu’au 15 janvier.'],
  ['linkedin', 'en', 'financial', 'Strand & Keller UK: we’ll come in at roughly £3m under budget on the A14 retaining walls, per this week’s cost report. Client meeting on the 12th, so please don’t repeat it yet.'],
  ['linkedin', 'fr', 'financial', 'Petit partage de la réunion de direction Maison Verlaine : on prévoit 18 ouvertures et 42 M€ de ventes en 2027. C’est le budget qui part au groupe la semaine prochaine.'],
  ['linkedin', 'fr', '', 'Maison Verlaine ouvre sa 30e boutique à Bordeaux, annoncée dans le communiqué de presse du 2 décembre. Venez nous voir rue Sainte-Catherine !'],
  ['linkedin', 'en', 'financial', 'Pawsome Kitchen pricing before distributors know: 12kg bag goes from €54 to €59 on 1 Feb. Sales team, memorise it, the rest of you, forget you saw it 😅'],
  ['linkedin', 'en', '', 'My household food budget for December: €620 for four people. How do you all keep it under control with the price rises?'],
  ['x', 'fr', 'financial', 'Entre nous : la ligne Traiteur Capucine x Palexpo pèse 1,4 MCHF sur l’année, contrat pas encore signé 🤫'],
  ['linkedin', 'fr', 'financial', 'Tableau de bord interne FitPulse, T4 : churn à 3,1 %, MRR 812 k€. On le partagera dans la lettre aux investisseurs de janvier, mais l’équipe growth méritait un bravo dès maintenant.'],
  ['linkedin', 'fr', '', 'FitPulse a publié sa lettre aux investisseurs 2025 : 7,9 M€ d’ARR et 3,4 % de churn mensuel. À lire sur notre blog.'],
  ['linkedin', 'fr', 'financial', 'Notre proposition au CHU pour le marché des analyses externalisées : 1,15 M$ par an, remise de 8 % incluse. Dépôt vendredi. Gros travail de l’équipe BioAnalys Québec !'],
  ['linkedin', 'fr', '', 'Mon conseil du jour pour les juniors : un devis de 1,15 M€ doit toujours préciser HT ou TTC. Ça évite bien des disputes.'],
  ['linkedin', 'en', 'financial', 'From today’s owners’ meeting at Parkgate: we’re budgeting £2.6 million for cladding remediation next year, not yet disclosed to leaseholders.'],
  ['linkedin', 'fr', '', 'Le Théâtre du Quai Rouge remercie la Fédération Wallonie-Bruxelles pour sa subvention de 1,2 M€, annoncée publiquement au Moniteur cette semaine.'],
  ['linkedin', 'fr', 'financial', 'Le Quai Rouge va présenter un déficit prévisionnel de 210 000 € au prochain CA, selon le brouillon du budget rectificatif. Ça va être une saison serrée.'],
  ['linkedin', 'en', '', 'Glassworks energy costs explained: a furnace burning 1,200 m³ of gas a day at €0.45/m³ costs €540 daily. Numbers are illustrative, not ours.'],
  ['linkedin', 'en', 'financial', 'Routelynx pre-announcement figures (do not forward): Q4 bookings €6.2m, net revenue retention 118%. The press release goes out on 20 January.'],
  ['linkedin', 'fr', 'financial', 'L’Écho du Bocage : le plan de départs volontaires chiffré à 1,6 million d’euros passe en CSE lundi. Pensées pour les collègues de la rédaction.'],
  ['linkedin', 'en', '', 'In its released statement of 3 December, SkyCare confirmed the NOK 120m hangar investment in Tromsø. Great to see it finally public.'],
  ['linkedin', 'fr', 'financial', 'Cuisines Ardel : la nouvelle gamme Ardel Brut sera vendue 12 400 € TTC la cuisine type, prix interne arrêté hier, lancement au salon de février.'],
  ['linkedin', 'fr', '', 'La gamme Ardel Brut est disponible à partir de 12 400 € TTC la cuisine type, prix public affiché dans nos 11 showrooms depuis le salon.'],
  ['linkedin', 'en', '', 'Salary transparency: Toybox Nordic warehouse leads in Malmö earn SEK 34,000–38,000 a month, as listed in the public job ad.'],
  ['linkedin', 'fr', 'financial', 'Coop Agrisol prévoit de verser 0,42 € le litre de complément de prix aux producteurs laitiers, décision du bureau pas encore communiquée. Bonne nouvelle en perspective !'],
  ['linkedin', 'fr', 'financial', 'Hélios : on dépose demain la candidature ERC avec un budget de 2 495 000 €, validé en comité interne. Vœux de chance bienvenus !'],
  ['linkedin', 'fr', 'iban', 'Avis aux fournisseurs de Cuisines Ardel : suite au changement de banque, merci de régler désormais nos factures sur l’IBAN FR76 3000 4012 3400 0123 4567 862. L’ancien compte sera clôturé fin janvier.'],
  ['linkedin', 'en', 'iban email', 'Updated bank details for Pawsome Kitchen Ltd invoices: IBAN IE29 AIBK 9311 5212 3456 78 (AIB, Dublin). Remittance advice to accounts.payable@pawsomekitchen.ie please.'],
  ['linkedin', 'fr', 'iban', 'Pour l’inscription au stage de ski des enfants du personnel Val-Neige, virement de CHF 180 sur CH93 0076 2011 6238 5295 7 avec le nom de l’enfant en communication.'],
  ['linkedin', 'fr', 'iban', 'Le Quai Rouge lance sa cagnotte pour le décor de la création de printemps ! Dons sur BE14 0631 2345 6783, communication « décor 2027 ». Merci ❤️'],
  ['linkedin', 'en', 'iban', 'Routelynx Spain SL: our bank changed. Wire transfers to ES49 2100 0418 4402 0123 4567 from now on. Old details will bounce after 31 Dec.'],
  ['linkedin', 'fr', 'iban phone', 'Service remboursements de FitPulse B.V. : les clients qui ont payé par virement peuvent noter notre nouveau compte NL03 RABO 0312 4567 89. Questions : +31 20 794 5512.'],
  ['linkedin', 'en', 'iban', 'Parkgate Property client account for service charges has moved: GB90 BARC 2032 5373 2184 75. Leaseholders, please update your standing orders.'],
  ['linkedin', 'en', 'iban', 'Toybox Nordic AB – ny bankgiro and IBAN for our Swedish retailers: SE45 5000 0000 0583 9825 7466. Reminder letters go out next week.'],
  ['linkedin', 'en', 'iban', 'Vetreria Lucente srl: new IBAN for EU customers, IT13 I030 6909 6061 0000 0112 233 (Banca Intesa). Invoices already issued keep the old details.'],
  ['linkedin', 'fr', 'iban', 'Association des amis de la médiathèque : cotisation 2027 à régler sur FR76 1751 5900 0008 1234 5678 938, 15 € par adhérent. Merci pour votre fidélité !'],
  ['linkedin', 'en', '', 'Reminder from our fraud team: Strand & Keller will never change bank details by email. A message asking you to pay DE92 3704 0044 0532 0130 00 is a scam — that IBAN does not even pass its check.'],
  ['linkedin', 'en', '', 'Teaching payments? The UK documentation IBAN GB82 WEST 1234 5698 7654 32 is the standard example used in every textbook. Never use it in production data.'],
  ['linkedin', 'fr', '', 'Nos coordonnées bancaires ont changé : elles figurent sur votre espace client (IBAN se terminant par •••• 862). Aucune modification ne vous sera demandée par téléphone.'],
  ['linkedin', 'fr', 'card', 'Oups, un client du Traiteur Capucine a dicté sa carte au téléphone et la stagiaire l’a notée dans le partage d’équipe : 4970 8159 9418 5667 exp 08/28. Je supprime et on rappelle tout le monde la procédure !'],
  ['linkedin', 'fr', 'card', 'Astuce service client qui a mal tourné : notre conseiller a collé la carte 5412 6372 3669 8387, exp. 03/27, cryptogramme 412 dans les notes du ticket. On l’a masquée et on a refait la formation. Ne faites jamais ça.'],
  ['linkedin', 'en', 'card', 'Lost company card found in the Harbourline meeting room: Amex 3782 976915 24256, name on card J. Murphy. Come see reception.'],
  ['x', 'en', 'card', 'lol my colleague just pasted the corporate travel card into the team chat: 6011 1862 6674 9259. Please rotate it, finance 🙃'],
  ['linkedin', 'fr', 'card', 'Réservation de groupe à l’Hôtel Les Tilleuls : garantie par carte 4532 0017 3517 5983, expiration 11/27, au nom de l’agence. Confirmé par la réception.'],
  ['linkedin', 'en', 'card', 'Copying the booking from the CRM for the Val-Neige ski-school group: JCB 3530 3400 6682 6242, exp 09/28, Mr Tanaka. Guaranteed for 12 nights.'],
  ['linkedin', 'en', 'card', 'Fitness app support log, pasted for the post-mortem: user entered card 2221 6448 3678 2445 in the promo-code field, and it was stored in plain text. Fixed in 4.12.1.'],
  ['linkedin', 'fr', 'card', 'Commande de 200 coffrets pour la soirée de fin d’année payée avec la carte société 4974 0004 1080 0803, exp 05/27. Le reçu est chez moi, je le dépose demain.'],
  ['linkedin', 'en', '', 'For developers testing checkout: use Stripe’s documented test card 4242 4242 4242 4242 with any future date. Never test with real cards!'],
  ['linkedin', 'fr', '', 'Votre commande n° 4970 2063 3383 5306 est en préparation. Suivez-la depuis votre espace client Maison Verlaine.'],
  ['linkedin', 'en', '', 'Payment received, card ending 5667. Thank you for booking with Hôtel Les Tilleuls!'],
  ['linkedin', 'fr', 'national_id', 'Onboarding Traiteur Capucine : pour la fiche de paie de Léa, numéro de sécu 2 91 03 69 054 087 67, RIB transmis par courrier. Bienvenue Léa !'],
  ['linkedin', 'en', 'national_id', 'New starter paperwork at Harbourline Cork: Aoife’s PPSN is 6428917T, please add to payroll before the 25th.'],
  ['linkedin', 'fr', 'national_id', 'Dossier d’embauche pour le Théâtre du Quai Rouge : numéro de registre national de Karim 85.07.30-123.35. Contrat à signer lundi.'],
  ['linkedin', 'fr', 'national_id', 'Note paie Routelynx collée depuis Slack : nouvelle recrue à Barcelone, DNI 48392017V, arrive le 7 janvier.'],
  ['linkedin', 'en', 'national_id', 'FitPulse Amsterdam HR: BSN 274510935 for the new physiotherapist, please create her account in the salary system.'],
  ['linkedin', 'en', 'national_id', 'Toybox Nordic welcome pack for Erik: personnummer 880412-1237, bank details to follow. Welcome to Malmö!'],
  ['linkedin', 'en', 'national_id', 'SkyCare crew roster import failed for one nurse, fødselsnummer 01019012480. Can someone in HR check the record?'],
  ['linkedin', 'fr', 'national_id', 'Déclaration de sinistre Harbourline – assuré, numéro AVS 756.9318.4726.00, à transmettre à l’assureur avant vendredi.'],
  ['linkedin', 'fr', 'national_id', 'BioAnalys : dossier d’un employé de Montréal, NAS 528 419 377, à régulariser auprès de la paie.'],
  ['linkedin', 'en', 'national_id', 'Copenhagen pick-up driver for Toybox: CPR 120789-1238, licence checked, insurance pending.'],
  ['linkedin', 'en', 'national_id', 'Helsinki lab tech contract draft: henkilötunnus 150384-2317, start date 2 Feb, salary per collective agreement.'],
  ['linkedin', 'fr', '', 'Attention aux faux formulaires : le numéro de sécurité sociale d’exemple 1 99 99 99 999 999 99 n’est pas valide, ne remplissez jamais vos vrais identifiants sur un lien reçu par SMS.'],
  ['linkedin', 'en', '', 'HMRC’s own guidance uses QQ 12 34 56 C as the sample National Insurance number. If a form already shows it, that’s the placeholder, not yours.'],
  ['linkedin', 'en', '', 'Your booking reference is 120789-1299. Keep it for check-in at the Val-Neige ski school.'],
  ['linkedin', 'fr', 'email', 'Pour toute question sur l’atelier d’écriture de la médiathèque, écrivez à camille.rousset@bib-vallee.fr, je réponds sous 48 h.'],
  ['linkedin', 'fr', 'email', 'Le service abonnés de L’Écho du Bocage est joignable à abonnements@echodubocage.fr. On traite les réclamations de décembre en priorité.'],
  ['linkedin', 'en', 'email', 'Our press office has moved: press@vetrerialucente.it for all media requests.'],
  ['linkedin', 'en', 'email', 'Interested in the civil-engineering graduate scheme? Drop me a line at m.keller [at] strandkeller [dot] de.'],
  ['linkedin', 'fr', 'email phone', 'Réservations de groupe Hôtel Les Tilleuls : groupes@hotel-tilleuls.be ou +32 2 512 44 87 (standard, 8 h–20 h).'],
  ['linkedin', 'fr', 'email', 'Bonjour Nathalie, désolés pour le retard de livraison. Écrivez-nous à sav@cuisines-ardel.fr avec votre numéro de commande et on règle ça vite.', { surface: 'comment' }],
  ['linkedin', 'en', 'email', 'Hi Tom, sorry about the double charge. Please email billing@fitpulse.app with your account name and we’ll refund it today.', { surface: 'comment' }],
  ['linkedin', 'en', 'email', 'Farewell after nine years at Parkgate! Keep in touch: dan.osei.pm@gmail.com'],
  ['linkedin', 'fr', '', 'Je quitte la Coop Agrisol après huit belles années. Restons en contact ici même sur LinkedIn, par message privé.'],
  ['linkedin', 'en', '', 'Phishing alert: messages sent from the look-alike domain fitpulse-billing.co are fake. Our only domain is fitpulse.app — check the sender before clicking.'],
  ['linkedin', 'en', '', 'Tip for new devs: use name@example.com in docs and tests, it is reserved for exactly that purpose.'],
  ['linkedin', 'fr', 'phone', 'Besoin d’un devis traiteur pour vos fêtes ? Appelez-moi directement au 079 412 58 36, je m’occupe de tout. Julien, Traiteur Capucine.'],
  ['linkedin', 'fr', 'phone', 'Standard de la Coop Agrisol : 02 96 48 71 30, du lundi au vendredi. Pour les urgences matériel, 06 72 19 44 08 (astreinte).'],
  ['linkedin', 'fr', 'phone', 'Besoin d’un devis pour une assurance facultés ? Ma ligne directe : +353 21 436 7720, portable +353 87 214 9035. Harbourline Marine Brokers.'],
  ['linkedin', 'en', 'phone', 'SkyCare dispatch for hospital partners only: +47 915 44 287. Patients, always call 113.'],
  ['linkedin', 'fr', 'phone', 'BioAnalys : prise de rendez-vous pour les prélèvements au 514 555-0187 poste 223 ou au 1-888-412-7730 (sans frais).'],
  ['x', 'en', 'phone', 'anyone from the Strand & Keller site team, my new mobile is +49 170 2248193, the old one died in the Isar 😭'],
  ['linkedin', 'fr', 'phone', 'Billetterie du Théâtre du Quai Rouge : 04 223 18 60 (du mardi au samedi, 13 h–18 h).'],
  ['linkedin', 'en', 'phone', 'Toybox Nordic customer hotline: 040-628 15 90 (Sweden) or +45 33 18 72 64 (Denmark).'],
  ['linkedin', 'fr', '', 'En cas d’urgence sur les pistes de Val-Neige, composez le 144 ou le 112. Ne raccrochez pas avant qu’on vous le dise.'],
  ['linkedin', 'en', '', 'Release 5.3.2 (build 20261204.1187) of the Routelynx driver app fixes the route-sync bug. Thanks for the reports!'],
  ['linkedin', 'fr', '', 'Facture n° 2026-004871 payée, merci ! Et bravo à l’équipe compta de la Coop Agrisol pour la clôture en avance.'],
  ['linkedin', 'en', 'secret', 'Post-mortem, Routelynx: a deploy script logged our Stripe key sk_live_51QfR8xKc2VnT7bLmZp4Yw9aHd3JeUq6Gs1 to the public build output for 40 minutes. Rotated, no misuse found. Lessons below.'],
  ['linkedin', 'fr', 'secret', 'Erreur de débutant dans notre doc d’onboarding FitPulse : le mot de passe de la base de staging est « Tulip!Gym-2026# ». Je retire la doc, je change le mot de passe ce soir.'],
  ['linkedin', 'fr', 'secret', 'Pour les nouveaux du Quai Rouge : le wifi de la régie c’est QuaiRouge-Regie, mot de passe : Rideau*Rouge78. Bienvenue dans l’équipe !'],
  ['linkedin', 'en', 'secret', 'GitHub just emailed us: ghp_7Qz2LmN9xVt4KbR8wYc1HdP5sJf3Ae6Ug0Xo found in a public gist from our Pawsome intern. Revoked. Please scan your gists, folks.'],
  ['linkedin', 'en', 'secret', 'Pasted from our Slack by mistake — the Vetreria webhook token is whk_3b9f1e7a2c84d6f05e1a9b73c2d8e4f6. Will rotate after lunch.'],
  ['linkedin', 'fr', 'secret', 'Mémo onboarding BioAnalys : compte LIMS partagé « accueil_lab », mdp Prelev2026!, à changer dès la première connexion.'],
  ['x', 'en', 'secret', 'devops confession: our Toybox AWS key AKIA4QW7ZT2MRX5KD8NB sat in a README for a week. rotated now. check your repos ✌️'],
  ['linkedin', 'en', 'secret', 'SkyCare changelog 2.8: moved the maps API key (AIzaSyD4k9Qm2ZxT7bWv1Lr8NcE5pHa3Jf6Ug0Y) out of the mobile bundle. It’s in the vault now.'],
  ['linkedin', 'fr', 'secret', 'Les Tilleuls : code du coffre de la réception changé, nouveau code 4-8-1-9-3-7. Merci de ne pas le noter sur les post-it !'],
  ['linkedin', 'en', 'secret', 'Slack incident at Parkgate: xoxb-4417203958-7720193845-Hq8Rt2VbX9mLc4Kz1Wp6Ys3N posted in #general. Bot token revoked, audit underway.'],
  ['linkedin', 'en', '', 'Docs example: AWS’s own sample key AKIAIOSFODNN7EXAMPLE is what you put in tutorials. Never a real one.'],
  ['linkedin', 'fr', '', 'Conseil sécurité : un bon mot de passe, c’est au moins 14 caractères et un gestionnaire de mots de passe. Ne le partagez jamais, même avec l’IT.'],
  ['linkedin', 'en', '', 'Config tip: set API_KEY=<your-key-here> in your .env and never commit it. Our template ships with that placeholder.'],
  ['linkedin', 'fr', 'internal_url', 'Tout ce qu’il faut pour le déploiement du T1 est sur le wiki : https://wiki.corp.acme.com/routelynx/q1-rollout. Faites-moi signe si la page est verrouillée.'],
  ['linkedin', 'fr', 'internal_url', 'Le planning des astreintes est à jour : https://intranet.acme-corp.net/rh/astreintes-2027. Merci de vérifier vos créneaux.'],
  ['linkedin', 'en', 'internal_url', 'Grafana for the FitPulse sync outage: http://10.14.2.31:3000/d/sync-latency. Dashboards look clean since the fix.'],
  ['linkedin', 'en', 'internal_url', 'Runbook for the ambulance dispatch failover lives at https://confluence.acme-corp.net/display/OPS/Failover. Read it before your first on-call.'],
  ['linkedin', 'fr', 'internal_url', 'Lien vers la GED de la médiathèque : http://ged.bibvallee.local/fonds/jeunesse. Les bibliothécaires ont les droits de lecture.'],
  ['linkedin', 'en', 'internal_url', 'Jira ticket with all the details: https://jira.corp.acme.com/browse/PAW-2231. Thanks for raising it, Siobhán!'],
  ['linkedin', 'fr', 'internal_url', 'Les supports de la formation sont sur le SharePoint interne : https://sharepoint.acme-corp.net/sites/formation/verlaine-vente. Bonne lecture !'],
  ['linkedin', 'en', 'internal_url', 'Our staging build is up at https://staging.lucente.internal/shop for anyone on VPN. Feedback welcome before Friday.'],
  ['linkedin', 'en', 'internal_url', 'Kibana query for the Parkgate tenant-portal 502s: https://kibana.corp.acme.com/app/discover#/view/502s. Spike at 09:14.'],
  ['linkedin', 'en', '', 'Our public status page is https://status.routelynx.com — subscribe for incident updates.'],
  ['linkedin', 'fr', '', 'Le catalogue en ligne des Bibliothèques de la Vallée : https://www.bib-vallee.fr/catalogue. Réservez vos livres depuis chez vous !'],
  ['linkedin', 'fr', 'confidential_marker', 'CONFIDENTIEL – Note au comité de direction Cuisines Ardel. Objet : réorganisation des ateliers de Colmar. Diffusion restreinte aux membres du CODIR. (je voulais partager la photo de l’équipe, mauvais copier-coller !)'],
  ['linkedin', 'en', 'confidential_marker', 'STRICTLY CONFIDENTIAL – Harbourline Marine Brokers. Renewal strategy for the bulk-carrier book, draft v3. Prepared for the partners only.'],
  ['linkedin', 'fr', 'confidential_marker', 'USAGE INTERNE – Compte rendu de la réunion de rédaction du 2 décembre, L’Écho du Bocage. Points : maquette du week-end, couverture des municipales.'],
  ['linkedin', 'fr', 'confidential_marker', 'TLP:RED — Avis de sécurité SkyCare : campagne d’hameçonnage visant les régulateurs. Indicateurs en pièce jointe. Ne pas partager hors du SOC.'],
  ['linkedin', 'fr', 'confidential_marker', 'C2 – Interne. Procédure de réception des échantillons BioAnalys, version 4. Merci à l’équipe qualité pour la relecture !'],
  ['linkedin', 'en', 'confidential_marker', 'EMBARGO until 10 January 09:00 CET — FitPulse and a national gym chain announce a partnership. Press kit attached.'],
  ['linkedin', 'fr', 'confidential_marker', 'Document sous NDA — Spécifications du capteur d’humidité Agrisol v2, transmis au partenaire industriel le 28/11.'],
  ['linkedin', 'fr', 'confidential_marker', 'NE PAS DIFFUSER\nPlan de salle et jauges de sécurité – Théâtre du Quai Rouge, saison 2027.\nJ’ai collé ça ici par erreur en voulant partager l’affiche, désolée !'],
  ['linkedin', 'en', 'confidential_marker financial', 'INTERNAL ONLY — Vetreria Lucente monthly flash: November revenue €412k, 6% ahead of budget. Distribution: management team.'],
  ['linkedin', 'fr', 'confidential_marker', 'EMBARGO jusqu’au 15 janvier 6 h — L’Institut Hélios annonce un record de rendement pour une cellule tandem. Communiqué joint.'],
  ['linkedin', 'en', '', 'Just finished reading “The Secret History” again. Still the best campus novel ever written.'],
  ['linkedin', 'fr', '', 'Promis, vos données restent confidentielles : la médiathèque ne partage jamais vos historiques d’emprunt.'],
  ['linkedin', 'en', '', 'Career tip: read an NDA before you sign it, and ask what “confidential information” covers. Lawyers love vague definitions.'],
  ['linkedin', 'fr', '', 'La recette secrète du traiteur ? Du beurre, encore du beurre, et une équipe géniale 😄'],
  ['linkedin', 'en', '', 'Our press releases are embargoed until publication time — journalists, please respect the timing. That’s how press relations work.'],
  ['linkedin', 'fr', '', 'Spectacle de la semaine au Quai Rouge : « Confidentiel défense », une comédie d’espionnage. Complet vendredi, quelques places samedi.'],
  ['linkedin', 'en', '', 'TLP:CLEAR advisory from our CERT: patch your VPN appliances. Free to share widely.'],
  ['linkedin', 'fr', 'codename', 'Grosse semaine pour l’équipe : Project Kestrel a passé sa revue de conception, les pilotes démarrent en février. Je ne peux pas en dire plus, mais waouh.'],
  ['linkedin', 'fr', 'codename', 'Fin du sprint 14 sur Orion : la nouvelle appli de caisse tourne en magasin pilote. Merci les devs de Lyon !'],
  ['linkedin', 'fr', 'codename', 'Atlas Bleu entre en phase 2 : on recrute deux data engineers pour le chantier. Écrivez-moi en message privé.'],
  ['linkedin', 'en', 'codename', 'Nébula migration weekend done — 14 services moved, zero downtime. Proud of the platform crew.'],
  ['x', 'fr', 'codename', 'démo de Nébula au comité demain matin, j’ai dormi 4 h mais on est prêts 💪'],
  ['linkedin', 'en', 'codename', 'Stand-up notes pasted by mistake: Kestrel API blocked on auth, Orion dashboard ready for UAT, retro Friday.'],
  ['linkedin', 'en', 'codename', 'Atlas Bleu kickoff today with the Paris and Munich teams. A new chapter for our logistics platform.'],
  ['linkedin', 'fr', 'codename', 'Petit bilan du projet Orion après six mois : 3 magasins pilotes, 40 % de files d’attente en moins. La suite en 2027 !'],
  ['linkedin', 'en', '', 'Clear skies over Val-Neige tonight: the Orion Nebula was visible to the naked eye from the top station. Photo by our night-groomer.'],
  ['linkedin', 'fr', '', 'Observé ce matin depuis l’atelier : un faucon crécerelle (kestrel, pour nos amis anglais) sur le toit de la verrerie.'],
  ['linkedin', 'fr', '', 'Le cèdre de l’Atlas bleu du parc de la médiathèque a 120 ans. Une visite commentée samedi à 10 h !'],
  ['linkedin', 'fr', 'client_name', 'Belle victoire pour le pôle facultés d’Harbourline : nous venons de renouveler tout le programme d’assurance marchandises de Globex pour trois ans. Merci l’équipe sinistres.'],
  ['linkedin', 'fr', 'client_name', 'Merci à l’Hôpital Sainte-Claire pour sa confiance : BioAnalys prend en charge ses analyses spécialisées à partir de janvier.'],
  ['linkedin', 'fr', 'client_name', 'Réunion tendue hier avec Société Générique sur le planning de livraison. On a trouvé un compromis, mais quelle journée.'],
  ['linkedin', 'en', 'client_name', 'CRM row pasted by mistake: Initech | Account owner: R. Byrne | Stage: negotiation | Next step: legal review 12/12.'],
  ['linkedin', 'en', 'client_name financial', 'Routelynx just closed a €1.1m three-year deal with Globex for route planning. Not announced yet — champagne in the office though!'],
  ['linkedin', 'fr', 'client_name', 'Livraison de 400 plateaux-repas pour le séminaire d’Initech à Genève, tout s’est bien passé. Bravo la brigade !'],
  ['linkedin', 'fr', 'client_name', 'Notes d’onboarding : le compte Hôpital Sainte-Claire demande un reporting hebdomadaire chaque lundi, responsable Marta à Barcelone.'],
  ['linkedin', 'fr', 'client_name', 'Société Générique nous confie l’aménagement des cuisines de ses 12 agences. Très beau projet pour les ateliers.'],
  ['linkedin', 'en', '', 'Globex Corporation from The Simpsons is still the best fictional company. Hank Scorpio was the boss we all deserved.'],
  ['linkedin', 'fr', '', 'Il existe des milliers de sociétés génériques dans les manuels de droit : « la société X », « la société Y »… Mon cours de demain parle des clauses types.'],
  ['linkedin', 'en', '', 'Office Space rewatch night: Initech, TPS reports and the red stapler. Some things never age.'],
  ['linkedin', 'fr', 'phone email', 'Bonjour Mme Girard, votre dossier de sinistre est entre de bonnes mains. Mon numéro direct : 01 84 60 27 19, ou écrivez-moi à s.lambert@harbourline.eu.', { surface: 'comment' }],
  ['linkedin', 'en', '', 'Thanks Priya! The new Ardel Brut showroom hours are on our website, see you Saturday.', { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', 'Pas tout à fait 😉 Le budget validé en interne pour la refonte du site, c’est 240 k€, on ne le communiquera qu’au lancement.', { surface: 'comment' }],
  ['linkedin', 'en', 'card', 'Hi, I tried to pay twice and it failed both times, my card is 3530 3400 6682 6242 — can you check? (posted by a customer, hiding it now)', { surface: 'comment' }],
  ['linkedin', 'fr', '', 'Merci pour le partage ! Les résultats publiés par la FNSEA confirment la tendance que vous décrivez.', { surface: 'comment' }],
  ['linkedin', 'fr', 'email', 'Désolés pour votre commande, Marc. Écrivez à help@pawsomekitchen.ie en indiquant ORD-778214.', { surface: 'comment' }],
  ['x', 'en', 'financial', '1/3 Live from the Routelynx offsite in Sitges. The CFO just showed next year’s plan: €31m revenue target. Not public, so that’s all you get 😎'],
  ['x', 'en', '', '2/3 Second session: a great talk on carbon-aware routing. Slides will be public on our blog next week.'],
  ['x', 'en', 'codename', '3/3 and the Project Kestrel demo got a standing ovation. Goodnight from Sitges 🌙'],
  ['x', 'fr', '', 'Sondage 📊 Vous lisez L’Écho du Bocage : 1) papier 2) appli 3) site 4) les trois. Réponses en commentaire !'],
  ['x', 'en', '', 'Live from Glasstec Düsseldorf: amazing furnace-automation demos. Vetreria Lucente stand is hall 11, come say ciao.'],
  ['x', 'fr', 'internal_url', 'les gars le lien de la démo c’est https://demo.corp.acme.com/agrisol/capteurs, pas celui du mail'],
  ['linkedin', 'mixed', 'financial', 'Kick-off Maison Verlaine x Milan office : le budget marketing 2027 is set at €3.2m, validé hier soir by the exec team. Announcement to the stores in January, so keep it quiet.'],
  ['linkedin', 'mixed', '', 'Bilingual team, bilingual celebrations: joyeux Noël and happy holidays from all of us at Hôtel Les Tilleuls Brussels!'],
  ['linkedin', 'mixed', 'iban email', 'Hello all, petit rappel : the supplier account for Val-Neige has changed, nouvel IBAN CH93 0076 2011 6238 5295 7. Questions to compta@val-neige.ch.'],
  ['linkedin', 'mixed', 'confidential_marker', 'CONFIDENTIAL / CONFIDENTIEL – Board minutes, BioAnalys Inc., December meeting. Draft for directors only.'],
  ['linkedin', 'mixed', 'client_name codename', 'Great workshop with Globex today sur le projet Nébula, on avance bien sur les flux de données.'],
  ['linkedin', 'fr', '', 'Ce samedi, la médiathèque de Voiron fête ses 20 ans : lectures, concert et goûter. Entrée libre, venez nombreux !'],
  ['linkedin', 'fr', '', 'Retour sur le Salon de l’Agriculture : trois jours d’échanges passionnants sur le stand de la Coop Agrisol. Merci à tous nos visiteurs.'],
  ['linkedin', 'fr', '', 'Petit conseil aux nouveaux managers : commencez chaque one-to-one par une question ouverte. Ça change tout.'],
  ['linkedin', 'fr', '', 'Bienvenue à Sofia, Yanis et Clara qui rejoignent l’atelier de soufflage de verre ! Trois nouveaux talents pour 2027.'],
  ['linkedin', 'fr', '', 'Après 12 ans au service de L’Écho du Bocage, je tourne la page. Merci à la rédaction pour toutes ces unes partagées.'],
  ['linkedin', 'fr', '', 'Changelog Routelynx 5.4 : export CSV des tournées, mode sombre, et correction du bug d’affichage des créneaux. Bonne mise à jour !'],
  ['linkedin', 'fr', '', 'Alerte hameçonnage : de faux SMS « BioAnalys » réclament 2,99 € pour un envoi de résultats. Nous ne demandons jamais de paiement par SMS.'],
  ['linkedin', 'fr', '', 'Post-mortem de la panne de mardi chez FitPulse : un certificat expiré sur la passerelle de paiement. Durée 47 minutes, aucune donnée perdue. Alerte d’expiration ajoutée.'],
  ['x', 'fr', '', 'Première neige sur Val-Neige ce matin ❄️ ouverture du domaine prévue le 13 décembre si la météo suit.'],
  ['linkedin', 'fr', '', 'Notre chef pâtissier vous livre sa recette de bûche au praliné, en vidéo sur la chaîne du Traiteur Capucine. Bonnes fêtes !'],
  ['linkedin', 'fr', '', 'Conférence Hélios en direct : la table ronde sur le stockage d’énergie démarre. Les présentations seront en ligne sur le site de l’Institut.'],
  ['linkedin', 'fr', '', 'Nous recrutons un·e chef·fe de rang pour l’Hôtel Les Tilleuls à Bruxelles : 2 600 à 2 900 € brut selon barème CP 302, publié dans l’annonce.'],
  ['linkedin', 'fr', '', 'Cours de finance pour les alternants : si une entreprise fait 10 M€ de CA et 1,5 M€ d’EBITDA, sa marge d’EBITDA est de 15 %. Exemple fictif, bien sûr.'],
  ['linkedin', 'fr', '', 'Selon le rapport annuel publié par Lactalis, le groupe a réalisé 30 milliards d’euros de chiffre d’affaires. Impressionnant pour une entreprise familiale.'],
]);
