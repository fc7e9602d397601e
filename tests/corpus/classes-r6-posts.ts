import { rows } from './corpus-types';

/**
 * Round 6 (2026-12-03): new examples of the classes the blind set fresh8 showed the rules missing, in other words
 * than fresh8's (which stays held out). Figures in a board's papers, KPIs not yet shared, a list of results pointed at
 * by the next paragraph, inner-audience and "you didn't hear it" signs; a stream key with a word before its random
 * part; Spanish landlines; "arobase"; a quoted saying; goods and vendors named like a codename; a capsule collection.
 */
export const CLASSES_R6_POSTS = rows('classes-r6', [
  // ---- figures not public yet ----
  ['linkedin', 'en', 'financial fold', `Finishing the deck for the audit committee tonight (it's on their table Monday):\n\n| Region | Revenue | Operating margin |\n| Nordics | 18.4 | 12% |\n| Benelux | 22.1 | 9% |\n\nIf anyone has the Q3 restatement note, send it my way.`],
  ['linkedin', 'fr', 'financial', `Indicateurs d'octobre, pas encore partagés avec la direction régionale : taux de décroché à 93 %, durée moyenne de traitement à 5 min 40. On les présente vendredi.`],
  ['x', 'en', 'financial', `Our shirt deal with the new sponsor? Eight figures over three years. You didn't hear it from me, announcement after the derby.`],
  ['linkedin', 'en', 'financial', `Full-price sell-through on the spring capsule reached 74% in four weeks. These numbers remain internal until the half-year results, so keep them in the team, but well done buyers!`],
  ['linkedin', 'fr', 'financial', `Le chiffre officiel n'est pas encore sorti, mais on tourne autour de 88 % de taux de remplissage sur les week-ends de décembre. La direction communiquera en janvier.`],
  ['linkedin', 'en', 'financial fold', `Before the official announcement, a word for the people who made the year.\n\nBookings: up 14% on last season.\nAverage basket: €212.\nEBITDA margin: a little over 21%.\n\nNone of it is public yet, so no screenshots please. Thank you all.`],
  ['linkedin', 'fr', 'financial', `Marge du réseau de franchise à 9,4 % sur l'année, chiffre interne : on ne le communique qu'aux franchisés en assemblée.`],
  ['linkedin', 'fr', 'financial', `Le taux de rendement de nos stations est remonté à 79,6 %, pas encore publié dans le rapport d'activité. Merci aux équipes terrain !`],
  ['linkedin', 'fr', '', `Comme indiqué dans notre rapport annuel publié en juin, le rendement de notre réseau atteint 81 %. Fiers de ce travail collectif.`],
  // ---- secrets, phones, e-mails ----
  ['linkedin', 'en', 'secret', `Lesson from Saturday's tournament: our caster pasted the RTMP stream key into the public chat (prod_55017734_hX4mQw9ZtR2vLk7NcB3yPs8D) and we were hijacked within minutes. Key rotated, chat filters added.`],
  ['linkedin', 'fr', 'phone', `Pour nos clients madrilènes, l'agence de Madrid répond désormais au 91 523 44 10, du lundi au vendredi.`],
  ['linkedin', 'fr', 'email', `Questions sur l'inscription ? Écrivez à inscriptions arobase festival-des-lumieres.fr, l'équipe répond sous 48 h.`],
  // ---- markers, names ----
  ['linkedin', 'fr', '', `Le proverbe affiché dans la salle de pause : « Un secret confidentiel partagé à deux n'est plus un secret. » On en rit, mais c'est vrai.`],
  ['linkedin', 'fr', '', `Sortie vélo du comité d'entreprise samedi : on teste deux vélos électriques Kestrel 700 prêtés par le magasin du coin.`],
  ['linkedin', 'en', '', `Our service desk moved to ServiceNow Orion routing last spring and the queue times halved. Happy to share how we set it up.`],
  ['linkedin', 'en', '', `Benchmarking web servers this week: Kestrel, the open-source server from Microsoft, held up remarkably well behind our reverse proxy.`],
  ['linkedin', 'fr', 'client_name', `Lancement de la collection capsule Globex x Atelier Rivière la semaine prochaine, les visuels sont prêts !`],
  // ---- a home project's addresses ----
  ['linkedin', 'fr', '', `Projet du samedi : mon Raspberry Pi arrose les tomates du jardin quand le capteur d'humidité le demande. Interface web sur 192.168.0.23, et ça marche !`],
]);
