import AtelierCore
import Foundation

extension Exporter {
    /// Parses a consultant's Mustache template given as text and renders `doc` with it, as the
    /// Markdown export would. Throws `ExportError.templateParse` (with the template's line and
    /// column) when the template does not parse. For checking templates and for the fuzzer.
    public static func render(template text: String, file: String, _ doc: CharterDocument) throws(ExportError) -> String {
        let template = try Templates.parse(text, file: file)
        let view = CharterView(doc, options: ExportOptions())
        return template.render(TemplateContext.build(view, escaper: MarkdownEscaper()))
    }
}
