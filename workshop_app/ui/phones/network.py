"""Which address the phones should use: the laptop's network interfaces, ranked.

The QR code carries one address, and the Host header is checked against it, so the choice
matters: the interface the system routes through first (that is the room's network), then
Wi-Fi and Ethernet, and virtual adapters (VPN, Docker, Hyper-V, WSL, VirtualBox, VMware) last,
because a phone can never reach them. The console always shows the choice and lets the trainer
pick another.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import Literal

Kind = Literal["wifi", "ethernet", "other", "virtual"]

# Names (or parts of the system's description) of adapters no phone can reach.
VIRTUAL_MARKS = ("docker", "veth", "br-", "virbr", "tun", "tap", "vmnet", "vboxnet", "virtualbox", "vmware",
                 "hyper-v", "vethernet", "wsl", "vpn", "wireguard", "wg", "tailscale", "zerotier", "utun",
                 "ppp", "ipsec", "anyconnect", "fortinet", "openvpn", "npcap", "loopback")
WIFI_MARKS = ("wi-fi", "wifi", "wlan", "wlp", "wireless", "airport", "802.11")
ETHERNET_MARKS = ("ethernet", "eth", "enp", "eno", "ens", "en0", "en1", "lan")


@dataclass(frozen=True)
class Interface:
    name: str  # the system's name (wlan0, "Wi-Fi", en0)
    label: str  # what the trainer reads (the system's description when it has one)
    address: str
    kind: Kind = "other"

    @property
    def shown(self) -> str:
        return f"{self.address} — {self.label}"


def kind_of(name: str, label: str = "", hint: Kind | None = None) -> Kind:
    """Virtual first (a VPN may call itself "Ethernet"), then the system's own type, then the name."""
    words = f"{name} {label}".lower()
    if any(mark in words for mark in VIRTUAL_MARKS):
        return "virtual"
    if hint is not None and hint != "other":
        return hint
    if any(mark in words for mark in WIFI_MARKS):
        return "wifi"
    if any(words.startswith(mark) or f" {mark}" in words for mark in ETHERNET_MARKS):
        return "ethernet"
    return "other"


def usable(address: str) -> bool:
    """An IPv4 address a phone on the same network can reach: not loopback, link-local or 0.0.0.0."""
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast)


def rank(interfaces: list[Interface], default_route: str | None) -> list[Interface]:
    """The interface of the default route first, then Wi-Fi, Ethernet, others, virtual ones last;
    within a kind, private addresses (a room's network) before public ones, then as listed."""
    order: dict[Kind, int] = {"wifi": 1, "ethernet": 2, "other": 3, "virtual": 4}

    def key(item: tuple[int, Interface]) -> tuple[int, int, int]:
        index, interface = item
        first = 0 if interface.address == default_route and interface.kind != "virtual" else order[interface.kind]
        private = 0 if ipaddress.IPv4Address(interface.address).is_private else 1
        return first, private, index

    found = [i for i in interfaces if usable(i.address)]
    return [i for _, i in sorted(enumerate(found), key=key)]


def default_route_address() -> str | None:
    """The address the system sends from towards the rest of the world. A UDP socket that
    `connect`s sends nothing: it only asks the routing table; None when there is no route."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: documentation only, never answered
            return str(probe.getsockname()[0])
        except OSError:
            return None
