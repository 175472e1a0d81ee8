import AtelierCore

/// The HTML of one question of the questionnaire and of its boxes: a text box, a paragraph box,
/// a date picker, radio buttons for a choice or a yes/no, rows that grow for a list, blocks that
/// grow for a list of records. Every text is escaped; the page's script reads the boxes by their
/// `data-` attributes.
enum PrereadFields {
    static let e = HTMLEscaper()

    static func question(number: Int, item: AgendaItem, field: FieldModel, recordFields: [FieldModel], text: PrereadText) -> String {
        let shape: String = switch field.type {
        case .list: "list"
        case .records: "records"
        default: "scalar"
        }
        var out = "<fieldset class=\"question\" data-item=\"\(e.inline(item.id.description))\" data-shape=\"\(shape)\">\n"
        out += "<legend><span class=\"number\">\(number).</span> \(e.inline(SafeText.line(item.text)))</legend>\n"
        if let why = item.why {
            out += "<p class=\"why\"><span>\(e.inline(text.text(.whyLabel)))</span> \(e.inline(SafeText.line(why)))</p>\n"
        }
        if let hint = item.hint { out += "<p class=\"hint\">\(e.inline(SafeText.line(hint)))</p>\n" }
        switch field.type {
        case .list(let itemType):
            let row = "<li class=\"row\">\(box(itemType, label: field.label, name: "__NAME__", text: text))"
                + "<button type=\"button\" class=\"remove\" title=\"\(e.inline(text.text(.removeItem)))\" aria-label=\"\(e.inline(text.text(.removeItem)))\">×</button></li>"
            out += "<div class=\"list\">\n<ol class=\"rows\">\(row.replacingOccurrences(of: "__NAME__", with: "n\(number)-1"))</ol>\n"
            out += "<template>\(row)</template>\n"
            out += "<button type=\"button\" class=\"add\">+ \(e.inline(text.text(.addLine)))</button>\n</div>\n"
        case .records:
            let name = SafeText.line(field.itemLabel ?? field.label)
            let itemName = name.prefix(1).uppercased() + name.dropFirst()
            let record = self.record(itemName, fields: recordFields, text: text)
            out += "<div class=\"records\" data-item-name=\"\(e.inline(itemName))\">\n<div class=\"rows\">"
            out += record.replacingOccurrences(of: "__NAME__", with: "n\(number)-1").replacingOccurrences(of: "__N__", with: "1") + "</div>\n"
            out += "<template>\(record)</template>\n"
            out += "<button type=\"button\" class=\"add\">+ \(e.inline(text.text(.addItem, ["item": itemName])))</button>\n</div>\n"
        default:
            out += "<div class=\"single\">\(box(field.type, label: field.label, name: "n\(number)", text: text))</div>\n"
        }
        return out + "</fieldset>\n"
    }

    /// One record's block: a box per asked field, each with its label and hint.
    private static func record(_ itemName: String, fields: [FieldModel], text: PrereadText) -> String {
        var out = "<fieldset class=\"record\"><legend>\(e.inline(itemName)) <span class=\"n\">__N__</span></legend>"
        for (index, field) in fields.enumerated() {
            out += "<div class=\"rf\" data-field=\"\(e.inline(field.id))\"><span class=\"label\">\(e.inline(SafeText.line(field.label)))</span>"
            out += box(field.type, label: field.label, name: "__NAME__-\(index)", text: text)
            if let hint = field.hint { out += "<span class=\"hint\">\(e.inline(SafeText.line(hint)))</span>" }
            out += "</div>"
        }
        out += "<button type=\"button\" class=\"remove\">\(e.inline(text.text(.removeItem)))</button></fieldset>"
        return out
    }

    /// The box for one value of `type`; `name` groups radio buttons.
    static func box(_ type: FieldType, label: String, name: String, text: PrereadText) -> String {
        let aria = "aria-label=\"\(e.inline(SafeText.line(label)))\""
        switch type {
        case .longText:
            return "<textarea class=\"answer\" data-type=\"longtext\" rows=\"4\" \(aria)></textarea>"
        case .number:
            return "<input type=\"text\" inputmode=\"decimal\" class=\"answer\" data-type=\"number\" placeholder=\"\(e.inline(text.text(.numberPlaceholder)))\" \(aria)><span class=\"error\" hidden></span>"
        case .date:
            return "<input type=\"date\" class=\"answer\" data-type=\"date\" \(aria)><span class=\"error\" hidden></span>"
        case .duration:
            return "<input type=\"text\" class=\"answer\" data-type=\"duration\" placeholder=\"\(e.inline(text.text(.durationPlaceholder)))\" \(aria)><span class=\"error\" hidden></span>"
        case .person:
            return "<input type=\"text\" class=\"answer\" data-type=\"person\" list=\"atelier-people\" \(aria)>"
        case .yesNo:
            return radios([("true", text.text(.yes)), ("false", text.text(.no))], type: "yesno", name: name, aria: aria)
        case .choice(let options):
            return radios(options.map { ($0, $0) }, type: "choice", name: name, aria: aria)
        case .text, .list, .records:
            return "<input type=\"text\" class=\"answer\" data-type=\"text\" \(aria)>"
        }
    }

    private static func radios(_ options: [(value: String, label: String)], type: String, name: String, aria: String) -> String {
        var out = "<span class=\"answer choices\" data-type=\"\(type)\" role=\"radiogroup\" \(aria)>"
        for option in options {
            out += "<label><input type=\"radio\" name=\"\(name)\" value=\"\(e.inline(SafeText.line(option.value)))\"> \(e.inline(SafeText.line(option.label)))</label>"
        }
        return out + "</span>"
    }

    /// True when a question asks for people's names (a list of names to suggest is kept).
    static func asksPeople(_ field: FieldModel) -> Bool {
        switch field.type {
        case .person, .list(.person): true
        case .records(let model): model.fields.contains { if case .person = $0.type { true } else { false } }
        default: false
        }
    }
}
