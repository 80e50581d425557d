"""Test set-up: Qt runs offscreen and never touches the user's settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The real-world sample files beside the checkout (CI has them; tests skip where absent).
SAMPLES = ROOT.parent / "shared" / "samples"
