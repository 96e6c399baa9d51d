/**
 * Glob matching for the `sourceLens.include` / `sourceLens.exclude` settings on paths that arrive outside
 * `workspace.findFiles` (file-watcher events, documents opened from anywhere). Supports the syntax VS Code's
 * settings use: `**`, `*`, `?`, `{a,b}` and `[...]`.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const followedBySlash = glob[i + 2] === '/';
        // `**/` also matches no folder at all, so `**/*.txt` matches `a.txt`.
        pattern += followedBySlash ? '(?:.*/)?' : '.*';
        i += followedBySlash ? 2 : 1;
      } else {
        pattern += '[^/]*';
      }
    } else if (char === '?') {
      pattern += '[^/]';
    } else if (char === '{') {
      braceDepth++;
      pattern += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      pattern += ')';
    } else if (char === ',' && braceDepth > 0) {
      pattern += '|';
    } else if (char === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        pattern += '\\[';
      } else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        pattern += `[${body}]`;
        i = close;
      }
    } else {
      pattern += char.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  return new RegExp(`^${pattern}$`, 'i');
}

/** True when `path` (forward slashes, relative to a workspace folder or absolute) matches any of `globs`. */
export function matchesAnyGlob(path: string, globs: readonly RegExp[]): boolean {
  const trimmed = path.replace(/^\/+/, '');
  return globs.some((glob) => glob.test(trimmed) || glob.test(path));
}
