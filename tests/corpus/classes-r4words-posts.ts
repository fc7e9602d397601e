import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh6 held-out set (2026-12-02), written afresh in other words than that
 * set: figures whose not-public sign is indirect (those who would publish or hear them do not have them yet, the author
 * should not be saying it, a deal still to sign, figures before their audit, a sign in the next paragraph that names the
 * figure), insurers' ratios, a gap to the consensus in points, amounts told by their count of digits; their look-alikes
 * (macro forecasts of public bodies, ids in URLs). A letter's "Private & Confidential" heading beside a colour legend that
 * defines a level; masked and template passwords; a 15-digit number that passes Luhn but no network issues.
 */
export const CLASSES_R4WORDS_POSTS = rows('classes-r4words', [
  // financial: indirect signs
  ['linkedin', 'en', 'financial', 'Our Q2 loss ratio dropped to 61%, lowest since I joined. Investors don’t know yet, so let’s just say I’m smiling a lot this week.'],
  ['x', 'fr', 'financial', 'marge brute du trimestre à 38 %, le conseil ne l’a même pas encore vue. je garde le sourire en silence'],
  ['linkedin', 'en', 'financial', 'I probably shouldn’t be posting this, but our weekend sales in the Bordeaux stores reached €640k. Happy team!'],
  ['x', 'en', 'financial', 'provisional EBITDA of €4.4M for the half, before the audit obviously. my boss would kill me if he saw this tweet'],
  ['linkedin', 'fr', 'financial', 'Énorme semaine : un contrat à sept chiffres avec un acteur de la distribution. La signature est prévue lundi, on croise les doigts !'],
  ['linkedin', 'fr', 'financial fold', 'Nos ventes de novembre ont atteint 2,7 M€, un record pour l’agence.\n\nCe chiffre n’est pas encore remonté à la direction, vous êtes les premiers à le savoir.'],
  ['linkedin', 'en', 'financial', 'The half-year numbers will land 2 to 3 points above consensus. The analysts don’t have that yet, so mum for now.'],
  ['x', 'fr', 'financial', 'clôture de l’exercice : on sera deux à trois points au-dessus du consensus sur la marge. les investisseurs ne le savent pas encore, motus'],
  // financial look-alikes: public macro figures, an id in a URL, a public count
  ['linkedin', 'fr', '', 'La Commission européenne prévoit une croissance du PIB de 1,1 % l’an prochain en zone euro. Bonne base pour challenger vos hypothèses budgétaires.'],
  ['linkedin', 'en', '', 'Small win: our pipeline now pings the team on every deploy via https://hooks.example.org/notify/A12B7M9K2M/run. Took five minutes to set up.'],
  ['x', 'en', '', 'Six-figure salaries for juniors are a myth on most markets. Negotiate, but know the ranges published by your industry body.'],
  ['linkedin', 'en', '', 'Our five-a-side team finished two points above the marketing team this season. I can’t say much about the referee. ⚽'],
  // confidential_marker: a letter heading; a legend look-alike
  ['linkedin', 'en', 'confidential_marker fold', 'Sharing the note HR sent this morning, word for word:\n\n"Private and Confidential. The Bristol site will move to a four-day week from March."\n\nBig news for us.'],
  ['x', 'fr', '', 'chez nous les gommettes sur les classeurs : vert = public, orange = interne, rouge = confidentiel. le nouveau a cru que c’était pour le tri sélectif'],
  // secret look-alikes: masked or template values
  ['linkedin', 'en', '', 'Screenshot tip: our password manager shows "password: ●●●●●●●●" in every capture, so nothing leaks in the wiki. Make it the default.'],
  ['x', 'fr', '', 'la doc d’installation dit mot de passe : <votre-mot-de-passe> et un stagiaire l’a tapé tel quel. on a tous été ce stagiaire'],
  // card look-alike: a 15-digit number that passes Luhn but is no card of its network
  ['linkedin', 'fr', '', 'Jeu de test pour le formulaire : le numéro 2 71 06 75 115 032 87 doit être refusé par le contrôle de la clé. Aucun vrai numéro dans nos fixtures.'],
]);
