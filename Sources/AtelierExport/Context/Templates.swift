import AtelierCore
import Foundation
import Mustache

/// The Mustache templates Atelier renders, by file name. A consultant's copy of a file with the
/// same name, in `ExportOptions.templateDirectory`, replaces the default.
enum TemplateName: String, CaseIterable, Sendable {
    case markdown = "charter.md.mustache"
    case html = "charter.html.mustache"
    case emailText = "email.txt.mustache"
    case emailHTML = "email.html.mustache"
}

/// Finds, reads and parses templates: the consultant's first, then the defaults shipped beside the
/// program. Every template is parsed as plain text (the context is already escaped per format).
enum Templates {
    /// Makes `{{x}}` print the context's text as is: escaping is done by `TemplateContext`.
    private static let textPragma = "{{% CONTENT_TYPE: TEXT }}\n"

    static func load(_ name: TemplateName, options: ExportOptions) throws(ExportError) -> MustacheTemplate {
        let (path, text) = try source(name, options: options)
        return try parse(text, file: path)
    }

    static func source(_ name: TemplateName, options: ExportOptions) throws(ExportError) -> (path: String, text: String) {
        if let explicit = options.templateFiles[name.rawValue] {
            return (explicit, try read(explicit))
        }
        if let directory = options.templateDirectory {
            let candidate = (directory as NSString).appendingPathComponent(name.rawValue)
            if FileManager.default.fileExists(atPath: candidate) { return (candidate, try read(candidate)) }
        }
        let path = (try defaultDirectory() as NSString).appendingPathComponent(name.rawValue)
        return (path, try read(path))
    }

    /// The largest template accepted.
    static let maximumTemplateBytes = 128 * 1024

    static func parse(_ text: String, file: String) throws(ExportError) -> MustacheTemplate {
        // swift-mustache's parser takes time growing with the square of the size (about 20 s
        // for 1 MB); the shipped templates weigh under 10 KB.
        guard text.utf8.count <= maximumTemplateBytes else {
            throw .templateParse(file: file, line: 1, column: 1, problem: .tooLarge(maximumKilobytes: maximumTemplateBytes / 1024))
        }
        if let found = TemplateStructure.problem(in: text) {
            throw .templateParse(file: file, line: found.line, column: found.column, problem: found.problem)
        }
        do {
            return try MustacheTemplate(string: textPragma + text)
        } catch let error as MustacheTemplate.ParserError {
            // The pragma takes one line of its own: the consultant's line 1 is the parser's line 2.
            throw .templateParse(file: file, line: max(1, error.context.lineNumber - 1),
                                 column: error.context.columnNumber, problem: describe(error.error))
        } catch {
            throw .templateParse(file: file, line: 1, column: 1, problem: .parser(String(describing: error)))
        }
    }

    private static func describe(_ error: any Error) -> TemplateProblem {
        guard let error = error as? MustacheTemplate.Error else {
            let text = String(describing: error)
            return text == "overflow" ? .unterminatedTag : .parser(text)
        }
        switch error {
        case .sectionCloseNameIncorrect, .expectedSectionEnd: return .parser(String(describing: error))
        case .unfinishedName: return .unterminatedTag
        case .invalidSetDelimiter: return .invalidDelimiters
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return .invalidInheritance
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return .invalidPragma
        }
    }

    private static func read(_ path: String) throws(ExportError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw .templateNotFound(path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = TextBytes.firstInvalidUTF8([UInt8](data))
            throw .templateParse(file: path, line: line, column: column, problem: .notUTF8)
        }
        return text
    }

    /// The folder of default templates: in the resource bundle beside the program (or the test
    /// bundle), else in the source tree of a development build.
    static func defaultDirectory() throws(ExportError) -> String {
        let candidates = defaultDirectoryCandidates()
        let fm = FileManager.default
        for candidate in candidates where fm.fileExists(atPath: (candidate as NSString).appendingPathComponent(TemplateName.markdown.rawValue)) {
            return candidate
        }
        throw .defaultTemplatesMissing(searched: candidates)
    }

    private static func defaultDirectoryCandidates() -> [String] {
        var roots: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            roots.append(executable)
        }
        for bundle in Bundle.allBundles { roots.append(bundle.bundleURL.deletingLastPathComponent()) }
        var out: [String] = []
        for root in roots {
            for name in ["Atelier_AtelierExport.resources", "Atelier_AtelierExport.bundle",
                         "Atelier_AtelierExport.bundle/Contents/Resources"] {
                let path = root.appendingPathComponent(name).appendingPathComponent("Templates").path
                if !out.contains(path) { out.append(path) }
            }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates").path
        out.append(source)
        return out
    }
}
