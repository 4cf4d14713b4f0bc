/**
 * The smoke test of a site built from another dataset: `npm run test:e2e:other` builds
 * e2e/fixtures/aurelia-borealia.json into build-other/ and serves it on its own port, beside the
 * main suite's build/ on 4173.
 */
import { siteSuite } from './playwright.base';
import { OTHER_BUILD, OTHER_PORT } from './e2e/other-dataset/paths';

export default siteSuite({
	testDir: 'e2e/other-dataset',
	build: OTHER_BUILD,
	port: OTHER_PORT,
	reuseExistingServer: false
});
