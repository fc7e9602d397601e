import { adviceFor, echoChamber, editorialDiversity, newest } from '../../utils/reach/indicators';
import type { EditorialKind, ReachPoint } from '../../utils/reach/types';

const post = (publishedAt: number, kind: EditorialKind = 'company', colleagueShare?: number): ReachPoint => ({
  platform: 'linkedin',
  publishedAt,
  kind,
  hashtags: [],
  ...(colleagueShare === undefined ? {} : { metrics: { impressions: 100, reactions: 10, comments: 0, reposts: 0, colleagueShare } }),
});

test('newest keeps the top k by date without sorting the input', () => {
  const items = [5, 1, 9, 3, 7, 9].map((time) => post(time));
  expect(newest(items, 3).map((item) => item.publishedAt)).toEqual([9, 9, 7]);
  expect(newest(items, 10)).toHaveLength(6);
  expect(newest(items, 2, (item) => item.publishedAt < 6).map((item) => item.publishedAt)).toEqual([5, 3]);
});

describe('echo chamber', () => {
  test('speaks when the recent average colleague share is above 60 %', () => {
    const advice = echoChamber([post(1, 'own', 0.7), post(2, 'own', 0.8), post(3, 'own', 0.65), post(4, 'own')]);
    expect(advice).toEqual({
      id: 'echo_chamber',
      messageKey: 'dash_advice_echo_chamber',
      basisKey: 'dash_advice_echo_chamber_basis',
      substitutions: [72, 3],
    });
  });

  test('needs at least three posts with a colleague share', () => {
    expect(echoChamber([post(1, 'own', 0.9), post(2, 'own', 0.9), post(3, 'own')])).toBeNull();
  });

  test('stays quiet at or below 60 %', () => {
    expect(echoChamber([post(1, 'own', 0.6), post(2, 'own', 0.6), post(3, 'own', 0.6)])).toBeNull();
  });

  test('looks at the ten most recent posts with numbers only', () => {
    const old = Array.from({ length: 10 }, (_, index) => post(index, 'own', 0.1));
    const recent = Array.from({ length: 10 }, (_, index) => post(100 + index, 'own', 0.9));
    expect(echoChamber([...recent, ...old])?.substitutions).toEqual([90, 10]);
    expect(echoChamber([...old, post(50, 'own', 0.9)])).toBeNull();
  });
});

describe('editorial diversity', () => {
  const tenCompany = Array.from({ length: 10 }, (_, index) => post(index, index % 2 ? 'company' : 'company_with_take'));

  test('speaks when the last ten posts were all company content', () => {
    expect(editorialDiversity(tenCompany)).toMatchObject({ id: 'editorial_diversity', substitutions: [10] });
  });

  test('stays quiet with fewer than ten posts or one own post among the last ten', () => {
    expect(editorialDiversity(tenCompany.slice(1))).toBeNull();
    expect(editorialDiversity([...tenCompany, post(5.5, 'own')])).toBeNull();
    // An own post older than the last ten does not count.
    expect(editorialDiversity([post(-1, 'own'), ...tenCompany])).not.toBeNull();
  });
});

test('adviceFor lists echo chamber first', () => {
  const posts = Array.from({ length: 10 }, (_, index) => post(index, 'company', 0.9));
  expect(adviceFor(posts).map((advice) => advice.id)).toEqual(['echo_chamber', 'editorial_diversity']);
  expect(adviceFor([])).toEqual([]);
});
