"""The kernel's handler lock: handlers on two threads run one after the other; one thread may re-enter."""
import threading

from claims.serial import HANDLERS, serialised


def test_a_second_thread_waits_for_the_first_handler_to_finish() -> None:
    events: list[str] = []
    inside, release = threading.Event(), threading.Event()

    @serialised
    def slow() -> None:
        events.append("slow starts")
        inside.set()
        release.wait(10)
        events.append("slow ends")

    @serialised
    def quick() -> None:
        events.append("quick")

    first = threading.Thread(target=slow)
    first.start()
    assert inside.wait(10)
    second = threading.Thread(target=quick)
    second.start()
    second.join(0.3)
    waited = second.is_alive()
    release.set()
    first.join(10)
    second.join(10)
    assert (waited, events) == (True, ["slow starts", "slow ends", "quick"])


def test_a_handler_may_call_another_on_its_own_thread_and_gets_its_value() -> None:
    @serialised
    def inner(x: int) -> int:
        return x + 1

    @serialised
    def outer(x: int) -> int:
        return inner(x) * 10

    got: list[int] = []
    caller = threading.Thread(target=lambda: got.append(outer(1)), daemon=True)  # a lock that is not re-entrant hangs
    caller.start()
    caller.join(10)
    assert (got, outer.__name__, outer.__doc__) == ([20], "outer", None)


def test_the_lock_is_free_after_a_handler_raises() -> None:
    @serialised
    def fails() -> None:
        raise ValueError("refused")

    try:
        fails()
    except ValueError as exc:
        said = str(exc)
    acquired = HANDLERS.acquire(blocking=False)
    if acquired:
        HANDLERS.release()
    assert (said, acquired) == ("refused", True)
