"""The bundle's program: the same entry point as the installed `vanskapshuset` command."""

import sys

from vanskapshuset.cli import main

if __name__ == "__main__":
    sys.exit(main())
