"""Background work: service calls in Textual thread workers that answer with typed messages.

A screen or widget marks a method ``@background(group)``; calling it starts a thread worker
that runs the method (store and network calls happen there, never on the UI thread) and posts
the message the method returns to the node that started it.  With ``exclusive``, a newer call
of the same group on the same node cancels the older one: the older thread cannot be stopped,
but its message is dropped, so fast typing or scrolling shows only the last answer.

Failures become messages too: a ``FactcheckError`` (the checker's to read) is a ``WorkFailed``
posted to the node, which bubbles up to the app unless the node (a dialog) shows it itself;
anything else is a ``WorkCrashed`` to the app, which logs it and shows a short notice.  Each
thread tells the app it started and ended (``WorkStarted`` / ``WorkEnded``), which is how the
header shows what runs and how quitting waits for a write.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker, get_current_worker

from factcheck.errors import FactcheckError

P = ParamSpec("P")
N = TypeVar("N", bound=DOMNode)


class WorkStarted(Message, bubble=False):
    """Posted to the app as a worker's thread begins."""

    def __init__(self, worker: Worker[None], label: str | None, writes: bool) -> None:
        super().__init__()
        self.worker, self.label, self.writes = worker, label, writes


class WorkEnded(Message, bubble=False):
    """Posted to the app as a worker's thread ends, however it ended."""

    def __init__(self, worker: Worker[None]) -> None:
        super().__init__()
        self.worker = worker


class WorkFailed(Message):
    """The service refused (bad input, a stale edit, a failed fetch): one line to show.

    ``group`` says which work failed, for a node that runs several kinds."""

    def __init__(self, error: FactcheckError, group: str) -> None:
        super().__init__()
        self.error, self.group = error, group


class WorkCrashed(Message, bubble=False):
    """A bug, not the checker's doing: posted to the app, logged, shown as a short notice."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error


def background(
    group: str,
    *,
    exclusive: bool = False,
    writes: bool = False,
    label: str | Callable[..., str] | None = None,
) -> Callable[
    [Callable[Concatenate[N, P], Message | None]], Callable[Concatenate[N, P], Worker[None]]
]:
    """Run the decorated method in a thread worker of its node, and post what it returns.

    ``label`` (text, or a function of the method's arguments) is shown in the header while
    the work runs; ``writes`` makes quitting wait for it, so a verdict being saved is never
    cut off.
    """

    def decorate(
        method: Callable[Concatenate[N, P], Message | None],
    ) -> Callable[Concatenate[N, P], Worker[None]]:
        def body(node: N, text: str | None, *args: P.args, **kwargs: P.kwargs) -> None:
            worker = get_current_worker()
            app = node.app
            app.post_message(WorkStarted(worker, text, writes))
            try:
                answer = method(node, *args, **kwargs)
                if answer is not None and not worker.is_cancelled:
                    node.post_message(answer)
            except FactcheckError as exc:
                if not worker.is_cancelled and not node.post_message(WorkFailed(exc, group)):
                    app.post_message(WorkFailed(exc, group))  # the node has closed meanwhile
            except Exception as exc:  # noqa: BLE001 - a bug still becomes a notice, not a crash
                app.post_message(WorkCrashed(exc))
            finally:
                app.post_message(WorkEnded(worker))

        @functools.wraps(method)
        def start(node: N, *args: P.args, **kwargs: P.kwargs) -> Worker[None]:
            text = label(*args, **kwargs) if callable(label) else label
            return node.run_worker(
                functools.partial(body, node, text, *args, **kwargs),
                name=text or group,
                description=f"{type(node).__name__}.{method.__name__}",
                group=group,
                exclusive=exclusive,
                thread=True,
                exit_on_error=False,
            )

        return start

    return decorate
