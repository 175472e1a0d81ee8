extension BoardPage {
    /// Made to be read from the back of a room: large type, one calm accent, the charter on the
    /// left and what the room is answering on the right; a print stylesheet for a clean copy.
    static let style = """
    :root { --ink: #1d232b; --muted: #5b6470; --line: #d9dde2; --paper: #fbfaf7; --card: #ffffff;
      --accent: #1f5f66; --accent-soft: #e4efef; --warn: #a86b00; --over: #a33a2b; --fresh: #fff1b8; }
    * { box-sizing: border-box; }
    html { font-size: clamp(17px, 1.25vw, 30px); }
    body { margin: 0; background: var(--paper); color: var(--ink);
      font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
      line-height: 1.4; -webkit-font-smoothing: antialiased; }
    header.top { display: flex; align-items: center; justify-content: space-between; gap: 2rem;
      padding: .9rem 2.2rem; background: var(--card); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
    .brand { min-width: 0; }
    .brand .title { display: block; font-size: 1.45rem; font-weight: 700; letter-spacing: -.01em; }
    .brand .client { display: block; color: var(--muted); font-size: 1rem; }
    .clocks { display: flex; align-items: baseline; gap: 1.8rem; white-space: nowrap; }
    .phase { text-align: right; }
    .phase .name { display: block; font-weight: 600; font-size: 1.1rem; }
    .phase .of { color: var(--muted); font-size: .85rem; }
    .timer { font-size: 2.1rem; font-weight: 700; font-variant-numeric: tabular-nums; color: var(--accent); }
    .timer .box { font-size: 1.1rem; color: var(--muted); font-weight: 500; }
    .timer.warning { color: var(--warn); } .timer.over { color: var(--over); }
    .total { color: var(--muted); font-variant-numeric: tabular-nums; font-size: 1rem; }
    .total b { color: var(--ink); font-weight: 600; }
    .state { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; padding: .2rem .6rem;
      border-radius: 99px; background: var(--accent-soft); color: var(--accent); }
    .state.paused, .state.finished { background: #eceef0; color: var(--muted); }
    .state.reconnecting { background: #fbe9d0; color: var(--warn); }
    main { display: grid; grid-template-columns: minmax(0, 1.55fr) minmax(0, 1fr); gap: 2.2rem; padding: 1.6rem 2.2rem 3rem; }
    .room { position: sticky; top: 6.2rem; align-self: start; display: flex; flex-direction: column; gap: 1.4rem;
      max-height: calc(100vh - 7.5rem); overflow: auto; }
    .now { background: var(--accent); color: #fff; border-radius: 14px; padding: 1.3rem 1.5rem 1.5rem; }
    .now .kind { margin: 0 0 .5rem; font-size: .85rem; text-transform: uppercase; letter-spacing: .09em; opacity: .85; }
    .now .ask { margin: 0; font-size: 1.6rem; line-height: 1.3; font-weight: 600; }
    .now .ask.quiet { opacity: .9; font-weight: 500; }
    .now .hint { margin: .8rem 0 0; font-size: 1rem; opacity: .9; }
    .now .draft { margin-top: 1rem; background: rgba(255,255,255,.12); border-radius: 10px; padding: .6rem .9rem; }
    .now .draft ul { margin: 0; padding-left: 1.1rem; font-size: 1.1rem; }
    .open { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 1.1rem 1.3rem; }
    .open h2 { margin: 0 0 .7rem; font-size: 1.15rem; display: flex; justify-content: space-between; }
    .open h2 .count { color: var(--muted); font-weight: 500; }
    .open ol { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: .8rem; }
    .open li { border-left: 4px solid var(--accent); padding: .1rem 0 .1rem .8rem; }
    .open .subject { display: block; font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
    .open .question { display: block; font-size: 1.05rem; font-weight: 600; }
    .open .who { display: block; font-size: .85rem; color: var(--muted); }
    .open .none { margin: 0; color: var(--muted); }
    .charter { display: flex; flex-direction: column; gap: 1.2rem; min-width: 0; }
    .section { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 1.1rem 1.5rem 1.2rem; }
    .section.blank { background: transparent; border-style: dashed; padding: .7rem 1.5rem; }
    .section.blank h2 { color: var(--muted); font-size: 1.1rem; }
    .section h2 { margin: 0 0 .6rem; font-size: 1.35rem; display: flex; align-items: center; gap: .8rem; flex-wrap: wrap; }
    .section.blank h2 { margin: 0; }
    .lock { font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: var(--accent);
      border: 1.5px solid var(--accent); border-radius: 99px; padding: .1rem .6rem; }
    .lock::before { content: "\\2713\\00A0"; }
    .section h3 { margin: .8rem 0 .3rem; font-size: .95rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
    .section h4 { margin: .9rem 0 .3rem; font-size: .95rem; color: var(--muted); }
    .section .empty { margin: .3rem 0 0; color: var(--muted); font-style: italic; }
    .section.blank .empty { display: none; }
    dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; column-gap: 1.2rem; row-gap: .35rem; }
    dl .pair { display: contents; }
    dt { color: var(--muted); } dd { margin: 0; font-weight: 600; }
    p.text { margin: .2rem 0 .4rem; font-size: 1.05rem; }
    ul { margin: .2rem 0 .4rem; padding-left: 1.3rem; } li { margin: .15rem 0; }
    table { width: 100%; border-collapse: collapse; margin: .3rem 0 .5rem; font-size: .9rem; }
    th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); padding: .35rem .5rem; }
    td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; overflow-wrap: anywhere; }
    tr.decision td, .decision { font-style: italic; color: var(--muted); }
    .decisions .subject { font-weight: 600; }
    .tbc { font-size: .8em; font-weight: 600; color: var(--warn); font-style: normal; white-space: nowrap; }
    .changes { border-left: 4px solid #d9a441; padding: .2rem 0 .2rem .9rem; margin: 0 0 .8rem; color: var(--muted); }
    .changes p { margin: 0; font-weight: 700; font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; }
    .changes ul { margin: .2rem 0 0; }
    .fresh { animation: fresh 6s ease-out; border-radius: 6px; }
    tr.fresh td { animation: fresh 6s ease-out; }
    .now .fresh { animation: fresh-dark 5s ease-out; }
    @keyframes fresh-dark { 0%, 30% { background: rgba(255,255,255,.16); box-shadow: 0 0 0 .35rem rgba(255,255,255,.16); }
      100% { background: transparent; box-shadow: 0 0 0 .35rem transparent; } }
    @keyframes fresh { 0%, 40% { background: var(--fresh); box-shadow: 0 0 0 .35rem var(--fresh); }
      100% { background: transparent; box-shadow: 0 0 0 .35rem transparent; } }
    @media (max-width: 900px) { main { grid-template-columns: 1fr; } .room { position: static; max-height: none; }
      header.top { flex-wrap: wrap; } .clocks { flex-wrap: wrap; } }
    @media (prefers-reduced-motion: reduce) { .fresh, tr.fresh td { animation: none; background: var(--fresh); }
      .now .fresh { background: none; } }
    @media print {
      @page { size: A4; margin: 16mm 14mm; }
      html { font-size: 10.5pt; } body { background: #fff; }
      header.top { position: static; border: 0; padding: 0 0 4mm; } .clocks, .now { display: none; }
      main { display: block; padding: 0; } .room { position: static; max-height: none; overflow: visible; display: block; }
      .open { margin-top: 6mm; border: 0; padding: 0; } .section { border: 0; padding: 0; margin-bottom: 5mm; break-inside: avoid-page; }
      .section.blank { display: none; } .fresh, tr.fresh td { animation: none; background: none; box-shadow: none; }
      h2, h3, h4 { break-after: avoid; } tr { break-inside: avoid; }
    }
    """
}
