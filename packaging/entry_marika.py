"""The bundle's `marika` executable: the app, and the tools (`marika package ...`)."""

import sys

from marika.cli import main

if __name__ == "__main__":
    sys.exit(main())
