import { fancyText } from '../../utils/checks/fancy-text';
import { context, spans } from './helpers';

describe('fancy-text', () => {
  test.each(["𝗕𝗶𝗴 𝗻𝗲𝘄𝘀 today", "𝘕𝘰𝘶𝘷𝘦𝘢𝘶 : appli", "𝓣𝓱𝓪𝓷𝓴 𝔂𝓸𝓾", "ＢＩＧ announcement", "𝙨𝙝𝙞𝙥 𝙨𝙢𝙖𝙡𝙡"])('flags %s', (text) => {
    expect(spans(fancyText, text).length).toBeGreaterThan(0);
  });
  test.each(["Plain text", "Café résumé naïve", "emoji 🎉🚀", "Ⅻ roman", "math x² + y²"])('passes %s', (text) => {
    expect(spans(fancyText, text)).toEqual([]);
  });
});

test('fix is NFKC plain letters', () => {
  expect(fancyText.check('𝗕𝗶𝗴 𝗻𝗲𝘄𝘀: ok', context())[0]?.fix).toBe('Big news');
});
