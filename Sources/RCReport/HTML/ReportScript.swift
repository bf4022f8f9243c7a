/// The report's one inline script: progressive enhancement only. Without it (or in print) the
/// page is the complete static report; with it, controls marked `data-js-only` appear and a
/// click or tap (or Enter) on a role highlights its row and column in every map and shows only
/// its ties in the network map; "clear changes only" fades the rest of a change map; "sort by
/// index" reorders the roles of every map and the role list (order from `data-index-order`);
/// above eight roles a switch shows one dimension map at a time; details of a cell appear on
/// hover and on keyboard focus. It reads only what the page shows, fetches nothing, and never
/// inserts markup from the page's text (text goes in through `textContent`).
enum ReportScript {
    static let source = #"""
        (function () {
          "use strict";
          var doc = document, root = doc.documentElement, main = doc.querySelector("main");
          if (!main) { return; }
          root.classList.add("js");
          var all = function (selector, scope) { return Array.prototype.slice.call((scope || doc).querySelectorAll(selector)); };
          all("[data-js-only]").forEach(function (el) { el.hidden = false; });

          // Details on hover and keyboard focus: the native title becomes the tip's text.
          var tip = doc.getElementById("tip");
          all("td.cell[title], th[title]").forEach(function (el) {
            el.setAttribute("data-tip", el.getAttribute("title"));
            el.setAttribute("aria-label", el.getAttribute("title"));
            el.removeAttribute("title");
          });
          function tipText(el) {
            if (el.hasAttribute("data-tip")) { return el.getAttribute("data-tip"); }
            var title = el.querySelector ? el.querySelector("title") : null;
            return title ? title.textContent : "";
          }
          function showTip(el) {
            var text = tipText(el);
            if (!tip || !text) { return; }
            tip.textContent = text;
            tip.hidden = false;
            var box = el.getBoundingClientRect();
            var left = Math.min(window.scrollX + box.left, window.scrollX + doc.documentElement.clientWidth - tip.offsetWidth - 8);
            tip.style.left = Math.max(window.scrollX + 4, left) + "px";
            tip.style.top = (window.scrollY + box.bottom + 6) + "px";
          }
          function hideTip() { if (tip) { tip.hidden = true; } }
          function detailTarget(node) {
            return node && node.closest ? node.closest("td.cell, g.dcell, path.tie, th[data-tip], g.node") : null;
          }
          doc.addEventListener("mouseover", function (event) { var el = detailTarget(event.target); if (el) { showTip(el); } });
          doc.addEventListener("mouseout", function (event) { if (detailTarget(event.target)) { hideTip(); } });
          doc.addEventListener("focusin", function (event) { var el = detailTarget(event.target); if (el) { showTip(el); } else { hideTip(); } });
          doc.addEventListener("focusout", hideTip);

          // One role in focus: its row and column in every map, its ties in the network map.
          var focus = null;
          function applyFocus() {
            root.classList.toggle("focusing", focus !== null);
            all("[data-a], [data-role]").forEach(function (el) {
              var hit = focus !== null && (el.getAttribute("data-a") === focus || el.getAttribute("data-b") === focus ||
                                           el.getAttribute("data-role") === focus);
              el.classList.toggle("hl", hit);
            });
            all("[data-role]").forEach(function (el) {
              if (el.matches("th, tr, g.node")) { el.setAttribute("aria-pressed", el.getAttribute("data-role") === focus ? "true" : "false"); }
            });
          }
          function toggleFocus(role) { focus = focus === role ? null : role; applyFocus(); }
          function roleOf(node) {
            var el = node && node.closest ? node.closest("th[data-role], tr[data-role], g.node[data-role], text[data-role]") : null;
            return el ? el.getAttribute("data-role") : null;
          }
          doc.addEventListener("click", function (event) {
            var role = roleOf(event.target);
            if (role !== null) { toggleFocus(role); }
          });
          doc.addEventListener("keydown", function (event) {
            if (event.key === "Escape") { focus = null; applyFocus(); hideTip(); return; }
            if (event.key === "Enter" || event.key === " ") {
              var role = roleOf(event.target);
              if (role !== null && !event.target.matches("button, input, select")) { event.preventDefault(); toggleFocus(role); }
            }
          });

          // Buttons and switches.
          all("[data-action=clear]").forEach(function (button) {
            button.addEventListener("click", function () { focus = null; applyFocus(); });
          });
          all("input[data-action=matters-only]").forEach(function (box) {
            var figure = box.closest("figure, section");
            box.addEventListener("change", function () { if (figure) { figure.classList.toggle("matters-only", box.checked); } });
          });
          all("select[data-action=dimension]").forEach(function (select) {
            var grid = select.closest("div.dimswitch").nextElementSibling;
            function show() {
              all("figure.multiple", grid).forEach(function (figure) { figure.classList.toggle("chosen", figure.getAttribute("data-dimension") === select.value); });
            }
            if (grid) { grid.classList.add("one"); select.addEventListener("change", show); show(); }
          });

          // Sort roles by index (and back to the list's order).
          var order = (main.getAttribute("data-index-order") || "").split(",").filter(function (x) { return x !== ""; });
          var sorted = false;
          function arrange(list) {
            all("table.matrix").forEach(function (table) {
              var head = table.querySelector("thead tr");
              if (head) {
                list.forEach(function (role) {
                  var th = head.querySelector("th[data-role='" + role + "']");
                  if (th) { head.appendChild(th); }
                });
              }
              var body = table.querySelector("tbody");
              list.forEach(function (role) {
                var row = body ? body.querySelector("tr[data-row='" + role + "']") : null;
                if (!row) { return; }
                list.forEach(function (target) {
                  var cell = row.querySelector("td[data-b='" + target + "']");
                  if (cell) { row.appendChild(cell); }
                });
                body.appendChild(row);
              });
            });
            all("table.roles tbody").forEach(function (body) {
              list.forEach(function (role) {
                var row = body.querySelector("tr[data-role='" + role + "']");
                if (row) { body.appendChild(row); }
              });
            });
          }
          all("[data-action=sort]").forEach(function (button) {
            button.addEventListener("click", function () {
              sorted = !sorted;
              var natural = order.slice().sort(function (a, b) { return Number(a) - Number(b); });
              arrange(sorted ? order : natural);
              all("[data-action=sort]").forEach(function (b) { b.setAttribute("aria-pressed", sorted ? "true" : "false"); });
            });
          });
        })();
        """#
}
