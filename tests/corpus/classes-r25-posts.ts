import { rows } from './corpus-types';

/**
 * Round 25 (2026-12-04): the classes fresh38 showed, in other words than any held-out post. A NIR born in Corsica (2A/2B)
 * keyed without the INSEE subtraction; an identity card's number printed in groups; the EU's classification markings;
 * a label named as a word to put on in general ("quand apposer la mention …"). Financial: a table of unit costs and client
 * prices under "à ne pas transférer", an offer sent only later, a desk's P&L before the CFO presents it, a tender's result
 * still to come ("le résultat … sort demain").
 */
export const CLASSES_R25_POSTS = rows('classes-r25', [
  ['linkedin', 'fr', 'national_id', `Pour la mutuelle il me faut encore ton NIR complet : 2 91 03 2B 033 045 79, c'est bien ça ? Je l'envoie ce soir.`],
  ['linkedin', 'fr', 'national_id', `Ouverture du compte client : la gérante m'a donné sa CIN, 204 118 507 339, je la recopie ici en attendant le formulaire.`],
  ['linkedin', 'en', 'confidential_marker', `EU RESTRICTED\nSpeaking points for the trade working party, third draft. Comments to the desk by Thursday noon.`],
  ['linkedin', 'fr', '', `Formation « écrits professionnels » : quand faut-il ajouter la mention CONFIDENTIEL sur un compte rendu ? On en parle jeudi, inscriptions ouvertes.`],
  ['linkedin', 'fr', 'financial fold', `Revue des coûts usine, à ne pas transférer hors du comité :\n| Atelier | Coût unitaire | Prix client 2027 |\n| Presse 2 | 1,84 € | 2,65 € |\n| Presse 5 | 2,10 € | 2,95 € |`],
  ['linkedin', 'fr', 'financial', `Notre prix pour les torréfacteurs italiens, saison 2027 : 6,40 EUR/kg départ Douala. On ne l'envoie que lundi, après le comité.`],
  ['linkedin', 'en', 'financial', `Desk note: Q3 trading P&L at +$18M so far. Not in the accounts yet, the CFO presents to the risk committee on the 9th.`],
  ['linkedin', 'fr', 'financial', `On a déposé notre offre à 312 USD/t pour le lot d'engrais. Le résultat de la consultation sort jeudi, je vous tiens au courant.`],
]);
