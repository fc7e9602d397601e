import { finding, removedPlaceholder } from './lib/finding';
import { scan, withoutOverlaps } from './lib/scan';
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
  /(?<![\w-])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![\w-])/g, // Stripe secret/restricted
  /(?<![\w-])whsec_[A-Za-z0-9]{24,64}(?![\w-])/g, // Stripe webhook secret
  /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g, // Google API key
  /(?<![\w.-])ya29\.[0-9A-Za-z_-]{20,2048}/g, // Google OAuth access token
  /(?<![\w-])GOCSPX-[0-9A-Za-z_-]{20,64}/g, // Google OAuth client secret
  /(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d{2}-)?[A-Za-z0-9_-]{20,300}(?![\w-])/g, // OpenAI, Anthropic
  /(?<![\w-])hf_[A-Za-z0-9]{30,64}(?![\w-])/g, // Hugging Face
  /(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])/g, // npm
  /(?<![\w-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![\w-])/g, // SendGrid
  /(?<![\w-])eyJ[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,2048}/g, // JWT
  /(?<![\w-])Bearer [A-Za-z0-9._~+/-]{20,2048}=*/g, // HTTP bearer token
  /(?<![\w-])(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,128}={0,2}/g, // Azure storage / service bus
];

/**
 * API keys and tokens in the formats the big providers issue: any of them in a public post
 * can be used by whoever reads it. Fix: replace with a placeholder.
 */
export const secretToken: CheckRule = {
  id: 'secret-token',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: TOKEN_PATTERNS,
  check(text, context) {
    if (text.length < 16) return [];
    const spans = withoutOverlaps(TOKEN_PATTERNS.flatMap((pattern) => scan(pattern, text)));
    return spans.map((span) =>
      finding(this, context, span, 'check_secret_token', [span.text.slice(0, 4) + '…'], removedPlaceholder(context)),
    );
  },
};
