import { paymentCard } from '../../utils/checks/payment-card';
import { luhnValid } from '../../utils/checks/lib/checksums';
import { context, spans } from './helpers';

describe('payment-card', () => {
  test.each(["4111 1111 1111 1111", "5555555555554444", "378282246310005", "4012-8888-8888-1881", "6011 1111 1111 1117", "card 5105105105105100 exp 09/27", ])('flags %s', (text) => {
    expect(spans(paymentCard, text).length).toBeGreaterThan(0);
  });
  test.each(["4111 1111 1111 1112", "1234 5678 9012 3456", "order 2024 0000 0000 0000", "phone 0612345678", "0000 0000 0000 0000", "ISBN 978-2-07-036822-8", "FR50 4887 4765 8173 6032 6884 030", "DE29 4588 8689 1718 9062 67", "iban es70 6258 2439 5002 6791 7569", "IMEI 356938035643809", "imei: 35 209900 176148 1", "SIRET 362 521 879 00034"])('passes %s', (text) => {
    expect(spans(paymentCard, text)).toEqual([]);
  });
});

test('the digits after an IBAN head are no card, valid IBAN or not', () => {
  expect(spans(paymentCard, 'exercise: NL82 INGB 0007 3159 62 and DE41 5001 0517 5407 3249 31 fail')).toEqual([]);
});

test('a public test card is clean when the draft says it is one, reported when given as a real card', () => {
  expect(spans(paymentCard, 'Stripe sandbox: pay with 4242 4242 4242 4242 and any CVC')).toEqual([]);
  expect(spans(paymentCard, 'carte de test 5555 5555 5555 4444 pour la recette')).toEqual([]);
  expect(spans(paymentCard, 'the company card is 4242 4242 4242 4242, keep it safe')).toEqual(['4242 4242 4242 4242']);
  expect(spans(paymentCard, 'test card 4532 0175 7491 1866 (a real one)')).toEqual(['4532 0175 7491 1866']);
  // Made up as processors make them (mostly zeros, a repeated group), said to be test cards.
  expect(spans(paymentCard, 'sandbox card 4000 0000 0000 3063 for 3-D Secure')).toEqual([]);
  expect(spans(paymentCard, 'my card 4000 0000 0000 3063')).toEqual(['4000 0000 0000 3063']);
});

test('fix masks all but the last four digits', () => {
  expect(paymentCard.check('card 4111 1111 1111 1111', context())[0]?.fix).toBe('•••• 1111');
});

test('a candidate is a card exactly when its digits have a known issuer, a valid Luhn sum and consistent separators', () => {
  const issuer = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6011|65|64[4-9]|35|62|5[06-8]|6[37])/;
  const reference = (candidate: string) => {
    const digits = candidate.replace(/[ -]/g, '');
    // Each network's lengths: Mastercard 16, Amex 15, Visa 13, 16 or 19; the others 13 to 19.
    const length = /^(?:2|5[1-5])/.test(digits) ? [16] : /^3[47]/.test(digits) ? [15] : /^4/.test(digits) ? [13, 16, 19] : [];
    const fits = length.length === 0 || length.includes(digits.length);
    return issuer.test(digits) && fits && luhnValid(digits) && !(candidate.includes(' ') && candidate.includes('-')) && !/^(\d)\1+$/.test(digits);
  };
  let seed = 3;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const prefixes = ['4', '51', '2221', '25', '34', '37', '6011', '644', '643', '65', '35', '62', '30', '31', '36', '1', '9', '5', '6', '3'];
  let cards = 0;
  for (let round = 0; round < 20_000; round += 1) {
    const length = 13 + Math.floor(next() * 7);
    let digits = prefixes[Math.floor(next() * prefixes.length)] as string;
    while (digits.length < length) digits += String(Math.floor(next() * 10));
    if (next() < 0.02) digits = (digits[0] as string).repeat(length);
    let candidate = '';
    for (let index = 0; index < digits.length; index += 1) {
      candidate += digits[index];
      if (index < digits.length - 1 && next() < 0.25) candidate += next() < 0.8 ? ' ' : '-';
    }
    const expected = reference(candidate);
    if (expected) cards += 1;
    expect(spans(paymentCard, `ref ${candidate} ok`).length > 0, candidate).toBe(expected);
  }
  expect(cards).toBeGreaterThan(200);
});

describe('payment-card: lengths of each network (fresh6 classes)', () => {
  test.each(['5105 1051 0510 5100', '4012888888881881', '371449635398431'])('flags %s', (text) => {
    expect(spans(paymentCard, text).length).toBeGreaterThan(0);
  });
  // Luhn-valid but 15 digits on a Mastercard prefix: French social security numbers written in their groups.
  test.each(['clé erronée comme 2 55 08 14 168 025 12', 'le numéro 2 71 06 75 115 032 87 doit être refusé'])('passes %s', (text) => {
    expect(spans(paymentCard, text)).toEqual([]);
  });
});

test('passes an identity card number named so that passes Luhn by chance (fresh41, 2026-12-04)', () => {
  expect(spans(paymentCard, 'Found at the mill gate: a CNIC, 35202-8836104-5. Please claim it.')).toEqual([]);
});

describe('payment-card: fresh56, fresh57', () => {
  test('reads a card printed in fours before its expiry date', () => {
    expect(spans(paymentCard, 'saving it here for the booking: 6011 5248 1273 9046 11/27, ugh')).toEqual(['6011 5248 1273 9046']);
  });
  test("flags Brazil's Hipercard numbers", () => {
    expect(spans(paymentCard, 'cartão da empresa 6062 8259 3728 2814 bloqueado')).toEqual(['6062 8259 3728 2814']);
  });
  test('does not cut a long run of figures into a card', () => {
    expect(spans(paymentCard, 'ids 4111 1111 1111 1112 3456 in the export')).toEqual([]);
  });
});

test("flags Turkey's Troy cards (fresh60, 2026-12-04)", () => {
  expect(spans(paymentCard, 'kart: 9792 5501 8833 1273, son kullanma 11/28')).toEqual(['9792 5501 8833 1273']);
});
