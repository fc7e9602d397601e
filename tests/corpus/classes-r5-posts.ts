import { rows } from './corpus-types';

/**
 * Round 5 (2026-12-03): new examples of the classes the blind set fresh7 showed the rules missing, in other words
 * than fresh7's (which stays held out). Ids named in full; a specimen called so; an NDA spelt out before its acronym;
 * a saying about labels; the jwt.io sample token; a scrambled password given bare; a credential asked for, then given;
 * industry KPIs before the results; a scale in words without a currency; a name in lower case describing things.
 */
export const CLASSES_R5_POSTS = rows('classes-r5', [
  // ---- ids named in full, and specimens ----
  ['linkedin', 'en', 'national_id', `Welcome to the Calgary team, Priya! Payroll still needs one thing from you: your Social Insurance Number. Mine was 390 139 624 when I filled the same form, so expect nine digits in three groups.`],
  ['linkedin', 'fr', 'national_id', `Pour la paie de décembre il me manque encore le Numéro d'Assurance Sociale de Kevin (441 215 472) et son spécimen de chèque. Merci de relancer !`],
  ['linkedin', 'en', '', `Sin of the week: shipping on a Friday. Second sin: doing it twice. NAS backups saved us, as always.`],
  ['linkedin', 'fr', '', `Atelier paie pour les gestionnaires RH : on s'entraîne sur le spécimen de carte Vitale fourni par l'Assurance maladie, NIR 2 91 04 69 383 117 77, jamais sur une vraie carte de salarié.`],
  ['linkedin', 'fr', 'national_id', `Dossier de mutuelle de Lucas à finaliser : NIR 1 87 06 75 112 042 56, et le spécimen de chèque de sa banque est en pièce jointe.`],
  // ---- NDAs spelt out, sayings about labels ----
  ['linkedin', 'en', '', `New to freelancing? A short guide on how to read a non-disclosure agreement (NDA) before you sign: scope, duration, carve-outs, jurisdiction. Thread below.`],
  ['linkedin', 'fr', 'confidential_marker', `Ce qui suit reste sous accord de confidentialité (NDA) avec le client, merci de ne pas le sortir de l'équipe : la recette démarre le 12 janvier.`],
  ['x', 'fr', '', `Si tout est tamponné « confidentiel », plus rien ne l'est. Classez moins, protégez mieux.`],
  ['x', 'en', '', `When everything gets the "Internal only" banner, nothing is internal anymore. Label what matters.`],
  // ---- tokens and passwords ----
  ['linkedin', 'en', 'fold', `Learning JWTs? Paste the sample from jwt.io, eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, and look at the three parts.`],
  ['linkedin', 'en', 'secret fold', `Reviewing a pull request this morning and found this in a test fixture, copied from staging: eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLWJpbGxpbmciLCAidGVuYW50IjogImFjbWUtcHJvZCIsICJleHAiOiAxNzk4NzYxNjAwfQ.Qm9xT1d5c1pKc0l0bXlfa2V5X3NpZ25hdHVyZV8yMDI2 Please don't.`],
  ['linkedin', 'fr', 'secret', `Salle de formation du 3e étage réservée pour jeudi. Réseau Formation-3F, mdp TqhRvXkaWmPz, à changer après la session.`],
  ['linkedin', 'fr', '', `Rappel sécurité : activez la double authentification et changez votre mot de passe LinkedIn si vous l'utilisez ailleurs.`],
  ['linkedin', 'en', 'secret fold', `Overheard at the help desk:\n"What's the password for the shared Figma account?"\n"Same as always, qP7vZr2XmKw9LtYb."\nThis is why we rolled out a password manager last month.`],
  // ---- industry KPIs and worded scales before the results ----
  ['linkedin', 'en', 'financial', `Our load factor hit 91% across the winter schedule. The board saw it yesterday; it won't be in a press release before the full-year results, so enjoy it quietly, crew.`],
  ['linkedin', 'fr', 'financial', `Ventes à magasins comparables en hausse de 6,8 % sur novembre, d'après le flash présenté ce matin en comité de direction. Pas encore communiqué à l'extérieur, mais bravo aux équipes en magasin !`],
  ['linkedin', 'en', '', `Our full-year results are out: occupancy rate 78%, RevPAR up 9% and a record summer across the group. Full release on our investor page.`],
  ['linkedin', 'en', 'financial', `Not allowed to share numbers until the trading update next Thursday, but between us the pipeline is sitting at roughly sixty-five million. Best quarter I've seen here.`],
  ['linkedin', 'fr', '', `Publié ce matin dans notre communiqué annuel : plus de deux millions de clients servis cette année. Merci à toutes les équipes !`],
  // ---- a name in lower case describing things ----
  ['x', 'en', '', `Stargazing from the cabin last night: the orion stars were so bright you could almost read by them.`],
  ['linkedin', 'en', 'codename', `We shipped the nebula connectors to the first pilot customers this week. Huge effort from the integrations squad.`],
]);
