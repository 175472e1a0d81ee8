import AtelierCLI
import Foundation
import Testing

/// `atelier lint` in-process: what it says about files that are not scripts, the JSON output, the
/// summary, colour only when asked.
@Suite struct LintCommandTests {
    @Test func theShippedScriptsHaveNoProblem() {
        let scripts = ["cadrage-mission.fr.yaml", "mission-scoping.en.yaml", "kickoff-recrutement.fr.yaml"]
        let run = atelier(["lint"] + scripts.map { repositoryFile("workshops/" + $0) })
        #expect(run.status == .ok)
        #expect(run.errors == "aucun problème\n", "the first script's language")
    }

    @Test func aJournalGivenToLintOrRunIsNamedAsSuch() {
        let journal = repositoryFile("workshops/examples/cadrage-acme.jsonl")
        for command in ["lint", "run"] {
            let run = atelier([command, journal], environment: ["LANG": "fr_FR.UTF-8"])
            #expect(run.status == .problemsFound)
            #expect(run.errors.hasPrefix("\(journal): error: ce fichier est un journal de session Atelier, pas un script d'atelier ; pour continuer la session : atelier resume \(journal) ; pour la rejouer : atelier replay \(journal)\n"))
        }
    }

    @Test func otherFilesThatAreNotScriptsAreNamed() throws {
        let folder = try temporaryFolder()
        let files: [(String, [UInt8], String)] = [
            ("charte.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "a Word document (DOCX)"),
            ("charte.pdf", Array("%PDF-1.7\n".utf8), "a PDF document"),
            ("charte.html", Array("<!DOCTYPE html>\n<html></html>\n".utf8), "an HTML page"),
            ("charte.md", Array("# Charte de mission\n\n- un\n- deux: trois\n  x\n".utf8), "Markdown (an exported charter?)"),
        ]
        for (name, bytes, kind) in files {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let run = atelier(["lint", path])
            #expect(run.status == .problemsFound)
            #expect(run.errors.hasPrefix("\(path): error: this file is \(kind), not a workshop script"), "\(run.errors)")
        }
    }

    @Test func aMissingScriptIsAFileAccessProblem() {
        let run = atelier(["lint", "/nulle/part.yaml"], environment: ["LC_MESSAGES": "fr_BE.UTF-8"])
        #expect(run.status == .fileAccess)
        #expect(run.errors == "/nulle/part.yaml: error: script introuvable ; les scripts livrés sont dans workshops/\n1 erreur dans 1 fichier\n")
    }

    @Test func jsonGoesToStandardOutputAsOneArray() {
        let broken = repositoryFile("Tests/AtelierCLITests/Fixtures/lint/bad-regex.yaml")
        let run = atelier(["lint", "--format", "json", broken, repositoryFile("workshops/cadrage-mission.fr.yaml")])
        #expect(run.status == .problemsFound)
        #expect(run.errors.isEmpty)
        #expect(run.output.hasPrefix("[\n  {\"file\": \"\(broken)\", \"line\": 48, \"column\": 28, \"severity\": \"error\""))
        #expect(run.output.hasSuffix("}\n]\n"))
    }

    @Test func colourOnlyWhenMainDecidedSo() {
        let broken = repositoryFile("Tests/AtelierCLITests/Fixtures/lint/bad-regex.yaml")
        #expect(atelier(["lint", broken], colour: true).errors.contains("\u{1B}[31m"))
        #expect(!atelier(["lint", broken], colour: false).errors.contains("\u{1B}["))
    }
}
