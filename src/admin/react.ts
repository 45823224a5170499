// The React helpers Sveltia CMS puts on window for custom fields and previews. Its bundle has
// its own React; a second copy in ours would not share it, so controls are written with these.

/** The few Immutable.js Map methods the editor's data comes with. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: ReadonlyArray<string | number>): unknown;
  toJS(): unknown;
}

type Child = unknown;
export type Element = unknown;

interface ReactGlobals {
  h(type: unknown, props?: Record<string, unknown> | null, ...children: Child[]): Element;
  createClass(spec: Record<string, unknown>): unknown;
}

const globals = (): ReactGlobals => window as unknown as ReactGlobals;

export const h: ReactGlobals['h'] = (type, props, ...children) => globals().h(type, props ?? null, ...children);

/** A class component; `this` inside the spec's methods is the component instance. */
export function createClass<P = Record<string, unknown>, S = Record<string, unknown>>(
  spec: ThisType<{ props: P; state: S; setState(s: Partial<S>): void }> & Record<string, unknown>,
): unknown {
  return globals().createClass(spec);
}

function isImmutable(value: unknown): value is ImmutableMap {
  return typeof value === 'object' && value !== null && typeof (value as ImmutableMap).toJS === 'function';
}

/** A plain value from what the CMS hands over (Immutable collections or plain data). */
export const plain = (value: unknown): unknown => (isImmutable(value) ? value.toJS() : value);
