// A tiny DOM builder: the page has no framework, only elements made with `h`.

/** Attributes and event handlers of an element (`on*` keys take functions). */
export type Attributes = Record<
  string,
  string | number | boolean | undefined | ((event: Event) => void)
>;

/** Something that can be a child: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false | Child[];

/** Creates an element; text children become text nodes (never parsed as HTML). */
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: HTMLElement, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.append(child);
    else if (child !== null && child !== undefined && child !== false) parent.append(String(child));
  }
}

/** A link to a dashboard route with query parameters. */
export const routeLink = (
  route: string,
  params: Record<string, string | number>,
  ...children: Child[]
): HTMLElement =>
  h(
    'a',
    {
      href: `#/${route}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`,
    },
    ...children,
  );

/** A JSON value as indented text in a `<pre>`. */
export const jsonBlock = (value: unknown, testId?: string): HTMLElement =>
  h('pre', { class: 'json', 'data-testid': testId }, JSON.stringify(value, null, 2));
