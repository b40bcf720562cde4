/* relu-lab's rendered tutorial: the "show/hide code" switch (remembered in localStorage), the
   chapter menu on narrow screens, and a class that tells the stylesheet scripts run. Loaded in
   the head, so that a reader who hid the code never sees it flash. No network access. */
(() => {
  const KEY = "relu-lab:hide-code";
  const root = document.documentElement;
  root.classList.add("rl-js");
  try {
    if (globalThis.localStorage.getItem(KEY) === "1") root.classList.add("rl-hide-code");
  } catch {
    // Storage may be off (private windows): the switch still works for the page.
  }

  const ready = () => {
    const toggle = document.querySelector(".rl-code-toggle");
    const show = () => {
      if (!toggle) return;
      const hidden = root.classList.contains("rl-hide-code");
      toggle.textContent = hidden ? "Show code" : "Hide code";
      toggle.setAttribute("aria-pressed", String(hidden));
    };
    if (toggle) {
      show();
      toggle.addEventListener("click", () => {
        const hide = !root.classList.contains("rl-hide-code");
        root.classList.toggle("rl-hide-code", hide);
        try {
          globalThis.localStorage.setItem(KEY, hide ? "1" : "0");
        } catch {
          // See above.
        }
        show();
        // Figures take the width they now have.
        globalThis.dispatchEvent(new Event("resize"));
      });
    }
    const menu = document.querySelector(".rl-menu");
    const nav = document.getElementById("rl-nav");
    if (menu && nav) {
      menu.addEventListener("click", () => {
        const open = !nav.classList.contains("rl-nav-open");
        nav.classList.toggle("rl-nav-open", open);
        menu.setAttribute("aria-expanded", String(open));
      });
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
