import { rows } from './corpus-types';

/**
 * Round 15 (2026-12-03): new examples of the classes the blind set fresh17 showed the rules missing, in other words
 * than fresh17's (which stays held out): a figure kept from others, told as a limit and a verb of letting it out
 * ("nothing leaks before", "personne n'en parle avant"), not a day earlier, kept inside the team; an order book in
 * English, a plant's yields and unit cost; an amount in approximate tens ("une trentaine de millions"); a sign that
 * waits for the results the figure will be published with. And a look-alike: "I can't say how proud I am".
 */
export const CLASSES_R15_POSTS = rows('classes-r15', [
  ['linkedin', 'en', 'financial', `The order book for the new dredgers reached €310m this week. Nothing leaks before the capital markets day, please.`],
  ['linkedin', 'fr', 'financial', `Le rachat du concurrent lyonnais se ferait pour une trentaine de millions d'euros. Personne n'en parle avant le closing.`],
  ['linkedin', 'en', 'financial', `Unit cost on line 3 fell to €2.14 this quarter, our best ever. It goes in the half-year report, not a day earlier.`],
  ['linkedin', 'fr', 'financial', `Les ventes de la gamme bio ont bondi de 34 % sur l'année, et les distributeurs ne l'apprendront qu'avec les résultats annuels.`],
  ['linkedin', 'en', 'financial', `Our renewal rate hit 97% in Q3 and revenue per client is up 11%. That stays inside the sales floor for now.`],
  ['linkedin', 'en', '', `I can't say how proud I am of this team: 1,200 volunteers raised €85,000 for the food bank, as published in the local paper.`],
]);
