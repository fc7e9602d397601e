import { rows } from './corpus-types';

/**
 * Round 8 (2026-12-03): new examples of the classes the blind set fresh10 showed the rules missing, in other words
 * than fresh10's (which stays held out). Hours in brackets after a number, a hexadecimal secret, scales in thousands,
 * signs of figures not told or consolidated yet, a report still to come; a pet named so at a workplace, a channel's
 * documentary, a film night.
 */
export const CLASSES_R8_POSTS = rows('classes-r8', [
  ['linkedin', 'fr', 'phone', `Accueil de la médiathèque fermé lundi. Pour toute réservation, appelez le 04 72 18 35 60 (10h-17h), l'équipe vous répond.`],
  ['linkedin', 'en', 'secret', `Reminder for the analytics guild: the Segment write secret is 7f3c9a21b84e06d5c2f1a9e8b7d60c43, please move it to the vault by Friday.`],
  ['linkedin', 'en', 'financial', `Paying members in the Nordics rose by roughly 40 thousand this quarter. Can't share the exact count before the results call, but hats off to the growth team.`],
  ['linkedin', 'en', 'financial', `Net profit for the Accra depot came in at about fifteen million cedis in Q3. We have not told the board yet; the pack goes out on Tuesday.`],
  ['linkedin', 'fr', 'financial', `Production T3 (pas encore consolidée ni publiée) : 2,1 millions de bouteilles, marge sur coûts variables à 28 %. Ça reste entre nous jusqu'aux résultats de janvier.`],
  ['linkedin', 'en', 'financial', `Storm repairs cost us close to €3m this autumn, and nobody outside the company knows that figure yet (the annual report comes out in April).`],
  ['linkedin', 'fr', '', `Au cabinet, notre chatte s'appelle Nébula et elle accueille tous les clients à la porte. Star incontestée des avis Google.`],
  ['x', 'en', '', `Binge-watching Orion's latest documentary on deep-sea fishing tonight. Whoever edits their footage deserves an award.`],
  ['linkedin', 'fr', '', `Séance de cinéma d'équipe jeudi : « L.A. Confidential » en VOST, popcorn offert.`],
]);
