import { rows } from './corpus-types';

/**
 * Own posts for the name classes fixed after the held-out set fresh4 (2026-12-02), written afresh in other words
 * than that set: a listed name in lower case after an indefinite article, given to a pet, a child or goods, the
 * place of one's own birth, a name in its public software sense, a fictional company beside its film or show;
 * each against the company's own use of the same names, which must stay flagged.
 */
export const CLASSES_F4NAMES_POSTS = rows('classes-f4names', [
  // clean: lower case after an indefinite article (+ one adjective)
  ['linkedin', 'fr', '', 'Au vide-grenier ce matin, ma fille a déniché un petit atlas bleu de géographie des années 70. Les frontières ont bien changé !'],
  ['x', 'fr', '', 'Notre voisin a monté une société générique de compléments alimentaires, il cherche déjà des stagiaires.'],
  ['linkedin', 'en', '', 'Watched a documentary on how an orion of ancient myth became a star pattern. Odd title, good film.'],
  // clean: pets, children, goods
  ['x', 'fr', '', 'Les enfants ont baptisé le hamster Nebula. Il passe ses nuits dans sa roue, un vrai stakhanoviste 🐹'],
  ['linkedin', 'en', '', 'Meet Orion, our new rescue puppy. He already owns the sofa and half of my home office.'],
  ['x', 'en', '', 'My niece named her goldfish Nébula and honestly it suits him.'],
  ['linkedin', 'fr', '', 'Afterwork sur le port : une bière Orion bien fraîche, le soleil couchant et les collègues de la compta.'],
  ['x', 'en', '', 'Picked up a Kestrel 2700 wind meter for sailing season. Tiny, tough, and it floats.'],
  ['linkedin', 'en', '', 'Welcome to the world, little Orion! 3.1 kg of joy, born Sunday. Congratulations to Sam from our design crew, enjoy your paternity leave 💙'],
  // clean: one's own life at a listed hospital
  ['x', 'fr', '', 'Notre deuxième, Jules, est né cette nuit à l’Hôpital Sainte-Claire. Maman et bébé vont bien, papa un peu moins 😴'],
  ['linkedin', 'en', '', 'Our daughter was born on Friday at Hôpital Sainte-Claire. The midwives were wonderful. Back at my desk in three weeks!'],
  // clean: the public software sense, fiction beside its title
  ['linkedin', 'en', '', 'Benchmarked three options for our ASP.NET Core services: IIS in-process, Kestrel alone, and Kestrel behind nginx. Results in the thread.'],
  ['x', 'fr', '', 'Petit retour d’expérience .NET : passer d’IIS à Kestrel derrière un reverse proxy a divisé notre latence par deux.'],
  ['x', 'en', '', 'Cleaning out my desk drawer and found a red stapler. Immediately thought of Initech and Office Space, 90s cinema at its finest.'],
  ['linkedin', 'fr', '', 'Chaque open space a son Milton. Globex dans Les Simpson, Initech dans Office Space : la fiction a tout compris au bureau.'],
  // flagged: the company's own project or client, with the same words near
  ['linkedin', 'fr', 'codename', 'Un Orion plus léger et deux fois plus rapide arrive chez nos premiers utilisateurs lundi. Merci l’équipe !'],
  ['x', 'en', 'codename', 'Orion launch beer party tonight at 6, the whole squad is invited 🍻'],
  ['linkedin', 'fr', 'codename', 'Notre bébé Nébula passe en production la semaine prochaine, deux ans de travail pour toute l’équipe.'],
  ['x', 'en', 'codename', 'Kestrel 2 hits the beta group on Monday, the new dashboards are the highlight.'],
  ['linkedin', 'en', 'codename', 'Project Kestrel now runs on .NET 8 behind IIS, and the pilot customers noticed the speed.'],
  ['x', 'fr', 'client_name', 'on a societe generique en visio demain 9h, qui prend les notes ?'],
  ['linkedin', 'fr', 'client_name', 'Un client comme Globex, ça se garde : trois ans de partenariat renouvelés ce matin.'],
  ['linkedin', 'en', 'client_name', 'Second week on site at Hôpital Sainte-Claire: the maternity ward now runs on our scheduling tool, deployment done.'],
  ['x', 'en', 'client_name', 'The office space at Initech is tight but their ops team is brilliant. Workshop day two done.'],
  ['linkedin', 'fr', 'codename', 'Orion est né d’un hackathon il y a deux ans ; aujourd’hui il équipe douze agences en pilote.'],
  ['x', 'en', 'client_name', 'Initech signed for two more years 🎉 yes, like in Office Space, and yes, we get that joke weekly.'],
]);
