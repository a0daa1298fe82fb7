"""The bundle's `marika-server` executable: the collection server and its office tools."""

import sys

from marika_sync.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
