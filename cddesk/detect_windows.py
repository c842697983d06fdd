"""Pure parsers for what Windows reports about itself (used by ``cddesk.detect``).

Every function here takes the text a command printed and returns plain values;
nothing runs a command, touches the disk or raises on odd input. The inputs are:

* ``Get-CimInstance … | Select-Object … | ConvertTo-Json`` output. ConvertTo-Json
  prints one object for one instance, a list for several and nothing at all for
  none; :func:`parse_cim_json` turns all three into a list of dicts.
* ``reg query <key>`` output (:func:`parse_reg_query`).

The shared helpers (:func:`bytes_to_gib`, :func:`clean_text`, :func:`kind_from_chassis`)
are used by the Linux side of ``cddesk.detect`` too.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
from dataclasses import dataclass
from typing import Any

# Placeholder strings firmware vendors leave in SMBIOS fields; they are not data.
_JUNK = {
    "", "0", "none", "null", "n/a", "na", "default string", "to be filled by o.e.m.",
    "system serial number", "system manufacturer", "system product name", "not specified",
    "not applicable", "invalid", "unknown", "oem", "o.e.m.", "123456789", "chassis serial number",
}

# SMBIOS System Enclosure types (DMTF DSP0134, 7.4.1): portable kinds and server kinds.
NOTEBOOK_CHASSIS = frozenset({8, 9, 10, 11, 14, 30, 31, 32})
SERVER_CHASSIS = frozenset({17, 23, 25, 28, 29})


@dataclass
class DetectedAntivirus:
    """One antivirus product as Windows Security Center (or ESET's registry) reports it."""

    display_name: str
    product_state: int | None = None
    enabled: bool | None = None
    up_to_date: bool | None = None
    version: str = ""
    source: str = "wmi"  # "wmi" or "eset-registry"
    signature_version: str = ""  # ESET ScannerVersion, e.g. "27154 (20230428)"

    @property
    def signature_date(self) -> dt.date | None:
        """The date inside an ESET ScannerVersion such as ``27154 (20230428)``, if any."""
        match = re.search(r"\((\d{4})(\d{2})(\d{2})\)", self.signature_version)
        if not match:
            return None
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None


# --------------------------------------------------------------------------- helpers


def bytes_to_gib(value: Any) -> float | None:
    """Bytes (int or numeric string) → GiB rounded to 0.1, the unit Windows and ``df -h`` show."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    if number <= 0:
        return None
    return round(number / 1024**3, 1)


def clean_text(value: Any) -> str:
    """Trimmed, single-spaced text; SMBIOS placeholders such as "To Be Filled By O.E.M." → ""."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return "" if text.casefold() in _JUNK else text


def kind_from_chassis(chassis_types: list[int], *, has_battery: bool = False,
                      is_server_os: bool = False) -> str:
    """``notebook`` if a battery exists or the chassis is portable, ``server`` for server
    chassis or a server OS, else ``desktop``."""
    if has_battery or any(t in NOTEBOOK_CHASSIS for t in chassis_types):
        return "notebook"
    if is_server_os or any(t in SERVER_CHASSIS for t in chassis_types):
        return "server"
    return "desktop"


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


# --------------------------------------------------------------------------- CIM JSON


def parse_cim_json(text: str) -> list[dict[str, Any]]:
    """ConvertTo-Json output → list of objects ([] for empty output); ValueError if not JSON."""
    stripped = (text or "").lstrip("\ufeff").strip()
    if not stripped:
        return []
    data = json.loads(stripped)
    items = data if isinstance(data, list) else [data]
    return [item for item in items if isinstance(item, dict)]


def decode_product_state(state: int) -> tuple[bool | None, bool | None]:
    """SecurityCenter2 ``productState`` → (enabled, up_to_date), decoded exactly as glpi-agent.

    Source: glpi-project/glpi-agent, lib/GLPI/Agent/Task/Inventory/Win32/AntiVirus.pm::
        if ($object->{productState}) {
            my $hex = dec2hex($object->{productState});      # sprintf("0x%x", ...)
            my ($enabled, $uptodate) = $hex =~ /(.{2})(.{2})$/;
            if (defined($enabled) && defined($uptodate)) {
                $antivirus->{ENABLED}  =  $enabled =~ /^1.$/ ? 1 : 0;
                $antivirus->{UPTODATE} = $uptodate =~ /^00$/ ? 1 : 0;
            }
        }
    with dec2hex from lib/GLPI/Agent/Tools.pm. A zero state, or one too short to match
    (below 0x100), decodes to (None, None) – "unknown", as glpi-agent leaves it unset.
    """
    if not state:
        return None, None
    hex_text = "0x%x" % (state & 0xFFFFFFFFFFFFFFFF)  # Perl prints negatives as 64-bit
    match = re.search(r"(.{2})(.{2})$", hex_text)
    if match is None:
        return None, None
    return re.match(r"^1.$", match[1]) is not None, match[2] == "00"


def parse_antivirus_products(json_text: str) -> list[DetectedAntivirus]:
    """``Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct`` JSON.

    Accepts one object or a list and ``productState`` as number or string; drops repeats
    of the same name and version, as glpi-agent's ``$seen`` check does.
    """
    products: list[DetectedAntivirus] = []
    seen: set[tuple[str, str]] = set()
    for item in parse_cim_json(json_text):
        name = clean_text(item.get("displayName"))
        if not name:
            continue
        state = _as_int(item.get("productState"))
        enabled, up_to_date = decode_product_state(state) if state is not None else (None, None)
        if state is None:  # the pre-Vista SecurityCenter shape, read as glpi-agent does
            if isinstance(item.get("onAccessScanningEnabled"), bool):
                enabled = item["onAccessScanningEnabled"]
            if isinstance(item.get("productUptoDate"), bool):
                up_to_date = item["productUptoDate"]
        version = clean_text(item.get("versionNumber"))
        if (name, version) in seen:
            continue
        seen.add((name, version))
        products.append(DetectedAntivirus(
            display_name=name, product_state=state, enabled=enabled, up_to_date=up_to_date,
            version=version, source="wmi",
        ))
    return products


def parse_computer_system(json_text: str) -> dict[str, Any]:
    """Win32_ComputerSystem → hostname, brand, model, ram_gb, pc_system_type (2 = mobile)."""
    items = parse_cim_json(json_text)
    if not items:
        return {}
    item = items[0]
    return {
        "hostname": clean_text(item.get("DNSHostName")) or clean_text(item.get("Name")),
        "brand": clean_text(item.get("Manufacturer")),
        "model": clean_text(item.get("Model")),
        "ram_gb": bytes_to_gib(item.get("TotalPhysicalMemory")),
        "pc_system_type": _as_int(item.get("PCSystemType")),
    }


def parse_operating_system(json_text: str) -> dict[str, Any]:
    """Win32_OperatingSystem → os_name (Caption), os_version (Version, else the build),
    is_server (ProductType 2 = domain controller, 3 = server)."""
    items = parse_cim_json(json_text)
    if not items:
        return {}
    item = items[0]
    version = clean_text(item.get("Version"))
    build = clean_text(item.get("BuildNumber"))
    if not version and build:
        version = f"build {build}"
    return {
        "os_name": clean_text(item.get("Caption")),
        "os_version": version,
        "is_server": _as_int(item.get("ProductType")) in (2, 3),
    }


def parse_processor(json_text: str) -> str:
    """Win32_Processor → the first CPU's Name (one entry per socket)."""
    for item in parse_cim_json(json_text):
        name = clean_text(item.get("Name"))
        if name:
            return name
    return ""


def parse_logical_disk(json_text: str) -> float | None:
    """Win32_LogicalDisk (filtered to the system drive) → Size in GiB."""
    for item in parse_cim_json(json_text):
        size = bytes_to_gib(item.get("Size"))
        if size is not None:
            return size
    return None


def _first_ipv4(addresses: list[Any]) -> str:
    for address in addresses:
        try:
            ip = ipaddress.ip_address(str(address).strip())
        except ValueError:
            continue
        if ip.version == 4 and not (ip.is_loopback or ip.is_link_local or ip.is_unspecified):
            return str(ip)
    return ""


def parse_network_adapters(json_text: str) -> tuple[str, str]:
    """Win32_NetworkAdapterConfiguration (IPEnabled) → (primary IPv4, its MAC).

    Primary = an adapter with a default gateway (lowest IPConnectionMetric first), else the
    first adapter with a usable IPv4 address. Returns ("", "") when there is none.
    """
    candidates: list[tuple[int, int, int, str, str]] = []
    for index, item in enumerate(parse_cim_json(json_text)):
        ip = _first_ipv4(_as_list(item.get("IPAddress")))
        if not ip:
            continue
        has_gateway = bool(_first_ipv4(_as_list(item.get("DefaultIPGateway"))))
        metric = _as_int(item.get("IPConnectionMetric"))
        mac = clean_text(item.get("MACAddress"))
        rank = (0 if has_gateway else 1, metric if metric is not None else 9999, index)
        candidates.append((*rank, ip, mac))
    if not candidates:
        return "", ""
    best = min(candidates)
    return best[3], best[4]


def parse_bios(json_text: str) -> str | None:
    """Win32_BIOS → SerialNumber, or None for blanks and firmware placeholders."""
    for item in parse_cim_json(json_text):
        serial = clean_text(item.get("SerialNumber"))
        if serial:
            return serial
    return None


def parse_enclosure(json_text: str) -> list[int]:
    """Win32_SystemEnclosure → ChassisTypes codes of every enclosure."""
    types: list[int] = []
    for item in parse_cim_json(json_text):
        codes = (_as_int(v) for v in _as_list(item.get("ChassisTypes")))
        types.extend(t for t in codes if t is not None)
    return types


def parse_battery(json_text: str) -> bool:
    """Win32_Battery → True when at least one battery instance exists."""
    return bool(parse_cim_json(json_text))


# --------------------------------------------------------------------------- reg query

_REG_LINE = re.compile(r"^\s+(.+?)\s{2,}(REG_[A-Z_0-9]+)(?:\s{2,}(.*))?$")


def parse_reg_query(text: str) -> dict[str, str]:
    """``reg query <key>`` output → {value name: data} for the values directly under the key.

    Lines look like ``    ProductName    REG_SZ    ESET Endpoint Antivirus`` (four-space
    separators); subkey sections (a new ``HKEY_…`` header after a blank line) are skipped,
    and ``(Default)`` names are kept as printed.
    """
    values: dict[str, str] = {}
    section = 0
    for raw in (text or "").lstrip("\ufeff").splitlines():
        line = raw.rstrip("\r\n")
        if line.strip().upper().startswith("HKEY_"):
            section += 1
            continue
        if section > 1:
            break
        match = _REG_LINE.match(line)
        if match:
            values[match[1].strip()] = (match[3] or "").strip()
    return values


def eset_from_registry(values: dict[str, str]) -> DetectedAntivirus | None:
    """``HKLM\\SOFTWARE\\ESET\\ESET Security\\CurrentVersion\\Info`` values → an antivirus entry
    (the fields glpi-agent's _setESETInfos reads: ProductName, ProductVersion, ScannerVersion)."""
    name = clean_text(values.get("ProductName"))
    if not name:
        return None
    return DetectedAntivirus(
        display_name=name, version=clean_text(values.get("ProductVersion")),
        source="eset-registry", signature_version=clean_text(values.get("ScannerVersion")),
    )
