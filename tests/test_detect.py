"""Detect this computer: parsers fed real recorded outputs (see tests/data/detect/README.md),
a replayed Windows run through an injected runner, and a live run on this Linux machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cddesk.detect import (
    COMPUTER_FIELDS,
    WINDOWS_PROBES,
    DetectedComputer,
    detect_linux,
    detect_this_computer,
    parse_cpuinfo,
    parse_default_route,
    parse_meminfo,
    parse_os_release,
)
from cddesk.detect_windows import (
    DetectedAntivirus,
    decode_product_state,
    eset_from_registry,
    kind_from_chassis,
    parse_antivirus_products,
    parse_battery,
    parse_bios,
    parse_cim_json,
    parse_computer_system,
    parse_enclosure,
    parse_logical_disk,
    parse_network_adapters,
    parse_operating_system,
    parse_processor,
    parse_reg_query,
)
from cddesk.services.computers import ComputerData, check_computer_fields
from cddesk.validation import Problems
from models import Computer, ComputerKind

DATA = Path(__file__).parent / "data" / "detect"
WIN = DATA / "windows"
LINUX = DATA / "linux-debian12-vm"


def win(name: str) -> str:
    return (WIN / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- productState


@pytest.mark.parametrize(
    ("state", "expected", "source"),
    [
        (266240, (True, True), "neophob: active + dat_files_up_todate; Pareto: AVG active"),
        (266256, (True, False), "neophob: ANTIVIRUS + active + dat_files_NOT_up_todate"),
        (397312, (True, True), "neophob: ANTIVIRUS + AUTOUPDATE + active + up to date"),
        (393472, (False, True), "Pareto real-world: Windows Defender disabled"),
        (397568, (True, True), "Idera PowerTip live Defender state"),
        (262144, (False, True), "Get-AntiVirus.ps1: Up to date / Disabled"),
        (397584, (True, False), "Get-AntiVirus.ps1: Out of date / Enabled"),
    ],
)
def test_decode_product_state_real_values(
    state: int, expected: tuple[bool, bool], source: str
) -> None:
    assert decode_product_state(state) == expected, source


def test_decode_product_state_follows_glpi_agent_quirks() -> None:
    # `if ($object->{productState})`: 0 is never decoded.
    assert decode_product_state(0) == (None, None)
    # "0x1" has fewer than four characters, so /(.{2})(.{2})$/ does not match.
    assert decode_product_state(1) == (None, None)
    # "0x10": enabled part is "0x" (not /^1.$/), up-to-date part "10" (not "00").
    assert decode_product_state(16) == (False, False)
    # Perl's sprintf("0x%x") of a negative number is its 64-bit two's complement.
    assert decode_product_state(-1) == (False, False)  # "0xffffffffffffffff"


# --------------------------------------------------------------------------- AntiVirusProduct


def test_parse_antivirus_products_list_real_world() -> None:
    products = parse_antivirus_products(win("pareto-SecurityCenter2-avg-defender.json"))
    assert products == [
        DetectedAntivirus("AVG Antivirus", 266240, True, True, "", "wmi"),
        DetectedAntivirus("Windows Defender", 393472, False, True, "", "wmi"),
    ]


def test_parse_antivirus_products_single_object() -> None:
    (defender,) = parse_antivirus_products(win("pareto-SecurityCenter2-defender-off.json"))
    assert (defender.display_name, defender.product_state) == ("Windows Defender", 393472)
    assert (defender.enabled, defender.up_to_date) == (False, True)


def test_parse_antivirus_products_numeric_state_bom_empty_and_duplicates() -> None:
    # Real PowerShell prints productState as a number and may lead with a BOM.
    recorded = json.loads(win("pareto-SecurityCenter2-avg-defender.json"))
    for item in recorded:
        item["productState"] = int(item["productState"])
    text = "\ufeff" + json.dumps(recorded + [recorded[1]], indent=4)
    products = parse_antivirus_products(text)
    assert [p.display_name for p in products] == ["AVG Antivirus", "Windows Defender"]
    assert products[0].enabled is True
    assert parse_antivirus_products("") == []
    assert parse_antivirus_products("  \r\n") == []
    with pytest.raises(ValueError):
        parse_antivirus_products("Get-CimInstance : Invalid namespace")


# --------------------------------------------------------------------------- Win32 classes


def test_parse_win32_classes_hp_firefly() -> None:
    assert parse_computer_system(win("hpfirefly16p-Win32_ComputerSystem.json")) == {
        "hostname": "hpFirefly16P",
        "brand": "HP",
        "model": "HP ZBook Firefly 16 inch G10 Mobile Workstation PC",
        "ram_gb": 63.2,  # 67,864,158,208 bytes
        "pc_system_type": 2,
    }
    assert parse_operating_system(win("hpfirefly16p-Win32_OperatingSystem.json")) == {
        "os_name": "Microsoft Windows 11 Pro",
        "os_version": "10.0.22621",
        "is_server": False,
    }
    cpu = parse_processor(win("hpfirefly16p-Win32_Processor.json"))
    assert cpu == "13th Gen Intel(R) Core(TM) i7-1370P"
    assert parse_bios(win("hpfirefly16p-Win32_BIOS.json")) == "5CG3281NM4"
    assert parse_battery(win("hpfirefly16p-Win32_Battery.json")) is True
    assert parse_battery("") is False


def test_parse_logical_disk_and_enclosure() -> None:
    assert parse_logical_disk(win("fusion-win7-sp1-x64-Win32_LogicalDisk.json")) == 59.9
    assert parse_logical_disk("") is None
    assert parse_enclosure(win("jaindb-Win32_SystemEnclosure.json")) == [3]
    assert kind_from_chassis([3]) == "desktop"


def test_parse_network_adapters_picks_gateway_adapter() -> None:
    assert parse_network_adapters(win("glpi-7-Win32_NetworkAdapterConfiguration.json")) == (
        "192.168.0.1", "F4:6D:04:97:2D:3E")
    ten = win("glpi-10-net-Win32_NetworkAdapterConfiguration.json")
    assert parse_network_adapters(ten) == ("192.168.0.2", "00:50:00:00:F3:6D")
    # The Hyper-V switch first in the list still loses: it has no default gateway.
    reversed_json = json.dumps(list(reversed(parse_cim_json(ten))))
    assert parse_network_adapters(reversed_json) == ("192.168.0.2", "00:50:00:00:F3:6D")
    assert parse_network_adapters("") == ("", "")


def test_placeholders_are_not_values() -> None:
    assert parse_bios('{"SerialNumber": "To Be Filled By O.E.M."}') is None
    assert parse_bios('{"SerialNumber": "  "}') is None
    assert parse_operating_system('{"Caption": "Microsoft Windows Server 2019 Standard", '
                                  '"BuildNumber": "17763", "ProductType": 3}') == {
        "os_name": "Microsoft Windows Server 2019 Standard",
        "os_version": "build 17763",
        "is_server": True,
    }


@pytest.mark.parametrize(
    ("chassis", "battery", "server_os", "kind"),
    [
        ([3], False, False, "desktop"),
        ([10], False, False, "notebook"),
        ([9], False, False, "notebook"),
        ([3], True, False, "notebook"),
        ([23], False, False, "server"),
        ([3], False, True, "server"),
        ([], False, False, "desktop"),
        ([1], False, False, "desktop"),
    ],
)
def test_kind_from_chassis(chassis: list[int], battery: bool, server_os: bool, kind: str) -> None:
    assert kind_from_chassis(chassis, has_battery=battery, is_server_os=server_os) == kind


# --------------------------------------------------------------------------- reg query


def test_parse_reg_query_real_outputs() -> None:
    assert parse_reg_query(win("arctic-reg-query-ProductName.txt")) == {
        "ProductName": "Windows Server 2008 R2 Standard"}
    build = parse_reg_query(win("arctic-reg-query-CurrentBuildNumber.txt"))
    assert build == {"CurrentBuildNumber": "7600"}


def test_parse_reg_query_eset_shape_and_subkeys() -> None:
    text = (WIN / "SYNTHETIC-eset-info-reg-query.txt").read_bytes().decode("utf-8")
    values = parse_reg_query(text)
    assert values["ProductName"] == "ESET Endpoint Antivirus"
    assert values["InstallDir"] == "C:\\Program Files\\ESET\\ESET Security\\"
    eset = eset_from_registry(values)
    assert eset is not None
    assert (eset.display_name, eset.version, eset.source) == (
        "ESET Endpoint Antivirus", "10.1.2050.0", "eset-registry")
    assert eset.signature_date is not None and eset.signature_date.isoformat() == "2023-10-26"
    subkey = "HKEY_LOCAL_MACHINE\\SOFTWARE\\ESET\\ESET Security\\CurrentVersion\\Info\\Sub"
    with_subkey = text + subkey + "\r\n"
    assert parse_reg_query(with_subkey) == values
    assert eset_from_registry({}) is None


# --------------------------------------------------------------------------- Windows replay


class Replay:
    """A runner that answers each WINDOWS_PROBES command with a recorded output."""

    def __init__(self, answers: dict[str, str | BaseException]) -> None:
        self.answers = answers
        self.calls: list[list[str]] = []

    def __call__(self, argv: list[str]) -> str:
        self.calls.append(argv)
        name = next(n for n, cmd in WINDOWS_PROBES.items() if cmd == argv)
        answer = self.answers.get(name, "")
        if isinstance(answer, BaseException):
            raise answer
        return answer


def recorded_windows() -> dict[str, str | BaseException]:
    return {
        "computer_system": win("hpfirefly16p-Win32_ComputerSystem.json"),
        "operating_system": win("hpfirefly16p-Win32_OperatingSystem.json"),
        "processor": win("hpfirefly16p-Win32_Processor.json"),
        "logical_disk": win("fusion-win7-sp1-x64-Win32_LogicalDisk.json"),
        "network": win("glpi-7-Win32_NetworkAdapterConfiguration.json"),
        "bios": win("hpfirefly16p-Win32_BIOS.json"),
        "enclosure": subprocess.TimeoutExpired(["powershell.exe"], 10),
        "battery": win("hpfirefly16p-Win32_Battery.json"),
        "antivirus": win("pareto-SecurityCenter2-avg-defender.json"),
        "eset": RuntimeError(
            "exit 1: ERROR: The system was unable to find the specified registry key or value."),
    }


def test_windows_replay_fills_every_field() -> None:
    runner = Replay(recorded_windows())
    result = detect_this_computer(runner, platform_name="Windows")
    assert result.as_computer_fields() == {
        "hostname": "hpFirefly16P",
        "os_name": "Microsoft Windows 11 Pro",
        "os_version": "10.0.22621",
        "cpu": "13th Gen Intel(R) Core(TM) i7-1370P", "ram_gb": 63.2, "disk_gb": 59.9,
        "mac_address": "F4:6D:04:97:2D:3E",
        "ip_address": "192.168.0.1",
        "kind": ComputerKind.NOTEBOOK,
        "brand": "HP", "model": "HP ZBook Firefly 16 inch G10 Mobile Workstation PC",
        "serial_number": "5CG3281NM4",
    }
    assert [(a.display_name, a.enabled, a.up_to_date) for a in result.antivirus] == [
        ("AVG Antivirus", True, True), ("Windows Defender", False, True)]
    # Only the enclosure probe failed; no ESET in Security Center, so a missing ESET key is silent.
    assert len(result.warnings) == 1
    assert "ประเภทตัวเครื่อง" in result.warnings[0] and "TimeoutExpired" in result.warnings[0]
    assert len(runner.calls) == len(WINDOWS_PROBES)
    assert all(call[0] in ("powershell.exe", "reg") for call in runner.calls)


def test_windows_eset_registry_enriches_or_adds() -> None:
    eset_text = (WIN / "SYNTHETIC-eset-info-reg-query.txt").read_bytes().decode("utf-8")
    no_center = RuntimeError("Invalid namespace")
    answers = recorded_windows() | {"eset": eset_text, "antivirus": no_center}
    result = detect_this_computer(Replay(answers), platform_name="Windows")  # e.g. Windows Server
    assert [(a.display_name, a.source, a.version) for a in result.antivirus] == [
        ("ESET Endpoint Antivirus", "eset-registry", "10.1.2050.0")]
    assert any("Windows Security Center" in w for w in result.warnings)

    wmi = json.dumps({"displayName": "ESET Security", "productState": 266240})
    answers = recorded_windows() | {"eset": eset_text, "antivirus": wmi}
    (eset,) = detect_this_computer(Replay(answers), platform_name="Windows").antivirus
    assert (eset.display_name, eset.source, eset.version, eset.enabled) == (
        "ESET Endpoint Antivirus", "wmi", "10.1.2050.0", True)
    assert eset.signature_version == "28123 (20231026)"

    answers = recorded_windows() | {"antivirus": wmi}  # ESET in WMI but its key unreadable
    result = detect_this_computer(Replay(answers), platform_name="Windows")
    assert any("ESET" in w for w in result.warnings)


def test_windows_every_probe_failing_never_raises() -> None:
    failures: dict[str, str | BaseException] = {
        name: subprocess.TimeoutExpired(["powershell.exe"], 10) for name in WINDOWS_PROBES}
    failures["processor"] = "not json {"
    result = detect_this_computer(Replay(failures), platform_name="Windows")
    assert isinstance(result, DetectedComputer)
    assert result.hostname  # falls back to socket.gethostname()
    assert (result.cpu, result.ram_gb, result.disk_gb) == ("", None, None)
    assert result.serial_number is None
    assert result.kind == "desktop" and result.antivirus == []
    assert len(result.warnings) >= 9
    assert all("ไม่" in w for w in result.warnings)  # Thai sentences


def test_detect_never_raises_even_on_a_bug() -> None:
    def broken(argv: list[str]) -> str:
        raise SystemError("bug")

    result = detect_this_computer(broken, platform_name="Windows")
    assert result.warnings


def test_run_command_stdout_errors_and_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    from cddesk import detect

    assert detect.run_command([sys.executable, "-c", "print('ทดสอบ')"]).strip() == "ทดสอบ"
    with pytest.raises(RuntimeError, match="exit 3: boom"):
        script = "import sys; sys.stderr.write('boom'); sys.exit(3)"
        detect.run_command([sys.executable, "-c", script])
    monkeypatch.setattr(detect, "TIMEOUT_SECONDS", 0.5)
    with pytest.raises(subprocess.TimeoutExpired):
        detect.run_command([sys.executable, "-c", "import time; time.sleep(5)"])


# --------------------------------------------------------------------------- Linux


def test_linux_parsers_on_recorded_files() -> None:
    os_release = parse_os_release((LINUX / "etc/os-release").read_text())
    assert (os_release["NAME"], os_release["VERSION"], os_release["ID"]) == (
        "Debian GNU/Linux", "12 (bookworm)", "debian")
    assert parse_cpuinfo((LINUX / "proc/cpuinfo").read_text()) == "AMD EPYC"
    assert parse_meminfo((LINUX / "proc/meminfo").read_text()) == 23.5  # 24,684,100 kB
    assert parse_default_route((LINUX / "proc/net/route").read_text()) == "eth0"
    assert parse_cpuinfo("processor\t: 0\nBogoMIPS\t: 38.40\n") == ""  # ARM without a name


def test_detect_linux_replays_recorded_tree() -> None:
    recorded = json.loads((LINUX / "recorded-run.json").read_text(encoding="utf-8"))["result"]
    result = detect_linux(LINUX)
    for name in ("os_name", "os_version", "cpu", "ram_gb", "mac_address", "kind", "brand",
                 "model", "serial_number", "warnings"):
        assert getattr(result, name) == recorded[name], name
    assert result.mac_address == "02:FC:00:00:00:01"


def test_computer_fields_match_the_model_and_validate() -> None:
    columns = {column.name for column in Computer.__table__.columns}
    assert set(COMPUTER_FIELDS) <= columns and len(COMPUTER_FIELDS) == 12
    detected = detect_this_computer(Replay(recorded_windows()), platform_name="Windows")
    fields = detected.as_computer_fields()
    assert tuple(fields) == COMPUTER_FIELDS
    problems = Problems()
    data = check_computer_fields(ComputerData(asset_number="7440-001-0001/68", **fields), problems)
    assert problems.fields == {}
    assert (data.mac_address, data.ip_address) == ("F4:6D:04:97:2D:3E", "192.168.0.1")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="live Linux run")
def test_live_run_on_this_machine() -> None:
    result = detect_this_computer()
    assert result.hostname
    assert result.cpu
    assert result.ram_gb is not None and result.ram_gb > 0
    assert result.disk_gb is not None and result.disk_gb > 0
    assert result.os_name
    assert result.kind in ("desktop", "notebook", "server", "other")
    assert set(result.as_computer_fields()) == set(COMPUTER_FIELDS)
    if result.ip_address:
        assert not result.ip_address.startswith("127.")
