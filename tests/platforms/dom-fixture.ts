import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Loads a saved composer snapshot into the jsdom document; a <template id="SHADOW"> goes into #interop-outlet's open shadow root. */
export function loadFixture(relativePath: string): Document {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures', relativePath), 'utf8');
  document.body.innerHTML = html;
  const template = document.querySelector<HTMLTemplateElement>('template#SHADOW');
  const host = document.querySelector('#interop-outlet');
  if (template && host) host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
  return document;
}

/**
 * jsdom has no layout: give every element a box unless it (or an ancestor) is display:none or hidden,
 * which is what the adapters' decoy filter relies on.
 */
export function emulateLayout(): void {
  const parentOf = (node: Element): Element | null => node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    for (let node: Element | null = this as Element; node; node = parentOf(node)) {
      if (node instanceof HTMLElement && (node.hidden || node.style.display === 'none')) return [] as unknown as DOMRectList;
    }
    return [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
  });
}
