"""Phones: the room answers on its own phones, over the room's network, served by this laptop."""
