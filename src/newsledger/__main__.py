"""`python -m newsledger` runs the CLI."""

from newsledger.serve.cli import main

main()
