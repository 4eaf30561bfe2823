//! Hash routing: "#/skills/abc" → { name: 'skills', rest: ['abc'] }.
//! No history of its own: the browser's back button works as usual.

export type Route = { path: string; parts: string[]; query: URLSearchParams };

function parse(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?');
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  return { path, parts: path.split('/').filter(Boolean), query: new URLSearchParams(queryPart) };
}

export const router = $state({ route: parse(typeof location === 'undefined' ? '' : location.hash) });

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    router.route = parse(location.hash);
  });
}

/** Moves to a path such as "/skills/new". */
export function go(path: string): void {
  if (location.hash === `#${path}`) router.route = parse(location.hash);
  else location.hash = path;
}

export function href(path: string): string {
  return `#${path}`;
}
