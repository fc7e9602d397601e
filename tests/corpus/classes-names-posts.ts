import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh held-out sets of 2026-12-02 (issue 11), written afresh in other
 * words than those sets: client names as people write them ("Sté" for Société, an institution word translated
 * or put after the distinctive part); each with look-alikes that must stay clean.
 */
export const CLASSES_NAMES_POSTS = rows('classes-names', [
  // client_name: "Sté"/"Ste" for Société, the institution word of a name in the other order or language
  ['linkedin', 'fr', 'client_name', 'Comité de pilotage chez Ste Générique jeudi, on présente la feuille de route 2027.'],
  ['x', 'fr', 'client_name', 'Les achats de la Sté Générique ont validé la phase 2 👏'],
  ['linkedin', 'en', 'client_name', 'Two weeks of training at St. Claire Hospital and every ward is now live on our planner.'],
  ['x', 'en', 'client_name', 'Huge thanks to the nurses of Sainte Claire hospital for the honest feedback today 🏥'],
  ['linkedin', 'en', 'client_name', 'Our team spent the week at Hospital Sainte-Claire rolling out the new admissions flow.'],
  // look-alikes: other saints and companies, the abbreviations on their own
  ['linkedin', 'en', '', 'Volunteering day at St. Mary Hospital with the Leeds team, proud of everyone who came.'],
  ['x', 'fr', '', 'La Sté Générale des Eaux recrute dans notre ville, bonne nouvelle pour le bassin d’emploi.'],
  ['linkedin', 'fr', '', 'Sainte-Claire, c’est aussi le nom du quartier où on a ouvert notre nouvel espace de coworking.'],
]);
