import AtelierCore

/// The fixed parts of the DOCX package: content types, relationships, settings, numbering, styles
/// (built-in names so Word and LibreOffice show "Titre 1"/"Heading 1" and the table of contents finds
/// the headings), and the core properties (title, version, status, date).
enum DOCXPackage {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Default Extension="png" ContentType="image/png"/>\
        <Default Extension="jpeg" ContentType="image/jpeg"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>

        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>

        """

    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipType)/styles" Target="styles.xml"/>\
        <Relationship Id="rIdNumbering" Type="\(relationshipType)/numbering" Target="numbering.xml"/>\
        <Relationship Id="rIdSettings" Type="\(relationshipType)/settings" Target="settings.xml"/>\
        <Relationship Id="rIdHeader" Type="\(relationshipType)/header" Target="header1.xml"/>\
        <Relationship Id="rIdFooter" Type="\(relationshipType)/footer" Target="footer1.xml"/>\
        </Relationships>

        """

    /// Word refreshes the contents' page numbers when the document opens. Elements in the order
    /// the schema gives them (Word refuses a settings part out of order).
    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>\
        </w:settings>

        """

    /// Bullets (number 1, two levels) and decimal numbers (one instance per list, each from 1).
    static func numbering(numberedLists: Int) -> String {
        func level(_ ilvl: Int, format: String, text: String, font: String?) -> String {
            let indent = 360 + ilvl * 360
            return "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
                + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(indent)\" w:hanging=\"360\"/></w:pPr>"
                + (font.map { "<w:rPr><w:rFonts w:ascii=\"\($0)\" w:hAnsi=\"\($0)\" w:hint=\"default\"/></w:rPr>" } ?? "")
                + "</w:lvl>"
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            """
        out += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        out += level(0, format: "bullet", text: "•", font: nil) + level(1, format: "bullet", text: "–", font: nil) + "</w:abstractNum>"
        out += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        out += level(0, format: "decimal", text: "%1.", font: nil) + level(1, format: "bullet", text: "–", font: nil) + "</w:abstractNum>"
        out += "<w:num w:numId=\"\(WordML.bulletNumbering)\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for index in 0..<numberedLists {
            out += "<w:num w:numId=\"\(WordML.bulletNumbering + 1 + index)\"><w:abstractNumId w:val=\"1\"/>"
            out += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return out + "</w:numbering>\n"
    }

    static func styles(_ language: Language) -> String {
        let lang = ExportMessage.documentLanguage.text(language)
        func heading(_ level: Int, size: Int, color: String) -> String {
            """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/>\
            <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="\(level == 1 ? 360 : 240)" w:after="120"/>\
            <w:outlineLvl w:val="\(level - 1)"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="\(color)"/><w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
            """
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="\(lang)"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr>\
            <w:rPr><w:color w:val="2B5797"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>\
            <w:rPr><w:color w:val="45526A"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
            \(heading(1, size: 32, color: "2B5797"))
            \(heading(2, size: 26, color: "2B5797"))
            \(heading(3, size: 22, color: "45526A"))
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="36"/><w:pPr><w:numPr><w:numId w:val="\(WordML.bulletNumbering)"/></w:numPr>\
            <w:spacing w:after="40"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="37"/><w:pPr><w:spacing w:after="40"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Meta"><w:name w:val="Document Meta"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:color w:val="45526A"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="2B5797"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="right" w:pos="\(WordML.textWidth)"/></w:tabs><w:spacing w:after="0"/></w:pPr>\
            <w:rPr><w:color w:val="45526A"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="right" w:pos="\(WordML.textWidth)"/></w:tabs><w:spacing w:after="0"/></w:pPr>\
            <w:rPr><w:color w:val="45526A"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/>\
            <w:rPr><w:color w:val="1D2430"/></w:rPr></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
            <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
            <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
            <w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="C9D3E3"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="C9D3E3"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="C9D3E3"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="C9D3E3"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C9D3E3"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="C9D3E3"/></w:tblBorders></w:tblPr></w:style>
            </w:styles>

            """
    }

    static func core(_ view: CharterView) -> String {
        let stamp = "\(view.isoDate)T00:00:00Z"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(XML.escape(view.head.title))</dc:title><dc:subject>\(XML.escape(view.head.subtitle))</dc:subject>\
            <dc:creator>Atelier</dc:creator><dc:language>\(ExportMessage.documentLanguage.text(view.language))</dc:language>\
            <cp:keywords>\(XML.escape(view.workshopID))</cp:keywords><cp:version>\(XML.escape(view.head.version))</cp:version>\
            <cp:contentStatus>\(XML.escape(view.head.status))</cp:contentStatus>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:modified></cp:coreProperties>

            """
    }
}
