export { analyseVoice, MOSTLY_COMPANY_COPY, type VoiceAnalysis, type VoiceOptions } from './analyse-voice';
export { companyCopyShare } from './company-copy-share';
export { findPersonalVoice, MIN_TAKE_WORDS, type VoiceEvidence } from './personal-voice';
export { findJargon, type JargonHint } from './jargon';
export { takePrompts, promptKeysForGoals, PROMPT_COUNT } from './take-prompts';
export { GOALS, type Goal } from './goals';
