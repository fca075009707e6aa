/** Path of an entity's page in the web app, e.g. `/city/kampala` (the web app's routes). */
export const entityPath = (kind: string, key: string) => `/${kind.toLowerCase()}/${key}`;
