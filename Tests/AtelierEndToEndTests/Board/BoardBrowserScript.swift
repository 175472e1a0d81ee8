/// The Python side of `BoardBrowserTests`: drives `atelier run --board` through a pipe, a headless
/// Chromium on its page and a raw reader of its event stream, then `atelier board` on the room's
/// network; prints what it saw as JSON.
enum BoardBrowserScript {
    static let code = #"""
import http.client, json, os, re, signal, socket, subprocess, sys, threading, time
from playwright.sync_api import sync_playwright

atelier, script, work = sys.argv[1:4]
env = dict(os.environ, ATELIER_TODAY="2026-11-24", HOME=work, XDG_STATE_HOME=work, LANG="C.UTF-8", TERM="dumb")
session = os.path.join(work, "acme.jsonl")
PLANTED = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> Le projet avance."
NOTE = "NOTE-DU-FACILITATEUR : le DG semble pressé"
out = {}

class Reader:
    """Collects a stream's bytes on a thread of its own."""
    def __init__(self, stream):
        self.data, self.stream = bytearray(), stream
        threading.Thread(target=self.run, daemon=True).start()
    def run(self):
        while True:
            chunk = self.stream.read1(65536) if hasattr(self.stream, "read1") else self.stream.read(1)
            if not chunk: return
            self.data += chunk
    def wait_for(self, pattern, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            m = re.search(pattern, self.data.decode("utf-8", "replace"))
            if m: return m
            time.sleep(0.05)
        raise SystemExit(f"never saw {pattern!r}; got {self.data.decode('utf-8', 'replace')[-2000:]!r}")

def request(port, method, path, body=None, host=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    c.request(method, path, body=body, headers={"Host": host or f"127.0.0.1:{port}"})
    r = c.getresponse()
    data = r.read() if r.status != 200 or path.endswith("/") else b""
    c.close()
    return r.status, data

run = subprocess.Popen([atelier, "run", script, "--board", "--session", session, "--client", "Acme Industrie"],
                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
stdout = Reader(run.stdout)
url = stdout.wait_for(r"http://127\.0\.0\.1:(\d+)/").group(0)
port = int(re.search(r":(\d+)/", url).group(1))
out["opened"] = stdout.data.decode()[:300]
events = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
events.request("GET", "/events", headers={"Host": f"127.0.0.1:{port}"})
stream = Reader(events.getresponse())

def send(line):
    run.stdin.write((line + "\n").encode()); run.stdin.flush()

with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 1600, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("#s-contexte")
    page.evaluate("window.__loaded = 'once'")
    for line in ["o", "o", "o", "/note " + NOTE]:
        send(line)
    time.sleep(0.3)
    # Each line of a long text is journaled as it is typed (a `line` event): the page shows it then,
    # as the answer under way, before the empty line that closes the answer.
    send(PLANTED)
    start = time.monotonic()
    # (the page's content policy forbids eval, so no wait_for_function: a locator waits instead)
    page.locator("#s-contexte", has_text="Le projet avance.").wait_for(timeout=5000)
    out["firstAnswerSeconds"] = time.monotonic() - start
    time.sleep(0.3)
    send("")
    time.sleep(0.3)
    send("Réussir la rentrée de septembre.")
    start = time.monotonic()
    page.locator("#s-contexte", has_text="rentrée de septembre").wait_for(timeout=5000)
    out["secondAnswerSeconds"] = time.monotonic() - start
    send("")
    page.locator("#now", has_text="Formulons-le en objectifs").wait_for(timeout=5000)
    out["highlighted"] = page.evaluate("[...document.querySelectorAll('#s-contexte .fresh')].map(e => e.textContent)")
    out["notReloaded"] = page.evaluate("window.__loaded") == "once"
    out["pwned"] = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
    out["scripts"] = page.evaluate("document.querySelectorAll('script').length")
    out["images"] = page.evaluate("document.querySelectorAll('img').length")
    out["plantedShownAsText"] = page.evaluate("document.getElementById('s-contexte').innerText").find("<script>window.__pwned = 1</script>") >= 0
    out["dom"] = page.content()
    out["discussion"] = page.inner_text("#now")
    out["errors"] = errors
    time.sleep(0.3)
    run.stdin.close()
    out["runStatus"] = run.wait(timeout=20)
    page.locator("#state.paused").wait_for(timeout=5000)
    out["stateAfterQuit"] = page.inner_text("#state")
    out["stream"] = stream.data.decode("utf-8", "replace")
    with open(session) as f:
        out["journalBoardEvents"] = [json.loads(l)["url"] for l in f.read().splitlines()[1:] if '"type":"board"' in l]

    board = subprocess.Popen([atelier, "board", session, "--address", "0.0.0.0:0"], stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    printed = Reader(board.stdout)
    m = printed.wait_for(r"http://[^ /]+:(\d+)/([a-z0-9]{26})/")
    port, token = int(m.group(1)), m.group(2)
    out["networkPrinted"] = printed.data.decode()
    out["denied"] = {
        "/": request(port, "GET", "/"), "/events": request(port, "GET", "/events"),
        "/wrong token/": request(port, "GET", "/" + "a" * 26 + "/"),
        "POST token": request(port, "POST", f"/{token}/", body=b"answer=1"),
        "PUT token events": request(port, "PUT", f"/{token}/events", body=b"x"),
        "/token/nothing": request(port, "GET", f"/{token}/nothing"),
    }
    out["denied"] = {k: [v[0], v[1].decode("utf-8", "replace")] for k, v in out["denied"].items()}
    status, body = request(port, "GET", f"/{token}/", host=f"192.0.2.10:{port}")
    out["withToken"] = [status, "Le projet avance." in body.decode("utf-8", "replace")]
    page2 = browser.new_page()
    page2.goto(f"http://127.0.0.1:{port}/{token}/")
    page2.wait_for_selector("#s-contexte")
    out["savedSessionState"] = page2.inner_text("#state")
    out["savedSessionShows"] = "rentrée de septembre" in page2.inner_text("#s-contexte")
    board.send_signal(signal.SIGINT)
    out["boardStatus"] = board.wait(timeout=10)

    # The board goes away (a laptop asleep, a network gone) and comes back on the same address:
    # the page says so, then reconnects by itself, without a reload.
    probe = socket.socket(); probe.bind(("127.0.0.1", 0)); fixed = probe.getsockname()[1]; probe.close()
    def start_board():
        b = subprocess.Popen([atelier, "board", session, "--address", f"127.0.0.1:{fixed}"], stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        Reader(b.stdout).wait_for(r"http://127\.0\.0\.1:\d+/")
        return b
    first_board = start_board()
    page3 = browser.new_page()
    page3.goto(f"http://127.0.0.1:{fixed}/")
    page3.wait_for_selector("#s-contexte")
    page3.evaluate("window.__loaded = 'once'")
    first_board.send_signal(signal.SIGINT); first_board.wait(timeout=10)
    page3.locator("#state", has_text=re.compile("hors ligne", re.I)).wait_for(timeout=10000)
    second_board = start_board()
    page3.locator("#state", has_text=re.compile(r"^\s*en pause\s*$", re.I)).wait_for(timeout=15000)
    out["reconnected"] = page3.evaluate("window.__loaded") == "once"
    second_board.send_signal(signal.SIGINT); second_board.wait(timeout=10)
    browser.close()
print(json.dumps(out))
"""#
}
