import { rows } from './corpus-types';

/**
 * Round 7 (2026-12-03): new examples of the classes the blind set fresh9 showed the rules missing, in other words than
 * fresh9's (which stays held out). Tables without a leading pipe, volumes with their unit, pre-sales and rates a
 * company sets, signs of figures not validated, not made public, heard officially later; an id that is a real
 * person's however a sample is mentioned; a book titled like a codename; a service run by others.
 */
export const CLASSES_R7_POSTS = rows('classes-r7', [
  // ---- figures not public yet ----
  ['linkedin', 'fr', 'financial fold', `Premier jet du point mensuel, pas encore validé par la direction financière :\nMagasin | Ventes novembre | vs N-1\nLille | 1,4 M€ | +8 %\nRoubaix | 0,9 M€ | -3 %\nOn en discute jeudi.`],
  ['linkedin', 'en', 'financial', `Installed 2.3 GWh of storage this quarter across the three sites. We haven't released Q4 yet, so keep it in the team, but what a crew.`],
  ['linkedin', 'fr', 'financial', `La nouvelle gamme est déjà prévendue à 60 % auprès des distributeurs. La marque ne veut pas qu'on communique le chiffre avant le salon de mars, alors motus.`],
  ['linkedin', 'en', 'financial', `Employer contribution rate for next year set at 11.2%, approved by the trustees this morning. Members get the letter in February.`],
  ['linkedin', 'fr', 'financial', `Le programme d'extension, c'est 45 M€ sur deux ans, acté au comité d'investissement mais pas encore rendu public. Belle perspective pour l'usine !`],
  ['linkedin', 'en', 'financial', `We passed 12,000 paying subscribers this week 🎉 Shareholders hear it officially at the AGM, so you are reading it here first.`],
  ['x', 'en', '', `Hit 250% of my personal quota this month. Coffee is on me tomorrow ☕`],
  ['linkedin', 'en', '', `Migration status: 80% of services moved, target end of March. Thanks to every squad for the steady pace.`],
  // ---- ids that are real people's ----
  ['linkedin', 'en', 'national_id', `Sample of the scam messages we keep receiving: the sender even asks for the national register number, and one colleague had typed her own, 90.02.15-123.70, before noticing. Please report, never reply.`],
  ['linkedin', 'en', 'national_id', `Regression found in QA today: the onboarding form refused a real client's PESEL 92112304569 that passes the checksum. Patch is out.`],
  // ---- names in their public sense ----
  ['linkedin', 'fr', '', `Le Nébula des contes bretons, joli recueil illustré, vient de paraître aux éditions du Phare. Je l'offre à ma nièce pour Noël.`],
  ['linkedin', 'en', '', `Orion, the open-air cinema run by volunteers in our neighbourhood, is looking for help for its summer season. Great cause.`],
]);
