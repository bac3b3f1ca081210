"""``python -m quoteprov.cli``: the same as the ``quotes`` command."""

from quoteprov.cli import main

main()
