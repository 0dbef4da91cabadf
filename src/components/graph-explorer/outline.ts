import type { SceneEdge, SceneNode } from '~/lib/graph-view/scene';
import type { Change, Explorer } from './explorer';
import { nodeItem, nodeKey, rowClasses } from './outline-items';

/**
 * The outline: an ARIA tree of the nodes in view, each opening onto its relationships in view.
 * It can do all the drawing can, without it: moving onto a node selects it, following a
 * relationship walks to its other end, "+N more" shows the rest. One tab stop (roving tabindex).
 */
export class Outline {
  readonly #open = new Set<string>();
  readonly #items = new Map<string, HTMLElement>();
  #active: string | undefined;
  #edgesOf = new Map<string, SceneEdge[]>();

  constructor(
    private readonly tree: HTMLElement,
    private readonly summary: HTMLElement,
    private readonly explorer: Explorer,
    private readonly leave: () => void,
    private readonly openDetails: () => void,
    signal: AbortSignal,
  ) {
    tree.addEventListener('keydown', (event) => this.#key(event), { signal });
    tree.addEventListener('click', (event) => this.#click(event), { signal });
  }

  /** Puts keyboard focus back on the outline's current item (Escape in the details). */
  focusActive(): void {
    const item = this.#active ? this.#items.get(this.#active) : undefined;
    (item ?? this.#items.values().next().value)?.focus();
  }

  /** Re-renders after a change: all items when the view's content changed, else only their states. */
  render(change: Change): void {
    const { scene, state } = this.explorer;
    this.summary.textContent = this.explorer.t('outline.summary', { n: scene.nodes.length, m: scene.edges.length });
    if (change.structure) this.#build();
    else this.#refreshStates();
    if (state.selected !== change.previous.selected && change.origin !== 'outline' && state.selected !== undefined) {
      const item = this.#items.get(nodeKey(state.selected));
      if (item) {
        this.#setActive(nodeKey(state.selected));
        item.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  #build(): void {
    const { scene } = this.explorer;
    const hadFocus = this.tree.contains(document.activeElement);
    this.#edgesOf = new Map(scene.nodes.map((n) => [n.node.id, []]));
    for (const item of scene.edges) {
      this.#edgesOf.get(item.edge.source)?.push(item);
      if (item.edge.target !== item.edge.source) this.#edgesOf.get(item.edge.target)?.push(item);
    }
    this.#items.clear();
    const rows = scene.nodes.map((item, i) => this.#nodeItem(item, i + 1, scene.nodes.length));
    this.tree.replaceChildren(...rows);
    const wanted = this.#active && this.#items.has(this.#active) ? this.#active : this.#firstKey();
    if (wanted) this.#setActive(wanted, hadFocus);
  }

  #firstKey(): string | undefined {
    const selected = this.explorer.state.selected;
    if (selected !== undefined && this.#items.has(nodeKey(selected))) return nodeKey(selected);
    return this.#items.keys().next().value;
  }

  #nodeItem(item: SceneNode, position: number, size: number): HTMLElement {
    const edges = this.#edgesOf.get(item.node.id) ?? [];
    const more = this.explorer.scene.more.find((m) => m.hub === item.node.id)?.count;
    const open = this.#open.has(item.node.id);
    const register = (key: string, li: HTMLElement) => void this.#items.set(key, li);
    return nodeItem(this.explorer, { item, position, size, edges, more, open }, register);
  }

  #refreshStates(): void {
    for (const item of this.explorer.scene.nodes) {
      const li = this.#items.get(nodeKey(item.node.id));
      if (!li) continue;
      li.setAttribute('aria-selected', String(item.selected));
      li.className = rowClasses(item);
    }
  }

  /** Opens or closes a node's relationships in place, keeping the keyboard position. */
  #toggle(id: string, open: boolean): void {
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    const key = nodeKey(id);
    const old = this.#items.get(key);
    const item = this.explorer.scene.nodes.find((n) => n.node.id === id);
    if (!old || !item) return;
    for (const childKey of [...this.#items.keys()])
      if (childKey.startsWith(`e:${id}\u0000`) || childKey === `m:${id}`) this.#items.delete(childKey);
    const position = Number(old.getAttribute('aria-posinset'));
    const fresh = this.#nodeItem(item, position, this.explorer.scene.nodes.length);
    old.replaceWith(fresh);
    this.#setActive(key, true);
  }

  #setActive(key: string, focus = false): void {
    const previous = this.#active ? this.#items.get(this.#active) : undefined;
    previous?.setAttribute('tabindex', '-1');
    const item = this.#items.get(key);
    if (!item) return;
    this.#active = key;
    item.setAttribute('tabindex', '0');
    if (focus) item.focus();
  }

  /** Moves the keyboard position to an item; moving onto a node selects it (selection follows focus). */
  #moveTo(key: string): void {
    this.#setActive(key, true);
    if (key.startsWith('n:')) {
      const id = key.slice(2);
      if (this.explorer.state.selected !== id) this.explorer.update((state) => void (state.selected = id), 'outline');
    }
  }

  #follow(item: HTMLElement): void {
    const to = item.dataset['to'];
    if (to === undefined) return;
    if (!this.#open.has(to)) this.#toggle(to, true);
    this.#moveTo(nodeKey(to));
  }

  #showMore(item: HTMLElement): void {
    const hub = item.dataset['parent'];
    if (hub === undefined) return;
    this.#setActive(nodeKey(hub), true);
    this.explorer.update((state) => void state.steps.push({ kind: 'more', id: hub }), 'outline');
  }

  #key(event: KeyboardEvent): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const key = item.dataset['key'] ?? '';
    const visible = [...this.tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    const at = visible.indexOf(item);
    const isNode = key.startsWith('n:');
    const parent = item.dataset['parent'];
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          return this.#moveBy(visible, at + 1);
        case 'ArrowUp':
          return this.#moveBy(visible, at - 1);
        case 'Home':
          return this.#moveBy(visible, 0);
        case 'End':
          return this.#moveBy(visible, visible.length - 1);
        case 'ArrowRight':
          if (isNode && item.getAttribute('aria-expanded') === 'false') this.#toggle(key.slice(2), true);
          else if (isNode && item.getAttribute('aria-expanded') === 'true') this.#moveBy(visible, at + 1);
          else if (key.startsWith('e:')) this.#follow(item);
          else if (key.startsWith('m:')) this.#showMore(item);
          return true;
        case 'ArrowLeft':
          if (isNode && item.getAttribute('aria-expanded') === 'true') this.#toggle(key.slice(2), false);
          else if (parent !== undefined) this.#setActive(nodeKey(parent), true);
          return true;
        case 'Enter':
          if (isNode) {
            this.#moveTo(key);
            this.openDetails();
          } else if (key.startsWith('e:')) this.#follow(item);
          else this.#showMore(item);
          return true;
        case ' ':
          if (isNode) this.#moveTo(key);
          return isNode;
        case 'Escape':
          this.leave();
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  }

  #moveBy(visible: HTMLElement[], index: number): boolean {
    const target = visible[Math.max(0, Math.min(visible.length - 1, index))];
    if (target?.dataset['key']) this.#moveTo(target.dataset['key']);
    return true;
  }

  #click(event: MouseEvent): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const key = item?.dataset['key'];
    if (!item || !key) return;
    if (key.startsWith('e:')) return this.#follow(item);
    if (key.startsWith('m:')) return this.#showMore(item);
    if ((event.target as HTMLElement).closest('.ti-twisty') && item.hasAttribute('aria-expanded')) {
      return this.#toggle(key.slice(2), item.getAttribute('aria-expanded') === 'false');
    }
    this.#moveTo(key);
  }
}
