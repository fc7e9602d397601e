import { wordGates } from '../../utils/checks/lib/word-gates';

const gates = wordGates({ spanish: ['=dni', '=nif'], norwegian: ['fodselsnummer', 'fødselsnummer', 'personnummer'], fiscal: ['fiscal'] });

describe('wordGates', () => {
  it('opens a gate on a word starting with one of its prefixes, folded as the draft is', () => {
    expect([...gates('Her fødselsnummer is on the form')]).toEqual(['norwegian']);
    expect([...gates('Code FISCALE de la société')]).toEqual(['fiscal']);
  });

  it('opens an exact-word gate on that word only, in any case', () => {
    expect([...gates('DNI 12345678Z')]).toEqual(['spanish']);
    expect([...gates('Les DNIstes et la dnipro')]).toEqual([]);
  });

  it('stays closed on drafts without the words, and answers the same draft from its memo', () => {
    const text = 'Proud of the team this week!';
    expect(gates(text).size).toBe(0);
    expect(gates(text)).toBe(gates(text));
  });

  it('refuses a one-letter prefix, which would open on most drafts', () => {
    expect(() => wordGates({ loose: ['r'] })).toThrow(/one letter/);
  });
});
