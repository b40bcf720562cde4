// HTML helpers shared by the progress bar, figures and tables. Private to the library.

/** Escapes `&`, `<`, `>` and `"` so text can sit in HTML content or an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
