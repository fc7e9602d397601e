import { errorsUnder } from '../../utils/settings';

test('errorsUnder keys a group’s errors relative to it', () => {
  expect(errorsUnder({ 'quietHours.start': 'a', 'quietHours.days': 'b', feedUrl: 'c', quietHoursX: 'd' }, 'quietHours')).toEqual({ start: 'a', days: 'b' });
});
