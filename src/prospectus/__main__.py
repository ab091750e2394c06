"""``python -m prospectus``: the command line."""

from prospectus.cli import main

main()
