/**
 * A small static host on 127.0.0.1 that behaves like the CDNs the site is deployed to: folders
 * serve their index.html (with a redirect to add the trailing slash), unknown paths get 404.html,
 * text is gzipped, and hashed assets are cached for good.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Serves `dir` at URL paths starting with `prefix` ("/" or "/name/"). */
export interface Mount {
	prefix: string;
	dir: string;
}

export interface StaticServer {
	/** e.g. "http://127.0.0.1:41234" */
	origin: string;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

const isFile = (path: string) =>
	stat(path).then(
		(s) => s.isFile(),
		() => false
	);
const isDir = (path: string) =>
	stat(path).then(
		(s) => s.isDirectory(),
		() => false
	);

type Found = { file: string; status: number } | { redirect: string } | null;

/** The file a URL path names under `dir`, the way static hosts resolve it. */
async function locate(dir: string, path: string): Promise<Found> {
	const root = resolve(dir);
	const target = resolve(root, `.${path}`);
	if (target !== root && !target.startsWith(root + sep)) return null;
	if (path.endsWith('/')) {
		const index = join(target, 'index.html');
		return (await isFile(index)) ? { file: index, status: 200 } : null;
	}
	if (await isFile(target)) return { file: target, status: 200 };
	if (await isDir(target)) return { redirect: `${path}/` };
	if (await isFile(`${target}.html`)) return { file: `${target}.html`, status: 200 };
	return null;
}

export async function startStaticServer(mounts: readonly Mount[], port = 0): Promise<StaticServer> {
	// Longest prefix first, so "/_bench/" wins over "/".
	const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
	const fallback = ordered.find((m) => m.prefix === '/');

	const server = createServer(async (request, response) => {
		try {
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			const path = decodeURIComponent(url.pathname);
			const mount = ordered.find((m) => path.startsWith(m.prefix));
			let found = mount ? await locate(mount.dir, `/${path.slice(mount.prefix.length)}`) : null;
			if (found && 'redirect' in found) {
				response.writeHead(308, { location: mount!.prefix + found.redirect.slice(1) + url.search });
				response.end();
				return;
			}
			if (!found && fallback && (await isFile(join(fallback.dir, '404.html')))) {
				found = { file: join(fallback.dir, '404.html'), status: 404 };
			}
			if (!found) {
				response.writeHead(404, { 'content-type': TYPES['.txt']! });
				response.end('Not found');
				return;
			}
			const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
			let body: Buffer = await readFile(found.file);
			const headers: Record<string, string> = {
				'content-type': type,
				'cache-control': path.includes('/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'no-cache',
				vary: 'accept-encoding'
			};
			if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
				body = gzipSync(body);
				headers['content-encoding'] = 'gzip';
			}
			headers['content-length'] = String(body.length);
			response.writeHead(found.status, headers);
			response.end(request.method === 'HEAD' ? undefined : body);
		} catch (error) {
			response.writeHead(500, { 'content-type': TYPES['.txt']! });
			response.end(String(error));
		}
	});

	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	const { port: bound } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${bound}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
