import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh5 held-out set (2026-12-02), written afresh in other words than that
 * set: labels talked about as a practice (stamping them everywhere, a classification scale with its codes, embargoes
 * in general, "read the NDA before you sign it"), a label as a joke on food, a title in quotes; figures in words or in a
 * pipe table, a ban on talking about them, never to be said officially, the rest of the company hearing later; a target
 * the CEO gave the press; "pw:", a keypad code followed by its key, a vendor's published test key. Positives that must
 * stay flagged beside each class's look-alikes.
 */
export const CLASSES_R3WORDS_POSTS = rows('classes-r3words', [
  // confidential_marker look-alikes: labels as a practice
  ['linkedin', 'en', '', 'Security tip of the week: putting "Confidential" in every email signature trains people to ignore it. Label the few files that matter, and mean it.'],
  ['linkedin', 'fr', '', 'Quiz de la sensibilisation RGPD de ce matin : C1 public, C2 interne, C3 confidentiel, C4 secret. Qui avait tout bon du premier coup ? 🙋'],
  ['x', 'en', '', 'every embargoed announcement we send from now on will have the lift time in bold at the top. thanks to the reporters who asked for it.'],
  ['linkedin', 'en', '', 'Advice for new grads: read the NDA before you sign it. Check the duration and what it says about side projects.'],
  ['linkedin', 'fr', '', 'Conseil pour un premier CDI : lisez le NDA avant de le signer, surtout la durée et la clause de non-concurrence.'],
  // confidential_marker look-alikes: a joke on food, a title in quotes
  ['x', 'fr', '', 'Quelqu’un a collé « Usage interne – ne pas toucher » sur la boîte de bonbons de l’open space. Elle est vide depuis midi 🍬'],
  ['linkedin', 'fr', '', 'Pot de départ de Claire au « Confidentiel », la petite brasserie en face du bureau. Planche à 14 €, ambiance parfaite.'],
  ['linkedin', 'en', '', 'Picked up « Top Secret Summer » at a second-hand bookshop for £2. A spy novel to read on the train this week.'],
  // confidential_marker: the same words applied to the post
  ['linkedin', 'en', 'confidential_marker', 'CONFIDENTIAL – do not forward. Draft org chart for the January reorg attached, comments by Friday please.'],
  ['x', 'fr', 'confidential_marker', 'Embargo jusqu’à jeudi 8h : on ouvre notre deuxième usine. Ne partagez pas avant, merci 🙏'],
  // financial: figures in words or in a table, a ban on talking, never said officially, the company hearing later
  ['linkedin', 'fr', 'financial', 'Contrat signé hier soir avec un grand groupe : près de trois millions d’euros sur cinq ans 🎉 Interdit d’en parler tant que le client ne l’a pas annoncé.'],
  ['x', 'en', 'financial', 'Pipeline review, my notes from today (keep it to yourselves):\n| Region | Revenue |\n| Nordics | €4.2M |\n| Benelux | €2.8M |\nGood momentum going into Q1.'],
  ['x', 'fr', 'financial', 'on ne pourra jamais dire officiellement que la migration a coûté 6 M€ au lieu des 2 prévus, mais quel chantier 😅'],
  ['linkedin', 'en', 'financial', 'Proud of my team: next year’s plan puts €3M behind our platform rebuild, which the rest of the company will only hear about at the kickoff.'],
  ['x', 'en', 'financial', 'just signed a deal worth two and a half million dollars and we’re not allowed to talk about it until the client announces 🤐'],
  // financial look-alikes: said to the press, public prices, a title's word
  ['linkedin', 'fr', '', 'Comme l’a dit notre directrice générale dans Les Échos mardi, nous visons 400 M€ de chiffre d’affaires d’ici 2030. Fière d’en être.'],
  ['linkedin', 'en', '', 'As our CEO told Reuters this week, we aim for $1B in revenue by 2029. Exciting times to be on the data team.'],
  ['x', 'en', '', 'Our pricing, for those who asked:\n| Plan | Price |\n| Starter | €19 |\n| Team | €49 |\nAll public on the website.'],
  // secret: short keywords, keypad codes
  ['x', 'en', 'secret', 'meetup wifi tonight: network DEVNIGHT / pw: Pizza42-Night, see you at 7'],
  ['linkedin', 'fr', 'secret', 'Pour l’équipe du samedi : code alarme du local 2012 puis # en partant, la clé est dans la boîte aux lettres.'],
  ['linkedin', 'en', 'secret', 'Here’s our sk_test key for the staging account so the contractor can start: sk_test_51Mq8Zt2Lm9Xv4Pw7Rn3Bc6Yd'],
  // secret look-alikes: a published docs key, a year after an alarm code
  ['linkedin', 'en', '', 'Reminder: the sk_test_4eC39HqLyjWDarjtT1zdp7dc key you see in every Stripe docs example is published on purpose. Your live key is another story.'],
  ['x', 'fr', '', 'notre code alarme date de 1998, il était temps de changer tout le système #sécurité'],
  ['x', 'en', '', 'PW: 12 years in payments, still learning every week'],
]);
