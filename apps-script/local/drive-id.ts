// Drive file ids as Google makes them for new spreadsheets and documents: 44 URL-safe characters starting with 1.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function newDriveFileId(): string {
  let id = '1';
  for (let i = 0; i < 43; i++) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return id;
}
