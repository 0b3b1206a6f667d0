"""The projector: the group's balance map and charts for the room, and its console panel."""
