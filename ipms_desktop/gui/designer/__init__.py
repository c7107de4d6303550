"""The Qt Designer forms of ``ui/`` built into Python by ``packaging/build_forms.py``.

Edit the ``.ui`` form and run the script; a test fails when a module here is out of date.
"""
