"""What the PyInstaller build leaves out, shared by the spec and the tests that check it.

Size matters on old laptops and USB sticks: the application uses QtCore, QtGui and
QtWidgets only (its Qt Designer forms are built into Python), so the rest of Qt, the
libraries only those parts need, and the tools used for testing and building stay out of
the installed folder.
"""

from __future__ import annotations

import re

# Qt bindings the application never imports (it uses QtCore, QtGui, QtWidgets).
UNUSED_QT_MODULES = [
    f"PySide6.{name}"
    for name in (
        "QtConcurrent",
        "QtDBus",
        "QtDesigner",
        "QtHelp",
        "QtLabsStyleKit",
        "QtNetwork",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPrintSupport",
        "QtQml",
        "QtQmlFeatures",
        "QtQuick",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtSql",
        "QtSvgWidgets",
        "QtTest",
        "QtUiTools",
        "QtXml",
    )
]
# Development and test tools that must never ship.
TEST_AND_BUILD_ONLY = [
    "_pytest",
    "hypothesis",
    "pip",
    "pkg_resources",
    "pytest",
    "pytestqt",
    "ruff",
    "setuptools",
    "tests",
    "tools",
    "tkinter",
    "_tkinter",
]

# Optional parts of libraries the application never loads: database dialects it never connects
# to (it uses SQLite and PostgreSQL), and Mako's template plugins (Alembic renders no
# templates at run time), which would pull in Pygments.
UNUSED_OPTIONAL_MODULES = [
    *(f"sqlalchemy.dialects.{name}" for name in ("mssql", "mysql", "oracle")),
    "sqlalchemy.testing",
    "mako.ext",
    "pygments",
]

# Files the Qt hooks collect that the application never loads, by path inside the bundle.
UNUSED_QT_FILES = re.compile(
    r"""^PySide6/Qt/(
        qml/
      | plugins/(qmltooling|designer|sqldrivers|networkinformation|tls|wayland-[^/]+
                 |egldeviceintegrations|vectorimageformats|generic)/
      | plugins/platformthemes/libqgtk3\.so
      | plugins/platforms/lib(qwayland[^/]*|qvnc|qvkkhrdisplay|qminimalegl|qeglfs|qlinuxfb)\.so
      | plugins/imageformats/lib(qtiff|qwebp|qicns|qtga|qwbmp|qpdf)\.so
      | translations/(?!qtbase_ar\.qm$)
    )""",
    re.X,
)
# Libraries only the parts above need: Qt's QML, Quick, Wayland, EGLFS and network modules,
# and the GTK stack that only the GTK theme plugin loads (Qt then draws its own dialogs).
# Matched on the file name, wherever the analysis placed it.
UNUSED_LIBRARIES = re.compile(
    r"""^lib(
        Qt6(Qml|Quick|Wayland|Wl|EglFS|EglFs|Network|Sql|Test|Designer|Help|Pdf
            |VirtualKeyboard|Concurrent|LabsStyleKit|ShaderTools|SvgWidgets)[^/]*
      | (gtk-3|gdk-3|gdk_pixbuf-2\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0
         |pangoft2-1\.0|atk-1\.0|atk-bridge-2\.0|atspi|epoxy|pixman-1|harfbuzz|graphite2
         |fribidi|thai|datrie|jpeg|gio-2\.0|gmodule-2\.0|gobject-2\.0|mount|blkid|selinux
         |X(composite|cursor|damage|ext|fixes|i|inerama|randr|render)
         |gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils)\.so[.0-9]*
    )$""",
    re.X,
)


def is_unused(bundle_path: str) -> bool:
    """True for a collected file (path inside the bundle) that the application never loads."""
    path = bundle_path.replace("\\", "/")
    return bool(UNUSED_QT_FILES.match(path) or UNUSED_LIBRARIES.match(path.rsplit("/", 1)[-1]))
