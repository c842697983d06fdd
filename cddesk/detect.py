"""Detect this computer: one call fills a new computer record from the PC CD Desk runs on.

``detect_this_computer()`` reads what the machine says about itself and returns a
:class:`DetectedComputer`; ``as_computer_fields()`` gives the values for a new
``Computer`` row, for the officer to check and complete (asset number, location …).

* Windows: PowerShell ``Get-CimInstance … | ConvertTo-Json`` for Win32_ComputerSystem,
  Win32_OperatingSystem, Win32_Processor, the system drive's Win32_LogicalDisk,
  Win32_NetworkAdapterConfiguration, Win32_BIOS, Win32_SystemEnclosure, Win32_Battery and
  SecurityCenter2 AntiVirusProduct, plus ESET's version from
  ``reg query HKLM\\SOFTWARE\\ESET\\ESET Security\\CurrentVersion\\Info``. Every command has
  a 10 s timeout and goes through an injectable *runner* (argv list → stdout text), so
  tests replay recorded outputs. The parsers live in ``cddesk.detect_windows``.
* Linux: ``/proc/cpuinfo``, ``/proc/meminfo``, ``/etc/os-release``, ``shutil.disk_usage("/")``,
  ``/proc/net/route`` + ``/sys/class/net/*/address``, ``/sys/class/dmi/id/*`` and
  ``/sys/class/power_supply``.
* IP address: a UDP socket "connected" to the TEST-NET address 192.0.2.1 tells which local
  address the default route would use; UDP connect sends no packet. Fallback:
  ``gethostbyname(hostname)``. Nothing here ever sends network traffic.

Sizes are GiB rounded to 0.1 (what Windows Explorer and ``df -h`` call "GB"). Anything
that cannot be read becomes a Thai sentence in ``warnings``; detection never raises.
No Qt here.
"""

from __future__ import annotations

import platform
import shlex
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cddesk.detect_windows import (
    DetectedAntivirus,
    bytes_to_gib,
    clean_text,
    eset_from_registry,
    kind_from_chassis,
    parse_antivirus_products,
    parse_battery,
    parse_bios,
    parse_computer_system,
    parse_enclosure,
    parse_logical_disk,
    parse_network_adapters,
    parse_operating_system,
    parse_processor,
    parse_reg_query,
)
from cddesk.validation import normalise_mac

Runner = Callable[[list[str]], str]
TIMEOUT_SECONDS = 10
COMPUTER_FIELDS = (
    "hostname", "os_name", "os_version", "cpu", "ram_gb", "disk_gb",
    "mac_address", "ip_address", "kind", "brand", "model", "serial_number",
)
_TEST_NET = ("192.0.2.1", 9)  # RFC 5737 documentation address; UDP connect sends nothing


@dataclass
class DetectedComputer:
    hostname: str = ""
    os_name: str = ""
    os_version: str = ""
    cpu: str = ""
    ram_gb: float | None = None
    disk_gb: float | None = None
    mac_address: str = ""
    ip_address: str = ""
    kind: str = "desktop"  # desktop / notebook / server / other
    brand: str = ""
    model: str = ""
    serial_number: str | None = None
    antivirus: list[DetectedAntivirus] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_computer_fields(self) -> dict[str, Any]:
        """Values for the ``Computer`` columns of the same names (``kind`` as ComputerKind)."""
        from models import ComputerKind

        values: dict[str, Any] = {name: getattr(self, name) for name in COMPUTER_FIELDS}
        try:
            values["kind"] = ComputerKind(self.kind)
        except ValueError:
            values["kind"] = ComputerKind.OTHER
        return values


# --------------------------------------------------------------------------- commands


def _decode(data: bytes) -> str:
    """UTF-8 (PowerShell is told to print it) or else the console code page (reg.exe)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in ("oem", "mbcs", "cp874"):  # "oem"/"mbcs" exist on Windows only
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def run_command(argv: list[str]) -> str:
    """The real runner: stdout of *argv*; raises on a start failure, timeout or exit code ≠ 0."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    done = subprocess.run(argv, capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
                          stdin=subprocess.DEVNULL, creationflags=flags)
    if done.returncode != 0:
        detail = _decode(done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(f"exit {done.returncode}: {detail[0] if detail else ''}")
    return _decode(done.stdout)


def _powershell(script: str) -> list[str]:
    prefix = "[Console]::OutputEncoding=[Text.Encoding]::UTF8; $ErrorActionPreference='Stop'; "
    return ["powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
            "-Command", prefix + script]


def _cim(cls: str, props: str, extra: str = "") -> list[str]:
    return _powershell(
        f"Get-CimInstance -ClassName {cls}{extra} | Select-Object {props} | ConvertTo-Json")


ESET_INFO_KEY = r"HKLM\SOFTWARE\ESET\ESET Security\CurrentVersion\Info"
WINDOWS_PROBES: dict[str, list[str]] = {
    "computer_system": _cim("Win32_ComputerSystem",
                            "Name,DNSHostName,Manufacturer,Model,TotalPhysicalMemory,PCSystemType"),
    "operating_system": _cim("Win32_OperatingSystem", "Caption,Version,BuildNumber,ProductType"),
    "processor": _cim("Win32_Processor", "Name"),
    "logical_disk": _cim("Win32_LogicalDisk", "DeviceID,Size",
                         " -Filter \"DeviceID='$env:SystemDrive'\""),
    "network": _cim("Win32_NetworkAdapterConfiguration",
                    "Description,MACAddress,IPAddress,DefaultIPGateway,IPConnectionMetric",
                    " -Filter 'IPEnabled=TRUE'"),
    "bios": _cim("Win32_BIOS", "SerialNumber"),
    "enclosure": _cim("Win32_SystemEnclosure", "ChassisTypes"),
    "battery": _cim("Win32_Battery", "Name"),
    "antivirus": _powershell(
        "Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct"
        " | Select-Object displayName,instanceGuid,productState,timestamp | ConvertTo-Json"),
    "eset": ["reg", "query", ESET_INFO_KEY],
}

# What each probe reads, for the Thai warning when it fails.
_WINDOWS_WHAT = {
    "computer_system": "ชื่อเครื่อง ยี่ห้อ รุ่น และขนาด RAM",
    "operating_system": "ชื่อและรุ่นของ Windows",
    "processor": "ชื่อรุ่น CPU",
    "logical_disk": "ขนาดไดรฟ์ระบบ (C:)",
    "network": "IP address และ MAC address",
    "bios": "หมายเลขเครื่อง (S/N) จาก BIOS",
    "enclosure": "ประเภทตัวเครื่อง (ตั้งโต๊ะ/โน้ตบุ๊ก)",
    "battery": "ข้อมูลแบตเตอรี่",
    "antivirus": "รายการโปรแกรมป้องกันไวรัสจาก Windows Security Center"
                 " (Windows Server ไม่มีส่วนนี้)",
    "eset": "รุ่นของ ESET จากรีจิสทรี",
}


def _warn(what: str, exc: BaseException | None = None) -> str:
    reason = f" ({type(exc).__name__}: {str(exc)[:120]})" if exc is not None else ""
    gap = " " if what[-1:].isascii() else ""  # "อ่าน IP address ไม่ได้", "อ่านขนาด RAM ไม่ได้"
    return f"อ่าน{what}{gap}ไม่ได้{reason} — กรุณาตรวจและกรอกเอง"


# --------------------------------------------------------------------------- shared probes


def _primary_ipv4(hostname: str) -> str:
    """The local IPv4 the default route would use, without sending any packet."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect(_TEST_NET)
            address = str(sock.getsockname()[0])
        if address and not address.startswith(("127.", "0.")):
            return address
    except OSError:
        pass
    try:
        address = socket.gethostbyname(hostname or socket.gethostname())
        return "" if address.startswith("127.") else address
    except OSError:
        return ""


def _mac(value: str) -> str:
    try:
        mac = normalise_mac(value) if value else ""
    except ValueError:
        return ""
    return "" if mac == "00:00:00:00:00:00" else mac


def _finish(result: DetectedComputer) -> DetectedComputer:
    result.mac_address = _mac(result.mac_address)
    if not result.ip_address:
        result.warnings.append(_warn("IP address"))
    if not result.serial_number:
        result.serial_number = None
        result.warnings.append("ไม่พบหมายเลขเครื่อง (S/N) — ดูจากสติกเกอร์ที่ตัวเครื่องแล้วกรอกเอง")
    return result


# --------------------------------------------------------------------------- Windows


def _detect_windows(runner: Runner) -> DetectedComputer:
    result = DetectedComputer()
    out: dict[str, Any] = {}
    parsers: dict[str, Callable[[str], Any]] = {
        "computer_system": parse_computer_system, "operating_system": parse_operating_system,
        "processor": parse_processor, "logical_disk": parse_logical_disk,
        "network": parse_network_adapters, "bios": parse_bios, "enclosure": parse_enclosure,
        "battery": parse_battery, "antivirus": parse_antivirus_products, "eset": parse_reg_query,
    }
    eset_error: Exception | None = None
    for name, parse in parsers.items():
        try:
            out[name] = parse(runner(list(WINDOWS_PROBES[name])))
        except Exception as exc:  # noqa: BLE001 - every probe failure becomes a warning
            if name == "eset":
                eset_error = exc  # usually "ESET not installed"; judged below
            else:
                result.warnings.append(_warn(_WINDOWS_WHAT[name], exc))

    system = out.get("computer_system") or {}
    os_info = out.get("operating_system") or {}
    result.hostname = system.get("hostname") or socket.gethostname()
    result.brand, result.model = system.get("brand", ""), system.get("model", "")
    result.ram_gb = system.get("ram_gb")
    result.os_name, result.os_version = os_info.get("os_name", ""), os_info.get("os_version", "")
    result.cpu = out.get("processor") or ""
    result.disk_gb = out.get("logical_disk")
    result.ip_address, result.mac_address = out.get("network") or ("", "")
    if not result.ip_address:
        result.ip_address = _primary_ipv4(result.hostname)
    result.serial_number = out.get("bios")
    result.kind = kind_from_chassis(
        out.get("enclosure") or [],
        has_battery=bool(out.get("battery")) or system.get("pc_system_type") == 2,
        is_server_os=bool(os_info.get("is_server")),
    )
    result.antivirus = list(out.get("antivirus") or [])
    eset = eset_from_registry(out["eset"]) if "eset" in out else None
    wmi_eset = next((av for av in result.antivirus if "eset" in av.display_name.casefold()), None)
    if eset is not None and wmi_eset is not None:
        # As glpi-agent's _setESETInfos: registry name wins, version only fills a gap.
        wmi_eset.display_name = eset.display_name
        wmi_eset.version = wmi_eset.version or eset.version
        wmi_eset.signature_version = eset.signature_version
    elif eset is not None:
        result.antivirus.append(eset)  # e.g. Windows Server, which has no SecurityCenter2
    elif eset_error is not None and wmi_eset is not None:
        result.warnings.append(_warn(_WINDOWS_WHAT["eset"], eset_error))
    for what, value in (("ชื่อรุ่น CPU", result.cpu), ("ขนาด RAM", result.ram_gb),
                        ("ขนาดไดรฟ์ระบบ", result.disk_gb), ("MAC address", result.mac_address)):
        if not value and not any(what in w for w in result.warnings):
            result.warnings.append(_warn(what))
    return _finish(result)


# --------------------------------------------------------------------------- Linux


def parse_os_release(text: str) -> dict[str, str]:
    """``/etc/os-release`` (shell-style KEY="value" lines) → dict."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, raw = line.partition("=")
        try:
            parts = shlex.split(raw)
        except ValueError:
            parts = [raw.strip("\"'")]
        values[key.strip()] = parts[0] if parts else ""
    return values


def parse_cpuinfo(text: str) -> str:
    """``/proc/cpuinfo`` → the first CPU's model name ("" when the kernel gives none)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() not in fields:
            fields[key.strip().lower()] = " ".join(value.split())
    for key in ("model name", "cpu model", "processor", "cpu"):
        value = clean_text(fields.get(key))
        if value and not value.isdigit():  # x86 "processor : 0" is an index, not a name
            return value
    return ""


def parse_meminfo(text: str) -> float | None:
    """``/proc/meminfo`` MemTotal (kB) → GiB."""
    for line in text.splitlines():
        if line.startswith("MemTotal:"):
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                return bytes_to_gib(int(parts[1]) * 1024)
    return None


def parse_default_route(text: str) -> str:
    """``/proc/net/route`` → interface of the default route with the lowest metric, or ""."""
    best: tuple[int, str] | None = None
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 7 and cols[1] == "00000000":
            try:
                up, metric = int(cols[3], 16) & 1, int(cols[6])
            except ValueError:
                continue
            if up and (best is None or metric < best[0]):
                best = (metric, cols[0])
    return best[1] if best else ""


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None


def _linux_mac(root: Path) -> str:
    net = root / "sys/class/net"
    iface = parse_default_route(_read(root / "proc/net/route") or "")
    if iface and (mac := _mac(_read(net / iface / "address") or "")):
        return mac
    try:  # no default route: first physical interface (has a "device" link)
        names = sorted(p.name for p in net.iterdir() if p.name != "lo")
    except OSError:
        return ""
    for name in sorted(names, key=lambda n: not (net / n / "device").exists()):
        if mac := _mac(_read(net / name / "address") or ""):
            return mac
    return ""


def detect_linux(root: Path = Path("/")) -> DetectedComputer:
    """Linux detection; *root* lets tests point it at a folder of recorded /proc, /sys files."""
    result = DetectedComputer(hostname=socket.gethostname())
    os_text = _read(root / "etc/os-release") or _read(root / "usr/lib/os-release") or ""
    os_release = parse_os_release(os_text)
    result.os_name = os_release.get("NAME") or platform.system()
    result.os_version = (os_release.get("VERSION") or os_release.get("VERSION_ID")
                         or platform.release())
    if not os_release:
        result.warnings.append(_warn("ชื่อระบบปฏิบัติการจาก /etc/os-release"))
    result.cpu = parse_cpuinfo(_read(root / "proc/cpuinfo") or "")
    if not result.cpu:
        result.warnings.append(_warn("ชื่อรุ่น CPU"))
    result.ram_gb = parse_meminfo(_read(root / "proc/meminfo") or "")
    if result.ram_gb is None:
        result.warnings.append(_warn("ขนาด RAM"))
    try:
        result.disk_gb = bytes_to_gib(shutil.disk_usage(root).total)
    except OSError as exc:
        result.warnings.append(_warn("ขนาดดิสก์ระบบ", exc))
    result.mac_address = _linux_mac(root)
    if not result.mac_address:
        result.warnings.append(_warn("MAC address"))
    result.ip_address = _primary_ipv4(result.hostname)
    dmi = root / "sys/class/dmi/id"
    result.brand = clean_text(_read(dmi / "sys_vendor"))
    result.model = clean_text(_read(dmi / "product_name"))
    result.serial_number = clean_text(_read(dmi / "product_serial")) or None
    if not result.brand and not result.model:
        result.warnings.append("อ่านยี่ห้อและรุ่นไม่ได้ (เครื่องเสมือน หรือไม่มี /sys/class/dmi)"
                               " — กรุณาตรวจและกรอกเอง")
    chassis = _read(dmi / "chassis_type") or ""
    supplies = root / "sys/class/power_supply"  # scope "Device" = a mouse or pen battery
    has_battery = supplies.is_dir() and any(
        _read(s / "type") == "Battery" and _read(s / "scope") != "Device"
        for s in supplies.iterdir())
    chassis_types = [int(chassis)] if chassis.isdigit() else []
    result.kind = kind_from_chassis(chassis_types, has_battery=has_battery)
    return _finish(result)


# --------------------------------------------------------------------------- entry point


def detect_this_computer(runner: Runner | None = None, *,
                         platform_name: str | None = None) -> DetectedComputer:
    """Describe the PC this runs on. Never raises: what cannot be read is in ``warnings``.

    *runner* (argv → stdout) replaces the real command runner on Windows; *platform_name*
    ("Windows"/"Linux") overrides ``platform.system()`` so tests can replay Windows output.
    """
    system = platform_name or platform.system()
    try:
        if system == "Windows":
            return _detect_windows(runner or run_command)
        return detect_linux()
    except Exception as exc:  # noqa: BLE001 - a bug here must not stop the officer typing
        return DetectedComputer(hostname=socket.gethostname(),
                                warnings=[_warn("ข้อมูลเครื่อง", exc)])
