/** The second dataset the smoke test builds, and where its site is built. */
export const OTHER_DATA = 'e2e/fixtures/aurelia-borealia.json';
export const OTHER_BUILD = 'build-other';
export const OTHER_PORT = 4174;
