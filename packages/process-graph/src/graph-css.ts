// The picture's stylesheet: light colours, dark ones under `prefers-color-scheme: dark`. The SVG
// file embeds it; the emulator's dashboard ships it in its own stylesheet (its Content-Security-
// Policy forbids inline styles). Only classes: no element carries a style attribute.

/** The CSS of every picture `processGraphSvg` draws (classes `pg-*` under the root class `pg`). */
export const processGraphCss = `.pg {
  --pg-background: #ffffff;
  --pg-node: #f8fafc;
  --pg-stroke: #475569;
  --pg-text: #0f172a;
  --pg-muted: #475569;
  --pg-edge: #64748b;
  --pg-start: #15803d;
  --pg-terminal: #1e3a8a;
  --pg-current: #b45309;
  --pg-current-fill: #fef3c7;
  --pg-visited-fill: #dbeafe;
  --pg-taken: #1d4ed8;
  --pg-extension: #7c3aed;
  --pg-label: #ffffff;
  --pg-focus: #be185d;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .pg {
    --pg-background: #0f172a;
    --pg-node: #1e293b;
    --pg-stroke: #94a3b8;
    --pg-text: #f1f5f9;
    --pg-muted: #cbd5e1;
    --pg-edge: #94a3b8;
    --pg-start: #4ade80;
    --pg-terminal: #93c5fd;
    --pg-current: #fbbf24;
    --pg-current-fill: #422006;
    --pg-visited-fill: #172554;
    --pg-taken: #60a5fa;
    --pg-extension: #c4b5fd;
    --pg-label: #0f172a;
    --pg-focus: #f472b6;
  }
}
.pg-background { fill: var(--pg-background); }
.pg-node rect { fill: var(--pg-node); stroke: var(--pg-stroke); stroke-width: 1.5; }
.pg-node text { fill: var(--pg-text); font-size: 12px; }
.pg-node .pg-id { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 13px; font-weight: 600; }
.pg-node .pg-caption { font-size: 10px; fill: var(--pg-muted); letter-spacing: 0.04em; }
.pg-start rect { stroke: var(--pg-start); stroke-width: 3; }
.pg-start .pg-caption { fill: var(--pg-start); }
.pg-terminal rect { stroke: var(--pg-terminal); }
.pg-terminal .pg-inner { fill: none; stroke-width: 1; }
.pg-unreachable rect, .pg-undefined rect { stroke-dasharray: 5 3; }
.pg-visited rect { fill: var(--pg-visited-fill); }
.pg-current rect { fill: var(--pg-current-fill); stroke: var(--pg-current); stroke-width: 3; }
.pg-current .pg-inner { fill: none; }
.pg-current .pg-caption { fill: var(--pg-current); font-weight: 700; }
.pg-edge path { fill: none; stroke: var(--pg-edge); stroke-width: 1.5; }
.pg-arrowhead { fill: var(--pg-edge); }
.pg-edge.pg-undefined path { stroke-dasharray: 5 3; }
.pg-extended path { stroke: var(--pg-extension); }
.pg-arrowhead-extended { fill: var(--pg-extension); }
.pg-taken path { stroke: var(--pg-taken); stroke-width: 3.5; }
.pg-arrowhead-taken { fill: var(--pg-taken); }
.pg-edge-label rect { fill: var(--pg-label); stroke: var(--pg-edge); stroke-width: 0.75; }
.pg-edge-label text { fill: var(--pg-text); font-size: 11px; }
.pg-extended .pg-edge-label rect { stroke: var(--pg-extension); }
.pg-taken .pg-edge-label rect { stroke: var(--pg-taken); }
.pg-selected path { stroke: var(--pg-focus); stroke-width: 4; }
.pg-selected .pg-edge-label rect { stroke: var(--pg-focus); stroke-width: 2; }
.pg [tabindex] { cursor: pointer; outline: none; }
.pg [tabindex]:focus-visible rect, .pg [tabindex]:hover rect { stroke: var(--pg-focus); stroke-width: 3; }
.pg-edge[tabindex]:focus-visible path, .pg-edge[tabindex]:hover path { stroke: var(--pg-focus); }
`;
