import { rows } from './corpus-types';

/**
 * Round 31 (2026-12-04): the classes fresh54 to fresh57 showed, in other words than any held-out post: the labels of the
 * Japanese, Korean and New Zealand offices; social security numbers of Mexico, Brazil and Spain; Mexican, Brazilian and
 * northern Portuguese numbers named by a city; Australian and New Zealand bank details; figures a founder publishes on
 * purpose, and deals agreed but unsigned; NDAs asked about as a practice; a title that names a documentary.
 */
export const CLASSES_R31_POSTS = rows('classes-r31', [
  ['linkedin', 'en', 'confidential_marker', `社外秘\nKansai dealer review — draft agenda for Thursday, please add your items below.`],
  ['linkedin', 'en', 'confidential_marker client_name', `대외비\nGlobex onboarding call notes: SSO next sprint, billing questions parked.`],
  ['linkedin', 'en', 'confidential_marker', `IN-CONFIDENCE\nDepot consolidation options for Napier and Gisborne, comments by Friday.`],
  ['linkedin', 'fr', 'national_id', `Nómina de Monterrey : el NSS del nuevo montacarguista es 92087366115, revisen que coincida con su alta.`],
  ['linkedin', 'fr', 'national_id', `Admission à Recife, il manque encore le PIS 190.33284.70-0 du nouvel opérateur pour la paie de janvier.`],
  ['linkedin', 'en', 'national_id', `HR in Zaragoza asked me for the afiliación number again, so here: 46/11872093/12. Please don't lose it this time.`],
  ['linkedin', 'en', 'phone', `Guadalajara warehouse moved its dock line: book your slot on 33 3891 4426 from 7 to 15 h.`],
  ['linkedin', 'fr', 'phone', `Nos clients de Belo Horizonte peuvent joindre le SAV au (31) 3249-8871, du lundi au vendredi.`],
  ['linkedin', 'en', 'iban', `Refund details for the Brisbane team lunch: BSB 064-118, account 1183 5527. Cheers!`],
  ['linkedin', 'en', 'financial', `The anchor investor verbally agreed to lead at €9M pre, lawyers start Monday. Shaking.`],
  ['x', 'en', '', `Building in public, week 60: $31k MRR, churn 2.4%, 13 months of runway. Ups and downs, all posted here.`],
  ['linkedin', 'fr', '', `Vous faites signer un NDA à vos stagiaires ? Chez nous jamais, je suis curieuse de vos pratiques.`],
  ['linkedin', 'en', '', `Watched a fascinating Orion documentary about deep-space capsules last night. Highly recommend it.`],
]);
