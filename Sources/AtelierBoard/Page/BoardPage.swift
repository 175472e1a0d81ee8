import AtelierCore
import AtelierExport
import FlyingFox
import Foundation

/// The board's one self-contained page: no external asset (it works on a room's network without
/// internet), the current snapshot already in place (it shows something before the stream
/// connects, and prints as is), its style and script inline, allowed by hash in its content policy.
enum BoardPage {
    /// The page for `snapshot`. `title` and `client` are escaped already.
    static func render(_ snapshot: BoardSnapshot, title: String, client: String, words: BoardText) -> String {
        let sections = snapshot.sections.map(\.html).joined(separator: "\n")
        let escape = HTMLEscaper().inline
        return """
        <!DOCTYPE html>
        <html lang="\(words.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(title) — \(escape(words(.boardTitle)))</title>
        <style>\(style)</style>
        </head>
        <body data-reconnecting="\(escape(words(.reconnecting)))" data-offline="\(escape(words(.offline)))">
        <header class="top">
        <div class="brand"><span class="title">\(title)</span><span class="client">\(client)</span></div>
        <div class="clocks">
        <div class="phase"><span class="name" id="phase-name">\(snapshot.phaseTitle)</span><span class="of" id="phase-of">\(snapshot.phaseOf)</span></div>
        <div class="timer" id="timer"><span id="phase-time"></span><span class="box" id="phase-box"></span></div>
        <div class="total">\(escape(words(.workshopClock))) <b id="total-time"></b><span id="total-box"></span></div>
        <span class="state \(snapshot.state)" id="state">\(snapshot.stateText)</span>
        </div>
        </header>
        <main>
        <div class="charter" id="charter">
        \(sections)
        </div>
        <aside class="room">
        <div class="now" id="now">\(snapshot.discussion)</div>
        <div class="open"><h2>\(escape(Labels.of(words.language)[.openQuestions])) <span class="count" id="open-count">\(snapshot.openCount > 0 ? String(snapshot.openCount) : "")</span></h2>
        <div id="open">\(snapshot.openQuestions)</div></div>
        </aside>
        </main>
        <script type="application/json" id="snapshot">\(BoardStream.embedded(snapshot))</script>
        <script>\(script)</script>
        </body>
        </html>
        """
    }

    /// Headers of the page: never cached, never framed, nothing loaded from elsewhere, and only
    /// its own style and script run (by hash).
    static let headers: HTTPHeaders = [
        .cacheControl: "no-store",
        HTTPHeader("Content-Security-Policy"): "default-src 'none'; script-src '\(hash(script))'; style-src '\(hash(style))'; "
            + "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        HTTPHeader("X-Content-Type-Options"): "nosniff",
        HTTPHeader("X-Frame-Options"): "DENY",
        HTTPHeader("Referrer-Policy"): "no-referrer",
    ]

    /// `sha256-…` of an inline element's text, as a content policy names it.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }
}
