import { financialFigure } from '../../utils/checks/financial-figure';
import { spans } from './helpers';

describe('financial-figure', () => {
  test.each(["Q3 revenue will hit €12M.", "Marge de 18 % au prochain trimestre, pas encore annoncé.", "We are on track to close the year at $48M ARR", "Preliminary numbers: EBITDA margin at 22%", "Notre chiffre d’affaires devrait dépasser 150 millions d’euros cette année", "Chiffres internes du mois : 3,2 M€ de ventes", "Backlog expected to reach $1.2B by year end", "Q4 sales: $5.2M (unaudited)", "Objectif de croissance de 25 % pour 2026, pas encore public", "Le CA du T3 sera de 42 M€", "Our weighted pipeline just crossed $41M for H1.", "Finance committee signed off on a €2.8M budget.", "ARR at $23.5M, churn 1.8%. Keep this to yourselves until we report.", "Avant la communication financière de jeudi, le CA frôle les 210 M€", "Ventes d’octobre : 2,4 M€ !! Les chiffres officiels sortent le 15."])('flags %s', (text) => {
    expect(spans(financialFigure, text).length).toBeGreaterThan(0);
  });
  test.each(["As published in our annual report, revenue grew 12% to €1.2B.", "Selon notre communiqué de presse, le chiffre d’affaires atteint 340 M€.", "Over 10,000 customers", "The Starter plan stays at €9/month", "We will open 3 offices next year", "ça va augmenter de 20 % les inscriptions", "We planted 25,000 trees; next stop 50,000", "Revenue grew 9% last year, as announced in our press release", "Our half-year report is out: revenue of €412M, up 6%.", "The earnings call replay is online: Q3 revenue of $96M, as reported yesterday.", "Comment défendre un budget en comité ? Mes 5 conseils après 10 ans."])('passes %s', (text) => {
    expect(spans(financialFigure, text)).toEqual([]);
  });
});
