import { rows } from './corpus-types';

/**
 * Round 19 (2026-12-04): the classes fresh24 and fresh25 showed, in other words than any held-out post. An informal
 * request in a sentence ("please don't share them with the vendor yet") asks a reader and labels nothing, unless written
 * in capitals; it still says a figure is not public. Currencies beyond the usual (shilling, naira, zloty, real) and "mln";
 * a price that "climbs up to" a new value is no cap; a publication or a decision said to come on a date ("the investor
 * update is on 14 November", "décision attendue en février"); a figure kept to a group ("this stays in the buyers'
 * channel"), heard by nobody, or still a draft budget; what is sold is a sales figure. Look-alikes: figures put online
 * for everyone, an exercise and illustrative numbers, a building or a hall named with a letter ("Building 3B"), a cap in
 * a deal's terms. And: the UK government's OFFICIAL-SENSITIVE marking; a secrecy stamp as a game's decor.
 */
export const CLASSES_R19_POSTS = rows('classes-r19', [
  ['linkedin', 'en', '', `The workshop slides are in the team folder, please don't share them with the vendor yet, we're still polishing the demo.`],
  ['x', 'en', '', `Photos from Saturday's hackathon are up in the album. Just between us, the pizza was better than the code 🍕`],
  ['linkedin', 'en', 'confidential_marker', `JUST BETWEEN US – the Nantes office moves to Rezé in May, details at Friday's stand-up.`],
  ['linkedin', 'en', 'financial', `Our offer to the water utility went in on Friday: NGN 780m over three years. Decision expected in February, fingers crossed.`],
  ['linkedin', 'en', 'financial', `Tender for the Poznań warehouse lease submitted at 4.2 mln zł a year. Award is due on 15 January.`],
  ['linkedin', 'en', 'financial', `Heads-up for the front desk: the day pass climbs up to €19 on 1 April. Members are told in the March newsletter, so quote the old price until then.`],
  ['linkedin', 'en', 'financial', `Q3 order intake came in at €41M, our best quarter. The investor update is on 14 November, so hold the champagne until then.`],
  ['linkedin', 'fr', 'financial', `Billets vendus ce week-end : 9 800, +7 % sur un an. Les chiffres officiels sortent lundi, on en reparle.`],
  ['linkedin', 'en', 'financial', `Sell-through on the winter range hit 71% in week 48 and €2.3m in takings. This stays in the buyers' channel 🙏`],
  ['linkedin', 'fr', 'financial', `Ce soir je relis le projet de budget du futur entrepôt d'Angers : 3,1 M€ tout compris. Hâte de le défendre !`],
  ['linkedin', 'en', 'financial', `Signed the Hamburg distributor last night: €6M over five years. Official news at the January kick-off, you heard nothing 🤐`],
  ['linkedin', 'en', 'financial', `Good week for the co-op: we'll pay growers KES 58/kg for grade A tea next season, up from 51. They hear it at the AGM on the 20th.`],
  ['linkedin', 'fr', '', `Notre rapport d'activité 2025 est en ligne sur notre site : 48 M€ de chiffre d'affaires et 6,1 M€ d'excédent, tout est public.`],
  ['linkedin', 'en', '', `Exercise: a bakery sells 1,200 loaves a day at €2.10 with a 40% gross margin. What is its daily gross profit?`],
  ['linkedin', 'en', '', `Illustrative numbers for the pricing workshop: if churn drops from 4% to 3%, a €10M ARR book keeps €100k more a year.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – move plan: finance relocates to Building 3B on Monday, IT to Hall 2M on Wednesday.`],
  ['linkedin', 'en', 'confidential_marker', `Privileged & Confidential. Quick note for the deal team: the indemnity caps still at 20% after last night's mark-up.`],
  ['linkedin', 'en', '', `Pricing tip for founders: test the new plan on a small cohort before you change the page. If 10% more pay and 2% leave, you net about 8% (hypothetical numbers).`],
  ['linkedin', 'en', 'confidential_marker', `OFFICIAL-SENSITIVE: minutes of the depot consultation, for the project board only. Version 2, comments by Friday.`],
  ['linkedin', 'fr', '', `Notre nouvelle salle d'escape game sur le thème de l'espionnage ouvre samedi : tampons « TRÈS SECRET » partout et vrais téléscripteurs d'époque !`],
]);
