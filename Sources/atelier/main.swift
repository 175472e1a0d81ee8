import AtelierCLI

Atelier.main()
