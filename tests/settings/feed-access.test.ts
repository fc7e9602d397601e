import { mergePolicies } from '../../utils/policy';
import { defaultSettings, droppedHttpFeed, originPattern, policyFeedOrigin } from '../../utils/settings';

describe('feed access', () => {
  test('originPattern covers every address of the origin', () => {
    expect(originPattern('https://corp.example')).toBe('https://corp.example/*');
  });

  test('policyFeedOrigin: a feed from the managed or imported policy, never the person’s own', () => {
    const managed = mergePolicies([{ source: 'managed', value: { feedUrl: 'https://corp.example/news.xml' } }]);
    const imported = mergePolicies([{ source: 'imported', value: { feedUrl: 'https://file.example/news.xml' } }]);
    expect(policyFeedOrigin(defaultSettings(), managed)).toBe('https://corp.example');
    expect(policyFeedOrigin(defaultSettings(), imported)).toBe('https://file.example');
    // The person's own address beats an imported one: its access went through Save.
    expect(policyFeedOrigin({ ...defaultSettings(), feedUrl: 'https://mine.example/feed.xml' }, imported)).toBeUndefined();
    expect(policyFeedOrigin(defaultSettings(), mergePolicies([]))).toBeUndefined();
  });

  test('droppedHttpFeed names the http address reading dropped, and nothing else', () => {
    expect(droppedHttpFeed({ feedUrl: 'http://news.example.com/feed.xml' }, defaultSettings())).toBe('http://news.example.com/feed.xml');
    expect(droppedHttpFeed({ feedUrl: 'https://news.example.com/feed.xml' }, defaultSettings())).toBeUndefined();
    expect(droppedHttpFeed(null, defaultSettings())).toBeUndefined();
    expect(droppedHttpFeed('garbage', defaultSettings())).toBeUndefined();
  });
});
