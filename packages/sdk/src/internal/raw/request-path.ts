// The path check of `bw.request()`. The token is appended as the path's last segment, so a path
// must not be able to move it anywhere else: no query or fragment (it would land in them), no dot
// segments or encoded slashes (the URL parser would resolve them and shift the segments), no
// `{name}` placeholders (the fetch client would try to fill them). Only ASCII: a raw non-ASCII
// character is sent differently by each transport (fetch percent-encodes it, node:http refuses
// it), and a server that normalises Unicode may read `．．` or `‥` as `..`; percent-encoded
// non-ASCII is kept, unless its NFKC form is a dot segment or a slash.

/** True when `text` holds a C0 control character or DEL (a regex would need control characters). */
const hasControlCharacter = (text: string): boolean =>
  [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/** Why `path` cannot be used with `request()`, or `undefined` when it can. */
function pathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'must start with "/"';
  if (/[\u0080-\uffff]/.test(path)) {
    return 'must hold ASCII characters only: percent-encode any other, e.g. with encodeURIComponent() ("/caf%C3%A9")';
  }
  if (/[?#]/.test(path)) return 'must not hold a query or fragment ("?" or "#")';
  if (/[\s\\{}]/.test(path) || hasControlCharacter(path))
    return 'must not hold whitespace, control characters, "\\", "{" or "}"';
  if (path.endsWith('/')) return 'must not end with "/": the token is appended as the last segment';
  for (const segment of path.slice(1).split('/')) {
    if (segment === '') return 'must not hold an empty segment ("//")';
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return `holds a malformed percent-encoding in segment "${segment}"`;
    }
    // Checked as a server that normalises Unicode (NFKC) would read it: `%EF%BC%8E` (．) is a
    // `.`, `%E2%80%A5` (‥) is `..`, `%EF%BC%8F` (／) is a `/`. NFKC leaves ASCII unchanged.
    const normalized = decoded.normalize('NFKC');
    if (normalized === '.' || normalized === '..') {
      return 'must not hold "." or ".." segments (nor characters that normalise to them)';
    }
    if (/[/\\]/.test(normalized)) {
      return 'must not hold an encoded "/" or "\\" (%2F, %5C), nor characters that normalise to them';
    }
    if (hasControlCharacter(normalized)) return 'must not hold encoded control characters';
  }
  return undefined;
}

/**
 * The URL template of a `request()` call: the checked path with `/{token}` appended. Throws a
 * `TypeError` naming the problem for a path that could move the token out of the last segment.
 */
export function requestUrlTemplate(path: unknown): string {
  if (typeof path !== 'string') {
    throw new TypeError('BlizWork: request() needs a path string such as "/process/case"');
  }
  const problem = pathProblem(path);
  if (problem) throw new TypeError(`BlizWork: request() path ${JSON.stringify(path)} ${problem}`);
  return `${path}/{token}`;
}
