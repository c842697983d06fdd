"""The desktop build: the selftest the frozen program runs in CI (here from source), and
what ``build.spec`` puts in the bundle (the spec run against stand-ins for PyInstaller, so
this needs no build; ``bash scripts/build.sh`` and ``.ci/run`` do the real one)."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=180)


# --- selftest --------------------------------------------------------------------------------

def test_selftest_loads_every_rubric_and_reads_back_a_thai_pdf(tmp_path: Path) -> None:
    result = run_main("--data-dir", str(tmp_path / "office"), "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for rubric in sorted(p.stem for p in (ROOT / "scoring" / "rubrics").glob("*.toml")):
        assert any(line.startswith(f"[ผ่าน] เกณฑ์ {rubric}: อ่านได้") for line in lines), result.stdout
    assert any(line.startswith("[ผ่าน] พิมพ์ PDF ภาษาไทย") and "ข้อความตรงทุกคำ" in line for line in lines), result.stdout
    assert any(line.startswith("[ผ่าน] ฟอนต์ฝังอยู่ใน PDF") for line in lines), result.stdout
    assert "[ผ่าน] ฐานข้อมูล" in result.stdout  # migrations ran on the fresh folder
    assert lines[-1] == "ผลรวม: ผ่านทั้งหมด"


def test_rubric_check_names_a_broken_rubric_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import scoring.schema
    from cddesk import cli

    good = (ROOT / "scoring" / "rubrics" / "digital40_fy2568.toml").read_text(encoding="utf-8")
    (tmp_path / "digital40_fy2568.toml").write_text(good, encoding="utf-8")
    (tmp_path / "selftest_broken_fy2599.toml").write_text("this is = = not toml\n", encoding="utf-8")
    monkeypatch.setattr(scoring.schema, "RUBRICS_DIR", tmp_path)
    results = cli._check_rubrics()
    assert [ok for ok, _ in results] == [True, False]
    assert results[1][1].startswith("เกณฑ์ selftest_broken_fy2599: อ่านไม่ได้ — บรรทัด 1")

    monkeypatch.setattr(scoring.schema, "RUBRICS_DIR", tmp_path / "gone")
    [(ok, line)] = cli._check_rubrics()
    assert not ok and line.startswith("ไม่พบไฟล์เกณฑ์การประเมินใน")


def test_pdf_check_fails_when_the_thai_does_not_read_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from cddesk import cli

    # shaped glyphs without /ActualText read back as private-use code points
    monkeypatch.setattr(cli, "_pdf_text", lambda path: "ผ\uf70bใหญ\uf70aบ\uf70aาน")
    results = cli._check_pdf()
    assert results[0][0] is False
    assert "ไม่พบคำ ผู้ใหญ่บ้าน" in results[0][1]
    assert results[1][0] is True  # the fonts are still embedded


# --- build.spec ------------------------------------------------------------------------------

class _Analysis:
    """Stands in for PyInstaller's Analysis: records the arguments and returns what the
    hooks would collect, so the spec's filters can be checked."""

    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.scripts = scripts
        self.pure: list[Any] = []
        site = "/venv/lib/python3.11/site-packages"
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", f"{site}/PySide6/Qt/plugins/platforms/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", f"{site}/PySide6/Qt/plugins/platforms/libqoffscreen.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland.so", f"{site}/PySide6/Qt/plugins/platforms/libqwayland.so", "BINARY"),
            ("PySide6/plugins/platforms/qwindows.dll", f"{site}/PySide6/plugins/platforms/qwindows.dll", "BINARY"),
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", f"{site}/PySide6/Qt/plugins/platformthemes/libqgtk3.so", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqjpeg.so", f"{site}/PySide6/Qt/plugins/imageformats/libqjpeg.so", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqpdf.so", f"{site}/PySide6/Qt/plugins/imageformats/libqpdf.so", "BINARY"),
            ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", f"{site}/PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "BINARY"),
            ("PySide6/Qt/lib/libQt6Widgets.so.6", f"{site}/PySide6/Qt/lib/libQt6Widgets.so.6", "BINARY"),
            ("PySide6/Qt/lib/libQt6Quick.so.6", f"{site}/PySide6/Qt/lib/libQt6Quick.so.6", "BINARY"),
            ("PySide6/Qt/lib/libQt6Pdf.so.6", f"{site}/PySide6/Qt/lib/libQt6Pdf.so.6", "BINARY"),
            ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"),
            ("libcairo.so.2", "/usr/lib/x86_64-linux-gnu/libcairo.so.2", "BINARY"),
            ("libthai.so.0", "/usr/lib/x86_64-linux-gnu/libthai.so.0", "BINARY"),
        ]
        self.datas = [(f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs["datas"]] + [
            ("pythainlp/corpus/words_th.txt", f"{site}/pythainlp/corpus/words_th.txt", "DATA"),
            ("pythainlp/corpus/stopwords_th.txt", f"{site}/pythainlp/corpus/stopwords_th.txt", "DATA"),
            ("pythainlp/corpus/wordnet_th.db", f"{site}/pythainlp/corpus/wordnet_th.db", "DATA"),
            ("pythainlp/corpus/thai2rom_decoder.onnx", f"{site}/pythainlp/corpus/thai2rom_decoder.onnx", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", f"{site}/PySide6/Qt/translations/qtbase_de.qm", "DATA"),
        ]


class _Target:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """build.spec run as PyInstaller runs it, with stand-ins for its classes."""
    links = {"libqxcb.so": [("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6")]}
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path, search_paths=None: links.get(Path(path).name, [])  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, sys.modules.get(name) or types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "path", list(sys.path))
    namespace: dict[str, Any] = {
        "__name__": "__main__", "__file__": str(ROOT / "build.spec"), "SPECPATH": str(ROOT),
        "workpath": str(tmp_path / "work"), "Analysis": _Analysis, "PYZ": _Target, "EXE": _Target,
        "COLLECT": _Target,
    }
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace)
    return namespace


def test_spec_names_the_program_from_the_package(spec: dict[str, Any]) -> None:
    import cddesk

    assert spec["exe"].kwargs["name"] == spec["coll"].kwargs["name"] == "CDDesk"
    assert spec["VERSION"] == cddesk.__version__


def test_spec_bundles_every_resource(spec: dict[str, Any]) -> None:
    datas = {(Path(src).relative_to(ROOT).as_posix() if Path(src).is_relative_to(ROOT) else Path(src).name, dest)
             for src, dest in spec["a"].kwargs["datas"]}
    for font in (ROOT / "fonts").glob("*.ttf"):
        assert (f"fonts/{font.name}", "fonts") in datas
    for rubric in (ROOT / "scoring" / "rubrics").glob("*.toml"):
        assert (f"scoring/rubrics/{rubric.name}", "scoring/rubrics") in datas
    assert ("models/migrations/env.py", "models/migrations") in datas
    assert ("models/migrations/script.py.mako", "models/migrations") in datas
    for revision in (ROOT / "models" / "migrations" / "versions").glob("*.py"):
        assert (f"models/migrations/versions/{revision.name}", "models/migrations/versions") in datas
    assert ("resources/translations/cddesk_en.qm", "resources/translations") in datas
    geothai = {Path(src).name for src, dest in spec["a"].kwargs["datas"] if dest == "geothai/_data"}
    assert {"provinces.json", "districts.json", "subdistricts.json"} <= geothai

    hidden = spec["a"].kwargs["hiddenimports"]
    for module in ("cddesk.reports.scores", "cddesk.reports.registers", "cddesk.reports.activities",
                   "ui.main_window", "alembic.op", "alembic.context", "sqlalchemy"):
        assert module in hidden
    assert not any("migrations" in m for m in hidden)


def test_spec_leaves_out_unused_qt_and_corpora(spec: dict[str, Any]) -> None:
    a = spec["a"]
    binaries = {dest for dest, _, _ in a.binaries}
    assert binaries == {
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libX11.so.6",  # linked by the xcb plugin
        "libthai.so.0",  # opened by Qt at run time for Thai line breaks
    }
    datas = {dest for dest, _, _ in a.datas}
    assert {"pythainlp/corpus/words_th.txt", "pythainlp/corpus/stopwords_th.txt"} <= datas
    assert not any(d.startswith("pythainlp/") and d not in spec["PYTHAINLP_KEEP"] for d in datas)
    assert not any("translations/qtbase" in d for d in datas)
    excludes = a.kwargs["excludes"]
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtMultimedia",
            "PySide6.Qt3DCore", "tkinter"} <= set(excludes)
    assert "PySide6.QtNetwork" not in excludes  # QLocalServer keeps one window per data folder


def test_spec_runtime_hook_keeps_pythainlp_read_only(spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    [hook] = spec["a"].kwargs["runtime_hooks"]
    code = compile(Path(hook).read_text(encoding="utf-8"), hook, "exec")
    for key in ("PYTHAINLP_DATA", "PYTHAINLP_DATA_DIR", "PYTHAINLP_READ_ONLY", "PYTHAINLP_READ_MODE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", os.path.join(os.sep, "opt", "CDDesk", "_internal"), raising=False)
    exec(code, {"__name__": "__main__"})
    assert os.environ["PYTHAINLP_READ_ONLY"] == "1"
    assert os.environ["PYTHAINLP_DATA"] == os.path.join(os.sep, "opt", "CDDesk", "_internal", "pythainlp-data")

    monkeypatch.setenv("PYTHAINLP_DATA", "/elsewhere")  # what the user set wins
    monkeypatch.setenv("PYTHAINLP_READ_ONLY", "0")
    exec(code, {"__name__": "__main__"})
    assert (os.environ["PYTHAINLP_DATA"], os.environ["PYTHAINLP_READ_ONLY"]) == ("/elsewhere", "0")
