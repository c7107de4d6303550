"""One module per screen; each mirrors its Qt Designer form in ``ui/`` where it has one."""
