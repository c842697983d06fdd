"""Benchmark: cold start of CD Desk to its main window shown and usable, against a bare
PySide6 window started the same way. Prints the times and the ratio from this one run
(machines are noisy; compare the ratio, not seconds). Run:

    .venv/bin/python tests/bench/bench_startup.py [--runs 7]

Goal (issue: speed): the ratio at most 1.5.

How: each start is a fresh ``python child.py`` process (the same interpreter, environment,
working folder and QT_QPA_PLATFORM=offscreen for both), bare and app runs interleaved, one
warm-up of each discarded (so both find the OS file cache and the .pyc files — kept beside
the scripts, see ``child_env`` — equally warm). "Usable" = the
window is shown and the event loop has processed its first timer tick; the time is from
just before the process is spawned to that tick (shutdown is not counted).

CD Desk shows its window before SQLAlchemy, the models and the database are loaded (they
are opened on a worker thread right after the first paint, ``ui/opening.py``; the window
answers meanwhile). So a second figure is printed, not part of the goal: "data on screen",
the time until the window holds the office's data (``MainWindow.ready``, the home page
filled), polled every 10 ms after the first tick.

The app child starts CD Desk exactly as ``python main.py --data-dir D`` does
(``cddesk.cli.run`` → ``ui.app.run_gui``), on a data folder holding the sample office;
the only change is that ``QApplication.exec`` is wrapped to quit on its first tick. A last,
untimed app run traces where the heavy modules the first screen should not need
(reportlab, pyhanko, pythainlp, openpyxl, pypdfium2, cryptography …) were first imported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pyhanko", "pyhanko_certvalidator", "pythainlp", "openpyxl", "pypdfium2", "cryptography",
         "uharfbuzz", "PIL", "lxml", "aiohttp", "asn1crypto")
GOAL_RATIO = 1.5

# Both children share this: quit on the event loop's first tick and report.
_TICK = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    _exec = QApplication.exec

    report = {}

    def _tick():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        report.update({"t": time.time(), "shown": bool(shown),
                       "title": shown[0].windowTitle() if shown else "",
                       "heavy": sorted(m for m in HEAVY if m in sys.modules),
                       "modules": len(sys.modules)})
        if TRACE:
            report["origins"] = ORIGINS
        _wait_for_data(shown[0] if shown else None)

    def _wait_for_data(window):
        if window is not None and not getattr(window, "ready", True):
            QTimer.singleShot(10, lambda: _wait_for_data(window))
            return
        report["t_data"] = time.time()
        print("BENCH " + json.dumps(report, ensure_ascii=False), flush=True)
        QApplication.quit()

    def _exec_once(*args):
        QTimer.singleShot(0, _tick)
        return _exec()

    QApplication.exec = _exec_once
""")

_TRACER = textwrap.dedent("""
    import importlib.abc, traceback
    ORIGINS = {}

    class _Trace(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            top = name.partition(".")[0]
            if top in HEAVY and top not in ORIGINS:
                frames = [f for f in traceback.extract_stack()[:-1]
                          if f.filename.startswith(ROOT) and "/.venv/" not in f.filename and "/bench" not in f.filename]
                ORIGINS[top] = [f"{os.path.relpath(f.filename, ROOT)}:{f.lineno} {f.line}" for f in frames]
            return None

    sys.meta_path.insert(0, _Trace())
""")


def _child(body: str, trace: bool = False) -> str:
    head = (f"import os, sys\nROOT = {str(ROOT)!r}\nsys.path.insert(0, ROOT)\nHEAVY = {HEAVY!r}\n"
            f"TRACE = {trace!r}\nORIGINS = {{}}\n")
    return head + (_TRACER if trace else "") + _TICK + textwrap.dedent(body)


BARE = _child("""
    from PySide6.QtWidgets import QLabel
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("สวัสดี"))
    window.resize(1280, 800)
    window.show()
    sys.exit(app.exec())
""")

APP_BODY = """
    from cddesk.cli import run
    sys.exit(run(["--data-dir", sys.argv[1]]))
"""


def child_env(script: Path) -> dict[str, str]:
    """The children's environment: offscreen, and Python's bytecode cache on (in a folder
    beside the scripts) even where PYTHONDONTWRITEBYTECODE is set — an installed program
    starts from compiled .pyc files (the desktop build ships them), not by compiling its
    sources at every start, and the warm-up runs write them."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(script.parent / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start(script: Path, *args: str) -> tuple[float, dict[str, Any]]:
    """One fresh start: seconds to usable, and the child's report (``data_s``: to data on screen)."""
    env = child_env(script)
    env.pop("CDDESK_DATA_DIR", None)
    t0 = time.time()
    proc = subprocess.run([sys.executable, str(script), *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if proc.returncode != 0 or line is None:
        raise SystemExit(f"{script.name} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    report: dict[str, Any] = json.loads(line[len("BENCH "):])
    if not report["shown"]:
        raise SystemExit(f"{script.name}: no main window was shown at the first tick")
    report["data_s"] = report["t_data"] - t0
    return report["t"] - t0, report


def import_costs(script: Path, *args: str, top: int = 16) -> list[tuple[float, str]]:
    """One untimed start under ``python -X importtime``: the costliest imports (cumulative,
    at most two levels deep), in ms."""
    env = child_env(script)
    proc = subprocess.run([sys.executable, "-X", "importtime", str(script), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        if depth <= 3:
            rows.append((int(cumulative) / 1000, "  " * depth + name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each (default 7)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="cddesk-bench-start-"))
    data = work / "office"
    made = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "sample-office"],
                          cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True)
    if made.returncode != 0:
        raise SystemExit(made.stdout + made.stderr)
    bare, app, traced = work / "bare.py", work / "app.py", work / "app_traced.py"
    bare.write_text(BARE, encoding="utf-8")
    app.write_text(_child(APP_BODY), encoding="utf-8")
    traced.write_text(_child(APP_BODY, trace=True), encoding="utf-8")

    start(bare)  # warm-up: the OS file cache, .pyc files
    start(app, str(data))
    bare_s: list[float] = []
    app_s: list[float] = []
    data_s: list[float] = []
    report: dict[str, Any] = {}
    for _ in range(args.runs):
        bare_s.append(start(bare)[0])
        seconds, report = start(app, str(data))
        app_s.append(seconds)
        data_s.append(report["data_s"])

    b, a = statistics.median(bare_s), statistics.median(app_s)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, QT_QPA_PLATFORM=offscreen, "
          f"{args.runs} runs each (interleaved, after one warm-up each), sample office")
    print("bare PySide6 window: median {:.0f} ms (runs: {})".format(b * 1000, ", ".join(f"{s * 1000:.0f}" for s in bare_s)))
    print("CD Desk main window: median {:.0f} ms (runs: {})".format(a * 1000, ", ".join(f"{s * 1000:.0f}" for s in app_s)))
    print(f"ratio CD Desk / bare: {a / b:.2f} (goal ≤ {GOAL_RATIO}: {'met' if a / b <= GOAL_RATIO else 'NOT met'}); "
          f"modules loaded at first tick: {report['modules']}")
    d = statistics.median(data_s)
    print("CD Desk data on screen (home page filled, not part of the goal): median {:.0f} ms, {:.1f}× bare "
          "(runs: {})".format(d * 1000, d / b, ", ".join(f"{s * 1000:.0f}" for s in data_s)))
    _, traced_report = start(traced, str(data))
    heavy = traced_report["heavy"]
    print("heavy modules loaded when the window is usable: " + (", ".join(heavy) if heavy else "none"))
    for name in heavy:
        chain = traced_report["origins"].get(name) or ["(imported by another library, not from the app's code)"]
        print(f"  {name}: first imported via")
        for frame in chain[-4:]:
            print(f"      {frame}")
    print("costliest imports in one app start (python -X importtime, cumulative ms, indented = nested):")
    for ms, name in import_costs(app, str(data)):
        print(f"  {ms:7.0f}  {name}")


if __name__ == "__main__":
    main()
