"""``python -m explorer`` starts the app."""

from __future__ import annotations

import sys

from explorer.app import main

sys.exit(main())
