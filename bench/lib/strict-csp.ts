/**
 * The Content-Security-Policy the site must work under: scripts only from the site's own files (no
 * inline code, no eval), connections only to the site. Inline styles stay allowed: Cytoscape and
 * Astro's scoped styles set them.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
