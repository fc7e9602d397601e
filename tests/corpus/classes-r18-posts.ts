import { rows } from './corpus-types';

/**
 * Round 18 (2026-12-03): the classes fresh22 showed, in other words than any held-out post. A publication said not to
 * hold the figure ("not in a press release yet") is a sign, not a source; pay pools, credit risk and landed costs are
 * metrics; "ne sortez pas ce chiffre" lets a figure out as "share" does; internal data named as the source is a sign; an
 * offer the company made is a deal's value. Look-alikes: accounts filed with the commercial court's registry, open to
 * all; a spending cap, which is a limit and not a figure of the business. And: a QA team is people who test, not a test
 * value beside an id; a classification label with no C2-C4 level ("Sensibilité : Interne"). From fresh23: a test lab is a
 * place, not a test value; "fnr", Norwegian payroll's word for a fødselsnummer.
 */
export const CLASSES_R18_POSTS = rows('classes-r18', [
  ['linkedin', 'en', 'financial', `Order backlog now stands at €46m across nine fleets, not in a press release yet, I'm just proud of the crew.`],
  ['linkedin', 'fr', 'financial', `Notre carnet de commandes atteint 31 M€, pas encore dans le communiqué, mais je suis fier de l'équipe.`],
  ['linkedin', 'en', 'financial', `The board approved the bonus pot this morning: 7 % of payroll for everyone on the floor team.`],
  ['linkedin', 'en', 'financial', `Credit desk numbers, not public yet: our default rate sits at 0.7 % against the 1.5 % we priced in.`],
  ['linkedin', 'fr', 'financial', `Coût de revient du kit solaire : 412 € ce mois-ci. Ne sortez pas ce chiffre de l'équipe achats.`],
  ['linkedin', 'fr', 'financial', `On a fait une offre à 1,2 M€ pour reprendre l'atelier voisin. Réponse du cédant attendue jeudi 🤞`],
  ['linkedin', 'fr', 'financial', `D'après nos données internes, 63 000 abonnés ont renouvelé cette année. Merci à l'équipe relation client !`],
  ['linkedin', 'fr', '', `Les comptes de l'exercice sont au greffe, consultables par tous : 3,2 M€ de chiffre d'affaires et 21 salariés.`],
  ['linkedin', 'fr', '', `Pour le hackathon, le compte cloud de test est plafonné à 50 €, pas de panique, mais ne le sortez pas de l'équipe.`],
  ['linkedin', 'fr', 'national_id', `Lina arrive mardi dans l'équipe QA 🎉 Pour la paie, son numéro AVS : 756.9217.0844.30.`],
  ['linkedin', 'fr', 'confidential_marker', `Sensibilité : Interne
Notes de la revue tarifaire du 2 décembre, pour les chefs de secteur.`],
  ['linkedin', 'en', 'national_id', `Marco joins our Turin testing lab next week 🎉 Note for HR: codice fiscale RSSMRA85T10A562S, contract from 2 January.`],
  ['linkedin', 'en', 'national_id', `Payroll reminder for Ingrid's return from leave: fnr 23058710024, night shift at the Bergen depot from Monday.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Internal
Takeaways from Tuesday's architecture review, for the platform leads only.`],
]);
