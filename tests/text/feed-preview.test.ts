import { feedPreview, feedPreviews } from '../../utils/text/feed-preview';
import { linkedinFold } from '../../utils/text/linkedin-fold';

const LONG = 'We just wrapped up our annual volunteering week, and the numbers speak for themselves: 1,400 colleagues, 38 cities, 120 partner charities and more than 9,000 hours given to causes that matter. A huge thank you to everyone who joined.';

test('LinkedIn: the part before "…see more" is what the fold check uses, narrower on mobile', () => {
  const [desktop, mobile] = feedPreviews(LONG, 'linkedin');
  expect(desktop!.truncated).toBe(true);
  expect(desktop!.visible).toBe(LONG.slice(0, linkedinFold(LONG, { device: 'desktop' })).trimEnd());
  expect(mobile!.visible.length).toBeLessThan(desktop!.visible.length);
  expect(mobile!.lineWidth).toBeLessThan(desktop!.lineWidth);
});

test('a short post shows whole', () => {
  expect(feedPreview('Short post.\n', 'linkedin', 'mobile')).toMatchObject({ visible: 'Short post.', truncated: false });
  expect(feedPreview('Short post.', 'x', 'desktop')).toMatchObject({ visible: 'Short post.', truncated: false });
});

test('X: a post over the standard 280 weighted characters is cut there with "Show more"', () => {
  const text = `${'word '.repeat(70)}end`;
  const preview = feedPreview(text, 'x', 'mobile');
  expect(preview.truncated).toBe(true);
  expect(preview.visible.length).toBeLessThanOrEqual(280);
  expect(feedPreview(LONG, 'x', 'desktop').truncated).toBe(false);
});

test('line breaks use whole lines on LinkedIn', () => {
  expect(feedPreview('One\nTwo\nThree\nFour', 'linkedin', 'desktop')).toMatchObject({ visible: 'One\nTwo\nThree', truncated: true });
});

test('LinkedIn: the last line shown gives way to the "…see more" label, at a word boundary', () => {
  const bare = feedPreview(LONG, 'linkedin', 'desktop');
  const roomy = feedPreview(LONG, 'linkedin', 'desktop', '…see more'.length);
  expect(roomy.visible.length).toBeLessThanOrEqual(bare.visible.length - '…see more'.length);
  expect(LONG.startsWith(roomy.visible)).toBe(true);
  expect(LONG[roomy.visible.length]).toBe(' ');
});
