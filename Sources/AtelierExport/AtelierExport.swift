/// Renders a charter in the export formats.
public enum AtelierExport {}
