import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh held-out sets of 2026-12-02 (issue 11), written afresh in
 * other words than those sets: figures in more currencies and multipliers (dirham, dinar, crore), headcounts
 * with a sign they are not public, signs said in German or as a talk to come, a sign two sentences away, a
 * labelled post's figures; labels of other European offices and "(Proprietary, Internal Use)" forms; each with
 * look-alikes that must stay clean (charity ticket prices, public hiring posts, jokes about recipes and
 * surprises, labels quoted as a former policy, "reserved for", promises in other languages).
 */
export const CLASSES_FINMARK_POSTS = rows('classes-finmark', [
  // financial: headcounts with a sign they are not public
  ['linkedin', 'fr', 'financial', 'Petite fuite du séminaire cadres : le plan de recrutement 2027 prévoit 85 embauches en CDI à Nantes, rien n’est encore officiel.'],
  ['x', 'en', 'financial', 'Between us: the hiring plan for next year has 60 new roles in Lisbon and 25 in Porto, not announced yet.'],
  ['linkedin', 'en', 'financial', 'Headcount plan approved by the exec team: +35 in Kraków, +15 in Austin. Official announcement comes in January, so hold your CVs 😄'],
  // financial: other currencies and multipliers
  ['linkedin', 'en', 'financial', 'Our Casablanca branch closed Q3 at 120 MDH of revenue, a record. Nothing is published before the group accounts, so keep it here.'],
  ['x', 'fr', 'financial', 'Notre filiale indienne a fait 45 crore de chiffre d’affaires ce semestre 🎉 chiffres pas encore consolidés.'],
  ['linkedin', 'en', 'financial', 'Gross bookings for Tunisia reached 14 MDT this quarter. Great work everyone. Investors will hear about it in March with the rest.'],
  // financial: the sign as a talk to come, in German, two sentences away, or as a label on the post
  ['linkedin', 'en', 'financial', 'EMEA revenue run-rate crossed $31M in November. We’ll go through it in detail at the all-hands next week.'],
  ['x', 'mixed', 'financial', 'Q3 in Austria: revenue up 18% to €9M, noch nicht veröffentlicht, also bitte Geduld 😉'],
  ['linkedin', 'en', 'financial', 'Q3 margin came in at 38%. The exec team reviewed it this morning. The official numbers are due in three weeks.'],
  ['linkedin', 'en', 'financial confidential_marker', 'Slide stamped "Internal use only" from the sales kickoff: bookings grew 22% to €48M this year 🚀'],
  ['linkedin', 'en', 'financial', 'Big news for our startup programme!\nThe leadership team approved a $6M fund for 2027. It will only be announced at our spring kick-off, so this stays in the team for now.'],
  ['linkedin', 'fr', 'financial', 'Le CA du Sénégal atteint 2,3 milliards de FCFA ce trimestre, on ne communique pas avant février.'],
  ['x', 'en', 'financial', 'Revenue in India hit ₹120 crore in H1. Numbers go to the board next week, not public until then.'],
  ['linkedin', 'en', 'financial', 'We’re planning 200 layoffs in Q1, HR hasn’t communicated it yet.'],
  ['x', 'mixed', 'financial', 'DACH-Umsatz bei 22 Mio. € im Q3, die Zahlen sind noch intern.'],
  ['linkedin', 'en', 'financial', 'EBITDA margin for LatAm is now 19%, up from 14%. Exec committee saw it Monday; the street finds out at Q4 earnings.'],
  ['linkedin', 'fr', 'financial', 'Résultat net du T3 à 12,4 M€ selon le reporting interne, la com’ financière est le 14 novembre.'],
  ['x', 'en', 'financial', 'We closed the year at £41m revenue, 30% up. Auditors are still on it, so this is unofficial.'],
  ['linkedin', 'en', 'financial', 'Heads-up team: we’re cutting 80 roles in the Lyon plant, the unions will be told on Monday.'],
  ['x', 'mixed', 'financial', 'Nuestro EBITDA en México: 24 millones de dólares, todavía no publicado 🤐'],
  // financial look-alikes: ticket prices, public hiring posts, published figures, third-party figures
  ['linkedin', 'en', 'confidential_marker', 'NDA signed with our new partner in Lyon! Partner revenue grew 30% last year.'],
  ['linkedin', 'en', '', 'We’re hiring 15 developers in Casablanca! Salaries from 25k MAD per month. Apply below.'],
  ['x', 'en', '', 'Tickets for the charity concert are ₹500 each, all proceeds to the school.'],
  ['linkedin', 'fr', '', 'Le Maroc vise 26 milliards de dirhams d’exportations automobiles en 2027 selon le ministère.'],
  ['linkedin', 'en', '', 'Our docs used to be marked "Confidential" by default; now 80% of them are public and our revenue grew anyway.'],
  ['linkedin', 'fr', '', 'Vente de gâteaux au profit du Téléthon : 2 € la part, 5 € les trois. Merci à tous !'],
  ['x', 'en', '', 'Gala dinner tickets: €80 per head, proceeds to the children’s hospital. Booking link below.'],
  ['linkedin', 'fr', '', 'Fier d’annoncer que nous avons recruté 120 personnes en 2026, comme annoncé dans notre rapport annuel.'],
  ['linkedin', 'en', '', '200 new jobs in Tangier: our new plant was inaugurated today by the minister, press release in comments.'],
  ['x', 'en', '', 'Waiting for the results of our hackathon jury! 12 teams, 48 hours, 3 prizes.'],
  ['linkedin', 'fr', '', 'Tombola au profit de l’association des parents d’élèves : 3 € le billet, 10 € les quatre. Tirage vendredi !'],
  ['x', 'en', '', 'Charity run next Sunday for the food bank: €15 per person, all profits go to the cause. Sign up before Friday!'],
  ['linkedin', 'en', '', 'Our 2025 annual report is out: revenue of €48M, up 22%, and 1,200 new hires across Europe.'],
  ['linkedin', 'fr', '', 'Nous recrutons 40 alternants pour la rentrée 2027 à Lyon et Nantes : postulez avant le 15 janvier !'],
  ['x', 'en', '', 'We’re hiring 25 engineers in Lisbon next year. Apply via our careers page.'],
  ['linkedin', 'fr', '', 'Marché marocain : selon Bank Al-Maghrib, le secteur a pesé 85 MMAD l’an dernier, une croissance de 6 %.'],
  ['linkedin', 'fr', '', 'Billets pour le gala de l’entreprise : 25 € la place, au profit des Restos du cœur.'],
  ['x', 'en', '', 'Attend our investor day on 12 March: the CEO will present our results, revenue €210M published last week.'],
  // confidential_marker: labels of other European offices, bracketed labels
  ['linkedin', 'mixed', 'confidential_marker', 'STRENG VERTRAULICH: Entwurf der Preisliste 2027 für Partner, bitte Feedback bis Freitag.'],
  ['x', 'mixed', 'confidential_marker', 'Sneak peek at the Munich roadmap deck (Vertraulich – nur zum internen Gebrauch), launch is in April 🚀'],
  ['linkedin', 'mixed', 'confidential_marker', 'Ecco la bozza del nuovo listino, strettamente riservata, per i colleghi di Milano 🇮🇹'],
  ['x', 'mixed', 'confidential_marker', 'Compartiendo la presentación del kickoff, solo para uso interno, ¡qué equipo!'],
  ['linkedin', 'mixed', 'confidential_marker', 'Eerste blik op onze nieuwe campagne, vertrouwelijk tot de lancering in maart.'],
  ['linkedin', 'en', 'confidential_marker', 'Draft org chart for 2027 [Company Proprietary] attached, thoughts before I send it to HR?'],
  ['x', 'en', 'confidential_marker', 'Sharing page 3 of the board pack (Internal Use – Restricted) because it explains our pricing shift so well.'],
  ['linkedin', 'fr', 'confidential_marker', 'Top secret : le plan de réorganisation des équipes support sera présenté lundi au CSE.'],
  ['x', 'mixed', 'confidential_marker', 'Quick look at the Milan launch plan (riservato, solo uso interno) before Friday’s review.'],
  ['linkedin', 'en', 'confidential_marker', 'PROPRIETARY – Acme pricing model v3, sharing the key slide for feedback.'],
  ['linkedin', 'en', 'confidential_marker', 'Classification: Internal Use. Here’s the summary of our Q1 vendor review.'],
  // look-alikes: jokes about recipes and surprises, labels quoted as a former policy, words in a sentence
  ['x', 'en', '', 'Just between us, the best coffee in the building is on the 4th floor ☕'],
  ['linkedin', 'fr', '', 'Le cadeau de départ de Marc ? Top secret jusqu’au pot de vendredi 🎁'],
  ['linkedin', 'en', '', 'Remember when every deck said "Internal only"? We no longer do that: 90% of our docs are public now.'],
  ['x', 'en', '', 'The old ‘Strictly confidential’ stamp is gone from our templates, good riddance.'],
  ['x', 'mixed', '', 'Tutti i diritti riservati. Grazie per aver seguito il nostro webinar!'],
  ['linkedin', 'en', '', 'Internal use of ChatGPT is now allowed across the company, with a few rules.'],
  ['linkedin', 'fr', '', 'Top secret : ma recette de crêpes pour la Chandeleur, enfin partagée avec l’équipe 🥞'],
  ['x', 'en', '', 'Our birthday surprise for Léa is top secret until Friday 🎂 shhh'],
  ['linkedin', 'en', '', 'We built a proprietary engine for route optimisation, and today we open-sourced part of it.'],
  ['linkedin', 'en', '', 'Our first internal use case for GenAI was invoice matching. Here’s what we learned.'],
  ['x', 'en', '', 'We stopped stamping every slide "Confidential" by default. Most of our decks are now public.'],
  ['linkedin', 'fr', '', 'Avant, tous nos documents étaient « Confidentiel » par défaut ; ce n’est plus le cas depuis 2025.'],
  ['x', 'mixed', '', 'Parcheggio riservato ai clienti: grazie a tutti per la pazienza durante i lavori 🚗'],
  ['linkedin', 'mixed', '', 'Unsere Kundendaten bleiben vertraulich, auch mit dem neuen CRM.'],
  ['x', 'en', '', 'Proprietary software versus open source: which one for a 10-person startup?'],
  // look-alikes: labels quoted in advice or explained, levels of a classification scale
  ['linkedin', 'en', '', 'Security tip: never forward a document marked "Confidential" outside the company.'],
  ['x', 'fr', '', 'Quiz de la semaine cyber : que signifie la mention « Diffusion restreinte » sur un document ?'],
  ['linkedin', 'fr', '', 'Rappel sécurité : un document « Usage interne » ne se partage jamais sur les réseaux sociaux.'],
  ['linkedin', 'en', '', 'Our new labelling policy: Public, Internal, Confidential, Secret. Training link below.'],
  ['x', 'en', '', 'Internal, confidential or restricted documents never go on LinkedIn.'],
  // a quoted label on the document being shared stays a label
  ['x', 'en', 'confidential_marker', 'The deck is marked "Confidential" but I can’t resist sharing slide 4 with you all.'],
  ['linkedin', 'fr', 'confidential_marker', 'CONFIDENTIEL, public cible : clients grands comptes, lancement en mars.'],
]);
