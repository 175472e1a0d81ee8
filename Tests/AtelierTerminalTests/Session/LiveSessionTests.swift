import AtelierCore
import Testing
@testable import AtelierTerminal

/// Issue 10, the live session half, in-process: wrapping, the time format, an empty Enter, parking
/// at 100 %, changes after a lock in `/charte`, piped problems and `--strict`.
@Suite struct LiveSessionTests {
    // MARK: Wrapping

    @Test func wrappingBreaksOnlyOnSpacesOrAfterHyphensAndHangsUnderBullets() {
        let text = "  • Ce n'est pas un interrogatoire : quand un manque apparaît, on cherche ensemble à quoi la réponse pourrait ressembler (o/n) porte-parole"
        for width in [20, 27, 33, 40, 80] {
            let wrapped = TextWrapper.wrap(text, width: width)
            let lines = wrapped.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { TextWrapper.columns($0) <= width }, "\(width): \(wrapped)")
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") }, "hangs under the bullet: \(wrapped)")
            // Joining the lines back gives the text: no word was cut.
            let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }
                .reduce("") { $0.isEmpty ? $1 : ($0.hasSuffix("-") ? $0 + $1 : $0 + " " + $1) }
            #expect("  " + joined == text, "\(width): \(wrapped)")
        }
    }

    @Test func coloursAndMultiByteCharactersAreNeverSplitNorCounted() {
        let paint = Style(enabled: true)
        let line = paint.dim("  Déjà noté : « cœur », Noël, 🔒 équipe, naïveté") + " " + paint.bold("à l'été prochain")
        let wrapped = TextWrapper.wrap(line, width: 24)
        for piece in wrapped.split(separator: "\n") {
            #expect(TextWrapper.columns(String(piece)) <= 24)
        }
        // Every escape sequence arrives whole: removing them gives the words back, in order.
        let plain = wrapped.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                == "Déjà noté : « cœur », Noël, 🔒 équipe, naïveté à l'été prochain")
        #expect(wrapped.components(separatedBy: "\u{1B}[").count == line.components(separatedBy: "\u{1B}[").count)
        #expect(TextWrapper.columns("🔒") == 2 && TextWrapper.columns("é") == 1)
    }

    @Test func aShortLineIsLeftAlone() {
        #expect(TextWrapper.wrap("[Ouverture 0 min / 10 min] › ", width: 80) == "[Ouverture 0 min / 10 min] › ")
    }

    // MARK: Time

    @Test func oneDurationFormatReadableFromAcrossTheRoom() {
        #expect(DurationText.minutes(0) == "0 min")
        #expect(DurationText.minutes(30) == "30 min")
        #expect(DurationText.minutes(60) == "1 h")
        #expect(DurationText.minutes(65) == "1 h 05")
        #expect(DurationText.minutes(120) == "2 h")
        #expect(DurationText.elapsed(seconds: 59) == "0 min")
        #expect(DurationText.elapsed(seconds: 12 * 60 + 59) == "12 min")
        #expect(DurationText.elapsed(seconds: 3900) == "1 h 05")
        #expect(DurationText.elapsed(seconds: .nan) == "0 min")
    }

    @Test func thePromptShowsMinutesAndItsGapsWithTheirWord() throws {
        let run = try SessionRun.run([.line("o"), .line("/etat"), .line("/quitter")], clock: ManualClock(step: 400))
        let prompt = try #require(run.prompts.last)
        #expect(prompt.hasPrefix("[Ouverture 13 min / 10 min · 13 min / 30 min · "))
        let count = try #require(prompt.firstMatch(of: /· (\d+) écarts?\]/)?.1)
        #expect(run.output.contains("Écarts ouverts : \(count) (dont bloquants : "))
        #expect(!run.output.contains(":00"), "no minutes:seconds anywhere")
    }

    // MARK: Empty Enter

    @Test func anEmptyEnterOnATerminalExplainsTheChoices() throws {
        let run = try SessionRun.run(lines: ["o", "Contexte", "Claire", "", "/quitter"])
        #expect(run.output.contains("Une réponse est attendue : un des choix, par son numéro ou ses mots — 1. hebdomadaire  2. mensuelle\n"))
        #expect(run.output.contains("  Sinon : /passer pour y revenir plus tard"))
        #expect(run.refusedLines.isEmpty, "on a terminal nothing is counted against the input")
    }

    @Test func anEmptyEnterAtACheckpointAsksForYesOrNo() throws {
        let run = try SessionRun.run(lines: ["", "/quitter"])
        #expect(run.output.contains("Une réponse est attendue : o (oui) ou n (non).\n"))
    }

    // MARK: Park the rest

    @Test func parkingTheRestAtTheTimeboxListsWhatItParked() throws {
        let clock = ManualClock(step: 120)
        let lines: [LineResult] = ["o", "/etat", "/etat", "/etat", "/etat", "o", "/quitter"].map { .line($0) }
        let run = try SessionRun.run(lines, clock: clock)
        #expect(run.events.contains(.parkRest(phase: "ouverture")))
        let listed = try #require(run.output.range(of: "Mis en questions ouvertes pour finir à l'heure :\n"))
        let after = run.output[listed.upperBound...]
        #expect(after.hasPrefix("  • Quel est le contexte ?\n  • "), "\(after.prefix(200))")
    }

    // MARK: Lock

    @Test func charterShowsEachChangeAfterALockWithWhatItReplacedAndWhen() throws {
        let lines = ["o", "Contexte initial", "/verrouiller cadre", "/modifier contexte", "Contexte révisé", "/charte", "/quitter"]
        let run = try SessionRun.run(lines: lines)
        #expect(run.output.contains("■ Cadre 🔒 (modifié après verrouillage)") || run.output.contains("🔒 (modifié après verrouillage)"))
        #expect(run.output.contains("■ Modifié après verrouillage\n  • Contexte : « Contexte révisé » remplace « Contexte initial » (à "))
    }

    // MARK: Piped

    @Test func strictStopsAtTheFirstRefusedLine() throws {
        let run = try SessionRun.run([.line("o"), .line(""), .line("Un contexte"), .line("Claire")], interactive: false, strict: true)
        #expect(run.ending == .refused)
        #expect(run.refusedLines == [2])
        #expect(!run.events.contains { if case .answer = $0 { true } else { false } }, "nothing read after the refused line")
    }

    @Test func pipedAnswersAreEchoedAfterTheirPrompt() throws {
        let run = try SessionRun.run(lines: ["o", "Un contexte", "/quitter"], interactive: false)
        #expect(run.output.contains(" › Un contexte\n"))
    }
}
