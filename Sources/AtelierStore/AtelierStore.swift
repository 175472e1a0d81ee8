/// Session journals on disk.
public enum AtelierStore {}
