import { PLACEHOLDER } from './credentials-in-url';
import { finding } from './lib/finding';
import { matchesAt, MOST_ANCHORS, runStartBefore, scan } from './lib/scan';
import { wordStartsOf } from './lib/word-anchors';
import type { CheckContext, CheckRule } from './types';
import { isAsciiLetterOrDigit } from '../text/ascii-class';

// A host with at least one dot (or localhost), optional scheme, port and path. Labels are separated
// by dots that the label class excludes, so matching is deterministic and linear.
const URL_LIKE =
  /(?<![A-Za-z0-9@._%+-])(?:(?:https?|ftp|smb|file):\/\/)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z0-9-]{1,63}|localhost)(?::[0-9]{2,5})?(?:[/?#][^\s<>"'«»]*)?/g;
// URL_LIKE tried at one position. Every match holds a dot followed by a label character, or "localhost", and can
// start only where the run of host characters around it does (its lookbehind allows no other start), or at the
// scheme before that run: tried there, not at every word of the draft (the scan was about 50 µs of a dense
// 3,000-character draft, 2026-12-02).
const URL_LIKE_AT = new RegExp(URL_LIKE.source, 'y');
const SCHEMES = new Set(['http', 'https', 'ftp', 'smb', 'file']);
/** A character of a host ([A-Za-z0-9.-]) or of a label ([A-Za-z0-9-]), by code. */
function isLabelCharacter(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 45;
}
function isHostCharacter(code: number): boolean {
  return isLabelCharacter(code) || code === 46;
}
/** The characters URL_LIKE's lookbehind refuses before a match ([A-Za-z0-9@._%+-]). */
function refusedBeforeUrl(code: number): boolean {
  return isHostCharacter(code) || code === 64 || code === 95 || code === 37 || code === 43;
}
const LONGEST_HOST = 700;
/** The starts URL_LIKE can match at, ascending: before each run of host characters holding a dot that a label
 * follows, or "localhost", the scheme ("https://") if one stands there, then the run itself. Undefined past
 * MOST_ANCHORS such runs (then a scan is cheaper). */
function urlStarts(text: string): number[] | undefined {
  const starts: number[] = [];
  const addRunBefore = (at: number) => {
    const run = runStartBefore(text, at, LONGEST_HOST, isHostCharacter);
    if (starts.length > 0 && (starts[starts.length - 1] as number) >= run) return;
    if (run >= 3 && text.startsWith('://', run - 3)) {
      const scheme = runStartBefore(text, run - 3, 5, (code) => (code >= 97 && code <= 122));
      if (SCHEMES.has(text.slice(scheme, run - 3)) && (scheme === 0 || !refusedBeforeUrl(text.charCodeAt(scheme - 1)))) starts.push(scheme);
    }
    starts.push(run);
  };
  // After a run's start is found, the rest of the run is skipped: its other dots would find the same start, each with a
  // walk back over the run (quadratic on a pasted "a.a.a.…", 2 ms a warm call on 100 kB, 2026-12-02).
  const runEndAfter = (at: number) => {
    let end = at;
    while (end < text.length && isHostCharacter(text.charCodeAt(end))) end += 1;
    return end;
  };
  let dot = text.indexOf('.');
  let local = text.indexOf('localhost');
  while (dot >= 0 || local >= 0) {
    if (starts.length > MOST_ANCHORS) return undefined;
    let anchor: number;
    if (local >= 0 && (dot < 0 || local < dot)) anchor = local;
    else if (isLabelCharacter(text.charCodeAt(dot + 1)) && dot > 0 && isLabelCharacter(text.charCodeAt(dot - 1))) anchor = dot;
    else {
      dot = text.indexOf('.', dot + 1);
      continue;
    }
    addRunBefore(anchor);
    const end = runEndAfter(anchor + 1);
    if (dot >= 0 && dot < end) dot = text.indexOf('.', end);
    if (local >= 0 && local < end) local = text.indexOf('localhost', end);
  }
  return starts;
}

// Single-label hosts only resolve inside a company network: http://intranet/, http://go/roadmap, http://wiki:8080/.
// (Not before ":" without a port: "ftp://user:password@host" names a user, not a host.)
const SINGLE_LABEL = /(?<![A-Za-z0-9+.-])(?:https?|ftp):\/\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?::[0-9]{2,5})?(?=[/?#\s]|$)[^\s<>"'«»]*/g;
// UNC paths: \\server\share
const UNC = /(?<![\\\w])\\\\[A-Za-z0-9_.-]{1,63}\\[^\s<>"']{1,200}/g;
// "version 10.2.3.4": a four-part version number, not an address.
const VERSION_BEFORE = /(?:\bv|version|release|build|ver\.?|firmware|update)[ \t]?$/i;
// "upgraded the oracle client to 10.2.0.4", "mis à jour le firmware en 10.4.1.2": software is upgraded to a version, never
// to an address (read on the few words before a private dotted quad only).
const UPGRADED_TO = /(?<![^\P{L}])(?:upgrad(?:e|ed|es|ing)|updat(?:e|ed|es|ing)|patch(?:ed|es|ing)?|bump(?:ed|s|ing)?|mis(?:es?)? [àa] jour|mettre [àa] jour|mont[ée]e? de version|upgrad[ée]e?s?)(?![^\P{L}])[^.!?\n@:/]{0,40}(?<![^\P{L}])(?:to|vers|en)[ \t]+$/iu;
// "AIS decoder 10.4.2.1 is out", "la 10.4.2.1 est sortie" (fresh37, 2026-12-04): a release, not an address.
const RELEASED_AFTER = /^[ \t]*(?:is (?:out|live|available|released)|(?:has been |was |now )?released|ships|shipped|est (?:sortie?|disponible|en ligne)|sort|vient de sortir)(?![^\P{L}])/iu;
// A dotted quad the draft calls a version somewhere ("agent version (10.4.2.1)", "v10.4.2.1", "build: 10.4.2.1"): a
// version in every mention, as a post about mistaking one for an address quotes it bare too.
const VERSION_QUAD = /(?:(?<![^\P{L}])(?:version|release|build|ver\.?|firmware)[ \t]*[:(«"“'][ \t]*|(?<![\p{L}\p{N}.])v)(\d{1,3}(?:\.\d{1,3}){3})(?![0-9]|\.[0-9])/giu;
// "10.0.0.0/8" without a scheme: a network range in CIDR notation (a course, a firewall rule), not a link.
const CIDR_PREFIX = /^\/(?:[0-9]|[12][0-9]|3[0-2])$/;
// Host of a URL with credentials (scheme://user:pass@host), which URL_LIKE skips after "@".
const HOST_AFTER_CREDENTIALS = /:\/\/[^\s/@]{1,256}@([A-Za-z0-9.-]{1,253})/g;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// A login on a host given by address ("ssh deploy@10.42.7.18", "scp f root@192.168.4.20:/tmp"): URL_LIKE
// skips hosts after "@" (mailboxes), but a mailbox never sits on a bare IPv4 address.
// A login on a named host in scp syntax ("git clone git@gitlab.corp.acme.com:payments/ledger.git", "scp f deploy@build01.lan:~/"):
// the ":" and a path after the host say it is a machine, not a mailbox.
const LOGIN_AT_HOST = /@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z][A-Za-z0-9-]{0,62}):(?=~?\/|[A-Za-z0-9_.-]{1,100}\/)/g;
const LOGIN_AT_IP = /@(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![0-9]|\.[0-9])/g;
// The whole private blocks as textbooks write them ("10.0.0.0/8", "192.168.0.0/16") and every home router's subnet:
// a course or a home lab, not a network of ours.
const TEXTBOOK_BLOCKS = new Set(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '192.168.0.0/24', '192.168.1.0/24']);
// URLs to IPv6 unique-local (fc00::/7), link-local (fe80::/10) or loopback addresses: "http://[fd12:3456::10]:8888/".
const IPV6_URL = /(?<![A-Za-z0-9])(?:https?|ftp):\/\/\[((?:f[cd][0-9a-f]{2}|fe[89ab][0-9a-f]):[0-9a-f:]{1,36}|::1)\](?::[0-9]{2,5})?[^\s<>"'«»]*/gi;
// A Google Docs, Sheets or Slides link opened for editing: a working document shared from inside.
const SHARED_DOC_EDIT = /^https?:\/\/docs\.google\.com\/(?:document|spreadsheets|presentation)\/d\/[A-Za-z0-9_-]{20,}\/edit/;
// Azure DevOps names the organisation in the path, not the host: "dev.azure.com/contoso/…".
const DEVOPS_ORGANISATION = /^(?:https?:\/\/)?dev\.azure\.com\/[A-Za-z0-9_.-]+/;
// Written bare, these are every home router's default address, not a company's host.
const DEFAULT_GATEWAYS = new Set(['192.168.0.1', '192.168.1.1', '192.168.1.254', '192.168.0.254', '10.0.0.1']);

// The reader's own machine: a getting-started guide ("step 3: open http://localhost:8080", "runs on your machine"), a
// tutorial, a tip that tells the reader to run a tool then open its page ("Then run mlflow ui and open
// http://localhost:5000"). Loopback there is documentation, not a company service; "running on my laptop for the demo" is
// still one (a company build shown from a laptop), and so is any draft naming a company environment or the way into one
// (staging, prod, VPN, an SSH tunnel).
const READER_OR_PERSONAL = /(?<![^\P{L}])(?:getting[ -]started|get started|quick ?start|d[ée]marrage rapide|prise en main|tutori(?:al|el)s?|tutos?|step \d|[ée]tape \d|README|open[ -]source|tips?|astuces?|(?:then|puis|and|et)[ \t]+(?:open|ouvre[zr]?)|your (?:own )?(?:machine|computer|laptop|browser|PC|Mac)|(?:votre|ta|ton) (?:propre )?(?:machine|poste|ordinateur|navigateur|PC|Mac)|home ?lab|pet project|side[ -]projects?|projets? (?:perso(?:nnel)?s?|du week-?end|du dimanche|du samedi|du soir)|(?:week-?end|sunday|saturday) (?:project|build|hack)|hobby|raspberry ?pi|(?:mon|du|au) jardin|(?:my|the) garden|chez moi|at home|[àa] la maison)(?![^\P{L}])/iu;
// The author's personal or home project (a home lab, a weekend build, home automation): its private addresses are the
// author's home network, not a company's ("Projet du week-end … http://192.168.1.42:8123 (Home Assistant)").
const PERSONAL_PROJECT = /(?<![^\P{L}])(?:home ?lab|pet project|side[ -]projects?|projets? (?:perso(?:nnel)?s?|du week-?end|du dimanche|du samedi|du soir)|(?:week-?end|sunday|saturday) (?:project|build|hack)|hobby|raspberry ?pi|(?:mon|du|au) jardin|(?:my|the) garden|chez moi|at home|[àa] la maison|home automation|domotique|smart home|maison connect[ée]e|mon r[ée]seau (?:domestique|perso)|my home network|serveur (?:maison|perso(?:nnel)?|domestique)|home server|my (?:own )?(?:server|NAS)|mon (?:propre )?(?:serveur|NAS)|home assistant|homeassistant|jeedom|domoticz|openhab|pi-?hole|jellyfin|self-?host(?:ed|ing)|auto-?h[ée]berg(?:[ée]e?s?|ement))(?![^\P{L}])/iu;
const PERSONAL_PROJECT_AT = new RegExp(PERSONAL_PROJECT.source, 'iuy');
// The words PERSONAL_PROJECT's phrases open with, folded ("à la maison" opens on "a", "pi-hole" on "pi"): it is tried there,
// not at every character (its scan was 60 µs of a dense 3,000-character draft, each time a private host was found).
const PERSONAL_FIRST_WORDS: ReadonlySet<string> = new Set([
  'home', 'homelab', 'pet', 'side', 'projet', 'projets', 'week', 'weekend', 'sunday', 'saturday', 'hobby', 'raspberry', 'raspberrypi',
  'mon', 'du', 'au', 'my', 'the', 'chez', 'at', 'a', 'domotique', 'smart', 'maison', 'serveur', 'homeassistant', 'jeedom', 'domoticz',
  'openhab', 'pi', 'pihole', 'jellyfin', 'self', 'selfhosted', 'selfhosting', 'auto', 'autoheberge', 'autohebergee', 'autoheberges',
  'autohebergees', 'autohebergement',
]);
/** Whether the draft speaks of a personal project or a home network (PERSONAL_PROJECT anywhere). */
function mentionsPersonalProject(text: string): boolean {
  const starts = wordStartsOf(text, PERSONAL_FIRST_WORDS);
  return starts ? matchesAt(PERSONAL_PROJECT_AT, text, starts).length > 0 : PERSONAL_PROJECT.test(text);
}
const LOOPBACK_PORT_ONLY = /^(?:localhost|127(?:\.[0-9]{1,3}){3}):[0-9]{2,5}[.,;:!?)\]]*$/i;
const COMPANY_ENVIRONMENT = /(?<![^\P{L}])(?:staging|pre-?prod(?:uction)?|production|prod|recette|intranet|internal|interne|VPN|tunnel|ssh)(?![^\P{L}])/iu;

/** Top-level labels that never resolve on the public Internet (RFC 6762, 8375, ICANN name collision list). */
const PRIVATE_TLDS = new Set(['corp', 'internal', 'local', 'lan', 'intranet', 'intra', 'priv', 'private', 'localdomain', 'localhost']);
// Loopback said of the reader's own machine in the words just before it ("run your dedicated server locally on 127.0.0.1:7777",
// fresh13, 2026-12-03): documentation for the reader, even beside a word such as "staging".
const READER_LOOPBACK_WORDS = /(?<![^\P{L}])(?:locally|en local|your|votre|vos|ton|ta|tes)(?![^\P{L}])/iu;
/** How far before a loopback host those words are read, within its sentence. */
const READER_LOOPBACK_REACH = 60;

/** Whether the words just before `start`, in its sentence, say the host is on the reader's machine. */
function readerLoopbackBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - READER_LOOPBACK_REACH), start);
  // The sentence's own part: after the last ". ", "! ", "? " or line break (a host's dots are not sentence ends).
  let from = 0;
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const char = before[index] as string;
    if (char === '\n' || ((char === '.' || char === '!' || char === '?') && /\s/.test(before[index + 1] ?? ' '))) {
      from = index + 1;
      break;
    }
  }
  return READER_LOOPBACK_WORDS.test(before.slice(from));
}

/**
 * Private TLDs a home network names its machines under (mDNS .local, a router's .lan, .home): in a post about a home lab or
 * a personal project they are the author's own, not the company's ("everything else lives under homelab.local", fresh12).
 */
const HOME_NETWORK_TLDS = new Set(['local', 'lan', 'home', 'localdomain']);
/** First labels of hosts that are intranets or internal tools by name. */
const INTERNAL_HOST_LABELS = new Set(['intranet', 'intra', 'extranet', 'jira', 'confluence', 'sharepoint', 'jenkins', 'grafana', 'kibana', 'gitlab-internal', 'wiki-internal', 'portail-interne', 'corp', 'vpn']);
/**
 * Labels that put every host under them inside a company network, at any depth and on any domain
 * ("preprod.intranet.example.fr", "vpn.corp.example.com"); never the registrable name itself.
 */
const INTERNAL_ZONE_LABELS = new Set(['intranet', 'intra', 'extranet', 'internal', 'corp', 'lan', 'priv']);
/**
 * A pre-production environment named in a label below the registrable name ("preprod.acme.fr",
 * "kiosk.staging.acme.com", "shop-uat.acme.io"): unreleased work on a company host. Not "dev", "test",
 * "qa", "sandbox" or "stage": public developer portals, Q&A sites and French internships use those.
 */
/**
 * Environment labels that are ambiguous first ("dev.to", "test.example.com" may be public portals) but not
 * under another label: "admin.dev.northwind.io", "api.qa.acme.com" name a host inside an environment.
 * Not "sandbox": vendors' public test APIs live there ("api.sandbox.paypal.com").
 */
const ENVIRONMENT_ZONE_LABEL = /^(?:dev|develop|development|test|testing|qa|int|integ|integration|stage|stg|preview)$/;
const PRE_PRODUCTION_LABEL = /^(?:(?:[a-z0-9]+-)?(?:staging|preprod|pre-prod|preproduction|pre-production|uat|recette)(?:-[a-z0-9]+)?)$/;
/** Public endpoints of chat webhooks: a URL there is a secret (secret-token reports it), not an internal link. */
const WEBHOOK_HOSTS = /^(?:hooks\.slack\.com|[a-z0-9-]+\.webhook\.office\.com|discord(?:app)?\.com|chat\.googleapis\.com)$/;
/** SaaS tenants that hold internal documents and conversations (a Slack workspace, not Slack's own api., docs. or status. sites, fresh52). */
const INTERNAL_SAAS = [/\.visualstudio\.com$/, /^[a-z0-9-]+\.zoom\.us$/, /\.sharepoint\.com$/, /\.atlassian\.net$/, /^teams\.microsoft\.com$/, /^teams\.live\.com$/, /^(?!(?:api|app|docs|status|www|slack|hooks|files|edgeapi|a)\.slack\.com$)[a-z0-9-]+\.slack\.com$/, /\.service-now\.com$/, /\.my\.salesforce\.com$/, /^1drv\.ms$/, /-my\.sharepoint\.com$/, /\.lightning\.force\.com$/];

// One alternation instead of one test per tenant pattern: every host-like word of a draft is looked up.
const INTERNAL_SAAS_ANY = new RegExp(INTERNAL_SAAS.map((pattern) => `(?:${pattern.source})`).join('|'));

function isPrivateIp(host: string): boolean {
  const match = IPV4.exec(host);
  if (!match) return false;
  const [a, b, c, d] = match.slice(1).map(Number) as [number, number, number, number];
  if ([a, b, c, d].some((octet) => octet > 255)) return false;
  // 100.64/10: carrier-grade NAT space, used for VPN and cluster networks, never routed on the Internet.
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

function isLoopback(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === 'localhost' || (lower.startsWith('127.') && IPV4.test(lower));
}

function cleanDomain(domain: string): string {
  return domain.toLowerCase().replace(/^\*\./, '').replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}

// The policy's list is stable between keystrokes: clean it once per list (a pure memo).
const cleanedLists = new WeakMap<readonly string[], string[]>();

function cleanDomains(domains: readonly string[]): string[] {
  let cleaned = cleanedLists.get(domains);
  if (!cleaned) {
    cleaned = domains.map(cleanDomain).filter((clean) => clean.length > 0);
    cleanedLists.set(domains, cleaned);
  }
  return cleaned;
}

function matchesDomain(host: string, clean: string): boolean {
  return host === clean || host.endsWith('.' + clean);
}

export function isInternalHost(host: string, context: Pick<CheckContext, 'policy'>): boolean {
  const lower = host.toLowerCase();
  const first = lower.charCodeAt(0);
  const maybeIp = first >= 48 && first <= 57;
  if (lower === 'localhost' || (maybeIp && isPrivateIp(lower))) return true;
  // A name ending in a digit is an IP address or no host at all ("3.14", "v2.1"): nothing more to look up.
  const last = lower.charCodeAt(lower.length - 1);
  if (last >= 48 && last <= 57) return false;
  const labels = lower.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (maybeIp && IPV4.test(lower)) return false;
  if (labels.length >= 2 && PRIVATE_TLDS.has(tld) && !/^\d+$/.test(labels[0] ?? '')) return true;
  if (labels.length >= 3 && INTERNAL_HOST_LABELS.has(labels[0] ?? '')) return true;
  if (WEBHOOK_HOSTS.test(lower)) return false;
  for (let index = 0; index < labels.length - 2; index += 1) {
    const label = labels[index] as string;
    if (INTERNAL_ZONE_LABELS.has(label)) return true;
    // Only labels above the last two: "staging.com" is a registrable name, "staging.acme.com" an environment.
    if (PRE_PRODUCTION_LABEL.test(label)) return true;
    if (index > 0 && ENVIRONMENT_ZONE_LABEL.test(label)) return true;
  }
  if (INTERNAL_SAAS_ANY.test(lower)) return true;
  return cleanDomains(context.policy.internalDomains).some((domain) => matchesDomain(lower, domain));
}

/**
 * Links to places only employees can open: intranet hosts, private TLDs (.corp, .internal, .local,
 * .lan), private and loopback IPs, SharePoint/Teams/Confluence/Jira tenants, the policy's internal domains.
 */
export const internalUrl: CheckRule = {
  id: 'internal-url',
  category: 'internal_url',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [LOOPBACK_PORT_ONLY, RELEASED_AFTER, URL_LIKE, URL_LIKE_AT, READER_OR_PERSONAL, READER_LOOPBACK_WORDS, PERSONAL_PROJECT, PERSONAL_PROJECT_AT, VERSION_QUAD, COMPANY_ENVIRONMENT, CIDR_PREFIX, PRE_PRODUCTION_LABEL, ENVIRONMENT_ZONE_LABEL, IPV6_URL, SHARED_DOC_EDIT, DEVOPS_ORGANISATION, HOST_AFTER_CREDENTIALS, LOGIN_AT_IP, LOGIN_AT_HOST, UPGRADED_TO, SINGLE_LABEL, UNC, IPV4, VERSION_BEFORE, WEBHOOK_HOSTS, INTERNAL_SAAS_ANY],
  check(text, context) {
    const findings = [];
    // A pasted text repeats its hosts (thousands of "a.b.c" in one paste): decide each distinct host once.
    const verdicts = new Map<string, boolean>();
    const internal = (host: string): boolean => {
      let verdict = verdicts.get(host);
      if (verdict === undefined) {
        verdict = isInternalHost(host, context);
        verdicts.set(host, verdict);
      }
      return verdict;
    };
    // Asked once, and only for a loopback host: few drafts have one.
    let readerOrPersonalVerdict: boolean | undefined;
    // Asked once, and only for a loopback host and port.
    let companyEnvironmentVerdict: boolean | undefined;
    const companyEnvironment = (): boolean => (companyEnvironmentVerdict ??= COMPANY_ENVIRONMENT.test(text));
    const readerOrPersonal = (): boolean => (readerOrPersonalVerdict ??= READER_OR_PERSONAL.test(text) && !COMPANY_ENVIRONMENT.test(text));
    // Asked once, and only for a private address.
    let personalVerdict: boolean | undefined;
    const personal = (): boolean => (personalVerdict ??= mentionsPersonalProject(text) && !COMPANY_ENVIRONMENT.test(text));
    // Asked once, and only for a private dotted quad.
    let versions: Set<string> | undefined;
    const calledVersion = (host: string): boolean => (versions ??= new Set(scan(VERSION_QUAD, text).map((span) => span.groups[0] ?? ''))).has(host);
    const starts = urlStarts(text);
    for (const span of starts ? matchesAt(URL_LIKE_AT, text, starts) : scan(URL_LIKE, text)) {
      const host = span.groups[0] ?? '';
      const sharedDocument = (host === 'docs.google.com' && SHARED_DOC_EDIT.test(span.text)) || (host === 'dev.azure.com' && DEVOPS_ORGANISATION.test(span.text));
      if (!sharedDocument && !internal(host)) continue;
      // Bare "localhost" or a router's default address is a word in a sentence, not a link to a company host.
      const bare = span.text.replace(/[.,;:!?)\]]+$/u, '') === host;
      if (bare && (host.toLowerCase() === 'localhost' || DEFAULT_GATEWAYS.has(host))) continue;
      if (isLoopback(host) && (readerOrPersonal() || readerLoopbackBefore(text, span.start))) continue;
      // Loopback and a port with no scheme nor path, in prose ("localhost:8080 is not a valid URL for the demo, Dave", "connect
      // ECONNREFUSED 127.0.0.1:5432", fresh48, fresh96, 2026-12-05): anyone's machine named, as bare "localhost" is, unless
      // the draft names a company environment or the way into one.
      if (isLoopback(host) && LOOPBACK_PORT_ONLY.test(span.text) && !companyEnvironment()) continue;
      if (IPV4.test(host) && (VERSION_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) || calledVersion(host) || UPGRADED_TO.test(text.slice(Math.max(0, span.start - 60), span.start)) ||
        RELEASED_AFTER.test(text.slice(span.end, span.end + 24)))) continue;
      if (IPV4.test(host) && !isLoopback(host) && personal()) continue;
      if (HOME_NETWORK_TLDS.has(host.slice(host.lastIndexOf('.') + 1).toLowerCase()) && personal()) continue;
      // A private subnet in CIDR form ("172.16.8.0/24") maps our network; only the whole blocks as textbooks write them stay clean.
      if (span.text.startsWith(host) && IPV4.test(host) && CIDR_PREFIX.test(span.text.slice(host.length).replace(/[.,;:!?)\]]+$/u, '')) && TEXTBOOK_BLOCKS.has(span.text.replace(/[.,;:!?)\]]+$/u, ''))) continue;
      // The local part of an e-mail address ("paolo.ferri.private@gmail.com", fresh53, 2026-12-04): no host at all.
      if (text.charCodeAt(span.end) === 0x40 && span.text === host) continue;
      // Bare "file.local" words without scheme or path are too ambiguous, except private IPs and known tools.
      const trimmed = span.text.replace(/[.,;:!?)\]]+$/u, '');
      findings.push(finding(this, context, { start: span.start, end: span.start + trimmed.length }, 'check_internal_url', [host]));
    }
    for (const span of scan(HOST_AFTER_CREDENTIALS, text)) {
      const host = (span.groups[0] ?? '').replace(/[.]+$/, '');
      if (!internal(host)) continue;
      // "postgres://user:password@localhost:5432/mydb": a template with placeholder credentials, pointing at the
      // reader's own machine, is documentation, not a company host.
      const credentials = span.text.slice(3, span.text.length - (span.groups[0] ?? '').length - 1);
      const password = credentials.slice(credentials.indexOf(':') + 1);
      if ((host === 'localhost' || host.startsWith('127.')) && credentials.includes(':') && PLACEHOLDER.test(password)) continue;
      const start = span.end - (span.groups[0] ?? '').length;
      findings.push(finding(this, context, { start, end: start + host.length }, 'check_internal_url', [host]));
    }
    for (const span of scan(SINGLE_LABEL, text)) {
      if (isLoopback(span.groups[0] ?? '') && (readerOrPersonal() || readerLoopbackBefore(text, span.start))) continue;
      const trimmed = span.text.replace(/[.,;:!?)\]]+$/u, '');
      findings.push(finding(this, context, { start: span.start, end: span.start + trimmed.length }, 'check_internal_url', [span.groups[0] ?? '']));
    }
    if (text.includes('@')) {
      for (const span of scan(LOGIN_AT_IP, text)) {
        const host = span.groups[0] ?? '';
        if (!internal(host) || personal() || calledVersion(host)) continue;
        // "scheme://user@host" is reported above, with the credentials' host.
        const lineStart = Math.max(text.lastIndexOf(' ', span.start), text.lastIndexOf('\n', span.start));
        if (text.slice(lineStart + 1, span.start).includes('://')) continue;
        findings.push(finding(this, context, { start: span.start + 1, end: span.end }, 'check_internal_url', [host]));
      }
      for (const span of scan(LOGIN_AT_HOST, text)) {
        const host = span.groups[0] ?? '';
        if (!internal(host) || personal()) continue;
        findings.push(finding(this, context, { start: span.start + 1, end: span.start + 1 + host.length }, 'check_internal_url', [host]));
      }
    }
    if (text.includes('://[')) {
      for (const span of scan(IPV6_URL, text)) findings.push(finding(this, context, span, 'check_internal_url', [span.groups[0] ?? '']));
    }
    for (const span of scan(UNC, text)) findings.push(finding(this, context, span, 'check_internal_url', [span.text.split('\\')[2] ?? '']));
    return findings;
  },
};
