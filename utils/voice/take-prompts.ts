import { translate, type Locale } from '../i18n/translate';
import type { Goal } from './goals';

/**
 * Questions that help the person add their own take, by goal. Questions only: we never write
 * the opinion for them. Keys point into the locale files (voice_prompt_*).
 */
const PROMPTS_BY_GOAL: Readonly<Record<Goal, readonly string[]>> = {
  employability: ['voice_prompt_learned', 'voice_prompt_your_part'],
  information: ['voice_prompt_key_point', 'voice_prompt_who_should_read', 'voice_prompt_context'],
  belonging: ['voice_prompt_proud', 'voice_prompt_thanks'],
  business: ['voice_prompt_client_problem', 'voice_prompt_client_question'],
};
const GENERIC_PROMPTS = ['voice_prompt_surprised', 'voice_prompt_who_should_read', 'voice_prompt_own_work'] as const;
/** How many questions to show: enough to choose from, few enough to read at a glance. */
export const PROMPT_COUNT = 3;

/** Locale keys of the questions for these goals: the goals' own first, round-robin, then generic ones. */
export function promptKeysForGoals(goals: readonly Goal[]): string[] {
  const keys: string[] = [];
  const lists = [...new Set(goals)].map((goal) => PROMPTS_BY_GOAL[goal]);
  // One question per goal first, so two goals both get a voice; at most PROMPT_COUNT - 1 from goals
  // so the open "what surprised you?" style question stays on offer.
  for (let round = 0; keys.length < PROMPT_COUNT - 1 && lists.some((list) => list.length > round); round += 1) {
    for (const list of lists) {
      const key = list[round];
      if (key && !keys.includes(key) && keys.length < PROMPT_COUNT - 1) keys.push(key);
    }
  }
  for (const key of GENERIC_PROMPTS) if (keys.length < PROMPT_COUNT && !keys.includes(key)) keys.push(key);
  return keys;
}

export function takePrompts(goals: readonly Goal[], locale: Locale): string[] {
  return promptKeysForGoals(goals).map((key) => translate(locale, key));
}
