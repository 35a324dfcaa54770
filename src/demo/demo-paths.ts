/** Where the class demo lives. Being on one of its pages is what puts the app in demo mode. */
export const DEMO_HOME = '/demo';

export const demoExamplePath = (worksheetId: string) => `${DEMO_HOME}/${encodeURIComponent(worksheetId)}`;

/** Whether a path is a class demo page: "/demo" or anything under it, not "/demonstration". */
export function isDemoPath(pathname: string): boolean {
  return pathname === DEMO_HOME || pathname.startsWith(`${DEMO_HOME}/`);
}

/** The root element's class in the class demo: large type for a projector (see app.css). */
export const DEMO_ROOT_CLASS = 'demo-mode';
