import { privateKey } from '../../utils/checks/private-key';
import { spans } from './helpers';

describe('private-key', () => {
  test.each(["-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----\nabc", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----", "PuTTY-User-Key-File-3: ssh-ed25519"])('flags %s', (text) => {
    expect(spans(privateKey, text).length).toBeGreaterThan(0);
  });
  test.each(["-----BEGIN PUBLIC KEY-----\nMIIB", "-----BEGIN CERTIFICATE-----", "Our private key management service is GA", "Keep your private key private"])('passes %s', (text) => {
    expect(spans(privateKey, text)).toEqual([]);
  });
});

test('span runs to the END line', () => {
  const text = 'Old key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\nbye';
  expect(spans(privateKey, text)).toEqual(['-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----']);
});
