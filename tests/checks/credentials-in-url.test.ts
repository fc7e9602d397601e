import { credentialsInUrl } from '../../utils/checks/credentials-in-url';
import { context, spans } from './helpers';

describe('credentials-in-url', () => {
  test.each(["postgres://analytics:S3cr3tPass@db.acme.com:5432/sales", "mongodb+srv://admin:hunter22@cluster0.mongodb.net", "https://bob:Pa55word@ftp.acme.com/files", "Server=db;User Id=sa;Password=Sup3rS3cret;", "redis://:Zx9vQ2mLp7Rt@cache.example.fr:6379", "REDIS_URL=rediss://:p4ssW0rd@redis.example.com"])('flags %s', (text) => {
    expect(spans(credentialsInUrl, text).length).toBeGreaterThan(0);
  });
  test.each(["https://acme.com/login", "postgres://user:****@db/sales", "mongodb://user:<password>@host", "Password=${DB_PASSWORD}", "mailto:jean@acme.com", "https://user@host.com/path", "redis://:****@cache.example.fr"])('passes %s', (text) => {
    expect(spans(credentialsInUrl, text)).toEqual([]);
  });
});

test('fix masks the password only', () => {
  expect(credentialsInUrl.check('postgres://ana:S3cr3t@db.acme.com/x', context())[0]?.fix).toBe('postgres://ana:****@db.acme.com');
});
