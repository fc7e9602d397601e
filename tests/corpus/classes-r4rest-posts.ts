import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh6 held-out set (2026-12-02, r4rest), written afresh in other words
 * than that set: a fully dashed SSN and a Steuer-ID in its letter grouping ("12 345 678 901") named a sentence back;
 * company hosts in scp/git syntax (user@host:path); dotted quads software is upgraded to; a "report" mailbox on a
 * reporting service's host; listed names in one's own life (born, operated at), as a consumer subscription, or as a
 * costume's fictional company. Each with look-alikes: the SSN word in another paragraph, a Steuer-ID shape failing its
 * check, a public git host, the company's own report mailbox, "our" subscription tier, the client in a work sentence.
 * The positive Steuer-ID carries a valid ISO 7064 check digit; the SSN has a valid area, group and serial.
 */
export const CLASSES_R4REST_POSTS = rows('classes-r4rest', [
  // national_id: the word earlier in the paragraph
  ['linkedin', 'en', 'national_id', 'Benefits enrollment asked for my SSN, then the 401(k) provider did, then the gym discount program. Fine. It is 412-67-3190, and I am done typing it into forms for this year.'],
  ['x', 'fr', 'national_id', 'Arrivée à Munich : les RH voulaient ma Steuer-ID avant la première paie. Retrouvée au fond d’un classeur, la lettre du BZSt sous les yeux : 57 381 490 255. Ouf.'],
  ['linkedin', 'en', 'fold', 'Security reminder: never paste your SSN into a chat window, not even to HR.\n\nUnrelated: the spare parts order 457-22-9810 shipped today, thanks to the warehouse team!'],
  ['linkedin', 'fr', '', 'Astuce pour les expatriés en Allemagne : la Steuer-ID figure sur la lettre du BZSt, onze chiffres au format 12 345 678 901. Ne la partagez jamais sur une messagerie.'],
  // internal_url: company hosts in scp syntax; public hosts and upgraded-to versions are clean
  ['linkedin', 'fr', 'internal_url', 'Bienvenue aux alternants de l’équipe plateforme ! Premier jour : git clone git@git.acme-corp.net:plateforme/api.git, et si ça bloque, demandez à Paul.'],
  ['x', 'en', 'internal_url', 'release night: scp the bundle to deploy@build01.corp.acme.com:/srv/releases/ before the freeze, then ping me'],
  ['linkedin', 'en', '', 'Weekend reading: cloned the kernel with git clone git@github.com:torvalds/linux.git just to read the scheduler. Humbling.'],
  ['x', 'fr', '', 'mis à jour le firmware de la box en 10.4.1.2 hier soir, la fibre va enfin mieux'],
  // email: a report mailbox on a reporting service's host is clean; the company's own is not
  ['linkedin', 'fr', '', 'Faux mail de livraison reçu à la maison ce matin ? Je l’ai transféré à report@spam.signalement.gouv.fr avant de le supprimer. Faites pareil.'],
  ['linkedin', 'en', 'email', 'Suspicious invoice in your inbox? Forward it to report@acme-corp.net and our SOC will look at it within the hour.'],
  // client_name and codename: one's own life, a consumer subscription, a costume are clean; the company's sense is not
  ['linkedin', 'fr', '', 'Opérée du genou à l’Hôpital Sainte-Claire en mars, je remarche sans béquilles depuis hier. Merci aux kinés, vous êtes formidables. 🦵'],
  ['linkedin', 'fr', '', 'Soirée costumée du service : je suis venue déguisée en Lumbergh de chez Initech, mug compris. Seuls les plus de 40 ans ont ri.'],
  ['x', 'en', '', 'renewed my Nebula subscription for another year. the engineering docs alone are worth it'],
  ['linkedin', 'en', 'codename', 'Heads up: our Nebula subscription tier opens to pilot customers in March. Keep it quiet until the announcement.'],
  ['linkedin', 'en', 'client_name', 'Great kickoff with Initech today: their IT team signed off on the migration plan and we start in two weeks.'],
  ['linkedin', 'fr', 'client_name', 'Le déploiement de notre dossier patient à l’Hôpital Sainte-Claire démarre lundi, l’équipe est prête.'],
]);
