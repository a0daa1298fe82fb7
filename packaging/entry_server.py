"""The bundle's `marika-server` executable: the collection server and its office tools."""

import multiprocessing
import sys

from marika_sync.server.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `serve --workers N` starts workers by spawning
    sys.exit(main())
