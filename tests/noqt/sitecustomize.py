"""Makes PySide6 unimportable, so the core and CLI tests prove they never need Qt."""

import sys
from importlib.abc import MetaPathFinder


class _BlockQt(MetaPathFinder):
    def find_spec(self, fullname, _path, _target=None):  # the import machinery passes these by position  # type: ignore[no-untyped-def]
        if fullname.split(".")[0] in {"PySide6", "shiboken6"}:
            raise ImportError(f"{fullname} is blocked in the no-Qt test run")


sys.meta_path.insert(0, _BlockQt())
