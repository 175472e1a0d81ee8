/// The terminal building blocks of the live session: line input (readline on a terminal,
/// plain lines over a pipe), output with optional colour, and sanitizing of client text.
public enum AtelierTerminal {}
