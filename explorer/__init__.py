"""Timeline Explorer: explore history as a timeline."""

import os

# numpy loads OpenBLAS, which starts a thread per core at import for linear algebra we never do;
# one thread spares a launch that work (and a busy machine the threads). Set before numpy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
