"""A longer fuzz run over every loader than the test suite makes: mutations of the real samples.

Run: ``python tests/bench/fuzz_loaders.py [examples]`` (default 20,000). It prints how many inputs
loaded and how many were refused with a located error, and stops at the first other outcome (an
exception that is not a DatasetError), showing the input that caused it.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from explorer.core.errors import DatasetError  # noqa: E402
from explorer.core.loader import load_dataset_bytes  # noqa: E402
from tests.core.test_loader_fuzz import NAME, mutated  # noqa: E402


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    outcomes: Counter[str] = Counter()
    slowest = 0.0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated())
    def run(data: bytes) -> None:
        nonlocal slowest
        start = time.perf_counter()
        try:
            load_dataset_bytes(data, NAME)
            outcomes["loaded"] += 1
        except DatasetError:
            outcomes["refused with a located error"] += 1
        slowest = max(slowest, time.perf_counter() - start)

    began = time.perf_counter()
    run()
    print(f"{'outcome':<34}{'inputs':>10}")
    for outcome, count in outcomes.most_common():
        print(f"{outcome:<34}{count:>10}")
    print(f"{'slowest input (s)':<34}{slowest:>10.3f}")
    print(f"{'total time (s)':<34}{time.perf_counter() - began:>10.1f}")


if __name__ == "__main__":
    main()
