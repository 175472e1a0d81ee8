import AtelierCore
import Foundation

/// Renders a charter document in each export format. Pure: no clock, no network; templates are the
/// only files read.
public enum Exporter {
    /// The charter in `format`, as the bytes of the file to write (DOCX is binary, the rest UTF-8).
    public static func render(_ doc: CharterDocument, as format: ExportFormat,
                              options: ExportOptions = ExportOptions()) throws(ExportError) -> [UInt8] {
        let view = CharterView(doc, facilitator: options.facilitator, summaryFields: options.summaryFields)
        switch format {
        case .md:
            return Array(try TemplateRenderer.render(.markdown, view, escaper: MarkdownEscaper(), options: options).utf8)
        case .html:
            return Array(try TemplateRenderer.render(.html, view, escaper: HTMLEscaper(), options: options).utf8)
        case .json:
            return Array(JSONExporter.render(doc, facilitator: options.facilitator).utf8)
        case .docx:
            return try DOCXExporter.render(view)
        case .eml:
            return Array(try EMLExporter.render(view, doc: doc, options: options).utf8)
        }
    }

    /// Writes the default templates into `directory` (created if needed), for a consultant to copy
    /// and restyle; pass it back as `ExportOptions.templateDirectory`. Never replaces an existing file
    /// unless `overwrite` is true. Returns the paths written.
    @discardableResult
    public static func writeDefaultTemplates(to directory: String, overwrite: Bool = false) throws(ExportError) -> [String] {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isFolder), !isFolder.boolValue { throw .notAFolder(path: directory) }
        if let code = PrivateFile.makeFolders(directory) { throw .writeFailed(path: directory, errno: code) }
        let source = try Templates.defaultDirectory()
        var written: [String] = []
        for name in TemplateName.allCases {
            let target = (directory as NSString).appendingPathComponent(name.rawValue)
            if fm.fileExists(atPath: target), !overwrite { throw .templateExists(path: target) }
        }
        for name in TemplateName.allCases {
            let from = (source as NSString).appendingPathComponent(name.rawValue)
            let target = (directory as NSString).appendingPathComponent(name.rawValue)
            guard let data = fm.contents(atPath: from) else { throw .templateNotFound(path: from) }
            if let code = PrivateFile.store([UInt8](data), at: target, replacing: overwrite) {
                throw code == EEXIST ? .templateExists(path: target) : .writeFailed(path: target, errno: code)
            }
            written.append(target)
        }
        return written
    }

    /// The names of the template files a consultant can override.
    public static var templateNames: [String] { TemplateName.allCases.map(\.rawValue) }

    /// The default templates' folder (for `atelier export --help` or a README pointer).
    public static func defaultTemplateDirectory() throws(ExportError) -> String {
        try Templates.defaultDirectory()
    }
}

/// Renders one template over the context built for a format.
enum TemplateRenderer {
    static func render(_ name: TemplateName, _ view: CharterView, escaper: any Escaper,
                       options: ExportOptions) throws(ExportError) -> String {
        let template = try Templates.load(name, options: options)
        return template.render(TemplateContext.build(view, escaper: escaper))
    }
}
