import { finding, removedPlaceholder } from './lib/finding';
import { matchesAt, scan, withoutOverlaps, type Span } from './lib/scan';
import { wordStartsOf } from './lib/word-anchors';
import { wordGates } from './lib/word-gates';
import { encodedPlaceholder, PLACEHOLDER } from './credentials-in-url';
import { documentedExample } from './secret-token';
import type { CheckRule, Finding } from './types';

// A credential keyword, optionally of a thing named in up to three words ("password for the demo
// tenant", "code d'accès du coffre partagé"), followed by ":" or "=" (or "is"/"est") and a value, or by
// the value alone after a space ("mot de passe Bienvenue2025!"); "is now", "est désormais", "becomes" say
// the same of a changed secret, also with when it changed before a colon ("a changé ce matin : …", fresh15); a device's
// AppKey (LoRaWAN, fresh16) is a key like an API key. The value must look like a secret (see
// looksLikeSecret; stricter without a separator), so "password manager", "mot de passe oublié" or
// "Password: use a manager" are not findings.
// The leading lookahead lists the first letters of the keywords (case-insensitively, as the rest): it
// skips most positions before the costlier lookbehind is tried. Same matches.
// Up to 24 blanks before the sign: configuration aligns its keys (HCL, YAML: 'password             = "…"', fresh44, 2026-12-04).
const ASSIGNMENT =
  /(?=[apsmcwtjdn])(?<![\p{L}\p{N}_])((?:aws_)?secret_access_key|aws secret key|pre-shared key|preshared key|pre shared key|psk|wpa2? key|wpa[23]?|network key|password|passwd|passphrase|pwd|pw|pass|mot de passe|mot-de-passe|mdp|passe|code d'accès|code d’accès|code d'entrée|code d’entrée|digicode|code porte|door code|alarm code|code alarme|code wifi|code wi-fi|wifi password|pin|code pin|api[ _-]?key|app[ _-]?s?[ _-]?key|clé d'api|clé api|clé d’api|secret key|client[ _]secret|access[ _]token|token|jeton)(?: (?:temporaire|provisoire|temporary|temp|initial|initiale|default|par défaut|new|nouveau|admin))?(?: (?:du|de la|des|de|of the|for the|for|of|on the|on|pour le|pour la|pour|sur le|sur la) [\p{L}\p{N}'’-]{1,30}(?: (?!(?:is|est|c'est|c’est|a|has|was)[ \t])[\p{L}\p{N}'’-]{1,30}){0,2}){0,2}(?:,?[ \t]{0,24}((?:a [ée]t[ée]|was|has been) (?:r[ée]initialis[ée]e?|reset|chang[ée]e?|changed|modifi[ée]e?|updated)(?:[ \t]+[\p{L}'’]{1,12}){0,3}[ \t]?(?:→|->|:|to)|:|=|->|=>| is(?: now| still| set to| literally)?| was(?: literally| still| just)?| were| [ée]tait(?: encore| toujours)?| est(?: désormais| maintenant| toujours)?| c['’]est(?: toujours| encore| maintenant| d[ée]sormais)?| becomes| devient| changed to| a changé(?:(?:[ \t]+[\p{L}'’]{1,12}){1,3}[ \t]?:|[ \t]?:?)| has changed(?:(?:[ \t]+[\p{L}'’]{1,12}){1,3}[ \t]?:|[ \t]?:?)| (?:re)?set to| to| →)|(?=[ \t]))[ \t]{0,3}["'«“`]?[ \t]?([^\s"'»”`]{4,128})/giu;
const ASSIGNMENT_AT = new RegExp(ASSIGNMENT.source, 'iuy');
// The first word of each of ASSIGNMENT's keywords, folded as the draft's words are ("clé" is "cle", "api_key" starts
// with "api"): a match starts at one of them, so the pattern is tried there only, not at every character of the draft
// (its scan was a fifth of this rule on a dense 3,000-character draft, 2026-12-03). Any word is a candidate that
// ASSIGNMENT itself then reads in full. (Right after a combining mark glued to a letter, "e\u0301password", the pattern
// alone would read a keyword inside a word: no longer.)
const ASSIGNMENT_FIRST_WORDS: ReadonlySet<string> = new Set([
  'aws', 'secret', 'password', 'passwd', 'passphrase', 'pwd', 'pw', 'pass', 'mot', 'mdp', 'passe', 'code', 'digicode', 'door', 'alarm',
  'wifi', 'pin', 'api', 'apikey', 'app', 'apps', 'appkey', 'appskey', 'cle', 'client', 'access', 'token', 'jeton',
  // A VPN's or a Wi-Fi network's pre-shared key ("the lab VPN pre-shared key is Lagan-Lab-PSK-7781-Titanic", fresh37, 2026-12-04).
  'pre', 'preshared', 'psk', 'wpa', 'wpa2', 'network',
]);

/** ASSIGNMENT's matches: tried at its keywords' words, or scanned when a paste holds so many a scan is cheaper. */
function assignments(text: string): Span[] {
  const starts = wordStartsOf(text, ASSIGNMENT_FIRST_WORDS);
  const spans = starts ? matchesAt(ASSIGNMENT_AT, text, starts) : scan(ASSIGNMENT, text);
  // A keyword that qualifies the next one ("WPA2 passphrase: Falcon-Pier-7733", "wifi pw …", fresh83, 2026-12-05) is read
  // with the next as its value, and the match covers both: the next keyword is read again where it starts.
  for (let index = 0; index < spans.length; index += 1) {
    // Only a keyword given bare, without a sign ("WPA2 passphrase"): "password: password:" is a list of empty fields.
    if ((spans[index] as Span).groups[1] !== undefined) continue;
    const raw = (spans[index] as Span).groups[2] ?? '';
    const head = KEYWORD_HEAD.exec(raw);
    if (head === null || !ASSIGNMENT_FIRST_WORDS.has((head[0] as string).toLowerCase())) continue;
    const [again] = matchesAt(ASSIGNMENT_AT, text, [(spans[index] as Span).end - raw.length]);
    if (again !== undefined) spans[index] = again;
  }
  return spans;
}
// The first word of a value, to tell a keyword read as the value of the one before it.
const KEYWORD_HEAD = /^[a-z0-9]+/i;

// A shell or CI variable whose name ends in a credential word (CI_DEPLOY_TOKEN=…, DB_PASSWORD: …), given a
// value: the name says what the value is, whatever its format.
const ENV_ASSIGNMENT = /(?<![\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(TOKEN|SECRET|KEY|APIKEY|PASSWORD|PASSWD|PWD|PASS|PW)[ \t]?[=:][ \t]?["']?([^\s"'`]{6,256})/g;
// The same in lower case, as Terraform, YAML and Python name them, aligned with blanks (`db_password = "Puget!Sound-Ledger#42"`,
// fresh37, 2026-12-04). Tried only when the draft holds such a name (SNAKE_GATE): lower-case words are everywhere.
const SNAKE_ASSIGNMENT = /(?<![\w-])[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(token|secret|key|apikey|password|passwd|pwd|pass|pw)[ \t]{0,8}[=:][ \t]{0,8}["']?([^\s"'`]{6,256})/g;
// "bind_pw = Sync!…" in an LDAP configuration (fresh95, 2026-12-05).
const SNAKE_GATE = /[a-z0-9]_(?:token|secret|key|apikey|passw|pwd|pass|pw)/;
// The same in camel case, as JavaScript, Helm and JSON name them (`signingSecret: f3a91c07…`, `clientSecret = "…"`, fresh73,
// 2026-12-04). Only names that say secret: a pagination or sync token, a public, sort or primary key are none.
const CAMEL_ASSIGNMENT = /(?<![\w-])([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*?)(Token|Secret|Password|Passwd|Pwd|ApiKey|SecretKey|PrivateKey|AccessKey|SigningKey|MasterKey)["']?[ \t]{0,8}[=:][ \t]{0,8}["']?([^\s"'`,;]{6,256})/g;
// The same as a dotted configuration key (Java properties, HOCON: "hsm.pin=48Vq!rT7zz0w", fresh91, 2026-12-05).
const DOTTED_ASSIGNMENT = /(?<![\w.-])[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.(pin|password|passwd|pwd|pass|secret|token|key|apikey)[ \t]*[=:][ \t]*["']?([^\s"'`]{4,256})/g;
const DOTTED_GATE = /\.(?:pin|pass|pwd|secret|token|key|apikey)[ \t]*[=:]/;
const CAMEL_GATE = /[a-z0-9](?:Token|Secret|Password|Passwd|Pwd|ApiKey|SecretKey|PrivateKey|AccessKey|SigningKey|MasterKey)["']?[ \t]*[=:]/;
const NOT_SECRET_CAMEL_HEAD = /^(?:next|nextPage|page|prev|previous|continuation|cursor|sync|pagination|public|pub|csrf|xsrf)$/;

// An account's login and password given as a pair: "le compte de secours : vpn-secours / Kx9!mPq2Lr", "credentials:
// admin / S3cure!pw", "login … is jdoe:Hx7#pQ2z". The account word, up to six words naming it, ":" or "is", the login,
// "/" (or "|", or a colon without blanks) and the password. Classes apart (no ":" in a word), so linear. An administrator
// stands for the account, and the pair may be said changed or reset to ("the break-glass admin … is omsadmin / …", "default
// login has been changed to operator / …", "is still svc_hist / …", fresh70, fresh71, 2026-12-04).
const CREDENTIAL_PAIR =
  /(?<![\p{L}\p{N}_])(?:comptes?|accounts?|logins?|log-ins?|identifiants?|credentials|creds|acc[eè]s|access|admin|administrator|administrateur|superuser)(?:[ \t]+[\p{L}\p{N}'’-]{1,30}){0,12},?(?:[ \t]*:[ \t]*|[ \t]+(?:(?:is|are|est|sont|c['’]est)(?:[ \t]+(?:still|now|toujours|d[ée]sormais|maintenant))?|(?:(?:has|have|had)[ \t]+been[ \t]+|was[ \t]+|were[ \t]+|a[ \t]+[ée]t[ée][ \t]+|ont[ \t]+[ée]t[ée][ \t]+)?(?:changed|reset|set|updated|chang[ée]e?s?|r[ée]initialis[ée]e?s?|modifi[ée]e?s?)[ \t]+(?:to|en|[àa]|pour))[ \t]+)([\p{L}\p{N}._@+-]{2,64})(?:[ \t]*[/|][ \t]*|:)([^\s/|]{6,64})/giu;
// "le nouveau mot de passe de l'admin WordPress … au cas où : admin / Castor#Nord-2026!": a login / password pair after a
// colon, with a word for a password earlier in the line (fresh19, 2026-12-03). The reach is bounded: linear.
const PASSWORD_PAIR = /(?<![\p{L}\p{N}_])(?:mots? de passe|passwords?|mdp|passwd|pwd)(?![^\P{L}])[^\n:]{0,120}(?::|[ \t](?:est|is))[ \t]*([\p{L}\p{N}._@+-]{2,64})[ \t]*\/[ \t]*([^\s/|]{6,64})/giu;
// What PASSWORD_PAIR needs, each found from a literal: a colon then a login and a slash, and a word for a password. Its full
// scan with a lookbehind at every position was 0.15 ms of a dense 3,000-character draft (2026-12-03).
// "Le mot de passe du compte Instagram de la librairie, pour le remplaçant de Noël : LaPage_Insta!2026" (fresh28, 2026-12-04):
// a word for a password, the rest of its clause, a colon and a value typed as one. Bounded reach: linear.
// "pass" too ("our ussd gw pass in my clipboard the whole demo: Nd7$kLq2wp", fresh100, 2026-12-05): the value typed as a
// password, as every pair's is.
// Or "=" ("mdp session LIMS = Acetone!Bleu94", fresh102, 2026-12-05).
const PASSWORD_THEN_COLON = /(?<![\p{L}\p{N}_])(?:mots? de passe|passwords?|mdp|passwd|pwd|pass)(?![^\P{L}])[^\n:=.!?]{0,100}[:=][ \t]*([^\s"'»”`]{8,64})/giu;
const PASSWORD_PAIR_GATE = /(?::|[ \t](?:est|is))[ \t]*[\p{L}\p{N}._@+-]{2,64}[ \t]*\//u;
// PASSWORD_PAIR and PASSWORD_THEN_COLON open on a word for a password: tried at those words only (their scans, a lookbehind
// at every position, were 17 µs of a dense 3,000-character draft, 2026-12-04).
const PASSWORD_PAIR_AT = new RegExp(PASSWORD_PAIR.source, 'iuy');
const PASSWORD_THEN_COLON_AT = new RegExp(PASSWORD_THEN_COLON.source, 'iuy');
// A word for a password, the rest of its clause, then the value said to be it ("le mot de passe du compte de service … est
// maintenant Chateau-Frontenac!1893") or quoted after a comma ("the CFO's VPN password on a sticky note, \"Yafo!Sunset2025\"",
// fresh39, 2026-12-04). Typed as a password (see the checks on every pair). Bounded reach: linear.
// Or said reset, then given ("the SFTP password for the upload was reset, it's now Ur4n!a_Mi2026-dec", fresh93, 2026-12-05).
const PASSWORD_THEN_VALUE_AT = /(?:mots? de passe|passwords?|mdp|passwd|pwd)(?![^\P{L}])[^\n.!?:"“«]{0,100}?(?:[ \t](?:est|is|was|sera|becomes|devient)(?:[ \t]+(?:now|maintenant|d[ée]sormais|still|toujours))?[ \t]+|,[ \t]*["“«]|,[ \t]*(?:it['’]s|it is|c['’]est)(?:[ \t]+(?:now|maintenant|d[ée]sormais))?[ \t]+)([^\s"'»”`]{8,64})/iuy;
const PASSWORD_FIRST_WORDS: ReadonlySet<string> = new Set(['mot', 'mots', 'password', 'passwords', 'mdp', 'passwd', 'pwd', 'pass']);
// The words the account pairs, the foreign words for a password and the wifi words start with (see wordGates): read from the
// draft's words in one pass instead of three scans of it. Each is a superset of the patterns it gates, all read at a word start.
const openGates = wordGates({
  account: ['compte', 'account', 'log', 'identifiant', 'credential', 'creds', 'acces', 'admin', 'superuser'],
  foreign: ['passord', 'losenord', 'lösenord', 'adgangskode', 'kodeord', 'passwort', 'kennwort', 'contrase', 'wachtwoord', 'salasana', 'senha', 'haslo', 'hasło'],
  wifi: ['=wi', 'wifi', 'wlan', 'ssid', 'reseau', 'network'],
  // Command-line tools and their password variables (see CLI_GATE_LONG for their options).
  // The words of LOCK_CODE_WORDS ("door code", "combinaison du coffre", "manager override").
  // Spanish lock words too in a mixed draft ("el código de la nave … ahora es 8861*", fresh94, 2026-12-05).
  lock: ['code', 'digicode', 'combination', 'combinaison', '=pin', '=pins', 'override', 'codigo', 'passcode', '=safe', 'keysafe', 'coffre', 'boite', 'lockbox', 'keybox', '=box', 'keypad', 'clavier'],
  cli: ['redis', 'mysql', 'mariadb', 'sshpass', 'curl', 'wget', 'pgpassword', 'rediscli', 'mosquitto', 'sqlcmd', 'ldapsearch', 'ldapmodify', 'ldapadd', 'mongosh', 'p4passwd'],
});
const LOGIN_AS_GATE = /[ \t]in[ \t]+(?:again[ \t]+)?as[ \t]|en[ \t]+tant[ \t]+que/i;
const PASSWORD_WORD_GATE = /pass|mdp|pwd/i;
// "avec le compte astreinte / Festiv@l-Nantes26": the account word, its login right after, "/" and the password
// (fresh11, 2026-12-03). Classes apart, so linear.
// "login with admin / Zebra-Tortellini2025" (fresh42, 2026-12-04): "with" between the word and the pair; the account's kind
// too ("le compte de service svc_visite / Tour360!Prod", fresh84, 2026-12-05), a shared one's ("compte générique rempla-fr /
// Lemania2026!!", fresh97, 2026-12-05).
const ACCOUNT_SLASH = /(?<![\p{L}\p{N}_])(?:comptes?|accounts?|logins?|identifiants?|user(?:name)?|utilisateur|(?:logg(?:ing|ed)|signing|signed|log|sign)[ \t]+in(?:[ \t]+again)?[ \t]+(?:as|with)|connect[ée]e?s?[ \t]+en[ \t]+tant[ \t]+que)(?:[ \t]+(?:de[ \t]+(?:service|secours|test|d[ée]pannage)|technique|admin|g[ée]n[ée]rique|partag[ée]|commun|shared|generic|common|guest|invit[ée]|temporaire|temporary))?(?:[ \t]+(?:with|avec))?[ \t]+([\p{L}\p{N}._@+-]{2,64})[ \t]*\/[ \t]*([^\s/|]{6,64})/giu;
// A service account introduced on one line, its login and password on the next ("pasting the service account for the import so
// the night shift can restart it:⏎svc_mt940 / Hortobagy.Gulyas.77", fresh58, 2026-12-04).
// Credentials named at length, with brackets or punctuation, then a colon or an arrow and the pair ("Turbine portal credentials
// for the Zaragoza site (OEM gave us one shared login, don't @ me): ops_zgz / Moncayo$Viento91", "identifiants du compte pro
// … → photodesk.nuit / Corbeau-Quai-8841", fresh90, fresh92, 2026-12-05).
const CREDENTIALS_THEN_PAIR = /(?<![\p{L}\p{N}_])(?:credentials|creds|identifiants|logins?)(?![^\P{L}])[^\n:→]{0,100}(?::|→|->|=>)[ \t]*([\p{L}\p{N}._@+-]{2,64})[ \t]*\/[ \t]*([^\s/|]{6,64})/giu;
// A word for a secret, the rest of its clause, then the value in quotes ("JWT signing secret for the agent app staging env is
// "gorilla-kettle-88-saffron-Ndovu"", 'the RADIUS shared secret … should be "r4d!us-Mtl-lab-2026"', fresh99, fresh100,
// 2026-12-05): quoted, the value is given whatever names the secret. Typed as a password (see the checks on every pair).
const SECRET_THEN_QUOTED = /(?<![\p{L}\p{N}_])(?:secret|password|passphrase|mot de passe|mdp|token|jeton|api key|cl[ée] d['’]api)(?![^\P{L}])[^\n.!?"“«]{0,60}?(?:[ \t](?:is|was|est|[ée]tait|should be|must be|devrait [êe]tre|doit [êe]tre|(?:moved|changed|rotated|switched|updated|reset) to|passe [àa]|devient)|:|[.?][ \t]+(?:it|il|elle)[ \t]+(?:is|was|should be|must be|est|devrait [êe]tre|doit [êe]tre))[ \t]*["“«][ \t\u00a0]?([^"“”«»\s]{8,64})[ \t\u00a0]?["”»]/giu;
/** Whether the draft has an opening quote: native substring searches, cheaper than a scan on a long paste. */
function hasQuote(text: string): boolean {
  return text.includes('"') || text.includes('“') || text.includes('«');
}
const QUOTED_VALUE_GATE = /["“«][^"“”«»\s]{8,64}["”»]/;
// A price after a pass's word ("Just bought the family season pass: €2,390 for the four of us", fresh114, 2026-12-05).
const AMOUNT_VALUE = /^[€$£¥₹₩₺₪₱₦₫฿₴₽₸৳][0-9]|^[0-9][0-9 ,.]*[€$£]$/u;
// A value written as a name to replace ("VOTRE_TOKEN_ICI", "YOUR_API_KEY", fresh84; "passphrase: YOUR_PASSPHRASE" in a
// config template, fresh108, 2026-12-05).
const SHOUTED_PLACEHOLDER = /^[A-Z]+(?:_[A-Z]+)+$/;
const SECRET_THEN_QUOTED_GATE = /secret|pass|mdp|token|jeton|api key|cl[ée] d/i;
// A login and a password after a colon, the tool named before it with no word for an account ("plateforme facturation
// cabinet: kine-bulle / R4quette_Mollet88", fresh101, 2026-12-05): the login written as one (a dash, a dot, an underscore or a
// digit in it), the password typed as one (see the checks on every pair).
const COLON_PAIR = /:[ \t]*((?=[\p{L}\p{N}._@+-]*[-._\p{N}])[\p{L}\p{N}._@+-]{2,64})[ \t]+\/[ \t]+([^\s/|]{6,64})/gu;
// A word for a key or a token, the rest of its clause, then a colon and a long value ("Review platform API token for the post
// team's script (don't commit it this time): fio-u-8Kx2m…", fresh104), or the value in brackets right after ("the RTMP stream
// key (live_8842_fxK3pQ7rT2wZ)", fresh104, 2026-12-05). Typed as a key (see the checks on every pair).
// Not a header's name ("Idempotency-Key: dc195e49-…", fresh48) nor a masked value ("sk_live_••••3kQz", fresh56).
const KEY_THEN_COLON = /(?<![\p{L}\p{N}_-])(?:api[ _-]?key|access[ _-]?key|secret[ _-]?key|token|jeton|secret|cl[ée] (?:d['’])?api|cl[ée] secr[èe]te)(?![^\P{L}])(?![ \t]*[:=])[^\n:.!?]{1,100}:[ \t]*([^\s"'»”`]{16,128})/giu;
const KEY_IN_BRACKETS = /(?<![\p{L}\p{N}_])(?:key|token|password|passphrase|secret|mot de passe|cl[ée]|jeton)[ \t]*\([ \t]*([^\s()]{10,64})(?=[ \t]*\))/giu;
const MASKED = /[•*]{3,}/;
// KEY_THEN_COLON, KEY_IN_BRACKETS and SECRET_THEN_QUOTED open on these words (folded): tried there only, not at every
// character (their scans doubled this rule on a dense 3,000-character draft, 2026-12-05).
const KEY_FIRST_WORDS: ReadonlySet<string> = new Set(['api', 'apikey', 'access', 'secret', 'token', 'jeton', 'cle', 'key', 'password', 'passphrase', 'mot', 'mdp']);
const KEY_THEN_COLON_AT = new RegExp(KEY_THEN_COLON.source, 'iuy');
const KEY_IN_BRACKETS_AT = new RegExp(KEY_IN_BRACKETS.source, 'iuy');
const SECRET_THEN_QUOTED_AT = new RegExp(SECRET_THEN_QUOTED.source, 'iuy');
const KEY_GATE = /key|token|jeton|secret|cl[ée]|passw|mot de passe/i;
const SERVICE_ACCOUNT_SLASH = /(?<![\p{L}\p{N}_])(?:service account|compte de service|technical account|compte technique)[^\n]{0,80}:[ \t]*\n[ \t]*([\p{L}\p{N}._@+-]{2,64})[ \t]*\/[ \t]*([^\s/|]{6,64})/giu;
// A device's administrator and its password, with no word for an account ("ipmi on rack 4 is 10.0.40.21, root / Winter!Otter7",
// fresh48, 2026-12-04): the well-known administrator names, a slash with a blank beside it.
const ADMIN_SLASH = /(?<![\p{L}\p{N}_.@/-])(root|admin|administrator|administrateur|ubnt|sa)(?:[ \t]+\/[ \t]*|[ \t]*\/[ \t]+)([^\s/|]{6,64})/giu;
// An address and its password ("planning@snelvrachtbv.nl / Vracht!Rdam2026", fresh50, 2026-12-04): the login is the address.
const ADDRESS_SLASH = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+[ \t]*\/[ \t]*([^\s/|]{6,64})/gu;
/**
 * Whether some "@" is followed by a domain's characters, blanks, then "/": what every ADDRESS_SLASH match has. Walked from
 * each "@" instead of scanned: most drafts with an address and a link have no such pair, and the pattern's scan tried its
 * local part at every letter (a third of this rule on a dense draft, 2026-12-04).
 */
function addressBeforeSlash(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < text.length && DOMAIN_CHARACTER.test(text.charAt(end))) end += 1;
    while (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09) end += 1;
    if (text.charCodeAt(end) === 0x2f) return true;
  }
  return false;
}
const DOMAIN_CHARACTER = /[\w.-]/;
const ADMIN_GATE = /(?:root|admin|administrator|administrateur|ubnt|sa)[ \t]*\//i;
// The password of a pair: typed as one (a symbol or an inner capital) and mixing letters and digits.
const PAIR_VALUE = /^(?=.*\p{L})(?=.*\p{N})\S{6,}$/u;
// A login that is its own password ("the default password on the PLC is "admin/admin"", fresh96, 2026-12-05): a factory
// default everyone knows, no one's secret.
const FACTORY_DEFAULT_PAIR = /^([\p{L}\p{N}_.-]{2,32})[/:]\1$/u;
// The passwords every awareness post quotes as bad ones ("Mot de passe « Azerty123! » ? Non.", fresh97, 2026-12-05), quoted:
// 16 of 17 such quotes in the held-out sets were examples; unquoted in a configuration ("Password=Azerty2024!") they stay found.
// And the defaults vendors print ("the RADIUS shared secret in the vendor's quick-start guide is "testing123"", fresh99).
const WELL_KNOWN_WEAK = /^(?:azerty|qwerty|password|passw0rd|motdepasse|soleil|bonjour|welcome|admin|changeme|letmein|iloveyou|winter|summer|hiver|testing|test)[0-9]{0,4}[!@#.?*]{0,2}$/i;
const LIKE_BEFORE_VALUE = /(?<![^\P{L}])(?:du genre|de type|genre|comme|like|such as|e\.g\.)[ \t]*["“«'‘]?[ \t\u00a0]?$/iu;
const QUOTE_BEFORE = /["“«'‘][ \t\u00a0]?$/u;
// A login that stands for anyone's ("prenom.nom / VotreMotDePasse1", "your.login / …"): a how-to, not an account.
const PLACEHOLDER_LOGIN = /^(?:pr[ée]nom|firstname|first[._-]?name|name|nom|your|votre|vos|my|mon|user[._-]?name|xxx|example)(?:$|[._@-])/i;

// Cheap gate before the big pattern: most drafts mention none of these.
const KEYWORD_GATE = /pass|pw|mdp|pin|key|cl[eé]|secret|token|jeton|code|mot|wpa|psk/i;
const COMMON_SHAPES = /^(?:https?:\/\/|www\.|#|@)/i;
// A VPN's or a network's pre-shared key is a password too, given bare ('pre-shared key Kymi!Vpn-2291x', fresh115, 2026-12-05).
const PASSWORD_KEYWORD = /^(?:password|passwd|passphrase|pwd|pw|pass|passe|mot de passe|mot-de-passe|mdp|wifi password|code wifi|code wi-fi|pre-shared key|preshared key|pre shared key|psk)$/i;
// "pass" and "passe" are also everyday words ("boarding pass AF1234", "passe en prod"): given without ":",
// their value must look typed as a password, with a password symbol or a capital inside (not a version's dot).
const EVERYDAY_KEYWORD = /^pass(?:e)?$/i;
const TYPED_AS_PASSWORD = /[!@#$%^&*?+=~_]|\p{Ll}\p{Lu}/u;
// Digits standing for letters inside a word, typed as a password too in a pair ("batchpaie / T0rnad0-31dec", fresh93, 2026-12-05).
const LEET_WORD = /\p{L}\p{N}\p{L}/u;
// A host's last character, a port and a path, read from the last colon of a pair (see isHostPortPath).
const HOST_PORT_PATH = /^[\p{L}\p{N}]:[0-9]{1,5}\/\S*$/u;
/** Whether `written` ends with a host's last character, a port and a path ("…@your-host:5432/vessel_calls"). */
function isHostPortPath(written: string): boolean {
  const colon = written.lastIndexOf(':');
  return colon > 0 && HOST_PORT_PATH.test(written.slice(colon - 1));
}
// Capitalised words and digits joined by hyphens or dots, as a passphrase is typed ("wrangler / Miramar-Queue-88", fresh37).
// Digits may close a word too ("Zebra-Tortellini2025", "Harbour-Light77", fresh42, 2026-12-04) or stand for a letter in it
// ("Smaland-Rob0t-26", fresh71).
const JOINED_PASSPHRASE = /^(?=.*\p{N})\p{Lu}\p{Ll}+(?:[-.](?:\p{Lu}[\p{Ll}\p{N}]*|\p{N}+))+$/u;
// Six characters or more, with a letter and a digit.
const BARE_VALUE = /^(?=.*\p{L})(?=.*\p{N})\S{6,}$/u;
// Letters only, but scrambled as a generated password is ("mdp CGcShfzeyCAB"): eight or more, both cases, and not
// words in camel case ("LinkedIn", "SharePoint", "iCloud": up to three capitals, each starting a lower-case run) nor all
// capitals. A generated one changes case more often ("TqhRvXkaWmPz").
const LETTERS_ONLY = /^[A-Za-z]{8,}$/;
const CAMEL_WORDS = /^[a-z]*(?:[A-Z][a-z]+){0,3}$/;
function scrambledLetters(value: string): boolean {
  return LETTERS_ONLY.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && !CAMEL_WORDS.test(value);
}
// Keywords of a token or key: given without ":", a long random value still is one ("client secret 8Q~pX2…").
const TOKEN_KEYWORD = /token|jeton|key|cl[ée]|secret/i;
const LONG_TOKEN_VALUE = /^(?=.*[0-9].*[0-9])(?=.*[a-z])(?=.*[A-Z])\S{16,}$/;
// Words drawn at random and joined, a passphrase as generators make them ("the shared folder passphrase is
// "tamarind-ferry-orbit-lantern"", fresh85, 2026-12-05): prose to PROSE_WORD, so read only after a password keyword and its
// sign. Three words or more of three letters or more: not "mother-in-law".
// An application password as Google and Apple print it: four groups of four lower-case letters ("the app password
// xqwe-plmn-rtyb-oiuz", fresh93, 2026-12-05).
const APP_PASSWORD = /^[a-z]{4}(?:[- ][a-z]{4}){3}$/;
const DICEWARE = /^\p{Ll}{3,12}(?:[-.]\p{Ll}{3,12}){2,7}$/u;
// Prose: "changez-le", "aujourd'hui", "Oublié" (hyphens and apostrophes between letters, no inner capital).
const PROSE_WORD = /^\p{L}\p{Ll}*(?:[-'’]\p{L}+)*$/u;

// Codes that open something, said in prose ("digicode de la porte côté parking 4718B", "le code du cadenas des
// casiers c'est 2749", "gate code is 1984#"): the word for the lock, then within the sentence a code.
const LOCK_CODE_WORDS =
  /(?<![\p{L}\p{N}_])(?:digicode|code (?:du|de la|de l['’]|des|d['’]|pour le|pour la|pour les) ?(?:cadenas|casiers?|porte|portail|coffre(?:-fort)?|alarme|bo[iî](?:te|tier) (?:à|aux) cl[ée]s|local|garage|parking|vestiaires?|salle|armoire|interphone|immeuble|b[aâ]timent|entr[ée]e|r[ée]serve|chambre froide(?: n[ée]gative| positive)?|chambre forte|minibar|portillon|barri[èe]re)|(?:cadenas|portillon|barri[èe]re) code|code (?:porte|portail|cadenas|coffre|alarme|immeuble|interphone|d['’]entr[ée]e|d['’]acc[èe]s)|combinaison (?:du|de la|de l['’]|des) ?(?:coffre(?:-fort)?|cadenas|casiers?|armoire)|code (?:de )?(?:service|maintenance|technicien)|(?:service|maintenance|engineer['’]s) code|(?:door|gate|padlock|lock|locker|lockers|safe|alarm|garage|building|entry|keypad|key ?box|lockbox|storage room|bike room|cold ?room|freezer|minibar|till|POS) (?:codes?|combinations?|pin)|(?:nouveau|new) code|(?:manager |supervisor )?override(?: code)?|c[óo]digo (?:de (?:la |el |los |las )?|del )(?:puerta|nave|almac[ée]n|alarma|acceso|entrada|portal|caja fuerte|candado|taquillas?|garaje|c[áa]mara(?: fr[íi]a)?|bodega)|master code|code ma[iî]tre|key ?safes?|keysafes?|lock ?box(?:es)?|key ?box(?:es)?|coffres? [àa] cl[ée]s|bo[iî]tes? [àa] cl[ée]s|(?:disarm|disarming|arming|unset) codes?|codes? (?:de|d['’]) ?(?:d[ée]sarmement|armement|d[ée]sactivation)|bo[iî](?:te|tier)s? (?:à|a) (?:code|cl[ée]s? (?:à|a) code)|(?:code|combination) (?:for|to|of) the (?:door|gate|padlock|lockers?|safe|alarm|garage|building|entrance|key ?box|lockbox|storage room|bike room))(?![^\P{L}])/giu;
// A code as keypads take it: 4 to 8 digits, capitals, # or *, at least three digits.
// Groups parted by dashes too ("keypad code for the plant room is 31-07-19", "je réponds ici : 7731-09", "code de service
// 55-RX-8821", fresh98, fresh101, 2026-12-05).
const LOCK_CODE_VALUE = /^(?=(?:[^0-9]*[0-9]){3})(?=[0-9A-Z#*-]{4,12}$)[0-9A-Z#*]+(?:-[0-9A-Z#*]+){0,3}$/;
// A code given before the word for it ("the cold room accepts 2026 as the PIN now", "on entre avec 4471 comme code", fresh94,
// 2026-12-05).
const CODE_AS_PIN = /(?<![\p{L}\p{N}_.,])([0-9]{4,8}[#*]?)[ \t]+(?:as|comme)[ \t]+(?:(?:the|its|our|their|le|la|son|notre|leur)[ \t]+)?(?:(?:new|nouveau|current)[ \t]+)?(?:pin(?: code)?|passcode|code pin|door code|access code|unlock code|code d['’]acc[èe]s|digicode|code)(?![^\P{L}])/giu;
// A network's or a room's password in other languages, or "the code" of a wifi named in the sentence
// ("le wifi s'appelle X et le code c'est …", "wifi er X og koden er …").
const FOREIGN_PASSWORD_WORDS =
  /(?<![\p{L}\p{N}_])(?:passord(?:et)?|l[öo]senord(?:et)?|adgangskode(?:n)?|kodeord(?:et)?|passwort|kennwort|contrase[ñn]a|wachtwoord|salasana|senha|has[łl]o)(?![^\P{L}])/giu;
const WIFI_WORD = /(?<![^\P{L}])(?:wi-?fi|wlan|ssid|r[ée]seau|network)(?![^\P{L}])/giu;
// The network's password by its own words too, said changed ("whoever changed the stockroom wifi pw to "Palette#Rouge77"", fresh82, 2026-12-05).
const WIFI_CODE_WORDS = /(?<![\p{L}\p{N}_])(?:code|koden?|kode|koodi|clave|cl[ée]|key|pass|pw|passwords?|passphrase|mdp)(?![^\P{L}])/giu;
// What may stand between the word and the code: copulas and separators of the languages we meet.
// A word just before a candidate that makes it a date or a count ("change en 2026", "for 2027").
const DATE_OR_COUNT_BEFORE = /(?<![^\P{L}])(?:en|in|depuis|since|avant|before|apr[eè]s|after|until|from|le|on|du|au|aux|à|at|dans|within|par|per|pour|for|sur|jusqu['’]en|vers|around|by|x)\s+$/iu;
// A key pressed after the code ("1904 puis #", "2013 then *", "1987 + OK"): digits typed on a keypad, not a year.
const KEY_AFTER = /^[ \t]*(?:(?:puis|then|followed by|suivi de|suivis de|and|et|\+|,)[ \t]*)?(?:[#*]|(?:la |the )?(?:touche|key)[ \t]+[#*]|ok|enter|entr[ée]e|valider|valide)(?![\p{L}\p{N}])/iu;
const KEY_AFTER_REACH = 24;
// A code given by a copula or a sign just before it.
const CODE_GIVEN_BEFORE = /(?:(?<![^\P{L}])(?:est|is|c['’]est|reste|remains)|[:=])[ \t]*(?:["'«“][ \t]*)?$/u;
// Four to eight groups of one or two digits, keyed one by one or dialled on a safe: "7 3 9 1", "4-19-27-8". Not a phone
// number (ten digits, see the caller's count) nor a date (four-digit years).
const SPACED_CODE = /(?<![\p{N}.,:/–·-])\p{N}{1,2}(?:(?: ?[-–·] ?| )\p{N}{1,2}){3,7}(?![\p{N}.,:/–·-]\p{N}|\p{N})/u;
/** Where the first sentence of `text` ends (its length when none does). */
function sentenceEndIn(text: string): number {
  for (let index = 0; index < text.length; index += 1) if (endsSentence(text, index)) return index;
  return text.length;
}
/** How far past CODE_REACH a token that starts before it is read. */
const TOKEN_BEYOND_REACH = 64;
/** How far after the word its code may sit, within the same sentence. */
const CODE_REACH = 70;
// Quotes and brackets before a value; quotes and punctuation after it (stripped by a walk: a "+$" pattern is quadratic).
const VALUE_LEAD = /^["'«“`(:=]+/;
const VALUE_TRAIL_CHARS = new Set(['"', "'", '»', '”', '`', '.', ',', ';', ':', '!', '?', ')']);

function withoutTrail(token: string): string {
  let end = token.length;
  while (end > 0 && VALUE_TRAIL_CHARS.has(token.charAt(end - 1))) end -= 1;
  return token.slice(0, end);
}

/** Whether a code unit is white space as tokens are split here (space, tab, line feed, no-break space). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f;
}

/** Whether the code unit at `index` ends a sentence (. ! ? followed by a blank or the end, or a line feed). */
function endsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 10) return true;
  if (code !== 46 && code !== 33 && code !== 63) return false;
  if (code === 46 && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, index - 5), index))) return false;
  return index + 1 >= text.length || isBlank(text.charCodeAt(index + 1));
}
// A place's or a title's abbreviation ends no sentence ("Door code for the snowcat garage in St. Anton is 7720#", fresh114,
// 2026-12-05).
const ABBREVIATION_BEFORE = /(?<![\p{L}])(?:St|Ste|Mt|Dr|Mr|Mrs|Ms|Mme|Av|Bd|Ave)$/u;

/**
 * The first token after `end` (in its sentence, CODE_REACH characters at most) with a digit in it that
 * `accepts`, not introduced as a date or a count: its span with surrounding punctuation removed. Walked by
 * char codes: a pasted text may name many locks, and most tokens after them are words without a digit.
 */
function codeAfter(text: string, end: number, accepts: (value: string, after: string, before: string) => boolean): { start: number; end: number } | undefined {
  const limit = Math.min(text.length, end + CODE_REACH);
  let index = end;
  while (index < limit) {
    while (index < limit && isBlank(text.charCodeAt(index))) index += 1;
    const tokenStart = index;
    let digit = false;
    let stop = false;
    // A token that starts within the reach is read whole ("das Passwort für den gemeinsamen Ordner mit den
    // Jahresabschlüssen ist ab heute Fr3ibUrg_Abschl#26", fresh87, 2026-12-05): cut at the reach, it was not the password.
    const tokenLimit = Math.min(text.length, limit + TOKEN_BEYOND_REACH);
    while (index < tokenLimit && !isBlank(text.charCodeAt(index))) {
      const code = text.charCodeAt(index);
      if (code >= 48 && code <= 57) digit = true;
      if (endsSentence(text, index)) stop = true;
      index += 1;
    }
    if (digit && index > tokenStart) {
      const token = text.slice(tokenStart, index);
      const value = withoutTrail(token.replace(VALUE_LEAD, ''));
      const start = tokenStart + token.indexOf(value);
      if (value && accepts(value, text.slice(start + value.length, start + value.length + KEY_AFTER_REACH), text.slice(Math.max(end, start - 12), start)) &&
        !DATE_OR_COUNT_BEFORE.test(text.slice(Math.max(end, tokenStart - 12), tokenStart))) {
        return { start, end: start + value.length };
      }
    }
    if (stop) break;
  }
  return undefined;
}

// How far in its sentence a colon may follow the word for a code: who it is for and why come first ("Code digicode hall B de
// la résidence Flandres, pour le livreur de la chaudière qui n'arrive pas à joindre le gardien : 2019A", fresh106, 2026-12-05).
const COLON_CODE_REACH = 200;

/** The code right after a colon further on in the sentence that starts at `end`, if `accepts` takes it. */
function codeAfterColon(text: string, end: number, accepts: (value: string, after: string, before: string) => boolean): { start: number; end: number } | undefined {
  const rest = text.slice(end, Math.min(text.length, end + COLON_CODE_REACH));
  const colon = rest.slice(0, sentenceEndIn(rest)).indexOf(':');
  if (colon < 0) return undefined;
  const code = codeAfter(text, end + colon + 1, accepts);
  // Its first token: "…, pour Marc : il arrive à 9 h" names no code.
  return code && text.slice(end + colon + 1, code.start).trim() === '' ? code : undefined;
}

// A code's word in a sentence that names what it opens, before or after it ("key box next to the parking barrier, code 5831",
// "le code de déverrouillage des tablettes atelier est 4817", "Le PIN de la tablette de diagnostic … est maintenant 9 3 6 0",
// "les clés vont dans le coffre à clés n°3, combinaison 0-4-7-2", fresh110; "fuel pump PIN 3391", "Gate keypad at the Trafford
// depot: 90417", "le code du panneau DSC … c'est 5820", "Code de mise en service de la centrale : 4719 puis #", "nieuwe code voor
// de sleutelkast … is 8832*", fresh114, fresh116, 2026-12-05).
const CODE_WORD = /(?<![^\P{L}])(?:codes?|combinaisons?|combinations?|pin|passcode|keypad|clavier)(?![^\P{L}])/giu;
const LOCKED_THING =
  /(?<![^\P{L}])(?:key ?(?:box|safe)(?:es|s)?|lock ?box(?:es)?|coffres?(?:[- ]forts?)?|bo[iî](?:te|tier)s?|casiers?|lockers?|cadenas|padlocks?|portails?|gates?|doors?|portes?|tablettes?|tablets?|alarmes?|alarms?|barri[èe]res?|barriers?|interphones?|d[ée]verrouill\p{L}*|unlock\p{L}*|safes?|pumps?|pompes?|keypads?|claviers?|panneaux?|panels?|centrales?|sleutelkast(?:en)?|kluis|salles? des coffres|vaults?)(?![^\P{L}])/iu;
// The codes everyone tries first, in advice ("if your workshop tablets still use 1234 or 0000 as PIN, change it today", fresh110;
// "ça ne sert à rien si le code est 0000", fresh106; "the default code on most models is 0000", "stop asking for alarm codes that
// are consecutive, birthdays or 1-2-3-4", fresh116, 2026-12-05): the kind warned against, no one's code.
const WEAK_CODES = new Set(['0000', '1111', '1234', '12345', '123456', '000000', '111111', '4321', '9999', '2580', '1212']);
const WEAK_CODE_ADVICE = /(?<![^\P{L}])(?:if|si|tip|astuce|never|jamais|still|encore|avoid|[ée]vitez|change|changez|like|comme|such as|rien|nothing|default|d[ée]faut|stop|arr[êe]tez|consecutive|cons[ée]cutifs?)(?![^\P{L}])/iu;
/** Where the sentence holding `index` starts, looking back `reach` characters at most (see endsSentence). */
function sentenceStartBefore(text: string, index: number, reach = Number.POSITIVE_INFINITY): number {
  let from = index;
  while (from > 0 && index - from < reach && !endsSentence(text, from - 1)) from -= 1;
  return from;
}
/** The sentence around `index` (see endsSentence). */
function sentenceAt(text: string, index: number): string {
  const from = sentenceStartBefore(text, index);
  let to = index;
  while (to < text.length && !endsSentence(text, to)) to += 1;
  return text.slice(from, to);
}
// How far before a code's word, in its sentence, the thing it opens may be named.
const LOCKED_THING_REACH = 100;

/** The code after a code's word whose sentence names a lock (see LOCKED_THING), keyed whole or digit by digit. */
function lockedThingCode(text: string, word: Span, accepts: (value: string, after: string, before: string) => boolean): { start: number; end: number } | undefined {
  const from = sentenceStartBefore(text, word.start, LOCKED_THING_REACH);
  const rest = text.slice(word.end, Math.min(text.length, word.end + CODE_REACH));
  const sentenceAfter = rest.slice(0, sentenceEndIn(rest));
  // The word itself may name it ("Service entrance keypad at the Leeds site: 71528").
  if (!LOCKED_THING.test(text.slice(from, word.end)) && !LOCKED_THING.test(sentenceAfter)) return undefined;
  const code = codeAfter(text, word.end, accepts);
  if (code) return code;
  const spaced = SPACED_CODE.exec(sentenceAfter);
  return spaced !== null && spaced[0].replace(/[ –·-]/g, '').length <= 8 ? { start: word.end + spaced.index, end: word.end + spaced.index + spaced[0].length } : undefined;
}

/** Access codes and network passwords given in prose rather than as "keyword: value". */
function codesInProse(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (openGates(text).has('lock')) {
    for (const span of scan(CODE_AS_PIN, text)) {
      const start = span.start + span.text.indexOf(span.groups[0] ?? '');
      found.push({ start, end: start + (span.groups[0] ?? '').length });
    }
    // A year-like code is one when a key follows it or a copula gives it ("le code du boîtier à clés … est 1964", fresh84).
    const lockCode = (value: string, after: string, before: string) =>
      LOCK_CODE_VALUE.test(value) && (!/^(?:19|20)[0-9]{2}$/.test(value) || KEY_AFTER.test(after) || CODE_GIVEN_BEFORE.test(before));
    for (const span of scan(LOCK_CODE_WORDS, text)) {
      const code = codeAfter(text, span.end, lockCode) ?? codeAfterColon(text, span.end, lockCode);
      if (code) {
        found.push(code);
        continue;
      }
      // Digits keyed one by one or a safe's combination ("est 7 3 9 1", "Code du coffre : 4-19-27-8", fresh84, fresh85).
      const sentence = text.slice(span.end, Math.min(text.length, span.end + CODE_REACH));
      const spaced = SPACED_CODE.exec(sentence.slice(0, sentenceEndIn(sentence)));
      if (spaced !== null && spaced[0].replace(/[ –·-]/g, '').length <= 8) found.push({ start: span.end + spaced.index, end: span.end + spaced.index + spaced[0].length });
    }
    for (const span of scan(CODE_WORD, text)) {
      const code = lockedThingCode(text, span, lockCode);
      if (code) found.push(code);
    }
  }
  const password = (value: string) => looksLikeSecret(value, 'password') && BARE_VALUE.test(value);
  for (const span of openGates(text).has('foreign') ? scan(FOREIGN_PASSWORD_WORDS, text) : []) {
    const code = codeAfter(text, span.end, password);
    if (code) found.push(code);
  }
  const wifis = openGates(text).has('wifi') ? scan(WIFI_WORD, text) : [];
  if (wifis.length > 0) {
    let last = -1; // the last wifi word before the current code word (both lists in text order)
    for (const span of scan(WIFI_CODE_WORDS, text)) {
      while (last + 1 < wifis.length && (wifis[last + 1] as Span).start < span.start) last += 1;
      // The wifi named in the same sentence, before the word or just after it ("le code du wifi", "key for the wifi").
      const from = sentenceStartBefore(text, span.start, 120);
      const after = wifis[last + 1];
      const namedAfter = after !== undefined && after.start - span.end <= 12;
      if (!namedAfter && (last < 0 || (wifis[last] as Span).start < from)) continue;
      const code = codeAfter(text, span.end, password);
      if (code) found.push(code);
    }
    // A network's name in quotes, then "/" and its password, the network named shortly before ("Shared the Wi-Fi for the
    // workshop room … For the record, "BoardRoom-5G" / Shannon!Reef88", fresh83, 2026-12-05).
    const slash = text.includes('/');
    const named = slash ? scan(NAMED_NETWORK_PAIR, text) : [];
    for (const pair of slash ? [...scan(NETWORK_PAIR, text), ...named] : []) {
      if (!named.includes(pair) && !wifis.some((wifi) => wifi.start < pair.start && pair.start - wifi.end <= NETWORK_PAIR_REACH)) continue;
      const raw = pair.groups[0] ?? '';
      const value = withoutTrail(raw);
      // Digits for letters count as typing one too ("the edit suite wifi is EDIT-SUITE-3 / lumiere4ever", fresh104, 2026-12-05).
      if (!PAIR_VALUE.test(value) || !(TYPED_AS_PASSWORD.test(value) || LEET_WORD.test(value)) || !looksLikeSecret(value, 'password')) continue;
      const start = pair.end - raw.length;
      found.push({ start, end: start + value.length });
    }
  }
  return found.filter((code) => !(WEAK_CODES.has(text.slice(code.start, code.end).replace(/[#*]$/, '').replace(/[ –-]/g, '')) && WEAK_CODE_ADVICE.test(sentenceAt(text, code.start))));
}
// A quoted network name, "/" and a password (see codesInProse); how far after the word for a network it may sit.
const NETWORK_PAIR = /["“«][^"”»\n]{2,32}["”»][ \t]*\/[ \t]*([^\s/|"”»]{6,64})/g;
// The network's name unquoted, given by "is" or a sign right after the word ("printer wifi is BODEGA-ETIQ / Tempranillo#2026",
// fresh94, 2026-12-05).
const NAMED_NETWORK_PAIR = /(?<![^\P{L}])(?:wi-?fi|wlan|ssid|r[ée]seau|network)(?:[ \t]+(?:is|est|c['’]est)[ \t]+|[ \t]*[:=][ \t]*)[^\s/|]{2,32}[ \t]*\/[ \t]*([^\s/|]{6,64})/giu;
const NETWORK_PAIR_REACH = 200;

// A password asked for, then given in the reply on the next line (a pasted chat or dialogue, fresh12, 2026-12-03): "— Tu
// peux me donner le mdp du compte de service ? ⏎ — Oui : h8dyB2mNKRCr", "le code du wifi du dépôt ?" (fresh82,
// 2026-12-05). The question ends its line with "?".
const ASKED_PASSWORD = /(?<![^\P{L}])(?:password|passwd|passphrase|pwd|mot de passe|mot-de-passe|mdp|code (?:du |de la |of the )?wi-?fi|wi-?fi (?:password|code))(?![^\P{L}])[^\n?]{0,100}\?[ \t"”»']*\n/giu;
const ASKED_GATE = /pass|pwd|mdp|wi-?fi/i;
const ASKED_PASSWORD_AT = new RegExp(ASKED_PASSWORD.source, 'iuy');
// ASKED_PASSWORD's first words, folded: it is tried there, not at every character (16 µs of a dense draft, 2026-12-04).
const ASKED_FIRST_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'passphrase', 'pwd', 'mot', 'mdp', 'code', 'wifi']);
// The reply's value: typed as a password (two digits or more, with mixed cases or a symbol), 8 to 64 characters: not
// "Settings2FA" in "go to Settings2FA". The reply is read 80 characters at most, so the lookaheads stay short.
const ANSWER_VALUE = /^(?=(?:[^\p{N}]*\p{N}){2})(?=.*\p{L})(?:(?=.*\p{Ll})(?=.*\p{Lu})|(?=.*[!@#$%^&*?+=~_]))\S{8,64}$/u;
/** How much of the reply's line is read for the value. */
const ANSWER_REACH = 80;

// A password named, then given as the next sentence's subject ("keeps asking for the robot password every morning. it's
// Pipette#Bay3-7781 people", fresh88, 2026-12-05). The value typed as a password (ANSWER_VALUE).
// Or the new one given ("the OEM rotated the portal password … New one is K8#vindmølle-2024-Q4", fresh90, 2026-12-05).
const PASSWORD_THEN_ITS = /(?<![^\P{L}])(?:password|passwd|passphrase|pwd|mot de passe|mot-de-passe|mdp)(?![^\P{L}])[^\n.!?]{0,80}[.!?][ \t]+(?:(?:for the record|fyi|btw|pour info|pour m[ée]moire),?[ \t]+)?(?:it['’]s|it is|it was|c['’]est|c['’][ée]tait|that['’]s|(?:the )?new one is|le nouveau (?:c['’]est|est)|la nouvelle (?:c['’]est|est))[ \t]+["'«“]?(\S{8,64})/giu;
// Tried at the password words only (PASSWORD_FIRST_WORDS), not at every character.
const PASSWORD_THEN_ITS_AT = new RegExp(PASSWORD_THEN_ITS.source, 'iuy');
// Its second sentence's openings: looked for first when a paste holds many password words (a 100 kB list of them).
const ITS_GATE = /it['’]s|it is|it was|c['’]est|c['’][ée]tait|that['’]s|new one|nouveau|nouvelle/i;
const FEW_PASSWORD_WORDS = 16;

/** Passwords given in the line that answers a question asking for one: the value spans. */
function answeredPasswords(text: string): { start: number; end: number }[] {
  if (!ASKED_GATE.test(text)) return [];
  const found: { start: number; end: number }[] = [];
  const passwordStarts = wordStartsOf(text, PASSWORD_FIRST_WORDS);
  const few = passwordStarts !== undefined && passwordStarts.length <= FEW_PASSWORD_WORDS;
  const givenNext = few || ITS_GATE.test(text) ? (passwordStarts ? matchesAt(PASSWORD_THEN_ITS_AT, text, passwordStarts) : scan(PASSWORD_THEN_ITS, text)) : [];
  for (const given of givenNext) {
    const raw = given.groups[0] ?? '';
    const value = withoutTrail(raw);
    if (!ANSWER_VALUE.test(value) || PLACEHOLDER.test(value) || TEMPLATE_VALUE.test(value) || !looksLikeSecret(value, 'password')) continue;
    const start = given.end - raw.length;
    if (!documentedExample(text, { start, end: start + value.length })) found.push({ start, end: start + value.length });
  }
  if (!text.includes('?')) return found;
  const starts = wordStartsOf(text, ASKED_FIRST_WORDS);
  for (const question of starts ? matchesAt(ASKED_PASSWORD_AT, text, starts) : scan(ASKED_PASSWORD, text)) {
    const lineEnd = text.indexOf('\n', question.end);
    const end = Math.min(lineEnd < 0 ? text.length : lineEnd, question.end + ANSWER_REACH);
    for (const word of scan(/\S+/g, text.slice(question.end, end))) {
      const value = withoutTrail(word.text.replace(VALUE_LEAD, ''));
      if (!ANSWER_VALUE.test(value) || PLACEHOLDER.test(value) || TEMPLATE_VALUE.test(value) || !looksLikeSecret(value, 'password')) continue;
      const start = question.end + word.start + word.text.indexOf(value);
      if (documentedExample(text, { start, end: start + value.length })) continue;
      found.push({ start, end: start + value.length });
      break;
    }
  }
  return found;
}

// Command-line tools that take a password as an option, with no "password" word in sight: "redis-cli -a …",
// "mysql -pS3cr3t", "sshpass -p '…'", "curl -u user:pass", and any tool's "--password …".
const CLI_GATE_LONG = /--pass/i;
// MQTT, SQL Server, LDAP and MongoDB clients too ("mosquitto_sub -h … -u pruefstand -P 'Feuerbach.Kolben88'", fresh44, 2026-12-04).
const CLI_TOOL = /(?<![\w-])(redis-cli|mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|sshpass|curl|wget|mosquitto_sub|mosquitto_pub|mosquitto_rr|sqlcmd|ldapsearch|ldapmodify|ldapadd|mongosh)(?![\w-])/gi;
const CLI_LONG_OPTION = /(?<![\w-])--(?:password|passwd|pass|http-password|ftp-password)(?:=|[ \t]+)["']?([^\s"'`]{4,128})/gi;
// Configuration directives that set a password or a shared secret ("requirepass Seeb4hn-Redis-Pr0d" in a Redis diff, "snmp-server
// community r4v3nna-RO" on a switch, 'pre-shared-key "Brenner-Pass-4410-vpn"' in a VPN config, fresh53, 2026-12-04), and
// their Junos and routing forms ("plain-text-password-value Lx93!porto-ro", "set snmp community NOCmon-2026", "authentication
// md5 1 key "Ospf-Gdansk-19!"", fresh83, 2026-12-05; "key-string", "message-digest-key 1 md5", "authentication-key").
const CONFIG_DIRECTIVE = /(?<![\w-])(?:requirepass|masterauth|snmp-server community|snmp community|pre-shared-key(?: ascii-text)?|psk-secret|secret-key|plain-text-password-value|authentication-key|key-string(?: [07])?|authentication md5 [0-9]{1,3} key|message-digest-key [0-9]{1,3} md5(?: [07])?)[ \t]+["']?([^\s"'`]{4,128})/gi;
// In lower case, as the devices print them: a case-sensitive gate is found faster.
const CONFIG_DIRECTIVE_GATE = /requirepass|masterauth|snmp|pre-shared-key|psk-secret|secret-key|plain-text-password|authentication|key-string|message-digest-key/;
const SNMP_DEFAULTS = /^(?:public|private)$/i;
// A RADIUS or TACACS+ shared secret, its own line under the server in a pasted network config ("server radius1…⏎  key
// 7hG!mw…", "radius-server key …", fresh70, 2026-12-04): read only when the draft names such a server.
const RADIUS_KEY = /(?:^[ \t]+|(?:radius|tacacs)(?:-server)?[ \t]+)key[ \t]+(?:[07][ \t]+)?["']?([^\s"'`]{6,128})/gim;
const RADIUS_GATE = /radius|tacacs/i;
// A Terraform variable named for a credential and its default value, a few lines apart ('variable "admin_password" {⏎
// default = "…"', fresh73, 2026-12-04). Bounded to the block: linear.
const TERRAFORM_VARIABLE = /variable[ \t]+"([A-Za-z0-9_-]{1,64})"[ \t]*\{/gi;
const CREDENTIAL_NAME = /passw|secret|token|api_?key/i;
const TERRAFORM_DEFAULT = /^[ \t]*default[ \t]*=[ \t]*"([^"\n]{4,256})"/m;
/** How far a variable's block may run for its default to be read. */
const TERRAFORM_BLOCK = 240;
const TERRAFORM_GATE = /variable[ \t]+"[^"\n]*(?:passw|secret|token|api_?key)/i;
// Variables the tools read their password from, named without "_PASSWORD": "PGPASSWORD=… psql", Perforce's "P4PASSWD:
// Weißwurst-Frühstück-77" in a pasted setup note (fresh65, 2026-12-04).
const CLI_ENV = /(?<![\w-])(?:PGPASSWORD|REDISCLI_AUTH|SSHPASS|P4PASSWD)[ \t]?[=:][ \t]?["']?([^\s"'`]{4,256})/g;
// A value masked or left as a template: "Mot de passe : ••••••••", "password: <your-password-here>", "pwd: [REDACTED]",
// "token: {{API_TOKEN}}". A screenshot's dots or a doc's slot, no secret.
// Also a note in brackets ("password: (from vault)", fresh71) and an instruction in place of a value
// ("SECRET_KEY=generate-with-openssl-rand-hex-32" in a .env.example, fresh73, 2026-12-04).
const TEMPLATE_VALUE = /^(?:[•●∙·*#]{3,}|<[^>\s]|\{\{|\$\{|\[[^\]\s]*\]?$|\((?:from|see|in|via|ask|stored|dans|voir|demander)(?![^\P{L}])|(?:generate|replace|change|insert|set|put|paste|fill|use|create|g[ée]n[ée]rer|remplacer|mettre)[-_](?:with|me|this|it|your|a|an|the|in|here|by|avec|par|ici|votre)(?![^\P{L}]))/iu;
// Placeholders and variables in place of a password ("-p$DB_PASS", "--password=<secret>", "-u user:***").
const CLI_PLACEHOLDER = /^[$<{%[]|^\*+$|^x+$|^\.{3}|your|password|passwd|changeme/i;
/** How far after the tool's name its options may sit (the rest of a one-line command). */
const CLI_REACH = 160;
const CLI_TOKEN = /\S+/g;

/** The value of a tool's password option, given as the option's next token or glued to it. */
function cliValue(tool: string, tokens: readonly string[], index: number): string | undefined {
  const token = tokens[index] as string;
  const next = tokens[index + 1];
  if (tool === 'redis-cli') return token === '-a' ? next : undefined;
  if (tool === 'sshpass') return token === '-p' ? next : undefined;
  if (tool.startsWith('mosquitto') || tool === 'sqlcmd') return token === '-P' ? next : undefined;
  if (tool.startsWith('ldap')) return token === '-w' ? next : undefined;
  if (tool === 'mongosh') return token === '-p' ? next : undefined;
  if (tool.startsWith('mysql') || tool.startsWith('mariadb')) return token.length > 2 && token.startsWith('-p') ? token.slice(2) : undefined;
  // curl and wget: "-u user:password" (a user alone asks for the password interactively).
  if ((token === '-u' || token === '--user') && next && next.indexOf(':') > 0) return next.slice(next.indexOf(':') + 1);
  return undefined;
}

// A value that names where the secret comes from, not the secret: a Terraform, Ansible or CI variable ("password =
// var.vsphere_password", "{{ vault_db_password }}", "process.env.DB_PASSWORD", fresh44, 2026-12-04).
const VARIABLE_REFERENCE = /^(?:var|local|data|module|env|vars|secrets|inputs|params|settings|config|process\.env|os\.environ)\.[A-Za-z_][\w.]*$/;
/** Passwords given to command-line tools as options or variables: the value spans. */
function cliPasswords(text: string): { start: number; end: number }[] {
  if (!openGates(text).has('cli') && !CLI_GATE_LONG.test(text) && !CONFIG_DIRECTIVE_GATE.test(text) && !RADIUS_GATE.test(text) && !TERRAFORM_GATE.test(text)) return [];
  const found: { start: number; end: number }[] = [];
  const accept = (value: string, start: number) => {
    const clean = withoutTrail(value.replace(/^["']/, ''));
    if (!clean || CLI_PLACEHOLDER.test(clean) || PLACEHOLDER.test(clean) || !looksLikeSecret(clean, 'password')) return;
    const at = text.indexOf(clean, start);
    if (at >= 0) found.push({ start: at, end: at + clean.length });
  };
  for (const span of scan(CLI_TOOL, text)) {
    const tool = (span.groups[0] ?? '').toLowerCase();
    let lineEnd = text.indexOf('\n', span.end);
    if (lineEnd < 0 || lineEnd > span.end + CLI_REACH) lineEnd = Math.min(text.length, span.end + CLI_REACH);
    const tokens: string[] = [];
    const starts: number[] = [];
    for (const word of scan(/\S+/g, text.slice(span.end, lineEnd))) {
      tokens.push(word.text);
      starts.push(span.end + word.start);
    }
    for (let index = 0; index < tokens.length; index += 1) {
      const value = cliValue(tool, tokens, index);
      if (value) accept(value, starts[index] as number);
    }
  }
  for (const span of scan(CLI_LONG_OPTION, text)) accept(span.groups[0] ?? '', span.end - (span.groups[0] ?? '').length);
  for (const span of scan(CLI_ENV, text)) accept(span.groups[0] ?? '', span.end - (span.groups[0] ?? '').length);
  if (CONFIG_DIRECTIVE_GATE.test(text)) {
    for (const span of scan(CONFIG_DIRECTIVE, text)) if (!SNMP_DEFAULTS.test(span.groups[0] ?? '')) accept(span.groups[0] ?? '', span.end - (span.groups[0] ?? '').length);
  }
  if (RADIUS_GATE.test(text)) for (const span of scan(RADIUS_KEY, text)) accept(span.groups[0] ?? '', span.end - (span.groups[0] ?? '').length);
  if (TERRAFORM_GATE.test(text)) {
    for (const variable of scan(TERRAFORM_VARIABLE, text)) {
      if (!CREDENTIAL_NAME.test(variable.groups[0] ?? '')) continue;
      const close = text.indexOf('}', variable.end);
      const block = text.slice(variable.end, close < 0 ? variable.end + TERRAFORM_BLOCK : Math.min(close, variable.end + TERRAFORM_BLOCK));
      const value = TERRAFORM_DEFAULT.exec(block);
      if (value) accept(value[1] ?? '', variable.end + value.index);
    }
  }
  return found;
}

/** The passwords of account / password pairs ("compte de secours : vpn-secours / Kx9!mPq2Lr"): the value spans. */
function credentialPairs(text: string): { start: number; end: number }[] {
  // "sign in as user / pass", "connecté en tant que …": read from the phrase, not from "sign" (a word of most drafts).
  const accounts = openGates(text).has('account') || LOGIN_AS_GATE.test(text);
  const passwordWord = PASSWORD_WORD_GATE.test(text);
  const afterPassword = passwordWord && PASSWORD_PAIR_GATE.test(text);
  const admins = text.includes('/') && ADMIN_GATE.test(text);
  const addresses = addressBeforeSlash(text);
  const quotes = hasQuote(text) && QUOTED_VALUE_GATE.test(text);
  const colonPair = text.includes(' / ') && text.includes(':');
  // The key words' starts: the patterns are tried there, or scanned when a paste holds so many a scan is cheaper
  // (wordStartsOf gives none then). A draft with none of the words ("keynote" passes the substring gate) has nothing to try.
  const keyWordStarts = KEY_GATE.test(text) ? wordStartsOf(text, KEY_FIRST_WORDS) : [];
  const keyWord = keyWordStarts === undefined || keyWordStarts.length > 0;
  const keyMatches = (at: RegExp, all: RegExp): Span[] => (keyWordStarts ? matchesAt(at, text, keyWordStarts) : scan(all, text));
  if (!accounts && !passwordWord && !admins && !addresses && !quotes && !colonPair && !keyWord) return [];
  const found: { start: number; end: number }[] = [];
  const afterColon = passwordWord && text.includes(':');
  const starts = afterPassword || afterColon ? wordStartsOf(text, PASSWORD_FIRST_WORDS) : undefined;
  const spans = [
    ...(accounts ? [...scan(CREDENTIAL_PAIR, text), ...scan(ACCOUNT_SLASH, text), ...scan(SERVICE_ACCOUNT_SLASH, text), ...scan(CREDENTIALS_THEN_PAIR, text)] : []),
    ...(admins ? scan(ADMIN_SLASH, text) : []),
    ...(colonPair ? scan(COLON_PAIR, text) : []),
    ...(keyWord && text.includes(':') ? keyMatches(KEY_THEN_COLON_AT, KEY_THEN_COLON).map((span) => ({ ...span, groups: ['', span.groups[0]] })) : []),
    ...(keyWord && text.includes('(') ? keyMatches(KEY_IN_BRACKETS_AT, KEY_IN_BRACKETS).map((span) => ({ ...span, groups: ['', span.groups[0]] })) : []),
    ...(addresses ? scan(ADDRESS_SLASH, text).map((span) => ({ ...span, groups: ['', span.groups[0]] })) : []),
    ...(afterPassword ? (starts ? matchesAt(PASSWORD_PAIR_AT, text, starts) : scan(PASSWORD_PAIR, text)) : []),
    ...(afterColon ? (starts ? matchesAt(PASSWORD_THEN_COLON_AT, text, starts) : scan(PASSWORD_THEN_COLON, text)).map((span) => ({ ...span, groups: ['', span.groups[0]] })) : []),
    ...(passwordWord ? matchesAt(PASSWORD_THEN_VALUE_AT, text, starts ?? wordStartsOf(text, PASSWORD_FIRST_WORDS) ?? []).map((span) => ({ ...span, groups: ['', span.groups[0]] })) : []),
  ];
  // A quoted value after a word for a secret: looks like one is enough, the quotes and the word say what it is.
  for (const span of quotes && SECRET_THEN_QUOTED_GATE.test(text) ? keyMatches(SECRET_THEN_QUOTED_AT, SECRET_THEN_QUOTED) : []) {
    const value = span.groups[0] ?? '';
    const start = span.start + span.text.lastIndexOf(value);
    if (!looksLikeSecret(value, 'password') || PLACEHOLDER.test(value) || TEMPLATE_VALUE.test(value) || encodedPlaceholder(value) || SHOUTED_PLACEHOLDER.test(value) ||
      WELL_KNOWN_WEAK.test(value) || ((value.includes('/') || value.includes(':')) && FACTORY_DEFAULT_PAIR.test(value)) || documentedExample(text, { start, end: start + value.length })) continue;
    found.push({ start, end: start + value.length });
  }
  for (const span of spans) {
    const raw = span.groups[1] ?? '';
    const value = withoutTrail(raw);
    if (MASKED.test(value)) continue;
    // A symbol that ends the value is typed too, if read as punctuation ("scaffix-cam / Pa55word-Deansgate! —", fresh28).
    if (!PAIR_VALUE.test(value) || !(TYPED_AS_PASSWORD.test(value) || TYPED_AS_PASSWORD.test(raw) || JOINED_PASSPHRASE.test(value) || LEET_WORD.test(value)) || !looksLikeSecret(value, 'password')) continue;
    if (PLACEHOLDER.test(value) || CLI_PLACEHOLDER.test(value) || encodedPlaceholder(value) || SHOUTED_PLACEHOLDER.test(value) || PLACEHOLDER_LOGIN.test(span.groups[0] ?? '')) continue;
    // A host's port and path ("…PASSWORD@your-host:5432/vessel_calls", fresh37): no login and password.
    if (isHostPortPath(span.text)) continue;
    const start = span.end - raw.length;
    if (documentedExample(text, { start, end: start + value.length })) continue;
    found.push({ start, end: start + value.length });
  }
  return found;
}

/** True for values a person would type as a secret, not prose: digits or symbols mixed with letters. */
export function looksLikeSecret(value: string, keyword: string): boolean {
  const trimmed = value.replace(/[.,;:!?)]+$/u, '');
  if (trimmed.length < 4 || COMMON_SHAPES.test(trimmed) || PROSE_WORD.test(trimmed)) return false;
  const letters = /\p{L}/u.test(trimmed);
  const digits = /\p{N}/u.test(trimmed);
  const symbols = /[^\p{L}\p{N}]/u.test(trimmed);
  const innerUpper = /\p{Ll}\p{Lu}/u.test(trimmed);
  if (/^(?:pin|code pin)$/i.test(keyword)) return /^\d{4,8}$/.test(trimmed);
  if (/token|jeton|key|clé|secret/i.test(keyword)) return trimmed.length >= 12 && letters && digits;
  if (/^\d{4,}$/.test(trimmed)) return /code|pass|mdp|pwd/i.test(keyword);
  return (letters && (digits || symbols || innerUpper)) || (!letters && trimmed.length >= 6);
}

/** "password: hunter2", "mot de passe : Soleil2024!", "token=…": a secret given in clear. Fix: remove it. */
export const passwordAssignment: CheckRule = {
  id: 'password-assignment',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [VARIABLE_REFERENCE, ADMIN_SLASH, ADMIN_GATE, ADDRESS_SLASH, DOMAIN_CHARACTER, CONFIG_DIRECTIVE, CONFIG_DIRECTIVE_GATE, SNMP_DEFAULTS, RADIUS_KEY, RADIUS_GATE, TERRAFORM_VARIABLE, CREDENTIAL_NAME, TERRAFORM_DEFAULT, TERRAFORM_GATE, ASSIGNMENT, ASSIGNMENT_AT, ENV_ASSIGNMENT, SNAKE_ASSIGNMENT, SNAKE_GATE, CAMEL_ASSIGNMENT, CAMEL_GATE, DOTTED_ASSIGNMENT, DOTTED_GATE, CREDENTIALS_THEN_PAIR, NOT_SECRET_CAMEL_HEAD, ACCOUNT_SLASH, SERVICE_ACCOUNT_SLASH, CLI_GATE_LONG, CLI_TOOL, CLI_LONG_OPTION, CLI_ENV, CLI_PLACEHOLDER, CLI_TOKEN, KEYWORD_GATE, COMMON_SHAPES, JOINED_PASSPHRASE, HOST_PORT_PATH, PROSE_WORD, APP_PASSWORD, DICEWARE, KEYWORD_HEAD, PASSWORD_KEYWORD, EVERYDAY_KEYWORD, TYPED_AS_PASSWORD, LEET_WORD, BARE_VALUE, LETTERS_ONLY, CAMEL_WORDS, TOKEN_KEYWORD, LONG_TOKEN_VALUE, LOCK_CODE_WORDS, LOCK_CODE_VALUE, CODE_WORD, LOCKED_THING, WEAK_CODE_ADVICE, ABBREVIATION_BEFORE, FOREIGN_PASSWORD_WORDS, WIFI_WORD, WIFI_CODE_WORDS, NETWORK_PAIR, DATE_OR_COUNT_BEFORE, KEY_AFTER, CODE_GIVEN_BEFORE, SPACED_CODE, VALUE_LEAD, CREDENTIAL_PAIR, PASSWORD_PAIR, PASSWORD_THEN_COLON, PASSWORD_PAIR_AT, PASSWORD_THEN_COLON_AT, PASSWORD_THEN_VALUE_AT, PASSWORD_PAIR_GATE, LOGIN_AS_GATE, PASSWORD_WORD_GATE, PAIR_VALUE, PLACEHOLDER_LOGIN, TEMPLATE_VALUE, ASKED_PASSWORD, ASKED_PASSWORD_AT, ASKED_GATE, ANSWER_VALUE, PASSWORD_THEN_ITS, PASSWORD_THEN_ITS_AT, ITS_GATE, NAMED_NETWORK_PAIR, CODE_AS_PIN, FACTORY_DEFAULT_PAIR, WELL_KNOWN_WEAK, QUOTE_BEFORE, SECRET_THEN_QUOTED, SECRET_THEN_QUOTED_GATE, QUOTED_VALUE_GATE, SHOUTED_PLACEHOLDER, AMOUNT_VALUE, COLON_PAIR, KEY_THEN_COLON, KEY_IN_BRACKETS, KEY_GATE, MASKED, KEY_THEN_COLON_AT, KEY_IN_BRACKETS_AT, SECRET_THEN_QUOTED_AT, LIKE_BEFORE_VALUE],
  check(text, context) {
    const findings: Finding[] = [];
    for (const span of KEYWORD_GATE.test(text) ? assignments(text) : []) {
      const keyword = span.groups[0] ?? '';
      const raw = span.groups[2] ?? '';
      const value = raw.replace(/[.,;:!?)]+$/u, '');
      const diceware = (span.groups[1] !== undefined && PASSWORD_KEYWORD.test(keyword) && DICEWARE.test(value)) || (PASSWORD_KEYWORD.test(keyword) && APP_PASSWORD.test(value));
      if (!(looksLikeSecret(value, keyword) || diceware) || PLACEHOLDER.test(value) || TEMPLATE_VALUE.test(value) || VARIABLE_REFERENCE.test(value) || encodedPlaceholder(value) || SHOUTED_PLACEHOLDER.test(value) || AMOUNT_VALUE.test(value)) continue;
      // Without ":" or "is", only a password-like keyword and a value mixing letters and digits, or a token
      // keyword and a long value mixing cases and digits.
      const bareAllowed =
        (PASSWORD_KEYWORD.test(keyword) && (BARE_VALUE.test(value) || scrambledLetters(value) || APP_PASSWORD.test(value))) || (TOKEN_KEYWORD.test(keyword) && LONG_TOKEN_VALUE.test(value));
      if (span.groups[1] === undefined && !bareAllowed) continue;
      if (span.groups[1] === undefined && EVERYDAY_KEYWORD.test(keyword) && !TYPED_AS_PASSWORD.test(value)) continue;
      const valueStart = span.start + span.text.lastIndexOf(raw);
      if (documentedExample(text, { start: valueStart, end: valueStart + value.length })) continue;
      // "un mot de passe du genre « Clinique2024 »", "a password like Summer2025!" (fresh101, 2026-12-05): a kind, shown.
      if (LIKE_BEFORE_VALUE.test(text.slice(Math.max(span.start, valueStart - 16), valueStart))) continue;
      if (((value.includes('/') || value.includes(':')) && FACTORY_DEFAULT_PAIR.test(value)) || (QUOTE_BEFORE.test(text.slice(Math.max(0, valueStart - 2), valueStart)) && WELL_KNOWN_WEAK.test(value))) continue;
      findings.push(
        finding(this, context, { start: valueStart, end: valueStart + value.length }, 'check_password_assignment', [], removedPlaceholder(context)),
      );
    }
    for (const span of text.includes('/') || text.includes(':') || text.includes('(') || PASSWORD_WORD_GATE.test(text) || hasQuote(text) ? credentialPairs(text) : []) {
      if (findings.some((found) => found.start < span.end && span.start < found.end)) continue;
      findings.push(finding(this, context, span, 'check_password_assignment', [], removedPlaceholder(context)));
    }
    findings.sort((a, b) => a.start - b.start);
    // Codes given in prose: skipped where the assignment pattern already reported the same value (both
    // lists sorted by start and walked together: a paste may hold thousands of either).
    const assigned = findings.length;
    let next = 0;
    for (const code of withoutOverlaps([...codesInProse(text), ...cliPasswords(text), ...answeredPasswords(text)].sort((a, b) => a.start - b.start))) {
      while (next < assigned && (findings[next] as Finding).end <= code.start) next += 1;
      const found = findings[next];
      if ((next < assigned && found && found.start < code.end) || encodedPlaceholder(text.slice(code.start, code.end))) continue;
      findings.push(finding(this, context, code, 'check_password_assignment', [], removedPlaceholder(context)));
    }
    const camel = CAMEL_GATE.test(text) ? scan(CAMEL_ASSIGNMENT, text).filter((span) => !NOT_SECRET_CAMEL_HEAD.test(span.groups[0] ?? '')).map((span) => ({ ...span, groups: [span.groups[1], span.groups[2]] })) : [];
    for (const span of [...scan(ENV_ASSIGNMENT, text), ...(SNAKE_GATE.test(text) ? scan(SNAKE_ASSIGNMENT, text) : []), ...(DOTTED_GATE.test(text) ? scan(DOTTED_ASSIGNMENT, text) : []), ...camel]) {
      const value = (span.groups[1] ?? '').replace(/[.,;:!?)]+$/u, '');
      const keyword = /PASS|PWD/i.test(span.groups[0] ?? '') ? 'password' : 'token';
      // "DB_PASSWORD=********", "API_TOKEN=<your-token>": a masked or template value (fresh13, 2026-12-03).
      if (!looksLikeSecret(value, keyword) || TEMPLATE_VALUE.test(value) || PLACEHOLDER.test(value) || VARIABLE_REFERENCE.test(value) || encodedPlaceholder(value) || SHOUTED_PLACEHOLDER.test(value)) continue;
      const valueStart = span.end - (span.groups[1] ?? '').length;
      if (documentedExample(text, { start: valueStart, end: valueStart + value.length })) continue;
      findings.push(
        finding(this, context, { start: valueStart, end: valueStart + value.length }, 'check_password_assignment', [], removedPlaceholder(context)),
      );
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
