"""Running service calls off the UI thread, with every failure turned into a notice.

Each call to the store or the network runs in a thread worker; its result comes back to the
UI thread through ``call_from_thread``.  A ``FactcheckError`` is the user's to read (one line),
anything else is logged and shown as a short notice: a traceback never reaches the checker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from factcheck.tui.app import FactcheckApp

T = TypeVar("T")


# The newest job of each (node, group) run exclusively; older ones finish but are ignored.
# Entries are never removed: removing one could race with a newer job of the same group.
_newest: dict[tuple[int, str], int] = {}


def run_job(
    node: DOMNode,
    work: Callable[[], T],
    done: Callable[[T], Any] | None = None,
    *,
    group: str = "default",
    exclusive: bool = False,
    failed: Callable[[FactcheckError], Any] | None = None,
    label: str | None = None,
    writes: bool = False,
) -> Worker[None]:
    """Run ``work`` in a thread; ``done`` / ``failed`` run on the UI thread afterwards.

    ``exclusive``: a newer job of the same group on the same node supersedes this one, whose
    result is then dropped (the thread itself cannot be stopped, and is left to finish, so its
    bookkeeping always ends).  ``label`` shows the job as activity in the header while it
    runs; ``writes`` makes quitting wait for it, so a verdict being saved is never cut off.
    """
    app: FactcheckApp = node.app  # type: ignore[assignment]
    token = app.begin_job(label, writes=writes)
    key = (id(node), group)
    if exclusive:
        _newest[key] = token

    def superseded() -> bool:
        return exclusive and _newest.get(key) != token

    def back(callback: Callable[..., Any], *args: object) -> None:
        """Run ``callback`` on the UI thread; if it fails, that is reported too, not lost."""
        try:
            app.call_from_thread(callback, *args)
        except RuntimeError as exc:
            if app.is_running and callback is not app.show_unexpected:
                back(app.show_unexpected, exc)  # else the app is closing: nobody to tell
        except Exception as exc:  # noqa: BLE001 - a bug in a callback still becomes a notice
            if callback is not app.show_unexpected:
                back(app.show_unexpected, exc)

    def thread() -> None:
        try:
            try:
                result = work()
            except FactcheckError as exc:
                if not superseded():
                    back(failed or app.show_error, exc)
                return
            except Exception as exc:  # noqa: BLE001 - the checker gets a notice, the log the rest
                back(app.show_unexpected, exc)
                return
            if done is not None and not superseded():
                back(done, result)
        finally:
            back(app.end_job, token)

    return node.run_worker(thread, thread=True, group=group, exit_on_error=False, name=label)
