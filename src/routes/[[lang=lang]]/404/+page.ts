// Built as 404.html (and ja/404.html, zh-hant/404.html): static hosts serve it for unknown paths.
export const trailingSlash = 'never';
