"""CoMSEC's administration window: the certificate authority, trust, institutions, frameworks."""
