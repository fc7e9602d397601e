import { EXAMPLE_WORDS, saidToBeExample } from './lib/example-words';
import { finding, removedPlaceholder } from './lib/finding';
import { scan, withoutOverlaps, type Span } from './lib/scan';
import type { CheckRule } from './types';

// Token formats published by the providers (prefixes are what secret scanners such as GitHub's use).
// Each is bounded on the left by (?<![\w-]) so a scan never restarts inside a long run: linear time.
const TOKEN_PATTERNS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, // AWS access key id
  /(?<![\w-])gh[pousr]_[A-Za-z0-9]{36,255}(?![\w-])/g, // GitHub tokens
  /(?<![\w-])github_pat_[A-Za-z0-9_]{60,255}/g, // GitHub fine-grained
  /(?<![\w-])glpat-[A-Za-z0-9_-]{20,64}(?![\w-])/g, // GitLab personal access token
  /(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,200}/g, // Slack tokens
  /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{20,120}/g, // Slack webhook
  /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{20,120}/g, // Discord webhook
  /https:\/\/[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb?2?\/[A-Za-z0-9@/_-]{40,600}/g, // Microsoft Teams incoming webhook
  /https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{4,64}\/messages\?[A-Za-z0-9=&%_.-]{20,400}/g, // Google Chat webhook
  // Self-hosted chat and CI webhooks (Mattermost, Rocket.Chat, Gitea…): a "hooks" path ending in a token of letters and digits.
  /https?:\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{2,5})?\/(?:[A-Za-z0-9_-]{1,40}\/){0,2}(?:hooks|webhooks?)\/(?:[A-Za-z0-9]{8,64}\/)?(?=[A-Za-z_]*[0-9])(?=[0-9_]*[A-Za-z])[A-Za-z0-9_]{20,120}(?![\w-])/g,
  /(?<![\w-])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![\w-])/g, // Stripe secret/restricted
  /(?<![\w-])whsec_[A-Za-z0-9]{24,64}(?![\w-])/g, // Stripe webhook secret
  /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g, // Google API key
  /(?<![\w.-])ya29\.[0-9A-Za-z_-]{20,2048}/g, // Google OAuth access token
  /(?<![\w-])GOCSPX-[0-9A-Za-z_-]{20,64}/g, // Google OAuth client secret
  /(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d{2}-)?[A-Za-z0-9_-]{20,300}(?![\w-])/g, // OpenAI, Anthropic
  /(?<![\w-])hf_[A-Za-z0-9]{30,64}(?![\w-])/g, // Hugging Face
  /(?<![\w:-])[0-9]{5,16}:A[A-Za-z0-9_-]{34}(?![\w-])/g, // Telegram bot token (bot id, then the secret)
  /(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])/g, // npm
  /(?<![\w-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![\w-])/g, // SendGrid
  /(?<![\w-])eyJ[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,2048}/g, // JWT
  /(?<![\w-])Bearer [A-Za-z0-9._~+/-]{20,2048}=*/g, // HTTP bearer token
  /(?<![\w-])(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,128}={0,2}/g, // Azure storage / service bus
  /(?<![\w~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![\w~-])/g, // Azure AD (Entra) client secret: "Q~" after four characters
  /[?&]sig=[A-Za-z0-9%+/]{30,120}={0,2}(?:%3D){0,2}(?![A-Za-z0-9%+/=])/g, // Azure shared access signature in a URL
  /(?<![\w-])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![\w-])/g, // Shopify
  /(?<![\w-])Basic [A-Za-z0-9+/]{12,512}={0,2}(?![\w+/=-])/g, // HTTP basic credentials (checked to decode to "user:password")
];
const BASIC = /^Basic /;

// Most vendors now prefix their tokens with a short lower-case name ("dop_v1_", "lin_api_", "secret_", "pypi-"),
// then a long random part: that shape is a credential whatever the vendor (the random part is checked too).
const PREFIXED_TOKEN = /(?<![\w-])[a-z][a-z0-9]{1,11}(?:_[a-z0-9]{1,8})?[_-]([A-Za-z0-9]{30,250})(?![\w-])/g;
// Vendors' documented example credentials carry EXAMPLE ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"):
// placeholders when the draft says they are examples; given as real ones ("creds for the lab: …"), still reported,
// as people paste them for real ones.
const EXAMPLE_MARK = /EXAMPLE/;

/** A documented example credential (EXAMPLE in it) in a draft that calls it an example, around it. */
export function documentedExample(text: string, span: { start: number; end: number }): boolean {
  if (!EXAMPLE_MARK.test(text.slice(span.start, span.end))) return false;
  return saidToBeExample(text, span);
}
// A random part that repeats one character is a placeholder ("sk_test_XXXXXXXXXXXX", "ghp_000000000…").
const PLACEHOLDER_RUN = /([A-Za-z0-9])\1{9}/;
// Public keys are meant to be shared ("ssh-ed25519 AAAAC3…", "my public key: …").
const PUBLIC_KEY_BEFORE = /public[ _-]?key|cl[ée] publique|(?<![a-z0-9-])(?:ssh|ecdsa)-[a-z0-9-]{2,30} $/i;

// A run of token characters, bounded on both sides so a scan never restarts inside a run; runs longer
// than any token are left alone (a pasted blob, not a key).
const TOKEN_RUN = /(?<![A-Za-z0-9_+/=-])[A-Za-z0-9_+/=-]{16,256}(?![A-Za-z0-9_+/=-])/g;
// Words that introduce a credential, French and English ("token", "api key", "clé", "jeton", "secret").
const KEYWORD = /(?<![\p{L}\p{N}])(?:tokens?|api[ _-]?keys?|apikey|access[ _-]?keys?|keys?|secrets?|credentials?|bearer|cl[ée]s?|jetons?)(?![\p{L}\p{N}])/giu;
const KEYWORD_GATE = /token|key|secret|credential|bearer|cl[ée]|jeton/i;
/** How far before an untyped token its keyword may sit, within the same sentence. */
const KEYWORD_REACH = 60;
const PROSE_PART = /^[a-z]{4,}$|^[A-Z][a-z]{3,}$/;

/** Bits of entropy per character of `value` (Shannon), from its character frequencies. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / value.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

/** A random-looking credential: letters and digits mixed, high entropy, no word in it ("color-primary-500"). */
function looksRandom(value: string): boolean {
  if (!/[A-Za-z]/.test(value) || (value.match(/[0-9]/g)?.length ?? 0) < 2) return false;
  if (value.split(/[-_./+=]+/).some((part) => PROSE_PART.test(part))) return false;
  return entropy(value) >= 3.5;
}

/** Whether a code unit ends a sentence for the keyword's reach (. ! ? line feed); compared, not matched per character. */
function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** An untyped token ("jeton : hR5tY8uI2oP4aS6dF9gJ", "use token 4f9d…") after a credential keyword in its sentence. */
function keywordTokens(text: string): Span[] {
  if (!KEYWORD_GATE.test(text)) return [];
  const found: Span[] = [];
  for (const run of scan(TOKEN_RUN, text)) {
    // The keyword first (a short backward walk), then the entropy: most runs have no keyword before them.
    let from = run.start;
    const limit = Math.max(0, run.start - KEYWORD_REACH);
    while (from > limit && !isSentenceBreak(text.charCodeAt(from - 1))) from -= 1;
    KEYWORD.lastIndex = 0;
    const keyword = KEYWORD.test(text.slice(from, run.start));
    KEYWORD.lastIndex = 0;
    if (keyword && looksRandom(run.text) && !PUBLIC_KEY_BEFORE.test(text.slice(from, run.start))) found.push(run);
  }
  return found;
}

/** "Basic dXNlcjpwYXNz": base64 of a "user:password" pair. */
function basicCredentials(span: Span): boolean {
  try {
    return atob(span.text.slice(6)).includes(':');
  } catch {
    return false;
  }
}

/** Vendor-prefixed tokens whose random part looks random (not "app_settings_for_the_new_dashboard_v2"). */
function prefixedTokens(text: string): Span[] {
  if (!text.includes('_') && !text.includes('-')) return [];
  return scan(PREFIXED_TOKEN, text).filter((span) => looksRandom(span.groups[0] ?? ''));
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
  patterns: [...TOKEN_PATTERNS, BASIC, PREFIXED_TOKEN, PLACEHOLDER_RUN, EXAMPLE_MARK, EXAMPLE_WORDS, PUBLIC_KEY_BEFORE, TOKEN_RUN, KEYWORD, KEYWORD_GATE, PROSE_PART],
  check(text, context) {
    if (text.length < 16) return [];
    // Vendor formats first: an untyped match of the same characters gives way to them.
    const typed = TOKEN_PATTERNS.flatMap((pattern) => scan(pattern, text)).filter(
      (span) => !PLACEHOLDER_RUN.test(span.text) && (!BASIC.test(span.text) || basicCredentials(span)),
    );
    const spans = withoutOverlaps([...typed, ...prefixedTokens(text), ...keywordTokens(text)]).filter((span) => !documentedExample(text, span));
    return spans.map((span) =>
      finding(this, context, span, 'check_secret_token', [span.text.slice(0, 4) + '…'], removedPlaceholder(context)),
    );
  },
};
