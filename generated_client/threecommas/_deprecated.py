"""A method's former name, kept callable for one minor version after a rename.

``client.smart_trades.get`` became ``retrieve`` (openai-python's word for a single read): code
written against the former name keeps working, and each call says, with a
:class:`DeprecationWarning` pointing at the caller's line, which name to use instead. The
alias has the method's own signature, so a type checker reads its arguments and result too.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def deprecated_alias(method: Callable[P, R], former: str, current: str) -> Callable[P, R]:
    """``method`` under its ``former`` name: the same call, with a warning naming ``current``."""

    @functools.wraps(method)
    def alias(*args: P.args, **kwargs: P.kwargs) -> R:
        warnings.warn(
            f"{former}() is deprecated and will be removed in the next minor version: call {current}()",
            DeprecationWarning,
            stacklevel=2,
        )
        return method(*args, **kwargs)

    alias.__name__ = alias.__qualname__ = former.rsplit(".", 1)[-1]
    alias.__doc__ = f"Deprecated: the former name of ``{current}``, which see."
    return alias
