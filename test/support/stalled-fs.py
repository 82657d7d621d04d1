# A FUSE filesystem that behaves like a stalled network mount: its files list and stat at once,
# but a read of any of them never answers. Usage: stalled-fs.py MOUNTPOINT COUNT (stalled-0.txt ...).
import errno
import stat
import sys
import threading

try:
    from fusepy import FUSE, FuseOSError, Operations  # Debian's python3-fusepy
except ImportError:
    from fuse import FUSE, FuseOSError, Operations  # fusepy from PyPI

FILES = {f'/stalled-{i}.txt' for i in range(int(sys.argv[2]))}


class Stalled(Operations):
    def getattr(self, path, fh=None):
        if path == '/':
            return dict(st_mode=stat.S_IFDIR | 0o755, st_nlink=2)
        if path in FILES:
            return dict(st_mode=stat.S_IFREG | 0o644, st_nlink=1, st_size=64)
        raise FuseOSError(errno.ENOENT)

    def readdir(self, path, fh):
        return ['.', '..'] + [name[1:] for name in FILES]

    def open(self, path, flags):
        return 0

    def read(self, path, size, offset, fh):
        threading.Event().wait()  # never answers


FUSE(Stalled(), sys.argv[1], foreground=True, nothreads=False)
