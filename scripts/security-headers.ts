/**
 * After the build: repeats each page's Content-Security-Policy (with the hashes of its own inline
 * scripts) as HTTP headers, adds frame-ancestors and the usual security headers, and writes them
 * for static hosts (build/_headers, read by Netlify and Cloudflare Pages) and for the local
 * server behind `npm start` (build/serve.json). Unknown addresses, answered with 404.html, get a
 * policy header too. The shared event indexes, whose names carry a hash of their content, may be
 * cached for good. Pages are read one at a time and only as far as their policy, so a site of
 * thousands of pages takes little memory.
 */
import { closeSync, openSync, readdirSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** A cached copy of an index is right for as long as its name exists. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shared event index of each language: index-<hash of its content>.json. */
const INDEX_FILE = /^index-[0-9a-f]+\.json$/;

function filesIn(dir: string, wanted: (name: string) => boolean): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesIn(path, wanted);
		return wanted(name) ? [path] : [];
	});
}

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const CHUNK = 16 * 1024;

/** The start of a page, up to and including its policy <meta> tag (or all of it, without one). */
function pageHead(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(CHUNK);
		let head = '';
		let read: number;
		while ((read = readSync(fd, buffer, 0, CHUNK, null)) > 0) {
			head += buffer.toString('utf8', 0, read);
			if (POLICY_META.test(head) || head.includes('</head>')) break;
		}
		return head;
	} finally {
		closeSync(fd);
	}
}

/** The URL paths a host serves a file at: /a/index.html is /a/ (and /a/index.html). */
function urlPaths(file: string): string[] {
	const path = '/' + relative(BUILD, file).split('\\').join('/');
	if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
	return [path, path.slice(0, -'.html'.length)];
}

/** A page's <meta> policy as a header value, with frame-ancestors, which a <meta> cannot carry. */
export function headerPolicy(html: string, file: string): string {
	const meta = POLICY_META.exec(html);
	if (!meta) throw new Error(`${file} has no Content-Security-Policy meta tag`);
	return `${meta[1]!.replaceAll('&#39;', "'")}; ${FRAME_ANCESTORS}`;
}

/**
 * The policy for every address, known or not: what every page's own policy allows, put together,
 * with script hashes widened to 'unsafe-inline'. Hosts send it along with a page's own header,
 * and a browser enforces both, so on a known page it takes nothing away; on an unknown address
 * 404.html's <meta> policy, which the browser enforces as well, keeps scripts to the site's own.
 * Hosts differ on whether a more specific rule replaces a broader one or adds to it; this works
 * either way.
 */
export function siteWidePolicy(pagePolicies: Iterable<string>): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of pagePolicies) {
		for (const directive of policy.split('; ')) {
			const [name, ...sources] = directive.split(' ');
			const allowed = directives.get(name!) ?? new Set<string>();
			for (const source of sources) {
				allowed.add(/^'sha(256|384|512)-/.test(source) ? "'unsafe-inline'" : source);
			}
			directives.set(name!, allowed);
		}
	}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * build/_headers: the common headers and the site-wide policy for all, then each page's own, then
 * long caching for the files named by their content.
 */
export function headersFile(
	policies: ReadonlyMap<string, string>,
	immutable: readonly string[] = []
): string {
	const common = Object.entries(SECURITY_HEADERS);
	return (
		[
			'/*',
			...common.map(([k, v]) => `  ${k}: ${v}`),
			`  Content-Security-Policy: ${siteWidePolicy(policies.values())}`,
			...[...policies].flatMap(([path, policy]) => [path, `  Content-Security-Policy: ${policy}`]),
			...immutable.flatMap((path) => [path, `  Cache-Control: ${IMMUTABLE}`])
		].join('\n') + '\n'
	);
}

/**
 * build/serve.json. The local server takes at most 50 header rules, so known pages get the common
 * headers and frame-ancestors, and their <meta> policy carries the rest. It picks headers for an
 * unknown address by the file it answers with, 404.html, whose whole policy it sends.
 */
export function serveConfig(notFoundPolicy: string) {
	const common = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
	return {
		headers: [
			{
				source: '**',
				headers: [...common, { key: 'Content-Security-Policy', value: FRAME_ANCESTORS }]
			},
			{
				source: '404.html',
				headers: [{ key: 'Content-Security-Policy', value: notFoundPolicy }]
			},
			{ source: '**/index-*.json', headers: [{ key: 'Cache-Control', value: IMMUTABLE }] }
		]
	};
}

function main() {
	const policies = new Map<string, string>();
	for (const file of filesIn(BUILD, (name) => name.endsWith('.html'))) {
		const policy = headerPolicy(pageHead(file), file);
		for (const path of urlPaths(file)) policies.set(path, policy);
	}
	const notFound = policies.get('/404.html');
	if (!notFound) throw new Error(`${BUILD}/404.html is missing`);
	const indexes = filesIn(BUILD, (name) => INDEX_FILE.test(name)).map(
		(file) => '/' + relative(BUILD, file).split('\\').join('/')
	);
	writeFileSync(join(BUILD, '_headers'), headersFile(policies, indexes));
	writeFileSync(join(BUILD, 'serve.json'), JSON.stringify(serveConfig(notFound), null, 1) + '\n');
	console.log(
		`Security headers written for ${policies.size / 2} pages (${BUILD}/_headers, ${BUILD}/serve.json).`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
