import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// A charter of 1,000 items must render in every format without quadratic blow-up. The budget
/// (200 ms per format) is for a release build and is checked by the benchmark; a debug test build
/// is several times slower, so this test allows ten times as much.
@Suite struct PerformanceTests {
    typealias Doc = CharterDocument

    static let large: CharterDocument = {
        var doc = Fixtures.french
        let indicators: Value = .records((0..<2).map { j in
            Fixtures.record("i\(j)", ["nom": .text("Indicateur \(j)"), "reference": .text("\(j * 3) jours"),
                                      "cible": .text("\(j) jours"), "frequence": .text("mensuelle"),
                                      "responsable": .text("Claire Martin")])
        })
        let objectives: Value = .records((0..<400).map { i in
            Fixtures.record("o\(i)", ["titre": .text("Objectif numéro \(i) | avec <des> caractères *à* échapper"),
                                      "echeance": Fixtures.day(2027, 1 + i % 12, 1 + i % 28), "indicateurs": indicators])
        })
        let steps: Value = .records((0..<200).map { i in
            Fixtures.record("s\(i)", ["action": .text("Action \(i)\nsur deux lignes"), "responsable": .text("Julien Robert"),
                                      "date": Fixtures.day(2027, 4, 1 + i % 28)])
        })
        doc.sections[1].fields[0].value = objectives
        doc.sections[5].fields[0].value = steps
        doc.decisions = (0..<100).map { i in
            Doc.Decision(question: "Question \(i)", text: "Décision \(i)", section: "objectifs",
                         path: "objectifs[o\(i * 4)].indicateurs", time: Double(i))
        }
        return doc // 400 objectives + 800 indicators + 200 steps, 100 decisions shown in place
    }()

    @Test(arguments: ExportFormat.allCases)
    func aLargeCharterRendersQuickly(format: ExportFormat) throws {
        _ = try Exporter.render(Self.large, as: format, options: emailOptions)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            _ = try Exporter.render(Self.large, as: format, options: emailOptions)
        }
        #expect(elapsed < .seconds(2), "\(format) took \(elapsed)")
    }
}
