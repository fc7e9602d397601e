import { translate, type Locale } from '../i18n/translate';
import type { Goal } from './goals';

/** An opening per goal that leads into the person's own words; never an opinion written for them. */
const STARTER_BY_GOAL: Readonly<Record<Goal, string>> = {
  employability: 'take_starter_employability',
  information: 'take_starter_information',
  belonging: 'take_starter_belonging',
  business: 'take_starter_business',
};

/**
 * The opening "Start my take" inserts: the one of the person's first goal (goals as chosen in settings),
 * a neutral one when they chose none. Localised; ends where their own words begin.
 */
export function takeStarter(goals: readonly Goal[], locale: Locale): string {
  const goal = goals[0];
  return translate(locale, goal ? STARTER_BY_GOAL[goal] : 'take_starter_generic');
}
