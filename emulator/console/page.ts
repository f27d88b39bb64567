// The console's one HTML page: the frame the script fills (header, graph or table, request
// log) and its style. Static: the tenant's data arrives only through /__emulator/ endpoints,
// and the content security policy lets the page run no script but the console's own.
export const CONSOLE_SCRIPT_PATH = "/__emulator/console.js";

export const PAGE_HEADERS = {
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

const STYLE = `
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d2330;--mute:#667085;--line:#d0d5dd;--Active:#12b76a;--Live:#12b76a;--Starting:#f79009;--Pending:#98a2b3;--PendingUpdate:#f79009;--Broken:#f04438;--Paused:#7a5af8;--Stopped:#667085}
*{box-sizing:border-box}body{margin:0;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--ink)}
header{display:flex;align-items:center;gap:16px;padding:10px 18px;background:#101828;color:#fff}
header h1{font-size:15px;margin:0;font-weight:600}header .counts{color:#d0d5dd}header .spacer{flex:1}
#live{font-size:12px;color:#d0d5dd}#live.on::before{content:"● ";color:#32d583}#live.off::before{content:"● ";color:#f97066}
nav button{background:#344054;color:#fff;border:0;padding:5px 12px;border-radius:6px;cursor:pointer;font:inherit}nav button[aria-pressed=true]{background:#2e90fa}
main{padding:14px 18px;display:grid;gap:14px}section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px;overflow:auto}
section h2{font-size:13px;margin:0 0 8px;color:var(--mute);text-transform:uppercase;letter-spacing:.04em}
#graph svg{display:block}.node rect.box{fill:#fff;stroke:var(--line);stroke-width:1.2}.node.broken rect.box{stroke:var(--Broken);stroke-width:2}
.node .name{font-weight:600;font-size:13px}.node .sub{fill:var(--mute);font-size:11px}.node .tag{font-size:10px;fill:#175cd3}.node .tagbg{fill:#eff8ff;stroke:#b2ddff}
.edge{fill:none;stroke:#98a2b3;stroke-width:1.5}.col{fill:var(--mute);font-size:11px;text-transform:uppercase;letter-spacing:.06em}
table{border-collapse:collapse;width:100%;font-size:12px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eaecf0;white-space:nowrap}th{color:var(--mute);font-weight:600;position:sticky;top:0;background:var(--card)}
.pill{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:11px;font-weight:600}
tr.fault td{background:#fef3f2}tr.fault td.fault{color:#b42318;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
#requests{max-height:40vh}.empty{color:var(--mute)}code{font-size:11px}
#flows [data-key]{cursor:pointer}.node.selected rect.box{stroke:#2e90fa;stroke-width:3}tr.selected td{background:#eff8ff}#detail-text{margin:0;font-size:12px;white-space:pre-wrap}
`;

export const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Streamkap emulator console</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body><header><h1>Streamkap emulator</h1><span class="counts" id="counts"></span><span class="spacer"></span>
<nav><button id="view-graph" aria-pressed="true">Graph</button> <button id="view-table" aria-pressed="false">Table</button></nav>
<span id="live" class="off">connecting</span></header>
<main><section id="flows"><h2>Flows</h2><div id="graph"></div><div id="table" hidden></div></section>
<section id="details" hidden><h2>Selected</h2><pre id="detail-text"></pre></section>
<section id="requests"><h2>Last API requests</h2><div id="request-log"><p class="empty">No API request yet.</p></div></section></main>
<script src="${CONSOLE_SCRIPT_PATH}" defer></script></body></html>
`;
