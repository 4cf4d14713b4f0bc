/**
 * Checks every built page with the W3C Nu HTML Checker: `npm run validate:html` after
 * `npm run build`. Fails on any error, listing each with its page and position.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const BUILD_DIR = 'build';
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', BUILD_DIR], {
	encoding: 'utf8'
});
if (run.error) {
	console.error(
		`Could not start Java to run the HTML checker (${run.error.message}). ` +
			'Install a Java runtime (Debian: apt-get install default-jre-headless).'
	);
	process.exit(1);
}
const report = (run.stderr + run.stdout).trim();
if (run.status !== 0 || report) {
	const lines = report.split('\n').map((line) => line.replace(/"file:[^"]*?\/build\//, '"/'));
	console.error(`The HTML checker found ${lines.length} problem(s) in ${BUILD_DIR}/:`);
	console.error(lines.join('\n'));
	process.exit(1);
}
console.log(`Every page in ${BUILD_DIR}/ is valid HTML.`);
