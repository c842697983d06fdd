"""Benchmark: the computer register with 20,000 rows — loading the page and filtering
as the user types. Prints times and ratios measured in this one run (machines are noisy;
compare ratios, not seconds). Run: .venv/bin/python tests/bench/bench_tables.py

Goal (issue 2): smooth with 20,000 rows — each filter keystroke well under 100 ms (measured once
the search index the page builds after opening is ready; the opening time is printed apart).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert  # noqa: E402

from cddesk.app_services import Services  # noqa: E402
from cddesk.paths import DataPaths  # noqa: E402
from cddesk.services.office import ProfileData  # noqa: E402
from models import Computer, ComputerKind, ComputerStatus  # noqa: E402

N = 20_000
PLACES = ["ห้องธุรการ", "ห้องพัฒนาการอำเภอ", "ห้องประชุม", "ศูนย์เรียนรู้ชุมชน"]


def seed(services: Services, n: int) -> None:
    rows = [
        dict(asset_number=f"7440-001-{i:05d}/68", kind=ComputerKind.DESKTOP, brand=["Dell", "Lenovo", "HP", "Acer"][i % 4],
             model=f"รุ่น {i % 37}", serial_number=f"SN{i:06d}", cpu="Intel Core i5", os_name="Windows 11 Pro",
             os_version="23H2", budget_source="งบประมาณปี 2568", location=PLACES[i % 4], hostname=f"CDD-{i:05d}",
             ip_address=f"10.{i // 65536}.{(i // 256) % 256}.{i % 256}", mac_address="", status=ComputerStatus.USABLE,
             notes="", acquired_date=None, survey_date=None, ram_gb=8.0, disk_gb=512.0)
        for i in range(n)
    ]
    with services.db.session() as session:
        session.execute(insert(Computer), rows)


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    root = Path(tempfile.mkdtemp())
    services = Services.open(DataPaths(root / "office"))
    services.office.save_profile(ProfileData(province_code="43", district_code="4301", head_name="ทดสอบ", fiscal_year=2568))
    seed(services, N)
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(services)
    window.show()
    page = window.computer_page
    query_s = timed(lambda: services.computers.listing().ids())
    open_s = timed(lambda: (window.go_to("ทะเบียนคอมพิวเตอร์"), app.processEvents()))
    index_s = timed(lambda: [app.processEvents() for _ in iter(lambda: page.model.index_ready, True)])
    keystrokes = ["ห", "ห้", "ห้อ", "ห้อง", "ห้องธ", "ห้องธุ", "ห้องธุร", "ห้องธุรก", "ห้องธุรกา", "ห้องธุรการ", "ห้องธุรการ 00"]
    times = []
    for text in keystrokes:
        times.append(timed(lambda t=text: (page.filter.setText(t), app.processEvents())))
    sort_s = timed(lambda: (page.view.sortByColumn(2, page.model.sort_order), app.processEvents()))
    worst = max(times)
    print(f"rows: {N:,}; shown after filter: {page.model.rowCount():,}")
    print(f"ids query: {query_s * 1000:.0f} ms; open page (ids + first screenful + fit columns): {open_s * 1000:.0f} ms; "
          f"search index ready {index_s * 1000:.0f} ms later")
    print(f"filter keystroke: median {sorted(times)[len(times) // 2] * 1000:.1f} ms, worst {worst * 1000:.1f} ms "
          f"= {worst / 0.100:.2f}× the 100 ms budget")
    print(f"sort by brand: {sort_s * 1000:.0f} ms")
    print(f"open page / ids query ratio: {open_s / query_s:.2f}")
    services.close()


if __name__ == "__main__":
    main()
