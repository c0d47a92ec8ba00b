"""A package's names imported from its modules when first asked for, not when it is.

``from esms_desktop.checks import run_checks`` reads well, but a package that
imported all its modules to offer such names would make every one of them pay
for the whole package: ``esms-desktop explain 100`` would load the checks, the
journal and the readers to print a paragraph. A package lists where each of its
names lives (and imports them under ``TYPE_CHECKING`` for the type checker and
the app's freezer, which both read those imports); :func:`exports` makes the
package's module-level ``__getattr__``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping


def exports(package: str, where: Mapping[str, str]) -> Callable[[str], object]:
    """``__getattr__`` for ``package``: each name of ``where`` from the module it maps to.

    The name is kept on the package once found: the next look-up is a plain one.
    """

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        # As an import statement does (importlib.import_module would hide it from
        # ``python -X importtime``, which the start-up test reads).
        __import__(module)
        value = getattr(sys.modules[module], name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
