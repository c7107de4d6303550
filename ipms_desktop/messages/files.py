"""Messages of files: see ``ipms_desktop.messages.registry``."""

from __future__ import annotations

from ipms_desktop.messages.registry import QT_TRANSLATE_NOOP, declare

FOLDER_CHOOSE_FILE_ITSELF = declare(
    "folder-choose-file-itself",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 %2 is a folder; choose the file itself",
    ),
    "what",
    "path",
)
NOT_ORDINARY_FILE_PIPE_DEVICE = declare(
    "not-ordinary-file-pipe-device",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 %2 is not an ordinary file (a pipe or a device); copy it to a file first",
    ),
    "what",
    "path",
)
BYTES_MORE_THAN_SUCH_FILE = declare(
    "bytes-more-than-such-file",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 %2 is %3 bytes, more than the %4 such a file can be; check that it is the right file",
    ),
    "what",
    "path",
    "st_size",
    "max_bytes",
)
GREW_PAST_BYTES_WHILE_BEING = declare(
    "grew-past-bytes-while-being",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 %2 grew past %3 bytes while being read",
    ),
    "what",
    "path",
    "max_bytes",
)
NESTS_LEVELS_DEEP_MORE_THAN = declare(
    "nests-levels-deep-more-than",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 nests %2 levels deep, more than the %3 any IPMS file needs; check that it is the "
        "right file",
    ),
    "source",
    "depth",
    "json_max_depth",
)
HOLDS_WHICH_NOT_PLAIN_NUMBER = declare(
    "holds-which-not-plain-number",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 holds %3, which is not a plain number; write numbers as plain decimals such "
        "as 55 or 47.5 (at most %4 characters, no exponent, NaN or Infinity)",
    ),
    "source",
    "value",
    "shown",
    "json_max_number_chars",
)
DOES_NOT_EXIST = declare(
    "does-not-exist",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 %2 does not exist",
    ),
    "what",
    "path",
)
CANNOT_READ_5 = declare(
    "cannot-read-5",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 %2 cannot be read: %3",
    ),
    "what",
    "path",
    "strerror",
)
NOT_UTF_TEXT_BYTE_SAVE = declare(
    "not-utf-text-byte-save",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not UTF-8 text (byte %2); save it as UTF-8",
    ),
    "source",
    "start",
)
NOT_VALID_JSON_LINE_COLUMN = declare(
    "not-valid-json-line-column",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not valid JSON: %2 at line %3, column %4",
    ),
    "source",
    "msg",
    "lineno",
    "colno",
)
KEY_APPEARS_TWICE_ONE_OBJECT = declare(
    "key-appears-twice-one-object",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: the key %2 appears twice in one object; keep one of them",
    ),
    "source",
    "key",
)
DISK_FULL = declare(
    "disk-full",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "not enough disk space to write %1: %2; free some space (or choose another drive) "
        "and try again; nothing was changed",
    ),
    "target",
    "reason",
)
FOLDER_MISSING = declare(
    "folder-missing",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot write %1: folder %2 does not exist; create it or choose another; nothing was "
        "changed",
    ),
    "target",
    "folder",
)
WRITE_FAILED = declare(
    "write-failed",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "could not write %1: %2; check the drive (reinsert a removable one) and its "
        "permissions and try again; nothing was changed",
    ),
    "target",
    "reason",
)
FILE_TEXT_NOT_UNICODE = declare(
    "file-text-not-unicode",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 holds the text %3 with a broken character (half of a UTF-16 surrogate pair, "
        "which is not Unicode), so it cannot be stored; nothing was read from the file: type "
        "that text again and save the file as UTF-8",
    ),
    "source",
    "where",
    "shown",
)
FILE_TEXT_HOLDS_NUL = declare(
    "file-text-holds-nul",
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: %2 holds the text %3 with a NUL character, which cannot be stored; nothing was "
        "read from the file: remove that character and try again",
    ),
    "source",
    "where",
    "shown",
)
