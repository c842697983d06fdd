"""The headless CLI, run as a user would: a real child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_selftest_passes_on_a_fresh_folder(tmp_path: Path) -> None:
    result = run_main("--data-dir", str(tmp_path / "office"), "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ฟอนต์ Laksaman.ttf: ใช้ได้" in result.stdout
    assert "integrity_check): ok" in result.stdout
    assert "ผลรวม: ผ่านทั้งหมด" in result.stdout


def test_selftest_reports_an_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_main("--data-dir", str(blocker / "office"), "selftest")
    assert result.returncode == 1
    assert "[ไม่ผ่าน] ฐานข้อมูล: สร้างโฟลเดอร์ข้อมูล" in result.stdout


def test_env_variable_selects_the_data_folder(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CDDESK_DATA_DIR=str(tmp_path / "env-office"))
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "selftest"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "env-office" / "cddesk.sqlite3").is_file()


def test_rubric_check_accepts_shipped_files_and_names_the_broken_line(tmp_path: Path) -> None:
    shipped = sorted(str(p) for p in (ROOT / "scoring" / "rubrics").glob("*.toml"))
    result = run_main("rubric", "check", *shipped)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": ถูกต้อง") == len(shipped) >= 4

    text = (ROOT / "scoring" / "rubrics" / "digital40_fy2568.toml").read_text(encoding="utf-8")
    broken = tmp_path / "digital40_fy2568.toml"
    lines = text.splitlines()
    line_no = next(i for i, line in enumerate(lines, start=1) if line.strip().startswith("["))
    lines.insert(line_no, "this is = = not toml")
    broken.write_text("\n".join(lines), encoding="utf-8")
    result = run_main("rubric", "check", str(broken))
    assert result.returncode == 1
    assert f"บรรทัด {line_no + 1}" in result.stdout
