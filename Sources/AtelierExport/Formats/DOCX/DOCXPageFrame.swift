/// What every page of the DOCX carries: a header with the logo (when the template folder has one),
/// the title and the client; a footer with the version, the status and "Page X sur Y".
enum DOCXPageFrame {
    private static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
        """

    /// The logo's part name in the package (`word/media/logo.png`).
    static func logoPart(_ logo: Logo) -> String { "word/media/logo.\(logo.fileExtension)" }

    static func header(_ view: CharterView, logo: Logo?) -> String {
        var w = WordML()
        w.raw("<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>")
        if let logo { w.raw(picture(logo)) }
        w.raw("<w:r><w:tab/></w:r>")
        w.run(.init(view.pageHeader))
        w.raw("</w:p>")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr \(namespaces)>\(w.body)</w:hdr>\n"
    }

    static func headerRelationships(_ logo: Logo?) -> String {
        let image = logo.map {
            "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                + "Target=\"media/logo.\($0.fileExtension)\"/>"
        } ?? ""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(image)</Relationships>\n"
    }

    static func footer(_ view: CharterView) -> String {
        let labels = view.labels
        var w = WordML()
        w.raw("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>")
        w.run(.init(view.pageFooter))
        w.raw("<w:r><w:tab/></w:r>")
        w.run(.init("\(labels[.page]) "))
        field("PAGE", into: &w)
        w.run(.init(" \(labels[.pageOf]) "))
        field("NUMPAGES", into: &w)
        w.raw("</w:p>")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr \(namespaces)>\(w.body)</w:ftr>\n"
    }

    private static func field(_ name: String, into w: inout WordML) {
        w.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(name) </w:instrText></w:r>")
        w.raw("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
    }

    /// The logo, 1 cm high (at most 5 cm wide), inline at the start of the header.
    private static func picture(_ logo: Logo) -> String {
        let emuPerCm = 360_000
        var height = emuPerCm
        var width = height * logo.width / max(1, logo.height)
        if width > 5 * emuPerCm {
            width = 5 * emuPerCm
            height = width * logo.height / max(1, logo.width)
        }
        return """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(width)" cy="\(height)"/>\
            <wp:docPr id="1" name="Logo"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
            <pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="logo.\(logo.fileExtension)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(width)" cy="\(height)"/></a:xfrm>\
            <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
    }
}
