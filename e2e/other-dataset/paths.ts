/** The second dataset the smoke test builds, and where its site is built. */
export const OTHER_DATA = 'e2e/fixtures/aurelia-borealia.json';
export const OTHER_BUILD = 'build-other';
/** E2E_OTHER_PORT moves it off a busy port, as E2E_PORT does for the main suite. */
export const OTHER_PORT = Number(process.env.E2E_OTHER_PORT) || 4174;
