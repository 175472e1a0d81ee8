import AtelierCore
import AtelierStore
import Foundation

/// Renders a charter document in each export format. Pure: no clock, no network; templates are the
/// only files read.
public enum Exporter {
    /// The charter in `format`, as the bytes of the file to write (DOCX is binary, the rest UTF-8).
    public static func render(_ doc: CharterDocument, as format: ExportFormat,
                              options: ExportOptions = ExportOptions()) throws(ExportError) -> [UInt8] {
        let view = CharterView(doc, options: options)
        let extras = TemplateExtras(logo: Logo.find(in: options.templateDirectory))
        switch format {
        case .md:
            return Array(try TemplateRenderer.render(.markdown, view, escaper: MarkdownEscaper(), options: options, extras: extras).utf8)
        case .html:
            return Array(try TemplateRenderer.render(.html, view, escaper: HTMLEscaper(), options: options, extras: extras).utf8)
        case .json:
            return Array(JSONExporter.render(doc, view: view).utf8)
        case .docx:
            return try DOCXExporter.render(view, logo: extras.logo)
        case .eml:
            return Array(try EMLExporter.render(view, options: options, logo: extras.logo).utf8)
        }
    }

    /// The variables the templates `format` renders with name and the charter does not provide
    /// (each would print nothing), for the caller to show as warnings. Templates that cannot be read
    /// or parsed are left to `render`, which throws.
    public static func templateWarnings(_ doc: CharterDocument, as format: ExportFormat,
                                        options: ExportOptions = ExportOptions()) -> [TemplateWarning] {
        let names: [TemplateName]
        switch format {
        case .md: names = [.markdown]
        case .html: names = [.html]
        case .json, .docx: names = []
        case .eml: names = options.attachment == .html ? [.emailText, .emailHTML, .html] : [.emailText, .emailHTML]
        }
        let fields = doc.sections.flatMap { $0.fields.map(\.model) }
        return names.flatMap { name -> [TemplateWarning] in
            guard let (path, text) = try? Templates.source(name, options: options) else { return [] }
            return TemplateStructure.unknownVariables(in: text, file: path, charter: fields)
        }
    }

    /// Checks the templates in `directory` (those named like the defaults): the problems that stop a
    /// render, and the variables that would print nothing. `charter` is the script's charter model
    /// when known (`charter.<field>` is then checked too).
    public static func checkTemplates(in directory: String, charter: CharterModel?) -> (problems: [ExportError], warnings: [TemplateWarning]) {
        var problems: [ExportError] = []
        var warnings: [TemplateWarning] = []
        let options = ExportOptions(templateDirectory: directory)
        for name in TemplateName.allCases {
            let path = (directory as NSString).appendingPathComponent(name.rawValue)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do {
                let (file, text) = try Templates.source(name, options: options)
                _ = try Templates.parse(text, file: file)
                warnings += TemplateStructure.unknownVariables(in: text, file: file, charter: charter?.allFields)
            } catch {
                problems.append(error)
            }
        }
        return (problems, warnings)
    }

    /// Writes the default templates into `directory` (created if needed), for a consultant to copy
    /// and restyle; pass it back as `ExportOptions.templateDirectory`. Never replaces an existing file
    /// unless `overwrite` is true. Returns the paths written.
    @discardableResult
    public static func writeDefaultTemplates(to directory: String, overwrite: Bool = false) throws(ExportError) -> [String] {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isFolder), !isFolder.boolValue { throw .notAFolder(path: directory) }
        if let code = FileSystem.makeFolders(directory) { throw .writeFailed(path: directory, errno: code) }
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
            do {
                try OutputFile.write([UInt8](data), to: target)
            } catch {
                throw .file(error)
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
    static func render(_ name: TemplateName, _ view: CharterView, escaper: any Escaper, options: ExportOptions,
                       extras: TemplateExtras) throws(ExportError) -> String {
        let template = try Templates.load(name, options: options)
        return template.render(TemplateContext.build(view, escaper: escaper, extras: extras))
    }
}
