import { missingAltText } from '../../utils/checks/missing-alt-text';
import { context } from './helpers';


test.each([
  [[{ kind: 'image' }], 1],
  [[{ kind: 'image', alt: '' }], 1],
  [[{ kind: 'image', alt: '  ' }, { kind: 'image' }], 1],
  [[{ kind: 'image', alt: 'Team photo' }], 0],
  [[{ kind: 'video' }], 0],
  [[], 0],
] as const)('attachments %j give %i finding(s)', (attachments, count) => {
  expect(missingAltText.check('Photo!', context({ attachments: [...attachments] }))).toHaveLength(count);
});
