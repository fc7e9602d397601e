import type { Locale } from '../i18n/translate';
import { companyCopyShare } from './company-copy-share';
import type { Goal } from './goals';
import { findJargon, type JargonHint } from './jargon';
import { findPersonalVoice, type VoiceEvidence } from './personal-voice';
import { takePrompts } from './take-prompts';

export interface VoiceOptions {
  /** The company's texts linked to the draft: item title, summary, suggested caption. */
  companyTexts?: readonly string[];
  /** The person's goals; they choose which questions are asked. */
  goals?: readonly Goal[];
  locale: Locale;
}

export interface VoiceAnalysis {
  /** The draft carries the person's own opinion, feeling or experience. */
  personalVoice: boolean;
  evidence: VoiceEvidence[];
  /** 0..1: how much of the draft is the company's copy (word 3-gram containment). */
  companyShare: number;
  /** The draft needs the person's take before it is theirs. */
  needsTake: boolean;
  /** 2-3 localised questions when needsTake, else empty. Never opinion text. */
  prompts: string[];
  jargon: JargonHint[];
}

/** From this share of company copy, a draft without a personal take is "mostly theirs". */
export const MOSTLY_COMPANY_COPY = 0.5;

/**
 * "Is this still yours?" A draft needs a take when it has no personal voice and either is mostly
 * the company's copy or shares company content at all (companyTexts given). Once the person adds a
 * first-person sentence of a few words, or an opinion phrase, needsTake is false.
 */
export function analyseVoice(draft: string, options: VoiceOptions): VoiceAnalysis {
  const companyTexts = (options.companyTexts ?? []).filter((text) => text.trim());
  const evidence = findPersonalVoice(draft, companyTexts);
  const personalVoice = evidence.length > 0;
  const companyShare = companyCopyShare(draft, companyTexts);
  const needsTake = !personalVoice && (companyShare >= MOSTLY_COMPANY_COPY || companyTexts.length > 0);
  return {
    personalVoice,
    evidence,
    companyShare,
    needsTake,
    prompts: needsTake ? takePrompts(options.goals ?? [], options.locale) : [],
    jargon: findJargon(draft, options.locale),
  };
}
