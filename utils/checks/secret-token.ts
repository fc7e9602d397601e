import { DOCUMENTED_WORDS, EXAMPLE_WORDS, saidToBeDocumented, saidToBeExample } from './lib/example-words';
import { finding, removedPlaceholder } from './lib/finding';
import { matchesAt, scan, withoutOverlaps, type Span } from './lib/scan';
import { wordStartsOf } from './lib/word-anchors';
import type { CheckRule } from './types';
import { encodedPlaceholder, PLACEHOLDER } from './credentials-in-url';
import { isAsciiDigit, isAsciiLetter, isAsciiLetterOrDigit } from '../text/ascii-class';

// Token formats published by the providers (prefixes are what secret scanners such as GitHub's use).
// Each is bounded on the left by (?<![\w-]) so a scan never restarts inside a long run: linear time.
// Each comes with what every match of it contains (a string, or a pattern without lookarounds): a draft without it
// is not scanned for that format. Twenty-seven scans of every draft were a fifth of a dense 3,000-character draft's
// checks (about 140 µs, 2026-12-02); a substring search is a native memchr-like pass.
const TOKEN_FORMATS: readonly (readonly [pattern: RegExp, contains: string | RegExp])[] = [
  [/(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, /A(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|NPA)/], // AWS access key id
  [/(?<![\w-])gh[pousr]_[A-Za-z0-9]{36,255}(?![\w-])/g, /gh[pousr]_/], // GitHub tokens
  [/(?<![\w-])github_pat_[A-Za-z0-9_]{60,255}/g, 'github_pat_'], // GitHub fine-grained
  [/(?<![\w-])glpat-[A-Za-z0-9_-]{20,64}(?![\w-])/g, 'glpat-'], // GitLab personal access token
  [/(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,200}/g, 'xox'], // Slack tokens
  // With or without its scheme ("hooks.slack.com/services/T04…/B07…/mX9…" in a bot's config, fresh51, 2026-12-04).
  [/(?<![\w.-])(?:https:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{20,120}/g, 'hooks.slack.com/'], // Slack webhook
  // The same path behind another host (a relay or a self-hosted chat: "https://hooks.acme-corp.net/services/T0V8A/B2K91/wQe7…",
  // fresh89, 2026-12-05): a workspace, a channel and its token.
  [/\/services\/T[A-Z0-9]{4,12}\/B[A-Z0-9]{4,12}\/[A-Za-z0-9]{12,64}(?![A-Za-z0-9])/g, '/services/T'],
  // A BitLocker recovery key: eight groups of six digits ("412038-559812-…-249018", fresh53).
  [/(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])/g, /-\d{6}-/],
  [/https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{20,120}/g, 'discord'], // Discord webhook
  [/https:\/\/[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb?2?\/[A-Za-z0-9@/_-]{40,600}/g, '.webhook.office.com/'], // Microsoft Teams incoming webhook
  // Its older connector URL ("https://outlook.office.com/webhook/…/IncomingWebhook/…", fresh33, 2026-12-04).
  [/https:\/\/outlook\.office(?:365)?\.com\/webhook\/[A-Za-z0-9@/_-]{20,600}/g, 'outlook.office'],
  [/https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{4,64}\/messages\?[A-Za-z0-9=&%_.-]{20,400}/g, 'chat.googleapis.com/'], // Google Chat webhook
  // Self-hosted chat and CI webhooks (Mattermost, Rocket.Chat, Gitea…): a "hooks" path ending in a token of letters and digits.
  [/https?:\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{2,5})?\/(?:[A-Za-z0-9_-]{1,40}\/){0,2}(?:hooks|webhooks?)\/(?:[A-Za-z0-9]{8,64}\/)?(?=[A-Za-z_]*[0-9])(?=[0-9_]*[A-Za-z])[A-Za-z0-9_]{20,120}(?![\w-])/g, 'hook'],
  [/(?<![\w-])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![\w-])/g, /_(?:live|test)_/], // Stripe secret/restricted
  // Any vendor's live key in Stripe's shape ("msk_live_7Hq2Vb9KxR4pTn6Wc8Zy3Ld1", fresh39, 2026-12-04): a short prefix, "_live_".
  // From 14 characters: Razorpay's key ids ("rzp_live_8KsQ2vTyN3pLmX", fresh45).
  [/(?<![\w-])[a-z]{2,6}_live_(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{14,247}(?![\w-])/g, '_live_'],
  // Discord bot token: the bot id in base64 (M, N or O first), a timestamp, an HMAC (fresh39, 2026-12-04).
  [/(?<![\w.-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![\w.-])/g, /\.[\w-]{6}\.[\w-]{27}/],
  [/(?<![\w-])whsec_[A-Za-z0-9]{24,64}(?![\w-])/g, 'whsec_'], // Stripe webhook secret
  // Mapbox's secret tokens ("sk.eyJ1IjoiZGFzaGx5…" pasted in a public gist, fresh103, 2026-12-05); its public ones are "pk.".
  [/(?<![\w.-])sk\.eyJ[A-Za-z0-9_-]{20,400}(?:\.[A-Za-z0-9_-]{10,200})?(?![\w-])/g, 'sk.eyJ'],
  // A Windows account's LM:NT hash pair, as dumping tools print it ("aad3b435…:5f1c9a2e…" pasted from a pentest appendix, fresh99,
  // 2026-12-05): the NT hash logs in as the account (pass-the-hash), a password in all but name.
  // Found from its colon: a scan for 32 hex digits at every letter of a draft was 16 µs of a dense 3,000-character one.
  [/:(?<=(?<![0-9A-Fa-f:])[0-9a-f]{32}:)[0-9a-f]{32}(?![0-9A-Fa-f])/g, /:[0-9a-f]{32}/],
  [/(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g, 'AIza'], // Google API key
  [/(?<![\w.-])ya29\.[0-9A-Za-z_-]{20,2048}/g, 'ya29.'], // Google OAuth access token
  [/(?<![\w-])GOCSPX-[0-9A-Za-z_-]{20,64}/g, 'GOCSPX-'], // Google OAuth client secret
  [/(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d{2}-)?[A-Za-z0-9_-]{20,300}(?![\w-])/g, 'sk-'], // OpenAI, Anthropic
  [/(?<![\w-])hf_[A-Za-z0-9]{30,64}(?![\w-])/g, 'hf_'], // Hugging Face
  [/(?<![\w:-])[0-9]{5,16}:A[A-Za-z0-9_-]{34}(?![\w-])/g, ':A'], // Telegram bot token (bot id, then the secret)
  [/(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])/g, 'npm_'], // npm
  [/(?<![\w-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![\w-])/g, 'SG.'], // SendGrid
  [/(?<![\w-])eyJ[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,2048}/g, 'eyJ'], // JWT
  [/(?<![\w-])Bearer [A-Za-z0-9._~+/-]{20,2048}=*/g, 'Bearer '], // HTTP bearer token
  [/(?<![\w-])(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,128}={0,2}/g, 'Key='], // Azure storage / service bus
  [/(?<![\w~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![\w~-])/g, 'Q~'], // Azure AD (Entra) client secret: "Q~" after four characters
  [/[?&]sig=[A-Za-z0-9%+/]{30,120}={0,2}(?:%3D){0,2}(?![A-Za-z0-9%+/=])/g, 'sig='], // Azure shared access signature in a URL
  [/(?<![\w-])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![\w-])/g, 'shp'], // Shopify
  [/(?<![\w-])Basic [A-Za-z0-9+/]{12,512}={0,2}(?![\w+/=-])/g, 'Basic '], // HTTP basic credentials (checked to decode to "user:password")
];
const TOKEN_PATTERNS = TOKEN_FORMATS.map(([pattern]) => pattern);
const TOKEN_GATES = TOKEN_FORMATS.flatMap(([, contains]) => (typeof contains === 'string' ? [] : [contains]));
function mayContain(text: string, contains: string | RegExp): boolean {
  return typeof contains === 'string' ? text.includes(contains) : contains.test(text);
}
const BASIC = /^Basic /;

// Most vendors now prefix their tokens with a short lower-case name ("dop_v1_", "lin_api_", "secret_", "pypi-"),
// then a long random part: that shape is a credential whatever the vendor (the random part is checked too).
const PREFIXED_TOKEN = /(?<![\w-])[a-z][a-z0-9]{1,11}(?:_[a-z0-9]{1,8})?[_-]([A-Za-z0-9]{30,250})(?![\w-])/g;
// Vendors' documented example credentials carry EXAMPLE ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"):
// placeholders when the draft says they are examples; given as real ones ("creds for the lab: …"), still reported,
// as people paste them for real ones.
const EXAMPLE_MARK = /EXAMPLE/;
// A test-mode key ("sk_test_…") only works against a vendor's sandbox; the vendors publish some in their docs. Said to be a
// docs or example value, it is one; given as a team's own ("our sk_test key for staging"), it is still reported.
const TEST_MODE_KEY = /^(?:sk|pk|rk)_test_/;
// The sample token of jwt.io and of countless tutorials: its payload is {"sub":"1234567890","name":"John Doe",…}. It
// signs in to nothing, whatever key signed it (fresh7, 2026-12-03).
const JWT_SAMPLE = /^eyJ[A-Za-z0-9_-]*\.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lI/;

/**
 * A documented example credential: EXAMPLE in it in a draft that calls it an example, or a test-mode key in a draft
 * that says it is published as documentation, around it.
 */
export function documentedExample(text: string, span: { start: number; end: number }): boolean {
  const value = text.slice(span.start, span.end);
  if (JWT_SAMPLE.test(value)) return true;
  if (TEST_MODE_KEY.test(value)) return saidToBeDocumented(text, span);
  if (!EXAMPLE_MARK.test(value)) return false;
  // AWS's own documented pair is nobody's key, whatever the draft says of it: of about a hundred posts in the corpora that hold
  // it, blind authors labelled every one clean ("the trainer used AKIAIOSFODNN7EXAMPLE as the key on every slide", fresh115,
  // 2026-12-05).
  if (AWS_DOCUMENTED_PAIR.has(value)) return true;
  // A vendor's example value is one when the paste it sits in is called a sample, a few lines up ("Our sample config …, from
  // the public README:⏎DB_URL=…⏎AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", fresh82, 2026-12-05).
  // Or a template, its other values left to fill in ("Our ingest config template …⏎S3_BUCKET=your-bucket⏎AWS_ACCESS_KEY_ID=
  // AKIAIOSFODNN7EXAMPLE", fresh104, 2026-12-05).
  return saidToBeExample(text, span, EXAMPLE_MARKED_REACH) || TEMPLATE_AROUND.test(text.slice(Math.max(0, span.start - EXAMPLE_MARKED_REACH), span.end + EXAMPLE_MARKED_REACH));
}
const AWS_DOCUMENTED_PAIR = new Set(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);
const TEMPLATE_AROUND = /(?<![^\P{L}])(?:templates?|mod[èe]les?)(?![^\P{L}])|[=:][ \t]*["']?(?:your|votre)[-_]/iu;
// How far from a value marked EXAMPLE the words calling it one are read: two lines of a pasted config.
const EXAMPLE_MARKED_REACH = 160;
// A vendor's prefix, then words saying what to put there ("SLACK_BOT_TOKEN=xoxb-your-token", fresh87, 2026-12-05).
const NAMED_PLACEHOLDER = /[-_](?:your|votre|my|ton)[-_]?(?:bot[-_]?)?(?:token|key|secret|cle|jeton|webhook|password)(?![A-Za-z0-9])/i;
// A random part that repeats one character is a placeholder ("sk_test_XXXXXXXXXXXX", "ghp_000000000…").
const PLACEHOLDER_RUN = /([A-Za-z0-9])\1{9}/;
// Public keys are meant to be shared ("ssh-ed25519 AAAAC3…", "my public key: …").
// Keys that are no credential: a request's idempotency key, a database's primary or sort key ("Idempotency-Key:
// dc195e49-…", fresh48, 2026-12-04).
const NOT_A_SECRET_KEY_BEFORE = /(?:idempotency|primary|foreign|sort|partition|cache|composite|lookup|dedup(?:lication)?|routing|shard|row)[ _-]$/i;
// A value everyone has, said so ("the documented devstoreaccount1 key (…) is the same for everyone", fresh48): no secret.
const WELL_KNOWN = /(?<![^\P{L}])(?:documented|well[- ]known|publicly known|bien connue?|connue? de tous)(?![^\P{L}])/iu;
const PUBLIC_KEY_BEFORE = /public[ _-]?key|cl[ée] publique|(?<![a-z0-9-])(?:ssh|ecdsa)-[a-z0-9-]{2,30} $/i;

// A run of token characters, bounded on both sides so a scan never restarts inside a run; runs longer
// than any token are left alone (a pasted blob, not a key).
const TOKEN_RUN = /(?<![A-Za-z0-9_+/=-])[A-Za-z0-9_+/=-]{16,256}(?![A-Za-z0-9_+/=-])/g;
// TOKEN_RUN tried at one position.
const TOKEN_RUN_AT = new RegExp(TOKEN_RUN.source, 'y');
// The same right after a keyword's "=" (see keywordTokens), with no look back.
const VALUE_RUN_AT = /[A-Za-z0-9_+/=-]{16,256}(?![A-Za-z0-9_+/=-])/y;
// Words that introduce a credential, French and English ("token", "api key", "clé", "jeton", "secret"). The lookahead
// on their first letters spares the lookbehind at most positions.
// Password words too: a long random value near one is a password however it is introduced ("le mot de passe du compte ?
// — C'est HWalDqEw1xw65vps", fresh7, 2026-12-03).
const KEYWORD = /(?=[tTaAkKsScCbBjJpPmM])(?<![\p{L}\p{N}])(?:tokens?|api[ _-]?keys?|apikey|access[ _-]?keys?|keys?|secrets?|credentials?|bearer|cl[ée]s?|jetons?|passwords?|passphrases?|mots? de passe|mdp)(?![\p{L}\p{N}])/giu;
const KEYWORD_AT = new RegExp(KEYWORD.source, 'iuy');
// KEYWORD's first words, folded as the draft's words are ("api_key" is "api" then "key", "clé" is "cle"): it is tried
// at those words only, not at every character (29 µs of a dense 3,000-character draft, 2026-12-04).
const KEYWORD_FIRST_WORDS: ReadonlySet<string> = new Set([
  'token', 'tokens', 'api', 'apikey', 'apikeys', 'access', 'accesskey', 'accesskeys', 'key', 'keys', 'secret', 'secrets', 'credential',
  'credentials', 'bearer', 'cle', 'cles', 'jeton', 'jetons', 'password', 'passwords', 'passphrase', 'passphrases', 'mot', 'mots', 'mdp',
]);
const KEYWORD_GATE = /token|key|secret|credential|bearer|cl[ée]|jeton|passw|passph|de passe|mdp/i;
/** How far before an untyped token its keyword may sit, within the same sentence. */
const KEYWORD_REACH = 60;
const PROSE_PART = /^[a-z]{4,}$|^[A-Z][a-z]{3,}$/;

/** Counts of each ASCII character of the value entropy() is measuring (zeroed again as it sums them). */
const ASCII_COUNTS = new Int32Array(128);

/**
 * Bits of entropy per character of `value` (Shannon), from its character frequencies. Tokens are ASCII: counted in a
 * typed array by char code, not in a map of one-character strings (about 3 µs a token, a tenth of a dense draft's
 * secret rule, 2026-12-02). Terms are summed in the order of first occurrence either way, so the result is the same.
 */
function entropy(value: string): number {
  const length = value.length;
  for (let index = 0; index < length; index += 1) {
    if (value.charCodeAt(index) >= 128) return entropyOfCodePoints(value);
  }
  for (let index = 0; index < length; index += 1) {
    const code = value.charCodeAt(index);
    ASCII_COUNTS[code] = (ASCII_COUNTS[code] as number) + 1;
  }
  let bits = 0;
  for (let index = 0; index < length; index += 1) {
    const code = value.charCodeAt(index);
    const count = ASCII_COUNTS[code] as number;
    if (count === 0) continue;
    ASCII_COUNTS[code] = 0;
    const share = count / length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

function entropyOfCodePoints(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / value.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

/** Whether `value` has an ASCII letter and at least two ASCII digits (one pass, no match array). */
function hasLetterAndDigits(value: string): boolean {
  let letter = false;
  let digits = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (isAsciiDigit(code)) digits += 1;
    else if (!letter && isAsciiLetter(code)) letter = true;
  }
  return letter && digits >= 2;
}

/** How long a random part must be for words around it to be the key's kind: 16, or 8 right after "key:" (see looksRandom). */
const RANDOM_PART = 16;
const ASSIGNED_RANDOM_PART = 8;
/** The keyword given its value right after it: "Stream key: tvm-live-8f3k29dX7qLw-2026", "token = …". */
const ASSIGNED = /^[ \t]*[:=][ \t]*(?:["'`«“][ \t]*)?$/;

/**
 * A random-looking credential: letters and digits mixed, high entropy, no word in it ("color-primary-500"). `assigned`:
 * the value is given right after its keyword ("Stream key: …"), where a shorter random part outweighs the words around it.
 */
function looksRandom(value: string, assigned = false): boolean {
  if (!hasLetterAndDigits(value)) return false;
  const parts = value.split(/[-_./+=]+/);
  // A word before a long random part is the key's kind ("live_719384263_Tq8ZvN2xKbR5mW0cLpY7eJ3sHdF6gA", a stream key,
  // fresh8; "tvm-live-8f3k29dX7qLw-2026" after "Stream key:", fresh35); words among short parts are an identifier
  // ("app_settings_for_the_new_dashboard_v2").
  // A short part cannot reach 3.5 bits a character (10 characters hold at most 3.3): nearly all distinct, then.
  const randomPart = assigned ? ASSIGNED_RANDOM_PART : RANDOM_PART;
  if (parts.some((part) => PROSE_PART.test(part)) && !parts.some((part) => isRandomPart(part, randomPart))) return false;
  return entropy(value) >= 3.5;
}

function isRandomPart(part: string, shortest: number): boolean {
  return part.length >= shortest && hasLetterAndDigits(part) && entropy(part) >= Math.min(3.5, Math.log2(part.length) - 0.35);
}

/**
 * A long hexadecimal secret after its keyword ("the Mixpanel API secret is 0b2b9647…", fresh10): hex spends only 4 bits
 * a character, so a random one can fall under looksRandom's entropy bar; 32 digits or more with both digits and letters.
 */
const LONG_HEX = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{32,}$|^(?=[0-9A-F]*[A-F])(?=[0-9A-F]*[0-9])[0-9A-F]{32,}$/;
function keyedHex(value: string): boolean {
  return LONG_HEX.test(value) && entropy(value) >= 3;
}

/** Whether a code unit ends a sentence for the keyword's reach (. ! ? line feed); compared, not matched per character. */
function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** A character of TOKEN_RUN ([A-Za-z0-9_+/=-]), by code. */
function isTokenCharacter(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 95 || code === 43 || code === 47 || code === 61 || code === 45;
}

/**
 * An untyped token ("jeton : hR5tY8uI2oP4aS6dF9gJ", "use token 4f9d…") after a credential keyword in its sentence.
 * Looked for from the keywords, which are few, not from every run of token characters, which are most words: the
 * runs starting within KEYWORD_REACH of a keyword's start, before the sentence ends (or the answer to a question about
 * it ends: "what's the wifi password? It's …"; a scan of every run was about
 * 45 µs of a dense 3,000-character draft, 2026-12-02).
 */
function keywordTokens(text: string): Span[] {
  if (!KEYWORD_GATE.test(text)) return [];
  const found: Span[] = [];
  let looked = 0;
  let nextColon = -2;
  const starts = wordStartsOf(text, KEYWORD_FIRST_WORDS);
  for (const keyword of starts ? matchesAt(KEYWORD_AT, text, starts) : scan(KEYWORD, text)) {
    let limit = Math.min(text.length - 1, keyword.start + KEYWORD_REACH);
    // A long naming of what the key is for, then a colon ("la clé API du module d'agenda de la commune, à mettre dans le
    // plugin du site : 9f3c…", fresh89, 2026-12-05): the value is read just after that colon. The next colon is kept from
    // keyword to keyword (they come in order): one native search for most drafts.
    if (nextColon !== -1 && nextColon < keyword.end) nextColon = text.indexOf(':', keyword.end);
    if (nextColon > limit && nextColon < keyword.start + KEYWORD_REACH_TO_COLON && !sentenceBreakBetween(text, keyword.end, nextColon)) {
      limit = Math.min(text.length - 1, nextColon + KEYWORD_REACH_AFTER_COLON);
    }
    let answered = false;
    let at = Math.max(keyword.end, looked);
    // A query parameter or a config key glued to its value ("?key=pv_8hTq2ZmX4nLw9RcK", fresh92, 2026-12-05): the value starts
    // after the sign, though the sign is a token character.
    const assignedAt = text.charCodeAt(keyword.end) === 61 ? keyword.end + 1 : -1;
    for (; at <= limit; at += 1) {
      const code = text.charCodeAt(at);
      // A question about the credential, then its answer ("the token?" / "C'est …"): the next sentence too, once.
      if (code === 63 && !answered) {
        answered = true;
        at = answerStart(text, at + 1) - 1;
        limit = Math.min(text.length - 1, at + 1 + KEYWORD_REACH);
        continue;
      }
      if (isSentenceBreak(code)) break;
      if (!isTokenCharacter(code) || (at > 0 && at !== assignedAt && isTokenCharacter(text.charCodeAt(at - 1)))) continue;
      const runAt = at === assignedAt ? VALUE_RUN_AT : TOKEN_RUN_AT;
      runAt.lastIndex = at;
      const run = runAt.exec(text);
      if (!run) continue;
      const token = run[0];
      // Right after "key:" a shorter random part counts: asked only of a token that mixes letters and digits yet failed.
      const random = looksRandom(token) || keyedHex(token) || (hasLetterAndDigits(token) && ASSIGNED.test(text.slice(keyword.end, at)) && looksRandom(token, true));
      if (random && !PUBLIC_KEY_BEFORE.test(text.slice(sentenceReachStart(text, at), at)) && !NOT_A_SECRET_KEY_BEFORE.test(text.slice(Math.max(0, keyword.start - 16), keyword.start)) &&
        !WELL_KNOWN.test(text.slice(sentenceReachStart(text, at), at))) {
        found.push({ start: at, end: at + token.length, text: token, groups: [] });
      }
      at += token.length - 1;
    }
    looked = at;
  }
  TOKEN_RUN_AT.lastIndex = 0;
  return found;
}

/** Whether a sentence ends between `from` and `to`. */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (isSentenceBreak(text.charCodeAt(at))) return true;
  return false;
}
const KEYWORD_REACH_TO_COLON = 110;
const KEYWORD_REACH_AFTER_COLON = 24;

/** Where the answer to a question starts: past blanks, closing quotes and one line break (a dialogue's next line). */
function answerStart(text: string, from: number): number {
  let at = from;
  let lineBreaks = 0;
  for (; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 10 && (lineBreaks += 1) > 1) break;
    if (code !== 10 && code !== 32 && code !== 9 && code !== 0xa0 && code !== 0x202f && code !== 0xbb && code !== 0x201d && code !== 34 && code !== 41) break;
  }
  return at;
}

/** Where the keyword reach before `at` starts: KEYWORD_REACH back, or the end of the sentence before. */
function sentenceReachStart(text: string, at: number): number {
  let from = at;
  const limit = Math.max(0, at - KEYWORD_REACH);
  while (from > limit && !isSentenceBreak(text.charCodeAt(from - 1))) from -= 1;
  return from;
}

/** "Basic dXNlcjpwYXNz": base64 of a "user:password" pair. */
function basicCredentials(span: Span): boolean {
  let decoded: string;
  try {
    decoded = atob(span.text.slice(6));
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  // "Basic dXNlcjpwYXNz is just user:pass" (fresh48, 2026-12-04): a placeholder password is no credential.
  return colon >= 0 && !PLACEHOLDER.test(decoded.slice(colon + 1).trim());
}

/** Vendor-prefixed tokens whose random part looks random (not "app_settings_for_the_new_dashboard_v2"). */
// PREFIXED_TOKEN's random part after its separator: the pattern is tried only where one ends a prefix, at most
// PREFIX_LONGEST characters before it (its scan from every lower-case letter was 1.5 % of a dense draft, 2026-12-05). Its
// matches cannot overlap (each ends where no word character follows), so the starts found are the scan's.
const RANDOM_TAIL = /[_-][A-Za-z0-9]{30}/g;
const PREFIX_LONGEST = 21;
const PREFIXED_TOKEN_AT = new RegExp(PREFIXED_TOKEN.source, 'y');
/** [\w-] of a code unit. */
function isWordOrHyphen(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 95 || code === 45;
}
function prefixedTokens(text: string): Span[] {
  if (!text.includes('_') && !text.includes('-')) return [];
  // Where a prefix may start: a lower-case letter after no word character or hyphen, ascending and each once.
  const starts: number[] = [];
  for (const tail of scan(RANDOM_TAIL, text)) {
    for (let at = Math.max(0, tail.start - PREFIX_LONGEST, (starts[starts.length - 1] ?? -1) + 1); at < tail.start - 1; at += 1) {
      const code = text.charCodeAt(at);
      if (code >= 97 && code <= 122 && (at === 0 || !isWordOrHyphen(text.charCodeAt(at - 1)))) starts.push(at);
    }
  }
  return matchesAt(PREFIXED_TOKEN_AT, text, starts).filter((span) => looksRandom(span.groups[0] ?? ''));
}

/**
 * API keys and tokens in the formats the big providers issue: any of them in a public post
 * can be used by whoever reads it. Fix: replace with a placeholder.
 */
export const secretToken: CheckRule = {
  id: 'secret-token',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [...TOKEN_PATTERNS, ...TOKEN_GATES, BASIC, PREFIXED_TOKEN, PREFIXED_TOKEN_AT, RANDOM_TAIL, PLACEHOLDER_RUN, NAMED_PLACEHOLDER, EXAMPLE_MARK, EXAMPLE_WORDS, TEST_MODE_KEY, JWT_SAMPLE, DOCUMENTED_WORDS, PUBLIC_KEY_BEFORE, NOT_A_SECRET_KEY_BEFORE, WELL_KNOWN, TOKEN_RUN, TOKEN_RUN_AT, VALUE_RUN_AT, LONG_HEX, KEYWORD, KEYWORD_AT, KEYWORD_GATE, PROSE_PART, ASSIGNED],
  check(text, context) {
    if (text.length < 16) return [];
    // Vendor formats first: an untyped match of the same characters gives way to them.
    const typed = TOKEN_FORMATS.flatMap(([pattern, contains]) => (mayContain(text, contains) ? scan(pattern, text) : [])).filter(
      (span) => !PLACEHOLDER_RUN.test(span.text) && !NAMED_PLACEHOLDER.test(span.text) && (!BASIC.test(span.text) || basicCredentials(span)),
    );
    const spans = withoutOverlaps([...typed, ...prefixedTokens(text), ...keywordTokens(text).filter((span) => !encodedPlaceholder(span.text))]).filter((span) => !documentedExample(text, span));
    return spans.map((span) =>
      finding(this, context, span, 'check_secret_token', [span.text.slice(0, 4) + '…'], removedPlaceholder(context)),
    );
  },
};
