"""One running CD Desk per data folder: a second start asks the first, over a local
socket named after the folder, to bring its window forward, and then exits.

A running instance also leaves a marker file in the temporary folder while it listens, so a
start that finds none knows no other instance has the folder and need not load QtNetwork
before its window (~12 ms of every start); the server then listens once the window is up.
A marker left by a killed instance only makes the next start ask, find nobody and go on."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir

from cddesk.paths import DataPaths


def server_name(paths: DataPaths) -> str:
    # Two checksums of the folder's path (zlib is loaded already; hashlib's OpenSSL would add
    # ~6 ms to every start): one name per data folder, short enough for a socket's path.
    path = str(paths.root).encode()
    return f"cddesk-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


def marker(paths: DataPaths) -> Path:
    """The file an instance keeps while it owns ``paths`` (in the temporary folder)."""
    return Path(QDir.tempPath()) / f"{server_name(paths)}.running"


def may_be_running(paths: DataPaths) -> bool:
    """Whether another instance may own this data folder (its marker is there)."""
    return marker(paths).exists()


def ask_running_instance(paths: DataPaths) -> bool:
    """True when another instance owns this data folder (and has been asked to show itself)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(500):
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


class InstanceServer:
    def __init__(self, paths: DataPaths, on_show: Callable[[], None]) -> None:
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer()
        name = server_name(paths)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a killed process
            self.server.listen(name)
        self.on_show = on_show
        self.server.newConnection.connect(self._connection)
        self.marker = marker(paths)
        try:
            self.marker.write_text(str(name), encoding="ascii")
        except OSError:  # no temporary folder to write to: later starts ask every time
            pass

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: (c.readAll(), self.on_show()))
            conn.disconnected.connect(conn.deleteLater)

    def close(self) -> None:
        self.server.close()
        self.marker.unlink(missing_ok=True)
