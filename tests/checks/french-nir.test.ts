import { frenchNir } from '../../utils/checks/french-nir';
import { spans } from './helpers';

describe('french-nir', () => {
  test.each(["1 85 05 78 006 084 91", "293037511223355", "188122A00401262", "2 75 06 2B 033 005 35", "NIR : 1 78 02 99 351 042 84", "sécu : 1.85.05.78.006.084.91"])('flags %s', (text) => {
    expect(spans(frenchNir, text).length).toBeGreaterThan(0);
  });
  test.each(["1 85 05 78 006 084 36", "188122A00401263", "123456789012345", "phone 0612345678", "SIRET 55210055400025", "version 1.85.05.78.006.084.91.2"])('passes %s', (text) => {
    expect(spans(frenchNir, text)).toEqual([]);
  });
});

test('flags a Corsican NIR keyed without the INSEE subtraction too (fresh38, 2026-12-04)', () => {
  expect(spans(frenchNir, 'NIR 2 91 03 2B 033 045 79 pour la mutuelle').length).toBe(1);
  expect(spans(frenchNir, 'NIR 2 91 03 2B 033 045 78 pour la mutuelle')).toEqual([]);
});
