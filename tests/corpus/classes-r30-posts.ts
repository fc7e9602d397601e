import { rows } from './corpus-types';

/**
 * Round 30 (2026-12-04): the last classes fresh50 to fresh53 showed, in other words than any held-out post: configuration
 * directives that set a password or a shared secret (not SNMP's defaults), an address and its password, a Slack webhook
 * without its scheme, a BitLocker recovery key; an address whose local part ends in a private-looking label is no host;
 * Austrian and Ivorian numbers named by a region or a city.
 */
export const CLASSES_R30_POSTS = rows('classes-r30', [
  ['linkedin', 'en', 'secret', `Found the cause of last night's cache outage: the new image shipped "masterauth Kiln-Harbour-772" from the old replica config. Rotating today.`],
  ['linkedin', 'en', 'secret', `Note for the network team: core switch still has snmp-server community t0wer-Gr1d-RW configured. Please remove it before the audit.`],
  ['linkedin', 'en', '', `Lab switches ship with snmp-server community public, which is exactly why we disable SNMP v2 on day one.`],
  ['linkedin', 'en', 'secret email', `Carrier portal login for the night team: dispatch@northquay-freight.co.uk / Quay!Night2027, don't change it without telling me.`],
  ['linkedin', 'en', 'secret', `Status bot config so I don't lose it again: hooks.slack.com/services/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`],
  ['linkedin', 'en', 'secret', `Laptop handover ticket, recovery key for the disk: 173209-884512-601937-245106-390884-712650-058431-926774. Shredding the note now.`],
  ['linkedin', 'en', 'email', `New address for the project, my own inbox from now on: lena.huber.intranet@gmx.at. Old one stops in January.`],
  ['linkedin', 'en', 'phone', `Customers in Tyrol: the field service desk is now reachable directly on 0512 34 81 29, no more switchboard.`],
  ['linkedin', 'fr', 'phone', `Notre agence d'Abidjan a une nouvelle ligne : 27 22 48 13 05, du lundi au samedi.`],
]);
