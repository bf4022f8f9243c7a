#!/usr/bin/env python3
"""Reference values for rckit's SHA-256, HMAC-SHA-256 and pseudonyms (`import --pseudonymise`),
from Python's hashlib and hmac, written as test fixtures.

Run once by hand (never by CI):  python3 tools/reference/hmac_reference.py
Writes Tests/RCIngestTests/Fixtures/privacy/:
- hmac-sha256.json: the seven test cases of RFC 4231 (case 5 truncated to 128 bits, as the RFC
  gives it), checked here against the RFC's own digests; SHA-256 and HMAC-SHA-256 of messages and
  keys of every length around the 64-byte block (0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128,
  200 bytes) from a fixed seed; and the pseudonyms of some respondent ids (UTF-8, quotes, commas,
  Danish letters) under key.bin: hmac.new(key, id.encode(), "sha256").hexdigest()[:32].
- key.bin: a 32-byte key from the same seed.
"""
import hashlib
import hmac
import json
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/RCIngestTests/Fixtures/privacy"

# RFC 4231, section 4: (key, data, HMAC-SHA-256, bytes compared).
RFC4231 = [
    (b"\x0b" * 20, b"Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", 32),
    (b"Jefe", b"what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", 32),
    (b"\xaa" * 20, b"\xdd" * 50, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe", 32),
    (bytes(range(1, 26)), b"\xcd" * 50, "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b", 32),
    (b"\x0c" * 20, b"Test With Truncation", "a3b6167473100ee06e0c796c2955552b", 16),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
     "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54", 32),
    (b"\xaa" * 131,
     b"This is a test using a larger than block-size key and a larger than block-size data. "
     b"The key needs to be hashed before being used by the HMAC algorithm.",
     "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2", 32),
]

IDS = ["R0001", "R0002", "1", "", "anne.hansen@example.dk", "Søren Ærø", "id,with,commas", 'say "hi"',
       " leading space", "x" * 300]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20250428)
    rfc = []
    for number, (key, data, digest, length) in enumerate(RFC4231, start=1):
        ours = hmac.new(key, data, "sha256").hexdigest()[: 2 * length]
        assert ours == digest, f"RFC 4231 case {number}"
        rfc.append({"case": number, "key": key.hex(), "data": data.hex(), "hmac": digest, "bytes": length})
    lengths = [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 200]
    sha = [{"message": m.hex(), "sha256": hashlib.sha256(m).hexdigest()}
           for m in [bytes(rng.randrange(256) for _ in range(n)) for n in lengths] + [b"abc", b"a" * 1000]]
    macs = []
    for key_length in lengths:
        for message_length in (0, 3, 64, 65, 200):
            key = bytes(rng.randrange(256) for _ in range(key_length))
            message = bytes(rng.randrange(256) for _ in range(message_length))
            macs.append({"key": key.hex(), "message": message.hex(),
                         "hmac": hmac.new(key, message, "sha256").hexdigest()})
    key = bytes(rng.randrange(256) for _ in range(32))
    (OUT / "key.bin").write_bytes(key)
    pseudonyms = [{"id": i, "pseudonym": hmac.new(key, i.encode("utf-8"), "sha256").hexdigest()[:32]} for i in IDS]
    with open(OUT / "hmac-sha256.json", "w", encoding="utf-8") as f:
        json.dump({"rfc4231": rfc, "sha256": sha, "hmac": macs, "pseudonyms": pseudonyms}, f, indent=1,
                  ensure_ascii=False)
        f.write("\n")
    print(f"{len(rfc)} RFC 4231 cases, {len(sha)} hashes, {len(macs)} HMACs, {len(pseudonyms)} pseudonyms")


if __name__ == "__main__":
    main()
