import type { Finding } from '../../utils/checks/types';
import { findingKey, withoutDismissed } from '../../utils/draft/finding-key';

const codename = (text: string, word: string): Finding => {
  const start = text.indexOf(word);
  return { ruleId: 'codename', category: 'codename', severity: 'high', start, end: start + word.length, message: '' };
};

test('a dismissal names the category and the flagged words, whatever their case or place', () => {
  expect(findingKey(codename('Project Orion ships', 'Project Orion'), 'Project Orion ships')).toBe('codename:project orion');
  const moved = 'Big news: PROJECT ORION ships';
  expect(findingKey(codename(moved, 'PROJECT ORION'), moved)).toBe('codename:project orion');
});

test('dismissed findings are left out, the others kept', () => {
  const text = 'Orion and Vega ship';
  const findings = [codename(text, 'Orion'), codename(text, 'Vega')];
  expect(withoutDismissed(findings, ['codename:orion'], text).map((finding) => text.slice(finding.start, finding.end))).toEqual(['Vega']);
  expect(withoutDismissed(findings, [], text)).toHaveLength(2);
});
