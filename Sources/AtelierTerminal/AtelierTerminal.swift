@preconcurrency import CReadline
/// The live session in a terminal.
public enum AtelierTerminal {}
