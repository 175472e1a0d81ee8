extension WorkshopLoader {
    /// Loads a script from the bytes of its file. A file that is something else (a session
    /// journal, a DOCX, a PDF, an HTML page, or by its name an exported charter) gives one error
    /// naming what it is; bytes that are not UTF-8 give one error at the line and column of the
    /// first bad byte, instead of a script silently read with replacement characters; otherwise as
    /// `load(source:file:…)`.
    public static func load(bytes: [UInt8], file: String, language: Language? = nil,
                            templateSources: [String: String]? = nil) -> (workshop: Workshop?, diagnostics: [Diagnostic]) {
        let lossy = String(decoding: bytes, as: UTF8.self)
        let language = language ?? Language.chosen(flag: nil, document: declaredLanguage(in: lossy), environment: [:])
        if let problem = DocumentKind.problem(inContentOf: bytes, file: file) {
            return (nil, [.error(problem.message(language), at: SourceLocation(file: file))])
        }
        guard let source = String(validating: bytes, as: UTF8.self) else {
            if let problem = DocumentKind.problem(inNameOf: file) {
                return (nil, [.error(problem.message(language), at: SourceLocation(file: file))])
            }
            let (line, column) = TextBytes.firstInvalidUTF8(bytes)
            let location = SourceLocation(file: file, line: line, column: column)
            return (nil, [.error(ScriptProblem.unreadableText.message(language), at: location)])
        }
        let result = load(source: source, file: file, language: language, templateSources: templateSources)
        if result.workshop == nil, let problem = DocumentKind.problem(inNameOf: file) {
            return (nil, [.error(problem.message(language), at: SourceLocation(file: file))])
        }
        return result
    }
}
