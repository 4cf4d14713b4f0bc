import { describe, expect, it } from 'vitest';
import {
	headerPolicy,
	headersFile,
	IMMUTABLE,
	serveConfig,
	siteWidePolicy
} from './security-headers';

// The 404 page runs no inline script; the home page starts with two.
const NOT_FOUND = headerPolicy(
	`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39; &#39;unsafe-inline&#39;; object-src &#39;none&#39;; base-uri &#39;self&#39;">`,
	'404.html'
);
const HOME =
	"default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors *";
const POLICIES = new Map([
	['/', HOME],
	['/index.html', HOME],
	['/404.html', NOT_FOUND],
	['/404', NOT_FOUND]
]);

const directives = (policy: string) =>
	new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('security headers', () => {
	it('send unknown addresses, answered with 404.html, a policy header from _headers', () => {
		const file = headersFile(POLICIES);
		const siteWide = /^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.*)\n/.exec(file)?.[1];
		expect(siteWide).toBe(
			"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors *"
		);
		expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff/);
		expect(file).toContain(`\n/\n  Content-Security-Policy: ${HOME}\n`);
		expect(file).toContain(`\n/404.html\n  Content-Security-Policy: ${NOT_FOUND}\n`);
	});

	it('take nothing away from a page when a host enforces the site-wide policy as well', () => {
		const siteWide = directives(siteWidePolicy(POLICIES.values()));
		for (const page of [HOME, NOT_FOUND]) {
			for (const [name, sources] of directives(page)) {
				const allowed = siteWide.get(name) ?? [];
				for (const source of sources) {
					const inline = /^'sha256-/.test(source) && allowed.includes("'unsafe-inline'");
					expect(inline || allowed.includes(source), `${name} ${source}`).toBe(true);
				}
			}
		}
	});

	it("give the local server's 404 answer the 404 page's whole policy", () => {
		const { headers } = serveConfig(NOT_FOUND);
		const rule = headers.find((h) => h.source === '404.html');
		expect(rule?.headers).toEqual([{ key: 'Content-Security-Policy', value: NOT_FOUND }]);
		// Later rules win in the local server, so the 404 rule must follow the catch-all.
		expect(headers.indexOf(rule!)).toBeGreaterThan(headers.findIndex((h) => h.source === '**'));
	});

	it('let hosts keep the event indexes, named by their content, for good', () => {
		const file = headersFile(POLICIES, ['/index-0a1b2c.json', '/ja/index-3d4e5f.json']);
		expect(file).toContain(`\n/ja/index-3d4e5f.json\n  Cache-Control: ${IMMUTABLE}\n`);
		expect(file).not.toMatch(/^\/\*\n(?: {2}.*\n)*? {2}Cache-Control/);
		const { headers } = serveConfig(NOT_FOUND);
		expect(headers.find((h) => h.source === '**/index-*.json')?.headers).toEqual([
			{ key: 'Cache-Control', value: IMMUTABLE }
		]);
	});
});
