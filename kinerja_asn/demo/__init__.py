"""A demo agency (`bench --site SITE kinerja load-demo`).

`rancangan` draws the whole organisation as plain data from a seeded random generator (no Frappe,
so its invariants are tested by the pure suite); `muat` writes that plan into a site and is what
the bench command and the tests call (`kinerja_asn.demo.muat.muat_demo`).
"""
