/// The report's inline style sheet: system fonts only, A4 print rules, no external resources.
enum ReportStyle {
    static let css = """
        :root { --ink: #1d232b; --muted: #5d6672; --rule: #d9d5cd; --paper: #ffffff; --wash: #f6f4f0;
                --blue: #1f5fa6; --orange: #c25e00; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #e9e6e0; color: var(--ink);
               font: 14px/1.45 "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        main { max-width: 1060px; margin: 24px auto; background: var(--paper); padding: 36px 44px 44px;
               box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        header.report-head { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
        header.report-head h1 { font-size: 26px; line-height: 1.2; margin: 0 0 4px; letter-spacing: -.01em; }
        header.report-head .process { font-size: 16px; color: var(--muted); margin: 0 0 10px; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; font-size: 12.5px; color: var(--muted); }
        dl.meta dt { font-weight: 600; color: var(--ink); }
        dl.meta dd { margin: 0; overflow-wrap: anywhere; }
        nav.toc { font-size: 12.5px; color: var(--muted); margin: 10px 0 0; }
        nav.toc a { color: var(--ink); text-decoration: none; border-bottom: 1px solid var(--rule); }
        nav.toc ol { margin: 4px 0 0; padding-left: 20px; columns: 2; }
        h2 { font-size: 20px; margin: 34px 0 6px; padding-top: 6px; border-top: 1px solid var(--rule); break-after: avoid; }
        h2 .round-tag { font-weight: 400; color: var(--muted); }
        h3 { font-size: 15.5px; margin: 22px 0 4px; break-after: avoid; }
        p.explain { margin: 0 0 10px; color: var(--muted); font-size: 12.5px; max-width: 78ch; }
        section.part { break-inside: auto; }
        figure { margin: 0 0 8px; break-inside: avoid; }
        .keep { break-inside: avoid; }
        .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 10px; margin: 12px 0 14px; }
        .kpi { background: var(--wash); border-left: 4px solid var(--ink); padding: 8px 12px; break-inside: avoid; }
        .kpi .label { font-size: 12px; color: var(--muted); }
        .kpi .value { font-size: 24px; font-weight: 650; line-height: 1.2; }
        .kpi .sub { font-size: 11.5px; color: var(--muted); }
        .kpi .sub.change { color: var(--ink); margin-top: 2px; }
        .kpi.s-strong { border-left-color: var(--blue); } .kpi.s-weak { border-left-color: var(--orange); }
        table.data { border-collapse: collapse; font-size: 12.5px; margin: 6px 0 12px; }
        table.data tr { break-inside: avoid; }
        table.data th, table.data td { padding: 4px 9px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        table.data th { font-weight: 600; background: var(--wash); }
        table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.data td.name { white-space: normal; min-width: 7em; }
        table.data th.round-head { text-align: center; border-bottom: 2px solid var(--ink); }
        table.data.roles tbody td:nth-child(3n+3) { border-left: 1px solid var(--rule); }
        .muted { color: var(--muted); }
        ul.suppressed-list { margin: 4px 0 10px; padding-left: 20px; font-size: 12.5px; }
        ul.suppressed-list li { margin: 2px 0; }
        .pairs { columns: 2; column-gap: 28px; font-size: 12px; color: var(--muted); margin: 2px 0 0; padding-left: 18px; }
        /* Role × role matrices */
        .matrix-wrap { width: 100%; overflow: visible; break-inside: avoid; }
        table.matrix { border-collapse: separate; border-spacing: 2px; table-layout: fixed; width: 100%; font-variant-numeric: tabular-nums; }
        table.matrix caption { caption-side: top; text-align: left; font-size: 12px; color: var(--muted); padding-bottom: 2px; }
        table.matrix col.rowhead { width: 210px; }
        table.matrix.dense col.rowhead { width: 170px; }
        table.matrix th.corner { font-size: 11px; font-weight: 500; color: var(--muted); text-align: left; vertical-align: bottom; padding: 2px 4px; }
        table.matrix th.colhead { vertical-align: bottom; font-weight: 500; font-size: 11.5px; padding: 2px 0; }
        table.matrix th.colhead .num { display: block; font-weight: 700; text-align: center; margin: 3px 0 0; min-width: 0; color: var(--ink); }
        /* Rotated column heads wrap between words; the longest word sets how tall they may grow
           (--longest-word, from the roles), so that no name is cut. */
        table.matrix th.colhead .rot { display: block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: normal;
                                       margin: 0 auto; max-height: max(13em, var(--longest-word, 0em)); overflow: hidden; line-height: 1.1; }
        table.matrix th.rowhead { text-align: left; font-weight: 500; font-size: 12.5px; padding: 2px 6px 2px 0; line-height: 1.2;
                                  overflow-wrap: anywhere; hyphens: auto; }
        table.matrix .num { display: inline-block; min-width: 1.6em; font-weight: 700; color: var(--muted); }
        /* Every cell has a frame of its own width, so that a marked one (the diagonal dashed, a change
           that matters bold) frames its figures without striking through them. */
        table.matrix td.cell { position: relative; text-align: center; padding: 3px 0 2px; border: 2px solid transparent;
                               border-radius: 3px; line-height: 1.15; background: #f4f2ee; background-clip: padding-box; }
        table.matrix td.cell .badge { position: absolute; top: 2px; right: 4px; font-size: 14px; font-weight: 700; line-height: 1; }
        table.matrix.change td.cell .n { white-space: normal; }
        table.matrix.dense td.cell { padding-top: 10px; }
        table.matrix.dense td.cell .badge { top: 0; right: 2px; font-size: 9.5px; }
        table.matrix td.cell .badge .sym { font-size: 9px; margin: 0; vertical-align: 0; }
        table.matrix td.cell.long .v { font-size: .86em; letter-spacing: -.02em; }
        table.matrix.dense td.cell.long .v { font-size: 9.5px; }
        table.matrix td.cell .v { display: block; font-size: 14px; font-weight: 600; white-space: nowrap; }
        table.matrix td.cell .sym { font-size: .72em; margin-left: 2px; vertical-align: 1px; }
        table.matrix td.cell .n { display: block; font-size: 10.5px; opacity: .85; white-space: nowrap; }
        table.matrix.medium td.cell .v { font-size: 13px; }
        table.matrix.dense td.cell .v { font-size: 11.5px; }
        table.matrix.dense td.cell .n { font-size: 9px; }
        table.matrix.dense th.rowhead { font-size: 11.5px; }
        table.matrix.dense th.colhead { font-size: 10.5px; }
        table.matrix td.diagonal { border: 2px dashed var(--ink); }
        table.matrix td.suppressed, .chip.suppressed {
          background: repeating-linear-gradient(45deg, #f3f3f3 0 4px, #d6d6d6 4px 5.5px) !important; color: #555 !important; }
        table.matrix td.suppressed .v { font-weight: 400; }
        table.matrix td.matters { border: 3px solid var(--ink); }
        table.matrix td.matters.diagonal { border-style: dashed; }
        table.matrix.dense td.matters { border-width: 2px; }
        table.matrix.dense td.cell .n { letter-spacing: -.02em; }
        table.matrix td.unclear .v { font-weight: 500; }
        .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; font-size: 12px; color: var(--muted); margin: 6px 0 14px; }
        .legend-title { font-weight: 600; color: var(--ink); margin-right: 4px; }
        .chip { display: inline-block; width: 22px; height: 14px; border-radius: 2px; border: 1px solid rgba(0,0,0,.12); }
        .chip.matters { box-shadow: inset 0 0 0 2px var(--ink); }
        .chip-label { margin-right: 12px; }
        .key { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
        .line-key { display: inline-flex; align-items: center; gap: 5px; margin-right: 14px; }
        /* Small multiples */
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(270px, 1fr)); gap: 12px 18px; }
        .multiples.dense { grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); }
        .multiple { break-inside: avoid; margin: 0; }
        .dimensions h3, .dimensions p.explain { break-after: avoid; }
        .multiple figcaption { font-size: 12.5px; font-weight: 600; margin-bottom: 2px; }
        svg.dimmap { width: 100%; height: auto; display: block; }
        svg.dimmap .axis { font-size: 9px; fill: var(--muted); font-weight: 700; }
        svg.dimmap .val { font-size: 9.4px; font-weight: 600; }
        svg.dimmap .sym { font-size: 6px; }
        .multiples.dense svg.dimmap .val { font-size: 10.5px; }
        /* Network */
        svg.network { width: 100%; max-width: 860px; height: auto; display: block; margin: 0 auto; }
        svg.network .node-num { font-size: 13px; font-weight: 700; fill: var(--ink); }
        svg.network .node-label { font-size: 13px; fill: var(--ink); paint-order: stroke; stroke: #ffffff; stroke-width: 4px; stroke-linejoin: round; }
        /* Bars */
        svg.bars { width: 100%; max-width: 900px; height: auto; display: block; }
        svg.bars .axis { font-size: 11px; fill: var(--muted); }
        svg.bars .bar-label { font-size: 12.5px; fill: var(--ink); }
        svg.bars .series { font-size: 10.5px; fill: var(--muted); }
        svg.bars .bar-value { font-size: 11.5px; fill: var(--ink); font-weight: 600; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        svg.bars .bar-n { font-weight: 400; fill: var(--muted); font-size: 10px; }
        svg.bars .bar-note { font-size: 11.5px; fill: var(--ink); font-weight: 600; }
        svg.bars .muted { fill: var(--muted); font-weight: 400; }
        .gapbar { display: inline-block; height: 10px; background: var(--orange); vertical-align: middle; border-radius: 1px; }
        div.summary { font-size: 13px; margin: 4px 0 12px; }
        div.summary h4 { font-size: 13.5px; margin: 10px 0 2px; break-after: avoid; }
        div.summary h4.up .chg { color: var(--blue); } div.summary h4.down .chg { color: var(--orange); }
        div.summary ul { margin: 2px 0 6px; padding-left: 20px; }
        div.summary ul.up, div.summary ul.down, div.summary ul.other { columns: 2 360px; column-gap: 28px; }
        div.summary li { margin: 1px 0; break-inside: avoid; }
        div.summary p { margin: 4px 0; }
        /* The story page */
        section.story { border: 0; }
        header.story-head { border-bottom: 3px solid var(--ink); padding-bottom: 10px; margin-bottom: 14px; }
        header.story-head h1 { font-size: 30px; line-height: 1.15; margin: 0 0 4px; letter-spacing: -.01em; }
        header.story-head .subtitle { font-size: 19px; margin: 0 0 6px; }
        header.story-head .process { font-size: 15px; color: var(--muted); margin: 0 0 4px; }
        header.story-head .when { font-size: 13px; color: var(--muted); margin: 0; }
        .story-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px 22px; }
        .story-block { background: var(--wash); border-left: 5px solid var(--rule); padding: 8px 14px 10px; break-inside: avoid; }
        .story-block h3 { margin: 0 0 6px; font-size: 16px; }
        .story-block ul { margin: 0; padding-left: 18px; }
        .story-block li { margin: 3px 0; font-size: 14px; }
        .story-block li.more { list-style: none; margin-left: -18px; color: var(--muted); }
        .story-block p { margin: 4px 0; font-size: 14px; }
        .story-block p.note, .story-block p.paired { font-size: 12.5px; color: var(--muted); }
        .story-block .count { font-weight: 400; color: var(--muted); }
        .story-block.ties ul { list-style: none; padding-left: 0; }
        .story-block.up { border-left-color: var(--blue); } .story-block.down { border-left-color: var(--orange); }
        .story-block.whole { border-left-color: var(--ink); }
        .story-block.ties.strong { border-left-color: #6f9bd0; } .story-block.ties.weak { border-left-color: #e0a060; }
        .chg { font-weight: 800; }
        .story-block.up .chg { color: var(--blue); } .story-block.down .chg { color: var(--orange); }
        p.rule { font-size: 12.5px; color: var(--muted); max-width: 100ch; margin: 12px 0 0; break-inside: avoid; }
        section.about { margin-top: 8px; }
        /* Interaction (only with the script; never in print) */
        .controls, .filter, .dimswitch { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; font-size: 12.5px; margin: 10px 0; }
        .controls[hidden], .filter[hidden], .dimswitch[hidden], [data-js-only][hidden] { display: none; }
        .controls button, .dimswitch select { font: inherit; padding: 3px 10px; border: 1px solid var(--muted); border-radius: 4px; background: #fff; cursor: pointer; }
        .controls button[aria-pressed=true] { background: var(--ink); color: #fff; }
        .controls .hint { color: var(--muted); }
        #tip { position: absolute; z-index: 10; max-width: 360px; background: var(--ink); color: #fff; font-size: 12.5px; padding: 5px 8px;
               border-radius: 4px; pointer-events: none; box-shadow: 0 2px 6px rgba(0,0,0,.25); }
        #tip[hidden] { display: none; }
        svg.network .tie.extra { display: none; }
        @media screen {
          .js [data-role] { cursor: pointer; }
          td.cell:focus-visible, th:focus-visible, tr:focus-visible, g:focus-visible { outline: 2px solid var(--blue); outline-offset: 1px; }
          .js.focusing table.matrix td.cell:not(.hl) { opacity: .28; }
          .js.focusing table.matrix th.hl, .js.focusing table.roles tr.hl td { background: #fff3c4; }
          .js.focusing .story-block li:not(.hl):not(.more) { opacity: .45; }
          .js.focusing svg.dimmap g.dcell:not(.hl) { opacity: .25; }
          .js.focusing svg.network .tie { display: none; }
          .js.focusing svg.network .tie.hl { display: inline; }
          .js.focusing svg.network g.node:not(.hl) { opacity: .45; }
          .js.focusing svg.network g.node.hl circle { fill: #fff3c4; stroke-width: 3; }
          .js .matters-only table.matrix td.cell:not(.matters) { opacity: .18; }
          .js .multiples.switchable.one { display: block; }
          .js .multiples.switchable.one figure.multiple { display: none; max-width: 720px; }
          .js .multiples.switchable.one figure.multiple.chosen { display: block; }
        }
        ol.methods { font-size: 12.5px; color: var(--ink); padding-left: 20px; max-width: 84ch; }
        ol.methods li { margin: 3px 0; }
        footer { margin-top: 28px; font-size: 11px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 6px; }
        @page { size: A4; margin: 13mm 12mm 14mm; }
        @media print {
          body { background: none; font-size: 10pt; }
          [data-js-only], #tip { display: none !important; }
          header.story-head h1 { font-size: 22pt; }
          .story-grid { grid-template-columns: 1fr 1fr; gap: 8px 14px; }
          .story-block li, .story-block p { font-size: 10pt; }
          .story-block h3 { font-size: 11.5pt; }
          section.handout-map { break-inside: avoid; }
          body.handout table.matrix:not(.dense) td.cell { padding: 11px 2px 10px; }
          body.handout table.matrix:not(.dense) td.cell .v { font-size: 16px; }
          body.handout table.matrix:not(.dense) td.cell .n { font-size: 9.5px; }
          body.handout table.matrix:not(.dense) th.rowhead { font-size: 11.5px; }

          main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          h2 { margin-top: 18px; }
          table.matrix col.rowhead { width: 150px; }
          table.matrix.dense col.rowhead { width: 124px; }
          table.matrix td.cell { padding: 1px 0 0; border-width: 1px; }
          table.matrix td.diagonal { border-width: 1.5px; }
          table.matrix td.matters { border-width: 2.5px; }
          table.matrix td.cell .v { font-size: 10.5px; }
          table.matrix td.cell .n { font-size: 7.5px; }
          table.matrix td.cell .badge { font-size: 9px; }
          table.matrix th.colhead .rot { max-height: max(10em, var(--longest-word, 0em)); }
          table.matrix.dense td.cell .v { font-size: 9px; letter-spacing: -.02em; }
          table.matrix.dense td.cell.long .v { font-size: 7.5px; }
          table.matrix.dense td.cell { padding-top: 7px; }
          table.matrix.dense td.cell .n { font-size: 7px; letter-spacing: -.04em; line-height: 1.1; }
          table.matrix.dense td.matters { border-width: 2px; }
          table.matrix th.rowhead { font-size: 10px; }
          table.matrix.dense th.rowhead { font-size: 9px; }
          table.matrix th.colhead { font-size: 9.5px; }
          .multiples { grid-template-columns: repeat(3, 1fr); gap: 8px 14px; }
          .multiples.dense { grid-template-columns: repeat(2, 1fr); gap: 8px 18px; }
          .multiples.dense .multiple { padding: 0 4px; }
          /* Above twelve roles one map to a row, as wide as two fit on a page: figures that can be read. */
          .multiples.crowded { grid-template-columns: 1fr; justify-items: center; }
          .multiples.crowded .multiple { width: 112mm; break-inside: avoid; }
          table.data { font-size: 9pt; }
          ol.methods { columns: 2; column-gap: 8mm; font-size: 8.5pt; max-width: none; }
          ol.methods li { break-inside: avoid; }
          table.data th, table.data td { padding: 3px 5px; }
          .gapbar { max-width: 60px; }
          .segment-profile { font-size: 8pt; width: 100%; table-layout: fixed; }
          .segment-profile th, .segment-profile td { padding: 2px 3px; overflow-wrap: anywhere; hyphens: manual; }
          .segment-profile thead th { font-size: 7.5pt; overflow-wrap: normal; }
          .segment-profile thead th:first-child { width: 20%; }
          .segment-profile thead { display: table-header-group; }
          .segment-profile tr { break-inside: avoid; }
          table.data.roles { font-size: 8.5pt; }
          table.data.roles th, table.data.roles td { padding: 3px 4px; }
          .segment-profile small { display: block; }
          .kpis { grid-template-columns: repeat(4, 1fr); }
          svg.network { max-width: 440px; }
          svg.network.many { max-width: 500px; }
          .dimensions.many { break-before: page; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
