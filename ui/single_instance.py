"""One running CD Desk per data folder: a second start asks the first, over a local
socket named after the folder, to bring its window forward, and then exits."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from PySide6.QtNetwork import QLocalServer, QLocalSocket

from cddesk.paths import DataPaths


def server_name(paths: DataPaths) -> str:
    # Two checksums of the folder's path (zlib is loaded already; hashlib's OpenSSL would add
    # ~6 ms to every start): one name per data folder, short enough for a socket's path.
    path = str(paths.root).encode()
    return f"cddesk-{zlib.crc32(path):08x}{zlib.adler32(path):08x}"


def ask_running_instance(paths: DataPaths) -> bool:
    """True when another instance owns this data folder (and has been asked to show itself)."""
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
        self.server = QLocalServer()
        name = server_name(paths)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a killed process
            self.server.listen(name)
        self.on_show = on_show
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: (c.readAll(), self.on_show()))
            conn.disconnected.connect(conn.deleteLater)
