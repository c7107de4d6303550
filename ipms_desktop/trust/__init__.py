"""Credentials on X.509: the CoMSEC root, assessor certificates, the CRL and the signed trust file.

Everything here is plain data plus ``cryptography`` primitives, so ``openssl`` can check the
same certificates and revocation list, and nothing depends on the profile store.
"""
