/**
 * The site's one stylesheet. A TS module rather than a .css file so the compiled build carries
 * it without a copy step. System fonts only: the site must work offline and self-hosted.
 */
export const siteCss = `
:root { --fg: #1b1f24; --muted: #4a5360; --bg: #ffffff; --line: #d8dde3; --accent: #0b5cad; --soft: #f3f6f9; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 10; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.site { border-bottom: 1px solid var(--line); background: var(--soft); }
header.site .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem; padding-block: .75rem; }
.brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--fg); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
nav a[aria-current="page"] { font-weight: 700; }
main { padding-block: 1.5rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h3, .h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
section { border-top: 1px solid var(--line); }
.meta, .note, small { color: var(--muted); }
.flags { font-size: .875rem; color: var(--muted); border-left: 3px solid var(--line); padding-left: .75rem; }
.flags ul { margin: 0; padding-left: 1rem; }
.cards { list-style: none; padding: 0; margin: 0; }
.cards > li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
.cards p { margin: .25rem 0; }
.pager { display: flex; gap: 1rem; justify-content: space-between; margin-top: 1.5rem; }
.letters { display: flex; flex-wrap: wrap; gap: .25rem .6rem; padding: 0; list-style: none; }
.stats { display: flex; flex-wrap: wrap; gap: 1rem 2rem; padding: 0; list-style: none; }
.stats strong { display: block; font-size: 1.4rem; }
blockquote { margin: 0; padding: .5rem 1rem; background: var(--soft); border-left: 3px solid var(--line); }
form.search { position: relative; display: flex; gap: .4rem; flex: 1 1 18rem; }
form.search input { flex: 1; min-width: 0; font: inherit; padding: .35rem .5rem; border: 1px solid var(--muted); border-radius: 4px; }
form.search button, .filters button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; }
.suggestions { position: absolute; top: 100%; left: 0; right: 0; z-index: 5; background: #fff; border: 1px solid var(--line); padding: .25rem .75rem; box-shadow: 0 2px 6px rgba(0,0,0,.12); }
.suggestions ul { margin: 0; padding-left: 1rem; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
.filters label { display: flex; flex-direction: column; font-size: .875rem; }
.filters select, .filters input { font: inherit; padding: .3rem; }
mark { background: #fff3a8; color: inherit; }
.urgent { border: 2px solid #b3261e; background: #fdecea; color: #5c0f0a; border-radius: 6px; padding: .5rem 1rem; margin-bottom: 1rem; }
.urgent-urgent { border-color: #9a5b00; background: #fff4e0; color: #4a2c00; }
.urgent p { margin: .35rem 0; }
.urgent ul { margin: .25rem 0 .5rem; padding-left: 1.25rem; }
.no-close { border-left: 3px solid var(--accent); background: var(--soft); padding: .5rem 1rem; }
.origin { font-size: .8rem; color: var(--muted); }
footer.site { border-top: 1px solid var(--line); background: var(--soft); font-size: .875rem; color: var(--muted); padding-block: 1rem; }
@media (max-width: 30rem) { h1 { font-size: 1.35rem; } body { font-size: .975rem; } }
`;
