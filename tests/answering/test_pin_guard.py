from workshop_app.answering.pin_guard import PinGuard


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def right(pin: str) -> bool:
    return pin == "2468"


def test_five_wrong_tries_bring_a_wait_that_doubles_from_30_seconds():
    clock = Clock()
    guard = PinGuard(clock)
    for _ in range(4):
        assert guard.attempt("1111", right) == "wrong"
        assert guard.wait_left() == 0
    assert guard.attempt("1111", right) == "wrong"
    assert guard.wait_left() == 30
    assert guard.attempt("2468", right) == "wait"  # not even checked while waiting
    clock.now += 30
    assert guard.attempt("1111", right) == "wrong"
    assert guard.wait_left() == 60
    clock.now += 60
    assert guard.attempt("0000", right) == "wrong"
    assert guard.wait_left() == 120
    clock.now += 119.5
    assert guard.wait_left() == 1
    clock.now += 0.5
    assert guard.attempt("2468", right) == "right"  # the right PIN after the wait still works
    assert guard.attempt("1111", right) == "wrong" and guard.wait_left() == 0  # counted afresh


def test_one_guard_per_session():
    owner_a, owner_b = Clock(), Clock()
    assert PinGuard.of(owner_a) is PinGuard.of(owner_a)
    assert PinGuard.of(owner_a) is not PinGuard.of(owner_b)
