import { rows } from './corpus-types';

/**
 * Round 16 (2026-12-03): the unsourced model. Money metrics and deal values told with no sign of their publication,
 * which three blind sets (fresh15-fresh17) and then fresh18 showed phrased in ways no list of signs foresaw; and the
 * look-alikes that must stay clean: results already out, a raise being announced, a source named, another organisation's
 * figure, a public body's budget, a discount, a small price, a personal budget, a teaching example. Also two classes fresh18
 * showed: a Steuer-ID named only "tax ID", and a document said to carry a quoted label beside words of training. And from fresh19: orders, a lost renewal, and accounts filed
 * with a public registry (clean); a login / password pair after a word for a password; a sign that reaches a
 * short paragraph's figures, a staff count, dealers who will learn the figure later;
 * 'par rapport à' (no report), French 'revenus', a press release still to come in the figure's paragraph. In other
 * words than any held-out post.
 */
export const CLASSES_R16_POSTS = rows('classes-r16', [
  ['linkedin', 'en', 'financial', `Huge effort from the Gdynia crew: the hull-coating contract we just won is worth €6.8m over three years. Celebrations on Friday!`],
  ['linkedin', 'fr', 'financial', `Notre EBITDA du troisième trimestre ressort à 4,1 M€. Bravo à toute l'équipe de Roubaix pour cette rigueur.`],
  ['linkedin', 'en', 'financial', `Gross margin on the new espresso range is sitting at 47%. Not bad for a first season, baristas!`],
  ['x', 'fr', 'financial', `Rachat bouclé : l'atelier de Thiers rejoint le groupe pour 2,3 millions d'euros. Bienvenue aux 14 couteliers !`],
  ['linkedin', 'en', 'financial', `Quarterly net retention landed at 118%, helped by the two Nordic upsells. Proud of the account managers.`],
  ['linkedin', 'fr', 'financial', `Le devis pour la rénovation du quai 4 est parti ce matin : 740 000 € HT. Merci au bureau d'études pour les nuits courtes.`],
  ['linkedin', 'en', 'financial', `We report in March, but I can tell the team now: turnover passed £52m for the year. What a ride.`],
  ['linkedin', 'en', 'financial', `Capex for the Tilburg cold store came to €19m, a little under plan. The build team deserves a long weekend.`],
  ['linkedin', 'fr', '', `Nos résultats semestriels sont publiés : chiffre d'affaires de 61 M€, en hausse de 3 %. Le document est sur notre site investisseurs.`],
  ['linkedin', 'en', '', `Delighted to announce our €9m Series A, led by two climate funds. It lets us double the Ghent lab next year.`],
  ['linkedin', 'fr', '', `D'après l'étude annuelle de la fédération, le chiffre d'affaires du secteur a atteint 2,4 milliards d'euros en 2025.`],
  ['linkedin', 'en', '', `Competitor revenue grew 40% last year and we still love a good challenge. Onwards.`],
  ['linkedin', 'fr', '', `Le budget participatif de la région finance 1,2 M€ de projets citoyens : votez avant le 30 !`],
  ['x', 'en', '', `Cyber Monday deal: -25% on every annual plan until midnight.`],
  ['linkedin', 'en', '', `My allotment budget this year: €600 and far too many seeds. Any advice on winter leeks?`],
  ['linkedin', 'fr', '', `Exercice pour mes alternants : une marge brute de 35 % sur un chiffre d'affaires de 200 000 €, que vaut le coût d'achat ?`],
  ['linkedin', 'en', 'national_id', `Note for the Munich payroll desk: Lena's tax ID is 47382916544, it got lost in the migration. Thanks for fixing it before the run.`],
  ['linkedin', 'en', '', `Reminder from today's training: a German tax ID has eleven digits, and you never type a colleague's into a chat.`],
  ['linkedin', 'en', 'confidential_marker', `Great training day with the new sales hires. The pricing deck we walked through was stamped "Company Confidential", so no photos of it, but here's the team!`],
  ['linkedin', 'fr', 'financial', `Carnet bien rempli à l'atelier de Figeac : 4,6 M€ de commandes enregistrées depuis janvier. Chapeau aux compagnons !`],
  ['linkedin', 'en', 'financial client_name', `Tough one today: the Globex maintenance renewal is gone, about £410k a year. Proud of how the account team fought for it.`],
  ['linkedin', 'en', '', `Our annual accounts are filed on Companies House as every year: turnover £14.2m, a modest profit, and a lot of pride in the team.`],
  ['linkedin', 'fr', 'secret', `Le mot de passe du back-office de la boutique a changé, je l'ai mis dans le coffre, mais pour dépanner ce soir : gerant / Mirabelle_74!nuit`],
  ['linkedin', 'fr', 'financial', `Le forfait annuel de notre salle d'escalade passera à 420 € en septembre. La hausse des loyers nous y oblige. Rien n'est encore affiché à l'accueil, alors gardez-le pour vous.`],
  ['x', 'en', 'financial', `Can't shout it yet, but we just crossed 150 staff and the plan says 190 by autumn 🙌`],
  ['linkedin', 'fr', 'financial', `Saison record : 31 bateaux livrés pour environ neuf millions d'euros. Nos concessionnaires découvriront ces chiffres au Nautic.`],
  ['linkedin', 'en', '', `We're 150 staff now, as the careers page says, and every one of them answers the phone with a smile.`],
  ['linkedin', 'fr', 'financial', `Belle année pour l'agence : 2,3 M€ d'honoraires, +9 % par rapport à 2025. Merci à tous les consultants !`],
  ['linkedin', 'fr', 'financial', `Le cap des 300 k€ de revenus mensuels est passé 🚀 La presse en parlera au moment de la levée, d'ici là motus.`],
  ['linkedin', 'en', 'financial', `Full-year sales closed at £6.2m. The press release goes out in March, so keep it quiet for now.`],
]);
