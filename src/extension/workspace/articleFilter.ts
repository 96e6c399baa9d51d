import { blankFrontMatter } from '../../core/import/frontMatter';
import { articleShape, type NotArticleReason } from '../../core/text/articleShape';
import type { Disposable } from '../shared/emitter';
import { exceedsUtf8Bytes } from './fileSize';
import { globToRegExp, matchesAnyGlob } from './glob';
import type { ArticleSettings, IDocument, IUri, IWorkspace } from './seams';

export const ARTICLE_LANGUAGE = 'article';
const PROSE_LANGUAGES = new Set(['plaintext', 'markdown', ARTICLE_LANGUAGE]);
// Editors that show something other than a file the user reads: output channels, diffs' left sides, settings.
const IGNORED_SCHEMES = new Set(['output', 'debug', 'git', 'vscode-scm', 'vscode-settings', 'walkThroughSnippet', 'vscode-notebook-cell', 'comment']);

export type Verdict = { analyze: true } | Skip;
/** Why a document is not analyzed; `detail` says what about its text did not read like an article. */
export type Skip = { analyze: false; reason: SkipReason; detail?: NotArticleReason };
export type SkipReason = 'not-prose' | 'excluded' | 'not-included' | 'too-large' | 'binary' | 'not-an-article';

/** Decides which documents and files Source Lens analyzes, from the include/exclude/size settings and the article heuristic. */
export class ArticleFilter implements Disposable {
  private readonly forced = new Set<string>();
  private cachedGlobs: { include: RegExp[]; exclude: RegExp[] } | undefined;
  private readonly subscription: Disposable;

  constructor(
    private readonly settings: ArticleSettings,
    private readonly workspace: Pick<IWorkspace, 'isInWorkspace' | 'relativePath'>,
  ) {
    this.subscription = settings.onDidChangeArticleSelection(() => (this.cachedGlobs = undefined));
  }

  dispose(): void {
    this.subscription.dispose();
  }

  /** "Analyze This File": the file is analyzed from now on, whatever the settings and heuristic say. */
  force(uri: IUri): void {
    this.forced.add(uri.toString());
  }

  /** An untitled document's name ("Untitled-1") is given to the next new one once it is closed: that one starts unforced. */
  forget(uri: IUri): void {
    if (uri.scheme === 'untitled') this.forced.delete(uri.toString());
  }

  isForced(uri: IUri): boolean {
    return this.forced.has(uri.toString());
  }

  /** The glob patterns to pass to `findFiles` and file watchers. */
  get includeGlob(): string {
    return braceUnion(this.settings.include);
  }

  get excludeGlob(): string | undefined {
    const exclude = this.settings.exclude;
    return exclude.length > 0 ? braceUnion(exclude) : undefined;
  }

  verdictForDocument(document: IDocument): Verdict {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return { analyze: false, reason: 'not-prose' };
    if (this.isForced(document.uri)) return { analyze: true };
    if (!PROSE_LANGUAGES.has(document.languageId)) return { analyze: false, reason: 'not-prose' };
    const declaredArticle = document.languageId === ARTICLE_LANGUAGE;
    if (document.uri.scheme !== 'untitled') {
      const pathVerdict = this.verdictForPath(document.uri, declaredArticle);
      if (!pathVerdict.analyze) return pathVerdict;
    }
    return this.verdictForText(document.uri, document.getText(), declaredArticle);
  }

  /** Checks on the path alone, before a file is read. */
  verdictForPath(uri: IUri, declaredArticle = uri.path.endsWith('.article')): Verdict {
    if (this.isForced(uri)) return { analyze: true };
    // The globs describe the workspace's files; a file opened from elsewhere is judged by its text alone.
    if (!this.workspace.isInWorkspace(uri)) return { analyze: true };
    const path = this.workspace.relativePath(uri);
    const globs = this.globs();
    if (matchesAnyGlob(path, globs.exclude)) return { analyze: false, reason: 'excluded' };
    if (!declaredArticle && !matchesAnyGlob(path, globs.include)) return { analyze: false, reason: 'not-included' };
    return { analyze: true };
  }

  verdictForText(uri: IUri, text: string, declaredArticle = uri.path.endsWith('.article')): Verdict {
    if (this.isForced(uri)) return { analyze: true };
    if (exceedsUtf8Bytes(text, this.settings.maxFileBytes)) return { analyze: false, reason: 'too-large' };
    if (text.slice(0, 8192).includes('\u0000')) return { analyze: false, reason: 'binary' };
    if (declaredArticle || !this.settings.detectArticles) return { analyze: true };
    const shape = articleShape(blankFrontMatter(text));
    return shape.article ? { analyze: true } : { analyze: false, reason: 'not-an-article', detail: shape.reason };
  }

  private globs(): { include: RegExp[]; exclude: RegExp[] } {
    this.cachedGlobs ??= {
      include: this.settings.include.map(globToRegExp),
      exclude: this.settings.exclude.map(globToRegExp),
    };
    return this.cachedGlobs;
  }
}

function braceUnion(globs: readonly string[]): string {
  return globs.length === 1 ? globs[0]! : `{${globs.join(',')}}`;
}
