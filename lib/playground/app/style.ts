/** The playground's CSS, scoped under `.relu-playground` (the page and notebook outputs share it). */
export const PLAYGROUND_CSS = `
.relu-playground { font: 13px/1.35 system-ui, sans-serif; color: #222; max-width: 1100px; }
.relu-playground * { box-sizing: border-box; }
.relu-playground .rp-bar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin: 4px 0 8px; }
.relu-playground button { font: inherit; padding: 3px 10px; border: 1px solid #888; border-radius: 4px; background: #f6f6f6; cursor: pointer; }
.relu-playground button.rp-primary { background: #0877bd; color: white; border-color: #0877bd; }
.relu-playground .rp-step { font-variant-numeric: tabular-nums; margin-left: 8px; }
.relu-playground .rp-notes { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; padding: 4px 8px; margin: 4px 0; }
.relu-playground .rp-notes:empty { display: none; }
.relu-playground .rp-main { display: flex; gap: 12px; align-items: flex-start; }
.relu-playground .rp-controls { flex: 0 0 210px; display: grid; grid-template-columns: auto 1fr; gap: 3px 6px; align-items: center; font-size: 12px; }
.relu-playground .rp-controls input, .relu-playground .rp-controls select { font: inherit; width: 100%; min-width: 0; }
.relu-playground .rp-controls .rp-head { grid-column: 1 / 3; font-weight: 600; margin-top: 6px; border-bottom: 1px solid #ddd; }
.relu-playground .rp-nets { display: flex; gap: 12px; flex-wrap: wrap; flex: 1; }
.relu-playground .rp-net { flex: 1 1 400px; min-width: 340px; border: 1px solid #ddd; border-radius: 6px; padding: 6px; }
.relu-playground .rp-net h4 { margin: 0 0 4px; font-size: 14px; }
.relu-playground .rp-diverged { color: #b00020; font-weight: 600; }
.relu-playground .rp-top { display: flex; gap: 8px; }
.relu-playground .rp-boundary { width: 220px; height: 220px; image-rendering: auto; border: 1px solid #ccc; }
.relu-playground .rp-stats { font-variant-numeric: tabular-nums; font-size: 12px; }
.relu-playground .rp-layers { display: flex; gap: 8px; margin-top: 6px; overflow-x: auto; }
.relu-playground .rp-layer { display: flex; flex-direction: column; gap: 3px; align-items: center; font-size: 10px; }
.relu-playground .rp-unit { position: relative; cursor: pointer; }
.relu-playground .rp-unit canvas { width: 40px; height: 40px; border: 2px solid #ccc; display: block; }
.relu-playground .rp-unit.rp-dead canvas { border-color: #d00; }
.relu-playground .rp-unit.rp-nearly canvas { border-color: #f0a000; border-style: dashed; }
.relu-playground .rp-unit.rp-selected canvas { outline: 2px solid #222; }
.relu-playground .rp-unit span { position: absolute; left: 2px; top: 2px; font-size: 9px; font-weight: 700; color: #d00; background: rgba(255,255,255,.8); }
.relu-playground .rp-unit.rp-nearly span { color: #a06000; }
.relu-playground .rp-charts { display: flex; gap: 4px; flex-wrap: wrap; margin-top: 6px; }
.relu-playground .rp-charts canvas { width: 200px; height: 120px; border: 1px solid #eee; }
.relu-playground .rp-scope { margin-top: 8px; border: 1px solid #ddd; border-radius: 6px; padding: 6px; font-size: 12px; }
.relu-playground .rp-scope table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.relu-playground .rp-scope td, .relu-playground .rp-scope th { padding: 1px 6px; text-align: right; }
.relu-playground .rp-legend { font-size: 11px; color: #555; }
`;
