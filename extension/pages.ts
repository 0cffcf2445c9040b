// Paths of the extension's own pages, shared by the manifest and the code that opens them.
export const POPUP_PAGE = 'popup/index.html';
export const OPTIONS_PAGE = 'options/index.html';
