import { paymentCard } from '../../utils/checks/payment-card';
import { context, spans } from './helpers';

describe('payment-card', () => {
  test('id matches the file name', () => expect(paymentCard.id).toBe('payment-card'));
  test.each(["4111 1111 1111 1111", "5555555555554444", "378282246310005", "4012-8888-8888-1881", "6011 1111 1111 1117", "card 5105105105105100 exp 09/27", ])('flags %s', (text) => {
    expect(spans(paymentCard, text).length).toBeGreaterThan(0);
  });
  test.each(["4111 1111 1111 1112", "1234 5678 9012 3456", "order 2024 0000 0000 0000", "phone 0612345678", "0000 0000 0000 0000", "ISBN 978-2-07-036822-8", "FR50 4887 4765 8173 6032 6884 030", "DE29 4588 8689 1718 9062 67", "iban es70 6258 2439 5002 6791 7569"])('passes %s', (text) => {
    expect(spans(paymentCard, text)).toEqual([]);
  });
});

test('fix masks all but the last four digits', () => {
  expect(paymentCard.check('card 4111 1111 1111 1111', context())[0]?.fix).toBe('•••• 1111');
});
