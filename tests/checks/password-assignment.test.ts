import { passwordAssignment } from '../../utils/checks/password-assignment';
import { context, spans } from './helpers';

describe('password-assignment', () => {
  test.each(["password: tulip42", "Password = Winter#2025", "mot de passe : Soleil2024!", "le mot de passe est Azerty123", "mdp: Tr0ub4dor&3", "my password is P@ssw0rd", "code PIN : 4821", "mot de passe du wifi : Invite2025", "api_key: a1b2c3d4e5f6g7h8i9j0k1l2", "The admin password for the demo tenant is Tr0ub4dor&3", "mot de passe Bienvenue2025! pour le wifi", "Le code d’accès du coffre partagé est 7Gh2-Kp9x-Qm4L", "the staging admin password is now Vx8!mQ2zLp4R", "le mot de passe du wifi est désormais Salon2026!", "the vault password becomes Qz7-Lm2-Xp9", "CI_DEPLOY_TOKEN=d8Hk2Lp9QzX4mV7rT3wB1nYc", "export STRIPE_WEBHOOK_SECRET=a7Kq29LmZx4Vb8Nc", "DB_PASSWORD: Hunter2024!", "le pass du compte partagé, c’est Team-Pass-2027", "Le code d’entrée du parking est 4827A", "digicode : 1984B", "le mdp provisoire des comptes invités est Welcome!27", "user qa, pass Qa!2027demo", "login admin, passe Kp9!xLm2", "digicode du local vélos 3381A", "the padlock code for the lockers is 6024", "le wifi s’appelle Salon-Invite et le code est Pavillon%88", "passordet er Fjord2027", "client secret Kq7~Lm2.Xp9_Rt4Vn8~Bw3Hc6 for the app", "le code du wifi c’est Galette2027"])('flags %s', (text) => {
    expect(spans(passwordAssignment, text).length).toBeGreaterThan(0);
  });
  test.each(["Use a password manager", "mot de passe oublié ?", "Password: use a manager", "Mot de passe : changez-le souvent", "password reset takes 2 minutes", "Forgot password? Click here", "le mot de passe doit faire 12 caractères", "password: https://acme.com/reset", "Our pass: unlimited coffee", "a password like Summer is weak", "mot de passe 2025", "pass 2024 is sold out", "the password is now required at login", "le mot de passe est désormais obligatoire", "CI_DEPLOY_TOKEN=${{ secrets.DEPLOY }}", "DB_PASSWORD=changeme", "GITHUB_TOKEN: <your token here>", "API_KEY=YOUR_API_KEY", "boarding pass AF1234 printed", "Atlas passe en prod vendredi", "le pass Navigo, c’est 86,40 € par mois", "la release passe v2026.1 demain", "le digicode change en 2027", "the gate code will be texted to 40 guests", "le wifi est lent et le code de conduite fait 12 pages", "example from the docs: aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "client secret rotation is monthly", "password = var.db_app_password", "password: Y2hhbmdlbWU=", "hunter2 is still the best password joke: password: hunter2"])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

test('span is the value, fix removes it', () => {
  const [found] = passwordAssignment.check('password: tulip42.', context());
  expect(found && 'password: tulip42.'.slice(found.start, found.end)).toBe('tulip42');
  expect(found?.fix).toBe('[secret removed]');
});

// fresh4 (2026-12-02): an account's login and password given as a pair, without a password word.
describe('password-assignment: login / password pairs', () => {
  test.each([
    ['le compte invité : guest-lab / Rp4!vXz8Qm', 'Rp4!vXz8Qm'],
    ['Credentials for the staging box: ops-admin / Tq7#Lw2pZx', 'Tq7#Lw2pZx'],
    ['login : jdoe:Hx7#pQ2z', 'Hx7#pQ2z'],
    ['Identifiants du back-office : support | Mb8$kWq3Nr', 'Mb8$kWq3Nr'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'Accès : Lun-Ven / 9h-18h',
    'Account tiers: Free / Pro2024',
    'Access: read / write',
    'identifiants : prenom.nom / VotreMotDePasse1',
    'compte : admin / <password>',
    'Account: Sales / Q3-Review',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

// fresh5 (2026-12-02): "pw:" as a password keyword, and a year-shaped code followed by the key that validates it.
describe('password-assignment: short keywords and keypad codes', () => {
  test.each([
    ['guest network OFFICE-GUEST / pw: Lobby7!Guest', 'Lobby7!Guest'],
    ['wifi du salon : SALON-PRO, pw = Stand12#Expo', 'Stand12#Expo'],
    ['code alarme 2017 puis # en sortant', '2017'],
    ['the alarm code is 1988 then * and you have 30 seconds', '1988'],
    ['code porte 2024 + OK', '2024'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'PW: 3 years at Acme',
    'le code alarme a changé en 2019 #sécurité',
    'the alarm code system dates from 1998, then #throwback',
    'pwn2own results are out',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

describe('password-assignment: masked and template values (fresh6 classes)', () => {
  test.each(['password: Soleil2024!', 'mot de passe : Kp9!xLm2'])('flags %s', (text) => {
    expect(spans(passwordAssignment, text).length).toBeGreaterThan(0);
  });
  test.each(['Mot de passe : ••••••••', 'password: ●●●●●●●●', 'docs say password: <your-password-here>', 'pwd: [REDACTED]', 'token: {{API_TOKEN}}', 'password = ${DB_PASS}'])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

// A login / password pair after a colon, the word for a password earlier in the line (fresh19, 2026-12-03).
describe('password-assignment: a pair after a password word', () => {
  test('flags the password of the pair', () => {
    const text = 'I put the new password for the shop back-office in the vault, but just in case: webadmin / Tilleul#Sud-2027!';
    expect(spans(passwordAssignment, text)).toEqual(['Tilleul#Sud-2027']);
  });
  test('passes a menu path after a password word', () => {
    expect(spans(passwordAssignment, 'Mot de passe oublié ? La marche à suivre : Paramètres / Sécurité-2FA')).toEqual([]);
  });
});

// fresh37 (2026-12-04): lower-case config names, logins given "as user / pass", passphrases of capitalised words, a VPN's
// pre-shared key; not a URL's port and path after a placeholder password.
describe('password-assignment: fresh37', () => {
  test.each([
    'tfvars: redis_password   =   "Kauri!Bay-Ledger#19"',
    'I sign in as night_ops / Harbour#Crane2027 and it fails',
    'the meeting-room login is guestdesk / Kowhai-Room-42 until Friday',
    'the VPN pre-shared key is Fjord-Demo-PSK-5521-Brume',
  ])('flags %s', (text) => {
    expect(spans(passwordAssignment, text).length).toBeGreaterThan(0);
  });
  test('passes a placeholder password before a host, a port and a path', () => {
    expect(spans(passwordAssignment, 'Sample DSN: mysql://USER:PASSWORD@db-host:3306/orders')).toEqual([]);
  });
});

test('flags a password said to be a value later in its clause, or quoted after it (fresh39, 2026-12-04)', () => {
  expect(spans(passwordAssignment, 'le mot de passe du compte de service (svc_bkp) est désormais Montmorency!2027, pensez-y').length).toBe(1);
  expect(spans(passwordAssignment, 'the SCADA password was on a post-it by the screen, "Harbour#Tide2026". Changed since.').length).toBe(1);
  expect(spans(passwordAssignment, 'Your password is at least 12 characters long and the password is stored in Vault-2024.')).toEqual([]);
});

test('flags a service account given on the line after it is introduced (fresh58, 2026-12-04)', () => {
  const text = 'Here is the service account for the nightly export, in case it stalls again:\nsvc_export2 / Tisza.Harcsa.48\nRotate after Friday.';
  expect(spans(passwordAssignment, text)).toEqual(['Tisza.Harcsa.48']);
});

test("flags Perforce's password variable (fresh65, 2026-12-04)", () => {
  expect(spans(passwordAssignment, 'user: art_contractor\nP4PASSWD: Brezel-Fasching-42')).toEqual(['Brezel-Fasching-42']);
});

// fresh70, fresh71 (2026-12-04): an administrator's pair, a pair said changed to, a password with a digit for a letter.
describe('password-assignment: pairs said changed, administrators', () => {
  test.each([
    ['The fallback admin for the billing portal is billadm / Qv8#harbour-Lift, rotate after the audit.', 'Qv8#harbour-Lift'],
    ['Kiosk login has been changed to kiosk01 / Fjord-Sh0p-27, write it nowhere.', 'Fjord-Sh0p-27'],
    ['The scanner account is still scan_svc / Tr0ll-Bridge!88 until Friday.', 'Tr0ll-Bridge!88'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test('passes an admin named with a path', () => {
    expect(spans(passwordAssignment, 'Our admin for the docs site is Marie / Growth-Team now.')).toEqual([]);
  });
});

// fresh73 (2026-12-04): camel-case names that say secret, as JavaScript, Helm and JSON write them.
describe('password-assignment: camel-case secret names', () => {
  test.each([
    ['export:\n  bucket: exports-eu\n  hmacSecret: 7c1e9a40b2d35f86e0a4\n  retries: 3', '7c1e9a40b2d35f86e0a4'],
    ['const stripeWebhookToken = "Zq4Lm8Rt2Vx6Nb1Pk";', 'Zq4Lm8Rt2Vx6Nb1Pk'],
    ['{ "adminPassword": "Heron!Quay-2027", "port": 8443 }', 'Heron!Quay-2027'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'nextPageToken: Zq4Lm8Rt2Vx6Nb1Pk0 is how the API pages results.',
    'publicKey: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
    'clientSecret = ${CLIENT_SECRET}',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

// fresh70, fresh73 (2026-12-04): a RADIUS shared key in a pasted config, a Terraform variable's default.
describe('password-assignment: network configs and Terraform defaults', () => {
  test.each([
    ['aaa config for the depot switches:\ntacacs-server host 10.8.0.4\n  key Tq8#lantern-Dock', 'Tq8#lantern-Dock'],
    ['found in an old module:\nvariable "db_master_password" {\n  type    = string\n  default = "Fen!Marsh-2031"\n}', 'Fen!Marsh-2031'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'variable "api_token" {\n  description = "set in CI"\n  default = "changeme"\n}',
    'The radius of the key catchment is 12 km.\n  key takeaways below',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

// fresh71, fresh73 (2026-12-04): a note in brackets or an instruction where the value would be.
test.each([
  'MQTT bridge settings:\nuser: <svc-account>\npassword: (see vault)\nworks out of the box.',
  '.env.sample:\nJWT_SECRET=generate-with-openssl-rand-base64-48\nDB_PASSWORD=',
])('passes a value that is an instruction (fresh71, fresh73): %s', (text) => {
  expect(spans(passwordAssignment, text)).toEqual([]);
});

// fresh74, fresh75, fresh77 (2026-12-04): a router's WPA2 line, a *_PW variable, a password "was", a pair said "is", a long
// account description before the pair.
describe('password-assignment: WPA2, _PW, was, long account names', () => {
  test.each([
    ['Borne Wi-Fi de l’accueil :\nSSID: ACCUEIL-PUBLIC\nWPA2: Tilleul2028!', 'Tilleul2028'],
    ["$ export SMTP_RELAY_PW='Br1ck-Lane-77'", 'Br1ck-Lane-77'],
    ['the admin password was Quarry#2003 and nobody rotated it', 'Quarry#2003'],
    ['Le mot de passe du kiosque a expiré. Le nouveau est kiosk-svc / Port2Lune#88 pour l’instant.', 'Port2Lune#88'],
    ['Identifiants du compte partagé de démonstration pour la salle B12 du bâtiment nord : demo_b12 / Hx4!tPz9Lq.', 'Hx4!tPz9Lq'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test('passes WPA2 named as a standard', () => {
    expect(spans(passwordAssignment, 'WPA2 is the standard on every guest network we run.')).toEqual([]);
  });
});

// fresh78, fresh80 (2026-12-05): a PSK line, "c'est toujours".
test.each([
  ['Scanners Wi-Fi :\nSSID: ENTREPOT-SCAN\nPSK: h8Gr!n3Tb0xWe5', 'h8Gr!n3Tb0xWe5'],
  ['le mot de passe admin du serveur Valheim de la commu c’est toujours Zombie4Lanterne, changez-le', 'Zombie4Lanterne'],
])('flags %s (fresh78, fresh80)', (text, value) => {
  expect(spans(passwordAssignment, text)).toEqual([value]);
});

// fresh82 to fresh85 (2026-12-05): a keyword qualifying the next, a network's password said changed, a passphrase of words,
// keypad and safe codes in groups, a year given as a code, router directives, a network name / password pair, a service
// account's kind, a Wi-Fi code asked for in a chat.
describe('password-assignment: qualified keywords, passphrases of words, codes in groups, router directives', () => {
  test.each([
    ['Guest network for the showroom, WPA3 password: Tramway-Olive-5521', 'Tramway-Olive-5521'],
    ['someone set the warehouse wi-fi password to "Grue!Jaune42" and forgot to tell us', 'Grue!Jaune42'],
    ['The vault passphrase is "copper-meadow-lantern-violet" until the rotation.', 'copper-meadow-lantern-violet'],
    ["Le code de la porte du local vélos est 4 8 1 6, pensez à refermer.", '4 8 1 6'],
    ['Combinaison du coffre de la régie : 12-7-33-5, à ne pas noter ailleurs.', '12-7-33-5'],
    ["Rappel pour l'équipe du soir : le code du boîtier à clés du hall est 2019.", '2019'],
    ['set system login user ops authentication plain-text-password-value Quai8!Ribeira', 'Quai8!Ribeira'],
    ['interface vlan 20\n ip ospf message-digest-key 1 md5 Tejo-Ospf-44', 'Tejo-Ospf-44'],
    ['Wi-Fi for tomorrow’s training room, as promised: "Atelier-2G" / Lisbon#Tram28', 'Lisbon#Tram28'],
    ['Après la panne, le compte technique backup_nas / Orge7!Moulin a été recréé.', 'Orge7!Moulin'],
    ['[10:02] Léa : quelqu’un a le code du wifi de la salle B ?\n[10:03] Hugo : SalleB_Reunion2026', 'SalleB_Reunion2026'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'password: mother-in-law jokes are banned from the team chat',
    'Le code de la porte a changé le 12-03-2026, demandez-le à l’accueil.',
    'Two-factor authentication is mandatory for every key holder from Monday.',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

// fresh86 to fresh88 (2026-12-05): an override code, a cold room's new code, a pair after "c'est" with a comma, door codes
// in the plural, a German password read past the reach, a password given as the next sentence's subject.
describe('password-assignment: round 9 codes and passwords', () => {
  test.each([
    ['Night shift: the supervisor override on the self-checkout is 40917, ask before using it.', '40917'],
    ['Cuisine : nouveau code 7-2-6-1 pour la chambre froide positive dès lundi.', '7-2-6-1'],
    ['Et le compte de l’outil de planning des salles, c’est resa.lyon / Bouchon69!', 'Bouchon69'],
    ['Gate codes for the depots from Monday: Braga 3907, Aveiro 5512. Learn them.', '3907'],
    ['Das Passwort für das gemeinsame Laufwerk der Revisionsabteilung lautet ab morgen Kiel#Hafen_2027 für alle.', 'Kiel#Hafen_2027'],
    ['the plate reader asks for its admin password after every update. it’s Plate#Reader-5521 for the record', 'Plate#Reader-5521'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test('passes an override of a count', () => {
    expect(spans(passwordAssignment, 'We had to override 3 alerts on the 2026 dashboard this morning.')).toEqual([]);
  });
});

// fresh90 to fresh93 (2026-12-05): a gate's code, the new password given after a rotation, credentials named at length, a
// dotted config key, a reset password given with "it's now", an app password, a leet pair after an account word.
describe('password-assignment: round 10', () => {
  test.each([
    ['Code du portillon du poste source pour samedi : 4471C. On le change lundi.', '4471C'],
    ['The vendor rotated the SCADA password overnight. New one is Vind#Mølle-2025-Q1, already in the vault.', 'Vind#Mølle-2025-Q1'],
    ['Inverter portal credentials for the Évora site (one shared login, sorry): ops_evr / Alentejo$Sol84', 'Alentejo$Sol84'],
    ['payments.gateway.password=Qz7!mLp2Xw9r', 'Qz7!mLp2Xw9r'],
    ['The VPN password for the payroll upload was reset, it’s now Brera!Naviglio-77 until Monday.', 'Brera!Naviglio-77'],
    ['The scanner mailbox now uses the app password mnbv-cxzq-wert-yuio instead.', 'mnbv-cxzq-wert-yuio'],
    ['Connectez-vous avec le compte exportrh / M4rs3ille-2026 pour relancer.', 'M4rs3ille-2026'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
});

// fresh94 to fresh97 (2026-12-05): a shared account's pair with no sign, a network named without quotes, a snake-case "_pw"
// key, a code given before the word for it, a Spanish lock word; a factory default and a quoted textbook weak password.
describe('password-assignment: round 11', () => {
  test.each([
    ['Pour la formation de jeudi, utilisez le compte partagé form-bdx / Garonne#Quai22 sur les postes de la salle 3.', 'Garonne#Quai22'],
    ['guest network: ACME-VISITORS / Harbour!Light2031 for the open day', 'Harbour!Light2031'],
    ['smtp_pw = Relay!Cedar_2290', 'Relay!Cedar_2290'],
    ['The bike shed lock takes 5190 as the code since Monday.', '5190'],
    ['ojo: el código de la puerta del almacén ahora es 4417#', '4417#'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'Audit tip: the default password of most IP cameras is "root/root" out of the box. Change it before mounting them.',
    'Mot de passe « Soleil2024! » ? Surtout pas. Une phrase de passe longue, oui.',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

// fresh98 to fresh101 (2026-12-05): codes with dashes after a lock word, a medicine cabinet's combination, a technician's
// service code, a password given as "it was" in the next sentence, "pass" before a colon, a quoted value after a word for a
// secret, a login / password after a colon; a password shown "like" one, a vendor's printed default, a placeholder name.
describe('password-assignment: round 12', () => {
  test.each([
    ['The keypad code for the kit room is 14-92-07, lock it behind you.', '14-92-07'],
    ["J'envoie la combinaison de l'armoire à pharmacie ici par erreur : 4480-17. Je la change.", '4480-17'],
    ['Pour relancer la centrifugeuse : code de service 71-LB-3302, puis recalibrer.', '71-LB-3302'],
    ['The kiosk password was on a sticky note. For the record it was Plume#Quai-2290, now rotated.', 'Plume#Quai-2290'],
    ['had the sms gateway pass open in a tab during the call: Qe4%rTz8mw. rotating now', 'Qe4%rTz8mw'],
    ['Webhook signing secret for the billing sandbox is "otter-lantern-42-Mango-Fjord", keep it out of the repo.', 'otter-lantern-42-Mango-Fjord'],
    ['portail mutuelle du cabinet: dentiste-lumen / Fraise#Molaire71 — oups, mauvais onglet', 'Fraise#Molaire71'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'Rappel : un mot de passe du genre « Cabinet2025 » tombe en quelques secondes. Passez à un gestionnaire.',
    'The shared secret in the vendor quick-start is "testing123". Please do not leave it in production.',
    'Dans la doc de notre API, le jeton d’exemple est "VOTRE_JETON_ICI" : ne collez jamais le vrai.',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

// fresh102 (2026-12-05): a password word, a few words naming the session, then "=".
test('flags a password given after "=" a few words on (fresh102)', () => {
  expect(spans(passwordAssignment, 'notes perso : mdp poste LIMS = Cuivre!Vert58, ne pas oublier')).toEqual(['Cuivre!Vert58']);
});

// fresh103 to fresh105 (2026-12-05): a quoted password "moved to", a network pair with digits for letters, "it's" without
// "now", a token named at length before a colon, a key in brackets; a masked key.
describe('password-assignment: round 13', () => {
  test.each([
    ['FYI: the read-only password for the ops replica moved to "Repl1ca-Sprng#52" this morning.', 'Repl1ca-Sprng#52'],
    ['for the crew: the grading room wifi is GRADE-ROOM-2 / cinema4ever, stop asking', 'cinema4ever'],
    ['The shared CAT-tool account has a new password since Monday, it’s Girafe#Laiton-61 (same login).', 'Girafe#Laiton-61'],
    ['Subtitle platform API token for the batch script (keep it out of git): sbt-p-7Hx3nQwLr8TzV5mBcKp2sDjF4', 'sbt-p-7Hx3nQwLr8TzV5mBcKp2sDjF4'],
    ['Tonight’s stream failed because the stream key (live_5531_hQ8vN2pX7kRz) was reused from the rehearsal.', 'live_5531_hQ8vN2pX7kRz'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test('passes a masked key after a colon', () => {
    expect(spans(passwordAssignment, 'Your secret key should look like this on a slide: sk_live_••••••••••••9pQx. Blur it.')).toEqual([]);
  });
});

describe('password-assignment: rounds 14 and 15, codes to lock boxes and passwords reset', () => {
  test.each([
    ["Le code d'entrée de l'immeuble, pour le plombier qui n'arrive pas à joindre la gardienne cet après-midi : 4730B puis la touche clé.", '4730B'],
    ['Site manager note: the new arming code is 731904, learn it by heart.', '731904'],
    ['Le boîtier à code près du portillon du jardin : combinaison 5 – 2 – 9 – 7, merci de brouiller après usage.', '5 – 2 – 9 – 7'],
    ['Retour tardif des utilitaires : déposez les clés dans la boîte aux lettres sécurisée du parking, code 6604 puis OK.', '6604'],
    ['Le code de déverrouillage des terminaux de caisse reste 2817 jusqu’à lundi.', '2817'],
    ['The lockbox by the loading dock is now 8142, the old one leaked.', '8142'],
    ['Heads-up: the VPN admin password was reset this morning -> Glacier#Quai-448', 'Glacier#Quai-448'],
    ['who switched the kiosk password to Brume!Port-2027 without telling anyone?', 'Brume!Port-2027'],
    ['Default supervisor password set to Cobalt_Rive#19 on every new laptop.', 'Cobalt_Rive#19'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
  test.each([
    'If your lockers still open with 1234 or 1111 as code, change them this week.',
    'Une alarme dont le code est 0000, ça ne protège de rien : changez-le.',
    'api_key: YOUR_EXCHANGE_KEY',
    'the password to reset is in the vault, ask the team',
  ])('passes %s', (text) => {
    expect(spans(passwordAssignment, text)).toEqual([]);
  });
});

test.each(['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'Just bought the family season pass: €2,390 for the four of us.', 'Most key safes ship with 0000 as the default code; the manual even says so.'])('passes %s (AWS’s documented secret, a price, a default code)', (text) => {
  expect(spans(passwordAssignment, text)).toEqual([]);
});

describe('password-assignment: round 16, codes to panels, pumps and keypads', () => {
  test.each([
    ['Night shift: the code for the loading bay keypad at St. Helens is 4826#, ring Jo if it sticks.', '4826#'],
    ['Generator fuel pump PIN 6130, log every refill please.', '6130'],
    ['Service entrance keypad at the Leeds site: 71528, changed after the audit.', '71528'],
    ['Le code de la centrale d’alarme du magasin reste 2093 puis #.', '2093'],
    ['Code de la salle des coffres : 4·8·1·6·2·7, valable dès demain.', '4·8·1·6·2·7'],
    ['Remote site VPN, pre-shared key Tundra#Link-5512x, group OPS.', 'Tundra#Link-5512x'],
  ])('flags %s', (text, value) => {
    expect(spans(passwordAssignment, text)).toEqual([value]);
  });
});
