// Reads an editor's text the way its own model holds it, and maps text offsets to DOM points and back.
// Raw innerText misreports multi-line content in Quill and Draft.js (extra or missing newlines, measured in Chromium
// 156 and Firefox ESR 153, 2026-11): we join leaf blocks instead.

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL',
]);

function isBlock(node: Node): node is HTMLElement {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

/** Leaf blocks: block elements with no block inside; each is one line of the model. */
export function leafBlocks(editor: HTMLElement): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  const visit = (element: Element) => {
    let hasBlockChild = false;
    for (const child of Array.from(element.children)) {
      if (isBlock(child)) {
        hasBlockChild = true;
        visit(child);
      }
    }
    if (!hasBlockChild && element !== editor && isBlock(element)) blocks.push(element as HTMLElement);
  };
  visit(editor);
  return blocks;
}

interface Segment {
  node: Node;
  /** Characters this segment contributes: a text node's length, 1 for a line break. */
  length: number;
}

/** A <br> that only keeps an empty or final line open adds no character (Quill, Draft.js, ProseMirror). */
function isPlaceholderBreak(br: Element, block: Element): boolean {
  if (br.classList.contains('ProseMirror-trailingBreak')) return true;
  let node: Node | null = br;
  while (node && node !== block) {
    if (node.nextSibling) return false;
    node = node.parentNode;
  }
  return true;
}

function segmentsOf(block: Element): Segment[] {
  const segments: Segment[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      segments.push({ node, length: (node as Text).data.length });
    } else if ((node as Element).tagName === 'BR' && !isPlaceholderBreak(node as Element, block)) {
      segments.push({ node, length: 1 });
    }
  }
  return segments;
}

function segmentText(segment: Segment): string {
  return segment.node.nodeType === Node.TEXT_NODE ? (segment.node as Text).data : '\n';
}

/** The editor's text, one model line per leaf block; a bare textarea/contenteditable falls back to its own text. */
export function readEditorText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  const blocks = leafBlocks(editor);
  if (blocks.length === 0) return segmentsOf(editor).map(segmentText).join('').replace(/\u00a0/g, ' ');
  return blocks
    .map((block) => segmentsOf(block).map(segmentText).join(''))
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/** The DOM point of a text offset (as counted by readEditorText). Clamped to the text. */
export function pointAtOffset(editor: HTMLElement, offset: number): DomPoint {
  const blocks = leafBlocks(editor);
  const lines = blocks.length > 0 ? blocks : [editor];
  let remaining = Math.max(0, offset);
  for (let index = 0; index < lines.length; index++) {
    const block = lines[index]!;
    const segments = segmentsOf(block);
    for (const segment of segments) {
      if (remaining <= segment.length) {
        if (segment.node.nodeType === Node.TEXT_NODE) return { node: segment.node, offset: remaining };
        const parent = segment.node.parentNode!;
        const position = Array.prototype.indexOf.call(parent.childNodes, segment.node) + (remaining === 0 ? 0 : 1);
        return { node: parent, offset: position };
      }
      remaining -= segment.length;
    }
    const isLast = index === lines.length - 1;
    if (remaining === 0 || isLast) {
      const last = segments.at(-1);
      if (last?.node.nodeType === Node.TEXT_NODE) return { node: last.node, offset: (last.node as Text).data.length };
      return { node: block, offset: last ? Array.prototype.indexOf.call(block.childNodes, last.node) + 1 : 0 };
    }
    remaining -= 1; // the line separator
  }
  return { node: editor, offset: 0 };
}

/** The text offset of a DOM point inside the editor, or null when the point is outside it. */
export function offsetAtPoint(editor: HTMLElement, node: Node, offset: number): number | null {
  if (!editor.contains(node)) return null;
  const blocks = leafBlocks(editor);
  const lines = blocks.length > 0 ? blocks : [editor];
  let total = 0;
  for (const block of lines) {
    if (block.contains(node) || block === node) {
      const range = block.ownerDocument.createRange();
      range.setStart(block, 0);
      range.setEnd(node, offset);
      const probe = block.ownerDocument.createElement('div');
      probe.append(range.cloneContents());
      const partial = segmentsOf(probe).reduce((sum, segment) => sum + segment.length, 0);
      return total + partial;
    }
    total += segmentsOf(block).reduce((sum, segment) => sum + segment.length, 0) + 1;
  }
  // A point between blocks (e.g. editor, childIndex): nearest block start.
  return Math.max(0, total - 1);
}
