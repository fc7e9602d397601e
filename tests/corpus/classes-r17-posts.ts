import { rows } from './corpus-types';

/**
 * Round 17 (2026-12-03): the classes fresh21 showed, in other words than any held-out post. An embargo said to be over
 * no longer keeps anything back; idioms of letting a figure out ("don't spill the beans", "ne vendez pas la mèche"); an
 * update given as the company's internal view, and a request to hold off; the cost side and an insurer's ratios told
 * as rates (COGS, combined ratio), with their look-alikes (a regulator's report, a teaching example); and a figure
 * inside an identity number, which is no figure ("NI number … 07 B" holds no "7 billion"). Then: a paragraph of its own
 * that is only a sign speaks of the whole draft; a count with its scale ("2 million active users"); an announcement said
 * to come with a publication; a number named as an identity number right after it is no phone number.
 */
export const CLASSES_R17_POSTS = rows('classes-r17', [
  ['linkedin', 'en', 'financial', `Prelim numbers from the Leeds depot, please don't spill the beans before the town hall: parcel revenue reached £3.4m in October.`],
  ['linkedin', 'fr', 'financial', `Chiffres de la boutique en ligne pour novembre : 212 000 € de ventes. Ne vendez pas la mèche avant la réunion de lundi 😉`],
  ['linkedin', 'en', '', `The embargo was lifted this morning, so here it is: our Porto studio opens in March with 35 new roles. Come build games with us!`],
  ['linkedin', 'fr', '', `L'embargo est levé : notre nouvelle usine de Vierzon ouvre au printemps avec 80 emplois à la clé. Fiers de toute l'équipe !`],
  ['linkedin', 'en', 'financial', `Internal view from the Antwerp warehouse: pick accuracy at 99.2 %, and the margin on the returns service is now 18 %.`],
  ['linkedin', 'en', 'financial', `Retail partners get the new wholesale list on 4 January. Until then, account managers please hold off on sharing it: the espresso blend moves to €21.40/kg, a 9 % increase.`],
  ['linkedin', 'fr', 'financial', `Vue interne avant le comité : le coût de revient du pain de mie passe à 0,92 € et la marge tombe à 11 %.`],
  ['linkedin', 'en', 'financial', `Packaging now eats 23 % of COGS on the snack line, up from 17 %. We need options by Friday.`],
  ['linkedin', 'fr', 'financial', `Le coût des marchandises vendues pèse désormais 58 % de la caisse des boutiques. On en reparle au séminaire.`],
  ['linkedin', 'en', 'financial', `Combined ratio for the motor book closed the quarter at 97.5 %. Underwriters, well held.`],
  ['linkedin', 'en', '', `According to the regulator's annual report, the average combined ratio across UK motor insurers was 101 % in 2025.`],
  ['linkedin', 'en', 'national_id', `HR note for the payroll desk: Tom's NI number KR 63 15 07 B is on file, so the Revenue registration can go through before his first salary run.`],
  ['linkedin', 'en', '', `COGS explained for my students: if COGS is 60 % of sales, the gross margin is 40 %. Homework due Thursday.`],
  ['linkedin', 'en', 'financial fold', `Quick numbers from the Lisbon hub:

Utilisation hit 91 % last month and the forecast for Q1 is 96 %.

(Preliminary, nothing goes public before the board meets in January.)`],
  ['linkedin', 'en', 'fold', `Our annual report is out today: revenue of €48m and an operating margin of 12 %.

(The embargo on it lifted at 7am, share away!)`],
  ['linkedin', 'en', 'financial', `Just passed 2 million active users on the app 🎉 the official announcement comes in March along with the annual results, but this team deserves to hear it first.`],
  ['linkedin', 'en', '', `Reminder for the HRIS migration: 046 454 286 is the dummy SIN we use in staging, never a real employee's number.`],
]);
