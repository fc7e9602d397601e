import { internalUrl } from '../../utils/checks/internal-url';
import { spans } from './helpers';

describe('internal-url', () => {
  test.each(["https://intranet.acme.com/hr", "http://wiki.acme.corp/page", "https://acme.sharepoint.com/sites/x", "https://acme.atlassian.net/browse/PAY-1", "http://192.168.10.25:8080/dash", "http://10.0.0.1/admin", "https://teams.microsoft.com/l/meetup-join/19", "https://confluence.acme-corp.net/display/API", "http://grafana.ops.internal/d/1", "http://localhost:3000", "http://go/roadmap", "\\\\fileserver\\share\\doc.xlsx", "jira.acme.com/browse/X-1", "https://preprod.intranet.example.fr/app", "qa.intranet.globalbank.co.uk/plans", "http://vpn.corp.example.com", "https://preprod.acme.fr/app", "https://staging.shop-acme.io/collections", "https://shop.uat.acme.com", "https://kiosk.preprod.acme.co.uk", "https://app-staging.acme.com/login", "recette.mairie-exemple.fr/portail", "http://10.0.0.0/8/admin", "http://192.168.1.50/24", "https://api.qa.fabrikam.com/v2", "https://web.dev.contoso.io/login", "https://dev.azure.com/contoso/Core/_git/web", "https://contoso.visualstudio.com/Core", "https://contoso.zoom.us/j/93456781234", "http://[fd00:ab:cd::5]:9090/metrics", "http://[fe80::1]/", "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/edit#gid=0", "http://192.168.1.1/admin"])('flags %s', (text) => {
    expect(spans(internalUrl, text).length).toBeGreaterThan(0);
  });
  test.each(["https://acme.com/news", "https://www.acme.fr/carrieres", "version 10.2.3.4", "https://github.com/acme/widgets", "https://8.8.8.8/", "node.js and vue.js", "https://blog.acme.com/post", "https://microsoft.com/teams", "Orionis-2 launched", "https://hooks.slack.com/services/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", "ftp://uploader:Spring2025x@files.partner-media.com/in", "https://intranet.fr/about", "https://staging.com/pricing", "https://dev.to/acme/post", "https://sandbox.paypal.com", "https://stage.acme.fr/offres", "10.0.0.0/8 and 192.168.0.0/16 are private ranges", "allow 172.16.0.0/12.", "192.168.1.1 is your router", "Talk: localhost is not production", "https://docs.google.com/forms/d/e/1FAIpQLSdAbCdEfGhIjKlMn/viewform", "https://dev.azure.com", "https://zoom.us/j/93456781234", "https://api.sandbox.paypal.com/v1", "https://test.acme.com/quiz", "http://[2001:db8::1]/"])('passes %s', (text) => {
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
