"""Identity: who the users of the product are, what each role may do, how they prove it.

The pieces, each its own module:

* ``roles``        the seven roles and what each is for;
* ``permissions``  the one table from API action to the roles allowed to do it;
* ``users``        user documents (``users`` collection), who created whom, bearer tokens;
* ``passwords``    scrypt hashes of console passwords (memory-hard, standard library);
* ``sessions``     server-side console sessions (cookie secret, expiry, CSRF token);
* ``throttle``     a bounded in-memory limiter of failed sign-ins and token guesses;
* ``errors``       the exceptions (``review_api.errors`` maps them to problem+json).

Identity sits between the act stage (``monitor``, ``compliance``: they take a ``User``) and the
store; it imports only ``store`` and ``radar``.
"""
