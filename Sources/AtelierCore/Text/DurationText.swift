/// The one way Atelier shows a length of time — the prompt, `/etat`, the resume message, the
/// agenda and the facilitator annex of every export: whole minutes up to an hour ("12 min"), hours
/// and two-digit minutes past it ("1 h 05", "2 h"). Read at a glance from the back of a room, the
/// same in French and English, never mistaken for a time of day or for seconds.
public enum DurationText {
    /// "0 min", "45 min", "1 h", "1 h 05", "2 h 30".
    public static func minutes(_ minutes: Int) -> String {
        let m = max(0, minutes)
        if m < 60 { return "\(m) min" }
        let rest = m % 60
        return rest == 0 ? "\(m / 60) h" : "\(m / 60) h \(rest < 10 ? "0" : "")\(rest)"
    }

    /// Elapsed seconds, counted in whole minutes begun and finished (12 min until the 13th is
    /// over, as a wall clock's minute hand reads); nonsense values show as 0 min.
    public static func elapsed(seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0, seconds < 1e12 else { return minutes(0) }
        return minutes(Int(seconds / 60))
    }
}
