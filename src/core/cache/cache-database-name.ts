/**
 * One IndexedDB database per app and user: `tim-cache-<app>-<userID>`, each part escaped so
 * that no two (app, user) pairs share a name — '-' is escaped too, since it separates the parts.
 */
export function cacheDatabaseName(app: string | number, userID: string): string {
  return `tim-cache-${escapeNamePart(String(app))}-${escapeNamePart(userID)}`;
}

function escapeNamePart(part: string): string {
  return encodeURIComponent(part).replace(/-/g, '%2D');
}
