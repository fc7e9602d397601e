import { rows } from './corpus-types';

/**
 * Own posts for the name classes fixed after the held-out set fresh5 (2026-12-02), written afresh in other words
 * than that set: a multi-word name read across a comma, colon, full stop or line break; a name in lower case after a
 * possessive or demonstrative; a name as a place one stays at or walks along; a name inside a longer quoted title,
 * after a drink style, as a service one subscribes to, in an exercise for learners; each against the company's own
 * use of the same names, which must stay flagged.
 */
export const CLASSES_R3NAMES_POSTS = rows('classes-r3names', [
  // clean: the words of a name across punctuation
  ['linkedin', 'fr', '', 'Retour de randonnée au Maroc. Au-dessus de nous, l’Atlas ; bleu, le ciel, toute la semaine. Je recommande à tous ceux qui ont besoin de couper.'],
  ['x', 'en', '', 'Sunday project: kestrel watching from the hide at the reservoir, three sightings before lunch 🐦'],
  ['linkedin', 'en', '', 'Our garden project — kestrel box, bat box and a pond — is finally done. The kids chose every spot.'],
  // clean: lower case after a possessive or demonstrative
  ['x', 'fr', '', 'En vidant la maison de mes parents j’ai retrouvé mon atlas bleu de 6e, plein de pays qui n’existent plus.'],
  ['linkedin', 'en', '', 'Still have my battered atlas bleu from geography class. Some maps age better than others.'],
  ['x', 'fr', '', 'Ma voisine a monté sa société générique de conseil en jardinage, on a fêté ça hier soir avec tout le quartier.'],
  // clean: a place one stays at or walks along
  ['linkedin', 'fr', '', 'Off-site de l’équipe commerciale à Annecy : hébergés à la résidence Nébula, face au lac. Deux jours de travail sur nos méthodes, et une baignade glacée.'],
  ['x', 'en', '', 'Booked the Orion Room at the library for our book club, twelve people confirmed.'],
  ['linkedin', 'fr', '', 'Mon nouveau trajet passe par la rue Orion, une petite boulangerie y a ouvert, la meilleure baguette du quartier.'],
  ['x', 'fr', '', 'Visite guidée de l’ancien Hôpital Sainte-Claire de Bruges, transformé en musée : la pharmacie du XVIIe vaut le détour.'],
  // clean: titles, drinks, services, exercises
  ['linkedin', 'fr', '', 'Coup de cœur lecture : « Une Saison à l’Hôpital Sainte-Claire », premier roman d’une ancienne aide-soignante. Drôle et tendre.'],
  ['x', 'fr', '', 'La microbrasserie d’à côté sort une porter « Orion », très torréfiée. Parfaite avec un carré de chocolat.'],
  ['x', 'en', '', 'Cancelled two streaming apps and subscribed to Nebula instead. Creators get paid, I get zero ads.'],
  ['linkedin', 'fr', '', 'Pour mes étudiants de licence, un exercice de consolidation : Globex détient 80 % de la filiale X. Les corrigés arrivent vendredi.'],
  ['linkedin', 'en', '', 'Exam prep for my students: Initech acquires 30% of a competitor, equity method or not? Answers on Monday.'],
  // flagged: the company's own project or client, with the same words near
  ['linkedin', 'fr', 'codename', 'Atlas Bleu : la démo de lundi est confirmée, merci à tous pour le sprint.'],
  ['x', 'en', 'codename', 'Project Kestrel kick-off went great, roadmap shared with the whole team.'],
  ['linkedin', 'fr', 'codename', 'Notre atlas bleu passe en production la semaine prochaine, deux ans de travail pour l’équipe data.'],
  ['x', 'en', 'codename', 'our orion rollout hit every region this morning, thanks to the squad'],
  ['linkedin', 'fr', 'client_name', 'Atelier de cadrage avec l’Hôpital Sainte-Claire, notre client depuis trois ans : le contrat de maintenance est renouvelé.'],
  ['x', 'fr', 'client_name', 'Réunion chez Globex jeudi pour signer le nouveau contrat, croisez les doigts.'],
  ['linkedin', 'en', 'codename', 'Relaunch meeting in the Orion Room: the Orion beta goes to pilot customers on Friday.'],
  ['x', 'fr', 'codename', 'Tout le monde à la salle Nébula à 14h pour la démo Nébula avant la release.'],
  ['linkedin', 'en', 'client_name', 'Our customers at Société Générique signed up for the new module in record time, deployment done this week.'],
  ['x', 'fr', 'codename', 'Lancement de « Nébula » chez nos premiers clients lundi, fiers de l’équipe.'],
]);
