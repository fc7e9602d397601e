import { rows } from './corpus-types';

/**
 * Round 20 (2026-12-04): the classes fresh26 and fresh27 showed, in other words than any held-out post. A price or a
 * figure those outside will see, receive or hear of on a date to come ("Agencies see it on Monday, not before"), or
 * held back until they do ("Before the retailers hear about it"); a letter or a mailing that goes out on a date; a
 * body that decides on a bid later; an application not submitted yet; a working assumption; a provision against its
 * budget. Look-alikes: a case given to students a sentence later; the TLP scale explained; a label being translated.
 * And: COMMERCIAL IN CONFIDENCE is a label; "pw" introduces a password as "pwd" does.
 */
export const CLASSES_R20_POSTS = rows('classes-r20', [
  ['linkedin', 'fr', 'financial', `Redevance des franchisés : 4,5 % du CA au lieu de 4 % dès avril. Les franchisés la recevront le 2 janvier.`],
  ['linkedin', 'en', 'financial', `New rate card for the spring campaign: a 30-second pre-roll at £2,150. Agencies see it on Monday, not before.`],
  ['linkedin', 'en', 'financial', `Courier pricing for 2027 is done: €7.40 per parcel under 2 kg, up 5%. The mailing to merchants goes out on 8 January.`],
  ['linkedin', 'en', 'financial', `Before the retailers hear about it: the wholesale price of our 75 cl bottle goes to €6.90 in March.`],
  ['linkedin', 'en', 'financial', `Grant application nearly done: we ask £240,000 over two years for the outreach programme. Not submitted yet, so comments welcome.`],
  ['linkedin', 'fr', 'financial', `Hypothèse de travail pour 2028 : le tarif journalier senior à 1 150 €, +4 %. Rien de calé avec les clients.`],
  ['linkedin', 'fr', 'confidential_marker financial', `USAGE INTERNE – comité d'audit. Provision sur stocks relevée à 3,4 M CHF contre 2,1 M budgétés.`],
  ['linkedin', 'en', 'financial', `Our fit-out bid for the museum went in at €870k; their committee decides on 9 February.`],
  ['linkedin', 'fr', '', `Compte de résultat simplifié : CA 2 M€, marge nette 6 %. C'est le cas que je donne chaque année à mes étudiants de master.`],
  ['linkedin', 'en', '', `Quick refresher from the CERT: TLP:RED is for named recipients, TLP:AMBER for your organisation, TLP:GREEN for the community, TLP:CLEAR for anyone.`],
  ['x', 'fr', '', `Mot du jour pour nos traducteurs : « confidential » se traduit « confidentiel », pas « secret » 🙂`],
  ['linkedin', 'en', 'confidential_marker', `Tender pack uploaded to the portal, marked COMMERCIAL IN CONFIDENCE. Questions to the bid desk by Thursday.`],
  ['linkedin', 'en', 'secret', `Guest network at the Lyon stand: pw Bl3uLagon#88, please change it after the show.`],
]);
