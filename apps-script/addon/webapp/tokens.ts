// Member tokens: random, shown once inside the connection code, stored only as a SHA-256 hash.

/**
 * Two version-4 UUIDs without their dashes: 64 hex characters carrying 2 × 122 = 244 random bits (each UUID fixes 6 of
 * its 128 bits). Apps Script's getUuid is Java's UUID.randomUUID, which draws from SecureRandom.
 */
export function newToken(): string {
  return `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '').toLowerCase();
}

/** Lower-case hex SHA-256 of the token's UTF-8 bytes (computeDigest returns signed bytes). */
export function hashToken(token: string): string {
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, token, Utilities.Charset.UTF_8);
  return digest.map((byte) => ((byte + 256) % 256).toString(16).padStart(2, '0')).join('');
}
