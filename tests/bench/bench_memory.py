"""Benchmark: resident memory of CD Desk after opening a large office — 100,000 computers and
50,000 activities (the data of ``bench_large.py``) — the way an officer opens it: a fresh
process opens the window on the data folder, shows the home page (which scores the office),
opens the computer register and waits until its search index is built, opens the
online-meeting list (likewise) and the score dashboard (until its month-end chart is drawn).
Prints the resident memory after each step and the ratio of the last to the goal, from this
one run. Run:

    .venv/bin/python tests/bench/bench_memory.py [--data DIR]

``--data`` reuses a folder made before (``bench_large.py``'s seeders write one into a temporary
folder otherwise, in a process of its own, so that making the data weighs nothing here).

Goal (issue: speed): under 300 MB resident after opening that data.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEMORY_MB = 300.0

MAKE = textwrap.dedent("""
    import sys
    from pathlib import Path
    sys.path[:0] = [{root!r}, {bench!r}]
    import bench_large as b
    from cddesk.app_services import Services
    from cddesk.paths import DataPaths
    from cddesk.services.office import ProfileData
    services = Services.open(DataPaths(Path({folder!r})))
    services.office.save_profile(ProfileData(province_code="43", district_code="4301", head_name="ทดสอบ",
                                             fiscal_year=2568))
    b.seed_registers(services)
    for kind, n in b.ACTIVITIES.items():
        b.seed_activities(services, kind, n)
    services.close()
""")

OPEN = textwrap.dedent("""
    import compileall, gc, os, sys, tempfile, time
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    # an installed program runs compiled modules (this machine may forbid writing .pyc files)
    sys.pycache_prefix = tempfile.mkdtemp(prefix="cddesk-bench-pyc-")
    sys.dont_write_bytecode = False
    for package in ("cddesk", "ui", "models", "scoring"):
        compileall.compile_dir(Path({root!r}) / package, quiet=1)

    def rss():
        found = {{}}
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    found[key] = int(value.split()[0]) / 1024
        return found["VmRSS"], found["VmHWM"]

    def step(label):
        gc.collect()
        now, peak = rss()
        print(f"{{label}}: {{now:.0f}} MB (peak {{peak:.0f}} MB)", flush=True)

    def turn(until, limit=120.0):
        start = time.perf_counter()
        while not until() and time.perf_counter() - start < limit:
            app.processEvents()
            time.sleep(0.005)

    from cddesk.app_services import Services
    from cddesk.kinds import GROUP_MEETINGS
    from cddesk.paths import DataPaths
    from ui.app import create_application
    from ui.main_window import MainWindow
    step("interpreter and the first modules")
    app = create_application()
    from ui.opening import after_open
    services = Services.open(DataPaths(Path({folder!r})))
    window = MainWindow(services)
    window.show()
    app.processEvents()
    step("window shown, home page filled (the office scored)")
    after_open(services)  # what the program then does off the GUI thread (ui/opening.py)
    step("facts kept for the next start, activities' rows read for edits")
    window.go_to("ทะเบียนคอมพิวเตอร์")
    app.processEvents()
    register = window.computer_page.model
    turn(lambda: register.index_ready)
    step(f"computer register open, {{register.rowCount():,}} rows, search index built")
    group = window.go_to(GROUP_MEETINGS)
    app.processEvents()
    meetings = group.lists["online_meeting"].model
    turn(lambda: meetings.index_ready)
    step(f"online-meeting list open, {{meetings.rowCount():,}} rows, search index built")
    board = window.go_to("คะแนนประเมิน")
    app.processEvents()
    turn(lambda: bool(board.trend.points))
    step("score dashboard open, its month-end chart drawn")
""")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, help="a folder made by an earlier run (else one is made)")
    args = parser.parse_args()
    python = sys.executable
    folder = args.data
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="cddesk-bench-memory-")) / "office"
        start = time.perf_counter()
        subprocess.run([python, "-c", MAKE.format(root=str(ROOT), bench=str(ROOT / "tests" / "bench"),
                                                  folder=str(folder))], check=True, cwd=ROOT)
        print(f"made 100,000 computers and 50,000 activities in {folder} in {time.perf_counter() - start:.0f} s")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([python, "-c", OPEN.format(root=str(ROOT), folder=str(folder))], check=True, cwd=ROOT,
                         env=env, capture_output=True, text=True).stdout
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; a fresh process opening {folder}:")
    lines = [line for line in out.splitlines() if " MB (peak " in line]
    for line in lines:
        print("  " + line)
    last = float(lines[-1].split(": ", 1)[1].split(" MB", 1)[0])
    print(f"resident memory after opening that data: {last:.0f} MB = {last / MEMORY_MB:.2f}× the "
          f"{MEMORY_MB:.0f} MB goal")


if __name__ == "__main__":
    main()
