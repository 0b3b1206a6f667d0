"""Who is being answered where: one participant answered in one place at a time.

A *channel* is one place answers come from: the station, or one phone (its device token).
A claim is taken when a participant confirms "it's me", and released when their run
finishes, goes idle, fails, or the trainer releases the name. Every channel of a session
shares one claim book: `Claims.of(writer)`.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

_BOOKS: WeakKeyDictionary[object, Claims] = WeakKeyDictionary()


class Claims:
    """The claim book of one session: participant id → the channel answering for them."""

    def __init__(self) -> None:
        self._holders: dict[int, str] = {}

    @classmethod
    def of(cls, writer: object) -> Claims:
        """The one claim book shared by every channel writing through `writer`."""
        book = _BOOKS.get(writer)
        if book is None:
            book = _BOOKS[writer] = cls()
        return book

    def claim(self, participant_id: int, channel: str) -> bool:
        """Take the participant for `channel`; refused (False) while another channel holds them.
        A channel holds one participant at most: claiming another releases the first."""
        holder = self._holders.get(participant_id)
        if holder is not None and holder != channel:
            return False
        self.release(channel)
        self._holders[participant_id] = channel
        return True

    def holds(self, participant_id: int, channel: str) -> bool:
        return self._holders.get(participant_id) == channel

    def holder(self, participant_id: int) -> str | None:
        return self._holders.get(participant_id)

    def busy_elsewhere(self, participant_id: int, channel: str) -> bool:
        holder = self._holders.get(participant_id)
        return holder is not None and holder != channel

    def release(self, channel: str) -> None:
        """The channel stops answering (finished, idle, gone)."""
        for pid in [pid for pid, holder in self._holders.items() if holder == channel]:
            del self._holders[pid]

    def release_participant(self, participant_id: int) -> None:
        """The trainer frees a name (a phone died, a device gave up)."""
        self._holders.pop(participant_id, None)

    def held(self) -> dict[int, str]:
        return dict(self._holders)
