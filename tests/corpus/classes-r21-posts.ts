import { rows } from './corpus-types';

/**
 * Round 21 (2026-12-04): the classes fresh28 and fresh29 showed, in other words than any held-out post. Customers not told
 * yet, a price not talked about, a draft price list, an internal price, a figure decided behind closed doors or going to
 * the works council; rent and service charges are prices, a surplus a metric; a password after its clause and a colon,
 * or ending on a symbol read as punctuation. Look-alikes: a public body's budget voted in public session, a profit share
 * in a job ad, an exercise for apprentices, a "confidential tip", a comedy's title, a short film called "Top Secret".
 */
export const CLASSES_R21_POSTS = rows('classes-r21', [
  ['linkedin', 'fr', 'financial', `Pour l'équipe de l'agence : le loyer des box passera de 89 à 97 € par mois en mars. Les locataires ne sont pas encore prévenus.`],
  ['linkedin', 'en', 'financial', `Heads-up to the counter staff: annual membership goes from £120 to £135 in April. We don't mention it to members until the newsletter.`],
  ['linkedin', 'fr', 'financial', `Grille des formules mariage 2027, encore en brouillon : formule Prestige à 18 900 €, formule Essentielle à 11 400 €.`],
  ['linkedin', 'fr', 'financial', `Le plan d'économies chiffré à 2,4 M€ passe en CSE jeudi. Courage à toutes les équipes.`],
  ['linkedin', 'en', 'secret', `Shared inbox for the holiday cover, the password for the support mailbox while Ana is away: Kv7#harbour2026`],
  ['linkedin', 'en', 'secret', `Door panel for the new depot: admin account is depot-ops / Tr4m-Wharfside! and the PIN is on the sticker.`],
  ['linkedin', 'fr', '', `Le budget 2027 de la commune (14,2 M€) a été adopté en séance publique lundi soir. Bravo aux élus et aux services.`],
  ['linkedin', 'en', '', `We're hiring a Sous-Chef: £34,000–£38,000 plus profit share and two weekends off a month.`],
  ['linkedin', 'en', '', `Exercise for our apprentices: a van costs £30k and saves £6k a year in couriers. How many years to pay it back?`],
  ['linkedin', 'en', '', `Confidential tip for first-time speakers: arrive an hour early and walk the stage once.`],
  ['x', 'fr', '', `Ce soir au théâtre municipal : « Confidentiel », une comédie de bureau en trois actes. Il reste des places !`],
]);
