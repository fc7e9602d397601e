import { privateKey } from '../../utils/checks/private-key';
import { spans } from './helpers';

describe('private-key', () => {
  test.each(["-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\nAAAAIGh6cW5mZ2R3eXJ0cHFz"])('flags %s', (text) => {
    expect(spans(privateKey, text).length).toBeGreaterThan(0);
  });
  // A header named, with no key under it ("If your scanner only looks for "-----BEGIN RSA PRIVATE KEY-----"…", fresh48).
  test.each(["-----BEGIN PUBLIC KEY-----\nMIIB", "-----BEGIN CERTIFICATE-----", "Our private key management service is GA", "Keep your private key private", 'Scanners that only look for "-----BEGIN RSA PRIVATE KEY-----" miss "-----BEGIN OPENSSH PRIVATE KEY-----".', "-----BEGIN RSA PRIVATE KEY-----\nMIIEow… (truncated)"])('passes %s', (text) => {
    expect(spans(privateKey, text)).toEqual([]);
  });
});

test('span runs to the END line', () => {
  const text = 'Old key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----\nbye';
  expect(spans(privateKey, text)).toEqual(['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----']);
});
