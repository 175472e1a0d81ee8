// atelier-board: the room's live board, a program of its own beside atelier (see BoardProgram).
import AtelierBoard

BoardProgram.main(Array(CommandLine.arguments.dropFirst()))
