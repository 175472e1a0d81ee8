import AtelierCore

/// A JSON text built in one pass, keys in the order they are written (stable output for golden
/// files and diffs), pretty-printed with two spaces.
struct JSONWriter {
    indirect enum Node {
        case string(String)
        case number(Double)
        case int(Int)
        case bool(Bool)
        case null
        case array([Node])
        case object([(String, Node)])
    }

    static func text(_ node: Node) -> String {
        var out = ""
        write(node, indent: 0, into: &out)
        out += "\n"
        return out
    }

    private static func write(_ node: Node, indent: Int, into out: inout String) {
        switch node {
        case .string(let s): JSONText.quote(s, into: &out)
        case .int(let n): out += String(n)
        case .number(let n):
            if !n.isFinite { out += "null" } else if n == n.rounded(), abs(n) < 1e15 { out += String(Int64(n)) } else { out += String(n) }
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                pad(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            pad(indent, into: &out)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                pad(indent + 1, into: &out)
                JSONText.quote(key, into: &out)
                out += ": "
                write(value, indent: indent + 1, into: &out)
                out += index < members.count - 1 ? ",\n" : "\n"
            }
            pad(indent, into: &out)
            out += "}"
        }
    }

    private static func pad(_ level: Int, into out: inout String) {
        for _ in 0..<level { out += "  " }
    }
}
