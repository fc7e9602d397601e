import { trackingLink } from '../../utils/checks/tracking-link';
import { context, spans } from './helpers';

describe('tracking-link', () => {
  test.each(["https://acme.com/x?utm_source=linkedin&utm_medium=social", "https://lemonde.fr/a.html?fbclid=IwAR3xYz", "https://youtu.be/dQw4w9WgXcQ?si=Ab3dE5fG", "https://x.com/acme/status/1?s=20&t=AbCd", "https://acme.com/p?gclid=Cj0&lang=en", "https://acme.fr/a?mc_cid=3f&mc_eid=9e", "https://acme.com/?_hsenc=p2A&_hsmi=1", "https://instagram.com/p/abc?igshid=MzRl"])('flags %s', (text) => {
    expect(spans(trackingLink, text).length).toBeGreaterThan(0);
  });
  test.each(["https://acme.com/x?id=3&lang=fr", "https://acme.com/search?s=shoes", "https://acme.com/watch?t=30", "https://acme.com/#utm_source"])('passes %s', (text) => {
    expect(spans(trackingLink, text)).toEqual([]);
  });
});

test('fix keeps other parameters and the fragment', () => {
  const [found] = trackingLink.check('see https://acme.com/p?id=3&utm_source=x&lang=fr#top ok', context());
  expect(found?.fix).toBe('https://acme.com/p?id=3&lang=fr#top');
});
