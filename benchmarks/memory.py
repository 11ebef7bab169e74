"""Peak memory of this process, measured so that the parent's size does not leak in.

`getrusage(RUSAGE_SELF).ru_maxrss` folds in the address space a process had before `exec`: a child started by a
1.3 GiB `make bench` process reports at least 1.3 GiB whatever it does. Linux's VmHWM is the peak of the process's
own memory map since `exec`; elsewhere ru_maxrss is the best there is.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def peak_rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere
