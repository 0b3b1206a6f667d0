"""The address offered to phones: interfaces ranked as a room needs them."""

from __future__ import annotations

import pytest

from workshop_app.ui.phones.network import Interface, kind_of, rank


def iface(name: str, address: str, label: str = "", hint=None) -> Interface:
    return Interface(name, label or name, address, kind_of(name, label, hint))


@pytest.mark.parametrize("name, label, hint, kind", [
    ("wlan0", "", None, "wifi"),
    ("wlp2s0", "", None, "wifi"),
    ("{GUID}", "Wi-Fi", None, "wifi"),
    ("en0", "", "wifi", "wifi"),  # macOS: the system's own type says Wi-Fi
    ("enp3s0", "", None, "ethernet"),
    ("eth0", "", None, "ethernet"),
    ("docker0", "", "ethernet", "virtual"),  # a virtual bridge calling itself Ethernet
    ("veth1a2b", "", None, "virtual"),
    ("tun0", "", None, "virtual"),
    ("tap0", "", None, "virtual"),
    ("vmnet8", "", None, "virtual"),
    ("vboxnet0", "", None, "virtual"),
    ("{GUID}", "vEthernet (WSL)", "ethernet", "virtual"),
    ("{GUID}", "vEthernet (Default Switch)", "ethernet", "virtual"),  # Hyper-V
    ("{GUID}", "Cisco AnyConnect Secure Mobility Client", "ethernet", "virtual"),
    ("utun3", "", None, "virtual"),  # a macOS VPN
])
def test_interfaces_are_told_apart_by_name_description_and_type(name, label, hint, kind):
    assert kind_of(name, label, hint) == kind


def test_the_default_route_comes_first_then_wifi_ethernet_and_virtual_adapters_last():
    docker = iface("docker0", "172.17.0.1")
    vpn = iface("tun0", "10.8.0.2")
    cable = iface("enp3s0", "192.168.10.4")
    wifi = iface("wlan0", "192.168.1.23")
    assert rank([docker, vpn, cable, wifi], default_route="192.168.10.4") == [cable, wifi, docker, vpn]
    assert rank([docker, vpn, cable, wifi], default_route=None) == [wifi, cable, docker, vpn]


def test_a_vpn_holding_the_default_route_still_goes_last():
    vpn = iface("tun0", "10.8.0.2")
    wifi = iface("wlan0", "192.168.1.23")
    assert rank([vpn, wifi], default_route="10.8.0.2") == [wifi, vpn]


def test_addresses_no_phone_can_reach_are_left_out():
    loop = iface("lo", "127.0.0.1")
    link_local = iface("eth1", "169.254.3.4")
    ipv6 = iface("wlan0", "fe80::1")
    wifi = iface("wlan0", "192.168.1.23")
    assert rank([loop, link_local, ipv6, wifi], default_route=None) == [wifi]


def test_the_choice_is_shown_with_what_the_system_calls_it():
    assert iface("{GUID}", "192.168.1.23", "Wi-Fi").shown == "192.168.1.23 — Wi-Fi"
