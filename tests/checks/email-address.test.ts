import { emailAddress } from '../../utils/checks/email-address';
import { spans } from './helpers';

describe('email-address', () => {
  test.each(["mail me at marie.lefevre@acme.com", "jean [at] corp.fr", "jean(at)corp(dot)fr", "p.nguyen {at} acme {dot} io", "jean dot dupont at acme dot com", "léa : lea.roux+jobs@gmail.com.", "contact[@]acme.fr", "write to careers @ northwind.io", "jane.doe @contoso.com", "contact@ conference-data.fr", "écrivez à anne.roy chez orange point fr", "hugo＠contoso.fr", "team@example.co.uk", "lea.martin@acme.fr (format prénom.nom)", "nina.roy@exemple.fr"])('flags %s', (text) => {
    expect(spans(emailAddress, text).length).toBeGreaterThan(0);
  });
  test.each(["follow @acme on X", "Look at this dot com era", "meet me at noon", "version 1.2@beta", "@jean.dupont thanks!", "email us via the contact form", "we met at acme (dot) com event", "postgres://reporting:pR7kq2Lx@replica.northwind.io:5432/bi", "redis://default:Zt8vQm31xR@cache.example.com:6379", "Find us @ Station F", "Rendez-vous @ VivaTech.fr", "see you @ booth.io", "icon@2x.png and icon@3x.webp", "git clone git@gitlab.com:team/app.git", "use you@example.com in tests", "ping jo@demo.test", "merci to @lea.codes and @acme", "stage chez orange point fr ? non, chez nous", "format initiale.nom@votresociete.fr", "like first.last@acme.com", "replace user@your-company.com"])('passes %s', (text) => {
    expect(spans(emailAddress, text)).toEqual([]);
  });
});

test('a trailing full stop is not part of the address', () => {
  expect(spans(emailAddress, 'Write to a.b@acme.fr.')).toEqual(['a.b@acme.fr']);
});

describe('example domains', () => {
  test.each([
    "Dans le tuto, remplacez paul.martin@exemple.fr par votre propre adresse.",
    'Our docs now show max.mustermann@beispiel.de as the sample address for German users.',
    'Dummy data for the demo: ana.garcia@ejemplo.es, luca.bianchi@esempio.it.',
    'Template: first contact@company.com, e.g. for the test suite.',
    // A placeholder TLD is a template whatever the words around it.
    'Send it to contact@yourbrand.tld once configured.',
  ])('passes, an example domain called an example: %s', (text) => {
    expect(spans(emailAddress, text)).toEqual([]);
  });
  test.each([
    // The same domains without a word calling them examples: made-up looking, perhaps real.
    'Écris-moi directement : paul.martin@exemple.fr',
    'max.mustermann@beispiel.de hat die Rechnung',
    // An example word near a real domain changes nothing.
    'Par exemple, écris à paul.martin@acme.fr pour les accès.',
    'contact@mairie-exemple.fr, par exemple pour les inscriptions',
  ])('flags %s', (text) => {
    expect(spans(emailAddress, text).length).toBeGreaterThan(0);
  });
});

describe('outside organisations’ public reporting mailboxes', () => {
  test.each([
    "Faux mail du « PDG » reçu ce matin : je l'ai transféré à reportphishing@apwg.org avant de le supprimer.",
    'Got a fake invoice today, forwarded it to spam@uce.gov and deleted it.',
    'Phishing SMS? Signalez-le à abuse@signal-arnaques.org, ça prend 10 secondes.',
  ])('passes %s', (text) => {
    expect(spans(emailAddress, text)).toEqual([]);
  });
  test.each([
    // The company's own mailboxes, or one the draft calls ours.
    'Forward anything suspicious to phishing@acme-corp.net, the security team triages it.',
    'Transférez les mails douteux à notre adresse abuse@acme-group.fr.',
    // A person's address, forwarded to.
    "J'ai transféré le mail à jeanne.martin@apwg.org pour avis.",
    // Named without forwarding or reporting to it.
    'Le compte spam@partenaire-media.fr nous écrit tous les jours.',
  ])('flags %s', (text) => {
    expect(spans(emailAddress, text).length).toBe(1);
  });
});

describe('email-address, r4rest', () => {
  test.each(['forward it to report@phishing.gov.uk', 'transféré à report@spam.signalement.gouv.fr', 'scp f deploy@build01.corp.acme.com:/srv/x'])('passes %s', (text) => {
    expect(spans(emailAddress, text)).toEqual([]);
  });
  test.each(['forward it to report@acme-corp.net', 'write to report@phishing.gov.uk for the list', 'our report@spam.acme.io box'])('flags %s', (text) => {
    expect(spans(emailAddress, text).length).toBeGreaterThan(0);
  });
});
