import { buildIntentUrl } from '../../utils/share';

const URL_ = 'https://newsroom.alpinea.example/fr/a?b=1&c=2';

describe('buildIntentUrl', () => {
  test('X: text and url as separate, encoded parameters', () => {
    const intent = new URL(buildIntentUrl('x', { text: 'Ce qui m’a marqué : 200 postes & #Nantes', url: URL_ }));
    expect(intent.origin + intent.pathname).toBe('https://x.com/intent/tweet');
    expect(intent.searchParams.get('text')).toBe('Ce qui m’a marqué : 200 postes & #Nantes');
    expect(intent.searchParams.get('url')).toBe(URL_);
  });

  test('X: a link already in the text is moved to the url parameter, not repeated', () => {
    const intent = new URL(buildIntentUrl('x', { text: `My take\n\n“Quote” — Alpinéa\n\n${URL_}`, url: URL_ }));
    expect(intent.searchParams.get('text')).toBe('My take\n\n“Quote” — Alpinéa');
    expect(intent.searchParams.get('url')).toBe(URL_);
  });

  test('LinkedIn: shareActive with the link appended to the text', () => {
    const intent = new URL(buildIntentUrl('linkedin', { text: 'Ma remarque', url: URL_ }));
    expect(intent.origin + intent.pathname).toBe('https://www.linkedin.com/feed/');
    expect(intent.searchParams.get('shareActive')).toBe('true');
    expect(intent.searchParams.get('text')).toBe(`Ma remarque\n\n${URL_}`);
    expect([...intent.searchParams.keys()]).toEqual(['shareActive', 'text']);
  });

  test('LinkedIn: a link already in the text is not appended twice', () => {
    const intent = new URL(buildIntentUrl('linkedin', { text: `Take\n\n${URL_}`, url: URL_ }));
    expect(intent.searchParams.get('text')).toBe(`Take\n\n${URL_}`);
  });

  test('no link is allowed', () => {
    expect(new URL(buildIntentUrl('x', { text: 'Hi', url: '' })).searchParams.has('url')).toBe(false);
    expect(new URL(buildIntentUrl('linkedin', { text: 'Hi', url: '' })).searchParams.get('text')).toBe('Hi');
  });

  test.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'notaurl'])('refuses %s', (url) => {
    expect(() => buildIntentUrl('x', { text: 'Hi', url })).toThrow(TypeError);
    expect(() => buildIntentUrl('linkedin', { text: 'Hi', url })).toThrow(/Only http\(s\) links/);
  });
});
