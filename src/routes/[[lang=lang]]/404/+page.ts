// Built as 404.html (and ja/404.html, zh-hant/404.html), which static hosts serve for any unknown
// address. It is plain HTML: no client router that could stumble over the unexpected URL.
export const trailingSlash = 'never';
export const csr = false;
