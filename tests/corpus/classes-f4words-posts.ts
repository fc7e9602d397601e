import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh4 held-out set (2026-12-02), written afresh in other words than
 * that set: a publication still to come after "once", "until", "quand ce sera officiel"; "officially" after a
 * negation; a figure only a few inside know; a deal whose other side cannot be named; an account's login and
 * password given as a pair; and look-alikes that must stay clean: results "once announced" in the past, published
 * figures, films, books and places named with "Confidential", labels talked about, advice about NDAs in general.
 */
export const CLASSES_F4WORDS_POSTS = rows('classes-f4words', [
  // financial: a publication still to come after "once" / "until"
  ['linkedin', 'en', 'financial', 'Three-year extension signed with a logistics group this morning, worth €5.2M 🙌 We’ll post the full story once the press release is out next week.'],
  ['x', 'en', 'financial', 'our APAC revenue just crossed $14M for the half. keeping it in the team until it’s public, but wow'],
  ['linkedin', 'fr', 'financial', 'Le renouvellement est signé : 3,4 M€ sur quatre ans. On en dira plus une fois que ce sera officiel, mais bravo à toute l’équipe commerciale !'],
  ['linkedin', 'en', 'financial', 'Q4 bookings came in at £8.7m. Champagne is on hold until the trading statement has been published 🍾'],
  // financial: "officially" after a negation
  ['linkedin', 'en', 'financial', 'Not announced officially yet, but our Nordics business closed the year at €27M revenue, up 19%.'],
  ['x', 'fr', 'financial', 'Pas encore communiqué officiellement : notre marge opérationnelle passe à 17 % cette année 🔥'],
  // financial: known to a few inside
  ['linkedin', 'en', 'financial', 'Fun fact from my first budget season: we plan to cut travel spend by 12%, around $900k, and only the exec team knows so far.'],
  ['linkedin', 'fr', 'financial', 'On vise 6 M€ d’économies sur la logistique l’an prochain, et personne en dehors de la direction financière n’a vu le plan.'],
  // financial: a counterparty that cannot be named
  ['linkedin', 'en', 'financial', 'Closed the biggest deal of my career today. I can’t name the client, but it’s a $3.8M multi-year contract.'],
  ['x', 'fr', 'financial', 'Je ne peux pas dire avec qui, mais on vient de signer un contrat de 1,2 M€ sur deux ans 🤝'],
  // financial look-alikes: published figures, results announced in the past, surveys
  ['linkedin', 'en', '', 'Once announced last March, our €40M revenue milestone was everywhere. As published in our annual report, we grew 11% again this year.'],
  ['linkedin', 'en', '', 'Our half-year results are out this morning: revenue up 6% to €318M, as published on our investor site.'],
  ['x', 'en', '', 'only 5% of CFOs know their real cost of cash, according to a survey of 400 firms. wild stat.'],
  ['linkedin', 'fr', '', 'Comme annoncé dans notre communiqué de ce matin, le chiffre d’affaires annuel atteint 212 M€, en hausse de 8 %.'],
  // secret: an account's login / password pair
  ['x', 'fr', 'secret', '@marie_lgd utilise le compte partagé de la salle de formation : formation-b2 / Lz4#qTm9Wd, et pense à te déconnecter'],
  ['linkedin', 'en', 'secret', 'Workshop prep done ✅ For the attendees tomorrow, the credentials for the lab VM: lab-user / Wq8!nRz3Kp (it resets every night).'],
  ['x', 'en', 'secret', 'login for the test printer portal is print-admin:Hb5$xMk2Ty, don’t ask me why it’s on a sticker'],
  // secret look-alikes: pairs that are no passwords
  ['linkedin', 'fr', '', 'Accès au showroom : lundi-vendredi / 9h-18h30, sans rendez-vous. On vous attend !'],
  ['linkedin', 'en', '', 'New onboarding guide is live: log in with prenom.nom / your usual password, then set up MFA.'],
  // confidential_marker look-alikes: titles and places
  ['x', 'en', '', 'rewatching L.A. Confidential tonight and honestly the Kevin Spacey scenes have aged strangely'],
  ['linkedin', 'fr', '', 'Afterwork d’équipe au bar Le Confidentiel, derrière la gare 🍸 Merci à Sonia pour la réservation !'],
  ['linkedin', 'en', '', 'Book club pick this month: The Confidential Agent by Graham Greene. A spy novel that still feels modern.'],
  // confidential_marker look-alikes: advice about NDAs in general
  ['linkedin', 'en', '', 'Founders: never sign an NDA with an investor before you read the non-solicit clause. Ten minutes now saves a headache later.'],
  ['linkedin', 'fr', '', 'Conseil aux freelances : relisez toujours un NDA avant de le signer, surtout la durée et le périmètre.'],
  // confidential_marker: labels that stay labels
  ['linkedin', 'en', 'confidential_marker', 'Board deck. Acme Confidential. Slide 7 shows the new restaurant partners we onboard in spring.'],
  ['linkedin', 'fr', 'confidential_marker', 'CONFIDENTIEL — liste des hôtels retenus pour le séminaire, merci de ne pas la relayer.'],
  // Relabelled clean 2026-12-05: an NDA someone says they signed is a contract told, not a label on the post (the corpora's
  // convention: "SOUS NDA" labels; blind authors of fresh107 and fresh112 labelled "We signed an NDA with …" clean).
  ['x', 'en', '', 'Signed an NDA with the hotel chain today, so that’s all I can say about the film shoot 🎬'],
  ['linkedin', 'en', 'confidential_marker financial', 'Strictly Confidential — Q1 dinner for the sales team: bookings up 24% to €11M, please don’t forward.'],
]);
