import { GOALS, analyseVoice, promptKeysForGoals, type Goal } from '../../utils/voice';
import { hasMessage } from '../../utils/i18n/translate';

const CAPTION = 'Nous recrutons 200 techniciens de maintenance éolienne, avec six mois de formation payée à Nantes.';
const TITLE = 'Alpinéa recrute 200 techniciens de maintenance pour ses parcs éoliens';
const companyTexts = [TITLE, CAPTION];

describe('analyseVoice', () => {
  test('a pasted caption needs a take, with 2-3 questions', () => {
    const result = analyseVoice(`${CAPTION}\n\nhttps://newsroom.alpinea.example/fr/recrutement`, { companyTexts, goals: [], locale: 'fr' });
    expect(result).toMatchObject({ personalVoice: false, needsTake: true, companyShare: 1, evidence: [] });
    expect(result.prompts.length).toBeGreaterThanOrEqual(2);
    expect(result.prompts.length).toBeLessThanOrEqual(3);
    for (const prompt of result.prompts) expect(prompt.trim()).toMatch(/\?$/);
  });

  test('adding a first-person take of a few words turns needsTake off', () => {
    const before = analyseVoice(CAPTION, { companyTexts, locale: 'en' });
    const after = analyseVoice(`I did this training in 2019. ${CAPTION}`, { companyTexts, locale: 'en' });
    expect(before.needsTake).toBe(true);
    expect(after).toMatchObject({ personalVoice: true, needsTake: false, prompts: [] });
    expect(after.companyShare).toBeGreaterThan(0.5);
  });

  test('linked company content without a personal voice needs a take even when reworded', () => {
    const result = analyseVoice('Belle annonce, à partager autour de vous.', { companyTexts, locale: 'fr' });
    expect(result.companyShare).toBe(0);
    expect(result.needsTake).toBe(true);
  });

  test('an own post with no company content does not need a take', () => {
    const result = analyseVoice('Belle journée sur le salon de Lyon.', { locale: 'fr' });
    expect(result).toMatchObject({ personalVoice: false, needsTake: false, prompts: [], companyShare: 0 });
  });

  test('prompts follow the goals and come from the locale files', () => {
    const prompts = (goals: Goal[]) => analyseVoice(CAPTION, { companyTexts, goals, locale: 'en' }).prompts;
    expect(prompts(['employability'])[0]).toBe('What did you learn from it, or what skill did it take?');
    expect(prompts(['belonging'])[0]).toBe('What makes you proud to be part of this?');
    expect(prompts(['business'])[0]).toBe('What problem does this solve for your clients?');
    expect(prompts(['information'])[0]).toBe('What is the one thing people should remember?');
    expect(prompts([])).toEqual(['What surprised you in this news?', 'Who in your network should read this, and why?', 'What would you add from your own work?']);
    expect(analyseVoice(CAPTION, { companyTexts, goals: ['belonging'], locale: 'fr' }).prompts[0]).toBe('Qu’est-ce qui vous rend fier ou fière d’en faire partie ?'.replace(/’/g, "'"));
  });

  test.each([[[]], ...GOALS.map((goal) => [[goal]]), [['employability', 'business']], [[...GOALS]]] as Goal[][][])('goals %j give 3 distinct questions with FR and EN text', (goals) => {
    const keys = promptKeysForGoals(goals);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) {
      expect(hasMessage('en', key)).toBe(true);
      expect(hasMessage('fr', key)).toBe(true);
    }
  });

  test('two goals each get a question', () => {
    const keys = promptKeysForGoals(['employability', 'business']);
    expect(keys.slice(0, 2)).toEqual(['voice_prompt_learned', 'voice_prompt_client_problem']);
  });

  test('jargon is reported whatever the voice', () => {
    const result = analyseVoice('Je pense que nos synergies sont best-in-class.', { locale: 'fr' });
    expect(result.personalVoice).toBe(true);
    expect(result.jargon.map((hint) => hint.term)).toEqual(['synergies', 'best-in-class']);
  });
});
