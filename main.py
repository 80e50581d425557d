"""Start Timeline Explorer from a checkout: ``python main.py [DATASET] [options]``."""

from __future__ import annotations

import sys

from explorer.app import main

if __name__ == "__main__":
    sys.exit(main())
