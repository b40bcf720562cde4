/**
 * One line of Markdown as HTML, for the chapter map's headlines on the site's pages: `**bold**`,
 * `*emphasis*` and `_emphasis_`, `` `code` ``, `[links](url)` (a notebook link becomes its
 * rendered page), and everything else escaped. Block syntax (lists, headings) is not a line's.
 *
 * @module
 */

/** Escapes `&`, `<`, `>` and `"` for HTML text and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * A relative link to a notebook (`04_dying.ipynb#glossary-dead`) as the link to its rendered
 * page (`04_dying.html#glossary-dead`); other links are kept.
 *
 * @param href A link target.
 * @returns The target on the site.
 */
export function siteHref(href: string): string {
  return href.replace(/^([^:/?#"]+)\.ipynb(?=$|#)/, "$1.html");
}

/**
 * Renders one line of Markdown as inline HTML.
 *
 * @param text The line.
 * @returns HTML without block elements.
 */
export function inlineMarkdown(text: string): string {
  const codes: string[] = [];
  // Code spans first: nothing inside them is Markdown.
  let html = text.replace(/`([^`]+)`/g, (_, code: string) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  html = escapeHtml(html)
    .replace(
      /\[([^\]]+)\]\(([^)\s]+)\)/g,
      (_, label: string, href: string) => `<a href="${siteHref(href)}">${label}</a>`,
    )
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, "$1<em>$2</em>")
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, "$1<em>$2</em>");
  // deno-lint-ignore no-control-regex -- the placeholders are NUL-delimited on purpose
  return html.replace(/\u0000(\d+)\u0000/g, (_, k: string) => codes[Number(k)]!);
}
