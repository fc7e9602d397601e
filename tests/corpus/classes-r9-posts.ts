import { rows } from './corpus-types';

/**
 * Round 9 (2026-12-03): new examples of the classes the blind set fresh11 showed the rules missing, in other words
 * than fresh11's (which stays held out). Figures not presented or told yet, burn and runway, figures kept for
 * ourselves; a threshold in a labelled rule; an account's login and password after a slash; an address spaced out;
 * an id named a long sentence before; the constellation in the sky, a colour pair, whether something is confidential.
 */
export const CLASSES_R9_POSTS = rows('classes-r9', [
  ['linkedin', 'fr', 'financial', `Indicateurs de novembre, pas encore présentés au comité : 12 400 abonnés payants, attrition mensuelle à 1,8 %, panier moyen 34 €. Merci l'équipe !`],
  ['linkedin', 'en', 'financial', `Tough quarter: we're burning roughly $900k a month; runway is the first topic at Monday's offsite and the board hasn't been told yet.`],
  ['linkedin', 'fr', 'financial', `Mot du DAF, cité avec son accord : « Ventes de Noël à 3,2 M€ au 1er décembre, 12 % au-dessus du budget. À garder pour nous jusqu'au comité de janvier. »`],
  ['linkedin', 'en', 'confidential_marker', `Extract from our fraud runbook (INTERNAL ONLY — do not forward): "Flag any card used more than 3 times under €50 within an hour."`],
  ['linkedin', 'fr', 'secret', `Si la caisse plante samedi, reconnectez-vous avec le compte caisse02 / Marche#Noel25, puis relancez le terminal.`],
  ['linkedin', 'fr', 'email', `Pour le jeu-concours, envoyez vos photos à jeu.concours @ lechodesmonts . fr avant dimanche minuit.`],
  ['linkedin', 'en', 'national_id', `For the Kraków team filling in the ZUS paperwork: the PESEL of anyone born after 2000 has 20 added to the month, which confuses every new HR system. My son's, for instance, is 05231504125.`],
  ['x', 'en', '', `Orion overhead at 2 a.m. on the ferry deck, sharp as a photograph. Night shifts have their perks.`],
  ['linkedin', 'fr', '', `Week-end au Maroc : l'Atlas bleu et blanc au lever du soleil, inoubliable.`],
  ['linkedin', 'fr', '', `Vous êtes nombreux à demander si votre dossier reste confidentiel chez nous. Oui, et c'est écrit noir sur blanc dans nos conditions.`],
]);
