-- .mode: defined with the REPL's first commands in cica.repl.commands; this file is what makes it
-- a dot-command (cica.discover lists the modules cica.repl.commands.NAME).
return require("cica.repl.commands").defined.mode
