import { internalUrl } from '../../utils/checks/internal-url';
import { spans } from './helpers';

describe('internal-url', () => {
  test.each(["https://intranet.acme.com/hr", "http://wiki.acme.corp/page", "https://acme.sharepoint.com/sites/x", "https://acme.atlassian.net/browse/PAY-1", "http://192.168.10.25:8080/dash", "http://10.0.0.1/admin", "https://teams.microsoft.com/l/meetup-join/19", "https://confluence.acme-corp.net/display/API", "http://grafana.ops.internal/d/1", "http://localhost:3000", "http://go/roadmap", "\\\\fileserver\\share\\doc.xlsx", "jira.acme.com/browse/X-1", "https://preprod.intranet.example.fr/app", "qa.intranet.globalbank.co.uk/plans", "http://vpn.corp.example.com", "https://preprod.acme.fr/app", "https://staging.shop-acme.io/collections", "https://shop.uat.acme.com", "https://kiosk.preprod.acme.co.uk", "https://app-staging.acme.com/login", "recette.mairie-exemple.fr/portail", "http://10.0.0.0/8/admin", "http://192.168.1.50/24", "https://api.qa.fabrikam.com/v2", "https://web.dev.contoso.io/login", "https://dev.azure.com/contoso/Core/_git/web", "https://contoso.visualstudio.com/Core", "https://contoso.zoom.us/j/93456781234", "http://[fd00:ab:cd::5]:9090/metrics", "http://[fe80::1]/", "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/edit#gid=0", "http://192.168.1.1/admin"])('flags %s', (text) => {
    expect(spans(internalUrl, text).length).toBeGreaterThan(0);
  });
  test.each(["La doc officielle explique tout sur api.slack.com.", "https://acme.com/news", "https://www.acme.fr/carrieres", "version 10.2.3.4", "https://github.com/acme/widgets", "https://8.8.8.8/", "node.js and vue.js", "https://blog.acme.com/post", "https://microsoft.com/teams", "Orionis-2 launched", "https://hooks.slack.com/services/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", "ftp://uploader:Spring2025x@files.partner-media.com/in", "https://intranet.fr/about", "https://staging.com/pricing", "https://dev.to/acme/post", "https://sandbox.paypal.com", "https://stage.acme.fr/offres", "10.0.0.0/8 and 192.168.0.0/16 are private ranges", "allow 172.16.0.0/12.", "192.168.1.1 is your router", "Talk: localhost is not production", "https://docs.google.com/forms/d/e/1FAIpQLSdAbCdEfGhIjKlMn/viewform", "https://dev.azure.com", "https://zoom.us/j/93456781234", "https://api.sandbox.paypal.com/v1", "https://test.acme.com/quiz", "http://[2001:db8::1]/"])('passes %s', (text) => {
    expect(spans(internalUrl, text)).toEqual([]);
  });
});

describe('loopback in documentation for the reader or in a personal project', () => {
  test.each([
    'Quickstart: docker compose up, then browse to http://localhost:5173 in your browser.',
    'Étape 4 du tuto : ouvrez http://127.0.0.1:8000/admin sur votre machine.',
    'Side project du dimanche : un Grafana sur http://localhost:3001 qui suit la température de mon balcon.',
    'My homelab finally has a dashboard: Home Assistant on http://127.0.0.1:8123 🏡',
  ])('passes %s', (text) => {
    expect(spans(internalUrl, text)).toEqual([]);
  });
  test.each([
    // A company service shown from a laptop, or documentation that names a company environment.
    'Release dashboard: http://localhost:4000/releases, served from my laptop for the review.',
    'Step 2 of the runbook: open the SSH tunnel, then http://localhost:9200 is the staging Elasticsearch.',
    // A private address of a server is never the reader's own machine.
    'Tutorial for the team: the wiki lives on http://10.12.0.40:8080/wiki',
  ])('flags %s', (text) => {
    expect(spans(internalUrl, text).length).toBeGreaterThan(0);
  });
});

describe('private addresses of a personal or home project', () => {
  test.each([
    'Projet perso du dimanche : la domotique de la maison tourne sur http://192.168.0.17:8123, tout en local.',
    'Weekend project: my kids’ weather screen polls http://10.0.0.23/api/forecast on my home network.',
    'Homelab update: Proxmox on https://192.168.1.5:8006 and a NAS, all at home.',
  ])('passes %s', (text) => {
    expect(spans(internalUrl, text)).toEqual([]);
  });
  test.each([
    // A company environment named in the draft.
    'Side project at work: the staging API is on http://10.20.3.4:8080, ask me for access.',
    // No personal project: a company tool on the office network.
    'La nouvelle console d’admin de l’imprimante est sur http://192.168.10.5/admin.',
  ])('flags %s', (text) => {
    expect(spans(internalUrl, text).length).toBeGreaterThan(0);
  });
});

describe('dotted quads the draft calls a version', () => {
  test.each([
    'I tried to ping "10.4.2.1" before noticing it was the agent version (10.4.2.1), not an address.',
    'Le client m’a lu 192.168.3.2 au téléphone : c’était la version du firmware, v192.168.3.2, pas une IP 😅',
    'Build: 10.1.0.3 is out, and 10.1.0.3 fixes the crash.',
  ])('passes %s', (text) => {
    expect(spans(internalUrl, text)).toEqual([]);
  });
  test.each([
    // Another quad than the version: an address.
    'Agent version (10.4.2.1) is installed on the gateway at http://10.4.2.254/status.',
    'Run the tip from our runbook: ssh admin@10.8.1.20 and check the logs.',
  ])('flags %s', (text) => {
    expect(spans(internalUrl, text).length).toBeGreaterThan(0);
  });
});

describe('a tip telling the reader to run a tool and open its local page', () => {
  test.each([
    'Reproducibility tip: log the run id and the commit. Then run mlflow ui and open http://localhost:5000 to compare runs.',
    'Astuce : lancez jupyter lab puis ouvrez http://127.0.0.1:8888 dans le navigateur.',
  ])('passes %s', (text) => {
    expect(spans(internalUrl, text)).toEqual([]);
  });
  test.each([
    'Tip for the team: through the VPN, then open http://localhost:8443 for the prod admin.',
  ])('flags %s', (text) => {
    expect(spans(internalUrl, text).length).toBeGreaterThan(0);
  });
});

describe('internal-url, r4rest', () => {
  test.each(['git clone git@gitlab.corp.acme.com:payments/ledger.git', 'scp f deploy@build01.acme-corp.net:/srv/releases/', 'rsync -a me@nas.lan:~/backup .'])('flags %s', (text) => {
    expect(spans(internalUrl, text).length).toBeGreaterThan(0);
  });
  test.each(['git clone git@github.com:acme/widgets.git', 'upgraded the oracle client to 10.2.0.4', 'mis à jour le firmware en 10.4.1.2', 'write to me@acme.com: thanks'])('passes %s', (text) => {
    expect(spans(internalUrl, text)).toEqual([]);
  });
});

test('passes a release numbered like a private address (fresh37, 2026-12-04)', () => {
  expect(spans(internalUrl, 'Release notes: route planner 10.2.7.3 is out, with faster re-routing.')).toEqual([]);
  expect(spans(internalUrl, 'Grafana on 10.2.7.3 is down again').length).toBe(1);
});

// fresh96 (2026-12-05): loopback is anyone's machine unless the draft says it runs a company service for others.
describe('internal-url: loopback only when shared', () => {
  test('passes a loopback address in a remark', () => {
    expect(spans(internalUrl, 'Reminder: localhost:3000 is not a link you can send to the client, folks.')).toEqual([]);
  });
  test('flags a build served from the author’s laptop', () => {
    expect(spans(internalUrl, 'The new quote tool runs at http://localhost:4200/quotes on my laptop, come and try it.').length).toBeGreaterThan(0);
  });
});
