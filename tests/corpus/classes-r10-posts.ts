import { rows } from './corpus-types';

/**
 * Round 10 (2026-12-03): new examples of the classes the blind set fresh12 showed the rules missing, in other words
 * than fresh12's (which stays held out). Figures to be shared properly later, that cannot be posted yet, kept off other
 * channels, meant for the board, or whose publication "will follow"; a bare year before "orders" in a labelled post; a
 * label quoted after "marked" or "says"; an NDA template; an address spelled out with a newer TLD; a password given in
 * the reply to a question; a home lab's .lan and .local hosts.
 */
export const CLASSES_R10_POSTS = rows('classes-r10', [
  ['linkedin', 'en', 'financial', `Renewals closed at 96% and the new tier brought €2.7m of bookings in its first month. We'll announce it properly at the spring kick-off, but I couldn't wait to thank the sales team.`],
  ['x', 'en', 'financial', `Occupancy at our Lisbon hotels hit 91% in October, average rate up 14%. Can't publish the slides before the owners see them next week, but what a month 🙌`],
  ['linkedin', 'en', 'financial', `Gross margin on the new product line is at 41% after three months, from 29% at launch. Those numbers are for the exec team on Thursday, so keep them off Slack channels for now. Proud of this one.`],
  ['linkedin', 'fr', 'financial', `Taux de marge à 18,5 % à fin octobre contre 16 % budgétés sur l'année. Le comité d'audit l'examine jeudi ; la communication aux actionnaires suivra après l'assemblée.`],
  ['linkedin', 'fr', 'financial', `Les ventes en ligne de novembre atteignent 640 000 €, +22 % sur un an. Je ne peux pas publier le tableau avant le comité de pilotage, mais bravo à l'équipe e-commerce !`],
  ['linkedin', 'en', 'financial', `Churn down to 2.1% a month and ARR at $6.4M. These figures are for the board on the 14th; the public update will follow in January.`],
  ['linkedin', 'en', 'confidential_marker', `Screenshot from the planning review (slide stamped "Interne – ne pas diffuser") because our team photo is on it: 14 people, 3 continents, one roadmap.`],
  ['linkedin', 'fr', 'confidential_marker', `La première page du dossier porte la mention « Confidentiel » mais la photo de l'équipe qui l'a écrit, elle, peut être partagée : bravo à tous !`],
  ['linkedin', 'fr', '', `Notre cabinet met à disposition un exemple d'accord de confidentialité (NDA) en français et en anglais pour les associations du réseau. Téléchargement libre sur notre site.`],
  ['linkedin', 'en', '', `Updated our sample NDA for freelance designers: plain English, two pages, free to reuse. Link in the comments.`],
  ['x', 'en', 'email', `Questions about the beta? Write to beta-feedback at lumenweave dot dev and we answer within a day.`],
  ['linkedin', 'fr', 'email', `Pour candidater, un mail à recrutement-rh arobase atelierverde point ai avec votre portfolio suffit.`],
  ['linkedin', 'fr', 'secret', `Échange d'hier sur le canal de l'équipe 🙃
— Quelqu'un a le mot de passe du compte admin de la borne ?
— Tiens : Qm7vTz42Lp, et pense à le changer !
Moralité : un gestionnaire de mots de passe, ça sert.`],
  ['linkedin', 'en', 'secret', `Overheard in the ops room:
"What's the password for the backup NAS?"
"It's Rx4!plume88, don't write it down."
We then wrote it on the whiteboard. Classic.`],
  ['linkedin', 'en', '', `Weekend side project: my home lab now runs Home Assistant on ha.lan and a media server on jellyfin.local, all behind one reverse proxy. Next step: backups.`],
  ['x', 'en', '', `Support question of the day: "Where do I change my password?" Answer: Settings, then Security2FA, then Reset. Took us three releases to make it that simple.`],
]);
