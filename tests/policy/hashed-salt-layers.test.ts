import { runChecks } from '../../utils/checks';
import { hashTerm, mergePolicies, type PolicyLayer } from '../../utils/policy';
import { checkPolicy } from '../../utils/preferences';
import { defaultSettings, type Settings } from '../../utils/settings';

/*
 * Issue 10, "An imported policy file switches off the managed hashed names": each hashed entry keeps
 * the salt of the document that listed it, so no other layer (managed, imported, the defaults, the
 * person's own settings) changes how it matches. Every pair of layers, both hash forms.
 */

type Layer = 'managed' | 'imported' | 'default' | 'settings';
const LAYERS: readonly Layer[] = ['managed', 'imported', 'default', 'settings'];
/** Layers that can list names (defaults list none; the person's settings have no lists). */
const LISTING = ['managed', 'imported'] as const;
const FORMS = ['string', 'object'] as const;

const SALT: Record<Layer, string> = { managed: 'company-salt', imported: 'my-salt', default: '', settings: '' };
const NAME: Record<'managed' | 'imported', string> = { managed: 'Atlas', imported: 'Borealis' };

function hashedEntry(name: string, salt: string, form: (typeof FORMS)[number]) {
  const hex = hashTerm(name, salt);
  return form === 'string' ? `sha256:${hex}` : { sha256: hex };
}

/** The policy the checks see when `owner` lists a hashed name and `other` sets whatever salt it can. */
function scenario(owner: 'managed' | 'imported', other: Layer, form: (typeof FORMS)[number], ownerSalt: string) {
  const documents: Record<'managed' | 'imported', Record<string, unknown>> = { managed: {}, imported: {} };
  documents[owner] = { codenames: [hashedEntry(NAME[owner], ownerSalt, form)], ...(ownerSalt ? { hashSalt: ownerSalt } : {}) };
  if (other === 'managed' || other === 'imported') {
    documents[other] = { hashSalt: SALT[other], clientNames: [hashedEntry('Cygnus', SALT[other], form)] };
  }
  const layers: PolicyLayer[] = [
    { source: 'managed', value: documents.managed },
    { source: 'imported', value: documents.imported },
  ];
  const settings: Settings = defaultSettings();
  if (other === 'settings') settings.checks.codename = { enabled: true, severity: 'medium' };
  return checkPolicy(settings, mergePolicies(layers));
}

const found = (text: string, policy: ReturnType<typeof scenario>) =>
  runChecks(text, { platform: 'linkedin', policy, locale: 'en' })
    .filter((item) => item.category === 'codename' || item.category === 'client_name')
    .map((item) => `${item.category}:${text.slice(item.start, item.end)}`);

const pairs = LISTING.flatMap((owner) =>
  LAYERS.filter((other) => other !== owner).flatMap((other) =>
    FORMS.flatMap((form) => [true, false].map((ownSalt) => [owner, other, form, ownSalt] as const)),
  ),
);

describe('hashed names keep the salt of the document that listed them', () => {
  test.each(pairs)('%s lists a hashed name, %s sets another salt (%s form, own salt: %s)', (owner, other, form, ownSalt) => {
    const policy = scenario(owner, other, form, ownSalt ? SALT[owner] : '');
    const text = `${NAME[owner]} ships next week with Cygnus.`;
    const matches = found(text, policy);
    expect(matches).toContain(`codename:${NAME[owner]}`);
    // The other document's hashed names match under its own salt too.
    if (other === 'managed' || other === 'imported') expect(matches).toContain('client_name:Cygnus');
  });

  test("a lower layer's salt never makes a name match that the company's salt does not", () => {
    // A person who knows a codename cannot "hash it under their own salt" into the managed list.
    const merged = mergePolicies([
      { source: 'managed', value: { codenames: [`sha256:${hashTerm('Atlas', 'company-salt')}`], hashSalt: 'company-salt' } },
      { source: 'imported', value: { hashSalt: 'x' } },
    ]);
    const policy = checkPolicy(defaultSettings(), merged);
    expect(found('Atlas and Orion', policy)).toEqual(['codename:Atlas']);
  });
});
