extension WorkshopLoader {
    /// Loads a script from the bytes of its file. Bytes that are not UTF-8 give one error at the
    /// line and column of the first bad byte, instead of a script silently read with replacement
    /// characters; otherwise as `load(source:file:…)`.
    public static func load(bytes: [UInt8], file: String, language: Language? = nil,
                            templateSources: [String: String]? = nil) -> (workshop: Workshop?, diagnostics: [Diagnostic]) {
        if let source = String(validating: bytes, as: UTF8.self) {
            return load(source: source, file: file, language: language, templateSources: templateSources)
        }
        let lossy = String(decoding: bytes, as: UTF8.self)
        let language = language ?? Language.chosen(flag: nil, document: declaredLanguage(in: lossy), environment: [:])
        let (line, column) = TextBytes.firstInvalidUTF8(bytes)
        let location = SourceLocation(file: file, line: line, column: column)
        return (nil, [Diagnostic(.error, ScriptProblem.unreadableText.message(language), at: location)])
    }
}
