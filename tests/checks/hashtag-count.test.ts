import { hashtagCount } from '../../utils/checks/hashtag-count';
import { spans } from './helpers';

describe('hashtag-count', () => {
  test.each(["#a1 #b2 #c3 #d4 #e5 #f6", "Great day! #Innovation #AI #Cloud #Leadership #Tech #Startup"])('flags %s', (text) => {
    expect(spans(hashtagCount, text).length).toBeGreaterThan(0);
  });
  test.each(["#One #Two #Three #Four #Five", "no tags here", "url https://acme.com/#section and #One"])('passes %s', (text) => {
    expect(spans(hashtagCount, text)).toEqual([]);
  });
});
