import { describe, expect, it } from 'vitest';
import { CONFIDENTIALITY_CATEGORIES, runChecks } from '../../utils/checks';
import { CHECKS_WARM_UP_TEXT, warmUpChecks } from '../../utils/draft/warm-up-checks';
import { CORPUS_POLICY } from '../corpus/corpus-types';

describe('checks warm-up', () => {
  const context = { platform: 'linkedin' as const, policy: CORPUS_POLICY, locale: 'en' as const };

  it('gives every confidentiality rule something to read, so none is left to compile on the first keystroke', () => {
    const categories = new Set(runChecks(CHECKS_WARM_UP_TEXT, context).map((found) => found.category));
    expect([...CONFIDENTIALITY_CATEGORIES].filter((category) => !categories.has(category))).toEqual([]);
  });

  it('leaves no trace: the draft checked next gets its own findings only', () => {
    warmUpChecks(context);
    expect(runChecks('Lovely day at the office.', context).filter((found) => found.category !== 'fold')).toEqual([]);
  });
});
