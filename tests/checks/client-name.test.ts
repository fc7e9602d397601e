import { clientName } from '../../utils/checks/client-name';
import { spans } from './helpers';

describe('client-name', () => {
  test.each(["signé avec la Société Générique", "the SOCIÉTÉ  générique team", "societe generique", "Kicked off with Initech today", "chez initech ce matin"])('flags %s', (text) => {
    expect(spans(clientName, text).length).toBeGreaterThan(0);
  });
  test.each(["Société Générale is a bank", "a generic company", "Initechnology is a word", "Société tout court"])('passes %s', (text) => {
    expect(spans(clientName, text)).toEqual([]);
  });
});
