#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium driven over the DevTools protocol
(--remote-debugging-pipe; Python's standard library only).

    scripts/report-browser-test.py [--bin DIR] [--out DIR] [--chromium PATH]

Makes reports of the sample data (Danish and English, full and --handout), of a 20-role
synthetic survey with two rounds, of a three-unit survey by unit (--by), and of a two-round
survey of 15 roles with long Danish names and units (scripts/long-roles-survey.py: full, --handout,
--by Afsnit and a --where Afsnit=121 handout) and a handout of a large survey (12 roles, 12,000
respondents a round: counts in the thousands in every cell), then for each:
  - prints it to A4 PDF and counts the pages with pdfinfo (a --handout must be at most 3), and
    checks that the story's "how to read" note is not split across two pages (pdftotext);
  - opens it from a file:// URL and fails on any script error, console error or request
    for anything that is not the file itself;
  - drives the interactions: role highlight by click and by keyboard, Esc, "clear changes
    only", sort by index and back, the dimension switch (above 8 roles), one role's ties in
    the network map, details on hover and on keyboard focus;
  - checks for clipped text at 1024 and 1280 pixels and laid out for A4 print (matrix cells'
    figures, symbols and n inside their cells, column and row headers, the dimension maps'
    figures inside their squares, any box that hides what overflows it, tables wider than the
    page) by measuring the elements' boxes in the page, and saves full-page screenshots (PNG)
    and the A4 pages (pdftoppm) for a person to look at;
  - checks that a --where report names its segment under the title and in every map's heading;
  - checks that without script the page is the static report (no controls, all maps shown).
Exit 0 when everything holds, 1 with the failures listed otherwise, 2 when Chromium or a
tool is missing. `.ci/run` calls it only when Chromium is installed.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Browser:
    """One headless Chromium, spoken to over the pipe (fd 3 in, fd 4 out, NUL-separated JSON)."""

    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="rckit-chromium-")
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def child_fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--user-data-dir=" + self.profile, "about:blank"],
            pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self._read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def _read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser, url, width=1280, script=True):
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.target = target
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(domain + ".enable")
        self.resize(width)
        if not script:
            self.send("Emulation.setScriptExecutionDisabled", {"value": True})
        browser.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_loaded()

    def send(self, method, params=None, timeout=60):
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def resize(self, width, height=900):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def wait_loaded(self):
        deadline = time.time() + 60
        while time.time() < deadline:
            state = self.eval("document.readyState")
            if state == "complete":
                return
            time.sleep(0.1)
        raise TimeoutError("page load")

    def eval(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluate failed: {result['exceptionDetails'].get('text')} in {expression[:80]}")
        return result["result"].get("value")

    def problems(self, file_url):
        """Script errors, console errors and requests for anything but the file itself."""
        found = []
        for event in self.browser.events:
            if event.get("sessionId") != self.session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                found.append("script error: " + (details.get("exception", {}).get("description") or details.get("text", "")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console error: " + json.dumps(params.get("args", []))[:200])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append("browser error: " + params["entry"].get("text", ""))
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if url != file_url and not url.startswith("data:"):
                    found.append("request: " + url)
        return found

    def center(self, selector, action):
        """Scrolls the element into view and returns its centre, for a mouse event."""
        box = self.eval(f"""(() => {{ const el = document.querySelector({json.dumps(selector)});
            if (!el) return null; el.scrollIntoView({{block: 'center'}}); const r = el.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
        if box is None:
            raise RuntimeError(f"nothing to {action}: {selector}")
        return box

    def click(self, selector):
        box = self.center(selector, "click")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})

    def key(self, key, code=None):
        codes = {"Escape": 27, "Enter": 13}
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code or key,
                                                  "windowsVirtualKeyCode": codes.get(key, 0)})

    def hover(self, selector):
        box = self.center(selector, "hover")
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": box[0], "y": box[1]})

    def screenshot(self, path, width):
        self.resize(width)
        height = self.eval("Math.ceil(document.documentElement.scrollHeight)")
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        with open(path, "wb") as f:
            f.write(base64.b64decode(data["data"]))

    def print_layout(self, on):
        """Lays the page out as it prints: print media, as wide as an A4 page between its margins
        (210 mm less 2 × 12 mm, at 96 px to the inch)."""
        self.send("Emulation.setEmulatedMedia", {"media": "print" if on else ""})
        self.resize(703 if on else 1280)

    def pdf(self, path):
        data = self.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                             "displayHeaderFooter": False}, timeout=120)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data["data"]))

    def close(self):
        self.browser.send("Target.closeTarget", {"targetId": self.target})


# Clipped text: a cell's figure, symbol or n wider than its cell (or than the inside of its frame),
# a column or row header cut off, a dimension map's figure outside its square, a box that hides
# what overflows it, a table (or any block in <main>) wider than <main>.
CLIPPING = r"""(() => {
  const out = [];
  const main = document.querySelector('main').getBoundingClientRect();
  for (const cell of document.querySelectorAll('table.matrix td.cell')) {
    const c = cell.getBoundingClientRect();
    const style = getComputedStyle(cell);
    // Inside the frame: a marked cell's border must not run through its figures.
    const inner = { left: c.left + parseFloat(style.borderLeftWidth) - 0.5, right: c.right - parseFloat(style.borderRightWidth) + 0.5,
                    top: c.top + parseFloat(style.borderTopWidth) - 0.5, bottom: c.bottom - parseFloat(style.borderBottomWidth) + 0.5 };
    for (const part of cell.querySelectorAll('.v, .n, .badge, .sym')) {
      const r = part.getBoundingClientRect();
      if (r.width === 0) continue;
      // Across: the text's own width; down: the line box (a glyph's ascent may reach above it).
      const range = document.createRange(); range.selectNodeContents(part);
      const t = range.getBoundingClientRect();
      if (t.left < inner.left || t.right > inner.right || r.top < inner.top || r.bottom > inner.bottom
          || part.scrollWidth > part.clientWidth + 1 && part.clientWidth > 0)
        out.push('cell text overflows: ' + (cell.getAttribute('data-tip') || cell.getAttribute('title') || '') + ' [' + part.textContent + ']');
    }
  }
  for (const cell of document.querySelectorAll('svg.dimmap g.dcell')) {
    const rect = cell.querySelector('rect'), text = cell.querySelector('text');
    if (!rect || !text) continue;
    const r = rect.getBoundingClientRect(), t = text.getBoundingClientRect();
    if (r.width === 0) continue;
    if (t.left < r.left - 0.5 || t.right > r.right + 0.5 || t.top < r.top - 0.5 || t.bottom > r.bottom + 0.5)
      out.push('dimension map figure outside its square: ' + (cell.querySelector('title') || {}).textContent);
  }
  for (const el of document.querySelectorAll('main *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || !['hidden', 'clip'].includes(style.overflowX) && !['hidden', 'clip'].includes(style.overflowY)) continue;
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      out.push('text cut by its box: ' + el.tagName + '.' + el.className + ' [' + el.textContent.slice(0, 60) + ']');
  }
  for (const rot of document.querySelectorAll('table.matrix th.colhead .rot')) {
    if (rot.scrollHeight > rot.clientHeight + 1 || rot.scrollWidth > rot.clientWidth + 1) out.push('column header cut: ' + rot.textContent);
  }
  for (const head of document.querySelectorAll('table.matrix th.rowhead')) {
    if (head.scrollWidth > head.clientWidth + 1) out.push('row header cut: ' + head.textContent);
  }
  for (const el of document.querySelectorAll('main table, main svg, main .story-grid, main figure')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > main.right + 1) out.push('wider than the page: ' + el.tagName + '.' + el.getAttribute('class') + ' by ' + Math.round(r.right - main.right) + 'px');
  }
  return out.slice(0, 20);
})()"""


def check_interactions(page, roles, has_comparison, failures, name):
    def expect(condition, message):
        if not condition:
            failures.append(f"{name}: {message}")

    expect(page.eval("document.documentElement.classList.contains('js')"), "the script did not run")
    expect(page.eval("document.querySelectorAll('[data-js-only][hidden]').length") == 0, "controls left hidden")

    # Role highlight by click: row and column in every map.
    page.click("table.matrix th.rowhead[data-role='0']")
    matrices = page.eval("document.querySelectorAll('table.matrix').length")
    highlighted = page.eval("document.querySelectorAll('table.matrix td.cell.hl').length")
    expect(page.eval("document.documentElement.classList.contains('focusing')"), "click on a role did not focus it")
    expect(highlighted == matrices * (2 * roles - 1), f"highlight: {highlighted} cells, expected {matrices * (2 * roles - 1)}")
    faded = page.eval("getComputedStyle(document.querySelector('table.matrix td.cell:not(.hl)')).opacity")
    expect(float(faded) < 0.5, f"other cells not faded (opacity {faded})")
    # The network map shows exactly that role's ties.
    shown = page.eval("""[...document.querySelectorAll('svg.network')].map(svg =>
        [...svg.querySelectorAll('path.tie')].filter(p => getComputedStyle(p).display !== 'none').length)""")
    expected = page.eval("""[...document.querySelectorAll('svg.network')].map(svg =>
        svg.querySelectorAll("path.tie[data-a='0'], path.tie[data-b='0']").length)""")
    expect(shown == expected, f"network in focus shows {shown} ties, the role has {expected}")
    page.key("Escape")
    expect(not page.eval("document.documentElement.classList.contains('focusing')"), "Esc did not clear the focus")
    shown = page.eval("""[...document.querySelectorAll('svg.network')].map(svg =>
        [...svg.querySelectorAll('path.tie')].filter(p => getComputedStyle(p).display !== 'none').length)""")
    expected = page.eval("""[...document.querySelectorAll('svg.network')].map(svg =>
        svg.querySelectorAll('path.tie:not(.extra)').length)""")
    expect(shown == expected, f"network after Esc shows {shown} ties, expected the static {expected}")

    # Keyboard: focus a role's row head, Enter highlights; a cell's details on focus.
    page.eval("document.querySelector(\"table.matrix th.rowhead[data-role='1']\").focus()")
    page.key("Enter")
    expect(page.eval("document.querySelectorAll('table.matrix td.cell.hl').length") == matrices * (2 * roles - 1),
           "Enter on a role did not highlight it")
    page.key("Escape")
    page.eval("document.querySelector('table.matrix td.cell').focus()")
    tip = page.eval("(() => { const t = document.getElementById('tip'); return t.hidden ? '' : t.textContent; })()")
    expect(bool(tip) and "→" in tip, f"no details on keyboard focus ({tip!r})")
    page.eval("document.activeElement.blur()")
    page.hover("table.matrix td.cell[data-a='1'][data-b='0']")
    tip = page.eval("(() => { const t = document.getElementById('tip'); return t.hidden ? '' : t.textContent; })()")
    expect(bool(tip) and "→" in tip, f"no details on hover ({tip!r})")

    # Sort by index and back.
    order = page.eval("document.querySelector('main').getAttribute('data-index-order').split(',')")
    page.click("button[data-action=sort]")
    rows = page.eval("[...document.querySelector('table.matrix tbody').rows].map(r => r.getAttribute('data-row'))")
    cols = page.eval("[...document.querySelector('table.matrix thead tr').querySelectorAll('th[data-role]')].map(t => t.getAttribute('data-role'))")
    cells = page.eval("[...document.querySelector('table.matrix tbody tr').querySelectorAll('td')].map(t => t.getAttribute('data-b'))")
    expect(rows == order and cols == order and cells == order, f"sort by index: rows {rows[:5]}, columns {cols[:5]}, expected {order[:5]}")
    page.click("button[data-action=sort]")
    rows = page.eval("[...document.querySelector('table.matrix tbody').rows].map(r => r.getAttribute('data-row'))")
    expect(rows == [str(i) for i in range(roles)], "second click did not restore the list order")

    # Reliable changes only.
    if has_comparison:
        page.click("input[data-action=matters-only]")
        faded = page.eval("""(() => { const c = document.querySelector('.matters-only table.matrix.change td.cell:not(.matters)');
            return c ? Number(getComputedStyle(c).opacity) : null; })()""")
        kept = page.eval("""(() => { const c = document.querySelector('.matters-only table.matrix.change td.cell.matters');
            return c ? Number(getComputedStyle(c).opacity) : 1; })()""")
        expect(faded is not None and faded < 0.5 and kept == 1, f"clear-changes-only filter: others {faded}, clear {kept}")
        page.click("input[data-action=matters-only]")
        expect(page.eval("document.querySelectorAll('.matters-only').length") == 0, "filter did not switch off")

    # Dimension switch above eight roles: one map at a time.
    if roles > 8:
        visible = page.eval("""[...document.querySelectorAll('.multiples.switchable')].map(g =>
            [...g.querySelectorAll('figure.multiple')].filter(f => getComputedStyle(f).display !== 'none').map(f => f.getAttribute('data-dimension')))""")
        expect(all(v == ["0"] for v in visible) and visible, f"dimension switch shows {visible}, expected one map each")
        page.eval("""(() => { const s = document.querySelector('select[data-action=dimension]'); s.value = '4';
            s.dispatchEvent(new Event('change')); })()""")
        visible = page.eval("""(() => { const g = document.querySelector('.multiples.switchable');
            return [...g.querySelectorAll('figure.multiple')].filter(f => getComputedStyle(f).display !== 'none').map(f => f.getAttribute('data-dimension')); })()""")
        expect(visible == ["4"], f"after switching, the maps shown are {visible}")
    else:
        expect(page.eval("document.querySelectorAll('.multiples.switchable').length") == 0, "a switch at 8 roles or fewer")

    # Clicking a network node focuses that role too.
    page.click("svg.network g.node[data-role='2'] circle")
    expect(page.eval("document.querySelector(\"table.matrix th.rowhead[data-role='2']\").classList.contains('hl')"),
           "a click on a network node did not focus its role")
    page.key("Escape")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", help="folder with rckit and rckit-gen (default: swift build --show-bin-path)")
    parser.add_argument("--out", default=os.path.join(ROOT, ".build", "report-browser"), help="where reports, PDFs and PNGs go")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
                        or shutil.which("google-chrome"))
    args = parser.parse_args()
    if not args.chromium:
        print("report-browser-test: no Chromium (apt-get install -y chromium, or set CHROMIUM)", file=sys.stderr)
        return 2
    if not shutil.which("pdfinfo"):
        print("report-browser-test: pdfinfo missing (apt-get install -y poppler-utils)", file=sys.stderr)
        return 2
    bin_dir = args.bin or subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True,
                                         text=True, check=True).stdout.strip()
    rckit, gen = os.path.join(bin_dir, "rckit"), os.path.join(bin_dir, "rckit-gen")
    for tool in (rckit, gen):
        if not os.access(tool, os.X_OK):
            print(f"report-browser-test: {tool} not built (swift build)", file=sys.stderr)
            return 2
    os.makedirs(args.out, exist_ok=True)
    if not shutil.which("pdftotext"):
        print("report-browser-test: pdftotext missing (apt-get install -y poppler-utils)", file=sys.stderr)
        return 2
    sample = [os.path.join(ROOT, "sample-data", "forstuegang-foer.csv"), os.path.join(ROOT, "sample-data", "forstuegang-efter.csv")]
    synthetic = os.path.join(args.out, "synthetic-20.csv")
    subprocess.run([gen, "synthetic", "--respondents", "600", "--roles", "20", "--rounds", "2", "--seed", "7", "--out", synthetic],
                   check=True, stderr=subprocess.DEVNULL)
    # A large survey: 12 roles and 12,000 respondents a round, so that cells hold thousands (n 1004→998).
    large = os.path.join(args.out, "large-12.csv")
    subprocess.run([gen, "synthetic", "--respondents", "12000", "--roles", "12", "--shape", "wide", "--rounds", "2",
                    "--seed", "3", "--out", large], check=True, stderr=subprocess.DEVNULL)
    # 15 roles with long Danish names, two rounds, three units (Afsnit).
    long_roles = os.path.join(args.out, "long-roles-15.csv")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "long-roles-survey.py"), "--out", long_roles], check=True)
    # name, arguments, roles, comparison, handout
    reports = [
        ("large-12-handout", [large, "--handout"], 12, True, True),
        ("long-roles-15", [long_roles, "--title", "Hoftebrud, 15 faggrupper"], 15, True, False),
        ("long-roles-15-handout", [long_roles, "--title", "Hoftebrud, 15 faggrupper", "--handout"], 15, True, True),
        ("long-roles-15-by", [long_roles, "--by", "Afsnit", "--lang", "en"], 15, True, False),
        ("long-roles-15-where-handout", [long_roles, "--where", "Afsnit=121", "--handout"], 15, True, True),
        ("sample-da", sample + ["--title", "Forstuegangen <2025> & \"hoftebrud\"", "--subtitle", "Ortopædkirurgisk afsnit"], 8, True, False),
        ("sample-da-handout", sample + ["--title", "Forstuegangen 2025", "--handout"], 8, True, True),
        ("sample-en", sample + ["--lang", "en"], 8, True, False),
        ("sample-en-handout", sample + ["--lang", "en", "--handout"], 8, True, True),
        ("sample-one-round", sample[:1], 8, False, False),
        ("synthetic-20", [synthetic, "--lang", "en", "--title", "Synthetic survey, 20 roles"], 20, True, False),
        ("synthetic-20-handout", [synthetic, "--handout"], 20, True, True),
        ("segments-da", [os.path.join(ROOT, "Tests", "RCStatsTests", "Fixtures", "segments", "units.csv"), "--by", "unit",
                         "--title", "Tre afsnit"], 4, False, False),
    ]
    failures = []
    browser = Browser(args.chromium)
    try:
        for name, arguments, roles, comparison, handout in reports:
            html = os.path.join(args.out, name + ".html")
            subprocess.run([rckit, "report", *arguments, "--out", html], check=True, stderr=subprocess.DEVNULL)
            url = "file://" + html
            page = Page(browser, url, width=1280)
            pdf = os.path.join(args.out, name + ".pdf")
            page.pdf(pdf)
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
            pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
            print(f"{name}: {pages} A4 pages")
            if handout and pages > 3:
                failures.append(f"{name}: the handout prints on {pages} A4 pages (at most 3)")
            subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(args.out, name + "-a4")], check=True)
            # The story's "how to read" note on one page: its first and last words on the same one.
            rule = page.eval("(() => { const r = document.querySelector('p.rule'); return r ? r.textContent : ''; })()")
            if rule:
                first, last = " ".join(rule.split()[:3]), " ".join(rule.split()[-3:])
                texts = [" ".join(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True,
                                                 text=True, check=True).stdout.split()) for n in range(1, pages + 1)]
                holding = [n for n, text in enumerate(texts, start=1) if first in text or last in text]
                if len(set(holding)) != 1 or not any(first in t and last in t for t in texts):
                    failures.append(f"{name}: the 'how to read' note is split across pages {sorted(set(holding))}")
            # Clipping as the page prints on A4.
            page.print_layout(True)
            for problem in page.eval(CLIPPING):
                failures.append(f"{name} on A4: {problem}")
            page.print_layout(False)
            if "--where" in arguments:
                segment = arguments[arguments.index("--where") + 1].replace("=", ": ")
                named = page.eval(f"""(() => {{ const s = {json.dumps(segment)};
                    return [document.querySelector('p.subtitle.segment')?.textContent === s,
                            [...document.querySelectorAll('h2')].every(h => h.textContent.includes('· ' + s))]; }})()""")
                if named != [True, True]:
                    failures.append(f"{name}: --where {segment} not named under the title and in every heading ({named})")
            if "--title" in arguments:
                title = arguments[arguments.index("--title") + 1]
                if page.eval("document.querySelector('h1').textContent") != title:
                    failures.append(f"{name}: --title not shown as the heading")
            for width in (1024, 1280):
                page.resize(width)
                for problem in page.eval(CLIPPING):
                    failures.append(f"{name} at {width}px: {problem}")
                page.screenshot(os.path.join(args.out, f"{name}-{width}.png"), width)
            page.resize(1280)
            if not handout:
                check_interactions(page, roles, comparison, failures, name)
            else:
                check_handout = page.eval("document.querySelectorAll('section.round, #methods, svg.network').length")
                if check_handout:
                    failures.append(f"{name}: the handout has more than the story, change map and heat map")
            failures += [f"{name}: {p}" for p in page.problems(url)]
            page.close()
            # Without script: the static report, no controls, every dimension map.
            static = Page(browser, url, width=1280, script=False)
            if static.eval("document.documentElement.classList.contains('js')"):
                failures.append(f"{name}: script ran with scripts disabled")
            shown = static.eval("""[...document.querySelectorAll('[data-js-only]')].filter(e =>
                getComputedStyle(e).display !== 'none').length""")
            if shown:
                failures.append(f"{name}: {shown} script-only controls show without script")
            maps = static.eval("""[...document.querySelectorAll('figure.multiple')].filter(f =>
                getComputedStyle(f).display !== 'none').length""")
            expected = static.eval("document.querySelectorAll('figure.multiple').length")
            if maps != expected:
                failures.append(f"{name}: without script {maps} of {expected} dimension maps show")
            static.close()
    finally:
        browser.close()
    if failures:
        print("report-browser-test: FAILED", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    print(f"report-browser-test: all checks passed; reports, PDFs and screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
