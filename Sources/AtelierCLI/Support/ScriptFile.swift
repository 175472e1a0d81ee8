import AtelierCore
import AtelierStore

/// A workshop script read from disk, with the templates it names, and loaded: the one way every
/// command reads a script (`lint`, `run`, `resume`, `replay --workshop`).
struct ScriptFile {
    var path: String
    var source: String
    var bytes: [UInt8]
    var workshop: Workshop

    /// What reading and checking a script gave.
    struct Check {
        var file: ScriptFile?
        var diagnostics: [Diagnostic]
        /// The script's language, or the command's when it has none.
        var language: Language
        /// False when the file itself could not be read (exit status 3 rather than 1).
        var readable: Bool
    }

    /// Reads the script at `path` and the template files its `templates:` names, and checks them in
    /// the language chosen for the command. The texts are shown to the printer, so its
    /// diagnostics come with their line and a caret.
    static func check(_ path: String, in context: CommandContext) -> Check {
        let bytes: [UInt8]
        switch InputFile.read(path, limit: InputFile.scriptLimit) {
        case .success(let read): bytes = read
        case .failure(let error):
            let language = context.language()
            let message = CLIMessage.unreadableScript(error, language)
            return Check(file: nil, diagnostics: [.error(message, at: SourceLocation(file: path))], language: language, readable: false)
        }
        let lossy = String(decoding: bytes, as: UTF8.self)
        let language = context.language(of: WorkshopLoader.declaredLanguage(in: lossy))
        var templates: [String: String] = [:]
        if String(validating: bytes, as: UTF8.self) != nil {
            context.printer.show(source: lossy, of: path)
            for (format, reference) in WorkshopLoader.templateReferences(in: lossy) {
                let display = WorkshopLoader.templateDisplayPath(reference, scriptFile: path)
                guard case .success(let data) = InputFile.read(display, limit: InputFile.scriptLimit), let text = String(validating: data, as: UTF8.self) else { continue }
                templates[format] = text
                context.printer.show(source: text, of: display)
            }
        }
        let result = WorkshopLoader.load(bytes: bytes, file: path, language: language, templateSources: templates)
        let file = result.workshop.map { ScriptFile(path: path, source: lossy, bytes: bytes, workshop: $0) }
        return Check(file: file, diagnostics: result.diagnostics, language: language, readable: true)
    }

    /// The script at `path`, for a command that needs one: its warnings are printed; errors stop
    /// the command (status 1, or 3 when the file cannot be read).
    /// A script checked by an earlier run, unchanged since, comes from the cache of checked scripts
    /// (`ScriptCache`) without being parsed again; only a script without a single diagnostic is kept
    /// there, so its warnings are shown at every run until they are fixed.
    static func load(_ path: String, in context: CommandContext) throws -> ScriptFile {
        let cache = ScriptCache(directory: ScriptCache.standardDirectory(environment: context.environment),
                                toolVersion: AtelierVersion.current)
        if case .success(let bytes) = InputFile.read(path, limit: InputFile.scriptLimit),
           let workshop = cache.workshop(scriptBytes: bytes, file: path) {
            return ScriptFile(path: path, source: String(decoding: bytes, as: UTF8.self), bytes: bytes, workshop: workshop)
        }
        let check = check(path, in: context)
        guard let file = check.file else {
            throw CommandFailure(check.readable ? .problemsFound : .fileAccess, check.diagnostics)
        }
        context.printer.report(check.diagnostics)
        if check.diagnostics.isEmpty { cache.store(file.workshop, scriptBytes: file.bytes) }
        return file
    }

    /// The copy of the script kept in a session's journal, loaded as it was recorded.
    static func load(source: String, path: String, in context: CommandContext) throws -> ScriptFile {
        let language = context.language(of: WorkshopLoader.declaredLanguage(in: source))
        let result = WorkshopLoader.load(source: source, file: path, language: language)
        guard let workshop = result.workshop else {
            context.printer.show(source: source, of: path)
            throw CommandFailure(.problemsFound, result.diagnostics)
        }
        return ScriptFile(path: path, source: source, bytes: Array(source.utf8), workshop: workshop)
    }
}
