import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// The HTML charter and the e-mail's HTML part in a real browser (headless Chromium driven by
/// Playwright): nothing wider than the window on a laptop or a phone, even with a 300-character
/// word and a long URL in table cells, and every table still shows all its columns.
@Suite struct BrowserTests {
    static let measure = """
        import json, sys
        from playwright.sync_api import sync_playwright
        results = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for width in (1280, 390):
                page = browser.new_page(viewport={"width": width, "height": 900})
                for path in sys.argv[1:]:
                    page.goto("file://" + path)
                    results[f"{path}@{width}"] = page.evaluate('''() => ({
                        scroll: document.documentElement.scrollWidth,
                        window: window.innerWidth,
                        wideTables: [...document.querySelectorAll("table")]
                            .filter(t => t.getBoundingClientRect().right > window.innerWidth + 1).length,
                        hiddenCells: [...document.querySelectorAll("td, th")]
                            .filter(c => getComputedStyle(c).display !== "none" && c.getBoundingClientRect().width < 8
                                         && c.textContent.trim() !== "").length,
                    })''')
                page.close()
            browser.close()
        print(json.dumps(results))
        """

    @Test func noPageIsWiderThanTheWindowOnALaptopOrAPhone() throws {
        guard PrintedDocument.readersReady() else { return }
        let hostile = try Scenarios.hostile()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let charter = folder.appendingPathComponent("charter.html")
        try Data(try Exporter.render(hostile, as: .html)).write(to: charter)
        let email = folder.appendingPathComponent("email.html")
        let view = CharterView(hostile, options: emailOptions)
        let part = try TemplateRenderer.render(.emailHTML, view, escaper: HTMLEscaper(), options: emailOptions,
                                               extras: TemplateExtras(senderName: "Camille Lefèvre"))
        try Data(part.utf8).write(to: email)

        let run = Python.script(Self.measure, arguments: [charter.path, email.path], timeout: 120)
        #expect(run.status == 0, "\(run.error)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: [String: Any]])
        #expect(results.count == 4)
        for (page, measured) in results {
            let scroll = measured["scroll"] as? Int ?? .max, window = measured["window"] as? Int ?? 0
            #expect(scroll <= window, "\(page) is \(scroll) px wide in a \(window) px window")
            #expect(measured["wideTables"] as? Int == 0, "\(page) has a table wider than the window")
            #expect(measured["hiddenCells"] as? Int == 0, "\(page) squeezes a column to nothing")
        }
    }
}
