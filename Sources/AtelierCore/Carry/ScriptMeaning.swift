/// Whether two versions of a script mean the same: compared as YAML trees (keys, values, their
/// order, the types they resolve to), not as bytes — comments, blank lines, indentation, quoting
/// and flow or block style do not count. A resume on a script edited only in form needs no migration.
public enum ScriptMeaning {
    /// True when both texts compose to the same YAML tree. False when either does not compose.
    public static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let left = ScriptComposer.compose(a).root, let right = ScriptComposer.compose(b).root else { return false }
        return left == right
    }
}
