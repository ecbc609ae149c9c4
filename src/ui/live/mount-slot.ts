/** Keeps one imperatively built component (a turn form, the debrief's charts) alive across lit-html redraws
 * while its key stays the same; a new key destroys the old component and builds the next. */

/** A built component: its element and how to tear it down. */
export interface Mounted {
  element: HTMLElement;
  destroy(): void;
}

/** One slot for one component at a time. */
export interface MountSlot {
  /** The component for `key`, built by `build` only when the key changed. */
  show(key: string, build: () => Mounted): HTMLElement;
  /** Destroys the component, if any. */
  clear(): void;
}

/** Creates an empty slot. */
export function createMountSlot(): MountSlot {
  let current: { key: string; mounted: Mounted } | null = null;
  return {
    show(key, build) {
      if (current?.key === key) return current.mounted.element;
      current?.mounted.destroy();
      current = { key, mounted: build() };
      return current.mounted.element;
    },
    clear() {
      current?.mounted.destroy();
      current = null;
    },
  };
}
