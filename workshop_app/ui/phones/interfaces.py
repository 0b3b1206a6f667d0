"""The laptop's network interfaces as Qt lists them (Windows, macOS and Linux alike)."""

from __future__ import annotations

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from workshop_app.ui.phones.network import Interface, Kind, default_route_address, kind_of, rank

_TYPES: dict[QNetworkInterface.InterfaceType, Kind] = {
    QNetworkInterface.InterfaceType.Wifi: "wifi",
    QNetworkInterface.InterfaceType.Ieee80211: "wifi",
    QNetworkInterface.InterfaceType.Ethernet: "ethernet",
    QNetworkInterface.InterfaceType.Virtual: "virtual",
    QNetworkInterface.InterfaceType.Loopback: "virtual",
}


def listed() -> list[Interface]:
    """Every IPv4 address of every interface that is up."""
    found = []
    up = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    for qt_interface in QNetworkInterface.allInterfaces():
        if (qt_interface.flags() & up) != up:
            continue
        name, label = qt_interface.name(), qt_interface.humanReadableName()
        kind = kind_of(name, label, _TYPES.get(qt_interface.type()))
        for entry in qt_interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(Interface(name, label, ip.toString(), kind))
    return found


def ranked_interfaces() -> list[Interface]:
    """The addresses phones may use, the likeliest first."""
    return rank(listed(), default_route_address())
