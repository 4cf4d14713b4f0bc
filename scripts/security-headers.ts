/**
 * After the build: repeats each page's Content-Security-Policy (with the hashes of its own inline
 * scripts) as HTTP headers, adds frame-ancestors and the usual security headers, and writes them
 * for static hosts (build/_headers, read by Netlify and Cloudflare Pages) and for the local
 * server behind `npm start` (build/serve.json).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the site was built: build/, or TIMELINE_OUT for another dataset's site. */
const BUILD = process.env.TIMELINE_OUT || 'build';

/** Any site may embed the timeline (see "Embedding" in the README); nothing on it acts for the reader. */
const FRAME_ANCESTORS = 'frame-ancestors *';

export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

/** The URL paths a host serves a file at: /a/index.html is /a/ (and /a/index.html). */
function urlPaths(file: string): string[] {
	const path = '/' + relative(BUILD, file).split('\\').join('/');
	if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
	return [path, path.slice(0, -'.html'.length)];
}

const policies = new Map<string, string>();
for (const file of htmlFiles(BUILD)) {
	const html = readFileSync(file, 'utf8');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
	if (!meta) throw new Error(`${file} has no Content-Security-Policy meta tag`);
	const policy = `${meta[1]!.replaceAll('&#39;', "'")}; ${FRAME_ANCESTORS}`;
	for (const path of urlPaths(file)) policies.set(path, policy);
}

const common = Object.entries(SECURITY_HEADERS);
const netlify = [
	'/*',
	...common.map(([k, v]) => `  ${k}: ${v}`),
	...[...policies].flatMap(([path, policy]) => [path, `  Content-Security-Policy: ${policy}`])
].join('\n');
writeFileSync(join(BUILD, '_headers'), netlify + '\n');

// The local server takes at most 50 header rules, so it sends the common headers and
// frame-ancestors; each page's <meta> policy carries the rest.
const serveConfig = {
	headers: [
		{
			source: '**',
			headers: [
				...common.map(([key, value]) => ({ key, value })),
				{ key: 'Content-Security-Policy', value: FRAME_ANCESTORS }
			]
		}
	]
};
writeFileSync(join(BUILD, 'serve.json'), JSON.stringify(serveConfig, null, 1) + '\n');
console.log(
	`Security headers written for ${policies.size / 2} pages (${BUILD}/_headers, ${BUILD}/serve.json).`
);
