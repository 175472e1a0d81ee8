import AtelierCLI

Atelier.main(Atelier.arguments(Array(CommandLine.arguments.dropFirst())))
