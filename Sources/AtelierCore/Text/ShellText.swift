import Foundation

/// Paths in the commands Atelier prints (« pour reprendre : atelier resume … »), quoted so they
/// can be pasted into a shell as they are.
public enum ShellText {
    /// `text` as one shell word: as is when it is made of safe characters, single-quoted otherwise.
    public static func quoted(_ text: String) -> String {
        let safe = text.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@+".contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
